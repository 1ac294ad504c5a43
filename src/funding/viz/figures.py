"""Every chart and map of the suite, by name, in one registry, and writing them to disk.

:data:`FIGURES` maps a figure name to an entry, called as ``entry(tables, shapes) ->
Figure``: ``tables`` is the dict of built tables (:func:`funding.pipeline.build_tables`
or :func:`funding.pipeline.load_tables`), ``shapes`` the dict of geometries the
maps draw (``{"boundaries": …, "hex": …}``, from
:func:`funding.pipeline.load_shapes`).  Each entry also gives

* ``entry.data(tables)``: the **chart-ready table**, exactly the numbers drawn,
  with names instead of codes and the unit in each column header (money in
  pounds, ``(£)``), the CSV a newsroom loads into its own charting tool;
* ``entry.alt(tables)``: a description written from that table ("Bar chart:
  Metropolitan Police £1.56m, Greater Manchester £1.52m, …"), which becomes the
  SVG's ``<desc>`` and the image's alt text.

An entry made with :func:`_chart` or :func:`_map` gets both without more code:
the chart-ready table defaults to the drawn table made readable
(:func:`readable_table`); ``table=`` gives an exact one.  Nothing here reads a
file: the caller loads, the registry draws.  :func:`write_figures` writes each
figure as ``<name>.svg`` and ``<name>.png`` through
:func:`funding.viz.style.save_figure`, so the same tables give the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from funding.reference.rounds import featured_round

__all__ = [
    "FIGURES", "MAPS", "CHARTS", "GEOMETRIES", "FigureEntry", "write_figures", "write_chart_data",
    "chart_data", "alt_text", "draw", "readable_table", "column_label", "SIMPLIFY_TOLERANCE_M",
]

#: The geometries the maps need (keys of the ``shapes`` dict).
GEOMETRIES = ("boundaries", "hex")

#: Boundaries drawn for the published maps are simplified to this tolerance, in metres of
#: British National Grid: a fifth of a pixel of the 1600 px PNG (about 330 m a pixel), so the
#: drawing does not change, while the SVG loses the vertices no screen can show.
SIMPLIFY_TOLERANCE_M = 60

#: Columns that are codes or provenance: left out of a readable table when a name column is there.
CODE_COLUMNS = ("round", "pfa_code", "region_code", "programme_type", "category", "source_id", "source_ids", "source_line", "source_line_end")


def column_label(name: str) -> str:
    """The human label of a column (``src/funding/reference/data/column_labels.csv``), unit included."""
    from funding.core.packagedata import data_csv

    labels = {r["column"]: r["label"] for r in data_csv("column_labels.csv", ("column", "label"))}
    if name in labels:
        return labels[name]
    base = name[: -len("_pence")] if name.endswith("_pence") else name
    text = labels.get(base, base.replace("_", " ").capitalize())
    return text + (" (£)" if name.endswith("_pence") and "(£)" not in text else "")


def _pounds(v) -> str:
    import pandas as pd

    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return ""
    pence = int(v)
    sign = "-" if pence < 0 else ""
    return f"{sign}{abs(pence) // 100}.{abs(pence) % 100:02d}"


def readable_table(frame, *, keep: tuple[str, ...] = (), shares_as_percent: bool = True):
    """A copy of a tidy table for readers: codes and provenance left out where a name is
    there, ``*_pence`` as exact pounds, shares as percentages, whole numbers as integers,
    the index dropped, and every header a human label with its unit."""
    import pandas as pd

    out = frame.reset_index() if frame.index.name is not None else frame.reset_index(drop=True)
    named = any(c in out.columns for c in ("pfa_name", "region_name", "label", "band"))
    drop = [c for c in out.columns if c in CODE_COLUMNS and c not in keep and (named or c == "source_id")]
    drop += [c for c in out.columns if c == "text"]
    out = out.drop(columns=drop)
    result = {}
    for c in out.columns:
        col = out[c]
        label = column_label(str(c))
        if str(c).endswith("_pence"):
            result[label] = [_pounds(v) for v in col]
        elif shares_as_percent and ("share" in str(c)) and pd.api.types.is_numeric_dtype(col):
            result[label.replace("Share", "Share").rstrip() + ("" if "(%)" in label else " (%)")] = [
                "" if pd.isna(v) else f"{float(v) * 100:.1f}" for v in col
            ]
        elif pd.api.types.is_float_dtype(col) and col.dropna().apply(float.is_integer).all():
            result[label] = col.astype("Int64")
        else:
            result[label] = col
    return pd.DataFrame(result)


def _round_awards(tables):
    return tables["awards"][tables["awards"]["round"] == featured_round()]


def _format_value(header: str, value) -> str:
    """A value of a chart-ready column written as the chart writes it."""
    from funding.core.money import format_pounds_short

    try:
        x = float(value)
    except (TypeError, ValueError):
        return str(value)
    if header.endswith("(£)"):
        return format_pounds_short(int(round(x * 100)))
    if header.endswith("(pence)") or header.startswith("Pence"):
        return f"{x:.0f}p"
    if header.endswith("(%)"):
        return f"{x:.0f}%"
    return f"{x:g}"


def _generic_alt(kind: str, title: str, frame, *, top: int = 6) -> str:
    """"Bar chart: Who got what. Metropolitan Police £1.56m, Greater Manchester £1.52m, … (25 rows)"."""
    import pandas as pd

    text_cols = [c for c in frame.columns if not pd.api.types.is_numeric_dtype(frame[c]) and not str(c).endswith(")")]
    value_cols = [c for c in frame.columns if str(c).endswith(")")] or [
        c for c in frame.columns if c not in text_cols and c != "Rank"]
    head = f"{kind}: {title}." if title else f"{kind}."
    if not len(frame) or not text_cols or not value_cols:
        return head
    label, value = text_cols[0], value_cols[0]
    shown = frame[frame[value].astype(str).str.strip() != ""]
    items = [f"{row[label]} {_format_value(str(value), row[value])}" for _, row in shown.head(top).iterrows()]
    more = f", and {len(frame) - top} more" if len(frame) > top else ""
    return f"{head} {value}: " + ", ".join(items) + more + "."


@dataclass(frozen=True)
class FigureEntry:
    """One figure of the suite: how to draw it and the numbers it draws.

    ``draw(tables, shapes)`` returns the Figure; ``table(tables)`` the chart-ready
    table; ``kind`` names the form for the alt text ("Bar chart", "Map");
    ``function`` is the :mod:`funding.viz` function drawn (the report finds the
    notebook section that calls it), ``geometry`` the map geometry, if any;
    ``describe(tables, frame)`` overrides the alt text's account of the data.
    """

    draw: Callable
    table: Callable
    kind: str
    function: str
    geometry: str = ""
    describe: Callable | None = field(default=None, compare=False)

    def __call__(self, tables, shapes):
        from funding.viz import style

        fig = self.draw(tables, shapes)
        style.describe(fig, self.alt(tables, title=style.figure_text(fig)["title"]))
        return fig

    def data(self, tables):
        """The chart-ready table: exactly the numbers drawn, labels not codes, units in the headers."""
        return self.table(tables)

    def alt(self, tables, *, title: str = "") -> str:
        frame = self.data(tables)
        if self.describe is not None:
            return f"{self.kind}: {title}. " + self.describe(tables, frame) if title else f"{self.kind}. " + self.describe(tables, frame)
        return _generic_alt(self.kind, title, frame)


#: Simplified geometries made in this process, by the identities of the geometries simplified.
_SIMPLIFIED: dict = {}


def _simplified(shapes, geometry: str):
    """``shapes`` with its boundaries simplified to :data:`SIMPLIFY_TOLERANCE_M`.

    Simplified once per process for the same geometries (shapely's are immutable; they are
    kept with the result, so their identities stay theirs): a notebook draws three boundary
    maps, the report four, and each is then drawn from the same simplified geometry objects,
    whose prepared drawing :mod:`funding.viz.maps` keeps."""
    if geometry != "boundaries" or shapes is None:
        return shapes
    out = shapes.copy()
    originals = list(out.geometry)
    key = tuple(map(id, originals))
    found = _SIMPLIFIED.get(key)
    if found is None:
        if len(_SIMPLIFIED) >= 16:
            _SIMPLIFIED.clear()
        found = _SIMPLIFIED[key] = (originals, out.geometry.simplify(SIMPLIFY_TOLERANCE_M, preserve_topology=True))
    out["geometry"] = found[1].values.copy()  # positional: the index of `shapes` may differ
    return out


def _map(kind: str, geometry: str, *, table: Callable | None = None, form: str = "Map", describe: Callable | None = None):
    """A registry entry for ``maps.<kind>`` drawn from the coverage table."""

    def draw(tables, shapes):
        from funding.viz import maps

        return getattr(maps, kind)(
            tables["coverage"], shapes=_simplified(shapes[geometry], geometry), geometry=geometry, round=featured_round()
        )

    def default_table(tables):
        rows = tables["coverage"][tables["coverage"]["round"] == featured_round()]
        return readable_table(rows[["pfa_name", "region_name", "amount_pence"]])

    return FigureEntry(draw, table or default_table, form if geometry == "boundaries" else "Hex map (every area the same size)",
                       kind, geometry, describe)


def _chart(chart: str, data: Callable, *, table: Callable | None = None, form: str = "Chart", describe: Callable | None = None):
    """A registry entry: ``data(tables, analysis, round)`` gives the table(s) that ``charts.<chart>`` draws;
    ``table(tables, analysis, round)`` the chart-ready table (default: the first drawn table, readable).
    (matplotlib is imported only when a figure is drawn.)"""

    def draw(tables, shapes):
        from funding import analysis
        from funding.viz import charts

        args = data(tables, analysis, featured_round())
        return getattr(charts, chart)(*args)

    def ready(tables):
        from funding import analysis

        if table is not None:
            return table(tables, analysis, featured_round())
        return readable_table(data(tables, analysis, featured_round())[0])

    return FigureEntry(draw, ready, form, chart, "", describe)


def _frame(columns: dict):
    import pandas as pd

    return pd.DataFrame(columns)


def _ranked_table(t, a, r):
    ranked = a.ranked_awards(_round_awards(t))
    return _frame({"Rank": ranked["rank"].astype(int), "Police force area": ranked["pfa_name"],
                   "Amount awarded (£)": [_pounds(v) for v in ranked["amount_pence"]], "Bids": ranked["bids"].astype(int)})


def _distribution_table(t, a, r):
    d = a.amount_distribution(_round_awards(t))
    return _frame({"Award size band": d["band"], "Awards": d["awards"].astype(int),
                   "Total awarded in the band (£)": [_pounds(v) for v in d["amount_pence"]]})


def _per_resident_table(t, a, r):
    p = a.amount_per_resident(t["coverage"], r)
    return _frame({"Police force area": p["pfa_name"], "Award per resident (pence)": [f"{float(v):.2f}" for v in p["pence_per_resident"]],
                   "Amount awarded (£)": [_pounds(v) for v in p["amount_pence"]], "Population": p["population"].astype(int)})


def _bids_table(t, a, r):
    aw = _round_awards(t).sort_values(["bids", "amount_pence", "pfa_name"], kind="mergesort")
    return _frame({"Police force area": aw["pfa_name"].to_numpy(), "Amount awarded (£)": [_pounds(v) for v in aw["amount_pence"]],
                   "Bids": aw["bids"].astype(int).to_numpy()})


def _lorenz_table(t, a, r):
    pts = a.lorenz_points(_round_awards(t)["amount_pence"])
    return _frame({"Awards, smallest first": pts["awards"].astype(int),
                   "Share of the awards (%)": [f"{float(v) * 100:.2f}" for v in pts["award_share"]],
                   "Share of the money (%)": [f"{float(v) * 100:.2f}" for v in pts["money_share"]]})


def _lorenz_describe(t, frame):
    from funding import analysis

    gini = analysis.gini(_round_awards(t)["amount_pence"])
    half = frame[frame["Share of the awards (%)"].astype(float) >= 50].iloc[0]
    return (f"the smallest {half['Share of the awards (%)'].split('.')[0]}% of the awards took "
            f"{float(half['Share of the money (%)']):.0f}% of the money; Gini coefficient {float(gini):.2f}.")


def _heatmap_table(t, a, r):
    m = a.type_matrix(t["initiatives"], r, labels=True)
    out = m.reset_index().rename(columns={"pfa_name": "Police force area"})
    return out.rename(columns={c: f"{c} (initiatives)" for c in m.columns})


def _heatmap_describe(t, frame):
    counts = {c[: -len(" (initiatives)")]: int(frame[c].astype(int).gt(0).sum()) for c in frame.columns[1:]}
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    return f"{len(frame)} police force areas by programme type; areas funding each type: " + ", ".join(f"{k} {v}" for k, v in top) + ", …"


def _money_by_type_table(t, a, r):
    m = a.money_by_type(_round_awards(t), t["initiatives"], r)
    return _frame({"Programme type": m["label"], "Attributed: each award split equally (£)": [_pounds(v) for v in m["attributed_pence"]],
                   "Upper bound: every award mentioning the type, in full (£)": [_pounds(v) for v in m["upper_bound_pence"]]})


def _reference_table(t, a, r):
    c = a.reference_comparison(_round_awards(t), t["initiatives"], r)
    return _frame({"Category": c["label"], "College of Policing, published (£)": [_pounds(v) for v in c["reference_pence"]],
                   "This project: equal split (£)": [_pounds(v) for v in c["attributed_pence"]],
                   "This project: upper bound (£)": [_pounds(v) for v in c["upper_bound_pence"]]})


def _timeline_table(t, a, r):
    import pandas as pd

    tl = a.local_timeline(t["funding_timeline"])
    return _frame({"Police force area": tl["pfa_name"], "Round": tl["round"],
                   "Funder": [str(f) if pd.notna(f) and str(f).strip() else a.FUNDER_NOT_STATED for f in tl["funder"]],
                   "Amount (£)": [_pounds(v) for v in tl["amount_pence"]], "Low (£)": [_pounds(v) for v in tl["low_pence"]],
                   "High (£)": [_pounds(v) for v in tl["high_pence"]],
                   "Not in that round's national list": ["yes" if pd.notna(f) and str(f) else "" for f in tl["flag"]]})


def _coverage_rows(t):
    rows = t["coverage"][t["coverage"]["round"] == featured_round()]
    return rows.sort_values(["amount_pence", "pfa_name"], ascending=[False, True], kind="mergesort")


def _award_map_table(t):
    rows = _coverage_rows(t)
    return _frame({"Police force area": rows["pfa_name"].to_numpy(), "Region": rows["region_name"].to_numpy(),
                   "Amount awarded (£)": [_pounds(v) for v in rows["amount_pence"]],
                   "Award": ["yes" if bool(f) else "no award" for f in rows["funded"]]})


def _per_100k_table(t):
    rows = t["coverage"][t["coverage"]["round"] == featured_round()]
    rows = rows.sort_values(["amount_per_100k_pence", "pfa_name"], ascending=[False, True], kind="mergesort", na_position="last")
    return _frame({"Police force area": rows["pfa_name"].to_numpy(), "Region": rows["region_name"].to_numpy(),
                   "Award per 100,000 residents (£)": [_pounds(v) if bool(f) else "" for v, f in zip(rows["amount_per_100k_pence"], rows["funded"])],
                   "Award": ["yes" if bool(f) else "no award" for f in rows["funded"]]})


def _programme_map_table(t):
    from funding.viz.maps import MAP_PROGRAMME_TYPES

    rows = t["coverage"][t["coverage"]["round"] == featured_round()].sort_values("pfa_name", kind="mergesort")
    out = {"Police force area": rows["pfa_name"].to_numpy(), "Region": rows["region_name"].to_numpy()}
    types = rows["programme_types"].astype("string").fillna("")
    for code, label in MAP_PROGRAMME_TYPES.items():
        out[f"Funds {label.lower() if label[1:].islower() else label}"] = [
            ("yes" if code in s.split(";") else "other work") if bool(f) else "no award" for s, f in zip(types, rows["funded"])
        ]
    return _frame(out)


def _no_award_describe(t, frame):
    award = frame["Award"] if "Award" in frame.columns else None
    value = [c for c in frame.columns if c.endswith("(£)")][0]
    funded = frame[award == "yes"] if award is not None else frame
    items = ", ".join(f"{row['Police force area']} {_format_value(value, row[value])}" for _, row in funded.head(5).iterrows())
    n_none = int((award == "no award").sum()) if award is not None else 0
    return f"{value}, largest first: {items}, …; {n_none} of {len(frame)} areas had no award (hatched grey)."


def _programme_map_describe(t, frame):
    cols = [c for c in frame.columns if c.startswith("Funds ")]
    parts = [f"{c[len('Funds '):]}: {int((frame[c] == 'yes').sum())} of them" for c in cols]
    return (f"one panel per programme type, the areas whose award funds it in dark blue; " + "; ".join(parts)
            + f"; {int((frame[cols[0]] == 'no award').sum())} of {len(frame)} areas had no award.")


def _regional_table(t):
    rows = t["regional_coverage"][t["regional_coverage"]["round"] == featured_round()]
    rows = rows.sort_values("region_code", kind="mergesort")
    return _frame({"Region": rows["region_name"].to_numpy(), "Police force areas": rows["areas"].astype(int).to_numpy(),
                   "Areas funded": rows["areas_funded"].astype(int).to_numpy(),
                   "Areas funded (%)": [f"{float(v) * 100:.1f}" for v in rows["share_funded"]],
                   "Award per resident (pence)": [f"{float(v):.2f}" for v in rows["pence_per_resident"]]})


def _reference_describe(t, frame):
    parts = []
    for _, r in frame.iterrows():
        college = r["College of Policing, published (£)"]
        ours = _format_value("(£)", r["This project: equal split (£)"])
        upper = _format_value("(£)", r["This project: upper bound (£)"])
        parts.append(f"{r['Category']}: " + (f"College {_format_value('(£)', college)}, " if college else "")
                     + f"this project {ours} (upper bound {upper})")
    return "; ".join(parts) + "."


def _regional_describe(t, frame):
    parts = [f"{r['Region']} {r['Areas funded']} of {r['Police force areas']} areas, {float(r['Award per resident (pence)']):.0f}p"
             for _, r in frame.iterrows()]
    return "areas funded and award per resident by region: " + "; ".join(parts) + "."


def _need_frame(tables):
    from funding.analysis import need as analysis_need

    t = tables
    return analysis_need.need_by_area(t["coverage"], t["awards"], t["initiatives"], t["area_context"], featured_round())


def _decimals(values, places: int = 2) -> list[str]:
    """Measured or derived values written to ``places`` decimals ("" where there is no figure):
    a ratio of counts has no business printing sixteen digits."""
    import pandas as pd

    return ["" if pd.isna(v) else f"{float(v):.{places}f}" for v in values]


def _need_headers(attrs: dict) -> dict[str, str]:
    """The header of each column of a need figure's table, its unit in brackets."""
    s = attrs
    return {
        "pfa_name": "Police force area",
        "stalking_per_100k_pence": "Money attributed to stalking work per 100,000 residents (£)",
        "amount_per_100k_pence": column_label("amount_per_100k_pence"),
        "stalking_rate": f"Recorded stalking, {s['stalking_period']} (offences per 100,000 residents)",
        "stalking_offences_from": f"Recorded stalking, {s['growth_from']} (offences)",
        "stalking_offences_to": f"Recorded stalking, {s['growth_to']} (offences)",
        "stalking_growth": f"Growth in recorded stalking, {s['growth_from']} to {s['growth_to']} (ratio)",
        "severity": f"Crime Severity Score, violence against the person, {s['severity_period']} (score)",
    }


