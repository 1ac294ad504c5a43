"""Structures of the twenty-fifth round's tune releases that the reader misread, fixed in the twenty-second session
(tuner B) as general mechanisms: each test states several invented wordings of one structure.

Corpus README: `part`, `total` ("over several funders"), "Restated figures", pfa_code. Every text here is invented.
"""

from __future__ import annotations

import pytest

from release_probe import award_errors


# ------------------------------------- a whole's pieces listed on in the sentences straight after its own sentence

@pytest.mark.parametrize("opening, second, third", [
    ("Of the £900,000, £500,000 is the Home Office's grant.",
     "Another £150,000 comes from Kent County Council.",
     "That leaves £250,000 from the commissioner's own budget."),
    ("Out of that £900,000, the Home Office grant accounts for £500,000.",
     "A further £150,000 is paid by Kent County Council.",
     "The remaining £250,000 comes out of the commissioner's own budget."),
    ("Of the £900,000, some £500,000 is Home Office money.",
     "Kent County Council puts in £150,000.",
     "The commissioner finds the last £250,000 from his own budget."),
])
def test_pieces_of_a_restated_whole_go_on_in_the_next_sentences(opening, second, third):
    # the whole's own sentence gives one piece; the next two sentences give the rest, from other payers, and all three
    # add up to it exactly: all are its parts, the whole (and its first statement) a total across funders
    text = ("The Kent commissioner announced £900,000 for perpetrator programmes over 2026-27 and 2027-28.\n\n"
            f"{opening}\n{second}\n{third}\n")
    assert award_errors(text, {
        (1, 900000): dict(role="total", funder=None, start="2026-27", end="2027-28"),
        (3, 900000): dict(role="total", funder=None),
        (3, 500000): dict(role="part", part=3, funder="Home Office"),
        (4, 150000): dict(role="part", part=3, funder="local authority"),
        (5, 250000): dict(role="part", part=3, funder="PCC"),
    }) == []


def test_sentences_after_a_whole_that_do_not_make_it_up_stay_their_own():
    # the next sentence's figure would overshoot the whole: not a piece of it
    text = ("The Kent commissioner announced £900,000 for perpetrator programmes over 2026-27 and 2027-28.\n\n"
            "Of the £900,000, £500,000 is the Home Office's grant.\n"
            "Kent County Council separately gives £450,000 to its own housing team.\n")
    errors = award_errors(text, {(4, 450000): dict(part=None)})
    assert errors == []


# ------------------------------------------ a district's name starting an organisation's name places nothing

@pytest.mark.parametrize("charity", ["Breckland Ways", "Breckland Routes", "Breckland Steps", "Breckland Horizons"])
def test_district_inside_a_charitys_name_keeps_the_wholes_area(charity):
    # "Of that, £A pays <charity> …, and £B …": pieces of the Lincolnshire offer; the Norfolk district opening the
    # charity's name is no place of the money
    text = ("Lincolnshire's commissioner funds work with abusers.\n"
            "A Home Office letter offers £497,000 for 2026-27.\n"
            f"Of that, £312,000 pays {charity} to run its course for men, and £61,500 pays for a case manager.\n")
    assert award_errors(text, {
        (3, 312000): dict(role="part", part=2, funder="Home Office", start="2026-27", end="2026-27"),
        (3, 61500): dict(role="part", part=2, funder="Home Office", start="2026-27", end="2026-27"),
    }) == []


# ------------------------------------- a sentence opening on a payer's sum it names ("Of the Home Office grant, …")

_TABLE = ("Leicestershire's commissioner set out the money for perpetrator work.\n\n"
          "   Source                                      2025-26 (£000)\n"
          "   Home Office perpetrator grant                     436.2\n"
          "   Commissioner's budget                              88.0\n"
          "   TOTAL                                             524.2\n\n")
_PROSE = ("Leicestershire's commissioner set out the money for perpetrator work.\n"
          "The Home Office grant for 2025-26 is £436,200, and the commissioner adds £88,000 of her own.\n")


@pytest.mark.parametrize("lead, line, whole", [(_TABLE, 8, 4), (_PROSE, 3, 2)])
@pytest.mark.parametrize("sentence", [
    "Of the Home Office grant, £262,000 is paid to a charity for a group course, and a further £54,600 funds "
    "one-to-one work.",
    "Out of the Home Office money, £262,000 goes on the group course and £54,600 on one-to-one work.",
    "Of the Home Office's allocation, a charity receives £262,000 for its course; £54,600 pays for one-to-one work.",
])
def test_figures_of_a_sentence_opening_on_a_payers_sum_are_its_parts(lead, line, whole, sentence):
    text = lead + sentence + "\n"
    assert award_errors(text, {
        (line, 262000): dict(role="part", part=whole, funder="Home Office", start="2025-26", end="2025-26"),
        (line, 54600): dict(role="part", part=whole, funder="Home Office", start="2025-26", end="2025-26"),
    }) == []



# ------------------------------------------------- one year's sum said to include a figure ("the 2024-25 figure included")

@pytest.mark.parametrize("sentence", [
    "A spokesperson said the 2024-25 figure included a one-off £120,000 for a pilot that has ended.",
    "The office points out that its 2024/25 grant contained £120,000 for a pilot in one town.",
    "But the 2024-25 Home Office allocation includes £120,000 that paid for a one-year pilot.",
])
def test_a_figure_one_years_sum_is_said_to_include_is_its_part(sentence):
    text = ("Lincolnshire's commissioner funds work with abusers.\n"
            "For 2024-25 the Home Office gave Lincolnshire £508,000 for perpetrator work.\n"
            "That fell to £254,600 in 2025-26.\n" + sentence + "\n")
    assert award_errors(text, {
        (4, 120000): dict(role="part", part=2, funder="Home Office", start="2024-25", end="2024-25"),
        (3, 254600): dict(role="grant", part=None),
    }) == []


# ---------------------------------- a figure a body was told earlier against the one confirmed since, on one line

@pytest.mark.parametrize("sentence", [
    "The Panel was told in July that the Home Office grant for 2026-27 would be £458,000; the office has since "
    "confirmed £445,800.",
    "Members were advised in the spring that the 2026-27 grant was £458,000, but the offer letter gives £445,800.",
    "The committee was informed that next year's grant would be £458,000; the final allocation is £445,800.",
])
def test_a_figure_told_earlier_and_the_one_confirmed_since_disagree(sentence):
    from funding.tables.releases import release_tables
    from release_probe import read
    text = "Leicestershire's commissioner funds perpetrator work.\n\n" + sentence + "\n"
    conflicts = release_tables(read(text))["source_conflicts"]
    rows = conflicts[conflicts["kind"].eq("different_amount")]
    assert len(rows) == 1 and str(rows.iloc[0]["lines"]) == "3"


def test_a_figure_told_alone_is_no_restatement_of_an_earlier_one():
    from funding.tables.releases import release_tables
    from release_probe import read
    text = ("Leicestershire's commissioner funds perpetrator work.\n\n"
            "In 2025-26 the Home Office grant was £742,300.\n"
            "Last week the Home Office told us our allocation for 2026-27 will be £705,000.\n")
    conflicts = release_tables(read(text))["source_conflicts"]
    assert not conflicts["kind"].eq("different_amount").any()
