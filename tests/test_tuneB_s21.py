"""Structures of the twenty-fourth round's tune releases that the reader misread, fixed in the twenty-first session
(tuner B) as general mechanisms: each test states several invented wordings of one structure.

Corpus README: "Figures in thousands or millions", `part`, `total`, "Row totals over years", "Two-way tables".
Every text here is invented.
"""

from __future__ import annotations

import pytest

from release_probe import award_errors


# ------------------------------------------------- a unit printed over the labels heads the figure columns beside it

@pytest.mark.parametrize("label, years, second", [
    ("Funding source (£000)", "2024/25        2025/26", "                                       Actual          Plan"),
    ("Source of funds £'000", "2024-25        2025-26", "                                       Outturn         Budget"),
    ("Income (£k)          ", "FY24/25        FY25/26", ""),
])
def test_unit_over_the_label_column_reads_the_year_columns_in_thousands(label, years, second):
    # the unit stands only over the rows' labels; the year columns beside it print bare figures in that unit, and a
    # year's outturn or actual with no budget column of its own year is that year's money, not budget monitoring
    rows = [f"   {label}                  {years}"]
    if second:
        rows.append(second)
    rows += ["   Home Office grant                        812             845",
             "   Commissioner's budget                    150             175",
             "   TOTAL                                    962           1,020"]
    text = ("Dorset's commissioner funds a perpetrator service from two sources.\n\n" + "\n".join(rows) + "\n")
    first = 5 if second else 4
    y1, y2 = ("2024-25", "2025-26")
    assert award_errors(text, {
        (first, 812000, y1): dict(role="part", part=first + 2, funder="Home Office", start=y1, end=y1),
        (first, 845000, y2): dict(role="part", part=first + 2, funder="Home Office", start=y2, end=y2),
        (first + 1, 150000, y1): dict(role="part", part=first + 2, funder="PCC", start=y1),
        (first + 2, 962000, y1): dict(role="total", start=y1, end=y1),
        (first + 2, 1020000, y2): dict(role="total", start=y2, end=y2),
    }) == []


def test_outturn_beside_a_budget_for_the_same_year_stays_monitoring():
    # "Budget 2025/26" and "Outturn 2025/26" are the same year: the outturn is a figure about the budget, no award
    text = ("Dorset's commissioner funds a perpetrator service.\n\n"
            "   Funding source (£000)          Budget 2025/26     Outturn 2025/26\n"
            "   Home Office grant                        812                 790\n")
    assert award_errors(text, {(4, 812000): dict(role="grant", funder="Home Office", start="2025-26")}) == []
    assert award_errors(text, {(4, 790000): dict(role="context")}) == []


# ------------------------------------------------------ a lead-in naming the rows' payer in a text with several payers

@pytest.mark.parametrize("lead", [
    "The allocations are set out below. All figures are Home Office grant to the commissioners.",
    "All the sums in the table below are Home Office perpetrator funding.",
    "Each row is the Home Office's grant to the area's commissioner, as follows.",
])
def test_lead_in_gives_the_table_its_payer_where_the_text_names_several(lead):
    # the text names two payers (no single release funder to lend); the sentence about the rows names one, and
    # every cell whose row and column name none is that payer's, the TOTAL row's too
    text = ("The minister was asked what the Home Office and the Ministry of Justice give each force in the region.\n\n"
            f"{lead}\n\n"
            "Force            2025-26     2026-27     Total\n"
            "Westshire        £210,000    £220,000    £430,000\n"
            "Eastvale         £150,500    £150,500    £301,000\n"
            "Region           £360,500    £370,500    £731,000\n\n"
            "Separately, the Ministry of Justice gives Eastvale £55,000 for 2025-26 for work with men on probation.\n")
    assert award_errors(text, {
        (6, 210000): dict(role="part", part=6, funder="Home Office", start="2025-26"),
        (6, 430000): dict(role="part", part=8, funder="Home Office"),
        (7, 150500, "2026-27"): dict(role="part", part=7, funder="Home Office"),
        (8, 731000): dict(role="total", funder="Home Office"),
        (10, 55000): dict(role="grant", funder="Ministry of Justice", start="2025-26"),
    }) == []


# ---------------------------------------------- a zero share whose description tells what became of the area's bid

@pytest.mark.parametrize("fate", ["bid turned down", "application rejected", "not funded this round"])
def test_zero_row_saying_what_became_of_the_bid_is_the_areas_share(fate):
    # a table describing what each share pays for: the row saying why an area got nothing is about the round's money,
    # not an unrelated item, and its £0 is that area's Home Office share
    text = ("The Home Office has shared out its perpetrator fund for the two years from April 2026.\n\n"
            "| Force area | Share | What it pays for |\n"
            "|---|---|---|\n"
            "| Cheshire | £402,000 | group course for men |\n"
            f"| Cumbria | £0 | {fate} |\n"
            "| Lancashire | £515,500 | work with stalking perpetrators |\n")
    assert award_errors(text, {
        (5, 402000): dict(role="grant", funder="Home Office", start="2026-27", end="2027-28"),
        (6, 0): dict(role="grant", funder="Home Office", start="2026-27", end="2027-28"),
    }) == []


