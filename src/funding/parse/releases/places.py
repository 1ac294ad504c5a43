"""Areas and places named in a release: :func:`find_areas` and the release's own area.
"""

from __future__ import annotations

from funding.core import patterns as re
from collections import Counter
from functools import lru_cache

from funding.reference.register import normalise_name, place_aliases, register
from funding.core.text import Line
from funding.parse.releases.vocabulary import _read_data


_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")


_BEFORE_PLACE = {"In", "At", "From", "To", "For", "Across", "Around", "Of", "And", "The", "Both", "Central", "Greater",
                 "Including", "Covering", "Within", "Outside", "Near", "Throughout", "Like"}
#: (also the first of two places joined in one body's name: "Swale and Ure Community Foundation")
_IN_ORG_NAME = re.compile(r"(?:['’]s)?\s+(?:(?:and|&)\s+(?=[A-Z]))?(?:[A-Z][\w'’&-]*\s+){0,3}(?:Change|CIC|Trust|Project|Partnership|Futures|Respect|"
                          r"Aid|Refuge|Centre|Network|Foundation|Services?|Pathways|Choices|Works|Ltd|Limited|Charity|Research|University|"
                          r"Institute|Evaluation|Consulting|Consultancy|Associates|Practice|Ways|Routes|Steps|Horizons|Point|Reach|Youth|"
                          r"Famil(?:y|ies))\b")
# (a youth or family charity's name too: "Tarn Youth and Families", "Wyre Family Project")


#: "NHS North East and North Cumbria Integrated Care Board": an area named inside a health body's name places nothing
_HEALTH_BODY = re.compile(r"(?:['’]s)?(?:\s+(?:and\s+)?[A-Z][\w'’&-]*){0,4}\s+(?:Integrated Care (?:Board|System)|ICB|"
                          r"Clinical Commissioning Group|CCG|(?:University |Teaching )?Health Board)\b")


#: "Bath Road", "Chester Street": a street named after a town places nothing
_STREET = re.compile(r"\s+(?:Road|Street|Lane|Avenue|Terrace|Crescent|Way)\b")


#: "Metropolitan Borough Council", "Metropolitan District Council": the style of a council's name, which places nothing
_COUNCIL_STYLE = re.compile(r"\s+(?:Borough|District)\s+Council\b", re.I)  # also in a capitalised letterhead


@lru_cache(maxsize=1)
def _place_alias_keys() -> frozenset[str]:
    return frozenset(place_aliases())


@lru_cache(maxsize=1)
def _release_places() -> dict[str, str]:
    """Places a release may name for its area: the place aliases (towns, districts), and every local
    authority by its name ("Cornwall's commissioner", "In Peterborough, …"), from ``local_authority_pfa.csv``."""
    out = {normalise_name(r["lad_name"]): r["pfa_code"] for r in _read_data("local_authority_pfa.csv")}
    # the shire counties of multi-county areas (and short forms), named alone: "Devon", "Oxfordshire"
    out.update({normalise_name(r["place"]): r["pfa_code"] for r in _read_data("local_county_pfa.csv")})
    # unitary councils by their short names and the larger towns: "Bristol", "Hull", "Carlisle", "Grimsby"
    out.update({normalise_name(r["place"]): r["pfa_code"] for r in _read_data("local_town_pfa.csv")})
    out.update(place_aliases())
    return out


def find_areas(text: str) -> list[tuple[int, int, str]]:
    """Police force areas named in ``text`` as ``(start, end, pfa_code)`` (see :func:`_find_areas`)."""
    return list(_find_areas(text))


@lru_cache(maxsize=8192)
def _find_areas(text: str) -> tuple[tuple[int, int, str], ...]:
    """Police force areas named in ``text`` as ``(start, end, pfa_code)``.

    Names are matched through the register (areas, their aliases and budget
    holders) and the place aliases (towns and districts inside an area), longest
    name first, so "North West Leicestershire" is one mention.
    """
    reg = register()
    places = _release_places()
    words = []
    for m in _WORD.finditer(text):
        word = m.group(0).rstrip(".")  # "Kent's", "Wales'" name the area (a possessive's ending off, as
        if word.endswith(("'s", "’s")):  # re.sub(r"['’]s?$", "", word) did, without a regex per word)
            word = word[:-2]
        elif word.endswith(("'", "’")):
            word = word[:-1]
        words.append((m.start(), m.start() + len(word), word))
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
            if code and not area and (_IN_ORG_NAME.match(text, words[i][0] + len(name)) or key not in _place_alias_keys() and (
                    _STREET.match(text, words[i][0] + len(name))
                    or (i and words[i - 1][2][:1].isupper() and words[i - 1][2] not in _BEFORE_PLACE
                        and text[words[i - 1][1] : words[i][0]] == " "))):
                code = None  # a district's name inside an organisation's ("Ribble Valley Change CIC") or a
                # person's ("Tom Preston") places nothing
            if code and n == 1 and _COUNCIL_STYLE.match(text, words[i][0] + len(name)) and key not in places:
                code = None  # "Metropolitan" in "Oldham Metropolitan Borough Council" is a council's style, not London
            if code and _HEALTH_BODY.match(text, words[i][0] + len(name)):
                code = None  # (a health body's name: "NHS Derby and Derbyshire Integrated Care Board")
            if code:
                hit = (words[i][0], words[i][0] + len(name), code, n)
                break
        if hit:
            found.append(hit[:3])
            i += hit[3]
        else:
            i += 1
    return tuple(found)


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


@lru_cache(maxsize=1)
def names_joined_by_and() -> re.Pattern:
    """The names of areas and places that hold the word 'and' ("Avon and Somerset", "Devon and Cornwall", "Brighton
    and Hove"): a clause does not end inside one."""
    reg = register()
    names = {a.pfa_name for a in reg} | set(_release_places()) | set(place_aliases())
    names |= {r["alias"] for r in _read_data("pfa_aliases.csv")}
    joined = sorted({n for n in names if re.search(r"\band\b", n, re.I)}, key=len, reverse=True)
    if not joined:
        return re.compile(r"(?!x)x")
    parts = [r"\s+".join(re.escape(w) for w in n.split()) for n in joined]
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.I)
