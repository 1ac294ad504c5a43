"""Programme components and conflicts (branch ``p4``): invented texts, the corpus README's conventions."""

from __future__ import annotations

import pytest

from tests.release_probe import read


def comps(text: str) -> dict[tuple[int, str], object]:
    """The components read from ``text`` outside quotes, keyed by (line, component)."""
    return {(c.source_line, c.component): c for c in read(text).components if not c.in_quote}


# --- a determiner before a programme's noun ("Both courses", "All groups") is no brand --------------------------------

@pytest.mark.parametrize("text, name", [
    ("Both courses follow Kestrel, a 22-week behaviour change group programme for men.\n\n"
     "Partners of men on Kestrel are rung by a worker from Alder House.", "Kestrel"),
    ("All programmes use Waymark, an 18-week group course for fathers.\n\n"
     "The partners of fathers on Waymark get a call within a week.", "Waymark"),
])
def test_a_determiner_is_no_programme_name(text, name):
    got = comps(text)
    assert got[(1, "named_programme")].programme_name == name
    assert got[(3, "named_programme")].programme_name == name  # the name again where people are said to be on it


# --- a short line putting people on a named programme describes it, with or without a full stop ------------------------

@pytest.mark.parametrize("text, cohorts", [
    ("Tidewater, a 24-week group course for men, is run by Harl Change.\n\n- Case worker: each man on Tidewater.",
     ("men",)),
    ("<p>Tidewater is a 24-week group course for men.</p>\n<ul>\n<li>help for the partners of men on Tidewater</li>\n</ul>",
     ("men",)),
    ("Tidewater is a 24-week group course for men.\n\nEach person on Tidewater has a named worker.", ()),
])
def test_people_put_on_a_named_programme_in_a_short_line(text, cohorts):
    got = [c for c in read(text, "invented.html" if text.startswith("<") else "invented.txt").components
           if c.component == "named_programme" and c.source_line > 1]
    assert [(c.programme_name, c.cohorts) for c in got] == [("Tidewater", cohorts)]


def test_a_labelled_title_line_naming_a_programme_is_still_not_described():
    text = "Tidewater is a 24-week group course for men.\n\nContact: Tidewater"
    assert (3, "named_programme") not in comps(text)


# --- a sentence opening "Named X," names the service it describes ------------------------------------------------------

@pytest.mark.parametrize("opening", ["Named Northstar", "Called Northstar", "Known as Northstar"])
def test_a_name_given_by_an_opening_participle(opening):
    got = comps(f"{opening}, the service offers each man referred up to 14 one-to-one sessions.")
    assert got[(1, "named_programme")].programme_name == "Northstar"


# --- a case manager's own length is not the named programme's -----------------------------------------------------------

def test_a_case_managers_length_is_not_the_named_programmes():
    text = ("Northstar is a 20-week group course for men.\n\n"
            "Everyone on Northstar will also get a case manager from the local force, who will stay with them for up to "
            "ten months.")
    got = comps(text)
    assert got[(3, "case_management")].duration_value == 10
    assert got[(3, "named_programme")].duration_value is None


# --- a programme named as what is evaluated is not a service described --------------------------------------------------

def test_a_named_programme_being_evaluated_is_no_component():
    text = ("Northstar Way is a 20-week group course for men.\n\n"
            "7. Fellgate Research will evaluate Northstar Way over its second year.")
    assert (3, "named_programme") not in comps(text)


# --- a list item labelling a count of partners is a result --------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "* Partners offered support: 140; accepted: 97",
    "- Partners given support: 88 (61 took it up)",
    "Partners offered support: 61",
])
def test_a_labelled_count_of_partners_is_no_partner_support(line):
    text = "Alder House supports the partners of men on the group course.\n\nResults\n\n" + line
    got = comps(text)
    assert (1, "partner_support") in got
    assert (5, "partner_support") not in got


# --- case management for high-harm people over a stated time is high-harm work too --------------------------------------

@pytest.mark.parametrize("text, cohorts", [
    ("3. Women assessed as high-harm will get a case manager who works with each of them for up to nine months.",
     ("high_harm", "women")),
    ("The extra money buys case management for high-harm perpetrators, with a case manager working with each man for up "
     "to a year.", ("high_harm",)),
    ("The office pairs every high-harm perpetrator with a case manager for up to 14 months.", ("high_harm",)),
])
def test_harm_named_people_case_managed_for_a_time_are_high_harm_work(text, cohorts):
    got = comps(text)
    assert got[(1, "high_harm")].cohorts == cohorts
    assert got[(1, "high_harm")].duration_value is None  # (the length is the case manager's)
    assert got[(1, "case_management")].duration_value is not None


@pytest.mark.parametrize("text", [
    "Each man assessed as high risk also has a case manager.",
    "A case manager for each high-harm perpetrator, based at the police station.",
])
def test_case_managers_for_risky_people_alone_are_no_high_harm_work(text):
    got = comps(text)
    assert (1, "case_management") in got
    assert (1, "high_harm") not in got


def test_a_high_harm_service_named_after_its_people_is_kept():
    got = comps("Men judged as high risk get a case manager through the county's high-harm service.")
    assert (1, "high_harm") in got


def test_a_high_harm_worker_is_high_harm_work():
    got = comps("The top-up pays for a high-harm worker who acts as case manager for a small caseload.")
    assert (1, "high_harm") in got


# --- sessions counted after the noun: "sessions, up to 12 of them" -------------------------------------------------------

def test_a_count_of_sessions_after_the_noun_with_of_them():
    got = comps("The money goes on one-to-one sessions, up to 14 of them, for women who cannot join a group.")
    assert (got[(1, "one_to_one")].duration_value, got[(1, "one_to_one")].duration_unit) == (14, "session")


# --- a round's or pot's purpose is not a component -----------------------------------------------------------------------

def test_a_rounds_purpose_is_no_component():
    got = comps("The ministry has named the shares of its £41 million round for domestic abuse perpetrator programmes.")
    assert (1, "behaviour_change_programme") not in got
