"""The inline bullet form (the 2021 list): ``Area (n) £amount • strand • strand``.

An entry starts with the recipient as printed and the number of bids in
parentheses, then the amount, then the first strand of work; further strands
follow as bullets, on the same line or on lines of their own.  Some entries begin
mid-line after the previous entry's last bullet, some are bold
(``**Cheshire (1)**``), bullets are ``•`` or ``-``, and one strand runs over a
blank line.  HTML lists are flattened by :mod:`funding.core.text` to the same
numbered lines and read here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from funding.core.money import Amount, iter_amounts
from funding.core.packagedata import data_patterns
from funding.core.text import Line
from funding.errors import SourceError
from funding.parse.award_lists.common import (
    BIDS, TOTAL, build_award, clean_printed, description_items, financial_year, is_boilerplate, is_end_marker,
    lookup_recipient, money_at, read_bids, reconcile_stated_total, resolve_recipient,
)
from funding.parse.award_lists.entries import _AND, _YEAR_PART, match_entry
from funding.parse.award_lists.records import Award, AwardList, AwardYear, Initiative, LineRole
from funding.reference.register import Register

_QUALIFIER_WORDS = r"(?:up to|over|more than|in excess of|at least|about|around|approximately|less than|under|a maximum of|just over|just under)"
_POUND_AFTER = re.compile(r"\s*(?:\*\*)?\s*(?:[–—:-]\s*)?(?:\*\*)?\s*(?:" + _QUALIFIER_WORDS + r"\s+)?[-−]?£", re.I)
#: Only the text just before an "(n)" can hold a name (see _looks_like_head).
_NAME_WINDOW = 200
_ANCHOR = re.compile(BIDS.pattern + r"(?P<bold>\*\*)?[ \t]*", re.I)
_BULLET = re.compile(r"^\s*(?:[-•*–—]|\d{1,2}[.)])\s+")
_INLINE_BULLET = re.compile(r"\s+•\s*")
_SUBITEM = re.compile(r"^(?:[ivx]{1,4}|[a-h])[.)]\s", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"'”)]?\s*$")
_NAME_BOUNDARY = re.compile(r"(?:[.!?;•]\s|\s[–—-]\s|^\s*[-•*–—]\s)")
_SEPARATOR = re.compile(r"^\s*(?:\*\*)?\s*(?P<sep>[•–—:-])?\s*")
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
_BOLD_BETWEEN_WORDS = re.compile(r"(?<=\w)\*\*(?=\w)")


def _clean(text: str) -> str:
    # Bold marks go; one between two words leaves a space, others nothing, so that
    # "weekly <b>group</b>." reads "weekly group." and not "weekly group .".
    if "**" not in text:  # most lines: no bold marks, no pattern to run
        return " ".join(text.split())
    return " ".join(_BOLD_BETWEEN_WORDS.sub(" ", text).replace("**", "").split())


@dataclass
class _Open:
    """An award being read: its head and the strands collected so far."""

    printed: str
    area: object
    bids: int | None
    amount: Amount
    line: int
    years: tuple = ()
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
        return strands_to_initiatives([(" ".join(pieces).strip(), first, last) for pieces, first, last in self.strands])


#: A bullet that names two programmes is a sentence or two; longer text is not tried.
_MAX_SPLIT_CHARS = 600


@lru_cache(maxsize=1)
def _strand_rules() -> tuple[tuple[re.Pattern, ...], tuple[re.Pattern, ...]]:
    rows = data_patterns("award_list_strands.csv")
    return (
        tuple(p for _, r, p in rows if r["kind"] == "continues"),
        tuple(p for _, r, p in rows if r["kind"] == "splits"),
    )


def strands_to_initiatives(strands: list[tuple[str, int, int]]) -> tuple[Initiative, ...]:
    """Numbered initiatives from the bullets of one award: a bullet that introduces two
    separately named programmes becomes two strands (same lines), and a bullet that only
    says more about the programme before it is marked ``continues_previous``."""
    continues, splits = _strand_rules()
    out: list[Initiative] = []
    for text, first, last in strands:
        parts = [text]
        for pattern in splits if len(text) <= _MAX_SPLIT_CHARS else ():
            m = pattern.match(text)
            if m:
                parts = [m.group("first").strip(), m.group("second").strip()]
                break
        for part in parts:
            cont = bool(out) and part is parts[0] and any(p.search(part) for p in continues)
            out.append(Initiative(len(out) + 1, part, first, last, cont))
    return tuple(out)


def _head_name(segment: str) -> tuple[str, int]:
    """The printed name ending a segment, and where it starts in the segment."""
    bold = segment.rfind("**")
    if bold != -1 and segment[bold + 2 :].strip():
        start = bold + 2
    else:
        starts = [m.end() for m in _NAME_BOUNDARY.finditer(segment)]
        start = starts[-1] if starts else 0
    return segment[start:].strip(), start


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
    return lookup_recipient(name, reg) is not None or (m.group("bold") is not None and window.rstrip().rfind("**") != -1)


#: What may stand between an entry's ``(n)`` and its ``£``: bold marks, a separator, a qualifier word.
_LEAD = re.compile(r"(?:\*\*)?\s*(?:[–—:-]\s*)?(?:\*\*)?\s*(?:" + _QUALIFIER_WORDS + r"\s*)?[-−]?\s*", re.I)


def _amount_and_strands(rest: str, source: str, line: int, name: str, allow_inexact: bool) -> tuple[Amount, list[str], list[AwardYear]]:
    """The amount after an entry's ``(n)`` and the strands printed after it on the line."""
    stripped = rest.lstrip().removeprefix("**").lstrip()
    pos = stripped.find("£")
    lead = stripped[:pos] if pos != -1 else stripped
    if pos == -1 or not _LEAD.fullmatch(lead):
        if stripped[:1].isdigit():
            token = stripped.split()[0]
            raise SourceError(source, line, f"{name} … {token}", "an amount with a pound sign, such as £200,000")
        raise SourceError(source, line, f"{name} {stripped[:30]}".strip(), "an amount such as £200,000 after the number of bids")
    amount, end = money_at(stripped, pos, source, line, allow_inexact)
    years: list[AwardYear] = []
    year = _YEAR_PART.match(stripped, end)
    while year is not None:
        # "£X in 2023-24 and £Y in 2024-25": every year is read, and the award is their sum.
        fy = financial_year(year.group("fy"))
        if fy is None or not amount.is_exact:
            raise SourceError(source, line, stripped[pos : year.end()], "an exact amount in a financial year such as £200,000 in 2023-24")
        years.append(AwardYear(fy, amount.pence))
        end = year.end()
        nxt = _AND.match(stripped, end)
        if nxt is None:
            break
        pos = nxt.end()
        amount, end = money_at(stripped, pos, source, line, False)
        year = _YEAR_PART.match(stripped, end)
        if year is None:
            raise SourceError(source, line, stripped[pos:end], "the financial year of each amount, such as £200,000 in 2024-25")
    if years:
        amount = Amount(sum(y.amount_pence for y in years), 1, "exact", "sum of the years")
    after = stripped[end:]
    if after.startswith("."):
        after = after[1:]
    after = after.removeprefix("**")
    m = _SEPARATOR.match(after)
    sep = m.group("sep")
    body = after[m.end():]
    if sep in ("–", "—", "-"):
        strands = description_items(_clean(body))
    else:
        strands = [s for s in (_clean(p) for p in _INLINE_BULLET.split(body)) if s]
    return amount, strands, years


