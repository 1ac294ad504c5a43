"""Organisations and their roles (recipients, providers, commissioners, funders):
:func:`extract_organisations`.
"""

from __future__ import annotations

from funding.core import patterns as re
from functools import lru_cache

from funding.core.money import MONEY_FIGURE, MONEY_TOKEN, read_amounts
from funding.reference.register import normalise_name, place_aliases, register
from funding.core.text import looks_like_html
from funding.parse.releases.records import Organisation
from funding.parse.releases.vocabulary import (
    _ORG_WORD, _candidates, _first, _name_regex, _name_terms, _organisation_aliases, _read_data, _terms, may_match,
)
from funding.parse.releases.text import (
    COST_CENTRE_HEADING, _TABLE_ROW, _TOTAL_ROW, _cells, _quoted_spans, _heading_lines, _html_heading_lines, _line_at, _logical,
    prepare,
)
from funding.parse.releases.places import _release_places, find_areas
from funding.parse.releases.people import _office_role
from funding.parse.releases.periods import _MONTHS
from funding.parse.releases.amounts import extract_awards
from funding.parse.releases.amounts.prose import _ASKED_BEFORE
from funding.parse.releases.components import extract_components


_NAME = re.compile(r"(?:[A-Z][\w'’&.]*(?:-[a-z]+-[A-Z][\w'’&.]*|-[A-Z][\w'’.]*)?|of(?= [A-Z]))"
                   r"(?:\s+(?:[A-Z][\w'’&.]*(?:-[a-z]+-[A-Z][\w'’&.]*|-[A-Z][\w'’.]*)?|(?:of|and|for|on|upon|&)(?= [A-Z])|"
                   # (an authority whose name joins two places by 'with' just before its council word: "X with Y Borough Council")
                   r"with(?= [A-Z][\w'’-]* (?:Borough |City |County |District )?Council\b)))*")
_NAME_END = re.compile(
    r"\sfor\b(?! (?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"(?![A-Z]{2,}s?\b)[A-Z])|\s(?:will|which|who|to|are|is|was|were|that|since|following|has|have|said|focusing|while|whereas|"
    r"still|alongside|but|across|at|on|says|would|can|could|rather than|instead of|replacing)\b|"
    r"\s(?:run|delivered|led|provided|operated|funded)\s+by\b|"
    # (an apposition after the name says what it is, not a further name: "run by X, part of the Y Group", "X, based in Hull")
    r",\s+(?:a|an|with|working|supported|part of|one of|now|itself|based|set up|founded|registered|formerly|whose)\b|"
    r"[—–(:]|\s-\s(?=[a-z])|$"
)
#: a coordinated clause whose verb is left out, with its own agent ("…, and the children's service by Teme Family Trust")
_GAPPED_BY = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;(?:\s*(?:and|but|while|whereas))?)\s+(?:the|a|an|its|their|his|her|our)\s+"
                        r"(?:(?-i:[A-Z])[\w-]*\s+(?:and\s+)?){0,3}(?-i:[a-z])[^,.;:]{0,60}?\s+by\s+(?=(?:the\s+)?(?-i:[A-Z]))")
# (after a semicolon too, and over a capitalised word or two before the clause's noun: "…; the North and East lots by
# Y"; a gapped clause whose noun is a contract, "…; the other two contracts by Y", holds its work as the first does)
#: contract wording on a line (a contract, a tender or retender, a procurement, a preferred bidder): a body said to deliver
#: the work there holds it under contract (the corpus README's 'Contract holders'); not another contract the body holds
#: besides ("offers support to partners, alongside its IDVA contract")
_CONTRACT_WORDING = re.compile(r"\b(?:contracts?|(?:re-?)?tenders?|procurement|preferred bidder)\b", re.I)
_BESIDES = re.compile(r"\b(?:alongside|as well as|besides|in addition to)\b[^.;]*", re.I)
#: a service said to be commissioned by one body and delivered by another ("The course is commissioned by the OPCC and
#: delivered by X"): the commissioning is the service's, and X only delivers it (README, "Contract holders")
_COMMISSIONED_THEN_DELIVERED = re.compile(r"\b(?:is|are|was|were)\s+commissioned\s+by\b[^.;]{1,120}?\band\s+"
                                          r"(?:is\s+|are\s+)?(?:delivered|run|provided)\s+by\b", re.I)
_DELIVERY_ROLES = frozenset({"delivery_partner", "survivor_support_provider", "commissioned_service"})
#: a relative clause of the name's own ("X, which runs …", "X, a Beeston charity that won the contract …"): about X
#: wherever X stands in the sentence
_RELATIVE = re.compile(r"\s*,?\s*(?:which|who|that)\s|\s*,\s*(?:a|an|the)\s+[^,;.()]{1,60}?\s+(?:which|who|that)\s|"
                       r"\s+(?:is|was)\s+(?:a|an)\s+(?:[^,;.()]|\([^()]{0,30}\)){1,60}?\s+(?:which|who|that)\s|"
                       # (a reduced one, a participle after a comma: "pay X, chosen through a tender, to run …")
                       r"\s*,\s*(?:(?:re-?)?appointed|chosen|selected|contracted)\s+(?:after|following|through|via|by|under)\s")
#: … one saying the body was chosen through a tender or procurement ("X, chosen through a competitive tender,"): a body
_TENDERED = re.compile(r"\s*,\s*(?:(?:re-?)?appointed|chosen|selected)\s+(?:after|following|through|via)\s+(?:a|an|the)\s+"
                       r"(?:[\w-]+\s+){0,2}?(?:tender|procurement)")
#: a subject's cue saying it won a tender by its score or as the bidder chosen ("scored highest", "was the preferred
#: bidder"): only a body bids, so a name of two words or more before it is one ("Kestrel Bridge Services scored highest")
_BID_WON = re.compile(r"\b(?:scored|bidder|tenderer|bid)\b", re.I)
#: an apposition saying what kind of body a name is ("X, a Beeston charity that …")
_APPOSED_KIND = re.compile(r"(?:\s*,|\s+(?:is|was))\s*(?:a|an)\s+[^,;.()]{0,40}?\b(?:charity|provider|organisation|company|CIC|trust|social "
                           r"enterprise|partnership|consultancy|university|association)\b")  # (not "a service": a programme's name may be one)
#: the rest of a count coming from elsewhere ("with others coming through", "Others came from", "the rest from")
_OTHERS_FROM = re.compile(r"\b(?:others|the rest|the remainder|more|a few|fewer)\b[^.;]{0,20}?\b(?:coming|came|come|comes|were referred|"
                          r"referred)?\s*(?:from|through|via|by)\s+(?=(?:the\s+)?(?-i:[A-Z])|(?:[\w'’-]+\s+){1,8}?(?:and\s+)?(?:from\s+)?"
                          r"(?:the\s+)?(?-i:[A-Z]))|"  # (also after a list's lower-case first items: "from adult social care and the
                          # Probation Service")
                          r",\s*(?:closely\s+)?followed\s+by\s+(?=(?:the\s+)?(?-i:[A-Z]))", re.I)  # ("Schools made most of
# them, followed by X and Y": the next referrers in a referrals sentence)
#: the next subject of a referrals clause whose verb is left out ("… made 58% of them and the Probation Service most of the
#: rest", "…, and X the rest")
_GAPPED_REFERRER = re.compile(r"[^.;]{0,40}?,?\s+(?:and|while|with)\s+(?:the\s+)?(?P<name>(?-i:[A-Z])[\w'’&-]*(?:\s+(?:(?:of|and|for)\s+)?"
                              r"(?-i:[A-Z])[\w'’&-]*)*)\s+(?:(?:almost|nearly|about|around|just over|just under)\s+)?"
                              r"(?:most|many|some|all|half|a third|a quarter|the rest|the remainder|\d[\d,]*(?:%|\s+per\s*cent)?)\b")
#: a sentence opening with a word for the body named just before ("It won the contract", "The charity was chosen")
_PRONOUN_SUBJECT = re.compile(r"\s*(?:It|The (?:charity|company|provider|organisation|partnership|trust|CIC))(?=\s)")
_NEXT_CLAUSE = re.compile(r",\s*(?:and|but|while|whereas)\s+(?:the|a|an|its|their|his|her|our)\s+(?-i:[a-z])|"
                          r";(?:\s*(?:and|but|while|whereas))?\s+(?:the|a|an|its|their|his|her|our)\s+"
                          r"(?:(?-i:[A-Z])[\w-]*\s+(?:and\s+)?){0,3}(?-i:[a-z])")
# (a semicolon before a determiner and a lower-case word starts a clause too: "… held by X; the other two contracts by Y"
# leaves "the other two contracts" out of X's list, and a capitalised word in it, "the South and West lots by Y", too)
_OWN_OBJECT = re.compile(r"\s*(?:its|their|his|her|our|your|my)\s")
#: a department named only as the holder of a figure or line: "Home Office figure", "Home Office lines"
_ITS_FIGURE_AFTER = re.compile(r"(?:Home Office|Ministry of Justice)(?:['’]s)?\s+(?:figures?|lines?)\b")


def _names_its_figure_only(text: str, at: int) -> bool:
    """Whether the department named at ``at`` is named only as the holder of a figure or line, with no sum after it in
    its sentence ("The 2026-27 Home Office figure assumes …", "The Home Office figures follow the grant agreement",
    "£180,000 of his own budget, which the Home Office figure leaves out"): no statement that it pays (README, "Home
    Office money and letters in prose"; "The Home Office figure of £404,000 …", "the Home Office figure includes
    £23,500 …" and "The four Home Office lines come to £330,400" give its sum and are not matched)."""
    m = _ITS_FIGURE_AFTER.match(text, at) if at >= 0 else None
    if not m:
        return False
    rest = re.split(r"[.!?](?:\s|$)", text[m.end():], maxsplit=1)[0]
    cut = re.search(r";|\bbecause\b", rest)
    head, tail = (rest[:cut.start()], rest[cut.end():]) if cut else (rest, "")
    if cut and not re.match(r"\s*(?:(?:and|so)\s+)?(?:it|this|that|they|these|the\s+(?:[\w-]+\s+){0,2}?(?:figure|line|sum|amount|"
                            r"grant|award|allocation)s?)\b", tail, re.I):
        rest = head  # ("The Home Office figure is down because the national pot shrank from £40m to £36m": the sums
        # after "because" or a semicolon are another clause's; not "… has gone up; it is now £5,000": the figure's own)
    return not MONEY_TOKEN.search(rest)


_NOT_NAMES = {"he", "she", "it", "they", "we", "this", "these", "those", "the", "but", "currently", "mr", "mrs", "ms",
              "each", "both", "all", "either", "neither", "some", "many", "most", "several",
              "a", "an", "its", "their", "his", "her", "our", "delivery", "date", "subject", "signed", "title",
              "summary", "decision", "background", "office", "who", "what", "when", "where", "why", "how", "you",
              "your", "i", "yes", "no", "tags", "gps", "trust", "council", "project", "service", "charity",
              "can i", "can you", "do i", "will i", "should i", "is there", "are there", "gp",
              # (people and kinds of body named by a plural common noun opening a sentence: "Professionals can refer …")
              "professionals", "practitioners", "agencies", "schools", "families", "parents", "residents", "partners",
              "people", "staff", "officers", "teachers", "employers", "organisations", "services",
              "contract", "contracts",
              # (the imperative verb opening an action or a plan's numbered commitment: "3. Pay for two advocates with
              # …", "Extend the service into …", "Open a helpline …")
              "pay", "fund", "open", "keep", "extend", "train", "pilot", "launch", "expand", "continue", "introduce",
              "deliver", "recruit", "create", "develop", "ensure", "commission"} | set(_MONTHS)
_WORD = re.compile(r"\S+")
#: a list item's label saying who gives support to partners or victims, up to the body: "Partner support through ",
#: "Support for partners delivered by ", "Advocacy provided by the "
_SUPPORT_GIVEN_THROUGH = re.compile(r"\b(?:partners?|ex-partners?|victims?|survivors?|advocacy|IDVAs?)\b[^:£]{0,40}?"
                                    r"\b(?:through|via|delivered by|provided by|given by|run by|from)\s+(?:the\s+)?$", re.I)
_ENDED = re.compile(r"\b(?:ended|has ended|came to an end|no longer|used to fund|previously funded|formerly|expired|ran out|"
                    r"(?:did|does|has|have|had|will|would)\s+not\s+(?:be\s+)?renew(?:ed)?|decided not to renew|not been renewed|"
                    # ("gave £41,000 towards its first year, but has not funded it since": money that has ended)
                    r"(?:has|have|had)\s+not\s+(?:funded|paid for|supported)\s+(?:it|them|the\s+\w+)\s+since)\b|"
                    r"\bwas funded\b[^.;]{0,60}\bfor (?:\d{4}(?:[-–/]\d{2,4})?|one year|a year|a single year) only\b", re.I)
#: a name used as a word for money or a programme ("the Home Office grant", "Kent's Home Office award", "the Fresh Start
#: programme"): no body in a provider's, recipient's or parent's role
_NAMES_MONEY = re.compile(r"(?:['’]s?)?\s+(?:(?!(?:a|an|the|will|would|to|under|can|could|may|shall|should|must|and|or|also|has|have|is|"
                          r"was|now|then|still)\b)[a-z][\w-]*\s+)?(?:grant|award|allocations?|funding|fund|money|budgets?|"
                          r"share|contract|pot|cash|programmes?|courses?|schemes?|model|plan|strategy|campaign|initiative|"
                          r"framework|data|figures|records|statistics|report|guidance|website|board|meeting|bids?|application|submission|"
                          r"proposal)\b")
#: a person's title: the name after it is a person's, not a body's ("led by Dr Amy Shaw", "Councillor Jane Bright")
_TITLED = re.compile(r"(?:Councillor|Cllr|Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Lord|Lady|Baroness|Baron|Rev|Revd)\.?\s")
#: things provided, run or led that are no service ("Lunch was provided by …", "The photographs were provided by …")
_NOT_SERVICE = re.compile(r"\b" + _name_regex("not_service").pattern + r"\b", re.I)
#: what a provider delivers: a sentence naming something else provided and none of these gives no delivery role
_SERVICE_WORDS = re.compile(r"\b" + _name_regex("service_word").pattern + r"\b", re.I)
#: a name that may pay (local_name_terms.csv ``payer_word``): councils, grant-makers, NHS bodies, housing associations
_PAYER_WORD = re.compile(r"\b" + _name_regex("payer_word", 0).pattern + r"\b")
#: a government department (local_name_terms.csv): it only ever funds in this genre
_DEPARTMENT = re.compile(_name_regex("department", 0).pattern)
#: … and where one is named in a sentence or a row
_DEPARTMENT_IN_TEXT = re.compile(r"(?<![\w-])" + _name_regex("department", 0).pattern
                                 + r"(?![\w-])(?!['’](?!s\s+(?:[\w,'’-]+\s+){0,10}?(?:fund|budget|grant|money)\s+"
                                   r"(?:pays|paid|gives|gave|provides|provided|covers|covered|funds|funded)\b"
                                   r"|s\s+(?:[\w,'’-]+\s+){0,10}?(?:fund|budget|grant|money|allocation)\b[^.;£]{0,40}?\b(?:is|was|are|"
                                   r"were|totals?|totalled|comes? to|came to|will be)\s+(?:about\s+|around\s+|some\s+)?£))")
#: (a department's own fund paying: "The Welsh Government's Violence Against Women, Domestic Abuse and Sexual Violence fund
#: pays £28,000", or its grant given as a sum: "The Scottish Government's revenue grant to councils is £4.1 million": the
#: department is the payer; not its other things, "the Department for Education's guidance")
#: the literal word each department's name starts with, other than the Home Office's and the Ministry of Justice's (a
#: sentence holding none names no other department)
_DEPARTMENT_NEEDLES = re.compile("|".join(sorted({re.match(r"[\w ]+?(?=\s|\W|$)", d).group(0) for d in _name_terms("department")}
                                                 - {"Home", "Ministry"})) + "|Ministry of H")
#: "- Harbour Women's Aid: £12,000 for a support worker": a list item or row naming the body a sum goes to
_NAME_COLON_MONEY = re.compile(r"^\W*(?:\*\*)?(?P<name>(?-i:[A-Z])[^:£|]{2,80}?)(?:\*\*)?\s*(?::|\s[–—-])\s*(?:\*\*)?\s*£\d")
#: a list item opening with a body's name, a dash, what it does and a sum on the item ("• Dee Valley Change – 26-week
#: group programme for men – £512,000 (contract awarded after tender)"): the body named as the item's payee
_NAME_DASH_ITEM = re.compile(r"^\s*[-*•]\s+(?:\*\*)?(?P<name>(?-i:[A-Z])[^:£|–—]{2,60}?)(?:\*\*)?\s+[–—-]\s+[^£]{3,}£\d")
#: contract wording on a list item: "contract awarded after tender", "contract won", "following a procurement"
#: a list item naming a body, its sum after a comma and then what the sum buys: "- Wessex Change CIC, £50,000: a group
#: programme for men", "• Poole Stalking Clinic, £25k – one-to-one work" (the body is paid the item's sum)
_NAME_COMMA_MONEY_ITEM = re.compile(r"^\s*[-*•]\s+(?:\*\*)?(?P<name>(?-i:[A-Z])[^:£|,–—]{2,60}?)(?:\*\*)?,\s*£\s?\d[\d,.]*"
                                    r"(?:\s?(?:k|m|million)\b)?\s*(?::|\s[–—-])\s+\S")
_CONTRACT_ON_ITEM = re.compile(r"\bcontract\b[^.;]{0,30}?\b(?:awarded|won|let)\b|\b(?:after|following)\s+(?:an?\s+)?"
                               r"(?:open\s+|competitive\s+)?(?:tender|procurement)\b", re.I)
#: "Partner support: Meadows Women's Aid    £84,000": what a sum pays for, a colon, the body paid, the sum
_WHAT_COLON_BODY = re.compile(r"^\W*(?P<what>(?-i:[A-Z])[^:£|]{2,60}?):\s+(?P<name>(?-i:[A-Z])[^:£|]{2,80}?)(?:\s{2,}|\s*[–—-]\s*|\s*:\s*|\s)"
                              r"\s*(?:\*\*)?£\d")
#: a label before a sum, not a recipient ("Total: £X", "Year One Payment: £X")
_LABEL_WORDS = frozenset(_name_terms("label_word"))
def _section_heading_line(rel, number: int, raw: str) -> bool:
    """Whether a plain-text line is a section heading standing on its own: a few words (at most six), capitalised, with
    no closing stop, colon or figure, after a blank line and before the text it heads ("Home Office funding", "Home
    Office grant", "Our own contribution"). A heading names no funder (the corpus README's 'Headings naming a
    funder'); the lines under it do."""
    t = raw.strip()
    if not t or "|" in raw or "\t" in raw or "<" in raw or MONEY_TOKEN.search(t) or len(t.split()) > 6 \
            or not t[0].isupper() or re.search(r"[.!?:;,]['\"”’)]?$", t) or _LIST_ITEM.match(raw) \
            or raw[:1].isspace() or re.search(r"\S\s{2,}\S", t):  # (not an aligned table's heading row)
        return False
    before = rel.line_text(number - 1) if number > 1 else ""
    after = [(rel.line_text(k) or "").strip() for k in (number + 1, number + 2)]
    return not (before or "").strip() and bool(after[0] or after[1])  # (a blank line may follow it)


#: a speech verb straight after a department's name: "has said", "told", "has not said", "says", "warned"
_SPEAKS_AFTER = re.compile(r"(?:['’]s\s+\w+\s+)?\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|now\s+)?(?:not\s+)?(?:said|says|told|tells|"
                           r"warned|warns|indicated|indicates)\b")


def _only_speaking(sentence: str, end: int) -> bool:
    """Whether a department is named, in a sentence stating no sum, only as the one who said something ("the Home
    Office has said areas may bid again for 2028/29", "The Home Office said decisions on the fund would follow
    the spending review", "… and the Home Office has not said why"): a statement about money to come or not, no
    statement that the department pays (a sentence giving its sum, "the Home Office says it is spending £34m", is
    read as usual, and so is a line giving a sum in its next sentence)."""
    return end >= 0 and not MONEY_TOKEN.search(sentence) and bool(_SPEAKS_AFTER.match(sentence, end))


#: a condition opening the clause a department is named in, up to it: "… will be reviewed if ", "… how the service
#: will be paid for if no ", "unless the "
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|until|whether)\b[^.;,:£]{0,60}$|"
                               # (an imperative that supposes it: "Add in the Home Office grant and the pledge is
                               # more than met", as "if you add")
                               r"^\W*(?:add|adding|count|counting)\s+(?:in\s+)?(?:the\s+)?$", re.I)


def _only_in_a_condition(sentence: str, at: int) -> bool:
    """Whether a department is named, in a sentence stating no sum, only inside a condition ("The plan will
    be revisited if Home Office money for 2029-30 is agreed", "… how the work would be funded if no Home Office
    allocation arrives"): money that may or may not come, so no statement that the department pays (the corpus
    README's "funder": who pays)."""
    return not MONEY_TOKEN.search(sentence) and bool(_CONDITION_BEFORE.search(sentence[:at]))


def _named_only_in_quotes(rel, number: int, name: str) -> bool:
    """Whether every mention of ``name`` on line ``number`` stands inside quoted speech ("The commissioner said: "The
    Home Office has backed us for two more years.""; a blockquote of a quote): words set aside, naming no payer."""
    raw = rel.line_text(number) or ""
    spans = _quoted_spans(raw)
    found = [m.start() for m in re.finditer(re.escape(name), raw)]
    return bool(spans) and bool(found) and all(any(a <= i < b for a, b in spans) for i in found)


#: a funder named only to say the money is not its ("is not part of the Home Office grant", "rather than the Home Office")
_NOT_ITS_MONEY = re.compile(r"\b(?:not|never)\s+(?:\w+\s+){0,3}?(?:part of|from|of|by|through|out of)\s+(?:the\s+)?$|"
                            r"\bnone of (?:it|that|this|them|the \w+)(?:\s+money)?\s+(?:is|was|comes? from|came from)\s+(?:the\s+)?$|"
                            r"(?:^|\s)(?:and|with|but|using)\s+no\s+$|"
                            r"\b(?:rather than|instead of|outside|apart from|separate from|separately from|other than|as opposed to)"
                            r"\s+(?:(?:from|by|through|out of|part of|of)\s+)?(?:the\s+)?$", re.I)


def _only_sums_across_payers(sentence: str) -> bool:
    """Whether every sum of a sentence is glossed just after it as two named payers' money together ("£48,000 in
    2027/28 (the Home Office grant and the health board's money)"): sums across payers, none of them one payer's."""
    from funding.parse.releases.amounts.prose import _two_payers_money_after
    sums = [m for m in MONEY_TOKEN.finditer(sentence) if re.search(r"\d", m.group(0))]
    return bool(sums) and all(_two_payers_money_after(sentence, m.start() + len(m.group(0).rstrip(".,;:")))
                              for m in sums)


def _named_as_not_paying(sentence: str, start: int) -> bool:
    """Whether the payer named at ``start`` is named only to say the money is not its ("rather than from X Council",
    "not paid for by X Council"): a negated payer is no funder (the corpus README's "funder"); nor is a body named
    only as asked for leave ("has asked the Home Office to allow the sum to roll over")."""
    return bool(_NOT_ITS_MONEY.search(sentence[max(0, start - 40) : start])) or bool(
        _ASKED_BEFORE.search(sentence[max(0, start - 30) : start]) and _ASKED_FOR_LEAVE.match(sentence, start))


#: a body asked for leave: the words before it ("will ask the", "has asked": the amounts reader's ``_ASKED_BEFORE``) and
#: the body's name with what it is asked after it ("Home Office to let it carry …", "Ministry of Justice for permission to …")
_ASKED_FOR_LEAVE = re.compile(r"(?:[A-Z][\w'’&-]*\s+(?:(?:of|for|and)\s+)?){1,6}?(?:to\s+(?:let|allow|agree|approve|permit)|"
                              r"for\s+(?:permission|approval|agreement|consent|leave))\b")
_PAYERS = {"funder", "former_funder", "match_funder", "existing_funder", "commissioner"}
#: the last word of a title, not a body ("the Perpetrator Intervention Fund", "the Safer Streets Programme")
_TITLE_WORDS = frozenset(_name_terms("title_word"))
_CAN_REFER = re.compile(r"\b(?:can|will|may|could)(?: also)?(?: be able to| continue to)? refer\b|\bcontinues? to refer\b|"
                        r"\brefers?\s+(?:most|many|some|all|the majority|a number|the bulk|people|men|women|families)\b|"
                        r"\b(?:made|make|makes|making)\s+(?:\d[\d,]*(?:%|\s+per\s*cent)?|most|many|the most|half|a third|a quarter)\s+"
                        r"(?:of\s+(?:the|these|those)\s+)?(?:referrals|rest|remainder|others|of them)\b|"
                        r"\b(?:made|make|makes|making)\s+(?:the|its|their|all|some|more)\s+(?:(?:first|early|initial|most|main|bulk of(?: the)?)\s+)?"
                        r"(?:referrals|rest|remainder)\b", re.I)


