"""The one place that reads the sources and runs the stages in order.

sources → parse → tables: :func:`build_tables` locates and hash-checks every
source in the manifest (:mod:`funding.sources`), parses each award list once and
each local release once (:mod:`funding.parse`), and builds every table
(:mod:`funding.tables`).  Everything below this module is pure: it takes what it
works on.  Everything above it (analysis, charts, the report, the notebooks)
works from the tables, either built here or read back from ``data/processed``
with :func:`load_tables`.

Without the published texts (a clone with no mirror), :func:`build_tables`
returns the committed tables in ``data/processed`` instead, each CSV checked
against the sha256 the data package records for it (:func:`committed_tables`);
:func:`sources_status` says which texts were found, and the command line says
so in one line (:data:`NO_SOURCES_LINE`).  ``FUNDING_REQUIRE_SOURCES=1`` (CI)
turns a missing text back into an error.
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
    "NO_SOURCES_LINE",
    "sources_status",
    "sources_available",
    "committed_tables",
    "locate_text",
    "build_from_sources",
    "award_list_check",
    "fetch_checked",
    "source_statuses",
]

#: What the command line says when it builds from the committed tables.
#: ``make fetch`` can download only the texts with an address; the local releases with none
#: (two in the package's manifest) have to be copied into data/raw/ by hand (tests/test_no_mirror.py).
NO_SOURCES_LINE = (
    "sources not found: building from the committed tables; to rebuild them, `make fetch` downloads the texts "
    "that have an address, and the local releases with none must be copied into data/raw/ by hand"
)
#: Set to 1 (CI) to make a missing published text an error instead of a fall-back.
REQUIRE_VARIABLE = "FUNDING_REQUIRE_SOURCES"


def _processed_dir() -> Path:
    from funding.sources.mirror import PROJECT_ROOT

    return PROJECT_ROOT / "data" / "processed"


PROCESSED_DIR = _processed_dir()


def locate_text(source_id: str) -> Path:
    """Where a published text is: the mirror (or data/raw), else an award list fetched and checked by facts."""
    from funding.errors import SourceError
    from funding.sources import locate
    from funding.sources.fetch import fetched_copy

    try:
        return locate(source_id)
    except SourceError:
        copy = fetched_copy(source_id)
        if copy is None:
            raise
        return copy


def _read_text(source_id: str) -> str:
    from funding.core.text import decode
    from funding.sources import read_text
    from funding.sources.fetch import fetched_copy

    copy = fetched_copy(source_id)
    if copy is not None and locate_text(source_id) == copy:
        return decode(copy.read_bytes(), str(copy))  # checked against the sha256 fetch recorded
    return read_text(source_id)[1]


def read_award_list(source_id: str = "ho-2021-08-11-awards") -> AwardList:
    """One award list from the manifest, read from the mirror, hash-checked and parsed."""
    from funding.parse.awards import parse_award_list
    from funding.sources import entry

    return parse_award_list(_read_text(source_id), source_id, entry(source_id).round)


def read_award_lists() -> list[AwardList]:
    """Every award list in the manifest (kind ``award-list``), one per round, parsed once."""
    from funding.sources import sources_of_kind

    return [read_award_list(e.source_id) for e in sources_of_kind("award-list")]


def read_release(source_id: str) -> LocalRelease:
    """One local release from the manifest, read from the mirror, hash-checked and extracted."""
    from funding.parse.releases import extract_release
    from funding.sources import entry

    return extract_release(_read_text(source_id), source_id, published=entry(source_id).published)


def read_local_releases() -> list[LocalRelease]:
    """Every manifest entry of kind ``local-release``, in manifest order."""
    from funding.sources import sources_of_kind

    return [read_release(e.source_id) for e in sources_of_kind("local-release")]


#: The tables built from the award lists alone (:func:`award_tables`).
AWARD_TABLE_NAMES = ("award_list_lines", "awards", "initiatives", "programme_tags", "reconciliation")


def award_tables(lists: list[AwardList] | None = None) -> dict[str, pd.DataFrame]:
    """The award-list tables of every award list in the manifest (or of ``lists``).

    Without the award lists (a clone with no mirror), the committed award
    tables, checked as :func:`build_tables` checks them (their prose columns,
    which are never committed, are absent).
    """
    from funding.sources import sources_of_kind
    from funding.tables.awards import build_award_tables

    if lists is None:
        status = sources_status()
        missing = [e.source_id for e in sources_of_kind("award-list") if status.get(e.source_id) is None]
        if missing:
            _fall_back_or_raise(missing[0])
            committed = committed_tables()
            return {name: committed[name] for name in AWARD_TABLE_NAMES}
    return build_award_tables(read_award_lists() if lists is None else lists)


def _fall_back_or_raise(missing_id: str) -> None:
    """Under ``FUNDING_REQUIRE_SOURCES=1``, or when a mirror folder is named by
    ``FUNDING_SOURCES_DIR``/``FUNDING_DATA_DIR`` (a set variable means what it says),
    a missing text is its error; otherwise the committed tables serve."""
    import os

    from funding.sources.mirror import MIRROR_VARIABLES

    named = any(os.environ.get(v) for v in MIRROR_VARIABLES.values())
    if named or os.environ.get(REQUIRE_VARIABLE, "") not in ("", "0"):
        locate_text(missing_id)  # raises, naming the file and where it was looked for


def sources_status() -> dict[str, Path | None]:
    """Each published text of the manifests (the package's and the user's) and where it is, or ``None``."""
    from funding.errors import SourceError
    from funding.sources import manifest

    found: dict[str, Path | None] = {}
    for e in manifest().values():
        if e.shelf != "sources":
            continue
        try:
            found[e.source_id] = locate_text(e.source_id)
        except SourceError:
            found[e.source_id] = None
    return found


def sources_available() -> bool:
    """True when every published text is found, so the tables can be rebuilt from them."""
    return all(p is not None for p in sources_status().values())


def committed_tables(directory: Path | str | None = None) -> dict[str, pd.DataFrame]:
    """The committed tables, each CSV checked against the sha256 recorded in ``datapackage.json``.

    A changed, missing or unrecorded file is a :class:`SourceError` naming it.
    """
    import hashlib
    import json

    from funding.errors import SourceError
    from funding.reference.schemas import built_table_names, schemas

    directory = Path(directory) if directory is not None else PROCESSED_DIR
    descriptor = directory / "datapackage.json"
    try:
        resources = json.loads(descriptor.read_text(encoding="utf-8"))["resources"]
    except (OSError, ValueError, KeyError) as exc:
        raise SourceError(str(descriptor), None, type(exc).__name__, "the committed data package, with a sha256 for each CSV") from None
    recorded = {r["path"]: str(r.get("hash", "")) for r in resources}
    names = built_table_names()
    for name in names:
        path = directory / f"{name}.csv"
        want = recorded.get(f"{name}.csv", "")
        if not want.startswith("sha256:"):
            raise SourceError(str(descriptor), None, f"no sha256 for {name}.csv", "a sha256 for each committed CSV (run `make tables` with the sources)")
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            raise SourceError(str(path), None, "no such file", f"the committed {name} table") from None
        if digest != want.removeprefix("sha256:"):
            raise SourceError(
                str(path), None, f"sha256 {digest}", f"{want} as recorded in {descriptor.name}",
                hint="the committed table has changed; restore it (`git checkout -- data/processed`) or rebuild it from the sources",
            )
    return load_tables(directory, names)


def build_tables() -> dict[str, pd.DataFrame]:
    """Every table of the suite, from the sources in the mirror (or data/raw).

    When a published text is missing, the committed tables instead
    (:func:`committed_tables`), unless ``FUNDING_REQUIRE_SOURCES=1``, when the
    missing file is the error.
    """
    status = sources_status()
    if any(p is None for p in status.values()):
        _fall_back_or_raise(next(s for s, p in status.items() if p is None))
        return committed_tables()
    return build_from_sources()


def build_from_sources() -> dict[str, pd.DataFrame]:
    """Every table, rebuilt from the published texts (an error names any that is missing)."""
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


def _page_text(data: bytes, source: str) -> str:
    """The text of a downloaded award page: HTML as served, or the body of gov.uk's content API JSON."""
    import json

    from funding.core.text import decode

    text = decode(data, source)
    if text.lstrip()[:1] == "{":
        try:
            body = json.loads(text)["details"]["body"]
        except (ValueError, KeyError, TypeError):
            from funding.errors import SourceError

            raise SourceError(source, None, "JSON without details.body", "gov.uk content API JSON with the page body") from None
        return str(body)
    return text


