"""Conventions ruled in the twenty-fifth session (corpus README, "Adjudicated conventions"), on invented text.

- "Appeals": an appeal's progress widget (a thermometer or progress bar showing the sum raised against the
  target) is page furniture, in HTML as in a text extract; the same figures stated in a sentence are read.
"""

import pytest

from funding.parse.releases import extract_release

PAGE = """<html><head><title>Winter appeal | Brookfield Change</title></head><body>
<main>
<h1>Winter appeal: a second group in Hexham</h1>
<div class="{cls}"><span>£14,200 raised</span> of our <span>£40,000 target</span> | 96 supporters</div>
<p>Brookfield Change runs Northumbria's course for men who abuse their partners.</p>
<p>For 2025-26 the Police and Crime Commissioner for Northumbria has given us £210,000 from the Home Office.</p>
</main></body></html>
"""


def _awards(text: str) -> set[tuple[int, int, str]]:
    rel = extract_release(text, "invented.html", published="2025-12")
    return {(a.source_line, a.amount.pence, a.funding_role) for a in rel.awards}


@pytest.mark.parametrize("cls", ["thermometer", "progress", "progress-bar", "appeal-progress", "fundraising-total"])
def test_an_appeal_progress_widget_is_set_aside(cls):
    rel = extract_release(PAGE.format(cls=cls), "invented.html", published="2025-12")
    assert (4, "page_furniture") in rel.set_aside
    lines = {a.source_line for a in rel.awards}
    assert 4 not in lines
    assert (6, 21_000_000) in {(a.source_line, a.amount.pence) for a in rel.awards}  # the grant is still read


def test_a_class_that_only_begins_with_progress_is_not_a_widget():
    # "progress-report" is a report of progress, content: the rule wants the word standing alone or a bar
    rel = extract_release(PAGE.format(cls="progress-report"), "invented.html", published="2025-12")
    assert (4, "page_furniture") not in rel.set_aside


def test_the_same_figures_in_a_sentence_are_read():
    text = PAGE.format(cls="thermometer").replace(
        "</main>", "<p>So far we have raised £14,200 of our £40,000 target.</p>\n</main>")
    awards = _awards(text)
    assert (7, 1_420_000, "grant") in awards
    assert (7, 4_000_000, "context") in awards
