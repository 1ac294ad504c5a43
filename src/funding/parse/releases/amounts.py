"""Amounts of money in a release: :func:`extract_awards`, with each amount's role, area,
period and parts, its table drafts and the token checks that report what could not be read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import combinations

from funding.core.money import MONEY_TOKEN, QUALIFIERS_AFTER, Amount, find_amounts, read_amounts
from funding.core.packagedata import data_csv
from funding.core.text import looks_like_html
from funding.parse.releases.records import Diagnostic, LocalAward
from funding.parse.releases.vocabulary import _candidates, _ORG_WORD, _first, _terms
from funding.parse.releases.text import (
    _ALIGNED_HEADER, _BULLET, _CORRECTION_NOTE, _TABLE_ROW, _TOTAL_ROW, _cells, _heading_lines, _html_heading_lines,
    _UNIT_HEADINGS, _aligned_cells, _line_at, _logical, _quoted_spans, list_item_label, prepare,
)
from funding.parse.releases.places import find_areas, names_joined_by_and
from funding.parse.releases.periods import _MONTHS as _MONTH_NUMBERS, _fy_text, financial_year, find_periods, open_span, parse_count


#: A figure with no qualifying word that is a multiple of this many pounds is read
#: as a round figure ("a £200,000 programme"), precise to its last non-zero digit.
ROUND_FIGURE_POUNDS = 10_000


def as_stated(amount: Amount) -> Amount:
    """An amount as precise as its source: a bare round figure becomes ``rounded``.

    "£200,000" with no word before it is stated to the nearest £100,000 at best,
    so it allows £150,000 to £250,000; "£246,792" stays exact.
    """
    if amount.qualifier not in ("exact", "about") or amount.pence <= 0 or amount.pence % (ROUND_FIGURE_POUNDS * 100):
        return amount
    precision = ROUND_FIGURE_POUNDS * 100
    while amount.pence % (precision * 10) == 0:
        precision *= 10
    if amount.qualifier == "about":  # "almost £500,000", "around £250,000": as precise as its figure, no more
        return replace(amount, precision_pence=max(precision, amount.precision_pence))
    return replace(amount, precision_pence=precision, qualifier="rounded")


def _amounts_token_by_token(text: str) -> list[tuple[int, int, Amount]]:
    """The readable amounts of a line, each parsed on its own (with the words before it)."""
    from funding.core.money import parse_amount

    found = []
    for m in MONEY_TOKEN.finditer(text):
        window = text[m.start() : m.end() + len(" thousand")]
        try:
            hits = find_amounts(window)
        except ValueError:
            continue
        if hits and hits[0][0] == 0:
            _, end, _ = hits[0]
            amount = parse_amount(window[:end], before=text[: m.start()])
            found.append((m.start(), m.start() + end, amount))
    return found


def _clauses(sentence: str) -> list[tuple[int, int]]:
    named = [m.span() for m in names_joined_by_and().finditer(sentence)] if " and " in sentence else []
    bounds = [0] + [m.end() for m in re.finditer(r",(?!\d)|;|\s(?:and|but|while|whereas)\s", sentence)
                    if not any(a < m.start() < b for a, b in named)] + [len(sentence) + 1]
    # ("Avon and Somerset", "Devon and Cornwall": an area's name is not two clauses)
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


def _nearest(matches: list[tuple[int, int, str]], start: int, end: int) -> str:
    if not matches:
        return ""
    return min(matches, key=lambda m: (m[0] - end) if m[0] >= end else (start - m[1]))[2]


_LIST_GAP = re.compile(r"(?:\s+(?:in|for)\s+20\d\d[-/]\d\d)?(?:\s+(?:(?:paid|pays|went|goes|will go|is going|was spent|is spent|is passed|are passed|was passed|passed|is|are|was|were|will be)\s+)?(?:for|to|on)\b[^£;.]{0,80}?|"
                       r"\s+(?:will be |is |was |are |being )?(?:met|paid|funded|covered|provided|drawn|found|coming)\s+(?:from|by)\b[^£;.]{0,80}?|"
                       r"\s+from\s+(?:the\s+)?[^£;.]{1,60}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+plus\s+|\s*;\s*)(?:(?:the|a|an|its|our|their)\s+)?"
                       r"(?:[A-Za-z][\w'-]+(?:\s+[A-Za-z][\w'-]+)?\s+)?", re.S)
#: "…, and the commissioner £B": a second subject with the first clause's verb left out
_ELLIPSIS = re.compile(r"(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[A-Za-z][\w'’]*\s+){1,3}$")
_NOT_ELLIPSIS = re.compile(r"\b(?:is|are|was|were|will|has|have|had|gives?|gave|adds?|added|puts?|pays?|paid|spends?|spent|"
                           r"receives?|received|gets?|got|contributes?|contributed|provides?|provided|for|to|from|of|with|in)\s*$|"
                           r"\b(?:is|are|was|were|will|has|have|had)\b", re.I)
_PASSED_ON = re.compile(r"\bfrom the (?:office of the )?(?:police,? (?:fire )?and crime )?commissioner\b|"
                        r"\b(?:passed|paid|given|awarded|granted)(?: on)? to\b[^.;]{0,80}\bby the (?:office of the )?"
                        r"(?:police,? (?:fire )?and crime )?commissioner\b|\bthrough the (?:office of the )?"
                        r"(?:police,? (?:fire )?and crime )?commissioner\b", re.I)
#: the grant that other money matches or tops up ("agreed to match part of the Home Office grant"): not its payer
_MATCHED_OBJECT = re.compile(r"\b(?:to match|match(?:es|ed|ing)|alongside|on top of|in addition to|added to|adds? to|"
                             r"top(?:s|ped|ping)? up)\s+(?:part of |some of |half of |a share of )?"
                             r"(?:the |their |its |his |her |our |this |that )?(?:[\w-]+['’]s )?$|"
                             r"\b(?:add(?:s|ed|ing)?|contribut(?:es|ed|ing|e))\b[^.;]{1,50}?\s(?:to|towards)\s+"
                             r"(?:the |their |its |his |her |our |this |that )?(?:[\w-]+['’]s )?$", re.I)
#: (and a sum added to it, the verb before the sum: "the council is adding £25,500 to the Home Office grant")
#: a council named as the one that receives, commissions or runs the money's work ("where the city council will
#: commission one-to-one work", "of which Swindon Borough Council will receive £226,000"): not its payer
_COUNCIL_NOT_PAYING = re.compile(r"(?:['’]s)?\s+(?:will\s+|is\s+to\s+|is\s+going\s+to\s+|would\s+|then\s+)?(?:also\s+)?"
                                 r"(?:receives?|received|receiving|commissions?|commissioned|commissioning|runs?|running|"
                                 r"delivers?|delivered|delivering|hosts?|hosted|hosting|manages?|managed|managing|gets?|got)\b",
                                 re.I)
_FUNDING_WORDS = re.compile(r"\b(?:bid|applied|application|funding|fund|grant|awarded|covers?|runs?)\b", re.I)
_PAID_FROM = re.compile(r"\b(?:comes?|came|paid|funded|met|found)\b[^.]{0,30}\bfrom\b", re.I)
_NATIONAL_PENCE = 10_000_000 * 100
#: the verb that spends a sum on a service: after an award, such a smaller sum is a piece of it
#: "the council's own money", "Kent County Council has awarded … from its own budget": a council's money
_COUNCILS_OWN = re.compile(r"\bcouncil['’]s own\b|\b(?:council|authority)\b(?![’']s? (?:share|grant|allocation|award))"
                           r"[^.;£]{0,60}(?:£[\d,.]+(?:\s*(?:m|k|million)\b)?[^.;£]{0,20})?\bits own\b", re.I)
#: money "added to" or "on top of" a grant, "topping it up", "to match" it
_ADDED_TO = re.compile(r"\b(?:added|adds?|adding|on top of|top(?:s|ped|ping)? (?:it |this |that |the grant )?up|"
                       r"to match|match(?:ed|es|ing)? (?:the|this|that|its)|match funding)\b", re.I)
#: "The contract is worth £142,500", "a contract valued at £X": what a contract is worth, which says nothing of who pays
_CONTRACT_VALUE = re.compile(r"\bcontract\b[^.;£]{0,20}\b(?:worth|valued? at|value of|value is|of)\s+(?:[a-z]+\s+){0,2}$", re.I)
_SPENDING = re.compile(r"\b(?:will|would|is to|is going to) cost\s+AMOUNT|"
                       r"AMOUNT\s+(?:will\s+|is\s+to\s+|would\s+)?(?:pay|pays|paid|fund|funds|go|goes|be spent|is spent|"
                       r"cover|covers|buy|buys)\b|\b(?:will\s+)?(?:receive|receives|get|gets)\s+AMOUNT|"
                       r"\b(?:spend|spent|spending|allocate|allocated|set aside)\s+AMOUNT\s+(?:on|for)\b", re.I)
#: "up from £200,000 last year": a figure compared with, from another year: no round is guessed for it
_EARLIER_FIGURE = re.compile(r"\b(?:up|down|rising|falling|rose|fell|increased?|decreased?|compared)\s+(?:from|with|to)\s+$", re.I)
_LABELLED_LINE = re.compile(r"^\s*(?:[-•*–]\s+)?(?:\*\*)?[^£:]{2,90}?(?:\*\*)?\s*(?:[:–-]|\.{3,})\s*(?:\*\*)?\s*£[\d,.]+"
                            r"(?:\s*[mk]\b)?(?:\*\*)?(?:\s*(?:,|\s[-–(])[^£]{1,60}?|\s{2,}[^£\s][^£]{0,60}?)?\s*\.?\s*$")
# ("Total: £498,500, April 2024 to March 2026"; a dot leader and a column after the sum: "Perpetrator programme ....
# £214,600     Home Office, via the OPCC")
#: a numbered heading: "2. Money for the strategy in 2023-24", "3.1 Funding" (short, no sentence's full stop)
_NUMBERED_HEADING = re.compile(r"^\s*(?:#{1,6}\s+)?\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z][^.!?;:£]{0,70}$")
#: a section of job adverts: "### Jobs", "Vacancies", "Careers", "We're hiring"
_JOBS_HEADING = re.compile(r"\b(?:jobs?|vacanc(?:y|ies)|careers?|recruitment|job opportunities|we['’]re hiring|"
                           r"situations vacant)\b", re.I)
_SECTION_LINE = re.compile(r"^\s*(?:#{1,6}\s+\S.*|\*\*[^*]+\*\*\s*:?\s*)$")
_REFUSED = re.compile(r"\b(?:was|were|has been|have been|had been)\s+(?:turned down|rejected|refused|unsuccessful|not successful|declined)\b", re.I)
#: "£1.3 million for four forces in the South East": a sum over several areas, no one area's award
_SEVERAL_AREAS = re.compile(r"\b(?:for|by|between|among|across) (?:the )?(?:\w+ ){0,2}(?:forces|police areas|areas|counties|commissioners)\b|"
                            r"\b(?:across|for|to|into) the (?:\w+ )?region\b", re.I)
#: a sentence opening with a numbered piece of a sum: "Lot one, worth £241,500, …", "Tranche 2 (£40,000) …"
_NUMBERED_PIECE = re.compile(r"^\W*(?:lot|tranche|instalment)\s+(?:one|two|three|four|five|six|\d{1,2}|[A-F])\b", re.I)
_CARRIED = re.compile(r"\b(?:carried|brought|rolled) (?:forward|over)\b|\bunderspend\b", re.I)
_CARRIED_FROM = re.compile(r"\b(?:carried|brought|rolled) (?:forward|over) from\s+(?:the\s+)?$", re.I)
#: a sentence that opens a list of the pieces of an amount ("The grant is split across the two years:")
_OPENS_PARTS = re.compile(r"\b(?:split|divided|broken down|made up|profiled|phased|paid|allocated|shared|spent|"
                          r"as follows|in all|in total|altogether)\b[^.]*:\s*$|" + r"\b(?:(?:comes?|came|will come|is coming)\s+"
                          r"from|(?:funded|paid for|met|paid|shared)\s+(?:\w+\s+)?by|from\s+(?:two|three|four|five|several|"
                          r"(?:the\s+)?following)\s+(?:sources|funders|bodies))\s*:?\s*$", re.I)
#: a line of a list: a bullet, a number, or a letter in brackets ("(a) ", "b) ")
_LIST_LINE = re.compile(_BULLET.pattern + r"|^\s*\(?[a-hA-H]\)\s+")
#: "£230,000 in the first year and £250,000 in the second": the year of a span a figure is for, after it
_NTH_YEAR_AFTER = re.compile(r"\s+(?:in|for|during) (?:the |its )?(?P<n>first|second|third|fourth|fifth)\b(?! (?:quarter|half|month|week))",
                             re.I)
#: a figure said after it to be one year's share: "The £214,600 in the table is the first year's share", "… was its second
#: year's instalment"
_NTH_YEARS_SHARE = re.compile(r"[^.;£]{0,30}?\b(?:is|was|are|were|being|as) (?:the |its |their )?(?P<n>first|second|third|fourth|fifth)"
                              r" year['’]s (?:share|instalment|payment|allocation|part|portion|tranche)\b", re.I)
_ORDINAL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5,
            "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
#: a figure from a time before the release's ("Last year the county received £210,000", "previously"): not the
#: release's money, so it takes neither the release's period nor its publication year
_PAST_TIME = re.compile(r"(?<!forward from )(?<!over from )\b(?:last year|a year ago|the year before|previously|in the past|"
                        r"(?:the |its )?(?:last|previous|earlier|first) (?:round|grant|award|bid))\b", re.I)
_NTH_YEAR = re.compile(r"\b(?:year|yr)\s+(?P<n>one|two|three|four|five|1|2|3|4|5)\b(?!.*\byear\s+(?:one|two|three|four|five|\d)\b)", re.I)
_PER_YEAR = re.compile(r"\s*,?\s*(?:at\s+)?(?:(?:in |for )?each year|a year|per year|per annum|annually|(?:in|for) each of (?=20\d\d)|"
                       r"(?:in|for) each of (?:the|those|these) (?:\w+ )?years)\b", re.I)
#: a sentence that opens by saying it sums what was stated: "Taken together, the money available … is £204,000"
_TOTAL_OPENER = re.compile(r"^\W*(?:taken together|together|put together|combined|altogether|all told|in all|in total|overall|all in all)\s*,", re.I)
#: words saying a total adds up sums stated before it: "The varied award is therefore …", "Taken together, the two years"
_SUMS_BEFORE = re.compile(r"\b(?:therefore|taken together|together|altogether|in all|in total|between them|"
                          r"(?:the|these|those|both) (?:two|three|four|five) (?:years|awards|grants|allocations)|both years)\b",
                          re.I)
#: "… to the grant in each of the two years": a yearly sum, said later in its clause
_EACH_OF_YEARS = re.compile(r"\b(?:in|for) each (?:year\b|of (?:the|those|these) (?:\w+ )?years\b)", re.I)
_ALL_FUNDERS = re.compile(r"\b(?:from|across|by|with|of) all (?:\w+ )?(?:funders|sources)\b|\ball (?:our |its |their )?funders\b", re.I)
_BETWEEN_THEM = re.compile(r"\bbetween them\b|\bjointly\b|\bthe (?:two|three|four|five) (?:commissioners|forces|police areas|areas|"
                           r"councils|partners)\b|\bboth (?:commissioners|forces|areas|councils)\b", re.I)
_SPLIT_BETWEEN = re.compile(r"\b(?:split|divided|shared|broken down|spread|spent)\s+(?:out\s+)?(?:between|among|across|into|as)\b",
                            re.I)
_SAME_PERIOD = re.compile(r"\b(?:the|those) same (?:\w+ )?(?:years?|period)\b|"
                          r"\b(?:over|across|for|during|in)(?: each of)? (?:the|those|these) (?:two|three|four|five) years\b(?!\s+(?:from|starting|until|beginning|"
                          r"to\s+(?:the\s+end\b|\d|(?:january|february|march|april|may|june|july|august|september|"
                          r"october|november|december)\b)))",
                          re.I)  # "over the two years": the span stated before
#: a council's letterhead: "BEDFORD BOROUGH COUNCIL", "# Kirklees Council"
_COUNCIL_ISSUER = re.compile(r"^\W*(?:[A-Z][\w'’&-]*\s+){1,4}(?:borough |city |county |district )?council\W*$", re.I)
#: "over two years": a span of that many years with no start of its own
_OVER_N_YEARS = re.compile(r"\b(?:over|across) (?:two|three|four|five) years\b(?!\s+(?:from|starting|to|until|beginning|ago))",
                           re.I)


def _span_of(words: str, candidates, only: bool = False) -> tuple[str, str] | None:
    """The first of the candidate periods that spans as many years as the words say ("the two years"), or, when they
    give no number, the first of several years; with ``only``, the one such candidate (none when there are several)."""
    n = re.search(r"\b(two|three|four|five)\b", words, re.I)
    fits = [p for p in candidates if p is not None and p[0] != p[1]
            and (n is None or int(p[1][:4]) - int(p[0][:4]) + 1 == parse_count(n.group(1)))]
    if only:
        return fits[0] if len(set(fits)) == 1 else None
    return fits[0] if fits else None


_IN_ALL = re.compile(r"\b(?:in all|in total|all told|made up of|a total of)\b", re.I)
#: a sum its sentence says is outside the scheme the release is about ("Telford and Wrekin Council, which is not part of
#: this scheme, has separately received £95,000"): another award, so it is not lent the release's period
#: the words between two figures of one list whose verb and payer are left out ("£58,000 in Avon and Somerset, £34,500
#: …", "£55,000 from the policing budget in 2025/26 and a further £35,000"): no verb, no full stop, colon or semicolon
_PAYERS_LIST_GAP = re.compile(r"(?:\s+(?:in|for|to|on|at|from|of)\s+[^£;.:]{1,70}?)?\s*(?:,\s*(?:and\s+|plus\s+)?|\s+and\s+|"
                              r"\s+plus\s+)(?:(?:a|an)\s+(?:further|extra|additional|other)\s+|another\s+|then\s+)?", re.I)


#: a figure followed by words naming its own payer ("£40,000 that the commissioner has added", "£40,000 the council
#: gives"): not an elided item of the list before it
_OWN_PAYER_AFTER = re.compile(r"\s*,?\s*(?:that|which|who)\b|\s+(?:the\s+|our\s+|its\s+)?(?-i:[A-Z][\w'’-]*\s+){0,3}"
                              r"(?:commissioner|PCC|PFCC|mayor|council|authority|partners|trust|board)\b", re.I)


def _continues_payers_list(between: str) -> bool:
    """Whether the words between two figures continue one list of sums with its verb and payer left out."""
    return bool(_PAYERS_LIST_GAP.fullmatch(between)) and not _NOT_ELLIPSIS.search(between)


_SEPARATE_SCHEME = re.compile(r"\bnot (?:part of|in|included in|covered by|counted in) (?:this|the|our) (?:\w+ )?(?:scheme|"
                              r"programme|project|service|pilot|partnership)\b|\boutside (?:this|the|our) (?:\w+ )?(?:scheme|"
                              r"programme|project|partnership)\b|\b(?:a|an) (?:similar|separate) (?:\w+ )?(?:course|scheme|"
                              r"programme|project|service) of (?:its|their|his|her) own\b", re.I)
_SEPARATE = re.compile(r"\b(?:separate|second|another|additional) (?:bid|award|grant)\b|\balso (?:secured|won|received|awarded)\b", re.I)
_POSSESSIVE = re.compile(r"^['’]s?\b")
#: the accounts' own year named without its number ("for the year", "spent in the year")
_THE_YEAR = re.compile(r"\b(?:for|in|during|over|across) the (?:financial )?year\b(?!\s+(?:to|ended|ending|before|after)\b)", re.I)
_THE_GRANT = re.compile(r"(?:\b(?:the|this|that|its|our|their|the council's|the commissioner's)\s+(?:[\w'’-]+\s+){0,2}?"
                        r"(?:grant|award|allocation|money|funding|sum)\b|^\W*(?:it|this|that)\b)"
                        r"[^£]*\b(?:paid|split|profiled|phased|divided|spread|shared)\b", re.I)
# ("It is paid in 2 instalments: …": the sum just stated, by its pronoun; the pieces must add up to it)
_NO_AREA = re.compile(r"\b(?:one force|a force|another force|neighbouring|which asked not to be named|"
                      r"(?:a|one|another) (?:second|third|fourth|fifth|sixth|further|other) (?:force|police area)|"
                      r"(?:(?:asked|wanted|want|wish|wished|chose) not|declined) to be named|"
                      r"in the region|regional|the region's)\b", re.I)


#: a defined term: 'the Police and Crime Commissioner for Gwent ("the Funder")' (the words before name who it is)
_DEFINED_TERM = re.compile(r"(?P<who>[^()\"“”:;]{3,120}?)\s*\(\s*[\"“](?:the\s+)?(?P<term>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)[\"”]\s*\)")
#: a note on a table's rows: "Rows V1 to V4 are met from the Commissioner's own budget", "Lines P1 to P3 … Home Office grant"
_ROW_RANGE = re.compile(r"\b(?:rows?|lines?|items?)\s+(?P<p1>[A-Z]{0,2})(?P<n1>\d{1,2})\s*(?:to|-|–)\s*(?P<p2>[A-Z]{0,2})(?P<n2>\d{1,2})\b"
                        r"(?P<rest>[^.;]{0,120})", re.I)


#: a figure followed by the funder whose money it is: "£52,800 of Ministry of Justice victims' money",
#: "£60,000 from the Ministry of Justice"
_FIGURE_OF_FUNDER = re.compile(r"^\s*(?:a year\s+|each year\s+)?(?:of|from)\s+(?:the\s+)?(?P<who>[^,.;£]{2,40})")


def _round_funders(rel, terms, funders: set[str]) -> set[str]:
    """The funders of ``funders`` that frame the release's money: a funder named only right after one figure as whose
    money that figure is ("The area also receives £52,800 of Ministry of Justice money in 2025-26") pays that figure,
    not the round the release is about; when that leaves one, it is the release's."""
    framing, unfigured = set(), set()
    lede = True  # (up to the first sentence with a figure: the text's opening frames its money)
    for _, s in rel.sentences:
        for v, p in _candidates(terms.get("funder", ()), s):
            if v not in funders:
                continue
            for m in p.finditer(s):
                money = [t for t in MONEY_TOKEN.finditer(s, 0, m.start())]
                own = money and (m.start() - money[-1].end()) <= 45 and \
                    _FIGURE_OF_FUNDER.match(s[money[-1].end() : m.end()]) is not None
                if not own:
                    framing.add(v)
                if lede or not MONEY_TOKEN.search(s):
                    unfigured.add(v)
        lede = lede and not MONEY_TOKEN.search(s)
    # (the one left must also be named in the opening or where no figure is, "The table gives the Home Office
    # allocations …": a text whose every funder is named only with its own figures has no one funder of its own)
    return framing if len(framing) == 1 and framing <= unfigured else funders


def _defined_funders(rel, terms) -> dict[str, str]:
    """Defined terms naming a funder ('the Commissioner for Gwent ("the Funder")' → {"Funder": "PCC"})."""
    out: dict[str, str] = {}
    for _, s in rel.sentences:
        if "(" not in s:
            continue
        for m in _DEFINED_TERM.finditer(s):
            who = m.group("who")
            if _first(terms.get("negation", ()), who):
                continue
            named = sorted((x.end(), v) for v, p in _candidates(terms.get("funder", ()), who) for x in p.finditer(who))
            funder = named[-1][1] if named else _first(terms.get("table_funder", ()), who)
            if funder:
                out.setdefault(m.group("term"), funder)
    for _, s in rel.sentences:  # "The Community Safety Fund is the Commissioner's own budget": a named fund defined
        m = _NAMED_FUND_IS.search(s) if "The " in s and ("Fund " in s or "Budget " in s or "Grant " in s or "Pot " in s) \
            else None
        if m and not MONEY_TOKEN.search(s) and not _first(terms.get("negation", ()), s):
            who = m.group("who")
            named = sorted((x.start(), v) for v, p in _candidates(terms.get("funder", ()), who) for x in p.finditer(who))
            if named:
                out.setdefault(m.group("term"), named[0][1])
    return out


#: a fund named with capitals and said what it is: "The Community Safety Fund is the Commissioner's own budget",
#: "The Safer Families Grant is paid by the Home Office"
_NAMED_FUND_IS = re.compile(r"(?:^|[.:]\s+|\d\.\s*)The (?P<term>(?:[A-Z][\w'’-]*\s+){1,4}(?:Fund|Budget|Grant|Pot))\s+"
                            r"(?:is|comes from|is paid (?:by|from)|is met (?:by|from))\s+(?P<who>[^.;]{3,80})")


#: a period defined by a label line ("**Funding Period:** 1 April 2024 to 31 March 2026", "Contract term: …") or
#: by a defined term after a span ('1 April 2025 to 31 March 2027 (the "Grant Period")')
_PERIOD_LABEL = re.compile(r"^\W*(?P<term>(?:[A-Za-z]+ ){0,2}(?:period|term))\W*:\W*(?P<rest>\S.*)$", re.I)
_PERIOD_TERM = re.compile(r"\(\s*(?:the\s+)?[\"“](?:the\s+)?(?P<term>(?:[A-Za-z]+ ){0,2}(?:Period|Term))[\"”]\s*\)", re.I)


def _defined_periods(rel) -> dict[str, tuple[str, str]]:
    """Terms defined as one span of years ({"funding period": ("2024-25", "2025-26")}), to read where they are used."""
    out: dict[str, tuple[str, str]] = {}
    for number in range(1, len(rel.text.split("\n")) + 1):
        m = _PERIOD_LABEL.match(rel.line_text(number))
        if m and not MONEY_TOKEN.search(m.group("rest")):
            stated = find_periods(m.group("rest"))[0]
            if len({p[2:] for p in stated}) == 1:
                out.setdefault(m.group("term").lower(), stated[0][2:])
    for _, s in rel.sentences:
        for m in _PERIOD_TERM.finditer(s):
            stated = [p for p in find_periods(s[: m.start()])[0]]
            if stated and not MONEY_TOKEN.search(s[stated[-1][1] : m.start()]):
                out.setdefault(m.group("term").lower(), stated[-1][2:])
    return out


def _defined_funder(text: str, defined: dict[str, str]) -> str:
    """The funder a defined term in ``text`` stands for ("Funder's match funding" → "PCC"), else ''."""
    for term, funder in defined.items():
        if re.search(rf"(?<![\w\"“])(?:the\s+)?{re.escape(term)}(?:['’]s?)?\b", text):
            return funder
    return ""


#: a footnote line: "\\* Warwickshire's award comes from …", "† Paid from …"
_FOOTNOTE = re.compile(r"^\s*(?P<mark>\\?\*(?!\*)|†|‡)\s*(?P<text>\S.*)$")


def _footnote_funders(rel, terms) -> dict[str, tuple[str, bool, tuple[str, str] | None]]:
    """The funder (and period) a footnote gives the table row its mark is on ("* … from the commissioner's own
    budget, not from the Home Office, and covers October 2023 to March 2025")."""
    out: dict[str, tuple[str, bool, tuple[str, str] | None]] = {}
    for number in range(1, len(rel.text.split("\n")) + 1):
        m = _FOOTNOTE.match(rel.line_text(number))
        if not m or MONEY_TOKEN.search(m.group("text")):
            continue
        text = m.group("text")
        negated = [(x.start(), x.end()) for _, p in _candidates(terms.get("negation", ()), text) for x in p.finditer(text)]
        named = sorted((x.start(), v) for v, p in _candidates(terms.get("funder", ()), text) for x in p.finditer(text)
                       if not any(a <= x.start() < b for a, b in negated))
        own = bool(_first(terms.get("own_funding", ()), text))
        funder = named[0][1] if named else ("PCC" if own else "")
        if funder:
            stated = find_periods(text)[0]
            out[m.group("mark").lstrip("\\")] = (funder, own, stated[0][2:] if len(stated) == 1 else None)
    return out


def _row_range_funders(rel, terms) -> dict[str, tuple[str, bool]]:
    """The funder a note gives a range of a table's rows ("Rows V1 to V4 are met from the Commissioner's own budget")."""
    out: dict[str, tuple[str, bool]] = {}
    for _, s in rel.sentences:
        if MONEY_TOKEN.search(s):
            continue
        for m in _ROW_RANGE.finditer(s):
            p1, p2, n1, n2, rest = m.group("p1"), m.group("p2"), int(m.group("n1")), int(m.group("n2")), m.group("rest")
            if p1.upper() != p2.upper() or not n1 <= n2 <= n1 + 30 or _first(terms.get("negation", ()), rest):
                continue
            own = bool(_first(terms.get("own_funding", ()), rest))
            named = sorted((x.start(), v) for v, p in _candidates(terms.get("funder", ()), rest) for x in p.finditer(rest))
            funder = named[0][1] if named else _first(terms.get("table_funder", ()), rest) or ("PCC" if own else "")
            if funder:
                for n in range(n1, n2 + 1):
                    out[f"{p1.upper()}{n}"] = (funder, own)
    for number, s in rel.sentences:
        m = _EVERY_ROW.search(s)
        if not m or MONEY_TOKEN.search(s):
            continue
        for key, words in ((f"*{number}", m.group("rest")), (f"*{number}:{(m.group('except') or '').lower()}",
                                                               m.group("payer") or "")):
            if not words or _first(terms.get("negation", ()), words):
                continue
            own = bool(_first(terms.get("own_funding", ()), words))
            named = sorted((x.start(), v) for v, p in _candidates(terms.get("funder", ()), words) for x in p.finditer(words))
            funder = named[0][1] if named else _first(terms.get("table_funder", ()), words) or ("PCC" if own else "")
            if funder:
                out[key] = (funder, own)
    return out