def award_list_check(e, data: bytes, tables_dir: Path | str | None = None):
    """Accept a downloaded award list when its awards equal the committed ``awards.csv``.

    Compares, for the entry's round, each area's name, bids and pence; returns
    ``None`` for entries that are not award lists, else ``(accepted, summary,
    differences)`` with one line per area that differs.
    """
    from funding.core.money import format_pounds
    from funding.errors import SourceError
    from funding.parse.awards import parse_award_list

    if e.kind != "award-list":
        return None
    try:
        parsed = parse_award_list(_page_text(data, e.url or e.file), e.source_id, e.round)
    except SourceError as exc:
        return False, f"not read as an award list: {exc.message}", []
    awards = load_tables(tables_dir, ["awards"])["awards"]
    awards = awards[awards["round"] == e.round]
    want = {r.pfa_code: (r.pfa_name, int(r.bids), int(r.amount_pence)) for r in awards.itertuples()}
    got = {a.pfa_code: (a.pfa_name, a.bids, a.amount_pence) for a in parsed.awards}

    def said(v) -> str:
        return f"{v[1]} bid(s) {format_pounds(v[2])}"

    differences = []
    for code in sorted(set(want) | set(got)):
        w, g = want.get(code), got.get(code)
        if w == g:
            continue
        name = (g or w)[0]
        differences.append(
            f"{code} {name}: downloaded {said(g) if g else 'no award'}; awards.csv {said(w) if w else 'no award'}"
        )
    total = sum(v[2] for v in got.values())
    summary = f"{len(got)} awards, {sum(v[1] for v in got.values())} bids, {format_pounds(total)}"
    if differences:
        return False, f"{summary}: {len(differences)} area(s) differ from awards.csv", differences
    return True, f"{summary}: equal to awards.csv (area, bids, pence)", []


