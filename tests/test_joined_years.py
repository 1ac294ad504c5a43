"""Consecutive years joined as one span whatever their notation, the year's noun said again or not (the one period
reader, funding.parse.releases.periods)."""

from __future__ import annotations

import pytest

from funding.parse.releases.periods import find_periods


@pytest.mark.parametrize("text, want", [
    ("for the financial year 2027 to 2028 and the financial year 2028 to 2029", ("2027-28", "2028-29")),
    ("for 2025/26 and the year 2026/27", ("2025-26", "2026-27")),
    ("in financial year 2024-25, and financial year 2025-26", ("2024-25", "2025-26")),
    ("for 2027-28 and 2028-29", ("2027-28", "2028-29")),
])
def test_consecutive_years_are_one_span(text, want):
    spans, bad = find_periods(text)
    assert [(s[2], s[3]) for s in spans] == [want] and bad == []


def test_years_apart_stay_two():
    spans, _ = find_periods("for the financial year 2024 to 2025 and the financial year 2026 to 2027")
    assert [(s[2], s[3]) for s in spans] == [("2024-25", "2024-25"), ("2026-27", "2026-27")]
