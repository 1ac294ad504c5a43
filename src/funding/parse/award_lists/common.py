"""What every layout's reader shares: recipients' names, bids, amounts, descriptions,
stated totals and the checks that make a silent wrong record impossible."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from funding.core.money import Amount, MoneyError, read_money_at, read_money_cell
from funding.core.packagedata import data_csv, data_patterns
from funding.core.text import Line
from funding.errors import SourceError
from funding.reference.register import PoliceForceArea, Register, normalise_name
from funding.parse.award_lists.records import Award, AwardYear, Initiative

#: The most words a recipient's name can take (the longest official title, "Police and
#: Crime Commissioner for Devon, Cornwall and the Isles of Scilly", has 12); a longer
#: run before an amount is prose, not an entry.
MAX_NAME_WORDS = 12


# ---------------------------------------------------------------------------- names

_INVISIBLE = {"Cc", "Cf", "Co", "Cs"}


def clean_printed(name: str) -> str:
    """A recipient's name as printed, with bold markers, control and bidirectional
    characters removed and spaces collapsed."""
    text = name if name.isprintable() else "".join(ch for ch in name if unicodedata.category(ch) not in _INVISIBLE or ch in "\t\n")
    text = re.sub(r"(?<=\w)\*\*(?=\w)", " ", text).replace("**", "")
    text = " ".join(text.split())
    return text.strip(" :–—-•|").strip()


@lru_cache(maxsize=1)
def _titles() -> tuple[re.Pattern, ...]:
    return tuple(p for _, _, p in data_patterns("award_list_titles.csv"))


@lru_cache(maxsize=1)
def _local_authorities() -> dict[str, tuple[str, str]]:
    """District name key → (district name, force area code), from local_authority_pfa.csv."""
    return {normalise_name(r["lad_name"]): (r["lad_name"], r["pfa_code"]) for r in data_csv("local_authority_pfa.csv", ("lad_name", "pfa_code"))}


def lookup_recipient(name: str, reg: Register) -> PoliceForceArea | None:
    """The area a recipient's name (a whole phrase) refers to, or ``None``.

    The name itself, or one of the official forms of a commissioner's title in
    ``award_list_titles.csv`` around an area's name: never a part of the name."""
    area = reg.lookup(name)
    if area is not None:
        return area
    plain = name.replace("’", "'")
    for pattern in _titles():
        m = pattern.fullmatch(plain)
        if m:
            area = reg.lookup(m.group("area"))
            if area is not None:
                return area
    return None


def resolve_recipient(printed: str, reg: Register, source: str, line: int) -> tuple[PoliceForceArea, str]:
    """The area and the cleaned printed name, or a :class:`SourceError` that suggests
    the force area a local authority lies in, or the closest names."""
    name = clean_printed(printed)
    area = lookup_recipient(name, reg) if name else None
    if area is not None:
        return area, name
    expected = "the name of one of the 43 police force areas of England and Wales (or its commissioner's title)"
    la = _local_authorities().get(normalise_name(name))
    if la is not None and reg.lookup(name) is None:
        pfa = reg.by_code(la[1])
        raise SourceError(
            source, line, name, expected,
            hint=f"{la[0]} is a local authority, not a police force area; it lies in {pfa.pfa_name} ({pfa.pfa_code})",
        )
    closest = reg.closest(name) if name else []
    raise SourceError(
        source, line, name or "an empty name", expected,
        hint=("closest: " + ", ".join(closest)) if closest else "no close name; add an alias to pfa_aliases.csv",
    )


# ---------------------------------------------------------------------------- bids

#: A bid count as printed: "(1)", "(1 bid)", "(2 projects)"; the digits of any script,
#: so that non-ASCII digits are refused rather than missed.
BIDS = re.compile(r"\((?P<n>[^\W_]{1,4})(?:\s*(?P<word>bids?|projects?|applications?))?\)", re.I)


def read_bids(token: str, source: str, line: int) -> int | None:
    """The printed number of bids in a cell or a parenthesis; ``None`` when empty."""
    text = token.strip().strip("()").replace("**", "").strip()
    text = re.sub(r"\s*(?:bids?|projects?|applications?)$", "", text, flags=re.I)
    if not text:
        return None
    if not text.isdecimal():
        raise SourceError(source, line, token.strip(), "a number of bids in digits, such as (1) or (2 bids)")
    if not text.isascii():
        raise SourceError(source, line, text, "a number of bids in ASCII digits 0-9; other scripts are not read")
    n = int(text)
    if n < 1:
        raise SourceError(source, line, token.strip(), "the number of bids an award was made on: 1 or more")
    return n


# ---------------------------------------------------------------------------- amounts


def money_at(text: str, pos: int, source: str, line: int, allow_inexact: bool) -> tuple[Amount, int]:
    try:
        return read_money_at(text, pos, allow_inexact=allow_inexact)
    except MoneyError as exc:
        raise SourceError(source, line, exc.found, exc.expected) from None


def money_cell(cell: str, source: str, line: int, allow_inexact: bool) -> Amount:
    try:
        return read_money_cell(cell, allow_inexact=allow_inexact)
    except MoneyError as exc:
        raise SourceError(source, line, exc.found, exc.expected) from None


_YEAR = re.compile(r"(?:FY\s*)?(?P<a>20[0-9]{2})\s*(?:-|–|/|to)\s*(?P<b>(?:20)?[0-9]{2})$", re.I)


