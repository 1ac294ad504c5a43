"""Rules added while tuning on the twenty-eighth round's releases (tuner P): invented sentences in the genre's
wording, with the facts the corpus README's conventions give them (never the corpus text)."""

import pytest

from release_probe import award_errors, awards, awards_by_key, read


# --- An area's sum followed, after its own words, by the national fund it comes from is the area's grant -------------

@pytest.mark.parametrize("sentence", [
    "Last month the Home Office confirmed £512,400 for Norfolk for the two years from April 2026, from a national fund "
    "of £40 million over the same two years.",
    "The Ministry of Justice has agreed £233,000 for Durham's stalking work in 2026-27 and 2027-28, out of a national "
    "pot of £12 million.",
    "In March the Home Office offered £298,500 to the commissioner for the years 2025-26 and 2026-27, drawn from the "
    "national fund worth £36m.",
])
def test_an_areas_sum_said_to_come_from_a_national_fund_further_on_is_its_grant(sentence):
    got = [a for a in read("Perpetrator money\n\n" + sentence + "\n").awards if a.amount.pence < 1_000_000_00]
    assert [a.funding_role for a in got] == ["grant"]


def test_a_national_figure_itself_stays_context():
    got = read("Perpetrator money\n\nThe Home Office is spending £40 million nationally over the two years from "
               "April 2026, and Norfolk's share is not yet known.\n").awards
    assert [a.funding_role for a in got] == ["context"]


# --- National words in a clause before one where a local payer pays for something do not make its sum national -------

@pytest.mark.parametrize("sentence, read_as", [
    ("The national helpline for men is now on every leaflet, and the Commissioner pays separately for a local text "
     "service at £12,600 a year.", ("own_funding", "PCC", 1_260_000)),
    ("A national campaign runs in the spring, while the commissioner funds a local poster run costing £3,400.",
     ("own_funding", "PCC", 340_000)),
    ("Nationally the service is free, but the council pays £9,000 a year for its own advice line.",
     ("grant", "local authority", 900_000)),
])
def test_a_local_payers_own_clause_after_national_words_is_local_money(sentence, read_as):
    got = read("Norfolk perpetrator work\n\n" + sentence + "\n").awards
    assert [(a.funding_role, a.funder, a.amount.pence) for a in got] == [read_as]


def test_national_words_in_the_payers_own_clause_still_make_context():
    got = read("Norfolk perpetrator work\n\nThe service is new, and the Home Office pays for it nationally with "
               "£2 million a year.\n").awards
    assert [a.funding_role for a in got] == ["context"]


# --- A sum 'of the commissioner's budget' is the commissioner's own money -------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Apart from the grant, £42,500 of the Commissioner's budget for 2025-26 goes to Ouse Youth Trust for a "
    "family service.",
    "£18,000 of the PCC's budget pays for a helpline for men worried about their behaviour.",
    "Separately, £27,300 of the Mayor’s policing budget buys interpreters for the group.",
])
def test_a_sum_of_the_commissioners_budget_is_own_funding(sentence):
    got = read("Norfolk perpetrator work\n\n" + sentence + "\n").awards
    assert [(a.funding_role, a.funder) for a in got] == [("own_funding", "PCC")]


def test_a_share_of_the_commissioners_budget_named_before_a_sum_is_not_read_so():
    got = read("Norfolk perpetrator work\n\nThe council gave 10% of the commissioner's budget, £30,000, to the "
               "course.\n").awards
    assert [a.funding_role for a in got] != ["own_funding"]


# --- A place's name joined by 'and' to another inside a body's name places nothing --------------------------------

@pytest.mark.parametrize("body", ["Swale and Ure Community Foundation", "Tees and Esk Valley Trust",
                                  "Ryedale & Derwent Partnership"])
def test_a_place_inside_a_body_named_with_and_places_nothing(body):
    got = read(f"News from a charity\n\nOur children's work is paid for by a £24,000 grant from the {body}.\n").awards
    assert [a.pfa_code for a in got] == [""]


