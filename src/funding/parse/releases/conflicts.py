"""Discrepancies a release carries within itself or against its date: :func:`release_conflicts`.
"""

from __future__ import annotations

from funding.core import patterns as re
from collections import Counter

from funding.core.money import MONEY_TOKEN
from funding.reference.register import normalise_name, place_aliases, register
from funding.parse.releases.records import LocalAward, PreparedRelease, ReleaseConflict
from funding.parse.releases.places import find_areas
from funding.parse.releases.periods import _MONTHS, financial_year, find_periods, word_key
from funding.parse.releases.text import _CORRECTION_NOTE, SPENDING_HEADING, line_over
from funding.parse.releases.vocabulary import _first, _terms


def _pounds(pence: int) -> str:
    from funding.core.money import format_pounds

    return format_pounds(pence)


_FULL_FIGURE = re.compile(r"£\d{1,3}(?:,\d{3})+(?:\.\d{2})?")
_PLACE_WORDS = re.compile(r"\b(?:for|to|across|in) the (?:county|city|borough|district)\b", re.I)
_QUARTER = re.compile(r"\b(?:last|first|second|third|fourth|final|previous) quarter\b[^.]{0,40}?\(?(?P<m1>"
                      + "|".join(_MONTHS) + r")(?:\s+20\d{2})?\s+(?:to|-|–)\s+(?P<m2>" + "|".join(_MONTHS) + r")", re.I)


