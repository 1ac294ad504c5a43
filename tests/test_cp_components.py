"""Programme components read by their shape (branch ``cp``): invented paraphrases, the corpus README's conventions."""

from __future__ import annotations

import pytest

from tests.release_probe import read


def comps(text: str) -> dict[tuple[int, str], object]:
    """The components read from ``text`` outside quotes, keyed by (line, component)."""
    return {(c.source_line, c.component): c for c in read(text).components if not c.in_quote}


# --- a delivery model ("the Drive model") is an approach a service follows, not a brand name ---------------------------

@pytest.mark.parametrize("text", [
    "Kestrel Partnership will run a high-harm service on the Drive model, with a case manager for each man.",
    "| High-harm case management (Drive model) | Fenwick Safer Lives | £212,000 |",
    "The Commissioner funds work with serial perpetrators following the Drive model for up to 14 months.",
])
def test_a_delivery_model_is_no_programme_name(text):
    got = comps(text)
    assert (1, "high_harm") in got
    assert (1, "named_programme") not in got


# --- a kind or a name as the object of a count of people, in a result or a target, is no component -------------------

@pytest.mark.parametrize("text, kind", [
    ("The office expects at least 140 men to start a group during 2025/26.", "group_programme"),
    ("The plan aims for 65 per cent of the men who join a group to finish it.", "group_programme"),
    ("The two offices expect about 150 referrals to the stalking service over the two years.", "stalking_intervention"),
    ("We expect some 70 families a year in the child-to-parent service from next April.", "child_adolescent_to_parent"),
    ("At least 80 men are expected to be taken on by the high-harm service each year.", "high_harm"),
    ("The commissioner expects the high-harm service to take on about 45 men a year.", "high_harm"),
])
def test_a_kind_counted_in_a_target_is_no_component(text, kind):
    assert (1, kind) not in comps(text)


def test_a_name_counted_in_a_result_or_target_is_no_component():
    text = ("Hollow Lane, a 22-week group course for men, is run by Brackley Change CIC.\n\n"
            "Between April and June, 96 men were referred to Hollow Lane; 61 started it.\n\n"
            "We expect at least 150 men to start Hollow Lane next year.\n\n"
            "Hollow Lane now also offers sessions in Polish.")
    got = comps(text)
    assert got[(1, "named_programme")].programme_name == "Hollow Lane"
    assert (3, "named_programme") not in got
    assert (5, "named_programme") not in got
    assert (7, "named_programme") in got


def test_a_course_that_takes_a_number_of_men_is_still_described():
    got = comps("The money pays for a 20-week group course for up to 12 men at a time in Corby.")
    assert got[(1, "group_programme")].duration_value == 20
