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
_ORG_WORD = re.compile(r"\b(?:Police|Council|Constabulary|Commissioner|Trust|Service|Partnership|Centre|Project|"
                       r"Aid|Refuge|CIC|Advocacy|Academy|Clinic|Respect|Authority|Change|Works|Futures|First|Link|"
                       r"Foundation|Network|Charity|Society|Association|Associates|University|College|Probation|"
                       r"Research|Unit|Institute|Hub|Group)\b")
