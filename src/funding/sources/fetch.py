"""Downloading the inputs that have a public URL into ``data/raw/``, checked.

Every download has an overall deadline (a silent or trickling server ends in a
:class:`~funding.errors.SourceError` within it), a size cap, and one progress
line per file.  A download is accepted when its bytes are the manifest's
(sha256), or, for a page whose bytes cannot match the text extract the
manifest records (the gov.uk HTML page, its content API JSON), when a
``check`` supplied by the caller accepts what it says: :mod:`funding.pipeline`
parses the award list and compares its awards with the committed
``awards.csv``.  This stage does not parse; it only runs the check it is given.
An accepted page is kept as ``<file>.<ext>`` and recorded, with its sha256, in
``data/raw/fetched.csv`` (:func:`fetched_copy`).  Anything else is kept as
``<file>.download`` for a person to look at, and nothing is replaced.
"""

from __future__ import annotations

import csv
import io
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from funding.errors import SourceError
from funding.sources.manifests import ManifestEntry, manifest
from funding.sources.mirror import PROJECT_ROOT, sha256_of

__all__ = [
    "FetchResult", "Check", "fetch", "download", "fetched_copy", "raw_dir", "add_source",
    "DEADLINE_SECONDS", "STALL_SECONDS", "MAX_BYTES", "FETCHED_RECORD",
]

#: Seconds one download may take in all (connecting, waiting and reading).
DEADLINE_SECONDS = 60.0
#: Seconds a server may stay silent before the download is given up.
STALL_SECONDS = 20.0
#: The largest download accepted (the ONS boundaries are 0.3 MB, an award page 0.2 MB).
MAX_BYTES = 20 * 1024 * 1024
#: The record of pages accepted by their facts, in the download folder.
FETCHED_RECORD = "fetched.csv"
_RECORD_COLUMNS = ["source_id", "file", "sha256", "url", "checked"]
_CHUNK = 64 * 1024

#: ``check(entry, data)``: ``None`` when it does not apply to this entry, else
#: ``(accepted, what was compared, differences row by row)``.
Check = Callable[[ManifestEntry, bytes], "tuple[bool, str, list[str]] | None"]


@dataclass(frozen=True)
class FetchResult:
    """What ``fetch`` did with one manifest entry."""

    source_id: str
    path: Path | None
    status: str  # "verified" (sha256), "checked" (facts), "differs", "no url" or "failed"
    detail: str = ""
    differences: tuple[str, ...] = ()


def raw_dir() -> Path:
    """``data/raw/`` in the project: where downloads and a researcher's own sources go."""
    return PROJECT_ROOT / "data" / "raw"


def _set_timeout(response, seconds: float) -> None:
    """Bound the next socket read of ``response`` (http.client keeps the socket inside its reader)."""
    sock = getattr(getattr(getattr(response, "fp", None), "raw", None), "_sock", None)
    if sock is not None:
        sock.settimeout(max(seconds, 0.001))


