"""Who pays a figure: funders a release defines, a footnote's or a row range's funder, payer words
(``_OTHER_PAYER``, ``_NOT_A_PAYER``), a payer tied to a figure or outside the scheme, and the
commissioner or body a pronoun stands for.
"""

from __future__ import annotations

from funding.core import patterns as re

from funding.core.money import MONEY_TOKEN
from funding.core.packagedata import data_csv
from funding.parse.releases.vocabulary import _candidates, _first
from funding.parse.releases.text import list_item_label
from funding.parse.releases.periods import find_periods
from funding.parse.releases.amounts.figures import _clause_of


_NOT_ELLIPSIS = re.compile(r"\b(?:is|are|was|were|will|has|have|had|gives?|gave|adds?|added|puts?|pays?|paid|spends?|spent|"
                           r"receives?|received|gets?|got|contributes?|contributed|provides?|provided|for|to|from|of|with|in)\s*$|"
                           r"\b(?:is|are|was|were|will|has|have|had)\b", re.I)
#: a sum its sentence says is outside the scheme the release is about ("Telford and Wrekin Council, which is not part of
#: this scheme, has separately received £95,000"): another award, so it is not lent the release's period
#: the words between two figures of one list whose verb and payer are left out ("£58,000 in Avon and Somerset, £34,500
#: …", "£55,000 from the policing budget in 2025/26 and a further £35,000", "£40,000 over the two years, £20,000 in
#: each"), or with each item's name before its sum ("Avon and Somerset £58,000, Gloucestershire £34,500, Wiltshire and
#: Swindon £29,000"): no verb, no full stop, colon or semicolon
_PAYERS_LIST_GAP = re.compile(r"(?:\s+(?:in|for|to|on|at|from|of|over|across|during)\s+[^£;.:]{1,70}?)?\s*(?:,\s*(?:and\s+|plus\s+)?|\s+and\s+|"
                              r"\s+plus\s+)(?:(?:a|an)\s+(?:further|extra|additional|other)\s+|another\s+|then\s+)?"
                              r"(?-i:(?:[A-Z][\w'’&-]*\s+(?:(?:and|&|of|upon|on|with)\s+)?){0,5})", re.I)


def _continues_payers_list(between: str) -> bool:
    """Whether the words between two figures continue one list of sums with its verb and payer left out."""
    return bool(_PAYERS_LIST_GAP.fullmatch(between)) and not _NOT_ELLIPSIS.search(between)


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
    framing, unfigured = _framing_funders(rel, terms, funders)
    # (the one left must also be named in the opening or where no figure is, "The table gives the Home Office
    # allocations …": a text whose every funder is named only with its own figures has no one funder of its own)
    return framing if len(framing) == 1 and framing <= unfigured else funders


#: a header line of labelled fields set off by bars ("**Meeting:** 9 February 2027 | **Agenda item:** 7 | **Status:** for
#: information", "Date: 3 March 2026 | Ref: 12/26"): a paper's furniture, not a table's row
_LABELLED_FIELDS = re.compile(r"^\W*(?:\*\*)?[A-Z][\w ]{0,30}:(?:\*\*)?[^|:]+(?:\|\s*(?:\*\*)?[A-Z][\w ]{0,30}:(?:\*\*)?[^|:]+)+$")
#: a masthead or byline line of words set off by bars, not opening with a bar and with no cell a bare number
#: ("**Westshire Research Unit** | Briefing | No. 214", "By A. Writer, B. Writer | 3 May 2026"): not a table's row
#: ("| Kent | 120.5 |", "Kent | 120.5 | 98.0" have a bare-number cell or open with a bar)
_MASTHEAD_BARS = re.compile(r"^(?!\s*\|)(?!.*\|\s*[\d.,]+\s*(?:\||$))(?!.*^\s*[\d.,]+\s*\|)[^|\n]*[A-Za-z][^|\n]*(?:\|[^|\n]*[A-Za-z][^|\n]*)+$")


def _opening_funder(rel, terms, funders: set[str]) -> str:
    """The one funder of ``funders`` that the text's opening names, up to and including its first sentence with a
    figure ("The Home Office has confirmed Westshire's money for two years. The grant is £486,400."): where a text
    names several grantors, its opening says whose money the release is about, and a later figure whose own clause
    names no payer is that money (the other grantor's money is named where it is given: "The Ministry of Justice
    pays £68,000 a year …"); '' when the opening names none, several, or negates one."""
    named: set[str] = set()
    for _, s in rel.sentences:
        if _LABELLED_FIELDS.match(s) and not MONEY_TOKEN.search(s):
            continue  # ("**Meeting:** 9 February 2027 | **Agenda item:** 7": a header line of fields, not a table row)
        if _MASTHEAD_BARS.match(s) and not MONEY_TOKEN.search(s) and not _first(terms.get("funder", ()), s):
            continue  # ("**Westshire Research Unit** | Briefing | No. 214", "By A. Writer | 3 May 2026": a masthead or
            # byline set off by bars, naming no payer and holding no figure, is furniture, not a table's row)
        if "|" in s or "\t" in s or re.search(r"\S {3,}£?\d[\d,.]*(?: {3,}|\s*$)", s):
            break  # (a table's row names the payer of its own cells, not of the release: the opening has ended)
        if _first(terms.get("negation", ()), s):
            return ""
        named |= {v for v, p in _candidates(terms.get("funder", ()), s) if v in funders and p.search(s)}
        if MONEY_TOKEN.search(s):
            break
    return named.pop() if len(named) == 1 else ""


def _paragraph_lead_funder(sentence: str, terms) -> str:
    """The one grantor (the Home Office, the Ministry of Justice) a sentence with no figure names as paying or holding
    money ("Separately, each commissioner holds Ministry of Justice victims' money for 2025-26"), for the figures after
    it in its paragraph whose own clause names no payer ("Rutland's share for partners, £41,200, pays for an IDVA"):
    the lead sentence of a paragraph says whose money it is about; failing a grantor, the one payer it names as the
    subject of a paying verb (a council, the commissioner: "Is the council paying for the crèche?"); '' when it names
    none, several, or negates one."""
    if _first(terms.get("negation", ()), sentence) or not _MONEY_NOUN.search(sentence):
        return ""
    named = {v for v, p in _candidates(terms.get("funder", ()), sentence)
             if v in ("Home Office", "Ministry of Justice") and any(not _NOT_A_PAYER.match(sentence, m.end())
                                                                  for m in p.finditer(sentence))}
    others = {v for v, p in _candidates(terms.get("funder", ()), sentence) if p.search(sentence)} - named
    if not named and len(others) == 1:
        # any payer as the subject of a verb of paying ("Is the council paying for the helpline?" before "The budget
        # book shows £15,000 against domestic abuse")
        named = {v for v, p in _candidates(terms.get("funder", ()), sentence)
                 if any(_SUBJECT_PAYING.match(sentence, m.end()) for m in p.finditer(sentence))}
        others = set()
    return named.pop() if len(named) == 1 and not others else ""


