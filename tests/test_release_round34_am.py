"""Rules added while tuning the thirty-fourth round's releases (tuner AM): invented sentences, with the facts the corpus
README's conventions give them (never the corpus text)."""

import pytest

from release_probe import awards_by_key, read


def _facts(text, name="invented.txt"):
    return {k: (a.funding_role, a.funder or None) for k, a in awards_by_key(text, name).items()}


# --- A payments list pasted as comma-separated values: bare figures with pence under "Amount (£)" are pounds, a minus
# sign before one is a credit (a negative figure, no award), and a "Cost centre" column names the budget that pays ----

_LEDGER = """Office of the Police and Crime Commissioner for Norfolk

Payments over £250 made in May 2025. {note}

{header}
02/05/2025,Yare Valley Lettings Ltd,Rent of the office - May,Premises,7310.00
06/05/2025,Breckland Turnaround CIC,Group course for men who abuse partners - quarter 1 2025/26,{home},{course}
09/05/2025,Wensum Family Service,Support worker for partners of men on the course - quarter 1 2025/26,{home},12480.00
13/05/2025,Bure Counting Partners LLP,Year-end accounts review,Governance,3990.00
16/05/2025,Norwich City Council,Towards the Safer Streets evaluation in Lakenham,Neighbourhoods,4400.00
20/05/2025,Thetford Kickabout Club,Summer football sessions for teenagers,Prevention Intervention,2150.00
22/05/2025,Wensum Family Service,Credit note - invoice paid twice,{home},{credit}
27/05/2025,Holt Print Shop,Leaflets,Communications,{small}
"""


def _ledger(note="Cost centres ending 'Home Office grant' are paid from the Home Office perpetrator grant for 2025/26.",
            header="Date,Supplier,Description,Cost centre,Amount (£)", home="Perpetrators - Home Office grant",
            course="51730.00", credit="-980.00", small="455.20"):
    return _LEDGER.format(note=note, header=header, home=home, course=course, credit=credit, small=small)


@pytest.mark.parametrize("course, pounds", [("51730.00", 51730), ('"51,730.00"', 51730), ("51730", 51730),
                                            ("51730.45", 51730)])
def test_bare_figures_with_pence_under_a_pounds_heading_are_read(course, pounds):
    got = _facts(_ledger(course=course))
    assert got[(7, pounds)] == ("grant", "Home Office")
    assert got[(8, 12480)] == ("grant", "Home Office")


@pytest.mark.parametrize("course", ["51730.5", "517.3", "51.73"])
def test_figures_not_pounds_and_pence_are_left(course):
    # one decimal place, or pence after fewer than three digits of pounds, are no sums read under "(£)"
    got = _facts(_ledger(course=course))
    assert not [k for k in got if k[0] == 7]


@pytest.mark.parametrize("credit", ["-980.00", "-980", '"−1,980.00"'])
def test_a_minus_figure_under_a_pounds_heading_is_a_negative_amount(credit):
    release = read(_ledger(credit=credit))
    assert [(d.source_line, d.problem) for d in release.diagnostics if d.problem == "negative_amount"] == [
        (12, "negative_amount")]
    assert not [a for a in release.awards if a.source_line == 12]


def test_a_hyphen_inside_a_cell_is_no_minus_sign():
    release = read(_ledger(credit="980-00"))
    assert not [d for d in release.diagnostics if d.problem == "negative_amount"]


@pytest.mark.parametrize("home, funder", [("Perpetrators - Home Office grant", "Home Office"),
                                          ("DA work - Ministry of Justice grant", "Ministry of Justice"),
                                          ("Home Office perpetrator fund", "Home Office")])
def test_a_cost_centre_column_names_the_payer(home, funder):
    got = _facts(_ledger(home=home, note="Every payment is listed."))
    assert got[(7, 51730)][1] == funder
    assert got[(8, 12480)][1] == funder


def test_rows_for_other_work_in_a_payments_list_are_no_facts():
    got = _facts(_ledger())
    # the audit firm's name ("Partners"), the Safer Streets evaluation and football sessions charged to an
    # "Intervention" cost centre are not this genre's work; rent, leaflets and the like never were
    assert set(got) == {(7, 51730), (8, 12480)}


def test_a_supplier_named_for_the_work_is_still_read_when_its_description_says_so():
    text = _ledger().replace("Year-end accounts review,Governance", "Perpetrator case reviews for the course,Governance")
    assert (9, 3990) in _facts(text)


@pytest.mark.parametrize("description", ["Safer Streets lighting for a refuge's car park",
                                         "Domestic abuse training for Safer Streets wardens"])
