"""Structures of the twenty-third round's tune releases that the reader misread, fixed in the twentieth session (tuner
A) as general mechanisms: each test states several invented wordings of one structure.

Corpus README: "Payer said once", "Areas' shares of a round with its period", `total`, "Money added to a grant",
"Yearly rates", "Restated figures", `context`.  Every text here is invented.
"""

from __future__ import annotations

import pytest

from release_probe import award_errors


# --------------------------------------------------------------------------- a round-up of one funder's round

_ROUND_LEAD = ("Commissioners in the North West have learnt what they will get from a Home Office fund for work with "
               "abusive partners, covering the two years from April 2026.\n\n")


@pytest.mark.parametrize("ranked", [
    "The largest award in the region, £466,000, goes to Cumbria.",
    "The biggest grant of the four, £466,000, is Cumbria's.",
    "The second-largest allocation, £466,000, goes to Cumbria.",
])
def test_an_award_named_by_its_rank_is_the_rounds_not_the_sum_before(ranked):
    # "the largest award" names one of the round's awards by its rank, not the money the text stated just before (a
    # council's own sum in the area above): it takes the round's payer and years
    text = (_ROUND_LEAD +
            "LANCASHIRE\nLancashire's share is £400,000. In Preston, the city council has also set aside £20,000 of "
            "its own for a helpline.\n\n"
            f"CUMBRIA\n{ranked}\n")
    assert award_errors(text, {
        (4, 400000): dict(role="grant", funder="Home Office", start="2026-27", end="2027-28"),
        (4, 20000): dict(funder="local authority"),
        (7, 466000): dict(role="grant", funder="Home Office", start="2026-27", end="2027-28"),
    }) == []


@pytest.mark.parametrize("added", [
    "Merseyside's commissioner will receive £388,250 and is topping it up with £50,000 from the commissioner's own budget.",
    "Merseyside's commissioner gets £388,250, and tops it up with £50,000 from the commissioner's own budget.",
    "Merseyside's commissioner will receive £388,250 and is adding £50,000 from the commissioner's own budget.",
])
def test_a_share_topped_up_by_its_receiver_in_the_same_sentence_stays_the_rounds(added):
    # "receives £A and is topping it up with £B": the topping-up words after £A say what £B is (money added to it),
    # not what £A is: £A is the round's share, £B the commissioner's match funding with no years of its own
    text = _ROUND_LEAD + f"MERSEYSIDE\n{added}\n"
    assert award_errors(text, {
        (4, 388250): dict(role="grant", funder="Home Office", start="2026-27", end="2027-28"),
        (4, 50000): dict(role="match_funding", funder="PCC", start=None, end=None),
    }) == []


@pytest.mark.parametrize("together", [
    "The three forces named below have been offered £1.2m between them.",
    "The three forces covered here will get £1.2m between them.",
    "The three areas below are sharing £1.2m between them.",
])
def test_what_the_areas_listed_below_get_between_them_is_a_total_of_the_round(together):
    # a sum the areas listed after it get "between them" is a total over them (area none), with the round's payer
    # (that of the shares it sums, to within its rounding) and the round's years
    text = (_ROUND_LEAD + together + "\n\n"
            "CHESHIRE\nCheshire's share is £402,100.\n\n"
            "CUMBRIA\nCumbria's share is £398,000.\n\n"
            "LANCASHIRE\nLancashire's share is £401,500.\n")
    assert award_errors(text, {
        (3, 1200000): dict(role="total", funder="Home Office", start="2026-27", end="2027-28"),
        (6, 402100): dict(role="grant", funder="Home Office"),
    }) == []


# --------------------------------------------------------------------------- money added, and its yearly rate

