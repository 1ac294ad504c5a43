"""Structures of the twenty-fifth round's tune releases that the reader misread, fixed in the twenty-second session
(tuner D) as general mechanisms: each test states several invented wordings of one structure.

Corpus README: "Figures in thousands or millions" (a bare figure under a heading that gives pounds), "Spending against
a budget", `total`, `part`, "Partners' money".  Every text here is invented.
"""

from __future__ import annotations

import pytest

from release_probe import award_errors


def _row(*cells: str, widths=(34, 22, 22, 12)) -> str:
    """A row of a table aligned with spaces: the label set left, the figures set right in their columns."""
    out = cells[0].ljust(widths[0])
    for cell, width in zip(cells[1:], widths[1:]):
        out += cell.rjust(width)
    return out.rstrip()


_LEAD = "The Police and Crime Commissioner for Wiltshire has published the budget of the perpetrator service.\n\n"


# --------------------------------------------------------------------------- a heading giving pounds, aligned table

@pytest.mark.parametrize("budget, spent", [
    ("Budget (£)", "Spent so far (£)"),
    ("Allocation (£)", "Spend to date (£)"),
    ("Grant 2025-26 (GBP)", "Paid to date (GBP)"),
])
def test_bare_figures_under_a_pounds_heading_of_an_aligned_table_are_amounts(budget, spent):
    # a table set out with spaces whose column headings give pounds prints its figures bare, as a pipe table does:
    # the budget cells are read (the TOTAL row's its total, the rows its parts) and the spending cells are context
    text = (_LEAD + "FUNDING FOR 2025-26\n"
            + _row("Source", budget, spent) + "\n"
            + _row("Home Office grant", "412,000", "201,500") + "\n"
            + _row("Commissioner's own budget", "58,250", "30,000") + "\n"
            + _row("TOTAL", "470,250", "231,500") + "\n")
    assert award_errors(text, {
        (5, 412000): dict(role="part", part=7, funder="Home Office", start="2025-26"),
        (5, 201500): dict(role="context", funder="Home Office"),
        (6, 58250): dict(role="part", part=7, funder="PCC"),
        (7, 470250): dict(role="total", funder=None, start="2025-26"),
        (7, 231500): dict(role="context"),
    }) == []


@pytest.mark.parametrize("caption", [
    "Contributions by year (£):",
    "Each payer's contribution is shown below in £",
    "The yearly contributions, in pounds",
])
def test_a_caption_giving_pounds_reads_the_bare_figures_of_the_aligned_table_under_it(caption):
    # the unit stands in the line over the table (a caption or lead-in), not in its headings of years: the bare
    # figures under the year and total headings are pounds
    text = (_LEAD + caption + "\n\n"
            + _row("Payer", "2026-27", "2027-28", "Total", widths=(34, 12, 12, 12)) + "\n"
            + _row("Home Office", "60,500", "62,000", "122,500", widths=(34, 12, 12, 12)) + "\n"
            + _row("Wiltshire Council", "15,000", "15,000", "30,000", widths=(34, 12, 12, 12)) + "\n"
            + _row("TOTAL", "75,500", "77,000", "152,500", widths=(34, 12, 12, 12)) + "\n")
    assert award_errors(text, {
        (6, 60500): dict(funder="Home Office", start="2026-27", end="2026-27"),
        (6, 122500): dict(funder="Home Office", start="2026-27", end="2027-28"),
        (7, 15000, "2027-28"): dict(funder="local authority", end="2027-28"),
        (8, 152500): dict(role="total", funder=None, start="2026-27", end="2027-28"),
    }) == []


