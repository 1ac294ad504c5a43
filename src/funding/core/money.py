"""Money as integer pence.

Amounts are parsed with :class:`decimal.Decimal` and stored as ``int`` pence;
pounds appear only when formatting for display.  Local releases give amounts
that are not exact ("more than £240,000", "£1.2m"): :class:`Amount` keeps the
qualifier and the precision so that nothing pretends to be more precise than
its source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

#: An exact amount as printed in award lists: £311,836 or £200,333.33.
#: Digits are ASCII only (``re.ASCII``): ``\d`` would also take Arabic-Indic or
#: full-width digits and read them silently as amounts.
EXACT_AMOUNT = re.compile(
    r"£\s?(?P<pounds>[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*|0)(?:\.(?P<pence>\d{2}))?(?![\d,]*\d)(?!\.\d)", re.ASCII
)

#: Any money-looking token, for reporting malformed amounts.
MONEY_TOKEN = re.compile(r"£\s?[0-9][0-9A-Za-z,.]*|£\s?[A-Za-z0-9][0-9,.]*")

_MONEY = re.compile(
    r"£\s?(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"\s?(?P<unit>million\b|m\b|bn\b|billion\b|k\b|thousand\b)?",
    re.IGNORECASE | re.ASCII,
)

_UNIT = {
    None: 1,
    "k": 1_000,
    "thousand": 1_000,
    "m": 1_000_000,
    "million": 1_000_000,
    "bn": 1_000_000_000,
    "billion": 1_000_000_000,
}


@dataclass(frozen=True)
class Amount:
    """A sum of money as a source states it.

    ``pence`` is the stated figure (for "more than £240,000" it is the bound,
    24,000,000).  ``precision_pence`` is the unit the figure was given to:
    1 for "£200,333.33", 100 for "£246,792", 10,000,000 for "£1.2m" (£0.1m).
    ``qualifier`` is one of ``exact``, ``more_than``, ``at_least``, ``less_than``,
    ``up_to``, ``about`` or ``rounded`` (a round figure with no word).
    """

    pence: int
    precision_pence: int
    qualifier: str
    text: str

    @property
    def is_exact(self) -> bool:
        return self.qualifier == "exact"

    @property
    def low_pence(self) -> int | None:
        """Smallest value the statement allows (None when unbounded below)."""
        if self.qualifier in ("exact",):
            return self.pence
        if self.qualifier in ("more_than", "at_least"):
            return self.pence
        if self.qualifier in ("less_than", "up_to"):
            return 0
        return self.pence - self.precision_pence // 2

    @property
    def high_pence(self) -> int | None:
        """Largest value the statement allows (None when unbounded above)."""
        if self.qualifier == "exact":
            return self.pence
        if self.qualifier in ("more_than", "at_least"):
            return None
        if self.qualifier in ("less_than", "up_to"):
            return self.pence
        return self.pence + self.precision_pence // 2

    def allows(self, pence: int) -> bool:
        """Whether an exact figure is consistent with this statement."""
        low, high = self.low_pence, self.high_pence
        return (low is None or pence >= low) and (high is None or pence <= high)


#: Words just before an amount that qualify it.  Each starts at a word boundary
#: ("the founder £30,000" is not "under £30,000"), and "over" after a verb such as
#: "handed" is a phrasal verb, not a bound.
_PHRASAL_OVER = r"(?<!\bhanded )(?<!\bhand )(?<!\bhands )(?<!\bhanding )(?<!\btaken )(?<!\bsigned )(?<!\bturned )"
_QUALIFIERS = (
    (re.compile(r"\b(?:more than|in excess of|upwards of|above)\s*$|" + _PHRASAL_OVER + r"\bover\s*$", re.I), "more_than"),
    (re.compile(r"\b(?:just over|just above)\s*$", re.I), "more_than"),
    (re.compile(r"\b(?:at least|a minimum of)\s*$", re.I), "at_least"),
    (re.compile(r"\b(?:less than|under|below|just under)\s*$", re.I), "less_than"),
    (re.compile(r"\b(?:up to|a maximum of|as much as)\s*$", re.I), "up_to"),
    (re.compile(r"\b(?:about|around|approximately|roughly|nearly|almost|some|an estimated|c\.)\s*$", re.I), "about"),
)


def parse_amount(text: str, before: str = "") -> Amount:
    """Parse one money expression such as ``£1.2m`` or ``£246,792``.

    ``before`` is the text that precedes the amount, read for a qualifier
    ("more than", "about").  Raises :class:`ValueError` when ``text`` is not an
    amount; callers turn that into a :class:`~funding.errors.SourceError` with
    their file and line.
    """
    m = _MONEY.fullmatch(text.strip())
    if not m:
        raise ValueError(f"not an amount of money: {text!r}")
    number = m.group("number").replace(",", "")
    unit = (m.group("unit") or "").lower() or None
    try:
        value = Decimal(number) * _UNIT[unit] * 100
    except InvalidOperation as exc:  # pragma: no cover - regex admits only digits
        raise ValueError(f"not an amount of money: {text!r}") from exc
    if value != value.to_integral_value():
        raise ValueError(f"amount has fractions of a penny: {text!r}")
    pence = int(value)
    decimals = len(number.split(".")[1]) if "." in number else 0
    precision = int(Decimal(_UNIT[unit] * 100) / (Decimal(10) ** decimals))
    precision = max(precision, 1)
    qualifier = "exact"
    for pattern, name in _QUALIFIERS:
        if pattern.search(before[-40:]):
            qualifier = name
            break
    if qualifier == "exact" and unit is not None:
        qualifier = "rounded"
    return Amount(pence=pence, precision_pence=precision, qualifier=qualifier, text=text.strip())


def iter_amounts(text: str):
    """Each money expression in ``text`` as ``(start, end, Amount)``, lazily, in order.

    Raises :class:`ValueError`, when it is reached, for an amount with fractions of a penny.
    """
    for m in _MONEY.finditer(text):
        # parse_amount reads only the last 40 characters before an amount; slicing just
        # those keeps a line of many amounts linear.
        before = text[max(0, m.start() - 40) : m.start()]
        yield m.start(), m.end(), parse_amount(m.group(0), before=before)


def find_amounts(text: str) -> list[tuple[int, int, Amount]]:
    """Every money expression in ``text`` as ``(start, end, Amount)``, with qualifiers."""
    return list(iter_amounts(text))


def parse_exact_pence(text: str) -> int:
    """Pence from an exact amount such as ``£200,333.33`` (ValueError otherwise)."""
    m = EXACT_AMOUNT.fullmatch(text.strip())
    if not m:
        raise ValueError(f"not an exact amount: {text!r}")
    pounds = int(m.group("pounds").replace(",", ""))
    return pounds * 100 + int(m.group("pence") or 0)


def format_pounds(pence: int, *, always_pence: bool = False) -> str:
    """``20033333`` → ``'£200,333.33'``; ``31183600`` → ``'£311,836'``."""
    sign = "-" if pence < 0 else ""
    pounds, rest = divmod(abs(int(pence)), 100)
    if rest or always_pence:
        return f"{sign}£{pounds:,}.{rest:02d}"
    return f"{sign}£{pounds:,}"


def format_pounds_short(pence: int) -> str:
    """Compact form for axis labels and legends: £1.5m, £450k, £900, -£1.5m.

    Rounded half up, exactly (no binary floating point); a figure that rounds
    to a thousand thousands is written in millions (£999,950 is £1m, not £1000k).
    """
    from decimal import ROUND_HALF_UP

    sign = "-" if pence < 0 else ""
    p = Decimal(abs(int(pence)))
    thousands = (p / 100_000).quantize(Decimal(1), ROUND_HALF_UP)
    if p >= 100_000_000 or thousands >= 1000:
        millions = (p / 100_000_000).quantize(Decimal("0.01"), ROUND_HALF_UP)
        text = f"{millions:f}".rstrip("0").rstrip(".")
        return f"{sign}£{text}m"
    pounds = (p / 100).quantize(Decimal(1), ROUND_HALF_UP)
    if pounds >= 1000:
        return f"{sign}£{thousands}k"
    return f"{sign}£{pounds:,}"


def pence_to_pounds_str(pence: int) -> str:
    """Pounds with exactly two decimals and no symbol, for CSV columns: ``'200333.33'``."""
    sign = "-" if pence < 0 else ""
    pounds, rest = divmod(abs(int(pence)), 100)
    return f"{sign}{pounds}.{rest:02d}"


def qualifier_words(qualifier: str) -> str:
    """The words a qualifier is written with ("more_than" → "more than"; "" for exact and rounded),
    from the one vocabulary, ``reference/data/qualifiers.csv``."""
    from funding.core.packagedata import data_csv

    words = {r["qualifier"]: r["words"] for r in data_csv("qualifiers.csv", ("qualifier", "bound"))}
    return words.get(qualifier, qualifier)


# --------------------------------------------------------------------------- hazards (added for local releases)

#: A figure broken by a space: "£200, 000" (space after the thousands comma) or "£1 36,692"
#: (a space inside the digits).  Read by ``_MONEY`` these come out short ("£200", "£1"), so
#: they are found first and reported instead of read.
MALFORMED_AMOUNT = re.compile(
    r"£\s?\d{1,3}(?:,\s+\d{3}(?:,\s?\d{3})*|\s\d{1,3}(?:,\d{3})+)(?:\.\d{2})?(?![\d,])", re.ASCII
)
#: A minus sign straight before the pound sign ("-£136,692", "−£5,000"), at the start of
#: the text or after a space or bracket, so that a range "£100-£200" is not read as negative.
NEGATIVE_AMOUNT = re.compile(r"(?:^|(?<=[\s(\[]))[-−–]\s?£\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:m|k|bn|million)\b)?", re.ASCII)


@dataclass(frozen=True)
class MoneyHazard:
    """A money-looking token that must not be read as an amount, and why."""

    start: int
    end: int
    problem: str  # malformed_amount or negative_amount
    found: str


def money_hazards(text: str) -> list[MoneyHazard]:
    """Malformed ("£200, 000", "£1 36,692") and negative ("-£136,692") figures in ``text``, in order."""
    out = [MoneyHazard(m.start(), m.end(), "malformed_amount", m.group(0)) for m in MALFORMED_AMOUNT.finditer(text)]
    out += [MoneyHazard(m.start(), m.end(), "negative_amount", m.group(0)) for m in NEGATIVE_AMOUNT.finditer(text)]
    return sorted(out, key=lambda h: h.start)


def read_amounts(text: str) -> tuple[list[tuple[int, int, Amount]], list[MoneyHazard]]:
    """The amounts of :func:`find_amounts` that are safe to use, and the hazards that were not read.

    An amount overlapping a hazard is dropped: "£200, 000" is not £200 and "-£5,000" is
    not £5,000.  Raises :class:`ValueError`, like :func:`find_amounts`, for fractions of a penny.
    """
    hazards = money_hazards(text)
    amounts = [
        (s, e, a) for s, e, a in find_amounts(text)
        if not any(h.start <= s < h.end or s <= h.start < e for h in hazards)
    ]
    return amounts, hazards