def test_safer_streets_money_for_domestic_abuse_work_is_kept(description):
    text = _ledger().replace("Towards the Safer Streets evaluation in Lakenham", description)
    assert (10, 4400) in _facts(text)


def test_a_cost_centre_naming_no_payer_keeps_the_row_without_one():
    # a cost centre that names the work but no payer ("Perpetrator programmes") leaves the row's payer unsaid
    got = _facts(_ledger(home="Perpetrator programmes", note="Every payment is listed."))
    assert got[(7, 51730)] == ("grant", None)


# --- A prose figure made a piece of a table row by the row's reference code ("£X of R05 had been paid", "the second
# instalment of R07, £Y") is a part of that row's figure, with the row's years ----------------------------------------

_SAMPLE = """Audit of grants, Norfolk commissioner's office

The sample below was drawn from the grants register.

| Ref | Recipient | Purpose | Funded by | Value (£) | Year |
|---|---|---|---|---|---|
| R05 | Yare Change CIC | Group course for men who abuse, 24 weeks | Home Office | 214,800 | 2025/26 |
| R07 | Wensum Parents Project | Work with teenagers violent at home | County council | 41,600 | 2025/26 |

{finding}
"""


@pytest.mark.parametrize("finding, pounds, row", [
    ("By the close of our testing, £107,400 of R05 had been paid out.", 107400, 7),
    ("The second instalment of R07, £10,400, reached the charity late.", 10400, 8),
    ("We saw that the first payment on R05 (£53,700) was made on time.", 53700, 7),
])
def test_a_figure_said_of_a_referenced_row_is_its_part(finding, pounds, row):
    got = {k: (a.funding_role, a.part_of_line, a.period_start) for k, a in awards_by_key(_SAMPLE.format(finding=finding)).items()}
    assert got[(10, pounds)] == ("part", row, "2025-26")


@pytest.mark.parametrize("finding, pounds", [
    ("The agreement held for R05 is for £214,800, as the register says.", 214800),  # the row's sum restated
    ("By the close of our testing, £107,400 of R09 had been paid out.", 107400),  # no row R09
    ("By the close of our testing, £250,000 of R05 had been paid out.", 250000),  # more than the row
])
def test_figures_only_beside_a_reference_are_no_parts_of_its_row(finding, pounds):
    got = {k: (a.funding_role, a.part_of_line) for k, a in awards_by_key(_SAMPLE.format(finding=finding)).items()}
    assert got[(10, pounds)][1] != 7


# --- "<Place> Family Support" in title case is a body's name, not whole-family work -----------------------------------

def _kinds(text):
    return {(c.source_line, c.component) for c in read(text).components}


@pytest.mark.parametrize("name", ["Lowfield Family Support", "Upper Tas Family Support"])
def test_a_body_called_family_support_names_no_whole_family_work(name):
    text = f"Norfolk perpetrator funding\n\nThe commissioner paid £20,000 to {name} for its work with teenagers who are violent to their parents.\n"
    assert (3, "whole_family") not in _kinds(text)


@pytest.mark.parametrize("words", ["a Whole Family Support service", "two family support workers",
                                   "Intensive Family Support for the children"])
def test_family_support_described_as_the_work_is_still_whole_family(words):
    text = f"Norfolk perpetrator funding\n\nThe commissioner paid £20,000 for {words} alongside the men's course.\n"
    assert (3, "whole_family") in _kinds(text)


# --- A field stating a sum and what it says of VAT ("Contract value: £X excluding VAT") in a block of fields at the top
# of a notice is content, not part of the notice's title ------------------------------------------------------------

_NOTICE = """Contract notice
Perpetrator service, Norfolk

Contract title: Perpetrator service for Norfolk
Contract period: 1 April 2025 to 31 March 2027
{value}
Supplier: Yare Change CIC
"""


@pytest.mark.parametrize("value", ["Contract value: £640,000 excluding VAT", "Total value: £640,000 (ex VAT)",
                                   "Contract value: £640,000 exclusive of VAT", "Contract value: £640,000"])
def test_a_money_field_with_a_vat_note_is_read(value):
    assert (6, 640000) in awards_by_key(_NOTICE.format(value=value))


def test_a_title_with_a_sum_and_vat_is_still_a_title():
    # no colon, no block of fields: a headline's figure restates the body's and is not read
    text = "£640,000 perpetrator contract excluding VAT\n\nNorfolk's commissioner has let a contract.\n"
    assert (1, 640000) not in awards_by_key(text)


# --- A sum of £10 million or more said to be "of that funding" after a smaller local figure is the national fund it
# comes from (context, no area), not a piece of the local figure --------------------------------------------------

