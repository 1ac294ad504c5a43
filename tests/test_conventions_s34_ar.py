"""Rules of the thirty-fourth session's tuning on a press office's lines to take, a provider's annual-review tribute,
a police and crime panel's agenda page as served HTML and a housing association's board paper. Every case is an
invented sentence; the near misses are sentences the rule must leave as it was."""

import pytest

from release_probe import award_errors, awards_by_key, read


# --- An HTML paragraph written one sentence to a source line keeps each sentence on the line it is written on
# (README: `line` is the physical line of the file, HTML counted as written) -------------------------------------------

_AGENDA = (
    "<html><head><title>Agenda</title></head><body><main>\n"
    "<h2>Items</h2>\n"
    "<ol>\n"
    "<li><h3>5. Perpetrator funding</h3>\n"
    "<p>The Home Office has awarded Norfolk £612,000 for 2026-27 and 2027-28 for work with abusers.\n"
    "The grant is paid as £300,000 in 2026-27 and £312,000 in 2027-28.\n"
    "{fourth}</p></li>\n"
    "</ol>\n"
    "</main></body></html>\n"
)


def test_each_sentence_of_an_html_paragraph_keeps_its_own_source_line():
    text = _AGENDA.format(fourth="The county council is adding £40,000 to the grant in 2026-27.")
    got = awards_by_key(text, "invented.html")
    assert {(5, 612000), (6, 300000), (6, 312000), (7, 40000)} <= set(got), sorted(got)
    assert got[(6, 300000)].funding_role == "part" and got[(6, 300000)].part_of_line == 5
    assert got[(7, 40000)].funding_role == "match_funding" and got[(7, 40000)].funder == "local authority"


def test_a_sentence_wrapped_mid_way_in_html_stays_on_the_line_it_starts_on():
    text = _AGENDA.format(fourth="").replace("for work with abusers.\n", "for work\nwith abusers.\n")
    got = awards_by_key(text, "invented.html")
    assert (5, 612000) in got and (6, 612000) not in got, sorted(got)
    assert (7, 300000) in got, sorted(got)


# --- What a rise in the precept would raise is council tax, not perpetrator money (README: money for other things is
# not a fact) -----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, kept", [
    ("The Commissioner proposes a Band D rise of £12 a year, which would raise about £3.4 million.", False),
    ("The precept increase raises £1.2m for neighbourhood policing.", False),
    # (near miss: a figure the sentence does not say the rise raises stays)
    ("The precept pays £45,000 towards the course for men.", True),
])
def test_a_precept_rises_yield_is_no_award(sentence, kept):
    text = "The Home Office has awarded Norfolk £500,000 for 2026-27.\n" + sentence + "\n"
    got = {k: v for k, v in awards_by_key(text).items() if k[0] == 2}
    assert bool(got) == kept, got


# --- A newsletter named as the account a figure comes from ("the commissioner's newsletter gave the grant as £X") is a
# sentence of the text, not a newsletter sign-up prompt (README, "Figures quoted in questions") -------------------------

def test_a_figure_a_newsletter_is_said_to_give_is_read():
    text = ("The Home Office has awarded Norfolk £612,000 for 2026-27 and 2027-28.\n"
            "A councillor asks why the Commissioner's spring newsletter gave Norfolk's perpetrator money as "
            "£621,000 when the report gives £612,000.\n")
    got = awards_by_key(text)
    assert (2, 621000) in got and (2, 612000) in got, sorted(got)
    assert got[(2, 621000)].funding_role == "grant" and got[(2, 621000)].funder == "Home Office"
    assert not got[(2, 621000)].period_start


def test_a_newsletter_sign_up_prompt_is_still_furniture():
    text = ("The Home Office has awarded Norfolk £612,000 for 2026-27.\n"
            "Get our newsletter for news of grants like the £612,000 above.\n")
    assert (2, 612000) not in awards_by_key(text)


# --- Pounds given only over a table's row labels ("| Source of money (£) | 2026-27 | 2027-28 | Total |") are the whole
# table's unit, as "(£000)" there is --------------------------------------------------------------------------------------

