"""A list of sums under a heading of its own, away from the sentence stating the award ("How the money will be
spent" / "Where it goes:" / "The money will pay for:" then bullets or numbered items), whose items add up exactly
to one award stated before it is that award's breakdown: each item a `part` of it (README, funding_role `part`),
with its funder and year. Items that do not add up to any earlier award stay as they were read."""

from release_probe import awards_by_key

UNDER_A_HEADING = """Essex has been given an extra £60,000 by the Home Office for 2025/26 for work with perpetrators.
The money comes on top of the £400,000 already awarded for the year.

How the money will be spent

- £35,000 for two more group courses for men;
- £25,000 for a helpline for people worried about their behaviour.

The groups start in February.
"""

STARRED = """Hertfordshire's commissioner has received £90,000 from the Home Office for 2025/26.
She said it would make a real difference.
Where it goes:
* £50,000 to run a group course for men in Watford
* £40,000 for partner support from a local refuge
"""

NUMBERED = """Gloucestershire has secured £75,000 of Home Office perpetrator funding for 2025/26.
The commissioner welcomed the news.

The money will pay for:
1. £45,000 for one-to-one work with women who use abuse
2. £30,000 for training for 200 professionals
"""


def _parts(got, keys, whole_line):
    for key in keys:
        d = got[key]
        assert (d.funding_role, d.part_of_line, d.funder) == ("part", whole_line, "Home Office"), key
        assert (d.period_start, d.period_end) == ("2025-26", "2025-26"), key


def test_items_under_a_heading_that_sum_to_the_extra_award_are_its_parts():
    got = awards_by_key(UNDER_A_HEADING)
    _parts(got, [(6, 35000), (7, 25000)], 1)
    assert got[(1, 60000)].funding_role == "grant" and got[(2, 400000)].funding_role == "grant"


def test_starred_and_numbered_items_that_sum_to_the_award_are_its_parts():
    _parts(awards_by_key(STARRED), [(4, 50000), (5, 40000)], 1)
    _parts(awards_by_key(NUMBERED), [(5, 45000), (6, 30000)], 1)


def test_items_that_sum_to_no_earlier_award_stay_grants():
    got = awards_by_key(STARRED.replace("£40,000", "£45,000"))
    assert got[(4, 50000)].funding_role == "grant" and got[(4, 50000)].part_of_line is None
    assert got[(5, 45000)].funding_role == "grant"
