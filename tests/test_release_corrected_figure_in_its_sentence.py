"""A figure given in its sentence as the correction of the figure before it ("gave the contribution as £42,000 in
error; the correct figure is £24,000") is the same money: it takes that figure's role and payer, not the release's
grant (corpus README: a figure stated and later corrected is labelled on each line as an amount)."""

from __future__ import annotations

import pytest

from release_probe import awards_by_key

HEAD = "Office of the Police and Crime Commissioner for Lincolnshire\n\nThe Home Office has given Lincolnshire £250,000 for 2025-26.\n"


@pytest.mark.parametrize("sentence,wrong,right,role,funder", [
    ("My letter of 2 May gave the Commissioner's match funding as £36,000 in error; the correct figure is £30,000.",
     36000, 30000, "match_funding", "PCC"),
    ("Our report gave Lincoln City Council's match funding as £18,000, but the right amount is £15,000.",
     18000, 15000, "match_funding", "local authority"),
    ("Last week's update put the Commissioner's own funding for the helpline at £12,500; it should have been £21,500.",
     12500, 21500, "own_funding", "PCC"),
])
def test_the_corrected_figure_is_the_same_money(sentence, wrong, right, role, funder):
    got = awards_by_key(HEAD + sentence + "\n")
    assert (got[(4, wrong)].funding_role, got[(4, wrong)].funder) == (role, funder)
    assert (got[(4, right)].funding_role, got[(4, right)].funder) == (role, funder)  # not a Home Office grant
    assert got[(3, 250000)].funding_role == "grant" and got[(3, 250000)].funder == "Home Office"
