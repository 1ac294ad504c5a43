"""Tables aligned with spaces or tabs (no pipes) whose column heading gives the unit in thousands or millions of
pounds ("2024-25 (£000)", "(£k)", "Amount (£m)", "£'000"): the bare figures under that heading are amounts in that
unit (README, "Figures in thousands or millions"), the rows parts of the TOTAL row; a figure in another column (a
count of sessions) and prose after the table are no amounts."""

from release_probe import awards_by_key

SPACED_THOUSANDS = """The Police and Crime Commissioner for Lancashire has set out how this year's Home Office perpetrator grant was used.

Strand                 Sessions    2024-25 (£000)
Group course                 24             110.5
Partner support              12              35.0
Total                                      145.5

The groups will run again next year, with 24 sessions each.
"""

TABBED_MILLIONS = ("Derbyshire PCC: spending of the Home Office grant in 2024-25.\n\n"
                   "Service\tProvider\tAmount (£m)\nGroup work\tPeak Change CIC\t0.25\nHelpline\tPeak Change CIC\t0.05\n"
                   "Total\t\t0.30\n\nMore details will follow.\n")

UNIT_FIRST = """Surrey's commissioner has published how the Home Office perpetrator money for 2025/26 will be spent.

£'000          Item
84             One-to-one work with men
16             Evaluation by Weyside Research
100            Total
"""


def test_spaced_table_in_thousands_reads_rows_as_parts_of_the_total():
    got = awards_by_key(SPACED_THOUSANDS)
    assert set(got) == {(4, 110500), (5, 35000), (6, 145500)}  # no "24" or "12" sessions, nothing from prose
    assert [got[(n, p)].funding_role for n, p in ((4, 110500), (5, 35000), (6, 145500))] == ["part", "part", "total"]
    assert got[(4, 110500)].part_of_line == 6 and got[(5, 35000)].part_of_line == 6
    assert got[(4, 110500)].funder == "Home Office"
    assert (got[(4, 110500)].period_start, got[(4, 110500)].period_end) == ("2024-25", "2024-25")
    assert got[(4, 110500)].amount.qualifier == "rounded"


def test_tab_separated_table_in_millions_reads_an_empty_field_as_a_column():
    got = awards_by_key(TABBED_MILLIONS)
    assert set(got) == {(4, 250000), (5, 50000), (6, 300000)}
    assert got[(6, 300000)].funding_role == "total"
    assert got[(4, 250000)].funding_role == "part" and got[(4, 250000)].part_of_line == 6


def test_unit_heading_over_the_first_column():
    got = awards_by_key(UNIT_FIRST)
    assert set(got) == {(4, 84000), (5, 16000), (6, 100000)}
    assert got[(6, 100000)].funding_role == "total"
    assert got[(5, 16000)].part_of_line == 6
    assert got[(5, 16000)].period_start == "2025-26"
