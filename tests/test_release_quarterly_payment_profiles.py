"""A payment profile by quarter under a section heading that states its year (invented texts).

A table of quarterly payments ("Q1 | Q2 | Q3 | Q4 | Full year") under a heading naming one financial year, with a
short note between the heading and the table: every cell is that year's money (the heading's year is kept across
the note), each quarter's cell is a part of its row's full-year figure (a "Full year" or "Whole year" column is
the row's total), each full-year figure a part of the TOTAL row's, and the TOTAL row's cells totals.
"""

from tests.release_probe import awards_by_key

MARKDOWN = """**Northumbria Domestic Abuse Partnership Board**

## 3. Quarterly payments for 2023-24

Payments are made at the start of each quarter under the grant agreement. Three quarters have been paid.

| Service | Provider | Funded by | Q1 £ | Q2 £ | Q3 £ | Q4 £ | Full year £ |
|---|---|---|---|---|---|---|---|
| Group programme for men | Tyne Change Ltd | Home Office grant | £20,000 | £21,000 | £22,000 | £23,000 | £86,000 |
| Partner support | Wear Women's Aid | Council match funding | £5,000 | £5,500 | £6,000 | £6,500 | £23,000 |
| **Total** | | | **£25,000** | **£26,500** | **£28,000** | **£29,500** | **£109,000** |

The Home Office awarded the area £400,000 for April 2023 to March 2025.
"""

THOUSANDS = """Dorset Community Safety Partnership

### Payment profile 2022/23

The commissioner's office pays the provider in arrears. Figures are in thousands of pounds.

| Line | Apr-Jun £000 | Jul-Sep £000 | Oct-Dec £000 | Jan-Mar £000 | Whole year £000 |
|---|---|---|---|---|---|
| Home Office grant | 30.0 | 31.0 | 32.0 | 33.0 | 126.0 |
| Commissioner's own budget | 2.5 | 2.5 | 2.5 | 2.5 | 10.0 |
| Total | 32.5 | 33.5 | 34.5 | 35.5 | 136.0 |

The grant runs for the two years 2022/23 and 2023/24.
"""

NUMBERED = """Cumbria behaviour change work: report to the panel

4. Spending profile for 2024-25

All figures are the sums paid to providers. Quarter 4 is still to be paid.

| Item | Quarter 1 | Quarter 2 | Quarter 3 | Quarter 4 | Full-year |
|---|---|---|---|---|---|
| Group course (Home Office) | £11,000 | £12,000 | £12,000 | £13,000 | £48,000 |
| Case workers (Home Office) | £4,000 | £4,000 | £4,500 | £4,500 | £17,000 |
| Total | £15,000 | £16,000 | £16,500 | £17,500 | £65,000 |

5. Next year

The panel agreed £70,000 for 2025-26 and £72,000 for 2026-27.
"""


def test_quarters_are_parts_of_their_rows_full_year_figure_in_the_headings_year():
    got = awards_by_key(MARKDOWN)
    q1 = got[(9, 20000)]
    assert (q1.funding_role, q1.part_of_line, q1.funder) == ("part", 9, "Home Office")
    assert (q1.period_start, q1.period_end) == ("2023-24", "2023-24")
    year = got[(9, 86000)]
    assert (year.funding_role, year.part_of_line, year.period_start) == ("part", 11, "2023-24")
    match = got[(10, 5500)]
    assert (match.part_of_line, match.period_start) == (10, "2023-24")
    total = got[(11, 109000)]
    assert (total.funding_role, total.part_of_line, total.period_start, total.period_end) == ("total", None, "2023-24", "2023-24")
    assert got[(11, 26500)].funding_role == "total"
    assert got[(13, 400000)].period_start == "2023-24" and got[(13, 400000)].period_end == "2024-25"


def test_a_whole_year_column_in_thousands_under_a_heading_with_its_year():
    got = awards_by_key(THOUSANDS)
    q2 = got[(9, 31000)]
    assert (q2.funding_role, q2.part_of_line, q2.period_start, q2.period_end) == ("part", 9, "2022-23", "2022-23")
    own = got[(10, 10000)]
    assert (own.funding_role, own.part_of_line, own.funder, own.period_start) == ("part", 11, "PCC", "2022-23")
    assert got[(11, 136000)].funding_role == "total" and got[(11, 136000)].period_start == "2022-23"


def test_a_numbered_heading_without_markup_gives_the_table_its_year():
    got = awards_by_key(NUMBERED)
    q3 = got[(10, 4500)]
    assert (q3.funding_role, q3.part_of_line, q3.period_start, q3.period_end) == ("part", 10, "2024-25", "2024-25")
    assert (got[(10, 17000)].part_of_line, got[(10, 17000)].period_start) == (11, "2024-25")
    assert got[(11, 65000)].period_start == "2024-25"
    # the next section's sums keep their own years
    assert got[(15, 70000)].period_start == "2025-26" and got[(15, 72000)].period_start == "2026-27"
