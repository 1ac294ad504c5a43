"""Maps of where the money went: award amount, amount per resident, programme types, regions.

Every function takes tidy tables (the ``coverage`` table of
:func:`funding.tables.coverage.coverage_table`, or ``regional_coverage``) and an
optional ``ax``, returns a matplotlib Figure, and never shows or saves it
(:func:`funding.viz.style.save_figure` does that, from :mod:`funding.viz.figures`).

Rules every map keeps:

* **All 43 areas are drawn.**  An area the round did not fund is light grey
  with diagonal hatching and named "No award" in the legend; an area with a
  missing value would be white with dots, "No data".  Neither is on the
  colour ramp.
* **One scale per measure.**  The classes of a measure are fixed constants
  (:data:`AMOUNT_CLASSES`, :data:`PER_100K_CLASSES`, by column in
  :data:`CLASSES_BY_MEASURE`), used by the boundary map, the hex cartogram and
  any small-multiple panel of that measure alike, so the same colour always
  means the same money.  They are user-defined round-number breaks, chosen so that each class
  holds several areas in 2021-22; :func:`fisher_jenks_classes` gives a
  data-driven alternative (Fisher-Jenks is exact, hence deterministic).
* **Geometry is a choice, not a different chart**: ``geometry="boundaries"``
  draws the ONS boundaries with an inset for London (Metropolitan Police and
  City of London); ``geometry="hex"`` draws the hex cartogram of
  ``pfa_hex.hexjson`` in which every area has the same size.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import numpy as np
import pandas as pd

from funding.viz import style
from funding.core.money import format_pounds_short

__all__ = [
    "Classes",
    "AMOUNT_CLASSES",
    "PER_100K_CLASSES",
    "CLASSES_BY_MEASURE",
    "MAP_PROGRAMME_TYPES",
    "map_source",
    "fisher_jenks_classes",
    "award_map",
    "per_resident_map",
    "programme_map",
    "regional_chart",
]

def map_source(rows: pd.DataFrame, hex_mode: bool) -> str:
    """The source and credit line of a map, with the round and population year of its rows."""
    round_name = str(rows["round"].iloc[0]) if len(rows) else ""
    year = int(rows["population_year"].iloc[0]) if "population_year" in rows.columns and len(rows) else None
    population = f"ONS mid-{year} population estimates" if year else "ONS mid-year population estimates"
    awards = f"Source: Home Office, perpetrator fund awards {round_name}".rstrip() + "; population: " + population + "."
    if hex_mode:
        return awards + " Hex layout: one hexagon per police force area, not to scale (funding project). Open Government Licence v3.0."
    return (
        awards + " Boundaries: ONS Police Force Areas (December 2020) BUC. Contains OS data © Crown copyright and "
        "database right 2020. Open Government Licence v3.0."
    )


#: The programme types of the small multiples, with short panel titles.
MAP_PROGRAMME_TYPES = {
    "child_adolescent_to_parent": "Child/adolescent-to-parent abuse",
    "stalking": "Stalking",
    "high_risk": "High-risk, high-harm perpetrators",
    "young_people": "Young people",
}


@dataclass(frozen=True)
class Classes:
    """Ordered classes of a measure.

    ``upper_bounds`` are inclusive upper limits in the measure's unit (pence):
    class 0 holds values up to ``upper_bounds[0]``, class *i* values above
    ``upper_bounds[i-1]`` up to ``upper_bounds[i]``, and the last class every
    value above the last bound.  There are ``len(upper_bounds) + 1`` classes.
    """

    measure: str
    upper_bounds: tuple[int, ...]
    legend_title: str

    @property
    def k(self) -> int:
        return len(self.upper_bounds) + 1

    @property
    def colors(self) -> list[str]:
        return style.sequential_colors(self.k)

    @property
    def labels(self) -> list[str]:
        b = [format_pounds_short(v) for v in self.upper_bounds]
        out = [f"up to {b[0]}"]
        out += [f"{lo} to {hi}" for lo, hi in zip(b, b[1:])]
        out.append(f"over {b[-1]}")
        return out

    def classify(self, values) -> np.ndarray:
        """Class index of each value; -1 where the value is missing.

        As mapclassify's ``UserDefined(y, bins).yb``, without importing mapclassify (and
        scikit-learn with it) into every process that draws a map: class *i* holds values
        above ``upper_bounds[i-1]`` up to ``upper_bounds[i]``, which is a left-sided search."""
        values = pd.array(values, dtype="Float64")
        out = np.full(len(values), -1, dtype=int)
        present = ~pd.isna(values)
        if present.any():
            y = np.asarray(values[present], dtype=float)
            out[np.asarray(present)] = np.searchsorted(np.asarray(self.upper_bounds, dtype=float), y, side="left")
        return out


#: Award amount: £250k, £400k, £600k, £1m.
AMOUNT_CLASSES = Classes("amount_pence", (25_000_000, 40_000_000, 60_000_000, 100_000_000), "Amount awarded")
#: Amount per 100,000 residents: £15k, £25k, £40k, £50k.
PER_100K_CLASSES = Classes(
    "amount_per_100k_pence", (1_500_000, 2_500_000, 4_000_000, 5_000_000), "Per 100,000 residents"
)
#: The fixed classes of each measure that has them, by the measure's column: every map and every
#: panel of that measure (the need maps of :mod:`funding.viz.need` too) draws it in these.
CLASSES_BY_MEASURE: dict[str, Classes] = {c.measure: c for c in (AMOUNT_CLASSES, PER_100K_CLASSES)}


def fisher_jenks_classes(values, k: int = 5, *, measure: str = "amount_pence", legend_title: str = "Amount awarded") -> Classes:
    """Fisher-Jenks classes of ``values`` (exact, so deterministic), bounds rounded to whole pounds."""
    import mapclassify

    import warnings

    y = np.asarray(pd.array(values, dtype="Float64").dropna(), dtype=float)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "Numba not installed": the pure-Python path gives the same bins
        bins = mapclassify.FisherJenks(y, k=k).bins
    bounds = tuple(int(round(b / 100)) * 100 for b in bins[:-1])
    return Classes(measure, bounds, legend_title)


# ----------------------------------------------------------------------------- shapes


def _round_rows(coverage: pd.DataFrame, round: str | None) -> pd.DataFrame:
    rounds = sorted(set(coverage["round"].astype(str)))
    if round is None:
        if len(rounds) != 1:
            raise ValueError(f"coverage holds rounds {rounds}; say which to map")
        round = rounds[0]
    rows = coverage[coverage["round"].astype(str) == round]
    if rows.empty:
        raise ValueError(f"coverage has no rows for round {round!r} (it has {rounds})")
    return rows


NO_AWARD_STATE = -2
NO_DATA_STATE = -1


def _states(shapes, rows: pd.DataFrame, measure: str, classes: Classes | None):
    """Shapes joined to one round's coverage on ``pfa_code``, with a drawing state per area."""
    keep = ["pfa_code", "funded"] + ([measure] if measure in rows.columns and measure != "funded" else [])
    joined = shapes.merge(rows[keep], on="pfa_code", how="left", validate="one_to_one")
    funded = joined["funded"].astype("boolean")
    if classes is not None:
        state = classes.classify(joined[measure])
    else:
        state = np.zeros(len(joined), dtype=int)
    state = np.where(funded.fillna(True).to_numpy(dtype=bool), state, NO_AWARD_STATE)
    state = np.where(funded.isna().to_numpy(dtype=bool), NO_DATA_STATE, state)
    joined["state"] = state
    return joined


