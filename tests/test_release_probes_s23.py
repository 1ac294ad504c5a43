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
    ["The Home Office award to Dorset, £410,000, is split between £260,000 for the course and £110,000 for "
     "partner support."],
])
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
