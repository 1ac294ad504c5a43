"""Review of the thirty-fifth session's amount rules (first reviewer): each misread invented text beside the reading
the corpus README's conventions give it (never corpus text)."""

from funding.parse.releases.text import _sentence_breaks
from release_probe import award_errors, awards_by_key


# --- 1. a body's other services mentioned beside the money do not make the money unrelated ------------------------

def test_other_services_named_beside_a_courses_money_keep_the_money():
    text = ("Funding news\n\nThe Kent Police and Crime Commissioner has given £80,000 for the group course for men in "
            "2025-26, and our other services (housing advice, counselling) carry on as before.\n")
    assert award_errors(text, {(3, 80000): dict(role="grant", start="2025-26")}) == []


def test_a_wider_programme_paid_for_alone_is_still_unrelated_work():
    text = ("Funding news\n\nIn Kent our wider programme (adult safeguarding, neglect, online safety) is paid for from "
            "partners' core contributions of £45,000 in 2025-26.\n")
    assert (3, 45000) not in awards_by_key(text)


# --- 2. the commissioner's grant of Home Office money named after the figure is the Home Office's -----------------

def test_the_commissioners_grant_from_the_home_office_keeps_the_home_office():
    text = ("Thanks\n\nSafe Steps thanks the Office of the Police and Crime Commissioner for Kent for its grant of "
            "£60,000 from the Home Office perpetrator fund for 2025-26.\n")
    assert award_errors(text, {(3, 60000): dict(role="grant", funder="Home Office", start="2025-26")}) == []


def test_the_commissioners_grant_naming_no_other_payer_is_still_her_own():
    text = ("Thanks\n\nSafe Steps thanks the Office of the Police and Crime Commissioner for Kent for its grant of "
            "£60,000 for 2025-26.\n")
    assert award_errors(text, {(3, 60000): dict(role="own_funding", funder="PCC")}) == []


# --- 3. a contract removed and replaced in ordinary prose is no amendment to a motion ------------------------------

def test_a_contract_removed_and_replaced_keeps_the_earlier_award():
    text = ("Funding news\n\nIn 2023-24 Kent County Council awarded Safe Steps £30,000 for the perpetrator course.\n\n"
            "This year the council will remove the £30,000 contract and replace it with a larger one.\n")
    assert award_errors(text, {(3, 30000): dict(role="grant", funder="local authority", start="2023-24")}) == []


def test_an_amendment_removing_a_sum_still_makes_it_context():
    text = ("Minutes\n\nThe motion asked Kent County Council to put £50,000 from reserves into the perpetrator "
            "course.\n\nAmendment: in paragraph 2, remove £50,000 from reserves and insert £40,000 from the community "
            "safety budget.\n")
    got = awards_by_key(text)
    assert got[(3, 50000)].funding_role == "context" and got[(5, 40000)].funding_role == "grant"


# --- 4. "over the budget period" is a span, not an overspend -------------------------------------------------------

def test_a_sum_over_the_budget_period_is_a_grant():
    text = ("Funding news\n\nThe Home Office has given the Kent Police and Crime Commissioner £150,000 over the budget "
            "period 2025-28 for the group course.\n")
    assert award_errors(text, {(3, 150000): dict(role="grant", funder="Home Office", start="2025-26",
                                                 end="2027-28")}) == []


def test_a_sum_under_budget_is_still_context():
    text = "Monitoring\n\nThe Kent group course came in £8,000 under budget in 2025-26.\n"
    assert award_errors(text, {(3, 8000): dict(role="context")}) == []


# --- 5. a commissioner's "our own reserves" is her own money, not a provider's -------------------------------------

def test_a_commissioners_own_reserves_are_own_funding():
    text = ("Blog\n\nAs your Kent Police and Crime Commissioner I have put £40,000 from our own reserves into the "
            "stalking clinic this year.\n")
    assert award_errors(text, {(3, 40000): dict(role="own_funding", funder="PCC")}) == []


def test_a_providers_own_reserves_are_still_partners_money():
    text = ("Our year\n\nThe Kent Police and Crime Commissioner gave us £60,000 for the course in 2025-26.\n\n"
            "We added £4,000 from our own reserves to keep the crèche open.\n")
    assert award_errors(text, {(5, 4000): dict(role="match_funding", funder="partners")}) == []


# --- 6. a label's letter before a body's name ends the sentence ----------------------------------------------------