def _polygon_path(geom):
    """A shapely (Multi)Polygon as one matplotlib Path, holes included."""
    from matplotlib.path import Path

    verts, codes = [], []
    for poly in getattr(geom, "geoms", [geom]):
        for ring in (poly.exterior, *poly.interiors):
            xy = np.asarray(ring.coords)[:, :2]
            verts.append(xy)
            codes.append(np.r_[Path.MOVETO, np.full(len(xy) - 2, Path.LINETO), Path.CLOSEPOLY])
    return Path(np.concatenate(verts), np.concatenate(codes).astype(Path.code_type))


def _boundary_segments(geom) -> list:
    """The rings of a (Multi)Polygon, or the parts of a line, as arrays of x, y."""
    if geom is None or geom.is_empty:
        return []
    segments = []
    for part in getattr(geom, "geoms", [geom]):
        if part.geom_type == "Polygon":
            segments.extend(np.asarray(r.coords)[:, :2] for r in (part.exterior, *part.interiors))
        else:
            segments.append(np.asarray(part.coords)[:, :2])
    return segments


class _Prepared:
    """What the maps draw of a sequence of geometries, worked out once per process.

    A notebook draws the same 43 areas in up to seven maps, and the report every map of the
    suite: the fill of each area (a PathPatch, whose path a PatchCollection takes), its
    boundary rings, the centroids that place the hex labels, the outline of them all, and
    which areas an inset's box touches are the same each time.  Shapely geometries are
    immutable, so the same geometry objects give the same drawing; they are kept here, so
    the identities that key the cache cannot be reused while it holds them."""

    def __init__(self, geoms: list) -> None:
        self.geoms = geoms
        self._patches = None
        self._segments = None
        self._centroids = None
        self.near: dict = {}

    @property
    def patches(self) -> list:
        if self._patches is None:
            from matplotlib.patches import PathPatch

            self._patches = [None if g is None or g.is_empty else PathPatch(_polygon_path(g)) for g in self.geoms]
        return self._patches

    @property
    def segments(self) -> list:
        if self._segments is None:
            self._segments = [_boundary_segments(g) for g in self.geoms]
        return self._segments

    @property
    def centroids(self) -> list:
        if self._centroids is None:
            self._centroids = [g.centroid for g in self.geoms]
        return self._centroids


