"""Rules added while tuning the thirty-third round's releases (tuner AL): invented sentences, with the facts the corpus
README's conventions give them (never the corpus text)."""

import pytest

from funding.parse.releases.text import prepare
from release_probe import awards_by_key, read

_LEAD = "Westshire perpetrator funding\n\nThe Kent Police and Crime Commissioner funds perpetrator programmes.\n\n"


def _facts(text, name="invented.txt"):
    return {k: (a.funding_role, a.funder or None, a.part_of_line, a.period_start or None, a.period_end or None)
            for k, a in awards_by_key(text, name).items()}


# --- A full-width row between a served table's rows ("Theme 2: …" in one cell spanning the columns) labels a group of
# rows: the table and its heading go on under it, and a subtotal under the group sums that group only ------------------

_PAGE = """<html><body><main>
<h1>Kent partnership action plan</h1>
<p>All sums are for 2025/26 unless a row says otherwise.</p>
<table>
<thead><tr><th>No.</th><th>What we will do</th><th>Owner</th><th>Paid from</th><th>Budget</th><th>Progress</th></tr></thead>
<tbody>
<tr><td colspan="6">{label_one}</td></tr>
<tr><td>A1</td><td>Refuge places in the north of the county</td><td>Kent County Council</td><td>Ministry of Justice</td><td>£70,000</td><td>On track</td></tr>
<tr><td colspan="6">{label_two}</td></tr>
<tr><td>B1</td><td>Weekly group course for men who harm</td><td>OPCC</td><td>Home Office perpetrator grant</td><td>£250,000</td><td>On track</td></tr>
<tr><td>B2</td><td>Council money added to the group course</td><td>Kent County Council</td><td>County Council</td><td>£30,000</td><td>Paid</td></tr>
<tr><td>B3</td><td>Worker for the partners of the men</td><td>OPCC</td><td>Commissioner's own budget</td><td>£20,000</td><td>Late</td></tr>
<tr><td colspan="4">Theme B total</td><td>£300,000</td><td></td></tr>
</tbody></table>
</main></body></html>
"""


@pytest.mark.parametrize("label_one, label_two", [
    ("Theme A: Victims and their children", "Theme B: Those who cause harm"),
    ("Priority 1 – safe homes", "Priority 2 – changing behaviour"),
])
def test_group_labels_in_a_served_table_keep_its_columns(label_one, label_two):
    got = {(a.amount.pence // 100): a for a in read(_PAGE.format(label_one=label_one, label_two=label_two),
                                                     "invented.html").awards}
    assert got[70000].funder == "Ministry of Justice" and got[70000].part_of_line is None
    assert [(got[p].funder, got[p].funding_role) for p in (250000, 30000, 20000)] == [
        ("Home Office", "part"), ("local authority", "part"), ("PCC", "part")]
    total_line = got[300000].source_line
    assert {got[p].part_of_line for p in (250000, 30000, 20000)} == {total_line}
    assert got[300000].funding_role == "total"


