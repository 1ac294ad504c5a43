"""Every table of the data package in one Excel workbook, for readers who live in spreadsheets.

:func:`write_workbook` reads ``datapackage.json`` and the CSVs beside it
(``data/processed``) and writes one sheet per tidy and reference table, in the
package's order, after a README sheet: what the workbook is, its licence and
sources, how to cite it, and a line per sheet with its title, rows and
description, then every column's type, unit and description.  Cells are typed
from the Table Schema (integers, numbers, booleans; a missing value is an
empty cell), and pounds columns show two decimals.

An .xlsx file is a zip of XML parts, and openpyxl stamps both the zip entries
and the document properties with the time of writing.
:func:`deterministic_xlsx` fixes both (to the package's release date), so the
same tables give the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

__all__ = ["WORKBOOK_NAME", "deterministic_xlsx", "write_workbook", "sheet_rows"]

#: The workbook's file name in data/processed.
WORKBOOK_NAME = "funding_tables.xlsx"

#: Excel's limit on a sheet name.
_SHEET_NAME_MAX = 31
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def deterministic_xlsx(book, path: Path | str, issued: str, *, title: str = "") -> Path:
    """Save an openpyxl ``book`` to ``path`` with fixed bytes.

    The document properties (creator, title, created and modified) are set,
    the zip entries are written in openpyxl's order with one fixed timestamp
    and fixed permissions, and ``dcterms:modified`` (which openpyxl sets to the
    time of saving) is replaced by ``issued`` (YYYY-MM-DD).
    """
    stamp = datetime.fromisoformat(issued).replace(tzinfo=None)
    props = book.properties
    props.creator = "funding"
    props.lastModifiedBy = "funding"
    props.title = title or props.title
    props.created = stamp
    props.modified = stamp
    buf = io.BytesIO()
    book.save(buf)
    iso = stamp.replace(tzinfo=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                for tag in ("created", "modified"):
                    text = re.sub(rf"(<dcterms:{tag}[^>]*>)[^<]*(</dcterms:{tag}>)", rf"\g<1>{iso}\g<2>", text)
                data = text.encode("utf-8")
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_EPOCH)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            entry.create_system = 0
            dst.writestr(entry, data, compresslevel=9)
    from funding.core.fileio import write_file

    return write_file(Path(path), out.getvalue())


def _cell(value: str, ftype: str):
    if value == "":
        return None
    if ftype == "integer":
        return int(value)
    if ftype == "number":
        number = Decimal(value)
        return int(number) if number == number.to_integral_value() and "." not in value else float(number)
    if ftype == "boolean":
        return {"True": True, "False": False, "true": True, "false": False}[value]
    return value


def sheet_rows(root: Path, resource: dict) -> list[list]:
    """A resource's header and typed rows, read from its CSV under ``root``."""
    fields = resource["schema"]["fields"]
    with (root / resource["path"]).open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        if header != [f["name"] for f in fields]:
            raise ValueError(f"{resource['path']}: header differs from datapackage.json; rebuild with `make tables`")
        return [header] + [[_cell(v, f["type"]) for v, f in zip(row, fields)] for row in reader]


def _sheet_name(resource: dict) -> str:
    name = resource["name"]
    if len(name) > _SHEET_NAME_MAX:
        raise ValueError(f"table name {name!r} is longer than Excel's {_SHEET_NAME_MAX} characters for a sheet name")
    return name


def _readme(descriptor: dict, resources: list[dict], counts: dict[str, int]) -> list[list]:
    rows: list[list] = [
        [descriptor["title"]],
        [],
        ["What this is", "Every table of the data package, one sheet each, in the order of datapackage.json. "
                         "Each row of a table is a row of its sheet; the first row names the columns. Built by "
                         "`funding workbook` from data/processed: do not edit, rebuild."],
        ["Version", descriptor.get("version", "")],
        ["Released", descriptor.get("created", "")[:10]],
        ["Licence", f"{descriptor['licenses'][0]['title']} ({descriptor['licenses'][0]['path']}); the code that built it is MIT-licensed (LICENSE)"],
        ["How to cite", "See CITATION.cff in the repository"],
        ["Money", "Amounts are integer pence (columns ending _pence) with an exact pounds column beside them (_pounds). "
                  "Sum the pence columns for exact totals."],
        ["Codes", "Join tables on pfa_code (ONS police force area codes), never on names; region_code points to the regions "
                  "sheet, source_id to sources, programme_type to programme_types."],
        ["Sources", "; ".join(f"{s['publisher']} ({s['licence']})" for s in _unique_sources(descriptor))],
        [],
        ["Sheet", "Rows", "Title", "Description"],
    ]
    rows += [[_sheet_name(r), counts[r["name"]], r.get("title", ""), r.get("description", "")] for r in resources]
    rows += [[], ["Sheet", "Column", "Type", "Unit", "Description"]]
    for r in resources:
        for f in r["schema"]["fields"]:
            rows.append([_sheet_name(r), f["name"], f["type"], f.get("unit", ""), f.get("description", "")])
    return rows


def _unique_sources(descriptor: dict) -> list[dict]:
    seen, out = set(), []
    for s in descriptor.get("sources", []):
        key = (s["publisher"], s["licence"])
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def write_workbook(processed: Path | str, out: Path | str | None = None) -> Path:
    """Write every table of ``processed/datapackage.json`` into one workbook.

    The 360Giving sheets are left out (``360giving/grants.xlsx`` is their own
    spreadsheet form).  Returns the path written (``processed/funding_tables.xlsx``
    unless ``out`` is given).
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    root = Path(processed)
    descriptor = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    resources = [r for r in descriptor["resources"] if "/" not in r["path"]]
    data = {r["name"]: sheet_rows(root, r) for r in resources}
    counts = {name: len(rows) - 1 for name, rows in data.items()}

    book = Workbook()
    readme = book.active
    readme.title = "README"
    for row in _readme(descriptor, resources, counts):
        readme.append(row)
    readme["A1"].font = Font(bold=True, size=14)
    for row in readme.iter_rows():
        if row and row[0].value in ("Sheet",):
            for cell in row:
                cell.font = Font(bold=True)
    readme.column_dimensions["A"].width = 24
    for col, width in (("B", 28), ("C", 40), ("D", 16), ("E", 100)):
        readme.column_dimensions[col].width = width
    for cell in readme["B"][:12]:
        cell.alignment = Alignment(wrap_text=False)

    for r in resources:
        sheet = book.create_sheet(_sheet_name(r))
        for row in data[r["name"]]:
            sheet.append(row)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        for i, f in enumerate(r["schema"]["fields"], start=1):
            letter = sheet.cell(row=1, column=i).column_letter
            sheet.column_dimensions[letter].width = max(10, min(40, len(f["name"]) + 2))
            if f["name"].endswith("_pounds"):
                for (cell,) in sheet.iter_rows(min_row=2, min_col=i, max_col=i):
                    cell.number_format = "#,##0.00"
        if counts[r["name"]]:
            sheet.auto_filter.ref = sheet.dimensions
    target = Path(out) if out else root / WORKBOOK_NAME
    return deterministic_xlsx(book, target, descriptor["created"][:10], title=descriptor["title"])
