"""Where the raw inputs come from, and proof that they are the ones we expect.

The manifest (``funding/data/sources.csv`` for the published texts,
``funding/data/reference_data.csv`` for ONS boundaries and population) records
each file's publisher, date, URL, licence and sha256.  Files are looked for, in
order, in:

1. the folder named by ``FUNDING_SOURCES_DIR`` (texts) or ``FUNDING_DATA_DIR``
   (reference data): when the variable is set (not empty), that folder is the
   only one searched, and a folder that is missing or lacks the file is an
   error, never skipped;
2. the shared mirror, ``../shared/sources`` or ``../shared/data`` beside the
   project (or beside the current directory);
3. ``data/raw/`` in the project, where ``funding fetch`` downloads them.

Every file is hash-checked against the manifest before it is parsed; a
different hash is a :class:`~funding.errors.SourceError` naming the file.  Its
size is checked from ``stat`` before it is read (:data:`MAX_MIRROR_BYTES`), and
only regular files are read.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from funding.core.text import MAX_SOURCE_BYTES
from funding.errors import SourceError
from funding.sources.manifests import entry

__all__ = ["PROJECT_ROOT", "MIRROR_VARIABLES", "search_dirs", "locate", "sha256_of", "verify", "read_bytes", "read_text"]

#: The project's folder (for a checkout; the mirror is looked for beside it).
PROJECT_ROOT = Path(__file__).resolve().parents[3]

#: The environment variable that names the mirror of each shelf.
MIRROR_VARIABLES = {"sources": "FUNDING_SOURCES_DIR", "data": "FUNDING_DATA_DIR"}
_MIRRORS = MIRROR_VARIABLES

#: The largest file read from each shelf: the texts are a few kilobytes (the parsers'
#: limit), the reference data (boundaries, lookups, population) well under a megabyte.
MAX_MIRROR_BYTES = {"sources": MAX_SOURCE_BYTES, "data": 64 * 1024 * 1024}


def search_dirs(shelf: str) -> list[Path]:
    """The folders searched for one shelf ("sources" or "data"), in order."""
    dirs: list[Path] = []
    env = os.environ.get(_MIRRORS[shelf])
    if env:  # set means used: a folder that is not there is an error, not a fall-back
        if not Path(env).is_dir():
            from funding.core.fileio import describe_path

            raise SourceError(
                env, None, describe_path(env), f"a folder holding the {shelf} files, as {_MIRRORS[shelf]} is set",
                hint=f"correct {_MIRRORS[shelf]}, or unset it to use ../shared/{shelf} or data/raw/",
            )
        return [Path(env)]
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
    dirs = search_dirs(e.shelf)
    for d in dirs:
        candidate = d / e.file
        if candidate.exists() or candidate.is_symlink():  # not a regular file: read_bytes says what it is
            return candidate
    tried = ", ".join(str(d) for d in dirs)
    env = _MIRRORS[e.shelf]
    raise SourceError(
        e.file,
        None,
        "no such file",
        f"the file in one of: {tried}",
        hint=f"{env} is set, so only that folder is searched: put the file there, or unset {env} "
        "(`funding fetch` downloads into data/raw/)"
        if os.environ.get(env)
        else f"run `funding fetch` to download it, or set {env} to a folder that holds it",
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
    from funding.core.fileio import read_bytes_limited

    path = locate(source_id)
    data = read_bytes_limited(path, MAX_MIRROR_BYTES[entry(source_id).shelf], what=f"the file for {source_id}")
    verify(source_id, data, path)
    return path, data


def read_text(source_id: str) -> tuple[Path, str]:
    """The verified text of a published source (UTF-8)."""
    from funding.core.text import decode

    path, data = read_bytes(source_id)
    return path, decode(data, str(path))
