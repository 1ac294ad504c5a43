"""The commissioner's own money told from a grant by the words of its clause (README "funding_role": own_funding is
the PCC's own budget paying for a service; money added to a grant is match funding)."""

from release_probe import award_errors


def test_commissioners_possessive_figure_is_own_funding():
    text = ("Westshire will receive £250,000 from the Home Office for 2025-26.\n\n"
            "The Commissioner's £90,000 is held in the Safer Streets budget and pays for a helpline.\n")
    assert award_errors(text, {(3, 90000): dict(role="own_funding", funder="PCC")}) == []


def test_grant_of_from_own_budget_is_own_funding():
    text = ("Northvale's commissioner has made a start-up grant of £42,000 from her own budget to keep "
            "one-to-one sessions for men running over the summer.\n")
    assert award_errors(text, {(1, 42000): dict(role="own_funding", funder="PCC")}) == []


def test_figure_before_to_match_the_grant_is_match_funding():
    text = ("Eastmoor has been awarded £410,000 by the Home Office for 2024-26.\n"
            "Its commissioner has pledged £55,000 a year out of his policing budget to match the Home Office award.\n")
    assert award_errors(text, {(2, 55000): dict(role="match_funding", funder="PCC")}) == []


def test_charitable_reserves_are_partners_match_funding():
    text = ("Westshire will receive £250,000 from the Home Office for 2025-26.\n"
            "Harbour Light, the charity running the course, is adding £20,000 from its charitable reserves.\n")
    assert award_errors(text, {(2, 20000): dict(role="match_funding", funder="partners")}) == []


def test_total_with_the_commissioners_own_money_is_across_funders():
    text = ("Westshire will receive £250,000 from the Home Office for 2025-26.\n"
            "With the commissioner's own money the service has £300,000 in all.\n")
    assert award_errors(text, {(2, 300000): dict(role="total", funder=None)}) == []


def test_total_including_the_mayors_own_funding_is_across_funders():
    text = ("Northvale has £180,000 from the Ministry of Justice for 2025-26.\n"
            "The mayor says that, including her own funding, the service has £230,000 in all.\n")
    assert award_errors(text, {(2, 230000): dict(role="total", funder=None)}) == []
