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
