"""Reading tables and labelled field blocks into draft awards (``_table_drafts``, ``_funding_fields``):
year columns, two-row headings, payer columns, two-way tables, dated rows, and rows unrelated to the money.
"""

from __future__ import annotations

from funding.core import patterns as re

from funding.core.money import MONEY_TOKEN
from funding.parse.releases.vocabulary import _candidates, _first
from funding.parse.releases.text import COST_CENTRE_HEADING, _TOTAL_ROW, _cells, _UNIT_HEADINGS, _aligned_cells
from funding.parse.releases.places import find_areas
from funding.parse.releases.periods import (
    _fy, _fy_text, _month_at, _point, real_date, find_periods, whole_years_in_months, years_written,
)
from funding.parse.releases.amounts.figures import as_stated, _Draft, _sums_to
from funding.parse.releases.amounts.figures import _lend_period
from funding.parse.releases.amounts.payers import _defined_funder, _note_row_funder, _names_grantor, _RAISED_BY_A_CHARITY, \
    _OUTSIDE_BODY, _ON_FUNDER_LIST, _charitys_own_label
from funding.parse.releases.amounts.areas import _NAMED_TOTAL_ROW, _COUNCIL_NAME


def _table_title(lead: str) -> bool:
    """Whether a line over a table is its title or caption, a phrase and not a sentence ("Peterborough perpetrator
    service budget, 2025-26", an HTML <caption>): the one year it names is the rows'."""
    # (a financial year as written, "2025-26", "2025/26": months in a title, "April to June 2024", are the quarter a
    # register reports on, not the years its contracts are for)
    # (or whole financial years in months, "BUDGET, APRIL 2025 TO MARCH 2027", "1 April 2024 to 31 March 2025", not
    # as an entry's field, "**Term:** 1 April 2024 to 31 March 2026", which is that entry's term)
    return bool(lead) and not re.search(r"[.!?;,]['\"”’)]?$", lead) and len(lead.split()) <= 14 \
        and (years_written(lead) or whole_years_in_months(lead) and not _FIELD.match(lead))


#: a field of an entry or notice: "Indicative value: …", "- Contract term: …", "**Funding:** …"
_FIELD = re.compile(r"^\W*([A-Z][\w'’ /()-]{1,40}?)\s*(?:\*\*)?:")
#: a field naming who pays: "Funding:", "Funded by:", "Source of funding:", "Paid for by:", "Funder:"
_FUNDING_FIELD = re.compile(r"^(?:funding(?: sources?| streams?| source\(s\)| stream\(s\))?|funded (?:by|from)|funders?|source(?: of funding)?|"
                            r"(?:paid|met) (?:for )?(?:by|from)|who pays)$", re.I)


#: a form's numbered field: "1.4 Funding stream(s): …", "2.1 Total grant award: …"
_NUMBERED_FIELD = re.compile(r"^\s*\d+(?:\.\d+)+\.?\s+[A-Za-z][^:|\t]{1,60}:")


def _field_block(rel, number: int, reach: int = 4) -> list[int]:
    """The other lines of the block of fields a line is in: its neighbours up to ``reach`` lines away, up to a blank
    line; for a form's numbered field ("2.1 Total grant award: …"), every numbered field of the form, whose sections
    one set of fields runs across ("1.4 Funding stream(s): …" in the section above)."""
    if _NUMBERED_FIELD.match(rel.line_text(number) or ""):
        return [l.number for l in rel.lines if l.number != number and _NUMBERED_FIELD.match(l.text)]
    out = []
    for step in (1, -1):
        n = number + step
        while abs(n - number) <= reach and rel.line_text(n).strip():
            out.append(n)
            n += step
    return out


#: a form field's number before its label ("2.1 ")
_NUMBER_OFF = re.compile(r"^\s*\d+(?:\.\d+)+\.?\s+")


def _several_payers_named(head: str, terms) -> bool:
    """Whether a funding field's words name two or more payers ("Home Office fund (via OPCC); OPCC Community Safety
    Fund (match)")."""
    named = {v for v, p in _candidates(terms.get("funder", ()), head) if p.search(head)}
    return len(named | ({"PCC"} if _first(terms.get("own_funding", ()), head) else set())) > 1


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
        field = _FIELD.match(_NUMBER_OFF.sub("", rel.line_text(d.line)))
        if d.table or d.whole is not None or d.role not in ("grant", "total") or not field \
                or _FUNDING_FIELD.match(field.group(1).strip()):
            continue
        for n in _field_block(rel, d.line):
            other = _FIELD.match(_NUMBER_OFF.sub("", rel.line_text(n)))
            if not other or not _FUNDING_FIELD.match(other.group(1).strip()):
                continue
            words = _NUMBER_OFF.sub("", rel.line_text(n))[other.end():]
            pieces = [x for x in lines.get(n, []) if x.whole is None and x.role not in ("context", "total")]
            if len(pieces) >= 2 and sum(x.amount.pence for x in pieces) == d.amount.pence and not d.funder:
                d.role, d.part_of = "total", None
                d.across = len({x.funder for x in pieces}) > 1
                for x in pieces:
                    x.role, x.whole, x.part_of = "part", d, d.line
                    _lend_period(x, d.period, "restated")
                break
            head = MONEY_TOKEN.split(words)[0]
            if d.funder and not (d.funder_basis == "default" and _several_payers_named(head, terms)) \
                    or _first(terms.get("negation", ()), head):
                break
            named = sorted((m.start(), v) for v, p in _candidates(terms.get("funder", ()), head)
                           for m in [p.search(head)] if m)
            own = _first(terms.get("own_funding", ()), head)
            if len({v for _, v in named} | ({"PCC"} if own else set())) > 1:
                if d.funder_basis == "default" and d.role == "grant":
                    d.funder, d.funder_basis = "", "clause"  # (a payer lent to it from elsewhere is not one of them)
                break  # ("Funding: the Commissioner's own budget and, if the bid succeeds, the Home Office grant":
                # several payers' money, no one payer's: README, "Payer said once")
            if named:  # (the funding field's own words name the payer)
                d.funder, d.funder_basis = named[0][1], "clause"
            elif own:
                d.funder, d.funder_basis = "PCC", "clause"
            if own and d.funder == "PCC" and d.role == "grant":
                d.role = "own_funding"
            break


def _year_fields_of_a_span_field(rel, drafts: list[_Draft]) -> None:
    """A form's field stating a sum over several years ("2.1 Total grant award (two years): £400,000") followed, in its
    block of fields, by fields each stating one year's sum within that span ("2.2 Award for 2025-26: £195,000", "2.5
    Award for 2026-27: £205,000") that add up to it exactly: those are its per-year parts (README: part), keeping the
    payer their own label names, else the whole's (the sub-fields of a year, "of which …", stay that year's parts)."""
    for w in drafts:
        if w.table or w.whole is not None or w.role not in ("grant", "total") or not w.period \
                or w.period[0] == w.period[1] or not _FIELD.match(_NUMBER_OFF.sub("", rel.line_text(w.line))):
            continue
        block = set(_field_block(rel, w.line, reach=12))
        years = [x for x in drafts if x.line in block and x.line > w.line and not x.table and x.whole is None
                 and x.role in ("grant", "total") and x.period and x.period[0] == x.period[1]
                 and w.period[0] <= x.period[0] <= w.period[1] and x.code == w.code]
        if len(years) < 2 or len({x.period for x in years}) != len(years) \
                or sum(x.amount.pence for x in years) != w.amount.pence:
            continue
        for x in years:
            x.role, x.whole, x.part_of = "part", w, w.line
            if x.funder_basis != "clause" or not x.funder:
                x.funder, x.funder_basis = w.funder, "whole"


