"""periods.real_date: whether the first point in time of a text is a date that exists, in every order a date is
written (the day before or after the month's name, in digits, ISO)."""

import pytest

from funding.parse.releases.periods import real_date


@pytest.mark.parametrize("text, exists", [
    ("1 October 2025", True),
    ("30 February 2026", False),
    ("April 30, 2025", True),
    ("April 31, 2025", False),  # the day after the month's name is read too
    ("February 30th 2026", False),
    ("May 2026", True),  # no day
    ("01/04/2025", True),
    ("31/13/2025", False),
    ("2025-02-29", False),
    ("Apr-25", True),  # a month and a two-digit year, no day
])
def test_a_date_exists_only_when_its_day_is_in_its_month(text, exists):
    assert real_date(text) is exists