def test_a_tranches_letter_ends_its_sentence():
    text = ("Funding news\n\nThe Home Office gave Kent £200,000 for 2025-26 in Tranche B. Kent County Council pays "
            "£20,000 towards the course.\n")
    assert award_errors(text, {(3, 20000): dict(role="grant", funder="local authority", start=None)}) == []
    assert len(list(_sentence_breaks("It came in Tranche B. Kent County Council pays too."))) == 1


def test_a_persons_initial_still_runs_on():
    assert list(_sentence_breaks("Commissioner J. Smith gave it to us.")) == []


# --- 7. a payer "for partner support" is no partner paying ---------------------------------------------------------

def test_a_charitys_piece_for_partner_support_has_no_funder():
    text = ("Funding news\n\nThe Kent Police and Crime Commissioner has awarded £60,000 for the group course in 2025-26. "
            "The course's £60,000 cost is met by the Home Office (£40,000) and a charity grant for partner support "
            "(£20,000).\n")
    got = [a for a in awards_by_key(text).values()]
    pieces = {a.amount.pence // 100: a.funder or None for a in got if a.funding_role == "part"}
    assert pieces == {40000: "Home Office", 20000: None}


# --- 8. a commissioner "whose Home Office … Fund" gives no own money -----------------------------------------------

def test_a_home_office_fund_whose_commissioner_passes_it_on_is_the_home_offices():
    text = ("Funding news\n\nThe Kent Police and Crime Commissioner, whose Home Office Perpetrator Fund award was "
            "confirmed in May, has given £120,000 of it to the course.\n")
    assert award_errors(text, {(3, 120000): dict(role="grant", funder="Home Office")}) == []


def test_a_commissioners_own_fund_by_whose_is_still_own_funding():
    text = ("Funding news\n\nThe Kent Police and Crime Commissioner, whose Safer Homes Fund has given £20,000 to the "
            "course, spoke at the launch.\n")
    assert award_errors(text, {(3, 20000): dict(role="own_funding", funder="PCC")}) == []


# --- 9. a spending plan's field is the budget, not spending -------------------------------------------------------

def test_a_spending_plan_field_is_no_spending():
    text = ("Grant summary\n\nProject: Kent perpetrator programme\nFunder: Home Office\n"
            "Latest spending plan 2025-26: £90,000\nSpending to date: £40,000\n")
    assert award_errors(text, {(5, 90000): dict(role="grant", funder="Home Office"),
                               (6, 40000): dict(role="context")}) == []


# --- 10. own-money words joined on about the first figure stay its own --------------------------------------------

def test_own_budget_words_about_the_first_figure_stay_its_own():
    text = ("Funding news\n\nThe Kent Police and Crime Commissioner pays £20,000 a year for the helpline, and all of it "
            "comes from her own budget, while the Home Office gives £90,000 for the group course.\n")
    assert award_errors(text, {(3, 20000): dict(role="own_funding", funder="PCC"),
                               (3, 90000): dict(role="grant", funder="Home Office")}) == []


def test_own_budget_words_leading_up_to_the_next_figure_are_still_its():
    text = ("Funding news\n\nThe Kent group course is funded by the Home Office with £90,000 for 2025-26, and the "
            "commissioner's own budget pays £20,000.\n")
    assert award_errors(text, {(3, 90000): dict(role="grant", funder="Home Office"),
                               (3, 20000): dict(role="own_funding", funder="PCC")}) == []


# --- 11. a sports hall the course meets in is no sports hall paid for ---------------------------------------------

def test_a_course_meeting_in_a_sports_hall_keeps_its_money():
    text = ("Course news\n\nThe Kent Police and Crime Commissioner gives £30,000 in 2025-26 to the group course for men, "
            "which meets in a school sports hall.\n")
    assert award_errors(text, {(3, 30000): dict(role="grant", start="2025-26")}) == []


def test_money_for_a_sports_hall_is_still_unrelated():
    text = "News\n\nKent County Council gives £30,000 in 2025-26 for a new sports hall at the school.\n"
    assert (3, 30000) not in awards_by_key(text)


# --- 12. a family service that also works with children at risk of offending keeps its money ----------------------

def test_a_family_service_working_with_children_on_the_edge_of_offending_keeps_its_money():
    text = ("Course news\n\nThe Kent Police and Crime Commissioner gives £40,000 in 2025-26 to the whole-family service, "
            "which also works with children on the edge of the justice system.\n")
    assert award_errors(text, {(3, 40000): dict(role="grant", start="2025-26")}) == []


# --- 13. a caption naming partners' money only as left out of the table lends the rows no partners ---------------

def test_partner_contributions_reported_separately_leave_the_rows_home_office_money():
    text = ("Funding\n\nThe Kent Police and Crime Commissioner's Home Office grant for 2025-26 is split as below (partner "
            "contributions are reported separately):\n\n| Service | Amount |\n|---|---|\n| Group course | £60,000 |\n"
            "| Partner support | £20,000 |\n| Total | £80,000 |\n")
    assert award_errors(text, {(7, 60000): dict(role="part", funder="Home Office"),
                               (8, 20000): dict(role="part", funder="Home Office"),
                               (9, 80000): dict(role="total", funder="Home Office")}) == []


# --- 14. a decision record's signed recommendation is content, no conference session's title ---------------------

def test_a_signed_recommendation_line_keeps_its_component():
    from release_probe import kinds_on_line
    text = ("Decision record\n\nKent Police and Crime Commissioner\n\n"
            "R1  Approve the group course for men. Jane Smith, Commissioner\n\n"
            "The commissioner approves £60,000 from the Home Office grant for 2025-26 for it.\n")
    assert "group_programme" in kinds_on_line(text, 5)


# --- 15. a Home Office grant shared between the bodies receiving it names no payers in its brackets ---------------

def test_a_grant_shared_between_its_recipients_stays_the_home_offices_grant():
    text = ("Funding news\n\nThe Home Office grant of £90,000 for 2025-26 is shared between the Kent Police and Crime "
            "Commissioner (£50,000) and Medway Council (£40,000).\n")
    assert award_errors(text, {(3, 90000): dict(role="grant", funder="Home Office"),
                               (3, 50000): dict(role="part", funder="Home Office")}) == []


def test_a_cost_shared_between_payers_is_still_a_total_across_funders():
    text = ("Funding news\n\nThe £60,000 cost of the Kent course in 2025-26 is shared between the commissioner "
            "(£40,000) and Kent County Council (£20,000).\n")
    assert award_errors(text, {(3, 60000): dict(role="total", funder=None),
                               (3, 40000): dict(role="part", funder="PCC"),
                               (3, 20000): dict(role="part", funder="local authority")}) == []


# --- 16. a parish council's precept row is its whole budget, no commissioner's money -------------------------------

def test_a_parish_precept_row_is_no_commissioners_money():
    text = ("Minutes of the Ashford Rural Parish Council meeting, Kent\n\nThe council agreed its budget for 2025-26:\n\n"
            "Precept   £45,000\nGrounds maintenance   £12,000\n\nThe clerk noted the Kent Police and Crime Commissioner "
            "has funded a perpetrator course in the county.\n")
    assert (5, 45000) not in awards_by_key(text)


# --- 17. a national commissioner's fund is no police and crime commissioner's own budget --------------------------

def test_the_domestic_abuse_commissioners_fund_is_no_own_funding():
    text = ("Funding news\n\nThe Kent course has received £40,000 for 2025-26 from the Domestic Abuse Commissioner's "
            "Innovation Fund.\n")
    assert awards_by_key(text)[(3, 40000)].funding_role == "grant"


def test_an_areas_commissioners_named_fund_is_still_own_funding():
    text = "Funding news\n\nThe Kent course has received £40,000 for 2025-26 from the Kent Commissioner's Safe Homes Fund.\n"
    assert award_errors(text, {(3, 40000): dict(role="own_funding", funder="PCC")}) == []


# --- 18. an amendment's left-out sum makes an earlier equal sum context only where that line is the motion --------

def test_a_grant_equal_to_a_sum_an_amendment_leaves_out_stays_a_grant():
    text = ("Minutes\n\nThe Home Office has given the Kent Police and Crime Commissioner £50,000 for the perpetrator "
            "course in 2025-26.\n\nAmendment to the motion on youth clubs: leave out £50,000 from reserves and insert "
            "£40,000 from the parks budget.\n")
    assert award_errors(text, {(3, 50000): dict(role="grant", funder="Home Office", start="2025-26")}) == []


def test_a_labels_letter_before_an_areas_name_ends_its_sentence():
    assert len(list(_sentence_breaks("It came in Tranche B. Surrey receives more."))) == 1
    assert list(_sentence_breaks("Commissioner J. Durham-Lee spoke.")) == []
