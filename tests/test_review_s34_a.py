"""Review of the thirty-fourth session's amount rules (first reviewer): each misread invented text beside the reading
the corpus README's conventions give it (never corpus text)."""

import pytest

from release_probe import award_errors, awards_by_key


# --- 1. a body off the funder list in a grants table's Organisation column is a grantee, not a payer ---------------

def test_a_trust_listed_as_a_grantee_keeps_the_releases_funder():
    text = ("Grants awarded\n\nThe Kent Police and Crime Commissioner has awarded the following grants from the Home "
            "Office perpetrator fund for 2025-26:\n\n| Organisation | Service | Amount |\n|---|---|---|\n"
            "| Safer Futures Trust | Group perpetrator programme | £45,000 |\n"
            "| Medway Housing Association | One-to-one work with men | £25,000 |\n")
    assert award_errors(text, {(7, 45000): dict(role="grant", funder="Home Office", start="2025-26"),
                               (8, 25000): dict(role="grant", funder="Home Office", start="2025-26")}) == []


def test_a_health_board_among_a_tables_sources_is_still_no_listed_payer():
    text = ("Funding\n\nThe Kent Police and Crime Commissioner pays for the perpetrator programme with the Home Office "
            "in 2025-26. Its sources are:\n\n| Source | 2025-26 |\n|---|---|\n| Home Office grant | £60,000 |\n"
            "| Weald Health Board | £30,000 |\n")
    got = awards_by_key(text)
    assert got[(8, 30000)].funder in ("", None)


# --- 2. a sentence opened by the month money was announced in gives no start to its span --------------------------

@pytest.mark.parametrize("verb", ["announced", "confirmed", "agreed"])
def test_an_announcement_month_is_no_start_of_a_span_in_years(verb):
    text = (f"Funding news\n\nIn June 2025 the Kent Police and Crime Commissioner {verb} £200,000 from the Home Office "
            "over the next two years for the Choices perpetrator programme.\n")
    assert award_errors(text, {(3, 200000): dict(role="grant", funder="Home Office", start=None, end=None)}) == []


def test_a_month_the_money_was_given_in_still_starts_its_span():
    text = ("Funding news\n\nIn October 2016 the Garden Trust gave the Kent perpetrator programme £90,000 over three "
            "years.\n")
    assert award_errors(text, {(3, 90000): dict(start="2016-17", end="2019-20")}) == []


# --- 3. match funding in a clause joined on after a bracketed split names the later money, not the first figure --

def test_match_funding_in_a_later_clause_does_not_make_the_bracketed_grant_match_funding():
    text = ("Funding news\n\nThe Kent Police and Crime Commissioner receives £60,000 over two years (£30,000 in each "
            "year) from the Home Office for the course, and the county council has promised match funding of £20,000.\n")
    assert award_errors(text, {(3, 60000): dict(role="grant", funder="Home Office"),
                               (3, 30000): dict(role="part", funder="Home Office", part=3),
                               (3, 20000): dict(role="match_funding", funder="local authority")}) == []


def test_match_funding_straight_after_a_bracketed_split_is_still_the_first_figures():
    text = ("Funding news\n\nThe Kent Police and Crime Commissioner has won £60,000 over two years (£30,000 in each "
            "year), paid as match funding to the county's Home Office grant.\n")
    assert award_errors(text, {(3, 60000): dict(role="match_funding")}) == []


# --- 4. "none of it goes to" a council says nothing of what the money is for --------------------------------------

@pytest.mark.parametrize("body", ["Kent County Council", "Kent Police"])
def test_none_of_a_grant_going_to_a_council_keeps_the_grant(body):
    text = ("Funding news\n\nThe Home Office grant of £120,000 pays for the Kent perpetrator programme in 2025-26; "
            f"none of it goes to {body}.\n")
    assert award_errors(text, {(3, 120000): dict(role="grant", funder="Home Office", start="2025-26")}) == []


