"""The passes that relate figures to each other once they are read: totals and their pieces, lists
and "of which" pieces summing to a whole, wholes across funders, carried-forward money, corrected figures,
and counted shares.
"""

from __future__ import annotations

from funding.core import patterns as re

from funding.core.money import MONEY_TOKEN
from funding.parse.releases.vocabulary import _first
from funding.parse.releases.text import _BULLET, _CORRECTION_NOTE, _TOTAL_ROW, SPENDING_HEADING, line_over, list_item_label
from funding.parse.releases.periods import YEAR_FORM, _fy_text, find_periods, word_key
from funding.parse.releases.amounts.figures import _Draft, _close_in_size, _lend_wholes_payer, _sums_to
from funding.parse.releases.amounts.figures import _lend_period
from funding.parse.releases.amounts.payers import _item_funder, _charitys_own_label
from funding.parse.releases.amounts.areas import _NAMED_TOTAL_ROW
from funding.parse.releases.amounts.years import _in_each_of_the_years


#: a line of a list: a bullet, a number, or a letter in brackets ("(a) ", "b) ")
_LIST_LINE = re.compile(_BULLET.pattern + r"|^\s*\(?[a-hA-H]\)\s+")


def _counted_shares_take_the_funds_terms(drafts: list[_Draft]) -> None:
    """A total shared out among counted areas with no payer or years of its own ("The first tranche puts £19,973,830
    into 23 areas") is a piece of the fund stated just before it ("The fund is worth £38.5 million over the two years
    from April 2026", "the Home Office … its perpetrator fund for the two years from April 2026"): its payer and years
    are the fund's."""
    for k, d in enumerate(drafts):
        if not getattr(d, "shared_out", False):
            continue
        fund = next((x for x in reversed(drafts[:k]) if x.role == "context" and d.line - 2 <= x.line <= d.line
                     and not x.table), None)
        if fund is not None:
            if not d.funder:  # (the fund's payer, stated in another sentence: lent, not named for it)
                d.funder, d.funder_basis = fund.funder, "default"
            _lend_period(d, fund.period, "round")
        elif getattr(d, "fund_said", "") and not MONEY_TOKEN.search(d.fund_said):
            # "On 2 June the Home Office told the last 20 police force areas what they will get from its perpetrator
            # fund for the two years from April 2026. Between them they will receive £17.3 million."
            spans = {p[2:] for p in find_periods(d.fund_said)[0]}
            payers = set(re.findall(r"\b(Home Office|Ministry of Justice)\b", d.fund_said))
            _lend_period(d, spans.pop() if len(spans) == 1 else None, "round")
            if not d.funder:
                d.funder, d.funder_basis = (payers.pop() if len(payers) == 1 else ""), "default"
    # ("The five commissioners in the South East will get £4.2m between them": a region's, named by the region)


def _counted_areas_total_takes_their_payer(drafts: list[_Draft]) -> None:
    """A total of what counted areas get between them, with no payer of its own ("Between them, the four areas take
    £1,730,500 of the round"), that is exactly the sum of the first grant stated for each area before it, takes their
    one payer (README: total; a total's funder is its pieces' one funder; pieces listed before it stay grants)."""
    for k, d in enumerate(drafts):
        if not getattr(d, "shared_out", False) or d.funder:
            continue
        for listed in (drafts[:k], drafts[k + 1 :]):  # (the areas' grants before it, else those listed after it:
            # "The five forces named below have been offered £1.93m between them", then a section for each)
            first: dict[str, _Draft] = {}
            for x in listed:
                if x.code and not x.table and x.whole is None and x.role == "grant":
                    first.setdefault(x.code, x)
            grants = list(first.values())
            payers = {x.funder for x in grants}
            if len(grants) >= 2 and len(payers) == 1 and _sums_within_rounding(d, grants):
                d.funder, d.funder_basis = payers.pop(), "default"  # (lent by the grants it sums)
                break


def _sums_within_rounding(d: _Draft, pieces: list[_Draft]) -> bool:
    """Whether ``pieces`` add up to ``d``, exactly or, where ``d`` is printed in unit form ("£1.93m", "£2.4 million",
    "£540k"), to within half of its last printed digit (£1,931,150 for "£1.93m")."""
    total = sum(x.amount.pence for x in pieces)
    if total == d.amount.pence:
        return True
    unit = re.search(r"[\d.,]+\s*(m\b|million\b|k\b|bn\b|billion\b)", d.amount.text or "", re.I)
    if not unit:
        return False
    digits = re.search(r"\.(\d+)", unit.group(0))
    scale = {"m": 10 ** 6, "million": 10 ** 6, "k": 10 ** 3, "bn": 10 ** 9, "billion": 10 ** 9}[unit.group(1).lower()]
    step_pence = scale * 100 // (10 ** len(digits.group(1)) if digits else 1)
    return abs(total - d.amount.pence) * 2 <= step_pence


#: a sentence saying what years the money just stated covers: "This time the money covers the 2026/27 financial year
#: only", "The funding is for 2025-26 and 2026-27"
_MONEY_COVERS = re.compile(r"^\W*(?:[\w'’]+\s+){0,3}?(?:the|this|that) (?:money|funding|grant|allocation|award|sum|"
                           r"round)s?\s+(?:covers?|is for|will cover|runs?|will run|spans?|is to be spent in|"
                           r"is to be spent over)\b", re.I)


def _money_said_to_cover(rel, drafts: list[_Draft]) -> None:
    """A figure with no years of its own takes those the next sentence says "the money" covers ("… are to receive
    £3,629,600 between them … This time the money covers the 2026/27 financial year only"), when that sentence
    states one period before any figure of its own."""
    sentences = list(rel.sentences)
    for i in range(1, len(sentences)):
        sn, s = sentences[i]
        m = _MONEY_COVERS.match(s)
        if not m:
            continue
        first_money = MONEY_TOKEN.search(s)
        stated = {p[2:] for p in find_periods(s[: first_money.start() if first_money else len(s)])[0]}
        if len(stated) != 1:
            continue
        prev_line = sentences[i - 1][0]
        before = [d for d in drafts if d.line == prev_line and d.role in ("grant", "total") and d.whole is None
                  and not d.table]
        if len(before) == 1 and before[0].period is None:
            before[0].period = stated.pop()


def _is_list_line(line: str) -> bool:
    """Whether a line is an item of a list stating one sum: a bullet, a number, a letter in brackets, or a label and
    its sum ("Group course ........ £110,000", "Part B, partner support: £26,500")."""
    return bool(_LIST_LINE.match(line) or list_item_label(line) or _LABEL_COLON_SUM.match(line))


#: a line that is a label and its one sum after a colon, however long the label ("Group course for men (26 weeks),
#: delivered by Ashvale Change: £241,500"): an item of a list set out without bullets
_LABEL_COLON_SUM = re.compile(r"^\s*[^£.!?;:\s][^£.!?;:]{1,150}:\s*£\s?\d[\d,]*(?:\.\d+)?(?:\s*(?:[mk]|million)\b)?\s*\.?\s*$")


def _list_total(line: str) -> bool:
    """Whether a line of a list is its total: its label says so ("Total: £280,000", "Grand total — £198,000", "Total
    value . . . £240,000", "£352,000   Total")."""
    label = list_item_label(line)
    return bool(label) and bool(_TOTAL_ROW.match(label) or _NAMED_TOTAL_ROW.fullmatch(label))


def _pieces_of(whole: _Draft, pieces: list[_Draft]) -> None:
    """Make ``pieces`` the parts of ``whole`` (each keeping its own period, else taking the whole's); pieces paid by
    two or more funders make the whole a total across funders, with no funder of its own. A payer only lent to a
    piece (the release's funder, "£60,000 for a helpline" in a Home Office release) is not one of them: pieces of
    the commissioner's £90,000 naming no payer leave it hers, and a whole whose pieces' payers are all lent keeps
    the payer it was read with."""
    for d in pieces:
        d.role, d.whole, d.part_of = "part", whole, whole.line
        _lend_period(d, whole.period, "whole")
    if len(_payers_named(pieces)) > 1:
        whole.role, whole.funder = "total", ""
    for d in pieces:
        _lend_wholes_payer(d, whole)  # (a piece naming no payer keeps the whole's: README 'part')


def _payers_named(pieces: list[_Draft]) -> set[str]:
    """The funders ``pieces`` name for themselves (their own clause, row or column), not those lent them."""
    return {d.funder for d in pieces if d.funder and d.funder_basis != "default"}


def _parts_take_their_wholes_payer(drafts: list[_Draft]) -> None:
    """Once every whole is known, a part whose payer its own clause or table row does not name (one lent it by the
    release's or the round's funder, or by the figure before it) takes its whole's: the commissioner's for a piece
    of her own budget ("£90,000 of her own budget … £30,000 for a helpline" in a Home Office release), none for a
    piece of a total across funders ("| Partner support | £25,000 |" under a TOTAL of Home Office and commissioner's
    rows). A piece naming its own payer keeps it ("£200,000 of it from the Home Office grant"). README: funding_role
    ``part``, "A part keeps the whole's funder …, unless its own clause or table row names another"."""
    settled: set[int] = set()

    def settle(d: _Draft) -> None:
        if id(d) in settled:
            return
        settled.add(id(d))
        w = d.whole
        if d.role != "part" or w is None or d.part_of != w.line:
            return
        settle(w)  # (a piece of a piece: its whole's payer settled first)
        if d.funder_basis in ("default", "whole") and d.funder != w.funder and not _restates_a_grant(d, drafts):
            d.funder, d.funder_basis = w.funder, "whole"

    for d in drafts:
        settle(d)


def _restates_a_grant(d: _Draft, drafts: list[_Draft]) -> bool:
    """Whether a piece of a total across funders is a grant stated on an earlier line again ("Devon and Cornwall
    receives £702,000." then "Its £702,000 share and £95,000 of … make a combined £812,000"): the same money, whose
    payer is the grant's, not lent by the total."""
    return d.funder_basis == "default" and bool(d.funder) and d.whole is not None and not d.whole.funder \
        and any(y.line < d.line and not y.table and y.whole is None and y.role == "grant" and y.funder == d.funder
                and (y.amount.pence, y.code) == (d.amount.pence, d.code) for y in drafts)

def _same_paragraph(rel, first: int, last: int) -> bool:
    """Whether lines ``first`` to ``last`` run on with no blank line between them."""
    return all(rel.line_text(n).strip() for n in range(first, last + 1))


#: a line that heads a section ("## 2. Funding", "**Where the money goes**", "3. THE VARIATION"): sums on either side
#: of it are not read as one run
_HEADING_LINE = re.compile(r"^\s*(?:#{1,6}\s+\S.*|\*\*[^*]+\*\*\s*:?|\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z][^.!?;:£]{0,70})\s*$")
#: how far (in lines) a run of separately stated sums is looked over for the figure they add up to
_SUM_REACH = 12


def _one_section(rel, first: int, last: int, over_headings: bool = False) -> bool:
    """Whether lines ``first`` to ``last`` lie within ``_SUM_REACH`` lines of each other with no heading between
    (unless ``over_headings``: a summary's figure and the sections setting it out)."""
    return last - first <= _SUM_REACH and (over_headings or not any(
        _HEADING_LINE.match(rel.line_text(n) or "") and not MONEY_TOKEN.search(rel.line_text(n) or "")
        for n in range(first + 1, last)))


def _restates(x: _Draft, d: _Draft) -> bool:
    """Whether ``x``, stated in ``d``'s sentence, is ``d`` again in round figures ("about £600,000 - or £603,250 to
    the pound")."""
    return x.line == d.line and x.amount.pence != d.amount.pence and x.amount.allows(d.amount.pence) \
        and x.amount.low_pence != x.amount.high_pence


#: the words of a change from one figure to another, up to the new figure: "from £684,200 to ", "from £1.2m up to "
_CHANGED_FROM = re.compile(r"\bfrom\s+£\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|million)\b)?\s+(?:up\s+|down\s+)?to\s+$", re.I)


def _end_of_a_change(rel, d: _Draft) -> bool:
    """Whether ``d`` is the new figure of a change its line states ("increase the grant by £58,600, from £684,200 to
    £742,800", "rises by £20,000 from £100,000 to £120,000"): the old figure changed, not a sum of the figures before."""
    line = rel.line_text(d.line) or ""
    return any(_CHANGED_FROM.search(line[: m.start()]) for m in re.finditer(re.escape(d.amount.text), line))


def _prose_totals(rel, drafts: list[_Draft], terms) -> None:
    """A prose figure that is exactly the sum of the two or more figures stated before it ("… £290,000 …, and the
    council is adding £28,000 to it. Between them, the two funders are putting £318,000 into the programme", "The two
    contributions add up to £165,000"; "Put together, that is £143,000", or paragraphs later, "Together the three sums
    come to £603,250") restates them as one sum: it is their ``total``, paid by their one funder, else by none (a total
    across funders). The figures before it stay what they are (pieces listed before a prose total are not its parts).
    Only figures of one area, outside tables, none a part of another nor itself a whole, are summed; a total, a
    context figure, a table cell, a heading or a gap of more than ``_SUM_REACH`` lines ends the run looked back over.
    A round restatement of the total in its own sentence ("about £600,000") is skipped, and is the total too. Pieces in
    the total's own sentence are its parts (README, total)."""
    for k, d in enumerate(drafts):
        if d.table or d.whole is not None or d.role not in ("grant", "match_funding", "own_funding", "total") \
                or d.per_year or not d.amount.pence or any(x.whole is d for x in drafts):
            continue
        if _end_of_a_change(rel, d):
            continue  # ("increase the grant by £58,600, from £684,200 to £742,800": the new figure is the old one
            # changed, not the sum of the old one and the change)
        pieces: list[_Draft] = []
        restated: list[_Draft] = []
        running = 0
        for x in reversed(drafts[:k]):
            if x.table or x.role in ("total", "context") or not _one_section(rel, x.line, d.line):
                break
            if x.whole is not None:
                continue  # (a piece of one of them: summed in its whole)
            if (x.line < d.line - 3 or not _same_paragraph(rel, x.line, d.line)) and (
                    x.role not in ("grant", "match_funding", "own_funding") or d.role not in ("grant", "total")):
                break  # (beyond its paragraph, only sums of money given are summed, into a grant or total)
            if _restates(x, d) and not pieces:
                restated.append(x)
                continue
            if x.code != d.code or x.per_year or any(y.whole is x and y.line > d.line for y in drafts):
                break
            pieces.append(x)
            running += x.amount.pence
            if running >= d.amount.pence:
                break
        if len(pieces) < 2 or running != d.amount.pence:
            continue
        far = any(x.line < d.line - 3 or not _same_paragraph(rel, x.line, d.line) for x in pieces)
        if far and d.role == "total":
            continue  # (a total by its own words, paragraphs after the sums: it takes nothing from them)
        funders = {x.funder for x in pieces}
        sentence = next((t for n, t in rel.sentences if n == d.line and d.amount.text in t), "")
        if d.funder and d.funder not in funders and _first(terms.get("funder", ()), sentence) == d.funder:
            continue  # a payer of its own, none of theirs: new money ("Separately, the council is paying £250,000")
        dated = [x.period for x in pieces if x.period]
        if d.period and dated and (d.period[0] > min(p[0] for p in dated) or d.period[1] < max(p[1] for p in dated)):
            continue  # another year's money ("In 2024-25 the Home Office alone gave it £350,000")
        was_total, d.role, d.part_of = d.role == "total", "total", None
        for x in restated:
            x.role, x.part_of = "total", None
        if d.funder and _first(terms.get("funder", ()), sentence) == d.funder:
            pass  # (a funder the figure's own sentence names as paying it keeps it: "In all, Kent has £572,000 from
            # the Home Office")
        elif len(funders) > 1:
            d.funder, d.across = "", True
        elif not was_total:  # (a total by its own words keeps the funder it was read with)
            d.funder = funders.pop()
            d.across = not d.funder
        if d.period is None and all(x.period for x in pieces) and not far:
            d.period = (min(x.period[0] for x in pieces), max(x.period[1] for x in pieces))
        for x in restated:
            x.funder, x.period = d.funder, x.period or d.period
            x.across = getattr(d, "across", False)
        if _in_its_sentence(rel, d, pieces):
            _pieces_of(d, pieces)  # (README total: "prose pieces in the same sentence as an 'in all' figure are parts")


