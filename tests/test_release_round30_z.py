"""Rules added while tuning the thirtieth round's releases (tuner Z): invented sentences, with the facts the corpus
README's conventions give them (never the corpus text)."""

import pytest

from release_probe import award_errors, awards_by_key, read


# --- A whole divided between two payers in one sentence ("Of the grant, £A … Home Office …, and £B … own …") is paid
# for by several payers together: a payment profile of it naming no payer is no one payer's (README "Payer said once") -

_PROFILE = (
    "  Quarter        2025-26     2026-27\n"
    "  Q1              40,000      40,000\n"
    "  Q2              40,000      40,000\n"
    "  Total           80,000      80,000\n"
)


@pytest.mark.parametrize("division", [
    "Of the grant, £120,000 is funded by the Home Office, and £40,000 is the Commissioner's own contribution.",
    "Of this, £120,000 comes from the Home Office and £40,000 from the Commissioner's own budget.",
    "2. Of the award, £100,000 is Ministry of Justice money and £60,000 comes from the Home Office.",
])
def test_a_profile_of_a_whole_divided_between_payers_names_no_payer(division):
    text = ("Schedule of funding\n\n1. The Commissioner will pay Ashby Change a grant of £160,000 for the two years "
            "from April 2025.\n" + division + "\n\nThe grant is paid in line with this profile (£):\n\n" + _PROFILE)
    got = awards_by_key(text)
    rows = [a for (line, pounds), a in got.items() if line >= 8 and pounds in (40000, 80000)]
    assert rows and all(not a.funder for a in rows)


@pytest.mark.parametrize("division", [
    # (divided among uses, one payer named: the profile stays that payer's)
    "Of the grant, £120,000 is for the group course and £40,000 for partner support, all of it Home Office money.",
    # (no division: one payer named for the whole)
    "The grant is funded by the Home Office.",
])
def test_a_whole_divided_among_uses_keeps_its_one_payer_for_the_profile(division):
    text = ("Schedule of funding\n\n1. The Commissioner will pay Ashby Change a grant of £160,000 for the two years "
            "from April 2025.\n" + division + "\n\nThe grant is paid in line with this profile (£):\n\n" + _PROFILE)
    got = awards_by_key(text)
    rows = [a for (line, pounds), a in got.items() if line >= 8 and pounds == 40000]
    assert rows and all(a.funder == "Home Office" for a in rows)
