"""The years a figure covers: periods a release defines by name, funding rounds named or earlier,
the span of years its words say, a section heading's period, and sums that are another year's; and, once every
figure is read, the shapes of its sentence that give or cancel its years (a pointer to where the text sets it out, "in
each of" several years, a year stated once after figures joined in an elliptical clause).
"""

from __future__ import annotations

from funding.core import patterns as re

from funding.core.money import MONEY_TOKEN
from funding.parse.releases.periods import (
    NOT_A_SPAN_START, YEAR_FORM, _MONTH_NAME, _fy, _fy_text, _month_at, _point, find_periods, parse_count,
)
from funding.parse.releases.text import _line_at, _logical
from funding.parse.releases.amounts.figures import _clause_of, _Draft, _lend_period


def _span_of(words: str, candidates, only: bool = False) -> tuple[str, str] | None:
    """The first of the candidate periods that spans as many years as the words say ("the two years"), or, when they
    give no number, the first of several years; with ``only``, the one such candidate (none when there are several)."""
    n = re.search(r"\b(two|three|four|five|both)\b", words, re.I)
    count = None if n is None else 2 if n.group(1).lower() == "both" else parse_count(n.group(1))
    fits = [p for p in candidates if p is not None and p[0] != p[1]
            and (count is None or int(p[1][:4]) - int(p[0][:4]) + 1 == count)]
    if only:
        return fits[0] if len(set(fits)) == 1 else None
    return fits[0] if fits else None


def _counts_other_years(words: str, period) -> bool:
    """Whether a figure's own words count its years ("£773,000 over the two years", "across the same three years") as
    another number than ``period`` spans: a year stated for another figure of its sentence is then not its own ("The
    total for 2026/27 is £450,000, and £773,000 over the two years")."""
    n = re.search(r"\b(two|three|four|five)\s+(?:financial\s+)?years\b", words, re.I)
    return bool(n) and period is not None and int(period[1][:4]) - int(period[0][:4]) + 1 != parse_count(n.group(1))


#: a period defined by a label line ("**Funding Period:** 1 April 2024 to 31 March 2026", "Contract term: …") or
#: by a defined term after a span ('1 April 2025 to 31 March 2027 (the "Grant Period")')
_PERIOD_LABEL = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?P<term>(?:[A-Za-z]+ ){0,2}(?:period|term))\W*:\W*(?P<rest>\S.*)$",
                           re.I)  # (a form's numbered field too: "1.5 Grant period: 01/04/2025 - 31/03/2027")
#: a defined period's term naming the grant's or funding's own span: "grant period", "funding period", "award term"
_GRANTS_OWN_PERIOD = re.compile(r"\b(?:grant|funding|award)\s+(?:period|term)\b", re.I)
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


#: a span printed as the name of a round of funding: "the 2024 to 2026 round", "under the 2023-25 fund", "Results from
#: the 2024 to 2026 round"
_ROUND_NAMED = re.compile(r"\s+(?:funding\s+)?(?:round|fund|scheme|tranche|programme|allocations?)\b", re.I)


def _rounds_named(sentence: str) -> set[tuple[str, str]]:
    """The spans ``sentence`` prints as the name of a round ("in the 2024 to 2026 round Cumbria received …")."""
    return {(a, b) for _, pe, a, b in find_periods(sentence)[0] if a != b and _ROUND_NAMED.match(sentence, pe)}


def _an_earlier_round(sentence: str, span: tuple[str, str], release_period, spans_said=()) -> bool:
    """Whether ``span`` is named in ``sentence`` as a round ended before the release's own period begins: a previous
    round's figure ("in the 2024 to 2026 round Cumbria received more than £400,000") is no span for a later "over the two
    years" to mean, when the text is about the next round.  So is the span of an award the sentence calls the current
    or previous one ("It follows the current Home Office award of £612,500, which runs for 2024-25 and 2025-26"), when
    the release states a span beginning after it (the new award's) or its own period does."""
    if bool(release_period) and span[1] < release_period[0] and span in _rounds_named(sentence):
        return True
    later = [p for p in ((release_period,) if release_period else ()) + tuple(spans_said) if p and p[0] > span[1]]
    return bool(later) and _EARLIER_AWARD.search(sentence) is not None \
        and span in {(a, b) for _, _, a, b in find_periods(sentence)[0] if a != b}


