"""Shared test configuration: kept minimal and generic.

Hypothesis runs derandomized (the same examples on every run and machine) and
writes no example database, so CI is repeatable and leaves no files behind.
``HYPOTHESIS_PROFILE=explore`` runs many more, random examples for a local hunt.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    max_examples=40,  # the whole suite should stay near 90 s
    deadline=None,  # timing is the benchmark's job (benchmarks/run.py), not the tests'
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile("explore", parent=settings.get_profile("ci"), derandomize=False, max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def built_tables():
    """Every table, built once per session from the sources in the mirror."""
    from funding.pipeline import build_tables

    return build_tables()


# ---- figures drawn once per session, and the parallel run's groups (pytest-xdist) --------------


class DrawnFigures:
    """The registry's figures (funding.viz.figures.FIGURES), written at most once per session.

    ``files(names)`` gives the folder where those figures (all by default) were written as
    SVG and PNG by ``write_figures``, as ``make report`` writes them: the report site, the
    determinism test and the maps tests share them.  Lazy: a worker draws only what its
    tests ask for.  (pytest-mpl's image tests draw their own: they draw inside the style
    the comparison runs in, so their Figure objects are not the report's.)
    """

    def __init__(self, folder, tables) -> None:
        self.folder = folder
        self.tables = tables
        self._shapes: dict = {}
        self._written: set[str] = set()

    def files(self, names=None):
        from funding.pipeline import load_shapes
        from funding.viz.figures import FIGURES, GEOMETRIES, write_figures

        wanted = sorted(FIGURES) if names is None else sorted(names)
        missing = [n for n in wanted if n not in self._written]
        if missing:
            if not self._shapes:
                self._shapes = {g: load_shapes(g) for g in GEOMETRIES}
            write_figures(self.folder, self.tables, self._shapes, names=missing)
            self._written.update(missing)
        return self.folder


@pytest.fixture(scope="session")
def drawn_figures(built_tables, tmp_path_factory):
    """Every figure of the registry, drawn once per session from the built tables (see DrawnFigures)."""
    return DrawnFigures(tmp_path_factory.mktemp("figures"), built_tables)


#: Fixtures that draw or share the session's figures: their tests run on one worker, so the
#: figures are drawn once per ``make test`` rather than once per worker.
FIGURE_FIXTURES = {"drawn_figures", "site"}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Groups for ``pytest -n 2 --dist loadgroup`` (``make test``): each notebook runs whole,
    in order, in one kernel on one worker (nbval's cells depend on each other), and the tests
    that share the drawn figures run together.  Other tests are spread one by one.  Without
    xdist the marks do nothing."""
    for item in items:
        if item.path.suffix == ".ipynb":
            item.add_marker(pytest.mark.xdist_group(f"notebook-{item.path.stem}"))
        elif FIGURE_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.xdist_group("figures"))
