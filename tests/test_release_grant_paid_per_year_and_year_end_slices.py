"""A grant for a span given as a duration, "paid as £X in each year" (or "£X a year", "£X per year"): the one printed
figure is the grant's per-year split, one part for each year of the span (corpus README, 'part': a per-year split).
A later "of the £X paid for 2025-26 you spent £A, leaving £B" restates that year's slice as a sum of its own, whose
pieces are its parts (not a third part of the whole, and not grants)."""

from __future__ import annotations

import pytest

from release_probe import awards


def _facts(text: str, line: int):
    return sorted((a.amount.pence // 100, a.funding_role, a.part_of_line, a.period_start, a.period_end)
                  for a in awards(text) if a.source_line == line)


HEAD = "Office of the Police and Crime Commissioner for Surrey\n\n"


@pytest.mark.parametrize("sentence,whole,share", [
    ("The Commissioner awarded Waverley Change a grant of £300,000 of Home Office money for the two years from 1 April"
     " 2025, paid as £150,000 in each year.", 300000, 150000),
    ("The award of £90,000 for the two years from April 2025 is paid at £45,000 per year.", 90000, 45000),
    ("Surrey County Council's contribution of £50,000 over the two years from April 2025 comes as £25,000 a year.",
     50000, 25000),
])
def test_one_printed_share_is_a_part_for_each_year(sentence, whole, share):
    got = _facts(HEAD + sentence + "\n", 3)
    assert [f for f in got if f[0] == share] == [(share, "part", 3, "2025-26", "2025-26"),
                                                 (share, "part", 3, "2026-27", "2026-27")]
    assert [f[1:] for f in got if f[0] == whole] == [(got[-1][1], None, "2025-26", "2026-27")]


def test_a_year_end_slice_is_a_sum_with_its_own_pieces():
    text = HEAD + ("1.1 The Commissioner awarded Waverley Change a grant of £300,000 of Home Office money for the two"
                   " years from 1 April 2025, paid as £150,000 in each year.\n"
                   "2.1 Your end-of-year return shows that of the £150,000 paid for 2025-26 you spent £141,200, leaving"
                   " £8,800 unspent.\n")
    got = _facts(text, 4)
    assert got == [(8800, "part", 4, "2025-26", "2025-26"), (141200, "part", 4, "2025-26", "2025-26"),
                   (150000, "grant", None, "2025-26", "2025-26")]
    assert len(_facts(text, 3)) == 3  # the whole and its two yearly shares, no more
