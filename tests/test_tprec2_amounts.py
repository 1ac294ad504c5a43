"""Money stated twice and money added to a grant by a body outside the funder list (invented texts).

Corpus README, funding_role ``match_funding`` and "Council money": council money added to a grant is match funding,
with funder ``local authority``; a figure that states that money again (by pointing back to it, in a correction
note, or after a table row labelled as match funding or a top-up) is the same money and keeps that role.  Money a
body outside the funder list (a health board, a trust) adds to a grant is match funding too, with funder null.
"""

from __future__ import annotations

import pytest

from release_probe import award_errors, awards_by_key

LEAD = "Westshire has been given £300,000 by the Home Office for 2025-26 for its perpetrator service.\n"

RESTATED_ADDED_MONEY = {
    "pointed back to by 'the' and a rate": (
        LEAD + "Ashford Borough Council is adding £14,000 a year to the grant from its housing budget.\n"
        "The £14,000 a year is already in Ashford Borough Council's budget for 2025-26.\n",
        {(3, 14000): dict(role="match_funding", funder="local authority")}),
    "pointed back to by 'its' after a table row marked as match": (
        "Northvale's perpetrator package for 2025-26:\n\n"
        "| Source | 2025-26 |\n|---|---|\n"
        "| Home Office grant | £250,000 |\n"
        "| Northvale District Council (match) | £12,000 |\n"
        "| Total | £262,000 |\n\n"
        "The district council has confirmed its £12,000 in writing.\n",
        {(9, 12000): dict(role="match_funding", funder="local authority")}),
    "a table row of a top-up, then a note giving the figure again": (
        "Money for the Eastbury course in 2025-26\n\n"
        "| Source | Amount |\n|---|---|\n"
        "| Home Office grant | £180,000 |\n"
        "| Eastbury Council top-up to the grant | £21,000 |\n"
        "| Total | £201,000 |\n\n"
        "Note: an earlier draft gave the council's top-up as £12,000. The cabinet agreed £21,000 in May.\n",
        {(9, 21000): dict(role="match_funding", funder="local authority")}),
    "a correction note whose wrong figure names the council": (
        LEAD + "Eastbury Council has added £21,000 to the grant.\n"
        "Correction: this page first gave the council's share as £18,000. The correct figure, approved in May, is £21,000.\n",
        {(3, 18000): dict(role="match_funding", funder="local authority"),
         (3, 21000): dict(role="match_funding", funder="local authority")}),
}

NOT_THE_SAME_MONEY = {
    "a council's own payment for an earlier pilot, of the same size": (
        LEAD + "Ashford Borough Council has paid for the old pilot with £28,000 a year.\n"
        "From April, Ashford Borough Council will add £28,000 a year to the grant.\n",
        {(2, 28000): dict(role="grant", funder="local authority")}),
}

OUTSIDE_BODY_ADDS = {
    "a health board's money, a yearly rate in brackets": (
        "The board is asked to approve £60,000 (£30,000 a year) for 2025-26 and 2026-27 from the Integrated Care "
        "Board's prevention budget, added to the Home Office grant held by the Westshire commissioner.\n",
        {(1, 60000): dict(role="match_funding", funder=None)}),
    "a trust's grant, its instalments in brackets": (
        "Westshire's commissioner holds a Home Office grant of £300,000 for 2025-26.\n"
        "The Rowan Trust's gift of £40,000 (two payments of £20,000) for childcare at groups is added to that grant.\n"
        "The committee will approve £40,000 (£20,000 in each of two years) from the health board's own funds, "
        "put into the commissioner's grant for group childcare.\n",
        {(3, 40000): dict(role="match_funding", funder=None)}),
}


@pytest.mark.parametrize("text, want", RESTATED_ADDED_MONEY.values(), ids=RESTATED_ADDED_MONEY.keys())
def test_added_money_stated_again_keeps_its_role(text, want):
    assert award_errors(text, want) == []


