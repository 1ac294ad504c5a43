"""Rules added while tuning on the twenty-eighth round's releases (tuner O): invented sentences in the genres' wording
(a charity's funds note, an audit's sample of payments, a paper's report of candidates' promises), with the facts the
corpus README's conventions give them."""

from release_probe import award_errors, awards_by_key, read


# --- A charity's funds note: a units row of "£" signs, balances and movements, a Funder column ------------------

FUNDS_NOTE = """ASHWORTH FAMILY SUPPORT
Notes to the accounts for the year ended 31 March 2025

12. Restricted funds

                                             Balance at                                         Balance at
Fund                 Funder                  1 April 2024     Income   Expenditure  Transfers  31 March 2025
                                                        £          £             £          £              £
Turning Point        Home Office via PCC                -    180,400       171,900    (1,200)          7,300
Family worker        Lancashire CC                  6,100     38,000        40,500          -          3,600
Partner advocacy     Brindle Charitable Trust       2,500     19,000        21,500          -              -
Total restricted funds                              8,600    237,400       233,900    (1,200)         10,900

Turning Point. The Commissioner's office awarded the charity its Home Office money after a tender.
"""

#: the same note with its headings worded otherwise: "Spent", "Transfers between funds", "Opening balance at …"
FUNDS_NOTE_2 = (FUNDS_NOTE.replace("Balance at                                         Balance at",
                                   "Opening                                            Closing   ")
                .replace("1 April 2024     Income   Expenditure  Transfers  31 March 2025",
                         "1 April 2024     Income         Spent  Transfers  31 March 2025"))

#: near miss: the "£" signs printed on the heading row beside its words give no unit, and the bare figures stay unread
POUNDS_ON_THE_HEADING = """ASHWORTH FAMILY SUPPORT
Notes to the accounts for the year ended 31 March 2025

12. Restricted funds

                                           At 1.4.24     Income  Expenditure   At 31.3.25
Fund                 Funder                        £          £            £            £
Turning Point        Home Office via PCC           -    180,400      171,900        8,500
Family worker        Lancashire CC             6,100     38,000       40,500        3,600
"""


def test_a_pounds_units_row_reads_the_bare_figures_under_it():
    for text in (FUNDS_NOTE, FUNDS_NOTE_2):
        assert award_errors(text, {
            (9, 180400): dict(role="part", funder="Home Office", part=12, start="2024-25", end="2024-25"),
            (10, 38000): dict(role="part", funder="local authority", part=12, start="2024-25"),
            (11, 19000): dict(role="part", funder=None, part=12, start="2024-25"),
            (12, 237400): dict(role="total", funder=None, start="2024-25"),
        }) == []


def test_balances_spending_and_transfers_are_the_accounts_not_awards():
    for text in (FUNDS_NOTE, FUNDS_NOTE_2):
        got = awards_by_key(text)
        for key in ((9, 171900), (9, 1200), (9, 7300), (10, 6100), (10, 40500), (12, 233900), (12, 10900)):
            assert got[key].funding_role == "context" and not got[key].pfa_code, key
        assert got[(9, 171900)].period_start == "2024-25" and got[(9, 1200)].period_start == "2024-25"
        assert got[(10, 40500)].funder == "local authority" and not got[(11, 21500)].funder


def test_pounds_beside_the_heading_words_give_no_unit():
    assert awards_by_key(POUNDS_ON_THE_HEADING) == {}


def test_a_funder_column_names_councils_by_their_abbreviation_and_trusts_as_funders():
    found = {(o.source_line, o.organisation, o.role) for o in read(FUNDS_NOTE).organisations}
    assert (10, "Lancashire CC", "funder") in found
    assert (11, "Brindle Charitable Trust", "funder") in found


def test_fund_titles_give_no_components():
    kinds = {(c.source_line, c.component) for c in read(FUNDS_NOTE).components}
    assert not any(line in (9, 10, 11, 14) for line, _ in kinds), kinds


#: near miss: a table of services (not funds) still names its components in its labels
SERVICES_TABLE = FUNDS_NOTE.replace("Fund                 Funder", "Service              Funder").replace(
    "Partner advocacy     Brindle", "Partner support      Brindle")