#: a word of money or paying, or a figure in thousands (a table without £): a sentence naming a government department and none of these says nothing of who pays
_MONEY_WORDS = re.compile(r"£|\b\d{1,3}(?:,\d{3})+\b|\b(?:grants?|funds?|funded|funding|funders?|money|monies|awards?|awarded|allocat\w*|pays?|"
                          r"paid|paying|bids?|budgets?|financ\w*|contribut\w*|pots?|shares?|top-?up|cash|invest\w*|"
                          r"backed|backing|sponsor\w*|commission\w*|resourc\w*|payments?|spend\w*|spent|costs?)\b", re.I)
#: a common noun for a body before its name in apposition ("The charity, X, …", "Our provider, X, …")
_APPOSED = re.compile(r"(?:^|[;:.]\s+|,\s+(?:and\s+)?)(?:[Tt]he|[Oo]ur|[Tt]heir|[Ii]ts|[Aa]|[Ll]ocal)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:charity|provider|organisation|service|company|trust|partnership|project|CIC|social enterprise|"
                      r"consultancy|university|evaluators?|researchers),\s+$")
#: a label above a list naming the role of the bodies listed under it
_LIST_LABEL = re.compile(r"^\W*(?:<[^>]+>\s*)*(?:(?P<delivery>(?:our|the|delivery|project|programme|service|local|lead)\s+(?:delivery\s+)?partners|"
                         r"(?:our |the |lead |local )?(?:providers|provided by|delivered by|who (?:runs|delivers) (?:it|the (?:service|"
                         r"programme|course))))|(?P<funder>(?:our |the )?(?:funders|funding partners|funded by|with (?:thanks|"
                         r"support) (?:to|from) our funders))|(?P<referrer>(?:our |the )?(?:referral partners|referrers|"
                         r"who (?:can )?refers?))|(?P<evaluator>(?:our |the )?(?:evaluators|evaluation partners)))\s*:?\s*(?:</[^>]+>\s*)*$",
                         re.I)
_LIST_ITEM = re.compile(r"^\s*(?:<li[^>]*>\s*|[-*•]\s+|\d{1,2}[.)]\s+)")
#: names listed before the last of a list ("Ripon Change Trust, Nidd Women's Aid and …")
_LISTED_BEFORE = re.compile(r"(?:(?-i:[A-Z])[\w'’&-]*(?:\s+(?:(?:of|and|for|&)\s+)?(?-i:[A-Z])[\w'’&-]*)*\s*(?:,\s*(?:and\s+)?|\s+and\s+))+$")
#: a title's number after its last word ("Round Five", "Phase 2", "Year One")
_NUMBERED_TITLE = re.compile(r"(?:\s+(?:\d+[a-z]?|[IVX]+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|[A-D]))+$")
#: words that name what a body does or whom it serves, not a body (local_name_terms.csv ``generic_word``)
_GENERIC_WORDS = frozenset(w.lower() for w in _name_terms("generic_word"))
#: a name in apposition with what a programme is ("Better Futures, the new course", "Calm Homes, a 12-week programme")
_BRAND_APPOSITION = re.compile(r"(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4}),\s+(?:the|a|an|our|its|their)\s+"
                               r"(?:[\w-]+\s+){0,3}?(?:course|programme|scheme|group|initiative|pilot|intervention|model|"
                               r"campaign|helpline)s?\b", re.I)
#: a word only an institution's name holds (a brand may hold "Change", "Futures" or "Project")
_INSTITUTION = re.compile(r"\b(?:Council|Police|Constabulary|Trust|CIC|CIO|Ltd|Limited|Charity|Aid|Refuge|University|College|"
                          r"Foundation|Society|Association|Institute|Authority|Probation|Office)\b")
#: a body's name and its initials in brackets after it ("Mayor's Office for Policing and Crime (MOPAC)")
_INITIALS = re.compile(r"(?P<name>(?-i:[A-Z])[\w'’&-]*(?:\s+(?:(?-i:[A-Z])[\w'’&-]*|of|and|for|the|&)){1,9})\s+\((?P<short>(?-i:[A-Z][A-Za-z&]{1,9}))\)")
#: a table column naming who pays or where the money comes from
_PAID_HEADER = re.compile(r"(?:main |lead |principal )?(?:funders?|payers?|source(?: of (?:funds|funding))?|"
                          # (or the partners who fund: "Funding partner", "Contributor")
                          r"funding(?: (?:source|stream|partner)s?)?|contributors?)|"
                          r"funded (?:by|from)|paid (?:from|by)|"
                          # (a payments list's "Cost centre": the budget each payment is charged to, "DA Perpetrators -
                          # Home Office grant", names who pays as a funding-source column does)
                          + COST_CENTRE_HEADING, re.I)
#: a notice's heading over the body letting a contract: "Contracting authority", "Buyer", "Commissioning body"
_AUTHORITY_HEADING = re.compile(r"(?:contracting|commissioning|awarding)\s+(?:authority|body|organisation)|buyer", re.I)
#: a commissioning body's name: a commissioner's office, a council, a combined or other authority
_COMMISSIONING_NAME = re.compile(r"\b(?:Commissioner|OPCC|OPFCC|Council|Authority|Mayor)\b")
#: a payments list's cost-centre column heading ("Cost centre", "Cost center")
_COST_CENTRE = re.compile(COST_CENTRE_HEADING, re.I)
#: what a register's row about this genre's work describes (a row describing none is about other work)
_TOPIC = re.compile(r"abuse|perpetrat|stalk|partner|victim|survivor|behaviour|course|programme|group|IDVA|advoca|helpline|safe accommodation|"
                    r"evaluat|famil|violen|harm|refuge|safety|parent|father|\bmen\b|women|young people|case manag|"
                    r"one-to-one|session|intervention|training|support|worker|therap|counsel", re.I)
#: words only this genre's work uses (a department paying for other work is no funder of a fact)
_ABUSE_TOPIC = re.compile(r"abus|perpetrat|stalk|victim|survivor|refuge|safe accommodation|IDVA|violen|coerci|behaviour change|"
                          r"\bharm", re.I)
#: a table heading's unit ("2024-25 (£000)", "£k", "(£m)"): no sum
#: the same unit as the reader's text step writes it once read ("(thousands of pounds)": text._UNIT_HEADINGS)
_UNIT_WORDS = r"\s+\((?:thousands|millions) of pounds\)"
#: the unit figures are rounded to ("rounded to the nearest £100", "to the nearest £1,000"): no sum of anyone's
_TO_THE_NEAREST = re.compile(r"\bto the nearest\s+£[\d,.]+(?:\s*(?:k|m|million|thousand))?", re.I)
_UNIT_LABEL = re.compile(r"\(?£\s?(?:['’]?000s?|k|m|million|thousands?)\)?(?![\w,.])", re.I)
#: where a clause's subject starts: the sentence's start (after a list mark, a numbered paragraph's number or bold), or
#: after a time phrase that opens it ("Last spring X began …"), a semicolon, a colon, a comma or a conjunction ("In Kent, X will run …", "…; X supported 131 partners", "We can
#: confirm that X has been awarded the contract")
_CLAUSE_START = re.compile(r"(?:^(?:(?:In|Last|This|Next|Earlier|Later|Since|From|By|During|Over|Early|Until|Till|Before|After|Between)\s+(?:[\w-]+\s+){0,3}?)?|[;:,]|\b(?:and|but|while|whereas|meanwhile|so|then|since|because|that|as|when|after|once|where|if|which|whereby))\s*"
                           # (also a note's or item's letter or numeral in brackets: "(b) X is also funded by …", "iii) X …")
                           r"(?:\*\*|[-*•>]\s*|\(?[A-Za-z]?\d+(?:\.\d+)*[.)]?\s+|\d+/\d+\s+|\(?(?-i:[a-z]|[ivx]{1,4})\)\s+)*"
                           r"(?:[Tt]he\s+)?$")
#: a name that is plainly a body: an organisation word, a legal form (local_name_terms.csv ``body_word``) or a listed alias
_BODY_WORD = re.compile(r"\b" + _name_regex("body_word", 0).pattern + r"(?![\w'’])")


#: a course, programme or sessions a body holds as its own
_OWN_COURSE_WORD = re.compile(r"\b(?:courses?|programmes?|sessions|groups|services?|work|teams?|projects?)\b")
_OWN_COURSE = r"(?:(?:[\w-]+\s+){0,2}?(?:group\s+)?(?:courses?|programmes?|sessions|groups)|" \
              r"(?:high[- ]harm|perpetrator|stalking|behaviour[- ]change)\s+(?:services?|work|teams?|projects?))\b"
#: (also its perpetrator work by its kind: "Ashlow Change's high-harm service took 44 referrals")
#: the name before a possessive: capitalised words, joined by "and", "of", "for" or "&" ("Trent Pathways' sessions"); the
#: first word holds no apostrophe, a later one may, to its possessive's ("Fernlea Women's Centre's IDVA surgeries")
_POSSESSOR_FIRST = r"(?-i:[A-Z])[\w&-]*"
_POSSESSOR_JOIN = r"\s+(?:(?:and|of|for|&)\s+)?"
_POSSESSIVE = r"(?:['’]s|s['’])\s+"
_POSSESSED_COURSE = re.compile(r"(?P<name>" + _POSSESSOR_FIRST + r"(?:" + _POSSESSOR_JOIN + r"(?-i:[A-Z])[\w&-]*)*)" + _POSSESSIVE
                               + _OWN_COURSE)
#: the advocates or support workers a body holds as its own ("Fernlea Women's Centre's IDVA surgeries", "X's IDVAs contact the
#: partner of every man referred", "X's partner support workers"): it supports partners or victims
_POSSESSED_SUPPORT = re.compile(r"(?P<name>" + _POSSESSOR_FIRST + r"(?:" + _POSSESSOR_JOIN + r"(?-i:[A-Z])[\w&'’-]*?)*)" + _POSSESSIVE
                                + r"(?:[\w-]+\s+){0,2}?(?:IDVAs?|ISVAs?|(?:stalking |domestic abuse |independent )?advocates?|"
                                r"IDVA (?:service|surgeries|team)|(?:partner|victim|survivor) support(?: workers?| service| team)?)\b")
#: the whole run of capitalised words each of the two may take its name from, from where a match is tried (greedy, no
#: possessive needed): the stretch :func:`_possessed` skips when no name in it ends in a possessive that fits
_POSSESSOR_RUN = {
    _POSSESSED_COURSE: re.compile(_POSSESSOR_FIRST + r"(?:" + _POSSESSOR_JOIN + r"(?-i:[A-Z])[\w&-]*)*"),
    _POSSESSED_SUPPORT: re.compile(_POSSESSOR_FIRST + r"(?:" + _POSSESSOR_JOIN + r"(?-i:[A-Z])[\w&'’-]*)*"),
}
_CAPITAL = re.compile(r"[A-Z]")
#: a heading that names money, not a body, by the noun it ends in ("HOME OFFICE GRANT", "COMMISSIONER'S OWN BUDGET",
#: "Council contributions", "Partners' money")
_HEADING_NAMES_MONEY = re.compile(r"\b(?:grants?|budgets?|funding|money|contributions?|reserves?|top-?ups?|allocations?)\W*$",
                          re.I)


def _possessed(pattern: re.Pattern, sentence: str):
    """The matches of ``_POSSESSED_COURSE`` or ``_POSSESSED_SUPPORT`` in ``sentence``, as ``pattern.finditer`` gives them,
    in time linear in the sentence's length.

    ``finditer`` tries a match at each capital letter, and each try runs to the end of the capitalised words that
    follow before it gives up: a long run of capitalised words with no possessive that fits ("A B C D …") took time
    quadratic in its length.  A try that fails at the start of a run fails at every later capital of that run (the names
    from there end at positions the first try's could, and whether a possessive fits depends only on where it stands),
    so after a failed try the search goes on from the end of the run; after a match, from the match's end, as
    ``finditer`` does (neither pattern matches an empty string)."""
    if "'" not in sentence and "’" not in sentence:
        return  # (no possessive)
    run = _POSSESSOR_RUN[pattern]
    at = 0
    while (capital := _CAPITAL.search(sentence, at)) is not None:
        m = pattern.match(sentence, capital.start())
        if m:
            yield m
            at = m.end()
        else:
            at = run.match(sentence, capital.start()).end()
_SUBJECT_WITH_ITS = re.compile(r"\W*(?:\*\*[^*]{0,60}\*\*\s*)?(?P<name>(?-i:[A-Z])[\w&-]*(?:\s+(?:(?:and|of|for|&)\s+)?(?-i:[A-Z])[\w&-]*)*)"
                               r"\s+(?:says|said|tells us|told us|reports|reported|has shared|shared|runs|ran|has run)\b[^.;]*?\bits\s+"
                               + _OWN_COURSE)
#: what an evaluator does after its name: evaluates (whatever follows), holds an evaluation as its own, or reports on the
#: work or publishes a report (an evaluator's only where the release names an evaluation)
_EVALUATOR_VERB = re.compile(r"(?:['’]s|(?<=s)['’])\s+(?:[\w-]+\s+){0,2}?(?:(?P<evaluates>evaluation)|(?P<report>(?:interim |final )?"
                             r"(?:report|findings)))\b|"
                             r"\s+(?:(?:is|are|has been|have been|was|were|also|now|independently|currently)\s+)*"
                             r"(?:(?P<evaluating>evaluating|evaluates|(?:will|would|is to|are to|is due to)\s+(?:also\s+)?evaluate)\b|"
                             r"(?:(?:will|is due to|is to|are to|would)\s+(?:also\s+)?(?:report|publish)|reports\s+(?:on|to|back)|publishes)\b)")
#: what a provider does to the people it works with, after its name ("offers people who stalk up to 16 sessions", "will see
#: each person referred", "will place a family worker", "also trained 412 officers"): not money, premises or data offered
_DOES_THE_WORK = re.compile(r"\s+(?:(?:also|now|still|will|would|can|currently|already|then|has|have|had|was|were|is|are|been|"
                            r"stays?|stayed|keeps?|kept)\s+)*"
                            r"(?:offers?|offered|sees|see|places?|placed|trains?|trained|"
                            # (training as a noun: "gave training to 260 officers", "delivers awareness training for GPs")
                            r"(?:gives?|gave|delivers?|delivered|provides?|provided|runs?|ran)\s+(?:[\w-]+\s+)?training\s+(?:to|for)|"
                            r"(?P<contact>contacts?|contacted|"
                            r"in (?:touch|contact) with))\s+"
                            r"(?!(?:[\w-]+\s+){0,2}?(?:£|funding|money|grants?|match|finance|premises|venues?|rooms?|space|data|"
                            r"figures|information|an update|evidence|its views|a view|a discount)\b)(?P<what>[^.;]{1,120})")
#: the count before a kind of body ("three", "several", "a number of", "12"), and the kinds of body it counts before their
#: names ("three local charities: X, Y and Z"): written once for _KIND_THEN_NAMES and _KIND_BEFORE_NAMES
_BODY_COUNTS = ("two", "three", "four", "five", "six", "several", "a number of", r"\d+")
_BODY_KINDS = ("charities", "organisations", "providers", "partners", "bodies", "services", "agencies", "councils", "forces",
               "universities", "trusts", "companies", "social enterprises")
#: (kinds that _KIND_THEN_NAMES, a count opening its sentence with its verb before the colon, does not read)
_KINDS_NOT_OPENING = ("services", "councils", "forces", "universities")
#: a counted kind of body opening its sentence, its verb, and its names after a colon ("Three local charities will support
#: partners: X, Y and Z", "Two providers will run the groups: X and Y"): the names are the subject the verb's role is for
_KIND_THEN_NAMES = re.compile(r"^\W*(?:\d{1,2}[.)]\s+)?(?:(?:" + "|".join(("the",) + _BODY_COUNTS) + r")\s+)"
                              r"(?:[\w-]+\s+){0,2}?(?:" + "|".join(k for k in _BODY_KINDS if k not in _KINDS_NOT_OPENING)
                              + r")\b(?=[^:.;£]{1,100}:\s*(?:the\s+)?(?-i:[A-Z]))", re.I)
#: a report or findings the body is named as the author of, before its name ("An interim report from X is due in spring")
_REPORT_FROM = re.compile(r"\b(?:(?:first|second|annual|independent)\s+)*(?:interim|final|evaluation)\s+(?:report|findings)\s+"
                          r"(?:from|by)\s+(?=(?:the\s+)?(?-i:[A-Z]))")
#: what a contract holder did, after its name: won a contract or lot (worth a sum), or was named its preferred bidder
_WON_CONTRACT = re.compile(r"(?:\*\*)?\s+(?:(?:has|have|had|also|now|recently|then|jointly)\s+)*(?:(?:won|landed|clinched|secured|scooped|came (?:out )?(?:on )?top in|came first in|topped|(?:was|were) successful in|succeeded in)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:contracts?|lots?|tenders?)\b(?P<worth>[^.;£]{0,60}?\b(?:worth|valued at|with a value of)\s+"
                           r"(?:[\w-]+\s+){0,2}?£)?|(?:held|holds|hold)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?"
                           r"contract\b(?!\s+(?:talks|meetings?|discussions?)\b)|"
                           # ("X has held the contract since April 2024", "X holds the three-year contract": its holder)
                           r"(?:was|were|has been|have been)\s+(?:named|chosen as|selected as|confirmed as)\s+"
                           r"(?:the\s+|as\s+(?:the\s+)?)?(?:preferred|successful|winning)\s+(?:provider|bidder|tenderer|supplier)\b)")
#: a contract worth a share of the area's money in one sentence ("the contract … went to X after a tender; it is worth
#: £612,400 of that grant"): its one holder on that line receives a share with its own figure (the corpus README's 'Money
#: said to go to a body'); a contract's value alone ("The contract with X is worth £736,000") is no sum paid to it
_CONTRACT_WORTH = re.compile(r"\bcontracts?\b[^.!?£]{0,160}?\b(?:worth|valued at|with a value of)\s+(?:[\w-]+\s+){0,2}?"
                             + MONEY_FIGURE.pattern + r"\s+of\s+(?:the|that|this|its|their)\s+(?:[\w'’-]+\s+){0,3}?"
                             r"(?:grant|allocation|award|money|funding|budget)\b", re.I)
#: a numbered note describing a body: its name, "is a" and a kind of body
_NOTE_ABOUT_BODY = re.compile(r"^\s*\d{1,2}[.)]\s+(?:\*\*[^*]{1,60}\*\*\s*)?(?P<name>(?-i:[A-Z])[\w'’&-]*(?:\s+(?:(?:of|and|for|&)\s+)?"
                              r"(?-i:[A-Z])[\w'’&-]*)*)(?:\s+is|,)\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:charity|social enterprise|"
                              r"community interest company|company|CIC|provider|organisation)\b")
#: where a clause after a name ends
_CLAUSE_END = re.compile(r"[;.!?](?:\s|$)|,\s*(?:and|but|while|whereas|so that|which|who)\b|\s+and\s+(?:£|the\s+(?:rest|remaining|other))")
#: what a sum is paid for: supporting partners or victims, advocates, or an evaluation
_PAID_FOR = re.compile(r"\b(?:for|to)\s+(?:(?:(?!(?:who|which|that)\b)[\w'’-]+\s+){0,6}?(?:partner support|(?:support|help|advocate for|"
                       r"contact)(?:ing)?\s+(?:[\w'’-]+\s+){0,6}?(?:partners?|ex-partners?|victims?|survivors?))\b|(?:independently\s+)?"
                       r"(?P<evaluation>evaluat(?:e|ing)\b|(?:an?\s+|the\s+|its\s+)?(?:independent\s+)?evaluation\b))", re.I)
#: (advocates or IDVAs paid for are not enough: "pays X for IDVAs who support the partners" names the money's recipient)
#: a list item's label before a colon ("- **Support for partners**: …", "- Partner support: …")
_LABELLED_ITEM = re.compile(r"^\s*(?:[-*•]\s+|\d{1,2}[.)]\s+)(?:\*\*)?(?P<label>[A-Za-z][^:*|£]{2,60}?)(?:\*\*)?\s*:(?:\*\*)?\s+")
#: a label naming support for partners or victims
_SUPPORT_LABEL = re.compile(r"(?:partner|victim|survivor)s?['’]? support(?: service| workers?)?|(?:independent |specialist )?"
                            r"(?:support|help|advice|advocacy) (?:for|to) (?:the )?(?:(?:current|former|and|men['’]s)\s+)*(?:partners|ex-partners|victims|"
                            r"survivors)(?: and (?:ex-partners|former partners|victims))?", re.I)
#: support for partners or victims named before the body giving it ("support for current and former partners from X")
_SUPPORT_FROM = re.compile(r"\bsupport\s+(?:workers?\s+)?(?:for|to)\s+(?:[\w'’-]+\s+){0,5}?(?:partners?|ex-partners?|victims|"
                           r"survivors)\b(?!\s+(?:agenc|organisation|bod|service))"
                           r"[^.;£]{0,30}?\b(?<!funded\s)(?<!financed\s)(?<!paid for\s)(?<!commissioned\s)(?<!bought\s)"
                           r"(?:from|by)\s+(?=(?:the\s+)?(?-i:[A-Z]))", re.I)
# (also a support worker for the partner: "a worker who supports the partner or former partner of each man, from X";
# not a payer after it: "A support worker for each partner, funded by X, will contact …" names who pays, not who supports)
#: a clause whose subject is support for partners or victims ("Support for partners and ex-partners, delivered … by X",
#: "Partners of men on every programme will be offered support by …, led by X"): the body delivering it supports them
_SUPPORT_SUBJECT = re.compile(r"^\W*(?:(?:the|a|an|our|their)\s+)?(?:" + _SUPPORT_LABEL.pattern + r")\b|"
                              r"^\W*(?:(?:the|their|all|current|former|and)\s+)*(?:partners|ex-partners|victims|survivors)\b"
                              r"[^.;]{0,60}?\b(?:offered|given|receive|get|have)\s+(?:[\w-]+\s+){0,2}?support\b", re.I)


#: where one clause of a sentence ends and the next begins: a semicolon, or a comma and a conjunction opening a clause
_CLAUSE_JOIN = re.compile(r";\s*|,\s*(?:and|but|while|whereas)\s+(?=(?:the\s+|a\s+|an\s+)?(?-i:[A-Z])|(?:the|a|an|its|their)\s)")


def _own_clause(sentence: str, at: int) -> tuple[int, int]:
    """The start and end of the clause holding position ``at`` (see :data:`_CLAUSE_JOIN`)."""
    a, b = 0, len(sentence)
    for j in _CLAUSE_JOIN.finditer(sentence):
        if j.end() <= at:
            a = j.end()
        elif j.start() >= at:
            b = j.start()
            break
    return a, b


def _clause_before(sentence: str, end: int) -> str:
    """The clause holding position ``end``, up to it: from the last sentence end, semicolon, colon or joined clause (", while
    …") before it, or the sentence's start (a list item's or a numbered paragraph's mark left out)."""
    head = re.split(r"[.!?;:](?:\s|$)|,\s*(?:and|but|while|whereas)\b", sentence[:end])[-1]
    return re.sub(r"^\s*(?:[A-Z]?\d+(?:\.\d+)*[.)]?\s+|[-*•]\s+)", "", head)


#: money named by a noun, not a sum, going to a body ("The money goes to", "both years would go to", "all of the grant has
#: gone to"): the body after it receives the money
_MONEY_GOES_TO = re.compile(r"\b(?:the|this|that|its|their|both|all(?: of)?(?: the)?|the whole|the rest of the)\s+(?:[\w'’-]+\s+){0,2}?"
                            r"(?:money|grant|allocation|award|funding|sum|share|years|cash|pot)\s+(?:(?:will|would|has|have|is|are|"
                            r"was|were|also|now|then|all|both)\s+)*(?:goes|go|going|gone|went|been\s+paid|be\s+paid|paid|passed)\s+"
                            r"(?:on\s+)?to\b(?=\s+(?:the\s+)?(?-i:[A-Z]))", re.I)

#: a sum stated before in its sentence paid to the body named next: "£15,000 …, paid direct to X", "which is paid
#: straight to X", "passed on to X"
_SUM_PAID_TO = re.compile(r"\b(?:paid|passed|sent|transferred)\s+(?:(?:direct|directly|straight|on)\s+)?to\b"
                          r"(?=\s+(?:the\s+)?(?-i:[A-Z]))", re.I)

#: a department's document, not its money ("a Home Office list published last week", "the Home Office offer letter",
#: "Source: Home Office allocation letters"): the README's 'Home Office in table headings' — a line that only mentions a
#: Home Office letter or guidance names no funder (a "grant letter" names the grant)
_ITS_DOCUMENT = re.compile(r"(?:['’]s)?\s+(?:(?:own|offer|variation|allocation|confirmation|monitoring|grant)\s+){0,2}"
                           r"(?:letters?|list|lists|guidance|website|spreadsheet|figures|data|statistics|publication|"
                           # (its tables and agreements too: "the Home Office's own allocation tables", "Home Office
                           # monitoring data", "Source: Home Office grant agreements")
                           r"tables|agreements|(?<=grant )agreement|"  # (not its "agreement", its consent)
                           r"press release|spokes(?:person|man|woman))\b", re.I)