def download(
    url: str,
    *,
    deadline: float = DEADLINE_SECONDS,
    stall: float = STALL_SECONDS,
    max_bytes: int = MAX_BYTES,
    opener=urllib.request.urlopen,
) -> bytes:
    """The body at ``url``, read within ``deadline`` seconds and at most ``max_bytes`` long.

    Raises :class:`SourceError` naming the URL for a refused or failed
    connection, an HTTP error, a server silent for ``stall`` seconds, a
    download still unfinished at the deadline, and a body over the cap.
    """
    start = time.monotonic()

    def left() -> float:
        return deadline - (time.monotonic() - start)

    def too_slow(got: int) -> SourceError:
        return SourceError(
            url, None, f"{got:,} bytes after {time.monotonic() - start:.1f} s",
            f"the whole file within {deadline:g} s", hint="the server is silent or too slow; try again later",
        )

    try:
        response = opener(url, timeout=min(stall, deadline))  # noqa: S310 - URLs come from the manifests
    except urllib.error.HTTPError as exc:
        raise SourceError(url, None, f"HTTP {exc.code} {exc.reason}", "HTTP 200 and the file") from None
    except (TimeoutError, OSError) as exc:
        if isinstance(getattr(exc, "reason", None), TimeoutError) or isinstance(exc, TimeoutError):
            raise too_slow(0) from None
        raise SourceError(url, None, str(getattr(exc, "reason", exc)), "a server that answers") from None
    with response:
        length = response.headers.get("Content-Length", "") if getattr(response, "headers", None) else ""
        if length.isdigit() and int(length) > max_bytes:
            raise SourceError(url, None, f"{int(length):,} bytes announced", f"at most {max_bytes:,} bytes")
        body = bytearray()
        while True:
            remaining = left()
            if remaining <= 0:
                raise too_slow(len(body))
            _set_timeout(response, min(stall, remaining))
            try:
                chunk = response.read1(_CHUNK) if hasattr(response, "read1") else response.read(_CHUNK)
            except (TimeoutError, OSError):
                raise too_slow(len(body)) from None
            if not chunk:
                break
            body += chunk
            if len(body) > max_bytes:
                raise SourceError(url, None, f"more than {max_bytes:,} bytes", f"at most {max_bytes:,} bytes")
        if left() < 0:
            raise too_slow(len(body))
    return bytes(body)


def _read_record(directory: Path) -> list[dict[str, str]]:
    path = directory / FETCHED_RECORD
    if not path.is_file():
        return []
    return list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))


