"""The structure probes (tests/corpus/probes/structures*.json): short invented texts, each one money structure.

Every probe the reader reads right must stay read right. The probes it still misreads are listed in
:data:`MISREAD` with what goes wrong, as strict expected failures: when a change makes one read right, its test
fails until it is taken off the list, so the list and ``make bench``'s count (benchmarks/score_probes.py) stay true.
Probes whose reading the corpus README leaves open (``open``) are not tested.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import score_probes  # noqa: E402

#: probes still misread, with what the reader gets wrong
MISREAD = {
    # the second set (structures2.json)
}

ALL = [p for path in score_probes.PROBE_FILES.values() for p in score_probes.load(path)]
PROBES = [p for p in ALL if not p.get("open")]

#: ``score_probes.errors`` of each probe read in this process, by the probe's whole content: each probe is read
#: once, by its own test, and :func:`test_score_counts_the_misread_list` scores the same probes from these
#: (a probe not yet read, as when that test runs alone, is read then).  The reader's code cannot change
#: within a process, so the key is the probe; each caller gets its own copy of the list.
_ERRORS: dict[str, list[str]] = {}
_READ = score_probes.errors  # the scorer's own (test_score_counts_the_misread_list puts _errors in its place)


def _errors(probe: dict, release=None) -> list[str]:
    if release is not None:  # a release read elsewhere: nothing to share
        return _READ(probe, release)
    key = json.dumps(probe, sort_keys=True)
    if key not in _ERRORS:
        _ERRORS[key] = _READ(probe)
    return list(_ERRORS[key])


def test_probe_files_are_well_formed():
    names = [p["name"] for p in ALL]
    assert [len(score_probes.load(path)) for path in score_probes.PROBE_FILES.values()] == [106, 102]
    assert len(names) == len(set(names))
    assert set(MISREAD) <= set(names), sorted(set(MISREAD) - set(names))
    for p in ALL:
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
    assert _errors(probe) == []


def test_score_counts_the_misread_list(monkeypatch):
    monkeypatch.setattr(score_probes, "errors", _errors)  # score() as make bench runs it, each probe read once
    first, second = (score_probes.score(path) for path in score_probes.PROBE_FILES.values())
    assert (first["probes"], second["probes"]) == (104, 97)
    assert sorted([*first["misread"], *second["misread"]]) == sorted(MISREAD)
    for s in (first, second):
        assert s["right"] == s["probes"] - len(s["misread"])
    assert first["open"] == ["g1_split_sentence_later", "g2_of_the_restated_whole"]
    assert len(second["open"]) == 5
