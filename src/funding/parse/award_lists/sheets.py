"""Spreadsheet attachments (XLSX with openpyxl, ODS with odfpy) as numbered rows:
the row number is the spreadsheet's own, and numeric cells keep their type so that
``205204.5`` is read as £205,204.50 and a fraction of a penny is refused."""

from __future__ import annotations

import io
import zipfile

from funding.errors import SourceError
from funding.parse.award_lists.tables import Row, find_header

#: Columns read from a row; award tables are a handful of columns wide, and a sheet's
#: trailing repeated empty columns (ODS writes 1,024 of them) are not materialised.
MAX_COLUMNS = 64
#: Rows read from a sheet: an award list has one row per award (at most 43 a round);
#: a sheet declaring more is refused rather than read in part or at length.
MAX_ROWS = 10_000


def spreadsheet_kind(data: bytes) -> str | None:
    """``'xlsx'``, ``'ods'`` or ``None`` from a file's bytes (its zip members)."""
    if not data.startswith(b"PK\x03\x04"):
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            if "mimetype" in names and z.read("mimetype").strip() == b"application/vnd.oasis.opendocument.spreadsheet":
                return "ods"
            if "xl/workbook.xml" in names:
                return "xlsx"
    except (zipfile.BadZipFile, OSError, KeyError):
        return None
    return None


def _trim(cells: list) -> tuple:
    while cells and (cells[-1] is None or cells[-1] == ""):
        cells.pop()
    return tuple(cells[:MAX_COLUMNS])


def xlsx_sheets(data: bytes, source: str) -> list[list[Row]]:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=False, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged workbook
        raise SourceError(source, None, f"an unreadable workbook ({type(exc).__name__})", "an XLSX workbook") from None
    sheets = []
    for ws in wb.worksheets:
        if ws.max_row > MAX_ROWS:
            raise SourceError(source, None, f"a sheet '{ws.title}' of {ws.max_row:,} rows", f"an award list of at most {MAX_ROWS:,} rows")
        rows = []
        for number, values in enumerate(ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=min(ws.max_column, MAX_COLUMNS), values_only=True), start=1):
            cells = _trim([v.strip() if isinstance(v, str) else v for v in values])
            if cells:
                rows.append(Row(number, cells))
        sheets.append(rows)
    return sheets


def ods_sheets(data: bytes, source: str) -> list[list[Row]]:
    from odf import teletype
    from odf.opendocument import load
    from odf.table import Table, TableCell, TableRow

    try:
        doc = load(io.BytesIO(data))
    except Exception as exc:  # odfpy raises many types for a damaged document
        raise SourceError(source, None, f"an unreadable document ({type(exc).__name__})", "an ODS spreadsheet") from None
    sheets = []
    for table in doc.spreadsheet.getElementsByType(Table):
        rows, number = [], 0
        for tr in table.getElementsByType(TableRow):
            repeat = int(tr.getAttribute("numberrowsrepeated") or 1)
            cells: list = []
            for tc in tr.childNodes:
                if len(cells) >= MAX_COLUMNS:
                    break
                span = min(int(tc.getAttribute("numbercolumnsrepeated") or 1), MAX_COLUMNS) if tc.qname[1] in ("table-cell", "covered-table-cell") else 1
                kind = tc.getAttribute("valuetype") if tc.qname[1] == "table-cell" else None
                if kind in ("float", "currency", "percentage"):
                    raw = tc.getAttribute("value")
                    value = int(raw) if raw.lstrip("-").isdigit() else float(raw)
                else:
                    value = teletype.extractText(tc).strip() or None
                cells.extend([value] * span)
            cells_t = _trim(cells)
            if cells_t:
                if repeat > 1:  # the same award row printed many times over would be read once: refuse
                    raise SourceError(source, number + 1, f"a row repeated {repeat:,} times", "each row of the list once")
                rows.append(Row(number + 1, cells_t))
            number += repeat
            if len(rows) > MAX_ROWS:
                raise SourceError(source, None, f"a sheet of more than {MAX_ROWS:,} rows", f"an award list of at most {MAX_ROWS:,} rows")
        sheets.append(rows)
    return sheets


def first_table(sheets: list[list[Row]]) -> list[Row] | None:
    """The first sheet with a header row."""
    for rows in sheets:
        if find_header(rows) is not None:
            return rows
    return None