def test_a_sentence_between_two_tables_still_ends_the_first():
    # (near-miss: a sentence, ending in a full stop, between the heading and the rows is no group label)
    text = _PAGE.format(label_one="Theme A: Victims and their children", label_two="Theme B: Those who cause harm")
    text = text.replace('<tr><td colspan="6">Theme A: Victims and their children</td></tr>',
                        "</tbody></table><p>The rows below were agreed by the board in May.</p><table><tbody>")
    got = {(a.amount.pence // 100): a for a in read(text, "invented.html").awards}
    assert got[70000].funder != "Ministry of Justice"


# --- "…, as she did in 2024/25 with £X": the year is the earlier payment's, and that figure is money of the same kind --

@pytest.mark.parametrize("clause", [
    "as she did in 2023/24 with £80,000",
    "as the office did in 2023/24 with £80,000",
])
def test_the_same_payer_doing_the_same_in_another_year(clause):
    got = _facts(_LEAD + "The Commissioner is putting £100,000 towards case management on top of the Home Office "
                 f"grant from her own budget, {clause}.\n")
    assert got[(5, 100000)] == ("match_funding", "PCC", None, None, None)
    assert got[(5, 80000)][:2] == ("match_funding", "PCC") and got[(5, 80000)][3] == "2023-24"


def test_a_year_in_the_figures_own_clause_stays_its_own():
    # (near-miss: no "as … did" comparison: the year is the figure's own)
    got = _facts(_LEAD + "The Commissioner is putting £100,000 from her own budget towards case management in "
                 "2023/24.\n")
    assert got[(5, 100000)][3] == "2023-24"


# --- A text that calls an NHS body one of the funding partners: that body's money is partners' ---------------------

_NHS = ("Westshire health perpetrator pilot\n\nThe Kent Police and Crime Commissioner funds perpetrator programmes.\n\n"
        "The Board is asked to agree a contribution from the ICB of £90,000 over the two years from April 2025.\n\n"
        "{sentence}\n\nOf the ICB's £90,000, £10,000 pays for an evaluation.\n")


@pytest.mark.parametrize("sentence", [
    "The plan is for NHS Westshire to join the council and the commissioner as a funding partner.",
    "Under the proposal the ICB would become a funding partner in the pilot.",
])
def test_an_nhs_body_called_a_funding_partner_pays_as_a_partner(sentence):
    got = _facts(_NHS.format(sentence=sentence))
    assert got[(5, 90000)][1] == "partners"
    assert got[(9, 90000)][1] == "partners" and got[(9, 10000)][1] == "partners"


@pytest.mark.parametrize("sentence", [
    "The ICB already works with the council on other services.",
    "The commissioner is a partner in the local domestic abuse board.",
])
def test_an_nhs_body_not_called_a_funding_partner_has_no_funder(sentence):
    got = _facts(_NHS.format(sentence=sentence))
    assert got[(5, 90000)][1] is None and got[(9, 90000)][1] is None


# --- Under a sentence saying the grant must be matched, local payers' money in the paragraph is the match -----------

@pytest.mark.parametrize("lead", [
    "The grant conditions require the award to be matched.",
    "The Home Office award must be match funded locally.",
])
def test_money_under_a_lead_saying_the_grant_is_matched(lead):
    got = _facts(_LEAD + "The Home Office has given the Commissioner £300,000 for 2025/26.\n\n"
                 f"{lead} Medway Council has offered £20,000 from its public health grant.\n")
    assert got[(7, 20000)][:2] == ("match_funding", "local authority")


def test_council_money_in_the_next_paragraph_keeps_its_role():
    # (near-miss: a blank line ends the lead's reach)
    got = _facts(_LEAD + "The Home Office has given the Commissioner £300,000 for 2025/26.\n\n"
                 "The grant conditions require the award to be matched.\n\n"
                 "Medway Council has offered £20,000 from its public health grant for a helpline.\n")
    assert got[(9, 20000)][:2] == ("grant", "local authority")


# --- "… from its X fund, a national fund of £Y": the award is no national figure; the fund is the grantor's ---------

def test_an_award_beside_the_national_fund_it_is_drawn_from():
    got = _facts(_LEAD + "The Ministry of Justice gave the Commissioner £600,000 for 2024/25 and 2025/26 from its "
                 "victims fund, a national fund of £40m over the same years.\n")
    assert got[(5, 600000)][:2] == ("grant", "Ministry of Justice")
    assert got[(5, 40000000)][:2] == ("context", "Ministry of Justice")


def test_a_national_fund_named_without_the_grantors_pronoun_keeps_no_funder():
    # (near-miss: "one of 12 awards from a national fund": the fund is not said to be the grantor's)
    got = _facts(_LEAD + "The Ministry of Justice gave the Commissioner £600,000 for 2024/25 and 2025/26, one of 12 "
                 "awards from a national fund of £40m.\n")
    assert got[(5, 600000)][:2] == ("grant", "Ministry of Justice")
    assert got[(5, 40000000)][:2] == ("context", None)


# --- "The 2025/26 half of the award is £X": one year's share named as such is a part of the award --------------------

@pytest.mark.parametrize("sentence, year", [
    ("The 2025/26 half of the grant is £300,000.", "2025-26"),
    ("The second year's share of the award comes to £300,000.", None),
])
def test_one_years_share_of_an_award(sentence, year):
    got = _facts(_LEAD + "The Home Office awarded the Commissioner £580,000 for 2024/25 and 2025/26. "
                 f"{sentence}\n")
    assert got[(5, 300000)][:3] == ("part", "Home Office", 5)


def test_a_share_of_something_else_is_no_part():
    # (near-miss: the share of a caseload is not money of the award)
    got = _facts(_LEAD + "The Home Office awarded the Commissioner £580,000 for 2024/25 and 2025/26. "
                 "The council's contribution is £30,000.\n")
    assert got[(5, 30000)][0] != "part"


# --- A clause whose figure has its own verb after it leaves out no verb: it shares no year with the clause before ----

def test_a_clause_with_its_own_verb_is_not_elliptical():
    got = _facts(_LEAD + "The borough council's £25,000 is added to the grant as match funding for 2025/26; the "
                 "Commissioner's £60,000 pays Oak Women's Aid to support partners.\n")
    assert got[(5, 25000)][3] == "2025-26"
    assert got[(5, 60000)][3] is None


def test_an_elliptical_clause_shares_the_year():
    # (near-miss: "…, and the Commissioner £B" leaves its verb out: the year is shared)
    got = _facts(_LEAD + "The borough council is adding £25,000 in match funding, and the Commissioner £60,000, "
                 "in 2025/26.\n")
    assert got[(5, 60000)][3] == "2025-26"


# --- A body asked for leave ("will ask the Home Office to let it …") is not the payer of the figure -----------------

@pytest.mark.parametrize("asked", [
    "will ask the Home Office to let it roll the money into next year",
    "has asked the Home Office for permission to keep it",
])
def test_a_body_asked_for_leave_is_no_payer(asked):
    got = _facts(_LEAD + f"The office expects to underspend by £9,000 in 2025/26 and {asked}.\n")
    assert got[(5, 9000)][1] is None


# --- "£A of that £B": a piece of the sum named just after it, which restates an earlier sum --------------------------

def test_a_piece_of_that_restated_sum():
    got = _facts(_LEAD + "The Home Office gave us £1,160,400 for the two years from April 2026.\n\n"
                 "The case management team takes £400,000 of that £1.2 million of Home Office money across both "
                 "years.\n")
    assert got[(7, 400000)] == ("part", "Home Office", 7, "2026-27", "2027-28")
    assert got[(7, 1200000)][:2] == ("grant", "Home Office") and got[(7, 1200000)][3] is None


def test_a_piece_of_that_figure_with_no_sum_after_it():
    # (near-miss: "£A of that" with no sum after it is a piece of the sum before)
    got = _facts(_LEAD + "The Home Office gave us £1,160,400 for the two years from April 2026.\n\n"
                 "The case management team takes £400,000 of that, and £100,000 goes on training.\n")
    assert got[(7, 400000)][:3] == ("part", "Home Office", 5)


# --- The speaker's "my own budget" is the commissioner's own money, not a named body's -------------------------------

def test_the_speakers_own_budget_beside_a_named_body():
    got = _facts(_LEAD + "Tamar Research is evaluating the course for us, and I have set aside £25,000 of my own budget "
                 "for that work.\n")
    assert got[(5, 25000)][:2] == ("own_funding", "PCC")


def test_a_named_bodys_own_money():
    # (near-miss: a body's "its own" money is the body's, a partner's)
    got = _facts(_LEAD + "Tamar Change CIC will add £25,000 of its own reserves to the grant.\n")
    assert got[(5, 25000)][:2] == ("match_funding", "partners")


# --- Components: a service for people who harm names no course (README, "Courses named by whom they serve"), unless
# the line says what a named thing is ----------------------------------------------------------------------------------

def _components(text):
    return sorted((c.source_line, c.component) for c in read(text).components)


@pytest.mark.parametrize("sentence", [
    "The two councils and the commissioner now fund one joint service for people who harm their partners.",
    "From April the three boroughs will share a single service for adults who use abusive behaviour at home.",
])
def test_a_service_for_people_who_harm_is_no_course(sentence):
    assert (5, "behaviour_change_programme") not in _components(_LEAD + sentence + "\n")


def test_a_service_for_men_who_harm_is_a_course():
    # (near-miss: a service that names the men it is for describes a course for them)
    assert (5, "behaviour_change_programme") in _components(_LEAD + "A new service for fathers who are abusive at home "
                                                             "starts in the autumn.\n")


def test_a_named_thing_said_to_be_a_service_for_people_who_harm_is_a_course():
    # (near-miss: "X is a free service for adults who …" says what the named service is)
    got = _components(_LEAD + "Turning Point is a free service for adults in Kent who are abusive to a partner and "
                      "want to stop.\n")
    assert (5, "behaviour_change_programme") in got


# --- Training named only as described elsewhere ("the training will not go ahead", "Training (3.2)") is no component,
# unless the line names whom it reaches ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "5.1 If the council pulls out, the caseworker post and the training will not go ahead: the office cannot find the "
    "£50,000 elsewhere.",
    "5.2 Staffing may slip. Training (3.2) and monthly supervision are meant to reduce this risk.",
])
def test_training_referred_back_is_no_component(sentence):
    assert (5, "practitioner_training") not in _components(_LEAD + sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "The borough is paying £12,000 so that its own staff can attend the training.",
    "The training will reach about 250 nursery and youth work staff in the first year.",
])
def test_training_with_whom_it_reaches_is_a_component(sentence):
    assert (5, "practitioner_training") in _components(_LEAD + sentence + "\n")


