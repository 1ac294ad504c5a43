"""Readings added in the twenty-eighth session after the round-31 merge, on invented sentences."""
import pytest

from funding.parse.releases import extract_release

LEAD = "The Gwent commissioner has awarded £88,000 for partner support in 2025-26.\n\n"


def _outcomes(sentence: str) -> list[tuple]:
    release = extract_release(LEAD + sentence + "\n", "t")
    return sorted((o.value, o.base, o.about) for o in release.outcomes if o.source_line == 3)


@pytest.mark.parametrize("sentence, taken_up, contacted", [
    ("In the year our support workers contacted 140 partners; 96 took up support.", 96, 140),
    ("Over the year the service reached 75 partners and ex-partners, and 49 accepted support.", 49, 75),
    ("63 partners contacted; 41 took up support.", 41, 63),
    ("In 2024-25, 58 partners were contacted, 37 of them took up support.", 37, 58),
])
def test_those_contacted_are_the_base_of_those_who_took_support_up(sentence, taken_up, contacted):
    assert _outcomes(sentence) == [(taken_up, contacted, "partners")]


def test_a_contact_count_with_no_take_up_is_an_outcome_of_its_own():
    assert _outcomes("In the year our support workers contacted 140 partners.") == [(140, None, "partners")]
