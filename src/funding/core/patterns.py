"""Regular expressions compiled once: the functions of :mod:`re`, over a larger cache.

The release reader matches thousands of distinct patterns, most written where they are
used (``re.search(r"…", line)``) or built from word lists and from a text's own names.
The standard library keeps only 512 compiled patterns (``re._MAXCACHE`` in Python 3.11),
so one reading of the labelled corpus compiled the same patterns again and again, about
15,000 times.  A module that imports this one in place of ``re``::

    from funding.core import patterns as re

keeps its code as it was (``re.search``, ``re.compile``, ``re.I``, ``re.Pattern`` …) and
gets each pattern compiled once, from a cache of :data:`CACHE_SIZE` patterns: large enough
for every fixed pattern of the reader, and bounded, because patterns built from a text's
own names are new with every text.  The functions take the same arguments and give the
same results as :mod:`re`'s (they are ``re``'s own ``Pattern`` methods); the standard
library module itself is left as it is.
"""

from __future__ import annotations

import re as _re
from functools import lru_cache
from re import (  # noqa: F401  (re-exported: this module stands in for ``re``)
    ASCII,
    DEBUG,
    DOTALL,
    IGNORECASE,
    LOCALE,
    MULTILINE,
    NOFLAG,
    UNICODE,
    VERBOSE,
    A,
    I,
    L,
    M,
    Match,
    Pattern,
    RegexFlag,
    S,
    U,
    X,
    error,
    escape,
)

#: Compiled patterns kept (least recently used dropped first).
CACHE_SIZE = 16384


@lru_cache(maxsize=CACHE_SIZE, typed=True)
def _cached(pattern, flags):
    """``re.compile``, once per pattern and flags.  The functions below call it directly (one call
    fewer per match): an already compiled pattern is kept as its own entry, and under ``DEBUG``
    a pattern is printed when it is first compiled only."""
    return _re.compile(pattern, flags)


def compile(pattern, flags=0) -> Pattern:  # noqa: A001  (the name ``re`` gives it)
    """``re.compile``, from the cache: the same pattern and flags give the same compiled object."""
    if isinstance(pattern, Pattern) or flags & DEBUG:
        return _re.compile(pattern, flags)  # as re does: a compiled pattern as it is, a debug print every time
    return _cached(pattern, flags)


def search(pattern, string, flags=0):
    return _cached(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _cached(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _cached(pattern, flags).fullmatch(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _cached(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _cached(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _cached(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _cached(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _cached(pattern, flags).finditer(string)


def purge() -> None:
    """Forget every compiled pattern (this module's cache and ``re``'s)."""
    _cached.cache_clear()
    _re.purge()


def cache_info():
    """Hits, misses and size of the cache (``functools`` ``CacheInfo``)."""
    return _cached.cache_info()