def release_conflicts(rel: PreparedRelease, awards, outcomes, published: str = "") -> tuple[ReleaseConflict, ...]:
    """Discrepancies a researcher wants flagged inside one release.

    * ``parts_do_not_sum`` / ``parts_sum_to_total``: a stated total against the sum of its stated parts;
    * ``round_differs_within_release``: the grant in one year and the match funding said to go with it in another;
    * ``period_after_publication``: money said to come "in" a year that had not begun when the release was
      published (a June 2022 release: "secured … in 2023-24"); "for" or "from" a later year is a plan, not flagged;
    * ``place_narrower_than_award``: the area-wide award said to be "for the county" in a release
      about one place inside the force area (Rutland, in Leicester, Leicestershire and Rutland);
    * ``period_words_disagree``: a named quarter whose months are not three ("January to April").
    """
    out: list[ReleaseConflict] = []
    sid, area = rel.source_id, rel.area
    by_line = {a.source_line: a for a in awards}
    # totals against their parts
    wholes: dict[int, list[LocalAward]] = {}
    parts: dict[int, list[LocalAward]] = {}
    for a in awards:
        if a.funding_role == "part" and a.part_of_line is not None:
            parts.setdefault(a.part_of_line, []).append(a)
    for a in awards:
        if a.funding_role == "total" or a.funding_role == "grant" and a.shared_by and any(
                p.pfa_code in a.shared_by for p in parts.get(a.source_line, ())):
            # (one award made jointly to several areas is a grant, and its stated per-area shares divide it as a
            # total's parts do)
            wholes.setdefault(a.source_line, []).append(a)
        elif a.funding_role == "part" and a.part_of_line != a.source_line and any(
                p.source_line == a.source_line and p.part_of_pence in (None, a.amount.pence)
                for p in parts.get(a.source_line, ())) and not (
                # (one instalment repeated, "For 2025-26 we will pay £176,000, in four quarterly instalments of £44,000",
                # is no sum of the year's figure: a year's part with one piece of its own is not checked against it)
                len([p for p in parts.get(a.source_line, ()) if p.source_line == a.source_line]) == 1
                and _INSTALMENTS.search(rel.line_text(a.source_line))) and not any(
                w.source_line == a.source_line and w.funding_role in ("total", "grant", "match_funding", "own_funding")
                for w in awards):
            # a two-way table's row total: a part of the TOTAL row, and the whole of its own row's cells
            wholes.setdefault(a.source_line, []).append(a)
    for line, totals in sorted(wholes.items()):
        ps = parts.get(line, [])
        if not ps:
            continue
        groups = [(t, ps) for t in totals]
        # a sum shared by named areas whose stated shares leave out some of them, the rest said to be unsettled
        # ("Kent takes £271,400 and Essex's share is £198,350; how much of the remainder Surrey keeps is not settled"):
        # the shares are not all its parts, so only shares that come to more than it disagree with it
        groups = [(t, m) for t, m in groups if not (t.shared_by and not set(t.shared_by) <= {p.pfa_code for p in m}
                                                   and sum(p.amount.pence for p in m) <= t.amount.pence
                                                   and any(_UNSETTLED.search(rel.line_text(p.source_line)) for p in m))]
        if len(totals) > 1 and len({(t.period_start, t.period_end) for t in totals}) == len(totals) \
                and all(t.period_start for t in totals):  # a TOTAL row with a total per year column: parts by year
            rows = {p.source_line for p in ps}
            nested = [a for a in awards if a.funding_role == "part" and a.part_of_line in rows
                      and a.part_of_line == a.source_line]  # the year cells of rows whose own total is a part
            groups = [(t, [p for p in ps if (p.period_start, p.period_end) == (t.period_start, t.period_end)]
                       or [p for p in nested if (p.period_start, p.period_end) == (t.period_start, t.period_end)])
                      for t in totals]
            groups = [(t, m) for t, m in groups if m]
        elif len(totals) > 1 and all(p.part_of_pence is not None for p in ps):
            # each part knows the amount it is a piece of (a TOTAL row's cell per column): checked against that one
            groups = [(t, [p for p in ps if p.part_of_pence == t.amount.pence]) for t in totals]
            groups = [(t, m) for t, m in groups if m]
        elif len(totals) > 1:  # one TOTAL row with a total per column: parts by funder and role
            groups = [(t, [p for p in ps if (p.funder, p.funding_role == "match_funding") == (t.funder, False)])
                      for t in totals]
            groups = [(t, m) for t, m in groups if m]  # (a total whose pieces cannot be told is not checked)
        # a two-way table's TOTAL cell for one funder's or one area's column, whose cells are parts of their rows'
        # totals (README, "Two-way tables"): checked against that column's cells, one a row
        rows = {p.source_line for p in ps if p.part_of_line != p.source_line}
        cells = [a for a in awards if a.funding_role == "part" and a.part_of_line == a.source_line
                 and a.source_line in rows]
        checked = {id(t) for t, _ in groups}
        for t in totals:
            if id(t) in checked or not cells or not (t.funder or t.pfa_code):
                continue
            column = [c for c in cells if (not t.funder or c.funder == t.funder)
                      and (not t.pfa_code or c.pfa_code == t.pfa_code)
                      and (not t.period_start or (c.period_start, c.period_end) == (t.period_start, t.period_end))]
            if len(column) > 1 and len({c.source_line for c in column}) == len(column):
                groups.append((t, column))
        # several totals on one line checked against the same pieces: only the one nearest their sum is theirs
        shared: dict[tuple[int, ...], list] = {}
        for t, m in groups:
            shared.setdefault(tuple(sorted(id(p) for p in m)), []).append((t, m))
        groups = [min(g, key=lambda tm: abs(tm[0].amount.pence - sum(p.amount.pence for p in tm[1])))
                  for g in shared.values()]
        # a total across funders divided both by funder and by item ('Home Office £610,000, commissioner £99,080' below
        # three lots): two breakdowns, each checked on its own, when the pieces together come to far more than it
        groups = [(t, m) for t, ms in groups for m in _breakdowns(t, ms)]
        groups = [(t, _own_pieces(t, m, awards)) for t, m in groups]
        for total, members in groups:
            if not members:
                continue
            got = sum(p.amount.pence for p in members)
            lines = tuple(dict.fromkeys([total.source_line] + sorted({p.source_line for p in members})))
            # a total printed in full ("£180,000", a table's TOTAL) is checked to the pound; "£1.2m" within its precision
            in_units = bool(re.search(r"\d\s*(?:m|k|bn|million|thousand)\b", total.amount.text, re.I))
            def adds_up(pence: int) -> bool:
                return total.amount.allows(pence) if in_units or total.amount.qualifier not in ("exact", "rounded") \
                    else pence == total.amount.pence
            by_line: dict[int, int] = {}
            for p in members:
                by_line[p.source_line] = by_line.get(p.source_line, 0) + p.amount.pence
            # two breakdowns of one total on two lines (by funder, then by year) each sum to it on their own
            ok = adds_up(got) or (len(by_line) > 1 and all(adds_up(v) for v in by_line.values())) \
                or _one_line_sums(total.amount, members)
            if not ok and abs(total.amount.pence - got) > _FAR * total.amount.pence:
                continue  # (pieces a quarter or more away from their total are not all of its parts, or not all its own)
            if not ok and len(members) < 2:
                continue  # (one piece is a share of it, not a division: "£240,000 of that", "leaving about £460,000")
            if ok:
                out.append(ReleaseConflict(sid, total.pfa_code or area, "total and its parts", "parts_sum_to_total",
                                           lines, f"total {_pounds(total.amount.pence)}", f"parts {_pounds(got)}", True,
                                           f"the {len(members)} parts sum to the stated total"))
            else:
                diff = total.amount.pence - got
                out.append(ReleaseConflict(
                    sid, total.pfa_code or area, "total and its parts", "parts_do_not_sum", lines,
                    f"total {_pounds(total.amount.pence)}", f"parts {_pounds(got)}", False,
                    f"the stated total {_pounds(total.amount.pence)} is {_pounds(abs(diff))} "
                    f"{'more' if diff > 0 else 'less'} than the sum of its {len(members)} parts ({_pounds(got)})"))
    # pieces of a grant that come to more than the grant ("£720,000 of the grant …, a further £390,000 of the grant …, the
    # remaining £57,400" against a grant of £1,162,400): a grant's pieces may leave some of it unspent, never exceed it
    for a in awards:
        if a.funding_role != "grant" or a.source_line in wholes:
            continue
        members = _own_pieces(a, [p for p in parts.get(a.source_line, []) if p.funding_role == "part"
                                  and (p.pfa_code, p.funder) == (a.pfa_code, a.funder)
                                  and p.part_of_pence in (None, a.amount.pence)], awards)
        # (the pieces of this grant, not of another sum on its line: "The confirmed sum is £318,450, up from £296,000
        # in 2025-26" divides the £318,450 only)
        yearly = {(p.period_start, p.period_end) for p in members}
        by_year = len(yearly) > 1 and len(yearly) == len(members)
        if len(members) < 2 or by_year and {p.source_line for p in members} != {a.source_line} \
                and not _one_a_year_of_its_span(a, members):
            continue  # (one piece a year on other lines is a split by year, checked with its whole's years elsewhere;
            # one printed beside the grant, "£600,000 over three years: £200,000 in 2024-25, …", divides it here)
        if _one_line_sums(a.amount, members):
            continue  # (the grant divided in full on one line; pieces on other lines restate it or divide a piece)
        got = sum(p.amount.pence for p in members)
        # a grant printed in full ("£500,000") is a ceiling to the pound for its pieces; one in units ("£1.2m") within
        # its precision, and one of 'more than' or 'just over' a sum has none
        ceiling = a.amount.pence if _FULL_FIGURE.fullmatch(a.amount.text.strip()) and a.amount.qualifier in (
            "exact", "rounded") else a.amount.high_pence
        pieces_text = rel.line_text(members[0].source_line)
        lines = tuple(dict.fromkeys([a.source_line] + sorted({p.source_line for p in members})))
        if ceiling is not None and got > ceiling:
            out.append(ReleaseConflict(
                sid, a.pfa_code or area, "grant and its parts", "parts_do_not_sum", lines,
                f"grant {_pounds(a.amount.pence)}", f"parts {_pounds(got)}", False,
                f"the {len(members)} pieces of the grant come to {_pounds(got)}, {_pounds(got - a.amount.pence)} more "
                f"than the grant of {_pounds(a.amount.pence)}"))
        elif (len({p.source_line for p in members}) == 1 and (_all_to_the_pound(members) and _to_the_pound(a.amount)
                                                              or by_year or _IN_FULL.search(pieces_text))
              or _a_list_dividing_it(rel, a, members)) \
                and 0 < a.amount.pence - got <= (_FAR if len({p.source_line for p in members}) == 1 and _MADE_OF.search(
                    pieces_text) else _NEAR) * a.amount.pence:
            # one sentence dividing the grant ("would be divided as £A for …, £B for … and £C for …") whose pieces fall a
            # little short of it: a division that does not add up; pieces far short are some of its uses, not all.  Round
            # pieces count when the sentence says it divides the grant in full ("made up of", "split between") or gives
            # one a year.  A sentence saying what the grant is made of ("is made up of £A for … and £B for …") is held
            # to it further off: up to a quarter short is a division that does not add up, not some of its uses (a
            # grant "split as" pieces far short of it keeps the near rule: those are some of its uses)
            out.append(ReleaseConflict(
                sid, a.pfa_code or area, "grant and its parts", "parts_do_not_sum", lines,
                f"grant {_pounds(a.amount.pence)}", f"parts {_pounds(got)}", False,
                f"the {len(members)} pieces of the grant come to {_pounds(got)}, {_pounds(a.amount.pence - got)} less "
                f"than the grant of {_pounds(a.amount.pence)}"))
    # one funder's money stated twice in full: as a piece of a total across funders and as the grant itself
    multi = {a.source_line for a in awards if a.funding_role == "total" and not a.funder}
    # (and an area's piece of a total over several areas, "| Cheshire | £298,000 |" above "| **North West** | …": that
    # area's whole award from the funder, as a grant stated for the area elsewhere is; not its share of a joint award,
    # shared_by, for one service: "Cleveland's share is £301,200 and Durham's is £317,700" beside Durham's own £295,400)
    multi |= {t.source_line for t in awards if t.funding_role in ("total", "grant") and not t.pfa_code and not t.shared_by and len(
        {p.pfa_code for p in awards if p.funding_role == "part" and p.part_of_line == t.source_line and p.pfa_code}) >= 2}
    # (and a total of one funder's rows, "Subtotal: Home Office grant", against that funder's grant stated elsewhere)
    restated: dict[tuple[str, str, str], list[LocalAward]] = {}
    pieces: set[int] = set()
    for a in awards:
        piece = a.funding_role == "part" and a.part_of_line in multi and a.funder
        subtotal = a.funding_role == "total" and bool(a.funder) and a.source_line in parts and all(
            p.funder == a.funder for p in parts[a.source_line])
        if subtotal and any(g.funding_role == "grant" and g.amount.pence == a.amount.pence
                            and (g.pfa_code, g.funder, g.round) == (a.pfa_code, a.funder, a.round) for g in awards):
            continue  # (the grant stated again as its rows' total: another statement of it is a grant's own conflict)
        piece = piece or subtotal
        if piece:
            pieces.add(id(a))
        if (a.funding_role in ("grant", "match_funding", "own_funding") or piece) and a.funder \
                and _FULL_FIGURE.fullmatch(a.amount.text.strip()) \
                and a.amount.qualifier in ("exact", "rounded"):
            restated.setdefault((a.pfa_code, a.funder, a.round), []).append(a)
    # (money carried over from last year inside one statement: "£263,400 …, including £21,400 carried forward" beside
    # the year's award of £242,000 is that award plus the carried money, not a misprint of it)
    carried = {a.amount.pence for a in awards if a.funding_role == "part" and _CARRIED.search(rel.line_text(a.source_line))}
    for (code, funder, rnd), group in sorted(restated.items()):
        # (a subtotal of one funder's rows equal to a stated piece of that funder's grant is that piece again: "£950,000
        # is shared between the districts" above a table of districts totalling £950,000, under a grant of £1,046,000)
        shares = {p.amount.pence for p in awards if p.funding_role == "part" and id(p) not in pieces
                  and (p.pfa_code, p.funder) == (code, funder)}
        group = [a for a in group if id(a) not in pieces or a.funding_role != "total" or a.amount.pence not in shares]
        if len({a.amount.pence for a in group}) < 2 or not any(id(a) in pieces for a in group) \
                or not any(id(a) not in pieces for a in group):
            continue  # (two rows of one funder in a table are two items, not one sum stated twice)
        first = group[0]
        for other in group[1:]:
            if other.amount.pence != first.amount.pence and abs(other.amount.pence - first.amount.pence) <= \
                    0.10 * max(other.amount.pence, first.amount.pence) and abs(other.amount.pence - first.amount.pence) \
                    not in carried:  # (a misprint is close; a fifth apart is another sum)
                diff = abs(other.amount.pence - first.amount.pence)
                out.append(ReleaseConflict(
                    sid, code or area, f"award {rnd}".strip(), "different_amount", (first.source_line, other.source_line),
                    _pounds(first.amount.pence), _pounds(other.amount.pence), False,
                    f"the {funder} money is {_pounds(first.amount.pence)} on line {first.source_line} and "
                    f"{_pounds(other.amount.pence)} on line {other.source_line} (difference {_pounds(diff)})"))
                break
    out.extend(_transposed(rel, sid, area, awards, out))
    out.extend(_restated_differently(rel, sid, area, awards, out))
    out.extend(_two_accounts(rel, sid, area, awards, out))
    out.extend(_corrected(rel, sid, area, awards, out))
    out.extend(_varied_rows(rel, sid, area, awards, out))
    out.extend(_correction_pairs(rel, sid, area, awards, out))
    out.extend(_bound_excludes(sid, area, awards, out))
    # a grant in one year, its match funding in another
    grants = [a for a in awards if a.funding_role == "grant" and a.period_start]
    matches = [a for a in awards if a.funding_role == "match_funding" and a.period_start]
    bid_years = {}
    for number, sentence in rel.sentences:
        if re.search(r"\b(?:bid|applied|application)\b", sentence, re.I) and not MONEY_TOKEN.search(sentence):
            for _, _, y1, _ in find_periods(sentence)[0]:
                bid_years.setdefault(y1, number)
    for m in matches:
        # (match funding for a year inside the grant's span, "£40,000 … in 2025-26" beside a grant for the two years
        # from April 2024, is for a year of that award)
        for y, line in list(bid_years.items()) + [(g.period_start, g.source_line) for g in grants
                                                  if not g.period_start < m.period_start <= g.period_end]:
            if y != m.period_start:
                out.append(ReleaseConflict(
                    sid, m.pfa_code or area, "award round", "round_differs_within_release", (line, m.source_line),
                    f"bid or grant {y}", f"match funding {m.period_start}", None,
                    f"the bid or grant is for {y} but the match funding said to go with it is for {m.period_start}; "
                    f"the release does not say whether the match funding is for a later year of the same award"))
                break
    # money in a year well after the release
    pub = financial_year(published) if published else ""
    if pub:
        for a in awards:
            line = rel.line_text(a.source_line)
            if a.funding_role == "grant" and a.period_start and int(a.period_start[:4]) > int(pub[:4]) and \
                    re.search(r"\b(?:in|during)\s+" + re.escape(a.period_start), line):
                out.append(ReleaseConflict(
                    sid, a.pfa_code or area, "award round", "period_after_publication", (a.source_line,),
                    f"published in {pub}", f"money in {a.period_start}", None,
                    f"a release published in {pub} states money in {a.period_start}, "
                    f"{_years(int(a.period_start[:4]) - int(pub[:4]))} later; a plan, or a misprinted year"))
    # "for the county" in a release about one place inside the force area
    place = _release_place(rel)
    if place and area:
        for a in awards:
            sentence = next((s for n, s in rel.sentences if n == a.source_line and a.amount.text in s), "")
            if _PLACE_WORDS.search(sentence):
                out.append(ReleaseConflict(
                    sid, area, "award area", "place_narrower_than_award", (a.source_line,),
                    f"{place} ('the county')", register().by_code(area).pfa_name, None,
                    f"the release says the money is for {place}; the award is to the whole police force area "
                    f"({register().by_code(area).pfa_name}), of which {place} is one part"))
    # a quarter that is not three months
    for number, sentence in rel.sentences:
        for m in _QUARTER.finditer(sentence):
            m1, m2 = _MONTHS[word_key(m.group("m1"))], _MONTHS[word_key(m.group("m2"))]
            months = (m2 - m1) % 12 + 1
            if months != 3:
                out.append(ReleaseConflict(
                    sid, area, "outcome period", "period_words_disagree", (number,), "a quarter (3 months)",
                    f"{m.group('m1')} to {m.group('m2')} ({months} months)", False,
                    f"the period is called a quarter but {m.group('m1')} to {m.group('m2')} is {months} months"))
    return tuple(out)


