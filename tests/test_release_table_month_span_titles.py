"""A table's title line giving its span in months of whole financial years ("PARTNERSHIP BUDGET, APRIL 2025 TO MARCH
2027", "Funding 1 April 2024 to 31 March 2025") gives those years to every row, as a title naming "2025-27" does.
A title whose months are a quarter ("April to June 2024") gives no years to the rows.

Invented texts; the facts are those the corpus README's conventions ('period_start / period_end') give them."""

from release_probe import awards_by_key


def _years(got, line, pounds):
    return got[(line, pounds)].period_start or None, got[(line, pounds)].period_end or None


def test_a_capitalised_title_over_an_aligned_table_gives_its_years():
    text = ("Update from the Northern Change Partnership on its results for 2023-24 and 2024-25.\n\n"
            "PARTNERSHIP BUDGET, APRIL 2025 TO MARCH 2027\n\n"
            "  Source                         Area              Amount\n"
            "  Home Office grant              Both areas      £640,000\n"
            "  Durham commissioner (match)    Durham           £30,000\n"
            "  TOTAL                                          £670,000\n")
    got = awards_by_key(text)
    assert _years(got, 6, 640000) == ("2025-26", "2026-27")
    assert _years(got, 7, 30000) == ("2025-26", "2026-27")
    assert _years(got, 8, 670000) == ("2025-26", "2026-27")


def test_a_title_with_days_over_a_pipe_table_gives_its_year():
    text = ("Decision record, Norfolk.\n\n"
            "Perpetrator service funding 1 April 2024 to 31 March 2025\n\n"
            "| Line | Funder | Amount |\n|---|---|---:|\n"
            "| Group course | Home Office | £210,000 |\n"
            "| Partner support | Commissioner | £45,500 |\n")
    got = awards_by_key(text, "t.md")
    assert _years(got, 7, 210000) == ("2024-25", "2024-25")
    assert _years(got, 8, 45500) == ("2024-25", "2024-25")


def test_a_tab_tables_title_over_three_years_gives_them():
    text = ("Staffordshire commissioner: grants made in 2023-24 and in 2025-26.\n\n"
            "GRANT SCHEDULE, 1 APRIL 2025 TO 31 MARCH 2028\n\n"
            "Recipient\tFunder\tAmount\n"
            "Harbour Change\tHome Office\t£300,000\n"
            "Moorland Futures\tCommissioner\t£120,000\n")
    got = awards_by_key(text)
    assert _years(got, 6, 300000) == ("2025-26", "2027-28")
    assert _years(got, 7, 120000) == ("2025-26", "2027-28")


def test_a_quarters_months_over_a_tab_table_give_no_years():
    text = ("Staffordshire commissioner: grants made in 2023-24 and in 2025-26.\n\n"
            "Contracts let April to June 2024\n"
            "Recipient\tAmount\n"
            "Moorland Futures\t£120,000\n")
    got = awards_by_key(text)
    assert _years(got, 5, 120000) == (None, None)