def test_a_place_joined_by_and_to_another_place_still_places_the_sum():
    got = read("News from a charity\n\nOur children's work in Swale and Canterbury is paid for by a £24,000 grant.\n"
               ).awards
    assert [a.pfa_code for a in got] == ["E23000032"]


# --- A job board's list of other adverts under 'Similar jobs' is page furniture ------------------------------------

JOB_ADVERT = """Practitioner
Westshire Change

The commissioner has awarded Westshire Change £300,000 from the Home Office grant for 2025-26 and 2026-27.

{heading}
Support Worker | Valley Homes | Leeds | £24,300
Navigator | Dales Partnership | Skipton | £27,900 - £29,400

Jobs board | About | Privacy
"""


@pytest.mark.parametrize("heading", ["Similar jobs", "More jobs like this", "Related vacancies", "Jobs you may like"])
def test_other_adverts_under_a_similar_jobs_heading_are_furniture(heading):
    got = read(JOB_ADVERT.format(heading=heading)).awards
    assert [a.amount.pence // 100 for a in got] == [300000]


def test_a_sentence_under_a_jobs_heading_is_still_read():
    text = ("Westshire Change\n\nOther jobs\nThe commissioner pays £40,000 a year from her own budget for our "
            "helpline.\n")
    assert [a.amount.pence // 100 for a in read(text).awards] == [40000]


# --- Own money 'added' is added to the grant; 'also put in … so that' pays for a service ----------------------------

GRANT_LINE = "The Home Office has awarded Westshire Change £436,000 for the two years from April 2025.\n"


@pytest.mark.parametrize("sentence", [
    "The Commissioner has added £52,000 of her own money for interpreters and crèche places.",
    "The commissioner is adding £30,000 of his own funding for a third group.",
    "The Commissioner will add £25,000 of her own funds for evening sessions.",
])
def test_own_money_added_is_match_funding(sentence):
    got = awards_by_key(GRANT_LINE + sentence + "\n")
    assert [(a.funding_role, a.funder) for k, a in got.items() if k[0] == 2] == [("match_funding", "PCC")]


@pytest.mark.parametrize("sentence", [
    "The Commissioner has also put in £38,000 of her own budget so that men can take part with an interpreter.",
    "The commissioner has also put in £20,000 from his own budget to pay for a crèche.",
])
def test_own_money_also_put_in_to_pay_for_something_is_own_funding(sentence):
    got = awards_by_key(GRANT_LINE + sentence + "\n")
    assert [(a.funding_role, a.funder) for k, a in got.items() if k[0] == 2] == [("own_funding", "PCC")]


def test_money_also_put_in_with_no_purpose_is_still_added():
    got = awards_by_key(GRANT_LINE + "Westshire Council is also putting in £18,000.\n")
    assert got[(2, 18000)].funding_role == "match_funding"


# --- "In each of the two years" after an award called the current or previous one means the new award's years -------

NEW_AND_CURRENT = """Perpetrator funding in Norfolk

The new Home Office award of £640,000 covers 2026-27 and 2027-28.
It follows the {earlier} Home Office award of £500,000, which runs for 2024-25 and 2025-26.

{added}
"""


@pytest.mark.parametrize("earlier", ["current", "previous", "existing"])
@pytest.mark.parametrize("added", [
    "I am adding £100,000 from my own budget as match funding, £50,000 in each of the two years.",
    "The commissioner is adding £100,000 from her own budget to the grant over the two years.",
])
def test_the_two_years_after_an_earlier_award_are_the_new_awards(earlier, added):
    got = awards_by_key(NEW_AND_CURRENT.format(earlier=earlier, added=added))
    a = got[(6, 100000)]
    assert (a.funding_role, a.period_start, a.period_end) == ("match_funding", "2026-27", "2027-28")


def test_the_two_years_after_an_award_not_called_earlier_are_the_last_stated():
    # near miss: the second span is another award of the release's own, not one called current or previous
    text = NEW_AND_CURRENT.format(earlier="second", added="I am adding £100,000 from my own budget as match funding, "
                                  "£50,000 in each of the two years.")
    a = awards_by_key(text)[(6, 100000)]
    assert (a.period_start, a.period_end) == ("2024-25", "2025-26")


# --- Another payer's sums that happen to add up to a sum before them are not its pieces -----------------------------

COUNCILS_AFTER_MATCH = """Perpetrator funding in Norfolk

The Home Office award of £640,000 covers 2026-27 and 2027-28.

I am adding £120,000 from my own budget as match funding, £60,000 in each of the two years.
{councils}
"""


@pytest.mark.parametrize("councils, keys", [
    ("Norwich City Council is contributing £25,000 and Norfolk County Council £35,000, both in 2026-27 only, towards a "
     "new service for young people.", [(6, 25000), (6, 35000)]),
    ("Breckland Council gives £20,000 and Norfolk County Council gives £40,000 in 2026-27 for a family worker.",
     [(6, 20000), (6, 40000)]),
])
def test_councils_sums_adding_up_to_a_years_match_funding_are_their_own(councils, keys):
    got = awards_by_key(COUNCILS_AFTER_MATCH.format(councils=councils))
    assert [(got[k].funding_role, got[k].funder, got[k].part_of_line) for k in keys] == \
        [("grant", "local authority", None)] * 2


def test_the_same_payers_yearly_pieces_are_still_pieces():
    # near miss: the commissioner's own yearly sums adding up to her match funding are its profile
    text = ("Perpetrator funding in Norfolk\n\nThe Home Office award of £640,000 covers 2026-27 and 2027-28.\n\n"
            "I am adding £120,000 from my own budget as match funding over the two years.\n"
            "That is £50,000 in 2026-27 and £70,000 in 2027-28.\n")
    got = awards_by_key(text)
    assert [(got[k].funding_role, got[k].part_of_line) for k in [(6, 50000), (6, 70000)]] == [("part", 5)] * 2


# --- An appeal's sum raised by its readers, and a named body's small gift inside it (README "Appeals") --------------

APPEAL = """Church newsletter

Wensum Change receives £240,000 from the Norfolk commissioner's Home Office grant over the two years to March 2026.

Our Easter appeal was for the course's travel fund. We set a target of £1,500.

{raised}
"""


@pytest.mark.parametrize("raised, total, gift", [
    ("You raised £1,820 - thank you! That includes a £400 gift from Aylsham Bowls Club.", 1820, 400),
    ("Together we raised £1,650. That includes a £250 donation from the Rotary Club of Holt.", 1650, 250),
    ("Supporters have raised £2,100, and that includes a £600 gift from Reepham Cricket Club.", 2100, 600),
])
def test_an_appeals_sum_raised_is_partners_money_with_no_years_and_its_gift_a_part(raised, total, gift):
    got = awards_by_key(APPEAL.format(raised=raised))
    t, g = got[(7, total)], got[(7, gift)]
    assert (t.funding_role, t.funder, t.period_start) == ("grant", "partners", "")
    assert (g.funding_role, g.part_of_line, g.funder, g.period_start) == ("part", 7, "", "")


def test_a_small_sum_that_is_no_named_gift_is_still_a_price():
    got = awards_by_key(APPEAL.format(raised="You raised £1,820 - thank you! Each taxi costs £40 and a gift from you "
                                              "of £25 pays for one."))
    assert (7, 40) not in got and (7, 25) not in got


# --- A sum its text says was not for the course or service is no fact ------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The district council's community grant of £4,500 last winter paid for a new boiler in the hall; it was not for "
    "the course.",
    "A £6,000 grant from the town council repaired the roof. That money was not for the programme.",
])
def test_money_said_not_to_be_for_the_course_is_no_fact(sentence):
    got = awards_by_key("Wensum Change runs a course for men in Norfolk.\n\n" + sentence + "\n")
    assert got == {}


