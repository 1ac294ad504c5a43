"""The release reader's word lists: the package data files of terms and aliases, read once,
and the helpers that find the first or every term of a list in a text.
"""

from __future__ import annotations

from funding.core import patterns as re
from functools import lru_cache
from re import _casefix  # the compiler's table of ignore-case pairs beyond str.lower

from funding.core.packagedata import data_csv
from funding.errors import SourceError
from funding.reference.register import normalise_name


def _read_data(name: str) -> list[dict[str, str]]:
    return data_csv(name)


class Terms(tuple):
    """A field's ``(value, regex)`` rules in file order, with two ways to pass over a text that holds
    none of them cheaply (the rules are many and Python's regex engine tries every one at every
    position): ``needles``, for each rule the lowercase words one of which any match must contain
    (read from the parsed regex, ``None`` when it has none), and ``any``, one regex joining them
    all.  Both are exact shortcuts: they only ever say "no match" when no rule matches.
    ``clauses`` are each rule's needles and more: every set of words one of which any match must
    contain (:func:`_clauses`), so that a rule is passed over when any one of its sets is absent."""

    any: re.Pattern | None
    needles: tuple[frozenset[str] | None, ...]
    clauses: tuple[tuple[frozenset[str], ...], ...]
    all_needles: tuple[str, ...]

    def __new__(cls, rules):
        self = super().__new__(cls, rules)
        self.any = None
        sources = [p.pattern for _, p in self]
        if sources and not any(re.search(r"\\[1-9]|(?<!\\)\(\?\(|\(\?P=", s) for s in sources):
            try:
                self.any = re.compile("|".join(f"(?:{s})" for s in sources), re.I)
            except re.error:
                self.any = None
        self.needles = tuple(_needles(p.pattern) for _, p in self)
        self.clauses = tuple(_clauses(p.pattern) for _, p in self)
        self.all_needles = tuple(sorted(frozenset().union(*(n for n in self.needles if n is not None),
                                                          *(c for cs in self.clauses for c in cs))))
        return self


def _needles(pattern: str) -> frozenset[str] | None:
    """Lowercase strings (the longest sure ones), one of which every match of ``pattern`` contains;
    ``None`` when the regex promises none (a rule of classes and repeats only).  Read from the parse
    tree of Python's own regex compiler: a run of literal characters in a sequence, or, for a group or
    an alternation, the union of its branches' strings."""
    from re import _constants as c, _parser  # the compiler's parser: the one reading of the syntax

    def sequence(items) -> frozenset[str] | None:
        best, run = None, ""

        def consider(found):
            nonlocal best
            if found and (best is None or min(map(len, found)) > min(map(len, best))):
                best = found

        for op, av in items:
            if op is c.LITERAL:
                run += chr(av)
                continue
            if op is c.AT:
                continue  # (\b, ^, $: zero width, the literal run goes on)
            consider(frozenset({run.lower()}) if run else None)
            run = ""
            if op is c.SUBPATTERN:
                consider(sequence(list(av[-1])))
            elif op is c.BRANCH:
                consider(branches(av[1]))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
                consider(sequence(list(av[2])))
        consider(frozenset({run.lower()}) if run else None)
        return best

    def branches(alternatives) -> frozenset[str] | None:
        out: set[str] = set()
        for alternative in alternatives:
            found = sequence(list(alternative))
            if found is None:
                return None
            out |= found
        return frozenset(out)

    try:
        return sequence(list(_parser.parse(pattern, re.I)))
    except Exception:  # a private module's shape may change: then no shortcut, never a wrong one
        return None


#: words nearly every text holds: a poor choice of string for an alternation's branch (:func:`_clauses`)
_COMMON_WORDS = frozenset({"", "the", "a", "an", "and", "or", "of", "to", "in", "for", "on", "by", "with", "is", "are",
                           "was", "be", "will", "has", "have", "it", "its", "this", "that", "from", "at", "as", "s"})


