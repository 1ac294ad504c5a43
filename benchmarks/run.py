"""Benchmark: how long the project's steps take, each against its target.

    .venv/bin/python benchmarks/run.py --out benchmarks/results/latest.json   (make bench)
    .venv/bin/python benchmarks/run.py --quick       (skip the notebooks, make test, make report and the set-up)
    .venv/bin/python benchmarks/run.py --only tables,releases                 (some parts only)

Measured, each as a median of several runs:

* ``import funding`` in a fresh interpreter (the import alone, timed inside it);
* parsing the real award list, in process, from text already in memory;
* parsing synthetic award lists 1x, 10x and 100x the real one's size: the real
  entries repeated with invented area names from an in-memory register, so the
  parser does the same work per entry (quirks included) and growth can be read;
* ``funding tables`` as a command;
* the local-release tables at scale: 4, 40, 120 and 400 generated releases
  (funding.parse.releases.extract_release, then
  funding.tables.releases.build_local_tables), spread over the 43 areas and all
  on three areas (the worst case for reconciliation), with the growth per release;
* executing each notebook with nbclient, against its own floor: a kernel that
  starts and imports exactly the modules that notebook ends up importing (read from
  the kernel after a real run), and does nothing else;
* the whole nbval run over the notebooks; ``make test`` and ``make report`` warm (the
  Makefile's recipes, run directly); a cold set-up (``make env`` into a new folder,
  with whatever installer the Makefile uses).

Every target is measured in the same run as a floor and the ratio is printed
beside the seconds.  For the notebooks the floor is the notebook's own import
kernel; for the releases it is the 4-release time scaled linearly; for the
commands (make test, make report, set-up) it is the machine floor: a fresh
interpreter importing the stack (pandas, geopandas, matplotlib, funding), timed
just before, so a slow figure on a busy machine shows as a slow floor too.

Targets are for a 2-core machine.  Each figure is printed with PASS or MISS and
by how much; parts that cannot be measured say so.  Results go to JSON.  Extra
benchmark scripts (EXTRA_BENCHMARKS, e.g. the extractors' scorers) run if present.
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

# Targets (seconds unless the name says otherwise).
TARGETS = {
    "import_funding_s": 0.3,
    "parse_award_list_ms": 5.0,
    "parse_synthetic_100x_s": 0.5,
    "synthetic_growth_ratio": 1.5,  # time per entry at 100x over time per entry at 1x (medians)
    "notebook_over_floor": 1.2,  # each notebook over a kernel importing what it imports
    "make_test_s": 60.0,  # warm: the environment exists
    "make_report_s": 20.0,  # warm: the environment and the tables exist
    "cold_setup_s": 30.0,  # make env into a new folder
    "releases_400_s": 5.0,  # extract and build the release tables of 400 releases
    "releases_growth_ratio": 1.5,  # time per release at 400 over time per release at 4 (medians)
}

#: Optional benchmark scripts beside this one, run when present (other parts of the project add
#: them: the extractors' scorers).  A script that defines ``bench(report, args)`` is called in this
#: process and its rows count in the PASS/MISS tally; any other is run as ``python SCRIPT`` and its
#: output shown.
EXTRA_BENCHMARKS = ["score_awards.py", "score_releases.py", "score_agreement.py", "score_probes.py"]


class Report:
    def __init__(self) -> None:
        self.results: list[dict] = []

    def add(self, name: str, value: float | None, unit: str, target: float | None = None, note: str = "",
            *, floor: float | None = None, floor_name: str = "floor", at_least: bool = False, **extra) -> None:
        """One row.  ``floor``: the same-run floor in the same unit (its ratio is printed beside the
        value); ``at_least``: the value is a lower bound (the run was stopped at its time budget)."""
        row = {"name": name, "value": value, "unit": unit, "target": target, "note": note, **extra}
        shown = "" if value is None else (">" if at_least else "") + f"{value:.4g}"
        if floor:
            row.update(floor=round(floor, 4), floor_name=floor_name, over_floor=round(value / floor, 3) if value is not None else None)
            if value is not None:
                note = f"[{'>' if at_least else ''}{value / floor:.2f}x {floor_name} {floor:.3g} {unit}] {note}"
        if at_least:
            row["at_least"] = True
        if value is None:
            row["status"] = "not measured"
            line = f"{name:<44} not measured ({note})"
        elif target is None:
            row["status"] = "info"
            line = f"{name:<44} {shown:>10} {unit:<8} {note}"
        else:
            ok = value <= target and not (at_least and value > target)
            row["status"] = "PASS" if ok else "MISS"
            margin = (target - value) / target * 100
            row["margin_percent"] = round(margin, 1)
            more = "at least " if at_least else ""
            how = f"{abs(margin):.0f}% under" if ok else f"{more}{value / target:.2f}x the target ({more}{-margin:.0f}% over)"
            line = f"{name:<44} {shown:>10} {unit:<8} target <= {target:g} {unit:<6} {row['status']} ({how}) {note}"
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
        # Growth is read from the medians of each size (the 1x list, a 2 ms parse, is timed 50
        # times): one disturbed run can no longer flip the ratio.
        per_entry[copies] = median / n
        target = TARGETS["parse_synthetic_100x_s"] if copies == 100 else None
        report.add(f"parse synthetic list {copies}x", median, "s", target,
                   f"{n:,} awards, {len(text):,} characters, {median / n * 1e6:.1f} us per award")
    ratio = per_entry[100] / per_entry[1]
    report.add("growth: per-award time 100x / 1x", ratio, "x", TARGETS["synthetic_growth_ratio"],
               f"medians; 10x / 1x = {per_entry[10] / per_entry[1]:.2f}; 1.0 is exactly linear")


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


# ---- the local-release tables at scale ---------------------------------------------------------

#: Invented organisations and months for the generated releases (no text from a real source).
_ORGS = ["Fellside Change CIC", "Northgate Respect Partnership", "Harbour Lights Women's Aid", "Riverside Family Services",
         "Beacon Behaviour Change Ltd", "Oakwood Domestic Abuse Service", "Meadow Lane Women's Refuge", "Cornerstone Men's Project"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]
RELEASE_SIZES = (4, 40, 120, 400)
#: (name, number of areas the releases are spread over)
RELEASE_LAYOUTS = (("43 areas", 43), ("3 areas", 3))
#: Seconds one size may take (all its runs); a size over it is stopped and reported as at least that.
RELEASE_BUDGET_S = 60.0


def release_text(i: int, area: str) -> str:
    """A generated local release about ``area``: an award, a group programme of some weeks,
    a delivery partner and a partner-support provider, varied with ``i`` so that releases on
    one area disagree (amounts, durations, partners) as real ones do."""
    year = 2021 + i % 3
    amount = 150_000 + (i * 7919) % 350_000
    return "\n".join([
        f"{area} commissioner backs new perpetrator work",
        "",
        f"Published {1 + i % 27} {_MONTHS[i % len(_MONTHS)]} {year}",
        "",
        f"{area}'s Police and Crime Commissioner has been awarded £{amount:,} by the Home Office for "
        f"{year}-{(year + 1) % 100:02d} to challenge the people who cause harm at home.",
        "",
        f"The group programme will run for {(12, 20, 24, 26, 30)[i % 5]} weeks and is open to men referred by police and probation.",
        "",
        f"The programme will be delivered by {_ORGS[i % len(_ORGS)]}, with partner support provided by "
        f"{_ORGS[(i * 3 + 1) % len(_ORGS)]}.",
        "",
        f"The office expects {40 + i % 60} people to take part in the first year.",
        "",
        "Ends",
        "",
    ])


def _releases_child(n: int, n_areas: int, repeat: int, budget: float) -> None:
    """In a child process: extract ``n`` generated releases and build their tables, ``repeat``
    times or until ``budget`` seconds are spent; prints the times as JSON."""
    import warnings

    from funding.parse.releases import extract_release
    from funding.pipeline import load_tables
    from funding.reference.register import register
    from funding.tables.releases import build_local_tables

    warnings.simplefilter("ignore")
    awards = load_tables()["awards"]
    areas = sorted(a.pfa_name for a in register().areas)[:n_areas]
    texts = [(f"synthetic-{i:04d}", release_text(i, areas[i % len(areas)])) for i in range(n)]
    build_local_tables(awards, [extract_release(t, sid) for sid, t in texts[:2]])  # warm: vocabularies loaded once
    extract_s, build_s, spent = [], [], 0.0
    for _ in range(repeat):
        start = time.perf_counter()
        releases = [extract_release(t, sid) for sid, t in texts]
        mid = time.perf_counter()
        tables = build_local_tables(awards, releases)
        end = time.perf_counter()
        extract_s.append(mid - start)
        build_s.append(end - mid)
        spent += end - start
        if spent > budget / 2:
            break
    print(json.dumps({"extract_s": extract_s, "build_s": build_s, "rows": {k: len(v) for k, v in tables.items()},
                      "areas": len({r.pfa_code for r in releases})}))


def bench_releases(report: Report) -> None:
    for layout, n_areas in RELEASE_LAYOUTS:
        per_release: dict[int, float] = {}
        stopped_at = None
        for n in RELEASE_SIZES:
            name = f"release tables, {n} releases on {layout}"
            if stopped_at is not None:
                # Not run; but more releases take no less time than fewer, so the budget is a lower bound.
                report.add(name, RELEASE_BUDGET_S if stopped_at in per_release else None, "s",
                           TARGETS["releases_400_s"] if n == 400 else None,
                           f"not run: {stopped_at} releases already took over {RELEASE_BUDGET_S:g} s", at_least=True)
                continue
            repeat = 7 if n <= 40 else 3
            cmd = [PY, str(Path(__file__).resolve()), "--releases-child", str(n), str(n_areas), str(repeat), str(RELEASE_BUDGET_S)]
            try:
                out = subprocess.run(cmd, env=_env(), capture_output=True, text=True, cwd=ROOT, timeout=RELEASE_BUDGET_S)
            except subprocess.TimeoutExpired:
                stopped_at = n
                per_release[n] = RELEASE_BUDGET_S / n
                floor = per_release[RELEASE_SIZES[0]] * n if RELEASE_SIZES[0] in per_release and n != RELEASE_SIZES[0] else None
                report.add(name, RELEASE_BUDGET_S, "s", TARGETS["releases_400_s"] if n == 400 else None,
                           f"stopped after {RELEASE_BUDGET_S:g} s (one run not finished)", floor=floor,
                           floor_name="linear from 4", at_least=True)
                continue
            if out.returncode != 0:
                report.add(name, None, "s", note="failed: " + (out.stderr.strip().splitlines() or ["?"])[-1])
                stopped_at = n
                continue
            got = json.loads(out.stdout.strip().splitlines()[-1])
            total = [a + b for a, b in zip(got["extract_s"], got["build_s"])]
            median = statistics.median(total)
            per_release[n] = median / n
            floor = per_release[RELEASE_SIZES[0]] * n if n != RELEASE_SIZES[0] else None
            report.add(name, median, "s", TARGETS["releases_400_s"] if n == 400 else None,
                       f"extract {statistics.median(got['extract_s']):.3g} s + build {statistics.median(got['build_s']):.3g} s, "
                       f"median of {len(total)}; {got['rows']['source_conflicts']} conflicts, {got['areas']} areas",
                       floor=floor, floor_name="linear from 4", runs=total)
        first = RELEASE_SIZES[0]
        last = stopped_at if stopped_at in per_release else RELEASE_SIZES[-1]
        if first in per_release and last in per_release and last != first:
            ratio = per_release[last] / per_release[first]
            report.add(f"growth: per-release time {last} / {first}, {layout}", ratio, "x", TARGETS["releases_growth_ratio"],
                       "medians; 1.0 is exactly linear" + (f"; a lower bound: {last} releases were stopped" if stopped_at else ""),
                       at_least=stopped_at is not None)
        else:
            report.add(f"growth: per-release time, {layout}", None, "x", note="a size failed")


# ---- notebooks ------------------------------------------------------------------------------------

#: A last cell that prints the modules the kernel has loaded (appended to each timed run).
_MODULES_CELL = "import json as _j, sys as _s\nprint(_j.dumps(list(_s.modules)))"


def _floor_source(modules: list[str]) -> str:
    """A cell that imports ``modules`` in the order the notebook first imported them, and nothing else."""
    return ("import importlib\n"
            f"for _m in {modules!r}:\n"
            "    try:\n"
            "        importlib.import_module(_m)\n"
            "    except Exception:\n"
            "        pass\n")


def _modules_printed(nb) -> list[str]:
    cell = nb.cells[-1]
    text = "".join(o.get("text", "") for o in cell.get("outputs", []) if o.get("output_type") == "stream")
    return json.loads(text.strip().splitlines()[-1])


def _cell_seconds(nb) -> list[tuple[int, float, str]]:
    """Each code cell's execution time as the kernel reported it (nbclient records the times a cell's
    input reached the kernel and its reply left it), with its number and first line of code."""
    from datetime import datetime

    cells = []
    number = 0
    for cell in nb.cells:
        if cell.get("cell_type") != "code":
            continue
        number += 1
        timing = cell.get("metadata", {}).get("execution", {})
        start, end = timing.get("iopub.execute_input"), timing.get("shell.execute_reply")
        if not (start and end):
            continue
        seconds = (datetime.fromisoformat(end.replace("Z", "+00:00"))
                   - datetime.fromisoformat(start.replace("Z", "+00:00"))).total_seconds()
        first = next((line.strip() for line in cell.source.splitlines() if line.strip() and not line.startswith("#")), "")
        cells.append((number, seconds, first[:60]))
    return cells


def _costliest_cells(nb, top: int = 3) -> str:
    """Where a notebook's time goes beyond its kernel's start: its costliest cells."""
    cells = sorted(_cell_seconds(nb)[:-1], key=lambda c: -c[1])[:top]  # the last cell is the module probe
    return "; ".join(f"cell {n} {sec:.2f} s `{first}`" for n, sec, first in cells)


def _execute(nb, cwd: Path) -> float:
    from nbclient import NotebookClient

    client = NotebookClient(nb, kernel_name="python3", timeout=600, record_timing=True,
                            resources={"metadata": {"path": str(cwd)}})
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
    """Each notebook against its own floor: a kernel importing exactly the modules that notebook
    ends up with (beyond a bare kernel's), in the same order, and doing nothing else."""
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

    def cells_nb(*sources: str):
        return nbformat.from_dict(json.loads(json.dumps(
            nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(src) for src in sources]))))

    saved = dict(os.environ)
    os.environ.update(MAKE_ENV)
    os.environ.update(KERNEL_ENV)  # the kernel inherits this process's environment
    try:
        bare_nb = cells_nb(_MODULES_CELL)
        bare_s = _execute(bare_nb, ROOT / "notebooks")  # also warms the disk cache for the kernels below
        bare = set(_modules_printed(bare_nb))
        report.add("bare kernel (start, one cell, stop)", bare_s, "s", None, f"{len(bare)} modules loaded")
        for path in notebooks:
            # One run first, to read the modules the notebook ends up importing; then the notebook
            # and its floor alternate, so that a change in the machine's load falls on both alike.
            nb = nbformat.read(path, as_version=4)
            nb.cells.append(nbformat.v4.new_code_cell(_MODULES_CELL))
            times = [_execute(nb, path.parent)]
            runs = [nb]
            modules = [m for m in _modules_printed(nb) if m not in bare]
            floor_times = [_execute(cells_nb(_floor_source(modules)), path.parent)]
            for _ in range(repeat - 1):
                nb = nbformat.read(path, as_version=4)
                nb.cells.append(nbformat.v4.new_code_cell(_MODULES_CELL))
                times.append(_execute(nb, path.parent))
                runs.append(nb)
                floor_times.append(_execute(cells_nb(_floor_source(modules)), path.parent))
            median, floor = statistics.median(times), statistics.median(floor_times)
            middle = runs[sorted(range(len(times)), key=times.__getitem__)[len(times) // 2]]  # the median run
            top = sorted({m.split(".")[0] for m in modules})
            report.add(f"notebook {path.name}", median / floor, "x floor", TARGETS["notebook_over_floor"],
                       f"{median:.2f} s against its floor {floor:.2f} s (a kernel importing its {len(modules)} modules: "
                       f"{', '.join(t for t in top if t in HEAVY_STACK) or 'none of the heavy stack'}), medians of {repeat}; "
                       f"costliest cells (imports included): {_costliest_cells(middle)}",
                       seconds=median, floor_seconds=floor, runs=times, floor_runs=floor_times, top_level_modules=top,
                       why=f"its costliest cells, imports included (the floor pays those too): {_costliest_cells(middle)}",
                       cells=[{"cell": n, "seconds": round(sec, 3), "code": first} for n, sec, first in _cell_seconds(middle)[:-1]])
    finally:
        os.environ.clear()
        os.environ.update(saved)


#: Packages worth naming in a notebook's floor (the rest are their dependencies).
HEAVY_STACK = ("pandas", "numpy", "matplotlib", "geopandas", "shapely", "pyproj", "pyogrio", "seaborn", "scipy",
               "mapclassify", "sklearn", "funding")


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


# ---- commands against the machine floor ------------------------------------------------------------

MACHINE_FLOOR_SOURCE = "import pandas, geopandas, matplotlib.pyplot, funding"


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _cpu_note(cpu: float, runs: int = 1) -> str:
    """CPU seconds used by the command's processes: on a shared machine the wall time grows with
    the others' load, the CPU time much less; half of it is the wall time two free cores need."""
    per_run = cpu / runs
    return f"CPU {per_run:.1f} s (user+sys; {per_run / 2:.1f} s on two free cores)"


def machine_floor(repeat: int = 3) -> float:
    """A fresh interpreter importing the stack, median wall time: the floor of every command here,
    timed in the same run so that a busy machine shows in the floor as well as in the figure."""
    median, _ = _median_time(
        lambda: subprocess.run([PY, "-c", MACHINE_FLOOR_SOURCE], env=_env(), check=True, cwd=ROOT), repeat)
    return median


def bench_make_test(report: Report) -> None:
    # The Makefile's own recipe; -o keeps make from reinstalling the environment first (it would,
    # from the network, whenever pyproject.toml is newer than the stamp): this is `make test` warm.
    floor = machine_floor()
    with tempfile.TemporaryDirectory() as tmp:
        # The suite's own JUnit report (pytest's --junitxml, through PYTEST_ADDOPTS so that the
        # Makefile's recipe runs unchanged) says where the time goes: seconds per unit of work.
        junit = Path(tmp, "junit.xml")
        env = _env(PYTEST_ADDOPTS=f"{os.environ.get('PYTEST_ADDOPTS', '')} --junitxml={junit}".strip())
        cpu, start = _children_cpu(), time.perf_counter()
        out = subprocess.run(["make", "--no-print-directory", "-o", ".venv/.installed-stamp", f"PY={PY}", "test"],
                             env=env, capture_output=True, text=True, cwd=ROOT)
        seconds, cpu = time.perf_counter() - start, _children_cpu() - cpu
        units = _unit_seconds(junit)
    costliest = ", ".join(f"{unit} {sec:.1f} s" for unit, sec in units[:6])
    report.add("make test (warm, whole suite)", seconds, "s", TARGETS["make_test_s"],
               f"{_summary(out)}; {_cpu_note(cpu)}; costliest test files (seconds of one worker): {costliest or 'none recorded'}",
               floor=floor, floor_name="machine floor", exit_code=out.returncode, cpu_seconds=round(cpu, 1),
               why=f"CPU {cpu:.0f} s over two cores; costliest test files: {costliest or 'none recorded'}",
               test_files=[{"file": unit, "seconds": round(sec, 2)} for unit, sec in units])


def _test_file(classname: str) -> str:
    """A JUnit class name as the file it came from: ``tests.test_maps.TestX`` → ``tests/test_maps.py``,
    ``notebooks.01_award_list.ipynb`` → ``notebooks/01_award_list.ipynb``."""
    parts = classname.split(".")
    if parts[-1] == "ipynb":
        return "/".join(parts[:-2] + [parts[-2] + ".ipynb"])
    module = next((i for i, part in enumerate(parts) if i and part.startswith("test")), len(parts) - 1)
    return "/".join(parts[:module + 1]) + ".py"


def _unit_seconds(junit: Path) -> list[tuple[str, float]]:
    """Seconds per test file (a notebook is one file) from a JUnit report, costliest first; a
    session fixture's cost falls on the first test that asked for it."""
    import xml.etree.ElementTree as ET

    if not junit.exists():
        return []
    totals: dict[str, float] = {}
    for case in ET.parse(junit).iter("testcase"):
        totals[_test_file(case.get("classname") or "?")] = (totals.get(_test_file(case.get("classname") or "?"), 0.0)
                                                             + float(case.get("time") or 0))
    return sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))


