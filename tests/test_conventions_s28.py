"""Conventions ruled in the twenty-eighth session (corpus README, "Adjudicated conventions"), on invented sentences.

"Training counted": a body that trained, trains or will train a number of professionals, or training for them paid for
or planned, is a ``practitioner_training`` fact beside the count; a count of people trained given only as a result is an
outcome and no component.  "Home Office money and letters in prose", extended: a line giving a sum as the Home Office's
figure, line or money has the Home Office as ``funder``; a line naming the figure without a sum of it does not.
"High-harm components": case managers who work with high-harm people for a length, no service named, give the length
to the case management only.
"""
import pytest

from funding.parse.releases import extract_release

LEAD = "The Dorset commissioner has awarded £96,000 for perpetrator work in 2025-26.\n\n"


def _release(sentence: str):
    return extract_release(LEAD + sentence + "\n", "t")


def _kinds_on_line_3(sentence: str) -> set[str]:
    return {c.component for c in _release(sentence).components if c.source_line == 3}


def _practitioner_counts(sentence: str) -> list[float]:
    return [o.value for o in _release(sentence).outcomes if o.source_line == 3 and o.about == "practitioners"]


@pytest.mark.parametrize("sentence, count", [
    ("Wessex Turnaround CIC trained 64 practitioners across Poole and Weymouth.", 64),
    ("We trained 175 teachers and youth workers to recognise abuse at home.", 175),
    ("The provider will also train 90 housing officers to spot and refer abusive behaviour.", 90),
])
def test_a_body_that_trains_people_delivers_training(sentence, count):
    assert "practitioner_training" in _kinds_on_line_3(sentence)
    assert _practitioner_counts(sentence) == [count]


@pytest.mark.parametrize("sentence, count", [
    ("In 2024/25, 215 staff were trained.", 215),
    ("Frontline staff trained: 215", 215),
])
def test_a_count_of_people_trained_is_a_result_only(sentence, count):
    assert "practitioner_training" not in _kinds_on_line_3(sentence)
    assert _practitioner_counts(sentence) == [count]


def _home_office_funder_on_line_3(sentence: str) -> bool:
    return any(o.source_line == 3 and o.organisation == "Home Office" and o.role == "funder"
               for o in _release(sentence).organisations)


@pytest.mark.parametrize("sentence", [
    "The three Home Office lines come to £288,600 for 2025-26.",
    "The Home Office figure of £288,600 is taken from the grant offer letter.",
])
def test_a_home_office_figure_with_its_sum_names_the_funder(sentence):
    assert _home_office_funder_on_line_3(sentence)


def test_a_home_office_figure_without_a_sum_names_no_funder():
    assert not _home_office_funder_on_line_3("The Home Office figures follow the grant agreement signed in May.")


def test_case_managers_working_with_high_harm_men_give_their_length_to_case_management_only():
    release = _release("This pays for case managers who work with the highest-harm perpetrators for up to 10 months.")
    kinds = {c.component: (c.duration_value, c.duration_unit or None) for c in release.components}
    assert kinds["case_management"] == (10, "month"), kinds
    assert kinds["high_harm"] == (None, None), kinds
