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



# a name in apposition after the service's noun, followed by its own verb in any form or by "as" and a description
@pytest.mark.parametrize("text, name, length", [
    ("- Our men's behaviour change course, **Choices Ahead**, lasts 24 weeks and is run in groups.", "Choices Ahead", 24),
    ("The charity will run the programme, Stepping Back, as a group course for men lasting 26 weeks.", "Stepping Back", 26),
    ("The council's new course, Open Door, takes 20 weeks and is for men.", "Open Door", 20),
])
def test_name_in_apposition_before_any_verb(text, name, length):
    c = _components(text)[(1, "named_programme")]
    assert (c.programme_name, c.duration_value) == (name, length)


# support for partners and for the family in other nouns and in the passive
@pytest.mark.parametrize("text, kind", [
    ("- help for partners and ex-partners, delivered by a women's centre.", "partner_support"),
    ("- advice for current and former partners of the men on the course.", "partner_support"),
    ("Young people aged 10 to 17 who are abusive towards a parent get 12 weekly sessions, and the rest of the family is "
     "supported too.", "whole_family"),
    ("The whole family will also be helped while the course runs.", "whole_family"),
])
def test_support_in_other_words(text, kind):
    assert (1, kind) in _components(text)


def test_any_man_is_men():
    c = _components("Any man assessed as high-risk gets a case manager, who remains with him for up to 18 months.")
    assert "men" in c[(1, "case_management")].cohorts


def test_an_extension_of_years_is_no_length():
    c = _components("Men who abuse their partners can keep attending a behaviour change course for at least another two "
                    "years.")[(1, "behaviour_change_programme")]
    assert c.duration_value is None


# ---- outcomes -------------------------------------------------------------------------------------------------------

from release_probe import outcomes_by_key  # noqa: E402


# a count in words as the subject of a passive or expected verb
@pytest.mark.parametrize("text, value, about, status", [
    ("Eighty police officers and probation staff will also be trained by the charity.", 80, "practitioners", "expected"),
    ("Sixty referrals are expected in the first year.", 60, "referrals", "expected"),
    ("Twelve GPs are to be trained next spring.", 12, "practitioners", "expected"),
    ("Forty-two fathers have now been referred to the course.", 42, "perpetrators", "reported"),
])
def test_count_in_words_as_a_passive_subject(text, value, about, status):
    got = outcomes_by_key(text)
    o = got[(3, value, "count")]
    assert (o.about, o.status) == (about, status)


def test_words_that_count_no_people_stay_unread():
    assert not outcomes_by_key("Only the two perpetrator lines are affected by this decision. Two providers were appointed.")


# "x of them" beside another "x of them": both count against the same people
@pytest.mark.parametrize("text, want", [
    ("204 people began a course; 137 of them finished it and 52 of them were still taking part.",
     {137: 204, 52: 204}),
    ("Last year 150 fathers started the group, and 98 of those completed it; 30 of those left early.",
     {98: 150, 30: 150}),
    # (a chain still chains: those who started, then of those, those who finished)
    ("90 fathers were referred: 60 of them started the course and 25 of them finished it.", {60: 90, 25: 60}),
    ("Of 120 referrals, 84 were suitable; 51 of those completed.", {84: 120, 51: 84}),
])
def test_parallel_counts_of_them_share_a_base(text, want):
    got = outcomes_by_key(text)
    assert {v: got[(3, v, "count")].base for v in want} == want


def test_starters_before_of_them_are_a_base_only():
    got = outcomes_by_key("204 people began a course; 137 of them finished it.")
    assert (3, 204, "count") not in got and got[(3, 137, "count")].base == 204


# a number word before "of" and a finite verb is not an "x of y"
def test_number_word_of_a_clause_with_a_verb_is_no_x_of_y():
    got = outcomes_by_key("Two of the eastern offices expect at least 600 men to start courses in 2026/27.")
    assert (3, 2, "count") not in got
    assert got[(3, 600, "count")].status == "expected" and got[(3, 600, "count")].base is None


# an earlier period's figure in brackets beside a count
@pytest.mark.parametrize("text, earlier", [
    ("- The course received 318 referrals (2023/24: 256)", 256),
    ("The course received 318 referrals this year (256 in 2023-24).", 256),
    ("The course took 140 men (last year: 118).", 118),
])
def test_earlier_figure_in_brackets(text, earlier):
    got = outcomes_by_key(text)
    o = got[(3, earlier, "count")]
    assert o.status == "reported" and o.about == got[(3, 318 if earlier == 256 else 140, "count")].about


