"""A release as text: its lines, sentences and logical (unwrapped) sentences, the page and HTML
furniture set aside, table rows and cells, headings and quoted speech; :func:`prepare` gathers them.
"""

from __future__ import annotations

from funding.core import patterns as re
from collections import Counter
from functools import lru_cache

from funding.core.money import MONEY_TOKEN
from funding.core.text import Line, html_to_lines, looks_like_html, split_lines
from funding.parse.releases.records import PreparedRelease
from funding.parse.releases.vocabulary import _first, _read_data, _terms
from funding.parse.releases.places import find_areas, release_area
from funding.parse.releases.periods import YEAR_FORM


_BULLET = re.compile(r"^\s*(?:[-•*–—]|\d{1,2}[.)]|\d{1,2}(?:\.\d{1,2})+\.?)\s+")  # "- ", "1. ", "2.3 " (paragraph numbers)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])(?<!\bc\.)(?<!\bca\.)(?<!approx\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bNo\.)"
                             r"(?<!\bSt\.)(?<!e\.g\.)(?<!i\.e\.)(?<!Cllr\.)(?<!\bMrs\.)(?<!\bincl\.)(?<!\bexcl\.)"
                             r"(?!(?<=\.\.)\s+£|(?<=\. \.)\s+£)"  # (nor inside a dot leader: "Total . . . . £170,000")
                             r"[\"'”’]?\s+(?=[\"'“‘]?[A-Z0-9£])")  # not after "c.", "Mr.", "e.g.", "incl." …

#: a person's initial before the break: a capital letter alone after a capitalised word or another initial
#: ("Commissioner J. Smith", "Jane K. Smith", "J. K. Smith"), the next word capitalised and no sentence's opening
#: word; not a label's letter ("Lot B. The …", "Plan A. It …")
_INITIAL_BEFORE = re.compile(r"(?:\b(?P<word>[A-Z][a-z]+)|\b[A-Z]\.) [A-Z]\.$")
_LETTER_LABELS = frozenset("Lot Lots Plan Phase Part Annex Appendix Schedule Strand Option Tier Group Category Section "
                           "Table Figure Chart Stage Band Type Grade Class Block Ward Zone Area Unit Team Level Wave "
                           "Cohort Step Model Route Pathway Priority Objective Outcome Item Question Vitamin Row "
                           "Column Box Site Room Floor Wing Building Package Workstream Scenario".split())
_SURNAME_AFTER = re.compile(r"[\"'“‘]?(?!(?:The|This|That|These|Those|There|Then|It|Its|A|An|In|On|At|As|We|He|She|They|"
                            r"Our|His|Her|Their|From|For|With|By|Each|All|Both|But|And|Or|So|If|When|While|After|"
                            r"Before|Since|Until|Of|To|No|Not|Yes|Also|Funding|Money|Some|Most|One|Two|Three|I|You|"
                            r"Your|My|What|Which|Who|How|Why|Where|Here|Over|Under|Between)\b)[A-Z][a-z’'-]+\b(?![ \t]+[A-Z])")
# (a surname is no first word of a body's or a place's name of several capitalised words: after "… in Tranche B."
# the words "Kent County Council pays …" open a new sentence, where "Commissioner J. Smith gave …" runs on)


def _an_areas_name(word: str) -> bool:
    """Whether ``word`` is, whole, the name of an area ("Surrey"; not "Durham-Lee")."""
    return any(s == 0 and e == len(word) for s, e, _c in find_areas(word))


def _sentence_breaks(text: str):
    """The sentence breaks of ``text`` (:data:`_SENTENCE_BREAK`'s matches), less those after a person's initial
    ("Commissioner J. Smith gave …" is one sentence)."""
    for m in _SENTENCE_BREAK.finditer(text):
        before = _INITIAL_BEFORE.search(text, 0, m.start())
        surname = _SURNAME_AFTER.match(text, m.end()) if before else None
        if before and before.group("word") not in _LETTER_LABELS and surname \
                and not _an_areas_name(re.match(r"[\"'“‘]?([\w’'-]*)", text[m.end() :]).group(1)):
            # (no area's name: "… in Tranche B. Surrey receives £X" opens a sentence on the area)
            continue
        yield m

#: the pieces of one line of a list stating one sum: a bullet or number, a label, a separator (a colon, a dash, a dot
#: leader, a tab or a run of spaces) and the sum, with a short note after it; or the sum first and the label after it
_ITEM_LEAD = r"^\s*(?:[-•*–—]\s+|\d{1,2}[.)]\s+|\(?[a-z]\)\s+)?"
_ITEM_SEP = r"(?:\s*(?:[:–—-]|\.(?:\s?\.){2,}|…+)\s*|\s*\t\s*|\s{2,})"
_ITEM_SUM = r"£\s?\d[\d,]*(?:\.\d+)?(?:\s*(?:[mk]|million|bn)\b)?"
_ITEM_NOTE = r"(?:\s*\([^£()]{1,60}\)|\s*,\s*[^£]{1,60}?|\s+[-–—]\s+[^£]{1,60}?|\s{2,}[^£\s][^£]{0,60}?|\t[^£]{1,60}?)?"
_LABEL_FIRST = re.compile(_ITEM_LEAD + r"(?P<label>[^£:!?;]{2,80}?)" + _ITEM_SEP + _ITEM_SUM + _ITEM_NOTE + r"\s*\.?\s*$")
_SUM_FIRST = re.compile(_ITEM_LEAD + _ITEM_SUM + _ITEM_SEP + r"(?P<label>[^£:!?;]{2,80}?)\s*\.?\s*$")


#: a heading or lead-in line saying the list under it sets out how money is spent or divided, colon or none ("How the
#: money will be spent", "Where it goes:", "The money will pay for:")
SPENDING_HEADING = re.compile(r"^\W*(?:(?:how|where)\b[^.£]{0,60}?\b(?:spent|used|divided|split|allocated|shared|"
                              r"broken down|goes|go|going|breaks? down)|the (?:money|grant|funding|award) will "
                              r"(?:pay|be spent|be used) (?:for|on))\W*$", re.I)


def line_over(rel, first: int) -> str:
    """The nearest non-blank line above line ``first`` (within two lines), or "" when there is none."""
    for n in (first - 1, first - 2):
        text = (rel.line_text(n) or "").strip() if n >= 1 else ""
        if text:
            return text
    return ""


def list_item_label(line: str) -> str | None:
    """The label of a line of a list that states one sum ("- Home Office grant: £214,000", "Total . . . . £170,000",
    "Group course — £160,000 (Home Office)", "£312,000   Home Office"), else None. A line that reads as a sentence
    (a sentence break inside its label, or more than ten words in it) is no list item."""
    text = re.sub(r"\*\*|__|<[^>]+>", "", line).rstrip()
    if len(MONEY_TOKEN.findall(text)) != 1:
        return None
    m = _LABEL_FIRST.match(text) or _SUM_FIRST.match(text)
    if not m:
        return None
    label = m.group("label").strip(" .-–—\t")
    if not label or len(label.split()) > 10 or re.search(r"[a-z]{2}\.\s+[A-Z]", label):
        return None
    return label


def release_lines(text: str) -> list[Line]:
    """Numbered lines of a release, plain text or HTML.  An HTML table row holding money keeps its
    cells apart ("| Derbyshire | Peak Change CIC | £84,000 |"), so that it is read like a markdown table."""
    if not looks_like_html(text):
        return _csv_as_pipes(split_lines(text))
    text = _unwrap_layout_tables(text)
    lines = _definition_items(html_to_lines(text), text)
    rows = _html_money_rows(text)
    out = [Line(l.number, rows[(l.number, " ".join(l.text.replace("**", "").split()))])
           if (l.number, " ".join(l.text.replace("**", "").split())) in rows else l for l in lines]
    out = [l for l in out if l.text is not None]  # (a heading's second row, joined to its first)
    rows = {k: v for k, v in rows.items() if v is not None}
    # several rows written on one physical line (minified HTML: "<tr>…</tr><tr>…</tr>"): the line opens with an
    # empty entry, so that a reader asking for the line's text (``line_text``) finds none and reads each row from
    # its own sentence, its cells and its heading row kept apart, instead of taking the first row for them all
    shared = Counter(n for n, _t in rows)
    first: set[int] = set()
    joined = []
    for line in out:
        if shared[line.number] >= 2 and line.number not in first:
            first.add(line.number)
            joined.append(Line(line.number, ""))
        joined.append(line)
    return joined


def _definition_items(lines: list[Line], text: str) -> list[Line]:
    """An HTML definition list (``dl``: a ``dt`` term and its ``dd`` value, as in a GOV.UK summary list) whose
    values hold money read as list items "term: value" on the value's line ("2025/26: £480,000"), as the same
    list typed as text would be ("- 2025/26: £480,000"), instead of the term and the value as two lines of their own."""
    from lxml import etree, html

    if "<dd" not in text.lower():
        return lines
    try:
        root = html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return lines
    items: dict[tuple[int, str], str] = {}  # (dd line, dd text): "term: value"
    terms: set[tuple[int, str]] = set()  # (dt line, dt text) folded into an item
    for dl in root.iter("dl"):
        term = None
        for el in dl.iter("dt", "dd"):
            words = " ".join(el.text_content().split())
            if el.tag == "dt":
                term = (el.sourceline, words)
            elif term and term[1] and words and "£" in words and el.sourceline is not None:
                items[(el.sourceline, words)] = f"- {term[1]}: {words}"
                terms.add(term)
    if not items:
        return lines
    out = []
    for line in lines:
        key = (line.number, " ".join(line.text.replace("**", "").split()))
        if key in terms:
            continue
        out.append(Line(line.number, items[key]) if key in items else line)
    return out


