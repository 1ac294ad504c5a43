"""Would a model learned from the reader's own first-sight mistakes correct its funder and role on new text?

    .venv/bin/python benchmarks/first_sight_corrector.py           (a table; about two minutes)
    .venv/bin/python benchmarks/first_sight_corrector.py --json
    .venv/bin/python benchmarks/first_sight_corrector.py --out benchmarks/first_sight_corrector.json
        (the committed record the README's paragraph on it is tested against)

A check on the method, not part of the reader, and a second try at the question ``learned_fields.py`` asks.
That script trains on today's reader's answers on the tune half, which today's reader gets almost all right
(its rules were written on them), so a model stacked on them learns to trust the rules.  This one trains on
the reader's answers *at first sight*: every tune batch read by the reader of the commit before it was added
(``score_history.py``'s old readers, from git), matched to the labels as ``score_releases.py`` matches them.
Those answers carry the mistakes the reader makes on text it has not met, which is what a corrector would
have to learn.

- features: the reader's funder, role, funder basis and whether it made the figure a part; the payers
  (``score_releases.PAYERS``, and partners) named on the figure's line, on the nearest line before it naming
  exactly one, and first in the text, with that line's distance; how many payers the text names; whether
  the line is a table row; and the words of the line and of the three lines before it;
- model: a logistic regression (scikit-learn), one per field;
- printed per field: on the tune first-sight amounts, each batch predicted by a model fitted on the other
  batches (leave one batch out), how often the reader and the model agree with the label; then a model fitted
  on all of them, on the held-out amounts as today's reader reads them (today's reader has never been tuned
  on them either), the field and the amounts right in every scored field, with the reader's field or the
  model's.  Deterministic: no shuffling, and the solver is deterministic.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score_history  # noqa: E402  (same folder: the batches and old readers are shared, not copied)
import score_releases  # noqa: E402

FIELDS = ("funder", "funding_role")
_PAYERS = (*score_releases.PAYERS, ("partners", re.compile(r"\bpartners?(?:hip)?\b", re.I)))
_WORD = re.compile(r"[a-z]+")
_TAG = re.compile(r"<[^>]+>")


def _records(names: list[str]) -> list[dict]:
    """Run in the child: every labelled amount of ``names`` whose key the importable reader found."""
    out = []
    for name in names:
        facts = json.loads((score_releases.CORPUS / (name + ".expected.json")).read_text(encoding="utf-8"))
        release = next(p for p in sorted(score_releases.CORPUS.glob(name + ".*"))
                       if p.suffix in (".txt", ".html", ".md"))
        try:
            got = score_releases.predicted(release, facts["published"])
        except Exception:  # noqa: BLE001  (an old reader that cannot read a release scores nothing on it)
            continue
        want = score_releases._expected(facts)
        pairs, _, _ = score_releases.match("local_awards", want["local_awards"], got["local_awards"])
        for e, g in pairs:
            fields = score_releases._FIELDS["local_awards"]
            out.append({"file": name, "line": e["line"], "label": {k: e.get(k) for k in fields},
                        "reader": {k: g.get(k) for k in fields}, "bases": g.get(score_releases.BASES, {})})
    return out


def _run(src: Path | None, names: list[str]) -> list[dict] | None:
    """This file's child (``_records``) on ``names`` with the reader in ``src`` (None: today's)."""
    return score_history._score_with(src, names, script=__file__)


def first_sight_records() -> list[dict]:
    """The tune batches' amounts as the reader before each batch read them (batches it cannot read: skipped)."""
    recs = []
    with tempfile.TemporaryDirectory() as tmp:
        for (commit, split), names in score_history.batches().items():
            if split != "tune":
                continue
            parent = score_history._git("rev-parse", commit + "^").strip()
            got = _run(score_history._reader_at(parent, Path(tmp)), names)
            for r in got or []:
                r["batch"] = commit[:7]
            recs += got or []
    return recs


_lines: dict[str, tuple[list[str], list[list[str]]]] = {}


def _text(name: str) -> tuple[list[str], list[list[str]]]:
    """A release's lines and the payers each names."""
    if name not in _lines:
        release = next(p for p in sorted(score_releases.CORPUS.glob(name + ".*"))
                       if p.suffix in (".txt", ".html", ".md"))
        lines = release.read_text(encoding="utf-8").split("\n")
        _lines[name] = (lines, [[p for p, rx in _PAYERS if rx.search(x)] for x in lines])
    return _lines[name]