def _write_record(directory: Path, rows: list[dict[str, str]]) -> None:
    out = io.StringIO()
    writer = csv.DictWriter(out, _RECORD_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(sorted(rows, key=lambda r: r["source_id"]))
    (directory / FETCHED_RECORD).write_bytes(out.getvalue().encode("utf-8"))


def fetched_copy(source_id: str, directory: Path | None = None) -> Path | None:
    """The page ``fetch`` accepted by its facts for ``source_id``, if it is still the same bytes."""
    directory = Path(directory) if directory is not None else raw_dir()
    for row in _read_record(directory):
        if row["source_id"] == source_id:
            path = directory / row["file"]
            if path.is_file() and sha256_of(path.read_bytes()) == row["sha256"]:
                return path
    return None


def _extension(data: bytes) -> str:
    head = data.lstrip()[:1]
    return "json" if head in (b"{", b"[") else "html" if head == b"<" else "txt"


def fetch(
    out_dir: Path | None = None,
    *,
    only: list[str] | None = None,
    opener=urllib.request.urlopen,
    check: Check | None = None,
    deadline: float = DEADLINE_SECONDS,
    stall: float = STALL_SECONDS,
    max_bytes: int = MAX_BYTES,
    progress: Callable[[str], None] | None = None,
) -> list[FetchResult]:
    """Download every input with a URL into ``data/raw/`` and accept it by hash or by facts.

    The manifest's sha256 is that of the file the project was built against
    (for the published texts, a text extract of the page).  A download with the
    same hash is written under the file's name.  One that differs is offered to
    ``check``: accepted, it is kept as ``<file>.<ext>`` and recorded in
    ``fetched.csv``; refused (or with no check that applies) it is kept as
    ``<file>.download``, its differences listed, and nothing is replaced.
    ``progress`` receives one line per file.
    """
    out_dir = Path(out_dir) if out_dir else raw_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    say = progress or (lambda line: None)
    entries = [e for e in manifest().values() if not only or e.source_id in only]
    results: list[FetchResult] = []
    for n, e in enumerate(entries, start=1):
        start = time.monotonic()
        result = _fetch_one(e, out_dir, opener, check, deadline, stall, max_bytes)
        size = f"{result.path.stat().st_size:,} bytes" if result.path and result.path.is_file() else "-"
        say(f"[{n}/{len(entries)}] {e.source_id}: {result.status}, {size}, {time.monotonic() - start:.1f} s")
        results.append(result)
    return results


def _fetch_one(e: ManifestEntry, out_dir: Path, opener, check, deadline, stall, max_bytes) -> FetchResult:
    target = out_dir / e.file
    if not e.url:
        return FetchResult(e.source_id, None, "no url", e.notes or "no URL recorded in the manifest")
    if target.is_file() and sha256_of(target.read_bytes()) == e.sha256:
        return FetchResult(e.source_id, target, "verified", "already present")
    try:
        data = download(e.url, deadline=deadline, stall=stall, max_bytes=max_bytes, opener=opener)
    except SourceError as exc:
        return FetchResult(e.source_id, None, "failed", exc.message)
    digest = sha256_of(data)
    if not e.sha256 or digest == e.sha256:
        target.write_bytes(data)
        return FetchResult(e.source_id, target, "verified", e.url)
    verdict = check(e, data) if check is not None else None
    if verdict is not None and verdict[0]:
        kept = out_dir / f"{e.file}.{_extension(data)}"
        kept.write_bytes(data)
        rows = [r for r in _read_record(out_dir) if r["source_id"] != e.source_id]
        rows.append({"source_id": e.source_id, "file": kept.name, "sha256": digest, "url": e.url, "checked": verdict[1]})
        _write_record(out_dir, rows)
        return FetchResult(e.source_id, kept, "checked", verdict[1])
    held = target.with_name(target.name + ".download")
    held.write_bytes(data)
    if verdict is not None:
        return FetchResult(e.source_id, held, "differs", verdict[1], tuple(verdict[2]))
    return FetchResult(e.source_id, held, "differs", f"sha256 {digest}, manifest {e.sha256}: check it before use")


def add_source(
    file_or_url: str,
    *,
    kind: str,
    publisher: str,
    published: str,
    title: str = "",
    licence: str = "",
    round: str = "",
    source_id: str = "",
    out_dir: Path | None = None,
    opener=urllib.request.urlopen,
    deadline: float = DEADLINE_SECONDS,
) -> ManifestEntry:
    """Copy or download a researcher's own source into ``data/raw/`` and record it in the user manifest.

    The entry keeps the title, publisher, date, URL, licence and sha256 of the
    file as copied; from then on the file is read and hash-checked like every
    other source.
    """
    import re

    from funding.core.dates import check_publication_date
    from funding.core.fileio import read_bytes_limited
    from funding.core.text import MAX_SOURCE_BYTES
    from funding.sources.manifests import add_user_entry

    check_publication_date(published, year_alone=True)  # before anything is copied; 2022-13-45 is refused
    if kind not in ("award-list", "local-release"):
        raise SourceError(file_or_url, None, kind, "--kind award-list or local-release")
    if kind == "award-list" and not round:
        raise SourceError(file_or_url, None, "no round", "--round for an award list, e.g. 2022-23")
    is_url = re.match(r"https?://", file_or_url) is not None
    if is_url:
        data = download(file_or_url, deadline=deadline, opener=opener)
        name = file_or_url.rstrip("/").rsplit("/", 1)[-1].split("?")[0] or "source"
        if "." not in name:
            name += "." + _extension(data)
    else:
        path = Path(file_or_url)
        # bounded and by kind (a FIFO, a directory, a 3 GB file), as every reader reads its input
        data = read_bytes_limited(path, MAX_SOURCE_BYTES, what="a source file to add")
        name = path.name
    slug = re.sub(r"[^a-z0-9]+", "-", f"{publisher} {published} {Path(name).stem}".lower()).strip("-")
    source_id = source_id or "user-" + slug[:60].rstrip("-")
    file = name if name.startswith(source_id) else f"{source_id}{Path(name).suffix}"
    out_dir = Path(out_dir) if out_dir else raw_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / file).write_bytes(data)
    e = ManifestEntry(
        source_id=source_id, file=file, kind=kind, title=title or Path(name).stem, publisher=publisher,
        published=published, url=file_or_url if is_url else "", licence=licence or "not stated (check before publishing)",
        sha256=sha256_of(data), shelf="sources", round=round,
        notes="added with funding add-source" + ("" if is_url else f" from {Path(file_or_url).name}"),
    )
    add_user_entry(e)
    return e
