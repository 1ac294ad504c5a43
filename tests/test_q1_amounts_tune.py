"""Amounts rules tuned on the nineteenth round's tune releases, each checked on invented texts."""

from __future__ import annotations

from release_probe import award_errors

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
