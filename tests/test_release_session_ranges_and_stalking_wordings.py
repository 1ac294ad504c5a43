"""Lengths given as a range in words, and stalking work described by what a person's behaviour has become.

"between eight and fourteen one-to-one sessions" is one range (14 sessions, at least 8), whatever number word ends it:
a number word after "and" continues the range rather than opening a new clause.  A service "for people whose behaviour
has become stalking" is stalking work (``stalking_intervention``), as "people who stalk" is.
"""

from __future__ import annotations

from release_probe import read


def _components(text: str) -> dict[tuple[int, str], object]:
    return {(c.source_line, c.component): c for c in read(text).components}


def test_ranges_in_number_words_keep_their_lower_bound():
    got = _components("The Dyfed-Powys commissioner has awarded £90,000 for this work.\n\n"
                      "The service will offer between eight and fourteen one-to-one sessions to each man referred.\n\n"
                      "Each man will attend between nine and seventeen group sessions.\n\n"
                      "Women are offered between eleven and thirteen one-to-one sessions.\n")
    assert (got[(3, "one_to_one")].duration_value, got[(3, "one_to_one")].duration_min) == (14, 8)
    assert got[(3, "one_to_one")].duration_unit == "session"
    assert (got[(5, "group_programme")].duration_value, got[(5, "group_programme")].duration_min) == (17, 9)
    assert (got[(7, "one_to_one")].duration_value, got[(7, "one_to_one")].duration_min) == (13, 11)
    assert got[(7, "one_to_one")].cohorts == ("women",)


def test_a_count_of_people_after_and_still_opens_a_clause():
    got = _components("The Dyfed-Powys commissioner has awarded £90,000 for this work.\n\n"
                      "The group course runs for 24 weeks, and fourteen men finished it last year.\n")
    assert got[(3, "group_programme")].duration_value == 24
    assert got[(3, "group_programme")].duration_min is None


def test_people_whose_behaviour_has_become_stalking():
    got = _components("The Dyfed-Powys commissioner has awarded £90,000 for two new strands.\n\n"
                      "The second strand is for men whose behaviour has turned into stalking.\n\n"
                      "It works with people whose conduct amounts to stalking, offering up to 12 sessions.\n\n"
                      "A service for anyone whose abuse now includes stalking will open in May.\n\n"
                      "The first is a service for people whose behaviour has become stalking. Each person referred "
                      "will be offered between 10 and 18 one-to-one sessions.\n")
    assert (3, "stalking_intervention") in got
    assert got[(5, "stalking_intervention")].duration_value == 12
    assert (7, "stalking_intervention") in got
    s = got[(9, "stalking_intervention")]
    assert (s.duration_value, s.duration_unit, s.duration_min) == (18, "session", 10)


def test_victims_of_stalking_are_no_stalking_work():
    got = _components("The Dyfed-Powys commissioner has awarded £90,000 for this work.\n\n"
                      "An advocate supports women whose partners have stalked them.\n")
    assert (3, "stalking_intervention") not in got
