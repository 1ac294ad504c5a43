"""Years, financial years and periods in a release, and the counts and durations of programmes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from funding.core.dates import publication_month
from funding.parse.releases.records import Duration


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


def financial_year(published: str) -> str:
    """The UK financial year (April to March) of a publication date, or "" when it is not clear.

    Accepts ``2020-11-19``, ``19 November 2020``, ``November 2020`` and
    ``2020 (autumn …)``; a bare year or "spring"/"winter" (which straddle
    years' ends) give "".  A date that cannot be ("2022-13-45", "30 February 2022")
    raises :class:`SourceError` (:func:`funding.core.dates.publication_month`): it is
    never turned into a year.
    """
    ym = publication_month(published, "published")
    if ym is None:
        return ""
    year, month = ym
    start = year if month >= 4 else year - 1
    return f"{start}-{(start + 1) % 100:02d}"


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
    r"(?(lo2)|(?<![-‑]))\b(?P<n>" + _NUMBER + r")(?:[\s\-‑]+(?:weekly|fortnightly|monthly|group|individual|one_to_one|hour-long|two-hour))*"
    r"[\s\-‑]+(?P<unit>week|month|year|session|wk|mth)s?(?:(?<=k|h)\.|(?<=ks|hs)\.)?(?!\w)(?![\s-]+old)(?!\s+ago)",
    re.I,
)
_UNIT_ABBREVIATIONS = {"wk": "week", "mth": "month"}
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
        unit = _UNIT_ABBREVIATIONS.get(m.group("unit").lower(), m.group("unit").lower())  # "27 wks" is 27 weeks
        return Duration(parse_count(m.group("n")), unit, qual, low)
    return None


_SPAN = re.compile(r"(?:\b|(?<=FY))(?P<a>20\d{2})\s*[-/–]\s*(?P<b>20\d{2}|\d{2})\b")
_MONTH_SPAN = re.compile(
    r"\b(?P<m1>" + "|".join(_MONTHS) + r")\s+(?P<y1>20\d{2})\s+(?:to|until|-|–|and|through)\s+(?:the end of\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<m2>"
    + "|".join(_MONTHS) + r")\s+(?P<y2>20\d{2})\b", re.I)
#: "April to June 2024", "October to March 2025": months of one year named with the year once (a quarter, a term)
_MONTHS_OF_A_YEAR = re.compile(
    r"\b(?P<m1>" + "|".join(_MONTHS) + r")\s+(?:to|until|-|–|through)\s+(?P<m2>" + "|".join(_MONTHS) + r")\s+(?P<y>20\d{2})\b",
    re.I)
_OVER_YEARS = re.compile(
    r"\b(?:(?:over|for|across|covering|during) )?(?:the )?(?:next |first )?(?P<n>two|three|four|five|2|3|4|5)[- ](?:financial )?years?"
    r"(?:(?:(?:\s+[a-z]+){0,2}?,?\s*(?:starting|from|beginning|commencing|running from)(?: in| on)?\s+"
    r"|[^.;£]{1,50}?,\s*(?:starting|beginning|commencing|running from)(?: in| on| from)?\s+)(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    r"(?P<m>" + "|".join(_MONTHS) + r")\s+(?P<y>20\d{2}))?", re.I)  # (the start a few words on: "…, starting in April 2024")
#: "01/04/2023 to 31/03/2025", "1/4/2024 - 31/3/2026", a row's start and end columns ("01/04/2023 | 31/03/2025"):
#: day/month/year dates, as written in the UK; "Apr 2024 to Mar 2026": months abbreviated
_DATE_SPAN = re.compile(r"\b(?P<d1>\d{1,2})/(?P<m1>\d{1,2})/(?P<y1>20\d{2})(?:\s*(?:to|until|-|–|\||,)\s*|\s+)"
                        r"(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>20\d{2})\b")
_SHORT_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
                 "nov": 11, "dec": 12}
_SHORT_MONTH_SPAN = re.compile(
    r"\b(?P<m1>" + "|".join(_SHORT_MONTHS) + r")\.?\s+(?P<y1>20\d{2})\s*(?:to|until|-|–)\s*(?P<m2>"
    + "|".join(_SHORT_MONTHS) + r")\.?\s+(?P<y2>20\d{2})\b", re.I)
#: "for the two years to March 2025": a span known by its end
_YEARS_TO = re.compile(
    r"\b(?P<n>two|three|four|five|2|3|4|5)[- ]years?\s+(?:to|until|ending(?: in)?|up to)\s+(?:the end of\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<m>" + "|".join(_MONTHS) + r")\s+(?P<y>20\d{2})\b", re.I)
#: "2026 to 2027", "Total, 2026 to 2028", "the 2024 to 2026 round": financial years written the GOV.UK way, by the
#: calendar years they start and end in ("2026 to 2027" is 2026-27; "2026 to 2028" is 2026-27 and 2027-28)
_CALENDAR_YEARS_TO = re.compile(r"(?<![\d/–-])(?<!\bbetween )\b(?P<a>20\d{2})\s+(?:to|until)\s+(?P<b>20\d{2})\b(?![-/–]\d)")
#: "from April 2023 for two years"
_FROM_FOR_YEARS = re.compile(
    r"\bfrom\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<m>" + "|".join(_MONTHS) + r")\s+(?P<y>20\d{2}),?\s+(?:for|over)\s+"
    r"(?:the next\s+)?(?P<n>two|three|four|five|2|3|4|5)\s+(?:financial\s+)?years?\b", re.I)


#: "over 18 months from October 2023", "an 18-month contract starting on 1 October 2023", "for 30 months beginning in
#: July 2024" and "from October 2023 for 18 months": a length in months (or years) from a starting month
_MONTHS_FROM = re.compile(
    r"\b(?P<n>\d{1,2}|" + "|".join(w for w in _NUMBER_WORDS if w not in ("a", "an")) + r")[- ](?P<unit>months?|years?)"
    r"(?:\s+[a-z]+){0,2}?,?\s+(?:starting|from|beginning|commencing|running from)(?: in| on| from)?\s+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<m>" + "|".join(_MONTHS) + r")\s+(?P<y>20\d{2})\b"
    r"|\bfrom\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<m2>" + "|".join(_MONTHS) + r")\s+(?P<y2>20\d{2}),?\s+(?:for|over)\s+"
    r"(?:the next\s+)?(?P<n2>\d{1,2}|" + "|".join(w for w in _NUMBER_WORDS if w not in ("a", "an")) + r")\s+"
    r"(?P<unit2>months?)\b", re.I)

#: "the 18 months to March 2026", "over 18 months ending in March 2026", "a six-month pilot until September 2025": a
#: length in months counted back from its last month
_MONTHS_TO = re.compile(
    r"\b(?P<n>\d{1,2}|" + "|".join(w for w in _NUMBER_WORDS if w not in ("a", "an")) + r")[- ]months?"
    r"(?:\s+[a-z]+){0,2}?,?\s+(?:to|until|till|ending(?: in| on)?|up to)\s+(?:the end of\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<m>" + "|".join(_MONTHS) + r")\s+(?P<y>20\d{2})\b", re.I)


def _fy(year: int, month: int) -> int:
    """The starting calendar year of the financial year a month falls in."""
    return year if month >= 4 else year - 1


def _fy_text(start: int) -> str:
    return f"{start}-{(start + 1) % 100:02d}"


def find_periods(text: str) -> tuple[list[tuple[int, int, str, str]], list[tuple[int, int, str]]]:
    """Funding periods in ``text`` (see :func:`_find_periods`): fresh lists, the reading cached per text
    (every extractor asks about the same sentences)."""
    found, bad = _find_periods(text)
    return list(found), list(bad)


@lru_cache(maxsize=8192)
def _find_periods(text: str) -> tuple[tuple[tuple[int, int, str, str], ...], tuple[tuple[int, int, str], ...]]:
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
    for m in _CALENDAR_YEARS_TO.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if a < b <= a + 5:
            found.append((m.start(), m.end(), _fy_text(a), _fy_text(b - 1)))
    for m in _MONTH_SPAN.finditer(text):
        a = _fy(int(m.group("y1")), _MONTHS[m.group("m1").lower()])
        b = _fy(int(m.group("y2")), _MONTHS[m.group("m2").lower()])
        if b >= a:
            found.append((m.start(), m.end(), _fy_text(a), _fy_text(b)))
    for m in _DATE_SPAN.finditer(text):
        m1, m2 = int(m.group("m1")), int(m.group("m2"))
        if 1 <= m1 <= 12 and 1 <= m2 <= 12 and int(m.group("d1")) <= 31 and int(m.group("d2")) <= 31:
            a, b = _fy(int(m.group("y1")), m1), _fy(int(m.group("y2")), m2)
            if a <= b <= a + 5:
                found.append((m.start(), m.end(), _fy_text(a), _fy_text(b)))
    for m in _SHORT_MONTH_SPAN.finditer(text):
        a = _fy(int(m.group("y1")), _SHORT_MONTHS[m.group("m1").lower()])
        b = _fy(int(m.group("y2")), _SHORT_MONTHS[m.group("m2").lower()])
        if a <= b <= a + 5:
            found.append((m.start(), m.end(), _fy_text(a), _fy_text(b)))
    for m in _MONTHS_OF_A_YEAR.finditer(text):  # within one financial year only ("January to April" crosses two)
        m1, m2, y = _MONTHS[m.group("m1").lower()], _MONTHS[m.group("m2").lower()], int(m.group("y"))
        a, b = _fy(y - 1 if m1 > m2 else y, m1), _fy(y, m2)
        if a == b:
            found.append((m.start(), m.end(), _fy_text(a), _fy_text(a)))
    for m in _YEAR_TO_MARCH.finditer(text):  # "in the year to March 2026", "the year ending 31 March 2026": 2025-26
        a = int(m.group("y")) - 1
        found.append((m.start(), m.end(), _fy_text(a), _fy_text(a)))
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
    for m in _MONTHS_FROM.finditer(text):
        n, unit = parse_count(m.group("n") or m.group("n2")), (m.group("unit") or m.group("unit2")).lower()
        months = n * 12 if unit.startswith("year") else n
        y, mo = int(m.group("y") or m.group("y2")), _MONTHS[(m.group("m") or m.group("m2")).lower()]
        last = (y * 12 + mo - 1) + months - 1  # the last month the span covers
        if 1 <= months <= 60 and not any(f[0] <= m.start() < f[1] or m.start() <= f[0] < m.end() for f in found):
            found.append((m.start(), m.end(), _fy_text(_fy(y, mo)), _fy_text(_fy(last // 12, last % 12 + 1))))
    for m in _MONTHS_TO.finditer(text):  # "the 18 months to March 2026": October 2024 to March 2026
        months, y, mo = parse_count(m.group("n")), int(m.group("y")), _MONTHS[m.group("m").lower()]
        first = (y * 12 + mo - 1) - months + 1  # the first month the span covers
        if 1 <= months <= 60 and not any(f[0] <= m.start() < f[1] or m.start() <= f[0] < m.end() for f in found):
            found.append((m.start(), m.end(), _fy_text(_fy(first // 12, first % 12 + 1)), _fy_text(_fy(y, mo))))
    # "2022-23 and 2023-24", "2023-24, 2024-25 and 2025-26", "2023-24 to 2025-26": one span (and in Welsh, "2025-26 a
    # 2026-27", "2024-25 ac 2025-26"; "&" too)
    found.sort()
    merged: list[tuple[int, int, str, str]] = []
    for f in found:
        gap = text[merged[-1][1] : f[0]] if merged and merged[-1][1] <= f[0] else None
        if gap is not None and ((re.fullmatch(r"\s*(?:,|and|,\s*and|&|a|ac|to|-|–)\s*", gap)
                                 and int(f[2][:4]) == int(merged[-1][3][:4]) + 1)
                                or (re.fullmatch(r"\s*(?:to|until|through)\s*", gap)
                                    and int(merged[-1][3][:4]) < int(f[2][:4]) <= int(merged[-1][3][:4]) + 4)):
            merged[-1] = (merged[-1][0], f[1], merged[-1][2], f[3])
        elif merged and f[0] < merged[-1][1]:
            continue
        else:
            merged.append(f)
    return tuple(merged), tuple(bad)


#: a financial year named by its end: "the year to March 2026", "the financial year ending 31 March 2026"
_YEAR_TO_MARCH = re.compile(r"\b(?:financial\s+)?year\s+(?:to|ending|ended)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
                            r"(?:March|Mar)\s+(?P<y>20\d{2})\b", re.I)
#: "from April 2025" with no end or length after it: a span's start only
_OPEN_START = re.compile(
    r"\b(?:from|starting(?: in| on| from)?|beginning(?: in| on)?|commencing(?: in| on)?)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    r"(?P<m>" + "|".join(_MONTHS) + r")\s+(?P<y>20\d{2})\b(?!,?\s+(?:to|until|till|through|-|–|and|for|over)\b)", re.I)
#: "the next two years of funding", "two years' funding", "a two-year grant": a length of years with no start
_YEARS_LONG = re.compile(r"\b(?:the next |another |a further |a |its |their )?(?P<n>two|three|four|five|2|3|4|5)[- ]"
                         r"(?:financial[- ])?years?['’]?\s+(?:of\s+)?(?:\w+\s+){0,2}?(?:funding|grant|award|money|settlement)\b",
                         re.I)


def open_span(start_text: str, length_text: str) -> tuple[str, str] | None:
    """A span read from a start stated in one place ("£X from April 2025") and a length of years in another ("the next
    two years of funding"): each must be stated once and alone (no other period around it), else None."""
    if find_periods(length_text)[0]:
        return None
    starts = {_fy(int(m.group("y")), _MONTHS[m.group("m").lower()]) for m in _OPEN_START.finditer(start_text)}
    lengths = {parse_count(m.group("n")) for m in _YEARS_LONG.finditer(length_text)}
    if len(starts) != 1 or len(lengths) != 1:
        return None
    a, n = starts.pop(), lengths.pop()
    return _fy_text(a), _fy_text(a + n - 1)


#: a starting month said apart from its length: "began as a pilot in October 2023 … over 18 months", "a six-month pilot
#: …, which ran from October 2024"
_STARTED_IN = re.compile(
    r"\b(?:from|since|starting(?: in| on| from)?|beginning(?: in| on)?|commencing(?: in| on)?|began(?: [a-z]+){0,4}? in|"
    r"started(?: [a-z]+){0,4}? in|begins(?: [a-z]+){0,4}? in|starts(?: [a-z]+){0,4}? in|ran from|runs from|running from)\s+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<m>" + "|".join(_MONTHS) + r")\s+(?P<y>20\d{2})\b", re.I)
#: a length in months, as a thing's length ("a six-month pilot", "over 18 months", "for twelve months"), not a limit
#: on each person's time ("up to 12 months", "lasting up to 18 months")
_MONTHS_LONG = re.compile(
    r"(?<!up to )(?<!lasting )(?<!for up to )\b(?:(?:over|for|across) (?:the |a |an )?)?(?P<n>\d{1,2}|"
    + "|".join(w for w in _NUMBER_WORDS if w not in ("a", "an")) + r")[- ]months?\b(?![- ]old)", re.I)


def start_and_length(text: str) -> tuple[str, str] | None:
    """The span a text gives by a starting month in one place and a length in months in another ("The programme began
    as a pilot in October 2023, paid for with £64,000 … over 18 months" → 2023-24 to 2024-25): each stated once,
    and no span printed whole (:func:`find_periods`) beside them."""
    if find_periods(text)[0]:
        return None
    starts = {(int(m.group("y")), _MONTHS[m.group("m").lower()]) for m in _STARTED_IN.finditer(text)}
    lengths = {parse_count(m.group("n")) for m in _MONTHS_LONG.finditer(text)
               if not re.search(r"\bup to\s+$", text[max(0, m.start() - 12) : m.start()], re.I)}
    if len(starts) != 1 or len(lengths) != 1:
        return None
    (y, mo), n = starts.pop(), lengths.pop()
    if not 1 <= n <= 60:
        return None
    last = (y * 12 + mo - 1) + n - 1
    return _fy_text(_fy(y, mo)), _fy_text(_fy(last // 12, last % 12 + 1))
