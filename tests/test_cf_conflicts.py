"""Conflicts inside one release (branch cf): the same money stated twice with different figures, and wholes whose
stated pieces do not make them up.  Invented texts, read with the release reader; where a rule guards against pieces
the amount reader may give the wrong whole, the awards are stated directly and only the conflict layer is run."""

from __future__ import annotations

from funding.core.money import Amount
from funding.parse.releases.conflicts import release_conflicts
from funding.parse.releases.records import LocalAward
from funding.parse.releases.text import prepare
from release_probe import read


def _conflicts(text: str, name: str = "invented.txt") -> list[tuple[str, tuple[int, ...]]]:
    return [(c.kind, c.lines) for c in read(text, name).conflicts
            if c.kind in ("different_amount", "parts_do_not_sum")]


def _award(line: int, pounds: int, role: str, text: str, part_of: int | None = None, funder: str = "Home Office",
           area: str = "E23000033", year: str = "2025-26") -> LocalAward:
    return LocalAward("invented.txt", line, area, "clause", year, "sentence", funder, "sentence", role,
                      Amount(pounds * 100, 100, "exact", text), year, year, part_of)


def _layer(text: str, awards: list[LocalAward]) -> list[tuple[str, tuple[int, ...]]]:
    """The conflicts the conflict layer finds among ``awards`` stated directly for ``text``."""
    return [(c.kind, c.lines) for c in release_conflicts(prepare(text, "invented.txt"), awards, (), "2025-06")
            if c.kind in ("different_amount", "parts_do_not_sum")]


TABLE_AND_PROSE = """# What the south-west forces get

| Area | 2025-26 (£k) | 2026-27 (£k) | Two-year total (£k) |
|---|---|---|---|
| Avon and Somerset | 612.4 | 598.0 | 1,210.4 |
| Devon and Cornwall | 655.0 | 655.0 | 1,310.0 |
| **Total** | **1,267.4** | **1,253.0** | **2,520.4** |

Every figure in the table is Home Office grant.

The Avon and Somerset commissioner's press release put the area's two-year Home Office grant at £1,201,400.
"""


def test_a_table_figure_in_thousands_and_the_same_sum_in_prose_with_two_digits_swapped_differ():
    assert ("different_amount", (5, 11)) in _conflicts(TABLE_AND_PROSE, "invented.md")


SHARE_WITHOUT_PAYER = """Harbourside Council and the Devon and Cornwall commissioner still disagree about the town's share of the new money.

The commissioner's office says it has set aside £318,000 of Devon and Cornwall's £902,460 Home Office allocation for Harbourside, covering the two years from April 2026.

Councillors were told on Monday that Harbourside had been promised £381,000 of the Home Office money.
"""


def test_a_share_whose_payer_one_statement_leaves_unsaid_is_still_the_same_money():
    assert ("different_amount", (3, 5)) in _conflicts(SHARE_WITHOUT_PAYER)


DIVIDED_A_LITTLE_SHORT = """Surrey will receive £410,500 from the Home Office in 2025-26 for work with people who harm their partners, the commissioner told the board.

She said the grant would be split as £250,000 for the group course, £98,500 for one-to-one work and £57,000 for partner support.
"""

SOME_OF_ITS_USES = DIVIDED_A_LITTLE_SHORT.replace(", £98,500 for one-to-one work and £57,000", " and £98,500")


def test_a_division_of_a_grant_falling_a_little_short_of_it_does_not_sum():
    assert _conflicts(DIVIDED_A_LITTLE_SHORT) == [("parts_do_not_sum", (1, 3))]


def test_pieces_far_short_of_a_grant_are_some_of_its_uses_not_a_misprint():
    assert _conflicts(SOME_OF_ITS_USES) == []


DIVIDED_TWICE = """Dyfed-Powys will receive £624,800 from the Home Office over the two years from April 2025, the commissioner said.

Daw £309,600 yn 2025-26 a £315,200 yn 2026-27, meddai.

Of the grant, £309,600 is for 2025-26 and £315,200 for 2026-27.
"""


def test_one_division_stated_twice_is_not_pieces_coming_to_twice_the_grant():
    assert _conflicts(DIVIDED_TWICE) == []


def test_a_grant_divided_in_full_on_one_line_is_not_exceeded_by_the_pieces_of_one_of_its_pieces():
    text = ("The Home Office has given South Yorkshire £1,200,000.\n"
            "Of that, £1,100,000 goes to the districts and the balance of £100,000 is held centrally.\n"
            "The £100,000 pays for an evaluation at £55,000 and a helpline at £45,000.\n")
    awards = [_award(1, 1_200_000, "grant", "£1,200,000"),
              _award(2, 1_100_000, "part", "£1,100,000", 1), _award(2, 100_000, "part", "£100,000", 1),
              _award(3, 55_000, "part", "£55,000", 1), _award(3, 45_000, "part", "£45,000", 1)]
    assert _layer(text, awards) == []