def test_none_of_a_grant_going_to_a_named_service_still_drops_it():
    text = ("Funding news\n\nThe Home Office grant of £120,000 pays for a youth club in Kent in 2025-26; none of it "
            "goes to Safe Steps.\n")
    assert (3, 120000) not in awards_by_key(text)


# --- 5. people at risk that money is for do not make it a sum at risk ---------------------------------------------

def test_money_for_children_at_risk_is_no_sum_at_risk():
    text = ("Funding news\n\nThe Kent Police and Crime Commissioner has confirmed £120,000 from the Home Office for "
            "2025-26 for the Choices programme.\n\nThe commissioner has set aside £30,000 of the police fund for the "
            "children at risk in these families.\n")
    got = awards_by_key(text)
    assert got[(5, 30000)].funding_role != "context" and got[(5, 30000)].pfa_code == "E23000032"


def test_a_share_of_the_grant_at_risk_is_still_at_risk():
    from funding.parse.releases.amounts.prose import _AT_RISK_AFTER
    assert _AT_RISK_AFTER.match(" of the Home Office grant would be at risk")
    assert _AT_RISK_AFTER.match(" is at risk")
    assert not _AT_RISK_AFTER.match(" of the police fund for the children at risk")


# --- 6. a section headed by what money buys for the work is no other business -------------------------------------

def test_a_section_adding_money_to_the_grant_under_a_bus_fares_heading_keeps_its_figure():
    text = ("# Choices programme update\n\n## The programme\n\nThe Kent Police and Crime Commissioner has confirmed "
            "£90,000 from the Home Office for 2025-26 for the Choices perpetrator programme.\n\n## Bus fares\n\n"
            "The commissioner is also adding £4,000 of her own budget to the grant so that men can get to the "
            "sessions.\n")
    assert award_errors(text, {(9, 4000): dict(role="match_funding", funder="PCC", start=None)}) == []


def test_a_section_of_other_business_still_loses_its_figure():
    text = ("# Questions to the Mayor\n\n## Q4. Perpetrator programme\n\nThe Kent Police and Crime Commissioner has "
            "confirmed £90,000 from the Home Office for 2025-26 for the Choices perpetrator programme.\n\n"
            "## Q5. Bus fares\n\nKeeping the fare cap costs £4m a year.\n")
    assert (9, 4000000) not in awards_by_key(text)


# --- 7. a "not to count" clause governs its own object, not a figure in a clause joined on after it ---------------

def test_match_funding_after_a_clause_about_what_not_to_count_stays_match_funding():
    text = ("Funding news\n\nThe Kent Police and Crime Commissioner has confirmed £100,000 from the Home Office for "
            "2025-26. The council asked us not to count the crèche as part of the course and has promised match "
            "funding of £20,000.\n")
    assert award_errors(text, {(3, 20000): dict(role="match_funding", funder="local authority")}) == []


def test_a_figure_the_reader_is_told_not_to_call_match_funding_is_still_not_match_funding():
    from funding.parse.releases.amounts.prose import _NOT_TO_BE_CALLED
    assert _NOT_TO_BE_CALLED.search("Do not call the council's ")
    assert _NOT_TO_BE_CALLED.search("We would not describe the ")
    assert not _NOT_TO_BE_CALLED.search("asked us not to count the crèche as part of the course and has promised ")


# --- 8. a breakdown of a listed item (a monthly rate in brackets) is no separate grant ----------------------------

def test_a_bracketed_monthly_rate_on_a_listed_item_is_no_separate_grant():
    text = ("Funding news\n\nThe Kent Police and Crime Commissioner has confirmed £100,000 from the Home Office for "
            "2025-26 for the perpetrator programme, made up of:\n\n- £60,000 for the group course (£5,000 a month)\n"
            "- £40,000 for partner support\n")
    got = awards_by_key(text)
    assert got[(5, 5000)].funding_role != "grant"
    assert award_errors(text, {(5, 60000): dict(role="part", part=3), (6, 40000): dict(role="part", part=3)}) == []


# --- 9. "its £X" after a body the money is handed to is the money received, not that body's own -------------------

