"""Charts that are not maps (allocations, concentration, programme types).

Every chart function takes a tidy table from :mod:`funding.analysis`, draws in
the house style (:mod:`funding.viz.style`: Okabe-Ito colours, titles, source line,
£ axes, 8 inches wide), and returns the Figure.  Given ``ax`` it draws into that
panel instead, with a panel title.  None of them calls ``show()`` or saves.

The registry of every figure by name is :mod:`funding.viz.figures`.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from fractions import Fraction

import pandas as pd

from funding import analysis
from funding.viz import style
from funding.core.money import format_pounds, format_pounds_short

__all__ = [
    "awards_ranked_chart",
    "award_distribution_chart",
    "amount_per_resident_chart",
    "bids_vs_amount_chart",
    "lorenz_chart",
    "programme_type_heatmap",
    "money_by_type_chart",
    "reference_split_chart",
    "funding_timeline_chart",
]

MAIN = style.CATEGORICAL[0]  # blue
ACCENT = style.CATEGORICAL[1]  # orange
THIRD = style.CATEGORICAL[2]  # bluish green
MUTED = style.TEXT_MUTED


def _start(ax, size: str = "wide", margins: dict | None = None):
    """(fig, ax, own): a new house-style figure, or the caller's panel."""
    if ax is not None:
        return ax.figure, ax, False
    fig, ax = style.figure(size, margins=margins)
    return fig, ax, True


def _short_type_label(label: str, width: int | None = None) -> str:
    """'Young people (adolescent …)' → 'Young people'; optionally wrapped to ``width``."""
    from funding.parse.programme_types import short_type_labels

    short = short_type_labels().get(label, label.split(" (")[0])
    return "\n".join(textwrap.wrap(short, width)) if width else short


def awards_ranked_chart(ranked: pd.DataFrame, ax=None):
    """Horizontal bars of every award, largest at the top, with its amount.

    ``ranked`` is :func:`funding.analysis.ranked_awards`.  Awards made on more
    than one bid are drawn in the accent colour.
    """
    with style.context():
        fig, ax, own = _start(ax, "tall")
        r = ranked.iloc[::-1]
        colours = [ACCENT if b > 1 else MAIN for b in r["bids"]]
        y = range(len(r))
        ax.barh(y, r["amount_pence"], color=colours, height=0.72)
        ax.set_yticks(list(y), r["pfa_name"])
        ax.xaxis.set_major_formatter(style.pounds_formatter())
        ax.set_xlim(0, int(r["amount_pence"].max()) * 1.18)
        for yi, v in zip(y, r["amount_pence"]):
            ax.text(int(v), yi, " " + format_pounds_short(int(v)), va="center", ha="left", fontsize=9, color="#262626")
        ax.tick_params(axis="y", length=0)
        ax.set_ylim(-0.6, len(r) - 0.4)
        from matplotlib.patches import Patch

        ax.legend(handles=[Patch(color=MAIN, label="one bid"), Patch(color=ACCENT, label="more than one bid")], loc="lower right")
        total = int(ranked["amount_pence"].sum())
        return style.finish(
            fig, ax, own, "Who got what",
            f"Domestic abuse perpetrator awards, {ranked['round'].iloc[0]}: {len(ranked)} police force areas, "
            f"{format_pounds_short(total)}",
            style.SOURCE_HOME_OFFICE,
        )


def award_distribution_chart(distribution: pd.DataFrame, ax=None):
    """Number of awards in each band of size (:func:`funding.analysis.amount_distribution`)."""
    with style.context():
        fig, ax, own = _start(ax, "wide")
        x = range(len(distribution))
        ax.bar(x, distribution["awards"], color=MAIN, width=0.7)
        ax.set_xticks(list(x), [b.replace(" to under ", "–\n") for b in distribution["band"]])
        ax.set_ylabel("awards")
        ax.yaxis.get_major_locator().set_params(integer=True)
        for xi, n, p in zip(x, distribution["awards"], distribution["amount_pence"]):
            if n:
                ax.text(xi, int(n), f"{int(n)}\n({format_pounds_short(int(p))})", ha="center", va="bottom", fontsize=9)
        ax.set_ylim(0, int(distribution["awards"].max()) * 1.35)
        return style.finish(
            fig, ax, own, "How big the awards were",
            "Number of awards by size band (total awarded in the band in brackets)",
            style.SOURCE_HOME_OFFICE,
        )


