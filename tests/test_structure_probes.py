"""The structure probes (tests/corpus/probes/structures.json): short invented texts, each one money structure.

Every probe the reader reads right must stay read right. The probes it still misreads are listed in
:data:`MISREAD` with what goes wrong, as strict expected failures: when a change makes one read right, its test
fails until it is taken off the list, so the list and ``make bench``'s count (benchmarks/score_probes.py) stay true.
Probes whose reading the corpus README leaves open (``open``) are not tested.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import score_probes  # noqa: E402

#: probes still misread, with what the reader gets wrong
MISREAD = {
    "h4_match_partners_named_bodies": "housing associations adding money are not read as the partners funder",
}

PROBES = [p for p in score_probes.load() if not p.get("open")]


def test_probe_file_is_well_formed():
    names = [p["name"] for p in score_probes.load()]
    assert len(names) == len(set(names)) == 106
    assert set(MISREAD) <= set(names), sorted(set(MISREAD) - set(names))
    for p in score_probes.load():
        assert p["amounts"], p["name"]
        for a in p["amounts"]:
            assert 1 <= a["line"] <= len(p["lines"]), (p["name"], a)
            line = p["lines"][a["line"] - 1].replace(",", "")
            assert "£" in line and (str(a["pounds"]) in line or f"£{a['pounds'] / 1e6:g}m" in line), (p["name"], a)


@pytest.mark.parametrize(
    "probe",
    [pytest.param(p, id=p["name"], marks=[pytest.mark.xfail(strict=True, reason=MISREAD[p["name"]])]
                  if p["name"] in MISREAD else []) for p in PROBES],
)
def test_probe_read_right(probe):
    assert score_probes.errors(probe) == []


def test_score_counts_the_misread_list():
    s = score_probes.score()
    assert s["probes"] == len(PROBES) == 104
    assert sorted(s["misread"]) == sorted(MISREAD)
    assert s["right"] == s["probes"] - len(MISREAD)
    assert s["open"] == ["g1_split_sentence_later", "g2_of_the_restated_whole"]
