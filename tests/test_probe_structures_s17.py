"""Structures from the seventeenth session's invented probe set that the reader misread: a grant said to be topped
up by the next figure, yearly shares labelled by an ordinal year in a list, and partners named as adding money.

Corpus README: `match_funding` is money added to a grant (the figure added, not the grant it is added to); a per-year
figure has its own year; funder `partners` for match funders named only as partners.  Invented texts.
"""

from __future__ import annotations

import pytest

from release_probe import award_errors


@pytest.mark.parametrize("text, grant, added", [
    ("The Home Office's 2025-26 perpetrator grants for Wales have been published.\n"
     "South Wales has £388,000, topped up by £45,000 from Cardiff Council.\n", (2, 388000), (2, 45000)),
    ("What your area gets from the Home Office's 2025-26 round\n\n"
     "Gwent: £212,000 from the round, which is matched with £30,000 from Newport City Council.\n", (3, 212000), (3, 30000)),
    ("Home Office grants for 2025-26\n\nKent receives £300,000, boosted by a further £25,000 from Kent County Council.\n",
     (3, 300000), (3, 25000)),
])
def test_a_grant_topped_up_by_the_next_figure_stays_a_grant(text, grant, added):
    assert award_errors(text, {grant: dict(role="grant", funder="Home Office"),
                               added: dict(role="match_funding", funder="local authority")}) == []


@pytest.mark.parametrize("lines", [
    "- First year: £160,000\n- Second year: £176,000\n",
    "First year – £160,000\nSecond year – £176,000\n",
])
def test_yearly_shares_labelled_by_an_ordinal_year_in_a_list(lines):
    text = "Suffolk's commissioner will receive £336,000 from the Ministry of Justice over two years from April 2025.\n\n"
    assert award_errors(text + lines, {
        (3, 160000): dict(role="part", part=1, start="2025-26", end="2025-26"),
        (4, 176000): dict(role="part", part=1, start="2026-27", end="2026-27")}) == []


@pytest.mark.parametrize("sentence", [
    "Partners in the Surrey Domestic Abuse Partnership are adding £15,000 to the grant.",
    "Local health and housing partners have contributed £15,000 to the grant.",
])
def test_partners_named_as_adding_money_are_its_funder(sentence):
    text = "Surrey has been granted £260,000 by the Home Office for 2025-26.\n" + sentence + "\n"
    assert award_errors(text, {(2, 15000): dict(role="match_funding", funder="partners")}) == []


def test_partners_of_a_bid_or_providing_support_pay_nothing():
    text = ("Already partners in major crime work, the three forces put in a joint bid and will share £900,000 from the "
            "Home Office.\nSupport for partners provided by Kent Women's Aid costs £40,000.\n")
    from release_probe import awards
    assert all(a.funder != "partners" for a in awards(text))


@pytest.mark.parametrize("first, second", [("### 2025/26", "### 2026/27"), ("2025-26", "2026-27"),
                                           ("In 2025/26:", "In 2026/27:")])
def test_a_heading_that_is_a_year_dates_the_figures_under_it(first, second):
    text = (f"Cheshire's commissioner has secured £470,000 from the Home Office for 2025/26 to 2026/27.\n\n"
            f"{first}\n£230,000 will fund the first two cohorts of the course.\n\n"
            f"{second}\n£240,000 will fund two further cohorts.\n")
    assert award_errors(text, {(4, 230000): dict(role="part", part=1, start="2025-26", end="2025-26"),
                               (7, 240000): dict(role="part", part=1, start="2026-27", end="2026-27")}) == []


def test_a_figures_own_year_beats_the_heading_over_it():
    text = ("Cheshire's commissioner has secured £470,000 from the Home Office for 2025/26 to 2026/27.\n\n"
            "### 2025/26\nThe council adds £20,000 in 2026/27 for a family worker.\n")
    assert award_errors(text, {(4, 20000): dict(start="2026-27", end="2026-27")}) == []