def _fits(x, y) -> bool:
    """Whether two statements of a sum can both be true: the same figure, an exact one inside the other's range, or
    two ranges that overlap."""
    if x.pence == y.pence and x.qualifier == y.qualifier:
        return True
    if x.qualifier == "exact" or y.qualifier == "exact":
        exact, other = (x, y) if x.qualifier == "exact" else (y, x)
        return other.allows(exact.pence)
    top = min((h for h in (x.high_pence, y.high_pence) if h is not None), default=None)
    return top is None or max(x.low_pence or 0, y.low_pence or 0) <= top


def _table_row(text: str) -> bool:
    """Whether a line is a table's row: cells between pipes or columns set apart by runs of spaces."""
    return "|" in text or re.search(r"\S(?:\s{3,}|\t)\S", text.strip()) is not None


def _rows_of_one_table(rel: PreparedRelease, x: int, y: int) -> bool:
    """Whether two lines are rows of one table, every line between them a row too ("Newcastle City Council (match)
    48.0 …" above "Northumberland County Council (match)  42.0 … 84.0"): each row states its own sum, so two rows'
    figures are two sums, never one sum misprinted."""
    lo, hi = sorted((x, y))
    return all(_table_row(rel.line_text(k) or "") for k in range(lo, hi + 1))


