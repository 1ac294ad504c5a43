"""Pieces found by arithmetic: the fallback pass that makes a run of figures lying next to a stated sum, and adding
up to it, that sum's parts, whatever words join them (README: funding_role ``part``, "a piece of another stated
amount"). It runs after every pass of :mod:`~funding.parse.releases.amounts.wholes` that reads pieces from their
wording, and changes nothing those passes related.

Where the pieces may lie, and the guards against a sum that holds by chance, are in :func:`_lies_next_to` and
:func:`_not_by_chance`; what the whole becomes, and what each piece keeps, in :func:`_role_of_the_whole` and
:func:`_piece_takes_the_wholes_terms`. Only :func:`~funding.parse.releases.amounts.prose._periods_and_awards` calls
this module.
"""

from __future__ import annotations

from funding.core import patterns as re

from funding.core.money import MONEY_TOKEN
from funding.parse.releases.vocabulary import _first
from funding.parse.releases.text import _BULLET, _TOTAL_ROW, _logical, list_item_label
from funding.parse.releases.periods import find_periods
from funding.parse.releases.amounts.figures import _Draft, _clause_of, _sums_to
from funding.parse.releases.amounts.payers import _heading_funder
from funding.parse.releases.amounts.years import _figure_sentences
from funding.parse.releases.amounts.areas import _NAMED_TOTAL_ROW
from funding.parse.releases.amounts.wholes import _is_list_line, _listed_item_funder, _one_section, _same_paragraph

#: a bound is no sum: "more than £240,000", "up to £90,000" cannot be the exact total of anything
_BOUNDS = ("more_than", "at_least", "less_than", "up_to")
#: the most pieces looked for in one run (a longer run adding up exactly is more likely chance than a breakdown)
_MOST_PIECES = 12
#: words of a figure's own sentence saying it is the sum of the figures stated with it: "£120,000 in all",
#: "altogether £120,000", "a combined £120,000", "£120,000 between them", "a total of £120,000"
_SUM_WORDS = re.compile(r"\b(?:in all|altogether|all told|in total|a total of|totall?ing|total(?:s|led|ed)?|"
                        r"combined|between them|together|overall|put together|add(?:s|ing)? up to|come(?:s)? to|"
                        r"came to)\b", re.I)
#: words of a sentence putting its figures in another time than the sum before it: "Last year it had £100,000 …",
#: "up from £90,000", "in the previous round": not the sum's pieces however they add up
_ANOTHER_TIME = re.compile(r"\b(?:last|previous|prior|preceding|earlier|former)\s+"
                           r"(?:year|round|grant|award|allocation)s?\b|\b(?:a|the|two|three) years? (?:ago|before|"
                           r"earlier)\b|\bup from\b|\bdown from\b|\bcompared (?:with|to)\b|\bused to\b|\bhad been\b",
                           re.I)
#: words of a sum's own clause making it one award shared by several areas: "the three forces … will share £1m",
#: "a joint award of £600,000", "£600,000 to be shared"
_SHARED_WORDS = re.compile(r"\b(?:share|shared|sharing|jointly|joint)\b", re.I)
#: words saying the figures after a sum are money besides it: "She has also given £100,000 to …", "In addition, £X
#: …", "Separately, the council pays …", "a further £30,000", "on top of that": not its pieces however they add up
_MONEY_BESIDES = re.compile(r"\b(?:also|as well|in addition|additional(?:ly)?|separately|besides|on top|a further|"
                            r"another|extra|else(?:where)?)\b", re.I)
#: words announcing that a sum's breakdown follows below it, under labels of its own: "The sum is made up of three
#: pieces, set out below", "The money comes from three sources:", "It is split as follows", "broken down below by funder"
_BREAKDOWN_BELOW = re.compile(r"\b(?:made up of|comes? from (?:\w+ )?(?:sources|funders|payers|places)|"
                              r"(?:is|are|was|were) (?:split|divided|broken down|shared out)|as follows|"
                              r"(?:set out|shown|listed|given|broken down|detailed) below|below by)\b", re.I)
#: the most words of a label line heading one piece of a breakdown ("HOME OFFICE GRANT", "From the council")
_LABEL_WORDS = 8