def amount_per_resident_chart(per_resident: pd.DataFrame, ax=None):
    """Pence per resident of each funded area (:func:`funding.analysis.amount_per_resident`)."""
    with style.context():
        fig, ax, own = _start(ax, "tall")
        r = per_resident.iloc[::-1]
        y = range(len(r))
        ax.barh(y, r["pence_per_resident"], color=THIRD, height=0.72)
        ax.set_yticks(list(y), r["pfa_name"])
        ax.xaxis.set_major_formatter(style.pence_rate_formatter())
        ax.set_xlim(0, float(r["pence_per_resident"].max()) * 1.15)
        for yi, v in zip(y, r["pence_per_resident"]):
            ax.text(float(v), yi, f" {float(v):.0f}p", va="center", ha="left", fontsize=9)
        ax.tick_params(axis="y", length=0)
        ax.set_ylim(-0.6, len(r) - 0.4)
        return style.finish(
            fig, ax, own, f"Per resident, {per_resident['pfa_name'].iloc[0]} got the most",
            "Award in pence per resident of the police force area (funded areas only)",
            style.SOURCE_HOME_OFFICE + " " + style.CREDIT_POPULATION,
        )


def _swarm_levels(values, gap: float) -> list[int]:
    """Stack levels (0, 1, -1, 2, -2, …) so that no two values closer than ``gap`` share a level."""
    placed: dict[int, list[float]] = {}
    levels = []
    for v in values:
        for level in (0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6):
            if all(abs(v - w) >= gap for w in placed.get(level, [])):
                break
        placed.setdefault(level, []).append(v)
        levels.append(level)
    return levels


def bids_vs_amount_chart(awards: pd.DataFrame, ax=None):
    """Each award's amount (across) by its number of bids (rows); areas with more than one bid named.

    Awards close in amount are stacked, not overlapped.
    """
    with style.context():
        fig, ax, own = _start(ax, "wide")
        a = awards.sort_values(["bids", "amount_pence", "pfa_name"], kind="mergesort").reset_index(drop=True)
        top = int(a["amount_pence"].max())
        y = []
        for _, group in a.groupby("bids", sort=True):
            levels = _swarm_levels([int(v) for v in group["amount_pence"]], gap=top * 0.022)
            y.extend(int(b) + 0.11 * lv for b, lv in zip(group["bids"], levels))
        colours = [ACCENT if b > 1 else MAIN for b in a["bids"]]
        ax.scatter(a["amount_pence"], y, s=52, color=colours, edgecolor="white", linewidth=0.6, zorder=3)
        for v, yi, name, b in zip(a["amount_pence"], y, a["pfa_name"], a["bids"]):
            if b > 1:
                ax.annotate(name, (int(v), yi), xytext=(0, 9), textcoords="offset points", ha="center", fontsize=9)
        counts = sorted(int(b) for b in a["bids"].unique())
        ax.set_yticks(counts, [f"{b} bid" + ("s" if b > 1 else "") for b in counts])
        ax.set_ylim(min(counts) - 0.6, max(counts) + 0.6)
        ax.set_xlim(0, top * 1.12)
        ax.xaxis.set_major_formatter(style.pounds_formatter())
        ax.tick_params(axis="y", length=0)
        ax.grid(axis="y", color="#E5E5E5", linewidth=0.8)
        ax.set_axisbelow(True)
        n_multi = int((a["bids"] > 1).sum())
        return style.finish(
            fig, ax, own, "Bids and amounts",
            f"Amount awarded to each police force area, by its number of bids; {n_multi} of {len(a)} areas made more than one bid",
            style.SOURCE_HOME_OFFICE,
        )


def lorenz_chart(lorenz: pd.DataFrame, gini_value: Fraction | float, ax=None):
    """The Lorenz curve of the awards (:func:`funding.analysis.lorenz_points`) with the Gini coefficient."""
    with style.context():
        fig, ax, own = _start(ax, "square", margins={"left": 1.0, "right": 0.6, "top": 1.4})
        ax.plot([0, 1], [0, 1], color=MUTED, linewidth=1, linestyle="--", label="every award the same")
        ax.plot(lorenz["award_share"], lorenz["money_share"], color=MAIN, linewidth=2.2, marker="o", markersize=3.5, label="the awards as made")
        ax.fill_between(lorenz["award_share"], lorenz["money_share"], lorenz["award_share"], color=MAIN, alpha=0.12)
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1)
        ax.set_aspect("equal")
        pct = lambda v, pos=None: f"{v:.0%}"  # noqa: E731
        from matplotlib.ticker import FuncFormatter

        ax.xaxis.set_major_formatter(FuncFormatter(pct))
        ax.yaxis.set_major_formatter(FuncFormatter(pct))
        ax.set_xlabel("share of awards, smallest first")
        ax.set_ylabel("share of the money")
        ax.legend(loc="upper left")
        ax.text(0.62, 0.2, f"Gini coefficient\n{float(gini_value):.2f}", fontsize=11, color=MAIN, ha="left")
        return style.finish(
            fig, ax, own, "How evenly the money was spread",
            "Lorenz curve of the awards: the further the curve sags below the diagonal, the more unequal",
            style.SOURCE_HOME_OFFICE,
        )


