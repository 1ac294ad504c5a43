"""Rules of the twenty-first session, each from a corpus README convention (invented texts, never corpus sentences)."""

from __future__ import annotations

import pytest

from release_probe import read


def _components(text: str) -> set[tuple[int, str]]:
    return {(c.source_line, c.component) for c in read(text).components if not c.in_quote}


# corpus README, "Services named as evaluated": a line saying who evaluates a service names it, it does not describe
# it, also when the service's name carries the high-harm words; its own length or people still describe it
@pytest.mark.parametrize("text", [
    "It also pays £96,500 to Calder Research to evaluate the high-harm work.",
    "The grant gives £40,000 to Fen Evidence Unit to evaluate the high-harm service in the west of the county.",
    "Moor Insight has been appointed to evaluate the highest-harm team.",
])
def test_an_evaluated_high_harm_service_is_no_component(text):
    assert _components(text) == set()


def test_an_evaluated_service_described_by_its_people_is_still_a_component():
    assert (1, "group_programme") in _components("Moor Insight will evaluate the 24-week group course for men.")
