"""Rules and narrowings of the thirty-first session: a high-harm service named only by its model, and the narrowings a
review of the thirty-fourth round's rules asked for.  Every case is an invented sentence; the near misses are sentences
the rule must leave as it was."""

import pytest

from release_probe import cohorts_by_line as _cohorts

_LEAD = "Westshire perpetrator funding\n\nThe Kent Police and Crime Commissioner funds perpetrator programmes.\n\n"


# --- A service named only after the Drive model is high-harm work, but its words do not call its people high-harm:
# neither it nor its case managers have the high_harm cohort (README, "High-harm work"); words that call them so still
# give it -------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, high_harm_cohort", [
    ("Tamar Change runs it for the Commissioner: a Drive-style model, where every man gets a case manager for "
     "as long as 15 months.", False),
    ("The grant also keeps the Drive service going, with a case manager for every man referred to it.", False),
    ("Tamar Change runs a Drive-style model for high-harm perpetrators, where every man gets a case manager for as long "
     "as 15 months.", True),
    ("It is a Drive-style service for the most harmful men, each of whom has a case manager for up to 15 months.", True),
])
def test_a_service_named_only_by_the_drive_model_has_no_high_harm_cohort(sentence, high_harm_cohort):
    text = _LEAD + "The Home Office has given £240,000 for 2025/26.\n\n" + sentence + "\n"
    hh = _cohorts(text, "high_harm")
    cm = _cohorts(text, "case_management")
    assert 7 in hh and 7 in cm, (hh, cm)
    assert ("high_harm" in hh[7]) is high_harm_cohort, hh
    assert ("high_harm" in cm[7]) is high_harm_cohort, cm
