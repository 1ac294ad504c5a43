"""funding.core.patterns: re's functions over a larger, bounded cache of compiled patterns."""

from __future__ import annotations

import re

import pytest

from funding.core import patterns

TEXT = "The PCC gave £120,000 to Arden Futures in 2024-25 and £45k in 2025/26.\nSt. Albans: ICB"


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"£(\d[\d,]*)(k)?", 0),
        (r"\bpcc\b", re.I),
        (r"(?P<start>20\d\d)[-/](?P<end>\d\d)\b", 0),
        (r"^st\.?\s+(\w+)", re.I | re.M),
        (r"\w+", re.ASCII),
        (r"futures.in", re.I | re.S),
    ],
)
def test_the_same_results_as_re(pattern, flags):
    def spans(ms):
        return [(m.span(), m.groups()) for m in ms]

    assert patterns.compile(pattern, flags).pattern == pattern
    assert patterns.compile(pattern, flags).flags == re.compile(pattern, flags).flags
    for name in ("search", "match", "fullmatch"):
        got, want = getattr(patterns, name)(pattern, TEXT, flags), getattr(re, name)(pattern, TEXT, flags)
        assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))
    assert patterns.findall(pattern, TEXT, flags) == re.findall(pattern, TEXT, flags)
    assert spans(patterns.finditer(pattern, TEXT, flags)) == spans(re.finditer(pattern, TEXT, flags))
    assert patterns.split(pattern, TEXT, 1, flags) == re.split(pattern, TEXT, 1, flags)
    assert patterns.sub(pattern, "<>", TEXT, 0, flags) == re.sub(pattern, "<>", TEXT, 0, flags)
    assert patterns.subn(pattern, "<>", TEXT, 1, flags) == re.subn(pattern, "<>", TEXT, 1, flags)


def test_real_values():
    assert patterns.search(r"£([\d,]+)", TEXT).group(1) == "120,000"
    assert patterns.findall(r"20\d\d", TEXT) == ["2024", "2025"]
    assert patterns.sub(r"\bst\.?\b", "saint", "st. albans", flags=patterns.I) == "saint. albans"
    assert patterns.split(r"\s*:\s*", "St. Albans: ICB") == ["St. Albans", "ICB"]
    assert patterns.fullmatch(r"icb", "ICB", patterns.IGNORECASE).group() == "ICB"
    assert patterns.match(r"PCC", TEXT) is None
    assert patterns.escape("£1.5m (a+b)") == re.escape("£1.5m (a+b)") == "£1\\.5m\\ \\(a\\+b\\)"
    assert isinstance(patterns.compile("a"), patterns.Pattern) and isinstance(patterns.match("a", "a"), patterns.Match)
    assert (patterns.I, patterns.S, patterns.ASCII, patterns.M) == (re.I, re.S, re.ASCII, re.M)
    with pytest.raises(patterns.error):
        patterns.compile("(unclosed")


def test_a_compiled_pattern_is_compiled_once_and_kept():
    patterns.purge()
    first = patterns.compile(r"prog(?:ramme)?s?", re.I)
    assert patterns.compile(r"prog(?:ramme)?s?", re.I) is first
    assert patterns.search(r"prog(?:ramme)?s?", "two Programmes", re.I).group() == "Programmes"
    info = patterns.cache_info()
    assert (info.hits, info.misses, info.currsize) == (2, 1, 1)
    assert patterns.compile(first) is first  # as re: a compiled pattern is returned as it is
    with pytest.raises(ValueError):
        patterns.compile(first, re.I)


def test_the_cache_is_bounded():
    patterns.purge()
    assert patterns.cache_info().maxsize == patterns.CACHE_SIZE == 16384
    for i in range(patterns.CACHE_SIZE + 50):  # patterns built from a text's own names: each new
        assert patterns.search(rf"name{i}\b", f"a name{i} here").group() == f"name{i}"
    info = patterns.cache_info()
    assert info.currsize == patterns.CACHE_SIZE
    assert info.misses == patterns.CACHE_SIZE + 50
    patterns.purge()
    assert patterns.cache_info().currsize == 0