def _clauses(pattern: str, flags: int = re.I) -> tuple[frozenset[str], ...]:
    """Sets of lowercase strings such that every match of ``pattern`` contains one string of each set; ``()`` when the
    regex promises none.  Read from the parse tree as :func:`_needles` is, keeping every sure string of a sequence (a
    run of literal characters, or a group's or a repeated item's own sets) where :func:`_needles` keeps the longest;
    an alternation gives one set, the union of one set from each branch (its longest uncommon string's).  Only runs of ASCII
    characters are kept (a case-blind ASCII letter matches no other character whose ``str.lower`` differs from its
    own, once :func:`_lowered` has refused the special letters)."""
    from re import _constants as c, _parser

    def weight(found: frozenset[str]) -> int:  # (a set's shortest string; a common word counts as none)
        return min(0 if w.strip() in _COMMON_WORDS else len(w.strip()) for w in found)

    def best(sets: list[frozenset[str]]) -> frozenset[str] | None:
        chosen = None
        for found in sets:  # (the first set whose shortest string is longest)
            if chosen is None or weight(found) > weight(chosen):
                chosen = found
        return chosen

    def sequence(items) -> list[frozenset[str]]:
        out: list[frozenset[str]] = []
        run = ""
        for op, av in items:
            if op is c.LITERAL and av < 128:
                run += chr(av)
                continue
            if op is c.AT:
                continue  # (\b, ^, $: zero width, the literal run goes on)
            if run:
                out.append(frozenset({run.lower()}))
            run = ""
            if op is c.SUBPATTERN:
                out += sequence(list(av[-1]))
            elif op is c.BRANCH:
                found = branches(av[1])
                if found:
                    out.append(found)
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
                out += sequence(list(av[2]))
        if run:
            out.append(frozenset({run.lower()}))
        return out

    def branches(alternatives) -> frozenset[str] | None:
        out: set[str] = set()
        for alternative in alternatives:
            found = best(sequence(list(alternative)))
            if found is None:
                return None
            out |= found
        return frozenset(out)

    try:
        return tuple(dict.fromkeys(sequence(list(_parser.parse(pattern, flags)))))
    except Exception:  # a private module's shape may change: then no shortcut, never a wrong one
        return ()


#: characters that ignore-case matching pairs with others beyond ``str.lower`` (the long s, the dotless i …):
#: a text holding one is searched rule by rule
_SPECIAL_CASES = re.compile("[" + "".join(
    sorted({chr(c) for k, vs in _casefix._EXTRA_CASES.items() for c in (k, *vs) if c > 127} | {"\u0130"})) + "]")
# (and the dotted capital I, which the regex engine lowers to "i" and str.lower to "i" and a combining dot)


def _lowered(text: str) -> str | None:
    """``text`` in lower case for the needle checks; ``None`` when it holds a special case character."""
    if not text.isascii() and _SPECIAL_CASES.search(text):
        return None
    return text.lower()


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


@lru_cache(maxsize=None)
def _name_terms(field: str) -> tuple[str, ...]:
    """The words or regex fragments of one field of ``local_name_terms.csv`` (titles, labels, departments, what is
    and is not a service, an office's staff, other offices), in file order."""
    return tuple(r["pattern"] for r in _read_data("local_name_terms.csv") if r["field"] == field)


@lru_cache(maxsize=None)
def _name_regex(field: str, flags: int = re.I) -> re.Pattern:
    """One field of ``local_name_terms.csv`` as a single alternation (``(?:a|b|…)``)."""
    try:
        return re.compile("(?:" + "|".join(_name_terms(field)) + ")", flags)
    except re.error as exc:
        raise SourceError("local_name_terms.csv", None, field, f"regular expressions ({exc})") from None


@lru_cache(maxsize=1)
def _organisation_aliases() -> dict[str, str]:
    return {normalise_name(r["alias"]): r["organisation"] for r in _read_data("local_organisation_aliases.csv")}


#: the last answers of :func:`_candidates`, ``{(id(terms), text): (terms, rules)}`` (the terms kept, so that their
#: id is not reused while the entry stands); emptied when it reaches :data:`_CANDIDATES_KEPT` entries
_CANDIDATES_SEEN: dict = {}
_CANDIDATES_KEPT = 16384


