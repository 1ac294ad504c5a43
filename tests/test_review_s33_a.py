"""Review of the thirty-third session's amount rules (first reviewer): each misread invented text beside the reading
the corpus README's conventions give it (never corpus text)."""

import pytest

from release_probe import award_errors, awards_by_key


# --- 1. a manifesto named before a commissioner who commits money now does not make it a pledge ---------------------

@pytest.mark.parametrize("sentence", [
    "In line with the manifesto she stood on the Kent commissioner has committed £100,000 to the perpetrator course "
    "for 2025-26.",
    "True to his manifesto the Kent commissioner has now pledged £100,000 to the perpetrator course for 2025-26.",
])
def test_a_commissioner_committing_money_in_line_with_a_manifesto_gives_an_award(sentence):
    text = "Course expands\n\n" + sentence + "\n"
    assert award_errors(text, {(3, 100000): dict(role="grant", start="2025-26")}) == []


@pytest.mark.parametrize("sentence", [
    "Her manifesto promised £90,000 a year for the perpetrator course in Kent.",
    "In my manifesto I pledged £90,000 a year for the perpetrator course in Kent.",
])
def test_a_manifesto_promise_recalled_is_still_a_pledge(sentence):
    text = "Course expands\n\n" + sentence + "\n"
    assert award_errors(text, {(3, 90000): dict(role="context")}) == []


# --- 2. a grants list entry opening on no payer keeps the payer its own fields name ------------------------------

def test_a_grants_list_entry_keeps_the_funder_it_names_after_its_title():
    text = ("Grants round\n\nThe Kent Police and Crime Commissioner has made these awards for 2025-26.\n\nGrants:\n\n"
            "1. Behaviour change course, Home Office, £20,000\n2. Partner support, Kent County Council, £15,000\n")
    assert award_errors(text, {(7, 20000): dict(role="grant", funder="Home Office"),
                               (8, 15000): dict(role="grant", funder="local authority")}) == []


def test_a_list_of_grants_given_names_recipients_not_payers():
    from funding.parse.releases.amounts.prose import _GRANTS_HEADING
    assert _GRANTS_HEADING.match("Grants:") and _GRANTS_HEADING.match("Grants awarded to the project")
    assert not _GRANTS_HEADING.match("Grants awarded by the commissioner:")
    assert not _GRANTS_HEADING.match("Grants made to local groups:")


# --- 3. money paid to a delivering body is not that body's own money ---------------------------------------------

@pytest.mark.parametrize("clause", [
    "Ashvale Women's Centre is paid £40,000 a year to run the partner support.",
    "The Centre is funded with £40,000 a year to run the partner support.",
])
def test_money_paid_to_a_delivering_partner_is_not_partners_money(clause):
    text = ("Course expands\n\nThe Kent Police and Crime Commissioner has backed the Pathways course for 2025-26.\n\n"
            "Ashvale Women's Centre is one of three organisations delivering the Pathways course. " + clause + "\n")
    got = awards_by_key(text)
    assert got[(5, 40000)].funder != "partners"


def test_a_delivering_partners_own_contribution_is_still_partners_money():
    text = ("Course expands\n\nThe Kent Police and Crime Commissioner has backed the Pathways course for 2025-26.\n\n"
            "Ashvale Women's Centre is one of three organisations delivering the Pathways course. Ashvale Women's "
            "Centre contributes £40,000 a year from its own reserves.\n")
    assert awards_by_key(text)[(5, 40000)].funder == "partners"


# --- 4. a budget's insurance line is spent money, not a level of cover --------------------------------------------

def test_an_insurance_budget_line_stays_a_piece():
    text = ("Course expands\n\nThe Kent Police and Crime Commissioner has awarded £50,000 for 2025-26 to the perpetrator "
            "course. The budget covers staff at £44,000, venue hire at £4,000 and £2,000 insurance.\n")
    assert award_errors(text, {(3, 44000): dict(role="part", part=3), (3, 2000): dict(role="part", part=3)}) == []


def test_insurance_cover_levels_are_still_no_funding():
    text = ("Contract\n\nThe Kent Police and Crime Commissioner has awarded £50,000 for 2025-26 to the perpetrator "
            "course. The provider must hold public liability insurance of at least £5 million and £10m of professional "
            "indemnity.\n")
    assert sorted(awards_by_key(text)) == [(3, 50000)]


# --- 5. a sentence of years saying something hangs on what comes next lends its years unless that is money ----------

def test_years_of_a_course_whose_places_depend_on_referrals_are_lent():
    text = ("Course expands\n\nThe Kent Police and Crime Commissioner has awarded £80,000 to the perpetrator course.\n\n"
            "The course runs from 2025-26 to 2026-27, and places depend upon the next round of police referrals.\n")
    assert award_errors(text, {(3, 80000): dict(role="grant", start="2025-26", end="2026-27")}) == []


