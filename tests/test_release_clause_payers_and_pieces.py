"""Clause structure in prose (invented texts): which figure a payer phrase, an area or a role belongs to.

A payer phrase after a figure ("from X Council", "by the commissioner") is that figure's payer even when a rate phrase
("a year", "per year", "annually") stands between them, and it does not pass to the next figure in the list.
"""

from tests.release_probe import award_errors


def test_rate_phrase_between_each_figure_and_its_payer():
    text = ("Norfolk commissioning update\n\n"
            "Funding: £55,000 a year from Norfolk County Council and £30,000 a year from the Commissioner's budget.\n")
    assert award_errors(text, {(3, 55000): dict(funder="local authority"), (3, 30000): dict(funder="PCC")}) == []


def test_per_year_payers_in_the_other_order():
    text = ("Cumbria perpetrator service\n\n"
            "The course will be paid for with £48,000 per year from the Police and Crime Commissioner and £20,000 per "
            "year from Westmorland and Furness Council.\n")
    assert award_errors(text, {(3, 48000): dict(funder="PCC"), (3, 20000): dict(funder="local authority")}) == []


def test_annually_from_the_home_office_then_a_council():
    text = ("Dorset update\n\n"
            "In Dorset, £36,000 annually from the Home Office and £12,000 annually from Dorset Council pay for the "
            "group course.\n")
    assert award_errors(text, {(3, 36000): dict(funder="Home Office"), (3, 12000): dict(funder="local authority")}) == []