def _pieces_summing_to_a_neighbour(rel, drafts: list[_Draft], terms) -> None:
    """Make two or more consecutive figures the parts of a figure lying next to them when they add up to it exactly:
    "The service costs £160,000. The group course takes £110,000, the partner worker £38,000 and the helpline
    £12,000"; "£120,000 for 2025-26" over a list or a table of its items; "£90,000 … and £30,000 …, £120,000 in all".
    The first whole (in reading order) whose run fits is taken; figures already related are left as they are."""
    where = _sentence_of_each(rel, drafts)
    order = sorted(drafts, key=lambda d: _reading_place(d, where))
    holders = {id(d.whole) for d in drafts if d.whole is not None}
    for k, w in enumerate(order):
        if not _may_be_a_whole(w, holders):
            continue
        for step in (1, -1):
            pieces = _run_adding_up_to(order, k, step)
            after = step == 1
            if pieces and _lies_next_to(rel, order, w, pieces, where, after) \
                    and _not_by_chance(rel, w, pieces, where, terms):
                _make_parts(rel, w, pieces, where, terms, after)
                holders.add(id(w))
                break


def _sentence_of_each(rel, drafts: list[_Draft]) -> dict[int, tuple[int, str, int]]:
    """Each prose figure's logical sentence as :func:`_figure_sentences` finds it (its text and where the figure
    stands in it), with the sentence's number in reading order, by ``id`` of its draft."""
    number = {id(sentence): i for i, (_, sentence, _) in enumerate(_logical(rel))}
    tables = {id(d) for d in drafts if d.table}
    return {k: (number[id(sentence)], sentence, at) for k, (sentence, at) in _figure_sentences(rel, drafts).items()
            if k not in tables and id(sentence) in number}


def _reading_place(d: _Draft, where) -> tuple[int, int, int]:
    """Where a figure stands in reading order: its line, then its sentence and place in it (a table cell: its
    column)."""
    if id(d) in where:
        return d.line, where[id(d)][0], where[id(d)][2]
    return d.line, 0, d.start if isinstance(d.start, int) else 0


def _may_be_a_whole(w: _Draft, holders: set[int]) -> bool:
    """Whether ``w`` can be a sum of others: money stated for the work, not already a part or a whole, not a bound
    ("up to £90,000"), a rate, a per-year share, a compared figure or a fund's balance."""
    return w.role in ("grant", "total", "match_funding", "own_funding") and w.whole is None and id(w) not in holders \
        and w.amount.pence > 0 and w.amount.qualifier not in _BOUNDS and not _set_apart(w)


def _set_apart(d: _Draft) -> bool:
    """Whether an earlier rule read ``d`` as standing apart from the figures around it: a rate ("£18,500 a year"), a
    per-year share, a compared or restated figure ("the same £40,000"), another scheme's money, a fund's balance or a
    budget-monitoring or spending cell (budget, forecast and variance add up by construction)."""
    return d.per_year or d.balance or any(getattr(d, flag, False) for flag in (
        "yearly", "rate", "comparative", "restated", "same", "separate", "monitoring", "spending"))


def _may_be_a_piece(x: _Draft) -> bool:
    """Whether ``x`` can be a piece of a sum: money given that is no part yet, not a bound beyond it ("more than
    £40,000") nor set apart. A total is no piece: a sub-total over its rows ("Subtotal: victim services") stays a
    ``total`` under the grand total, as the table readers leave it."""
    return x.whole is None and x.amount.pence > 0 and not _set_apart(x) \
        and x.amount.qualifier not in ("more_than", "at_least", "less_than") \
        and x.role in ("grant", "match_funding", "own_funding")


def _split_over_its_years(x: _Draft, after: _Draft | None) -> bool:
    """Whether ``x`` is a sum over years split on its own line into its yearly parts, so that it can still be a piece
    of a larger sum (README, "Row totals over years": a row's total over its years is a part of the TOTAL): "£455,000
    in total, of which £215,000 falls in 2025-26 and £240,000 in 2026-27" under a package it helps make up."""
    return x.role == "total" and x.whole is None and x.amount.pence > 0 and not _set_apart(x) \
        and after is not None and after.whole is x and after.line == x.line and bool(after.period) \
        and after.period != x.period


