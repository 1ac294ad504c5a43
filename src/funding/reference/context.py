"""Context beside the funding: police recorded stalking and the Crime Severity Score by area.

Two reference files (``shared/data/PROVENANCE.md``, sections 6 and 7), each read
through the manifest (``reference_data.csv``), hash-checked, and joined to the
register of the 43 police force areas:

* :func:`load_stalking`: police recorded stalking offences by force, 2015-16 to
  2020-21 (Home Office, compiled by the BBC Shared Data Unit).  Forces are named,
  not coded: each name is resolved through the register's aliases
  (``pfa_aliases.csv``); a name the register does not know is an error.  Every one
  of the 43 areas gets a row for every period: the area the file has no row for
  (the City of London) and the figures listed in ``area_context_no_figure.csv``
  (Greater Manchester's zeros after 342 the year before, read as not supplied) are
  ``status = "no_figure"`` with the reason, never dropped.  The last column covers
  **April to December 2020 only**: its period is labelled
  ``"2020-21 Apr-Dec (part year)"`` and ``part_year`` is true.
* :func:`load_severity`: the ONS Crime Severity Score (experimental statistics) by
  police force area and offence group, years ending March 2021 and 2022, coded.
* :func:`load_area_population`: residents of each area at any mid-year from 2011 to
  2023, ONS district estimates summed through the district lookup (the
  per-100,000 rates need years before mid-2019, which the area population file
  does not hold).

Periods, offence groups and labels are package data (``area_context.toml``).
"""

from __future__ import annotations

from functools import lru_cache

from funding.core.packagedata import data_csv, data_toml
from funding.errors import SourceError
from funding.reference.geo import _column, _read_csv, check_areas, load_lad_lookup
from funding.reference.register import register

__all__ = [
    "CONFIG_FILE",
    "config",
    "STALKING_ID",
    "SEVERITY_ID",
    "LAD_POPULATION_ID",
    "NO_FIGURE",
    "stalking_periods",
    "no_figure_reasons",
    "load_stalking",
    "load_severity",
    "load_area_population",
]

CONFIG_FILE = "area_context.toml"


def config() -> dict:
    """``area_context.toml``: periods, offence groups, population and comparison settings."""
    return data_toml(CONFIG_FILE)


STALKING_ID = config()["stalking"]["source_id"]
SEVERITY_ID = config()["severity"]["source_id"]
LAD_POPULATION_ID = config()["population"]["source_id"]

#: ``status`` of a row with no figure (the area is absent from the file, or its figure is not usable).
NO_FIGURE = "no_figure"

#: The reason given for an area the stalking file has no row for.
NOT_IN_FILE = "no row for this area in the file (its 42 forces do not include the City of London Police)"


#: The ONS symbol for a figure that is not available, and what the tables say about it.
NOT_AVAILABLE = ":"
NOT_AVAILABLE_REASON = "':' in the file, the ONS symbol for a figure that is not available"


def stalking_periods() -> list[dict]:
    """The stalking file's columns with their periods, in file order (``area_context.toml``)."""
    return [dict(c) for c in config()["stalking"]["columns"]]


def no_figure_reasons() -> dict[tuple[str, str, str], str]:
    """``(source_id, pfa_code, period) → reason`` for figures read as no figure (``area_context_no_figure.csv``)."""
    reg = register()
    out = {}
    for line, row in enumerate(data_csv("area_context_no_figure.csv", ("source_id", "pfa_code", "period", "reason")), start=2):
        if row["pfa_code"] not in reg.codes:
            raise SourceError("area_context_no_figure.csv", line, row["pfa_code"], "an ONS code from pfa_register.csv")
        out[(row["source_id"], row["pfa_code"], row["period"])] = row["reason"]
    return out


def _resolve(name: str, path, line: int):
    area = register().lookup(name)
    if area is None:
        closest = ", ".join(register().closest(name))
        raise SourceError(
            str(path), line, name, "the name of one of the 43 police force areas, or an alias in pfa_aliases.csv",
            hint=f"closest: {closest}" if closest else None,
        )
    return area


def _count(value, path, line: int, column: str) -> int:
    text = "" if value is None else str(value).strip()
    if not text.isdigit():
        raise SourceError(str(path), line, f"{column}={value}", "a whole number of offences")
    return int(text)


