"""Write the spreadsheet fixtures of the award-list corpus, deterministically.

Run from anywhere:  .venv/bin/python tests/corpus/awards/make_spreadsheets.py

Each sheet below is a list of rows; a row is a list of cell values (str, int,
float or None for an empty cell).  Row n of the list is spreadsheet row n
(1-based), which is the ``source_line`` the expected JSON files use.

The output is byte-for-byte reproducible: document timestamps are fixed and
every zip member is rewritten with a fixed date, so re-running the script
produces files with the same sha256.

Needs openpyxl (xlsx) and odfpy (ods).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DATE = (2024, 1, 1, 0, 0, 0)

#: name -> (extension, sheet title, rows, number format for float/int amount cells or None)
SHEETS: dict[str, tuple[str, str, list[list], str | None]] = {
    # Title row and a blank row before the header; amounts are numbers shown as pounds.
    "xlsx_basic": ("xlsx", "Awards", [
        ["Perpetrator fund 2022-23: awards by police force area", None, None],
        [None, None, None],
        ["Police force area", "Bids", "Amount (£)"],
        ["Cleveland", 1, 208114],
        ["Durham", 2, 356900.5],
        ["Northumbria", 1, 244300],
        ["Cumbria", 1, 179995.99],
        ["Lancashire", 3, 640012],
        ["Merseyside", 2, 512777],
        [None, None, None],
        ["Total", 10, 2142099.49],
    ], '"£"#,##0.00'),
    # Recipient titles, amounts typed as text with the pound sign.
    "xlsx_titles": ("xlsx", "Sheet1", [
        ["Recipient", "Number of bids", "Award"],
        ["Police and Crime Commissioner for South Wales", 2, "£433,120"],
        ["Comisiynydd Heddlu a Throseddu Gwent", 1, "£201,775.25"],
        ["Police, Fire and Crime Commissioner for North Yorkshire", 1, "£190,040"],
        ["Mayor's Office for Policing and Crime", 3, "£1,118,600"],
        ["Police and Crime Commissioner for Hampshire and Isle of Wight", 2, "£377,310"],
        ["Cambridgeshire and Peterborough PCC", 1, "£214,000"],
    ], None),
    # Plain header in row 1, numeric cells.
    "ods_basic": ("ods", "Awards", [
        ["PFA", "Bids", "Amount"],
        ["Nottinghamshire", 2, 421300],
        ["Derbyshire", 1, 199210.4],
        ["Leicestershire", 1, 230000],
        ["Lincolnshire", 1, 187654],
        ["Northamptonshire", 2, 301118.75],
    ], None),
    # Two-year round: one column per financial year, a Total column and a Total row.
    "ods_two_year": ("ods", "2023-25", [
        ["PCC", "Projects", "2023-24", "2024-25", "Total"],
        ["Police and Crime Commissioner for Kent", 2, 250100, 249900, 500000],
        ["Police and Crime Commissioner for Sussex", 1, 120450.5, 125049.5, 245500],
        ["Greater Manchester Combined Authority", 3, 498000, 512250, 1010250],
        ["Police, Fire and Crime Commissioner for Cumbria", 1, 88800, 91200, 180000],
        ["Total", 7, 957350.5, 978399.5, 1935750],
    ], None),
}


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed member dates, keeping member order and compression."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            new = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            new.compress_type = info.compress_type
            new.external_attr = 0o644 << 16
            new.create_system = 3
            body = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the save time into dcterms:modified; pin it.
                body = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2024-01-01T00:00:00Z\g<2>",
                    body,
                )
            zout.writestr(new, body)
    return out.getvalue()


def write_xlsx(path: Path, title: str, rows: list[list], number_format: str | None) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is None:
                continue
            cell = ws.cell(row=r, column=c, value=value)
            if number_format and c == len(row) and isinstance(value, (int, float)) and r > 3:
                cell.number_format = number_format
    wb.properties.creator = "funding test corpus"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "funding test corpus"
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def write_ods(path: Path, title: str, rows: list[list]) -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    # odfpy writes a creation date and generator into meta.xml; pin them.
    doc.meta.childNodes[:] = []
    table = Table(name=title)
    for row in rows:
        tr = TableRow()
        for value in row:
            if value is None:
                tr.addElement(TableCell())
            elif isinstance(value, (int, float)):
                cell = TableCell(valuetype="float", value=repr(value) if isinstance(value, float) else str(value))
                cell.addElement(P(text=f"{value}"))
                tr.addElement(cell)
            else:
                cell = TableCell(valuetype="string")
                cell.addElement(P(text=str(value)))
                tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    buf = io.BytesIO()
    doc.write(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else HERE
    for name, (ext, title, rows, fmt) in SHEETS.items():
        target = out / f"{name}.{ext}"
        if ext == "xlsx":
            write_xlsx(target, title, rows, fmt)
        else:
            write_ods(target, title, rows)
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