#: what money pays for that is no domestic-abuse work (README: "roads, a library, a sports club"): roads and their
#: repair, libraries, seafronts, sports grounds, street cameras and lights, rural and wildlife crime kit, cyber-crime
_UNRELATED_WORDS = re.compile(r"\b(?:pot-?holes?|roads?|resurfac\w*|librar(?:y|ies)|seafront|promenade|"
                             r"sports? (?:club|pitch|ground|centre|hall)s?|(?i:leisure (?:centre|operator|contract)s?)|swimming pools?|CCTV|"
                             # (a transport authority's other business: bus fares and their caps)
                             r"(?i:bus (?:fares?|routes?|services?)|fare caps?)|"
                             # (a staff body's care of its own members: its welfare or benevolent fund, a rest day)
                             r"(?i:(?:welfare|benevolent) funds?|decompression days?)|"
                             r"street ?lights?\w*|gritting|car parks?|trail cameras?|speed cameras?|quad[- ]bikes?|"
                             r"farms?|livestock|fly-?tipping|rural crime|wildlife crime|cyber-?crime|"
                             # (a garden's upkeep: "for the volunteers' garden", "gardening tools")
                             r"gardens?|gardening|"
                             # (another charity's cause: money raised for a hospice or an animal rescue)
                             r"(?i:hospices?|animal (?:rescue|sanctuary|shelter)s?)|"
                             # (a landlord's upkeep of its homes: "new kitchens and bathrooms", "boiler replacements")
                             r"(?i:kitchens?|bathrooms?|(?:boiler|window|roof|door)s? (?:replacements?|renewals?)|"
                             r"damp and mould)|"
                             # (another club's or parish's building: "to repair the scout hut", "the village hall roof";
                             # not a hall hired for the work, "to hire the church hall where the men's group meets")
                             r"(?i:scout huts?|(?:village|church) halls?(?:['’]s)?\s+(?:roof|repairs?|refurbishment|renovation|"
                             r"extension|heating|windows?|toilets?|car park)|(?:repair|refurbish|renovat|rebuild|re-?roof)\w*\s+"
                             r"(?:of\s+)?(?:the\s+|a\s+|our\s+)?(?:village|church) halls?)|"
                             # (a budget report's other services: youth diversion, anti-social behaviour teams)
                             r"youth diversion|anti-?social behaviour|"
                             # (a youth justice service's early help for children at risk of offending: "for children
                             # on the edge of the justice system", "young people on the edge of offending")
                             r"(?i:(?:children|young people|teenagers)\s+on\s+the\s+edge\s+of\s+(?:the\s+)?(?:youth\s+)?"
                             r"(?:justice system|criminal justice system|offending|crime))|"
                             # (a town or parish council's other business in its minutes: its lights, shelters,
                             # plots, grounds and the month's list of payments)
                             r"(?i:christmas lights|festive lighting|bus shelters?|allotments?|schedule of payments|"
                             r"grass[- ]cutting|play (?:areas?|parks?)|public (?:toilets?|conveniences)|war memorials?|"
                             r"hanging baskets?|floral displays?|"
                             # (a probation or youth team's community work: its tools, skips and paths)
                             r"skips|skip hire|litter[- ]pick\w*|footpaths?|towpaths?|community payback|unpaid work|"
                             # (an office's own running costs and reviews: its building, rent and services named as
                             # the office's, a recharge for its rooms or building, a review of its complaints handling or estates; not "its staff, rent and
                             # cleaning" said of a service)
                             r"office (?:accommodation|rent|utilities|cleaning)|accommodation recharges?|"
                             r"recharges?(?=[^.]{0,60}\b(?:rooms|accommodation|premises|building|heating)\b)|"
                             r"(?:rent|utilities|cleaning) (?:for|of) (?:the|our|its) (?:office|headquarters)|complaints handling|"
                             r"estates? strateg(?:y|ies)))\b")


#: the teams named in a budget report's other services ("youth diversion", "anti-social behaviour"), which often host
#: this genre's work too: a line naming them is other work only when it names no service of this genre
_ANTISOCIAL_WORDS = r"anti-?social behaviour"
_HOST_TEAM = re.compile(r"youth diversion|" + _ANTISOCIAL_WORDS)
#: "anti-social behaviour" (a council's or force's nuisance work), one of those teams: its "behaviour" is nobody's abuse
#: of a partner (prose reads a sentence's abuse words without it)
_ANTISOCIAL = re.compile(rf"\b{_ANTISOCIAL_WORDS}\b", re.I)


def _names_a_service(text: str) -> bool:
    """Whether a line names a service of this genre by the component terms ("the Choices course for men", "weekly
    sessions for teenagers who lash out at their mums and dads"); a team's own caseworkers are no such service."""
    from funding.parse.releases.components import _component_terms, _kinds
    terms = _component_terms()
    return any(k != "case_management" for k in _kinds(text, terms.get("kind", ()), terms.get("weak", ())))


def _names_unrelated_work(text: str) -> bool:
    """Whether a line names work unrelated to domestic abuse (:data:`_UNRELATED_WORDS`), except a line whose only such
    words name a host team ("youth diversion", "anti-social behaviour") and which names a service of this genre ("has
    given £30,000 to the youth diversion team to run weekly sessions for teenagers who lash out at their mums and dads")."""
    found = [m.group(0) for m in _UNRELATED_WORDS.finditer(text)]
    return bool(found) and not (all(_HOST_TEAM.fullmatch(w) for w in found) and _names_a_service(text))

#: a payments list's "Cost centre": beside a column describing each payment it is the budget charged, a name like the
#: funder's ("DA Perpetrators - Home Office grant", "Victims - Ministry of Justice grant", "Estates"); with no such column
#: it says what the payment is for ("| Safe Futures CIC | Domestic Abuse Perpetrator Programme | £21,500 |"), so its
#: words are the row's work
_COST_CENTRE_COLUMN = re.compile(rf"^\W*{COST_CENTRE_HEADING}\W*$", re.I)
#: a column heading naming who pays for each row: "Funder", "Funded by", "Funding source", "Paid by", "Who pays"; and
#: a payments list's "Cost centre" (:data:`_COST_CENTRE_COLUMN`)
_FUNDER_COLUMN = re.compile(r"\bfunders?\b|\bfunded (?:by|from)\b|\bsource\b|^\W*funding(?: stream)?\W*$|"
                            r"\b(?:paid|met|provided|given) (?:for )?(?:by|from)\b|\bpayer\b|\bwho pays\b|"
                            + _COST_CENTRE_COLUMN.pattern, re.I)

#: a funder column's heading that names who pays (not a stream's or source's description: "Funding stream")
_PAYER_COLUMN = re.compile(r"\bfunders?\b|\bfunded (?:by|from)\b|\b(?:paid|met|provided|given) (?:for )?(?:by|from)\b|"
                           r"\bpayer\b|\bwho pays\b", re.I)
#: a payer cell naming partners alone ("Partners", "Local partners", "Partners (housing, probation)")
_PARTNERS_CELL = re.compile(r"\W*(?:(?:local|delivery|other|funding|community safety)\s+)?partners?(?:['’]s?)?"
                            r"(?:\s+(?:contributions?|funding|money|match(?:\s+funding)?))?\s*(?:\([^)]*\))?\W*$", re.I)

#: a heading over a table's row labels calling the bodies in its rows partners: "Funding partner", "Partners",
#: "Contributing partner", "Partner organisation", "Partner (£)"
_PARTNERS_HEADING = re.compile(r"^\W*(?:(?:funding|contributing|delivery|local)\s+)?partners?"
                               r"(?:\s+(?:organisations?|bod(?:y|ies)|agenc(?:y|ies)))?\s*(?:\([^)]*\))?\W*$", re.I)

