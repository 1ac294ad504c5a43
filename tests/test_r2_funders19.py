"""Funders of the nineteenth round's releases, read from invented texts (README "funder", "part", "Council money").

Each text is an invented release; the facts asserted are the ones the corpus README's conventions give it.
"""

from __future__ import annotations

from release_probe import award_errors


def test_a_department_a_pronoun_stands_for_pays_its_figure():
    # README "funder": the Ministry of Justice named in the question (or the sentence) before "It pays …" is the
    # figure's payer, not the Home Office that pays the release's main grant
    text = ("Kent has been given £300,000 by the Home Office for 2025-26.\n\n"
            "- Partners are supported by Medway Women's Aid.\n\n"
            "**Does the Ministry of Justice help?**\n\n"
            "It pays for the advocates: £44,000 a year from its victims funding.\n")
    assert award_errors(text, {(1, 300000): dict(role="grant", funder="Home Office", start="2025-26"),
                               (7, 44000): dict(role="grant", funder="Ministry of Justice", start=None)}) == []


def test_capitals_headings_name_the_payer_of_the_line_under_each():
    # README "part"/"funder": each piece keeps the payer its own heading names, not the release's Home Office
    text = ("Norfolk will have £520,000 for 2025-26 for work with men who abuse, the commissioner said.\n\n"
            "HOME OFFICE GRANT\n"
            "£400,000 of it pays for a 26-week group course.\n\n"
            "COUNCIL MONEY\n"
            "£45,000 pays for a family worker in 2025-26.\n\n"
            "MINISTRY OF JUSTICE\n"
            "£75,000 pays for two advocates.\n")
    assert award_errors(text, {(4, 400000): dict(role="part", part=1, funder="Home Office"),
                               (7, 45000): dict(role="part", part=1, funder="local authority", start="2025-26"),
                               (10, 75000): dict(role="part", part=1, funder="Ministry of Justice")}) == []


def test_a_markdown_heading_names_the_payer_of_the_paragraph_just_under_it():
    text = ("Kent has been given £300,000 by the Home Office for 2025-26.\n\n"
            "### Ministry of Justice money\n\n"
            "It also pays for partner support, £52,000 in 2026-27.\n\n"
            "### What the course is\n\n"
            "A 26-week group course for men.\n")
    assert award_errors(text, {(1, 300000): dict(role="grant", funder="Home Office", start="2025-26"),
                               (5, 52000): dict(role="grant", funder="Ministry of Justice", start="2026-27")}) == []


def test_a_heading_listing_topics_or_far_above_gives_no_payer():
    # a heading's payer reaches only the first paragraph under it; a later paragraph keeps the release's funder
    text = ("Kent has been given £300,000 by the Home Office for 2025-26.\n\n"
            "**The council's part**\n\n"
            "The council is adding £30,000 to the grant.\n\n"
            "Of the grant, £40,000 pays for an evaluation.\n")
    assert award_errors(text, {(5, 30000): dict(role="match_funding", funder="local authority"),
                               (7, 40000): dict(role="part", funder="Home Office", part=1)}) == []


def test_a_fund_named_in_capitals_held_by_the_commissioner_is_the_commissioners():
    # README "funder": PCC is the commissioner's own budget or fund, whatever the fund's name is in capitals
    text = ("Dear Ms Hale,\n\n"
            "I am pleased to offer Lune Futures a grant of £360,000 for April 2025 to March 2027.\n\n"
            "The grant is made up of £300,000 from the Home Office perpetrator fund and £60,000 from my own "
            "Safer Streets Reserve Fund.\n")
    assert award_errors(text, {(3, 360000): dict(role="total", funder=None),
                               (5, 300000): dict(role="part", part=3, funder="Home Office"),
                               (5, 60000): dict(role="part", part=3, funder="PCC")}) == []


def test_our_money_in_a_councils_own_report_is_the_councils():
    # README "Council money": a council's own report calling a sum "our" money: the council's, never own funding
    text = ("Medway Council\n\n"
            "Cabinet report: perpetrator services\n\n"
            "1. Our share of the Home Office grant is £210,000 in 2025-26 and £230,000 in 2026-27.\n\n"
            "2. Our £50,000 is split equally: £25,000 in each of the two years.\n")
    assert award_errors(text, {(5, 210000): dict(funder="Home Office", start="2025-26"),
                               (7, 50000): dict(funder="local authority"),
                               (7, 25000): dict(role="part", funder="local authority", part=7)}) == []
