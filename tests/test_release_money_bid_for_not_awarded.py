"""Money an area bid for, applied for or asked for, where the text does not say it was awarded ("less than the
£641,900 the office bid for", "Kent applied for £700,000 but was given …", "Essex's bid of £455,000 was cut back"),
is no area's award: a `context` figure with no area (README, funding_role `context`), and no second statement of
the award it differs from. The award itself stays a grant; a bid granted in full is the award."""

from release_probe import awards_by_key, read

TEXT = """Nottinghamshire will receive £486,250 from the Home Office over the next two years, from April 2026.
It is less than the £641,900 the office bid for in November, because one strand was not funded.
Kent applied for £700,000 but was given £520,000 by the Home Office for 2026-27.
Essex's bid of £455,000 was cut back, and the county will get £390,000 from the Home Office for 2026-27.
Surrey asked for £300,000 from the Home Office and was awarded it in full for 2026-27.
"""


def test_sums_bid_for_are_context_and_the_awards_stay_grants():
    got = awards_by_key(TEXT)
    for key in ((2, 641900), (3, 700000), (4, 455000)):
        assert got[key].funding_role == "context", key
        assert not got[key].pfa_code, key
    assert got[(2, 641900)].funder in ("", None)
    assert (got[(1, 486250)].funding_role, got[(1, 486250)].pfa_code) == ("grant", "E23000019")
    assert (got[(3, 520000)].funding_role, got[(3, 520000)].pfa_code) == ("grant", "E23000032")
    assert (got[(4, 390000)].funding_role, got[(4, 390000)].pfa_code) == ("grant", "E23000028")


def test_a_bid_granted_in_full_is_the_award():
    got = awards_by_key(TEXT)
    assert (got[(5, 300000)].funding_role, got[(5, 300000)].pfa_code) == ("grant", "E23000031")


def test_a_sum_bid_for_is_no_differing_statement_of_the_award():
    rel = read(TEXT)
    assert not [c for c in rel.conflicts if c.kind == "amounts_differ"]
