"""Programme components read by their shape (branch ``cp``): invented paraphrases, the corpus README's conventions."""

from __future__ import annotations

import pytest

from tests.release_probe import read


def comps(text: str) -> dict[tuple[int, str], object]:
    """The components read from ``text`` outside quotes, keyed by (line, component)."""
    return {(c.source_line, c.component): c for c in read(text).components if not c.in_quote}


# --- a delivery model ("the Drive model") is an approach a service follows, not a brand name ---------------------------

@pytest.mark.parametrize("text", [
    "Kestrel Partnership will run a high-harm service on the Drive model, with a case manager for each man.",
    "| High-harm case management (Drive model) | Fenwick Safer Lives | £212,000 |",
    "The Commissioner funds work with serial perpetrators following the Drive model for up to 14 months.",
])
def test_a_delivery_model_is_no_programme_name(text):
    got = comps(text)
    assert (1, "high_harm") in got
    assert (1, "named_programme") not in got


# --- a kind or a name as the object of a count of people, in a result or a target, is no component -------------------

@pytest.mark.parametrize("text, kind", [
    ("The office expects at least 140 men to start a group during 2025/26.", "group_programme"),
    ("The plan aims for 65 per cent of the men who join a group to finish it.", "group_programme"),
    ("The two offices expect about 150 referrals to the stalking service over the two years.", "stalking_intervention"),
    ("We expect some 70 families a year in the child-to-parent service from next April.", "child_adolescent_to_parent"),
    ("At least 80 men are expected to be taken on by the high-harm service each year.", "high_harm"),
    ("The commissioner expects the high-harm service to take on about 45 men a year.", "high_harm"),
])
def test_a_kind_counted_in_a_target_is_no_component(text, kind):
    assert (1, kind) not in comps(text)


def test_a_name_counted_in_a_result_or_target_is_no_component():
    text = ("Hollow Lane, a 22-week group course for men, is run by Brackley Change CIC.\n\n"
            "Between April and June, 96 men were referred to Hollow Lane; 61 started it.\n\n"
            "We expect at least 150 men to start Hollow Lane next year.\n\n"
            "Hollow Lane now also offers sessions in Polish.")
    got = comps(text)
    assert got[(1, "named_programme")].programme_name == "Hollow Lane"
    assert (3, "named_programme") not in got
    assert (5, "named_programme") not in got
    assert (7, "named_programme") in got


def test_a_course_that_takes_a_number_of_men_is_still_described():
    got = comps("The money pays for a 20-week group course for up to 12 men at a time in Corby.")
    assert got[(1, "group_programme")].duration_value == 20


# --- one of a course's groups, told apart by its order, place or number, is group work -------------------------------

@pytest.mark.parametrize("text", [
    "The second Kettering group started in March rather than January, so some money was carried forward.",
    "The council will add £30,000 to pay for a third group in Corby.",
    "In the final year the provider will run two groups rather than three.",
    "The commissioner's money also pays for the new south Wiltshire groups.",
    "Of that, £120,000 pays for the groups and £40,000 for partner support.",
    "The groups are for men. Women will be offered one-to-one sessions instead.",
    "Her office added £25,000 so that a group can start in Wellingborough in the spring.",
])
def test_a_group_told_apart_is_group_work(text):
    assert (1, "group_programme") in comps(text)


@pytest.mark.parametrize("text", [
    "The commissioner met the steering group and the South East group of MPs in May.",
    "Findings were compared with a matched comparison group of 80 men.",
])
def test_other_groups_are_no_group_work(text):
    assert (1, "group_programme") not in comps(text)


# --- a case manager for each person does not last as long as the service; a length in the worker's own words does --

def test_a_case_manager_for_each_man_takes_no_service_length():
    got = comps("The grant keeps a Drive-style service running that works with the most harmful perpetrators for up to "
                "15 months, giving each man his own case manager.")
    assert (got[(1, "high_harm")].duration_value, got[(1, "high_harm")].duration_unit) == (15, "month")
    assert got[(1, "case_management")].duration_value is None