#: after a payer, the verb of paying it is the subject of: "the council is paying", "the Mayor pays", "the council has
#: funded"
_SUBJECT_PAYING = re.compile(r"\s+(?:(?:is|are|was|were|will|has|have|had|also|still|now|already)\s+){0,2}(?:pay(?:s|ing)?|"
                             r"paid|fund(?:s|ing|ed)?|contribut(?:es|ing|ed))\b", re.I)


#: a noun for money or a verb of paying, in a sentence naming a grantor as whose money it is
_MONEY_NOUN = re.compile(r"\b(?:money|funding|funds?|funded|grants?|awards?|allocations?|pays?|paying|paid|budget)\b", re.I)


#: the words before a body naming its money as one thing a sum adds in or leaves out: "Adding the council's match …",
#: "not counting what individual councils choose to add", "excluding the council's share", "besides its own money"
_ADDED_IN_OR_LEFT_OUT = re.compile(r"\b(?:adding|add(?:s|ed)?|counting|including|excluding|except(?:\s+for)?|besides|"
                                   r"without)\s+(?:(?:what|the|its|their|any)\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)


def _named_as_an_item_of_a_sum(sentence: str, lo: int, at: int) -> bool:
    """Whether the body named at ``at`` is named as one of the things a total in the sentence adds in or leaves out
    ("Adding the council's match and those two sums …, the scheme has £393,000 in all", "All told, £700,000, not
    counting what individual councils choose to add"): the total is across funders, not that body's (README
    "funder": a total across several funders has funder null)."""
    return bool(_ADDED_IN_OR_LEFT_OUT.search(sentence[max(lo, at - 50) : at].rstrip() + " "))  # (a term may take the
    # space before it)


def _framing_funders(rel, terms, funders) -> tuple[set[str], set[str]]:
    """Of ``funders``, those named other than as one figure's own payer (framing), and those named in the text's
    opening before its first figure or in a sentence with no figure ("The Home Office has confirmed Kent's funding
    for 2025-26."): the funders that frame the release's money rather than pay one figure of it."""
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
    return framing, unfigured


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


def _defined_funder(text: str, defined: dict[str, str]) -> str:
    """The funder a defined term in ``text`` stands for ("Funder's match funding" → "PCC"), else ''."""
    for term, funder in defined.items():
        if re.search(rf"(?<![\w\"“])(?:the\s+)?{re.escape(term)}(?:['’]s?)?\b", text):
            return funder
    return ""


#: a footnote line: "\\* Warwickshire's award comes from …", "† Paid from …", "(*) Paid from …"
_FOOTNOTE = re.compile(r"^\s*(?P<open>\()?(?P<mark>\\?\*(?!\*)|†|‡)(?(open)\))\s*(?P<text>\S.*)$")


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
    for number, s in rel.sentences:
        if MONEY_TOKEN.search(s):
            continue
        for m in _NAMED_ROWS.finditer(s):  # (each clause its own rows: "the two X lines are met by the council, and
            # the Y line is paid for from the Home Office grant")
            if _first(terms.get("negation", ()), m.group("rest")):
                continue
            words = m.group("rest")
            own = bool(_first(terms.get("own_funding", ()), words))
            named = sorted((x.start(), v) for v, p in _candidates(terms.get("funder", ()), words) for x in p.finditer(words))
            funder = named[0][1] if named else _first(terms.get("table_funder", ()), words) or ("PCC" if own else "")
            if funder:
                out[f"#{number}:{' '.join(m.group('label').lower().split())}"] = (funder, own)
    return out


#: a note under a table giving the payer of the rows it names by their label: "Both Riverside Change rows above are
#: met from the Home Office grant", "The two partner support lines in Table 3 are paid for from the council's money"
_NAMED_ROWS = re.compile(r"\b(?:both(?: the)?|the(?: two| three)?|all(?: the)?)\s+(?P<label>[^.;,]{2,60}?)\s+(?:rows?|lines?|"
                         r"entries)\b(?:\s+(?:in|of|above|shown)\b[^.;,]{0,30}?)?\s+(?:are|is|were|was)\s+"
                         r"(?P<rest>(?:met|paid(?: for)?|funded|covered|charged)\s+(?:from|by|out of|to)\b[^.;,]{0,80})", re.I)


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
    for key, value in sorted(row_refs.items()):  # ("Both Riverside Change rows above are met from …")
        if key.startswith("#") and number < int(key[1:].split(":", 1)[0]) <= number + _NOTE_REACH \
                and label.startswith(key.split(":", 1)[1]):
            return value
    return None


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


def _payer_words(field: str) -> str:
    """One field of ``local_payer_terms.csv`` (payers outside the funder list, what a funder owns that is not
    money) as an alternation ``(?:a|b|…)``, in file order."""
    return "(?:" + "|".join(r["word"] for r in data_csv("local_payer_terms.csv", ("field", "word"))
                            if r["field"] == field) + ")"


#: a payer outside the funder list giving money: "the trustees awarded £399,000", "awarded by the Harthope Foundation",
#: "has been awarded £52,300 by the Ashgrove Trust" (the sum may stand between), "from the National Lottery Community Fund"
_OTHER_PAYER = re.compile(r"\b(?:the |our )?trustees\b[^.;£]{0,30}\b(?:awarded|granted|gave|agreed|approved)\b|"
                          r"\b(?:[A-Z][\w'’-]+\s+){1,4}" + _payer_words("grant_maker") + r"\b[^.;£]{0,30}\b(?:has |have )?"
                          r"(?:awarded|granted|gave|given)\b|\b(?:awarded|granted|given)\b(?:[^.;£]|£\s?[\d,]+(?:\.\d+)?(?:\s?(?:m|k|million)\b)?)"
                          r"{0,40}?\bby (?:the )?"
                          r"(?:[A-Z][\w'’-]+\s+){1,4}" + _payer_words("grant_maker_by") + r"\b|"
                          r"\b" + _payer_words("payer_name") + r"\b")
#: a grants list's title naming the grant-maker whose grants it lists: "Ashgrove Foundation - Grants to Kent groups",
#: "Weald Community Fund: awards made, spring panel" (the whole list is that payer's money)
GRANT_MAKERS_LIST_TITLE = re.compile(r"^\W*(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,4}" + _payer_words("grant_maker") +
                                     r"\b\W{1,5}(?i:(?:[\w'’-]+\s+){0,2}(?:grants?|awards?)\s+(?:to|made|awarded|paid|list)\b)")
#: a funder named as the owner of something that is not money ("last year's Home Office pilot", "the Home Office's
#: guidance", "a Home Office minister"): named, but not said to pay
_NOT_A_PAYER = re.compile(r"(?:['’]s)?\s+" + _payer_words("not_money") + r"\b", re.I)


#: kinds of body that are off the funder list when they pay: the NHS and its boards, universities and colleges,
#: housing associations, charitable trusts and foundations, lottery funds (a council, commissioner, mayor, police
#: body, the Home Office or the Ministry is on it)
_OUTSIDE_BODY = re.compile(r"\b(?:NHS|integrated care board|ICB|clinical commissioning group|CCG|health board|"
                           r"universit(?:y|ies)|college|hospital|housing (?:association|group|trust)|"
                           r"(?:charitable |community )?trust|foundation|lottery|community fund|"
                           # (government departments other than the two: README, funder)
                           r"(?:Welsh|Scottish) Government|Department (?:for|of) (?!Justice\b)[A-Z][\w,]*|"
                           # (the housing ministry, under its names since 2018: "Ministry of Housing, Communities and
                           # Local Government", "MHCLG", "DLUHC", which pays councils' safe-accommodation grant)
                           r"Ministry of Housing|MHCLG|DLUHC)\b", re.I)
_ON_FUNDER_LIST = re.compile(r"\b(?:council|authority|commissioner|mayor|police|constabulary|home office|"
                             r"ministry(?! of housing\b)|O?PF?CC|MOPAC|"
                             r"(?<!Welsh )(?<!Scottish )(?<!Communities and Local )government)\b", re.I)
#: a department whose name holds "and": "Ministry of Housing, Communities and Local Government", "Department for
#: Levelling Up, Housing and Communities"
_DEPARTMENT_WITH_AND = re.compile(r"\b(?:Ministry of Housing|Department (?:for|of) [A-Z][\w'-]*)(?:(?:,? and |, | )[A-Z][\w'-]*)*")
#: a verb of paying, active ("is paying", "has agreed to fund", "gives", "is backing … with")
_PAYS_VERB = re.compile(r"\b(?:pay(?:s|ing)?|paid|fund(?:s|ing|ed)?|contribut(?:es?|ing|ed)|giv(?:es?|ing|en)|gave|"
                        r"put(?:s|ting)?|provid(?:es?|ing|ed)|back(?:s|ing|ed)|award(?:s|ing|ed)?|donat(?:es?|ing|ed)|"
                        r"grant(?:s|ing|ed)|add(?:s|ing|ed)|meet(?:s|ing)?|met|cover(?:s|ing|ed)?|"
                        # (a body offering or pledging money pays it: "X Integrated Care Board has offered £60,000")
                        r"offer(?:s|ing|ed)?|pledg(?:es?|ing|ed))\b", re.I)
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
    # (the payer term may itself begin with its tie word, past a rate phrase or, for the source "from", straight after
    # the figure: "£30,000 from the Commissioner", whose term is "from the … commissioner"; "£X by the Office of the
    # Commissioner" names who awarded it, not whose money it is)
    return bool(tie) and (at == tie.end() or at == tie.start("tie") and (
                              bool(tie.group("rate")) or tie.group("tie").lower().startswith("from"))
                          or at > tie.end() and _names_the_payer(sentence[tie.end() : at]))


#: the proper name a payer term is the head of: "Medway" in "from Medway Council", "Stoke-on-Trent" in "by Stoke-on-Trent
#: City Council" (the tie word's object is the whole name, whose last word is the payer term)
_NAME_BEFORE_HEAD = re.compile(r"(?:[A-Z][\w'’&.-]*\s+(?:(?:and|of|upon|on)\s+)?){1,4}")


#: (a count of the bodies may stand before their name: "from the two district councils", "by all three councils")
_BY_OR_FROM_END = re.compile(r"\b(?:by|from)\s+(?:the\s+|all\s+|both\s+|(?:his|her|its|their)\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|"
                             r"\d{1,2}|several|both)\s+)?(?P<name>(?:[A-Z][\w'’&.-]*\s+(?:(?:and|of|upon|on)\s+)?){0,4})$")


def _by_or_from_before(words: str) -> bool:
    """Whether ``words``, which run up to a payer term, end with "by" or "from" and the proper name the term heads:
    "… from the ", "… paid by Kent County " (the payer is the agent of "by", the source after "from")."""
    return bool(_BY_OR_FROM_END.search(words.rstrip() + " " if words.strip() else words))


def _names_the_payer(between: str) -> bool:
    """Whether the words between a tie word ("from", "by") and a payer term are the proper name the term heads
    ("from Medway Council", "by Kent County Council"): the payer is still the tie word's object."""
    return bool(_NAME_BEFORE_HEAD.fullmatch(between.rstrip() + " "))  # (a term may take the space before it)


_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
#: after a figure, past the noun it may head: the body it comes from ("£25,000 comes from the integrated care board",
#: "£40,000 from a local trust", "a £22,500 grant from the Ashby Canal Trust")
_FROM_AFTER = re.compile(r"\s*(?:a year|each year|per year|a month)?\s*,?\s*(?:(?:grant|award|donation|gift|contribution)s?\s+)?"
                         r"(?:(?:comes?|came|will come|is coming)\s+from|"
                         r"from|through|paid by|given by|funded by|provided by|met by)\s+(?P<np>[^,;.()£]{2,70})", re.I)


#: after a figure, past its rate, brackets and years, the budget of a body it comes from: "£96,000 (£48,000 a year) for
#: 2025/26 and 2026/27 from the ICB's safeguarding allocation"
_FROM_OUTSIDERS_OWN = re.compile(r"(?:\s*\([^()£]*(?:£[^()£]*)?\))?[^,;.()£]{0,50}?\bfrom\s+(?:the\s+)?"
                                 r"(?P<owner>(?:[\w&-]+\s+){0,4}?[\w&-]+)['’]s\s+", re.I)


#: the noun of the figure's money held by a kind of body off the funder list, just before it: "a lottery grant of",
#: "NHS money worth", "the health board's contribution of about"
_OUTSIDERS_MONEY_BEFORE = re.compile(_OUTSIDE_BODY.pattern + r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:grant|award|money|funding|"
                                     r"contribution|donation|allocation)s?\s+(?:of|worth|totalling|totaling|valued at)\s+"
                                     r"(?:about\s+|around\s+|some\s+|up to\s+|nearly\s+|almost\s+|over\s+)?$", re.I)


#: a clause opening with a fund or budget that a body holds, up to its verb: "The Welsh Government's Violence Against
#: Women, Domestic Abuse and Sexual Violence fund ", "NHS Tees Valley's Drugs and Alcohol budget " (no verb of its own
#: before the money noun)
_OUTSIDE_OWNERS_FUND_SUBJECT = re.compile(
    r"\W*(?:the\s+)?(?P<owner>(?:[A-Z][\w&-]*\s+){0,4}[A-Z][\w&-]*|(?:local\s+)?health board|ICB|NHS)['’]s?\s+"
    r"(?:(?!(?:is|are|was|were|has|have|had|will|would)\b)[\w,'’&-]+\s+){0,12}?"
    r"(?:fund|budget|grant|programme|pot|money|funding)\s+(?:(?:also|now|still|will|has|is)\s+)?", re.I)


def _outside_payer_in_clause(sentence: str, clause: tuple[int, int], start: int, end: int):
    """The payer of the amount at ``start:end``, read from its own clause, when it is a kind of body off the funder
    list: the subject of an active paying verb before the figure ("NHS Surrey Heartlands is paying £40,000", "a local
    university is paying £8,000"), or the body named after "from", "paid by", "comes from" straight after the figure.
    A body *paid* (passive: "the university has been paid £19,500") is a recipient, not a payer. A body off the list
    whose own budget the figure is said to come from ("£96,000 … from the ICB's safeguarding allocation") pays it.
    None when not."""
    lo, hi = clause
    # the subject may stand before an apposition set off by commas ("A housing association, Valley Homes, is …"):
    # read back to the start of the coordinated clause (after "and", "but", a semicolon), not only to the last comma
    names = [m.span() for m in _DEPARTMENT_WITH_AND.finditer(sentence[:start])]
    joins = [m.end() for m in re.finditer(r";|\b(?:and|but|while|whereas)\s", sentence[:start])
             if not any(a < m.start() < b for a, b in names)]  # (not the "and" inside a department's name)
    before = sentence[max(joins) if joins else 0 : start]
    verb = _PAYS_VERB.search(before)
    participle = verb and re.fullmatch(r"paid|funded|given|put|provided|backed|awarded|donated|granted|added|met|covered|"
                                       r"contributed|offered|pledged", verb.group(0), re.I)
    if verb and not (participle and _PASSIVE_BEFORE.search(before[: verb.start()])):
        subject = before[: verb.start()]
        if _OUTSIDE_BODY.search(subject) and not _ON_FUNDER_LIST.search(subject) and "£" not in subject:
            return verb
        # the subject, read from its clause's start, a fund or budget held by a body off the list whose name itself
        # holds "and" ("The Welsh Government's Violence Against Women, Domestic Abuse and Sexual Violence fund pays
        # £28,000", "The health board's Drugs and Alcohol budget covers £12,000"): that body pays it
        whole = sentence[:start]  # (from the sentence's start: the clause may have been cut at the name's "and")
        owner = _OUTSIDE_OWNERS_FUND_SUBJECT.match(whole)
        if owner and _OUTSIDE_BODY.search(owner.group("owner")) and not _ON_FUNDER_LIST.search(owner.group("owner")) \
                and _PAYS_VERB.match(whole, owner.end()):
            return _PAYS_VERB.match(whole, owner.end())
    owned = _FROM_OUTSIDERS_OWN.match(sentence, end)  # (its years may run on past the clause: "for 2025/26 and 2026/27")
    if owned and _OUTSIDE_BODY.search(owned.group("owner")) and not _ON_FUNDER_LIST.search(owned.group("owner")):
        return owned  # "a contribution of £96,000 (£48,000 a year) for 2025/26 from the ICB's safeguarding allocation"
    held = _OUTSIDERS_MONEY_BEFORE.search(sentence, lo, start)
    if held and not _ON_FUNDER_LIST.search(held.group(0)):
        return held  # "A lottery grant of £50,000 pays for the creche", "NHS money worth £30,000"
    its = _ITS_BEFORE.search(sentence, lo, start)
    if its:
        # "ask the health board to confirm its £20,000 for 2027/28": the figure held by the body the pronoun points back to,
        # the last body named before it in the clause, when that is off the funder list
        bodies = list(_OUTSIDE_BODY.finditer(sentence, lo, its.start()))
        if bodies and not _ON_FUNDER_LIST.search(sentence, bodies[-1].start(), its.start()) \
                and not _GIVEN_TO_BEFORE.search(sentence, lo, bodies[-1].start()):
            return its
    after = _FROM_AFTER.match(sentence[:hi], end)
    if after:
        np = re.split(r"\s+(?:for|to|towards|which|who|that|and|in|on)\s+", after.group("np"))[0]
        if _OUTSIDE_BODY.search(np) and not _ON_FUNDER_LIST.search(np) and not re.search(r"['’]s\b", np):
            return after
        if _GIFT_FROM_A_NAMED_GIVER.match(sentence, end) and re.match(r"(?:the\s+)?[A-Z]", np) \
                and not _ON_FUNDER_LIST.search(np) and not re.search(r"\bpartners?\b", np, re.I):
            return after  # "a £2,500 gift from Moorside Builders": the giver pays it (a donor is no partner)
    return _payer_withheld(sentence, clause, end)


#: a possessive pronoun just before a figure: "confirm its £30,000", "their £12,000 contribution"
_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+(?:own\s+)?$", re.I)
#: a verb of handing money over just before the body the pronoun points back to, that body its receiver: "has passed
#: Medway NHS Trust its £20,000 share of the grant", "paid the university its £8,000" (the money is not the body's own)
_GIVEN_TO_BEFORE = re.compile(r"\b(?:pass(?:es|ed|ing)?|pa(?:ys|id|ying)|pay|g(?:ives?|ave|iving)|award(?:s|ed|ing)?|"
                              r"allocat(?:es?|ed|ing)|sen(?:ds?|t|ding)|grant(?:s|ed|ing)?)\s+(?:to\s+)?(?:the\s+)?"
                              r"(?:[\w'’&-]+\s+){0,5}$", re.I)


#: straight after a figure, a gift or donation from a body it names: "£2,500 gift from", "£500 donation by"
_GIFT_FROM_A_NAMED_GIVER = re.compile(r"\s+(?:gifts?|donations?)\s+(?:from|by|given by)\s+", re.I)


#: words saying who pays is not told: a verb of telling or knowing negated before what it would tell ("would not say
#: who is paying", "did not say where it comes from", "has yet to confirm the source"), or a payer called unknown
#: ("an undisclosed donor", "from a source not yet confirmed", "whose source has yet to be agreed")
_WITHHELD_TELLING = (r"\b(?:not|n['’]t|never|declined\s+to|refused\s+to|(?:has|have|is|are)\s+yet\s+to|still\s+has\s+to)\s+"
                     r"(?:\w+\s+)?(?:say|said|saying|name|named|naming|disclose[ds]?|disclosing|confirm(?:ed|s|ing)?|"
                     r"reveal(?:ed|s|ing)?|state[ds]?|stating|tell|told|know|known|identif(?:y|ied|ies))\b")
_WITHHELD_PAYER = re.compile(_WITHHELD_TELLING + r"[^.;£]{0,40}?\b(?:who|where|whose|which\s+(?:body|budget|fund)|source|"
                             r"funder|payer|backer|donor|paying|pays|paid|comes?\s+from)\b|"
                             r"\b(?:undisclosed|unnamed|unknown|anonymous|unconfirmed|unidentified)\s+(?:[\w-]+\s+)?"
                             r"(?:source|funder|payer|backer|donor|body|budget)s?\b|"
                             r"\b(?:source|funder|payer)s?\b[^.;£]{0,30}?(?:\b(?:is|are|was|were|has|have)\s+(?:not|yet\s+to|"
                             r"still\s+to)|\bnot\s+yet)\s+(?:\w+\s+)?(?:been\s+|be\s+)?(?:confirmed|known|named|disclosed|"
                             r"said|stated|agreed|decided|identified|found)\b", re.I)


def _payer_withheld(sentence: str, clause: tuple[int, int], end: int):
    """Words in the figure's clause, or after it before any other figure of its sentence, saying who pays it is not told
    ("A further £18,000 has been found, although the office would not say who is paying it"): a payer no funder of
    the list can name, so the figure is not lent the release's or another figure's payer (README: funder null when
    the release does not say who pays). None when not."""
    following = MONEY_TOKEN.search(sentence, end)
    return _WITHHELD_PAYER.search(sentence, clause[0], following.start() if following else len(sentence))


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


def _holder_before(sentence: str, funders: list, start: int) -> str:
    """The funder named as the figure's holder straight before it ("the Home Office's £742,300", "my £95,000"), whose
    money the figure is whatever body the next words name, else ""."""
    return next((v for a, b, v in funders if b <= start and re.fullmatch(r"(?:['’]s?)?\s*", sentence[b:start])), "")


#: a source of money only a charity or provider has: what it raises itself ("Our own fundraising", "Donations and
#: fundraising", "Charitable reserves", "the charity's own funds"), the delivering body's money (README, "Partners'
#: money": funder ``partners``)
_RAISED_BY_A_CHARITY = re.compile(r"\b(?:fund-?raising|fund-?raised|donations?|charitable\s+(?:reserves|funds?|income)|"
                                  r"(?:charity|provider)['’]s\s+own\b)", re.I)


#: grant-makers named beside a charity's own fundraising in one label ("Trusts and our own fundraising", "Grants from
#: foundations and donations"): a sum of payers of two kinds, one outside the funder vocabulary, so no one funder's
_GRANT_MAKERS_BESIDE = re.compile(r"\b(?:trusts?|foundations?|lottery|grant-?makers?|grant-?making bodies)\b", re.I)


def _charitys_own_label(label: str) -> bool:
    """Whether a row's or item's label names the charity's own money alone ("Our own fundraising", "Donations"), not
    beside grant-makers whose money the same sum holds ("Trusts and our own fundraising": funder null, README
    "Partners' money")."""
    return bool(_RAISED_BY_A_CHARITY.search(label)) and not _GRANT_MAKERS_BESIDE.search(label)


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


def _pays_another_figure(sentence: str, at: int, start: int) -> bool:
    """Whether the funder named at ``at`` is the payer of another figure earlier in the sentence ("£300,000 from the
    Home Office and £50,000 from the commissioner"): two figures from two sources, the commissioner's money being
    their own, not the Home Office's passed on."""
    return at < start and bool(re.search(r"£[\d,.]+(?:\s*(?:[mk]|million)\b)?(?:\s+(?:a|each|per) year)?\s+(?:from|by)\s+"
                                         r"(?:the\s+)?$", sentence[:at], re.I) or _holds_the_figure_just_before(sentence[at:start]))


#: the stretch from a funder's name to the next figure when the funder holds the figure just before it: "Home Office
#: grant of £142,000 and ", "Home Office's £90,000, plus "
_HOLDS_FIGURE_BEFORE = re.compile(r"^[^£.;]{0,40}£[\d,.]+(?:\s*(?:[mk]|million)\b)?\s*(?:,\s*)?(?:and|plus|with)?\s*$", re.I)


def _holds_the_figure_just_before(between: str) -> bool:
    """Whether a funder named at the start of ``between`` (the words up to the figure read) holds the figure just
    before that one, joined to it by "and" or "plus" ("paid for with a Home Office grant of £142,000 and £52,000 from
    the commissioner"): two figures from two sources, the second not the first funder's money passed on."""
    return bool(_HOLDS_FIGURE_BEFORE.match(between))


def _names_grantor(head: str, terms) -> bool:
    """Whether a money column's heading names a grantor as its payer ("Home Office 2025/26", "MoJ grant (£)"): beside
    a label column of recipients, the councils its rows name receive that grantor's money."""
    return _first(terms.get("funder", ()), head) in ("Home Office", "Ministry of Justice")


# ---- the payer of a figure from its own clause (gen4): the clause's subject, its by/from phrase, a pronoun's body ----

#: a commissioner or mayor named as a body, by title, by the office's acronym or as the office, at a sentence's start
#: too: "the commissioner", "The Mayor", "its commissioner", "West Mercia's commissioner", "the Police and Crime
#: Commissioner", "the commissioner's office", "the OPCC", "her office", "The Office of the Police and Crime
#: Commissioner for Avon and Somerset" (never "the Home Office": an office is the commissioner's only with its own
#: determiner)
_DETERMINER = r"(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er)"
_TITLE = r"(?:(?:[Pp]olice,?\s+)?(?:[Ff]ire\s+)?(?:and\s+)?[Cc]rime\s+)?(?:[Cc]ommissioner|PCC|PFCC|[Mm]ayor)"
_COMMISSIONER_BODY = (r"(?:(?:" + _DETERMINER + r"|(?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]*['’]s)\s+" + _TITLE
                      + r"(?:['’]s\s+[Oo]ffice|\s+[Oo]ffice)?|(?:[Tt]he\s+)?(?:OPCC|OPFCC|MOPAC)|" + _DETERMINER
                      + r"\s+[Oo]ffice(?:\s+of\s+the\s+" + _TITLE + r"(?:\s+for(?:\s+(?:[A-Z][\w-]*|and))+)?)?)\b")
#: a verb of spending money one holds, in every inflection: what the commissioner does with his own budget ("the mayor
#: is funding the helpline with £30,000", "the commissioner meets the cost, £22,000", "she tops it up by £15,000"),
#: never the word for handing on a grantor's award to a provider ("awarded", "granted", "allocated") nor for using
#: money, which says nothing of whose it is ("the commissioner is using £250,000 of it to …")
_SPENDING_VERB = (r"(?:pay(?:s|ing)?|paid|fund(?:s|ed|ing)?|put(?:s|ting)?|spend(?:s|ing)?|spent|contribut(?:es?|ed|ing)|"
                  r"invest(?:s|ed|ing)?|find(?:s|ing)?|found|add(?:s|ed|ing)?|top(?:s|ped|ping)?\s+(?:\w+\s+)?up|"
                  r"meet(?:s|ing)?|met|cover(?:s|ed|ing)?|foot(?:s|ed|ing)?|bankroll(?:s|ed|ing)?|financ(?:es?|ed|ing)|"
                  r"match(?:es|ed|ing)?|"
                  # (raising what one puts in: "raised his contribution to £60,000", "increases its share to …")
                  r"(?:rais|increas)(?:e|es|ed|ing)\s+(?:his|her|its|their|my|our)\s+(?:own\s+)?(?:contribution|share|"
                  r"top-up|funding)\s+(?:to|by)|"
                  # (taking a cost on: "has taken on the cost of a phone line — £16,000", "picks up the bill")
                  r"(?:tak(?:es?|en|ing)|took|pick(?:s|ed|ing)?|bear(?:s|ing)?|bore|borne|shoulder(?:s|ed|ing)?|"
                  r"carr(?:y|ies|ied|ying))\s+(?:on\s+|up\s+)?the\s+(?:\w+\s+)?(?:cost|costs|bill|tab))")
#: a verb of giving or paying money: spending one's own, or handing on an award
_PAYING_VERB = (r"(?:gives?|gave|given|giving|provides?|provided|providing|awards?|awarded|awarding|grants?|granted|"
                r"allocates?|allocated|commits?|committed|handed|hands?|approved|agreed|set(?:s|ting)? aside|"
                r"earmark(?:s|ed|ing)?|" + _SPENDING_VERB[3:])
#: the commissioner as the figure's clause's subject paying it: "the commissioner gives £40,000", "West Mercia's
#: commissioner has given £140,000 to …", "the commissioner funds the helpline with £20,000", also with his name set
#: off by commas after him ("the commissioner, Ann Ray, paid £20,000")
_COMMISSIONER_GIVES = re.compile(_COMMISSIONER_BODY + r"(?-i:,\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,)?"
                                 r"(?:\s+(?:also|has|have|had|will|is|was|would|then|now|already))*\s+"
                                 + _PAYING_VERB + r"\b[^£;]*$")
#: the commissioner named after the figure as who gives it: "given £80,000 by the Commissioner", "£30,000 from its
#: commissioner", "was provided by the police and crime commissioner"
_BY_COMMISSIONER = re.compile(r"^[^£;]{0,60}?\b(?:by|from)\s+" + _COMMISSIONER_BODY)
#: a commissioner or mayor named by title and name, the name after the title or set off after it by commas:
#: "Commissioner Rhona Vale-Hart", "The Commissioner, Ada Brennan,", "Police and Crime Commissioner Jo Bell"
_NAMED_COMMISSIONER = (r"(?:\b[Tt]he\s+|\b)(?:(?:[Pp]olice,?\s+)?(?:[Ff]ire\s+)?(?:and\s+)?[Cc]rime\s+)?(?-i:Commissioner|PCC|"
                       r"PFCC|Mayor)(?:,\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,|\s+(?:[A-Z][\w'’.-]*\s+){0,2}"
                       r"[A-Z][\w'’.-]*(?=\s))")
_NAMED_COMMISSIONER_GIVES = re.compile(_NAMED_COMMISSIONER + r"(?:\s+(?:also|has|have|had|will|is|was|would|then|now|"
                                       r"already))*\s+" + _PAYING_VERB + r"\b[^£;]*$")
#: the commissioner as the subject of a clause after the figure that it is the object of, with or without "that":
#: "the £42,000 a year the commissioner now pays", "£60,000 which the mayor has added"
_COMMISSIONER_PAYS_AFTER = re.compile(r"\s*,?\s*(?:(?:a|each|per) year\s+|annually\s+)?(?:(?:that|which)\s+)?"
                                      + _COMMISSIONER_BODY + r"(?:\s+(?:also|has|have|had|will|is|was|would|then|now|"
                                      r"already|still|currently))*\s+" + _PAYING_VERB + r"\b")
#: the commissioner as the agent of a passive paying verb before the figure in its clause: "paid for by the
#: commissioner alone in 2023-24 at a cost of £140,000", "funded by the mayor with £25,000"
_PAID_BY_COMMISSIONER = re.compile(r"\b(?:paid(?: for)?|funded|met|covered|financed|bought|backed)\s+(?:\w+ly\s+)?by\s+"
                                   + _COMMISSIONER_BODY + r"[^£;]*$")
#: an apposition naming a person, set off by commas just before a clause ("The Commissioner, Ada Brennan, | gave …")
_APPOSITION_BEFORE = re.compile(r",\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s*$")
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
    lo, hi = _whole_titles(sentence, clause, start)
    apposition = _APPOSITION_BEFORE.search(sentence, 0, lo)
    if apposition:  # ("The Commissioner, Ada Brennan, gave the council £12,000": the subject before the name)
        lo = _clause_of(sentence, max(0, apposition.start() - 1))[0]
    before = sentence[lo:start]
    return bool(_COMMISSIONER_GIVES.search(before) or _NAMED_COMMISSIONER_GIVES.search(before)
                or _BY_COMMISSIONER.search(sentence[end:hi]))


def _commissioner_said_to_pay(sentence: str, clause: tuple[int, int], start: int, end: int, spending: bool) -> bool:
    """Whether the figure's clause says the commissioner or mayor pays it in a shape that is never a grantor's money
    passed on: the agent of a passive paying verb before the figure ("paid for by the commissioner alone … at a cost of
    £140,000") or the subject of a relative clause after it ("the £42,000 a year the commissioner now pays")."""
    lo, hi = _whole_titles(sentence, clause, start)
    return bool(_PAID_BY_COMMISSIONER.search(sentence[lo:start]) or _COMMISSIONER_PAYS_AFTER.match(sentence[:hi], end)
                or spending and _commissioner_spends_it(sentence, lo, start, end))


#: the commissioner or mayor, by title or by name, as the subject of a verb of spending before the figure in its clause
_COMMISSIONER_SPENDS = re.compile(r"(?:" + _COMMISSIONER_BODY + r"|" + _NAMED_COMMISSIONER + r")(?:\s+(?:also|has|have|had|"
                                  r"will|is|was|would|then|now|already|still|again|separately|currently|(?:agree[sd]?|"
                                  r"promised|pledged|plans?|planned|decided|expects?|intends?|is going|are going|offered)"
                                  r"\s+to))*\s+" + _SPENDING_VERB + r"\b(?P<rest>[^£;]*)$")
#: the figure named, between the verb and it, as an award handed on or a figure stated: "will pay X a Grant Sum of
#: £643,200", "gives the exact grant as £446,380"
_NAMED_AS_AN_AWARD = re.compile(r"\b(?:grant|award|allocation|figure|sum|total|share)s?\b", re.I)


#: money the commissioner or mayor holds, named by its holder: "from the OPCC's commissioning budget", "£45,000 of her
#: budget", "the office's own resources", "my policing fund" (a holder by pronoun is the commissioner, the one person
#: in these texts who holds a budget)
_COMMISSIONERS_MONEY = re.compile(r"(?:" + _COMMISSIONER_BODY + r"['’]s|\b(?:[Hh]is|[Hh]er|[Mm]y))\s+(?:own\s+)?(?:[\w-]+\s+){0,4}?"
                                  r"(?i:budgets?|funds?|reserves|resources|money|pot|precept)\b")
#: (the money's noun in any case: a fund named in capitals, "from my own Community Safety Fund", is the holder's too)


def _commissioners_money_in_clause(sentence: str, clause: tuple[int, int], start: int) -> bool:
    """Whether the figure's clause (with the clause it is an adjunct of) names the money as the commissioner's or
    mayor's by its holder ("A helpline is paid for from the OPCC's commissioning budget at £20,000 a year", "Mr Hale
    has pledged £27,000 of his budget"): the commissioner's own money (README: funder PCC)."""
    lo, hi = _whole_titles(sentence, clause, start)
    return bool(_COMMISSIONERS_MONEY.search(sentence, lo, hi))


#: a figure said, just after it, to be a piece of a sum stated or named before: "£300,000 of it", "£300,000 of the
#: grant", "£50,000 from that money" (handed on out of that sum, not the commissioner's own)
_A_PIECE_OF_AFTER = re.compile(r"\s*(?:(?:a|each|per) year\s+)?(?:of|out of|from)\s+(?:it|this|that|these|those|the|its|their)\b",
                               re.I)


def _commissioner_spends_it(sentence: str, lo: int, start: int, end: int) -> bool:
    """Whether the figure's clause has the commissioner or mayor as the subject of a verb of spending, with no grant or
    award noun naming the figure nor words after it making it a piece of another sum ("Separately, the Mayor is
    funding the helpline with £30,000 a year", "Commissioner Ada Brennan pays for the phone line: £18,000", not "is
    paying Rise Up CIC £300,000 of it"): precedence of the clause's payer over the release's funder, since a grant
    handed on is awarded, granted or allocated ("has granted £298,400 to an Ipswich charity"), not spent."""
    spends = _COMMISSIONER_SPENDS.search(sentence[lo:start])
    return bool(spends) and not _NAMED_AS_AN_AWARD.search(spends.group("rest")) \
        and not _A_PIECE_OF_AFTER.match(sentence, end) and not _RECIPIENT_BEFORE.search(spends.group("rest"))


#: a recipient named as the indirect object between a verb of paying and the figure, "will pay the provider £250,000",
#: "pays Rise Up CIC £38,500": money handed on to a body (the grant's, unless its clause names the budget), not spent
#: on a thing "with" or "at" a figure; the last word before the figure is then a noun, not a preposition, adverb or
#: determiner
_RECIPIENT_BEFORE = re.compile(r"^\s*\S.*?\b(?!(?:with|at|of|by|for|on|to|from|into|towards|in|up|also|separately|now|"
                               r"costing|worth|about|around|some|nearly|almost|roughly|a|an|the|its|their|his|her|our|"
                               r"this|that|another|further|extra|additional)\b)[\w'’-]+\s+$", re.I)


#: a pronoun or demonstrative standing for a budget or fund named before, as the source of the figure: "£415,000 from
#: it", "gave the council £12,000 out of that", "paid from this"
_FROM_IT = re.compile(r"\b(?:from|out of)\s+(?:it|that|this)\b(?!\s+(?:year|month|week|date|point|time|grant|fund|budget|"
                      r"money|award|sum|pot|allocation|is|was|will|has)\b)|"
                      # (or a demonstrative before a money noun: "its last year of that funding", "with this money")
                      r"\b(?:of|from|out of|with|under)\s+(?:that|this|the same)\s+(?:[\w'’-]+\s+){0,2}?"
                      r"(?:funding|grant|money|award|allocation|budget|fund|pot)\b|"
                      # (or the pronoun is what the figure is the cost of, paid for as the sentence before says: "…
                      # has paid for a stalking service out of her own police budget. This year it costs £48,000")
                      r"\b(?:it|this|that)\s+(?:now\s+|still\s+|will\s+|would\s+|currently\s+)?(?:costs?|costing)\b", re.I)


def _antecedent_funder(sentence: str, stretch_lo: int, clause: tuple[int, int], sentence_before: str, terms) -> str:
    """The payer of a figure whose stretch of the sentence (from the figure before, ``stretch_lo``, to the end of its
    clause) gives its source only as a pronoun or a demonstrative ("Commissioner X has committed £415,000 from it", "In
    2024-25, its last year of that funding, it had £141,300"): the one funder the words before the pronoun name, else
    the sentence before ("The Safer Homes Fund is the commissioner's own budget."); "" when there is no such pronoun or
    no one funder is named."""
    it = _FROM_IT.search(sentence, stretch_lo, clause[1])
    if not it:
        return ""
    # (not the words of the figure's own clause: "gave the council £12,000 from it" names the recipient there)
    for text in (sentence[: min(it.start(), clause[0])], sentence_before):
        negated = [(x.start(), x.end()) for _, p in _candidates(terms.get("negation", ()), text) for x in p.finditer(text)]
        named = {v for v, p in _candidates(terms.get("funder", ()), text) for x in p.finditer(text)
                 if not any(a <= x.start() < b for a, b in negated)}
        if named:
            return next(iter(named)) if len(named) == 1 else ""
    return ""


_TITLE_AND = re.compile(r"\b[Pp]olice,?\s+(?:[Ff]ire,?\s+)?(?:and\s+)?$")


#: a clause that is only a figure's adjunct, its verb left in the clause before: "…, at £22,000 a year", "…, costing
#: £38,000", "…, at a cost of about £15,000"
_ADJUNCT_OPENS = re.compile(r"[\s,;(–—-]*(?:at|costing|worth|totalling|totaling|for|with)\s+(?:a (?:total )?cost of\s+)?"
                            r"(?:about|around|some|up to|roughly|nearly|almost)?\s*$", re.I)


def _whole_titles(sentence: str, clause: tuple[int, int], start: int) -> tuple[int, int]:
    """A clause widened over the "and" of an office's title that the clause split cut ("the police and | crime
    commissioner"): the title is one name, not two clauses; and, for the figure at ``start``, over the clause before
    when the figure's own is only its adjunct ("The commissioner will fund a second group, | costing £38,000")."""
    lo, hi = clause
    if lo > 0 and _ADJUNCT_OPENS.fullmatch(sentence[lo:start]):
        lo = _clause_of(sentence, lo - 1)[0]
    while lo > 0 and _TITLE_AND.search(sentence[:lo]):
        lo = _clause_of(sentence, lo - 1)[0] if lo - 1 >= 0 else 0
    while hi < len(sentence) and _TITLE_AND.search(sentence[:hi]):
        hi = _clause_of(sentence, hi)[1]
    return lo, min(hi, len(sentence))


def _referent_funder(text: str) -> str:
    """The funder a pronoun ("it", "its", "they") refers to: the body named last in ``text`` (a council: the local
    authority; a commissioner or mayor: the PCC; the Home Office or the Ministry of Justice: that department, so that
    "**Is the Ministry of Justice involved?** It pays for the advocates: £40,000 a year" is the Ministry's, not the
    release's Home Office money); "" for none."""
    bodies = list(_BODY_MENTION.finditer(text))
    if not bodies:
        return ""
    last = bodies[-1].group(0).lower()
    return "local authority" if last in ("council", "authority") else "Home Office" if last == "home office" \
        else "Ministry of Justice" if last == "ministry of justice" else "PCC"


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


#: the words before a body named as the one receiving money, not paying it: the agent of a verb of receiving ("won by
#: the Office of the Police and Crime Commissioner", "a grant … held by the commissioner's office") or the object of
#: "to" after a verb of giving ("paid to Kent County Council", "passed to the council")
_RECEIVER_BEFORE = re.compile(r"\b(?:won|received|secured|held|obtained|administered|accepted|bid for|applied for)\s+"
                              r"(?:(?:jointly|together|centrally)\s+)?(?:by\s+)?(?:the\s+)?$|"
                              r"\b(?:given|awarded|paid|passed(?: on)?|granted|allocated|sent|went|goes|going)\s+(?:directly\s+)?"
                              r"to\s+(?:the\s+)?$", re.I)


def _named_as_receiver(sentence: str, funder) -> bool:
    """Whether the body a funder term names at ``funder`` (start, end, value) is named as receiving the money ("won by
    the Office of the Police and Crime Commissioner for …", "paid to Kent County Council"): a recipient, not a payer."""
    before = sentence[max(0, funder[0] - 60) : funder[0]]
    # ("paid to Kent County Council", "held by the Office of the Police and Crime Commissioner")
    name = re.search(r"(?:[A-Z][\w'’&.-]*\s+(?:(?:and|of|upon|on|for)\s+(?:the\s+)?)?){0,4}$", before)
    return bool(_RECEIVER_BEFORE.search(before[: name.start()] if name else before))


#: the words before a funder naming the money a sum is matched to or tops up: "as match funding for the
#: Commissioner's award", "to match the Home Office grant", "a top-up to the commissioner's grant"
_MATCHED_MONEY_BEFORE = re.compile(r"\b(?:match(?:ed|ing)?(?:\s+funding)?\s+(?:for|to|towards|against|of)|"
                                   r"(?:to\s+)?match|top(?:ping)?[- ]?up\s+(?:for|to|of)|on top of|alongside)\s+"
                                   r"(?:(?:the|this|that|its|our|their|his|her)\s+)?"
                                   # (a word for which grant is matched: "the current Home Office grant", "the county's
                                   # Home Office grant", "this year's Home Office award")
                                   r"(?:(?:current|existing|same|new|original|[\w-]+['’]s)\s+)?$", re.I)


def _money_matched(sentence: str, funder, start: int) -> bool:
    """Whether the body a funder term names at ``funder`` (start, end, value), after the figure at ``start``, is the
    one whose money the figure matches ("£1,500 from the Community Grants budget, as match funding for the
    Commissioner's award", "£20,000 to match the Home Office grant"): the money matched, not the figure's payer."""
    return funder[0] > start and bool(_MATCHED_MONEY_BEFORE.search(sentence[max(start, funder[0] - 40) : funder[0]]))


#: the words between a figure and another account of the same money beside it, the one it corrects or replaces:
#: "should read £38,500 a year, not £35,800", "£24,000 (rather than £42,000)", "£18,000, instead of the £16,000 minuted"
_NOT_THAT_FIGURE = re.compile(r"\s*(?:(?:a|each|per) year|annually)?\s*[,(]?\s*(?:and\s+|but\s+)?(?:not|rather than|instead of|"
                              r"in place of|replacing|correcting)\s+(?:the\s+|a\s+)?", re.I)


def _corrects_the_figure_before(between: str) -> bool:
    """Whether a figure is given, right after another, as the account that other corrects or replaces ("should read
    £38,500 a year, not £35,800"): the same money, so the same payer and role."""
    return bool(_NOT_THAT_FIGURE.fullmatch(between))


def _heading_funder(heading: str, terms) -> str:
    """The one payer a section heading names, for the figures under it that name none ("HOME OFFICE GRANT" over
    "£455,000 in total, of which …", "**Is the Ministry of Justice involved?**" over "It pays £61,500 a year"): README
    "part", a piece keeping the payer its own heading names; "" when the heading names none, several, or negates one
    ("Money that is not from the Home Office"). The heading itself gives no organisation fact (README, "Headings
    naming a funder")."""
    if MONEY_TOKEN.search(heading) or _first(terms.get("negation", ()), heading):
        return ""
    named = {v for v, p in _candidates(terms.get("funder", ()), heading) if p.search(heading)}
    if not named and _HOLDERS_MONEY_HEADING.search(heading):
        named = {"PCC"}  # "COMMISSIONER'S CONTRIBUTION", "The Mayor's share": the money named by its holder
    return named.pop() if len(named) == 1 else ""


#: a heading naming money by its holder, the commissioner or mayor, whatever the money's noun: "COMMISSIONER'S
#: CONTRIBUTION", "The Mayor's top-up", "PCC's own money" (a council's is named by the funder terms already)
_HOLDERS_MONEY_HEADING = re.compile(r"\b(?:commissioner|PCC|PFCC|mayor|OPCC|OPFCC)['’]?s?\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?"
                                    r"(?:contributions?|money|funding|budget|funds?|share|top-?ups?|match(?:\s+funding)?|"
                                    r"grants?|resources|reserves?)\s*[:?]?\s*$", re.I)


#: a sentence's subject that pays, then what it pays for: "X Council is (separately) meeting the cost of …", "X Council
#: is paying for …", "X Council covers …", "X Council funds …"
_SUBJECT_PAYS_FOR = re.compile(r"\s+(?:(?:is|are|will|has|have|also|now|still|separately|already|be)\s+){0,3}(?:"
                               r"meet(?:s|ing)? the (?:full |whole )?costs?|pay(?:s|ing)? for|paid for|cover(?:s|ing)?|"
                               r"fund(?:s|ing)?|funded|bear(?:s|ing)? the (?:full |whole )?costs?)\b", re.I)


def _sentence_subject_pays(sentence: str, funders: list, start: int) -> str:
    """The payer a sentence opens with as the subject of a verb of paying for something, for a figure further on whose
    own stretch names no payer, past the clauses the description puts between them ("X County Council is separately
    meeting the cost of one-to-one work with people who stalk, up to 16 sessions each, at £21,000", "X Council is
    paying for an interpreter service, booked through the hub, at £9,000 a year"): '' when the sentence names
    another payer or money before the figure, or opens otherwise."""
    named = {f[2] for f in funders}
    if len(named) != 1:
        return ""
    first = min(funders, key=lambda f: f[0])
    if first[0] >= start or MONEY_TOKEN.search(sentence[: start]) or not re.fullmatch(
            r"\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:[Ii]n addition|[Ss]eparately|[Mm]eanwhile|[Aa]lso),?\s+)?(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){0,4}",
            sentence[: first[0]]):
        return ""
    return first[2] if _SUBJECT_PAYS_FOR.match(sentence, first[1]) else ""


#: a sentence's subject (a few words, then a payer) set off from its verb by a relative aside: "The four councils, which
#: until now paid £20,000 a year each into the course, have agreed …" (the aside and the verb after it)
_ASIDE_AFTER_SUBJECT = re.compile(r",\s+(?:which|who)\s+(?:[^,;.:]|(?<=\d)[,.](?=\d))*,\s+(?P<verb>(?:[a-z]+\s+){0,3}?)"
                                  r"(?:agreed|agree|agrees|given|give|gives|paid|pay|pays|put|puts|added|add|adds|provided|"
                                  r"provide|provides|found|find|finds|offered|offer|offers|contributed|contribute|contributes|"
                                  r"committed|commit|commits)\b")


def _subject_before_an_aside(sentence: str, funders: list, start: int) -> str:
    """The payer a sentence opens with as its subject when a relative aside holding another figure stands between it
    and the verb of the figure at ``start`` ("The four Tees councils, which until now paid £20,000 a year each into the
    course, have agreed a bridging sum of £32,000 between them"): the figure after the aside is the subject's money
    too, not the release's funder's; '' when the sentence opens otherwise or names another payer before the figure."""
    before = [f for f in funders if f[0] < start]
    if len({f[2] for f in before}) != 1:
        return ""
    first = min(before, key=lambda f: f[0])
    if not re.fullmatch(r"\W*(?:[Tt]he\s+)?(?:[\w'’&-]+\s+){0,4}", sentence[: first[0]].rstrip() + " "):
        return ""
    m = _ASIDE_AFTER_SUBJECT.match(sentence, first[1])
    if not m or m.end() > start or not MONEY_TOKEN.search(sentence, first[1], m.end()) \
            or re.search(r"[;.]", sentence[m.end() : start]) or MONEY_TOKEN.search(sentence, m.end(), start):
        return ""
    return first[2]
