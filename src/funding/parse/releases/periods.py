"""Years, financial years and periods in a release, and the counts and durations of programmes.
"""

from __future__ import annotations

from funding.core import patterns as re
from datetime import date
from functools import lru_cache

from funding.core.dates import publication_month
from funding.parse.releases.records import Duration
from funding.parse.releases.vocabulary import may_match


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
    r"(?(lo2)|(?<![-‑]))\b(?P<n>" + _NUMBER + r")(?:[\s\-‑]+(?:weekly|fortnightly|monthly|group|individual|one_to_one|hour-long|two-hour|evening|morning|afternoon|daytime|weekend|online|support|"
    # (what the sessions are for before the unit: "four to six one-to-one preparation sessions", "three assessment sessions")
    r"preparation|preparatory|assessment|induction|introductory|follow-up|face-to-face))*"
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


#: letters case-blind regular expressions take for ASCII ones, as those letters (a long s, the Kelvin sign, a dotless i)
_LOOKALIKES = str.maketrans({"\u017f": "s", "\u212a": "k", "\u0131": "i"})


def word_key(word: str) -> str:
    """A word as the reader's word lists spell it: lower case, with the letters that case-blind regular expressions take
    for ASCII ones ("ſeven", "sıx", "sİx") as those letters."""
    return word.translate(_LOOKALIKES).lower().replace("i\u0307", "i")


def parse_count(word: str) -> int:
    """``'12'`` → 12, ``'ten'`` → 10, ``'twenty-four'`` → 24 (ValueError otherwise)."""
    word = word_key(word.strip()).replace(",", "")
    if word.isascii() and word.isdigit():
        return int(word)
    try:
        return _NUMBER_WORDS[word]
    except KeyError:
        raise ValueError(f"not a number: {word!r}") from None


#: a count of sessions or weeks said after the unit: "sessions, up to 12 of them", "sessions, 20 in all", "weeks, 26 in total"
_COUNT_AFTER_UNIT = re.compile(r"\b(?P<unit>sessions|weeks|months)\s*[,(—–-]\s*(?P<qual>(?:up to|about|around|at most) )?"
                               r"(?P<n>\d{1,2}|[a-z]+(?:-[a-z]+)?) (?:of them|in all|in total|altogether)\b", re.I)


#: a court's order or sentence right after a length ("an 18-month community order", "a two-year suspended sentence",
#: "a 12-month supervision order") or a sentencing verb right before it ("jailed for 18 months", "sentenced to two
#: years"): how long the order runs, not a programme's length
_A_COURTS_ORDER_AFTER = re.compile(r"\s*(?:community|suspended|custodial|prison|restraining|supervision|probation|"
                                   r"youth rehabilitation|non-molestation)\s+(?:order|sentence)s?\b|\s+(?:prison|jail|"
                                   r"custodial)?\s*sentence\b", re.I)
_A_COURTS_ORDER_BEFORE = re.compile(r"\b(?:jailed|imprisoned|sentenced|locked up|banned|disqualified)\s+(?:for|to)\s+"
                                    r"(?:up to\s+)?$", re.I)


def parse_duration(text: str) -> Duration | None:
    """The first length of time in ``text``: "ten-week", "10 week", "24 weeks", "up to a year"."""
    text = re.sub(r"(?i)\bone[- ]to[- ]one\b", "one_to_one", text)
    # a count given after its unit and a comma: "one-to-one sessions, up to 12 of them", "weekly sessions, 20 in all"
    text = _COUNT_AFTER_UNIT.sub(lambda m: f"{m.group('qual') or ''}{m.group('n')} {m.group('unit')}", text)
    for m in _DURATION.finditer(text) if may_match(_DURATION, text) else ():  # (no unit word: no length)
        if m.group("n").lower() in ("a", "an") and not re.search(
                r"\b(?:for|up to|lasting|lasts|last|within|of|about|around|nearly|over|than|least)\s+$", text[: m.start("n")]):
            continue  # "misses a week", "£120,000 a year", "two sessions a week": not how long
        if re.search(r"\b(?:first|last|next|previous|each|per)\s+$", text[: m.start("n")]) or (
                m.group("unit").lower() == "year" and re.search(r"\bover (?:the )?$", text[: m.start("n")])):
            continue
        if m.group("unit").lower() == "session" and re.match(r"\s*(?:a|per|each|every) (?:week|fortnight|month)\b", text[m.end():]):
            continue  # "two sessions a week": how often
        if _A_COURTS_ORDER_AFTER.match(text, m.end()) or _A_COURTS_ORDER_BEFORE.search(text[: m.start()]):
            continue  # "an 18-month community order", "jailed for 18 months": a sentence's length, not the course's
        qual = _DURATION_QUALIFIER.get(" ".join((m.group("qual") or "").lower().split()), "exact")
        low = parse_count(m.group("lo") or m.group("lo2")) if (m.group("lo") or m.group("lo2")) else None
        unit = _UNIT_ABBREVIATIONS.get(m.group("unit").lower(), m.group("unit").lower())  # "27 wks" is 27 weeks
        return Duration(parse_count(m.group("n")), unit, qual, low)
    return None


