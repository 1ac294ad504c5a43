"""Files at the edge: bounded reads, atomic writes, and outputs a command owns.

Reading (:func:`read_bytes_limited`): the path is opened without blocking,
``fstat`` says what it is and how big it is *before* anything is read, and only
a regular file within the limit is read (and then at most ``limit + 1`` bytes,
in case it grows meanwhile).  ``-`` is standard input, read with the same
bound.  A FIFO, a device, a socket or a directory is a
:class:`~funding.errors.SourceError` that names what the path is.

Writing (:func:`write_files`): every file is written in full to a temporary
file beside its target (same folder, so same file system), flushed to disk,
and moved into place with :func:`os.replace`, which is atomic: a reader, a
crash, a full disk or Ctrl-C leaves either the old file or the new one, never
a truncated one.  All the temporary files of one call are complete before the
first is moved, so a failure while writing leaves every old file in place.

Owning (:func:`owned_output`): a command that writes a tree of files (the
report) builds it in a temporary folder inside the target, then, holding a
lock on the target folder, moves each file into place and records what it wrote
in a small manifest (``.funding-<command>.json``: path and sha256).  It
deletes only files that manifest lists and that still hold what it wrote; it
never overwrites a file it did not write; concurrent runs take turns.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import stat
import sys
import tempfile
from pathlib import Path

from funding.errors import SourceError

__all__ = [
    "STDIN",
    "describe_path",
    "read_bytes_limited",
    "write_files",
    "write_file",
    "owned_output",
    "os_error",
]

#: The path that means standard input.
STDIN = "-"

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _kind(mode: int) -> str:
    for test, name in _KINDS:
        if test(mode):
            return name
    return "a regular file" if stat.S_ISREG(mode) else "not a regular file"


def describe_path(path: str | Path) -> str:
    """What a path is, in words: 'a regular file', 'a FIFO (named pipe)', 'no such file', …"""
    if str(path) == STDIN:
        return "'-' (standard input)"
    try:
        return _kind(os.stat(path).st_mode)
    except FileNotFoundError:
        return "a broken symbolic link" if os.path.islink(path) else "no such file"
    except OSError as exc:
        return (exc.strerror or type(exc).__name__).lower()


def os_error(exc: OSError, doing: str = "use") -> SourceError:
    """An :class:`OSError` as the project's one error: the path, what happened, what was needed."""
    where = exc.filename if exc.filename is not None else "funding"
    found = (exc.strerror or str(exc) or type(exc).__name__).lower()
    needs = {
        errno.ENOSPC: "space on the device for the output",
        errno.EDQUOT: "space in the disk quota for the output",
        errno.EFBIG: "a file size the system allows",
        errno.EROFS: "a folder on a file system that can be written",
        errno.EACCES: f"a path this user may {doing}",
        errno.EPERM: f"a path this user may {doing}",
        errno.ENOTDIR: "a folder, but a part of the path is a file",
        errno.EISDIR: "a file, but the path is a folder",
        errno.EEXIST: "a folder, but the path is an existing file",
        errno.ENOENT: "a path that exists",
        errno.EPIPE: "an output that stays open",
    }.get(exc.errno, f"a path the command can {doing}")
    return SourceError(str(where), None, found, needs)


# ---- reading ----------------------------------------------------------------------------------------


def _too_big(source: str, size: int, limit: int, what: str, *, at_least: bool = False) -> SourceError:
    return SourceError(
        source,
        None,
        f"more than {limit:,} bytes" if at_least else f"{size:,} bytes",
        f"{what} of at most {limit:,} bytes",
        hint="the inputs are small; check that this is the right file",
    )