def _in_its_sentence(rel, d: _Draft, pieces: list[_Draft]) -> bool:
    """Whether ``pieces`` all stand in ``d``'s own sentence, on its line: "£90,000 for a group course and £35,000 for
    partner support make up the £125,000 …", "… with a further £20,000 from the council taking the package to
    £160,000"."""
    sentence = next((t for n, t in rel.sentences if n == d.line and d.amount.text in t), "")
    return bool(sentence) and all(x.line == d.line and x.amount.text in sentence for x in pieces)


def _sums_stated_after_their_total(rel, drafts: list[_Draft]) -> None:
    """A prose figure followed, within its section, by two or more separately stated sums of money given (each in a
    sentence of its own, none a part of another) that add up to it exactly ("To approve spending of £1,170,600 …"
    then "The grant available is £944,100 …", "The Mayor's fund adds £127,000 …", "Calderdale Council is adding
    £38,000 …", "Kirklees Council is paying £61,500 …") is their ``total``, paid by their one funder, else by none.
    The sums after it stay what they are: they are stated on their own, not as its pieces."""
    for k, d in enumerate(drafts):
        if d.table or d.whole is not None or d.role not in ("grant", "total") or d.per_year or d.shared_by \
                or not d.amount.pence or any(x.whole is d for x in drafts):
            continue
        pieces: list[_Draft] = []
        running = 0
        for x in drafts[k + 1:]:
            if x.table or x.role in ("total", "context") or not _one_section(rel, d.line, x.line, True) or x.per_year:
                break
            if x.whole is not None or pieces and x.line == pieces[-1].line:
                continue  # (a piece of one of them, or a figure further on in its sentence: summed in it)
            if x.role not in ("grant", "match_funding", "own_funding") or x.code != d.code or x.line == d.line:
                break
            pieces.append(x)
            running += x.amount.pence
            if running >= d.amount.pence:
                break
        if len(pieces) < 2 or running != d.amount.pence:
            continue
        if _an_item_above_its_fellows(rel, d, pieces[0]):
            continue
        if d.period and d.period[0] != d.period[1] and len({x.period for x in pieces}) == len(pieces) \
                and all(x.period and x.period[0] == x.period[1] and d.period[0] <= x.period[0] <= d.period[1]
                        for x in pieces):
            continue  # (one sum for each year of its span: its per-year split, read as such later)
        lines = [x.line for x in pieces]
        beyond = rel.line_text(_next_kept_line(rel, lines[-1]) or 0) or ""
        if all(_is_list_line(rel.line_text(n)) for n in lines) and _under_its_lead_in(rel, d.line, lines[0]) \
                and lines[1:] == [_next_kept_line(rel, n) for n in lines[:-1]] \
                and not (_is_list_line(beyond) and MONEY_TOKEN.search(beyond)):  # (the list ends with the run)
            # ("The service costs £318,700 …. The money comes from three places:" then a bullet for each): a list
            # straight under the figure, adding up to it, is its breakdown
            _pieces_of(d, pieces)
            if len({x.funder for x in pieces}) > 1:
                d.role, d.funder, d.across = "total", "", True
            continue
        if d.role == "grant" and all(x.role == "grant" and (not x.funder or x.funder == d.funder)
                                     and _named_a_piece(rel, x) for x in pieces):
            # ("… a Home Office grant of £560,000 for 2025-26 and 2026-27." then "The first instalment, £270,000, was
            # received in April." and, a paragraph on, "The second, of £290,000, is due in April 2026."): sums each
            # named as an instalment, a year or the rest of the money are its pieces, not sums on their own
            _pieces_of(d, pieces)
            continue
        funders = {x.funder for x in pieces}
        d.role, d.part_of = "total", None
        if not (funders == {""} and d.funder and d.funder_basis == "clause"):
            # (its own clause's payer stays when the sums after it name none: "£518,000 from the Home Office",
            # then "£402,000 goes to …" and "A further £116,000 pays for …")
            d.funder = funders.pop() if len(funders) == 1 else ""
        d.across = not d.funder
        dated = [x.period for x in pieces if x.period]
        if d.period is None and len(dated) == len(pieces):
            d.period = (min(p[0] for p in dated), max(p[1] for p in dated))
        for x in drafts[k + 1:]:  # ("6.1 The total of £1,170,600 is funded as shown in Table 1": the same sum again)
            if not x.table and x.whole is None and x.role == "grant" and x.amount.pence == d.amount.pence \
                    and x.code == d.code and not any(y.whole is x for y in drafts):
                x.role, x.funder = "total", d.funder
                x.across = d.across
    _the_rest_stated_later(rel, drafts)


def _an_item_above_its_fellows(rel, d: _Draft, first: _Draft) -> bool:
    """Whether ``d`` is one item of a list and ``first``, the first sum after it, the next item of the same list ("-
    Kirklees hub: £232,000" over "- Management: £58,000"): an item is not the total of the items after it (a list's
    total is labelled so, "Total: £X", or leads it), however their sums happen to add up."""
    line = rel.line_text(d.line) or ""
    return _is_list_line(line) and not _list_total(line) and first.line == _next_kept_line(rel, d.line) \
        and _is_list_line(rel.line_text(first.line) or "")


#: words of a sentence naming its figure a piece of money stated before it: an instalment, payment or tranche counted
#: by an ordinal ("The first instalment, £270,000, …", "The second, of £290,000, …", "the final payment of £X"), a year
#: of it counted ("In year one … £260,000", "Year two's instalment is £X", "the second-year share"), most or part of
#: it ("which takes most of the money"), or what is left of it ("The rest, £60,000, …", "the balance of £X")
_NAMED_PIECE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|final|last|later|remaining)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:instalment|installment|payment|tranche|half|stage|phase)s?\b|"
    r"\b(?:first|second|third|fourth|fifth|final)[- ]year\b|\byear\s+(?:one|two|three|four|five|[1-5])\b|"
    r"^\W*(?:the|its)\s+(?:first|second|third|fourth|final|last)\s*(?:,|\(|(?:of|is|was|will be)\s+£)|"
    r"\b(?:most|much|some|part|half|the bulk|the majority) of (?:the|this|that|its) (?:money|grant|award|funding|sum)\b|"
    r"\b(?:the|its)\s+(?:rest|remainder|balance)\b", re.I)
#: words saying a figure is money besides the sum before it ("also", "in addition", "a further", "separately")
_BESIDES = re.compile(r"\b(?:also|as well|in addition|additional(?:ly)?|separately|besides|on top|a further|another|"
                      r"extra)\b", re.I)


def _named_a_piece(rel, x: _Draft) -> bool:
    """Whether ``x``'s own sentence names it a piece of money stated before it (:data:`_NAMED_PIECE`) and not money
    besides it."""
    sentence = next((t for n, t in rel.sentences if n == x.line and x.amount.text in t), "")
    return bool(_NAMED_PIECE.search(sentence)) and not _BESIDES.search(sentence)


#: the words opening a sentence before its figure that call it what is left of a sum: "The rest, £60,000, …", "The
#: remainder (£50,000) …", "The balance of the money, £X, …", "And the rest of it - £X -"
_THE_REST_OPENS = re.compile(r"^\W*(?:and\s+)?(?:the|its)\s+(?:rest|remainder|balance)(?:\s+of\s+(?:it|this|that|the\s+"
                             r"(?:money|grant|award|funding|sum)))?\s*(?:[,:(–—-]|\bis\b|\bwas\b|\bwill be\b)\s*$", re.I)


def _the_rest_stated_later(rel, drafts: list[_Draft]) -> None:
    """A figure a later sentence calls the rest of a sum whose other pieces are already read ("Most of the money,
    £130,000, pays for the course." then, a paragraph on, "The remainder, £50,000, funds partner support."), and that
    is exactly what they leave of it, is its last piece (README: part)."""
    for x in drafts:
        if x.table or x.whole is not None or x.role != "grant" or any(y.whole is x for y in drafts):
            continue
        sentence = next((t for n, t in rel.sentences if n == x.line and x.amount.text in t), "")
        if not sentence or not _THE_REST_OPENS.match(sentence[: sentence.index(x.amount.text)]):
            continue
        wholes = [w for w in drafts if not w.table and w.whole is None and w.role in ("grant", "total")
                  and w.line < x.line and _one_section(rel, w.line, x.line) and any(p.whole is w for p in drafts)]
        if not wholes:
            continue
        w = wholes[-1]
        pieces = [p for p in drafts if p.whole is w]
        if w.code == x.code and all(p.line < x.line for p in pieces) \
                and sum(p.amount.pence for p in pieces) + x.amount.pence == w.amount.pence:
            x.role, x.whole, x.part_of = "part", w, w.line
            _lend_period(x, w.period, "whole")
            _lend_wholes_payer(x, w)


def _under_its_lead_in(rel, top: int, first: int) -> bool:
    """Whether line ``first`` (a list's first item) comes straight under line ``top``, with only blank lines and
    lead-ins ending in a colon with no sum of their own between ("… handed £760,000 by the Home Office." then "Here is
    how it breaks down:" then "— Group work: £500,000")."""
    between = [rel.line_text(n) or "" for n in range(top + 1, first)]
    return first > top and len(between) <= 4 and all(
        not t.strip() or not MONEY_TOKEN.search(t) and (t.rstrip().rstrip("*").rstrip().endswith(":") or _LIST_HEADING.match(t))
        for t in between)


#: a short heading over a list, a phrase with no sentence's end ("What the award pays for", "## Where the money goes",
#: "HOW THE GRANT IS SPLIT")
_LIST_HEADING = re.compile(r"^\W{0,4}[A-Z][^.!?;:,£]{2,60}?[\w)]\W{0,4}$")


def _one_sentences_sums_are_pieces_of_an_earlier_figure(rel, drafts: list[_Draft]) -> None:
    """Two or more sums of one sentence, none related yet, that add up exactly to a figure stated shortly before them
    in the section (or to what is left of it once its pieces already stated are taken off) are its pieces: "The four
    Home Office lines come to £330,400 …" then "… in quarterly instalments of £75,500, £83,200 and £80,700; the
    Quarter 4 instalment of £91,000 …"; "Of that grant, £24,800 was set aside …" then "The rest was paid to the two
    providers: £512,000 … and £157,200 …" (README: part, "a piece of another stated amount"). The latest such figure
    is the whole; pieces of two or more funders make it a total across funders."""
    lines = sorted({d.line for d in drafts if not d.table})
    for n in lines:
        run = [d for d in drafts if d.line == n and not d.table]
        if len(run) < 2 or any(d.whole is not None or d.role not in ("grant", "match_funding", "own_funding")
                               or d.per_year or any(x.whole is d for x in drafts) for d in run):
            continue
        got = sum(d.amount.pence for d in run)
        wholes = [w for w in drafts if not w.table and w.line < n and _one_section(rel, w.line, n) and w.whole is None
                  and w.role in ("grant", "total", "match_funding", "own_funding") and not w.per_year and w.amount.pence
                  and w.code in ("", run[0].code) and not any(x.whole is w and x.line > n and not _a_ceiling(x)
                                                              for x in drafts)
                  and w.amount.pence - sum(x.amount.pence for x in drafts if x.whole is w and not _a_ceiling(x)) == got]
        if not wholes or len({d.code for d in run}) > 1 or _another_payers_money(run, wholes[-1]):
            continue
        _pieces_of(wholes[-1], run)


def _a_ceiling(x: _Draft) -> bool:
    """Whether a piece stated after the sums being matched is a ceiling on what the whole may be spent on ("Not more
    than £19,500 of the award in any year may be spent on management", "up to £12,000 of it on evaluation"): a limit within
    the whole, not a division of it, so it neither stops earlier sums from being the whole's pieces nor is taken off
    what they must add up to."""
    return x.amount.qualifier == "up_to"


def _another_payers_money(run: list[_Draft], whole: _Draft) -> bool:
    """Whether every sum of ``run`` names in its own clause a payer other than the one ``whole`` has ("I am adding
    £150,000 …, £75,000 in each of the two years", then "City Council is contributing £30,000 and County Council
    £45,000 …"): another payer's money adding up to it by chance is none of its pieces."""
    return bool(whole.funder) and all(d.funder and d.funder_basis == "clause" and d.funder != whole.funder
                                      for d in run)


def _years_paid(d: _Draft, rel=None) -> int:
    """How many times a figure is paid: once for each year of its span when its words say it is paid in each of them
    ("£217,500 in each of the following two years", "£142,000 in each of 2028-29 and 2029-30": its line read again
    when ``rel`` is given)."""
    if d.period and d.period[0] != d.period[1] and (getattr(d, "each_year_after", False) or rel is not None and (
            lambda line: line.count(d.amount.text) == 1 and _in_each_of_the_years(
                line, line.find(d.amount.text), line.find(d.amount.text) + len(d.amount.text)))(rel.line_text(d.line) or "")):
        return int(d.period[1][:4]) - int(d.period[0][:4]) + 1
    return 1


def _profiles_of_earlier_shares(rel, drafts: list[_Draft]) -> None:
    """Each line's run of sums that is an area's yearly profile of its share stated just before
    (:func:`_a_profile_of_an_earlier_share`), whether they were read as sums of their own or as pieces of the joint
    award the share is a piece of."""
    for n in sorted({d.line for d in drafts if not d.table}):
        run = [d for d in drafts if d.line == n and not d.table]
        if len(run) < 2 or any(d.role not in ("grant", "part") or any(x.whole is d for x in drafts) for d in run):
            continue
        if len({id(d.whole) for d in run}) != 1:
            continue
        _a_profile_of_an_earlier_share(rel, drafts, run)


def _a_profile_of_an_earlier_share(rel, drafts: list[_Draft], run: list[_Draft]) -> None:
    """A sentence's yearly sums for one area (its first year's, then "£B in each of the following two years") that
    add up, counting each year, to that area's share stated shortly before over those years, itself a piece of a
    joint award ("Norfolk's share is £812,400 and Suffolk's is £647,600", then "Suffolk is paying its part as £A in the
    first year and £B in each of the following two years"): they are pieces of that share, its per-year profile."""
    codes = {d.code for d in run}
    if len(codes) != 1 or not next(iter(codes)) or not all(d.period for d in run):
        return
    got = sum(d.amount.pence * _years_paid(d, rel) for d in run)
    n = run[0].line
    years = (min(d.period[0] for d in run), max(d.period[1] for d in run))

    def span(w):  # (a share stated with no years of its own has its whole's: README, "Parts on another line"; where
        # neither has any yet, the years the profile itself spans, which the share takes later)
        return w.period or (w.whole.period if w.whole is not None else None) or years

    shares = [w for w in drafts if not w.table and w.line < n and n - w.line <= 4 and _one_section(rel, w.line, n)
              and w.role == "part" and w.code == run[0].code and w.amount.pence == got
              and (run[0].whole is None or run[0].whole is w.whole)
              and span(w)[0] != span(w)[1] and not any(x.whole is w for x in drafts)
              and all(span(w)[0] <= d.period[0] and d.period[1] <= span(w)[1] for d in run)]
    if len(shares) == 1 and not _another_payers_money(run, shares[0]):
        _pieces_of(shares[0], run)


def _yearly_rates_profile_the_sum_before(rel, drafts: list[_Draft]) -> None:
    """A yearly rate that names or counts its years ("Payment: £140,000 in each of 2027-28 and 2028-29", "It is paid as
    £30,000 a year in 2025-26 and 2026-27"), alone in its sentence and naming no payer of its own, stated within two
    lines after a figure in the same section that is exactly that rate times those years ("£280,000 over the initial
    term, from the Commissioner's own budget"), is that figure's per-year profile: one part per year, keeping the
    figure's payer (README, "Yearly rates": where the text states the sum of those years, each is a part of that sum)."""
    for d in drafts:
        if d.table or d.whole is not None or d.per_year or not getattr(d, "yearly", False) or not d.period \
                or d.period[0] == d.period[1] or d.role not in ("grant", "match_funding", "own_funding") \
                or any(x.whole is d for x in drafts):
            continue
        if any(x is not d and x.line == d.line and not x.table for x in drafts):
            continue
        years = int(d.period[1][:4]) - int(d.period[0][:4]) + 1
        before = [w for w in drafts if not w.table and w.line < d.line and d.line - w.line <= 2
                  and _one_section(rel, w.line, d.line) and w.role not in ("context", "part")]
        # (or one payer's piece of such a figure, that rate times those years, when the rate's own clause names that
        # payer: "Of that, £400,000 is Home Office grant …" then "The Home Office pays its share as £200,000 in each of
        # the two years")
        shares = [w for w in drafts if not w.table and w.line < d.line and d.line - w.line <= 2
                  and _one_section(rel, w.line, d.line) and w.role == "part" and w.whole is not None
                  and w.amount.pence == d.amount.pence * years and d.funder and d.funder_basis == "clause"
                  and w.funder == d.funder and not w.per_year]
        if not before and len(shares) != 1:
            continue
        w = before[-1] if before else shares[0]
        if (w.whole is not None or w.amount.pence != d.amount.pence * years) and len(shares) == 1:
            w = shares[0]
        if w.whole is not None and w not in shares or w.per_year or w.amount.pence != d.amount.pence * years \
                or any(x.whole is w for x in drafts) or w.code not in ("", d.code) \
                or w.period and w.period != d.period or d.funder and d.funder_basis == "clause" and d.funder != w.funder:
            continue  # (a rate whose own clause names another payer is that payer's money, not the sum's profile)
        d.role, d.whole, d.part_of, d.per_year = "part", w, w.line, True
        if w.period is None:
            w.period, w.period_basis = d.period, "parts"
        if not (d.funder and d.funder_basis == "clause"):
            d.funder, d.funder_basis = "", ""
            _lend_wholes_payer(d, w)