# ------------------------------------------- a total naming how many of the sums before it it adds, of mixed years

@pytest.mark.parametrize("total", [
    "Added together, the four shares come to roughly £1.4m, about a thirtieth of the national fund.",
    "Summed, the four allocations reach about £1.4m.",
    "In all the four grants are worth about £1.4m.",
])
def test_counted_total_of_shares_of_mixed_years_has_their_payer_and_no_period(total):
    # three two-year shares and one for a single year: the sum of the four is the round's payer's money but covers no
    # one period, so it takes neither the round's years nor the span from first to last
    text = ("The Home Office has shared out £40m for perpetrator work over the two years from April 2026.\n\n"
            "| Force area | Share |\n"
            "|---|---|\n"
            "| Cheshire | £402,000 |\n"
            "| Cumbria | £210,000 in 2026-27 only |\n"
            "| Lancashire | £515,500 |\n"
            "| Merseyside | £272,500 |\n\n"
            "Cheshire's commissioner adds £30,000 of her own budget.\n\n"
            f"{total}\n")
    assert award_errors(text, {
        (6, 210000): dict(role="grant", funder="Home Office", start="2026-27", end="2026-27"),
        (7, 515500): dict(role="grant", funder="Home Office", start="2026-27", end="2027-28"),
        (12, 1400000): dict(role="total", funder="Home Office", start=None, end=None),
    }) == []


def test_counted_total_of_shares_of_one_span_keeps_it():
    text = ("The Home Office has shared out £40m for perpetrator work over the two years from April 2026.\n\n"
            "| Force area | Share |\n"
            "|---|---|\n"
            "| Cheshire | £402,000 |\n"
            "| Lancashire | £515,500 |\n\n"
            "Added together, the two shares come to £917,500.\n")
    assert award_errors(text, {(8, 917500): dict(role="total", funder="Home Office", start="2026-27", end="2027-28")}) == []


# ------------------------------------- "£A in the first year and £B in each of the following two years": a profile

@pytest.mark.parametrize("profile", [
    "It is paid as £215,000 in the first year and £217,500 in each of the following two years.",
    "The grant is paid as £215,000 in 2026-27 and £217,500 for each of the next two years.",
    "Norfolk receives £215,000 in the first year, then £217,500 in each of the remaining two years.",
])
def test_a_yearly_figure_for_each_of_the_following_years_is_one_part_a_year(profile):
    text = ("Norfolk's commissioner has been awarded a Home Office grant of £650,000 over three years from April 2026.\n\n"
            f"{profile}\n")
    assert award_errors(text, {
        (3, 215000): dict(role="part", part=1, start="2026-27", end="2026-27"),
        (3, 217500, "2027-28"): dict(role="part", part=1, funder="Home Office", end="2027-28"),
        (3, 217500, "2028-29"): dict(role="part", part=1, funder="Home Office", end="2028-29"),
    }) == []


@pytest.mark.parametrize("share, profile", [
    ("Cheshire's share is £812,400 and Merseyside's is £647,600.",
     "Merseyside is paying its part as £215,200 in the first year and £216,200 in each of the following two years."),
    ("Cheshire's share is £812,400 and Merseyside's share is £647,600.",
     "Merseyside will pay its share as £215,200 in 2026-27 and £216,200 for each of the next two years."),
])
def test_a_yearly_profile_of_one_areas_share_of_a_joint_award_is_part_of_that_share(share, profile):
    # the profile's figures, counting the repeated year twice, add up to Merseyside's share: they are its pieces, not
    # grants of their own nor pieces of the joint whole
    text = ("The Cheshire and Merseyside commissioners are jointly funding a contract worth £1,460,000 over three years from "
            "April 2026, from their Home Office grants.\n\n"
            f"{share}\n\n{profile}\n")
    assert award_errors(text, {
        (5, 215200): dict(role="part", part=3, start="2026-27", end="2026-27"),
        (5, 216200, "2027-28"): dict(role="part", part=3, end="2027-28"),
        (5, 216200, "2028-29"): dict(role="part", part=3, end="2028-29"),
    }) == []


# --------------------------------- a provider's own fundraising added to a joint award: partners' money, both areas

@pytest.mark.parametrize("added", [
    "On top of the contract, Fenland Change will add £36,000 from its own fundraising towards the partner workers across both counties.",
    "Fenland Change is also putting in £36,000 of its own fund-raising for partner support in both counties.",
    "Alongside the contract, the charity adds £36,000 raised through its own fundraising, for the two counties' partner workers.",
])
def test_own_fundraising_is_partners_money_shared_by_the_joint_awards_areas(added):
    text = ("The Cambridgeshire and Norfolk commissioners are jointly funding a contract worth £900,000 over three years "
            "from April 2026, from their Home Office grants.\n\n"
            f"{added}\n")
    from release_probe import awards
    got = [a for a in awards(text) if a.source_line == 3]
    assert [(a.amount.pence, a.funder, a.funding_role) for a in got] == [(3600000, "partners", "match_funding")]
    assert got[0].pfa_code in ("", None) and set(got[0].shared_by) == {"E23000023", "E23000024"}


