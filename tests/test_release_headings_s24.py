"""Headings set apart by blank lines and HTML table captions name what follows; they describe no service
(corpus README, "Headings naming a funder" and the Format's set_aside of headings).  Twenty-fourth session."""

import pytest

from funding.parse.releases.components import extract_components


def _kinds(text: str, name: str = "invented.txt") -> set[tuple[int, str]]:
    return {(c.source_line, c.component) for c in extract_components(text, name)}


PARAGRAPH = "The county council has given us £40,000 to run a whole-family service for parents and children."


@pytest.mark.parametrize("heading", ["A Lottery grant for our family work", "New money for family work",
                                     "Our stalking work this year"])
def test_a_heading_between_blank_lines_over_a_paragraph_is_no_component(heading):
    text = f"Dalesford Change news\n\nWe run a course for men in Dalesford.\n\n{heading}\n\n{PARAGRAPH}\n"
    kinds = _kinds(text)
    assert not {k for k in kinds if k[0] == 5}, kinds
    assert (7, "whole_family") in kinds  # the paragraph under it still describes the work


def test_a_short_sentence_line_between_blank_lines_is_still_read():
    # a line that ends a sentence is content, not a heading, even set apart by blank lines
    text = f"Dalesford Change news\n\nWe run a course for men in Dalesford.\n\nWe also run family work.\n\n{PARAGRAPH}\n"
    assert (5, "whole_family") in _kinds(text)


def test_a_line_of_two_words_between_blank_lines_is_not_taken_for_a_heading_by_this_rule():
    # the rule is kept to lines of three words or more: a two-word line ("Whole-family work") is still read as
    # before, a label naming the service (the guard, so that the rule can only remove what longer headings named)
    text = f"Dalesford Change news\n\nWe run a course for men in Dalesford.\n\nWhole-family work\n\n{PARAGRAPH}\n"
    kinds = _kinds(text)
    assert (5, "whole_family") in kinds and (7, "whole_family") in kinds


HTML = """<html><body>
<h1>What the precept pays for</h1>
<p>The commissioner pays for a stalking service and a group course for men who abuse their partners.</p>
<table>
<caption>Commissioner's own budget: perpetrator and stalking services</caption>
<tr><th>Service</th><th>2026-27 (£)</th></tr>
<tr><td>Stalking intervention for perpetrators</td><td>48,000</td></tr>
</table>
</body></html>
"""


def test_a_table_caption_is_a_heading_and_names_no_service():
    kinds = _kinds(HTML, "invented.html")
    assert not {k for k in kinds if k[0] == 5}, kinds
    assert (7, "stalking_intervention") in kinds and (3, "stalking_intervention") in kinds
