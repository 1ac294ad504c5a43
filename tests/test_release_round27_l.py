"""Rules added while tuning on the twenty-seventh round's releases (tuner L): invented sentences in the genre's
wording, with the facts the corpus README's conventions give them."""

from release_probe import award_errors, awards_by_key


# --- A sentence telling how a budget is shared between payers does not make the release's money own money -----

SHARES_OF_THE_BUDGET = """Perpetrator money in Durham

About 38% of the force's budget comes from the precept and the rest from central government, mostly the Home Office.

In April 2026 the Home Office awarded the commissioner £300,000 for the two years 2026-27 and 2027-28.

That money pays for:

- a group course for men (£240,000);
- partner support (£60,000).
"""

SHARES_OF_THE_BUDGET_2 = """Perpetrator money in Durham

Policing is partly funded from council tax, with the remainder paid from the Home Office's police grant.

In April 2026 the Home Office awarded the commissioner £300,000 for the two years 2026-27 and 2027-28.

That money pays for:

- a group course for men (£240,000);
- partner support (£60,000).
"""

#: near miss: one payer said once for the release's money, no share and no other payer named
OWN_MONEY_SAID_ONCE = """Perpetrator money in Durham

The money below comes from the commissioner's own budget.

In 2026-27 the commissioner is spending £90,000 on a group course for men in Durham.
"""


def test_a_budget_shared_between_payers_leaves_the_grants_pieces_to_their_grant():
    for text in (SHARES_OF_THE_BUDGET, SHARES_OF_THE_BUDGET_2):
        assert award_errors(text, {
            (5, 300000): dict(role="grant", funder="Home Office"),
            (9, 240000): dict(role="part", funder="Home Office", part=5),
            (10, 60000): dict(role="part", funder="Home Office", part=5),
        }) == []


def test_the_commissioners_own_money_said_once_still_pays_for_the_release():
    got = awards_by_key(OWN_MONEY_SAID_ONCE)
    assert got[(5, 90000)].funder == "PCC"


# --- A table under a lead-in and caption naming the commissioner's own budget is her own money -----------------

OWN_BUDGET_TABLE = """<html><body><main>
<h1>Perpetrator services in Durham</h1>
<p>In March 2026 the Home Office awarded the commissioner £400,000 from its perpetrator fund for 2026-27.</p>
<h3>What the commissioner pays for</h3>
<p>From the commissioner's own budget we pay for what the Home Office grant does not cover:</p>
<table>
<caption>Commissioner's own budget: perpetrator services</caption>
<thead><tr><th>Service</th><th>2026-27</th><th>2027-28</th></tr></thead>
<tbody>
<tr><th>Stalking intervention</th><td>£30,000</td><td>£32,000</td></tr>
<tr><th>Helpline</th><td>£10,000</td><td>£10,000</td></tr>
<tr><th>Total</th><td>£40,000</td><td>£42,000</td></tr>
</tbody>
</table>
</main></body></html>
"""

#: the caption alone, with no lead-in above it, names the commissioner's own budget
OWN_BUDGET_CAPTION_ONLY = OWN_BUDGET_TABLE.replace(
    "<p>From the commissioner's own budget we pay for what the Home Office grant does not cover:</p>\n", "")

#: near miss: a caption naming no payer under a lead-in about something else leaves the rows the grant's
PLAIN_CAPTION = OWN_BUDGET_TABLE.replace(
    "<p>From the commissioner's own budget we pay for what the Home Office grant does not cover:</p>",
    "<p>The grant is spent as the table shows.</p>").replace(
    "Commissioner's own budget: perpetrator services", "Perpetrator services")


def _cells(text, line):
    got = awards_by_key(text)
    return {k: (a.funding_role, a.funder, a.period_start) for k, a in got.items() if k[0] >= line}


def test_rows_under_an_own_budget_lead_in_and_caption_are_the_commissioners():
    for text in (OWN_BUDGET_TABLE,):
        cells = _cells(text, 10)
        assert cells and all(funder == "PCC" for _, funder, _ in cells.values()), cells
        assert cells[(12, 40000)][0] == "total" and cells[(10, 30000)][0] == "part"


def test_a_caption_naming_the_own_budget_says_so_without_a_lead_in():
    cells = _cells(OWN_BUDGET_CAPTION_ONLY, 9)
    assert cells and all(funder == "PCC" for _, funder, _ in cells.values()), cells


def test_a_caption_naming_no_payer_leaves_the_rows_to_the_release_payer():
    cells = _cells(PLAIN_CAPTION, 10)
    assert cells and all(funder != "PCC" for _, funder, _ in cells.values()), cells


# --- Appeals: a target is money sought, the sum raised the charity's own fundraising, a named gift its part --------