def bench_make_report(report: Report, repeat: int) -> None:
    """The Makefile's report recipe (`funding report`), into a scratch folder, the tables built."""
    exe = BIN / "funding"
    if not exe.exists():
        report.add("make report", None, "s", note="the funding command is not installed")
        return
    floor = machine_floor()
    times = []
    cpu = _children_cpu()
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(repeat):
            start = time.perf_counter()
            out = subprocess.run([str(exe), "report", "--out", tmp, "--tables", "data/processed"], env=_env(),
                                 capture_output=True, text=True, cwd=ROOT)
            times.append(time.perf_counter() - start)
            if out.returncode != 0:
                report.add("make report (warm)", None, "s", note="failed: " + (out.stderr.strip().splitlines() or ["?"])[-1])
                return
    cpu = _children_cpu() - cpu
    report.add("make report (warm)", statistics.median(times), "s", TARGETS["make_report_s"],
               f"funding report, median of {repeat}; {_cpu_note(cpu, repeat)}", floor=floor, floor_name="machine floor",
               runs=times, cpu_seconds=round(cpu / repeat, 1))


def _installer() -> str:
    recipe = (ROOT / "Makefile").read_text(encoding="utf-8")
    return "uv" if "uv pip install" in recipe or "uv sync" in recipe or "uv venv" in recipe else "pip"