def test_a_sentence_stating_a_sum_is_no_pounds_caption_for_the_table_under_it():
    # "(£)" in a sentence that states a sum of its own is no unit for the table under it: the bare figures of the rows
    # stay unread
    widths = (34, 12, 12)
    text = (_LEAD + "The Home Office grant of £90,000 (£) is set out below.\n\n"
            + _row("Payer", "2026-27", "Total", widths=widths) + "\n"
            + _row("Home Office", "60,500", "60,500", widths=widths) + "\n")
    assert award_errors(text, {(3, 90000): {}}) == []
    assert award_errors(text, {(6, 60500): {}}) == ["(6, 60500): not read"]


# --------------------------------------------------------------------------- a TOTAL row leaving a column blank

@pytest.mark.parametrize("last", ["RAG", "Status", "Notes"])
def test_a_total_row_that_leaves_the_last_column_blank_reads_each_figure_under_its_own_heading(last):
    # the rows end in a status cell ("G", "On track") that the TOTAL row leaves blank: counted from the right its
    # figures would fall one heading too far (the budget total under "Spend to date"); read by where they stand, the
    # budget column's total is the total and the spending column's is context
    widths = (34, 14, 21, 10)
    text = (_LEAD + "BUDGET 2025-26\n"
            + _row("Funder", "Budget (£)", "Spend to date (£)", last, widths=widths) + "\n"
            + _row("Home Office", "300,000", "140,000", "G", widths=widths) + "\n"
            + _row("Wiltshire Council", "45,500", "20,250", "A", widths=widths) + "\n"
            + _row("TOTAL", "345,500", "160,250", widths=widths) + "\n")
    assert award_errors(text, {
        (5, 300000): dict(role="part", part=7, funder="Home Office"),
        (5, 140000): dict(role="context"),
        (6, 45500): dict(role="part", part=7, funder="local authority"),
        (7, 345500): dict(role="total", funder=None),
        (7, 160250): dict(role="context"),
    }) == []


# --------------------------------------------------------------------------- rows headed as partners

@pytest.mark.parametrize("heading", ["Funding partner", "Contributing partner", "Partner organisation"])
def test_a_body_in_a_table_whose_rows_are_headed_as_partners_pays_as_a_partner(heading):
    # a housing association or other body outside the funder vocabulary, listed under a heading calling the rows
    # partners, has funder partners; the rows the vocabulary names keep their own funders
    widths = (34, 12, 12, 12)
    text = (_LEAD + "Contributions (£):\n\n"
            + _row(heading, "2026-27", "2027-28", "Total", widths=widths) + "\n"
            + _row("Wiltshire Council", "12,000", "12,000", "24,000", widths=widths) + "\n"
            + _row("Kennet Vale Housing", "9,250", "9,750", "19,000", widths=widths) + "\n"
            + _row("TOTAL", "21,250", "21,750", "43,000", widths=widths) + "\n")
    assert award_errors(text, {
        (6, 24000): dict(funder="local authority"),
        (7, 9250): dict(funder="partners", start="2026-27"),
        (7, 19000): dict(funder="partners", part=8),
        (8, 43000): dict(role="total", funder=None),
    }) == []


# --------------------------------------------------------------------------- notes under a table about its cells

def _budget(rows: list[tuple[str, str]]) -> str:
    widths = (40, 14)
    return ("BUDGET 2026-27\n" + _row("Funder", "Budget (£)", widths=widths) + "\n"
            + "".join(_row(label, figure, widths=widths) + "\n" for label, figure in rows))


@pytest.mark.parametrize("note", [
    "The Home Office grant is held jointly: of the £300,000, Wiltshire's share is £180,000 and Dorset's £120,000.",
    "Of the £300,000, Wiltshire's part is £180,000 and Dorset's £120,000.",
    "The two offices share the Home Office money: of the £300,000, Wiltshire's share is £180,000 and Dorset's is £120,000.",
])
def test_a_note_restating_a_shared_table_cell_gives_it_and_its_shares_no_year(note):
    # the table's Home Office row names two areas, so its cell is no one area's; the note under the table restates
    # that sum with an area's share beside it: a restatement, with no year of its own (README "Restated figures")
    text = ("The commissioners for Wiltshire and Dorset jointly fund a service for people who abuse their partners.\n\n"
            + _budget([("Home Office (Wiltshire and Dorset)", "300,000"), ("Wiltshire PCC own budget", "40,000"),
                       ("TOTAL", "340,000")])
            + "\nNOTES\n" + note + "\n")
    assert award_errors(text, {
        (5, 300000): dict(start="2026-27"),
        (10, 300000): dict(funder="Home Office", start=None, end=None),
        (10, 180000): dict(role="part", part=10, start=None),
        (10, 120000): dict(role="part", part=10, start=None),
    }) == []


