"""Letters that case-blind regular expressions take for ASCII ones (long s, the Kelvin sign, dotted and dotless i) in
a number word, a month or an ordinal: the reader reads the word, never stops with an uncaught KeyError or ValueError.

Before the eighteenth session, "ſeven of the 10 men" (and "sıx", "eıghty-six" and others) stopped the reader with a
KeyError or ValueError, which the command line would have shown as a traceback."""

from __future__ import annotations

import re
import warnings

import pytest

from funding.parse.releases import extract_release
from funding.parse.releases.periods import parse_count, word_key
from release_probe import read

BASE = ("Kent has awarded £90,000 for perpetrator work for 2025-26. Seven of the 10 men completed the course; forty-one "
        "of the 52 said they felt safer.\n\n"
        "Seven in ten partners said they felt safer, and six out of ten men finished. Three quarters attended.\n\n"
        "The second year's share is £40,000, paid in September and March. From April to June the first group ran.\n\n"
        "Each son on the course has a key worker. The course worked with sixty men and supported eighty-six partners.\n\n"
        "In the first year £20,000 goes on training, and in the second £25,000. The programme runs for six sessions.\n")
LOOKALIKES = (("i", "\u0131"), ("i", "\u0130"), ("s", "\u017f"), ("S", "\u017f"), ("k", "\u212a"), ("K", "\u212a"))


def _variants():
    for word in sorted(set(re.findall(r"[A-Za-z][A-Za-z'-]+", BASE))):
        for plain, lookalike in LOOKALIKES:
            if plain in word:
                yield word, re.sub(r"\b" + re.escape(word) + r"\b", word.replace(plain, lookalike), BASE)


def test_no_word_written_with_a_lookalike_letter_stops_the_reader():
    stopped = []
    for word, text in _variants():
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                extract_release(text, "lookalike.txt", published="2025-06")
        except Exception as e:  # noqa: BLE001 - the test lists whatever stops the reader
            stopped.append((word, type(e).__name__))
    assert stopped == []


@pytest.mark.parametrize("word, value", [("\u017feven", 7), ("s\u0131x", 6), ("s\u0130x", 6), ("eighty-\u017fix", 86),
                                         ("Twenty-F\u0131ve", 25), ("12", 12)])
def test_a_number_word_with_a_lookalike_letter_is_counted(word, value):
    assert parse_count(word) == value


def test_a_word_with_an_ascii_look_but_another_digit_is_no_count():
    with pytest.raises(ValueError):
        parse_count("\u00b2")  # (a superscript two is a digit to str.isdigit, not a count)


def test_the_outcome_in_a_sentence_with_a_long_s_is_read():
    text = "Kent has awarded £90,000 for perpetrator work.\n\n\u017feven of the 10 men completed the course.\n"
    got = [(o.source_line, o.value, o.base) for o in read(text).outcomes]
    assert got == [(3, 7.0, 10.0)]


def test_word_key_spells_a_word_as_the_word_lists_do():
    assert [word_key(w) for w in ("SIX", "s\u0131x", "S\u0130X", "April")] == ["six", "six", "six", "april"]