def _csv_as_pipes(lines: list[Line]) -> list[Line]:
    """A spreadsheet pasted as comma-separated values (a header row and two or more rows of the same number of
    fields, four or more, each short) read as a pipe table: each row stays on its line, its cells kept apart
    ('SX-P01,Brightwater Change CIC,…,"£412,600",…' becomes '| SX-P01 | Brightwater Change CIC | … | £412,600 | …')."""
    import csv

    if sum(l.text.count(",") >= 3 for l in lines) < 3:
        return lines
    out = list(lines)
    i = 0
    while i < len(lines):
        run = []
        width = None
        for line in lines[i:]:
            if not line.text.strip() or "|" in line.text or "\t" in line.text:
                break
            if re.search(r"\d,\d{3}\b", re.sub(r'"[^"]*"', "", line.text)):
                break  # (a figure's thousands comma outside quotes: prose, not a row)
            fields = next(csv.reader([line.text]))
            if len(fields) < 4 or (width is not None and len(fields) != width) or any(
                    len(f) > (200 if width is not None else 120) for f in fields):
                break  # (a row under the header, with its width, may carry a longer description cell, up to 200
                # characters: "Workshops over two days for 80 staff from schools, GP surgeries and housing teams on …";
                # its field count already marks it as a row, while a line of prose with the same number of commas
                # has a longer run between two of them; the header itself, with no width to match, is held to 120)
            width = len(fields)
            run.append((line, fields))
        header = run[0][1] if run else []
        if len(run) >= 3 and all(len(h.strip()) <= 40 and len(h.split()) <= 5 and not MONEY_TOKEN.search(h)
                                 and not re.search(r"[.!?]\s", h) for h in header):
            for line, fields in run:
                out[line.number - lines[0].number] = Line(line.number, "| " + " | ".join(f.strip() for f in fields) + " |")
            i += len(run)
        else:
            i += max(1, len(run))
    return out


_TABLE_TAG = re.compile(r"<(/?)(table|thead|tbody|tfoot|tr|td|th)\b([^>]*)>", re.I)
_LAYOUT_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote")


def _unwrap_layout_tables(text: str) -> str:
    """An HTML e-mail laid out in a table (each cell holding headings and paragraphs) read as the
    blocks it holds: the layout table's own tags become ``div`` (same lines, same attributes), so that
    each paragraph is a line of its own.  A data table (cells of text and figures) is left as it is."""
    from lxml import etree, html

    if "<table" not in text.lower():
        return text
    try:
        root = html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return text
    layout = []
    for table in root.iter("table"):
        cells = [c for c in table.iter("td", "th") if next(c.iterancestors("table"), None) is table]
        layout.append(any(any(isinstance(k.tag, str) and k.tag in _LAYOUT_BLOCKS for k in c) for c in cells))
    if not any(layout):
        return text
    stack: list[bool] = []
    index = 0

    def swap(m: re.Match) -> str:
        nonlocal index
        closing, tag = m.group(1), m.group(2).lower()
        if tag == "table" and not closing:
            is_layout = layout[index] if index < len(layout) else False
            index += 1
            stack.append(is_layout)
        elif tag == "table" and closing:
            is_layout = stack.pop() if stack else False
        else:
            is_layout = bool(stack) and stack[-1]
        return f"<{closing}div{m.group(3)}>" if is_layout else m.group(0)

    return _TABLE_TAG.sub(swap, text)


def _html_money_rows(text: str) -> dict[tuple[int, str], str | None]:
    """``{(source line, cells joined by spaces): cells joined by pipes}`` for the rows of HTML tables
    that hold money, and for those tables' heading rows (lxml keeps each element's source line). Several rows
    written on one physical line (minified HTML) are told apart by their text, each kept as a row of its own."""
    from lxml import etree, html

    try:
        root = html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return {}
    out = {}
    for table in root.iter("table"):
        rows = [r for r in table.iter("tr") if r.sourceline is not None]
        if not any("£" in r.text_content() for r in rows) and not _figures_table(rows):
            continue
        below: dict[int, tuple[int, str]] = {}  # column: (rows still spanned, the text its copies there hold)
        grid = []
        for r in rows:
            cells = [" ".join(c.text_content().split()) for c in r if isinstance(c.tag, str) and c.tag in ("td", "th")]
            grid.append((r, cells, _spanned_cells(r, below)))
        if len(grid) >= 2 and len(grid[0][1]) >= 2 and _heading_row(grid[0][0]) and _heading_row(grid[1][0]) \
                and len(grid[0][2]) == len(grid[1][2]) and any(_span(c, "colspan") > 1 or _span(c, "rowspan") > 1
                                                               for c in _row_cells(grid[0][0])):
            # a heading over two rows ("Source (£k)" over "Home Office | Commissioner", "Service" and "Total" down both):
            # one heading row, each column's words joined, as a typed table's two heading rows are read; the second row
            # is no line of its own (a title row of one cell across the table, "Allocations, 2025-26", is no heading)
            joined = [" ".join(f"{a} {b}".split()) for a, b in zip(grid[0][2], grid[1][2])]
            grid[0] = (grid[0][0], grid[0][1], joined)
            out[(grid[1][0].sourceline, " ".join(c for c in grid[1][1] if c))] = None
            grid = [grid[0]] + grid[2:]
        for r, cells, laid_out in grid:
            if len(cells) >= 2:
                out[(r.sourceline, " ".join(c for c in cells if c))] = "| " + " | ".join(laid_out) + " |"
    return out


def _row_cells(row) -> list:
    return [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]


def _heading_row(row) -> bool:
    """A table row of headings: in the table's ``thead``, or every cell a ``th`` with no sum of money."""
    cells = _row_cells(row)
    parent = row.getparent()
    return bool(cells) and (parent is not None and parent.tag == "thead" or all(
        c.tag == "th" for c in cells)) and not any(re.fullmatch(r"[£\d,.\s%-]+", c.text_content().strip() or "x")
                                                   for c in cells)


def _span(el, name: str) -> int:
    try:
        return max(1, min(int(el.get(name, "1")), 20))
    except ValueError:
        return 1


def _spanned_cells(row, below: dict[int, tuple[int, str]]) -> list[str]:
    """A table row's cells laid out on the table's grid of columns: a cell spanning several columns ("colspan") or rows
    ("rowspan") fills each column it covers, so that every row has a cell under every heading. A heading spanning two
    columns ("Source (£k)" over "Home Office | Commissioner") heads both; a row label spanning rows is every row's label;
    a heading spanning the heading's two rows ("Service") is left empty on the second (the rows' join keeps it once);
    a figure is never copied (the same money twice). ``below`` carries the spans from the rows above."""
    out: list[str] = []

    def spanned_down() -> None:
        while len(out) in below:
            left, text = below[len(out)]
            if left <= 1:
                del below[len(out)]
            else:
                below[len(out)] = (left - 1, text)
            out.append(text)

    for c in row:
        if not isinstance(c.tag, str) or c.tag not in ("td", "th"):
            continue
        spanned_down()
        text = " ".join(c.text_content().split())
        label = "" if re.search(r"\d", text) else text  # (a label, not a figure, is what a row below may repeat)
        for k in range(_span(c, "colspan")):
            if _span(c, "rowspan") > 1:
                below[len(out)] = (_span(c, "rowspan") - 1, "" if c.tag == "th" else label)
            out.append(text if k == 0 or c.tag == "th" else "")
    spanned_down()
    return out


def _figures_table(rows) -> bool:
    """A data table of figures with no money (a dashboard's results by quarter): rows of a label and numbers."""
    numeric = 0
    for r in rows:
        cells = [" ".join(c.text_content().split()) for c in r if isinstance(c.tag, str) and c.tag == "td"]
        if len(cells) >= 2 and sum(1 for c in cells[1:] if re.fullmatch(r"[\d,.]+\s*%?", c)) >= 1:
            numeric += 1
    return numeric >= 2


def _sentences(lines: list[Line]):
    """``(line number, sentence)`` for every sentence, bullets stripped."""
    for line in lines:
        body = _BULLET.sub("", line.text.replace("**", ""), count=1).strip()
        if not body:
            continue
        start = 0
        for m in _sentence_breaks(body):
            yield line.number, body[start : m.start() + 1].strip()
            start = m.end()
        if body[start:].strip():
            yield line.number, body[start:].strip()


#: a line that opens an item or a heading, never the rest of the sentence above it
_OPENS_ITEM = re.compile(r"^\s*(?:[-•*–—>#|]|\(?\d{1,2}[.)]|\(?[a-z]\)|\d{1,2}(?:\.\d{1,2})+\.?\s|[A-Z][\w ]{0,40}:\s)")
#: an infographic's stat tile as exported to text: a figure alone in square brackets ("[412]", "[88%]", "[151 of 238]"),
#: its caption on the line under it ("referrals from police and probation")
STAT_TILE = re.compile(r"^\s*\[\s*(?P<figure>\d[\d,]*(?:\.\d+)?%?(?:\s+(?:of|out of)\s+\d[\d,]*)?)\s*\]\s*$")
_STAT_TILE = STAT_TILE
_PAGE_LINE = re.compile(r"\bpage \d+(?: of \d+)?\b|^\W*-?\s*\d{1,3}\s*-?\W*$", re.I)


def _page_furniture(lines: list[Line]) -> set[int]:
    """Running heads and feet of a PDF's pages: a line naming its page ("Page 2 of 4"), and a short line
    printed the same two or more times (digits aside) that is not a sentence, a table row or money."""
    def key(text: str) -> str:
        return re.sub(r"\d+", "#", " ".join(text.split())).lower()
    counts = Counter(key(l.text) for l in lines if l.text.strip())
    by_line = {l.number: l.text for l in lines}
    out = set()
    for l in lines:
        t = l.text.strip()
        if t and "|" in t and not t.startswith("|") and not t.endswith("|") and not MONEY_TOKEN.search(t) \
                and any(re.fullmatch(r"\s*page \d+ of \d+\s*", f, re.I) for f in t.split("|")):
            out.add(l.number)  # a form's header or footer of fields one of which is its page ("Submitted 02/07/2025 |
            # Received by the grants team | Page 2 of 2"): furniture, though its fields are set off by bars
            continue
        if not t or "|" in t or MONEY_TOKEN.search(t) or t.startswith("#"):
            continue
        if re.search(r"\S\s{3,}\S", l.text) and re.search(r"(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d,])", t):
            continue  # (an aligned row with a bare sum in thousands, "P03   Provider   Home Office   41,450": a table's
            # row printed twice with the same figure, two payments of one size, not a page's running head)
        if _STAT_TILE.match(t) and re.match(r"[a-z]", by_line.get(l.number + 1, "").strip()):
            continue  # (an infographic's stat tile, "[412]" over "referrals from police and probation": its figure)
        if (_PAGE_LINE.search(t) and len(t) < 140 and not re.search(r"[.!?]$", t)) or (
                counts[key(t)] >= 2 and len(t.split()) >= 3 and len(t) < 120 and not re.search(r"[.!?:]$", t)
                and re.search(r"\S\s{3,}\S", l.text)):
            out.add(l.number)
    # a running head printed plain ("Hertfordshire Police and Crime Panel – 21 November 2024"): a line repeated word for
    # word, one of whose copies sits just after a page's foot ("Page 1 of 3"), is furniture on every page
    by_number = {l.number: l for l in lines}
    feet = [n for n in sorted(out) if _PAGE_LINE.search(by_number[n].text)]
    for n in feet:
        nxt = next((by_number[m] for m in range(n + 1, n + 4) if m in by_number and by_number[m].text.strip()), None)
        if nxt is None or nxt.number in out:
            continue
        t = nxt.text.strip()
        if counts[key(t)] >= 2 and len(t.split()) >= 3 and len(t) < 120 and not re.search(r"[.!?:]$", t) \
                and "|" not in t and not MONEY_TOKEN.search(t):
            out |= {l.number for l in lines if key(l.text) == key(t)}
    return out