# --- the grammar of periods ---------------------------------------------------------------------------------------
# A period is written with a few kinds of word, combined in many orders: a year form ("2025-26", "2025/26", "25/26",
# "FY2025-26", "FY 25/26"), a point in time (a month with its year and perhaps a day: "April 2025", "1st April 2025",
# "Apr. 2025", "April '25", "01/04/2025", "1/4/25", "2025-04-01"), a connector ("to", "until", "through", a dash), a
# count of years or months ("two years", "a two-year", "a period of 24 months") and the words that tie a count to a
# point ("from", "starting", "commencing", "to", "ending") or say a thing began or ends ("started on", "runs to").
# Each pattern below is built from these parts, so that every notation of a part works in every order that uses it.

#: every way a month is named: "April", "Apr", "Apr.", "Sept"
_MONTH_OF = {**_MONTHS, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
             "oct": 10, "nov": 11, "dec": 12}
_MONTH_NAME = r"(?:" + "|".join(sorted(_MONTH_OF, key=len, reverse=True)) + r")\b\.?"
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)"
#: a connector between the two ends of a span: "to", "until", "through (to)", "up until", "and" (after "between"), a
#: dash of any kind; perhaps "the end of" before the last end
_TO = (r"(?:\s*[-‐‑‒–—−]\s*|\s+(?:to|until|till|(?:through|thru)(?:\s+to)?|and|up\s+(?:to|until|till)(?:\s+and\s+including)?)\s+)"
       r"(?:(?:the\s+)?(?:end|close)\s+(?:of\s+)?)?")
#: a count of years or months, in digits or words ("two", "24", "twenty-four"), as a noun or an adjective ("two years",
#: "a two-year", "24-month"), perhaps "a period of" or "financial" before the unit
_COUNT_WORD = r"(?:\d{1,2}|" + "|".join(sorted((w for w in _NUMBER_WORDS if w not in ("a", "an")), key=len, reverse=True)) + r")"


def _point(tag: str) -> str:
    """A point in time as a pattern whose groups start with ``tag``: a month named with its year ("1st April 2025",
    "Apr. 2025", "April '25", "April 1, 2025", a spreadsheet's "Apr-25"), a day/month/year date ("01/04/2025", "1/4/25", "01.04.2025", "1-4-2025") or an ISO
    date ("2025-04-01")."""
    return (rf"(?:{_DAY}?(?P<{tag}m>{_MONTH_NAME})(?:(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+(?P<{tag}y>20\d{{2}}\b|['’‘]\d{{2}}\b)|-(?P<{tag}h>(?:20)?\d{{2}})\b(?!-\d))"
            rf"|\b(?P<{tag}d>\d{{1,2}})(?P<{tag}s>[/.-])(?P<{tag}n>\d{{1,2}})(?P={tag}s)(?P<{tag}z>20\d{{2}}|(?<=/)\d{{2}})(?![\d/.-]\d)"
            rf"|\b(?P<{tag}iy>20\d{{2}})-(?P<{tag}im>[01]\d)-(?P<{tag}id>[0-3]\d)\b)")


def _month_at(m: re.Match, tag: str) -> tuple[int, int] | None:
    """The (year, month) a point matched with groups ``tag`` stands for, or None when it is no date ("31/13/2025")."""
    if m.group(tag + "m"):
        year = (m.group(tag + "y") or m.group(tag + "h")).lstrip("'’‘")
        return (int(year) if len(year) == 4 else 2000 + int(year)), _MONTH_OF[m.group(tag + "m").lower().rstrip(".")]
    if m.group(tag + "iy"):
        day, month, year = int(m.group(tag + "id")), int(m.group(tag + "im")), m.group(tag + "iy")
    elif m.group(tag + "n") is None:
        return None
    else:
        day, month, year = int(m.group(tag + "d")), int(m.group(tag + "n")), m.group(tag + "z")
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return (int(year) if len(year) == 4 else 2000 + int(year)), month


def real_date(text: str) -> bool:
    """Whether the first point in time in ``text`` is a date that exists: "1 October 2025", "01/04/2025", "May 2026"
    (no day), not "30 February 2026" nor "31/13/2025"."""
    m = _POINT.search(text)
    ym = _month_at(m, "p_") if m else None
    if ym is None:
        return False
    day = m.group("p_d") or m.group("p_id") or re.match(r"\W*(\d{1,2})", m.group(0)) \
        or _DAY_AFTER_MONTH.search(m.group(0))  # ("February 30, 2026": the day after the month's name)
    day = int(day) if isinstance(day, str) else int(day.group(1)) if day else 1
    try:
        date(ym[0], ym[1], day)
    except ValueError:
        return False
    return True


