"""Rules added while tuning on the twenty-ninth round's releases (tuner T): invented sentences in the genres' wording
(written evidence, a partnership's assessment printed from PDF, a council's minutes, a grant letter), with the facts
the corpus README's conventions give them (never the corpus text)."""

import pytest

from release_probe import award_errors, awards, awards_by_key, read


# --- A captioned table in pounds whose rows follow the caption straight away, with no heading row -------------------

@pytest.mark.parametrize("caption, unit", [
    ("Table 2: Our income for this work by county, 2025-26 (£)", 1),
    ("Figure 3 - Money received by area, 2025-26, in £", 1),
    ("Table 4: Income by area, 2025-26 (£000)", 1000),
])
def test_a_captions_unit_reaches_rows_with_no_heading_row(caption, unit):
    text = ("Income\n\n" + caption + "\n"
            "Devon               120,500\n"
            "Cornwall             84,250\n"
            "Total               204,750\n")
    got = awards_by_key(text)
    assert got[(4, 120_500 * unit)].funding_role == "part"
    assert got[(5, 84_250 * unit)].part_of_line == 6
    assert got[(6, 204_750 * unit)].funding_role == "total"


def test_a_caption_over_counts_gives_no_unit_to_them():
    text = ("Use\n\nTable 2: Referrals by area, 2025-26 (£)\n"
            "Number of referrals      120\n"
            "Number of completions     84\n")
    assert awards(text) == []


def test_a_line_of_prose_with_pounds_in_it_is_no_caption_for_the_rows_under_it():
    text = ("Income\n\nWe received money from three counties in 2025-26 (£).\n\n"
            "Devon               120,500\n"
            "Cornwall             84,250\n")
    assert awards(text) == []


# --- A sentence listing the commissioner's own budget among several sources is no one payer for the release --------

def test_own_budgets_listed_among_sources_do_not_make_every_unnamed_sum_the_commissioners():
    text = ("Written evidence\n\n"
            "Our work is paid for from three sources: Home Office money; commissioners' own budgets; and councils.\n\n"
            "Table 1: Our income by area, 2025-26 (£)\n"
            "Devon               120,500\n"
            "Cornwall             84,250\n"
            "Total               204,750\n")
    got = awards(text)
    assert len(got) == 3 and all(a.funder != "PCC" and a.funding_role != "own_funding" for a in got)


def test_a_release_saying_its_money_is_the_commissioners_own_keeps_it_his():
    text = ("Perpetrator services\n\nThe services below are paid for from the Commissioner's own budget.\n\n"
            "The group course in Devon costs £120,500.\n")
    assert [(a.funding_role, a.funder) for a in awards(text)] == [("own_funding", "PCC")]


# --- The payer named after a sum's yearly split pays the sum too ----------------------------------------------------

@pytest.mark.parametrize("sentence, funder", [
    ("The contract is worth £300,000 over three years, £100,000 in each year, and is paid from the Home Office grant.",
     "Home Office"),
    ("The service costs £240,000 over two years, £120,000 a year, funded by the Home Office.", "Home Office"),
    ("The contract is worth £300,000 over three years, £100,000 in each year, and is paid from the Commissioner's "
     "Home Office award.", "Home Office"),
])
def test_the_payer_after_a_yearly_split_pays_the_whole(sentence, funder):
    got = awards("Devon perpetrator work\n\n" + sentence + "\n")
    assert got[0].funding_role == "grant" and got[0].funder == funder
    assert all(a.funding_role == "part" and a.funder == funder for a in got[1:])


def test_a_payer_named_before_the_split_for_other_money_is_not_lent_to_the_whole():
    got = awards("Devon perpetrator work\n\nThe contract is worth £300,000 over three years, and Devon County "
                 "Council adds £20,000 a year.\n")
    assert got[0].funder == ""


# --- A row with a nil mark for its figure is a row of the table, not a heading opening a new one -------------------