#: The columns of each need figure's table, in the order drawn (money first on the maps, the
#: measure across first on the charts); the growth comes with the two counts it is the ratio of.
NEED_COLUMNS = {
    "stalking_rate": ("stalking_rate", "stalking_per_100k_pence"),
    "stalking_growth": ("stalking_growth", "stalking_offences_from", "stalking_offences_to", "stalking_per_100k_pence"),
    "severity": ("severity", "amount_per_100k_pence"),
    "stalking_need_map": ("stalking_per_100k_pence", "stalking_rate", "stalking_growth", "stalking_offences_from",
                          "stalking_offences_to"),
    "severity_need_map": ("amount_per_100k_pence", "severity"),
}


def _need_table(frame, columns) -> "object":
    import pandas as pd

    headers = _need_headers(frame.attrs)
    out = {headers["pfa_name"]: frame["pfa_name"].astype(str).to_numpy()}
    for c in columns:
        if c.endswith("_pence"):
            out[headers[c]] = [_pounds(v) for v in frame[c]]
        elif c.startswith("stalking_offences"):
            out[headers[c]] = pd.array(frame[c], dtype="Int64")
        else:
            out[headers[c]] = _decimals(frame[c])
    return _frame(out)


def _need_words(attrs: dict) -> dict[str, tuple[str, Callable]]:
    """What each column of a need figure measures, in words for the alt text, and how a value is written."""
    from funding.core.money import format_pounds_short

    s = attrs
    money = lambda v: format_pounds_short(int(v))  # noqa: E731
    return {
        "stalking_rate": (f"police recorded stalking offences per 100,000 residents in {s['stalking_period']}", lambda v: f"{float(v):.1f}"),
        "stalking_growth": (f"growth in recorded stalking from {s['growth_from']} to {s['growth_to']} (ratio of offences)",
                            lambda v: f"{float(v):.1f}×"),
        "severity": (f"ONS Crime Severity Score for violence against the person, {s['severity_period']}", lambda v: f"{float(v):.2f}"),
        "stalking_per_100k_pence": (f"{s['round']} money attributed to stalking work per 100,000 residents", money),
        "amount_per_100k_pence": (f"{s['round']} award per 100,000 residents", money),
    }


