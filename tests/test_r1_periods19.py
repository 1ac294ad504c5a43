"""Periods of the nineteenth round's wordings, in invented texts (README "period_start / period_end", "Yearly rates",
"Money added to a grant", "Period of a national fund"): a year and "the one after it", a fixed-width table whose year
headings stand over the figures with nothing over the labels, per-year pieces regrouped under another whole, a
figure counted "over the two years" beside another's single year, a rate "for both years", and pieces paid "in the
financial year 2025 to 2026"."""

from __future__ import annotations

import pytest

from funding.parse.releases.periods import find_periods
from release_probe import award_errors


@pytest.mark.parametrize("text, want", [
    ("new money for the financial year 2026 to 2027 and the one after it, the office said", ("2026-27", "2027-28")),
    ("paid for 2025-26 and the following year", ("2025-26", "2026-27")),
    ("in 2024/25 plus the next two years", ("2024-25", "2026-27")),
    ("for 2027-28 and the year after that", ("2027-28", "2028-29")),
    ("for 2025-26 and the two years that follow", ("2025-26", "2027-28")),
])
def test_a_year_and_the_years_after_it_are_one_span(text, want):
    assert [p[2:] for p in find_periods(text)[0]] == [want]


def test_the_year_after_an_event_is_no_year_of_the_span():
    # "the year after the election" counts from something else, not from the year just named
    assert [p[2:] for p in find_periods("for 2025-26 and the year after the election")[0]] == [("2025-26", "2025-26")]


def test_a_year_and_the_one_after_it_dates_the_grant_its_split_and_a_fund_over_the_same_two_years():
    text = (
        "The Ministry has agreed funding for Dyfed-Powys in the financial year 2027 to 2028 and the one after it.\n"
        "The grant is £500,000, split £240,000 for the first year and £260,000 for the second.\n"
        "The commissioner adds £80,000 of her own budget to the grant, £40,000 in each of those two years.\n"
        "It comes from a £30 million national pot the Home Office is spending over the same two years.\n"
    )
    assert award_errors(text, {
        (2, 500000): dict(role="grant", start="2027-28", end="2028-29"),
        (2, 240000): dict(role="part", part=2, start="2027-28", end="2027-28"),
        (2, 260000): dict(role="part", part=2, start="2028-29", end="2028-29"),
        (3, 80000): dict(role="match_funding", start="2027-28", end="2028-29"),
        (3, 40000, "2028-29"): dict(role="part", part=3, end="2028-29"),
        (4, 30000000): dict(role="context", start="2027-28", end="2028-29"),
    }) == []


def test_a_fixed_width_tables_year_headings_over_the_figures_only_head_every_year_column():
    # the heading row is indented over the figures, with no heading over the row labels, under a "(£k)" caption:
    # its first year is the first figure column's, not the labels'
    text = (
        "Lancashire has £1,000,000 in all for the two financial years 2026/27 and 2027/28.\n"
        "\n"
        "Funding by source (£k)\n"
        "                                  26/27      27/28      Total\n"
        "Home Office grant                  400.0      420.0      820.0\n"
        "Commissioner's budget               90.0       90.0      180.0\n"
        "TOTAL                              490.0      510.0    1,000.0\n"
    )
    assert award_errors(text, {
        (5, 400000): dict(role="part", funder="Home Office", part=5, start="2026-27", end="2026-27"),
        (5, 420000): dict(role="part", funder="Home Office", part=5, start="2027-28", end="2027-28"),
        (6, 90000, "2026-27"): dict(role="part", funder="PCC", part=6, end="2026-27"),
        (6, 90000, "2027-28"): dict(role="part", funder="PCC", part=6, end="2027-28"),
        (7, 490000): dict(role="total", start="2026-27", end="2026-27"),
    }) == []


def test_pieces_with_their_own_years_keep_them_when_moved_to_the_grant_they_sum_to():
    # the pieces first meet the two-year total across funders, which they do not sum to, and belong to the grant
    text = (
        "Cumbria Council accepts £300,000 of Home Office grant from the commissioner for the period from 1 April 2026 "
        "for two years.\n"
        "\n"
        "Altogether this means £350,000 for the work across the two years.\n"
        "\n"
        "Our share is profiled as £140,000 in 2026-27 and £160,000 in 2027-28.\n"
    )
    assert award_errors(text, {
        (5, 140000): dict(role="part", part=1, start="2026-27", end="2026-27"),
        (5, 160000): dict(role="part", part=1, start="2027-28", end="2027-28"),
    }) == []


