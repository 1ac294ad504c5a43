"""Shared test configuration: kept minimal and generic.

Hypothesis runs derandomized (the same examples on every run and machine) and
writes no example database, so CI is repeatable and leaves no files behind.
``HYPOTHESIS_PROFILE=explore`` runs many more, random examples for a local hunt.
"""

from __future__ import annotations

import os
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    max_examples=40,  # the whole suite should stay near 90 s
    # A hang guard, not a speed test (speed is benchmarks/run.py's job): an example that
    # takes 10 s, thousands of times a parser call's milliseconds, is a runaway loop; the
    # global pytest-timeout (pyproject) fails a test that never returns at all.
    deadline=timedelta(seconds=10),
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile("explore", parent=settings.get_profile("ci"), derandomize=False, max_examples=2000)
HYPOTHESIS_PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
settings.load_profile(HYPOTHESIS_PROFILE)

#: Hypothesis tests that run fewer examples than the ci profile's 40 under that profile (any
#: other profile, ``explore`` included, keeps its own count): at this count they reach exactly
#: the lines and branches of src/funding they reach at 40 (coverage.py, --branch, each test run
#: alone at both counts, derandomised: 20 against 40, then 10 against 20; at 10,
#: test_the_three_forms_agree missed one branch of the table reader, so it keeps 20).
#: Re-measure before lowering another.  The fuzzers of arbitrary bytes and text keep 40: what
#: they look for is a failure in the libraries beneath (decoders, html.parser), which coverage
#: of src/funding does not measure.
CI_EXAMPLES: dict[str, int] = {
    "tests/test_properties.py::test_amounts_round_trip_exactly": 10,
    "tests/test_properties.py::test_each_layout_parses_back_to_its_records": 10,
    "tests/test_properties.py::test_every_layout_gives_the_same_records": 10,
    "tests/test_properties.py::test_html_list_parses_back_to_its_records": 10,
    "tests/test_properties.py::test_html_table_parses_back_to_its_records": 10,
    "tests/test_properties.py::test_plain_text_list_parses_back_to_its_records": 10,
    "tests/test_properties.py::test_printed_amounts_parse_to_the_digits_they_show": 10,
    "tests/test_properties.py::test_source_lines_point_at_the_heads": 10,
    "tests/test_properties.py::test_spreadsheets_parse_back_to_their_records": 10,
    "tests/test_properties.py::test_the_three_forms_agree": 20,
}


def _fewer_examples(items) -> None:
    done = set()
    for item in items:
        n = CI_EXAMPLES.get(item.nodeid.split("[", 1)[0])
        test = getattr(item, "obj", None)
        if n and getattr(test, "is_hypothesis_test", False) and id(test) not in done:
            done.add(id(test))  # parametrised: one function for every parameter
            settings(max_examples=n)(test)  # the rest from the loaded profile


@pytest.fixture(scope="session")
def built_tables():
    """Every table, built once per session from the sources in the mirror."""
    from funding.pipeline import build_tables

    return build_tables()


# --- Tests that need the published texts (issue 14) -------------------------------------
# Marked `sources` (or `integration`): without the texts they are skipped, saying how to get
# them; under FUNDING_REQUIRE_SOURCES=1 (CI, which has the mirror) any skip is a failure.
REQUIRE_SOURCES = os.environ.get("FUNDING_REQUIRE_SOURCES", "") not in ("", "0")
NO_SOURCES_REASON = (
    "needs the source mirror (published texts, ONS files): set FUNDING_SOURCES_DIR and FUNDING_DATA_DIR, "
    "or put the mirror at ../shared beside the project; see README, 'Run it'"
)


def pytest_configure(config):
    config.addinivalue_line("markers", "sources: needs the published texts (skipped without them, failed under FUNDING_REQUIRE_SOURCES=1)")
    if config.getoption("nbval", default=False) or config.getoption("nbval_lax", default=False):
        _fork_nbval_kernels(config)


# ---- nbval's kernels forked from one process that has done their imports ---------------------------


