"""Bytes to numbered lines: decoding, normalisation, and HTML flattening.

Parsers work on a list of :class:`Line` (1-based number, text), so every fact
they produce can point back at a line of the file as published.  HTML pages are
parsed by lxml (libxml2's HTML parser: maintained, linear in the size of the page
however malformed, and it numbers source lines) and their visible content is
flattened to the same form, each line numbered by where it starts in the HTML;
hidden content (``<script>``, ``<title>``, ``<textarea>``, comments, ``hidden``,
``display: none``) is never read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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


#: Binary formats a user may hand the readers by mistake, by their first bytes: (magic, what it is, advice).
_BINARY_KINDS = (
    (b"%PDF-", "a PDF document", "extract its text first, for example with `pdftotext -layout FILE`, or use the page's HTML"),
    (b"PK\x03\x04", "a ZIP archive (a Word, Excel or OpenDocument file is one)",
     "save a document as plain text; an award list may be given as .xlsx or .ods"),
    (b"\xd0\xcf\x11\xe0", "an older Microsoft Office file (.doc, .xls)", "save it as plain text, .xlsx or .ods"),
    (b"\x89PNG", "a PNG image", "the readers take text, not images"),
    (b"\xff\xd8\xff", "a JPEG image", "the readers take text, not images"),
    (b"GIF8", "a GIF image", "the readers take text, not images"),
    (b"\x1f\x8b", "a gzip archive", "decompress it first"),
)


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
    # a binary file is said to be one before its bytes are tried as UTF-8: advice to convert a PDF
    # from Windows-1252 would send the user the wrong way
    for magic, kind, hint in _BINARY_KINDS:
        if data.startswith(magic):
            raise SourceError(source, 1, kind, "text (UTF-8), not a binary file", hint=hint)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise SourceError(source, data.count(b"\n", 0, nul) + 1, "a NUL byte", "text, not a binary file")
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
    "tbody", "tfoot", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "blockquote", "dl", "dt", "dd",
    "nav", "figure", "figcaption", "aside", "caption",
}
#: Elements whose content is never shown as text on the page: it is never read.
_SKIP = {
    "script", "style", "noscript", "template", "svg", "math", "head", "title", "iframe", "object",
    "textarea", "select", "option", "button", "input",
}
_BOLD = {"strong", "b"}
_HIDDEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)", re.I)
#: libxml2 stops counting source lines at this number; beyond it lines are counted here.
_LXML_MAX_LINE = 65535


def _html_root(text: str):
    """The parsed page (lxml's HTML parser, libxml2: linear time, recovers from any
    malformed markup as a browser does), or ``None`` for a page with no elements."""
    from lxml import etree

    # Bytes with a stated encoding: a page's own <meta charset> can then not reinterpret them.
    parser = etree.HTMLParser(
        recover=True, no_network=True, huge_tree=True, remove_pis=True, default_doctype=False, encoding="utf-8"
    )
    try:
        return etree.fromstring(text.encode("utf-8", "surrogatepass"), parser)
    except (etree.LxmlError, ValueError):  # pragma: no cover - recover=True accepts any text
        return None


#: a class or role naming a panel that a reader opens by clicking (an accordion's, a tab's, a "show more" section's)
_DISCLOSURE_CLASS = re.compile(r"accordion|collaps|disclosure|expand|tab-?panel|tabs?__panel|faq|show-?more|read-?more", re.I)


def _disclosed_panel(element) -> bool:
    """Whether an element marked ``hidden`` is a collapsed panel the reader opens on the page (an accordion's or a
    tab's: its content is shown on a click, so it is content, not furniture): ``hidden="until-found"``, a panel's
    role or class, a control elsewhere naming it (``aria-controls``), or a control with ``aria-expanded`` just
    before it (an accordion heading's button)."""
    if (element.get("hidden") or "").strip().lower() == "until-found":
        return True
    if (element.get("role") or "").lower() in ("tabpanel", "region") or _DISCLOSURE_CLASS.search(element.get("class") or ""):
        return True
    ident = element.get("id")
    if ident and element.getroottree().xpath("//*[@aria-controls=$i]", i=ident):
        return True
    before = element.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    return before is not None and (before.get("aria-expanded") is not None or
                                   bool(before.xpath(".//*[@aria-expanded]")))


def is_hidden(element) -> bool:
    """Whether an element's content is not shown on the page: comments, processing
    instructions, :data:`_SKIP` elements, the ``hidden`` attribute (except on a collapsed
    panel the reader opens: :func:`_disclosed_panel`), ``display: none``."""
    tag = element.tag
    if not isinstance(tag, str):  # comments, processing instructions, entities
        return True
    if tag.lower() in _SKIP or (element.get("hidden") is not None and not _disclosed_panel(element)):
        return True
    style = element.get("style")
    return bool(style) and _HIDDEN_STYLE.search(style) is not None


def visible_events(text: str):
    """The visible content of an HTML page in document order, as events
    ``("start", element, line)``, ``("text", text, line)``, ``("end", element, line)``.

    Lines are those of the HTML source (libxml2's element lines, with text lines
    counted from them); hidden content (:func:`is_hidden`) produces no events.
    The walk is iterative, so deep nesting costs no recursion."""
    root = _html_root(text)
    if root is None:
        return
    line = 1
    stack = [(root, False)]
    while stack:
        element, closing = stack.pop()
        if closing:
            yield "end", element, line
            if element.tail:
                yield "text", element.tail, line
                line += element.tail.count("\n")
            continue
        src = element.sourceline
        if src and src < _LXML_MAX_LINE and src >= line:
            line = src
        if is_hidden(element):
            for inner in element.iter():
                if inner is not element and inner.sourceline and inner.sourceline < _LXML_MAX_LINE:
                    line = max(line, inner.sourceline)
                if inner.text:
                    line += inner.text.count("\n")
                if inner is not element and inner.tail:
                    line += inner.tail.count("\n")
            if element.tail:
                yield "text", element.tail, line
                line += element.tail.count("\n")
            continue
        yield "start", element, line
        if element.text:
            yield "text", element.text, line
            line += element.text.count("\n")
        stack.append((element, True))
        stack.extend((child, False) for child in reversed(element))


#: the end of a sentence ("… for two years." / "… in 2025-26.)") and the start of the next one ("The", "£40,000", "In")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?\s*$")
_SENTENCE_START = re.compile(r"\s*[A-Z\u00a3\"\u201c]")
#: a title, an initial or a short form whose full stop ends no sentence: "run by Dr.\nAmara Lewis", "in St.\nAlbans", "J.\nSmith"
_ABBREVIATION_END = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|Mx|St|Prof|Rev|Revd|Cllr|Sgt|Supt|Insp|Det|Capt|Col|Lt|Hon|Rt|No|Nos|"
                               r"p|pp|para|paras|vs|cf|approx|e\.g|i\.e|c|ca)|(?<![\w.])[A-Z])\.\s*$")


class _Flattener:
    """Turns the visible content of an HTML page into numbered lines: block elements
    break lines, ``<li>`` gets a ``- `` bullet, ``<strong>`` becomes ``**``, a table row
    becomes one entry line (and a bullet line for each further paragraph or item of
    its description cell).  It is fed :func:`visible_events`."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self._buf: list[str] = []
        self._start: int | None = None
        self._cells: list[list[str]] | None = None
        self._cell: list[list[str]] | None = None  # the parts of the open cell, split at blocks
        self._row_line: int | None = None
        self._line = 1

    def getpos(self) -> tuple[int, int]:
        return self._line, 0

    def feed(self, text: str) -> None:
        for kind, item, line in visible_events(text):
            self._line = line
            if kind == "text":
                self.handle_data(item)
                continue
            tag = item.tag.lower()
            if tag in ("br", "hr"):
                if kind == "start":
                    self.handle_startendtag(tag, [])
            elif kind == "start":
                self.handle_starttag(tag, [])
            else:
                self.handle_endtag(tag)

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
        if tag == "tr":
            if self._cells is not None:
                self._close_row()
            self._emit()
            self._cells, self._row_line = [], self.getpos()[0]
        elif tag in ("td", "th") and self._cells is not None:
            if self._cell is not None:
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
        if tag in ("br", "hr"):
            if self._cell is not None:
                self._cell.append([])
            else:
                self._emit()

    def handle_data(self, data):
        if self._cell is not None or "\n" not in data:
            self._write(data)
            return
        # A paragraph written one sentence to a source line ("<p>The grant is £50,000.\nIt runs for
        # two years.</p>") keeps each sentence on the line it is written on; a sentence wrapped
        # mid-way stays whole on the line it starts on.
        first_line = self._line
        pieces = data.split("\n")
        for offset, piece in enumerate(pieces):
            written = "".join(self._buf)
            if offset and _SENTENCE_END.search(written) and not _ABBREVIATION_END.search(written) \
                    and _SENTENCE_START.match(piece):
                self._emit()
                self._line = first_line + offset
            self._write(piece if offset == len(pieces) - 1 else piece + "\n")
        self._line = first_line

    def _close_row(self) -> None:
        if self._cell is not None:
            self.handle_endtag("td")
        self._end_row()

    def close(self):
        if self._cells is not None:
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