def bench_cold_setup(report: Report) -> None:
    """`make env` into a new folder: whatever the Makefile does (pip, or uv once it uses it), with
    the installer's download cache as it is on this machine."""
    installer = _installer()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        subprocess.run(["python3", "-m", "venv", f"{tmp}/floor"], check=True, capture_output=True)
        floor = time.perf_counter() - start
        cpu, start = _children_cpu(), time.perf_counter()
        try:
            out = subprocess.run(["make", "--no-print-directory", "env", f"VENV={tmp}/venv"], env=_env(),
                                 capture_output=True, text=True, cwd=ROOT, timeout=1800)
        except subprocess.TimeoutExpired:
            report.add("cold set-up (make env)", 1800, "s", TARGETS["cold_setup_s"], f"{installer}; stopped",
                       floor=floor, floor_name="bare venv", at_least=True)
            return
        seconds, cpu = time.perf_counter() - start, _children_cpu() - cpu
        if out.returncode != 0:
            report.add("cold set-up (make env)", None, "s", note="failed: " + (out.stderr.strip().splitlines() or ["?"])[-1])
            return
        n = len(list(Path(tmp, "venv").glob("lib/python*/site-packages/*.dist-info")))
    report.add("cold set-up (make env)", seconds, "s", TARGETS["cold_setup_s"],
               f"installer: {installer}, {n} packages, download cache as on this machine; CPU {cpu:.1f} s",
               floor=floor, floor_name="bare venv", installer=installer, packages=n, cpu_seconds=round(cpu, 1))


