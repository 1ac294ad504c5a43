"""Local programme releases: what the perpetrator-fund money bought in one area.

Local news pieces and PCC press releases describe an area's award (often as a
rounded or bounded figure: "more than £240,000", "a £200,000 programme"), the
programme it pays for (a 24-week group programme, a monthly maintenance group,
partner support "for up to a year" …), the outcomes it reports or expects, and
the organisations involved.  This module reads those facts with rules, each
fact carrying its ``source_id`` and 1-based ``source_line``.

The rules a researcher may want to correct are package data, not code:

``local_funding_terms.csv``
    what an amount is (grant, match funding, a programme's cost) and who funds it;
``local_component_terms.csv``
    programme components, cohorts, cadence, delivery modes, existing provision;
``local_outcome_terms.csv``
    outcome metrics, whom they are about, target / reported / baseline;
``local_organisation_terms.csv`` and ``local_organisation_aliases.csv``
    cues that name organisations and their role, and names printed two ways.

Every ``extract_*`` function is pure: text and a source id in, frozen records
(and, for amounts, diagnostics) out.  :func:`extract_release` gathers them and
warns, naming the file, when a release yields nothing.  Tables and the
reconciliation of sources live in :mod:`funding.tables.releases`.
"""

from __future__ import annotations

import csv
import re
import warnings
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from funding.core.packagedata import data_csv
from funding.errors import SourceError
from funding.core.money import MONEY_TOKEN, QUALIFIERS_AFTER, Amount, find_amounts, read_amounts
from funding.reference.register import normalise_name, place_aliases, register
from funding.core.text import Line, html_to_lines, looks_like_html, split_lines

__all__ = [
    "LocalAward",
    "ProgrammeComponent",
    "Outcome",
    "Organisation",
    "Diagnostic",
    "Person",
    "LocalRelease",
    "ReleaseConflict",
    "PreparedRelease",
    "prepare",
    "find_periods",
    "Duration",
    "release_lines",
    "find_areas",
    "release_area",
    "financial_year",
    "find_years",
    "parse_duration",
    "parse_count",
    "as_stated",
    "extract_awards",
    "extract_components",
    "extract_outcomes",
    "extract_organisations",
    "extract_release",
]


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class LocalAward:
    """One statement of money in a release.

    ``funding_role`` is ``grant``, ``part`` (of the amount on ``part_of_line``),
    ``match_funding``, ``own_funding``, ``total`` or ``context``.  ``area_basis``
    is ``clause``, ``possessive``, ``table_row``, ``release`` or ``none``; the
    other ``*_basis`` fields say where a value came from: ``sentence`` (beside
    the figure), ``release`` (elsewhere in the same release),
    ``publication_date`` (the financial year the release was published in; for
    ``round`` only, never for the period) or ``none``.
    """

    source_id: str
    source_line: int
    pfa_code: str
    area_basis: str
    round: str
    round_basis: str
    funder: str
    funder_basis: str
    funding_role: str
    amount: Amount
    period_start: str = ""  # financial year YYYY-YY, "" when the release gives none
    period_end: str = ""
    part_of_line: int | None = None  # for a part: the line of the amount it belongs to
    shared_by: tuple[str, ...] = ()  # an amount shared by several named areas: their codes
    award_number: int = 1  # 2 for a second, separate award to the area in the round ("a separate bid")


@dataclass(frozen=True)
class ProgrammeComponent:
    """One component of a programme as a release describes it."""

    source_id: str
    source_line: int
    pfa_code: str
    component: str
    duration_value: int | None
    duration_unit: str  # week, month, year or ""
    duration_qualifier: str  # exact, up_to, at_least, more_than or ""
    cadence: str
    cohorts: tuple[str, ...]
    delivery_modes: tuple[str, ...]
    provision: str  # new or existing
    duration_min: int | None = None  # "10 to 12 weeks": 10
    age_min: int | None = None
    age_max: int | None = None
    programme_name: str = ""
    in_quote: bool = False  # mentioned inside quoted speech: never the only evidence

    @property
    def duration_weeks(self) -> int | None:
        """The length in weeks where it is a whole number of them: "up to a year" is 52, "six months" 26."""
        if self.duration_value is None:
            return None
        weeks = {"week": 1, "year": 52}.get(self.duration_unit)
        if weeks:
            return self.duration_value * weeks
        if self.duration_unit == "month" and (self.duration_value * 52) % 12 == 0:
            return self.duration_value * 52 // 12
        return None


@dataclass(frozen=True)
class Outcome:
    """A number a release gives about results: reported, expected, or a baseline."""

    source_id: str
    source_line: int
    pfa_code: str
    metric: str
    value: float
    unit: str  # percent or count
    value_qualifier: str  # exact, more_than, at_least, less_than, up_to, about
    about: str  # survivors, clients, perpetrators, partners, cases …
    period: str
    status: str  # reported, expected, baseline or stated
    refers_back: bool  # "118 of these cases": a share of a number given before
    base: float | None = None  # "x of y": y


@dataclass(frozen=True)
class Organisation:
    source_id: str
    source_line: int
    pfa_code: str
    organisation: str
    role: str
    provision: str  # new or existing


@dataclass(frozen=True)
class Diagnostic:
    """Something in a release that was not read as a fact, and why (in :class:`SourceError`'s terms)."""

    source_id: str
    source_line: int | None
    problem: str
    found: str
    expected: str

    def error(self) -> SourceError:
        return SourceError(self.source_id, self.source_line, self.found, self.expected)

    @property
    def message(self) -> str:
        return self.error().message


@dataclass(frozen=True)
class Person:
    """A commissioner or official named in full with their office."""

    source_id: str
    source_line: int
    pfa_code: str
    name: str
    office: str
    role: str  # commissioner or official


@dataclass(frozen=True)
class ReleaseConflict:
    """A discrepancy inside one release: parts against their total, a year against another, a place
    against the area its award covers.  ``lines`` lists every line involved, the first being the
    statement the others are measured against."""

    source_id: str
    pfa_code: str
    subject: str
    kind: str
    lines: tuple[int, ...]
    value_a: str
    value_b: str
    compatible: bool | None
    detail: str


@dataclass(frozen=True)
class LocalRelease:
    source_id: str
    pfa_code: str
    awards: tuple[LocalAward, ...]
    components: tuple[ProgrammeComponent, ...]
    outcomes: tuple[Outcome, ...]
    organisations: tuple[Organisation, ...]
    diagnostics: tuple[Diagnostic, ...]
    people: tuple[Person, ...] = ()
    set_aside: tuple[tuple[int, str], ...] = ()  # (line, reason): page furniture not read for facts
    conflicts: tuple[ReleaseConflict, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.awards or self.components or self.outcomes or self.organisations or self.people)


@dataclass(frozen=True)
class PreparedRelease:
    """A release split once: its lines (furniture set aside), sentences and area, shared by every extractor."""

    source_id: str
    text: str
    lines: tuple[Line, ...]
    sentences: tuple[tuple[int, str], ...]
    area: str
    set_aside: tuple[tuple[int, str], ...]
    #: sentences of hard-wrapped paragraphs joined across their lines (a PDF's text, a wrapped e-mail):
    #: ``(first line, sentence, ((offset, line), …))``, the line each stretch of the sentence is printed on;
    #: a sentence on one line has one ``(0, line)``
    logical: tuple[tuple[int, str, tuple[tuple[int, int], ...]], ...] = ()

    def line_text(self, number: int) -> str:
        """The text of a line (the first part of it, for an HTML line holding several blocks)."""
        index = self.__dict__.get("_index")
        if index is None:
            index = {}
            for line in self.lines:
                index.setdefault(line.number, line.text)
            object.__setattr__(self, "_index", index)
        return index.get(number, "")


@dataclass(frozen=True)
class Duration:
    value: int
    unit: str
    qualifier: str
    minimum: int | None = None  # "10 to 12 weeks": 10 (value is the upper bound)


# --------------------------------------------------------------------------- rules


def _read_data(name: str) -> list[dict[str, str]]:
    return data_csv(name)


@lru_cache(maxsize=None)
def _terms(name: str) -> dict[str, tuple[tuple[str, re.Pattern], ...]]:
    """A ``field,value,pattern`` rules file as ``{field: ((value, regex), …)}`` in file order."""
    out: dict[str, list[tuple[str, re.Pattern]]] = {}
    for row in _read_data(name):
        try:
            pattern = re.compile(row["pattern"], re.I)
        except re.error as exc:
            raise SourceError(name, None, row["pattern"], f"a regular expression ({exc})") from None
        out.setdefault(row["field"], []).append((row["value"], pattern))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _organisation_aliases() -> dict[str, str]:
    return {normalise_name(r["alias"]): r["organisation"] for r in _read_data("local_organisation_aliases.csv")}


def _first(terms, text: str) -> str:
    for value, pattern in terms:
        if pattern.search(text):
            return value
    return ""


def _all(terms, text: str) -> tuple[str, ...]:
    return tuple(sorted({value for value, pattern in terms if pattern.search(text)}))


# --------------------------------------------------------------------------- lines and sentences

_BULLET = re.compile(r"^\s*(?:[-•*–—]|\d{1,2}[.)]|\d{1,2}(?:\.\d{1,2})+\.?)\s+")  # "- ", "1. ", "2.3 " (paragraph numbers)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])(?<!\bc\.)(?<!\bca\.)(?<!approx\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bNo\.)"
                             r"(?<!\bSt\.)(?<!e\.g\.)(?<!i\.e\.)(?<!Cllr\.)(?<!\bMrs\.)"
                             r"[\"'”’]?\s+(?=[\"'“‘]?[A-Z0-9£])")  # not after "c.", "Mr.", "e.g." …


def release_lines(text: str) -> list[Line]:
    """Numbered lines of a release, plain text or HTML.  An HTML table row holding money keeps its
    cells apart ("| Derbyshire | Peak Change CIC | £84,000 |"), so that it is read like a markdown table."""
    if not looks_like_html(text):
        return split_lines(text)
    text = _unwrap_layout_tables(text)
    lines = html_to_lines(text)
    rows = _html_money_rows(text)
    return [Line(l.number, rows[l.number][1]) if l.number in rows and rows[l.number][0] == " ".join(l.text.replace("**", "").split())
            else l for l in lines]


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


def _html_money_rows(text: str) -> dict[int, tuple[str, str]]:
    """``{source line: (cells joined by spaces, cells joined by pipes)}`` for the rows of HTML tables
    that hold money, and for those tables' heading rows (lxml keeps each element's source line)."""
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
        for r in rows:
            cells = [" ".join(c.text_content().split()) for c in r if isinstance(c.tag, str) and c.tag in ("td", "th")]
            if len(cells) >= 2:
                out[r.sourceline] = (" ".join(c for c in cells if c), "| " + " | ".join(cells) + " |")
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
        for m in _SENTENCE_BREAK.finditer(body):
            yield line.number, body[start : m.start() + 1].strip()
            start = m.end()
        if body[start:].strip():
            yield line.number, body[start:].strip()


#: a line that opens an item or a heading, never the rest of the sentence above it
_OPENS_ITEM = re.compile(r"^\s*(?:[-•*–—>#|]|\(?\d{1,2}[.)]|\(?[a-z]\)|\d{1,2}(?:\.\d{1,2})+\.?\s|[A-Z][\w ]{0,40}:\s)")
_PAGE_LINE = re.compile(r"\bpage \d+(?: of \d+)?\b|^\W*-?\s*\d{1,3}\s*-?\W*$", re.I)


def _page_furniture(lines: list[Line]) -> set[int]:
    """Running heads and feet of a PDF's pages: a line naming its page ("Page 2 of 4"), and a short line
    printed the same two or more times (digits aside) that is not a sentence, a table row or money."""
    def key(text: str) -> str:
        return re.sub(r"\d+", "#", " ".join(text.split())).lower()
    counts = Counter(key(l.text) for l in lines if l.text.strip())
    out = set()
    for l in lines:
        t = l.text.strip()
        if not t or "|" in t or MONEY_TOKEN.search(t) or t.startswith("#"):
            continue
        if (_PAGE_LINE.search(t) and len(t) < 140 and not re.search(r"[.!?]$", t)) or (
                counts[key(t)] >= 2 and len(t.split()) >= 3 and len(t) < 120 and not re.search(r"[.!?:]$", t)
                and re.search(r"\S\s{3,}\S", l.text)):
            out.add(l.number)
    return out


def _wraps(text: str) -> bool:
    """A line that stops mid-sentence because the page was narrow: long prose ending in a word or comma."""
    t = text.rstrip()
    return len(t.strip()) >= 40 and bool(re.search(r"[\w,£%’'-]$", t)) and not _TABLE_ROW.search(t) \
        and not re.search(r"\S\s{3,}\S", t.strip()) and not t.lstrip().startswith(("#", "|", ">"))


def _logical_sentences(lines: list[Line], skipped: set[int]):
    """``(first line, sentence, ((offset, line), …))``: paragraphs hard-wrapped across lines joined (across a
    page's running head and foot too), then split into sentences, each knowing the line of every stretch."""
    body = [(l.number, _BULLET.sub("", l.text.replace("**", ""), count=1).strip(), l.text) for l in lines]
    # a hard-wrapped text shows it: lines stopping mid-sentence with the next going on in lower case
    nexts = [(a, b) for a, b in zip(body, body[1:]) if a[1] and b[1]]
    if sum(1 for a, b in nexts if _wraps(a[2]) and re.match(r"[a-z]", b[1]) and not _OPENS_ITEM.match(b[2])) < 2:
        for number, text, _ in body:
            if text:
                for n, t in _sentences([Line(number, text)]):
                    yield n, t, ((0, n),)
        return
    width = max((len(raw.rstrip()) for _, text, raw in body if text and not _TABLE_ROW.search(raw)), default=0)
    groups: list[list[tuple[int, str]]] = []
    prev_raw = None
    last_number = None
    for number, text, raw in body:
        if not text:
            prev_raw = None
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
        pieces = [(m.start() + 1, m.end()) for m in _SENTENCE_BREAK.finditer(paragraph)] + [(len(paragraph), len(paragraph))]
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
    known = {l.number for l in lines}
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


# --------------------------------------------------------------------------- areas and years

_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")


_BEFORE_PLACE = {"In", "At", "From", "To", "For", "Across", "Around", "Of", "And", "The", "Both", "Central", "Greater",
                 "Including", "Covering", "Within", "Outside", "Near", "Throughout", "Like"}
_IN_ORG_NAME = re.compile(r"(?:['’]s)?\s+(?:[A-Z][\w'’&-]*\s+){0,3}(?:Change|CIC|Trust|Project|Partnership|Futures|Respect|"
                          r"Aid|Refuge|Centre|Network|Foundation|Services?|Pathways|Choices|Works|Ltd|Limited|Charity)\b")


@lru_cache(maxsize=1)
def _place_alias_keys() -> frozenset[str]:
    return frozenset(place_aliases())


@lru_cache(maxsize=1)
def _release_places() -> dict[str, str]:
    """Places a release may name for its area: the place aliases (towns, districts), and every local
    authority by its name ("Cornwall's commissioner", "In Peterborough, …"), from ``local_authority_pfa.csv``."""
    out = {normalise_name(r["lad_name"]): r["pfa_code"] for r in _read_data("local_authority_pfa.csv")}
    out.update(place_aliases())
    return out


def find_areas(text: str) -> list[tuple[int, int, str]]:
    """Police force areas named in ``text`` as ``(start, end, pfa_code)`` (see :func:`_find_areas`)."""
    return list(_find_areas(text))


@lru_cache(maxsize=8192)
def _find_areas(text: str) -> tuple[tuple[int, int, str], ...]:
    """Police force areas named in ``text`` as ``(start, end, pfa_code)``.

    Names are matched through the register (areas, their aliases and budget
    holders) and the place aliases (towns and districts inside an area), longest
    name first, so "North West Leicestershire" is one mention.
    """
    reg = register()
    places = _release_places()
    words = []
    for m in _WORD.finditer(text):
        word = re.sub(r"['’]s?$", "", m.group(0).rstrip("."))  # "Kent's", "Wales'" name the area
        words.append((m.start(), m.start() + len(word), word))
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        hit = None
        for n in range(min(5, len(words) - i), 0, -1):
            if not words[i][2][:1].isupper():
                break
            name = text[words[i][0] : words[i + n - 1][1]].rstrip(".")
            key = normalise_name(name)
            if not key:
                continue
            area = reg.lookup(name)
            code = area.pfa_code if area else places.get(key)
            if code and not area and key not in _place_alias_keys() and (
                    _IN_ORG_NAME.match(text, words[i][0] + len(name))
                    or (i and words[i - 1][2][:1].isupper() and words[i - 1][2] not in _BEFORE_PLACE
                        and text[words[i - 1][1] : words[i][0]] == " ")):
                code = None  # a district's name inside an organisation's ("Ribble Valley Change CIC") or a
                # person's ("Tom Preston") places nothing
            if code:
                hit = (words[i][0], words[i][0] + len(name), code, n)
                break
        if hit:
            found.append(hit[:3])
            i += hit[3]
        else:
            i += 1
    return tuple(found)


