"""The hex cartogram of the 43 police force areas (``funding/data/pfa_hex.hexjson``).

Every area gets one hexagon of the same size, so that the City of London and
Dyfed-Powys are equally visible.  The layout is HexJSON (the Open Data
Institute Leeds format): ``layout`` is ``"odd-r"`` (pointy-topped hexagons,
odd rows shifted right by half a hexagon) and, as in the ODI Leeds maps, ``r``
grows northwards.  The file's ``method`` field says how the layout was made.

The geometry is built in "hex units" (circumradius 1) with no coordinate
reference system: it is a diagram, not a map projection.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache

from funding.core.packagedata import data_text
from funding.errors import SourceError
from funding.reference.register import register

__all__ = ["HEXJSON", "load_hexjson", "hex_layout", "hex_centre", "hex_neighbours", "hex_polygon", "hex_geometries", "adjacent_pairs"]

HEXJSON = "pfa_hex.hexjson"
_LAYOUTS = ("odd-r", "even-r", "odd-q", "even-q")


@lru_cache(maxsize=1)
def load_hexjson(name: str = HEXJSON) -> dict:
    """The HexJSON document, checked: a known layout, the register's 43 areas, one hexagon per cell."""
    text = data_text(name)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceError(name, exc.lineno, exc.msg, "valid JSON (HexJSON)") from exc
    if doc.get("layout") not in _LAYOUTS:
        raise SourceError(name, None, f"layout {doc.get('layout')!r}", "one of " + ", ".join(_LAYOUTS))
    hexes = doc.get("hexes")
    if not isinstance(hexes, dict):
        raise SourceError(name, None, "no 'hexes' object", "a 'hexes' object keyed by ONS code")
    from funding.reference.geo import check_areas

    check_areas(list(hexes), [h.get("n") for h in hexes.values()], name)
    cells: dict[tuple[int, int], str] = {}
    for code, h in hexes.items():
        if not isinstance(h.get("q"), int) or not isinstance(h.get("r"), int):
            raise SourceError(name, None, f"{code}: q={h.get('q')!r} r={h.get('r')!r}", "whole-number q and r")
        cell = (h["q"], h["r"])
        if cell in cells:
            raise SourceError(name, None, f"{code} and {cells[cell]} both at q={cell[0]} r={cell[1]}", "one area per hexagon")
        cells[cell] = code
    return doc


def hex_centre(q: int, r: int, layout: str = "odd-r") -> tuple[float, float]:
    """Centre of a hexagon of circumradius 1, with ``r`` (or ``q``) growing north (east)."""
    s3 = math.sqrt(3)
    if layout in ("odd-r", "even-r"):
        shift = 0.5 if (r % 2 == 1) == (layout == "odd-r") else 0.0
        return (s3 * (q + shift), 1.5 * r)
    shift = 0.5 if (q % 2 == 1) == (layout == "odd-q") else 0.0
    return (1.5 * q, s3 * (r + shift))


def hex_neighbours(q: int, r: int, layout: str = "odd-r") -> list[tuple[int, int]]:
    """The six cells around ``(q, r)``."""
    if layout in ("odd-r", "even-r"):
        shifted = (r % 2 == 1) == (layout == "odd-r")
        d = 1 if shifted else -1
        return [(q + 1, r), (q - 1, r), (q, r + 1), (q + d, r + 1), (q, r - 1), (q + d, r - 1)]
    shifted = (q % 2 == 1) == (layout == "odd-q")
    d = 1 if shifted else -1
    return [(q, r + 1), (q, r - 1), (q + 1, r), (q + 1, r + d), (q - 1, r), (q - 1, r + d)]


def hex_polygon(q: int, r: int, layout: str = "odd-r", size: float = 1.0):
    """A shapely hexagon for one cell (pointy-topped for row layouts, flat-topped for column layouts)."""
    from shapely.geometry import Polygon

    cx, cy = hex_centre(q, r, layout)
    start = 30 if layout.endswith("-r") else 0
    return Polygon(
        [(cx + size * math.cos(math.radians(start + 60 * k)), cy + size * math.sin(math.radians(start + 60 * k))) for k in range(6)]
    )


def hex_layout(name: str = HEXJSON):
    """One row per area: ``pfa_code, pfa_name, abbr, q, r, x, y`` (x, y the hexagon centre), in code order."""
    import pandas as pd

    doc = load_hexjson(name)
    rows = []
    for code in register().codes:
        h = doc["hexes"][code]
        x, y = hex_centre(h["q"], h["r"], doc["layout"])
        rows.append({"pfa_code": code, "pfa_name": h["n"], "abbr": h.get("abbr", code), "q": h["q"], "r": h["r"], "x": x, "y": y})
    return pd.DataFrame(rows)


def hex_geometries(name: str = HEXJSON):
    """The hexagons as a GeoDataFrame (``pfa_code, pfa_name, abbr, geometry``), no CRS, in code order."""
    import geopandas as gpd

    doc = load_hexjson(name)
    layout = hex_layout(name)
    geoms = [hex_polygon(q, r, doc["layout"]) for q, r in zip(layout["q"], layout["r"])]
    return gpd.GeoDataFrame(layout[["pfa_code", "pfa_name", "abbr"]].copy(), geometry=geoms, crs=None)


def adjacent_pairs(name: str = HEXJSON) -> set[frozenset[str]]:
    """Pairs of areas whose hexagons touch."""
    doc = load_hexjson(name)
    at = {(h["q"], h["r"]): code for code, h in doc["hexes"].items()}
    pairs = set()
    for (q, r), code in at.items():
        for cell in hex_neighbours(q, r, doc["layout"]):
            other = at.get(cell)
            if other:
                pairs.add(frozenset((code, other)))
    return pairs
