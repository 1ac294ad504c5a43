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


def test_dashboard_lines_after_a_colon_take_their_period_from_the_heading_above():
    got = _outcomes("Service dashboard, Quarter 1 2025-26\n\n"
                    "Referrals received: 73\n"
                    "Completion rate: 58%\n"
                    "Partners supported: 29\n")
    assert got[(5, 73, "count")].about == "referrals" and got[(5, 73, "count")].period == "2025-26"
    assert got[(6, 58, "percent")].period == "2025-26"
    assert got[(7, 29, "count")].about == "partners" and got[(7, 29, "count")].status == "reported"


def test_dashboard_lines_with_dot_leaders_take_their_period_from_the_heading_above():
    got = _outcomes("Year to date 2024-25\n\n"
                    "Referrals received .......... 212\n"
                    "Men completing .......... 64 of 97\n"
                    "Completion rate …… 66%\n")
    assert got[(5, 212, "count")].period == "2024-25"
    assert got[(6, 64, "count")].base == 97 and got[(6, 64, "count")].period == "2024-25"
    assert got[(7, 66, "percent")].period == "2024-25"


def test_dashboard_lines_giving_references_staff_or_capacity_are_no_outcomes():
    got = _outcomes("Dashboard for 2025-26\n\n"
                    "Referrals received: 91\n"
                    "Case reference: 3187\n"
                    "Men in a group at any one time: 14\n"
                    "Contract number ........ 5520\n")
    assert got[(5, 91, "count")].about == "referrals"
    assert (6, 3187, "count") not in got
    assert (7, 14, "count") not in got
    assert (8, 5520, "count") not in got


def test_table_rows_of_staff_in_post_or_case_references_are_no_outcomes():
    got = _outcomes("| Measure | Q1 2025-26 | Q2 2025-26 |\n"
                    "|---|---|---|\n"
                    "| Referrals | 38 | 46 |\n"
                    "| Facilitators (FTE) | 3 | 4 |\n"
                    "| Case ref | 1104 | 1105 |\n"
                    "| Staff trained | 25 | 33 |\n")
    assert got[(5, 46, "count")].about == "referrals"
    assert (6, 3, "count") not in got and (6, 4, "count") not in got
    assert (7, 1104, "count") not in got
    assert got[(8, 33, "count")].about == "practitioners"


def test_a_pipe_table_cell_printing_a_count_and_its_share_gives_both_and_reads_the_next_row():
    got = _outcomes("| Measure | 2023-24 | 2024-25 |\n"
                    "|---|---|---|\n"
                    "| Men completing | 44 (59%) | 61 (68%) |\n"
                    "| Partners supported | 37 | 49 |\n")
    assert got[(5, 61, "count")].about == "perpetrators" and got[(5, 61, "count")].period == "2024-25"
    assert got[(5, 68, "percent")].base is None and got[(5, 68, "percent")].period == "2024-25"
    assert got[(6, 49, "count")].about == "partners"
    assert (6, 49, "percent") not in got


def test_a_fixed_width_table_cell_printing_a_count_and_its_share_gives_both():
    got = _outcomes("  Measure                     2023-24     2024-25\n"
                    "  Referrals                       133         158\n"
                    "  Men completing             44 (59%)    61 (68%)\n")
    assert got[(5, 44, "count")].period == "2023-24"
    assert got[(5, 59, "percent")].about == "perpetrators"


def test_a_tab_separated_table_reads_targets_and_results_by_column():
    got = _outcomes("Measure\tTarget 2025/26\tApril to September\n"
                    "Referrals to the course\t320\t171\n"
                    "Men completing, of starters\t65%\t42 of 66\n")
    assert got[(4, 320, "count")].status == "expected" and got[(4, 320, "count")].about == "referrals"
    assert got[(4, 171, "count")].status == "reported"
    assert got[(5, 42, "count")].base == 66
    assert got[(5, 65, "percent")].status == "expected"


def test_result_columns_with_x_of_y_or_a_bracketed_share_in_the_completed_column():
    got = _outcomes("| Quarter | Referrals | Started | Completed |\n"
                    "|---|---|---|---|\n"
                    "| Q1 2024-25 | 36 | 19 | 11 of 19 |\n"
                    "| Q2 2024-25 | 41 | 23 | 14 (61%) |\n")
    assert got[(5, 11, "count")].base == 19 and got[(5, 11, "count")].about == "perpetrators"
    assert (5, 19, "count") not in got
    assert got[(6, 14, "count")].base == 23
    assert got[(6, 61, "percent")].base is None


def test_row_and_line_labels_giving_a_group_size_are_no_outcomes():
    got = _outcomes("| Measure | 2024-25 |\n"
                    "|---|---|\n"
                    "| Referrals | 187 |\n"
                    "| Men per group | 9 |\n\n"
                    "Dashboard 2024-25\n\n"
                    "Referrals received: 187\n"
                    "Men in each cohort: 11\n")
    assert got[(5, 187, "count")].about == "referrals"
    assert (6, 9, "count") not in got
    assert got[(10, 187, "count")].about == "referrals"
    assert (11, 11, "count") not in got


def test_list_items_and_dash_separated_dashboard_lines_take_the_period_of_their_lead_in_or_heading():
    got = _outcomes("During 2024-25 the team:\n\n"
                    "- took 198 referrals\n"
                    "- saw 57 men complete the course\n\n"
                    "Headline figures (April 2023 to March 2024)\n\n"
                    "* Referrals — 176\n"
                    "* Completion rate — 62%\n")
    assert got[(5, 198, "count")].period == "2024-25"
    assert got[(6, 57, "count")].period == "2024-25"
    assert got[(10, 176, "count")].period == "2023-24"
    assert got[(11, 62, "percent")].period == "2023-24"


def test_a_heading_without_a_colon_is_the_lead_in_of_bare_count_items_but_not_of_staff_counts():
    got = _outcomes("**Men who finished the course, 2024-25**\n\n"
                    "- 33 with no further reported abuse\n"
                    "- 8 arrested again\n\n"
                    "## Practitioners and staff in post, 2024-25\n\n"
                    "1. 6 employed full time\n")
    assert got[(5, 33, "count")].about == "perpetrators" and got[(5, 33, "count")].period == "2024-25"
    assert got[(6, 8, "count")].about == "perpetrators"
    assert (10, 6, "count") not in got


def test_a_dashboard_count_with_its_target_in_brackets_reports_for_the_heading_period():
    got = _outcomes("Performance, 2023-24\n\n"
                    "Referrals: 164 (target 140)\n"
                    "Budget: £58,000\n")
    assert got[(5, 164, "count")].about == "referrals"
    assert got[(5, 164, "count")].status == "reported" and got[(5, 164, "count")].period == "2023-24"
