"""Components, outcomes and people read by their meaning, not one wording (invented texts, several wordings each)."""

from __future__ import annotations

import pytest

from release_probe import read


def _components(text: str) -> dict[tuple[int, str], object]:
    return {(c.source_line, c.component): c for c in read(text).components}


# a later sentence giving the length of the service just named, with any determiner before the service's noun and the
# verb in any tense
@pytest.mark.parametrize("second", [
    "Each group lasts 24 weeks and meets in Derby or Buxton.",
    "Every course will run over 24 weeks.",
    "The weekly groups are spread over 24 weeks.",
    "Our course continues for 24 weeks.",
])
def test_following_sentence_gives_the_length(second):
    got = _components("The council pays for a behaviour change course for men in the county. " + second)
    c = got[(1, "behaviour_change_programme")]
    assert (c.duration_value, c.duration_unit) == (24, "week")


# a name given as the complement of "is called" after the service's whole description
@pytest.mark.parametrize("text, name", [
    ("Our 26-week group programme for men who use abuse is called Reset, and it runs in Norwich.", "Reset"),
    ("The new course for fathers who have been abusive will be known as Anchor Point.", "Anchor Point"),
    ("The 20-week group work for men, which is known as Keystone, starts in May.", "Keystone"),
])
def test_name_given_after_the_description(text, name):
    got = _components(text)
    assert got[(1, "named_programme")].programme_name == name


# a course named by its purpose, changing abusive behaviour, is a behaviour change course
@pytest.mark.parametrize("text, cohort", [
    ("Our group programme for men to change abusive behaviour runs in Norwich.", "men"),
    ("The council pays for a course that helps fathers change their behaviour at home.", "fathers"),
    ("A new programme aimed at stopping harmful behaviour by women opens in May.", "women"),
])
def test_course_named_by_its_purpose(text, cohort):
    c = _components(text)[(1, "behaviour_change_programme")]
    assert cohort in c.cohorts


# a second course for another group of people, as "their own" course
@pytest.mark.parametrize("text, cohort, length", [
    ("Women who use abuse will be offered their own programme of 16 weekly sessions in Ipswich.", "women", (16, "session")),
    ("In Ipswich, women who use abuse will have a separate programme of their own, running over 16 weekly sessions.",
     "women", (16, "session")),
    ("Fathers who have been abusive get a course of their own, lasting 20 weeks.", "fathers", (20, "week")),
])
def test_their_own_course(text, cohort, length):
    c = _components(text)[(1, "behaviour_change_programme")]
    assert cohort in c.cohorts and (c.duration_value, c.duration_unit) == length


def test_no_course_in_ordinary_own_or_behaviour_words():
    assert not read("The charity wants its own office to grow. The police will change their behaviour policy.").components
