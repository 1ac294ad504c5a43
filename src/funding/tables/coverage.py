"""Which of the 43 police force areas each round funded, how much, and per resident.

:func:`coverage_table` gives one row per area and round, funded or not, so
that the areas with no award are counted and mapped rather than dropped;
:func:`regional_coverage` sums it by English region and Wales.  pandas only:
no geometry is needed to count.

Conventions (also in the docstrings and the table schema):

* ``amount_pence`` is **0** for an area the round did not fund.  An area not
  in the award list received nothing from that round: a known zero, not a
  missing value.  ``funded`` says the same thing as a boolean.  NA is kept for
  what is genuinely unknown.
* ``bids`` is the number printed beside the area in the award list; it is
  **NA** for unfunded areas, because the list names only successful areas and
  says nothing of bids that failed.
* ``population`` is the ONS mid-year estimate for the year a round starts
  (mid-2021 for the 2021-22 round), ``population_year`` says which.
* ``amount_per_100k_pence`` is ``amount_pence × 100,000 ÷ population`` in
  integer pence, rounded half to even (banker's rounding) from the exact
  fraction, so that no floating-point error decides a penny.
"""

from __future__ import annotations

from fractions import Fraction

import pandas as pd

from funding.errors import SourceError
from funding.reference.register import register

__all__ = [
    "PER_RESIDENTS",
    "population_year_for_round",
    "per_100k_pence",
    "coverage_table",
    "regional_coverage",
    "COVERAGE_COLUMNS",
    "REGIONAL_COLUMNS",
]

PER_RESIDENTS = 100_000

COVERAGE_COLUMNS = [
    "round", "pfa_code", "pfa_name", "region_code", "region_name", "country", "funded", "amount_pence", "bids",
    "programme_types", "population", "population_year", "amount_per_100k_pence", "source_id",
]

REGIONAL_COLUMNS = [
    "round", "region_code", "region_name", "country", "areas", "areas_funded", "share_funded", "amount_pence",
    "population", "population_year", "amount_per_100k_pence", "pence_per_resident",
]


def population_year_for_round(round_name: str) -> int:
    """The mid-year whose population is the denominator for a round: ``"2021-22"`` → 2021."""
    try:
        return int(str(round_name)[:4])
    except ValueError:
        raise SourceError("round", None, str(round_name), "a financial year such as 2021-22") from None


def _half_even(fraction: Fraction) -> int:
    """``round()`` on a Fraction is exact and rounds half to even."""
    return int(round(fraction))


def per_100k_pence(amount_pence: int, population: int) -> int:
    """Pence per 100,000 residents, exact, rounded half to even."""
    if population <= 0:
        raise ValueError("population must be positive")
    return _half_even(Fraction(int(amount_pence) * PER_RESIDENTS, int(population)))