#: an ordinal naming which year's or instalment's share of a sum a figure is: "The second instalment, due this year, is
#: £357,750", "the first year's £388,000", "The final tranche of £120,000", "Year two's payment is £210,000"
_ORDINAL_SHARE = re.compile(r"\b(?:the\s+|its\s+)?(?P<nth>first|second|third|fourth|final|last)\s+"
                            r"(?:year['’]s\s+(?:instalment|payment|share|sum|money\b)?|instalment|payment|tranche)|"
                            r"\byear\s+(?P<num>one|two|three|four|1|2|3|4)['’]s\s+(?:instalment|payment|share|sum)", re.I)
_ORDINAL_NUMBER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "one": 1, "two": 2, "three": 3, "four": 4,
        "1": 1, "2": 2, "3": 3, "4": 4}


def _ordinal_share_of_the_sum_before(rel, drafts: list[_Draft]) -> None:
    """A figure its own clause names as one numbered year's or instalment's share ("The second instalment, due this
    financial year, is £357,750", "The first year's payment was £388,000", "The final tranche of £120,000"), stated
    after a sum over several years in the same section (within two lines) and smaller than it, is a part of that sum
    for that year of its span (README: part, "a per-year split"; "a per-year figure has its own year"), keeping the
    sum's payer unless its own clause names another."""
    for d in drafts:
        if d.table or d.whole is not None or d.role not in ("grant", "own_funding", "match_funding") or d.per_year:
            continue
        sentence = next((t for n, t in rel.sentences if n == d.line and d.amount.text in t), "")
        at = sentence.find(d.amount.text)
        if at < 0:
            continue
        head = sentence[max(0, at - 80) : at]
        head = re.split(r"[;:]|\.\s", head)[-1]
        m = None
        for m in _ORDINAL_SHARE.finditer(head):
            pass
        if m is None:
            continue
        before = [w for w in drafts if not w.table and w is not d and w.whole is None and w.line <= d.line
                  and d.line - w.line <= 2 and (w.line < d.line or 0 <= (rel.line_text(d.line) or "").find(
                      w.amount.text) < (rel.line_text(d.line) or "").find(d.amount.text))
                  and _one_section(rel, w.line, d.line) and w.role in ("grant", "total", "own_funding", "match_funding")
                  and w.period and w.period[0] != w.period[1] and w.code in ("", d.code)
                  and w.amount.pence > d.amount.pence]
        if not before:
            continue
        w = before[-1]
        first, last = int(w.period[0][:4]), int(w.period[1][:4])
        word = (m.group("nth") or m.group("num")).lower()
        nth = last - first + 1 if word in ("final", "last") else _ORDINAL_NUMBER[word]
        if nth > last - first + 1 or d.funder and d.funder_basis == "clause" and d.funder != w.funder:
            continue
        year = first + nth - 1
        fy = f"{year}-{(year + 1) % 100:02d}"
        if d.period and d.period != (fy, fy) and d.period_basis == "clause":
            continue  # (its own clause dates it otherwise)
        year_sum = [x for x in drafts if x.whole is w and x.period == (fy, fy) and not x.table]
        if year_sum:  # ("Eastham's share of the first year's money is £118,200" after the year's own sum is stated: a
            # piece of that year's sum)
            if year_sum[-1].amount.pence <= d.amount.pence:
                continue
            w = year_sum[-1]
        d.role, d.whole, d.part_of = "part", w, w.line
        d.period, d.period_basis = (fy, fy), "whole"
        if not (d.funder and d.funder_basis == "clause"):
            d.funder, d.funder_basis = "", ""
            _lend_wholes_payer(d, w)


#: a figure named by its words as one dated year's instalment: "the 2024/25 instalment of £131,600", "the 2025-26
#: payment of £150,000", "its 2026/27 tranche, £120,000"
_DATED_INSTALMENT = re.compile(r"\b(?:the|its|their|this) (?:" + YEAR_FORM + r") (?:instalment|installment|payment|tranche)"
                               r"\s*(?:of|,|:|is|was|will be)?\s*$", re.I)


def _dated_instalment_of_an_earlier_award(rel, drafts: list[_Draft]) -> None:
    """A figure its words name as one year's instalment ("the department has agreed the 2024/25 instalment of
    £131,600 subject to returns"), after one sum over several years from the same payer whose span holds that year
    ("£263,200 … for 2023/24 and 2024/25"), is a part of that sum for that year, however far apart (README: part, "a
    per-year split"), keeping the sum's payer.  Left alone: no such sum, several, another payer named in its own
    clause, or a sum not larger than the instalment."""
    for d in drafts:
        if d.table or d.whole is not None or d.role not in ("grant", "own_funding", "match_funding") or d.per_year \
                or d.period is None or d.period[0] != d.period[1]:
            continue
        sentence = next((t for n, t in rel.sentences if n == d.line and d.amount.text in t), "")
        at = sentence.find(d.amount.text)
        if at < 0 or not _DATED_INSTALMENT.search(sentence[max(0, at - 60) : at]):
            continue
        year = int(d.period[0][:4])
        wholes = [w for w in drafts if not w.table and w is not d and w.whole is None and w.line < d.line
                  and w.role in ("grant", "own_funding", "match_funding") and w.period and w.period[0] != w.period[1]
                  and int(w.period[0][:4]) <= year <= int(w.period[1][:4]) and w.code in ("", d.code)
                  and w.amount.pence > d.amount.pence and w.funder and w.funder == d.funder]
        if len(wholes) != 1:
            continue
        w = wholes[0]
        d.role, d.whole, d.part_of = "part", w, w.line


#: a table row's reference code in its first cell: "G03", "K-2024-007", "L2", "AB12" (letters then digits)
_ROW_REF = re.compile(r"[A-Z]{1,3}-?\d{1,4}(?:-\d{1,4})?")


def _piece_of_a_referenced_row(rel, drafts: list[_Draft]) -> None:
    """A prose figure whose own words make it a piece of a table row named by that row's reference code ("£143,200 of
    G03 had been paid", "The first quarterly instalment of G14, £9,250, was paid", "the second payment on K-07 (£4,000)")
    is a part of that row's figure, taking the row's years when it states none (README, "Parts on another line"): paid
    to date or an instalment of a grant is a piece of it.  Left alone: a figure the code is only beside ("The signed
    agreement for G03 is for £286,400": the same sum restated), a code no row above carries, a row of several figures,
    and a figure not smaller than the row's."""
    rows: dict[str, list[_Draft]] = {}
    for w in drafts:
        cells = getattr(w, "row_cells", None) or ()
        if w.table and cells and _ROW_REF.fullmatch(cells[0].strip()) and w.role not in ("context", "total"):
            rows.setdefault(cells[0].strip(), []).append(w)
    if not rows:
        return
    refs = "|".join(re.escape(r) for r in sorted(rows, key=len, reverse=True))
    after = re.compile(rf"^\s+of\s+(?:the\s+)?({refs})\b(?!-)")  # "£143,200 of G03"
    before = re.compile(rf"\b(?:instalments?|payments?|tranches?)\s+(?:of|on|for|under)\s+(?:the\s+)?({refs})\b"
                        rf"(?:\s+grant|\s+agreement)?\s*[,(:]\s*$")  # "the first instalment of G14, £9,250"
    for d in drafts:
        if d.table or d.whole is not None or d.role not in ("grant", "own_funding", "match_funding"):
            continue
        sentence = next((t for n, t in rel.sentences if n == d.line and d.amount.text in t), "")
        at = sentence.find(d.amount.text)
        if at < 0:
            continue
        m = after.match(sentence[at + len(d.amount.text):]) or before.search(sentence[max(0, at - 80):at])
        if not m:
            continue
        row = [w for w in rows[m.group(1)] if w.line < d.line]
        if len(row) != 1 or row[0].amount.pence <= d.amount.pence:
            continue
        w = row[0]
        d.role, d.whole, d.part_of = "part", w, w.line
        _lend_period(d, w.period, "whole")


def _table_rows_sum_to_the_figure_above(rel, drafts: list[_Draft]) -> None:
    """A table with one figure a row, no TOTAL row and no row a whole or part yet, whose figures add up exactly to a
    figure stated in the prose just above it in the same section ("Restricted income … made up £602,900 of it; the
    table below shows where it came from" over rows of £408,600, £74,000, £96,300 and £24,000), sets out that figure:
    each row is its part (README: part, "a piece of another stated amount"), keeping the payer its row names (a row
    naming none takes the figure's), and the figure keeps its own role."""
    for t in sorted({d.table for d in drafts if d.table}):
        rows = sorted((d for d in drafts if d.table == t), key=lambda d: d.line)
        if len(rows) < 2 or len({d.line for d in rows}) != len(rows) or any(
                d.whole is not None or d.role in ("total", "context", "part") or any(x.whole is d for x in drafts)
                for d in rows):
            continue
        first = rows[0].line
        got = sum(d.amount.pence for d in rows)
        wholes = [w for w in drafts if not w.table and w.line < first and first - w.line <= 6
                  and _one_section(rel, w.line, first) and w.role in ("grant", "total", "part", "own_funding")
                  and w.amount.pence == got and w.code in ("", rows[0].code)
                  and not any(x.whole is w for x in drafts)]
        if not wholes:
            continue
        w = wholes[-1]
        for d in rows:
            d.role, d.whole, d.part_of = "part", w, w.line
            _lend_period(d, w.period, "whole")
            if not (d.funder and d.funder_basis == "clause"):
                d.funder, d.funder_basis = "", ""
                _lend_wholes_payer(d, w)
        if w.role == "grant" and len({d.funder for d in rows if d.funder_basis == "clause"}) > 1:
            w.role, w.funder = "total", ""


#: the words after a figure naming the one year's sum it is taken from: "of the 2025-26 grant", "of the 2024/25
#: allocation", "of this year's 2025-26 award"
_OF_THE_YEARS_SUM = re.compile(r"\s+(?:out\s+)?of\s+(?:the|its|this|that|our|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?"
                               r"(?P<fy>20\d\d[-/]\d\d)\s+(?:[\w'’-]+\s+){0,2}?(?:grant|allocation|award|budget|money|funding)\b", re.I)


def _more_money_past_a_full_sum(rel, drafts: list[_Draft], terms) -> None:
    """A figure called more money ("3.3 A further £12,500 has been set aside for interpreters") taken as more of the sum
    stated before it, when that sum's pieces already add up to it exactly (its own, or those of the same total stated
    just before: a table's TOTAL row that "In all, the package comes to £489,600" restates), is money beyond that sum,
    not a piece of it: a grant of its own, with no payer lent by the sum (README: part, "a piece of another stated
    amount"; the parts of each whole sum to it)."""
    for d in drafts:
        w = d.whole
        if d.role != "part" or w is None or d.table or w.line >= d.line or not _called_more(rel, d, terms):
            continue
        if not any(_sums_to([x.amount for x in pieces], y.amount) for y in _full_sums_above(w, d, drafts)
                   if (pieces := [x for x in drafts if x.whole is y and not _called_more(rel, x, terms)])):
            continue
        d.role, d.whole, d.part_of = "grant", None, None
        if d.funder_basis in ("whole", "default"):
            d.funder, d.funder_basis = "", ""


def _full_sums_above(w: _Draft, d: _Draft, drafts: list[_Draft]) -> list[_Draft]:
    """The sums a figure called more money is checked against: its whole ``w`` and the same sum stated before, and, when
    ``w`` is a piece of a package, or restates one, with no other pieces of its own ("The council's £110,000 is a one-off", after
    "£1,050,000 in all: … £110,000 from the City Council"), that package: money past a package whose pieces are all
    stated is beyond it, not more of its last piece."""
    sums = _same_sum_stated(w, drafts)
    if any(x.whole is w and x is not d for x in drafts):
        return sums
    for y in [w] + [y for y in drafts if y.line < w.line and y.role == "part" and y.whole is not None
                    and y.amount.pence == w.amount.pence and y.code == w.code]:
        if y.role == "part" and y.whole is not None and y.whole is not w:
            sums += _same_sum_stated(y.whole, drafts)  # (w itself a piece, or the restatement of one)
    return sums


#: the piece a whole's other pieces leave, named so straight before its figure: "the remaining £59,200", "the rest of the
#: grant, £A", "the other £215,000", "the last £65,000", "the final £12,000", "the balance of £8,000"
_REMAINDER_BEFORE = re.compile(r"\bthe\s+(?:remaining|other|last|final|(?:rest|balance|remainder)(?:\s+of(?:\s+the)?)?)\s+"
                               r"(?:[\w-]+\s+){0,1}$", re.I)


def _called_more(rel, d: _Draft, terms) -> bool:
    """Whether the words just before a prose figure call it more money: "a further", "another", "the remaining"."""
    sentence = next((t for n, t in rel.sentences if n == d.line and d.amount.text in t), "")
    at = sentence.find(d.amount.text)
    return at >= 0 and bool(_first(terms.get("further", ()), sentence[max(0, at - 60) : at] + "AMOUNT")) \
        and not _REMAINDER_BEFORE.search(sentence[max(0, at - 60) : at])


def _same_sum_stated(w: _Draft, drafts: list[_Draft]) -> list[_Draft]:
    """``w`` and the totals of the same sum stated before it (a table's TOTAL cell that a prose "in all" restates)."""
    return [w] + [y for y in drafts if y is not w and y.role == "total" and w.role == "total" and y.whole is None
                  and y.amount.pence == w.amount.pence and y.code == w.code and (y.line, y.start) < (w.line, w.start)]


#: a sentence whose subject is one year's sum, holding the figure after it: "The 2026/27 figure includes £21,500 carried
#: forward", "4. The 2025-26 instalment is made up of £A …" (the figure a piece by its own words: includes, made up of),
#: or one opening on it as what the figure is taken from: "Of the 2024/25 allocation, £23,480 was left unspent"
_THE_YEARS_SUM_HOLDS = re.compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:out\s+)?of\s+|from\s+)?(?:the|its|this|that|our|their)\s+"
                                  r"(?P<fy>20\d\d[-/]\d\d)\s+(?:[\w'’-]+\s+){0,2}?(?:figure|sum|amount|grant|allocation|award|"
                                  r"budget|instalment|payment|share|money|funding)\b[^£.;]*$", re.I)


#: one year's sum said to include a figure, anywhere in the sentence before it: "said the 2024-25 figure included a
#: one-off ", "the 2025/26 grant includes ", "Their 2023-24 allocation contained "
_THE_YEARS_SUM_INCLUDED = re.compile(r"\b(?:the|its|this|that|our|their|his|her)\s+(?P<fy>20\d\d[-/]\d\d)\s+(?:[\w'’-]+\s+){0,2}?"
                                     r"(?:figure|sum|amount|grant|allocation|award|budget|money|funding|total)\s+"
                                     r"(?:had\s+)?(?:included|includes|include|contained|contains|took in|takes in)\s+"
                                     r"(?:[\w'’-]+\s+){0,3}?$", re.I)


#: a sentence opening with one year's sum that its figures are taken from: "Of the 2026/27 Home Office figure, ",
#: "6.4.4 Out of the 2025-26 grant, "
_OF_THE_YEARS_SUM_OPENS = re.compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:out\s+)?of\s+(?:the|its|this|that|our|their)\s+"
                                     r"(?P<fy>20\d\d[-/]\d\d)\s+(?:[\w'’-]+\s+){0,2}?(?:figure|sum|amount|grant|allocation|"
                                     r"award|budget|instalment|payment|share|money|funding)\s*,\s*", re.I)