_POUNDS_TABLE = (
    "# Board paper\n"
    "\n"
    "| Source of money {unit} | 2026-27 | 2027-28 | Total |\n"
    "|---|---:|---:|---:|\n"
    "| Home Office grant | 30,000 | 30,000 | 60,000 |\n"
    "| Harrow Vale Council | 10,000 | 10,000 | 20,000 |\n"
    "| **Total** | **40,000** | **40,000** | **80,000** |\n"
)


def test_pounds_over_the_row_labels_read_every_figure_column():
    errors = award_errors(_POUNDS_TABLE.format(unit="(£)"), {
        (5, 30000, "2026-27"): dict(role="part", funder="Home Office", part=5, start="2026-27", end="2026-27"),
        (5, 60000): dict(role="part", funder="Home Office", part=7, start="2026-27", end="2027-28"),
        (6, 20000): dict(role="part", funder="local authority", part=7),
        (7, 80000): dict(role="total", funder=None, start="2026-27", end="2027-28"),
    })
    assert not errors, errors


def test_a_table_with_no_unit_over_its_labels_gives_no_bare_figure():
    got = awards_by_key(_POUNDS_TABLE.format(unit=""))
    assert not any(line >= 5 for line, _ in got), sorted(got)


# --- A per-year split in brackets straight after a figure ("£60,000 over the two years (£30,000 in each year), paid as
# match funding to the grant") is an aside: the words after the bracket are the first figure's own; and the office
# named as holding the grant matched is not the payer of the money added to it -----------------------------------------

_CONTRIBUTION = ("2.1 Members are asked to agree a contribution by Kestrel Homes of £64,000 over 2026-27 and 2027-28 "
                 "(£32,000 in each year), paid as match funding towards the Home Office grant{held}.\n")


@pytest.mark.parametrize("held", ["", " held by the Norfolk Office of the Police and Crime Commissioner"])
def test_a_bracketed_split_leaves_the_match_funding_words_to_the_figure_before_it(held):
    errors = award_errors("# Paper\n\n" + _CONTRIBUTION.format(held=held), {
        (3, 64000): dict(role="match_funding", funder=None, start="2026-27", end="2027-28"),
        (3, 32000, "2026-27"): dict(role="part", funder=None, part=3, start="2026-27", end="2026-27"),
        (3, 32000, "2027-28"): dict(role="part", funder=None, part=3, start="2027-28", end="2027-28"),
    })
    assert not errors, errors


def test_a_bracket_after_other_words_keeps_the_figure_its_own_reading():
    # (near miss: "put £84,000 of the council's own money into the grant as match funding (£42,000 in each …)": the
    # words before the bracket are the figure's own already, and the split stays its parts)
    text = ("The council will accept a grant of £700,000 for 2025-26 and 2026-27 from the commissioner, "
            "and put £84,000 of the council's own money into the grant as match funding (£42,000 in each of the two "
            "years).\n")
    errors = award_errors(text, {
        (1, 84000): dict(role="match_funding", funder="local authority"),
        (1, 42000): dict(role="part", funder="local authority", part=1),
    })
    assert not errors, errors


# --- A landlord's upkeep of its homes (kitchens, bathrooms, boiler replacements) is work unrelated to domestic abuse
# (README: money for other things is not a fact when it stands alone) ---------------------------------------------------

@pytest.mark.parametrize("sentence, kept", [
    ("For comparison, the Board approved £1.2m for kitchen and bathroom replacements in 2026-27.", False),
    ("The Board also approved £300,000 for boiler replacements next year.", False),
    # (near miss: money for the pilot's own flats stays)
    ("The Board approved £30,000 for two flats for men on the perpetrator housing pilot.", True),
])
def test_money_for_a_landlords_repairs_is_no_award(sentence, kept):
    text = "The Home Office has awarded Norfolk £500,000 for 2026-27 for perpetrator work.\n" + sentence + "\n"
    got = {k: v for k, v in awards_by_key(text).items() if k[0] == 2}
    assert bool(got) == kept, got


@pytest.mark.parametrize("sentence", [
    "She also chaired the appeal that raised £18,000 to repair the scout hut.",
    "The trustees gave £12,000 towards the village hall roof last year.",
])
def test_money_for_another_clubs_building_is_no_award(sentence):
    text = "The Home Office has awarded Norfolk £500,000 for 2026-27 for perpetrator work.\n" + sentence + "\n"
    assert not [k for k in awards_by_key(text) if k[0] == 2]


