"""Review of the thirty-second session's amount rules (first fixer): each misread invented text beside the reading
the corpus README's conventions give it (never corpus text)."""

import pytest

from release_probe import award_errors, awards_by_key


# --- 9. bare figures are pounds only in a captioned block's money fields, not in every field to the text's end ----

_ANNUAL = ("Safe Futures CIC annual review\n\nWe run the course for men who abuse their partners in Kent.\n\n{caption}\n\n"
           "| Funder | 2025-26 |\n|---|---|\n| Home Office | 120,000 |\n| Kent County Council | 30,000 |\n\n"
           "We worked with 86 men this year.\n\n{fields}\n")


@pytest.mark.parametrize("caption, fields", [
    ("Income by funder (£)", "Company number: 08123456\nCharity number: 1098765"),
    ("All figures in £", "Year founded: 2019\nCalls answered: 1,240\nSessions delivered: 1,320\nHours of support: 2,400"),
])
def test_fields_after_a_pounds_caption_block_are_no_sums(caption, fields):
    got = awards_by_key(_ANNUAL.format(caption=caption, fields=fields))
    assert sorted(got) == [(9, 120000), (10, 30000)]


# --- 4. a numbered item naming no abuse work keeps a sentence of its own about a grant --------------------------

def test_a_decision_item_accepting_a_grant_is_read():
    text = ("Record of decision\n\nThe Kent Police and Crime Commissioner has made the following decisions.\n\n"
            "Decision 1: To commission Safe Futures CIC to deliver the domestic abuse perpetrator programme from April "
            "2025.\n\nDecision 2: To accept the Home Office grant of £300,000 for 2025-26 and to add £40,000 from the "
            "Commissioner's own budget as match funding.\n")
    assert award_errors(text, {(7, 300000): dict(role="grant", funder="Home Office", start="2025-26"),
                               (7, 40000): dict(role="match_funding", funder="PCC")}) == []


def test_a_minutes_item_on_the_budget_keeps_its_grant():
    text = ("Police and Crime Panel minutes\n\nItem 4: Domestic abuse perpetrator programme\n\nThe panel heard that 40 "
            "men had started the course in Kent.\n\nItem 5: Commissioner's budget\n\nThe Commissioner confirmed that the "
            "Home Office has awarded Kent £300,000 for 2025-26 for the course.\n")
    assert award_errors(text, {(9, 300000): dict(role="grant", funder="Home Office", start="2025-26")}) == []


# --- 3. campaign material: not a headline, a tracker's "Delivering my promises" or an office's imprint -----------

_KEPT = ("Commissioner keeps manifesto pledge on perpetrator work\n\nThe Kent Police and Crime Commissioner has received "
         "£300,000 from the Home Office for 2025-26 to run a behaviour change course for men who abuse their partners, "
         "a promise she made before the 2024 election.\n\nShe has added £40,000 from her own budget as match funding.\n")


def test_a_headline_about_a_kept_pledge_is_no_pledges_heading():
    assert award_errors(_KEPT, {(3, 300000): dict(role="grant", funder="Home Office", start="2025-26"),
                                (5, 40000): dict(role="match_funding", funder="PCC")}) == []
    assert {a.pfa_code for a in awards_by_key(_KEPT).values()} == {"E23000032"}


def test_a_delivering_my_promises_heading_reports_money_given():
    text = ("Annual report 2024-25\n\n## Delivering my promises\n\nSince my election I have secured £300,000 from the "
            "Home Office for 2025-26 for the Kent course for men who abuse their partners.\n")
    assert award_errors(text, {(5, 300000): dict(role="grant", funder="Home Office", start="2025-26")}) == []


def test_an_offices_imprint_for_a_partnership_is_no_election_imprint():
    text = ("Kent partnership plan\n\nThe Kent Community Safety Partnership funds work with men who abuse their partners. "
            "We will put £40,000 of partnership money into a course for men who abuse their partners in 2025-26.\n\n"
            "Published by the Office of the Kent Police and Crime Commissioner on behalf of the Kent Community Safety "
            "Partnership.\n")
    assert award_errors(text, {(3, 40000): dict(role="grant", start="2025-26")}) == []


# --- 5. a spending field's label begins with spending and names no award, receipt, approval, grant or payer -------