class _NbvalZygote:
    """A stand-in for this test process's one :class:`funding.publish.forkkernel.Zygote`, handed
    to each of nbval's kernel managers: the zygote starts when the first kernel is asked of it,
    with this process's environment (what nbval gives its kernels), and stops (every kernel
    reaped) when the session ends."""

    _started = None

    def __getattr__(self, name):
        return getattr(type(self)._start(), name)

    @classmethod
    def _start(cls):
        if cls._started is None:
            from funding.publish.forkkernel import Zygote

            # What the zygote and its kernels print goes where nbval sends a usual kernel's
            # stderr (nowhere), not into the test output of whichever test runs at the time.
            saved = os.dup(2)
            devnull = os.open(os.devnull, os.O_WRONLY)
            try:
                os.dup2(devnull, 2)
                cls._started = Zygote(dict(os.environ))
            finally:
                os.dup2(saved, 2)
                os.close(saved)
                os.close(devnull)
        return cls._started

    @classmethod
    def _stop(cls):
        if cls._started is not None:
            cls._started.close()
            cls._started = None


def _fork_nbval_kernels(config) -> None:
    """nbval (``--nbval --nbval-current-env``) starts each notebook's kernel with
    ``jupyter_client.KernelManager`` and its default provisioner: a fresh interpreter that
    imports pandas, matplotlib, geopandas and this package again for every notebook.  On
    Linux (:func:`funding.publish.forkkernel.available`, the report's own rule) its kernel
    managers get the report's :class:`~funding.publish.forkkernel.ForkProvisioner`: each
    notebook still runs in a fresh kernel process of its own, started by ipykernel as
    ``python -m ipykernel_launcher`` would be (forked from a process that has done only those
    imports, printing nothing), and nbval runs and compares its cells exactly as before; a
    kernel whose environment the zygote cannot give is started as usual, and so is a kernel of
    another interpreter (a kernelspec named with ``--nbval-kernel-name``, or the notebook's own
    without ``--nbval-current-env``).  Elsewhere, and with ``FUNDING_FORK_KERNELS=0``, nothing
    changes."""
    from funding.publish import forkkernel

    if not forkkernel.available():
        return
    import nbval.kernel

    usual = nbval.kernel.KernelManager

    def forked_kernel_manager(*args, **kwargs):
        km = usual(*args, **kwargs)
        if km.kernel_spec.argv[:3] == [sys.executable, "-m", "ipykernel_launcher"]:  # this Python's kernel
            km.provisioner = forkkernel.ForkProvisioner(km, _NbvalZygote())
        return km

    nbval.kernel.KernelManager = forked_kernel_manager
    config.add_cleanup(_NbvalZygote._stop)


def pytest_collection_finish(session):
    """What collection made (every test module, its imports, about 5,000 test items: some 600,000
    objects) lives until the session ends: :func:`gc.freeze` takes it out of the cyclic garbage
    collector's generations, so that the full collections the tests' own allocations set off
    (the corpus scorer's, the figures') no longer walk it each time.  Measured (3 Dec): full
    collections took 4 to 6 s of CPU per worker; the README scorer's test alone, with the whole
    suite collected, spent 2.6 s in the collector, 1.5 s with this.  Nothing a test makes is
    frozen, and objects freed by their reference counts are freed as before: only what the
    collector walks changes, never what a test sees."""
    import gc

    gc.collect()
    gc.freeze()


def pytest_collection_modifyitems(config, items):
    if HYPOTHESIS_PROFILE == "ci":
        _fewer_examples(items)
    needing = [i for i in items if i.get_closest_marker("sources") or i.get_closest_marker("integration")]
    if needing and not REQUIRE_SOURCES:
        from funding.pipeline import sources_available

        if not sources_available():
            for item in needing:
                item.add_marker(pytest.mark.skip(reason=NO_SOURCES_REASON))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if REQUIRE_SOURCES and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped under FUNDING_REQUIRE_SOURCES=1, where nothing may be skipped: {reason}"
    return report


# ---- figures drawn once per session, and the parallel run's units of work (pytest-xdist) ----------


@pytest.fixture(scope="session")
def shared_folder(tmp_path_factory, request) -> Path:
    """A folder shared by every worker of this run (pytest-xdist's workers each have their own
    base temporary folder, inside one shared by the run): where work done once per run is kept,
    each piece made under its own file lock by whichever worker asks first (the pattern of
    pytest-xdist's documentation, with the maintained ``filelock``).  Without xdist, the
    session's own base folder."""
    base = tmp_path_factory.getbasetemp()
    # A worker of this run (not a process that merely inherited xdist's environment variable).
    worker = hasattr(request.config, "workerinput")
    folder = (base.parent if worker else base) / "shared"
    folder.mkdir(exist_ok=True)
    return folder