#: a note under a table giving the payer of all its rows, and of one excepted row: "Every line in Table 1 is paid from
#: the Home Office money except the family worker, which is the council's match funding", "All items above are met by
#: the commissioner, apart from evaluation, which is funded by the council"
_EVERY_ROW = re.compile(r"\b(?:every|each|all(?: the)?)\s+(?:rows?|lines?|items?|costs?|entr(?:y|ies))\s+(?:in|of|above|shown)"
                        r"(?P<rest>[^.;]{0,80}?)(?:,?\s+(?:except|apart from|other than|but not|save)\s+(?:for\s+)?(?:the\s+)?"
                        r"(?P<except>[^,.;]{2,50}?),?\s+which\s+(?P<payer>[^.;]{0,80}))?(?=[.;]|$)", re.I)
#: how many lines after a table row a note on the rows may stand
_NOTE_REACH = 15


def _note_row_funder(row_refs: dict, number: int, label: str):
    """The payer a note just under a table gives the row on line ``number`` ("Every line in Table 1 is paid from …
    except the family worker, which is …"): the excepted row's own payer, else all rows' (None when no note)."""
    label = " ".join(label.lower().split())
    for key, value in sorted(row_refs.items()):
        if not key.startswith("*") or ":" in key:
            continue
        note = int(key[1:])
        if not number < note <= number + _NOTE_REACH:
            continue
        excepted = next((v for k, v in row_refs.items() if k.startswith(f"*{note}:") and k.split(":", 1)[1]
                         and label.startswith(k.split(":", 1)[1])), None)
        return excepted or value
    return None


#: an accounts comparative: "£262,430 (2021-22: £231,975)", "(prior year: £X)", "(year ended 31 March 2022: £X)"
_COMPARATIVE_BEFORE = re.compile(r"\(\s*(?:(?:(?:the\s+)?(?:prior|previous|last)\s+year|(?:year|period)\s+(?:ended|to)\b[^:()£]{0,30}|"
                                 r"(?:FY\s*)?20\d\d(?:[-/–]\d\d(?:\d\d)?)?)\s*[:=]|(?:prior|previous|last)\s+year\s*:?)\s*$", re.I)


#: a sentence giving "the two forces", "both areas", "the three commissioners" one sum to share
_SHARED_BY_THE_N = re.compile(r"\b(?:the|these|those) (?P<n>two|three|four|five) (?:commissioners|forces|police areas|areas|"
                              r"force areas|offices|counties)\b[^.;£]{0,80}?\b(?:share[sd]?|sharing|between them|jointly)\b|"
                              r"\b(?P<both>both) (?:commissioners|forces|areas|counties)\b[^.;£]{0,80}?\b(?:share|sharing|"
                              r"between them|jointly)\b", re.I)


def _elided_share(here: list, own_areas: set, between: str) -> bool:
    """Whether a figure goes on a list of areas' shares of a shared award with its verb left out: "Hertfordshire takes
    £702,500 of it, Cambridgeshire and Peterborough £541,750 and Bedfordshire £320,000" (an area of the award, the
    words since the share before only its name)."""
    if not here or here[-1].role != "part" or here[-1].whole is None or not here[-1].whole.shared_by:
        return False
    gap = _ELLIPSIS.search(between)
    return bool(own_areas & set(here[-1].whole.shared_by)) and gap is not None and not _NOT_ELLIPSIS.search(gap.group(0))


def _areas_named_just_before(rel, number: int, sentence: str) -> tuple[str, ...]:
    """The areas "the three forces" of ``sentence`` stand for: those the text just before names, as many as it says, in
    the words of its line before the sentence (a run-in, "**Gwent and South Wales (joint bid).**") or else on the last
    line before it with words (a heading, "BEDFORDSHIRE, CAMBRIDGESHIRE AND HERTFORDSHIRE"); else none."""
    m = _SHARED_BY_THE_N.search(sentence)
    n = 2 if m.group("both") else parse_count(m.group("n"))
    line = rel.line_text(number)
    at = line.find(sentence[:30])
    candidates = [line[:at]] if at > 0 else []
    before = [rel.line_text(k) for k in range(number - 1, max(0, number - 4), -1) if rel.line_text(k).strip()]
    candidates += before[:1]
    for text in candidates:
        codes = tuple(dict.fromkeys(a[2] for a in _areas_in(text)))
        if len(codes) == n:
            return tuple(sorted(codes))
        if codes:
            return ()
    return ()


def _read_comparatives(sentence: str, here: list) -> None:
    """A bracketed prior-year figure after an amount ("came to £262,430 (2021-22: £231,975)") is that amount's
    comparative: the same kind of money for the year it names, never a piece of the amount; the amount itself, when
    it states no other year, is for the year after the comparative's (the accounts' own year)."""
    for k in range(1, len(here)):
        d, prev = here[k], here[k - 1]
        m = _COMPARATIVE_BEFORE.search(sentence[max(0, d.start - 60) : d.start])
        if not m or not re.match(r"[^()]{0,20}\)", sentence[d.start :]) or "(" in sentence[prev.start : d.start - len(m.group(0))]:
            continue
        years = find_periods(m.group(0))[0]
        d.comparative = True
        if prev.role == "part":
            d.role, d.whole, d.part_of, d.funder, d.code, d.basis = "context", None, None, "", "", "none"
        else:
            d.role, d.whole, d.part_of, d.funder = prev.role, prev.whole, prev.part_of, prev.funder
            d.code, d.basis, d.shared_by = prev.code, prev.basis, prev.shared_by
        if years:
            d.period = years[0][2:]
            if prev.period is None or prev.period == d.period:
                nxt = int(d.period[1][:4]) + 1
                prev.period = (_fy_text(nxt), _fy_text(nxt)) if d.period[0] == d.period[1] else None


#: a comparison an area is named in: "than", "compared with", "as large as", "unlike", "similar to", "the same as"
_AREA_COMPARED_WITH = re.compile(r"\b(?:than|compared\s+(?:with|to)|as\s+\w+\s+as|unlike|similar\s+to|the\s+same\s+as)\b"
                                 r"[^,;:()£.]*$", re.I)


def _only_compared_with(sentence: str, at: int, start: int) -> bool:
    """Whether the area named at ``at`` stands only in a comparison before the figure at ``start`` ("Dyfed-Powys, which
    covers more ground than the whole of the West Midlands region, will receive £253,450": not the West Midlands'
    money); an area whose comparison runs on to the figure itself ("more than Essex's £400,000") is the figure's."""
    if at >= start or not _AREA_COMPARED_WITH.search(sentence[:at]):
        return False
    return bool(re.search(r"[,;:()]", sentence[at:start]))


def _areas_in(text: str) -> list[tuple[int, int, str, bool]]:
    """Areas named in ``text`` with whether each is a possessive ("Kent's")."""
    return [(s, e, c, bool(_POSSESSIVE.match(text[e : e + 2]))) for s, e, c in find_areas(text)]


_BODY_WORD = re.compile(r"\b(?P<grantor>Home Office|Ministry of Justice|MoJ)\b|\b(?:commissioner|PCC|PFCC|OPCC|OPFCC|mayor|"
                        r"council|authority|charity|trust|CIC|Ltd|partnership|board|NHS|university|foundation|"
                        r"constabulary|force|provider|service)\b", re.I)
_PRONOUN_FUND = re.compile(r"\b(?:from|out of|through|via|under)\s+(?P<pronoun>its|their)\s+(?:own\s+)?(?:[\w'’-]+\s+){0,4}?"
                           r"(?:fund|funds|budget|pot|programme|scheme|grant|money|funding)\b", re.I)


def _payer_before_semicolon(sentence: str, funders: list, start: int) -> list:
    """The one payer named before a semicolon, for a figure after it whose clause names no body of its own and goes
    on about the same thing by pronoun ("… when its Home Office funding came to an end; in its last year, 2024-25, it
    received £132,000"); empty when the clause names a body ("…; the commissioner now pays £60,000") or several
    payers stand before it."""
    semi = sentence.rfind(";", 0, start)
    before = [f for f in funders if f[1] <= semi]
    if semi < 0 or not before or len({f[2] for f in before}) != 1 or _BODY_WORD.search(sentence, semi + 1, start) \
            or not re.search(r"\b(?:it|its|they|their|this|that)\b", sentence[semi + 1 : start], re.I):
        return []
    return before[-1:]


def _grantor_pronouns(sentence: str) -> str:
    """The sentence with 'its'/'their' before a fund made neutral where the pronoun is the Home Office's or the
    Ministry of Justice's ("The Home Office has granted Cheshire £148,000 …, from its Stalking Perpetrator
    Interventions Fund"): the fund is the grantor's, not the commissioner's own.  The pronoun's referent is taken to
    be the first body the sentence names before it (its subject); the text keeps its length, so offsets stand."""
    for m in _PRONOUN_FUND.finditer(sentence):
        first = _BODY_WORD.search(sentence, 0, m.start("pronoun"))
        if first is not None and first.group("grantor"):
            word = "the" if m.group("pronoun").lower() == "its" else "these"
            sentence = sentence[: m.start("pronoun")] + word + sentence[m.end("pronoun") :]
    return sentence


def _clause_of(sentence: str, start: int) -> tuple[int, int]:
    clauses = _clauses(sentence)
    for i, (a, b) in enumerate(clauses):
        if a <= start < b:
            if i + 1 < len(clauses) and not re.search(r"[^\W\d_]{3}", MONEY_TOKEN.sub("", sentence[a:b])):
                # a sum set off by commas ("The biggest award, £846,000, goes to …", "Kent takes the largest piece,
                # £271,400, and …"): its clause is the words it stands in, before and after it
                return (clauses[i - 1][0] if i else a), clauses[i + 1][1]
            return a, b
    return 0, len(sentence)


@dataclass
class _Draft:
    line: int
    start: int
    amount: Amount
    role: str
    funder: str
    code: str
    basis: str
    period: tuple[str, str] | None
    part_of: int | None = None
    shared_by: tuple[str, ...] = ()
    whole: "_Draft | None" = None
    award_number: int = 1
    head_total: bool = False  # a table cell under a "total" column heading
    head_year: bool = False  # a table cell under a year column heading
    per_year: bool = False  # "£30,000 in each year": one year's share of its whole, repeated for each year
    bad_year: bool = False  # its sentence prints an impossible year ("2023-22"): no round is guessed for it
    balance: bool = False  # a fund's balance at a date (accounts), not an award
    table: int = 0  # the table a cell is in (0: prose)


#: a span printed as the name of a round of funding: "the 2024 to 2026 round", "under the 2023-25 fund", "Results from
#: the 2024 to 2026 round"
_ROUND_NAMED = re.compile(r"\s+(?:funding\s+)?(?:round|fund|scheme|tranche|programme|allocations?)\b", re.I)


def _rounds_named(sentence: str) -> set[tuple[str, str]]:
    """The spans ``sentence`` prints as the name of a round ("in the 2024 to 2026 round Cumbria received …")."""
    return {(a, b) for _, pe, a, b in find_periods(sentence)[0] if a != b and _ROUND_NAMED.match(sentence, pe)}


def _an_earlier_round(sentence: str, span: tuple[str, str], release_period) -> bool:
    """Whether ``span`` is named in ``sentence`` as a round ended before the release's own period begins: a previous
    round's figure ("in the 2024 to 2026 round Cumbria received more than £400,000") is no span for a later "over the two
    years" to mean, when the text is about the next round."""
    return bool(release_period) and span[1] < release_period[0] and span in _rounds_named(sentence)


def _without_earlier_rounds(rel, bare: set) -> set:
    """The spans a release states of itself, less those it names as a round ending before another of them begins
    ("services started under the 2023 to 2025 fund" beside "the Fund 2025 to 2027"): the earlier round is compared
    with, not the release's own."""
    if len(bare) < 2:
        return bare
    named = set().union(*(_rounds_named(s) for _, s in rel.sentences))
    kept = {p for p in bare if not (p in named and any(q[0] > p[1] for q in bare))}
    return kept or bare


def _table_title(lead: str) -> bool:
    """Whether a line over a table is its title or caption, a phrase and not a sentence ("Peterborough perpetrator
    service budget, 2025-26", an HTML <caption>): the one year it names is the rows'."""
    # (a financial year as written, "2025-26", "2025/26": months in a title, "April to June 2024", are the quarter a
    # register reports on, not the years its contracts are for)
    # (or whole financial years in months, "BUDGET, APRIL 2025 TO MARCH 2027", "1 April 2024 to 31 March 2025", not
    # as an entry's field, "**Term:** 1 April 2024 to 31 March 2026", which is that entry's term)
    return bool(lead) and not re.search(r"[.!?;,]['\"”’)]?$", lead) and len(lead.split()) <= 14 \
        and bool(re.search(r"\b20\d\d\s?[-/–]\s?(?:20)?\d\d\b", lead)
                 or _WHOLE_YEARS_IN_MONTHS.search(lead) and not _FIELD.match(lead))


#: a span of whole financial years given in months: "April 2025 to March 2027", "1 April 2024 - 31 March 2025"
_WHOLE_YEARS_IN_MONTHS = re.compile(r"\b(?:1(?:st)?\s+)?april\s+20\d\d\s*(?:to|until|through|[-–—])\s*(?:the end of\s+)?"
                                    r"(?:31(?:st)?\s+)?march\s+20\d\d\b", re.I)


#: a field of an entry or notice: "Indicative value: …", "- Contract term: …", "**Funding:** …"
_FIELD = re.compile(r"^\W*([A-Z][\w'’ /()-]{1,40}?)\s*(?:\*\*)?:")
#: a field naming who pays: "Funding:", "Funded by:", "Source of funding:", "Paid for by:", "Funder:"
_FUNDING_FIELD = re.compile(r"^(?:funding(?: source| stream)?|funded (?:by|from)|funders?|source(?: of funding)?|"
                            r"(?:paid|met) (?:for )?(?:by|from)|who pays)$", re.I)


def _field_block(rel, number: int, reach: int = 4) -> list[int]:
    """The other lines of the block of fields a line is in: its neighbours up to ``reach`` lines away, up to a blank
    line."""
    out = []
    for step in (1, -1):
        n = number + step
        while abs(n - number) <= reach and rel.line_text(n).strip():
            out.append(n)
            n += step
    return out


def _funding_fields(rel, drafts: list[_Draft], terms) -> None:
    """An entry set out as fields ("Indicative value: £298,000 a year", "Contract term: …", "Funding: Home Office
    grant") names the payer of its value in its funding field: a figure on a field of its own whose clause names no
    funder takes the funder the funding field names before any sum of its own (the commissioner's own budget is his
    own funding); and a figure whose funding field states two or more sums of its own that add up to it ("Funding:
    £72,000 a year from the county council and £40,000 a year from the Commissioner's budget") is their total, each
    of them a part of it keeping its own funder."""
    lines = {}
    for d in drafts:
        lines.setdefault(d.line, []).append(d)
    for d in drafts:
        field = _FIELD.match(rel.line_text(d.line))
        if d.table or d.whole is not None or d.role not in ("grant", "total") or not field \
                or _FUNDING_FIELD.match(field.group(1).strip()):
            continue
        for n in _field_block(rel, d.line):
            other = _FIELD.match(rel.line_text(n))
            if not other or not _FUNDING_FIELD.match(other.group(1).strip()):
                continue
            words = rel.line_text(n)[other.end():]
            pieces = [x for x in lines.get(n, []) if x.whole is None and x.role not in ("context", "total")]
            if len(pieces) >= 2 and sum(x.amount.pence for x in pieces) == d.amount.pence and not d.funder:
                d.role, d.part_of = "total", None
                d.across = len({x.funder for x in pieces}) > 1
                for x in pieces:
                    x.role, x.whole, x.part_of = "part", d, d.line
                    x.period = x.period or d.period
                break
            head = MONEY_TOKEN.split(words)[0]
            if d.funder or _first(terms.get("negation", ()), head):
                break
            named = sorted((m.start(), v) for v, p in _candidates(terms.get("funder", ()), head)
                           for m in [p.search(head)] if m)
            own = _first(terms.get("own_funding", ()), head)
            if named:
                d.funder = named[0][1]
            elif own:
                d.funder = "PCC"
            if own and d.funder == "PCC" and d.role == "grant":
                d.role = "own_funding"
            break


def _round_total_period(drafts: list[_Draft]) -> tuple[str, str] | None:
    """The period of a round-up's lead figure: the first figure of the text is a total over no one area, with its
    years ("Seven forces have been awarded £4.8m in all over 2026/27 and 2027/28"), so the areas' awards listed after
    it, which give no years of their own, share that span."""
    first_area = min((d.line for d in drafts if d.code or d.shared_by), default=0)
    leads = [d for d in drafts if d.line < first_area and d.role != "context"]
    spans = {d.period for d in leads if d.period}
    if leads and all(d.role == "total" for d in leads) and len(spans) == 1:
        return spans.pop()  # (a headline's "£4.8m for the region" restates the lead's total without its years)
    return None