#: the words between such an opening and a later figure of the sentence: the earlier pieces, each with its use
#: ("£228,000 is passed to X for partner support, and ")
_ONLY_EARLIER_PIECES = re.compile(r"(?:£[\d,.]+(?:\s*[mk]\b)?[^£.;]*?(?:,\s*|\s+)(?:and|plus|with)?\s*)+", re.I)


def _piece_of_the_years_sum(rel, drafts: list[_Draft], terms=None) -> None:
    """A figure said to be taken from one year's grant ("£24,000 of the 2025-26 grant had been set aside for an
    evaluation", "£23,480 of the 2024-25 allocation was not spent") is a piece of the sum stated before it for that
    one year (a year's line of a profile, "the 2025-26 grant as £421,600"), keeping that year (README: part); the
    latest such sum of its area stated in words (else in a table) is the whole; none, no change."""
    for d in drafts:
        if d.table or d.role not in ("grant", "part") or d.whole is not None and d.whole.line >= d.line:
            continue
        sentence = next((t for n, t in rel.sentences if n == d.line and d.amount.text in t), "")
        above = [t for n, t in rel.sentences if n == d.line - 1]
        if sentence and re.match(r"\s*(?:and|plus|with)\s+£", sentence) and above and above[-1].rstrip().endswith(","):
            sentence = above[-1].rstrip() + " " + sentence.lstrip()  # (a sentence wrapped onto the next line after a comma)
        at = sentence.find(d.amount.text)
        m = _OF_THE_YEARS_SUM.match(sentence, at + len(d.amount.text)) if at >= 0 else None
        m = m or (_THE_YEARS_SUM_HOLDS.match(sentence[:at]) if at >= 0 and d.role == "part" else None)
        m = m or (_THE_YEARS_SUM_INCLUDED.search(sentence[:at]) if at >= 0 else None)
        # ("Of the 2026/27 Home Office figure, £228,000 is passed to X, and £96,500 to Y": a sentence opening with the
        # year's sum it takes its figures from; the second, past the first, goes on taking from it)
        opened = _OF_THE_YEARS_SUM_OPENS.match(sentence) if at >= 0 and not m else None
        if opened and (at == opened.end() or _ONLY_EARLIER_PIECES.fullmatch(sentence[opened.end() : at])):
            m = opened
        if not m:
            continue
        fy = m.group("fy").replace("/", "-")
        named = _first(terms.get("funder", ()), m.group(0)) if terms else ""  # ("the 2025/26 Home Office figure")
        wholes = [w for w in drafts if w.line < d.line and w is not d and w.period == (fy, fy) and not w.per_year
                  and (w.role == "grant" or w.role == "part" and w.whole is not None and w.whole.period
                       and w.whole.period[0] != w.whole.period[1]  # (a year's line of a profile of several years)
                       or w.role == "part" and w.table and named and w.funder == named)
                  # (or a payer's cell for the year in a table of payers under a TOTAL row: "the 2026/27 Home Office
                  # figure")
                  and w.code in ("", d.code) and w.amount.pence > d.amount.pence and (not named or w.funder == named)
                  ]
        wholes = [w for w in wholes if not w.table] or wholes  # (the sum said in words before a table's cell)
        if not wholes or d.whole is wholes[-1]:
            continue
        w = wholes[-1]
        d.role, d.whole, d.part_of = "part", w, w.line
        d.period = (fy, fy)
        _lend_wholes_payer(d, w)


_YEARLY_AFTER = re.compile(r"[^£,;.]{0,60}?(?:\b(?:in|for) each (?:year\b|of\b)|\ba year\b|\bper (?:year|annum)\b|\beach year\b|"
                           r"\bannually\b|\byearly\b)", re.I)


def _per_year_before_in_all(rel, drafts: list[_Draft]) -> None:
    """A per-year figure printed before its "in all" total in the same sentence ("£84,000 … in each of the three years,
    £252,000 in all"): one part per year of the total's span (README: per-year split; prose pieces in the same
    sentence as an "in all" figure are parts), when the total is exactly the figure times the years of its span."""
    for d in drafts:
        w = d.whole
        if d.per_year or d.table or d.role != "part" or w is None or w.line != d.line or w.start <= d.start \
                or w.role != "total" or not w.period or w.period[0] == w.period[1] or not d.amount.pence:
            continue
        years = int(w.period[1][:4]) - int(w.period[0][:4]) + 1
        if w.amount.pence != d.amount.pence * years or any(x.whole is w and x is not d for x in drafts):
            continue
        sentence = next((t for n, t in rel.sentences if n == d.line and d.amount.text in t and w.amount.text in t), "")
        at = sentence.find(d.amount.text)
        if at < 0 or not _YEARLY_AFTER.match(sentence, at + len(d.amount.text)):
            continue
        d.per_year, d.period = True, None


#: words after a figure paying it in each of the years of a span ("each year", "in each of the two years"), not a
#: rate counting no years ("a year", "per year", "annually": README, "Yearly rates", one fact with period null)
_EACH_YEAR_AFTER = re.compile(r"[^£,;.]{0,60}?\b(?:(?:in |for )?each (?:year\b|of the (?:\w+ )?years\b)|(?<!for )a year\b|per (?:year|annum)\b|annually\b)", re.I)


def _per_year_before_its_sum(rel, drafts: list[_Draft]) -> None:
    """A yearly figure followed in its own sentence by the sum it makes over the years, the two read as the same
    payer's money and the sum unrelated to anything ("£30,000 of my own budget each year - £60,000 over the two
    years", "£25,000 in each year, which comes to £50,000 over the two years"): the yearly figure is one part per year of
    the sum (README: per-year split, a per-year share of its whole), when the sum is exactly the figure times the years
    of its span and no other figure stands between them: "a year" as "each year" ("£298,000 a year, £894,000 over the
    three years"; README, "Yearly rates", ruled in the twenty-fourth session)."""
    for k, d in enumerate(drafts):
        if d.per_year or d.table or d.whole is not None or d.role not in ("grant", "match_funding", "own_funding") \
                or not d.amount.pence or any(x.whole is d for x in drafts):
            continue
        w = next((x for x in drafts[k + 1 :] if x.line == d.line and not x.table and x.start > d.start), None)
        if w is None or w.whole is not None or w.role not in ("grant", "match_funding", "own_funding") \
                or w.funder != d.funder and w.funder_basis == "clause" or not w.period \
                or w.period[0] == w.period[1] or w.per_year or any(x.whole is w for x in drafts):
            continue
        years = int(w.period[1][:4]) - int(w.period[0][:4]) + 1
        if w.amount.pence != d.amount.pence * years:
            continue
        sentence = next((t for n, t in rel.sentences if n == d.line and d.amount.text in t and w.amount.text in t), "")
        at = sentence.find(d.amount.text)
        if at < 0 or not _EACH_YEAR_AFTER.match(sentence, at + len(d.amount.text)):
            continue
        # (the sum is the yearly figure's money over its years: it is that payer's, whatever was lent to it)
        w.role, w.funder, w.funder_basis = d.role, d.funder, d.funder_basis
        d.role, d.whole, d.part_of = "part", w, w.line
        d.per_year, d.period = True, None


#: words before a piece naming one year of a payer's sum by its place in the span: "Of the Home Office money for this
#: first year, £X", "Out of the grant for the second year, £X", "Of the first year's Home Office funding, £X"
_OF_THE_NTH_YEAR_BEFORE = re.compile(
    r"\b(?:of|out of|from)\s+(?:the|this|that|our|its|their)\s+(?:(?P<o>first|second|third|fourth|fifth|final|last)\s+year['’]s?\s+"
    r"(?P<what>[^,£.;]{0,40}?)\s*(?:money|grant|funding|allocation|award)|(?P<what2>[^,£.;]{0,40}?)\s*(?:money|grant|funding|"
    r"allocation|award)\s+for\s+(?:the|this|its|our|their)\s+(?P<o2>first|second|third|fourth|fifth|final|last)\s+year)"
    r"\s*,?\s*(?:(?:up to|about|around|some)\s+)?$", re.I)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


def _piece_of_a_named_years_share(rel, drafts: list[_Draft], terms) -> None:
    """A piece whose words name one year of a sum over several years by its place ("Of the Home Office money for this
    first year, £196,000 goes to …", "Out of the grant for the second year, £X pays for …") is a part of that year's
    share where the share was stated ("£331,900 in 2025-26, and £352,400 in 2026-27"), else of the sum, and is dated
    to that year (README: a part keeps its own year; "the first year" counts from the span's start, not from the
    publication date). The sum is the last one over several years stated before it, of the payer the words name."""
    for d in drafts:
        if d.table or d.role not in ("grant", "part") or any(x.whole is d for x in drafts) or not d.amount.pence:
            continue
        sentence = next((t for n, t in rel.sentences if n == d.line and d.amount.text in t), "")
        at = sentence.find(d.amount.text)
        m = _OF_THE_NTH_YEAR_BEFORE.search(sentence[:at]) if at >= 0 else None
        if not m:
            continue
        payer = _first(terms.get("funder", ()), m.group("what") or m.group("what2") or "")
        wholes = [w for w in drafts if w.line < d.line and w.whole is None and w.role in ("grant", "total")
                  and w.period and w.period[0] != w.period[1] and (w.funder == payer or not payer)
                  and (w.code == d.code or not d.code or not w.code)]
        if not wholes:
            continue
        w = wholes[-1]
        first, last = int(w.period[0][:4]), int(w.period[1][:4])
        word = (m.group("o") or m.group("o2")).lower()
        year = last if word in ("final", "last") else first + _ORDINALS[word] - 1
        if not first <= year <= last:
            continue
        fy = f"{year}-{(year + 1) % 100:02d}"
        # (the year's share stated between the sum and the piece, related to the sum already or not yet)
        share = next((x for x in reversed(drafts) if w.line <= x.line < d.line and x.period == (fy, fy)
                      and x.amount.pence < w.amount.pence and (x.whole is w or x.whole is None and x.role in ("grant", "part")
                                                               and x.funder in (w.funder, ""))), None)
        whole = share or w
        d.role, d.whole, d.part_of = "part", whole, whole.line
        d.period, d.period_basis = (fy, fy), "whole"
        if not d.funder or d.funder_basis != "clause":
            d.funder, d.funder_basis = w.funder, "whole"
        if w.code and d.basis == "release":
            d.code = w.code


#: a list item's label naming the partners as its payer: "local partners", "Partners (housing, probation)", "Partners
#: in the Safer Ashby Partnership", "Partners on the community safety board" (not "Partners' support worker", an item
#: bought for them, nor "Partner support")
_PARTNERS_LABEL = re.compile(r"^\W*(?:the\s+)?(?:(?:local|other|our|delivery|funding|statutory)\s+)?partners\b(?!['’])"
                             r"(?:\s+(?:in|of|on|from)\s+[^:£;]{2,60}|\s*\([^)£]{2,60}\))?\W*$", re.I)
_NAME_COMMA_SUM = re.compile(r"^\s*(?:[-•*–—]|\d{1,2}[.)]|\(?[a-hA-H]\))\s+(?P<label>[^£,;:]{2,60}?)\s*,\s*£")


#: a lead-in saying the list under it is where money came from: "Our income for 2024-25 came to £120,000, made up as
#: follows:", "we received £120,000 in all", "The money comes from:", "funded by:"
_INCOME_LEAD = re.compile(r"\b(?:income|incoming|revenue|receiv(?:e|es|ed|ing)|sources?|(?:comes?|came|coming)\s+from|"
                          r"funded\s+(?:by|from)|raised)\b", re.I)
#: a lead-in saying the list under it is how money is used: "The money is spent as follows:", "costs break down as"
_SPENDING_LEAD = re.compile(r"\b(?:spen[dt]\w*|expenditure|costs?|used|pays?\s+for|goes\s+on|allocated)\b", re.I)
#: a label naming a post or person, not a source of money: "Donations manager (part-time)", "Fundraising officer"
_A_POST = re.compile(r"\b(?:manager|officer|co-?ordinator|worker|lead|assistant|administrator|post|role|salary|"
                     r"director|adviser|advisor)s?\b", re.I)


def _listed_item_funder(line: str, terms, lead: str = "") -> str:
    """The payer a line of a list under a whole names by its label alone: as :func:`_item_funder`, also for a label
    before a comma ("* the Police and Crime Commissioner, £45,000"), for partners ("- local partners: £25,000") and for
    money a charity raises itself ("- Donations and fundraising: £9,400", funder ``partners``)."""
    named = _item_funder(line, terms)
    if named or _first(terms.get("funder", ()), line):
        return named
    m = _NAME_COMMA_SUM.match(line)
    label = list_item_label(line) or (m.group("label") if m else "")
    if not label:
        return ""
    if _PARTNERS_LABEL.match(label):
        return "partners"
    named = _first(terms.get("table_funder", ()), label)
    if not named and _charitys_own_label(label) and _INCOME_LEAD.search(lead) \
            and not _SPENDING_LEAD.search(lead) and not _A_POST.search(label):
        # ("Donations, events and other fundraising ..... £11,236" under an income total: the charity's own money,
        # as a table row so labelled is: README, "Partners' money"; not a line of a list of spending, "The money is
        # spent as follows:" then "- Donations manager (part-time): £12,000", a post paid out of the money)
        return "partners"
    return named


def _lead_in_of(rel, w: _Draft, listed: list[_Draft]) -> str:
    """The words leading into a list under a whole: the whole's line and any lines between it and the list's first
    item ("Our income for 2024-25 came to £120,000, made up as follows:")."""
    first = min((d.line for d in listed), default=w.line)
    return " ".join(rel.line_text(n) or "" for n in range(w.line, max(w.line + 1, first)))


def _breaks_down_an_item(d: _Draft, w: _Draft) -> bool:
    """Whether ``d`` is a piece of another item of the list under ``w``, on that item's line: "- £120,000 from the
    commissioner, £60,000 in each of the two years" (the per-year profile of the item, not a further item)."""
    x = d.whole
    return x is not None and x is not w and getattr(x, "listed_under", None) is w and x.line == d.line


def _other_pieces(drafts: list[_Draft], w: _Draft, listed: list[_Draft]) -> bool:
    """Whether ``w`` has pieces besides the list under it, so that the list is not its whole breakdown. Pieces stated
    after the list that add up to one of its items are that item's breakdown, not more of ``w``'s ("Total income was
    £90,000, made up as follows:" then "Commissioner ...... £60,000" and other rows, then "The Commissioner's grant was
    made up of £45,000 of Home Office money and £15,000 from her own budget")."""
    extra = [x for x in drafts if x.whole is w and x not in listed]
    if not extra:
        return False
    last = max(d.line for d in listed)
    got = sum(x.amount.pence for x in extra)
    return not (len(extra) >= 2 and all(x.line > last for x in extra)
                and any(d.amount.pence == got for d in listed))


def _items_first_figures(listed: list[_Draft]) -> list[_Draft]:
    """The first figure of each listed item, when every later figure on an item is larger than its first, a sum the
    item is a piece of ("- £40,000 of it is this year's share of an £80,000 award"); all of ``listed`` when a later
    figure is no larger, a breakdown of the item itself ("- £60,000 for the group course (£5,000 a month)")."""
    firsts = [d for d in listed if not any(x.line == d.line and x.start < d.start for x in listed)]
    first_of = {d.line: d for d in firsts}
    if any(x not in firsts and x.amount.pence <= first_of[x.line].amount.pence for x in listed):
        return listed
    return firsts