def _wraps(text: str) -> bool:
    """A line that stops mid-sentence because the page was narrow: long prose ending in a word or comma."""
    t = text.rstrip()
    return len(t.strip()) >= 40 and bool(re.search(r"[\w,£%’'-]$", t)) and not _TABLE_ROW.search(t) \
        and not re.search(r"\S\s{3,}\S", t.strip()) and not t.lstrip().startswith(("#", "|", ">"))


#: a numbered paragraph's opening ("2.2 The contract …", "  3) The board …"): its text starts past the number
_NUMBERED_PARAGRAPH = re.compile(r"^(\s*\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s+)(?=\S)")


def _hanging_indent(first: str, nxt: str) -> bool:
    """Whether ``nxt`` goes on with the numbered paragraph ``first`` opens, printed with a hanging indent: its text
    starts in the column where the paragraph's own text starts past its number ("2.2 The contract … is worth" over
    "    £118,000. The provider …"), whatever its first character (a sum, a capital, a figure)."""
    opening = _NUMBERED_PARAGRAPH.match(first)
    if not opening or not nxt[:1].isspace():
        return False
    indent = len(nxt) - len(nxt.lstrip())
    return indent == len(opening.group(1).expandtabs()) and not _NUMBERED_PARAGRAPH.match(nxt)


def _logical_sentences(lines: list[Line], skipped: set[int]):
    """``(first line, sentence, ((offset, line), …))``: paragraphs hard-wrapped across lines joined (across a
    page's running head and foot too), then split into sentences, each knowing the line of every stretch."""
    body = [(l.number, _BULLET.sub("", l.text.replace("**", ""), count=1).strip(), l.text) for l in lines]
    # a hard-wrapped text shows it: lines stopping mid-sentence with the next going on in lower case
    nexts = [(a, b) for a, b in zip(body, body[1:]) if a[1] and b[1]]
    # (or a numbered paragraph going on under a hanging indent, once: "3.1 The grant … in" over "    Sefton, …")
    if sum(1 for a, b in nexts if _wraps(a[2]) and re.match(r"[a-z]", b[1]) and not _OPENS_ITEM.match(b[2])) < 2 \
            and not any(_wraps(a[2]) and _hanging_indent(a[2], b[2]) for a, b in nexts):
        for number, text, _ in body:
            if text:
                for n, t in _sentences([Line(number, text)]):
                    yield n, t, ((0, n),)
        return
    # (the prose's width: not a table's rows nor its heading row, whose columns run wider than the text)
    width = max((len(raw.rstrip()) for _, text, raw in body if text and not _TABLE_ROW.search(raw)
                 and not re.search(r"\S\s{3,}\S", raw.strip())), default=0)
    groups: list[list[tuple[int, str]]] = []
    prev_raw = None
    last_number = None
    for number, text, raw in body:
        if not text:
            if number - 1 not in skipped and number + 1 not in skipped:
                prev_raw = None  # (a blank line beside a page's head or foot is the page break, not a paragraph's end)
            continue
        gap = set(range(last_number + 1, number)) if last_number is not None else set()
        joins = prev_raw is not None and _wraps(prev_raw) and len(prev_raw.rstrip()) >= 0.6 * width \
            and not _OPENS_ITEM.match(raw) and not _TABLE_ROW.search(raw) \
            and not re.search(r"\S\s{3,}\S", raw.strip()) and (not gap or gap <= skipped | _blank_lines(lines, gap))
        if joins and gap and not gap & skipped:
            joins = False  # a blank line ends a paragraph (unless a page's furniture stands in the gap)
        if joins:
            groups[-1].append((number, text))
        else:
            groups.append([(number, text)])
        prev_raw, last_number = raw, number
    for group in groups:
        paragraph, starts = "", []
        for number, text in group:
            if paragraph:
                paragraph += " "
            starts.append((len(paragraph), number))
            paragraph += text
        start = 0
        pieces = [(m.start() + 1, m.end()) for m in _sentence_breaks(paragraph)] + [(len(paragraph), len(paragraph))]
        for end, nxt in pieces:
            sentence = paragraph[start:end]
            stripped = sentence.strip()
            if stripped:
                lead = start + (len(sentence) - len(sentence.lstrip()))
                mine = [(max(o - lead, 0), n) for o, n in starts if o < lead + len(stripped) and
                        (o >= lead or o == max((x for x, _ in starts if x <= lead), default=0))]
                yield mine[0][1], stripped, tuple(mine)
            start = nxt


def _blank_lines(lines: list[Line], numbers: set[int]) -> set[int]:
    known = {l.number for l in lines if l.text.strip()}
    return {n for n in numbers if n not in known}


def _logical(rel: "PreparedRelease"):
    """A prepared release's sentences, hard-wrapped ones joined (:func:`_logical_sentences`)."""
    return rel.logical or tuple((n, t, ((0, n),)) for n, t in rel.sentences)


def _line_at(starts: tuple[tuple[int, int], ...], pos: int) -> int:
    """The line a position of a logical sentence is printed on."""
    line = starts[0][1]
    for offset, number in starts:
        if offset <= pos:
            line = number
    return line


@lru_cache(maxsize=1)
def _furniture_markup() -> tuple[tuple[str, str, re.Pattern], ...]:
    """``(reason, kind, pattern)`` rules for page furniture in HTML: ``tag`` names an element,
    ``attr`` is searched in an element's class and id (``local_furniture_markup.csv``)."""
    return tuple((r["reason"], r["kind"], re.compile(r["pattern"], re.I)) for r in _read_data("local_furniture_markup.csv"))


def _page_container(tag: str) -> bool:
    """Whether an element holds the whole page or its main text (``html``, ``body``, ``main``), whose class
    names the page's template ("page-template-elementor_header_footer"), never furniture of its own."""
    return tag in ("html", "body", "main")


def _box_in_text(el) -> bool:
    """Whether an ``aside`` stands inside the page's main text or article (a box "How it is funded" beside the
    paragraphs), so that only its class or id (related, donate, share …) can make it furniture, not its tag; or a
    ``footer`` is a quotation's attribution (:func:`_quote_attribution`), part of the text, not the page's footer."""
    return el.tag == "aside" and any(a.tag in ("main", "article") for a in el.iterancestors()) \
        or _quote_attribution(el)


def _quote_attribution(el) -> bool:
    """Whether a ``footer`` is a quotation's attribution, inside its ``blockquote`` (``<blockquote><p>"…"</p><footer>Name,
    Police and Crime Commissioner for X</footer></blockquote>``): the speaker's name and office, not the page's footer."""
    return el.tag == "footer" and any(a.tag == "blockquote" for a in el.iterancestors())


def _furniture_class(el, match) -> bool:
    """Whether words in an element's class or id make it furniture: never on the page's wrapper or main text
    (``<body class="…header_footer">``: :func:`_page_container`), and a page builder's "widget" inside the page's
    ``<main>`` or ``<article>`` is one of the page's own blocks of text (``<p class="elementor-widget-text-editor">``),
    not a side column's widget."""
    if match is None or _page_container(el.tag):
        return False
    if "widget" in match.group(0).lower() and "area" not in match.group(0).lower():
        if any(a.tag in ("main", "article") for a in el.iterancestors()):
            return False
    return True


def html_furniture_lines(text: str) -> dict[int, str]:
    """Source lines of an HTML page that hold page furniture, with the reason: ``{line: reason}``.

    lxml parses the page (a maintained, forgiving HTML parser that keeps each
    element's source line); an element is furniture by its tag (``nav``,
    ``footer``, ``aside``, ``figcaption``, ``script`` …) or by words in its class
    or id (cookie, share, subscribe, paywall, breadcrumb, jobs …).  Every source
    line the element spans is set aside, so line numbers stay those of the page.
    """
    from lxml import etree, html

    try:
        root = html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return {}
    rules = _furniture_markup()
    out: dict[int, str] = {}
    for el in root.iter():
        if not isinstance(el.tag, str) or el.sourceline is None:
            continue
        attrs = f"{el.get('class', '')} {el.get('id', '')}"
        tag = "" if _box_in_text(el) else el.tag
        reason = next((r for r, kind, p in rules if (p.fullmatch(tag) if kind == "tag" else
                                                      _furniture_class(el, p.search(attrs)))), None)
        if reason is None or reason == "content":  # (a results or fact box is the page's own text)
            continue
        span = etree.tostring(el, encoding="unicode", with_tail=False).count("\n")
        for n in range(el.sourceline, el.sourceline + span + 1):
            out.setdefault(n, reason)
    for el in root.iter("ol", "ul"):
        if el.sourceline is not None and _chapter_list(el):
            span = etree.tostring(el, encoding="unicode", with_tail=False).count("\n")
            for n in range(el.sourceline, el.sourceline + span + 1):
                out.setdefault(n, "page_furniture")
    return out


#: a chapter marker's time stamp at the start of a list item: "03:12", "1:02:45", "[14:25]", "(49:20)"
_CHAPTER_STAMP = re.compile(r"^\W{0,2}(?:\d{1,2}:)?\d{1,2}:\d{2}\b\W{0,2}\s*\S")


def _chapter_list(el) -> bool:
    """Whether an HTML list is an episode's or video's chapter markers: two or more items, every one opening with a
    time stamp ("<li><a href="#t=192">03:12</a> Lancashire's £1.14m and how the two years were split</li>") and
    none a sentence (ending in a full stop).  The items are titles to skip to in the audio, set aside as page
    furniture like a table of contents; a list of times in a programme's timetable ("10:00 Welcome and coffee.")
    ends its items with a full stop or has items without a stamp, and is left."""
    items = [li.text_content().strip() for li in el if li.tag == "li"]
    return len(items) >= 2 and all(_CHAPTER_STAMP.match(t) and not re.search(r"[.!?]['\"”’]?$", t) for t in items)