def _transposed(rel: PreparedRelease, sid: str, area: str, awards, found: list[ReleaseConflict]) -> list[ReleaseConflict]:
    """One sum printed twice with two of its digits swapped ("£468,250" and "£486,250"): an exact figure for the same
    area and funder whose digits are another's in another order is a misprint of it, whatever role or year each
    statement was read with.  Pairs that :func:`funding.tables.releases.award_conflicts` already reports (two grants
    whose funder and year are printed beside them) and lines already in such a conflict are left to it."""
    out: list[ReleaseConflict] = []
    exact = [a for a in awards if a.funding_role != "context" and (a.funder or a.funding_role == "total" or a.pfa_code)
             and _to_the_pound(a.amount)]
    # (a total across funders, naming none, printed twice with two digits swapped is one sum misprinted too; and so is
    # an area's sum whose payer one statement leaves unsaid: "£214,000 … for Plymouth" against "£241,000 of the Home
    # Office money")
    flagged = {line for c in found if c.kind == "different_amount" for line in c.lines}
    grants = [a for a in awards if a.funding_role == "grant" and a.funder and a.period_start
              and a.amount.qualifier in ("exact", "rounded")]
    seen: set[tuple[int, int]] = set()
    for i, a in enumerate(exact):
        for b in exact[i + 1:]:
            x, y = str(a.amount.pence), str(b.amount.pence)
            if x == y or len(x) != len(y) or sorted(x) != sorted(y) or sum(p != q for p, q in zip(x, y)) != 2 \
                    or a.funder != b.funder and a.funder and b.funder or (a.pfa_code or area) != (b.pfa_code or area) \
                    or a.source_line == b.source_line or _rows_of_one_table(rel, a.source_line, b.source_line):
                continue  # (two figures of one line or one table, a row's yearly and total values or two rows' sums,
                # are two sums, not one misprinted)
            firm = all(z.funding_role == "grant" and z.period_start for z in (a, b)) and a.period_start == b.period_start
            pair = tuple(sorted((a.amount.pence, b.amount.pence)))
            lines = {a.source_line, b.source_line}
            # (two other firm grants on the same two lines are already one such conflict: "£486,220" and "£420,900")
            firm_on_lines = any(x.source_line != y.source_line and {x.source_line, y.source_line} == lines
                                and x.amount.pence != y.amount.pence and abs(x.amount.pence - y.amount.pence)
                                <= 0.25 * max(x.amount.pence, y.amount.pence) for x in grants for y in grants
                                if (x.pfa_code, x.funder, x.period_start) == (y.pfa_code, y.funder, y.period_start))
            if firm or firm_on_lines or pair in seen or lines & flagged:
                continue
            seen.add(pair)
            diff = abs(a.amount.pence - b.amount.pence)
            out.append(ReleaseConflict(
                sid, a.pfa_code or area, "award", "different_amount",
                tuple(sorted({a.source_line, b.source_line})), _pounds(a.amount.pence), _pounds(b.amount.pence), False,
                f"the {a.funder or b.funder or 'same'} money is {_pounds(a.amount.pence)} on line {a.source_line} and "
                f"{_pounds(b.amount.pence)} on line {b.source_line}: the same digits in another order "
                f"(difference {_pounds(diff)}), a misprint of one of them"))
    return out


#: how far from a total its parts may be and still be read as all of them, misprinted (a table's TOTAL ten per cent
#: off its rows is a misprint; one four times its rows has rows the reader did not give it)
_FAR = 0.25
#: how far short of a whole the pieces of one division of it may fall and still be read as meant to make it up
_NEAR = 0.05


#: an item of a list: a bullet, a number or a letter in brackets ("- Partner support: £40,000", "2. £30,000 for …")
_LIST_ITEM = re.compile(r"^\s*(?:<li\b[^>]*>\s*)?(?:[-•*–—]|\d{1,2}[.)]|\(?[a-h]\))\s+|^\s*<li\b", re.I)
#: a lead-in saying the list under it sets out how a sum is spent or divided: "How the money is spent:", "… has
#: confirmed how this year's grant of £345,000 will be used:", "It will be spent as follows:", "The grant is split
#: between:"
_LIST_DIVIDES = re.compile(r"\b(?:how|where)\b[^.]{0,80}?\b(?:spent|used|divided|split|allocated|shared|broken down|"
                           r"goes|go|going|breaks? down)\b|\b(?:spent|used|allocated|divided|split|shared|broken down|"
                           r"breaks? down)\b[^.]{0,40}\b(?:as follows|like this|on|between|among|across|into|as)\b[^.]*:\s*$|"
                           r"\bas follows\s*:\s*$", re.I)


