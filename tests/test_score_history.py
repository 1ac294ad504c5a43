"""The first-sight history of the release reader (benchmarks/score_history.py): its batches, the old
reader it unpacks, and the child that scores a batch with whichever reader is importable."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import score_history  # noqa: E402
import score_releases  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "releases"


def _committed() -> set[str]:
    listed = subprocess.run(["git", "ls-files", "tests/corpus/releases"], cwd=ROOT, capture_output=True,
                            text=True).stdout.split()
    return {Path(p).name[: -len(".expected.json")] for p in listed
            if p.endswith(".expected.json") and "/second_labels/" not in p}


@pytest.fixture(scope="module")
def batches():
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: no history to read")
    return score_history.batches()


def test_every_committed_release_is_in_one_batch_of_its_own_split(batches):
    seen = [n for names in batches.values() for n in names]
    assert len(seen) == len(set(seen))
    copies = {n for n in _committed() if n.endswith(score_history.REWORDED)}
    assert copies, "the corpus holds reworded copies of tune releases"
    assert set(seen) == _committed() - copies  # (a reworded copy is not new text: no batch of its own)
    for (commit, split), names in batches.items():
        assert len(commit) == 40
        for n in names:
            assert json.loads((CORPUS / f"{n}.expected.json").read_text(encoding="utf-8"))["split"] == split


def test_batches_run_oldest_first_and_the_first_one_is_the_corpus_the_project_began_with(batches):
    commits = [c for c, _ in batches]
    times = [int(subprocess.run(["git", "log", "-1", "--format=%ct", c], cwd=ROOT, capture_output=True,
                                text=True).stdout) for c in commits]
    assert times == sorted(times)
    first = commits[0]
    # the commit that added the first release added the whole first corpus, tune and held-out together
    assert {s for c, s in batches if c == first} == {"tune", "holdout"}


def test_an_old_reader_is_unpacked_from_git_without_touching_the_repository(tmp_path, batches):
    before = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True).stdout
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    src = score_history._reader_at(head, tmp_path)
    assert (src / "funding" / "parse" / "releases" / "__init__.py").read_bytes() == \
        subprocess.run(["git", "show", "HEAD:src/funding/parse/releases/__init__.py"], cwd=ROOT,
                       capture_output=True).stdout
    # asking again for the same commit reuses the folder (a tune and a held-out batch share their reader)
    assert score_history._reader_at(head, tmp_path) == src
    assert subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True).stdout == before


def test_the_child_scores_a_batch_as_the_scorer_does():
    names = ["cheshire-pcc-2022-06-bulletin", "durham-pcc-2023-11-decision-table"]
    got = score_history._score_with(None, names)
    assert set(got) == {"tune"}
    tune = got["tune"]
    # the same counts score_releases gives those two files, by its own reckoning
    want = {"local_awards": 0, "programme_components": 0}
    for n in names:
        facts = json.loads((CORPUS / f"{n}.expected.json").read_text(encoding="utf-8"))
        for kind in want:
            want[kind] += len(facts.get(kind, []))
    for kind, expected in want.items():
        assert tune[kind]["expected"] == expected
        assert 0 < tune[kind]["right"] <= min(expected, tune[kind]["reported"])


def test_a_reader_that_cannot_run_the_scorer_is_none_not_a_crash(tmp_path):
    broken = tmp_path / "src" / "funding"
    broken.mkdir(parents=True)
    (broken / "__init__.py").write_text("raise ImportError('an old interface')\n", encoding="utf-8")
    assert score_history._score_with(tmp_path / "src", ["cheshire-pcc-2022-06-bulletin"]) is None


def test_cells_are_recall_over_precision_and_a_dash_when_nothing_was_expected():
    t = {"local_awards": {"expected": 8, "reported": 10, "right": 6}, "outcomes": {"expected": 0, "reported": 2,
                                                                                  "right": 0}}
    assert score_history._cell(t, "local_awards") == "75%/60%"
    assert score_history._cell(t, "outcomes") == "-"
    assert score_history._cell(None, "local_awards") == "-"
    assert score_history._cell({"local_awards": {"expected": 3, "reported": 0, "right": 0}}, "local_awards") == "0%/0%"


def test_scorer_and_history_share_one_corpus():
    assert score_history.CORPUS == score_releases.CORPUS


def test_the_readme_tables_render_first_sight_and_the_held_out_series_and_skip_old_readers():
    t = {"local_awards": {"expected": 4, "reported": 5, "right": 2},
         "programme_components": {"expected": 10, "reported": 10, "right": 9},
         "organisations": {"expected": 2, "reported": 1, "right": 1}}
    rows = [{"commit": "aaaaaaa", "reader": "0000000", "split": "tune", "files": 3, "date": "2026-12-01",
             "first_sight": None, "now": t},
            {"commit": "bbbbbbb", "reader": "1111111", "split": "tune", "files": 2, "date": "2026-12-02",
             "first_sight": t, "now": t, "holdout_then": t},
            {"commit": "bbbbbbb", "reader": "1111111", "split": "holdout", "files": 1, "date": "2026-12-02",
             "first_sight": t, "now": t}]
    got = score_history.readme_tables(rows, indent="   ").split("\n")
    assert got[2] == "   | 2026-12-02 `bbbbbbb` | tune | 2 | 50% / 40% | 90% / 90% | - | 50% / 100% |"
    assert got[3] == "   | 2026-12-02 `bbbbbbb` | holdout | 1 | 50% / 40% | 90% / 90% | - | 50% / 100% |"
    assert got[4] == ""  # a blank line between the tables, not an indented one
    assert got[7] == "   | 2026-12-02 `bbbbbbb` | 50% / 40% | 90% / 90% | - | 50% / 100% |"
    assert len(got) == 9 and got[8] == ""  # the skipped reader is in neither table
    with_today = score_history.readme_tables(rows, today=t).split("\n")
    assert with_today[-2] == "| today's reader | 50% / 40% | 90% / 90% | - | 50% / 100% |"


def test_first_sight_fields_add_up_over_the_batches_that_were_scored():
    a = {"local_awards": {"expected": 4, "reported": 5, "right": 2, "key_found": 4, "wrong funder": 2}}
    b = {"local_awards": {"expected": 6, "reported": 6, "right": 3, "key_found": 5, "wrong funder": 1,
                          "wrong funding_role": 2}}
    rows = [{"first_sight": a}, {"first_sight": None}, {"first_sight": b}]
    assert score_history.first_sight_fields(rows) == {"expected": 10, "right": 5, "key_found": 9, "wrong funder": 3,
                                                      "wrong funding_role": 2}