def test_money_not_for_the_course_but_for_something_else_is_still_read():
    got = awards_by_key("Wensum Change runs a course for men in Norfolk.\n\nThe council's grant of £4,500 was not for "
                        "the course, but for partner support.\n")
    assert (3, 4500) in got


def test_money_not_part_of_the_services_budget_is_still_read():
    # near miss: separate money is still money ("It is not part of the service's budget")
    got = awards_by_key("Wensum Change runs a course for men in Norfolk.\n\nThe commissioner separately pays £14,000 a "
                        "year from his own budget for a phone line. It is not part of the service's budget.\n")
    assert got[(3, 14000)].funding_role == "own_funding"


# --- A figure corrected to a sum of several payers' money is that total, not the release payer's grant ---------------

CORRECTED_TO_A_TOTAL = """Panel questions

The Home Office will pay Norfolk £640,000 over 2026-27 and 2027-28.

The draft budget papers show £{wrong} for perpetrator work in 2026-27. Is that right?

No. The budget line {right_words} £370,000 for 2026-27: the Home Office's £320,000 and my £50,000.
The figure of £{wrong} was a {error}.
"""


@pytest.mark.parametrize("right_words, error", [
    ("should read", "drafting error"),
    ("should have read", "typing error"),
])
def test_a_figure_corrected_to_a_sum_of_two_payers_is_a_total(right_words, error):
    got = awards(CORRECTED_TO_A_TOTAL.format(wrong="340,000", right_words=right_words, error=error))
    wrong = [(a.source_line, a.funding_role, a.funder) for a in got if a.amount.pence == 34000000]
    assert wrong == [(5, "total", ""), (8, "total", "")]


