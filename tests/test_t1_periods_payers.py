"""Periods and payers read by their meaning, not one wording (README: period_start / period_end, "Payer said once",
"Period of a national fund", "Funder of a context figure", "Areas' shares of a round with its period").

Each mechanism is tried in several invented wordings: a round-up's lead sum that is not worded as a total, one sum
"split" or bid for "jointly" by the areas a heading names, a period named again as "that period" or "those years", a
fund's size "from £A to £B", a year after a figure that it is only compared with, and two figures that are the joined
subjects of one verb whose clause gives the year.
"""

from __future__ import annotations

import pytest

from release_probe import award_errors

TWO_YEARS = ("2026-27", "2027-28")


# ---- a round-up's lead sum, however its verb is worded, lends its years to the areas' shares ----

@pytest.mark.parametrize("lead", [
    "Between them, the police forces of the North West are getting £1,250,000 from the Home Office's new round.",
    "The forces of the North West have won £1,250,000 from the latest Home Office round.",
    "Police areas in the North West will take home £1,250,000 of Home Office money this time.",
])
@pytest.mark.parametrize("years", [
    "The round covers a single financial year, 2026-27, and nationally the Home Office has set aside £40m for it.",
    "This time the money is for April 2026 to March 2027 only, out of £40m across the country.",
])
def test_round_up_lead_sum_lends_its_year_to_the_shares(lead, years):
    # (the years are said once, beside the national pot; a result of another year follows)
    text = (f"{lead}\n{years}\n\nCUMBRIA\nCumbria has been handed £400,000.\n"
            "Of the 140 men who started its course in 2024/25, 90 completed it.\n\nLANCASHIRE\n"
            "Lancashire's commissioner has secured £500,000.\n\nMERSEYSIDE\nIn Merseyside the award is £350,000.\n")
    want = {(5, 400000): dict(start="2026-27", end="2026-27"), (9, 500000): dict(start="2026-27", end="2026-27"),
            (12, 350000): dict(start="2026-27", end="2026-27")}
    assert award_errors(text, want) == []


# ---- one sum shared by the areas a heading names, whatever the verb of sharing, is the round's ----

@pytest.mark.parametrize("shared", [
    "The three forces put in a joint bid this round and will split £900,000.",
    "The three forces made one application and will split £900,000.",
    "The three forces are dividing £900,000.",
])
def test_shared_sum_takes_the_rounds_payer_and_years(shared):
    text = ("Police forces in the East are getting £1,700,000 from the Home Office's latest round.\n"
            "This time the money covers 2026-27 only.\n\n"
            "NORFOLK\nNorfolk has been given £500,000, compared with £900,000 across the two years of the 2024-26 round."
            "\n\nSUFFOLK\nSuffolk has secured £300,000.\n\nBEDFORDSHIRE, CAMBRIDGESHIRE AND HERTFORDSHIRE\n" + shared
            + "\n")
    assert award_errors(text, {(11, 900000): dict(funder="Home Office", start="2026-27", end="2026-27")}) == []


# ---- "that period", "those years": the span just stated, for a national fund's size too ----

@pytest.mark.parametrize("again", ["over that period", "during that time", "across those years", "in that period"])
def test_a_span_named_again_by_a_demonstrative(again):
    text = ("Every police area now knows what it will receive from the Home Office round, which runs from April 2026 "
            f"to March 2028.\nNationally the Home Office is spending £48m {again}.\n")
    assert award_errors(text, {(2, 48000000): dict(role="context", start=TWO_YEARS[0], end=TWO_YEARS[1])}) == []


# ---- "from £A to £B": one sum's two sizes, the second its payer's too ----

@pytest.mark.parametrize("sentence, first, second", [
    ("Nationally, the Home Office perpetrator fund is forecast to fall from £45m in 2025-26 to about £38m in "
     "2026-27.", (45000000, "2025-26"), (38000000, "2026-27")),
    ("The Home Office's national pot will rise from £30m in 2024-25 to £36m in 2025-26.",
     (30000000, "2024-25"), (36000000, "2025-26")),
    ("The Ministry of Justice fund for the whole country was cut from £20m in 2024/25 to £17m in 2025/26.",
     (20000000, "2024-25"), (17000000, "2025-26")),
])
def test_new_size_of_a_changed_sum_keeps_its_payer(sentence, first, second):
    funder = "Ministry of Justice" if "Justice" in sentence else "Home Office"
    text = "The Norfolk commissioner has been awarded £90,000 for perpetrator work.\n" + sentence + "\n"
    want = {(2, first[0]): dict(funder=funder, start=first[1]), (2, second[0]): dict(funder=funder, start=second[1])}
    assert award_errors(text, want) == []


