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
