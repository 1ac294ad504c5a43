"""Amounts rules tuned on the nineteenth round's tune releases, each checked on invented texts."""

from __future__ import annotations

from release_probe import award_errors, awards

# A round-up's closing total naming no payer, summing the areas' grants of one funder listed before it, is that
# funder's money (README: a total is across funders only when what it sums is several funders').
ROUNDUP_BULLETS = """Three forces have learned what they get from the Ministry of Justice's £12 million pot for 2026-27.

- Kent gets £400,000. Its commissioner adds £50,000 from her own budget.
- Surrey gets £300,000, and the county council adds £20,000.
- Essex gets £200,000.

Between them the three forces will receive £900,000 from the pot.
"""

ROUNDUP_SECTIONS = """## Two areas learn their shares of the Home Office perpetrator fund

Dorset has been given £250,500 for 2025-26. Dorset Council is putting in £30,000 of its own.

Wiltshire will receive £180,250 for the same year.

Taken together, the two counties will get £430,750.
"""


def test_roundup_total_of_one_funders_grants_in_bullets():
    assert award_errors(ROUNDUP_BULLETS, {(7, 900000): {"role": "total", "funder": "Ministry of Justice"}}) == []


def test_roundup_total_of_one_funders_grants_in_sections():
    assert award_errors(ROUNDUP_SECTIONS, {(7, 430750): {"role": "total", "funder": "Home Office"}}) == []


# A year column headed as what was spent ("actual", "expenditure") whose cells add up with the other years to the
# row's total is that year's share of the award: a part that keeps the row's area, not accounts of no area.
ACTUAL_COLUMN_FIXED = """Kent commissioner decision: the 2025-27 perpetrator grant, revised.

REVISED FUNDING (£)
Source                              2025/26 actual   2026/27 revised     2025-27
Home Office grant                         £200,000          £300,000    £500,000
Medway Council (match)                           -           £10,000     £10,000
TOTAL                                     £200,000          £310,000    £510,000
"""

ACTUAL_COLUMN_PIPES = """The Surrey commissioner approves the second year of the behaviour change grant.

| Funding line | 2024-25 actual spend | 2025-26 budget | Two-year total |
|---|---|---|---|
| Home Office grant | £120,000 | £140,000 | £260,000 |
"""


def test_actual_year_column_keeps_the_rows_area_in_fixed_width_table():
    assert award_errors(ACTUAL_COLUMN_FIXED, {
        (5, 200000): {"role": "part", "part": 5, "funder": "Home Office", "start": "2025-26", "end": "2025-26"},
    }) == []
    got = [a for a in awards(ACTUAL_COLUMN_FIXED) if a.source_line == 5 and a.amount.pence == 20000000]
    assert got and got[0].pfa_code == "E23000032"


def test_actual_year_column_keeps_the_rows_area_in_pipe_table():
    got = [a for a in awards(ACTUAL_COLUMN_PIPES) if a.source_line == 5 and a.amount.pence == 12000000]
    assert got and got[0].pfa_code == "E23000031" and got[0].funding_role == "part" and got[0].period_start == "2024-25"


# "A Home Office grant of £A and £B from the commissioner": beside the department's own figure, the sum "from the
# commissioner" is the commissioner's own money (README funder PCC: the commissioner's own budget), not the
# department's grant passed on by the commissioner's office.
TWO_SOURCES_NOTE = """The Kent commissioner has renewed the stalking service for two more years.

NOTES
1. Its first two years were paid for with a Home Office grant of £100,000 and £30,000 from the Commissioner.
"""

TWO_SOURCES_PROSE = """Norfolk's course began in 2023. It was funded by a Ministry of Justice award of £60,000 plus £15,000 from the police and crime commissioner.
"""


def test_sum_from_the_commissioner_beside_a_grant_in_a_note():
    assert award_errors(TWO_SOURCES_NOTE, {
        (4, 100000): {"role": "grant", "funder": "Home Office"},
        (4, 30000): {"role": "own_funding", "funder": "PCC"},
    }) == []


def test_sum_from_the_commissioner_beside_a_grant_in_prose():
    assert award_errors(TWO_SOURCES_PROSE, {
        (1, 60000): {"role": "grant", "funder": "Ministry of Justice"},
        (1, 15000): {"role": "own_funding", "funder": "PCC"},
    }) == []


# The same closing total when one area's grant is stated a year at a time: every grant of the funder's before it
# counts, two to an area included.
ROUNDUP_PER_YEAR = """How the region's forces fared in the Home Office round for 2026-28

Devon and Cornwall were given £500,000. The commissioner will top that up with £40,000 of her own.
Avon and Somerset receive £210,000 for 2026-27 and £190,000 for 2027-28.
Gloucestershire's grant is £300,000, and the county council adds £25,000.

In all, the three areas will get £1,200,000 from the round, the paper's tally shows.
"""


def test_roundup_total_of_one_funders_grants_with_a_per_year_area():
    assert award_errors(ROUNDUP_PER_YEAR, {(7, 1200000): {"role": "total", "funder": "Home Office"}}) == []
