"""The ``area_context`` table: recorded stalking and crime severity beside the funding.

One row per police force area × period × measure, for all 43 areas:

* ``stalking_offences``: police recorded stalking offences (Home Office, compiled
  by the BBC Shared Data Unit), 2015-16 to 2019-20 and **April to December 2020
  only** (period ``"2020-21 Apr-Dec (part year)"``, ``part_year`` true);
* ``stalking_offences_per_100k``: the same per 100,000 residents, the population
  being the ONS mid-year estimate for the year the period starts
  (``population_year``; mid-2019 for 2019-20, as the coverage table does for a
  round).  The part year is **not** annualised: nine months of offences over a
  year's residents;
* ``crime_severity_score``: the ONS Crime Severity Score (experimental
  statistics), one row per offence group, years ending March 2021 and 2022.

An area or figure the sources do not give (the City of London in both files;
Greater Manchester's stalking zeros after 342 the year before, read as not supplied) is a row
with ``status = "no_figure"``, an empty ``value`` and the reason: named, never
dropped.  ``caveats`` lists, per row, the caveats that apply to that figure in
particular (``part_year``, ``counting_rules_changed``, ``experimental_statistics``);
those that apply to every row (recorded crime reflects recording practice; none of
it is specific to domestic abuse) are in the table's schema.
"""

from __future__ import annotations

from fractions import Fraction

import pandas as pd

from funding.errors import SourceError
from funding.reference.schemas import typed_frame

__all__ = ["MEASURES", "UNITS", "area_context_table"]

PER_RESIDENTS = 100_000

#: The measures of the table, in the order a reader meets them.
MEASURES = ("stalking_offences", "stalking_offences_per_100k", "crime_severity_score")

#: Unit of ``value`` for each measure.
UNITS = {
    "stalking_offences": "offences",
    "stalking_offences_per_100k": "offences per 100,000 residents",
    "crime_severity_score": "severity score",
}


def _require(frame: pd.DataFrame, columns: list[str], name: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise SourceError(name, None, ", ".join(map(str, frame.columns)), f"columns {', '.join(missing)}")


def _population_year(period: str) -> int:
    """The mid-year a financial year starts in: ``"2019-20"`` → 2019."""
    try:
        return int(str(period)[:4])
    except ValueError:
        raise SourceError("area_context", None, str(period), "a financial year such as 2019-20") from None


def _per_100k(count: int, population: int) -> float:
    """Offences per 100,000 residents, from the exact fraction, rounded half to even to two decimals."""
    return float(round(Fraction(int(count) * PER_RESIDENTS, int(population)), 2))


def area_context_table(
    stalking: pd.DataFrame, severity: pd.DataFrame, population: pd.DataFrame, *, population_source: str = ""
) -> pd.DataFrame:
    """The ``area_context`` table (see the module docstring).

    ``stalking`` is :func:`funding.reference.context.load_stalking`, ``severity``
    :func:`funding.reference.context.load_severity` and ``population``
    :func:`funding.reference.context.load_area_population` (``pfa_code, year,
    population``; every mid-year a stalking period starts in must be there).
    ``population_source`` names its sources (source ids, ';'-separated), added to
    the ``source_id`` of the per-100,000 rows.
    """
    _require(stalking, ["pfa_code", "pfa_name", "period", "period_start", "period_end", "part_year", "counting_rules_changed",
                        "offences", "status", "no_figure_reason", "source_id", "source_line"], "stalking")
    _require(severity, ["pfa_code", "pfa_name", "period", "period_start", "period_end", "offence_group", "score", "status",
                        "no_figure_reason", "source_id", "source_line"], "severity")
    _require(population, ["pfa_code", "year", "population"], "population")
    residents = {(str(c), int(y)): int(p) for c, y, p in zip(population["pfa_code"], population["year"], population["population"])}
    rows = []
    for r in stalking.itertuples(index=False):
        caveats = [c for c, on in (("part_year", r.part_year), ("counting_rules_changed", r.counting_rules_changed)) if bool(on)]
        if r.status != "figure":
            caveats.append("no_figure")
        base = {
            "pfa_code": r.pfa_code, "pfa_name": r.pfa_name, "offence_group": "stalking", "period": r.period,
            "period_start": r.period_start, "period_end": r.period_end, "part_year": bool(r.part_year),
            "status": r.status, "caveats": ";".join(caveats), "no_figure_reason": r.no_figure_reason,
            "source_line": r.source_line,
        }
        has = r.status == "figure" and pd.notna(r.offences)
        rows.append(
            base | {"measure": "stalking_offences", "value": int(r.offences) if has else pd.NA, "population": pd.NA,
                    "population_year": pd.NA, "source_id": r.source_id}
        )
        year = _population_year(r.period)
        people = residents.get((str(r.pfa_code), year))
        if people is None:
            raise SourceError("population", None, f"no mid-{year} estimate for {r.pfa_code}", f"the residents of every area at mid-{year}")
        rows.append(
            base | {"measure": "stalking_offences_per_100k", "value": _per_100k(r.offences, people) if has else pd.NA,
                    "population": people, "population_year": year,
                    "source_id": ";".join(s for s in (r.source_id, population_source) if s)}
        )
    for r in severity.itertuples(index=False):
        caveats = ["experimental_statistics"] + (["no_figure"] if r.status != "figure" else [])
        rows.append(
            {
                "pfa_code": r.pfa_code, "pfa_name": r.pfa_name, "measure": "crime_severity_score", "offence_group": r.offence_group,
                "period": r.period, "period_start": r.period_start, "period_end": r.period_end, "part_year": False,
                "value": r.score if r.status == "figure" else pd.NA, "population": pd.NA, "population_year": pd.NA,
                "status": r.status, "caveats": ";".join(caveats), "no_figure_reason": r.no_figure_reason,
                "source_id": r.source_id, "source_line": r.source_line,
            }
        )
    frame = pd.DataFrame(rows)
    frame["unit"] = frame["measure"].map(UNITS)
    return typed_frame("area_context", frame)
