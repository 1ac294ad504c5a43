"""Award lists in every layout a publisher uses, read into the same records.

:func:`parse_award_list` detects the layout (:data:`~.records.LAYOUTS`: spreadsheet
attachments, HTML tables and lists, markdown tables, TSV, CSV, the inline bullet
form of the 2021 list, one entry per line), reads it with that layout's reader and
returns an :class:`~.records.AwardList` whose ``layout`` says which one was read.
A file that fits none is refused with a message naming the layouts tried.

Every reader is pure (text or bytes in, frozen records out) and refuses rather
than guesses: an amount is exact to the penny or a :class:`~funding.errors.SourceError`
(``allow_inexact`` keeps inexact amounts with their qualifier and bounds), a name
resolves only as a whole phrase, bids are the printed number or ``None``.
"""

from __future__ import annotations

import re

from funding.core.text import MAX_SOURCE_BYTES, decode, html_to_lines, iter_lines, looks_like_html, normalise
from funding.errors import SourceError
from funding.parse.award_lists.common import join_split_amounts
from funding.parse.award_lists.entries import looks_like_entries, read_entries
from funding.parse.award_lists.inline import read_inline
from funding.parse.award_lists.records import LAYOUTS, Award, AwardList, AwardYear, Initiative, LineRole
from funding.parse.award_lists.tables import delimited_rows, find_header, is_markdown_table, markdown_rows, read_table
from funding.reference.register import Register, register

__all__ = [
    "Initiative", "Award", "AwardYear", "LineRole", "AwardList", "LAYOUTS", "parse_award_list", "detect_layout",
]

LAYOUT_DESCRIPTIONS = {
    "inline_bullets": "inline bullets ('Area (1) £200,000 • strand • strand')",
    "line_per_entry": "one entry per line ('Area – £200,000 (1)')",
    "markdown_table": "a markdown table",
    "csv": "CSV",
    "tsv": "TSV",
    "xlsx": "an XLSX spreadsheet",
    "ods": "an ODS spreadsheet",
    "html_list": "an HTML list",
    "html_table": "an HTML table",
}
_NO_LAYOUT = "an award list in one of the layouts tried: " + "; ".join(LAYOUT_DESCRIPTIONS[k] for k in LAYOUTS)

#: An inline entry: "(n)" or "(n bids)", then an amount, then a "•" within the line.
_INLINE = re.compile(
    r"\([^\W_]{1,4}(?:\s*(?:bids?|projects?))?\)\**\s*(?:[–—:-]\s*)?(?:\*\*)?\s*"
    r"(?:[a-z ]{0,20}[-−]?£[^\n•]{0,60}|[0-9][^\n•]{0,60})?•",
    re.I,
)
#: In an HTML list, an entry's head "(n)" then its amount (the strands may follow a dash,
#: then further items): read as the inline form.
_HTML_HEAD = re.compile(r"\([^\W_]{1,4}(?:\s*(?:bids?|projects?))?\)\**\s*(?:[–—:-]\s*)?(?:\*\*)?\s*[a-z ]{0,20}[-−]?£", re.I)


def _check_size(text: str, source_id: str) -> None:
    if len(text) > MAX_SOURCE_BYTES:
        raise SourceError(
            source_id, None, f"{len(text):,} characters", f"an award list of at most {MAX_SOURCE_BYTES:,} characters",
            hint="award lists are a few kilobytes; this is not one",
        )
    if not text.strip():
        raise SourceError(source_id, None, "an empty file", "an award list with entries such as 'Area (1) £200,000 • …'")


