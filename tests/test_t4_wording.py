"""Organisation roles read from the meaning of a clause, not one wording of it (branch t4): the same role said by other
verbs, in the passive, by an apposition naming the role, by a counted kind of body whose names follow a colon; councils
named by two places joined by "and" after "of" or "at"; a byline, source note or masthead naming the commissioning office;
a person named with her office after money goes to her.  Every text is invented, with wordings of each kind that the
corpus does not hold."""

from __future__ import annotations

import pytest

from release_probe import read


def orgs(text: str, name: str = "invented.txt") -> set[tuple[int, str, str]]:
    return {(o.source_line, o.organisation, o.role) for o in read(text, name).organisations}


LEAD = "The Kent commissioner has awarded £300,000 for work with perpetrators of domestic abuse.\n\n"


@pytest.mark.parametrize("sentence", [
    "Men will be referred to the course by Kent Police and by the housing team of Telford and Wrekin Council.",
    "Referrals come from the early help service at Telford and Wrekin Council.",
    "Staff of Telford and Wrekin Council will refer families.",
])
def test_a_council_named_by_two_places_is_one_body_after_of_or_at(sentence):
    got = orgs(LEAD + sentence)
    assert (3, "Telford and Wrekin Council", "referrer") in got
    assert not any(o in ("Wrekin Council", "Telford") for _, o, _ in got)


@pytest.mark.parametrize("sentence", [
    "Officers and probation staff will be trained by Harbour Lane Trust to spot coercive control.",
    "Forty GPs were also trained in March by Harbour Lane Trust.",
    "Harbour Lane Trust gave awareness training to 120 teachers this spring.",
    "Harbour Lane Trust delivers training for housing officers across the county.",
])
def test_a_body_training_people_in_the_passive_or_by_a_noun_delivers_the_work(sentence):
    assert (3, "Harbour Lane Trust", "delivery_partner") in orgs(LEAD + sentence)


def test_partners_helped_in_the_passive_by_a_body_are_supported_by_it():
    got = orgs(LEAD + "Partners of the men on the course are contacted each week by Marshgate Women's Aid.")
    assert (3, "Marshgate Women's Aid", "survivor_support_provider") in got


@pytest.mark.parametrize("sentence", [
    "The tender for the group course, which was won by Copperfield Change CIC, closed in May.",
    "Copperfield Change CIC came out on top in a joint tender and will run the course.",
    "Copperfield Change CIC, winner of the county's procurement last year, will run the course.",
    "Copperfield Change CIC, the current contract holder, will run the course.",
    "Copperfield Change CIC has been picked after a competitive tender to run the course.",
    "The lot was won by Copperfield Change CIC.",
    "Copperfield Change CIC landed the contract last spring.",
    "Copperfield Change CIC clinched the tender for the county's group course.",
    "Copperfield Change CIC was commissioned to run the course.",
    "Copperfield Change CIC will be re-commissioned for two more years.",
])
def test_a_contract_holder_named_by_other_verbs_voices_and_appositions(sentence):
    assert (3, "Copperfield Change CIC", "commissioned_service") in orgs(LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    "Copperfield Change CIC, the contract holder, receives the money.",
    "Copperfield Change CIC was handed a grant of £300,000 by the commissioner.",
    "Copperfield Change CIC has been sent £300,000 for the course.",
    "Copperfield Change CIC will get the whole grant.",
])
def test_a_body_receiving_the_money_by_other_verbs_is_its_recipient(sentence):
    assert (3, "Copperfield Change CIC", "recipient") in orgs(LEAD + sentence)


def test_a_body_getting_an_unstated_share_of_the_money_receives_no_sum():
    got = orgs(LEAD + "Copperfield Change CIC will get the bulk of the grant.")
    assert (3, "Copperfield Change CIC", "recipient") not in got


def test_a_contract_worth_a_share_of_the_grant_pays_its_holder_but_its_value_alone_does_not():
    got = orgs(LEAD + "The contract went to Copperfield Change CIC after an open tender; over two years it is worth "
               "£250,000 of that grant.\n\nThe contract with Brookvale Change CIC is worth £90,000 over the two years.")
    assert (3, "Copperfield Change CIC", "commissioned_service") in got
    assert (3, "Copperfield Change CIC", "recipient") in got
    assert (5, "Brookvale Change CIC", "commissioned_service") in got
    assert (5, "Brookvale Change CIC", "recipient") not in got


@pytest.mark.parametrize("sentence", [
    "Northway Research Partnership, our independent evaluator since 2023, checked the figures.",
    "The figures were checked by Northway Research Partnership, the external evaluator.",
])
def test_a_body_in_apposition_with_its_role_as_evaluator(sentence):
    assert (3, "Northway Research Partnership", "evaluator") in orgs(LEAD + sentence)