#: Prepared drawings of geometries seen in this process, by the identities of the geometries.
_PREPARED: dict = {}


def _prepared(geoms) -> _Prepared:
    """The :class:`_Prepared` drawing of ``geoms`` (a GeoSeries or a sequence of geometries)."""
    objects = list(geoms)
    key = tuple(map(id, objects))
    found = _PREPARED.get(key)
    if found is None:
        if len(_PREPARED) >= 64:
            _PREPARED.clear()
        found = _PREPARED[key] = _Prepared(objects)
    return found


def _fill(ax, geoms, **kwargs) -> None:
    """Fill polygons as one PatchCollection.

    geopandas' ``plot`` builds the same collection but then calls ``plt.draw()``,
    a full redraw of the figure after every layer; drawing the collection
    directly keeps a map to one draw when it is shown or saved.
    """
    prepared = _prepared(geoms)
    _fill_patches(ax, [p for p in prepared.patches if p is not None], **kwargs)


def _fill_patches(ax, patches: list, autoscale: bool = True, **kwargs) -> None:
    from matplotlib.collections import PatchCollection

    # The patches only lend their paths to the collection (match_original is off): they are
    # never drawn themselves, so the same ones serve every map.
    if patches:
        ax.add_collection(PatchCollection(patches, **kwargs), autolim=True)
        if autoscale:
            ax.autoscale_view()


def _lines(ax, geoms, autoscale: bool = True, **kwargs) -> None:
    """Draw the boundaries of polygons, or lines, as one LineCollection."""
    _line_segments(ax, [s for area in _prepared(geoms).segments for s in area], autoscale, **kwargs)


def _line_segments(ax, segments: list, autoscale: bool = True, **kwargs) -> None:
    from matplotlib.collections import LineCollection

    if segments:
        ax.add_collection(LineCollection(segments, **kwargs), autolim=True)
        if autoscale:
            ax.autoscale_view()