def _named(rows, columns, words) -> str:
    """'Merseyside £11k at 124.6, …': each row's name and its values as the figure writes them."""
    parts = []
    for _, r in rows.iterrows():
        y, *rest = columns
        values = words[y][1](r[y]) + (" at " + ", ".join(words[c][1](r[c]) for c in rest) if rest else "")
        parts.append(f"{r['pfa_name']} {values}")
    return ", ".join(parts)


def _need_chart_describe(comparison: str):
    """The alt text of a need scatter chart: both variables, the rank correlation the chart's
    subtitle states (computed by :func:`funding.analysis.need.rank_correlation`), the areas
    with money (the points named on the chart) and the ends of the measure across."""

    def describe(tables, frame):
        from funding.analysis import need as analysis_need
        from funding.viz import need as viz_need

        need = _need_frame(tables)
        rows, left_out = analysis_need.comparison_rows(need, comparison)
        x, y = analysis_need.COMPARISONS[comparison]
        rc = analysis_need.rank_correlation(rows[x], rows[y])
        words = _need_words(need.attrs)
        has = rows[rows[y].astype("int64") > 0]
        named = has.sort_values([y, "pfa_name"], ascending=[False, True], kind="mergesort")
        limit = 5 if comparison == "severity" else len(named)
        by_x = rows.sort_values([x, "pfa_name"], ascending=[False, True], kind="mergesort")
        what = "with an award" if y == "amount_per_100k_pence" else "with stalking money"
        head = "the five largest" if len(named) > limit else "all named"
        return (
            f"{words[x][0][0].upper() + words[x][0][1:]} across, {words[y][0]} up, one dot per police force area "
            f"(left out: {'; '.join(left_out)}). {viz_need.rho_text(rc)}. "
            f"{len(has)} areas {what} ({head}: {_named(named.head(limit), [y, x], words)}); the other {rc.n - len(has)} "
            f"sit at £0. Highest across: {_named(by_x.head(3), [x, y], words)}; lowest: "
            f"{_named(by_x.tail(3).iloc[::-1], [x, y], words)}."
        )

    return describe