#: a table column of a fund's balance at a date, and of its spending: accounts, not money received
_STOCK_COLUMN = re.compile(r"\b(?:balances?|brought forward|carried forward|b/f|c/f|opening|closing|reserves?)\b", re.I)
_SPEND_COLUMN = re.compile(r"\b(?:expenditure|spent|spend|spending|outgoings|payments? made)\b", re.I)


#: a column of money moved between a charity's funds ("Transfers", "Transfers between funds", "Transfers in/out"): a
#: movement in the accounts, not money received
_TRANSFER_COLUMN = re.compile(r"^\W*transfers?(?:\s+(?:in|out|in/out|between funds))?\W*$", re.I)
#: a table heading's opening date "1 April 2022" (a fund's balance at the start of the year) and closing date
#: "31 March 2023" (its balance at the end)
_YEAR_OPENS = re.compile(r"\b1(?:st)?\s+April\s+(20\d\d)\b", re.I)
_YEAR_CLOSES = re.compile(r"\b31(?:st)?\s+March\s+(20\d\d)\b", re.I)


def _year_of_movements(header) -> tuple[str, str] | None:
    """The financial year a table of a year's movements covers, read from its headings' dates: a balance "at 1 April
    2022" and another "at 31 March 2023" (the columns of a charity's funds note) bound 2022-23, which the table's
    income, spending and transfer columns are for. None unless the headings name both ends of one financial year."""
    heads = " ".join(header or ())
    opens, closes = _YEAR_OPENS.search(heads), _YEAR_CLOSES.search(heads)
    if not opens or not closes or int(closes.group(1)) != int(opens.group(1)) + 1:
        return None
    year = _fy_text(int(opens.group(1)))
    return (year, year)


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


#: a column heading over one quarter of a year: "Q1", "Quarter 2", "Q3 2026-27", "Apr-Jun", "October to December"
_QUARTER_HEAD = re.compile(r"^\W*(?:Q[1-4]|Quarter\s*[1-4]|(?:Apr|Jul|Oct|Jan)[a-z]*\.?\s*(?:-|–|to)\s*(?:Jun|Sep|Dec|Mar)[a-z]*)\b",
                           re.I)
#: a column heading naming the year the quarters make up: "Year", "Annual", "Year total", "2026-27", "For the year"
_YEAR_OF_QUARTERS_HEAD = re.compile(r"^\W*(?:(?:the|for the|whole|annual)\s+)?(?:year|annual|annually|20\d\d\s*[-/–]\s*\d\d(?:\d\d)?)"
                                    r"(?:\s+(?:total|sum))?\s*(?:\([^)]*\))?\W*$", re.I)


def _sums_the_quarter_columns(head: str, header) -> bool:
    """Whether a column heading names the year that the table's quarter columns divide, so that its cells are each
    row's total of them: "Year", "Annual" or "2026-27" beside "Q1 | Q2 | Q3 | Q4" (README, "Row totals over years":
    a row's sum over its columns, the columns here being the quarters of one year)."""
    quarters = [h for h in header or () if h != head and _QUARTER_HEAD.match(h)]
    return len(quarters) >= 2 and bool(_YEAR_OF_QUARTERS_HEAD.match(head))


#: a column heading over a yearly rate, not a sum for a period: "Annual value", "Per year", "£ p.a."
_RATE_HEAD = re.compile(r"\b(?:annual|annually|yearly|per (?:year|annum)|a year|each year|p\.?a\.?)(?!\w)", re.I)


#: words in brackets naming a grant or budget: "(Home Office perpetrator grant)", "(Commissioner's own budget)"
_MONEY_IN_BRACKETS = re.compile(r"\(([^()]*\b(?:grant|budget|money|funding|fund|allocation)\b[^()]*)\)", re.I)


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
            and (piece.period is None or x.period is None or piece.period == x.period)
            and not getattr(x, "col_payer", False)]
    # (a cell under a column headed by its payer, in a table whose rows are services, "| Group programme | £244,600 |"
    # under "Home Office", is that service's money, not the funder's money for one year)
    # (a row as large as the award is the award itself restated: "Home Office grant  £684,270" over the two years)
    # (a row whose year the table's heading gives later, "FUNDING FOR 2024-25" over it, has none yet)
    return rows[-1] if len(rows) == 1 else None


#: a row's description telling what became of its area's bid ("bid turned down", "application rejected", "not funded
#: this round", "no bid submitted"): it is about the round's money itself (a "£0" share), never an unrelated item
_BIDS_FATE = re.compile(r"\b(?:bid|application)s?\b[^|]{0,30}?\b(?:turned down|rejected|refused|unsuccessful|declined|"
                        r"withdrawn|not (?:successful|approved|funded))\b|\b(?:not funded|unfunded|no bid|did not (?:bid|apply)|"
                        r"unsuccessful (?:bid|application))\b", re.I)


#: words naming domestic abuse work itself in a register row or a sentence ("domestic", "abuse", "perpetrator", "stalking",
#: "violence", "IDVA", "coercive"): beside them, a row naming only everyday words ("sessions", "groups", "young people")
#: is about something else
_WORK_ITSELF = re.compile(r"\b(?:domestic|abus\w*|perpetrat\w*|stalk\w*|(?:ex-)?partners?|victims?|survivors?|behaviour\w*|"
                          r"harm\w*|violen\w*|IDVAs?|ISVAs?|advoca\w*|refuges?|safeguard\w*|MARACs?|coercive|controlling)\b", re.I)
#: the kinds of service this genre pays for, named without those words ("Group course for men", "one-to-one work")
_CORE_WORK = re.compile(r"\b(?:courses?|programmes?|one[- ]to[- ]one|case ?(?:manag\w*|work\w*)|interventions?|helplines?|"
                        r"men|fathers?|evaluat\w*|famil\w*|training|trained|"
                        r"group\s+(?:work|sessions?|courses?|programmes?))\b", re.I)
# (whole-family work and training staff to respond to abuse are the work too: "whole-family work", "training for GPs")


#: a row of a payments list or grants table paying for the Home Office's Safer Streets work (neighbourhood crime
#: prevention: alley gates, cameras, lighting, their evaluation): other work than this genre's when the row names none
#: of it ("Contribution to the Safer Streets evaluation"); in prose a "Safer Streets budget" may still pay for a
#: helpline, so only table rows read it
_OTHER_CRIME_FUND = re.compile(r"\bSafer Streets\b")


#: a column heading naming who was paid in a payments list: "Supplier", "Payee", "Paid to", "Vendor", "Creditor"
_PAYEE_COLUMN = re.compile(r"^\W*(?:supplier|payee|vendor|creditor|paid to)s?(?: name)?\W*$", re.I)


