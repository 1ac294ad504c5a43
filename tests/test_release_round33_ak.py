"""Rules added while tuning the thirty-third round's releases (tuner AK): invented sentences, with the facts the corpus
README's conventions give them (never the corpus text)."""

import pytest

from funding.parse.releases.places import find_areas
from release_probe import awards_by_key, read

_LEAD = "Westshire perpetrator funding\n\nThe Kent Police and Crime Commissioner funds perpetrator programmes.\n\n"

_LOTS = ("The money covers three years, 1 April 2026 to 31 March 2029:\n\n"
         "| Lot | Service | Budget |\n|---|---|---|\n| 1 | Weekly group course | £900,000 |\n"
         "| 2 | Case work with the highest-risk men | £300,000 |\n| | **Total** | **£1,200,000** |\n\n")


def _lot_funders(text):
    got = awards_by_key(text)
    return [got[(line, pounds)].funder for line, pounds in ((9, 900000), (10, 300000), (11, 1200000))]


# --- A sentence with no figure naming several payers in one list after "funded by" / "paid for by": the money it is
# about is paid for by them together, so figures naming no payer of their own are no one payer's ---------------------

@pytest.mark.parametrize("sentence", [
    "The service is funded by the Home Office, the Commissioner and Kent County Council.",
    "These lots are paid for by the Ministry of Justice and Medway Council.",
    "The new contract will be financed jointly by the Home Office and the Commissioner.",
])
def test_a_list_of_payers_after_funded_by_leaves_unnamed_figures_with_none(sentence):
    assert _lot_funders(_LEAD + _LOTS + sentence + "\n") == ["", "", ""]


@pytest.mark.parametrize("sentence", [
    "The service is funded by the Home Office and run by Kent County Council.",
    "The service is funded by the Home Office through the Commissioner.",
    "The service is funded by the Home Office.",
])
def test_one_payer_after_funded_by_still_pays_the_unnamed_figures(sentence):
    # (near-misses: a list cut off by another verb or a route names one payer)
    assert _lot_funders(_LEAD + _LOTS + sentence + "\n") == ["Home Office"] * 3


