"""Tables in local releases read by their structure (the corpus README's 'Two-way tables' ruling and its kin).

Every table here is invented for the test; none is a corpus text."""

from __future__ import annotations

import pytest

from funding.parse.releases import extract_awards, extract_release


def _rows(text: str, published: str = "") -> list[tuple]:
    return sorted((a.source_line, a.amount.pence, a.funding_role, a.part_of_line, a.funder or None,
                   a.period_start or None, a.period_end or None)
                  for a in extract_awards(text, "t", published=published)[0])


def _cells(*c: str) -> str:
    return "| " + " | ".join(c) + " |\n"


# --------------------------------------------------------------------------- funders as rows, years as columns


@pytest.mark.parametrize("total_label", ["**Total**", "TOTAL", "Total funding"])
def test_two_way_table_funders_by_year_cells_rows_and_total_row(total_label):
    """Funders as rows, years as columns, a Total column and a TOTAL row: each year cell is a part of its own row's
    total, each row's total a part of the TOTAL row's total, and the TOTAL row's cells are totals of no one funder."""
    b = (lambda x: f"**{x}**") if total_label.startswith("**") else (lambda x: x)  # noqa: E731
    text = ("Lancashire commissioner: decision record\n\nThe costs are set out below.\n\n"
            + _cells("Source", "2025-26", "2026-27", "Total") + "|---|---|---|---|\n"
            + _cells("Home Office grant", "£120,000", "£110,000", "£230,000")
            + _cells("Blackburn with Darwen Council", "£10,000", "£12,000", "£22,000")
            + _cells(total_label, b("£130,000"), b("£122,000"), b("£252,000")))
    assert _rows(text) == [
        (7, 11_000_000, "part", 7, "Home Office", "2026-27", "2026-27"),
        (7, 12_000_000, "part", 7, "Home Office", "2025-26", "2025-26"),
        (7, 23_000_000, "part", 9, "Home Office", "2025-26", "2026-27"),
        (8, 1_000_000, "part", 8, "local authority", "2025-26", "2025-26"),
        (8, 1_200_000, "part", 8, "local authority", "2026-27", "2026-27"),
        (8, 2_200_000, "part", 9, "local authority", "2025-26", "2026-27"),
        (9, 12_200_000, "total", None, None, "2026-27", "2026-27"),
        (9, 13_000_000, "total", None, None, "2025-26", "2025-26"),
        (9, 25_200_000, "total", None, None, "2025-26", "2026-27"),
    ]


def test_two_way_table_in_aligned_columns_reads_the_same():
    """The same structure printed as fixed-width columns (a council report in plain text)."""
    text = ("Funding profile for Dorset\n\nThe costs are set out below.\n\n"
            "Source                     2024-25      2025-26        Total\n"
            "Home Office grant          £90,000      £95,000     £185,000\n"
            "Commissioner's budget      £20,000      £20,000      £40,000\n"
            "Total                     £110,000     £115,000     £225,000\n")
    got = {(line, pence): (role, part_of) for line, pence, role, part_of, *_ in _rows(text)}
    assert got == {
        (6, 9_000_000): ("part", 6), (6, 9_500_000): ("part", 6), (6, 18_500_000): ("part", 8),
        (7, 2_000_000): ("part", 7), (7, 4_000_000): ("part", 8),
        (8, 11_000_000): ("total", None), (8, 11_500_000): ("total", None), (8, 22_500_000): ("total", None),
    }


