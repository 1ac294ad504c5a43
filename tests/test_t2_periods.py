"""Periods (period_start / period_end) written in notations and orders the reader had not met: a grammar of year
forms ("2025/26", "25/26", "FY25-26", "2025–2027"), points in time ("1 Apr 2025", "01.04.2025", "April '25"),
connectors and counts of years or months, read in press releases, decision records, letters, round-ups and tables.
Invented texts, read with :mod:`tests.release_probe`; round A was written before the grammar, round B after it,
without looking at what the code matches."""

from __future__ import annotations

import pytest

from funding.parse.releases.periods import find_periods
from tests.release_probe import award_errors


def _years(a: str, b: str | None = None) -> dict:
    return {"start": a, "end": b or a}


# --- round A --------------------------------------------------------------------------------------------------------

ROUND_A = {
    "short_slash_year": (
        "Norfolk will receive £250,000 from the Home Office in 25/26 for its perpetrator programme.\n",
        {(1, 250000): _years("2025-26")}),
    "en_dash_four_digit_span": (
        "Suffolk's Police and Crime Commissioner has been awarded £520,000 by the Home Office for 2025–2027.\n",
        {(1, 520000): _years("2025-26", "2026-27")}),
    "fy_prefix_two_digit_years": (
        "DECISION RECORD 2025/041\n\nThe Commissioner accepts a Home Office grant of £318,400 for FY25/26 to fund a "
        "group course for men.\n",
        {(3, 318400): _years("2025-26")}),
    "financial_year_in_words": (
        "Cumbria has been granted £275,000 by the Home Office for the financial year 2025 to 2026.\n",
        {(1, 275000): _years("2025-26")}),
    "month_span_without_spaces": (
        "Kent has secured £610,000 from the Home Office for April 2025-March 2027 to run a behaviour change programme.\n",
        {(1, 610000): _years("2025-26", "2026-27")}),
    "dotted_dates": (
        "Grant offer letter\n\nDear Commissioner,\n\nThe Home Office offers Durham £198,000 for the period 01.04.2025 "
        "to 31.03.2026.\n",
        {(5, 198000): _years("2025-26")}),
    "short_months_with_days": (
        "Essex will get £340,000 from the Home Office, 1 Apr 2025 – 31 Mar 2027, for one-to-one work.\n",
        {(1, 340000): _years("2025-26", "2026-27")}),
    "start_then_a_period_of_years": (
        "From April 2025, for a period of two years, Lincolnshire will receive £420,000 from the Home Office.\n",
        {(1, 420000): _years("2025-26", "2026-27")}),
    "three_years_four_digit_ends": (
        "Dorset's commissioner has won £690,000 from the Home Office for the three years 2025-2028.\n",
        {(1, 690000): _years("2025-26", "2027-28")}),
    "table_of_two_digit_year_columns": (
        "The grant is paid as below.\n\n| Funder | 25/26 | 26/27 |\n|---|---|---|\n"
        "| Home Office | £210,000 | £190,000 |\n",
        {(5, 210000): _years("2025-26"), (5, 190000): _years("2026-27")}),
    "table_of_fy_columns": (
        "Derbyshire grant profile\n\n| Item | FY2025-26 | FY2026-27 |\n|---|---|---|\n"
        "| Group course | £120,000 | £125,000 |\n",
        {(5, 120000): _years("2025-26"), (5, 125000): _years("2026-27")}),
    "the_year_beginning": (
        "Warwickshire will be paid £205,000 by the Home Office for the year beginning 1 April 2025.\n",
        {(1, 205000): _years("2025-26")}),
    "apostrophe_years": (
        "News: Gwent gets £380,000 from the Home Office for April '25 to March '27 to tackle abusers.\n",
        {(1, 380000): _years("2025-26", "2026-27")}),
    "two_financial_years_listed": (
        "Letter to partners\n\nThe Home Office has confirmed £460,000 for Avon and Somerset across the 2025/26 and "
        "2026/27 financial years.\n",
        {(3, 460000): _years("2025-26", "2026-27")}),
    "two_years_commencing_a_day": (
        "Humberside has been allocated £395,000 by the Home Office for two years, commencing 1st April 2025.\n",
        {(1, 395000): _years("2025-26", "2026-27")}),
    "financial_year_ending_a_numeric_date": (
        "Staffordshire was given £150,000 by the Home Office for the financial year ending 31/03/2026.\n",
        {(1, 150000): _years("2025-26")}),
    "aligned_table_fy_space_columns": (
        "Allocation (£)\n\nArea            FY 2025/26    FY 2026/27\nNorthumbria       £230,000      £240,000\n",
        {(4, 230000): _years("2025-26"), (4, 240000): _years("2026-27")}),
    "round_with_an_en_dash_span_then_shares": (
        "The Home Office is sharing £30m among forces for 2025–2027.\n\n- Cleveland will receive £310,000.\n"
        "- Durham will receive £280,000.\n",
        {(1, 30000000): _years("2025-26", "2026-27"), (3, 310000): _years("2025-26", "2026-27"),
         (4, 280000): _years("2025-26", "2026-27")}),
    "from_a_day_until_a_day": (
        "Cheshire's commissioner has £260,000 from the Home Office from 1 October 2025 until 30 September 2026.\n",
        {(1, 260000): _years("2025-26", "2026-27")}),
    "the_year_to_a_day": (
        "West Mercia received £177,000 from the Home Office in the year to 31 March 2026.\n",
        {(1, 177000): _years("2025-26")}),
}


@pytest.mark.parametrize("name", sorted(ROUND_A))
def test_round_a_periods(name):
    text, want = ROUND_A[name]
    assert award_errors(text, want) == []
