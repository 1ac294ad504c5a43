"""Money shared, split or divided between a number of police areas, forces or commissioners, the number written in
words ("between nine police areas", "among eleven forces") as well as in digits, is no area's money: a `context`
figure (README, funding_role `context`), with the funder its own clause names; an area's own share in the same
sentence stays that area's grant."""

from release_probe import awards_by_key

TEXT = """Lincolnshire's commissioner has been given £140,000 by the Home Office for 2025/26 for a course for men.
The Home Office said it had shared £3.2 million of in-year money for 2025/26 between nine police areas where courses had waiting lists.
The ministry split £2.4m this winter among eleven forces with long waiting lists.
A pot of £1.5 million has been divided across twelve commissioners for the rest of the year.
"""


def test_money_shared_between_a_number_in_words_of_areas_is_context():
    got = awards_by_key(TEXT)
    assert got[(1, 140000)].funding_role == "grant" and got[(1, 140000)].pfa_code == "E23000020"
    for key in ((2, 3200000), (3, 2400000), (4, 1500000)):
        assert got[key].funding_role == "context", key
        assert not got[key].pfa_code, key
        assert got[key].funding_role != "total"
    assert got[(2, 3200000)].funder == "Home Office"
    assert got[(2, 3200000)].period_start == "2025-26"


def test_an_areas_own_share_beside_the_shared_pot_stays_its_grant():
    got = awards_by_key("Kent has been given £120,000 by the Home Office for 2025/26 from £3.2 million shared "
                        "between nine police areas.\n")
    assert got[(1, 120000)].funding_role == "grant" and got[(1, 120000)].pfa_code == "E23000032"
    assert got[(1, 3200000)].funding_role == "context" and not got[(1, 3200000)].pfa_code
