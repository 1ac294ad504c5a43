"""How the release reader did on each batch of corpus releases when it first met them, and how it does now.

    .venv/bin/python benchmarks/score_history.py            (a table; takes a few minutes)
    .venv/bin/python benchmarks/score_history.py --json
    .venv/bin/python benchmarks/score_history.py --out benchmarks/history.json   (make history: the
        committed record the README's first-sight tables are rendered from and tested against)

Every release in tests/corpus/releases was added by one commit, and the reader in that commit's
parent had never seen it: no rule had yet been written with it in view.  Scoring each batch with
the reader of its parent commit gives the reader's *first-sight* score on text it was not tuned on.
Where the held-out half is one fixed sample, first sight is a new sample with every batch, so the
series shows whether the reader is getting better at text nobody has tuned it on, or only at the
text it was tuned on.  Two more columns: each batch scored by today's reader ("now"), and the whole
of today's held-out half scored by the reader of each parent commit (how the held-out score moved
as the reader was tuned).

Each old reader is taken from git (``git archive`` of its ``src/``, into a temporary folder, nothing
written into the repository) and run in a child process with today's scorer and today's labels
(the adjudicated conventions included), so every number is on one scale.  A reader older than the
scorer's interface (``funding.tables.releases.release_tables``) is named and skipped.  Amounts are
"right" only when every scored field agrees, as in ``score_releases.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score_releases  # noqa: E402  (same folder; the matching rules are shared, not copied)

ROOT = score_releases.ROOT
CORPUS = score_releases.CORPUS
SHOWN = ("local_awards", "programme_components", "outcomes", "organisations")
SHORT = {"local_awards": "amounts", "programme_components": "components", "outcomes": "outcomes",
         "organisations": "organisations"}


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout


#: the suffix of a reworded copy of a tune release (same facts and lines, other words), whose first reading measures
#: the reader's dependence on wording, not how it meets new text: kept out of the batches
REWORDED = "-reworded"


def batches() -> dict[tuple[str, str], list[str]]:
    """{(commit that added them, split): [release names]}, oldest commit first."""
    # one walk of the history (newest first): the last commit seen adding a path is the one that first added it
    log = _git("log", "--no-renames", "--diff-filter=A", "--format=@%H %ct", "--name-only", "--",
               CORPUS.relative_to(ROOT).as_posix())
    added: dict[str, tuple[str, int]] = {}
    commit, when = "", 0
    for line in log.splitlines():
        if line.startswith("@"):
            commit, stamp = line[1:].split()
            when = int(stamp)
        elif line.endswith(".expected.json") and Path(line).parent == CORPUS.relative_to(ROOT):
            added[Path(line).name] = (commit, when)
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    order: dict[str, int] = {}
    for path in sorted(CORPUS.glob("*.expected.json")):
        if path.name not in added:
            continue  # not committed yet: no history to score
        if path.name.endswith(REWORDED + ".expected.json"):
            continue  # a tune release said again in other words: not new text (corpus README, "Reworded copies")
        commit, when = added[path.name]
        order[commit] = when
        split = json.loads(path.read_text(encoding="utf-8"))["split"]
        found[(commit, split)].append(path.name[: -len(".expected.json")])
    return dict(sorted(found.items(), key=lambda kv: (order[kv[0][0]], kv[0][1] != "tune")))


def _child(names: list[str]) -> dict:
    """Score ``names`` with whatever ``funding`` is importable (the parent puts an old one on PYTHONPATH)."""
    import shutil

    tmp = Path(tempfile.mkdtemp())
    try:
        for n in names:
            for p in CORPUS.glob(n + ".*"):
                shutil.copy(p, tmp / p.name)
        score_releases.CORPUS = tmp
        out = score_releases.score()["scores"]
    finally:
        shutil.rmtree(tmp)
    return {split: {k: {f: n for f, n in v.items() if f in ("expected", "reported", "right", "key_found")
                        or f.startswith("wrong ")} for k, v in kinds.items()}
            for split, kinds in out.items() if any(v["expected"] for v in kinds.values())}


def _score_with(src: Path | None, names: list[str], script: str = __file__):
    """Run ``script --child`` (this file's child by default) on ``names`` with the reader in ``src`` (None:
    today's) and return the JSON its last line prints; None when it cannot run."""
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    done = subprocess.run([sys.executable, script, "--child"], input="\n".join(names), env=env,
                          capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def _reader_at(commit: str, into: Path) -> Path:
    """The package as it was at ``commit``, unpacked under ``into`` (src/ only); returns the src folder."""
    dest = into / commit[:12]
    if dest.exists():
        return dest / "src"  # (a tune and a held-out batch added by one commit share their reader)
    archive = subprocess.run(["git", "archive", "--format=tar", commit, "src"], cwd=ROOT, capture_output=True,
                             check=True).stdout
    dest.mkdir()
    tar_path = dest / "src.tar"
    tar_path.write_bytes(archive)
    with tarfile.open(tar_path) as tar:
        if hasattr(tarfile, "data_filter"):  # Python 3.11.4 and later: refuse links and paths out of dest
            tar.extractall(dest, filter="data")
        else:  # (git archive of our own commit: regular files under src/ only)
            tar.extractall(dest)
    tar_path.unlink()
    return dest / "src"


def _holdout_names() -> list[str]:
    return sorted(p.name[: -len(".expected.json")] for p in CORPUS.glob("*.expected.json")
                  if json.loads(p.read_text(encoding="utf-8"))["split"] == "holdout")


def history(holdout_series: bool = True) -> list[dict]:
    rows = []
    holdout_now = _holdout_names()
    with tempfile.TemporaryDirectory() as tmp:
        for (commit, split), names in batches().items():
            parent = _git("rev-parse", commit + "^").strip()
            src = _reader_at(parent, Path(tmp))
            first = _score_with(src, names)
            row = {"commit": commit[:7], "reader": parent[:7], "split": split, "files": len(names),
                   "date": _git("log", "-1", "--format=%cs", commit).strip(),
                   "first_sight": first and first.get(split), "now": (_score_with(None, names) or {}).get(split)}
            if holdout_series and first is not None and split == "tune":
                held = _score_with(src, holdout_now)
                row["holdout_then"] = held and held.get("holdout")
            rows.append(row)
    return rows


def _cell(t: dict | None, kind: str) -> str:
    if not t or kind not in t or not t[kind]["expected"]:
        return "-"
    k = t[kind]
    recall = k["right"] / k["expected"]
    precision = k["right"] / k["reported"] if k["reported"] else 0.0
    return f"{recall:.0%}/{precision:.0%}"


def first_sight_fields(rows: list[dict], kind: str = "local_awards") -> dict[str, int]:
    """Summed over every batch scored at first sight: expected, key found, right, and each field found wrong."""
    total: dict[str, int] = defaultdict(int)
    for r in rows:
        for name, n in ((r["first_sight"] or {}).get(kind) or {}).items():
            if name != "reported":
                total[name] += n
    return dict(total)


def readme_tables(rows: list[dict], indent: str = "", today: dict | None = None) -> str:
    """The two Markdown tables the README shows (first sight per batch; the held-out half by earlier readers,
    and by today's when ``today`` gives its scores), each line after ``indent`` (the README's tables sit
    inside a numbered list)."""
    out = ["| batch added | split | releases | amounts | components | outcomes | organisations |",
           "|---|---|---|---|---|---|---|"]
    for r in rows:
        if r["first_sight"] is None:
            continue
        cells = " | ".join(_cell(r["first_sight"], k).replace("/", " / ") for k in SHOWN)
        out.append(f"| {r['date']} `{r['commit']}` | {r['split']} | {r['files']} | {cells} |")
    out += ["", "| reader before the tune batch of | amounts | components | outcomes | organisations |",
            "|---|---|---|---|---|"]
    for r in rows:
        if r.get("holdout_then"):
            cells = " | ".join(_cell(r["holdout_then"], k).replace("/", " / ") for k in SHOWN)
            out.append(f"| {r['date']} `{r['commit']}` | {cells} |")
    if today:
        out.append("| today's reader | " + " | ".join(_cell(today, k).replace("/", " / ") for k in SHOWN) + " |")
    return "".join(f"{indent}{line}\n" if line else "\n" for line in out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    parser.add_argument("--no-holdout-series", action="store_true",
                        help="skip scoring today's held-out half with each old reader (faster)")
    parser.add_argument("--out", type=Path, help="also write the rows as JSON to this file")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_child([n for n in sys.stdin.read().split("\n") if n])))
        return 0
    rows = history(not args.no_holdout_series)
    if args.out:
        args.out.write_text(json.dumps(rows, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print("First sight: each batch of corpus releases scored by the reader of the commit before it was added "
          "(recall/precision, every scored field right)")
    head = " ".join(f"{SHORT[k]:>13}" for k in SHOWN)
    print(f"  {'added':10} {'commit':7} {'split':7} {'files':>5}  first sight: {head}   now: {head}")
    for r in rows:
        if r["first_sight"] is None:
            print(f"  {r['date']:10} {r['commit']:7} {r['split']:7} {r['files']:5d}  reader {r['reader']} predates "
                  "release_tables: skipped")
            continue
        first = " ".join(f"{_cell(r['first_sight'], k):>13}" for k in SHOWN)
        now = " ".join(f"{_cell(r['now'], k):>13}" for k in SHOWN)
        print(f"  {r['date']:10} {r['commit']:7} {r['split']:7} {r['files']:5d}               {first}        {now}")
    fields = first_sight_fields(rows)
    if fields:
        wrong = ", ".join(f"{k[6:]} {n}" for k, n in sorted(fields.items(), key=lambda kv: -kv[1])
                          if k.startswith("wrong "))
        print(f"  amounts at first sight, all batches: {fields['right']} right of {fields['expected']}; the line and "
              f"figure found for {fields.get('key_found', 0)}, of which a field was wrong: {wrong}")
    series = [r for r in rows if r.get("holdout_then")]
    if series:
        print("\nToday's held-out half scored by the reader before each tune batch was added:")
        print(f"  {'reader':7} {head}")
        for r in series:
            print(f"  {r['reader']:7} " + " ".join(f"{_cell(r['holdout_then'], k):>13}" for k in SHOWN))
        today = (_score_with(None, _holdout_names()) or {}).get("holdout")
        print(f"  {'today':7} " + " ".join(f"{_cell(today, k):>13}" for k in SHOWN))
    return 0


if __name__ == "__main__":
    sys.exit(main())