def _candidates(terms, text: str):
    """The rules of ``terms`` that may match ``text``: those whose needles it holds (in file order).  The extractors
    ask about the same sentence with the same terms several times, so answers are kept for a while (a fresh list
    each time, as callers may change it)."""
    needles = getattr(terms, "needles", None)
    if needles is None:
        return terms
    seen = _CANDIDATES_SEEN.get((id(terms), text))
    if seen is not None and seen[0] is terms:
        return seen[1][:]
    low = _lowered(text)
    if low is None:
        return terms
    present = set(filter(low.__contains__, terms.all_needles))
    clauses = getattr(terms, "clauses", None) or ((),) * len(needles)
    rules = [rule for rule, found, sets in zip(terms, needles, clauses)
             if (found is None or not found.isdisjoint(present)) and all(not s.isdisjoint(present) for s in sets)]
    if len(_CANDIDATES_SEEN) >= _CANDIDATES_KEPT:
        _CANDIDATES_SEEN.clear()
    _CANDIDATES_SEEN[id(terms), text] = (terms, rules)
    return rules[:]


@lru_cache(maxsize=None)
def _pattern_clauses(pattern: re.Pattern) -> tuple[frozenset[str], ...]:
    return _clauses(pattern.pattern, pattern.flags)


#: the last answers of :func:`may_match`, ``{(pattern, text): bool}``: the extractors ask about the same sentence with
#: the same pattern several times (about 5,000 distinct questions in 33,000 for the benchmark's releases).  Safe: the
#: answer is a pure function of a compiled pattern (immutable, hashable) and a string; emptied as
#: :data:`_CANDIDATES_SEEN` is
_MAY_MATCH_SEEN: dict = {}


def may_match(pattern: re.Pattern, text: str) -> bool:
    """False only when ``pattern`` matches nowhere in ``text`` (nor in any part of it, from any position): a word of one
    of its :func:`_clauses` is missing.  An exact shortcut past a costly search, for a regex of words tried on many
    sentences that hold none of them."""
    key = (pattern, text)
    seen = _MAY_MATCH_SEEN.get(key)
    if seen is not None:
        return seen
    clauses = _pattern_clauses(pattern)
    if not clauses:
        found = True
    else:
        low = _lowered(text)
        found = low is None or all(any(map(low.__contains__, words)) for words in clauses)
    if len(_MAY_MATCH_SEEN) >= _CANDIDATES_KEPT:
        _MAY_MATCH_SEEN.clear()
    _MAY_MATCH_SEEN[key] = found
    return found


#: the last answers of :func:`_first` for a :class:`Terms`, ``{(id(terms), text): (terms, value)}`` (the terms kept,
#: so that their id is not reused while the entry stands, as in :data:`_CANDIDATES_SEEN`).  The extractors ask the same
#: question of the same sentence again and again (about 7,000 distinct in 38,000 for the benchmark's releases).  Safe:
#: a ``Terms`` is an immutable tuple of ``(value, compiled regex)`` and the answer a pure function of it and the text;
#: any other sequence of rules (a list a caller built) is searched every time
_FIRST_SEEN: dict = {}


def _first(terms, text: str) -> str:
    cached = isinstance(terms, Terms)
    if cached:
        seen = _FIRST_SEEN.get((id(terms), text))
        if seen is not None and seen[0] is terms:
            return seen[1]
    found = ""
    for value, pattern in _candidates(terms, text):
        if pattern.search(text):
            found = value
            break
    if cached:
        if len(_FIRST_SEEN) >= _CANDIDATES_KEPT:
            _FIRST_SEEN.clear()
        _FIRST_SEEN[id(terms), text] = (terms, found)
    return found


def _all(terms, text: str) -> tuple[str, ...]:
    return tuple(sorted({value for value, pattern in _candidates(terms, text) if pattern.search(text)}))
_ORG_WORD = re.compile(r"\b(?:Police|Council|Constabulary|Commissioner|Trust|Service|Partnership|Centre|Project|"
                       r"Aid|Refuge|CIC|Advocacy|Academy|Clinic|Respect|Authority|Change|Works|Futures|First|Link|"
                       r"Foundation|Network|Charity|Society|Association|Associates|University|College|Probation|"
                       r"Research|Unit|Institute|Hub|Group|Integrated Care Board|ICB)\b")
