"""Thirty-third session: labels brought to written conventions from round-36 tuners' flags, and the rule that reads them
(corpus README, "Relabellings (thirty-third session)").  Texts are invented."""
from release_probe import organisation_facts as _orgs


def test_a_body_running_the_work_at_a_stated_cost_receives_that_money():
    # "Money to run the work": a body named with the sum the work costs straight after it is a recipient, not also a
    # delivery partner, as the body paid for an evaluation beside it is
    text = ("Perpetrator funding\n\nThe Kent Police and Crime Commissioner's £93,000 pays for an evaluation by Oakfield "
            "Research, at £48,000, and for a county helpline run by Marsh Line, at £45,000.\n\nSince 2022 the "
            "Commissioner has funded a pilot group course in Dover, delivered by Harbour Reset, at £84,500 a year from "
            "his own budget.\n")
    orgs = _orgs(text)
    assert (3, "Marsh Line", "recipient") in orgs
    assert (3, "Marsh Line", "delivery_partner") not in orgs
    assert (5, "Harbour Reset", "recipient") in orgs
    assert (5, "Harbour Reset", "delivery_partner") not in orgs
    assert (3, "Oakfield Research", "recipient") in orgs


def test_a_body_running_the_work_with_no_sum_after_its_name_stays_a_delivery_partner():
    text = ("Perpetrator funding\n\nThe Kent Police and Crime Commissioner has given £45,000 to the county helpline, "
            "which is run by Marsh Line, a local charity.\n\nThe group course in Dover is delivered by Harbour Reset.\n")
    orgs = _orgs(text)
    assert (5, "Harbour Reset", "delivery_partner") in orgs
    assert (5, "Harbour Reset", "recipient") not in orgs
    assert (3, "Marsh Line", "recipient") not in orgs


def test_what_a_service_can_take_at_most_is_its_size_not_an_outcome():
    # "Capacity" (ruled in the twenty-fifth session): a service's size is no outcome; a count someone expects is.
    # An older test read "can take up to 40 men a year" as expected; the convention came later and reads it as a size.
    from funding.parse.releases import extract_outcomes
    size = "Dover Change\n\nThe new service in Kent can take up to 40 men a year.\n"
    assert not extract_outcomes(size, "x")
    expected = "Dover Change\n\nThe new service in Kent expects to work with about 40 men a year.\n"
    assert {(o.value, o.status) for o in extract_outcomes(expected, "x")} == {(40, "expected")}