def _run_adding_up_to(order: list[_Draft], k: int, step: int) -> list[_Draft]:
    """The shortest run of two or more figures straight after (``step`` 1) or before (-1) ``order[k]`` that adds up
    to it (:func:`_sums_to`, to the pound or within the units of figures printed in units), in reading order; [] when
    none. A figure that is a part of one of the run's figures is passed over (a row's cells beside its total); any
    other figure that cannot be a piece ends the run."""
    w = order[k]
    run: list[_Draft] = []
    members: set[int] = set()
    i = k + step
    while 0 <= i < len(order) and len(run) < _MOST_PIECES:
        x = order[i]
        i += step
        if x.whole is not None and id(x.whole) in members:
            continue
        if not (_may_be_a_piece(x) or _split_over_its_years(x, order[i] if i < len(order) else None)):
            return []
        run.append(x)
        members.add(id(x))
        if len(run) >= 2 and _sums_to([y.amount for y in run], w.amount):
            return run if step == 1 else run[::-1]
        if sum(y.amount.pence for y in run) > w.amount.pence:
            return []
    return []


def _lies_next_to(rel, order: list[_Draft], w: _Draft, pieces: list[_Draft], where, after: bool) -> bool:
    """Whether ``pieces`` lie where a sum's breakdown is written, with no heading between them and ``w``:
    - in ``w``'s own sentence, after it ("£120,000: £90,000 for … and £30,000 for …") or before it when ``w``'s words
      make it their sum ("£90,000 … and £30,000 …, £120,000 in all"; README: prose pieces in the same sentence as an
      "in all" figure are parts, pieces listed before a prose total in sentences of their own are not);
    - all in the one sentence just after ``w``'s, in its paragraph ("The service costs £160,000. The course takes
      £110,000, the partner worker £38,000 and the helpline £12,000");
    - as the items of a list straight under ``w``'s paragraph, or over a list line that names itself the total;
    - as every figure of a table straight under ``w``'s sentence, or over a row that names itself the total."""
    first, last = min(w.line, pieces[0].line), max(w.line, pieces[-1].line)
    if not _one_section(rel, first, last):
        return after and _labelled_sections_below(rel, order, w, pieces, where)
    if all(x.table for x in pieces):
        return len({x.table for x in pieces}) == 1 and _table_beside(rel, order, w, pieces, after)
    if any(x.table for x in pieces) or w.table:
        return False
    if any(id(x) not in where for x in (w, *pieces)):
        return False
    wi, pi = where[id(w)][0], {where[id(x)][0] for x in pieces}
    if pi == {wi}:
        # (pieces before a sum already read as a total were left standing by the rule that read it: "… £512,000 from the
        # Home Office and £88,300 from the Ministry of Justice, a combined £600,300" keeps its two grants)
        _, sentence, at = where[id(w)]
        between = sentence[at : where[id(pieces[-1])][2]] if after else ""
        return _only_figures_of(order, pieces + [w], where) and not _MONEY_BESIDES.search(between) \
            and (after or w.role != "total" and _stated_sum(w, where))
    if after and pi == {wi + 1} and _same_paragraph(rel, w.line, pieces[-1].line):
        sentence = where[id(pieces[0])][1]
        return _only_figures_of(order, pieces, where) and not _ANOTHER_TIME.search(sentence) \
            and not _MONEY_BESIDES.search(sentence)
    return _list_beside(rel, w, pieces, after) or after and _labelled_sections_below(rel, order, w, pieces, where)


def _labelled_sections_below(rel, order: list[_Draft], w: _Draft, pieces: list[_Draft], where) -> bool:
    """Whether ``pieces`` are a breakdown that ``w``'s words announce below it, one piece opening each labelled section
    (README: "part", "made up of £A plus £B"): "… will have £500,000 over two years. The money comes from three sources,
    set out below." then "HOME OFFICE" / "£300,000 for the two years." and "THE COUNCIL" / "£80,000 for 2025-26.".
    The announcing sentence is ``w``'s own or the next, stating no figure of its own; each piece is the first figure
    on the line straight under its label, within reach of ``w`` over the labels."""
    if w.table or any(x.table for x in pieces) or id(w) not in where or len({x.line for x in pieces}) != len(pieces):
        return False
    if not _one_section(rel, w.line, pieces[-1].line, over_headings=True):
        return False
    return _announces_breakdown(rel, order, w, where) and all(_opens_a_labelled_section(rel, order, x) for x in pieces)