# ---- extra benchmarks ----------------------------------------------------------------------------------


def bench_extras(report: Report, args) -> None:
    import importlib.util

    for name in EXTRA_BENCHMARKS:
        path = Path(__file__).resolve().parent / name
        if not path.exists():
            continue
        print(f"\n-- {name}", flush=True)
        spec = importlib.util.spec_from_file_location(f"benchmarks_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        if hasattr(module, "bench"):
            module.bench(report, args)
            continue
        if name in SCORERS:  # the extractors' scorers, recorded against their targets
            SCORERS[name](report)
            continue
        start = time.perf_counter()
        out = subprocess.run([PY, str(path)], env=_env(), capture_output=True, text=True, cwd=ROOT)
        print(out.stdout.rstrip(), flush=True)
        report.add(name, time.perf_counter() - start, "s", None, f"exit {out.returncode}", exit_code=out.returncode)


# ---- local-release corpus (issue 12; benchmarks/score_releases.py) ---------------------------------


def bench_release_corpus(report: Report) -> None:
    """Recall and precision per fact type on the labelled release corpus, tune and holdout apart."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import score_releases

    scored = score_releases.score(by="layout")
    scores = scored["scores"]
    for split, by_kind in scores.items():
        for kind, t in by_kind.items():
            rec, prec = t["recall"] or 0.0, t["precision"] if t["precision"] is not None else 1.0
            ok = rec >= score_releases.TARGET_RECALL and prec >= score_releases.TARGET_PRECISION
            report.add(f"releases {split}: {kind}", round(rec * 100, 1), "% right (recall)",
                       note=f"precision {prec:.0%} ({t['right']} right of {t['expected']} expected, "
                            f"{t['reported']} reported, {t['key_found']} found with a field wrong or right; "
                            f"targets >= 90% / >= 97%): {'PASS' if ok else 'MISS'}")
            report.results[-1]["status"] = "PASS" if ok else "MISS"
    # where the held-out amounts are missed: the same counts per layout (information, no target)
    for layout, by_kind in scored["groups"]["holdout"].items():
        t = by_kind["local_awards"]
        if not t["expected"]:
            continue
        prec = t["precision"] if t["precision"] is not None else 1.0
        report.add(f"releases holdout: amounts, {layout}", round(t["recall"] * 100, 1), "% right (recall)",
                   note=f"precision {prec:.0%} ({t['right']} right of {t['expected']} expected, {t['reported']} reported)")
    # first sight (make history's record, not re-run here: it takes minutes): each batch of releases scored by the
    # reader of the commit before it was added, summed over the batches
    history = ROOT / "benchmarks" / "history.json"
    if history.exists():
        import score_history

        rows = json.loads(history.read_text(encoding="utf-8"))
        f = score_history.first_sight_fields(rows)
        batches = sum(1 for r in rows if r["first_sight"])
        if f.get("expected"):
            report.add("releases at first sight: amounts", round(100 * f["right"] / f["expected"], 1), "% right (recall)",
                       note=f"{f['right']} right of {f['expected']} in {batches} batches, each scored by the reader before "
                            "it was added (benchmarks/history.json, from make history)")


# ---- main -----------------------------------------------------------------------------------------


#: Scorers of the labelled corpora, by script: each records recall and precision against its targets.
SCORERS = {"score_awards.py": lambda report: bench_award_quality(report), "score_releases.py": lambda report: bench_release_corpus(report)}

PARTS = ("import", "parse", "synthetic", "tables", "releases", "notebooks", "nbval", "test", "report", "setup", "extras")
SLOW_PARTS = {"notebooks", "nbval", "test", "report", "setup"}


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    parser.add_argument("--repeat", type=int, default=7, help="runs per subprocess measurement (median)")
    parser.add_argument("--quick", action="store_true", help="skip " + ", ".join(sorted(SLOW_PARTS)))
    parser.add_argument("--only", default="", help="comma-separated parts: " + ",".join(PARTS))
    parser.add_argument("--skip", default="", help="comma-separated parts to leave out")
    parser.add_argument("--releases-child", nargs=4, metavar=("N", "AREAS", "REPEAT", "BUDGET"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.releases_child:
        n, areas, repeat, budget = args.releases_child
        _releases_child(int(n), int(areas), int(repeat), float(budget))
        return 0

    wanted = [p for p in (args.only.split(",") if args.only else PARTS) if p]
    unknown = sorted(set(wanted + [p for p in args.skip.split(",") if p]) - set(PARTS))
    if unknown:
        parser.error(f"unknown part(s) {', '.join(unknown)}; the parts are {', '.join(PARTS)}")
    skipped = set(args.skip.split(",")) | (SLOW_PARTS if args.quick else set())
    run = [p for p in wanted if p not in skipped]

    report = Report()
    load_before = _load()
    print(f"funding benchmark on {platform.node()} ({os.cpu_count()} cores, Python {platform.python_version()}); "
          f"load average {load_before} (1, 5, 15 min)\n", flush=True)
    steps = {
        "import": lambda: bench_import(report, args.repeat),
        "parse": lambda: bench_parse(report, 200),
        "synthetic": lambda: bench_synthetic(report),
        "tables": lambda: bench_tables(report, 3),
        "releases": lambda: bench_releases(report),
        "notebooks": lambda: bench_notebooks(report, 3),
        "nbval": lambda: bench_nbval(report),
        "test": lambda: bench_make_test(report),
        "report": lambda: bench_make_report(report, 3),
        "setup": lambda: bench_cold_setup(report),
        "extras": lambda: bench_extras(report, args),
    }
    for part in PARTS:
        if part in run:
            steps[part]()
        elif part in wanted and part != "extras":
            report.add(part, None, "s", note="skipped (--quick or --skip)")

    load_after = _load()
    misses = [r for r in report.results if r["status"] == "MISS"]
    print(f"\nload average at the end {load_after}")
    print(f"{sum(r['status'] == 'PASS' for r in report.results)} PASS, {len(misses)} MISS"
          + ("".join(f"\n  MISS {r['name']}: " + (f"{'at least ' if r.get('at_least') else ''}{r['value'] / r['target']:.2f}x the target"
                     if r.get("target") else (r.get("note") or "below its targets"))
                  + (f"; why: {r['why']}" if r.get("why") else "") for r in misses)))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "machine": {"node": platform.node(), "cpus": os.cpu_count(), "python": platform.python_version(),
                        "platform": platform.platform(), "load_average_start": load_before, "load_average_end": load_after},
            "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "results": report.results,
        }
        args.out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