def test_grant_received_and_money_claimed_from_a_council_are_no_spending():
    text = ("Grant report\n\nThis is the report of Safe Futures CIC on the Kent course for men who abuse their partners.\n\n"
            "Funder: Home Office\nGrant applied for: £130,000\nActual grant received in 2025-26: £120,000\n"
            "Claimed from Kent County Council towards the crèche: £8,000\n")
    assert award_errors(text, {(7, 120000): dict(role="grant", funder="Home Office", start="2025-26"),
                               (8, 8000): dict(role="grant", funder="local authority")}) == []


@pytest.mark.parametrize("fields, line", [
    ("Recipient: Safe Futures CIC\nAmount paid: £60,000\nDate paid: 1 April 2025", 6),
    ("Paid to Safe Futures CIC: £60,000 on 1 April 2025", 5),
])
def test_an_amount_paid_is_a_grant(fields, line):
    text = ("Grant payment notice\n\nThe Kent Police and Crime Commissioner has paid a grant to Safe Futures CIC for its "
            f"domestic abuse perpetrator programme.\n\n{fields}\n")
    assert award_errors(text, {(line, 60000): dict(role="grant")}) == []


def test_spend_approved_under_a_funding_field_is_a_grant():
    text = ("Grant summary\n\nSafe Futures CIC runs the Kent course for men who abuse their partners.\n\n"
            "Funding: Home Office grant\nSpend approved: £120,000\n")
    assert award_errors(text, {(6, 120000): dict(role="grant", funder="Home Office")}) == []


# --- 8. a payments list's row opening "REF 40211 |" is no forward plan's item heading ----------------------------

_PAYMENTS = ("Kent OPCC payments over £500, June 2025\n\nThe Kent Police and Crime Commissioner publishes every payment "
             "over £500.\n\n{rows}\n")


def test_payments_rows_opened_by_a_reference_are_read():
    rows = ("Ref | Date | Supplier | Purpose | Amount\n--- | --- | --- | --- | ---\nREF 40211 | 03/06/2025 | Safe Futures "
            "CIC | Domestic abuse perpetrator programme | £21,500\nREF 40212 | 10/06/2025 | Kent Women's Aid | Partner "
            "support for the course | £8,400")
    got = awards_by_key(_PAYMENTS.format(rows=rows))
    assert {k: (a.funding_role, a.pfa_code) for k, a in got.items()} == {
        (7, 21500): ("grant", "E23000032"), (8, 8400): ("grant", "E23000032")}


def test_a_single_reference_row_is_read():
    rows = "Ref. 2025/01 | Safe Futures CIC | Domestic abuse perpetrator programme | £21,500"
    assert award_errors(_PAYMENTS.format(rows=rows), {(5, 21500): dict(role="grant")}) == []


# --- 1. a further sum is a bid only after a modal or an open question, never one won or received ----------------

@pytest.mark.parametrize("sentence, funder", [
    ("The Kent Police and Crime Commissioner has successfully bid for another £150,000 from the Home Office for "
     "2025-26.", "Home Office"),
    ("Kent won its bid for a further £150,000 for 2025-26.", None),
])
def test_a_further_sum_won_is_a_grant(sentence, funder):
    got = awards_by_key(f"Kent funding\n\n{sentence}\n")
    a = got[(3, 150000)]
    assert (a.funding_role, a.funder or None, a.pfa_code, a.period_start) == ("grant", funder, "E23000032", "2025-26")


def test_a_second_sum_applied_for_and_received_is_a_grant():
    text = ("Kent funding\n\nKent applied for a second £150,000 grant from the Home Office, which it received in "
            "April 2025.\n")
    assert award_errors(text, {(3, 150000): dict(role="grant", funder="Home Office")}) == []


def test_whether_to_bid_for_a_further_sum_is_still_context():
    text = ("Kent funding\n\nIn the spring the Kent commissioner will weigh whether to bid for a further £700,000, "
            "this time from the Ministry of Justice.\n")
    assert award_errors(text, {(3, 700000): dict(role="context")}) == []


# --- 2. a gap or difference someone makes up, meets or pays from a budget is that payer's money ------------------