def _without_unrelated_rows(drafts: list[_Draft], terms) -> list[_Draft]:
    """Drop the rows of a register or grants list that pay for work unrelated to domestic abuse.

    A table with a description column ("Description", "Service", "Purpose", "What it pays for": the
    ``describes`` terms) some of whose rows name this genre's work (the ``relevant`` terms: abuse,
    perpetrators, partners, a course, an evaluation …) lists other things too ("Winter gritting", "Library
    stock"): a row whose description and cells name none of that work is no fact.  A row that is a piece of
    a stated total stays (its total also covers it), and so does any row of a table with no such column.
    """
    relevant, describes = terms.get("relevant", ()), terms.get("describes", ())
    by_table: dict[tuple, list[_Draft]] = {}
    for d in drafts:
        if d.table and getattr(d, "header", None):
            # (by its header too: two tables the reader numbers alike, a funding table and a reserves table under it,
            # are each read against their own columns)
            by_table.setdefault((d.table, tuple(d.header)), []).append(d)
    drop: set[int] = set()
    for rows in by_table.values():
        header = rows[0].header
        col = next((k for k, h in enumerate(header) if _first(describes, h)), None)
        # (beside a column that describes the work, the row's label names who is paid, "Adlington Scout Group", and a
        # funding-source column the fund it comes from, "Household Support Fund": names, not what the money is for)
        names = {k for k, h in enumerate(header) if k == 0 and col not in (None, 0)
                 or _FUNDER_COLUMN.search(h) and (col is not None or not _COST_CENTRE_COLUMN.match(h))
                 or col is not None and _PAYEE_COLUMN.match(h)}
        # (a payments list's "Supplier" or "Payee" column beside its description names who was paid, "Halton Audit
        # Partners LLP": a name, whose words say nothing of what the payment was for)
        headed = col is not None  # (a column whose heading says it describes the work: "Description", "Title")
        if col is None:
            col = _item_label_column(rows, terms)  # (a label column of items, whatever its heading: "Cost centre")
        if col is None:
            continue
        def words_of(d: _Draft) -> str:
            cells = [c for k, c in enumerate(d.row_cells) if k not in names or k == col]
            return " ".join(c for c in cells if not MONEY_TOKEN.search(c))

        def about_the_work(d: _Draft) -> bool:
            words = words_of(d)
            if not (_first(relevant, words) or _BIDS_FATE.search(words)):
                return False
            if (_names_unrelated_work(words) or _OTHER_CRIME_FUND.search(words) and not _names_a_service(words)) \
                    and not _WORK_ITSELF.search(words):
                # (a Safer Streets row naming a service of this genre, "Safer Streets 5: Caring Dads course for fathers",
                # is the work)
                return False  # ("Contribution to Safer Streets evaluation", "CCTV training day": an evaluation or
                # training named for work unrelated to domestic abuse, as a prose figure standing alone is read)
            # in a table some of whose rows name the work itself (abuse, perpetrators, violence, stalking …), a row
            # whose only such words are everyday ones ("Evening boxing sessions for young people", "marking kits for
            # six cycling groups", "support for older residents") pays for something else; a row naming a course,
            # programme, intervention, helpline, one-to-one or case work, family work, training, an evaluation, or
            # men or fathers, is still the work
            return not mixed or bool(_CORE_WORK.search(words) or _WORK_ITSELF.search(words) or _BIDS_FATE.search(words))
        mixed = False
        described = [d for d in rows if col < len(d.row_cells) and d.row_cells[col].strip()
                     and not MONEY_TOKEN.search(d.row_cells[col])]
        if not any(about_the_work(d) for d in described):
            continue  # (a table about other things altogether is read as before)
        mixed = headed and any(_WORK_ITSELF.search(words_of(d)) for d in described)
        # (only under a column headed as describing the work: a bare label column, "| of which group work |", "|
        # Community safety fund |", names lines of a budget, not separate grants)
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
    by_table: dict[int, dict[tuple, list[_Draft]]] = {}
    for d in drafts:
        if d.table and d.role != "context":
            # (a row is its line and its cells: minified HTML prints several rows on one line)
            row = (d.line, tuple(getattr(d, "row_cells", ()) or ()))
            by_table.setdefault(d.table, {}).setdefault(row, []).append(d)
    for lines in by_table.values():
        order = sorted(lines, key=lambda row: row[0])  # (rows sharing a line kept in their reading order)
        last = lines[order[-1]]
        heads = [d for d in last if d.head_total]
        # the TOTAL row: the last money row, its total-column cell a total of its own, nothing under it
        if len(order) < 3 or len(heads) != 1 or heads[0].role != "total" or heads[0].whole is not None:
            continue
        grand, body = heads[0], [lines[n] for n in order[:-1]]
        if any(getattr(d, "item_part", False) and d.whole is grand for d in last) and not _sums_to(
                [next((d.amount for d in row if d.head_total), grand.amount) for row in body], grand.amount):
            continue  # (the last row's total sums its own cells, as the rows above do theirs, and not the rows'
            # totals: a row like them, "| 2027-28 | 210.0 | 90.5 | 300.5 |" under other years, not the rows' TOTAL)
        if getattr(grand, "label_source", False) and not _sums_to(
                [next((d.amount for d in row if d.head_total), grand.amount) for row in body], grand.amount):
            continue  # (a last row labelled by its payer, "| Home Office grant | … | £240,000 |", is that payer's
            # money over the years, not the rows' TOTAL, unless it adds them up)
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
                total.period, total.period_basis = span, "heading"
            elif total.period is None and span:
                total.period, total.period_basis = span, "heading"  # (a row's sum of the table's money columns is for the table's years)
            total.role, total.whole, total.part_of = "part", grand, grand.line
        for d in last:
            column = [x for row in body for x in row if x.start == d.start]
            funders = {x.funder for x in column}
            d.role, d.whole, d.part_of = "total", None, None
            d.funder = next(iter(funders)) if len(funders) == 1 else ""
            d.across = len(funders) > 1
            if span and d.period is None:
                d.period, d.period_basis = span, "heading"
            elif d.period is None and column and all(x.period for x in column):
                # (years as rows, "| 2025-26 | £300,000 | …" over "| Total | £610,000 | …": a column's total spans the
                # years of the cells it sums)
                d.period = (min(x.period[0] for x in column), max(x.period[1] for x in column))
                d.period_basis = "parts"
    return drafts


#: a cell of prose: four or more words ("Match to the Home Office grant of £90,000 for 2026/27")
_NOTE_OF_PROSE = re.compile(r"(?:[A-Za-z][\w'’-]*\W+){3,}[A-Za-z]")


#: a cell that is only a date: "July 2025", "15 January 2026", "1/4/2025"
_DATE_CELL = re.compile(r"\W*" + _point("p_") + r"\W*", re.I)


#: a table row's label saying its sums are pieces of the row above it: "of which group work", "- of which: partner
#: support", "including carried forward", "within this: evaluation"
_PIECE_ROW = re.compile(r"^[\W_]*(?:of which|of this|of that|of these|within (?:which|this|that)|including|includes|"
                        r"incl\.?)(?=\W|$)", re.I)


def _row_label(line: str) -> str:
    """The first cell of a table row ("| of which group work | £150,000 |" → "of which group work")."""
    cells = _cells(line)
    return cells[0] if cells else ""


def _of_which_rows(rel, drafts: list[_Draft]) -> None:
    """Rows whose label opens by saying they are pieces of the row above ("| Perpetrator programme | £200,000 |" then
    "| of which group work | £150,000 |", "| including carried forward | £20,000 |") are parts of the nearest row
    above them that is not such a row, cell by cell in the same column, not of the table's TOTAL row (README: part,
    "of which"; a part keeps its whole's funder unless its own row names another)."""
    piece_rows = {d.line for d in drafts if d.table and _PIECE_ROW.match(_row_label(rel.line_text(d.line) or ""))}
    for d in drafts:
        if d.line not in piece_rows or d.role in ("total", "context") or any(x.whole is d for x in drafts):
            continue
        if d.whole is not None and not (d.whole.table == d.table and d.whole.line > d.line):
            continue  # (related already, other than to a TOTAL row under it)
        above = [w for w in drafts if w.table == d.table and w.start == d.start and w.line < d.line
                 and w.line not in piece_rows and w.amount.pence > d.amount.pence]
        if not above:
            continue
        w = max(above, key=lambda x: x.line)
        d.role, d.whole, d.part_of = "part", w, w.line
        if d.funder_basis in ("", "default") or not d.funder:
            d.funder, d.funder_basis = w.funder, "whole"
        _lend_period(d, w.period, "whole")


