"""Where the raw inputs come from, and proof that they are the ones we expect.

The manifest (``funding/data/sources.csv`` for the published texts,
``funding/data/reference_data.csv`` for ONS boundaries and population) records
each file's publisher, date, URL, licence and sha256.  Files are looked for, in
order, in:

1. the folder named by ``FUNDING_SOURCES_DIR`` (texts) or ``FUNDING_DATA_DIR``
   (reference data);
2. the shared mirror, ``../shared/sources`` or ``../shared/data`` beside the
   project (or beside the current directory);
3. ``data/raw/`` in the project, where ``funding fetch`` downloads them.

Every file is hash-checked against the manifest before it is parsed; a
different hash is a :class:`~funding.errors.SourceError` naming the file.
"""

from __future__ import annotations

import csv
import hashlib
import os
import urllib.request
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from funding.errors import SourceError

PROJECT_ROOT = Path(__file__).resolve().parents[2]

_MIRRORS = {"sources": "FUNDING_SOURCES_DIR", "data": "FUNDING_DATA_DIR"}


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


def _manifest_rows(name: str) -> list[dict[str, str]]:
    text = resources.files("funding").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@lru_cache(maxsize=1)
def manifest() -> dict[str, ManifestEntry]:
    """Every known input by id: the published texts and the reference data."""
    entries: dict[str, ManifestEntry] = {}
    for name, shelf in (("sources.csv", "sources"), ("reference_data.csv", "data")):
        try:
            rows = _manifest_rows(name)
        except FileNotFoundError:
            continue
        for row in rows:
            entry = ManifestEntry(**{k: row.get(k, "") for k in ManifestEntry.__dataclass_fields__ if k != "shelf"}, shelf=shelf)
            if entry.source_id in entries:
                raise ValueError(f"{name}: source id {entry.source_id!r} appears twice")
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


def search_dirs(shelf: str) -> list[Path]:
    """The folders searched for one shelf ("sources" or "data"), in order."""
    dirs: list[Path] = []
    env = os.environ.get(_MIRRORS[shelf])
    if env:
        dirs.append(Path(env))
    for base in (PROJECT_ROOT, Path.cwd()):
        dirs.append(base.parent / "shared" / shelf)
    dirs.append(PROJECT_ROOT / "data" / "raw")
    unique: list[Path] = []
    for d in dirs:
        if d not in unique:
            unique.append(d)
    return unique


def locate(source_id: str) -> Path:
    """The path of an input file, from the first folder that has it."""
    e = entry(source_id)
    for d in search_dirs(e.shelf):
        candidate = d / e.file
        if candidate.is_file():
            return candidate
    tried = ", ".join(str(d) for d in search_dirs(e.shelf))
    raise SourceError(
        e.file,
        None,
        "no such file",
        f"the file in one of: {tried}",
        hint="run `funding fetch` to download it, or set "
        f"{_MIRRORS[e.shelf]} to a folder that holds it",
    )


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def verify(source_id: str, data: bytes, path: Path | str) -> None:
    """Raise :class:`SourceError` when ``data`` is not the file the manifest describes."""
    e = entry(source_id)
    digest = sha256_of(data)
    if e.sha256 and digest != e.sha256:
        raise SourceError(
            str(path),
            None,
            f"sha256 {digest}",
            f"sha256 {e.sha256} as recorded in the manifest for {source_id}",
            hint="the file has changed since it was recorded; check it and update the manifest deliberately",
        )


def read_bytes(source_id: str) -> tuple[Path, bytes]:
    """The verified bytes of an input and the path they were read from."""
    path = locate(source_id)
    data = path.read_bytes()
    verify(source_id, data, path)
    return path, data


def read_text(source_id: str) -> tuple[Path, str]:
    """The verified text of a published source (UTF-8)."""
    from funding.text import decode

    path, data = read_bytes(source_id)
    return path, decode(data, str(path))


def unfetchable(only: list[str] | None = None) -> list[ManifestEntry]:
    """Manifest entries that ``fetch`` cannot download because no URL is recorded."""
    return [e for e in manifest().values() if not e.url and (not only or e.source_id in only)]


@dataclass(frozen=True)
class FetchResult:
    """What ``fetch`` did with one manifest entry."""

    source_id: str
    path: Path | None
    status: str  # "verified", "differs", "no url" or "failed"
    detail: str = ""


def fetch(out_dir: Path | None = None, *, only: list[str] | None = None, opener=urllib.request.urlopen) -> list[FetchResult]:
    """Download every input with a URL into ``data/raw/`` and verify its hash.

    The manifest's sha256 is that of the file the project was built against
    (for the published texts, a text extract of the page).  A download with the
    same hash is written under the file's name and used from then on.  A
    download that differs (the page as HTML, a landing page, a changed page) is
    kept as ``<file>.download`` for a person to check, and never used silently.
    Entries without a URL are reported, not skipped in silence.
    """
    out_dir = Path(out_dir) if out_dir else PROJECT_ROOT / "data" / "raw"
    out_dir.mkdir(parents=True, exist_ok=True)
    results: list[FetchResult] = []
    for e in manifest().values():
        if only and e.source_id not in only:
            continue
        target = out_dir / e.file
        if not e.url:
            results.append(FetchResult(e.source_id, None, "no url", e.notes or "no URL recorded in the manifest"))
            continue
        if target.is_file() and sha256_of(target.read_bytes()) == e.sha256:
            results.append(FetchResult(e.source_id, target, "verified", "already present"))
            continue
        try:
            with opener(e.url, timeout=60) as response:  # noqa: S310 - URLs come from the committed manifest
                data = response.read()
        except OSError as exc:
            results.append(FetchResult(e.source_id, None, "failed", f"{e.url}: {exc}"))
            continue
        digest = sha256_of(data)
        if e.sha256 and digest != e.sha256:
            held = target.with_name(target.name + ".download")
            held.write_bytes(data)
            results.append(
                FetchResult(e.source_id, held, "differs", f"sha256 {digest}, manifest {e.sha256}: check it before use")
            )
            continue
        target.write_bytes(data)
        results.append(FetchResult(e.source_id, target, "verified", e.url))
    return results
