"""Periods of amounts (period_start / period_end) read from the shapes that carry or cancel them: figures that point
to where the text sets them out, yearly sums "in each of" several years, years joined in Welsh, a year stated once
for figures joined in an elliptical clause. Invented paraphrases, read with :mod:`tests.release_probe`."""

from __future__ import annotations

from tests.release_probe import award_errors, awards


# --- a figure pointing to where the text sets it out keeps no period ---------------------------------------------

def test_figure_set_out_in_a_section_takes_no_period():
    text = ("Norfolk has been awarded £420,000 by the Home Office for the two years from April 2025.\n\n"
            "RECOMMENDATION\n\n"
            "That the Commissioner approves spending of £420,000 as set out in section 3.\n")
    assert award_errors(text, {(5, 420000): {"start": None, "end": None}}) == []


def test_figure_shown_in_a_table_takes_no_period():
    text = ("Suffolk will receive £310,500 from the Home Office for 2025-26.\n\n"
            "The total of £362,000 is paid for as shown in Table 2. Nothing is committed after that.\n")
    assert award_errors(text, {(3, 362000): {"start": None, "end": None}}) == []


def test_figure_with_see_paragraph_takes_no_period():
    text = ("Kent has been granted £512,000 by the Home Office for 2025-26.\n\n"
            "Funding for the pilot: the Commissioner's £21,000 (see 4.2).\n")
    assert award_errors(text, {(3, 21000): {"start": None, "end": None}}) == []


def test_figure_pointing_elsewhere_keeps_a_year_its_own_sentence_names():
    text = ("Essex has been awarded £300,000 by the Home Office for the two years from April 2024.\n\n"
            "I approve spending of £150,000 in 2024-25 as set out in Annex A.\n")
    assert award_errors(text, {(3, 150000): {"start": "2024-25", "end": "2024-25"}}) == []


# --- "in each of" several years: one fact a year ---------------------------------------------------------------

def test_added_in_each_of_two_named_years_is_one_fact_a_year():
    text = ("Bedfordshire has been awarded £400,000 by the Home Office for 2024-25 and 2025-26.\n\n"
            "The Commissioner has added £45,000 from her own budget to the grant in each of 2024-25 and 2025-26; "
            "it pays for a case worker.\n")
    got = sorted((a.period_start, a.period_end) for a in awards(text) if a.source_line == 3 and a.amount.pence == 4_500_000)
    assert got == [("2024-25", "2024-25"), ("2025-26", "2025-26")]


def test_grant_made_up_of_a_sum_in_each_of_the_two_years():
    text = ("Derbyshire has been awarded £500,000 by the Home Office for the two years from April 2025.\n\n"
            "The commissioner said the grant was made up of £250,000 in each of the two years.\n")
    got = sorted((a.period_start, a.period_end) for a in awards(text) if a.source_line == 3)
    assert got == [("2025-26", "2025-26"), ("2026-27", "2026-27")]


# --- years joined in Welsh ------------------------------------------------------------------------------------

def test_welsh_and_joins_two_years_into_a_span():
    from funding.parse.releases.periods import find_periods
    assert [p[2:] for p in find_periods("£500,000 ar gyfer 2025-26 a 2026-27 i weithio")[0]] == [("2025-26", "2026-27")]
    assert [p[2:] for p in find_periods("am 2024-25 ac 2025-26")[0]] == [("2024-25", "2025-26")]


# --- a year stated once for figures joined in an elliptical clause --------------------------------------------

def test_year_after_an_elliptical_pair_of_figures_is_both_figures():
    text = ("Lancashire has been awarded £900,000 by the Home Office for the three years from April 2025.\n\n"
            "Preston City Council is adding £22,000 and Burnley Borough Council £18,000 to the grant in 2025/26.\n")
    assert award_errors(text, {(3, 22000): {"start": "2025-26", "end": "2025-26"},
                               (3, 18000): {"start": "2025-26", "end": "2025-26"}}) == []


# --- a payment month a few words after the figure; a start month and a length in months apart -----------------

def test_contribution_paid_in_a_month_takes_that_months_financial_year():
    text = ("Dear Ms Harper,\n\nThe Home Office grant to Cumbria is £400,000 for the two years from April 2025.\n\n"
            "The council's contribution of £25,000 will be paid as a single sum in May 2025.\n")
    assert award_errors(text, {(5, 25000): {"start": "2025-26", "end": "2025-26"}}) == []


def test_pilot_started_in_a_month_and_paid_over_months_spans_those_years():
    text = ("Northamptonshire has been awarded £350,000 by the Home Office for 2025-26.\n\n"
            "The stalking service started as a pilot in November 2023, funded with £52,000 from the Commissioner's "
            "own budget over 15 months.\n")
    assert award_errors(text, {(3, 52000): {"start": "2023-24", "end": "2024-25"}}) == []