# --- Money added to a grant does not take the years printed in the grant's own noun phrase ("The Home Office grant for
# 2025-26 and 2026-27 was £X, and the commissioner added £Y to it"): README, period_start, money added to a grant has
# the period its own clause gives ----------------------------------------------------------------------------------------

def test_money_added_to_a_grant_takes_no_years_from_the_grants_own_noun_phrase():
    text = ("The Home Office grant for 2025-26 and 2026-27 was £500,000, and the commissioner added £60,000 from her own "
            "budget to it as match funding.\n")
    errors = award_errors(text, {
        (1, 500000): dict(role="grant", funder="Home Office", start="2025-26", end="2026-27"),
        (1, 60000): dict(role="match_funding", funder="PCC", start=None, end=None),
    })
    assert not errors, errors


def test_a_year_fronting_the_sentence_still_dates_the_money_added():
    # (near miss: "In 2025-26, …" dates the whole sentence, the money added too)
    text = ("In 2025-26, the Home Office grant was £500,000 and the commissioner added £60,000 from her own budget to it "
            "as match funding.\n")
    errors = award_errors(text, {(1, 60000): dict(role="match_funding", start="2025-26", end="2025-26")})
    assert not errors, errors


# --- A table's total row restating the sum of the lead-in ending in a colon just above it ("Our work cost £250,000 this
# year, paid for by:") is that sum: it takes the lead-in's year, and its rows, its parts, take it from the total ---------

_REVIEW = (
    "KESTREL CHANGE  |  Annual Review 2024-25\n"
    "\n"
    "Our Home Office award for 2023-24 and 2024-25 came to £380,000.\n"
    "Our perpetrator work cost £250,000 this year, met from three sources:\n"
    "\n"
    "  Home Office (via the OPCC)                 £190,000\n"
    "  Norfolk County Council (family worker)      £40,000\n"
    "  Our own fundraising                         £20,000\n"
    "  Total                                      £250,000\n"
)


def test_a_table_total_restating_its_lead_in_takes_the_lead_ins_year():
    errors = award_errors(_REVIEW, {
        (4, 250000): dict(start="2024-25", end="2024-25"),
        (6, 190000): dict(role="part", funder="Home Office", part=9, start="2024-25", end="2024-25"),
        (7, 40000): dict(role="part", funder="local authority", part=9, start="2024-25", end="2024-25"),
        (9, 250000): dict(role="total", funder=None, start="2024-25", end="2024-25"),
    })
    assert not errors, errors


# --- A brand someone gave a course ("a 20-week course, which she named Harbour Lights") names the programme, also after
# the course is first called by its place ("the Norwich course"); partner support written as "support for the women
# whose partners were on X"; and a second predicate of the sentence's subject ("… and paid for one-to-one work with
# women") gives the brand named before it none of that work's people ----------------------------------------------------

def _components(text):
    return {(c.source_line, c.component): c for c in read(text).components}


def test_a_name_someone_gave_a_course_is_its_brand():
    text = ("KESTREL CHANGE\n\n"
            "In 2014 Sam rebuilt the Great Yarmouth course as a 20-week programme, which she named Harbour Lights.\n"
            "A trust paid for support for the women whose partners were on Harbour Lights.\n"
            "The grant took Harbour Lights across the county and paid for one-to-one work with women.\n")
    got = _components(text)
    assert got[(3, "named_programme")].programme_name == "Harbour Lights"
    assert (got[(3, "named_programme")].duration_value, got[(3, "named_programme")].duration_unit) == (20, "week")
    assert (4, "partner_support") in got and (4, "named_programme") in got, sorted(got)
    assert (5, "named_programme") in got and set(got[(5, "named_programme")].cohorts) == set(), got.get((5, "named_programme"))
    assert set(got[(5, "one_to_one")].cohorts) == {"women"}


# --- A sentence telling the reader not to call a figure match funding ("Do not call the council's £40,000 a year match
# funding: it pays for the family worker in its own right") leaves it the council's grant ------------------------------

