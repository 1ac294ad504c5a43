"""Periods said once and governing later figures, in invented texts (README "period_start / period_end", "Yearly
rates"): a lead sentence that names the national payer and the years but no sum ("The Home Office will keep paying
for the work in 2026/27 and 2027/28") gives its span to the award stated after it without years, while a heading
naming the payer governs only its own section; a figure named by an ordinal just before it ("the second year's
£X", "the third-year grant of £X") is that one year of the span; a yearly rate whose own clause names no years
keeps no period even where it is read as a piece of a whole."""

from __future__ import annotations

import pytest

from funding.parse.releases.periods import find_periods
from release_probe import award_errors


def test_a_lead_naming_the_payer_and_years_dates_the_award_and_its_years_pieces():
    text = (
        "The Home Office will keep paying for work with abusive men in Lancashire in 2026/27 and 2027/28.\n"
        "The award comes to £610,000: £300,000 for the first year and £310,000 for the second.\n"
        "Last year 140 men were referred to the course in 2024/25.\n"
    )
    assert award_errors(text, {
        (2, 610000): dict(start="2026-27", end="2027-28"),
        (2, 300000): dict(start="2026-27", end="2026-27"),
        (2, 310000): dict(start="2027-28", end="2027-28"),
    }) == []


def test_a_lead_naming_the_ministry_with_a_start_and_a_length_dates_the_grant_stated_later():
    text = (
        "Cheshire's commissioner says the Ministry of Justice has agreed to back the stalking service from 1 April 2026 "
        "for two years.\n"
        "\n"
        "The grant is £284,000.\n"
        "In 2025-26 the pilot saw 41 people.\n"
    )
    assert award_errors(text, {(3, 284000): dict(start="2026-27", end="2027-28")}) == []


def test_an_ordinal_year_just_before_a_figure_is_that_year_of_the_span():
    text = (
        "Norfolk has been given £820,000 for the two years from April 2025.\n"
        "The Ministry of Justice pays £30,000 a year for an adviser.\n"
        "The Home Office confirmed the second year's £420,000 by letter in January.\n"
    )
    assert award_errors(text, {(3, 420000): dict(role="grant", start="2026-27", end="2026-27")}) == []


def test_an_ordinal_year_grant_named_before_its_figure_over_three_years():
    text = (
        "Essex's work with abusers is paid for over 2025-28 by the Home Office.\n"
        "Essex has been given £900,000 for 2025-28.\n"
        "Since then, 40 men have started.\n"
        "The third-year grant of £310,000 will be paid in April.\n"
    )
    assert award_errors(text, {(4, 310000): dict(start="2027-28", end="2027-28")}) == []


def test_a_yearly_rate_naming_no_years_keeps_no_period_under_a_lead_span():
    text = (
        "The Home Office has confirmed Kent's funding for work with abusers from 1 April 2026 for two years.\n"
        "The grant is £500,000, paid as £240,000 in 2026/27 and £260,000 in 2027/28.\n"
        "That brings the package to £560,000.\n"
        "A further £52,000 a year pays for an adviser who works with partners.\n"
    )
    assert award_errors(text, {(4, 52000): dict(start=None, end=None)}) == []


def test_a_sentence_about_an_earlier_grants_results_gives_the_release_no_period():
    text = (
        "The Home Office has made about £30 million available nationally for 2026-27 and 2027-28.\n"
        "The grants agreed for our region are:\n"
        "  Kent - £400,000 over the two years.\n"
        "  Surrey - £300,000 over the two years.\n"
        "  Sussex - £350,000 over the two years.\n"
        "A further £60,000 has been agreed for one force whose bid came in late.\n"
        "Kent counted 150 referrals in 2025-26 under its earlier grant.\n"
    )
    assert award_errors(text, {(6, 60000): dict(start="2026-27", end="2027-28")}) == []


def test_a_figure_in_a_round_up_with_no_payer_and_not_from_the_round_takes_no_period():
    text = (
        "The Home Office has shared out its £30 million round for the two years from April 2026.\n"
        "Kent receives £400,000.\n"
        "Surrey's share is £300,000.\n"
        "In Sussex the figure is £350,000.\n"
        "On its course, 120 men started in 2025-26.\n"
        "A further £12,000 for training nurses has been found, although the office would not say who is paying it.\n"
        "Between them, the three areas take £1,050,000 of the round.\n"
    )
    assert award_errors(text, {
        (6, 12000): dict(start=None, end=None),
        (7, 1050000): dict(start="2026-27", end="2027-28"),
    }) == []


@pytest.mark.parametrize("text, want", [
    ("From October the trust will run a second group, paid for with £30,000 of council money until March 2027.",
     ("2026-27", "2026-27")),
    ("Starting in January, the helpline is open in the evenings, and it will stay open until June 2026.",
     ("2025-26", "2026-27")),
    ("from May the advocate is funded by the council until the end of April 2027", ("2026-27", "2027-28")),
])
def test_a_start_named_by_its_month_alone_takes_its_year_from_the_end_after_it(text, want):
    assert [p[2:] for p in find_periods(text)[0]] == [want]


