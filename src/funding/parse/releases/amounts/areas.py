"""Which areas a figure belongs to or is shared by: areas named just before it, elided shares,
comparisons with another area, counted areas sharing one sum, and councils named as recipients.
"""

from __future__ import annotations

from funding.core import patterns as re

from funding.core.money import MONEY_TOKEN
from funding.parse.releases.vocabulary import _candidates, _first
from funding.parse.releases.text import _BULLET, _TOTAL_ROW, _cells, list_item_label
from funding.parse.releases.places import find_areas
from funding.parse.releases.periods import _fy_text, find_periods, parse_count
from funding.parse.releases.amounts.payers import _NOT_ELLIPSIS


#: "…, and the commissioner £B": a second subject with the first clause's verb left out
_ELLIPSIS = re.compile(r"(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[A-Za-z][\w'’]*\s+){1,3}$")
_BETWEEN_THEM = re.compile(r"\bbetween them\b|\bjointly\b|\bthe (?:two|three|four|five) (?:commissioners|forces|police areas|areas|"
                           r"councils|partners)\b|\bboth (?:commissioners|forces|areas|councils)\b", re.I)
#: the areas of a shared award named again, not any areas "between them": "the three commissioners", "both forces",
#: "jointly"
_THE_N_OF_A_SHARED_AWARD = re.compile(_BETWEEN_THEM.pattern.replace(r"\bbetween them\b|", "", 1), re.I)
_POSSESSIVE = re.compile(r"^['’]s?\b")


#: an accounts comparative: "£262,430 (2021-22: £231,975)", "(prior year: £X)", "(year ended 31 March 2022: £X)"
_COMPARATIVE_BEFORE = re.compile(r"\(\s*(?:(?:(?:the\s+)?(?:prior|previous|last)\s+year|(?:year|period)\s+(?:ended|to)\b[^:()£]{0,30}|"
                                 r"(?:FY\s*)?20\d\d(?:[-/–]\d\d(?:\d\d)?)?)\s*[:=]|(?:prior|previous|last)\s+year\s*:?)\s*$", re.I)


#: the words of one sum held by several: "share", "split", "divide", "between them", "jointly", "a joint bid"
_SHARING = r"(?:(?<!['’]s )share[sd]?|sharing|split(?:s|ting)?|divid(?:e[sd]?|ing)|between them|jointly|joint)"

#: a sentence giving "the two forces", "both areas", "the three commissioners" one sum to share ("… will split
#: £1.5m", "… put in a joint bid and won £1.5m", "… are dividing £1.5m")
_SHARED_BY_THE_N = re.compile(r"\b(?:the|these|those) (?P<n>two|three|four|five) (?:commissioners|forces|police areas|areas|"
                              r"force areas|offices|counties)\b[^.;£]{0,80}?\b" + _SHARING + r"\b|"
                              r"\b(?P<both>both) (?:commissioners|forces|areas|counties)\b[^.;£]{0,80}?\b" + _SHARING
                              + r"\b", re.I)


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
            d.funder_basis = prev.funder_basis  # (the figure it restates: its payer for the same reason)
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


#: a row label that ends in "total": "Directorate total", "Service totals", "Perpetrator programme total"
_NAMED_TOTAL_ROW = re.compile(r"\W*(?:[\w'’-]+\s+){1,3}(?:sub-?)?totals?\W*|"
                              # (a row naming every area of the rows above it, "All areas", "All four forces", "Both
                              # areas": their sum, as a TOTAL row is; not one naming what it pays for beside, "All areas:
                              # shared helpline", a joint award to them)
                              r"\W*(?:all|both)\s+(?:(?:the|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
                              r"(?:areas|force areas|police areas|forces|counties)\W*", re.I)
# ("All PCCs", "All commissioners" stay national rows, :data:`~funding.parse.releases.amounts.tables._NATIONAL_ROW`)


#: the subject of a sentence an area that will not be named: "A force just outside the region, which asked not to be
#: named", "One Welsh force, which we have not named", "a commissioner from outside the region"
_UNNAMED_AREA = re.compile(r"\b(?:an?|one|another)\s+(?:[\w-]+\s+){0,2}?(?:force|police area|force area|commissioner|"
                           r"office|area)\b[^.;£]{0,80}?(?:\bnot\b[^.;£]{0,30}\bnamed?\b|\bunnamed\b|"
                           r"\boutside (?:the|our) region\b|\bjust outside\b)|"
                           # (one more area counted on from those named, or a neighbour, unnamed: "A sixth force in the
                           # region, which …", "A neighbouring county, which has yet to say …")
                           r"\b(?:an?|one)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|further|"
                           r"neighbouring)\s+(?:force|police area|force area|county)\b", re.I)


#: a figure and the area it goes to named after it by an indefinite article, which names no area: "£143,000 went to a
#: force that asked not to be named", "£75,000 … for one force in the region whose bid arrived late"
_TO_AN_AREA_AFTER = re.compile(r"£?[^;£]{0,60}?\b(?:to|into|for)\s+(?:an?|one|another)\s+(?:(?:[\w-]+\s+){0,2}?"
                               r"(?:force|police area|force area)\b|"
                               # (or to a scheme whose area is still to be settled: "£2.1 million to a South East pilot
                               # whose host force has not yet been chosen", "to a new hub whose lead area is yet to be agreed")
                               r"[^;£.]{0,40}?\bwhose\s+(?:host\s+|lead\s+)?(?:force|police area|area|commissioner)\s+"
                               r"(?:has|have|is|are)\s+(?:not|yet to)\b)", re.I)


