"""The release reader's facts about programmes, outcomes, organisations and people, on invented
sentences written for each class of wording (never a corpus sentence): what a rule must read,
and what it must leave alone when the fact's own clause does not say it."""

from __future__ import annotations

import pytest

from funding.parse import releases as rel


def _people(text: str) -> list[tuple[int, str, str]]:
    return [(p.source_line, p.name, p.role) for p in rel.extract_people(text, "x")]


# --------------------------------------------------------------------------- people


@pytest.mark.parametrize("text, name", [
    ("The letter was signed by Minister for Safeguarding, Harriet Colebrook.", "Harriet Colebrook"),
    ("Tobias Fenwright, Minister for Victims and Safeguarding, replied on 3 May.", "Tobias Fenwright"),
    ("Safeguarding Minister Ottilie Brandreth said the money would reach every area.", "Ottilie Brandreth"),
    ("Answered by Lionel Vasquez-Hart, Parliamentary Under-Secretary of State for Crime.", "Lionel Vasquez-Hart"),
])
def test_a_government_minister_named_with_the_office_is_an_official(text, name):
    assert _people(text + "\n") == [(1, name, "official")]


@pytest.mark.parametrize("text, name, role", [
    ("Idris Penhale, the North Wales commissioner, opened the centre.", "Idris Penhale", "commissioner"),
    ("Moira Castleton, Kent's Police and Crime Commissioner, chose the provider.", "Moira Castleton", "commissioner"),
    ("We thank Councillor Ade Olusanya, Luton's Portfolio Holder for Children's Services, for his help.",
     "Ade Olusanya", "official"),
    ("Said Bethan Rhys, the Gwent commissioner: the course works.", "Bethan Rhys", "commissioner"),
])
def test_a_place_or_a_possessive_before_the_office_names_whose_office_it_is(text, name, role):
    assert _people(text + "\n") == [(1, name, role)]


@pytest.mark.parametrize("text", [
    "Greta Lindqvist, the Commissioner's head of commissioning, chaired the panel.",
    "Head of Commissioning at the Office of the Police and Crime Commissioner, Rowan Ashby, said bids had closed.",
    "Contact Nadia Frost, PCC Commissioning Manager, for the forms.",
    "The Domestic Abuse Commissioner, Mirela Stanton, welcomed the news.",
    "Lord Mayor Cedric Halloway cut the ribbon.",
    "Office of the Police and Crime Commissioner for Thames Valley Commissioning and Partnerships Team",
    "Jules Martell, the Victims Commissioner, spoke at the launch.",
    "Assistant Commissioner Ronan Pike of the Metropolitan Police gave evidence.",
])
def test_staff_of_an_office_and_other_kinds_of_commissioner_are_not_office_holders(text):
    assert _people(text + "\n") == []


def test_a_signature_naming_the_area_before_the_office_is_a_person():
    text = "Yours sincerely,\n\nEsther Quennell\nNorfolk Police and Crime Commissioner\n"
    assert _people(text) == [(3, "Esther Quennell", "commissioner")]


def test_a_minister_signing_a_letter_on_two_lines_is_an_official():
    assert _people("With best wishes,\nCorwin Adebayo\nMinister for Policing\n") == [(2, "Corwin Adebayo", "official")]


@pytest.mark.parametrize("caption", [
    "Commissioner Aurelia Stone (left) with staff from Harbour Change at the launch.",
    "Left to right: PCC Dominic Hale, Cllr Rhoda Finch and Tess Morgan of Fenside Respect.",
    "Police and Crime Commissioner Idris Vaughan (centre) meets the group's facilitators.",
])
def test_people_named_in_a_photo_caption_are_not_facts(caption):
    text = f"The commissioner has given £90,000 to Fenside Respect.\n\n{caption}\n"
    assert _people(text) == []
    assert [o.source_line for o in rel.extract_organisations(text, "x") if o.source_line == 3] == []