APPEAL = """Our work in Cumbria

The Home Office grant pays for our group course for men in Cumbria.

In May we launched an appeal to open a second group in Kendal. Our target is £30,000, enough for a year's group.
So far we have raised £12,600 of that target, from 210 supporters.
That includes a £1,500 gift from Fellside Motors, whose staff ran the Three Peaks for us.
"""

APPEAL_2 = """Our work in Cumbria

The Home Office grant pays for our group course for men in Cumbria.

We aim to raise £40,000 for a second group in Kendal.
The appeal has raised £9,800 so far, including a £2,000 donation from Lakeside Bakery.
"""

#: near misses: "£X of that" dividing a grant is still its part; a gift from a partner keeps the whole's payer
NOT_AN_APPEAL = """The Home Office has awarded Cumbria £200,000 for 2025-26.
£150,000 of that pays for the group course.
"""


def test_an_appeal_target_is_context_with_no_area_or_payer():
    for text, key in ((APPEAL, (5, 30000)), (APPEAL_2, (5, 40000))):
        got = awards_by_key(text)[key]
        assert (got.funding_role, got.funder or None, got.pfa_code or None) == ("context", None, None)


def test_the_sum_raised_is_the_charitys_own_fundraising_and_a_named_gift_its_part():
    assert award_errors(APPEAL, {
        (6, 12600): dict(role="grant", funder="partners", part=None),
        (7, 1500): dict(role="part", funder=None, part=6),
    }) == []
    assert award_errors(APPEAL_2, {
        (6, 9800): dict(role="grant", funder="partners", part=None),
        (6, 2000): dict(role="part", funder=None, part=6),
    }) == []


def test_of_that_still_divides_a_grant():
    assert award_errors(NOT_AN_APPEAL, {(2, 150000): dict(role="part", funder="Home Office", part=1)}) == []


# --- A National Lottery grant is a grant to the area, not a national fund -------------------------------------------

LOTTERY = """Our work in Cumbria

The National Lottery Community Fund has awarded us £90,000 over three years from April 2025 for our work in Cumbria.
The grant will be paid as £30,000 a year.
"""

#: near miss: a national fund stays context
NATIONAL_FUND = """The Home Office's national perpetrator fund is worth £36m over two years.
"""


def test_a_lottery_grant_is_a_grant_and_a_national_fund_is_context():
    got = awards_by_key(LOTTERY)[(3, 90000)]
    assert got.funding_role == "grant" and got.pfa_code == "E23000002"  # Cumbria
    assert awards_by_key(NATIONAL_FUND)[(1, 36000000)].funding_role == "context"


# --- An appeal's progress widget as a bracketed line is page furniture ---------------------------------------------

WIDGET = """Our work in Cumbria

So far we have raised £12,600 for the Kendal group.

[Appeal progress: £12,600 raised of £30,000 | 42%]
[Give to the appeal]  [Share on Facebook]

[Note: the £5,000 figure in our last post was wrong.]
"""


def test_a_bracketed_progress_widget_is_furniture_but_a_bracketed_note_is_read():
    got = awards_by_key(WIDGET)
    assert not [k for k in got if k[0] == 5]
    assert (8, 5000) in got


# --- Organisations: a lottery distributor is a funder, a gift's giver is a funder, a contract's holder -----------

from release_probe import read  # noqa: E402


def _orgs(text):
    return {(o.source_line, o.organisation, o.role) for o in read(text).organisations}


GIVERS = """Our work in Cumbria

The National Lottery Community Fund has given us £90,000 over three years for our family work in Cumbria.
So far we have raised £12,600 for the Kendal group, including a £1,500 donation from Fellside Motors.
Kendal Change has held the contract since April 2024 and runs the group course for men in Cumbria.
"""

#: near misses: a fund's title is no body; a gift from a person is no organisation; holding talks is not a contract
NOT_GIVERS = """Our work in Cumbria

The Home Office's Domestic Abuse Perpetrator Fund has given Cumbria £90,000 for 2025-26.
So far we have raised £12,600, including a £1,500 gift from Joan.
Kendal Change has held talks with the council about the contract since April.
"""


def test_a_lottery_distributor_and_a_named_donor_are_funders_and_a_contract_holder_is_commissioned():
    got = _orgs(GIVERS)
    assert (3, "National Lottery Community Fund", "funder") in got
    assert (4, "Fellside Motors", "funder") in got
    assert (5, "Kendal Change", "commissioned_service") in got


def test_a_fund_title_a_person_and_contract_talks_give_no_such_facts():
    got = _orgs(NOT_GIVERS)
    assert not [o for o in got if "Perpetrator Fund" in o[1]]
    assert not [o for o in got if o[1] == "Joan"]
    assert not [o for o in got if o[1] == "Kendal Change" and o[2] == "commissioned_service"]


# --- A page's readers' comments under "Most relevant comments" are set aside -----------------------------------------

