"""A sentence that opens by counting in other payers' money ("Counting the council's and the commissioner's money,
Stepping Back will have £576,250", "Counting the council's money, the course will have £320,000", "Once the
commissioner's contribution is counted, …", "With both contributions counted, …") states a `total` across funders:
its funder is null (README, funder), not the payer the counting phrase names, and the grant and the added money
keep their own roles."""

from release_probe import awards_by_key

PER_YEAR_AND_ONE_OFF = """Leicestershire will receive £300,000 from the Home Office over 2026-28 for a course for men.
Leicester City Council has agreed to add £10,000 a year to the grant.
The commissioner will also add £15,000 from her own budget to the grant in 2026-27.
Counting the council's and the commissioner's money, the course will have £335,000 over the two years.
"""

ONE_PAYER_COUNTED = """Leicestershire will receive £300,000 from the Home Office for 2026-27 for a course for men.
Leicester City Council is adding £20,000 to the grant in 2026-27.
Counting the council's money, the course will have £320,000 in 2026-27.
"""

ONCE_COUNTED = """Cumbria will receive £210,000 from the Home Office for 2026-27 for a course for men.
The commissioner is adding £15,000 from her own budget to the grant.
Once the commissioner's contribution is counted, the service has £225,000 for the year.
"""


def test_counting_two_payers_money_makes_a_total_with_no_funder():
    got = awards_by_key(PER_YEAR_AND_ONE_OFF)
    d = got[(4, 335000)]
    assert (d.funding_role, d.funder, d.part_of_line) == ("total", "", None)
    assert got[(1, 300000)].funding_role == "grant" and got[(1, 300000)].funder == "Home Office"
    assert got[(3, 15000)].funding_role == "match_funding" and got[(3, 15000)].funder == "PCC"


def test_counting_one_payers_money_is_still_a_total_across_funders():
    got = awards_by_key(ONE_PAYER_COUNTED)
    assert (got[(3, 320000)].funding_role, got[(3, 320000)].funder) == ("total", "")
    assert got[(2, 20000)].funder == "local authority"
    got = awards_by_key(ONCE_COUNTED)
    assert (got[(3, 225000)].funding_role, got[(3, 225000)].funder) == ("total", "")
