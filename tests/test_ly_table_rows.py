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


#: a two-way table with its years as rows and its areas as columns
YEARS_AS_ROWS = (
    "Joint decision: the Home Office grant to the two areas.\n"
    "\n"
    "| Year | Cheshire | Merseyside | Total |\n"
    "|---|---|---|---|\n"
    "| 2025-26 | £305,000 | £495,000 | £800,000 |\n"
    "| 2026-27 | £315,000 | £515,000 | £830,000 |\n"
    "| Total | £620,000 | £1,010,000 | £1,630,000 |\n"
)


def test_a_columns_total_spans_the_years_of_the_rows_it_sums():
    got = awards_by_key(YEARS_AS_ROWS)
    cheshire = got[(7, 620000)]
    assert (cheshire.funding_role, cheshire.pfa_code) == ("total", "E23000006")
    assert (cheshire.period_start, cheshire.period_end) == ("2025-26", "2026-27")
    assert (got[(7, 1010000)].period_start, got[(7, 1010000)].period_end) == ("2025-26", "2026-27")


#: a served table whose heading runs over two rows: a heading spanning two columns, and two spanning both rows
SPANNED_HEADING = (
    "<html><body><h1>Durham perpetrator money</h1>\n"
    "<p>The Durham commissioner has set the perpetrator budget for 2025-26.</p>\n"
    "<table>\n"
    '<thead><tr><th rowspan="2">Service</th><th colspan="2">Paid by (£k)</th><th rowspan="2">Total (£k)</th></tr>\n'
    "<tr><th>Home Office</th><th>Commissioner</th></tr></thead>\n"
    "<tbody>\n"
    "<tr><td>Group course</td><td>190</td><td>25</td><td>215</td></tr>\n"
    "<tr><td>Partner support</td><td>55</td><td>5</td><td>60</td></tr>\n"
    "<tr><td>Total</td><td>245</td><td>30</td><td>275</td></tr>\n"
    "</tbody></table></body></html>\n"
)


def test_a_served_heading_over_two_rows_heads_every_column():
    got = awards_by_key(SPANNED_HEADING, "invented.html")
    assert (got[(7, 25000)].funder, got[(7, 25000)].funding_role, got[(7, 25000)].part_of_line) == ("PCC", "part", 7)
    assert (got[(7, 190000)].funder, got[(7, 190000)].part_of_line) == ("Home Office", 7)
    row_total = got[(7, 215000)]
    assert (row_total.funding_role, row_total.part_of_line) == ("part", 9)
    assert got[(9, 275000)].funding_role == "total"


#: a minified served two-way table: every row on one physical line
MINIFIED_TWO_WAY = (
    "<html><body><h1>Durham perpetrator money</h1><p>The Durham commissioner has set the budget for 2025-26.</p>\n"
    "<table><tr><th>Service</th><th>Home Office</th><th>Commissioner's match funding</th><th>Total</th></tr>"
    "<tr><td>Group course</td><td>£190,000</td><td>£25,000</td><td>£215,000</td></tr>"
    "<tr><td>Partner support</td><td>£55,000</td><td>£5,000</td><td>£60,000</td></tr>"
    "<tr><td>Total</td><td>£245,000</td><td>£30,000</td><td>£275,000</td></tr></table></body></html>\n"
)


def test_a_minified_two_way_tables_total_row_keeps_its_columns_funders():
    got = awards_by_key(MINIFIED_TWO_WAY, "invented.html")
    assert (got[(2, 245000)].funding_role, got[(2, 245000)].funder) == ("total", "Home Office")
    assert (got[(2, 30000)].funding_role, got[(2, 30000)].funder) == ("total", "PCC")
    assert got[(2, 215000)].funding_role == "part"


#: a served table under a title row of one cell spanning every column
TITLE_ROW = (
    "<html><body><h1>Allocations</h1><p>The Home Office has published its allocations.</p>\n"
    "<table>\n"
    '<tr><th colspan="2">Allocations for 2025-26</th></tr>\n'
    "<tr><th>Police force area</th><th>Home Office grant</th></tr>\n"
    "<tr><td>London (Mayor's Office for Policing and Crime)</td><td>£2,150,000</td></tr>\n"
    "<tr><td>Kent</td><td>£415,000</td></tr>\n"
    "</table></body></html>\n"
)


def test_a_title_row_across_the_table_is_not_joined_to_its_headings():
    got = awards_by_key(TITLE_ROW, "invented.html")
    london = got[(5, 2150000)]
    # the label column is still "Police force area": the body a row names beside its area holds the money, not pays it
    assert (london.pfa_code, london.funder, london.period_start) == ("E23000001", "Home Office", "2025-26")