COMMENTED_POST = """Our new contract in Kent

The Kent commissioner has awarded us £300,000 for 2025-26 to run the group course for men.

Most relevant comments

Jo Bloggs · Commissioning lead
Great news. The council is adding £40,000 a year to partner support too.
Like · Reply · 2w

Load more comments

The course starts in April.
The council has also agreed £12,000 for a creche for 2025-26.
"""

#: near miss: a report's own "Comments" heading is not readers' comments
REPORT_COMMENTS = """Kent perpetrator grant report

Comments

The council is adding £40,000 for 2025-26 to partner support.
"""


def test_readers_comments_are_set_aside_up_to_load_more():
    got = awards_by_key(COMMENTED_POST)
    assert (3, 300000) in got and (14, 12000) in got
    assert not [k for k in got if 5 <= k[0] <= 11]


def test_a_bare_comments_heading_sets_nothing_aside():
    assert (5, 40000) in awards_by_key(REPORT_COMMENTS)


# --- A briefing for GP practices is practitioner training --------------------------------------------------------

def _kinds(text):
    return {(c.source_line, c.component) for c in read(text).components}


def test_a_briefing_for_gp_practices_or_surgeries_is_training_but_a_briefing_paper_is_not():
    assert (3, "practitioner_training") in _kinds(
        "Work in Lincolnshire\n\nWe ran a coercive control briefing for GP practices across the county.\n")
    assert (3, "practitioner_training") in _kinds(
        "Work in Lincolnshire\n\nA briefing for local surgeries on spotting abuse was held in May.\n")
    assert (3, "practitioner_training") not in _kinds(
        "Work in Lincolnshire\n\nThe briefing for the panel sets out the budget for the group course.\n")


# --- A table row's own number is not a count ----------------------------------------------------------------------

from release_probe import outcomes_by_key  # noqa: E402

NUMBERED_ACTIONS = """| No. | Action | Owner | Status |
|---|---|---|---|
| 5 | Partner support offered to the partner of every man referred | Coastline Women's Aid | Complete |
| 9 | Audit probation referrals to the programme | Probation | On track |
"""

#: near miss: a count in a row's later cell is still read ("| 6 | Training | … | 84 of 120 staff trained |")
COUNTED_CELL = """| No. | Action | Owner | Status |
|---|---|---|---|
| 6 | Training for frontline staff | Council | On track: 84 of 120 staff trained |
"""


def test_a_rows_number_is_not_a_count_but_a_count_in_a_later_cell_still_is():
    got = outcomes_by_key(NUMBERED_ACTIONS)
    assert (5, 5.0, "count") not in got and (6, 9.0, "count") not in got
    got = outcomes_by_key(COUNTED_CELL)
    assert (5, 84.0, "count") in got and (5, 6.0, "count") not in got


# --- Partner support "which we deliver with" a named body: that body supports partners ---------------------------

def test_partner_support_delivered_with_a_named_body_makes_it_the_survivor_support_provider():
    for text in ("Our work in Kent\n\n- partner support for every partner, which we deliver with Thanet Women's Refuge\n",
                 "Our work in Kent\n\nVictim support, which the charity also runs with Thanet Women's Refuge, continues.\n"):
        assert (3, "Thanet Women's Refuge", "survivor_support_provider") in _orgs(text)
    # near miss: a group course run with a body is delivery, not survivor support
    got = _orgs("Our work in Kent\n\nThe group course, which we deliver with Thanet Change CIC, starts in May.\n")
    assert not [o for o in got if o[2] == "survivor_support_provider"]


def test_a_council_tax_band_is_no_body():
    got = _orgs("Precept in Wiltshire\n\nThe proposal raises the policing part of a Band D council tax bill by £14 a year.\n")
    assert not [o for o in got if o[1].startswith("Band")]


# --- An item run by a body with its sum in brackets: the body receives that sum -----------------------------------

ITEMS_RUN_BY = """The Home Office awarded the Commissioner £500,000 for Wiltshire in 2026-27. That money pays for:

- the group course for men, run by Kennet Change CIC (£400,000);
- support for partners of men on the course, provided by Downs Women's Aid (£100,000).
"""

#: near miss: a body running the work with no sum of its own in brackets after its name stays a delivery partner
RUN_BY_NO_SUM = """The Home Office awarded the Commissioner £500,000 for Wiltshire in 2026-27 (see below).

- the group course for men, run by Kennet Change CIC, starts in April.
"""


def test_a_body_running_an_item_with_its_bracketed_sum_is_its_recipient():
    got = _orgs(ITEMS_RUN_BY)
    assert (3, "Kennet Change CIC", "recipient") in got and (3, "Kennet Change CIC", "delivery_partner") not in got
    assert {(4, "Downs Women's Aid", "recipient"), (4, "Downs Women's Aid", "survivor_support_provider")} <= got
    got = _orgs(RUN_BY_NO_SUM)
    assert (3, "Kennet Change CIC", "recipient") not in got