# ---- a year a figure is compared with is not its own ----

@pytest.mark.parametrize("compared", [
    "unchanged from 2024/25", "the same as in 2024-25", "compared with 2024/25", "as it was in 2024-25",
    "up from 2024-25",
])
def test_a_year_compared_with_is_not_the_figures(compared):
    text = (f"The Cumbria commissioner has renewed the advocates' contract.\nFor 2025/26 the Ministry of Justice "
            f"victims' grant is paying £382,000, {compared}.\n")
    assert award_errors(text, {(2, 382000): dict(start="2025-26", end="2025-26")}) == []


# ---- two figures joined as the subjects of one verb share the year its clause gives ----

def test_joined_subjects_share_the_year_of_their_verb():
    text = ("I commission the perpetrator service for Derbyshire.\n"
            "The Home Office grant's second year, £380,500, and £90,000 of my match funding are committed to the same "
            "contracts in 2025/26.\n"
            "The grant's final instalment, £200,000, and the council's £25,000 have both gone to the same provider in "
            "2026-27.\n"
            "My office's share, £60,000, and £45,000 from the city council are paying for the caseworkers in 2024/25.\n"
            "The Home Office grant's first year, £210,000, and the commissioner's own £40,000 were both spent during "
            "2024-25.\n")
    want = {(line, pounds): dict(start=year, end=year) for line, pounds, year in [
        (2, 380500, "2025-26"), (2, 90000, "2025-26"), (3, 200000, "2026-27"), (3, 25000, "2026-27"),
        (4, 60000, "2024-25"), (4, 45000, "2024-25"), (5, 210000, "2024-25"), (5, 40000, "2024-25")]}
    assert award_errors(text, want) == []


# ---- a list of sums with each item's name before its sum keeps the payer its lead names ----

@pytest.mark.parametrize("listing", [
    "Out of their Ministry of Justice victims' funding for 2025/26, each commissioner also pays for advocates - "
    "Avon and Somerset £58,000, Gloucestershire £34,500, Wiltshire and Swindon £29,000.",
    "Each commissioner funds advocates from their Ministry of Justice grant for 2025/26: Avon and Somerset £58,000, "
    "Gloucestershire £34,500 and Wiltshire £29,000.",
    "From Ministry of Justice money for 2025/26 the three offices fund advocates, with Avon and Somerset £58,000, "
    "Gloucestershire £34,500 plus Wiltshire £29,000.",
])
def test_named_items_of_a_list_keep_its_payer(listing):
    text = "The Home Office has awarded the three areas £900,000 between them for 2025/26.\n" + listing + "\n"
    want = {(2, pounds): dict(funder="Ministry of Justice", start="2025-26") for pounds in (58000, 34500, 29000)}
    assert award_errors(text, want) == []


# ---- a bid still to be made gives the release no period ----

@pytest.mark.parametrize("bid", [
    "The office plans to put in a further bid for 2027-28.",
    "The commissioner expects to bid again for 2027/28.",
    "We hope to secure more money for 2027-28.",
    "The office will make a fresh application for 2027-28.",
])
def test_a_bid_to_come_is_not_the_releases_period(bid):
    text = ("The Keel programme for Avon and Somerset has run since 2024 and its groups last 26 weeks.\n"
            "A further £20,000 pays for training for probation staff.\n" + bid + "\n")
    assert award_errors(text, {(2, 20000): dict(start=None, end=None)}) == []


def test_a_lead_using_the_grant_to_secure_a_provider_keeps_its_years():
    # (a plan for money already had, not a bid: its years stay the release's)
    text = ("The Keel programme for Avon and Somerset has run since 2024 and its groups last 26 weeks.\n"
            "A further £20,000 pays for training for probation staff.\n"
            "The commissioner will use the Home Office grant for 2027-28 to secure a new provider.\n")
    assert award_errors(text, {(2, 20000): dict(start="2027-28", end="2027-28")}) == []


# ---- "in that same year": the year of the figure before, for money added to a grant ----

@pytest.mark.parametrize("sentence", [
    "Since then the Home Office has confirmed £534,700 for Norfolk for 2025/26, and in that same year I will add "
    "£180,000 of my own money to the grant.",
    "The Home Office has confirmed £534,700 for Norfolk for 2025/26; in this same year the council adds £180,000 to "
    "the grant.",
])
def test_that_same_year_is_the_year_before(sentence):
    assert award_errors("Norfolk update\n" + sentence + "\n", {(2, 180000): dict(start="2025-26", end="2025-26")}) == []