_POUND_HEADING = re.compile(r"\(£\)|^£$|\bin £$|\(GBP\)|(?<=\w)\s+£$", re.I)  # ("Amount £", "2025-26 £")
#: a bare figure under a pounds heading: with thousands commas or four or more digits ("84,000", "6450"), either
#: with pence ("46218.00", "1,250.50", "612.40": two decimal places after three or more digits mark pounds and pence)
_BARE_FIGURE = re.compile(r"^(\**)(\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d{4,}(?:\.\d{2})?|\d{3}\.\d{2})(\**)$")
#: a bare figure with a minus sign before it under a pounds heading ("-1125.00", "−2,400"): a credit or refund, read
#: as "-£1125.00" so that it is reported as a negative figure (no award), as a printed "-£1,125" is
_SIGNED_BARE_FIGURE = re.compile(r"^[-−](\d{1,3}(?:,\d{3})*(?:\.\d{2})?|\d{4,}(?:\.\d{2})?)$")
#: a column heading that gives the figures' unit: "2024-25 (£000)", "£'000", "Total £k", "(£m)", "£ thousands"
_UNIT_HEADINGS = (
    ("k", re.compile(r"\(\s*£\s?(?:'?000s?|k|thousands?)\s*\)|(?<![\w£])£\s?(?:'?000s?|k|thousands?)(?!\w)", re.I),
     "(thousands of pounds)"),
    ("m", re.compile(r"\(\s*£\s?(?:m|millions?)\s*\)|(?<![\w£])£\s?(?:m|millions?)(?!\w)", re.I), "(millions of pounds)"),
)
#: a column of what has been spent so far ("Spent to 31/03/24 (£)", "Paid to date (£000)"): progress, not money awarded
_PROGRESS_COLUMN = re.compile(r"\b(?:spent|paid) (?:to|so far|by)\b|\bto date\b", re.I)
#: "£000" or "£'000" in prose: the unit of a table's figures, never a sum of nothing
_ZERO_UNIT = re.compile(r"(?<![\w£])£\s?'?000s?(?![\d,.]?\d)")
#: a bare figure in a column whose heading gives its unit: "250", "1,250", "0.25", also with a footnote marker in
#: square brackets after it ("1,250 [b]", "250[2]": the note's marker, not part of the figure)
_BARE_NUMBER = re.compile(r"^(\**)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(\**|\s*\[[a-z\d]{1,2}\])$")


#: a table row's label naming a count, not money: "Staff employed (FTE)", "Posts (full-time equivalent)", "Referrals
#: expected", "Number of places": its bare figures under a money column's heading are no sums
_COUNT_ROW = re.compile(r"\b(?:FTE|full[- ]time equivalents?|headcount|number of|no\. of|per cent|percentage)\b|%|"
                        r"^\W*(?:posts|staff|referrals|places)\b(?![^()]*\b(?:costs?|budget|grant|funding)\b)", re.I)


#: a count the row's label states itself, in brackets after the post it counts ("Support workers (1.5 FTE)",
#: "Case managers (3 posts)"): the label gives the count, so the row's figures are what those posts cost
_COUNT_IN_LABEL = re.compile(r"\(\s*\d+(?:\.\d+)?\s*(?:FTE|full[- ]time equivalents?|posts?)\s*\)", re.I)


def _counts_not_money(label: str) -> bool:
    """Whether a table row's label says its figures count people, posts or places rather than pounds."""
    return bool(_COUNT_ROW.search(_COUNT_IN_LABEL.sub(" ", label))) and not MONEY_TOKEN.search(label)


def _unit_columns(cells: list[str]) -> tuple[dict[int, str], bool]:
    """The cells of a row that give a unit in thousands or millions of pounds ({column: "k" or "m"}), and whether
    the row holds a sum of money besides those units (then it is no heading row)."""
    units = {}
    rest = []
    for k, c in enumerate(cells):
        for unit, pattern, _words in _UNIT_HEADINGS:
            if pattern.search(c):
                units[k] = unit
                c = pattern.sub(" ", c)
        rest.append(c)
    return units, bool(MONEY_TOKEN.search("|".join(rest)))


def _stub_unit_columns(cells: list[str], unit: str) -> dict[int, str]:
    """The columns a unit given only in a table's first heading cell, over its row labels, applies to: every other
    column ("| Spend to date (£000) | Home Office | Council | Total |", "| £k | 2024-25 | 2025-26 |": the unit is the
    whole table's, its row labels hold no figures), except those that count people or sessions."""
    return {k: unit for k, c in enumerate(cells) if k and c.strip() and not _COUNT_HEADING.search(c)}


#: a numbered or plain field of a form whose value is a bare figure: "2.3 Award for 2025-26: 184,500.00", "Spend to
#: date (Q2): 61,204.18" (the label, its colon, the figure and nothing after it)
_BARE_FIELD = re.compile(r"^(?P<label>\s*(?:\d+(?:\.\d+)*\.?\s+)?[A-Za-z][^:£|\t]{1,70}:\s*)"
                         r"(?P<figure>\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d{4,}(?:\.\d{2})?|\d{3}\.\d{2})\s*$")
#: a line ending a form's section: a rule of dashes or equals signs, or the next section's heading
_SECTION_RULE = re.compile(r"^\s*[-=_*]{10,}\s*$|^\s*(?:SECTION|PART)\b", re.I)


#: a form's numbered field indented after its number to show it is a sub-field of the one above ("2.3    of which
#: grant: £80,000"): the number, the indent, then a label and its colon with no other wide gap on the line
_INDENTED_SUBFIELD = re.compile(r"^(\s*\d+(?:\.\d+)+)\s{2,}(?=[^\s|\t][^|\t]*:)(?![^|\t]*\S\s{3,}\S)")


#: a field's label naming money ("Award for 2025-26", "of which grant", "Spend to date", "Forecast outturn"), not a
#: count or a reference ("Sessions delivered", "Calls answered", "Year founded")
_MONEY_FIELD_LABEL = re.compile(r"\b(?:awards?|grants?|budgets?|spend|spent|costs?|income|of which|claimed|forecast|"
                                r"variance|outturn|funding|allocat\w*|contributions?|match|expenditure|amount|value|"
                                r"underspend|overspend|payments?|total)\b", re.I)
#: a field's label naming a reference number, not money: "Company number", "Charity no.", "Telephone"
_NUMBER_FIELD_LABEL = re.compile(r"\b(?:number|no\.?|tel(?:ephone)?|phone|reg(?:istration)?|ref(?:erence)?)\b", re.I)


def _money_field(label: str, figure: str) -> bool:
    """Whether a form's field under a pounds caption holds a sum: its label names money, it names no count or
    reference number, and its figure is no year ("Year founded: 2019")."""
    return (bool(_MONEY_FIELD_LABEL.search(label)) and not _NUMBER_FIELD_LABEL.search(label)
            and not _counts_not_money(label) and not re.fullmatch(r"(?:19|20)\d\d", figure))


def _pounds_in_fields(lines: list[Line]) -> list[Line]:
    """A form's section whose heading says its figures are pounds ("SECTION 2 - FINANCE (all figures £)") prints its
    fields' sums bare: "2.2 Award for 2025-26: 184,500.00" is read as "… £184,500.00", down to the section's end (a rule
    line, the next section's heading or a blank line: a caption's pounds end with its block). Only a field whose label
    names money is read so ("Award", "of which", "Spend to date"); counts ("Referrals: 46", "Calls answered: 1,240"),
    reference numbers ("Company number: 08123456") and years ("Year founded: 2019") are left. A field indented after its number as a sub-field ("2.3    of which grant: …") is a field
    like any other, not a table's row whose number is a column: the indent is read as one space."""
    out, pounds = [], False
    for line in lines:
        text = line.text
        if _INDENTED_SUBFIELD.match(text):
            text = _INDENTED_SUBFIELD.sub(r"\1 ", text)
            line = Line(line.number, text)
        if "|" not in text and _SECTION_RULE.match(text):
            pounds = _pound_caption(text)
        elif not text.strip():
            pounds = False  # (a caption's pounds end with its block: "Company number: 08123456" below is no sum)
        elif pounds and "|" not in text and not _pound_caption(text):
            m = _BARE_FIELD.match(text)
            if m and _money_field(m.group("label"), m.group("figure")):
                line = Line(line.number, f"{m.group('label')}£{m.group('figure')}")
        elif "|" not in text and text.strip() and _pound_caption(text):
            pounds = True
        out.append(line)
    return out


def _pounds_in_columns(lines: list[Line]) -> list[Line]:
    """A pipe table whose column heading says the figures are pounds ("Amount (£)") prints them bare:
    "| Derbyshire | 84,000 |" is read as "| Derbyshire | £84,000 |". A heading in thousands or millions
    ("2024-25 (£000)", "£k", "(£m)") is no sum of money itself (it had read as £0), and its bare figures are read in
    its unit: "| Home Office grant | 250 |" under "(£000)" as "£250k", a round figure to the thousand."""
    out, columns = [], {}
    captioned, in_table = None, False  # the unit a caption above the table gives ("Table 3: Funding (£000)")
    for line in lines:
        text = line.text
        if "|" not in text:
            columns, in_table = {}, False
            if text.strip():
                captioned = caption_unit(text)
                if captioned is None and _pound_caption(text):
                    captioned = ""  # (pounds: "Table 2: Money by payer, £" over bare "40,000" reads "£40,000")
            if "£" in text and _ZERO_UNIT.search(text):  # "all figures are in £000": a unit, not £0
                line = Line(line.number, _ZERO_UNIT.sub("thousands of pounds", text))
            out.append(line)
            continue
        cells = text.strip().strip("|").split("|")
        units, other_money = _unit_columns(cells) if "£" in text else ({}, False)
        if captioned is not None and not in_table and not units and not MONEY_TOKEN.search(text):
            # the table's heading row under a caption giving the unit: its columns take that unit
            columns = {k: captioned for k, c in enumerate(cells) if k and not _COUNT_HEADING.search(c)}
            captioned, in_table = None, True
            out.append(line)
            continue
        captioned, in_table = None, True
        if units:
            # (every figure under a unit heading is an amount in that unit, a budget-monitoring table's spend to date,
            # forecast and variance too: whether such a column is money awarded the amounts reader tells)
            columns = {} if other_money else dict(units)
            if set(columns) == {0} and len(cells) >= 2:
                columns = _stub_unit_columns(cells, columns[0])
            for k in units:  # the heading keeps its words (a year, "Total") without a figure to misread
                for _unit, pattern, words in _UNIT_HEADINGS:
                    cells[k] = pattern.sub(words, cells[k])
            line = Line(line.number, "|" + "|".join(cells) + "|")
        elif MONEY_TOKEN.search(text) is None and any(_POUND_HEADING.search(c.strip()) for c in cells):
            columns = {k: "" for k, c in enumerate(cells) if _POUND_HEADING.search(c.strip())
                      }
            if set(columns) == {0} and len(cells) >= 2:
                # (pounds given only over the rows' labels, "| Source of money (£) | 2025-26 | 2026-27 | Total |":
                # the unit is the whole table's, as "(£000)" there is)
                columns = _stub_unit_columns(cells, "")
        elif columns and not _counts_not_money(cells[0]):
            changed = False
            # (a row that prints "£" on its own sums prints a bare figure under "(£)" for something else, a comparison
            # column: "| £512,400 | £75k | £587,400 | 498,200 |" reads the last as no sum)
            priced = bool(MONEY_TOKEN.search(text))
            for k, unit in columns.items():
                if priced and not unit:
                    continue
                m = (_BARE_NUMBER if unit else _BARE_FIGURE).match(cells[k].strip()) if k < len(cells) else None
                if m:
                    cells[k] = f" {m.group(1)}£{m.group(2)}{unit}{m.group(3)} "
                    changed = True
                elif not unit and k < len(cells) and _SIGNED_BARE_FIGURE.match(cells[k].strip()):
                    cells[k] = f" -£{_SIGNED_BARE_FIGURE.match(cells[k].strip()).group(1)} "
                    changed = True
            if changed and not priced:
                # a nought beside the row's pounds under a "(£)" heading ("| BSW ICB | 60,000 | 0 |"): nothing that
                # year, a sum of £0 as the row's other cells are sums (alone in its row it is no sum read)
                for k, unit in columns.items():
                    if not unit and k < len(cells) and re.fullmatch(r"\s*0\s*", cells[k]):
                        cells[k] = " £0 "
            if changed:
                line = Line(line.number, "|" + "|".join(cells) + "|")
        out.append(line)
    return out


