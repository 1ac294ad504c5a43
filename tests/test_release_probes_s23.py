"""Structures from the second invented probe set (tests/corpus/probes/structures2.json) that the reader misread,
written as general rules in the twenty-third session's probe round: each test states the structure in its own
invented wordings (other areas, figures and sentences than the probes).

Corpus README: conflicts `parts_do_not_sum` and `amounts_differ`, "Divisions that do not add up", "Corrected
figures", "Payer said once", "Money added to a grant", `total` ("altogether").
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from release_probe import award_errors

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import score_probes  # noqa: E402


def _conflict_errors(lines: list[str], kind: str) -> list[str]:
    """What the probe scorer finds wrong with ``lines`` read as a probe that should raise ``kind`` ("none": no
    conflict at all)."""
    probe = {"name": "invented", "lines": lines, "amounts": [], "conflict": kind}
    return [e for e in score_probes.errors(probe) if "conflict" in e]


# --------------------------------------------------------------------------- a division in full falling well short

@pytest.mark.parametrize("lines", [
    ["Wiltshire's £240,000 grant from the Ministry of Justice is made up of £150,000 for the group course and "
     "£70,000 for case management."],
    ["The Home Office award to Dorset, £410,000, is made up of £260,000 for the course and £110,000 for "
     "partner support."],
])
# (a grant "split between" or "split as" pieces well short of it keeps the near rule, test_cf_conflicts.py: pieces
# far short of a division are some of its uses; only words saying what the grant is made of hold it further off)
def test_a_grant_said_to_be_made_up_of_pieces_well_short_of_it_does_not_add_up(lines):
    assert _conflict_errors(lines, "parts_do_not_sum") == []


def test_pieces_of_a_grant_named_only_as_some_uses_raise_nothing():
    # "£X of the grant pays for …" names one use, not a division in full
    lines = ["Dorset has a Home Office grant of £410,000.",
             "Of that, £260,000 pays for the group course and £110,000 for partner support."]
    assert _conflict_errors(lines, "none") == []


# --------------------------------------------------------------------------- a split by year on a later line

@pytest.mark.parametrize("lines", [
    ["Cumbria's commissioner has a Home Office grant of £380,000 over 2025-27.",
     "It is paid as £200,000 in 2025/26 and £195,000 in 2026/27."],
    ["Norfolk has been awarded £630,000 by the Ministry of Justice for the three years from April 2025.",
     "The money comes in three instalments: £210,000 in 2025-26, £215,000 in 2026-27 and £220,000 in 2027-28."],
])
def test_one_piece_a_year_of_a_grants_span_coming_to_more_than_it_does_not_add_up(lines):
    assert _conflict_errors(lines, "parts_do_not_sum") == []


def test_one_piece_a_year_adding_up_to_the_grant_raises_no_disagreement():
    lines = ["Cumbria's commissioner has a Home Office grant of £380,000 over 2025-27.",
             "It is paid as £190,000 in 2025/26 and £190,000 in 2026/27."]
    assert _conflict_errors(lines, "none") == []


# --------------------------------------------------------------------------- two accounts of an undated grant

@pytest.mark.parametrize("lines", [
    ["The Echo understands Durham is in line for £190,000 from the Home Office for its stalking work.",
     "A spokesperson for the commissioner said the Home Office grant is £172,500."],
    ["Question 4 (Cllr Idris Penhale): Is it right that the Ministry of Justice grant has been cut to £140,000?", "",
     "Response: No. The Ministry of Justice grant remains £152,000."],
])
def test_one_payers_undated_grant_given_two_ways_by_two_sources_is_amounts_differ(lines):
    assert _conflict_errors(lines, "amounts_differ") == []


def test_two_undated_grants_of_one_payer_with_no_source_words_raise_nothing():
    # two sums of one payer for two services, neither given as anyone's account, are two grants
    lines = ["Durham has £190,000 from the Home Office for its group course.",
             "The Home Office is also paying £172,500 for the stalking service."]
    assert _conflict_errors(lines, "none") == []


# --------------------------------------------------------------------------- "Altogether" without its comma

@pytest.mark.parametrize("text, want", [
    ("The Ministry of Justice has set out each area's share for 2025-26.\n\nNorfolk: £215,000\nSuffolk: £180,000\n"
     "Essex: £340,000\n\nAltogether the ministry is paying the three areas £735,000 in 2025-26.\n",
     {(7, 735000): dict(role="total")}),
    ("Lancashire has £260,000 from the Home Office and £42,000 from the commissioner.\n"
     "In total the programme will have £302,000.\n",
     {(2, 302000): dict(role="total", funder=None)}),
])
def test_a_sentence_opened_by_altogether_without_a_comma_states_a_total(text, want):
    assert award_errors(text, want) == []


# --------------------------------------------------------------------------- a total after undated money added

@pytest.mark.parametrize("text, want", [
    ("Cheshire has been awarded £380,000 by the Home Office for 2025-26.\n"
     "Cheshire West and Chester Council will add £30,000 to the grant, and the commissioner £20,500 of her own.\n"
     "Altogether, £430,500 is going into the service.\n",
     {(1, 380000): dict(role="grant", start="2025-26", end="2025-26"),
      (2, 30000): dict(role="match_funding", funder="local authority", start=None),
      (3, 430500): dict(role="total", funder=None, start=None, end=None)}),
    ("The Ministry of Justice is giving Gwent £210,000 for 2025/26.\n\n"
     "Torfaen Council is topping up the grant with £25,000.\n\nIn all, £235,000 will pay for the course.\n",
     {(5, 235000): dict(role="total", start=None, end=None)}),
])
def test_a_total_after_money_added_with_no_year_of_its_own_has_no_year(text, want):
    assert award_errors(text, want) == []


def test_a_total_after_money_added_in_the_dated_grants_own_sentence_keeps_that_year():
    text = ("Durham's commissioner has been awarded £300,000 by the Home Office for 2025-26 and will add £40,000 of "
            "her own.\nThe combined £340,000 pays for the course.\n")
    assert award_errors(text, {(2, 340000): dict(role="total", start="2025-26", end="2025-26")}) == []


# --------------------------------------------------------------------------- partner agencies adding money

@pytest.mark.parametrize("text, want", [
    ("Kent's Ministry of Justice grant of £270,000 pays for the group course.\n"
     "Local partner organisations are adding £18,000 to it in 2026-27.\n",
     {(2, 18000): dict(role="match_funding", funder="partners", start="2026-27", end="2026-27")}),
    ("Dyfed-Powys has £190,000 from the Home Office.\n\nOn top of the grant:\n- Partner agencies: £12,500\n",
     {(4, 12500): dict(funder="partners")}),
])
def test_partner_agencies_adding_money_are_the_partners_funder(text, want):
    assert award_errors(text, want) == []


# --------------------------------------------------------------------------- a top-up's year is its own

@pytest.mark.parametrize("text, want", [
    ("Surrey's Home Office grant of £320,000 pays for the Turning Point course.\n"
     "The commissioner is topping up the grant with £30,000 from her own budget for 2026-27.\n",
     {(1, 320000): dict(role="grant", funder="Home Office", start=None, end=None),
      (2, 30000): dict(role="match_funding", start="2026-27", end="2026-27")}),
    ("North Yorkshire has been given £205,000 by the Ministry of Justice for its stalking service.\n"
     "The county council is adding £15,000 to the grant in 2025/26.\n",
     {(1, 205000): dict(role="grant", start=None, end=None),
      (2, 15000): dict(role="match_funding", funder="local authority", start="2025-26")}),
])
def test_the_year_of_money_added_to_a_grant_is_not_lent_to_the_undated_grant(text, want):
    assert award_errors(text, want) == []


def test_a_year_said_of_the_grant_itself_is_still_the_releases():
    text = ("Surrey's Home Office grant for 2026-27 pays for the Turning Point course.\n"
            "The grant is £320,000.\n")
    assert award_errors(text, {(2, 320000): dict(role="grant", start="2026-27", end="2026-27")}) == []


# --------------------------------------------------------------------------- a list under "Added to the grant:"

@pytest.mark.parametrize("text, want", [
    ("Cleveland has been awarded £280,000 by the Home Office for 2025-26.\n\nOn top of the grant:\n"
     "- Middlesbrough Council: £22,000\n- The commissioner's own budget: £18,000\n- Partner agencies: £9,000\n",
     {(4, 22000): dict(role="match_funding", funder="local authority", start=None),
      (5, 18000): dict(role="match_funding", funder="PCC", start=None),
      (6, 9000): dict(role="match_funding", funder="partners", start=None)}),
])
def test_the_items_of_a_list_under_a_lead_in_saying_they_are_added_to_the_grant_are_match_funding(text, want):
    assert award_errors(text, want) == []


# --------------------------------------------------------------------------- payer and years said once, no area named

@pytest.mark.parametrize("text, want", [
    ("Dear Chief Executive,\n\nI write to confirm the Ministry of Justice's grant offer for your stalking service "
     "for 2026-27.\n\nThe sum offered is £142,750.\n",
     {(5, 142750): dict(role="grant", funder="Ministry of Justice", start="2026-27", end="2026-27")}),
    ("Who is funding the new course?\nThe Home Office, over 2025-27.\n\nWhat is the grant?\n£388,000.\n",
     {(5, 388000): dict(role="grant", funder="Home Office", start="2025-26", end="2026-27")}),
])
def test_a_text_naming_no_area_lends_its_one_payer_and_years_to_its_grant(text, want):
    assert award_errors(text, want) == []


def test_a_text_naming_no_area_with_no_payer_said_leaves_the_grant_without_one():
    text = "Dear Chief Executive,\n\nI am pleased to confirm your funding for 2026-27.\n\nThe sum offered is £142,750.\n"
    assert award_errors(text, {(5, 142750): dict(role="grant", funder=None, start="2026-27")}) == []


# --------------------------------------------------------------------------- a heading's payer, first paragraph only

@pytest.mark.parametrize("text, want", [
    ("Funding Northumbria's Safe Steps service\n\nHOME OFFICE GRANT\n\n£226,000 over 2025-27 pays for the group course.\n\n"
     "£18,500 pays for an interpreter service.\n",
     {(5, 226000): dict(role="grant", funder="Home Office", start="2025-26", end="2026-27"),
      (7, 18500): dict(role="grant", part=None, funder=None, start=None, end=None)}),
])
def test_a_sum_a_paragraph_past_the_first_under_a_payers_heading_is_a_sum_of_its_own(text, want):
    assert award_errors(text, want) == []


def test_a_sum_a_paragraph_later_that_ties_itself_to_the_headings_money_stays_its_piece():
    text = ("Funding Northumbria's Safe Steps service\n\nHOME OFFICE GRANT\n\n£226,000 over 2025-27 pays for the group course.\n\n"
            "£18,500 of the grant pays for an interpreter service.\n")
    assert award_errors(text, {(7, 18500): dict(role="part", part=5, funder="Home Office")}) == []


# --------------------------------------------------------------------------- one dated share of a sum

@pytest.mark.parametrize("text, want", [
    ("The Ministry of Justice fund covers the three years from April 2025; forces in the North have set out their "
     "shares.\nCumbria gets £210,000.\nLancashire has been allocated £390,000, of which £130,000 is for 2025-26.\n"
     "Merseyside will receive £300,000.\n",
     {(3, 390000): dict(role="grant", start="2025-26", end="2027-28"),
      (3, 130000): dict(role="part", part=3, start="2025-26", end="2025-26")}),
    ("The Home Office round runs for the two years from April 2026, and three forces have said what they get.\n"
     "Durham has been offered £260,000, of which £125,000 is for 2026-27.\nCleveland gets £240,000.\n"
     "Northumbria gets £410,000.\n",
     {(2, 260000): dict(role="grant", start="2026-27", end="2027-28"),
      (2, 125000): dict(role="part", part=2, start="2026-27", end="2026-27")}),
])
def test_one_share_of_a_sum_with_its_own_year_does_not_date_the_sum(text, want):
    assert award_errors(text, want) == []


def test_a_sum_split_into_its_years_still_spans_them():
    text = "Durham has been offered £260,000 by the Home Office: £125,000 in 2025-26 and £135,000 in 2026-27.\n"
    assert award_errors(text, {(1, 260000): dict(start="2025-26", end="2026-27")}) == []


# --------------------------------------------------------------------------- a table under an own-budget lead-in

@pytest.mark.parametrize("text, want", [
    ("Out of his own budget, the Lincolnshire commissioner funds these services:\n\n"
     "| Service | Amount |\n|---|---|\n| Stalking advocate | £36,400 |\n| Perpetrator helpline | £21,000 |\n",
     {(5, 36400): dict(role="own_funding", funder="PCC"), (6, 21000): dict(role="own_funding", funder="PCC")}),
    ("From the commissioner's own budget, Dorset pays for two services:\n\n"
     "Case worker for young people      £29,500\nPartner support line              £14,250\n",
     {(3, 29500): dict(role="own_funding", funder="PCC"), (4, 14250): dict(role="own_funding", funder="PCC")}),
])
def test_table_rows_under_a_lead_in_saying_the_commissioners_own_budget_pays_are_own_funding(text, want):
    assert award_errors(text, want) == []


def test_table_rows_under_a_lead_in_about_a_councils_own_budget_stay_the_councils():
    text = ("From its own budget, Lincolnshire County Council pays for these services:\n\n"
            "| Service | Amount |\n|---|---|\n| Stalking advocate | £36,400 |\n")
    assert award_errors(text, {(5, 36400): dict(role="grant")}) == []


# --------------------------------------------------------------------------- a year's table row restating the grant

@pytest.mark.parametrize("text, amounts, kind", [
    ("Staffordshire's Ministry of Justice grant for 2026-27 is £218,000.\n\n| Year | Grant |\n|---|---|\n"
     "| 2026-27 | £281,000 |\n",
     {(5, 281000): dict(role="grant", part=None, funder="Ministry of Justice", start="2026-27")}, "amounts_differ"),
    ("Staffordshire's Ministry of Justice grant for 2026-27 is £218,000.\n\n| Year | Grant |\n|---|---|\n"
     "| 2026-27 | £218,000 |\n",
     {(5, 218000): dict(role="grant", part=None)}, "none"),
])
def test_a_table_row_labelled_only_by_the_grants_year_restates_the_grant(text, amounts, kind):
    assert award_errors(text, amounts) == []
    assert _conflict_errors(text.rstrip("\n").split("\n"), kind) == []


def test_a_table_row_naming_an_item_under_a_grant_is_still_its_piece():
    text = ("Staffordshire's Ministry of Justice grant for 2026-27 is £218,000.\n\n| Item | Cost |\n|---|---|\n"
            "| Group course | £150,000 |\n| Partner support | £68,000 |\n")
    assert award_errors(text, {(5, 150000): dict(role="part", part=1)}) == []


# --------------------------------------------------------------------------- a round-up of several payers' money

@pytest.mark.parametrize("text, want", [
    ("Who pays for perpetrator work in the Midlands\n\nWarwickshire: £240,000 from the Home Office for 2026-27\n"
     "Staffordshire: £85,000 from Stoke-on-Trent City Council\nWest Mercia: £110,000, its payer not made public\n",
     {(3, 240000): dict(funder="Home Office", start="2026-27", end="2026-27"),
      (4, 85000): dict(funder="local authority", start=None),
      (5, 110000): dict(start=None, end=None)}),
])
def test_a_year_beside_one_areas_figure_in_a_round_up_of_several_payers_is_not_lent_to_the_others(text, want):
    assert award_errors(text, want) == []


def test_a_round_of_one_payer_with_its_year_said_once_still_lends_it():
    text = ("What the Home Office is giving the Midlands for 2026-27\n\nWarwickshire: £240,000\n"
            "Staffordshire: £185,000\nWest Mercia: £310,000\n")
    assert award_errors(text, {(4, 185000): dict(funder="Home Office", start="2026-27", end="2026-27")}) == []