def test_two_way_table_in_thousands_spans_every_year_column_even_where_a_row_has_a_dash():
    """A table in £000 with a dash under one year: the row's total still spans the table's years."""
    text = ("Decision notice\n\nFigures are in thousands of pounds.\n\n"
            + _cells("Source", "2024-25 (£000)", "2025-26 (£000)", "2026-27 (£000)", "Total (£000)")
            + "|---|---|---|---|---|\n"
            + _cells("Home Office grant", "100.0", "100.0", "100.0", "300.0")
            + _cells("Neath Port Talbot Council", "5.0", "5.0", "–", "10.0")
            + _cells("**Total**", "**105.0**", "**105.0**", "**100.0**", "**310.0**"))
    got = {(line, pence, role): (part_of, start, end) for line, pence, role, part_of, _f, start, end in _rows(text)}
    assert got[(8, 1_000_000, "part")] == (9, "2024-25", "2026-27")
    assert got[(7, 30_000_000, "part")] == (9, "2024-25", "2026-27")
    assert got[(9, 31_000_000, "total")] == (None, "2024-25", "2026-27")


# --------------------------------------------------------------------------- years as rows, funders as columns


def test_two_way_table_years_by_funder_keeps_the_column_funders_and_nulls_the_row_totals():
    """Years as rows and funders as columns: a cell keeps its column's funder, a row's total is across funders (no
    funder), the TOTAL row's funder cells keep their column's funder, the grand total has none."""
    text = ("Freedom of information response\n\n"
            + _cells("Year", "Home Office", "Commissioner's budget", "Total") + "|---|---|---|---|\n"
            + _cells("2022-23", "£80,000", "£0", "£80,000")
            + _cells("2023-24", "£85,000", "£15,000", "£100,000")
            + _cells("**Total**", "**£165,000**", "**£15,000**", "**£180,000**"))
    got = _rows(text)
    assert [g for g in got if g[0] == 5] == [
        (5, 0, "part", 5, "PCC", "2022-23", "2022-23"),
        (5, 8_000_000, "part", 5, "Home Office", "2022-23", "2022-23"),
        (5, 8_000_000, "part", 7, None, "2022-23", "2022-23"),
    ]
    assert [(g[1], g[2], g[3], g[4]) for g in got if g[0] == 7] == [
        (1_500_000, "total", None, "PCC"), (16_500_000, "total", None, "Home Office"), (18_000_000, "total", None, None)]


def test_two_way_table_of_areas_row_total_of_one_funder_row_is_still_no_funders():
    """Areas as rows, a Home Office and a top-up column, a row total: a row with only a Home Office cell (a dash for
    the top-up) still has a total that its row heading names no funder for."""
    text = ("Regional tracker\n\n"
            + _cells("Area", "Home Office 2024-25", "PCC top-up", "Row total") + "|---|---:|---:|---:|\n"
            + _cells("Kent", "£300,000", "£30,000", "£330,000")
            + _cells("Essex", "£250,000", "£20,000", "£270,000")
            + _cells("Regional evaluation", "£40,000", "–", "£40,000")
            + _cells("**Total**", "**£590,000**", "**£50,000**", "**£640,000**"))
    got = _rows(text)
    assert [g for g in got if g[0] == 7] == [
        (7, 4_000_000, "part", 7, "Home Office", "2024-25", "2024-25"),
        (7, 4_000_000, "part", 8, None, "2024-25", "2024-25"),
    ]
    assert [(g[1], g[4], g[5]) for g in got if g[0] == 8] == [
        (5_000_000, "PCC", "2024-25"), (59_000_000, "Home Office", "2024-25"), (64_000_000, None, "2024-25")]


def test_a_row_that_does_not_add_up_to_its_total_is_kept_as_parts_of_its_own_row():
    """The structure says what is a part of what; figures that do not add up do not change it."""
    text = ("Board decision\n\n"
            + _cells("Funding line", "Kent", "Essex", "Both areas") + "|---|---|---|---|\n"
            + _cells("Home Office grant", "£200,000", "£150,000", "£350,000")
            + _cells("Council contribution", "£10,000", "£20,000", "£35,000")
            + _cells("**Total**", "**£210,000**", "**£170,000**", "**£385,000**"))
    got = {(g[0], g[1]): (g[2], g[3]) for g in _rows(text, published="2024-05")}
    assert got[(5, 20_000_000)] == ("part", 5) and got[(5, 15_000_000)] == ("part", 5)
    assert got[(5, 35_000_000)] == ("part", 7) and got[(6, 1_000_000)] == ("part", 6)
    assert got[(6, 3_500_000)] == ("part", 7)
    assert got[(7, 38_500_000)] == ("total", None)