@pytest.mark.parametrize("note", [
    "The Ministry of Justice line is paid to two charities: £58,000 to Avon Haven and £38,000 to Kennet Women's Aid.",
    "The Ministry of Justice money goes to two charities, £58,000 to Avon Haven and £38,000 to Kennet Women's Aid.",
    "The Ministry of Justice pays £58,000 of it to Avon Haven and £38,000 to Kennet Women's Aid.",
])
def test_a_note_dividing_a_table_cell_between_bodies_gives_its_parts(note):
    # two sums from one payer on a note's line that add up to that payer's one cell above are its pieces: parts of
    # the cell with its year and its (shared) area, not grants of their own
    text = ("The commissioners for Wiltshire and Dorset jointly fund a service for people who abuse their partners.\n\n"
            + _budget([("Home Office (Wiltshire and Dorset)", "300,000"),
                       ("Ministry of Justice (Wiltshire and Dorset)", "96,000"), ("TOTAL", "396,000")])
            + "\nNOTES\n" + note + "\n")
    assert award_errors(text, {
        (6, 96000): dict(role="part", part=7, start="2026-27"),
        (10, 58000): dict(role="part", part=6, funder="Ministry of Justice", start="2026-27", end="2026-27"),
        (10, 38000): dict(role="part", part=6, funder="Ministry of Justice", start="2026-27", end="2026-27"),
    }) == []


def test_sums_that_do_not_add_up_to_the_payers_cell_stay_grants():
    # pieces that add up to no cell of their payer are not read as its division
    text = ("The commissioners for Wiltshire and Dorset jointly fund a service for people who abuse their partners.\n\n"
            + _budget([("Home Office (Wiltshire and Dorset)", "300,000"),
                       ("Ministry of Justice (Wiltshire and Dorset)", "96,000"), ("TOTAL", "396,000")])
            + "\nNOTES\nThe Ministry of Justice has also given £20,000 to Avon Haven and £15,000 to Kennet Women's Aid.\n")
    assert award_errors(text, {(10, 20000): dict(role="grant", part=None), (10, 15000): dict(role="grant")}) == []


# --------------------------------------------------------------------------- a piece of one payer's piece

@pytest.mark.parametrize("opening", [
    "Of the Home Office money, £40,000 pays for a partner support worker.",
    "Of the Home Office grant, £40,000 is spent on a partner support worker.",
    "Out of the Home Office funding, £40,000 goes on a partner support worker.",
])
def test_a_sum_opening_on_one_payers_money_is_a_piece_of_that_payers_piece_not_of_the_total(opening):
    # a budget made up of several payers' pieces (a total across funders); a later clause opening "Of the Home Office
    # money" divides the Home Office's piece, not the whole budget
    text = ("Wiltshire Police runs a unit for people who abuse their partners.\n\n"
            "The unit's budget for 2025-26 is £500,000. It is made up of:\n"
            "- £300,000 from the Home Office perpetrator fund\n"
            "- £150,000 from the Police and Crime Commissioner's community safety fund\n"
            "- £50,000 from Wiltshire Council\n\n"
            + opening + "\n")
    assert award_errors(text, {
        (3, 500000): dict(role="total", funder=None),
        (4, 300000): dict(role="part", part=3),
        (8, 40000): dict(role="part", part=4, funder="Home Office", start="2025-26"),
    }) == []