@pytest.mark.parametrize("rate", ["£25,000 in each,", "£25,000 for each,", "£25,000 in each of the two,"])
def test_a_rate_in_each_of_the_years_just_counted_is_one_part_for_each_year(rate):
    # "adding £50,000 over the same two years, £25,000 in each, from …": the rate is one part of the added sum for each
    # of the two years its clause counts (README, "Yearly rates")
    text = ("The Dyfed-Powys commissioner has set out the money for work with abusers in 2025-26 and 2026-27.\n\n"
            "The Home Office grant is £300,000 over the two years.\n"
            f"The Commissioner is adding £50,000 to the Home Office grant over the same two years, {rate} from the "
            "police fund.\n")
    assert award_errors(text, {
        (4, 50000): dict(role="match_funding", funder="PCC", start="2025-26", end="2026-27"),
        (4, 25000, "2025-26"): dict(role="part", part=4, funder="PCC", end="2025-26"),
        (4, 25000, "2026-27"): dict(role="part", part=4, funder="PCC", end="2026-27"),
    }) == []


# --------------------------------------------------------------------------- a fund held by a body off the list

@pytest.mark.parametrize("sentence", [
    "The Welsh Government's Healthy Relationships and Safer Homes fund pays £21,000 in 2025-26 towards a helpline.",
    "The health board's Mental Health and Wellbeing budget covers £21,000 in 2025-26 for a psychologist.",
    "NHS Ceredigion's Prevention and Early Help programme gives £21,000 in 2025-26 for a psychologist.",
])
def test_a_fund_held_by_a_body_off_the_funder_list_has_no_funder_even_with_and_in_its_name(sentence):
    # the sentence's subject is a fund or budget a body off the funder list holds; an "and" inside the fund's name does
    # not start a new clause, so the money is not lent the release's Home Office payer (README, funder: null)
    text = ("The Dyfed-Powys commissioner has secured Home Office money for work with abusers in 2025-26.\n\n"
            "The Home Office grant is £300,000.\n"
            f"{sentence}\n")
    assert award_errors(text, {
        (3, 300000): dict(role="grant", funder="Home Office"),
        (4, 21000): dict(role="grant", funder=None, start="2025-26", end="2025-26"),
    }) == []


# --------------------------------------------------------------------------- "Of the X money, up to £Y"

@pytest.mark.parametrize("piece", [
    "Of the Home Office money, up to £40,000 may be spent on case management.",
    "Of the Home Office grant, no more than £40,000 can go on case management.",
    "Out of the Home Office money, about £40,000 pays for case management.",
])
def test_a_bounded_piece_of_one_payers_money_is_a_part_of_that_payers_sum(piece):
    # a piece named as of one payer's money, with a bound before its figure, is a part of that payer's sum, not of the
    # total across payers stated since
    text = ("Home Office grant: £300,000 for 2025-26.\n"
            "The council is adding £50,000 for 2025-26.\n"
            "Altogether, the service has £350,000 to spend in 2025-26.\n"
            f"{piece}\n")
    assert award_errors(text, {
        (3, 350000): dict(role="total"),
        (4, 40000): dict(role="part", part=1, funder="Home Office"),
    }) == []


# --------------------------------------------------------------------------- a pot shared by counted areas

@pytest.mark.parametrize("sentence", [
    "Durham is one of 11 areas sharing a £4.2m pot for this work.",
    "The £4.2m fund is shared by 11 areas, Durham among them.",
    "Durham and ten other forces will split the £4.2m pot.",
])
def test_a_pot_that_counted_areas_share_is_context(sentence):
    # a pot that a counted set of areas share is its size, no area's money: context, area none, funder and years null
    text = ("The Durham commissioner has been awarded £300,000 by the Home Office for 2025-26 and 2026-27.\n\n"
            f"{sentence}\n")
    assert award_errors(text, {
        (3, 4200000): dict(role="context", funder=None, start=None, end=None),
    }) == []


# --------------------------------------------------------------------------- restated sums and costs

@pytest.mark.parametrize("note", [
    "- The £300,000 comes from the Home Office's perpetrator fund.",
    "- The Home Office's £300,000 is paid quarterly.",
    "Note: the £300,000 is the Home Office's money.",
])
def test_a_sum_dated_by_its_per_year_pieces_restated_with_no_year_has_none(note):
    # the award's years are given by its per-year pieces ("paid as £A for the year to March 2026 and £B for the year to
    # March 2027"); a later mention of the same sum with no year of its own restates it: period null (README,
    # "Restated figures")
    text = ("The Mayor of Greater Manchester has secured two years of Home Office funding, starting in April 2025, for a "
            "stalking service.\n\n"
            "The award is £300,000. It is paid as £140,000 for the year to March 2026 and £160,000 for the year to "
            "March 2027.\n\n"
            f"{note}\n")
    assert award_errors(text, {
        (3, 300000): dict(role="grant", funder="Home Office", start="2025-26", end="2026-27"),
        (5, 300000): dict(funder="Home Office", start=None, end=None),
    }) == []