#: a cell of a table aligned with spaces or tabs (no pipes): text between runs of two or more spaces or tabs
_ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")


def _aligned_cells(text: str) -> list[tuple[int, int, str]]:
    """The cells of a line of a table aligned with spaces, with their character spans; of a line separated by tabs,
    its fields, each spanning its own column number (an empty field kept: "Total\t\t0.30")."""
    if "\t" in text:
        return [(k, k + 1, c.strip()) for k, c in enumerate(text.split("\t"))]
    return [(m.start(), m.end(), m.group()) for m in _ALIGNED_CELL.finditer(text)]


#: a column heading that counts people or sessions, not money: no unit from a table's caption applies to it
_COUNT_HEADING = re.compile(r"\b(?:number|no\.|referrals?|places|people|men|women|sessions|weeks|cases|rate)\b|%|"
                            r"\bper ?cent\b", re.I)


def _column_gap(text: str) -> bool:
    """Whether a line has a gap of two or more spaces or a tab between words, as a row of an aligned table does; the
    gap after a numbered caption's number ("Table 4.2  Service income, 2025-26 (£)") is no column gap."""
    if _NUMBERED_CAPTION.match(text):
        text = re.sub(r"^(\s*\S+\s+\S+?[:.–—-]?)\s+", r"\1 ", text)
    return bool(re.search(r"\S(?: {2,}|\t+)\S", text.strip()))


def caption_unit(text: str) -> str | None:
    """The unit in thousands or millions of pounds ("k" or "m") that a line outside a table gives the table under it,
    when that unit is the line's only money: a caption "Table 4.1: Indicative budget (£000)", a note "All figures
    are in £m"; else None."""
    if "|" in text or "£" not in text or _column_gap(text):
        return None
    found, rest = None, text
    for unit, pattern, _words in _UNIT_HEADINGS:
        if pattern.search(rest):
            found = found or unit
            rest = pattern.sub(" ", rest)
    return found if found and not MONEY_TOKEN.search(rest) else None


def _caption_columns(cells: list[tuple[int, int, str]], unit: str, margin: int = 0) -> dict[tuple[int, int], str]:
    """The columns of a table's heading row that take the unit its caption gives: every heading after the rows'
    labels' that counts no people or sessions; only bare figures under them are read in that unit (``margin`` as
    for :func:`_label_headings`)."""
    return {(s, e): unit for s, e, c in cells[_label_headings(cells, margin):] if not _COUNT_HEADING.search(c)}


#: how far in a heading row's first heading may start and still head the rows' labels
_LABEL_HEADING_INDENT = 4


def _label_headings(cells: list[tuple[int, int, str]], margin: int = 0) -> int:
    """How many of an aligned heading row's cells head the rows' labels: the first, unless it stands indented over
    the figures with nothing over the labels ("                    26/27     27/28     Total" over "Home Office grant
    402.0   418.0   820.0") or is itself a year. ``margin`` is where the row under the heading starts: a table set in
    from the left as a whole, as a value under a field name is ("          Source (£)      2025/26" over "
    Grant          90,000"), has its labels' heading as far in as its labels."""
    if not cells:
        return 0
    start, _end, first = cells[0]
    if start - margin > _LABEL_HEADING_INDENT or _YEAR_HEADINGS.fullmatch(first):
        return 0
    return 1


def _label_unit_over_columns(cells: list[tuple[int, int, str]], units: dict, margin: int = 0) -> dict:
    """The columns that a unit printed only in the heading over the rows' labels gives its unit to: "Funding source
    (£000)   2025/26   2026/27", "£'000   Outturn   Budget", "Source of funds (£k)   Year 1   Year 2" head their
    figure columns in thousands, as a caption above the table would (every heading after the label's that counts no
    people or sessions); empty when the unit stands over a figure column itself or the row has no other heading."""
    if len(units) != 1 or len(cells) < 2 or _label_headings(cells, margin) != 1:
        return {}
    (span, unit), = units.items()
    if span != cells[0][:2]:
        return {}
    words = cells[0][2]
    for _unit, pattern, _w in _UNIT_HEADINGS:
        words = pattern.sub(" ", words)
    # (a bare "£'000" over the first column heads figures of its own, "£'000   Item" over "84   One-to-one work"; a
    # label heading has words, and the headings beside it are years or a budget's columns)
    if not re.search(r"[A-Za-z]{3}", words) or not any(
            _YEAR_HEADINGS.search(c) or _FIGURE_COLUMN_WORD.search(c) for _s, _e, c in cells[1:]):
        return {}
    return _caption_columns(cells, unit, margin)


#: a heading over a column of a year's figures in a budget book: "Outturn", "Budget", "Forecast", "Year 1", "Total"
_FIGURE_COLUMN_WORD = re.compile(r"\b(?:total|budget|outturn|actuals?|forecast|plan|estimate|year \d)\b", re.I)


#: a heading of an aligned table's column that prints its figures in pounds: "Budget (£)", "Spend to date (£)", "Total (GBP)",
#: or its word with a bare "£" after it, "Received £", "Spent £" (a bare "£" cell alone is not taken: in aligned text it
#: also stands over figures that are no sums awarded)
_ALIGNED_POUND_HEADING = re.compile(r"\(£\)|\(GBP\)|(?<=[A-Za-z]) £$", re.I)
#: a line outside a table saying the table under it is in pounds: "Proposed contributions by partner (£):", "All
#: figures in £", "Figures are in pounds", a title ending in its unit after a comma "Table 2: Money by payer, £", a
#: section heading "FINANCE (all figures £)"
_POUND_CAPTION = re.compile(r"\(£\)|\bin (?:£|pounds(?: sterling)?)(?=\W*$)|,\s*£(?=\W*$)|"
                            r"\((?:all\s+)?(?:figures|amounts|sums)\s+(?:are\s+)?(?:in\s+)?(?:£|pounds)\)", re.I)


def _pound_caption(text: str) -> bool:
    """Whether a line outside a table (no pipes, no aligned cells) gives the table under it its figures in pounds, as
    :func:`caption_unit` does for thousands and millions: a "(£)" or "in £" that is its only money."""
    if "|" in text or _column_gap(text) or not _POUND_CAPTION.search(text):
        return False
    return not MONEY_TOKEN.search(_POUND_CAPTION.sub(" ", text)) and caption_unit(text) is None


#: a cell of prose: four or more words ("Match to the grant of £90,000 held by the office")
_PROSE_CELL = re.compile(r"(?:[A-Za-z][\w'’-]*\W+){3,}[A-Za-z]")
#: a figure in brackets, as accounts print a negative or an outgoing: "(2,600)"
_BRACKETED = re.compile(r"^\(\d[\d,]*\)$")


def _pounds_units_row(cells: list[tuple[int, int, str]]) -> bool:
    """Whether an aligned row is a units row of "£" signs alone, one over each figure column ("£     £     £"), as
    an accounts note prints under its column headings: two or more cells, each a bare "£". A row with words beside its
    "£" signs ("Fund   Funder   £   £") is a heading row, not a units row, and gives no unit."""
    return len(cells) >= 2 and all(c == "£" for _s, _e, c in cells)


def _pounds_beside_labels(cells: list[tuple[int, int, str]]) -> bool:
    """Whether an aligned row is a heading row whose figure columns are headed by a bare "£" each, beside words that
    label its other columns ("Item                £", "Fund     Funder     £     £"): no figure in it, its first cell
    words, and every cell either words or a lone "£"."""
    if len(cells) < 2 or not re.search(r"[A-Za-z]{3}", cells[0][2]) or not any(c == "£" for _s, _e, c in cells):
        return False
    return all(c == "£" or (not re.search(r"[\d£]", c) and re.search(r"[A-Za-z]", c)) for _s, _e, c in cells)


#: an aligned table row holding figures: a label, a gap of two or more spaces (or a tab) and a bare or priced figure
_ALIGNED_FIGURE_ROW = re.compile(r"^\s*\S.*?(?: {2,}|\t+)\(?£?\d[\d,.]*(?:k|m)?\)?\s*(?:(?: {2,}|\t+)\S.*)?$")


def group_label_in_table(text: str, below: str) -> bool:
    """Whether a line inside a table aligned with spaces is a label over a group of its rows, not the end of the table:
    a few words alone ("Credited to services", "Revenue grants:", "Capital"), with no figure, no column gap, no
    pipe and no sentence ending, straight above a row of the same table that holds figures ("Home Office grant
    184      267"). The caller checks that the line above belongs to the table (its heading, units or a row); a
    sentence ("The figures are unaudited."), a line of many words, or a label over prose keeps ending it."""
    t = text.strip()
    if not t or "|" in t or "\t" in t or re.search(r"\S {2,}\S", t) or re.search(r"\d|£", t):
        return False
    if re.search(r"[.!?;]\W*$", t) or len(t.split()) > 6 or not re.match(r"[A-Z]", t):
        return False
    return bool(_ALIGNED_FIGURE_ROW.match(below or "")) and "|" not in below