@pytest.mark.parametrize("tail", ["over the two years", "across the two years", "over the same two years"])
def test_a_figure_counting_its_own_years_does_not_take_another_figures_single_year(tail):
    text = (
        "Kent's award over 2025-27 is £600,000 from the Home Office.\n"
        f"The revised figure for 2026/27 is therefore £320,000, and £610,000 {tail}.\n"
    )
    assert award_errors(text, {
        (2, 320000): dict(start="2026-27", end="2026-27"),
        (2, 610000): dict(start="2025-26", end="2026-27"),
    }) == []


@pytest.mark.parametrize("words", ["for both years", "in both years", "over both of those years"])
def test_a_rate_added_for_both_years_is_one_fact_a_year_of_the_span_before(words):
    text = (
        "From April 2025 to March 2027 the work in Suffolk is paid for by a Home Office grant of £400,000.\n"
        f"The commissioner has added £30,000 a year from her own budget to that grant {words}.\n"
    )
    assert award_errors(text, {
        (2, 30000, "2025-26"): dict(role="match_funding", funder="PCC", end="2025-26"),
        (2, 30000, "2026-27"): dict(role="match_funding", funder="PCC", end="2026-27"),
    }) == []


def test_pieces_paid_in_financial_years_written_in_words_are_each_a_year_of_the_sum():
    text = (
        "Essex will have £500,000 over two years, from April 2025 to March 2027, for this work.\n"
        "\n"
        "The commissioner's £100,000 is added to the grant, paid as £50,000 in the financial year 2025 to 2026 and "
        "£50,000 in the financial year 2026 to 2027.\n"
    )
    assert award_errors(text, {
        (3, 100000): dict(start="2025-26", end="2026-27"),
        (3, 50000, "2025-26"): dict(role="part", part=3, end="2025-26"),
        (3, 50000, "2026-27"): dict(role="part", part=3, end="2026-27"),
    }) == []


@pytest.mark.parametrize("text, want", [
    ("Durham has £20,000 for 2025-26 and a further £30,000 in the year after that.\n",
     {(1, 20000): ("2025-26", "2025-26"), (1, 30000): ("2026-27", "2026-27")}),
    ("Durham gets £90,000 in 2026/27 and £95,000 the following year from the Home Office.\n",
     {(1, 90000): ("2026-27", "2026-27"), (1, 95000): ("2027-28", "2027-28")}),
    ("Durham gets £90,000 from the Home Office in 2026/27; the following year it will get £95,000.\n",
     {(1, 90000): ("2026-27", "2026-27"), (1, 95000): ("2027-28", "2027-28")}),
    ("In 2025-26 Durham's grant was £80,000, and in the following year it rose to £85,000.\n",
     {(1, 80000): ("2025-26", "2025-26"), (1, 85000): ("2026-27", "2026-27")}),
])
def test_a_figure_said_to_be_for_the_year_after_the_one_before_takes_the_next_year(text, want):
    assert award_errors(text, {k: dict(start=a, end=b) for k, (a, b) in want.items()}) == []


def test_over_the_same_period_before_any_dated_figure_is_the_span_a_lead_sentence_gave():
    text = (
        "Money for perpetrator work in Devon has been agreed for April 2026 to March 2028, the commissioner said.\n"
        "The Home Office grant is £500,000.\n"
        "The commissioner adds £60,000 from her own budget over the same period.\n"
    )
    assert award_errors(text, {
        (2, 500000): dict(role="grant", start="2026-27", end="2027-28"),
        (3, 60000): dict(role="match_funding", funder="PCC", start="2026-27", end="2027-28"),
    }) == []


def test_a_yearly_figure_after_a_share_over_two_years_is_one_year_of_that_share_each_year():
    text = (
        "Norfolk has been awarded £600,000 by the Home Office for 2025-26 and 2026-27.\n"
        "Norwich's share is £220,000 over the two years, paid as £110,000 in each year.\n"
    )
    assert award_errors(text, {
        (2, 220000): dict(role="part", part=1, start="2025-26", end="2026-27"),
        (2, 110000, "2025-26"): dict(role="part", part=2, end="2025-26"),
        (2, 110000, "2026-27"): dict(role="part", part=2, end="2026-27"),
    }) == []


def test_the_piece_of_a_two_year_sum_left_when_the_other_has_a_year_is_the_other_year():
    text = (
        "Last year the Home Office awarded Cumbria £400,000 for the two years from April 2025.\n"
        "\n"
        "So far £180,000 of that money has been spent, and the remaining £220,000 is set aside for 2026/27.\n"
    )
    assert award_errors(text, {
        (1, 400000): dict(role="grant", start="2025-26", end="2026-27"),
        (3, 180000): dict(role="part", part=1, start="2025-26", end="2025-26"),
        (3, 220000): dict(role="part", part=1, start="2026-27", end="2026-27"),
    }) == []
