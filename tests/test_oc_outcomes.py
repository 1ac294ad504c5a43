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
