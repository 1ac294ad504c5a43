"""Round 32 (ah): readings of wordings and structures met in a committee report extract, a university's grant story,
a housing association's tenant newsletter and a commissioner's grants bulletin.

Every text here is invented for the test (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from funding.parse.releases.periods import find_periods
from release_probe import award_errors, awards_by_key


# --- "started in <month> and runs for <n> years": a span from its first month -----------------------------------

@pytest.mark.parametrize("text, span", [
    ("The scheme started in April 2024 and runs for two years.", ("2024-25", "2025-26")),
    # (three years from October 2025 run to September 2028: the corpus README's "Spans from a month", thirty-fourth
    # session; this case had counted whole financial years)
    ("The project began in October 2025 and will run for three years.", ("2025-26", "2028-29")),
    ("The pilot opened in May 2024, and lasts 18 months.", ("2024-25", "2025-26")),
    ("Safe Homes began in April 2026 and is due to continue for two years.", ("2026-27", "2027-28")),
])
def test_a_start_and_how_long_it_runs_give_a_span(text, span):
    assert [(a, b) for _, _, a, b in find_periods(text)[0]] == [span]


@pytest.mark.parametrize("text", [
    "The scheme started in April 2024 and each tenant's plan lasts up to six months.",  # (a person's time, no length)
    "The service started in April 2025 and runs weekly groups.",                        # (no count at all)
    "The course opened in May 2024 and runs for up to 24 weeks.",                       # (weeks: a person's course)
])
def test_a_start_without_a_length_straight_after_its_verb_gives_no_span(text):
    assert find_periods(text)[0] == []


# --- a trust's gift on top of a sum already stated leaves the release's payer and years alone ----------------------

def _newsletter(gift: str) -> str:
    return ("Riverside Homes tenant news\n\n"
            "Safe Homes opened in April 2024 and runs for two years. It costs £150,000 in all.\n\n"
            "* £100,000 from the Police and Crime Commissioner for Cumbria, out of the Home Office funding his office holds\n"
            "* £50,000 from Cumbria County Council\n\n"
            f"{gift}\n")


@pytest.mark.parametrize("gift", [
    "On top of the £150,000, the Fellside Community Foundation has given us £9,000 for emergency help.",
    "In addition to this £150,000, the Eden Charitable Trust has awarded £9,000 for lock changes.",
])
def test_a_gift_on_top_of_the_stated_sum_keeps_the_releases_years(gift):
    assert award_errors(_newsletter(gift), {
        (3, 150000): dict(role="total", start="2024-25", end="2025-26"),
        (5, 100000): dict(role="part", funder="Home Office", part=3, start="2024-25", end="2025-26"),
        (6, 50000): dict(role="part", funder="local authority", part=3, start="2024-25", end="2025-26"),
    }) == []


def test_a_gift_not_said_to_come_on_top_still_makes_the_release_a_trusts():
    text = _newsletter("The Fellside Community Foundation has given us £9,000 for emergency help.")
    got = awards_by_key(text)
    assert got[(3, 150000)].period_start in ("", None)


# --- the passer-on's possessive before a government grant's sum stated before --------------------------------------

@pytest.mark.parametrize("again", [
    "The Commissioner's £100,000 is paid as £50,000 in each of the two years.",
    "The commissioner's £100,000 is paid as £50,000 in each of the two years.",
])
def test_the_passer_ons_sum_named_again_is_the_government_grant(again):
    text = _newsletter(again)  # (the sentence on line 8)
    assert award_errors(text, {
        (8, 100000): dict(role="grant", funder="Home Office", start="2024-25", end="2025-26"),
        (8, 50000, "2024-25"): dict(role="part", funder="Home Office", part=8, start="2024-25", end="2024-25"),
        (8, 50000, "2025-26"): dict(role="part", funder="Home Office", part=8, start="2025-26", end="2025-26"),
    }) == []


def test_a_possessive_before_a_sum_first_stated_as_the_holders_own_is_left_alone():
    text = ("Riverside Homes tenant news\n\n"
            "Safe Homes costs £150,000 in all, of which £100,000 is a Home Office grant and £50,000 comes from the "
            "Commissioner's own budget.\n\n"
            "The Commissioner's £50,000 pays for a caseworker.\n")
    got = awards_by_key(text)
    assert got[(5, 50000)].funder == "PCC"


# --- the most each bid to a round may ask for is context --------------------------------------------------------

@pytest.mark.parametrize("cap, qualifier", [
    ("Bids may ask for up to £40,000.", "up_to"),
    ("Single-organisation applications can apply for up to £25,000.", "up_to"),
    ("Applicants may bid for no more than £30,000.", "up_to"),
])
def test_the_most_a_bid_may_ask_for_is_context(cap, qualifier):
    text = ("The Devon and Cornwall commissioner has opened a £200,000 round for 2026-27 for work with perpetrators.\n\n"
            f"{cap} Bids must be for 2026-27 only.\n")
    got = awards_by_key(text)
    assert got[(1, 200000)].funding_role in ("grant", "total")
    capped = [a for (line, p), a in got.items() if line == 3][0]
    assert capped.funding_role == "context"
    assert (capped.funder or None, capped.period_start or None) == (None, None)
    assert capped.amount.qualifier == qualifier


def test_a_sum_a_provider_asked_for_and_was_awarded_is_not_a_cap():
    text = "Kernow Change CIC bid for £40,000 and was awarded it in full by the Devon and Cornwall commissioner.\n"
    got = awards_by_key(text)
    assert got[(1, 40000)].funding_role == "grant"


# --- a heading ending in one year in brackets dates the section's figures -----------------------------------------

def _bulletin(heading: str) -> str:
    return ("Dear colleagues,\n\n"
            "Round 4 will fund work with perpetrators in Dorset during 2026-27, and opens today.\n\n"
            f"{heading}\n\n"
            "The Commissioner approved three awards in round 3, worth £90,000 in all and all paid from her own budget:\n\n"
            "- Wessex Change CIC, £50,000: a group programme for men\n"
            "- Poole Stalking Clinic, £25,000: a stalking intervention\n"
            "- Purbeck Respect Line, £15,000: a helpline\n")


@pytest.mark.parametrize("heading, year", [
    ("2. ROUND 3 AWARDS (2025-26)", "2025-26"),
    ("Awards made in round 3 (2025/26)", "2025-26"),
    ("ROUND 3 GRANTS (2024-25)", "2024-25"),
])
def test_a_bracketed_year_heading_dates_its_sections_total_and_parts(heading, year):
    assert award_errors(_bulletin(heading), {
        (7, 90000): dict(role="total", funder="PCC", start=year, end=year),
        (9, 50000): dict(role="part", funder="PCC", part=7, start=year, end=year),
        (11, 15000): dict(role="part", funder="PCC", part=7, start=year, end=year),
    }) == []


@pytest.mark.parametrize("heading", [
    "2. ROUND 3 AWARDS",                                   # (no year in the heading)
    "The round 3 awards (2025-26) are listed below.",     # (a sentence, not a heading)
])
def test_without_a_bracketed_year_heading_the_texts_span_stands(heading):
    assert award_errors(_bulletin(heading), {
        (7, 90000): dict(role="total", funder="PCC", start="2026-27", end="2026-27"),
    }) == []


# --- "awarded £X by the Y Foundation": a payer outside the funder list, with the sum between ------------------------

@pytest.mark.parametrize("lead", [
    "Researchers at Wyvern University have been awarded £120,000 by the Ashgrove Foundation to evaluate Steady Path, "
    "Cheshire's course for men, over the two years to March 2027.",
    "Wyvern University has been granted £120,000 by the Fenwick Trust to evaluate Steady Path in Cheshire over the two "
    "years to March 2027.",
])
def test_a_grant_makers_award_with_the_sum_before_by_names_no_funder(lead):
    text = (f"{lead}\n\n"
            "Steady Path is paid for by the Home Office, which awarded the Cheshire commissioner £400,000 for 2025-26.\n")
    assert award_errors(text, {
        (1, 120000): dict(role="grant", funder=None, start="2025-26", end="2026-27"),
        (3, 400000): dict(role="grant", funder="Home Office", start="2025-26", end="2025-26"),
    }) == []


# --- the fund a grant is one of many from is context ----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The award is one of twelve made this year from the trust's £2.4 million research fund.",
    "It is one of 30 grants out of the foundation's £1.8m Safer Homes programme.",
    "The grant is one of several from its £900,000 fund.",
])
def test_the_fund_a_grant_is_one_of_many_from_is_context(sentence):
    text = ("Wyvern University has been awarded £120,000 by the Ashgrove Foundation to evaluate Steady Path in "
            f"Cheshire.\n\n{sentence}\n")
    got = awards_by_key(text)
    fund = [a for (line, p), a in got.items() if line == 3][0]
    assert (fund.funding_role, fund.pfa_code or None) == ("context", None)
    assert got[(1, 120000)].funding_role == "grant"


def test_one_of_many_without_a_sum_of_the_fund_leaves_the_grant_alone():
    text = "Cheshire's £120,000 award from the Ashgrove Foundation is one of twelve made this year.\n"
    got = awards_by_key(text)
    assert (got[(1, 120000)].funding_role, got[(1, 120000)].pfa_code) == ("grant", "E23000006")


# --- a money column headed by a payer outside the funder vocabulary is that body's, funder null ---------------------

@pytest.mark.parametrize("other", ["Welsh Government (£)", "Fenwick Trust (£)", "Ashgrove Foundation (£)"])
def test_a_column_headed_by_an_outside_payer_is_not_lent_the_home_office(other):
    text = ("Table 2: Perpetrator funding by force area, 2025-26\n\n"
            f"Force area          Home Office (£)    {other}\n"
            "Gwent                       310,000                  85,500\n"
            "Dyfed-Powys                 220,400                  64,000\n")
    assert award_errors(text, {
        (4, 310000): dict(funder="Home Office", start="2025-26", end="2025-26"),
        (4, 85500): dict(funder=None, start="2025-26", end="2025-26"),
        (5, 64000): dict(funder=None, start="2025-26", end="2025-26"),
    }) == []


def test_a_column_headed_by_a_funder_keeps_its_payer():
    text = ("Table 2: Perpetrator funding by force area, 2025-26\n\n"
            "Force area          Home Office (£)    Commissioner's budget (£)\n"
            "Gwent                       310,000                  85,500\n")
    assert award_errors(text, {(4, 85500): dict(funder="PCC")}) == []


# --- a sum a report says someone should give is context -----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Recommendation 3. The council should ring-fence at least £200,000 a year for work with perpetrators.",
    "Ministers should provide a further £2 million for perpetrator programmes in Wales.",
    "The commissioner should also set aside £50,000 for an evaluation.",
])
def test_a_recommended_sum_is_context(sentence):
    got = awards_by_key("Kent has received £400,000 from the Home Office for 2025-26.\n\n" + sentence + "\n")
    urged = [a for (line, p), a in got.items() if line == 3][0]
    assert (urged.funding_role, urged.period_start or None) == ("context", None)
    assert got[(1, 400000)].funding_role == "grant"


def test_a_sum_said_to_be_spent_as_it_should_be_is_not_a_recommendation():
    text = "Kent has received £400,000 from the Home Office for 2025-26, which is spent as it should be.\n"
    assert award_errors(text, {(1, 400000): dict(role="grant", funder="Home Office", start="2025-26")}) == []


# --- a payer's grant to many bodies at once is context -------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Scottish Government's grant to the councils is £5.2 million this year.",
    "Home Office funding to all forces totals £40 million in 2025-26.",
    "The fund's money to the partnerships was £3.1m in 2024-25.",
])
def test_a_grant_to_many_bodies_is_context(sentence):
    got = awards_by_key("Kent has received £400,000 from the Home Office for 2025-26.\n\n" + sentence + "\n")
    pot = [a for (line, p), a in got.items() if line == 3][0]
    assert (pot.funding_role, pot.pfa_code or None) == ("context", None)


def test_a_grant_to_one_named_body_is_not_a_pot():
    got = awards_by_key("The Home Office's grant to the Kent commissioner is £400,000 for 2025-26.\n")
    assert (got[(1, 400000)].funding_role, got[(1, 400000)].pfa_code) == ("grant", "E23000032")


# --- "Of <owner>'s £A, £B pays for …": a piece of the owner's sum --------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Of Cheshire's £480,000, the office told us, £120,000 pays for a stalking service.",
    "Of North Yorkshire's £480,000, £120,000 pays for a stalking service.",
])
def test_of_an_owners_sum_opens_a_sentence_of_its_pieces(sentence):
    got = awards_by_key(sentence + "\n")
    piece = [a for (line, p), a in got.items() if p == 120000][0]
    assert (piece.funding_role, piece.part_of_line) == ("part", 1)


def test_a_possessive_sum_not_opened_by_of_is_no_whole():
    got = awards_by_key("Cheshire's £480,000 is spent in full, and £120,000 from the council pays for a stalking service.\n")
    assert (got[(1, 120000)].funding_role, got[(1, 120000)].funder, got[(1, 120000)].part_of_line) == (
        "grant", "local authority", None)


# --- organisations: "- Body, £X: what it buys", "X worked with N men", "the X award" ------------------------------

def _orgs(text: str) -> set:
    from release_probe import read
    return {(o.source_line, o.organisation, o.role) for o in read(text).organisations}


@pytest.mark.parametrize("item, name", [
    ("- Wessex Change CIC, £50,000: a 20-week group programme for men", "Wessex Change CIC"),
    ("* Poole Stalking Clinic, £25k – one-to-one work with people who stalk", "Poole Stalking Clinic"),
    ("• Purbeck Families Project, £12,500: work with young people who harm a parent", "Purbeck Families Project"),
])
def test_a_list_item_naming_a_body_and_its_sum_names_the_recipient(item, name):
    text = "The Dorset commissioner approved three awards worth £90,000 in all:\n\n" + item + "\n"
    assert (3, name, "recipient") in _orgs(text)


@pytest.mark.parametrize("item", [
    "- Group work, £50,000: two groups in Poole",          # (what is bought, no body)
    "- Dorset Council, £20,000: match funding",            # (a council may pay as often as receive)
])
def test_a_list_item_naming_no_recipient_body_gives_none(item):
    text = "The Dorset commissioner approved three awards worth £90,000 in all:\n\n" + item + "\n"
    assert not {o for o in _orgs(text) if o[0] == 3 and o[2] == "recipient"}


@pytest.mark.parametrize("sentence, name", [
    ("Wessex Change CIC worked with 34 men between May and December.", "Wessex Change CIC"),
    ("Purbeck Respect Line has taken calls from 64 men over its first three months.", "Purbeck Respect Line"),
    ("Since April, Kernow Families Project has worked with 21 families.", "Kernow Families Project"),
])
def test_a_body_that_worked_with_a_number_of_people_delivers(sentence, name):
    text = "Kent has £90,000 from the Home Office.\n\n" + sentence + "\n"
    assert (3, name, "delivery_partner") in _orgs(text)


def test_a_body_that_worked_with_partners_uncounted_is_not_read_by_this_rule():
    text = "Kent has £90,000 from the Home Office.\n\nWessex Change CIC worked with Kent Police on the bid.\n"
    assert (3, "Wessex Change CIC", "delivery_partner") not in _orgs(text)


@pytest.mark.parametrize("sentence, name", [
    ("Poole Council is adding £15,000 to the Wessex Change award as match funding.", "Wessex Change"),
    ("The Wessex Change CIC grant was extended to March.", "Wessex Change CIC"),
])
def test_a_recipient_called_back_by_its_award_is_the_recipient_again(sentence, name):
    text = ("The Dorset commissioner approved two awards:\n\n- Wessex Change CIC, £50,000: a group programme for men\n"
            "- Poole Stalking Clinic, £25,000: a stalking intervention\n\n" + sentence + "\n")
    assert (6, name, "recipient") in _orgs(text)


def test_a_body_never_named_as_a_recipient_before_its_award_is_not_called_back():
    text = "Kent has £90,000 from the Home Office.\n\nPoole Council is adding £15,000 to the Wessex Change award.\n"
    assert (3, "Wessex Change", "recipient") not in _orgs(text)


# --- tenants a landlord's scheme refers to a perpetrator service are counted -----------------------------------------

def test_tenants_referred_are_counted_as_referrals():
    from release_probe import outcomes_by_key
    got = outcomes_by_key("Between April and September our housing officers referred 38 tenants to Safe Homes.")
    assert {k: (o.base, o.about) for k, o in got.items()} == {(3, 38.0, "count"): (None, "referrals")}


def test_x_of_the_tenants_referred_who_started_and_finished():
    from release_probe import outcomes_by_key
    got = outcomes_by_key("Eleven of the 38 tenants referred have started Steady Path, and four of them have finished.")
    assert {k: (o.base, o.about) for k, o in got.items()} == {
        (3, 11.0, "count"): (38.0, "perpetrators"), (3, 4.0, "count"): (11.0, "perpetrators")}


def test_tenancies_are_not_tenants():
    from release_probe import outcomes_by_key
    assert outcomes_by_key("The landlord manages 4,000 tenancies across the borough.") == {}


def test_a_body_in_apposition_that_worked_with_a_number_of_men_delivers():
    text = "Gwent has £90,000 from the Home Office.\n\nIn 2024-25 Usk Change CIC, which runs Newydd, worked with 120 men.\n"
    assert (3, "Usk Change CIC", "delivery_partner") in _orgs(text)


# --- departments and governments: recommendations, columns, denials and a grant given as a sum ------------------------

@pytest.mark.parametrize("sentence", [
    "Recommendation 4. The Welsh Government should fund a child to parent violence service in every region.",
    "The Welsh Government should ask the Home Office for a three-year settlement covering this work.",
    "The minister said the Welsh Government does not ring-fence a share of the regional grant for this work.",
    "The Welsh Government column shows the part of each region's grant spent on perpetrator work.",
])
def test_a_government_urged_denied_or_named_as_a_column_is_no_funder(sentence):
    text = "Gwent has £90,000 from the Home Office.\n\n" + sentence + "\n"
    assert {o for o in _orgs(text) if o[0] == 3 and o[2] == "funder"} == set()


@pytest.mark.parametrize("sentence", [
    "The Welsh Government's revenue grant to the regions is £7.2 million for perpetrator work.",
    "The Scottish Government's grant for perpetrator programmes totals £4.1 million.",
])
def test_a_governments_grant_given_as_a_sum_names_it_funder(sentence):
    text = "Gwent has £90,000 from the Home Office.\n\n" + sentence + "\n"
    named = sentence.split("'s")[0].replace("The ", "")
    assert (3, named, "funder") in _orgs(text)


def test_a_table_column_headed_by_a_government_names_it_funder():
    text = ("Table 2: Perpetrator funding by force area, 2025-26\n\n"
            "Force area          Home Office (£)    Welsh Government (£)\n"
            "Gwent                       310,000                  85,500\n")
    assert {(3, "Home Office", "funder"), (3, "Welsh Government", "funder")} <= _orgs(text)


# --- a one-word programme's name run by a body in a relative clause, also inside a result ------------------------------

def _components(text: str) -> set:
    from release_probe import read
    return {(c.source_line, c.component, getattr(c, "programme_name", "") or "") for c in read(text).components}


_BRAND = "Gwent's Home Office grant of £90,000 pays for Keel, a 26-week group behaviour change programme for men.\n\n"


@pytest.mark.parametrize("sentence", [
    "In 2024-25 Usk Change CIC, which runs Keel, worked with 142 men on the programme.",
    "Usk Change CIC, which delivers Keel, has a waiting list of 30 men.",
    "The charity, which also runs Keel, is based in Newport.",
])
def test_a_brand_a_body_runs_in_a_relative_clause_is_the_programme_again(sentence):
    assert (3, "named_programme", "Keel") in _components(_BRAND + sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "In 2024-25 the commissioner, which funds Keel, saw 142 men referred.",   # (funds, not runs)
    "In 2024-25 Keel worked with 142 men.",                                   # (no relative clause: a result)
])
def test_a_brand_in_a_result_without_a_body_running_it_is_no_component(sentence):
    assert (3, "named_programme", "Keel") not in _components(_BRAND + sentence + "\n")


# --- "group or one-to-one": both kinds offered -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Bids are invited for behaviour change programmes, group or one-to-one, for people who harm a partner.",
    "The money pays for behaviour change work, group or individual, for men in Stafford.",
])
def test_group_or_one_to_one_gives_a_group_programme(sentence):
    got = _components("Staffordshire has £90,000 from the Home Office.\n\n" + sentence + "\n")
    assert {(3, "group_programme", ""), (3, "behaviour_change_programme", "")} <= got


def test_a_support_group_is_no_group_programme():
    got = _components("Staffordshire has £90,000 from the Home Office.\n\nThe money pays for a support group for victims.\n")
    assert (3, "group_programme", "") not in got


# --- a devolved government's cabinet secretary is an official ---------------------------------------------------------

@pytest.mark.parametrize("sentence, office", [
    ("The Cabinet Secretary for Housing, Rhian Pryce-Evans MS, told us that the grant is not ring-fenced.",
     "Cabinet Secretary for Housing"),
    ("Cabinet Secretary for Justice and Home Affairs, Morag Ellison MSP, said the money would continue.",
     "Cabinet Secretary for Justice and Home Affairs"),
])
def test_a_cabinet_secretary_is_an_official(sentence, office):
    from release_probe import read
    got = {(p.source_line, p.office, p.role) for p in read("Gwent has £90,000.\n\n" + sentence + "\n").people}
    assert (3, office, "official") in got


def test_a_cabinet_secretary_without_a_portfolio_is_not_read_as_this_office():
    from release_probe import read
    got = read("Gwent has £90,000.\n\nA cabinet secretary, Jo Bell, took the minutes.\n").people
    assert [p for p in got if p.office.startswith("Cabinet Secretary")] == []


# --- "has been awarded £X by the Y Foundation": Y funds it ------------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("Researchers at Wyvern University have been awarded £120,000 by the Ashgrove Foundation to evaluate Steady Path.",
     "Ashgrove Foundation"),
    ("Kernow Change CIC was granted £8,000 by the Fenwick Trust for emergency help.", "Fenwick Trust"),
])
def test_the_grant_maker_after_the_sum_it_awarded_is_the_funder(sentence, name):
    assert (1, name, "funder") in _orgs(sentence + "\n")


def test_a_body_after_a_sum_awarded_by_a_person_is_not_a_funder():
    got = _orgs("Kernow Change CIC was awarded £8,000 by Jo Bell on behalf of the panel.\n")
    assert {o for o in got if o[2] == "funder"} == set()


# --- a name ending like a body's that the sentence says is a course is the programme ----------------------------------

@pytest.mark.parametrize("name", ["Step Change", "Tarn Valley Change", "Fresh Futures"])
def test_a_name_said_to_be_a_course_is_a_named_programme(name):
    text = ("Durham has £90,000 from the Home Office.\n\n"
            f"{name} is a 24-week group programme for men who have harmed a partner.\n")
    assert (3, "named_programme", name) in _components(text)


@pytest.mark.parametrize("sentence", [
    "Real Change CIC is a 24-week group programme for men.",        # (a legal form: a provider)
    "Step Change is a charity that runs groups for men.",          # (said to be a charity, not a course)
])
def test_a_body_is_not_read_as_a_named_programme(sentence):
    got = _components("Durham has £90,000 from the Home Office.\n\n" + sentence + "\n")
    assert {c for c in got if c[1] == "named_programme"} == set()


# --- a group named by its place; the thousands of a sum are no count ----------------------------------------------------

_COURSE = "Essex has £90,000 from the Home Office for a 24-week group programme for men.\n\n"


@pytest.mark.parametrize("sentence", [
    "In 2021-22 the money paid for one group in Harlow and very little else.",
    "A Welsh-language group meets in Bangor on Tuesday evenings.",
    "The council will add £40,000 to pay for a group in the east of the borough.",
    "Men from the villages are referred to a group in Colchester.",
    "£22,000 of the 2025/26 money went unspent as the Harlow group only began in November.",
])
def test_a_group_named_by_its_place_is_a_group_programme(sentence):
    assert (3, "group_programme", "") in _components(_COURSE + sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "A support group meets in Harlow on Mondays.",
    "The steering group meets in Chelmsford.",
    "Of the 40 men referred to a group, 31 of the 40 started.",   # (a result)
])
def test_other_groups_and_results_give_no_group_programme(sentence):
    assert (3, "group_programme", "") not in _components(_COURSE + sentence + "\n")


# --- organisations: money paid direct to a body, a body kept running its work, a body's helpline ----------------------

_KENT = "Kent has £90,000 from the Home Office for perpetrator work.\n\n"


@pytest.mark.parametrize("sentence, name, role", [
    ("The council's money is paid direct to Medway Family Link and is not shown in the table.", "Medway Family Link",
     "recipient"),
    ("- Swale Council's money is paid directly to Weald Youth Trust.", "Weald Youth Trust", "recipient"),
    ("The money keeps Weald Change Partnership running a 24-week group course for men.", "Weald Change Partnership",
     "delivery_partner"),
    ("It keeps Medway Meadows Trust, the current provider, running its course in Chatham.", "Medway Meadows Trust",
     "delivery_partner"),
    ("The grant pays for Thanet Pathways to carry on a Drive-style service in Margate.", "Thanet Pathways",
     "delivery_partner"),
    ("Men worried about their behaviour can ring the Swale Change helpline.", "Swale Change", "delivery_partner"),
])
def test_a_body_paid_direct_kept_running_or_running_a_helpline(sentence, name, role):
    assert (3, name, role) in _orgs(_KENT + sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "The money will keep Steady Lines, the 24-week group course for men, running in Dover.",   # (a programme)
    "Men can also call the National Domestic Abuse Helpline.",                               # (a national line)
    "The money is paid to the council in two halves.",                                       # (not "direct to")
])
def test_programmes_national_lines_and_plain_payments_name_no_such_body(sentence):
    got = _orgs(_KENT + sentence + "\n")
    assert {o for o in got if o[0] == 3 and o[2] in ("delivery_partner", "recipient")} == set()


# --- "still working through it": those still on the course -----------------------------------------------------------

@pytest.mark.parametrize("sentence, still", [
    ("Of the 40 men who started, 22 completed and 9 are still working through the programme.", 9.0),
    ("Of the 30 tenants who took part, 12 finished and 7 are still working through their plan.", 7.0),
])
def test_still_working_through_it_is_a_count_with_no_base(sentence, still):
    from release_probe import outcomes_by_key
    got = outcomes_by_key(sentence)
    assert (got[(3, still, "count")].base, got[(3, still, "count")].about) == (None, "perpetrators")


def test_working_through_a_backlog_is_not_still_attending():
    from release_probe import outcomes_by_key
    got = outcomes_by_key("The team is still working through a backlog of 45 referrals.")
    assert {k: (o.base, o.about) for k, o in got.items()} == {(3, 45.0, "count"): (None, "referrals")}


# --- a London borough named as the borough, with no "Council" ----------------------------------------------------------

@pytest.mark.parametrize("sentence, names", [
    ("The London Borough of Camden and the Royal Borough of Greenwich are each adding £25,000 a year to the grant.",
     {"London Borough of Camden", "Royal Borough of Greenwich"}),
    ("The Royal Borough of Kingston upon Thames will add £20,000 a year to the grant.",
     {"Royal Borough of Kingston upon Thames"}),
])
def test_a_london_borough_adding_to_the_grant_is_a_match_funder(sentence, names):
    got = _orgs("London has £90,000 from the Home Office for perpetrator work.\n\n" + sentence + "\n")
    assert {o[1] for o in got if o[0] == 3 and o[2] == "match_funder"} == names


def test_a_borough_named_only_as_a_place_pays_nothing():
    got = _orgs("London has £90,000 from the Home Office for perpetrator work.\n\nThe group meets in the borough of Camden.\n")
    assert {o for o in got if o[0] == 3} == set()