# --- Organisations: a body named only as asked for leave is no funder -------------------------------------------------

@pytest.mark.parametrize("sentence, funder_named", [
    ("The office expects to underspend by £9,000 this year and will ask the Home Office to let it roll the money "
     "into next year.", False),
    ("The office expects to underspend by £9,000 this year and has asked the Ministry of Justice for permission to "
     "keep it.", False),
    ("The Home Office pays £9,000 a year towards the helpline.", True),
])
def test_a_body_asked_for_leave_is_no_funder_organisation(sentence, funder_named):
    got = [o for o in _organisations(_LEAD + sentence + "\n") if o[0] == 5 and o[2] == "funder"]
    assert bool(got) == funder_named


def _organisations(text):
    return sorted((o.source_line, o.organisation, o.role) for o in read(text).organisations)


# --- A copyright line printed with "(c)" and a year before the footer's links is page furniture; a list item "(c)"
# is not ----------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, aside", [
    ("(c) Office of the Police and Crime Commissioner for Kent 2026 | Accessibility | Privacy", True),
    ("(c) Medway Evening Courier 2025", True),
    ("(c) that the Mayor and one councillor visit the Thursday group in the spring; and", False),
    ("(c) Oak Change CIC receives £20,000 for partner support in 2025 | Kent", False),
])
def test_a_copyright_line_with_c_in_brackets(line, aside):
    assert (dict(prepare(_LEAD + line + "\n").set_aside).get(5) == "page_furniture") == aside


