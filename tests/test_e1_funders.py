"""Funders of amounts whose payer is a council: councils described by the work they run, and a council's reserves.

Invented texts; the facts follow the corpus README ("Council money", "funder", "Payer said once").
"""

from release_probe import award_errors


def test_councils_described_by_the_work_they_run_still_pay():
    # a bare participle ("running", "hosting") only says which councils are meant; they are still the payers
    text = ("Lancashire will spend £900,000 on work with abusers over 2025-27.\n"
            "The Home Office grant gives £700,000 of that, the commissioner's fund £120,000 and the three councils "
            "hosting the groups £80,000 between them.\n")
    assert award_errors(text, {(2, 80000): {"funder": "local authority"}}) == []


def test_councils_running_the_course_in_a_list_of_payers():
    text = ("Money for the Kent course comes to £500,000 in all.\n"
            "Of that, £400,000 is from the Home Office and £100,000 from the two district councils running the pilot.\n")
    assert award_errors(text, {(2, 100000): {"funder": "local authority"}}) == []


def test_council_receiving_the_money_is_still_no_payer():
    text = "Leeds City Council receives £200,000 from the Home Office for a course for men.\n"
    assert award_errors(text, {(1, 200000): {"funder": "Home Office"}}) == []


def test_money_from_a_councils_reserve_is_the_councils():
    # a council's own report drawing on one of its reserves: the council's money, added to the grant
    text = ("Derby City Council\nCabinet report\n\n"
            "1.1 The Home Office has offered the council £210,000 for a course for men who abuse their partners.\n"
            "1.2 That Cabinet approves match funding of £18,000 from the Safer Neighbourhoods reserve.\n")
    assert award_errors(text, {(5, 18000): {"funder": "local authority", "role": "match_funding"}}) == []


def test_money_drawn_from_general_reserves_in_a_council_report():
    text = ("Report of the Executive Director, Wigan Council\n\n"
            "2. The commissioner has awarded the council £150,000 for 2025-26 for work with perpetrators.\n"
            "3. The council will add £12,500 drawn from general reserves to pay for a partner support worker.\n")
    assert award_errors(text, {(4, 12500): {"funder": "local authority"}}) == []