def _need_map_describe(which: str):
    """The alt text of a need map: every panel, its classes with the number of areas in each,
    its highest and lowest areas, and the areas with no money or no figure."""

    def describe(tables, frame):
        from funding.analysis import need as analysis_need
        from funding.viz import maps
        from funding.viz import need as viz_need

        need = _need_frame(tables)
        words = _need_words(need.attrs)
        texts = []
        panels = viz_need.map_panels(need, which)
        for i, panel in enumerate(panels, 1):
            c = viz_need.panel_classes(need, panel)
            state = c.states.to_numpy()
            kind = "the fixed classes of every map of this measure" if c.fixed else "quartile classes of its own"
            counts = [int((state == k).sum()) for k in range(len(c.labels))]
            classes = ", ".join(f"{label}: {n} area{'' if n == 1 else 's'}" for label, n in zip(c.labels, counts))
            valued = need[state >= 0].sort_values([panel.column, "pfa_name"], ascending=[False, True], kind="mergesort")
            parts = [f"Panel {i} of {len(panels)}, {words[panel.column][0]}, in {kind} ({classes})",
                     f"highest {_named(valued.head(3), [panel.column], words)}",
                     f"lowest {_named(valued.tail(2).iloc[::-1], [panel.column], words)}"]
            zero = int((state == maps.NO_AWARD_STATE).sum())
            if zero:
                parts.append(f"{panel.zero_label.lower()}: {zero} areas, hatched grey")
            missing = need.loc[state == maps.NO_DATA_STATE, "pfa_name"].astype(str).tolist()
            if missing:
                parts.append("no figure: " + ", ".join(analysis_need._display(n) for n in missing))
            texts.append("; ".join(parts) + ".")
        return " ".join(texts)

    return describe