def test_a_service_table_still_names_its_components():
    kinds = {(c.source_line, c.component) for c in read(SERVICES_TABLE).components}
    assert (11, "partner_support") in kinds


# --- A table row printed twice with one figure is two rows, not a page's running head ---------------------------

TWO_PAYMENTS = """Grant payments, Wiltshire, 2025-26

Ref   Provider                Funding stream      Amount (£)
A01   Kennet Change CIC       Home Office             32,500
A02   Kennet Change CIC       Home Office             32,500
A03   Avon Women's Centre     Ministry of Justice     12,000
"""


def test_two_rows_with_the_same_figure_are_both_read():
    got = awards_by_key(TWO_PAYMENTS)
    assert (4, 32500) in got and (5, 32500) in got


# --- An audit's sample of payments: what was checked, not awards --------------------------------------------------

AUDIT_SAMPLE = """Internal audit: perpetrator grants, Dorset

The Office holds a Home Office award of £520,000 for 2025-26.

Table 2: Payments sampled, 2025-26
Ref   Recipient               Funding stream        Paid (£)   Evidence held        Finding
S02   Purbeck Change CIC      Home Office             40,000   Invoice and return   -
S05   Wessex Women's Aid      Ministry of Justice      9,500   Invoice only         F1
      Total sampled                                   49,500
"""

#: the same sample with its findings column headed "Exception"
AUDIT_SAMPLE_2 = AUDIT_SAMPLE.replace("Evidence held        Finding", "Checked              Exception")

#: near miss: a statement of grants paid, with no audit's columns beside it, is money awarded
GRANTS_PAID = """Grants paid, Dorset, 2025-26

The Office holds a Home Office award of £520,000 for 2025-26.

Ref   Recipient               Funding stream        Paid (£)   Purpose
S02   Purbeck Change CIC      Home Office             40,000   Group course for men
S05   Wessex Women's Aid      Ministry of Justice      9,500   Partner support
"""


def test_payments_an_audit_sampled_are_context():
    for text in (AUDIT_SAMPLE, AUDIT_SAMPLE_2):
        assert award_errors(text, {
            (7, 40000): dict(role="context", funder="Home Office"),
            (8, 9500): dict(role="context", funder="Ministry of Justice"),
            (9, 49500): dict(role="context"),
        }) == []
        assert not awards_by_key(text)[(7, 40000)].pfa_code


def test_grants_paid_without_an_audits_columns_stay_awards():
    got = awards_by_key(GRANTS_PAID)
    assert (got[(6, 40000)].funding_role, got[(6, 40000)].funder) == ("part", "Home Office")  # not the audit's context


# --- Promises: money a candidate would give is no one's award -------------------------------------------------

PLEDGES = """Who wants to be Dorset's commissioner?

The Home Office gave Dorset £410,000 for 2024-25 for its perpetrator programme.
Jane Marlow (Labour) wants a service for stalkers. She says she would fund it with £80,000 a year from the commissioner's budget.
Peter Hale (Independent) would ring-fence £50,000 over the term for a helpline for men.
The current commissioner pledges to keep the programme running and to add £30,000 a year for partner support.
"""

#: near miss: money a commissioner has added, and a council's proposal in a report, are not promises of a candidate
NOT_PLEDGES = """Perpetrator funding in Dorset

The Home Office gave Dorset £410,000 for 2024-25 for its perpetrator programme.
The commissioner has added £30,000 from her own budget for 2024-25.
"""


def test_a_candidates_promise_is_context():
    got = awards_by_key(PLEDGES)
    for key in ((4, 80000), (5, 50000), (6, 30000)):
        assert got[key].funding_role == "context" and not got[key].pfa_code, key
    assert got[(5, 50000)].funder in ("", None)
    assert got[(3, 410000)].funding_role == "grant"


def test_money_given_is_no_promise():
    got = awards_by_key(NOT_PLEDGES)
    assert (got[(4, 30000)].funding_role, got[(4, 30000)].funder) == ("match_funding", "PCC")  # added, not promised


# --- A party's name before a person's is no part of it ------------------------------------------------------------

