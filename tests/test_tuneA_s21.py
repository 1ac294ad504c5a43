"""Structures of the twenty-fourth round's tune releases that the reader misread, fixed in the twenty-first session
(tuner A) as general mechanisms: each test states several invented wordings of one structure.

Corpus README: `part` (a piece of another stated amount; `part_of_line` the whole's line), `period_start` ("heading": a
table column or row, a heading or lead-in over it), `pfa_code` (the release's own area).  Every text here is invented.
"""

from __future__ import annotations

import pytest

from release_probe import award_errors, read


# --------------------------------------------------------------------------- a table's unit in its stub heading

@pytest.mark.parametrize("stub, label", [
    ("Spend to 30 June (£000)", "Spent so far"),
    ("£k", "Committed"),
    ("Forecast outturn £'000", "Forecast for the year"),
])
def test_a_unit_in_the_first_heading_cell_applies_to_every_money_column(stub, label):
    # a table whose only unit is in its first heading cell, over the row labels, prints its figures bare in every
    # other column: each is an amount in that unit, the payers' cells parts of the row's total
    text = ("Lancashire's commissioner funds work with perpetrators from a Home Office grant for 2025-26.\n\n"
            f"| {stub} | Home Office | Commissioner | Total |\n"
            "|---|---|---|---|\n"
            f"| {label} | 182.4 | 27.5 | 209.9 |\n")
    assert award_errors(text, {
        (5, 182400): dict(role="part", funder="Home Office", part=5),
        (5, 27500): dict(role="part", funder="PCC", part=5),
        (5, 209900): dict(role="total", funder=None),
    }) == []


def test_a_stub_unit_skips_columns_that_count_people():
    text = ("Lancashire's commissioner funds work with perpetrators from a Home Office grant for 2025-26.\n\n"
            "| (£000) | Home Office | Men referred |\n"
            "|---|---|---|\n"
            "| Quarter 1 | 95.0 | 41 |\n")
    got = [(a.source_line, a.amount.pence) for a in read(text).awards]
    assert (5, 9500000) in got
    assert all(p != 4100000 for _, p in got)


# --------------------------------------------------------------------------- the issuer named in a footer

@pytest.mark.parametrize("footer", [
    "Merseyside Commissioner's Office, 4 Dock Road, Liverpool | Privacy | Cookies",
    "© Commissioner for Merseyside 2025 | Accessibility | Contact us",
    "Merseyside Commissioner’s Office · Terms · Privacy",
])
def test_a_commissioners_office_named_only_in_the_footer_gives_the_release_its_area(footer):
    # a page that names its area nowhere but its footer, where the issuing office gives its address
    text = ("# Update on work with people who cause harm\n\n"
            "The Home Office has given £215,000 for 2025-26 to run a behaviour change course.\n\n"
            f"{footer}\n")
    release = read(text)
    assert release.pfa_code == "E23000004"
    assert [a.pfa_code for a in release.awards if a.source_line == 3] == ["E23000004"]


# --------------------------------------------------------------------------- a periodic report's year over its tables

@pytest.mark.parametrize("title", [
    "# Quarterly Performance Report: Quarter 3, 2024-25",
    "# Budget monitoring report, month 9 2024/25",
    "# Q3 2024-25 performance dashboard",
])
def test_a_periodic_reports_title_year_dates_its_tables(title):
    # a report made for part of one year, whose title names the year, with a budget table whose cells, heading row and
    # lead give no year: the rows are that year's money, parts of the TOTAL row
    text = (f"{title}\n\n"
            "## Perpetrator programmes\n\n"
            "Norfolk's work with perpetrators is paid for by the Home Office and the commissioner.\n\n"
            "| Budget line | Payer | Annual budget |\n"
            "|---|---|---|\n"
            "| Group course | Home Office | £210,000 |\n"
            "| Interpreters | Commissioner | £30,000 |\n"
            "| **Total** | | **£240,000** |\n")
    assert award_errors(text, {
        (9, 210000): dict(role="part", funder="Home Office", part=11, start="2024-25", end="2024-25"),
        (10, 30000): dict(role="part", funder="PCC", part=11, start="2024-25", end="2024-25"),
        (11, 240000): dict(role="total", start="2024-25", end="2024-25"),
    }) == []


def test_a_periodic_reports_year_leaves_prose_figures_alone():
    # a sum stated in a sentence keeps its own clause's years (none here: a restated national figure is context)
    text = ("# Quarterly Performance Report: Quarter 3, 2024-25\n\n"
            "Norfolk's work with perpetrators is paid for by the Home Office.\n\n"
            "| Budget line | Payer | Annual budget |\n"
            "|---|---|---|\n"
            "| Group course | Home Office | £210,000 |\n\n"
            "The commissioner also gave £12,000 towards a helpline in 2023-24.\n")
    assert award_errors(text, {
        (7, 210000): dict(start="2024-25", end="2024-25"),
        (9, 12000): dict(start="2023-24", end="2023-24"),
    }) == []
