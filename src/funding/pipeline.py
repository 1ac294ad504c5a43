"""The one place that reads the sources and runs the stages in order.

sources → parse → tables: :func:`build_tables` locates and hash-checks every
source in the manifest (:mod:`funding.sources`), parses each award list once and
each local release once (:mod:`funding.parse`), and builds every table
(:mod:`funding.tables`).  Everything below this module is pure: it takes what it
works on.  Everything above it (analysis, charts, the report, the notebooks)
works from the tables, either built here or read back from ``data/processed``
with :func:`load_tables`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from funding.parse.awards import AwardList
    from funding.parse.releases import LocalRelease

__all__ = [
    "read_award_list",
    "read_award_lists",
    "read_release",
    "read_local_releases",
    "award_tables",
    "build_tables",
    "load_tables",
    "load_shapes",
    "PROCESSED_DIR",
]


def _processed_dir() -> Path:
    from funding.sources.mirror import PROJECT_ROOT

    return PROJECT_ROOT / "data" / "processed"


PROCESSED_DIR = _processed_dir()


def read_award_list(source_id: str = "ho-2021-08-11-awards") -> AwardList:
    """One award list from the manifest, read from the mirror, hash-checked and parsed."""
    from funding.parse.awards import parse_award_list
    from funding.sources import entry, read_text

    _, text = read_text(source_id)
    return parse_award_list(text, source_id, entry(source_id).round)


def read_award_lists() -> list[AwardList]:
    """Every award list in the manifest (kind ``award-list``), one per round, parsed once."""
    from funding.sources import sources_of_kind

    return [read_award_list(e.source_id) for e in sources_of_kind("award-list")]


def read_release(source_id: str) -> LocalRelease:
    """One local release from the manifest, read from the mirror, hash-checked and extracted."""
    from funding.parse.releases import extract_release
    from funding.sources import entry, read_text

    _, text = read_text(source_id)
    return extract_release(text, source_id, published=entry(source_id).published)


def read_local_releases() -> list[LocalRelease]:
    """Every manifest entry of kind ``local-release``, in manifest order."""
    from funding.sources import sources_of_kind

    return [read_release(e.source_id) for e in sources_of_kind("local-release")]


def award_tables(lists: list[AwardList] | None = None) -> dict[str, pd.DataFrame]:
    """The award-list tables of every award list in the manifest (or of ``lists``)."""
    from funding.tables.awards import build_award_tables

    return build_award_tables(read_award_lists() if lists is None else lists)


def build_tables() -> dict[str, pd.DataFrame]:
    """Every table of the suite, from the sources in the mirror (or data/raw)."""
    from funding.reference.geo import load_population
    from funding.tables.coverage import coverage_table, regional_coverage
    from funding.tables.releases import build_local_tables

    tables = award_tables()
    tables.update(build_local_tables(tables["awards"], read_local_releases()))
    tables["coverage"] = coverage_table(tables["awards"], tables["programme_tags"], load_population())
    tables["regional_coverage"] = regional_coverage(tables["coverage"])
    tables["area_context"] = _area_context()
    return tables


def _area_context() -> pd.DataFrame:
    """Recorded stalking and crime severity by police force area (funding.tables.context)."""
    from funding.reference import context
    from funding.tables.context import area_context_table

    population = context.config()["population"]
    return area_context_table(
        context.load_stalking(), context.load_severity(), context.load_area_population(),
        population_source=f"{population['source_id']};{population['lookup_id']}",
    )


def load_tables(directory: Path | str | None = None, names: list[str] | None = None) -> dict[str, pd.DataFrame]:
    """The built tables, read back by name from ``data/processed`` (the output of ``make tables``).

    Each CSV is read as text and typed by its declaration in table_schemas.toml;
    the ``_pounds`` display columns are dropped (pence is the value).
    """
    from funding.tables.reading import read_table_csvs

    return read_table_csvs(Path(directory) if directory is not None else PROCESSED_DIR, names)


def load_shapes(geometry: str = "boundaries"):
    """The shapes the maps draw: ONS boundaries (``"boundaries"``) or the hex cartogram (``"hex"``)."""
    if geometry == "boundaries":
        from funding.reference.geo import load_boundaries

        return load_boundaries()
    if geometry == "hex":
        from funding.reference.hexlayout import hex_geometries

        return hex_geometries()
    from funding.errors import SourceError

    raise SourceError("geometry", None, repr(geometry), "'boundaries' or 'hex'")
