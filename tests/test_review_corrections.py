"""Two readings a review of the fifteenth session's merged rules found wrong: a whole and its own piece on one line
are two sums, not two accounts of one disputed sum (README, "Corrected figures" applies to accounts that disagree);
and a right figure named across an aside ("the correct figure, agreed in May, is £31,000") corrects the figure
before it, as the years reader already read it.  The first test fails without its fix; the second passed before
too (the payer reader's own sentence-wide test of "correct" carried it) and guards the reading."""

from __future__ import annotations

from release_probe import award_errors


def test_a_whole_and_its_own_piece_are_no_correction_though_the_line_says_actually():
    # "actually" names no correction: the restated whole and its piece are a restatement and its part, with no period of
    # their own (corpus README, "Restated figures", settled in the eighteenth session; this test expected the first
    # statement's year before)
    text = ("Kent has been given £50,000 by the Home Office for 2025-26.\n\n"
            "Kent gets £50,000, of which £5,000 will actually go on training.\n")
    assert award_errors(text, {
        (1, 50000): dict(start="2025-26", end="2025-26"),
        (3, 50000): dict(role="grant", start=None, end=None),
        (3, 5000): dict(role="part", part=3, start=None, end=None),
    }) == []


def test_the_right_figure_named_across_an_aside_takes_the_wrong_one_with_it():
    text = ("Suffolk's commissioner has been given £254,000 by the Home Office for the two years from April 2025.\n\n"
            "Ipswich Borough Council tops up the grant with £31,000.\n\n"
            "Note: an earlier version of this page gave the contribution as £13,000; the correct figure, agreed in "
            "May, is £31,000.\n")
    assert award_errors(text, {
        (5, 13000): dict(role="match_funding", funder="local authority"),
        (5, 31000): dict(role="match_funding", funder="local authority"),
    }) == []
