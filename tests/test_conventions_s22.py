"""Rules of the twenty-second session, each from a corpus README convention (invented texts, never corpus sentences)."""

from __future__ import annotations

import pytest

from release_probe import awards_by_key, read


# corpus README, "This year": a span counted from now with no year named ("over the next two years") gives a sum no
# period, also where the figures it adds up have years of their own; a span whose clause names its start keeps it
@pytest.mark.parametrize("total_line", [
    "Together with the council's money, £265,000 will be spent on this work in Ashvale over the next two years.",
    "Taken together, £265,000 is going into the service for the coming two years.",
    "With the council's share, £265,000 will be spent across the county during the next three years.",
])
def test_a_sum_over_the_next_two_years_keeps_no_period(total_line):
    text = ("Hampshire's commissioner has won £240,000 from the Home Office for 2025-26 and 2026-27.\n"
            "Basingstoke Council is adding £25,000 to the grant in 2025-26.\n" + total_line + "\n")
    got = awards_by_key(text)
    assert (got[(1, 240000)].period_start, got[(1, 240000)].period_end) == ("2025-26", "2026-27")
    assert (got[(2, 25000)].period_start, got[(2, 25000)].period_end) == ("2025-26", "2025-26")
    assert (got[(3, 265000)].period_start, got[(3, 265000)].period_end) in (("", ""), (None, None))


def test_a_sum_over_the_next_two_years_from_a_named_start_keeps_its_span():
    got = awards_by_key("Hampshire will receive £240,000 from the Home Office over the next two years, from April 2025.\n")
    assert (got[(1, 240000)].period_start, got[(1, 240000)].period_end) == ("2025-26", "2026-27")


def test_a_grant_over_the_next_two_years_alone_keeps_no_period():
    got = awards_by_key("Hampshire will receive £240,000 from the Home Office over the next two years to work with "
                        "people who stalk.\n")
    assert (got[(1, 240000)].period_start, got[(1, 240000)].period_end) in (("", ""), (None, None))
    assert read("Hampshire will receive £240,000 from the Home Office over the next two years.\n").awards[0].funder \
        == "Home Office"


def _components(text: str) -> set[tuple[int, str]]:
    return {(c.source_line, c.component) for c in read(text).components if not c.in_quote}


# a procurement lot's number and title on a line of its own names what is let, as a notice's title field does
@pytest.mark.parametrize("title", [
    "Lot 1 - Group programme and partner support (Kent and Medway)",
    "Lot 2: High-harm case management",
    "**Lot 3:** Partner support",
])
def test_a_lots_title_line_is_no_component(title):
    text = f"Prior information notice: Kent\n\n{title}\n  Indicative value: £280,000 over the initial term.\n"
    assert _components(text) == set()


# corpus README, component: "fund titles … are not components": a fund or round named "perpetrator intervention"
@pytest.mark.parametrize("line", [
    "£612,300 from the Home Office perpetrator intervention fund was awarded to the commissioner for 2025-26.",
    "In August the Home Office confirmed the county's award from its latest perpetrator intervention round: £1,240,000.",
])
def test_a_perpetrator_intervention_fund_or_round_is_no_component(line):
    assert _components("Humberside news\n\n" + line + "\n") == set()


def test_a_perpetrator_intervention_is_still_a_component():
    assert (3, "behaviour_change_programme") in _components(
        "Humberside news\n\nThe grant pays for a perpetrator intervention in Hull and Grimsby.\n")
