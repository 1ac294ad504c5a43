"""The second labellings of corpus releases, and the agreement script that compares them."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import score_agreement  # noqa: E402

SECOND = ROOT / "tests" / "corpus" / "releases" / "second_labels"


def test_every_second_labelling_is_of_a_corpus_release_with_the_same_date_layout_and_split():
    seconds = sorted(SECOND.glob("*.expected.json"))
    assert len(seconds) >= 16
    for path in seconds:
        first = json.loads((SECOND.parent / path.name).read_text(encoding="utf-8"))
        second = json.loads(path.read_text(encoding="utf-8"))
        assert (second["published"], second["layout"], second["split"]) == (
            first["published"], first["layout"], first["split"]), path.name


def _write(folder: Path, name: str, facts: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(json.dumps(facts), encoding="utf-8")


def test_a_labelling_agrees_with_itself_and_one_changed_role_is_counted(tmp_path):
    name = "cheshire-pcc-2022-06-bulletin.expected.json"
    first = json.loads((SECOND.parent / name).read_text(encoding="utf-8"))
    _write(tmp_path / "first", name, first)
    _write(tmp_path / "same", name, first)
    same = score_agreement.agreement(tmp_path / "first", tmp_path / "same")["tune"]
    for kind in ("local_awards", "programme_components", "organisations"):
        assert same[kind]["first"] == same[kind]["second"] == same[kind]["agreed"] > 0
        assert same[kind]["agreement"] == 1.0

    changed = copy.deepcopy(first)
    award = changed["local_awards"][0]
    award["funding_role"] = "context" if award["funding_role"] != "context" else "grant"
    changed["organisations"] = changed["organisations"][1:]
    _write(tmp_path / "changed", name, changed)
    out = score_agreement.agreement(tmp_path / "first", tmp_path / "changed")["tune"]
    n = len(first["local_awards"])
    assert out["local_awards"]["agreed"] == n - 1
    assert out["local_awards"]["differ funding_role"] == 1
    assert out["local_awards"]["agreement"] == pytest.approx((n - 1) / n)
    m = len(first["organisations"])
    assert (out["organisations"]["first"], out["organisations"]["second"]) == (m, m - 1)
    assert out["organisations"]["agreement"] == pytest.approx(2 * (m - 1) / (2 * m - 1))