@lru_cache(maxsize=2)
def _stalking(source_id: str):
    import pandas as pd

    cfg = config()["stalking"]
    periods = stalking_periods()
    path, raw, _copy = _read_csv(source_id)
    expected = [cfg["name_column"]] + [p["column"] for p in periods]
    if list(raw.columns) != expected:
        raise SourceError(str(path), 1, ",".join(map(str, raw.columns)), ",".join(expected), hint="columns and periods are in area_context.toml")
    reasons = no_figure_reasons()
    by_code: dict[str, tuple[int, dict[str, int]]] = {}
    total_line, total = None, None
    for line, row in enumerate(raw.itertuples(index=False), start=2):
        name = str(row[0]).strip()
        counts = {p["column"]: _count(v, path, line, p["column"]) for p, v in zip(periods, row[1:])}
        if name.lower() == cfg["total_row"]:
            total_line, total = line, counts
            continue
        area = _resolve(name, path, line)
        if area.pfa_code in by_code:
            raise SourceError(str(path), line, name, f"each police force area once ({area.pfa_name} is on line {by_code[area.pfa_code][0]})")
        by_code[area.pfa_code] = (line, counts)
    if total is None:
        raise SourceError(str(path), None, "no total row", f"a row named {cfg['total_row']!r}")
    for p in periods:
        summed = sum(c[p["column"]] for _, c in by_code.values())
        if summed != total[p["column"]]:
            raise SourceError(str(path), total_line, f"total {total[p['column']]} for {p['column']}", f"the sum of the forces, {summed}")
    rows = []
    for area in register():
        line, counts = by_code.get(area.pfa_code, (None, None))
        for p in periods:
            reason = NOT_IN_FILE if counts is None else reasons.get((source_id, area.pfa_code, p["period"]))
            rows.append(
                {
                    "pfa_code": area.pfa_code,
                    "pfa_name": area.pfa_name,
                    "period": p["period"],
                    "period_start": p["period_start"],
                    "period_end": p["period_end"],
                    "part_year": bool(p["part_year"]),
                    "counting_rules_changed": bool(p["counting_rules_changed"]),
                    "offences": pd.NA if reason else counts[p["column"]],
                    "offences_in_file": pd.NA if counts is None else counts[p["column"]],
                    "status": NO_FIGURE if reason else "figure",
                    "no_figure_reason": reason or "",
                    "source_id": source_id,
                    "source_line": line if line is not None else pd.NA,
                }
            )
    frame = pd.DataFrame(rows).astype(
        {
            "pfa_code": "string", "pfa_name": "string", "period": "string", "period_start": "string", "period_end": "string",
            "part_year": "boolean", "counting_rules_changed": "boolean", "offences": "Int64", "offences_in_file": "Int64",
            "status": "string", "no_figure_reason": "string", "source_id": "string", "source_line": "Int64",
        }
    )
    return frame


def load_stalking(source_id: str = STALKING_ID):
    """Police recorded stalking offences, one row per police force area (all 43) and period.

    Columns ``pfa_code``, ``pfa_name``, ``period`` (``"2019-20"``; the April to
    December 2020 column is ``"2020-21 Apr-Dec (part year)"``), ``period_start``,
    ``period_end`` (ISO dates), ``part_year``, ``counting_rules_changed`` (after the
    April 2020 change: not comparable with earlier years), ``offences`` (NA where
    there is no figure), ``offences_in_file`` (what the file says, NA where it has no
    row), ``status`` (``figure`` or ``no_figure``), ``no_figure_reason``,
    ``source_id`` and ``source_line`` (the file's line; NA for an area it lacks).
    Ordered by code, then period in file order.
    """
    return _stalking(source_id).copy()


