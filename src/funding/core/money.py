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

#: A sum in any of the notations releases use ("£50,000", "£1.2m", "£40k", "£3 thousand"): the one spelling of a
#: figure, which the readers of amounts and of organisations' lists share.
MONEY_FIGURE = re.compile(
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
        if self.qualifier in ("exact", "at_least"):
            return self.pence
        if self.qualifier == "more_than":  # strictly more: "more than £240,000" excludes £240,000
            return self.pence + 1
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
        if self.qualifier == "up_to":
            return self.pence
        if self.qualifier == "less_than":  # strictly less
            return max(self.pence - 1, 0)
        return self.pence + self.precision_pence // 2

    def allows(self, pence: int) -> bool:
        """Whether an exact figure is consistent with this statement."""
        low, high = self.low_pence, self.high_pence
        return (low is None or pence >= low) and (high is None or pence <= high)


#: Words just before an amount that qualify it.  Each starts at a word boundary
#: ("the founder £30,000" is not "under £30,000"), and "over" after a verb such as
#: "handed" is a phrasal verb, not a bound.
_PHRASAL_OVER = r"(?<!\bhanded )(?<!\bhand )(?<!\bhands )(?<!\bhanding )(?<!\btaken )(?<!\bsigned )(?<!\bturned )"
#: "up to a total of £X", "more than a sum of £X": the bound reaches over a few words naming the sum
_OF = r"(?:\s+(?:a (?:total|sum|grant|award) of|an (?:award|allocation) of))?\s*$"
_QUALIFIERS = (
    # a negated bound first: "no more than £X" is at most £X, "not less than £X" at least £X
    (re.compile(r"(?:\b(?:no|not) (?:more|greater|higher) than|\bnot (?:to )?exceed(?:ing)?|\bcapped at)" + _OF, re.I), "up_to"),
    (re.compile(r"\b(?:no|not) (?:less|fewer|lower) than" + _OF, re.I), "at_least"),
    (re.compile(r"(?:\b(?:more than|in excess of|upwards of|above)|" + _PHRASAL_OVER + r"\bover)" + _OF, re.I), "more_than"),
    (re.compile(r"\b(?:just over|just above)" + _OF, re.I), "more_than"),
    (re.compile(r"\b(?:at least|a minimum of)" + _OF, re.I), "at_least"),
    (re.compile(r"\b(?:less than|under|below|just under)" + _OF, re.I), "less_than"),
    (re.compile(r"\b(?:up to|a maximum of|as much as)" + _OF, re.I), "up_to"),
    (re.compile(r"\b(?:about|around|approximately|roughly|nearly|almost|some|an estimated|c\.)" + _OF, re.I), "about"),
)
#: words after a figure that bound it ("£120,000 at most", "£50,000 or more")
QUALIFIERS_AFTER = (
    (re.compile(r"\s*(?:at (?:the )?most|or less|or under|maximum)\b", re.I), "up_to"),
    (re.compile(r"\s*(?:at (?:the )?least|or more|or over|minimum)\b", re.I), "at_least"),
)


def parse_amount(text: str, before: str = "") -> Amount:
    """Parse one money expression such as ``£1.2m`` or ``£246,792``.

    ``before`` is the text that precedes the amount, read for a qualifier
    ("more than", "about").  Raises :class:`ValueError` when ``text`` is not an
    amount; callers turn that into a :class:`~funding.errors.SourceError` with
    their file and line.
    """
    m = MONEY_FIGURE.fullmatch(text.strip())
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
    for m in MONEY_FIGURE.finditer(text):
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


# --------------------------------------------------------------------------- award amounts
#
# Award lists must give each award to the penny.  :func:`read_money_at` and
# :func:`read_money_cell` read one amount where a list prints it and either return it
# exactly (or, when asked, with its qualifier and bounds) or raise :class:`MoneyError`
# saying what was found and what was expected: a number is never read short.


class MoneyError(ValueError):
    """An amount that cannot be read exactly: what was found and what was expected.
    Readers turn it into a :class:`~funding.errors.SourceError` with their file and line."""

    def __init__(self, found: str, expected: str) -> None:
        self.found = found
        self.expected = expected
        super().__init__(f"found {found!r}; expected {expected}")


_AWARD_NUMBER = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?", re.ASCII)
_GROUPED = re.compile(r"(?:[1-9][0-9]{0,2}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?", re.ASCII)
_AWARD_UNIT = re.compile(r"\s?(?P<unit>million|billion|thousand|bn|m|k)\b", re.I | re.ASCII)
_COMMA_SPACE_GROUP = re.compile(r", [0-9]{3}(?![0-9])", re.ASCII)
_SPACE_GROUPS = re.compile(r"(?:[ \t][0-9]{3})+(?:\.[0-9]{2})?(?![0-9,])", re.ASCII)
_RUN_ON = re.compile(r"\w|[.,][0-9]")
_MINUS_BEFORE = re.compile(r"(?:^|(?<=[\s(:]))[-−]$")  # "-£5,000"; "Kent - £5,000" is a dash
_QUALIFIER_PHRASE = {
    "rounded": "a rounded figure", "up_to": "an upper bound ('up to')", "more_than": "a lower bound ('over')",
    "at_least": "a lower bound ('at least')", "less_than": "an upper bound ('less than')", "about": "an approximate figure",
}
EXACT_EXPECTED = "an exact amount in pounds, such as £311,836 or £200,333.33"


def _non_ascii_digits(text: str) -> str:
    """The run of digits (any script) at the start of ``text`` if any of them is not ASCII."""
    run = ""
    for ch in text:
        if ch.isdecimal() or (run and ch in ",."):
            run += ch
        else:
            break
    return run if run and not run.isascii() else ""


def read_money_at(text: str, pos: int, *, allow_inexact: bool = False) -> tuple[Amount, int]:
    """The amount whose ``£`` is at ``text[pos]``, and where it ends.

    Exact amounts are ``£311,836`` and ``£200,333.33`` (ASCII digits, commas between
    thousands, pence as two decimals).  A unit (``£2 million``, ``£1.2m``, ``£786k``)
    or a qualifier before the sign (``up to``, ``over``) makes the amount inexact:
    :class:`MoneyError` unless ``allow_inexact``, when the :class:`Amount` keeps its
    qualifier and bounds.  Zero, negative, spaced (``£200 000``, ``£200, 000``) and
    non-ASCII amounts always raise :class:`MoneyError`.
    """
    if text[pos : pos + 1] != "£":
        raise ValueError(f"no pound sign at {pos}")
    before = text[max(0, pos - 40) : pos]
    end = pos + 1
    while end < len(text) and text[end] == " ":
        end += 1
    foreign = _non_ascii_digits(text[end : end + 40])
    if foreign:
        raise MoneyError(text[pos : end + len(foreign)], "an amount in ASCII digits 0-9, such as £200,000")
    m = _AWARD_NUMBER.match(text, end)
    if m is None or end - pos > 2:
        raise MoneyError(text[pos : pos + 20].split("  ")[0].strip(), "an amount such as £200,000 after the pound sign")
    number = m.group(0).rstrip(",")
    num_end = m.start() + len(number)
    token = text[pos:num_end]
    if _MINUS_BEFORE.search(before):
        sign = _MINUS_BEFORE.search(before).group(0)
        raise MoneyError(sign.strip() + token, "a positive amount: an award cannot be negative")
    if _COMMA_SPACE_GROUP.match(text, num_end):
        spaced = token + _COMMA_SPACE_GROUP.match(text, num_end).group(0)
        raise MoneyError(spaced, "one amount with its digit groups joined by commas, such as £200,000; '£200, 000' is ambiguous")
    if _SPACE_GROUPS.match(text, num_end):
        raise MoneyError(
            token + _SPACE_GROUPS.match(text, num_end).group(0), "an amount with commas between thousands, such as £200,000"
        )
    if not _GROUPED.fullmatch(number):
        raise MoneyError(token, f"{EXACT_EXPECTED}, with digits grouped in threes by commas")
    unit = _AWARD_UNIT.match(text, num_end)
    stop = unit.end() if unit else num_end
    if _RUN_ON.match(text, stop):
        # "£2OO,000" (letters for zeros), "£200,000x": reading "£2" would be silently wrong.
        whole = text[pos:].split()[0] if text[pos:].split() else token
        raise MoneyError(whole, EXACT_EXPECTED)
    if unit is None and "." in number and len(number.split(".")[1]) != 2:
        raise MoneyError(token, "pounds and pence with two decimals, such as £200,333.33")
    try:
        amount = parse_amount(text[pos:stop], before=before)
    except ValueError:
        raise MoneyError(text[pos:stop], "an amount in whole pence, such as £200,333.33") from None
    if amount.pence == 0:
        raise MoneyError(text[pos:stop], "an award of more than £0")
    if not amount.is_exact and not allow_inexact:
        raise MoneyError(
            text[pos:stop], f"{EXACT_EXPECTED}, not {_QUALIFIER_PHRASE.get(amount.qualifier, amount.qualifier)} (--allow-inexact keeps it with its bounds)"
        )
    return amount, stop


_PLAIN_CELL_NUMBER = re.compile(r"[0-9][0-9,. ]*", re.ASCII)


def read_money_cell(cell: str, *, allow_inexact: bool = False) -> Amount:
    """The amount in a table cell: ``£410,600``, ``410,600``, ``299180``, ``205204.50``
    (a column headed in pounds needs no sign).  The cell must hold the amount alone;
    otherwise as :func:`read_money_at`."""
    text = " ".join(cell.split())
    if "£" not in text:
        foreign = _non_ascii_digits(text.lstrip("-−"))
        if foreign:
            raise MoneyError(text, "an amount in ASCII digits 0-9, such as £200,000")
        bare = text.lstrip("-− ")
        if not bare[:1].isdigit():
            raise MoneyError(text or "an empty cell", "an amount such as £200,000")
        text = text[: len(text) - len(bare)] + "£" + bare
    pos = text.index("£")
    amount, stop = read_money_at(text, pos, allow_inexact=allow_inexact)
    rest = text[stop:].strip()
    lead = text[:pos].strip()
    if rest or (lead and amount.is_exact):
        raise MoneyError(text, "a cell holding only an amount, such as £200,000")
    return amount


def money_from_number(value) -> str:
    """A spreadsheet's numeric cell as the digits it stands for (``205204.5`` → ``'205204.50'``);
    :class:`MoneyError` for a fraction of a penny (a float that is not a whole number of pence)."""
    if isinstance(value, bool):
        raise MoneyError(str(value), "an amount")
    d = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if d != d.quantize(Decimal("0.01")):
        raise MoneyError(str(value), "an amount in whole pence")
    text = f"{d.quantize(Decimal('0.01')):f}"
    return text[:-3] if text.endswith(".00") else text


# --------------------------------------------------------------------------- hazards (added for local releases)

#: A figure broken by a space: "£200, 000" (space after the thousands comma) or "£1 36,692"
#: (a space inside the digits).  Read by ``MONEY_FIGURE`` these come out short ("£200", "£1"), so
#: they are found first and reported instead of read.
MALFORMED_AMOUNT = re.compile(
    r"£\s?\d{1,3}(?:,\s+\d{3}(?:,\s?\d{3})*|\s\d{1,3}(?:,\d{3})+)(?:\.\d{2})?(?![\d,])", re.ASCII
)
#: A minus sign straight before the pound sign ("-£136,692", "−£5,000"), at the start of
#: the text or after a space or bracket, so that a range "£100-£200" is not read as negative;
#: a dash with a space each side after a word is a separator ("Kent - £486,000 for 2023-24"), and after a
#: blockquote's mark a list's bullet ("> - £612,800 from the Home Office").
NEGATIVE_AMOUNT = re.compile(r"(?:^|(?<=[\s(\[]))(?:[-−–]|(?<![\w)\]*>]\s)[-−–]\s)£\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:m|k|bn|million)\b)?",
                             re.ASCII)


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
