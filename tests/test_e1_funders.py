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


def test_a_sum_named_again_by_its_holder_keeps_the_payer_given_it_before():
    # README "Payer said once": the same money named again ("Rotherham's £88,000") takes the payer its table row gave
    text = ("| Source | 2025-26 | 2026-27 | Total |\n"
            "|---|---|---|---|\n"
            "| Home Office grant | £200,000 | £200,000 | £400,000 |\n"
            "| Rotherham Council, match funding | £44,000 | £44,000 | £88,000 |\n"
            "| Total | £244,000 | £244,000 | £488,000 |\n"
            "\n"
            "The Home Office money pays for the group course for men.\n"
            "Rotherham's £88,000 of match funding pays for a worker who supports partners.\n")
    assert award_errors(text, {(8, 88000): {"funder": "local authority"}}) == []


def test_the_sum_restated_with_the_keeps_its_role_and_payer():
    text = ("Wakefield Council will add £36,000 a year to the Home Office grant of £250,000 for the course.\n"
            "\n"
            "Budget\n"
            "The £36,000 a year is already set aside and needs no new decision.\n")
    assert award_errors(text, {(4, 36000): {"funder": "local authority", "role": "match_funding"}}) == []


def test_a_separate_sum_of_another_size_borrows_no_payer():
    # money not stated before keeps funder null ("A separate £22,000 pays for training")
    text = ("Kirklees Council will add £36,000 to the Home Office grant for the course.\n"
            "A separate £22,000 pays for training for staff at a local college.\n")
    assert award_errors(text, {(2, 22000): {"funder": None}}) == []


def test_the_right_figure_of_a_correction_keeps_the_payer_of_that_sum():
    # the figure a correction gives as right is money the text stated before: its payer, not the release's grantor's
    text = ("The Home Office has given Walsall £310,000 for a course for men.\n"
            "Walsall Council is adding £45,000 of its own money to the grant for a partner support worker.\n"
            "\n"
            "Amended 2 May: an earlier version of this page gave the council's contribution as £54,000. "
            "The right sum, agreed in April, is £45,000.\n")
    assert award_errors(text, {(4, 45000): {"funder": "local authority", "role": "match_funding"}}) == []


def test_a_council_accepting_or_offered_the_money_is_not_its_payer():
    text = ("Report to Cabinet, Dudley Council\n\n"
            "3.1 The Home Office has offered £268,000 for 2026-28 for work with people who harm.\n"
            "3.2 If the Council does not accept it by March, the £268,000 will be offered to the other councils in the area.\n")
    assert award_errors(text, {(4, 268000): {"funder": "Home Office"}}) == []


def test_money_handed_over_to_councils_is_not_theirs():
    text = ("The Home Office grant to Cumbria is £400,000 for 2025-26.\n"
            "If it is not spent, £60,000 will be returned to the two district councils that put it forward.\n")
    got = award_errors(text, {(2, 60000): {"funder": "Home Office"}})
    assert got == []


def test_a_yearly_piece_after_a_councils_sum_over_years_is_the_councils():
    # "£40,000 over the two years, £20,000 in each": the second figure restates the first's money, so its payer
    text = ("The Home Office has given Dorset £300,000 for 2025-27.\n"
            "Dorset Council will add £40,000 over the two years, £20,000 in each, to pay for a group in Poole.\n")
    assert award_errors(text, {(2, 20000): {"funder": "local authority"}}) == []