def release_area(lines: list[Line]) -> str:
    """The area a release is about: the one it names most (first named on a tie), or ""."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for line in lines:
        for _, _, code in find_areas(line.text):
            counts[code] += 1
            first.setdefault(code, len(first))
    if not counts:
        return ""
    return max(counts, key=lambda c: (counts[c], -first[c]))


_YEAR = re.compile(r"\b(?P<a>20\d{2})\s*[-/–]\s*(?P<b>20\d{2}|\d{2})\b")


def find_years(text: str) -> list[tuple[int, int, str]]:
    """Financial years in ``text`` as ``(start, end, 'YYYY-YY')``; ``2021/22`` and ``2021-2022`` too."""
    out = []
    for m in _YEAR.finditer(text):
        a, b = int(m.group("a")), int(m.group("b")[-2:])
        if (a + 1) % 100 == b:
            out.append((m.start(), m.end(), f"{a}-{b:02d}"))
    return out


_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
_SEASON_MONTH = {"spring": None, "summer": 7, "autumn": 10, "winter": None}


def financial_year(published: str) -> str:
    """The UK financial year (April to March) of a publication date, or "" when it is not clear.

    Accepts ``2020-11-19``, ``19 November 2020``, ``November 2020`` and
    ``2020 (autumn …)``; a bare year or "spring"/"winter" (which straddle
    years' ends) give "".
    """
    text = published.strip().lower()
    m = re.match(r"(\d{4})-(\d{2})(?:-\d{2})?\b", text)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
    else:
        m = re.search(r"\b(" + "|".join(_MONTHS) + r")\s+(\d{4})\b", text)
        if m:
            year, month = int(m.group(2)), _MONTHS[m.group(1)]
        else:
            m = re.match(r"(\d{4})\b\D*?\b(spring|summer|autumn|winter)\b", text)
            if not m or _SEASON_MONTH[m.group(2)] is None:
                return ""
            year, month = int(m.group(1)), _SEASON_MONTH[m.group(2)]
    start = year if month >= 4 else year - 1
    return f"{start}-{(start + 1) % 100:02d}"


# --------------------------------------------------------------------------- numbers and durations

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_UNITS_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
for _tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"):
    for _i, _u in enumerate(_UNITS_WORDS, start=1):
        _NUMBER_WORDS[f"{_tens}-{_u}"] = _NUMBER_WORDS[_tens] + _i
_NUMBER = r"(?:\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"

_DURATION = re.compile(
    r"(?:\b(?P<qual>up to|at least|(?:no|not) (?:more|longer) than|(?:no|not) (?:fewer|less) than|more than|a maximum of|"
    r"a minimum of)\s+)?"
    r"(?:\b(?:between\s+)?(?P<lo>" + _NUMBER + r")\s+(?:to|or|and)\s+|\b(?P<lo2>\d{1,3})\s*[-–]\s*)?"
    r"(?<![-‑])\b(?P<n>" + _NUMBER + r")(?:[\s\-‑]+(?:weekly|fortnightly|monthly|group|individual|one_to_one|hour-long|two-hour))*"
    r"[\s\-‑]+(?P<unit>week|month|year|session)s?\b(?![\s-]+old)(?!\s+ago)",
    re.I,
)
_DURATION_QUALIFIER = {
    "up to": "up_to", "a maximum of": "up_to", "at least": "at_least", "a minimum of": "at_least",
    "more than": "more_than",  # not "over": "over 26 weeks" usually means across them
    "no more than": "up_to", "not more than": "up_to", "no longer than": "up_to", "not longer than": "up_to",
    "no fewer than": "at_least", "not fewer than": "at_least", "no less than": "at_least", "not less than": "at_least",
}


def parse_count(word: str) -> int:
    """``'12'`` → 12, ``'ten'`` → 10, ``'twenty-four'`` → 24 (ValueError otherwise)."""
    word = word.strip().lower().replace(",", "")
    if word.isdigit():
        return int(word)
    try:
        return _NUMBER_WORDS[word]
    except KeyError:
        raise ValueError(f"not a number: {word!r}") from None


def parse_duration(text: str) -> Duration | None:
    """The first length of time in ``text``: "ten-week", "10 week", "24 weeks", "up to a year"."""
    text = re.sub(r"(?i)\bone[- ]to[- ]one\b", "one_to_one", text)
    for m in _DURATION.finditer(text):
        if m.group("n").lower() in ("a", "an") and not re.search(
                r"\b(?:for|up to|lasting|lasts|last|within|of|about|around|nearly|over|than|least)\s+$", text[: m.start("n")]):
            continue  # "misses a week", "£120,000 a year", "two sessions a week": not how long
        if re.search(r"\b(?:first|last|next|previous|each|per)\s+$", text[: m.start("n")]) or (
                m.group("unit").lower() == "year" and re.search(r"\bover (?:the )?$", text[: m.start("n")])):
            continue
        if m.group("unit").lower() == "session" and re.match(r"\s*(?:a|per|each|every) (?:week|fortnight|month)\b", text[m.end():]):
            continue  # "two sessions a week": how often
        qual = _DURATION_QUALIFIER.get(" ".join((m.group("qual") or "").lower().split()), "exact")
        low = parse_count(m.group("lo") or m.group("lo2")) if (m.group("lo") or m.group("lo2")) else None
        return Duration(parse_count(m.group("n")), m.group("unit").lower(), qual, low)
    return None


# --------------------------------------------------------------------------- amounts

#: A figure with no qualifying word that is a multiple of this many pounds is read
#: as a round figure ("a £200,000 programme"), precise to its last non-zero digit.
ROUND_FIGURE_POUNDS = 10_000


def as_stated(amount: Amount) -> Amount:
    """An amount as precise as its source: a bare round figure becomes ``rounded``.

    "£200,000" with no word before it is stated to the nearest £100,000 at best,
    so it allows £150,000 to £250,000; "£246,792" stays exact.
    """
    if amount.qualifier != "exact" or amount.pence <= 0 or amount.pence % (ROUND_FIGURE_POUNDS * 100):
        return amount
    precision = ROUND_FIGURE_POUNDS * 100
    while amount.pence % (precision * 10) == 0:
        precision *= 10
    return replace(amount, precision_pence=precision, qualifier="rounded")


def _amounts_token_by_token(text: str) -> list[tuple[int, int, Amount]]:
    """The readable amounts of a line, each parsed on its own (with the words before it)."""
    from funding.core.money import parse_amount

    found = []
    for m in MONEY_TOKEN.finditer(text):
        window = text[m.start() : m.end() + len(" thousand")]
        try:
            hits = find_amounts(window)
        except ValueError:
            continue
        if hits and hits[0][0] == 0:
            _, end, _ = hits[0]
            amount = parse_amount(window[:end], before=text[: m.start()])
            found.append((m.start(), m.start() + end, amount))
    return found


def _clauses(sentence: str) -> list[tuple[int, int]]:
    bounds = [0] + [m.end() for m in re.finditer(r",(?!\d)|;|\s(?:and|but|while|whereas)\s", sentence)] + [len(sentence) + 1]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


def _nearest(matches: list[tuple[int, int, str]], start: int, end: int) -> str:
    if not matches:
        return ""
    return min(matches, key=lambda m: (m[0] - end) if m[0] >= end else (start - m[1]))[2]


@lru_cache(maxsize=1)
def _furniture_markup() -> tuple[tuple[str, str, re.Pattern], ...]:
    """``(reason, kind, pattern)`` rules for page furniture in HTML: ``tag`` names an element,
    ``attr`` is searched in an element's class and id (``local_furniture_markup.csv``)."""
    return tuple((r["reason"], r["kind"], re.compile(r["pattern"], re.I)) for r in _read_data("local_furniture_markup.csv"))


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
        reason = next((r for r, kind, p in rules if (p.fullmatch(el.tag) if kind == "tag" else p.search(attrs))), None)
        if reason is None:
            continue
        span = etree.tostring(el, encoding="unicode", with_tail=False).count("\n")
        for n in range(el.sourceline, el.sourceline + span + 1):
            out.setdefault(n, reason)
    return out


_POUND_HEADING = re.compile(r"\(£\)|^£$|\bin £$|\(GBP\)", re.I)
_BARE_FIGURE = re.compile(r"^(\**)(\d{1,3}(?:,\d{3})+|\d{4,})(\**)$")


def _pounds_in_columns(lines: list[Line]) -> list[Line]:
    """A pipe table whose column heading says the figures are pounds ("Amount (£)") prints them bare:
    "| Derbyshire | 84,000 |" is read as "| Derbyshire | £84,000 |"."""
    out, columns = [], set()
    for line in lines:
        text = line.text
        if "|" not in text:
            columns = set()
            out.append(line)
            continue
        cells = text.strip().strip("|").split("|")
        if MONEY_TOKEN.search(text) is None and any(_POUND_HEADING.search(c.strip()) for c in cells):
            columns = {k for k, c in enumerate(cells) if _POUND_HEADING.search(c.strip())}
        elif columns:
            changed = False
            for k in columns:
                m = _BARE_FIGURE.match(cells[k].strip()) if k < len(cells) else None
                if m:
                    cells[k] = f" {m.group(1)}£{m.group(2)}{m.group(3)} "
                    changed = True
            if changed:
                line = Line(line.number, "|" + "|".join(cells) + "|")
        out.append(line)
    return out


_ISSUER = re.compile(r"\b(?:Office of the|Police,? (?:Fire )?and Crime Commissioner|OPCC|OPFCC|Combined Authority)\b", re.I)
_LINKS_HEADING = re.compile(r"^\W*(?:related(?: posts| stories| articles| news| content| links)?|more (?:news|stories)|"
                            r"you may also like|read next|most read|latest news|see also|more from \w+)\W*$", re.I)


def prepare(text: str, source_id: str = "<text>") -> PreparedRelease:
    """A release split into lines and sentences, furniture set aside and its area found: once per release."""
    if isinstance(text, PreparedRelease):
        return text
    lines = release_lines(text)
    furniture = _terms("local_furniture_terms.csv").get("furniture", ())
    kept, aside = [], []
    reasons: dict[int, str] = html_furniture_lines(text) if looks_like_html(text) else {}
    for line in lines:
        reason = _first(furniture, line.text)
        if reason and (line.number not in reasons or reason != "page_furniture"):
            reasons[line.number] = reason  # the words say more than the markup: a job in an aside is a job advert
    in_links = False  # under a "Related posts" heading: link titles, not sentences, until a blank line
    for line in lines:
        body = line.text.strip()
        if not body:
            in_links = False
        elif _LINKS_HEADING.match(body):
            in_links = True
        elif in_links and not re.search(r"[.!?]['\"”’]?$", body):
            reasons.setdefault(line.number, "page_furniture")
    paged = set() if looks_like_html(text) else _page_furniture(lines)
    for number in paged:
        reasons.setdefault(number, "page_furniture")  # a PDF page's running head or foot
    for line in lines:  # a furniture block on one physical line (an HTML aside) is set aside whole
        if line.number in reasons:
            if (line.number, reasons[line.number]) not in aside:
                aside.append((line.number, reasons[line.number]))
        else:
            kept.append(line)
    kept = _pounds_in_columns(kept)
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


_SPAN = re.compile(r"(?:\b|(?<=FY))(?P<a>20\d{2})\s*[-/–]\s*(?P<b>20\d{2}|\d{2})\b")
_MONTH_SPAN = re.compile(
    r"\b(?P<m1>" + "|".join(_MONTHS) + r")\s+(?P<y1>20\d{2})\s+(?:to|until|-|–|and|through)\s+(?:the end of\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<m2>"
    + "|".join(_MONTHS) + r")\s+(?P<y2>20\d{2})\b", re.I)
_OVER_YEARS = re.compile(
    r"\b(?:(?:over|for|across|covering|during) )?(?:the )?(?:next |first )?(?P<n>two|three|four|five|2|3|4|5)[- ](?:financial )?years?"
    r"(?:(?:(?:\s+[a-z]+){0,2}?,?\s*(?:starting|from|beginning|commencing|running from)(?: in| on)?\s+"
    r"|[^.;£]{1,50}?,\s*(?:starting|beginning|commencing|running from)(?: in| on| from)?\s+)(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    r"(?P<m>" + "|".join(_MONTHS) + r")\s+(?P<y>20\d{2}))?", re.I)  # (the start a few words on: "…, starting in April 2024")
#: "for the two years to March 2025": a span known by its end
_YEARS_TO = re.compile(
    r"\b(?P<n>two|three|four|five|2|3|4|5)[- ]years?\s+(?:to|until|ending(?: in)?|up to)\s+(?:the end of\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<m>" + "|".join(_MONTHS) + r")\s+(?P<y>20\d{2})\b", re.I)
#: "from April 2023 for two years"
_FROM_FOR_YEARS = re.compile(
    r"\bfrom\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<m>" + "|".join(_MONTHS) + r")\s+(?P<y>20\d{2}),?\s+(?:for|over)\s+"
    r"(?:the next\s+)?(?P<n>two|three|four|five|2|3|4|5)\s+(?:financial\s+)?years?\b", re.I)


def _fy(year: int, month: int) -> int:
    """The starting calendar year of the financial year a month falls in."""
    return year if month >= 4 else year - 1


def _fy_text(start: int) -> str:
    return f"{start}-{(start + 1) % 100:02d}"


def find_periods(text: str) -> tuple[list[tuple[int, int, str, str]], list[tuple[int, int, str]]]:
    """Funding periods in ``text`` as ``(start, end, first year, last year)``, and impossible years.

    "2021-22" is one year; "2023-25" two (2023-24 and 2024-25); "April 2023 to March 2025"
    and "over two years, starting in April 2023" likewise.  "2022-21" cannot be a
    year and comes back in the second list, to be reported, never replaced.
    """
    found, bad = [], []
    for m in _SPAN.finditer(text):
        a, b_text = int(m.group("a")), m.group("b")
        b = int(b_text) if len(b_text) == 4 else (a // 100) * 100 + int(b_text)
        if b == a + 1:
            found.append((m.start(), m.end(), _fy_text(a), _fy_text(a)))
        elif a + 1 < b <= a + 5 and len(b_text) == 2:
            found.append((m.start(), m.end(), _fy_text(a), _fy_text(b - 1)))
        elif b <= a and len(b_text) == 2 and "/" not in m.group(0) and "/" not in text[max(0, m.start() - 1) : m.end() + 1]:
            bad.append((m.start(), m.end(), m.group(0)))
    for m in _MONTH_SPAN.finditer(text):
        a = _fy(int(m.group("y1")), _MONTHS[m.group("m1").lower()])
        b = _fy(int(m.group("y2")), _MONTHS[m.group("m2").lower()])
        if b >= a:
            found.append((m.start(), m.end(), _fy_text(a), _fy_text(b)))
    for m in _OVER_YEARS.finditer(text):
        if m.group("y"):
            a = _fy(int(m.group("y")), _MONTHS[m.group("m").lower()])
            n = parse_count(m.group("n"))
            found.append((m.start(), m.end(), _fy_text(a), _fy_text(a + n - 1)))
    for m in _YEARS_TO.finditer(text):
        b = _fy(int(m.group("y")), _MONTHS[m.group("m").lower()])
        found.append((m.start(), m.end(), _fy_text(b - parse_count(m.group("n")) + 1), _fy_text(b)))
    for m in _FROM_FOR_YEARS.finditer(text):
        a = _fy(int(m.group("y")), _MONTHS[m.group("m").lower()])
        found.append((m.start(), m.end(), _fy_text(a), _fy_text(a + parse_count(m.group("n")) - 1)))
    # "2022-23 and 2023-24", "2023-24, 2024-25 and 2025-26", "2023-24 to 2025-26": one span
    found.sort()
    merged: list[tuple[int, int, str, str]] = []
    for f in found:
        gap = text[merged[-1][1] : f[0]] if merged and merged[-1][1] <= f[0] else None
        if gap is not None and ((re.fullmatch(r"\s*(?:,|and|,\s*and|to|-|–)\s*", gap)
                                 and int(f[2][:4]) == int(merged[-1][3][:4]) + 1)
                                or (re.fullmatch(r"\s*(?:to|until|through)\s*", gap)
                                    and int(merged[-1][3][:4]) < int(f[2][:4]) <= int(merged[-1][3][:4]) + 4)):
            merged[-1] = (merged[-1][0], f[1], merged[-1][2], f[3])
        elif merged and f[0] < merged[-1][1]:
            continue
        else:
            merged.append(f)
    return merged, bad


_LIST_GAP = re.compile(r"(?:\s+(?:in|for)\s+20\d\d[-/]\d\d)?(?:\s+(?:(?:paid|pays|went|goes|will go|is going|was spent|is spent|is passed|are passed|was passed|passed|is|are|was|were|will be)\s+)?(?:for|to|on)\b[^£;.]{0,80}?|"
                       r"\s+(?:will be |is |was |are |being )?(?:met|paid|funded|covered|provided|drawn|found|coming)\s+(?:from|by)\b[^£;.]{0,80}?|"
                       r"\s+from\s+(?:the\s+)?[^£;.]{1,60}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+plus\s+|\s*;\s*)(?:[A-Za-z][\w'-]+(?:\s+[A-Za-z][\w'-]+)?\s+)?", re.S)
#: "…, and the commissioner £B": a second subject with the first clause's verb left out
_ELLIPSIS = re.compile(r"[,;]\s*(?:and\s+)?(?:the\s+)?(?:[A-Za-z][\w'’]*\s+){1,3}$")
_NOT_ELLIPSIS = re.compile(r"\b(?:is|are|was|were|will|has|have|had|gives?|gave|adds?|added|puts?|pays?|paid|spends?|spent|"
                           r"receives?|received|gets?|got|contributes?|contributed|provides?|provided|for|to|from|of|with|in)\s*$|"
                           r"\b(?:is|are|was|were|will|has|have|had)\b", re.I)
_PASSED_ON = re.compile(r"\bfrom the (?:office of the )?(?:police,? (?:fire )?and crime )?commissioner\b", re.I)
_FUNDING_WORDS = re.compile(r"\b(?:bid|applied|application|funding|fund|grant|awarded|covers?|runs?)\b", re.I)
_PAID_FROM = re.compile(r"\b(?:comes?|came|paid|funded|met|found)\b[^.]{0,30}\bfrom\b", re.I)
_NATIONAL_PENCE = 10_000_000 * 100
#: the verb that spends a sum on a service: after an award, such a smaller sum is a piece of it
_SPENDING = re.compile(r"AMOUNT\s+(?:will\s+|is\s+to\s+|would\s+)?(?:pay|pays|paid|fund|funds|go|goes|be spent|is spent|"
                       r"cover|covers|buy|buys)\b|\b(?:will\s+)?(?:receive|receives|get|gets)\s+AMOUNT|"
                       r"\b(?:spend|spent|spending|allocate|allocated|set aside)\s+AMOUNT\s+(?:on|for)\b", re.I)
#: "up from £200,000 last year": a figure compared with, from another year: no round is guessed for it
_EARLIER_FIGURE = re.compile(r"\b(?:up|down|rising|falling|rose|fell|increased?|decreased?|compared)\s+(?:from|with|to)\s+$", re.I)
_LABELLED_LINE = re.compile(r"^\s*(?:[-•*–]\s+)?(?:\*\*)?[^£:]{2,90}?(?:\*\*)?\s*[:–-]\s*(?:\*\*)?\s*£[\d,.]+(?:\s*[mk]\b)?(?:\*\*)?\s*\.?\s*$")
_SECTION_LINE = re.compile(r"^\s*(?:#{1,6}\s+\S.*|\*\*[^*]+\*\*\s*:?\s*)$")
_REFUSED = re.compile(r"\b(?:was|were|has been|have been|had been)\s+(?:turned down|rejected|refused|unsuccessful|not successful|declined)\b", re.I)
#: "£1.3 million for four forces in the South East": a sum over several areas, no one area's award
_SEVERAL_AREAS = re.compile(r"\bfor (?:the )?(?:\w+ ){0,2}(?:forces|police areas|areas|counties|commissioners)\b|"
                            r"\b(?:across|for) the (?:\w+ )?region\b", re.I)
_CARRIED_FROM = re.compile(r"\b(?:carried|brought|rolled) (?:forward|over) from\s+(?:the\s+)?$", re.I)
#: a sentence that opens a list of the pieces of an amount ("The grant is split across the two years:")
_OPENS_PARTS = re.compile(r"\b(?:split|divided|broken down|made up|profiled|phased|paid|allocated|shared|spent|"
                          r"as follows)\b[^.]*:\s*$", re.I)
_NTH_YEAR = re.compile(r"\b(?:year|yr)\s+(?P<n>one|two|three|four|five|1|2|3|4|5)\b(?!.*\byear\s+(?:one|two|three|four|five|\d)\b)", re.I)
_PER_YEAR = re.compile(r"\s*,?\s*(?:at\s+)?(?:(?:in |for )?each year|a year|per year|per annum|annually|(?:in|for) each of (?=20\d\d)|"
                       r"(?:in|for) each of (?:the|those|these) (?:\w+ )?years)\b", re.I)
_ALL_FUNDERS = re.compile(r"\b(?:from|across|by|with|of) all (?:\w+ )?(?:funders|sources)\b|\ball (?:our |its |their )?funders\b", re.I)
_BETWEEN_THEM = re.compile(r"\bbetween them\b|\bjointly\b|\bthe (?:two|three|four|five) (?:commissioners|forces|police areas|areas|"
                           r"councils|partners)\b|\bboth (?:commissioners|forces|areas|councils)\b", re.I)
_SPLIT_BETWEEN = re.compile(r"\b(?:split|divided|shared|broken down|spread|spent)\s+(?:out\s+)?(?:between|among|across|into|as)\b",
                            re.I)
_SAME_PERIOD = re.compile(r"\b(?:the|those) same (?:\w+ )?(?:years?|period)\b|"
                          r"\b(?:over|across|for|during|in) the (?:two|three|four|five) years\b(?!\s+(?:from|starting|to|until|beginning))",
                          re.I)  # "over the two years": the span stated before
_IN_ALL = re.compile(r"\b(?:in all|in total|all told|made up of)\b", re.I)
_SEPARATE = re.compile(r"\b(?:separate|second|another|additional) (?:bid|award|grant)\b|\balso (?:secured|won|received|awarded)\b", re.I)
_POSSESSIVE = re.compile(r"^['’]s?\b")
_NO_AREA = re.compile(r"\b(?:one force|a force|another force|neighbouring|which asked not to be named|"
                      r"(?:a|one|another) (?:second|third|fourth|fifth|sixth|further|other) (?:force|police area)|"
                      r"(?:(?:asked|wanted|want|wish|wished|chose) not|declined) to be named|"
                      r"in the region|regional|the region's)\b", re.I)
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$|\S\s{3,}(?:\S.*)?£|\t")
_ALIGNED_HEADER = re.compile(r"^\s*\S.*?\S\s{3,}\S.*[^.!?:]\s*$|\t")
_TOTAL_ROW = re.compile(r"^\W*(?:\*\*)?\s*(?:grand\s+)?total\b", re.I)


def _cells(text: str) -> list[str]:
    if "|" in text:
        return [c.strip().strip("*").strip() for c in text.strip().strip("|").split("|")]
    return [c.strip() for c in re.split(r"\t|\s{2,}", text.strip())]


def _areas_in(text: str) -> list[tuple[int, int, str, bool]]:
    """Areas named in ``text`` with whether each is a possessive ("Kent's")."""
    return [(s, e, c, bool(_POSSESSIVE.match(text[e : e + 2]))) for s, e, c in find_areas(text)]


def _clause_of(sentence: str, start: int) -> tuple[int, int]:
    return next(((a, b) for a, b in _clauses(sentence) if a <= start < b), (0, len(sentence)))


@dataclass
class _Draft:
    line: int
    start: int
    amount: Amount
    role: str
    funder: str
    code: str
    basis: str
    period: tuple[str, str] | None
    part_of: int | None = None
    shared_by: tuple[str, ...] = ()
    whole: "_Draft | None" = None
    award_number: int = 1
    head_total: bool = False  # a table cell under a "total" column heading
    head_year: bool = False  # a table cell under a year column heading
    per_year: bool = False  # "£30,000 in each year": one year's share of its whole, repeated for each year
    bad_year: bool = False  # its sentence prints an impossible year ("2023-22"): no round is guessed for it


def extract_awards(
    text, source_id: str = "<text>", *, published: str = ""
) -> tuple[tuple[LocalAward, ...], tuple[Diagnostic, ...]]:
    """Every statement of money in a release, with its role, area, period and funder.

    Each figure's role (``grant``, ``part``, ``match_funding``, ``own_funding``,
    ``total``, ``context``) and funder are read from the words of its own clause
    (``local_funding_terms.csv``); its area from its own clause or table row
    (possessives included), else from the release when the release is about one
    area, else none.  Its period is the span printed beside it, else the one
    span the release gives for its funding; never the publication date (the
    ``round`` column, which groups statements of one award, falls back to the
    publication date's financial year and says so in ``round_basis``).
    A figure broken by a space, a negative figure and an impossible year are
    diagnostics; a token that looks like money but is not an amount too.
    """
    rel = prepare(text, source_id)
    source_id = rel.source_id
    terms = _terms("local_funding_terms.csv")
    diagnostics: list[Diagnostic] = []
    drafts: list[_Draft] = []

    # The release's own period: the one span it prints (several spans: none).
    spans, bare = set(), set()
    for _, s in rel.sentences:
        here_spans = {(a, b) for _, _, a, b in find_periods(s)[0]}
        spans |= here_spans
        if not MONEY_TOKEN.search(s) and _FUNDING_WORDS.search(s) and "|" not in s and "\t" not in s:
            bare |= here_spans  # (a table's year headings are columns, not the release's span)
    release_period = bare.pop() if len(bare) == 1 else spans.pop() if len(spans) == 1 else None
    # "The money comes from the commissioner's own budget": a funder stated once for the release's money
    own_release = any(not MONEY_TOKEN.search(s) and _first(terms.get("own_funding", ()), s) and _PAID_FROM.search(s)
                      for _, s in rel.sentences)
    pub_round = financial_year(published) if published else ""
    grant_funders = {v for v, p in terms.get("funder", ()) if v == "Home Office" or v == "Ministry of Justice"
                     for _, s in rel.sentences if p.search(s) and not _first(terms.get("negation", ()), s)}
    release_funder = grant_funders.pop() if len(grant_funders) == 1 else ""
    # "Funding: Home Office grant …, with £91,150 of match funding from the Commissioner's own budget": the money
    # comes from several funders, so a figure that names none (a contract's value) is no one funder's
    mixed = any(release_funder and _first(terms.get("funder", ()), s) == release_funder and
                (_first(terms.get("match_named", ()), s) or _first(terms.get("own_funding", ()), s))
                and re.match(r"\W*(?:funding|funded by|funding source|source of funding)\b", s, re.I)
                for _, s in rel.sentences)
    if mixed:
        release_funder = ""
    # a round-up names several areas as the subjects of figures: no amount takes the release's area
    money_areas = {c for _, s in rel.sentences if MONEY_TOKEN.search(s) for _, _, c in find_areas(s)}
    roundup = len(money_areas) >= 3

    # table state
    header: list[str] = []
    table_rows: list[_Draft] = []
    last_whole: _Draft | None = None
    last_period: tuple[str, str] | None = None
    last_span: tuple[str, str] | None = None  # the last period of several years stated
    list_whole: _Draft | None = None
    labelled: list[_Draft] = []  # the amounts of consecutive "label: £X" lines
    line_areas: dict[int, set[str]] = {}  # the areas of the amounts already read on each line
    headings = _heading_lines(rel)

    html_headings = _html_heading_lines(rel.text) if looks_like_html(rel.text) else frozenset()
    section_area = ""  # the one area a section heading names ("### Durham"): its paragraphs' amounts are that area's
    by_section: set[str] = set()  # the areas section headings gave amounts
    # a piece about several areas (three or more named in its body): an amount whose own sentence names none takes
    # the one area the sentences before it in its paragraph name, never the release's most named area
    many_areas = len({c for n, s in rel.sentences if n not in headings for _, _, c in find_areas(s)}) >= 3
    para_area, last_number = "", None
    for number, sentence, starts in _logical(rel):
        if last_number is not None and number > last_number + 1 and not rel.line_text(last_number + 1).strip():
            para_area = ""  # a blank line ends the paragraph
        para_before = para_area
        named_here = {c for _, _, c in find_areas(sentence)}
        if named_here:
            para_area = named_here.pop() if len(named_here) == 1 else ""
        last_number = starts[-1][1]
        raw = rel.line_text(number) or sentence
        is_table = bool(_TABLE_ROW.search(raw)) and ("|" in raw or "\t" in raw or "  " in raw.strip())
        if (_SECTION_LINE.match(raw) or number in html_headings) and not MONEY_TOKEN.search(raw):
            named = {c for _, _, c in find_areas(raw)}
            section_area = named.pop() if len(named) == 1 else ""
        if number in headings and not is_table:
            continue  # a headline's figure restates the body's (or rounds it); it is not read as a statement
        if (is_table or _ALIGNED_HEADER.search(raw)) and not MONEY_TOKEN.search(raw) \
                and not re.fullmatch(r"[\s|:-]*", raw) and len(_cells(raw)) >= 2:
            header, table_rows = _cells(raw), []  # a table's heading row: pipes, tabs or aligned columns
            continue
        if not is_table:
            header, table_rows = ([] if not re.fullmatch(r"[\s|:-]*", raw) else header), table_rows if re.fullmatch(r"[\s|:-]*", raw) else []
        try:
            found, hazards = read_amounts(sentence)
        except ValueError:
            found, hazards = _amounts_token_by_token(sentence), []
        for h in hazards:
            expected = ("a positive amount (a figure with a minus sign is not an award)" if h.problem == "negative_amount"
                        else "an amount such as £200,000 (no space inside the figure)")
            diagnostics.append(Diagnostic(source_id, _line_at(starts, h.start), h.problem, h.found, expected))
        found = _check_tokens(sentence, found, hazards, source_id, starts, diagnostics)
        periods, impossible = find_periods(sentence)
        periods = [p for p in periods if not _CARRIED_FROM.search(sentence[: p[0]])]  # "carried forward from 2023-24"
        for s, e, t in impossible:
            diagnostics.append(Diagnostic(source_id, _line_at(starts, s), "impossible_period", t,
                                          "a financial year such as 2021-22 (the second year follows the first)"))
        if not _BULLET.match(raw):
            list_whole = None  # a list of pieces ends at the first line that is not a bullet
        if not found:
            if _OPENS_PARTS.search(sentence) and last_whole is not None and not is_table:
                list_whole = last_whole  # "The grant is split across the two years:" then "- £248,300 in 2024-25"
            continue
        if is_table:
            drafts_here = _table_drafts(rel, number, raw, header, found, terms, release_funder, periods)
            cells = _cells(raw)
            column = [r for r in table_rows if len(drafts_here) == 1 and r.start == drafts_here[0].start]
            sums = len(column) >= 2 and sum(r.amount.pence for r in column) == drafts_here[0].amount.pence
            # (a last row that is the sum of the rows above, to the pound, is their total: "| **All Wales** | £1,846,200 |")
            if cells and (_TOTAL_ROW.match(cells[0]) or sums):
                # the area's grant and the money added to it ("the combined budget", a council's match funding)
                # stated before the table: its TOTAL is across funders, and rows name a funder only in their own words
                added = {x.code for x in drafts if x.role == "match_funding" and x.code}
                granted = {(x.code, x.amount.pence) for x in drafts if x.role == "grant"}
                row_funders = {r.funder for r in table_rows if r.funder and getattr(r, "row_funder", False)}
                for d in drafts_here:
                    d.role, d.whole, d.part_of = "total", None, None  # (a year cell of the TOTAL row is a total too)
                    if len(row_funders) > 1:
                        d.funder, d.across = "", True  # rows paid by two funders: their total is across funders
                    if d.code in added and not d.row_funder and (d.code, d.amount.pence) not in granted:
                        d.funder = ""
                        for r in table_rows:
                            if not getattr(r, "row_funder", True):
                                r.funder = ""
                    if len({r.code for r in table_rows if r.basis == "table_row"}) > 1:
                        d.code, d.basis = "", "none"  # a total over several areas' rows is no one area's
                    rows = [r for r in table_rows if not (r.whole is not None and r.whole.line == r.line)]
                    col_parts = [r for r in rows if r.start == d.start]
                    for r in col_parts or rows:
                        r.role, r.part_of, r.whole = "part", number, d
                        if not r.funder:
                            r.funder = d.funder
                table_rows = []
            else:
                # an item table under a stated grant ("It will be spent as follows:"), its rows naming no area:
                # the rows are pieces of that grant, not grants of their own (a TOTAL row below takes them over)
                if last_whole is not None and last_whole.role == "grant" and last_whole.code:
                    for d in drafts_here:
                        if d.role == "grant" and d.basis == "release" and d.whole is None and d.code == last_whole.code \
                                and not (d.head_total or d.head_year) and d.amount.pence != last_whole.amount.pence:
                            d.role, d.whole, d.part_of = "part", last_whole, last_whole.line
                            d.funder = d.funder or last_whole.funder
                table_rows.extend(drafts_here)
            drafts.extend(drafts_here)
            continue
        funders = [(m.start(), m.end(), v) for v, p in terms.get("funder", ()) for m in p.finditer(sentence)]
        negated = [(m.start(), m.end()) for _, p in terms.get("negation", ()) for m in p.finditer(sentence)]
        funders = [f for f in funders if not any(a <= f[0] < b for a, b in negated)
                   and not re.search(r"\b(?:let|commissioned|procured|tendered)\s+(?:by\s+(?:the\s+)?)?$", sentence[: f[0]])
                   and not (f[2] == "local authority" and re.search(
                       r"\b(?:passed|paid|given|goes|go|went|allocated|awarded|granted)?\s*to\s+(?:the\s+|this\s+|that\s+)?"
                       r"(?:[A-Z][\w'’-]*\s+|&\s+){0,4}$", sentence[: f[0]].rstrip() + " "))]
        # (a council the money is passed "to" receives it: "£251,300 to Brighton & Hove City Council")
        # (the body that lets a contract commissions it; whose money it is the words do not say)
        here: list[_Draft] = []
        for k, (start, end, amount) in enumerate(found):
            if _REFUSED.search(sentence[start:]) and _REFUSED.search(sentence[start:]).start() < 60:
                continue  # "Hampshire's bid, for £210,000, was turned down": money nobody received
            lo = found[k - 1][1] if k else 0
            hi = found[k + 1][0] if k + 1 < len(found) else len(sentence)
            marked = sentence[:start] + "AMOUNT" + sentence[end:]
            m_start = start
            window = marked[max(lo, _clause_of(sentence, start)[0]) if k else 0 : hi - (end - start) + 6]
            near = marked[max(0, m_start - 60) : m_start + 6 + 40]
            between = sentence[lo:start] if k else ""
            own_areas = {a[2] for a in _areas_in(sentence[lo:hi])}
            other_area = bool(own_areas) and not here and last_whole is not None and not last_whole.shared_by \
                and last_whole.code not in own_areas
            if many_areas and not own_areas and para_before and last_whole is not None and last_whole.code \
                    and para_before != last_whole.code and not last_whole.shared_by:
                other_area = True  # its paragraph is about another area than the award before it
            if _first(terms.get("part", ()), near[: near.index("AMOUNT") + 6 + 12]) and (here or last_whole) \
                    and not other_area:
                role = "part"
            elif last_whole is not None and last_whole.shared_by and own_areas & set(last_whole.shared_by) \
                    and not here and not any(_first(terms.get(f, ()), window)
                                             for f in ("match_named", "own_funding", "match_funding")):
                role = "part"  # "Thames Valley will receive £640,000 and Hampshire £460,000" after a joint award
            elif here and here[-1].role == "part" and _LIST_GAP.fullmatch(between):
                role = "part"  # "made up of £A for … plus £B for …", "paid as £A in 2021-22, £B in 2022-23 …"
            elif (_first(terms.get("context", ()), window) and not (
                    amount.pence < _NATIONAL_PENCE and re.search(r"['’]s?\s+(?:share|allocation|award|grant|part)\b", window)
                    and _areas_in(sentence[_clause_of(sentence, start)[0] : start]))) or (
                    amount.pence >= _NATIONAL_PENCE and not any(
                        e <= start <= e + 4 and poss for _, e, _, poss in _areas_in(sentence[:start]))):
                role = "context"  # (no area's award in this genre is £10 million)
            elif _first(terms.get("total", ()), marked[max(0, m_start - 40) : m_start + 6 + 30]) or (
                    len(found) == 1 and _ALL_FUNDERS.search(sentence)):
                role = "total"  # ("Across all funders, our work … was backed by £539,750")
            elif _SEVERAL_AREAS.search(marked[m_start : m_start + 6 + 50]) and not here:
                role = "total"  # with no area (below): a sum over several areas
            elif _first(terms.get("match_named", ()), window):
                role = "match_funding"
            elif here and here[-1].role == "match_funding" and _ELLIPSIS.search(between) \
                    and not _NOT_ELLIPSIS.search(_ELLIPSIS.search(between).group(0)):
                role = "match_funding"  # "the council is adding £A in match funding, and the commissioner £B …"
            elif here and here[-1].role == "match_funding" and re.fullmatch(
                    r"\s+(?:from|by)\s+[^£;.]{1,60}?(?:,\s*|\s+)(?:and|plus|with)\s+", between):
                role = "match_funding"  # "a contribution of £30,000 from X Council and £25,000 from Y Council"
            elif _first(terms.get("top_up", ()), window) and (here or last_whole):
                role = "match_funding"  # added to a grant ("topped this up with £25,000 from her own budget")
            elif _first(terms.get("own_funding", ()), window):
                role = "own_funding"
            elif _first(terms.get("match_funding", ()), window):
                role = "match_funding"
            elif _first(terms.get("further", ()), near[: near.index("AMOUNT") + 6]) and last_whole and not here \
                    and not _NO_AREA.search(sentence[lo:hi]) and not other_area and any(
                        f[2] not in ("", last_whole.funder) and lo <= f[0] < hi for f in funders):
                role = "match_funding"  # "Portsmouth City Council gave us a further £18,000": another funder's money
            elif _first(terms.get("further", ()), near[: near.index("AMOUNT") + 6]) and last_whole and not here \
                    and not _NO_AREA.search(sentence[lo:hi]) and not other_area \
                    and not (many_areas and not own_areas and not para_before and last_whole.line < number - 1):
                role = "part"  # "A further £74,500 will fund …": more of the grant on an earlier line
                # (in a piece about several areas, not across a paragraph that names none: whose it is is unknown)
                # (but "a further £90,000 went to a force …" is another recipient's money)
            elif last_whole is not None and last_whole.role in ("grant", "total") and last_whole.code \
                    and amount.pence < last_whole.amount.pence and not funders and not other_area \
                    and not _NO_AREA.search(sentence[lo:hi]) and not _SEPARATE.search(sentence) \
                    and (not own_areas or own_areas == {last_whole.code}) \
                    and _SPENDING.search(marked[max(lo, m_start - 40) : m_start + 6 + 40]):
                role = "part"  # "Kent has £420,000 … £250,000 will pay for a group programme": how the award is spent
            else:
                role = "grant"
            # funder: nearest in the amount's own stretch of the sentence
            own = [f for f in funders if lo <= f[0] < hi] or (funders if len(found) == 1 else [])
            own = [f for f in own if ";" not in sentence[min(f[1], start) : max(f[0], end)]]  # not across a semicolon
            follows = re.match(r"\s*(?:of\s+|from\s+|by\s+)(?:the\s+)?", sentence[end:hi])
            after_funder = [f for f in own if follows and f[0] == end + follows.end()]
            by_funder = [f for f in own if f[0] >= end and re.search(r"\b(?:by|from)\s+(?:the\s+)?$", sentence[end : f[0]])
                         and not re.search(r"[.;]", sentence[end : f[0]])]
            funder = after_funder[0][2] if after_funder else by_funder[0][2] if by_funder else _nearest(own, start, end)
            if funder == "PCC" and _PASSED_ON.search(sentence) and not _first(terms.get("own_funding", ()), sentence):
                # money passed on by the commissioner's office is the original funder's when the text names one
                origin = [f for f in funders if f[2] in ("Home Office", "Ministry of Justice")]
                funder = origin[0][2] if origin else funder
            if role == "match_funding" and funder in ("Home Office", "Ministry of Justice") and \
                    not _first(terms.get("match_named", ()), window):
                role = "grant"  # "the Home Office is paying £198,000 towards the service": a funder's grant
            subject = re.match(r"\s*(?:\d+(?:\.\d+)*\s+)?((?:[A-Z][\w'’&-]*\s+){1,5}?)(?:will|has|have|is|are|also)\b", sentence[:start])
            if role == "own_funding" and subject and _ORG_WORD.search(subject.group(1)) and not re.search(
                    r"\b(?:Council|Authority|Commissioner|Mayor|Police|Constabulary|Office)\b", subject.group(1)):
                role, funder = "match_funding", "partners"  # a charity putting in its own money beside the grant
            elif role in ("own_funding", "match_funding") and \
                    re.search(r"\b(?:council|authority)\b[^.;]{0,60}\bits own\b", sentence[lo:hi], re.I):
                funder = "local authority"  # "The council will also contribute £35,000 from its own budget"
            elif role == "own_funding":
                funder = "PCC" if funder in ("", "Home Office", "Ministry of Justice", "partners") and \
                    not any(v == "local authority" for _, _, v in own) else funder
            elif role == "match_funding" and not funder:
                funder = "PCC" if re.search(r"\b(?:commissioner|PCC|mayor|his|her)\b", window, re.I) else ""
            elif role == "grant" and own_release and not funder:
                role, funder = "own_funding", "PCC"
            elif role == "total":
                funder = funder if len({f[2] for f in funders}) == 1 else ""  # one funder named: its total
                if any(x.role in ("match_funding", "own_funding") for x in here):
                    funder = ""  # "a further £60,000 from her own budget, bringing the total to £540,000": all funders
            # area
            clause = _clause_of(sentence, start)
            c_areas = _areas_in(sentence[clause[0] : clause[1]])
            s_areas = [a for a in _areas_in(sentence) if a[0] < hi]
            codes = list(dict.fromkeys(a[2] for a in c_areas))
            shared: tuple[str, ...] = ()
            if role != "context" and len(set(a[2] for a in s_areas)) >= 2 and role in ("grant", "total") and \
                    re.search(r"\b(?:joint|jointly|share[sd]?|sharing|between them|together)\b", sentence, re.I):
                code, basis, shared = "", "clause", tuple(sorted(set(a[2] for a in s_areas)))
                # a shared award: a total once its per-area parts are stated, else one grant to both
            elif not codes and not s_areas and role != "context" and _BETWEEN_THEM.search(sentence) and any(
                    x.shared_by for x in drafts[-6:]):
                # "Between them, the two commissioners will add £150,000": the areas of the shared award before
                code, basis, shared = "", "clause", next(x.shared_by for x in reversed(drafts) if x.shared_by)
            elif role == "context" or _NO_AREA.search(sentence[lo:hi]) or \
                    (role == "total" and _SEVERAL_AREAS.search(sentence[start:hi])):
                code, basis = "", "none"
            elif len(codes) == 1:
                code, basis = codes[0], "possessive" if any(a[3] for a in c_areas) else "clause"
            elif len(set(a[2] for a in s_areas)) == 1:
                a0 = s_areas[0]
                code, basis = a0[2], "possessive" if any(a[3] for a in s_areas) else "clause"
            elif section_area and role != "context":
                code, basis = section_area, "clause"  # the section heading above names the area
                by_section.add(code)
            elif line_areas.get(number) and len(line_areas[number]) == 1 and (roundup or not rel.area):
                code, basis = next(iter(line_areas[number])), "clause"  # an earlier sentence of its paragraph
            elif roundup or not rel.area:
                code, basis = "", "none"
            elif many_areas and role != "context" and not (own_release and role in ("own_funding", "match_funding")):
                code, basis = (para_before, "release") if para_before else ("", "none")
            else:
                code, basis = rel.area, "release"
            if role == "grant" and not funder and (code or shared) and not re.search(
                    r"\b(?:commissioner|mayor|PCC|PFCC|council)\b(?:['’]s)?(?:\s+\w+){0,3}\s+(?:has\s+|have\s+|had\s+)?"
                    r"(?:agreed|found|put|given|gave|allocated|committed|pledged|approved)\b", sentence[lo:start], re.I) \
                    and not re.search(r"\b(?:extra|additional)\s+$", sentence[max(lo, start - 12) : start], re.I):
                funder = release_funder  # ("an extra £75,000": more money, whose is not said)  # (not when a commissioner or council is the one giving it: who pays is not said)
            after = [p for p in periods if start <= p[0] < hi]
            before = [p for p in periods if lo <= p[0] < start]
            period = (after[0] if after else before[-1])[2:] if (after or before) else None
            if period is None and periods and (len(found) == 1 or len({p[2:] for p in periods}) == 1):
                period = periods[0][2:]  # "In 2023-24 we spent £A: £B from … and £C from …"
            semi = sentence.rfind(";", 0, start) + 1  # (a period stated before a semicolon is another clause's)
            same = _SAME_PERIOD.search(sentence[max(lo, semi) if k else 0 : hi])
            if period is None and same and last_period is not None:
                period = last_period  # "over the same two years": the span stated before
                if re.search(r"\byears\b", same.group(0), re.I) and last_span is not None:
                    period = last_span  # (the span of years, not the one year stated since)
            if period is None and same and re.search(r"\byears\b", same.group(0), re.I) and release_period \
                    and release_period[0] != release_period[1]:
                period = release_period  # the span of years the release states for its money
            if list_whole is not None and role == "grant" and not other_area:
                role = "part"
            nth = _NTH_YEAR.search(sentence[max(lo, start - 25) : start])
            span = (last_whole.period if last_whole is not None and last_whole.period else last_period or release_period)
            if nth and span and span[0] != span[1] and role in ("grant", "part") and last_whole is not None:
                first = int(span[0][:4]) + parse_count(nth.group("n")) - 1
                if first <= int(span[1][:4]):  # "Year one costs £180,000 and year two £184,000": a per-year part
                    role, period = "part", (_fy_text(first), _fy_text(first))
            per_year = bool(_PER_YEAR.match(sentence, end)) and bool(here) and role != "part"
            if per_year:
                if here[-1].period is None and last_period is not None and last_period[0] != last_period[1]:
                    here[-1].period = last_period  # "topping this up with £60,000": over the span just stated
                role = "part"  # "£60,000 of match funding, £30,000 in each year": one year's share, once per year
            if amount.qualifier in ("exact", "rounded"):  # "£120,000 at most", "£50,000 or more": a bound after the figure
                bound = next((q for p, q in QUALIFIERS_AFTER if p.match(sentence, end)), "")
                if bound:
                    amount = replace(amount, qualifier=bound)
            earlier_figure = bool(_EARLIER_FIGURE.search(sentence[max(lo, start - 30) : start]))
            d = _Draft(_line_at(starts, start), start, as_stated(amount), role, funder, code, basis, period, shared_by=shared,
                       per_year=per_year, bad_year=bool(impossible) or (earlier_figure and period is None))
            d.same = bool(re.search(r"\bthe same\s*$", sentence[max(lo, start - 12) : start], re.I))
            if role == "part":
                whole = here[-1] if here else (list_whole or last_whole)
                while whole is not None and whole.role == "part" and whole.whole is not None:
                    whole = whole.whole
                d.whole, d.part_of = whole, whole.line
                d.funder = d.funder if d.funder and (own or d.funder != release_funder) else whole.funder
                if (not d.code or d.basis == "release" and (whole.code or whole.shared_by)) and not d.shared_by:
                    d.code, d.basis = whole.code, whole.basis  # a part is its whole's area, not the release's
                if whole.shared_by and c_areas:
                    d.code, d.basis = c_areas[0][2], "clause"
            if role == "grant" and not own and any(x.role == "total" and x.amount.pence == d.amount.pence and x.code == d.code
                                                   for x in drafts):
                d.role, d.funder = "total", next(x.funder for x in drafts if x.role == "total" and
                                                 x.amount.pence == d.amount.pence)  # the total stated again
            if role == "grant" and _SEPARATE.search(sentence[lo:hi]):
                earlier = [x for x in drafts + here if x.role == "grant" and x.code == d.code and x.amount != d.amount]
                d.award_number = 1 + len({x.amount.pence for x in earlier})
            here.append(d)
        # "£A on …: £B from the Home Office and £C from our own budget": a breakdown after a colon
        colon = sentence.find(":", here[0].start) if here else -1
        if colon > 0 and len(here) > 1 and all(d.start > colon for d in here[1:]) and here[0].start < colon \
                and here[0].role in ("grant", "own_funding", "total"):
            whole = here[0]
            for d in here[1:]:
                d.role, d.whole, d.part_of = "part", whole, whole.line
            if len({d.funder for d in here[1:]}) > 1:
                whole.role, whole.funder = "total", ""
            for d in here[1:]:
                if not d.funder:
                    d.funder = whole.funder
        # "£402,000 is being split between a group programme (£260,000) and one-to-one work (£142,000)": the
        # figures after a sum said to be split, divided or shared between things are its pieces
        if len(here) > 1 and here[0].role in ("grant", "total", "own_funding", "match_funding") and here[0].whole is None \
                and _SPLIT_BETWEEN.search(sentence[here[0].start : here[1].start]):
            whole = here[0]
            for d in here[1:]:
                if d.role in ("grant", "own_funding", "match_funding") and d.whole is None:
                    d.role, d.whole, d.part_of = "part", whole, whole.line
                    d.funder = d.funder if d.funder and d.funder != release_funder else whole.funder
        # "£A plus £B, £C in all": pieces in the same sentence as the total are its parts
        totals = [d for d in here if d.role == "total"]
        if totals and _IN_ALL.search(sentence):
            for d in here:
                if d.role in ("grant", "match_funding", "own_funding") and d is not totals[0]:
                    d.role, d.whole, d.part_of = "part", totals[0], totals[0].line
        # a list of labelled amounts ("- Group programme: £182,400") closed by "Total: £258,700": its pieces
        if len(here) == 1 and _LABELLED_LINE.match(raw) and _TOTAL_ROW.match(raw):
            total = here[0]
            total.role = "total"
            for d in labelled:
                if d.role in ("grant", "part") and d.whole is None:
                    d.role, d.whole, d.part_of = "part", total, number
                    d.funder = d.funder or total.funder
            labelled = []
        elif len(here) == 1 and _LABELLED_LINE.match(raw) and here[0].role in ("grant", "part"):
            labelled.append(here[0])
        else:
            labelled = []
        line_areas.setdefault(number, set()).update(d.code for d in here if d.code and d.role != "context")
        drafts.extend(here)
        stated = [d.period for d in here if d.period]
        if stated:
            last_period = stated[-1]
            spans_here = [p for p in stated if p[0] != p[1]]
            if spans_here:
                last_span = spans_here[-1]
        wholes = [d for d in here if d.role in ("grant", "total") and d.amount.pence]
        if wholes:
            last_whole = wholes[-1]
    # "Lot 1: Norfolk" and "Lot 2: Suffolk": sections gave amounts to two areas, so an amount under a heading that
    # names neither ("Lot 3: Practitioner training (both counties)") is no area's, not the release's most named
    if len(by_section) >= 2:
        for d in drafts:
            if d.basis == "release":
                d.code, d.basis = "", "none"
    # a field of a notice ("Contract value: £356,420") takes its period from a field beside it in the same block
    # ("Contract period: 24 months, 1 April 2024 to 31 March 2026")
    for d in drafts:
        if d.period is not None or not _LABELLED_LINE.match(rel.line_text(d.line)):
            continue
        for step in (1, -1):
            n = d.line + step
            while rel.line_text(n).strip() and abs(n - d.line) <= 4 and d.period is None:
                field = rel.line_text(n)
                if not MONEY_TOKEN.search(field) and re.match(r"\W*[A-Z][\w ]{1,40}:", field):
                    spans = find_periods(field)[0]
                    if len(spans) == 1:
                        d.period = spans[0][2:]
                n += step
    # "contracts worth a combined £612,400 … in Norfolk, Suffolk and Cambridgeshire", then each area's share in
    # later sentences ("In Suffolk, … £198,500", "Cambridgeshire's share is £126,000"): a total over those areas
    # (no one area's) and its per-area parts, checked against it
    for i, d in enumerate(drafts):
        if d.role not in ("total", "grant") or d.whole is not None or d.per_year or d.shared_by and d.role == "total":
            continue
        named = {a[2] for a in _areas_in(rel.line_text(d.line))}
        if len(named) < 2:
            continue
        pieces: list[_Draft] = []
        for x in drafts[i + 1:]:
            if x.line == d.line or x.role in ("own_funding", "match_funding", "context"):
                continue
            if x.role != "grant" or x.whole is not None or x.code not in named or x.basis == "release" \
                    or x.code in {y.code for y in pieces} or x.amount.pence >= d.amount.pence:
                break
            pieces.append(x)
        got = sum(x.amount.pence for x in pieces)
        if len(pieces) >= 2 and (d.amount.allows(got) or abs(got - d.amount.pence) <= 0.1 * d.amount.pence):
            d.role, d.code, d.basis, d.shared_by = "total", "", "none", tuple(sorted(named))
            for x in pieces:
                x.role, x.whole, x.part_of = "part", d, d.line
    # "Mr Rowlands-Pryce has also put £38,500 of his own budget …": the area of the commissioner named in full
    # before ("Gwent's Police and Crime Commissioner, Dafydd Rowlands-Pryce"), not the release's
    for d in drafts:
        if d.basis != "release":
            continue
        text = next((s for n, s in rel.sentences if n == d.line and d.amount.text in s), "")
        m = re.search(r"\b(?:Mr|Ms|Mrs|Miss|Dr)\.? ([A-Z][\w'’-]+)", text[: text.find(d.amount.text)])
        if not m:
            continue
        for n, earlier in rel.sentences:
            if n >= d.line:
                break
            if re.search(r"\b[A-Z][a-z]+ " + re.escape(m.group(1)) + r"\b", earlier):
                named = {a[2] for a in _areas_in(earlier)}
                if len(named) == 1:
                    d.code, d.basis = named.pop(), "clause"
                break
    for k, d in enumerate(drafts):  # "the additional £32,000 from my own budget": the same sum again, same year
        same = [x for x in drafts[:k] if x.amount.pence == d.amount.pence and x.role == d.role and x.code == d.code
                and x.period]
        if d.period is None and same and d.role in ("own_funding", "match_funding", "grant"):
            d.period = same[-1].period
        again_stated = [x for x in drafts[:k] if x.amount.pence == d.amount.pence and x.period and x.role == "grant"]
        if d.period is None and d.role == "total" and again_stated:
            d.period = again_stated[-1].period  # a table's total that is the award stated before in prose
        again = [x for x in drafts[:k] if x.amount.pence == d.amount.pence and x.role == d.role and x.funder]
        if getattr(d, "same", False) and again:
            d.funder = again[-1].funder  # "the same £40,000 in match funding": the funder stated for it before
        if d.role == "grant" and not d.funder and d.code:  # "The £262,500 grant": the area's grant stated before
            near = [x for x in drafts[:k] if x.role == "grant" and x.code == d.code and x.funder
                    and abs(x.amount.pence - d.amount.pence) <= 0.25 * max(x.amount.pence, d.amount.pence)]
            if len({x.funder for x in near}) == 1:
                d.funder = near[-1].funder
    for d in drafts:  # a shared award with per-area parts is their total
        if d.shared_by and d.role == "grant" and any(x.whole is d and x.code in d.shared_by for x in drafts):
            d.role = "total"
    # a whole with no period spans its parts' years; a total's funder is its parts' one funder
    for d in drafts:
        mine = [x for x in drafts if x.whole is d]
        dated = [x for x in mine if x.period]
        if d.period is None and mine and (len(dated) == len(mine) or len(dated) >= 2):
            # (pieces stated with a period of their own, and the same sum by funder with none)
            d.period = (min(x.period[0] for x in dated), max(x.period[1] for x in dated))
        if d.role == "total" and not d.funder and mine:
            if len({x.funder for x in mine}) == 1:
                d.funder = mine[0].funder
        if own_release and not d.funder and not getattr(d, "across", False):
            d.funder = "PCC"
    # period: a part with no year of its own shares its whole's; otherwise the release's span
    for d in drafts:
        if d.period is None and d.whole is not None and d.whole.period is not None and d.role == "part":
            d.period = d.whole.period
        if d.period is None and release_period and d.role in ("grant", "part", "total") and (d.code or d.shared_by) \
                and not d.bad_year:
            d.period = release_period
        elif d.period is None and release_period and release_period[0] == release_period[1] and \
                d.role == "match_funding" and d.code and not roundup:
            d.period = release_period  # match funding goes with the release's one year of grant
    for d in drafts:  # a total over several areas' rows spans its rows' years
        mine = [x for x in drafts if x.whole is d]
        if d.period is None and mine and all(x.period for x in mine):
            d.period = (min(x.period[0] for x in mine), max(x.period[1] for x in mine))
    # a per-year share: once for each year of its whole's span (the whole takes the release's span if it has none)
    expanded: list[_Draft] = []
    for d in drafts:
        whole = d.whole
        if d.per_year and whole is not None:
            if whole.period is None and release_period and release_period[0] != release_period[1]:
                whole.period = release_period
            span = whole.period
            if span and span[0] != span[1]:
                first, last = int(span[0][:4]), int(span[1][:4])
                expanded.extend(replace(d, period=(_fy_text(y), _fy_text(y))) for y in range(first, last + 1))
                continue
        expanded.append(d)
    drafts = expanded
    # a figure in quoted speech that restates one stated outside quotes ("We are putting £48,000 into …," she said)
    # is not a second statement
    quoted = []
    for d in drafts:
        text = next((t for n, t in rel.sentences if n == d.line and d.amount.text in t), "")
        at = text.find(d.amount.text)
        if at >= 0 and any(a <= at < b for a, b in _quoted_spans(text)) and any(
                x is not d and x.amount.pence == d.amount.pence and x.line != d.line for x in drafts):
            quoted.append(d)
    gone = {id(d) for d in quoted}
    drafts = [d for d in drafts if id(d) not in gone and (d.whole is None or id(d.whole) not in gone)]
    awards = []
    for d in drafts:
        start_year, end_year = d.period if d.period else ("", "")
        if start_year:
            rnd, rnd_basis = start_year, "sentence"
        elif pub_round and not d.bad_year:
            rnd, rnd_basis = pub_round, "publication_date"
        else:
            rnd, rnd_basis = "", "none"
        awards.append(LocalAward(
            source_id, d.line, d.code, d.basis, rnd, rnd_basis, d.funder, "sentence" if d.funder else "none",
            d.role, d.amount, start_year, end_year, d.part_of, d.shared_by, d.award_number,
        ))
    return tuple(awards), tuple(diagnostics)


def _check_tokens(sentence, found, hazards, source_id, starts, diagnostics):
    """Amounts whose token is read whole; a diagnostic for each other money-looking token."""
    by_start = {s: (s, s + len(sentence[s:e].rstrip()), a) for s, e, a in found}
    good = []
    for m in MONEY_TOKEN.finditer(sentence):
        if any(h.start <= m.start() < h.end for h in hazards):
            continue
        token = m.group(0).rstrip(".,;:")
        if not re.search(r"\d", token):
            continue  # "£s", "the £ sign": a currency word, not a figure
        hit = by_start.get(m.start())
        if hit and hit[1] >= m.start() + len(token):
            good.append(hit)
            continue
        diagnostics.append(
            Diagnostic(source_id, _line_at(starts, m.start()), "malformed_amount", token,
                       "an amount such as £200,000, £1.2m or £240k"))
    return good


def _table_drafts(rel, number, raw, header, found, terms, release_funder, periods) -> list[_Draft]:
    """The amounts of one table row: area from the row, funder and year from the column or the row.

    A column headed by a year gives its cell that year; in a row that also has a
    column headed "total", the year cells are parts of the row's total (a per-year
    split).  The row's label (its first cell) says whose money it is ("PCC match
    funding", "Peterborough City Council") before the column heading does.
    """
    cells = _cells(raw)
    out = []
    row_text = " ".join(cells)
    row_areas = list(dict.fromkeys(c for _, _, c in find_areas(row_text)))
    label_areas = list(dict.fromkeys(c for _, _, c in find_areas(cells[0]))) if cells else []
    if len(label_areas) == 1:
        row_areas = label_areas  # the row's label names its area ("Lincolnshire | Fenland Futures | £0")
    row_periods = find_periods(row_text)[0]
    label = cells[0] if cells and not MONEY_TOKEN.search(cells[0]) else ""
    named = sorted((m.start(), v) for v, p in terms.get("funder", ()) for m in [p.search(label)] if m)
    label_funder = named[0][1] if named else _first(terms.get("table_funder", ()), label)  # the first named pays
    label_match = bool(_first(terms.get("match_funding", ()), label) or _first(terms.get("match_named", ()), label)
                       or re.search(r"\badded to\b|\btop(?:s|ped|ping)? up\b", label, re.I))
    money_cells = [k for k, c in enumerate(cells) if MONEY_TOKEN.search(c)]
    # a column headed "Funder" ("| Group programme | Home Office | £150,000 |") names the row's funder
    funder_col = next((k for k, h in enumerate(header) if re.search(r"\bfunder\b|\bfunded by\b|\bsource\b", h, re.I)), None)
    if funder_col is not None and funder_col < len(cells) and not MONEY_TOKEN.search(cells[funder_col]):
        named_col = sorted((m.start(), v) for v, p in terms.get("funder", ()) for m in [p.search(cells[funder_col])] if m)
        label_funder = named_col[0][1] if named_col else _first(terms.get("table_funder", ()), cells[funder_col]) \
            or label_funder
    for i, (start, end, amount) in enumerate(found):
        # which cell: the i-th figure is in the i-th cell holding money ("£30,000 | £30,000" are two cells);
        # pipes counted from the left, aligned columns from the right (a label may be blank)
        k = money_cells[i] if len(money_cells) == len(found) else next(
            (k for k in money_cells if amount.text in cells[k]), None)
        col = None if k is None else k if "|" in raw else k - len(cells)
        head = ""
        if header and col is not None and -len(header) <= col < len(header):
            head = header[col]
        col_funder = _first(terms.get("funder", ()), head) or _first(terms.get("table_funder", ()), head)
        funder = label_funder or col_funder or release_funder
        role = "match_funding" if label_match or _first(terms.get("match_funding", ()), head) or \
            label_funder in ("local authority", "partners") else "grant"  # a council's line beside a grant
        if role == "match_funding" and not (label_funder or col_funder):
            funder = ""
        if len(row_areas) == 1:
            code, basis = row_areas[0], "table_row"
        elif rel.area and not row_areas:
            code, basis = rel.area, "release"
        else:
            code, basis = "", "none"
        head_periods = find_periods(head)[0]
        period = ((head_periods[0][2], head_periods[0][3]) if head_periods else
                  (row_periods[0][2], row_periods[0][3]) if row_periods else None)
        d = _Draft(number, col if col is not None else start, as_stated(amount), role, funder, code, basis, period)
        d.head_total, d.head_year = bool(re.search(r"\btotal\b", head, re.I)), bool(head_periods)
        d.row_funder = bool(label_funder or col_funder)  # the funder printed in the row or its column
        out.append(d)
    totals = [d for d in out if d.head_total]
    if len(totals) == 1 and len({d.funder for d in out if not d.head_total and d.row_funder}) >= 2:
        totals[0].funder = ""  # "| Year | Home Office | Commissioner's budget | Total |": the total is across funders
        totals[0].across = True
    if len(totals) == 1 and any(d.head_year for d in out):
        whole = totals[0]
        for d in out:
            if d is not whole and d.head_year:
                d.role, d.whole, d.part_of = "part", whole, number
        years = [d.period for d in out if d.whole is whole and d.period]
        if whole.period is None and years:
            whole.period = (min(y[0] for y in years), max(y[1] for y in years))
    return out


# --------------------------------------------------------------------------- programme components

_ITEM_BREAK = re.compile(r"(?:[,;]\s+(?:and\s+|with\s+)?|\s+(?:and|alongside|as well as|plus)\s+)(?=(?:for\s+)?an?\s|£)|"
                         r",\s+and\s+(?=for\s)|"
                         r"[,;]\s+and\s+(?=(?-i:[A-Z]))", re.I)
_NOT_FOR = re.compile(r"\b(?:unsuitable|not suitable|not eligible) for (?:the )?(?:[\w-]+ ){0,2}(?:group|programme|course)\w*", re.I)


def _items(sentence: str) -> list[str]:
    """A sentence listing components inline ("a 24-week …, a monthly … and a …") split into items."""
    parts, start = [], 0
    for m in _ITEM_BREAK.finditer(sentence):
        parts.append(sentence[start : m.start()])
        start = m.end()
    parts.append(sentence[start:])
    return [p.strip() for p in parts if p.strip()]


def _kinds(item: str, kinds, weak) -> list[str]:
    """Every component an item names, in order of first mention.  A programme described only by
    whom it is for (``weak``: "a group programme for women who use violence") counts as a
    behaviour change programme only when the item names no other kind."""
    found: dict[str, int] = {}
    for value, pattern in kinds:
        m = pattern.search(item)
        if m:
            found.setdefault(value, m.start())
    if not found:
        for value, pattern in weak:
            m = pattern.search(item)
            if m:
                found.setdefault(value, m.start())
    return sorted(found, key=found.get)


_AGES = re.compile(r"\baged (?P<a>\d{1,2})\s*(?:to|-|–)\s*(?P<b>\d{1,2})\b|\b(?P<c>\d{1,2}) (?:to|-|–|and) (?P<d>\d{1,2})[- ]year[- ]olds\b|"
                   r"\(ages? (?P<e>\d{1,2})\s*[-–]\s*(?P<f>\d{1,2})\)", re.I)
_PROGRAMME_NAME = re.compile(r"(?:\*\*)?\b(?:[Tt]he )?(?P<name>(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) (?:group |behaviour change )?(?:course|programme|model)\b")
#: "The programme, called Turning Tides, …": a name given after the noun
_CALLED = re.compile(r"\b(?:programme|course|service|scheme),? (?:called|known as|named|branded) (?:the )?['‘\"“]?"
                     r"(?P<name>(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)")
#: "Changing Ways is a behaviour change programme …", "Homeward Steps works with …": a name as the sentence's subject
_SUBJECT_NAME = re.compile(r"^\W*(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\W*(?: (?:is|was) (?:an?|our|the|its|their) "
                           r"(?:[\w-]+ ){0,3}(?:programme|course|service|scheme|project)\b|, (?:our|the|its|their|a|an) "
                           r"(?:[\w-]+ ){0,3}(?:programme|course|service|scheme|project)\b| works with\b)")
_ORG_NAME = re.compile(r"(?:[A-Z][\w'’]*\s+){1,4}(?:Women's|Men's|Project|Advocacy|Aid|Refuge|Centre|Change|Partnership|Trust|CIC|Clinic|Respect|Futures|First|Works|Service|Services|Network|Link)\b(?:\s+(?:Aid|Centre|Refuge|Project|Service|CIC))*")
_PERPETRATOR_KINDS = {"behaviour_change_programme", "group_programme", "one_to_one", "stalking_intervention",
                      "case_management", "child_adolescent_to_parent", "high_harm", "named_programme"}
_NOT_PROGRAMME_NAMES = {"Change", "Group", "Behaviour", "The", "This", "Each", "Our", "Their", "Perpetrator", "A", "One",
                        "Programme", "Course", "New", "Women's", "Men's", "Adult", "Domestic", "Abuse"}


def _generic_name(name: str) -> bool:
    """"Behaviour Change", "The", "Group": words any programme is called by, not a brand ("Change Up" is one)."""
    words = name.split()
    return words[0] in ("The", "This", "Each", "Our", "Their", "A", "One", "New") or all(
        w in _NOT_PROGRAMME_NAMES for w in words)


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted speech in a line: between paired straight or curly double quotes."""
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
def _html_heading_lines(text: str) -> frozenset[int]:
    """Source lines of an HTML page's headings (``h1`` … ``h6``), like a markdown ``#`` line."""
    from lxml import etree, html

    try:
        root = html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return frozenset()
    return frozenset(el.sourceline for el in root.iter("h1", "h2", "h3", "h4", "h5", "h6") if el.sourceline)


def _heading_lines(rel: PreparedRelease) -> set[int]:
    """Headlines, titles, headings and subject lines: not descriptions of what is delivered.
    Every line before the first that ends a sentence is a headline, a dateline or a title."""
    out = set()
    for _, sentence, starts in _logical(rel):
        t = sentence.strip().rstrip("*").rstrip()
        if t.endswith((".", "!", "?", ":", '"', "”")) or re.search(r"[a-z]{2}[.!?]\s+[A-Z]", t):
            break  # (a hard-wrapped paragraph: a sentence ends inside the line)
        if re.match(r"\s*[-•*]\s+\S.*£", rel.line_text(starts[0][1])):
            break  # a list item stating money ("- Home Office grant for 2023-24: £250,400") is content, not a title
        if t:
            out.update(n for _, n in starts)
    for l in rel.lines:
        t = l.text.strip()
        if re.match(r"#{1,6}\s|(?:\*\*)?(?:Subject|Title|Re)\s*:|(?:\*\*)?Decision maker|"
                    r"(?:\*\*)?(?:Agenda )?(?:Item|Minute)\s+\d+[a-z]?\s*[.:]", t, re.I):
            out.add(l.number)
        elif len(re.findall(r"\b[A-Z]{2,}\b", t)) >= 3 and not re.search(r"[a-z]", t) and not MONEY_TOKEN.search(t):
            out.add(l.number)  # a heading in capitals ("A NEW COURSE FOR MEN WHO ABUSE")
    return out


# a clause break; not before a participle that goes on describing the same service ("…, pairing case management with …")
_SEGMENT_BREAK = re.compile(r"(?:[,;]\s+(?:(?:and|with|while|but)\s+)?|\s+(?:and|while|but|plus)\s+)"
                            r"(?!\w+ing\b|(?:delivered|run|led|provided|offered|held|based|women|men|fathers|ex-partners)\b|"
                            r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|sixteen|twenty|"
                            r"thirty)\b)",  # "between six and twenty sessions": one range, not two clauses
                            re.I)  # "for men and women": one group of people, not a new clause
#: a clause attached to the component before it (not a new subject): its people are that component's
_ATTACHED = re.compile(r"\s*[,;]?\s*(?:with|in which|where|whereby|including|through which)\b", re.I)
#: "with about 30 men on the caseload at any one time": how many, not whom the service is for
_CASELOAD = re.compile(r"\b(?:about |up to |around |some )?\d+ (?:men|women|people|fathers) (?:on (?:the|its|a|their) caseload|"
                       r"at any (?:one )?time|at a time)\b", re.I)
_SPECIFIC_KINDS = ("stalking_intervention", "high_harm", "child_adolescent_to_parent")


def _without_generic(kinds: list[str], spans: dict[str, tuple[int, int]]) -> list[str]:
    """A generic programme word inside a more specific kind's phrase ("stalking perpetrator
    intervention") is that kind, not also a behaviour change programme."""
    if "behaviour_change_programme" not in kinds:
        return kinds
    a, b = spans["behaviour_change_programme"]
    if any(k in kinds and spans[k][0] < b and a < spans[k][1] for k in _SPECIFIC_KINDS):
        return [k for k in kinds if k != "behaviour_change_programme"]
    return kinds


def _segments(item: str, spans: list[tuple[int, int]]) -> list[str]:
    """The stretch of an item that describes each of its components (spans in order of mention):
    a duration or cohort belongs to the component in its own clause ("a 30-week course for men,
    and caseworkers …": the caseworkers are not 30 weeks long).  Components named in one clause
    share it ("a 24-week behaviour change group course")."""
    if not spans:
        return []
    cuts = []
    for (_, end), (nxt, _) in zip(spans, spans[1:]):
        if re.fullmatch(r"\s*(?:,|and|or|&|/)?\s*(?:and|or)?\s*", item[end:nxt]):
            cuts.append(None)  # "one-to-one and group work": two kinds named together share their clause
            continue
        breaks = [m.start() for m in _SEGMENT_BREAK.finditer(item, end, max(nxt, end))]
        cuts.append(breaks[-1] if breaks else None)
    bounds, lo = [], 0
    groups: list[list[int]] = [[0]]
    for i, cut in enumerate(cuts, start=1):
        if cut is None:
            groups[-1].append(i)
        else:
            bounds.append((lo, cut))
            lo = cut
            groups.append([i])
    bounds.append((lo, len(item)))
    out = [""] * len(spans)
    for (a, b), members in zip(bounds, groups):
        for i in members:
            out[i] = item[a:b]
    return out


def extract_components(text, source_id: str = "<text>") -> tuple[ProgrammeComponent, ...]:
    """Programme components a release describes: one record per line and component, with duration,
    cohorts and ages (``local_component_terms.csv``).

    Fund titles and Acts are blanked out first (they are not components);
    headlines and headings are not counted; a component named inside quoted
    speech is kept with ``in_quote`` set, never as the only evidence.
    """
    terms = _terms("local_component_terms.csv")
    rel = prepare(text, source_id)
    source_id, area = rel.source_id, rel.area
    headings = _heading_lines(rel)
    raw = {}
    for l in rel.lines:
        raw.setdefault(l.number, []).append(l.text.replace("**", ""))
    out: dict[tuple[int, str], ProgrammeComponent] = {}
    for number, sentence, starts in _logical(rel):
        if number in headings or _first(terms.get("narrative", ()), sentence):
            continue
        line_text = next((t for t in raw.get(number, ()) if sentence[:20] in t), "")
        offset = max(line_text.find(sentence[:20]), 0)
        quotes = [(a - offset, b - offset) for a, b in _quoted_spans(line_text)]
        if len(starts) > 1:
            quotes = _quoted_spans(sentence)  # a sentence wrapped across lines: its own quotes
        blockquote = line_text.lstrip().startswith(">")
        clean = sentence
        for _, pattern in terms.get("title", ()):
            clean = pattern.sub(lambda m: " " * len(m.group(0)), clean)
        provision = "existing" if _first(terms.get("provision", ()), sentence) else "new"
        pos = 0
        for item in _items(clean):
            start = clean.find(item, pos)
            pos = max(start, 0) + len(item)
            item = _ORG_NAME.sub(lambda m: " " * len(m.group(0)), item)  # "Tame Valley Advocacy" names no component
            unsuitable = _NOT_FOR.search(item)
            item = _NOT_FOR.sub(lambda m: " " * len(m.group(0)), item)  # "unsuitable for the group programme"
            kinds = _kinds(item, terms.get("kind", ()), terms.get("weak", ()))
            if kinds and MONEY_TOKEN.search(sentence) and not _kinds(item, terms.get("kind", ()), ()) and all(
                    not re.search(r"\b(?:programmes?|courses?|schemes?|groups?)\b", m.group(0), re.I) and
                    re.search(r"\b(?:to (?:run|deliver|provide|fund|support|pay for|expand|extend|continue|develop|start|grow)"
                              r"|(?:our|its|their) work)\W+(?:\w+\W+){0,2}$|"
                              r"\b(?:our|its|their)\s+$",
                              item[: m.start()])
                    for _, p in terms.get("weak", ()) for m in [p.search(item)] if m):
                continue  # "granted £386,200 … to run services for people who use abuse": money's purpose, not a service
            spans = {kind: next((p.search(item).span() for v, p in terms.get("kind", ()) + terms.get("weak", ())
                                 if v == kind and p.search(item)), (0, 0)) for kind in kinds}
            kinds = _without_generic(kinds, spans)
            segments = _segments(item, [spans[k] for k in kinds])
            previous_cohorts: set[str] = set()
            for kind, segment in zip(kinds, segments):
                at = start + spans[kind][0]
                in_quote = blockquote or any(a <= at < b for a, b in quotes)
                duration = parse_duration(segment)
                if duration is None:  # "will have 20 one-to-one sessions": the count just before the kind's words
                    a, b = spans[kind]
                    near = re.match(r".*?(\b[\w-]+\s+)$", item[max(0, a - 16) : a]) if a else None
                    if near and re.match(r"\s*sessions?\b", item[b : b + 12]) or near and item[a:b].endswith("sessions"):
                        duration = parse_duration(near.group(1) + item[a : b + 12])
                ages = _AGES.search(segment) or (_AGES.search(item) if kind == "child_adolescent_to_parent" else None)
                # (a child-to-parent programme's ages may come before the words that name it: "works with 11 to 17
                # year olds who are violent towards a parent")
                cohorts = set(_all(terms.get("cohort", ()), _CASELOAD.sub(" ", segment)))
                if ages:
                    cohorts.add("young_people")
                if unsuitable and "group" in unsuitable.group(0).lower():
                    cohorts.add("unsuitable_for_group")
                if not cohorts and previous_cohorts and _ATTACHED.match(segment):
                    cohorts = set(previous_cohorts)  # "…for men, with one-to-one work for those not ready": the same men
                if kind not in _PERPETRATOR_KINDS:
                    cohorts, ages = set(), None  # who partner support or training is for is not a perpetrator cohort
                else:
                    previous_cohorts = cohorts
                record = ProgrammeComponent(
                    source_id=source_id, source_line=_line_at(starts, at), pfa_code=area, component=kind,
                    duration_value=duration.value if duration else None,
                    duration_unit=duration.unit if duration else "",
                    duration_qualifier=duration.qualifier if duration else "",
                    cadence=_first(terms.get("cadence", ()), item),
                    cohorts=tuple(sorted(cohorts)),
                    delivery_modes=_all(terms.get("mode", ()), item) if kind == "behaviour_change_programme" else (),
                    provision=provision,
                    duration_min=duration.minimum if duration else None,
                    age_min=int(next(g for g in ages.groups() if g)) if ages else None,
                    age_max=int([g for g in ages.groups() if g][1]) if ages else None,
                    programme_name="",
                    in_quote=in_quote,
                )
                key = (_line_at(starts, at), kind)
                if key not in out or (out[key].in_quote and not in_quote):
                    out[key] = record
                elif out[key].in_quote == in_quote:  # one fact per line and kind: its items' cohorts together
                    prev = out[key]
                    out[key] = replace(prev, cohorts=tuple(sorted(set(prev.cohorts) | set(record.cohorts))),
                                       duration_value=prev.duration_value if prev.duration_value is not None
                                       else record.duration_value,
                                       duration_unit=prev.duration_unit or record.duration_unit,
                                       duration_min=prev.duration_min if prev.duration_value is not None
                                       else record.duration_min,
                                       age_min=prev.age_min if prev.age_min is not None else record.age_min,
                                       age_max=prev.age_max if prev.age_max is not None else record.age_max)
            # a behaviour change course and its groups named in one item are one service: what one clause says of its
            # length or its people holds for both ("X, our behaviour change course for men, runs for 24 weeks in groups")
            for one_service in (("behaviour_change_programme", "group_programme"),):
              pair = [(number_, k) for number_, k in out if k in one_service
                      and any(k == kind for kind in kinds) and number_ in {n for _, n in starts}]
              if len(pair) == 2 and len({n for n, _ in pair}) == 1:
                a_, b_ = out[pair[0]], out[pair[1]]
                for key_, this, other in ((pair[0], a_, b_), (pair[1], b_, a_)):
                    if this.in_quote or other.in_quote:
                        continue
                    out[key_] = replace(this, duration_value=this.duration_value if this.duration_value is not None
                                        else other.duration_value, duration_unit=this.duration_unit or other.duration_unit,
                                        duration_min=this.duration_min if this.duration_value is not None else other.duration_min,
                                        cohorts=tuple(sorted(set(this.cohorts) | set(other.cohorts)))
                                        if one_service[0] == "high_harm" else this.cohorts or other.cohorts)
            name = _PROGRAMME_NAME.search(item)  # the first "X programme", else a name after "called"
            if name is None or _generic_name(name.group("name")):
                name = _CALLED.search(item) or name
            if name is None or _generic_name(name.group("name")):
                subject = _SUBJECT_NAME.search(item)
                if subject and not _ORG_NAME.fullmatch(subject.group("name")):
                    name = subject
            at = start + (name.start() if name else 0)
            name_text = name.group("name") if name else ""
            if name and not _generic_name(name_text) and not find_areas(name_text) \
                    and not (blockquote or any(a <= at < b for a, b in quotes)):
                whole = parse_duration(clean)
                named_ages = _AGES.search(item)
                out.setdefault((_line_at(starts, at), "named_programme"), ProgrammeComponent(
                    source_id=source_id, source_line=_line_at(starts, at), pfa_code=area, component="named_programme",
                    duration_value=whole.value if whole else None, duration_unit=whole.unit if whole else "",
                    duration_qualifier=whole.qualifier if whole else "", cadence=_first(terms.get("cadence", ()), clean),
                    cohorts=tuple(sorted(set(_all(terms.get("cohort", ()), _ORG_NAME.sub(" ", clean))))),
                    delivery_modes=(), provision=provision, duration_min=whole.minimum if whole else None,
                    programme_name=name_text,
                    age_min=int([g for g in named_ages.groups() if g][0]) if named_ages else None,
                    age_max=int([g for g in named_ages.groups() if g][1]) if named_ages else None))
    return tuple(sorted(out.values(), key=lambda c: (c.source_line, c.component)))


# --------------------------------------------------------------------------- outcomes

_QUALIFIER_WORDS = (
    r"(?:(?P<qual>(?:no|not) (?:more|fewer|less) than|more than|over|at least|nearly|almost|about|around|approximately|"
    r"up to|less than|under|fewer than)\s+)?"
)
_VALUE_QUALIFIER = {
    "more than": "more_than", "over": "more_than", "at least": "at_least", "nearly": "about",
    "almost": "about", "about": "about", "around": "about", "approximately": "about", "up to": "up_to",
    "less than": "less_than", "under": "less_than", "fewer than": "less_than",
    "no more than": "up_to", "not more than": "up_to", "no fewer than": "at_least", "not fewer than": "at_least",
    "no less than": "at_least", "not less than": "at_least",
}
_PERIOD_RANGE = re.compile(
    r"\b(?P<period>(?:" + "|".join(_MONTHS) + r")(?:\s+\d{4})?\s+(?:to|-|–)\s+(?:" + "|".join(_MONTHS) + r")\s+\d{4})\b",
    re.I,
)
_WORD_SHARES = {"three quarters": 75.0, "two thirds": 67.0, "half": 50.0, "a quarter": 25.0, "a third": 33.0}
_FIGURE = re.compile(
    _QUALIFIER_WORDS + r"(?<![\w£$/.,-])(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w/]|\.\d|,\d)"
    r"(?P<pct>\s*(?:%|per\s?cent\b))?|(?<!first )(?<!second )(?<!the )(?P<share>\b(?:three quarters|two thirds|half|a quarter|a third))"
    r"(?=\s+of\b(?!\s+(?:the\s+|this\s+|that\s+|each\s+)?(?:year|period|quarter|month|week|20\d\d)\b))",
    re.I,
)
#: what follows a number that is not an outcome: a length, an age, a time, a date, a money unit
_NOT_A_COUNT_AFTER = re.compile(
    r"^(?:[\s-]*(?:weeks?|months?|years?|sessions?|days?|hours?|minutes?|working days|year[- ]olds?|per cent|k\b|m\b|"
    r"groups?|courses?|cohorts?|"
    r"million|st|nd|rd|th)\b|\s*(?:to|-|–|or|and)\s*\d+\s*(?:[\w-]+\s+){0,2}?(?:years?|year[- ]olds|weeks?|months?|sessions?)\b|"
    r"[\s-]*(?:one-to-one|weekly|fortnightly|monthly|group|individual|hour-long)[\s-]+(?:sessions?|weeks?|meetings?)\b|"
    r"[^.;]{0,60}\bat (?:any (?:one )?time|a time|once)\b|\s+(?:" + "|".join(_MONTHS) + r")\b|"
    r"\s*\)|:\d)", re.I)
_NOT_A_COUNT_BEFORE = re.compile(
    r"\b(?:capacity (?:for|of)|places for|room for)\s+$|(?:\baged|\bages?|\btop|\bno\.?|\bnumber|\bline|\bstep|\bsection|\bround|\bphase|\bpage|\bparagraph|"
    r"(?:" + "|".join(_MONTHS) + r"))\s+$|[(£/]\s*$|\b(?:aged|ages?)\s+\d{1,2}\s*(?:to|-|–|and)\s*$", re.I)
_FUTURE = re.compile(r"\b(?:will|expects?|expected|aims?|aiming|target(?:s|ed)?|hoped?|anticipated|planned|forecast|projected|"
                     r"want(?:s|ed)? to see|would like to see|next year|plans? to|intends? to|is due to|are due to|"
                     r"to take part|is to|are to|should|to (?:train|reach|support|help|work with)|training for)\b", re.I)
_PAST = re.compile(r"\b(?:were|was|had|has|have|finished|completed|started|received|contacted|accepted|came|fell|rose|"
                   r"said|felt|reported|showed|stayed|achieved|saw|worked|took part|supported|helped|referred|"
                   r"screened|ended|dropped|went|says?|tells?|reports?|trained|reached|attended|answered|handled|"
                   r"delivered|made|took)\b", re.I)
_X_OF_Y = re.compile(r"\b(?P<x>\d[\d,]*)\s+(?:out\s+)?of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?(?P<y>\d[\d,]*)\b(?!\s*(?:%|per\s?cent))")
#: "31 out of a total of 45 men", "31 of the first group of 45 men": the base a few words after "of"
_X_OF_LATER_Y = re.compile(r"\b(?P<x>\d[\d,]*)\s+(?:out\s+)?of\s+(?:(?!aged\b|ages?\b|under\b|over\b|within\b|after\b)[a-z][\w'’-]*\s+){1,6}?"
                           r"(?P<y>\d[\d,]*)\b(?!\s*(?:%|per\s?cent|-|–|to\s+\d|or\s+\d|and\s+\d|weeks?\b|months?\b|years?\b|sessions?\b|days?\b|year))")
#: "31 of those who joined - 45 men in all -", "31 of the men who started, 45 in total,": the base stated as a total after
_X_OF_Y_IN_ALL = re.compile(r"\b(?P<x>\d[\d,]*)\s+(?:out\s+)?of\s+(?:the|those|these|them)\b[^.;\d£]{0,50}?(?:,|\s[-–—(])\s*"
                            r"(?:all\s+)?(?P<y>\d[\d,]*)\b(?:\s+[a-z]+)?\s+(?:in all|in total|altogether|all told)\b")
#: "31 men, of 45 who started, finished": the base in an aside after the count
_X_COMMA_OF_Y = re.compile(r"\b(?P<x>\d[\d,]*)\s+(?:[a-z]+\s+){0,4}?[a-z]+,\s+(?:out\s+)?of\s+(?:the\s+)?(?P<y>\d[\d,]*)\b"
                           r"(?!\s*(?:%|per\s?cent))(?=\s+(?:who|that|which|men|women|people|referred|referrals|started|began))")
_OF_Y_X = re.compile(r"\b[Oo]f\s+(?:the\s+|these\s+|those\s+|its\s+|last\s+year's\s+)?(?P<y>\d[\d,]*)\b(?!\s*(?:%|per\s?cent))[^,;.]{0,60},\s*(?P<x>\d[\d,]*)\b(?!\s*(?:%|per\s?cent))")
#: "57 per cent of the 70 men who started": the percentage has the count it is a share of as its base
_PCT_OF_Y = re.compile(r"\b(?P<x>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s?cent)\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?(?P<y>\d[\d,]*)\b(?!\s*(?:%|per\s?cent))", re.I)
_Y_X_OF_WHICH = re.compile(r"\b(?P<y>\d{1,3}(?:,\d{3})+|\d+)\b[^,;.\d]{0,40},\s*(?P<x>\d{1,3}(?:,\d{3})+|\d+)\s+of\s+(?:whom|which)\b")
_Y_OF_WHOM_X = re.compile(r"\b(?P<y>\d[\d,]*)\b[^,;.\d]{0,40},\s*of\s+(?:whom|which|these|them|those)\s+(?P<x>\d[\d,]*)\b")
#: "44 men started the programme and 29 completed it", "expected 75 men to start … and 50 of them to complete"
_SHARE_OF_Y = re.compile(r"\b(?P<share>three quarters|two thirds|half|a quarter|a third)\s+of\s+(?:the\s+|these\s+|those\s+)?"
                         r"(?P<y>\d{1,3}(?:,\d{3})+|\d+)\b", re.I)
_X_OF_THOSE = re.compile(r"\b(?P<x>\d{1,3}(?:,\d{3})+|\d+)\s+of\s+(?:those|these|them)\b", re.I)
_Y_THEN_X = re.compile(r"(?<![-–/])\b(?P<y>\d{1,3}(?:,\d{3})+|\d+)\s+(?:[\w-]+\s+){0,3}?(?:started|began|joined|were referred|were assessed|enrolled|"
                       r"to start|to begin|to join)\b[^.;]{0,80}?\band\s+(?P<x>\d[\d,]*)\s+(?:of (?:them|these|those)\s+)?"
                       r"(?:(?:have |had |to )?(?:completed|finished|complete|finish|started|went on))\b", re.I)
#: a section heading: a short line that does not end a sentence ("3.4 Targets for 2024-25", "Results")
_TARGET_HEADING = re.compile(r"\b(?:targets?|aims?|expect\w*|forecasts?|planned|ambitions?|goals?|milestones?)\b", re.I)
_RESULTS_HEADING = re.compile(r"\b(?:results?|outcomes?|performance|in numbers|achievements?|what we (?:did|achieved))\b", re.I)
_SECTION_HEADING = re.compile(r"^\s*(?:#{1,6}\s*)?(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?[A-Z][^.!?:;|£]{0,70}$")
_IN_TEN = re.compile(r"\b(?P<x>\d{1,2}|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out of)\s+"
                     r"(?P<y>10|ten|five|four|three|two|[2-5]|100)\b(?=\s+[a-z])", re.I)  # "9 in 10 partners": 90 per cent


def _count(word: str) -> int:
    return parse_count(word)


_OUTCOME_NUMBER_WORDS = re.compile(
    r"\b(?P<w>" + "|".join(sorted((w for w in _NUMBER_WORDS if w not in ("a", "an", "one")), key=len, reverse=True))
    + r")\b(?!-\w)(?=\s+(?:per\s?cent\b|%|(?:out\s+)?of\s+(?:[a-z][\w'’-]*\s+){0,6}?\d)|"
    r"\s+(?:young people|people|men|women|perpetrators|referrals|partners|families|children|fathers|mothers)\b"
    r"(?=[^.;]{0,40}\b(?:started|began|finished|completed|took part|taken part|were referred|joined|attended|went on)\b))",
    re.I)  # ("Ninety-four young people started …"; not "eight men hang their coats")


def _digits(sentence: str) -> str:
    """Number words as digits where they are a share or an "x of y" ("forty-one of the 52" → "41 of the 52",
    "seventy per cent"), and "9 in 10" as 90%; elsewhere ("two daughters") a word is not read as a count."""
    sentence = _IN_TEN.sub(lambda m: f"{round(100 * _count(m.group('x')) / _count(m.group('y')))}%", sentence)
    return _OUTCOME_NUMBER_WORDS.sub(lambda m: str(_NUMBER_WORDS[m.group("w").lower()]), sentence)


def _digits_by_line(sentence: str, starts: tuple[tuple[int, int], ...]):
    """:func:`_digits` on each line's stretch of a sentence wrapped across lines, with the stretches' new offsets."""
    if len(starts) == 1:
        return _digits(sentence), starts
    bounds = [o for o, _ in starts] + [len(sentence)]
    text, out = "", []
    for (offset, number), end in zip(starts, bounds[1:]):
        out.append((len(text), number))
        text += _digits(sentence[offset:end])
    return text, tuple(out)


def _clause_around(sentence: str, start: int, end: int) -> str:
    """The clause holding a figure: from the last clause break before it to the next after it."""
    a = max((m.end() for m in re.finditer(r"[,;:]\s|\s(?:and|but|while|whereas)\s", sentence[:start])), default=0)
    b = next((m.start() + end for m in re.finditer(r"[,;:]\s|\s(?:and|but|while|whereas)\s", sentence[end:])),
             len(sentence))
    return sentence[a:b]


_CHANGE_BEFORE = re.compile(r"\b(?:rose|risen|rise|rising|increased?|increasing|up|grew|grown|growth|jumped|climbed|"
                            r"more than doubled|went up)\b(?:\s+by)?\s*(?:more than\s+|over\s+|almost\s+|nearly\s+)?$", re.I)
_CHANGE_AFTER = re.compile(r"\s*(?:rise|increase|growth|jump|more|higher|up)\b", re.I)
_BAD_PERCENT = re.compile(r"(?<![\w.,])(?P<n>-\s?\d[\d,]*(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{4,}(?:\.\d+)?|\d{3}(?:\.\d+)?)\s*(?:%|per\s?cent\b)", re.I)


def _num(text: str) -> float:
    return float(text.replace(",", ""))


def _subject(terms, text: str) -> tuple[str, int] | None:
    """The first subject noun in ``text`` and where it starts (``local_outcome_terms.csv``, field ``subject``)."""
    best = None
    for value, pattern in terms:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[1]):
            best = (value, m.start())
    return best


def extract_outcomes(text, source_id: str = "<text>") -> tuple[Outcome, ...]:
    """Outcome figures: percentages, counts and "x of y", with whom they are about, the period and status.

    A count is a number followed within a few words by whom it counts ("120 men",
    "250 social workers"), or a table row's number after its label; numbers that
    are lengths, ages, dates, money or list numbers are not counts.  "x of y",
    "of the y who started, x finished" and "y …, of whom x" give x with its base y
    (the base is not a second outcome).  Evidence from elsewhere and quoted speech
    are left out.
    """
    terms = _terms("local_outcome_terms.csv")
    subjects = terms.get("subject", ())
    rel = prepare(text, source_id)
    source_id, area = rel.source_id, rel.area
    headings = _heading_lines(rel)
    out: list[Outcome] = []
    last_period, heading_period, heading_status = "", "", ""
    raw = {l.number: l.text for l in rel.lines}
    for number, sentence, starts in _logical(rel):
        sentence, starts = _digits_by_line(sentence, starts)  # "forty-one of the 52", "Sixty-two per cent"
        spans = find_periods(sentence)[0]
        line = raw.get(number, "")
        if _SECTION_HEADING.match(line) and not re.match(r"\s*[-•*–—]\s", line):
            heading_status = "expected" if _TARGET_HEADING.search(line) else ""  # "3.4 Targets for 2024-25": what follows is aimed at
            if not heading_status and _RESULTS_HEADING.search(line):
                heading_status = "reported"  # "## Results": its list reports what happened
        if number in headings or re.match(r"\s*#", raw.get(number, "")):
            if spans:
                heading_period = spans[0][2]
            if not re.search(r"[\d%]\s*$", sentence) or not _subject(subjects, sentence):
                continue
        if _first(terms.get("skip", ()), sentence):
            continue
        quotes = _quoted_spans(sentence)
        m_period = _PERIOD_RANGE.search(sentence)
        period_term = _first(terms.get("period", ()), sentence)
        if spans:
            period = spans[0][2] if spans[0][2] == spans[0][3] else f"{spans[0][2]} to {spans[0][3]}"
        elif m_period:
            period = m_period.group("period")
        elif period_term == "same_as_previous":
            period = last_period
        elif period_term == "since_launch":
            period = "since launch"
        else:
            period = heading_period
        # x of y: x gets its base, y is consumed
        bases: dict[int, float] = {}
        base_end: dict[int, int] = {}  # where the base's number ends: whom it counts follows it
        consumed: set[int] = set()
        for pattern in (_X_OF_LATER_Y, _X_OF_Y_IN_ALL, _X_COMMA_OF_Y, _X_OF_Y, _OF_Y_X, _Y_OF_WHOM_X, _Y_X_OF_WHICH,
                        _PCT_OF_Y, _Y_THEN_X):
            for m in pattern.finditer(sentence):
                if _YEAR.match(sentence, m.start("x")) or _YEAR.match(sentence, m.start("y")) or \
                        re.fullmatch(r"(?:19|20)\d\d", m.group("y")) or re.fullmatch(r"(?:19|20)\d\d", m.group("x")):
                    continue
                bases[m.start("x")] = _num(m.group("y"))
                base_end[m.start("x")] = m.end("y")
                consumed.add(m.start("y"))
        listed = bool(re.match(r"\s*(?:[-•*–]\s|\|)", line)) or not re.search(r"[.!?]\s*$", sentence)  # a list item
        for m in _SHARE_OF_Y.finditer(sentence):  # "Two thirds of the 90 partners": 67 per cent, of 90
            bases[m.start("share")] = _num(m.group("y"))
            base_end[m.start("share")] = m.end("y")
            consumed.add(m.start("y"))
        for m in _X_OF_THOSE.finditer(sentence):  # "Of 120 referrals, 84 were suitable; 51 of those completed"
            before = [f for f in _FIGURE.finditer(sentence[: m.start()]) if f.group("n") and not f.group("pct")]
            if before and m.start("x") not in bases:
                bases[m.start("x")] = _num(before[-1].group("n"))
                base_end[m.start("x")] = before[-1].end("n")
        consumed -= set(bases)  # "of the 212 men referred, 131 started and 87 finished": 131 has a base of its own
        future = bool(_FUTURE.search(sentence))
        table = bool(re.search(r"\d\s*$", sentence)) and not re.search(r"[.!?]\s*$", sentence)
        found = []
        for m in _FIGURE.finditer(sentence):
            start = m.start("n") if m.group("n") else m.start("share")
            if start in consumed or any(a <= start < b for a, b in quotes):
                continue
            if m.group("share"):
                value, unit = _WORD_SHARES[m.group("share").lower()], "percent"
            else:
                value = _num(m.group("n"))
                unit = "percent" if m.group("pct") else "count"
            after, before = sentence[m.end():], sentence[:start]
            if unit == "count":
                if _YEAR.match(sentence, start) or re.fullmatch(r"(?:19|20)\d\d", m.group("n")):
                    continue
                if _NOT_A_COUNT_AFTER.match(after) or _NOT_A_COUNT_BEFORE.search(before):
                    continue
                if value < 0 or value > 100 and unit == "percent":
                    continue
                near = _subject(subjects, after[:40])
                gap = after[: near[1]] if near else ""
                if near and near[0] == "practitioners" and re.search(r"\b(?:has|have|had|employs?|share|with)\s+$", before):
                    continue  # "The charity has 14 staff": a headcount, not a result
                if near and len(gap.split()) <= 3 and not re.search(r"[,;.:\d]", gap):
                    about = near[0]
                    if about in ("perpetrators", "young_people") and re.match(
                            r"\s*(?:[\w-]+\s+){0,2}(?:were|was|have been|had been|are|being)\s+referred\b", after):
                        about = "referrals"  # "214 men were referred to us": a count of referrals
                elif re.match(r"\s*(?:of\s+(?:these|them|those|the))\b", after) and bases.get(start) is None:
                    about = (_subject(subjects, after[:40]) or ("", 0))[0]
                elif start in bases:
                    of_base = _subject(subjects, sentence[base_end[start] : base_end[start] + 30])
                    about = (of_base or _subject(subjects, sentence[start:]) or _subject(subjects, sentence)
                             or ("", 0))[0]
                elif table and not after.strip() and _subject(subjects, before):
                    about = _subject(subjects, before)[0]
                elif re.search(r"\bup from\s+$|\bcompared with\s+$|\bagainst\s+$", before) and found:
                    about = found[-1][3]
                else:
                    continue
            else:
                if value > 100 or value < 0:
                    continue  # an impossible percentage is a diagnostic
                hit = _subject(subjects, after[:60]) or _subject(subjects, before[-80:])
                about = hit[0] if hit else ""
            found.append((m, value, unit, about, start))
        for k, (m, value, unit, about, start) in enumerate(found):
            lo = found[k - 1][0].end() if k else 0
            hi = found[k + 1][0].start() if k + 1 < len(found) else len(sentence)
            before, after = sentence[lo:m.start()], sentence[m.end():hi]
            windows = (after, before) if unit == "percent" else (before, after)
            metric = _first(terms.get("metric", ()), windows[0]) or _first(terms.get("metric", ()), windows[1])
            if _first([t for t in terms.get("status", ()) if t[0] == "baseline"], before[-60:]):
                status = "baseline"
            elif heading_status == "reported" and listed and not future:
                status = "reported"
            elif (heading_status == "expected" and listed) or (future and not (_PAST.search(_clause_around(sentence, m.start(), m.end())) and
                                                      not _FUTURE.search(_clause_around(sentence, m.start(), m.end())))):
                status = "expected"  # a target, unless the figure's own clause reports the past
            elif table or _PAST.search(sentence):
                status = "reported"
            else:
                status = "stated"
            if not about and bases.get(start) is not None:  # "58 of the 87 completed": whom the 87 counted before
                about = next((o.about for o in reversed(out) if o.value == bases[start] and o.about), "")
            own_period = period
            if re.search(r"\bup from\s+$|\bthe year before\b", sentence[: m.start()][-20:] + after[:20]) and period[:4].isdigit():
                own_period = _fy_text(int(period[:4]) - 1)
            out.append(Outcome(
                source_id=source_id, source_line=_line_at(starts, start), pfa_code=area, metric=metric, value=value, unit=unit,
                value_qualifier=_VALUE_QUALIFIER.get((m.group("qual") or "").lower(), "exact"), about=about,
                period=own_period, status=status,
                refers_back=unit == "count" and bool(re.match(r"\s*of\s+(?:these|them|those)\b", sentence[m.end():])),
                base=bases.get(start),
            ))
        if period:
            last_period = period
    return tuple(out)


_RESULT_COLUMNS = (("referrals", re.compile(r"\breferr(?:als?|ed)\b", re.I)),
                   ("started", re.compile(r"\b(?:started|starts|began|joined|enrolled)\b", re.I)),
                   ("completed", re.compile(r"\b(?:completed|completions|finished)\b", re.I)),
                   ("rate", re.compile(r"\brate\b|%|\bper ?cent\b", re.I)))
_TABLE_NUMBER = re.compile(r"^\**(?P<n>\d{1,3}(?:,\d{3})*|\d+)(?P<pct>\s*%)?\**$")


def _table_outcomes(rel: PreparedRelease) -> list[Outcome]:
    """Results in a table headed by what each column counts ("| Year | Referrals | Started | Completed |
    Completion rate |"): referrals, completions of those who started (x of y), rates; each row's period
    from its first cell.  Only tables with no money and at least two result columns are read."""
    out: list[Outcome] = []
    columns: dict[int, str] = {}
    by_row: list[str] = []
    for line in rel.lines:
        raw = line.text
        aligned = "|" not in raw and bool(re.search(r"\S\s{3,}\S", raw.strip()))  # a fixed-width table's row
        if "|" not in raw and not aligned:
            columns, by_row = {}, []
            continue
        cells = [c.strip() for c in raw.strip().strip("|").split("|")] if not aligned else \
            [c.strip() for c in re.split(r"\s{3,}|\t", raw.strip())]
        if aligned and not by_row and not columns and (len(cells) < 3 or any(_TABLE_NUMBER.match(c) for c in cells)):
            continue  # (fixed-width rows are read only under a heading row of three or more columns)
        if re.fullmatch(r"[\s|:-]*", raw):
            continue
        if MONEY_TOKEN.search(raw):
            columns = {}
            continue
        heads = {k: next((name for name, p in _RESULT_COLUMNS if p.search(c)), "") for k, c in enumerate(cells)}
        if sum(1 for v in heads.values() if v) >= 2 and not any(_TABLE_NUMBER.match(c) for c in cells):
            columns = {k: v for k, v in heads.items() if v}
            continue
        if not any(_TABLE_NUMBER.match(c) for c in cells[1:]):
            by_row = [c for c in cells]  # a heading row of a table whose rows are the measures
            continue
        if not columns:
            # "| Referrals received | 71 | 88 | 159 |": a measure per row, a period per column
            label = cells[0]
            about = _subject(_terms("local_outcome_terms.csv").get("subject", ()), label)
            if about and not re.search(r"\b(?:wait|waiting|average|days|weeks|months|hours)\b", label, re.I) \
                    and sum(1 for c in cells[1:] if _TABLE_NUMBER.match(c)) >= 1:
                status = "expected" if re.search(r"\btarget", label, re.I) else "reported"
                for k, c in enumerate(cells[1:], start=1):
                    m = _TABLE_NUMBER.match(c)
                    if not m:
                        continue
                    head = by_row[k] if by_row and k < len(by_row) else ""
                    spans = find_periods(head)[0]
                    out.append(Outcome(rel.source_id, line.number, rel.area, "", float(m.group("n").replace(",", "")),
                                       "percent" if m.group("pct") else "count", "exact", about[0],
                                       spans[0][2] if spans else head, status, False, None))
            continue
        periods = find_periods(cells[0])[0] if cells else []
        period = periods[0][2] if periods else ""
        values = {}
        for k, name in columns.items():
            m = _TABLE_NUMBER.match(cells[k]) if k < len(cells) else None
            if m:
                values[name] = (float(m.group("n").replace(",", "")), bool(m.group("pct")))
        status = "expected" if re.search(r"\btarget", " ".join(cells[:1]), re.I) else "reported"

        def add(metric, value, unit, about, base=None):
            out.append(Outcome(rel.source_id, line.number, rel.area, metric, value, unit, "exact", about, period,
                               status, False, base))
        if "referrals" in values:
            add("referrals", values["referrals"][0], "count", "referrals")
        if "completed" in values:
            add("completed", values["completed"][0], "count", "perpetrators",
                values["started"][0] if "started" in values else None)
        elif "started" in values:
            add("started", values["started"][0], "count", "perpetrators")
        if "rate" in values:
            add("rate", values["rate"][0], "percent", "perpetrators")
    return out


def _outcomes_and_diagnostics(rel: PreparedRelease) -> tuple[tuple[Outcome, ...], tuple[Diagnostic, ...]]:
    """Outcomes, and a diagnostic for each impossible percentage (over 100 or below 0) and each
    "x of y" whose x is more than y."""
    outcomes = extract_outcomes(rel)
    table = _table_outcomes(rel)
    if table:  # a results table read by its column headings replaces what the sentence reader made of its rows
        lines = {o.source_line for o in table}
        outcomes = tuple(sorted([o for o in outcomes if o.source_line not in lines] + table,
                                key=lambda o: (o.source_line, o.unit, o.value)))
    diagnostics: list[Diagnostic] = []
    for number, sentence in rel.sentences:
        for m in _BAD_PERCENT.finditer(sentence):
            value = _num(m.group("n").replace(" ", ""))
            if value > 100 and (_CHANGE_BEFORE.search(sentence[max(0, m.start() - 25) : m.start()])
                                or _CHANGE_AFTER.match(sentence, m.end())):
                continue  # "rose 150%", "a 2,000% rise": a change can be more than 100 per cent
            if value < 0 or value > 100:
                diagnostics.append(Diagnostic(rel.source_id, number, "impossible_percentage", m.group(0).strip(),
                                              "a percentage from 0 to 100"))
    for o in outcomes:
        if o.base is not None and o.value > o.base:
            diagnostics.append(Diagnostic(rel.source_id, o.source_line, "count_exceeds_base",
                                          f"{o.value:g} of {o.base:g}", "x of y with x no more than y"))
    return outcomes, tuple(diagnostics)


# --------------------------------------------------------------------------- people

_PERSON = r"(?P<name>(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]')(?:\s+(?:(?:Ma?c|O['’]|D['’])?[A-Z]'?[A-Z]?[a-z]+(?:-[A-Z][a-z]+)?)){1,2})"


@lru_cache(maxsize=1)
def _people_patterns() -> tuple[tuple[str, str, re.Pattern], ...]:
    """``(role, office pattern)`` from ``local_people_terms.csv``, each tried as "office, Name" and "Name, office"."""
    out = []
    for row in _read_data("local_people_terms.csv"):
        office = "(?i:" + row["pattern"] + ")"
        out.append((row["value"], "before", re.compile(
            r"(?P<office>" + office + r")(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w&,' ]*?)?(?:,\s*|:\s*|\s+)" + _PERSON + r"\b")))
        out.append((row["value"], "after", re.compile(  # "Name, Peterborough City Council's cabinet member for …"
            _PERSON + r",\s+(?:the\s+)?(?:(?:[A-Z][\w&-]*\s+){1,4}(?:Council|Authority)['’]s\s+)?(?P<office>" + office + r")")))
        out.append((row["value"], "is", re.compile(  # "Sandra Okonedo-Blake is the Police and Crime Commissioner for Kent"
            _PERSON + r"\s+(?:is|was|has been|became)\s+(?:the\s+)?(?:[A-Z][\w&-]*\s+){0,4}?(?P<office>" + office + r")")))
        out.append((row["value"], "aside", re.compile(  # "Name (Deputy Mayor)", "Name – Police and Crime Commissioner"
            _PERSON + r"\s*(?:\(|[-–—]\s*|:\s*)(?:the\s+)?(?:(?:[A-Z][\w&-]*\s+){1,4}(?:Council|Authority)['’]s\s+)?"
            r"(?P<office>" + office + r")")))
    return tuple(out)


_NOT_PERSON_WORDS = {"The", "This", "Police", "Crime", "Commissioner", "Mayor", "Deputy", "Office", "Council", "Home",
                     "Domestic", "Abuse", "Fund", "County", "City", "Combined", "Authority", "Fire", "Annual", "Report",
                     "Plan", "Said", "Has", "Have", "Will", "And", "Mr", "Mrs", "Ms", "Miss", "Dr", "Mx", "Sir", "Dame"}


def extract_people(text, source_id: str = "<text>") -> tuple[Person, ...]:
    """Commissioners and officials named in full with their office (``local_people_terms.csv``), one per line and name."""
    rel = prepare(text, source_id)
    out: dict[tuple[int, str], Person] = {}
    for first, sentence, starts in _logical(rel):
        for role, _, pattern in _people_patterns():
            for m in pattern.finditer(sentence):
                if m.start("name") > m.end("office") and re.search(
                        r",\s*and\b|\bto\b", sentence[m.end("office") : m.start("name")]):
                    continue  # "Commissioner for X, and to Cllr Y": the office is another person's
                name = re.sub(r"^(?:(?:Councillor|Cllr)\.?|By)\s+", "", m.group("name").strip())
                words = name.split()
                if len(words) < 2 or any(w in _NOT_PERSON_WORDS for w in words):
                    continue
                if find_areas(name) or _ORG_WORD.search(name):
                    continue  # a place, or an organisation ("… for Hertfordshire to Lea Valley Respect")
                office = sentence[m.start("office") : m.end("office")]
                tail = re.match(r"\s+for\s+(?:the\s+)?([A-Z][\w&' ]*?[a-z])(?=[,.]|\s+[a-z]|$)",
                                sentence[m.end("office") :])
                if tail:
                    office += " for " + tail.group(1)
                number = _line_at(starts, m.start("name") + m.group("name").find(name))
                out.setdefault((number, name), Person(rel.source_id, number, rel.area, name, office, role))
    # a signature block: the name alone on a line, the office alone on the next ("Councillor Duncan Pellow" /
    # "Cabinet Member for Community Support, Fire and Rescue")
    lines = list(rel.lines)
    for a, b in zip(lines, lines[1:]):
        m = re.fullmatch(r"\s*(?:(?:County |Borough |District )?Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)?\s*" + _PERSON + r"\s*", a.text)
        if not m or b.number != a.number + 1:
            continue
        name = m.group("name")
        if len(name.split()) < 2 or any(w in _NOT_PERSON_WORDS for w in name.split()) or find_areas(name) \
                or _ORG_WORD.search(name):
            continue
        office_text = b.text.strip()
        role = next((r for r, kind, p in _people_patterns() if kind == "before" and re.match(
            r"(?:the\s+)?" + p.pattern.split("(?:,\\s*|:\\s*|\\s+)" + _PERSON, 1)[0] + r"[^.;]{0,80}$", office_text)), "")
        if role:
            out.setdefault((a.number, name), Person(rel.source_id, a.number, rel.area, name, office_text, role))
    # a person named with their office once is the same person on every line that prints the full name
    known = {}
    for p in sorted(out.values(), key=lambda p: p.source_line):
        known.setdefault(p.name, p)
    for _, sentence, starts in _logical(rel):
        for name, p in known.items():
            for hit in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", sentence):
                number = _line_at(starts, hit.start())
                if (number, name) not in out:
                    out[(number, name)] = replace(p, source_line=number)
    return tuple(sorted(out.values(), key=lambda p: (p.source_line, p.name)))


# --------------------------------------------------------------------------- organisations

_NAME = re.compile(r"(?:[A-Z][\w'’&.]*(?:-[a-z]+-[A-Z][\w'’&.]*|-[A-Z][\w'’.]*)?|of(?= [A-Z]))"
                   r"(?:\s+(?:[A-Z][\w'’&.]*(?:-[a-z]+-[A-Z][\w'’&.]*|-[A-Z][\w'’.]*)?|(?:of|and|for|on|upon|&)(?= [A-Z])))*")
_NAME_END = re.compile(
    r"\sfor\b(?! (?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"[A-Z])|\s(?:will|which|who|to|are|is|was|were|that|since|following|has|have|said|focusing|while|whereas|"
    r"still|alongside|but|across|at|on|says|would|can|could|rather than|instead of|replacing)\b|"
    r"\s(?:run|delivered|led|provided|operated|funded)\s+by\b|"
    r",\s+(?:a|an|with|working|supported)\b|[—–(:]|\s-\s(?=[a-z])|$"
)
_NOT_NAMES = {"he", "she", "it", "they", "we", "this", "these", "those", "the", "but", "currently", "mr", "mrs", "ms",
              "a", "an", "its", "their", "his", "her", "our", "delivery", "date", "subject", "signed", "title",
              "summary", "decision", "background", "office", "who", "what", "when", "where", "why", "how", "you",
              "your", "i", "yes", "no", "tags", "gps", "trust", "council", "project", "service", "charity",
              "can i", "can you", "do i", "will i", "should i", "is there", "are there", "gp"} | set(_MONTHS)
_ENDED = re.compile(r"\b(?:ended|has ended|came to an end|no longer|used to fund|previously funded|formerly|expired|ran out)\b", re.I)
_CAN_REFER = re.compile(r"\b(?:can|will|may|could)(?: also)?(?: be able to)? refer\b|"
                        r"\brefers?\s+(?:most|many|some|all|the majority|a number|the bulk|people|men|women|families)\b", re.I)
_ORG_WORD = re.compile(r"\b(?:Police|Council|Constabulary|Commissioner|Trust|Service|Partnership|Centre|Project|"
                       r"Aid|Refuge|CIC|Advocacy|Academy|Clinic|Respect|Authority|Change|Works|Futures|First|Link|"
                       r"Foundation|Network|Charity|Society|Association|Associates|University|College|Probation|"
                       r"Research|Unit|Institute|Hub|Group)\b")


def _name_stretch(rest: str) -> str:
    """The stretch after a cue that holds names: up to the first word that ends a name.  " in " ends it
    too ("run by Fenland Choices CIC in Peterborough, Wisbech and Cambridge") unless an organisation is
    named after it ("The Jenkins Centre in Leicester, Women's Aid North and …")."""
    rest = re.sub(r"^\s*[:\-–—]\s*", " ", rest)  # "Delivered by: Tarn Valley Change CIC"
    rest = rest[: _NAME_END.search(rest).start()]
    m = re.search(r"\sin\s", rest)
    if m and not _ORG_WORD.search(rest[m.end():]):
        rest = rest[: m.start()]
    return rest


def _split_names(name: str) -> list[str]:
    """A run of capitalised words joined by "and"/"for"/"of": one name ("Brighton and Hove City Council")
    unless each side is an organisation of its own ("Bristol City Council and North Somerset Council")."""
    if " and " in name:
        left, right = name.split(" and ", 1)
        if left.lower() in _NOT_NAMES:
            return _split_names(right)  # "GPs and Tarn Health Trust"
        if (_ORG_WORD.search(left) or normalise_name(left) in _organisation_aliases() or len(left.split()) >= 2) \
                and _ORG_WORD.search(right):
            return _split_names(left) + _split_names(right)  # "Safe Lives UK and Respect"; not "Brighton and Hove …"
        if not _ORG_WORD.search(name):
            return [x for part in (left, right) for x in _split_names(part)]
    name = re.sub(r"\s+(?:for|of|on)$", "", name)
    return [name]


def _organisation_names(text: str) -> list[str]:
    """Capitalised names in a stretch of text, with places and pronouns left out."""
    reg, places = register(), place_aliases()
    names = []
    for whole in _NAME.finditer(text):
      if re.match(r"-based\b", text[whole.end():]):
          continue  # "Crewe-based Dane Street Project": the town it is based in
      if re.search(r"\bPolice,? (?:Fire )?and Crime Commissioner\b", whole.group(0)) \
              and not re.search(r"\bOffice of\b", whole.group(0), re.I):
          continue  # "led by Leicestershire Police and Crime Commissioner …": a person's office, not two bodies
      for name in _split_names(whole.group(0)):
        name = re.sub(r"^(?:The|A|An)\s+", "", name).rstrip(".")
        name = re.sub(r"^[A-Z][\w'’]*-based\s+", "", name)  # "Crewe-based Dane Street Project"
        name = re.sub(r"^(?:Charity|Provider|Organisation|Local charity)\s+(?=[A-Z])", "", name)  # "Charity North Devon Change"
        name = re.sub(r"['’]s?$", "", name)
        key = normalise_name(name)
        if not name or name.lower() in _NOT_NAMES or not key:
            continue
        if not _ORG_WORD.search(name) and (reg.lookup(name) or key in places or key in _release_places()):
            continue  # a place, not an organisation
        if re.search(r"\bCommissioner\b", name) or name in ("Police", "Crime"):
            continue  # a commissioner's title is a person's office; or half of it split at "and"
        alias = _organisation_aliases().get(key)
        if alias == "":
            continue  # listed as not an organisation
        names.append(alias or name)
    return names


def extract_organisations(text, source_id: str = "<text>", awards=None) -> tuple[Organisation, ...]:
    """Organisations a release names, with the role the text gives them: one record per line, organisation and role.

    Roles come from cues before or after a name (``local_organisation_terms.csv``),
    from table rows (the first cell of a row with money is its ``recipient``),
    from the awards (a funder named on a line; councils named beside match funding),
    and from the release's commissioning body when it names itself ("Office of the
    Police and Crime Commissioner for …", a combined authority).  A commissioner's
    title is a person's office, not an organisation.
    """
    terms = _terms("local_organisation_terms.csv")
    funding_terms = _terms("local_funding_terms.csv")
    provision_terms = _terms("local_component_terms.csv").get("provision", ())
    rel = prepare(text, source_id)
    source_id, area = rel.source_id, rel.area
    out: dict[tuple[int, str, str], Organisation] = {}

    def add(line: int, name: str, role: str, provision: str) -> None:
        out.setdefault((line, normalise_name(name), role), Organisation(source_id, line, area, name, role, provision))

    header: list[str] = []
    headings = _heading_lines(rel)
    html_headings = _html_heading_lines(rel.text) if looks_like_html(rel.text) else frozenset()
    for number, sentence, starts in _logical(rel):
        def at(name: str, pos: int = 0) -> int:  # the line a name is printed on (a sentence may be wrapped)
            found = sentence.find(name.split()[0] if name.split() else name, pos)
            return _line_at(starts, found if found >= 0 else pos)
        provision = "existing" if _first(provision_terms, sentence) else "new"
        for role, pattern in terms.get("body", ()):
            for m in pattern.finditer(sentence):
                if not re.match(r"(?i)the\s+combined", m.group(0)):
                    add(_line_at(starts, m.start()), _tidy_body(m.group(0)), role, "new")
        raw = rel.line_text(number) or sentence
        if _TABLE_ROW.search(raw) or (("|" in raw or re.search(r"\S\s{3,}\S", raw)) and not MONEY_TOKEN.search(raw)):
            cells = _cells(raw)
            if re.fullmatch(r"[\s|:-]*", raw):
                pass  # a markdown table's rule
            elif not MONEY_TOKEN.search(raw):
                header = [c.lower() for c in cells]
            elif cells and header and not _TOTAL_ROW.match(cells[0]):
                # the recipient is the row's cell under a provider / recipient / organisation heading
                col = next((k for k, h in enumerate(header)
                            if re.search(r"provider|recipient|organisation|partner|grantee|charity", h)), None)
                # a table of areas' shares ("| Force area | Lead provider | Two-year share |"): the money is the
                # area's, and the body in the provider column delivers it
                role = "delivery_partner" if header and re.search(r"\b(?:force|police) area\b|^area$", header[0]) \
                    and re.search(r"\blead provider|delivery partner|delivered by",
                                  header[col] if col is not None else "") else "recipient"
                for name in _organisation_names(cells[col]) if col is not None and col < len(cells) else ():
                    add(number, name, role, provision)
        claimed: set[int] = set()
        # an evaluator's cue is the more specific ("the evaluation will be led by …" is not a provider's "led by")
        for role, pattern in sorted(terms.get("after", ()), key=lambda t: t[0] != "evaluator"):
            for m in pattern.finditer(sentence):
                if m.end() in claimed:
                    continue
                claimed.add(m.end())
                rest = sentence[m.end() :]
                if re.match(r"\s*(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?:deputy\s+)?(?:police,? (?:fire )?and crime\s+)?"
                            r"(?:commissioner|mayor|PCC|PFCC)\b(?!['’]s office)", rest, re.I):
                    continue  # "led by Gwent's commissioner, Rhiannon Pryce-Howell": a person, not a body
                rest = _name_stretch(rest)
                for name in _organisation_names(rest):
                    where = sentence.find(name, m.end())
                    if not _ORG_WORD.search(name) and where >= 0 and (
                            re.search(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor)\.?\s*$", sentence[:where])
                            or re.match(r",\s+(?:a|an|the)\s+(?:former |senior |lead |local |retired )?(?!(?:charity|charitable|"
                                        r"organisation|social|provider|company|trust|service|partnership|project|community|"
                                        r"specialist|national|regional|county|not-for-profit)\b)[a-z]+|"
                                        r"\s+and (?:colleagues|(?:his|her|their) (?:team|colleagues))\b",
                                        sentence[where + len(name):])):
                        continue  # a person ("led by Maria Lopez, a former probation officer"), not a body
                    add(at(name, m.end()), name, role, provision)
        for role, pattern in terms.get("before", ()):
            for m in _NAME.finditer(sentence):
                # Every word end inside the run: a title-case headline runs the cue into the name.
                for end in [w.end() for w in re.finditer(r"\S+", m.group(0))]:
                    if pattern.match(sentence, m.start() + end):
                        for name in _organisation_names(m.group(0)[:end]):
                            add(at(name, m.start()), name, role, provision)
                        break
        negated = [(m.start(), m.end()) for _, p in funding_terms.get("negation", ()) for m in p.finditer(sentence)]
        heading = (bool(re.match(r"\s*#|\s*\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z][^.!?]*$", raw)) and not _TABLE_ROW.search(raw)
                   and len(starts) == 1) or number in html_headings  # (a numbered paragraph wrapped is no heading)
        heading = heading or bool(re.match(r"\W*(?:table|figure|chart)\s+\d+\s*[:.]", raw, re.I)) \
            or sentence.rstrip("*").rstrip().endswith("?")  # a table's caption, a question: no statement of who pays
        label = _cells(raw)[0] if "|" in raw and _cells(raw) else None  # a table row names its funder in its label
        for funder in ("Home Office", "Ministry of Justice") if not heading else ():
            if label is not None and not MONEY_TOKEN.search(raw):
                continue
            for value, pattern in funding_terms.get("funder", ()):
                if value != funder:
                    continue
                where = sentence if label is None else label
                hits = [m.start() for m in pattern.finditer(where) if not any(a <= m.start() < b for a, b in negated)]
                if hits:
                    add(number if label is not None else _line_at(starts, hits[0]), funder,
                        "former_funder" if _ENDED.search(sentence) else "funder", "new")
    logical = _logical(rel)

    def award_sentence(award) -> tuple[str, tuple[tuple[int, int], ...]]:
        """The sentence an amount is read from, whole when it is wrapped across lines."""
        for _, s_, starts_ in logical:
            at_ = s_.find(award.amount.text)
            if at_ >= 0 and _line_at(starts_, at_) == award.source_line:
                return s_, starts_
        return next((s_ for n, s_ in rel.sentences if n == award.source_line and award.amount.text in s_), ""), \
            ((0, award.source_line),)

    for award in (extract_awards(rel)[0] if awards is None else awards):
        if award.funding_role == "own_funding" and award.funder == "local authority":
            sentence, starts = award_sentence(award)
            for m in re.finditer(r"(?:[A-Z][\w']*(?:-[a-z]+-[A-Z][\w']*)?\s+(?:(?:and|&)\s+)?)+"
                                 r"(?:City |County |Borough |District )?Councils?\b", sentence):
                for name in _organisation_names(m.group(0)):
                    add(_line_at(starts, m.start()), name, "funder", "new")  # a council paying from its own budget
        if award.funding_role == "match_funding":
            sentence, starts = award_sentence(award)
            for m in re.finditer(r"(?:[A-Z][\w']*(?:-[a-z]+-[A-Z][\w']*)?\s+(?:(?:and|&)\s+)?)+"
                                 r"(?:City |County |Borough |District )?Councils?\b",
                                 sentence):
                for name in _organisation_names(m.group(0)):
                    add(_line_at(starts, m.start()), name, "match_funder", "new")
            # the subject that contributes the money ("Trent Pathways Foundation will also contribute £14,250 …")
            at = sentence.find(award.amount.text)
            subject = re.match(r"\s*((?:[A-Z][\w'’&-]*\s+){1,5}?)(?:will|has|have|is|are|also|agreed)\b", sentence[:max(at, 0)])
            if subject and _ORG_WORD.search(subject.group(1)) and \
                    not re.search(r"\b(?:Commissioner|Mayor|Councillor|Cllr)\b", subject.group(1)):
                for name in _organisation_names(subject.group(1)):
                    add(award.source_line, name, "match_funder", "new")
    for number, sentence in rel.sentences:  # "Nottinghamshire Police, GPs and … can refer": every body in the subject
        m = _CAN_REFER.search(sentence)
        if m and number not in headings:
            for name in _organisation_names(sentence[: m.start()]):
                if _ORG_WORD.search(name):
                    add(number, name, "referrer", "new")
    # an evaluator's cue is the more specific: "X will lead the evaluation" does not also make X a provider
    evaluators = {(o.source_line, normalise_name(o.organisation)) for o in out.values() if o.role == "evaluator"}
    kept = [o for o in out.values() if not (o.role == "delivery_partner"
                                            and (o.source_line, normalise_name(o.organisation)) in evaluators)]
    return tuple(sorted(kept, key=lambda o: (o.source_line, o.role, o.organisation)))


def _tidy_body(name: str) -> str:
    words = name.strip().split()
    if name.isupper():
        small = {"OF", "THE", "AND", "FOR", "ON"}
        words = [w.lower() if w in small and k else w.capitalize() for k, w in enumerate(words)]
    return " ".join(words)


# --------------------------------------------------------------------------- a whole release


def _pounds(pence: int) -> str:
    from funding.core.money import format_pounds

    return format_pounds(pence)


_FULL_FIGURE = re.compile(r"£\d{1,3}(?:,\d{3})+(?:\.\d{2})?")
_PLACE_WORDS = re.compile(r"\b(?:for|to|across|in) the (?:county|city|borough|district)\b", re.I)
_QUARTER = re.compile(r"\b(?:last|first|second|third|fourth|final|previous) quarter\b[^.]{0,40}?\(?(?P<m1>"
                      + "|".join(_MONTHS) + r")(?:\s+20\d{2})?\s+(?:to|-|–)\s+(?P<m2>" + "|".join(_MONTHS) + r")", re.I)


def release_conflicts(rel: PreparedRelease, awards, outcomes, published: str = "") -> tuple[ReleaseConflict, ...]:
    """Discrepancies a researcher wants flagged inside one release.

    * ``parts_do_not_sum`` / ``parts_sum_to_total``: a stated total against the sum of its stated parts;
    * ``round_differs_within_release``: the grant in one year and the match funding said to go with it in another;
    * ``period_after_publication``: money said to come "in" a year that had not begun when the release was
      published (a June 2022 release: "secured … in 2023-24"); "for" or "from" a later year is a plan, not flagged;
    * ``place_narrower_than_award``: the area-wide award said to be "for the county" in a release
      about one place inside the force area (Rutland, in Leicester, Leicestershire and Rutland);
    * ``period_words_disagree``: a named quarter whose months are not three ("January to April").
    """
    out: list[ReleaseConflict] = []
    sid, area = rel.source_id, rel.area
    by_line = {a.source_line: a for a in awards}
    # totals against their parts
    wholes: dict[int, list[LocalAward]] = {}
    parts: dict[int, list[LocalAward]] = {}
    for a in awards:
        if a.funding_role == "part" and a.part_of_line is not None:
            parts.setdefault(a.part_of_line, []).append(a)
        elif a.funding_role == "total":
            wholes.setdefault(a.source_line, []).append(a)
    for line, totals in sorted(wholes.items()):
        ps = parts.get(line, [])
        if not ps:
            continue
        groups = [(t, ps) for t in totals]
        if len(totals) > 1 and len({(t.period_start, t.period_end) for t in totals}) == len(totals) \
                and all(t.period_start for t in totals):  # a TOTAL row with a total per year column: parts by year
            rows = {p.source_line for p in ps}
            nested = [a for a in awards if a.funding_role == "part" and a.part_of_line in rows
                      and a.part_of_line == a.source_line]  # the year cells of rows whose own total is a part
            groups = [(t, [p for p in ps if (p.period_start, p.period_end) == (t.period_start, t.period_end)]
                       or [p for p in nested if (p.period_start, p.period_end) == (t.period_start, t.period_end)])
                      for t in totals]
            groups = [(t, m) for t, m in groups if m]
        elif len(totals) > 1:  # one TOTAL row with a total per column: parts by funder and role
            groups = [(t, [p for p in ps if (p.funder, p.funding_role == "match_funding") == (t.funder, False)]
                       or ps) for t in totals]
        for total, members in groups:
            got = sum(p.amount.pence for p in members)
            lines = tuple(dict.fromkeys([total.source_line] + sorted({p.source_line for p in members})))
            # a total printed in full ("£180,000", a table's TOTAL) is checked to the pound; "£1.2m" within its precision
            in_units = bool(re.search(r"\d\s*(?:m|k|bn|million|thousand)\b", total.amount.text, re.I))
            def adds_up(pence: int) -> bool:
                return total.amount.allows(pence) if in_units or total.amount.qualifier not in ("exact", "rounded") \
                    else pence == total.amount.pence
            by_line: dict[int, int] = {}
            for p in members:
                by_line[p.source_line] = by_line.get(p.source_line, 0) + p.amount.pence
            # two breakdowns of one total on two lines (by funder, then by year) each sum to it on their own
            ok = adds_up(got) or (len(by_line) > 1 and all(adds_up(v) for v in by_line.values()))
            if ok:
                out.append(ReleaseConflict(sid, total.pfa_code or area, "total and its parts", "parts_sum_to_total",
                                           lines, f"total {_pounds(total.amount.pence)}", f"parts {_pounds(got)}", True,
                                           f"the {len(members)} parts sum to the stated total"))
            else:
                diff = total.amount.pence - got
                out.append(ReleaseConflict(
                    sid, total.pfa_code or area, "total and its parts", "parts_do_not_sum", lines,
                    f"total {_pounds(total.amount.pence)}", f"parts {_pounds(got)}", False,
                    f"the stated total {_pounds(total.amount.pence)} is {_pounds(abs(diff))} "
                    f"{'more' if diff > 0 else 'less'} than the sum of its {len(members)} parts ({_pounds(got)})"))
    # one funder's money stated twice in full: as a piece of a total across funders and as the grant itself
    multi = {a.source_line for a in awards if a.funding_role == "total" and not a.funder}
    restated: dict[tuple[str, str, str], list[LocalAward]] = {}
    for a in awards:
        piece = a.funding_role == "part" and a.part_of_line in multi and a.funder
        if (a.funding_role == "grant" or piece) and a.funder and _FULL_FIGURE.fullmatch(a.amount.text.strip()) \
                and a.amount.qualifier in ("exact", "rounded"):
            restated.setdefault((a.pfa_code, a.funder, a.round), []).append(a)
    for (code, funder, rnd), group in sorted(restated.items()):
        if len({a.amount.pence for a in group}) < 2 or not any(a.funding_role == "part" for a in group) \
                or not any(a.funding_role == "grant" for a in group):
            continue  # (two rows of one funder in a table are two items, not one sum stated twice)
        first = group[0]
        for other in group[1:]:
            if other.amount.pence != first.amount.pence and abs(other.amount.pence - first.amount.pence) <= \
                    0.25 * max(other.amount.pence, first.amount.pence):  # (a misprint is close; half the size is another sum)
                diff = abs(other.amount.pence - first.amount.pence)
                out.append(ReleaseConflict(
                    sid, code or area, f"award {rnd}".strip(), "different_amount", (first.source_line, other.source_line),
                    _pounds(first.amount.pence), _pounds(other.amount.pence), False,
                    f"the {funder} money is {_pounds(first.amount.pence)} on line {first.source_line} and "
                    f"{_pounds(other.amount.pence)} on line {other.source_line} (difference {_pounds(diff)})"))
                break
    # a grant in one year, its match funding in another
    grants = [a for a in awards if a.funding_role == "grant" and a.period_start]
    matches = [a for a in awards if a.funding_role == "match_funding" and a.period_start]
    bid_years = {}
    for number, sentence in rel.sentences:
        if re.search(r"\b(?:bid|applied|application)\b", sentence, re.I) and not MONEY_TOKEN.search(sentence):
            for _, _, y1, _ in find_periods(sentence)[0]:
                bid_years.setdefault(y1, number)
    for m in matches:
        for y, line in list(bid_years.items()) + [(g.period_start, g.source_line) for g in grants]:
            if y != m.period_start:
                out.append(ReleaseConflict(
                    sid, m.pfa_code or area, "award round", "round_differs_within_release", (line, m.source_line),
                    f"bid or grant {y}", f"match funding {m.period_start}", None,
                    f"the bid or grant is for {y} but the match funding said to go with it is for {m.period_start}; "
                    f"the release does not say whether the match funding is for a later year of the same award"))
                break
    # money in a year well after the release
    pub = financial_year(published) if published else ""
    if pub:
        for a in awards:
            line = rel.line_text(a.source_line)
            if a.funding_role == "grant" and a.period_start and int(a.period_start[:4]) > int(pub[:4]) and \
                    re.search(r"\b(?:in|during)\s+" + re.escape(a.period_start), line):
                out.append(ReleaseConflict(
                    sid, a.pfa_code or area, "award round", "period_after_publication", (a.source_line,),
                    f"published in {pub}", f"money in {a.period_start}", None,
                    f"a release published in {pub} states money in {a.period_start}, "
                    f"{int(a.period_start[:4]) - int(pub[:4])} years later; a plan, or a misprinted year"))
    # "for the county" in a release about one place inside the force area
    place = _release_place(rel)
    if place and area:
        for a in awards:
            sentence = next((s for n, s in rel.sentences if n == a.source_line and a.amount.text in s), "")
            if _PLACE_WORDS.search(sentence):
                out.append(ReleaseConflict(
                    sid, area, "award area", "place_narrower_than_award", (a.source_line,),
                    f"{place} ('the county')", register().by_code(area).pfa_name, None,
                    f"the release says the money is for {place}; the award is to the whole police force area "
                    f"({register().by_code(area).pfa_name}), of which {place} is one part"))
    # a quarter that is not three months
    for number, sentence in rel.sentences:
        for m in _QUARTER.finditer(sentence):
            m1, m2 = _MONTHS[m.group("m1").lower()], _MONTHS[m.group("m2").lower()]
            months = (m2 - m1) % 12 + 1
            if months != 3:
                out.append(ReleaseConflict(
                    sid, area, "outcome period", "period_words_disagree", (number,), "a quarter (3 months)",
                    f"{m.group('m1')} to {m.group('m2')} ({months} months)", False,
                    f"the period is called a quarter but {m.group('m1')} to {m.group('m2')} is {months} months"))
    return tuple(out)


def _release_place(rel: PreparedRelease) -> str:
    """The place inside the force area a release is about, when it names that place and never the area itself."""
    if not rel.area:
        return ""
    reg, places = register(), place_aliases()
    named_area, place_counts = False, Counter()
    for line in rel.lines:
        for s, e, code in find_areas(line.text):
            name = line.text[s:e]
            if code != rel.area:
                continue
            if reg.lookup(name):
                named_area = True
            elif normalise_name(name) in places:
                place_counts[name] += 1
    if named_area or not place_counts:
        return ""
    return place_counts.most_common(1)[0][0]


def extract_release(text: str, source_id: str = "<text>", *, published: str = "", strict: bool = False) -> LocalRelease:
    """Every fact in one release, with diagnostics for what could not be read.

    The release is split into lines and sentences, its furniture set aside and
    its area found once (:func:`prepare`); every extractor reads that.  With
    ``strict=True`` the first diagnostic is raised as a
    :class:`~funding.errors.SourceError`.  A release with no recognisable facts
    gives an empty :class:`LocalRelease` and a warning naming the file.
    """
    rel = prepare(text, source_id)
    awards, diagnostics = extract_awards(rel, published=published)
    if strict and diagnostics:
        raise diagnostics[0].error()
    components = extract_components(rel)
    outcomes, outcome_diagnostics = _outcomes_and_diagnostics(rel)
    organisations = extract_organisations(rel, awards=awards)
    people = extract_people(rel)
    conflicts = release_conflicts(rel, awards, outcomes, published)
    release = LocalRelease(
        source_id, rel.area, awards, components, outcomes, organisations,
        tuple(sorted(diagnostics + outcome_diagnostics, key=lambda d: (d.source_line or 0, d.problem))),
        people, rel.set_aside, conflicts,
    )
    if release.is_empty:
        warnings.warn(f"{source_id}: no funding, programme, outcome or organisation facts recognised", stacklevel=2)
    return release