def _unnamed_area_before(sentence: str, start: int) -> bool:
    """Whether a figure is an award to an area the text will not name, its subject before it ("A force just outside the
    region, which asked not to be named, has been awarded about £410,000", "A sixth force in the region … is getting
    £300,000") or the area it goes to named after it by an indefinite article ("£143,000 went to a force that asked
    not to be named"): no area, but the round's money, so the round's funder and years; not money for "similar
    work", money it "will get if a second bid succeeds" or had "last year", which are not this round's."""
    unnamed = _UNNAMED_AREA.search(sentence[:start]) or _TO_AN_AREA_AFTER.match(sentence, start)
    # ("before" the money, not before an event: "which did not want its figure published before its panel meets")
    return bool(unnamed) and not re.search(r"\b(?:similar|if|unless|last year|previous(?:ly)?|before(?!\s+(?:its|their|the|a|an)"
                                           r"\s+(?!(?:year|grant|award|round)\b)))\b", sentence, re.I)


#: a counted set of areas: "23 areas", "the last 20 police force areas", "the other twenty forces"
_COUNTED_AREAS = (r"(?:the\s+)?(?:(?:first|last|other|remaining|successful)\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|"
                  r"nine|ten|eleven|twelve|[a-z]+ty(?:-[a-z]+)?)\s+(?:(?:other|remaining|successful|named)\s+)?"
                  r"(?:police\s+force\s+areas|police\s+areas|force\s+areas|areas|forces|commissioners)\b")
_INTO_COUNTED_AREAS = re.compile(r"^\s*(?:into|to|among|amongst|between|across)\s+" + _COUNTED_AREAS, re.I)


def _shared_out_among_counted_areas(sentence: str, start: int, end: int, prev_sentence: str) -> bool:
    """Whether a figure is what a counted set of unnamed areas get in all: "puts £19,973,830 into 23 areas", "£17.3
    million between the last 20 areas", or "Between them they will receive £17.3 million" after "… told the last 20
    police force areas what they will get": a total over those areas, not a national fund's size nor one area's."""
    if _areas_in(sentence) or re.search(r"\b(?:shared?|split|divided|pot)\b", sentence[:start], re.I):
        return False  # ("shared £3.2 million … between nine police areas": a pot's size, context, as before)
    if _INTO_COUNTED_AREAS.match(sentence[end:]):
        return True
    if re.match(r"\s*(?:in all\s+)?between them\b", sentence[end:], re.I) and re.search(_COUNTED_AREAS, sentence[:start], re.I) \
            and re.search(r"\b(?:receiv\w*|get|gets|getting|got|given|allocated|awarded|offered|take|takes|took|taking|"
                          r"share|shares|sharing)\s+(?:\w+\s+){0,2}$", sentence[:start], re.I):
        return True  # "The five forces named below have been offered £1.93m between them": what they get in all
    between = re.search(r"\bbetween them\b", sentence[:start], re.I)
    if between and not re.search(r"\b(?:receiv\w*|get|gets|getting|got|given|allocated|awarded|take|takes|took|taking)\s+"
                                 r"(?:\w+\s+){0,2}$",
                                 sentence[between.end() : start], re.I):
        return False  # ("Between them, the two commissioners will add £150,000": their money added, not received)
    return bool(between) and bool(re.search(_COUNTED_AREAS, sentence[: between.start()], re.I)
                                  or re.search(r"(?:^|[.!?]\s+)between them\b", sentence[:start], re.I)
                                  and re.search(_COUNTED_AREAS, (prev_sentence or "") + " " + sentence[:start], re.I))


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
    # (the words after the figure or opening the sentence: "Between them, the forces of the region are getting £X")
    said = re.match(r"\s*(?:in all\s+)?between them\b", sentence[end:], re.I) or re.match(r"\W*between them\b", sentence, re.I)
    return bool(said) and not _areas_in(sentence) and bool(
        re.search(r"\b(?:forces|police areas|force areas|areas|counties|commissioners|offices)\b", sentence[:start], re.I)) \
        and not (_THE_N_OF_A_SHARED_AWARD.search(sentence[:start]) and not re.search(
            r"\b(?:in|of|across) the (?:[A-Z][\w-]*\s*)+(?:region\b)?", sentence[:start])
            and not _LISTED_AFTER.search(sentence[:start]))
    # ("The five forces named below have been offered £1.93m between them": areas the text lists after the sum, not
    # those of an award named before)


#: areas a sentence says the text names after it: "the five forces named below", "the four areas listed here", "the
#: commissioners that follow"
_LISTED_AFTER = re.compile(r"\b(?:named|listed|set out|shown|covered)\s+(?:below|here|underneath|in what follows)\b|"
                           r"\b(?:forces|areas|counties|commissioners)\s+(?:below|that follow|which follow)\b", re.I)


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


def totals_over_several_areas_have_none(drafts: list) -> None:
    """A sum whose parts keep two or more areas of their own ("In all the region gets £1.1m: £412,300 for Norfolk,
    £385,600 for Suffolk …", "the package of £900,000, £500,000 of it for Kent and £400,000 for Essex") is no one
    area's money: it takes no area, not the release's nor its first part's (README, pfa_code; area_basis ``none``)."""
    for d in drafts:
        if d.role != "total" or d.shared_by or not d.code:
            continue
        codes = {x.code for x in drafts if x.whole is d and x.code}
        if len(codes) >= 2:
            d.code, d.basis = "", "none"
