"""Check the local-release corpus: every expected fact is where it says it is.

Run from anywhere:  python tests/corpus/releases/check_corpus.py [FOLDER]
(FOLDER: another folder of releases to check the same way; default: this one.)
Standard library only.  Exits 1 and lists every problem if anything is wrong;
otherwise prints counts of expected facts by type and split.
"""
from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
# src/ is being restructured: take the first register found.
REGISTER_CANDIDATES = [ROOT / "src" / "funding" / "data" / "pfa_register.csv",
                       *sorted((ROOT / "src").rglob("pfa_register.csv")),
                       ROOT / "data" / "processed" / "pfa_register.csv"]
RELEASE_EXTS = (".txt", ".html", ".md")

LAYOUTS = {"press_release", "decision_notice", "annual_report", "news_roundup", "news_article", "html_page", "web_extract"}
AREA_BASES = {"clause", "table_row", "possessive", "release", "none"}
FUNDERS = {"Home Office", "Ministry of Justice", "PCC", "local authority", "partners", None}
ROLES = {"grant", "part", "match_funding", "own_funding", "total", "context"}
QUALIFIERS = {"exact", "rounded", "more_than", "at_least", "less_than", "up_to", "about"}
COMPONENTS = {"behaviour_change_programme", "group_programme", "one_to_one", "partner_support",
              "stalking_intervention", "case_management", "child_adolescent_to_parent", "idva_or_advocate",
              "high_harm", "whole_family", "helpline", "practitioner_training", "named_programme"}
UNITS = {"week", "month", "year", "session", None}
COHORTS = {"men", "women", "fathers", "young_people", "high_harm", "non_english_speakers", "same_sex_relationships"}
OUTCOME_UNITS = {"percent", "count"}
ABOUT = {"perpetrators", "survivors", "partners", "children", "families", "young_people", "cases", "referrals", "practitioners"}
STATUS = {"reported", "expected", "stated"}
ORG_ROLES = {"funder", "former_funder", "match_funder", "commissioner", "commissioned_service", "delivery_partner",
             "survivor_support_provider", "recipient", "referrer", "evaluator", "parent_organisation"}
PEOPLE_ROLES = {"commissioner", "official"}
CONFLICTS = {"parts_do_not_sum", "amounts_differ"}
DIAGNOSTICS = {"malformed_amount", "negative_amount", "impossible_period", "impossible_percentage"}
SET_ASIDE = {"page_furniture", "photo_caption", "job_advert", "script", "comment", "in_quote", "fund_title",
             "legislation_title", "headline", "heading", "postamble", "negated_funder", "other_area"}
SPLITS = {"tune", "holdout"}

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMBER_WORDS = {w: n for n, w in enumerate(_UNITS)} | _TENS | {
    f"{t}-{u}": n + i for t, n in _TENS.items() for i, u in enumerate(_UNITS[1:10], start=1)} | {
    "a hundred": 100, "one hundred": 100, "half": 50, "a third": 33, "two thirds": 67, "a quarter": 25,
    "three quarters": 75, "dozen": 12} | {
    # "seven in ten", "four in five", "three out of four", "two in three": a share, an outcome in whole per cent
    f"{_UNITS[n]}{of} {_UNITS[d]}": round(100 * n / d) for d in (2, 3, 4, 5, 10) for n in range(1, d)
    for of in (" in", " out of")}
MONEY = re.compile(r"(-?)£\s?([\d,]+(?:\.\d+)?)\s*(thousand|million|billion|m|k|bn)?\b")
UNIT_FORM = re.compile(r"£\s?[\d,]+(?:\.\d+)?\s*(?:thousand|million|billion|m|k|bn)\b", re.I)  # "£1.2m", "£250 thousand"
MULT = {None: 1, "k": 10**3, "thousand": 10**3, "m": 10**6, "million": 10**6, "bn": 10**9, "billion": 10**9}
PERIOD = re.compile(r"^(\d{4})-(\d{2})$")


