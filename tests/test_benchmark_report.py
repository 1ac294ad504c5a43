"""The benchmark's account of where time goes (benchmarks/run.py): a notebook's costliest cells,
read from the timings nbclient records, and ``make test``'s seconds per test file, read from the
suite's JUnit report.  These say why a target is missed; here they are checked on made-up inputs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "benchmarks" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _timed_cell(source: str, start: str, end: str):
    cell = nbformat.v4.new_code_cell(source)
    cell.metadata["execution"] = {"iopub.execute_input": start, "shell.execute_reply": end}
    return cell


def test_a_notebooks_costliest_cells_are_read_from_the_kernels_timings(bench):
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("# a heading is not a code cell"),
        _timed_cell("# a comment first\nimport pandas", "2026-12-02T01:00:00.000000Z", "2026-12-02T01:00:00.500000Z"),
        _timed_cell("fig = draw_maps()", "2026-12-02T01:00:01.000000Z", "2026-12-02T01:00:02.250000Z"),
        nbformat.v4.new_code_cell("never run"),  # no timing recorded: left out
        _timed_cell("x = 1", "2026-12-02T01:00:03Z", "2026-12-02T01:00:03.010000Z"),
        _timed_cell("print(modules)", "2026-12-02T01:00:04Z", "2026-12-02T01:00:09Z"),  # the probe cell
    ])
    assert bench._cell_seconds(nb) == [(1, 0.5, "import pandas"), (2, 1.25, "fig = draw_maps()"),
                                       (4, 0.01, "x = 1"), (5, 5.0, "print(modules)")]
    # The last cell is the benchmark's own module probe, never named as a cost.
    assert bench._costliest_cells(nb, top=2) == "cell 2 1.25 s `fig = draw_maps()`; cell 1 0.50 s `import pandas`"


def test_make_tests_seconds_are_summed_per_test_file_costliest_first(bench, tmp_path):
    junit = tmp_path / "junit.xml"
    junit.write_text(
        '<testsuites><testsuite name="pytest">'
        '<testcase classname="tests.test_maps" name="a" time="1.5"/>'
        '<testcase classname="tests.test_maps.TestLegend" name="b" time="2.0"/>'
        '<testcase classname="notebooks.04_regional_coverage.ipynb" name="Cell 0" time="4.25"/>'
        '<testcase classname="tests.test_cli" name="c" time="0.5"/>'
        '<testcase classname="tests.test_cli" name="d"/>'
        '</testsuite></testsuites>', encoding="utf-8")
    assert bench._unit_seconds(junit) == [("notebooks/04_regional_coverage.ipynb", 4.25),
                                          ("tests/test_maps.py", 3.5), ("tests/test_cli.py", 0.5)]
    assert bench._unit_seconds(tmp_path / "absent.xml") == []