def test_a_case_manager_with_a_length_of_his_own_keeps_it():
    got = comps("Kestrel Partnership runs the Drive-model service for high-harm perpetrators, in which each man has a case "
                "manager for up to 14 months.")
    assert got[(1, "case_management")].duration_value == 14
    assert got[(1, "high_harm")].duration_value == 14


def test_a_case_manager_for_each_man_on_a_course_takes_no_course_length():
    got = comps("The Commissioner's money pays for a case manager for each man on the 22-week group programme.\n\n"
                "Every man on the course has a case worker, and men who need an interpreter can have up to ten one-to-one "
                "sessions.")
    assert got[(1, "case_management")].duration_value is None
    assert got[(3, "case_management")].duration_value is None
    assert got[(3, "one_to_one")].duration_value == 10


# --- how long a service lasts, not how long money, a wait, an extension or a delay runs --------------------------------

def test_a_pilot_of_some_months_lasts_that_long():
    got = comps("She also paid £18,000 from her own budget for a four-month pilot of one-to-one work with stalkers.")
    assert (got[(1, "stalking_intervention")].duration_value, got[(1, "stalking_intervention")].duration_unit) == (4, "month")


@pytest.mark.parametrize("text, kind", [
    ("We will re-let the contract for three years, with an option to extend for up to two years, and add one-to-one "
     "sessions for men who are not suited to a group.", "one_to_one"),
    ("A smaller one-to-one service has carried on with £25,000 from the Wensum Community Foundation for nine months "
     "while we look for a new funder.", "one_to_one"),
    ("Offer the one-to-one sessions to every man on the waiting list, not only those waiting more than ten weeks.",
     "one_to_one"),
    ("The money was underspent because the Hexham group started five weeks late.", "group_programme"),
    ("Northumberland County Council pays for the child-to-parent service: £41,000 for the twelve months from "
     "November 2024.", "child_adolescent_to_parent"),
])
def test_a_span_that_is_not_the_services_length(text, kind):
    got = comps(text)
    assert got[(1, kind)].duration_value is None


@pytest.mark.parametrize("text, value", [
    ("The practitioner will offer up to five one-to-one motivational sessions to patients before they join the course.", 5),
    ("The core programme comprises weekly one-to-one sessions with the young person, up to 14 in all, and a family "
     "worker for the parents.", 14),
])
def test_a_count_of_sessions_around_the_kinds_words(text, value):
    got = comps(text)
    assert (got[(1, "one_to_one")].duration_value, got[(1, "one_to_one")].duration_unit) == (value, "session")


# --- a pronoun in a component's clause stands for the people named before it -------------------------------------------

@pytest.mark.parametrize("text", [
    "Alongside the group, every man has a named case manager, who also sees him one-to-one each month.",
    "Each man on the service is given a case manager, who checks on his risk and sees him one-to-one.",
])
def test_one_to_one_work_with_him_is_for_men(text):
    assert comps(text)[(1, "one_to_one")].cohorts == ("men",)


# --- results, evaluations, money lines, purposes, captions and block headings describe no service ------------------------

@pytest.mark.parametrize("text", [
    "- 190 frontline staff trained",
    "Funding: included in the main contract. 245 staff were trained in 2024/25.",
])
def test_staff_counted_as_trained_is_a_result(text):
    assert (1, "practitioner_training") not in comps(text)


def test_training_staff_is_still_training():
    assert (1, "practitioner_training") in comps("The council pays £12,000 for training 300 staff in schools and GP surgeries.")


def test_a_programmes_team_or_contract_is_no_description():
    text = ("Harbour Steps is a 22-week group course for men in Lowestoft.\n\n"
            "Email the Harbour Steps team at steps@example.org to refer yourself.\n\n"
            "Training is included in the Harbour Steps contract.")
    got = comps(text)
    assert (3, "named_programme") not in got and (5, "named_programme") not in got


@pytest.mark.parametrize("text", [
    "1.1 To tell the Committee how the perpetrator programme will be paid for in 2025-26.",
    "To commission a service for adults who are abusive to a partner, using the Home Office grant.",
    "Table 2: Perpetrator programme funding 2025/26. Figures are in pounds.",
])
def test_a_purpose_or_a_caption_is_no_component(text):
    assert (1, "behaviour_change_programme") not in comps(text)


