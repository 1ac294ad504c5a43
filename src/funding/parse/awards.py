"""Parse the Home Office award list: one record per PCC award, every line accounted for.

The list is published as prose with bullets: an entry starts with the area as
printed and the number of bids in parentheses, then the amount, then the first
strand of work; further strands follow as bullets.  In the text extract some
entries begin mid-line after the previous entry's last bullet, some are bold
(``**Cheshire (1)**``), bullets are ``•`` or ``-``, and one strand runs over a
blank line.  The same entries published as an HTML page (a list with bullets,
or a table) are flattened by :mod:`funding.core.text` to the same numbered lines.

:func:`parse_award_list` is pure: text in, an :class:`AwardList` out, or a
:class:`~funding.errors.SourceError` saying which line was wrong and how.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache

from funding.core.packagedata import data_patterns
from funding.errors import SourceError
from funding.core.money import EXACT_AMOUNT, Amount, iter_amounts
from funding.reference.register import Register, register
from funding.core.text import MAX_SOURCE_BYTES, Line, html_to_lines, iter_lines, looks_like_html

__all__ = ["Initiative", "Award", "LineRole", "AwardList", "parse_award_list"]


@dataclass(frozen=True)
class Initiative:
    """One described strand of work within an award, in the order printed."""

    initiative_no: int
    text: str
    source_line: int
    source_line_end: int


@dataclass(frozen=True)
class Award:
    """One PCC's award in a round."""

    round: str
    pcc: str
    pfa_code: str
    pfa_name: str
    bids: int
    amount_pence: int
    source_id: str
    source_line: int
    initiatives: tuple[Initiative, ...]


@dataclass(frozen=True, slots=True)
class LineRole:
    """What one non-blank line of the source is: part of an award, a heading,
    preamble, boilerplate, or unassigned (reported, never silently dropped)."""

    line: int
    role: str
    pfa_code: str = ""
    note: str = ""


@dataclass(frozen=True)
class AwardList:
    source_id: str
    round: str
    awards: tuple[Award, ...]
    lines: tuple[LineRole, ...]
    stated_total: Amount | None = None
    stated_total_line: int | None = None
    stated_pcc_count: int | None = None
    stated_pcc_count_line: int | None = None
    stated_facts: dict = field(default_factory=dict)

    @property
    def unassigned(self) -> tuple[LineRole, ...]:
        return tuple(l for l in self.lines if l.role == "unassigned")

    @property
    def total_pence(self) -> int:
        return sum(a.amount_pence for a in self.awards)

    @property
    def total_bids(self) -> int:
        return sum(a.bids for a in self.awards)


# "(1)" after an area's name, then the amount (or, when malformed, what stands there instead).
_POUND_AFTER = re.compile(r"\s*(?:\*\*)?\s*£")
#: The most words and characters an area's name as printed can take (the longest
#: name or alias in the register has 12 words and 72 characters); see _resolve and _looks_like_head.
_MAX_NAME_WORDS = 16
_NAME_WINDOW = 200
_POUND_SPACE = re.compile(r"^£\s+(?=[0-9])")
_SPACED_THOUSANDS = re.compile(r"^(?:[ \t][0-9]{3})+(?:\.[0-9]{2})?(?![0-9,])")
_ANCHOR = re.compile(r"\((?P<bids>\d{1,3})\)(?P<bold>\*\*)?[ \t]*(?=£|\d|[•–—:-]|\*\*|$)")
_BULLET = re.compile(r"^\s*(?:[-•*–—]|\d{1,2}[.)])\s+")
_SUBITEM = re.compile(r"^(?:[ivx]{1,4}|[a-h])[.)]\s", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"'”)]?\s*$")
_NAME_BOUNDARY = re.compile(r"(?:[.!?;•]\s|\s[–—-]\s|^\s*[-•*–—]\s)")
_SEPARATOR = re.compile(r"^\s*(?:\*\*)?\s*[•–—:-]?\s*")
_HEADLINE = re.compile(r"£\s?\d+(?:\.\d+)?\s?(?:m|million)\b", re.I)
_NUMBER_WORDS = {
    "twenty": 20, "twenty-one": 21, "twenty-two": 22, "twenty-three": 23, "twenty-four": 24,
    "twenty-five": 25, "twenty-six": 26, "twenty-seven": 27, "twenty-eight": 28, "twenty-nine": 29,
    "thirty": 30,
}
_PCC_COUNT = re.compile(
    r"\b(?P<n>\d{1,2}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")\s+(?:[a-z]+\s+){0,2}"
    r"(?:police and crime commissioners|police,? fire and crime commissioners|pccs)\b",
    re.I,
)


