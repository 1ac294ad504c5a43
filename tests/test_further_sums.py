"""'A further £X' after a sum in its own right is more money beside it, not a piece of the last whole.

Corpus README, "Payer said once": a further or separate sum the text does not tie to money whose payer it has named
keeps funder null; "a further £X" is another piece only while a whole's pieces are being listed.  Invented texts.
"""

from __future__ import annotations

import pytest

from release_probe import award_errors

LEAD = "Kent will receive £400,000 from the Home Office over 2025-27 for its perpetrator service.\n"

MORE_MONEY = {
    "under a heading, after a council's sum": (
        LEAD + "\nOther money\nMaidstone Borough Council is paying £20,000 in 2025-26 to train housing staff.\n"
        "A further £12,000 will pay for an evaluation by Medway Research.\n",
        {(5, 12000): dict(role="grant", funder=None, part=None)}),
    "the next line, after a council's sum": (
        LEAD + "Maidstone Borough Council has given £20,000 in 2025-26 to train housing staff.\n"
        "A further £12,000 has been set aside for interpreters.\n",
        {(3, 12000): dict(role="grant", funder=None, part=None)}),
    "'another', after a payer's separate grant": (
        LEAD + "The Ministry of Justice is paying £30,000 a year for two IDVAs; this is separate from the grant.\n"
        "Another £12,000 goes on training GPs.\n",
        {(3, 12000): dict(role="grant", funder=None, part=None)}),
    "a numbered paper, after a grant said to be separate": (
        "1. The Home Office grant to Kent for 2025-26 is £400,000.\n"
        "2. Separately, the Ministry of Justice has confirmed £41,000 for two advocates.\n"
        "3. A further £18,750 goes to the Weald Evaluation Unit to evaluate the service.\n",
        {(3, 18750): dict(role="grant", funder=None, part=None)}),
}

STILL_A_PIECE = {
    "pieces of the grant being listed": (
        LEAD + "£300,000 of the grant pays for the group programme.\n"
        "A further £60,000 pays for partner support.\n",
        {(3, 60000): dict(role="part", funder="Home Office", part=1)}),
}


@pytest.mark.parametrize("case", MORE_MONEY, ids=list(MORE_MONEY))
def test_a_further_sum_after_a_whole_is_a_sum_of_its_own(case):
    text, want = MORE_MONEY[case]
    assert award_errors(text, want) == []


@pytest.mark.parametrize("case", STILL_A_PIECE, ids=list(STILL_A_PIECE))
def test_a_further_sum_among_listed_pieces_is_another_piece(case):
    text, want = STILL_A_PIECE[case]
    assert award_errors(text, want) == []
