"""Thirty-fourth session: where two tuners' rules of the round met on one text, the rulings on their flags (corpus
README, "Relabellings (thirty-fourth session)"), and two reviewers' probable misreadings confirmed after the round.
Texts are invented."""
import pytest

from release_probe import awards_by_key


_PAPER = ("# Harbour Homes board paper\n\n"
          "## 1. The proposal\n"
          "Harbour Homes would house men on the Kent perpetrator course while they attend it.\n\n"
          "## 2. Money\n"
          "The Kent Police and Crime Commissioner has set aside £60,000 for the housing in 2026-27.\n"
          "Harbour Homes' £30,000 would come from its community budget.\n"
          "For comparison only, the board approved £2m for kitchen replacements in 2026-27.\n\n"
          "## 3. Bus fares\n"
          "Keeping the county's fare cap costs £4m a year.\n")


def test_a_money_section_that_compares_with_unrelated_work_keeps_its_own_figures():
    # A section is the page's other business only when its heading names that business: a money section whose last
    # paragraph compares the cost with a kitchen-replacement budget keeps the landlord's own £30,000
    got = awards_by_key(_PAPER, "invented.md")
    assert (7, 60000) in got and (8, 30000) in got
    assert got[(8, 30000)].pfa_code == "E23000032"


def test_a_section_headed_by_unrelated_work_still_drops_its_figures():
    got = awards_by_key(_PAPER, "invented.md")
    assert (12, 4000000) not in got
    assert (9, 2000000) not in got  # the kitchen budget: unrelated work in its own sentence


@pytest.mark.parametrize("wording, span", [
    ("over two years from October 2025", ("2025-26", "2027-28")),
    ("for two years from April 2025", ("2025-26", "2026-27")),
    ("for 18 months from October 2025", ("2025-26", "2026-27")),
    ("over the two years to September 2025", ("2023-24", "2025-26")),
    ("over the two years to March 2025", ("2023-24", "2024-25")),
])
def test_a_count_of_years_from_a_month_covers_the_financial_years_its_months_touch(wording, span):
    # "Spans from a month" (thirty-fourth session): two years from October 2025 run to September 2027, as a count of
    # months does; from April, or to March, a count of years is that many financial years
    text = f"Kent news\n\nThe Kent Police and Crime Commissioner has given Kent Change £80,000 {wording} for its course.\n"
    (award,) = awards_by_key(text).values()
    assert (award.period_start, award.period_end) == span


@pytest.mark.parametrize("which", ["the", "the current", "the county's", "this year's"])
def test_a_yearly_piece_of_match_funding_takes_no_payer_from_the_grant_it_matches(which):
    # a reviewer's probable misreading: "paid as match funding to the current Home Office grant" gave the yearly
    # piece in brackets the Home Office as payer; the grant named after "match funding to" is the money matched,
    # whatever word says which grant it is
    text = ("Norfolk housing pilot\n\nMembers are asked to agree £50,000 from Otterbrook Homes over two years "
            f"(£25,000 in each year), paid as match funding to {which} Home Office grant for the Norfolk course.\n")
    got = awards_by_key(text)
    assert got[(3, 25000)].funding_role == "part"
    assert not got[(3, 25000)].funder  # the whole names no payer of its own either
    assert got[(3, 50000)].funding_role == "match_funding"


@pytest.mark.parametrize("sentence, want", [
    ("Six of the nine partners have signed the new protocol.", set()),
    ("All 12 partners on the Kent community safety board back the course.", set()),
    # (near misses: the partners of the men on the course, counted as the service's results)
    ("Four of the nine partners said they felt safer.", {(4, 9)}),
    ("Of the 40 partners we contacted, 32 accepted support.", {(32, 40)}),
])
def test_partner_agencies_counted_are_no_outcome(sentence, want):
    # a reviewer's probable misreading (older than the session): partner agencies that signed an agreement, or the
    # partners of a board or partnership, were read as partners of the men reached by the service
    from funding.parse.releases import extract_outcomes
    text = "Kent perpetrator course update\n\nThe Kent commissioner funds the perpetrator course.\n" + sentence + "\n"
    assert {(int(o.value), int(o.base) if o.base else None) for o in extract_outcomes(text, "x")} == want
