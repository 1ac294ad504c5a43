"""Invented texts for the years a figure's own clause speaks of without printing them (README: period_start /
period_end; "Money added to a grant"; "Yearly rates")."""

from release_probe import award_errors


def test_restated_figure_over_the_next_two_years_keeps_no_period():
    # README, "This year" (written after this rule, in the twentieth session): "Spans counted from now with no year
    # named ('over the next two years', …) are read the same way: null, unless the same clause names a year or a start"
    text = ("Rutland Vale's commissioner has accepted £300,000 from the Home Office for 2025-26 and 2026-27.\n\n"
            "A council paper says the county will get £320,000 from the Home Office over the next two years.\n")
    assert award_errors(text, {(1, 300000): dict(start="2025-26", end="2026-27"),
                               (3, 320000): dict(start=None, end=None)}) == []


def test_restated_figure_for_the_year_takes_the_releases_one_year():
    text = ("Norfolk's commissioner was given £150,000 by the Home Office in 2024-25 for work with perpetrators.\n\n"
            "The offer letter for the year puts the grant at £155,000, and the office is checking which is right.\n")
    assert award_errors(text, {(3, 155000): dict(start="2024-25", end="2024-25")}) == []



def test_correct_figure_takes_the_year_of_the_figure_it_corrects():
    text = ("Wiltshire's commissioner is spending the Home Office grant on a group course for men.\n\n"
            "Our spring bulletin gave Wiltshire's 2024-25 Home Office grant as £310,000. "
            "The correct figure is £301,000.\n")
    assert award_errors(text, {(3, 310000): dict(start="2024-25", end="2024-25"),
                               (3, 301000): dict(start="2024-25", end="2024-25")}) == []


def test_correct_figure_set_off_by_an_aside_takes_the_corrected_figures_year():
    text = ("Wiltshire's commissioner is spending the Home Office grant on a group course for men.\n\n"
            "Last year's report gave the 2023-24 Home Office figure for Wiltshire as £288,000. "
            "The correct figure, as the accounts show, is £282,000.\n")
    assert award_errors(text, {(3, 282000): dict(start="2023-24", end="2023-24")}) == []


def test_figure_named_as_one_year_of_the_span_after_it_is_that_year():
    text = ("Norfolk's commissioner has received £240,000 from the Home Office, the first year of the two-year grant "
            "that runs from April 2025 to March 2027.\n\n"
            "The Essex commissioner has £260,000, the final year of a grant running from April 2024 to March 2026.\n")
    assert award_errors(text, {(1, 240000): dict(start="2025-26", end="2025-26"),
                               (3, 260000): dict(start="2025-26", end="2025-26")}) == []


def test_yearly_rate_after_another_figures_year_keeps_no_period():
    text = ("Gwent's commissioner has £210,000 from the Home Office for 2025-26 and 2026-27.\n\n"
            "The health board gives £30,000 for a counsellor in 2025-26, and £9,000 a year comes from a housing "
            "association for a tenancy worker.\n")
    assert award_errors(text, {(3, 9000): dict(start=None, end=None)}) == []



def test_grant_restated_in_a_resolution_with_no_years_of_its_own_keeps_none():
    text = ("1. Gwent has been offered £350,000 by the Home Office for 2025-26 and 2026-27.\n\n"
            "2. That the Commissioner accepts the Home Office grant of £350,000 and adds £40,000 from her own budget "
            "over the two years.\n")
    assert award_errors(text, {(3, 350000): dict(start=None, end=None),
                               (3, 40000): dict(start="2025-26", end="2026-27")}) == []
