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


# --------------------------------------------------------------------------- a payer's own money listed in pieces

@pytest.mark.parametrize("lead, funder, role", [
    ("The commissioner will pay for two more pieces of work from her own budget: £100,000, made up of:", "PCC",
     "own_funding"),
    ("Kent County Council is adding £100,000 as match funding, split as follows:", "local authority", "match_funding"),
    ("From his own policing budget the Mayor is putting in £100,000, allocated as follows:", "PCC", "own_funding"),
])
def test_pieces_listed_under_a_payers_own_money_are_its_parts(lead, funder, role):
    # the list under own or match money that adds up to it is its breakdown, each item that payer's money; one item's
    # per-year split dates that item only, so the whole (whose own clause gives no year) and the undated item keep none
    text = ("Kent has been given £300,000 by the Home Office for 2025-26 and 2026-27.\n\n"
            f"{lead}\n\n"
            "- a helpline for people worried about their behaviour: £20,000 in 2025-26 and £30,000 in 2026-27\n"
            "- support for partners, delivered by Medway Women's Aid: £50,000\n\n"
            "### The course\n\n"
            "Kent Change runs a 26-week course. Its Kent Council grant is £30,000.\n")
    assert award_errors(text, {
        (3, 100000): dict(role=role, funder=funder, start=None),
        (5, 20000): dict(role="part", part=3, funder=funder, start="2025-26"),
        (5, 30000): dict(role="part", part=3, funder=funder, start="2026-27"),
        (6, 50000): dict(role="part", part=3, funder=funder, start=None),
    }) == []


# --------------------------------------------------------------------------- an item is not the total of the items after it

@pytest.mark.parametrize("items, later", [
    (["- North hub: £500,000", "- South hub: £230,000", "- Monitoring: £50,000"],
     "The commissioner adds £180,000 from his own budget."),
    (["North hub (Tyne Change): £500,000", "South hub (Wear Pathways): £230,000", "Monitoring: £50,000"],
     "Separately, the county council is paying £180,000 as match funding."),
    (["(a) North hub: £500,000", "(b) South hub: £230,000", "(c) Monitoring: £50,000"],
     "The Ministry of Justice is paying a further £180,000."),
])
def test_a_list_item_is_not_the_total_of_the_next_item_and_a_later_sum(items, later):
    # "South hub: £230,000" = "Monitoring: £50,000" + the later £180,000 by chance: the item is a piece of the award
    # the whole list adds up to, not the total of the sums after it
    text = ("## Background\n\nNorthumbria has been awarded £780,000 by the Home Office for 2025-26 and 2026-27.\n\n"
            "## Funding breakdown\n\n### Home Office award\n\n" + "\n".join(items) + "\n\n### Other money\n\n"
            + later + "\n")
    assert award_errors(text, {
        (9, 500000): dict(role="part", part=3, funder="Home Office", start="2025-26"),
        (10, 230000): dict(role="part", part=3, funder="Home Office", start="2025-26"),
        (11, 50000): dict(role="part", part=3, funder="Home Office", start="2025-26"),
    }) == []


# --------------------------------------------------------------------------- a quote running over two sentences of a line

