"""Award lists in HTML pages: a table whose header names its columns is read as a
table; otherwise the page's visible lines (``<li>`` items as bullets) are read as
an inline or one-per-line list.  Hidden content is never read
(:func:`funding.core.text.visible_events`)."""

from __future__ import annotations

from funding.core.text import visible_events
from funding.parse.award_lists.tables import Row, find_header


def html_tables(text: str) -> list[list[Row]]:
    """The visible tables of a page: rows of visible cell texts, each row numbered by
    the line of its ``<tr>``."""
    tables: list[list[Row]] = []
    stack: list[dict] = []
    for kind, item, line in visible_events(text):
        if kind == "text":
            if stack and stack[-1]["cell"] is not None:
                stack[-1]["cell"].append(item)
            continue
        tag = item.tag.lower()
        if tag == "table":
            if kind == "start":
                stack.append({"rows": [], "row": None, "cell": None})
            elif stack:
                t = stack.pop()
                _close_row(t)
                tables.append(t["rows"])
        elif not stack:
            continue
        elif tag == "tr":
            t = stack[-1]
            _close_row(t)
            if kind == "start":
                t["row"] = (line, [])
        elif tag in ("td", "th"):
            t = stack[-1]
            if kind == "start" and t["row"] is not None:
                t["cell"] = []
            elif kind == "end" and t["cell"] is not None and t["row"] is not None:
                t["row"][1].append(" ".join("".join(t["cell"]).split()))
                t["cell"] = None
        elif tag in ("br", "p", "li", "div") and kind == "start" and stack[-1]["cell"] is not None:
            # Items or paragraphs of a description cell are its strands, as '; ' would separate them.
            cell = stack[-1]["cell"]
            cell.append("; " if "".join(cell).strip() else " ")
    return tables


def _close_row(t: dict) -> None:
    if t["row"] is not None:
        line, cells = t["row"]
        if t["cell"] is not None:
            cells.append(" ".join("".join(t["cell"]).split()))
            t["cell"] = None
        t["rows"].append(Row(line, tuple(cells)))
        t["row"] = None


def award_table(text: str) -> list[Row] | None:
    for rows in html_tables(text):
        if find_header(rows) is not None:
            return rows
    return None
