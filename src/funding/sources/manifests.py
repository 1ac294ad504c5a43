"""The manifest of every input: what it is, who published it, and its expected sha256.

``reference/data/sources.csv`` lists the published texts and
``reference/data/reference_data.csv`` the ONS boundaries, lookup and
population.  Each entry has an id that every table row points back to.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from funding.core.packagedata import data_csv
from funding.errors import SourceError

__all__ = ["ManifestEntry", "manifest", "entry", "sources_of_kind", "unfetchable"]


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


@lru_cache(maxsize=1)
def manifest() -> dict[str, ManifestEntry]:
    """Every known input by id: the published texts and the reference data."""
    entries: dict[str, ManifestEntry] = {}
    for name, shelf in (("sources.csv", "sources"), ("reference_data.csv", "data")):
        rows = _manifest_rows(name)
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
