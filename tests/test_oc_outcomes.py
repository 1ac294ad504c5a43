"""Outcome shapes tuned on branch ``oc``: figures from another area, bare comparison figures, chained counts,
elliptical targets, and the status of a clause that reports.

Every sentence here is invented; the release's own area is Norfolk (``OUTCOME_INTRO``).
"""

from __future__ import annotations

from release_probe import outcomes_by_key as _outcomes


def test_a_figure_from_an_area_the_release_names_nowhere_else_is_set_aside():
    got = _outcomes("Across the border in Suffolk, roughly 58 per cent of the men who begin a course finish it.\n\n"
                    "Board members heard that a scheme in Cambridgeshire reports a completion rate of 66 per cent.\n\n"
                    "The Derby project working in Polish said 73 per cent of its starters completed.\n\n"
                    "Of the 90 men who started in Norfolk, 61 completed it; a Lincolnshire course saw 40 of 70 finish.\n")
    assert (3, 58, "percent") not in got
    assert (5, 66, "percent") not in got
    assert (7, 73, "percent") not in got
    assert got[(9, 61, "count")].base == 90
    assert (9, 40, "count") not in got


def test_an_area_with_its_own_amount_or_body_in_a_round_up_is_not_elsewhere():
    got = _outcomes("Essex was given £120,000 to train 300 practitioners.\n\n"
                    "Kent charity Medway Turning Point said it had worked with 210 men since 2020.\n")
    assert got[(3, 300, "count")].about == "practitioners"
    assert got[(5, 210, "count")].about == "perpetrators"


def test_a_bare_figure_set_beside_a_count_counts_the_same_people():
    got = _outcomes("Referrals to the Breckland course climbed to 188 in 2024-25, up from 140 the year before.\n\n"
                    "The team saw 31 families against a target of 45 for the year.\n\n"
                    "The plan aimed for 300 referrals in 2024-25; it actually received 326, 190 of them from the police.\n\n"
                    "The charity supported 52 partners last year and hopes the number will go up to at least 70.\n")
    assert got[(3, 140, "count")].about == "referrals"
    assert got[(5, 45, "count")].about == "families" and got[(5, 45, "count")].status == "expected"
    assert got[(7, 326, "count")].about == "referrals" and got[(7, 326, "count")].status == "reported"
    assert got[(7, 190, "count")].status == "reported"
    assert got[(9, 70, "count")].about == "partners" and got[(9, 70, "count")].status == "expected"


def test_a_clause_with_a_past_verb_or_a_question_reports():
    got = _outcomes("The stalking clinic worked with 38 people in 2024-25. Probation recorded no new offences in the next twelve months for 27 of them.\n\n"
                    "Over the winter the youth team trialled a ten-week course with 15 of those 40 families.\n\n"
                    "Data from the provider show 212 referrals in the eighteen months to December.\n\n"
                    "Is it really the case that just 35% of fathers finish the course?\n")
    assert got[(3, 27, "count")].status == "reported"
    assert got[(5, 15, "count")].status == "reported"
    assert got[(7, 212, "count")].status == "reported"
    assert got[(9, 35, "percent")].status == "reported"


def test_what_money_or_a_plan_is_for_is_expected():
    got = _outcomes("The council has also put in £18,000 for training 240 teachers and youth workers.\n\n"
                    "Aims for 2025-26: at least 80 men starting a course and 300 staff trained by March.\n\n"
                    "Your targets for 2026-27 are lifted to 310 referrals and 95 men completing the course.\n")
    assert got[(3, 240, "count")].status == "expected"
    assert got[(5, 80, "count")].status == "expected"
    assert got[(5, 300, "count")].status == "expected"
    assert got[(7, 310, "count")].status == "expected"


def test_chained_counts_take_the_count_before_as_their_base():
    got = _outcomes("Over the year 210 men were referred and 133 of them joined a group; 87 completed it.\n\n"
                    "Last year 140 fathers were referred. 92 of them started the course; 60 finished it.\n\n"
                    "In 2024-25, 73 women were referred, 50 of them began a course, and 31 finished it.\n\n"
                    "Figures show 96 men were referred in 2023-24, of whom 58 started and 40 completed.\n\n"
                    "In 2024-25, 131 men were referred, 79 started the course and 58 completed it.\n")
    assert got[(3, 210, "count")].about == "referrals"
    assert got[(3, 133, "count")].base == 210 and got[(3, 87, "count")].base == 133
    assert got[(5, 92, "count")].about == "perpetrators" and got[(5, 60, "count")].base == 92
    assert got[(7, 50, "count")].base == 73 and got[(7, 31, "count")].base == 50
    assert got[(9, 96, "count")].about == "referrals" and got[(9, 58, "count")].base == 96
    assert got[(9, 40, "count")].base == 58
    assert (11, 79, "count") not in got and got[(11, 58, "count")].base == 79  # (no "of them": the starters are a base)