def test_a_total_far_from_the_pieces_given_it_has_pieces_it_was_not_given():
    text = ("Every figure below is Home Office grant for 2025-26.\n"
            "Weald Change CIC   £402,100\n"
            "Downs Women's Centre   £151,300\n"
            "Arun Family Service   £61,800\n"
            "TOTAL   £615,200\n")
    awards = [_award(2, 402_100, "grant", "£402,100"), _award(3, 151_300, "grant", "£151,300"),
              _award(4, 61_800, "part", "£61,800", 5), _award(5, 615_200, "total", "£615,200")]
    assert _layer(text, awards) == []


def test_a_total_across_funders_divided_by_funder_and_by_item_is_checked_one_breakdown_at_a_time():
    text = ("Lot 1 is worth £412,300.\n"
            "Lot 2 is worth £287,650.\n"
            "Lot 3 is worth £51,200.\n"
            "The three lots are worth £756,150 in all.\n"
            "Of that, £650,000 is Home Office grant.\n"
            "And £106,150 comes from the commissioner's own budget.\n")
    awards = [_award(1, 412_300, "part", "£412,300", 4, funder=""),
              _award(2, 287_650, "part", "£287,650", 4, funder=""),
              _award(3, 51_200, "part", "£51,200", 4, funder=""),
              _award(4, 756_150, "total", "£756,150", funder=""),
              _award(5, 650_000, "part", "£650,000", 4), _award(6, 106_150, "part", "£106,150", 4, funder="PCC")]
    # the lots come to £751,150, £5,000 short; the funders' pieces make it up
    assert _layer(text, awards) == [("parts_do_not_sum", (4, 1, 2, 3))]


CORRECTED_GRANT = """The Durham commissioner has been awarded £274,350 by the Home Office for 2024-25 for work with men who abuse.

The money pays for a 26-week group course run by Wear Valley Change.

Update, 4 April: an earlier version of this page gave the Home Office grant for 2024-25 as £247,350. The correct figure is £274,350.
"""


def test_a_corrected_grant_is_one_disagreement_not_one_per_comparison():
    from funding.tables.releases import release_tables

    rows = release_tables(read(CORRECTED_GRANT))["source_conflicts"].to_dict("records")
    disagreements = [r for r in rows if r["compatible"] is False]
    assert len(disagreements) == 1
    assert {disagreements[0]["line_a"], disagreements[0]["line_b"]} == {1, 5}


SAME_SENTENCE_CORRECTIONS = """Blackburn Council adds £60,000 a year to the Home Office grant for support for partners.

The minutes of the last meeting were agreed with one correction: the commissioner's own money for the helpline should read £42,700 a year, not £47,200.

The summary at 1.2 gives the council's top-up as £50,000. The board approved £60,000 in May, and the table is correct.
"""


def test_a_figure_the_text_calls_another_statement_of_a_sum_differs_from_the_figure_beside_it():
    # ('should read £X, not £Y'; 'gives … as £X. The board approved £Y'), whatever roles the two were read with
    assert _conflicts(SAME_SENTENCE_CORRECTIONS) == [("different_amount", (3,)), ("different_amount", (5,))]


CORRECTION_ON_THE_NEXT_LINE = """The West Mercia commissioner will receive £652,300 from the Home Office.

In our briefing of 2 May we gave West Mercia's allocation as £641,300.
The correct figure is £652,300, and we are sorry for the mistake.
"""


def test_a_figure_given_as_printed_elsewhere_differs_from_the_nearest_statement_of_that_money():
    assert _conflicts(CORRECTION_ON_THE_NEXT_LINE) == [("different_amount", (3, 4))]


BOUND_AND_FIGURE = """The Home Office has named nine areas for the next round.

Staffordshire's commissioner told a local paper the area would get more than £600,000 from the Home Office. The Home Office figure is £588,000 for the two years from April 2026, and the commissioner's office now accepts it.
"""


def test_a_bound_that_leaves_out_the_exact_figure_of_the_same_grant_disagrees_with_it():
    conflicts = [(c.kind, c.lines, c.compatible) for c in read(BOUND_AND_FIGURE).conflicts]
    assert conflicts == [("bound_vs_exact", (3,), False)]


SUBTOTAL_OF_A_PIECE = """<h1>Perpetrator funding in West Yorkshire</h1>
<p>The Home Office has given West Yorkshire £1,046,000 for 2025-26.</p>
<p>Of that, £950,000 is shared between the five district councils and £96,000 pays for a county-wide stalking service.</p>
<table>
<tr><th>District</th><th>Home Office grant 2025-26</th></tr>
<tr><td>Bradford</td><td>£262,000</td></tr>
<tr><td>Calderdale</td><td>£118,500</td></tr>
<tr><td>Kirklees</td><td>£176,000</td></tr>
<tr><td>Leeds</td><td>£278,500</td></tr>
<tr><td>Wakefield</td><td>£115,000</td></tr>
<tr><td>Total</td><td>£950,000</td></tr>
</table>
"""


def test_a_table_total_equal_to_a_stated_piece_of_the_grant_is_that_piece_not_a_misprint_of_the_grant():
    assert _conflicts(SUBTOTAL_OF_A_PIECE, "invented.html") == []


def test_an_actual_amount_beside_the_grant_is_not_a_correction_of_it():
    text = ("The Norfolk commissioner was given £300,000 by the Home Office for 2024-25.\n\n"
            "The actual amount spent by March was £281,500, and the rest has been carried forward.\n")
    assert _conflicts(text) == []