@lru_cache(maxsize=2)
def _severity(source_id: str):
    import pandas as pd

    cfg = config()["severity"]
    path, raw, _copy = _read_csv(source_id)
    for col in [cfg["code_column"], cfg["name_column"], cfg["year_column"], *cfg["groups"]]:
        if col not in raw.columns:
            raise SourceError(str(path), 1, ",".join(map(str, raw.columns)), f"a column {col} (area_context.toml)")
    reg = register()
    rows = []
    for year, periods in cfg["periods"].items():
        part = raw[raw[cfg["year_column"]] == year]
        check_areas(part[cfg["code_column"]], None, path)
    known_years = set(cfg["periods"])
    for line, row in zip(range(2, len(raw) + 2), raw.to_dict("records")):
        code, name, year = row[cfg["code_column"]], row[cfg["name_column"]], row[cfg["year_column"]]
        if year not in known_years:
            raise SourceError(str(path), line, f"{cfg['year_column']}={year}", "a year ending listed in area_context.toml: " + ", ".join(sorted(known_years)))
        named = _resolve(name, path, line)
        if named.pfa_code != code:
            raise SourceError(str(path), line, f"{code} {name}", f"a name that the register gives to {code} ({reg.by_code(code).pfa_name})")
        period = cfg["periods"][year]
        for column, group in cfg["groups"].items():
            text = str(row[column]).strip()
            if text == NOT_AVAILABLE:
                score = None
            else:
                try:
                    score = float(text)
                except ValueError:
                    raise SourceError(str(path), line, f"{column}={row[column]}", f"a severity score (a number), or {NOT_AVAILABLE!r} for not available") from None
                if not score >= 0:
                    raise SourceError(str(path), line, f"{column}={row[column]}", "a severity score of 0 or more")
            rows.append(
                {
                    "pfa_code": code, "pfa_name": reg.by_code(code).pfa_name, "period": period["period"],
                    "period_start": period["period_start"], "period_end": year, "offence_group": group,
                    "score": pd.NA if score is None else score,
                    "status": NO_FIGURE if score is None else "figure",
                    "no_figure_reason": NOT_AVAILABLE_REASON if score is None else "",
                    "source_id": source_id, "source_line": line,
                }
            )
    frame = pd.DataFrame(rows).astype(
        {
            "pfa_code": "string", "pfa_name": "string", "period": "string", "period_start": "string", "period_end": "string",
            "offence_group": "string", "score": "Float64", "status": "string", "no_figure_reason": "string",
            "source_id": "string", "source_line": "Int64",
        }
    )
    order = {g: i for i, g in enumerate(cfg["groups"].values())}
    frame["_g"] = frame["offence_group"].map(order)
    frame = frame.sort_values(["pfa_code", "period", "_g"], kind="mergesort").drop(columns="_g")
    return frame.reset_index(drop=True)


def load_severity(source_id: str = SEVERITY_ID):
    """The ONS Crime Severity Score by police force area (all 43), year and offence group.

    Columns ``pfa_code``, ``pfa_name`` (the register's name), ``period`` (the
    financial year: the year ending March 2021 is ``"2020-21"``), ``period_start``,
    ``period_end``, ``offence_group`` (``area_context.toml``), ``score`` (NA where
    the file has ``:``, not available: the City of London), ``status``
    (``figure`` or ``no_figure``), ``no_figure_reason``, ``source_id``, ``source_line``.  Experimental statistics: severity-weighted rates
    of all police recorded crime, a measure of pressure on police, not of domestic abuse.
    """
    return _severity(source_id).copy()


@lru_cache(maxsize=2)
def _area_population(source_id: str, lookup_id: str):
    import pandas as pd

    path, raw, _copy = _read_csv(source_id)
    code = _column(raw.columns, r"lad\d\dcd", path, "a district code column such as LAD23CD")
    lookup = load_lad_lookup(lookup_id)
    pfa_of = dict(zip(lookup["lad_code"].astype(str), lookup["pfa_code"].astype(str)))
    unknown = sorted(set(raw[code]) - set(pfa_of))
    if unknown:
        raise SourceError(str(path), None, ", ".join(unknown[:5]), "districts that the lookup places in a police force area")
    missing = sorted(set(pfa_of) - set(raw[code]))
    if missing:
        raise SourceError(str(path), None, f"{len(raw)} districts", "every district of the lookup", hint="missing: " + ", ".join(missing[:5]))
    years = sorted(int(c[3:]) for c in raw.columns if c.startswith("mid") and c[3:].isdigit())
    totals: dict[tuple[str, int], int] = {}
    for line, row in zip(range(2, len(raw) + 2), raw.to_dict("records")):
        for year in years:
            value = str(row[f"mid{year}"]).strip()
            if not value.isdigit():
                raise SourceError(str(path), line, f"mid{year}={value}", "a whole number of residents")
            key = (pfa_of[row[code]], year)
            totals[key] = totals.get(key, 0) + int(value)
    frame = pd.DataFrame([{"pfa_code": c, "year": y, "population": p} for (c, y), p in sorted(totals.items())])
    return frame.astype({"pfa_code": "string", "year": "Int64", "population": "Int64"})


def load_area_population(source_id: str = LAD_POPULATION_ID, lookup_id: str | None = None):
    """Residents of each police force area at every mid-year the district file holds (2011 to 2023).

    Columns ``pfa_code``, ``year`` (the mid-year) and ``population``; ordered by
    code and year.  District estimates (MYE23, April 2023 boundaries) summed through
    the district lookup; for mid-2019 to mid-2023 this equals
    :func:`funding.reference.geo.load_population`.
    """
    return _area_population(source_id, lookup_id or config()["population"]["lookup_id"]).copy()
