"""Publication dates as people write them: read to a year and month, impossible ones refused.

A release's date decides its financial year when the text gives none, so a date that cannot
be (month 13, 30 February) must not quietly become a year.  :func:`publication_month` reads
``2020-11-19``, ``2020-11``, ``19 November 2020``, ``November 2020`` and ``2020 (autumn …)``;
a bare year or "spring"/"winter" (which straddle the years' ends) read as unknown.
"""

from __future__ import annotations

import datetime as _dt
import re

from funding.errors import SourceError

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
_SEASON_MONTH = {"spring": None, "summer": 7, "autumn": 10, "winter": None}

_ISO = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\b")
_WORDS = re.compile(r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(" + "|".join(_MONTHS) + r")\s+(\d{4})\b")
_SEASON = re.compile(r"(\d{4})\b\D*?\b(spring|summer|autumn|winter)\b")

#: What a date may look like, for error messages.
EXPECTED = "a date (2022-06-01, 1 June 2022) or a month and year (2022-06, June 2022)"


def publication_month(text: str, source: str = "--published") -> tuple[int, int] | None:
    """``(year, month)`` of a written publication date, or None when it gives no month.

    Raises :class:`SourceError` (naming ``source``) for a date that names an impossible month or
    day, so that it is never turned into a financial year.
    """
    t = text.strip().lower()
    m = _ISO.match(t)
    if m:
        year, month, day = int(m.group(1)), int(m.group(2)), m.group(3)
    elif (m := _SEASON.match(t)):  # "2020 (autumn; … in December 2020)": the season is the date's
        return None if _SEASON_MONTH[m.group(2)] is None else (int(m.group(1)), _SEASON_MONTH[m.group(2)])
    else:
        m = _WORDS.search(t)
        if not m:
            return None
        day, month, year = m.group(1), _MONTHS[m.group(2)], int(m.group(3))
    try:
        _dt.date(year, month, int(day) if day else 1)
    except ValueError:
        raise SourceError(source, None, text.strip(), EXPECTED, hint="that day or month does not exist") from None
    return year, month


def check_publication_date(text: str, source: str = "--published", *, year_alone: bool = False) -> str:
    """``text`` unchanged when it is a date or a month and year that can be (with ``year_alone``,
    also a year with no month: "2030", "2020 (spring)"); else :class:`SourceError`."""
    if publication_month(text, source) is None:
        if year_alone and re.match(r"\d{4}\b", text.strip()):
            return text
        raise SourceError(source, None, text.strip(), EXPECTED + (" or a year" if year_alone else ""))
    return text
