"""Interactive, embeddable versions of the award map and the ranked chart.

    write_interactive("reports/interactive", tables, shapes)  →  award_map.html, awards_ranked.html

Each page is one self-contained HTML file: the chart is a Vega-Lite specification
built with Altair, and vl-convert writes it with Vega, Vega-Lite and vega-embed
bundled inline, so the page opens offline and in an ``<iframe>`` on any site,
and loads nothing from the web.  Hovering an area or a bar shows the area, its
award, the award per resident, its programme types and its number of bids.

Why this stack: Altair is the maintained Python front end of Vega-Lite, a
declarative format a newsroom can also open in the Vega editor; vl-convert
bundles the JavaScript without Node or a CDN.  The data inlined are the coverage
table of the featured round, with amounts formatted at this edge only, and the
police force area boundaries simplified (``TOLERANCE_M``) and rounded to whole
metres of British National Grid, drawn with an identity projection (the map is
already projected).  The same tables give the same bytes.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

__all__ = ["write_interactive", "award_map_spec", "awards_ranked_spec", "area_rows", "TOLERANCE_M"]

#: Boundary simplification for the interactive map, in metres: invisible at the size it is drawn (700 px tall).
TOLERANCE_M = 400

WIDTH = 560


def area_rows(tables: dict) -> list[dict]:
    """One row per police force area of the featured round: what the tooltips show."""
    from funding.core.money import format_pounds
    from funding.parse.programme_types import type_labels
    from funding.reference.rounds import featured_round

    labels = type_labels()
    cov = tables["coverage"]
    cov = cov[cov["round"] == featured_round()].sort_values("pfa_code", kind="mergesort")
    rows = []
    for _, r in cov.iterrows():
        funded = bool(r["funded"])
        amount = int(r["amount_pence"]) if funded else 0
        pop = int(r["population"]) if str(r["population"]) not in ("<NA>", "nan") else 0
        types = [labels.get(t, t) for t in str(r["programme_types"]).split(";") if t and str(r["programme_types"]) not in ("<NA>", "nan")]
        rows.append({
            "code": str(r["pfa_code"]),
            "area": str(r["pfa_name"]),
            "region": str(r["region_name"]),
            "funded": funded,
            "amount_pounds": round(amount / 100, 2),
            "amount": format_pounds(amount) if funded else "no award",
            "per_resident": f"{amount / pop:.0f}p" if funded and pop else "",
            "programme_types": "; ".join(types) if funded else "",
            "bids": _bids_shown(r["bids"], funded),
        })
    return rows


#: What the tooltip says for bids the sources do not give: unsuccessful bids are not published
#: (coverage's ``bids`` is empty for an area with no award), and a list may print no count.
BIDS_NOT_PUBLISHED = "not published"
BIDS_NOT_PRINTED = "not printed"


def _bids_shown(bids, funded: bool) -> str:
    """The number of bids as the tooltip shows it: a count for a funded area whose list prints
    one, else why there is none (never 0: an area with no award may still have bid)."""
    if not funded:
        return BIDS_NOT_PUBLISHED
    if str(bids) in ("<NA>", "nan", "None", ""):
        return BIDS_NOT_PRINTED
    return str(int(bids))


_TOOLTIP = [("area", "Police force area"), ("amount", "Award"), ("per_resident", "Per resident"),
            ("programme_types", "Programme types"), ("bids", "Bids")]


def _tooltip():
    import altair as alt

    return [alt.Tooltip(f"{field}:N", title=title) for field, title in _TOOLTIP]


def _features(tables: dict, boundaries) -> dict:
    from shapely.geometry import mapping

    rows = {r["code"]: r for r in area_rows(tables)}
    gdf = boundaries.sort_values("pfa_code", kind="mergesort")
    features = []
    for code, geom in zip(gdf["pfa_code"], gdf.geometry):
        simple = geom.simplify(TOLERANCE_M, preserve_topology=True)
        geo = json.loads(json.dumps(mapping(simple)), parse_float=lambda s: round(float(s)))
        features.append({"type": "Feature", "geometry": geo, "properties": rows[str(code)]})
    return {"type": "FeatureCollection", "features": features}


def award_map_spec(tables: dict, boundaries) -> dict:
    """The Vega-Lite specification of the award map (a dict)."""
    import altair as alt

    from funding.reference.rounds import featured_round

    # The chart is built around one placeholder area and the 43 areas put in its place in the
    # finished dict: Altair walks every value it is given, to convert and validate it, and the
    # boundaries' coordinates made that walk most of the specification's time (the same dict).
    features = _features(tables, boundaries)["features"]
    data = alt.Data(values=features[:1])
    base = alt.Chart(data).project(type="identity", reflectY=True).properties(width="container", height=int(WIDTH * 1.15))
    none = base.mark_geoshape(stroke="white", strokeWidth=0.5, fill="#D9D9D9").encode(tooltip=_tooltip()).transform_filter(
        "!datum.properties.funded")
    funded = base.mark_geoshape(stroke="white", strokeWidth=0.5).encode(
        color=alt.Color("properties.amount_pounds:Q", title="Award (£)", scale=alt.Scale(scheme="yellowgreenblue", zero=True),
                        legend=alt.Legend(format=",.0f", orient="top-left")),
        tooltip=_tooltip(),
    ).transform_filter("datum.properties.funded")
    chart = alt.layer(none, funded).properties(
        title=alt.Title(f"Domestic abuse perpetrator awards, {featured_round()}",
                        subtitle=["Grey: no award. Hover an area for its award,", "per resident, programme types and bids.",
                                  "Source: Home Office (2021); ONS, OGL v3.0."],
                        anchor="start"),
    ).configure_view(stroke=None)
    spec = chart.to_dict()
    spec["data"]["values"] = features
    return _retarget_tooltips(spec)


def _retarget_tooltips(spec: dict) -> dict:
    """Tooltip fields of a geoshape live under ``properties.``."""
    def fix(node):
        if isinstance(node, dict):
            if "tooltip" in node and isinstance(node["tooltip"], list):
                for t in node["tooltip"]:
                    if not t["field"].startswith("properties."):
                        t["field"] = "properties." + t["field"]
            for v in node.values():
                fix(v)
        elif isinstance(node, list):
            for v in node:
                fix(v)
    fix(spec.get("layer", []))
    return spec


def awards_ranked_spec(tables: dict) -> dict:
    """The Vega-Lite specification of the ranked awards (a dict)."""
    import altair as alt

    from funding.reference.rounds import featured_round

    rows = sorted((r for r in area_rows(tables) if r["funded"]), key=lambda r: (-r["amount_pounds"], r["area"]))
    chart = alt.Chart(alt.Data(values=rows)).mark_bar().encode(
        x=alt.X("amount_pounds:Q", title="Award (£)", axis=alt.Axis(format="~s", labelExpr="'£' + datum.label")),
        y=alt.Y("area:N", sort=None, title=None),
        color=alt.Color("multiple:N", title="Bids", scale=alt.Scale(domain=["one bid", "more than one bid"], range=["#0072B2", "#E69F00"]),
                        legend=alt.Legend(orient="bottom-right")),
        tooltip=_tooltip(),
    ).transform_calculate(multiple="toNumber(datum.bids) > 1 ? 'more than one bid' : 'one bid'").properties(
        width="container", height=len(rows) * 22,
        title=alt.Title(["Who got what: domestic abuse", f"perpetrator awards, {featured_round()}"],
                        subtitle=["Hover a bar for the award, per resident,", "programme types and bids. Source: Home Office (2021)."],
                        anchor="start"),
    )
    return chart.to_dict()


def _page(spec: dict, title: str, description: str) -> str:
    import vl_convert as vlc

    # No actions menu (its <summary> has no accessible name); SVG so that the marks are in the page.
    spec = {**spec, "usermeta": {"embedOptions": {"actions": False, "renderer": "svg"}},
            "autosize": {"type": "fit-x", "contains": "padding"}}
    page = vlc.vegalite_to_html(spec, bundle=True)
    # A title and a language for the page, and its description for screen readers.
    page = page.replace("<html>", '<html lang="en">', 1)
    head = (f"<title>{html.escape(title)}</title>\n<meta name=\"description\" content=\"{html.escape(description)}\">\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<link rel="icon" href="data:,">\n')
    # A main landmark and a level-one heading (for screen readers; the chart shows its own title).
    hidden = "position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)"
    page = page.replace('<div id="vega-chart"></div>',
                        f'<main style="max-width:{WIDTH}px"><h1 style="{hidden}">{html.escape(title)}</h1><p style="{hidden}">{html.escape(description)}</p>'
                        f'<div id="vega-chart" style="width:100%;max-width:{WIDTH}px"></div></main>', 1)
    if "<title>Chart</title>" in page:
        page = page.replace("<title>Chart</title>", head.strip(), 1)
    else:
        page = page.replace("<head>", "<head>\n" + head, 1)
    return page


def write_interactive(out_dir: str | Path, tables: dict, shapes: dict | None) -> list[Path]:
    """Write ``award_map.html`` and ``awards_ranked.html`` in ``out_dir``; returns the paths."""
    from funding.viz.figures import alt_text

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    if shapes is not None and shapes.get("boundaries") is not None:
        target = out / "award_map.html"
        target.write_text(_page(award_map_spec(tables, shapes["boundaries"]), "Award map: domestic abuse perpetrator awards",
                                alt_text("map_award_amount", tables)), encoding="utf-8")
        written.append(target)
    target = out / "awards_ranked.html"
    target.write_text(_page(awards_ranked_spec(tables), "Who got what: domestic abuse perpetrator awards, ranked",
                            alt_text("awards_ranked", tables)), encoding="utf-8")
    written.append(target)
    return written