#: a letter's sum, in the clause after the letter is named ("… offer letter dated 12 May 2025 is £468,200", "… letter puts
#: the award at £412,000")
_LETTER_SUM = re.compile(r"[^.;]{0,80}?£")


#: a recommendation: a sentence whose subject is told what it should do ("The council should fund a second group",
#: "Recommendation 4. Ministers should press the Treasury for …"): money urged, so no body named in it is said to pay
_RECOMMENDING = re.compile(r"^\W*(?:Recommendation\s+\d{1,2}[.:]?\s+)?(?:(?:The|the)\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,5}"
                           r"(?:should|ought to)\b")
#: what follows a department's name when it is not said to pay: its column named ("the Welsh Government column"), or a
#: verb denied ("the Welsh Government does not ring-fence …")
_NOT_PAYING_AFTER = re.compile(r"\s+(?:column|row|heading|(?:does|did|do|will|would)\s+not|doesn['’]t|didn['’]t|cannot|"
                               r"won['’]t)\b")


#: a verb of paying and the words naming what pays, up to a department's name: "is funded through a Home Office", "paid
#: under the Ministry of Justice" (what follows, "grant agreement", is the department's money paying, not its paper)
_PAID_THROUGH_BEFORE = re.compile(r"\b(?:funded|paid(?:\s+for)?|financed|met|covered|resourced)\s+(?:through|under|by|via|from|"
                                  r"out\s+of|with)\s+(?:(?:an?|the|its|their|our|this|that)\s+)?(?:[\w'’-]+\s+){0,2}?"
                                  r"(?:Home Office|Ministry of Justice|MoJ)$", re.I)


def _only_its_document(text: str, end: int) -> bool:
    """Whether a department named up to ``end`` is named only for its document, not its money (:data:`_ITS_DOCUMENT`): a
    letter that gives or confirms the area's sum names the payer (the corpus README's 'Home Office money and letters in
    prose': "the Home Office's offer letter sets the sum at £412,000")."""
    doc = _ITS_DOCUMENT.match(text, end)
    if not doc or _PAID_THROUGH_BEFORE.search(text[max(0, end - 120) : end]):
        return False  # ("is funded through a Home Office grant agreement": the department's money pays, under it)
    return not (re.search(r"(?:letters?|agreements?|tables)$", doc.group(0)) and _LETTER_SUM.match(text, doc.end()))


#: what a payer does after its name: pays for the work or a sum, or funds it ("pays for", "pays a further £20,000", "has
#: agreed to fund", "will keep funding")
_PAYS_FOR = re.compile(r"\s+(?:(?:also|now|still|will|would|has|have|had|already|currently|agreed|has agreed|to|keep|"
                       r"continue to|continues to)\s+)*(?:pays?\s+(?:for\b|(?:a further|an extra|another)?\s*£)|"
                       r"(?:fund|funds|funding)\s+(?:the|a|an|our|its|their|this)\b)")
#: a field naming a block's provider, and a block's heading naming support for partners or victims
_PROVIDER_FIELD = re.compile(r"^\W*(?:run by|provider|delivered by|provided by|service provider)\s*\**\s*:", re.I)
_SUPPORT_HEADING = re.compile(r"^\W*(?:" + _SUPPORT_LABEL.pattern + r"|(?:independent\s+)?(?:domestic (?:violence|abuse)\s+)?"
                              r"(?:advis[eo]rs|advocates)\b|IDVAs?\b)", re.I)


#: a grant named by the grant-maker that made it: "the Brightwater Community Lottery grant", "the Mersey Forest Trust
#: grant", "a Tudor Foundation grant of £20,000"
_GRANT_MAKERS_GRANT = re.compile(r"\b(?:the|a|an|its|our|their)\s+(?P<name>(?:[A-Z][\w'’&-]*\s+){1,4}(?:Trust|Foundation|Lottery|"
                                 r"Charitable\s+Trust))\s+(?:grants?|awards?|funding)\b")


def _first_names_no_payer(sentence: str, at: int) -> bool:
    """Whether the words before ``at`` leave the grant-maker's grant as something the sentence says of it, not a
    negation ("not the X Trust grant")."""
    return not re.search(r"\b(?:not|no|never|nor|without)\s+$", sentence[max(0, at - 12) : at], re.I)


#: a body distributing a lottery's money, named as a fund: "National Lottery Community Fund", "Heritage Lottery Fund"
_LOTTERY_DISTRIBUTOR = re.compile(r"\bLottery\b(?:\s+[A-Z][\w'’-]*){0,2}\s+Fund$")


#: a sum in brackets right after a body's name, closing its item: " (£473,400)"
_SUM_IN_BRACKETS_AFTER = re.compile(r"\s*\(\s*£[\d,.]+(?:\s*(?:k|m|million))?\s*\)\s*(?:[;,.]|</li>|$)")
#: the words before a body naming it as running the work: "run by ", "provided by the "
_RUN_BY_BEFORE = re.compile(r"\b(?:run|delivered|provided|offered|operated)\s+by\s+(?:the\s+)?$")


#: a cue naming a gift or donation (its giver the body named next): "gift from", "donations from"
_GIFT_CUE = re.compile(r"\b(?:gifts?|donations?)\b", re.I)


#: bodies that pay for or commission a course rather than deliver it
_PAYER_NOT_PROVIDER = re.compile(r"\b(?:Council|Authority|Commissioner|Office|OPCC|Police|Constabulary|Home|Ministry|Department|"
                                 r"Integrated Care Board|ICB|NHS|Foundation|Fund|Lottery)\b")


#: a commissioning body's own name: a combined authority, an office of a commissioner or a mayor
_COMMISSIONING_BODY = re.compile(r"\bCombined Authority$|^(?:The\s+)?Office of the\b.*\bCommissioner\b|^(?:OPCC|MOPAC)\b|"
                                 r"^Mayor's Office for Policing and Crime$")


#: words giving a sum to the body named next ("£2,395,000 to the Mayor's Office for …", "would be paid to the Office of …")
_SUM_GOES_TO = re.compile(r"(?:£[\d,.]+\s*(?:m|k|bn|million)?\s+(?:[\w'’-]+\s+){0,3}?|\b(?:paid|passed|given|transferred|"
                          r"sent|awarded|allocated|granted)(?:\s+on)?\s+)to\s+(?:the\s+)?$", re.I)


#: a field of a byline or dateline: a date or a reading time ("2 April 2026", "Reading time: 3 minutes", "5 minute read")
_DATELINE_FIELD = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|"
                             r"October|November|December)\s+\d{4}\b|\breading time\b|\bminutes?\s+read\b|\bmin read\b", re.I)
#: a note giving the source of figures ("Source: …", "Figures from the 2025-26 commissioning plan of the Office of …")
_SOURCE_NOTE = re.compile(r"^\W*(?:sources?\s*:|(?:the\s+)?(?:figures|data|numbers|information)\s+(?:(?:are|were|is)\s+)?"
                          r"(?:taken\s+|drawn\s+)?(?:from|based on)\b)", re.I)
#: a line of a name only: capitalised words, their joining words and separators ("OPCC Surrey - Office of the Police and
#: Crime Commissioner")
#: (each word after whitespace: a word that could split at any capital makes a failed match try every split)
_NAME_ONLY = re.compile(r"\W*[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|the|and|for|on|&)|\s*[-–—·,])*\W*(?<![.:])")


def _about_the_release(raw: str) -> bool:
    """Whether a line is about the release, not the work: a byline or dateline of fields between separators, one a date or
    a reading time ("*2 April 2026 | Office of the … | Reading time: 3 minutes*"), a source note for figures, or a
    masthead printing a name alone (the corpus README's 'Letterheads and sign-offs': no organisation fact there)."""
    if MONEY_TOKEN.search(raw):
        return False
    fields = [f for f in re.split(r"\s+[|·•—–-]\s+", raw.strip(" *_")) if f.strip()]
    if len(fields) >= 2 and any(_DATELINE_FIELD.search(f) for f in fields) and (len(raw) < 120 or not raw.rstrip(" *_").endswith(".")):
        # (a short line or one not ending as a sentence: "The Office of … - which commissioned the course on 2 April
        # 2025 - says places are full." is a sentence with a dash, not a byline)
        return True
    if _SOURCE_NOTE.match(raw) and not re.search(r"\b(?:held|kept|run|managed|maintained|compiled)\s+by\b", raw):
        return True  # (not a register the office holds: "Source: contracts register held by the Office of …")
    if _SIGN_OFF_LINE.match(raw):
        return True  # a sign-off, copy or contact line: "Signed for the Commissioner: …, OPCC Suffolk", "cc: Chief
        # Executive, Office of …", "Questions about this register: transparency team, Office of …", "**Prepared for the
        # Office of … by …**"
    if "|" in raw or re.search(r"\S\s{6,}\S", raw.strip()):
        # a masthead of fields, each a name or a title ("Swyddfa Comisiynydd Heddlu a Throseddu Dyfed-Powys | Office
        # of the Police and Crime Commissioner for Dyfed-Powys", "WEST YORKSHIRE COMBINED AUTHORITY      Revenue Budget
        # Book 2026/27"): no sentence, so no organisation fact
        fields = [f for f in re.split(r"\s+\|\s+|\s{6,}", raw.strip(" *_#")) if f.strip()]
        return len(fields) >= 2 and all(_MASTHEAD_FIELD.fullmatch(f.strip()) for f in fields)
    return (not _LIST_ITEM.match(raw) and bool(_NAME_ONLY.fullmatch(raw)))


#: a sign-off, copy or contact line, or a report's "prepared for" line, that names a body only as its sender, addressee
#: or client
_SIGN_OFF_LINE = re.compile(r"\W*(?:signed\s+(?:for|on behalf of|by)\b|cc\s*:|copy\s+to\s*:|copies\s+to\s*:|"
                            r"(?:questions|enquiries|queries)\s+about\s+(?:this|the)\s+[\w -]{2,30}:|"
                            r"prepared\s+(?:for|by)\s+the\s+office\b|"
                            # (a document's owner or author field: "Specification owner: Head of Commissioning, OPCC
                            # Kent", "Report author: …, Office of …")
                            r"(?:document|specification|report|paper|policy|strategy|plan)\s+(?:owner|author|contact)\s*:|"
                            r"contact\s+officer\s*:)", re.I)
#: a field of a masthead: capitalised words and short joining words (of any language: "Heddlu a Throseddu"), with a
#: year or a reference at most
_MASTHEAD_FIELD = re.compile(r"[A-Z][\w'’&-]*(?:[ ,]+(?:[A-Z][\w'’&-]*|[a-z]{1,3}|\d{4}(?:[/-]\d{2,4})?))*")


