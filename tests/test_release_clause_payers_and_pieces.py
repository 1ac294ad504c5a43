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


# A commissioner's own money put towards an area's share of a shared grant is match funding (README: 'Money added to a
# grant'), like own money put towards the grant itself.

def test_own_budget_towards_an_areas_share_of_a_joint_award():
    text = ("Regional perpetrator funding\n\n"
            "Dyfed-Powys and North Wales will share £800,000 from the Home Office. North Wales takes £500,000 of it and "
            "Dyfed-Powys £300,000.\n"
            "The Dyfed-Powys commissioner is putting £20,000 of his own budget towards Dyfed-Powys's share.\n")
    assert award_errors(text, {(4, 20000): dict(role="match_funding", funder="PCC"),
                               (3, 800000): dict(role="grant", funder="Home Office")}) == []


def test_own_money_added_to_the_countys_share_each_year():
    text = ("Cleveland and Durham joint bid\n\n"
            "The two forces will share £640,000 of Home Office money, with £380,000 for Cleveland and £260,000 for Durham.\n"
            "Durham's commissioner is contributing £15,000 of her own money towards the county's share in each of the two "
            "years.\n")
    assert award_errors(text, {(4, 15000): dict(role="match_funding", funder="PCC")}) == []


def test_own_budget_paying_for_a_service_is_still_own_funding():
    text = ("Gloucestershire update\n\n"
            "The commissioner is putting £22,000 of his own budget towards a helpline for men worried about their "
            "behaviour.\n")
    assert award_errors(text, {(3, 22000): dict(role="own_funding", funder="PCC")}) == []