def _announces_breakdown(rel, order: list[_Draft], w: _Draft, where) -> bool:
    """Whether ``w``'s sentence, or the next one when it states no figure, says its breakdown follows below."""
    number, sentence, _ = where[id(w)]
    if _BREAKDOWN_BELOW.search(sentence):
        return True
    sentences = _logical(rel)
    if number + 1 >= len(sentences) or any(where[id(y)][0] == number + 1 for y in order if id(y) in where):
        return False
    return bool(_BREAKDOWN_BELOW.search(sentences[number + 1][1]))


def _section_label(rel, line: int) -> str:
    """The label line straight over ``line`` (or over one blank line, for a marked heading) when it is one: a short
    line stating no money, not ending a sentence, with a blank line (or the text's start) above it ("HOME OFFICE
    GRANT", "From the council", "## Home Office"); else ""."""
    at = _next_filled_line(rel, line, -1)
    if at is None or at < line - 2:
        return ""
    raw = (rel.line_text(at) or "").strip()
    if at < line - 1 and not raw.startswith(("#", "**")):
        return ""  # (a blank line under the label only after a marked heading: "## Home Office", "**Council**")
    label = raw.strip("*#").strip()
    above = (rel.line_text(at - 1) or "").strip() if at > 1 else ""
    if not label or above or MONEY_TOKEN.search(label) or label.endswith((".", "!", "?", ",", ";")):
        return ""
    return label if len(label.split()) <= _LABEL_WORDS else ""


def _opens_a_labelled_section(rel, order: list[_Draft], x: _Draft) -> bool:
    """Whether ``x`` is the first figure of its line and that line sits straight under a label line."""
    first = min((y for y in order if y.line == x.line and not y.table),
                key=lambda y: y.start if isinstance(y.start, int) else 0, default=None)
    return first is x and bool(_section_label(rel, x.line))


def _only_figures_of(order: list[_Draft], group: list[_Draft], where) -> bool:
    """Whether ``group`` (with the parts of its figures) holds every figure of the sentences it is in: a sentence
    going on to another figure ("…, while Suffolk gets £90,000") is about more than one sum and its pieces."""
    sentences = {where[id(x)][0] for x in group}
    ids = {id(x) for x in group}
    return all(id(y) in ids or (y.whole is not None and id(y.whole) in ids)
               for y in order if id(y) in where and where[id(y)][0] in sentences)


def _stated_sum(w: _Draft, where) -> bool:
    """Whether ``w`` is a sum by its own words or reading: a ``total`` already, a shared award, or a sentence calling
    it the sum ("£120,000 in all", "a combined £120,000", "between them")."""
    if w.role == "total" or w.shared_by:
        return True
    if id(w) not in where:
        return False
    _, sentence, at = where[id(w)]
    lo, hi = _clause_of(sentence, at)
    return bool(_SUM_WORDS.search(sentence[lo:hi]))


def _shared_award(w: _Draft, where) -> bool:
    """Whether ``w`` is one award shared by several areas: read with the areas sharing it, or with no area of its own
    and words of its clause sharing it out ("The three forces bid together and will share £1,000,000")."""
    return bool(w.shared_by) or not w.code and bool(_SHARED_WORDS.search(_own_clause(w, where)))


def _names_itself_the_total(line: str) -> bool:
    """Whether a list line or a table row is labelled a total ("Total: £160,000", "- Grand total £160,000", "| Total
    | £160,000 |", "Total for the service   £160,000")."""
    label = list_item_label(line) or ""
    text = _BULLET.sub("", line).strip().lstrip("|").strip()
    return bool(_TOTAL_ROW.match(text) or label and (_TOTAL_ROW.match(label) or _NAMED_TOTAL_ROW.fullmatch(label)))


def _next_filled_line(rel, number: int, step: int) -> int | None:
    """The nearest line after (``step`` 1) or before (-1) line ``number`` that is not blank."""
    n = number + step
    while 1 <= n <= len(rel.text.split("\n")):
        if (rel.line_text(n) or "").strip():
            return n
        n += step
    return None


