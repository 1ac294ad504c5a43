"""The people said to be on a named programme are its cohort, whatever service the sentence describes (the corpus
README's "Named programmes": a `named_programme` fact carries the cohorts its line states for that programme).

Invented texts: "each man on X", "the partners of men on X", "fathers attending X" give X's fact `men` or `fathers`,
while the partner support of the same line keeps no cohort.
"""

from __future__ import annotations

import pytest

from release_probe import read


def _named(text: str) -> dict[int, object]:
    return {c.source_line: c for c in read(text).components if c.component == "named_programme"}


def _kind(text: str, line: int, kind: str):
    return next(c for c in read(text).components if c.source_line == line and c.component == kind)


INTRO = "The Rutland commissioner has awarded £70,000 for the Harbour Light programme from April 2025.\n\n"


@pytest.mark.parametrize("sentence, cohort", [
    ("A support worker rings the partner of every man on Harbour Light each fortnight.", "men"),
    ("The partners of men on Harbour Light are offered support by a local refuge.", "men"),
    ("Each man on Harbour Light is given his own case worker.", "men"),
    ("Independent advocates help the ex-partners of fathers attending Harbour Light.", "fathers"),
    ("A support worker keeps in touch with each partner of a man on Harbour Light until he finishes.", "men"),
])
def test_people_on_a_named_programme_are_its_cohort(sentence, cohort):
    named = _named(INTRO + sentence)
    assert 3 in named, sentence
    assert named[3].programme_name == "Harbour Light"
    assert cohort in named[3].cohorts


def test_partner_support_beside_it_keeps_no_cohort():
    text = INTRO + "The partners of men on Harbour Light are offered support by a local refuge."
    assert _kind(text, 3, "partner_support").cohorts == ()
    assert _named(text)[3].cohorts == ("men",)


def test_a_name_with_no_people_on_it_gets_none():
    text = INTRO + "Harbour Light is paid for from the commissioner's own budget and is run from a centre in Oakham."
    named = _named(text)
    assert 3 not in named or named[3].cohorts == ()


ONE_WORD = ("The Rutland commissioner has awarded £70,000 for Waymark from April 2025.\n\n"
            "Waymark is a 20-week group course for men who have been abusive to a partner.\n\n")


@pytest.mark.parametrize("sentence", [
    "The partners of men on Waymark are offered support by a local refuge.",
    "Every man on Waymark has a named case worker.",
    "A support worker contacts the ex-partner of each man attending Waymark.",
])
def test_a_one_word_name_with_people_on_it_is_the_programme_again(sentence):
    named = _named(ONE_WORD + sentence)
    assert 5 in named, sentence
    assert named[5].programme_name == "Waymark"
    assert named[5].cohorts == ("men",)


def test_a_one_word_name_in_a_money_sentence_is_not_repeated():
    named = _named(ONE_WORD + "The money for Waymark in 2026/27 comes to £81,000 altogether.")
    assert 5 not in named


HIGH_HARM = "The Rutland commissioner has awarded £70,000 for high-harm work from April 2025.\n\n"


@pytest.mark.parametrize("sentence", [
    "A specialist team runs a high-harm service with the most dangerous abusers for up to 18 months, backed by intensive "
    "case management.",
    "The high-harm team works with up to 20 men who pose the highest risk, each with a case worker of his own, for up to "
    "18 months.",
])
def test_a_length_of_the_high_harm_work_is_not_the_case_managers(sentence):
    text = HIGH_HARM + sentence
    assert (_kind(text, 3, "high_harm").duration_value, _kind(text, 3, "high_harm").duration_unit) == (18, "month")
    assert _kind(text, 3, "case_management").duration_value is None


@pytest.mark.parametrize("sentence", [
    "The high-harm service gives each man a case manager who stays with him for up to 18 months.",
    "In the high-harm service, case managers work with each high-risk man for up to 18 months.",
])
def test_a_length_in_the_case_managers_own_words_is_theirs(sentence):
    assert _kind(HIGH_HARM + sentence, 3, "case_management").duration_value == 18


def test_months_after_the_course_ends_is_no_length():
    text = HIGH_HARM + "Every man on the course keeps his case worker until three months after the course ends."
    assert _kind(text, 3, "case_management").duration_value is None


def test_a_funders_title_with_national_in_it_is_not_a_national_fund_sentence():
    text = INTRO + ("The National Heritage Community Fund has given us £52,000 until March 2027 for Calm Harbour, a "
                    "programme for young people aged 11 to 16 who are violent towards a parent.")
    kinds = {c.component: c for c in read(text).components if c.source_line == 3}
    assert "child_adolescent_to_parent" in kinds
    assert (kinds["child_adolescent_to_parent"].age_min, kinds["child_adolescent_to_parent"].age_max) == (11, 16)
    assert kinds["named_programme"].programme_name == "Calm Harbour"


def test_a_sentence_about_the_national_fund_still_describes_no_service():
    text = INTRO + "The national perpetrator fund is worth £36m and pays for group programmes for men."
    assert not [c for c in read(text).components if c.source_line == 3]


@pytest.mark.parametrize("sentence, cohort", [
    ("Fathers in Oakham who hurt or frighten their partners can now join a free course at the family centre.", "fathers"),
    ("From September, men who have been controlling towards a partner will be able to attend a new programme in Uppingham.",
     "men"),
])
def test_a_course_described_by_who_can_join_it(sentence, cohort):
    kinds = {c.component: c for c in read(INTRO + sentence).components if c.source_line == 3}
    assert "behaviour_change_programme" in kinds, sentence
    assert cohort in kinds["behaviour_change_programme"].cohorts


def test_the_women_a_course_s_men_hurt_are_not_its_cohort():
    text = INTRO + "Men in Oakham who want to stop hurting the women they live with can now join a free course."
    kinds = {c.component: c for c in read(text).components if c.source_line == 3}
    assert kinds["behaviour_change_programme"].cohorts == ("men",)