def test_a_figure_with_no_correction_words_keeps_its_kind():
    # near miss: the later sum is a total, but nothing says the earlier figure was wrong
    text = CORRECTED_TO_A_TOTAL.format(wrong="340,000", right_words="also shows", error="figure for 2025-26")
    got = [a for a in awards(text) if a.amount.pence == 34000000 and a.source_line == 5]
    assert [(a.funding_role, a.funder) for a in got] == [("grant", "Home Office")]  # not turned into a total


# --- Components: a national helpline for people worried about their own behaviour; waits are no durations ----------

def _components(sentence: str) -> list:
    return [(c.component, c.duration_value, c.duration_unit) for c in read("News.\n\n" + sentence + "\n").components]


@pytest.mark.parametrize("sentence", [
    "The national helpline for people worried about their own behaviour is now printed on every leaflet.",
    "If you are worried about how you treat a partner, the national helpline for people who want to change is on our "
    "noticeboard.",
    "Our national advice line for men who want to stop is open every evening.",
])
def test_a_national_helpline_for_people_wanting_to_change_is_a_helpline(sentence):
    assert [c[0] for c in _components(sentence)] == ["helpline"]


def test_a_national_helpline_for_victims_is_still_no_local_service():
    assert _components("If you have been hurt by a partner, call the free national domestic abuse helpline.") == []


@pytest.mark.parametrize("sentence", [
    "The Bury group will start in May 2026, which should bring the wait there down to about eight weeks.",
    "The group course has a waiting list of six months in Ipswich.",
    "Waiting times for the group course are now up to 12 weeks.",
])
def test_a_waiting_time_is_no_duration(sentence):
    got = _components(sentence)
    assert got and all(c[1] is None for c in got)


def test_a_courses_own_length_beside_a_waiting_list_is_kept():
    assert _components("The group course runs for 24 weeks, and the waiting list is short.") == \
        [("group_programme", 24, "week")]


def test_a_sentence_mentioning_this_newsletter_is_read():
    got = read("THE LINK\n\nThe national helpline for people who want to change is printed on the back page of this "
               "newsletter.\n").components
    assert [c.component for c in got] == ["helpline"]