def _a_list_dividing_it(rel, grant, members) -> bool:
    """Whether a grant's pieces are the items of one list, one piece an item, straight under the grant's line or a
    lead-in below it with no sum of its own, where the grant's line or the lead-in says the list sets out how the
    grant is spent or divided ("How the money is spent:" then "- Group course: £90,000", "- Partner support:
    £40,000", "- Training: £15,000" under a grant of £150,000): the list divides the grant in full, as "made up of"
    does in one sentence."""
    lines = sorted(p.source_line for p in members)
    if len(lines) < 2 or len(set(lines)) != len(lines) or lines[0] <= grant.source_line:
        return False
    if not all(_LIST_ITEM.match(rel.line_text(n) or "") for n in lines):
        return False
    if any((rel.line_text(n) or "").strip() for a, b in zip(lines, lines[1:]) for n in range(a + 1, b)):
        return False  # (items on lines that follow one another, blank lines apart)
    between = [rel.line_text(n) or "" for n in range(grant.source_line + 1, lines[0])]
    if any(MONEY_TOKEN.search(t) for t in between):
        return False
    # the grant's line or one lead-in under it says so, or a heading straight over the list does ("Where it goes:"
    # a few lines below the grant)
    if (len([t for t in between if t.strip()]) > 1
            or not _LIST_DIVIDES.search(" ".join([rel.line_text(grant.source_line) or ""] + between))) \
            and not SPENDING_HEADING.search(line_over(rel, lines[0])):
        return False
    after = next((rel.line_text(n) or "" for n in range(lines[-1] + 1, lines[-1] + 4)
                  if (rel.line_text(n) or "").strip()), "")
    return not (_LIST_ITEM.match(after) and MONEY_TOKEN.search(after))  # (the list ends with the pieces)


def _one_a_year_of_its_span(grant, members) -> bool:
    """Whether a grant's pieces on one later line are one a year for each year of the grant's own span, no more and no
    fewer ("£500,000 over 2025-27" then "paid as £260,000 in 2025/26 and £250,000 in 2026/27"): a split of that grant
    by year, whose sum is held to the grant (a split that comes to more than it does not add up)."""
    if not grant.period_start or not grant.period_end or len({p.source_line for p in members}) != 1 \
            or members[0].source_line <= grant.source_line:
        return False
    span = set(range(int(grant.period_start[:4]), int(grant.period_end[:4]) + 1))
    years = [int(p.period_start[:4]) for p in members if p.period_start and p.period_start == p.period_end]
    return len(span) > 1 and len(years) == len(members) == len(span) and set(years) == span


def _breakdowns(total, members) -> list[list]:
    """The pieces of a total as the breakdowns they make: all of them, or, where a total naming no funder has pieces
    naming their funders and pieces naming none that together come to far more than it, each of those two sets."""
    named = [p for p in members if p.funder]
    unnamed = [p for p in members if not p.funder]
    by_line: dict[int, int] = {}
    for p in members:
        by_line[p.source_line] = by_line.get(p.source_line, 0) + p.amount.pence
    if total.funder or not named or not unnamed \
            or sum(p.amount.pence for p in members) <= (1 + _FAR) * total.amount.pence \
            or len(by_line) > 1 and set(by_line.values()) == {total.amount.pence}:
        return [members]  # (two breakdowns on two lines, each summing to it, are checked together as before)
    return [named, unnamed]


def _own_pieces(whole, members, awards) -> list:
    """The pieces of ``whole`` less those of one line that, two or more, add up exactly to another sum the text states
    ("Of the commissioner's money, £950,000 … and £250,000 …" beside a £1,200,000 stated earlier; "£42,000 a year" twice
    beside a two-year £84,000): a division of that other sum, not of this whole."""
    by_line: dict[int, list] = {}
    for p in members:
        by_line.setdefault(p.source_line, []).append(p)
    others = {a.amount.pence for a in awards if a is not whole and a.amount.pence != whole.amount.pence
              and not any(a is p for p in members)}
    return [p for p in members if not (len(by_line[p.source_line]) > 1
                                       and sum(q.amount.pence for q in by_line[p.source_line]) in others)]


def _one_line_sums(whole, members) -> bool:
    """Whether the pieces of a whole stated on one of its lines, two or more, make it up on their own (a bilingual
    release dividing the grant once in each language; 'of that sum, £A … and the balance of £B', then the £B divided
    on the next line): the whole is divided in full there, and the other lines' pieces are not more of it."""
    by_line: dict[int, list] = {}
    for p in members:
        by_line.setdefault(p.source_line, []).append(p)
    return len(by_line) > 1 and any(len(ps) > 1 and sum(p.amount.pence for p in ps) == whole.pence
                                    for ps in by_line.values())


def _all_to_the_pound(members) -> bool:
    return all(_to_the_pound(p.amount) or p.amount.qualifier == "rounded" and _FULL_FIGURE.fullmatch(p.amount.text.strip())
               for p in members)


#: words saying a figure is another statement's, as it was printed or as it should be: "gave the grant as £X", "was
#: shown as £X", "should read £X", "£X, not £Y", "a typing error", "the correct figure is £X", "an earlier version"
_CORRECTION_CUE = re.compile(r"\b(?:gave|gives|give|given|shown|showed|shows|printed|published|quoted|listed|lists|reported|"
                             r"stated|records|recorded|keyed in|put|described)\b[^.£;]{0,80}?\bas £|\bshould (?:read|have read)\b|,? not £|"
                             r"\b(?:typing|typographical|transcription|keying) error\b|\b(?:correct|right) "
                             r"(?:figure|amount|sum|total)\b|\bearlier version\b|\bcorrected (?:from|to)\b|"
                             r"(?P<told>\b(?:told|advised|informed)\b[^.£;]{0,80}?\b(?:would be|will be|was to be|was going to be|"
                             r"stood at|was|is) £)", re.I)
#: (the last: a figure a body was told earlier, measured by the one confirmed since: "The Panel was told in July that the
#: grant would be £X; the office has since confirmed £Y"), measured only by a figure of its own line: a figure told
#: alone ("told us our allocation for 2026-27 will be £705,000") is news of another year's money, no restatement)


def _placed(text: str, group) -> list[tuple[int, LocalAward]]:
    """The awards of one line with the place each figure is printed at, in the order printed (a figure printed twice,
    "£90,000 … £90,000", at each of its places in turn)."""
    taken: dict[str, int] = {}
    out = []
    for a in group:
        i = text.find(a.amount.text, taken.get(a.amount.text, 0))
        if i >= 0:
            taken[a.amount.text] = i + 1
            out.append((i, a))
    return sorted(out, key=lambda x: x[0])