#: what follows a person's name: an apposition saying what the person is ("…, a former probation officer"), colleagues, or
#: an office ("…, Surrey's Police and Crime Commissioner", "…, the county's deputy mayor")
_PERSON_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:former |senior |lead |local |retired )?(?!(?:charity|charitable|"
                           r"organisation|social|provider|company|trust|service|partnership|project|community|"
                           r"specialist|national|regional|county|not-for-profit|housing|health|grant-making)\b)[a-z]+|"
                           r"\s+and (?:colleagues|(?:his|her|their) (?:team|colleagues))\b|"
                           r",\s+(?:[\w'’-]+\s+){0,5}?(?:[Cc]ommissioner|[Mm]ayor|PCC|PFCC|[Cc]hief [Cc]onstable|"
                           r"[Cc]ouncillor|[Cc]abinet [Mm]ember)\b(?!['’])")


def _person_named(sentence: str, where: int, name: str) -> bool:
    """Whether a name at ``where`` is a person's, not a body's: no organisation word, and a title before it or an apposition
    after it saying what the person is ("led by Maria Lopez, a former probation officer", "has gone to Jo Bright, Surrey's
    Police and Crime Commissioner", "Dr Amy Shaw and colleagues")."""
    return not _ORG_WORD.search(name) and where >= 0 and bool(
        re.search(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor)\.?\s*$", sentence[:where])
        or _PERSON_AFTER.match(sentence, where + len(name)))


def _agents_doing_the_work(sentence: str, m: re.Match) -> list[tuple[str, str, bool]]:
    """The bodies after "by" in a passive clause of a provider's work (:data:`_DONE_BY`), each with its role: supporting
    partners or victims when they are the clause's subject, else delivering the work; none when the clause is about money
    ("the grant is helped by …" is no work done)."""
    subject = _clause_before(sentence, m.start())
    if _MONEY_WORDS.search(subject):
        return []
    # (the men whose partners they are name no one else served: "partners of men on the course are offered support by X")
    subject = re.sub(r"\b((?:ex-)?partners)\s+of\s+(?:the\s+)?(?:men|perpetrators|fathers|people)\b[^,;]*", r"\1", subject,
                     flags=re.I)
    serves = re.search(r"\b(?:partners?|ex-partners?|victims?|survivors?)\b", subject, re.I) and not re.search(
        r"\b(?:men|perpetrators?|people who|those who|fathers|young)\b", subject, re.I)
    role = "survivor_support_provider" if serves else "delivery_partner"
    # (names listed after a counted kind of body are bodies: "by three local charities: X in Bath, Y in Wells and Z")
    listed = bool(_KIND_BEFORE_NAMES_AT.match(sentence, m.end()))
    return [(n, role, listed and len(n.split()) >= 2) for n in _organisation_names(_name_stretch(sentence[m.end():]))]


def _commissioning_body_paid(line: str, sentence: str, start: int, name: str) -> bool:
    """Whether a commissioning body is named as receiving a sum (the README's ``recipient``: "named as receiving a sum,
    including table-row recipients"), so that it is the recipient on that line rather than the commissioner: after "£X
    to" or "paid to" in a sentence with money ("Westshire – £410,000 to the Office of the Police and Crime Commissioner
    for Westshire"), or as a money row's label, the whole first cell or in brackets after its area ("| Office of the
    Police and Crime Commissioner for Durham | £412,000 |", "| London (Mayor's Office for Policing and Crime) | £2.1m |").
    A body in another cell or routing the money ("Home Office grant, via the OPCC") commissions or passes it on."""
    if MONEY_TOKEN.search(sentence) and _SUM_GOES_TO.search(sentence[max(0, start - 80) : start]):
        return True
    if "|" not in line or not MONEY_TOKEN.search(line):
        return False
    label = _cells(line)[0]
    label = re.sub(r"^(?:the\s+)", "", label, flags=re.I).strip()
    bracketed = re.fullmatch(r"[^()]+\(\s*(?:the\s+)?(?P<body>[^()]+?)\s*\)", label, re.I)
    return label == name or bool(bracketed and bracketed.group("body") == name)


#: an action plan's columns: what is to be done, and who owns it
_ACTION_HEADER = re.compile(r"actions?|tasks?|what(?: we will do)?|recommendations?|activity", re.I)
_OWNER_HEADER = re.compile(r"(?:action |lead )?owners?|lead(?: agency| partner| organisation| body)?|responsib(?:le|ility)(?: body)?|"
                           r"by whom|who", re.I)
#: an action that is the commissioning, appointing or publishing of something, or a check on it, not the work itself
_NOT_DOING_THE_WORK = re.compile(r"^\W*(?:commission|appoint|publish|audit|review|agree|procure|recruit|monitor|report|"
                                 r"evaluate|ask|write|update|add|set up a (?:panel|board|group))\b", re.I)
#: work an action plan's row describes being done (training, a course, a service, support, advocacy)
_WORK_DONE = re.compile(r"\b(?:training|briefings?|courses?|programmes?|groups?|service|support|advoca\w*|IDVAs?|"
                        r"sessions?|clinics?|helpline|case manag\w*|one-to-one)\b", re.I)


def _action_owner(cells: list[str], header: list[str], number: int, add) -> bool | None:
    """A body named in an action plan's owner column ("| Action | Owner | Due | Status |") against an action that is
    work done (training, a course, support, an IDVA's presence), not its commissioning or a check on it: the body does
    that work, a ``survivor_support_provider`` where it is support or advocacy for partners or victims (an IDVA, partner
    support), else a ``delivery_partner``.  Commissioning bodies, councils' officers and posts named as owners
    ("Designated Nurse", "CSP coordinator") are left.  None when the table is no action plan (or the row is its
    heading), else whether the row's action is work done."""
    act = next((k for k, h in enumerate(header) if _ACTION_HEADER.fullmatch(h.strip())), None)
    own = next((k for k, h in enumerate(header) if _OWNER_HEADER.fullmatch(h.strip())), None)
    if act is None or own is None or max(act, own) >= len(cells):
        return None
    action = cells[act].strip()
    if _ACTION_HEADER.fullmatch(action) or _OWNER_HEADER.fullmatch(cells[own].strip()):
        return None  # (the heading row itself)
    if not action or _NOT_DOING_THE_WORK.match(action) or not _WORK_DONE.search(action):
        return False  # (a row of the plan all the same)
    support = bool(_SUPPORT_LABEL.search(action) or re.search(r"\b(?:IDVAs?|ISVAs?|advoca\w*)\b", action)
                   or re.search(r"\bpartner support\b", action, re.I))
    for name in _organisation_names(cells[own]):
        if _is_body(name) and name == cells[own].strip() \
                and not re.search(r"\b(?:Commissioner|OPCC|OPFCC|PCC|Office)\b", name):
            add(number, name, "survivor_support_provider" if support else "delivery_partner", "new")
    return True


def _is_body(name: str) -> bool:
    """Whether a name is plainly an organisation's (not a person's, a place's or a programme's), for the rules that read a
    role from the verb after a name rather than from a cue naming the role."""
    if re.search(r"\b(?:Commissioner|Mayor|Office|Combined Authority)\b", name):
        return False  # the commissioning body commissions; it is read by the body rows
    return bool(_ORG_WORD.search(name) or _BODY_WORD.search(name) or normalise_name(name) in _organisation_aliases())


#: a counted kind of body before a colon, then their names ("three local charities: ", "two providers: ")
_KIND_BEFORE_NAMES = re.compile(r"^\s*(?:(?:" + "|".join(("the", "its", "their", "our") + _BODY_COUNTS) + r")\s+)?(?:[\w-]+\s+){0,2}?"
                                r"(?:" + "|".join(_BODY_KINDS) + r")\s*:\s*(?=(?:the\s+)?[A-Z])")
_KIND_BEFORE_NAMES_AT = re.compile(_KIND_BEFORE_NAMES.pattern.lstrip("^"))  # (the same, where a search starts)
#: the same work in the passive, its body the agent after "by" ("Eighty officers will be trained by X", "Young people who
#: are violent at home are helped by X", "each man is seen individually by X", "partners are contacted by X")
_DONE_BY = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:(?:also|now|all|then|each|first|individually|"
                      r"regularly)\s+)*(?:trained|taught|coached|seen(?=\s+(?:individually|one[- ]to[- ]one|in\s+groups?)\b)|placed|helped|supported|"
                      r"contacted|worked with|mentored|offered\s+(?:support|help))"
                      r"(?:\s+[\w'’-]+){0,6}?\s+by\s+(?=(?:the\s+)?(?-i:[A-Z])|" + _KIND_BEFORE_NAMES.pattern.lstrip("^") + ")")


def _name_stretch(rest: str) -> str:
    """The stretch after a cue that holds names: up to the first word that ends a name.  " in " ends it
    too ("run by Fenland Choices CIC in Peterborough, Wisbech and Cambridge") unless an organisation is
    named after it ("The Jenkins Centre in Leicester, Women's Aid North and …")."""
    rest = re.sub(r"^\s*[:\-–—]\s*", " ", rest)  # "Delivered by: Tarn Valley Change CIC"
    # the kind of the bodies, counted, before a colon and their names ("supported by three local charities: X, Y and Z")
    rest = _KIND_BEFORE_NAMES.sub(" ", rest)
    rest = re.sub(r"\s*\(@[\w.]+\)", "", rest)  # "Lincolnshire Police (@LincsPolice), the Probation Service and …"
    rest = rest[: _NAME_END.search(rest).start()]
    # a comma, a conjunction and a determiner before a lower-case word start another clause, not the next name of a list
    # ("provided by Eden Valley Women's Refuge, and the rest of the programme by Solway Change CIC")
    rest = _NEXT_CLAUSE.split(rest, 1)[0] if "," in rest or ";" in rest else rest
    m = re.search(r"\sin\s", rest)
    if m and not _ORG_WORD.search(rest[m.end():]):
        rest = rest[: m.start()]
    return rest


@lru_cache(maxsize=1)
def _joined_authorities() -> frozenset[str]:
    """Local authorities of the register whose names join two places by "and" ("Cheshire West and Chester", "Telford
    and Wrekin"), lower-cased."""
    return frozenset(r["lad_name"].lower() for r in _read_data("local_authority_pfa.csv")
                     if " and " in r["lad_name"] and "," not in r["lad_name"])


_AUTHORITY_TAIL = re.compile(r"\s+(?:(?:City|County|Borough|Metropolitan Borough|District)\s+)?Council(?=(?:['’]s)?$)|"
                             r"\s+Combined Authority(?=(?:['’]s)?$)")


def _one_authority(name: str) -> bool:
    """A council or combined authority named by places joined by "and": one body, not two ("Cheshire West and Chester
    Council", a register authority; "York and North Yorkshire Combined Authority", "Cambridgeshire and Peterborough
    Combined Authority": a combined authority covers the places its name joins)."""
    tail = _AUTHORITY_TAIL.search(name)
    if not tail or " and " not in name[: tail.start()]:
        return False
    places = name[: tail.start()]
    if places.lower() in _joined_authorities():
        return True
    if "Combined Authority" not in tail.group(0):
        return False
    return all(find_areas(p) or register().lookup(p) or normalise_name(p) in place_aliases() for p in places.split(" and "))


def _place_then_name(right: str) -> bool:
    """Whether the words after "and" are a place and then more of a name ("Rutland Women's Support" in "Melton and
    Rutland Women's Support"): a body named for the places it covers, one name, not a place and a body."""
    found = find_areas(right)
    if bool(found) and found[0][0] == 0 and found[0][1] < len(right) and right[found[0][1]:].strip()[:1].isupper():
        return True
    # (a district that opens a charity's name places nothing in the whole, "Wychavon Young Futures", so its
    # leading words are asked alone: "Wychavon" is a place, then more of the name follows)
    words = right.split()
    for n in range(min(3, len(words) - 1), 0, -1):
        lead = " ".join(words[:n])
        alone = find_areas(lead)
        if alone and alone[0][0] == 0 and alone[0][1] == len(lead.rstrip(".,")) and words[n][:1].isupper():
            return True
    return False


def _split_names(name: str) -> list[str]:
    """A run of capitalised words joined by "and"/"for"/"of": one name ("Brighton and Hove City Council")
    unless each side is an organisation of its own ("Bristol City Council and North Somerset Council")."""
    if " and " in name and _one_authority(name):
        return [name]
    for m in re.finditer(r" (?:of|at) ", name) if " and " in name else ():  # "Staff of Telford and Wrekin Council"
        if _one_authority(name[m.end():]):
            return _split_names(name[: m.start()]) + [name[m.end():]]
    if name.count(" and ") >= 2:  # "Schools and Cheshire West and Chester Council": a list ending in one such authority
        for m in re.finditer(r" and ", name):
            if _one_authority(name[m.end():]):
                return _split_names(name[: m.start()]) + [name[m.end():]]
    if " and " in name:
        left, right = name.split(" and ", 1)
        if left.lower() in _NOT_NAMES:
            return _split_names(right)  # "GPs and Tarn Health Trust"
        if left.startswith("NHS ") and _ORG_WORD.search(right) and not _ORG_WORD.search(left):
            return [name]  # an NHS body named by the places it covers ("NHS Mid and East Anglia Integrated Care Board")
        one_name = not _ORG_WORD.search(left) and normalise_name(left) not in _organisation_aliases() \
            and len(right.split()) == 2 and _ORG_WORD.fullmatch(right.split()[-1]) and not _ORG_WORD.search(right.split()[0]) \
            and not find_areas(right.split()[0])  # "Chesil Assessment and Treatment Service": one body's two nouns
        one_name = one_name or bool(re.fullmatch(r"Famil(?:y|ies)|Children|Carers|Communities|Parents|Relationships", right))
        # ("Tarn Youth and Families", "Brook Parents and Children": a charity named for the people it serves)
        one_name = one_name or (bool(re.search(r"\sfor\s+\S+$", left)) and len(right.split()) == 1
                                and not _ORG_WORD.search(right) and not find_areas(right))  # "Office for Policing and Crime"
        if (_ORG_WORD.search(left) or normalise_name(left) in _organisation_aliases()
                or len(re.sub(r"^[Tt]he\s+", "", left).split()) >= 2) \
                and _ORG_WORD.search(right) and not one_name:
            # (an article before a one-word place is no second word of a name: "The Fen and Coast Partnership" is one)
            return _split_names(left) + _split_names(right)  # "Safe Lives UK and Respect"; not "Brighton and Hove …"
        for later in list(re.finditer(r" and ", name))[1:]:
            # (a later "and" after a body's last word: "The Fen and Coast Partnership and The Dale Trust" is two, the
            # first held together by its article as above)
            head, tail = name[: later.start()], name[later.end():]
            if _ORG_WORD.fullmatch(head.split()[-1]) and _ORG_WORD.search(tail):
                return _split_names(head) + _split_names(tail)
        if _ORG_WORD.fullmatch(left.split()[-1]) and not _ORG_WORD.search(right):
            return _split_names(left) + _split_names(right)  # "Ripon Change Trust and Harrogate": a body's name ends there
        if not _ORG_WORD.search(name) and not (len(left.split()) == 1 and len(right.split()) >= 2
                                               and not find_areas(left) and not find_areas(right)) \
                and not _place_then_name(right) and not one_name:
            return [x for part in (left, right) for x in _split_names(part)]  # (not "Trent and Churnet Pathways")
    name = re.sub(r"\s+(?:for|of|on)$", "", name)
    return [name]


@lru_cache(maxsize=1)
def _council_runs() -> re.Pattern:
    """A council's name as printed ("Calderdale Council", "Stoke-on-Trent City Council"), also when the place holds a
    lower-case word ("Isle of Wight Council", "Vale of Glamorgan Council", "Newcastle upon Tyne City Council"): those
    places are read from ``local_authority_pfa.csv`` (not "of" between any two words: "Leader of Bradford Council")."""
    joined = sorted({r["lad_name"] for r in _read_data("local_authority_pfa.csv")
                     if re.search(r" (?:of|upon|on|in) ", r["lad_name"]) and "," not in r["lad_name"]}, key=len, reverse=True)
    place = "(?:" + "|".join(re.escape(n) for n in joined) + r"|[A-Z][\w']*(?:-[a-z]+-[A-Z][\w']*)?)" if joined else \
        r"[A-Z][\w']*(?:-[a-z]+-[A-Z][\w']*)?"
    # (one space between the words: a column gap of two or more spaces ends a name, "Surrey     Surrey County Council")
    # (and a council named as its city's, county's or borough's: "City of York Council", "Royal Borough of Greenwich
    # Council", "City of Bradford Metropolitan District Council"; and places joined by "with": "Blackburn with Darwen
    # Borough Council", one authority)
    # (and a London borough named as the borough with no "Council": "the London Borough of Hackney", "the Royal Borough
    # of Greenwich", "the London Borough of Barking and Dagenham")
    return re.compile(r"(?:(?:City|County|(?:Royal |Metropolitan )?Borough) of )?(?:" + place + r" (?:(?:and|&|with) )?)+"
                      r"(?:Metropolitan )?(?:City |County |Borough |District )?Councils?\b"
                      r"|(?:London|Royal) Borough of [A-Z][\w']*(?: and [A-Z][\w']*| upon [A-Z][\w']*)?(?: Council\b)?")


#: the words just before a council's name that make its first place the area of a commissioner's office: "the Office of
#: the Police and Crime Commissioner for Kent and Dover District Council" names the office for Kent, then the council
_OFFICE_FOR_BEFORE = re.compile(r"\bCommissioner\s+for\s+$")


def _council_matches(sentence: str, lo: int = 0, hi: int | None = None):
    """The councils a sentence names (:func:`_council_runs`), each as a match; a run that opens on the place of a
    commissioner's office ("… Commissioner for Kent and Dover District Council") is matched again after that place's
    "and"."""
    runs = _council_runs()
    for m in runs.finditer(sentence, lo, len(sentence) if hi is None else hi):
        if " and " in m.group(0) and _OFFICE_FOR_BEFORE.search(sentence, 0, m.start()):
            m = runs.match(sentence, m.start() + m.group(0).index(" and ") + len(" and "), m.end()) or m
        yield m


@lru_cache(maxsize=1)
def _comma_authorities() -> dict[str, str]:
    """Local authorities whose names hold a comma between places ("Bournemouth, Christchurch and Poole"), keyed by the
    part after the comma, from ``local_authority_pfa.csv`` (not the register's inverted "Bristol, City of")."""
    out = {}
    for r in _read_data("local_authority_pfa.csv"):
        head, comma, tail = r["lad_name"].partition(", ")
        if comma and not re.match(r"(?:City|County|Royal Borough) of\b", tail):
            out[tail] = head + ", "
    return out


def _comma_authority(before: str, name: str) -> str:
    """The first part of a council's name cut off at its comma ("Bournemouth, " before "Christchurch and Poole Council"),
    when the two parts make a local authority of the register; else ""."""
    for tail, head in _comma_authorities().items():
        if name.startswith(tail + " ") and before.endswith(head) and re.search(r"\b(?:Council|Authority)\b", name):
            return head
    return ""

#: a table row's cells (markdown, HTML, comma-separated or space-aligned) and a cell naming an evaluation as its work
_ROW_CELL = re.compile(r"\s*(?:\||<[^>]+>|\t|\s{3,}|,(?=\S)(?![\d]{3}\b))\s*")
_EVALUATION_CELL = re.compile(r"(?:(?!(?:no|not|without|excluding|except)\b)[\w-]+ ){0,2}?evaluation(?: of [^|<]{0,60})?", re.I)

def _evaluation_cell(cell: str) -> bool:
    """A table cell naming an evaluation as the row's work: alone or qualified ("Independent evaluation", "Regional
    evaluation"), with its year ("Independent
    evaluation, 2025-26"), or before the body doing it ("Evaluation (X Research)", "Evaluation: X Research")."""
    label = re.split(r"\s*\(|:\s", cell, maxsplit=1)[0]
    label = re.sub(r",?\s+(?:in\s+)?(?:\d{4}[-/]\d{2}|\d{4})$", "", label.strip())
    return bool(_EVALUATION_CELL.fullmatch(label))


#: a sum and the word for an evaluation in one clause of a line ("£24,000 … is set aside for an independent evaluation
#: by X", "X will publish an evaluation …, paid for with £12,000", "X is evaluating the course at a cost of £18,500"):
#: no other sum, no clause joined by 'and', 'but' or 'while', no sentence end between them, and at most 14 words apart
_EVALUATION_WORD = re.compile(r"\bevaluat\w*", re.I)
_CLAUSE_BREAK = re.compile(r"£|;|[.!?](?:\s|$)|,\s*(?:and|but|while|whereas)\b")


def _evaluation_money(line: str) -> bool:
    """Whether a line holds a sum paying for an evaluation (:data:`_EVALUATION_WORD` near a sum, in one clause)."""
    for money in MONEY_TOKEN.finditer(line):
        for word in _EVALUATION_WORD.finditer(line):
            a, b = (money.end(), word.start()) if money.end() <= word.start() else (word.end(), money.start())
            between = line[a:b]
            if len(between.split()) <= 14 and not _CLAUSE_BREAK.search(between):
                return True
    return False


#: a sentence paying the body the sentence before named, by a pronoun ("The Commissioner is paying it £21,000", "It will
#: receive £15,000", "it will be paid £9,000")
_PAID_BY_PRONOUN = re.compile(r"(?:^|[.;]\s+)(?:[^.;]{0,60}?\b(?:pay|pays|paying|paid|give|gives|giving|grant|grants|granting)\s+"
                              r"(?:it|them)\b|\s*(?:It|They|it|they)\s+(?:will\s+|has\s+|have\s+|is\s+|are\s+)?(?:be\s+|been\s+|being\s+)?"
                              r"(?:receive|receives|received|receiving|paid|given|awarded|get|gets))\s+(?:[\w-]+\s+){0,3}?£")


def _evaluator_paid_next(line: str) -> bool:
    """Whether a sentence after an evaluation on the line pays its body by a pronoun ("X will evaluate the programme. The
    Commissioner is paying it £21,000 …"): evaluation money to that body, as :func:`_evaluation_money`."""
    word = _EVALUATION_WORD.search(line)
    if not word:
        return False
    end = re.search(r"[.;](?:\s|$)", line[word.end():])
    return bool(end) and bool(_PAID_BY_PRONOUN.match(line, word.end() + end.start()))


#: an adverb opening a sentence without a comma, capitalised only for that ("Instead X Change …", "Meanwhile X Trust …")
_SENTENCE_ADVERB = re.compile(r"^(?:Instead|Meanwhile|Separately|Elsewhere|Likewise|Similarly|Additionally|Alongside|Locally|"
                              r"Currently|Already|Again|Also|Now|Today|Since|Then|Nevertheless|However|Otherwise|Thereafter)"
                              r"\s+(?=[A-Z])")


#: a sum, written in any of the money notations ("£50,000", "£1.2m", "(£40k)")
_SUM = re.compile(r"\s*\(?(?:" + MONEY_FIGURE.pattern + r")(?<!\s)\)?", MONEY_FIGURE.flags)  # (not the space after it)
#: the first item's sum, a few words after its name and verb ("gets £50,000", "will receive about £40,000")
_FIRST_SUM = re.compile(r"[^.;,£]{0,40}?(?=£)")
#: a further item of the list with the verb left out: the name, then its own sum (", Y £40,000", " and Z £30,000")
#: (its own clause may open on where, like the first one's: "In Durham, X is getting £44,000; in Darlington, Y £38,000")
_GAPPED_SUM_ITEM = re.compile(r"\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)(?:(?:in|for|at|across)\s+" + _NAME.pattern + r",\s*)?"
                              r"(?:the\s+)?(?P<name>" + _NAME.pattern + r")(?=\s*\(?£)")


#: "also" before the body a service comes from or is run by ("also from X", "also by X", "also through X")
_ALSO_FROM = re.compile(r"\balso\s+(?:from|by|through|with)\s+(?=(?:the\s+)?[A-Z])")


def _gapped_sum_names(sentence: str, pos: int) -> list[str]:
    """The names of the items after a body and its sum that repeat its clause with the verb left out ("X gets £50,000,
    Y £40,000 and Z £30,000"; "The council gives £10,000, the ICB £5,000"): each item is the first one's clause again,
    so its body takes the first one's role.  ``pos`` is where the first body's name ends."""
    lead = _FIRST_SUM.match(sentence, pos)
    money = lead and _SUM.match(sentence, lead.end())
    names = []
    while money:
        item = _GAPPED_SUM_ITEM.match(sentence, money.end())
        if not item:
            break
        names.append(item.group("name"))
        money = _SUM.match(sentence, item.end("name"))
    return names


#: an officer's post, not a body: a staff title heading the name ("Director of Community Protection", "Strategic Director",
#: "Head of Commissioning", "Chief Executive")
_STAFF_TITLE = re.compile(r"(?:(?:Strategic|Corporate|Assistant|Deputy|Executive|Interim|Acting)\s+)?"
                          r"(?:Director|Head|Manager|Officer|Chief Executive|Clerk|Secretary)\b(?:\s+(?:of|for)\b|$)")


#: a council joined by "and" after a commissioner's title: "… Crime Commissioner for Norfolk and Norfolk County Council"
_COUNCIL_JOINED_AFTER = re.compile(r"\bCommissioner\s+for\s+(?:[A-Z][\w'’-]*\s+){1,3}?and\s+"
                                   r"(?P<council>(?:[A-Z][\w'’-]*\s+){1,4}?(?:County\s+|City\s+|Borough\s+|District\s+)?Council)\.?$")


def _organisation_names(text: str) -> list[str]:
    """Capitalised names in a stretch of text, with places and pronouns left out."""
    reg, places = register(), place_aliases()
    names = []
    for whole in _NAME.finditer(text):
      if re.match(r"-based\b", text[whole.end():]):
          continue  # "Crewe-based Dane Street Project": the town it is based in
      found = whole.group(0)
      lead = None
      if re.search(r"\bPolice,? (?:Fire )?and Crime Commissioner\b", found) \
              and not re.search(r"\bOffice of\b", found, re.I):
          joined = _COUNCIL_JOINED_AFTER.search(found)
          if not joined:
              continue  # "led by Leicestershire Police and Crime Commissioner …": a person's office, not two bodies
          found, lead = joined.group("council"), ""  # ("… Commissioner for Norfolk and Norfolk County Council": the
          # council joined after the office is a body of its own)
      lead = _comma_authority(text[: whole.start()], found) if lead is None else lead
      # (the run's leading "of" and a sentence's full stop are no part of the name, and would hide a council named by two
      # places: "the housing team of Nuneaton and Bedworth Borough Council.")
      run = re.sub(r"^of\s+", "", found).rstrip(".")
      for name in _split_names(run):
        if lead and run.startswith(name):
            name = lead + name  # "Bournemouth, Christchurch and Poole Council": one council, its name holding a comma
        name = re.sub(r"^[A-Z]?\d+(?:\.\d+)+\.?\s+", "", name)  # "C3.1 Stour Valley Change …": a paragraph's number
        name = re.sub(r"^[A-Z]\d{1,2}[.)]?\s+(?=[A-Z])", "", name)  # "A3  Hull City Council …": a schedule's clause code
        name = re.sub(r"^(?:Tranche|Lot|Phase|Part|Annex|Schedule|Appendix|Option|Strand|Section|Stage|Round)\s+"
                      r"[A-Z0-9]{1,2}\.\s+(?=[A-Z])", "", name)  # "Tranche B. Barnardo's runs …": a label's sentence ended
        name = re.sub(r"^(?:(?:Yes|No)[.,]\s+)?(?:(?:The|A|An|of|and|for)\s+)?", "", name).rstrip(".")  # ("director of
        # Moorland Change …"; an answer's "No. Cornwall Council has added …")
        name = re.sub(r"^[A-Z][\w'’]*-based\s+", "", name)  # "Crewe-based Dane Street Project"
        name = _SENTENCE_ADVERB.sub("", name)  # "Instead Menai Change, which holds the contract, …": the sentence's adverb
        name = re.sub(r"^(?:Charity|Provider|Organisation|Local charity)\s+(?=[A-Z])", "", name)  # "Charity North Devon Change"
        name = re.sub(r"['’]s?$", "", name)
        key = normalise_name(name)
        if not name or name.lower() in _NOT_NAMES or not key:
            continue
        if re.fullmatch(r"Band [A-H]", name):
            continue  # a council tax band ("part of a Band D council tax bill"), not a body
        if not _ORG_WORD.search(name) and (reg.lookup(name) or key in places or key in _release_places()):
            continue  # a place, not an organisation
        if re.search(r"\bCommissioner\b", name) or name in ("Police", "Crime"):
            continue  # a commissioner's title is a person's office; or half of it split at "and"
        if _office_role(name) or _STAFF_TITLE.match(name):
            continue  # an official's office ("Cabinet Member for Communities", "Deputy Mayor for Policing") or an
            # officer's post ("Director of Children's Services", "Strategic Director"): a person's, no body
        if _NUMBERED_TITLE.sub("", name).split()[-1] in _TITLE_WORDS and not _LOTTERY_DISTRIBUTOR.search(name):
            continue  # a fund's, a programme's or a document's title (also numbered: "Safer Streets Round Five"); a
            # lottery's distributing body is a grant-maker, not a title ("the National Lottery Community Fund")
        if all(w.lower().replace("’", "'") in _GENERIC_WORDS for w in name.split()):
            continue  # generic words, not a body's name ("Children's Services", "Health Visitors", "Social Care")
        alias = _organisation_aliases().get(key)
        if alias == "":
            continue  # listed as not an organisation
        names.append(alias or name)
    return names


#: a cell naming the work, then its body in brackets or after a colon ("Partner support (X Women's Aid)", "Group course
#: for men, 30 weeks: X CIC")
_CELL_BODY = re.compile(r"\((?P<a>[^()]+)\)\s*$|:\s+(?P<b>[^:()]+)$")
#: a cell's first word opening a description in sentence case ("Posts funded", "Referrals expected", "Group behaviour …")
_SENTENCE_CASE_WORD = re.compile(r"\s*(?P<w>(?-i:[A-Z])[\w-]*)(?=\s+(?-i:[a-z])|\s*$)")


def _cell_work(cell: str) -> str:
    """The words of a cell naming the work before its body in brackets or after a colon ("Whole-family worker" in
    "Whole-family worker (X Trust)"); "" when the cell names no body that way (its words are the body's name)."""
    m = _CELL_BODY.search(cell)
    return cell[: m.start()] if m else ""


def _row_cell_names(cell: str) -> list[str]:
    """The bodies a table row's provider or recipient cell names.  A cell that describes the work and then names its body
    in brackets or after a colon names that body only; a cell's opening word, capitalised only because it opens a
    description in sentence case ("Partner support", "High-harm service", "Posts funded", "Referrals expected"), is no
    body's name."""
    m = _CELL_BODY.search(cell)
    if m:
        label = cell[: m.start()]
        bodies = [n for n in _organisation_names(m.group("a") or m.group("b"))
                  if _is_body(n) or _ORG_WORD.search(n) or len(n.split()) >= 2]
        if bodies and re.search(r"\b(?-i:[a-z]){3,}\b|^\W*(?-i:[A-Z])[\w-]*\W*$", label):
            return bodies
    else:
        label = cell
    opening = _SENTENCE_CASE_WORD.match(label)
    return [n for n in _organisation_names(label if m else cell)
            if not (opening and n == opening.group("w") and not _ORG_WORD.search(n))]


#: a table cell holding a bare figure, as in a table whose heading gives its unit ("148.2" under "2025/26 (£k)")
_BARE_SUM = re.compile(r"\*{0,2}£?\(?\d[\d,]*(?:\.\d+)?\)?[km]?\*{0,2}")


def _bare_sum_cell(line: str) -> bool:
    """Whether a table row has a cell that is a bare figure (a sum in a table printed in £000 or £k)."""
    cells = [c for c in _ROW_CELL.split(line) if c]
    return ("|" in line or re.search(r"\S\s{3,}\S", line) is not None) and any(_BARE_SUM.fullmatch(c) for c in cells[1:])


def _row_label_bodies(cells: list[str], raw: str) -> list[str]:
    """The bodies a table row's label cell names in brackets after the work, in a table with no provider or recipient
    column ("Group programme (X Change CIC)  Home Office  £218,400", "| Regional evaluation (X Research) | 48.0 |"): the
    row's sum goes to them.  Only plain bodies' names count (not "Year 2 (Phase B)")."""
    if not cells or not re.search(r"\(\s*[^()]+\)\s*$", cells[0]) or not (
            MONEY_TOKEN.search(raw) or any(_BARE_SUM.fullmatch(c) for c in cells[1:])):
        return []
    # (a body's name: an organisation word, or two capitalised words or more that are no label and no numbered title:
    # "Cheshire Safer Lives", not "Phase B")
    return [n for n in _organisation_names(re.search(r"\(\s*([^()]+)\)\s*$", cells[0]).group(1))
            if (_is_body(n) or (len(n.split()) >= 2 and not set(n.split()) & _LABEL_WORDS and not _NUMBERED_TITLE.search(n)
                                and not re.search(r"\d", n)))
            and not re.search(r"\b(?:Council|Authority|Police|Constabulary|Home Office|Ministry)\b", n)]


def _paid_for_other_work(line: str) -> bool:
    """Whether a prose line holding a sum names work unrelated to domestic abuse and none of this genre's (the amounts
    reader's own test: roads, libraries, an office's accommodation, a review of complaints handling; or money said not to
    be part of the service's own)."""
    from funding.parse.releases.amounts.tables import _WORK_ITSELF, _names_unrelated_work
    from funding.parse.releases.amounts.prose import _NOT_THE_WORKS_MONEY
    return "|" not in line and "£" in line and (_names_unrelated_work(line) or bool(_NOT_THE_WORKS_MONEY.search(line))) \
        and not _WORK_ITSELF.search(line)


#: a register's column heading describing each row's work ("Description", "Title", "Purpose")
_REGISTER_DESCRIPTION = re.compile(r"\W*(?:description|title|purpose|project|activity|scheme|details?)\W*", re.I)


#: a record's field of the parties consulted or the papers relied on: "Consultees:", "Consulted:", "Background papers:",
#: "Documents:"
#: a form field's label before its colon, ending in a word naming what a field records ("Funding stream(s)", "Grant
#: period", "Funder", "Source of funding"), not a section heading's subtitle ("2 Background: …") nor a headline's ("Men's
#: course (update): …")
_FIELD_LABEL = (r"(?:Funding|[A-Z][\w'’ /-]{0,40}?\b(?:[Ss]treams?|[Ff]unders?|[Ss]ources?(?: of funding)?|[Pp]eriods?|"
                r"[Nn]ames?|[Aa]mounts?|[Vv]alues?|[Cc]osts?|[Bb]udgets?|[Pp]roviders?|[Rr]ecipients?|[Pp]ayers?|"
                r"[Bb]od(?:y|ies)|[Oo]rganisations?|[Tt]ypes?|[Rr]eferences?))(?:\(s\))?")
_CONSULTED_FIELD = re.compile(r"^\W*(?:consultees?|consulted|consultation with|background papers|documents(?: relied on)?|"
                              r"papers)\s*(?:\*\*)?\s*:", re.I)


#: a sum printed so that no amount can be read from it: a space inside its thousands ("£15, 000"), as the amounts
#: reader reports it (README, diagnostics: malformed_amount)
_UNREAD_SUM = re.compile(r"£\s?\d{1,3},\s+\d{3}\b")
#: words saying the money is added to the grant: "on top of", "added to", "as match funding", "tops it up"
_ADDED_ON_TOP = re.compile(r"\bon top of\b|\badded\s+to\b|\bas match funding\b|\btop(?:s|ped)?\s+(?:it|this|the grant)\s+up\b",
                           re.I)


def extract_organisations(text, source_id: str = "<text>", awards=None, components=None) -> tuple[Organisation, ...]:
    """Organisations a release names, with the role the text gives them: one record per line, organisation and role.

    Roles come from cues before or after a name (``local_organisation_terms.csv``),
    from table rows (the first cell of a row with money is its ``recipient``),
    from the awards (a funder named on a line; councils named beside match funding),
    and from the release's commissioning body when it names itself ("Office of the
    Police and Crime Commissioner for …", a combined authority).  A commissioner's
    title is a person's office, not an organisation.
    """
    terms = _terms("local_organisation_terms.csv")
    funding_terms = _terms("local_funding_terms.csv")
    provision_terms = _terms("local_component_terms.csv").get("provision", ())
    rel = prepare(text, source_id)
    source_id, area = rel.source_id, rel.area
    out: dict[tuple[int, str, str], Organisation] = {}

    commissioned_lines: set[int] = set()
    service_less: set[int] = set()
    awards = extract_awards(rel)[0] if awards is None else awards

    def add(line: int, name: str, role: str, provision: str) -> None:
        if _DEPARTMENT.fullmatch(name) and role not in ("funder", "former_funder"):
            return  # a government department funds; it runs, receives or refers nothing in this genre
        if _TITLED.match(name):
            return  # a person
        if len(re.sub(r"\W", "", name)) < 2:
            return  # a single letter ("G", a status cell's rating read past a row's cells): no body
        if len(name.split()) >= 2 and name.isupper() and not re.search(r"[a-z]", rel.line_text(line) or ""):
            return  # a heading in capitals ("WHAT EACH PROVIDER DELIVERS", "OUR RESPONSE"): a section's title, no body
        if name.split()[-1] in ("Team", "Teams", "Directorate") and role != "recipient":
            return  # a part of a body ("the council's Family Support Team has run a pilot"); a table may pay one
        if role == "delivery_partner" and line in service_less and line not in commissioned_lines:
            return  # the sentence names nothing a provider delivers ("The photographs were provided by Kent Police")
        if role == "delivery_partner" and _COMMISSIONING_BODY.search(name):
            role = "commissioner"  # "managed by X Combined Authority": a commissioning body manages, it delivers nothing
        elif role == "delivery_partner" and line in commissioned_lines:
            role = "commissioned_service"  # a provider delivering under contract to the commissioner
        out.setdefault((line, normalise_name(name), role), Organisation(source_id, line, area, name, role, provision))
        known.add(normalise_name(name))

    known: set[str] = set()  # the names given a role so far: bodies for the rules that read a role from a verb
    both_stated: set[tuple[int, str]] = set()  # a table row stating a body's two roles in two columns

    header: list[str] = []
    header_line = 0
    header_bodies: list[tuple[int, str]] = []
    csv_header = 0
    headings = _heading_lines(rel)
    html_headings = _html_heading_lines(rel.text) if looks_like_html(rel.text) else frozenset()
    totalled = _rows_over_a_list_total(rel)
    for number, sentence, starts in _logical(rel):
        def at(name: str, pos: int = 0) -> int:  # the line a name is printed on (a sentence may be wrapped)
            found = sentence.find(name.split()[0] if name.split() else name, pos)
            return _line_at(starts, found if found >= 0 else pos)
        provision = "existing" if _first(provision_terms, sentence) else "new"
        commissioned_lines.clear()
        service_less.clear()
        if may_match(_NOT_SERVICE, sentence) and _NOT_SERVICE.search(sentence) and not _SERVICE_WORDS.search(sentence) and "|" not in (rel.line_text(number) or ""):
            service_less.update(n for _, n in starts)  # (a table's row is read under its column's heading)
        if _CONTRACT_WORDING.search(_BESIDES.sub("", sentence)) or _first(terms.get("commissioned", ()), sentence) \
                and not _COMMISSIONED_THEN_DELIVERED.search(sentence):
            commissioned_lines.update(n for _, n in starts)
        for role, pattern in _candidates(terms.get("body", ()), sentence):
            for m in pattern.finditer(sentence):
                if _about_the_release(rel.line_text(_line_at(starts, m.start())) or ""):
                    continue  # a byline, a source note or a masthead naming the office
                if re.search(r"\b(?:Information|Domestic Abuse|Victims['’]?|Children['’]s|Biometrics|Anti-Slavery|Equality|"
                             r"Older People['’]s|Welsh Language|Future Generations)\s+(?:[A-Z][\w'’-]*\s+)*Commissioner",
                             sentence[max(0, m.start() - 30) : m.end()]):
                    continue  # another kind of commissioner's office, not a commissioning body
                office_of = re.fullmatch(r"(?i:office of the )(.+?)\s+(?:Police,? (?:Fire )?and Crime |Fire and Crime )?Commissioner", m.group(0))
                if office_of:
                    areas = find_areas(office_of.group(1))
                    if not areas or max(b for _, b, _ in areas) != len(office_of.group(1)) or areas[0][0] != 0:
                        continue  # not an area's commissioner ("Office of the Children's Commissioner")
                if "OPCC" in m.group(0):
                    opcc = _opcc_name(m.group(0))
                    if opcc:
                        add(_line_at(starts, m.start()), opcc, role, "new")
                        if _commissioning_body_paid(rel.line_text(_line_at(starts, m.start())) or "", sentence,
                                                    m.start(), opcc):
                            add(_line_at(starts, m.start()), opcc, "recipient", "new")
                elif not re.match(r"(?i)the\s+combined", m.group(0)):
                    body = _tidy_body(_to_area_end(m.group(0)))
                    joined = _COUNCIL_RUNS_ON.match(sentence, m.end())
                    if joined and " and " in body and re.search(r"\sand\s+[A-Z][\w'’-]*$", body):
                        # ("… Commissioner for Lancashire and Blackburn with Darwen Borough Council": the last place
                        # opens the name of a council joined to the office by "and", which runs on past the match)
                        council = body[body.rindex(" and ") + 5 :] + joined.group(0)
                        body = body[: body.rindex(" and ")]
                        add(_line_at(starts, m.start()), council.strip().rstrip("."), role, "new")
                    add(_line_at(starts, m.start()), body, role, "new")
                    if _commissioning_body_paid(rel.line_text(_line_at(starts, m.start())) or "", sentence, m.start(),
                                                body):
                        add(_line_at(starts, m.start()), body, "recipient", "new")  # (the commissioner's role gives way)
        for pos, role, body in _bare_opcc_roles(sentence):
            add(_line_at(starts, pos), body, role, "new")
        raw = rel.line_text(number) or sentence
        csv_cells = _csv_cells(raw)
        if csv_cells is not None:
            if not MONEY_TOKEN.search(raw) and not any(re.fullmatch(r"£?[\d,.]+k?", c) for c in csv_cells[1:]):
                if all(len(c) <= 40 for c in csv_cells):  # a heading row: short labels
                    header = [c.lower() for c in csv_cells]
                    csv_header = len(csv_cells)
            elif header and csv_header and abs(len(csv_cells) - csv_header) <= 1:
                col = next((k for k, h in enumerate(header) if re.search(
                    r"provider|recipient|organisation|grantee|charity|contractor|supplier|awarded to|grant holder|"
                    r"payee|paid to", h)), None)
                label = next((c for c in csv_cells if c.strip()), "")
                if _LIST_TOTAL_LABEL.match(label) or _LIST_PIECE_LABEL.match(label):
                    # a grants list's TOTAL line ("TOTAL AWARDED | Weald Foundation, spring panel | … | 47,500") names
                    # the grant-maker whose awards it adds up, not a recipient; its "of which" line names a fund
                    for name in _organisation_names(csv_cells[col]) if col is not None and col < len(csv_cells) \
                            and _LIST_TOTAL_LABEL.match(label) else ():
                        if _GRANT_MAKER_NAME.search(name):
                            add(number, name, "funder", "new")
                    paid = next((k for k, h in enumerate(header) if _PAID_HEADER.fullmatch(h)), None)
                    if paid is not None and paid < len(csv_cells) and _LIST_TOTAL_LABEL.match(label):
                        # (a TOTAL line still names its payer in a column headed so: "Total,,X Council,£50,000")
                        for name in _organisation_names(re.split(r",?\s+(?:through|via)\b|\(", csv_cells[paid])[0]):
                            if re.search(r"\b(?:Council|Authority)\b", name) or _DEPARTMENT.fullmatch(name):
                                add(number, name, "match_funder" if re.search(r"\bmatch", csv_cells[paid], re.I)
                                    else "funder", "new")
                    continue
                for name in _organisation_names(csv_cells[col]) if col is not None and col < len(csv_cells) \
                        and (number in totalled or not _row_about_other_work(csv_cells, col)) \
                        and not _only_sums_taken_back(csv_cells) else ():
                    # (a row for other work that is a piece of the list's stated total is labelled as a part, and
                    # its payee as that money's recipient: README, money for unrelated work)
                    add(number, name, "recipient", provision)
                paid = next((k for k, h in enumerate(header) if _PAID_HEADER.fullmatch(h)), None)
                if paid is not None and paid < len(csv_cells):
                    for name in _organisation_names(re.split(r",?\s+(?:through|via)\b|\(", csv_cells[paid])[0]):
                        if re.search(r"\b(?:Council|Authority)\b", name) or _DEPARTMENT.fullmatch(name):
                            add(number, name, "match_funder" if re.search(r"\bmatch", csv_cells[paid], re.I) else "funder", "new")
        elif _TABLE_ROW.search(raw) or (("|" in raw or re.search(r"\S\s{3,}\S", raw)) and not MONEY_TOKEN.search(raw)):
            cells = _cells(raw)
            if re.fullmatch(r"[\s|:-]*", raw):
                pass  # a markdown table's rule
            elif len([c for c in cells if c.strip()]) >= 2 and all(c.strip() == "£" for c in cells if c.strip()):
                pass  # a units row of "£" signs under the heading ("£     £     £"): the headings stay the words above
            elif [c for c in cells if c.strip()] and all(
                    _UNIT_LABEL.fullmatch(c.strip()) or re.fullmatch(r"\(?(?:(?:thousands|millions) of )?pounds\)?", c.strip(), re.I)
                    for c in cells if c.strip()):
                pass  # a units row under the heading ("£000     £000", as read "(thousands of pounds)"): the same
            elif not MONEY_TOKEN.search(_UNIT_LABEL.sub("", raw)) and not (header and sum(
                    1 for c in cells[1:] if re.fullmatch(r"£?\(?-?[\d,]+(?:\.\d+)?\)?[km]?|[-–—]", c)) >= 1):
                # (a row with a figure and no £ under a heading is a row, not a heading: a table in £000 or £k; a
                # heading may name its unit, "2024-25 (£000)")
                if _heading_continued(cells, header, number - header_line):
                    continue  # the heading's second line ("grant (£000)   Fund (£000)"): the first line's columns stand
                # a row of an action plan ("| 3 | IDVA presence at the hub | X Women's Aid | Oct 2025 |"), no sums in
                # it: a row under the plan's heading, not a heading of its own
                plan_row = bool(header) and len(cells) == len(header) \
                    and _action_owner(cells, header, number, add) is not None
                # a row of a procurement plan, no sums in it, under a heading with a provider column and a contract
                # column ("| Lot | Service | Current provider | Contract ends |" over "| 2 | Stalking work | X CIC |
                # 30 June 2026 |"): the provider holds the contract (README, "Contract holders"), and the row is no
                # heading of its own
                held = next((k for k, h in enumerate(header) if re.search(r"\bprovider\b", h)), None) \
                    if not plan_row and header and len(cells) == len(header) \
                    and any(re.search(r"\bcontract\b", h) for h in header) else None
                if held is not None and held < len(cells) and cells[held].strip():
                    plan_row = True
                    for name in _row_cell_names(cells[held]):
                        if _is_body(name) or len(name.split()) >= 2:
                            add(number, name, "commissioned_service", provision)
                if not plan_row:
                    header, header_line = [c.lower() for c in cells], number
                    # a transposed table names its bodies across its heading ("| | Swale Change CIC | Ure Women's Aid
                    # |"): each is a recipient when a row of sums follows
                    across = [(number, n) for c in cells[1:] for n in _organisation_names(c) if _is_body(n)
                              and not re.search(r"\b(?:Council|Authority|Police|Constabulary)\b", n)]
                    if len(across) >= 2 and len(across) >= len([c for c in cells[1:] if c]) - 1:
                        header_bodies = across  # (kept over the label rows below it: "| Service | Group programme | … |")
            elif cells and header and header_bodies and number - header_bodies[0][0] <= 8 and (MONEY_TOKEN.search(raw) or any(
                    re.fullmatch(r"£?\(?-?[\d,]+(?:\.\d+)?\)?[km]?", c) for c in cells[1:])):
                for line_, name in header_bodies:
                    add(line_, name, "recipient", provision)
                header_bodies = []
            elif cells and header and not _TOTAL_ROW.match(cells[0]):
                _action_owner(cells, header, number, add)
                # a column naming who pays ("| Fund | Funder | … |"): a council there is the row's funder (its match
                # funder when the row's label says so); the Home Office and the Ministry of Justice are read below
                paid = next((k for k, h in enumerate(header) if _PAID_HEADER.fullmatch(h)), None)
                if paid is not None and paid < len(cells) and (paid or re.fullmatch(r"funders?|funding partners?|payers?", header[0])):
                    # (the first column too when headed as the funder: "| Funder | What it pays for | Amount |", "| Payer |
                    # 2024-25 | 2025-26 |")
                    for name in _organisation_names(re.split(r",?\s+(?:through|via)\b|\(", cells[paid])[0]):
                        if re.search(r"\b(?:Council|Authority|Trust|Foundation|Lottery|CC|MBC|BC|DC|Integrated Care Board|"
                                     r"ICB|Homes|Housing (?:Association|Trust|Group))\b", name):  # (a housing body pays too)
                            # (the row's label or the cell itself says so: "West Sussex County Council (match funding)";
                            # a grant-making trust there pays too: "| Kirkby Lottery Trust | Partner support | £30,000 |")
                            match = re.search(r"\bmatch", cells[0] + " " + cells[paid], re.I) \
                                or _called_match_funding_elsewhere(cells, number, awards, name, rel.line_text)
                            add(number, name, "match_funder" if match else "funder", "new")
                # the recipient is the row's cell under a provider / recipient / organisation heading
                col = next((k for k, h in enumerate(header)
                            if not _PAID_HEADER.fullmatch(h)  # (not "Funding partner": the partners who pay)
                            and re.search(r"provider|recipient|organisation|partner|grantee|charity|\bmember\b|contractor|supplier|awarded to|grant holder|lead body|"
                                         r"paid to|payee|delivered by|run by|provided by|delivery body|"
                                         # (a column of the councils the money is allocated or passed to: "| Council |
                                         # Allocation |", "| District council | Home Office allocation |")
                                         r"^(?:(?:district|borough|city|county|unitary|local|partner|constituent)\s+)?"
                                         r"(?:councils?|local authorit(?:y|ies))$", h)
                            and not (re.search(r"councils?$|authorit", h) and any(
                                re.search(r"\bmatch|contribut|top-?up|\bown (?:money|budget|funding)|\bpaid by\b", h_) for h_ in header))),
                           None)  # (not a table of what councils pay: "| Council | Match funding |")
                # a table of areas' shares ("| Force area | Lead provider | Two-year share |"): the money is the
                # area's, and the body in the provider column delivers it
                role = "delivery_partner" if header and re.search(r"\b(?:force|police) area\b|^area$", header[0]) \
                    and re.search(r"\blead provider|delivery partner|delivered by",
                                  header[col] if col is not None else "") else "recipient"
                described = [c for k, c in enumerate(cells) if k != col and len(re.findall(r"[A-Za-z]{3,}", c)) >= 3
                             and re.search(r"\b[a-z]{3,}\b", c) and not _MONEY_WORDS.search(c)]
                # (what the row's work is, in words, not where its money comes from nor a list of names: "Croydon,
                # Lambeth, Southwark")
                other_work = bool(described) and not any(_TOPIC.search(c) for k, c in enumerate(cells) if k != col) \
                    and not (col is not None and col < len(cells) and _TOPIC.search(_cell_work(cells[col]))) \
                    and not _table_totals_below(rel, number)
                if not other_work and awards and number not in {a.source_line for a in awards} and any(
                        _REGISTER_DESCRIPTION.fullmatch(h) for h in header):
                    other_work = True  # (a register row under a description column that has no amount of
                    # the text's facts on its line, "Evening boxing sessions for young people", names no recipient:
                    # whatever the reason its money was not read, as other work, a quote or a restatement, the row
                    # gives no fact for its payee to receive)
                # (unless a Total row below sums the rows: a register whose total covers other work too has those
                # rows as parts of it, and their payees as recipients, README "Money for work unrelated …")
                # (a provider column whose cells name the work before the body, "| Family worker (X) | Y Council | 20 |":
                # the work is named there)
                # (a row of a register about other work, "Winter gritting and salt supply", names no recipient of a fact)
                # (not when the label column is headed as who pays, "| Funding partner | 2025-26 (£) |": its bodies pay)
                if col is None and not other_work and not (header and _PAID_HEADER.fullmatch(header[0])):
                    for name in _row_label_bodies(cells, raw):
                        add(number, name, "recipient", provision)
                for name in _row_cell_names(cells[col]) if col is not None and col < len(cells) and not other_work else ():
                    add(number, name, role, provision)
                    # a council's row with a sum under a column of the council's match funding ("| Recipient | Home
                    # Office grant | Council match |"): it also pays that match
                    if role == "recipient" and re.search(r"\b(?:Council|Authority)\b", name) and any(
                            k < len(cells) and re.search(r"\bmatch|\btop-?up", h) and MONEY_TOKEN.search(cells[k])
                            for k, h in enumerate(header) if k != col):
                        add(number, name, "match_funder", "new")
                        both_stated.add((number, name.lower()))  # (its two columns state both roles: its match stays)
        dashed = _NAME_DASH_ITEM.match(raw) if "|" not in raw and "£" in raw and number not in headings else None
        dashed = dashed or (_NAME_COMMA_MONEY_ITEM.match(raw) if "|" not in raw and "£" in raw
                            and number not in headings else None)
        for name in _organisation_names(dashed.group("name")) if dashed else ():
            if name == dashed.group("name").strip() and _is_body(name) \
                    and not re.search(r"\b(?:Council|Authority|Commissioner|Police|Constabulary)\b", name):
                # (the item's whole label is the body: it is paid the item's sum; a council there may pay it)
                add(number, name, "recipient", provision)
                if _CONTRACT_ON_ITEM.search(raw):
                    add(number, name, "commissioned_service", "new")  # (README, "Contract holders")
        item = _NAME_COLON_MONEY.match(raw) if "|" not in raw else None
        if item and number not in headings:
            for name in _organisation_names(item.group("name")):
                words = name.split()
                if re.search(r"\b(?:Council|Authority|Commissioner|Police|Constabulary)\b", name):
                    continue  # a council or the police before a sum in a list pays it as often as it receives it
                if _SUPPORT_GIVEN_THROUGH.search(item.group("name")[: max(item.group("name").find(name), 0)]):
                    continue  # "- Partner support through X: £61,200": the row's own words say X gives the support
                    # (README, "Partner-support table rows": a survivor_support_provider, not a recipient)
                label = item.group("name")
                tail = label[label.find(name) + len(name):] if name in label else ""
                if not _ORG_WORD.search(name) and not re.fullmatch(r"\s*(?:\([^()]*\))?\s*(?:\*\*)?\s*", tail):
                    continue  # (a name opening a sentence that runs on to the colon, "Jo Bell walks through how the bid
                    # landed: £1,140,000 …", is its subject, no label of a sum)
                if _ORG_WORD.search(name) or (len(words) >= 2 and not set(words) & _LABEL_WORDS
                                              and not _SERVICE_WORDS.search(name)):  # ("Housing Support: £9,000")
                    add(number, name, "recipient", provision)
        # a row or list item of what is paid for, then who is paid, then the sum ("Partner support: Meadows Women's Aid
        # £84,000", "- Evaluation: Lenton Research Partnership – £18,000"): the body receives the sum
        paid_for = _WHAT_COLON_BODY.match(raw) if ":" in raw and "£" in raw and "|" not in raw and number not in headings \
            else None
        if paid_for and not set(paid_for.group("what").split()) & _LABEL_WORDS and all(
                w[0].isupper() or w in ("of", "and", "for", "the", "&", "on") for w in paid_for.group("name").split()):
            # (a name, every word capitalised: not "Purpose: Group course   £24,000")
            for name in _organisation_names(paid_for.group("name")):
                if _is_body(name) and not re.search(r"\b(?:Council|Authority|Commissioner|Police|Constabulary)\b", name):
                    add(number, name, "recipient", provision)
                    if _EVALUATION_CELL.fullmatch(paid_for.group("what").strip()):
                        add(number, name, "evaluator", provision)
        # a recipient named before, called back by its award: "adding £10,000 to the Wessex Change award", "the Poole
        # Stalking Clinic grant was extended" (its name, perhaps without "CIC" or "Ltd", before award, grant or contract)
        if "award" in sentence or "grant" in sentence or "contract" in sentence:
            for (ln, _, role_), org in list(out.items()):
                if role_ != "recipient" or ln >= number:
                    continue
                short = re.sub(r"\s+(?:CIC|CIO|Ltd|Limited|Ltd\.)$", "", org.organisation)
                m = re.search(r"\b[Tt]he\s+(" + re.escape(short) + r"(?:\s+(?:CIC|CIO|Ltd|Limited))?)\s+(?:award|grant|contract)\b",
                              sentence)
                if m and len(short.split()) >= 2:
                    add(at(m.group(1), m.start(1)), m.group(1), "recipient", provision)
        claimed: set[int] = set()
        # a table's row: the body its label names is the row's recipient, whatever work the label names ("| Partner
        # support (X) | £121,000 |" names no survivor-support provider, as a provider column's row names none)
        table_row = bool(_TABLE_ROW.search(raw) or "|" in raw or re.search(r"\S\s{3,}\S", raw.strip()))
        # an evaluator's cue is the more specific ("the evaluation will be led by …" is not a provider's "led by")
        # … and so is a procurement's lead ("a procurement led by X Council" is not a provider's "led by")
        for role, pattern in sorted(_candidates(terms.get("after", ()), sentence),
                                    key=lambda t: t[0] not in ("evaluator", "commissioner")):
            for m in pattern.finditer(sentence):
                if m.end() in claimed:
                    continue
                claimed.add(m.end())
                rest = sentence[m.end() :]
                if re.match(r"\s*(?:the\s+)?(?:[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3}['’]s\s+)?(?:deputy\s+)?(?:police,? (?:fire )?and crime\s+)?"
                            r"(?:commissioner|mayor|PCC|PFCC)\b(?!['’]s office)", rest, re.I):
                    continue  # "led by Gwent's commissioner, Rhiannon Pryce-Howell": a person, not a body
                rest = _name_stretch(rest)
                if _OWN_OBJECT.match(rest):
                    rest = ""  # the cue's object is the subject's own, no name ("supports partners through its support workers")
                for name in _organisation_names(rest):
                    where = sentence.find(name, m.end())
                    if _person_named(sentence, where, name):
                        continue  # a person ("led by Maria Lopez, a former probation officer"), not a body
                    if where >= 0 and _NAMES_MONEY.match(sentence, where + len(name)) and role not in _PAYERS:
                        continue  # "added £25,000 … to the Home Office grant": the grant, not a body receiving it
                    if role == "recipient" and where >= 0 and re.match(
                            r"\s+(?:to (?:evaluate|assess|review)|for (?:the |an )?(?:independent )?evaluation)\b",
                            sentence[where + len(name):]):
                        role_ = "evaluator"  # "the remaining £57,400 to X to evaluate both services"
                    else:
                        role_ = role
                    if role == "referrer" and not _ORG_WORD.search(name) and len(name.split()) < 2:
                        continue  # a town ("referrals from Middlesbrough, Stockton and Redcar"), not a referring body
                    if role == "funder" and not _PAYER_WORD.search(name) and not (
                            _GIFT_CUE.search(m.group(0)) and len(name.split()) >= 2):
                        continue  # (a service paid for by a named body: councils and grant-makers; others are read elsewhere;
                        # a gift or donation from a named body has that body as its giver: "a £2,500 gift from X Builders")
                    if role == "funder" and _ENDED.search(sentence):
                        role_ = "former_funder"  # "ran for two years on £X a year from X Foundation, … when that grant ended"
                    elif role == "funder" and re.search(r"\b(?:Council|Authority)\b", name) and re.search(
                            r"\bmatch(?:ed|es|ing)?\b", re.split(r"[;:]|[.!?]\s", sentence[: m.start()])[-1][-160:], re.I):
                        role_ = "match_funder"  # "the grant is matched by £30,000 from … and £15,500 from X Council"
                    if role == "commissioner" and not re.search(r"\b(?:Council|Authority|Office|OPCC)\b", name):
                        continue  # (a procurement's lead is a council, an authority or a commissioner's office)
                    if role == "survivor_support_provider" and m.group(0).rstrip().endswith("(") and (
                            table_row and name in (_cells(raw) or [""])[0]
                            or _LIST_ITEM.match(raw) and 0 <= raw.find(name) < raw.find("£")):
                        continue  # (the row's label: its body is the row's recipient; so a list item's, "• Partner
                        # support (X) – £138,000", README "Partner-support table rows")
                    if role == "delivery_partner" and (thanks := _THANKS_OPENER.match(sentence)) \
                            and not re.search(r"[;:]", sentence[thanks.end():m.start()]) \
                            and not re.search(r"\bby\s*$", m.group(0)):
                        continue  # ("We are grateful to … staff at X": a body thanked, no work it is said to deliver;
                        # not a clause after the thanks, nor work said to be delivered by it: "We thank the Home Office
                        # for the grant; the course is delivered by Y", "With thanks to the men on the course, run by Y")
                    if role == "delivery_partner" and _SUPPORT_SUBJECT.search(_clause_before(sentence, m.start())):
                        role_ = "survivor_support_provider"  # "Support for partners, delivered under subcontract by X"
                    add(at(name, m.end()), name, role_, provision)
                    if role_ == "evaluator" and where >= 0 and re.match(r"\s+£", sentence[where + len(name):]):
                        add(at(name, m.end()), name, "recipient", provision)  # ("… who awarded X £40,000": the
                        # evaluator is given the sum too, README "Evaluation money")
                # a second clause with its verb left out ("… is provided by X, and the rest of the programme by Y"): Y
                # does what the verb says, not what the first clause's subject makes X (partner support)
                gap = _GAPPED_BY.search(sentence, m.end()) if role in _DELIVERY_ROLES and m.group(0).endswith("by") else None
                if gap and not re.search(r"[.;!?]", sentence[m.end() : gap.start()]):
                    held = role == "commissioned_service" and _CONTRACT_WORDING.search(gap.group(0))
                    for name in _organisation_names(_name_stretch(sentence[gap.end():])):
                        add(at(name, gap.end()), name, "commissioned_service" if held else "delivery_partner", provision)
        # a provider the release has already named as delivering, referred back to by "also" ("(b) up to 16 one-to-one
        # sessions for men, also from X CIC"): it delivers this work too (a body new to the release could be a payer
        # or a referrer, "money also from X Trust", and is left to its own cues)
        for m in _ALSO_FROM.finditer(sentence):
            for name in _organisation_names(_name_stretch(sentence[m.end():])):
                if any(o.organisation == name and o.role in _DELIVERY_ROLES and o.source_line < number for o in out.values()):
                    add(at(name, m.end()), name, "delivery_partner", provision)
        # Every word end inside a capitalised run (a title-case headline runs the cue into the name) where
        # some "before" cue starts: one anchored match of all the cues at once, then each role's own.
        before = terms.get("before", ())
        roles = _candidates(before, sentence)
        cued = [] if getattr(before, "any", None) is None or not roles else \
            [(m, ends) for m in _NAME.finditer(sentence)
             for ends in [[w.end() for w in _WORD.finditer(m.group(0)) if before.any.match(sentence, m.start() + w.end())]]
             if ends]
        for role, pattern in before if getattr(before, "any", None) is None else ():
            for m in _NAME.finditer(sentence):
                for end in [w.end() for w in _WORD.finditer(m.group(0))]:
                    if pattern.match(sentence, m.start() + end):
                        for name in _organisation_names(m.group(0)[:end]):
                            add(at(name, m.start()), name, role, provision)
                        break
        for role, pattern in roles if cued else ():
            for m, ends in cued:
                for end in ends:
                    cue = pattern.match(sentence, m.start() + end)
                    if cue:
                        for name in _organisation_names(m.group(0)[:end]):
                            if re.match(r"\s*,?\s*who\b", cue.group(0)) and not _ORG_WORD.search(name):
                                continue  # "said Lorna Ebbett, who runs the course": a person
                            if re.match(r"\s*:", cue.group(0)) and not _is_body(name):
                                continue  # "Clear Water: a 26-week group course": a programme's name before what it is
                            add(at(name, m.start()), name, role, provision)
                        break
        kind = _KIND_THEN_NAMES.match(sentence) if number not in headings else None
        for role, pattern in before if kind else ():
            if pattern.match(sentence, kind.end()):
                # (a bracket after a name ends it: "X (Avon), Y (Gloucestershire) and Z (Wiltshire)")
                listed = re.sub(r"\s*\([^()]*\)", ",", sentence[sentence.index(":", kind.end()) + 1 :])
                for name in _organisation_names(listed):
                    if _is_body(name) or len(name.split()) >= 2:
                        add(at(name, kind.end()), name, role, provision)  # (each role the verb fits: the more specific
                        # one stands, "will work with partners" supports them rather than delivers)
        # a body as the subject of its clause, by the verb that follows it whatever its wording ("subject" rows): only
        # names that are plainly bodies, at the start of a clause or before a relative clause of their own
        subject = terms.get("subject", ())
        # (the name runs some subject row follows, found once by the rows' joined regex; then each row's own)
        # (none when no subject row may match anywhere in the sentence: _candidates, an exact shortcut)
        runs = [m for m in _NAME.finditer(sentence)
                if getattr(subject, "any", None) is None or subject.any.match(sentence, m.end())] \
            if subject and _candidates(subject, sentence) else []
        # a body in apposition as the subject ("The charity, Pontefract Women's Aid, supported 120 women"): its verb after
        # the closing comma
        apposed = {m.end(): m.end() + 1 for m in _NAME.finditer(sentence)
                   if sentence.startswith(",", m.end()) and _APPOSED.search(sentence, 0, m.start())} if subject else {}
        runs += [m for m in _NAME.finditer(sentence) if m.end() in apposed and subject.any.match(sentence, m.end() + 1)] \
            if apposed and getattr(subject, "any", None) is not None else []
        for role, pattern in subject if runs else ():
            for m in runs:
                cue = pattern.match(sentence, apposed.get(m.end(), m.end()))
                if not cue:
                    continue
                # a list of bodies as the subject ("X, Y and Z will deliver …"): the names before the last one
                listed = _LISTED_BEFORE.search(sentence, 0, m.start())
                start = listed.start() if listed and all(_is_body(n) or normalise_name(n) in known
                                                         for n in _organisation_names(listed.group(0))) else m.start()
                if not _RELATIVE.match(cue.group(0)) and not pattern.pattern.startswith("(?<=") \
                        and not _CLAUSE_START.search(sentence, 0, start):
                    continue
                if _NAME_END.search(m.group(0)).start() < len(m.group(0)):
                    continue  # the verb follows a word after the name ("pays X for IDVAs who support …")
                for name in _organisation_names(sentence[start : m.end()]):
                    if role == "commissioner" and not re.search(r"\b(?:Council|Authority)\b", name):
                        continue  # (a provider "has commissioned" or "awarded" too; a council commissions)
                    if role == "funder" and (not _PAYER_WORD.search(name)
                                             or re.search(r"\b(?:Council|Authority|Commissioner|Office|Police)\b", name)):
                        continue  # (councils and commissioners pay through the awards they make; a charity "funds" its own work)
                    if _is_body(name) or normalise_name(name) in known or _APPOSED_KIND.match(cue.group(0)) \
                            or (role == "funder" and _PAYER_WORD.search(name) and len(name.split()) >= 2) \
                            or (_TENDERED.match(cue.group(0)) and len(name.split()) >= 2) \
                            or (role == "commissioned_service" and _BID_WON.search(cue.group(0))
                                and len(name.split()) >= 2):  # (plainly a
                        # body, in apposition with a kind of body ("X, a city charity that won …"), or one the release has named
                        # in a role already: "we have teamed up with Avonvale Changes …" / "Avonvale Changes also supports …")
                        # (a payer whose money the sentence says has ended paid before: "X gave £40,000 a year …; that
                        # grant has ended")
                        add(at(name, m.start()), name, "former_funder" if role == "funder" and _ENDED.search(sentence)
                            else role, provision)
                for item in _gapped_sum_names(sentence, m.end()):
                    for name in _organisation_names(item):
                        if _is_body(name) or normalise_name(name) in known:
                            add(at(name, m.end()), name, role, provision)
        negated = [(m.start(), m.end()) for _, p in _candidates(funding_terms.get("negation", ()), sentence)
                   for m in p.finditer(sentence)]
        heading = (bool(re.match(r"\s*#|\s*\d{1,2}(?:\.\d{1,2})*\.?\s+(?!" + _FIELD_LABEL + r":\s*\S)[A-Z][^.!?]*$", raw))
                   and not _TABLE_ROW.search(raw)
                   and len(starts) == 1) or number in html_headings  # (a numbered paragraph wrapped is no heading; nor
        # a form's numbered field, "1.4 Funding stream(s): Home Office fund")
        heading = heading or bool(re.match(r"\W*(?:table|figure|chart)\s+\d+\s*[:.]", raw, re.I)) \
            or sentence.rstrip("*").rstrip().endswith("?")  # a table's caption, a question: no statement of who pays
        # a headline, title or subject line outside a table names no funder (the corpus README's 'Headings naming a
        # funder'); a table's heading row is read below
        # (not a notice's field above its first sentence: "**Funding source:** Home Office grant")
        heading = heading or (number in headings and not _TABLE_ROW.search(raw) and "|" not in raw
                              and not re.search(r"\S\s{3,}\S", raw.strip()) and not re.match(
            r"\s*(?:\*\*)?(?:(?!(?:Subject|SUBJECT|Title|TITLE|Re|RE)\b)[A-Z][\w ]{1,40}(?:\(s\))?|\d+(?:\.\d+)+\.?\s+"
            + _FIELD_LABEL + r"):(?:\*\*)?\s", raw))
        # (nor a form's numbered field above its first sentence: "1.4 Funding stream(s): Home Office fund")
        heading = heading or _section_heading_line(rel, number, raw)
        # (a space-aligned table's heading row is read as a pipe table's: its columns may name who pays)
        aligned = "|" not in raw and header_line == number and bool(re.search(r"\S\s{3,}\S", raw.strip())) \
            and not _bare_sum_cell(raw)
        label = _cells(raw)[0] if ("|" in raw or aligned) and _cells(raw) else None  # a table row names its funder in its label
        figures = label is not None and header and _bare_sum_cell(raw)  # a body row of a table printed in £000 or £k
        if label is not None and header:  # … or in a column headed as its funder
            paid = next((k for k, h in enumerate(header) if _PAID_HEADER.fullmatch(h)), None)
            if paid and paid < len(_cells(raw)) and _COST_CENTRE.fullmatch(header[paid].strip(" *")) \
                    and number not in {a.source_line for a in awards}:
                paid = None  # (a payments list's row the amounts reader read as no fact, a credit note or a payment for
                # other work, "Restorative justice service | Victims - Ministry of Justice grant": its budget pays no fact)
            if paid and paid < len(_cells(raw)):
                label = label + " | " + re.split(r",?\s+(?:through|via)\b", _cells(raw)[paid])[0]
        recommending = label is None and bool(_RECOMMENDING.match(sentence))  # ("The council should fund …": urged, not paid)
        if label is not None and not heading and not MONEY_TOKEN.search(_UNIT_LABEL.sub("", raw)) and not figures:
            # a table's heading row with a column headed by another department or government ("| Home Office (£) | Welsh
            # Government (£) |"): it pays that column, as the Home Office pays its own (below)
            for c in _cells(raw):
                d = _DEPARTMENT.fullmatch(re.sub(r"\s*\(£(?:000|k|m)?\)\s*$", "", c.strip("* ")))
                if d and d.group(0) not in ("Home Office", "Ministry of Justice"):
                    add(number, d.group(0), "funder", "new")
        for funder in ("Home Office", "Ministry of Justice") if not heading and not recommending else ():
            if label is not None and not MONEY_TOKEN.search(_UNIT_LABEL.sub("", raw)) and not figures:
                # a table's heading row with a column of the department's money ("| Year | Home Office grant | … |",
                # "| Home Office total £000 |", "| Home Office, 2024-26 |"): the heading names who pays its column
                if not re.fullmatch(r"[\s|:-]*", raw) and any(
                        re.fullmatch(r"(?:the\s+)?" + funder + r"(?:['’]s)?\s+(?:grant|funding|money|allocation|award|"
                                     r"contribution|share|total)(?:\s+\(?£?(?:000|k|m)?\)?|" + _UNIT_WORDS + r")?"
                                     r"(?:,?\s+\d{4}(?:[-–/]\d{2,4})?)?|"
                                     r"(?:the\s+)?" + funder + r"(?:,?\s+\d{4}(?:[-–/]\d{2,4})?)?(?:\s+\(£(?:000|k|m)?\)|"
                                     + _UNIT_WORDS + r")?",
                                     c.strip("* "), re.I) for c in _cells(raw)):
                    add(number, funder, "funder", "new")
                continue
            if label is None and not any(w in sentence.lower() for w in ((funder.lower(), "moj") if "Justice" in funder
                                                                          else (funder.lower(),))):
                continue  # (not named: the funder terms' own search below would find nothing)
            if label is None and _TO_THE_NEAREST.search(sentence) and not MONEY_TOKEN.search(_TO_THE_NEAREST.sub(" ", sentence)):
                continue  # "Allocations are rounded to the nearest £100 and are the Home Office's final figures": a
                # note on how figures are printed, no sum of the area's (README, "Home Office money and letters in prose")
            if label is None and not _MONEY_WORDS.search(sentence):
                continue  # a department named with no word of money ("Home Office approved facilitators", "a Home
                # Office spokesperson said"): no statement of who pays
            for value, pattern in funding_terms.get("funder", ()):
                if value != funder:
                    continue
                where = sentence if label is None else label
                hits = [m.start() for m in pattern.finditer(where) if not any(a <= m.start() < b for a, b in negated)
                        and not _named_as_not_paying(where, m.start())
                        and not _only_its_document(where, where.find(funder, m.start()) + len(funder))
                        and not (label is None and _only_in_a_condition(where, m.start()))
                        and not (label is None and not MONEY_TOKEN.search(raw)
                                 and _only_speaking(where, where.find(funder, m.start()) + len(funder)))]
                if hits and label is None and all(_names_its_figure_only(where, where.find(funder, h)) for h in hits):
                    hits = []  # "The 2026-27 Home Office figure assumes …", "…, which the Home Office figure leaves
                    # out": the payer's figure named with no sum of it (README, "Home Office money and letters in prose")
                if hits and label is None and _only_sums_across_payers(sentence):
                    hits = []  # "Money at risk: £48,000 (the Home Office grant and the health board's money)": the line's only
                    # sum is two payers' money together, no sum of the department's (README, "Home Office money and
                    # letters in prose": a line whose only sum is a total across payers)
                if hits and label is None and _named_only_in_quotes(rel, _line_at(starts, hits[0]), funder):
                    hits = []  # "… said: "… if the Home Office stopped paying"": a department named only in someone's
                    # quoted words, which are set aside, says nothing of who pays
                if hits:
                    add(number if label is not None else _line_at(starts, hits[0]), funder,
                        "former_funder" if _ENDED.search(sentence) else "funder", "new")
        # another government department paying ("Domestic abuse safe accommodation (MHCLG grant)", "an allocation from the
        # Department for Levelling Up, Housing and Communities"): a funder outside the funder vocabulary, named as a body
        where = sentence if label is None else label
        if not heading and not recommending and _DEPARTMENT_NEEDLES.search(where) \
                and (MONEY_TOKEN.search(raw) if label is not None else _MONEY_WORDS.search(sentence)) \
                and (_ABUSE_TOPIC.search(sentence) or _ABUSE_TOPIC.search(raw)):  # (not the Department for Transport's money
            # for roads, nor the Department for Education's for schools' mental health support)
            for d in _DEPARTMENT_IN_TEXT.finditer(where):
                if d.group(0) in ("Home Office", "Ministry of Justice") or any(a <= d.start() < b for a, b in negated) \
                        or _named_as_not_paying(where, d.start()) or _NOT_PAYING_AFTER.match(where, d.end()):
                    continue
                add(number if label is not None else _line_at(starts, d.start()), d.group(0),
                    "former_funder" if _ENDED.search(sentence) else "funder", "new")
    logical = _logical(rel)
    # a list under a label naming its items' role ("Delivery partners:" / "- Ripon Change Trust" / "- Nidd Women's Aid")
    texts_ = {l.number: l.text for l in rel.lines}
    for number, text_ in texts_.items():
        label = _LIST_LABEL.match(text_)
        if not label:
            continue
        role = next(r for r, g in (("delivery_partner", "delivery"), ("funder", "funder"), ("referrer", "referrer"),
                                   ("evaluator", "evaluator")) if label.group(g))
        k = number + 1
        while k in texts_ and not texts_[k].strip() and k <= number + 2:
            k += 1  # (a blank line between the label and its list)
        while k in texts_ and _LIST_ITEM.match(texts_[k]):
            item = _LIST_ITEM.sub("", texts_[k])
            for name in _organisation_names(re.split(r"\s+(?:[–—-]|\()|[:,;.]", item)[0]):
                if _is_body(name):
                    add(k, name, role, "new")
            k += 1
    # a grant-maker's list: a heading naming a body, its sum on the next line ("<h3>Tarn Valley Men's Project</h3>" /
    # "£64,000 | three years | Penrith")
    texts = {l.number: l.text for l in rel.lines}
    for number, text_ in texts.items():
        m = re.fullmatch(r"\s*(?:#{2,6}\s+|\*\*)?(?P<name>[A-Z][^<>*#|£:.]{2,80}?)\s*(?:\*\*)?\s*", text_)
        if not m or not all(w[0].isupper() or w in ("of", "on", "and", "for", "the", "&", "in") for w in m.group("name").split()):
            continue  # (a heading: a short run of capitalised words)
        nxt = next((texts[k] for k in range(number + 1, number + 3) if texts.get(k, "").strip()), "")
        if re.match(r"\s*(?:<[^>]+>\s*)*(?:\*\*)?£\d", nxt) and not re.search(
                r"\b(?:has|have|had|is|are|was|were|will|would)\b", re.sub(r"<[^>]+>", "", nxt)):
            # (the sum line is an entry's, "£64,000 | three years | Penrith", not a sentence under a heading)
            for name in _organisation_names(m.group("name")):
                if not _is_body(name) and len(name.split()) < 2:
                    continue  # a one-word heading ("News", "Funding")
                if not re.search(r"\b(?:Council|Authority|Commissioner|Police|Constabulary)\b", name) and \
                        not set(name.split()) & _LABEL_WORDS and not _DEPARTMENT.fullmatch(name) \
                        and not _HEADING_NAMES_MONEY.search(name):
                    add(number, name, "recipient", "new")

    def award_sentence(award) -> tuple[str, tuple[tuple[int, int], ...]]:
        """The sentence an amount is read from, whole when it is wrapped across lines."""
        for _, s_, starts_ in logical:
            at_ = s_.find(award.amount.text)
            if at_ >= 0 and _line_at(starts_, at_) == award.source_line:
                return s_, starts_
        return next((s_ for n, s_ in rel.sentences if n == award.source_line and award.amount.text in s_), ""), \
            ((0, award.source_line),)

    for award in awards:
        if award.funding_role == "part" and award.funder == "local authority":
            # a council's row or clause in a breakdown ("Council top-up to the grant .... £35,000   Blackpool Council",
            # "| Nottingham City Council | £60,000 |"): the council pays it, as match funding when its line says so or
            # when the release states the same sum as that council money's match funding
            sentence, starts = award_sentence(award)
            line = rel.line_text(award.source_line) or sentence
            said_here = bool(re.search(r"\bmatch|\btop-?up\b|\btop(?:s|ped|ping)? (?:it |this |the grant )?up\b|\badded to\b", line, re.I))
            said_elsewhere = any(a.funding_role == "match_funding" and a.funder == "local authority"
                                 and a.amount.pence == award.amount.pence for a in awards)
            at = sentence.find(award.amount.text)
            a, b = _own_clause(sentence, at) if at >= 0 else (0, len(sentence))
            if at >= 0 and "|" not in line and "\t" not in line:  # (and within the stretch between the figures beside it
                # in prose; a table row's council names the row)
                a = max([a] + [t.end() for t in MONEY_TOKEN.finditer(sentence) if t.end() <= at])
                b = min([b] + [t.start() for t in MONEY_TOKEN.finditer(sentence) if t.start() > at])
            for m in _council_matches(sentence):
                if _named_as_not_paying(sentence, m.start()):
                    continue
                # (the same sum stated elsewhere as match funding makes only the council in the piece's own clause its
                # match funder, not another council paying another piece of the sentence: "£2,000 from X Council,
                # …, and £1,500 that the Hub has asked this council to contribute")
                matched = said_here or said_elsewhere and a <= m.start() < b
                for name in _organisation_names(_comma_authority(sentence[: m.start()], m.group(0)) + m.group(0)):
                    add(_line_at(starts, m.start()), name, "match_funder" if matched else "funder", "new")
        if award.funding_role in ("own_funding", "grant") and award.funder == "local authority":
            sentence, starts = award_sentence(award)
            for m in _council_matches(sentence):
                if _named_as_not_paying(sentence, m.start()):
                    continue  # "£60,000 comes from the commissioner's budget rather than from X Council"
                for name in _organisation_names(_comma_authority(sentence[: m.start()], m.group(0)) + m.group(0)):
                    # a council paying its own grant or budget; a former funder where the sentence says that money
                    # has ended ("gave £18,000 towards the pilot in 2024-25 and has not renewed it")
                    add(_line_at(starts, m.start()), name, "former_funder" if _ENDED.search(sentence) else "funder", "new")
        if award.funding_role == "match_funding":
            sentence, starts = award_sentence(award)
            # (councils beside the commissioner's or a department's match funding do not pay it; nor does a council named
            # in another clause, paying a sum of its own: "X Council adds £25,000 to the grant, and Y Council is paying
            # £40,500 for a family worker")
            at = sentence.find(award.amount.text)
            a, b = _own_clause(sentence, at) if at >= 0 else (0, len(sentence))
            for m in () if award.funder in ("PCC", "Home Office", "Ministry of Justice") else _council_matches(sentence):
                if not a <= m.start() < b or _named_as_not_paying(sentence, m.start()):
                    continue
                for name in _organisation_names(_comma_authority(sentence[: m.start()], m.group(0)) + m.group(0)):
                    add(_line_at(starts, m.start()), name, "match_funder", "new")
            # the subject that contributes the money ("Trent Pathways Foundation will also contribute £14,250 …", also a
            # longer name, "Eastmoor Community Health NHS Foundation Trust contributes …")
            at = sentence.find(award.amount.text)
            # (also after an opening phrase naming the agreement it is under: "Under the K7 agreement X is to add £12,000")
            subject = re.match(r"\s*(?:(?:Under|Through|As part of|In line with)\s+(?:the|its|this|that|their)\s+[^,.;£]{0,40}?"
                               r"\b(?:agreement|contract|grant|deal|terms)\b,?\s+)?"
                               r"((?:[A-Z][\w'’&-]*\s+){1,7}?)(?:(?:will|has|have|is|are|also|agreed|to|already)\s+)*"
                               r"(?:contribut|add|put|giv|pay|provid|match|top|fund|invest|commit|offer)\w*\b", sentence[:max(at, 0)])
            if subject and _ORG_WORD.search(subject.group(1)) and \
                    not re.search(r"\b(?:Commissioner|Mayor|Councillor|Cllr)\b", subject.group(1)):
                for name in _organisation_names(subject.group(1)):
                    add(award.source_line, name, "match_funder", "new")
            # the body whose contribution the figure is, named just before it ("a contribution by X Homes of £60,000",
            # "X Homes' £60,000"): that body puts the money in
            whose = _CONTRIBUTION_BY.search(sentence, 0, max(at, 0)) or _BODYS_OWN_FIGURE.search(sentence, 0, max(at, 0))
            if at > 0 and whose and (_ORG_WORD.search(whose.group("who")) or _LANDLORD.search(whose.group("who"))) \
                    and not re.search(
                    r"\b(?:Commissioner|Mayor|Councillor|Cllr|Council|Authority|Office|Home Office|Ministry)\b",
                    whose.group("who")):
                for name in _organisation_names(whose.group("who")):
                    add(award.source_line, name, "match_funder", "new")
            # a council its clause calls "the Council", named earlier in the sentence ("X Council's tenancy officers
            # will make referrals, while the Council puts in £15,000 a year as match funding"): that council
            if award.funder == "local authority" and at >= 0 and not any(
                    a <= m.start() < b for m in _council_matches(sentence)) \
                    and re.search(r"\bthe (?:Council|council)\b", sentence[a:at]):
                named = [m for m in _council_matches(sentence, 0, a) if not _named_as_not_paying(sentence, m.start())]
                names = {n for m in named for n in _organisation_names(m.group(0))}
                if len(names) == 1:
                    add(_line_at(starts, named[0].start()), names.pop(), "match_funder", "new")
        if award.funding_role == "grant" and not award.funder:
            # a body outside the funder vocabulary paying a grant as its sentence's subject ("Eastmoor Integrated Care
            # Board paid £30,000 towards the health pathway"): that body funds it (README, funder: the body itself is
            # an organisation with role funder)
            sentence, starts = award_sentence(award)
            at = sentence.find(award.amount.text)
            # (the name from the sentence's start, not a phrase of time before it, "In March X paid …"; the sum straight
            # after the verb, or after "a grant of" or "out": not money it pays its own staff, "X pays its two
            # workers £28,000 a year")
            subject = re.match(r"\s*(?!(?:In|On|At|By|During|Since|After|Before|Last|This|Then|From|When|Until|Over)\s)"
                               r"((?:[A-Z][\w'’&-]*\s+){1,7}?)(?:(?:will|has|have|also|already)\s+)*"
                               r"(?:paid|pays|contributed|contributes|gave|gives|granted|funded|funds)\s+"
                               r"(?:out\s+|in\s+|(?:a|an)\s+(?:[\w-]+\s+)?(?:grant|sum|contribution|total)\s+of\s+|"
                               r"(?:about|around|nearly|almost|over|more than|up to)\s+)?$",
                               sentence[: max(at, 0)])
            if at > 0 and subject and _ORG_WORD.search(subject.group(1)) and not re.search(
                    r"\b(?:Commissioner|Mayor|Councillor|Cllr|Council|Authority|Office|Ministry)\b", subject.group(1)):
                for name in _organisation_names(subject.group(1)):
                    add(_line_at(starts, 0), name, "funder", "new")
    # a body the sentence calls a partner, named just before its bracketed piece of a sum it helps pay ("met by the
    # commissioner (£40,000) and our health partner, Kent ICB (£5,000)"): that body pays its piece (README, "Partners'
    # money"; funder: the body itself is an organisation with role funder)
    for award in awards:
        if award.funder != "partners" or award.funding_role != "part":
            continue
        sentence, starts = award_sentence(award)
        at = sentence.find(award.amount.text)
        called = _PARTNER_NAMED_BEFORE_ITS_PIECE.search(sentence[: max(at, 0)]) if at > 0 else None
        for name in _organisation_names(called.group("name")) if called else ():
            if name == called.group("name").strip():
                add(_line_at(starts, called.start("name")), name, "funder", "new")
    # a row of an income table aligned with spaces ("Table 2  Service income, 2024-25 (£)", "Restricted funds …
    # Received £"), its label a body's name, alone or before a dash and what the money is for ("Ashdown Trust - creche
    # costs   8,300"): that body pays the row's sum, as a match funder where the text calls its money match funding
    for award in awards:
        line = rel.line_text(award.source_line) or ""
        if award.funding_role == "part" and award.funder in ("", "partners") and "|" in line:
            # (a pipe table's row whose label is a body the text makes a match funder elsewhere, "| X Homes | 30,000 |
            # 30,000 | 60,000 |" beside "a contribution by X Homes of £60,000 … as match funding": README, "Match
            # funders in tables")
            label = next((c.strip(" *") for c in line.strip().strip("|").split("|") if c.strip(" *")), "")
            if (_is_body(label) or _LANDLORD.search(label)) and any(
                    k[1] == normalise_name(label) and k[2] == "match_funder" for k in out):
                add(award.source_line, label, "match_funder", "new")
            continue
        if award.funding_role != "part" or award.funder not in ("", "partners") or "|" in line or "\t" in line \
                or not re.search(r"\S\s{3,}\S", line.strip()) or not (
                    _under_an_income_heading(rel, award.source_line)
                    or award.funder == "partners" and _under_partner_contributions(rel, award.source_line)):
            continue
        label = re.split(r"\s{3,}|\s+[-–—]\s+", line.strip())[0]
        # (a row under a caption calling its bodies partners, "Table 3: Partner contributions to the pooled budget", its
        # payer partners: a force or a probation service there pays as a partner too; its label may gloss the money
        # in brackets after the body, "Youth Justice Board (youth justice grant)")
        partner_row = award.funder == "partners" and _under_partner_contributions(rel, award.source_line)
        if partner_row:
            label = re.sub(r"\s*\([^()]*\)\s*$", "", label)
        if not (_is_body(label) or partner_row and len(label.split()) >= 2 and _organisation_names(label) == [label]) \
                or re.search(r"\b(?:Council|Authority|Commissioner|Home Office|Ministry|OPCC|PCC)\b", label) \
                or not partner_row and re.search(r"\b(?:Police|Constabulary)\b", label):
            continue
        for name in _organisation_names(label):
            if name != label.strip():
                continue
            matched = any(k[1] == normalise_name(name) and k[2] == "match_funder" for k in out)
            add(award.source_line, name, "match_funder" if matched else "funder", "new")
    # a council adding money to the grant whose sum is printed so that it cannot be read ("X Council has added £15, 000
    # … on top of the commissioner's money"): no award is read from the sum (a diagnostic is), but the council still
    # adds money to the grant, a match funder, as with the sum read (README, vocabulary: a malformed amount is not also
    # an award; the organisation fact is the body's)
    awarded = {}
    for a in awards:
        awarded.setdefault(a.source_line, []).append(a.amount.text)
    for number_, sentence_ in rel.sentences:
        if not _UNREAD_SUM.search(sentence_) or not _ADDED_ON_TOP.search(sentence_) \
                or any(t in sentence_ for t in awarded.get(number_, ())):
            continue  # (an award read from the sentence itself; one elsewhere on its line, "The commissioner has given
            # £200,000. X Council has added £15, 000 on top", leaves the council's sum unread)
        subject_ = re.match(r"\s*(?:(?:[A-Z][\w'’&-]*|and|of|upon)\s+){1,6}?(?=(?:has|have|is|are|will)\s+(?:also\s+)?"
                            r"(?:added|adding|add|put|topped|match)\w*\b)", sentence_)
        head_ = subject_.group(0) if subject_ else ""
        if _council_runs().fullmatch(head_.strip()):
            for name in _organisation_names(head_.strip()):
                add(number_, name, "match_funder", "new")
    # an entry of a list of grants under its own heading ("Grants:"), giving the grant-giver first ("G2. Ashdown
    # Foundation, *title*, £48,000, 2023-24"; "G3. Dene University Impact Award, £9,600"): that body pays the entry's sum
    from funding.parse.releases.amounts.prose import _GRANT_ENTRY, _GRANTS_HEADING
    under = False
    for line_ in rel.lines:
        text_ = line_.text
        if not text_.strip():
            continue
        if _GRANTS_HEADING.match(text_) and not MONEY_TOKEN.search(text_):
            # (not a list of grants the text's own body gives, "Grants awarded in 2024-25:", "Grants made", whose
            # entries open on the grantee)
            under = not _GRANTS_GIVEN.search(text_)
            continue
        entry = _GRANT_ENTRY.match(text_)
        under = under and entry is not None
        if not under or line_.number not in {a.source_line for a in awards}:
            continue
        payer = entry.group("payer").strip()
        if re.search(r"\s(?:Award|Fund|Grant|Scheme|Programme)$", payer):
            # (the body before its scheme's title: "Dene University Impact Acceleration Award" is the university's)
            last = [m for m in _ORG_WORD.finditer(payer) if m.end() < len(payer)]
            payer = payer[: last[-1].end()] if last else payer
        for name in _organisation_names(payer):
            if name == payer and _is_body(name) and not _DEPARTMENT.fullmatch(name) and _GRANT_GIVER.search(name):
                add(line_.number, name, "funder", "new")
    # a notice's block headed "Contracting authority" (or "Buyer", "Commissioning body") whose first line is only a
    # body's name ("Office of the Police and Crime Commissioner for Kent" under "Contracting authority"): the body that
    # lets the contract, as "Contracting authority: X" on one line names it (the block is a field, not a title)
    previous = ""
    for number, raw_line in enumerate(rel.text.split("\n"), start=1) if not looks_like_html(rel.text) else ():
        body = raw_line.strip().strip("*#").strip()
        if not body:
            continue
        if _AUTHORITY_HEADING.fullmatch(previous) and not MONEY_TOKEN.search(body) and not re.search(r"[.!?:]$", body):
            if _COMMISSIONING_NAME.search(body) and re.fullmatch(r"(?:[A-Z][\w'’&-]*|of|the|for|and|&)(?:\s+(?:[A-Z][\w'’&-]*|"
                                                                 r"of|the|for|and|&)){1,11}", body):
                add(number, body, "commissioner", "new")
        previous = body.rstrip(":").strip()
    # a body whose course it is: a possessive ("Trent Pathways' sessions", "X's group programme") or the subject of its
    # sentence holding the course as its own ("X says 212 men have finished its course"): it delivers that course
    for number, sentence in rel.sentences:
        for m in _possessed(_POSSESSED_SUPPORT, sentence) if number not in headings else ():
            for name in _organisation_names(m.group("name")):
                if (_is_body(name) or normalise_name(name) in known) and not _PAYER_NOT_PROVIDER.search(name):
                    add(number, name, "survivor_support_provider", "new")
        if number in headings or not _OWN_COURSE_WORD.search(sentence):
            continue
        for m in _possessed(_POSSESSED_COURSE, sentence):
            # (a sum for the body's course is the body's: "£15,000 … for the X Partnership's training programme")
            paid = re.search(r"(?:£|\b(?:money|grant|funding|sum)\b)[^.;]*\bfor\s+(?:the\s+)?$", sentence[: m.start()])
            for name in _organisation_names(m.group("name")):
                if (_is_body(name) or normalise_name(name) in known) and not _PAYER_NOT_PROVIDER.search(name):
                    add(number, name, "recipient" if paid else "delivery_partner", "new")
        subject = _SUBJECT_WITH_ITS.match(sentence)
        if subject:  # ('its', not 'his' or 'her': a body's, a name of two words or more will do)
            for name in _organisation_names(subject.group("name")):
                if (_is_body(name) or normalise_name(name) in known or len(name.split()) >= 2) \
                        and not _PAYER_NOT_PROVIDER.search(name) and not _TITLED.match(subject.group("name")):
                    add(number, name, "delivery_partner", "new")
    # a body evaluating the work as its clause's subject, whatever follows the verb ("X is evaluating Keel for the
    # office"), or holding the evaluation as its own ("X's interim evaluation found …"); reporting or publishing a report
    # is an evaluator's only where the release names an evaluation and the body has no provider's role in it
    evaluation_named = bool(_EVALUATION_WORD.search(rel.text))
    providers = {normalise_name(o.organisation) for o in out.values() if o.role in _DELIVERY_ROLES} - \
        {normalise_name(o.organisation) for o in out.values() if o.role == "evaluator"}
    for number, sentence in rel.sentences:
        if number in headings:
            continue
        for m in _EVALUATOR_VERB.finditer(sentence) if may_match(_EVALUATOR_VERB, sentence) else ():
            names = [w for w in _NAME.finditer(sentence, 0, m.start()) if w.end() == m.start()]
            possessive = bool(m.group("evaluates") or m.group("report"))
            if not names or not (possessive or _CLAUSE_START.search(sentence, 0, names[0].start())
                                 or re.search(r"[.!?]\s+(?:the\s+)?$", sentence[: names[0].start()])):
                continue  # (a verb's subject opens its clause; a possessive may stand anywhere)
            reporting = not (m.group("evaluates") or m.group("evaluating"))
            for name in _organisation_names(names[0].group(0)):
                if _PAYER_NOT_PROVIDER.search(name) or not (_is_body(name) or normalise_name(name) in known):
                    continue  # (a person reports too: "Tamsin Polwhele will report progress to the panel")
                if reporting and (not evaluation_named or normalise_name(name) in providers):
                    continue
                add(number, name, "evaluator", "new")
        for m in _REPORT_FROM.finditer(sentence) if evaluation_named else ():  # ("An interim report from X is due")
            for name in _organisation_names(_name_stretch(sentence[m.end():])):
                if (_is_body(name) or normalise_name(name) in known) and not _PAYER_NOT_PROVIDER.search(name) \
                        and normalise_name(name) not in providers:
                    add(number, name, "evaluator", "new")
    # a body as its clause's subject offering, seeing, placing or training people (what a provider does, whatever the
    # rows' verbs): a provider, or a survivor-support provider when the people are partners or victims
    for number, sentence in rel.sentences:
        if number in headings:
            continue
        for m in _DOES_THE_WORK.finditer(sentence):
            names = [w for w in _NAME.finditer(sentence, 0, m.start()) if w.end() == m.start()]
            if not names or not (_CLAUSE_START.search(sentence, 0, names[0].start())
                                 or re.search(r"[.!?]\s+(?:the\s+)?$|\b(?:said|says|told us|tells us)\s+(?:that\s+)?(?:the\s+)?$",
                                              sentence[: names[0].start()])):
                continue  # (the subject of its clause, also of a reported one: "The Commissioner said X had contacted …")
            what = re.split(r",\s*(?:and|but|while|whereas)\b", m.group("what"))[0]  # (its own clause: not "…, and an
            # advocate will support the victim")
            # (whom the verb's object names, not a phrase after it: "trained 320 officers …, in sessions written with
            # survivors" trains officers)
            own = re.split(r",|\s+(?:in|with|across|at|during|through|over|since)\s+", what)[0]
            serves = re.search(r"\b(?:partners?|ex-partners?|victims?|survivors?)\b", own)
            serves = serves and not re.search(r"\b(?:men|perpetrators?|person|people|those who|fathers|young)\b",
                                              what[: serves.start()])
            if m.group("contact") and not serves:
                continue  # (contacting anyone but partners or victims is no work of a provider's: "X contacted the council")
            for name in _organisation_names(names[0].group(0)):
                if (_is_body(name) or normalise_name(name) in known) and not _PAYER_NOT_PROVIDER.search(name):
                    add(number, name, "survivor_support_provider" if serves else "delivery_partner", "new")
        for m in _DONE_BY.finditer(sentence):
            for name, role, listed in _agents_doing_the_work(sentence, m):
                # (or a name the sentence calls a body in apposition: "… by Cwm Diogel, a separate women's charity")
                called = re.search(re.escape(name) + r",\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:charity|social enterprise|"
                                   r"organisation|company|provider)\b", sentence)
                if (_is_body(name) or normalise_name(name) in known or listed or called) \
                        and not _PAYER_NOT_PROVIDER.search(name):
                    add(number, name, role, "new")
    # a body that won a contract or was named its preferred bidder, as its clause's subject: it holds the contract (a
    # name of two words will do: the verb says it is a body), and receives the sum the contract is worth on that clause
    for number, sentence in rel.sentences:
        for m in _WON_CONTRACT.finditer(sentence) if number not in headings else ():
            names = [w for w in _NAME.finditer(sentence, 0, m.start()) if w.end() == m.start()]
            if not names or not (_CLAUSE_START.search(sentence, 0, names[0].start())
                                 or re.search(r"[.!?]\s+(?:the\s+)?$|-based\s+(?:\*\*)?$", sentence[: names[0].start()])):
                continue
            for name in _organisation_names(names[0].group(0)):
                if (_is_body(name) or normalise_name(name) in known or len(name.split()) >= 2) \
                        and not _PAYER_NOT_PROVIDER.search(name):
                    add(number, name, "commissioned_service", "new")
                    if m.group("worth"):
                        add(number, name, "recipient", "new")
    # a numbered note to editors describing a body ("3. X CIC is a Nottingham social enterprise set up in 2014"): the
    # provider the release is about
    for number, text_ in texts_.items():
        m = _NOTE_ABOUT_BODY.match(text_)
        for name in _organisation_names(m.group("name")) if m else ():
            if not _PAYER_NOT_PROVIDER.search(name):
                add(number, name, "delivery_partner", "new")
    # the rest of the referrals ("Most were referred by Cleveland Police, with others coming through X's children's
    # services"; "Northumbria Police made most referrals. Others came from the Probation Service"): a sentence about
    # referrals, or the one after it
    previous = False
    for number, sentence in rel.sentences:
        here = "efer" in sentence  # ("refer", "Referrals")
        about, previous = here or previous, here
        for m in _OTHERS_FROM.finditer(sentence) if about and number not in headings else ():
            for name in _organisation_names(_name_stretch(sentence[m.end():])):
                if _ORG_WORD.search(name) or _BODY_WORD.search(name):
                    add(number, name, "referrer", "new")
    # "X runs the course for the council. It won the contract after a tender": a pronoun or a kind word opening the
    # next sentence is the body the sentence before opened with, for a contract holder's cue ("subject" rows)
    opener: tuple[int, str] | None = None
    contract_rows = [p_ for r_, p_ in terms.get("subject", ()) if r_ == "commissioned_service"]
    for number, sentence in rel.sentences:
        pronoun = _PRONOUN_SUBJECT.match(sentence)
        if pronoun and opener and number - opener[0] <= 1 and number not in headings and \
                any(p_.match(sentence, pronoun.end()) for p_ in contract_rows):
            add(opener[0], opener[1], "commissioned_service", "new")
        lead = _NAME.match(sentence, len(sentence) - len(sentence.lstrip()))
        names = _organisation_names(lead.group(0)) if lead else []
        opener = (number, names[0]) if len(names) == 1 and (_is_body(names[0]) or normalise_name(names[0]) in known) else None
    for number, sentence in rel.sentences:  # "Nottinghamshire Police, GPs and … can refer": every body in the subject
        m = _CAN_REFER.search(sentence)
        if m and re.search(r"\bto\s+(?-i:[a-z])+\b[^.;]{0,80}\band\s+$", sentence[: m.start()]):
            m = None  # what others are trained or asked to do ("trained 412 officers to spot abuse and refer men to it")
        if m and number not in headings:
            for name in _organisation_names(sentence[: m.start()]):
                if _ORG_WORD.search(name):
                    add(number, name, "referrer", "new")
            # … and a second subject with the verb left out ("X made 58% of them and the Probation Service most of the rest")
            gap = _GAPPED_REFERRER.match(sentence, m.end())
            for name in _organisation_names(gap.group("name")) if gap else ():
                if _ORG_WORD.search(name):
                    add(number, name, "referrer", "new")
    # what a sum paid to a body is for, in the clause after its name ("£65,000 goes to X for partner support workers",
    # "pays X £38,500 a year for the advocates who support victims", "X receives £40,000 of the grant to evaluate …"), or in
    # the label of its list item ("- **Independent evaluation**: £28,000 to X", "- Partner support: X"): a survivor-support
    # provider or an evaluator (not a table's row: a row's label is read by the table rules)
    # the money named by a noun going to a body ("The money goes to X, which holds the contract", "both years would go to
    # X"): the body receives it, as after a sum ("£X goes to …")
    for number, sentence in rel.sentences:
        goes = list(_MONEY_GOES_TO.finditer(sentence)) + [
            m for m in _SUM_PAID_TO.finditer(sentence) if MONEY_TOKEN.search(sentence, 0, m.start())]
        # ("The council added £15,000 …, paid direct to X": the sum before it is paid to the body)
        for m in goes if number not in headings else ():
            if re.search(r"\b(?:most|some|part|much|half|a share|a third|a quarter)\s+of\s+$", sentence[: m.start()], re.I):
                continue  # a share of it, no sum ("Most of the money goes to X, which won the contract")
            for name in _organisation_names(_name_stretch(sentence[m.end():])):
                if (_is_body(name) or normalise_name(name) in known or len(name.split()) >= 2) \
                        and not re.search(r"\b(?:Council|Authority|Commissioner|Office|Police|Constabulary)\b", name) \
                        and not _person_named(sentence, sentence.find(name, m.end()), name):
                    add(number, name, "recipient", "new")
        # a grant-maker's grant named by its maker ("the Brightwater Community Lottery grant of £54,000 …, which paid
        # for a second partner support worker, ended", "Only the Mersey Forest Trust grant can be spent on …"): the
        # maker pays, or paid where its money has ended (README, funder: a payer outside the list is an organisation)
        for m in _GRANT_MAKERS_GRANT.finditer(sentence) if number not in headings else ():
            if _first_names_no_payer(sentence, m.start()):
                add(number, m.group("name"), "former_funder" if _ENDED.search(sentence)
                    else "funder", "new")
    for o in [o for o in out.values() if o.role in ("delivery_partner", "survivor_support_provider")]:
        # an item run by a body with its sum in brackets after the name ("the group course, run by X (£473,400)",
        # "support for partners, provided by Y (£75,000)"): the body receives that sum to run the work (README, "Money
        # to run the work")
        line = rel.line_text(o.source_line) or ""
        at_ = line.find(o.organisation)
        if at_ >= 0 and _SUM_IN_BRACKETS_AFTER.match(line, at_ + len(o.organisation)) \
                and _RUN_BY_BEFORE.search(line, 0, at_):
            add(o.source_line, o.organisation, "recipient", o.provision)
    for o in [o for o in out.values() if o.role == "commissioned_service"]:
        if _CONTRACT_WORTH.search(rel.line_text(o.source_line) or "") and sum(
                1 for p_ in out.values() if p_.source_line == o.source_line and p_.role == "commissioned_service") == 1:
            add(o.source_line, o.organisation, "recipient", o.provision)  # ("The contract went to X; it is worth £612,400")
    for o in [o for o in out.values() if o.role == "recipient"]:
        line = rel.line_text(o.source_line) or ""
        at_ = line.find(o.organisation)
        if at_ < 0 or "|" in line or re.search(r"\S\s{3,}\S", line.strip()):
            continue
        clause = _CLAUSE_END.split(line[at_ + len(o.organisation):], 1)[0]
        purpose = _PAID_FOR.search(clause)
        if purpose:
            add(o.source_line, o.organisation, "evaluator" if purpose.group("evaluation") else "survivor_support_provider",
                o.provision)
    for number, text_ in texts_.items():
        item = _LABELLED_ITEM.match(text_) if number not in headings and "|" not in text_ else None
        if not item:
            continue
        work = item.group("label").strip()
        role = "evaluator" if _evaluation_cell(work) else "survivor_support_provider" if _SUPPORT_LABEL.fullmatch(work) \
            else None
        for name in _organisation_names(_name_stretch(re.sub(r"^[^A-Za-z]*£[\d,.]+(?:\s*(?:k|m|million))?\s+(?:to|for)?", "",
                                                            text_[item.end():]))) if role else ():
            if _is_body(name) or normalise_name(name) in known:
                add(number, name, role, "new")
    for number, sentence in rel.sentences:  # "support for current and former partners from X"
        for m in _SUPPORT_FROM.finditer(sentence) if number not in headings else ():
            for name in _organisation_names(_name_stretch(sentence[m.end():])):
                if _is_body(name):
                    add(number, name, "survivor_support_provider", "new")
    # a sum given to a body to evaluate the work makes it both recipient and evaluator on that line (the corpus's
    # 'Evaluation money' convention): a table row paying a body against an evaluation ("| Keele Research | Evaluation |
    # £22,000 |"), and an evaluator the money goes to ("£18,000 … to Northern Lights Research to evaluate …")
    for o in list(out.values()):
        line = rel.line_text(o.source_line) or ""
        if o.role not in ("recipient", "evaluator") or not (MONEY_TOKEN.search(line) or _bare_sum_cell(line)):
            continue
        if o.role == "recipient" and any(_evaluation_cell(c) for c in _ROW_CELL.split(line)):
            add(o.source_line, o.organisation, "evaluator", o.provision)
        elif o.role == "evaluator" and (_evaluation_money(line) or _evaluator_paid_next(line)):
            # money for the evaluation on the evaluator's line (the corpus README's 'Evaluation money' ruling: a sum
            # set aside, paid or spent for an evaluation by a named body makes it recipient as well as evaluator)
            add(o.source_line, o.organisation, "recipient", o.provision)
    # a council or an NHS body as its clause's subject paying for the work ("Surrey County Council pays for our youth
    # service", "X Council has agreed to fund a family worker", "NHS X Integrated Care Board pays a further £20,000"): a funder
    for number, sentence in rel.sentences:
        for m in _PAYS_FOR.finditer(sentence) if number not in headings else ():
            names = [w for w in _NAME.finditer(sentence, 0, m.start()) if w.end() == m.start()]
            if not names or not (_CLAUSE_START.search(sentence, 0, names[0].start())
                                 or re.search(r"[.!?]\s+(?:the\s+)?$", sentence[: names[0].start()])):
                continue
            for name in _organisation_names(names[0].group(0)):
                if any(k[0] == number and k[1] == normalise_name(name) and k[2] in _PAYERS for k in out):
                    continue  # (a role the cues give it already: "Currently, X Council funds …" is an existing funder)
                if re.search(r"\b(?:Council|Integrated Care Board|ICB|NHS)\b", name):
                    add(number, name, "former_funder" if _ENDED.search(sentence) else "funder", "new")
    # a provider field ("Run by: X", "Provider: X") in a block whose heading names support for partners or victims
    # ("Support for partners" / "…" / "Run by: X"; "Independent domestic violence advisers (IDVAs)"): the body supports them
    for o in [o for o in out.values() if o.role == "delivery_partner"]:
        if not _PROVIDER_FIELD.match(texts_.get(o.source_line, "")):
            continue
        k = o.source_line - 1
        while texts_.get(k - 1, "").strip() and k > o.source_line - 6:
            k -= 1  # (the block's first line: its heading)
        if k < o.source_line and _SUPPORT_HEADING.search(texts_.get(k, "")) and len(texts_.get(k, "").split()) <= 8:
            add(o.source_line, o.organisation, "survivor_support_provider", o.provision)
    # a body the line opens by describing ("X is a North Yorkshire charity that works with …") and then, in the body's own
    # voice, says its work is paid for by a stated sum ("Our children's work is paid for separately, through a £36,000
    # grant from …"): the body receives that sum (README, "Money said to go to a body")
    for o in [o for o in out.values() if o.role == "delivery_partner"]:
        text = texts_.get(o.source_line, "")
        if re.match(r"\W*" + re.escape(o.organisation) + r"\s+(?:is|are)\s+(?:an?|the)\b", text) \
                and _OUR_WORK_PAID_FOR.search(text):
            add(o.source_line, o.organisation, "recipient", o.provision)
    # a role another states more specifically on the same line gives way to it (local_organisation_roles.csv): "X will
    # lead the evaluation" does not also make X a provider, nor does "£388,400 goes to X, which will work with …"
    gives_way = _roles_giving_way()
    for o in [o for o in out.values() if o.role == "recipient"]:
        text = rel.line_text(o.source_line) or ""
        at = text.find(o.organisation)
        if at >= 0 and _RUNS_THE_WORK_AFTER.match(text, at + len(o.organisation)):
            add(o.source_line, o.organisation, "delivery_partner", o.provision)  # ("… which has delivered the course since it began")
    found: dict[tuple[int, str], set[str]] = {}
    for o in out.values():
        found.setdefault((o.source_line, o.organisation.lower()), set()).add(o.role)
    runs_it = _paid_bodies_running_the_work(rel, found)
    best = {k: o for k, o in out.items()
            if (o.role == "match_funder" and (o.source_line, o.organisation.lower()) in both_stated)
            or o.role == "delivery_partner" and (o.source_line, o.organisation.lower()) in runs_it
            or not gives_way.get(o.role, frozenset()) & found[(o.source_line, o.organisation.lower())]}
    # a name the release gives a programme ("Clear Path, our 26-week course") is a brand, not a body
    brands = {normalise_name(c.programme_name) for c in (extract_components(rel) if components is None else components)
              if c.component == "named_programme" and c.programme_name}
    # … and so is a name in apposition with a programme ("Better Futures, the new course in Ripon, …")
    for _, sentence in rel.sentences:
        for m in _BRAND_APPOSITION.finditer(sentence):
            if re.search(r"\b(?:by|from|with|through|at)\s+(?:the\s+)?$", sentence[: m.start()], re.I):
                continue  # "The Choices course, run by Wey Valley Change, a group programme …": the course's apposition
            brands.update(normalise_name(n) for n in _organisation_names(m.group("name")) if not _INSTITUTION.search(n))
    kept = [o for o in best.values() if normalise_name(o.organisation) not in brands]
    # an entry of a list of references, a number and a quoted title before its publisher ('3. "Annual report 2024-25"
    # (PDF). Office of the … Commissioner for Kent. p. 21.'): the publisher of a source cited, in no role towards the money
    kept = [o for o in kept if not _REFERENCE_ENTRY.match(rel.line_text(o.source_line) or "")]
    # a body paid money the amounts reader set aside as other work ("The office pays the force a recharge of £41,000
    # a year for rooms, heating and cleaning"): no recipient of a fact
    award_lines = {a.source_line for a in awards}
    # (nor a body paying such money, "received £140,000 from X for its audit work; this is not part of the service's
    # funding", "a £500 gift from Y for the garden": no funder of a fact)
    kept = [o for o in kept if not (o.role in ("recipient", "funder") and o.source_line not in award_lines
                                    and _paid_for_other_work(rel.line_text(o.source_line) or ""))]
    # a decision record's field listing whom the decision maker consulted or which papers it rests on ("Consultees: X
    # Partnership Board; Office of the … Commissioner", "Background papers: grant offer letter from Y"): bodies asked or
    # cited, in no role towards the money (README, "The OPCC by its initials": a party asked or told has none)
    # (not a paper the amounts reader reads a sum from: "Background papers: Y grant offer letter confirming £5,000
    # for 2025-26" states the money and who pays it)
    paid_lines = {a.source_line for a in awards if a.funding_role != "context"}
    kept = [o for o in kept if o.source_line in paid_lines or not _CONSULTED_FIELD.match(rel.line_text(o.source_line) or "")]
    # a body's initials in brackets after its name ("the Mayor's Office for Policing and Crime (MOPAC)") are the same body
    # named twice on that line: one fact, under the name in full
    if "(" in rel.text:
        initials = {(n, normalise_name(m.group("short"))) for n, s_ in rel.sentences for m in _INITIALS.finditer(s_)
                    if m.group("short")[0] == m.group("name").lstrip("Tt he")[0].upper()}
        if initials:
            named = {(o.source_line, o.role, normalise_name(o.organisation)) for o in kept}
            kept = [o for o in kept if not any(
                (o.source_line, normalise_name(o.organisation)) == (n, short)
                and any(k[:2] == (n, o.role) and k[2] != short for k in named) for n, short in initials)]
    return tuple(sorted(kept, key=lambda o: (o.source_line, o.role, o.organisation)))


#: a body's own work said, in its own voice, to be paid for by a stated sum: "Our children's work is paid for
#: separately, through a £36,000 grant", "Our helpline is funded by a £12,000 grant from …"
_OUR_WORK_PAID_FOR = re.compile(r"\b(?-i:Our|our)\s+(?:[\w'’-]+\s+){0,3}?(?:work|service|services|project|helpline|programme|"
                                r"course|group)\s+(?:is|are|was|were|has been|will be)\s+(?:also\s+|separately\s+)?"
                                r"(?:paid for|funded)\b[^.;]{0,40}?£", re.I)


#: what a body paid a sum does with it, said in a relative clause right after its name: it runs the work ("…, which
#: runs a 26-week group course", "…, which has run the course since 2022", "…, which has delivered Clwyd Compass since
#: it began"), not only works with someone ("…, which will work one-to-one with …"; nor "pays X to run a service",
#: which the labels read as the recipient alone)
_RUNS_THE_WORK_AFTER = re.compile(
    r"\s*,\s*(?:which|who)\s+(?:already\s+|also\s+|currently\s+|now\s+|still\s+)?(?:runs|delivers|operates|has\s+(?:run|delivered|"
    r"operated|been\s+running|been\s+delivering)|will\s+(?:run|deliver|operate)|is\s+to\s+(?:run|deliver))\b", re.I)


#: a grants heading naming the grants as given or paid, not received: "Grants awarded in 2024-25", "Grants made",
#: "Grants paid to local groups"
_GRANTS_GIVEN = re.compile(r"\b(?:awarded|made|given|paid|approved|agreed|offered|distributed|to)\b", re.I)
#: a name that gives grants (a payer's word, a university, a research council, a lottery, a government body): an
#: entry opening on a charity or a company ("1. Safer Lives CIC, group course, £48,000") names its grantee instead
_GRANT_GIVER = re.compile(_PAYER_WORD.pattern + r"|\b(?:University|College|Lottery|Research|Council|Commissioner|Office|"
                          r"Department|Ministry|Academy|Institute|Society|Award)\b")


#: a numbered entry of a list of references opening with a quoted title: '3. "Annual report 2024-25" (PDF). …',
#: '12. “Partner support”. Ashdown Refuge. Retrieved 2 March 2026.'
#: (with a citation's own mark: a format in brackets, "Retrieved", "Accessed", "Archived", a page or a closing date; not a numbered
#: list of wishes and answers, '1. "More help for partners". We funded X to …')
_REFERENCE_ENTRY = re.compile(r"^\s*\d{1,3}\.\s+[\"“][^\"“”]{2,160}[\"”]\s*(?:\((?:PDF|pdf|video|audio)\))?\s*\.\s+\S"
                              r"(?=.*?(?:\((?:PDF|pdf|video|audio)\)|\b(?:Retrieved|Accessed|Archived)\b|\bpp?\.\s*\d|\b(?:19|20)\d\d\.?\s*$))")


#: a table's caption or heading naming the money it lists as coming in: "Service income, 2024-25 (£)", "Received £",
#: "Restricted funds for the course", "Receipts"
_INCOME_HEADING = re.compile(r"\b(?:income|received|receipts|restricted funds|funding received|"
                             # (a contract's or service's money by where it comes from: "Contract funding (£)", "Funding
                             # sources", "Sources of funding"; the first only with a payer among its rows, below)
                             r"(?P<of_work>(?:contract|service|programme|project)\s+funding)|funding\s+sources?|sources?\s+of\s+funding)\b"
                             # (not money others received, whose rows name the bodies paid: "Grants received by our
                             # partner charities", "Income of the services we fund: paid to")
                             r"(?![^.;]*?\b(?:by|to)\b)(?<!\breceived by)", re.I)


#: a heading naming money spent or paid out: "Expenditure against income", "Payments and receipts", "Spend"
_SPENDING_HEADING = re.compile(r"\b(?:expenditure|spend|spending|spent|payments?|paid|outgoings|costs)\b", re.I)


#: a body named as whose contribution a figure is, just before it: "a contribution by X Homes of ", "match funding from
#: X Trust of "; and a body's possessive straight before it: "X Homes' ", "X Trust's "
_CONTRIBUTION_BY = re.compile(r"\b(?:contributions?|top-?ups?|match(?:\s+funding)?)\s+(?:by|from)\s+(?:the\s+)?"
                              r"(?P<who>(?:[A-Z][\w'’&-]*\s+(?:(?:of|and|for)\s+)?){0,6}[A-Z][\w&-]*)\s+of\s+$")
#: a landlord's name, a housing association's: "Kestrel Homes", "Fenland Housing", "Vale Housing Association"
_LANDLORD = re.compile(r"\b(?:Homes|Housing(?: Association| Trust| Group)?)$")
_BODYS_OWN_FIGURE = re.compile(r"(?:^|[.;:]\s+|\d\s+)(?P<who>(?:[A-Z][\w&-]*\s+){0,6}[A-Z][\w&-]*)['’]s?\s+$")


#: a row's label naming a payer of the funder vocabulary: "Home Office grant", "Kent County Council", "OPCC"
_PAYER_ROW = re.compile(r"^\s*(?:[\w'’&-]+\s+){0,5}?(?:Home Office|Ministry|Commissioner|OPCC|PCC|Council|Authority)\b")


def _a_payer_row_below(rel, heading: int) -> bool:
    """Whether a row of the table under a heading line, up to a blank line, names a payer of the funder vocabulary."""
    n = heading + 1
    while (rel.line_text(n) or "").strip():
        if _PAYER_ROW.match(rel.line_text(n)):
            return True
        n += 1
    return False


#: a caption calling what a table's rows give partners' contributions: "Partner contributions to the pooled budget",
#: "Contributions by partner, 2025-26"
_PARTNER_CONTRIBUTIONS = re.compile(r"\bpartners?['’]?\s+contributions?\b|\bcontributions?\s+(?:from|by|of)\s+"
                                    r"(?:each\s+|the\s+|all\s+)?partners?\b", re.I)


#: a body called a partner and named just before a bracket opening on its sum: "our health partner, Kent ICB (",
#: "the partner agency, Kent Probation ("
_PARTNER_NAMED_BEFORE_ITS_PIECE = re.compile(r"\bpartner(?:\s+(?:agency|body|organisation))?,\s+(?:the\s+)?"
                                             r"(?P<name>(?-i:[A-Z])[\w'’&-]*(?:\s+(?:(?:and|of|for)\s+)?(?-i:[A-Z])[\w'’&-]*){1,6})\s*\(\s*$", re.I)


def _under_partner_contributions(rel, number: int) -> bool:
    """Whether an aligned table's row stands under a caption, in the lines above it up to a blank line, calling the
    rows' money partners' contributions (:data:`_PARTNER_CONTRIBUTIONS`)."""
    n = number - 1
    while n >= 1 and (rel.line_text(n) or "").strip():
        if _PARTNER_CONTRIBUTIONS.search(rel.line_text(n)) and not MONEY_TOKEN.search(rel.line_text(n)):
            return True
        n -= 1
    return False


def _under_an_income_heading(rel, number: int) -> bool:
    """Whether an aligned table's row stands under a caption or heading row, in the lines above it up to a blank line,
    naming the money as coming in (:data:`_INCOME_HEADING`)."""
    n = number - 1
    while n >= 1 and (rel.line_text(n) or "").strip():
        if _INCOME_HEADING.search(rel.line_text(n)) and not MONEY_TOKEN.search(rel.line_text(n)):
            # (not a table of money going out, named before the income it is set against, "Expenditure against income
            # (£)", whose rows name the bodies paid; a funds table's "Received £   Spent £" columns are its income first)
            spent = _SPENDING_HEADING.search(rel.line_text(n))
            heading = _INCOME_HEADING.search(rel.line_text(n))
            if heading.group("of_work") and not _a_payer_row_below(rel, n):
                # ("Programme funding, 2025-26 (£)" over rows naming only the providers paid: money going out, not a
                # list of where the work's money comes from, which names a payer such as the Home Office among them)
                return False
            return not (spent and spent.start() < heading.start())
        n -= 1
    return False


def _paid_bodies_running_the_work(rel, found: dict) -> set[tuple[int, str]]:
    """(line, lower-case name) of the bodies a line names as receiving a sum and, right after the name, as running the
    work: both a `recipient` and a `delivery_partner` there ("£298,600 to X, which runs the group course"; "£154,000
    goes to X, which has delivered the course since it began"), where a body only said to work with people is the
    recipient alone
    (local_organisation_roles.csv)."""
    out = set()
    for (line, name), roles in found.items():
        if not {"recipient", "delivery_partner"} <= roles:
            continue
        text = rel.line_text(line) or ""
        at = text.lower().find(name)
        if at >= 0 and _RUNS_THE_WORK_AFTER.match(text, at + len(name)):
            out.add((line, name))
    return out


@lru_cache(maxsize=1)
def _roles_giving_way() -> dict[str, frozenset[str]]:
    """For each role, the roles it gives way to on one organisation's line (local_organisation_roles.csv)."""
    return {r["role"]: frozenset(r["gives_way_to"].split()) for r in _read_data("local_organisation_roles.csv")}


def _heading_continued(cells: list[str], header: list[str], gap: int) -> bool:
    """Whether a table's heading row is the second line of the heading just above it: fewer cells, each a unit or the
    end of a column's label ("grant (£000)", "Fund (£000)", "(£000)"), printed under a heading of more columns."""
    return bool(header) and gap == 1 and 0 < len([c for c in cells if c]) < len(header) and \
        any(_UNIT_LABEL.search(c) or re.search(_UNIT_WORDS, c) for c in cells) and \
        all(len(c.split()) <= 4 for c in cells)


def _table_totals_below(rel, number: int) -> bool:
    """Whether the table whose row is line ``number`` has a Total row below it ("| | **Total** | | £895,300 |"), on
    the lines that run on from it with no blank line."""
    n = number + 1
    while True:
        text = rel.line_text(n)
        if text is None or not text.strip():
            return False
        cells = [c.strip().strip("*").strip() for c in _cells(text)]
        if any(c and _TOTAL_ROW.match(c) for c in cells[:2]) and MONEY_TOKEN.search(text):
            return True
        n += 1


#: the label of a list's total line ("TOTAL", "Total awarded", "Grand total") and of a piece of it ("of which …")
_LIST_TOTAL_LABEL = re.compile(r"^\W*(?:grand\s+)?total\b", re.I)
_LIST_PIECE_LABEL = re.compile(r"^\W*(?:of which|of this|including)\b", re.I)
#: the last word of a grant-maker's name: "Weald Foundation", "Ashgrove Trust", "Kent Community Fund"
_GRANT_MAKER_NAME = re.compile(r"\b(?:Foundation|Trust|Fund)$")


def _rows_over_a_list_total(rel) -> set[int]:
    """The lines of each block of comma- or tab-separated rows that closes with a total line ("TOTAL\t…\t47,500"):
    every row above it is a piece of that total, whatever work it pays for."""
    out, block = set(), []
    for k, line in enumerate(rel.text.split("\n"), start=1):
        cells = _csv_cells(line)
        if cells is None:
            block = []
            continue
        label = next((c for c in cells if c.strip()), "")
        if _LIST_TOTAL_LABEL.match(label):
            out.update(block)
            block = []
        else:
            block.append(k)
    return out


def _called_match_funding_elsewhere(cells: list[str], number: int, awards, name: str | None = None,
                                    line_text=None) -> bool:
    """Whether a payer's table row ("| Westshire Council | £38,750 | £38,750 | £77,500 |") states a sum that the text
    calls match funding on another line ("The council adds £38,750 a year … as match funding … £77,500 over the two
    years"): the payer is a match funder on the row's line too (README, "Match funders in tables"). Not when that line
    names another council and not the row's ("Eastshire Council's £5,000 is match funding" under a row "| Westshire
    Council | Own clinic | £5,000 |": the same sum, another payer's money)."""
    sums = set()
    for c in cells:
        for m in MONEY_TOKEN.finditer(c):
            try:
                sums.update(a.pence for _s, _e, a in read_amounts(m.group(0))[0])
            except ValueError:
                continue
    def same_payer(line: int) -> bool:
        text = (line_text(line) or "") if line_text and name else ""
        return not text or normalise_name(name) in normalise_name(text) or not re.search(
            r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+(?:County\s+|Borough\s+|City\s+|District\s+)?Council\b", text)
    return bool(sums) and any(a.funding_role == "match_funding" and a.source_line != number and a.amount.pence in sums
                              and a.funder == "local authority" and same_payer(a.source_line) for a in awards or ())


def _row_about_other_work(cells: list[str], col: int) -> bool:
    """Whether a grants list's row pays for work outside this genre: its words other than the payee's name and its
    sources of money ("Renovation of the bowling green | Leisure | Council", not "Household Support Fund") name none
    of the work ("Group behaviour change programme … | Community safety"): its payee is no recipient of a fact."""
    words = [c for k, c in enumerate(cells) if k != col and re.search(r"[A-Za-z]{3,}", c) and not _MONEY_WORDS.search(c)]
    return bool(words) and not any(_TOPIC.search(c) for c in words)


def _only_sums_taken_back(cells: list[str]) -> bool:
    """Whether every sum in a row is printed with a minus sign ("-£1,200", a recovered overpayment): no payment, so its
    payee receives nothing."""
    sums = [c for c in cells if MONEY_TOKEN.search(c)]
    return bool(sums) and all(re.match(r"\s*[-−–]\s*£", c) for c in sums)


def _csv_cells(line: str) -> list[str] | None:
    """The fields of a line of comma- or tab-separated values (four or more, read with the csv module), else ``None``."""
    if "|" in line or (line.count(",") < 3 and line.count("\t") < 3) or re.search(r"[.!?]\W*$", line.strip()):
        return None  # (prose ends its sentences)
    if line.count("\t") < 3 and len(re.sub(r"(?<=\d),(?=\d{3}\b)", "", line).split(",")) < 4:
        return None  # (a space-aligned row whose commas are only thousands separators: "£218,400    £224,100 …")
    import csv
    try:
        cells = next(csv.reader([line], delimiter="\t" if line.count("\t") >= 3 else ","))
    except (csv.Error, StopIteration):
        return None
    return [c.strip() for c in cells] if len(cells) >= 4 else None


#: a sentence of thanks: "We are grateful to …", "We would like to thank …", "Thanks go to …", "With thanks to …"
#: (not "Thanks to £60,000 from …": money that made the work possible)
_THANKS_OPENER = re.compile(r"^\W*(?:we\s+(?:are|were|remain)\s+(?:very\s+|most\s+)?(?:grateful|indebted|thankful)\s+to|"
                            r"we\s+(?:would\s+(?:also\s+)?like\s+to\s+)?thank|our\s+thanks\s+(?:go\s+)?to|thanks\s+go\s+to|with\s+thanks\s+to)\b",
                            re.I)
#: the rest of a council's name running on after a place ("… for Lancashire and Blackburn" then " with Darwen Borough
#: Council"): a council named by two places joined by "with"
_COUNCIL_RUNS_ON = re.compile(r"\s+with\s+[A-Z][\w'’-]*(?:\s+(?:County|City|Borough|District|Metropolitan Borough))?\s+Council\b")


def _to_area_end(body: str) -> str:
    """A commissioning body's name ends with the area it is for ("… Commissioner for Thames Valley", not "… for Thames
    Valley Commissioning and Partnerships Team", a heading on the next line)."""
    m = re.search(r"\s(?:for|FOR)\s+(?:the\s+)?", body)
    if not m:
        return body
    areas = find_areas(body[m.end():])
    if not areas or areas[0][0] != 0:
        return body
    first = m.end() + areas[0][1]
    if re.match(r"\s*,\s*(?:[A-Z0-9][\w'’-]*\s*)+,", body[first:]):
        return body[:first]  # ("… Commissioner for Norfolk, Jubilee House, Falconers Chase, Wymondham": its address after,
        # whatever town it names)
    end = m.end() + max(b for _, b, _ in areas)
    if len(areas) >= 2 and re.match(r"\s+(?:County\s+|City\s+|Borough\s+|District\s+)?(?:Council|Constabulary|Police)\b",
                                     body[end:]) and re.match(r"\s+(?:and|&)\s+", body[first:]):
        # ("… Commissioner for Norfolk and Norfolk County Council": the second place names the council joined to it)
        return body[:first]
    return body[:end] if re.fullmatch(r"[\s,]*(?:and\s+)?[A-Z][\w-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w-]*)*", body[end:]) and \
        (re.search(r"\b(?:Team|Commissioning|Partnerships?|Unit|Directorate|Services?|Office)\b", body[end:])
         or _ORG_WORD.search(body[end:]) or _BODY_WORD.search(body[end:])) else body
    # (… or another body joined to it: "an agreement between the Office of the … Commissioner for Lancashire and Pendle
    # Bridge Change Ltd")


#: the commissioner's office by its initials alone, holding, passing on or paying out money ("passed on by the OPCC",
#: "held by the OPCC", "via the OPCC", "the OPCC passes £X to …"), or a payments list's source cell naming the grant or
#: fund it pays from ("OPCC (Home Office perpetrator grant)", "OPCC Safer Streets Fund")
_OPCC_HOLDS = re.compile(r"\b(?:via|(?:passed on|passed|held|kept|paid(?: out)?|managed|administered|distributed|allocated|"
                         r"released|let|re-let|commissioned|procured|tendered|re-tendered) by)\s+(?:the\s+)?(?P<a>OPCC|Combined Authority)\b(?![/'’-])(?!\s+(?:press|communications|media|finance)\b)|"
                         r"\b(?:the\s+)?(?P<b>OPCC)\s+(?:(?:has|have|had|also|then|now|will|would)\s+)*"
                         r"(?:pass(?:es|ed)?|holds|held|pays|paid|gives|gave|hands|handed|distributes|distributed|"
                         r"releases|released|transfers|transferred)\b|"
                         r"(?:^|\t|\|\s*|\s{2,})(?P<c>OPCC)(?:\s*\([^()]*\b(?:grant|fund|funding|budget)\b[^()]*\)|"
                         r"\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Fund|Grant|Budget)\b)|"
                         # (the office as the subject of any verb of commissioning or spending: "the OPCC carried £18,000
                         # forward", "the OPCC expects to spend about £40,000", "a tender that the OPCC extended", "the
                         # OPCC may reduce them by up to 10%"; and the contract it let: "a review, let by the OPCC to X")
                         r"\b(?P<d>OPCC)\s+(?:(?:has|have|had|also|then|now|will|would|may|can|could|expects? to|plans? to|"
                         r"agreed to|intends? to)\s+)*(?:carr(?:y|ies|ied)|spends?|spent|extend(?:s|ed)?|commission(?:s|ed)?|"
                         r"reduc(?:e|es|ed)|var(?:y|ies|ied)|"
                         r"award(?:s|ed)?|fund(?:s|ed)?|contract(?:s|ed)|procur(?:e|es|ed)|let|lets|re-?tender(?:s|ed)?|"
                         r"tender(?:s|ed)|manag(?:e|es|ed)|allocat(?:e|es|ed)|administer(?:s|ed)?|set aside|sets aside|"
                         r"top(?:s|ped) up|add(?:s|ed)?)\b|"
                         # (its contract, tender or grant: "holds the OPCC's contract"; the sum that comes from it:
                         # "accepts £486,000 from the OPCC")
                         r"\b(?P<e>OPCC)['’]s\s+(?:[\w-]+\s+){0,2}?(?:contracts?|tenders?|procurement|grant|budget)\b|"
                         # (or the money named by its noun: "the Home Office money reached us through the OPCC")
                         # (the noun as the subject of a verb of passing, not an object asked for or written about:
                         # "applied for funding … from the OPCC", "figures for the grant came from the OPCC" have none)
                         r"(?:£[^.;£]{0,60}?|(?<!\bfor )(?<!\bfor the )(?<!\babout )(?<!\babout the )(?<!\bon )(?<!\bon the )"
                         r"\b(?:money|grant|funding)(?:\s+[\w'’-]+){0,4}?,?\s+(?:(?:has|have|had|was|were|is|are|will|then|also|now|which|that)\s+)*"
                         r"(?:reach(?:es|ed)?|c[oa]me|comes|arriv(?:es|ed)|flow(?:s|ed)?|pass(?:es|ed)|paid|goes|went|"
                         r"routed|channelled|channeled)\b[^.;£]{0,40}?)\b(?:from|through)\s+the\s+(?P<f>OPCC)\b(?![/'’-])|"
                         # (its match or contribution named as where a sum comes from: "of which OPCC match: £20,000",
                         # "the OPCC's contribution of £20,000")
                         r"\b(?P<g>OPCC)(?:['’]s)?\s+(?:own\s+)?(?:match(?:\s+funding)?|contribution)\b(?=[^.;£]{0,30}£)", re.I)
#: the office by its initials paid the money ("paid to the OPCC")
_OPCC_PAID = re.compile(r"\b(?:paid|passed|given|transferred|sent|returned)\s+(?:back\s+)?to\s+(?:the\s+)?(?P<a>OPCC)\b(?![/'’-])")


def _bare_opcc_roles(sentence: str):
    """``(position, role, name)`` of "OPCC" (or "Combined Authority") printed alone (no area beside it, which :func:`_opcc_name` reads) on a clause about
    the money: the commissioning body that holds, passes on or pays it out, or the recipient it is paid to."""
    for pattern, role in ((_OPCC_HOLDS, "commissioner"), (_OPCC_PAID, "recipient")):
        for m in pattern.finditer(sentence) if may_match(pattern, sentence) else ():
            group = next(g for g in ("a", "b", "c", "d", "e", "f", "g") if g in pattern.groupindex and m.group(g))
            if group == "g" and re.search(r"\b(?:no|not|without|asked for|asks for|ask for|asking for|requests?(?:ed)?|"
                                          r"requesting|bid for|bids for|bidding for|whether)\s+(?:an?\s+|the\s+|any\s+)?"
                                          r"(?:[\w'’-]+\s+){0,2}$", sentence[:m.start(group)], re.I):
                continue  # (a match or contribution denied or only asked for: "there is no OPCC contribution to the
                # £5,000", "the charity has asked for an OPCC contribution of £2,000")
            if m.group(group) == "OPCC" and _area_follows(sentence, m.end(group)):
                continue  # ("held by OPCC Norfolk": the office named with its area, which _opcc_name reads as printed)
            if m.group(group) in ("OPCC", "Combined Authority"):  # (the initials in capitals, not a word; a
                # combined authority named by its kind alone: "via the Combined Authority", "kept by the Combined Authority")
                yield m.start(group), role, m.group(group)


def _area_follows(text: str, at: int) -> bool:
    """Whether a police force area's name follows ``at`` ("OPCC| Norfolk", "OPCC| for Cumbria")."""
    rest = text[at:]
    lead = re.match(r"\s*(?:for\s+)?(?:the\s+)?", rest)
    areas = find_areas(rest[lead.end():]) if lead.end() else []
    return bool(areas) and areas[0][0] == 0


def _opcc_name(text: str) -> str | None:
    """"Kent OPCC", "OPCC for Cumbria", "OPCC Durham" as printed, the words beside OPCC cut to the area they name; ``None``
    when they name none ("OPCC Commissioning Manager")."""
    before, _, after = text.partition("OPCC")
    before = re.sub(r"^(?:The|the)\s+", "", before.strip())
    areas = find_areas(before) if before else []
    ends = [a for a, b, _ in areas if b == len(before)]
    if ends:
        return before[min(ends):] + " OPCC"
    lead = re.match(r"\s*(?:for\s+)?(?:the\s+)?", after)
    rest = after[lead.end():]
    areas = find_areas(rest) if rest else []
    if areas and areas[0][0] == 0:
        return " ".join(("OPCC " + lead.group(0).strip() + " " + rest[: areas[0][1]]).split())
    return None


def _tidy_body(name: str) -> str:
    words = name.strip().split()
    if name.isupper() and len(words) > 1:  # (a one-word name in capitals is initials: "MOPAC", "GMCA")
        small = {"OF", "THE", "AND", "FOR", "ON"}
        words = [w.lower() if w in small and k else w.capitalize() for k, w in enumerate(words)]
    return " ".join(words)
