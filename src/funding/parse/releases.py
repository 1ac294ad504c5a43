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
from funding.core.money import MONEY_TOKEN, Amount, find_amounts
from funding.reference.register import normalise_name, place_aliases, register
from funding.core.text import Line, html_to_lines, looks_like_html, split_lines

__all__ = [
    "LocalAward",
    "ProgrammeComponent",
    "Outcome",
    "Organisation",
    "Diagnostic",
    "LocalRelease",
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

    ``funding_role`` is ``grant``, ``programme_cost`` ("a £200,000 programme"),
    ``match_funding`` or ``unclassified``.  The ``*_basis`` fields say where a
    value came from: ``clause``/``sentence`` (beside the figure), ``release``
    (elsewhere in the same release), ``publication_date`` (the financial year the
    release was published in) or ``none``.
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

    @property
    def duration_weeks(self) -> int | None:
        return self.duration_value if self.duration_unit == "week" else None


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
class LocalRelease:
    source_id: str
    pfa_code: str
    awards: tuple[LocalAward, ...]
    components: tuple[ProgrammeComponent, ...]
    outcomes: tuple[Outcome, ...]
    organisations: tuple[Organisation, ...]
    diagnostics: tuple[Diagnostic, ...]

    @property
    def is_empty(self) -> bool:
        return not (self.awards or self.components or self.outcomes or self.organisations)


@dataclass(frozen=True)
class Duration:
    value: int
    unit: str
    qualifier: str


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

_BULLET = re.compile(r"^\s*(?:[-•*–—]|\d{1,2}[.)])\s+")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"'“‘]?[A-Z0-9£])")


def release_lines(text: str) -> list[Line]:
    """Numbered lines of a release, plain text or HTML."""
    return html_to_lines(text) if looks_like_html(text) else split_lines(text)


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


# --------------------------------------------------------------------------- areas and years

_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")


def find_areas(text: str) -> list[tuple[int, int, str]]:
    """Police force areas named in ``text`` as ``(start, end, pfa_code)``.

    Names are matched through the register (areas, their aliases and budget
    holders) and the place aliases (towns and districts inside an area), longest
    name first, so "North West Leicestershire" is one mention.
    """
    reg = register()
    places = place_aliases()
    words = [(m.start(), m.end(), m.group(0).rstrip(".")) for m in _WORD.finditer(text)]
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
            if code:
                hit = (words[i][0], words[i][0] + len(name), code, n)
                break
        if hit:
            found.append(hit[:3])
            i += hit[3]
        else:
            i += 1
    return found


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
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
}
_UNITS_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
for _tens in ("twenty", "thirty", "forty", "fifty"):
    for _i, _u in enumerate(_UNITS_WORDS, start=1):
        _NUMBER_WORDS[f"{_tens}-{_u}"] = _NUMBER_WORDS[_tens] + _i
_NUMBER = r"(?:\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"