def programme_type_heatmap(matrix: pd.DataFrame, ax=None):
    """Initiatives of each PCC (rows) by programme type (columns), as counts.

    ``matrix`` is :func:`funding.analysis.type_matrix` with ``labels=True``.
    """
    from matplotlib.colors import ListedColormap

    with style.context():
        fig, ax, own = _start(ax, "tall", margins={"left": 1.75, "bottom": 1.95, "top": 1.2})
        levels = int(matrix.to_numpy().max())
        cmap = ListedColormap(["#F2F2F2"] + style.sequential_colors(levels))
        m = matrix.rename(columns=_short_type_label)
        # Zeros are shown as empty cells, not as the digit 0.
        _annotated_heatmap(ax, m, cmap, vmin=-0.5, vmax=levels + 0.5, linewidth=0.8, fontsize=8.5, zeros=False)
        ax.set_xlabel("")
        ax.set_ylabel("")
        ax.tick_params(length=0)
        ax.set_xticklabels(ax.get_xticklabels(), rotation=50, ha="right", rotation_mode="anchor", fontsize=9)
        ax.set_yticklabels(ax.get_yticklabels(), rotation=0, fontsize=9)
        return style.finish(
            fig, ax, own, "What each PCC said it would fund",
            "Number of initiatives tagged with each programme type; an initiative can have several types",
            style.SOURCE_HOME_OFFICE + " Programme types: this project's rules (programme_types.toml).",
        )