def _listed_pieces_sum_to_whole(rel, drafts: list[_Draft], terms) -> None:
    """The lines of a list under a whole ("… costs £200,000. The money comes from:" then "- £150,000 from the Home
    Office", "(b) £28,000 from the commissioner's own budget") that add up to it exactly are all its parts, whatever
    each line's own role (match or own funding included), each keeping the funder its own words or label name; pieces
    from two or more funders make the whole a total across funders (README: part, "the pieces of a total across
    funders keep the funders their rows or clauses name")."""
    wholes = {id(w): w for d in drafts if (w := getattr(d, "listed_under", None)) is not None}
    for w in wholes.values():
        listed = [d for d in drafts if getattr(d, "listed_under", None) is w and not _breaks_down_an_item(d, w)]
        firsts = _items_first_figures(listed)
        if len(firsts) >= 2 and len(firsts) < len(listed) and sum(d.amount.pence for d in listed) != w.amount.pence \
                and sum(d.amount.pence for d in firsts) == w.amount.pence:
            # the items' own sums, each an item's first figure, add up to the whole; a later figure on an item says
            # what that piece belongs to ("- £40,000 of it is this year's share of an £80,000 award over two
            # years"): other money, no piece of the list's whole
            for x in listed:
                if x not in firsts and x.whole is w:
                    x.whole, x.part_of = None, None
                    x.role = "grant" if x.role == "part" else x.role
            listed = firsts
        if len(listed) < 2 or w.table or any(d.table or d.role in ("total", "context") for d in listed) \
                or any(d.whole is not None and d.whole is not w for d in listed) \
                or _other_pieces(drafts, w, listed) \
                or sum(d.amount.pence for d in listed) != w.amount.pence and not _a_list_said_to_divide(rel, w, listed):
            continue
        for d in listed:
            item_funder = _listed_item_funder(rel.line_text(d.line), terms, _lead_in_of(rel, w, listed))
            if item_funder:  # ("- £40,000 from the council's community safety budget": the item's own words)
                d.funder, d.funder_basis = item_funder, "clause"
        extra = [x for x in drafts if x.whole is w and x not in listed]
        for d in listed:  # (an item a later sentence breaks down into two payers' money is neither's alone: "The
            # Commissioner's grant was made up of £45,000 of Home Office money and £15,000 from her own budget")
            if extra and sum(x.amount.pence for x in extra) == d.amount.pence and len({x.funder for x in extra}) >= 2 \
                    and all(x.funder for x in extra):
                d.funder, d.funder_basis = "", "none"
        funders = {d.funder for d in listed if d.funder}
        if len(funders) > 1:
            w.role, w.funder, w.across = "total", "", True
        added = [d for d in listed if "match_funding" in (d.role, getattr(d, "listed_role", "")) and d.period is None]
        _pieces_of(w, listed)
        for d in added:  # ("- £30,000 that the mayor puts on top of the grant": money
            # added to a grant has the years its own clause gives, none here, not the list's: README, "Money added
            # to a grant")
            d.period, d.period_basis, d.added_years_only = None, "", True


#: words of a grant's line, or of the lead-in under it, saying the list below sets out how it is spent or divided
#: ("… has confirmed how this year's Home Office grant of £345,000 will be used:", "How the money is spent:")
_HOW_IT_IS_SPENT = re.compile(r"\b(?:how|where)\b[^.]{0,80}?\b(?:spent|used|divided|split|allocated|shared|broken down|"
                              r"goes|go|going|breaks? down)\b[^.]*:\s*$", re.I)
#: how far the items of a list said to divide a sum may come to from it and still be its pieces (a list that does not
#: add up is still the division the text gives, and its sum is flagged: README, conflicts ``parts_do_not_sum``)
_NEAR_DIVISION = 0.05


def _a_list_said_to_divide(rel, w: _Draft, listed: list[_Draft]) -> bool:
    """Whether ``listed``, the items of a list under ``w`` that do not add up to it, are still its pieces: the words
    leading into the list (``w``'s line ending in a colon, or a lead-in line under it) say the list sets out how ``w``
    is spent or divided, every item is one grant naming no other area or payer, and the items come to within
    :data:`_NEAR_DIVISION` of ``w``, short of it or over it (a slip in one figure, as the corpus labels read it; items
    coming to far more than it may be more than its division: they stay as they were read)."""
    if w.role != "grant" or any(d.role != "grant" or d.code != w.code or d.funder not in ("", w.funder)
                                or d.line <= w.line for d in listed):
        return False
    first = min(d.line for d in listed)
    lead = [(rel.line_text(n) or "").strip() for n in range(w.line, first)]
    lead = [t for t in lead if t]
    if len(lead) > 2 or any(MONEY_TOKEN.search(t) for t in lead[1:]) or not _HOW_IT_IS_SPENT.search(lead[-1]):
        return False
    got = sum(d.amount.pence for d in listed)
    return 0 < abs(w.amount.pence - got) <= _NEAR_DIVISION * w.amount.pence


def _next_kept_line(rel, number: int) -> int | None:
    """The number of the next line the reader kept after ``number`` (blank lines included): the next list item of an
    HTML definition list whose term, folded into the item, stood on a line of its own."""
    return min((l.number for l in rel.lines if l.number > number), default=None)


def _list_runs(rel, drafts: list[_Draft]) -> list[list[_Draft]]:
    """Runs of two or more list items on consecutive lines ("- £46,000 for …", "2. £30,000 for …"), each stating one
    prose sum read as a grant that is no one's whole or part."""
    runs: list[list[_Draft]] = []
    for d in sorted((d for d in drafts if not d.table), key=lambda d: (d.line, d.start)):
        if runs and runs[-1] and d.line == runs[-1][-1].line:
            runs[-1] = []  # (two sums on one item: not a list of pieces)
            continue
        item = _is_list_line(rel.line_text(d.line) or "") and d.role == "grant" and d.whole is None \
            and not any(x.whole is d for x in drafts)
        if item and runs and runs[-1] and _next_kept_line(rel, runs[-1][-1].line) == d.line:
            runs[-1].append(d)
        else:
            runs.append([d] if item else [])
    return [r for r in runs if len(r) >= 2]


def _list_sums_to_an_earlier_award(rel, drafts: list[_Draft]) -> None:
    """A list of sums under a heading of its own ("Where the extra money goes" then "- £46,000 for …", "- £30,900 for
    …", "- £11,500 for …") that add up exactly to one award stated before it, of the same area and a funder the items
    do not contradict, is that award's breakdown: each item is its part (README: part, "a piece of another stated
    amount"), taking its funder and year when it names none. The latest such award is the whole; none, no change."""
    for run in _list_runs(rel, drafts):
        first = run[0].line
        funders = {d.funder for d in run if d.funder}
        codes = {d.code for d in run if d.code and d.basis not in ("release",)}
        wholes = [w for w in drafts if w.line < first and not w.table and w.whole is None and w.role in ("grant", "total")
                  and not w.shared_by and w.code and w.amount.pence == sum(d.amount.pence for d in run)
                  and not any(x.whole is w for x in drafts) and funders <= {w.funder} and codes <= {w.code}]
        if not wholes and SPENDING_HEADING.search(line_over(rel, first)):
            # a list headed as how the money is spent that comes within a slip of the award before it ("Where it
            # goes:" over items £5,000 short of it, or £500 over) is still its division, and its sum is flagged
            wholes = [w for w in drafts if w.line < first and not w.table and w.whole is None and w.role == "grant"
                      and not w.shared_by and w.code and not any(x.whole is w for x in drafts)
                      and funders <= {w.funder} and codes <= {w.code}
                      and 0 < abs(w.amount.pence - sum(d.amount.pence for d in run)) <= _NEAR_DIVISION * w.amount.pence]
            if len({w.amount.pence for w in wholes}) != 1:
                wholes = []
        if wholes:
            _pieces_of(wholes[-1], run)
            for d in run:
                d.code = d.code or wholes[-1].code


_OF_WHICH_AFTER = re.compile(r"\b[Oo]f (?:which|this|that|it)\b")
#: a figure's pieces opening in brackets just after it ("£1,051,300 (Home Office grant £812,300; …)", "£315,500 in 2025-26
#: (£280,000 from the Home Office and …)"): the words between the figure and the bracket, up to the bracket
_PIECES_IN_BRACKETS = re.compile(r"^[^£()\[\];.]{0,30}?[(\[]")
_OF_THE_BEFORE = re.compile(r"(?:^|[.;:]\s+|\b(?:shows?|showed|says?|said|confirms?|confirmed) that\s+)\W*(?:[Oo]f|[Oo]ut of) (?:the|this|that|its|their|our|his|her)\s+(?:[\w'’-]+\s+){0,2}$")


def _piece_payer(sentence: str, lo: int, start: int, end: int, hi: int, terms) -> str:
    """The payer a piece's own words name: between the last "and" before the figure and the first "and" after it
    (within the figures either side): "… and the commissioner the balance of £40,000" → PCC."""
    before = re.split(r"\band\b|;", sentence[lo:start])[-1]
    after = re.split(r"\band\b|;", sentence[end:hi])[0]
    span = before + sentence[start:end] + after
    return _first(terms.get("funder", ()), span) or _first(terms.get("table_funder", ()), span)


#: money added to a grant or paying for a service from a commissioner's or council's own budget: a whole whose "of which"
#: pieces keep its payer ("The Mayor's fund adds £127,000 to the grant, of which £60,000 buys … and £22,000 …")
_ADDED_MONEY = ("match_funding", "own_funding")


def _bracketed_pieces(tail: str, figures: list[_Draft]) -> list[_Draft]:
    """The figures of ``figures`` (in order, after a whole) inside the brackets that open just after the whole
    (``tail``, the sentence after it): "£640,000 (Home Office grant £500,000; council £90,000; …)"; [] when no
    brackets open there."""
    opening = _PIECES_IN_BRACKETS.match(tail)
    if not opening:
        return []
    closer = ")" if tail[opening.end() - 1] == "(" else "]"
    close = tail.find(closer, opening.end())
    inside = tail[:close] if close >= 0 else tail
    return [x for x in figures if x.amount.text in inside]


def _payers_itemise_most_of(whole: _Draft, pieces: list[_Draft], payers: list[str]) -> bool:
    """Whether bracketed ``pieces`` that do not add up to ``whole`` exactly are still its stated parts: each names a
    payer of its own, two or more payers, and they come within 2% of it ("£1,051,300 (Home Office grant £812,300;
    Commissioner's match funding £160,000; Leicester City Council £74,000)", £5,000 unitemised: parts that do not sum,
    README ``parts_do_not_sum``)."""
    gap = abs(whole.amount.pence - sum(x.amount.pence for x in pieces))
    return all(payers) and len(set(payers)) > 1 and gap * 50 <= whole.amount.pence


def _other_areas_shares(w: _Draft, run: list[_Draft]) -> bool:
    """Whether the figures after ``w`` that add up to it each name an area of their own other than ``w``'s: the
    shares of several areas listed one after another ("Essex takes £500,000 of it, Kent £300,000 and Surrey
    £200,000"), which add up to one of them only by chance (README "Shared awards": each area's share is a part of
    the shared award, not of another area's share)."""
    own = [x.code for x in run if x.code and x.basis in ("clause", "possessive")]
    return bool(w.code) and len(own) == len(run) and all(c != w.code for c in own)


def _of_which_pieces_sum_to_whole(rel, drafts: list[_Draft], terms) -> None:
    """A prose whole followed in its sentence by "of which"/"of this" (or opened by "Of the £X …") and by figures that
    add up to it exactly ("£640,000 …, of which the Home Office pays £600,000 and the commissioner the balance of
    £40,000"): every such figure is its part, each keeping the payer its own words name; pieces from two or more
    payers make the whole a total across funders (README: part, "of which"; total "over several funders")."""
    for w in drafts:
        restated = w.role == "part" and w.whole is not None and w.whole.line < w.line and not w.table
        # ("Your return shows that of the £206,000 paid for 2024-25 you spent £187,360, leaving £18,640": a year's slice
        # of the grant stated before, restated as a sum of its own with its pieces)
        if w.table or w.whole is not None and not restated or w.role not in ("grant", "total", "part", *_ADDED_MONEY) \
                or w.role == "part" and not restated or w.shared_by or not w.amount.pence:
            continue
        sentence = next((t for n, t in rel.sentences if n == w.line and w.amount.text in t), "")
        at = sentence.find(w.amount.text)
        if at < 0:
            continue
        figures = sorted((x for x in drafts if x.line == w.line and x is not w and not x.table
                          and sentence.find(x.amount.text, at + len(w.amount.text)) > 0), key=lambda x: x.start)
        opened = _OF_THE_BEFORE.search(sentence[:at])
        tail = sentence[at + len(w.amount.text):]
        bracketed = _bracketed_pieces(tail, figures) if figures and not opened else []
        figures = bracketed or figures
        if not figures or not (opened or bracketed or _OF_WHICH_AFTER.search(tail.split(figures[0].amount.text)[0])):
            continue
        if any(x.whole is not None and x.whole is not w or x.role not in ("grant", "part", "match_funding", "own_funding")
               or any(y.whole is x for y in drafts) for x in figures) or len(figures) < 2 \
                or any(x.whole is w and x not in figures for x in drafts):
            continue
        places, lo = [], at + len(w.amount.text)
        for x in figures:
            s = sentence.find(x.amount.text, lo)
            places.append((s, s + len(x.amount.text)))
            lo = s + len(x.amount.text)
        payers = []
        for k, x in enumerate(figures):
            lo = places[k - 1][1] if k else at + len(w.amount.text)
            hi = places[k + 1][0] if k + 1 < len(figures) else len(sentence)
            payers.append(_piece_payer(sentence, lo, *places[k], hi, terms))
        if sum(x.amount.pence for x in figures) != w.amount.pence \
                and not (bracketed and _payers_itemise_most_of(w, figures, payers)) or _other_areas_shares(w, figures):
            continue
        for x, payer in zip(figures, payers):
            if payer:
                x.funder, x.funder_basis = payer, "clause"
            elif w.role in _ADDED_MONEY:  # (pieces of added money naming no payer are its payer's)
                x.funder, x.funder_basis = w.funder, "whole"
        if restated:
            if not opened:
                continue
            w.role, w.whole, w.part_of = "grant", None, None
        if len({x.funder for x in figures}) > 1 and all(x.funder for x in figures):
            w.role, w.funder, w.across = "total", "", True
        _pieces_of(w, figures)


def _rest_of_an_earlier_sum(here: list[_Draft], funders: list) -> None:
    """A sentence whose first figure is a piece of a sum stated before it ("… backed by £250,000 in all." then "The
    Home Office pays £200,000 of that, and the council is adding £50,000 from its reserve") goes on listing that sum's
    pieces: its other figures, when with the first they make up the sum exactly, are its pieces too, each keeping the
    payer its own clause names, with the sum's years; pieces of two or more payers make the sum a total across
    funders (README: part, "of which"; total "over several funders"; part takes precedence over match funding)."""
    if len(here) < 2 or here[0].role != "part" or here[0].whole is None or here[0].per_year:
        return
    whole, rest = here[0].whole, here[1:]
    if whole in here or whole.table:
        return
    if any(d.whole is not whole and (d.whole is not None or d.role not in ("grant", "match_funding", "own_funding"))
           or d.per_year or d.shared_by for d in rest):
        return  # (a piece already read as the sum's, its verb left out, is one of them)
    if sum(d.amount.pence for d in here) != whole.amount.pence:
        return
    for before, d in zip(here, rest):
        d.role, d.whole, d.part_of = "part", whole, whole.line
        _lend_period(d, whole.period, "whole")
        named = {f[2] for f in funders if before.start < f[0] < d.start}
        if not d.funder and len(named) == 1:  # ("… and the two councils £80,000 between them": the verb left out)
            d.funder, d.funder_basis = named.pop(), "clause"
    if len(_payers_named(here)) > 1:
        whole.role, whole.funder, whole.across = "total", "", True
    for d in rest:
        _lend_wholes_payer(d, whole)


def _pieces_regroup_under_the_part_they_make(drafts: list[_Draft]) -> None:
    """Pieces of one sentence taken as parts of a whole they do not add up to, whose other parts already add up to it,
    are the parts of the one part of it stated before them that they add up to exactly: "£500,000 … over 2025-26 and
    2026-27. That is £240,000 in 2025-26 and £260,000 in 2026-27. In 2025-26, £180,000 goes to group work and
    £60,000 to partner support" (README: part, "a piece of another stated amount"; the parts of each whole sum to it)."""
    for w in drafts:
        parts = [x for x in drafts if x.whole is w and x.role == "part"]
        for line in sorted({x.line for x in parts if not x.table}):
            group = [x for x in parts if x.line == line and not x.table]
            rest = [x for x in parts if x.line != line]
            if len(group) < 2 or not rest or not _sums_to([x.amount for x in rest], w.amount):
                continue
            made = [p for p in rest if p.line < line and not any(y.whole is p for y in drafts)
                    and _sums_to([x.amount for x in group], p.amount)
                    and (not p.period or all(x.period in (None, p.period) for x in group))]
            if len(made) == 1:
                p = made[0]
                for x in group:
                    x.whole, x.part_of = p, p.line
                    _lend_period(x, p.period, "whole")