class DrawnFigures:
    """The registry's figures (funding.viz.figures.FIGURES), written at most once per run.

    ``files(names)`` gives the folder where those figures (all by default) were written as
    SVG, PNG and thumbnail by ``write_figures``, as ``make report`` writes them (``texts``
    holds their titles and descriptions): the report site of the browser tests (its figure
    stage copies them), the determinism test and the maps tests share them.  Lazy: only
    what the tests ask for is drawn.  The folder is shared by both workers of ``make test``:
    each figure is drawn by one of them, under that figure's lock, and read by the other,
    so two workers asking for every figure at once draw half each.  (pytest-mpl's image
    tests draw their own: they draw inside the style the comparison runs in, so their Figure
    objects are not the report's.)
    """

    def __init__(self, folder: Path, tables) -> None:
        self.folder = folder
        self.marks = folder.with_name(folder.name + ".locks")  # beside it: the site copies the folder whole
        self.marks.mkdir(exist_ok=True)
        self.tables = tables
        self.texts: dict[str, dict] = {}
        self._shapes: dict = {}

    def files(self, names=None) -> Path:
        from filelock import FileLock, Timeout

        from funding.viz.figures import FIGURES

        wanted = sorted(FIGURES) if names is None else sorted(names)
        busy = []
        for name in (n for n in wanted if n not in self.texts):
            lock = FileLock(self.marks / f"{name}.lock")
            try:
                lock.acquire(timeout=0)
            except Timeout:  # the other worker is drawing it: take the next one, come back after
                busy.append(name)
                continue
            try:
                self._draw_or_read(name)
            finally:
                lock.release()
        for name in busy:
            # Bounded: a worker stuck drawing fails this test rather than stalling the run.
            with FileLock(self.marks / f"{name}.lock", timeout=600):
                self._draw_or_read(name)
        return self.folder

    def _draw_or_read(self, name: str) -> None:
        """Under ``name``'s lock: its texts if a worker has drawn it, else draw it (its texts,
        written last, say that its files are complete)."""
        import json

        done = self.marks / f"{name}.json"
        if not done.is_file():
            from funding.pipeline import load_shapes
            from funding.viz.figures import GEOMETRIES, write_figures

            if not self._shapes:
                self._shapes = {g: load_shapes(g) for g in GEOMETRIES}
            texts: dict[str, dict] = {}
            write_figures(self.folder, self.tables, self._shapes, names=[name], thumbnails=self.folder / "thumbs", texts=texts)
            partial = done.with_suffix(".part")
            partial.write_text(json.dumps(texts[name]), encoding="utf-8")
            partial.replace(done)
        self.texts[name] = json.loads(done.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def drawn_figures(built_tables, shared_folder):
    """Every figure of the registry, drawn once per run from the built tables (see DrawnFigures)."""
    folder = shared_folder / "figures"
    folder.mkdir(exist_ok=True)
    return DrawnFigures(folder, built_tables)


#: nbval's notebooks: one unit, so that one worker runs them all, each whole (its cells share one
#: kernel and run in order), every kernel forked from that worker's one zygote (:func:`_fork_nbval_kernels`).
NOTEBOOKS_UNIT = "notebooks (nbval)"


#: Units of work smaller than a module (node id prefix: unit).  The browser tests share the report
#: site, which the first worker to ask builds for both (shared_folder), so they can be split: the
#: tests of the built files that need no browser are one unit, the tests in Chromium (axe included)
#: another: one Chromium per run (its start and stop cost 1.1 s of CPU; with axe a unit of its
#: own, each worker often started one).
UNITS = {
    **{
        f"tests/test_report_browser.py::{name}": "tests/test_report_browser.py (files)"
        for name in (
            "test_site_has_the_expected_pages", "test_report_is_deterministic", "test_chart_csv_holds_the_numbers_drawn",
            "test_svgs_have_live_text_title_and_desc", "test_interactive_pages_are_deterministic",
            "test_the_session_figures_are_what_the_report_figure_stage_writes",
        )
    },
}

#: Sent first, in this order, whatever their cost: the browser tests (the longest chain: every
#: figure, the site, Chromium) and the test that asks for every figure, so that the two workers
#: draw the shared figures at the same time, half each.
SENT_FIRST = ("tests/test_report_browser.py", "tests/test_figure_files.py")


#: What each long unit of work costs on one worker (seconds of CPU, user+sys of the worker and the
#: processes it started, measured per test during ``make test`` in the run of 2 December 02:02 UTC,
#: machine load about 4: a rough order is all that matters; re-measure when a unit grows).  Two
#: costs fall outside the tests they belong to and are added here: Chromium's (6.4 s), counted
#: when the browser closes at the end of the session, and the notebooks' zygote and kernels
#: (about 9 s, the workers' totals less their tests'), reaped when the session ends.  After
#: SENT_FIRST, the scheduler sends the costliest first, so neither worker is left running a long
#: unit alone at the end.  A unit not named here costs a hundredth of a second per test (measured:
#: 0.005 to 0.02 s per test in the modules of pure parsing and checking).  The entries marked
#: "3 Dec" were measured the same way on 3 December 13:38 UTC (load about 5), without the mirror.
UNIT_SECONDS = {
    # the whole corpus (477 releases) read and scored once: the costliest unit by far; named here since
    # 3 Dec (unnamed, it counted 0.1 s and was sent last, leaving one worker on it alone for 40 s)
    "tests/test_readme_reader_numbers.py": 46.5,
    "tests/test_report_browser.py": 19.5,  # half the figures, the report site, Chromium: each page once, the front page once, axe
    "tests/test_report_execute.py": 13.0,  # 3 Dec; two executing report builds (figures copied): forked and usual kernels
    "tests/test_edges.py": 11.5,
    NOTEBOOKS_UNIT: 9.5,  # six notebooks, each kernel forked from one zygote (its imports: about 3 s)
    "tests/test_hostile.py": 8.5,
    "tests/test_release_reader.py": 6.5,  # 3 Dec; 839 tests; its four command-line runs forked (tests/forked_cli.py)
    "tests/test_maps.py": 6.5,
    "tests/test_figure_files.py": 6.5,  # the other half of the figures
    "tests/test_charts.py": 5.5,
    "tests/test_determinism.py": 4.5,
    "tests/test_report_browser.py (files)": 4.5,
    "tests/test_opendata.py": 4.0,
    "tests/test_open_standards.py": 3.5,
    "tests/test_properties.py": 3.5,  # 5.5 at 20 examples; nine tests at 10 since
    "tests/test_notebooks.py": 3.5,
    "tests/test_context.py": 1.5,
    "tests/test_no_mirror.py": 1.5,
    "tests/test_forkkernel.py": 1.5,  # two small zygotes, four kernels
    "tests/test_fetch.py": 1.0,
    "tests/test_cli.py": 2.5,  # 3 Dec; its commands forked (tests/forked_cli.py), two in fresh interpreters
    "tests/test_score_history.py": 2.0,  # 3 Dec; the child scorer, git
}


def unit_seconds(unit: str, tests: int) -> float:
    return UNIT_SECONDS.get(unit, 0.01 * tests)


def _sent_first(unit: str) -> int:
    return SENT_FIRST.index(unit) if unit in SENT_FIRST else len(SENT_FIRST)


def work_unit(nodeid: str) -> str:
    """The unit of work a test belongs to on ``make test``'s two workers: the notebooks together
    (:data:`NOTEBOOKS_UNIT`), the browser tests in three (:data:`UNITS`), every other test with the
    rest of its module (module fixtures are built once)."""
    if nodeid.startswith("notebooks/") and nodeid.split("::", 1)[0].endswith(".ipynb"):
        return NOTEBOOKS_UNIT
    for prefix, unit in UNITS.items():
        if nodeid.startswith(prefix):
            return unit
    return nodeid.split("::", 1)[0]


@pytest.hookimpl(tryfirst=True, optionalhook=True)  # optional: a run without xdist (-p no:xdist) has no such hook
def pytest_xdist_make_scheduler(config, log):
    """``--dist loadgroup`` (``make test``) by :func:`work_unit`.

    pytest-xdist 3.8 groups ``xdist_group`` tests by renaming each test's node id, which
    pytest 9 no longer allows (node ids are structured): its own loadgroup would spread a
    notebook's cells over both workers.  This scheduler reads the groups from the node ids
    instead.  The costliest units are sent first (:data:`UNIT_SECONDS`; xdist's own order is
    by number of tests, which sent the figures, fifteen tests and a minute, last)."""
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class WorkUnitScheduling(LoadScopeScheduling):
        _ordered = False

        def _split_scope(self, nodeid: str) -> str:
            return work_unit(nodeid)

        def _assign_work_unit(self, node) -> None:
            if not self._ordered:  # the queue is complete at the first assignment
                self._ordered = True
                for unit in sorted(self.workqueue, key=lambda u: (_sent_first(u), -unit_seconds(u, len(self.workqueue[u])), u)):
                    self.workqueue.move_to_end(unit)
            super()._assign_work_unit(node)

    return WorkUnitScheduling(config, log)