def _read_bounded(read, limit: int) -> bytes:
    chunks, total = [], 0
    while total <= limit:
        chunk = read(min(1 << 20, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def read_bytes_limited(path: str | Path, limit: int, *, what: str = "a text file", source: str | None = None) -> bytes:
    """The bytes of a regular file, or of standard input for ``-``, refused before reading
    when the file is larger than ``limit`` bytes or is not a regular file.

    Every failure is a :class:`SourceError` that names the path and what it is.
    """
    name = source if source is not None else str(path)
    if str(path) == STDIN:
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise SourceError("standard input", None, "no standard input", what)
        data = _read_bounded(stream.read, limit)
        if len(data) > limit:
            raise _too_big("standard input", len(data), limit, what, at_least=True)
        return data
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)  # non-blocking: opening a FIFO must not wait for a writer
    except FileNotFoundError:
        raise SourceError(name, None, describe_path(path), what) from None
    except OSError as exc:
        raise SourceError(name, None, (exc.strerror or type(exc).__name__).lower(), f"{what} this user may read") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise SourceError(name, None, _kind(info.st_mode), f"{what} (a regular file; for standard input, give '-')")
        if info.st_size > limit:  # from stat: a huge or sparse file is refused without reading it
            raise _too_big(name, info.st_size, limit, what)
        try:
            with os.fdopen(os.dup(fd), "rb", buffering=0) as fh:
                data = _read_bounded(fh.read, limit)
        except OSError as exc:
            raise SourceError(name, None, (exc.strerror or type(exc).__name__).lower(), f"{what} that can be read") from None
        if len(data) > limit:  # it grew after the stat
            raise _too_big(name, len(data), limit, what, at_least=True)
        return data
    finally:
        os.close(fd)


# ---- writing ----------------------------------------------------------------------------------------


def _new_file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _ensure_folder(folder: Path) -> None:
    if folder.is_dir():
        return
    if folder.exists() or folder.is_symlink():
        raise SourceError(str(folder), None, describe_path(folder), "a folder for the output (or a path where one can be made)")
    folder.mkdir(parents=True, exist_ok=True)


def _stage(target: Path, data: bytes, mode: int) -> Path:
    """Write ``data`` to a new temporary file beside ``target``, flushed to disk; returns its path."""
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:  # name the file the user asked for, not the temporary one
        raise OSError(exc.errno, exc.strerror, str(target)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fchmod(fh.fileno(), mode)
            os.fsync(fh.fileno())
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):  # a full disk, a size limit: name the target
            raise OSError(exc.errno, exc.strerror, str(target)) from None
        raise
    return Path(tmp)


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_files(out_dir: str | Path, files: dict[str, bytes]) -> list[Path]:
    """Write ``files`` (path relative to ``out_dir`` → bytes) atomically; returns their paths in order.

    Every file is first written in full beside its target; only then are they moved
    into place, one :func:`os.replace` each.  On any failure (including Ctrl-C) the
    temporary files are removed and the targets not yet replaced keep their old bytes.
    """
    out = Path(out_dir)
    _ensure_folder(out)
    default_mode = _new_file_mode()
    staged: list[tuple[Path, Path]] = []
    try:
        for rel, data in files.items():
            target = out / rel
            _ensure_folder(target.parent)
            mode = stat.S_IMODE(target.stat().st_mode) if target.is_file() else default_mode
            staged.append((_stage(target, data, mode), target))
        while staged:
            tmp, target = staged[0]
            os.replace(tmp, target)
            staged.pop(0)
    finally:
        for tmp, _ in staged:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    for folder in sorted({(out / rel).parent for rel in files}):
        _fsync_folder(folder)
    return [out / rel for rel in files]


def write_file(path: str | Path, data: bytes) -> Path:
    """Write one file atomically (see :func:`write_files`)."""
    path = Path(path)
    return write_files(path.parent, {path.name: data})[0]


# ---- owned output folders ---------------------------------------------------------------------------


def _sha256(path: Path) -> str | None:
    h = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    except OSError:
        return None
    return h.hexdigest()


def _read_manifest(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        files = data.get("files", {})
        if not isinstance(files, dict):
            return {}
    except (OSError, ValueError, AttributeError):
        return {}
    # Only plain relative paths inside the folder: an edited manifest cannot reach outside it.
    return {
        str(k): str(v)
        for k, v in files.items()
        if isinstance(k, str) and k and not Path(k).is_absolute() and ".." not in Path(k).parts and "\\" not in k
    }


@contextlib.contextmanager
def _folder_lock(folder: Path):
    """An exclusive lock on the folder itself (no lock file is left behind); a no-op where
    ``fcntl`` is missing."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover (Windows)
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _commit(staging: Path, out: Path, manifest_name: str) -> None:
    manifest_path = out / manifest_name
    new = {
        p.relative_to(staging).as_posix(): p
        for p in sorted(staging.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }
    with _folder_lock(out):
        old = _read_manifest(manifest_path)
        hashes = {rel: _sha256(p) for rel, p in new.items()}
        owned = {rel for rel, digest in old.items() if _sha256(out / rel) == digest}
        conflicts, keep_theirs = [], set()
        for rel in new:
            target = out / rel
            blocked = [q for q in target.relative_to(out).parents if q != Path(".") and (out / q).exists() and not (out / q).is_dir()]
            if blocked:
                conflicts.append(blocked[-1].as_posix())
                continue
            if rel in owned or not (target.exists() or target.is_symlink()):
                continue
            if target.is_file() and not target.is_symlink() and _sha256(target) == hashes[rel]:
                keep_theirs.add(rel)  # already what we would write: left alone, and not ours
            else:
                conflicts.append(rel)
        if conflicts:
            shown = ", ".join(conflicts[:3]) + (f" and {len(conflicts) - 3} more" if len(conflicts) > 3 else "")
            raise SourceError(
                str(out),
                None,
                f"{len(conflicts)} file(s) this command did not write: {shown}",
                "an output folder where the command's files are its own",
                hint="nothing was changed; move those files away or choose another --out"
                + ("" if old else f" (a folder written before outputs were recorded has no {manifest_name}: "
                   "if it holds only an earlier run's output, remove it once)"),
            )
        mine = {rel: hashes[rel] for rel in new if rel not in keep_theirs}
        # Record first what may be ours after an interruption, then move, then the final list.
        interim = {**{rel: old[rel] for rel in owned}, **mine}
        write_file(manifest_path, _manifest_bytes(interim))
        for rel in sorted(mine, key=lambda r: ("/" not in r, r)):  # top-level files (index.html) last
            target = out / rel
            _ensure_folder(target.parent)
            os.replace(new[rel], target)
        for rel in sorted(owned - set(new)):
            stale = out / rel
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()
            _remove_empty_parents(stale.parent, out)
        write_file(manifest_path, _manifest_bytes(mine))


def _remove_empty_parents(folder: Path, stop: Path) -> None:
    while folder != stop and stop in folder.parents:
        try:
            folder.rmdir()  # only if empty
        except OSError:
            return
        folder = folder.parent


def _manifest_bytes(files: dict[str, str]) -> bytes:
    body = {
        "note": "Files written here by the funding package, with their sha256. It deletes or replaces only these.",
        "files": dict(sorted(files.items())),
    }
    return (json.dumps(body, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


@contextlib.contextmanager
def owned_output(out_dir: str | Path, command: str):
    """Build an output tree in a temporary folder, then publish it into ``out_dir``.

    Yields the temporary folder (inside ``out_dir``, so on the same file system).
    On success its files are moved into ``out_dir`` under an exclusive lock, files
    listed in ``.funding-<command>.json`` from the last run and not written this time
    are deleted (if unchanged), and the manifest is rewritten.  A file the command did
    not write is never replaced: that is a :class:`SourceError` and nothing changes.
    On failure the temporary folder is removed and ``out_dir`` is untouched.
    """
    out = Path(out_dir)
    _ensure_folder(out)
    staging = Path(tempfile.mkdtemp(dir=out, prefix=f".funding-{command}-"))
    try:
        yield staging
        _commit(staging, out, f".funding-{command}.json")
    finally:
        shutil.rmtree(staging, ignore_errors=True)
