"""Tables of awards, whatever carries them (markdown pipes, CSV, TSV, a spreadsheet,
an HTML table): the meaning of each column is read from its header
(``award_list_columns.csv``, and financial years such as ``2023-24``), never from
its position."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache

from funding.core.money import Amount, MoneyError, money_from_number
from funding.core.packagedata import data_csv
from funding.core.text import Line
from funding.errors import SourceError
from funding.parse.award_lists.common import (
    TOTAL, build_award, check_unique, clean_printed, description_items, financial_year, initiatives_of,
    is_boilerplate, is_end_marker, money_cell, read_bids, reconcile_stated_total, reconcile_years, resolve_recipient,
)
from funding.parse.award_lists.records import AwardList, AwardYear, LineRole
from funding.reference.register import Register


@dataclass(frozen=True)
class Row:
    line: int
    cells: tuple  # str, int, float or None (spreadsheet cells keep their type)


@lru_cache(maxsize=1)
def _column_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((r["role"], re.compile(r["pattern"], re.I)) for r in data_csv("award_list_columns.csv", ("role", "pattern")))


def _text(cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        return str(cell)
    return clean_printed(str(cell)) if "**" in str(cell) else " ".join(str(cell).split())


def column_roles(cells) -> dict[int, tuple[str, str | None]] | None:
    """Column index → (role, financial year) for a header row, or ``None`` when the row
    is not a header (it needs an area column and an amount, total or year column)."""
    roles: dict[int, tuple[str, str | None]] = {}
    for i, cell in enumerate(cells):
        if not isinstance(cell, str) or len(cell) > 80:  # a header cell is a few words
            continue
        text = _text(cell).lower()
        if not text:
            continue
        fy = financial_year(text)
        if fy:
            roles[i] = ("year", fy)
            continue
        for role, pattern in _column_patterns():
            if pattern.fullmatch(text):
                roles[i] = (role, None)
                break
    kinds = [r for r, _ in roles.values()]
    if "area" in kinds and ({"amount", "total", "year"} & set(kinds)):
        return roles
    return None


def find_header(rows: list[Row]) -> int | None:
    for i, row in enumerate(rows[:50]):
        if column_roles(row.cells) is not None:
            return i
    return None


def _money(cell, source: str, line: int, allow_inexact: bool) -> Amount:
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        try:
            digits = money_from_number(cell)
        except MoneyError as exc:
            raise SourceError(source, line, exc.found, exc.expected) from None
        return money_cell(digits, source, line, allow_inexact)
    return money_cell(_text(cell), source, line, allow_inexact)


def _bids(cell, source: str, line: int) -> int | None:
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    return read_bids(_text(cell), source, line)


def read_table(
    rows: list[Row], source_id: str, round: str, reg: Register, *, layout: str, allow_inexact: bool = False,
    other_lines: list[LineRole] | None = None,
) -> AwardList:
    """Awards from the rows of a table (the first row whose cells name an area column and
    an amount, total or year column is the header)."""
    head = find_header(rows)
    if head is None:
        raise SourceError(source_id, rows[0].line if rows else None, "no header row", "a header naming the area and amount columns")
    roles = column_roles(rows[head].cells)
    col = {role: i for i, (role, fy) in sorted(roles.items(), reverse=True) if role != "year"}
    years = sorted(((i, fy) for i, (role, fy) in roles.items() if role == "year"), key=lambda c: c[1])  # by financial year
    lines = list(other_lines or [])
    lines.extend(LineRole(r.line, "preamble") for r in rows[:head] if any(_text(c) for c in r.cells))
    lines.append(LineRole(rows[head].line, "heading", note="the table's header"))
    awards = []
    stated_total = stated_line = None
    stated_years: dict[str, Amount] = {}
    stated_bids = None
    ended = None

    def cell(row: Row, i: int | None):
        return row.cells[i] if i is not None and i < len(row.cells) else None

    for row in rows[head + 1 :]:
        texts = [_text(c) for c in row.cells]
        filled = [t for t in texts if t]
        if not filled:
            continue
        if ended is not None:
            lines.append(LineRole(row.line, "postamble", note=f"after the end of the table at line {ended}"))
            continue
        name = _text(cell(row, col["area"]))
        if len(filled) < 2 or not name:
            ended = row.line
            role = "boilerplate" if is_boilerplate(filled[0]) else "postamble"
            lines.append(LineRole(row.line, role, note="a note after the table" if role == "postamble" else ""))
            continue
        if TOTAL.match(name):
            if "amount" in col and _text(cell(row, col["amount"])):
                stated_total = _money(cell(row, col["amount"]), source_id, row.line, False)
            if "total" in col and _text(cell(row, col["total"])):
                stated_total = _money(cell(row, col["total"]), source_id, row.line, False)
            for i, fy in years:
                if _text(cell(row, i)):
                    stated_years[fy] = _money(cell(row, i), source_id, row.line, False)
            if stated_total is None and stated_years:
                total = sum(a.pence for a in stated_years.values())
                stated_total = Amount(total, 1, "exact", f"sum of the Total row's years")
            if "bids" in col and _text(cell(row, col["bids"])):
                stated_bids = _bids(cell(row, col["bids"]), source_id, row.line)
            stated_line = row.line
            lines.append(LineRole(row.line, "total", note="the list's stated total"))
            continue
        area, printed = resolve_recipient(name, reg, source_id, row.line)
        bids = _bids(cell(row, col["bids"]), source_id, row.line) if "bids" in col else None
        award_years = []
        for i, fy in years:
            award_years.append(AwardYear(fy, _money(cell(row, i), source_id, row.line, False).pence))
        total = None
        if "total" in col and _text(cell(row, col["total"])):
            total = _money(cell(row, col["total"]), source_id, row.line, allow_inexact and not years)
        amount = _money(cell(row, col["amount"]), source_id, row.line, allow_inexact and not years) if "amount" in col else None
        if amount is not None and total is not None and amount.pence != total.pence:
            raise SourceError(source_id, row.line, _text(cell(row, col["total"])), f"the row's total to equal its amount, {amount.text}")
        printed_total = total or amount
        if award_years:
            reconcile_years(award_years, printed_total, source_id, row.line, _text(cell(row, col.get("total", col.get("amount")))))
            printed_total = Amount(sum(y.amount_pence for y in award_years), 1, "exact", "sum of the years")
        if printed_total is None:
            raise SourceError(source_id, row.line, name, "an amount in the row")
        desc = _text(cell(row, col.get("description")))
        items = description_items(desc) if desc else []
        awards.append(
            build_award(
                round=round, printed=printed, area=area, bids=bids, amount=printed_total, source=source_id, line=row.line,
                initiatives=initiatives_of(items, row.line), years=tuple(award_years),
            )
        )
        lines.append(LineRole(row.line, "award", area.pfa_code))
    if not awards:
        raise SourceError(source_id, rows[head].line, "a header and no award rows", "rows of awards under the header")
    check_unique(awards, source_id)
    reconcile_stated_total(awards, stated_total, stated_line, source_id)
    for fy, amount in stated_years.items():
        summed = sum(y.amount_pence for a in awards for y in a.years if y.financial_year == fy)
        if summed != amount.pence:
            raise SourceError(source_id, stated_line, amount.text, f"the Total row's {fy} to equal the sum of the awards' {fy}")
    if stated_bids is not None and all(a.bids is not None for a in awards) and stated_bids != sum(a.bids for a in awards):
        raise SourceError(source_id, stated_line, str(stated_bids), f"the Total row's bids to equal the sum of the awards' bids, {sum(a.bids for a in awards)}")
    return AwardList(
        source_id=source_id, round=round, awards=tuple(awards), lines=tuple(sorted(lines, key=lambda r: r.line)),
        stated_total=stated_total, stated_total_line=stated_line, layout=layout,
    )


# ---------------------------------------------------------------------------- carriers

_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_ALIGN_ROW = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")


def is_markdown_table(lines: list[Line]) -> bool:
    return any(_PIPE_ROW.match(a.text) and _ALIGN_ROW.match(b.text) for a, b in zip(lines, lines[1:]))


def markdown_rows(lines: list[Line]) -> tuple[list[Row], list[LineRole]]:
    """The rows of the first pipe table (alignment row dropped) and the roles of the other lines."""
    rows, others = [], []
    in_table = done = False
    for l in lines:
        if not done and _PIPE_ROW.match(l.text):
            in_table = True
            if _ALIGN_ROW.match(l.text):
                continue
            cells = l.text.strip().strip("|").split("|")
            rows.append(Row(l.number, tuple(c.strip() for c in cells)))
            continue
        if in_table:
            done = True
        role = "boilerplate" if is_boilerplate(l.text) else ("postamble" if done else "preamble")
        others.append(LineRole(l.number, role))
    return rows, others


def delimited_rows(text: str, delimiter: str, source: str = "<text>") -> list[Row]:
    """CSV or TSV records, each numbered by the physical line it starts on."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows, prev = [], 0
    try:
        for record in reader:
            rows.append(Row(prev + 1, tuple(record)))
            prev = reader.line_num
    except csv.Error as exc:
        raise SourceError(source, prev + 1, str(exc), "well-formed CSV") from None
    return rows