@pytest.mark.parametrize("nil", ["-", "nil", "n/a", "0"])
def test_a_nil_row_keeps_the_rows_and_their_total_one_table(nil):
    text = ("Services\n\nTable 5  Services for Devon residents, 2025/26\n"
            "Service                Provider            Funded by              £k\n"
            "Group course           Oakway Change       Home Office grant      97.1\n"
            "Partner support        Devon Women's Aid   Home Office grant      38.5\n"
            f"Helpline               National service    Not funded locally      {nil}\n"
            "Total                                                             135.6\n")
    got = awards_by_key(text)
    assert got[(5, 97_100)].part_of_line == 8
    assert got[(6, 38_500)].part_of_line == 8
    assert got[(8, 135_600)].funding_role == "total"


def test_a_numbered_caption_with_two_spaces_is_no_row_of_its_table():
    text = ("Services\n\nTable 5  Services for Devon residents, 2025/26\n"
            "Service                Provider            £k\n"
            "Group course           Oakway Change       97.1\n")
    assert [a.amount.pence for a in awards(text)] == [9_710_000]


def test_a_real_heading_row_still_opens_a_new_table():
    text = ("Services\n\n"
            "Service                Provider            £\n"
            "Group course           Oakway Change       £97,100\n\n"
            "Area                   Status\n"
            "Devon                  Agreed\n")
    assert [a.amount.pence for a in awards(text)] == [9_710_000]


# --- "Of that year's money": a piece of the one year's sum just stated ---------------------------------------------

@pytest.mark.parametrize("text", [
    "The office was awarded £900,000 by the Home Office for 2024/25 and 2025/26, of which £460,000 falls in 2025/26. "
    "Of that year's money, £200,000 pays for a group course.",
    "Devon gets £900,000 over 2024/25 and 2025/26, and £460,000 of it is for 2025/26. Out of that year's grant, "
    "£200,000 pays for a group course.",
])
def test_a_piece_of_that_years_money_is_of_the_years_sum(text):
    got = [a for a in awards("Devon\n\n" + text + "\n") if a.amount.pence == 20_000_000]
    assert got[0].part_of_pence == 46_000_000
    assert (got[0].period_start, got[0].period_end) == ("2025-26", "2025-26")


def test_a_piece_of_that_money_is_still_of_the_award():
    got = [a for a in awards("Devon\n\nDevon gets £900,000 over 2024/25 and 2025/26. Of that money, £200,000 pays "
                             "for a group course.\n") if a.amount.pence == 20_000_000]
    assert got[0].part_of_pence == 90_000_000


# --- A body's own reserves, named by its own name, are partners' money ---------------------------------------------

@pytest.mark.parametrize("piece", ["£1,000 from the Hub's own reserves", "£1,000 from Oakway Change's reserves",
                                   "£1,000 from the Project's own reserves"])
def test_a_named_bodys_own_reserves_in_a_list_of_pieces_are_partners_money(piece):
    text = ("Minutes\n\nThe cost of the course in 2025/26 is £7,000: the Commissioner's £4,000, £2,000 from Dorset "
            f"Council's Communities Fund, and {piece}.\n")
    got = awards_by_key(text)
    assert got[(3, 1000)].funder == "partners"
    assert got[(3, 2000)].funder == "local authority"


def test_a_councils_reserves_are_no_partners_money():
    text = ("Minutes\n\nThe cost of the course in 2025/26 is £7,000: the Commissioner's £4,000, £2,000 from the "
            "Hub's grant, and £1,000 from the Council's reserves.\n")
    a = awards_by_key(text)[(3, 1000)]
    assert (a.funding_role, a.funder) == ("part", "local authority")  # the council's, not partners' money


# --- The commissioner whose award a sum matches is not its payer ----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "RESOLVED to grant £1,500 to Oakway Hub from the Community Grants budget for 2025/26, as match funding for the "
    "Commissioner's award.",
    "RESOLVED to give £1,500 from the Community Grants budget as match funding towards the Commissioner's grant.",
])
def test_match_funding_for_the_commissioners_award_is_the_councils(sentence):
    got = awards("ASHCOMBE TOWN COUNCIL\n\n" + sentence + "\n")
    assert [(a.funding_role, a.funder) for a in got] == [("match_funding", "local authority")]


