"""Score the release reader on the structure probes (tests/corpus/probes/structures.json).

    .venv/bin/python benchmarks/score_probes.py            (a line per family, then every probe misread)
    .venv/bin/python benchmarks/score_probes.py --json
    .venv/bin/python benchmarks/score_probes.py --file tests/corpus/probes/structures2.json

The probes are short invented texts, each one money structure (yearly shares, wholes and pieces on other lines,
a payer or period said once, money added to a grant, round-ups, restatements), written in the seventeenth session
by a helper who had read only the corpus README's conventions, not the corpus or the reader. Each probe states the
fields of the amounts it is about (role, the line of the whole a part belongs to, funder, period) and the conflict
it should or should not raise; fields a probe does not state are not checked. A probe is read right when every
stated field of every stated amount is right, no other amount is reported, and its conflict is as stated.

Probes whose reading the corpus README leaves open carry ``open`` with the reason and are left out of the count.
Where a role is open between two readings the probe lists both (``funding_role_any_of``).

A second set (``structures2.json``, 102 probes) was written the same way, blind, in the eighteenth session, and
scored by the reader of that session's start (049349c) before any rule was written for either set: 74 of its 97
counted probes were read right then, by the expectations as they stand after the corpus README settled "Restated
figures" that session (see tests/corpus/probes/README.md) and by this scorer's reading of conflicts (the release's
source_conflicts table, as the corpus scorer reads them). Scoring it again after rules written for the first set alone measures whether
those rules carry over to structures nobody tuned on. Once a session has written rules from its misreads it is
tuning material like the first.

The probes are tuning material like the tune half of the corpus: they measure whether a structure is read, not
how the reader does on unseen text (the held-out half does that).
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBES = ROOT / "tests" / "corpus" / "probes" / "structures.json"
#: every probe file, by the name make bench prints
PROBE_FILES = {"first set": PROBES, "second set": PROBES.with_name("structures2.json")}
#: the probes are read as a text file published in June 2025, like the tests' invented texts
PUBLISHED = "2025-06"
FIELDS = ("funding_role", "part_of_line", "funder", "period_start", "period_end")


def load(path: Path = PROBES) -> list[dict]:
    """The probes, in file order."""
    return json.loads(path.read_text(encoding="utf-8"))["probes"]


def text_of(probe: dict) -> str:
    return "\n".join(probe["lines"]) + "\n"


def read(probe: dict):
    """The reader's :class:`funding.parse.releases.Release` for one probe."""
    from funding.parse.releases import extract_release

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return extract_release(text_of(probe), "invented.txt", published=PUBLISHED)


def _have(award) -> dict:
    return {"funding_role": award.funding_role, "part_of_line": award.part_of_line, "funder": award.funder or None,
            "period_start": award.period_start or None, "period_end": award.period_end or None}


def _kinds(release) -> set[str]:
    """The conflict kinds raised, named and filtered as the corpus scorer does (``score_releases.predicted``): the
    release's ``source_conflicts`` table (:func:`funding.tables.releases.release_tables`, which adds the disagreements
    between two statements of one award to the release's own conflicts), kinds named by ``score_releases._CONFLICTS``
    and only the two the corpus labels; a round or bound figure that the exact one fits is no disagreement."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from score_releases import _CONFLICTS

    from funding.tables.releases import release_tables

    out = set()
    for r in release_tables(release)["source_conflicts"].to_dict("records"):
        kind = _CONFLICTS.get(r["kind"], r["kind"])
        if kind == "amounts_differ" and r["compatible"] is not False:
            continue
        if kind not in ("parts_do_not_sum", "amounts_differ"):
            continue  # (other kinds, parts that sum, years, places, are not labelled in the corpus)
        out.add(kind)
    return out


def errors(probe: dict, release=None) -> list[str]:
    """What the reader gets wrong on ``probe``: an empty list when it is read right."""
    release = read(probe) if release is None else release
    got = list(release.awards)
    used: set[int] = set()
    errs = []
    for want in probe["amounts"]:
        pence = want["pounds"] * 100
        candidates = [i for i, a in enumerate(got)
                      if i not in used and a.source_line == want["line"] and a.amount.pence == pence]
        if "period_start" in want and len(candidates) > 1:  # two equal sums on a line, told apart by their year
            candidates = [i for i in candidates if (got[i].period_start or None) == want["period_start"]] or candidates
        label = f"line {want['line']} £{want['pounds']:,}"
        if not candidates:
            errs.append(f"{label}: not read")
            continue
        used.add(candidates[0])
        have = _have(got[candidates[0]])
        if "funding_role_any_of" in want and have["funding_role"] not in want["funding_role_any_of"]:
            errs.append(f"{label}: funding_role want one of {want['funding_role_any_of']}, got {have['funding_role']!r}")
        for field in FIELDS:
            if field in want and have[field] != want[field]:
                errs.append(f"{label}: {field} want {want[field]!r}, got {have[field]!r}")
    for i, a in enumerate(got):
        if i not in used:
            errs.append(f"extra line {a.source_line} £{a.amount.pence // 100:,} as {a.funding_role}")
    kinds = sorted(_kinds(release))
    wanted = probe.get("conflict")
    if wanted == "none" and kinds:
        errs.append(f"conflicts raised where none is due: {kinds}")
    elif wanted and wanted != "none" and wanted not in kinds:
        errs.append(f"conflict {wanted} not raised (raised: {kinds})")
    return errs


def score(path: Path = PROBES) -> dict:
    """Per family and in all: probes counted (open ones left out), read right, and the misread ones' errors."""
    families: dict[str, Counter] = {}
    misread: dict[str, list[str]] = {}
    open_ = []
    for probe in load(path):
        if probe.get("open"):
            open_.append(probe["name"])
            continue
        errs = errors(probe)
        tally = families.setdefault(probe["family"], Counter())
        tally["probes"] += 1
        tally["right"] += not errs
        if errs:
            misread[probe["name"]] = errs
    total = Counter()
    for tally in families.values():
        total.update(tally)
    return {"families": {k: dict(v) for k, v in families.items()}, "probes": total["probes"], "right": total["right"],
            "misread": misread, "open": open_}


def bench(report, args) -> None:  # called by benchmarks/run.py (make bench)
    for name, path in PROBE_FILES.items():
        s = score(path)
        print(f"\n{name} ({path.name})")
        print_score(s)
        report.add(f"structure probes read right, {name}", s["right"], f"of {s['probes']}",
                   note=f"{s['probes'] - s['right']} misread; {len(s['open'])} open probes left out "
                        "(benchmarks/score_probes.py; tuning material, no target)")


def print_score(s: dict) -> None:
    for family, t in s["families"].items():
        print(f"{family:<40} {t['right']:>3} of {t['probes']:>3} read right")
    print(f"{'all':<40} {s['right']:>3} of {s['probes']:>3} read right ({len(s['open'])} open probes left out)")
    for name, errs in s["misread"].items():
        print(f"\n{name}:")
        for e in errs:
            print(f"  {e}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the score as JSON")
    parser.add_argument("--file", type=Path, default=PROBES, help="a probe file of the same form (default: %(default)s)")
    args = parser.parse_args(argv)
    s = score(args.file)
    if args.json:
        json.dump(s, sys.stdout, indent=1, ensure_ascii=False)
        print()
    else:
        print_score(s)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main())
