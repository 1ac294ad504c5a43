"""Money the text calls separate, or a cost, is not a piece of the award before it; a place inside an organisation's
name does not move a figure to another area.

Corpus README, "Payer said once": "A separate £22,000 pays for training", "An evaluation will cost £26,500" keep
funder null (they are not tied to money whose payer the text has named), while "£250,000 will pay for a group
programme" after an award says how the award is spent (a part).  README, area_basis: a figure's area is from its own
clause, and a provider's name ("Teesside Research", "Wirral Evaluation Unit") names no area.  Invented texts.
"""

from __future__ import annotations

import pytest

from release_probe import award_errors

LEAD = "The Home Office has given Norfolk £330,000 for 2025-26 for the Change Ahead course.\n\n"


@pytest.mark.parametrize("sentence", [
    "A separate £22,000 pays for training for probation staff.",
    "Separately, £22,000 will fund training for probation staff.",
    "An evaluation will cost £22,000.",
    "The new website would cost £22,000.",
])
def test_a_separate_sum_or_a_cost_is_not_a_piece_of_the_award(sentence):
    assert award_errors(LEAD + sentence + "\n", {(3, 22000): dict(role="grant", part=None, funder=None)}) == []


def test_a_separate_sum_in_the_awards_own_paragraph_is_not_a_piece_either():
    text = LEAD.strip() + " A separate £22,000 pays for training for probation staff.\n"
    assert award_errors(text, {(1, 22000): dict(role="grant", part=None, funder=None)}) == []


def test_how_the_award_is_spent_is_still_a_piece():
    text = LEAD + "£250,000 will pay for the group course.\n"
    assert award_errors(text, {(3, 250000): dict(role="part", part=1, funder="Home Office")}) == []


@pytest.mark.parametrize("provider", ["Teesside Research", "Wirral Evaluation Unit", "Cheltenham Associates"])
def test_a_place_in_a_providers_name_does_not_move_the_piece_to_another_area(provider):
    text = (f"Durham's commissioner was awarded £400,000 by the Home Office for 2025-26.\n\n"
            f"£60,000 of the grant pays for an evaluation by {provider}.\n")
    assert award_errors(text, {(3, 60000): dict(role="part", part=1, funder="Home Office")}) == []


def test_a_piece_after_its_whole_in_one_sentence_on_a_page_about_several_areas():
    text = ("Where we work\n\nKent\n\nKent County Council pays £54,000 a year for our family service.\n\n"
            "Surrey\n\nSurrey's commissioner pays £20,000 a year for a helpline.\n\nEssex\n\n"
            "In Essex the commissioner has awarded us £174,300 of Home Office money for 2025-26, of which £16,000 is "
            "set aside for an evaluation by Harlow Research.\n")
    assert award_errors(text, {(13, 16000): dict(role="part", part=13, funder="Home Office")}) == []
