"""Every chart and map of the suite, by name, and writing them to disk.

:data:`FIGURES` maps a figure name to a function ``(tables) -> Figure`` (the
maps of :mod:`funding.maps`); the charts of :mod:`funding.charts` are added to
it by :func:`all_figures`.  :func:`write_figures` writes each one as
``<name>.svg`` and ``<name>.png`` through :func:`funding.style.save_figure`, so
the same tables give the same bytes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

__all__ = ["FIGURES", "all_figures", "coverage_tables", "write_figures"]


def coverage_tables(tables: dict) -> dict:
    """``tables`` with ``coverage`` and ``regional_coverage`` added when they are missing."""
    if "coverage" in tables and "regional_coverage" in tables:
        return tables
    from funding.coverage import coverage_table, regional_coverage
    from funding.geo import load_population

    out = dict(tables)
    if "coverage" not in out:
        out["coverage"] = coverage_table(out["awards"], out["programme_tags"], load_population())
    out["regional_coverage"] = regional_coverage(out["coverage"])
    return out


def _award_map(geometry: str):
    def draw(tables):
        from funding.maps import award_map

        return award_map(coverage_tables(tables)["coverage"], geometry=geometry)

    return draw


def _per_resident_map(geometry: str):
    def draw(tables):
        from funding.maps import per_resident_map

        return per_resident_map(coverage_tables(tables)["coverage"], geometry=geometry)

    return draw


def _programme_map(geometry: str):
    def draw(tables):
        from funding.maps import programme_map

        return programme_map(coverage_tables(tables)["coverage"], geometry=geometry)

    return draw


def _regional_chart(tables):
    from funding.maps import regional_chart

    return regional_chart(coverage_tables(tables)["regional_coverage"])


#: The maps, by name.  Boundary and hex versions of a measure share one colour scale.
FIGURES: dict[str, Callable] = {
    "map_award_amount": _award_map("boundaries"),
    "map_award_amount_hex": _award_map("hex"),
    "map_award_per_100k": _per_resident_map("boundaries"),
    "map_award_per_100k_hex": _per_resident_map("hex"),
    "map_programme_types": _programme_map("boundaries"),
    "map_programme_types_hex": _programme_map("hex"),
    "chart_regional_coverage": _regional_chart,
}


def all_figures() -> dict[str, Callable]:
    """The maps above and the charts of :mod:`funding.charts` (when that module is present)."""
    figures = dict(FIGURES)
    try:
        from funding.charts import FIGURES as CHARTS
    except ImportError:  # the charts module is optional while it is being written
        CHARTS = {}
    for name, fn in CHARTS.items():
        if name in figures:
            raise ValueError(f"figure name {name!r} is used by both funding.maps and funding.charts")
        figures[name] = fn
    return figures


def write_figures(out_dir: Path | str, tables: dict | None = None, *, names: list[str] | None = None) -> list[Path]:
    """Write every figure (or those in ``names``) as SVG and PNG in ``out_dir``; returns the paths.

    ``tables`` defaults to :func:`funding.tables.build_tables`.  Figures are
    written in name order and closed after saving.
    """
    import matplotlib.pyplot as plt

    from funding.style import save_figure

    if tables is None:
        from funding.tables import build_tables

        tables = build_tables()
    tables = coverage_tables(tables)
    figures = all_figures()
    unknown = sorted(set(names or []) - set(figures))
    if unknown:
        raise KeyError(f"no figure named {', '.join(unknown)}; known: {', '.join(sorted(figures))}")
    out = Path(out_dir)
    written: list[Path] = []
    for name in sorted(figures):
        if names is not None and name not in names:
            continue
        fig = figures[name](tables)
        try:
            written.extend(save_figure(fig, out / name))
        finally:
            plt.close(fig)
    return written