def extract_awards(
    text, source_id: str = "<text>", *, published: str = ""
) -> tuple[tuple[LocalAward, ...], tuple[Diagnostic, ...]]:
    """Every statement of money in a release, with its role, area, period and funder.

    Each figure's role (``grant``, ``part``, ``match_funding``, ``own_funding``,
    ``total``, ``context``) and funder are read from the words of its own clause
    (``local_funding_terms.csv``); its area from its own clause or table row
    (possessives included), else from the release when the release is about one
    area, else none.  Its period is the span printed beside it, else the one
    span the release gives for its funding; never the publication date (the
    ``round`` column, which groups statements of one award, falls back to the
    publication date's financial year and says so in ``round_basis``).
    A figure broken by a space, a negative figure and an impossible year are
    diagnostics; a token that looks like money but is not an amount too.
    """
    rel = prepare(text, source_id)
    source_id = rel.source_id
    terms = _terms("local_funding_terms.csv")
    diagnostics: list[Diagnostic] = []
    drafts: list[_Draft] = []

    # The release's own period: the one span it prints (several spans: none).
    spans, bare = set(), set()
    spans_said: list[tuple[int, tuple[str, str]]] = []  # (line, span of several years) in the order stated
    for sn, s in rel.sentences:
        here_spans = {(a, b) for ps, pe, a, b in find_periods(s)[0]
                      if not (s[:ps].rstrip().endswith("(") and re.match(r"\s*[:=]\s*£", s[pe:]))  # (not a comparative's)
                      and not _after_a_compared_figure(s, ps)}  # (nor a figure's compared with: "up from £240,000 in 2023-24")
        spans |= here_spans
        spans_said.extend((sn, p) for p in here_spans if p[0] != p[1])
        if not MONEY_TOKEN.search(s) and _FUNDING_WORDS.search(s) and "|" not in s and "\t" not in s:
            bare |= here_spans  # (a table's year headings are columns, not the release's span)
    # "the next two years of funding" said once without a start, and "£X from April 2025" once without an end: the span
    # they make is the release's (before a single year printed with one figure: "£52,000 … for 2025-26")
    opened = open_span(" ".join(s for _, s in rel.sentences),
                       " ".join(s for _, s in rel.sentences if not MONEY_TOKEN.search(s) and _FUNDING_WORDS.search(s)))
    bare = _without_earlier_rounds(rel, bare)
    release_period = bare.pop() if len(bare) == 1 else opened if opened else spans.pop() if len(spans) == 1 else None
    # "All figures are for the two years from April 2025": the release says itself what period its figures cover
    said = {(a, b) for _, s in rel.sentences if not MONEY_TOKEN.search(s) and _first(terms.get("figures_period", ()), s)
            for _, _, a, b in find_periods(s)[0]}
    figures_said = len(said) == 1
    if figures_said:
        release_period = said.pop()
    # "The money comes from the commissioner's own budget": a funder stated once for the release's money
    footnotes = _footnote_funders(rel, terms)
    own_release = any(not MONEY_TOKEN.search(s) and _first(terms.get("own_funding", ()), s) and _PAID_FROM.search(s)
                      and not _COUNCILS_OWN.search(s)  # ("… are paid from the council's own budget": not the commissioner's)
                      and not _ROW_RANGE.search(s) and not _FOOTNOTE.match(rel.line_text(n)) and not _PAST_TIME.search(s)
                      for n, s in rel.sentences)
    # (a note on some table rows, or a footnote on one, is theirs, not the release's; what paid for last year's pilot
    # is not what pays for this money)
    defined = _defined_funders(rel, terms)
    defined_periods = _defined_periods(rel)
    row_refs = _row_range_funders(rel, terms)
    pub_round = financial_year(published) if published else ""
    grant_funders = {v for n, s in rel.sentences for v, p in _candidates(terms.get("funder", ()), s)
                     if (v == "Home Office" or v == "Ministry of Justice")
                     and any(not _NOT_A_PAYER.match(s, m.end()) for m in p.finditer(s))
                     and not _first(terms.get("negation", ()), s) and not _FOOTNOTE.match(rel.line_text(n))}
    if len(grant_funders) >= 2:  # "The area also receives £52,800 of Ministry of Justice money": that one figure's
        grant_funders = _round_funders(rel, terms, grant_funders)
    release_funder = grant_funders.pop() if len(grant_funders) == 1 else ""
    # "the trustees awarded £399,000 to nine organisations": the release's money comes from a payer outside the funder
    # list (a trust, a foundation, a lottery fund), so neither a Home Office grant named for one item nor the one span
    # printed is the release's
    other_payer = any(MONEY_TOKEN.search(s) and _OTHER_PAYER.search(s) for _, s in rel.sentences)
    if other_payer:
        release_funder, release_period = "", None
    # "Funding: Home Office grant …, with £91,150 of match funding from the Commissioner's own budget": the money
    # comes from several funders, so a figure that names none (a contract's value) is no one funder's
    mixed = any(release_funder and _first(terms.get("funder", ()), s) == release_funder and
                (_first(terms.get("match_named", ()), s) or _first(terms.get("own_funding", ()), s))
                and re.match(r"\W*(?:funding|funded by|funding source|source of funding)\b", s, re.I)
                for _, s in rel.sentences)
    if mixed:
        release_funder = ""
    # the release is a council's own paper: its letterhead, the first line, names a council
    first_line = next((t for t in rel.text.split("\n") if t.strip()), "")
    council_issuer = bool(_COUNCIL_ISSUER.match(first_line))
    # a round-up names several areas as the subjects of figures: no amount takes the release's area
    money_areas = {c for _, s in rel.sentences if MONEY_TOKEN.search(s) for _, _, c in find_areas(s)}
    roundup = len(money_areas) >= 3

    # table state
    header: list[str] = []
    table_rows: list[_Draft] = []
    table_totals: list[_Draft] = []  # the total rows of the table being read (subtotals, then a grand total)
    last_whole: _Draft | None = None
    last_period: tuple[str, str] | None = None
    last_span: tuple[str, str] | None = None  # the last period of several years stated
    list_whole: _Draft | None = None
    labelled: list[_Draft] = []  # the amounts of consecutive "label: £X" lines
    line_areas: dict[int, set[str]] = {}  # the areas of the amounts already read on each line
    headings = _heading_lines(rel)

    html_headings = _html_heading_lines(rel.text) if looks_like_html(rel.text) else frozenset()
    section_area = ""  # the one area a section heading names ("### Durham"): its paragraphs' amounts are that area's
    by_section: set[str] = set()  # the areas section headings gave amounts
    # a piece about several areas (three or more named in its body): an amount whose own sentence names none takes
    # the one area the sentences before it in its paragraph name, never the release's most named area
    many_areas = len({c for n, s in rel.sentences if n not in headings for _, _, c in find_areas(s)}) >= 3
    para_area, last_number = "", None
    prev_sentence = ""  # the sentence before, for a pronoun's referent ("Commissioner X has …. Separately, she pays £Y …")
    lead_period: tuple[str, str] | None = None  # the period a table's lead-in line states ("… over the two years:")
    lead_line = 0  # the line of that lead-in
    section_period: tuple[str, str] | None = None  # the one year a section heading over a table states
    table_no, in_table = 0, False
    header_line = 0  # the line of the table's heading row
    # the lines of a section of job adverts ("### Jobs", "Vacancies": a heading, possibly set aside as furniture, up
    # to the next heading)
    jobs_lines: set[int] = set()
    in_jobs = False
    for i, line in enumerate(rel.text.split("\n"), start=1):
        if _SECTION_LINE.match(line) or (i in html_headings):
            in_jobs = bool(_JOBS_HEADING.search(line)) and not MONEY_TOKEN.search(line)
        elif in_jobs:
            jobs_lines.add(i)
    said_before: list[_Draft] = []  # the figures of the sentence just before (none when it had none)
    said_now: list[_Draft] = []
    this_sentence = ""  # the sentence read last, figures or none (a pronoun's referent: "The council … It will pay £X")
    for number, sentence, starts in _logical(rel):
        said_before, said_now = said_now, []
        sentence_before, this_sentence = this_sentence, sentence
        if last_number is not None and number > last_number + 1 and not rel.line_text(last_number + 1).strip():
            para_area = ""  # a blank line ends the paragraph
        para_before = para_area
        named_here = {c for _, _, c in find_areas(sentence)}
        if named_here:
            para_area = named_here.pop() if len(named_here) == 1 else ""
        last_number = starts[-1][1]
        raw = rel.line_text(number) or sentence
        is_table = bool(_TABLE_ROW.search(raw)) and ("|" in raw or "\t" in raw or "  " in raw.strip())
        if is_table and not in_table:
            table_no += 1
        in_table = is_table or (in_table and bool(re.fullmatch(r"[\s|:-]*", raw)))
        if (_SECTION_LINE.match(raw) or number in html_headings) and not MONEY_TOKEN.search(raw):
            named = {c for _, _, c in find_areas(raw)}
            section_area = named.pop() if len(named) == 1 else ""
        if number in jobs_lines:
            continue  # under "### Jobs": its figures are salaries, no one's funding
        if (is_table or _ALIGNED_HEADER.search(raw)) and not MONEY_TOKEN.search(raw) \
                and not re.fullmatch(r"[\s|:-]*", raw) and len(_cells(raw)) >= 2:
            # a table's heading row: pipes, tabs or aligned columns (also one set in capitals, which reads as a heading:
            # "AREA      MAIN FUNDER      2025-26      STATUS")
            if header and header_line == number - 1 and table_rows == []:
                header = _two_row_heading(rel.text.split("\n")[number - 2], rel.text.split("\n")[number - 1]) or _cells(raw)
            else:
                header = _cells(raw)
            header_line, table_rows, table_totals = number, [], []
            continue
        if not is_table:
            section_period = _section_heading_period(raw, bool(_SECTION_LINE.match(raw) or _NUMBERED_HEADING.match(raw)
                                                               or number in html_headings
                                                               or number in headings and _table_title(raw.strip())),
                                                     section_period, sentence)
            # (a title line read as a heading, "ALLIANCE BUDGET, APRIL 2025 TO MARCH 2027", is a section heading too)
        if number in headings and not is_table:
            continue  # a headline's figure restates the body's (or rounds it); it is not read as a statement
        if not is_table:
            header, table_rows = ([] if not re.fullmatch(r"[\s|:-]*", raw) else header), table_rows if re.fullmatch(r"[\s|:-]*", raw) else []
            table_totals = table_totals if re.fullmatch(r"[\s|:-]*", raw) else []
        try:
            found, hazards = read_amounts(sentence)
        except ValueError:
            found, hazards = _amounts_token_by_token(sentence), []
        for h in hazards:
            expected = ("a positive amount (a figure with a minus sign is not an award)" if h.problem == "negative_amount"
                        else "an amount such as £200,000 (no space inside the figure)")
            diagnostics.append(Diagnostic(source_id, _line_at(starts, h.start), h.problem, h.found, expected))
        found = _check_tokens(sentence, found, hazards, source_id, starts, diagnostics)
        if found and not is_table and re.search(r"\?[\s\"'”’)*]*(?:[,—–-]?\s*(?:[\w'’]+\s+){0,4}(?:wrote|asked|said|added|"
                                                r"wanted to know)\.?)?\s*$", sentence):
            found = []  # "Is the £447k on top of the normal police budget?": a figure asked about is not stated
        periods, impossible = find_periods(sentence)
        periods = [p for p in periods if not _CARRIED_FROM.search(sentence[: p[0]])]  # "carried forward from 2023-24"
        for s, e, t in impossible:
            diagnostics.append(Diagnostic(source_id, _line_at(starts, s), "impossible_period", t,
                                          "a financial year such as 2021-22 (the second year follows the first)"))
        if not _LIST_LINE.match(raw):
            list_whole = None  # a list of pieces ends at the first line that is not a bullet
        if not is_table and not _ALIGNED_HEADER.search(raw) and not _LABELLED_LINE.match(raw):
            # "The service will be funded as follows over the two years:": the table after it is for that span
            # (and a numbered heading over it, "2. Money for the strategy in 2023-24", is its caption)
            lead = sentence.rstrip().rstrip("*").rstrip()
            # ("… the areas received the sums below. Figures are in thousands of pounds.": a sentence after the lead-in,
            # on its line, that states no years of its own leaves the lead-in's years to the table)
            kept = lead_period if _lead_goes_on(lead_period, lead_line, number, lead) else None
            lead_period = None
            if kept:
                lead_period = kept
            elif (lead.endswith(":") or _ABOUT_THE_ROWS.search(lead) or _NUMBERED_HEADING.match(raw)
                    or _table_title(lead)) and not MONEY_TOKEN.search(lead):
                lead_line = number
                stated = find_periods(lead)[0]
                if len(stated) == 1:
                    lead_period = stated[0][2:]
                elif _SAME_PERIOD.search(lead) and (last_span or release_period):
                    lead_period = last_span or release_period
        if not found:
            if _OPENS_PARTS.search(sentence) and last_whole is not None and not is_table:
                list_whole = last_whole  # "The grant is split across the two years:" then "- £248,300 in 2024-25"
            continue
        if is_table:
            drafts_here = _table_drafts(rel, number, raw, header, found, terms, release_funder, periods, defined, row_refs,
                                        footnotes)
            for d in drafts_here:
                d.table = table_no
                d.row_cells, d.header = _cells(raw), tuple(header)
            for d in drafts_here:
                if d.period is None and (lead_period or section_period) and d.role != "context":
                    d.period = lead_period or section_period  # (a heading's year over a note before the table)
            cells = _cells(raw)
            column = [r for r in table_rows if len(drafts_here) == 1 and r.start == drafts_here[0].start]
            sums = len(column) >= 2 and sum(r.amount.pence for r in column) == drafts_here[0].amount.pence
            if len(drafts_here) >= 2 and not sums:
                # a row each of whose cells is the sum of its column above ("| All | £242,550 | £12k | …"), to the
                # pound or within a figure's units, is their total whatever its label
                columns = [[r.amount for r in table_rows if r.start == d.start and r.whole is None] for d in drafts_here]
                sums = all(len(c) >= 2 and _sums_to(c, d.amount) for c, d in zip(columns, drafts_here))
            # (a last row that is the sum of the rows above, to the pound, is their total: "| **All Wales** | £1,846,200 |")
            label0 = next((c for c in cells if c.strip()), "")  # (the first cell may be an empty reference column)
            bold_row = len(column) >= 2 and "|" in raw and all(
                re.fullmatch(r"\*\*.+\*\*", c.strip()) for c in raw.strip().strip("|").split("|") if c.strip())  # "| **North West** | | **£2,381,000** |": a row set in bold under the rows it sums
            if cells and (_TOTAL_ROW.match(label0) or _NAMED_TOTAL_ROW.fullmatch(label0) or sums or bold_row):
                # the area's grant and the money added to it ("the combined budget", a council's match funding)
                # stated before the table: its TOTAL is across funders, and rows name a funder only in their own words
                in_table = {id(r) for r in table_rows}  # (a council's row in the table itself is no money stated before)
                added = {x.code for x in drafts if x.role == "match_funding" and x.code and id(x) not in in_table}
                granted = {(x.code, x.amount.pence) for x in drafts if x.role == "grant" or x.role == "part" and x.funder
                           and x.whole is not None and x.whole.role == "grant"}  # (or one funder's piece of its grant)
                row_funders = {r.funder for r in table_rows if r.funder and getattr(r, "row_funder", False)}
                one_funder = len(row_funders) == 1 and all(getattr(r, "row_funder", False) for r in table_rows)
                # one row marked as paid by another funder than the rest take ("Avon Valley Change*": "* … from the
                # commissioner's own budget"): the total is across funders, and across the rows' different periods
                mixed_rows = bool(row_funders) and len({r.funder for r in table_rows if r.funder}) > 1
                mixed_periods = mixed_rows and len({r.period for r in table_rows}) > 1 and not find_periods(raw)[0]
                sub_funders = {t.funder for t in table_totals}
                # "| Source | 2025-26 | 2026-27 | Total |", each row a source of money split by year under its own total: the TOTAL
                # row is split the same way (its year cells are parts of its total), and the rows' totals, wholes of
                # their own year parts, are not pieces of it
                row_wholes = [r for r in table_rows if r.head_total]
                split_total = [d for d in drafts_here if d.head_total]
                split_rows = len(split_total) == 1 and any(d.head_year or getattr(d, "col_area", False)
                                                           for d in drafts_here) and row_wholes and all(
                    any(x.whole is r for x in table_rows) and getattr(r, "label_source", False) for r in row_wholes)
                # (rows that are items, "| Group programme | Home Office | £150,000 | …", are pieces of the TOTAL)
                for d in drafts_here:
                    if d.role == "context":
                        continue  # (a spending or balance column's cell stays accounts, no total of the rows)
                    if split_rows:
                        d.role, d.whole, d.part_of = ("part", split_total[0], number) \
                            if d.head_year or getattr(d, "col_area", False) else ("total", None, None)
                        if len(row_funders) > 1:
                            d.funder, d.across = "", True
                        continue
                    d.role, d.whole, d.part_of = "total", None, None  # (a year cell of the TOTAL row is a total too)
                    if len(row_funders) > 1 or mixed_rows:
                        d.funder, d.across = "", True  # rows paid by two funders: their total is across funders
                        if mixed_periods and not d.head_year:
                            d.period = None
                    elif one_funder and not d.row_funder:
                        d.funder = next(iter(row_funders))  # a subtotal of one funder's rows is that funder's money
                    elif not table_rows and len(sub_funders) > 1 and not d.row_funder:
                        d.funder, d.across = "", True  # a grand total under subtotals of two funders
                    if d.code in added and not d.row_funder and (d.code, d.amount.pence) not in granted:
                        d.funder = ""
                        for r in table_rows:
                            if not getattr(r, "row_funder", True):
                                r.funder = ""
                    if not d.row_funder and any(x.role == "total" and not x.funder and id(x) not in in_table
                                                and x.amount.pence == d.amount.pence and x.code == d.code for x in drafts):
                        # the sum stated before the table across funders ("£634,900: £418,200 of the Home Office
                        # award and £216,700 from the Commissioner's own budget"): its rows are pieces of mixed money
                        d.funder, d.across = "", True
                        for r in table_rows:
                            if not getattr(r, "row_funder", True):
                                r.funder = ""
                    if len({r.code for r in table_rows if r.basis == "table_row"}) > 1:
                        d.code, d.basis = "", "none"  # a total over several areas' rows is no one area's
                    rows = [r for r in table_rows if not (r.whole is not None and r.whole.line == r.line)]
                    rows = [r for r in rows if r.role != "context"]
                    col_parts = [r for r in rows if r.start == d.start]
                    for r in col_parts or rows:
                        r.role, r.part_of, r.whole = "part", number, d
                        if not r.funder:
                            r.funder = d.funder
                table_totals.extend(d for d in drafts_here if d.start == drafts_here[0].start)
                table_rows = []
            else:
                # an item table under a stated grant ("It will be spent as follows:"), its rows naming no area:
                # the rows are pieces of that grant, not grants of their own (a TOTAL row below takes them over)
                if last_whole is not None and last_whole.role == "grant" and last_whole.code \
                        and not any(getattr(d, "monitoring", False) for d in drafts_here):
                    # (not a budget-monitoring table's lines: they are a body's budget, pieces of the table's total)
                    for d in drafts_here:
                        if d.role == "grant" and d.basis == "release" and d.whole is None and d.code == last_whole.code \
                                and not (d.head_total or d.head_year) and d.amount.pence != last_whole.amount.pence:
                            d.role, d.whole, d.part_of = "part", last_whole, last_whole.line
                            d.funder = d.funder or ("" if getattr(d, "unpaid_column", False) else last_whole.funder)
                table_rows.extend(drafts_here)
            drafts.extend(drafts_here)
            continue
        sentence = _grantor_pronouns(sentence)  # "… from its Fund" after "The Home Office has granted …": not own money
        funders = [(m.start(), m.end(), v) for v, p in _candidates(terms.get("funder", ()), sentence) for m in p.finditer(sentence)]
        negated = [(m.start(), m.end()) for _, p in _candidates(terms.get("negation", ()), sentence) for m in p.finditer(sentence)]
        receiving = [f for f in funders if f[2] == "local authority" and _RECEIVES_AFTER.match(sentence, f[1])]
        # the release's one funder named in this sentence only to say it does not pay: not lent to its figures
        release_negated = bool(release_funder and negated) and any(
            v == release_funder and any(a <= f0 < b for a, b in negated) for f0, _, v in funders)
        funders = [f for f in funders if not any(a <= f[0] < b for a, b in negated)
                   and not _NOT_A_PAYER.match(sentence, f[1])
                   and not re.search(r"\b(?:let|commissioned|procured|tendered)\s+(?:by\s+(?:the\s+)?)?$", sentence[: f[0]])
                   and not (_MATCHED_OBJECT.search(sentence[max(0, f[0] - 60) : f[0]]) and not re.match(
                       r"\s+(?:[\w'’-]+\s+){0,2}?(?:grant|award|allocation)\s+(?:of|worth)\s+£", sentence[f[1] :], re.I))
                   # (unless the grant added to is stated with its own sum: "… to the county's Home Office grant of £X")
                   and not (f[2] == "local authority" and _COUNCIL_NOT_PAYING.match(sentence, f[1]))
                   and not (f[2] == "local authority" and re.search(  # "£129.4m was shared between councils": recipients
                       r"\b(?:between|among|amongst|across)\s+(?:all\s+|the\s+|\d+\s+|[a-z]+\s+){0,3}$", sentence[: f[0]].rstrip() + " ", re.I))
                   and not (f[2] == "local authority" and re.search(
                       r"\b(?:passed|paid|given|goes|go|went|allocated|awarded|granted)?\s*to\s+(?:the\s+|this\s+|that\s+)?"
                       r"(?:[A-Z][\w'’-]*\s+|&\s+){0,4}$", sentence[: f[0]].rstrip() + " "))
                   and not (f[2] == "local authority" and re.search(  # "is passed to the five district councils"
                       r"\b(?:passed|paid|given|allocated|awarded|granted|distributed|devolved)\s+(?:on\s+|out\s+)?to\s+"
                       r"(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}$", sentence[: f[0]].rstrip() + " ", re.I))]
        # (a council the money is passed "to" receives it: "£251,300 to Brighton & Hove City Council")
        # a council that is the subject of receiving ("Leeds City Council receives £200,000", "the council has been
        # passed £120,000", "Cardiff Council's share of the grant") is the money's recipient, not its payer; and in a
        # sentence where one council receives, a council standing straight before a sum with its verb left out
        # ("…, Bradford Council £150,000 and …") receives too
        if receiving:
            funders = [f for f in funders if f not in receiving and not (
                f[2] == "local authority" and f[0] > receiving[0][0] and re.match(r"\s*[:,]?\s*£", sentence[f[1]:]))]
        # "the council's own money": own money whose owner is a council is the council's, not the commissioner's
        funders = [(a, b, "local authority") if v == "PCC" and re.search(
            r"\b(?:council|authority)['’]s\s+$", sentence[max(0, a - 20) : a], re.I) else (a, b, v) for a, b, v in funders]
        # "Kent County Council … will add £20,000 from its reserves": a possessive pronoun's money is the body's it refers to
        funders = [(a, b, "local authority") if v == "PCC" and re.match(r"(?:from\s+)?(?:its|their)\b", sentence[a:b], re.I)
                   and _referent_funder(sentence[:a]) == "local authority" else (a, b, v) for a, b, v in funders]
        # (the body that lets a contract commissions it; whose money it is the words do not say)
        here: list[_Draft] = []
        for k, (start, end, amount) in enumerate(found):
            if _REFUSED.search(sentence[start:]) and _REFUSED.search(sentence[start:]).start() < 60:
                continue  # "Hampshire's bid, for £210,000, was turned down": money nobody received
            if _first(terms.get("not_funding", ()), (sentence[:start] + "AMOUNT" + sentence[end:])[max(0, start - 60) : start + 6 + 40]):
                continue  # a fine, a ticket's price, the unit figures are rounded to: no one's funding
            if 0 < amount.pence < _SMALLEST_AWARD_PENCE and not _GRANT_OF.search(sentence[max(0, start - 40) : start]):
                continue  # "a course, which costs £250", "£40 a session": a price, not an area's funding
            lo = found[k - 1][1] if k else 0
            hi = found[k + 1][0] if k + 1 < len(found) else len(sentence)
            marked = sentence[:start] + "AMOUNT" + sentence[end:]
            m_start = start
            window = marked[max(lo, _clause_of(sentence, start)[0]) if k else 0 : hi - (end - start) + 6]
            if re.search(r"\b(?:alongside|on top of|in addition to|to add to|towards)\s+(?:the|their|its|his|her|our|this|that)\s+$",
                         window, re.I):  # "… £118,000, on top of the £402,500 Home Office grant": the grant it tops up
                window = marked[max(lo, _clause_of(sentence, start)[0]) if k else 0 : hi - (end - start) + 6 + 60]
            near = marked[max(0, m_start - 60) : m_start + 6 + 40]
            between = sentence[lo:start] if k else ""
            own_areas = {a[2] for a in _areas_in(sentence[lo:hi])}
            other_area = bool(own_areas) and not here and last_whole is not None and not last_whole.shared_by \
                and last_whole.code not in own_areas
            if many_areas and not own_areas and para_before and last_whole is not None and last_whole.code \
                    and para_before != last_whole.code and not last_whole.shared_by:
                other_area = True  # its paragraph is about another area than the award before it
            balance = bool(_first(terms.get("balance", ()), window))
            shared_out = False
            # ("the council's own money, of which £30,000 was added to the grant": a piece of a sum its sentence names but
            # does not state, not of the last sum stated)
            unstated_whole = not here and "of which" in sentence[max(0, start - 12) : start] and bool(re.search(r"\b(?:money|funding|budget|funds|reserves)\s*,\s*of which\s+$",
                                                         sentence[max(0, start - 40) : start], re.I))
            if _first(terms.get("part", ()), marked[max(0, m_start - 60) : m_start + 6 + 60]) and (here or last_whole) \
                    and not other_area and not unstated_whole \
                    and not _another_years_sum(sentence[max(lo, start - 60) : start], here, last_whole):
                role = "part"
            elif last_whole is not None and last_whole.shared_by and own_areas & set(last_whole.shared_by) \
                    and not here and not any(_first(terms.get(f, ()), window)
                                             for f in ("match_named", "own_funding", "match_funding")) \
                    and not any(f[2] not in ("", last_whole.funder) and lo <= f[0] < hi
                                and ";" not in sentence[min(f[1], start) : max(f[0], end)] for f in funders):
                # (not another funder's money named in the figure's own stretch: "Cleveland and Durham will split £96,000
                # of Ministry of Justice victims' funding" after a shared Home Office award)
                role = "part"  # "Thames Valley will receive £640,000 and Hampshire £460,000" after a joint award
            elif _elided_share(here, own_areas, between):
                role = "part"  # "South Wales takes £702,000 of it and Gwent £444,000": the list of shares goes on
            elif here and here[-1].role == "part" and _LIST_GAP.fullmatch(between):
                role = "part"  # "made up of £A for … plus £B for …", "paid as £A in 2021-22, £B in 2022-23 …"
            elif here and here[-1].role == "part" and re.search(r",\s*(?:and|plus)\s+$", between) \
                    and re.match(r"\s+(?:for|to|on|in)\b", sentence[end:hi]):
                role = "part"  # "Of that, £A is earmarked for Plymouth, where …, and £B for Torbay": the list goes on
            elif here and here[-1].role == "part" and here[-1].whole is not None and re.search(
                    r"\bthe\s+(?:remaining|(?:rest|balance|remainder)(?: of(?: the)?)?)\s+(?:[\w-]+\s+){0,1}$",
                    sentence[lo:start], re.I):
                role = "part"  # "Of that grant, £343,400 was spent … and the remaining £59,200 has been returned"
            elif balance:
                role = "context"  # "Total funds … at 31 March 2024 were £318,640": a balance, not an award
            elif not here and _shared_out_among_counted_areas(sentence, start, end, sentence_before):
                role = "total"  # "The first tranche puts £19,973,830 into 23 areas": what those areas get in all, not
                # the fund's size
                shared_out = True
            elif (_first(terms.get("context", ()), window) and not (
                    amount.pence < _NATIONAL_PENCE and re.search(r"['’]s?\s+(?:share|allocation|award|grant|part)\b", window)
                    and _areas_in(sentence[_clause_of(sentence, start)[0] : start])) and not (
                    # ("a smaller grant of £312,800, following a reduction in the national fund": the figure's own noun
                    # makes it a grant; the national words after it are about something else)
                    amount.pence < _NATIONAL_PENCE and _GRANT_OF.search(sentence[max(lo, start - 60) : start])
                    and not _first(terms.get("context", ()), window[: window.find("AMOUNT") + 6]))) or (
                    amount.pence >= _NATIONAL_PENCE and not any(
                        e <= start <= e + 4 and poss for _, e, _, poss in _areas_in(sentence[:start]))):
                role = "context"  # (no area's award in this genre is £10 million)
            elif _first(terms.get("total", ()), marked[max(0, m_start - 40) : min(m_start + 6 + 30, hi + 6 - (end - start) - len(
                    (_NEXT_TOTAL.search(sentence[end:hi]) or _NO_MATCH).group(0)))]) or (
                    len(found) == 1 and _ALL_FUNDERS.search(sentence)) or (not here and _TOTAL_OPENER.match(sentence)) \
                    or (not here and _COUNTING_OTHERS.search(sentence[lo:start])):
                role = "total"  # ("Across all funders, our work … was backed by £539,750")
                # (a sentence opening "Taken together," or "Altogether," sums what was stated, however far its figure)
            elif _SEVERAL_AREAS.search(marked[m_start : m_start + 6 + 50]) and not here:
                role = "total"  # with no area (below): a sum over several areas
            elif not here and _areas_between_them(sentence, start, end) and not any(
                    _first(terms.get(f, ()), window) for f in ("match_named", "own_funding", "match_funding", "top_up")):
                role = "total"  # "Police forces across the East of England are to receive £3,629,600 between them"
            elif _GRANT_OF.search(sentence[max(lo, start - 60) : start]):
                role = "grant"  # "the county's Home Office grant of £196,750": the amount's own noun says what it is
            elif _first(terms.get("match_named", ()), window):
                role = "match_funding"
            elif here and here[-1].role == "match_funding" and _ELLIPSIS.search(between) \
                    and not _NOT_ELLIPSIS.search(_ELLIPSIS.search(between).group(0)):
                role = "match_funding"  # "the council is adding £A in match funding, and the commissioner £B …"
            elif here and here[-1].role == "match_funding" and re.fullmatch(
                    r"\s+(?:from|by)\s+[^£;.]{1,60}?(?:,\s*|\s+)(?:and|plus|with)\s+", between):
                role = "match_funding"  # "a contribution of £30,000 from X Council and £25,000 from Y Council"
            elif _first(terms.get("top_up", ()), window) and (here or last_whole) \
                    or _first(terms.get("top_up_named", ()), window):
                role = "match_funding"  # added to a grant ("topped this up with £25,000 from her own budget")
            elif _first(terms.get("own_funding", ()), window):
                role = "own_funding"
            elif _first(terms.get("match_funding", ()), window):
                role = "match_funding"
            elif _first(terms.get("further", ()), near[: near.index("AMOUNT") + 6]) and last_whole and not here \
                    and not _NO_AREA.search(sentence[lo:hi]) and not other_area and any(
                        f[2] not in ("", last_whole.funder) and lo <= f[0] < hi for f in funders):
                role = "match_funding"  # "Portsmouth City Council gave us a further £18,000": another funder's money
            elif _first(terms.get("further", ()), near[: near.index("AMOUNT") + 6]) and last_whole and not here \
                    and not _NO_AREA.search(sentence[lo:hi]) and not other_area \
                    and not (many_areas and not own_areas and not para_before and last_whole.line < number - 1) \
                    and not _outside_payer_in_clause(sentence, _clause_of(sentence, start), start, end):
                # (not a body off the funder list paying it: "The integrated care board pays a further £20,000")
                role = "part"  # "A further £74,500 will fund …": more of the grant on an earlier line
                # (in a piece about several areas, not across a paragraph that names none: whose it is is unknown)
                # (but "a further £90,000 went to a force …" is another recipient's money)
            elif last_whole is not None and last_whole.role in ("grant", "total") and not here and not other_area \
                    and amount.pence < last_whole.amount.pence and _NUMBERED_PIECE.match(sentence) \
                    and not any(f[2] not in ("", last_whole.funder) and lo <= f[0] < hi for f in funders):
                role = "part"  # "… broke the work into two lots. Lot one, worth £241,500, went to …": a numbered piece
            elif last_whole is not None and last_whole.role in ("grant", "total") and last_whole.code \
                    and amount.pence < last_whole.amount.pence and not funders and not other_area \
                    and not _NO_AREA.search(sentence[lo:hi]) and not _SEPARATE.search(sentence) \
                    and (not own_areas or own_areas == {last_whole.code}) \
                    and not (many_areas and not own_areas and not para_before and last_whole.line < number - 1) \
                    and _SPENDING.search(marked[max(lo, m_start - 40) : m_start + 6 + 40]) \
                    and not _PAST_TIME.search(sentence[lo:hi]) \
                    and not _of_another_year(sentence[lo:hi], last_whole):  # ("Last year the commissioner spent £22,000": not this award)
                role = "part"  # "Kent has £420,000 … £250,000 will pay for a group programme": how the award is spent
            else:
                role = "grant"
            # funder: nearest in the amount's own stretch of the sentence
            own = [f for f in funders if lo <= f[0] < hi] or (funders if len(found) == 1 else [])
            own_across = _payer_before_semicolon(sentence, [f for f in own if f[0] >= lo], start)
            own = [f for f in own if ";" not in sentence[min(f[1], start) : max(f[0], end)]]  # not across a semicolon
            own = [f for f in own if not _in_next_figures_clause(sentence, f[0], start, hi if k + 1 < len(found) else None)]
            own = own or own_across  # (unless the clause after it names no body: "…; in its last year it received £X")
            own = [f for f in own if not _given_the_money(sentence, f, start)]  # ("has given the council £26,500")
            if k:  # "£426,000 of Home Office funding and £60,000 that the Commissioner has added": the earlier figure's
                # (also past its rate: "£72,000 a year from X Council and £40,000 a year from …")
                own = [f for f in own if not (f[0] < start and _payer_tied_after(sentence, lo, f[0]))]
            after_funder = [f for f in own if f[0] < hi and _payer_tied_after(sentence, end, f[0])]
            by_funder = [f for f in own if f[0] >= end and re.search(r"\b(?:by|from)\s+(?:the\s+)?$", sentence[end : f[0]])
                         and not re.search(r"[.;]", sentence[end : f[0]])]
            # "£75,000 that Calderdale Council is adding to the grant": the subject of the clause after the figure
            that_funder = [f for f in own if f[0] > end and re.fullmatch(r"\s+(?:that|which)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){0,3}",
                                                                          sentence[end : f[0]])]
            after_funder = after_funder or that_funder
            held = _holder_before(sentence, own, start)  # "the Home Office's £742,300, my £95,000": whose the figure is
            funder = after_funder[0][2] if after_funder else by_funder[0][2] if by_funder else held or _nearest(own, start,
                                                                                                            end)
            if not after_funder and not by_funder and _OTHER_PAYER.search(sentence[lo:hi]):
                funder = ""  # "the trustees awarded £64,000": a payer outside the funder list
            before60 = sentence[max(lo, start - 60) : start]
            outsider = _OUTSIDE_POSSESSIVE.search(before60) if "'s" in before60 or "’s" in before60 else None
            if outsider and not after_funder and not by_funder:  # "the Health Board's contribution of about £31,000"
                funder = ""
            outside_after = None if after_funder or by_funder else _OUTSIDE_AFTER.match(sentence, end)
            if not outside_after and not after_funder and not by_funder and not outsider:
                # the payer named in the amount's own clause is a kind of body off the funder list ("a local university
                # is paying £8,000", "£25,000 comes from the integrated care board"): no funder the list can name
                outside_after = _outside_payer_in_clause(sentence, _clause_of(sentence, start), start, end)
            if outside_after:  # "£35,000 from NHS … Integrated Care Board", "£12,000 a year paid by Cargo Fleet Homes"
                funder = ""
            owner = _OWNER_BEFORE.search(sentence[max(lo, start - 30) : start])
            if owner and not after_funder and not by_funder:  # "the Commissioner's £110,000", "the council's £60,000"
                funder = "local authority" if (owner.group(1) or "").lower() == "council" else "PCC"
            clause_payer = False  # (the figure's own clause names its payer: no other account of the figure before)
            if not funder and not outside_after and not outsider and role not in ("context", "total"):
                # the clause's own payer: the commissioner giving it or named by "by/from", a pronoun's body
                clause_here = _clause_of(sentence, start)
                if (not release_funder or any(f[2] == release_funder and f[1] <= lo for f in funders)) \
                        and _commissioner_pays_in_clause(sentence, clause_here, start, end):
                    # (where the release's one funder pays another figure before it in the sentence, the commissioner's
                    # is other money, not that funder's passed on)
                    funder, clause_payer = "PCC", True
                    role = "own_funding" if role == "grant" else role
                else:
                    funder = _pronoun_subject_funder(sentence, clause_here, start, sentence_before)
                    clause_payer = bool(funder)
            if not funder and not own and not outside_after and not outsider and here and here[-1].funder \
                    and _continues_payers_list(between) and not _OWN_PAYER_AFTER.match(sentence, end, hi):
                # "… from their Ministry of Justice funding: £58,000 in X, £34,500 in Y and £29,000 in Z", "… with £55,000
                # from the policing budget in 2025/26 and a further £35,000 in 2026/27": the figure before's payer
                funder = here[-1].funder
                if role == "grant" and here[-1].role in ("match_funding", "own_funding") \
                        and not _GRANT_OF.search(sentence[max(lo, start - 60) : start]):
                    role = here[-1].role
            if funder == "PCC" and _PASSED_ON.search(sentence) and not _first(terms.get("own_funding", ()), sentence):
                # money passed on by the commissioner's office is the original funder's when the text names one
                origin = [f for f in funders if f[2] in ("Home Office", "Ministry of Justice")
                          and not _pays_another_figure(sentence, f[0], start)]
                funder = origin[0][2] if origin else funder
            if role == "match_funding" and funder in ("Home Office", "Ministry of Justice") and \
                    not _first(terms.get("match_named", ()), window):
                role = "grant"  # "the Home Office is paying £198,000 towards the service": a funder's grant
            subject = re.match(r"\s*(?:\d+(?:\.\d+)*\s+)?((?:[A-Z][\w'’&-]*\s+){1,5}?)(?:will|has|have|is|are|also)\b", sentence[:start])
            councils_own = role == "own_funding" and (funder == "local authority" or bool(_COUNCILS_OWN.search(sentence[lo:hi])))
            outside_payer = (bool(outsider) or bool(outside_after)) and not after_funder and not by_funder
            if councils_own:
                # a council's own money is never own_funding (the commissioner's or mayor's budget): added to a grant it
                # is match funding, paying for a service a grant, the council's either way
                funder = "local authority"
                role = "match_funding" if _ADDED_TO.search(sentence[lo:hi]) else "grant"
            elif role == "own_funding" and subject and _ORG_WORD.search(subject.group(1)) and not re.search(
                    r"\b(?:Council|Authority|Commissioner|Mayor|Police|Constabulary|Office)\b", subject.group(1)) \
                    and not re.search(r"\b(?:commissioner|PCC|mayor)['’]s?\b", window, re.I):
                # (not when the clause names whose budget it is: "paid for from the Commissioner's own budget")
                role, funder = "match_funding", "partners"  # a charity putting in its own money beside the grant
            elif role in ("own_funding", "match_funding") and _PROVIDER_OWN.search(sentence[lo:hi]):
                role, funder = "match_funding", "partners"  # "The Recipient will add £18,000 of its own reserves"
            elif role in ("own_funding", "match_funding") and \
                    re.search(r"\b(?:council|authority)\b[^.;]{0,60}\bits own\b", sentence[lo:hi], re.I):
                funder = "local authority"  # "The council will also contribute £35,000 from its own budget"
            elif role == "own_funding" and _OUTSIDE_OWNER.search(sentence[_clause_of(sentence, start)[0] : start]) \
                    and re.search(r"\bits own\b", sentence[lo:hi]) and not _ADDED_TO.search(sentence[lo:hi]):
                # "the Health Board will fund a psychologist (about £31,000 a year) from its own budget": a body outside
                # the funder list paying from its own money: a grant whose funder the list cannot name
                role, funder, outside_payer = "grant", "", True
            elif role == "own_funding":
                funder = "PCC" if funder in ("", "Home Office", "Ministry of Justice", "partners") and \
                    not any(v == "local authority" for _, _, v in own) else funder
                if funder == "PCC" and _augments_grant(sentence, lo, hi, start, end, any(
                        x.role in ("grant", "total") for x in here) or (last_whole is not None and last_whole.role == "grant")):
                    role = "match_funding"  # the commissioner's own money put into a grant: "supplemented the award with
                    # £15,000 of his own", "will match it with £100,000 from his police fund"
            if role in ("own_funding", "match_funding") and here and here[-1].role == "match_funding" \
                    and re.search(r"\b(?:to|into|onto|towards|on top of|alongside|in addition to)\s+the\s+"
                                  r"(?:[A-Z][\w'’-]*\s+(?:(?:of|and|for)\s+)?){0,3}[A-Z][\w'’-]*['’]s?\s*$", between):
                # the grant the figure before is added to, stated with its own sum ("adding £55,000 from her own budget
                # to the Home Office's £300,000"): that funder's grant
                named = sorted((x.start(), v) for v, p in _candidates(terms.get("funder", ()), between) for x in p.finditer(between))
                if named and named[-1][1] != "PCC":
                    role, funder = "grant", named[-1][1]
            elif role == "match_funding" and not funder and _COUNCILS_OWN.search(sentence[lo:hi]):
                funder = "local authority"  # "the council's own money, of which £30,000 was added to the grant"
            elif role == "match_funding" and not funder:
                funder = "PCC" if re.search(r"\b(?:commissioner|PCC|mayor|his|her)\b", window, re.I) else ""
            elif role == "grant" and own_release and not funder:
                role, funder = "own_funding", "PCC"
            elif role == "total":
                funder = funder if len({f[2] for f in funders}) == 1 else ""  # one funder named: its total
                if funder and any(f[1] < start and re.match(r"['’]s?\s", sentence[f[1] :]) and re.search(
                        r"\b(?:and|plus)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", sentence[max(lo, f[0] - 40) : f[0]])
                        for f in funders if f[2] == funder):
                    funder = ""  # "the grant and the city council's contribution come to £T": one of the items summed is
                    # that funder's, the total is across funders
                if any(x.role in ("match_funding", "own_funding") for x in here):
                    funder = ""  # "a further £60,000 from her own budget, bringing the total to £540,000": all funders
            if role == "grant" and not own and not outside_payer and _PRONOUN_PAYS.search(
                    sentence[_clause_of(sentence, start)[0] : start]) and _COMMISSIONER_SUBJECT.search(prev_sentence) \
                    and not _first(terms.get("negation", ()), prev_sentence):
                # "Commissioner X has put £95,000 of her own budget … Separately, she pays £38,200 a year for a helpline":
                # the commissioner paying, by pronoun, from her own budget
                role, funder = "own_funding", "PCC"
            elif role == "grant" and not own and not outside_payer and _COMMISSIONER_PAYS.search(
                    sentence[_clause_of(sentence, start)[0] : start]):
                role, funder = "own_funding", "PCC"  # "Last year the commissioner spent £22,000 on a pilot": the commissioner
                # paying, named as the figure's subject, from no grant the clause names
            # area
            clause = _clause_of(sentence, start)
            c_areas = [a for a in _areas_in(sentence[clause[0] : clause[1]])
                       if not _only_compared_with(sentence, clause[0] + a[0], start)]
            s_areas = [a for a in _areas_in(sentence) if a[0] < hi and not _only_compared_with(sentence, a[0], start)]
            codes = list(dict.fromkeys(a[2] for a in c_areas))
            shared: tuple[str, ...] = ()
            if role != "context" and len(set(a[2] for a in s_areas)) >= 2 and role in ("grant", "total") and \
                    re.search(r"\b(?:joint|jointly|(?<!['’]s )share[sd]?|sharing|split|splitting|divide[sd]?|between them|"
                              r"together)\b", sentence, re.I):
                code, basis, shared = "", "clause", tuple(sorted(set(a[2] for a in s_areas)))
                # a shared award: a total once its per-area parts are stated, else one grant to both
            elif not codes and not s_areas and role in ("grant", "total") and _SHARED_BY_THE_N.search(sentence) \
                    and _areas_named_just_before(rel, number, sentence):
                # "BEDFORDSHIRE, CAMBRIDGESHIRE AND HERTFORDSHIRE" then "The three forces … will share £1,564,250": the
                # areas the heading or run-in just before names
                code, basis, shared = "", "clause", _areas_named_just_before(rel, number, sentence)
            elif not codes and not s_areas and role != "context" and _BETWEEN_THEM.search(sentence) and any(
                    x.shared_by for x in drafts[-6:]):
                # "Between them, the two commissioners will add £150,000": the areas of the shared award before
                code, basis, shared = "", "clause", next(x.shared_by for x in reversed(drafts) if x.shared_by)
            elif role == "context" or _NO_AREA.search(sentence[max(lo, clause[0]) if k else 0 : hi]) and not (
                    (len(codes) == 1 or not codes and len({a[2] for a in s_areas}) == 1)  # (the one area its sentence
                    # names is the region: "A scheme across North Wales … after the region's commissioner found £198,600")
                    and _NO_AREA.search(sentence[max(lo, clause[0]) if k else 0 : hi]).group(0).lower()
                    in ("in the region", "regional", "the region's")) or \
                    (role == "total" and _SEVERAL_AREAS.search(sentence[start:hi])):
                code, basis = "", "none"
            elif len(codes) == 1:
                code, basis = codes[0], "possessive" if any(a[3] for a in c_areas) else "clause"
            elif len(set(a[2] for a in s_areas)) == 1:
                a0 = s_areas[0]
                code, basis = a0[2], "possessive" if any(a[3] for a in s_areas) else "clause"
            elif section_area and role != "context":
                code, basis = section_area, "clause"  # the section heading above names the area
                by_section.add(code)
            elif line_areas.get(number) and len(line_areas[number]) == 1 and (roundup or not rel.area):
                code, basis = next(iter(line_areas[number])), "clause"  # an earlier sentence of its paragraph
            elif roundup and para_before and role != "context" and not _NO_AREA.search(sentence):
                code, basis = para_before, "release"  # a round-up: the one area its paragraph named before this sentence
            elif roundup or not rel.area:
                code, basis = "", "none"
            elif many_areas and role != "context" and not (own_release and role in ("own_funding", "match_funding")):
                code, basis = (para_before, "release") if para_before else ("", "none")
            else:
                code, basis = rel.area, "release"
            # ("she pays £38,200 a year for a helpline, which the Home Office money does not cover": not the Home Office's)
            unnamed = role in ("grant", "total") and not c_areas and _unnamed_area_before(sentence, start)
            if unnamed:  # "One other Welsh force, which asked us not to name it, has been offered £400,000": no area
                code, basis = "", "none"
            if role == "grant" and not funder and (code or shared or unnamed) \
                    and not outside_payer and not release_negated \
                    and not re.search(
                    r"\b(?:commissioner|mayor|PCC|PFCC|council)\b(?:['’]s)?(?:\s+\w+){0,3}\s+(?:has\s+|have\s+|had\s+)?"
                    r"(?:agreed|found|put|given|gave|allocated|committed|pledged|approved|set aside|earmarked|invested)\b",
                    sentence[lo:start], re.I) \
                    and not re.search(r"\b(?:extra|additional)\s+$", sentence[max(lo, start - 12) : start], re.I) \
                    and not _CONTRACT_VALUE.search(sentence[max(lo, start - 40) : start]):
                funder = release_funder  # ("an extra £75,000": more money, whose is not said)  # (not when a commissioner or council is the one giving it: who pays is not said)
            after = [p for p in periods if start <= p[0] < hi]
            before = [p for p in periods if lo <= p[0] < start
                      and not (k and re.fullmatch(r"\s*(?:in|for|during|over)?\s*", sentence[lo : p[0]]))]
            # ("£B in 2025-26, £T in all": the year just after the figure before is that figure's)
            elliptic = bool(here and here[-1].role == "match_funding" and _ELLIPSIS.search(between)
                            and not _NOT_ELLIPSIS.search(_ELLIPSIS.search(between).group(0)))
            added = role == "match_funding" or role == "own_funding" and bool(
                _ADDED_TO.search(sentence[max(lo, _clause_of(sentence, start)[0]) : hi]))  # ("will add £150k of his own")
            if added and not elliptic and not _SAME_PERIOD.search(sentence[start:hi]):
                # money added to a grant: a year in its own clause, not the grant's before it ("… £187,400 … for
                # 2023-24, with a further £30,000 added from her own budget"); an elliptical clause ("X Council has
                # added £A in 2024-25, and Y Council £B") shares the year of the clause it leaves the verb to
                before = [p for p in before if p[0] >= _clause_of(sentence, start)[0]]
            after = _own_clause_after(sentence, end, after, before)
            period = (after[0] if after else before[-1])[2:] if (after or before) else None
            paid_on = _PAID_ON_DATE.match(sentence, end)
            if paid_on and not [p for p in after if p[0] < end + paid_on.end()] and (paid_on.group("paid") or re.search(
                    r"\b(?:instalments?|installments?|payments?|tranches?)\b", sentence, re.I)):
                # "two instalments: £170,000 in April 2025 and £190,000 in April 2026": the date a sum is paid on gives
                # the financial year it falls in
                period = (_fy_text(_fy_of(paid_on)),) * 2
            if period is None and periods and (len(found) == 1 or len({p[2:] for p in periods}) == 1) and (
                    not added or periods[0][0] < found[0][0]) and not _years_of_a_comparison(sentence, periods, found, k):
                # "In 2023-24 we spent £A: £B from … and £C from …"; money added to a grant takes a year from
                # elsewhere in its sentence only when the sentence opens with it ("a grant of £X for 2024-25, with
                # £Y of match funding": the match funding's own clause gives none)
                period = periods[0][2:]
            semi = sentence.rfind(";", 0, start) + 1  # (a period stated before a semicolon is another clause's)
            same = _SAME_PERIOD.search(sentence[max(lo, semi, _clause_of(sentence, start)[0] if added else 0) if k else 0 : hi])
            # (money added to a grant takes "over the same two years" only from its own clause, not the figure's before)
            if period is None and same and here and here[-1].period and not re.search(r"\byears\b", same.group(0), re.I):
                period = here[-1].period  # "a grant of £X for 2023-24 and 2024-25, and … £Y over the same period"
            if period is None and same and re.search(r"\byears\b", same.group(0), re.I):
                # "over the (same) two years": the span of that many years stated before (the last one, else the
                # release's), never a single year stated since
                period = _span_of(same.group(0), (last_span, release_period, last_period)) \
                    or _span_of(same.group(0), [p for sn, p in spans_said if sn < number], only=True)
            elif period is None and same and last_period is not None:
                period = last_period  # "over the same period": the period stated before
            over_n = _OVER_N_YEARS.search(sentence[max(lo, semi) if k else 0 : hi]) if period is None else None
            if over_n:  # "£512,000 over two years" after the release has stated a span of that many years
                period = _span_of(over_n.group(0), (release_period,)) \
                    or _span_of(over_n.group(0), [p for sn, p in spans_said if sn < number], only=True)
            if list_whole is not None and not other_area and role in ("match_funding", "own_funding") \
                    and list_whole.role == "grant" and not list_whole.funder and list_whole.code and not here:
                # "The Commissioner has committed £594,750 …, made up as follows:" then a piece from her own budget and
                # others from the Home Office grant: a sum naming no funder, listed as pieces of several, is a total
                list_whole.role, list_whole.across = "total", True
            if list_whole is not None and not other_area and (role == "grant" or role in ("match_funding", "own_funding")
                                                              and list_whole.role == "total"):
                role = "part"  # (the pieces listed under a total across funders are parts whoever pays them)
            if period is None and defined_periods:  # "over the Funding Period", defined before as a span
                used = [p for term, p in defined_periods.items()
                        if re.search(rf"\bthe {re.escape(term)}\b", sentence[max(lo, semi) if k else 0 : hi], re.I)]
                period = used[0] if len(set(used)) == 1 else None
            relative = _RELATIVE_YEAR.search(sentence[max(lo, _clause_of(sentence, start)[0]) : hi]) \
                if period is None and pub_round else None
            if relative:  # "next financial year", "the next two financial years": counted from the publication date
                first = int(pub_round[:4]) + (0 if re.match(r"(?:this|the current)", relative.group(0), re.I) else 1)
                n = parse_count(relative.group("n")) if relative.group("n") else 1
                period = (_fy_text(first), _fy_text(first + n - 1))
            nth = _NTH_YEAR.search(sentence[max(lo, start - 25) : start]) or _NTH_YEAR_AFTER.match(sentence, end) \
                or ("year" in sentence[end:hi] and _NTH_YEARS_SHARE.match(sentence, end, hi))
            whole_before = next((x for x in reversed(here) if x.role in ("grant", "total")), last_whole)
            span = (whole_before.period if whole_before is not None and whole_before.period else last_period or release_period)
            if nth and span and span[0] != span[1] and role in ("grant", "part") and whole_before is not None \
                    and (period in (None, span) or nth.re is _NTH_YEARS_SHARE):
                # ("is the first year's share; the same again follows in 2024-25": the year after is the next share's)
                first = int(span[0][:4]) + _ORDINAL.get(nth.group("n").lower(), 0) - 1
                if first <= int(span[1][:4]):  # "Year one costs £180,000 and year two £184,000": a per-year part
                    period = (_fy_text(first), _fy_text(first))
                    role = "part" if _spans_years(whole_before) else role
            # (money added "to this" grant has the period its own clause gives, not the grant's: the corpus's
            # adjudicated convention)
            # "… £512,300 over the two years. That works out at £256,150 in each year.": the sum just stated
            back_whole = not here and last_whole is not None and last_whole.line >= number - 2 and not other_area \
                and bool(re.match(r"\W*(?:that|this|it|which)\b", sentence, re.I))
            per_year = bool(_PER_YEAR.match(sentence, end)) and (bool(here) or back_whole) and (
                role != "part" or (here[-1].whole is None if here else True) and (
                    period is None or _span_of_the_years_said(sentence, end, period, here)))  # ("profiled as £30,000 in each year")
            if per_year and here and (outside_payer or own and funder and here[-1].funder and funder != here[-1].funder):
                per_year = False  # "… £50,000 from her own budget, and Swindon Borough Council is adding £12,500 a year":
                # another funder's yearly sum is no share of the figure before it
            if here and here[-1].role in ("grant", "match_funding", "own_funding") and here[-1].whole is None and \
                    not clause_payer and _first(terms.get("two_accounts", ()), sentence[here[-1].start + len(here[-1].amount.text) : start]):
                # "is adding £12,000, but its budget report lists £10,500": another account of the same money
                role, funder, period = here[-1].role, here[-1].funder, here[-1].period
            if per_year and not here and (outside_payer or own and funder and last_whole.funder
                                          and funder != last_whole.funder or re.search(
                                              r"\b(?:alongside|on top of|in addition to|as well as|besides)\s+$",
                                              sentence[max(0, start - 20) : start], re.I)):
                per_year = False  # "This grant sits alongside £30,000 a year from the commissioner's own budget":
                # another funder's yearly sum is no share of the sum before it
            if per_year and here and getattr(here[-1], "yearly", False):
                per_year = False  # "had added £30,000 a year, though its budget papers show £25,000 a year": a yearly
                # rate after another is a second statement of the rate, not one year's share of it: the same money
                role, funder = here[-1].role, here[-1].funder
            if per_year and not here:
                role = "part"
            elif per_year:
                if here[-1].period is None and last_period is not None and last_period[0] != last_period[1]:
                    here[-1].period = last_period  # "topping this up with £60,000": over the span just stated
                role = "part"  # "£60,000 of match funding, £30,000 in each year": one year's share, once per year
            if amount.qualifier in ("exact", "rounded"):  # "£120,000 at most", "£50,000 or more": a bound after the figure
                bound = next((q for p, q in QUALIFIERS_AFTER if p.match(sentence, end)), "")
                if bound:
                    amount = replace(amount, qualifier=bound)
            earlier_figure = bool(_EARLIER_FIGURE.search(sentence[max(lo, start - 30) : start]))
            if earlier_figure and here and re.search(r"\b(?:up|down|rising|falling)\s+from\s+$", sentence[lo:start], re.I):
                # "… worth £38.5m in 2025-26, up from £36.3m this year": the same money's earlier figure, with the
                # figure before's funder and only the year its own words give
                period = after[0][2:] if after else None
                funder = funder or here[-1].funder
            if balance and role == "context":
                period = None  # (the date of a balance is no funding period)
            earlier_figure = earlier_figure or (period is None and bool(_PAST_TIME.search(
                sentence[max(lo, _clause_of(sentence, start)[0]) if k else 0 : hi])))  # "Last year the county received £X"
            # a correction note ("Correction: an earlier version … said £385,000. The correct figure is £358,400"): its
            # figures restate others, and their year is only what their own clause gives
            earlier_figure = earlier_figure or (period is None and bool(_CORRECTION_NOTE.match(raw)))
            if role == "total" and _TOGETHER_WITH.search(sentence[max(0, start - 80) : start]):
                funder = ""  # "Together with the council's money, £431,220 will be spent": a sum across funders
            if not funder and council_issuer and role in ("grant", "match_funding", "own_funding") \
                    and _first(terms.get("council_budget", ()), sentence[max(lo, _clause_of(sentence, start)[0]) : hi]):
                # a council's own report: money "from the Early Help budget" is the council's (never own funding)
                funder, role = "local authority", "grant" if role == "own_funding" else role
            d = _Draft(_line_at(starts, start), start, as_stated(amount), role, funder, code, basis, period, shared_by=shared,
                       per_year=per_year, bad_year=bool(impossible) or (earlier_figure and period is None))
            d.balance = balance and role == "context"
            d.shared_out = shared_out and role == "total"
            d.fund_said = sentence_before if d.shared_out else ""  # (the sentence before: "… its fund for the two years …")
            d.unnamed = unnamed
            d.councils_own = councils_own  # (its own money: not lent the release's period, as own funding is not)
            d.separate = _SEPARATE_SCHEME.search(sentence) is not None  # another scheme's money: not the release's period
            d.noun = _noun_of(sentence, max(lo, _clause_of(sentence, start)[0]), start, end)
            d.same = bool(re.search(r"\bthe same\s*$", sentence[max(lo, start - 12) : start], re.I))
            # "£120,000 a year for three years from April 2024" with no whole stated: one fact for each year
            d.yearly = not per_year and (bool(_PER_YEAR.match(sentence, end)) or bool(_EACH_OF_YEARS.search(
                sentence, end, min(hi, _clause_of(sentence, start)[1])))) and role in ("grant", "match_funding", "own_funding")
            # ("adds £85,000 from the police fund to the grant in each of the two years": later in its own clause)
            if role == "part" and not here and _NOT_PART.search(sentence):
                role = d.role = "grant"  # "… has given us £48,500; it does not come from the commissioners' money"
            pot = _pot_funder(rel, number, _OF_FUNDERS_SUM_AFTER.match(sentence, end), terms) \
                if role == "part" and not here and last_whole is not None else ""
            if pot and pot != last_whole.funder and not any(
                    x.whole is None and x.role in ("grant", "total") and x.funder == pot for x in drafts):
                # "… each commissioner holds Ministry of Justice victims' money …" then "£58,500 of that victims' funding
                # goes to …": a piece of a pot named before with its funder and no sum, not of the last sum stated
                role = d.role = "grant"
                d.funder = pot
            if role == "part":
                whole = here[-1] if here else (list_whole or last_whole)
                of_noun = _OF_THE_NOUN.match(sentence, end)
                if of_noun and not here:  # "£18,700 of the grant": the amount introduced as a grant, not the last one
                    named = [x for x in drafts if x.whole is None and x.role in ("grant", "total")
                             and getattr(x, "noun", "") == of_noun.group("noun").lower()]
                    if not named and of_noun.group("noun").lower() == "grant":
                        # ("… £21,000 of the grant" after "£348,900 by the Home Office" and "£423,900 in all": the grant,
                        # not the total across funders stated since)
                        named = [x for x in drafts if x.whole is None and x.role == "grant" and x.code == d.code]
                    whole = named[-1] if named else whole
                if not here and drafts and drafts[-1].whole is not None and re.search(
                        r"\b(?:the )?(?:remaining|rest of the|balance of)\s+(?:\w+\s+)?$", sentence[max(lo, start - 30) : start], re.I):
                    whole = drafts[-1].whole  # "Of the Home Office money, £388,400 goes to … The remaining £224,400 …"
                of_funder = _OF_FUNDERS_MONEY.search(sentence[max(lo, start - 60) : start])
                paid_by = _first(terms.get("funder", ()), of_funder.group("what")) if of_funder and not here else ""
                of_after = _OF_FUNDERS_SUM_AFTER.match(sentence, end)
                if of_after and not here and not paid_by:  # "£38,000 of the Home Office grant has gone to …"
                    paid_by = _first(terms.get("funder", ()), of_after.group("what"))
                includer = _FUNDERS_SUM_INCLUDES.search(sentence[max(lo, start - 80) : start]) if not here else None
                if includer and not paid_by:  # "The Home Office grant includes up to £34,000 …": that funder's sum
                    paid_by = _first(terms.get("funder", ()), includer.group("what"))
                if paid_by:  # "Of the Home Office money, £388,400 …": that funder's sum, not a total stated since
                    named = [x for x in drafts if x.whole is None and x.role in ("grant", "total") and x.funder == paid_by]
                    noun = (of_after or includer or of_funder or _NO_MATCH).group(0).lower()
                    called = [x for x in named if getattr(x, "noun", "") and getattr(x, "noun", "") in noun]
                    # ("£52,000 of the Home Office grant": the sum called a grant, not a year's instalment stated since)
                    whole = called[-1] if called else named[-1] if named else whole
                    row = _funders_row_of_the_year(drafts, paid_by, d, called[-1] if called else named[-1] if named else None)
                    whole = row or whole
                    d.of_a_row = row is not None
                else:
                    row = None
                while row is None and whole is not None and whole.role == "part" and whole.whole is not None:
                    if getattr(whole, "of_a_row", False):
                        whole = whole.whole  # ("…, and £15,000 of it for partner support": the same year's row)
                        break
                    whole = whole.whole
                d.whole, d.part_of = whole, whole.line
                d.funder = d.funder if d.funder and (own or d.funder != release_funder) else "" if outside_payer \
                    else whole.funder  # (a piece an outside body pays, "£72,000 from NHS … ICB", is no funder's of the list)
                if (not d.code or d.basis == "release" and (whole.code or whole.shared_by)) and not d.shared_by:
                    d.code, d.basis = whole.code, whole.basis  # a part is its whole's area, not the release's
                if whole.shared_by and c_areas:
                    d.code, d.basis = c_areas[0][2], "clause"
                if whole.balance:  # "…, of which £21,725 was restricted": a piece of a balance, no one's award
                    d.code, d.basis, d.funder, d.period = "", "none", "", None
            if role == "grant" and not own and any(x.role == "total" and x.amount.pence == d.amount.pence and x.code == d.code
                                                   for x in drafts):
                d.role, d.funder = "total", next(x.funder for x in drafts if x.role == "total" and
                                                 x.amount.pence == d.amount.pence)  # the total stated again
            if role == "grant" and re.search(r"(?:\bthe|['’]s|\bhis|\bher|\bits|\btheir)\s+$", sentence[max(lo, start - 20) : start]):
                # "The council's £60,000 will be profiled …": an amount stated before, named again with its article
                again = next((x for x in drafts if x.amount.pence == d.amount.pence and x.code == d.code and x.whole is None
                              and x.role in ("match_funding", "own_funding")), None)
                if again is not None and (not own or not again.funder or again.funder in {f[2] for f in own}):
                    d.role, d.funder, d.period = again.role, again.funder or d.funder, d.period or again.period
            d.restated = role == "grant" and d.period is None and not _THE_YEAR.search(sentence) \
                and not _RELATIVE_YEAR.search(sentence) and _names_a_stated_grant(d, drafts, sentence[max(lo, start - 20) : start])
            # ("the grant letter for the year gives …; the trustees have recognised the £204,750": the year is named)
            if not here and _SAME_ITEM.search(sentence[max(lo, start - 40) : start]):
                # "the budget report showed the same line as £289,400": another statement of a sum stated before (the
                # nearest in size, within a quarter), as whatever that sum is; its year the words do not give again
                again = min((x for x in drafts if x.role in ("grant", "total", "match_funding", "own_funding")
                             and x.whole is None and x.amount.pence != d.amount.pence and x.amount.pence
                             and abs(x.amount.pence - d.amount.pence) <= 0.25 * max(x.amount.pence, d.amount.pence)),
                            key=lambda x: abs(x.amount.pence - d.amount.pence), default=None)
                if again is not None:
                    d.role, d.funder, d.code, d.basis = again.role, again.funder, again.code or d.code, again.basis
                    d.bad_year = d.bad_year or d.period is None  # (no year guessed for it)
            if role == "grant" and _SEPARATE.search(sentence[lo:hi]):
                earlier = [x for x in drafts + here if x.role == "grant" and x.code == d.code and x.amount != d.amount]
                d.award_number = 1 + len({x.amount.pence for x in earlier})
            here.append(d)
        # "£23,850 of the £386,400 was set aside for it", "£X out of £Y": a piece of the sum named just after it
        for a, b in zip(here, here[1:]):
            if a.role != "context" and b.role != "context" and a.amount.pence < b.amount.pence and a.whole is None \
                    and _OF_THE_SUM.fullmatch(sentence[a.start + len(a.amount.text) : b.start]):
                a.role, a.whole, a.part_of = "part", b, b.line
                a.funder = a.funder or b.funder
                a.period = a.period or b.period
        # "Of the £2.4 million shared by the eastern forces, Essex will receive £310,000": pieces of the sum the
        # sentence opens with
        if len(here) > 1 and here[0].role != "context" and _OPENS_WITH_OF.match(sentence[: here[0].start]):
            whole = here[0]
            for d in here[1:]:
                if d.role in ("grant", "own_funding", "match_funding") and d.whole is None \
                        and d.amount.pence < whole.amount.pence:
                    d.role, d.whole, d.part_of = "part", whole, whole.line
                    d.funder = d.funder or whole.funder
        # "the £714,380 in the July report, which is the Home Office grant of £604,380 plus the Commissioner's £110,000":
        # a sum and, after 'which is', the pieces it is made of
        if len(here) >= 3 and here[0].whole is None and here[0].role in ("grant", "total", "own_funding") \
                and _WHICH_IS.search(sentence[here[0].start + len(here[0].amount.text) : here[1].start]) \
                and all(re.search(r"\b(?:plus|and)\b|\+", sentence[x.start + len(x.amount.text) : y.start])
                        for x, y in zip(here[1:], here[2:])):
            whole = here[0]
            whole.role = "total"
            for d in here[1:]:
                d.role, d.whole, d.part_of = "part", whole, whole.line
            if len({d.funder for d in here[1:]}) > 1:
                whole.funder = ""
        # "The £226k budget is made up of £186k of Home Office money … and £40k of council match funding": every figure
        # after 'made up of' in the sentence is a piece of the sum before it, whatever it is called; pieces paid by two
        # funders make it a total across funders
        if len(here) >= 3 and here[0].whole is None and here[0].role in ("grant", "total", "own_funding") \
                and _made_up_of_opens(sentence[here[0].start + len(here[0].amount.text) : here[1].start]):
            whole = here[0]
            pieces = [d for d in here[1:] if d.whole is whole or d.whole is None and d.role in (
                "grant", "part", "match_funding", "own_funding")]
            if len(pieces) == len(here) - 1:
                _pieces_of(whole, pieces)
        # "In 2024-25 my office put £468,900 into services. That was made up of £361,400 of the Home Office grant and
        # £107,500 from my own budget": a sentence opening by saying the one figure before is made of the figures it gives
        if len(here) >= 2 and len(said_before) == 1 and said_before[0].whole is None \
                and said_before[0].role in ("grant", "total", "own_funding") \
                and _BACK_MADE_UP_OF.match(sentence[: here[0].start]) \
                and all((d.whole is None or d.whole is said_before[0]) and d.role in ("grant", "part", "match_funding", "own_funding")
                        for d in here):
            _pieces_of(said_before[0], here)
        # "The award was split across the two years as £352,900 for 2024-25 and £335,500 for 2025-26", "That is £306,400
        # for 2025-26 and £306,400 for 2026-27": figures each for its own one year that sum exactly to the one sum of
        # several years stated just before, covering those years, are its per-year parts
        if len(here) >= 2 and len(said_before) == 1 and said_before[0].whole is None \
                and said_before[0].role in ("grant", "total") and said_before[0].period \
                and said_before[0].period[0] != said_before[0].period[1] \
                and all(d.whole is None and d.role in ("grant", "part") and d.period and d.period[0] == d.period[1]
                        and said_before[0].period[0] <= d.period[0] <= said_before[0].period[1] for d in here) \
                and len({d.period for d in here}) == len(here) \
                and sum(d.amount.pence for d in here) == said_before[0].amount.pence:
            whole = said_before[0]
            for d in here:
                d.role, d.whole, d.part_of = "part", whole, whole.line
                d.funder = d.funder or whole.funder
        # "Of this, £246,900 is a grant from the Home Office and £50,000 comes from the Commissioner's own budget", "Of
        # that grant, £120,000 is kept … and £748,400 is passed to the ten councils": every figure of a sentence opening
        # with 'of this' is a piece of the one sum before (the money added by a funder of its own is that funder's)
        if len(here) >= 2 and here[0].role == "part" and here[0].whole is not None \
                and not any(here[0].whole is d for d in here) \
                and _OF_THIS_OPENS.match(sentence[: here[0].start]) \
                and all(d.whole is None and d.role in ("grant", "match_funding", "own_funding") for d in here[1:]):
            whole = here[0].whole
            for d in here[1:]:
                if d.role == "grant" and whole.funder:
                    d.funder = whole.funder  # (a council the money is passed to receives it)
                d.role, d.whole, d.part_of = "part", whole, whole.line
                d.period = d.period or whole.period
                d.code, d.basis = (d.code, d.basis) if d.basis != "release" or not whole.code else (whole.code, whole.basis)
            if len({d.funder for d in here}) > 1:
                whole.role, whole.funder = "total", ""
        # "£A on …: £B from the Home Office and £C from our own budget": a breakdown after a colon
        colon = sentence.find(":", here[0].start) if here else -1
        if colon > 0 and len(here) > 1 and all(d.start > colon for d in here[1:]) and here[0].start < colon \
                and here[0].role in ("grant", "own_funding", "total"):
            whole = here[0]
            for k, d in enumerate(here[1:], 1):
                if d.role == "total" and not d.funder:
                    # (a piece read as a total for the "in all" before it: the one funder its own words after the
                    # colon name, "£318,000 from the Home Office grant, £50,000 from …")
                    stop = here[k + 1].start if k + 1 < len(here) else len(sentence)
                    named = {f[2] for f in funders if d.start <= f[0] < stop}
                    d.funder = named.pop() if len(named) == 1 else ""
                d.role, d.whole, d.part_of = "part", whole, whole.line
            if len({d.funder for d in here[1:]}) > 1:
                whole.role, whole.funder = "total", ""
            for d in here[1:]:
                if not d.funder:
                    d.funder = whole.funder
        # "The grant is paid in two instalments: £118,000 in 2024-25 and £128,000 in 2025-26": pieces, after a colon, of
        # the grant stated before that they sum to
        colon = sentence.find(":")
        if here and 0 < colon < here[0].start and _THE_GRANT.search(sentence[:colon]) and len(here) >= 2 \
                and all(d.role in ("grant", "part") for d in here):
            whole = next((x for x in drafts if x.role == "grant" and x.whole is None and x.code == here[0].code
                          and x.amount.pence == sum(d.amount.pence for d in here)), None)
            if whole is not None:
                for d in here:
                    d.role, d.whole, d.part_of = "part", whole, whole.line
                    d.funder = d.funder or whole.funder
        # "£402,000 is being split between a group programme (£260,000) and one-to-one work (£142,000)": the
        # figures after a sum said to be split, divided or shared between things are its pieces
        if len(here) > 1 and here[0].role in ("grant", "total", "own_funding", "match_funding") and here[0].whole is None \
                and _SPLIT_BETWEEN.search(sentence[here[0].start : here[1].start]):
            whole = here[0]
            for d in here[1:]:
                if d.role in ("grant", "own_funding", "match_funding") and d.whole is None:
                    d.role, d.whole, d.part_of = "part", whole, whole.line
                    d.funder = d.funder if d.funder and d.funder != release_funder else whole.funder
        # "£A plus £B, £C in all": pieces in the same sentence as the total are its parts
        totals = [d for d in here if d.role == "total"]
        if totals and _IN_ALL.search(sentence):
            for d in here:
                if d.role in ("grant", "match_funding", "own_funding") and d is not totals[0]:
                    d.role, d.whole, d.part_of = "part", totals[0], totals[0].line
        # a list of labelled amounts ("- Group programme: £182,400") closed by "Total: £258,700": its pieces
        if len(here) == 1 and (_LABELLED_LINE.match(raw) and _TOTAL_ROW.match(raw) or _list_total(raw)):
            total = here[0]
            total.role = "total"
            for d in labelled:
                if d.role in ("grant", "part", "match_funding", "own_funding") and d.whole is None:
                    d.role, d.whole, d.part_of = "part", total, number
                    d.funder = _item_funder(rel.line_text(d.line), terms) or d.funder or total.funder
            labelled = []
        elif len(here) == 1 and (_LABELLED_LINE.match(raw) or list_item_label(raw)) \
                and here[0].role in ("grant", "part", "match_funding", "own_funding"):
            labelled.append(here[0])
            if here[0].period is None and lead_period:
                here[0].period = lead_period  # an item of a list under a heading or lead-in that states its year
        else:
            labelled = []
        for w in here:  # "£298,400 in all, comprising the Home Office money of £263,400 and her own £35,000": its pieces
            # in its own sentence are two funders' money, so the total is across funders, not the one named in it
            if w.role == "total" and w.funder and len({x.funder for x in here if x.whole is w and x.role == "part"}
                                                      - {""}) >= 2:
                w.funder, w.across = "", True
        _read_comparatives(sentence, here)
        line_areas.setdefault(number, set()).update(d.code for d in here if d.code and d.role != "context")
        drafts.extend(here)
        if list_whole is not None and _LIST_LINE.match(raw):
            for d in here:
                d.listed_under = list_whole  # (summed against it once the list is read: _listed_pieces_sum_to_whole)
        said_now = here
        prev_sentence = sentence
        stated = [d.period for d in here if d.period]
        for w in here:  # "£80,000 in 2025-26 and £84,000 in 2026-27, £164,000 in all": the whole spans its parts' years
            years = [x.period for x in here if x.whole is w and x.period]
            if w.period is None and len(years) >= 2 and min(y[0] for y in years) != max(y[1] for y in years):
                stated.append((min(y[0] for y in years), max(y[1] for y in years)))
        if stated:
            last_period = stated[-1]
            spans_here = [p for p in stated if p[0] != p[1] and not _an_earlier_round(sentence, p, release_period)]
            if spans_here:
                last_span = spans_here[-1]
        wholes = [d for d in here if d.role in ("grant", "total") and d.amount.pence and not getattr(d, "comparative", False)
                  and not (d is not here[0] and _COMPARED_WITH.search(sentence[max(0, d.start - 30) : d.start]))]
        # ("£823,450, compared with £1.48m over the 2024-26 round", then "Most of it, £610,000, …": the award's pieces, not
        # the figure it is compared with)
        if wholes:
            last_whole = wholes[-1]
            if _OPENS_PARTS.search(sentence):
                list_whole = wholes[-1]  # "£436,800 in all …, made up of:" then "- (a) £376,800 from …": its pieces
    # accounts whose comparatives name last year ("(2021-22: £231,975)"): "for the year", "in the year" is the year after
    account_years = {_fy_text(int(x.period[0][:4]) + 1) for x in drafts if getattr(x, "comparative", False) and x.period}
    if len(account_years) == 1:
        year = account_years.pop()
        for d in drafts:
            if d.period is None and d.role not in ("context", "match_funding") and _THE_YEAR.search(rel.line_text(d.line)):
                # (money added to a grant has only its own clause's period: adjudicated convention R2)
                d.period = (year, year)
    # "Lot 1: Norfolk" and "Lot 2: Suffolk": sections gave amounts to two areas, so an amount under a heading that
    # names neither ("Lot 3: Practitioner training (both counties)") is no area's, not the release's most named
    if len(by_section) >= 2:
        for d in drafts:
            if d.basis == "release":
                d.code, d.basis = "", "none"
    # a field of a notice ("Contract value: £356,420") takes its period from a field beside it in the same block
    # ("Contract period: 24 months, 1 April 2024 to 31 March 2026")
    for d in drafts:
        if d.period is not None or not _LABELLED_LINE.match(rel.line_text(d.line)):
            continue
        for step in (1, -1):
            n = d.line + step
            while rel.line_text(n).strip() and abs(n - d.line) <= 4 and d.period is None:
                field = rel.line_text(n)
                if not MONEY_TOKEN.search(field) and re.match(r"\W*[A-Z][\w ]{1,40}:", field):
                    spans = find_periods(field)[0]
                    if len(spans) == 1:
                        d.period = spans[0][2:]
                n += step
    _funding_fields(rel, drafts, terms)
    # "contracts worth a combined £612,400 … in Norfolk, Suffolk and Cambridgeshire", then each area's share in
    # later sentences ("In Suffolk, … £198,500", "Cambridgeshire's share is £126,000"): a total over those areas
    # (no one area's) and its per-area parts, checked against it
    for i, d in enumerate(drafts):
        if d.role not in ("total", "grant") or d.whole is not None or d.per_year or d.shared_by and d.role == "total":
            continue
        named = {a[2] for a in _areas_in(rel.line_text(d.line))}
        if len(named) < 2:
            continue
        if len({x.code for x in drafts if x.whole is d and x.line == d.line}) >= 2:
            continue  # its pieces stated with it ("£1.1m: £412,300 for Norfolk, …"): later figures restate them
        pieces: list[_Draft] = []
        for x in drafts[i + 1:]:
            if x.line == d.line or x.role in ("own_funding", "match_funding", "context"):
                continue
            if x.whole is d and x.code in named and x.code not in {y.code for y in pieces}:
                pieces.append(x)  # (a share already read as its piece: "Kent takes the largest piece, £271,400, and …")
                continue
            if x.role != "grant" or x.whole is not None or x.code not in named or x.basis == "release" \
                    or x.code in {y.code for y in pieces} or x.amount.pence >= d.amount.pence:
                break
            pieces.append(x)
        got = sum(x.amount.pence for x in pieces)
        if len(pieces) >= 2 and (d.amount.allows(got) or abs(got - d.amount.pence) <= 0.1 * d.amount.pence):
            if d.shared_by and d.role == "grant":  # one award made jointly to the areas: a grant, its shares parts
                d.code, d.basis = "", "clause"
            else:  # a sum over separate awards or contracts in those areas
                d.role, d.code, d.basis, d.shared_by = "total", "", "none", tuple(sorted(named))
            for x in pieces:
                x.role, x.whole, x.part_of = "part", d, d.line
    # "Mr Rowlands-Pryce has also put £38,500 of his own budget …": the area of the commissioner named in full
    # before ("Gwent's Police and Crime Commissioner, Dafydd Rowlands-Pryce"), not the release's
    for d in drafts:
        if d.basis != "release":
            continue
        text = next((s for n, s in rel.sentences if n == d.line and d.amount.text in s), "")
        m = re.search(r"\b(?:Mr|Ms|Mrs|Miss|Dr)\.? ([A-Z][\w'’-]+)", text[: text.find(d.amount.text)])
        if not m:
            continue
        for n, earlier in rel.sentences:
            if n >= d.line:
                break
            if re.search(r"\b[A-Z][a-z]+ " + re.escape(m.group(1)) + r"\b", earlier):
                named = {a[2] for a in _areas_in(earlier)}
                if len(named) == 1:
                    d.code, d.basis = named.pop(), "clause"
                break
    for k, d in enumerate(drafts):  # "the additional £32,000 from my own budget": the same sum again, same year
        same = [x for x in drafts[:k] if x.amount.pence == d.amount.pence and x.role == d.role and x.code == d.code
                and x.period]
        if d.period is None and same and d.role in ("own_funding", "grant") and not d.bad_year \
                and not getattr(d, "restated", False):
            d.period = same[-1].period
        again_stated = [x for x in drafts[:k] if x.amount.pence == d.amount.pence and x.period and (
            x.role == "grant" or x.role == "total" and not x.table and d.table)]  # (or the prose's total across funders)
        if d.period is None and d.role == "total" and again_stated:
            d.period = again_stated[-1].period  # a table's total that is the award stated before in prose
        again = [x for x in drafts[:k] if x.amount.pence == d.amount.pence and x.role == d.role and x.funder]
        if getattr(d, "same", False) and again:
            d.funder = again[-1].funder  # "the same £40,000 in match funding": the funder stated for it before
        elif d.role in ("match_funding", "own_funding") and not d.funder and again:
            d.funder = again[-1].funder  # "The match funding of £95,000 was paid …": the funder of that sum stated before
        if d.role == "grant" and not d.funder and d.code and not _CONTRACT_VALUE.search(
                next((s[: s.find(d.amount.text)] for n, s in rel.sentences if n == d.line and d.amount.text in s), "")):
            # "The £262,500 grant": the area's grant stated before (not a contract's value: who pays is not said)
            near = [x for x in drafts[:k] if x.role == "grant" and x.code == d.code and x.funder
                    and abs(x.amount.pence - d.amount.pence) <= 0.25 * max(x.amount.pence, d.amount.pence)]
            if len({x.funder for x in near}) == 1:
                d.funder = near[-1].funder
    _table_cells_take_the_tables_year(drafts)
    _corrected_figure_is_the_same_money(rel, drafts, terms)
    for d in drafts:  # "£150,000 from the Commissioner's own budget" in a fact box, "added £150k … to the grant" below:
        # one sum, described as match funding where the release says what it is added to
        if d.role == "own_funding" and d.whole is None and any(
                x.role == "match_funding" and x.whole is None and x.amount.pence == d.amount.pence and x.funder == d.funder
                and x.code == d.code for x in drafts):
            d.role = "match_funding"
    _prose_totals(rel, drafts, terms)  # a figure summing the figures just before it in its paragraph
    # "These grants come to £2,757,000": a total that refers back to the amounts listed before it (no parts of its own)
    # takes their one funder and the span of their years, when it states neither
    for k, d in enumerate(drafts):
        if d.role != "total" or any(x.whole is d for x in drafts):
            continue
        text = next((s for n, s in rel.sentences if n == d.line and d.amount.text in s), "")
        back = _BACK_REFERENCE.search(text[: text.find(d.amount.text)])
        if not back:
            continue
        listed = []
        for x in reversed(drafts[:k]):
            if x.role == "total" and x.whole is None or x.line < d.line - 12:
                break
            if x.whole is None and x.role != "context" and (x.role == "grant" or not back.group("grants")):
                listed.append(x)
        if len(listed) < 2:
            continue
        if not d.funder and not getattr(d, "across", False) and len({x.funder for x in listed}) == 1:
            d.funder = listed[0].funder
        if d.period is None and all(x.period for x in listed):
            d.period = (min(x.period[0] for x in listed), max(x.period[1] for x in listed))
    # "the trustees awarded £399,000 to nine organisations", then an entry for each: the entries' figures (grants naming
    # no other funder) are pieces of that sum, as far as they add up to it
    for i, d in enumerate(drafts):
        if d.whole is not None or d.role not in ("grant", "total") or any(x.whole is d for x in drafts):
            continue
        text = next((s for n, s in rel.sentences if n == d.line and d.amount.text in s), "")
        recipients = _TO_N_RECIPIENTS.search(text)
        if not recipients or parse_count(recipients.group("n")) is None:
            continue
        members, running = [], 0
        for x in drafts[i + 1:]:
            if x.role == "total" and x.whole is None:
                break
            if x.role != "grant" or x.whole is not None or x.funder not in ("", d.funder):
                continue
            if running + x.amount.pence > d.amount.pence:
                break
            members.append(x)
            running += x.amount.pence
        if len(members) >= 2:
            d.role = "total"
            if len({x.code for x in members}) > 1:
                d.code, d.basis = "", "none"
            for x in members:
                x.role, x.whole, x.part_of = "part", d, d.line
    # a whole with no period spans its parts' years; a total's funder is its parts' one funder
    for d in drafts:
        mine = [x for x in drafts if x.whole is d]
        dated = [x for x in mine if x.period]
        if d.period is None and mine and (len(dated) == len(mine) or len(dated) >= 2):
            # (pieces stated with a period of their own, and the same sum by funder with none)
            d.period = (min(x.period[0] for x in dated), max(x.period[1] for x in dated))
        if d.role == "total" and not d.funder and mine:
            if len({x.funder for x in mine}) == 1:
                d.funder = mine[0].funder
        elif d.role == "grant" and d.whole is None and not d.table and len({x.funder for x in mine} - {""}) >= 2 \
                and not _first(terms.get("funder", ()), rel.line_text(d.line) or ""):
            d.role, d.funder, d.across = "total", "", True  # "Changing Course costs £286,400 in 2025-26. It is paid for
            # by:" then pieces of the Home Office, the council and others: a sum whose line names no payer is a total
        elif d.role == "total" and d.funder and not d.table and len({x.funder for x in mine} - {""}) >= 2:
            d.funder, d.across = "", True  # "- Home Office grant …  - Commissioner's match funding …  - Total: £440,900":
            # pieces of two funders, wherever stated, make the total one across funders
        if own_release and not d.funder and not getattr(d, "across", False):
            d.funder = "PCC"
    # "… £60,000 in match funding, and the commissioner £30,500 … Altogether the service will have £334,500 in
    # 2021-22": the amounts just before a total they sum to exactly are for its years (they stay no parts of it)
    for k, d in enumerate(drafts):
        if d.role != "total" or d.period is None or any(x.whole is d for x in drafts):
            continue
        listed: list[_Draft] = []
        for x in reversed(drafts[:k]):
            if x.role == "total" or x.whole is not None or x.role == "context" or x.line < d.line - 12:
                break
            listed.append(x)
            if len(listed) >= 2 and sum(y.amount.pence for y in listed) == d.amount.pence:
                for y in listed:
                    if y.period is None and y.role != "match_funding":  # (money added to a grant: only its own clause's)
                        y.period = d.period
                break
    # one award stated twice ("£612,800 from the Home Office" in a fact box, "just over £612,000" in the text): pieces
    # that do not add up to the statement they were given to but add up exactly to the other are pieces of that one
    for w in drafts:
        if w.whole is not None or w.role not in ("grant", "total"):
            continue
        alone = sum(1 for y in drafts if y.line == w.line and y.whole is None and y.role in ("grant", "total")) == 1
        mine = [x for x in drafts if x.role == "part" and (x.whole is w or x.whole is None and alone
                                                          and x.part_of == w.line)]
        got = sum(x.amount.pence for x in mine)
        if len(mine) < 2 or got == w.amount.pence:
            continue
        other = [y for y in drafts if y is not w and y.whole is None and y.role == w.role and y.code == w.code
                 and y.funder == w.funder and y.amount.pence == got and w.amount.allows(got)
                 and (y.period is None or w.period is None or y.period == w.period)]
        if len(other) == 1:
            for x in mine:
                x.whole, x.part_of = other[0], other[0].line
            continue
        # "… found £198,600 from his own budget. Last year's Home Office grant was £187,240. Of that, £154,000 goes to X
        # and £44,600 to Y": pieces given by "of that" to the sum just before, which they do not add up to, that add up
        # exactly to another sum stated shortly before it (another funder's), are that sum's pieces, in its funder
        if w.table or not all(x.whole is w and not x.table and x.funder in ("", w.funder) for x in mine):
            continue
        other = [y for y in drafts if y is not w and y.whole is None and y.role in ("grant", "total", "own_funding",
                                                                                   "match_funding")
                 and y.code in ("", w.code) and y.amount.pence == got and w.line - 12 <= y.line < w.line and not y.table]
        if len(other) == 1 and not w.amount.allows(got):
            for x in mine:
                x.whole, x.part_of, x.funder = other[0], other[0].line, other[0].funder
                x.period = other[0].period or x.period
    drafts = _without_unrelated_rows(_two_way_tables(drafts), terms)
    _councils_as_recipients(drafts, _council_recipient_blocks(rel, terms), release_funder, terms)
    # "a budget of £263,400 from Home Office grant …, including £21,400 carried forward from 2024-25" beside "The Home
    # Office awarded Dorset £242,000 for 2025-26": the year's award plus money carried over is another sum than the
    # award, exactly that piece apart: every statement of it is a second award, not a misprint of the first
    for g in drafts:
        if g.role != "grant" or g.whole is not None or g.award_number != 1:
            continue
        carried = [p for p in drafts if p.whole is g and _CARRIED.search(rel.line_text(p.line) or "")]
        if not any(h.role == "grant" and h.whole is None and h is not g and (h.code, h.funder) == (g.code, g.funder)
                   and h.amount.pence == g.amount.pence - p.amount.pence for p in carried for h in drafts):
            continue
        for x in drafts:
            if x.role == "grant" and x.whole is None and (x.code, x.funder, x.amount.pence) == (g.code, g.funder, g.amount.pence):
                x.award_number = 2
    # "The varied award is therefore £1,030,200": a prose total naming no funder that is exactly the sum of two or more
    # separate grants stated before it to its area by one funder is that funder's money, not a sum across funders
    # ("Taken together, the two years bring £788,950": and, with no period of its own, it spans the years of those grants)
    for t in drafts:
        if t.role != "total" or t.table or not t.code or t.funder and t.period \
                or not _SUMS_BEFORE.search(rel.line_text(t.line)):
            continue  # (only a total whose words say it adds up what was stated: "therefore", "taken together")
        earlier = [g for g in drafts if g.role == "grant" and g.whole is None and g.code == t.code and g.funder
                   and not g.table and (g.line, g.start) < (t.line, t.start)][-8:]
        combos = [combo for n in range(2, len(earlier) + 1) for combo in combinations(earlier, n)
                  if sum(g.amount.pence for g in combo) == t.amount.pence]
        funders = {frozenset(g.funder for g in combo) for combo in combos}
        if not t.funder and len(funders) == 1 and len(next(iter(funders))) == 1:
            t.funder = next(iter(next(iter(funders))))
        if t.period is None and len(combos) == 1 and all(g.period for g in combos[0]) \
                and len({g.period for g in combos[0]}) == len(combos[0]):
            t.period = (min(g.period[0] for g in combos[0]), max(g.period[1] for g in combos[0]))
    # "a grant of £372,000 … for the two years from 1 April 2025" then "For 2025-26 we will pay £176,000 …" and "For
    # 2026-27 we will pay £196,000 …": one funder's single-year sums after a grant over those years that add up to it
    # exactly, one a year, are its per-year split (parts of it), not grants of their own
    for g in drafts:
        if g.role != "grant" or g.whole is not None or g.table or not g.period or g.period[0] == g.period[1]:
            continue
        years = [x for x in drafts if x is not g and x.role == "grant" and x.whole is None and not x.table
                 and (x.code, x.funder) == (g.code, g.funder) and x.period and x.period[0] == x.period[1]
                 and g.period[0] <= x.period[0] <= g.period[1] and (x.line, x.start) > (g.line, g.start)]
        if len(years) >= 2 and len({x.period for x in years}) == len(years) \
                and sum(x.amount.pence for x in years) == g.amount.pence:
            for x in years:
                x.role, x.whole, x.part_of = "part", g, g.line
    # a table whose rows name two or more areas is about several: a row naming none is no one area's (not the
    # release's most named)
    row_areas: dict[int, set[str]] = {}
    for d in drafts:
        if d.table and d.basis == "table_row":
            row_areas.setdefault(d.table, set()).add(d.code)
    for d in drafts:
        if d.table and d.basis == "release" and len(row_areas.get(d.table, ())) >= 2:
            d.code, d.basis = "", "none"
    # a table row of a funder the prose says adds match funding ("To commit £96,000 from the Commissioner's budget …,
    # as match funding", then "| Commissioner's budget | £48,000 | £48,000 | £96,000 |"): the row's sum is that match
    # funding, when the prose gives that funder no grant
    # (the prose naming the row's own body: 'Cornwall Council' adding match funding says nothing of a Plymouth row)
    said = [x for x in drafts if not x.table and x.whole is None and x.funder in ("PCC", "local authority")]
    def names(x: _Draft, label: str) -> bool:
        return bool(label) and label.lower() in rel.line_text(x.line).lower()
    for d in drafts:
        label = " ".join(d.row_cells[0].split()).strip("*| ") if d.table and getattr(d, "row_cells", None) else ""
        if d.table and d.role == "grant" and d.whole is None and getattr(d, "row_funder", False) and any(
                x.role == "match_funding" and x.funder == d.funder and x.code == d.code and names(x, label)
                for x in said) and not any(
                x.role in ("grant", "own_funding") and x.funder == d.funder and x.code == d.code for x in said):
            d.role = "match_funding"
    # period: a part with no year of its own shares its whole's; otherwise the release's span
    _money_said_to_cover(rel, drafts)
    _counted_shares_take_the_funds_terms(drafts)
    if release_period is None and roundup:
        release_period = _round_total_period(drafts)
    for d in drafts:
        if d.period is None and d.whole is not None and d.whole.period is not None and d.role == "part":
            d.period = d.whole.period
        restates = d.role == "grant" and d.whole is None and any(
            x is not d and (x.role == "grant" and x.whole is None or x.role == "part" and x.whole is not None and x.whole.role
                            == "grant" and x.period and x.period[0] == x.period[1] and x.whole.period != x.period
                            and x.line != x.whole.line) and x.code == d.code and x.period
            and x.funder in (d.funder, "") and x.amount.pence != d.amount.pence and x.amount.qualifier in ("exact", "rounded")
            and abs(x.amount.pence - d.amount.pence) <= 0.25 * max(x.amount.pence, d.amount.pence) for x in drafts)
        # (not a bound made precise: "more than £240,000" then "funding worth £246,792" is one statement refined)
        # ("The correct figure is £358,400", "gives the exact grant as £446,380": a figure restating the dated award,
        # differently, in a sentence that gives no year of its own: which year it is for the sentence does not say)
        # (nor a yearly rate whose own clause names no years, "£18,500 a year": README, "Yearly rates")
        if d.period is None and release_period and d.role in ("grant", "part", "total") \
                and (d.code or d.shared_by or getattr(d, "unnamed", False)) \
                and not d.bad_year and (not restates or figures_said) and not getattr(d, "rate", False) \
                and not getattr(d, "yearly", False) \
                and not getattr(d, "councils_own", False) and not getattr(d, "restated", False) \
                and not getattr(d, "separate", False):
            d.period = release_period
        elif d.period is None and release_period and release_period[0] == release_period[1] and \
                getattr(d, "spending", False) and not roundup:
            d.period = release_period  # a fund's spending in a table of the year's movements (match funding
            # stated with no year is left with none: the grant's year is the grant's)
    for d in drafts:  # a total over several areas' rows spans its rows' years
        mine = [x for x in drafts if x.whole is d]
        if d.period is None and mine and all(x.period for x in mine):
            d.period = (min(x.period[0] for x in mine), max(x.period[1] for x in mine))
    _listed_pieces_sum_to_whole(rel, drafts, terms)
    _list_sums_to_an_earlier_award(rel, drafts)
    _of_which_pieces_sum_to_whole(rel, drafts, terms)
    _per_year_before_in_all(rel, drafts)
    _whole_across_funders(drafts)
    _counted_totals_across_funders(rel, drafts)
    _carried_forward_keeps_its_year(rel, drafts)
    _carried_piece_is_its_wholes_year(rel, drafts)
    # a per-year share: once for each year of its whole's span (the whole takes the release's span if it has none)
    expanded: list[_Draft] = []
    for d in drafts:
        whole = d.whole
        if d.per_year and whole is not None:
            if whole.period is None and release_period and release_period[0] != release_period[1]:
                whole.period = release_period
            span = whole.period
            if span and span[0] != span[1]:
                first, last = int(span[0][:4]), int(span[1][:4])
                expanded.extend(replace(d, period=(_fy_text(y), _fy_text(y))) for y in range(first, last + 1))
                continue
        if getattr(d, "yearly", False) and whole is None and d.period and d.period[0] != d.period[1] \
                and not any(x.whole is d for x in drafts):
            first, last = int(d.period[0][:4]), int(d.period[1][:4])
            copies = [replace(d, period=(_fy_text(y), _fy_text(y))) for y in range(first, last + 1)]
            for c in copies:
                c.yearly = False
            expanded.extend(copies)
            continue
        expanded.append(d)
    drafts = expanded
    # a figure in quoted speech that restates one stated outside quotes ("We are putting £48,000 into …," she said)
    # is not a second statement
    quoted = []
    for d in drafts:
        text = next((t for n, t in rel.sentences if n == d.line and d.amount.text in t), "")
        at = text.find(d.amount.text)
        if at >= 0 and any(a <= at < b for a, b in _quoted_spans(text)) and any(
                x is not d and x.amount.pence == d.amount.pence and x.line != d.line for x in drafts):
            quoted.append(d)
    gone = {id(d) for d in quoted}
    drafts = [d for d in drafts if id(d) not in gone and (d.whole is None or id(d.whole) not in gone)]
    awards = []
    for d in drafts:
        start_year, end_year = d.period if d.period else ("", "")
        if start_year:
            rnd, rnd_basis = start_year, "sentence"
        elif pub_round and not d.bad_year:
            rnd, rnd_basis = pub_round, "publication_date"
        else:
            rnd, rnd_basis = "", "none"
        awards.append(LocalAward(
            source_id, d.line, d.code, d.basis, rnd, rnd_basis, d.funder, "sentence" if d.funder else "none",
            d.role, d.amount, start_year, end_year, d.part_of, d.shared_by, d.award_number,
            d.whole.amount.pence if d.part_of is not None and d.whole is not None and d.whole.line == d.part_of else None,
        ))
    return tuple(awards), tuple(diagnostics)


