"""Rows of tables read by the release reader (invented texts; README conventions on unrelated money)."""

from release_probe import awards_by_key

#: a council's grants-paid list: a payee, a description, and a funding-source column naming funds by title
GRANTS_PAID = (
    "Payments made by Ashdown District Council, April to June 2025.\n"
    "\n"
    "| Payee | Purpose | Funding source | Amount |\n"
    "|---|---|---|---|\n"
    "| Ridgeway Change CIC | Group course for men who abuse a partner | OPCC (Home Office grant) | £14,200 |\n"
    "| Hollins Lane Scout Group | New tents for the summer camp | Council | £2,600 |\n"
    "| Ashdown Pantry | Winter food parcels | Household Support Fund | £4,400 |\n"
    "| Meadow Women's Centre | Support for partners of men on the course | Council match funding | £3,100 |\n"
)


def test_a_payees_name_and_a_funds_title_do_not_make_a_row_about_the_work():
    got = awards_by_key(GRANTS_PAID)
    assert (5, 14200) in got and (8, 3100) in got
    # "Scout Group" names who is paid and "Household Support Fund" the fund: neither row pays for the work
    assert (6, 2600) not in got
    assert (7, 4400) not in got


#: a table whose money columns are areas, with a TOTAL row and no total column
AREA_COLUMNS = (
    "Joint decision of the two commissioners on perpetrator funding for 2025-26.\n"
    "\n"
    "| Funding line | Cheshire | Merseyside |\n"
    "|---|---|---|\n"
    "| Home Office grant | £310,000 | £520,000 |\n"
    "| Commissioner's match funding | £25,000 | £45,000 |\n"
    "| Total | £335,000 | £565,000 |\n"
)


def test_a_total_cell_under_an_areas_column_is_that_areas_total():
    got = awards_by_key(AREA_COLUMNS)
    cheshire, merseyside = got[(7, 335000)], got[(7, 565000)]
    assert (cheshire.pfa_code, cheshire.funding_role) == ("E23000006", "total")
    assert (merseyside.pfa_code, merseyside.funding_role) == ("E23000004", "total")
    # its column's cells are its parts, each keeping its own area
    assert (got[(6, 25000)].pfa_code, got[(6, 25000)].part_of_line) == ("E23000006", 7)


#: a table aligned with spaces whose year headings stand on one row and their unit on the row under it
YEARS_OVER_UNITS = (
    "Decision: how the Suffolk perpetrator grant is spent.\n"
    "\n"
    "                         2025-26      2026-27        Total\n"
    "                            £000         £000         £000\n"
    "Group course               205.0        212.5        417.5\n"
    "Partner support             45.0         47.0         92.0\n"
    "TOTAL                      250.0        259.5        509.5\n"
)


def test_a_units_row_under_a_row_of_year_headings_gives_the_figures_their_unit():
    got = awards_by_key(YEARS_OVER_UNITS)
    course = got[(5, 205000)]
    assert (course.period_start, course.funding_role, course.part_of_line) == ("2025-26", "part", 5)
    assert got[(5, 417500)].part_of_line == 7
    grand = got[(7, 509500)]
    assert (grand.funding_role, grand.period_start, grand.period_end) == ("total", "2025-26", "2026-27")
