"""The release reader's word lists: the package data files of terms and aliases, read once,
and the helpers that find the first or every term of a list in a text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from funding.core.packagedata import data_csv
from funding.errors import SourceError
from funding.reference.register import normalise_name


def _read_data(name: str) -> list[dict[str, str]]:
    return data_csv(name)


class Terms(tuple):
    """A field's ``(value, regex)`` rules in file order, with ``any``: one regex that matches
    wherever one of them does (an alternation of them all), so that a text holding none of the
    terms is passed over with one search instead of one per term.  ``any`` is ``None`` when the
    rules cannot be joined safely (a back-reference, a conditional, a clash of group names)."""

    any: re.Pattern | None

    def __new__(cls, rules):
        self = super().__new__(cls, rules)
        self.any = None
        sources = [p.pattern for _, p in self]
        if sources and not any(re.search(r"\\[1-9]|(?<!\\)\(\?\(|\(\?P=", s) for s in sources):
            try:
                self.any = re.compile("|".join(f"(?:{s})" for s in sources), re.I)
            except re.error:
                self.any = None
        return self


@lru_cache(maxsize=None)
def _terms(name: str) -> dict[str, Terms]:
    """A ``field,value,pattern`` rules file as ``{field: ((value, regex), …)}`` in file order."""
    out: dict[str, list[tuple[str, re.Pattern]]] = {}
    for row in _read_data(name):
        try:
            pattern = re.compile(row["pattern"], re.I)
        except re.error as exc:
            raise SourceError(name, None, row["pattern"], f"a regular expression ({exc})") from None
        out.setdefault(row["field"], []).append((row["value"], pattern))
    return {k: Terms(v) for k, v in out.items()}


def _none_of(terms, text: str) -> bool:
    """True when ``text`` certainly holds none of ``terms`` (one search over their alternation)."""
    joined = getattr(terms, "any", None)
    return joined is not None and joined.search(text) is None


@lru_cache(maxsize=1)
def _organisation_aliases() -> dict[str, str]:
    return {normalise_name(r["alias"]): r["organisation"] for r in _read_data("local_organisation_aliases.csv")}


def _first(terms, text: str) -> str:
    if _none_of(terms, text):
        return ""
    for value, pattern in terms:
        if pattern.search(text):
            return value
    return ""


def _all(terms, text: str) -> tuple[str, ...]:
    if _none_of(terms, text):
        return ()
    return tuple(sorted({value for value, pattern in terms if pattern.search(text)}))
_ORG_WORD = re.compile(r"\b(?:Police|Council|Constabulary|Commissioner|Trust|Service|Partnership|Centre|Project|"
                       r"Aid|Refuge|CIC|Advocacy|Academy|Clinic|Respect|Authority|Change|Works|Futures|First|Link|"
                       r"Foundation|Network|Charity|Society|Association|Associates|University|College|Probation|"
                       r"Research|Unit|Institute|Hub|Group)\b")
