"""The register of the 43 police force areas (PFAs) of England and Wales.

One register, shared by every parser: ONS code, ONS name, region, the body
that holds the policing budget, and the aliases that sources print instead of
the ONS name.  The data lives in ``funding/data/pfa_register.csv`` and
``funding/data/pfa_aliases.csv`` so that a researcher can read and correct it
without reading Python.
"""

from __future__ import annotations

import csv
import difflib
from funding.core import patterns as re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from funding.core.packagedata import data_csv
from funding.errors import SourceError

__all__ = ["PoliceForceArea", "Register", "register", "normalise_name"]


@dataclass(frozen=True)
class PoliceForceArea:
    pfa_code: str
    pfa_name: str
    region_code: str
    region_name: str
    budget_holder_type: str  # pcc, pfcc, mayor or none
    budget_holder: str

    @property
    def country(self) -> str:
        return "Wales" if self.pfa_code.startswith("W") else "England"


# Words that sources add around a force area's name and that say nothing about which area it is.
_NOISE = re.compile(
    r"\b(?:the|office of|office for|police fire and crime commissioner for|police and crime commissioner for|"
    r"police fire and crime commissioner|police and crime commissioner|pfcc|pcc|opcc|"
    r"police service|constabulary|police force|police)\b"
)


@lru_cache(maxsize=8192)
def normalise_name(name: str) -> str:
    """A key for matching names: case, accents, '&', punctuation and force suffixes folded."""
    if name.isascii():
        text = name  # (ASCII is its own NFKD form and holds no combining marks: most names, skipped fast)
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("&", " and ").replace("’", "'")
    if "st" in text:
        text = re.sub(r"\bst\.?\b", "saint", text)
    text = re.sub(r"[^a-z0-9' ]+", " ", text)
    text = text.replace("'", "")
    text = _NOISE.sub(" ", text)
    return " ".join(text.split())


class Register:
    """Look-ups over the 43 areas.  Use :func:`register` for the shared instance."""

    def __init__(self, areas: list[PoliceForceArea], aliases: list[dict[str, str]]):
        self.areas = tuple(sorted(areas, key=lambda a: a.pfa_code))
        self._by_code = {a.pfa_code: a for a in self.areas}
        if len(self._by_code) != len(self.areas):
            dup = sorted({a.pfa_code for a in self.areas if sum(b.pfa_code == a.pfa_code for b in self.areas) > 1})
            raise SourceError("pfa_register.csv", None, ", ".join(dup), "each police force area code once")
        self._by_key: dict[str, str] = {}
        for area in self.areas:
            self._add_key(area.pfa_name, area.pfa_code)
            if area.budget_holder:
                self._add_key(area.budget_holder, area.pfa_code)
        for line, row in enumerate(aliases, start=2):
            if row["pfa_code"] not in self._by_code:
                raise SourceError("pfa_aliases.csv", line, f"{row['alias']},{row['pfa_code']}", "an alias of one of the codes in pfa_register.csv")
            self._add_key(row["alias"], row["pfa_code"])

    def _add_key(self, name: str, code: str) -> None:
        key = normalise_name(name)
        if not key:
            return
        other = self._by_key.get(key)
        if other is not None and other != code:
            raise SourceError("pfa_aliases.csv", None, f"{name} -> {other} and {code}", "each name or alias to mean one police force area")
        self._by_key[key] = code

    def __len__(self) -> int:
        return len(self.areas)

    def __iter__(self):
        return iter(self.areas)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(a.pfa_code for a in self.areas)

    def by_code(self, code: str) -> PoliceForceArea:
        try:
            return self._by_code[code]
        except KeyError:
            raise KeyError(f"no police force area has the code {code!r}") from None

    def lookup(self, name: str) -> PoliceForceArea | None:
        """The area a printed name refers to, or ``None``."""
        code = self._by_key.get(normalise_name(name))
        return self._by_code[code] if code else None

    def closest(self, name: str, n: int = 3) -> list[str]:
        """The official names closest to an unknown name, for error messages."""
        key = normalise_name(name)
        keys = difflib.get_close_matches(key, list(self._by_key), n=n * 3, cutoff=0.5)
        names: list[str] = []
        for k in keys:
            official = self._by_code[self._by_key[k]].pfa_name
            if official not in names:
                names.append(official)
        return names[:n]

    def to_frame(self):
        import pandas as pd

        return pd.DataFrame(
            [
                {
                    "pfa_code": a.pfa_code,
                    "pfa_name": a.pfa_name,
                    "country": a.country,
                    "region_code": a.region_code,
                    "region_name": a.region_name,
                    "budget_holder_type": a.budget_holder_type,
                    "budget_holder": a.budget_holder,
                }
                for a in self.areas
            ]
        )


def _read_csv(name: str) -> list[dict[str, str]]:
    return data_csv(name)


@lru_cache(maxsize=1)
def register() -> Register:
    """The shared register of the 43 police force areas."""
    areas = [PoliceForceArea(**row) for row in _read_csv("pfa_register.csv")]
    return Register(areas, _read_csv("pfa_aliases.csv"))


@lru_cache(maxsize=1)
def place_aliases() -> dict[str, str]:
    """Places inside a force area (towns, districts) that releases name → PFA code."""
    return {normalise_name(r["place"]): r["pfa_code"] for r in _read_csv("place_aliases.csv")}
