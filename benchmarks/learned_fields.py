"""Would a model learned from the labels assign an amount's fields better than the reader's rules?

    .venv/bin/python benchmarks/learned_fields.py           (a table; about a minute)
    .venv/bin/python benchmarks/learned_fields.py --json

A check on the method, not part of the reader.  The reader gives each amount a ``funding_role`` and a
``funder`` by written rules, and on the held-out half those two fields are where most of its misses are.
This script asks whether a statistical model, trained only on the tune half's labels, would do better
on the held-out half:

- the rows are the held-out (and tune) amounts whose key (line and figure) the reader found, matched to
  the labels exactly as ``score_releases.py`` matches them;
- the features are the words just before and after the figure on its line and the words of the whole
  line (tags removed), as a bag of words and word pairs, weighted by tf-idf;
- the model is a logistic regression (scikit-learn), one per field, fitted on the tune half only;
- "stacked" adds the reader's own answer as a feature, so the model can correct the rules only where
  the words say otherwise.

Printed per field: how often the reader's answer agrees with the label on the held-out half, and how
often each model's does.  Everything is deterministic (the solver is, and no data is shuffled).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score_releases  # noqa: E402  (same folder; the matching rules are shared, not copied)

FIELDS = ("funding_role", "funder")
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[a-z]+")


def matched_amounts() -> list[dict]:
    """Every labelled amount whose key the reader found: split, line text, figure, label and reader's fields."""
    rows = []
    for exp_path in sorted(score_releases.CORPUS.glob("*.expected.json")):
        facts = json.loads(exp_path.read_text(encoding="utf-8"))
        stem = exp_path.name[: -len(".expected.json")]
        release = next(p for p in sorted(score_releases.CORPUS.glob(stem + ".*"))
                       if p.suffix in (".txt", ".html", ".md"))
        lines = release.read_text(encoding="utf-8").split("\n")
        got = score_releases.predicted(release, facts["published"])["local_awards"]
        want = score_releases._expected(facts)["local_awards"]
        pairs, _, _ = score_releases.match("local_awards", want, got)
        for e, g in pairs:
            text = lines[e["line"] - 1] if 0 < e["line"] <= len(lines) else ""
            rows.append({"split": facts["split"], "text": _TAG.sub(" ", text), "pence": e["amount_pence"],
                         "label": e, "reader": g})
    return rows


def _words(row: dict) -> str:
    """The words before and after the figure (eight each way) and the words of its line, prefixed by place."""
    from funding.core.money import find_amounts

    text = row["text"]
    try:
        at = next(((s, e) for s, e, a in find_amounts(text) if a.pence == row["pence"]), None)
    except ValueError:
        at = None
    before, after = (text[max(0, at[0] - 80):at[0]], text[at[1]:at[1] + 80]) if at else (text[:80], "")
    return " ".join(["B_" + w for w in _WORD.findall(before.lower())[-8:]]
                    + ["A_" + w for w in _WORD.findall(after.lower())[:8]]
                    + ["L_" + w for w in _WORD.findall(text.lower())])


def _reader_words(row: dict) -> str:
    return " ".join(f"R{f}_" + str(row["reader"][f]).replace(" ", "_") for f in FIELDS)


def compare(rows: list[dict]) -> dict:
    """Per field: held-out agreement of the reader, the words-only model and the stacked model."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    tune = [r for r in rows if r["split"] == "tune"]
    held = [r for r in rows if r["split"] == "holdout"]
    out: dict = {"tune_rows": len(tune), "holdout_rows": len(held)}
    for field in FIELDS:
        y = [str(r["label"][field]) for r in tune]
        truth = [str(r["label"][field]) for r in held]
        result = {"reader": sum(str(r["reader"][field]) == t for r, t in zip(held, truth)) / len(held)}
        for name, features in (("words", _words), ("stacked", lambda r: _words(r) + " " + _reader_words(r))):
            model = make_pipeline(
                TfidfVectorizer(token_pattern=r"\S+", ngram_range=(1, 2), min_df=2, sublinear_tf=True),
                LogisticRegression(C=5.0, max_iter=2000))
            model.fit([features(r) for r in tune], y)
            guess = model.predict([features(r) for r in held])
            result[name] = sum(g == t for g, t in zip(guess, truth)) / len(held)
        out[field] = result
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args(argv)
    result = compare(matched_amounts())
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"held-out amounts whose line and figure the reader found: {result['holdout_rows']} "
          f"(models trained on {result['tune_rows']} tune amounts)")
    print(f"  {'field':<14} {'reader':>7} {'words model':>12} {'stacked':>8}")
    for field in FIELDS:
        r = result[field]
        print(f"  {field:<14} {r['reader']:>7.1%} {r['words']:>12.1%} {r['stacked']:>8.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
