"""Two-way tables whose total column is headed by the span of its year columns, and whose payer is the release's.

README 'Two-way tables': each body cell is a part of its own row's total, each row's total a part of the TOTAL row,
the TOTAL row's cells totals. A column headed "Both years", "Three years (£k)" or "2025-27" beside single-year columns
is such a row total, as much as one headed "Total"; and where no row or column names a payer other than the release's,
the rows' totals and the TOTAL row are that payer's money too. Every table here is invented.
"""

from __future__ import annotations

from release_probe import awards_by_key


PIPE_BOTH_YEARS = """\
The Home Office has confirmed perpetrator funding for three East Midlands forces over two years.

| Force | 2024-25 | 2025-26 | Both years |
|---|---|---|---|
| Derbyshire | £210,500 | £220,500 | £431,000 |
| Nottinghamshire | £305,000 | £298,250 | £603,250 |
| Leicestershire | £187,400 | £190,100 | £377,500 |
| Total | £702,900 | £708,850 | £1,411,750 |
"""


def test_both_years_column_is_each_rows_total():
    got = awards_by_key(PIPE_BOTH_YEARS)
    year = got[(5, 210500)]
    assert (year.funding_role, year.part_of_line, year.period_start) == ("part", 5, "2024-25")
    row_total = got[(5, 431000)]
    assert (row_total.funding_role, row_total.part_of_line) == ("part", 8)
    assert (row_total.period_start, row_total.period_end) == ("2024-25", "2025-26")
    assert row_total.funder == "Home Office"
    assert got[(6, 298250)].part_of_line == 6
    grand = got[(8, 1411750)]
    assert (grand.funding_role, grand.part_of_line, grand.funder) == ("total", None, "Home Office")


ALIGNED_THREE_YEARS_K = """\
Cumbria's Police and Crime Commissioner has set the perpetrator services budget. Figures are in thousands of pounds.

Source                        2024-25 (£k)   2025-26 (£k)   2026-27 (£k)   Three years (£k)
Home Office grant                    150.0          160.0          170.0              480.0
Commissioner's own budget             20.0           25.0           30.0               75.0
Total                                170.0          185.0          200.0              555.0
"""


def test_three_years_column_in_thousands_is_each_rows_total():
    got = awards_by_key(ALIGNED_THREE_YEARS_K)
    cell = got[(4, 160000)]
    assert (cell.funding_role, cell.part_of_line, cell.period_start, cell.funder) == ("part", 4, "2025-26", "Home Office")
    row_total = got[(4, 480000)]
    assert (row_total.funding_role, row_total.part_of_line, row_total.funder) == ("part", 6, "Home Office")
    assert (row_total.period_start, row_total.period_end) == ("2024-25", "2026-27")
    own = got[(5, 75000)]
    assert (own.funding_role, own.part_of_line) == ("part", 6)
    grand = got[(6, 555000)]
    assert grand.funding_role == "total" and not grand.funder  # (across two payers)
    assert (grand.period_start, grand.period_end) == ("2024-25", "2026-27")


HTML_SPAN_HEADING = """\
<html><body>
<p>The Home Office has awarded Dorset's commissioner a two-year grant for work with perpetrators, allocated as below.</p>
<table>
<tr><th>Service</th><th>2025-26</th><th>2026-27</th><th>2025-27</th></tr>
<tr><td>Group course for men</td><td>£95,000</td><td>£97,000</td><td>£192,000</td></tr>
<tr><td>Partner support</td><td>£41,250</td><td>£42,750</td><td>£84,000</td></tr>
<tr><td>Total</td><td>£136,250</td><td>£139,750</td><td>£276,000</td></tr>
</table>
</body></html>
"""


def test_span_heading_over_year_columns_is_each_rows_total():
    got = awards_by_key(HTML_SPAN_HEADING, "invented.html")
    cell = got[(5, 97000)]
    assert (cell.funding_role, cell.part_of_line, cell.period_start) == ("part", 5, "2026-27")
    row_total = got[(5, 192000)]
    assert (row_total.funding_role, row_total.part_of_line, row_total.funder) == ("part", 7, "Home Office")
    assert (row_total.period_start, row_total.period_end) == ("2025-26", "2026-27")
    assert got[(6, 84000)].part_of_line == 7
    grand = got[(7, 276000)]
    assert (grand.funding_role, grand.part_of_line, grand.funder) == ("total", None, "Home Office")


PIPE_RELEASE_PAYER_TOTAL_COLUMN = """\
Essex has been given a Home Office grant for perpetrator work, which the commissioner has split between providers.

| Provider | 2025-26 | 2026-27 | Total |
|---|---|---|---|
| Chelmer Change | £120,000 | £125,000 | £245,000 |
| Blackwater Women's Service | £40,500 | £41,500 | £82,000 |
| TOTAL | £160,500 | £166,500 | £327,000 |
"""


def test_row_totals_keep_the_releases_one_payer():
    got = awards_by_key(PIPE_RELEASE_PAYER_TOTAL_COLUMN)
    assert got[(5, 120000)].funder == "Home Office"
    row_total = got[(5, 245000)]
    assert (row_total.funding_role, row_total.part_of_line, row_total.funder) == ("part", 7, "Home Office")
    assert got[(6, 82000)].funder == "Home Office"
    assert got[(7, 327000)].funder == "Home Office"


TAB_RELEASE_PAYER = (
    "Gwent has received Ministry of Justice funding for its perpetrator and partner services.\n"
    "\n"
    "Service\t2024-25\t2025-26\tTotal\n"
    "Group programme\t£88,000\t£91,000\t£179,000\n"
    "Partner support\t£30,000\t£32,000\t£62,000\n"
    "Total\t£118,000\t£123,000\t£241,000\n"
)


def test_tab_separated_row_totals_keep_the_releases_payer():
    got = awards_by_key(TAB_RELEASE_PAYER)
    assert got[(4, 88000)].funder == "Ministry of Justice"
    row_total = got[(4, 179000)]
    assert (row_total.funding_role, row_total.part_of_line, row_total.funder) == ("part", 6, "Ministry of Justice")
    grand = got[(6, 241000)]
    assert (grand.funding_role, grand.funder) == ("total", "Ministry of Justice")


ALIGNED_RELEASE_PAYER_MILLIONS = """\
The Home Office grant to the West Midlands commissioner for perpetrator services is set out below.

Service                    2025-26 (£m)   2026-27 (£m)   Total (£m)
Behaviour change groups            1.20           1.25         2.45
High-harm case management          0.60           0.65         1.25
Total                              1.80           1.90         3.70
"""


def test_aligned_millions_row_totals_keep_the_releases_payer():
    got = awards_by_key(ALIGNED_RELEASE_PAYER_MILLIONS)
    assert got[(4, 1200000)].funder == "Home Office"
    row_total = got[(4, 2450000)]
    assert (row_total.funding_role, row_total.part_of_line, row_total.funder) == ("part", 6, "Home Office")
    assert got[(5, 1250000)].funder == "Home Office"
    grand = got[(6, 3700000)]
    assert (grand.funding_role, grand.funder) == ("total", "Home Office")