@lru_cache(maxsize=1)
def _boilerplate() -> re.Pattern:
    """The patterns of award_list_boilerplate.csv as one alternation (one search per line)."""
    patterns = [row["pattern"] for _, row, _ in data_patterns("award_list_boilerplate.csv")]  # each checked on its own line
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


@lru_cache(maxsize=1)
def _end_markers() -> re.Pattern:
    """Lines that close the list (award_list_end_markers.csv): what follows is postamble."""
    patterns = [row["pattern"] for _, row, _ in data_patterns("award_list_end_markers.csv")]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


def _is_boilerplate(text: str) -> bool:
    plain = text.replace("**", "").strip()
    return _boilerplate().search(plain) is not None


@dataclass
class _Open:
    """An award being read: its head and the strands collected so far."""

    pcc: str
    pfa_code: str
    pfa_name: str
    bids: int
    amount_pence: int
    line: int
    # [pieces of text, first line, last line]; pieces are joined once, at the end, so
    # that a strand continued over many lines costs linear time.
    strands: list[list] = field(default_factory=list)

    def add(self, text: str, line: int) -> None:
        if text:
            self.strands.append([[text], line, line])

    def extend(self, text: str, line: int) -> None:
        if not self.strands:
            self.add(text, line)
            return
        self.strands[-1][0].append(text)
        self.strands[-1][2] = line

    def last_is_complete(self) -> bool:
        return bool(self.strands) and bool(_SENTENCE_END.search(self.strands[-1][0][-1]))

    def initiatives(self) -> tuple[Initiative, ...]:
        return tuple(
            Initiative(i, " ".join(pieces).strip(), first, last)
            for i, (pieces, first, last) in enumerate(self.strands, start=1)
        )


_BOLD_BETWEEN_WORDS = re.compile(r"(?<=\w)\*\*(?=\w)")


def _clean(text: str) -> str:
    # Bold marks go; one between two words leaves a space, others nothing, so that
    # "weekly <b>group</b>." reads "weekly group." and not "weekly group .".
    return " ".join(_BOLD_BETWEEN_WORDS.sub(" ", text).replace("**", "").split())


def _head_name(segment: str) -> tuple[str, int]:
    """The printed name ending a segment, and where it starts in the segment."""
    bold = segment.rfind("**")
    if bold != -1:
        start = bold + 2
    else:
        starts = [m.end() for m in _NAME_BOUNDARY.finditer(segment)]
        start = starts[-1] if starts else 0
    return segment[start:].strip(), start


def _resolve(name: str, reg: Register, source: str, line: int):
    # No area's name is longer than _MAX_NAME_WORDS words: longer runs of text before
    # an "(n)" are prose run into the head, and trying every tail of them would take
    # time quadratic in the length of the line.
    words = name.split()[-_MAX_NAME_WORDS:]
    name = " ".join(words)
    # Text run into the head without punctuation: try the shortest tails that name an area.
    for i in range(len(words)):
        area = reg.lookup(" ".join(words[i:]))
        if area is not None:
            return area, " ".join(words[i:])
    closest = reg.closest(name)
    raise SourceError(
        source,
        line,
        name,
        "the name of one of the 43 police force areas of England and Wales",
        hint=("closest: " + ", ".join(closest)) if closest else "no close name; add an alias to pfa_aliases.csv",
    )