# --------------------------------------------------------------------------- not two-way


def test_a_table_with_a_total_row_and_no_total_column_keeps_its_cells_as_parts_of_the_total_row():
    text = ("Allocations\n\n" + _cells("Area", "Home Office 2024-25") + "|---|---|\n"
            + _cells("Kent", "£300,000") + _cells("Essex", "£250,000") + _cells("**Total**", "**£550,000**"))
    got = _rows(text)
    assert [(g[0], g[2], g[3]) for g in got] == [(5, "part", 7), (6, "part", 7), (7, "total", None)]


def test_a_bare_comparison_column_beside_priced_cells_is_not_read():
    """A '(£)' column printed bare in rows whose own sums carry '£' is a comparison, not money read."""
    text = ("Tracker\n\n" + _cells("Area", "Home Office 2024-25", "Last year (£)") + "|---|---|---|\n"
            + _cells("Kent", "£300,000", "280,000") + _cells("Essex", "£250,000", "240,000"))
    assert sorted(a.amount.pence for a in extract_awards(text, "t")[0]) == [25_000_000, 30_000_000]


def test_a_bare_column_under_pounds_is_still_read_when_the_row_prints_no_pound_sign():
    text = ("Grants paid\n\n" + _cells("Area", "Amount (£)") + "|---|---|\n"
            + _cells("Kent", "300,000") + _cells("Essex", "250,000"))
    assert sorted(a.amount.pence for a in extract_awards(text, "t")[0]) == [25_000_000, 30_000_000]


def test_a_two_way_table_whose_row_totals_add_up_gives_no_parts_conflict_on_the_total_row():
    text = ("Funding profile\n\n" + _cells("Source", "2024-25", "2025-26", "Total") + "|---|---|---|---|\n"
            + _cells("Home Office grant", "£90,000", "£95,000", "£185,000")
            + _cells("Commissioner's budget", "£20,000", "£20,000", "£40,000")
            + _cells("**Total**", "**£110,000**", "**£115,000**", "**£225,000**"))
    got = [c for c in extract_release(text, "t.md", published="2024-05").conflicts if c.kind == "parts_do_not_sum"]
    assert got == []


# --------------------------------------------------------------------------- context cells keep their row's funder


@pytest.mark.parametrize("funding, funder", [
    ("Home Office grant", "Home Office"),
    ("Ministry of Justice grant", "Ministry of Justice"),
    ("Commissioner's budget", "PCC"),
])
def test_a_monitoring_tables_spend_and_forecast_keep_the_funder_their_row_names(funding, funder):
    """A budget-monitoring row's spend to date and forecast are context (accounts, not an award), but whose money
    they are the row says ('Funder of a context figure'); the TOTAL row's, naming none, have none."""
    text = ("Quarter 2 monitoring report.\n\nThe table shows the position.\n\n"
            + _cells("Budget line", "Funding", "Budget (£)", "Spend to date (£)", "Forecast (£)")
            + "|---|---|---:|---:|---:|\n"
            + _cells("Perpetrator course", funding, "£100,000", "£40,000", "£95,000")
            + _cells("Helpline", "Police and Crime Commissioner's own budget", "£20,000", "£9,000", "£20,000")
            + _cells("**Total**", "", "**£120,000**", "**£49,000**", "**£115,000**"))
    got = {(a.source_line, a.amount.pence): (a.funding_role, a.funder or None)
           for a in extract_awards(text, "t", published="2024-10")[0]}
    assert got[(7, 4_000_000)] == ("context", funder) and got[(7, 9_500_000)] == ("context", funder)
    assert got[(8, 900_000)] == ("context", "PCC")
    assert got[(9, 4_900_000)] == ("context", None)


