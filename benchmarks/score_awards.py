"""Score the award-list reader and the programme-type tagger against labelled data.

    .venv/bin/python benchmarks/score_awards.py            (also run by make bench)

1. Records, per layout and split (tune versus holdout), over the corpus in
   tests/corpus/awards: recall (expected award records read exactly, every field)
   and precision (records read that are exactly expected); refusals: the share of
   lists that must be refused that are refused at the expected line and token.
2. The tagger against the gold strand labels of the real 2021 list
   (gold_strands_2021.json): precision and recall over (strand, programme type)
   pairs, for the tagger without hand corrections ("rules": the rule table, with a
   programme's labels on every bullet of it) and for the committed table (the same
   with programme_type_overrides.csv applied); and risk-level agreement.  Targets: precision 97%,
   recall 95%.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus" / "awards"
TARGETS = {"tag_precision": 0.97, "tag_recall": 0.95}


def _records(al, inexact=False) -> list[str]:
    from funding.parse.awards import award_record

    return [json.dumps(award_record(a, inexact=inexact), sort_keys=True) for a in al.awards]


def score_records() -> dict:
    """{(layout, split): {"expected", "read", "matched"}} and refusal counts per split."""
    from funding.errors import SourceError
    from funding.parse.awards import parse_award_list

    cells: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: {"expected": 0, "read": 0, "matched": 0})
    refusals: dict[str, dict[str, int]] = defaultdict(lambda: {"lists": 0, "refused_right": 0})
    for path in sorted(CORPUS.glob("*.expected.json")):
        exp = json.loads(path.read_text(encoding="utf-8"))
        stem = path.name[: -len(".expected.json")]
        (src,) = [p for p in CORPUS.glob(stem + ".*") if not p.name.endswith(".json")]
        data = src.read_bytes()
        split = exp["split"]
        if "refused" in exp:
            refusals[split]["lists"] += 1
            try:
                parse_award_list(data, str(src), "2021-22")
            except SourceError as err:
                r = exp["refused"]
                ok = err.line == r["line"] and r["found"] in err.found and r.get("suggest", "") in err.message
                refusals[split]["refused_right"] += ok
            if "allow_inexact" in exp:  # the inexact mode is scored as a list of its layout
                kept = exp["allow_inexact"]
                _score_list(cells[(kept["layout"], split)], kept["awards"], lambda: parse_award_list(data, str(src), kept["round"], allow_inexact=True), True)
            continue
        _score_list(cells[(exp["layout"], split)], exp["awards"], lambda: parse_award_list(data, str(src), exp["round"]), False)
    return {"records": dict(cells), "refusals": dict(refusals)}


def _score_list(cell: dict, expected: list[dict], parse, inexact: bool) -> None:
    from funding.errors import SourceError

    want = [json.dumps(a, sort_keys=True) for a in expected]
    try:
        got = _records(parse(), inexact)
    except SourceError:
        got = []
    cell["expected"] += len(want)
    cell["read"] += len(got)
    remaining = list(want)
    for g in got:
        if g in remaining:
            remaining.remove(g)
            cell["matched"] += 1


def score_tags() -> dict:
    """Precision and recall of programme types, and risk agreement, against the gold labels."""
    from funding.parse.programme_types import programme_risk, programme_tags, read_risk, tag_text
    from funding.pipeline import award_tables, read_award_list

    gold = json.loads((CORPUS / "gold_strands_2021.json").read_text(encoding="utf-8"))
    al = read_award_list()
    tables = award_tables([al])
    ini = tables["initiatives"]
    table_types = {(r.pfa_code, int(r.initiative_no)): set(filter(None, str(r.programme_types).split(";"))) for r in ini.itertuples()}
    table_risk = {(r.pfa_code, int(r.initiative_no)): r.risk_level for r in ini.itertuples()}
    strands = {(a.pfa_code, i.initiative_no): i for a in al.awards for i in a.initiatives}
    # The tagger without hand corrections: the rules, and each programme's labels on all its bullets.
    keyed = [((a.round, a.pfa_code, i.initiative_no), i.continues_previous) for a in al.awards for i in a.initiatives]
    raw = programme_tags(keyed, {k: tag_text(strands[k[1:]].text) for k, _ in keyed})
    rules_only = {k[1:]: {t.programme_type for t in v} for k, v in raw.items()}
    rules_risk = programme_risk(keyed, {k: read_risk(strands[k[1:]].text) for k, _ in keyed})
    _risk_map = {"all levels": "all", "low/medium": "low_medium", "medium/high": "medium_high"}

    out = {}
    for name, predicted in (("rules", rules_only), ("table", table_types)):  # "rules": no overrides
        tp = fp = fn = 0
        risk_ok = 0
        unmatched = 0
        errors = []
        for g in gold:
            key = (g["pfa_code"], g["strand_no"])
            if key not in strands or strands[key].source_line != g["source_line"]:
                unmatched += 1
                # a strand the parser holds together with another: scored against that strand
                key = next((k for k, i in strands.items() if k[0] == g["pfa_code"] and i.source_line == g["source_line"]), None)
                if key is None:
                    fn += len(g["programme_types"])
                    continue
            pred, want = predicted[key], set(g["programme_types"])
            tp += len(pred & want)
            fp += len(pred - want)
            fn += len(want - pred)
            if pred != want:
                errors.append(f"{g['pfa_name']} {g['strand_no']}: +{sorted(pred - want)} -{sorted(want - pred)}")
            risk = table_risk[key] if name == "table" else rules_risk[(al.round, *key)].risk_level
            risk_ok += _risk_map.get(risk, risk) == g["risk_level"]
        out[name] = {
            "precision": tp / (tp + fp) if tp + fp else 0.0, "recall": tp / (tp + fn) if tp + fn else 0.0,
            "risk_agreement": risk_ok / len(gold), "strands_gold": len(gold), "strands_parsed": len(strands),
            "gold_strands_not_parsed_apart": unmatched, "errors": errors,
        }
    return out


def report_lines(records: dict, tags: dict) -> list[tuple[str, float, float | None, str]]:
    """(name, value, target or None, note) rows, for printing and for benchmarks/run.py."""
    rows = []
    for split in ("tune", "holdout"):
        cells = {k: v for k, v in records["records"].items() if k[1] == split}
        for (layout, _), c in sorted(cells.items()):
            recall = c["matched"] / c["expected"] if c["expected"] else 0.0
            precision = c["matched"] / c["read"] if c["read"] else 0.0
            rows.append((f"records {split} {layout} recall", recall, None, f"{c['matched']}/{c['expected']} expected records read exactly"))
            rows.append((f"records {split} {layout} precision", precision, None, f"{c['matched']}/{c['read']} records read are expected"))
        ref = records["refusals"].get(split, {"lists": 0, "refused_right": 0})
        if ref["lists"]:
            rows.append((f"refusals {split}", ref["refused_right"] / ref["lists"], None, f"{ref['refused_right']}/{ref['lists']} refused at the expected line and token"))
    for name, s in tags.items():
        rows.append((f"tagger ({name}) precision", s["precision"], TARGETS["tag_precision"], f"{len(s['errors'])} strands differ from gold"))
        rows.append((f"tagger ({name}) recall", s["recall"], TARGETS["tag_recall"], f"{s['strands_parsed']} strands parsed, {s['strands_gold']} in gold"))
        rows.append((f"tagger ({name}) risk agreement", s["risk_agreement"], None, "risk level equal to gold"))
    return rows


def add_to_report(report) -> None:
    """Add the scores to a benchmarks/run.py Report (targets are lower bounds here)."""
    rows = report_lines(score_records(), score_tags())
    for name, value, target, note in rows:
        row = {"name": name, "value": round(value, 4), "unit": "share", "target": target, "note": note}
        if target is None:
            row["status"] = "info"
            line = f"{name:<38} {value:>9.1%}        {note}"
        else:
            row["status"] = "PASS" if value >= target else "MISS"
            line = f"{name:<38} {value:>9.1%}        target >= {target:.0%} {row['status']} {note}"
        report.results.append(row)
        print(line, flush=True)


def main() -> int:
    records, tags = score_records(), score_tags()
    for name, value, target, note in report_lines(records, tags):
        status = "" if target is None else (" PASS" if value >= target else " MISS") + f" (target >= {target:.0%})"
        print(f"{name:<40} {value:>7.1%}{status}  {note}")
    for name, s in tags.items():
        if s["errors"]:
            print(f"\ntagger ({name}): strands that differ from gold (+ extra, - missing)")
            for e in s["errors"]:
                print("  " + e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