def _list_beside(rel, w: _Draft, pieces: list[_Draft], after: bool) -> bool:
    """Whether ``pieces`` are the whole of a list, one item each, on lines that follow one another (blank lines
    apart), straight under ``w``'s line (or under a lead-in line ending in a colon just below it: "It is spent as
    follows:") or straight over ``w`` when ``w``'s line names itself the total. The list ends with the run: an item
    beyond it with a sum of its own would be left out of the breakdown."""
    lines = [x.line for x in pieces]
    if len(set(lines)) != len(lines) or not all(_is_list_line(rel.line_text(n) or "") for n in lines):
        return False
    if any(_next_filled_line(rel, a, 1) != b for a, b in zip(lines, lines[1:])):
        return False
    outside = (_next_filled_line(rel, lines[-1], 1), _next_filled_line(rel, lines[0], -1))
    if after:
        beyond = outside[0]
        gap = outside[1]
        while gap is not None and gap > w.line:
            text = rel.line_text(gap) or ""
            if MONEY_TOKEN.search(text) or not text.rstrip().rstrip("*").endswith(":") or _MONEY_BESIDES.search(text):
                return False
            gap = _next_filled_line(rel, gap, -1)
        if gap != w.line:
            return False
    else:
        if outside[0] != w.line or not _names_itself_the_total(rel.line_text(w.line) or ""):
            return False
        beyond = outside[1]
    text = (rel.line_text(beyond) or "") if beyond is not None else ""
    if after and text and _indented_under(rel, w.line, lines) and _indent(text) <= _indent(rel.line_text(w.line) or ""):
        return True  # (a sub-list indented under its item ends where the item's own level resumes)
    return not (_is_list_line(text) and MONEY_TOKEN.search(text))


def _indent(line: str) -> int:
    """How far a line is indented: its leading spaces, a tab counted as four."""
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def _indented_under(rel, top: int, lines: list[int]) -> bool:
    """Whether ``lines`` are a sub-list indented under the list item on line ``top``: ``top`` is an item of a list
    ("- Grant: £300,000 (two years)") and every one of ``lines`` is indented deeper than it ("    2025/26: £140,000")."""
    head = rel.line_text(top) or ""
    return _is_list_line(head) and all(_indent(rel.line_text(n) or "") > _indent(head) for n in lines)


def _table_beside(rel, order: list[_Draft], w: _Draft, pieces: list[_Draft], after: bool) -> bool:
    """Whether ``pieces`` are a table's figures summed by ``w``: every figure of the table not already a part of
    another, under a prose ``w`` whose sentence leads into it ("… £260,000 over the two years, paid as below:"); or
    the figures over ``w`` when ``w`` is in the same table, in a row that names itself the total ("| Total |
    £160,000 |"), a one-figure-a-row table (in a table of several columns consecutive figures run across a row)."""
    t = pieces[0].table
    cells = [x for x in order if x.table == t]
    if w.table == t:
        if after or not _names_itself_the_total(rel.line_text(w.line) or ""):
            return False
        return len({x.line for x in pieces}) == len(pieces)
    if w.table or not after:
        return False
    ids = {id(x) for x in pieces}
    if not all(id(x) in ids or x.whole is not None and id(x.whole) in ids for x in cells):
        return False
    return not any(MONEY_TOKEN.search(rel.line_text(n) or "") for n in range(w.line + 1, pieces[0].line)
                   if not (rel.line_text(n) or "").lstrip().startswith("|"))


def _not_by_chance(rel, w: _Draft, pieces: list[_Draft], where, terms) -> bool:
    """Whether the pieces can be ``w``'s by their areas, payers and years, not just by their sum:
    - areas: pieces whose own clause or row names an area other than ``w``'s are separate awards (three areas' awards
      where one equals the other two's sum), unless ``w`` is a shared award of those areas (:func:`_shared_award`), or
      a sum with no area of its own that its words call a sum over them ("£400,000 between them");
    - payers: when ``w``'s own words name its payer, a piece naming another payer is that payer's money, not a piece
      of it ("The Home Office gives £200,000. The commissioner adds £150,000 and the council £50,000"); a sum whose
      words name no payer can be a total across the payers its pieces name;
    - years: a piece whose own clause gives a year outside ``w``'s period is another year's money."""
    own_areas = {x.code for x in pieces if x.code and x.basis in ("clause", "possessive", "table_row")}
    if own_areas - {w.code}:
        if w.shared_by:
            if not own_areas <= set(w.shared_by):
                return False
        elif w.code or not (_stated_sum(w, where) or _shared_award(w, where)):
            return False
    named = {x.funder for x in pieces if x.funder and _own_funder_named(rel, x, where, terms)}
    if w.funder and named - {w.funder} and _own_funder_named(rel, w, where, terms):
        return False
    if w.period:
        for x in pieces:
            own = _own_period(x, where)
            if own and (own[0] < w.period[0] or own[1] > w.period[1]):
                return False
    return True