@pytest.mark.parametrize("sentence, role", [
    ("- Do not call Norfolk County Council's £40,000 a year match funding: it pays for a family worker in its own right.",
     "grant"),
    # (near miss: said plainly, it is match funding)
    ("- Norfolk County Council's £40,000 a year is match funding: it is added to the grant.", "match_funding"),
])
def test_a_figure_the_text_says_not_to_call_match_funding_is_no_match_funding(sentence, role):
    text = "The Home Office has awarded Norfolk £500,000 for 2026-27 for perpetrator work.\n" + sentence + "\n"
    d = awards_by_key(text)[(2, 40000)]
    assert (d.funding_role, d.funder) == (role, "local authority"), (d.funding_role, d.funder)


# --- A body that provides a worker for each man's partner ("X provides an advocate for every man's ex-partner")
# supports partners: a partner_support fact, and the body a survivor_support_provider ---------------------------------

@pytest.mark.parametrize("sentence, kind, role", [
    ("Fenmoor Women's Aid provides an advocate for every man's ex-partner while he is on the course.",
     "partner_support", "survivor_support_provider"),
    # (near miss: a worker for each man himself supports no partner)
    ("Fenmoor Change provides a case worker for every man while he is on the course.", None, None),
])
def test_a_body_providing_a_worker_for_each_partner_supports_partners(sentence, kind, role):
    rel = read("The Home Office has awarded Norfolk £500,000 for 2026-27 for perpetrator work.\n" + sentence + "\n")
    kinds = {c.component for c in rel.components if c.source_line == 2}
    roles = {o.role for o in rel.organisations if o.source_line == 2}
    assert (kind in kinds) if kind else ("partner_support" not in kinds), kinds
    assert (role in roles) if role else ("survivor_support_provider" not in roles), roles


# --- Match funders named by their contribution ("a contribution by Kestrel Homes of £60,000 …, paid as match funding";
# "Kestrel Homes' £60,000"), a council its clause calls "the Council" after naming it ("X Council's housing team will
# refer men to the pilot, and the Council has put up £18,000 a year … as match funding"), and a pipe table's row
# naming a body the text makes a match funder elsewhere (README, "Match funders in tables") ----------------------------

_BOARD = (
    "# Board paper\n"
    "\n"
    "2.1 Approval is sought for a contribution by Kestrel Homes of £60,000 over 2026-27 and 2027-28, paid as "
    "match funding to the Home Office grant.\n"
    "3.5 Fenland Council's housing team will refer men to the pilot, and the Council has put up £18,000 a year in "
    "2026-27 and 2027-28 as match funding.\n"
    "\n"
    "| Source (£) | 2026-27 | 2027-28 | Total |\n"
    "|---|---:|---:|---:|\n"
    "| Home Office grant | 50,000 | 50,000 | 100,000 |\n"
    "| Kestrel Homes | 30,000 | 30,000 | 60,000 |\n"
    "| Fenland Council | 18,000 | 18,000 | 36,000 |\n"
    "| **Total** | **98,000** | **98,000** | **196,000** |\n"
    "\n"
    "4.2 Kestrel Homes' £60,000 would be met from the Tenant Fund reserve and would not raise rents.\n"
)


def _org_facts(text):
    return {(o.source_line, o.organisation, o.role) for o in read(text).organisations}


def test_match_funders_named_by_their_contribution_by_the_council_and_in_the_table():
    got = _org_facts(_BOARD)
    for fact in [(3, "Kestrel Homes", "match_funder"), (4, "Fenland Council", "match_funder"),
                 (4, "Fenland Council", "referrer"), (9, "Kestrel Homes", "match_funder"),
                 (10, "Fenland Council", "match_funder"), (13, "Kestrel Homes", "match_funder")]:
        assert fact in got, (fact, sorted(got))


def test_a_body_named_beside_money_that_is_no_match_funding_is_no_match_funder():
    # (near miss: the same table with no text calling the body's money match funding)
    text = _BOARD.replace(", paid as match funding to the Home Office grant", "").replace(
        "4.2 Kestrel Homes' £60,000 would be met from the Tenant Fund reserve and would not raise rents.\n", "")
    got = _org_facts(text)
    assert not {f for f in got if f[1] == "Kestrel Homes" and f[2] == "match_funder"}, sorted(got)


# --- A pilot named in apposition for what it offers people ("Safe Harbour, a two-year pilot that offers temporary
# flats to men who …") is a named programme, for those people; a paper's purpose naming it so ("1.1 To seek approval
# to fund Safe Harbour, a pilot that …") gives its brand (no kind: the purpose describes no service), which is then
# the programme again where later lines name it ("£80,000 of it for Safe Harbour") --------------------------------------