@pytest.mark.parametrize("sentence", [
    "The Commissioner will add £15,000 of match funding.",
    "The Office of the Police and Crime Commissioner will add £15,000 of match funding.",
])
def test_the_commissioner_adding_match_funding_still_pays_it(sentence):
    got = awards("Devon perpetrator work\n\n" + sentence + "\n")
    assert [(a.funding_role, a.funder) for a in got] == [("match_funding", "PCC")]


# --- A town council's other business in its minutes is no money for this work ---------------------------------------

@pytest.mark.parametrize("item", [
    "The schedule of payments for May, totalling £12,301.50, was approved.",
    "Christmas lights: RESOLVED to accept the quotation of £2,950 for installation.",
    "RESOLVED that the allotment rents rise to £45 a plot, raising £1,800.",
    "RESOLVED to repair the bus shelter in Mill Lane at a cost of £1,240.",
])
def test_a_town_councils_other_business_is_set_aside(item):
    text = ("DEVON TOWN COUNCIL\n\n25/040  FINANCE\n" + item + "\n\n25/041  PERPETRATOR PROGRAMME\n"
            "RESOLVED to grant £1,500 to Oakway Hub for the men's behaviour change course in 2025/26.\n")
    assert [a.amount.pence for a in awards(text)] == [150_000]


# --- A council is the match funder of a piece only where the piece's own words name it -----------------------------

def test_a_council_paying_another_piece_of_the_sentence_is_no_match_funder():
    text = ("DEVON TOWN COUNCIL\n\nThe total cost of the course in 2025/26 is £7,500: the Commissioner's £4,000, "
            "£2,000 from Dorset Council's Communities Fund, and £1,500 that the Hub has asked this council to "
            "contribute.\nRESOLVED to grant £1,500 to the Hub as match funding for the Commissioner's award.\n")
    roles = {(o.organisation, o.role) for o in read(text).organisations}
    assert ("Dorset Council", "funder") in roles and ("Dorset Council", "match_funder") not in roles


def test_a_council_in_the_matched_pieces_own_words_is_its_match_funder():
    text = ("Devon\n\nThe total cost of the course in 2025/26 is £7,500: the Commissioner's £4,000, £2,000 from the "
            "Hub, and £1,500 from Dorset Council.\nDorset Council adds £1,500 as match funding to the grant.\n")
    roles = {(o.source_line, o.organisation, o.role) for o in read(text).organisations}
    assert (3, "Dorset Council", "match_funder") in roles


