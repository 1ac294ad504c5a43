"""The one contract of every table: ``reference/data/table_schemas.toml``.

Each table's columns, types, order, primary key and foreign keys are declared
once, in that file.  :func:`typed_frame` applies the declaration to rows built
anywhere in the package, so the same kind of column has the same dtype in
every table (``string``, nullable ``Int64``, ``Float64``, ``boolean``), and a
column that is built but not declared (or declared but not built) is an error.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from funding.core.packagedata import data_toml
from funding.errors import SourceError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["PROSE_COLUMNS", "PANDAS_DTYPES", "schemas", "built_table_names", "columns_of", "typed_frame"]

#: Columns that hold sentences of the sources: kept in memory for reading and
#: tagging, never written to committed outputs.
PROSE_COLUMNS = frozenset({"text"})

#: Table Schema type → pandas dtype, the same for every table.
PANDAS_DTYPES = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean", "date": "string"}

SCHEMA_FILE = "table_schemas.toml"


def schemas() -> dict:
    """Every table's title, primary key, foreign keys and documented columns."""
    return data_toml(SCHEMA_FILE)


def built_table_names() -> list[str]:
    """The tables built from the sources (every section but the reference tables, ``reference_table = true``)."""
    return [n for n, spec in schemas().items() if not spec.get("reference_table")]


def columns_of(name: str) -> list[str]:
    """The documented column names of table ``name``, in order."""
    return [c["name"] for c in _spec(name)["columns"]]


def _spec(name: str) -> dict:
    try:
        return schemas()[name]
    except KeyError:
        raise SourceError(SCHEMA_FILE, None, f"no [{name}] section", "a section for every table the package builds") from None


def typed_frame(name: str, rows) -> pd.DataFrame:
    """A DataFrame with the documented columns, dtypes and row order of table ``name``.

    ``rows`` is a list of dicts (or a DataFrame).  Extra in-memory columns
    (source prose) are kept at the end.
    """
    import pandas as pd

    spec = _spec(name)
    columns = [c["name"] for c in spec["columns"]]
    frame = rows.copy() if isinstance(rows, pd.DataFrame) else pd.DataFrame(list(rows))
    if frame.empty and not len(frame.columns):
        frame = pd.DataFrame(columns=columns)
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise SourceError(SCHEMA_FILE, None, f"[{name}] declares {missing}", "every declared column to be built")
    extra = [c for c in frame.columns if c not in columns]
    undocumented = [c for c in extra if c not in PROSE_COLUMNS]
    if undocumented:
        raise SourceError(SCHEMA_FILE, None, f"[{name}] lacks {undocumented}", "every built column to be declared")
    frame = frame[columns + extra]
    for c in spec["columns"]:
        frame[c["name"]] = frame[c["name"]].astype(PANDAS_DTYPES.get(c["type"], "string"))
    key = spec.get("row_order") or spec.get("primary_key", [])
    if key:
        frame = frame.sort_values(key, kind="mergesort", na_position="first").reset_index(drop=True)
    return frame