def group_label_in_pipe_table(text: str, above: str, below: str, columns: int) -> bool:
    """Whether a line between two rows of a table set out with pipes is a label over a group of its rows, not the end
    of the table: a served page's full-width row ("Priority 2: Prevention and early help", "Theme B – those who harm"
    in one cell spanning every column, which comes out as a line of its own), a few words (at most ten) with no pipe,
    no figure of money and no sentence ending, whose nearest lines above and below (``above``, ``below``: blank lines
    skipped) are a row or heading of the table and a row of as many cells (``columns``) as its heading.  A sentence
    between two tables ("The figures are unaudited."), a longer line, or one holding a sum keeps ending it."""
    t = text.strip()
    if not t or "|" in t or "\t" in t or "£" in t or re.search(r"\d[\d,]*(?:\.\d+)?\s*(?:k|m|bn)\b", t):
        return False
    if re.search(r"[.!?;]\W*$", t) or len(t.split()) > 10 or not re.match(r"[A-Z]", t):
        return False
    if "|" not in above or "|" not in below:
        return False
    return len(_cells(below)) == columns


#: a table's numbered caption, however spaced ("Table 6.1  Services funded, 2025/26", "Table 3: Budget (£000)"): a
#: line over the table, never one of its rows, though two spaces after its number look like a column gap
_NUMBERED_CAPTION = re.compile(r"^\s*(?:Table|Figure|Chart)\s+\d+(?:\.\d+)*[a-z]?\s*[:.–—-]?\s+[A-Za-z][^|\t]*$")


def _units_in_aligned_columns(lines: list[Line]) -> list[Line]:
    """A table aligned with spaces or tabs (no pipes) whose column heading gives its unit in thousands or millions
    of pounds ("Item      Paid to      2025/26 (£k)") prints its figures bare ("Group course   Provider   148.2"): each
    bare figure under that heading (its span overlapping the heading's) is read in that unit, "£148.2k", down to the
    table's end (a blank line or a line that is no row), and the heading keeps its words without a figure to misread,
    as :func:`_pounds_in_columns` does for a pipe table."""
    out, columns = [], {}
    aligned_before = False  # (a row of the table before this one)
    heading_before = False  # (that row was a heading: no figure in it, "Service   Home Office   Total" over the units)
    captioned = None  # the unit a caption above the table gives ("Table 2: Budget (£000)"), until its heading row
    caption_above = False  # the line just above is that caption, a title and not a sentence
    for at, line in enumerate(lines):
        text = line.text
        if columns and aligned_before and at + 1 < len(lines) and lines[at + 1].number == line.number + 1 \
                and group_label_in_table(text, lines[at + 1].text):
            out.append(line)  # ("Credited to services" between the units row and the rows: the table goes on)
            continue
        if "|" in text or not text.strip() or not re.search(r"\S(?: {2,}|\t+)\S", text.strip()) \
                or _NUMBERED_CAPTION.match(text):
            columns = {}
            aligned_before = heading_before = False
            caption_above = False
            if text.strip():
                captioned = caption_unit(text)
                # (a title straight above the rows, not a sentence: "Table 1: Income by area, 2025-26 (£)")
                caption_above = not re.search(r"[.!?;]\W*$", text.strip())
                if captioned is None and _pound_caption(text):
                    captioned = ""  # (pounds: its bare figures are read as written, "24,500" as "£24,500")
            out.append(line)
            continue
        if captioned is not None and not aligned_before:
            cells = _aligned_cells(text)
            if not any(_BARE_NUMBER.match(c) for _s, _e, c in cells):
                columns = _caption_columns(cells, captioned)
                captioned = None
                aligned_before = True
                out.append(line)
                continue
            if caption_above and len(cells) >= 2 and re.search(r"[A-Za-z]{3}", cells[0][2]) \
                    and not _counts_not_money(cells[0][2]) \
                    and all(_BARE_NUMBER.match(c) for _s, _e, c in cells[1:]):
                # (a captioned table with no heading row, its rows a label and figures straight under the caption,
                # "Table 1: Income by area, 2024-25 (£)" over "Lincolnshire      399,000": each figure column of its
                # first row takes the caption's unit, down to the table's end)
                columns = {(s, e): captioned for s, e, _c in cells[1:]}
        captioned = None
        cells = _aligned_cells(text)
        units = {(s, e): unit for s, e, c in cells for unit, pattern, _w in _UNIT_HEADINGS if pattern.search(c)}
        bare = text
        for _unit, pattern, _words in _UNIT_HEADINGS:
            bare = pattern.sub(" ", bare)
        if not units and not MONEY_TOKEN.search(text):
            # (a heading in pounds, "Budget (£)   Spend to date (£)": its bare figures are read as written, "846,000"
            # as "£846,000", as a pipe table's are)
            units = {(s, e): "" for s, e, c in cells if _ALIGNED_POUND_HEADING.search(c)}
            bare = _ALIGNED_POUND_HEADING.sub(" ", bare) if units else bare
            if not units and _pounds_beside_labels(cells):
                # (a heading row of words beside bare "£" cells, "Item          £" or "Fund   Funder   £   £": each
                # "£" heads its column's bare figures in pounds, down to the table's end)
                units = {(s, e): "" for s, e, c in cells if c == "£"}
                bare = re.sub(r"(?<!\S)£(?!\S)", " ", bare)
        if not units and aligned_before and _pounds_units_row(cells):
            # (a units row of "£" signs alone under a table's heading row, as an accounts note prints it: each "£"
            # heads its column's bare figures in pounds, down to the table's end)
            columns = {(s, e): "" for s, e, c in cells}
            heading_before = False
            out.append(line)
            continue
        # (a units row under a row of other figures is no heading; under a heading row it is that heading's second
        # row, "Home Office" above "grant (£000)": the amounts reader joins the two)
        two_row_heading = aligned_before and not columns and not heading_before
        aligned_before = True
        heading_before = not re.search(r"\d", _YEAR_HEADINGS.sub(" ", bare)) and not units
        # (a row of year headings, "2025-26      2026-27      Total", is a heading over the units row under it)
        if units and not MONEY_TOKEN.search(bare) and not two_row_heading:
            # (where the row under the heading starts: a table set in from the left as a whole heads its labels there)
            below = lines[at + 1].text if at + 1 < len(lines) and lines[at + 1].number == line.number + 1 else ""
            margin = len(below) - len(below.lstrip()) if below.strip() else 0
            columns = _label_unit_over_columns(cells, units, margin) or units
            for _unit, pattern, words in _UNIT_HEADINGS:
                text = pattern.sub(words, text)
            out.append(Line(line.number, text))
            continue
        tabbed = "\t" in text
        # (a tabbed row's notes cell may quote a sum in prose, "Match to a grant of £90,000 held by …": that is no
        # sum of the row printed with its sign, and the figure under the pounds heading is still read)
        priced = any("£" in c and not (tabbed and _PROSE_CELL.search(c)) for _s, _e, c in cells)
        if columns and not priced and not (cells and _counts_not_money(cells[0][2])):
            slack = 0 if tabbed else 2  # (figures aligned right or left stay inside their heading's span, near enough)
            read = {}
            for s, e, c in cells:
                unit = next((u for (hs, he), u in columns.items() if s < he + slack and e > hs - slack), None)
                m = (_BARE_NUMBER if unit else _BARE_FIGURE).match(c)
                if unit == "" and m is None and _BRACKETED.match(c):
                    # (a figure in brackets under a pounds heading, "(2,600)", an accounts' negative: the pounds inside)
                    inner = _BARE_FIGURE.match(c[1:-1])
                    if inner:
                        read[(s, e)] = f"(£{inner.group(2)})"
                        continue
                if unit == "" and m is None and _SIGNED_BARE_FIGURE.match(c):
                    # (a refund under a pounds heading, "-1,240": a negative figure, no award, as in a pipe table)
                    read[(s, e)] = f"-£{_SIGNED_BARE_FIGURE.match(c).group(1)}"
                    continue
                if unit == "" and m and re.fullmatch(r"(?:19|20)\d\d", m.group(2)):
                    m = None  # (a year in pounds' column, "2026", is a date beside the sums, not £2,026)
                if unit is not None and m:
                    read[(s, e)] = f"{m.group(1)}£{m.group(2)}{unit}{m.group(3)}"
            if read:
                # a nought beside the row's pounds under a "(£)" heading ("BSW ICB     60,000     0"): nothing that
                # year, a sum of £0 as the row's other figures are sums (alone in its row it is no sum read)
                # and so is a small figure with no thousands comma beside them ("Travel   12,500   9,460   800": a
                # variance of £800 under "Variance (£)"), which alone would be too short to be taken for pounds
                for s, e, c in cells:
                    if (s, e) in read or next((u for (hs, he), u in columns.items()
                                               if s < he + slack and e > hs - slack), None) != "":
                        continue
                    if c.strip() == "0":
                        read[(s, e)] = "£0"
                    elif re.fullmatch(r"\d{1,3}", c.strip()):
                        read[(s, e)] = f"£{c.strip()}"
                    elif re.fullmatch(r"\(\d{1,3}\)", c.strip()):
                        read[(s, e)] = f"(£{c.strip()[1:-1]})"
                read = dict(sorted(read.items()))
            if read and tabbed:
                line = Line(line.number, "\t".join(read.get((s, e), c) for s, e, c in cells))
            elif read:
                pieces, last = [], 0
                for (s, e), figure in read.items():
                    pieces.append(text[last:s] + figure)
                    last = e
                line = Line(line.number, "".join(pieces) + text[last:])
        out.append(line)
    return out


#: a column heading's year: "2025-26", "2025/26", "2025 to 2026", "FY25/26", "25/26", "2025"
_YEAR_HEADINGS = re.compile(YEAR_FORM + r"|\b(?:FY\s?)?20\d\d\b", re.I)


def _row_cells_spans(text: str) -> list[tuple[int, int, str]]:
    """A table line's cells with their spans: a pipe row's cells between its pipes, a tab row's fields, an aligned
    row's runs of text between gaps of two or more spaces."""
    if "|" in text:
        # the pieces of the line between its outer pipes, by position: text before the first pipe ("More from us:
        # £2.4m | Leeds …", a menu of links) is a cell of its own, not looked for after that pipe
        start, end = len(text) - len(text.lstrip()), len(text.rstrip())
        while start < end and text[start] == "|":
            start += 1
        while end > start and text[end - 1] == "|":
            end -= 1
        out = []
        for bar in [*(i for i in range(start, end) if text[i] == "|"), end]:
            out.append((start, bar, text[start:bar].strip()))
            start = bar + 1
        return out
    return _aligned_cells(text)