def _check_tokens(sentence, found, hazards, source_id, starts, diagnostics):
    """Amounts whose token is read whole; a diagnostic for each other money-looking token."""
    by_start = {s: (s, s + len(sentence[s:e].rstrip()), a) for s, e, a in found}
    good = []
    for m in MONEY_TOKEN.finditer(sentence):
        if any(h.start <= m.start() < h.end for h in hazards):
            continue
        token = m.group(0).rstrip(".,;:")
        if not re.search(r"\d", token):
            continue  # "£s", "the £ sign": a currency word, not a figure
        hit = by_start.get(m.start())
        if hit and hit[1] >= m.start() + len(token):
            good.append(hit)
            continue
        diagnostics.append(
            Diagnostic(source_id, _line_at(starts, m.start()), "malformed_amount", token,
                       "an amount such as £200,000, £1.2m or £240k"))
    return good


#: "grant of £X", "Home Office award worth £X": the noun just before an amount names it a grant (not a match
#: funding or own-budget grant: those are read by their own words)
_GRANT_OF = re.compile(r"(?<!match )(?<!match-)(?<!matched )(?<!own )\b(?:grant|award|allocation)\s+(?:of|worth|totalling|totaling)\s+"
                       r"(?:about |around |up to |nearly |almost |over |more than |just over |just under |some )?$", re.I)