@contextlib.contextmanager
def _one_autoscale(ax):
    """Add several collections to ``ax`` and fit its view to them once, at the end.

    Each ``add_collection`` updates the data limits and (matplotlib 3.11) first settles any
    view fit still pending, so fitting after every collection (as geopandas does) fitted the
    view once or twice per collection, a tenth of a map's drawing: the view limits are a
    function of the final data limits, so one fit at the end gives the same view."""
    x_on, y_on = ax.get_autoscalex_on(), ax.get_autoscaley_on()
    ax.set_autoscale_on(False)
    try:
        yield
    finally:
        ax.set_autoscalex_on(x_on)
        ax.set_autoscaley_on(y_on)
    ax.autoscale_view()


def _draw_areas(ax, joined, colors: dict[int, str], *, hex_mode: bool, edge_width: float | None = None, outline=None):
    """Fill each area by its state; hatched grey for no award, dotted white for no data."""
    lw = edge_width if edge_width is not None else (1.4 if hex_mode else style.BOUNDARY_WIDTH)
    prepared = _prepared(joined.geometry)
    state = np.asarray(joined["state"])
    patches = prepared.patches

    def of(value) -> list:
        return [patches[i] for i in np.flatnonzero(state == value) if patches[i] is not None]

    if not hex_mode and outline is None:
        outline = _outline(joined)
    with _one_autoscale(ax):
        for value, color in colors.items():
            _fill_patches(ax, of(value), False, facecolor=color, edgecolor="none", linewidth=0)
        for value, spec in ((NO_AWARD_STATE, style.NO_AWARD), (NO_DATA_STATE, style.NO_DATA)):
            _fill_patches(ax, of(value), False, facecolor=spec["facecolor"], edgecolor=spec["edgecolor"], hatch=spec["hatch"], linewidth=0)
        _line_segments(ax, [s for area in prepared.segments for s in area], False, color=style.BOUNDARY_COLOUR, linewidth=lw)
        if not hex_mode:
            _lines(ax, outline, False, color="#7F7F7F", linewidth=0.35)
    ax.set_axis_off()
    ax.set_aspect("equal")
    ax.set_xlabel("")
    ax.set_ylabel("")


#: Outlines computed in this process, by the areas' geometries (their WKB, in order) and CRS.
_OUTLINES: dict = {}


def _outline(joined):
    """The coastline and border of England and Wales as one line (drawn once per map).

    The union of the 43 areas is computed once per process for the same geometries (about
    50 ms each time, and a notebook or the report draws it for every boundary map)."""
    geoms = joined.geometry
    prepared = _prepared(geoms)
    key = str(geoms.crs)
    found = _OUTLINES.get((id(prepared), key))
    if found is None or found[0] is not prepared:
        if len(_OUTLINES) >= 16:
            _OUTLINES.clear()
        found = _OUTLINES[(id(prepared), key)] = (prepared, type(geoms)([geoms.union_all().boundary], crs=joined.crs))
    return found[1]


def _legend_handles(labels_colors: list[tuple[str, str]], joined) -> list:
    from matplotlib.patches import Patch

    handles = [Patch(facecolor=c, edgecolor="none", label=l) for l, c in labels_colors]
    # "No award" is always named, even when every area is funded: a reader must be able
    # to tell that grey is not missing data.
    s = style.NO_AWARD
    handles.append(Patch(facecolor=s["facecolor"], edgecolor=s["edgecolor"], hatch=s["hatch"], linewidth=0, label=s["label"]))
    if (joined["state"] == NO_DATA_STATE).any():
        s = style.NO_DATA
        handles.append(Patch(facecolor=s["facecolor"], edgecolor=s["edgecolor"], hatch=s["hatch"], linewidth=0.5, label=s["label"]))
    return handles


def _text_colour(fill: str) -> str:
    from matplotlib.colors import to_rgb

    r, g, b = to_rgb(fill)
    return "#1A1A1A" if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.45 else "#FFFFFF"