def test_a_report_from_a_body_on_an_evaluated_service_names_its_evaluator():
    got = orgs(LEAD + "The course will be evaluated.\n\nAn interim report from Northway Research Partnership is due in "
               "the spring.")
    assert (5, "Northway Research Partnership", "evaluator") in got


def test_a_unit_at_a_university_asked_to_evaluate_is_the_evaluator_not_a_referrer():
    got = orgs(LEAD + "Most referrals will come from Kent Police, and the criminology unit at the University of Medway has "
               "been asked to evaluate the course.")
    assert (3, "University of Medway", "evaluator") in got
    assert (3, "University of Medway", "referrer") not in got
    assert (3, "Kent Police", "referrer") in got


@pytest.mark.parametrize("sentence", [
    "Three local charities will support partners and ex-partners: Oak House (Dover), Brambles Women's Aid (Thanet) and "
    "Saltmarsh Outreach (Swale).",
    "Two charities will work with partners: Oak House and Brambles Women's Aid.",
])
def test_a_counted_kind_of_body_before_a_colon_gives_its_names_the_verbs_role(sentence):
    got = orgs(LEAD + sentence)
    assert (3, "Oak House", "survivor_support_provider") in got
    assert (3, "Brambles Women's Aid", "survivor_support_provider") in got


@pytest.mark.parametrize("sentence", [
    "Help for partners and ex-partners, delivered by Marshgate Women's Aid.",
    "The money goes to Marshgate Women's Aid, which offers every partner and former partner support for as long as "
    "the man attends.",
    "Advice for victims is provided by Marshgate Women's Aid.",
])
def test_support_for_partners_named_by_other_nouns_or_as_a_double_object(sentence):
    assert (3, "Marshgate Women's Aid", "survivor_support_provider") in orgs(LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    "4. Copperfield Change CIC, a Canterbury social enterprise, was set up in 2012.",
    "4. Copperfield Change CIC is a Canterbury charity founded in 2012.",
])
def test_a_numbered_note_describing_a_body_by_apposition(sentence):
    assert (3, "Copperfield Change CIC", "delivery_partner") in orgs(LEAD + sentence)


@pytest.mark.parametrize("line", [
    "*3 May 2026 | Office of the Police and Crime Commissioner for Kent | Reading time: 4 minutes*",
    "Office of the Police and Crime Commissioner for Kent — 3 May 2026 — 2 minute read",
    "Figures from the 2026-27 commissioning plan of the Office of the Police and Crime Commissioner for Kent.",
    "Kent OPCC - Office of the Police and Crime Commissioner",
])
def test_a_byline_source_note_or_masthead_naming_the_office_is_no_organisation_fact(line):
    got = orgs(LEAD + line + "\n")
    assert not [o for o in got if o[0] == 3]


def test_the_office_in_a_field_or_a_sentence_is_still_the_commissioning_body():
    got = orgs(LEAD + "Buyer: Office of the Police and Crime Commissioner for Kent\n\nThe Office of the Police and Crime "
               "Commissioner for Kent ran the tender.")
    assert (3, "Office of the Police and Crime Commissioner for Kent", "commissioner") in got
    assert (5, "Office of the Police and Crime Commissioner for Kent", "commissioner") in got


@pytest.mark.parametrize("sentence", [
    "A share of £120,000 for the same two years has gone to Amira Cole, Kent's Police and Crime Commissioner.",
    "£120,000 has been paid to Amira Cole, the county's deputy mayor.",
])
def test_a_person_named_with_her_office_is_no_recipient(sentence):
    assert not any(o == "Amira Cole" for _, o, _ in orgs(LEAD + sentence))


def test_a_home_office_letter_giving_the_sum_names_the_funder():
    got = orgs(LEAD + "The two-year figure in the Home Office's offer letter dated 2 May 2026 is £300,000.\n\n"
               "A Home Office letter about the data returns is expected soon.")
    assert (3, "Home Office", "funder") in got
    assert (5, "Home Office", "funder") not in got


def test_the_rest_of_the_referrals_made_by_others_in_a_with_clause():
    got = orgs(LEAD + "Most referrals came from Kent Police, with schools and the Probation Service making the remainder.")
    assert (3, "Probation Service", "referrer") in got


def test_a_provider_column_naming_the_work_before_its_body_pays_that_body():
    text = ("The commissioner's plan is below.\n\n"
            "| Service and provider | Funder | 2026/27, £k |\n"
            "|:--|:--|--:|\n"
            "| Quiet Homes: child-to-parent violence work (Rowan Family Trust) | Commissioner's own budget | 64 |\n"
            "| Whole-family worker (Rowan Family Trust) | Medway Council | 20 |\n")
    got = orgs(text)
    assert (5, "Rowan Family Trust", "recipient") in got
    assert (6, "Rowan Family Trust", "recipient") in got