#: an award its own sentence calls the one running now or before, which a new award follows ("It follows the current
#: Home Office award of £612,500, which runs for 2024-25 and 2025-26", "the previous grant covered 2022-23 and 2023-24"):
#: its span is no later "in each of the two years"'s, when the release's own period begins after it
_EARLIER_AWARD = re.compile(r"\b(?:current|previous|existing|earlier|last|present|old|outgoing)\s+(?:[\w'’-]+\s+){0,3}?"
                            r"(?:award|grant|allocation|funding|contract|round)\b", re.I)


def grant_period_field(rel) -> tuple[str, str] | None:
    """The one span of several years a field of the release gives as the grant's own period ("Grant period: 01/04/2025 -
    31/03/2027", "1.3 Funding period: 2025-26 to 2026-27"), else None: a form's statement of what its award covers,
    beside which a reporting period or a later year the text mentions is no rival span."""
    spans = {span for term, span in _defined_periods(rel).items() if _GRANTS_OWN_PERIOD.search(term)}
    return spans.pop() if len(spans) == 1 and next(iter(spans))[0] != next(iter(spans))[1] else None


def _without_earlier_rounds(rel, bare: set) -> set:
    """The spans a release states of itself, less those it names as a round ending before another of them begins
    ("services started under the 2023 to 2025 fund" beside "the Fund 2025 to 2027"): the earlier round is compared
    with, not the release's own."""
    if len(bare) < 2:
        return bare
    named = set().union(*(_rounds_named(s) for _, s in rel.sentences))
    kept = {p for p in bare if not (p in named and any(q[0] > p[1] for q in bare))}
    return kept or bare


def _a_sum_over_the_areas(d: _Draft) -> bool:
    """Whether a round-up's lead figure is what its areas get in all: a total, or a sum given to no one area and shared
    by none ("Between them, the forces of the region are getting £3.6m", "Five forces have won £2.1m from the round"),
    whatever its verb made of its role."""
    return d.role == "total" or d.role == "grant" and not d.code and not d.shared_by and d.whole is None


def _round_total_period(drafts: list[_Draft]) -> tuple[str, str] | None:
    """The period of a round-up's lead figure: the first figure of the text is a total over no one area, with its
    years ("Seven forces have been awarded £4.8m in all over 2026/27 and 2027/28"), so the areas' awards listed after
    it, which give no years of their own, share that span."""
    first_area = min((d.line for d in drafts if d.code or d.shared_by), default=0)
    leads = [d for d in drafts if d.line < first_area and d.role != "context"]
    spans = {d.period for d in leads if d.period}
    if leads and all(_a_sum_over_the_areas(d) for d in leads) and len(spans) == 1:
        return spans.pop()  # (a headline's "£4.8m for the region" restates the lead's total without its years)
    # "The Home Office has confirmed £44.5m for the two years from April 2024 …, and commissioners are now publishing
    # their shares": a fund whose own clause gives its span, before any area's figure, is the round the shares
    # listed after it are of (README, "Areas' shares of a round with its period")
    funds = {d.period for d in drafts if d.line < first_area and d.role == "context" and d.period_basis == "clause"
             and d.period[0] != d.period[1]}
    return funds.pop() if not leads and len(funds) == 1 else None


def _fy_of(m: re.Match) -> int:
    """The first calendar year of the financial year of a point in time matched as ``_point("p_")``."""
    return _fy(*_month_at(m, "p_"))


def _span_of_the_years_said(sentence: str, end: int, period, here: list) -> bool:
    """Whether a figure's period is only the span its "in each of the two years" names, the span of the figure just
    before it ("The council's £30,000 is paid as £15,000 in each of the two years"): one year's share, once a year."""
    return bool(here) and period == here[-1].period and period[0] != period[1] and bool(
        re.match(r"\s*,?\s*(?:(?:in|for) each of (?:the|those|these) (?:\w+ )?years|(?:in |for )?each year|a year|per year)\b",
                 sentence[end:], re.I))  # ("a grant of £412,000 … for the two years …, paid as £206,000 in each year")