def pence(text: str) -> int:
    m = MONEY.search(text)
    if not m:
        raise ValueError(f"no amount in {text!r}")
    value = Decimal(m.group(2).replace(",", "")) * MULT[m.group(3)] * 100
    return int(value) * (-1 if m.group(1) else 1)


def period_ok(p: str | None) -> bool:
    if p is None:
        return True
    m = PERIOD.match(p)
    return bool(m) and (int(m.group(1)) + 1) % 100 == int(m.group(2))


def number_on_line(value, line: str) -> bool:
    v = int(value) if float(value).is_integer() else value
    if re.search(rf"(?<![\d,.]){re.escape(f'{v:,}' if isinstance(v, int) else str(v))}(?![\d])", line) or \
            re.search(rf"(?<![\d,.]){v}(?![\d])", line):
        return True
    return any(n == v and re.search(rf"\b{re.escape(w)}\b", line.lower()) for w, n in NUMBER_WORDS.items())


def _year_by_year(line: int, candidates: list[dict], parts: list[dict]) -> dict[int, dict]:
    """The whole of each part pointing at ``line`` when the line holds one candidate whole per period and the
    parts of each period add up to exactly the candidate of that period (by ``id`` of the part); empty when
    any period's parts have no such candidate, so that the usual checks report them."""
    by_period: dict[tuple, list[dict]] = {}
    for a in parts:
        by_period.setdefault((a["period_start"], a["period_end"]), []).append(a)
    found = {}
    for period, group in by_period.items():
        s = sum(a["amount_pence"] for a in group if a["amount_qualifier"] in ("exact", "rounded"))
        hits = [w for w in candidates if (w["period_start"], w["period_end"]) == period and w["amount_pence"] == s]
        if len(by_period) < 2 or len(hits) != 1:
            return {}
        found.update({id(a): hits[0] for a in group})
    return found


