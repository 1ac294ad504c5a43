"""Programme components read from the clause that describes what is delivered (branch ``cp``): invented texts, the
corpus README's conventions ("High-harm work", "Programmes named in results", "Case managers per person")."""

from __future__ import annotations

import pytest

from tests.release_probe import read


def comps(text: str) -> dict[tuple[int, str], object]:
    """The components read from ``text`` outside quotes, keyed by (line, component)."""
    return {(c.source_line, c.component): c for c in read(text).components if not c.in_quote}


# --- people described by their risk are whom case managers serve, not a high-harm service of their own --------------

@pytest.mark.parametrize("text", [
    "Fathers judged as high risk are each given a case manager by Wenlock Change CIC.",
    "Case managers will work with adults who pose the greatest risk to their partners.",
])
def test_people_at_high_risk_given_case_managers_are_their_cohort(text):
    got = comps(text)
    assert (1, "high_harm") not in got
    assert "high_harm" in got[(1, "case_management")].cohorts


def test_a_high_harm_service_with_case_managers_stays_high_harm():
    got = comps("Oxbow Partnership runs a Drive-style service for men rated as high harm, with a case manager for each.")
    assert (1, "high_harm") in got and (1, "case_management") in got


# --- what an evaluation found, and what is evaluated, describe no service --------------------------------------------

def test_an_evaluation_finding_is_no_component():
    text = ("A review of Derwent's Open Door group course for fathers by Tarn University found that 40 of the 55 fathers "
            "who finished it had no further police call-outs.")
    got = comps(text)
    assert (1, "group_programme") not in got and (1, "named_programme") not in got


def test_what_is_evaluated_is_no_component():
    got = comps("Marlow Research is evaluating the partner support service and will report next spring.\n\n"
                "Wyre Women's Aid gives partner support to every woman whose partner joins the course.")
    assert (1, "partner_support") not in got
    assert (3, "partner_support") in got


# --- one person who stalks, as the plural, is a stalking intervention ------------------------------------------------

@pytest.mark.parametrize("text, sessions", [
    ("Greyfriars Clinic will see each person who stalks one-to-one for up to 18 sessions.", 18),
    ("The clinic offers every man referred for stalking one-to-one work, for up to 10 sessions.", 10),
])
def test_each_person_who_stalks_is_a_stalking_intervention(text, sessions):
    got = comps(text)
    assert got[(1, "stalking_intervention")].duration_value == sessions
    assert got[(1, "stalking_intervention")].duration_unit == "session"


# --- a piece attached by "with" that names no kind stays with the item before it ------------------------------------

def test_a_with_piece_naming_no_kind_keeps_the_people_of_its_item():
    got = comps("The service will also offer up to six one-to-one sessions, with an interpreter, for women who speak "
                "little English.")
    assert set(got[(1, "one_to_one")].cohorts) >= {"women", "non_english_speakers"}
    assert got[(1, "one_to_one")].duration_value == 6


# --- whom a service is not for, across coordinated verbs, names no service -------------------------------------------

def test_a_course_someone_is_not_suitable_for_or_refused_is_no_component():
    got = comps("Safe Harbour is for adults who are not suitable for, or have declined, a group behaviour change "
                "programme, and offers them one-to-one work.")
    assert (1, "group_programme") not in got and (1, "behaviour_change_programme") not in got
    assert (1, "one_to_one") in got


# --- a service its own clause says was not funded or turned down describes nothing delivered -------------------------

def test_a_strand_not_funded_is_no_component():
    got = comps("The award is smaller than the bid because its second strand, a service for people who stalk, was not "
                "funded.\n\nThe commissioner said the stalking service had been rejected but the group course for men "
                "would go ahead.\n\nAs the stalking strand was turned down, she will pay for a smaller service for "
                "people who stalk herself.")
    assert (1, "stalking_intervention") not in got
    assert (3, "stalking_intervention") not in got and (3, "group_programme") in got
    assert (5, "stalking_intervention") in got


# --- a kind's words naming figures or a budget line ------------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("| 7/3 | Send members the revised helpline figures | Clerk | May |", "helpline"),
    ("The panel asked for the partner support data to be split by district.", "partner_support"),
    ("The treasurer will review the case management line next year.", "case_management"),
])
def test_a_kinds_figures_or_budget_line_is_no_component(text, kind):
    assert (1, kind) not in comps(text)


# --- support for the people whose partner is on the course is partner support; they are no cohort -------------------

@pytest.mark.parametrize("text", [
    "Of the grant, £30,000 goes to Brook Women's Centre to support the men and women whose partners are on the course.",
    "Anyone whose partner or ex-partner is on the programme can get support from a worker at Brook Women's Centre.",
])
def test_support_for_people_whose_partner_is_on_the_course_is_partner_support(text):
    assert (1, "partner_support") in comps(text)