#: the words that bring in a figure to compare with: "compared with £1.48m", "up from £512,000", "against £640,000"
_COMPARED_WITH = re.compile(r"\b(?:compared (?:with|to)|in comparison with|as against|against|up from|down from|"
                            r"rather than|more than|less than|higher than|lower than|instead of|versus|vs\.?)\s+(?:the\s+)?$", re.I)


#: the words that bring in a year to compare with, after a figure: "£382,000, unchanged from 2024/25", "the same as in
#: 2024-25", "as it was in 2024/25", "as she did in 2024/25", "compared with 2023-24", "more than in 2024-25", "level with last year's 2024-25 sum"
_COMPARED_YEAR = re.compile(r"\b(?:unchanged (?:from|on|since)|(?:the )?same as(?: (?:it was|they were))?(?: (?:in|for))?|"
                            r"as (?:it was |they were |(?:she|he|it|they|we|the \w+) did )?(?:in|for)|(?:compared|in line|level) (?:with|to)(?: (?:that|the sum|the figure|"
                            r"the amount) (?:in|for|of))?|(?:up|down|rising|falling|an? (?:rise|fall|increase|decrease|drop|cut)) "
                            r"(?:from|on)(?: (?:in|for))?|(?:than|against|versus) (?:in |for )?)\s*(?:the\s+)?$",
                            re.I)


def _a_year_compared_with(sentence: str, at: int) -> bool:
    """Whether the year at ``at``, after a figure, is one it is compared with, not its own ("For 2025/26 the grant is
    paying £382,000, unchanged from 2024/25": 2025-26)."""
    return bool(_COMPARED_YEAR.search(sentence[max(0, at - 40) : at]))


def _years_of_a_comparison(sentence: str, periods: list, found: list, k: int) -> bool:
    """Whether the sentence's years are all a later compared figure's own: "Norfolk has been given £823,450, compared
    with £1.48m over the two years of the 2024-26 round" (the years are the earlier round's, not the new award's)."""
    later = [f for f in found[k + 1 :] if _COMPARED_WITH.search(sentence[max(0, f[0] - 30) : f[0]])]
    return bool(later) and all(p[0] > later[0][0] for p in periods)


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


def _spans_years(whole) -> bool:
    """Whether ``whole`` can hold one year's share: its period is unstated or runs over more than one year. The
    "second year of the two-year grant, £498,700 for 2026/27" after a single year's sum (the first year's grant, a
    council's money for 2025/26) is the next year's own sum, not a piece of that one."""
    return whole.period is None or whole.period[0] != whole.period[1]


def _figure_sentences(rel, drafts: list[_Draft]) -> dict[int, tuple[str, int]]:
    """Each figure's sentence (the logical one, joined across hard-wrapped lines) and where in it the figure stands,
    by ``id`` of its draft: the figure's words as printed, on its line, nearest the offset it was read at."""
    by_line: dict[int, list] = {}
    for _, sentence, starts in _logical(rel):
        for n in {n for _, n in starts}:
            by_line.setdefault(n, []).append((sentence, starts))
    out: dict[int, tuple[str, int]] = {}
    for d in drafts:
        best = None
        for sentence, starts in by_line.get(d.line, ()):
            for m in re.finditer(re.escape(d.amount.text), sentence):
                if _line_at(starts, m.start()) == d.line and (best is None or abs(m.start() - d.start) < best[0]):
                    best = (abs(m.start() - d.start), sentence, m.start())
        if best is not None:
            out[id(d)] = best[1:]
    return out


#: a sentence pointing to where the text sets its figure out: "approves the £1.4m set out in section 2", "is funded as
#: shown in Table 1", "not part of the £714,380 in the July report", "the Commissioner's £26,500 (see 2.5)", "the figure
#: … was agreed at the panel's meeting"
_POINTS_ELSEWHERE = re.compile(
    r"\b(?:set out|shown|given|listed|described|detailed|summarised|summarized)\s+(?:in|at|under)\s+(?:the\s+)?"
    r"(?:sections?|tables?|paragraphs?|para\b|annex|appendix|schedule|this\s+(?:record|report|decision|paper|notice|letter)\b)"
    r"|\(\s*see\s+(?:\d|sections?\b|para|tables?\b|annex|appendix|above|below)"
    r"|£[\d,.]+\s*(?:[mk]|million)?\s+in the (?:[\w'’-]+\s+){0,2}(?:report|paper|briefing)\b"
    r"|\bagreed at (?:the|its|their)\b", re.I)