def fetch_checked(out_dir: Path | str | None = None, **kwargs):
    """``funding fetch``: download every input with a URL, award lists accepted by their facts."""
    from funding.sources.fetch import fetch

    return fetch(Path(out_dir) if out_dir else None, check=award_list_check, **kwargs)


def source_statuses() -> list[tuple[str, str, str, str]]:
    """``funding sources``: each manifest entry as (id, kind, status, where).

    Status is ``verified`` (the file has the manifest's sha256), ``changed`` (it
    has another), ``found`` (no sha256 to check it by, or a stand-in that was
    checked: a page accepted by its facts, a committed reference copy) or
    ``missing``.
    """
    from funding.errors import SourceError
    from funding.reference.geo import reference_copy
    from funding.sources import locate, manifest, sha256_of
    from funding.sources.fetch import fetched_copy

    rows = []
    for e in manifest().values():
        try:
            path = locate(e.source_id)
        except SourceError:
            copy = fetched_copy(e.source_id) or reference_copy(e.source_id)
            if copy is None:
                rows.append((e.source_id, e.kind, "missing", e.file))
            else:
                how = "accepted by its facts" if copy.suffix in (".html", ".json") else "committed copy"
                rows.append((e.source_id, e.kind, "found", f"{copy} ({how})"))
            continue
        if not e.sha256:
            status = "found"
        else:
            status = "verified" if sha256_of(path.read_bytes()) == e.sha256 else "changed"
        rows.append((e.source_id, e.kind, status, str(path)))
    return rows