# --- A change "by £X, from £A to £B": three figures, none the sum of the others ------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Home Office has agreed to increase the grant by £40,000, from £300,000 to £340,000 for 2024-25.",
    "The grant for 2024-25 rises by £40,000, from £300,000 to £340,000.",
    "We have agreed to raise your award by £40,000 from £300,000 up to £340,000 for 2024-25.",
])
def test_a_change_from_one_figure_to_another_makes_no_total(sentence):
    got = awards("Devon grant\n\n" + sentence + "\n")
    assert sorted(a.amount.pence // 100 for a in got) == [40_000, 300_000, 340_000]
    assert {a.funding_role for a in got} == {"grant"} and all(a.part_of_line is None for a in got)


def test_sums_that_add_up_in_prose_still_make_a_total():
    got = awards_by_key("Devon grant\n\nThe Home Office gives £300,000 and the council adds £40,000, making £340,000 "
                        "for 2024-25.\n")
    assert got[(3, 340_000)].funding_role == "total"


# --- "The additional £X": a restatement of the increase, its pieces with no year of their own -----------------------

def test_the_additional_sum_restated_and_its_pieces_have_no_period():
    text = ("Devon grant\n\n"
            "1. The Home Office has agreed to increase the grant by £40,000, from £300,000 to £340,000 for 2024-25.\n\n"
            "2. The additional £40,000 is for a second caseworker (£30,000) and for interpreters (£10,000).\n")
    assert award_errors(text, {
        (5, 40_000): dict(role="grant", start=None, end=None),
        (5, 30_000): dict(role="part", part=5, start=None, end=None),
        (5, 10_000): dict(role="part", part=5, start=None, end=None),
    }) == []


def test_an_additional_sum_not_stated_before_keeps_the_years():
    text = ("Devon grant\n\nThe Home Office has awarded £300,000 for 2024-25.\n\n"
            "An additional £40,000 is for a second caseworker in 2024-25.\n")
    assert award_errors(text, {(5, 40_000): dict(start="2024-25", end="2024-25")}) == []


# --- "Of the grant, as varied": the grant's new figure ---------------------------------------------------------------

@pytest.mark.parametrize("wording", ["of the grant, as varied,", "of the grant as increased", "of the award, as revised,"])
def test_a_piece_of_the_grant_as_varied_is_of_its_new_figure(wording):
    text = ("Devon grant\n\n"
            "1. The Home Office has agreed to increase the grant by £40,000, from £300,000 to £340,000 for 2024-25.\n\n"
            "2. The additional £40,000 is for a second caseworker.\n\n"
            f"3. No more than £17,000 {wording} may be spent on management.\n")
    got = [a for a in awards(text) if a.amount.pence == 1_700_000]
    assert (got[0].part_of_line, got[0].part_of_pence) == (3, 34_000_000)
    assert got[0].period_start == "2024-25"


def test_a_piece_of_the_grant_is_otherwise_of_the_last_grant_named():
    text = ("Devon grant\n\n1. The Home Office has awarded £300,000 for 2024-25.\n\n"
            "2. No more than £17,000 of the grant may be spent on management.\n")
    got = [a for a in awards(text) if a.amount.pence == 1_700_000]
    assert got[0].part_of_line == 3


# --- A yearly sum the payer pays "separately" is its own money, not a year's share of the sum before ---------------

def test_a_sum_paid_separately_at_a_yearly_rate_is_a_grant_of_the_same_payer():
    text = ("Devon\n\nDevon County Council adds £50,000 of match funding in 2025-26, and pays separately for our "
            "work with young people, at £30,000 a year.\n")
    assert award_errors(text, {(3, 30_000): dict(role="grant", funder="local authority", part=None, start=None)}) == []


def test_a_yearly_share_of_the_sum_before_is_still_its_part():
    text = "Devon\n\nDevon County Council gives £60,000 over 2025-26 and 2026-27, £30,000 in each year.\n"
    assert award_errors(text, {(3, 30_000, "2025-26"): dict(role="part", part=3)}) == []


def test_another_body_paying_separately_is_not_the_first_payer():
    text = "Devon\n\nThe council gives £55,000, and the Rowan Trust separately gives £20,000 a year.\n"
    got = awards_by_key(text)
    a = got[(3, 20_000)]
    # a trust is outside the funder vocabulary; a rate naming no years has none (README "Yearly rates")
    assert (a.funding_role, a.funder, a.part_of_line, a.period_start) == ("grant", "", None, "")


# --- A letter's purpose opens its sentence; the relative clause on the grant after it describes the work -------------

def test_the_work_a_grant_pays_for_is_read_after_a_letters_purpose():
    text = ("Devon grant\n\n1. I am writing about your request of 2 May 2025 to vary the grant agreement, under which "
            "the Home Office awarded your office £400,000 for 2025-26 for the Oakway group programme for men "
            "(26 weeks).\n")
    kinds = {(c.component, c.duration_value) for c in read(text).components}
    assert ("group_programme", 26) in kinds


@pytest.mark.parametrize("sentence", [
    "I am writing about your request to vary the grant for the Oakway group programme for men (26 weeks).",
    "This report sets out the grant, under which this report describes the 26-week group programme for men.",
])
def test_a_letters_purpose_alone_still_describes_nothing(sentence):
    assert read("Devon grant\n\n" + sentence + "\n").components == ()


def test_spending_over_a_sum_is_a_bound_on_real_money_not_a_threshold():
    got = awards("Devon\n\nNationally, the government is spending over £7 million on schemes of this sort.\n")
    assert [(a.funding_role, a.amount.qualifier) for a in got] == [("context", "more_than")]


# --- A council joined by "and" after a commissioner's office, and "commissioned jointly by" -------------------------

@pytest.mark.parametrize("sentence", [
    "In Devon, the course is commissioned jointly by the Office of the Police and Crime Commissioner for Devon and "
    "Devon County Council.",
    "The group course is commissioned by the Office of the Police and Crime Commissioner for Devon and Devon County "
    "Council.",
])
def test_a_council_joined_after_the_commissioners_office_is_a_commissioner_too(sentence):
    roles = {(o.organisation, o.role) for o in read("Devon\n\n" + sentence + "\n").organisations}
    assert ("Office of the Police and Crime Commissioner for Devon", "commissioner") in roles
    assert ("Devon County Council", "commissioner") in roles
    assert not any(" and Devon" in name for name, _ in roles)


def test_a_commissioners_office_for_two_places_keeps_both():
    roles = {(o.organisation, o.role) for o in read(
        "Devon\n\nThe course is commissioned by the Office of the Police and Crime Commissioner for Devon and Cornwall.\n"
    ).organisations}
    assert ("Office of the Police and Crime Commissioner for Devon and Cornwall", "commissioner") in roles


def test_a_commissioner_named_as_a_persons_office_is_no_body():
    orgs = read("Devon\n\nThe course was launched by Devon Police and Crime Commissioner Jo Marsh.\n").organisations
    assert orgs == ()


# --- A brand as the subject of reported speech, described as a course or a group for someone -----------------------

@pytest.mark.parametrize("sentence, name", [
    ("Mr Hale explained that Turning Point is a 20-week behaviour change group for men living in the town.",
     "Turning Point"),
    ("The Clerk reported that Safer Paths is a 24-week course for men who harm their partners.", "Safer Paths"),
    ("Safer Paths is a 24-week course for men who harm their partners.", "Safer Paths"),
])
def test_a_brand_described_in_reported_speech_is_a_named_programme(sentence, name):
    got = [c for c in read("Minutes\n\n" + sentence + "\n").components if c.component == "named_programme"]
    assert [c.programme_name for c in got] == [name]


def test_a_brand_said_to_be_a_group_of_people_is_no_programme():
    got = [c for c in read("Minutes\n\nMrs Lee explained that Ashcombe Regis is a group of villages near the coast.\n"
                           ).components if c.component == "named_programme"]
    assert got == []


# --- A high-harm pilot or caseworker is high-harm work ---------------------------------------------------------------

@pytest.mark.parametrize("sentence, kinds", [
    ("Our only service there is a high-harm pilot in Exeter.", {"high_harm"}),
    ("The extra money pays for a second high-harm caseworker.", {"high_harm", "case_management"}),
    ("The grant funds two high harm case workers.", {"high_harm", "case_management"}),
])
def test_a_high_harm_pilot_or_caseworker_is_high_harm_work(sentence, kinds):
    got = {c.component for c in read("Devon\n\n" + sentence + "\n").components}
    assert kinds <= got


def test_a_pilot_with_no_high_harm_words_is_no_high_harm_work():
    got = {c.component for c in read("Devon\n\nThe pilot in Exeter works with families.\n").components}
    assert "high_harm" not in got


# --- "Services", plural, are what a provider delivers ----------------------------------------------------------------

def test_services_delivered_by_a_body_make_it_a_delivery_partner():
    text = ("Devon\n\nThe county got £604,000 for 2025/26. Of that money, £218,400 pays for services used by Exeter "
            "residents, all delivered by Oakway Change.\n")
    roles = {(o.organisation, o.role) for o in read(text).organisations}
    assert ("Oakway Change", "delivery_partner") in roles


def test_photographs_provided_by_a_body_still_give_no_delivery_role():
    text = "Devon\n\nThe county got £604,000 for 2025/26. The photographs were provided by Devon Police.\n"
    roles = {(o.organisation, o.role) for o in read(text).organisations}
    assert ("Devon Police", "delivery_partner") not in roles


# --- A body's own perpetrator work by its kind: "X's high-harm service" ----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Oakway Change's high-harm service took 44 referrals for Exeter men.",
    "Last year Oakway Change's stalking work saw 30 referrals.",
    "Oakway Change's perpetrator team assessed 51 men.",
])
def test_a_bodys_own_perpetrator_work_makes_it_a_delivery_partner(sentence):
    roles = {(o.organisation, o.role) for o in read("Devon\n\nThe county got £604,000 for 2025/26.\n" + sentence
                                                      + "\n").organisations}
    assert ("Oakway Change", "delivery_partner") in roles


