"""A later year's sum stated after one year's grant ("The second year of the two-year grant, £X for 2026/27", "For
2026/27, Suffolk will get £X", "In year two of the award, 2026/27, the figure is £X") is that year's own grant, not a
piece of the single year's figure before it (nor of a council's money for that year); a sum of several years still
has its per-year parts, and a figure for how this year's grant is spent is still its part."""

from release_probe import awards, awards_by_key

SECOND_YEAR_OF = """Norfolk has been awarded £300,000 by the Home Office for 2025/26, the first year of a two-year grant.
Norfolk County Council has put £20,000 of its own money towards a family worker for 2025/26.
The second year of the two-year grant, £290,000 for 2026/27, is unchanged.
"""

WILL_GET_NEXT_YEAR = """Suffolk has been awarded £250,000 by the Home Office for 2025/26 under a two-year grant.
Ipswich Borough Council is adding £15,000 to pay for evening groups in 2025/26.
For the grant's second year, 2026/27, Suffolk will get £240,000.
"""

YEAR_TWO = """Dorset's commissioner was awarded £410,000 by the Home Office for 2025/26, the first of two years.
Bournemouth council has given £12,500 for training in 2025/26.
In year two of the award, 2026/27, the figure is £395,000.
"""


def test_the_second_year_of_the_grant_is_its_own_grant():
    got = awards_by_key(SECOND_YEAR_OF)
    d = got[(3, 290000)]
    assert (d.funding_role, d.funder, d.part_of_line) == ("grant", "Home Office", None)
    assert (d.period_start, d.period_end) == ("2026-27", "2026-27")
    assert got[(2, 20000)].funder == "local authority"


def test_next_years_money_is_not_how_this_years_is_spent():
    got = awards_by_key(WILL_GET_NEXT_YEAR)
    d = got[(3, 240000)]
    assert (d.funding_role, d.part_of_line, d.period_start) == ("grant", None, "2026-27")
    got = awards_by_key(YEAR_TWO)
    assert (got[(3, 395000)].funding_role, got[(3, 395000)].part_of_line) == ("grant", None)


def test_pieces_of_a_sum_of_several_years_and_spending_of_this_years_stay_parts():
    pieces = [a for a in awards("Norfolk has been awarded £600,000 by the Home Office for 2025-27: £300,000 in "
                                "2025/26 and £300,000 in 2026/27.\n") if a.amount.pence == 30000000]
    assert sorted((a.funding_role, a.part_of_line, a.period_start) for a in pieces) == [
        ("part", 1, "2025-26"), ("part", 1, "2026-27")]
    got = awards_by_key("Kent has been given £420,000 by the Home Office for 2025/26.\n"
                        "Of that, £250,000 will pay for a group programme for men.\n")
    assert (got[(2, 250000)].funding_role, got[(2, 250000)].part_of_line) == ("part", 1)