@pytest.mark.parametrize("opening", ["The trust will co-fund", "1.1 To seek approval for the trust to co-fund"])
def test_a_pilot_named_in_apposition_is_a_named_programme(opening):
    text = ("# Board paper\n\n"
            f"{opening} Safe Harbour, a two-year pilot that offers temporary flats to men who have harmed a partner.\n"
            "The commissioner has set aside £80,000 of it for Safe Harbour.\n")
    got = _components(text)
    assert got[(3, "named_programme")].programme_name == "Safe Harbour"
    assert set(got[(3, "named_programme")].cohorts) == {"men"} and got[(3, "named_programme")].duration_value is None
    assert (4, "named_programme") in got, sorted(got)


def test_a_purpose_line_naming_no_brand_gives_no_component():
    # (near miss: a purpose describing a course by whom it serves stays no component)
    text = "# Board paper\n\n1.1 To seek approval to fund a pilot that offers temporary flats to men who abuse.\n"
    assert not [k for k in _components(text) if k[0] == 3]


# --- A brand said to "also offer" something ("Keel also offers up to eight one-to-one sessions for any man …") runs
# another service beside its own course: that service's length and people are not the brand's (README, "Named
# programmes": the brand's fact carries what its line states for that programme) -----------------------------------------

@pytest.mark.parametrize("verb, length", [("also offers", None), ("offers", 8)])
def test_what_a_brand_also_offers_is_not_its_own_length(verb, length):
    text = ("Fenmoor Change runs Keel Path, a 26-week group behaviour change course for men.\n"
            f"Keel Path {verb} up to eight one-to-one sessions for any man a group would not suit.\n")
    got = _components(text)
    assert got[(2, "named_programme")].duration_value == length, got[(2, "named_programme")]
    assert got[(2, "one_to_one")].duration_value == 8


# --- A sentence opened by the month its money came in, with a span in years ("In October 2016 the trust gave us £X
# over three years") spans that many years from that month: October 2016 to September 2019, 2016-17 to 2019-20 --------

@pytest.mark.parametrize("sentence, start, end", [
    ("In September 2017 the Kestrel Lottery Trust gave us £120,000 over three years for partner support.",
     "2017-18", "2020-21"),
    ("In April 2018 the Kestrel Lottery Trust gave us £120,000 over two years for partner support.", "2018-19", "2019-20"),
])
def test_a_month_opening_the_sentence_and_a_span_in_years_date_the_money(sentence, start, end):
    text = "KESTREL CHANGE  |  Annual Review 2024-25\n\n" + sentence + "\n"
    errors = award_errors(text, {(3, 120000): dict(start=start, end=end)})
    assert not errors, errors


def test_a_span_in_years_with_no_opening_month_takes_none_from_it():
    # (near miss: the year alone gives no month to count from)
    from funding.parse.releases.periods import start_and_length
    assert start_and_length("In 2017 the trust gave us £120,000 over three years for partner support.") is None
    assert start_and_length("In September 2017 the trust gave us £120,000 over three years.") == ("2017-18", "2020-21")


# --- A row naming grant-makers beside the charity's own fundraising ("Trusts and our own fundraising") sums payers of
# two kinds, one outside the funder vocabulary: no one funder (README, "Partners' money": a trust's money has funder
# null; the charity's own alone has `partners`) --------------------------------------------------------------------------

@pytest.mark.parametrize("label, funder", [("Trusts and our own fundraising", None), ("Our own fundraising", "partners")])
def test_a_row_of_trusts_and_own_fundraising_has_no_one_funder(label, funder):
    text = ("KESTREL CHANGE  |  Annual Review 2024-25\n"
            "\n"
            "Our work cost £100,000 this year, met from three sources:\n"
            "\n"
            "  Home Office (via the OPCC)                 £50,000\n"
            "  Norfolk County Council (family worker)     £20,000\n"
            f"  {label:<40}   £30,000\n"
            "  Total                                     £100,000\n")
    d = awards_by_key(text)[(7, 30000)]
    assert (d.funding_role, d.funder or None) == ("part", funder), (d.funding_role, d.funder)