@pytest.mark.parametrize("sentence", [
    "Partners and ex-partners will be supported by three local charities: Oak House in Dover, Brambles Women's Aid in "
    "Thanet and Saltmarsh Outreach in Swale.",
    "Partners are helped by two charities: Oak House and Brambles Women's Aid.",
])
def test_a_passive_agent_named_as_a_counted_kind_of_body_before_a_colon(sentence):
    got = orgs(LEAD + sentence)
    assert (3, "Oak House", "survivor_support_provider") in got
    assert (3, "Brambles Women's Aid", "survivor_support_provider") in got


@pytest.mark.parametrize("sentence", [
    "The commissioner is paying Copperfield Change CIC £84,500 a year from her own budget.",
    "Kent County Council was giving Copperfield Change CIC £20,000 towards the course.",
    "This letter varies the agreement under which Copperfield Change CIC receives £412,000 of the grant.",
])
def test_a_body_paid_a_sum_in_the_progressive_or_after_a_relative_which(sentence):
    assert (3, "Copperfield Change CIC", "recipient") in orgs(LEAD + sentence)


def test_a_sum_paid_to_support_each_partner_makes_the_body_a_survivor_support_provider():
    got = orgs(LEAD + "Marshgate Women's Aid receives the other £48,600 of the grant to offer support to each partner and "
               "former partner.")
    assert (3, "Marshgate Women's Aid", "recipient") in got
    assert (3, "Marshgate Women's Aid", "survivor_support_provider") in got


@pytest.mark.parametrize("sentence", [
    "Women referred for using abuse are seen one-to-one by Dalesford Change for up to 12 sessions.",
    "Men referred by the courts are then seen individually by Dalesford Change.",
])
def test_the_agent_of_a_later_passive_is_no_referrer(sentence):
    got = orgs(LEAD + sentence)
    assert (3, "Dalesford Change", "delivery_partner") in got or (3, "Dalesford Change", "commissioned_service") in got
    assert (3, "Dalesford Change", "referrer") not in got


@pytest.mark.parametrize("sentence", [
    "Harbour Lane Trust works with men who harm their partners in three towns.",
    "Harbour Lane Trust has worked with people who abuse their partners since 2011.",
])
def test_a_body_working_with_people_who_harm_partners_is_no_survivor_support_provider(sentence):
    assert (3, "Harbour Lane Trust", "survivor_support_provider") not in orgs(LEAD + sentence)


def test_a_body_working_with_partners_supports_them():
    got = orgs(LEAD + "Harbour Lane Trust works with the partners of men on the course.")
    assert (3, "Harbour Lane Trust", "survivor_support_provider") in got


def test_a_combined_authority_named_by_its_kind_alone_passing_or_keeping_money_commissions():
    got = orgs(LEAD + "Of that grant, £40,000 is kept by the Combined Authority to commission a high-harm service.\n\n"
               "| Source | 2026/27 (£k) |\n|---|---|\n| Home Office grant (via the Combined Authority) | 190.3 |\n")
    assert (3, "Combined Authority", "commissioner") in got
    assert (7, "Combined Authority", "commissioner") in got


def test_a_body_named_for_two_things_joined_by_and_is_one_name():
    got = orgs(LEAD + "**London** – £2,100,000 to the Centre for Policing and Justice")
    assert (3, "Centre for Policing and Justice", "recipient") in got
    assert not any(o == "Centre for Policing" for _, o, _ in got)


@pytest.mark.parametrize("sentence", [
    "Marshgate Women's Centre's IDVA surgeries are paid from the victims grant.",
    "Marshgate Women's Centre's advocates contact the partner of every man referred.",
    "The grant also covers Marshgate Women's Centre's partner support workers.",
])
def test_a_body_holding_advocates_or_partner_support_workers_as_its_own_supports_partners(sentence):
    assert (3, "Marshgate Women's Centre", "survivor_support_provider") in orgs(LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    "Kent Police referred 58 men to the course last year.",
    "Kent Police has referred most of the men on the course.",
])
def test_a_body_that_referred_people_in_the_past_is_a_referrer(sentence):
    assert (3, "Kent Police", "referrer") in orgs(LEAD + sentence)


def test_a_council_that_has_commissioned_a_body_is_not_itself_commissioned():
    got = orgs(LEAD + "Kent County Council has commissioned Copperfield Change CIC to run the course.")
    assert (3, "Kent County Council", "commissioned_service") not in got