def read_inline(
    lines: list[Line], source_id: str, round: str, reg: Register, *, allow_inexact: bool = False, layout: str = "inline_bullets"
) -> AwardList:
    """Awards from numbered lines in the inline bullet form (text, or an HTML list flattened)."""
    awards: list[_Open] = []
    roles: list[LineRole] = []
    seen: dict[str, int] = {}
    stated_total: Amount | None = None
    stated_total_line = stated_pcc_count = stated_pcc_line = None
    total_read = False

    def open_award(name: str, bids: str, rest: str, line: Line) -> None:
        area, printed = resolve_recipient(_clean(name), reg, source_id, line.number)
        if area.pfa_code in seen:
            raise SourceError(
                source_id, line.number, printed,
                f"each police force area once; {area.pfa_name} ({area.pfa_code}) is already listed at line {seen[area.pfa_code]}",
            )
        n = read_bids(bids, source_id, line.number) if bids is not None else None
        amount, strands, years = _amount_and_strands(rest, source_id, line.number, printed, allow_inexact)
        seen[area.pfa_code] = line.number
        award = _Open(printed, area, n, amount, line.number, years=tuple(years))
        for s in strands:
            award.add(s, line.number)
        awards.append(award)

    ended_at: int | None = None  # line of a marker that closed the list ("Notes to editors")
    for line in lines:
        raw = line.text
        if not raw.strip():
            continue
        anchors = [m for m in _ANCHOR.finditer(raw) if _looks_like_head(raw, m, reg)]
        plain = _clean(_BULLET.sub("", raw, count=1))
        if not anchors and awards and TOTAL.match(plain) and "£" in plain:
            amount, _ = money_at(plain, plain.index("£"), source_id, line.number, False)
            stated_total, stated_total_line, total_read = amount, line.number, True
            roles.append(LineRole(line.number, "total", note="the list's stated total"))
            continue
        if awards and not anchors and (ended_at or total_read or is_end_marker(raw)):
            ended_at = ended_at or line.number
            roles.append(LineRole(line.number, "postamble", note=f"after the end of the list at line {ended_at}"))
            continue
        if anchors:
            ended_at = None
        head = None if anchors else _unnumbered_head(plain)
        if head is not None:
            # "Kent £200,000 • …", "Kent: £…": an entry whose bids are not printed is an
            # entry (bids null), never text run into the previous award's strands.
            open_award(head[0], None, head[1], line)
            roles.append(LineRole(line.number, "award", awards[-1].area.pfa_code))
            continue
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
            open_award(name, m.group("n"), segment, line)
            name = next_name
        roles.append(LineRole(line.number, "award", awards[-1].area.pfa_code))

    if not awards:
        raise SourceError(
            source_id, None, "no award entries",
            "an award list: lines such as 'Area (1) £200,000 • what the money funds'",
        )
    built = tuple(
        build_award(
            round=round, printed=a.printed, area=a.area, bids=a.bids, amount=a.amount, source=source_id, line=a.line,
            initiatives=a.initiatives(), years=a.years,
        )
        for a in awards
    )
    if total_read:
        reconcile_stated_total(list(built), stated_total, stated_total_line, source_id)
    return AwardList(
        source_id=source_id, round=round, awards=built, lines=tuple(sorted(roles, key=lambda r: r.line)),
        stated_total=stated_total, stated_total_line=stated_total_line, stated_pcc_count=stated_pcc_count,
        stated_pcc_count_line=stated_pcc_line, layout=layout,
    )


