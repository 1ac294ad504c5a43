"""Thirteenth round (rd24): mechanisms behind the reader's misses on components, outcomes, organisations and people in
the round's new tune releases, each checked on invented paraphrases (never a corpus sentence), both ways."""

from __future__ import annotations

import pytest

from funding.parse.releases import extract_organisations, extract_release


def roles(text: str) -> set[tuple[int, str, str]]:
    return {(o.source_line, o.organisation, o.role) for o in extract_organisations(text, "invented.txt")}


GRANT = "Cumbria's commissioner has been given £300,000 by the Home Office for 2025-26 for a perpetrator programme.\n"


# --- a council or combined authority named by places joined by "and" is one body ------------------------------------

@pytest.mark.parametrize("sentence, name, role", [
    ("Cheshire West and Chester Council has put in £18,000 for the same year for a family worker.",
     "Cheshire West and Chester Council", "match_funder"),
    ("Telford and Wrekin Council has added £15,000 to the grant to pay for a family worker.",
     "Telford and Wrekin Council", "match_funder"),
    ("Redcar and Cleveland Borough Council will refer families to the service.",
     "Redcar and Cleveland Borough Council", "referrer"),
    ("Schools and Cheshire West and Chester Council's social workers can refer families.",
     "Cheshire West and Chester Council", "referrer"),
    ("Cambridgeshire and Peterborough Combined Authority holds the grant and commissions the course.",
     "Cambridgeshire and Peterborough Combined Authority", "commissioner"),
    ("The grant will be managed by York and North Yorkshire Combined Authority, which took over the commissioner's work.",
     "York and North Yorkshire Combined Authority", "commissioner"),
])
def test_an_authority_named_by_places_joined_by_and_is_one_body(sentence, name, role):
    got = roles(GRANT + sentence)
    assert (2, name, role) in got
    halves = {n for _, n, _ in got if n != name and n in name}  # no half of the name as a body of its own
    assert not halves, halves


def test_two_councils_joined_by_and_are_still_two_bodies():
    got = roles(GRANT + "Barrow Borough Council and Carlisle City Council will each add £10,000 to the grant.")
    assert {n for line, n, _ in got if line == 2} == {"Barrow Borough Council", "Carlisle City Council"}