def financial_year(text: str) -> str | None:
    """``'2023-24'`` from a header or phrase such as ``2023-24``, ``2023/24``, ``2023 to 2024``."""
    m = _YEAR.match(text.strip())
    if not m:
        return None
    a, b = int(m.group("a")), int(m.group("b")[-2:])
    return f"{a}-{b:02d}" if (a + 1) % 100 == b else None


# ---------------------------------------------------------------------------- descriptions

_ITEM_SPLIT = re.compile(r"\s*;\s+|(?<=[.!?])\s+(?=[A-Z])")


def description_items(text: str) -> list[str]:
    """The strands of a description cell or a trailing ``– description``: items are
    separated by ``;`` or are sentences of their own."""
    return [t.strip().rstrip(";").strip() for t in _ITEM_SPLIT.split(text.strip()) if t.strip().strip(".;")]


def initiatives_of(items: list[str], line: int) -> tuple[Initiative, ...]:
    return tuple(Initiative(i, t, line, line) for i, t in enumerate(items, start=1))


# ---------------------------------------------------------------------------- records


def build_award(
    *, round: str, printed: str, area: PoliceForceArea, bids: int | None, amount: Amount, source: str, line: int,
    initiatives: tuple[Initiative, ...] = (), years: tuple[AwardYear, ...] = (),
) -> Award:
    return Award(
        round=round, pcc=printed, pfa_code=area.pfa_code, pfa_name=area.pfa_name, bids=bids, amount_pence=amount.pence,
        source_id=source, source_line=line, initiatives=initiatives, amount_qualifier=amount.qualifier,
        low_pence=amount.low_pence, high_pence=amount.high_pence, years=years,
    )


def check_unique(awards: list[Award], source: str) -> None:
    seen: dict[str, int] = {}
    for a in awards:
        if a.pfa_code in seen:
            raise SourceError(
                source, a.source_line, a.pcc,
                f"each police force area once; {a.pfa_name} ({a.pfa_code}) is already listed at line {seen[a.pfa_code]}",
            )
        seen[a.pfa_code] = a.source_line


def reconcile_years(years: list[AwardYear], total: Amount | None, source: str, line: int, found: str) -> None:
    """A printed row total must be the sum of its years: refused, never corrected."""
    if total is None or not years:
        return
    summed = sum(y.amount_pence for y in years)
    if total.is_exact and total.pence != summed:
        from funding.core.money import format_pounds

        raise SourceError(source, line, found, f"the row's total to equal the sum of its years, {format_pounds(summed)}")


def reconcile_stated_total(awards: list[Award], total: Amount | None, line: int | None, source: str) -> None:
    """An exact total printed for the whole list must equal the sum of the awards read."""
    if total is None or not total.is_exact or any(a.amount_qualifier != "exact" for a in awards):
        return
    summed = sum(a.amount_pence for a in awards)
    if summed != total.pence:
        from funding.core.money import format_pounds

        raise SourceError(
            source, line, total.text,
            f"the list's stated total to equal the sum of its {len(awards)} awards, {format_pounds(summed)}",
            hint="an award may be missing or misread",
        )


# ---------------------------------------------------------------------------- page furniture


@lru_cache(maxsize=1)
def boilerplate() -> re.Pattern:
    patterns = [row["pattern"] for _, row, _ in data_patterns("award_list_boilerplate.csv")]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


@lru_cache(maxsize=1)
def end_markers() -> re.Pattern:
    patterns = [row["pattern"] for _, row, _ in data_patterns("award_list_end_markers.csv")]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


def is_boilerplate(text: str) -> bool:
    return boilerplate().search(text.replace("**", "").strip()) is not None


def is_end_marker(text: str) -> bool:
    return end_markers().search(text.replace("**", "").strip(" #*_")) is not None


TOTAL = re.compile(r"^\W*(?:grand\s+)?total\b", re.I)


# ---------------------------------------------------------------------------- split amounts

_TRAILING_GROUP = re.compile(r"£\s?[0-9]{1,3}(?:,[0-9]{3})*,\s*$", re.ASCII)
_CONTINUED = re.compile(r"^\s*[0-9]{3}(?:,[0-9]{3})*(?:\.[0-9]{2})?(?![0-9])", re.ASCII)


def join_split_amounts(lines: list[Line], source: str) -> list[Line]:
    """Amounts broken across a line end after a comma, joined when certain.

    ``£1,`` then a line starting ``482,906``: the continuation carries its own
    thousands separator, so the break falls inside one grouped number; the digits
    move up to the first line.  ``£200,`` then a line starting with a lone ``000``
    could be the start of other text: refused."""
    out = list(lines)
    for i in range(len(out) - 1):
        m = _TRAILING_GROUP.search(out[i].text)
        if not m:
            continue
        nxt = out[i + 1]
        c = _CONTINUED.match(nxt.text)
        if c is None:
            continue
        digits = c.group(0).strip()
        if "," not in digits:
            raise SourceError(
                source, out[i].number, m.group(0).strip(),
                "an amount on one line; a break after a comma followed by a single group of digits is not certain",
                hint=f"the next line starts with '{digits}'",
            )
        out[i] = Line(out[i].number, out[i].text.rstrip() + digits)
        out[i + 1] = Line(nxt.number, nxt.text[c.end():])
    return out