def _unnumbered_head(plain: str) -> tuple[str, str] | None:
    """``(name, rest)`` when a line starts with a name and an amount and no ``(n)``: a short
    name-like phrase, then ``£``, then nothing, a ``•`` or a dash (see entries.match_entry)."""
    if "£" not in plain or plain.startswith("£"):
        return None
    parts = match_entry(plain)
    if parts is None:
        return None
    name, bids_before, moneys, bids_after, desc = parts
    if bids_before or bids_after or len(moneys) != 1 or moneys[0][2] is not None:
        return None
    token = plain[moneys[0][0] : moneys[0][1]]
    if not desc and not plain.rstrip().endswith("•") and re.search(r"[A-Za-z]", token):
        return None  # "Awards of £0.8m": a headline, not an entry (an entry has strands or an exact amount)
    start = plain.find(name)
    return name, plain[start + len(name) :]


def _place_text(text: str, line: Line, awards: list[_Open], roles: list[LineRole], record: bool = True) -> None:
    """Attach a piece of text with no entry head to the open award, or classify it."""
    bulleted = bool(_BULLET.match(text))
    body = _clean(_BULLET.sub("", text, count=1))
    if is_boilerplate(text) or not body:
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
    pieces = [p for p in (_clean(p) for p in _INLINE_BULLET.split(body)) if p]
    for k, piece in enumerate(pieces):
        if k > 0:
            current.add(piece, line.number)
        elif bulleted and _SUBITEM.match(piece):
            current.extend(piece, line.number)
        elif bulleted:
            current.add(piece, line.number)
        elif not current.strands or (current.last_is_complete() and not piece[:1].islower()):
            current.add(piece, line.number)
        else:
            current.extend(piece, line.number)
    if record:
        roles.append(LineRole(line.number, "award", current.area.pfa_code))