# ------------------------------ a subject set off before a person's name in commas still names the figure's area

ROUND = ("The Home Office has shared out £42m for perpetrator work over the two years from April 2026.\n\n"
         "| Force area | Share |\n|---|---|\n| Kent | £802,275 |\n| Essex | £744,150 |\n| Surrey | £455,600 |\n\n")


@pytest.mark.parametrize("sentence, code", [
    ("Kent's commissioner, Daniel Ashworth-Pyne, is adding £60,000 from his own budget, and Essex County Council "
     "has put £48,500 towards the Essex service.", "E23000032"),
    ("Surrey's police and crime commissioner, Lisa Townsend-Hale, gives £30,000 of her own money, and Kent's "
     "£20,000 comes from the council.", "E23000031"),
    ("The commissioner for Essex, Mr Roger Hirst-Vale, pays £30,000 from his own budget, while Kent adds nothing.",
     "E23000028"),
])
def test_area_of_a_subject_before_an_appositive_name(sentence, code):
    from release_probe import awards
    got = [a for a in awards(ROUND + sentence + "\n") if a.source_line == 9]
    assert got[0].pfa_code == code and got[0].funder == "PCC"


# ---------------------------------- a sentence with no figure saying the money after it is added to the grant

@pytest.mark.parametrize("lead", [
    "Two offices also told us about money of their own on top of the Home Office share.",
    "Some areas have topped up their allocations.",
    "Two areas add to their grants from local budgets.",
])
def test_money_after_a_lead_saying_it_is_added_to_the_grant_is_match_funding(lead):
    from release_probe import awards
    text = ROUND + lead + " Surrey's commissioner gives £30,000 of her own money, and Essex County Council has put in £20,000.\n"
    got = {a.amount.pence // 100: a for a in awards(text) if a.source_line == 9}
    assert (got[30000].funding_role, got[30000].funder, got[30000].pfa_code) == ("match_funding", "PCC", "E23000031")
    assert (got[20000].funding_role, got[20000].funder, got[20000].period_start) == ("match_funding", "local authority", "")


def test_money_with_no_such_lead_keeps_its_role():
    from release_probe import awards
    text = ROUND + "Surrey's commissioner gives £30,000 of her own money.\n"
    got = [a for a in awards(text) if a.source_line == 9]
    assert got[0].funding_role == "own_funding"


# --------------------------------------------------- "YEAR is the second year of a two-year award of £X": its span

@pytest.mark.parametrize("sentence, start, end", [
    ("The Home Office grant for 2026/27 is the second year of a two-year award of £1,950,000.", "2025-26", "2026-27"),
    ("This money for 2025-26 is the first year of a three-year grant worth £900,000.", "2025-26", "2027-28"),
    ("Funding for 2027-28 marks the final year of a three-year Home Office settlement of £1,200,000.", "2025-26", "2027-28"),
])
def test_award_whose_nth_year_is_named_spans_its_years(sentence, start, end):
    text = "Cheshire's commissioner funds a perpetrator service with Home Office money.\n\n" + sentence + "\n"
    from release_probe import awards
    got = [a for a in awards(text) if a.source_line == 3]
    assert (got[0].period_start, got[0].period_end) == (start, end)


# ------------------------------- "Of the 2026/27 Home Office figure, £A … and £B …": pieces of that table cell

@pytest.mark.parametrize("uses", [
    "Of the 2026/27 Home Office figure, £228,000 is passed to Brookside Women's Aid for partner support,\n"
    "and £96,500 to Dale Research to evaluate the work.",
    "Out of the 2026/27 Home Office grant, £228,000 goes to Brookside Women's Aid for partner support, and £96,500 to "
    "Dale Research for an evaluation.",
])
def test_uses_of_a_years_payer_cell_are_its_parts(uses):
    text = ("Cheshire's commissioner funds a perpetrator service from several sources.\n\n"
            "   Funding source (£000)                  2025/26        2026/27\n"
            "   Home Office grant                        1,164           1,212\n"
            "   Commissioner's budget                      325             410\n"
            "   TOTAL                                    1,489           1,622\n\n"
            f"{uses}\n")
    last = 9 if "\n" in uses else 8
    assert award_errors(text, {
        (4, 1212000): dict(role="part", part=6, funder="Home Office", start="2026-27"),
        (8, 228000): dict(role="part", part=4, funder="Home Office", start="2026-27", end="2026-27"),
        (last, 96500): dict(role="part", part=4, funder="Home Office", start="2026-27", end="2026-27"),
    }) == []
