"""Police force area boundaries, the district lookup and population, loaded by name.

Every loader reads its file through :mod:`funding.sources` (found in
``FUNDING_DATA_DIR``, ``../shared/data`` or ``data/raw`` and hash-checked
against ``funding/data/reference_data.csv``) and checks it against the
register of the 43 areas (:mod:`funding.reference.register`): a file that lists an area
twice, misses one, has one the register does not know, or spells a name
differently raises :class:`~funding.errors.SourceError` naming the file.

geopandas is imported inside :func:`load_boundaries` only, so that importing
this module (and :mod:`funding`) stays cheap.

Without the mirror (a fresh clone), the three files the project draws from
(boundaries, district lookup, force-area populations) are read from the
committed copies in ``data/reference/``, each checked against the sha256 in
``data/reference/copies.csv``.  :func:`write_reference_copies` (run by
``data/reference/build.py``) writes those copies from the mirror, the same bytes
every time.
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
    "REFERENCE_COPIES",
    "reference_copies_dir",
    "write_reference_copies",
    "reference_copy",
]

BOUNDARIES_ID = "ons-pfa-dec2020-buc"
POPULATION_ID = "pfa23-population-mid2019-2023"
LOOKUP_ID = "ons-lad23-pfa23-lookup"
BRITISH_NATIONAL_GRID = "EPSG:27700"
#: Mid-year estimates carried by :func:`load_population` (mid-2019 … mid-2023).
POPULATION_YEARS = (2019, 2020, 2021, 2022, 2023)
#: The committed copy of each reference file the project draws from (in ``data/reference/``).
REFERENCE_COPIES = {
    BOUNDARIES_ID: "pfa_dec2020_boundaries_buc.geojson",
    LOOKUP_ID: "lad23_pfa23_lookup.csv",
    POPULATION_ID: "pfa23_population_mid2019_to_mid2023.csv",
}
_COPIES_MANIFEST = "copies.csv"
_COPY_METHOD = {
    BOUNDARIES_ID: "byte-for-byte copy (already the ultra-generalised BUC boundaries, 314 kB)",
    LOOKUP_ID: "columns renamed to lad_code, lad_name, pfa_code, pfa_name; rows in district-code order",
    POPULATION_ID: "long form: one row per area and mid-year (pfa_code, pfa_name, year, population); n_lads dropped",
}


def reference_copies_dir() -> Path:
    """``data/reference/`` in the project: the committed copies of the reference data."""
    from funding.sources.mirror import PROJECT_ROOT

    return PROJECT_ROOT / "data" / "reference"


def _copy_hashes(directory: Path) -> dict[str, str]:
    import csv

    path = directory / _COPIES_MANIFEST
    try:
        rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
    except OSError:
        raise SourceError(str(path), None, "no such file", "the record of the committed reference copies") from None
    return {r["file"]: r["sha256"] for r in rows}


def _read_reference(source_id: str) -> tuple[Path, bytes, bool]:
    """The verified bytes of a reference file: from the mirror, else its committed copy.

    Returns the path, the bytes and whether they are the committed copy.  A
    file the mirror has but with another hash is an error (never replaced by the
    copy in silence); a file absent from the mirror with no copy is the
    mirror's error, naming where it was looked for.
    """
    from funding.sources import locate, read_bytes, sha256_of

    try:
        locate(source_id)
    except SourceError:
        if source_id not in REFERENCE_COPIES:
            raise
        directory = reference_copies_dir()
        path = directory / REFERENCE_COPIES[source_id]
        try:
            data = path.read_bytes()
        except OSError:
            raise SourceError(str(path), None, "no such file", f"the committed copy of {source_id}") from None
        recorded = _copy_hashes(directory).get(path.name, "")
        digest = sha256_of(data)
        if digest != recorded:
            raise SourceError(
                str(path), None, f"sha256 {digest}", f"sha256 {recorded or '(none)'} as recorded in data/reference/{_COPIES_MANIFEST}",
                hint="the committed copy has changed; rebuild it with `python data/reference/build.py` from the mirror",
            )
        return path, data, True
    path, data = read_bytes(source_id)
    return path, data, False


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

    path, data, _ = _read_reference(source_id)
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

    path, data, copy = _read_reference(source_id)
    return path, pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", dtype=str), copy


@lru_cache(maxsize=2)
def _population(source_id: str):
    import pandas as pd

    path, raw, copy = _read_csv(source_id)
    if copy:
        return _population_copy(path, raw)
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

    path, raw, copy = _read_csv(source_id)
    if copy:
        raw = raw.rename(columns={"lad_code": "LAD23CD", "lad_name": "LAD23NM", "pfa_code": "PFA23CD", "pfa_name": "PFA23NM"})
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


_POPULATION_COPY_COLUMNS = ["pfa_code", "pfa_name", "year", "population"]


def _population_copy(path: Path, raw):
    """The long-form committed copy of the populations, checked as the mirror's file is."""
    import pandas as pd

    if list(raw.columns) != _POPULATION_COPY_COLUMNS:
        raise SourceError(str(path), 1, ",".join(raw.columns), ",".join(_POPULATION_COPY_COLUMNS))
    for year in POPULATION_YEARS:
        rows = raw[raw["year"] == str(year)]
        check_areas(rows["pfa_code"], rows["pfa_name"], path)
    for line, (y, v) in enumerate(zip(raw["year"], raw["population"]), start=2):
        if y not in {str(y0) for y0 in POPULATION_YEARS} or not str(v).isdigit():
            raise SourceError(str(path), line, f"{y},{v}", "a mid-year 2019 to 2023 and a whole number of residents")
    frame = pd.DataFrame(
        {"pfa_code": raw["pfa_code"], "year": raw["year"].map(int), "population": raw["population"].map(int)}
    ).astype({"pfa_code": "string", "year": "Int64", "population": "Int64"})
    return frame.sort_values(["pfa_code", "year"], kind="mergesort").reset_index(drop=True)