# --- Council money 'towards' something (README "Council money") ---------------------------------------------------

TOWARDS = """Press release

From April 2025 for two years, the Home Office will pay Norfolk £400,000 towards work with people who harm their partners.

The Commissioner will add £90,000 from her own budget to the grant over the same period.

{council}
"""


@pytest.mark.parametrize("council, pounds", [
    ("Breckland Council is putting £22,000 a year towards the service.", 22000),
    ("Norwich City Council is paying £15,000 towards the course in 2025-26.", 15000),
    ("South Norfolk Council gives £12,500 towards the new family worker.", 12500),
    # "the same service" names the funded service again, as "it" does, and ties the money to no grant (README
    # 'Council money', ruled in the twenty-sixth session: a round-28 test had read it as match funding)
    ("Breckland Council is contributing £22,000 towards the same service.", 22000),
])
def test_council_money_towards_a_service_is_a_council_grant(council, pounds):
    a = awards_by_key(TOWARDS.format(council=council))[(7, pounds)]
    assert (a.funding_role, a.funder) == ("grant", "local authority")


@pytest.mark.parametrize("council, pounds", [
    ("Breckland Council is also putting £22,000 a year towards the service.", 22000),
    ("Norwich City Council has put a further £15,000 towards the programme.", 15000),
    ("South Norfolk Council is adding £12,500 a year towards the service.", 12500),
    ("Breckland Council is putting £22,000 towards the grant.", 22000),
    ("Breckland Council is putting £22,000 towards the service as well.", 22000),
])
def test_council_money_towards_something_tied_to_the_grant_is_match_funding(council, pounds):
    a = awards_by_key(TOWARDS.format(council=council))[(7, pounds)]
    assert (a.funding_role, a.funder) == ("match_funding", "local authority")


# --- Partners 'now offered' support; people 'the police assess as high harm'; time after the work ends --------------

@pytest.mark.parametrize("sentence", [
    "Every partner or ex-partner of a man on the course is now offered a support worker from Wensum Women's Aid.",
    "Partners of men on the programme are also offered support by a worker of their own.",
    "Partners of the men are routinely contacted by a support worker.",
])
def test_partners_now_or_also_offered_support_is_partner_support(sentence):
    assert [c[0] for c in _components(sentence)] == ["partner_support"]


def test_support_for_some_months_after_the_work_ends_gives_no_length():
    got = _components("Every partner is offered a support worker for as long as he attends and for three months after.")
    assert [(c[0], c[1]) for c in got] == [("partner_support", None)]


def test_support_for_a_stated_length_keeps_it():
    assert _components("Partners are offered a support worker for six months.") == [("partner_support", 6, "month")]


@pytest.mark.parametrize("sentence", [
    "For men the police assess as high harm, a case manager from Yare Pathways works with each man for up to 18 months.",
    "Case managers stay with men whom probation assess as high harm for up to 12 months.",
])
def test_people_assessed_as_high_harm_give_a_high_harm_fact_without_the_case_managers_length(sentence):
    got = {c.component: c for c in read("News.\n\n" + sentence + "\n").components}
    assert set(got) == {"case_management", "high_harm"}
    assert "high_harm" in got["case_management"].cohorts and got["case_management"].duration_value is not None
    assert got["high_harm"].duration_value is None


def test_a_high_harm_service_keeps_its_length():
    got = {c.component: c for c in read("News.\n\nA high-harm service in which each man assessed as high risk has a "
                                        "case manager for up to 12 months.\n").components}
    assert got["high_harm"].duration_value == 12


# --- A body receiving a sum past a relative clause; a consultation survey's respondents; a misprinted sum's rest ----