def _read_amount(rest: str, source: str, line: int, name: str) -> tuple[int, str]:
    """Pence and the remaining text after an entry's ``(n)``."""
    stripped = rest.lstrip().removeprefix("**").lstrip()
    stripped = _POUND_SPACE.sub("£", stripped, count=1)  # "£ 200,000" (often a no-break space)
    if not stripped.startswith("£"):
        if stripped[:1].isdigit():
            token = stripped.split()[0]
            raise SourceError(source, line, f"{name} … {token}", "an amount with a pound sign, such as £200,000")
        raise SourceError(source, line, f"{name} {stripped[:30]}".strip(), "an amount such as £200,000 after the number of bids")
    token = stripped.split()[0] if stripped.split() else stripped
    token = token.removesuffix("**").rstrip(",;")
    m = EXACT_AMOUNT.match(token)
    if not m or token[m.end():] not in ("", "."):
        raise SourceError(source, line, token, "an exact amount in pounds, such as £311,836 or £200,333.33")
    pence = int(m.group("pounds").replace(",", "")) * 100 + int(m.group("pence") or 0)
    after = stripped[stripped.index(token) + len(token):]
    if _SPACED_THOUSANDS.match(after):
        # "£200 000": reading "£200" and a strand "000 …" would be silently wrong.
        raise SourceError(
            source, line, token + _SPACED_THOUSANDS.match(after).group(0), "an amount with commas between thousands, such as £200,000"
        )
    after = _SEPARATOR.sub("", after, count=1)
    return pence, after.strip()


def parse_award_list(
    text: str,
    source_id: str = "<text>",
    round: str = "",
    *,
    html: bool | None = None,
    reg: Register | None = None,
) -> AwardList:
    """Parse an award list, as plain text or as its HTML page.

    Raises :class:`SourceError` for an empty file, a text longer than
    :data:`funding.core.text.MAX_SOURCE_BYTES` characters, a file with no entries,
    a malformed or missing amount, an area that is not a police force area,
    or an area listed twice.  Lines that belong to no award and are not
    recognised as headings or boilerplate are returned as ``unassigned``.
    """
    reg = reg or register()
    if len(text) > MAX_SOURCE_BYTES:
        raise SourceError(
            source_id,
            None,
            f"{len(text):,} characters",
            f"an award list of at most {MAX_SOURCE_BYTES:,} characters",
            hint="award lists are a few kilobytes; this is not one",
        )
    if not text.strip():
        raise SourceError(source_id, None, "an empty file", "an award list with entries such as 'Area (1) £200,000 • …'")
    lines = html_to_lines(text) if (html if html is not None else looks_like_html(text)) else iter_lines(text)

    awards: list[_Open] = []
    roles: list[LineRole] = []
    seen: dict[str, int] = {}
    stated_total: Amount | None = None
    stated_total_line = stated_pcc_count = stated_pcc_line = None

    def open_award(name: str, bids: str, rest: str, line: Line) -> str:
        area, printed = _resolve(_clean(name), reg, source_id, line.number)
        if area.pfa_code in seen:
            raise SourceError(
                source_id,
                line.number,
                printed,
                f"each police force area once; {area.pfa_name} ({area.pfa_code}) is already listed at line {seen[area.pfa_code]}",
            )
        pence, after = _read_amount(rest, source_id, line.number, printed)
        if int(bids) < 1:
            raise SourceError(source_id, line.number, f"{printed} ({bids})", "the number of bids an award was made on: 1 or more")
        seen[area.pfa_code] = line.number
        award = _Open(printed, area.pfa_code, area.pfa_name, int(bids), pence, line.number)
        award.add(_clean(after), line.number)
        awards.append(award)
        return after

    ended_at: int | None = None  # line of a marker that closed the list ("Notes to editors")
    for line in lines:
        raw = line.text
        if not raw.strip():
            continue
        anchors = [m for m in _ANCHOR.finditer(raw) if _looks_like_head(raw, m, reg)]
        if awards and not anchors and (ended_at or _end_markers().search(raw.replace("**", "").strip())):
            ended_at = ended_at or line.number
            roles.append(LineRole(line.number, "postamble", note=f"after the end of the list at line {ended_at}"))
            continue
        if anchors:
            ended_at = None
        if not anchors:
            _place_text(raw, line, awards, roles)
            if not awards:
                if _HEADLINE.search(raw) and stated_total is None:
                    try:
                        first = next(iter_amounts(raw.replace("**", "")), None)
                    except ValueError as exc:  # "£1.234": fractions of a penny
                        raise SourceError(
                            source_id, line.number, str(exc).split(": ", 1)[-1], "an amount in whole pence, such as £11.3m"
                        ) from None
                    if first is not None:
                        stated_total, stated_total_line = first[2], line.number
                m = _PCC_COUNT.search(raw)
                if m and stated_pcc_count is None:
                    n = m.group("n").lower()
                    stated_pcc_count = int(n) if n.isdigit() else _NUMBER_WORDS[n]
                    stated_pcc_line = line.number
            continue
        # Text before the first head on this line belongs to the award already open.
        first_name, first_start = _head_name(raw[: anchors[0].start()])
        before = raw[:first_start]
        if before.replace("**", "").strip():
            _place_text(before, line, awards, roles, record=False)
        name = first_name  # each head's name ends the text before it
        for i, m in enumerate(anchors):
            end = anchors[i + 1].start() if i + 1 < len(anchors) else len(raw)
            segment = raw[m.end() : end]
            next_name = ""
            if i + 1 < len(anchors):
                next_name, next_start = _head_name(segment)
                segment = segment[:next_start]
            open_award(name, m.group("bids"), segment, line)
            name = next_name
        roles.append(LineRole(line.number, "award", awards[-1].pfa_code))

    if not awards:
        raise SourceError(
            source_id,
            None,
            "no award entries",
            "an award list: lines such as 'Area (1) £200,000 • what the money funds'",
        )

    built = tuple(
        Award(
            round=round,
            pcc=a.pcc,
            pfa_code=a.pfa_code,
            pfa_name=a.pfa_name,
            bids=a.bids,
            amount_pence=a.amount_pence,
            source_id=source_id,
            source_line=a.line,
            initiatives=a.initiatives(),
        )
        for a in awards
    )
    return AwardList(
        source_id=source_id,
        round=round,
        awards=built,
        lines=tuple(sorted(roles, key=lambda r: r.line)),
        stated_total=stated_total,
        stated_total_line=stated_total_line,
        stated_pcc_count=stated_pcc_count,
        stated_pcc_count_line=stated_pcc_line,
    )


