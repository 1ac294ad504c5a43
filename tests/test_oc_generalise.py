"""Outcome wordings other authors use, invented on branch ``oc`` to find what the reader had fitted to the tune releases:
targets set beside results, labels over percentages, comparisons with an earlier figure, "among the y", and the verbs
of a chain of counts.

Every sentence here is invented; the release's own area is Norfolk (``OUTCOME_INTRO``).
"""

from __future__ import annotations

from release_probe import outcomes_by_key as _outcomes


def test_a_target_in_brackets_or_as_a_bare_label_is_an_expected_figure_of_the_same_people():
    got = _outcomes("Men trained as peer mentors: 180 (target: 150).\n\n"
                    "We had 171 referrals (target 150).\n\n"
                    "Target 50, achieved 43 men completing.\n\n"
                    "Completions fell short: 33 against a target of 45.\n")
    assert got[(3, 150, "count")].status == "expected"
    assert got[(5, 171, "count")].status == "reported"
    assert got[(5, 150, "count")].about == "referrals" and got[(5, 150, "count")].status == "expected"
    assert got[(7, 50, "count")].about == "perpetrators" and got[(7, 50, "count")].status == "expected"
    assert got[(7, 43, "count")].status == "reported"
    assert got[(9, 33, "count")].about == "perpetrators" and got[(9, 33, "count")].status == "reported"
    assert got[(9, 45, "count")].about == "perpetrators" and got[(9, 45, "count")].status == "expected"


def test_a_result_achieved_after_a_target_counts_the_targets_people():
    got = _outcomes("The target was 50 completions; the service achieved 43.\n")
    assert got[(3, 50, "count")].status == "expected"
    assert got[(3, 43, "count")].about == "perpetrators" and got[(3, 43, "count")].status == "reported"


def test_a_labelled_percentage_or_one_set_beside_an_earlier_figure_reports():
    got = _outcomes("Completion rate: 68% (2024-25), up from 59% (2023-24).\n\n"
                    "Partner satisfaction stood at 91 per cent, up from 84 per cent.\n")
    assert got[(3, 68, "percent")].status == "reported"
    assert got[(3, 59, "percent")].status == "reported"
    assert got[(5, 84, "percent")].status == "reported"


def test_a_share_in_words_before_a_past_verb_and_people_who_remain_report():
    got = _outcomes("Nine in ten partners rated the support as good or excellent.\n\n"
                    "A further 14 men remain on the course.\n")
    assert got[(3, 90, "percent")].about == "partners" and got[(3, 90, "percent")].status == "reported"
    assert got[(5, 14, "count")].status == "reported"


def test_among_the_y_is_a_base_like_of_the_y():
    got = _outcomes("Among the 96 perpetrators assessed, 58 were accepted onto the programme.\n")
    assert got[(3, 58, "count")].base == 96
    assert (3, 96, "count") not in got


def test_starters_after_a_count_of_referrals_began_or_joined():
    got = _outcomes("Between April and December, 73 men were referred and 49 began.\n\n"
                    "In the autumn 40 fathers were referred and 26 joined.\n")
    assert got[(3, 49, "count")].base == 73 and got[(3, 49, "count")].about == "perpetrators"
    assert got[(5, 26, "count")].base == 40 and got[(5, 26, "count")].about == "perpetrators"


def test_a_count_of_referrals_broken_down_by_source_is_an_outcome_but_one_with_its_next_step_is_a_base():
    got = _outcomes("A total of 305 referrals were received, of which 190 came from the police.\n\n"
                    "In the first year the service expects 260 referrals, of which 200 will be offered a place.\n")
    assert got[(3, 305, "count")].about == "referrals" and got[(3, 305, "count")].status == "reported"
    assert got[(3, 190, "count")].base == 305
    assert (5, 260, "count") not in got and got[(5, 200, "count")].base == 260


def test_a_number_word_before_a_passive_verb_is_a_count():
    got = _outcomes("Sixty children were supported through the whole-family strand.\n")
    assert got[(3, 60, "count")].about == "children" and got[(3, 60, "count")].status == "reported"