def _own_clause(x: _Draft, where) -> str:
    """The words of a prose figure's own clause ("" for a table cell or a figure not found in its sentence)."""
    if id(x) not in where:
        return ""
    _, sentence, at = where[id(x)]
    lo, hi = _clause_of(sentence, at)
    return sentence[lo:hi]


def _own_funder_named(rel, x: _Draft, where, terms) -> bool:
    """Whether a piece's own words name its payer: its clause ("£40,000 from the commissioner's own budget"), its
    list item's label ("- Council match funding: £40,000"), the words that made it match or own funding ("the
    commissioner's match funding of £40,000") or, for a table cell, the reading of its row or column."""
    if x.table or x.role in ("match_funding", "own_funding"):
        return bool(x.funder)
    line = rel.line_text(x.line) or ""
    if _is_list_line(line) and _listed_item_funder(line, terms):
        return True
    return bool(_first(terms.get("funder", ()), _own_clause(x, where))) or bool(_label_funder(rel, x, terms))


def _label_funder(rel, x: _Draft, terms) -> str:
    """The payer named by the label line heading a piece's section ("HOME OFFICE GRANT" over "£300,000 for the two
    years"; README: a part keeps the funder its own row names), read as any section heading is
    (:func:`~funding.parse.releases.amounts.payers._heading_funder`: one payer, not negated); "" when there is none."""
    if x.table:
        return ""
    label = _section_label(rel, x.line)
    return _heading_funder(label, terms) if label else ""


def _own_period(x: _Draft, where) -> tuple[str, str] | None:
    """The years a piece's own words give it: its clause's one period, or for a table cell the period read from its
    row or column; None when they give none."""
    if x.table:
        return x.period
    stated = {(a, b) for _s, _e, a, b in find_periods(_own_clause(x, where))[0]}
    return stated.pop() if len(stated) == 1 else (x.period if stated else None)


def _role_of_the_whole(w: _Draft, pieces: list[_Draft], funders: set[str], after: bool,
                       shared: bool) -> tuple[str, str]:
    """The role and funder ``w`` takes over its pieces, and why (README, funding_role):
    - a shared award stays what it is, with its funder ("Shared awards": the whole is a grant, its shares parts);
    - pieces paid by two or more funders make it a ``total`` with no funder (funder: "A total across several funders
      has funder null");
    - pieces stated before it, which its words call their sum ("£90,000 … and £30,000 …, £120,000 in all"), or pieces
      of several areas, make it a ``total`` ("a stated sum of other stated amounts"; "a sum over separate awards"),
      keeping its funder, else their one funder;
    - otherwise it keeps its role: a grant set out in pieces is still the grant ("made up of £A plus £B", "of
      which")."""
    if shared:
        return w.role, w.funder
    if len(funders) > 1:
        return "total", ""
    several_areas = len({x.code for x in pieces if x.code}) > 1
    if not after or several_areas:
        return "total", w.funder or (next(iter(funders)) if funders else "")
    return w.role, w.funder