#: a column heading giving a body's whole income for the row's year ("Total income", "Income (total)", "Gross income")
_WHOLE_INCOME_HEAD = re.compile(r"^\W*(?:(?:total|gross|all)\s+income|income\s*\(\s*total\s*\))\W*$", re.I)
#: a column heading giving one source of that income ("Income from grants", "Income from local contracts",
#: "of which grants")
_INCOME_SOURCE_HEAD = re.compile(r"^\W*(?:income\s+from\b|of\s+which\b)", re.I)


def _income_sources_within_whole_income(drafts: list[_Draft]) -> None:
    """In a table of a body's income by year ("| Year | Total income | Income from grants | Income from
    contracts |"), the cells under a column giving one source of income are pieces
    of the same row's total income, which they do not exceed: ``part``s of it (its line), keeping its payer, none
    when it names none; they need not add up to it, as some of its sources only (README: part; "Divisions that do
    not add up")."""
    for whole in drafts:
        head = whole.header[whole.start] if whole.table and -len(whole.header) <= whole.start < len(whole.header) else ""
        if not head or not _WHOLE_INCOME_HEAD.match(head) or whole.role not in ("grant", "total"):
            continue
        pieces = [d for d in drafts if d.table == whole.table and d.line == whole.line and d is not whole
                  and d.role == "grant" and d.whole is None and -len(d.header) <= d.start < len(d.header)
                  and _INCOME_SOURCE_HEAD.match(d.header[d.start])]
        if not pieces or sum(d.amount.pence for d in pieces) > whole.amount.pence:
            continue
        for d in pieces:
            d.role, d.whole, d.part_of = "part", whole, whole.line
            if d.funder_basis in ("", "default") or not d.funder:
                d.funder, d.funder_basis = whole.funder, "whole"
            _lend_period(d, whole.period, "whole")


def _of_which_rows_naming_a_column_value(rel, drafts: list[_Draft]) -> None:
    """A piece row under a table's TOTAL row that names a value its rows carry in a column ("TOTAL | 90,000" then "of
    which Youth Fund (under 18s) | 52,000" over rows whose "Fund" cell reads "Youth Fund") sums those rows: the rows
    whose cell is that value, when they add up exactly to its figure, are parts of it rather than of the TOTAL row,
    and it stays a part of the TOTAL row (README: part, "of which", "a table row under its TOTAL row")."""
    for sub in drafts:
        if not (sub.table and sub.role == "part" and sub.whole is not None and sub.whole.role == "total"
                and sub.whole.line < sub.line):
            continue
        label = _row_label(rel.line_text(sub.line) or "")
        m = _PIECE_ROW.match(label)
        if not m:
            continue
        named = re.sub(r"\([^()]*\)", " ", label[m.end():]).strip(" :-–—").strip().lower()
        if len(named) < 3:
            continue
        rows = [d for d in drafts if d.whole is sub.whole and d is not sub and d.line < sub.whole.line
                and any(c.strip().lower() == named for c in getattr(d, "row_cells", ()) or ())]
        if len(rows) >= 2 and sum(d.amount.pence for d in rows) == sub.amount.pence:
            for d in rows:
                d.whole, d.part_of = sub, sub.line
            if len({d.period for d in rows}) > 1:
                sub.mixed_years = True  # (grants of one year and of two, as the TOTAL's rows: no one period)


def _dated_row(cells: list[str]) -> list[tuple[int, int, str, str]]:
    """A row dated by one cell that is only a date (a payment schedule's "| 2 | January 2026 | £53,640 |"): the
    financial year that date falls in, as a period found in the row; none when no cell, or two, are dates."""
    dates = [m for c in cells for m in [_DATE_CELL.fullmatch(c)] if m and not MONEY_TOKEN.search(c)]
    if len(dates) != 1 or not real_date(dates[0].group(0)):
        return []  # (an impossible date, "30 February 2026", dates nothing)
    year = _fy_text(_fy(*_month_at(dates[0], "p_")))
    return [(0, 0, year, year)]


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
                d.period, d.period_basis = g.period, "heading"


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


#: a label column heading naming the bodies its rows are ("Lead body", "Receiving organisation", "Recipient")
_BODY_COLUMN = re.compile(r"\b(?:bod(?:y|ies)|recipients?|organisations?|grantees?|grant[- ]holders?)\b", re.I)
#: a row label naming money, not a body: "PCC match funding", "Commissioner's budget", "Council contribution"
_MONEY_WORDS = re.compile(r"\b(?:match(?:ed|ing)?|top-?up|contributions?|budgets?|money|funds?|funding|grants?|reserves?|"
                          r"precept|own)\b", re.I)




#: a column of what has been paid out or claimed ("| Paid (£) |", "| Amount claimed |", "| Payments |")
_PAID_COLUMN = re.compile(r"^\W*(?:amounts?\s+|sums?\s+)?(?:paid(?:\s+out)?|claimed|payments?)\W*(?:\(.{0,8}\))?\W*$", re.I)


#: a column of an audit's test results beside the payments it sampled: "Finding", "Evidence held", "Exception", "Test
#: result"
_AUDIT_COLUMN = re.compile(r"^\W*(?:findings?|evidence(?:\s+(?:held|seen|obtained|provided))?|exceptions?|"
                           r"test(?:ing)?\s+results?|results?\s+of\s+test(?:ing)?)\W*$", re.I)


def _paid_beside_spending(monitoring: list[bool], header: list[str]) -> list[bool]:
    """A column headed only "Paid" or "Claimed" in a table that already sets a spending column ("Actual spend
    claimed", "Spent so far") beside a budget or profile column is spending too: what was paid against the claims, a
    figure about the budget, not a second award (README, "Spending against a budget").  A "Paid" column with no
    spending column beside it (a statement of grants paid) stays money awarded."""
    spending = [bool(m or _SPEND_COLUMN.search(h)) for m, h in zip(monitoring, header)]
    if any(_AUDIT_COLUMN.match(h) for h in header):
        # an audit's sample of payments ("| Ref | Recipient | Paid (£) | Evidence held | Finding |"): each payment is one
        # the auditors checked, a figure about the grants, not an award of its own
        return [m or bool(_PAID_COLUMN.match(h)) for m, h in zip(monitoring, header)]
    if not any(spending) or all(spending[1:]):
        return monitoring
    return [m or bool(_PAID_COLUMN.match(h)) and not find_periods(h)[0] for m, h in zip(monitoring, header)]


def _year_of_the_budget_beside(header, col) -> tuple[str, str] | None:
    """The year of a spending column with no year of its own, read from the table's dated columns when they all name
    one and the same financial year: "| Budget 2025/26 | Spent so far | Forecast |" dates the spending cells 2025-26
    (README, "Spending against a budget": the spending cells keep the table's period). None when the dated columns name
    two or more years ("| Budget 2025-26 | Budget 2026-27 | Spend to date |"), a span, or none."""
    if not header or col is None or not -len(header) <= col < len(header):
        return None
    own = header[col]
    years = {p[2:] for h in header if h is not own for p in find_periods(h)[0]}
    if len(years) != 1:
        return None
    year = next(iter(years))
    return year if year[0] == year[1] else None


