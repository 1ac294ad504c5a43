"""Conventions ruled in the twenty-seventh session (corpus README, "Adjudicated conventions"), on invented sentences.

"Length of a case-managed high-harm service": a high-harm service, team or model named on a line whose people each have
a case manager for a stated length lasts that length, so its ``high_harm`` fact carries it as the ``case_management``
fact does, whatever the syntax; a ``high_harm`` fact that comes only from case-management wording keeps none.
"""
import pytest

from funding.parse.releases import extract_release

LEAD = "The Surrey commissioner has awarded £120,000 for perpetrator work in 2025-26.\n\n"


def _components(sentence: str) -> dict[str, tuple]:
    release = extract_release(LEAD + sentence + "\n", "t")
    return {c.component: (c.duration_value, c.duration_unit or None) for c in release.components}


@pytest.mark.parametrize("sentence, length", [
    ("It pays for a Drive-style service for high-harm perpetrators, in which each man has a case manager for up to 14 "
     "months.", (14, "month")),
    ("It pays for a Drive-style service for high-harm perpetrators, with a case manager for each man for up to 12 months.",
     (12, "month")),
    ("It pays for a high-harm service for the most dangerous men, with a case manager who stays with each man for up to "
     "18 months.", (18, "month")),
    ("Men assessed as high risk get a case manager for up to 9 months through our high-harm service.", (9, "month")),
])
def test_a_named_high_harm_service_lasts_its_case_managers_length(sentence, length):
    kinds = _components(sentence)
    assert kinds["high_harm"] == length, kinds
    assert kinds["case_management"] == length, kinds


@pytest.mark.parametrize("sentence, length", [
    ("It pays for case management for high-harm perpetrators, with a case manager working with each man for up to 18 "
     "months.", (18, "month")),
    ("Men the police assess as high harm will have a case manager for up to 15 months.", (15, "month")),
])
def test_high_harm_case_management_alone_keeps_the_length_on_the_case_manager(sentence, length):
    kinds = _components(sentence)
    assert kinds["case_management"] == length, kinds
    assert kinds["high_harm"] == (None, None), kinds


def test_a_service_that_lasts_keeps_its_own_length_and_the_case_manager_none():
    # "Length of case management": the service's own length is not the case manager's
    kinds = _components("It pays for a Drive-style service lasting up to 16 months, with a case manager for each man.")
    assert kinds["high_harm"] == (16, "month"), kinds
    assert kinds["case_management"] == (None, None), kinds