#: a provider's own money ("The Recipient will add £18,000 of its own reserves", "the charity … from its own funds"):
#: its whose 'its' is, not the commissioner's
_PROVIDER_OWN = re.compile(r"\b(?:recipient|provider|grantee|grant holder|charity|trust|CIC|Ltd|organisation|partnership|"
                           r"contractor)\b(?:(?!\b(?:council|authority|commissioner|office|OPCC|PCC|mayor)\b)[^.;]){0,60}?"
                           r"\b(?:its|their) own (?:[\w-]+ )?(?:money|budgets?|funds?|funding|reserves|resources|income|"
                           r"contributions?)\b", re.I)  # (not "people worried about their own behaviour")
#: a total stated of the amounts before it: "These grants come to", "Together they are worth", "Altogether, the awards …"
_BACK_REFERENCE = re.compile(r"^\W*(?:(?:these|those|the)\s+(?:(?:[\w-]+\s+){0,2}?(?P<grants>grants|awards|allocations)|"
                             r"(?:[\w-]+\s+){0,2}?(?:sums|amounts|figures))\b|together\b|altogether\b|between them\b|"
                             r"in (?:all|total)\b|they\b)", re.I)
#: a sum given "to nine organisations", "to 12 projects": its recipients' entries follow
_TO_N_RECIPIENTS = re.compile(r"\bto (?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:\w+ )?"
                              r"(?:organisations|charities|projects|groups|services|forces|police areas|areas|commissioners|"
                              r"recipients|applicants)\b", re.I)


