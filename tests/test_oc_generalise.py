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
