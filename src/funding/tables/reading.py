"""The built tables read back from their CSVs, typed by their declaration.

The notebooks, the figures and the report work from ``data/processed`` (the
output of ``make tables``) instead of rebuilding every table from the sources.
A CSV's header must be the declared columns (with the ``_pounds`` display
column after each ``_pence`` one); anything else is a :class:`SourceError`
naming the file.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from funding.errors import SourceError
from funding.reference.schemas import built_table_names, columns_of, schemas, typed_frame

__all__ = ["read_table_csv", "read_table_csvs", "written_columns"]


def written_columns(name: str) -> list[str]:
    """The header of table ``name`` as written: each ``_pence`` column followed by its ``_pounds``."""
    out = []
    for c in columns_of(name):
        out.append(c)
        if c.endswith("_pence"):
            out.append(c[: -len("_pence")] + "_pounds")
    return out


def read_table_csv(path: Path | str, name: str | None = None) -> pd.DataFrame:
    """One table CSV, typed as declared (``_pounds`` columns dropped: pence is the value)."""
    path = Path(path)
    name = name or path.stem
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")
    except FileNotFoundError:
        raise SourceError(str(path), None, "no such file", f"the {name} table; run `make tables`") from None
    expected = written_columns(name)
    if list(frame.columns) != expected:
        raise SourceError(str(path), 1, ",".join(frame.columns), "the header " + ",".join(expected))
    frame = frame[columns_of(name)]
    for spec in schemas()[name]["columns"]:
        col = spec["name"]
        if spec["type"] == "integer":
            frame[col] = pd.array([None if pd.isna(v) else int(v) for v in frame[col]], dtype="Int64")
        elif spec["type"] == "number":
            frame[col] = pd.array([None if pd.isna(v) else float(v) for v in frame[col]], dtype="Float64")
        elif spec["type"] == "boolean":
            frame[col] = pd.array([None if pd.isna(v) else v == "True" for v in frame[col]], dtype="boolean")
        else:
            frame[col] = frame[col].fillna("")
    return typed_frame(name, frame)


def read_table_csvs(directory: Path, names: list[str] | None = None) -> dict[str, pd.DataFrame]:
    """Every declared table with a CSV in ``directory`` (or those in ``names``), by name."""
    declared = built_table_names()
    wanted = names if names is not None else [n for n in declared if (directory / f"{n}.csv").is_file()]
    return {n: read_table_csv(directory / f"{n}.csv", n) for n in wanted}
