"""Tables whose unit in thousands or millions of pounds is given by a caption or note above them, not by their
column headings, and tables whose row-total column is headed by the span of years it sums ("2025-28").

Invented texts; the facts are those the corpus README's conventions ('Figures in thousands or millions',
'Two-way tables') give them."""

from release_probe import awards


def _facts(text):
    return {(a.source_line, a.amount.pence // 100, a.period_start): (a.funding_role, a.funder or None, a.part_of_line)
            for a in awards(text)}


def test_a_caption_in_thousands_gives_an_aligned_tables_figures_their_unit():
    text = ("Gwent commissioner's budget for perpetrator work\n\nFigures in £k\n\n"
            "  Line                 Funder          2024-25   2025-26\n"
            "  Group course         Home Office       210.5     215.0\n"
            "  Partner support      PCC                40.0      42.5\n"
            "  TOTAL                                  250.5     257.5\n")
    got = _facts(text)
    assert got[(6, 210500, "2024-25")] == ("part", "Home Office", 8)
    assert got[(7, 42500, "2025-26")] == ("part", "PCC", 8)
    assert got[(8, 257500, "2025-26")][0] == "total"
    assert len(got) == 6  # (the caption itself is no amount)


def test_a_caption_in_thousands_gives_a_pipe_tables_figures_their_unit():
    text = ("Budget for perpetrator services in Dorset.\n\nTable 3: Funding by source (£000)\n\n"
            "| Service | Funded by | 2025/26 | 2026/27 | 2025-27 |\n|---|---|---|---|---|\n"
            "| Behaviour change groups | Home Office | 300 | 310 | 610 |\n"
            "| Case management | Commissioner's own budget | 50 | 50 | 100 |\n"
            "| Total | | 350 | 360 | 710 |\n")
    got = _facts(text)
    assert got[(7, 300000, "2025-26")] == ("part", "Home Office", 7)
    assert got[(7, 610000, "2025-26")] == ("part", "Home Office", 9)
    assert got[(8, 50000, "2026-27")] == ("part", "PCC", 8)
    assert got[(9, 710000, "2025-26")] == ("total", None, None)


def test_a_note_in_millions_gives_a_tabbed_tables_figures_their_unit():
    text = ("Essex perpetrator funding.\nAll figures in the table below are in £m.\n"
            "Item\tSource\t2025-26\t2026-27\nGroup programme\tHome Office\t0.45\t0.46\nTotal\t\t0.45\t0.46\n")
    got = _facts(text)
    assert got[(4, 450000, "2025-26")] == ("part", "Home Office", 5)
    assert got[(5, 460000, "2026-27")][0] == "total"


def test_a_count_column_under_a_money_caption_stays_a_count():
    text = ("Lancashire figures (£000)\n\n  Service            Referrals   2025-26\n"
            "  Group course             140     250.0\n  TOTAL                    140     250.0\n")
    got = _facts(text)
    assert {k[1] for k in got} == {250000}


def test_a_column_headed_by_the_span_of_the_year_columns_is_each_rows_total():
    text = ("Funding for Norfolk's programme:\n\n| Item | 2024-25 | 2025-26 | 2026-27 | 2024-27 |\n|---|---|---|---|---|\n"
            "| Home Office grant | £120,000 | £125,000 | £130,000 | £375,000 |\n"
            "| Council match | £20,000 | £20,000 | £20,000 | £60,000 |\n"
            "| TOTAL | £140,000 | £145,000 | £150,000 | £435,000 |\n")
    got = _facts(text)
    assert got[(5, 125000, "2025-26")] == ("part", "Home Office", 5)
    assert got[(5, 375000, "2024-25")] == ("part", "Home Office", 7)
    assert got[(6, 60000, "2024-25")] == ("part", "local authority", 7)
    assert got[(7, 435000, "2024-25")] == ("total", None, None)
    assert got[(7, 145000, "2025-26")] == ("total", None, None)


def test_a_span_column_in_a_captioned_aligned_table():
    text = ("Table 2: Perpetrator services budget (£000)\n\n"
            "  Service              Source         2026-27   2027-28   2026-28\n"
            "  Stalking clinic      Home Office       80.0      82.0     162.0\n"
            "  Family worker        Council           30.0         -      30.0\n"
            "  TOTAL                                 110.0      82.0     192.0\n")
    got = _facts(text)
    assert got[(4, 80000, "2026-27")] == ("part", "Home Office", 4)
    assert got[(4, 162000, "2026-27")] == ("part", "Home Office", 6)
    assert got[(5, 30000, "2026-27")][2] in (5, 6)
    assert got[(6, 192000, "2026-27")] == ("total", None, None)
