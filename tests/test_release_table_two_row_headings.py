"""Tables whose column headings run over two rows, and count rows under money columns.

A heading printed on two rows ("Home Office" above "grant (£000)", "Total" above "(£k)") is one heading per column:
the payer named in the upper row and the unit or year in the lower row both apply to the figures under it (README
'Figures in thousands or millions', 'Two-way tables'). A row that counts posts or people ("Staff (FTE)") under such
columns is no money. Every table here is invented.
"""

from __future__ import annotations

from release_probe import awards_by_key


ALIGNED_PAYERS_OVER_UNITS = """\
Lincolnshire's commissioner has set the budget for perpetrator services in 2025-26.

   Service                     Home Office     Commissioner's    Total
                               grant (£000)    fund (£000)       (£000)
   Group course for men              210.0            25.0        235.0
   Partner support                    70.5            10.5         81.0
   Stalking clinic                       –            44.0         44.0
   Total                             280.5            79.5        360.0
   Staff (FTE)                         6.0             1.5          7.5
"""


def test_aligned_payers_above_units_read_as_two_way_table():
    got = awards_by_key(ALIGNED_PAYERS_OVER_UNITS)
    ho = got[(5, 210000)]
    assert (ho.funding_role, ho.funder, ho.part_of_line, ho.period_start) == ("part", "Home Office", 5, "2025-26")
    pcc = got[(5, 25000)]
    assert (pcc.funding_role, pcc.funder, pcc.part_of_line) == ("part", "PCC", 5)
    row_total = got[(5, 235000)]
    assert (row_total.funding_role, row_total.part_of_line) == ("part", 8) and not row_total.funder
    assert got[(7, 44000)].part_of_line in (7, 8)
    assert (got[(8, 280500)].funding_role, got[(8, 280500)].funder) == ("total", "Home Office")
    grand = got[(8, 360000)]
    assert grand.funding_role == "total" and not grand.funder
    assert not any(line == 9 for line, _ in got)  # (posts, not pounds)


ALIGNED_PAYER_OVER_YEARS = """\
Money for perpetrator work in Surrey, in thousands of pounds.

   Line                          Home Office                  Council
                              2024-25 (£k)   2025-26 (£k)    2025-26 (£k)
   Behaviour change groups           140.0          150.0            30.0
   Partner advocacy                   60.0           65.0            12.0
"""


def test_aligned_payer_above_two_year_columns_heads_both():
    got = awards_by_key(ALIGNED_PAYER_OVER_YEARS)
    first = got[(5, 140000)]
    assert (first.funder, first.period_start) == ("Home Office", "2024-25")
    second = got[(5, 150000)]
    assert (second.funder, second.period_start) == ("Home Office", "2025-26")
    council = got[(6, 12000)]
    assert (council.funder, council.period_start) == ("local authority", "2025-26")


TAB_TWO_ROW_HEADING = (
    "Perpetrator services in Gwent: money by source.\n"
    "\n"
    "Service\tMinistry of Justice\tCommissioner\tTotal\n"
    "\t2025-26 (£000)\t2025-26 (£000)\t(£000)\n"
    "Group programme\t95.0\t15.0\t110.0\n"
    "Partner support\t40.0\t8.0\t48.0\n"
    "Total\t135.0\t23.0\t158.0\n"
)


def test_tab_separated_heading_on_two_rows():
    got = awards_by_key(TAB_TWO_ROW_HEADING)
    moj = got[(5, 95000)]
    assert (moj.funder, moj.funding_role, moj.part_of_line, moj.period_start) == (
        "Ministry of Justice", "part", 5, "2025-26")
    assert got[(5, 15000)].funder == "PCC"
    row_total = got[(5, 110000)]
    assert (row_total.funding_role, row_total.part_of_line) == ("part", 7)
    assert got[(7, 135000)].funding_role == "total" and got[(7, 135000)].funder == "Ministry of Justice"
    assert got[(7, 158000)].funding_role == "total" and not got[(7, 158000)].funder