def _disagree(x, y) -> bool:
    """Two statements of one sum that cannot both be right: two figures printed in full that differ, or figures that
    do not fit each other."""
    if x.pence == y.pence:
        return False
    if _FULL_FIGURE.fullmatch(x.text.strip()) and _FULL_FIGURE.fullmatch(y.text.strip()) \
            and {x.qualifier, y.qualifier} <= {"exact", "rounded"}:
        return True
    return not _fits(x, y)


def _correction_pairs(rel: PreparedRelease, sid: str, area: str, awards,
                      found: list[ReleaseConflict]) -> list[ReleaseConflict]:
    """A figure the text says is another statement of a sum, as printed elsewhere or as it should be ("the Quarter 2
    report gave this line as £88,000; that was a typing error and £90,000 is correct", "should read £38,500 a year, not
    £35,800", "we gave the allocation as £569,670." then "The correct figure is £595,670"), against the statement it
    is measured by: a figure in the same sentence or, failing one, the nearest statement of the same area's money
    (same funder, or the same role and year) within a quarter of it, that it does not fit.  The words bind the two
    figures, so within one line the roles and payers they were read with are not asked to agree."""
    out: list[ReleaseConflict] = []
    flagged = {line for c in found if c.kind == "different_amount" for line in c.lines}
    money = [a for a in awards if a.funding_role != "context"]
    by_line: dict[int, list[LocalAward]] = {}
    for a in money:
        by_line.setdefault(a.source_line, []).append(a)

    def near(a: LocalAward, b: LocalAward) -> bool:
        return (a.pfa_code or area) == (b.pfa_code or area) and _disagree(a.amount, b.amount) \
            and abs(a.amount.pence - b.amount.pence) <= 0.25 * max(a.amount.pence, b.amount.pence)

    for line, group in sorted(by_line.items()):
        text = rel.line_text(line)
        cue = _CORRECTION_CUE.search(text)
        if line in flagged or not cue:
            continue
        placed = _placed(text, group)
        if not placed:
            continue
        at, figure = next(((i, a) for i, a in placed if i >= cue.start()), placed[-1])
        same = [(abs(i - at), b) for i, b in placed if i != at and near(figure, b)]
        if same:
            other = min(same, key=lambda x: x[0])[1]
        elif cue.group("told"):
            continue
        else:
            others = [b for b in money if b.source_line != line and b.source_line not in flagged and near(figure, b)
                      and (not figure.funder or not b.funder or figure.funder == b.funder
                           or figure.funding_role == b.funding_role and figure.period_start
                           and (figure.period_start, figure.period_end) == (b.period_start, b.period_end))]
            if not others:
                continue
            other = min(others, key=lambda b: (abs(b.source_line - line), b.source_line))
        lines = tuple(sorted({line, other.source_line}))
        diff = abs(figure.amount.pence - other.amount.pence)
        out.append(ReleaseConflict(
            sid, figure.pfa_code or other.pfa_code or area, "award", "different_amount", lines,
            _pounds(other.amount.pence), _pounds(figure.amount.pence), False,
            f"the text gives the same money as {_pounds(figure.amount.pence)} on line {line} and "
            f"{_pounds(other.amount.pence)} on line {other.source_line} (difference {_pounds(diff)})"))
        flagged |= set(lines)
    return out


def _bound_excludes(sid: str, area: str, awards, found: list[ReleaseConflict]) -> list[ReleaseConflict]:
    """An area's grant given as a bound ("more than £700,000") and exactly ("£694,000") where the bound leaves the
    figure out: one award stated two ways that cannot both be right (same area, funder and role, within a quarter of
    each other; in one passage, or both with the same years)."""
    out: list[ReleaseConflict] = []
    flagged = {line for c in found if c.kind == "different_amount" for line in c.lines}
    grants = [a for a in awards if a.funding_role == "grant" and a.pfa_code and a.source_line not in flagged]
    bounds = [a for a in grants if a.amount.qualifier in ("more_than", "at_least", "less_than", "up_to")]
    for b in bounds:
        for a in grants:
            if not _to_the_pound(a.amount) or (a.pfa_code, a.funder) != (b.pfa_code, b.funder) \
                    or a.period_start and b.period_start and (a.period_start, a.period_end) != (b.period_start,
                                                                                               b.period_end) \
                    or a.source_line != b.source_line and not (a.period_start and b.period_start) \
                    or b.amount.allows(a.amount.pence) \
                    or abs(a.amount.pence - b.amount.pence) > 0.25 * max(a.amount.pence, b.amount.pence):
                continue
            lines = tuple(sorted({a.source_line, b.source_line}))
            out.append(ReleaseConflict(
                sid, a.pfa_code, "award", "bound_vs_exact", lines, _pounds(a.amount.pence),
                f"{b.amount.qualifier.replace('_', ' ')} {_pounds(b.amount.pence)}", False,
                f"the {a.funder or 'same'} grant is {_pounds(a.amount.pence)} on line {a.source_line}, outside "
                f"'{b.amount.qualifier.replace('_', ' ')} {_pounds(b.amount.pence)}' on line {b.source_line}"))
            break
    return out


def _to_the_pound(amount) -> bool:
    """A figure stated to the pound or near it: printed in full and not a bound ("£468,250"), or in thousands with a
    decimal from a table ("£1,210.4k", to £100), so that two of its digits swapped are a different figure."""
    if _FULL_FIGURE.fullmatch(amount.text.strip()):
        return amount.qualifier == "exact"
    return amount.qualifier in ("exact", "rounded") and amount.precision_pence <= 10_000


def _corrected(rel: PreparedRelease, sid: str, area: str, awards, found: list[ReleaseConflict]) -> list[ReleaseConflict]:
    """A correction note giving a sum first as it was wrongly printed and then as it is ("An earlier version said the
    council was adding £16,000. The council's contribution is £60,000."): two figures of one line for the same area,
    funder and role disagree however far apart they are.  Lines already in such a conflict are left to it."""
    out: list[ReleaseConflict] = []
    flagged = {line for c in found if c.kind == "different_amount" for line in c.lines}
    by_key: dict[tuple, list[LocalAward]] = {}
    for a in awards:
        if a.funding_role in ("grant", "match_funding", "own_funding") and a.source_line not in flagged \
                and _CORRECTION_NOTE.match(rel.line_text(a.source_line) or ""):
            by_key.setdefault((a.source_line, a.pfa_code or area, a.funder, a.funding_role), []).append(a)
    for (line, code, funder, role), group in sorted(by_key.items()):
        first, last = group[0], group[-1]
        if len(group) != 2 or first.amount.pence == last.amount.pence:
            continue
        diff = abs(first.amount.pence - last.amount.pence)
        out.append(ReleaseConflict(
            sid, code, "award", "different_amount", (line,), _pounds(first.amount.pence), _pounds(last.amount.pence),
            False, f"a correction gives the {role.replace('_', ' ')} as {_pounds(last.amount.pence)}, not "
                   f"{_pounds(first.amount.pence)} as printed before (difference {_pounds(diff)})"))
    return out


