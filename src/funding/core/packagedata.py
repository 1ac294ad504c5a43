"""The one reader of the package's own data files (``funding/reference/data``).

Reference data a researcher can read and correct (the area register and its
aliases, the programme-type rules, word lists, table schemas, the manifest)
lives in CSV, TOML and JSON files inside the package.  Every module reads them
through these functions, so a bad file is always reported the same way: a
:class:`~funding.errors.SourceError` naming the file, the line and what was
expected, which the command line prints in one line (never a traceback).
"""

from __future__ import annotations

import csv
import io
import json
import re
import tomllib
from functools import lru_cache
from importlib import resources

from funding.errors import SourceError

__all__ = ["data_text", "data_csv", "data_toml", "data_json", "data_file", "data_patterns", "DATA_PACKAGE"]

#: The package whose ``data`` folder holds the reference files.
DATA_PACKAGE = "funding.reference"


def data_file(name: str):
    """A Traversable for ``reference/data/<name>`` (for libraries that need a path)."""
    return resources.files(DATA_PACKAGE).joinpath("data").joinpath(name)


@lru_cache(maxsize=None)
def data_text(name: str) -> str:
    """The text of a package data file, decoded as UTF-8 (BOM dropped)."""
    try:
        raw = data_file(name).read_bytes()
    except OSError as exc:
        raise SourceError(name, None, exc.strerror or type(exc).__name__, "a data file of the funding package") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SourceError(name, line, repr(raw[exc.start : exc.start + 4]), "UTF-8 text") from None


@lru_cache(maxsize=None)
def _csv_rows(name: str, required: tuple[str, ...]) -> tuple[dict[str, str], ...]:
    reader = csv.DictReader(io.StringIO(data_text(name), newline=""))
    header = reader.fieldnames or []
    missing = [c for c in required if c not in header]
    if missing:
        raise SourceError(name, 1, ",".join(header), "the columns " + ", ".join(required))
    rows = []
    for row in reader:
        line = reader.line_num
        if None in row or any(v is None for v in row.values()):
            raise SourceError(name, line, ",".join(str(v) for v in row.values() if v is not None), f"{len(header)} fields ({', '.join(header)})")
        empty = [c for c in required if not row[c].strip()]
        if empty:
            raise SourceError(name, line, ",".join(row.values()), "a value in " + ", ".join(empty))
        rows.append(dict(row))
    return tuple(rows)


def data_csv(name: str, required: tuple[str, ...] = ()) -> list[dict[str, str]]:
    """Rows of a package CSV; ``required`` columns must exist and be non-empty on every row."""
    return [dict(r) for r in _csv_rows(name, tuple(required))]


@lru_cache(maxsize=None)
def data_toml(name: str) -> dict:
    """A package TOML file as a dict."""
    try:
        return tomllib.loads(data_text(name))
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise SourceError(name, int(m.group(1)) if m else None, str(exc), "valid TOML") from None


@lru_cache(maxsize=None)
def data_json(name: str):
    """A package JSON file, parsed."""
    try:
        return json.loads(data_text(name))
    except json.JSONDecodeError as exc:
        raise SourceError(name, exc.lineno, exc.msg, "valid JSON") from None


def data_patterns(name: str, column: str = "pattern") -> list[tuple[int, dict[str, str], re.Pattern]]:
    """Rows of a rules CSV with ``column`` compiled (case-insensitive); a bad pattern names its line."""
    reader = csv.DictReader(io.StringIO(data_text(name), newline=""))
    out = []
    for row in reader:
        try:
            out.append((reader.line_num, row, re.compile(row[column], re.I)))
        except (re.error, TypeError) as exc:
            raise SourceError(name, reader.line_num, str(row.get(column)), f"a regular expression ({exc})") from None
    return out
