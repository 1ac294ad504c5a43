"""Precision rules of branch ``tprec``: false components and cohorts removed, and a few kinds read in more wordings.

Invented texts in the corpus README's conventions ("Programmes named in results", "High-harm work", "Case managers per
person", the ``cohorts`` and ``component`` rules).
"""

from __future__ import annotations

import pytest

from tests.release_probe import read

LEAD = "Kent will receive £400,000 from the Home Office for its perpetrator service.\n"


def comps(text: str) -> dict[tuple[int, str], object]:
    """The components read from ``text`` outside quotes, keyed by (line, component)."""
    return {(c.source_line, c.component): c for c in read(text).components if not c.in_quote}


# --- a group people are waiting for, or will not join, is not group work the line describes ---------------------------

@pytest.mark.parametrize("sentence", [
    "It pays for one-to-one sessions for men waiting to join a group.",
    "Individual work is offered to women who are waiting to join the group course.",
    "One-to-one work is offered to men waiting for a place on a group course.",
    "It pays for one-to-one sessions with fathers who would not join a group.",
    "The council funds individual sessions for men who will not attend a group programme.",
])
def test_a_group_people_are_not_in_is_no_group_programme(sentence):
    got = comps(LEAD + sentence)
    assert (2, "one_to_one") in got
    assert (2, "group_programme") not in got


# --- a brand ending in "Line" that its sentence calls a programme or course is no phone line ---------------------------

@pytest.mark.parametrize("sentence", [
    "Westbrook Line is a one-to-one programme for people whose behaviour towards someone has become stalking.",
    "Harbour Line was our group course for fathers until March.",
])
def test_a_programme_named_line_is_no_helpline(sentence):
    got = comps(LEAD + sentence)
    assert (2, "helpline") not in got
    assert (2, "named_programme") in got


def test_a_line_called_a_phone_service_is_still_a_helpline():
    assert (2, "helpline") in comps(LEAD + "Men can ring the Harbour Line, a confidential phone service, in the evening.")


# --- a grant "for work with" the people it names is its purpose, like "to work with" ------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Home Office has awarded £739,000 to Kent for work with high-harm domestic abuse perpetrators and with people "
    "who stalk over the two years April 2025 to March 2027.",
    "Kent has received £500,000 from the Home Office for working with people who stalk.",
])
def test_a_grant_for_work_with_people_describes_no_service(sentence):
    assert comps(sentence) == {}


# --- a case worker for everyone on the programme is not the high-harm team's, named in the next clause ----------------

@pytest.mark.parametrize("sentence, people", [
    ("Each man on it is given a case worker, and men judged to pose the highest risk are passed to a specialist "
     "high-harm team for up to 18 months.", ("men",)),
    ("Every woman on the course gets her own key worker, and women judged to be the most dangerous move to a specialist "
     "high-harm team for up to a year.", ("women",)),
])
def test_case_workers_of_everyone_on_the_programme_keep_their_own_people(sentence, people):
    got = comps(LEAD + sentence)
    assert got[(2, "case_management")].cohorts == people
    assert "high_harm" in got[(2, "high_harm")].cohorts


def test_case_managers_of_the_high_harm_men_stay_high_harm():
    got = comps(LEAD + "A high-harm service in which each man assessed as high-risk has a case manager for up to 12 months.")
    assert got[(2, "case_management")].cohorts == ("high_harm", "men")


# --- a stalking service described by what the people's behaviour towards someone has become ----------------------------

@pytest.mark.parametrize("sentence", [
    "It pays for work with men whose conduct towards a former partner has turned into stalking.",
    "Westbrook Line is a one-to-one programme for people whose behaviour towards someone has become stalking.",
])
def test_behaviour_towards_someone_become_stalking_is_a_stalking_intervention(sentence):
    assert (2, "stalking_intervention") in comps(LEAD + sentence)


# --- a programme made of one-to-one sessions is that one-to-one work, not a second programme ---------------------------

@pytest.mark.parametrize("sentence, cohort, sessions", [
    ("New this year is a programme for women who use violence at home, of up to 16 one-to-one sessions.", "women", 16),
    ("There is also a course for fathers who are abusive to partners, made up of 12 one-to-one sessions.", "fathers", 12),
])
def test_a_programme_made_of_one_to_one_sessions_is_one_to_one_work(sentence, cohort, sessions):
    got = comps(LEAD + sentence)
    assert (2, "behaviour_change_programme") not in got
    assert got[(2, "one_to_one")].cohorts == (cohort,)
    assert got[(2, "one_to_one")].duration_value == sessions


def test_a_programme_with_one_to_one_sessions_beside_it_stays_a_programme():
    got = comps(LEAD + "It pays for a programme for men in Hull, with up to six one-to-one sessions.")
    assert (2, "behaviour_change_programme") in got and (2, "one_to_one") in got