def _bids_describe(t, frame):
    """Each number of bids: its awards (named when few, as on the chart; else how many, their range and median)."""
    from decimal import Decimal

    from funding.core.money import format_pounds_short

    pence = [int(Decimal(str(v)) * 100) for v in frame["Amount awarded (£)"]]
    rows = list(zip(frame["Police force area"], frame["Bids"].astype(int), pence))
    parts = []
    for bids in sorted({b for _, b, _ in rows}):
        group = sorted((p, n) for n, b, p in rows if b == bids)
        label = f"{bids} bid" + ("s" if bids > 1 else "")
        if len(group) <= 3:
            parts.append(f"{label}: " + ", ".join(f"{n} {format_pounds_short(p)}" for p, n in group))
        else:
            middle = len(group) // 2
            median = group[middle][0] if len(group) % 2 else (group[middle - 1][0] + group[middle][0]) // 2
            parts.append(f"{label}: {len(group)} awards from {format_pounds_short(group[0][0])} ({group[0][1]}) to "
                         f"{format_pounds_short(group[-1][0])} ({group[-1][1]}), median {format_pounds_short(median)}")
    multi = [p for _, b, p in rows if b > 1]
    return (f"Amount awarded across, number of bids up, one dot per award, {len(rows)} awards. " + "; ".join(parts)
            + f". The {len(multi)} areas that made more than one bid hold {format_pounds_short(sum(multi))} "
            f"of the {format_pounds_short(sum(pence))} awarded.")