_POINT = re.compile(_point("p_"), re.I)
#: a day written after the month's name and before a four-digit year: "April 31, 2025", "February 30th 2026"
_DAY_AFTER_MONTH = re.compile(r"[A-Za-z]\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+20\d\d\b")


def _count(tag: str) -> str:
    """A count of years or months whose groups start with ``tag``: "two years", "two-year", "24 months", "a period of
    two years", "three financial years", "two years'" (not "two years ago": a time, not a length)."""
    return (rf"(?:a\s+(?:period|term)\s+of\s+)?(?P<{tag}n>{_COUNT_WORD})[- ](?:financial[- ])?"
            rf"(?P<{tag}u>year|yr|month|mth)s?\b['’]?(?!\s+(?:ago|old|earlier|before|since)\b)")


def _months_in(m: re.Match, tag: str) -> int:
    """The number of months a count matched with groups ``tag`` says."""
    n = parse_count(m.group(tag + "n"))
    return n * 12 if m.group(tag + "u").lower().startswith("y") else n


#: a financial year as written with years, for patterns that look for one ahead or hold one: "2025-26", "2025/26",
#: "2025 to 2026", "FY25-26", "FY 2025/26", "25/26" (two-digit years with a dash only after "FY": "16-24" is an age range)
YEAR_FORM = (r"(?:\bFY\s*(?:20)?\d{2}\s*[-‐‑‒–—−/]\s*(?:20)?\d{2}|\b20\d{2}\s*(?:[-‐‑‒–—−/]|\s+to\s+)\s*(?:20)?\d{2}"
             r"|(?<![\d/.£])\b\d{2}/\d{2})\b(?![/.]\d)")




def _edge(tag: str) -> str:
    """One end of a span, as a pattern whose groups start with ``tag``: a point in time ("1 April 2025") or a financial
    year as written ("2025/26": "for two years from 2025/26")."""
    return r"(?:" + _point(tag) + r"|(?P<" + tag + r"fy>" + YEAR_FORM + r"))"


def _edge_month(m: re.Match, tag: str, last: bool) -> tuple[int, int] | None:
    """The (year, month) an end matched with groups ``tag`` stands for: a point's own month, or a written financial
    year's first month (April) or, with ``last``, its last (March)."""
    if m.group(tag + "fy") is None:
        return _month_at(m, tag)
    years: list = []
    _year_forms(m.group(tag + "fy"), years, [])
    if not years:
        return None
    return (int(years[0][3][:4]) + 1, 3) if last else (int(years[0][2][:4]), 4)


#: the words that tie a count to its first month: "from", "starting", "beginning in", "commencing on", "running from"
_STARTS = (r"(?:starting|beginning|commencing|running from|effective|from)(?:\s+(?:in|on|from))?"
           r"(?:\s+the\s+(?:start|beginning)\s+of)?")
#: the same after a comma a few words on ("two years of funding for the service, starting in April 2024"), where a bare
#: "from" is as often the payer's ("…, from the Home Office")
_STARTS_LATER = r"(?:starting|beginning|commencing|running from|effective)(?:\s+(?:in|on|from))?"
#: the words that tie a count to its last month: "to", "until", "ending in", "ended"
_ENDS = r"(?:to|until|till|ending|ended|up to)(?:\s+(?:in|on))?(?:\s+the\s+end\s+of)?"

#: a financial year written with its first year in full: "2025-26", "2025/26", "2025–2026", "FY2025-26"; a span of
#: several: "2023-25", "2025–2027"
_SPAN = re.compile(r"(?:\b|(?<=FY))(?P<a>20\d{2})\s*[-‐‑‒–—−/]\s*(?P<b>20\d{2}|\d{1,2})\b(?!-[0-3]\d\b)")
#: a financial year written with two-digit years: "25/26", "FY25/26", "FY 25-26" (a dash only after "FY": "25-26" alone
#: is as often a range of ages or weeks)
_SHORT_YEAR = re.compile(r"(?:\bFY\s*(?P<a>\d{2})\s*[-‐‑‒–—−/]\s*|(?<![\d/.£,-])\b(?P<a2>\d{2})/)(?P<b>\d{2})\b(?![/.-]?\d)")
#: "April 2025 to March 2027", "1 Apr 2025 – 31 Mar 2027", "April 2025-March 2027", "April '25 to March '27",
#: "01.04.2025 to 31.03.2026", and a row's start and end columns ("01/04/2023 | 31/03/2025")
_POINT_SPAN = re.compile(_point("s_") + r"(?P<join>" + _TO + r"|\s*[|,]\s*|\s+)" + _point("e_"), re.I)
#: "April to June 2024", "1 October to 31 March 2026": months of one year named with the year once (a quarter, a term)
_MONTHS_OF_A_YEAR = re.compile(r"\b(?P<between>between\s+)?" + _DAY + r"?(?P<m1>" + _MONTH_NAME + r")(?P<join>" + _TO + r")"
                               + _point("e_"), re.I)