def test_women_counted_by_an_advocate_or_in_a_clause_with_a_participle_are_survivors():
    got = _outcomes("Only 12 of the 35 women referred engaged with the advocate.\n\n"
                    "Last year 86 victims were supported by the advisers, with 71 saying they felt safer.\n")
    assert got[(3, 12, "count")].base == 35 and got[(3, 12, "count")].about == "survivors"
    assert got[(5, 71, "count")].about == "survivors" and got[(5, 71, "count")].status == "reported"


def _conflicts(text: str) -> set[tuple[str, tuple[int, ...]]]:
    from release_probe import read
    return {(c.kind, tuple(c.lines)) for c in read(text).conflicts if c.compatible is False}


def test_round_pieces_a_little_short_of_a_grant_divided_in_full_or_by_year_do_not_sum():
    made_up = _conflicts("The Essex commissioner has been awarded £240,000 by the Home Office for 2024-25.\n\n"
                         "The grant is made up of £150,000 for a group programme, £60,000 for partner support and "
                         "£25,000 for training.\n")
    assert ("parts_do_not_sum", (1, 3)) in made_up
    split = _conflicts("Staffordshire's commissioner confirmed a Home Office grant of £330,000 for 2024-25, split between a "
                       "group course (£210,000), case management (£80,000) and partner support (£30,000).\n")
    assert ("parts_do_not_sum", (1,)) in split
    yearly = _conflicts("Northumbria has been awarded £600,000 by the Home Office over three years from April 2024: "
                        "£200,000 in 2024-25, £200,000 in 2025-26 and £180,000 in 2026-27.\n")
    assert ("parts_do_not_sum", (1,)) in yearly
    # (some of a grant's uses, far short of it, are no division of it)
    assert not _conflicts("The Essex commissioner has been awarded £240,000 by the Home Office for 2024-25.\n\n"
                          "It is made up of money for several services, including £60,000 for partner support.\n")


def test_shares_of_a_grant_printed_in_full_may_not_come_to_more_than_it():
    got = _conflicts("Avon and Somerset and Gloucestershire will share £500,000 from the Home Office: £320,000 for Avon "
                     "and Somerset and £190,000 for Gloucestershire.\n")
    assert any(kind == "parts_do_not_sum" for kind, _ in got)


def test_the_funders_money_named_again_with_another_figure_restates_the_grant():
    got = _conflicts("Merseyside's grant from the Home Office is £402,000 for 2025-26.\n\n"
                     "The Home Office money – £420,000 – will be spent on a Drive service.\n")
    assert ("different_amount", (1, 3)) in got


def test_a_forecast_or_prediction_beside_a_count_is_expected_and_counts_the_same_people():
    got = _outcomes("Of the 75 men who started in the first year, 52 completed; the forecast for year two is 60.\n\n"
                    "Last year 92 referrals were made; this year the service predicts 120.\n")
    assert got[(3, 52, "count")].base == 75
    assert got[(3, 60, "count")].about == "perpetrators" and got[(3, 60, "count")].status == "expected"
    assert got[(5, 92, "count")].status == "reported"
    assert got[(5, 120, "count")].about == "referrals" and got[(5, 120, "count")].status == "expected"


def test_a_label_naming_a_step_on_the_course_counts_people_on_it():
    got = _outcomes("Started a group: 61 (2023-24: 50)\n\n"
                    "Finished the course: 44\n")
    assert got[(3, 61, "count")].about == "perpetrators" and got[(3, 61, "count")].status == "reported"
    assert got[(5, 44, "count")].about == "perpetrators"


def test_people_who_took_part_are_the_base_of_those_who_finished():
    got = _outcomes("Thirty-one young people took part, and 24 finished.\n")
    assert got[(3, 24, "count")].base == 31 and got[(3, 24, "count")].about == "young_people"


def test_a_labelled_figure_followed_by_its_period_reports():
    got = _outcomes("Referrals to the course: 96 in the first six months.\n")
    assert got[(3, 96, "count")].about == "referrals" and got[(3, 96, "count")].status == "reported"


def test_a_noun_after_a_based_counts_own_verb_is_its_object_not_whom_it_counts():
    got = _outcomes("Of the 30 families worked with, 22 saw the children's plan closed.\n")
    assert got[(3, 22, "count")].base == 30 and got[(3, 22, "count")].about == "families"