def _need(chart: str, comparison: str | None = None):
    """A registry entry of notebook 06 (funding beside need): ``viz.need.<chart>`` of
    :func:`funding.analysis.need.need_by_area`, with the comparison's rank correlation
    (charts) or the boundaries (maps); its chart-ready table is the areas compared, every
    header with its unit, measures to two decimals, money in exact pounds."""
    from funding.analysis import need as analysis_need

    def draw(tables, shapes):
        from funding.viz import need as viz_need

        frame = _need_frame(tables)
        if comparison is None:
            return getattr(viz_need, chart)(frame, shapes=shapes["boundaries"])
        rows, _ = analysis_need.comparison_rows(frame, comparison)
        x, y = analysis_need.COMPARISONS[comparison]
        return getattr(viz_need, chart)(frame, analysis_need.rank_correlation(rows[x], rows[y]))

    def table(tables):
        frame = _need_frame(tables)
        if comparison:
            frame, _ = analysis_need.comparison_rows(frame, comparison)
        return _need_table(frame, NEED_COLUMNS[comparison or chart])

    if comparison is None:
        which = "stalking" if "stalking" in chart else "severity"
        return FigureEntry(draw, table, "Small-multiple maps", chart, "boundaries", _need_map_describe(which))
    return FigureEntry(draw, table, "Scatter chart", chart, "", _need_chart_describe(comparison))