#: the words by which a sentence speaks of years or a period even without printing one ("over the same two years")
_YEAR_WORDS = re.compile(r"\b(?:years?|period|quarters?|annual(?:ly)?)\b", re.I)


def _points_elsewhere(sentence: str) -> bool:
    """Whether a figure's sentence only points to where the text sets the figure out and says nothing of its years:
    a figure restated from a section, table or report ("That the Commissioner approves the allocation of £1,430,000
    set out in section 2") keeps no period (README, period_start: null when the text gives none for it)."""
    return bool(_POINTS_ELSEWHERE.search(sentence)) and not find_periods(sentence)[0] \
        and not _YEAR_WORDS.search(sentence)


#: a question's words reporting another account of a figure: "The Commissioner's press release of 12 December said
#: Staffordshire will receive £798,400 …"
_ANOTHER_ACCOUNT_SAID = re.compile(r"\b(?:said|says|stated|states|showed|shows?|announced|reported|quoted|claimed)\b", re.I)


def _quoted_in_a_question(line: str, sentence: str, at: int) -> bool:
    """Whether a figure is one a member's question quotes from another account and asks about: its sentence reports
    what that account said, naming no year, and a question follows on its line ("… said Staffordshire will receive
    £798,400 from the Home Office … What period does that cover?"). The question quotes; the answer states: the
    figure takes no year from the release or the answer (README, "Figures quoted in questions")."""
    if not _ANOTHER_ACCOUNT_SAID.search(sentence, 0, at) or find_periods(sentence)[0] or _YEAR_WORDS.search(sentence):
        return False
    after = line.find(sentence[at:at + 40]) if sentence[at:at + 40] else -1
    return after >= 0 and "?" in line[after:]


#: a figure's own clause saying it is paid in each of several years: "… to the grant in each of 2024-25 and 2025-26",
#: "made up of £262,000 in each of the two years", "two equal instalments of £565,000, one in each year"
_EACH_OF_THE_YEARS = re.compile(r"\b(?:in|for) each (?:year\b|of (?:(?:the|those|these) (?:\w+ ){0,2}years\b|(?=" + YEAR_FORM + r")))",
                                re.I)


def _in_each_of_the_years(sentence: str, at: int, end: int) -> bool:
    """Whether the words after a figure, in its own clause and before the next figure, say it is paid in each of the
    years of its span: then it is one fact for each of those years (README, "Yearly rates")."""
    nxt = MONEY_TOKEN.search(sentence, end)
    stop = min(_clause_of(sentence, at)[1], nxt.start() if nxt else len(sentence))
    semi = sentence.find(";", end)
    stop = min(stop, semi) if semi >= 0 else stop
    return bool(_EACH_OF_THE_YEARS.search(sentence, end, max(end, stop))) \
        or bool(_ONE_IN_EACH.match(sentence, max(end, stop)))


#: a clause set off after a figure that hands it out one to a year: "two equal instalments of £565,000, one in each
#: year", "payments of £40,000, one for each of the two years" (the figure's own words, though past its comma)
_ONE_IN_EACH = re.compile(r"\s*,?\s*(?:one|a payment|an instalment)\s+(?:in|for) each (?:year\b|of (?:the|those|these) "
                          r"(?:\w+ )?years\b)", re.I)


def _one_a_year(d: _Draft) -> list[_Draft]:
    """A sum paid in each year of its span, once for each year (``d`` itself when its period is one year or none)."""
    from dataclasses import replace
    if d.period is None or d.period[0] == d.period[1]:
        return [d]
    first, last = int(d.period[0][:4]), int(d.period[1][:4])
    return [replace(d, period=(_fy_text(y), _fy_text(y))) for y in range(first, last + 1)]


#: the words between two figures of one clause whose second leaves the verb out: "Blackpool Council is adding £25,000
#: and Blackburn with Darwen Borough Council £20,000 to the grant in 2025/26" (a name, then straight to its figure)
_ELLIPTICAL_PAIR = re.compile(r"\s*,?\s*and\s+(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+(?:(?:with|and|of|upon|on|in|&)\s+)?){1,7}"
                              r"(?:['’]s\s+)?")