def test_the_people_whose_partners_are_on_a_named_programme_are_not_its_cohort():
    got = comps("Clear Steps, our 24-week group course, runs in Bury.\n\n"
                "Tarn CIC, which has delivered Clear Steps since 2021, gets £90,000, and £20,000 goes to Brook Women's "
                "Centre to support the women and men whose partners are on the course.")
    assert got[(3, "named_programme")].cohorts == ()


# --- people who would find it hard to take part in English -----------------------------------------------------------

def test_people_who_find_it_hard_to_take_part_in_english_are_non_english_speakers():
    got = comps("Open Road is a 20-week group course for men who would find it difficult to follow a group in English.")
    assert set(got[(1, "group_programme")].cohorts) == {"men", "non_english_speakers"}


# --- high-harm work is for high-harm people; a worker's caseload count is no cohort ----------------------------------

def test_high_harm_work_always_has_the_high_harm_cohort():
    got = comps("In Redcar the grant pays for Drive-model work with the most violent men.")
    assert set(got[(1, "high_harm")].cohorts) == {"high_harm", "men"}


def test_a_workers_caseload_count_names_no_cohort():
    got = comps("High-risk case management is paid for from the local fund. Each case manager holds about 12 men.")
    assert got[(1, "case_management")].cohorts == ("high_harm",)


# --- training counted in results, and what people are trained in ----------------------------------------------------

@pytest.mark.parametrize("text, line", [
    ("In 2024-25, 64 youth workers completed a day's training on coercive control.", 1),
    ("Grant schedule for the perpetrator programme.\n\nPART D  OUTPUTS\n\n"
     "    Output                                   2025-26    2026-27\n"
     "    Referrals accepted (at least)                150        160\n"
     "    Youth workers trained                         40         50\n\nPART E  MONITORING\n\nReturns are due each quarter.\n", 7),
])
def test_people_counted_as_trained_are_a_result_not_training_described(text, line):
    assert (line, "practitioner_training") not in comps(text)


def test_what_staff_are_trained_in_is_the_topic_not_a_service():
    got = comps("Wold Family Trust also trained 90 nurses and teachers in recognising child-to-parent abuse this year.")
    assert (1, "child_adolescent_to_parent") not in got


# --- a line that is one quotation is speech, however many commas it holds --------------------------------------------

def test_a_whole_line_quotation_with_commas_is_speech():
    text = ('The service starts in May.\n\n'
            '"They are the men who do the most harm, and who move on to new partners. A case manager, working with the '
            'police, stops that."\n')
    assert (3, "case_management") not in comps(text)


# --- the standfirst under a markdown title is part of the headline ----------------------------------------------------

def test_an_italic_standfirst_under_the_title_is_no_component():
    text = ("# Two towns, two ways\n\n*One town bought a group course; the other chose one-to-one work.*\n\n"
            "Wensley runs a 24-week group course for men.\n")
    got = comps(text)
    assert (3, "group_programme") not in got and (3, "one_to_one") not in got
    assert (5, "group_programme") in got


# --- the partners' or children's people "on the course" place them; the course is not described ---------------------

def test_the_children_of_men_on_a_course_name_no_course():
    got = comps("The council's £30,000 pays for a family worker to support the children of men on the group programme.")
    assert (1, "group_programme") not in got
    assert (1, "whole_family") in got


# --- support given to a family as a whole is whole-family work -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The grant runs ten sessions for 12 to 16 year olds who hit their parents, with support for the rest of the family.",
    "The council pays £18,000 for a worker to support the families of men on the course.",
    "The health board pays for a family therapist who sees the young person and the parent together.",
])
def test_support_for_the_family_as_a_whole_is_whole_family_work(text):
    assert (1, "whole_family") in comps(text)


# --- partners counted in a body's report after the clause describing the support ------------------------------------

def test_support_described_before_a_reported_count_of_partners_is_partner_support():
    got = comps("Partners of the men are offered support by Holme Women's Aid, which reports that two thirds of the "
                "partners it supported felt safer.\n\nOf the 80 partners offered support, 61 took it up.")
    assert (1, "partner_support") in got
    assert (3, "partner_support") not in got


# --- "and one-to-one work" opens a clause of its own (it is no number range) -----------------------------------------

def test_one_to_one_after_and_is_a_clause_of_its_own():
    got = comps("The grant will pay for a course for men who harm their partners and one-to-one work with women who use "
                "violence.")
    assert got[(1, "behaviour_change_programme")].cohorts == ("men",)
    assert got[(1, "one_to_one")].cohorts == ("women",)
