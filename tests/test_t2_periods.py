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


# --- round B: written after the grammar, run once (13 of 14 right at first sight; the fourteenth, a start and an end
# each brought in by its own verb, is now read) -----------------------------------------------------------------------

ROUND_B = {
    "govuk_year_column_headings": (
        "Schedule 1: payments\n\n| Payment | 2025 to 2026 | 2026 to 2027 |\n|---|---|---|\n"
        "| Home Office grant to Wiltshire | £150,000 | £160,000 |\n",
        {(5, 150000): _years("2025-26"), (5, 160000): _years("2026-27")}),
    "twelve_months_from_an_ordinal_day": (
        "Leicestershire's commissioner has been handed £275,000 by the Home Office, covering the twelve months from "
        "1st October 2025.\n",
        {(1, 275000): _years("2025-26", "2026-27")}),
    "single_digit_day_and_month_dates": (
        "I am pleased to confirm a Home Office grant of £330,000 to Northamptonshire for the period 1/4/2025 – "
        "31/3/2027.\n",
        {(1, 330000): _years("2025-26", "2026-27")}),
    "fund_between_two_months_then_a_share": (
        "Between April 2026 and March 2028 the Home Office will spend £45m nationally on work with abusers.\n\n"
        "Kent's share is £800,000.\n",
        {(1, 45000000): {**_years("2026-27", "2027-28"), "role": "context"}, (3, 800000): _years("2026-27", "2027-28")}),
    "rate_in_both_named_years": (
        "Hertfordshire will get £120,000 a year from the Home Office in both 2025/26 and 2026/27.\n",
        {(1, 120000, "2025-26"): _years("2025-26"), (1, 120000, "2026-27"): _years("2026-27")}),
    "added_money_with_its_own_fy_year": (
        "Surrey has been awarded £500,000 by the Home Office for April 2025 to March 2027.\n\n"
        "The commissioner has added £35,000 of her own money to the grant during FY 2025/26.\n",
        {(1, 500000): _years("2025-26", "2026-27"), (3, 35000): {**_years("2025-26"), "role": "match_funding"}}),
    "correction_naming_a_two_digit_year": (
        "Gloucestershire's Home Office grant is £482,000 over 2025-27, paid in two instalments.\n\n"
        "Correction: we originally gave the 25/26 instalment as £214,000; the right figure is £241,000.\n",
        {(3, 214000): _years("2025-26"), (3, 241000): _years("2025-26")}),
    "national_fund_for_three_financial_years": (
        "The £38m national fund runs for three financial years, starting in April 2025.\n",
        {(1, 38000000): {**_years("2025-26", "2027-28"), "role": "context"}}),
    "short_months_without_days_and_an_en_dash": (
        "West Yorkshire's mayor has £910,000 from the Home Office for Oct 2025 – Sept 2027.\n",
        {(1, 910000): _years("2025-26", "2027-28")}),
    "from_the_start_of_to_the_end_of": (
        "Wiltshire will be given £260,000 by the Home Office from the start of April 2025 to the end of March 2026.\n",
        {(1, 260000): _years("2025-26")}),
    "years_through_years": (
        "Bedfordshire's commissioner has £615,000 from the Home Office for financial years 2025-26 through 2027-28.\n",
        {(1, 615000): _years("2025-26", "2027-28")}),
    "rows_of_years_under_a_total": (
        "Home Office grant to Dyfed-Powys\n\n| Year | Amount |\n|---|---|\n| 2025/26 | £100,000 |\n"
        "| 2026/27 | £110,000 |\n| Total | £210,000 |\n",
        {(5, 100000): _years("2025-26"), (6, 110000): _years("2026-27"), (7, 210000): _years("2025-26", "2026-27")}),
    "months_term_beginning_a_day": (
        "Merseyside has won £720,000 from the Home Office over a 36-month term beginning 1 July 2025.\n",
        {(1, 720000): _years("2025-26", "2028-29")}),
    "started_on_a_day_and_runs_to_a_day": (
        "The Home Office grant of £390,000 to North Yorkshire started on 1 April 2025 and runs to 31 March 2027.\n",
        {(1, 390000): _years("2025-26", "2026-27")}),
}