#: two figures joined as the subjects of one verb: "The grant's second year, £380,500, and £90,000 of my match funding
#: are committed … in 2025/26", "£40,000 from the council and the commissioner's £25,000 were both spent in 2024/25"
_AND_BEFORE_A_FIGURE = re.compile(r"\s*\)?\s*,?\s*and\s+(?:(?:the|my|our|his|her|its|their|a further|another)\s+)?"
                                  r"(?:(?:[A-Z][\w'’&-]*\s+){1,4}?['’]s\s+|(?:commissioner|council|mayor)['’]s\s+)?(?:own\s+)?", re.I)
_PLURAL_VERB = re.compile(r"\b(?:are|were|have|both|between them|together)\b", re.I)


def _compound_subject(sentence: str, end: int, next_at: int, next_end: int) -> bool:
    """Whether two figures are the joined subjects of one verb whose clause, after the second, gives the year: the
    verb agrees with both ("… £380,500, and £90,000 of my match funding are committed to the contracts in 2025/26")."""
    stated = find_periods(sentence[next_end:])[0]
    return bool(_AND_BEFORE_A_FIGURE.fullmatch(sentence, end, next_at)) and bool(stated) \
        and bool(_PLURAL_VERB.search(sentence, next_end, next_end + stated[0][0]))


def _year_after_an_elliptical_pair(sentence: str, at: int, end: int, next_at: int, next_end: int) -> bool:
    """Whether a year printed after the second of two figures joined as "£A and <Name> £B … in 2025/26" is the first's
    too: the second clause leaves out the verb, or both figures are its subjects, so the year stated once closes both."""
    return (bool(_ELLIPTICAL_PAIR.fullmatch(sentence, end, next_at)) and bool(find_periods(sentence[next_end:])[0])
            or _compound_subject(sentence, end, next_at, next_end)) and not MONEY_TOKEN.search(sentence[next_end:])


#: a figure's own clause saying when it is paid, a few words on: "My own contribution of £30,000 will be paid in one
#: sum in April 2025" (a month and year, not the start of a span: "in April 2025 to March 2026")
_PAID_IN_MONTH = re.compile(
    r"\b(?:paid|payable|due|released|transferred)\b(?:\s+[\w-]+){0,4}?\s+(?:in|on|during)\s+" + _point("p_")
    + NOT_A_SPAN_START, re.I)


#: a payment named with its date just before its figure: "the payment on 08/10/2024 as £18,540", "the instalment
#: due in July 2025, £50,000", "the tranche paid on 1 October 2025 of £95,000"
_PAYMENT_DATED = re.compile(
    r"\b(?:payment|instalment|installment|tranche|transfer)\s+(?:(?:made|paid|due|released|sent|dated)\s+)?(?:on|in|of|dated)?\s*"
    + _point("p_") + NOT_A_SPAN_START + r"[^£.;]{0,40}$", re.I)


def _year_paid_in(sentence: str, at: int, end: int) -> tuple[str, str] | None:
    """The financial year a figure is paid in, from the date its own clause gives after it, before any next figure,
    or gives its payment just before it (:func:`_year_of_the_payment_before`)."""
    nxt = MONEY_TOKEN.search(sentence, end)
    stop = min(_clause_of(sentence, at)[1], nxt.start() if nxt else len(sentence))
    m = _PAID_IN_MONTH.search(sentence, end, max(end, stop))
    if m and _month_at(m, "p_"):
        return (_fy_text(_fy_of(m)),) * 2
    return _year_of_the_payment_before(sentence, at)


def _year_of_the_payment_before(sentence: str, at: int) -> tuple[str, str] | None:
    """The financial year of a payment its own clause dates just before its figure, after any figure before ("listed
    the payment on 14/11/2024 to the provider as £21,730")."""
    before = [t.end() for t in MONEY_TOKEN.finditer(sentence, 0, at) if t.end() <= at]
    m = _PAYMENT_DATED.search(sentence, max([_clause_of(sentence, at)[0]] + before), at)
    return (_fy_text(_fy_of(m)),) * 2 if m and _month_at(m, "p_") else None