@pytest.mark.parametrize("quote", [
    'Mr Hale said: "Three years in, the course works. The £318,450 means the groups keep running."',
    'The commissioner added: "We fought hard for this. The £318,450 keeps every group going next year."',
    '"It is good news for Lancashire. The £318,450 will keep partners safe," said Ms Barr.',
])
def test_a_figure_in_the_second_sentence_of_a_quote_restating_the_grant_is_not_read(quote):
    from release_probe import read
    text = ("The Home Office has confirmed Lancashire's perpetrator grant for 2026-27.\n"
            "The confirmed sum is £318,450, up from £296,000 in 2025-26.\n\n"
            f"{quote}\n")
    got = sorted((a.source_line, a.amount.pence // 100) for a in read(text).awards)
    assert got == [(2, 296000), (2, 318450)]


# --------------------------------------------------------------------------- pieces of one of two sums on a line

@pytest.mark.parametrize("lead", [
    "The confirmed sum is £318,450, up from £296,000 in 2025-26.",
    "This year's grant is £318,450, against £296,000 last year.",
    "The grant for 2026-27 is £318,450 (2025-26: £296,000).",
])
def test_pieces_of_the_grant_are_not_checked_against_the_other_sum_on_its_line(lead):
    from release_probe import read
    text = ("The Home Office has confirmed Suffolk's perpetrator grant for 2026-27.\n"
            f"{lead}\n"
            "The 2026-27 money is divided as follows:\n"
            "  * a group course for men (£171,300);\n"
            "  * one-to-one sessions (£58,650);\n"
            "  * support for partners (£64,500).\n"
            "The remaining £24,000 covers the costs of managing the contract.\n")
    rel = read(text)
    parts = {(a.source_line, a.amount.pence // 100): a.part_of_line for a in rel.awards if a.funding_role == "part"}
    assert parts == {(4, 171300): 2, (5, 58650): 2, (6, 64500): 2, (7, 24000): 2}
    assert [c for c in rel.conflicts if c.kind == "parts_do_not_sum"] == []


# --------------------------------------------------------------------------- the commissioner's own money under its heading

@pytest.mark.parametrize("heading, sentence, role", [
    ("COMMISSIONER'S OWN BUDGET", "£40,000 in 2025-26 pays for a case manager for men assessed as high risk.",
     "own_funding"),
    ("## The Commissioner's money", "A case manager for men assessed as high risk is paid £40,000 in 2025-26.",
     "own_funding"),
    ("POLICE AND CRIME COMMISSIONER'S BUDGET", "A case manager for men assessed as high risk costs £40,000 in 2025-26.",
     "own_funding"),
    ("COMMISSIONER'S MATCH FUNDING", "£40,000 in 2025-26 pays for a case manager for men assessed as high risk.",
     "match_funding"),
])
def test_money_under_a_heading_naming_the_commissioners_own_budget_is_own_funding(heading, sentence, role):
    # README funding_role: the commissioner's own money, not said to match or top up a grant, is own_funding; the
    # heading names the payer and so the kind of money of the paragraph under it
    text = ("Dyfed-Powys will have £300,000 from the Home Office for 2025-26 for a course for men.\n\n"
            f"{heading}\n{sentence}\n")
    assert award_errors(text, {(4, 40000): dict(role=role, funder="PCC", start="2025-26")}) == []


# --------------------------------------------------------------------------- a person's own budget beside a body's work

@pytest.mark.parametrize("sentence", [
    "Ouse Advocacy will employ two stalking advocates, and Mr Hale is paying for both posts from his own budget at "
    "£62,000 a year.",
    "Two advocates will be employed by Ouse Advocacy Trust; Ms Barr is funding them from her own budget, £62,000 a year.",
    "Ouse Advocacy CIC runs the advocacy service and the commissioner pays £62,000 a year for it out of her own budget.",
])
def test_a_persons_own_budget_is_the_commissioners_not_the_providers(sentence):
    # README funding_role/funder: "his own" or "her own" budget is a person's, the commissioner's, own funding; a
    # provider named in an earlier clause of the sentence putting in its own money would be "its own"
    text = ("North Yorkshire's commissioner, who has £244,600 from the Home Office for 2025-26 and 2026-27, is "
            "funding a stalking service.\n\n"
            f"{sentence}\n")
    assert award_errors(text, {(3, 62000): dict(role="own_funding", funder="PCC")}) == []


# --------------------------------------------------------------------------- a sum "with" another payer's money

@pytest.mark.parametrize("sentence", [
    "With the council's money, the service has £274,600 for 2025-26 and 2026-27.",
    "Together with the council's contribution, £274,600 is available over the two years.",
    "With the county council's funding, the programme will have £274,600 to spend.",
])
def test_a_sum_said_to_be_with_another_payers_money_is_a_total_across_funders(sentence):
    # README total: the grant and the council's money stated before, summed "with the council's money", is a total
    # over several funders, no one payer's
    text = ("Hertfordshire has been awarded £244,600 by the Home Office for 2025-26 and 2026-27.\n"
            "Hertfordshire County Council is putting £30,000 over the two years on top of the grant.\n"
            f"{sentence}\n")
    assert award_errors(text, {(3, 274600): dict(role="total", funder=None)}) == []


# --------------------------------------------------------------------------- a payer's money named again, without its year

@pytest.mark.parametrize("again, pounds", [
    ("Of the council's £42,000, £12,000 goes to Severn Women's Aid for partner support.", 42000),
    ("The council's £42,000 pays for a family worker and for training.", 42000),
    ("The council's £42,000, paid in four instalments, is spent on a family worker.", 42000),
])
def test_match_money_named_again_without_a_year_has_none(again, pounds):
    # README "Restated figures": money named again with its article or owner ("the council's £42,000") keeps its
    # kind and payer but has only the period its own clause gives, none here
    text = ("Shropshire Council has accepted a Home Office grant of £186,000 for 2026-27.\n"
            "Shropshire Council is adding £42,000 from its reserve as match funding for 2026-27.\n\n"
            f"{again}\n")
    assert award_errors(text, {
        (2, 42000): dict(role="match_funding", funder="local authority", start="2026-27"),
        (4, pounds): dict(role="match_funding", funder="local authority", start=None),
    }) == []


def test_match_money_named_again_and_split_by_year_keeps_its_years():
    text = ("Bedford Borough Council has a Home Office grant of £246,000 for 2024-25 and 2025-26.\n"
            "The council is adding £60,000 as match funding over 2024-25 and 2025-26.\n\n"
            "The council's £60,000 will be profiled as £30,000 in each year.\n")
    assert award_errors(text, {(4, 60000): dict(role="match_funding", start="2024-25", end="2025-26")}) == []


# --------------------------------------------------------------------------- a heading naming money is no body

@pytest.mark.parametrize("heading", ["HOME OFFICE GRANT", "COMMISSIONER'S OWN BUDGET", "Council Contributions"])
def test_a_heading_naming_money_over_its_sum_is_not_a_recipient(heading):
    # a grant-maker's list puts a body's name over its sum; a heading that ends in a money noun names the money
    from release_probe import read
    text = ("Gwent will keep its course for men running for two more years.\n\n"
            f"{heading}\n"
            "£452,800 over the two years, paid as £221,400 in 2025-26 and £231,400 in 2026-27.\n")
    assert [o.organisation for o in read(text).organisations if o.source_line == 3] == []


def test_a_body_named_over_its_sum_in_a_grants_list_is_still_a_recipient():
    from release_probe import read
    text = ("Grants made this quarter\n\n"
            "### Tarn Valley Men's Project\n"
            "£64,000 | three years | Penrith\n")
    assert [(o.organisation, o.role) for o in read(text).organisations if o.source_line == 3] == [
        ("Tarn Valley Men's Project", "recipient")]


# --------------------------------------------------------------------------- "starts" counted as a noun

@pytest.mark.parametrize("sentence", [
    "The target for 2026-27 is 110 starts, with at least 60% completing.",
    "We are aiming for 110 starts next year, with at least 60% completing.",
    "The contract sets 110 starts a year as its target, with at least 60% completing.",
])
def test_a_completion_rate_after_a_count_of_starts_is_about_perpetrators(sentence):
    from release_probe import outcomes_by_key
    got = outcomes_by_key(sentence)
    assert (3, 60.0, "percent") in got and got[(3, 60.0, "percent")].about == "perpetrators"