def _hex_labels(ax, joined, colors: dict[int, str], fontsize: float = 7.5):
    centroids = _prepared(joined.geometry).centroids
    for c, state, abbr in zip(centroids, joined["state"].tolist(), joined["abbr"].tolist()):
        fill = colors.get(state, style.NO_AWARD["facecolor"] if state == NO_AWARD_STATE else "#FFFFFF")
        ax.text(
            c.x, c.y, abbr, ha="center", va="center", fontsize=fontsize, color=_text_colour(fill),
            fontweight="bold" if state >= 0 else "normal",
            bbox=None if state >= 0 else {"boxstyle": "round,pad=0.12", "facecolor": fill, "edgecolor": "none"},
        )


LONDON_CODES = ("E23000001", "E23000034")


def _london_inset(ax, joined, colors: dict[int, str], bounds, *, label_city: bool = True, title_size: float = 9.5, outline=None):
    """An inset of the Metropolitan Police and City of London areas, drawn in the same classes."""
    from matplotlib.patches import Rectangle
    from shapely.geometry import box

    inset = ax.inset_axes(bounds)
    london = joined[joined["pfa_code"].isin(LONDON_CODES)]
    # Only the areas in view are drawn: the rest would be clipped anyway.
    x0, y0, x1, y1 = london.total_bounds
    window = (x0 - 20_000, y0 - 20_000, x1 + 20_000, y1 + 20_000)
    prepared = _prepared(joined.geometry)
    if window not in prepared.near:
        prepared.near[window] = np.asarray(joined.intersects(box(*window)), dtype=bool)
    near = joined[prepared.near[window]]
    _draw_areas(inset, near, colors, hex_mode=False, edge_width=0.8, outline=outline)
    pad = 2_000
    inset.set_xlim(x0 - pad, x1 + pad)
    inset.set_ylim(y0 - pad, y1 + pad)
    inset.set_axis_on()
    inset.set_xticks([])
    inset.set_yticks([])
    for spine in inset.spines.values():
        spine.set_visible(True)
        spine.set_edgecolor("#7F7F7F")
        spine.set_linewidth(0.8)
    inset.set_title("London", loc="left", fontsize=title_size, fontweight="bold", pad=3)
    city_shape = joined[joined["pfa_code"] == "E23000034"]
    _lines(inset, city_shape.geometry, color="#1A1A1A", linewidth=0.8)
    if label_city:
        city = city_shape.geometry.iloc[0].centroid
        inset.annotate(
            "City of London", xy=(city.x, city.y), xytext=(x1 - 1_000, y1 - 1_000), fontsize=7.5, ha="right", va="top",
            color="#1A1A1A", arrowprops={"arrowstyle": "-", "color": "#1A1A1A", "linewidth": 0.7, "shrinkB": 2},
            bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.85},
        )
        met_row = joined[joined["pfa_code"] == "E23000001"].iloc[0]
        fill = colors.get(met_row["state"], style.NO_AWARD["facecolor"])
        inset.text(
            (x0 + x1) / 2, y0 + (y1 - y0) * 0.22, "Metropolitan Police", fontsize=7.5, ha="center", va="center",
            color=_text_colour(fill),
        )
    inset.set_xlabel("")
    inset.set_ylabel("")
    # Where the inset is, on the main map.
    ax.add_patch(Rectangle((x0 - pad, y0 - pad), x1 - x0 + 2 * pad, y1 - y0 + 2 * pad, fill=False, edgecolor="#404040", linewidth=0.7))
    return inset


def _national_limits(ax, joined, hex_mode: bool, right_room: float = 0.0):
    x0, y0, x1, y1 = joined.total_bounds
    pad = 0.6 if hex_mode else 5_000
    ax.set_xlim(x0 - pad, x1 + pad + right_room * (x1 - x0))
    ax.set_ylim(y0 - pad, y1 + pad)


