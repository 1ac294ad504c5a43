"""One entry per line: ``Area – £amount``, ``Area: £amount``, ``Area £amount (n)``,
``Area (2 bids): £amount``, ``Area: £X in 2023-24 and £Y in 2024-25``, with the
bids before or after the amount or absent, and an optional ``– description``."""

from __future__ import annotations

import re

from funding.core.money import Amount
from funding.core.text import Line
from funding.errors import SourceError
from funding.parse.award_lists.common import (
    BIDS, MAX_NAME_WORDS, TOTAL, build_award, clean_printed, check_unique, description_items, financial_year, initiatives_of,
    is_boilerplate, is_end_marker, money_at, read_bids, reconcile_stated_total, resolve_recipient,
)
from funding.parse.award_lists.records import AwardList, AwardYear, LineRole
from funding.reference.register import Register

_QUALIFIER = r"(?:up to|over|more than|in excess of|at least|about|around|approximately|less than|under|a maximum of|just over|just under)"
_LEAD = re.compile(
    r"^(?P<name>[^£]*?)\s*(?P<bids>" + BIDS.pattern + r")?\s*(?:[:–—-]\s*)?(?P<qual>" + _QUALIFIER + r"\s+)?(?P<sign>[-−]\s?)?$",
    re.I,
)
#: A money token, lexically (validated later by the one reader of amounts).
_LEX_MONEY = re.compile(r"£\s?[^\s()•–—]*(?:\s?(?:million|billion|thousand)\b)?(?:,?\s[0-9]{3}(?![0-9]))*", re.I)
_YEAR_PART = re.compile(r"\s+in\s+(?P<fy>(?:FY\s*)?20[0-9]{2}\s*(?:-|–|/|to)\s*(?:20)?[0-9]{2})")
_AND = re.compile(r"\s*(?:,\s*and|,|and|;)\s*(?=[-−]?£)", re.I)
_TAIL = re.compile(r"\s*(?P<bids>" + BIDS.pattern + r")?\s*(?:(?P<sep>[–—•:-])\s*(?P<desc>.*?))?\s*$", re.I)
_BULLET = re.compile(r"^\s*(?:[-•*]|\d{1,2}[.)])\s+")


def _plain(text: str) -> str:
    return " ".join(_BULLET.sub("", text.replace("**", ""), count=1).split())


def _is_name(name: str) -> bool:
    name = clean_printed(name)
    words = name.split()
    return 0 < len(words) <= MAX_NAME_WORDS and not re.search(r"[.!?;]\s|[.!?]$", name) and name[:1].isalpha()


_LEAD_QUALIFIER = re.compile(r"(?:^|\s)" + _QUALIFIER + r"\s*$", re.I)
_LEAD_SEPARATOR = re.compile(r"[:–—-]\s*$")
_LEAD_BIDS = re.compile(r"\((?P<n>[^\W_]{1,4})(?:\s*(?:bids?|projects?|applications?))?\)\s*$", re.I)


def _split_lead(lead: str) -> tuple[str, str | None] | None:
    """The name and the printed bids in the text before an entry's first amount, read
    from the right (each step anchored at the end: no backtracking over the name)."""
    rest = lead.rstrip()
    if rest[-1:] in ("-", "−"):  # a dash, or a minus sign (read by the amount reader)
        rest = rest[:-1].rstrip()
    m = _LEAD_QUALIFIER.search(rest[-30:])
    if m:
        rest = rest[: len(rest) - len(m.group(0))].rstrip()
    m = _LEAD_SEPARATOR.search(rest[-3:])
    if m:
        rest = rest[: len(rest) - len(m.group(0))].rstrip()
    bids = None
    m = _LEAD_BIDS.search(rest[-40:])
    if m:
        bids = m.group(0).strip()
        rest = rest[: len(rest) - len(m.group(0))].rstrip()
    if ":" in rest[-2:] or "£" in rest:
        return None
    return rest, bids