def _make_parts(rel, w: _Draft, pieces: list[_Draft], where, terms, after: bool) -> None:
    """Relate ``pieces`` (stated ``after`` ``w`` or before it) to ``w`` as its parts and settle what each keeps
    (:func:`_role_of_the_whole`, :func:`_piece_takes_the_wholes_terms`)."""
    for x in pieces:
        if _label_funder(rel, x, terms):  # (the label over its section names its payer: "HOME OFFICE GRANT")
            x.funder, x.funder_basis = _label_funder(rel, x, terms), "clause"
    named = {id(x) for x in pieces if _own_funder_named(rel, x, where, terms)}
    funders = {x.funder for x in pieces if id(x) in named and x.funder}
    w.role, w.funder = _role_of_the_whole(w, pieces, funders, after, _shared_award(w, where))
    carried = {x.funder for x in pieces}
    if not w.funder and not getattr(w, "across", False) and len(carried) == 1 and "" not in carried:
        # (a sum whose words name no payer, over pieces all read as one payer's money, is that payer's: "will share
        # £1,564,250" over three shares of the Home Office round; README: a total "paid by their one funder", and a
        # part keeps its whole's funder)
        w.funder = carried.pop()
    if w.role == "total" and not w.funder:
        w.across = True
    for x in pieces:
        _piece_takes_the_wholes_terms(x, w, id(x) in named, _own_period(x, where))
    dated = [x.period for x in pieces if x.period]
    if w.period is None and len(dated) == len(pieces) and len(set(dated)) > 1:
        # ("£125,000 in 2025-26 and £135,000 in 2026-27, £260,000 in all": the sum spans its pieces' years)
        w.period = (min(p[0] for p in dated), max(p[1] for p in dated))


def _piece_takes_the_wholes_terms(x: _Draft, w: _Draft, funder_named: bool, own_period) -> None:
    """Make ``x`` a part of ``w`` (README: "A part keeps the whole's funder and area, unless its own clause or table row
    names another"): it keeps the payer its own words name, else takes ``w``'s (a total across funders has none to
    give); it keeps an area its own clause or row names, else takes ``w``'s; it keeps the years its own words give,
    else takes ``w``'s ("a part with no year of its own shares its whole's")."""
    x.role, x.whole, x.part_of = "part", w, w.line
    if not funder_named:
        x.funder = w.funder
    if not (x.code and x.basis in ("clause", "possessive", "table_row")) and w.code:
        x.code, x.basis = w.code, w.basis
    if not own_period:
        x.period = w.period or x.period


#: words opening a division of money stated before, ending in a colon: "Where it goes:", "Where the money will go:",
#: "How the grant is spent:", "What the money pays for:", "The breakdown:" (after a post number: "4/8 Where it goes:")
_DIVISION_LEAD_IN = re.compile(
    r"^\W*(?:\d{1,2}\s*/\s*\d{1,2}\s+)?(?:where (?:it|the money|the grant|the funding|the cash)\s+(?:goes|will go|is going)|"
    r"how (?:it|the money|the grant|the funding|the cash)\s+(?:is|will be|gets)\s+(?:spent|split|divided|used|shared)|"
    r"what (?:it|the money|the grant|the funding|the cash)\s+(?:pays|will pay|buys) for|"
    r"(?:the|a) (?:split|breakdown)|breaking it down)\s*:\s*", re.I)