@pytest.mark.parametrize("text, want", NOT_THE_SAME_MONEY.values(), ids=NOT_THE_SAME_MONEY.keys())
def test_a_payers_new_money_of_the_same_size_is_not_restated(text, want):
    assert award_errors(text, want) == []


@pytest.mark.parametrize("text, want", OUTSIDE_BODY_ADDS.values(), ids=OUTSIDE_BODY_ADDS.keys())
def test_money_a_body_outside_the_list_adds_to_a_grant_is_match_funding(text, want):
    assert award_errors(text, want) == []


# README, funding_role: money for work unrelated to domestic abuse (roads, a library, a sports club) is not a fact
# when it stands alone; nor is money the text itself says is not for domestic abuse.
UNRELATED_MONEY = {
    "a council's road repairs": (
        LEAD + "The county council is also spending £1.2m to repair potholes around Ashby this winter.\n", (2, 1200000)),
    "a new library": (
        LEAD + "Elsewhere in the borough, £640,000 will rebuild the Northgate library with a reading room.\n", (2, 640000)),
    "money said not to be spent on domestic abuse": (
        LEAD + "The youth fund (£45,000) is reported elsewhere and is not spent on domestic abuse.\n", (2, 45000)),
    "the next sentence says it is not for domestic abuse": (
        LEAD + "The committee noted £9,750 from ward budgets for benches in Victoria Park. This is not part of the "
        "domestic abuse work.\n", (2, 9750)),
}

STILL_ABOUT_ABUSE = {
    "a refuge outside the perpetrator programme": (
        LEAD + "£20,000 pays for a refuge worker and is not part of the domestic abuse perpetrator programme.\n",
        (2, 20000)),
    "road safety beside perpetrator work": (
        LEAD + "The commissioner has given £15,000 for perpetrator work with drivers stopped on the roads.\n", (2, 15000)),
}


@pytest.mark.parametrize("text, key", UNRELATED_MONEY.values(), ids=UNRELATED_MONEY.keys())
def test_money_for_unrelated_work_is_no_fact(text, key):
    assert key not in awards_by_key(text)
    assert (1, 300000) in awards_by_key(text)


@pytest.mark.parametrize("text, key", STILL_ABOUT_ABUSE.values(), ids=STILL_ABOUT_ABUSE.keys())
def test_money_for_abuse_work_beside_such_words_stays(text, key):
    assert key in awards_by_key(text)


# Money a table gives under a column of match funding, stated again in prose as the commissioner's, is that match
# funding (README match_funding; "Payer said once"); with no year in its own clause it has none (README, "Money added
# to a grant").
TABLE = ("Funding in 2025-26\n\n"
         "| Area | Home Office | Commissioner match | Total |\n|---|---|---|---|\n"
         "| Westshire | £300,000 | £35,000 | £335,000 |\n"
         "| Eastshire | £250,000 | £20,000 | £270,000 |\n"
         "| Total | £550,000 | £55,000 | £605,000 |\n\n")

OWN_MONEY_IN_A_MATCH_COLUMN = {
    "a possessive restating the cell": (
        TABLE + "In Westshire the commissioner's £35,000 pays for a second group worker.\n",
        {(9, 35000): dict(role="match_funding", funder="PCC", start=None)}),
    "'her' restating the cell": (
        TABLE + "Eastshire's commissioner says her £20,000 has paid for interpreters.\n",
        {(9, 20000): dict(role="match_funding", funder="PCC", start=None)}),
}


@pytest.mark.parametrize("text, want", OWN_MONEY_IN_A_MATCH_COLUMN.values(), ids=OWN_MONEY_IN_A_MATCH_COLUMN.keys())
def test_own_money_restating_a_match_column_is_match_funding(text, want):
    assert award_errors(text, want) == []


# Links under a heading of related pages are page furniture, not sentences about the money (README set_aside
# page_furniture: related stories).
RELATED_LINKS = {
    "'Related pages' over a link": (
        LEAD + "\nRelated pages\nHome security: grants of up to £3,000 for locks and alarms\nReport a crime\n",
        (4, 3000)),
    "'Related topics' over two links": (
        LEAD + "\nRelated topics\nCommunity fund: bids of up to £10,000 now open\nVolunteer with us\n", (4, 10000)),
}