# ---- a menu's "Latest news" item does not turn the page's text below it into links ----

def test_menu_item_is_not_a_links_heading():
    page = ("<html><body><header><nav><ul><li><a href='/'>About us</a></li><li><a href='/news'>Latest news</a></li>"
            "</ul></nav></header>\n<main><article>\n<h1>Two years of funding</h1>\n"
            "<p>The Home Office has awarded £739,000 to Norfolk over the two years April 2025 to March 2027.</p>\n"
            "<p>It comes in two yearly payments:</p>\n<ul>\n<li>2025/26: £391,500</li>\n<li>2026/27: £347,500</li>\n</ul>\n"
            "</article>\n<aside><h3>More from the commissioner</h3><ul><li><a href='/x'>Rural crime team gets £120,000</a>"
            "</li></ul></aside>\n</main></body></html>\n")
    from release_probe import awards
    got = {(a.source_line, a.amount.pence // 100): a for a in awards(page, "invented.html")}
    assert got[(7, 391500)].period_start == "2025-26" and got[(8, 347500)].period_start == "2026-27"
    assert got[(7, 391500)].part_of_line == 4
    assert (11, 120000) not in got


# ---- a year in the predicate of the figure before is that figure's, not the next one's ----

@pytest.mark.parametrize("sentence", [
    "The commissioner was granted £1,598,700 for 2024/25 and 2025/26, of which £786,400 was paid in 2024/25 and "
    "£812,300 is due now.",
    "The commissioner was granted £1,598,700 for 2024/25 and 2025/26: £786,400 went in 2024/25 and £812,300 follows "
    "later.",
])
def test_a_year_in_the_predicate_before_is_that_figures(sentence):
    want = {(2, 786400): dict(start="2024-25", end="2024-25"), (2, 812300): dict(start="2025-26", end="2025-26")}
    assert award_errors("Leicestershire update\n" + sentence + "\n", want) == []


def test_an_elliptical_clause_still_shares_the_year():
    text = "West Yorkshire update\nBradford Council has added £45,000 of match funding in 2024-25, and Kirklees Council £38,500.\n"
    assert award_errors(text, {(2, 38500): dict(start="2024-25", end="2024-25")}) == []


# ---- money "from the same scheme" in a round-up takes the round's years when the fund's size gives none ----

@pytest.mark.parametrize("more", [
    "A further £150,000 from the same scheme has gone to a regional pilot for women who use abuse.",
    "Another £150,000 out of the fund is going to a pilot hub whose lead area is not yet settled.",
])
def test_money_from_the_scheme_takes_the_rounds_years(more):
    text = ("Every police area in the South West has won money from a Home Office scheme, with £2,000,000 coming to "
            "the region over the two years from April 2024.\nThe awards come from a national pot of £36.3 million.\n\n"
            "Dorset\nDorset gets £500,000.\n\nDevon and Cornwall\nDevon and Cornwall gets £700,000.\n\n"
            "Gloucestershire\nThe county's award is £400,000.\n\nWiltshire\nWiltshire was given £400,000.\n\n" + more + "\n")
    assert award_errors(text, {(16, 150000): dict(start="2024-25", end="2025-26")}) == []


# ---- money that its relative clause says a council or the commissioner adds to the grant is match funding ----

@pytest.mark.parametrize("sentence, funder", [
    ("A partner support worker is paid for with £18,000 a year that King's Lynn and West Norfolk Borough Council is "
     "adding to the grant.", "local authority"),
    ("The evening groups run on £18,000 which the commissioner is putting on top of the grant.", "PCC"),
    ("Training is covered by £18,000, which Norwich City Council has added to the Home Office award.",
     "local authority"),
])
def test_money_added_in_a_relative_clause_is_match_funding(sentence, funder):
    text = "The Home Office has awarded Norfolk £739,000 for 2025-26.\n" + sentence + "\n"
    assert award_errors(text, {(2, 18000): dict(role="match_funding", funder=funder)}) == []


# ---- "in this one", "under the new round": the round the text is about, against the last one ----

@pytest.mark.parametrize("sentence", [
    "Across the nine areas, Home Office money falls from about £7.6m in the last round to £7.46m in this one.",
    "The region had £7.6m in the last round and gets £7.46m under the new round.",
])
def test_a_figure_of_this_round_takes_its_years(sentence):
    text = ("The Home Office has told nine areas what they will get from its fund for the two years from April 2026.\n"
            "Cumbria gets £400,000, Lancashire £500,000 and Merseyside £694,000.\n" + sentence + "\n")
    assert award_errors(text, {(3, 7460000): dict(start="2026-27", end="2027-28")}) == []
