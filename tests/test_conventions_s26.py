"""Conventions ruled in the twenty-sixth session (tests/corpus/releases/README.md, "Adjudicated conventions").

- "Figures quoted in questions": a figure a member's question quotes from another account and asks about takes the
  period its own clause gives and none from the answer or the release, as the two tune question pages label it.
- "Council money": money "towards the same service" pays for the service, as "towards it" does (the reader tests of
  that wording are in test_release_reader.py and test_release_round28_p.py).
"""

from __future__ import annotations

import pytest

from funding.parse.releases import extract_release

QUESTIONS = """Panel written questions

Question 1 (Councillor Ann Hale)

{question}

Answer

The award of £640,200 covers the two financial years 2026-27 and 2027-28, paid as £320,100 in each year.
"""


def _awards(text: str) -> list[tuple]:
    r = extract_release(text, "questions.md", published="2026-02")
    return [(a.source_line, a.amount.pence, a.period_start, a.period_end) for a in r.awards]


@pytest.mark.parametrize("question", [
    "The Commissioner's press release said Kent will receive £640,200 from the Home Office for this work. "
    "What period does that cover?",
    "Last month's bulletin stated that Kent is getting £640,200 from the Home Office. Is that figure right, and when "
    "will the money arrive?",
    "Local papers reported £640,200 of Home Office money for Kent. Can the Commissioner confirm it?",
])
def test_a_figure_a_question_quotes_takes_no_period_from_the_answer(question):
    got = _awards(QUESTIONS.format(question=question))
    assert got[0] == (5, 64_020_000, "", "")
    assert got[1] == (9, 64_020_000, "2026-27", "2027-28")  # the answer states the period in its own clause


@pytest.mark.parametrize("question", [
    # the question's own clause gives the years: they stay
    "The Commissioner's press release said Kent will receive £640,200 from the Home Office for 2026-27 and 2027-28. "
    "Is that more than before?",
    # a figure stated, not quoted from another account, in a question's paragraph: the usual reading
    "Kent will receive £640,200 from the Home Office. Is that more than before?",
])
def test_a_question_that_dates_its_figure_or_states_it_keeps_the_years(question):
    got = _awards(QUESTIONS.format(question=question))
    assert got[0] == (5, 64_020_000, "2026-27", "2027-28")
