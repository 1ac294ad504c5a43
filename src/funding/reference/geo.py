"""Police force area boundaries, the district lookup and population, loaded by name.

Every loader reads its file through :mod:`funding.sources` (found in
``FUNDING_DATA_DIR``, ``../shared/data`` or ``data/raw`` and hash-checked
against ``funding/data/reference_data.csv``) and checks it against the
register of the 43 areas (:mod:`funding.reference.register`): a file that lists an area
twice, misses one, has one the register does not know, or spells a name
differently raises :class:`~funding.errors.SourceError` naming the file.

geopandas is imported inside :func:`load_boundaries` only, so that importing
this module (and :mod:`funding`) stays cheap.
"""

from __future__ import annotations

import io
import re
from functools import lru_cache
from pathlib import Path

from funding.errors import SourceError
from funding.reference.register import register

__all__ = [
    "BOUNDARIES_ID",
    "POPULATION_ID",
    "LOOKUP_ID",
    "BRITISH_NATIONAL_GRID",
    "POPULATION_YEARS",
    "load_boundaries",
    "load_population",
    "load_lad_lookup",
    "check_areas",
]

BOUNDARIES_ID = "ons-pfa-dec2020-buc"
POPULATION_ID = "pfa23-population-mid2019-2023"
LOOKUP_ID = "ons-lad23-pfa23-lookup"
BRITISH_NATIONAL_GRID = "EPSG:27700"
#: Mid-year estimates carried by :func:`load_population` (mid-2019 … mid-2023).
POPULATION_YEARS = (2019, 2020, 2021, 2022, 2023)


def check_areas(codes, names, source: str | Path, *, what: str = "police force areas") -> None:
    """Raise :class:`SourceError` unless ``codes``/``names`` are the register's 43 areas, each once.

    ``names`` may be ``None`` when the file carries codes only.
    """
    reg = register()
    codes = [str(c) for c in codes]
    seen: set[str] = set()
    twice = sorted({c for c in codes if c in seen or seen.add(c)})
    if twice:
        raise SourceError(str(source), None, ", ".join(twice), f"each of the {len(reg)} {what} once", hint="listed more than once")
    unknown = sorted(set(codes) - set(reg.codes))
    if unknown:
        raise SourceError(
            str(source), None, ", ".join(unknown), f"ONS codes of the {len(reg)} {what} in pfa_register.csv",
        )
    missing = sorted(set(reg.codes) - set(codes))
    if missing:
        names_missing = ", ".join(f"{c} {reg.by_code(c).pfa_name}" for c in missing)
        raise SourceError(str(source), None, f"{len(codes)} areas", f"all {len(reg)} {what}", hint=f"missing: {names_missing}")
    if names is not None:
        for code, name in zip(codes, names):
            official = reg.by_code(code).pfa_name
            if str(name) != official:
                raise SourceError(str(source), None, f"{code} {name}", f"{code} named {official!r} as in pfa_register.csv")


def _column(columns, pattern: str, source: Path, expected: str) -> str:
    found = [c for c in columns if re.fullmatch(pattern, c, flags=re.I)]
    if len(found) != 1:
        raise SourceError(str(source), None, ", ".join(map(str, columns)), expected)
    return found[0]


@lru_cache(maxsize=2)
def _boundaries(source_id: str):
    import geopandas as gpd

    from funding.sources import read_bytes

    path, data = read_bytes(source_id)
    try:
        raw = gpd.read_file(io.BytesIO(data))
    except Exception as exc:  # pyogrio raises its own error types
        raise SourceError(str(path), None, type(exc).__name__ + ": " + str(exc), "a GeoJSON of police force area polygons") from exc
    code = _column(raw.columns, r"pfa\d\dcd", path, "a police force area code column such as PFA20CD")
    name = _column(raw.columns, r"pfa\d\dnm", path, "a police force area name column such as PFA20NM")
    check_areas(raw[code], raw[name], path)
    if raw.crs is None:
        raise SourceError(str(path), None, "no coordinate reference system", "a declared CRS (the ONS files declare EPSG:4326 or EPSG:27700)")
    invalid = raw.loc[~raw.geometry.is_valid, code].tolist()
    if invalid:
        raise SourceError(str(path), None, "invalid geometry for " + ", ".join(invalid), "valid polygons for every area")
    frame = gpd.GeoDataFrame(
        {"pfa_code": raw[code].astype(str), "pfa_name": raw[name].astype(str)},
        geometry=raw.geometry,
        crs=raw.crs,
    ).to_crs(BRITISH_NATIONAL_GRID)
    return frame.sort_values("pfa_code", kind="mergesort").reset_index(drop=True)


