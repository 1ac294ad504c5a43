"""Tuner B, twentieth session: structures read from invented texts (no corpus sentence)."""

from __future__ import annotations

import warnings

import pytest

from funding.parse.releases import extract_release, find_areas


def _awards(text: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return extract_release(text, "probe").awards


def _one(awards, line: int, text: str):
    found = [a for a in awards if a.source_line == line and a.amount.text == text]
    assert len(found) == 1, [(a.source_line, a.amount.text) for a in awards]
    return found[0]


# --- a lead about the money whose years stand on the next, hard-wrapped line -------------------------------------

_WRAPPED_LEAD = [
    ("1.1 To agree how the three payers' money for work with abusive partners is shared across\n"
     "    services for the two financial years 2025-26 and 2026-27.\n", ("2025-26", "2026-27")),
    ("1.1 This paper sets out how the commissioner's money for the perpetrator service is spent across\n"
     "    the years 2024-25 and 2025-26 by each of the providers.\n", ("2024-25", "2025-26")),
    ("Purpose: to record how the grant for the behaviour change course is divided between\n"
     "  its providers over the two years from April 2026.\n", ("2026-27", "2027-28")),
]


@pytest.mark.parametrize("lead,period", _WRAPPED_LEAD)
def test_lead_wrapped_over_two_lines_gives_the_years(lead, period):
    text = ("OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR SUFFOLK\nDecision Record 4/2026\n\n" + lead +
            "1.2 The Home Office confirmed Suffolk's grant of £312,500 in a letter dated 3 March.\n"
            "1.3 In 2023-24 the earlier service took 140 referrals.\n")
    a = _one(_awards(text), 6, "£312,500")
    assert (a.funder, a.funding_role, a.pfa_code) == ("Home Office", "grant", "E23000025")
    assert (a.period_start, a.period_end) == period


# --- a town's name opening a programme's brand ("<Place> Way") places nothing ----------------------------------

@pytest.mark.parametrize("label", ["Fenland Way group programme", "Breckland Way course", "the Wisbech Way programme"])
def test_place_name_before_way_is_no_area(label):
    assert find_areas(label) == []


def test_brand_named_after_another_areas_town_keeps_the_release_area_in_a_payers_table():
    text = ("Decision record of the Police and Crime Commissioner for Suffolk\n\n"
            "The Home Office grant of £200,000 for 2026-27 is divided as follows.\n\n"
            "Service                           Home Office          PCC\n"
            "Fenland Way group programme          £150,000      £20,000\n"
            "Partner support                       £50,000      £10,000\n"
            "TOTAL                                £200,000      £30,000\n")
    awards = _awards(text)
    for line, fig in ((6, "£150,000"), (6, "£20,000"), (7, "£50,000"), (7, "£10,000")):
        a = _one(awards, line, fig)
        assert a.pfa_code == "E23000025" and a.funding_role == "part" and a.part_of_line == 8


# --- "a further £X" after pieces of another whole than the last one ------------------------------------------

_SPLITS = [
    "Of the Home Office grant, £150,000 is paid in 2026-27 and the remaining £100,000 in 2027-28.",
    "The Home Office grant comes as £150,000 in 2026-27 and £100,000 in 2027-28.",
]
_FURTHER = [
    "A further £8,400 has been earmarked for interpreting.",
    "A further £8,400 is set aside for translating the course materials.",
]


@pytest.mark.parametrize("split", _SPLITS)
@pytest.mark.parametrize("further", _FURTHER)
def test_a_further_sum_after_another_wholes_pieces_is_a_sum_of_its_own(split, further):
    text = ("Westshire news\n\n"
            "1. The Home Office has given Norfolk's commissioner a grant of £250,000 for 2026-27 and 2027-28.\n"
            "2. Taken together, the three payers are putting £310,000 into the service.\n"
            f"3. {split}\n"
            f"4. {further}\n")
    awards = _awards(text)
    piece = _one(awards, 5, "£150,000")
    assert (piece.funding_role, piece.part_of_line) == ("part", 3)
    extra = _one(awards, 6, "£8,400")
    assert (extra.funding_role, extra.part_of_line, extra.funder) == ("grant", None, "")
    assert (extra.period_start, extra.period_end) == ("", "")


# --- a per-year split of a prose grant, beside a payers-as-columns table of services ----------------------------

@pytest.mark.parametrize("split", [
    "Of the Home Office grant, £160,000 is paid in 2026-27 and the remaining £140,000 in 2027-28.",
    "The Home Office grant is paid as £160,000 in 2026-27 and £140,000 in 2027-28.",
])
def test_per_year_split_of_the_grant_is_not_a_piece_of_a_service_cell(split):
    text = ("Decision record: Police and Crime Commissioner for Norfolk\n\n"
            "1. The Home Office confirmed Norfolk's grant of £300,000 for 2026-27 and 2027-28.\n\n"
            "Service                     Home Office        PCC\n"
            "Group course                   £170,000    £20,000\n"
            "Partner support                £130,000    £10,000\n"
            "TOTAL                          £300,000    £30,000\n\n"
            f"2. {split}\n")
    awards = _awards(text)
    for fig in ("£160,000", "£140,000"):
        a = _one(awards, 10, fig)
        assert (a.funding_role, a.part_of_line, a.funder) == ("part", 3, "Home Office")


# --- a figure first stated after a lead with its year, beside last year's grant stated later --------------------

@pytest.mark.parametrize("last_year", [
    "The current service, paid for by a 2025-26 grant of £281,000 from the same source, ends in March.",
    "Last year's grant, £281,000 for 2025-26, paid for the pilot.",
])
def test_grant_after_a_lead_takes_its_year_though_last_years_grant_follows(last_year):
    text = ("Kent County Council: cabinet report\n\n"
            "1. The commissioner has offered the council a grant for the 2026-27 financial year.\n"
            "2. The offer is £305,000 from the commissioner's share of the Home Office fund.\n"
            "3. Cabinet is asked to accept the grant of £305,000 described in paragraph 2.\n"
            f"4. {last_year}\n")
    awards = _awards(text)
    first = _one(awards, 4, "£305,000")
    assert (first.funding_role, first.period_start, first.period_end) == ("grant", "2026-27", "2026-27")
    last = _one(awards, 6, "£281,000")
    assert (last.period_start, last.period_end) == ("2025-26", "2025-26")


# --- a quarterly profile with a column for the year -------------------------------------------------------------

@pytest.mark.parametrize("header,row", [
    ("             Q1      Q2      Q3      Q4    Year", "Grant      80.0    80.0    70.0    70.0   300.0"),
    ("          Quarter 1  Quarter 2  Quarter 3  Quarter 4   Annual", "Grant         80.0       80.0       70.0       70.0    300.0"),
    ("| | Apr-Jun | Jul-Sep | Oct-Dec | Jan-Mar | 2026-27 |", "| Grant | 80.0 | 80.0 | 70.0 | 70.0 | 300.0 |"),
])
def test_quarter_cells_are_parts_of_the_rows_year_cell(header, row):
    text = ("Council report\n\n"
            "1. The Home Office grant for the perpetrator service is £300,000 for 2026-27.\n\n"
            "Table 2: payment profile of the grant, 2026-27 (£000)\n"
            f"{header}\n{row}\n")
    awards = [a for a in _awards(text) if a.source_line == 7]
    year = [a for a in awards if a.amount.pence == 30_000_000]
    assert len(year) == 1 and year[0].funding_role == "total" and year[0].part_of_line is None
    quarters = [a for a in awards if a.amount.pence != 30_000_000]
    assert sorted(a.amount.pence for a in quarters) == [7_000_000, 7_000_000, 8_000_000, 8_000_000]
    assert all(a.funding_role == "part" and a.part_of_line == 7 for a in quarters)
    assert all((a.period_start, a.period_end) == ("2026-27", "2026-27") for a in awards)


# --- a capped piece of one year's grant, named by its year ------------------------------------------------------

@pytest.mark.parametrize("piece", [
    "Of the 2026-27 grant, up to £24,000 may go on contract management.",
    "Of the grant for 2026-27, £24,000 is kept for monitoring the contract.",
    "Out of the 2026/27 grant, no more than £24,000 may be spent on managing the contract.",
])
def test_a_piece_of_the_grant_named_by_its_year_is_part_of_that_years_grant(piece):
    text = ("Council report\n\n"
            "1. The commissioner has offered a grant of £318,000 for 2026-27.\n"
            "2. The current contract, paid for by a 2025-26 grant of £296,000, ends in March.\n"
            f"3. {piece}\n")
    a = _one(_awards(text), 5, "£24,000")
    assert (a.funding_role, a.part_of_line) == ("part", 3)
    assert (a.period_start, a.period_end) == ("2026-27", "2026-27")


# --- a variation letter: money of one year of a two-year grant, money carried into a year, a cap "of it" ---------

_VARIATION = ("Office of the Police and Crime Commissioner for Essex\n\n"
              "1. My office's grant agreement with the provider set a Home Office grant of £600,000 for the two years "
              "2025-26 and 2026-27.\n"
              "2. {underspend}\n"
              "3. The 2026-27 figure of £330,000 therefore {includes} the £30,000 brought forward from this year.\n"
              "4. {cap}\n"
              "5. {own}\n")


@pytest.mark.parametrize("underspend,includes,cap,own", [
    ("The return shows that £30,000 of the first year's money will not be spent by March.", "includes",
     "Up to £25,000 of it may be used for an evaluation, as agreed at the September review.",
     "My own contribution of £50,000 a year, paid alongside the grant, is unchanged."),
    ("About £30,000 of the first year's grant is now expected to be unspent.", "included",
     "No more than £25,000 of this may go on evaluation, as agreed at the board.",
     "My own contribution of £50,000, added to the grant, continues."),
])
def test_variation_letter_pieces(underspend, includes, cap, own):
    awards = _awards(_VARIATION.format(underspend=underspend, includes=includes, cap=cap, own=own))
    under = _one(awards, 4, "£30,000")
    assert (under.funding_role, under.part_of_line, under.period_start, under.period_end) == \
        ("part", 3, "2025-26", "2025-26")
    carried = _one(awards, 5, "£30,000")
    assert (carried.funding_role, carried.part_of_line) == ("part", 5)
    cap_ = _one(awards, 6, "£25,000")
    assert (cap_.funding_role, cap_.part_of_line, cap_.period_start, cap_.period_end) == \
        ("part", 5, "2026-27", "2026-27")
    mine = _one(awards, 7, "£50,000")
    assert (mine.funding_role, mine.funder) == ("match_funding", "PCC")


# --- organisations: contract holders by tender wording, support for each partner of a man on a course, a body paid
# --- 'to run' the work with no sum ---------------------------------------------------------------------------

def _orgs(sentence: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        r = extract_release("Kent County Council\n\n" + sentence + "\n", "probe")
    return {(o.organisation, o.role) for o in r.organisations}


@pytest.mark.parametrize("sentence,name", [
    ("Cabinet is asked to approve the award of a contract to Kestrel Bridge Services.", "Kestrel Bridge Services"),
    ("R2 delegate to the Director the award of a contract to Alder Lane Services following the tender;",
     "Alder Lane Services"),
    ("9. Kestrel Bridge Services scored highest in the tender and would run the course.", "Kestrel Bridge Services"),
    ("Alder Lane Services was the preferred bidder and will run the course.", "Alder Lane Services"),
])
def test_contract_holders_by_tender_wording(sentence, name):
    assert (name, "commissioned_service") in _orgs(sentence)


@pytest.mark.parametrize("sentence", [
    "Medway Women's Aid gives each partner of a man on Stour Path a named support worker.",
    "Medway Women's Aid gives each partner of a man on the course a support worker.",
    "Medway Women's Aid offers every partner of a man attending the group specialist support.",
])
def test_support_for_each_partner_of_a_man_on_a_course(sentence):
    assert ("Medway Women's Aid", "survivor_support_provider") in _orgs(sentence)


@pytest.mark.parametrize("sentence,roles", [
    ("1. My office pays Stour Valley Trust to run the group programme.", {"delivery_partner"}),
    ("The council funds Stour Valley Trust to deliver the course.", {"delivery_partner"}),
    ("My office pays Stour Valley Trust £40,000 to run the programme.", {"recipient"}),
    ("£40,000 pays Stour Valley Trust to run the course.", {"recipient"}),
])
def test_a_body_paid_to_run_the_work_is_a_recipient_only_beside_a_sum(sentence, roles):
    assert {r for n, r in _orgs(sentence) if n == "Stour Valley Trust"} == roles


# --- a course named with a word bodies use too, described in apposition ---------------------------------------

def _components(text: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return extract_release(text, "probe").components


@pytest.mark.parametrize("sentence,name,weeks", [
    ("Alder Lane Services would run Harbour Change, a 30-week group course for men.", "Harbour Change", 30),
    ("The contract is for Stour Pathways, a 26-week programme for men.", "Stour Pathways", 26),
    ("Kestrel Trust delivers Tide Change, an evening group course of 24 weeks for men.", "Tide Change", 24),
])
def test_a_name_described_as_a_course_is_a_named_programme(sentence, name, weeks):
    named = [c for c in _components("Kent County Council\n\n" + sentence + "\n") if c.component == "named_programme"]
    assert [(c.programme_name, c.duration_value, c.duration_unit) for c in named] == [(name, weeks, "week")]
    assert "men_only" in named[0].cohorts or "men" in named[0].cohorts


def test_a_providers_legal_name_in_apposition_is_no_course():
    named = [c for c in _components("Kent County Council\n\nKestrel Trust runs Stour Change CIC, a 30-week group course.\n")
             if c.component == "named_programme"]
    assert named == []


# --- a decision's "Recommended by:" field is no furniture; high-harm words belong to the work they name; support for
# --- the children of men on a course is family work ---------------------------------------------------------

@pytest.mark.parametrize("field", ["**Recommended by:** ", "Recommended by: ", "Recommended by:  "])
def test_recommended_by_field_names_its_official(field):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        r = extract_release("West Yorkshire Combined Authority\n\n" + field +
                            "Aled Morrow, Deputy Mayor for Policing and Crime\n", "probe")
    assert [(p.name, p.role) for p in r.people] == [("Aled Morrow", "official")]


def test_recommended_for_you_stays_furniture():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        r = extract_release("Kent County Council\n\nThe grant is £300,000.\nRecommended for you: other news\n", "probe")
    assert (4, "page_furniture") in r.set_aside


@pytest.mark.parametrize("sentence", [
    "Of this, £700,000 pays for the Calder Vale group programme, £250,000 for high-harm case management.",
    "The money covers the Calder Vale group programme and high-risk case management.",
])
def test_high_harm_words_of_case_management_are_not_the_named_courses(sentence):
    comps = _components("West Yorkshire Combined Authority\n\n" + sentence + "\n")
    named = [c for c in comps if c.component == "named_programme"]
    assert [c.programme_name for c in named] == ["Calder Vale"]
    assert not set(named[0].cohorts) & {"high_risk", "high_harm"}
    case = [c for c in comps if c.component == "case_management"]
    assert len(case) == 1 and set(case[0].cohorts) & {"high_risk", "high_harm"}


@pytest.mark.parametrize("sentence", [
    "The council is putting £40,000 into a worker who supports the children of men on the course.",
    "A practitioner works with the children of fathers attending the group.",
    "A support worker helps the children of each man in the programme.",
])
def test_support_for_the_children_of_men_on_a_course_is_whole_family(sentence):
    kinds = {c.component for c in _components("Kent County Council\n\n" + sentence + "\n")}
    assert "whole_family" in kinds