_DURATION = re.compile(
    r"(?:\b(?P<qual>up to|at least|more than|a maximum of|a minimum of)\s+)?"
    r"\b(?P<n>" + _NUMBER + r")[\s-]+(?P<unit>week|month|year)s?\b(?![\s-]+old)",
    re.I,
)
_DURATION_QUALIFIER = {
    "up to": "up_to", "a maximum of": "up_to", "at least": "at_least", "a minimum of": "at_least",
    "more than": "more_than",  # not "over": "over 26 weeks" usually means across them
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
    m = _DURATION.search(text)
    if not m:
        return None
    qual = _DURATION_QUALIFIER.get((m.group("qual") or "").lower(), "exact")
    return Duration(parse_count(m.group("n")), m.group("unit").lower(), qual)


# --------------------------------------------------------------------------- amounts

#: A figure with no qualifying word that is a multiple of this many pounds is read
#: as a round figure ("a £200,000 programme"), precise to its last non-zero digit.
ROUND_FIGURE_POUNDS = 10_000


def as_stated(amount: Amount) -> Amount:
    """An amount as precise as its source: a bare round figure becomes ``rounded``.

    "£200,000" with no word before it is stated to the nearest £100,000 at best,
    so it allows £150,000 to £250,000; "£246,792" stays exact.
    """
    if amount.qualifier != "exact" or amount.pence % (ROUND_FIGURE_POUNDS * 100):
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


def _amounts_in(text: str, source_id: str, line: int) -> tuple[list[tuple[int, int, Amount]], list[Diagnostic]]:
    """Valid amounts in one line of text, and a diagnostic for each money token that is not one."""
    diagnostics: list[Diagnostic] = []
    try:
        amounts = find_amounts(text)
    except ValueError:
        # One unreadable figure (fractions of a penny) must not cost the line its other amounts,
        # nor put the whole sentence into a diagnostic: read token by token; the loop below
        # reports the bad token alone.
        amounts = _amounts_token_by_token(text)
    # find_amounts' span may take in the space after a figure; trim it so the span is the figure.
    by_start = {s: (s, s + len(text[s:e].rstrip()), a) for s, e, a in amounts}
    good: list[tuple[int, int, Amount]] = []
    for m in MONEY_TOKEN.finditer(text):
        token = m.group(0).rstrip(".,;:")
        hit = by_start.get(m.start())
        if hit and hit[1] >= m.start() + len(token):
            good.append(hit)
            continue
        diagnostics.append(
            Diagnostic(source_id, line, "malformed_amount", token, "an amount such as £200,000, £1.2m or £240k")
        )
    return good, diagnostics


def _clauses(sentence: str) -> list[tuple[int, int]]:
    bounds = [0] + [m.end() for m in re.finditer(r",(?!\d)|;|\s(?:and|but|while|whereas)\s", sentence)] + [len(sentence) + 1]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


def _nearest(matches: list[tuple[int, int, str]], start: int, end: int) -> str:
    if not matches:
        return ""
    return min(matches, key=lambda m: (m[0] - end) if m[0] >= end else (start - m[1]))[2]


def extract_awards(
    text: str, source_id: str = "<text>", *, published: str = ""
) -> tuple[tuple[LocalAward, ...], tuple[Diagnostic, ...]]:
    """Every statement of money in a release, with its area, round, funder and role.

    The round is the financial year printed beside the figure, else the one
    year a release gives for its bid or funding, else the financial year of
    ``published`` (the manifest's publication date).  A token that looks like
    money but is not an amount ("£2OO,000") is returned as a diagnostic naming
    the file and line.
    """
    terms = _terms("local_funding_terms.csv")
    lines = release_lines(text)
    area = release_area(lines)
    sentences = list(_sentences(lines))

    grant_funders = [v for v, p in terms.get("funder", ()) if v != "partners" and p.search(text)]
    release_funder = grant_funders[0] if len(set(grant_funders)) == 1 else ""

    # A year printed in a sentence about funding that carries no figure of its own.
    release_years = {
        y
        for _, s in sentences
        if not MONEY_TOKEN.search(s) and _first(terms.get("role", ()), s)
        for _, _, y in find_years(s)
    }
    if len(release_years) == 1:
        release_round, release_round_basis = release_years.pop(), "release"
    else:
        release_round = financial_year(published)
        release_round_basis = "publication_date" if release_round else "none"

    awards: list[LocalAward] = []
    diagnostics: list[Diagnostic] = []
    for number, sentence in sentences:
        found, bad = _amounts_in(sentence, source_id, number)
        diagnostics.extend(bad)
        if not found:
            continue
        years = find_years(sentence)
        funders = [(m.start(), m.end(), v) for v, p in terms.get("funder", ()) for m in p.finditer(sentence)]
        for k, (start, end, amount) in enumerate(found):
            lo = found[k - 1][1] if k else 0
            hi = found[k + 1][0] if k + 1 < len(found) else len(sentence)
            after = [y for y in years if start <= y[0] < hi]
            before = [y for y in years if lo <= y[0] < start]
            if after or before:
                year, year_basis = (after[0] if after else before[-1])[2], "sentence"
            else:
                year, year_basis = release_round, release_round_basis
            marked = sentence[:start] + "AMOUNT" + sentence[end:]
            role = _first(terms.get("role", ()), marked) or "unclassified"
            funder = _nearest(funders, start, end)
            funder_basis = "sentence" if funder else "none"
            if not funder and role in ("grant", "programme_cost") and release_funder:
                funder, funder_basis = release_funder, "release"
            clause = next(((a, b) for a, b in _clauses(sentence) if a <= start < b), (0, len(sentence)))
            codes = {c for s, _, c in find_areas(sentence[clause[0] : clause[1]])}
            if len(codes) == 1:
                code, area_basis = codes.pop(), "clause"
            else:
                code, area_basis = area, "release" if area else "none"
            awards.append(
                LocalAward(source_id, number, code, area_basis, year, year_basis, funder, funder_basis, role,
                           as_stated(amount))
            )
    return tuple(awards), tuple(diagnostics)


# --------------------------------------------------------------------------- programme components

_ITEM_BREAK = re.compile(r"(?:[,;]\s+(?:and\s+)?|\s+(?:and|alongside|as well as|plus)\s+)(?=an?\s)", re.I)


def _items(sentence: str) -> list[str]:
    """A sentence listing components inline ("a 24-week …, a monthly … and a …") split into items."""
    parts, start = [], 0
    for m in _ITEM_BREAK.finditer(sentence):
        parts.append(sentence[start : m.start()])
        start = m.end()
    parts.append(sentence[start:])
    return [p.strip() for p in parts if p.strip()]


def _kind(item: str, kinds) -> str:
    """The component an item is about: the kind named earliest in it (longest on a tie)."""
    best = None
    for value, pattern in kinds:
        m = pattern.search(item)
        if m and (best is None or (m.start(), -(m.end() - m.start())) < best[0]):
            best = ((m.start(), -(m.end() - m.start())), value)
    return best[1] if best else ""


def extract_components(text: str, source_id: str = "<text>") -> tuple[ProgrammeComponent, ...]:
    """Programme components named in a release, one record per mention, with duration, cadence and cohorts."""
    terms = _terms("local_component_terms.csv")
    lines = release_lines(text)
    area = release_area(lines)
    out: list[ProgrammeComponent] = []
    for number, sentence in _sentences(lines):
        if _first(terms.get("narrative", ()), sentence):
            continue
        provision = "existing" if _first(terms.get("provision", ()), sentence) else "new"
        for item in _items(sentence):
            kind = _kind(item, terms.get("kind", ()))
            if not kind:
                continue
            duration = parse_duration(item)
            out.append(
                ProgrammeComponent(
                    source_id=source_id,
                    source_line=number,
                    pfa_code=area,
                    component=kind,
                    duration_value=duration.value if duration else None,
                    duration_unit=duration.unit if duration else "",
                    duration_qualifier=duration.qualifier if duration else "",
                    cadence=_first(terms.get("cadence", ()), item),
                    cohorts=_all(terms.get("cohort", ()), item),
                    delivery_modes=_all(terms.get("mode", ()), item) if kind == "behaviour_change_programme" else (),
                    provision=provision,
                )
            )
    return tuple(out)


# --------------------------------------------------------------------------- outcomes

_QUALIFIER_WORDS = (
    r"(?:(?P<qual>more than|over|at least|nearly|almost|about|around|approximately|up to|less than|under|fewer than)\s+)?"
)
_PERCENT = re.compile(_QUALIFIER_WORDS + r"(?<![-/£.,\d])\b(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s?cent\b)", re.I)
_COUNT_HEAD = (
    _QUALIFIER_WORDS + r"(?<![-/£.,\d])\b(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?P<back>of (?:these|them|those|the) )?"
    r"(?:[a-z-]+\s+){0,3}?"
)


@lru_cache(maxsize=None)
def _count_pattern(subjects) -> re.Pattern:
    """A count followed, within three words, by a subject from the rules ("150 perpetrators")."""
    nouns = "|".join(f"(?:{p.pattern})" for _, p in subjects)
    return re.compile(_COUNT_HEAD + f"(?P<noun>{nouns})", re.I)


_VALUE_QUALIFIER = {
    "more than": "more_than", "over": "more_than", "at least": "at_least", "nearly": "about",
    "almost": "about", "about": "about", "around": "about", "approximately": "about", "up to": "up_to",
    "less than": "less_than", "under": "less_than", "fewer than": "less_than",
}
_PERIOD_RANGE = re.compile(
    r"\b(?P<period>(?:" + "|".join(_MONTHS) + r")(?:\s+\d{4})?\s+(?:to|-|–)\s+(?:" + "|".join(_MONTHS) + r")\s+\d{4})\b",
    re.I,
)


def _numbers(sentence: str, subjects) -> list[tuple[re.Match, str]]:
    """Percentages and counts of people or cases in a sentence, in order."""
    found = [(m, "percent") for m in _PERCENT.finditer(sentence)]
    taken = [(m.start("n"), m.end()) for m, _ in found]
    for m in _count_pattern(subjects).finditer(sentence):
        if any(a <= m.start("n") < b for a, b in taken) or sentence[m.end("n") : m.end("n") + 1] == "-":
            continue
        if _YEAR.match(sentence, m.start("n")):
            continue
        found.append((m, "count"))
    return sorted(found, key=lambda f: f[0].start("n"))


def extract_outcomes(text: str, source_id: str = "<text>") -> tuple[Outcome, ...]:
    """Outcome figures: percentages and counts with their metric, subject, period and status."""
    terms = _terms("local_outcome_terms.csv")
    subjects = terms.get("subject", ())
    lines = release_lines(text)
    area = release_area(lines)
    out: list[Outcome] = []
    last_period = ""
    for number, sentence in _sentences(lines):
        found = _numbers(sentence, subjects)
        if not found:
            continue
        m_period = _PERIOD_RANGE.search(sentence)
        period_term = _first(terms.get("period", ()), sentence)
        if m_period:
            period = m_period.group("period")
        elif period_term == "same_as_previous":
            period = last_period
        elif period_term == "since_launch":
            period = "since launch"
        else:
            period = ""
        for k, (m, unit) in enumerate(found):
            lo = found[k - 1][0].end() if k else 0
            hi = found[k + 1][0].start() if k + 1 < len(found) else len(sentence)
            before, after = sentence[lo : m.start()], sentence[m.end() : hi]
            windows = (after, before) if unit == "percent" else (before, after)
            metric = _first(terms.get("metric", ()), windows[0]) or _first(terms.get("metric", ()), windows[1])
            if unit == "percent":
                about = _first(subjects, sentence[m.end() : m.end() + 60])
            else:
                about = _first(subjects, m.group("noun"))
            if _first([t for t in terms.get("status", ()) if t[0] == "baseline"], before[-60:]):
                status = "baseline"
            else:
                status = _first([t for t in terms.get("status", ()) if t[0] != "baseline"], sentence) or "stated"
            if unit == "count" and not metric:
                continue  # a number of people with nothing said about them (a case study's sessions …)
            out.append(
                Outcome(
                    source_id=source_id,
                    source_line=number,
                    pfa_code=area,
                    metric=metric,
                    value=float(m.group("n").replace(",", "")),
                    unit=unit,
                    value_qualifier=_VALUE_QUALIFIER.get((m.group("qual") or "").lower(), "exact"),
                    about=about,
                    period=period,
                    status=status,
                    refers_back=unit == "count" and bool(m.group("back")),
                )
            )
        if period:
            last_period = period
    return tuple(out)


# --------------------------------------------------------------------------- organisations

_NAME = re.compile(r"(?:[A-Z][\w'&.]*|of(?= [A-Z]))(?:\s+(?:[A-Z][\w'&.]*|of(?= [A-Z])))*")
_NAME_END = re.compile(
    r"\s(?:will|which|who|to|are|is|was|were|that|since|following|for|has|have|said|focusing|while|whereas|"
    r"still|alongside|but)\b|[—–(:]|\s-\s(?=[a-z])|$"
)
_NOT_NAMES = {"he", "she", "it", "they", "we", "this", "these", "those", "the", "but", "currently", "mr", "mrs", "ms",
              "a", "an", "its", "their", "his", "her", "our"}
_ORG_WORD = re.compile(r"\b(?:Police|Council|Constabulary|Commissioner|Trust|Service|Partnership)\b")


def _organisation_names(text: str) -> list[str]:
    """Capitalised names in a stretch of text, with places and pronouns left out."""
    reg, places = register(), place_aliases()
    names = []
    for m in _NAME.finditer(text):
        name = re.sub(r"^(?:The|A|An)\s+", "", m.group(0)).rstrip(".")
        key = normalise_name(name)
        if not name or name.lower() in _NOT_NAMES or not key:
            continue
        if not _ORG_WORD.search(name) and (reg.lookup(name) or key in places):
            continue  # a place, not an organisation
        if _first(_terms("local_organisation_terms.csv").get("commissioner", ()), name) or name in ("Police", "Crime"):
            continue  # the PCC, added as commissioner from the register; or half of its title split at "and"
        alias = _organisation_aliases().get(key)
        if alias == "":
            continue  # listed as not an organisation
        names.append(alias or name)
    return names


def extract_organisations(text: str, source_id: str = "<text>") -> tuple[Organisation, ...]:
    """Organisations a release names, with the role the text gives them; one record per organisation and role."""
    terms = _terms("local_organisation_terms.csv")
    provision_terms = _terms("local_component_terms.csv").get("provision", ())
    lines = release_lines(text)
    area = release_area(lines)
    out: dict[tuple[str, str], Organisation] = {}

    def add(line: int, name: str, role: str, provision: str) -> None:
        out.setdefault((normalise_name(name), role), Organisation(source_id, line, area, name, role, provision))

    for number, sentence in _sentences(lines):
        provision = "existing" if _first(provision_terms, sentence) else "new"
        claimed: set[int] = set()
        for role, pattern in terms.get("after", ()):
            for m in pattern.finditer(sentence):
                if m.end() in claimed:
                    continue
                claimed.add(m.end())
                rest = sentence[m.end() :]
                rest = rest[: _NAME_END.search(rest).start()]
                for name in _organisation_names(rest):
                    add(number, name, role, provision)
        for role, pattern in terms.get("before", ()):
            for m in _NAME.finditer(sentence):
                # Every word end inside the run: a title-case headline runs the cue into the name.
                for end in [w.end() for w in re.finditer(r"\S+", m.group(0))]:
                    if pattern.match(sentence, m.start() + end):
                        for name in _organisation_names(m.group(0)[:end]):
                            add(number, name, role, provision)
                        break
        if area and _first(terms.get("commissioner", ()), sentence):
            add(number, register().by_code(area).budget_holder, "commissioner", "new")
    for award in extract_awards(text, source_id)[0]:
        if award.funder and award.funding_role != "unclassified":
            add(award.source_line, award.funder, "match_funder" if award.funding_role == "match_funding" else "funder",
                "new")
    return tuple(sorted(out.values(), key=lambda o: (o.source_line, o.role, o.organisation)))


# --------------------------------------------------------------------------- a whole release


def extract_release(text: str, source_id: str = "<text>", *, published: str = "", strict: bool = False) -> LocalRelease:
    """Every fact in one release, with diagnostics for what could not be read.

    With ``strict=True`` the first diagnostic is raised as a
    :class:`~funding.errors.SourceError`.  A release with no recognisable facts
    gives an empty :class:`LocalRelease` and a warning naming the file.
    """
    awards, diagnostics = extract_awards(text, source_id, published=published)
    if strict and diagnostics:
        raise diagnostics[0].error()
    components = extract_components(text, source_id)
    outcomes = extract_outcomes(text, source_id)
    organisations = extract_organisations(text, source_id)
    release = LocalRelease(
        source_id, release_area(release_lines(text)), awards, components, outcomes, organisations, diagnostics
    )
    if release.is_empty:
        warnings.warn(f"{source_id}: no funding, programme, outcome or organisation facts recognised", stacklevel=2)
    return release
