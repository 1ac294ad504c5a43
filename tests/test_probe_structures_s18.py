"""Structures from the seventeenth session's invented probe set that the reader misread, fixed in the eighteenth
session as general mechanisms: each test states several wordings and layouts of one structure beyond the probe.

Corpus README: `part` (a piece of another stated amount; `part_of_line` the whole's line), `total` (a table's TOTAL
row), conflicts `parts_do_not_sum` and `amounts_differ`, "Payer said once", "Money added to a grant".  Invented texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from release_probe import award_errors

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import score_probes  # noqa: E402


def _conflict_errors(lines: list[str], kind: str) -> list[str]:
    """What the probe scorer finds wrong with ``lines`` read as a probe that should raise ``kind``."""
    probe = {"name": "invented", "lines": lines, "amounts": [], "conflict": kind}
    return [e for e in score_probes.errors(probe) if "conflict" in e]


# --------------------------------------------------------------------------- restated differently in notes or a box

@pytest.mark.parametrize("lines", [
    ["Key facts", "- Where: Norfolk", "- Who pays: the Home Office", "- How much: £412,000 for 2025-26", "",
     "Norfolk's Police and Crime Commissioner has been granted £421,000 by the Home Office for 2025-26 for the "
     "Change Up course."],
    ["Kent's commissioner will receive £296,000 from the Home Office in 2025-26 for work with perpetrators.", "",
     "Editor's notes", "2. Kent's Home Office grant for 2025-26 totals £292,000."],
    ["Essex will get £305,000 from the Home Office for 2025-26, its commissioner said today.", "",
     "NOTES", "", "Essex's allocation from the Home Office perpetrator fund for 2025-26: £315,000."],
    ["Thames Valley's Police and Crime Commissioner has been awarded £455,000 from the Home Office for 2025/26.", "",
     "Background", "* The Home Office is paying Thames Valley £445,000 in 2025/26."],
])
def test_a_grant_restated_differently_in_notes_or_a_box_is_scored_as_amounts_differ(lines):
    # the reader lists two statements of one award that disagree in the release's source_conflicts table
    # (funding.tables.releases.award_conflicts), which the corpus scorer reads; the probe scorer reads the same table
    assert _conflict_errors(lines, "amounts_differ") == []


# --------------------------------------------------------------------------- a plain table's row squeezed to its figure

def _plain_table(title: str, rows: list[tuple[str, str]], column: int) -> str:
    """A table set out with spaces, every figure starting at ``column``; a label as long as the column leaves one
    space before its figure."""
    body = "\n".join(label + " " * max(1, column - len(label)) + figure for label, figure in rows)
    return f"{title}\n\n{body}\n"


@pytest.mark.parametrize("title, rows, want", [
    # the squeezed row in the middle, the payers' rows of a package
    ("Cumbria perpetrator funding 2025-26",
     [("Ministry of Justice", "£190,000"), ("Carlisle City Council", "£25,000"), ("Commissioner", "£35,000"),
      ("TOTAL", "£250,000")],
     {(3, 190000): dict(role="part", part=6, funder="Ministry of Justice"),
      (4, 25000): dict(role="part", part=6, funder="local authority"),
      (5, 35000): dict(role="part", part=6, funder="PCC"), (6, 250000): dict(role="total", funder=None)}),
    # the first row squeezed, items rather than payers
    ("How Durham's Home Office grant is spent in 2025-26",
     [("Group course (Tees Turning Point)", "£160,000"), ("Partner support", "£45,000"), ("Training", "£12,500"),
      ("Total", "£217,500")],
     {(3, 160000): dict(role="part", part=6), (4, 45000): dict(role="part", part=6),
      (5, 12500): dict(role="part", part=6), (6, 217500): dict(role="total")}),
    # the last row before the TOTAL squeezed, figures in £k
    ("Suffolk: money for work with perpetrators, 2025/26",
     [("Home Office", "£300k"), ("Suffolk County Council", "£40k"), ("Total", "£340k")],
     {(3, 300000): dict(role="part", part=5, funder="Home Office"),
      (4, 40000): dict(role="part", part=5, funder="local authority"), (5, 340000): dict(role="total", funder=None)}),
])
def test_a_plain_table_row_whose_label_runs_up_to_its_figure_is_a_row(title, rows, want):
    column = max(len(label) for label, _ in rows) + 1
    assert award_errors(_plain_table(title, rows, column), want) == []


def test_a_plain_table_with_a_squeezed_row_not_adding_up_raises_parts_do_not_sum():
    rows = [("Home Office", "£210,000"), ("Northamptonshire PFCC", "£30,000"), ("TOTAL", "£250,000")]
    lines = _plain_table("Northamptonshire perpetrator funding 2025-26", rows, 22).rstrip("\n").split("\n")
    assert _conflict_errors(lines, "parts_do_not_sum") == []


# --------------------------------------------------------------------------- pieces named in later sentences

@pytest.mark.parametrize("text, whole, pieces", [
    ("Norfolk's commissioner has been awarded £410,000 by the Ministry of Justice for 2025-26 and 2026-27.\n\n"
     "The first payment, £200,000, arrived in May.\n\nThe second payment of £210,000 follows next spring.\n",
     (1, 410000, "Ministry of Justice"), [(3, 200000), (5, 210000)]),
    ("Essex has received £180,000 from the Home Office for 2025-26.\n\n"
     "Most of the money, £130,000, pays for the Essex Change course.\n\nThe remainder, £50,000, funds partner support.\n",
     (1, 180000, "Home Office"), [(3, 130000), (5, 50000)]),
    ("Kent's Police and Crime Commissioner will get £300,000 from the Home Office over 2025-26 and 2026-27.\n\n"
     "The Commissioner welcomed the news.\n\n"
     "The first tranche, £140,000, came in June.\n\nThe balance, £160,000, will be paid in April 2026.\n",
     (1, 300000, "Home Office"), [(5, 140000), (7, 160000)]),
    ("Durham County Council has agreed a grant of £120,000 for 2025-26 to the Durham Change programme.\n\n"
     "The first half, £60,000, was paid on signing.\n\nThe second half, £60,000, is due in October.\n",
     (1, 120000, "local authority"), [(3, 60000), (5, 60000)]),
])
def test_pieces_named_as_instalments_or_the_rest_in_later_sentences_are_parts(text, whole, pieces):
    want = {whole[:2]: dict(role="grant", part=None, funder=whole[2])}
    for key in pieces:
        want[key] = dict(role="part", part=whole[0], funder=whole[2])
    assert award_errors(text, want) == []


def test_money_said_to_be_besides_it_in_later_sentences_is_not_a_piece():
    text = ("Kent's commissioner will get £300,000 from the Home Office for 2025-26.\n\n"
            "The first instalment, £150,000, arrived in May.\n\nA further £150,000 comes from Kent County Council.\n")
    assert award_errors(text, {(5, 150000): dict(part=None)}) == []


@pytest.mark.parametrize("text", [
    "Lancashire's commissioner will receive £540,000 from the Home Office between April 2025 and March 2027.\n\n"
    "In year one Lancashire will draw down £260,000. Year two's instalment is £280,000.\n",
    "Lancashire's commissioner will receive £540,000 from the Home Office between April 2025 and March 2027.\n\n"
    "In the first year the commissioner can claim £260,000, and in the second year £280,000.\n",
    "Lancashire's commissioner will receive £540,000 from the Home Office between April 2025 and March 2027.\n\n"
    "During year 1 the Lancashire service is due to spend £260,000.\nDuring year 2 it will spend £280,000.\n",
])
def test_a_sentence_opened_by_the_year_of_a_span_is_that_years_share(text):
    line = 3
    second = 3 if "and in the second" in text or "Year two's" in text else 4
    assert award_errors(text, {
        (line, 260000): dict(role="part", part=1, funder="Home Office", start="2025-26", end="2025-26"),
        (second, 280000): dict(role="part", part=1, funder="Home Office", start="2026-27", end="2026-27")}) == []


# --------------------------------------------------------------------------- a list dividing a grant, not adding up

@pytest.mark.parametrize("lines, grant, items", [
    (["Cambridgeshire's commissioner has £220,000 from the Ministry of Justice for 2025-26.", "", "Where the money goes:",
      "• Group course: £150,000", "• Partner support: £50,000", "• Evaluation: £12,000"],
     (1, 220000, "Ministry of Justice"), [(4, 150000), (5, 50000), (6, 12000)]),
    (["Humberside's Home Office grant of £400,000 for 2025-26 will be split as follows:",
      "1. £250,000 for the Humber Change course", "2. £100,000 for partner support", "3. £40,000 for practitioner training"],
     (1, 400000, "Home Office"), [(2, 250000), (3, 100000), (4, 40000)]),
    (["West Yorkshire County Council is giving £120,000 to perpetrator work in 2025-26. Here is how it will be used:",
      "(a) £80,000 for one-to-one work", "(b) £36,000 for a helpline"],
     (1, 120000, "local authority"), [(2, 80000), (3, 36000)]),
    (["Northumbria's Police and Crime Commissioner has set out how her £300,000 Home Office grant for 2025/26 is being "
      "spent:", "", "- £200,000 goes to the Tyne Change group course", "- £70,000 to partner support",
      "- £20,000 to a perpetrator helpline"],
     (1, 300000, "Home Office"), [(3, 200000), (4, 70000), (5, 20000)]),
])
def test_a_list_said_to_divide_a_grant_not_adding_up_is_its_parts_and_a_conflict(lines, grant, items):
    text = "\n".join(lines) + "\n"
    want = {grant[:2]: dict(role="grant", funder=grant[2])}
    for key in items:
        want[key] = dict(role="part", part=grant[0], funder=grant[2])
    assert award_errors(text, want) == []
    assert _conflict_errors(lines, "parts_do_not_sum") == []


# --------------------------------------------------------------------------- money said to be besides the award

@pytest.mark.parametrize("text, key", [
    ("Staffordshire has been awarded £310,000 by the Home Office for 2025-26.\n\n"
     "Additionally, £20,000 goes to New Era for partner support.\n", (3, 20000)),
    ("The Ministry of Justice has picked Dorset for its pilot. It will receive £200,000.\n"
     "In addition, £12,500 will pay for interpreters.\n", (2, 12500)),
    ("Norfolk's commissioner has been given £260,000 by the Home Office over 2025-26 and 2026-27.\n\n"
     "- In addition, £8,000 funds training for police officers.\n", (3, 8000)),
    ("Wiltshire has £150,000 from the Home Office for the Horizon course in 2025-26.\n"
     "As well as this, £30,000 is to fund an evaluation by the University of Bath.\n", (2, 30000)),
])
def test_money_paid_out_in_addition_is_no_piece_of_the_award_nor_lent_its_payer(text, key):
    assert award_errors(text, {key: dict(role="grant", part=None, funder=None)}) == []


# --------------------------------------------------------------------------- a year of the span named after the figure

@pytest.mark.parametrize("text, first, second", [
    ("Suffolk's commissioner has £250,000 from the Ministry of Justice for 2025-26 and 2026-27. Of that, £120,000 will "
     "be paid in 2025-26 and the remaining £130,000 in the second year.\n", (1, 120000), (1, 130000)),
    ("Cheshire County Council will put £90,000 into the service over 2025-26 and 2026-27. Of this, £40,000 is for "
     "2025-26 and £50,000 will be for the second year.\n", (1, 40000), (1, 50000)),
    ("Cleveland has £280,000 from the Home Office for 2025/26 and 2026/27. Of that, £130,000 goes in 2025/26 and the "
     "other £150,000 is for the second year.\n", (1, 130000), (1, 150000)),
    ("Bedfordshire's commissioner will get £240,000 from the Home Office for 2025-26 and 2026-27.\n"
     "- £115,000 is to be spent in 2025-26 and £125,000 in the second year\n", (2, 115000), (2, 125000)),
])
def test_a_piece_said_to_be_for_the_second_year_takes_that_year_not_the_other_clauses(text, first, second):
    assert award_errors(text, {first: dict(role="part", part=1, start="2025-26", end="2025-26"),
                               second: dict(role="part", part=1, start="2026-27", end="2026-27")}) == []


@pytest.mark.parametrize("text, first, second", [
    ("Dyfed-Powys has been given £210,000 by the Home Office over 2025/26 and 2026/27.\n"
     "Of that, £100,000 is paid in 2025/26 and the rest, £110,000, for the second year.\n", (2, 100000), (2, 110000)),
    ("Leicestershire's commissioner has £300,000 from the Home Office for 2025-26 and 2026-27. Of this, £140,000 is for "
     "2025-26 and the remainder, £160,000, for the second year.\n", (1, 140000), (1, 160000)),
    ("Lincolnshire has a Ministry of Justice grant of £180,000 over 2025/26 and 2026/27. Of it, £85,000 is paid in "
     "2025/26 and the other £95,000, during the second year.\n", (1, 85000), (1, 95000)),
])
def test_a_piece_set_off_by_commas_said_to_be_for_the_second_year_takes_that_year(text, first, second):
    assert award_errors(text, {first: dict(role="part", part=1, start="2025-26", end="2025-26"),
                               second: dict(role="part", part=1, start="2026-27", end="2026-27")}) == []


# --------------------------------------------------------------------------- a figure quoted in a labelled question

@pytest.mark.parametrize("text, key, funder", [
    ("Question 2 (Cllr Joan Peel): Is it right that Norfolk will get £310,000 from the Home Office for 2025-26?\n"
     "Answer: Yes. Norfolk's 2025-26 Home Office grant is £310,000.\n", (1, 310000), "Home Office"),
    ("Q: Did Kent receive £412,000 from the Ministry of Justice for 2025-26?\n"
     "A: Kent received £421,000 from the Ministry of Justice for 2025-26.\n", (1, 412000), "Ministry of Justice"),
    ("Written question: Will Essex's £250,000 from the Home Office for 2025-26 be spent on the group course?\n"
     "Reply: Most of it will; the rest pays for partner support.\n", (1, 250000), "Home Office"),
])
def test_a_figure_quoted_in_a_question_labelled_as_one_is_read(text, key, funder):
    assert award_errors(text, {key: dict(role="grant", funder=funder, start="2025-26", end="2025-26")}) == []


def test_a_question_restating_the_answers_figure_differently_raises_amounts_differ():
    lines = ["Q: Did Kent receive £412,000 from the Ministry of Justice for 2025-26?",
             "A: Kent received £421,000 from the Ministry of Justice for 2025-26."]
    assert _conflict_errors(lines, "amounts_differ") == []


# --------------------------------------------------------------------------- own money added 'plus', no year of its own

@pytest.mark.parametrize("text, grant, own", [
    ("Kent: £300,000 from the Home Office's 2025-26 round, plus £25,000 from the commissioner's own budget.\n",
     (1, 300000), (1, 25000)),
    ("Thames Valley will receive £520,000 from the Home Office for 2025/26, plus £35,000 from the PCC's own budget.\n",
     (1, 520000), (1, 35000)),
    ("Lancashire: £400,000 (Home Office, 2025-26), plus £30,000 of the commissioner's own money.\n",
     (1, 400000), (1, 30000)),
    ("The Ministry of Justice has given Surrey £260,000 for 2025-26 and 2026-27, plus another £20,000 from the "
     "commissioner's own funds.\n", (1, 260000), (1, 20000)),
])
def test_own_money_added_with_plus_takes_no_year_from_the_grant_before_it(text, grant, own):
    assert award_errors(text, {grant: dict(role="grant", part=None),
                               own: dict(funder="PCC", part=None, start=None, end=None)}) == []


# --------------------------------------------------------------------------- a share compared with last year's

@pytest.mark.parametrize("text, key, funder, period", [
    ("Cleveland will again get money from the Home Office's perpetrator fund in 2025-26.\n\n"
     "Its allocation is £198,000, more than last year.\n", (3, 198000), "Home Office", ("2025-26", "2025-26")),
    ("Dorset is one of the areas in the Ministry of Justice's 2025/26 round.\n\n"
     "The county's share is £142,500, the same as last year.\n", (3, 142500), "Ministry of Justice",
     ("2025-26", "2025-26")),
    ("Gwent will receive money from the Home Office's fund for the two years from April 2025.\n"
     "Its share is £410,000, compared with last year's £380,000.\n", (2, 410000), "Home Office", ("2025-26", "2026-27")),
])
def test_a_share_only_compared_with_last_year_takes_the_rounds_period(text, key, funder, period):
    assert award_errors(text, {key: dict(role="grant", funder=funder, start=period[0], end=period[1])}) == []