_LOCAL = """Norfolk perpetrator service

The commissioner's office pays Yare Change CIC £318,000 for 2026/27 for the group course for men.
{sentence}
"""


@pytest.mark.parametrize("sentence", [
    "The Home Office later confirmed another year of that money, about £31 million across England, for 2026/27.",
    "Ministers confirmed a further year of that grant, roughly £29.5 million nationally, in March.",
])
def test_a_national_sum_of_that_funding_is_context(sentence):
    got = awards_by_key(_LOCAL.format(sentence=sentence))
    national = [a for (line, _p), a in got.items() if line == 4]
    assert national and all(a.funding_role == "context" and not a.pfa_code and a.part_of_line is None for a in national)


def test_a_local_piece_of_that_funding_is_still_a_part():
    # (below £10 million a figure "of that money" stays a piece of the figure before it)
    for sentence, pounds in (("£24,000 of that grant is set aside for an evaluation.", 24000),
                             ("The Home Office later confirmed another year of that money, about £31,000, for 2026/27.", 31000)):
        got = awards_by_key(_LOCAL.format(sentence=sentence))
        assert got[(4, pounds)].funding_role == "part" and got[(4, pounds)].part_of_line == 3


# --- A sum an area asked a named grantor for ("asked the Home Office for £X", "applied to the Ministry of Justice for
# £X") is a bid (context, no area), as "asked for £X" is; a sum followed by "and that it has asked for …" is not -------

_ASKED = "Perpetrator money in the north\n\nThe Home Office fund runs for the two years from April 2023.\n\n{}\n"


@pytest.mark.parametrize("sentence, bid, given", [
    ("Lancashire asked the Home Office for £610,000 and was given £455,000, so the plans shrank.", 610000, 455000),
    ("Cumbria applied to the Home Office for £300,000 but received £240,000.", 300000, 240000),
    ("Cheshire bid to the Ministry of Justice for £90,000 but was offered £60,000.", 90000, 60000),
])
def test_a_sum_asked_of_a_named_grantor_is_a_bid(sentence, bid, given):
    got = awards_by_key(_ASKED.format(sentence))
    assert got[(5, bid)].funding_role == "context" and not got[(5, bid)].pfa_code
    assert got[(5, given)].funding_role == "grant"


@pytest.mark.parametrize("sentence, pounds", [
    ("The trust says the contract it signed is worth £512,500 and that it has asked for the register to be corrected.", 512500),
    ("Durham's grant is £486,000, and the office has asked for a meeting about the list.", 486000),
    ("Lancashire asked the panel to approve £455,000 for the course.", 455000),  # asked a body to act, no bid
])
def test_a_sum_beside_a_request_for_something_else_is_no_bid(sentence, pounds):
    got = awards_by_key(_ASKED.format(sentence))
    assert got[(5, pounds)].funding_role != "context"


# --- A reader's comment signed by the site's own account with its role in brackets ("Wirral OPCC (moderator) - 3 May
# 2025: …") is a comment under the page's comment count, as any other reader's is: no statement of the page's ---------

_COMMENTS = """Wirral course goes on

The Home Office has agreed £398,200 for the Wirral course in 2025/26.

Comments (2)
Bev, Hoylake - 2 May 2025: Why not spend it on the refuges?
{reply}
Leave a comment. Your email address will not be published.
"""


@pytest.mark.parametrize("reply", [
    "Wirral OPCC (moderator) - 3 May 2025: Refuges have their own money, including £1.2m from the Ministry of Justice.",
    "Wirral News (editor) - 3 May 2025: The refuges get £1.2m from the Ministry of Justice.",
    "Comms Office (digital team) - 3 May 2025: The refuges get £1.2m from the Ministry of Justice.",
])
def test_a_reply_by_a_named_moderator_is_a_comment(reply):
    got = awards_by_key(_COMMENTS.format(reply=reply))
    assert (8, 1200000) not in got and (3, 398200) in got


@pytest.mark.parametrize("line", [
    "The Ministry of Justice (MoJ): money for refuges is separate.",  # an aside in brackets, not a role
    "Funding (2025/26) - 3 May 2025: the grant is agreed.",
])
def test_a_bracketed_aside_is_no_commenters_role(line):
    from funding.parse.releases.text import _COMMENTER
    assert not _COMMENTER.match(line)


def test_a_commenters_role_in_brackets_is_read():
    from funding.parse.releases.text import _COMMENTER
    assert _COMMENTER.match("Wirral OPCC (moderator) - 3 May 2025: Thanks Bev.")
    assert _COMMENTER.match("Bev, Hoylake - 2 May 2025: Why not the refuges?")


