"""The people of high-harm work and of its case managers, named as one service.

High-harm work is always for high-harm perpetrators (cohort ``high_harm``), and its case managers in that service too
(the corpus README's 'High-harm work').  "each man has a case manager" gives ``men`` to the case managers only ('Case
managers per person': other components on the line keep their own cohorts); people the high-harm work's own words name
("a Drive-style service for men who pose the greatest risk") are both components', and so are people given each a case
manager whom the line calls high-harm ("a case manager for each of the 30 most dangerous men").
"""

from __future__ import annotations

from release_probe import read


def _cohorts(text: str, line: int) -> dict[str, set[str]]:
    return {c.component: set(c.cohorts) for c in read(text).components if c.source_line == line}


INTRO = "The Gwent commissioner has awarded £140,000 for perpetrator work.\n\n"


def test_each_man_with_a_case_manager_is_the_case_managers_cohort_only():
    got = _cohorts(INTRO + "Usk Valley Change runs the Drive-model service for high-harm perpetrators, in which every "
                           "man is given a case manager for up to 15 months.\n", 3)
    assert got["high_harm"] == {"high_harm"}
    assert got["case_management"] == {"high_harm", "men"}


def test_high_harm_service_without_high_harm_words_still_high_harm():
    got = _cohorts(INTRO + "The money lets Ebbw Change keep running a Drive-style service in Newport that works with "
                           "the most dangerous abusers for up to a year, giving each man his own case manager.\n", 3)
    assert got["high_harm"] == {"high_harm"}
    assert got["case_management"] == {"high_harm", "men"}


def test_people_named_by_the_service_itself_are_both_components():
    got = _cohorts(INTRO + "The second is a Drive-style service for high-harm perpetrators: men who pose the greatest "
                           "risk to a partner. Each man will be given a case manager.\n", 3)
    assert got["high_harm"] == {"high_harm", "men"}
    assert got["case_management"] == {"high_harm", "men"}


def test_a_caseworker_per_father_called_most_dangerous_in_a_high_risk_service():
    # the fathers given each a caseworker are called most dangerous: whom the high-risk service is for too (ruled in the
    # thirty-second session, 'Case managers per person'; this test read the other way before)
    got = _cohorts(INTRO + "Of that, £90,000 pays for a high-risk service modelled on Drive, with a caseworker for "
                           "each of the 30 fathers judged most dangerous.\n", 3)
    assert got["high_harm"] == {"high_harm", "fathers"}
    assert got["case_management"] >= {"high_harm", "fathers"}
