"""Programme components read from the clause that describes what is delivered (branch ``cp``): invented texts, the
corpus README's conventions ("High-harm work", "Programmes named in results", "Case managers per person")."""

from __future__ import annotations

import pytest

from tests.release_probe import read


def comps(text: str) -> dict[tuple[int, str], object]:
    """The components read from ``text`` outside quotes, keyed by (line, component)."""
    return {(c.source_line, c.component): c for c in read(text).components if not c.in_quote}


# --- people described by their risk are whom case managers serve, not a high-harm service of their own --------------

@pytest.mark.parametrize("text", [
    "Fathers judged as high risk are each given a case manager by Wenlock Change CIC.",
    "The grant pays for three case managers for men rated as high harm in the north of the county.",
    "Case managers will work with adults who pose the greatest risk to their partners.",
])
def test_people_at_high_risk_given_case_managers_are_their_cohort(text):
    got = comps(text)
    assert (1, "high_harm") not in got
    assert "high_harm" in got[(1, "case_management")].cohorts


def test_a_high_harm_service_with_case_managers_stays_high_harm():
    got = comps("Oxbow Partnership runs a Drive-style service for men rated as high harm, with a case manager for each.")
    assert (1, "high_harm") in got and (1, "case_management") in got


# --- what an evaluation found, and what is evaluated, describe no service --------------------------------------------

def test_an_evaluation_finding_is_no_component():
    text = ("A review of Derwent's Open Door group course for fathers by Tarn University found that 40 of the 55 fathers "
            "who finished it had no further police call-outs.")
    got = comps(text)
    assert (1, "group_programme") not in got and (1, "named_programme") not in got


def test_what_is_evaluated_is_no_component():
    got = comps("Marlow Research is evaluating the partner support service and will report next spring.\n\n"
                "Wyre Women's Aid gives partner support to every woman whose partner joins the course.")
    assert (1, "partner_support") not in got
    assert (3, "partner_support") in got


# --- one person who stalks, as the plural, is a stalking intervention ------------------------------------------------

@pytest.mark.parametrize("text, sessions", [
    ("Greyfriars Clinic will see each person who stalks one-to-one for up to 18 sessions.", 18),
    ("The clinic offers every man referred for stalking one-to-one work, for up to 10 sessions.", 10),
])
def test_each_person_who_stalks_is_a_stalking_intervention(text, sessions):
    got = comps(text)
    assert got[(1, "stalking_intervention")].duration_value == sessions
    assert got[(1, "stalking_intervention")].duration_unit == "session"