# --- An underspend of a service that is no domestic-abuse work (youth diversion, an anti-social behaviour team)
# standing alone in a budget report is no fact; one of the perpetrator service is still read ----------------------

_MONITOR = """Quarter 2 budget monitoring

The perpetrator programme budget for 2025/26 is £240,000 from the Home Office.

{line}
"""


@pytest.mark.parametrize("line", [
    "4.2 The youth diversion project expects to underspend by £6,500 as a coach left in August.",
    "4.2 The anti-social behaviour team underspend of £18.4k reflects a post left vacant.",
    "4.2 Our antisocial behaviour caseworkers will underspend by £9,000 this year.",
])
def test_an_underspend_of_other_work_is_no_fact(line):
    got = awards_by_key(_MONITOR.format(line=line))
    assert [k for k in got if k[0] == 5] == []


@pytest.mark.parametrize("line, pounds", [
    ("4.2 The perpetrator programme expects to underspend by £6,500 as a facilitator left in August.", 6500),
    ("4.2 The anti-social behaviour team's work with men who abuse partners will underspend by £9,000.", 9000),
])
def test_an_underspend_of_the_work_itself_is_still_read(line, pounds):
    assert (5, pounds) in awards_by_key(_MONITOR.format(line=line))


# --- Organisations: a payments list's "Cost centre" names the payer of each row that is a fact (not of a credit note or
# a row for other work); a heading "Home Office, 2024-26" names the Home Office as paying its column ---------------------

def _orgs(text):
    return {(o.source_line, o.organisation, o.role) for o in read(text).organisations}


def test_a_cost_centre_names_the_funder_of_each_fact_row():
    got = _orgs(_ledger(home="Perpetrators - Home Office grant", note="Every payment is listed."))
    assert (7, "Home Office", "funder") in got and (8, "Home Office", "funder") in got
    assert (12, "Home Office", "funder") not in got  # the credit note: no award, no payer of one


def test_a_cost_centre_row_for_other_work_names_no_funder():
    text = _ledger(note="Every payment is listed.").replace(
        "Year-end accounts review,Governance", "Mediation between neighbours,Community - Ministry of Justice grant")
    assert not [o for o in _orgs(text) if o[0] == 9 and o[2] == "funder"]


@pytest.mark.parametrize("heading", ["Home Office, 2024-26", "Home Office 2024-26", "Home Office grant"])
def test_a_heading_naming_the_home_office_and_years_names_its_payer(heading):
    text = f"""Perpetrator money by area

The four areas' shares of the Home Office fund are below.

| Area | {heading} |
|---|---|
| Durham | £420,000 |
| Cumbria | £390,000 |
"""
    assert (5, "Home Office", "funder") in _orgs(text)


def test_a_heading_naming_another_body_with_years_is_left():
    text = """Perpetrator money by area

The four areas' figures are below.

| Area | Spent, 2024-26 |
|---|---|
| Durham | £420,000 |
"""
    assert not [o for o in _orgs(text) if o[0] == 5]


# --- A grant named for the people it serves ("the victims' services grant") is money, not a survivor-support service:
# a body named after it as where other money comes from is a payer, not a provider of support -----------------------

@pytest.mark.parametrize("sentence", [
    "Grants come from the Ministry of Justice's victims' services grant and pooled money from Norfolk County Council.",
    "The office uses its victim services funding and a contribution from Suffolk County Council.",
])
def test_a_grant_named_for_victims_names_no_support_provider(sentence):
    got = _orgs("Norfolk grants\n\n" + sentence + "\n")
    assert not [o for o in got if o[2] == "survivor_support_provider"]


@pytest.mark.parametrize("sentence, name", [
    ("Victims' support is provided by Yare Women's Aid.", "Yare Women's Aid"),
    ("Partner support services are run by Wensum Refuge.", "Wensum Refuge"),
])
def test_support_for_victims_from_a_body_still_names_the_provider(sentence, name):
    assert (3, name, "survivor_support_provider") in _orgs("Norfolk grants\n\n" + sentence + "\n")


# --- A body adding its own money as match funding after an opening phrase naming the agreement ("Under the K7
# agreement X is to add £12,000 …") is the match funder, as it is when it opens the sentence -------------------------