def test_a_councils_library_service_makes_it_no_delivery_partner():
    roles = {(o.organisation, o.role) for o in read("Devon\n\nThe county got £604,000 for 2025/26.\n"
                                                      "Devon County Council's library service lent 400 books.\n").organisations}
    assert ("Devon County Council", "delivery_partner") not in roles


# --- "The award of £X (by its payer) to a body": the body receives it -----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "(a) to note the award of £4,580 by the Police and Crime Commissioner to Oakway Hub CIC;",
    "The committee noted the grant of £12,000 from the Commissioner to Oakway Hub CIC.",
])
def test_the_award_of_a_sum_to_a_body_makes_it_the_recipient(sentence):
    roles = {(o.organisation, o.role) for o in read("DEVON TOWN COUNCIL\n\n" + sentence + "\n").organisations}
    assert ("Oakway Hub CIC", "recipient") in roles


def test_an_award_of_a_sum_for_a_date_names_no_recipient():
    roles = {o.role for o in read("DEVON TOWN COUNCIL\n\nThe award of £4,580 runs to March 2026.\n").organisations}
    assert "recipient" not in roles


# --- A payer opening its clause after a time phrase; money said to have ended ----------------------------------------

@pytest.mark.parametrize("sentence, role", [
    ("Until March 2024 the Rowan Valley Trust also gave £30,000 a year towards the groups; that grant has ended.",
     "former_funder"),
    ("Until March 2024 the Rowan Valley Trust also gave £30,000 a year towards the groups.", "funder"),
    ("The Rowan Valley Trust gave £30,000 a year towards the groups, but that grant has ended.", "former_funder"),
])
def test_a_trust_giving_money_is_its_funder_or_former_funder(sentence, role):
    roles = {(o.organisation, o.role) for o in read("Devon\n\n" + sentence + "\n").organisations}
    assert ("Rowan Valley Trust", role) in roles


def test_a_council_after_a_time_phrase_is_still_no_funder_by_this_rule():
    roles = {(o.organisation, o.role) for o in read(
        "Devon\n\nUntil March 2024 the charity ran the groups alone.\n").organisations}
    assert not any(r in ("funder", "former_funder") for _, r in roles)


# --- The body employing the worker who does the perpetrator work ----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The extra £40,000 is for a second high-harm caseworker, to be employed by Oakway Change CIC from January.",
    "Both facilitators are employed by Oakway Change CIC.",
])
def test_the_employer_of_a_caseworker_or_facilitator_delivers_the_work(sentence):
    roles = {(o.organisation, o.role) for o in read("Devon\n\n" + sentence + "\n").organisations}
    assert ("Oakway Change CIC", "delivery_partner") in roles


def test_an_idvas_employer_supports_victims():
    roles = {(o.organisation, o.role) for o in read("Devon\n\nThe IDVA is employed by Devon Women's Aid.\n").organisations}
    assert ("Devon Women's Aid", "survivor_support_provider") in roles