#: The maps, by name.  Boundary and hex versions of a measure share one colour scale.
MAPS: dict[str, FigureEntry] = {
    "map_award_amount": _map("award_map", "boundaries", table=_award_map_table, describe=_no_award_describe),
    "map_award_amount_hex": _map("award_map", "hex", table=_award_map_table, describe=_no_award_describe),
    "map_award_per_100k": _map("per_resident_map", "boundaries", table=_per_100k_table, describe=_no_award_describe),
    "map_award_per_100k_hex": _map("per_resident_map", "hex", table=_per_100k_table, describe=_no_award_describe),
    "map_programme_types": _map("programme_map", "boundaries", table=_programme_map_table, form="Small-multiple maps", describe=_programme_map_describe),
    "map_programme_types_hex": _map("programme_map", "hex", table=_programme_map_table, describe=_programme_map_describe),
    "chart_regional_coverage": FigureEntry(
        lambda tables, shapes: __import__("funding.viz.maps", fromlist=["regional_chart"]).regional_chart(
            tables["regional_coverage"], round=featured_round()),
        _regional_table, "Bar charts", "regional_chart", "", _regional_describe,
    ),
    "map_need_stalking": _need("stalking_need_map"),
    "map_need_severity": _need("severity_need_map"),
}

#: The charts, by name.
CHARTS: dict[str, FigureEntry] = {
    "awards_ranked": _chart("awards_ranked_chart", lambda t, a, r: (a.ranked_awards(t["awards"], r),), table=_ranked_table, form="Bar chart"),
    "award_distribution": _chart("award_distribution_chart", lambda t, a, r: (a.amount_distribution(t["awards"], r),),
                                 table=_distribution_table, form="Column chart"),
    "amount_per_resident": _chart("amount_per_resident_chart", lambda t, a, r: (a.amount_per_resident(t["coverage"], r),),
                                  table=_per_resident_table, form="Bar chart"),
    "bids_vs_amount": _chart("bids_vs_amount_chart", lambda t, a, r: (_round_awards(t),), table=_bids_table, form="Dot chart",
                             describe=_bids_describe),
    "lorenz_curve": _chart(
        "lorenz_chart",
        lambda t, a, r: (a.lorenz_points(_round_awards(t)["amount_pence"]), a.gini(_round_awards(t)["amount_pence"])),
        table=_lorenz_table, form="Line chart (Lorenz curve)", describe=_lorenz_describe,
    ),
    "programme_type_heatmap": _chart("programme_type_heatmap", lambda t, a, r: (a.type_matrix(t["initiatives"], r, labels=True),),
                                     table=_heatmap_table, form="Heat map", describe=_heatmap_describe),
    "money_by_type": _chart("money_by_type_chart", lambda t, a, r: (a.money_by_type(t["awards"], t["initiatives"], r),),
                            table=_money_by_type_table, form="Bar chart"),
    "local_funding_timeline": _chart("funding_timeline_chart", lambda t, a, r: (a.local_timeline(t["funding_timeline"]),),
                                     table=_timeline_table, form="Dot chart"),
    "reference_split": _chart("reference_split_chart", lambda t, a, r: (a.reference_comparison(t["awards"], t["initiatives"], r),),
                              table=_reference_table, form="Grouped bar chart", describe=_reference_describe),
    "need_stalking_rate": _need("stalking_need_chart", "stalking_rate"),
    "need_stalking_growth": _need("stalking_growth_chart", "stalking_growth"),
    "need_severity": _need("severity_need_chart", "severity"),
}

#: Every figure of the suite, by name.
FIGURES: dict[str, FigureEntry] = {**MAPS, **CHARTS}
assert len(FIGURES) == len(MAPS) + len(CHARTS), "a figure name is used twice"