#: "2026 to 2027", "Total, 2026 to 2028", "the 2024 to 2026 round": financial years written the GOV.UK way, by the
#: calendar years they start and end in ("2026 to 2027" is 2026-27; "2026 to 2028" is 2026-27 and 2027-28)
_CALENDAR_YEARS_TO = re.compile(r"(?<![-‐‑‒–—−\d/])(?<!\bbetween )\b(?P<a>20\d{2})\s+(?:to|until)\s+(?P<b>20\d{2})\b(?![-‐‑‒–—−/]\d)")
#: a count then its first month: "over two years, starting in April 2023", "for two years from April 2025", "an
#: 18-month contract starting on 1 October 2023", "a three-year grant commencing 1.4.2025", "two years of funding for
#: the service, starting in April 2024"
_COUNT_FROM = re.compile(
    r"\b(?:(?:over|for|across|covering|during)\s+)?(?:the\s+|an?\s+)?(?:next\s+|first\s+)?" + _count("c_")
    + r"(?:(?:\s+[a-z]+){0,2}?,?\s*" + _STARTS + r"\s+|[^.;£]{1,50}?,\s*" + _STARTS_LATER + r"\s+)" + _edge("s_"), re.I)
#: a first month then its count: "from April 2023 for two years", "From April 2025, for a period of two years",
#: "starting 1 October 2025 for 18 months"
_FROM_COUNT = re.compile(
    r"\b" + _STARTS + r"\s+" + _edge("s_") + r",?\s+(?:for|over|lasting)\s+(?:the\s+next\s+|a\s+further\s+)?"
    + _count("c_"), re.I)
#: a count then its last month: "the two years to March 2025", "18 months ending in March 2026", "a six-month pilot
#: until September 2025"
_COUNT_TO = re.compile(r"\b" + _count("c_") + r"(?:\s+[a-z]+){0,2}?,?\s+" + _ENDS + r"\s+" + _edge("e_"), re.I)
#: the words that say a thing began, and on what: "started on", "began as a pilot in", "commencing", "runs from",
#: "since", "effective from"
_OPENED = (r"(?:from|since|starting|beginning|commencing|effective|(?:ran|runs|run|running)\s+from"
           r"|(?:began|begins|begin|started|starts|start|commenced|commences|opened|opens)(?:\s+[a-z]+){0,4}?\s+(?:in|on|from)"
           r"|(?:began|begins|started|starts|commenced|commences))(?:\s+(?:in|on|from))?")
#: the words that say a thing ends, and on what: "runs to", "ends on", "until", "finishing in", "expires on" (a bare
#: "to" only next to its start: "from January 2024, with results to March 2025" is no span)
_CLOSED = (r"(?:(?:until|till)|(?:ends?|ending|ended|finish(?:es|ing|ed)?|clos(?:es|ing|ed)|expir(?:es|ing|ed))"
           r"(?:\s+(?:in|on))?|(?:runs?|running|ran|continues?|continuing|lasts?|lasting)\s+(?:to|until|till|through))"
           r"(?:\s+the\s+end\s+of)?")
#: a first and a last month each brought in by its own verb, a few words apart: "started on 1 April 2025 and runs to
#: 31 March 2027", "began in October 2024 and will end in September 2026", "commencing 1 April 2025, ending 31 March 2027"
_OPENED_THEN_CLOSED = re.compile(r"\b" + _OPENED + r"\s+" + _point("s_") + r"(?P<gap>[^.;£]{0,40}?)\b" + _CLOSED + r"\s+"
                                 + _point("e_"), re.I)
#: a first month brought in by its own verb, then "and runs for" a count: "began in October 2025 and will run for three
#: years", "opened in May 2024 and lasts 18 months", "started in April 2026, and continues for two years" (not a limit on
#: each person's time: "and lasts up to six months" has no count straight after its verb)
_OPENED_THEN_LASTS = re.compile(
    r"\b" + _OPENED + r"\s+" + _edge("s_") + r"\s*,?\s+and\s+(?:will\s+|is\s+to\s+|is\s+due\s+to\s+)?"
    r"(?:runs?|running|lasts?|continues?)\s+(?:for\s+)?" + _count("c_"), re.I)
#: the same said end first: "runs until 31 March 2027 from 1 April 2025", "ending in March 2027, having started in
#: April 2025"
_CLOSED_THEN_OPENED = re.compile(r"\b" + _CLOSED + r"\s+" + _point("e_") + r"\s*,?\s*(?:having\s+)?" + _OPENED + r"\s+"
                                 + _point("s_"), re.I)
#: one year named by its first or last month: "the year beginning 1 April 2025", "the financial year ending
#: 31/03/2026", "the year to March 2026", "financial year end 31 March 2026" ("a year from …" is left alone: "£9,000 a year from April 2025" is a rate)
_THE_YEAR = re.compile(r"\b(?:(?:the|one|a single)\s+(?:financial\s+)?year\s+(?P<from>" + _STARTS + r")"
                       r"|(?<!\ba )(?<!\ban )(?<!\bper )(?:financial\s+)?year\s+(?P<to>to|ending|ended|end)(?:\s+on)?)\s+" + _point("p_"), re.I)


