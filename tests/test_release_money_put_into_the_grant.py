"""Money a council, the commissioner or partners put, pay or invest into a grant ("each putting £20,000 a year into
the grant", "pays £12,000 into the Home Office grant") is added to it: `match_funding` with the funder that pays it
(README, "Money added to a grant" and "Council money"), with the period only its own clause gives, and the council a
`match_funder`, not a funder."""

from release_probe import awards_by_key, read

EACH_A_YEAR = """Avon and Somerset has been awarded £371,600 by the Home Office for 2026/27.

Bristol City Council and Somerset Council are each putting £20,000 a year into the grant so that evening groups can carry on.
"""

PAYS_INTO = """West Mercia has been given £250,000 by the Home Office for 2026/27.
Herefordshire Council pays £12,000 into the Home Office grant to run groups in Hereford.
"""

OWN_BUDGET_INTO = """Lancashire will receive £300,000 from the Home Office for 2026/27.
The commissioner is also putting £30,000 of her own budget into the award to pay for a helpline.
"""


def test_council_money_put_into_the_grant_is_match_funding_without_the_grants_year():
    got = awards_by_key(EACH_A_YEAR)
    d = got[(3, 20000)]
    assert (d.funding_role, d.funder) == ("match_funding", "local authority")
    assert not d.period_start and not d.period_end
    assert got[(1, 371600)].funding_role == "grant"
    roles = {(o.organisation, o.role) for o in read(EACH_A_YEAR).organisations if o.source_line == 3}
    assert ("Bristol City Council", "match_funder") in roles and ("Bristol City Council", "funder") not in roles


def test_paid_into_the_home_office_grant_and_own_budget_into_the_award():
    got = awards_by_key(PAYS_INTO)
    assert (got[(2, 12000)].funding_role, got[(2, 12000)].funder) == ("match_funding", "local authority")
    got = awards_by_key(OWN_BUDGET_INTO)
    assert (got[(2, 30000)].funding_role, got[(2, 30000)].funder) == ("match_funding", "PCC")