def test_a_month_alone_start_and_a_dated_end_date_the_figure_between_them():
    text = (
        "Norfolk's commissioner has secured money for perpetrator work.\n"
        "From November the charity will also run a helpline, paid for by £18,000 from the commissioner's own budget "
        "until March 2026.\n"
    )
    assert award_errors(text, {(2, 18000): dict(start="2025-26", end="2025-26")}) == []


def test_a_figure_from_the_last_round_takes_the_years_the_text_names_for_that_round():
    text = (
        "The Home Office has shared out its £40 million fund for the two years from April 2026.\n"
        "Kent gets £500,000 and Surrey £420,000.\n"
        "Essex had about £610,000 in the 2024 to 2026 round and has heard nothing since.\n"
        "Norfolk and Suffolk shared £380,000 from the last round for a joint stalking service.\n"
    )
    assert award_errors(text, {(4, 380000): dict(start="2024-25", end="2025-26")}) == []


@pytest.mark.parametrize("sentence", [
    "A separate £22,000 pays for training for frontline officers.",
    "Separately, £22,000 pays for training for frontline officers.",
    "£22,000 pays for training for frontline officers, separate from the package above.",
])
def test_money_its_sentence_calls_separate_takes_no_span_from_the_lead(sentence):
    text = (
        "The Home Office has confirmed a grant for Gwent's work with abusive men for April 2026 to March 2028.\n"
        "\n"
        "| Service | 2026-27 | 2027-28 |\n"
        "|---|---|---|\n"
        "| Group course | £110,000 | £115,000 |\n"
        "| Partner support | £40,000 | £40,000 |\n"
        "| **Total** | **£150,000** | **£155,000** |\n"
        "\n"
        + sentence + "\n"
    )
    assert award_errors(text, {(7, 150000): dict(start="2026-27", end="2026-27"),
                               (9, 22000): dict(start=None, end=None)}) == []


def test_a_separate_bid_in_the_same_round_keeps_the_rounds_span():
    text = (
        "Gwent has won two awards from the Home Office fund, which covers 2026-28.\n"
        "The first, £310,000, pays for a group course.\n"
        "In a separate bid in the same round, Gwent also secured £96,000 for a service for young people.\n"
    )
    assert award_errors(text, {(3, 96000): dict(start="2026-27", end="2027-28")}) == []


def test_a_yearly_rate_naming_no_years_takes_no_span_from_a_piece_read_under_it():
    text = (
        "The Home Office has given Durham £600,000 for the two years from April 2026.\n"
        "The Ministry of Justice pays £70,000 a year for two advisers in the same team.\n"
        "An evaluation by Wear Research will cost £28,000 over the two years.\n"
    )
    assert award_errors(text, {(2, 70000): dict(start=None, end=None)}) == []


def test_the_wrong_figure_of_a_correction_takes_no_year_from_its_earlier_statement():
    text = (
        "Norfolk is down for just £318,400 in 2027-28, the member said.\n"
        "The minister replied that the member had quoted £318,400. That was a misprint on the department's page; "
        "Norfolk's allocation for 2027-28 is £381,400.\n"
    )
    assert award_errors(text, {
        (2, 318400): dict(start=None, end=None),
        (2, 381400): dict(start="2027-28", end="2027-28"),
    }) == []


def test_a_dated_wrong_figure_before_the_right_one_leaves_the_right_one_its_restated_year():
    text = (
        "For 2026-27 the Home Office has confirmed a grant of £412,800 for Cumbria.\n"
        "A local paper said Cumbria's grant for 2026-27 had been cut to £390,000. That figure is wrong: the grant "
        "letter gives £412,800.\n"
    )
    assert award_errors(text, {(2, 412800): dict(start="2026-27", end="2026-27")}) == []


def test_a_resolution_restating_the_grant_takes_no_span_from_pieces_read_under_it():
    text = (
        "1.1 To accept a grant of £310,000 of Home Office money from the Office of the Commissioner for the two "
        "financial years 2025/26 and 2026/27.\n"
        "\n"
        "2.1 That Cabinet accepts the grant of £310,000, which the Commissioner's office is passing on to the council "
        "from the Home Office award for Staffordshire.\n"
        "2.2 That Cabinet approves match funding of £25,000 in each of 2025/26 and 2026/27 from the Community Safety "
        "reserve.\n"
        "\n"
        "3.1 The Commissioner has confirmed Staffordshire's allocation of £990,000 for the two years from April 2025.\n"
        "3.2 The council is taking £310,000, broken down as £150,000 for 2025/26 and £160,000 for 2026/27.\n"
        "3.3 Of the 60 men referred in 2024/25, 40 started.\n"
    )
    assert award_errors(text, {
        (1, 310000): dict(start="2025-26", end="2026-27"),
        (3, 310000): dict(start=None, end=None),
        (4, 25000, "2025-26"): dict(start="2025-26", end="2025-26"),
        (4, 25000, "2026-27"): dict(start="2026-27", end="2026-27"),
    }) == []
