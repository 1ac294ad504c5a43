"""Review of the thirty-second session's new rules (fixer b2): invented texts the reviewer found misread, read right."""

import pytest

from release_probe import read

_KENT = "Grant news\n\nThe Kent Police and Crime Commissioner has awarded £60,000 to Safer Lives CIC.\n"


def _comps(text):
    return {(c.source_line, c.component): c for c in read(text).components if not c.in_quote}


# --- 5, 6: a course said by a copula to be a group programme is that one programme only where the copula is the course's
# own; a behaviour change or perpetrator programme said to be a group programme is counted as both ------------------------

def test_a_behaviour_change_programme_that_is_a_group_programme_is_both():
    got = _comps(_KENT + "The behaviour change programme for men, run by Safer Lives CIC, is a 24-week group programme.\n")
    assert (4, "behaviour_change_programme") in got, got
    group = got[(4, "group_programme")]
    assert (group.cohorts, group.duration_value, group.duration_unit) == (("men",), 24, "week")


def test_a_copula_of_another_clause_leaves_the_course_its_own():
    got = _comps("Programme news\n\nThe Kent Police and Crime Commissioner has awarded £60,000 to Safer Lives CIC.\n"
                 "The money pays for a perpetrator programme for men in Dover, and in Margate there is a 12-week group "
                 "programme for fathers.\n"
                 "The course for men in Dover runs for 24 weeks, while the one in Deal is a ten-week group course.\n")
    assert got[(4, "behaviour_change_programme")].cohorts == ("men",)
    assert (got[(4, "group_programme")].cohorts, got[(4, "group_programme")].duration_value) == (("fathers",), 12)
    bcp = got[(5, "behaviour_change_programme")]
    assert (bcp.cohorts, bcp.duration_value, bcp.duration_unit) == (("men",), 24, "week")
    assert got[(5, "group_programme")].duration_value == 10


def test_the_course_with_its_runner_in_a_parenthesis_is_still_one_group_programme():
    got = _comps(_KENT + "The county's only course for fathers, run by Weald Change CIC, is a 16-week group programme.\n")
    assert (4, "group_programme") in got and (4, "behaviour_change_programme") not in got, got


# --- 7, 8: the men a line calls high-risk are the high-harm work's people only where they are the ones given the worker --

@pytest.mark.parametrize("sentence", [
    "The Drive-style service gives a case manager to each man whose partner is at high risk.",
    "A high-harm service for serial perpetrators gives every father a key worker; each woman assessed as high risk by the "
    "MARAC gets an IDVA.",
    "A Drive-style service gives each man a case manager; partners of each high-risk man get an IDVA.",
])
def test_high_risk_words_of_another_person_give_the_high_harm_work_no_group(sentence):
    got = _comps(_KENT + sentence + "\n")
    assert got[(4, "high_harm")].cohorts == ("high_harm",), got[(4, "high_harm")]


def test_each_man_called_high_risk_and_given_a_worker_is_still_the_high_harm_works():
    got = _comps(_KENT + "A high-harm service gives each man assessed as high risk his own caseworker, for nine months at most.\n")
    assert got[(4, "high_harm")].cohorts == ("high_harm", "men")


# --- 9: a one-word name that is also a plural word, with a plural verb, is not the programme's subject --------------------

def test_a_plural_word_that_is_also_a_brand_is_not_its_delivery():
    text = ("Programme news\n\nThe Kent Police and Crime Commissioner funds Choices, a 24-week group course for men.\n"
            "In 2024-25, 60 men started. Choices were offered to each man about which evening to attend.\n")
    got = _comps(text)
    assert not [k for k in got if k[0] == 4], got


def test_a_brand_with_a_singular_verb_is_still_its_delivery():
    text = ("Programme news\n\nThe Kent Police and Crime Commissioner funds Choices, a 24-week group course for men.\n"
            "In 2024-25, 60 men started. Choices is delivered by Safer Lives CIC in Dover.\n")
    assert (4, "named_programme") in _comps(text)


# --- 16: interpreters for sign language, however worded, are no non_english_speakers cohort -------------------------------

@pytest.mark.parametrize("words, cohort", [
    ("with sign-language interpreters for Deaf men", False), ("with BSL/English interpreters", False),
    ("with British Sign Language (BSL) interpreters", False), ("with interpreters for BSL users", False),
    ("with BSL interpreters", False), ("with interpreters at every session", True),
])
def test_sign_language_interpreters_in_any_wording_are_no_non_english_speakers(words, cohort):
    got = _comps("Grant news\n\nThe Kent Police and Crime Commissioner has awarded £60,000 to Safer Lives CIC for a "
                 "24-week group programme for men, " + words + ".\n")
    assert ("non_english_speakers" in got[(3, "group_programme")].cohorts) is cohort, got


# --- P1: a length after a course named in the case managers' clause is the course's, not the case managers' -------------

def test_a_length_after_a_course_in_the_case_managers_clause_is_not_theirs():
    got = _comps("Grant news\n\nThe Kent Police and Crime Commissioner has awarded £240,000 to Safer Lives CIC for 2025/26."
                 "\n\nHigh-harm strand: case managers work alongside the group course for men, for 26 weeks.\n")
    assert got[(5, "case_management")].duration_value is None, got[(5, "case_management")]


def test_case_managers_holding_men_for_a_length_keep_it():
    got = _comps("Grant news\n\nThe Kent Police and Crime Commissioner has awarded £240,000 to Safer Lives CIC for 2025/26."
                 "\n\nHigh-harm work: three case managers hold the men the police rate as high harm, for up to 12 months each.\n")
    assert (got[(5, "case_management")].duration_value, got[(5, "case_management")].duration_unit) == (12, "month")
