"""Charts and maps of funding beside need: the awards against recorded stalking and crime severity.

Every function takes the tidy table of :func:`funding.analysis.need.need_by_area`
(and, for maps, the shapes), with the rank correlation of
:func:`funding.analysis.need.rank_correlation` for the charts, and an optional
``ax`` (``axes`` for the small multiples); it returns a Figure and never shows or
saves it.  House style throughout (:mod:`funding.viz.style`).

The scatter charts put the measure of need across and the money up; the areas
with money are in blue and named, the others sit on the zero line in grey, and
the subtitle states the rank correlation with its interval.  The maps are small
multiples: the money beside the measure of need.  A panel of a measure with
fixed classes (:data:`funding.viz.maps.CLASSES_BY_MEASURE`: the award per 100,000
residents) is drawn in those classes, with the colours and legend labels of the
suite's own map of that measure, so an area has the same colour on both; every
other panel is in its own quantile classes (four classes of the areas with a
figure; Quantiles is deterministic), so that the reader compares the pattern, not
the colours.  Areas with no money are hatched grey, areas with no figure white
with dots, as on every map of the suite.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from funding.analysis import need as need_analysis
from funding.core.money import format_pounds_short
from funding.viz import maps, style

__all__ = [
    "need_source",
    "stalking_need_chart",
    "stalking_growth_chart",
    "severity_need_chart",
    "stalking_need_map",
    "severity_need_map",
    "rho_text",
    "Panel",
    "map_panels",
    "panel_classes",
]

MONEY = style.OKABE_ITO["blue"]
NONE = "#8C8C8C"


def need_source(*, stalking: bool = False, severity: bool = False, round_name: str | None = None, population_year: int | None = None) -> str:
    """The source line of a figure of this module: the award list, the population and the context used."""
    from funding.reference import context

    parts = [style.award_list_credit(round_name)]
    if population_year:
        from funding.reference.geo import POPULATION_ID

        parts.append(style.credit(POPULATION_ID, year=population_year))
    if stalking:
        parts.append(style.credit(context.STALKING_ID))
    if severity:
        parts.append(style.credit(context.SEVERITY_ID))
    return " ".join(p for p in parts if p)


def rho_text(rc) -> str:
    """The rank correlation in words: rho, its interval, what the interval allows, the areas."""
    interval = f"{rc.confidence:.0%} interval {rc.low:.2f} to {rc.high:.2f}"
    verdict = "no clear association" if rc.includes_zero else "an association, not a cause"
    return f"Spearman rank correlation {rc.rho:.2f} ({interval}; {verdict}), {rc.n} areas"


def _scatter(rows: pd.DataFrame, x: str, y: str, *, ax, xlabel: str, ylabel: str, xlog: bool = False, xfmt=None, label_top: int = 0):
    has = rows[y].astype("int64") > 0
    ax.scatter(rows.loc[~has, x].astype(float), rows.loc[~has, y].astype(float), s=34, color="white", edgecolor=NONE, linewidth=1.1, zorder=3,
               label="no money of this kind")
    ax.scatter(rows.loc[has, x].astype(float), rows.loc[has, y].astype(float), s=52, color=MONEY, edgecolor="white", linewidth=0.6, zorder=4,
               label="money of this kind")
    named = rows[has]
    if label_top:
        named = named.sort_values([y, "pfa_name"], ascending=[False, True], kind="mergesort").head(label_top)
    for _, r in named.iterrows():
        ax.annotate(str(r["pfa_name"]), (float(r[x]), float(r[y])), xytext=(6, 4), textcoords="offset points", fontsize=9, color="#1A1A1A")
    if xlog:
        ax.set_xscale("log")
        lo, hi = float(rows[x].min()), float(rows[x].max())
        ax.set_xlim(lo / 1.25, hi * 1.25)
    if xfmt is not None:
        from matplotlib.ticker import FuncFormatter, NullFormatter

        ax.xaxis.set_major_formatter(FuncFormatter(xfmt))
        ax.xaxis.set_minor_formatter(NullFormatter())
    ax.yaxis.set_major_formatter(style.pounds_formatter())
    ax.set_ylim(bottom=-0.04 * float(rows[y].max()), top=float(rows[y].max()) * 1.15)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.grid(color="#EBEBEB", linewidth=0.8)
    ax.set_axisbelow(True)


def _start(ax):
    if ax is not None:
        return ax.figure, ax, False
    fig, ax = style.figure((style.FIGURE_WIDTH_IN, 5.6), margins={"top": 1.85, "left": 1.3})
    return fig, ax, True


def stalking_need_chart(need: pd.DataFrame, rc, ax=None):
    """Stalking money per 100,000 residents (up) against recorded stalking per 100,000 (across)."""
    rows, _ = need_analysis.comparison_rows(need, "stalking_rate")
    s = need.attrs
    round_name = s.get("round")
    year = int(need["population_year"].iloc[0])
    with style.context():
        fig, ax, own = _start(ax)
        _scatter(rows, "stalking_rate", "stalking_per_100k_pence", ax=ax,
                 xlabel=f"police recorded stalking offences per 100,000 residents, {s['stalking_period']}",
                 ylabel="stalking money per 100,000")
        ax.legend(handles=ax.collections[::-1], labels=["award includes stalking work", "no stalking work"], loc="upper right", scatterpoints=1)
        return style.finish(
            fig, ax, own, "Stalking money and recorded stalking",
            f"{round_name} money attributed to stalking work (equal split of each award) per 100,000 residents (mid-{year}), "
            f"against recorded stalking in {s['stalking_period']}, the last full year before the April 2020 counting change. "
            f"{rho_text(rc)}. Recorded crime reflects recording practice; not specific to domestic abuse.",
            need_source(stalking=True, round_name=round_name, population_year=year),
        )


def stalking_growth_chart(need: pd.DataFrame, rc, ax=None):
    """Stalking money per 100,000 residents (up) against the growth in recorded stalking (across, log scale)."""
    rows, _ = need_analysis.comparison_rows(need, "stalking_growth")
    s = need.attrs
    round_name = s.get("round")
    year = int(need["population_year"].iloc[0])
    with style.context():
        fig, ax, own = _start(ax)
        _scatter(rows, "stalking_growth", "stalking_per_100k_pence", ax=ax, xlog=True, xfmt=lambda v, pos=None: f"{v:g}×",
                 xlabel=f"recorded stalking offences in {s['growth_to']} ÷ {s['growth_from']} (log scale)",
                 ylabel="stalking money per 100,000")
        ax.legend(handles=ax.collections[::-1], labels=["award includes stalking work", "no stalking work"], loc="upper right", scatterpoints=1)
        return style.finish(
            fig, ax, own, "Stalking money and the rise in recorded stalking",
            f"{round_name} stalking money per 100,000 residents against the growth in recorded stalking from "
            f"{s['growth_from']} to {s['growth_to']}, much of it a change in recording. {rho_text(rc)}. "
            "Not specific to domestic abuse.",
            need_source(stalking=True, round_name=round_name, population_year=year),
        )


def severity_need_chart(need: pd.DataFrame, rc, ax=None):
    """The whole award per 100,000 residents (up) against the violence severity score (across)."""
    rows, _ = need_analysis.comparison_rows(need, "severity")
    s = need.attrs
    round_name = s.get("round")
    year = int(need["population_year"].iloc[0])
    with style.context():
        fig, ax, own = _start(ax)
        _scatter(rows, "severity", "amount_per_100k_pence", ax=ax, label_top=5,
                 xlabel=f"ONS Crime Severity Score, violence against the person, {s['severity_period']}",
                 ylabel="award per 100,000")
        ax.legend(handles=ax.collections[::-1], labels=["funded (the five highest named)", "no award"], loc="upper right", scatterpoints=1)
        return style.finish(
            fig, ax, own, "The awards and violent crime",
            f"{round_name} award per 100,000 residents (mid-{year}; £0 where unfunded) against the severity-weighted "
            f"rate of police recorded violence in {s['severity_period']} (experimental statistics; a measure of pressure "
            f"on police, not of domestic abuse). {rho_text(rc)}.",
            need_source(severity=True, round_name=round_name, population_year=year),
        )


# ----------------------------------------------------------------------------- maps


def _quantile_bounds(values, k: int = 4) -> list[float]:
    """The upper bounds of ``k`` quantile classes: mapclassify's ``Quantiles(y, k).bins``, computed
    as it computes them (scipy's ``scoreatpercentile`` at 100/k, 200/k, … 100, ties collapsed),
    without importing mapclassify, and scipy and scikit-learn with it, into every process that
    draws a need map (1.8 s of imports for four percentiles)."""
    y = np.asarray(pd.array(values, dtype="Float64").dropna(), dtype=float)
    k = max(1, min(k, len(np.unique(y))))
    w = 100.0 / k
    p = np.arange(w, 100 + w, w)
    if p[-1] > 100.0:
        p[-1] = 100.0
    ordered = np.sort(y)
    return [float(b) for b in np.unique(np.array([_score_at_percentile(ordered, pct) for pct in p]))]


def _score_at_percentile(ordered: np.ndarray, per: float) -> float:
    """scipy.stats.scoreatpercentile of sorted values (its 'fraction' interpolation), step for step."""
    idx = per / 100.0 * (len(ordered) - 1)
    i = int(idx)
    if i == idx:
        return np.add.reduce(ordered[i:i + 1] * np.array(1)) / 1.0
    weights = np.array([(i + 1 - idx), (idx - i)], float)
    return np.add.reduce(ordered[i:i + 2] * weights) / weights.sum()


def _classify(values, bounds: list[float]) -> np.ndarray:
    """Class of each value: class i holds values above bounds[i-1] up to bounds[i]; -1 where missing."""
    v = pd.array(values, dtype="Float64")
    out = np.full(len(v), maps.NO_DATA_STATE, dtype=int)
    present = ~pd.isna(v)
    out[np.asarray(present)] = np.searchsorted(np.asarray(bounds[:-1]), np.asarray(v[present], dtype=float), side="left")
    return out


def _labels(bounds: list[float], fmt) -> list[str]:
    labels = [f"up to {fmt(bounds[0])}"]
    labels += [f"{fmt(lo)} to {fmt(hi)}" for lo, hi in zip(bounds, bounds[1:])]
    return labels


@dataclass(frozen=True)
class Panel:
    """One small multiple of a need map: the column drawn, its title (as drawn, line breaks
    and all), how a value is written in the legend, and the legend label of zero money
    (None: zero is a value like any other)."""

    column: str
    title: str
    fmt: Callable
    zero_label: str | None


@dataclass(frozen=True)
class PanelClasses:
    """The classes of a panel: ``states`` (by ``pfa_code``) holds each area's class, or
    :data:`funding.viz.maps.NO_AWARD_STATE` for zero money, or ``NO_DATA_STATE`` for no
    figure; ``colors`` and ``labels`` are the classes' in order; ``fixed`` is True when the
    measure's fixed classes (:data:`funding.viz.maps.CLASSES_BY_MEASURE`) are used, False
    for quartiles."""

    states: pd.Series
    colors: list[str]
    labels: list[str]
    fixed: bool


def panel_classes(need: pd.DataFrame, panel: Panel) -> PanelClasses:
    """Each area's class in ``panel``: the measure's fixed classes if it has them, else the
    quartiles of the areas with a (non-zero, where zero is no money) figure."""
    values = pd.array(need[panel.column], dtype="Float64")
    zero = np.asarray((values == 0).fillna(False), dtype=bool) if panel.zero_label else np.zeros(len(values), dtype=bool)
    positive = values.copy()
    positive[zero] = pd.NA
    fixed = maps.CLASSES_BY_MEASURE.get(panel.column)
    if fixed is not None:
        state = fixed.classify(positive)
        colors, labels = fixed.colors, fixed.labels
    else:
        bounds = _quantile_bounds(positive)
        state = _classify(positive, bounds)
        colors, labels = style.sequential_colors(len(bounds)), _labels(bounds, panel.fmt)
    state[zero] = maps.NO_AWARD_STATE
    return PanelClasses(pd.Series(state, index=need["pfa_code"].astype(str).to_numpy()), colors, labels, fixed is not None)


def _panel(ax, shapes, need: pd.DataFrame, panel: Panel, *, outline):
    """One small multiple: its column in its classes (:func:`panel_classes`); zero money hatched
    grey; no figure dotted white."""
    from matplotlib.patches import Patch

    classes = panel_classes(need, panel)
    joined = shapes.merge(need[["pfa_code", panel.column]], on="pfa_code", how="left", validate="one_to_one")
    joined["state"] = joined["pfa_code"].astype(str).map(classes.states).fillna(maps.NO_DATA_STATE).astype(int).to_numpy()
    colors = dict(enumerate(classes.colors))
    maps._draw_areas(ax, joined, colors, hex_mode=False, edge_width=0.3, outline=outline)
    maps._national_limits(ax, joined, False)
    ax.set_title(panel.title, loc="left", fontsize=10.5, fontweight="bold", pad=4)
    handles = [Patch(facecolor=c, edgecolor="none", label=l) for l, c in zip(classes.labels, classes.colors)]
    if (joined["state"] == maps.NO_AWARD_STATE).any():
        s = style.NO_AWARD
        handles.append(Patch(facecolor=s["facecolor"], edgecolor=s["edgecolor"], hatch=s["hatch"], linewidth=0, label=panel.zero_label))
    missing = joined.loc[joined["state"] == maps.NO_DATA_STATE, "pfa_name"].astype(str).tolist()
    if missing:
        s = style.NO_DATA
        names = ",\n".join(need_analysis._display(n) for n in missing)
        handles.append(Patch(facecolor=s["facecolor"], edgecolor=s["edgecolor"], hatch=s["hatch"], linewidth=0.5, label=f"No figure:\n{names}"))
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.01), frameon=False, fontsize=8.5,
              handlelength=1.4, handleheight=1.0, borderaxespad=0.0, labelspacing=0.3)
    return joined


def _money(v) -> str:
    return format_pounds_short(int(round(v)))


def _small_multiples(need, shapes, panels: list[Panel], *, axes, height: float, title: str, subtitle: str, source: str, top: float = 1.55):
    with style.context():
        own = axes is None
        if own:
            fig, grid = style.figure(
                (style.FIGURE_WIDTH_IN, height), 1, len(panels), kind="map",
                margins={"left": 0.15, "right": 0.15, "top": top, "bottom": 0.62 + 1.45, "wspace": 0.06},
            )
            axes = list(np.ravel(grid))
        fig = axes[0].figure
        outline = None
        for ax, panel in zip(axes, panels):
            if outline is None:
                outline = maps._outline(shapes)
            _panel(ax, shapes, need, panel, outline=outline)
        if own:
            style.add_title(fig, title, subtitle)
            style.add_source_line(fig, source)
    return fig


def map_panels(need: pd.DataFrame, which: str) -> list[Panel]:
    """The panels of a need map: ``which`` is ``"stalking"`` (:func:`stalking_need_map`) or
    ``"severity"`` (:func:`severity_need_map`)."""
    s = need.attrs
    if which == "stalking":
        return [
            Panel("stalking_per_100k_pence", f"Stalking money,\n{s['round']}, per 100,000", _money, "No stalking work"),
            Panel("stalking_rate", f"Recorded stalking,\n{s['stalking_period']}, per 100,000", lambda v: f"{v:.0f}", None),
            Panel("stalking_growth", f"Growth in recorded\nstalking, {s['growth_from']} to {s['growth_to'][2:]}", lambda v: f"{v:.1f}×", None),
        ]
    if which == "severity":
        return [
            Panel("amount_per_100k_pence", f"Award per 100,000 residents,\n{s['round']}", _money, style.NO_AWARD["label"]),
            Panel("severity", f"Crime Severity Score, violence\nagainst the person, {s['severity_period']}", lambda v: f"{v:.1f}", None),
        ]
    raise KeyError(which)


def stalking_need_map(need: pd.DataFrame, *, shapes, axes=None):
    """Three panels: stalking money per 100,000, recorded stalking per 100,000, and its growth."""
    s = need.attrs
    year = int(need["population_year"].iloc[0])
    return _small_multiples(
        need, shapes, map_panels(need, "stalking"), axes=axes, height=7.6,
        title="Stalking money beside recorded stalking",
        subtitle=(
            f"Money attributed to stalking work per 100,000 residents (mid-{year} population) beside police recorded "
            "stalking per 100,000 residents and its growth, which reflect recording practice as well as stalking and "
            "are not specific to domestic abuse. Each panel has its own quartile classes: compare the patterns, not "
            "the colours."
        ),
        source=need_source(stalking=True, round_name=s["round"], population_year=year) + " " + style.CREDIT_BOUNDARIES,
    )


def severity_need_map(need: pd.DataFrame, *, shapes, axes=None):
    """Two panels: the award per 100,000 residents (in its fixed classes) beside the violence severity score."""
    s = need.attrs
    year = int(need["population_year"].iloc[0])
    return _small_multiples(
        need, shapes, map_panels(need, "severity"), axes=axes, height=8.65, top=1.8,  # a four-line subtitle
        title="The awards beside violent crime",
        subtitle=(
            f"Award per 100,000 residents (mid-{year}), in the same fixed classes as the map of the award per "
            "resident, beside the ONS severity-weighted rate of police recorded violence (experimental statistics), "
            "in quartile classes of its own: a measure of pressure on police, not of domestic abuse."
        ),
        source=need_source(severity=True, round_name=s["round"], population_year=year) + " " + style.CREDIT_BOUNDARIES,
    )
