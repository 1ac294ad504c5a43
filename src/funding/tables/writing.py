"""Tables as CSV: UTF-8, LF, a stable row order, pounds beside pence, no source prose."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from funding.core.money import pence_to_pounds_str
from funding.reference.schemas import PROSE_COLUMNS

__all__ = ["to_csv_frame", "csv_text", "write_tables"]


def to_csv_frame(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """The frame as written: prose dropped, pounds beside pence, documented order."""
    frame = frame.drop(columns=[c for c in frame.columns if c in PROSE_COLUMNS])
    cols: list[str] = []
    data = {}
    for c in frame.columns:
        cols.append(c)
        data[c] = frame[c]
        if c.endswith("_pence"):
            pounds = c[: -len("_pence")] + "_pounds"
            data[pounds] = frame[c].map(lambda v: "" if pd.isna(v) else pence_to_pounds_str(int(v)))
            cols.append(pounds)
    return pd.DataFrame(data, columns=cols)


def csv_text(name: str, frame: pd.DataFrame) -> str:
    """The exact CSV text of a table (UTF-8, LF, no index)."""
    return to_csv_frame(name, frame).to_csv(index=False, lineterminator="\n")


def write_tables(tables: dict[str, pd.DataFrame], out_dir: Path | str) -> list[Path]:
    """Write every table as ``<name>.csv`` in ``out_dir``; returns the paths in name order."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in sorted(tables):
        path = out / f"{name}.csv"
        path.write_bytes(csv_text(name, tables[name]).encode("utf-8"))
        written.append(path)
    return written
