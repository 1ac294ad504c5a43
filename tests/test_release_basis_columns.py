"""Every amount says where its period and its funder were read (``local_awards.period_basis``, ``funder_basis``), so
a reader can tell a year or a payer printed beside the figure from one lent by a heading, its whole or the release."""

from __future__ import annotations

import tomllib
from pathlib import Path

from release_probe import awards_by_key, read

from funding.tables.releases import release_frames

SCHEMAS = Path(__file__).resolve().parents[1] / "src" / "funding" / "reference" / "data" / "table_schemas.toml"


def test_a_year_in_the_figures_own_clause_is_the_clause():
    got = awards_by_key("Testshire's commissioner has been awarded £120,000 by the Home Office for 2025-26.\n")
    assert (got[(1, 120000)].period_start, got[(1, 120000)].period_basis) == ("2025-26", "clause")


def test_a_year_column_is_the_heading():
    text = "\n".join([
        "Testshire perpetrator funding",
        "",
        "| Funder | 2025-26 |",
        "|---|---|",
        "| Home Office | £90,000 |",
        "| Commissioner | £30,000 |",
        "",
    ])
    got = awards_by_key(text, "invented.md")
    assert (got[(5, 90000)].period_start, got[(5, 90000)].period_basis) == ("2025-26", "heading")
    assert (got[(6, 30000)].period_start, got[(6, 30000)].period_basis) == ("2025-26", "heading")


def test_a_piece_of_a_whole_with_a_span_is_the_whole():
    text = ("Testshire has been awarded £300,000 by the Home Office for 2024-26. Of this, £100,000 pays for a "
            "partner support worker.\n")
    got = awards_by_key(text)
    assert (got[(1, 300000)].period_start, got[(1, 300000)].period_end) == ("2024-25", "2025-26")
    assert got[(1, 100000)].part_of_line == 1
    assert (got[(1, 100000)].period_start, got[(1, 100000)].period_basis) == ("2024-25", "whole")


def test_a_figure_with_no_period_says_none():
    got = awards_by_key("The commissioner is adding £25,000 this financial year for a helpline.\n")
    assert (got[(1, 25000)].period_start, got[(1, 25000)].period_basis) == ("", "none")


def test_the_table_carries_the_column_and_every_value_is_in_the_published_enum():
    text = ("Testshire has been awarded £300,000 by the Home Office for 2024-26. Of this, £100,000 pays for a "
            "partner support worker. The commissioner is adding £25,000 this financial year.\n")
    frame = release_frames([read(text)])["local_awards"]
    enum = tomllib.loads(SCHEMAS.read_text(encoding="utf-8"))["local_awards"]["package"]["constraints"][
        "period_basis"]["enum"]
    # (rows in the table's order: by line, then amount)
    assert list(frame["period_basis"]) == ["none", "whole", "clause"]
    assert set(frame["period_basis"]) <= set(enum)
    assert "period_basis" in [c["name"] for c in
                              tomllib.loads(SCHEMAS.read_text(encoding="utf-8"))["local_awards"]["columns"]]


def test_a_payer_named_for_the_figure_is_the_clause_and_a_pieces_is_its_wholes():
    text = ("Testshire has been awarded £300,000 by the Home Office for 2024-26. Of this, £100,000 pays for a "
            "partner support worker.\n")
    got = awards_by_key(text)
    assert (got[(1, 300000)].funder, got[(1, 300000)].funder_basis) == ("Home Office", "clause")
    assert (got[(1, 100000)].funder, got[(1, 100000)].funder_basis) == ("Home Office", "whole")


def test_a_payer_only_the_release_names_is_lent():
    text = "This release is about Home Office perpetrator funding.\n\nWiltshire has £320,000 for 2025-26.\n"
    got = awards_by_key(text)
    assert (got[(3, 320000)].funder, got[(3, 320000)].funder_basis) == ("Home Office", "lent")


def test_no_payer_is_none_and_every_funder_basis_is_in_the_published_enum():
    text = ("This release is about Home Office perpetrator funding.\n\nWiltshire has £320,000 for 2025-26. "
            "A neighbouring charity gave £5,000.\n")
    frame = release_frames([read(text)])["local_awards"]
    enum = tomllib.loads(SCHEMAS.read_text(encoding="utf-8"))["local_awards"]["package"]["constraints"][
        "funder_basis"]["enum"]
    assert set(frame["funder_basis"]) <= set(enum)
    # (the charity is no payer in the funder list: README, funder)
    assert dict(zip(frame["amount_pence"], zip(frame["funder"], frame["funder_basis"]))) == {
        32_000_000: ("Home Office", "lent"), 500_000: ("", "none")}


def test_a_two_way_tables_sums_say_whether_their_years_are_the_headings_or_their_cells():
    # years as columns: a row's Total spans the year headings; the grand total the years of the cells it sums
    text = "\n".join(["Testshire perpetrator funding", "",
                      "| Funder | 2024-25 | 2025-26 | Total |", "|---|---|---|---|",
                      "| Home Office | £90,000 | £100,000 | £190,000 |",
                      "| Commissioner | £30,000 | £20,000 | £50,000 |",
                      "| TOTAL | £120,000 | £120,000 | £240,000 |", ""])
    got = {(a.source_line, a.amount.pence // 100, a.period_start): a for a in read(text, "invented.md").awards}
    assert (got[(5, 190000, "2024-25")].period_end, got[(5, 190000, "2024-25")].period_basis) == ("2025-26", "heading")
    assert (got[(7, 240000, "2024-25")].period_end, got[(7, 240000, "2024-25")].period_basis) == ("2025-26", "parts")
    # years as rows: each column's Total spans the years of its cells
    text = "\n".join(["Testshire perpetrator funding", "",
                      "| Year | Home Office | Commissioner |", "|---|---|---|",
                      "| 2024-25 | £90,000 | £30,000 |", "| 2025-26 | £100,000 | £20,000 |",
                      "| Total | £190,000 | £50,000 |", ""])
    got = awards_by_key(text, "invented.md")
    assert (got[(7, 190000)].period_start, got[(7, 190000)].period_end, got[(7, 190000)].period_basis) == (
        "2024-25", "2025-26", "parts")
    assert all(a.period_basis != "unrecorded" for a in read(text, "invented.md").awards)
