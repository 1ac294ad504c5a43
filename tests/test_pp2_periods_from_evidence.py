"""Periods read only from what the text says (README, period_start / period_end: "Null when the release does not give
one (never guessed from the publication date)"; Adjudicated conventions, "This year"). Invented texts."""

from __future__ import annotations

import pytest

from release_probe import award_errors, read


@pytest.mark.parametrize("text,want", [
    # a length in months counted back from its last month: October 2024 to March 2026
    ("Cumbria's commissioner has £318,000 from the Home Office for the 18 months to March 2026.\n",
     {(1, 318000): dict(start="2024-25", end="2025-26")}),
    ("Over eighteen months ending in March 2026, Lancashire will spend £204,500 of Home Office money on the course.\n",
     {(1, 204500): dict(start="2024-25", end="2025-26")}),
    ("The Home Office is funding a six-month pilot until September 2025 in Dorset, worth £48,000.\n",
     {(1, 48000): dict(start="2025-26", end="2025-26")}),
])
def test_a_length_in_months_up_to_a_named_month_is_a_span(text, want):
    assert award_errors(text, want) == []


@pytest.mark.parametrize("text,want", [
    # "next financial year" is counted only from the publication date: no period
    ("Kent's commissioner will put £40,000 of her own budget into the course next financial year.\n",
     {(1, 40000): dict(role="own_funding", start=None, end=None)}),
    ("Essex receives £260,000 from the Home Office over the next two financial years.\n",
     {(1, 260000): dict(role="grant", funder="Home Office", start=None, end=None)}),
    # nor is it lent the release's span
    ("Suffolk has won £410,000 from the Home Office for 2025-26 and 2026-27.\n\n"
     "Separately, Ipswich Borough Council will give £22,000 for the coming financial year.\n",
     {(1, 410000): dict(start="2025-26", end="2026-27"), (3, 22000): dict(start=None, end=None)}),
])
def test_a_year_counted_from_the_publication_date_gives_no_period(text, want):
    assert award_errors(text, want) == []


@pytest.mark.parametrize("text,want", [
    # a piece "for this financial year" in a list under a two-year package keeps no period of its own
    ("A package of £500,000 over 2025-27 pays for the work in Norfolk. It is made up of:\n\n"
     "- £400,000 from the Home Office over the two years;\n"
     "- £100,000 from Norwich City Council for this financial year.\n",
     {(4, 100000): dict(role="part", part=1, start=None, end=None)}),
    ("Derbyshire's perpetrator services have £620,000 in all for 2024-26:\n\n"
     "* £560,000 from the Home Office for 2024-26\n"
     "* £60,000 from the commissioner's own budget this financial year\n",
     {(3, 560000): dict(part=1, start="2024-25", end="2025-26"), (4, 60000): dict(part=1, start=None, end=None)}),
])
def test_a_piece_dated_this_financial_year_takes_no_years_from_its_whole(text, want):
    assert award_errors(text, want) == []


@pytest.mark.parametrize("text,want", [
    # a sum its own clause says comes out of the fund named before takes the fund's period, area named or not
    ("Lincolnshire's commissioner has bid into the Home Office's £30 million perpetrator fund for 2026-28.\n"
     "A neighbouring force is understood to have won about £280,000 from the fund.\n",
     {(2, 280000): dict(start="2026-27", end="2027-28")}),
    ("Ministers have set aside £42m for the two years from April 2025 for perpetrator work nationally.\n\n"
     "Between them, the three northern forces will receive £1,310,000 in all from the round.\n",
     {(3, 1310000): dict(start="2025-26", end="2026-27")}),
    # a fund stated with no period lends none
    ("A national pot of £25m pays for the work.\n"
     "One force that asked not to be named is thought to have secured about £280,000 from the fund.\n",
     {(2, 280000): dict(start=None, end=None)}),
])
def test_money_from_the_fund_named_before_takes_the_funds_period(text, want):
    assert award_errors(text, want) == []


@pytest.mark.parametrize("text,want", [
    # a figure its own clause puts in the nth year of the span its sentence states, with no whole before it
    ("The Home Office award to Hampshire covers 2024-26 and is profiled unevenly, rising to £284,300 in the second year.\n",
     {(1, 284300): dict(role="grant", start="2025-26", end="2025-26")}),
    ("Over 2025-28 the Surrey grant grows each year, reaching £199,000 in the third year.\n",
     {(1, 199000): dict(start="2027-28", end="2027-28")}),
])
def test_a_figure_in_the_nth_year_of_its_sentences_span_has_that_year(text, want):
    assert award_errors(text, want) == []


@pytest.mark.parametrize("text,want", [
    # "this financial year" is one year: not the two-year span another clause of its sentence gives; the same money
    # restated with its year dates it
    ("Derby has £720,000 in all: £600,000 from the Home Office for 2024-26 and £120,000 from the city council "
     "this financial year.\n\nThe council's £120,000 is a one-off; the money covers 2024-25.\n",
     {(1, 120000): dict(role="part", part=1, start="2024-25", end="2024-25"),
      (1, 600000): dict(start="2024-25", end="2025-26")}),
    # "this financial year" far from its figure, in its clause, with the year stated in a table elsewhere
    ("Kirklees Council will add £45,000 of its own money to the Home Office grant during this financial year.\n\n"
     "| Payer | 2025-26 | 2026-27 |\n|---|---|---|\n| Kirklees Council | £45,000 | £30,000 |\n",
     {(1, 45000): dict(start="2025-26", end="2025-26")}),
])
def test_this_financial_years_money_takes_only_a_year_the_text_gives_it(text, want):
    assert award_errors(text, want) == []


@pytest.mark.parametrize("text,want", [
    # a correction note naming no year: neither figure on its line has a period, whatever the award's years elsewhere
    ("# Kent perpetrator money\n\nKent has £410,000 from the Home Office for 18 months from April 2025.\n\n"
     "A council paper gave the Home Office sum as £401,000; the commissioner's office said the right figure is £410,000.\n\n"
     "Notes\n\n1. The Home Office money is profiled as £200,000 in 2025-26 and £210,000 in 2026-27.\n",
     {(3, 410000): dict(start="2025-26", end="2026-27"),
      (5, 401000): dict(start=None, end=None), (5, 410000): dict(start=None, end=None)}),
])
def test_a_correction_naming_no_year_leaves_both_figures_undated(text, want):
    got = {(a.source_line, a.amount.pence // 100): a for a in read(text, "invented.md").awards}
    for key, fields in want.items():
        assert (got[key].period_start or None, got[key].period_end or None) == (fields["start"], fields["end"]), key
