"""One figure of a release as read: how precise a stated figure is (:func:`as_stated`), the draft
award (``_Draft``) every other module of :mod:`funding.parse.releases.amounts` fills in, the clause a figure
sits in, and the token checks that report amounts that could not be read.
"""

from __future__ import annotations

from funding.core import patterns as re
from dataclasses import dataclass, replace

from funding.core.money import MONEY_TOKEN, Amount, find_amounts
from funding.parse.releases.records import Diagnostic
from funding.parse.releases.text import _line_at
from funding.parse.releases.places import names_joined_by_and
from funding.parse.releases.vocabulary import may_match


#: A figure with no qualifying word that is a multiple of this many pounds is read
#: as a round figure ("a £200,000 programme"), precise to its last non-zero digit.
ROUND_FIGURE_POUNDS = 10_000


def as_stated(amount: Amount) -> Amount:
    """An amount as precise as its source: a bare round figure becomes ``rounded``.

    "£200,000" with no word before it is stated to the nearest £100,000 at best,
    so it allows £150,000 to £250,000; "£246,792" stays exact.
    """
    if amount.qualifier not in ("exact", "about") or amount.pence <= 0 or amount.pence % (ROUND_FIGURE_POUNDS * 100):
        return amount
    precision = ROUND_FIGURE_POUNDS * 100
    while amount.pence % (precision * 10) == 0:
        precision *= 10
    if amount.qualifier == "about":  # "almost £500,000", "around £250,000": as precise as its figure, no more
        return replace(amount, precision_pence=max(precision, amount.precision_pence))
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


#: a body's name holding "and" ("King's Lynn and West Norfolk Borough Council", "Redcar and Cleveland Council",
#: "Tyne and Wear Fire and Rescue Service"): capitalised words, "and", capitalised words ending in a body's head noun,
#: the words before "and" not themselves a whole body ("the Home Office and Kent County Council" are two)
_BODY_HEAD = ("Council", "Authority", "Trust", "Partnership", "Service", "Services", "Board", "Aid", "Foundation", "CIC",
              "Ltd", "Group", "Network")
_WHOLE_BODY_BEFORE = "".join(f"(?<!{w})" for w in _BODY_HEAD + ("Office", "Justice", "Commissioner", "Police",
                                                                 "Constabulary", "Mayor", "Fund", "Lottery", "Charity"))
_BODY_NAME_WITH_AND = re.compile(r"(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,2}" + _WHOLE_BODY_BEFORE
                                 + r"\s+and\s+(?:(?-i:[A-Z][\w'’.-]*)\s+){1,4}?(?:" + "|".join(_BODY_HEAD) + r")\b")


def _clauses(sentence: str) -> list[tuple[int, int]]:
    joined = names_joined_by_and()
    named = [m.span() for m in joined.finditer(sentence)] if " and " in sentence and may_match(joined, sentence) else []
    named += [m.span() for m in _BODY_NAME_WITH_AND.finditer(sentence)] \
        if " and " in sentence and may_match(_BODY_NAME_WITH_AND, sentence) else []
    bounds = [0] + [m.end() for m in re.finditer(r",(?!\d)|;|\s(?:and|but|while|whereas|because)\s", sentence)
                    if not any(a < m.start() < b for a, b in named)] + [len(sentence) + 1]
    # ("Avon and Somerset", "Devon and Cornwall": an area's name is not two clauses)
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


def _nearest(matches: list[tuple[int, int, str]], start: int, end: int) -> str:
    if not matches:
        return ""
    return min(matches, key=lambda m: (m[0] - end) if m[0] >= end else (start - m[1]))[2]