def test_six_month_pilot_which_ran_from_a_month_is_one_year():
    text = ("Warwickshire has been awarded £300,000 by the Home Office for 2025-26.\n\n"
            "She also paid £18,000 from her own budget for a six-month pilot of work with stalkers, which ran from "
            "September 2024.\n")
    assert award_errors(text, {(3, 18000): {"start": "2024-25", "end": "2024-25"}}) == []


def test_a_limit_on_each_persons_time_is_no_length_of_funding():
    from funding.parse.releases.periods import start_and_length
    assert start_and_length("From April 2025 each man has a case manager for up to 12 months, paid from £90,000.") is None


# --- more paraphrases of the same shapes -------------------------------------------------------------------------

def test_figure_in_an_earlier_report_takes_no_period():
    text = ("Dorset has been given £380,000 by the Home Office for 2025-26.\n\n"
            "That is separate from the £395,000 in the March report, which counted the council's money too.\n")
    assert award_errors(text, {(3, 395000): {"start": None, "end": None}}) == []


def test_decision_approving_a_sum_set_out_in_this_record_takes_no_period():
    text = ("Cheshire has been awarded £610,000 by the Home Office over the two years from April 2025.\n\n"
            "DECISION\nI approve the commitment of £655,000 set out in this record.\n")
    assert award_errors(text, {(4, 655000): {"start": None, "end": None}}) == []


def test_council_adding_a_sum_for_each_of_three_named_years():
    text = ("Avon and Somerset has been awarded £1,200,000 by the Home Office for 2025-26 to 2027-28.\n\n"
            "Bristol City Council is adding £20,000 to the grant in each of 2025-26, 2026-27 and 2027-28.\n")
    got = sorted(a.period_start for a in awards(text) if a.source_line == 3 and a.amount.pence == 2_000_000)
    assert got == ["2025-26", "2026-27", "2027-28"]


def test_welsh_sentence_with_two_named_years_is_a_span():
    text = "Mae Comisiynydd Gwent wedi sicrhau £480,000 gan y Swyddfa Gartref ar gyfer 2024-25 a 2025-26.\n"
    assert award_errors(text, {(1, 480000): {"start": "2024-25", "end": "2025-26"}}) == []


def test_elliptical_pair_of_councils_for_a_named_year():
    text = ("Kent has been awarded £1,000,000 by the Home Office for the two years from April 2025.\n\n"
            "Medway Council has put in £30,000 and Maidstone Borough Council £12,500 for 2026-27.\n")
    assert award_errors(text, {(3, 30000): {"start": "2026-27", "end": "2026-27"},
                               (3, 12500): {"start": "2026-27", "end": "2026-27"}}) == []


def test_instalment_due_in_a_month_of_the_next_financial_year():
    text = ("Surrey has been awarded £420,000 by the Home Office for the two years from April 2025.\n\n"
            "The Commissioner's own £15,000 is due for payment in February 2026.\n")
    assert award_errors(text, {(3, 15000): {"start": "2025-26", "end": "2025-26"}}) == []


def test_contract_that_began_in_a_month_for_a_number_of_months():
    text = ("Hampshire has been awarded £500,000 by the Home Office for 2025-26.\n\n"
            "A stalking clinic, which started in January 2025, has been paid £40,000 from the Commissioner's own "
            "budget for twelve months.\n")
    assert award_errors(text, {(3, 40000): {"start": "2024-25", "end": "2025-26"}}) == []


# --- "over the same period" after a top-up's single year: the release's span ---------------------------------

def test_same_period_after_a_one_year_top_up_is_the_awards_span():
    text = ("Essex has been given £900,000 by the Home Office for April 2025 to March 2027.\n\n"
            "The commissioner has added £60,000 to the grant for 2025-26 only.\n\n"
            "Nationally, the Home Office is spending about £40m on such schemes over the same period.\n")
    assert award_errors(text, {(5, 40000000): {"start": "2025-26", "end": "2026-27"}}) == []


def test_same_period_in_a_sentence_printing_its_year_keeps_that_year():
    text = ("Essex has been given £900,000 by the Home Office for April 2025 to March 2027.\n\n"
            "In 2025-26 the council pays £20,000 and the commissioner £30,000 over the same period.\n")
    assert award_errors(text, {(3, 30000): {"start": "2025-26", "end": "2025-26"}}) == []


def test_same_period_skips_a_span_of_results_with_no_money():
    text = ("Essex has been given £900,000 by the Home Office for April 2025 to March 2027.\n\n"
            "The commissioner has added £60,000 to the grant for 2025-26 only.\n\n"
            "The old service took 300 referrals in 2023-24 and 2024-25.\n\n"
            "Nationally, the Home Office is spending about £40m on such schemes over the same period.\n")
    assert award_errors(text, {(7, 40000000): {"start": "2025-26", "end": "2026-27"}}) == []
