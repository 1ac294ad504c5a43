"""Number words whose noun is left out: "The team worked with 41 men. Thirty of them had no further abuse", "Seventeen
completed it": a number word before "of them" or opening a verb of the course is a count like its digits,
and one opening a sentence after one count of people ("The pilot worked with 23 families. Seventeen completed it") is
a count of those people, with their count as its base."""

from __future__ import annotations

from release_probe import outcomes_by_key as _outcomes


def test_a_number_word_before_of_them_counts_the_people_before():
    got = _outcomes("The caseworkers saw 52 men last year. Forty of them stopped using abuse while on the caseload.\n\n"
                    "In 2024-25 the service worked with 66 fathers. Twenty-two of those went on to a group.\n\n"
                    "The pilot worked with 35 families. Eighteen of these said things were calmer at home.\n")
    assert got[(3, 40, "count")].base == 52 and got[(3, 40, "count")].about == "perpetrators"
    assert got[(5, 22, "count")].base == 66
    assert got[(7, 18, "count")].base == 35 and got[(7, 18, "count")].about == "families"
    assert (3, 52, "count") in got and got[(3, 52, "count")].base is None


def test_a_number_word_opening_a_course_verb_is_a_count():
    got = _outcomes("A year-long pilot worked with 31 families. Nineteen completed it, and 12 of those parents said "
                    "the violence had stopped.\n\n"
                    "The group in Thetford took 28 men last spring. Fifteen finished the course.\n\n"
                    "The service worked with 40 young people. Twenty-six completed the programme.\n")
    assert got[(3, 19, "count")].base == 31 and got[(3, 19, "count")].about == "families"
    assert got[(3, 12, "count")].base == 19
    assert got[(5, 15, "count")].about == "perpetrators" and got[(5, 15, "count")].base == 28
    assert got[(7, 26, "count")].base == 40 and got[(7, 26, "count")].about == "young_people"
    assert (3, 31, "count") in got and got[(3, 31, "count")].base is None