#: a note's words giving an award's first figure before a variation: "The original award was £108,250", "originally
#: £40,000", "as first awarded"
_ORIGINAL_FIGURE = re.compile(r"\b(?:original(?:ly)?|as first (?:awarded|agreed|offered)|before (?:the|its) variation)\b", re.I)
#: a table row's reference in its first cell, named in a note: "GR24-003", "V12", "L2/07"
_ROW_REFERENCE = re.compile(r"\b([A-Z]{1,5}\d{0,4}[-/]\d{1,4}|[A-Z]{1,4}\d{2,4})\b")


def _varied_rows(rel: PreparedRelease, sid: str, area: str, awards, found: list[ReleaseConflict]) -> list[ReleaseConflict]:
    """A note naming a table row by its reference and giving the row's award as first made ("GR24-003 was varied in
    February to add a second worker. The original award was £108,250; the table shows the varied amount") against the
    row's figure: a variation that changes the award's whole, one conflict between the two (README, "Varied awards").
    Only when the note's line names one row, its figure has that row's payer and differs from the row's one figure."""
    out: list[ReleaseConflict] = []
    flagged = {line for c in found if c.kind == "different_amount" for line in c.lines}
    rows: dict[str, int] = {}
    for line in rel.lines:
        if line.text.lstrip().startswith("|"):
            cells = [c.strip().strip("*").strip() for c in line.text.strip().strip("|").split("|")]
            if cells and _ROW_REFERENCE.fullmatch(cells[0]):
                rows.setdefault(cells[0], line.number)
    if not rows:
        return out
    for a in awards:
        text = rel.line_text(a.source_line) or ""
        if a.source_line in flagged or text.lstrip().startswith("|") or not _ORIGINAL_FIGURE.search(text):
            continue
        named = {m.group(1) for m in _ROW_REFERENCE.finditer(text) if m.group(1) in rows}
        if len(named) != 1:
            continue
        row = rows[named.pop()]
        mine = [b for b in awards if b.source_line == row]
        if len(mine) != 1 or mine[0].funder != a.funder or mine[0].amount.pence == a.amount.pence \
                or (mine[0].pfa_code or area) != (a.pfa_code or area):
            continue
        b = mine[0]
        diff = abs(a.amount.pence - b.amount.pence)
        out.append(ReleaseConflict(
            sid, a.pfa_code or area, "award", "different_amount", tuple(sorted({row, a.source_line})),
            _pounds(a.amount.pence), _pounds(b.amount.pence), False,
            f"the award on line {row} was varied from {_pounds(a.amount.pence)} to {_pounds(b.amount.pence)} "
            f"(difference {_pounds(diff)})"))
        flagged |= {row, a.source_line}
    return out


#: words saying the rest of a sum is not yet shared out: "the remainder … not yet settled", "the rest is to be agreed"
_INSTALMENTS = re.compile(r"\b(?:instalments|payments|tranches) of\b", re.I)
#: words saying a sentence divides a sum in full, not only names some of its uses
_IN_FULL = re.compile(r"\b(?:made up of|comprises?|comprising|consists? of|consisting of|(?:split|divided|broken down|shared)"
                      r"\s+(?:as|into|between|among|like this)|breaks? down (?:as|into)|(?:a |the )?breakdown)\b", re.I)
#: words saying what a whole is made of, not how it is shared out: "made up of", "comprises", "consists of"
_MADE_OF = re.compile(r"\b(?:made up of|comprises?|comprising|consists? of|consisting of)\b", re.I)
_CARRIED = re.compile(r"\b(?:carried|brought|rolled) (?:forward|over)\b|\bunderspend\b", re.I)
_UNSETTLED = re.compile(r"\b(?:remainder|the rest|balance)\b[^.]{0,80}\b(?:not yet|yet to be|to be (?:agreed|decided|"
                        r"confirmed|settled)|undecided|unallocated)\b|\b(?:not yet|yet to be)\b[^.]{0,40}\b(?:remainder|"
                        r"the rest|balance)\b|\b(?:not yet|yet to)\b[^.]{0,60}\b(?:divid|split|shar|allocat|apportion)\w*",
                        re.I)  # ("has not yet agreed how the award divides between the three areas, beyond Durham's share")


#: words that restate a figure given elsewhere: "an earlier version said", "gives the exact grant as", "the correct figure"
_RESTATES = re.compile(r"\b(?:said|says|gives?|gave|reported|stated|quoted|printed|(?:correct|exact|actual|right|wrong) "
                       r"(?:figure|grant|amount|award)|figure|earlier version|for the record|in fact|actually|rounded)\b|"
                       # (or names the money already stated by its payer, "The Home Office money – £420,000 – …")
                       r"\b(?:the|this|that)\s+(?:Home Office|Ministry of Justice|MoJ)(?:['’]s)?\s+(?:money|grant|award|funding)\b",
                       re.I)


#: words giving a figure as one source's account or as an answer: "the office says", "The Gazette understands",
#: "according to", "Answer:"
_SOURCE_CUE = re.compile(r"\b(?:says|said|understands|understood|according to|insists|insisted|claims|claimed)\b|"
                         r"^\W*(?:answer|response|reply)\b[^:]{0,40}:", re.I)


def _restated_figures(text: str, awards, line: int) -> list:
    """The figures of ``line`` that its restating words (:data:`_RESTATES`) are about: for each, the first figure printed
    after them, or the last before them when none follows ("The Home Office grant provides £1,130,000 of that, the
    Mayor's fund £250,000 and the councils £80,000": the words restate the £1,130,000, not the councils' money)."""
    placed = _placed(text, [a for a in awards if a.source_line == line])
    out = []
    for m in _RESTATES.finditer(text):
        after = [a for i, a in placed if i >= m.end()]
        before = [a for i, a in placed if i < m.start()]
        if after or before:
            out.append(after[0] if after else before[-1])
    return out


