"""Score the local-release reader on the labelled corpus (tests/corpus/releases).

    .venv/bin/python benchmarks/score_releases.py            (a table per split)
    .venv/bin/python benchmarks/score_releases.py --json     (the numbers as JSON)
    .venv/bin/python benchmarks/score_releases.py --split tune --misses   (what was missed, tune files only)
    .venv/bin/python benchmarks/score_releases.py --by layout   (each half broken down by layout, or --by file)

Each release is read with ``funding.tables.releases.release_tables`` (what
``funding read-release --json`` prints) and its rows are matched one-to-one with
the expected facts by the keys the corpus README recommends.  A fact counts as
right when its key matches and its scored fields agree (the README's "fields
scored after a match"; ``area_basis``, ``evidence``, outcome ``period`` and
people's ``office`` are not scored).  Recall is right / expected and precision is
right / reported, per fact type, for the ``tune`` and ``holdout`` halves
separately.  The reader's vocabulary and the corpus's are the same; names that
differ are mapped once, in ``_COMPONENTS`` and ``_COHORTS`` below.

Each half also counts, for the amounts found, how often the funder, the period and
the area were right by where the reader read each (its ``funder_basis``,
``period_basis`` and ``area_basis`` columns: the amount's own clause, a heading,
lent from elsewhere in the text, none...): ``score()["bases"]``, printed under
each half's table, and the README's table of fields by where they were read.

For the funders and periods the reader did not read from the figure's own words (lent from
elsewhere in the text, or left empty), the same amounts are also given three simple rules'
values, to ask whether the reader's many rules for them beat a simple one: ``none`` (leave
it empty), ``first`` (the first the text states: its first line naming exactly one payer,
its first period) and ``nearest`` (the nearest stated on a line before the figure's).
Periods are found on a line with the reader's own period reader, so that the rules differ
from the reader only in which statement they take; payers with the patterns in
``PAYERS``.  ``score()["baselines"]``, printed under each half.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import warnings
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus" / "releases"
TARGET_RECALL, TARGET_PRECISION = 0.90, 0.97
FACT_TYPES = ("local_awards", "programme_components", "outcomes", "organisations", "people", "conflicts",
              "diagnostics")

#: Component and cohort names the reader uses that the corpus spells another way (None: no corpus kind).
_COMPONENTS = {"individual_interventions": "one_to_one", "maintenance_group": "group_programme",
               "parenting_fathers": "behaviour_change_programme", "survivor_support": "partner_support",
               "high_risk_prolific_targeting": "high_harm"}
_COHORTS = {"men_only": ("men",), "female_perpetrators": ("women",), "men_and_women": ("men", "women"),
            "high_risk": ("high_harm",), "young_perpetrators": ("young_people",)}
_CONFLICTS = {"different_amount": "amounts_differ", "rounded_vs_exact": "amounts_differ",
              "bound_vs_exact": "amounts_differ", "different_statements": "amounts_differ"}
_CORPUS_COHORTS = {"men", "women", "fathers", "young_people", "high_harm", "non_english_speakers",
                   "same_sex_relationships"}


def _none(x):
    """A cell as the corpus writes it: empty text and missing values are ``None``."""
    from funding.tables.releases import json_value

    return None if isinstance(x, str) and x == "" else json_value(x)


def _int(x):
    x = _none(x)
    return None if x is None else int(x)


def _cohorts(text) -> frozenset:
    out = set()
    for tag in (text or "").split(";"):
        out.update(_COHORTS.get(tag, (tag,)))
    return frozenset(t for t in out if t in _CORPUS_COHORTS)


def predicted(path: Path, published: str) -> dict[str, list[dict]]:
    """The reader's facts for one corpus file, in the corpus's keys."""
    from funding.parse.releases import extract_release
    from funding.tables.releases import release_tables

    text = path.read_text(encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        release = extract_release(text, path.name, published=published)
    tables = release_tables(release)
    out: dict[str, list[dict]] = {}
    out["local_awards"] = [
        {"line": _int(r["source_line"]), "amount_pence": _int(r["amount_pence"]), "pfa_code": _none(r["pfa_code"]),
         "funding_role": _none(r["funding_role"]), "funder": _none(r["funder"]),
         "amount_qualifier": _none(r["amount_qualifier"]), "period_start": _none(r["period_start"]),
         "period_end": _none(r["period_end"]), "part_of_line": _int(r["part_of"]),
         "area_basis": _none(r["area_basis"]), **_bases_of(r)}
        for r in tables["local_awards"].to_dict("records")
    ]
    comps = {}
    for r in tables["programme_components"].to_dict("records"):
        if r["in_quote"]:
            continue  # marked, never the only evidence
        kind = _COMPONENTS.get(r["component"], r["component"])
        key = (_int(r["source_line"]), kind)
        if key in comps:
            continue
        comps[key] = {"line": key[0], "component": kind, "duration_value": _int(r["duration_value"]),
                      "duration_unit": _none(r["duration_unit"]), "duration_min": _int(r.get("duration_min")),
                      "cohorts": _cohorts(r["cohorts"]), "age_min": _int(r.get("age_min")),
                      "age_max": _int(r.get("age_max"))}
    out["programme_components"] = list(comps.values())
    out["outcomes"] = [
        {"line": _int(r["source_line"]), "value": float(r["value"]), "unit": r["unit"],
         "base": None if _none(r.get("base")) is None else float(r["base"]), "about": _none(r["about"]),
         "status": _none(r["status"])}
        for r in tables["outcomes"].to_dict("records")
    ]
    out["organisations"] = [
        {"line": _int(r["source_line"]), "organisation": r["organisation"], "role": r["role"]}
        for r in tables["organisations"].to_dict("records")
    ]
    out["people"] = [
        {"line": _int(r["source_line"]), "name": r["name"], "role": r["role"]}
        for r in tables.get("people", _empty()).to_dict("records")
    ]
    out["conflicts"] = []
    for r in tables["source_conflicts"].to_dict("records"):
        kind = _CONFLICTS.get(r["kind"], r["kind"])
        if kind == "amounts_differ" and r["compatible"] is not False:
            continue  # a bound or round figure the exact one fits: not a disagreement
        if kind not in ("parts_do_not_sum", "amounts_differ"):
            continue  # other kinds (parts that sum, years, places) are not labelled in the corpus
        lines = {int(x) for x in str(r["lines"]).split(";") if x}
        if _int(r["line_b"]) is not None:
            lines.add(_int(r["line_b"]))
        out["conflicts"].append({"kind": kind, "lines": lines})
    out["diagnostics"] = [
        {"line": _int(r["source_line"]), "reason": r["problem"]}
        for r in tables["local_diagnostics"].to_dict("records")
    ]
    return out


def _bases_of(row: dict) -> dict:
    """``{BASES: {...}}`` where the reader records where it read the funder, period and area; empty for a reader
    older than those columns (``score_history.py`` scores old readers with this scorer)."""
    cols = {"funder": "funder_basis", "period": "period_basis", "area": "area_basis"}
    if not all(c in row for c in cols.values()):
        return {}
    return {BASES: {name: row[c] for name, c in cols.items()}}


def _empty():
    import pandas as pd

    return pd.DataFrame()


def _fold(name: str) -> str:
    from funding.reference.register import normalise_name

    return normalise_name(name)


def _expected(facts: dict) -> dict[str, list[dict]]:
    out = {t: [dict(f) for f in facts.get(t, [])] for t in FACT_TYPES}
    for f in out["programme_components"]:
        f["cohorts"] = frozenset(f.get("cohorts") or ())
    for f in out["outcomes"]:
        f["value"] = float(f["value"])
        f["base"] = None if f.get("base") is None else float(f["base"])
    for f in out["conflicts"]:
        f["lines"] = set(f["lines"])
    return out


def _key(kind: str, f: dict):
    if kind == "local_awards":
        return (f["line"], f["amount_pence"])
    if kind == "programme_components":
        return (f["line"], f["component"])
    if kind == "outcomes":
        return (f["line"], f["value"], f["unit"])
    if kind == "organisations":
        return (f["line"], _fold(f["organisation"]))
    if kind == "people":
        return (f["line"], _fold(f["name"]))
    if kind == "diagnostics":
        return (f["line"], f["reason"])
    return None


_FIELDS = {
    "local_awards": ("pfa_code", "funding_role", "funder", "amount_qualifier", "period_start", "period_end",
                     "part_of_line"),
    "programme_components": ("duration_value", "duration_unit", "duration_min", "cohorts", "age_min", "age_max"),
    "outcomes": ("base", "about", "status"),
    "organisations": ("role",),
    "people": ("role",),
    "conflicts": (),
    "diagnostics": (),
}


#: an amount's record of where the reader read three of its fields (not scored: counted by :func:`_count_bases`)
BASES = "bases"
#: the scored fields each basis is about
_BASIS_FIELDS = {"funder": ("funder",), "period": ("period_start", "period_end"), "area": ("pfa_code",)}


def _count_bases(t: dict, pairs: list) -> None:
    """For each matched amount, under ``"<field> <basis>"``: one more matched, and one more right when the
    fields that basis is about agree with the label (the reader's ``funder_basis``, ``period_basis``, ``area_basis``)."""
    for e, g in pairs:
        for name, where in g.get(BASES, {}).items():
            counts = t.setdefault(f"{name} {where}", [0, 0])
            counts[0] += 1
            counts[1] += all(e.get(f) == g.get(f) for f in _BASIS_FIELDS[name])


#: the corpus's funder vocabulary, each with words that name it on a line (a baseline's patterns, not the reader's)
PAYERS = (("Home Office", re.compile(r"\bHome Office\b", re.I)),
          ("Ministry of Justice", re.compile(r"\bMinistry of Justice\b|\bMoJ\b")),
          ("local authority", re.compile(r"\bcouncils?\b", re.I)),
          ("PCC", re.compile(r"\bown (?:budget|money|funding)\b|\bcommissioner's\b", re.I)))
#: the period bases that are the figure's own words (the others are lent from elsewhere, or none)
OWN_PERIOD = ("clause", "sentence", "heading", "same")
#: the reader and the simple rules it is compared with, in the order printed
RULES = ("reader", "none", "first", "nearest")


def payer_on(line: str) -> str | None:
    """The one payer a line names, or None when it names none or several."""
    named = [name for name, pattern in PAYERS if pattern.search(line)]
    return named[0] if len(named) == 1 else None


def period_on(line: str) -> tuple[str, str] | None:
    """The last period a line states (financial years, as the corpus labels them), or None."""
    from funding.parse.releases.periods import find_periods

    found, _ = find_periods(line)
    return (found[-1][2], found[-1][3]) if found else None


def baselines(stated: list, line: int) -> dict[str, object]:
    """Each simple rule's value for a figure on ``line`` (1-based), ``stated`` holding each line's payer or period."""
    first = next((v for v in stated if v is not None), None)
    nearest = next((stated[k] for k in range(line - 2, -1, -1) if stated[k] is not None), None)
    return {"none": None, "first": first, "nearest": nearest}


def _count_baselines(t: dict, pairs: list, lines: list[str]) -> None:
    """For each matched amount whose funder (period) was not read from its own words: one more amount, and one
    more right for the reader and for each simple rule whose value agrees with the label."""
    payers, periods = None, None
    for e, g in pairs:
        bases = g.get(BASES)
        if bases is None:
            continue
        if bases["funder"] != "clause":
            payers = payers or [payer_on(x) for x in lines]
            c = t.setdefault("funder", defaultdict(int))
            c["amounts"] += 1
            c["reader"] += g["funder"] == e["funder"]
            for rule, v in baselines(payers, e["line"]).items():
                c[rule] += v == e["funder"]
        if bases["period"] not in OWN_PERIOD:
            periods = periods or [period_on(x) for x in lines]
            c = t.setdefault("period", defaultdict(int))
            want = (e["period_start"], e["period_end"])
            c["amounts"] += 1
            c["reader"] += (g["period_start"], g["period_end"]) == want
            for rule, v in baselines(periods, e["line"]).items():
                c[rule] += (v or (None, None)) == want


def _fields_agree(kind: str, exp: dict, got: dict) -> list[str]:
    return [f for f in _FIELDS[kind] if exp.get(f) != got.get(f)]


def match(kind: str, expected: list[dict], got: list[dict]):
    """One-to-one matches ``[(expected, got)]``, unmatched expected, unmatched got."""
    pairs, left = [], list(got)
    missed = []
    for e in expected:
        if kind == "conflicts":
            cands = [g for g in left if g["kind"] == e["kind"] and g["lines"] & e["lines"]]
        else:
            cands = [g for g in left if _key(kind, g) == _key(kind, e)]
        if not cands:
            missed.append(e)
            continue
        # several on one key (one figure repeated for two years): prefer the one whose fields agree
        best = min(cands, key=lambda g: len(_fields_agree(kind, e, g)))
        left.remove(best)
        pairs.append((e, best))
    return pairs, missed, left


def score(split: str | None = None, show_misses: bool = False, by: str | None = None) -> dict:
    """Totals per half and fact type; with ``by`` ("layout" or "file"), the same counts per group
    of each half too (``result["groups"][half][group][kind]``)."""
    totals = {s: {t: defaultdict(int) for t in FACT_TYPES} for s in ("tune", "holdout")}
    bases: dict = {"tune": {}, "holdout": {}}
    simple: dict = {"tune": {}, "holdout": {}}
    groups: dict = {"tune": {}, "holdout": {}}
    misses = []
    for exp_path in sorted(CORPUS.glob("*.expected.json")):
        facts = json.loads(exp_path.read_text(encoding="utf-8"))
        if split and facts["split"] != split:
            continue
        stem = exp_path.name[: -len(".expected.json")]
        release = next(p for p in sorted(CORPUS.glob(stem + ".*")) if p.suffix in (".txt", ".html", ".md"))
        got = predicted(release, facts["published"])
        want = _expected(facts)
        aside = {a["line"] for a in facts.get("set_aside", [])}
        group = None
        if by:
            name = (facts.get("layout") or "(none)") if by == "layout" else release.name
            group = groups[facts["split"]].setdefault(name, {t: defaultdict(int) for t in FACT_TYPES})
        for kind in FACT_TYPES:
            pairs, missed, extra = match(kind, want[kind], got[kind])
            right = [(e, g) for e, g in pairs if not _fields_agree(kind, e, g)]
            if kind == "local_awards":
                _count_bases(bases[facts["split"]], pairs)
                _count_baselines(simple[facts["split"]], pairs, release.read_text(encoding="utf-8").splitlines())
            for t in (totals[facts["split"]][kind], *([group[kind]] if group else [])):
                t["expected"] += len(want[kind])
                t["reported"] += len(got[kind])
                t["key_found"] += len(pairs)
                t["right"] += len(right)
                t["furniture_or_quote_fp"] += sum(1 for g in extra if g.get("line") in aside)
                for e, g in pairs:
                    for f in _fields_agree(kind, e, g):
                        t["wrong " + f] += 1
            if show_misses:
                for e, g in pairs:
                    bad = _fields_agree(kind, e, g)
                    if bad:
                        misses.append(f"{stem}: {kind} line {e.get('line')}: wrong "
                                      + ", ".join(f"{f} (want {e.get(f)!r}, got {g.get(f)!r})" for f in bad))
                for e in missed:
                    misses.append(f"{stem}: {kind} MISSED {_show(e)}")
                for g in extra:
                    misses.append(f"{stem}: {kind} EXTRA {_show(g)}")
    result = {s: _rates(by_kind) for s, by_kind in totals.items()}
    out = {"scores": result, "misses": misses,
           "bases": {h: {k: {"matched": n, "right": r} for k, (n, r) in sorted(b.items())} for h, b in bases.items()},
           "baselines": {h: {f: dict(c) for f, c in sorted(b.items())} for h, b in simple.items()}}
    if by:
        out["groups"] = {s: {g: _rates(by_kind) for g, by_kind in sorted(gs.items())} for s, gs in groups.items()}
    return out


def _rates(by_kind: dict) -> dict:
    """Counts per fact type with recall (right / expected) and precision (right / reported)."""
    out = {}
    for kind, t in by_kind.items():
        rec = t["right"] / t["expected"] if t["expected"] else None
        prec = t["right"] / t["reported"] if t["reported"] else None
        out[kind] = {**t, "recall": rec, "precision": prec}
    return out


def _show(f: dict) -> str:
    return json.dumps({k: (sorted(v) if isinstance(v, (set, frozenset)) else v) for k, v in f.items() if k != BASES})


def _pct(x) -> str:
    return "   -" if x is None else f"{x:4.0%}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--split", choices=("tune", "holdout"), help="score one half only")
    parser.add_argument("--misses", action="store_true", help="list every miss, wrong field and extra fact")
    parser.add_argument("--by", choices=("layout", "file"), help="also break each half down by layout or by file")
    args = parser.parse_args(argv)
    out = score(args.split, args.misses, args.by)
    if args.json:
        print(json.dumps({k: out[k] for k in ("scores", "groups") if k in out}, indent=2) if args.by
              else json.dumps(out["scores"], indent=2))
        return 0
    for line in out["misses"]:
        print(line)
    where = CORPUS.relative_to(ROOT) if CORPUS.is_relative_to(ROOT) else CORPUS
    print(f"local-release corpus ({where}): targets recall >= {TARGET_RECALL:.0%}, "
          f"precision >= {TARGET_PRECISION:.0%} per fact type")
    for s, by_kind in out["scores"].items():
        if args.split and s != args.split:
            continue
        print(f"\n{s}:")
        print(f"  {'fact':22} {'expected':>8} {'reported':>8} {'found':>6} {'right':>6} {'recall':>7} {'precision':>9}  status")
        for kind, t in by_kind.items():
            ok = (t["recall"] or 0) >= TARGET_RECALL and (t["precision"] if t["precision"] is not None else 1) >= TARGET_PRECISION
            print(f"  {kind:22} {t['expected']:8d} {t['reported']:8d} {t['key_found']:6d} {t['right']:6d} "
                  f"{_pct(t['recall']):>7} {_pct(t['precision']):>9}  {'PASS' if ok else 'MISS'}")
        print("  found: the fact's key (its line and amount, component, value…) was reported; right: every scored field too")
        print("  where the key was found but a field was wrong (a fact can be wrong in several):")
        print_field_counts(by_kind, "wrong ")
        print_bases(out["bases"][s])
        print_baselines(out["baselines"][s])
        if args.by:
            print_groups(out["groups"][s], args.by)
    return 0