def _division_after_a_lead_in(rel, drafts: list[_Draft]) -> None:
    """A division announced by a lead-in ending in a colon ("Where it goes:", "How the money is spent:") and given
    over the lines or paragraphs that follow, one figure each, that adds up exactly to a sum stated before the lead-in
    ("The total is £436,900." … "Where it goes: £248,000 to …" / "£112,500 pays for …" / "£76,400 supports …"): the
    figures are that sum's parts, even with other money (a commissioner's top-up) stated between the sum and the
    lead-in; each keeps a payer or years its own clause names and else takes the sum's (README: part)."""
    order = sorted((d for d in drafts if not d.table), key=lambda d: (d.line, d.start if isinstance(d.start, int) else 0))
    for k, first in enumerate(order):
        line = rel.line_text(first.line) or ""
        lead = _DIVISION_LEAD_IN.match(line)
        if lead is None:
            above = _next_filled_line(rel, first.line, -1)
            text = (rel.line_text(above) or "") if above is not None else ""
            if not (text.strip().endswith(":") and _DIVISION_LEAD_IN.match(text) and not MONEY_TOKEN.search(text)):
                continue
            start_line = above
        else:
            if line.find(first.amount.text) != lead.end():
                continue
            start_line = first.line
        run: list[_Draft] = []
        total = 0
        wholes = [w for w in order if w.line < start_line and w.whole is None and w.role in ("grant", "total")
                  and w.amount.pence > 0 and w.amount.qualifier not in _BOUNDS]
        found = None
        for x in order[k:]:
            if x.role not in ("grant", "part") or x.amount.qualifier in _BOUNDS or _set_apart(x) \
                    or x.whole is not None and id(x.whole) not in {id(y) for y in run} | {id(w) for w in wholes}:
                break
            if run and x.line == run[-1].line:
                break  # (one figure to a line or paragraph)
            run.append(x)
            total += x.amount.pence
            if len(run) >= 2:
                found = next((w for w in reversed(wholes) if _sums_to([y.amount for y in run], w.amount)), None)
                if found is not None:
                    break
            if wholes and total > max(w.amount.pence for w in wholes):
                break
        ids = {id(x) for x in run}
        if found is None or any(id(y) not in ids for y in drafts if y.whole is not None and id(y.whole) in ids) \
                or any(x.whole is not None and id(x.whole) not in ids and x.whole is not found for x in run):
            continue  # (a figure of the run already divided elsewhere is no piece of this division)
        for x in run:
            if x.funder and x.funder_basis == "clause" and x.funder != found.funder:
                break
        else:
            for x in run:
                x.role, x.whole, x.part_of = "part", found, found.line
                if not (x.funder and x.funder_basis == "clause"):
                    x.funder, x.funder_basis = found.funder, "whole"
                if x.period_basis != "clause" or not x.period:
                    x.period, x.period_basis = found.period, "whole"
                if found.code and x.basis == "release":
                    x.code = found.code


#: the line opening one lot of a contract let in lots: "Lot No: 1. Title: …", "Lot 2: Partner support", "LOT 3 -
#: Evaluation", "**Lot 1**"
_LOT_LINE = re.compile(r"^\W*lot\s*(?:no\.?|number)?\s*[:.]?\s*\d{1,2}\b", re.I)
#: a figure's own words calling it the whole value: "Total value of the procurement: £X", "total contract value £X",
#: "worth £X in total", "a combined value of £X"
_TOTAL_VALUE = re.compile(r"\b(?:total|combined|overall|aggregate)\b", re.I)


def _lots_add_up_to_the_total(rel, drafts: list[_Draft]) -> None:
    """A contract let in lots whose notice states a total value and then each lot's value under the lot's own opening
    line ("Total value of the procurement: £1,614,000" … "Lot No: 1. …" / "Value of the contract: £1,182,000" …
    "Lot No: 2. …" / "Value: £432,000"): when the first figure of each lot adds up to the total exactly, the lots'
    values are ``part``s of it and it is a ``total`` (README, `total`: a sum over separate contracts or lots), keeping
    their own payers and years; the total spans the lots' years when its own clause gives none."""
    lots = [n for n in range(1, rel.text.count("\n") + 2) if _LOT_LINE.match(rel.line_text(n) or "")]
    if len(lots) < 2:
        return
    for w in drafts:
        if w.table or w.whole is not None or w.role not in ("grant", "total", "own_funding") or w.line >= lots[0] \
                or any(x.whole is w for x in drafts):
            continue
        line = rel.line_text(w.line) or ""
        at = line.find(w.amount.text)
        if at < 0 or not _TOTAL_VALUE.search(line[:at]) or any(
                x.line > w.line and x.line < lots[0] and x.whole is None and x.role != "context" for x in drafts):
            continue
        bounds = lots + [rel.text.count("\n") + 2]
        pieces = []
        for a, b in zip(bounds, bounds[1:]):
            inside = sorted((x for x in drafts if a <= x.line < b and not x.table and x.role != "context"),
                            key=lambda x: (x.line, x.start if isinstance(x.start, int) else 0))
            first = inside[0] if inside else None
            if first is None or not _may_be_a_piece(first):
                pieces = []
                break
            pieces.append(first)
        if len(pieces) == len(lots) and _sums_to([x.amount for x in pieces], w.amount):
            w.role = "total"
            for x in pieces:
                x.role, x.whole, x.part_of = "part", w, w.line
            dated = [x.period for x in pieces if x.period]
            if w.period is None and len(dated) == len(pieces):
                w.period, w.period_basis = (min(p[0] for p in dated), max(p[1] for p in dated)), "parts"
            return