def _require(frame: pd.DataFrame, columns: list[str], name: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise SourceError(name, None, ", ".join(map(str, frame.columns)), f"columns {', '.join(missing)}")


def coverage_table(awards: pd.DataFrame, programme_tags: pd.DataFrame, population: pd.DataFrame) -> pd.DataFrame:
    """One row per police force area and round: funded or not, amount, programme types, per resident.

    ``awards``: ``round, pfa_code, amount_pence, bids, source_id`` (others ignored).
    ``programme_tags``: long form, ``round, pfa_code, programme_type, origin``;
    tags with origin ``override-remove`` are not counted.
    ``population``: :func:`funding.reference.geo.load_population` (``pfa_code, year, population``).

    Rows are ordered by round and ONS code; 43 per round.  See the module
    docstring for how unfunded areas and the per-resident figure are written.
    """
    _require(awards, ["round", "pfa_code", "amount_pence", "bids", "source_id"], "awards")
    _require(programme_tags, ["round", "pfa_code", "programme_type"], "programme_tags")
    _require(population, ["pfa_code", "year", "population"], "population")
    reg = register()

    unknown = sorted(set(awards["pfa_code"].astype(str)) - set(reg.codes))
    if unknown:
        raise SourceError("awards", None, ", ".join(unknown), "ONS codes of police force areas in pfa_register.csv")
    dup = awards[awards.duplicated(["round", "pfa_code"], keep=False)]
    if not dup.empty:
        raise SourceError("awards", None, ", ".join(sorted(set(dup["pfa_code"].astype(str)))), "one award per area and round")

    tags = programme_tags
    if "origin" in tags.columns:
        tags = tags[tags["origin"].astype("string").fillna("") != "override-remove"]
    types = {
        (str(r), str(c)): ";".join(sorted(set(g["programme_type"].astype(str))))
        for (r, c), g in tags.groupby(["round", "pfa_code"], sort=True)
    }
    pop = {(str(c), int(y)): int(p) for c, y, p in zip(population["pfa_code"], population["year"], population["population"]) if pd.notna(p)}

    rows = []
    for round_name in sorted(set(awards["round"].astype(str))):
        in_round = awards[awards["round"].astype(str) == round_name]
        by_code = {str(r.pfa_code): r for r in in_round.itertuples(index=False)}
        source_ids = sorted(set(in_round["source_id"].astype(str)))
        year = population_year_for_round(round_name)
        for area in reg:
            award = by_code.get(area.pfa_code)
            funded = award is not None
            amount = int(award.amount_pence) if funded else 0
            residents = pop.get((area.pfa_code, year))
            rows.append(
                {
                    "round": round_name,
                    "pfa_code": area.pfa_code,
                    "pfa_name": area.pfa_name,
                    "region_code": area.region_code,
                    "region_name": area.region_name,
                    "country": area.country,
                    "funded": funded,
                    "amount_pence": amount,
                    "bids": int(award.bids) if funded and pd.notna(award.bids) else pd.NA,
                    "programme_types": types.get((round_name, area.pfa_code), ""),
                    "population": residents if residents is not None else pd.NA,
                    "population_year": year,
                    "amount_per_100k_pence": per_100k_pence(amount, residents) if residents else pd.NA,
                    "source_id": str(award.source_id) if funded else ";".join(source_ids),
                }
            )
    frame = pd.DataFrame(rows, columns=COVERAGE_COLUMNS)
    return frame.astype(
        {
            "round": "string", "pfa_code": "string", "pfa_name": "string", "region_code": "string",
            "region_name": "string", "country": "string", "funded": "boolean", "amount_pence": "Int64",
            "bids": "Int64", "programme_types": "string", "population": "Int64", "population_year": "Int64",
            "amount_per_100k_pence": "Int64", "source_id": "string",
        }
    )


def regional_coverage(coverage: pd.DataFrame) -> pd.DataFrame:
    """Per round, per English region and Wales: areas, areas funded, share funded, money, per resident.

    ``share_funded`` is ``areas_funded / areas`` (a fraction, 0–1, four
    decimals).  ``amount_per_100k_pence`` is integer pence, half-even, as in
    :func:`coverage_table`; ``pence_per_resident`` is the same rate per
    person, rounded to two decimals for reading (a rate, not money held).
    Rows are ordered by round and region code (English regions E12…, then Wales W92…).
    """
    _require(coverage, ["round", "region_code", "region_name", "country", "funded", "amount_pence", "population", "population_year"], "coverage")
    rows = []
    for (round_name, region_code), g in coverage.groupby(["round", "region_code"], sort=True):
        amount = int(g["amount_pence"].fillna(0).astype("int64").sum())
        residents = int(g["population"].sum()) if g["population"].notna().all() else None
        rate = Fraction(amount, residents) if residents else None
        rows.append(
            {
                "round": round_name,
                "region_code": region_code,
                "region_name": g["region_name"].iloc[0],
                "country": g["country"].iloc[0],
                "areas": len(g),
                "areas_funded": int(g["funded"].astype(bool).sum()),
                "share_funded": round(int(g["funded"].astype(bool).sum()) / len(g), 4),
                "amount_pence": amount,
                "population": residents if residents is not None else pd.NA,
                "population_year": int(g["population_year"].iloc[0]),
                "amount_per_100k_pence": _half_even(rate * PER_RESIDENTS) if rate is not None else pd.NA,
                "pence_per_resident": round(float(rate), 2) if rate is not None else pd.NA,
            }
        )
    frame = pd.DataFrame(rows, columns=REGIONAL_COLUMNS)
    return frame.astype(
        {
            "round": "string", "region_code": "string", "region_name": "string", "country": "string", "areas": "Int64",
            "areas_funded": "Int64", "share_funded": "Float64", "amount_pence": "Int64", "population": "Int64",
            "population_year": "Int64", "amount_per_100k_pence": "Int64", "pence_per_resident": "Float64",
        }
    )
