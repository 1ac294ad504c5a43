"""Tuner C, twenty-second session: structures read from invented texts (no corpus sentence)."""

from __future__ import annotations

import warnings

import pytest

from funding.parse.releases import extract_release


def _awards(text: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return extract_release(text, "probe", published="2025-06-01").awards


def _one(awards, line: int, text: str):
    found = [a for a in awards if a.source_line == line and a.amount.text == text]
    assert len(found) == 1, [(a.source_line, a.amount.text) for a in awards]
    return found[0]


# --- a per-year split indented under a list item, with a sibling item stating its own sum below ------------------

_INDENTED_SPLIT = [
    ("Key facts\n"
     "- Home Office grant: £300,000 (two years)\n"
     "    2025/26: £140,000\n"
     "    2026/27: £160,000\n"
     "- Council top-up: £20,000\n"),
    ("Key facts\n"
     "* Home Office award: £300,000 over two years\n"
     "   - 2025-26: £140,000\n"
     "   - 2026-27: £160,000\n"
     "* Added by the council: £20,000\n"),
    ("Key facts\n"
     "• Grant from the Home Office: £300,000 (2025/26 and 2026/27)\n"
     "\t2025/26: £140,000\n"
     "\t2026/27: £160,000\n"
     "• Council top-up: £20,000\n"),
]


@pytest.mark.parametrize("text", _INDENTED_SPLIT)
def test_indented_split_under_an_item_is_its_parts(text):
    awards = _awards("Somerset's Police and Crime Commissioner has secured Home Office money for a perpetrator "
                     "service.\n\n" + text)
    whole = _one(awards, 4, "£300,000")
    first, second = _one(awards, 5, "£140,000"), _one(awards, 6, "£160,000")
    assert whole.funding_role == "grant"
    for part, year in ((first, "2025-26"), (second, "2026-27")):
        assert part.funding_role == "part" and part.part_of_line == 4
        assert part.funder == "Home Office"
        assert (part.period_start, part.period_end) == (year, year)
    assert _one(awards, 7, "£20,000").funding_role != "part"


def test_flat_list_with_another_sum_after_is_not_a_split():
    # (no indentation: the list does not end with the run, so the two figures are not read as the grant's parts)
    text = ("Somerset's Police and Crime Commissioner has secured Home Office money for a perpetrator service.\n\n"
            "Key facts\n"
            "- Home Office grant: £300,000\n"
            "- Group course: £140,000\n"
            "- Case management: £160,000\n"
            "- Evaluation: £20,000\n")
    awards = _awards(text)
    assert _one(awards, 5, "£140,000").part_of_line is None


# --- a yearly figure followed in its sentence by the sum it makes over the years --------------------------------

_YEARLY_THEN_SUM = [
    "The commissioner is also adding £25,000 each year from her own budget - £50,000 across the two years.",
    "On top of the grant, the commissioner puts in £25,000 of his own money each year, £50,000 over both years.",
    "The commissioner adds £25,000 in each of the years from the police fund, which comes to £50,000 over the two years.",
]


@pytest.mark.parametrize("sentence", _YEARLY_THEN_SUM)
def test_yearly_figure_before_its_sum_is_one_part_a_year(sentence):
    text = ("Suffolk's Police and Crime Commissioner welcomed the Home Office's perpetrator grant for 2025/26 and "
            "2026/27.\n\nThe grant is £300,000.\n\n" + sentence + "\n")
    awards = _awards(text)
    whole = _one(awards, 5, "£50,000")
    assert whole.funder == "PCC" and (whole.period_start, whole.period_end) == ("2025-26", "2026-27")
    parts = sorted((a for a in awards if a.source_line == 5 and a.amount.text == "£25,000"),
                   key=lambda a: a.period_start)
    assert [(a.funding_role, a.part_of_line, a.funder, a.period_start, a.period_end) for a in parts] == [
        ("part", 5, "PCC", "2025-26", "2025-26"), ("part", 5, "PCC", "2026-27", "2026-27")]


def test_yearly_figure_beside_an_unequal_sum_stays_a_rate():
    text = ("Suffolk's Police and Crime Commissioner welcomed the Home Office's perpetrator grant for 2025/26 and "
            "2026/27.\n\nThe grant is £300,000.\n\n"
            "The commissioner adds £25,000 a year from her own budget, and £70,000 over the two years goes to a helpline.\n")
    awards = _awards(text)
    assert all(a.part_of_line != 5 for a in awards if a.amount.text == "£25,000")


def test_rate_before_its_sum_over_counted_years_is_a_part_each_year():
    # (README "Yearly rates", ruled in the twenty-fourth session: "a year" as "each year" when the sum after it in its
    # sentence counts the years and is exactly the rate times them)
    text = ("Suffolk's Police and Crime Commissioner welcomed the Home Office's perpetrator grant for 2025/26 and "
            "2026/27.\n\nThe grant is £300,000.\n\n"
            "The commissioner adds £25,000 a year from her own budget, £50,000 over the two years.\n")
    rates = sorted((a for a in _awards(text) if a.amount.text == "£25,000"), key=lambda a: a.period_start)
    assert [(a.funding_role, a.part_of_line, a.period_start, a.period_end) for a in rates] == [
        ("part", 5, "2025-26", "2025-26"), ("part", 5, "2026-27", "2026-27")]


def test_rate_before_a_sum_it_does_not_make_stays_a_rate():
    # the sum is not the rate times its years (£25,000 x 2 is not £60,000): the rate stays one fact with no period
    text = ("Suffolk's Police and Crime Commissioner welcomed the Home Office's perpetrator grant for 2025/26 and "
            "2026/27.\n\nThe grant is £300,000.\n\n"
            "The commissioner adds £25,000 a year from her own budget, £60,000 over the two years.\n")
    rates = [a for a in _awards(text) if a.amount.text == "£25,000"]
    assert len(rates) == 1 and rates[0].part_of_line is None and not rates[0].period_start


# --- a piece naming one year of a sum over several years by its place in the span -------------------------------

_NTH_YEAR_PIECE = [
    ("Of the Home Office money for this first year, £150,000 goes to Harbour Change to run the group course.",
     "2025-26"),
    ("Out of the grant for the second year, £200,000 pays for case managers.", "2026-27"),
    ("Of the first year's Home Office funding, £150,000 is for the group course run by Harbour Change.",
     "2025-26"),
]


@pytest.mark.parametrize("sentence,year", _NTH_YEAR_PIECE)
def test_piece_of_a_named_year_is_part_of_that_years_share(sentence, year):
    text = ("Dorset's Police and Crime Commissioner said the Home Office has confirmed £600,000 for perpetrator work "
            "across 2025-26 and 2026-27.\n\n"
            "It comes as £280,000 in 2025-26 and £320,000 in 2026-27.\n\n"
            "The group course starts in the spring.\n\n" + sentence + "\n")
    awards = _awards(text)
    amount = sentence.split("£")[1].split()[0].rstrip(",")
    piece = _one(awards, 7, "£" + amount)
    assert piece.funding_role == "part" and piece.part_of_line == 3
    assert piece.funder == "Home Office"
    assert (piece.period_start, piece.period_end) == (year, year)


# --- a division announced by a lead-in, one figure a paragraph, adding up to a sum stated before ----------------

_DIVISIONS = [
    ("3/5 Where it goes: £180,000 to Harbour Change for the group course.\n\n"
     "4/5 £80,000 pays for two case managers.\n\n"
     "5/5 And £40,000 funds support for partners.\n"),
    ("How the money is spent:\n\n"
     "£180,000 goes to Harbour Change for the group course.\n\n"
     "Two case managers cost £80,000.\n\n"
     "Support for partners takes £40,000.\n"),
    ("What the grant pays for: £180,000 for the group course run by Harbour Change.\n"
     "£80,000 for two case managers.\n"
     "£40,000 for support for partners.\n"),
]


@pytest.mark.parametrize("division", _DIVISIONS)
def test_division_after_a_lead_in_is_parts_of_the_earlier_sum(division):
    text = ("1/5 The Home Office has confirmed Devon's perpetrator grant for 2025/26 and 2026/27: £300,000 in all.\n\n"
            "2/5 The commissioner adds £20,000 from her own budget.\n\n" + division)
    awards = _awards(text)
    for amount in ("£180,000", "£80,000", "£40,000"):
        piece = next(a for a in awards if a.amount.text == amount)
        assert piece.funding_role == "part" and piece.part_of_line == 1, amount
        assert piece.funder == "Home Office"
        assert (piece.period_start, piece.period_end) == ("2025-26", "2026-27")
    assert next(a for a in awards if a.amount.text == "£20,000").part_of_line is None


def test_division_that_does_not_add_up_is_left_alone():
    text = ("1/5 The Home Office has confirmed Devon's perpetrator grant for 2025/26 and 2026/27: £300,000 in all.\n\n"
            "2/5 The commissioner adds £20,000 from her own budget.\n\n"
            "3/5 Where it goes: £170,000 to Harbour Change for the group course.\n\n"
            "4/5 £80,000 pays for two case managers.\n\n"
            "5/5 And £40,000 funds support for partners.\n")
    awards = _awards(text)
    assert next(a for a in awards if a.amount.text == "£170,000").part_of_line != 1


# --- a cost for each person worked with is no one's award ------------------------------------------------------

_PER_HEAD = [
    ("Spread over the 150 men who began the course, the £300,000 works out at about £2,000 for each participant.",
     "£2,000"),
    ("The service cost £300,000, which is £2,500 per man referred.", "£2,500"),
    ("Over the 120 who finished, the cost per completer was £2,500.", "£2,500"),
]


@pytest.mark.parametrize("sentence,figure", _PER_HEAD)
def test_cost_for_each_person_is_context(sentence, figure):
    text = ("The Home Office gave Kent £300,000 for the perpetrator course in 2025/26.\n\n" + sentence + "\n")
    piece = _one(_awards(text), 3, figure)
    assert piece.funding_role == "context" and not piece.pfa_code and not piece.funder


def test_per_person_words_about_the_work_leave_the_award_alone():
    text = ("Kent's commissioner said the course, twelve sessions for each person referred, will run on £95,000 of "
            "her own money in 2025-26.\n")
    assert _one(_awards(text), 1, "£95,000").funding_role != "context"