def detect_layout(data: str | bytes, html: bool | None = None) -> str | None:
    """The layout a list is written in, or ``None`` when it fits none."""
    from funding.parse.award_lists.html import award_table
    from funding.parse.award_lists.sheets import spreadsheet_kind

    if isinstance(data, bytes):
        kind = spreadsheet_kind(data)
        if kind:
            return kind
        data = decode(data, "<bytes>")
    if html if html is not None else looks_like_html(data):
        if award_table(data) is not None:
            return "html_table"
        lines = html_to_lines(data)
        return "html_list" if (_inline(lines) or any(_HTML_HEAD.search(l.text) for l in lines) or looks_like_entries(lines)) else None
    lines = list(iter_lines(data))
    if is_markdown_table(lines):
        return "markdown_table"
    plain = normalise(data)
    if "\t" in plain and _has_header(plain, "\t"):
        return "tsv"
    if "," in plain and _has_header(plain, ","):
        return "csv"
    if _inline(lines):
        return "inline_bullets"
    if looks_like_entries(lines):
        return "line_per_entry"
    return None


def _has_header(plain: str, delimiter: str) -> bool:
    """Whether one of the first rows of a delimited text is a header (only those are read:
    a header comes before the rows it names)."""
    head = "\n".join(plain.split("\n", 60)[:60])
    try:
        return find_header(delimited_rows(head, delimiter)) is not None
    except SourceError:  # a quoted field left open within the first rows
        return False


def _inline(lines) -> bool:
    return any(_INLINE.search(l.text) for l in lines)


def parse_award_list(
    text: str | bytes,
    source_id: str = "<text>",
    round: str = "",
    *,
    html: bool | None = None,
    reg: Register | None = None,
    allow_inexact: bool = False,
) -> AwardList:
    """Read an award list in any layout (text, or bytes for spreadsheet attachments).

    Raises :class:`SourceError` for an empty or oversized file, a file that fits no
    layout, an amount that is not exact (unless ``allow_inexact``), zero or negative,
    a name that is not a police force area as a whole phrase, bids not in ASCII
    digits, an area listed twice, or a printed total that the awards do not add up to.
    """
    from funding.parse.award_lists.html import award_table
    from funding.parse.award_lists.sheets import first_table, ods_sheets, spreadsheet_kind, xlsx_sheets

    reg = reg or register()
    if isinstance(text, bytes):
        if len(text) > MAX_SOURCE_BYTES:
            decode(text, source_id)  # raises the size error
        kind = spreadsheet_kind(text)
        if kind:
            sheets = xlsx_sheets(text, source_id) if kind == "xlsx" else ods_sheets(text, source_id)
            rows = first_table(sheets)
            if rows is None:
                raise SourceError(source_id, 1, "", _NO_LAYOUT, hint=f"a {kind} file with no sheet whose header names an area and an amount column")
            return read_table(rows, source_id, round, reg, layout=kind, allow_inexact=allow_inexact)
        text = decode(text, source_id)
    _check_size(text, source_id)
    kw = dict(allow_inexact=allow_inexact)
    if html if html is not None else looks_like_html(text):
        rows = award_table(text)
        if rows is not None:
            return read_table(rows, source_id, round, reg, layout="html_table", **kw)
        lines = html_to_lines(text)
        if _inline(lines) or any(_HTML_HEAD.search(l.text) for l in lines) or not looks_like_entries(lines):
            return read_inline(lines, source_id, round, reg, layout="html_list", **kw)
        return read_entries(lines, source_id, round, reg, layout="html_list", **kw)
    lines = list(iter_lines(text))
    if is_markdown_table(lines):
        rows, others = markdown_rows(lines)
        return read_table(rows, source_id, round, reg, layout="markdown_table", other_lines=others, **kw)
    plain = normalise(text)
    for delimiter, layout in (("\t", "tsv"), (",", "csv")):
        if delimiter in plain and _has_header(plain, delimiter):
            rows = delimited_rows(plain, delimiter, source_id)
            if find_header(rows) is not None:
                return read_table(rows, source_id, round, reg, layout=layout, **kw)
    lines = join_split_amounts(lines, source_id)
    if _inline(lines):
        return read_inline(lines, source_id, round, reg, **kw)
    if looks_like_entries(lines):
        return read_entries(lines, source_id, round, reg, **kw)
    raise SourceError(source_id, 1, "", _NO_LAYOUT)
