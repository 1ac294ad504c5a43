"""Downloading the inputs that have a public URL into ``data/raw/``, hash-checked."""

from __future__ import annotations

import urllib.request
from dataclasses import dataclass
from pathlib import Path

from funding.sources.manifests import manifest
from funding.sources.mirror import PROJECT_ROOT, sha256_of

__all__ = ["FetchResult", "fetch"]


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