#: "over the same period" said with no period printed in its sentence: the span the text is about
_THE_SAME_PERIOD = re.compile(r"\b(?:over|across|for|during|in) (?:the|that) same period\b", re.I)


def _same_periods_spans(rel) -> dict[str, tuple[str, str]]:
    """For each sentence saying "over the same period" and printing no period, the last span of several years printed
    before it with money: "… £1,106,800 for April 2025 to March 2027", "… £150,000 to the grant for 2025-26 only", then "the Home
    Office … will spend about £38m … over the same period" (the span the text is about, not the top-up's one year)."""
    out: dict[str, tuple[str, str]] = {}
    last = None
    for _, sentence, _ in _logical(rel):
        printed = find_periods(sentence)[0]
        if _THE_SAME_PERIOD.search(sentence) and not printed and last is not None:
            out.setdefault(sentence, last)
        spans = [p[2:] for p in printed if p[2] != p[3]]
        if spans and MONEY_TOKEN.search(sentence):  # (a span of money: "212 men were referred in 2023-24 and 2024-25" is not)
            last = spans[-1]
    return out


#: words of a figure's own clause that speak of the year or years it covers without printing them: "for the year",
#: "this year", "the year's", "over the next two years", "across the two years"
_YEARS_COUNTED = re.compile(r"\b(?:(?:for|in|during) the year\b(?!\s+(?:to|ending|ended|before|after)\b)|this (?:financial )?year\b|"
                            r"the year['’]s\b|(?:over|across|for) the (?:next |same |coming )?(?P<n>two|three|four|five) years\b)", re.I)


def _own_stretch(sentence: str, at: int, end: int) -> str:
    """A figure's own stretch of its clause: the clause's words between the figures either side of it."""
    lo, hi = _clause_of(sentence, at)
    before = [m.end() for m in MONEY_TOKEN.finditer(sentence, lo, at)]
    nxt = MONEY_TOKEN.search(sentence, end)
    return sentence[before[-1] if before else lo : min(hi, nxt.start()) if nxt else hi]


def _own_clause_counts_the_years(sentence: str, at: int, end: int, span) -> bool:
    """Whether a figure's own clause, between the figures either side of it, speaks of the years ``span`` covers
    without printing them: "for the year" or "this year" when ``span`` is one year ("The grant letter for the year gives
    the award as £204,570"), "over the next two years" when it is two ("will receive £612,000 … over the next two
    years"). Then the release's span is the figure's own, even where it restates another figure."""
    for m in _YEARS_COUNTED.finditer(_own_stretch(sentence, at, end)):
        n = parse_count(m.group("n")) if m.group("n") else 1
        if int(span[1][:4]) - int(span[0][:4]) + 1 == n:
            return True
    return False


_ORDINALS = {"first": 1, "one": 1, "second": 2, "two": 2, "third": 3, "three": 3, "fourth": 4, "four": 4, "fifth": 5,
             "five": 5}
#: "the second year of", "year two of", "the final year of": which year of a span a figure is
_WHICH_YEAR_OF = re.compile(r"\b(?:(?P<o>first|second|third|fourth|fifth|final|last) year|year (?P<n>one|two|three|four|"
                            r"five|\d))\s+of\b", re.I)


def _nth_year_of_its_span(sentence: str, at: int, end: int, period) -> tuple[str, str] | None:
    """The one year of a span the words after a figure name it as, before printing that span: "£512,400 from the Home
    Office, the second year of the two-year grant that ran from April 2023 to March 2025" is 2024-25 (the span is the
    grant's, the figure one year of it)."""
    if period is None or period[0] == period[1]:
        return None
    nxt = MONEY_TOKEN.search(sentence, end)
    stretch = sentence[end : nxt.start() if nxt else len(sentence)].split(";")[0]  # (an appositive after a comma too)
    spans = [p for p in find_periods(stretch)[0] if p[2:] == tuple(period)]
    m = _WHICH_YEAR_OF.search(stretch)
    if not m or not spans or m.start() > spans[0][0] or find_periods(stretch[m.end() : spans[0][0]])[0]:
        return None
    first, last = int(period[0][:4]), int(period[1][:4])
    word = (m.group("o") or m.group("n")).lower()
    year = last if word in ("final", "last") else first + (int(word) if word.isdigit() else _ORDINALS[word]) - 1
    return (_fy_text(year),) * 2 if first <= year <= last else None



