"""Benchmark: how long the project's steps take, each against its target.

    .venv/bin/python benchmarks/run.py --out benchmarks/results/latest.json   (make bench)
    .venv/bin/python benchmarks/run.py --quick                                 (skip nbval and the test suite)

Measured, each as a median of several runs:

* ``import funding`` in a fresh interpreter (the import alone, timed inside it);
* parsing the real award list, in process, from text already in memory;
* parsing synthetic award lists 1x, 10x and 100x the real one's size: the real
  entries repeated with invented area names from an in-memory register, so the
  parser does the same work per entry (quirks included) and growth can be read;
* ``funding tables`` as a command;
* executing each notebook with nbclient, and, in the same run, the floor: a
  kernel that starts and imports the same stack (pandas, geopandas, matplotlib,
  funding) and does nothing else;
* the whole nbval run over the notebooks, and the whole test suite as ``make test``
  runs it.

Targets are for a 2-core machine.  Each figure is printed with PASS or MISS and
by how much; parts that cannot be measured yet say so.  Results go to JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
BIN = Path(sys.executable).parent

#: Environment the Makefile exports; every subprocess gets it.
MAKE_ENV = {"PYTHONHASHSEED": "0", "MPLBACKEND": "Agg", "SOURCE_DATE_EPOCH": "0"}

# (name, unit, target, how the target is read)
TARGETS = {
    "import_funding_s": 0.3,
    "parse_award_list_ms": 5.0,
    "parse_synthetic_100x_s": 0.5,
    "synthetic_growth_ratio": 1.5,  # time per entry at 100x over time per entry at 1x
    "notebook_over_floor": 1.5,
    "make_test_s": 90.0,
}


class Report:
    def __init__(self) -> None:
        self.results: list[dict] = []

    def add(self, name: str, value: float | None, unit: str, target: float | None = None, note: str = "", **extra) -> None:
        row = {"name": name, "value": value, "unit": unit, "target": target, "note": note, **extra}
        if value is None:
            row["status"] = "not measured"
            line = f"{name:<38} not measured ({note})"
        elif target is None:
            row["status"] = "info"
            line = f"{name:<38} {value:>10.4g} {unit:<6} {note}"
        else:
            ok = value <= target
            row["status"] = "PASS" if ok else "MISS"
            margin = (target - value) / target * 100
            row["margin_percent"] = round(margin, 1)
            how = f"{abs(margin):.0f}% under" if ok else f"{value / target:.2f}x the target ({-margin:.0f}% over)"
            line = f"{name:<38} {value:>10.4g} {unit:<6} target <= {target:g} {unit:<6} {row['status']} ({how}) {note}"
        self.results.append(row)
        print(line, flush=True)


def _median_time(fn, repeat: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def _env(**more) -> dict[str, str]:
    return {**os.environ, **MAKE_ENV, **more}


# ---- import ----------------------------------------------------------------------------------


def bench_import(report: Report, repeat: int) -> None:
    code = "import time; t = time.perf_counter(); import funding; print(time.perf_counter() - t)"
    inner, wall = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        out = subprocess.run([PY, "-c", code], env=_env(), capture_output=True, text=True, check=True, cwd=ROOT)
        wall.append(time.perf_counter() - start)
        inner.append(float(out.stdout.strip()))
    bare, _ = _median_time(lambda: subprocess.run([PY, "-c", "pass"], env=_env(), check=True), repeat)
    report.add("import funding (fresh process)", statistics.median(inner), "s", TARGETS["import_funding_s"],
               f"process wall {statistics.median(wall):.3f} s, bare interpreter {bare:.3f} s")
    heavy_modules = subprocess.run(
        [PY, "-c", "import sys, funding, funding.parse.awards, funding.core.text; "
         "print(','.join(m for m in ('pandas', 'numpy', 'matplotlib', 'geopandas') if m in sys.modules))"],
        env=_env(), capture_output=True, text=True, check=True, cwd=ROOT,
    ).stdout.strip()
    heavy = [m for m in heavy_modules.split(",") if m]
    report.add("heavy modules imported with the parser", len(heavy), "modules", None,
               f"({', '.join(heavy)})" if heavy else "(none of pandas, numpy, matplotlib, geopandas)")


# ---- the parser ----------------------------------------------------------------------------------


def _real_award_list() -> str:
    from funding.sources import read_text

    return read_text("ho-2021-08-11-awards")[1]


def bench_parse(report: Report, repeat: int) -> None:
    from funding.parse.awards import parse_award_list

    try:
        text = _real_award_list()
    except Exception as exc:  # noqa: BLE001 - reported, not raised
        report.add("parse award list", None, "ms", note=f"the award list is not in the mirror: {exc}")
        return
    parse_award_list(text)  # warm: the register and the boilerplate patterns are loaded once
    median, _ = _median_time(lambda: parse_award_list(text), repeat)
    report.add("parse award list (real, in memory)", median * 1000, "ms", TARGETS["parse_award_list_ms"],
               f"{len(text):,} characters, median of {repeat}")


def synthetic_list(copies: int):
    """The real list's text repeated ``copies`` times, every area renamed to an invented one,
    and a register of those invented areas.  Returns (text, register, expected awards, expected pence)."""
    from funding.parse.awards import parse_award_list
    from funding.reference.register import PoliceForceArea, Register
    from funding.core.text import normalise

    text = normalise(_real_award_list())  # names as parsed ("Mayor's", not "Mayor’s")
    real = parse_award_list(text)
    syllables = ["bram", "cal", "dun", "fen", "gal", "hart", "kel", "lin", "mor", "nor", "pen", "ros", "stan", "tor", "wen", "ald"]
    endings = ["shire", "ford", "ham", "wick", "dale", "mouth", "by", "ton"]
    prefixes = ["", "Upper ", "Lower ", "Great "]

    def name(i: int) -> str:  # distinct invented names, up to 8,192 of them
        i, e = divmod(i, len(endings))
        i, a = divmod(i, len(syllables))
        p, b = divmod(i, len(syllables))
        return f"{prefixes[p]}{syllables[a].capitalize()}{syllables[b]}{endings[e]}"

    areas, chunks, n = [], [], 0
    for copy in range(copies):
        chunk = text
        for award in real.awards:
            fake = name(n)
            areas.append(PoliceForceArea(f"X{n:08d}", fake, "X", "Synthetic", "none", ""))
            assert f"{award.pcc} (" in chunk, award.pcc
            chunk = chunk.replace(f"{award.pcc} (", f"{fake} (", 1)
            n += 1
        chunks.append(chunk)
    return "\n".join(chunks), Register(areas, []), n, real.total_pence * copies


def bench_synthetic(report: Report) -> None:
    from funding.parse.awards import parse_award_list

    try:
        _real_award_list()
    except Exception as exc:  # noqa: BLE001
        report.add("parse synthetic lists", None, "s", note=f"the award list is not in the mirror: {exc}")
        return
    per_entry = {}
    for copies, repeat in ((1, 50), (10, 20), (100, 9)):
        text, reg, n, pence = synthetic_list(copies)
        al = parse_award_list(text, "synthetic", reg=reg)
        assert len(al.awards) == n and al.total_pence == pence and not al.unassigned, "synthetic list misread"
        median, times = _median_time(lambda: parse_award_list(text, "synthetic", reg=reg), repeat)
        # Growth is read from the fastest run of each size: the least disturbed by other
        # work on the machine, which only ever adds time.
        per_entry[copies] = min(times) / n
        target = TARGETS["parse_synthetic_100x_s"] if copies == 100 else None
        report.add(f"parse synthetic list {copies}x", median, "s", target,
                   f"{n:,} awards, {len(text):,} characters, {median / n * 1e6:.1f} us per award")
    ratio = per_entry[100] / per_entry[1]
    report.add("growth: per-award time 100x / 1x", ratio, "x", TARGETS["synthetic_growth_ratio"],
               f"fastest runs; 10x / 1x = {per_entry[10] / per_entry[1]:.2f}; 1.0 is exactly linear")


# ---- award-list reader and tagger quality (benchmarks/score_awards.py, issue 11) -------------------


def bench_award_quality(report: Report) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import score_awards

    score_awards.add_to_report(report)


# ---- commands -------------------------------------------------------------------------------------


def bench_tables(report: Report, repeat: int) -> None:
    exe = BIN / "funding"
    if not exe.exists():
        report.add("funding tables", None, "s", note="the funding command is not installed")
        return
    with tempfile.TemporaryDirectory() as tmp:
        def run():
            out = subprocess.run([str(exe), "tables", "--out", tmp], env=_env(), capture_output=True, text=True, cwd=ROOT)
            if out.returncode != 0:
                raise RuntimeError(out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "failed")

        try:
            median, _ = _median_time(run, repeat)
        except RuntimeError as exc:
            report.add("funding tables (command)", None, "s", note=f"failed: {exc}")
            return
        n = len(list(Path(tmp).glob("*.csv")))
    report.add("funding tables (command)", median, "s", None, f"{n} CSV files, median of {repeat}")


# ---- notebooks ------------------------------------------------------------------------------------

#: The stack the suite is built on (DEVELOPERS: jupyterlab, pandas, matplotlib, geopandas,
#: seaborn, plus mapclassify): a kernel that imports it is the floor any notebook stands on.
#: mapclassify alone takes about 2 s to import (it loads scipy.stats), which is why it belongs
#: in the floor rather than in the notebooks' own cost.
FLOOR_SOURCE = "import pandas, geopandas, matplotlib, matplotlib.pyplot, seaborn, mapclassify, funding"


def _execute(nb, cwd: Path) -> float:
    from nbclient import NotebookClient

    client = NotebookClient(nb, kernel_name="python3", timeout=600, resources={"metadata": {"path": str(cwd)}})
    # The kernel inherits stderr and warns there about its loopback transport on every
    # start; keep the report readable.  Errors still raise from execute().
    saved = os.dup(2)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    try:
        start = time.perf_counter()
        client.execute()
        return time.perf_counter() - start
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


def bench_notebooks(report: Report, repeat: int) -> None:
    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb"))
    if not notebooks:
        report.add("notebooks", None, "s", note="no notebooks yet")
        return
    try:
        import nbformat
    except ImportError:
        report.add("notebooks", None, "s", note="nbclient/nbformat not installed")
        return
    from funding.publish.notebooks import KERNEL_ENV

    saved = dict(os.environ)
    os.environ.update(MAKE_ENV)
    os.environ.update(KERNEL_ENV)  # the kernel inherits this process's environment
    try:
        floor_nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(FLOOR_SOURCE)])
        floor, _ = _median_time(lambda: _execute(nbformat.from_dict(json.loads(json.dumps(floor_nb))), ROOT / "notebooks"), repeat)
        report.add("kernel floor (start + import stack)", floor, "s", None, f"{FLOOR_SOURCE!r}, median of {repeat}")
        for path in notebooks:
            times = []
            for _ in range(repeat):
                nb = nbformat.read(path, as_version=4)
                times.append(_execute(nb, path.parent))
            median = statistics.median(times)
            report.add(f"notebook {path.name}", median / floor, "x floor", TARGETS["notebook_over_floor"],
                       f"{median:.2f} s, median of {repeat}", seconds=median)
    finally:
        os.environ.clear()
        os.environ.update(saved)


def _pytest(args: list[str]) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    out = subprocess.run([PY, "-m", "pytest", *args], env=_env(), capture_output=True, text=True, cwd=ROOT)
    return time.perf_counter() - start, out


def _summary(out: subprocess.CompletedProcess) -> str:
    lines = [l for l in out.stdout.strip().splitlines() if l.strip()]
    return lines[-1].strip("= ") if lines else f"exit {out.returncode}"


NBVAL_ARGS = ["--nbval", "--nbval-current-env", "--nbval-sanitize-with", "notebooks/nbval-sanitize.cfg"]


def bench_nbval(report: Report) -> None:
    if not sorted((ROOT / "notebooks").glob("*.ipynb")):
        report.add("nbval run", None, "s", note="no notebooks yet")
        return
    seconds, out = _pytest(["notebooks", *NBVAL_ARGS, "-q", "-p", "no:cacheprovider"])
    report.add("nbval run (all notebooks)", seconds, "s", None, _summary(out), exit_code=out.returncode)


def bench_make_test(report: Report) -> None:
    # The Makefile's `test` recipe, run directly: `make test` would first reinstall the
    # environment (from the network) whenever pyproject.toml is newer than its stamp.
    args = ["tests", "notebooks", *NBVAL_ARGS, "--mpl", "--mpl-baseline-path=tests/baseline", "-p", "no:cacheprovider", "-q"]
    seconds, out = _pytest(args)
    report.add("make test (whole suite)", seconds, "s", TARGETS["make_test_s"], _summary(out), exit_code=out.returncode)


# ---- local-release corpus (issue 12; benchmarks/score_releases.py) ---------------------------------


def bench_release_corpus(report: Report) -> None:
    """Recall and precision per fact type on the labelled release corpus, tune and holdout apart."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import score_releases

    scores = score_releases.score()["scores"]
    for split, by_kind in scores.items():
        for kind, t in by_kind.items():
            rec, prec = t["recall"] or 0.0, t["precision"] if t["precision"] is not None else 1.0
            ok = rec >= score_releases.TARGET_RECALL and prec >= score_releases.TARGET_PRECISION
            report.add(f"releases {split}: {kind}", round(rec * 100, 1), "% found",
                       note=f"precision {prec:.0%} ({t['right']} right of {t['expected']} expected, "
                            f"{t['reported']} reported; targets >= 90% / >= 97%): {'PASS' if ok else 'MISS'}")
            report.results[-1]["status"] = "PASS" if ok else "MISS"


# ---- main -----------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    parser.add_argument("--repeat", type=int, default=7, help="runs per subprocess measurement (median)")
    parser.add_argument("--quick", action="store_true", help="skip notebooks, nbval and the whole test suite")
    args = parser.parse_args(argv)

    report = Report()
    print(f"funding benchmark on {platform.node()} ({os.cpu_count()} cores, Python {platform.python_version()})\n")
    bench_import(report, args.repeat)
    bench_parse(report, 200)
    bench_synthetic(report)
    bench_award_quality(report)
    bench_tables(report, 3)
    bench_release_corpus(report)
    if args.quick:
        for name in ("notebooks", "nbval run", "make test"):
            report.add(name, None, "s", note="skipped (--quick)")
    else:
        bench_notebooks(report, 3)
        bench_nbval(report)
        bench_make_test(report)

    misses = [r["name"] for r in report.results if r["status"] == "MISS"]
    print(f"\n{sum(r['status'] == 'PASS' for r in report.results)} PASS, {len(misses)} MISS"
          + (f": {', '.join(misses)}" if misses else ""))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "machine": {"node": platform.node(), "cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
            "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "results": report.results,
        }
        args.out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