@pytest.mark.parametrize("verb", ["has passed", "has paid"])
def test_a_share_passed_to_a_trust_keeps_the_grants_funder(verb):
    text = (f"Funding news\n\nThe Kent Police and Crime Commissioner {verb} Medway NHS Foundation Trust its £20,000 share "
            "of the Home Office grant for the perpetrator programme in 2025-26.\n")
    assert award_errors(text, {(3, 20000): dict(funder="Home Office", start="2025-26")}) == []


def test_a_health_board_asked_to_confirm_its_money_is_still_no_listed_payer():
    text = ("Funding news\n\nThe Kent Police and Crime Commissioner will ask Weald Health Board to confirm its £20,000 "
            "for the perpetrator programme in 2025-26.\n")
    assert award_errors(text, {(3, 20000): dict(funder=None)}) == []


# --- 10. an HTML paragraph wrapped after a title's full stop stays one sentence -----------------------------------

@pytest.mark.parametrize("title", ["Dr.", "St."])
def test_a_paragraph_wrapped_after_a_title_keeps_its_sentence_whole(title):
    from release_probe import read
    text = ("<html><body><h1>Funding news</h1>\n<p>The Hertfordshire Police and Crime Commissioner has given £50,000 "
            f"to the course run by {title}\nAmara Lewis, paid from the Home Office grant for 2025-26.</p>\n"
            "</body></html>\n")
    got = {(a.source_line, a.amount.pence // 100): a for a in read(text, "invented.html").awards}
    assert got[(2, 50000)].funder == "Home Office"


def test_a_paragraph_written_a_sentence_to_a_line_still_keeps_each_on_its_own_line():
    from release_probe import read
    text = ("<html><body><h1>Funding news</h1>\n<p>The Kent Police and Crime Commissioner has confirmed £90,000 from "
            "the Home Office for 2025-26.\nIt pays for the Choices perpetrator programme, and Kent County Council adds "
            "£20,000 to the grant as match funding.</p>\n</body></html>\n")
    got = {(a.source_line, a.amount.pence // 100): a for a in read(text, "invented.html").awards}
    assert got[(3, 20000)].funding_role == "match_funding"


# --- 11. a hall hired for the work is no other body's building ----------------------------------------------------

def test_money_added_to_hire_the_hall_where_the_group_meets_is_kept():
    text = ("Funding news\n\nThe Kent Police and Crime Commissioner has confirmed £90,000 from the Home Office for "
            "2025-26 for the Choices perpetrator programme.\n\nThe commissioner is adding £3,000 to the grant to hire "
            "the church hall where the men's group meets.\n")
    assert award_errors(text, {(5, 3000): dict(role="match_funding", funder="PCC")}) == []


def test_money_to_repair_a_village_hall_roof_is_still_other_business():
    text = ("Parish news\n\nThe Kent Police and Crime Commissioner has confirmed £90,000 from the Home Office for "
            "2025-26 for the Choices perpetrator programme.\n\nThe parish has raised £6,000 to repair the village hall "
            "roof.\n")
    assert (5, 6000) not in awards_by_key(text)


# --- 12. money a commissioner is "saving" for a use is kept for it, no cost saved ---------------------------------

def test_own_money_kept_back_for_a_second_group_is_no_saving():
    text = ("Funding news\n\nThe Kent Police and Crime Commissioner has confirmed £90,000 from the Home Office for "
            "2025-26 for the Choices perpetrator programme.\n\nThe commissioner is also saving £20,000 of her own "
            "budget for a second group next year.\n")
    assert award_errors(text, {(5, 20000): dict(role="own_funding", funder="PCC")}) == []


@pytest.mark.parametrize("clause", ["saving £40,000 a year", "saving £40,000 a year for the force"])
def test_a_cost_saved_is_still_context(clause):
    text = ("Funding news\n\nThe Kent Police and Crime Commissioner has confirmed £90,000 from the Home Office for "
            f"2025-26 for the Choices perpetrator programme.\n\nThe course has moved to a smaller venue, {clause}.\n")
    assert award_errors(text, {(5, 40000): dict(role="context")}) == []
