"""Two component rules of the eighteenth session.

* A helpline's cohorts are the people its own line's words say it is for or used by (corpus README, "Helplines'
  cohorts", settled in the eighteenth session): before, a helpline never carried a cohort.
* How long a group was paused ("paused for ten weeks") is not how long it lasts.
"""

from __future__ import annotations

import pytest

from release_probe import read

LEAD = "Kent's commissioner has funded perpetrator work for 2025-26.\n\n"


@pytest.mark.parametrize("sentence, cohorts", [
    ("The commissioner also funds a helpline for men worried about their own behaviour.", ("men",)),
    ("Men worried about their behaviour can ring the charity's helpline on 01632 960 014.", ("men",)),
    ("The charity also runs a phone line in five languages for men worried about their own behaviour.", ("men",)),
    ("A confidential advice line for women who are worried about how they treat a partner opens in May.", ("women",)),
    ("There is also a helpline for anyone worried about their own behaviour.", ()),
    ("The perpetrator helpline takes calls every weekday.", ()),
])
def test_a_helplines_cohorts_come_from_its_own_words(sentence, cohorts):
    got = [c for c in read(LEAD + sentence + "\n").components if c.source_line == 3 and c.component == "helpline"]
    assert [c.cohorts for c in got] == [cohorts]


def test_a_helpline_for_victims_is_not_given_the_programmes_men():
    text = (LEAD + "The course is for men who have abused a partner.\n\n"
            "A helpline for anyone affected by domestic abuse is open every day.\n")
    got = [c for c in read(text).components if c.component == "helpline"]
    assert [(c.source_line, c.cohorts) for c in got] == [(5, ())]


@pytest.mark.parametrize("sentence", [
    "The Sunderland group was paused for ten weeks in early 2023 while a facilitator was recruited.",
    "The Hexham group was suspended for two months after the venue closed.",
    "The Blyth group has been on hold for six weeks while staff are trained.",
])
def test_how_long_a_group_was_paused_is_not_how_long_it_lasts(sentence):
    got = [c for c in read(LEAD + sentence + "\n").components if c.source_line == 3 and c.component == "group_programme"]
    assert [(c.duration_value, c.duration_unit) for c in got] == [(None, "")]


def test_a_groups_own_length_is_still_read_beside_a_pause():
    text = LEAD + "The 26-week group course for men in Sunderland was paused for ten weeks while a facilitator was recruited.\n"
    got = [c for c in read(text).components if c.source_line == 3 and c.component == "group_programme"]
    assert [(c.duration_value, c.duration_unit) for c in got] == [(26, "week")]