def _choropleth(
    coverage, measure: str, classes: Classes, *, round, geometry, shapes, ax, title, subtitle, source, legend_title
):
    rows = _round_rows(coverage, round)
    hex_mode = geometry == "hex"
    joined = _states(shapes, rows, measure, classes)
    colors = dict(enumerate(classes.colors))
    with style.context():
        own = ax is None
        if own:
            fig, ax = style.figure((style.FIGURE_WIDTH_IN, 8.4 if not hex_mode else 9.2), kind="map", margins={"left": 0.15, "right": 0.15})
        fig = ax.figure
        outline = None if hex_mode else _outline(joined)
        _draw_areas(ax, joined, colors, hex_mode=hex_mode, outline=outline)
        _national_limits(ax, joined, hex_mode, right_room=0.42 if not hex_mode else 0.05)
        if hex_mode:
            _hex_labels(ax, joined, colors)
        else:
            _london_inset(ax, joined, colors, [0.715, 0.03, 0.285, 0.34], outline=outline)
        handles = _legend_handles(list(zip(classes.labels, classes.colors)), joined)
        ax.legend(
            handles=handles, title=legend_title, loc="upper right", bbox_to_anchor=(1.0, 1.0), frameon=False,
            alignment="left", handlelength=1.6, handleheight=1.1, borderaxespad=0.2,
        )
        if own:
            style.add_title(fig, title, subtitle)
            style.add_source_line(fig, source)
    return fig


def _default_subtitle(rows: pd.DataFrame, what: str) -> str:
    n = len(rows)
    funded = int(rows["funded"].astype("boolean").fillna(False).sum())
    round_name = str(rows["round"].iloc[0])
    return (
        f"{what}, {round_name}. {funded} of the {n} police force areas of England and Wales received an award; "
        f"{n - funded} received none."
    )


def award_map(
    coverage: pd.DataFrame,
    *,
    round: str | None = None,
    geometry: str = "boundaries",
    shapes,
    classes: Classes = AMOUNT_CLASSES,
    ax=None,
    title: str | None = None,
    subtitle: str | None = None,
):
    """Amount awarded to each police force area, in the classes of :data:`AMOUNT_CLASSES`."""
    rows = _round_rows(coverage, round)
    round_name = str(rows["round"].iloc[0])
    return _choropleth(
        coverage, "amount_pence", classes, round=round_name, geometry=geometry, shapes=shapes, ax=ax,
        title=title or f"Where the {round_name} perpetrator fund money went",
        subtitle=subtitle or _default_subtitle(rows, "Home Office Domestic Abuse Perpetrator Interventions Fund, amount awarded to each police force area"),
        source=map_source(rows, geometry == "hex"),
        legend_title=classes.legend_title,
    )


def per_resident_map(
    coverage: pd.DataFrame,
    *,
    round: str | None = None,
    geometry: str = "boundaries",
    shapes,
    classes: Classes = PER_100K_CLASSES,
    ax=None,
    title: str | None = None,
    subtitle: str | None = None,
):
    """Amount awarded per 100,000 residents (mid-year population), in :data:`PER_100K_CLASSES`."""
    rows = _round_rows(coverage, round)
    round_name = str(rows["round"].iloc[0])
    year = int(rows["population_year"].iloc[0]) if "population_year" in rows.columns else None
    what = "Amount awarded per 100,000 residents" + (f" (mid-{year} population)" if year else "")
    return _choropleth(
        coverage, "amount_per_100k_pence", classes, round=round_name, geometry=geometry, shapes=shapes, ax=ax,
        title=title or f"Perpetrator fund money per resident, {round_name}",
        subtitle=subtitle or _default_subtitle(rows, what),
        source=map_source(rows, geometry == "hex"),
        legend_title=classes.legend_title,
    )


# ----------------------------------------------------------------------------- programme types

PROGRAMME_COLOUR = style.OKABE_ITO["blue"]
OTHER_AWARD_COLOUR = "#BDD7E7"