# --- People: a transcript's speaker label in capitals names its speaker and office -----------------------------------

@pytest.mark.parametrize("label, named", [
    ("COMMISSIONER JANE FOWLER: Good morning, and thank you for coming.", True),
    ("Commissioner Jane Fowler: Good morning, and thank you for coming.", True),
    ("PRESENTER: Good morning, and thank you for coming.", False),
    ("DOMESTIC ABUSE LEAD: Good morning, and thank you for coming.", False),
    ("CHAIR JANE FOWLER: Good morning, and thank you for coming.", False),
])
def test_a_speaker_label_in_capitals(label, named):
    people = read("Kent speeches\n\nThe Kent Police and Crime Commissioner spoke at the conference.\n\n" + label + "\n").people
    got = [(p.source_line, p.name.lower(), p.role) for p in people if p.source_line == 5]
    assert got == ([(5, "jane fowler", "commissioner")] if named else [])


# --- Outcomes: a results table whose first column holds row references ("| Ref | Measure | Q1 | Q2 | Q2 target |"): each
# row's measure is the cell after its reference, and a target column's figure is expected ---------------------------

_SCORECARD = """Kent panel scorecard

The Kent Police and Crime Commissioner's scorecard for the second quarter.

| Ref | Measure | Q1 | Q2 | Q2 target | Rating |
|---|---|---|---|---|---|
| K1 | 999 calls picked up within 10 seconds | 91% | 87% | 90% | Amber |
| K4 | Referrals to the Kent course for men | 51 | 58 | 55 | Green |
| K5 | Men beginning a Kent group | 30 | 33 | 35 | Amber |
| K6 | Practitioners trained to spot coercive control | 140 | 75 | 110 | Red |
"""