@pytest.mark.parametrize("sentence, roles", [
    ("Yare Pathways, which won the new contract in March, will receive £300,000 of the grant to run the course.",
     {("Yare Pathways", "commissioned_service"), ("Yare Pathways", "recipient")}),
    ("Yare Pathways, which is based in Norwich, will receive £40,000 to run the course.",
     {("Yare Pathways", "recipient")}),
])
def test_a_body_named_before_a_relative_clause_and_will_receive_receives(sentence, roles):
    got = {(o.organisation, o.role) for o in read("News from Norfolk.\n\n" + sentence + "\n").organisations}
    assert roles <= got


@pytest.mark.parametrize("sentence", [
    "In the autumn, 980 people answered our survey on the new Police and Crime Plan and 41 came to drop-in sessions.",
    "Some 2,300 residents filled in the questionnaire about the commissioner's priorities.",
])
def test_those_answering_a_survey_on_the_plan_are_no_outcome(sentence):
    assert read("News from Norfolk.\n\n" + sentence + "\n").outcomes == ()


def test_partners_answering_a_survey_about_the_service_are_still_an_outcome():
    got = read("News from Norfolk.\n\nOf the 40 partners who completed our survey, 31 said they felt safer.\n").outcomes
    assert [o.value for o in got] == [31]


def test_the_rest_of_a_sum_misprinted_with_a_space_is_no_count():
    got = read("News from Norfolk.\n\nAPPEAL TOTAL\nSee above: £2, 340 raised for partner journeys.\n").outcomes
    assert got == ()


# --- A post named after the programme, comments about it, and partners seeing their own support worker --------------

@pytest.mark.parametrize("sentence", [
    "As a Perpetrator Programme Practitioner you will keep accurate case records.",
    "We are recruiting two perpetrator programme co-ordinators for the county.",
    "Almost one comment in five was about perpetrator programmes.",
    "Most of the responses were mainly about the group course for men.",
])
def test_a_post_or_comments_named_after_the_programme_describe_no_service(sentence):
    assert _components(sentence) == []


def test_a_perpetrator_programme_itself_is_still_read():
    assert [c[0] for c in _components("The perpetrator programme runs in three towns.")] == \
        ["behaviour_change_programme"]


@pytest.mark.parametrize("sentence", [
    "The appeal's fund pays taxis for partners travelling to see their support worker.",
    "Bus fares are repaid for ex-partners visiting their advocate in Ipswich.",
])
def test_partners_seeing_their_own_support_worker_is_partner_support(sentence):
    assert "partner_support" in [c[0] for c in _components(sentence)]


def test_men_meeting_their_case_manager_is_no_partner_support():
    assert "partner_support" not in [c[0] for c in _components("The men meet their case manager each week.")]


def test_people_the_police_assess_as_high_risk_give_no_high_harm_fact():
    # near miss: risk, not harm (README "High-harm components": people named by the harm they do)
    got = {c.component: c for c in read("News.\n\nIt pays for the case managers who work with men whom the police "
                                        "assess as high risk.\n").components}
    assert "high_harm" not in got and "high_harm" in got["case_management"].cohorts


# --- A body describing itself, whose own work its line says a stated sum pays for, receives it ---------------------

@pytest.mark.parametrize("line", [
    "Yare Change is a Norfolk charity that works with men who abuse their partners. Our children's work is paid for "
    "separately, through a £36,000 grant from the Wensum Community Foundation.",
    "Yare Change is a charity that runs courses for men. Our helpline is funded by a £12,000 grant from a local trust.",
])
def test_a_body_whose_own_work_its_line_says_a_sum_pays_for_receives_it(line):
    got = {(o.organisation, o.role) for o in read("About us\n\n" + line + "\n").organisations}
    assert ("Yare Change", "recipient") in got and ("Yare Change", "delivery_partner") not in got


def test_a_body_describing_itself_with_no_sum_stays_a_delivery_partner():
    got = {(o.organisation, o.role) for o in read("About us\n\nYare Change is a Norfolk charity that works with men who "
                                                   "abuse their partners. Our work is paid for by donations.\n").organisations}
    assert ("Yare Change", "recipient") not in got