def _restated_differently(rel: PreparedRelease, sid: str, area: str, awards,
                          found: list[ReleaseConflict]) -> list[ReleaseConflict]:
    """A grant stated with its year and restated in a sentence giving none, as a figure that does not fit it ('an
    earlier version said the grant was £385,000' against £358,400 for 2024-25; 'the exact grant is £446,380' against
    '£450k'): one award stated two ways, within a quarter of each other.  The restatement has no year of its own, so
    :func:`funding.tables.releases.award_conflicts` (which compares statements with their years) never meets it."""
    out: list[ReleaseConflict] = []
    flagged = {line for c in found if c.kind == "different_amount" for line in c.lines}
    grants = [a for a in awards if a.funding_role == "grant" and a.amount.qualifier in ("exact", "rounded")]
    both_wrong: set[int] = set()  # lines of a text calling two figures it quotes wrong ("… from £1.2 million to
    # £800,000. Neither figure is right"): each of them disagrees with the award it misstates
    used: set[int] = set()  # (the figures already set against another)
    for a in grants:
        if id(a) in used:
            continue
        wrong = a.source_line in both_wrong and not a.funder
        if a.period_start or (a.source_line in flagged and not wrong) or not any(
                r is a for r in _restated_figures(rel.line_text(a.source_line), awards, a.source_line)):
            continue
        if any(x is not a and x.amount.pence == a.amount.pence and x.period_start and x.source_line != a.source_line
               and (x.pfa_code or area) == (a.pfa_code or area) and x.funding_role in ("grant", "total") for x in awards):
            continue  # it restates a sum the text states with its years ("The Home Office figure of £404,000 is taken
            # from the offer letter" after "£404,000 over the two years"): that statement, not last year's grant
        for b in grants:
            # (two undated statements of one payer's grant disagree where one line gives a figure as a source's account
            # or an answer's: "The Gazette understands … £300,000 from the Home Office" against "The commissioner's
            # office says the Home Office award is £260,000"; "Answer: … the Home Office grant is £275,000")
            undated = not b.period_start and a.funder and b.funder == a.funder and b.source_line != a.source_line \
                and any(_SOURCE_CUE.search(rel.line_text(n) or "") for n in (a.source_line, b.source_line))
            if not b.period_start and not undated or b.source_line in flagged \
                    or (b.pfa_code or area) != (a.pfa_code or area) \
                    or b.funder != (a.funder or b.funder) or b.amount.pence == a.amount.pence \
                    or abs(b.amount.pence - a.amount.pence) > 0.25 * max(a.amount.pence, b.amount.pence) \
                    or (not _disagree(a.amount, b.amount) if undated
                        else not wrong and (a.amount.allows(b.amount.pence) or b.amount.allows(a.amount.pence))):
                # (a figure the text calls wrong disagrees with the award however round it is)
                continue  # (two accounts each printing a figure in full disagree however round they are)
            diff = abs(a.amount.pence - b.amount.pence)
            again = {x.source_line for x in grants if wrong and x is not a and x.amount.pence == a.amount.pence
                     and not x.period_start and not x.funder and x.source_line not in flagged
                     and (x.pfa_code or area) == (a.pfa_code or area)}
            # (the wrong figure quoted again on another line, "The £800,000 figure in our report …": the same account)
            out.append(ReleaseConflict(
                sid, a.pfa_code or area, f"award {b.period_start or ''}".strip(), "different_amount",
                tuple(sorted({a.source_line, b.source_line} | again)), _pounds(b.amount.pence), _pounds(a.amount.pence), False,
                f"the grant is {_pounds(b.amount.pence)}{' for ' + b.period_start if b.period_start else ''} on line "
                f"{b.source_line} and "
                f"{_pounds(a.amount.pence)} on line {a.source_line}, with no year (difference {_pounds(diff)})"))
            flagged |= {a.source_line, b.source_line}
            used.add(id(a))
            if _NEITHER_RIGHT.search(rel.line_text(a.source_line) or "") and not a.funder:
                both_wrong.add(a.source_line)
            break
    return out


#: a text calling both figures it has just quoted wrong: "Neither figure is right", "both figures are wrong"
_NEITHER_RIGHT = re.compile(r"\b(?:neither (?:figure|of (?:these|those|them|the figures)|number|sum)\s+is\s+(?:right|correct|"
                            r"accurate)|both (?:figures|numbers|sums) (?:are|were) (?:wrong|incorrect|inaccurate))\b", re.I)


def _release_place(rel: PreparedRelease) -> str:
    """The place inside the force area a release is about, when it names that place and never the area itself."""
    if not rel.area:
        return ""
    reg, places = register(), place_aliases()
    named_area, place_counts = False, Counter()
    for line in rel.lines:
        for s, e, code in find_areas(line.text):
            name = line.text[s:e]
            if code != rel.area:
                continue
            if reg.lookup(name):
                named_area = True
            elif normalise_name(name) in places:
                place_counts[name] += 1
    if named_area or not place_counts:
        return ""
    return place_counts.most_common(1)[0][0]


def _years(n: int) -> str:
    """"1 year", "2 years"."""
    return f"{n} year{'' if n == 1 else 's'}"


def _two_accounts(rel: PreparedRelease, sid: str, area: str, awards,
                  found: list[ReleaseConflict]) -> list[ReleaseConflict]:
    """One sum given two ways in one sentence, the second from another source ('the council had added £30,000 a year,
    though its budget papers show £25,000 a year'): two figures of the same role, funder, area and period, neither a
    piece of the other, the words between them saying a second account gives the second."""
    out: list[ReleaseConflict] = []
    flagged = {line for c in found if c.kind == "different_amount" for line in c.lines}
    words = _terms("local_funding_terms.csv").get("two_accounts", ())
    by_line: dict[int, list[LocalAward]] = {}
    for a in awards:
        if a.funding_role in ("grant", "match_funding", "own_funding") and a.part_of_line is None \
                and a.amount.qualifier in ("exact", "rounded") and a.source_line not in flagged:
            by_line.setdefault(a.source_line, []).append(a)
    for line, group in sorted(by_line.items()):
        text = rel.line_text(line)
        placed = sorted(((text.find(a.amount.text), a) for a in group if a.amount.text in text), key=lambda x: x[0])
        for (i, a), (j, b) in zip(placed, placed[1:]):
            if (a.funding_role, a.funder, a.pfa_code, a.period_start) != (b.funding_role, b.funder, b.pfa_code,
                                                                           b.period_start) \
                    or a.amount.pence == b.amount.pence or i < 0 \
                    or abs(a.amount.pence - b.amount.pence) > 0.25 * max(a.amount.pence, b.amount.pence) \
                    or not _first(words, text[i + len(a.amount.text) : j]):
                continue
            diff = abs(a.amount.pence - b.amount.pence)
            out.append(ReleaseConflict(
                sid, a.pfa_code or area, "award", "different_amount", (line,), _pounds(a.amount.pence),
                _pounds(b.amount.pence), False,
                f"one sentence gives the same money as {_pounds(a.amount.pence)} and, from another account, "
                f"{_pounds(b.amount.pence)} (difference {_pounds(diff)})"))
            break
    return out
