"""Round 31 (ad): readings of wordings and structures met in a plan tracker, an evaluation annex, an MP's post and a
membership body's case study.

Every text here is invented for the test (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from release_probe import awards_by_key


# --- spending columns take the one year of the budget columns beside them -------------------------------------------

def _tracker(header: str) -> str:
    return ("Office of the Police and Crime Commissioner for Dorset\n\n"
            f"| Item | Funded by | {header} | Notes |\n|---|---|---:|---:|---|\n"
            "| Group course for men | Home Office | £210,000 | £150,500 | On track |\n"
            "| Partner support | Commissioner's budget | £45,000 | £31,250 | |\n")


@pytest.mark.parametrize("header", [
    "Budget 2025/26 | Spend to date",
    "2026-27 budget | Spent so far",
    "Allocation 2024-25 | Actual to date",
])
def test_spending_cells_keep_the_one_year_of_the_budget_column(header):
    got = awards_by_key(_tracker(header))
    year = [a for (line, pounds), a in got.items() if pounds == 210000][0].period_start
    for pounds in (150500, 31250):
        spend = [a for (line, p), a in got.items() if p == pounds][0]
        assert spend.funding_role == "context"
        assert (spend.period_start, spend.period_end) == (year, year)


@pytest.mark.parametrize("header", [
    "Budget | Spend to date",                  # (no year named in the headings)
    "Budget 2025-27 | Spend to date",          # (a span, not one year)
])
def test_spending_cells_take_no_year_the_headings_do_not_give_as_one(header):
    got = awards_by_key(_tracker(header))
    spend = [a for (line, p), a in got.items() if p == 150500][0]
    assert spend.funding_role == "context"
    assert not spend.period_start and not spend.period_end


def test_spending_cells_beside_two_budget_years_take_neither():
    text = ("Office of the Police and Crime Commissioner for Dorset\n\n"
            "| Item | Budget 2025/26 | Budget 2026/27 | Spend to date |\n|---|---:|---:|---:|\n"
            "| Group course for men | £210,000 | £220,000 | £150,500 |\n")
    spend = [a for (line, p), a in awards_by_key(text).items() if p == 150500][0]
    assert not spend.period_start
