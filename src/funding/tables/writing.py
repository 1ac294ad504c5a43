"""Tables as CSV: UTF-8, LF, a stable row order, pounds beside pence, no source prose.

The CSVs are opened in spreadsheets, so text cells are made safe there
(:func:`spreadsheet_safe`): control and bidirectional-override characters are
removed, and a cell that would start a formula (``=``, ``+``, ``-``, ``@``, tab,
carriage return) gets a leading apostrophe, the standard neutralisation (OWASP,
"CSV injection").  Numbers and the ``_pounds`` columns are never touched, and no
value the sources give today needs it, so the committed CSVs are unchanged.
Files are written atomically (:func:`funding.core.fileio.write_files`).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from funding.core.fileio import write_files
from funding.core.money import pence_to_pounds_str
from funding.reference.schemas import PROSE_COLUMNS

__all__ = ["to_csv_frame", "csv_text", "write_tables", "spreadsheet_safe", "FORMULA_PREFIXES"]

#: First characters that make a spreadsheet read a cell as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

#: C0 and C1 controls (tab and line breaks are kept: the CSV quotes them), and the
#: bidirectional marks, embeddings, overrides and isolates that can make a name
#: display as something else.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def spreadsheet_safe(value):
    """A text cell as written: unsafe characters removed, a formula start neutralised
    with a leading apostrophe.  Anything that is not a ``str`` is returned as is."""
    if not isinstance(value, str):
        return value
    value = _UNSAFE.sub("", value)
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


def to_csv_frame(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """The frame as written: prose dropped, pounds beside pence, documented order,
    text cells safe for spreadsheets."""
    frame = frame.drop(columns=[c for c in frame.columns if c in PROSE_COLUMNS])
    cols: list[str] = []
    data = {}
    for c in frame.columns:
        cols.append(c)
        column = frame[c]
        if column.dtype == object or isinstance(column.dtype, pd.StringDtype):
            column = column.map(spreadsheet_safe, na_action="ignore").astype(column.dtype)
        data[c] = column
        if c.endswith("_pence"):
            pounds = c[: -len("_pence")] + "_pounds"
            data[pounds] = frame[c].map(lambda v: "" if pd.isna(v) else pence_to_pounds_str(int(v)))
            cols.append(pounds)
    return pd.DataFrame(data, columns=cols)


def csv_text(name: str, frame: pd.DataFrame) -> str:
    """The exact CSV text of a table (UTF-8, LF, no index)."""
    return to_csv_frame(name, frame).to_csv(index=False, lineterminator="\n")


def write_tables(tables: dict[str, pd.DataFrame], out_dir: Path | str) -> list[Path]:
    """Write every table as ``<name>.csv`` in ``out_dir``; returns the paths in name order.

    Every CSV is built, then written beside its target, before any is replaced: an
    error or an interruption leaves the old files, never a truncated one.
    """
    files = {f"{name}.csv": csv_text(name, tables[name]).encode("utf-8") for name in sorted(tables)}
    return write_files(out_dir, files)