def _payer_words(field: str) -> str:
    """One field of ``local_payer_terms.csv`` (payers outside the funder list, what a funder owns that is not
    money) as an alternation ``(?:a|b|…)``, in file order."""
    return "(?:" + "|".join(r["word"] for r in data_csv("local_payer_terms.csv", ("field", "word"))
                            if r["field"] == field) + ")"


#: a payer outside the funder list giving money: "the trustees awarded £399,000", "awarded by the Harthope Foundation",
#: "from the National Lottery Community Fund"
_OTHER_PAYER = re.compile(r"\b(?:the |our )?trustees\b[^.;£]{0,30}\b(?:awarded|granted|gave|agreed|approved)\b|"
                          r"\b(?:[A-Z][\w'’-]+\s+){1,4}" + _payer_words("grant_maker") + r"\b[^.;£]{0,30}\b(?:has |have )?"
                          r"(?:awarded|granted|gave|given)\b|\b(?:awarded|granted|given)\b[^.;£]{0,40}\bby (?:the )?"
                          r"(?:[A-Z][\w'’-]+\s+){1,4}" + _payer_words("grant_maker_by") + r"\b|"
                          r"\b" + _payer_words("payer_name") + r"\b")
#: a funder named as the owner of something that is not money ("last year's Home Office pilot", "the Home Office's
#: guidance", "a Home Office minister"): named, but not said to pay
_NOT_A_PAYER = re.compile(r"(?:['’]s)?\s+" + _payer_words("not_money") + r"\b", re.I)
#: a sentence opening with the sum its other figures are pieces of: "Of the £2.4 million …, Essex will receive £X"
_OPENS_WITH_OF = re.compile(r"^\W*(?:of|out of) (?:the|its|this|that|their|our|his|her) (?:[\w'’-]+ ){0,2}$", re.I)
#: "£X, which is …", "£X (that is …", "£X, being …": what follows names the pieces of £X
_WHICH_IS = re.compile(r"^[^£.;]{0,40}?(?:,|\()\s*(?:which is|which was|that is|being|i\.e\.)\b[^£.;]{0,60}$", re.I)
#: the owner of a sum named straight before it: "the Commissioner's £110,000", "the council's £60,000"
_OWNER_BEFORE = re.compile(r"\b(?:(commissioner|PCC|PFCC|mayor|council)['’]s(?:\s+own)?|(?:his|her)\s+own)\s+$", re.I)
# ("her own £35,000": the commissioner's, as "of her own" after a figure is)
#: a sentence saying its money is apart from what was stated before: it is no piece of it
_NOT_PART = re.compile(r"\b(?:does|did|do|will) not come (?:from|out of)\b|\bdoesn['’]t come from\b|\bnot (?:part of|counted in|"
                       r"included in)\b|\bseparate(?:ly)? from\b|\bon top of (?:all )?(?:this|that)\b", re.I)
#: "The Home Office grant includes up to £34,000 …": the funder whose sum holds the piece
_FUNDERS_SUM_INCLUDES = re.compile(r"\b(?:the|this|its|their|our)\s+(?P<what>[^,£.;]{2,40}?)\s+(?:grant|award|allocation|"
                                   r"money|funding)\s+(?:includes?|including|comprises?|contains?|covers?)\b[^£.;]{0,30}$",
                                   re.I)
#: "Of the Home Office money, £388,400 …": the funder whose sum a piece is of
_OF_FUNDERS_MONEY = re.compile(r"\b(?:of|within|out of) (?:the|this|that|its|our|their) (?P<what>[^,£.;]{3,40}?)\s*,?\s*$", re.I)
#: the words between a piece and the sum it is of: "£23,850 of the £386,400", "£X out of its £Y"
_OF_FUNDERS_SUM_AFTER = re.compile(r"\s+of (?:the|this|that|its|our|their) (?P<what>[^,£.;]{2,30}?)\s+"
                                   r"(?:grant|award|allocation|money|funding)\b", re.I)
_OF_THE_SUM = re.compile(r"\s+(?:of|out of)\s+(?:the|its|our|their|this|that|his|her)?\s*(?:[\w'’-]+\s+){0,2}?(?:of\s+)?", re.I)
#: an area's funding is never under £1,000: a smaller positive figure is a price, a fee or a session's cost
_SMALLEST_AWARD_PENCE = 1_000 * 100
_NO_MATCH = re.match("", "")
#: the words that lead into the next figure as a total ("…, a total of £610,700"): that figure's, not this one's
_NEXT_TOTAL = re.compile(r"(?:(?:a|the|in) )?(?:total|combined|sum|overall)(?: of)?\s*$", re.I)
#: "£18,700 of the grant", "of its allocation": the noun a piece names its whole by
_OF_THE_NOUN = re.compile(r"\s+of (?:the|this|that|its|our|their|his|her) (?P<noun>grant|award|allocation)\b", re.I)
_NOUN_BEFORE = re.compile(r"\b(?P<noun>grant|award|allocation)\s+(?:of|worth|totalling|totaling)\s+(?:[a-z]+\s+){0,2}$", re.I)
_NOUN_AFTER = re.compile(r"\s*(?P<noun>grant|award|allocation)\b", re.I)


def _noun_of(sentence: str, lo: int, start: int, end: int) -> str:
    """The noun an amount is introduced by ("a grant of £X", "a £X award"), lower case, else ''."""
    m = _NOUN_BEFORE.search(sentence[lo:start]) or _NOUN_AFTER.match(sentence, end)
    return m.group("noun").lower() if m else ""


#: a sentence about the table that follows it ("All are Home Office funding for 2023-24 unless a note says otherwise")
_ABOUT_THE_ROWS = re.compile(r"\b(?:(?:set out|shown|listed) below|as follows|the table below|"
                             r"the (?:sums|figures|amounts|allocations|awards) (?:below|in the table)\b|(?:these|they) are (?:the|all)\b|"
                             r"all (?:are|were)\b|each (?:row|line)\b)", re.I)


#: a financial year named relative to the publication date
_RELATIVE_YEAR = re.compile(r"\b(?:(?:next|the coming|this|the current) financial year|"
                            r"(?:the )?next (?P<n>two|three|four|five|\d) financial years)\b", re.I)


#: a table column of a fund's balance at a date, and of its spending: accounts, not money received
_STOCK_COLUMN = re.compile(r"\b(?:balances?|brought forward|carried forward|b/f|c/f|opening|closing|reserves?)\b", re.I)
_SPEND_COLUMN = re.compile(r"\b(?:expenditure|spent|spend|spending|outgoings|payments? made)\b", re.I)


#: a column heading over the sum of a row's cells: "Total", "Row total", "Combined", "Overall", "All funding"
_TOTAL_HEAD = re.compile(r"\btotal\b|^\W*(?:full|whole)[- ]year\b(?!.*\b20\d\d)|"  # ("| Q1 | … | Q4 | Full year £000 |")
                         r"^\W*(?:combined|overall|altogether|in all|all (?:funding|sources|funders)|"
                         r"(?:all|both|the) (?:\w+ )?(?:areas|forces|counties|police areas|commissioners|offices|partners))\W*$",
                         re.I)


#: a column heading that counts the years of a table's year columns: "Two years (£k)", "Both years", "Over the three years"
_YEARS_COUNT_HEAD = re.compile(r"^\W*(?:(?:over|for|across|in) )?(?:the |all )?(?:two|three|four|five|both|all|[2-5])[- ]years?"
                               r"\b(?:\s*\([^)]*\))?\W*$", re.I)


def _sums_the_year_columns(head: str, header) -> bool:
    """Whether a column heading names the span of the table's single-year columns, so that its cells are each row's
    total of them: "Two years (£000)" or "Both years" beside "2023-24 (£000) | 2024-25 (£000)", "2025-27" or "April 2025
    to March 2027" beside "2025-26 | 2026-27" (a span heading covering the year columns)."""
    years = [p for h in header or () if h != head for p in find_periods(h)[0] if p[2] == p[3]]
    if len(years) < 2:
        return False
    if _YEARS_COUNT_HEAD.match(head):
        return True
    own = find_periods(head)[0]
    return len(own) == 1 and own[0][2] != own[0][3] and own[0][2] <= min(y[2] for y in years) \
        and own[0][3] >= max(y[3] for y in years)


#: head words of the bodies that are on the funder list or are the commissioner's own (checked before "outside")
_FUNDER_LIST_HEADS = "Council|Authority|Commissioner|Mayor|Police|Constabulary|Office|OPCC|OPFCC|PCC|PFCC|Home|Ministry"
#: the subject of a clause that is a named body outside the funder list ("the Health Board will", "the University has"):
#: not a commissioner, mayor, council or police body
_OUTSIDE_OWNER = re.compile(r"\b[Tt]he\s+(?!(?:[A-Z][\w'’&-]*\s+){0,3}(?:" + _FUNDER_LIST_HEADS + r")\b)(?:[A-Z][\w'’&-]*\s+){1,4}"
                            r"(?:will|has|have|is|are|also|would|agreed to)\b[^.;£]*$")


#: a possessive of a named body outside the funder list just before a figure: "the Health Board's contribution of about"
#: ("Government" is also kept out here: "the Welsh Government's share of")
_OUTSIDE_POSSESSIVE = re.compile(r"\b[Tt]he\s+(?!(?:[A-Z][\w&-]*\s+){0,3}(?:" + _FUNDER_LIST_HEADS + r"|Government)\b)"
                                 r"(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*['’]s\s+(?:[\w-]+\s+){0,2}?"
                                 r"(?:of\s+)?(?:about\s+|around\s+|up to\s+|some\s+)?$")


#: a named body outside the funder list paying, just after a figure: "£35,000 from NHS Tees Valley ICB", "£12,000 a year
#: paid by Cargo Fleet Homes" (not a council, commissioner, police, the Home Office or the Ministry: the funder list)
_OUTSIDE_AFTER = re.compile(r"\s*(?:a year\s+|each year\s+|per year\s+)?,?\s*(?:from|paid by|given by|funded by|provided by)\s+"
                            r"(?:the\s+)?(?!(?:[A-Z][\w'’&-]*\s+){0,3}(?:" + _FUNDER_LIST_HEADS + r"|MOPAC|Mayor['’]s)\b|(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir|Dame)\b|"
                            r"(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*['’]s\b)"
                            r"(?-i:[A-Z][\w'’&-]*)(?:\s+(?-i:[A-Z][\w'’&-]*)){1,6}")


#: kinds of body that are off the funder list when they pay: the NHS and its boards, universities and colleges,
#: housing associations, charitable trusts and foundations, lottery funds (a council, commissioner, mayor, police
#: body, the Home Office or the Ministry is on it)
_OUTSIDE_BODY = re.compile(r"\b(?:NHS|integrated care board|ICB|clinical commissioning group|CCG|health board|"
                           r"universit(?:y|ies)|college|hospital|housing (?:association|group|trust)|"
                           r"(?:charitable |community )?trust|foundation|lottery|community fund)\b", re.I)
_ON_FUNDER_LIST = re.compile(r"\b(?:council|authority|commissioner|mayor|police|constabulary|home office|ministry|"
                             r"O?PF?CC|MOPAC|government)\b", re.I)
#: a verb of paying, active ("is paying", "has agreed to fund", "gives", "is backing … with")
_PAYS_VERB = re.compile(r"\b(?:pay(?:s|ing)?|paid|fund(?:s|ing|ed)?|contribut(?:es?|ing|ed)|giv(?:es?|ing|en)|gave|"
                        r"put(?:s|ting)?|provid(?:es?|ing|ed)|back(?:s|ing|ed)|award(?:s|ing|ed)?|donat(?:es?|ing|ed)|"
                        r"grant(?:s|ing|ed)|add(?:s|ing|ed)|meet(?:s|ing)?|met|cover(?:s|ing|ed)?)\b", re.I)
#: just after a figure, the words that tie a payer to it, past a rate phrase: "£40,000 from", "£72,000 a year from the",
#: "£36,000 annually by" (or just before the tying word, where a payer term itself begins with it: "from the Commissioner's
#: budget")
_PAYER_AFTER_FIGURE = re.compile(r"\s*(?P<rate>,?\s*(?:a year|each year|per year|per annum|annually|a month)\s*,?\s*)?"
                                 r"(?P<tie>(?:of|from|by)\s+(?:the\s+)?)", re.I)


def _payer_tied_after(sentence: str, figure_end: int, at: int) -> bool:
    """Whether a payer named at ``at`` stands straight after the figure ending at ``figure_end``, past a rate phrase:
    "£40,000 from the PCC", "£72,000 a year from X Council" (past a rate phrase, its payer term may itself begin with
    "from": "£40,000 a year from the Commissioner's budget")."""
    tie = _PAYER_AFTER_FIGURE.match(sentence, figure_end)
    return bool(tie) and (at == tie.end() or bool(tie.group("rate")) and at == tie.start("tie"))


_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
#: after a figure: the body it comes from ("£25,000 comes from the integrated care board", "£40,000 from a local trust")
_FROM_AFTER = re.compile(r"\s*(?:a year|each year|per year|a month)?\s*,?\s*(?:(?:comes?|came|will come|is coming)\s+from|"
                         r"from|through|paid by|given by|funded by|provided by|met by)\s+(?P<np>[^,;.()£]{2,70})", re.I)


def _outside_payer_in_clause(sentence: str, clause: tuple[int, int], start: int, end: int):
    """The payer of the amount at ``start:end``, read from its own clause, when it is a kind of body off the funder
    list: the subject of an active paying verb before the figure ("NHS Surrey Heartlands is paying £40,000", "a local
    university is paying £8,000"), or the body named after "from", "paid by", "comes from" straight after the figure.
    A body *paid* (passive: "the university has been paid £19,500") is a recipient, not a payer. None when not."""
    lo, hi = clause
    # the subject may stand before an apposition set off by commas ("A housing association, Valley Homes, is …"):
    # read back to the start of the coordinated clause (after "and", "but", a semicolon), not only to the last comma
    joins = [m.end() for m in re.finditer(r";|\b(?:and|but|while|whereas)\s", sentence[:start])]
    before = sentence[max(joins) if joins else 0 : start]
    verb = _PAYS_VERB.search(before)
    participle = verb and re.fullmatch(r"paid|funded|given|put|provided|backed|awarded|donated|granted|added|met|covered|"
                                       r"contributed", verb.group(0), re.I)
    if verb and not (participle and _PASSIVE_BEFORE.search(before[: verb.start()])):
        subject = before[: verb.start()]
        if _OUTSIDE_BODY.search(subject) and not _ON_FUNDER_LIST.search(subject) and "£" not in subject:
            return verb
    after = _FROM_AFTER.match(sentence[:hi], end)
    if after:
        np = re.split(r"\s+(?:for|to|towards|which|who|that|and|in|on)\s+", after.group("np"))[0]
        if _OUTSIDE_BODY.search(np) and not _ON_FUNDER_LIST.search(np) and not re.search(r"['’]s\b", np):
            return after
    return None


#: straight after a council's name: it receives the money ("receives", "will get", "has been passed", "'s share of")
_RECEIVES_AFTER = re.compile(r"(?:[’']s\s+(?:[\w-]+\s+)?(?:share|allocation|portion|slice|cut)\b|\s+(?:also\s+|now\s+)?"
                             r"(?:receives?|received|receiving|gets?|got|(?:will|would|is to|is set to|is due to|stands to)\s+"
                             r"(?:also\s+)?(?:get|receive|take)|(?:(?:has|have|had)\s+(?:also\s+)?been|(?:will|would)\s+(?:also\s+)?be|is|was|are|"
                             r"were)\s+(?:passed|given|awarded|allocated|granted|handed|sent)\b(?!\s+(?:to|out|on)\b)))", re.I)


#: a pronoun paying just before a figure: "she pays", "he has also put", "she funds"
_PRONOUN_PAYS = re.compile(r"(?:^\s*|[,;]\s*|\band\s+)(?:(?:separately|also|in addition|besides|for (?:the |a |its )?[\w-]+(?: [\w-]+)?),?\s+)?(?:he|she)\s+(?:also\s+)?(?:has\s+(?:also\s+)?|will\s+(?:also\s+)?)?"
                           r"(?:pays?|paid|puts?|funds?|funded|gives?|gave|given|spends?|spent|provides?|provided|found|finds?)"
                           r"\s+(?:a\s+further\s+|another\s+)?$", re.I)
#: a figure named as another statement of an item: "showed the same line as £289,400", "gives the same sum as £X"
_SAME_ITEM = re.compile(r"\bthe same (?:line|figure|sum|amount|total|item|budget|cost)\s+(?:as|at)\s+$", re.I)
#: a commissioner or mayor, by title, paying the figure just after: "the commissioner spent £22,000", "the PCC will pay £X"
_COMMISSIONER_PAYS = re.compile(r"\bthe\s+(?:police,? (?:fire )?and crime\s+)?(?:commissioner|PCC|PFCC|mayor)\s+(?:also\s+)?"
                                r"(?:has\s+(?:also\s+)?|had\s+|will\s+(?:also\s+)?)?(?:pays?|paid|puts?|spends?|spent|gives?|gave|"
                                r"given|provided)\s+(?:a\s+further\s+|another\s+)?$", re.I)
#: a commissioner or mayor as a sentence's subject, named by title
_COMMISSIONER_SUBJECT = re.compile(r"^\W*(?:the\s+)?(?:(?:police,? (?:fire )?and crime )?commissioner|PCC|PFCC|mayor)\b", re.I)


#: the words between a sum and the first of its pieces: "is made up of", "comprising", "consisting of"
_TOGETHER_WITH = re.compile(r"\b(?:together|combined) with\b[^£.;]{0,60}$", re.I)
_OF_THIS_OPENS = re.compile(r"^\W*(?:of|out of) (?:this|that|it|these|those|the (?:grant|sum|money|total|award|allocation|"
                            r"funding))(?: (?:grant|sum|money|total|award|allocation|funding))?\s*,?\s*$", re.I)
_BACK_MADE_UP_OF = re.compile(r"^\W*(?:that|this|it|the (?:money|sum|total|figure|amount|funding|grant|award))\s+(?:(?:was|is|will be|were|"
                              r"are)\s+(?:made up of|comprised of|split into|broken down into|split between|divided between)"
                              r"\s+(?:the\s+)?$|(?:comes|come|is paid|will be paid|will come|arrives|is split|is divided) in "
                              r"(?:two|three|four|five|2|3|4|5|equal) (?:equal )?(?:halves|instalments|parts|tranches|payments|"
                              r"shares)\b[^£.;]{0,50}$)", re.I)
_MADE_UP_OF = re.compile(r"\b(?:made up of|comprising|comprised of|consisting of|consists of|composed of)\s+(?:the\s+)?"
                         r"(?:(?:original|planned|agreed|initial|existing|new|revised|extra|additional)\s+)?$", re.I)

#: "made up of" and the words naming the first piece before its figure: "made up of West Yorkshire's allocation of ",
#: "made up of the second year of the grant ("
_MADE_UP_OF_WORDS = re.compile(r"\b(?:made up of|comprising|comprised of|consisting of|consists of|composed of)\s+"
                               r"[^£;:.()]{1,80}?(?:\bof\s+|\(\s*)$", re.I)


def _made_up_of_opens(between: str) -> bool:
    """Whether the words between a sum and the next figure say the sum is made of the figures that follow: the first
    piece's figure just after "made up of" ("made up of £186k of Home Office money …"), or after the words naming that
    piece ("made up of West Yorkshire's allocation of £902,600 …", "made up of the second year of the grant (£206,000),
    the carried-forward underspend (£18,640) and …")."""
    return bool(_MADE_UP_OF.search(between) or _MADE_UP_OF_WORDS.search(between))


#: a row label that ends in "total": "Directorate total", "Service totals", "Perpetrator programme total"
_NAMED_TOTAL_ROW = re.compile(r"\W*(?:[\w'’-]+\s+){1,3}(?:sub-?)?totals?\W*", re.I)


#: a column heading over a yearly rate, not a sum for a period: "Annual value", "Per year", "£ p.a."
_RATE_HEAD = re.compile(r"\b(?:annual|annually|yearly|per (?:year|annum)|a year|each year|p\.?a\.?)(?!\w)", re.I)


def _pot_funder(rel, number: int, of_after, terms) -> str:
    """The funder of a pot a figure is said to be "of" ("£58,500 of that 2025-26 victims' funding") when the words name
    none themselves: the one funder named in the last sentence, up to eight lines before, that names the same pot
    ("… holds Ministry of Justice victims' money for 2025-26"); else ""."""
    if of_after is None or _first(terms.get("funder", ()), of_after.group("what")):
        return ""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", of_after.group("what")) if len(w.strip("'’")) > 3]
    if not words:
        return ""
    pot = re.compile(rf"\b{re.escape(words[-1])}\s+(?:[\w'’-]+\s+){{0,2}}?(?:money|funding|fund|grant|budget)\b", re.I)
    for n, s in reversed([(n, s) for n, s in rel.sentences if number - 8 <= n <= number]):
        if (n, s) == next(((m, t) for m, t in rel.sentences if m == number), None) or not pot.search(s):
            continue
        named = {v for v, p in _candidates(terms.get("funder", ()), s) if p.search(s)}
        return next(iter(named)) if len(named) == 1 else ""
    return ""


#: a reference to a grant as a noun phrase ("the grant", "that award", "the county's Home Office allocation",
#: "the Home Office's £300,000") or, when a grant has been stated before, a pronoun standing for it ("it", "this")
_GRANT_NP = (r"(?:(?:the|that|this|its|their|his|her|our|(?:[A-Z][\w'’-]*\s+(?:(?:of|and|for)\s+)?){0,3}[A-Z][\w'’-]*['’]s?)\s+"
             r"(?:[\w'’-]+\s+){0,3}?(?:grant|award|allocation|share)s?\b|the\s+(?:[A-Z][\w'’-]*\s+(?:(?:of|and|for)\s+)?){0,3}[A-Z][\w'’-]*['’]s?\s+£[\d,.]+"
             r"(?:\s*(?:m|k|million)\b)?)")
_GRANT_PRONOUN = r"(?:it|this)\b(?!\s+(?:is|was|will|has|had|year|month|week|time|round|spring|summer|autumn|winter)\b)"
#: the grant as the object the figure is added to: "£X … to / into / towards / on top of / alongside [the grant]" (or an
#: area's share of one: "towards Gwent's share")
_INTO_GRANT = re.compile(r"^[^.;:£]{0,80}?\b(?:to|into|onto|towards|on top of|alongside|in addition to)\s+(?P<ref>"
                         + _GRANT_NP + "|" + _GRANT_PRONOUN + ")", re.I)
#: the grant as the object a clause's verb enlarges by the figure: "[verb] [the grant] (up) with / by £X"
_GRANT_WITH = re.compile(r"\b(?!(?:for|of|on|in|at|from|about|with|by|to|into|and|or|but)\s)[a-z]{3,}\s+(?P<ref>" + _GRANT_NP + "|" + _GRANT_PRONOUN
                         + r")\s+(?:up\s+|further\s+|again\s+)?(?:with|by)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_NOT_THE_GRANT = re.compile(r"\b(?:not|never|separate(?:ly)?|outside|apart from|instead of|before|after|until|since|beyond)\b",
                            re.I)


def _augments_grant(sentence: str, lo: int, hi: int, start: int, end: int, grant_before: bool) -> bool:
    """Whether the figure at ``start:end`` is, by its clause's structure, money added to a grant: the grant (a noun
    phrase naming one, or "it"/"this" standing for one stated before) is what the figure goes into ("£40,000 … to the
    grant", "put into it") or what the clause's verb enlarges by it ("supplemented the award with £15,000",
    "boosting that grant by £45,000"). Not when the grant is named as what does not pay ("a helpline, which the grant
    does not cover") or as a time ("before the grant")."""
    if re.search(r"\b(?:not|never)\s+(?:[\w'’-]+\s+){0,4}?" + _GRANT_NP, sentence[lo:hi], re.I):
        return False  # "…, money that is not part of the Home Office grant": the sentence says it is no part of one
    clause = _clause_of(sentence, start)
    after = sentence[end : max(clause[1], end)]
    into = _INTO_GRANT.match(after)
    before = sentence[max(lo, clause[0], start - 90) : start]
    onto = _GRANT_WITH.search(before)
    for m, gap in ((into, after[: into.start("ref")] if into else ""), (onto, before[: onto.start("ref")] if onto else "")):
        if m is None or _NOT_THE_GRANT.search(gap[-40:]) or re.search(r"\b(?:which|that)\s+$", gap):
            continue
        if re.match(r"(?:it|this)\b", m.group("ref"), re.I) and not grant_before:
            continue
        return True
    return False


#: a sum's payment date straight after it ("£95,000 paid on 1 October 2025", "two instalments: £170,000 in April
#: 2025 and …"): the financial year it falls in (a start, "from April 2025", is not a payment date, nor the date a sum
#: was approved)
_PAID_ON_DATE = re.compile(r"\s*,?\s*(?:(?:is|are|was|were|will be)\s+)?(?P<paid>(?:paid|due|payable|released)\s+)?"
                           r"(?:in|on|during)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<m>" + "|".join(_MONTH_NUMBERS)
                           + r")\s+(?P<y>20\d\d)\b(?!\s*(?:to|until|-|–|and|through)\s+(?:the end of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
                           r"(?:" + "|".join(_MONTH_NUMBERS) + r"))", re.I)