#: words by which a rate's own clause names or counts its years without printing a period: "in each of the two
#: years", "for three years", "both years", "over the same period", "from April 2025", "until March 2026"
_RATES_YEARS = re.compile(r"\b(?:each of|both (?:of )?(?:the |those |these )?(?:financial )?years|(?:two|three|four|five|\d)[- ](?:financial[- ])?years?|"
                          r"the same (?:period|years?|two|three)|(?:from|until|till|to|starting|beginning|commencing)\s+"
                          r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + _MONTH_NAME + r"|the (?:funding|grant|contract) period)", re.I)


def _rate_names_no_years(sentence: str, at: int, end: int) -> bool:
    """Whether a yearly rate's own words, from its clause's start (or the figure before it) to the next figure, a
    semicolon or the sentence's end, print no period and name or count no years: "£12,000 a year paid by a housing
    association", after another figure's "in 2025-26" (README, "Yearly rates": one fact with period null)."""
    lo, _ = _clause_of(sentence, at)
    before = [m.end() for m in MONEY_TOKEN.finditer(sentence, lo, at)]
    nxt = MONEY_TOKEN.search(sentence, end)
    stretch = sentence[before[-1] if before else lo : nxt.start() if nxt else len(sentence)].split(";")[0]
    return not find_periods(stretch)[0] and not _RATES_YEARS.search(stretch)


#: a decision's resolution: "7.1 That the Commissioner accepts …", "2.1 That Cabinet approves …", "RESOLVED that the
#: Executive notes …"
_RESOLUTION = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:RESOLVED:?\s+)?that\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}"
                         r"(?:(?:is\s+asked\s+to|agrees\s+to)\s+)?(?:accepts?|approves?|notes?|endorses?|agrees?)\b", re.I)


def _resolution_restating(sentence: str, at: int, end: int) -> bool:
    """Whether a figure is restated in a decision's resolution ("That the Commissioner accepts the Home Office grant of
    £884,600, approves the spending plan …") with no years in its own words: the award is set out, with its years, in
    the body of the record; the resolution gives none for it (README, period_start: null when the text gives none)."""
    return bool(_RESOLUTION.match(sentence)) and _rate_names_no_years(sentence, at, end)


#: a figure's own clause saying the money comes out of the fund or round the text has named: "about £350,000 from the
#: fund", "£150,000 from the same scheme", "£2.4m in all from the round" (not "from the last round", another one)
_FROM_THE_FUND = re.compile(r"[^.;£]{0,60}?\b(?:from|out of|of|under)\s+(?:the|that|this)\s+(?:same\s+|new\s+|national\s+)?"
                            r"(?:fund|round|scheme|pot|funding round|programme fund)\b", re.I)


#: a figure's own words placing it in the round before the one the text is about: "shared £486,000 from the last
#: round", "about £7.6m in the previous round", "under the earlier tranche"
_THE_LAST_ROUND = re.compile(r"\b(?:the|its|their)\s+(?:last|previous|earlier|first)\s+(?:funding\s+)?(?:round|tranche)\b",
                             re.I)


def _figures_of_the_last_round(rel, drafts: list[_Draft], said: dict) -> None:
    """A figure with no years of its own that its own words place in "the last round" takes the span the text names
    as a round ending before another span it gives ("Thames Valley had about £1.2m in the 2024 to 2026 round …
    Staffordshire and West Mercia shared £486,000 from the last round" → 2024-25..2025-26): the earlier statement
    that names that round's years governs it. Several such rounds, or none, leave it with none."""
    named = set().union(*(_rounds_named(s) for _, s in rel.sentences))
    stated = {p[2:] for _, s in rel.sentences for p in find_periods(s)[0]}
    earlier = {r for r in named if any(q[0] > r[1] for q in stated)}
    if len(earlier) != 1:
        return
    span = earlier.pop()
    for d in drafts:
        if d.period is None and d.role != "context" and id(d) in said:
            sentence, at = said[id(d)]
            if _THE_LAST_ROUND.search(_words_of_its_own(sentence, at, at + len(d.amount.text))):
                d.period, d.period_basis = span, "round"