def _clause_of(sentence: str, start: int) -> tuple[int, int]:
    clauses = _clauses(sentence)
    for i, (a, b) in enumerate(clauses):
        if a <= start < b:
            if i + 1 < len(clauses) and not re.search(r"[^\W\d_]{3}", MONEY_TOKEN.sub("", sentence[a:b])):
                # a sum set off by commas ("The biggest award, £846,000, goes to …", "Kent takes the largest piece,
                # £271,400, and …"): its clause is the words it stands in, before and after it
                return (clauses[i - 1][0] if i else a), clauses[i + 1][1]
            return a, b
    return 0, len(sentence)


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
    # where ``period`` came from, so that later passes can tell a period the figure's own words state from one
    # lent to it (README, period_start and "Adjudicated conventions"):
    #   "clause"   its own clause prints it ("£312,400 for 2024-25", "paid on 08/10/2024", "the second year of …")
    #   "sentence" another clause of its sentence prints the one year the sentence gives ("In 2024-25 we spent £A: …")
    #   "same"     its clause points back to a period stated before ("over the same two years", "the Funding Period")
    #   "heading"  its table column or row, a heading or lead-in over it ("| 2025-26 |", "Funding for 2025-26:"), or
    #              the year a yearly report names for itself ("Annual Report 2022-23")
    #   "whole"    the whole it is a part of ("£402,900 of it" under a grant for April 2024 to March 2026)
    #   "parts"    the span of its parts' years (a two-year sum over "£A in 2025-26 and £B in 2026-27")
    #   "round"    the period the text gives a round it is a share of ("what each area gets … from April 2026"),
    #              in a round-up read from its lead total or fund
    #   "restated" the same money stated with its year elsewhere ("£612,000 this year" beside "£612,000 … for 2025-26")
    #   "release"  the one span the release gives for its funding, read for a figure whose words give none
    #   ""         none yet, or set by a pass that does not say
    period_basis: str = ""
    relative_year: bool = False  # its own clause says "this financial year", "next financial year": no year lent
    #: money its own clause says is added to a grant, listed as a piece of a package: its own clause's years only, not
    #: its whole's (README, "Money added to a grant")
    added_years_only: bool = False
    part_of: int | None = None
    #: why the draft has its ``funder`` (README: funder; funding_role ``part``, "A part keeps the whole's funder …
    #: unless its own clause or table row names another"):
    #: ``"clause"``: the figure's own clause, table row or column heading names the payer or whose money it is
    #: ("£40,000 from the Home Office grant", "| Commissioner's budget | £75,000 |", "her own £35,000");
    #: ``"default"``: filled in from elsewhere: the release's or the round's funder, an earlier sentence's figure
    #: or payer ("Wiltshire has £320,000 …" in a Home Office release);
    #: ``"whole"``: taken from the whole it is a piece of;
    #: ``""``: not recorded where it was set (read as the figure's own).
    funder_basis: str = ""
    shared_by: tuple[str, ...] = ()
    whole: "_Draft | None" = None
    award_number: int = 1
    head_total: bool = False  # a table cell under a "total" column heading
    head_year: bool = False  # a table cell under a year column heading
    per_year: bool = False  # "£30,000 in each year": one year's share of its whole, repeated for each year
    bad_year: bool = False  # its sentence prints an impossible year ("2023-22"): no round is guessed for it
    balance: bool = False  # a fund's balance at a date (accounts), not an award
    table: int = 0  # the table a cell is in (0: prose)

    def __setattr__(self, name, value):
        # a funder set by a pass that says nothing of why ("d.funder = named") is read as the figure's own: a basis
        # recorded for an earlier funder does not carry over to another one
        if name == "funder" and value != self.__dict__.get("funder", value):
            self.__dict__["funder_basis"] = ""
        object.__setattr__(self, name, value)


def _lend_wholes_payer(piece: _Draft, whole: _Draft) -> None:
    """A piece naming no payer of its own keeps its whole's (README: funding_role ``part``), marked as lent
    (``funder_basis`` "whole") so that it follows its whole's payer once every whole is settled."""
    if not piece.funder and not getattr(piece, "outside_row", False):  # (a table row naming a payer off the list)
        piece.funder, piece.funder_basis = whole.funder, "whole"


def _lend_wholes_area(piece: _Draft, whole: _Draft) -> None:
    """A piece whose own clause names no area keeps its whole's (README: "A part keeps the whole's funder and area,
    unless its own clause or table row names another"): "£350k in 2025-26, £370k in 2026-27 …" after Thames Valley's
    £1.1m is Thames Valley's."""
    if whole.code and (not piece.code or piece.basis in ("none", "release")) and not piece.shared_by:
        piece.code, piece.basis = whole.code, whole.basis


def _lend_period(d: _Draft, period: tuple[str, str] | None, basis: str) -> None:
    """Give ``d`` a period it lacks, with where it came from ("£402,900 of it" takes its grant's years: "whole").
    A figure whose own clause dates it only from the publication date ("£40,000 for this financial year", "next
    financial year") is lent no other figure's years; only the same money restated with its year, or its table
    column, gives it one (README, "This year")."""
    if d.relative_year and basis not in ("restated", "heading", "parts"):
        return
    if d.added_years_only and basis == "whole":
        return
    if d.period is None and period is not None:
        d.period, d.period_basis = period, basis


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


def _sums_to(parts: list[Amount], whole: Amount) -> bool:
    """Whether ``parts`` add up to ``whole``, to the pound, or within the units of figures printed in units
    ("£75k", "£1.2m")."""
    slack = sum(a.precision_pence for a in (*parts, whole) if not re.search(r"\d,\d{3}(?:\.\d\d)?\s*$", a.text))
    return abs(sum(a.pence for a in parts) - whole.pence) <= slack


def _close_in_size(a: _Draft, b: _Draft, share: float = 0.25) -> bool:
    """Whether two figures are near enough in size to be two statements of one sum, one of them rounded, revised or
    mistyped: within ``share`` of the larger ("£318,000" and "£324,500"). The one test of "the same sum said again"
    that restatements, corrections and disputed figures use; a correction note's own pair is held closer (a tenth)."""
    return abs(a.amount.pence - b.amount.pence) <= share * max(a.amount.pence, b.amount.pence)