@pytest.mark.parametrize("cost", [
    "The evaluation, by Tyne Research, will cost £18,400.",
    "An independent evaluation costs £18,400.",
    "The helpline's running cost is £18,400.",
])
def test_a_cost_with_no_payer_takes_no_years_from_the_lead(cost):
    # a cost the text does not tie to the award ("An evaluation will cost £26,500": README, "Payer said once") keeps
    # funder null and takes no years from the lead: only those its own clause gives
    text = ("The Mayor of Greater Manchester has secured two years of Home Office funding, starting in April 2025, for a "
            "stalking service.\n\n"
            "The award is £300,000.\n\n"
            f"{cost}\n")
    assert award_errors(text, {
        (3, 300000): dict(role="grant", funder="Home Office", start="2025-26", end="2026-27"),
        (5, 18400): dict(funder=None, start=None, end=None),
    }) == []


# --------------------------------------------------------------------------- a restatement of a dated sum

@pytest.mark.parametrize("note", [
    "1. The Home Office figure of £404,000 is taken from the grant offer letter.",
    "1. The £404,000 is the sum in the Home Office's offer letter.",
    "1. The offer letter from the Home Office confirms the £404,000.",
])
def test_a_sum_restated_with_no_year_is_not_measured_against_last_years_grant(note):
    # the note restates the sum the text gave with its years; the next note's grant for an earlier year is other money,
    # not a differing statement of it: no amounts_differ conflict
    from release_probe import read
    text = ("The Gwent commissioner has set out how work with abusers will be paid for in 2026-27 and 2027-28.\n\n"
            "The Home Office grant is £404,000 over the two years.\n\n"
            f"{note}\n"
            "2. In 2025-26 the programme received £371,250 from the Home Office.\n")
    assert [c.lines for c in read(text).conflicts if c.kind == "different_amount"] == []


# --------------------------------------------------------------------------- organisations

def _orgs(text: str) -> set[tuple[int, str, str]]:
    from release_probe import read
    return {(o.source_line, o.organisation, o.role) for o in read(text).organisations}


_LEAD = "The Dyfed-Powys commissioner has £300,000 from the Home Office for 2026-27.\n"


@pytest.mark.parametrize("sentence, name", [
    ("Swansea Bay University Health Board is contributing £45,000 for a psychologist.", "Swansea Bay University Health Board"),
    ("Hywel Dda University Health Board is paying £45,000 for a mental health worker.", "Hywel Dda University Health Board"),
    ("Powys Teaching Health Board has agreed to fund a psychologist with £45,000.", "Powys Teaching Health Board"),
])
def test_a_health_board_paying_a_sum_is_a_funder(sentence, name):
    # a health board (a Welsh NHS body) paying a sum in its own clause is an organisation with role funder (README:
    # a payer outside the funder list is null as a funder and the body itself an organisation with role funder)
    assert (2, name, "funder") in _orgs(_LEAD + sentence + "\n")


@pytest.mark.parametrize("sentence, name", [
    ("Of the grant, £30,000 goes to Teifi Women's Aid, whose support workers contact the partner of each man.",
     "Teifi Women's Aid"),
    ("£30,000 is paid to Teifi Women's Aid, whose advocates support victims throughout.", "Teifi Women's Aid"),
    ("The rest pays Cardigan Bay Refuge, whose outreach staff keep in touch with partners.", "Cardigan Bay Refuge"),
])
def test_a_body_whose_workers_contact_or_support_partners_is_a_survivor_support_provider(sentence, name):
    # "X, whose support workers contact the partner of each man": the line says X gives the support (README, "Money
    # paid for advocates": a survivor_support_provider where the line says it gives the support)
    assert (2, name, "survivor_support_provider") in _orgs(_LEAD + sentence + "\n")


