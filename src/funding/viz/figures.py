"""Every chart and map of the suite, by name, in one registry, and writing them to disk.

:data:`FIGURES` maps a figure name to a function ``(tables, shapes) -> Figure``:
``tables`` is the dict of built tables (:func:`funding.pipeline.build_tables`
or :func:`funding.pipeline.load_tables`), ``shapes`` the dict of geometries the
maps draw (``{"boundaries": …, "hex": …}``, from
:func:`funding.pipeline.load_shapes`).  Nothing here reads a file: the caller
loads, the registry draws.  :func:`write_figures` writes each figure as
``<name>.svg`` and ``<name>.png`` through :func:`funding.viz.style.save_figure`,
so the same tables give the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from funding.reference.rounds import featured_round

__all__ = ["FIGURES", "MAPS", "CHARTS", "write_figures", "GEOMETRIES"]

#: The geometries the maps need (keys of the ``shapes`` dict).
GEOMETRIES = ("boundaries", "hex")


def _round_awards(tables):
    return tables["awards"][tables["awards"]["round"] == featured_round()]


def _map(kind: str, geometry: str):
    def draw(tables, shapes):
        from funding.viz import maps

        return getattr(maps, kind)(tables["coverage"], shapes=shapes[geometry], geometry=geometry, round=featured_round())

    return draw


def _regional_chart(tables, shapes):
    from funding.viz.maps import regional_chart

    return regional_chart(tables["regional_coverage"], round=featured_round())


def _chart(chart: str, data: Callable):
    """A registry entry: ``data(tables, analysis, round)`` gives the table(s) that ``charts.<chart>`` draws.
    (matplotlib is imported only when a figure is drawn.)"""

    def draw(tables, shapes):
        from funding import analysis
        from funding.viz import charts

        args = data(tables, analysis, featured_round())
        return getattr(charts, chart)(*args)

    return draw


def _need(chart: str, comparison: str | None = None):
    """A registry entry of notebook 06 (funding beside need): ``viz.need.<chart>`` of
    :func:`funding.analysis.need.need_by_area`, with the comparison's rank correlation
    (charts) or the boundaries (maps)."""

    def draw(tables, shapes):
        from funding.analysis import need as analysis_need
        from funding.viz import need as viz_need

        t = tables
        frame = analysis_need.need_by_area(t["coverage"], t["awards"], t["initiatives"], t["area_context"], featured_round())
        if comparison is None:
            return getattr(viz_need, chart)(frame, shapes=shapes["boundaries"])
        rows, _ = analysis_need.comparison_rows(frame, comparison)
        x, y = analysis_need.COMPARISONS[comparison]
        return getattr(viz_need, chart)(frame, analysis_need.rank_correlation(rows[x], rows[y]))

    return draw


#: The maps, by name.  Boundary and hex versions of a measure share one colour scale.
MAPS: dict[str, Callable] = {
    "map_award_amount": _map("award_map", "boundaries"),
    "map_award_amount_hex": _map("award_map", "hex"),
    "map_award_per_100k": _map("per_resident_map", "boundaries"),
    "map_award_per_100k_hex": _map("per_resident_map", "hex"),
    "map_programme_types": _map("programme_map", "boundaries"),
    "map_programme_types_hex": _map("programme_map", "hex"),
    "chart_regional_coverage": _regional_chart,
    "map_need_stalking": _need("stalking_need_map"),
    "map_need_severity": _need("severity_need_map"),
}

#: The charts, by name.
CHARTS: dict[str, Callable] = {
    "awards_ranked": _chart("awards_ranked_chart", lambda t, a, r: (a.ranked_awards(t["awards"], r),)),
    "award_distribution": _chart("award_distribution_chart", lambda t, a, r: (a.amount_distribution(t["awards"], r),)),
    "amount_per_resident": _chart("amount_per_resident_chart", lambda t, a, r: (a.amount_per_resident(t["coverage"], r),)),
    "bids_vs_amount": _chart("bids_vs_amount_chart", lambda t, a, r: (_round_awards(t),)),
    "lorenz_curve": _chart(
        "lorenz_chart",
        lambda t, a, r: (a.lorenz_points(_round_awards(t)["amount_pence"]), a.gini(_round_awards(t)["amount_pence"])),
    ),
    "programme_type_heatmap": _chart("programme_type_heatmap", lambda t, a, r: (a.type_matrix(t["initiatives"], r, labels=True),)),
    "money_by_type": _chart("money_by_type_chart", lambda t, a, r: (a.money_by_type(t["awards"], t["initiatives"], r),)),
    "local_funding_timeline": _chart("funding_timeline_chart", lambda t, a, r: (a.local_timeline(t["funding_timeline"]),)),
    "reference_split": _chart("reference_split_chart", lambda t, a, r: (a.reference_comparison(t["awards"], t["initiatives"], r),)),
    "need_stalking_rate": _need("stalking_need_chart", "stalking_rate"),
    "need_stalking_growth": _need("stalking_growth_chart", "stalking_growth"),
    "need_severity": _need("severity_need_chart", "severity"),
}

#: Every figure of the suite, by name.
FIGURES: dict[str, Callable] = {**MAPS, **CHARTS}
assert len(FIGURES) == len(MAPS) + len(CHARTS), "a figure name is used twice"


def write_figures(out_dir: Path | str, tables: dict, shapes: dict, *, names: list[str] | None = None) -> list[Path]:
    """Write every figure (or those in ``names``) as SVG and PNG in ``out_dir``; returns the paths.

    Figures are written in name order and closed after saving.
    """
    import matplotlib.pyplot as plt

    from funding.errors import SourceError
    from funding.viz.style import save_figure

    unknown = sorted(set(names or []) - set(FIGURES))
    if unknown:
        raise SourceError("figures", None, ", ".join(unknown), "one of " + ", ".join(sorted(FIGURES)))
    out = Path(out_dir)
    written: list[Path] = []
    for name in sorted(FIGURES):
        if names is not None and name not in names:
            continue
        fig = FIGURES[name](tables, shapes)
        try:
            written.extend(save_figure(fig, out / name))
        finally:
            plt.close(fig)
    return written