def test_a_bare_figure_with_an_infinitive_after_a_count_is_an_elliptical_target():
    got = _outcomes("Next year the service expects 120 men to be referred and 70 to start a group.\n\n"
                    "In 2026-27 we hope to see 80 fathers begin the course and 20 to be taken on by the case managers.\n\n"
                    "Seven people have begun one-to-one work since January.\n")
    assert got[(3, 70, "count")].about == "perpetrators" and got[(3, 70, "count")].status == "expected"
    assert got[(5, 20, "count")].about == "perpetrators" and got[(5, 20, "count")].status == "expected"
    assert got[(7, 7, "count")].status == "reported"


def test_whom_a_share_or_a_count_counts_from_the_sentence_shape():
    got = _outcomes("Fenwick Women's Aid said 77 per cent of the women whose partners attended the group felt safer.\n\n"
                    "The partner survey was just as positive: two thirds said they felt safer at home.\n\n"
                    "The share of partners judged at high risk fell from 46% at intake to 19% at case closure.\n\n"
                    "The advocates worked with 66 partners; 48 out of 66 said at case closure they felt safer.\n")
    assert got[(3, 77, "percent")].about == "partners"
    assert got[(5, 67, "percent")].about == "partners"
    assert got[(7, 46, "percent")].about == "partners" and got[(7, 19, "percent")].about == "partners"
    assert got[(9, 48, "count")].about == "partners" and got[(9, 48, "count")].base == 66


def test_people_referred_again_and_families_referred():
    got = _outcomes("Of the 70 men who completed, 9 were referred to the programme again within a year.\n\n"
                    "In 2024/25, 44 families were referred to the service.\n")
    assert got[(3, 9, "count")].about == "perpetrators" and got[(3, 9, "count")].base == 70
    assert got[(5, 44, "count")].about == "referrals"


def test_a_share_restating_a_count_leaves_the_base_with_the_count():
    got = _outcomes("Across the county 310 men finished a course: 61 per cent of the 508 who started.\n\n"
                    "The service took 390 referrals; of the 150 men who started, 88 completed (59 per cent).\n")
    assert got[(3, 310, "count")].base == 508
    assert got[(3, 61, "percent")].base is None and got[(3, 61, "percent")].about == "perpetrators"
    assert got[(5, 59, "percent")].about == "perpetrators"


def test_word_shares_at_a_clause_end_and_hyphenated():
    got = _outcomes("Across the region 2,140 of the 3,300 men who started finished it, roughly two thirds.\n\n"
                    "Nearly three-quarters of the 120 partners contacted said they felt safer.\n")
    assert got[(3, 67, "percent")].about == "perpetrators"
    assert got[(5, 75, "percent")].base == 120 and got[(5, 75, "percent")].about == "partners"


def test_a_bare_course_count_in_a_list_and_a_register_of_people():
    got = _outcomes("- 140 referrals received\n- 95 men started a group\n- 63 completed\n\n"
                    "The force holds a register of about 280 people it treats as serial perpetrators.\n")
    assert got[(5, 63, "count")].about == "perpetrators"
    assert (7, 280, "count") not in got


def test_a_clause_opening_on_a_bare_count_and_a_past_verb():
    got = _outcomes("Of the 150 partners supported, 80 per cent said they felt safer; 14 asked for more help later.\n\n"
                    "The service worked with 30 people. Records show no further abuse by 21 of them, and 6 were charged "
                    "with new offences.\n\n"
                    "In the quarter 42 partners were offered support and 35 accepted it (83%).\n")
    assert got[(3, 14, "count")].about == "partners"
    assert got[(5, 6, "count")].about == "perpetrators"
    assert got[(7, 35, "count")].base == 42 and (7, 42, "count") not in got