PARTY_BEFORE_NAME = """Dorset's commissioner

The work was begun by the current commissioner, Conservative Harriet Vane, who took office in 2021.
"""

#: near miss: a surname that is also a party's word stays
GREEN_SURNAME = """Dorset's commissioner

The work was begun by the current commissioner, Harriet Green, who took office in 2021.
"""


def test_a_party_label_before_a_name_is_dropped():
    names = {p.name for p in read(PARTY_BEFORE_NAME).people}
    assert "Harriet Vane" in names and not any(n.startswith("Conservative") for n in names)
    assert "Harriet Green" in {p.name for p in read(GREEN_SURNAME).people}


# --- Capacity: a size with no one expecting it is no outcome; a count someone expects is an expected one ----------

CAPACITY_INTRO = "The Kent commissioner has awarded £90,000 for perpetrator work.\n\n"


def _outcomes(sentence):
    return [(o.value, o.about, o.status) for o in read(CAPACITY_INTRO + sentence).outcomes]


def test_places_and_room_with_no_expectation_are_no_outcome():
    for sentence in ("Training sessions on stalking run in May, with places for 60 practitioners.",
                     "Free workshops on risk run on 3 and 17 March, with places for 40 practitioners. Book online.",
                     "The service has room for 45 men at a time.",
                     "The service will hold up to 45 men at a time."):
        assert _outcomes(sentence) == [], sentence


def test_a_count_someone_expects_is_an_expected_outcome():
    assert _outcomes("The office expects the service to hold about 45 men at a time.") == [(45.0, "perpetrators", "expected")]
    assert _outcomes("The hub aims to work with about 30 families at any one time.") == [(30.0, "families", "expected")]
    assert _outcomes("We will train practitioners, with 200 places planned.") == [(200.0, "practitioners", "expected")]


# --- A round still to come gives the text no period ----------------------------------------------------------------

NEXT_ROUND = """Perpetrator funding in Norfolk

Norfolk's commissioner was awarded £612,400 by the Home Office for 2024-25 and 2025-26.
The minister confirmed the figure of £612,400 for Norfolk.
The next round will run for three years from April 2026.
"""

#: the same with the future round worded otherwise
NEXT_ROUND_2 = NEXT_ROUND.replace("The next round will run for three years from April 2026.",
                                  "A future funding round is planned for 2026-27 to 2028-29.")


def test_a_round_to_come_lends_no_years_to_a_restated_figure():
    for text in (NEXT_ROUND, NEXT_ROUND_2):
        got = awards_by_key(text)
        assert got[(3, 612400)].period_start == "2024-25"
        assert (got[(4, 612400)].period_start, got[(4, 612400)].period_end) == ("", ""), text  # restated: no years of its own


# --- Money a grant was underspent by is a part of it, of the year named -------------------------------------------

UNDERSPENT = """Audit of perpetrator grants, Suffolk

The Office holds a Home Office award of £700,000 for 2024-25 and 2025-26, profiled as £340,000 in the first year and £360,000 in the second.
The Office underspent the first year of the Home Office award by £12,500, which the Home Office let it carry forward.
"""

#: the second year named instead
UNDERSPENT_2 = UNDERSPENT.replace("underspent the first year of the Home Office award by £12,500",
                                  "underspent the second year of its grant by £12,500")

#: near miss: a forecast underspend of a budget stays a figure about it
UNDERSPEND_FORECAST = UNDERSPENT.replace(
    "The Office underspent the first year of the Home Office award by £12,500, which the Home Office let it carry forward.",
    "The quarterly report forecasts an underspend of £12,500.")


def test_the_sum_a_grant_was_underspent_by_is_its_part():
    assert award_errors(UNDERSPENT, {(4, 12500): dict(role="part", part=3, start="2024-25", end="2024-25")}) == []
    assert award_errors(UNDERSPENT_2, {(4, 12500): dict(role="part", part=3, start="2025-26", end="2025-26")}) == []


def test_a_forecast_underspend_stays_context():
    assert awards_by_key(UNDERSPEND_FORECAST)[(4, 12500)].funding_role == "context"


# --- Own money added beside a grant is match funding; "of his own" closing the sentence stays own funding -----------