def check(stem: Path, text_path: Path, problems: list[str], counts: Counter) -> None:
    name = text_path.name
    def bad(msg):
        problems.append(f"{name}: {msg}")
    try:
        exp = json.loads(stem.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        bad(f"expected JSON does not parse: {exc}")
        return
    lines = text_path.read_text(encoding="utf-8").split("\n")
    def line(n, what):
        if not isinstance(n, int) or not 1 <= n <= len(lines):
            bad(f"{what}: line {n} outside 1..{len(lines)}")
            return ""
        return lines[n - 1]

    split = exp.get("split")
    if split not in SPLITS:
        bad(f"split {split!r}")
    if exp.get("layout") not in LAYOUTS:
        bad(f"layout {exp.get('layout')!r}")
    if not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", exp.get("published", "")):
        bad(f"published {exp.get('published')!r}")
    for key in ("local_awards", "programme_components", "outcomes", "organisations", "people",
                "conflicts", "diagnostics"):
        if not isinstance(exp.get(key), list):
            bad(f"missing list {key}")
            return
        counts[(key, split)] += len(exp[key])
    counts[("files", split)] += 1

    awards = exp["local_awards"]
    by_line = {}
    for a in awards:
        text = line(a["line"], f"award {a.get('evidence')}")
        ev = a.get("evidence", "")
        # a bare figure under a heading that gives its unit ("(£000)", "£k", "(£m)"): "scale" is the pounds per unit
        stated = (int(Decimal(ev.replace(",", "")) * a["scale"] * 100) if re.fullmatch(r"[\d,]+(?:\.\d+)?", ev) else None) \
            if "scale" in a else pence(ev) if MONEY.search(ev) else None
        if ev not in text:
            bad(f"line {a['line']}: amount {ev!r} not on the line")
        elif "scale" in a and a["scale"] not in (1, 1000, 1000000):
            bad(f"line {a['line']}: scale {a['scale']!r} is not 1, 1000 or 1000000")
        elif stated != a["amount_pence"]:
            bad(f"line {a['line']}: {ev!r} is {stated} pence, expected says {a['amount_pence']}")
        if a["pfa_code"] is not None and a["pfa_code"] not in PFA:
            bad(f"line {a['line']}: pfa_code {a['pfa_code']} not in register")
        for c in a.get("shared_by", []):
            if c not in PFA:
                bad(f"line {a['line']}: shared_by {c} not in register")
        if (a["pfa_code"] is None) != (a["area_basis"] == "none") and not a.get("shared_by"):
            bad(f"line {a['line']}: pfa_code and area_basis disagree")
        for field, vocab in (("area_basis", AREA_BASES), ("funder", FUNDERS), ("funding_role", ROLES),
                             ("amount_qualifier", QUALIFIERS)):
            if a[field] not in vocab:
                bad(f"line {a['line']}: {field} {a[field]!r} not in vocabulary")
        # README, amount_qualifier: with no qualifying word, "rounded" exactly when the figure is in unit form or a whole
        # multiple of £10,000, else "exact"
        # (a bare figure under a "(£000)" heading is in unit form; one under a "(£)" heading, scale 1, is not)
        round_form = a.get("scale", 1) != 1 or bool(UNIT_FORM.search(ev)) or (a["amount_pence"] % 1_000_000 == 0 and a["amount_pence"] != 0)
        if a["amount_qualifier"] in ("exact", "rounded") and (a["amount_qualifier"] == "rounded") != round_form:
            bad(f"line {a['line']}: {ev!r} is {'rounded' if round_form else 'exact'} by the README's amount_qualifier rule, "
                f"expected says {a['amount_qualifier']}")
        if not (period_ok(a["period_start"]) and period_ok(a["period_end"])):
            bad(f"line {a['line']}: period {a['period_start']}..{a['period_end']} is not a financial year")
        if (a["period_start"] is None) != (a["period_end"] is None) or \
                (a["period_start"] and a["period_start"] > a["period_end"]):
            bad(f"line {a['line']}: period {a['period_start']}..{a['period_end']}")
        if (a["funding_role"] == "part") != (a["part_of_line"] is not None):
            bad(f"line {a['line']}: part_of_line must be set exactly for parts")
        by_line.setdefault(a["line"], []).append(a)
    conflict_lines = {n for c in exp["conflicts"] if c["kind"] == "parts_do_not_sum" for n in c["lines"]}
    wholes = {}
    # a line holding several figures that could be the whole (a TOTAL row's grand total beside its year totals): when
    # all the parts pointing at the line add up to exactly one of them, that one is their whole, whatever its order
    summed_to = {}
    # a part may name its whole's amount as well as its line ("part_of_pence", README Format), where the line holds
    # several figures: those parts are checked against that figure and left out of the guessing below
    named = [a for a in awards if a["funding_role"] == "part" and a.get("part_of_pence") is not None]
    for n in {a["part_of_line"] for a in awards if a["funding_role"] == "part" and a.get("part_of_pence") is None}:
        candidates = [w for w in by_line.get(n, []) if w["funding_role"] != "part"]
        s = sum(a["amount_pence"] for a in awards if a["funding_role"] == "part" and a["part_of_line"] == n
                and a.get("part_of_pence") is None and a["amount_qualifier"] in ("exact", "rounded"))
        hits = [w for w in candidates if w["amount_pence"] == s]
        if len(candidates) > 1 and len(hits) == 1:
            summed_to[n] = hits[0]
        elif len(candidates) > 1:
            # a TOTAL row with one figure per year column and no total column: the cells of each year add up to
            # the TOTAL row's figure for that year, so the parts are checked year by year
            summed_to.update(_year_by_year(n, candidates, [a for a in awards if a["funding_role"] == "part"
                                                           and a["part_of_line"] == n]))
    for a in named:
        whole = next((w for w in by_line.get(a["part_of_line"], []) if w is not a and w["amount_pence"] == a["part_of_pence"]),
                     None)
        if whole is None:
            bad(f"line {a['line']}: part_of_pence {a['part_of_pence']} is no amount on line {a['part_of_line']}")
            continue
        wholes.setdefault((a["part_of_line"], id(whole)), (whole, []))[1].append(a)
    for a in awards:
        if a["funding_role"] == "part" and a.get("part_of_pence") is not None:
            continue
        if a["funding_role"] == "part" and (a["part_of_line"] in summed_to or id(a) in summed_to):
            whole = summed_to.get(id(a)) or summed_to[a["part_of_line"]]
            wholes.setdefault((a["part_of_line"], id(whole)), (whole, []))[1].append(a)
            continue
        if a["funding_role"] == "part":
            targets = [w for w in by_line.get(a["part_of_line"], []) if w["funding_role"] != "part"]
            if not targets:
                # a two-way table's row total is the whole of its row's cells and itself a part of the
                # TOTAL row (README, "Two-way tables"): a part on that line pointing at another line
                targets = [w for w in by_line.get(a["part_of_line"], [])
                           if w["funding_role"] == "part" and w["part_of_line"] != a["part_of_line"]]
            if not targets:
                bad(f"line {a['line']}: part_of_line {a['part_of_line']} has no whole amount")
                continue
            # the whole is the amount on that line with the part's funder, else the line's total across
            # funders (a part naming its own funder under it), else the line's first whole
            whole = next((w for w in targets if w["funder"] == a["funder"] or len(targets) == 1 or w.get("shared_by")),
                         next((w for w in targets if w["funding_role"] == "total" and w["funder"] is None), targets[0]))
            wholes.setdefault((a["part_of_line"], id(whole)), (whole, []))[1].append(a)
    unsummed = set()  # the lines of totals whose parts do not sum, and of those parts
    for (wline, _), (whole, parts) in wholes.items():
        # "which includes up to £X" overlaps a breakdown: only exact or round parts are summed
        s = sum(p["amount_pence"] for p in parts if p["amount_qualifier"] in ("exact", "rounded"))
        in_conflict = wline in conflict_lines or any(p["line"] in conflict_lines for p in parts)
        if s != whole["amount_pence"]:
            unsummed.update([wline, *(p["line"] for p in parts)])
        if whole["funding_role"] == "total" and s != whole["amount_pence"]:
            if not in_conflict:
                bad(f"line {wline}: parts sum to {s} but total is {whole['amount_pence']} and no conflict is listed")
        if s > whole["amount_pence"] and not in_conflict:
            bad(f"line {wline}: parts ({s}) exceed the whole ({whole['amount_pence']})")
    # a conflict is about one total: a line may hold another total whose parts do sum (a table's total
    # row), so each listed conflict needs one total among its lines whose parts do not
    for c in exp["conflicts"]:
        if c["kind"] == "parts_do_not_sum" and not unsummed & set(c["lines"]):
            bad(f"lines {c['lines']}: parts do sum but a parts_do_not_sum conflict is listed")

    for c in exp["programme_components"]:
        text = line(c["line"], f"component {c['component']}")
        if c.get("evidence", "") not in text:
            bad(f"line {c['line']}: component evidence {c.get('evidence')!r} not on the line")
        if c["component"] not in COMPONENTS or c["duration_unit"] not in UNITS:
            bad(f"line {c['line']}: component {c['component']!r} / unit {c['duration_unit']!r}")
        if not set(c["cohorts"]) <= COHORTS:
            bad(f"line {c['line']}: cohorts {c['cohorts']}")
        if (c["duration_value"] is None) != (c["duration_unit"] is None):
            bad(f"line {c['line']}: duration value and unit must both be set or both be null")
        for key in ("duration_value", "duration_min", "age_min", "age_max"):
            if c.get(key) is not None and not number_on_line(c[key], text):
                bad(f"line {c['line']}: {key} {c[key]} not on the line")
        if (c["component"] == "named_programme") != bool(c.get("programme_name")):
            bad(f"line {c['line']}: programme_name must be set exactly for named_programme")
        if c.get("programme_name") and c["programme_name"] not in text:
            bad(f"line {c['line']}: programme name {c['programme_name']!r} not on the line")
    for o in exp["outcomes"]:
        text = line(o["line"], "outcome")
        if o.get("evidence", "") not in text:
            bad(f"line {o['line']}: outcome evidence {o.get('evidence')!r} not on the line")
        if not number_on_line(o["value"], text):
            bad(f"line {o['line']}: outcome value {o['value']} not on the line")
        if o["base"] is not None and not number_on_line(o["base"], text):
            bad(f"line {o['line']}: outcome base {o['base']} not on the line")
        if o["unit"] not in OUTCOME_UNITS or o["about"] not in ABOUT or o["status"] not in STATUS:
            bad(f"line {o['line']}: outcome unit/about/status {o['unit']}/{o['about']}/{o['status']}")
        if o["unit"] == "percent" and not 0 <= o["value"] <= 100:
            bad(f"line {o['line']}: percentage {o['value']} should be a diagnostic")
    for g in exp["organisations"]:
        if g["organisation"] not in line(g["line"], "organisation"):
            bad(f"line {g['line']}: organisation {g['organisation']!r} not on the line")
        if g["role"] not in ORG_ROLES:
            bad(f"line {g['line']}: organisation role {g['role']!r}")
    for p in exp["people"]:
        if p["name"] not in line(p["line"], "person"):
            bad(f"line {p['line']}: person {p['name']!r} not on the line")
        if p["role"] not in PEOPLE_ROLES:
            bad(f"line {p['line']}: person role {p['role']!r}")
    for c in exp["conflicts"]:
        if c["kind"] not in CONFLICTS:
            bad(f"conflict kind {c['kind']!r}")
        for n in c["lines"]:
            if n not in by_line:
                bad(f"conflict line {n} has no expected amount")
    for d in exp["diagnostics"]:
        if d["found"] not in line(d["line"], "diagnostic"):
            bad(f"line {d['line']}: diagnostic {d['found']!r} not on the line")
        if d["reason"] not in DIAGNOSTICS:
            bad(f"line {d['line']}: diagnostic reason {d['reason']!r}")
        if d["line"] in by_line and d["reason"] in ("malformed_amount", "negative_amount"):
            bad(f"line {d['line']}: an unreadable amount must not also be an award")
    for s in exp.get("set_aside", []):
        if s["text"] not in line(s["line"], "set_aside"):
            bad(f"line {s['line']}: set-aside text {s['text']!r} not on the line")
        if s["reason"] not in SET_ASIDE:
            bad(f"line {s['line']}: set-aside reason {s['reason']!r}")
        for a in by_line.get(s["line"], []):
            if s["reason"] in ("page_furniture", "photo_caption", "job_advert", "script", "comment"):
                bad(f"line {s['line']}: an award is expected on a furniture line")


def main() -> int:
    global PFA
    register = next((p for p in REGISTER_CANDIDATES if p.exists()), None)
    if register is None:
        print("no pfa_register.csv found under src/ or data/processed/")
        return 1
    with register.open(encoding="utf-8") as fh:
        PFA = {row["pfa_code"] for row in csv.DictReader(fh)}
    problems: list[str] = []
    counts: Counter = Counter()
    folder = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE
    releases = sorted(p for p in folder.iterdir() if p.suffix in RELEASE_EXTS and p.name not in ("README.md", "HOLDOUT_FILES.md")
                      and not p.name.endswith(".expected.json"))
    for path in releases:
        stem = path.with_name(path.stem + ".expected.json")
        if not stem.exists():
            problems.append(f"{path.name}: no {stem.name}")
            continue
        check(stem, path, problems, counts)
    for js in folder.glob("*.expected.json"):
        if not any((folder / (js.name[: -len(".expected.json")] + e)).exists() for e in RELEASE_EXTS):
            problems.append(f"{js.name}: no release file")
    if problems:
        print("\n".join(problems))
        return 1
    keys = ["files", "local_awards", "programme_components", "outcomes", "organisations", "people",
            "conflicts", "diagnostics"]
    print(f"{'':22} {'tune':>6} {'holdout':>8} {'all':>6}")
    for k in keys:
        t, h = counts[(k, "tune")], counts[(k, "holdout")]
        print(f"{k:22} {t:6} {h:8} {t + h:6}")
    print("corpus OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