#: a figure's own words placing it in the round the text is about: "to £7.46m in this one" (after "the last round"),
#: "£2.1m under the new round", "in the current tranche"
_THIS_ROUND = re.compile(r"\b(?:in|from|under|for|of)\s+(?:this|the\s+(?:new|current|latest|present))\s+(?:funding\s+)?"
                         r"(?:round|tranche|one\b(?!-))\b", re.I)  # (not "the new one-to-one service")


def _figures_of_this_round(drafts: list[_Draft], said: dict, release_period) -> None:
    """A figure with no years of its own that its own words place in "this round" (against "the last round") takes
    the release's period, the round the text is about ("Home Office money falls from about £7.6m in the last round to
    £7.46m in this one")."""
    if release_period is None:
        return
    for d in drafts:
        if d.period is None and id(d) in said and not d.bad_year:
            sentence, at = said[id(d)]
            own = _words_of_its_own(sentence, at, at + len(d.amount.text))
            if _THIS_ROUND.search(own) and re.search(r"\b(?:round|tranche)\b", sentence, re.I):
                _lend_period(d, release_period, "round")


def _names_its_round(sentence: str, at: int, end: int) -> bool:
    """Whether a figure's own words place it in the last round or in this one ("£7.6m in the last round", "£7.46m in
    this one"): its years are that round's, not a span read from other figures."""
    own = _words_of_its_own(sentence, at, end)
    return bool(_THE_LAST_ROUND.search(own) or _THIS_ROUND.search(own))


def _words_of_its_own(sentence: str, at: int, end: int) -> str:
    """The words of a figure's clause that are its own: after it up to the next figure, and before it only when no
    figure comes before it in its clause ("falls from about £7.6m in the last round to £7.46m in this one": "in the
    last round" is the first figure's, not the second's)."""
    lo, hi = _clause_of(sentence, at)
    nxt = MONEY_TOKEN.search(sentence, end)
    after = sentence[end : min(hi, nxt.start()) if nxt else hi]
    before = "" if MONEY_TOKEN.search(sentence, lo, at) else sentence[lo:at]
    return before + " … " + after


def _outside_the_round(d: _Draft, said: dict) -> bool:
    """Whether a figure of a round-up whose round has a payer is not said to be a share of the round: it has no payer
    (none named, and the round's not lent it: "A further £18,000 for training has been found, although the office
    would not say who is paying it") and its own clause does not say it comes from the round ("the four areas take
    £1,730,500 of the round"). Such money does not take the round's period (README, "Areas' shares of a round with
    its period"). (The caller asks only where the round's payer is known: in "Four forces have been awarded £1.9m
    over 2026/27 and 2027/28. Gwent: £512,300 …" no figure has one, and every share takes the round's years.)"""
    if d.funder or id(d) not in said:
        return False
    sentence, at = said[id(d)]
    return not _FROM_THE_FUND.match(sentence, at + len(d.amount.text))


def _shares_of_the_fund_take_its_period(drafts: list[_Draft], said: dict, round_period=None) -> None:
    """A figure with no years of its own that its own clause says comes from the fund or round named before it ("The
    Home Office's £26 million fund for 2026-28 … A neighbouring force is understood to have won about £350,000 from
    the fund") takes the fund's period, as a share of a round with its period (README, "Areas' shares of a round with
    its period", named or unnamed areas); where the fund's size is stated with no period, or not at all, the round's
    period a round-up's lead gives (``round_period``: "£2.9m coming to the region over the two years from April 2024
    … A further £150,000 from the same scheme has gone to a regional pilot")."""
    for k, d in enumerate(drafts):
        if d.period is not None or d.role == "context" or d.bad_year or id(d) not in said:
            continue
        sentence, at = said[id(d)]
        if not _FROM_THE_FUND.match(sentence, at + len(d.amount.text)):
            continue
        fund = next((x for x in reversed(drafts[:k]) if x.role == "context" and x.line <= d.line), None)
        if fund is not None and fund.period is not None:
            _lend_period(d, fund.period, "round")
        elif round_period is not None:
            _lend_period(d, round_period, "round")