def _check_names(names) -> None:
    from funding.errors import SourceError

    unknown = sorted(set(names or []) - set(FIGURES))
    if unknown:
        raise SourceError("figures", None, ", ".join(unknown), "one of " + ", ".join(sorted(FIGURES)))


def chart_data(name: str, tables: dict):
    """The chart-ready table of figure ``name`` (see :class:`FigureEntry`)."""
    _check_names([name])
    return FIGURES[name].data(tables)


def draw(name: str, tables: dict, shapes: dict | None = None):
    """Draw figure ``name`` of the registry, its description attached (the alt text of the
    notebooks and the report).  ``shapes`` is needed for the maps only."""
    _check_names([name])
    return FIGURES[name](tables, shapes)


def alt_text(name: str, tables: dict) -> str:
    """The description of figure ``name``, written from its chart-ready table."""
    _check_names([name])
    entry = FIGURES[name]
    fig_title = ""
    return entry.alt(tables, title=fig_title)


def write_chart_data(out_dir: Path | str, tables: dict, *, names: list[str] | None = None) -> list[Path]:
    """Write each figure's chart-ready table as ``<name>.csv`` (UTF-8, ``\\n`` line ends); returns the paths."""
    _check_names(names)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in sorted(FIGURES):
        if names is not None and name not in names:
            continue
        if not isinstance(FIGURES[name], FigureEntry):  # a bare drawing function: no chart data to give
            continue
        target = out / f"{name}.csv"
        FIGURES[name].data(tables).to_csv(target, index=False, lineterminator="\n", encoding="utf-8")
        written.append(target)
    return written


def write_figures(
    out_dir: Path | str, tables: dict, shapes: dict, *, names: list[str] | None = None, thumbnails: str | Path | None = None,
    thumbnail_width_px: int = 480, texts: dict | None = None,
) -> list[Path]:
    """Write every figure (or those in ``names``) as SVG and PNG in ``out_dir``; returns the paths.

    With ``thumbnails`` (a folder), a small PNG of each figure (``thumbnail_width_px``
    wide, resized from the large PNG's pixels and quantised to a 64-colour palette) is written
    there too.  Figures are written
    in name order and closed after saving; each figure's description
    (:meth:`FigureEntry.alt`) is in its SVG.  ``texts``, if given, is filled with each
    figure's title, subtitle and description (:func:`funding.viz.style.figure_text`).
    """
    import matplotlib.pyplot as plt

    from funding.viz.style import save_figure

    _check_names(names)
    out = Path(out_dir)
    written: list[Path] = []
    for name in sorted(FIGURES):
        if names is not None and name not in names:
            continue
        fig = FIGURES[name](tables, shapes)
        try:
            saved = save_figure(fig, out / name)
            written.extend(saved)
            if texts is not None:
                from funding.viz.style import figure_text

                texts[name] = figure_text(fig)
            if thumbnails is not None:
                png = next(p for p in saved if p.suffix == ".png")
                written.append(_thumbnail(fig, png, Path(thumbnails) / f"{name}.png", thumbnail_width_px))
        finally:
            plt.close(fig)
    return written


def _thumbnail(fig, png: Path, target: Path, width_px: int) -> Path:
    """A small PNG of ``fig``, ``width_px`` wide, cut from the large PNG just written (``png``)
    rather than drawn a third time: each thumbnail pixel the average of the large pixels it
    covers (a box filter), quantised to a 64-colour palette (octree), compressed at zlib's
    default level.  (Drawing the figure again at the small size cost a third of each figure's
    time, glyph rasterising and all.  Measured per thumbnail: Lanczos 59 ms, box 21 ms;
    median-cut 40 ms, octree 4 ms; maximum compression 24 ms, default 5.5 ms; and the
    octree's files are a quarter smaller, even at the default level.)"""
    from PIL import Image

    target.parent.mkdir(parents=True, exist_ok=True)
    with Image.open(png) as encoded:  # the header only, unless the pixels must be decoded
        size = encoded.size
        # The pixels the PNG was encoded from are still in Agg's buffer (the PNG was the last
        # render of the figure): taken from there, the PNG need not be decoded again.
        renderer = getattr(fig.canvas, "renderer", None)
        if renderer is not None and (int(renderer.width), int(renderer.height)) == size and hasattr(renderer, "buffer_rgba"):
            image = Image.frombuffer("RGBA", size, renderer.buffer_rgba(), "raw", "RGBA", 0, 1)
        else:
            image = encoded.convert("RGBA")
    height_px = max(1, round(image.height * width_px / image.width))
    image = image.convert("RGB").resize((width_px, height_px), Image.Resampling.BOX)
    image = image.quantize(colors=64, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    image.save(target, format="PNG")
    return target