def _whole_across_funders(drafts: list[_Draft]) -> None:
    """A prose whole whose parts in its own sentence name two or more funders of their own and sum to it ("£500,000,
    of which £420,000 is Home Office grant and the remaining £80,000 comes from her own budget") is a total across
    funders, with no funder of its own (README: funding_role total, "or over several funders")."""
    for w in drafts:
        if w.role != "grant" or w.table or w.whole is not None or w.shared_by:
            continue
        parts = [x for x in drafts if x.whole is w and x.role == "part"]
        if len(parts) < 2 or any(x.line != w.line for x in parts) or not _sums_to([x.amount for x in parts], w.amount):
            continue
        if len(_payers_named(parts)) > 1 and all(x.funder for x in parts):  # (not payers only lent to them)
            w.role, w.funder = "total", ""


_CARRIED_YEAR = re.compile(r"\b(?:carried|brought|rolled)\s+(?:forward|over)\s+(?:in)?to\s+(?:the\s+)?(?:financial\s+year\s+)?"
                           r"(?P<fy>20\d\d[-/]\d\d)\b|\b(?:carried|rolled)\s+into\s+(?P<fy2>20\d\d[-/]\d\d)\b", re.I)


def _carried_forward_keeps_its_year(rel, drafts: list[_Draft]) -> None:
    """Money of one year carried forward into the next ("£23,480 of the 2024-25 allocation … is carried forward into
    2025-26") is a part of the year it came from: it keeps its whole's one year, not the year it is carried into."""
    for d in drafts:
        w = d.whole
        if d.role != "part" or w is None or w.line >= d.line or not w.period or w.period[0] != w.period[1] or d.table:
            continue
        sentence = next((t for n, t in rel.sentences if n == d.line and d.amount.text in t), "")
        m = _CARRIED_YEAR.search(sentence)
        if not m:
            continue
        into = (m.group("fy") or m.group("fy2")).replace("/", "-")
        if d.period == (into, into) and w.period[0] < into:
            d.period = w.period


#: a sum said to be carried over from before, in the words just around its figure: "£41,500 of the 2024/25 grant carried
#: forward", "£12,650 is carried forward from her 2024-25 budget", "the carried-forward underspend (£18,640)"
_CARRIED_NEAR = re.compile(r"\b(?:carried|brought|rolled)[ -](?:forward|over)\b", re.I)


def _carried_piece_is_its_wholes_year(rel, drafts: list[_Draft]) -> None:
    """A piece of a one-year sum stated in the same sentence that is money carried over from an earlier year ("The grant
    available in 2025/26 is £944,100, made up of … £41,500 of the 2024/25 grant carried forward", "Of the
    Commissioner's £40,000 for 2025-26, £12,650 is carried forward from her 2024-25 budget") is spent in its whole's
    year: the earlier year its words name is where it came from, not its period."""
    for d in drafts:
        w = d.whole
        if d.role != "part" or w is None or w.line != d.line or d.table or not w.period or w.period[0] != w.period[1] \
                or not d.period or d.period == w.period or d.period[1] >= w.period[0]:
            continue
        sentence = next((t for n, t in rel.sentences if n == d.line and d.amount.text in t), "")
        at = sentence.find(d.amount.text)
        if at < 0:
            continue
        lo = max(sentence.rfind("£", 0, at), sentence.rfind(",", 0, at), 0)
        nxt = [i for i in (sentence.find("£", at + len(d.amount.text)), sentence.find(",", at + len(d.amount.text)),
                           sentence.find(";", at + len(d.amount.text))) if i > 0]
        clause = sentence[lo : min(nxt) if nxt else len(sentence)]
        if _CARRIED_NEAR.search(clause):
            d.period = w.period


#: a sentence opening by counting in other payers' money: "Counting the council's and the commissioner's money, …
#: £576,250", "Once the match funding is counted, …", "With both contributions included, …": its figure sums them all;
#: so does one counting the payers themselves ("Counting every payer, that comes to £370,000")
#: (also "With the council's money, the service has £274,600": the sum with another payer's money in it)
#: a bracket after a figure naming two kinds of money it adds up: "£410,000 (grant and match funding together)",
#: "£96,500 (the council's and the board's money combined, 2025-26)"
#: (a kind of money or a payer on each side of the "and": not two years, "(2025-26 and 2026-27 together)", nor two
#: pieces of work, "(for the course and its evaluation combined)", whose sum is one payer's)
_MONEY_KIND = (r"\b(?:grants?|match\w*|funding|money|contributions?|budgets?|precept|top-ups?|councils?|commissioner|"
               r"PCC|OPCC|mayor|Home Office|MoJ|Ministry|board|trust|partners?|foundation|lottery|NHS|ICB)\b")
KINDS_TOGETHER_AFTER = re.compile(rf"\s*\([^()£]{{0,60}}?{_MONEY_KIND}[^()£]{{0,30}}?\b(?:and|plus)\b[^()£]{{0,40}}?"
                                  rf"{_MONEY_KIND}[^()£]{{0,40}}?\b(?:together|combined|in all|in total)\b", re.I)
_COUNTING_OTHERS = re.compile(r"^\W*(?:counting(?: in)?\b[^.;£]{0,80}\b(?:money|funding|contributions?|budgets?|grants?|"
                              r"top-ups?|funders?|payers?|sources?|backers?)\b|"
                              r"(?:once|with|when|if)\b[^.;£]{0,80}\b(?:money|funding|contributions?|"
                              r"budgets?|grants?|top-ups?)\b[^.;£]{0,20}\b(?:is |are )?(?:counted|included|added in)\b|"
                              r"(?:together )?with\b[^.;£]{0,60}\b(?:money|funding|contributions?|top-ups?)\s*,)"
                              r"[^.;£]*$", re.I)


def _counted_totals_across_funders(rel, drafts: list[_Draft]) -> None:
    """A total whose sentence opens by counting in other payers' money ("Counting the council's money, the course
    will have £320,000"), or that adds to its own parts exactly one figure stated before it of another payer (the
    grant before "With the council's £50,000 added, the service has £450,000 in all"), sums more than one funder's
    money: it has no funder (README, funder: "A total across several funders has funder null")."""
    for d in drafts:
        if d.role != "total" or d.table:
            continue
        sentence = next((s for n, s in rel.sentences if n == d.line and d.amount.text in s), "")
        if _COUNTING_OTHERS.search(sentence[: sentence.find(d.amount.text)]) or _sums_another_payers_figure(d, drafts):
            d.funder, d.across = "", True


def _total_of_one_funders_awards(drafts: list[_Draft]) -> None:
    """A prose total naming no payer and summing no parts of its own that is exactly the sum of the separate areas'
    grants stated before it, all one funder's ("Kent gets £400,000 … Surrey gets £300,000 … Between them the two
    areas will receive £700,000 from the fund"), is that funder's money (README: funder; a total is across funders
    only when the figures it sums are several funders')."""
    for k, d in enumerate(drafts):
        if d.role != "total" or d.table or d.funder or getattr(d, "across", False) or any(x.whole is d for x in drafts):
            continue
        grants = [x for x in drafts[:k] if x.role == "grant" and x.whole is None and not x.table and x.code
                  and x.funder and x.line < d.line]
        for funder in {x.funder for x in grants}:
            theirs = [x for x in grants if x.funder == funder]
            # (two or more areas; an area may have a grant a year: "£402,000 for 2026-27 and £389,500 for 2027-28")
            if len({x.code for x in theirs}) >= 2 \
                    and sum(x.amount.pence for x in theirs) == d.amount.pence:
                d.funder, d.funder_basis = funder, "default"


def _total_of_a_grant_and_its_top_up(drafts: list[_Draft]) -> None:
    """A total naming no payer of its own (one only lent it), whose pieces name none either, that is exactly a grant
    stated before it plus the money added to that grant ("the Home Office has offered £166,800 … The commissioner is
    adding £90,000 from her own budget to that grant …" then a list of how the year's money is spent closed by "Total:
    £256,800"), sums two payers' money: it has no funder, nor have its pieces (README, funder: "A total across several
    funders has funder null"; part: "rows that name no funder keep the total's null")."""
    for k, d in enumerate(drafts):
        if d.role != "total" or d.table or not d.funder or d.funder_basis != "default" or getattr(d, "across", False):
            continue
        parts = [x for x in drafts if x.whole is d]
        if parts and any(x.funder_basis not in ("default", "whole", "") for x in parts if x.funder):
            continue
        before = [x for x in drafts[:k] if x.whole is None and not x.table and x.line < d.line and x.code == d.code
                  and x.funder and x.amount.pence < d.amount.pence]
        grants = [x for x in before if x.role == "grant"]
        added = [x for x in before if x.role == "match_funding"]
        if any(g.amount.pence + a.amount.pence == d.amount.pence and g.funder != a.funder and g.line <= a.line
               and (g.period is None or d.period is None or g.period == d.period) for g in grants for a in added):
            d.funder, d.across = "", True
            for x in parts:
                x.funder, x.funder_basis = "", "whole"


def _sums_another_payers_figure(d: _Draft, drafts: list[_Draft]) -> bool:
    """Whether total ``d`` is its parts plus one figure stated before them whose payer none of them has (arithmetic:
    the gap is exactly that figure)."""
    parts = [x for x in drafts if x.whole is d]
    gap = d.amount.pence - sum(x.amount.pence for x in parts)
    if not parts or gap <= 0 or not d.funder:
        return False
    payers = {x.funder for x in parts}
    first = min(drafts.index(x) for x in parts)
    return any(x.amount.pence == gap and x.whole is None and not x.table and x.funder and x.funder not in payers
               and x.role in ("grant", "match_funding", "own_funding") and x.code in ("", d.code)
               and d.line - 3 <= x.line <= d.line for x in drafts[:first])
#: words just before a figure that correct the figure before it in the sentence: "; the correct figure is £24,000",
#: "but the right amount is", "it should have been", "should read"
_CORRECTED_TO = re.compile(r"\b(?:(?:the\s+)?(?:correct|right|actual|true)\s+(?:figure|amount|sum|contribution|total)\s+"
                           r"(?:is|was|should be|should have been)|should (?:have been|read|be))\s+$", re.I)
#: in a correction note, the words giving the right figure: "The correct figure is £32,000", "the right amount is
#: £25,000", "; it is £9,000"
_CORRECTED_FIGURE = re.compile(r"(?:\b(?:correct|right|actual|accurate|true)\s+(?:figure|amount|sum|number|total)\b[^.;£]{0,20}"
                               r"|(?<!\bof )\b(?:it|this|that) (?:is|was|should be|should have been)\s+(?:in fact\s+)?"
                               r"|\bshould (?:have )?(?:read|said|been|be)\s+)$", re.I)


def _corrected_figure_is_the_same_money(rel, drafts: list[_Draft], terms) -> None:
    """A figure given as the correction of an earlier one is the same money: it takes that figure's role, payer and
    area (README: a figure stated and corrected is labelled on each line like any amount), and only its own clause
    gives it a year. The earlier figure is the one before it in its sentence ("which gave the Commissioner's
    contribution as £42,000 in error; the correct figure is £24,000"), or, in a correction note ("Correction: an
    earlier version said the council was adding £23,000. The correct figure is £32,000."), the one before it on the
    note's line, when the words giving the right figure name no payer of their own."""
    for k, d in enumerate(drafts):
        if d.table:
            continue
        sentence = next((t for n, t in rel.sentences if n == d.line and d.amount.text in t), "")
        at = sentence.find(d.amount.text)
        if at < 0:
            continue
        if d.whole is None and _CORRECTED_TO.search(sentence[max(0, at - 60) : at]):
            before = [x for x in drafts if x.line == d.line and x is not d and not x.table and x.whole is None
                      and 0 <= sentence.find(x.amount.text) < at]
            if before:
                x = before[-1]
                d.role, d.funder, d.code, d.basis = x.role, x.funder, x.code or d.code, x.basis if x.code else d.basis
                continue
        if not _CORRECTION_NOTE.match(rel.line_text(d.line)) or not _CORRECTED_FIGURE.search(sentence[:at]) \
                or _first(terms.get("funder", ()), re.split(r"£[\d,.]+(?:\s*(?:m|k|million)\b)?", sentence[:at])[-1]):
            continue
        earlier = [e for e in drafts[:k] if e.line == d.line and not e.table]  # (in reading order: starts are per sentence)
        if earlier:
            e = earlier[-1]
            d.role, d.funder, d.code, d.basis = e.role, e.funder, e.code, e.basis
            d.whole, d.part_of = e.whole, e.part_of


def _superseded_figure_is_the_restated_sum(rel, drafts: list[_Draft]) -> None:
    """In a correction note with two figures, the figure it corrects and the right one ("An earlier version … said the
    package was worth £325,000. The commissioner's office has since given the exact figure as £324,500."), when the
    right one restates a total stated before it, the corrected one is that total too, stated wrongly: the same sum,
    with the same role and payer (README: a figure stated and corrected is labelled on each line as an amount)."""
    for n in sorted({d.line for d in drafts if not d.table}):
        if not _CORRECTION_NOTE.match(rel.line_text(n) or ""):
            continue
        both = [d for d in drafts if d.line == n and not d.table]  # (in reading order: starts are per sentence)
        if len(both) != 2:
            continue
        e, r = both
        if r.role != "total" or e.role != "grant" or e.whole is not None or any(x.whole is e for x in drafts):
            continue
        if any(y.line < n and not y.table and y.role == "total" and y.amount.pence == r.amount.pence for y in drafts) \
                and _close_in_size(e, r, 0.1):
            e.role, e.funder, e.funder_basis = r.role, r.funder, "default"


def _pieces_listed_on_in_the_next_sentences(rel, drafts: list[_Draft]) -> None:
    """A whole whose own sentence begins listing its pieces but leaves some of it unaccounted for ("Of the £900,000,
    £500,000 is the Home Office's grant.") goes on being listed in the sentences straight after it ("Another £150,000
    comes from the county council. That leaves £250,000 from the commissioner's own budget."): their figures, each
    keeping the payer its own words name, are its pieces when with the first they add up to it exactly; pieces of two
    or more payers make it a total across funders (README: part, "of which"; total "over several funders")."""
    order = [(n, t) for n, t in rel.sentences]
    for w in drafts:
        if w.table or w.whole is not None or w.role not in ("grant", "total", *_ADDED_MONEY) or w.shared_by \
                or w.per_year or not w.amount.pence:
            continue
        first = [x for x in drafts if x.whole is w]
        if not first or any(x.line != w.line or x.table for x in first):
            continue
        at = next((k for k, (n, t) in enumerate(order) if n == w.line and w.amount.text in t
                   and all(x.amount.text in t for x in first)), None)
        if at is None:
            continue
        sentence = order[at][1]
        start = sentence.find(w.amount.text)
        tail = sentence[start + len(w.amount.text):]
        if not (_OF_THE_BEFORE.search(sentence[:start]) or _OF_WHICH_AFTER.search(tail.split(first[0].amount.text)[0])):
            continue  # (a sentence saying it breaks the whole down: "Of the £X, …", "£X, of which …"; not "including")
        running, more = sum(x.amount.pence for x in first), []
        for n, t in order[at + 1 : at + 4]:
            if running >= w.amount.pence or not _one_section(rel, w.line, n) or n > w.line + 3:
                break
            here = [x for x in drafts if x.line == n and not x.table and x.amount.text in t and x is not w]
            free = [x for x in here if x.whole is None or x.whole in here]
            loose = [x for x in free if x.whole is None]
            if not loose or any(x.role not in ("grant", *_ADDED_MONEY) or x.per_year or x.shared_by
                                or x.code not in ("", w.code) or any(y.whole is x for y in drafts if y not in here)
                                or x.period_basis == "clause" and x.period != w.period
                                for x in loose) or len(free) != len(here):
                break
            more += loose
            running += sum(x.amount.pence for x in loose)
        if not more or running != w.amount.pence:
            continue
        for x in more:
            x.role, x.whole, x.part_of = "part", w, w.line
            _lend_period(x, w.period, "whole")
            _lend_wholes_payer(x, w)
        pieces = first + more
        if len({x.funder for x in pieces}) > 1 and all(x.funder for x in pieces) and w.funder_basis != "clause" \
                or len({x.funder for x in pieces if x.funder_basis == "clause"}) > 1:
            w.role, w.funder, w.across = "total", "", True


def _earlier_statement_of_a_total_across_funders(drafts: list[_Draft]) -> None:
    """A figure stated with no payer of its own ("The Commissioner's report … gives £714,380 for perpetrator services.")
    that a later sentence states again as a total across funders, with its pieces ("the £714,380 in the July report,
    which is the Home Office grant of £604,380 plus the Commissioner's £110,000"), is that total: the same sum, with no
    one funder (README: total, "over several funders"; a whole stated on another line)."""
    for t in drafts:
        if t.role != "total" or t.funder or t.table or t.whole is not None:
            continue
        if len({x.funder for x in drafts if x.whole is t and x.funder}) < 2:
            continue
        for y in drafts:
            if y.line < t.line and not y.table and y.whole is None and y.role == "grant" and y.code == t.code \
                    and y.amount.pence == t.amount.pence and (not y.funder or y.funder_basis == "default") \
                    and not any(x.whole is y for x in drafts):
                y.role, y.funder, y.funder_basis = "total", "", ""


