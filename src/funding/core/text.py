"""Bytes to numbered lines: decoding, normalisation, and HTML flattening.

Parsers work on a list of :class:`Line` (1-based number, text), so every fact
they produce can point back at a line of the file as published.  HTML pages are
flattened to the same form, each line numbered by where it starts in the HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
import html

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


#: The largest source read, in bytes (and, for text already decoded, characters).
#: The published texts are a few kilobytes; the limit keeps a wrong or hostile file
#: from taking unbounded time and memory: bigger input is a :class:`SourceError`.
MAX_SOURCE_BYTES = 2 * 1024 * 1024
_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD.items())


@dataclass(frozen=True, slots=True)
class Line:
    number: int
    text: str


def decode(data: bytes, source: str) -> str:
    """UTF-8 text from bytes, with a byte-order mark removed.

    Input over :data:`MAX_SOURCE_BYTES` raises :class:`SourceError` before it is
    decoded.  Undecodable bytes raise :class:`SourceError` with the line and byte where
    decoding failed: guessing another encoding would silently change amounts
    and names, so the file must be converted deliberately.
    """
    if len(data) > MAX_SOURCE_BYTES:
        raise SourceError(
            source,
            None,
            f"{len(data):,} bytes",
            f"a published text of at most {MAX_SOURCE_BYTES:,} bytes",
            hint="the sources are a few kilobytes; check that this is the right file",
        )
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
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # str.replace per character is many times faster than str.translate with a dict.
    for char, plain in _FOLD_PAIRS:
        if char in text:
            text = text.replace(char, plain)
    return text


def split_lines(text: str) -> list[Line]:
    """Numbered lines of plain text (after :func:`normalise`)."""
    return [Line(i, t) for i, t in enumerate(normalise(text).split("\n"), start=1)]


_NON_EMPTY = re.compile(r"[^\n]+")


def iter_lines(text: str):
    """The non-empty numbered lines of plain text (after :func:`normalise`), lazily.

    Same numbering as :func:`split_lines`; empty lines are not produced, which keeps
    a file of mostly blank lines from costing one object per line.
    """
    text = normalise(text)
    number, pos = 1, 0
    for m in _NON_EMPTY.finditer(text):
        number += text.count("\n", pos, m.start())
        pos = m.start()
        yield Line(number, m.group())


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
#: Elements whose content is raw text up to their end tag (a ``<`` inside them is not a tag).
_RAW_TEXT = {"script", "style"}

# One markup token at a ``<``.  Every alternative can end at the end of the text, so an
# unclosed comment, declaration or tag swallows the rest of the page (as a browser does)
# and each character is scanned a bounded number of times: the standard library's
# ``html.parser`` rescans the rest of the page at every unclosed ``<a`` or ``<!--``
# (quadratic time on a page of them) and raises AssertionError on ``<![``.
_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<!\[CDATA\[(?P<cdata>.*?)(?:\]\]>|\Z)"
    r"|<[!?][^>]*>?"
    r"|</(?P<end>[A-Za-z][^\s/>]*)[^>]*>?"
    r"|<(?P<start>[A-Za-z][^\s/>]*)(?P<attrs>(?:[^>\"']|\"[^\"]*\"?|'[^']*'?)*)>?",
    re.S,
)


class _Flattener:
    """Turns HTML into numbered lines: block elements break lines, ``<li>`` gets a
    ``- `` bullet, ``<strong>`` becomes ``**``, a table row becomes one entry line
    (and a bullet line for each further paragraph or item of its description cell).

    A small tokenizer of its own (see ``_TOKEN``) keeps the time linear in the
    size of the page, however malformed."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self._buf: list[str] = []
        self._start: int | None = None
        self._skip = 0
        self._cells: list[list[str]] | None = None
        self._cell: list[list[str]] | None = None  # the parts of the open cell, split at blocks
        self._row_line: int | None = None
        self._line = 1

    def getpos(self) -> tuple[int, int]:
        return self._line, 0

    def feed(self, text: str) -> None:
        pos, n = 0, len(text)
        while pos < n:
            lt = text.find("<", pos)
            if lt == -1:
                lt = n
            if lt > pos:
                self._data(text, pos, lt)
                pos = lt
                continue
            m = _TOKEN.match(text, pos)
            if m is None:  # a "<" that starts no markup ("a < b") is text
                self._data(text, pos, pos + 1)
                pos += 1
                continue
            end = m.end()
            if m.group("start"):
                tag = m.group("start").lower()
                attrs = m.group("attrs") or ""
                if attrs.rstrip().endswith("/") and m.group(0).endswith(">"):
                    self.handle_startendtag(tag, [])
                else:
                    self.handle_starttag(tag, [])
                    if tag in _RAW_TEXT and m.group(0).endswith(">"):
                        close = re.compile(rf"</{tag}\b[^>]*>?", re.I).search(text, end)
                        stop = close.end() if close else n
                        self._advance(text, pos, stop)
                        pos = stop
                        if close:
                            self.handle_endtag(tag)
                        continue
            elif m.group("end"):
                self.handle_endtag(m.group("end").lower())
            elif m.group("cdata") is not None:
                self.handle_data(m.group("cdata"))
            self._advance(text, pos, end)
            pos = end

    def _advance(self, text: str, start: int, stop: int) -> None:
        if stop > start:
            self._line += text.count("\n", start, stop)

    def _data(self, text: str, start: int, stop: int) -> None:
        self.handle_data(html.unescape(text[start:stop]))
        self._advance(text, start, stop)

    # -- helpers
    def _emit(self) -> None:
        text = " ".join("".join(self._buf).split())
        if text and text not in ("**", "- **", "-"):
            self.lines.append(Line(self._start or self.getpos()[0], text))
        self._buf = []
        self._start = None

    def _write(self, text: str) -> None:
        if self._cell is not None:
            self._cell[-1].append(text)
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
            if self._cells is not None:  # the previous row's </tr> is optional in HTML
                self._close_row()
            self._emit()
            self._cells, self._row_line = [], self.getpos()[0]
        elif tag in ("td", "th") and self._cells is not None:
            if self._cell is not None:  # so is </td>
                self.handle_endtag(tag)
            self._cell = [[]]
        elif tag in _BLOCK and self._cell is not None:
            self._cell.append([])
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
            parts = [" ".join("".join(p).split()) for p in self._cell]
            self._cells.append([p for p in parts if p])
            self._cell = None
        elif tag in ("tr", "table", "thead", "tbody", "tfoot") and self._cells is not None:
            self._close_row()
        elif tag in _BLOCK and self._cell is not None:
            self._cell.append([])
        elif tag in _BLOCK:
            self._emit()
        elif tag in _BOLD:
            self._write("**")

    def _end_row(self) -> None:
        cells = [c for c in self._cells or [] if c]
        line = self._row_line or self.getpos()[0]
        self._cells = self._cell = None
        if not cells:
            return
        joined = [" ".join(c) for c in cells]
        if len(cells) >= 4 and len(cells[3]) > 1 and table_row_to_entry(joined) != " ".join(joined):
            # A description cell with several paragraphs or items: the first stays on the
            # entry line, the others become bullets, as in the list form.
            self.lines.append(Line(line, table_row_to_entry(joined[:3] + [cells[3][0]] + joined[4:])))
            self.lines.extend(Line(line, "- " + part) for part in cells[3][1:])
        else:
            self.lines.append(Line(line, table_row_to_entry(joined)))

    def handle_startendtag(self, tag, attrs):
        if tag in ("br", "hr") and not self._skip:
            if self._cell is not None:
                self._cell.append([])
            else:
                self._emit()

    def handle_data(self, data):
        if not self._skip:
            self._write(data)

    def _close_row(self) -> None:
        if self._cell is not None:
            self.handle_endtag("td")
        self._end_row()

    def close(self):
        if self._cells is not None and not self._skip:
            self._close_row()
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