# --- A bound saying which grants a register holds ("every grant of £X or more") or who approves a class of them
# ("Grants under £X are approved by …"): no money given ------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "This page lists every grant of £2,500 or more made since April 2024.",
    "The register shows each payment over £500 to a provider.",
    "Grants under £20,000 are approved by the deputy commissioner; bigger ones by the Commissioner.",
    "Contracts above £75,000 are signed off by the commissioner's finance board.",
])
def test_a_bound_on_a_class_of_grants_is_no_money(sentence):
    got = read(_LEAD + sentence + "\n\nThe Home Office grant to Kent is £300,000 for 2025-26.\n").awards
    assert [(a.source_line, a.amount.pence // 100) for a in got] == [(7, 300000)]


@pytest.mark.parametrize("sentence, pounds", [
    ("The register lists a grant of £12,000 to a course provider in Kent.", 12000),
    ("The commissioner gave each of the groups £2,500 last year.", 2500),
])
def test_one_grant_named_in_a_register_note_is_still_money(sentence, pounds):
    # (near-misses: one grant, not a class bounded by the figure)
    got = awards_by_key(_LEAD + sentence + "\n")
    assert (5, pounds) in got


# --- A district's name opening a youth or family charity's name places nothing --------------------------------------

@pytest.mark.parametrize("text", ["Paid to Hart Youth and Families", "Wyre Family Project runs the course",
                                  "Delivered by Mole Valley Families Trust"])
def test_a_district_opening_a_youth_or_family_charitys_name_places_nothing(text):
    assert find_areas(text) == []


@pytest.mark.parametrize("text, code", [("Work with families in Hart", "E23000030"),
                                        ("Kent Youth Service runs it", "E23000032")])
def test_a_place_beside_family_or_youth_words_still_places(text, code):
    # (near-misses: the district after "in", and a force area's own name, still place)
    assert {c for _, _, c in find_areas(text)} == {code}


# --- Comma-separated registers: a description cell longer than 120 characters under the header still reads as a
# row; the title or description column calling a row match funding makes it match funding; rows naming only
# everyday words in a register about the work pay for something else ------------------------------------------------

_CSV_HEAD = ("Office of the Police and Crime Commissioner for Kent\nRegister of grants\n\n"
             "Ref,Title,Description,Amount (£),Recipient,Start,End,Source\n")


def _csv(*rows):
    return read(_CSV_HEAD + "\n".join(rows) + "\n").awards


def test_a_long_description_cell_still_reads_as_a_register_row():
    long_cell = ("Workshops over two days for 80 staff from schools, GP surgeries and housing teams on spotting and "
                 "answering abusive behaviour at home")
    assert len(long_cell) > 120
    got = _csv("K-01,Group course,\"Weekly group course for men who abuse partners\",300000,Alpha CIC,2024-04-01,"
               "2025-03-31,Home Office perpetrator fund",
               f"K-02,Staff workshops,\"{long_cell}\",9900,Beta Ltd,2024-06-01,2025-03-31,PCC Community Safety Fund",
               "K-03,Phone line,\"Helpline for people worried about their abusive behaviour\",15000,Gamma Ltd,"
               "2024-05-01,2025-03-31,PCC Community Safety Fund")
    assert [(a.source_line, a.amount.pence // 100, a.funder) for a in got] == [
        (5, 300000, "Home Office"), (6, 9900, "PCC"), (7, 15000, "PCC")]


@pytest.mark.parametrize("title, description, role", [
    ("Course match funding", "Commissioner's money added to K-01", "match_funding"),
    ("Course top-up", "Commissioner's match funding for K-01", "match_funding"),
    ("Partner support", "Support worker for partners of men on K-01", "own_funding"),
])
def test_a_register_rows_title_or_description_naming_match_funding(title, description, role):
    got = _csv("K-01,Group course,\"Weekly group course for men who abuse partners\",300000,Alpha CIC,2024-04-01,"
               "2025-03-31,Home Office perpetrator fund",
               f"K-02,{title},\"{description}\",40000,Alpha CIC,2024-04-01,2025-03-31,PCC Community Safety Fund",
               "K-03,Stalking work,\"One-to-one work with people who stalk\",50000,Beta Ltd,2024-04-01,2025-03-31,"
               "PCC Community Safety Fund")
    assert {a.source_line: a.funding_role for a in got}[6] == role


def test_register_rows_naming_only_everyday_words_beside_the_work_are_dropped():
    got = _csv("K-01,Group course,\"Weekly group course for men who abuse partners\",300000,Alpha CIC,2024-04-01,"
               "2025-03-31,Home Office perpetrator fund",
               "K-02,Boxing club,\"Evening boxing sessions for young people in Dover\",9000,Delta Club,2024-04-01,"
               "2025-03-31,PCC Community Safety Fund",
               "K-03,Bike marking,\"Marking kits for six cycling groups\",4000,Epsilon Watch,2024-04-01,2025-03-31,"
               "PCC Community Safety Fund",
               "K-04,Family work,\"Whole-family worker for households on K-01\",30000,Zeta Trust,2024-04-01,"
               "2025-03-31,PCC Community Safety Fund",
               "K-05,Staff training,\"Training for GPs to ask about home life\",8000,Eta Ltd,2024-04-01,2025-03-31,"
               "PCC Community Safety Fund")
    assert sorted(a.source_line for a in got) == [5, 8, 9]


def test_everyday_words_stay_in_a_register_that_never_names_the_work_itself():
    # (near-miss: no row names abuse, perpetrators or violence, so the rows are read as before)
    got = _csv("K-01,Group course,\"Weekly group course for men\",300000,Alpha CIC,2024-04-01,2025-03-31,"
               "Home Office perpetrator fund",
               "K-02,Youth sessions,\"Evening sessions for young people\",9000,Delta Club,2024-04-01,2025-03-31,"
               "PCC Community Safety Fund",
               "K-03,Support groups,\"Peer support groups\",4000,Epsilon Trust,2024-04-01,2025-03-31,"
               "PCC Community Safety Fund")
    assert sorted(a.source_line for a in got) == [5, 6, 7]


# --- A chart's bracketed caption in extracted print is a caption: its figure is no fact -----------------------------

@pytest.mark.parametrize("caption", ["[Pie chart: what the £31.2m pays for]", "[Bar chart: the £31.2m by service]",
                                     "[Infographic: £31.2m in numbers]"])
def test_a_bracketed_chart_caption_holds_no_fact(caption):
    got = read(_LEAD + caption + "\n\nThe Home Office grant to Kent is £300,000 for 2025-26.\n").awards
    assert [(a.source_line, a.amount.pence // 100) for a in got] == [(7, 300000)]


def test_a_bracketed_note_that_is_no_chart_is_still_read():
    # (near-miss: square brackets around a sentence that is no caption of a picture)
    got = read(_LEAD + "[Update: the Home Office grant to Kent is £300,000 for 2025-26.]\n").awards
    assert [(a.source_line, a.amount.pence // 100) for a in got] == [(5, 300000)]


# --- A force's or council's whole budget (net revenue budget, council tax precept, government grants) is no
# perpetrator money ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("block", [
    "OUR BUDGET\nNet revenue budget 2025/26        £310.4m\n  Central government grants       £190.1m\n"
    "  Council tax precept             £120.3m\n",
    "AT A GLANCE\nGross budget 2025/26             £275.0m\n  Council tax precept            £99.9m\n",
])
def test_a_whole_forces_budget_is_no_fact(block):
    got = read(_LEAD + block + "\nThe Home Office grant to Kent is £300,000 for 2025-26.\n").awards
    assert [a.amount.pence // 100 for a in got] == [300000]


@pytest.mark.parametrize("sentence, pounds", [
    ("The council tax precept pays £250,000 towards the course.", 250000),
    ("Nationally the Home Office pot comes to £64m for all forces in England and Wales.", 64000000),
])
def test_smaller_sums_and_national_funds_beside_budget_words_stay(sentence, pounds):
    # (near-misses: a sentence with a verb around a sum far below a whole budget's size, and a national fund read as
    # context; a budget block's rows of any size are in tests/test_conventions_s30.py)
    got = read(_LEAD + sentence + "\n").awards
    assert pounds in [a.amount.pence // 100 for a in got]


# --- A lead-in saying the list under it is "not part of" a sum opens no list of its pieces -------------------------

def test_a_list_said_not_to_be_part_of_a_sum_is_no_division_of_it():
    text = (_LEAD + "For 2025-26 the course has a budget of £400,000 from the Home Office.\n\n"
            "Other bodies pay for some of the work, which is not part of the £400,000 above:\n"
            "  - The Ministry of Justice pays £90,000 in 2025-26 for advocates.\n"
            "  - Medway Council pays £15,000 a year towards a phone line.\n")
    got = awards_by_key(text)
    assert [(got[(8, 90000)].funding_role, got[(8, 90000)].part_of_line),
            (got[(9, 15000)].funding_role, got[(9, 15000)].part_of_line)] == [("grant", None), ("grant", None)]


def test_a_list_said_to_make_up_a_sum_still_divides_it():
    # (near-miss: the same list under a lead-in saying it is how the sum is paid)
    text = (_LEAD + "For 2025-26 the course has a budget of £105,000, paid for as follows:\n"
            "  - The Ministry of Justice pays £90,000 for advocates.\n"
            "  - Medway Council pays £15,000 towards a phone line.\n")
    got = awards_by_key(text)
    assert [got[(6, 90000)].part_of_line, got[(7, 15000)].part_of_line] == [5, 5]


# --- An office's own running costs (accommodation recharges, rent, utilities, reviews of complaints handling or its
# estates) and a request for a bounded class of payments are no perpetrator money ----------------------------------

@pytest.mark.parametrize("sentence", [
    "The office pays the force a recharge of £41,000 a year for its rooms, covering heating and cleaning.",
    "We paid £9,400 to an adviser for a review of our complaints handling.",
    "You asked us for payments of more than £10,000 to suppliers in 2024-25.",
])
def test_office_running_costs_and_request_bounds_are_no_money(sentence):
    got = read(_LEAD + sentence + "\n\nThe Home Office grant to Kent is £300,000 for 2025-26.\n").awards
    assert [a.amount.pence // 100 for a in got] == [300000]


def test_money_for_survivors_rent_is_still_read():
    # (near-miss: a running-cost word beside the work itself)
    got = read(_LEAD + "The commissioner pays £20,000 towards rent deposits for survivors of domestic abuse.\n").awards
    assert [a.amount.pence // 100 for a in got] == [20000]


# --- Money "for this year" takes no period, not even the one year the text prints elsewhere (README, "This year") --

@pytest.mark.parametrize("clause, years", [
    ("has confirmed £250,000 for this year", (None, None)),
    ("has confirmed £250,000 for the current year", (None, None)),
    ("has confirmed £250,000 for 2025-26", ("2025-26", "2025-26")),
])
def test_money_for_this_year_has_no_period(clause, years):
    text = _LEAD + "In 2023-24 the course had £200,000.\n\nThe Home Office " + clause + ".\n"
    got = awards_by_key(text)[(7, 250000)]
    assert (got.period_start or None, got.period_end or None) == years


# --- A listed piece naming no years of its own, under a whole over several years, with its yearly rate in brackets
# ("- £500,000 from the Home Office (£250,000 a year)"): one part a year of that piece -------------------------------

def test_a_bracketed_yearly_rate_of_a_listed_piece_is_one_part_a_year():
    text = (_LEAD + "For 2025/26 and 2026/27 the service has a budget of £800,000, made up of:\n"
            "  - £500,000 from the Home Office (£250,000 a year)\n  - £300,000 from my own budget\n")
    got = [(a.source_line, a.amount.pence // 100, a.funding_role, a.part_of_line, a.period_start)
           for a in read(text).awards if a.source_line == 6]
    assert got == [(6, 500000, "part", 5, "2025-26"), (6, 250000, "part", 6, "2025-26"),
                   (6, 250000, "part", 6, "2026-27")]


def test_a_bracketed_rate_under_a_one_year_whole_is_not_split():
    # (near-miss: the whole is for one year, so the bracket is no yearly share of a span)
    text = (_LEAD + "For 2025/26 the service has a budget of £800,000, made up of:\n"
            "  - £500,000 from the Home Office (£250,000 a year)\n  - £300,000 from my own budget\n")
    assert len([a for a in read(text).awards if a.source_line == 6 and a.amount.pence == 25000000]) <= 1


# --- A council's team, service or department said to agree a sum ("Kent County Council's public health team has
# agreed £X") pays it for the council ----------------------------------------------------------------------------

@pytest.mark.parametrize("subject", ["Medway Council's public health team has agreed",
                                     "Medway Council's children's services department now pays"])
def test_a_councils_team_agreeing_a_sum_is_the_council_paying(subject):
    got = awards_by_key(_LEAD + subject + " £45,000 a year towards the helpline.\n")
    assert got[(5, 45000)].funder == "local authority"


def test_a_councils_team_agreeing_to_something_else_names_no_payer():
    # (near-miss: the team agrees that another body pays)
    got = awards_by_key(_LEAD + "Medway Council's public health team has agreed that the commissioner pays £45,000 a "
                        "year towards the helpline.\n")
    assert got[(5, 45000)].funder != "local authority"


# --- A sum a provider receives ("X provides it and receives £48,000 a year for it") is no restatement of a grant of
# about the same size stated earlier, so it does not borrow that grant's payer ---------------------------------------

def test_a_providers_receipt_does_not_borrow_a_nearby_grants_payer():
    text = (_LEAD + "Medway Council has agreed £45,000 a year towards the helpline.\n\n"
            "Partner support may be subcontracted. Oak Women's Aid does it now and receives £48,000 a year for it.\n")
    assert awards_by_key(text)[(7, 48000)].funder == ""


def test_an_area_receiving_a_sum_still_restates_the_grant():
    # (near-miss: the subject receiving is the area, so the sum is its grant stated again)
    text = (_LEAD + "The Home Office has given Kent £300,000 for the course.\n\nKent receives £298,000 after fees.\n")
    assert awards_by_key(text)[(7, 298000)].funder == "Home Office"


# --- "£A and £B respectively in each of the three years": the yearly rate is every listed figure's ----------------
# --- and one-year sums of a sentence naming a table row ("Lot 1", "Lots 2 and 3 … respectively") that add up to that
# row's figure are its per-year profile --------------------------------------------------------------------------

_LOT_TABLE = ("The budget covers three years, 1 April 2026 to 31 March 2029:\n\n"
              "| Lot | Service | Budget |\n|---|---|---|\n| 1 | Group course for men | £960,000 |\n"
              "| 2 | Case work with high-harm men | £420,000 |\n| 3 | Child-to-parent work | £150,000 |\n"
              "| | **Total** | **£1,530,000** |\n\n")


def _parts_on(text, line):
    return sorted((a.amount.pence // 100, a.period_start, a.funding_role, a.part_of_line)
                  for a in read(text).awards if a.source_line == line)


def test_a_list_of_figures_respectively_a_year_are_each_yearly():
    text = _LEAD + "The term runs from April 2026 to March 2029.\n\nThe two strands get £40,000 and £25,000 " \
        "respectively in each of the three years.\n"
    got = sorted((a.amount.pence // 100, a.period_start) for a in read(text).awards if a.source_line == 7)
    assert got == [(25000, "2026-27"), (25000, "2027-28"), (25000, "2028-29"),
                   (40000, "2026-27"), (40000, "2027-28"), (40000, "2028-29")]


def test_a_list_of_figures_respectively_with_no_rate_is_not_yearly():
    # (near-miss: "respectively" with no yearly rate after it)
    text = _LEAD + "The term runs from April 2026 to March 2029.\n\nThe two strands get £40,000 and £25,000 respectively.\n"
    assert len([a for a in read(text).awards if a.source_line == 7]) == 2


def test_yearly_sums_naming_a_table_row_are_its_profile():
    text = _LEAD + _LOT_TABLE + "Lot 1 is phased as £300,000 in 2026/27, £320,000 in 2027/28 and £340,000 in 2028/29.\n"
    assert _parts_on(text, 14) == [(300000, "2026-27", "part", 9), (320000, "2027-28", "part", 9),
                                   (340000, "2028-29", "part", 9)]


def test_two_rows_named_with_respectively_pair_their_yearly_sums():
    text = _LEAD + _LOT_TABLE + "Lots 2 and 3 stay level at £140,000 and £50,000 respectively in each of the three years.\n"
    got = _parts_on(text, 14)
    assert [(p, r, w) for p, _, r, w in got] == [(50000, "part", 11)] * 3 + [(140000, "part", 10)] * 3


@pytest.mark.parametrize("sentence", [
    "Lot 1 is phased as £300,000 in 2026/27, £320,000 in 2027/28 and £330,000 in 2028/29.",  # (sums to £950,000)
    "Lot 4 is phased as £300,000 in 2026/27, £320,000 in 2027/28 and £340,000 in 2028/29.",  # (no such row)
])
def test_yearly_sums_that_miss_the_named_row_are_left_alone(sentence):
    assert all(role != "part" for _, _, role, _ in _parts_on(_LEAD + _LOT_TABLE + sentence + "\n", 14))


# --- Organisations: a register row set aside as other work names no recipient; a charity named for the people it
# serves ("X Youth and Families") is one name; a body paid for an office's running costs is no recipient -------------

def _orgs(text):
    return sorted((o.source_line, o.organisation, o.role) for o in read(text).organisations)


def test_a_register_row_of_other_work_names_no_recipient():
    got = _orgs(_CSV_HEAD + "K-01,Group course,\"Weekly group course for men who abuse partners\",300000,Alpha CIC,"
                "2024-04-01,2025-03-31,Home Office perpetrator fund\n"
                "K-02,Boxing club,\"Evening boxing sessions for young people in Dover\",9000,Delta Boxing Club,"
                "2024-04-01,2025-03-31,PCC Community Safety Fund\n"
                "K-03,Stalking work,\"One-to-one work with people who stalk\",50000,Beta Ltd,2024-04-01,2025-03-31,"
                "PCC Community Safety Fund\n")
    assert [o for o in got if o[2] == "recipient"] == [(5, "Alpha CIC", "recipient"), (7, "Beta Ltd", "recipient")]


@pytest.mark.parametrize("name", ["Tarn Youth and Families", "Brook Parents and Children"])
def test_a_charity_named_for_the_people_it_serves_is_one_name(name):
    got = _orgs(_LEAD + f"The commissioner has given {name} £38,000 for work with young people who harm their "
                "parents.\n")
    assert (5, name, "recipient") in got


def test_a_body_paid_for_an_offices_running_costs_is_no_recipient():
    got = _orgs(_LEAD + "The office pays Medway Estates Ltd a recharge of £41,000 a year for rooms, heating and "
                "cleaning.\n\nThe commissioner pays Oak Change CIC £60,000 for the course.\n")
    assert [o for o in got if o[2] == "recipient"] == [(7, "Oak Change CIC", "recipient")]


# --- A number naming a tender's lot, a plan's strand or stage ("Lot 3 is for young people") is no count of people ---

@pytest.mark.parametrize("sentence", ["Lot 3 is for young people aged 11 to 16 who harm a parent.",
                                      "Does Lot 2 include support for partners?",
                                      "Strand 2 works with fathers on the course."])
def test_a_lot_or_strand_number_is_no_count(sentence):
    assert [o.value for o in read(_LEAD + sentence + "\n").outcomes] == []


def test_a_count_after_a_lot_number_is_still_a_count():
    # (near-miss: the count of men is read, the lot's number is not)
    got = read(_LEAD + "Lot 2 works with 35 men a year.\n").outcomes
    assert [o.value for o in got] == [35.0]


# --- Components: a one-word programme name that has a budget of its own is the programme again; "a support worker for
# his partner" is partner support ------------------------------------------------------------------------------------

def _kinds(text, line):
    return sorted((c.component, c.programme_name) for c in read(text).components if c.source_line == line)


def test_a_one_word_programme_with_a_budget_is_named_again():
    text = (_LEAD + "Harbourline is a 24-week group course for men who abuse a partner.\n\n"
            "For 2025/26 and 2026/27 Harbourline has a budget of £800,000.\n")
    assert ("named_programme", "Harbourline") in _kinds(text, 7)


def test_a_one_word_programme_merely_mentioned_beside_money_is_not():
    # (near-miss: the sum is not the programme's budget)
    text = (_LEAD + "Harbourline is a 24-week group course for men who abuse a partner.\n\n"
            "Before Harbourline, the office spent £800,000 on roads.\n")
    assert ("named_programme", "Harbourline") not in _kinds(text, 7)


@pytest.mark.parametrize("phrase, kind", [
    ("with a support worker for his partner or ex-partner", True),
    ("with a support worker for her ex-partner", True),
    ("with a support worker for his own housing needs", False),
])
def test_a_support_worker_for_his_partner_is_partner_support(phrase, kind):
    text = _LEAD + f"The course is 24 weeks long for men who have been abusive, {phrase}.\n"
    assert (("partner_support", "") in _kinds(text, 5)) is kind