def _earlier_statement_of_a_table_total_across_areas(drafts: list[_Draft]) -> None:
    """A figure stated in prose with no payer of its own ("Across both years the shared service costs £900,000") that a later table's TOTAL row states again, where that TOTAL sums rows of several areas (each
    commissioner's Home Office and own-budget rows), is that total: the same sum, of no one area and no one funder,
    shared by the areas its rows name (README, "Shared awards": `total` for a sum over several funders)."""
    for t in drafts:
        if t.role != "total" or t.funder or not t.table or t.whole is not None or t.code:
            continue
        rows = [x for x in drafts if x.whole is t]
        areas = set()
        for x in rows:
            areas |= {x.code} if x.code else {c for y in drafts if y.whole is x for c in [y.code] if c}
        if len(areas) < 2:
            continue
        for y in drafts:
            if y.line < t.line and not y.table and y.whole is None and y.role in ("grant", "total") \
                    and y.amount.pence == t.amount.pence and (not y.funder or y.funder_basis == "default") \
                    and (y.period is None or y.period == t.period) and not any(x.whole is y for x in drafts):
                y.role, y.funder, y.funder_basis = "total", "", ""
                y.code, y.basis, y.shared_by = "", "clause", tuple(sorted(areas))


def _one_areas_rows_restated_as_its_contribution(drafts: list[_Draft]) -> None:
    """A prose figure ("The partner commissioner will pay its two-year contribution of £470,000 to …") equal to the sum of
    one area's row totals in a table whose TOTAL row sums several areas' rows (that area's Home Office row, its own-budget
    row and a council's row, each a row total over the years): that area's money from several payers, stated in one
    figure, so a `total` of that area with no one funder over the rows' years (README, "Shared awards": `total` for a sum
    over several funders), whatever other area its sentence names as the payee."""
    for t in drafts:
        if t.role != "total" or t.funder or not t.table or t.whole is not None or t.code:
            continue
        rows = [x for x in drafts if x.whole is t and x.code and x.period and any(z.whole is x for z in drafts)]
        by_area: dict[str, list[_Draft]] = {}
        for x in rows:
            by_area.setdefault(x.code, []).append(x)
        if len(by_area) < 2:
            continue
        for code, mine in by_area.items():
            if len(mine) < 2 or len({x.funder for x in mine}) < 2:
                continue
            sum_ = sum(x.amount.pence for x in mine)
            span = (min(x.period[0] for x in mine), max(x.period[1] for x in mine))
            for y in drafts:
                if y.table or y.whole is not None or y.amount.pence != sum_ or any(x.whole is y for x in drafts) \
                        or y.role not in ("grant", "own_funding", "match_funding", "total") \
                        or (y.period is not None and y.period != span):
                    continue
                y.role, y.funder, y.funder_basis = "total", "", ""
                y.code, y.basis, y.period, y.period_basis = code, "release", span, "parts"


def _pieces_of_a_corrected_figure_go_to_its_first_statement(rel, drafts: list[_Draft]) -> None:
    """Pieces given to a figure stated as the right one in a correction ("… gave the Home Office sum as £445,000; the
    Mayor's office said the right figure is £455,000", then "The Home Office money is profiled as £300,000 … and
    £155,000 …") are pieces of the award itself: of its first statement, the same sum of the same payer stated before
    the correction, which the correction only confirms (README: part, "a piece of another stated amount")."""
    for r in drafts:
        if r.table or r.whole is not None or not _stated_as_the_right_figure(rel, r):
            continue
        first = next((y for y in drafts if not y.table and y.whole is None and y.line < r.line and y.role == r.role
                      and (y.amount.pence, y.funder, y.code) == (r.amount.pence, r.funder, r.code)), None)
        if first is None:
            continue
        for w in (x for x in drafts if x.line == r.line and not x.table and x.whole is None):
            pieces = [x for x in drafts if x.whole is w and x.line > r.line]
            # (pieces given to the figure the note corrects, when they add up to the right one: its pieces too)
            if pieces and (w is r or sum(x.amount.pence for x in pieces) == first.amount.pence):
                for x in pieces:
                    x.whole, x.part_of = first, first.line


def _named_as_the_correct_figure(sentence: str, at: int) -> bool:
    """Whether the words before a figure name it as the correction of the figure stated just before ("The correct
    figure is £352,900", "The correct figure, £241,860, is now in Table 1", "The correct figure, shown in the table,
    is £558,000": an aside set off by commas is passed over)."""
    words = sentence[:at]
    return bool(_CORRECTED_FIGURE.search(words) or _CORRECTED_FIGURE.search(re.sub(r",[^,£.;()]{1,40},", ",", words)))


def _stated_as_the_right_figure(rel, d: _Draft) -> bool:
    """Whether a prose figure's own words give it as the right one against another: "the right figure is £455,000",
    "The correct figure is £32,000", "should have been £24,000"."""
    sentence = next((t for n, t in rel.sentences if n == d.line and d.amount.text in t), "")
    at = sentence.find(d.amount.text)
    return at > 0 and (_named_as_the_correct_figure(sentence[max(0, at - 60) :], min(at, 60))
                       or bool(_CORRECTED_TO.search(sentence[max(0, at - 60) : at])))  # (an aside passed over, as in years)


def _councils_as_recipients(drafts: list[_Draft], blocks: dict[int, str], release_funder: str, terms) -> None:
    """Give the money of councils listed as recipients (:func:`_council_recipient_blocks`) the funder its column heading
    names, else the table's caption or lead-in, else the release's: never the council receiving it; money a council
    was taken to add to a grant is then the funder's grant."""
    for d in drafts:
        if d.line not in blocks or d.role == "context":
            continue
        header = getattr(d, "header", ()) or ()
        head = header[d.start] if d.table and isinstance(d.start, int) and -len(header) <= d.start < len(header) else ""
        named = _first(terms.get("funder", ()), head) or _first(terms.get("table_funder", ()), head) if head else ""
        if named:  # ("| Council | Home Office | Council match |": the column says whose money each cell is)
            if named != "local authority" and d.funder == "local authority":
                d.funder = named
                d.role = "grant" if d.role == "match_funding" else d.role
            continue
        if d.funder in ("", "local authority"):
            if blocks[d.line]:  # (the column heading, caption or lead-in of the councils' list names the payer)
                d.funder, d.funder_basis = blocks[d.line], "clause"
            elif d.funder == "local authority":
                d.funder, d.funder_basis = release_funder, "default"
            if d.role == "match_funding":
                d.role = "grant"


#: the words before a figure naming it a share of a sum stated before: "Sefton Council's share of that grant is ",
#: "the town's part of the first year's money is "
_SHARE_OF_BEFORE = re.compile(r"['’]s?\s+(?:share|part|portion|slice)\s+of\s+(?:the|that|this|its|their|our|his|her)\s+"
                              r"(?P<what>(?:[\w'’-]+\s+){0,4}?)(?:grant|award|allocation|money|funding|sum|total)\s+"
                              r"(?:is|was|will be|comes to|came to|amounts to)\s+(?:the\s+)?(?:about\s+|around\s+)?$", re.I)
#: the words before a figure naming an area's sum as what holds it: "Humberside's allocation includes £96,000 for …",
#: "Its share of the round contains £40,000 for …", "Kent's grant has £25,000 set aside for …" (the subject a sum, the verb
#: one of holding, the figure its object)
#: a comparison straight after a figure: "£25,000 more than last year's", "£5,000 less", "£2,000 fewer"
_MORE_OR_LESS_AFTER = re.compile(r"\s+(?:more|less|fewer|extra|above|below|higher|lower)\b", re.I)
_SUM_HOLDS_BEFORE = re.compile(r"(?:['’]s?|\b(?:its|their))\s+(?P<what>(?:[\w'’-]+\s+){0,3}?)(?:share|grant|award|allocation)"
                               r"(?:\s+of\s+(?:the|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?:round|fund|money|pot))?\s+"
                               r"(?:(?:also|already)\s+)?(?:includes?|included|contains?|contained|holds?|held|has|had|covers?|"
                               r"set aside|sets aside|earmarks?|earmarked)\s+(?:(?:up to|about|around|some)\s+)?$", re.I)
#: the same with the area after the sum: "The allocation for North Wales includes up to £23,500 for …", "The grant to
#: Kent has £25,000 set aside for …"
_SUM_FOR_AN_AREA_HOLDS_BEFORE = re.compile(
    r"\bthe\s+(?P<what>(?:[\w'’-]+\s+){0,3}?)(?:share|grant|award|allocation)\s+(?:for|to)\s+"
    r"(?-i:(?:[A-Z][\w'’-]*\s+){1,3})(?:(?:also|already)\s+)?(?:includes?|included|contains?|contained|holds?|held|"
    r"has|had|covers?|set aside|sets aside|earmarks?|earmarked)\s+(?:(?:up to|about|around|some)\s+)?$", re.I)
#: the words after a figure naming the stated sum it is taken from: "£60,000 of its allocation", "£13,750 of the
#: council's match funding", "£210,000 of the two-year award", "£40,000 of the county's share", "£40,000 of Cumbria's
#: share" (not "of its own budget": the payer's own money; a name's possessive is capitalised, not "of last year's")
_OF_A_SUM_AFTER = re.compile(r"\s+(?:out\s+)?of\s+(?:the|that|this|its|their|our|his|her|(?-i:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s))\s+"
                             r"(?P<what>(?:(?!own\b)[\w'’-]+\s+){0,3}?)(?P<noun>grant|award|allocation|share|match funding|funding)\b", re.I)
#: the words after a figure saying it is an area's share: "The £246,000 offered to this council is Herefordshire's share"
_IS_A_SHARE_AFTER = re.compile(r"[^£.;]{0,50}?\b(?:is|was|are|were)\s+(?:[\w'’-]+['’]s?|its|their)\s+(?:share|part|portion)\b"
                               r"(?!\s+of\b)", re.I)
#: a sentence opening by saying the figure before is a part of the one it gives: "That is the County Council's part of "
_PART_OF_THIS = re.compile(r"^\W*(?:that|this|it|which)\s+(?:is|was|are|were|represents|forms|makes up)\s+"
                           r"(?:[\w'’-]+\s+){0,4}?(?:part|share|portion|slice)\s+of\s+(?:the\s+)?$", re.I)
_NTH_YEARS = re.compile(r"\b(?P<n>first|second|third|fourth|fifth) year['’]s\b", re.I)
_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4}


def _pieces_said_of_an_earlier_sum(rel, drafts: list[_Draft], terms) -> None:
    """A figure whose own words make it a share or piece of a sum stated before it, in another sentence or a table
    ("Sefton Council's share of that grant is £117,300", "North Wales has set aside £60,000 of its allocation", "£13,750
    of the council's match funding", "The £246,000 offered to this council is Herefordshire's share") is a part of the
    latest such sum of its area (of the funder its words name; of one year's part when they name the year: "share of
    the first year's money"), keeping that sum's payer and, with none of its own, its years (README: part). And a
    sentence opening "That is the council's part of £1,226,000 …" makes the one figure just before it a part of that
    sum."""
    for k, d in enumerate(drafts):
        # (a piece first read as a share of an award several areas share, which its words give to one area's
        # allocation: "The allocation for Gwent includes up to £18,400" under a table of the areas' shares)
        of_shared = d.whole is not None and d.role == "part" and bool(d.whole.shared_by) and bool(d.code) \
            and not d.whole.code and not d.table
        if d.table or d.whole is not None and not of_shared \
                or d.role not in ("grant", "match_funding", "own_funding") and not of_shared or d.per_year \
                or d.shared_by or not d.amount.pence or any(x.whole is d for x in drafts):
            continue
        sentence = next((t for n, t in rel.sentences if n == d.line and d.amount.text in t), "")
        at = sentence.find(d.amount.text)
        if at < 0:
            continue
        if of_shared and not (_SUM_HOLDS_BEFORE.search(sentence[max(0, at - 120) : at])
                              or _SUM_FOR_AN_AREA_HOLDS_BEFORE.search(sentence[max(0, at - 120) : at])):
            continue
        before = _SHARE_OF_BEFORE.search(sentence[max(0, at - 120) : at]) or ((
            _SUM_HOLDS_BEFORE.search(sentence[max(0, at - 120) : at])
            or _SUM_FOR_AN_AREA_HOLDS_BEFORE.search(sentence[max(0, at - 120) : at]))
            if not _MORE_OR_LESS_AFTER.match(sentence, at + len(d.amount.text)) else None)
        # ("Durham's grant has £40,000 set aside for training"; not "The council's grant has £25,000 more than last
        # year's": a difference, no piece)
        after = None if before else _OF_A_SUM_AFTER.match(sentence, at + len(d.amount.text))
        share = None if before or after else _IS_A_SHARE_AFTER.match(sentence, at + len(d.amount.text))
        back = _PART_OF_THIS.match(sentence[:at]) if not (before or after or share) else None
        if back:
            pieces = [x for x in drafts[:k] if x.line >= d.line - 2 and not x.table]
            y = pieces[-1] if pieces else None
            if y is not None and y.whole is None and y.role in ("grant", "match_funding", "own_funding") \
                    and y.amount.pence < d.amount.pence and y.code in ("", d.code) and not y.per_year \
                    and not any(x.whole is y and x.line <= d.line for x in drafts) \
                    and y.funder in ("", d.funder):
                y.role, y.whole, y.part_of = "part", d, d.line
                _lend_wholes_payer(y, d)
                y.code = y.code or d.code
            continue
        if not (before or after or share):
            continue
        what = (before or after).group("what") if (before or after) else ""
        named = _first(terms.get("funder", ()), what) or _first(terms.get("table_funder", ()), what) if what.strip() else ""
        matched = bool(after and after.group("noun").lower() == "match funding" or re.search(r"\bmatch\b", what, re.I))
        wholes = [w for w in drafts[:k] if w.amount.pence > d.amount.pence and (
                      w.whole is None and w.role in ("grant", "total", "match_funding", "own_funding") and not w.per_year
                      or w.table and w.role == "part")
                  and (w.code == d.code if d.code else w.line >= d.line - 3)
                  and (not named or w.funder == named)
                  and (not matched or w.role == "match_funding" or w.table and re.search(r"\bmatch", rel.line_text(w.line), re.I))
                  and (matched or w.role != "match_funding" and not (w.table and w.role == "part" and not (
                      before and any(x.whole is w for x in drafts))))]
        # (an area's row total in a two-way table, the sum of its year cells, is the area's allocation a later
        # "The allocation for X includes up to £Y" takes its piece from)
        if not d.code:
            wholes = wholes[-1:]
        # (the sum of the figure's own year, else one stated with years: a table's row for the year rather than the same
        # match funding stated in prose with none)
        wholes = [w for w in wholes if w.period == d.period] or wholes if d.period else \
            [w for w in wholes if w.period] or wholes
        if not wholes or not (w := wholes[-1]).code and not w.shared_by:
            continue
        years_own = [x for x in drafts[:k] if x.whole is w and x.period and x.period[0] == x.period[1] and not x.table]
        if re.fullmatch(r"year['’]s", what.strip(), re.I) and len(years_own) == 1:
            w = years_own[0]  # "£318,400 of the year's grant" after "£455,600 in 2025-26, the first year of a two-year
            # award of £903,200": the one year's money stated, not the award
        nth = _NTH_YEARS.search(what)
        if nth:
            years = sorted((x for x in drafts if x.whole is w and x.period and x.period[0] == x.period[1]),
                           key=lambda x: x.period)
            if len(years) > _NTH[word_key(nth.group("n"))]:
                w = years[_NTH[word_key(nth.group("n"))]]
        d.role, d.whole, d.part_of = "part", w, w.line
        if named:  # "£24,000 of the Home Office grant": the payer its own words name
            d.funder, d.funder_basis = named, "clause"
        elif (before or share) and w.funder:
            d.funder, d.funder_basis = w.funder, "whole"  # (the body a share is of receives it: the sum's payer pays it)
        else:
            _lend_wholes_payer(d, w)
        d.code, d.basis = (d.code, d.basis) if d.code else (w.code, w.basis)
        _lend_period(d, w.period, "whole")