def features(r: dict) -> dict[str, float]:
    lines, named = _text(r["file"])
    i, rd = r["line"] - 1, r["reader"]
    f = {"r_funder=" + str(rd["funder"]): 1.0, "r_role=" + str(rd["funding_role"]): 1.0,
         "r_basis=" + str((r.get("bases") or {}).get("funder")): 1.0,
         "r_part=" + str(rd["part_of_line"] is not None): 1.0, "line_n=" + str(min(len(named[i]), 2)): 1.0}
    for p in named[i]:
        f["line_has=" + p] = 1.0
    near = next(((k, named[k][0]) for k in range(i - 1, -1, -1) if len(named[k]) == 1), None)
    if near:
        d = i - near[0]
        f["near=" + near[1]] = 1.0
        f["near_d=" + ("1" if d == 1 else "2-3" if d <= 3 else "4-8" if d <= 8 else "9+")] = 1.0
        f["near_is_reader=" + str(near[1] == rd["funder"])] = 1.0
    first = next((n[0] for n in named if len(n) == 1), None)
    f["first=" + str(first)] = 1.0
    f["first_is_reader=" + str(first == rd["funder"])] = 1.0
    f["payers=" + str(min(len({p for n in named for p in n}), 3))] = 1.0
    line = lines[i]
    f["table=" + str("|" in line or "  " in line.strip() or "<td" in line)] = 1.0
    for w in set(_WORD.findall(_TAG.sub(" ", line).lower())):
        f["w=" + w] = 0.5
    for w in set(_WORD.findall(_TAG.sub(" ", " ".join(lines[max(0, i - 3):i])).lower())):
        f["p=" + w] = 0.3
    return f


def _all_right(r: dict, field: str, value: str) -> bool:
    reader = dict(r["reader"], **{field: None if value == "None" else value})
    return all(r["label"].get(k) == reader.get(k) for k in r["label"])


def compare(tune: list[dict], held: list[dict]) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    def fit(rows, field):
        vec = DictVectorizer()
        model = LogisticRegression(C=1.0, max_iter=3000)
        model.fit(vec.fit_transform([features(r) for r in rows]), [str(r["label"][field]) for r in rows])
        return lambda xs: list(model.predict(vec.transform([features(r) for r in xs])))

    out: dict = {"tune_first_sight_amounts": len(tune), "batches": len({r["batch"] for r in tune}),
                 "holdout_amounts": len(held)}
    for field in FIELDS:
        truth = lambda r: str(r["label"][field])  # noqa: E731
        reader = lambda r: str(r["reader"][field])  # noqa: E731
        model_right = 0
        for batch in sorted({r["batch"] for r in tune}):
            test = [r for r in tune if r["batch"] == batch]
            guess = fit([r for r in tune if r["batch"] != batch], field)(test)
            model_right += sum(g == truth(r) for g, r in zip(guess, test))
        guess = fit(tune, field)(held)
        out[field] = {
            "first_sight_reader": sum(reader(r) == truth(r) for r in tune), "first_sight_model": model_right,
            "holdout_reader": sum(reader(r) == truth(r) for r in held),
            "holdout_model": sum(g == truth(r) for g, r in zip(guess, held)),
            "holdout_amounts_right_reader": sum(_all_right(r, field, reader(r)) for r in held),
            "holdout_amounts_right_model": sum(_all_right(r, field, g) for g, r in zip(guess, held))}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--out", type=Path, help="also write the numbers as JSON to this file")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_records([n for n in sys.stdin.read().split("\n") if n])))
        return 0
    held = _run(None, score_history._holdout_names()) or []
    result = compare(first_sight_records(), held)
    if args.out:
        args.out.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    n, h = result["tune_first_sight_amounts"], result["holdout_amounts"]
    print(f"tune amounts read at first sight (line and figure found): {n}, in {result['batches']} batches; "
          f"held-out amounts found by today's reader: {h}")
    print(f"  {'field':<13} {'first sight: reader':>20} {'model':>7}   {'held out: reader':>17} {'model':>7}"
          f"   {'held-out amounts right: reader':>31} {'model':>7}")
    for field in FIELDS:
        r = result[field]
        print(f"  {field:<13} {r['first_sight_reader'] / n:>20.1%} {r['first_sight_model'] / n:>7.1%}   "
              f"{r['holdout_reader'] / h:>17.1%} {r['holdout_model'] / h:>7.1%}   "
              f"{r['holdout_amounts_right_reader']:>31d} {r['holdout_amounts_right_model']:>7d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