ADDED_OWN_MONEY = """Perpetrator funding in Essex

Essex received £1,046,800 from the Home Office for 2023-24 and 2024-25.
His office has added £150,000 of its own money in each of those two years.
"""

ADDED_OWN_BUDGET = ADDED_OWN_MONEY.replace("of its own money in each of those two years",
                                           "of its own budget for interpreters over the same two years")

#: near miss: "will add £X of his own" closing the sentence, as a commissioner's own money
OF_HIS_OWN = """Perpetrator funding in Essex

Essex's commissioner has been awarded £389,120 by the Home Office for 2021-22 and will add £150,000 of his own.
"""

#: near miss: her own budget for a separate service of its own stays her own funding
OWN_BUDGET_FOR_A_SERVICE = OF_HIS_OWN.replace("and will add £150,000 of his own.",
                                              "and is also adding £150,000 of her own budget for a stalking clinic.")


def test_own_money_added_beside_a_grant_is_match_funding():
    for text in (ADDED_OWN_MONEY, ADDED_OWN_BUDGET):
        assert {a.funding_role for k, a in awards_by_key(text).items() if k[0] == 4} == {"match_funding"}, text


def test_of_his_own_closing_the_sentence_is_added_to_the_grant_but_her_budget_for_a_service_is_not():
    # "will add £X of his own" after the grant in the same sentence is money added to it (README "Money added to a
    # grant"; essex-pfcc-2021-08 was relabelled so in the twenty-fifth session); her budget "for a stalking clinic"
    # pays for a service of its own
    assert awards_by_key(OF_HIS_OWN)[(3, 150000)].funding_role == "match_funding"
    assert awards_by_key(OWN_BUDGET_FOR_A_SERVICE)[(3, 150000)].funding_role == "own_funding"


# --- "each man works with a case manager for up to N months": the case manager's length, and a high-harm service named
# on the line lasts it too (README "Length of a case-managed high-harm service", ruled in the twenty-seventh session) --

def _kinds_of(sentence):
    text = "The Kent commissioner has awarded £90,000 for perpetrator work.\n\n" + sentence
    return {c.component: (c.duration_value, c.duration_unit, c.cohorts) for c in read(text).components}


def test_a_case_managers_length_is_the_named_services_too():
    for sentence, months in (("The money pays for a Drive-style service for the highest-harm perpetrators, in which each man "
                              "works with a case manager for up to 14 months.", 14),
                             ("It funds a service for the most harmful perpetrators in Hull, where every man works with his "
                              "own case manager for up to 10 months.", 10)):
        kinds = _kinds_of(sentence)
        assert kinds["high_harm"][:2] == (months, "month"), kinds
        assert kinds["case_management"][:2] == (months, "month"), kinds
        assert "men" not in kinds["high_harm"][2], kinds


def test_a_service_that_lasts_keeps_its_length():
    kinds = _kinds_of("The money pays for a Drive-style service lasting up to 14 months, with a case manager for each man.")
    assert kinds["high_harm"][:2] == (14, "month"), kinds


# --- "the annual report lists his top-up for that year as £X": the same money stated two ways ----------------------

LISTED_AS = """Perpetrator funding in Essex

Essex received £1,046,800 from the Home Office for 2023-24 and 2024-25.
His office has added £150,000 of its own money in each of those two years.
A rival points out that the commissioner's 2023-24 annual report lists his top-up for that year as £126,000.
"""

RECORDS_AS = LISTED_AS.replace("lists his top-up for that year as", "records the top-up for 2023-24 as")

#: near miss: a second sum of other money, not said to be the same money stated elsewhere
ANOTHER_SUM = LISTED_AS.replace("annual report lists his top-up for that year as £126,000",
                                "annual report shows spending on victims' services of £126,000 in Colchester")


def test_a_figure_listed_elsewhere_differently_is_a_conflict():
    for text in (LISTED_AS, RECORDS_AS):
        kinds = {(c.kind, c.lines) for c in read(text).conflicts}
        assert ("different_amount", (4, 5)) in kinds, kinds


def test_another_sum_is_no_conflict():
    assert not [c for c in read(ANOTHER_SUM).conflicts if c.kind == "different_amount"]
