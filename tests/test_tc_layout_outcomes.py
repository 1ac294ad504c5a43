"""Outcomes carried by layout, tuned on branch ``tc``: table cells printing "x of y", bullet items that are a
bare count, dashboard lines.

Every text here is invented; the release's own area is Norfolk (``OUTCOME_INTRO``).
"""

from __future__ import annotations

from release_probe import outcomes_by_key as _outcomes


def test_a_pipe_table_cell_printing_x_of_y_is_a_count_with_its_base_and_column_period():
    got = _outcomes("| Measure | Target 2024/25 | Q3 2024/25 |\n"
                    "|---|---|---|\n"
                    "| Men finishing the course | 55% | 48 of 83 |\n"
                    "| Partners taking up support | 65% | 61% |\n")
    done = got[(5, 48, "count")]
    assert done.base == 83 and done.about == "perpetrators" and done.status == "reported"
    assert done.period == "2024-25"
    assert got[(5, 55, "percent")].status == "expected"
    assert got[(6, 61, "percent")].about == "partners"


def test_a_fixed_width_table_cell_printing_x_of_y_is_a_count_with_its_base():
    got = _outcomes("  Measure                          Target 2025/26    Apr-Sep 2025   RAG\n"
                    "  Referrals to the course                     300             164   Green\n"
                    "  Men completing, of starters                 65%       39 of 57    Amber\n")
    done = got[(5, 39, "count")]
    assert done.base == 57 and done.about == "perpetrators" and done.status == "reported"
    assert got[(4, 164, "count")].about == "referrals"
    assert got[(5, 65, "percent")].status == "expected"


def test_dash_list_items_that_are_bare_counts_count_whom_the_lead_in_names():
    got = _outcomes("Of the men who finished the course in 2024-25:\n\n"
                    "- 27 with no further police call-outs\n"
                    "- 9 referred again within the year\n")
    assert got[(5, 27, "count")].about == "perpetrators" and got[(5, 27, "count")].period == "2024-25"
    assert got[(6, 9, "count")].about == "perpetrators" and got[(6, 9, "count")].status == "reported"


def test_bullet_and_numbered_items_under_a_lead_in_about_partners_or_targets():
    got = _outcomes("Partners we supported in 2024-25:\n"
                    "• 58 accepted a safety plan\n"
                    "• 17 still in contact after six months\n\n"
                    "Our targets for men on the course in 2025-26:\n"
                    "1. 140 referred to the group\n")
    assert got[(4, 58, "count")].about == "partners"
    assert got[(5, 17, "count")].about == "partners"
    assert got[(8, 140, "count")].status == "expected" and got[(8, 140, "count")].period == "2025-26"


def test_a_bare_count_after_a_count_in_the_same_item_has_that_count_as_its_base():
    got = _outcomes("- 52 high-risk men worked with; 38 with no further reported abuse\n"
                    "* 90 partners contacted; 71 with a safety plan in place\n")
    assert got[(3, 38, "count")].base == 52 and got[(3, 38, "count")].about == "perpetrators"
    assert got[(4, 71, "count")].base == 90 and got[(4, 71, "count")].about == "partners"


def test_bare_list_counts_of_sessions_or_staff_are_no_outcomes():
    got = _outcomes("What the course offers in 2025-26:\n"
                    "- 26 weekly sessions\n"
                    "- 4 facilitators employed\n")
    assert (4, 26, "count") not in got