def _years_of_their_own(monitoring: list[bool], header: list[str]) -> list[bool]:
    """A budget-monitoring word over a column that is the only one for its year is the year's money, not a figure
    about another column's budget: "2025/26 Outturn" beside "2026/27 Budget", "Actual 2024-25 | Budget 2025-26 |
    Forecast 2026-27" are each their year's sum (a column of a year's plan or what it came to), while "2025-26 Budget |
    2025-26 Outturn" or a "Variance" column with no year of its own stay monitoring columns."""
    if not any(monitoring):
        return monitoring
    years = [tuple(p[2:] for p in find_periods(h)[0]) for h in header]
    out = list(monitoring)
    for k, watched in enumerate(monitoring):
        if watched and len(years[k]) == 1 and not _TOTAL_HEAD.search(header[k]) \
                and not any(j != k and set(years[j]) & set(years[k]) for j in range(len(header))):
            out[k] = False
    return out


class _AlignedHeading(list):
    """A table's heading row set out with spaces (no pipes or tabs): its cells, with the character span of each
    (``spans``), so that a row leaving a cell blank ("TOTAL   1,212,000   847,350   1,191,500" under a heading that
    ends in a "RAG" column the TOTAL row leaves empty) has each figure read under the heading it stands under."""

    def __init__(self, cells: list[str], printed: str):
        super().__init__(cells)
        # (the spans as printed: the reader puts words for a unit heading, "(thousands of pounds)" for "(£000)", and a
        # unit to a bare figure, which shift the columns of the line it reads)
        self.spans = [(s, e) for s, e, _c in _aligned_cells(printed)]


def _column_under_heading(raw: str, printed: str, header, k: int, cells: list[str]) -> int | None:
    """The heading column (counted from the right, as an aligned row's cells are) that the ``k``-th cell of an aligned
    row stands under, by the spans of the cell as ``printed`` (the line as written, before a unit was put to its bare
    figures) and of the headings: for a row with fewer cells than its heading row, whose cells counted from the right
    would fall under the wrong headings. None when it cannot be told."""
    spans = getattr(header, "spans", None)
    if not spans or "|" in raw or "\t" in raw or len(cells) >= len(header):
        return None
    row = _aligned_cells(printed)
    if len(row) != len(cells) or k >= len(row):
        return None
    s, e, _c = row[k]
    # (the heading it overlaps most: figures set right or left of their heading, or a "£" put before a bare figure,
    # run a character or two into the next column's span)
    overlap = sorted(((min(e, he) - max(s, hs), j) for j, (hs, he) in enumerate(spans)), reverse=True)
    if overlap[0][0] <= 0 or len(overlap) > 1 and overlap[1][0] == overlap[0][0]:
        return None
    return overlap[0][1] - len(header)


#: a column heading naming what each row costs ("Three-year cost", "Estimated cost (£)", "Cost of option", "Costs"),
#: not what is awarded or paid
_COST_HEAD = re.compile(r"^\W*(?:[\w-]+\s+){0,2}costs?\b(?!\s+(?:centre|code)\b)", re.I)
#: a money column headed as money other than a named payer's ("Other local funding (£)", "Other sources £000",
#: "Other income"): beside a column headed by a payer, it is no money of that payer's, nor of the release's payer
_OTHER_MONEY_HEAD = re.compile(r"^\W*other\b(?:\s+[\w-]+){0,2}\s+(?:funding|money|sources?|income|contributions?|"
                               r"funders?)\b", re.I)


#: a money column headed by a payer outside the funder vocabulary: a devolved government, a trust, a foundation, a
#: lottery fund ("| Home Office (£) | Welsh Government (£) |", "| Grant | Fenwick Trust £ |"): beside a column a funder
#: heads, its cells are that body's money, funder null, and not lent the release's payer
_OUTSIDE_PAYER_HEAD = re.compile(r"\b(?:Welsh|Scottish|Northern Ireland)\s+Government\b|\b[A-Z][\w'’-]+\s+(?:Foundation|Trust|"
                                 r"Lottery(?:\s+Community)?\s+Fund)\b")


#: a table row's label naming the whole country's total rather than an area's money or a sum of the rows shown: a
#: word of totalling ("total", "all", "every") with the country as its scope ("Total, England and Wales", "National
#: total", "Home Office total, all PCCs"); not "All areas" or "All four forces" (a sum of the rows above), nor an item
#: that only mentions a national grant ("Match the national grant")
_NATIONAL_ROW = re.compile(r"^(?=.*\b(?:total|all|every|whole)\b)(?=.*(?:\bEngland and Wales\b|\bnational\b|\bnationwide\b|"
                          r"\bacross (?:England|the country)\b|\b(?:all|every) (?:PCCs?|police and crime commissioners?|"
                          r"commissioners?)\b(?! (?:shown|above|below|listed|in (?:the|this) table))))", re.I)


