"""Stage 4, tables: typed DataFrames from parsed records, and their CSV form.

``awards`` (award-list tables), ``releases`` (release tables, conflicts and the
funding timeline), ``checks`` (reconciliation of a list with what its publisher
states), ``coverage`` (police force area × round), ``writing`` and ``reading``
(the CSVs).  Every table's columns and types are declared once, in
``reference/data/table_schemas.toml``.
"""

from funding.reference.schemas import PROSE_COLUMNS, schemas, typed_frame
from funding.tables.writing import csv_text, to_csv_frame, write_tables

__all__ = ["PROSE_COLUMNS", "schemas", "typed_frame", "csv_text", "to_csv_frame", "write_tables"]
