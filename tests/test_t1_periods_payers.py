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