# ---- people ---------------------------------------------------------------------------------------------------------

def _people(text: str) -> dict[str, str]:
    return {p.name: p.role for p in read(text).people}


# the office after the name, said of the place by its kind, or after another role of the same person joined by "and"
@pytest.mark.parametrize("text, name", [
    ("Separately, Desmond Fairbank, the county's commissioner, pays for a phone line.", "Desmond Fairbank"),
    ("Harriet Vane, a former magistrate and now the force area's PCC, welcomed the grant.", "Harriet Vane"),
    ('"We buy better together," said Morwenna Pryce, chair of the alliance and Police and Crime Commissioner for '
     "Avon and Somerset, who leads it.", "Morwenna Pryce"),
    ("Alun Rees, a retired teacher and the Police and Crime Commissioner for Gwent, opened the centre.", "Alun Rees"),
])
def test_commissioner_after_the_name_in_other_words(text, name):
    assert _people(text).get(name) == "commissioner"


def test_other_roles_and_staff_are_no_commissioner():
    got = _people("Jane Smith, the charity's chief executive, welcomed it. Tom Reed, director of Safe Homes and the "
                  "Police and Crime Commissioner's adviser, spoke.")
    assert "Jane Smith" not in got and "Tom Reed" not in got


# ---- components: results and evaluations in other words give no component --------------------------------------------

@pytest.mark.parametrize("text", [
    "Firm Steps and the partner support service are being evaluated by a university, which will report in 2026.",
    "The group course for partners' safety was independently evaluated last year.",
    "> - 81% of supported partners reported feeling safer",
    "> - Frontline staff trained: 260",
    "- Partners contacted: 131",
    "44 people were on the high-harm service's caseload last year.",
    "120 men were supported by the group programme in 2024.",
])
def test_results_and_evaluations_in_other_words_describe_no_service(text):
    got = _components("The council has published its yearly report on perpetrator work.\n\n> - A list\n" + text)
    assert not [k for k in got if k[0] == 4]


def test_a_service_beside_an_evaluated_clause_is_still_read():
    got = _components("The council funds a 24-week group course for men; the course will be independently evaluated.")
    assert got[(1, "group_programme")].duration_value == 24


# a relative clause after a comma still says whom a programme works with
@pytest.mark.parametrize("text, cohorts", [
    ("The Keel programme, which works with men and women who have harmed a partner, will continue.", {"men", "women"}),
    ("Our course, which works with fathers who have been abusive at home, starts in May.", {"fathers"}),
])
def test_programme_then_comma_which_works_with(text, cohorts):
    c = _components("The Avon commissioner has been awarded £90,000.\n\n" + text)[(3, "behaviour_change_programme")]
    assert set(c.cohorts) == cohorts


def test_programmes_as_the_money_purpose_stay_unread():
    got = _components("The Avon commissioner has been awarded £90,000.\n\nThe Home Office confirmed funding for "
                      "programmes that work with people who abuse their partners.")
    assert not [k for k in got if k[0] == 3]


# where referrals came from is no count of the people there; a target's clause may be long before "of whom"
def test_of_them_from_a_source():
    got = outcomes_by_key("- 141 referrals, 96 of them from police officers")
    assert (got[(3, 96, "count")].base, got[(3, 96, "count")].about) == (141, "referrals")


def test_of_whom_after_a_long_clause():
    got = outcomes_by_key("At least 150 men should start the course over the two years, of whom at least 95 should "
                          "complete it.")
    assert got[(3, 95, "count")].base == 150 and (3, 150, "count") not in got


# a named service's length, said in its name's clause, is the length of the kind it is described as
@pytest.mark.parametrize("text, kind, length", [
    ("Calm Waters, the second service, offers ten weekly sessions, at home or at school, to young people aged 11 to 17 "
     "who are violent towards a parent.", "child_adolescent_to_parent", (10, "session")),
    ("Safe Harbour, the second service, runs over twelve weeks, at home or at a family centre, with young people aged "
     "12 to 16 who are abusive towards a parent.", "child_adolescent_to_parent", (12, "week")),
])
def test_named_service_length_is_its_kinds(text, kind, length):
    got = _components("The Cheshire commissioner has been awarded £90,000.\n\n" + text)
    c = got[(3, kind)]
    assert (c.duration_value, c.duration_unit) == length
