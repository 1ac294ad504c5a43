"""Structures of the twenty-third round's tune releases that the reader misread, fixed in the twentieth session (tuner
C) as general mechanisms: each test states several invented wordings of one structure.

Corpus README: `part` (a piece of another stated amount; `part_of_line` the whole's line), "Payer said once",
"Parts on another line", "Divisions that do not add up".  Every text here is invented.
"""

from __future__ import annotations

import pytest

from release_probe import award_errors


# --------------------------------------------------------------------------- a division goes on past a later total

@pytest.mark.parametrize("second, third", [
    ("Another £90,000 funds an advocate at the Brook Women's Centre for the partners of men on the course.",
     "The remaining £60,000 covers case management and an evaluation."),
    ("A further £90,000 of it pays for an advocate who supports the partners of men on the course.",
     "The last £60,000 is for case management."),
    ("£90,000 goes to the Brook Women's Centre for an advocate supporting partners.",
     "The other £60,000 covers the evaluation."),
])
def test_pieces_after_a_piece_naming_its_whole_continue_that_division(second, third):
    # "Of the Home Office money, £250,000 pays for …" names the grant as its whole past the total stated after the
    # grant; the sentences that follow with more pieces go on dividing the grant, not the total
    text = ("Cumbria's commissioner has won Home Office money for a perpetrator course for the two years from April 2026.\n\n"
            "The award is £400,000, and the commissioner adds £50,000 from his own budget as match funding.\n"
            "In total £450,000 will be spent over the two years.\n\n"
            "Of the Home Office money, £250,000 pays for the group course run by Fellside Change.\n"
            f"{second}\n"
            f"{third}\n")
    assert award_errors(text, {
        (3, 400000): dict(role="grant", funder="Home Office", start="2026-27", end="2027-28"),
        (4, 450000): dict(role="total"),
        (6, 250000): dict(role="part", part=3, funder="Home Office"),
        (7, 90000): dict(role="part", part=3, funder="Home Office", start="2026-27", end="2027-28"),
        (8, 60000): dict(role="part", part=3, funder="Home Office", start="2026-27", end="2027-28"),
    }) == []


# --------------------------------------------------------------------------- a piece "of the county's share"

@pytest.mark.parametrize("piece", [
    "In Cumbria, Fellside Women's Aid, which supports the partners of the men, gets £40,000 of the county's share.",
    "Fellside Women's Aid will receive £40,000 of Cumbria's share for its work with partners.",
    "In Cumbria £40,000 out of the force's share pays for an advocate for partners.",
])
def test_a_figure_of_an_areas_share_is_a_part_of_that_share(piece):
    # "£X of the county's share": a piece of the area's share stated before, its payer and years
    text = ("Two northern counties have learned what they get from the Home Office's perpetrator fund for the two years "
            "from April 2025.\n\n"
            "Cumbria's share is £300,000, for a course for high-harm perpetrators.\n\n"
            "In Durham, the allocation is £250,000, for a group course for men.\n\n"
            f"{piece}\n")
    assert award_errors(text, {
        (3, 300000): dict(role="grant", funder="Home Office"),
        (7, 40000): dict(role="part", part=3, funder="Home Office", start="2025-26", end="2026-27"),
    }) == []


# --------------------------------------------------------------------------- "between them, the counties will have"

@pytest.mark.parametrize("together", [
    "Between them, over the two years, the counties will have £550,000 of Home Office money.",
    "Between them the two counties will get £550,000.",
    "Between them, the areas receive £550,000 from the fund.",
])
def test_what_the_areas_get_between_them_is_a_total_of_no_one_area(together):
    # a sentence opening "Between them" that names no area: a sum over the areas whose shares were stated before,
    # of no one area (pfa_code null), not the last-named area's grant; the shares stay grants
    text = ("Two northern counties have learned what they get from the Home Office's perpetrator fund for the two years "
            "from April 2025.\n\n"
            "Cumbria's share is £300,000, for a course for high-harm perpetrators.\n\n"
            "In Durham, the allocation is £250,000, for a group course for men.\n\n"
            f"{together}\n")
    assert award_errors(text, {
        (3, 300000): dict(role="grant", part=None),
        (5, 250000): dict(role="grant", part=None),
        (7, 550000): dict(role="total", funder="Home Office"),
    }) == []
    from release_probe import awards_by_key
    assert awards_by_key(text)[(7, 550000)].pfa_code in ("", None)