def print_groups(groups: dict, by: str) -> None:
    """One row per layout or file: right of expected and of reported, per fact type (worst amounts first)."""
    if not groups:
        return
    short = {"local_awards": "amounts", "programme_components": "components", "organisations": "orgs"}
    kinds = FACT_TYPES[:5]
    print(f"\n  by {by} (right/expected, right/reported):")
    width = max(len(g) for g in groups) + 2
    print("  " + f"{by:{width}}" + "".join(f"{short.get(k, k):>18}" for k in kinds))
    def order(item):
        t = item[1]["local_awards"]
        return (t["right"] / t["expected"] if t["expected"] else 1.0, item[0])
    for name, by_kind in sorted(groups.items(), key=order):
        cells = []
        for k in kinds:
            t = by_kind[k]
            cells.append(f"{t['right']}/{t['expected']}, {t['right']}/{t['reported']}" if t["expected"] or t["reported"] else "-")
        print("  " + f"{name:{width}}" + "".join(f"{c:>18}" for c in cells))  # (a space between cells up to 9,999)


def print_bases(bases: dict) -> None:
    """Of the amounts found, how often the funder, period and area were right, by where the reader read each
    (its ``*_basis`` column): right/found (per cent), the most frequent basis first."""
    print("  amounts found, by where the reader read a field (right/found):")
    for name in _BASIS_FIELDS:
        cells = sorted(((k.split(" ", 1)[1], v) for k, v in bases.items() if k.split(" ", 1)[0] == name),
                       key=lambda kv: (-kv[1]["matched"], kv[0]))
        print(f"    {name:8} " + ", ".join(f"{b} {v['right']}/{v['matched']} ({v['right'] / v['matched']:.1%})"
                                      for b, v in cells))


def print_baselines(simple: dict) -> None:
    """The funders and periods not read from the figure's own words: right by the reader and by each simple rule."""
    print("  fields not read from the figure's own words, right by the reader and by simple rules:")
    for field, c in simple.items():
        n = c["amounts"]
        print(f"    {field:8} {n} amounts: " + ", ".join(f"{r} {c[r]} ({c[r] / n:.0%})" for r in RULES))


def print_field_counts(by_kind: dict, prefix: str) -> None:
    """One line per fact type: how many matched facts had each scored field wrong (counts named
    ``prefix + field``)."""
    for kind, t in by_kind.items():
        if not isinstance(t, dict):
            continue
        counts = sorted((k[len(prefix):], n) for k, n in t.items() if k.startswith(prefix))
        if counts:
            print(f"    {kind:20} " + ", ".join(f"{f} {n}" for f, n in counts))


if __name__ == "__main__":
    sys.exit(main())