def programme_map(
    coverage: pd.DataFrame,
    programme_types: dict[str, str] | list[str] | None = None,
    *,
    round: str | None = None,
    geometry: str = "boundaries",
    shapes,
    axes=None,
    title: str | None = None,
    subtitle: str | None = None,
):
    """Small multiples: which areas' awards fund each programme type.

    One panel per type (default :data:`MAP_PROGRAMME_TYPES`): dark blue where the
    award funds that type of work, pale blue where the area has an award for
    other work, hatched grey where it has no award.  ``axes``, if given, is a
    sequence of Axes, one per type.
    """
    rows = _round_rows(coverage, round)
    round_name = str(rows["round"].iloc[0])
    if programme_types is None:
        programme_types = MAP_PROGRAMME_TYPES
    if not isinstance(programme_types, dict):
        from funding.parse.programme_types import type_labels

        labels = type_labels()
        programme_types = {t: MAP_PROGRAMME_TYPES.get(t, labels.get(t, t)) for t in programme_types}
    hex_mode = geometry == "hex"
    colors = {0: OTHER_AWARD_COLOUR, 1: PROGRAMME_COLOUR}
    n = len(programme_types)
    ncols = 2 if n > 1 else 1
    nrows = -(-n // ncols)
    with style.context():
        own = axes is None
        if own:
            fig, grid = style.figure(
                (style.FIGURE_WIDTH_IN, 1.05 + 0.45 + 0.62 + 0.55 + nrows * 4.3), nrows, ncols, kind="map",
                margins={"left": 0.15, "right": 0.15, "top": 1.05 + 0.45, "bottom": 0.62 + 0.55, "wspace": 0.04, "hspace": 0.16},
            )
            axes = list(np.ravel(grid))
        fig = axes[0].figure
        outline = None
        for ax, (ptype, label) in zip(axes, programme_types.items()):
            types = rows["programme_types"].astype("string").fillna("")
            has = types.map(lambda s, t=ptype: t in s.split(";")).astype(bool)
            panel = rows.assign(has_type=has.astype(int))
            joined = _states(shapes, panel, "has_type", None)
            joined.loc[joined["state"] >= 0, "state"] = joined.loc[joined["state"] >= 0, "has_type"].astype(int)
            if outline is None and not hex_mode:
                outline = _outline(joined)
            _draw_areas(ax, joined, colors, hex_mode=hex_mode, edge_width=0.9 if hex_mode else 0.35, outline=outline)
            _national_limits(ax, joined, hex_mode, right_room=0.0 if hex_mode else 0.3)
            if hex_mode:
                _hex_labels(ax, joined, colors, fontsize=5.5)
            else:
                _london_inset(ax, joined, colors, [0.73, 0.0, 0.27, 0.3], label_city=False, title_size=7.5, outline=outline)
            count = int(has.sum())
            ax.set_title(f"{label}\n{count} area{'s' if count != 1 else ''}", loc="left", fontsize=10.5, fontweight="bold", pad=2)
        for ax in axes[n:]:
            ax.set_axis_off()
        from matplotlib.patches import Patch

        s = style.NO_AWARD
        handles = [
            Patch(facecolor=PROGRAMME_COLOUR, label="Award funds this type of work"),
            Patch(facecolor=OTHER_AWARD_COLOUR, label="Award for other work"),
            Patch(facecolor=s["facecolor"], edgecolor=s["edgecolor"], hatch=s["hatch"], linewidth=0, label=s["label"]),
        ]
        if own:
            w, h = fig.get_size_inches()
            fig.legend(handles=handles, loc="lower left", bbox_to_anchor=(style.SIDE_MARGIN_IN / w, 0.66 / h), ncols=3, frameon=False, handlelength=1.6, handleheight=1.1)
            style.add_title(
                fig,
                title or f"What the {round_name} awards pay for, by area",
                subtitle
                or f"Police force areas whose award funds each of these {_count_words(n)} types of work, as tagged from the "
                "Home Office award list (every type, by area, is charted in notebook 03). An award can fund several types.",
            )
            style.add_source_line(fig, map_source(rows, hex_mode))
        else:
            axes[0].legend(handles=handles, loc="upper right", frameon=False, fontsize=8)
    return fig


# ----------------------------------------------------------------------------- regions


def regional_chart(regional: pd.DataFrame, *, round: str | None = None, axes=None, title: str | None = None, subtitle: str | None = None):
    """English regions and Wales: share of police force areas funded, and pence per resident.

    ``regional`` is :func:`funding.tables.coverage.regional_coverage`.  ``axes``, if
    given, is a pair of Axes.  The dashed line on the right is England and
    Wales as a whole.
    """
    rows = _round_rows(regional, round).sort_values("region_code", kind="mergesort", ascending=False)
    round_name = str(rows["round"].iloc[0])
    names = rows["region_name"].astype(str).tolist()
    y = np.arange(len(rows))
    share = rows["share_funded"].astype(float).to_numpy() * 100
    rate = rows["pence_per_resident"].astype(float).to_numpy()
    total_amount = int(rows["amount_pence"].sum())
    total_pop = int(rows["population"].sum())
    overall = total_amount / total_pop
    with style.context():
        own = axes is None
        if own:
            fig, axes = style.figure(
                (style.FIGURE_WIDTH_IN, 5.8), 1, 2, kind="chart", margins={"left": 2.05, "top": 1.05 + 0.3, "wspace": 0.2}, sharey=True
            )
        left, right = np.ravel(axes)
        fig = left.figure
        left.barh(y, share, color=style.OKABE_ITO["blue"], height=0.68)
        left.barh(y, 100 - share, left=share, color="#E4E4E4", height=0.68)
        for yi, s, f, a in zip(y, share, rows["areas_funded"], rows["areas"]):
            left.text(1.5, yi, f"{int(f)} of {int(a)}", va="center", ha="left", fontsize=9, color="white" if s >= 18 else "#1A1A1A")
        left.set_xlim(0, 100)
        left.set_xticks([0, 50, 100], ["0%", "50%", "100%"])
        left.set_yticks(y, names)
        left.set_title("Areas funded", loc="left", fontsize=11, fontweight="bold")
        left.tick_params(axis="y", length=0)
        right.barh(y, rate, color=style.OKABE_ITO["orange"], height=0.68)
        for yi, v in zip(y, rate):
            right.text(v + 0.6, yi, f"{v:.1f}p", va="center", ha="left", fontsize=9,
                       bbox={"boxstyle": "square,pad=0.05", "facecolor": "white", "edgecolor": "none"})
        right.axvline(overall, color="#404040", linestyle=(0, (3, 2)), linewidth=0.9)
        right.text(overall + 0.6, len(rows) - 0.22, f"England and Wales: {overall:.1f}p", ha="left", va="center", fontsize=8.5, color="#404040")
        right.set_xlim(0, max(rate.max() * 1.22, overall * 1.4))
        right.xaxis.set_major_formatter(style.pence_rate_formatter())
        right.set_title("Pence per resident", loc="left", fontsize=11, fontweight="bold")
        right.tick_params(axis="y", length=0)
        right.set_ylim(-0.6, len(rows) + 0.12)
        if own:
            year = int(rows["population_year"].iloc[0])
            style.add_title(
                fig,
                title or f"Perpetrator fund coverage by region, {round_name}",
                subtitle or f"Share of police force areas with an award, and money awarded per resident (mid-{year} population), English regions and Wales.",
            )
            style.add_source_line(
                fig,
                f"Source: Home Office, perpetrator fund awards {round_name}; population: ONS mid-"
                f"{int(rows['population_year'].iloc[0])} estimates, summed from "
                "local authorities to police force areas. Open Government Licence v3.0.",
            )
    return fig


def _count_words(n: int) -> str:
    """A small count in words, as a subtitle prints it ("four"); larger ones in digits."""
    words = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    return words[n] if 0 <= n < len(words) else str(n)