def test_a_restricted_funds_note_keeps_each_funds_funder_on_its_balances():
    text = ("Movements on each restricted fund in 2023-24 were:\n\n"
            + _cells("Fund", "Funder", "Balance at 1 April 2023", "Income", "Expenditure", "Balance at 31 March 2024")
            + "|---|---|---|---|---|---|\n"
            + _cells("Change course", "Home Office", "£5,000", "£100,000", "£98,000", "£7,000")
            + _cells("Family work", "Bath and North East Somerset Council", "£1,000", "£20,000", "£19,500", "£1,500"))
    got = {(a.source_line, a.amount.pence): (a.funding_role, a.funder or None)
           for a in extract_awards(text, "t", published="2024-09")[0]}
    assert got[(5, 500_000)] == ("context", "Home Office") and got[(5, 700_000)] == ("context", "Home Office")
    assert got[(6, 150_000)] == ("context", "local authority")


# --------------------------------------------------------------------------- who receives: a label column of councils


@pytest.mark.parametrize("label_head", ["District council", "Borough councils", "Council", "Unitary authority"])
def test_a_label_column_of_receiving_councils_under_a_funders_allocation_column_keeps_that_funder(label_head):
    """'| District council | Home Office allocation 2025-26 |': the councils the rows name receive the money; the
    funder is the one the money column names, not the councils."""
    text = ("The allocations below were signed on 3 June.\n\n"
            + _cells(label_head, "Home Office allocation 2025-26", "What it pays for") + "|---|---|---|\n"
            + _cells("Barnsley Council", "£120,000", "group course for men")
            + _cells("Rotherham Council", "£95,000", "one-to-one work"))
    got = [(a.amount.pence, a.funder) for a in extract_awards(text, "t", published="2025-06")[0]]
    assert got == [(12_000_000, "Home Office"), (9_500_000, "Home Office")]


def test_a_label_column_headed_by_a_paying_council_is_still_the_payer():
    text = ("The contributions below were agreed.\n\n"
            + _cells("Funding council", "Contribution 2025-26") + "|---|---|\n"
            + _cells("Barnsley Council", "£20,000") + _cells("Rotherham Council", "£15,000"))
    got = [a.funder for a in extract_awards(text, "t", published="2025-06")[0]]
    assert got == ["local authority", "local authority"]


# --------------------------------------------------------------------------- a row dated by a cell


@pytest.mark.parametrize("first, second", [
    ("October 2025", "February 2026"),
    ("1 October 2025", "15 February 2026"),
    ("1/10/2025", "15/2/2026"),
])
def test_a_payment_schedule_row_takes_the_financial_year_of_its_date(first, second):
    """A schedule of instalments by date: each instalment is for the financial year its date falls in (October
    2025 and February 2026 are both 2025-26; May 2026 is 2026-27), not the whole schedule's span."""
    text = ("The council receives the money over two years from April 2025, in three instalments:\n\n"
            "  Instalment   Due                  Amount\n"
            f"  1            {first:<20} £40,000\n"
            f"  2            {second:<20} £40,000\n"
            "  3            May 2026             £40,000\n"
            "  Total                             £120,000\n")
    got = [(a.source_line, a.funding_role, a.period_start, a.period_end)
           for a in extract_awards(text, "t", published="2025-06")[0] if a.source_line > 1]
    assert got == [(4, "part", "2025-26", "2025-26"), (5, "part", "2025-26", "2025-26"),
                   (6, "part", "2026-27", "2026-27"), (7, "total", "2025-26", "2026-27")]


def test_a_row_with_two_dates_is_not_dated_by_either():
    text = ("Contracts let this quarter.\n\n"
            + _cells("Contract", "Starts", "Ends", "Value") + "|---|---|---|---|\n"
            + _cells("Group course", "October 2025", "March 2027", "£150,000"))
    got = [(a.period_start, a.period_end) for a in extract_awards(text, "t")[0]]
    assert got == [("", "")]  # (a start and an end: which year the value is for the row does not say)


