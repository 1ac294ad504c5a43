"""Bytes to numbered lines: decoding, normalisation, and HTML flattening.

Parsers work on a list of :class:`Line` (1-based number, text), so every fact
they produce can point back at a line of the file as published.  HTML pages are
flattened to the same form, each line numbered by where it starts in the HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from funding.errors import SourceError

#: Characters folded to plain equivalents before parsing.  Typographic quotes are
#: kept in the text (they are what was printed) but apostrophes are folded so that
#: names such as "Mayor’s Office" match the register.
_FOLD = str.maketrans(
    {
        "\u00a0": " ",  # no-break space
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200b": "",  # zero-width space
        "\ufeff": "",  # stray byte-order marks inside the text
        "\u2019": "'",
        "\u2018": "'",
    }
)


@dataclass(frozen=True)
class Line:
    number: int
    text: str


def decode(data: bytes, source: str) -> str:
    """UTF-8 text from bytes, with a byte-order mark removed.

    Undecodable bytes raise :class:`SourceError` with the line and byte where
    decoding failed: guessing another encoding would silently change amounts
    and names, so the file must be converted deliberately.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceError(source, 1, "a UTF-16 byte-order mark", "UTF-8 text", hint="convert the file to UTF-8")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        bad = data[exc.start : exc.start + 4]
        raise SourceError(
            source,
            line,
            f"byte {bad[:1]!r} at offset {exc.start}",
            "UTF-8 text",
            hint="if the file was saved as Windows-1252, convert it with `iconv -f windows-1252 -t utf-8`",
        ) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise SourceError(source, line, "a NUL byte", "text, not a binary file")
    return text


def normalise(text: str) -> str:
    """Unify line endings (CRLF, CR) to LF and fold invisible and typographic characters."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_FOLD)


def split_lines(text: str) -> list[Line]:
    """Numbered lines of plain text (after :func:`normalise`)."""
    return [Line(i, t) for i, t in enumerate(normalise(text).split("\n"), start=1)]


_HTML_HINT = re.compile(r"^\s*(?:<!doctype html|<html\b|<(?:body|div|ul|ol|p|table|h[1-6])\b)", re.I)


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:2048]
    return bool(_HTML_HINT.match(head)) or ("<li" in head.lower() and "</" in head)


_BLOCK = {
    "p", "div", "section", "article", "main", "header", "footer", "ul", "ol", "li", "table", "thead",
    "tbody", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "blockquote", "dl", "dt", "dd", "nav",
    "figure", "figcaption", "aside",
}
_SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object"}
_BOLD = {"strong", "b"}


class _Flattener(HTMLParser):
    """Turns HTML into numbered lines: block elements break lines, ``<li>`` gets a
    ``- `` bullet, ``<strong>`` becomes ``**``, a table row becomes one entry line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[Line] = []
        self._buf: list[str] = []
        self._start: int | None = None
        self._skip = 0
        self._cells: list[str] | None = None
        self._cell: list[str] | None = None
        self._row_line: int | None = None

    # -- helpers
    def _emit(self) -> None:
        text = " ".join("".join(self._buf).split())
        if text and text not in ("**", "- **", "-"):
            self.lines.append(Line(self._start or self.getpos()[0], text))
        self._buf = []
        self._start = None

    def _write(self, text: str) -> None:
        if self._cell is not None:
            self._cell.append(text)
            return
        if self._start is None and text.strip():
            self._start = self.getpos()[0]
        self._buf.append(text)

    # -- parser callbacks
    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self._skip += 1
            return
        if self._skip:
            return
        if tag == "tr":
            self._emit()
            self._cells, self._row_line = [], self.getpos()[0]
        elif tag in ("td", "th") and self._cells is not None:
            self._cell = []
        elif tag in _BLOCK:
            self._emit()
            if tag == "li":
                self._start = self.getpos()[0]
                self._buf.append("- ")
        elif tag in _BOLD:
            self._write("**")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
            return
        if self._skip:
            return
        if tag in ("td", "th") and self._cell is not None and self._cells is not None:
            self._cells.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "tr" and self._cells is not None:
            cells = [c for c in self._cells if c]
            if cells:
                self.lines.append(Line(self._row_line or self.getpos()[0], table_row_to_entry(cells)))
            self._cells = None
        elif tag in _BLOCK:
            self._emit()
        elif tag in _BOLD:
            self._write("**")

    def handle_startendtag(self, tag, attrs):
        if tag in ("br", "hr") and not self._skip:
            self._emit()

    def handle_data(self, data):
        if not self._skip:
            self._write(data)

    def close(self):
        super().close()
        self._emit()


_BIDS_CELL = re.compile(r"^\(?(\d{1,3})\)?$")


def table_row_to_entry(cells: list[str]) -> str:
    """A table row ``[area, bids, amount, description…]`` as an entry line.

    Rows with a bids column become ``Area (n) £amount • description``; other
    rows (header rows, rows that already print ``Area (n)``) are joined as they are.
    """
    cells = [c.replace("**", "").strip() for c in cells]
    if len(cells) >= 3 and _BIDS_CELL.match(cells[1]) and cells[2].startswith("£"):
        n = _BIDS_CELL.match(cells[1]).group(1)
        rest = " ".join(cells[3:])
        return f"{cells[0]} ({n}) {cells[2]}" + (f" • {rest}" if rest else "")
    return " ".join(cells)


def html_to_lines(text: str) -> list[Line]:
    """Numbered lines from an HTML page, numbered by the HTML source line they start on."""
    parser = _Flattener()
    parser.feed(normalise(text))
    parser.close()
    return [Line(l.number, l.text.translate(_FOLD)) for l in parser.lines]
