"""A two-year sum's yearly shares named by an ordinal year, however the sentence gives it, and a whole's own payer
kept when the sums after it that add up to it name none.

Corpus README: `part` ("a per-year split"), period_start ("a per-year figure has its own year"), "Payer said once"
(a part keeps the whole's funder).  Invented texts, in wordings the reader did not read before: the ordinal year past
the figure's own verb ("is for the first year", "would be spent in the first year") or as its subject ("The first
year gets £X").
"""

from __future__ import annotations

import pytest

from release_probe import award_errors, awards_by_key

LEAD = "Dorset has been given £436,800 by the Home Office for the two years from April 2025.\n\n"
SHARES = {(3, 212300): dict(role="part", part=1, funder="Home Office", start="2025-26", end="2025-26"),
          (3, 224500): dict(role="part", part=1, funder="Home Office", start="2026-27", end="2026-27")}


@pytest.mark.parametrize("sentence", [
    "£212,300 is for the first year and £224,500 for the second year.",
    "Officers said £212,300 would be spent in the first year and £224,500 in the second.",
    "The plan is that £212,300 will be used during the first year and £224,500 during the second.",
    "The first year gets £212,300 and the second year gets £224,500.",
    "The first year will cost £212,300; the second year will cost £224,500.",
])
def test_an_ordinal_years_share_past_the_figures_verb_or_as_its_subject(sentence):
    assert award_errors(LEAD + sentence + "\n", SHARES) == []


def test_a_verb_joined_to_another_clause_does_not_lend_its_ordinal():
    # "and" between the verb and the ordinal: the second year is the next clause's, not this figure's
    got = awards_by_key(LEAD + "£212,300 is paid and in the second year the council adds £5,000.\n")
    assert got[(3, 212300)].period_start != "2026-27"


@pytest.mark.parametrize("pieces", [
    "Cedar Change will run the group course, with £402,000 going to it.\n\nA further £116,000 pays for a stalking "
    "service run by Larch House.\n",
    "£402,000 will go to Cedar Change for its group course.\n\nLarch House gets £116,000 for a stalking service.\n",
])
def test_a_whole_keeps_its_own_payer_when_the_sums_after_it_name_none(pieces):
    text = "The commissioner has secured £518,000 from the Home Office for work with perpetrators over 2025-27.\n\n" + pieces
    assert award_errors(text, {(1, 518000): dict(funder="Home Office")}) == []
