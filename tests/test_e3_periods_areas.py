"""Periods and areas of amounts (README: period_start / period_end, "Corrected figures"), on invented texts."""

from release_probe import award_errors


def test_a_correction_putting_back_a_dropped_nought_gives_neither_figure_a_year():
    # (README, "Corrected figures": a note naming no year leaves both figures on its line with period null, even where
    # the release's funding has its years; a dropped nought is as much a slip as two swapped digits)
    text = ("Norfolk's Police and Crime Commissioner has agreed £310,000 of Home Office money for a perpetrator "
            "course for 2025-26 and 2026-27.\n"
            "\n"
            "Notes\n"
            "\n"
            "1. A district council paper in March listed the district's share as £6,000; the figure is £60,000.\n")
    assert award_errors(text, {(1, 310000): dict(start="2025-26", end="2026-27"),
                               (5, 6000): dict(start=None, end=None), (5, 60000): dict(start=None, end=None)}) == []


def test_a_correction_taking_away_a_nought_too_many():
    text = ("Lincolnshire's commissioner has agreed funding of £240,000 from the Home Office for April 2025 to "
            "March 2027 for work with people who harm.\n"
            "\n"
            "Correction: our earlier release recorded the Home Office grant for the helpline as £150,000 in "
            "error; it is £15,000.\n")
    assert award_errors(text, {(3, 150000): dict(start=None, end=None), (3, 15000): dict(start=None, end=None)}) == []


def test_instalments_handed_out_one_to_a_year_after_their_comma_are_one_fact_a_year():
    # (README, "Yearly rates": a figure paid in each of the years its own words count is one fact for each year; the
    # words doing the counting may stand in a clause set off after the figure)
    text = ("Cleveland's commissioner will receive £420,000 from the Home Office for 2025-26 and 2026-27.\n"
            "\n"
            "It arrives as two payments of £210,000, one for each of the two years.\n")
    assert award_errors(text, {(3, 210000, "2025-26"): dict(start="2025-26", end="2025-26", part=1),
                               (3, 210000, "2026-27"): dict(start="2026-27", end="2026-27", part=1)}) == []


def test_an_instalment_in_each_year_after_a_two_year_sum():
    text = ("The Home Office has given the Dyfed-Powys commissioner £96,000 for 2024-25 and 2025-26, "
            "in two equal parts of £48,000, one in each year.\n")
    assert award_errors(text, {(1, 48000, "2024-25"): dict(start="2024-25", end="2024-25"),
                               (1, 48000, "2025-26"): dict(start="2025-26", end="2025-26")}) == []


def _code(place: str) -> str:
    from funding.parse.releases.places import find_areas
    return find_areas(place)[0][2]


def _areas(text: str) -> dict:
    from release_probe import awards_by_key
    return {k: a.pfa_code or None for k, a in awards_by_key(text).items()}


def test_a_grant_for_work_across_several_forces_takes_no_one_area():
    # (README, pfa_code: a figure for several areas is no one area's, whatever area the release is about)
    text = ("Cumbria's commissioner has agreed £260,000 of Home Office money for a course for men in Carlisle.\n"
            "\n"
            "On top of that, the Home Office is paying £21,000 to a university to study the course across the two "
            "forces.\n")
    got = _areas(text)
    assert got[(1, 260000)] == _code("Cumbria") and got[(3, 21000)] is None


def test_a_sum_whose_parts_keep_several_areas_takes_none_of_them():
    text = ("The Home Office has confirmed two more years of money for courses in the east. Altogether the region "
            "gets £905,000 from April 2025: £500,000 for Essex and £405,000 for Hertfordshire.\n")
    got = _areas(text)
    assert got[(1, 905000)] is None and got[(1, 500000)] == _code("Essex") and got[(1, 405000)] == _code("Hertfordshire")


def test_a_year_given_to_one_row_of_a_list_across_funders_is_that_rows_alone():
    # (README, "Money added to a grant": money beside the grant keeps null when its own words give no year; the sum of
    # rows of which only some are dated takes no span either)
    text = ("Durham's commissioner has chosen a new provider for its course for men who abuse their partners, "
            "starting in 2025-26.\n"
            "\n"
            "## In figures\n"
            "\n"
            "- Home Office grant 2025-26: £298,000\n"
            "- Commissioner's match funding: £41,000\n"
            "- Durham County Council: £22,000\n"
            "- Total: £361,000\n")
    assert award_errors(text, {(5, 298000): dict(start="2025-26", end="2025-26", part=8),
                               (6, 41000): dict(start=None, end=None, part=8), (7, 22000): dict(start=None, end=None),
                               (8, 361000): dict(start=None, end=None, role="total")}) == []


def test_money_for_a_scheme_whose_area_is_still_to_be_settled_has_no_area():
    # (README, "Unnamed forces in a round-up": a sum to an area the text does not name has area none)
    text = ("Surrey's commissioner has been awarded £330,000 by the Home Office for its perpetrator service.\n"
            "\n"
            "The Home Office is also putting £1.4 million into a pilot for coastal towns whose lead force is yet to be "
            "agreed.\n")
    got = _areas(text)
    assert got[(1, 330000)] == _code("Surrey") and got[(3, 1400000)] is None
