"""Yearly rates (corpus README, "Yearly rates"): a rate for each of several years its own clause names or counts is one
fact per year, each with its own year; a rate naming no years is one fact with no period. Invented wordings."""

from __future__ import annotations

import pytest

from release_probe import awards

GRANT = "Kent has been awarded £420,000 by the Home Office for 2025-26 and 2026-27.\n"


@pytest.mark.parametrize("sentence, pounds, years", [
    ("The commissioner will add £35,000 a year from her own budget to the grant in 2025-26 and 2026-27.", 35_000,
     ["2025-26", "2026-27"]),
    ("Medway Council is adding £12,500 in each of 2025/26 and 2026/27 to the grant.", 12_500, ["2025-26", "2026-27"]),
    ("The £22,000 a year the council gives is budgeted for 2025/26 and 2026/27.", 22_000, ["2025-26", "2026-27"]),
])
def test_a_rate_over_named_years_is_one_fact_per_year(sentence, pounds, years):
    got = sorted((a.period_start, a.period_end) for a in awards(GRANT + sentence + "\n")
                 if a.source_line == 2 and a.amount.pence == pounds * 100)
    assert got == [(y, y) for y in years]


@pytest.mark.parametrize("sentence, pounds", [
    ("The council also pays £18,500 a year for a family worker.", 18_500),
    ("A youth worker costs £31,000 per year.", 31_000),
])
def test_a_rate_naming_no_years_is_one_fact_with_no_period(sentence, pounds):
    got = [(a.period_start or None, a.period_end or None) for a in awards(GRANT + sentence + "\n")
           if a.source_line == 2 and a.amount.pence == pounds * 100]
    assert got == [(None, None)]