def test_a_council_making_up_the_difference_is_council_money():
    text = ("Kent funding\n\nThe Home Office has given Kent £280,000 for 2025-26. The course costs £300,000, and Kent "
            "County Council will make up the difference of £20,000 from its own budget.\n")
    got = awards_by_key(text)
    assert (got[(3, 20000)].funding_role, got[(3, 20000)].funder, got[(3, 20000)].pfa_code) == (
        "grant", "local authority", "E23000032")


def test_a_commissioner_meeting_the_gap_is_own_funding():
    text = ("Kent funding\n\nThe Home Office has given the Kent Police and Crime Commissioner £280,000 for 2025-26. The "
            "Commissioner will meet the gap of £20,000 from her own budget.\n")
    assert award_errors(text, {(3, 20000): dict(role="own_funding", funder="PCC")}) == []


def test_an_unexplained_gap_is_still_context():
    text = ("Kent funding\n\nThe Home Office gave Kent £280,000 but the council reported £271,000. That gap of £9,000 "
            "has never been explained.\n")
    assert award_errors(text, {(3, 9000): dict(role="context")}) == []


# --- 6. "I have set aside £X in the budget" is a commissioner's own budget only when a commissioner writes --------

@pytest.mark.parametrize("text, funder", [
    ("Kent County Council news\n\nKent County Council is funding a new course for men who abuse their partners. "
     "Councillor Jane Ashby, cabinet member for communities, said in her column: I have set aside £50,000 in the "
     "2026-27 budget for the course.\n", "local authority"),
    ("Safe Futures Trust news\n\nThe trust runs the Kent course for men who abuse their partners. Its chair, Ann Lee, "
     "said: I have set aside £20,000 in the budget for next year.\n", None),
])
def test_a_councillors_or_chairs_set_aside_is_no_commissioners_own_funding(text, funder):
    a = [a for a in awards_by_key(text).values() if a.source_line == 3][0]
    assert (a.funding_role, a.funder or None) == ("grant", funder)


def test_a_commissioners_set_aside_is_still_own_funding():
    text = ("Kent Police and Crime Commissioner: my year\n\nThe Home Office gave Kent £300,000 for the course for men who "
            "abuse their partners. To keep a second case manager in post I have set aside £72,500 in the 2024-25 "
            "budget.\n")
    assert award_errors(text, {(3, 72500): dict(role="own_funding", funder="PCC")}) == []


# --- 7. a bracket sums kinds of money only when it names two kinds or payers, not two years or pieces of work ----

@pytest.mark.parametrize("bracket, start, end", [
    ("(2025-26 and 2026-27 together)", "2025-26", "2026-27"),
    ("(for the course and its evaluation combined)", None, None),
])
def test_a_bracket_of_years_or_work_keeps_the_payer(bracket, start, end):
    text = (f"Kent funding\n\nThe Home Office has awarded the Kent Police and Crime Commissioner £600,000 {bracket} for "
            "the perpetrator course.\n")
    assert award_errors(text, {(3, 600000): dict(role="grant", funder="Home Office", start=start, end=end)}) == []


# --- 10. "means" defines a class by a bound only as the definition's frame ("means any contract …") -------------

@pytest.mark.parametrize("sentence, pounds", [
    ("The Home Office decision means grants of more than £300,000 will keep the Kent perpetrator course running in "
     "2025-26.", 300000),
    ("The Home Office says the new round means awards of over £250,000 for Kent's course in 2025-26.", 250000),
])
def test_a_consequence_with_means_is_no_threshold(sentence, pounds):
    got = awards_by_key(f"Kent funding\n\n{sentence}\n")
    a = got[(3, pounds)]
    assert (a.funding_role, a.funder, a.pfa_code, a.period_start, a.amount.qualifier) == (
        "grant", "Home Office", "E23000032", "2025-26", "more_than")


def test_means_any_still_defines_a_threshold():
    text = ("Kent forward plan\n\nThe Kent commissioner funds a course for men who abuse their partners. A major contract "
            "means any contract worth more than £250,000.\n")
    assert awards_by_key(text) == {}


# --- 11. a national fund's year from a fronted "In YEAR," opening its sentence ----------------------------------

def test_a_fronted_year_dates_a_national_fund():
    text = "Kent funding\n\nThe Home Office has given Kent £300,000. In 2025-26, the national fund is worth £36m.\n"
    assert award_errors(text, {(3, 36000000): dict(role="context", start="2025-26", end="2025-26")}) == []
