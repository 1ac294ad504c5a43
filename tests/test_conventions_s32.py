"""Rules of the thirty-second session: the men a line calls high-harm and gives each a case manager are whom the
high-harm work is for (the corpus README's 'Case managers per person').  Every case is an invented sentence; the near
misses are sentences the rule must leave as it was."""

import pytest

from release_probe import cohorts_by_line as _cohorts, organisation_facts, read

_LEAD = "Westshire perpetrator funding\n\nThe Kent Police and Crime Commissioner funds perpetrator programmes.\n\n"


@pytest.mark.parametrize("sentence, men_on_high_harm", [
    # the men given each a case manager are called high-harm or high-risk: the high-harm work's people too
    ("Nearly all of the grant goes on a high-harm service in which every man assessed as high risk has a named case "
     "manager, for nine months at most.", True),
    ("It funds a high-harm team, with a case manager for each of the 30 most dangerous men in the county.", True),
    ("The grant keeps a Drive-style scheme going; there, case managers see each high-harm man weekly for a year.",
     True),
    ("The money buys a high-harm unit that gives each man the police assess as high harm his own caseworker.", True),
    # near misses: the men are not called so, and are the case managers' alone
    ("Nearly all of the grant goes on a Drive-style scheme for high-harm perpetrators; in it every man gets his own case "
     "manager, for nine months at most.", False),
    ("It funds a high-harm team, with a case manager for each man referred by the police.", False),
])
def test_men_called_high_harm_and_given_case_managers_are_the_high_harm_works_people(sentence, men_on_high_harm):
    text = _LEAD + "The Home Office has given £240,000 for 2025/26.\n\n" + sentence + "\n"
    hh = _cohorts(text, "high_harm")
    cm = _cohorts(text, "case_management")
    assert 7 in hh and 7 in cm, (hh, cm)
    assert "high_harm" in hh[7], hh
    assert cm[7] >= {"high_harm", "men"}, cm
    assert ("men" in hh[7]) is men_on_high_harm, hh


def _lengths(text, kind):
    return {c.source_line: (c.duration_value, c.duration_unit) for c in read(text).components if c.component == kind}


@pytest.mark.parametrize("sentence, case_manager_length", [
    # the case managers' own clause gives the length after a comma: theirs
    ("High-harm work: two case managers hold the men the police rate as high harm, for up to 9 months each.",
     (9, "month")),
    ("High-harm work: two case managers carry the most dangerous men, for up to 15 months.", (15, "month")),
    # near miss: a worker for each person, then the length of the team's work (README, "Length of case management")
    ("A high-harm team gives a named case manager for each man, for up to nine months.", (None, None)),
])
def test_a_case_managers_length_after_a_comma_is_theirs(sentence, case_manager_length):
    text = _LEAD + "The Home Office has given £240,000 for 2025/26.\n\n" + sentence + "\n"
    got = _lengths(text, "case_management")
    assert 7 in got, got
    value, unit = got[7]
    assert (value, unit or None) == case_manager_length, got


def test_the_opcc_printed_with_its_area_is_that_name_only():
    # "OPCC Norfolk" is the office named with its area, as printed (the corpus README's 'The OPCC by its initials');
    # the bare initials elsewhere are still the body named "OPCC"
    text = ("Grants list\n\nSafer Lives CIC gets £20,000, matched to a Home Office grant of £300,000 held by OPCC Suffolk "
            "for 2026/27.\nA further £5,000 is held by the OPCC and passed to Safer Lives CIC.\n")
    orgs = organisation_facts(text)
    assert (3, "OPCC Suffolk", "commissioner") in orgs, orgs
    assert (3, "OPCC", "commissioner") not in orgs, orgs
    assert (4, "OPCC", "commissioner") in orgs, orgs