def _annotated_heatmap(ax, frame: pd.DataFrame, cmap, *, vmin: float, vmax: float, linewidth: float, fontsize: float,
                       zeros: bool = True) -> None:
    """A heat map of whole numbers with each cell's count written in it: the drawing
    ``seaborn.heatmap(frame, cmap=cmap, vmin=vmin, vmax=vmax, annot=True, fmt="d",
    linewidths=linewidth, linecolor="white", cbar=False, annot_kws={"fontsize": fontsize})``
    makes, artist for artist (same mesh, limits, ticks and labels, text colour by the cell's
    relative luminance), so the figure's bytes are the same.  seaborn is not imported for it:
    it loads scipy.stats (1.7 s) into the report and notebook 03 for this one chart.
    (seaborn also draws the figure once to see whether tick labels overlap and rotates them
    if so; the callers set the labels' rotation afterwards, so the check changes nothing.)
    With ``zeros=False`` a cell of 0 gets no text at all (an empty text draws nothing, and
    the 283 of them cost a tenth of the chart's time)."""
    import numpy as np
    from matplotlib.colors import to_rgba_array

    values = np.ma.masked_where(np.asarray(pd.isnull(frame)), frame.to_numpy())
    for side in ("top", "right", "left", "bottom"):
        ax.spines[side].set_visible(False)
    mesh = ax.pcolormesh(values, cmap=cmap, linewidths=linewidth, edgecolor="white", vmin=vmin, vmax=vmax)
    rows, columns = frame.shape
    ax.set(xlim=(0, columns), ylim=(0, rows))
    ax.invert_yaxis()
    xticks, xlabels = _heatmap_ticks(ax, list(frame.columns), 0)
    yticks, ylabels = _heatmap_ticks(ax, list(frame.index), 1)
    ax.set(xticks=xticks, yticks=yticks)
    ax.set_xticklabels(xlabels)
    for label in ax.set_yticklabels(ylabels, rotation="vertical"):
        label.set_va("center")
    ax.set(xlabel=frame.columns.name or "", ylabel=frame.index.name or "")
    mesh.update_scalarmappable()
    xpos, ypos = np.meshgrid(np.arange(columns) + 0.5, np.arange(rows) + 0.5)
    for x, y, cell, colour, value in zip(xpos.flat, ypos.flat, mesh.get_array().flat, mesh.get_facecolors(), values.flat):
        if cell is not np.ma.masked and (zeros or value != 0):
            rgb = to_rgba_array(colour)[:, :3]
            rgb = np.where(rgb <= 0.03928, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
            luminance = rgb.dot([0.2126, 0.7152, 0.0722]).item()
            ax.text(x, y, f"{value:d}", color=".15" if luminance > 0.408 else "w", ha="center", va="center", fontsize=fontsize)


def _heatmap_ticks(ax, labels: list, axis: int):
    """A tick at the middle of every row or column, or of every n-th where the labels would not
    fit at the axis's font size (seaborn's ``xticklabels="auto"``)."""
    import numpy as np

    size = ax.get_window_extent().transformed(ax.figure.dpi_scale_trans.inverted())
    size = [size.width, size.height][axis]
    tick, = [ax.xaxis, ax.yaxis][axis].set_ticks([0])
    max_ticks = int(size // (tick.label1.get_size() / 72))
    if max_ticks < 1:
        return [], []
    every = len(labels) // max_ticks + 1
    if every == 1:
        return np.arange(len(labels)) + 0.5, labels
    return np.arange(0, len(labels), every) + 0.5, labels[0:len(labels):every]


def money_by_type_chart(by_type: pd.DataFrame, ax=None):
    """Money attributed to each type (equal split) with the upper bound as an outline
    (:func:`funding.analysis.money_by_type`)."""
    with style.context():
        fig, ax, own = _start(ax, "tall", margins={"left": 2.6})
        r = by_type.iloc[::-1]
        y = list(range(len(r)))
        ax.barh(y, r["upper_bound_pence"], color="none", edgecolor=MUTED, linewidth=0.9, height=0.72, label="upper bound: every award mentioning the type, in full")
        ax.barh(y, r["attributed_pence"], color=MAIN, height=0.72, label="attributed: each award split equally")
        for yi, v in zip(y, r["attributed_pence"]):
            ax.text(int(v), yi, " " + format_pounds_short(int(v)), va="center", ha="left", fontsize=8.5, color="#262626")
        ax.set_yticks(y, [_short_type_label(v, 30) for v in r["label"]])
        ax.xaxis.set_major_formatter(style.pounds_formatter())
        ax.tick_params(axis="y", length=0)
        ax.set_ylim(-0.6, len(r) - 0.4)
        ax.legend(loc="lower right")
        return style.finish(
            fig, ax, own, "Money by programme type depends on how you split it",
            "Each award divided equally between its initiatives, and each initiative between its types "
            "(filled); the whole of every award that mentions the type (outline)",
            style.SOURCE_HOME_OFFICE + " Programme types: this project's rules.",
        )


def reference_split_chart(comparison: pd.DataFrame, ax=None):
    """This project's attribution by category against the College of Policing's figures
    (:func:`funding.analysis.reference_comparison`)."""
    import numpy as np

    with style.context():
        fig, ax, own = _start(ax, "wide", margins={"left": 2.3})
        c = comparison.iloc[::-1].reset_index(drop=True)
        y = np.arange(len(c))
        h = 0.26
        ref = [int(v) if pd.notna(v) else 0 for v in c["reference_pence"]]
        ax.barh(y + h, ref, height=h, color=ACCENT, label=f"{comparison.attrs.get('publisher', 'reference')} (published, approximate)")
        ax.barh(y, c["attributed_pence"], height=h, color=MAIN, label="this project: equal split")
        ax.barh(y - h, c["upper_bound_pence"], height=h, color="none", edgecolor=MUTED, linewidth=0.9, label="this project: upper bound")
        for yi, v, u, r in zip(y, c["attributed_pence"], c["upper_bound_pence"], ref):
            ax.text(int(v), yi, " " + format_pounds_short(int(v)), va="center", fontsize=8.5)
            ax.text(int(u), yi - h, " " + format_pounds_short(int(u)), va="center", fontsize=8.5, color=MUTED)
            if r:
                ax.text(r, yi + h, " " + format_pounds_short(r), va="center", fontsize=8.5)
        ax.set_yticks(y, c["label"])
        ax.xaxis.set_major_formatter(style.pounds_formatter())
        ax.set_xlim(0, max(max(ref), int(c["upper_bound_pence"].max())) * 1.15)
        ax.tick_params(axis="y", length=0)
        ax.legend(loc="lower right", fontsize=8.5)
        return style.finish(
            fig, ax, own, "Two ways to split the fund",
            "Money by category: the College of Policing's figures and this project's attribution from the award list",
            style.SOURCE_HOME_OFFICE + " " + style.reference_split_credit(),
        )


#: Marker of each funder in the funding timeline; other funders take the spare shapes in turn.
FUNDER_MARKERS = {"Home Office": "o", analysis.FUNDER_NOT_STATED: "D"}
SPARE_MARKERS = ("s", "^", "v", "P")


def _funder_label(funder) -> str:
    return str(funder) if pd.notna(funder) and str(funder).strip() else analysis.FUNDER_NOT_STATED


def funding_timeline_chart(timeline: pd.DataFrame, ax=None):
    """Every amount known for each area, round by round (:func:`funding.analysis.local_timeline`).

    The axis has every financial year from the first to the last in the table, so
    a year with no figure shows as a gap, not as nothing.  Points are not joined:
    amounts from different sources and funders are not a series.  Colour is the
    area, the marker's shape is the funder (``funder not stated`` when the release
    names none), and a hollow marker is a figure the table flags (a local figure
    for a round whose national list does not name the area).  A vertical bar shows
    the range an inexact figure allows.
    """
    from matplotlib.lines import Line2D

    with style.context():
        fig, ax, own = _start(ax, "wide", margins={"right": 2.35})
        years = analysis.financial_years(timeline["round"])
        x_of = {r: i for i, r in enumerate(years)}
        areas = sorted(timeline["pfa_name"].unique())
        colour_of = {name: style.CATEGORICAL[k % len(style.CATEGORICAL)] for k, name in enumerate(areas)}
        funders = sorted({_funder_label(f) for f in timeline["funder"]}, key=lambda f: (f not in FUNDER_MARKERS, f))
        spare = iter(SPARE_MARKERS * len(funders))
        marker_of = {f: FUNDER_MARKERS.get(f) or next(spare) for f in funders}
        # A small sideways offset per area, so that two areas' figures in one year never overlap.
        dodge = {name: (k - (len(areas) - 1) / 2) * 0.12 for k, name in enumerate(areas)}
        top = int(timeline["amount_pence"].max()) if len(timeline) else 1
        for _, row in timeline.iterrows():
            colour = colour_of[row["pfa_name"]]
            x, v = x_of[row["round"]] + dodge[row["pfa_name"]], int(row["amount_pence"])
            lo, hi = row["low_pence"], row["high_pence"]
            if pd.notna(lo) and pd.notna(hi) and lo != hi:
                ax.vlines(x, int(lo), int(hi), color=colour, linewidth=2)
            hollow = bool(row["flag"]) if pd.notna(row["flag"]) else False
            ax.scatter(
                [x], [v], s=70, zorder=3, marker=marker_of[_funder_label(row["funder"])],
                color="white" if hollow else colour, edgecolor=colour, linewidth=1.8,
            )
            ax.annotate(format_pounds_short(v), (x, v), xytext=(8, 0), textcoords="offset points", va="center", fontsize=9, color=colour)
        present = set(timeline["round"])
        for year in years:
            if year not in present:
                ax.text(x_of[year], top * 0.06, "no figure\nin the sources", ha="center", va="bottom", fontsize=9, color=MUTED, style="italic")
        ax.set_xticks(range(len(years)), years)
        ax.set_xlim(-0.5, len(years) - 0.5)
        ax.set_ylim(0, top * 1.25)
        ax.yaxis.set_major_formatter(style.pounds_formatter())
        ax.set_xlabel("funding round (financial year)")
        ax.grid(axis="x", color="#EBEBEB", linewidth=0.8)
        ax.set_axisbelow(True)

        def _legend(handles, title, y):
            legend = ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.03, y), frameon=False, fontsize=9,
                               title=title, title_fontsize=9.5, alignment="left", borderaxespad=0, handletextpad=0.5, numpoints=1,
                               scatterpoints=1)
            legend.get_title().set_fontweight("bold")
            ax.add_artist(legend)

        _legend([Line2D([], [], linestyle="none", marker="o", markersize=8, color=colour_of[a], label=a) for a in areas], "Area", 1.0)
        funder_handles = [Line2D([], [], linestyle="none", marker=marker_of[f], markersize=8, color=MUTED, label=f) for f in funders]
        n_flagged = int(timeline["flag"].fillna("").astype(str).ne("").sum())
        if n_flagged:
            funder_handles.append(Line2D([], [], linestyle="none", marker="o", markersize=8, markerfacecolor="white", markeredgecolor=MUTED,
                                         markeredgewidth=1.8, label="hollow: area not in\nthat round's national list"))
        _legend(funder_handles, "Funder", 0.98 - 0.085 * (len(areas) + 1.6))
        missing = [y for y in years if y not in present]
        gap = f"; no source gives a figure for {', '.join(missing)}" if missing else ""
        return style.finish(
            fig, ax, own, "Perpetrator funding by round, as the sources state it",
            f"Amounts from the national award list and local releases, not joined: sources and funders differ{gap}",
            "Sources: Home Office (2021); local releases in the source manifest (sources.csv).",
        )
