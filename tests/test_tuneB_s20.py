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