def test_years_said_to_depend_on_future_grant_rounds_are_still_not_lent():
    from funding.parse.releases.amounts.prose import _NOT_YET_CONFIRMED
    assert _NOT_YET_CONFIRMED.search("Sums for 2027/28 depend on future grant rounds.")
    assert _NOT_YET_CONFIRMED.search("Later years' figures are dependent on the next Home Office settlement.")
    assert _NOT_YET_CONFIRMED.search("Money for 2030/31 hangs on nothing yet and will depend on future Home Office rounds.")
    assert not _NOT_YET_CONFIRMED.search("The course runs in 2025-26; places depend on the next round of referrals.")


def test_a_grants_list_entry_called_match_funding_stays_match_funding():
    text = ("Project funding\n\nThe Pathways course for men in Kent is funded by the Home Office through the Kent Police "
            "and Crime Commissioner for 2025-26.\n\nGrants:\n\n1. Home Office, Pathways course, £120,000, 2025-26\n"
            "2. Kent County Council, match funding for the Home Office grant, £30,000, 2025-26\n")
    assert award_errors(text, {(7, 120000): dict(role="grant", funder="Home Office"),
                               (8, 30000): dict(role="match_funding", funder="local authority")}) == []


def test_a_table_row_awarded_to_a_delivering_partner_is_not_partners_money():
    head = ("Course awards\n\nThe Kent Police and Crime Commissioner has backed the Pathways course for 2025-26.\n\n"
            "Ashvale Women's Centre is one of three organisations delivering the Pathways course.\n\n")
    awarded = head + ("| Provider | Service | Award |\n|---|---|---|\n| Ashvale Women's Centre | partner support | £40,000 |\n"
                      "| Northdown Family Trust | group work | £60,000 |\n")
    assert awards_by_key(awarded)[(9, 40000)].funder != "partners"
    given = head + "| Partner | Contribution |\n|---|---|\n| Ashvale Women's Centre | £40,000 |\n| Kent County Council | £60,000 |\n"
    assert awards_by_key(given)[(9, 40000)].funder == "partners"


# --- 6. a note naming two sets of rows in one sentence gives each its own payer -------------------------------------

def test_a_note_giving_two_sets_of_rows_two_payers():
    text = ("Funding\n\nThe Kent Police and Crime Commissioner funds the course.\n\n| Item | 2025-26 |\n|---|---|\n"
            "| Group work | £150,000 |\n| Partner support | £50,000 |\n\nThe two partner support lines are met by the "
            "council, and the group work line is paid for from the Home Office grant.\n")
    assert award_errors(text, {(7, 150000): dict(funder="Home Office"), (8, 50000): dict(funder="local authority")}) == []


# --- 7. the candidates a commissioner beat do not make the commissioner's money a pledge ----------------------------

def test_a_commissioner_elected_ahead_of_other_candidates_pledges_an_award():
    text = ("Course expands\n\nThe Kent Police and Crime Commissioner, elected in May ahead of three other candidates, "
            "has pledged £80,000 to the perpetrator course for 2025-26.\n")
    assert award_errors(text, {(3, 80000): dict(role="grant", start="2025-26")}) == []


def test_a_candidate_named_in_an_aside_still_pledges():
    text = ("Election\n\nThe Green candidate for Kent police and crime commissioner, Jo Bloggs, has pledged £90,000 a "
            "year for perpetrator courses.\n")
    assert award_errors(text, {(3, 90000): dict(role="context")}) == []


# --- 8. "not shown in" another document does not take a piece out of its grant ---------------------------------------

def test_a_piece_not_shown_in_last_years_report_is_still_a_piece():
    text = ("Course report\n\nThe Home Office has given the Kent Police and Crime Commissioner £200,000 for 2025-26 for the "
            "course.\n\nOf that grant, £20,000, which was not shown in last year's report, paid for staff training.\n")
    assert award_errors(text, {(5, 20000): dict(role="part", part=3, funder="Home Office")}) == []


def test_not_shown_in_the_table_still_reads_as_apart():
    from funding.parse.releases.amounts.prose import _NOT_PART
    assert _NOT_PART.search("The council also pays £20,000 for a helpline, not shown in the table.")
    assert _NOT_PART.search("A further £5,000, not shown above, came from reserves.")


# --- 9. a service outside a contract does not take its money out of the grant it is a piece of -----------------------

def test_a_piece_for_a_service_outside_the_contract_keeps_its_grants_year():
    text = ("Course report\n\nThe Home Office has given the Kent Police and Crime Commissioner £200,000 for 2025-26 for the "
            "course.\n\nOf that grant, £20,000 pays for a helpline, which is not part of the contract with Ashvale "
            "Women's Centre.\n")
    assert award_errors(text, {(5, 20000): dict(funder="Home Office", start="2025-26")}) == []