@pytest.mark.parametrize("text, key", RELATED_LINKS.values(), ids=RELATED_LINKS.keys())
def test_links_under_a_related_pages_heading_are_furniture(text, key):
    assert key not in awards_by_key(text)
    assert (1, 300000) in awards_by_key(text)


# README, "This year": a yearly report's undated figures of money it had in its year take the year it names for
# itself; money it says is still to come does not.
YEARLY = {
    "a grant and a council's payment in an annual review": (
        "Skip to content\n\n\n\n\n\n\n\n\n"
        "Harbour Trust - Annual Review 2024-25\n\n"
        "Our work with men who harm their partners was paid for mostly by a Home Office grant won by the commissioner.\n"
        "That grant was £250,000 and arrived in two halves.\n"
        "Harbour Borough Council paid us £18,000 for a fathers' group.\n",
        {(13, 250000): dict(start="2024-25", end="2024-25"), (14, 18000): dict(start="2024-25", end="2024-25")}),
    "a trust's gift in an annual report": (
        "Menu\n\n\n\n\n\n\n\n\n"
        "Annual Report 2023-24 of the Riverside Change Project\n\n"
        "The Home Office grant, passed on by the Westshire commissioner, came to £198,000.\n",
        {(12, 198000): dict(start="2023-24", end="2023-24")}),
}

NOT_THE_YEAR = {
    "money promised for a later year": (
        "Menu\n\n\n\n\n\n\n\n\n"
        "Annual Report 2023-24 of the Riverside Change Project\n\n"
        "The Home Office grant, passed on by the Westshire commissioner, came to £198,000.\n"
        "Westshire County Council has agreed to pay £30,000 to keep the fathers' group going next year.\n",
        {(13, 30000): dict(start=None, end=None)}),
}


@pytest.mark.parametrize("text, want", YEARLY.values(), ids=YEARLY.keys())
def test_a_yearly_reports_money_takes_its_year(text, want):
    assert award_errors(text, want) == []


@pytest.mark.parametrize("text, want", NOT_THE_YEAR.values(), ids=NOT_THE_YEAR.keys())
def test_money_for_a_later_year_in_a_yearly_report_has_none(text, want):
    assert award_errors(text, want) == []


def _page(year: str, body: str) -> str:
    """A served page whose head and menu print no text before its heading naming the report's year."""
    return ("<!DOCTYPE html>\n<html>\n<head>\n<title>Annual Review " + year + " | Harbour Trust</title>\n</head>\n"
            "<body>\n<nav><a href=\"/\">Home</a></nav>\n<main>\n<h1>Annual Review " + year + ": our money</h1>\n"
            + body + "</main>\n</body>\n</html>\n")


SAME_YEAR_AS_THE_GRANT = {
    "the commissioner's money 'for the same year'": (
        _page("2024-25", "<p>That grant from the Home Office was £250,000.</p>\n<h2>The Commissioner</h2>\n"
              "<p>A further £30,000 came from the Commissioner's own budget, added to the grant for the same year.</p>\n"),
        {(10, 250000): dict(start="2024-25", end="2024-25"),
         (12, 30000): dict(role="match_funding", start="2024-25", end="2024-25")}),
    "a council's top-up 'in that same year'": (
        _page("2023-24", "<p>Our Home Office grant came to £198,000.</p>\n<h2>Councils</h2>\n"
              "<p>Westshire County Council added £12,000 to the grant in that same year.</p>\n"),
        {(10, 198000): dict(start="2023-24", end="2023-24"),
         (12, 12000): dict(role="match_funding", start="2023-24", end="2023-24")}),
}


@pytest.mark.parametrize("text, want", SAME_YEAR_AS_THE_GRANT.values(), ids=SAME_YEAR_AS_THE_GRANT.keys())
def test_money_added_for_the_grants_year_in_a_yearly_report(text, want):
    assert award_errors(text, want) == []
