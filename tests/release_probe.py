"""Reading a short invented text with the release reader, for the tests of its rules.

The tests of the reader's rules each state a few invented sentences and the facts the corpus README's conventions
give them; these helpers read such a text as a release published in June 2025 (``invented.txt`` unless a test
needs another kind of file), with the reader's warnings about lines it could not read silenced.
"""

from __future__ import annotations

import warnings

from funding.parse.releases import extract_release


def read(text: str, name: str = "invented.txt", published: str = "2025-06"):
    """The release read from ``text`` (a :class:`funding.parse.releases.Release`)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return extract_release(text, name, published=published)


def awards(text: str, name: str = "invented.txt") -> list:
    """The amounts read from ``text``, in the reader's order."""
    return list(read(text, name).awards)


def awards_by_key(text: str, name: str = "invented.txt") -> dict[tuple[int, int], object]:
    """The amounts read from ``text`` keyed by (line, whole pounds): ``got[(2, 40000)].funder``."""
    return {(a.source_line, a.amount.pence // 100): a for a in read(text, name).awards}


def organisation_facts(text: str) -> set[tuple[int, str, str]]:
    """The organisations read from ``text`` as (line, name, role): ``(4, "OPCC", "commissioner") in got``."""
    return {(o.source_line, o.organisation, o.role) for o in read(text).organisations}


def kinds_on_line(text: str, line: int) -> set[str]:
    """The kinds of component read from ``text`` on ``line``: ``"group_programme" in got``."""
    return {c.component for c in read(text).components if c.source_line == line}


def cohorts_by_line(text: str, kind: str) -> dict[int, set[str]]:
    """The cohorts of each ``kind`` of component read from ``text``, by line: ``got[7] == {"high_harm", "men"}``."""
    return {c.source_line: set(c.cohorts) for c in read(text).components if c.component == kind}


#: the short field names of :func:`award_errors`'s expectations, and the award attributes they stand for
AWARD_FIELDS = dict(role="funding_role", funder="funder", part="part_of_line", start="period_start", end="period_end")


def award_errors(text: str, want: dict) -> list[str]:
    """What the reader gets wrong in ``text`` against ``want``, ``{(line, pounds[, period_start]): {field: value}}``
    with the fields of :data:`AWARD_FIELDS` (an empty list when it reads every one as wanted; empty strings count as
    None, except for ``part``)."""
    got = awards(text)
    errors = []
    for key, fields in want.items():
        found = [a for a in got if a.source_line == key[0] and a.amount.pence // 100 == key[1]
                 and (len(key) < 3 or a.period_start == key[2])]
        if not found:
            errors.append(f"{key}: not read")
            continue
        for field, value in fields.items():
            have = getattr(found[0], AWARD_FIELDS[field])
            if field != "part":
                have = have or None
            if have != value:
                errors.append(f"{key} {field}: want {value!r}, got {have!r}")
    return errors


#: an opening line naming an area and a sum, for tests whose outcome sentences follow it (their lines start at 3)
OUTCOME_INTRO = "The Norfolk commissioner has awarded £90,000 for perpetrator work.\n\n"


def outcomes_by_key(text: str) -> dict[tuple[int, float, str], object]:
    """The outcomes read from :data:`OUTCOME_INTRO` followed by ``text``, keyed by (line, value, unit):
    ``got[(3, 188, "count")].base``."""
    return {(o.source_line, o.value, o.unit): o for o in read(OUTCOME_INTRO + text).outcomes}