def _fy_of(m: re.Match) -> int:
    """The first calendar year of the financial year of a month and year matched as ``m`` and ``y``."""
    month, year = _MONTH_NUMBERS[m.group("m").lower()], int(m.group("y"))
    return year if month >= 4 else year - 1


def _holder_before(sentence: str, funders: list, start: int) -> str:
    """The funder named as the figure's holder straight before it ("the Home Office's £742,300", "my £95,000"), whose
    money the figure is whatever body the next words name, else ""."""
    return next((v for a, b, v in funders if b <= start and re.fullmatch(r"(?:['’]s?)?\s*", sentence[b:start])), "")


def _span_of_the_years_said(sentence: str, end: int, period, here: list) -> bool:
    """Whether a figure's period is only the span its "in each of the two years" names, the span of the figure just
    before it ("The council's £30,000 is paid as £15,000 in each of the two years"): one year's share, once a year."""
    return bool(here) and period == here[-1].period and period[0] != period[1] and bool(
        re.match(r"\s*,?\s*(?:(?:in|for) each of (?:the|those|these) (?:\w+ )?years|(?:in |for )?each year|a year|per year)\b",
                 sentence[end:], re.I))  # ("a grant of £412,000 … for the two years …, paid as £206,000 in each year")


#: the words that bring in a figure to compare with: "compared with £1.48m", "up from £512,000", "against £640,000"
_COMPARED_WITH = re.compile(r"\b(?:compared (?:with|to)|in comparison with|as against|against|up from|down from|"
                            r"rather than|more than|less than|higher than|lower than|instead of|versus|vs\.?)\s+(?:the\s+)?$", re.I)


def _after_a_compared_figure(sentence: str, at: int) -> bool:
    """Whether the years at ``at`` follow, with no other figure between, a figure brought in to compare with
    ("compared with £1.48m over the two years of the 2024-26 round"): that earlier figure's years."""
    money = [t for t in MONEY_TOKEN.finditer(sentence, 0, at)]
    return bool(money) and bool(_COMPARED_WITH.search(sentence[max(0, money[-1].start() - 30) : money[-1].start()])) \
        and money[-1].start() > 0 and len(money) >= 2


def _years_of_a_comparison(sentence: str, periods: list, found: list, k: int) -> bool:
    """Whether the sentence's years are all a later compared figure's own: "Norfolk has been given £823,450, compared
    with £1.48m over the two years of the 2024-26 round" (the years are the earlier round's, not the new award's)."""
    later = [f for f in found[k + 1 :] if _COMPARED_WITH.search(sentence[max(0, f[0] - 30) : f[0]])]
    return bool(later) and all(p[0] > later[0][0] for p in periods)


#: the subject of a sentence an area that will not be named: "A force just outside the region, which asked not to be
#: named", "One Welsh force, which we have not named", "a commissioner from outside the region"
_UNNAMED_AREA = re.compile(r"\b(?:an?|one|another)\s+(?:[\w-]+\s+){0,2}?(?:force|police area|force area|commissioner|"
                           r"office|area)\b[^.;£]{0,80}?(?:\bnot\b[^.;£]{0,30}\bnamed?\b|\bunnamed\b|"
                           r"\boutside (?:the|our) region\b|\bjust outside\b)", re.I)


def _unnamed_area_before(sentence: str, start: int) -> bool:
    """Whether a figure is an award to an area the text will not name ("A force just outside the region, which asked
    not to be named, has been awarded about £410,000"): no area, but the round's money, so the round's funder and
    years; not money for "similar work", money it "will get if a second bid succeeds" or had "last year", which are
    not this round's."""
    return bool(_UNNAMED_AREA.search(sentence[:start])) and not re.search(
        r"\b(?:similar|if|unless|last year|previous(?:ly)?|before)\b", sentence, re.I)


def _lead_goes_on(lead_period, lead_line: int, number: int, sentence: str) -> bool:
    """Whether a sentence keeps the years a table's lead-in stated just before it on the same line: it states no years
    and no figure of its own ("Figures are in thousands of pounds.")."""
    return bool(lead_period) and number == lead_line and not find_periods(sentence)[0] and not MONEY_TOKEN.search(sentence)


#: a counted set of areas: "23 areas", "the last 20 police force areas", "the other twenty forces"
_COUNTED_AREAS = (r"(?:the\s+)?(?:(?:first|last|other|remaining|successful)\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|"
                  r"nine|ten|eleven|twelve|[a-z]+ty(?:-[a-z]+)?)\s+(?:(?:other|remaining|successful)\s+)?"
                  r"(?:police\s+force\s+areas|police\s+areas|force\s+areas|areas|forces|commissioners)\b")
_INTO_COUNTED_AREAS = re.compile(r"^\s*(?:into|to|among|amongst|between|across)\s+" + _COUNTED_AREAS, re.I)
_COUNTED_AREAS_BEFORE = re.compile(r"\b(?:into|to|among|amongst|between|across|for)\s+" + _COUNTED_AREAS, re.I)


def _shared_out_among_counted_areas(sentence: str, start: int, end: int, prev_sentence: str) -> bool:
    """Whether a figure is what a counted set of unnamed areas get in all: "puts £19,973,830 into 23 areas", "£17.3
    million between the last 20 areas", or "Between them they will receive £17.3 million" after "… told the last 20
    police force areas what they will get": a total over those areas, not a national fund's size nor one area's."""
    if _areas_in(sentence) or re.search(r"\b(?:shared?|split|divided|pot)\b", sentence[:start], re.I):
        return False  # ("shared £3.2 million … between nine police areas": a pot's size, context, as before)
    if _INTO_COUNTED_AREAS.match(sentence[end:]):
        return True
    between = re.search(r"\bbetween them\b", sentence[:start], re.I)
    if between and not re.search(r"\b(?:receiv\w*|get|gets|getting|got|given|allocated|awarded)\s+(?:\w+\s+){0,2}$",
                                 sentence[between.end() : start], re.I):
        return False  # ("Between them, the two commissioners will add £150,000": their money added, not received)
    return bool(between) and bool(re.search(_COUNTED_AREAS, sentence[: between.start()], re.I)
                                  or re.search(r"(?:^|[.!?]\s+)between them\b", sentence[:start], re.I)
                                  and re.search(_COUNTED_AREAS, (prev_sentence or "") + " " + sentence[:start], re.I))


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
            d.funder = d.funder or fund.funder
            d.period = d.period or fund.period
        elif getattr(d, "fund_said", "") and not MONEY_TOKEN.search(d.fund_said):
            # "On 2 June the Home Office told the last 20 police force areas what they will get from its perpetrator
            # fund for the two years from April 2026. Between them they will receive £17.3 million."
            spans = {p[2:] for p in find_periods(d.fund_said)[0]}
            payers = set(re.findall(r"\b(Home Office|Ministry of Justice)\b", d.fund_said))
            d.period = d.period or (spans.pop() if len(spans) == 1 else None)
            d.funder = d.funder or (payers.pop() if len(payers) == 1 else "")


def _funders_row_of_the_year(drafts: list, paid_by: str, piece, grant):
    """The row of a funding table for one year that holds a funder's money ("Home Office perpetrator grant (passed on by
    the OPCC)  £171,600" under a TOTAL), when a later piece is "£114,300 of the Home Office grant" and the funder's grant
    stated in prose runs over several years (the county's two-year award): the piece is spent from that year's row, not
    from the whole award. None when no one such row holds the piece, or the prose grant is itself one year's."""
    if grant is not None and grant.period is not None and grant.period[0] == grant.period[1]:
        return None
    rows = [x for x in drafts if x.table and x.role == "part" and x.funder == paid_by and x.whole is not None
            and x.whole.role == "total" and (x.period is None or x.period[0] == x.period[1])
            and piece.amount.pence < x.amount.pence < (grant.amount.pence if grant is not None else 0)
            and (piece.period is None or x.period is None or piece.period == x.period)]
    # (a row as large as the award is the award itself restated: "Home Office grant  £684,270" over the two years)
    # (a row whose year the table's heading gives later, "FUNDING FOR 2024-25" over it, has none yet)
    return rows[-1] if len(rows) == 1 else None


def _section_heading_period(raw: str, is_heading: bool, section_period, sentence: str):
    """The one year a section heading states ("## 2. Payment profile for 2024-25"), kept for the table under it across
    the note between them ("Quarterly payments to providers. Quarters 1 to 3 have been paid."): a sentence that
    states years or money of its own, or another heading, ends it."""
    if is_heading:
        if MONEY_TOKEN.search(raw):
            return None
        stated = find_periods(raw)[0]
        return stated[0][2:] if len(stated) == 1 else None
    if find_periods(sentence)[0] or MONEY_TOKEN.search(sentence):
        return None
    return section_period


#: a verb of giving with two objects, the body given to before the sum: "has given the council £26,500", "it passed
#: Chorley Council £98,400 of …", "handed the partnership £6,000"
_GIVEN_TO = re.compile(r"\b(?:give[sn]?|gave|giving|hand(?:s|ed|ing)?|pa(?:ys|id|ying)|award(?:s|ed|ing)?|grant(?:s|ed|ing)?|"
                       r"pass(?:es|ed|ing)?|allocat(?:es|ed|ing)|offer(?:s|ed|ing)?)(?:\s+(?:the|its|our|their))?"
                       r"(?:\s+[A-Z][\w'’&-]*){0,4}\s*$")


def _given_the_money(sentence: str, funder, start: int) -> bool:
    """Whether a body named before a figure is the one given it, not its payer: the first object of a verb of giving
    ("The Police and Crime Commissioner, Hannah Strudwick, has also given the council £26,500 from her own budget",
    "it passed Chorley Council £98,400 of the county's Home Office grant"): the sum follows the body at once."""
    return bool(funder[1] <= start and re.fullmatch(r"[\s*]*(?:a(?:\s+further|\s+total\s+of|\s+sum\s+of)?\s+)?",
                                                   sentence[funder[1]:start])
                and _GIVEN_TO.search(sentence[: funder[0]]))


def _areas_between_them(sentence: str, start: int, end: int) -> bool:
    """Whether a figure is what several unnamed areas get "between them" ("Police forces across the East of England are
    to receive £3,629,600 between them", "the region's commissioners share £2.2m between them"): a sum over them all,
    when the sentence names no one area whose shared award it could be."""
    # (not "the three commissioners" or "both forces": the areas of a shared award named before, whose own money it is)
    return bool(re.match(r"\s*(?:in all\s+)?between them\b", sentence[end:], re.I)) and not _areas_in(sentence) and bool(
        re.search(r"\b(?:forces|police areas|force areas|areas|counties|commissioners|offices)\b", sentence[:start], re.I)) \
        and not (_BETWEEN_THEM.search(sentence[:start]) and not re.search(
            r"\b(?:in|of|across) the (?:[A-Z][\w-]*\s*)+(?:region\b)?", sentence[:start]))
    # ("The five commissioners in the South East will get £4.2m between them": a region's, named by the region)


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


def _own_clause_after(sentence: str, end: int, after: list, before: list) -> list:
    """The periods after a figure that are its own: a period after a semicolon belongs to the next clause when the
    figure's own clause has stated one before it ("For 2025-26 the figure is £160,000; for 2026-27 it is £170,000")."""
    semi = sentence.rfind(";", 0, end) + 1
    if not any(p[0] >= semi for p in before):
        return after
    return [p for p in after if ";" not in sentence[end : p[0]]]


def _names_a_stated_grant(d: "_Draft", drafts: list, before: str) -> bool:
    """Whether a figure with no year of its own names again, with a definite determiner ("the £260,000 would be spent
    on …", "its £260,000"), a grant of the same sum and area stated before with its year: a restatement, whose year its
    own clause does not give (README: period_start, the adjudicated 'Money added to a grant' and corrections)."""
    return bool(re.search(r"(?:\bthe|\bthis|\bthat|['’]s|\bits|\btheir|\bhis|\bher)\s+$", before, re.I)) and any(
        x.role == "grant" and x.whole is None and x.period and x.amount.pence == d.amount.pence and x.code == d.code
        and x.line < d.line for x in drafts)


def _list_total(line: str) -> bool:
    """Whether a line of a list is its total: its label says so ("Total: £280,000", "Grand total — £198,000", "Total
    value . . . £240,000", "£352,000   Total")."""
    label = list_item_label(line)
    return bool(label) and bool(_TOTAL_ROW.match(label) or _NAMED_TOTAL_ROW.fullmatch(label))


def _item_funder(line: str, terms) -> str:
    """The funder a list item's label names when the item's words name none as a funder of their own ("- Police and
    Crime Commissioner – £18,000", like a table row's label: whose money the row is); else ""."""
    label = list_item_label(line)
    if not label or _first(terms.get("funder", ()), line):
        return ""
    named = _first(terms.get("table_funder", ()), label)
    if named == "local authority" and _first(terms.get("council_item", ()), label):
        return ""  # ("Family worker (council post)": an item of the council's, not its payment)
    return named


def _pieces_of(whole: _Draft, pieces: list[_Draft]) -> None:
    """Make ``pieces`` the parts of ``whole`` (each keeping its own period, else taking the whole's); pieces paid by
    two or more funders make the whole a total across funders, with no funder of its own."""
    for d in pieces:
        d.role, d.whole, d.part_of = "part", whole, whole.line
        d.period = d.period or whole.period
    if len({d.funder for d in pieces if d.funder}) > 1:
        whole.role, whole.funder = "total", ""
    for d in pieces:
        d.funder = d.funder or whole.funder  # (a piece naming no payer keeps the whole's: README 'part')


def _pays_another_figure(sentence: str, at: int, start: int) -> bool:
    """Whether the funder named at ``at`` is the payer of another figure earlier in the sentence ("£300,000 from the
    Home Office and £50,000 from the commissioner"): two figures from two sources, the commissioner's money being
    their own, not the Home Office's passed on."""
    return at < start and bool(re.search(r"£[\d,.]+(?:\s*(?:[mk]|million)\b)?(?:\s+(?:a|each|per) year)?\s+(?:from|by)\s+"
                                         r"(?:the\s+)?$", sentence[:at], re.I))

def _same_paragraph(rel, first: int, last: int) -> bool:
    """Whether lines ``first`` to ``last`` run on with no blank line between them."""
    return all(rel.line_text(n).strip() for n in range(first, last + 1))


def _prose_totals(rel, drafts: list[_Draft], terms) -> None:
    """A prose figure that is exactly the sum of the two or more figures stated just before it in its paragraph
    ("… £290,000 …, and the council is adding £28,000 to it. Between them, the two funders are putting £318,000 into
    the programme", "The two contributions add up to £165,000"; "Put together, that is £143,000") restates them as one
    sum: it is their ``total``, paid by their one funder, else by none (a total across funders). The figures before it
    stay what they are (pieces listed before a prose total are not its parts). Only figures of one area, outside
    tables, none a part of another nor itself a whole, are summed; a total, a context figure, a table cell or a blank
    line ends the run looked back over."""
    for k, d in enumerate(drafts):
        if d.table or d.whole is not None or d.role not in ("grant", "match_funding", "own_funding", "total") \
                or d.per_year or not d.amount.pence or any(x.whole is d for x in drafts):
            continue
        pieces: list[_Draft] = []
        running = 0
        for x in reversed(drafts[:k]):
            if x.table or x.role in ("total", "context") or x.line < d.line - 3 \
                    or not _same_paragraph(rel, x.line, d.line):
                break
            if x.whole is not None:
                continue  # (a piece of one of them: summed in its whole)
            if x.code != d.code or x.per_year or any(y.whole is x and y.line > d.line for y in drafts):
                break
            pieces.append(x)
            running += x.amount.pence
            if running >= d.amount.pence:
                break
        if len(pieces) < 2 or running != d.amount.pence:
            continue
        funders = {x.funder for x in pieces}
        sentence = next((t for n, t in rel.sentences if n == d.line and d.amount.text in t), "")
        if d.funder and d.funder not in funders and _first(terms.get("funder", ()), sentence) == d.funder:
            continue  # a payer of its own, none of theirs: new money ("Separately, the council is paying £250,000")
        dated = [x.period for x in pieces if x.period]
        if d.period and dated and (d.period[0] > min(p[0] for p in dated) or d.period[1] < max(p[1] for p in dated)):
            continue  # another year's money ("In 2024-25 the Home Office alone gave it £350,000")
        was_total, d.role, d.part_of = d.role == "total", "total", None
        if d.funder and _first(terms.get("funder", ()), sentence) == d.funder:
            pass  # (a funder the figure's own sentence names as paying it keeps it: "In all, Kent has £572,000 from
            # the Home Office")
        elif len(funders) > 1:
            d.funder, d.across = "", True
        elif not was_total:  # (a total by its own words keeps the funder it was read with)
            d.funder = funders.pop()
            d.across = not d.funder
        if d.period is None and all(x.period for x in pieces):
            d.period = (min(x.period[0] for x in pieces), max(x.period[1] for x in pieces))


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


_PARTNERS_LABEL = re.compile(r"^\W*(?:the\s+)?(?:(?:local|other|our|delivery|funding|statutory)\s+)?partners\W*$", re.I)
_NAME_COMMA_SUM = re.compile(r"^\s*(?:[-•*–—]|\d{1,2}[.)]|\(?[a-hA-H]\))\s+(?P<label>[^£,;:]{2,60}?)\s*,\s*£")


def _listed_item_funder(line: str, terms) -> str:
    """The payer a line of a list under a whole names by its label alone: as :func:`_item_funder`, also for a label
    before a comma ("* the Police and Crime Commissioner, £45,000") and for partners ("- local partners: £25,000")."""
    named = _item_funder(line, terms)
    if named or _first(terms.get("funder", ()), line):
        return named
    m = _NAME_COMMA_SUM.match(line)
    label = list_item_label(line) or (m.group("label") if m else "")
    if not label:
        return ""
    return "partners" if _PARTNERS_LABEL.match(label) else _first(terms.get("table_funder", ()), label)


def _listed_pieces_sum_to_whole(rel, drafts: list[_Draft], terms) -> None:
    """The lines of a list under a whole ("… costs £200,000. The money comes from:" then "- £150,000 from the Home
    Office", "(b) £28,000 from the commissioner's own budget") that add up to it exactly are all its parts, whatever
    each line's own role (match or own funding included), each keeping the funder its own words or label name; pieces
    from two or more funders make the whole a total across funders (README: part, "the pieces of a total across
    funders keep the funders their rows or clauses name")."""
    wholes = {id(w): w for d in drafts if (w := getattr(d, "listed_under", None)) is not None}
    for w in wholes.values():
        listed = [d for d in drafts if getattr(d, "listed_under", None) is w]
        if len(listed) < 2 or w.table or any(d.table or d.role in ("total", "context") for d in listed) \
                or any(d.whole is not None and d.whole is not w for d in listed) \
                or any(x.whole is w and x not in listed for x in drafts) \
                or sum(d.amount.pence for d in listed) != w.amount.pence:
            continue
        for d in listed:
            d.funder = _listed_item_funder(rel.line_text(d.line), terms) or d.funder
        funders = {d.funder for d in listed if d.funder}
        if len(funders) > 1:
            w.role, w.funder, w.across = "total", "", True
        _pieces_of(w, listed)


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
        item = _LIST_LINE.match(rel.line_text(d.line)) and d.role == "grant" and d.whole is None \
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
                and not (bracketed and _payers_itemise_most_of(w, figures, payers)):
            continue
        for x, payer in zip(figures, payers):
            x.funder = payer or (w.funder if w.role in _ADDED_MONEY else x.funder)
            # (pieces of added money naming no payer are its payer's)
        if restated:
            if not opened:
                continue
            w.role, w.whole, w.part_of = "grant", None, None
        if len({x.funder for x in figures}) > 1 and all(x.funder for x in figures):
            w.role, w.funder, w.across = "total", "", True
        _pieces_of(w, figures)


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
        if len({x.funder for x in parts}) > 1 and all(x.funder for x in parts):
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


def _sums_to(parts: list[Amount], whole: Amount) -> bool:
    """Whether ``parts`` add up to ``whole``, to the pound, or within the units of figures printed in units
    ("£75k", "£1.2m")."""
    slack = sum(a.precision_pence for a in (*parts, whole) if not re.search(r"\d,\d{3}(?:\.\d\d)?\s*$", a.text))
    return abs(sum(a.pence for a in parts) - whole.pence) <= slack


def _without_unrelated_rows(drafts: list[_Draft], terms) -> list[_Draft]:
    """Drop the rows of a register or grants list that pay for work unrelated to domestic abuse.

    A table with a description column ("Description", "Service", "Purpose", "What it pays for": the
    ``describes`` terms) some of whose rows name this genre's work (the ``relevant`` terms: abuse,
    perpetrators, partners, a course, an evaluation …) lists other things too ("Winter gritting", "Library
    stock"): a row whose description and cells name none of that work is no fact.  A row that is a piece of
    a stated total stays (its total also covers it), and so does any row of a table with no such column.
    """
    relevant, describes = terms.get("relevant", ()), terms.get("describes", ())
    by_table: dict[int, list[_Draft]] = {}
    for d in drafts:
        if d.table and getattr(d, "header", None):
            by_table.setdefault(d.table, []).append(d)
    drop: set[int] = set()
    for rows in by_table.values():
        header = rows[0].header
        col = next((k for k, h in enumerate(header) if _first(describes, h)), None)
        if col is None:
            col = _item_label_column(rows, terms)  # (a label column of items, whatever its heading: "Cost centre")
        if col is None:
            continue
        def about_the_work(d: _Draft) -> bool:
            cells = d.row_cells
            return bool(_first(relevant, " ".join(c for c in cells if not MONEY_TOKEN.search(c))))
        described = [d for d in rows if col < len(d.row_cells) and d.row_cells[col].strip()
                     and not MONEY_TOKEN.search(d.row_cells[col])]
        if not any(about_the_work(d) for d in described):
            continue  # (a table about other things altogether is read as before)
        wholes = {id(x.whole) for x in drafts if x.whole is not None}
        # (a row one of whose cells is a piece of a stated total stays whole: its other columns, a budget-monitoring
        # table's spend to date or forecast, are figures about that piece)
        counted = {d.line for d in described if d.whole is not None or d.role == "total" or id(d) in wholes}
        drop |= {id(d) for d in described if not about_the_work(d) and d.line not in counted}
    return [d for d in drafts if id(d) not in drop]


def _cells_one_funder(cells: list[_Draft]) -> str:
    """The one funder every cell of a row's total has ("| Kent | £498,300 | £487,000 | £985,300 |" on a page the Home
    Office publishes of its own allocations), else ""."""
    funders = {d.funder for d in cells}
    return next(iter(funders)) if len(funders) == 1 and len(cells) >= 2 else ""


def _two_way_tables(drafts: list[_Draft]) -> list[_Draft]:
    """A two-way table (the corpus README's 'Two-way tables'): a table with a total for each row (a cell under a
    "Total" column on every money row) and a TOTAL row under them.

    Each body cell before the total column is a ``part`` of its own row's total (a column after it, last year's
    figure for comparison, is not); each row's total is a ``part`` of the TOTAL row's total cell; the TOTAL row's
    cells are ``total``s.  A part keeps the funder its row or column heading names; a row's
    total takes its cells' one funder (none when they are two funders' money), and a TOTAL cell its column's one
    funder (none when the column holds several funders' money).  A row total with no year of its own spans the
    table's year columns.  Whether the figures add up is not asked: parts that do not sum are a conflict.
    """
    by_table: dict[int, dict[int, list[_Draft]]] = {}
    for d in drafts:
        if d.table and d.role != "context":
            by_table.setdefault(d.table, {}).setdefault(d.line, []).append(d)
    for lines in by_table.values():
        order = sorted(lines)
        last = lines[order[-1]]
        heads = [d for d in last if d.head_total]
        # the TOTAL row: the last money row, its total-column cell a total of its own, nothing under it
        if len(order) < 3 or len(heads) != 1 or heads[0].role != "total" or heads[0].whole is not None:
            continue
        grand, body = heads[0], [lines[n] for n in order[:-1]]
        if any(sum(1 for d in row if d.head_total) != 1 or len(row) < 2 or any(d.role == "total" and not d.head_total
                                                                               for d in row) for row in body):
            continue  # (every row above has its own total and cells beside it; no subtotal rows)
        starts = {d.start for d in last}
        if any(d.start not in starts for row in body for d in row):
            continue  # (the TOTAL row has a cell under every column the rows fill)
        if any(not any(d.start < t.start for d in row) for row in body for t in row if t.head_total):
            continue  # (a row's total sums the cells before it; one with none before it is no row total)
        years = [d.period for row in (*body, last) for d in row if d.head_year and not d.head_total and d.period
                 and d.start < grand.start]
        span = (min(p[0] for p in years), max(p[1] for p in years)) if years else None
        for row in body:
            total = next(d for d in row if d.head_total)
            cells = [d for d in row if d is not total and d.start < total.start]
            # (a column after the row's total is no piece of it: last year's grant printed beside it for comparison)
            for d in cells:
                d.role, d.whole, d.part_of = "part", total, d.line
            if _one_column_funder([d for r in body for d in r]):
                total.funder = _one_column_funder([d for r in body for d in r])  # (every column is one payer's)
            elif _cells_one_funder(cells):
                total.funder = _cells_one_funder(cells)  # (the sum of one payer's cells is that payer's money)
            elif len({d.funder for d in cells if d.funder}) > 1 or not total.row_funder:
                total.funder = ""  # (the row's total is the funder's its row heading names, or across its cells)
                total.across = len({d.funder for d in cells if d.funder}) > 1
            if span and all(d.head_year for d in cells) and not find_periods(
                    next((h for h in getattr(total, "header", ()) if _TOTAL_HEAD.search(h)), ""))[0]:
                total.period = span
            elif total.period is None and span:
                total.period = span  # (a row's sum of the table's money columns is for the table's years)
            total.role, total.whole, total.part_of = "part", grand, grand.line
        for d in last:
            column = [x for row in body for x in row if x.start == d.start]
            funders = {x.funder for x in column}
            d.role, d.whole, d.part_of = "total", None, None
            d.funder = next(iter(funders)) if len(funders) == 1 else ""
            d.across = len(funders) > 1
            if span and d.period is None:
                d.period = span
    return drafts


#: a cell that is only a date: "July 2025", "15 January 2026", "1/4/2025"
_DATE_CELL = re.compile(r"\W*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+20\d\d\W*|"
                        r"\W*\d{1,2}/\d{1,2}/20\d\d\W*", re.I)


def _dated_row(cells: list[str]) -> list[tuple[int, int, str, str]]:
    """A row dated by one cell that is only a date (a payment schedule's "| 2 | January 2026 | £53,640 |"): the
    financial year that date falls in, as a period found in the row; none when no cell, or two, are dates."""
    dates = [c for c in cells if _DATE_CELL.fullmatch(c) and not MONEY_TOKEN.search(c)]
    if len(dates) != 1:
        return []
    text = dates[0].strip(" *|")
    if "/" in text:
        day, month, year = text.split("/")
        text = f"{year}-{int(month):02d}-{int(day):02d}"
    try:
        year = financial_year(text)
    except ValueError:  # (an impossible date, "30 February 2026", dates nothing)
        return []
    return [(0, 0, year, year)] if year else []


def _names_grantor(head: str, terms) -> bool:
    """Whether a money column's heading names a grantor as its payer ("Home Office 2025/26", "MoJ grant (£)"): beside
    a label column of recipients, the councils its rows name receive that grantor's money."""
    return _first(terms.get("funder", ()), head) in ("Home Office", "Ministry of Justice")


#: a figure named as one year of a grant of several: "The second year of the two-year grant, £498,700 …",
#: "the final year of the award, £X", "year two of the grant, £X"
_NTH_YEAR_OF = re.compile(r"\b(?:(?:first|second|third|fourth|fifth|final|last|next) year|year (?:one|two|three|four|five|\d))"
                          r"\s+of\b", re.I)


def _another_years_sum(before: str, here: list, last_whole) -> bool:
    """Whether a figure read as "of the grant" is instead the sum of another year of it than the one stated before:
    "The second year of the two-year grant, £498,700 for 2026/27" after the first year's £512,300 (and a council's
    money for that year) is the next year's own sum, not a piece of a single year's figure."""
    whole = next((x for x in reversed(here) if x.role in ("grant", "total")), None) if here else last_whole
    return bool(_NTH_YEAR_OF.search(before)) and whole is not None and not _spans_years(whole)


def _of_another_year(stretch: str, whole) -> bool:
    """Whether a figure's own stretch of its sentence gives it a year outside the single year of the sum before it:
    "For 2026/27, Suffolk will get £240,000" after "£250,000 … for 2025/26" is the next year's money, not how this
    year's is spent."""
    if whole.period is None or whole.period[0] != whole.period[1]:
        return False
    years = [(a, b) for _s, _e, a, b in find_periods(stretch)[0]]
    return bool(years) and all(b < whole.period[0] or a > whole.period[1] for a, b in years)


