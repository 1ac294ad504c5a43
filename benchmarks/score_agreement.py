"""How far two people labelling the same release agree: the ceiling a reader can be held to.

    .venv/bin/python benchmarks/score_agreement.py            (the corpus's second labels)
    .venv/bin/python benchmarks/score_agreement.py --json

Some corpus releases were labelled a second time, by someone who had read only the text and the
corpus README (tests/corpus/releases/second_labels/<name>.expected.json).  Each second labelling is
matched to the first exactly as ``score_releases.py`` matches the reader's facts to the first: the
same keys, the same scored fields.  Printed per fact type: the facts each person labelled, how
many share a key, how many agree in every scored field, and the agreement 2·agreed / (first +
second), which is what the reader's recall and precision would both be if it labelled like the
second person.  Where two careful people agree on 80% of a fact type, a 97% precision target for
that type is above what the labels can show.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score_releases  # noqa: E402  (same folder; the matching rules are shared, not copied)

SECOND = score_releases.CORPUS / "second_labels"


def agreement(first_dir: Path = score_releases.CORPUS, second_dir: Path = SECOND) -> dict:
    """Per split and fact type: counts, key matches, full matches, agreement, and field disagreements."""
    totals: dict = {}
    files = defaultdict(int)
    for second_path in sorted(second_dir.glob("*.expected.json")):
        first_path = first_dir / second_path.name
        first = json.loads(first_path.read_text(encoding="utf-8"))
        second = json.loads(second_path.read_text(encoding="utf-8"))
        split = first["split"]
        files[split] += 1
        a, b = score_releases._expected(first), score_releases._expected(second)
        for kind in score_releases.FACT_TYPES:
            t = totals.setdefault(split, {}).setdefault(
                kind, defaultdict(int, {"first": 0, "second": 0, "same_key": 0, "agreed": 0}))
            pairs, _, _ = score_releases.match(kind, a[kind], b[kind])
            t["first"] += len(a[kind])
            t["second"] += len(b[kind])
            t["same_key"] += len(pairs)
            for e, g in pairs:
                bad = score_releases._fields_agree(kind, e, g)
                t["agreed"] += not bad
                for f in bad:
                    t["differ " + f] += 1
    out = {}
    for split, by_kind in totals.items():
        out[split] = {"files": files[split]}
        for kind, t in by_kind.items():
            n = t["first"] + t["second"]
            out[split][kind] = {**t, "agreement": (2 * t["agreed"] / n) if n else None}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args(argv)
    out = agreement()
    if args.json:
        print(json.dumps(out, indent=2))
        return 0
    print(f"two labellings of the same releases ({SECOND.relative_to(score_releases.ROOT)}), matched as the scorer matches")
    for split, by_kind in out.items():
        print(f"\n{split} ({by_kind['files']} releases):")
        print(f"  {'fact':22} {'first':>6} {'second':>6} {'same key':>8} {'agreed':>6} {'agreement':>9}")
        for kind, t in by_kind.items():
            if kind == "files":
                continue
            ag = "    -" if t["agreement"] is None else f"{t['agreement']:5.0%}"
            print(f"  {kind:22} {t['first']:6d} {t['second']:6d} {t['same_key']:8d} {t['agreed']:6d} {ag:>9}")
        print("  where the key was shared but a scored field differed:")
        score_releases.print_field_counts(by_kind, "differ ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
