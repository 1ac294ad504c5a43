"""Rules added while tuning programme components on the twenty-ninth round's releases (tuner V): invented sentences,
with the facts the corpus README's conventions give them (never the corpus text)."""

import pytest

from release_probe import read


def _components(text: str) -> dict:
    return {(c.source_line, c.component): c for c in read(text).components}


def _length(c):
    return (c.duration_value, c.duration_unit or None)


# --- A high-harm service named on the line lasts the length its line gives each person's case manager (README "Length of
# a case-managed high-harm service", ruled in the twenty-seventh session against this round's first reading) ---------

@pytest.mark.parametrize("sentence, months", [
    ("The grant funds a Drive-style service for high-harm perpetrators, with a case manager for each man for up to "
     "12 months.", 12),
    ("She wants a Drive-style service for the most dangerous abusers, with a case manager for every man for up to "
     "nine months.", 9),
    ("It will pay for a Drive-style service for high-harm perpetrators, with a case manager who stays with each man "
     "for up to 18 months.", 18),
])
def test_a_case_manager_per_person_in_a_with_phrase_gives_the_named_service_the_length(sentence, months):
    got = _components("Perpetrator work in Hampshire\n\n" + sentence + "\n")
    assert _length(got[(3, "case_management")]) == (months, "month")
    assert _length(got[(3, "high_harm")]) == (months, "month")


@pytest.mark.parametrize("sentence, months", [
    ("Men assessed as high risk get a case manager for up to 12 months through our high-harm service.", 12),
    ("Men assessed as high-harm are held by a case manager for up to 18 months under a Drive-style model in Poole.", 18),
    ("3.2 Men assessed as posing high harm will have a case manager for up to 15 months through the Drive-style service.",
     15),
])
def test_people_given_a_case_manager_for_a_length_before_the_service(sentence, months):
    got = _components("Perpetrator work in Hampshire\n\n" + sentence + "\n")
    assert _length(got[(3, "case_management")]) == (months, "month")
    assert _length(got[(3, "high_harm")]) == (months, "month")


@pytest.mark.parametrize("sentence, months", [
    ("Men assessed as posing high harm will have a case manager for up to 15 months.", 15),
    ("It funds case management for high-harm perpetrators, with a case manager for each man for up to 12 months.", 12),
])
def test_case_management_for_high_harm_people_with_no_service_keeps_the_length_alone(sentence, months):
    got = _components("Perpetrator work in Hampshire\n\n" + sentence + "\n")
    assert _length(got[(3, "case_management")]) == (months, "month")
    assert _length(got[(3, "high_harm")]) == (None, None)


@pytest.mark.parametrize("sentence", [
    # (no person named in the "with" phrase: the length is the service's too)
    "Men assessed as high-harm are offered a Drive-style service instead, with a case manager for up to 18 months.",
    # (the service is the subject and the case managers come in its own clause)
    "The county runs a Drive-model service for high-harm perpetrators, in which each man has a case manager for up to "
    "18 months.",
])
def test_a_service_named_first_keeps_the_length(sentence):
    got = _components("Perpetrator work in Hampshire\n\n" + sentence + "\n")
    assert _length(got[(3, "high_harm")]) == (18, "month")


def test_a_service_that_lasts_keeps_its_own_length():
    got = _components("Perpetrator work in Hampshire\n\nThe grant pays for a Drive-style service for high-harm "
                      "perpetrators, lasting up to 18 months, with a case manager for each man.\n")
    assert _length(got[(3, "high_harm")]) == (18, "month")
    assert _length(got[(3, "case_management")]) == (None, None)


# --- A place after a preposition is a fronted phrase, not a programme's name ----------------------------------------

@pytest.mark.parametrize("sentence", [
    "In Derbyshire, our stalking service is paid for by the commissioner alone.",
    "Across Gwent, our group programme for men is run by one provider.",
    "In West Mercia, our helpline for men is open five evenings a week.",
])
def test_a_fronted_place_is_no_programme_name(sentence):
    got = _components("Where we work\n\n" + sentence + "\n")
    assert (3, "named_programme") not in got


def test_a_brand_before_its_description_is_still_named():
    got = _components("Where we work\n\nTurning Point, our group programme for men, is run by one provider.\n")
    assert got[(3, "named_programme")].programme_name == "Turning Point"


# --- A programme that expects to receive a number of referrals is a target's object, not described ------------------

@pytest.mark.parametrize("sentence", [
    "Harbour Steps expects to receive 90 referrals in its first full year.",
    "Harbour Steps aims to take 60 men in its first year.",
    "Harbour Steps expects to accept about 40 referrals from the police.",
])
def test_a_programme_expecting_a_count_is_not_described_again(sentence):
    text = ("Harbour Steps\n\nHarbour Steps is a 24-week group programme for men in Bristol.\n\n" + sentence + "\n")
    got = _components(text)
    assert (3, "named_programme") in got
    assert (5, "named_programme") not in got


def test_a_programme_receiving_money_is_still_named():
    text = ("Harbour Steps\n\nHarbour Steps is a 24-week group programme for men in Bristol.\n\n"
            "Harbour Steps will receive £90,000 from the commissioner to run a second group for men.\n")
    got = _components(text)
    assert (5, "named_programme") in got


# --- A broadcast someone spoke to or on is no programme delivered ---------------------------------------------------

@pytest.mark.parametrize("sentence", [
    '"We have to stop stalking at its source," Ms Hale told our Breakfast programme.',
    'Speaking on the Politics Hour programme, the commissioner said the money was secure.',
    'The commissioner said on our Drivetime programme that the money was secure.',
])
def test_a_broadcast_is_no_named_programme(sentence):
    got = _components("News\n\n" + sentence + "\n")
    assert (3, "named_programme") not in got


def test_a_brand_told_about_is_still_a_programme():
    got = _components("News\n\nMen on the Harbour Steps programme meet weekly in Bristol for 24 weeks.\n")
    assert got[(3, "named_programme")].programme_name == "Harbour Steps"


# --- Partners counted in results: a body's count of the women it supported, a count asked for -----------------------

@pytest.mark.parametrize("sentence", [
    "Our partner support workers contacted 133 women in the year.",
    "The partner support service supported 84 victims between April and March.",
    "Your monitoring return must report the number of partners offered support.",
])
def test_a_count_of_partners_gives_no_partner_support(sentence):
    got = _components("Perpetrator work\n\n" + sentence + "\n")
    assert (3, "partner_support") not in got


@pytest.mark.parametrize("sentence", [
    "A partner support worker contacts the partner or ex-partner of every man on the course.",
    "Tamar Women's Aid supports the partners and ex-partners of the men.",
])
def test_partner_support_described_without_a_count_stays(sentence):
    got = _components("Perpetrator work\n\n" + sentence + "\n")
    assert (3, "partner_support") in got