#: a sentence opening by counting in other payers' money: "Counting the council's and the commissioner's money, …
#: £576,250", "Once the match funding is counted, …", "With both contributions included, …": its figure sums them all
_COUNTING_OTHERS = re.compile(r"^\W*(?:counting(?: in)?\b[^.;£]{0,80}\b(?:money|funding|contributions?|budgets?|grants?|"
                              r"top-ups?)\b|(?:once|with|when|if)\b[^.;£]{0,80}\b(?:money|funding|contributions?|"
                              r"budgets?|grants?|top-ups?)\b[^.;£]{0,20}\b(?:is |are )?(?:counted|included|added in)\b)"
                              r"[^.;£]*$", re.I)


def _counted_totals_across_funders(rel, drafts: list[_Draft]) -> None:
    """A total whose sentence opens by counting in other payers' money ("Counting the council's money, the course
    will have £320,000") sums more than one funder's money: it has no funder (README, funder: "A total across several
    funders has funder null"), whichever payer the counting phrase names."""
    for d in drafts:
        if d.role != "total" or d.table:
            continue
        sentence = next((s for n, s in rel.sentences if n == d.line and d.amount.text in s), "")
        if _COUNTING_OTHERS.search(sentence[: sentence.find(d.amount.text)]):
            d.funder, d.across = "", True


def _spans_years(whole) -> bool:
    """Whether ``whole`` can hold one year's share: its period is unstated or runs over more than one year. The
    "second year of the two-year grant, £498,700 for 2026/27" after a single year's sum (the first year's grant, a
    council's money for 2025/26) is the next year's own sum, not a piece of that one."""
    return whole.period is None or whole.period[0] != whole.period[1]
#: words just before a figure that correct the figure before it in the sentence: "; the correct figure is £24,000",
#: "but the right amount is", "it should have been", "should read"
_CORRECTED_TO = re.compile(r"\b(?:(?:the\s+)?(?:correct|right|actual|true)\s+(?:figure|amount|sum|contribution|total)\s+"
                           r"(?:is|was|should be|should have been)|should (?:have been|read|be))\s+$", re.I)
#: in a correction note, the words giving the right figure: "The correct figure is £32,000", "the right amount is
#: £25,000", "; it is £9,000"
_CORRECTED_FIGURE = re.compile(r"(?:\b(?:correct|right|actual|accurate|true)\s+(?:figure|amount|sum|number|total)\b[^.;£]{0,20}"
                               r"|\b(?:it|this|that) (?:is|was|should be|should have been)\s+(?:in fact\s+)?"
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


def _table_cells_take_the_tables_year(drafts: list[_Draft]) -> None:
    """A two-way table whose grand total has a year (from the table's years, or the sum stated in prose before it: "The
    amount payable for 2025-26 becomes £248,640" over a quarterly profile): its cells under columns with no year of
    their own (payers' columns, quarters' totals, the TOTAL row) are that year's money too, not undated."""
    for g in drafts:
        if not (g.table and g.role == "total" and g.whole is None and g.head_total and g.period):
            continue
        mine = [d for d in drafts if d.table == g.table and d is not g and not d.head_year and d.role != "context"]
        if not any(d.whole is g for d in mine):
            continue  # (no two-way table: its rows' totals are not parts of it)
        for d in mine:
            if d.period is None or d.line == g.line and d.role == "total":
                d.period = g.period


def _paid_from_a_reserve(head: str, col_funder: str) -> bool:
    """Whether a column heading names a payer and the reserve its money is drawn from ("Council (Public Health
    reserve)", "Commissioner's reserves £000"): that payer's money put in, not a fund's balance. A heading with a
    balance word or a date besides ("Closing reserves", "Reserve balance", "Reserves at 31 March") is a balance."""
    words = {m.group(0).lower() for m in _STOCK_COLUMN.finditer(head)}
    return bool(col_funder) and bool(words) and all(w.startswith("reserve") for w in words) \
        and not re.search(r"\b(?:as )?at\s+\d|\bbalances?\b", head, re.I)


def _carried_into_row_total(header: list) -> bool:
    """Whether a table's carried- or brought-forward column is money paid beside the others, summed in a total column
    ("| Quarter | Home Office grant | Carried forward | Commissioner | Quarter total |"), not a fund's balance: the
    header has a total column and no balance or spending column ("| Balance b/f | Income | Spent | Balance c/f |")."""
    heads = [h for h in header[1:] if h.strip()]
    return any(_TOTAL_HEAD.search(h) for h in heads) and not any(
        _SPEND_COLUMN.search(h) or re.search(r"\b(?:balances?|opening|closing|reserves?|income)\b", h, re.I) for h in heads)


def _columns_name_payers(header: list, terms) -> bool:
    """Whether two or more of a table's money columns are headed by different payers ("| Service | Home Office grant
    £000 | Police and Crime Fund £000 | District councils £000 | Total |"): a table of money by source, whose cells
    are their column's payer's money whatever body the row's label names as the provider."""
    named = {_first(terms.get("funder", ()), h) or _first(terms.get("table_funder", ()), h) for h in header[1:]
             if not _TOTAL_HEAD.search(h)}
    return len(named - {""}) >= 2


def _one_column_funder(cells: list) -> str:
    """The one funder that every money cell of a table's rows beside their total column has from its own column's
    heading ("Home Office 2025/26 | Home Office 2026/27"), else "": each row's total is then that funder's money too."""
    others = [d for d in cells if not d.head_total]
    funders = {d.funder for d in others}
    return next(iter(funders)) if others and len(funders) == 1 and all(d.row_funder for d in others) else ""


def _two_row_heading(upper: str, lower: str) -> list[str]:
    """The column headings of a table whose heading runs over two rows, as printed ("Home Office" above "grant (£000)",
    "Total" above "(£000)"): each heading of the lower row joined to the words above it, and a heading of the upper row
    with nothing under it ("Service") kept. Aligned rows are joined by the columns their words span (a heading over two
    columns, "Home Office" above "2024-25   2025-26", heads both); pipe or tab rows of as many cells by their order.
    Units of thousands or millions are left out (their figures are read in them already). Empty when the rows do not
    fit together."""
    def words(c: str) -> str:
        for _unit, pattern, _w in _UNIT_HEADINGS:
            c = pattern.sub(" ", c)
        return re.sub(r"\s+", " ", c).strip(" *")
    if "|" in upper or "\t" in upper or "|" in lower or "\t" in lower:
        split = (lambda t: t.rstrip("\n").split("\t")) if "\t" in upper + lower else _cells  # (a tab row's empty first cell)
        top, bottom = split(upper), split(lower)
        if len(top) != len(bottom):
            return []
        return [words(f"{a} {b}") for a, b in zip(top, bottom)]
    top, bottom = _aligned_cells(upper), _aligned_cells(lower)
    slack = 2
    over = lambda a, b: a[0] < b[1] + slack and a[1] > b[0] - slack
    heads = [(s, words(" ".join([t[2] for t in top if over(t, (s, e))] + [c]))) for s, e, c in bottom]
    heads += [(s, words(c)) for s, e, c in top if not any(over((s, e), b) for b in bottom)]
    return [h for _s, h in sorted(heads)]


#: a table's label-column heading saying its rows are areas: "Police force area", "Force", "PFA", "Area"
_AREA_COLUMN = re.compile(r"^\W*(?:(?:police(?:\s+force)?|policing|force|pfa)\s+)?(?:areas?|forces?|pfas?)\W*$", re.I)


def _table_drafts(rel, number, raw, header, found, terms, release_funder, periods, defined=None,
                  row_refs=None, footnotes=None) -> list[_Draft]:
    """The amounts of one table row: area from the row, funder and year from the column or the row.

    A column headed by a year gives its cell that year; in a row that also has a
    column headed "total", the year cells are parts of the row's total (a per-year
    split).  The row's label (its first cell) says whose money it is ("PCC match
    funding", "Peterborough City Council") before the column heading does.
    """
    cells = _cells(raw)
    out = []
    row_text = " ".join(cells)
    row_areas = list(dict.fromkeys(c for _, _, c in find_areas(row_text)))
    label_areas = list(dict.fromkeys(c for _, _, c in find_areas(cells[0]))) if cells else []
    if len(label_areas) == 1:
        row_areas = label_areas  # the row's label names its area ("Lincolnshire | Fenland Futures | £0")
    row_periods = find_periods(row_text)[0] or _dated_row(cells)
    label = cells[0] if cells and not MONEY_TOKEN.search(cells[0]) else ""
    named = sorted((m.start(), v) for v, p in _candidates(terms.get("funder", ()), label) for m in [p.search(label)] if m)
    label_funder = named[0][1] if named else _first(terms.get("table_funder", ()), label)  # the first named pays
    # a label column headed by who receives ("| Council | Allocation |", "| Recipient | Home Office grant |"): the
    # council a row names is given the money, not its payer; the funder is the money column's or the release's
    if label_funder and header and _first(terms.get("recipient_column", ()), header[0]) and any(
            _first(terms.get("allocation_column", ()), h) or _names_grantor(h, terms) for h in header[1:]):
        label_funder = ""  # (also under money columns headed by their payer: "| Council | Home Office 2025/26 |")
    if label_funder and label_areas and header and _AREA_COLUMN.match(header[0]):
        label_funder = ""  # "| Police force area | … |" then "| London (Mayor's Office for Policing and Crime) | £2,140,000 |":
        # the body a row names beside its area is the area's holder of the money, not its payer
    if label_funder == "local authority" and _first(terms.get("council_item", ()), label) and not re.search(
            r"\b(?:match|top-?up|contribution|grant|budget|money|funding|funded by|paid by)\b", label, re.I):
        label_funder = ""  # "| Family worker (council post) | £40,000 |": an item of the council's, not its payment
    label_source = bool(label_funder)  # the row is a source of money ("| Home Office grant | …"), not an item
    label_match = bool(_first(terms.get("match_funding", ()), label) or _first(terms.get("match_named", ()), label)
                       or re.search(r"\badded to\b|\btop(?:s|ped|ping)? up\b|\(match(?:ed|ing)?\)", label, re.I))
    money_cells = [k for k, c in enumerate(cells) if MONEY_TOKEN.search(c)]
    label_own = bool(_first(terms.get("own_funding", ()), label))  # "| Stalking clinic | Commissioner's own budget | …"
    # a column headed "Funder" ("| Group programme | Home Office | £150,000 |") names the row's funder ("Funding",
    # "Funded from" the same, when the column holds words, not sums)
    funder_col = next((k for k, h in enumerate(header) if re.search(
        r"\bfunders?\b|\bfunded (?:by|from)\b|\bsource\b|^\W*funding(?: stream)?\W*$|\b(?:paid|met|provided|given) "
        r"(?:for )?(?:by|from)\b|\bpayer\b|\bwho pays\b", h, re.I)), None)  # ("Paid by", "Who pays")
    # a budget-monitoring table ("| Budget £k | Actual to date £k | Forecast £k | Variance £k |"): its rows are lines of
    # a body's budget, whose funder only the row itself names, and its monitoring columns are figures about them
    monitoring = [bool(_first(terms.get("monitoring_column", ()), h)) for h in header]
    from_funder_col = False
    if funder_col is not None and funder_col < len(cells) and not MONEY_TOKEN.search(cells[funder_col]):
        named_col = sorted((m.start(), v) for v, p in _candidates(terms.get("funder", ()), cells[funder_col])
                           for m in [p.search(cells[funder_col])] if m)
        label_funder = named_col[0][1] if named_col else _first(terms.get("table_funder", ()), cells[funder_col]) \
            or _defined_funder(cells[funder_col], defined or {}) or label_funder
        label_own = label_own or bool(_first(terms.get("own_funding", ()), cells[funder_col]))
        from_funder_col = bool(label_funder)
        label_match = label_match or bool(_first(terms.get("match_funding", ()), cells[funder_col])
                                          or _first(terms.get("match_named", ()), cells[funder_col]))
        # ("| Council (match funding) |" in the Funder or Funding source column: the row's money is match funding)
    marked = next((f for f in (footnotes or {}) if re.search(rf"\w{re.escape(f)}(?!\*)\s*(?:\||\t|  |$)", raw)), "")
    foot_period = None
    if marked and not label_funder:  # "| Warwickshire | Avon Valley Change* | …" with "* … from the commissioner's own budget"
        label_funder, foot_own, foot_period = footnotes[marked]
        label_own = label_own or foot_own
    ref = cells[0].strip().strip("*").strip().upper() if cells else ""
    if row_refs and not label_funder and ref in row_refs:
        label_funder, ref_own = row_refs[ref]  # a note on the table names this row's funder ("Rows V1 to V4 …")
        label_own = label_own or ref_own
    noted = _note_row_funder(row_refs or {}, number, cells[0] if cells else "")
    if noted and not label_funder and not _TOTAL_ROW.match(raw.replace("|", " ")):
        label_funder, ref_own = noted  # a note under the table: "Every line … is paid from …, except …, which is …"
        label_own = label_own or ref_own
    for i, (start, end, amount) in enumerate(found):
        # which cell: the i-th figure is in the i-th cell holding money ("£30,000 | £30,000" are two cells);
        # pipes counted from the left, aligned columns from the right (a label may be blank)
        k = money_cells[i] if len(money_cells) == len(found) else next(
            (k for k in money_cells if amount.text in cells[k]), None)
        col = None if k is None else k if "|" in raw else k - len(cells)
        head = ""
        if header and col is not None and -len(header) <= col < len(header):
            head = header[col]
        total_head = bool(_TOTAL_HEAD.search(head)) or _sums_the_year_columns(head, header)  # ("Two years (£k)")
        col_funder = _first(terms.get("funder", ()), head) or _first(terms.get("table_funder", ()), head) \
            or _defined_funder(head, defined or {})  # "| Funder's match funding |", the Funder defined as the commissioner
        # (a cell under a total column sums the row's cells: whose it is the row or column says, not the release)
        payers_columns = not from_funder_col and _columns_name_payers(header, terms)
        by_column = bool(col_funder and payers_columns)
        funder = col_funder if by_column else label_funder or col_funder or (
            release_funder if not total_head and not any(monitoring) and not payers_columns else "")
        # (beside columns headed by their payers, a column naming none, "Carried forward", is no payer's the release
        # names)
        role = "match_funding" if label_match or _first(terms.get("match_funding", ()), head) or \
            label_funder in ("local authority", "partners") and not from_funder_col and not by_column else "grant"
        # (a council's line beside a grant is its match; a council in a "Funder" column pays its own grant)
        if role == "match_funding" and not (label_funder or col_funder):
            funder = ""
        if label_own and not label_match:  # (a council's own money is its grant: own_funding is the commissioner's)
            role, funder = ("grant", "local authority") if label_funder == "local authority" else ("own_funding", "PCC")
        elif role == "grant" and label_funder == "PCC" and from_funder_col and funder_col:
            role = "own_funding"  # "| PCC grant |" as a row's funding source: the commissioner's money, not said to
            # match, is his own
        head_areas = {c for _, _, c in find_areas(head)}
        col_area = len(head_areas) == 1 and not label_areas
        if col_area:  # "| Funding line | Cheshire | Merseyside | All three areas |": the column names the area
            code, basis = next(iter(head_areas)), "table_row"
        elif len(row_areas) == 1:
            code, basis = row_areas[0], "table_row"
        elif rel.area and not row_areas:
            code, basis = rel.area, "release"
        else:
            code, basis = "", "none"
        head_periods = find_periods(head)[0]
        period = ((head_periods[0][2], head_periods[0][3]) if head_periods else
                  None if _RATE_HEAD.search(head) else
                  (row_periods[0][2], row_periods[0][3]) if row_periods else foot_period)
        # (a column of yearly rates, "| Annual value |", is no sum for the row's dates: its year is its heading's)
        stock = _STOCK_COLUMN.search(head) and not _carried_into_row_total(header) \
            and not _paid_from_a_reserve(head, col_funder)
        watched = col is not None and -len(header) <= col < len(header) and monitoring[col]
        if stock or _SPEND_COLUMN.search(head) or watched:
            # a fund's balance or its spending ("| Balance at 1 April | Income | Expenditure |"): accounts, not an award;
            # whose money it is its row says, as for any figure ("Funder of a context figure"), never the release
            role, funder, code, basis = "context", funder if label_funder or col_funder else "", "", "none"
            period = None if stock else period
        d = _Draft(number, col if col is not None else start, as_stated(amount), role, funder, code, basis, period)
        d.head_total, d.head_year = total_head, bool(head_periods) and not total_head
        d.col_area = col_area and not d.head_total
        d.rate = bool(_RATE_HEAD.search(head)) and not head_periods
        d.spending = bool(_SPEND_COLUMN.search(head) or watched) and not stock
        d.row_funder = bool(label_funder or col_funder)  # the funder printed in the row or its column
        d.unpaid_column = payers_columns and not funder  # ("Carried forward" beside payers' columns: no one's named)
        d.monitoring = any(monitoring)
        d.label_source = label_source
        out.append(d)
    totals = [d for d in out if d.head_total]
    if len(totals) == 1 and len({d.funder for d in out if not d.head_total and d.row_funder}) >= 2:
        totals[0].funder = ""  # "| Year | Home Office | Commissioner's budget | Total |": the total is across funders
        totals[0].across = True
    by_area = [d for d in out if getattr(d, "col_area", False)]
    if len(totals) == 1 and len({d.code for d in by_area}) >= 2 and len(by_area) == len(out) - 1:
        # a row split across area columns under its own total column: the areas' cells are parts of it (whether
        # or not they add up: the headings say so, and a sum that differs is a conflict), the total no one area's
        whole = totals[0]
        whole.role, whole.code, whole.basis = "total", "", "none"
        for d in by_area:
            d.role, d.whole, d.part_of = "part", whole, number
        return out
    years = [d for d in out if d.head_year and not d.head_total]
    if len(totals) == 1 and len(years) >= 2 and _sums_to([d.amount for d in years], totals[0].amount):
        # (the year cells are a per-year split of the row's total only when they add up to it: a column of last
        # year's figures beside this year's, "| Home Office 2024-25 | Top-up | Row total | 2023-24 (£) |", is not)
        whole = totals[0]
        for d in out:
            if d is not whole and d.head_year:
                d.role, d.whole, d.part_of = "part", whole, number
        years = [d.period for d in out if d.whole is whole and d.period]
        if whole.period is None and years:
            whole.period = (min(y[0] for y in years), max(y[1] for y in years))
    return out


# ---- the payer of a figure from its own clause (gen4): the clause's subject, its by/from phrase, a pronoun's body ----

#: a commissioner or mayor named as a body: "the commissioner", "its commissioner", "West Mercia's commissioner", "the
#: Police and Crime Commissioner", "the commissioner's office"
_COMMISSIONER_BODY = (r"(?:the|its|their|our|his|her|(?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]*['’]s)\s+(?:(?:[Pp]olice,?\s+)?(?:[Ff]ire\s+)?"
                      r"(?:and\s+)?[Cc]rime\s+)?(?:[Cc]ommissioner|PCC|PFCC|[Mm]ayor)(?:['’]s\s+[Oo]ffice|\s+[Oo]ffice)?\b")
#: a verb of giving or paying money
_PAYING_VERB = (r"(?:gives?|gave|given|giving|pays?|paid|paying|funds?|funded|funding|puts?|putting|provides?|provided|providing|"
                r"awards?|awarded|awarding|grants?|granted|allocates?|allocated|commits?|committed|adds?|added|adding|spends?|"
                r"spent|invests?|invested|contributes?|contributed|found|finds|handed|hands?|approved|agreed|set(?:s|ting)? aside|"
                r"earmark(?:s|ed|ing)?)")
#: the commissioner as the figure's clause's subject paying it: "the commissioner gives £40,000", "West Mercia's
#: commissioner has given £140,000 to …", "the commissioner funds the helpline with £20,000"
_COMMISSIONER_GIVES = re.compile(_COMMISSIONER_BODY + r"(?:\s+(?:also|has|have|had|will|is|was|would|then|now|already))*\s+"
                                 + _PAYING_VERB + r"\b[^£;]*$")
#: the commissioner named after the figure as who gives it: "given £80,000 by the Commissioner", "£30,000 from its
#: commissioner", "was provided by the police and crime commissioner"
_BY_COMMISSIONER = re.compile(r"^[^£;]{0,60}?\b(?:by|from)\s+" + _COMMISSIONER_BODY)
#: a clause whose subject is a pronoun paying: "It will contribute £12,000", "They are paying £30,000"
_IT_PAYS = re.compile(r"^\W*(?:(?:and|but|so|also|separately|in addition),?\s+)?(?:it|they)\s+(?:\w+\s+){0,2}?" + _PAYING_VERB
                      + r"\b[^£;]*$", re.I)
#: a body named in a sentence, for what a pronoun refers to
_BODY_MENTION = re.compile(r"\b(?:council|authority)\b|\b(?:commissioner|PCC|PFCC|OPCC|mayor)\b|\bhome office\b|"
                           r"\bministry of justice\b", re.I)


def _commissioner_pays_in_clause(sentence: str, clause: tuple[int, int], start: int, end: int) -> bool:
    """Whether the figure's own clause names the commissioner or mayor as its payer: the clause's subject with a verb of
    giving before the figure, or a "by/from the commissioner" phrase after it (README: funder, the commissioner's money).
    """
    lo, hi = _whole_titles(sentence, clause)
    return bool(_COMMISSIONER_GIVES.search(sentence[lo:start]) or _BY_COMMISSIONER.search(sentence[end:hi]))


_TITLE_AND = re.compile(r"\b[Pp]olice,?\s+(?:[Ff]ire,?\s+)?(?:and\s+)?$")


def _whole_titles(sentence: str, clause: tuple[int, int]) -> tuple[int, int]:
    """A clause widened over the "and" of an office's title that the clause split cut ("the police and | crime
    commissioner"): the title is one name, not two clauses."""
    lo, hi = clause
    while lo > 0 and _TITLE_AND.search(sentence[:lo]):
        lo = _clause_of(sentence, lo - 1)[0] if lo - 1 >= 0 else 0
    while hi < len(sentence) and _TITLE_AND.search(sentence[:hi]):
        hi = _clause_of(sentence, hi)[1]
    return lo, min(hi, len(sentence))


def _referent_funder(text: str) -> str:
    """The funder a pronoun ("it", "its", "they") refers to: the body named last in ``text`` (a council: the local
    authority; a commissioner or mayor: the PCC); "" for the Home Office or the Ministry, or none."""
    bodies = list(_BODY_MENTION.finditer(text))
    if not bodies:
        return ""
    last = bodies[-1].group(0).lower()
    return "local authority" if last in ("council", "authority") else "" if last in ("home office", "ministry of justice") \
        else "PCC"


def _pronoun_subject_funder(sentence: str, clause: tuple[int, int], start: int, prev_sentence: str) -> str:
    """The payer a pronoun subject of the figure's clause stands for ("Warwickshire County Council welcomed the course.
    It will contribute £12,000"): the body the sentence before names last; "" when the clause's subject is no pronoun.
    """
    if not _IT_PAYS.search(sentence[clause[0] : start]):
        return ""
    return _referent_funder(sentence[: clause[0]]) or _referent_funder(prev_sentence)


def _in_next_figures_clause(sentence: str, at: int, start: int, following: int | None) -> bool:
    """Whether a body named at ``at``, after the figure at ``start``, is in another clause than the figure's, the one
    that holds the figure after it ("The commissioner gives £40,000 …, and the county council is paying £30,000"): the
    payer of that next figure, not of this one."""
    if following is None or at <= start:
        return False
    clause = _clause_of(sentence, at)
    # (the body opens that clause as its subject: "…, and the county council is paying £30,000"; not "…, to which the
    # council has added £40,000", where the figure before is still the clause's topic)
    opens = re.fullmatch(r"[\s,;]*(?:(?:and|but|while|whereas|with|so|then|also|separately|meanwhile)\s+)*(?:the\s+)?"
                         r"(?:[A-Z][\w'’&-]*\s+(?:and\s+|&\s+)?){0,5}", sentence[clause[0] : at])
    return bool(opens) and clause != _clause_of(sentence, start) and clause == _clause_of(sentence, following)



# ---- councils listed as a table's or list's recipients (gen4): the money is the table's funder's, not theirs ----

#: a row label that is a council's name: "Guildford Borough Council", "City of York Council", "Blackburn with Darwen
#: Council", "Westmorland and Furness Council"
_COUNCIL_NAME = re.compile(r"^\W*(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+(?:(?:and|of|upon|on|with|in)\s+)?){1,6}"
                           r"(?:[Cc]ouncil|[Aa]uthority)\W*$")
#: words saying the councils listed pay the money themselves: "Each council is putting its own money in", "| Council |
#: Contribution |", "match funding by council"
_COUNCILS_PAY = re.compile(r"\b(?:contribut\w*|match\w*)\b|\b(?:councils?|authorit(?:y|ies)|districts?|boroughs?|each|they)\b"
                           r"[^.;:£]{0,40}?\b(?:putting|puts?|paying|pays|adding|adds?|giving|gives?|funding|funds?)\b|"
                           r"\b(?:its|their|councils?['’]s?)\s+own\b", re.I)


def _block_line(line: str) -> bool:
    """Whether a line is a table row (pipes, tabs, aligned columns) or a list item."""
    return bool(line.strip()) and ("|" in line or "\t" in line or bool(re.search(r"\S\s{2,}\S", line.strip()))
                                   or bool(_BULLET.match(line)))


def _introduced_funder(text: str, terms) -> str:
    """The funder a table's caption, heading or lead-in names for the money it lists: a grantor it names (the Home Office,
    the Ministry of Justice) before the commissioner or mayor who hands it on; else the commissioner's or mayor's own
    money; never the councils it is handed to."""
    named = [v for v, p in _candidates(terms.get("funder", ()), text) if p.search(text) and v != "local authority"]
    for grantor in ("Home Office", "Ministry of Justice"):
        if grantor in named:
            return grantor
    if "PCC" in named or _first(terms.get("table_funder", ()), text) == "PCC":
        return "PCC"
    return ""


def _council_recipient_blocks(rel, terms) -> dict[int, str]:
    """The lines of tables and lists whose rows are councils receiving money, with the funder the table's caption,
    heading or lead-in names ("" when none): two or more money rows, every one but a total naming a council, and
    neither the lead-in nor the label column's heading saying the councils pay ("contribution", "match", "their own
    money").  Such a council is the row's recipient, not its payer (README: funder; organisations 'recipient')."""
    lines = rel.text.split("\n")
    out: dict[int, str] = {}
    i = 0
    while i < len(lines):
        if not _block_line(lines[i]):
            i += 1
            continue
        j = i
        while j < len(lines) and _block_line(lines[j]):
            j += 1
        rows, head = [], ""
        for k in range(i, j):
            t = lines[k]
            if not MONEY_TOKEN.search(t):
                if not head and not re.fullmatch(r"[\s|:-]*", t) and not _BULLET.match(t):
                    head = (_cells(t) or [""])[0]
                continue
            label = (list_item_label(t) or "") if _BULLET.match(t) else (_cells(t) or [""])[0]
            rows.append((k + 1, re.sub(r"\*\*|__", "", label).strip()))
        body = [(n, lab) for n, lab in rows if not (_TOTAL_ROW.match(lab) or _NAMED_TOTAL_ROW.fullmatch(lab))]
        # the lead-in: the paragraph just above the block (its caption, heading or introducing sentence)
        k = i - 1
        while k >= 0 and not lines[k].strip():
            k -= 1
        lead = []
        while k >= 0 and lines[k].strip() and len(lead) < 2 and not _block_line(lines[k]):
            lead.insert(0, lines[k])
            k -= 1
        lead_text = " ".join(lead)
        if len(body) >= 2 and all(_COUNCIL_NAME.match(lab) for _, lab in body) \
                and not _COUNCILS_PAY.search(lead_text) and not _COUNCILS_PAY.search(head):
            funder = _introduced_funder(lead_text, terms)
            out.update({n: funder for n, _ in rows})
        i = j
    return out


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
            d.funder = blocks[d.line] or (release_funder if d.funder == "local authority" else d.funder)
            if d.role == "match_funding":
                d.role = "grant"


def _item_label_column(rows: list[_Draft], terms) -> int | None:
    """The first column, when it names items a table pays for, not who or where: no row's label there names an area, a
    funder or a council, a year or a total ("| Cost centre | 2025-26 budget |" with "Highways maintenance",
    "Perpetrator behaviour change course"); else None (gen4: unrelated rows in tables whatever their headings)."""
    labels = [d.row_cells[0] for d in rows if d.row_cells and not MONEY_TOKEN.search(d.row_cells[0])]
    if len(labels) < 2 or len(labels) != len(rows) and len({d.line for d in rows}) != len(labels):
        return None
    words = [c for d in rows for c in d.row_cells if c.strip() and not MONEY_TOKEN.search(c)]
    for label in words:  # (no cell of a row names who pays or where: "| Fresh Start | Home Office | …" is a fund's row)
        if find_areas(label) or find_periods(label)[0] or _first(terms.get("funder", ()), label) \
                or _first(terms.get("table_funder", ()), label) or _TOTAL_ROW.match(label) \
                or _NAMED_TOTAL_ROW.fullmatch(label) or _COUNCIL_NAME.match(label):
            return None
    return 0
