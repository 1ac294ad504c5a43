"""Twenty-ninth session: a reading written by the coordinator after merging round 32's tuners.

Every text here is invented for the test (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from funding.parse.releases.components import extract_components


def _cohorts(text: str) -> dict[str, tuple[str, ...]]:
    return {c.component: tuple(c.cohorts) for c in extract_components(text) if c.source_line == 3}


_INTRO = "Westshire's commissioning plan sets out three years of Home Office money.\n\n"


@pytest.mark.parametrize("row, want", [
    # each cell of a pipe table's heading row describes its own component: the people one cell names are not the next's
    ("| Year | Group course for women £000 | High-harm service £000 | Helpline £000 |\n",
     {"group_programme": ("women",), "high_harm": ("high_harm",), "helpline": ()}),
    ("| Year | Group programme for men | High-harm service | Total |\n",
     {"group_programme": ("men",), "high_harm": ("high_harm",)}),
    ("| Service | One-to-one work for fathers | Helpline £000 |\n",
     {"one_to_one": ("fathers",), "helpline": ()}),
])
def test_each_cell_of_a_table_row_has_its_own_cohorts(row, want):
    assert _cohorts(_INTRO + row) == want


def test_a_sentence_naming_two_kinds_still_shares_its_people():
    # (near-miss: no cell border, so "group and one-to-one work for men" keeps one clause for both kinds)
    got = _cohorts(_INTRO + "The money pays for group and one-to-one work for men.\n")
    assert got == {"group_programme": ("men",), "one_to_one": ("men",)}