def test_a_scorecard_with_a_reference_column():
    got = {(o.source_line, o.value, o.unit): (o.about, o.status) for o in read(_SCORECARD, "invented.md").outcomes}
    assert got[(8, 51.0, "count")] == ("referrals", "reported") and got[(8, 55.0, "count")] == ("referrals", "expected")
    assert got[(9, 33.0, "count")] == ("perpetrators", "reported") and got[(9, 35.0, "count")][1] == "expected"
    assert got[(10, 140.0, "count")] == ("practitioners", "reported")
    assert not [k for k in got if k[0] == 7]  # (a measure of no one the outcomes name: none)


def test_a_first_cell_that_is_no_reference_stays_the_label():
    # (near-miss: a table with no reference column keeps its first cell as the measure)
    text = _SCORECARD.replace("| Ref | Measure |", "| Measure | Notes |").replace("| K4 | Referrals to the Kent course for men |",
                                                                             "| Referrals to the Kent course | men |")
    got = {(o.source_line, o.value, o.unit): o.about for o in read(text, "invented.md").outcomes}
    assert got.get((8, 51.0, "count")) == "referrals"


# --- "(year 2 of 2)" is the place of a year in a series, no count of people; a count in a milestone column is
# expected -------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, counted", [
    ("The course is paid from the Home Office grant (year 2 of 2), and the fourth group is full.", set()),
    ("The second payment (tranche 2 of 3) went out in May, when the group for men was full.", set()),
    ("Of the men who began, 18 of 25 finished the group course.", {(18.0, 25.0)}),
])
def test_the_place_of_a_year_in_a_series_is_no_count(sentence, counted):
    got = {(o.value, o.base) for o in read(_LEAD + sentence + "\n").outcomes if o.source_line == 5}
    assert got == counted


_PLAN = """<html><body><main>
<h1>Kent action plan</h1>
<table>
<thead><tr><th>Ref</th><th>Action</th><th>Lead</th><th>Sum</th><th>{column}</th><th>RAG</th></tr></thead>
<tbody>
<tr><td>2.4</td><td>One-to-one work with teenagers who are violent to a parent</td><td>Kent County Council</td><td>£30,000</td><td>15 families worked with by March 2027</td><td>A</td></tr>
</tbody></table>
</main></body></html>
"""


@pytest.mark.parametrize("column, status", [("Milestone", "expected"), ("Progress so far", "reported")])
def test_a_count_in_a_milestone_column(column, status):
    got = [(o.value, o.status) for o in read(_PLAN.format(column=column), "invented.html").outcomes if o.value == 15.0]
    assert got == [(15.0, status)]


# --- A programme's name with its length straight after the comma, as a table cell prints it ("Home Office grant: New
# Paths, 24-week group course for men"); a body "which holds the contract for X" names X with no length of its own; a
# gap's length is no course length ------------------------------------------------------------------------------------

def _named(text, name="invented.txt"):
    return {(c.source_line, c.duration_value, c.duration_unit, tuple(c.cohorts))
            for c in read(text, name).components if c.component == "named_programme"}


def test_a_name_with_its_length_after_the_comma_in_a_table_cell():
    text = (_LEAD + "| Budget line (£000) | 2025/26 | Spent |\n|---|---|---|\n"
            "| Home Office grant: Calder Steps, 24-week group course for men | 300.0 | 150.0 |\n\n"
            "Tamar Change CIC, which holds the contract for Calder Steps, says a two-week break in August slowed it.\n")
    got = _named(text, "invented.md")
    assert (7, 24, "week", ("men",)) in got
    assert (9, None, "", ()) in got


def test_a_name_with_a_count_after_the_comma_is_no_course():
    # (near-miss: "Calder Steps, 24 referrals": a count after the comma, no length)
    text = (_LEAD + "| Measure | 2025/26 |\n|---|---|\n| Calder Steps, 24 referrals in the year | 24 |\n")
    assert not _named(text, "invented.md")


@pytest.mark.parametrize("sentence, length", [
    ("The 26-week group course for men restarted after a six-week gap between the two Dover groups.", 26),
    ("The weekly group course for men took a three-week break over Christmas.", None),
])
def test_the_length_of_a_gap_is_no_course_length(sentence, length):
    got = [c.duration_value for c in read(_LEAD + sentence + "\n").components
           if c.source_line == 5 and c.component in ("group_programme", "behaviour_change_programme")]
    assert got and all(v == length for v in got)