def match_entry(text: str):
    """The parts of an entry line, lexically, or ``None`` for a line that is not one:
    ``(name, bids, [(money_start, money_end, financial_year|None)], tail_bids, description)``."""
    pos = text.find("£")
    if pos == -1 or pos > 300:
        return None
    lead = _split_lead(text[:pos])
    if lead is None or not _is_name(lead[0]):
        return None
    moneys = []
    at = pos
    while True:
        tok = _LEX_MONEY.match(text, at)
        if tok is None:
            return None
        end = tok.end()
        year = _YEAR_PART.match(text, end)
        fy = None
        if year:
            fy = year.group("fy")
            end = year.end()
        moneys.append((at, tok.end(), fy))
        nxt = _AND.match(text, end) if fy else None
        if nxt is None:
            break
        at = nxt.end()
        if text[at] in "-−":
            at += 1
    tail = _TAIL.match(text, end)
    if tail is None:
        return None
    if len(moneys) > 1 and any(fy is None for _, _, fy in moneys):
        return None
    return lead[0], lead[1], moneys, tail.group("bids"), tail.group("desc") or ""


def looks_like_entries(lines: list[Line]) -> bool:
    return any(match_entry(_plain(l.text)) is not None and not TOTAL.match(_plain(l.text)) for l in lines)


def read_entries(
    lines: list[Line], source_id: str, round: str, reg: Register, *, allow_inexact: bool = False, layout: str = "line_per_entry"
) -> AwardList:
    awards, roles = [], []
    stated_total: Amount | None = None
    stated_line = None
    ended_at = None
    for line in lines:
        text = _plain(line.text)
        if not text:
            continue
        if ended_at is not None:
            roles.append(LineRole(line.number, "postamble", note=f"after the end of the list at line {ended_at}"))
            continue
        if is_boilerplate(line.text):
            roles.append(LineRole(line.number, "boilerplate"))
            continue
        if awards and is_end_marker(text):
            ended_at = line.number
            roles.append(LineRole(line.number, "postamble", note=f"after the end of the list at line {ended_at}"))
            continue
        if TOTAL.match(text) and "£" in text and awards:
            stated_total, _ = money_at(text, text.index("£"), source_id, line.number, False)
            stated_line = line.number
            roles.append(LineRole(line.number, "total", note="the list's stated total"))
            continue
        parts = match_entry(text)
        if parts is None:
            roles.append(LineRole(line.number, "preamble" if not awards else "unassigned", note="" if not awards else "not an entry"))
            continue
        name, bids_before, moneys, bids_after, desc = parts
        area, printed = resolve_recipient(name, reg, source_id, line.number)
        if bids_before and bids_after:
            raise SourceError(source_id, line.number, f"{bids_before} … {bids_after}", "the number of bids printed once")
        bids_token = bids_before or bids_after
        bids = read_bids(bids_token, source_id, line.number) if bids_token else None
        years: list[AwardYear] = []
        amounts = []
        for start, _, fy in moneys:
            amount, _ = money_at(text, start, source_id, line.number, allow_inexact and fy is None)
            amounts.append(amount)
            if fy is not None:
                year = financial_year(fy)
                if year is None:
                    raise SourceError(source_id, line.number, fy, "a financial year such as 2023-24")
                years.append(AwardYear(year, amount.pence))
        if years:
            total = Amount(sum(y.amount_pence for y in years), 1, "exact", text[moneys[0][0] : moneys[-1][1]])
        else:
            total = amounts[0]
        items = description_items(desc) if desc else []
        awards.append(
            build_award(
                round=round, printed=printed, area=area, bids=bids, amount=total, source=source_id, line=line.number,
                initiatives=initiatives_of(items, line.number), years=tuple(years),
            )
        )
        roles.append(LineRole(line.number, "award", area.pfa_code))
    if not awards:
        raise SourceError(source_id, None, "no award entries", "lines such as 'Area – £200,000 (1)'")
    check_unique(awards, source_id)
    reconcile_stated_total(awards, stated_total, stated_line, source_id)
    return AwardList(
        source_id=source_id, round=round, awards=tuple(awards), lines=tuple(roles), stated_total=stated_total,
        stated_total_line=stated_line, layout=layout,
    )
