"""The manifest of every input: what it is, who published it, and its expected sha256.

``reference/data/sources.csv`` lists the published texts and
``reference/data/reference_data.csv`` the ONS boundaries, lookup and
population.  Each entry has an id that every table row points back to.

A researcher's own sources (``funding add-source``) are recorded in a user
manifest beside the package's, ``data/user_sources.csv`` in the project (or
the file named by ``FUNDING_USER_MANIFEST``), with the same columns; its
entries join the manifest as published texts.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

from funding.core.packagedata import data_csv
from funding.errors import SourceError

__all__ = ["ManifestEntry", "manifest", "entry", "sources_of_kind", "unfetchable", "user_manifest_path", "add_user_entry", "USER_COLUMNS"]

#: The columns of the manifests (and of the user manifest), in order.
USER_COLUMNS = ["source_id", "file", "kind", "title", "publisher", "published", "url", "licence", "sha256", "round", "notes", "credit"]


@dataclass(frozen=True)
class ManifestEntry:
    """One input file: what it is, who published it, and its expected sha256."""

    source_id: str
    file: str
    kind: str
    title: str
    publisher: str
    published: str
    url: str
    licence: str
    sha256: str
    shelf: str  # "sources" (published texts) or "data" (reference data)
    round: str = ""  # the funding round an award list belongs to
    notes: str = ""  # why a field is missing, and anything else a reader should know
    credit: str = ""  # the source line a figure drawn from it carries ({year} filled in by the caller)


def _manifest_rows(name: str) -> list[dict[str, str]]:
    return data_csv(name, ("file", "kind", "sha256"))


def user_manifest_path() -> Path:
    """The user manifest: ``$FUNDING_USER_MANIFEST``, else ``data/user_sources.csv`` in the project."""
    named = os.environ.get("FUNDING_USER_MANIFEST")
    return Path(named) if named else Path(__file__).resolve().parents[3] / "data" / "user_sources.csv"


def _user_rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    rows = list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))
    for line, row in enumerate(rows, start=2):
        if not row.get("source_id") or not row.get("file") or row.get("kind") not in ("award-list", "local-release"):
            raise SourceError(str(path), line, ",".join(f"{k}={v}" for k, v in row.items() if k in ("source_id", "file", "kind")),
                              "a source id, a file and a kind (award-list or local-release)")
    return rows


def manifest() -> dict[str, ManifestEntry]:
    """Every known input by id: the published texts, the reference data and the user's own sources."""
    path = user_manifest_path()
    return _manifest(str(path), path.stat().st_mtime_ns if path.is_file() else 0)


@lru_cache(maxsize=4)
def _manifest(user_path: str, _mtime: int) -> dict[str, ManifestEntry]:
    entries: dict[str, ManifestEntry] = {}
    shelves = [(_manifest_rows(name), name, shelf) for name, shelf in (("sources.csv", "sources"), ("reference_data.csv", "data"))]
    shelves.append((_user_rows(Path(user_path)), user_path, "sources"))
    for rows, name, shelf in shelves:
        for row in rows:
            entry = ManifestEntry(**{k: row.get(k, "") for k in ManifestEntry.__dataclass_fields__ if k != "shelf"}, shelf=shelf)
            if entry.source_id in entries:
                raise SourceError(name, None, entry.source_id, "each source id once in the manifests")
            entries[entry.source_id] = entry
    return entries


def entry(source_id: str) -> ManifestEntry:
    try:
        return manifest()[source_id]
    except KeyError:
        known = ", ".join(sorted(manifest()))
        raise SourceError(source_id, None, source_id, f"a source id from the manifest ({known})") from None


def sources_of_kind(kind: str) -> list[ManifestEntry]:
    """Manifest entries of one kind (``award-list``, ``local-release``, ``boundaries`` …), in manifest order."""
    return [e for e in manifest().values() if e.kind == kind]


def unfetchable(only: list[str] | None = None) -> list[ManifestEntry]:
    """Manifest entries that ``fetch`` cannot download because no URL is recorded."""
    return [e for e in manifest().values() if not e.url and (not only or e.source_id in only)]


def add_user_entry(e: ManifestEntry) -> Path:
    """Record ``e`` in the user manifest (replacing an entry with its id); returns the manifest's path."""
    if e.source_id in manifest() and manifest()[e.source_id].source_id not in {r["source_id"] for r in _user_rows(user_manifest_path())}:
        raise SourceError(e.source_id, None, e.source_id, "an id not used by the package's manifest")
    path = user_manifest_path()
    rows = [r for r in _user_rows(path) if r["source_id"] != e.source_id]
    rows.append({k: v for k, v in asdict(e).items() if k in USER_COLUMNS})
    out = io.StringIO()
    writer = csv.DictWriter(out, USER_COLUMNS, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue().encode("utf-8"))
    return path