#: a start named by its month alone, then an end with its year further on in the sentence: "From October the charity
#: will also run a stalking service, paid for by £42,500 … until March 2026" (the start is the last such month before
#: the end: October 2025); no sentence stop or second start between them
_MONTH_ALONE_THEN_CLOSED = re.compile(
    r"\b(?:from|starting(?:\s+in)?|beginning(?:\s+in)?)\s+(?P<m1>" + _MONTH_NAME + r")(?!\s*(?:\d|['’]\d))"
    r"(?P<gap>[^.;]{0,160}?)\b" + _CLOSED + r"\s+" + _point("e_"), re.I)


def _fy(year: int, month: int) -> int:
    """The starting calendar year of the financial year a month falls in."""
    return year if month >= 4 else year - 1


def _fy_text(start: int) -> str:
    return f"{start}-{(start + 1) % 100:02d}"


def _months_span(first: int, last: int) -> tuple[str, str] | None:
    """The financial years from one month to another, each counted as ``year * 12 + month - 1`` (None when the span
    runs backwards or over five years)."""
    if not 0 <= last - first < 60:
        return None
    return _fy_text(_fy(first // 12, first % 12 + 1)), _fy_text(_fy(last // 12, last % 12 + 1))


def _month_index(ym: tuple[int, int]) -> int:
    return ym[0] * 12 + ym[1] - 1


#: a point that is a single month, not the first end of a span ("paid in April 2025", not "April 2025 to March 2026"):
#: the pattern to put after a point
NOT_A_SPAN_START = r"(?!" + _TO + _DAY + r"?" + _MONTH_NAME + r")"


def years_written(text: str) -> bool:
    """Whether ``text`` writes a financial year as years ("2025-26", "2025/26", "25/26", "FY25-26", "2025 to 2026"),
    not as months ("April to June 2024" is a quarter)."""
    found: list = []
    _year_forms(text, found, [])
    return bool(found)


def whole_years_in_months(text: str) -> bool:
    """Whether ``text`` gives whole financial years in months: "April 2025 to March 2027", "1 Apr 2024 – 31 Mar 2025",
    "01/04/2025 to 31/03/2026"."""
    for m in _POINT_SPAN.finditer(text):
        first, last = _month_at(m, "s_"), _month_at(m, "e_")
        if first and last and first[1] == 4 and last[1] == 3 and (m.group("s_n") is None or m.group("e_n") is not None):
            return True
    return False


def find_periods(text: str) -> tuple[list[tuple[int, int, str, str]], list[tuple[int, int, str]]]:
    """Funding periods in ``text`` (see :func:`_find_periods`): fresh lists, the reading cached per text
    (every extractor asks about the same sentences)."""
    found, bad = _find_periods(text)
    return list(found), list(bad)


def _year_forms(text: str, found: list, bad: list) -> None:
    """Financial years written as years: "2021-22", "2023-25", "2025–2027", "25/26", "FY25-26", "2026 to 2028"."""
    if not re.search(r"\d\d", text):
        return  # (every form below has two digits together: a shortcut past most sentences, never another reading)
    for m in _SPAN.finditer(text):
        a, b_text = int(m.group("a")), m.group("b")
        if len(b_text) == 1:  # "2025/6": the one digit is the next year's last, or it is no year ("Decision 2025/3",
            if (a + 1) % 10 == int(b_text) and not re.search(r"[/\w-]$", text[: m.start()]):  # "PCC/2025/6")
                found.append((m.start(), m.end(), _fy_text(a), _fy_text(a)))
            continue
        b = int(b_text) if len(b_text) == 4 else (a // 100) * 100 + int(b_text)
        if b == a + 1:
            found.append((m.start(), m.end(), _fy_text(a), _fy_text(a)))
        elif a + 1 < b <= a + 5 and (len(b_text) == 2 or "/" not in m.group(0)):
            found.append((m.start(), m.end(), _fy_text(a), _fy_text(b - 1)))  # ("2025–2027": two years, as "2025 to 2027")
        elif b <= a and len(b_text) == 2 and "/" not in m.group(0) and "/" not in text[max(0, m.start() - 1) : m.end() + 1]:
            bad.append((m.start(), m.end(), m.group(0)))
    for m in _SHORT_YEAR.finditer(text):
        a, b = int(m.group("a") or m.group("a2")), int(m.group("b"))
        if b == a + 1 and 15 <= a <= 45:  # ("completed 11/12 sessions" is a score, not 2011-12)
            found.append((m.start(), m.end(), _fy_text(2000 + a), _fy_text(2000 + a)))
    for m in _CALENDAR_YEARS_TO.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if a < b <= a + 5:
            found.append((m.start(), m.end(), _fy_text(a), _fy_text(b - 1)))


def _point_forms(text: str, found: list) -> None:
    """Spans written with their ends: "April 2023 to March 2025", "01/04/2025 - 31/03/2026", "April to June 2024"."""
    if not re.search(r"\d\d", text):
        return  # (every form below ends in a point in time, which has two digits together: a shortcut, never a change)
    # the words some forms cannot match without (a closing verb, a month's name), looked for once: shortcuts only
    closed = re.search(r"until|till|end|finish|clos|expir|run|ran|continu|last", text, re.I)
    month = re.search(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", text, re.I)
    for m in _POINT_SPAN.finditer(text):
        first, last = _month_at(m, "s_"), _month_at(m, "e_")
        numeric = (m.group("s_n") or m.group("s_iy")) is not None and (m.group("e_n") or m.group("e_iy")) is not None
        if first is None or last is None or (not numeric and not _TO_WORDS.fullmatch(m.group("join"))):
            continue  # ("in April 2025, March 2026 …": a bar, a comma or a space joins only a row's two date columns)
        if m.group("join").strip().lower() == "and" and not re.search(r"\bbetween\s+$", text[: m.start()], re.I):
            continue  # ("inspected on 12.03.2024 and 14.05.2025": two dates; "between April 2025 and March 2027" a span)
        a, b = _fy(*first), _fy(*last)
        if a <= b <= a + 5:
            found.append((m.start(), m.end(), _fy_text(a), _fy_text(b)))
    for m in list(_OPENED_THEN_CLOSED.finditer(text)) + list(_CLOSED_THEN_OPENED.finditer(text)) if closed else ():
        first, last = _month_at(m, "s_"), _month_at(m, "e_")
        if first and last and not _overlaps(found, m) and _fy(*first) <= _fy(*last) <= _fy(*first) + 5:
            found.append((m.start(), m.end(), _fy_text(_fy(*first)), _fy_text(_fy(*last))))
    for m in _MONTH_ALONE_THEN_CLOSED.finditer(text) if closed and month else ():
        last = _month_at(m, "e_")
        if last is None or _overlaps(found, m) or re.search(r"\b(?:from|since)\s+" + _MONTH_NAME, m.group("gap"), re.I):
            continue
        m1, (y, m2) = _MONTH_OF[m.group("m1").lower().rstrip(".")], last
        a, b = _fy(y if m1 <= m2 else y - 1, m1), _fy(y, m2)
        found.append((m.start(), m.end(), _fy_text(a), _fy_text(b)))
    for m in _MONTHS_OF_A_YEAR.finditer(text) if month else ():  # within one financial year only ("January to April" crosses two)
        last = _month_at(m, "e_")
        if last is None or (m.group("join").strip().lower() == "and" and not m.group("between")):
            continue  # ("bids were made in October and November 2024": two months, not a span)
        m1, (y, m2) = _MONTH_OF[m.group("m1").lower().rstrip(".")], last
        a, b = _fy(y - 1 if m1 > m2 else y, m1), _fy(y, m2)
        if a == b:
            found.append((m.start(), m.end(), _fy_text(a), _fy_text(a)))


_TO_WORDS = re.compile(_TO, re.I)


def _overlaps(found: list, m: re.Match) -> bool:
    """Whether a match crosses or lies inside a span already found; one it holds whole ("for two years from 2025/26"
    holds "2025/26") it reads more fully, and it is kept (the earlier start wins when spans are joined)."""
    return any(f[0] < m.end() and m.start() < f[1] and not (m.start() <= f[0] and f[1] <= m.end()) for f in found)


def _count_forms(text: str, found: list) -> None:
    """Spans written as a count of years or months with one end: "over two years, starting in April 2023", "from
    October 2023 for 18 months", "the two years to March 2025", "the year beginning 1 April 2025".  A count of years
    from April, or to March, is of financial years (two years from April 2025 are 2025-26 and 2026-27); any other count
    covers the financial years its months touch (two years from October 2025 run to September 2027: 2025-26 to
    2027-28), as the corpus README's "Spans from a month" reads."""
    if not re.search(r"year|yr|month|mth", text, re.I) or not re.search(r"\d", text):
        return  # (every form below has a count's unit or "year", and a point or year in digits: a shortcut, no change)
    for m in list(_COUNT_FROM.finditer(text)) + list(_FROM_COUNT.finditer(text)) + list(_OPENED_THEN_LASTS.finditer(text)):
        start = _edge_month(m, "s_", last=False)
        if start is None or _overlaps(found, m):
            continue
        months = _months_in(m, "c_")
        if m.group("c_u").lower().startswith("y") and months > 12 and start[1] == 4:
            a = _fy(*start)
            span = (_fy_text(a), _fy_text(a + months // 12 - 1)) if months <= 60 else None
        else:
            span = _months_span(_month_index(start), _month_index(start) + months - 1) if months >= 1 else None
        if span:
            found.append((m.start(), m.end(), *span))
    for m in _COUNT_TO.finditer(text):
        end = _edge_month(m, "e_", last=True)
        if end is None or _overlaps(found, m):
            continue
        months = _months_in(m, "c_")
        if m.group("c_u").lower().startswith("y") and end[1] == 3:
            b = _fy(*end)
            span = (_fy_text(b - months // 12 + 1), _fy_text(b)) if 12 <= months <= 60 else None
        else:
            span = _months_span(_month_index(end) - months + 1, _month_index(end)) if months >= 1 else None
        if span:
            found.append((m.start(), m.end(), *span))
    for m in _THE_YEAR.finditer(text):
        point = _month_at(m, "p_")
        if point is None or _overlaps(found, m):
            continue
        at = _month_index(point)
        if m.group("to") and point[1] == 3:
            span = (_fy_text(point[0] - 1),) * 2  # "the year to March 2026": 2025-26
        else:
            span = _months_span(at, at + 11) if m.group("from") else _months_span(at - 11, at)
        if span:
            found.append((m.start(), m.end(), *span))


@lru_cache(maxsize=8192)
def _find_periods(text: str) -> tuple[tuple[tuple[int, int, str, str], ...], tuple[tuple[int, int, str], ...]]:
    """Funding periods in ``text`` as ``(start, end, first year, last year)``, and impossible years.

    "2021-22" is one year; "2023-25" two (2023-24 and 2024-25); "April 2023 to March 2025"
    and "over two years, starting in April 2023" likewise.  "2022-21" cannot be a
    year and comes back in the second list, to be reported, never replaced.
    """
    found, bad = [], []
    _year_forms(text, found, bad)
    _point_forms(text, found)
    _count_forms(text, found)
    return tuple(_years_after_it(text, _joined_spans(text, found))), tuple(bad)


#: the years said after a span by pointing back at it: "and the one after it", "and for the year after", "and the
#: following year", "plus the next one", "and the two years that follow"
_AND_THE_YEARS_AFTER = re.compile(
    r"\s*,?\s*(?:and|plus|then)\s+(?:(?:for|in|during)\s+)?(?:the|a|an)\s+(?:(?:(?P<n>" + _COUNT_WORD + r")\s+)?(?:financial\s+)?(?:years?|ones?)"
    r"\s+(?:after(?:\s+(?:it|that|this|them|those))?(?!\s+(?:the|a|an|\d))|that\s+follows?|following)"
    r"|(?:following|next|subsequent)\s+(?:(?P<n2>" + _COUNT_WORD + r")\s+)?(?:financial\s+)?(?:years?|ones?))\b", re.I)


def _years_after_it(text: str, found: list) -> list[tuple[int, int, str, str]]:
    """A span followed by the years after it, said by pointing back ("the financial year 2026 to 2027 and the one after
    it", "2025-26 and the following year", "2024/25 plus the next two years"), runs on to the last of them."""
    out = []
    for f in found:
        m = _AND_THE_YEARS_AFTER.match(text, f[1])
        if m:
            n = parse_count(m.group("n") or m.group("n2") or "one")
            if 1 <= n <= 4:
                f = (f[0], m.end(), f[2], _fy_text(int(f[3][:4]) + n))
        out.append(f)
    return out


#: what may stand between two consecutive years joined as one span: a joining word, and the second year's own noun
#: said again ("2025-26 and 2026-27", "FY25/26 - FY26/27", "the financial year 2027 to 2028 and the financial year 2028
#: to 2029", "2025/26 and the year 2026/27")
_NEXT_YEAR_GAP = re.compile(r"\s*(?:,|and|,\s*and|&|a|ac|to|[-‐‑‒–—−/])\s*(?:FY\s*|(?:the\s+)?(?:financial\s+)?year\s+)?", re.I)


def _joined_spans(text: str, found: list) -> list[tuple[int, int, str, str]]:
    """Spans next to each other joined into one: "2022-23 and 2023-24", "2023-24, 2024-25 and 2025-26", "2023-24 to
    2025-26", "2025-26/2026-27", "FY25/26 - FY26/27", "the financial year 2027 to 2028 and the financial year 2028 to
    2029" (and in Welsh, "2025-26 a 2026-27", "2024-25 ac 2025-26"; "&" too); of spans that overlap, the first."""
    found.sort()
    merged: list[tuple[int, int, str, str]] = []
    for f in found:
        gap = text[merged[-1][1] : f[0]] if merged and merged[-1][1] <= f[0] else None
        if gap is not None and ((_NEXT_YEAR_GAP.fullmatch(gap)
                                 and int(f[2][:4]) == int(merged[-1][3][:4]) + 1)
                                or (re.fullmatch(r"\s*(?:to|until|through)\s*(?:FY\s*)?", gap, re.I)
                                    and int(merged[-1][3][:4]) < int(f[2][:4]) <= int(merged[-1][3][:4]) + 4)):
            merged[-1] = (merged[-1][0], f[1], merged[-1][2], f[3])
        elif merged and f[0] < merged[-1][1]:
            continue
        else:
            merged.append(f)
    return merged


#: "from April 2025" with no end or length after it: a span's start only
_OPEN_START = re.compile(r"\b" + _STARTS + r"\s+" + _point("s_") + r"(?!,?\s*(?:to|until|till|through|-|–|and|for|over)\b)",
                         re.I)
#: "the next two years of funding", "two years' funding", "a two-year grant": a length of years with no start
_YEARS_LONG = re.compile(r"\b(?:the next |another |a further |a |its |their )?(?P<n>two|three|four|five|2|3|4|5)[- ]"
                         r"(?:financial[- ])?years?['’]?\s+(?:of\s+)?(?:\w+\s+){0,2}?(?:funding|grant|award|money|settlement)\b",
                         re.I)


def open_span(start_text: str, length_text: str) -> tuple[str, str] | None:
    """A span read from a start stated in one place ("£X from April 2025") and a length of years in another ("the next
    two years of funding"): each must be stated once and alone (no other period around it), else None."""
    if find_periods(length_text)[0]:
        return None
    starts = {_fy(*_month_at(m, "s_")) for m in _OPEN_START.finditer(start_text) if _month_at(m, "s_")}
    lengths = {parse_count(m.group("n")) for m in _YEARS_LONG.finditer(length_text)}
    if len(starts) != 1 or len(lengths) != 1:
        return None
    a, n = starts.pop(), lengths.pop()
    return _fy_text(a), _fy_text(a + n - 1)


#: a starting month said apart from its length: "began as a pilot in October 2023 … over 18 months", "a six-month pilot
#: …, which ran from October 2024"
_STARTED_IN = re.compile(r"\b" + _OPENED + r"\s+" + _point("s_"), re.I)
#: a length in months, as a thing's length ("a six-month pilot", "over 18 months", "for twelve months"), not a limit
#: on each person's time ("up to 12 months", "lasting up to 18 months")
_MONTHS_LONG = re.compile(
    r"(?<!up to )(?<!lasting )(?<!for up to )\b(?:(?:over|for|across) (?:the |a |an )?)?(?P<n>\d{1,2}|"
    + "|".join(w for w in _NUMBER_WORDS if w not in ("a", "an")) + r")[- ]months?\b(?![- ]old)", re.I)


#: a sentence opened by the month its money was given in: "In October 2016 the trust gave us £X over three years"
_OPENING_MONTH = re.compile(r"^\W*In\s+(?=" + _MONTH_NAME + r")" + _point("s_"), re.I)
#: a verb saying money was handed over at the time a sentence opens with: "the trust gave us", "we were granted"
_GIVEN_THEN = re.compile(r"\b(?:gave|granted|awarded|paid|donated|began (?:to fund|funding|paying)|started (?:to fund|funding|paying))\b",
                         re.I)
#: a length in whole years, as a sum's span ("over three years", "for the next two years"), not an age or a time ago
_SPAN_IN_YEARS = re.compile(r"\b(?:over|for|across)\s+(?:the\s+)?(?:next\s+)?(?P<n>\d|two|three|four|five)\s+years\b(?!\s+(?:ago|old))",
                         re.I)


def start_and_length(text: str) -> tuple[str, str] | None:
    """The span a text gives by a starting month in one place and a length in months in another ("The programme began
    as a pilot in October 2023, paid for with £64,000 … over 18 months" → 2023-24 to 2024-25): each stated once,
    and no span printed whole (:func:`find_periods`) beside them."""
    if find_periods(text)[0]:
        return None
    starts = {_month_at(m, "s_") for m in _STARTED_IN.finditer(text)} - {None}
    lengths = {parse_count(m.group("n")) for m in _MONTHS_LONG.finditer(text)
               if not re.search(r"\bup to\s+$", text[max(0, m.start() - 12) : m.start()], re.I)}
    if not starts and not lengths:
        # (a sentence opened by the month the money came in, its span in years: "In October 2016 the trust gave us
        # £X over three years" → October 2016 to September 2019, 2016-17 to 2019-20)
        opening = _OPENING_MONTH.match(text)
        # (only where the sentence says the money was given then, "gave", "granted", "paid": a month the money was
        # announced, confirmed or agreed in, "In June 2025 the commissioner announced £200,000 over the next two
        # years", is no start of its span)
        given = opening and _GIVEN_THEN.search(text, opening.end(), (text.find("£", opening.end()) + 1 or len(text) + 1) - 1)
        starts = {_month_at(opening, "s_")} - {None} if given else set()
        lengths = {12 * parse_count(m.group("n")) for m in _SPAN_IN_YEARS.finditer(text)} if starts else set()
    if len(starts) != 1 or len(lengths) != 1:
        return None
    (y, mo), n = starts.pop(), lengths.pop()
    if not 1 <= n <= 60:
        return None
    last = (y * 12 + mo - 1) + n - 1
    return _fy_text(_fy(y, mo)), _fy_text(_fy(last // 12, last % 12 + 1))