def _wrapped_cells(lines: list[Line]) -> list[Line]:
    """A table row whose text cell runs on to the next line ("Stalking intervention, one-to-one, up to 14" then, under
    it, "sessions per person"): the line under a row holding money that has no money of its own, whose text stands
    only under the row's word cells and not under its first (the row's label) nor under any figure, is the rest of
    those cells, not a row or a heading of its own; it is joined to them, and its line left out. Pipe rows ("| |
    sessions per person | |"), tab rows and rows aligned with spaces alike; a line that names a year is no wrap."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        text = line.text
        if prev is None or prev.number != line.number - 1 or not text.strip() or MONEY_TOKEN.search(text) \
                or not MONEY_TOKEN.search(prev.text) or re.search(r"\b(?:19|20)\d\d\b", text) \
                or ("|" in text) != ("|" in prev.text) or ("\t" in text) != ("\t" in prev.text):
            out.append(line)
            continue
        piped, tabbed = "|" in text, "\t" in text
        if not (piped or tabbed) and (not re.search(r"\S {2,}\S", prev.text.strip()) or not text.startswith("  ")):
            out.append(line)
            continue
        above, under = _row_cells_spans(prev.text), _row_cells_spans(text)
        filled = [(s, e, c) for s, e, c in under if c]
        if piped or tabbed:
            if len(above) != len(under):
                out.append(line)
                continue
            home = [k for k, (_s, _e, c) in enumerate(under) if c]
        else:
            slack = 2
            home = []
            for s, e, _c in filled:
                spans = [k for k, (a, b, _x) in enumerate(above) if s < b + slack and e > a - slack]
                home.append(spans[0] if len(spans) == 1 else -1)
        if not filled or any(k <= 0 or MONEY_TOKEN.search(above[k][2]) or not above[k][2] for k in home):
            out.append(line)
            continue
        joined: dict[int, list[str]] = {}
        for k, (_s, _e, c) in zip(home, filled):
            joined.setdefault(k, []).append(c)
        row = prev.text
        for k in sorted(joined, reverse=True):
            _s, e, c = above[k]
            end = _s + len(prev.text[_s:e].rstrip())
            row = row[:end] + " " + " ".join(joined[k]) + row[end:]
        out[-1] = Line(prev.number, row)
    return out


#: (also a commissioner's office named by its area, "Westshire Commissioner's Office, 2 High Street", "the Commissioner
#: for Westshire")
_ISSUER = re.compile(r"\b(?:Office of the|Police,? (?:Fire )?and Crime Commissioner|OPCC|OPFCC|Combined Authority|"
                     r"Commissioner['’]s Office|Commissioner for)\b", re.I)
#: a page's comment count ("Comments (14)", "COMMENTS (3) | Share this article"), and a reader's comment under it,
#: opening with the commenter's name or handle and a colon ("TykeInHessle: …", "Keith M - 10 June 2025: …")
_COMMENT_COUNT = re.compile(r"^\W*comments?\s*\(\d+\)(?:\W|$)", re.I)
#: (the name may carry its role in brackets, a site's own reply: "Harbour OPCC (moderator) - 10 June 2025: Thanks …")
_COMMENTER = re.compile(r"^[A-Z][\w'’.,@ -]{0,40}?(?:\s*\((?i:moderator|admin|site admin|editor|staff|author|"
                        r"[\w ]{1,20} team)\))?(?:\s+[-–—]\s+\d{1,2} \w+ \d{4})?:\s+\S")
_LINKS_HEADING = re.compile(r"^\W*(?:related(?: posts| stories| articles| news| content| links| pages| topics| information| services| guidance)?|more (?:news|stories)|"
                            r"you (?:may|might) also (?:like|enjoy|be interested in)|read next|most read|latest news|see also|more from (?:the |our |this |your )?\w+|"
                            # (a podcast's or broadcast's list of links to what the guests named: "Mentioned in this
                            # episode", "Links from the show", "Show links")
                            r"(?:mentioned|discussed|referenced) in (?:this|the|today['’]s) (?:episode|show|programme|podcast)|"
                            r"links (?:from|for) (?:this|the|today['’]s) (?:episode|show|programme)|(?:show|episode) links|"
                            # (a job board's list of other adverts under one: "Similar jobs", "More jobs like this")
                            r"(?:similar|related|other|more|recommended|latest|recent)\s+(?:jobs|vacancies|roles|posts)(?:\s+like this(?:\s+one)?)?|"
                            r"jobs you (?:may|might) (?:like|be interested in)|"
                            # (a periodic page's links to its other editions: "Earlier quarters", "Previous editions",
                            # "Past issues", "Older updates")
                            r"(?:earlier|previous|past|older)\s+(?:quarters|editions|issues|reports|updates|bulletins|"
                            r"newsletters|statements|months))\W*$", re.I)


#: the heading of a page's readers' comments, as a text extract prints it: "Most relevant comments", "Top comments",
#: "Reader comments (12)", "All comments" (a bare "Comments" heading may head a report's own comments, and is left)
_COMMENTS_HEADING = re.compile(r"^\W*(?:most relevant|top|newest|latest|all|readers?['’]?|your)\s+comments\b(?:\s*\(\d+\))?\W*$",
                               re.I)
#: the line closing a comments section: "Load more comments", "View more comments", "Show all comments"
_COMMENTS_END = re.compile(r"^\W*(?:load|view|show|see|read)\s+(?:more|all|previous|older)\s+(?:comments|replies)\W*$", re.I)


#: letters that case-blind regular expressions take for ASCII ones ("ſeven" matches "seven", "\u212aent" "kent") but
#: that no word list holds: read as those letters, so that a word found without regard to case is found in the lists
#: too (a long s and the Kelvin sign; dotted and dotless i, which Turkish names need, are left as written)
_CASELESS_LOOKALIKES = str.maketrans({"\u017f": "s", "\u212a": "K"})


def _heads_a_table(lines: list[Line], k: int) -> bool:
    """Whether the pipe line ``lines[k]`` is a table's heading row ("Year | Home Office | Commissioner | Total"): the
    next line that is not a rule ("----+----") is a row of as many cells, two or more of them money."""
    if "|" not in lines[k].text:
        return False
    width = len(lines[k].text.strip().strip("|").split("|"))
    for line in lines[k + 1: k + 3]:
        t = line.text.strip()
        if not t:
            return False
        if _RULE_LINE.fullmatch(t):
            continue
        row = t.strip("|").split("|")
        return len(row) == width and sum(1 for c in row if MONEY_TOKEN.search(c)) >= 2
    return False


def prepare(text: str, source_id: str = "<text>") -> PreparedRelease:
    """A release split into lines and sentences, furniture set aside and its area found: once per release."""
    if isinstance(text, PreparedRelease):
        return text
    text = text.translate(_CASELESS_LOOKALIKES)
    lines = release_lines(text)
    furniture = _terms("local_furniture_terms.csv").get("furniture", ())
    kept, aside = [], []
    reasons: dict[int, str] = html_furniture_lines(text) if looks_like_html(text) else {}
    markup = set(reasons)  # (a "Latest news" link in the page's own nav bar heads no list of links: the nav is set aside)
    for line in lines:
        reason = _first(furniture, line.text)
        if reason and (line.number not in reasons or reason != "page_furniture"):
            reasons[line.number] = reason  # the words say more than the markup: a job in an aside is a job advert
    for k, line in enumerate(lines):
        # (a row of short headings between pipes reads like a menu of links, "Home | News | About us | Contact"; over a
        # table's rows of as many cells holding money it is the table's heading row, unless its words are furniture)
        if reasons.get(line.number) == "page_furniture" and line.number not in markup and _heads_a_table(lines, k) \
                and not _first(furniture, line.text.replace("|", " ")):
            del reasons[line.number]
    in_links = False  # under a "Related posts" heading: link titles, not sentences, until a blank line
    in_comments = False  # under a comment count ("Comments (14)"): readers' comments, until a blank line
    for line in lines:
        body = line.text.strip()
        if not body:
            in_links = in_comments = False
        elif _COMMENT_COUNT.match(body) and line.number in reasons:
            in_comments = True
        elif in_comments and _COMMENTER.match(body):
            # "TykeInHessle: £846k or £800k …", "Dawn, Bootle - 9 June 2025: Why not give the £412k to …": a reader's
            # comment under the page's comment count, headed by the commenter's name and a colon, is no statement of the
            # page's (a line not so headed ends the comments)
            reasons.setdefault(line.number, "comment")
        elif in_comments:
            in_comments = False
        elif _LINKS_HEADING.match(body) and line.number not in markup and not _BULLET.match(body):
            in_links = True  # (a heading over links, not set aside by its markup already; not a menu's item "- Latest news",
            # after which the page's text runs)
        elif in_links and not re.search(r"[.!?]['\"”’]?$", body):
            reasons.setdefault(line.number, "page_furniture")
    in_comments = False  # under "Most relevant comments": readers' comments, up to "Load more comments" or the end
    for line in lines:
        body = line.text.strip()
        if _COMMENTS_HEADING.match(body) and line.number not in markup:
            in_comments = True
            reasons.setdefault(line.number, "page_furniture")
        elif in_comments and _COMMENTS_END.match(body):
            in_comments = False
            reasons.setdefault(line.number, "page_furniture")
        elif in_comments and body:
            reasons.setdefault(line.number, "comment")
    paged = set() if looks_like_html(text) else _page_furniture(lines)
    for number in paged:
        reasons.setdefault(number, "page_furniture")  # a PDF page's running head or foot
    for line in lines:  # a furniture block on one physical line (an HTML aside) is set aside whole
        if line.number in reasons:
            if (line.number, reasons[line.number]) not in aside:
                aside.append((line.number, reasons[line.number]))
        else:
            kept.append(line)
    kept = _wrapped_cells(_pounds_in_columns(_units_in_aligned_columns(_pounds_in_fields(kept))))
    area = release_area(kept)
    if not area:  # the issuer named only in the letterhead or footer ("© Office of the … Commissioner for Cumbria")
        issuer = [l for l in lines if l.number in reasons and _ISSUER.search(l.text)]
        area = release_area(issuer)
    sentences = tuple(_sentences(kept))
    if looks_like_html(text):
        logical = tuple((n, t, ((0, n),)) for n, t in sentences)
    else:
        logical = tuple(_logical_sentences(kept, set(reasons)))
    return PreparedRelease(source_id, text, tuple(kept), sentences, area, tuple(aside), logical)
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$|\S\s{3,}(?:\S.*)?£|\t")
_ALIGNED_HEADER = re.compile(r"^\s*\S.*?\S\s{3,}\S.*[^.!?:]\s*$|\t")
#: a note correcting the text: "Correction: …", "*Update, 10 April 2025: …*", "<p class=…><strong>Correction:</strong>"
_CORRECTION_NOTE = re.compile(r"^\W*(?:<[^>]+>\W*)*(?:correction|corrected|update|updated|clarification|amendment|"
                              r"editor['’]s note)\b", re.I)
#: a payments list's "Cost centre" column heading (also spelt "Cost center"): the budget each payment is charged to,
#: which names the fund that pays ("DA Perpetrators - Home Office grant") or, with no column describing the payment, the
#: work paid for; the amount reader and the organisation reader both read it by this one pattern
COST_CENTRE_HEADING = r"cost cent(?:re|er)s?"
_TOTAL_ROW = re.compile(r"^\W*(?:\*\*)?\s*(?:grand\s+|sub-?)?total\b", re.I)
#: a table's rule line, between its heading and its rows or above its TOTAL row: "|---|---|", "-----+-----+----",
#: "+=====+=====+" (dashes, pipes, colons, and the plus signs and equals signs of a ruled text table)
_RULE_LINE = re.compile(r"[\s|:+=-]*")


def _cells(text: str) -> list[str]:
    if "|" in text:
        return [c.strip().strip("*").strip() for c in text.strip().strip("|").split("|")]
    return [c.strip() for c in re.split(r"\t|\s{2,}", text.strip())]


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted speech in a line: between paired straight or curly double quotes."""
    if '"' not in text and "“" not in text and "”" not in text:
        return []
    spans, start = [], None
    for k, ch in enumerate(text):
        if ch in "“" or (ch == '"' and start is None):
            start = k
        elif ch in "”" or (ch == '"' and start is not None):
            if start is not None:
                spans.append((start, k + 1))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans


@lru_cache(maxsize=64)
def _html_heading_lines(text: str, tags: tuple[str, ...] = ("h1", "h2", "h3", "h4", "h5", "h6")) -> frozenset[int]:
    """Source lines of an HTML page's headings (``h1`` … ``h6``, or the elements ``tags`` names), like a markdown ``#``
    line."""
    from lxml import etree, html

    try:
        root = html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return frozenset()
    return frozenset(el.sourceline for el in root.iter(*tags) if el.sourceline)


def _heading_lines(rel: PreparedRelease) -> set[int]:
    """Headlines, titles, headings and subject lines: not descriptions of what is delivered.
    Every line before the first that ends a sentence is a headline, a dateline or a title.
    (Found once per prepared release; every extractor asks.)"""
    known = rel.__dict__.get("_headings")
    if known is None:
        known = frozenset(_find_heading_lines(rel))
        object.__setattr__(rel, "_headings", known)
    return set(known)


#: a line of a block of fields: a short label, a colon and its value ("Funder: Home Office", "**Period:** 2025-26")
_FIELD_LINE = re.compile(r"^\W*[A-Z][\w'’ /()-]{1,40}?\s*(?:\*\*)?:\s*(?:\*\*)?\s*\S")
#: such a field whose value is a sum and nothing else ("Award: £530,000", "Amount: £1.2m a year"), or a sum and what it
#: says of VAT ("Contract value: £1,084,600 excluding VAT", "Price: £48,000 (ex VAT)", "Value: £20,000 plus VAT")
_FIELD_OF_MONEY = re.compile(r"^\W*[A-Z][\w'’ /()-]{1,40}?\s*(?:\*\*)?:\s*(?:\*\*)?\s*£\s?[\d,.]+"
                             r"(?:\s?(?:m|k|bn|million|thousand))?\b(?:\*\*)?(?:\s+(?:a|per) (?:year|annum))?"
                             r"(?:,?\s+\(?(?:excluding|excl\.?|exclusive of|ex\.?|plus|\+|including|incl\.?|inclusive of|"
                             r"before|net of)\s+VAT\)?)?\W*$")


#: a line of two or more fields set off by pipes, each a short label, a colon and its value ("Income: £82,400 |
#: Spending: £79,100 (year end 31 March 2024)", "Staff: 6 | Volunteers: 11")
_FIELDS_IN_A_ROW = re.compile(r"^\W*[A-Z][\w'’ /()-]{1,40}?:\s*[^|:]+(?:\|\s*[A-Z][\w'’ /()-]{1,40}?:\s*[^|:]+)+$")


def _find_heading_lines(rel: PreparedRelease) -> set[int]:
    out = set()
    for _, sentence, starts in _logical(rel):
        t = re.sub(r"(?:\[\d{1,3}\])+$", "", sentence.strip().rstrip("*").rstrip())  # (a footnote's marker after the
        # sentence's full stop, "… in Kent.[1]", as an encyclopedia prints it, ends it all the same)
        if t.endswith((".", "!", "?", ":", '"', "”")) or re.search(r"[a-z]{2}[.!?]\s+[A-Z]", t):
            break  # (a hard-wrapped paragraph: a sentence ends inside the line)
        if re.match(r"\s*(?:>\s*)*[-•*]\s+(?:\S.*)?£", rel.line_text(starts[0][1])):
            break  # a list item stating money ("- Home Office grant for 2023-24: £250,400") is content, not a title
        if _TABLE_ROW.search(rel.line_text(starts[0][1])):
            break  # a table's rows (a register pasted at the top of a release) are content, not its title
        if list_item_label(rel.line_text(starts[0][1])) and list_item_label(rel.line_text(starts[-1][1] + 1)):
            break  # two lines running on, each a label and a sum ("Home Office . . . £150,000"): a list, not a title
        if re.match(r"\s*(?:\*\*)?(?!(?:SUBJECT|TITLE|RE)\b)[A-Z][A-Z ]{1,20}(?:\*\*)?\s*:\s*(?:\*\*)?\s*(?:\S.*)?£",
                    rel.line_text(starts[0][1])):
            break  # a media alert's field stating money ("WHAT: Launch of …, funded with £214,600 …") is content
        if re.match(r"\s*(?:<[^>]+>\s*)*(?:\*\*)?[A-Z][\w ]{1,30}:(?:\*\*|</\w+>)?\s+[^£]*?(?:\s[·•]\s[^£]*?)?£[^·•]*(?:\s[·•]\s|$)",
                    rel.line_text(starts[0][1])) and re.search(r"\s[·•]\s", rel.line_text(starts[0][1])):
            break  # a labelled box of points set off by dots, one stating money ("Key points: Grant confirmed · £240,000
            # from the commissioner's own budget · Precept backed"), is content, not a title
        if _FIELDS_IN_A_ROW.match(rel.line_text(starts[0][1])) and MONEY_TOKEN.search(rel.line_text(starts[0][1])):
            break  # a row of fields set off by pipes, one stating money ("Income: £82,400 | Spending: £79,100"), is content
        if _FIELD_OF_MONEY.match(rel.line_text(starts[-1][1])) and any(
                _FIELD_LINE.match(rel.line_text(n)) for n in (starts[0][1] - 1, starts[-1][1] + 1)):
            break  # a field of a block of fields that is only a sum ("Funder: Home Office" / "Award: £530,000") is content
        if t:
            out.update(n for _, n in starts)
    for l in rel.lines:
        t = l.text.strip()
        if re.match(r"#{1,6}\s|(?:\*\*)?(?:Subject|Title|Re)\s*:|(?:\*\*)?Decision maker|"
                    r"(?:\*\*)?(?:Agenda )?(?:Item|Minute)\s+\d+[a-z]?\s*[.:]|"
                    # (a forward plan's item by its reference and title: "REF 2026/015 | Perpetrator course: contract";
                    # its title only, no sum or more cells: "REF 40211 | 03/06/2025 | Safe Futures CIC | £21,500" is a
                    # payments list's row)
                    r"(?:\*\*)?Ref(?:erence)?\.?\s*[A-Z]{0,4}\d[\w/.-]*\s*\|[^|£]*$", t, re.I):
            out.add(l.number)
        elif len(re.findall(r"\b[A-Z]{2,}\b", t)) >= 3 and not re.search(r"[a-z]", t) and not MONEY_TOKEN.search(t):
            out.add(l.number)  # a heading in capitals ("A NEW COURSE FOR MEN WHO ABUSE")
        elif _SESSION_TITLE.match(l.text) and _PRESENTERS_AFTER_TITLE.search(l.text) \
                and not _A_DECISION_SIGNED.match(l.text):
            # (not a decision record's numbered recommendation signed by an office holder, "R1  Approve the group
            # course for men. Jane Smith, Commissioner": content)
            out.add(l.number)  # a programme's session by its code and title, its speakers after ("B3  Working with
            # fathers: a pilot. Jo Bloggs, Riverside Project"): what the session is called, not what is delivered
    return out


#: a conference programme's or abstract book's session line: a code of one or two capitals and a number, a gap, and a
#: title in words, then after its full stop the presenter's name and body, unstopped ("A2  Group work in rural areas.
#: Sam Lee, Fenland Change", "P3  Panel: what next. Chaired by Dr Jo Bloggs"); no figures, no money and no second gap
#: (a row of an aligned table, "Q1    Referrals    45", is not one; nor a numbered paragraph of a decision record, "C2
#: A case manager works with every man on the course.", which is a sentence)
_SESSION_TITLE = re.compile(r"^\s*[A-Z]{1,2}\d{1,2}(?: {2,}|\t)(?=[A-Z])(?:(?! {2,}|\t)[^£\d|])+[^£\d|\s.!?:;]\s*$")
_PRESENTERS_AFTER_TITLE = re.compile(r"\.\s+(?:(?:Chaired by|Led by|With)\s+)?(?:(?:Dr|Prof|Professor|Inspector|Cllr|Councillor)\s+)?"
                                     r"[A-Z][a-z]+(?:[ -][A-Z][\w'’-]+)+(?:,\s+[A-Z][^£\d|.]*)?\s*$")
#: a numbered recommendation or decision of a record, opening on its verb or closing on the office of whoever signs it:
#: "R1  Approve the group course for men. Jane Smith, Commissioner", "D2  The grant is agreed. Sam Lee, Chief Executive"
_A_DECISION_SIGNED = re.compile(r"^\s*[A-Z]{1,2}\d{1,2}\s+(?:(?:to\s+)?(?:approve|agree|note|endorse|authorise|authorize|"
                                r"delegate|award|accept|extend|commission|grant|allocate|fund)\b|.*,\s*(?:the\s+)?(?:(?:deputy\s+)?"
                                r"(?:police,?\s+(?:fire\s+)?and\s+crime\s+)?commissioner|mayor|deputy mayor|chief\s+"
                                r"(?:executive|constable|finance officer)|councillor|cabinet member|director|treasurer|"
                                r"monitoring officer|PF?CC)\b[^,]*$)", re.I)