# --------------------------------------------------------------------------- the commissioner's money in a row


@pytest.mark.parametrize("source, role", [
    ("PCC grant", "own_funding"),
    ("Police and Crime Commissioner", "own_funding"),
    ("PCC (match funding)", "match_funding"),
    ("Home Office grant", "grant"),
])
def test_a_register_row_paid_by_the_commissioner_is_his_own_money_unless_it_matches(source, role):
    text = ("Contracts register, quarter 1.\n\n"
            + _cells("Ref", "Supplier", "Service", "Annual value", "Funding source") + "|---|---|---|---|---|\n"
            + _cells("C-101", "Quayside Change CIC", "One-to-one work with men who abuse partners", "£36,000", source))
    got = [(a.funding_role, a.funder) for a in extract_awards(text, "t", published="2024-07")[0]]
    assert got == [(role, "Home Office" if source.startswith("Home") else "PCC")]


# --------------------------------------------------------------------------- the same structure in other layouts


_HTML_TWO_WAY = """<html><body><p>The commissioner has set out the funding below.</p>
<table>
<thead><tr><th>Year</th><th>Home Office</th><th>Commissioner</th><th>Total</th></tr></thead>
<tbody>
<tr><td>2022-23</td><td>£80,000</td><td>£0</td><td>£80,000</td></tr>
<tr><td>2023-24</td><td>£85,000</td><td>£15,000</td><td>£100,000</td></tr>
</tbody>
<tfoot><tr><th>Total</th><th>£165,000</th><th>£15,000</th><th>£180,000</th></tr></tfoot>
</table></body></html>"""

_TAB_TWO_WAY = ("The commissioner has set out the funding below.\n\nYear\tHome Office\tCommissioner\tTotal\n"
                "2022-23\t£80,000\t£0\t£80,000\n2023-24\t£85,000\t£15,000\t£100,000\nTotal\t£165,000\t£15,000\t£180,000\n")


@pytest.mark.parametrize("text, rows", [(_HTML_TWO_WAY, (5, 6, 8)), (_TAB_TWO_WAY, (4, 5, 6))])
def test_a_two_way_table_as_html_or_tab_separated_reads_the_same(text, rows):
    first, second, total = rows
    got = {(g[0], g[1], g[4]): (g[2], g[3]) for g in _rows(text, published="2024-05")}
    assert got == {
        (first, 8_000_000, "Home Office"): ("part", first), (first, 0, "PCC"): ("part", first),
        (first, 8_000_000, None): ("part", total),
        (second, 8_500_000, "Home Office"): ("part", second), (second, 1_500_000, "PCC"): ("part", second),
        (second, 10_000_000, None): ("part", total),
        (total, 16_500_000, "Home Office"): ("total", None), (total, 1_500_000, "PCC"): ("total", None),
        (total, 18_000_000, None): ("total", None),
    }


# --------------------------------------------------------------------------- a council named as whose item a row is


@pytest.mark.parametrize("label, funder", [
    ("Family worker (council post)", None),
    ("Council-run phone line", None),
    ("Youth worker (council staff)", None),
    ("Council match funding", "local authority"),
    ("Salford City Council", "local authority"),
])
def test_a_row_naming_a_council_only_as_whose_post_it_is_is_not_paid_by_the_council(label, funder):
    text = ("Spending over the two years is set out below.\n\n"
            "Expenditure (two years)                         Total\n"
            "Group course: Irwell Change CIC              £200,000\n"
            f"{label:<45}£40,000\n"
            "Total expenditure                            £240,000\n")
    got = {a.amount.pence: a.funder or None for a in extract_awards(text, "t", published="2024-06")[0]}
    assert got[4_000_000] == funder
