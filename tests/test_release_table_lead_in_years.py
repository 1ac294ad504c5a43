"""The years a table's lead-in states are every row's, its no-area rows and total row included, even when a sentence
stating no years (the units) follows the lead-in on its line. Invented texts; facts per the corpus README."""

from __future__ import annotations

from release_probe import awards_by_key

_TABLE = ("| Area | Home Office (£) | Area total (£) |\n"
          "|---|---:|---:|\n"
          "| Durham | 300,000 | 300,000 |\n"
          "| Cleveland | 250,000 | 250,000 |\n"
          "| Regional training | 20,000 | 20,000 |\n"
          "| **Total** | **570,000** | **570,000** |\n")


def _years(got, line, pounds):
    return got[(line, pounds)].period_start, got[(line, pounds)].period_end


def test_the_sums_below_then_a_units_sentence():
    got = awards_by_key("In 2025-26 the two areas received the sums below. Figures are in pounds.\n\n" + _TABLE, "t.md")
    assert _years(got, 7, 20000) == ("2025-26", "2025-26")  # (a row naming no area)
    assert _years(got, 8, 570000) == ("2025-26", "2025-26")  # (the total row)


def test_the_figures_in_the_table_for_two_years():
    got = awards_by_key("The figures in the table are the areas' money for 2024-25. All are rounded.\n\n" + _TABLE, "t.md")
    assert _years(got, 8, 570000) == ("2024-25", "2024-25")
    assert _years(got, 7, 20000) == ("2024-25", "2024-25")


def test_the_allocations_below_over_two_years():
    got = awards_by_key("These are the allocations below for 2025-26 to 2026-27. Amounts are in pounds.\n\n" + _TABLE, "t.md")
    assert _years(got, 8, 570000) == ("2025-26", "2026-27")


def test_a_second_sentence_with_its_own_year_ends_the_lead_in():
    # the lead-in's years are not kept past a sentence that states other years
    got = awards_by_key("In 2025-26 the areas received the sums below. The 2023-24 pilot is not included.\n\n" + _TABLE, "t.md")
    assert got[(7, 20000)].period_start != "2023-24"