@pytest.mark.parametrize("name", sorted(ROUND_B))
def test_round_b_periods(name):
    text, want = ROUND_B[name]
    assert award_errors(text, want) == []


# --- the grammar itself: notations of each part, and what is not a period -----------------------------------------

@pytest.mark.parametrize("text, span", [
    ("2025‑26", ("2025-26", "2025-26")),  # a non-breaking hyphen
    ("in 2025/6", ("2025-26", "2025-26")),
    ("2025-26/2026-27", ("2025-26", "2026-27")),
    ("FY2025/26-FY2026/27", ("2025-26", "2026-27")),
    ("from 2025-04-01 to 2027-03-31", ("2025-26", "2026-27")),
    ("April 1, 2025 to March 31, 2027", ("2025-26", "2026-27")),
    ("from April 2025 through to March 2027", ("2025-26", "2026-27")),
    ("from April 2025 to end March 2027", ("2025-26", "2026-27")),
    ("in the period Apr-25 to Mar-26", ("2025-26", "2025-26")),
    ("for 3 yrs from Apr 2025", ("2025-26", "2027-28")),
    ("18 mths from 1 Oct 2025", ("2025-26", "2026-27")),
    ("for the three years from 2024-25", ("2024-25", "2026-27")),
    ("over the two years to 2026/27", ("2025-26", "2026-27")),
    ("began in October 2024 and will end in September 2026", ("2024-25", "2026-27")),
    ("commencing 1 April 2025, ending 31 March 2027", ("2025-26", "2026-27")),
])
def test_period_notations(text, span):
    assert [p[2:] for p in find_periods(text)[0]] == [span]


@pytest.mark.parametrize("text", [
    "Lead bodies bid in October and November 2024.",  # two months, not a span
    "men aged 16-24",  # an age range
    "Decision PCC/2025/6",  # a reference number
    "Decision 2025/3",
    "Posted on 2025-06-12",  # one date
    "£9,000 a year to March 2027",  # a rate until a month: no year of its own
    "Two years ago, from April 2023, the council began funding it.",  # a time, not a length
    "Ofsted rated it good on 12.03.2024 and 14.05.2025.",  # two dates joined by "and", not "between … and"
    "The pilot ran from January 2024, with results to March 2025 published later.",  # a bare "to" far from its start
    "Of the men referred, 14 completed 11/12 sessions.",  # a score, not 2011-12
])
def test_not_periods(text):
    assert find_periods(text) == ([], [])


# --- the year a figure's words point back to, and a payment dated before its figure (fixed after round B) ---------

def test_the_year_names_the_year_the_sentence_before_gave():
    text = ("2. Summary\n\nThe cost of the perpetrator service in 2025/26 is £410,000. The Home Office grant for the "
            "year is £350,000.\n")
    assert award_errors(text, {(3, 350000): _years("2025-26")}) == []


def test_that_year_after_a_sentence_naming_a_later_year():
    text = ("Bedfordshire's grant is £240,000 for 2025-26.\n\n"
            "We have been told to expect less money for 2026-27. The Home Office will pay £190,000 in that year.\n")
    assert award_errors(text, {(1, 240000): _years("2025-26"), (3, 190000): _years("2026-27")}) == []


def test_this_year_still_names_no_year():
    text = ("Bedfordshire's grant is £240,000 for 2025-26.\n\n"
            "The commissioner is also spending £15,000 of her own budget on a helpline this year.\n")
    assert award_errors(text, {(3, 15000): {"start": None, "end": None}}) == []


def test_corrected_payment_dated_before_its_figure():
    text = ("Payments to providers, quarter 3\n\n"
            "Correction: an earlier version listed the payment on 14/11/2024 to the group provider as £21,730. "
            "The correct amount is £21,370.\n")
    assert award_errors(text, {(3, 21730): _years("2024-25"), (3, 21370): _years("2024-25")}) == []


def test_end_said_before_the_start():
    text = "Lincolnshire's Home Office grant of £333,000 runs until 31 March 2027 from 1 April 2025.\n"
    assert award_errors(text, {(1, 333000): _years("2025-26", "2026-27")}) == []