@pytest.mark.parametrize("sentence, recipient", [
    ("Ceredigion has been offered £240,000, all of which is to go to Aber Change CIC.", True),
    ("The £240,000 is set to go to Aber Change CIC for its group course.", True),
    ("Ceredigion has £240,000, which is due to go to Aber Change CIC.", True),
    ("Ceredigion has been offered £240,000, most of which is to go to Aber Change CIC.", False),
])
def test_money_said_to_be_going_to_a_body_names_it_recipient(sentence, recipient):
    # "£X, all of which is to go to Y": Y receives a stated sum (README, "Money said to go to a body"); "most of which"
    # is an unstated share, which names no recipient
    assert ((2, "Aber Change CIC", "recipient") in _orgs(_LEAD + sentence + "\n")) is recipient


# --------------------------------------------------------------------------- cohorts

@pytest.mark.parametrize("sentence", [
    "The money will fund a new course for fathers, which the office expects about 150 men to start.",
    "The money pays for a course for fathers, and the charity hopes for 60 men to complete it.",
    "The course for fathers runs in Corby; 40 men are expected to start it this year.",
])
def test_a_count_of_men_expected_to_start_is_no_cohort(sentence):
    # a count of those expected to start or complete ("about 150 men to start") is an outcome's count, not whom the
    # course is for: its cohort is the fathers its own words name
    from release_probe import read
    got = [c for c in read(_LEAD + sentence + "\n").components if c.source_line == 2]
    assert got and all(set(c.cohorts) == {"fathers"} for c in got)


@pytest.mark.parametrize("sentence, kind, length", [
    ("£9,000 pays for interpreters, so that men who speak little English can take part in one-to-one sessions, up to "
     "10 of them.", "one_to_one", (10, "session")),
    ("Women may take part in weekly group sessions, 20 in all.", "group_programme", (20, "session")),
    ("Fathers can take part in a group course of 16 sessions.", "group_programme", (16, "session")),
])
def test_who_can_take_part_describes_the_work_not_a_result(sentence, kind, length):
    # "men … can take part in one-to-one sessions" says what is offered (a possibility), not who took part (a result,
    # README "Programmes named in results"); a count given after its unit ("sessions, up to 10 of them") is its length
    from release_probe import read
    got = {c.component: c for c in read(_LEAD + sentence + "\n").components if c.source_line == 2}
    assert kind in got and (got[kind].duration_value, got[kind].duration_unit) == length


@pytest.mark.parametrize("sentence, cohorts", [
    ("The money pays for Soar Steps, a 24-week group course, and for one-to-one work with women who use abuse.", set()),
    ("The grant pays for Clear Path, a 20-week group course, and for a helpline for men.", set()),
    ("The money pays for Fresh Start, a 24-week group course for men, and for one-to-one work with women.", {"men"}),
])
def test_a_named_programme_described_in_apposition_has_its_kinds_people(sentence, cohorts):
    # "X, a 24-week group course, and one-to-one work with women": the women are the one-to-one work's; the named
    # programme has the people of the kind it is described as (README, "Named programmes")
    from release_probe import read
    got = {c.component: c for c in read(_LEAD + sentence + "\n").components if c.source_line == 2}
    assert set(got["named_programme"].cohorts) == cohorts == set(got["group_programme"].cohorts)


@pytest.mark.parametrize("sentence, name", [
    ("The Welsh Government's Healthy Relationships and Domestic Abuse fund pays £21,000 in 2026-27 towards a helpline.",
     "Welsh Government"),
    ("The Welsh Government is paying £21,000 towards a helpline for domestic abusers.", "Welsh Government"),
    ("The Scottish Government's Equally Safe fund gave £21,000 for a stalking service.", "Scottish Government"),
])
def test_a_devolved_government_paying_is_a_funder_organisation(sentence, name):
    # a government other than the two departments paying, also through its own named fund, is an organisation with
    # role funder (README, funder: "a government department other than the two … the body itself … role funder")
    assert (2, name, "funder") in _orgs(_LEAD + sentence + "\n")