def test_a_short_line_heading_its_block_is_no_component():
    text = ("Services we pay for\n\n"
            "Stalking intervention\n"
            "One-to-one work with people who stalk, of up to 16 sessions with a psychologist.\n"
            "Run by: Fenside Forensic Practice\n\n"
            "Training for frontline staff\n"
            "The provider trains police officers and social workers to recognise abusive behaviour.\n")
    got = comps(text)
    assert (3, "stalking_intervention") not in got and (7, "practitioner_training") not in got
    assert got[(4, "stalking_intervention")].duration_value == 16
    assert (8, "practitioner_training") in got


# --- a programme's name in apposition, after a colon, after an owner's word, or "is called" -----------------------------

def _named(text):
    return {c.source_line: c for c in read(text).components if c.component == "named_programme" and not c.in_quote}


@pytest.mark.parametrize("text, name", [
    ("The county council pays Yare Families £90,000 for Safe Harbour, a programme for young people aged 11 to 15 who "
     "are violent towards a parent.", "Safe Harbour"),
    ("We still run Lodestar, a child-to-parent service for young people aged 11 to 15 who are violent towards a parent.",
     "Lodestar"),
    ("The council pays for Quiet Waters, a service for 12 to 17 year olds who are violent towards a parent.", "Quiet Waters"),
])
def test_a_name_before_a_description_of_whom_it_is_for(text, name):
    got = _named(text)
    assert got[1].programme_name == name
    assert (got[1].age_min, got[1].age_max) in {(11, 15), (12, 17)}


@pytest.mark.parametrize("text, name, weeks", [
    ("The grant keeps Severn Shift going: a 22-week group programme for men, run by a local charity.", "Severn Shift", 22),
    ("(b) Kinderley: 24 weekly group sessions for men, delivered under contract.", "Kinderley", None),
    ("Lincoln. Our Bright Path course for men runs for 28 weeks in small groups.", "Bright Path", 28),
    ("| Quiet Homes child-to-parent programme (Ferry Families) | Council | 40 |", "Quiet Homes", None),
])
def test_a_name_after_a_colon_an_owner_or_before_its_kinds_words(text, name, weeks):
    got = _named(text)
    assert got[1].programme_name == name
    if weeks:
        assert (got[1].duration_value, got[1].duration_unit) == (weeks, "week")


def test_a_course_that_is_called_a_name():
    got = _named("So what is it? The course is called Bright Leaf Wolds. It runs for 22 weeks in small groups for men.")
    assert got[1].programme_name == "Bright Leaf Wolds"


def test_each_family_gets_sessions_after_the_service_is_named():
    got = comps("The county pays for Home Ground, a programme for young people aged 12 to 16 who are violent towards a "
                "parent. Each family gets 10 weekly sessions and a family worker.")
    assert got[(1, "child_adolescent_to_parent")].duration_value == 10
    assert got[(1, "named_programme")].duration_value == 10


# --- partner support reaching each partner, and support to partners ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Tamar Women's Service contacts every partner and ex-partner when a man is accepted onto the course.",
    "A support worker contacts each partner and former partner of a man on the programme while he attends.",
    "- £36,200 for support to partners and ex-partners, provided by Sefton Women's Service",
    "The commissioner pays Ouse Women's Service £30,000 a year for the advocates who support victims and ex-partners.",
    "The share for partners pays for an IDVA at Nene Refuge who will work only with partners.",
])
def test_support_reaching_each_partner_is_partner_support(text):
    assert (1, "partner_support") in comps(text)


def test_partners_counted_in_results_stay_results():
    assert (1, "partner_support") not in comps("Of the 80 partners contacted by the service, 61 accepted support.")


def test_the_groups_run_for_a_length_in_the_next_sentence():
    got = comps("After a tender, Amber Change CIC won the contract for the behaviour change groups for men, worth £400,000 "
                "over the two years. The groups run for 26 weeks in Derby and Buxton.")
    assert (got[(1, "group_programme")].duration_value, got[(1, "group_programme")].duration_unit) == (26, "week")
