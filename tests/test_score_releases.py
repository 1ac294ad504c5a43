"""The release scorer's breakdown by layout and by file (benchmarks/score_releases.py --by)."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import score_releases  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "releases"
#: Two tune releases of different layouts, copied into a small corpus of their own.
NAMES = ("cheshire-pcc-2022-06-bulletin", "durham-pcc-2023-11-decision-table")


@pytest.fixture()
def small_corpus(tmp_path, monkeypatch):
    for stem in NAMES:
        for path in CORPUS.glob(stem + ".*"):
            shutil.copy(path, tmp_path / path.name)
    # the second file as a holdout of its own layout, so both halves and both layouts are present
    second = tmp_path / f"{NAMES[1]}.expected.json"
    facts = json.loads(second.read_text(encoding="utf-8"))
    facts["split"] = "holdout"
    second.write_text(json.dumps(facts), encoding="utf-8")
    monkeypatch.setattr(score_releases, "CORPUS", tmp_path)
    return tmp_path


def test_the_groups_of_a_half_add_up_to_the_half(small_corpus):
    by_layout = score_releases.score(by="layout")
    by_file = score_releases.score(by="file")
    plain = score_releases.score()
    assert by_layout["scores"] == by_file["scores"] == plain["scores"]
    assert "groups" not in plain
    layouts = {json.loads((small_corpus / f"{n}.expected.json").read_text())["layout"] for n in NAMES}
    assert set(by_layout["groups"]["tune"]) | set(by_layout["groups"]["holdout"]) == layouts
    for split in ("tune", "holdout"):
        for groups in (by_layout["groups"][split], by_file["groups"][split]):
            assert len(groups) == 1
            (only,) = groups.values()
            for kind, totals in plain["scores"][split].items():
                for count in ("expected", "reported", "key_found", "right"):
                    assert only[kind][count] == totals[count], (split, kind, count)
    assert set(by_file["groups"]["holdout"]) == {f"{NAMES[1]}.md"}
    assert by_file["scores"]["holdout"]["local_awards"]["expected"] > 0


def test_a_wrong_field_in_one_file_shows_in_that_files_group_only(small_corpus):
    before = score_releases.score(by="file")["groups"]["tune"][f"{NAMES[0]}.txt"]["local_awards"]
    path = small_corpus / f"{NAMES[0]}.expected.json"
    facts = json.loads(path.read_text(encoding="utf-8"))
    award = facts["local_awards"][0]
    award["funding_role"] = "context" if award["funding_role"] != "context" else "grant"
    path.write_text(json.dumps(facts), encoding="utf-8")
    out = score_releases.score(by="file")
    after = out["groups"]["tune"][f"{NAMES[0]}.txt"]["local_awards"]
    assert after["right"] == before["right"] - 1
    assert after["wrong funding_role"] == before.get("wrong funding_role", 0) + 1
    assert out["groups"]["holdout"][f"{NAMES[1]}.md"]["local_awards"].get("wrong funding_role", 0) == 0


def test_the_command_line_prints_a_row_per_layout(small_corpus, capsys):
    assert score_releases.main(["--by", "layout"]) == 0
    printed = capsys.readouterr().out
    assert "by layout (right/expected, right/reported):" in printed
    for stem in NAMES:
        layout = json.loads((small_corpus / f"{stem}.expected.json").read_text())["layout"]
        assert any(line.strip().startswith(layout) for line in printed.splitlines())


def test_the_bases_count_every_amount_found_once_per_field(small_corpus):
    out = score_releases.score()
    for half in ("tune", "holdout"):
        found = out["scores"][half]["local_awards"]["key_found"]
        for name in ("funder", "period", "area"):
            cells = [v for k, v in out["bases"][half].items() if k.split(" ", 1)[0] == name]
            assert sum(c["matched"] for c in cells) == found
            assert all(0 <= c["right"] <= c["matched"] for c in cells)


def test_a_wrong_funder_counts_against_the_basis_it_was_read_from(small_corpus):
    path = small_corpus / f"{NAMES[0]}.expected.json"
    facts = json.loads(path.read_text(encoding="utf-8"))
    stem = path.name[: -len(".expected.json")]
    release = next(p for p in small_corpus.glob(stem + ".*") if p.suffix in (".txt", ".md", ".html"))
    got = score_releases.predicted(release, facts["published"])["local_awards"]
    award = facts["local_awards"][0]
    basis = next(g for g in got if (g["line"], g["amount_pence"]) == (award["line"], award["amount_pence"]))[
        score_releases.BASES]["funder"]
    before = score_releases.score()["bases"]["tune"][f"funder {basis}"]
    award["funder"] = "partners" if award["funder"] != "partners" else "PCC"
    path.write_text(json.dumps(facts), encoding="utf-8")
    after = score_releases.score()["bases"]["tune"][f"funder {basis}"]
    assert (after["matched"], after["right"]) == (before["matched"], before["right"] - 1)


def test_the_command_line_prints_the_bases(small_corpus, capsys):
    assert score_releases.main(["--split", "tune"]) == 0
    printed = capsys.readouterr().out
    assert "amounts found, by where the reader read a field (right/found):" in printed
    assert any(line.strip().startswith("funder ") and "/" in line for line in printed.splitlines())


def test_the_simple_rules_read_one_payer_or_period_a_line():
    lines = ["Testshire commissioner: news", "The Home Office has given £100,000 for 2024-25.",
             "The council and the Home Office both pay.", "The grant runs for two years from April 2025.",
             "A separate £5,000 was added."]
    payers = [score_releases.payer_on(x) for x in lines]
    assert payers == [None, "Home Office", None, None, None]  # line 3 names two payers: none of them
    periods = [score_releases.period_on(x) for x in lines]
    assert periods == [None, ("2024-25", "2024-25"), None, ("2025-26", "2026-27"), None]
    assert score_releases.baselines(payers, 5) == {"none": None, "first": "Home Office", "nearest": "Home Office"}
    assert score_releases.baselines(periods, 5) == {"none": None, "first": ("2024-25", "2024-25"),
                                                    "nearest": ("2025-26", "2026-27")}
    assert score_releases.baselines(periods, 2)["nearest"] is None  # only lines before the figure's own


def test_the_simple_rules_count_the_amounts_the_bases_call_lent_or_empty(small_corpus):
    out = score_releases.score()
    for half in ("tune", "holdout"):
        bases, simple = out["bases"][half], out["baselines"][half]
        lent = sum(v["matched"] for k, v in bases.items() if k.startswith("funder ") and k != "funder clause")
        assert simple.get("funder", {}).get("amounts", 0) == lent
        right = sum(v["right"] for k, v in bases.items() if k.startswith("funder ") and k != "funder clause")
        assert simple.get("funder", {}).get("reader", 0) == right
        for c in simple.values():
            assert all(0 <= c[r] <= c["amounts"] for r in score_releases.RULES)


def test_a_reader_older_than_the_basis_columns_is_still_scored():
    # score_history.py scores every old reader with today's scorer: rows without the *_basis columns count no bases
    row = {"funder_basis": "clause", "period_basis": "heading", "area_basis": "release"}
    assert score_releases._bases_of(row) == {score_releases.BASES: {"funder": "clause", "period": "heading",
                                                                     "area": "release"}}
    assert score_releases._bases_of({"area_basis": "release"}) == {}
    t: dict = {}
    score_releases._count_bases(t, [({"funder": None}, {"funder": None})])
    score_releases._count_baselines(t, [({"line": 1}, {"line": 1})], ["x"])
    assert t == {}
