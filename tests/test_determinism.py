"""Determinism: the same sources give the same bytes.

Tables are built twice in one process and written as CSV; figures (and tables)
are written by a separate, cold process with another ``PYTHONHASHSEED`` and
without ``SOURCE_DATE_EPOCH``, and compared with those this test session wrote
(the session's figures are drawn once and shared, see conftest), so that neither
set ordering nor a timestamp can hide in an output.  Every file must be
byte-identical.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest


pytestmark = pytest.mark.integration  # builds from the real sources in the mirror


def _needs(module: str, name: str):
    import importlib

    return getattr(importlib.import_module(module), name)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _assert_same_bytes(a: Path, b: Path) -> dict[str, bytes]:
    fa, fb = _files(a), _files(b)
    assert sorted(fa) == sorted(fb), "the two runs wrote different files"
    differ = [name for name in fa if fa[name] != fb[name]]
    assert differ == [], f"files that differ between runs: {differ}"
    return fa


def test_tables_built_twice_give_byte_identical_csvs(tmp_path, built_tables):
    build_tables = _needs("funding.pipeline", "build_tables")
    write_tables = _needs("funding.tables", "write_tables")
    # The session's build (in this process; the mirror is required: a missing source fails
    # with its SourceError) and a second one.
    write_tables(built_tables, tmp_path / "a")
    write_tables(build_tables(), tmp_path / "b")
    files = _assert_same_bytes(tmp_path / "a", tmp_path / "b")
    assert "awards.csv" in files
    awards = files["awards.csv"].decode("utf-8")
    assert awards.count("\n") == 26  # a header and the 25 awards
    assert "\r" not in awards


# A few figures of each kind (boundary map, hex map, chart) keep the two processes
# to a few seconds; every figure is written by `make report` and checked by pytest-mpl.
FIGURE_SAMPLE = ["map_award_amount", "map_programme_types_hex", "awards_ranked"]

_SCRIPT = textwrap.dedent(
    """
    import sys
    from funding.pipeline import build_tables, load_shapes
    from funding.tables import write_tables
    from funding.viz.figures import FIGURES, GEOMETRIES, write_figures

    out = sys.argv[1]
    wanted = sys.argv[2].split(",")
    tables = build_tables()
    write_tables(tables, out + "/tables")
    names = [n for n in wanted if n in FIGURES]
    if not names:
        raise SystemExit("none of the sampled figures exists: " + ", ".join(sorted(FIGURES)))
    write_figures(out + "/figures", tables, {g: load_shapes(g) for g in GEOMETRIES}, names=names)
    """
)


def test_figures_and_tables_are_byte_identical_across_processes_and_hash_seeds(tmp_path, built_tables, drawn_figures):
    _needs("funding.viz.figures", "write_figures")
    write_tables = _needs("funding.tables", "write_tables")
    env = {k: v for k, v in os.environ.items() if k not in ("SOURCE_DATE_EPOCH", "PYTHONHASHSEED")}
    env["MPLBACKEND"] = "Agg"
    env["MPLCONFIGDIR"] = str(tmp_path / "mplconfig")  # a cold font cache
    seed = "2" if os.environ.get("PYTHONHASHSEED") == "1" else "1"  # not this session's seed
    other = tmp_path / "other"
    # The other process starts first and runs while this one writes its own copy.
    proc = subprocess.Popen(
        [sys.executable, "-c", _SCRIPT, str(other), ",".join(FIGURE_SAMPLE)],
        env={**env, "PYTHONHASHSEED": seed},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    here = tmp_path / "here"
    write_tables(built_tables, here / "tables")
    drawn = drawn_figures.files(FIGURE_SAMPLE)
    (here / "figures").mkdir()
    for name in FIGURE_SAMPLE:
        for ext in ("svg", "png"):
            (here / "figures" / f"{name}.{ext}").write_bytes((drawn / f"{name}.{ext}").read_bytes())
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    files = _assert_same_bytes(here, other)
    svgs = [n for n in files if n.endswith(".svg")]
    pngs = [n for n in files if n.endswith(".png")]
    assert svgs and len(svgs) == len(pngs)
    assert all(files[n].startswith(b"\x89PNG") for n in pngs)
    for name in svgs:
        svg = files[name].decode("utf-8")
        assert "<dc:date>" not in svg  # no timestamp
    assert any(n.startswith("tables/") and n.endswith(".csv") for n in files)