def write_reference_copies(out_dir: Path | str) -> list[Path]:
    """Write the committed copies of the reference data from the mirror, and their record.

    Reads each file from the mirror (hash-checked against the manifest; the
    committed copies are never their own source), writes the copy and
    ``copies.csv`` (file, the source it derives from and its sha256, the method,
    the licence, the copy's sha256).  Same mirror, same bytes.
    """
    import csv

    from funding.sources import entry, read_bytes, sha256_of

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    texts: dict[str, bytes] = {}
    sources: dict[str, bytes] = {}
    for source_id in REFERENCE_COPIES:
        sources[source_id] = read_bytes(source_id)[1]  # the mirror's file, hash-checked; absent is an error
    texts[BOUNDARIES_ID] = sources[BOUNDARIES_ID]
    texts[LOOKUP_ID] = load_lad_lookup().to_csv(index=False, lineterminator="\n").encode("utf-8")
    reg = register()
    population = load_population()
    population.insert(1, "pfa_name", [reg.by_code(c).pfa_name for c in population["pfa_code"]])
    texts[POPULATION_ID] = population.to_csv(index=False, lineterminator="\n").encode("utf-8")
    written = []
    record = io.StringIO()
    writer = csv.writer(record, lineterminator="\n")
    writer.writerow(["file", "source_id", "source_file", "source_sha256", "method", "licence", "sha256"])
    for source_id, name in REFERENCE_COPIES.items():
        path = out / name
        path.write_bytes(texts[source_id])
        written.append(path)
        e = entry(source_id)
        writer.writerow(
            [name, source_id, e.file, sha256_of(sources[source_id]), _COPY_METHOD[source_id], e.licence, sha256_of(texts[source_id])]
        )
    record_path = out / _COPIES_MANIFEST
    record_path.write_bytes(record.getvalue().encode("utf-8"))
    written.append(record_path)
    return written


def reference_copy(source_id: str) -> Path | None:
    """The committed copy of a reference file, if there is one and it has its recorded sha256."""
    from funding.sources import sha256_of

    if source_id not in REFERENCE_COPIES:
        return None
    directory = reference_copies_dir()
    path = directory / REFERENCE_COPIES[source_id]
    try:
        ok = path.is_file() and sha256_of(path.read_bytes()) == _copy_hashes(directory).get(path.name)
    except SourceError:
        return None
    return path if ok else None