#: a sentence opening on the payer's sum it breaks down, with no figure of its own: "Of the Home Office grant, ",
#: "Out of the council's money, ", "Of the commissioner's 2025-26 allocation, "
_OF_A_PAYERS_SUM_OPENS = re.compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:of|out of) the (?P<what>(?:[\w'’-]+\s+){1,4}?)"
                                    r"(?:grant|money|funding|allocation|award|contribution)\s*,[^£.;:]{0,60}$", re.I)


#: a payer's money named earlier in a figure's sentence, with no figure between: "… said the Home Office money came in
#: four payments, and that " (before "£5,000 of it …"); not "the grant of", "the money from"
_PAYERS_MONEY_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?P<what>(?:[\w'’-]+\s+){1,4}?)(?:grant|money|funding|allocation|"
                                  r"award|contribution)\b(?!\s+(?:of|from|by|to)\b)[^£.;]*$", re.I)
#: the words after a piece saying it is of the sum named before it: "£5,000 of it", "£2,000 of that"
_OF_IT_AFTER = re.compile(r"\s+of\s+(?:it|this|that)\b(?!\s+(?:report|paper|section|table|letter))", re.I)


def _pieces_of_a_payers_sum_named_first(rel, drafts: list[_Draft], terms) -> None:
    """A sentence opening on a payer's sum it names but does not restate ("Of the Home Office grant, £262,000 pays …
    and a further £54,600 funds …") breaks down the latest sum of that payer stated before it, in prose or as a table's
    row: its figures, coming to no more than that sum, are its parts, with its payer, years and area (README: part)."""
    for n, t in rel.sentences:
        here = sorted((x for x in drafts if x.line == n and not x.table and x.amount.text in t),
                      key=lambda x: t.find(x.amount.text))
        if not here:
            continue
        opening = _OF_A_PAYERS_SUM_OPENS.match(t[: t.find(here[0].amount.text)])
        of_it = False
        if not opening and len(here) == 1 and _OF_IT_AFTER.match(t, t.find(here[0].amount.text) + len(here[0].amount.text)):
            # ("The council's money came in two payments, and £3,000 of it was unspent at the year's end": a piece of
            # the payer's money its sentence has named before it, by "of it")
            opening = of_it = _PAYERS_MONEY_BEFORE.search(t[: t.find(here[0].amount.text)])
        if not opening:
            continue
        named = _first(terms.get("funder", ()), opening.group("what")) or _first(terms.get("table_funder", ()), opening.group("what"))
        if not named or any(x.whole is None and x.role not in ("grant", *_ADDED_MONEY) or x.per_year or x.shared_by
                            or any(y.whole is x for y in drafts) for x in here):
            continue
        total = sum(x.amount.pence for x in here)
        wholes = [w for w in drafts if w.line < n and w.line >= n - 12 and w.funder == named and w.amount.pence >= total
                  and (w.whole is None and w.role in ("grant", *_ADDED_MONEY) or w.table and w.role == "part")
                  and not w.per_year and not w.shared_by and all(x.code in ("", w.code) for x in here)
                  and not (of_it and w.funder_basis == "default")]  # (by "of it", a sum its own words say is the payer's)
        if not wholes:
            continue
        w = wholes[-1]
        if any(x.whole is not None and x.whole is not w for x in here):
            continue  # (a figure already read as a piece of another sum)
        if any(x.period_basis == "clause" and x.period != w.period for x in here):
            continue
        for x in here:
            x.role, x.whole, x.part_of = "part", w, w.line
            x.funder, x.funder_basis = w.funder, "whole"
            x.period, x.period_basis = (w.period, "whole") if w.period else (x.period, x.period_basis)
            if w.code and x.basis in ("", "none", "release"):
                x.code, x.basis = w.code, w.basis


#: the words before a figure naming it a budget: "on a net budget of ", "The budget for these services in 2025-26 is ",
#: "the 2025-26 budget of " (not a payer's own budget: "from her own budget", "the policing budget")
_BUDGET_OF = re.compile(r"\bbudget\s+(?:(?:for|of)\s+(?!£)[^£.;]{1,50}?\s+)?(?:of|is|was|will be|totals?|totalled|comes to|"
                        r"stands at)\s+(?:about\s+|around\s+)?$", re.I)
_PAYERS_BUDGET = re.compile(r"\b(?:own|policing|police|commissioner['’]s|mayor['’]s|council['’]s|his|her|its|their|my)\s+"
                            r"(?:[\w'’-]+\s+)?budget\b", re.I)


def _budgets_are_totals(rel, drafts: list[_Draft], terms) -> None:
    """A prose figure named a budget ("a forecast underspend … on a net budget of £4,118k", "The budget for these
    services in 2025-26 is £582,500") whose own sentence names no payer is the sum of what pays for those services:
    a ``total`` with no funder of its own (README: total; a total across several funders has funder null), not the
    release's funder's grant, unless pieces stated for it are all one funder's money ("the 2025-26 budget for the
    service is £369,750, including £34,250 carried forward": that funder's grant)."""
    for d in drafts:
        if d.table or d.role != "grant" or d.whole is not None or d.per_year or d.shared_by or not d.amount.pence:
            continue
        sentence = next((t for n, t in rel.sentences if n == d.line and d.amount.text in t), "")
        at = sentence.find(d.amount.text)
        if at < 0 or not _BUDGET_OF.search(sentence[max(0, at - 90) : at]) \
                or _PAYERS_BUDGET.search(sentence[max(0, at - 90) : at]) or _first(terms.get("funder", ()), sentence):
            continue
        mine = [x for x in drafts if x.whole is d]
        if mine and len({x.funder for x in mine}) == 1:
            continue
        d.role, d.funder, d.across = "total", "", True


def _shares_past_a_full_shared_award(drafts: list[_Draft]) -> None:
    """Figures read as shares of an award made jointly to several areas, stated on lines after shares that already add
    up to it exactly ("CLEVELAND and DURHAM: £618,900 between them … Cleveland's share is £301,200 and Durham's is
    £317,700", then "DURHAM – £295,400 for its own services"), are not more of its shares: each is that area's money
    of its own, a grant (README: part, "a piece of another stated amount"; shared awards)."""
    for w in drafts:
        if not w.shared_by or w.role not in ("grant", "total") or w.table:
            continue
        parts = [x for x in drafts if x.whole is w and not x.table]
        running = 0
        for i, x in enumerate(parts):
            running += x.amount.pence
            if running == w.amount.pence:
                for y in parts[i + 1:]:
                    if y.line > x.line and y.role == "part":
                        y.role, y.whole, y.part_of = "grant", None, None
                break


_ADDED_ROLES = ("match_funding", "own_funding")


def _added_money_stated_as(rel, d: _Draft, drafts: list[_Draft]) -> _Draft | None:
    """The statement elsewhere in the release of the same sum, in the same area, as money added to a grant or the
    commissioner's own (or as a year's piece of such money), that a figure read as a bare grant restates; None when
    there is none or the statements disagree about what it is."""
    same = [x for x in drafts if x is not d and x.line != d.line and x.amount.pence == d.amount.pence
            and (x.code == d.code or not x.code or not d.code)]
    added = [x for x in same if x.whole is None and x.role in _ADDED_ROLES
             or x.role == "part" and x.whole is not None and x.whole.role in _ADDED_ROLES
             or _row_of_added_money(rel, x)]
    if not added or any(x.whole is None and x.role == "grant" and x.funder_basis == "clause" for x in same):
        return None
    kinds = {_kind_of_added_money(rel, x) for x in added}
    return added[0] if len(kinds) == 1 else None


#: a table row's label saying its money is added to a grant: "Council top-up to the perpetrator grant", "X Council
#: (match)", "Match funding: Y Council", "added to the grant"
_ADDED_ROW = re.compile(r"\b(?:match(?:ed|ing)?|top(?:ped|ping)?[- ]?ups?|added to|on top of)\b", re.I)


def _row_of_added_money(rel, x: _Draft) -> bool:
    """Whether ``x`` is a piece in a row of a table or list (a line of its own, its only figure, or a table's row)
    whose own label calls its money added to a grant (match funding or a top-up) by a payer who can add to one (a
    council, the commissioner, partners): README, match_funding."""
    if x.role != "part" or x.funder not in ("local authority", "PCC", "partners"):
        return False
    line = rel.line_text(x.line) or ""
    if not x.table and len(MONEY_TOKEN.findall(line)) != 1:
        return False
    header = getattr(x, "header", ()) or ()
    column = header[x.start] if x.table and isinstance(x.start, int) and -len(header) <= x.start < len(header) else ""
    if x.table and _ADDED_ROW.search(column or ""):
        return True  # (a column headed "Commissioner or mayor match (£000)")
    return bool(_ADDED_ROW.search(MONEY_TOKEN.sub(" ", line)))


def _kind_of_added_money(rel, x: _Draft) -> tuple[str, str]:
    """The role and payer of money stated as added to a grant (its whole's, for a piece of such money)."""
    if _row_of_added_money(rel, x):
        return "match_funding", x.funder
    return (x.role if x.whole is None else x.whole.role, x.funder if x.whole is None else x.whole.funder)


def _restated_added_money_keeps_its_role(rel, drafts: list[_Draft]) -> None:
    """A figure whose own clause names neither payer nor what the money is, read as a grant, that restates a sum the
    release states elsewhere as match or own funding, is that money again and keeps its role and payer (README:
    match_funding, own_funding; "Payer said once"): "The Board approved the council's top-up of £30,000 …" then
    "The summary gives the top-up as £30,000", or "The £36,000 a year is already in the budget" after "the council adds
    £36,000 a year to the grant". A correction's superseded figure on the same line ("the page gave the contribution as
    £40,000; the correct figure is £50,000") is that money too, stated wrongly, and goes with it."""
    for d in drafts:
        if d.role in _ADDED_ROLES and d.whole is None and not d.table:
            wrong = _figure_it_corrects(rel, d, drafts)  # (the right figure already read as the added money it restates)
            if wrong is not None:
                wrong.role, wrong.funder, wrong.funder_basis = d.role, d.funder, "default"
            if d.role == "match_funding":
                continue
        if d.role not in ("grant", "own_funding") or d.whole is not None or d.table or d.shared_by or not d.amount.pence:
            continue
        x = _added_money_stated_as(rel, d, drafts)
        if x is None:
            continue
        role, funder = _kind_of_added_money(rel, x)
        if d.role == "own_funding" and (role != "match_funding" or funder != "PCC"):
            continue  # (the commissioner's own money stated again as the match funding a table gives it)
        if d.funder_basis == "clause" and (d.funder not in ("", funder) or not _that_payers_known_money(rel, d, drafts, funder)):
            continue  # (a payer named in its own clause makes it that payer's money, whatever its size, unless the
            # words point back to money of that payer's already stated)
        wrong = _figure_it_corrects(rel, d, drafts)
        for y in [d] + ([wrong] if wrong is not None else []):
            y.role = role
            y.funder, y.funder_basis = funder, "default"


#: words just before a figure pointing back to money already stated: "The £36,000 a year", "its £45,000", "the
#: County Council's £30,000"
_KNOWN_MONEY_BEFORE = re.compile(r"(?:\b(?:the|its|their|his|her|our|my|this|that)|['’]s)\s+$", re.I)


def _that_payers_known_money(rel, d: _Draft, drafts: list[_Draft], payer: str) -> bool:
    """Whether a figure whose own clause names its payer points back to money of that payer's stated before: its own
    words do ("the council's £36,000", "its £45,000 a year"), or its line also states that payer's added money, as a
    note giving one sum two ways does ("the summary gives the council's top-up as £30,000. The Board approved £35,000")."""
    sentence = next((t for n, t in rel.sentences if n == d.line and d.amount.text in t), "")
    at = sentence.find(d.amount.text)
    if at >= 0 and _KNOWN_MONEY_BEFORE.search(sentence[:at]):
        return True
    return any(x is not d and x.line == d.line and not x.table and x.whole is None and x.role in _ADDED_ROLES
               and x.funder == payer for x in drafts)


def _figure_it_corrects(rel, d: _Draft, drafts: list[_Draft]) -> _Draft | None:
    """The bare grant before ``d`` on its line that ``d``, given as the right figure, corrects ("this line was shown as
    £88,000; £90,000 is correct"); None when ``d`` is not given as the right figure or no such figure stands before it."""
    if not (_stated_as_the_right_figure(rel, d) or _said_correct_after(rel, d)):
        return None
    before = [y for y in drafts[: drafts.index(d)] if y.line == d.line and not y.table and y.whole is None
              and y.amount.pence != d.amount.pence]  # (in reading order: starts are per sentence)
    y = before[-1] if before else None
    return y if y is not None and y.role == "grant" and (y.funder_basis != "clause" or y.funder in ("", d.funder)) else None


#: words after a figure that give it as the right one: "£90,000 is correct", "£50,000 is the right figure"
_CORRECT_AFTER = re.compile(r"\s+(?:is|was)\s+(?:(?:the\s+)?(?:correct|right|accurate)\b)", re.I)


def _said_correct_after(rel, d: _Draft) -> bool:
    """Whether the words after a prose figure give it as the right one ("and £90,000 is correct")."""
    sentence = next((t for n, t in rel.sentences if n == d.line and d.amount.text in t), "")
    at = sentence.find(d.amount.text)
    return at >= 0 and bool(_CORRECT_AFTER.match(sentence, at + len(d.amount.text)))


def _restated_total_across_funders(drafts: list[_Draft]) -> None:
    """A figure of the same size as a total across funders stated elsewhere (a sum whose pieces name two or more
    payers), read as one payer's money with no pieces of its own, restates that total (README: total, "over several
    funders"; a whole stated on another line): "I approve the funding commitment of £1,164,300 set out in this record"
    after "£1,164,300 …, of which £912,300 is Home Office grant and £252,000 comes from her own budget"."""
    packages = [t for t in drafts if t.role == "total" and not t.funder and t.whole is None and not t.shared_by
                and len(_payers_named([x for x in drafts if x.whole is t])) > 1]
    for d in drafts:
        if d.role not in ("grant", "own_funding") or d.whole is not None or d.table or d.shared_by \
                or any(x.whole is d for x in drafts):
            continue
        if any(t is not d and t.amount.pence == d.amount.pence and t.code == d.code for t in packages):
            d.role, d.funder, d.funder_basis = "total", "", ""


#: a pair or list of figures in brackets and nothing else: "(£310,000 and £335,000)", "(£40,000, £42,000 and £45,000)"
_BRACKETED_FIGURES = re.compile(r"\(\s*(?P<figures>£[\d,.]+(?:\s*(?:k|m|million)\b)?(?:\s*(?:,|and|&|,\s*and)\s*£[\d,.]+"
                                r"(?:\s*(?:k|m|million)\b)?)+)\s*\)", re.I)


def _bracketed_pieces_split_the_span_by_year(rel, drafts: list[_Draft]) -> None:
    """A sum over several financial years followed, after its years and in brackets, by as many figures as it has
    years and nothing else ("gave Kent £645,000 across 2023-24 and 2024-25 (£310,000 and £335,000)") splits it by
    year, in the years' order: each bracketed piece is the one year's part (README: part, a per-year split), not a
    piece over the whole span.  Figures that do not add up to the sum, or a bracket holding words ("(£310,000 for the
    course and £548,000 for support)"), are left as read."""
    for w in drafts:
        if w.table or w.whole is not None or w.role not in ("grant", "total") or not w.period \
                or w.period[0] == w.period[1]:
            continue
        pieces = [x for x in drafts if x.whole is w and x.line == w.line and not x.table]
        first, last = int(w.period[0][:4]), int(w.period[1][:4])
        if len(pieces) < 2 or len(pieces) != last - first + 1 or any(x.period != w.period for x in pieces) \
                or sum(x.amount.pence for x in pieces) != w.amount.pence:
            continue
        line = rel.line_text(w.line) or ""
        m = re.search(re.escape(w.amount.text) + r"(?P<gap>[^£()]{0,60}?)" + _BRACKETED_FIGURES.pattern, line, re.I)
        if not m or not find_periods(m.group("gap")):
            continue
        printed = re.findall(r"£[\d,.]+(?:\s*(?:k|m|million)\b)?", m.group("figures"), re.I)
        ordered = sorted(pieces, key=lambda x: x.start)
        if [x.amount.text for x in ordered] != printed:
            continue
        for k, x in enumerate(ordered):
            x.period, x.period_basis = (_fy_text(first + k),) * 2, "whole"