#: a label column's heading naming the bodies its rows give money to or have run the work: "Organisation", "Provider",
#: "Recipient", "Grantee", "Delivered by"
_GRANTEES_HEADING = re.compile(r"\b(?:organi[sz]ations?|providers?|recipients?|grantees?|charit(?:y|ies)|applicants?|"
                               r"delivered by|delivery (?:partner|body|organisation)s?|awarded to|paid to)\b", re.I)


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
    if not label_funder and label and _charitys_own_label(label):
        label_funder = "partners"  # "| Our own fundraising | … | £12,400 |": the charity's own money (README, "Partners' money")
    # a label column headed by who receives ("| Council | Allocation |", "| Recipient | Home Office grant |"): the
    # council a row names is given the money, not its payer; the funder is the money column's or the release's
    # (a label heading offering alternatives, "Police force area or lead body", "Area / recipient", says so if any of
    # them does)
    label_heads = re.split(r"\s+or\s+|\s*/\s*", header[0]) if header else []
    if label_funder and header and any(_first(terms.get("recipient_column", ()), h) for h in label_heads) and any(
            _first(terms.get("allocation_column", ()), h) or _names_grantor(h, terms) for h in header[1:]):
        label_funder = ""  # (also under money columns headed by their payer: "| Council | Home Office 2025/26 |")
    if label_funder and label_areas and header and any(_AREA_COLUMN.match(h) for h in label_heads):
        label_funder = ""  # "| Police force area | … |" then "| London (Mayor's Office for Policing and Crime) | £2,140,000 |":
        # the body a row names beside its area is the area's holder of the money, not its payer
    if label_funder == "local authority" and _first(terms.get("council_item", ()), label) and not re.search(
            r"\b(?:match|top-?up|contribution|grant|budget|money|funding|funded by|paid by)\b", label, re.I):
        label_funder = ""  # "| Family worker (council post) | £40,000 |": an item of the council's, not its payment
    if not label_funder and label and header and _PARTNERS_HEADING.match(header[0]) \
            and not _TOTAL_ROW.match(label) and not _NAMED_TOTAL_ROW.fullmatch(label):
        label_funder = "partners"  # "Funding partner | 2026-27 | …" over "Riverside Homes | 16,750 | …": the heading
        # calls each body in its rows a partner, and a body the funder vocabulary does not name pays as one (README,
        # "Partners' money")
    label_source = bool(label_funder)  # the row is a source of money ("| Home Office grant | …"), not an item
    label_match = bool(_first(terms.get("match_funding", ()), label) or _first(terms.get("match_named", ()), label)
                       or re.search(r"\badded to\b|\btop(?:s|ped|ping)? up\b|\(match(?:ed|ing)?\)", label, re.I))
    if not label_match and header:
        # a register whose first column is a reference ("K-2024-007") and whose title or description column calls
        # the row match funding ("| K-2024-007 | Programme match funding | Commissioner's match funding added to
        # K-2024-003 | 60000 |"): that column, not the reference, says what the money is
        described = [cells[k] for k, h in enumerate(header) if k and k < len(cells) and _first(terms.get("describes", ()), h)
                     and not MONEY_TOKEN.search(cells[k])]
        label_match = any(_first(terms.get("match_named", ()), c) for c in described)
    money_cells = [k for k, c in enumerate(cells) if MONEY_TOKEN.search(c)]
    label_own = bool(_first(terms.get("own_funding", ()), label))  # "| Stalking clinic | Commissioner's own budget | …"
    # a column headed "Funder" ("| Group programme | Home Office | £150,000 |") names the row's funder ("Funding",
    # "Funded from" the same, when the column holds words, not sums)
    funder_cols = [k for k, h in enumerate(header) if _FUNDER_COLUMN.search(h)]  # ("Paid by", "Who pays")
    funder_col = next((k for k in funder_cols if _PAYER_COLUMN.search(header[k])), funder_cols[0]) if funder_cols else None
    # ("| Funding stream | Payer | 2026-27 |": the column headed by who pays names the payer, not the stream's
    # description, "Perpetrator grant (passed on by the PCC)" under "Payer: Home Office")
    # a budget-monitoring table ("| Budget £k | Actual to date £k | Forecast £k | Variance £k |"): its rows are lines of
    # a body's budget, whose funder only the row itself names, and its monitoring columns are figures about them
    monitoring = _years_of_their_own([bool(_first(terms.get("monitoring_column", ()), h)) for h in header], header)
    monitoring = _paid_beside_spending(monitoring, header)
    from_funder_col = several_payers = outside_payer = False
    if funder_col is not None and funder_col < len(cells) and not MONEY_TOKEN.search(cells[funder_col]):
        named_col = sorted((m.start(), v) for v, p in _candidates(terms.get("funder", ()), cells[funder_col])
                           for m in [p.search(cells[funder_col])] if m)
        label_funder = named_col[0][1] if named_col else _first(terms.get("table_funder", ()), cells[funder_col]) \
            or _defined_funder(cells[funder_col], defined or {}) \
            or ("partners" if _PARTNERS_CELL.match(cells[funder_col]) else "") or label_funder \
            or ("partners" if _RAISED_BY_A_CHARITY.search(cells[funder_col]) else "")
        # ("| Partners (housing, probation) | Partners | £9,750 |": the bodies the payer column calls partners pay;
        # README, "Partners' money")
        label_own = label_own or bool(_first(terms.get("own_funding", ()), cells[funder_col]))
        payers = {v for key in ("funder", "table_funder") for v, p in _candidates(terms.get(key, ()), cells[funder_col])
                  if p.search(cells[funder_col])}
        if len(payers) >= 2 and re.search(r"\s(?:and|&|\+)\s", cells[funder_col]) \
                and not re.search(r"\b(?:via|through|passed|match(?:ed|ing)?|top-?up)\b", cells[funder_col], re.I):
            label_funder, label_own = "", False  # "| Home Office and commissioner |": money from several funders, no one's
            several_payers = True
        money_named = _MONEY_IN_BRACKETS.search(cells[funder_col])
        if money_named:  # "| Office of the Police and Crime Commissioner (Home Office perpetrator grant) |": the body
            # passes on the money the brackets name, whose payer that is
            inside = money_named.group(1)
            said = {v for v, p in _candidates(terms.get("funder", ()), inside) if p.search(inside)}
            if _first(terms.get("own_funding", ()), inside):
                said = {"PCC"}
            if len(said) == 1:
                label_funder, several_payers = next(iter(said)), False
                label_own = label_funder == "PCC" and bool(_first(terms.get("own_funding", ()), inside))
        from_funder_col = bool(label_funder) or several_payers
        # ("| Partner support | Rowan Charitable Trust | £24,000 |": a payer column naming a body outside the funder
        # vocabulary, a trust or a foundation, names the row's payer, with funder null (README, "Partners' money"); the
        # release's funder is not lent to it)
        outside_payer = not label_funder and not several_payers and bool(re.search(r"[A-Za-z]{3}", cells[funder_col]))
        label_match = label_match or bool(_first(terms.get("match_funding", ()), cells[funder_col])
                                          or _first(terms.get("match_named", ()), cells[funder_col]))
        # ("| Council (match funding) |" in the Funder or Funding source column: the row's money is match funding)
    # ("North Kent ICB   30,000   30,000" among a contract's sources: a row whose label is a body off the funder list, a
    # health board, a trust, a university, is that body's money, funder null, not the release's or its total's payer)
    # (not under a label heading naming who is given or runs the work, "| Organisation | Service | Amount |" over "| Safer
    # Futures Trust | … | £45,000 |": a grantee, not a payer; the money is the release's or its column's payer's)
    outside_row = not label_funder and funder_col is None and bool(label) and bool(_OUTSIDE_BODY.search(label)) \
        and not _ON_FUNDER_LIST.search(label) and not _TOTAL_ROW.match(label) \
        and not (header and _GRANTEES_HEADING.search(header[0]))
    if label_funder == "PCC" and label_areas and funder_col is None and not (label_match or label_own) \
            and not _MONEY_WORDS.search(label) and header and (
                any(_first(terms.get("allocation_column", ()), h) or _names_grantor(h, terms) for h in header[1:])
                or any(_AREA_COLUMN.match(h) or _BODY_COLUMN.search(h) for h in label_heads)):
        label_funder = ""  # "| Lead body | Home Office grant |" then "| Cumbria Police and Crime Commissioner | £X |": the
        # commissioner a row names with its area holds the money the column or the page says who pays; the row gives
        # the area, not the funder (a row naming the commissioner's money, "Cumbria PCC match funding", still pays)
    marked = next((f for f in (footnotes or {}) if re.search(rf"\w(?:{re.escape(f)}|\s*\({re.escape(f)}\))(?!\*)\s*(?:\||\t|  |$)",
                                                             raw)), "")  # ("Avon Valley Change*", "Tamworth Hub (*)")
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
        if k is not None and "|" not in raw:
            printed = rel.text.split("\n")[number - 1] if 0 < number <= rel.text.count("\n") + 1 else raw
            under = _column_under_heading(raw, printed, header, k, cells)
            col = col if under is None else under
        head = ""
        if header and col is not None and -len(header) <= col < len(header):
            head = header[col]
        total_head = bool(_TOTAL_HEAD.search(head)) or _sums_the_year_columns(head, header) \
            or _sums_the_quarter_columns(head, header)  # ("Two years (£k)")
        col_funder = _first(terms.get("funder", ()), head) or _first(terms.get("table_funder", ()), head) \
            or _defined_funder(head, defined or {})  # "| Funder's match funding |", the Funder defined as the commissioner
        # (a cell under a total column sums the row's cells: whose it is the row or column says, not the release)
        payers_columns = not from_funder_col and _columns_name_payers(header, terms)
        by_column = bool(col_funder and payers_columns)
        # (nor under a column of money other than a payer's beside a column a payer heads, "| Home Office (£) | Other
        # local funding (£) |": the other column is, by its heading, not that payer's money, and names no payer)
        other_money = bool(_OTHER_MONEY_HEAD.search(head) or _OUTSIDE_PAYER_HEAD.search(head)) and not col_funder and any(
            _first(terms.get("funder", ()), h) for h in header[1:] if h is not head)
        funder = col_funder if by_column else label_funder or col_funder or (
            release_funder if not total_head and not any(monitoring) and not payers_columns
            and not _COST_HEAD.search(head) and not outside_payer and not outside_row and not other_money else "")
        # (nor under a column of what things cost, "| Three-year cost |", "| Estimated cost (£) |": a cost says
        # nothing of who pays, as in prose, "at a total cost of £X")
        # (beside columns headed by their payers, a column naming none, "Carried forward", is no payer's the release
        # names)
        if several_payers:
            funder = ""
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
        if not head_periods and k is not None and label and not find_periods(label)[0] and any(
                find_periods(cells[j])[0] for j in money_cells if not _NOTE_OF_PROSE.search(cells[j])):
            # (not a note of prose quoting another sum with its year, "Match to a grant of £90,000 for 2026/27")
            # money cells each dating their own figure ("| Home Office grant | £684,300 (2025-26) | £236,500 (2025-27) |"):
            # a figure has its own cell's years, and none when its cell gives none ("| £0 |" beside a dated cell)
            own = find_periods(cells[k])[0]
            period = (own[0][2], own[0][3]) if len(own) == 1 else None
        stock = _STOCK_COLUMN.search(head) and not _carried_into_row_total(header) \
            and not _paid_from_a_reserve(head, col_funder)
        watched = col is not None and -len(header) <= col < len(header) and monitoring[col]
        moved = bool(_TRANSFER_COLUMN.match(head))  # (money moved between funds: accounts, as spending is)
        if period is None and not stock:
            period = _year_of_movements(header)  # (a funds note's columns from "1 April 2022" to "31 March 2023")
        if stock or _SPEND_COLUMN.search(head) or watched or moved:
            # a fund's balance or its spending ("| Balance at 1 April | Income | Expenditure |"): accounts, not an award;
            # whose money it is its row says, as for any figure ("Funder of a context figure"), never the release
            role, funder, code, basis = "context", funder if label_funder or col_funder else "", "", "none"
            period = None if stock else period or _year_of_the_budget_beside(header, col)
        if label and _NATIONAL_ROW.search(label) and not label_areas and role != "context":
            # a row whose label is the whole country's money, "| Home Office total, all forces in England and
            # Wales |", "| National fund (all commissioners) |": the national figure beside the areas' rows is
            # context, no area's award, whose payer the label names (README, "context": a national fund)
            role, code, basis = "context", "", "none"
        d = _Draft(number, col if col is not None else start, as_stated(amount), role, funder, code, basis, period)
        d.period_basis = "heading" if period else ""  # (its column, its row's dates or its own cell's)
        d.head_total, d.head_year = total_head, bool(head_periods) and not total_head
        d.cost_head = bool(_COST_HEAD.search(head))  # (under "| Three-year cost |": what it costs, no one's award)
        d.col_area = col_area and not d.head_total
        d.head_quarter = bool(_QUARTER_HEAD.match(head)) and not total_head  # ("| Q1 | … | Q4 | Year |": a quarter's cell)
        d.rate = bool(_RATE_HEAD.search(head)) and not head_periods
        d.spending = bool(_SPEND_COLUMN.search(head) or watched) and not stock
        d.row_funder = bool(label_funder or col_funder)  # the funder printed in the row or its column
        d.funder_basis = "clause" if d.row_funder or outside_row and not funder else "default" if funder else ""
        # (else the release's funder; a body off the list named by the row is its own payer, no one the list names)
        d.outside_row = outside_row and not funder
        d.col_payer = bool(col_funder) and not label_funder and not from_funder_col  # (its column heading names its payer)
        d.unpaid_column = payers_columns and not funder  # ("Carried forward" beside payers' columns: no one's named)
        d.other_money = other_money  # ("Other local funding" beside "Home Office": money of no payer named)
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
    by_payer = [d for d in out if (getattr(d, "col_payer", False) or getattr(d, "other_money", False))
                and not d.head_total and d.role != "context"]
    if len(totals) == 1 and len(by_payer) >= 2 and len(by_payer) == len(out) - 1 and len({d.funder for d in by_payer}) >= 2 \
            and any(getattr(d, "col_payer", False) for d in by_payer) \
            and all(d.start < totals[0].start for d in by_payer) and totals[0].role in ("grant", "total") \
            and not _TOTAL_ROW.match(cells[0] if cells else "") and not _NAMED_TOTAL_ROW.fullmatch(cells[0] if cells else "") \
            and not row_periods \
            and _sums_to([d.amount for d in by_payer], totals[0].amount):
        # a row split across columns headed by their payers under its own total column ("| Service | Home Office |
        # Commissioner | Total |"): each payer's cell is a part of the row's total, a sum across funders (a TOTAL
        # row's cells stay totals of their columns, and rows of years, "| 2024-25 | Home Office | …", are a two-way
        # table's, read when its TOTAL row is; a row with other cells besides, last year's beside this year's, too)
        whole = totals[0]
        whole.role, whole.funder, whole.across = "total", "", True
        for d in by_payer:
            d.role, d.whole, d.part_of = "part", whole, number
        return out
    years = [d for d in out if (d.head_year or getattr(d, "head_quarter", False)) and not d.head_total]
    if len(totals) == 1 and len(years) >= 2 and _sums_to([d.amount for d in years], totals[0].amount):
        # (the year cells are a per-year split of the row's total only when they add up to it: a column of last
        # year's figures beside this year's, "| Home Office 2024-25 | Top-up | Row total | 2023-24 (£) |", is not)
        whole = totals[0]
        if whole.role in ("grant", "match_funding", "own_funding"):
            whole.role = "total"  # (a row's total column is a stated sum of the year cells beside it, whatever the
            # row's kind: "| Home Office grant | £80,000 | £85,000 | £165,000 |" is a total with the row's payer; README
            # "Row totals over years")
        for d in out:
            if d is not whole and (d.head_year or getattr(d, "head_quarter", False)):
                d.role, d.whole, d.part_of = "part", whole, number
                _year_cell_takes_its_rows_area(d, whole)
        years = [d.period for d in out if d.whole is whole and d.period]
        if whole.period is None and years:
            whole.period, whole.period_basis = (min(y[0] for y in years), max(y[1] for y in years)), "parts"
        return out
    items = [d for d in out if not d.head_total and d.role != "context"]
    label_cell = cells[0] if cells else ""
    if len(totals) == 1 and len(items) >= 2 and len(items) == len(out) - 1 and totals[0].whole is None \
            and totals[0].role in ("grant", "total", "match_funding", "own_funding") \
            and all(d.start < totals[0].start and d.whole is None for d in items) \
            and not _TOTAL_ROW.match(label_cell) and not _NAMED_TOTAL_ROW.fullmatch(label_cell) \
            and _sums_to([d.amount for d in items], totals[0].amount):
        # a row of items under their own headings beside a total column they add up to ("| 2026-27 | Group course
        # £000 | Partner support £000 | Grant total £000 |" over "| 2026-27 | 210.0 | 90.5 | 300.5 |"): each item's cell
        # is a part of its row's total, which is a total (README "Two-way tables": with a total column and no TOTAL
        # row, cells are parts of their row's total); an item whose own row or column names no payer keeps the
        # total's, the payer its column heading names ("Grant total" of a Home Office page, "Home Office total")
        whole = totals[0]
        whole.role = "total"
        for d in items:
            d.role, d.whole, d.part_of, d.item_part = "part", whole, number, True
            if not d.row_funder and whole.funder:
                d.funder, d.funder_basis = whole.funder, whole.funder_basis
    return out


def _year_cell_takes_its_rows_area(cell: _Draft, whole: _Draft) -> None:
    """A year cell read as spending ("| 2025/26 actual | 2026/27 revised | 2025-27 |", its first cell what was spent)
    that adds up with the other years to the row's total is that year's share of the award, not accounts: like any
    part it keeps its whole's area (README: a part keeps the whole's funder and area)."""
    if not cell.code and cell.basis == "none" and whole.code:
        cell.code, cell.basis = whole.code, whole.basis


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