def load_boundaries(source_id: str = BOUNDARIES_ID):
    """The 43 police force areas as a GeoDataFrame (``pfa_code``, ``pfa_name``, ``geometry``).

    Projected to British National Grid (EPSG:27700), one row per area in code
    order.  Raises :class:`SourceError` when the file is not the recorded one
    or its areas are not the register's.
    """
    return _boundaries(source_id).copy()


def _read_csv(source_id: str):
    """The hash-checked CSV of a reference file, every cell as text (a BOM, if any, removed)."""
    import pandas as pd

    from funding.sources import read_bytes

    path, data = read_bytes(source_id)
    return path, pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", dtype=str)


@lru_cache(maxsize=2)
def _population(source_id: str):
    import pandas as pd

    path, raw = _read_csv(source_id)
    code = _column(raw.columns, r"pfa\d\dcd", path, "a police force area code column such as PFA23CD")
    name = _column(raw.columns, r"pfa\d\dnm", path, "a police force area name column such as PFA23NM")
    check_areas(raw[code], raw[name], path)
    rows = []
    for year in POPULATION_YEARS:
        col = f"mid{year}"
        if col not in raw.columns:
            raise SourceError(str(path), None, ", ".join(raw.columns), f"a column {col} (population at mid-{year})")
        for line, (c, v) in enumerate(zip(raw[code], raw[col]), start=2):
            if v is None or not str(v).strip().isdigit():
                raise SourceError(str(path), line, f"{col}={v}", "a whole number of residents")
            rows.append({"pfa_code": c, "year": year, "population": int(v)})
    frame = pd.DataFrame(rows).astype({"pfa_code": "string", "year": "Int64", "population": "Int64"})
    return frame.sort_values(["pfa_code", "year"], kind="mergesort").reset_index(drop=True)


def load_population(source_id: str = POPULATION_ID):
    """Residents of each police force area at mid-2019 … mid-2023, long form.

    Columns ``pfa_code``, ``year`` (the mid-year of the estimate, e.g. 2021
    for mid-2021) and ``population``; 43 × 5 rows, ordered by code and year.
    """
    return _population(source_id).copy()


@lru_cache(maxsize=2)
def _lookup(source_id: str):
    import pandas as pd

    path, raw = _read_csv(source_id)
    lad = _column(raw.columns, r"lad\d\dcd", path, "a district code column such as LAD23CD")
    lad_name = _column(raw.columns, r"lad\d\dnm", path, "a district name column such as LAD23NM")
    code = _column(raw.columns, r"pfa\d\dcd", path, "a police force area code column such as PFA23CD")
    name = _column(raw.columns, r"pfa\d\dnm", path, "a police force area name column such as PFA23NM")
    frame = pd.DataFrame(
        {"lad_code": raw[lad], "lad_name": raw[lad_name], "pfa_code": raw[code], "pfa_name": raw[name]}
    ).astype("string")
    areas = frame.drop_duplicates(["pfa_code", "pfa_name"])
    check_areas(areas["pfa_code"], areas["pfa_name"], path)
    conflicting = frame.drop_duplicates(["lad_code", "pfa_code"])["lad_code"]
    if conflicting.duplicated().any():
        raise SourceError(str(path), None, ", ".join(conflicting[conflicting.duplicated()]), "each district in one police force area")
    return frame.sort_values("lad_code", kind="mergesort").reset_index(drop=True)


def load_lad_lookup(source_id: str = LOOKUP_ID):
    """Local authority districts and the police force area each lies in.

    Columns ``lad_code``, ``lad_name``, ``pfa_code``, ``pfa_name``.  The
    default (``lad23_to_pfa23_ew.csv``) has one row per district; the ONS
    file with community safety partnerships (``ons-lad23-csp23-pfa23-lookup``)
    repeats the seven districts that hold several partnerships.
    """
    return _lookup(source_id).copy()
