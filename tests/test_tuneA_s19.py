"""Structures of the twenty-second round's tune releases that the reader misread, fixed in the nineteenth session (tuner
A) as general mechanisms: each test states several invented wordings and layouts of one structure.

Corpus README: `part` (a piece of another stated amount; `part_of_line` the whole's line), `total` (a table's TOTAL
row), "Two-way tables", "Payer said once".  Every text here is invented.
"""

from __future__ import annotations

import pytest

from release_probe import award_errors


# --------------------------------------------------------------------------- a ruled text table with payers' columns

@pytest.mark.parametrize("rule", [
    "    ------------------------------+-------------+------------+----------",
    "    ==============================+=============+============+==========",
    "    +-----------------------------+-------------+------------+---------+",
])
def test_a_text_tables_heading_holds_across_a_rule_with_plus_signs(rule):
    # the rule line under the heading row ("---+---+---") does not end the table: the columns headed by payers
    # give each cell its payer, the cells are parts of the row's total and the rows' totals parts of the TOTAL row
    text = ("Lincolnshire perpetrator funding, 2025-26 and 2026-27\n\n"
            "    Service                       | Ministry of Justice | Council  |    Total\n"
            f"{rule}\n"
            "    Group course                  |            £200,000 |  £20,000 | £220,000\n"
            "    Advocates for partners        |             £50,000 |  £10,000 |  £60,000\n"
            f"{rule}\n"
            "    TOTAL                         |            £250,000 |  £30,000 | £280,000\n")
    assert award_errors(text, {
        (5, 200000): dict(role="part", part=5, funder="Ministry of Justice"),
        (5, 20000): dict(role="part", part=5, funder="local authority"),
        (5, 220000): dict(role="part", part=8, funder=None),
        (6, 60000): dict(role="part", part=8, funder=None),
        (8, 250000): dict(role="total", funder="Ministry of Justice"),
        (8, 30000): dict(role="total", funder="local authority"),
        (8, 280000): dict(role="total", funder=None),
    }) == []


# --------------------------------------------------------------------------- a heading row of short cells is no menu

@pytest.mark.parametrize("heading, rule", [
    ("    Year    | Home Office | Ministry of Justice | District councils |    Total", ""),
    ("Year      |   Home Office   |   Ministry of Justice   |   District councils   |   Total",
     "----------+-----------------+-------------------------+----------------------+---------\n"),
    ("| Year | Home Office | Ministry of Justice | District councils | Total |", "|---|---|---|---|---|\n"),
])
def test_a_tables_heading_row_of_short_cells_is_not_set_aside_as_a_menu(heading, rule):
    # a row of short headings between pipes reads like a menu of links ("Home | News | About | Contact"), but over
    # rows of as many cells holding money it is the table's heading row: its payers give the cells their funders
    def row(*cells):
        return ("| " + " | ".join(cells) + " |") if heading.startswith("|") else "    " + "   |   ".join(cells)
    text = ("Money for work with perpetrators in Norfolk, by year and source\n\n"
            f"{heading}\n{rule}"
            f"{row('2024-25', '£100,000', '£20,000', '£10,000', '£130,000')}\n"
            f"{row('2025-26', '£110,000', '£25,000', '£15,000', '£150,000')}\n"
            f"{row('Total', '£210,000', '£45,000', '£25,000', '£280,000')}\n")
    first = 5 if rule else 4
    assert award_errors(text, {
        (first, 100000): dict(role="part", part=first, funder="Home Office", start="2024-25"),
        (first, 20000): dict(role="part", part=first, funder="Ministry of Justice", start="2024-25"),
        (first + 1, 15000): dict(role="part", part=first + 1, funder="local authority", start="2025-26"),
        (first, 130000): dict(role="part", part=first + 2, funder=None),
        (first + 2, 210000): dict(role="total", funder="Home Office", start="2024-25", end="2025-26"),
        (first + 2, 280000): dict(role="total", funder=None),
    }) == []


def test_a_menu_of_links_over_a_line_of_pipes_without_money_stays_furniture():
    from release_probe import read
    text = ("Home | News | About us | Contact | Jobs\n"
            "Norfolk's commissioner has given £90,000 to a course for men who abuse.\n")
    rel = read(text)
    assert [(a.source_line, a.amount.pence // 100) for a in rel.awards] == [(2, 90000)]


# --------------------------------------------------------------------------- labelled sums under a heading: an award's parts

@pytest.mark.parametrize("lead, heading, items", [
    ("Norfolk's commissioner has been awarded £300,000 by the Home Office for 2025-26 and 2026-27.",
     "What the money buys",
     ["Group course for men (24 weeks), run by Wensum Change in three towns: £200,000",
      "Support for partners from Yare Women's Aid: £70,000",
      "Evaluation: £30,000"]),
    ("The Home Office has granted Kent £300,000 over 2025-26 and 2026-27. The award is smaller than the bid.",
     "How the grant is split",
     ["Case management for men assessed as high risk, by Medway Pathways: £120,000",
      "Group work: £150,000",
      "Training for frontline staff: £30,000"]),
    ("Essex will receive £300,000 from the Home Office across 2025-26 and 2026-27.",
     "WHERE THE GRANT GOES",
     ["A 26-week course for men, delivered in Chelmsford, Colchester and Basildon: £180,000",
      "Partner support: £90,000",
      "Managing the contract: £30,000"]),
])
def test_labelled_sums_under_a_short_heading_that_add_up_to_the_award_are_its_parts(lead, heading, items):
    # a list of "label: £X" lines, without bullets and with labels of any length, under a heading (not a lead-in
    # ending in a colon) straight after the award, that adds up to it exactly, is its breakdown: the award stays a
    # grant and each line is its part with its payer and years
    text = lead + "\n" + heading + "\n" + "\n".join(items) + "\n"
    want = {(1, 300000): dict(role="grant", funder="Home Office", start="2025-26", end="2026-27")}
    for n, item in enumerate(items, start=3):
        pounds = int(item.rsplit("£", 1)[1].replace(",", ""))
        want[(n, pounds)] = dict(role="part", part=1, funder="Home Office", start="2025-26", end="2026-27")
    assert award_errors(text, want) == []


@pytest.mark.parametrize("links", ["You might also like", "You may also enjoy", "You might also be interested in"])
def test_headlines_linked_under_a_related_links_heading_are_not_read(links):
    from release_probe import read
    text = ("Norfolk's commissioner has given £90,000 from the Home Office grant to a course for men who abuse.\n"
            f"{links}\n"
            "Fire cadets: £18,000 for new kit in Thetford\n"
            "Commissioner's £2.4m plan for more officers in Norwich\n")
    assert [(a.source_line, a.amount.pence // 100) for a in read(text).awards] == [(1, 90000)]