def _looks_like_head(raw: str, m: re.Match, reg: Register) -> bool:
    """An ``(n)`` is an entry head when an amount follows it or a known area precedes it."""
    if _POUND_AFTER.match(raw, m.end()):
        return True
    # Only the text just before the "(n)" can hold a name; looking further back would
    # make a line of many "(n)" quadratic.
    window = raw[max(0, m.start() - _NAME_WINDOW) : m.start()]
    name, _ = _head_name(window)
    name = _clean(name)
    if not name or len(name.split()) > 10:
        return False
    return reg.lookup(name) is not None or (m.group("bold") is not None and window.rstrip().rfind("**") != -1)


def _place_text(text: str, line: Line, awards: list[_Open], roles: list[LineRole], record: bool = True) -> None:
    """Attach a piece of text with no entry head to the open award, or classify it."""
    bulleted = bool(_BULLET.match(text))
    body = _clean(_BULLET.sub("", text, count=1))
    if _is_boilerplate(text) or not body:
        if record:
            roles.append(LineRole(line.number, "boilerplate"))
        return
    if not awards:
        if record:
            if _HEADLINE.search(text) and not bulleted:
                roles.append(LineRole(line.number, "heading"))
            elif bulleted:
                roles.append(LineRole(line.number, "unassigned", note="a bullet before the first award"))
            else:
                roles.append(LineRole(line.number, "preamble"))
        return
    current = awards[-1]
    if bulleted and _SUBITEM.match(body):
        current.extend(body, line.number)
    elif bulleted:
        current.add(body, line.number)
    elif not current.strands or (current.last_is_complete() and not body[:1].islower()):
        current.add(body, line.number)
    else:
        current.extend(body, line.number)
    if record:
        roles.append(LineRole(line.number, "award", current.pfa_code))