@pytest.mark.parametrize("opening", ["Under the R07 agreement ", "Through the grant agreement, ", ""])
def test_a_body_adding_match_funding_after_an_agreement_phrase_is_the_match_funder(opening):
    text = ("Norfolk grants\n\nThe commissioner's grant to Wensum Refuge for partner support is £40,000 for 2025/26.\n\n"
            f"{opening}Wensum Refuge Trust will put £8,000 raised by its supporters into the grant as match funding for 2025/26.\n")
    assert (5, "Wensum Refuge Trust", "match_funder") in _orgs(text)


def test_an_agreement_phrase_naming_no_adding_body_gives_no_match_funder():
    text = ("Norfolk grants\n\nThe commissioner's grant to Wensum Refuge for partner support is £40,000 for 2025/26.\n\n"
            "Under the R07 agreement the grant is to be matched with £8,000 in 2025/26.\n")
    assert not [o for o in _orgs(text) if o[0] == 5 and o[2] == "match_funder"]


# --- "Support for the partners … is given by X" (a longer stretch between the partners and "by") names X's support;
# a body's name alone under a notice's "Contracting authority" heading is the commissioner ---------------------------

@pytest.mark.parametrize("sentence", [
    "Support for the partners and former partners of the men on the course is given by Yare Women's Aid.",
    "Support for the partners of men taking part in either of the programmes comes from Yare Women's Aid.",
])
def test_support_for_partners_given_by_a_body(sentence):
    assert (3, "Yare Women's Aid", "survivor_support_provider") in _orgs("Norfolk service\n\n" + sentence + "\n")


_AUTHORITY = """Contract award notice
Perpetrator service, Norfolk

{heading}
{body}
Norwich, Norfolk

Description
The provider runs a group course for men who abuse their partners.
"""


@pytest.mark.parametrize("heading, body", [
    ("Contracting authority", "Office of the Police and Crime Commissioner for Norfolk"),
    ("Buyer", "Norfolk County Council"),
    ("Commissioning body:", "Norfolk Police and Crime Commissioner"),
])
def test_a_body_under_a_contracting_authority_heading_is_the_commissioner(heading, body):
    assert (5, body, "commissioner") in _orgs(_AUTHORITY.format(heading=heading, body=body))


@pytest.mark.parametrize("heading, body", [
    ("Supplier", "Yare Change CIC"),  # not the authority's heading
    ("Contracting authority", "The commissioner's office lets this contract."),  # a sentence, not a name alone
])
def test_other_blocks_name_no_commissioner(heading, body):
    assert not [o for o in _orgs(_AUTHORITY.format(heading=heading, body=body)) if o[2] == "commissioner" and o[0] == 5]


def test_a_status_letter_after_a_support_row_is_no_body():
    text = """Norfolk plan tracker

| Ref | Action | Funded from | Budget | Status |
|---|---|---|---|---|
| 3.1 | Support for the partners and former partners of men on the course, given by Yare Women's Aid | Commissioner's budget | £52,000 | G |
"""
    got = _orgs(text)
    assert not [o for o in got if o[1] == "G"]


# --- Components: a "high-harm strand" or "high-harm pathway" is high-harm work; a list of what money pays for whose
# items open with "for work with …", "for support …" is split there, so each item keeps its own length and ages -----

@pytest.mark.parametrize("words", ["a high-harm strand is added in Yarmouth, with a case manager for each man",
                                   "the new highest-harm pathway takes men referred by the police"])
def test_a_high_harm_strand_is_high_harm_work(words):
    text = f"Norfolk contract change\n\nFrom April {words}.\n"
    assert (3, "high_harm") in _kinds(text)


def test_a_strand_without_high_harm_is_no_high_harm_work():
    assert (3, "high_harm") not in _kinds("Norfolk contract change\n\nFrom April a women's strand is added in Yarmouth.\n")


def _components_on(text, line):
    return {c.component: (c.duration_value, c.age_min) for c in read(text).components if c.source_line == line}


@pytest.mark.parametrize("second", [
    "for work with young people aged 12 to 16 who are violent towards their parents",
    "for support for teenagers aged 12 to 16 who abuse their parents",
])
def test_list_items_opening_with_for_keep_their_own_lengths_and_ages(second):
    text = (f"Norfolk's money\n\nThe grant pays for a 20-week group programme for men in Norwich and Thetford, {second}, "
            "and for a helpline for men worried about their behaviour.\n")
    got = _components_on(text, 3)
    assert got["group_programme"] == (20, None)
    assert got["child_adolescent_to_parent"] == (None, 12)


def test_a_for_piece_naming_only_people_stays_with_its_item():
    text = "Norfolk's money\n\nThe grant pays for a 20-week group programme, for men who want to change, in Norwich.\n"
    got = _components_on(text, 3)
    assert got["group_programme"][0] == 20
