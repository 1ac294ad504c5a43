"""The README's paragraph on a corrector learned from the reader's first-sight mistakes states what the script found.

``benchmarks/first_sight_corrector.py --out benchmarks/first_sight_corrector.json`` writes the numbers (it reads
every tune batch with an old reader from git, so it is run by hand, like ``make history``); these tests hold the
README to that record and the record to the first-sight history it was drawn from.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RECORD = json.loads((ROOT / "benchmarks" / "first_sight_corrector.json").read_text(encoding="utf-8"))
README = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())


def _pct(right: int, of: int) -> str:
    return f"{right / of:.1%}"


def test_the_record_counts_the_amounts_the_history_found_at_first_sight():
    history = json.loads((ROOT / "benchmarks" / "history.json").read_text(encoding="utf-8"))
    tune = [r for r in history if r["split"] == "tune" and r["first_sight"]]
    assert RECORD["tune_first_sight_amounts"] == sum(r["first_sight"]["local_awards"]["key_found"] for r in tune)
    assert RECORD["batches"] == len(tune)


def test_the_readme_states_the_recorded_numbers():
    n, h = RECORD["tune_first_sight_amounts"], RECORD["holdout_amounts"]
    funder, role = RECORD["funder"], RECORD["funding_role"]
    expected = (
        f"trains on the {n} tune amounts found at first sight",
        f"funder right for {_pct(funder['first_sight_model'], n)} of them where the first-sight reader got "
        f"{_pct(funder['first_sight_reader'], n)}",
        f"role for {_pct(role['first_sight_model'], n)} against {_pct(role['first_sight_reader'], n)}",
        f"funder right for {_pct(funder['holdout_model'], h)} against the reader's {_pct(funder['holdout_reader'], h)}",
        f"role for {_pct(role['holdout_model'], h)} against {_pct(role['holdout_reader'], h)}",
        f"leave {funder['holdout_amounts_right_model']} and {role['holdout_amounts_right_model']} held-out amounts "
        f"right in every field, against the reader's {funder['holdout_amounts_right_reader']}",
    )
    missing = [s for s in expected if s not in README]
    assert not missing, f"README's first-sight corrector paragraph differs from the record: {missing}"
    assert funder["holdout_amounts_right_reader"] == role["holdout_amounts_right_reader"]


def test_the_readme_says_what_the_numbers_say():
    better = [RECORD[f]["holdout_amounts_right_model"] > RECORD[f]["holdout_amounts_right_reader"]
              for f in ("funder", "funding_role")]
    said = re.search(r"errors does not generalise either, and the reader ships none", README)
    assert said and not any(better)
