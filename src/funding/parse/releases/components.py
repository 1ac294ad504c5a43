"""Programme components and their cohorts: :func:`extract_components`.
"""

from __future__ import annotations

from funding.core import patterns as re
from dataclasses import replace

from funding.core.money import MONEY_TOKEN
from funding.core.text import looks_like_html
from funding.parse.releases.records import ProgrammeComponent
from functools import lru_cache

from funding.parse.releases.vocabulary import Terms, _all, _candidates, _first, _name_regex, _terms, may_match
from funding.parse.releases.text import _heading_lines, _html_heading_lines, _line_at, _logical, _quoted_spans as _all_quoted_spans, prepare
from funding.parse.releases.text import _cells as _row_cells
from funding.parse.releases.places import find_areas
from funding.parse.releases.periods import parse_duration as _parse_duration, word_key


#: a span of years or months the money covers, not how long the service lasts ("over the same two years", "in each of
#: the two years", "for three years from April 2024"); "lasting up to 12 months", "for up to a year" stay lengths
_FUNDING_SPAN = re.compile(
    r"\b(?:over|across|in each of|during|throughout|covering|for)\s+(?:the\s+)?(?:(?:same|next|first|coming|following|"
    r"remaining|last|previous)\s+)?(?:[a-z]+|\d+)[- ](?:financial\s+)?years?\b|"
    # (a pilot or project of some months is how long it ran: "a six-month pilot of one-to-one work with stalkers")
    r"\b(?:[a-z]+|\d+)[- ](?:year\s+(?:pilot|project|contract|grant|funding|award|agreement|allocation|deal|extension|"
    r"total|budget|settlement|package|secondment)|"  # ("The two-year total pays for …": the money's span)
    # (a secondment is how long staff are lent to the work, not how long the work lasts for each person)
    r"month\s+(?:contract|grant|funding|award|agreement|allocation|deal|extension|secondment))\b|"
    # (a contract's term in a procurement plan, "2 years + 1", "3 years + 2": years and optional extension years)
    r"\b\d+\s+years?\s*\+\s*\d+(?:\s+years?)?(?![\w-])|"
    # an extension's span ("keeping the programme open for another twelve months", "with an option to extend for up to two
    # years"), not how long the service lasts
    r"\b(?:for|by)\s+(?:at least\s+|up to\s+|about\s+)?(?:another|a further|an extra|an additional|one more)\s+(?:[a-z]+|\d+)"
    r"[- ](?:years?|months?)\b|"  # ("for at least another two years")
    r"\bextend(?:ed|s|ing)?\s+(?:it\s+|them\s+|the\s+\w+\s+)?(?:for|by)\s+(?:up to\s+|a further\s+|another\s+)?(?:[a-z]+|\d+)[- ]"
    r"(?:years?|months?)\b|"
    # (and money's span: "carried on with £40,000 from a trust for six months while …")
    r"(?<=\d)(?:k|m| million)?\b(?:\s+(?:from|of)\s+(?:the\s+)?(?:[A-Z][\w'’]*\s+){1,5}|\s+(?:a year\s+)?)for\s+(?:a further\s+|another\s+)?"
    r"(?:[a-z]+|\d+)\s+(?:months|years)\b|"
    # (a span tied to the calendar, as a grants table's term cell gives it: "3 years from April 2023", "12 months from
    # January 2024", "2 years (2023-25)": when the money runs, not how long the work lasts for each person)
    r"\b(?:[a-z]+|\d+)\s+(?:years?|months?)\s+(?=from\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+(?:19|20)\d{2}\b)|"
    r"\b(?:[a-z]+|\d+)\s+years?\s+(?=\(\s*(?:19|20)\d{2}\s*[-–/]\s*(?:\d{2}|(?:19|20)\d{2})\s*\))|"
    r"\b(?:over|across|in each of|covering|for the)\s+(?:the\s+)?(?:(?:same|next|first|coming|following|remaining)\s+)?"
    r"(?:[a-z]+|\d+)\s+months?\b(?=[^.;]{0,40}\b(?:from|starting|to|until)\s+(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b)", re.I)


_LAST_VERB = re.compile(r"(?<!\bthe )(?<!\bin )(?<!\bover )(?<!\bfor )(?<!\bduring )\blast(?=\s+(?:for\s+)?(?:up to\s+|about\s+|around\s+|"
                        r"between\s+)?(?:\d+|[a-z]+)(?:[- ](?:to|and)[- ](?:\d+|[a-z]+))?[- ](?:weeks?|months?|sessions?|years?)\b)", re.I)


#: a follow-up window or a wait ("no further abuse reported within a year", "in the six months after finishing", "in the
#: twelve months that followed", "seen within six weeks of referral"): not how long a service lasts
_WINDOW = re.compile(r"\bwithin\s+(?:a|an|one|[a-z]+|\d+)\s+(?:years?|months?|weeks?|days?)\b|"
                     r"\b(?:in|over|during|for)\s+the\s+(?:[a-z]+|\d+)\s+(?:years?|months?|weeks?)\s+(?:after|afterwards|following|"
                     r"since|after finishing|after completing)\b|"
                     # (a span "that followed", or one "in" or "during" the weeks "that follow"; not "for the 24 weeks that
                     # follow their assessment", how long the course runs)
                     r"\b(?:(?:in|during)\s+the\s+(?:[a-z]+|\d+)\s+(?:years?|months?|weeks?)\s+(?:that|which)\s+follow(?:ed|s)?|"
                     r"(?:over|for)\s+the\s+(?:[a-z]+|\d+)\s+(?:years?|months?|weeks?)\s+(?:that|which)\s+followed)\b|"
                     r"\b(?:[a-z]+|\d+)\s+(?:years?|months?|weeks?)\s+(?:after|on from)\s+(?:finishing|completing|completion|"
                     r"leaving|the end|they (?:finished|left|completed)|(?:his|her|their)\s+last(?:\s+session)?\b|(?:the|his|her|their)\s+(?:course|programme|group|"
                     r"sessions?|work|intervention)\s+(?:ends|ended|finishes|finished|closes|closed))\b|"
                     # (a time after the work ends: "for as long as he attends and for three months after")
                     r"\bfor\s+(?:[a-z]+|\d+)\s+(?:years?|months?|weeks?)\s+(?:after|afterwards)\s*(?=[.;,)]|$)|"
                     # (a time already spent in something: "two officers are ten months into a one-year secondment")
                     r"\b(?:[a-z]+|\d+)\s+(?:years?|months?|weeks?)\s+into\s+(?:a|an|the|their|his|her|its|our)\b|"
                     # (a wait, or how late something started: "waiting more than eight weeks", "started three weeks late")
                     r"\bwait(?:s|ed|ing)?\s+(?:for\s+)?(?:more than\s+|over\s+|longer than\s+|up to\s+|at least\s+|about\s+)?"
                     r"(?:[a-z]+|\d+)\s+(?:years?|months?|weeks?|days?)\b|"
                     # (a waiting time or list: "bring the wait there down to about eight weeks", "a waiting list of six
                     # months", "waiting times of up to 12 weeks")
                     r"\bwait(?:ing)?(?:\s+(?:list|time)s?)?\b[^.;]{0,30}?\b(?:down to|up to|of|at|to|from|is|was|are|were)\s+"
                     r"(?:more than\s+|over\s+|under\s+|less than\s+|about\s+|around\s+|nearly\s+|almost\s+|up to\s+)?"
                     r"(?:[a-z]+|\d+)\s+(?:years?|months?|weeks?|days?)\b|"
                     r"\b(?:[a-z]+|\d+)\s+(?:years?|months?|weeks?|days?)\s+(?:late|later than planned|early|behind)\b|"
                     # (a pause: "was paused for ten weeks", "suspended for two months", "on hold for six weeks")
                     r"\b(?:paused|suspended|halted|stopped|closed|on hold)\s+for\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?"
                     r"(?:[a-z]+|\d+)\s+(?:years?|months?|weeks?|days?)\b", re.I)


#: a row joining a measure to a count, share or percentage by dot leaders, boxed or not ("|  Partners supported ..... 131 |")
_RESULT_LEADER_ROW = re.compile(r"\s*\|?\s*(?:[A-Z]{0,2}\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?[^|.£]*?[^\s|.]\s*(?:\.{4,}|(?<=[a-z]):)\s*"
                                r"(?:\d[\d,]*(?:\s+of\s+\d[\d,]*)?\s*%?|three quarters|"
                                r"two thirds|half|a quarter|a third)"
                                r"(?:,\s*of\s+whom\s+\d[\d,]*(?:\s+[a-z-]+){1,4})?\s*\|?\s*", re.I)
#: (or by a colon, in a list of results: "> - Frontline staff trained: 260", "- Partners supported: 131"; also a
#: return's numbered output, "C4. Men allocated a case worker: 23", "3.2 Partners contacted: 140, of whom 96 took up
#: support")


#: case management for some people ("case management for the", "case managers for"), and high-harm people named as such
_CASE_MANAGED_FOR = re.compile(r"\bcase[- ]?manag\w*\s+(?:[\w-]+\s+){0,2}?for\s+(?:the\s+|all\s+|each\s+)?$", re.I)
_HIGH_HARM_PEOPLE = re.compile(r"(?:high(?:est)?[- ](?:risk|harm)|prolific|serial|repeat)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:perpetrators?|offenders?|abusers?|men|people)\b|"
                               # (people described by their risk: "men assessed as high risk", "men who pose the greatest risk")
                               r"(?:assessed|judged|identified|considered|rated|graded)\s+as\b|(?:who|which|that)\s+pose\b", re.I)



#: a relative clause opening on the grant or agreement just named: ", under which", ", by which", ", through which"
_DESCRIBING_WHICH = re.compile(r",\s+(?:under|by|through|from|with)\s+which\b", re.I)

def parse_duration(text: str):
    """How long a service lasts (:func:`periods.parse_duration`), with the spans of years money covers and follow-up
    windows left out."""
    text = _FUNDING_SPAN.sub(lambda m: " " * len(m.group(0)), text) if may_match(_FUNDING_SPAN, text) else text
    if "within" in text or "after" in text or "follow" in text or "since" in text or "wait" in text or "Wait" in text \
            or " into " in text \
            or " late" in text or \
            " early" in text or "behind" in text or " for " in text and re.search(r"\b(?:paused|suspended|halted|stopped|"
                                                                               r"closed|hold)\b", text):
        text = _WINDOW.sub(lambda m: " " * len(m.group(0)), text)
    if "gap" in text or "break" in text or "delay" in text or "pause" in text:
        text = _LENGTH_OF_A_GAP.sub(lambda m: " " * len(m.group(0)), text)  # ("a six-week gap between two groups")
    if "last" in text:  # "the sessions last 12 weeks": the verb, not "the last 12 weeks"
        text = _LAST_VERB.sub("lasting", text)
    if "long" in text:
        text = _UNIT_LONG.sub(_unit_long, text)
    return _parse_duration(text)


#: the length of a gap, break, delay or pause in a service ("a six-week gap between the two groups", "a two-month
#: break over the summer"): how long it stopped, not how long it lasts
_LENGTH_OF_A_GAP = re.compile(r"\b(?:an?\s+)?(?:\w+|\d+)[- ](?:day|week|month|year)s?\s+(?:gap|break|delay|pause)s?\b", re.I)


#: a length written as an adjective with "-long" ("a year-long programme", "a six-month-long course", "a 12-week long
#: course"): the same length as "lasting a year", "six-month"
_UNIT_LONG = re.compile(r"\b(?P<n>an?|one|[\w]+)[- ](?P<unit>year|month|week)s?[- ]long\b", re.I)


def _unit_long(m: re.Match) -> str:
    if m.group("n").lower() in ("a", "an"):
        return f"lasting a {m.group('unit')}"
    return f"{m.group('n')}-{m.group('unit')}"


_ITEM_BREAK = re.compile(r";\s+(?=(?-i:[a-z]))|(?:[,;]\s+(?:and\s+|with\s+)?|\s+(?:and|alongside|as well as|plus)\s+)(?=(?:for\s+)?an?\s|£)|"
                         r",\s+and\s+(?=for\s)|"
                         # (", for work with young people aged 11 to 17 who …": the next item of a list of what money pays
                         # for; a piece naming no kind of its own, ", for men who …", goes back to the item before it)
                         r"(?P<for_item>,\s+(?=for\s+(?:work|support|one-to-one|sessions|training|courses?|groups?)\b))|"
                         # (", and part-funds a stalking clinic", ", and runs a helpline": a second verb with an object of
                         # its own, not a length of the first item's, "…, and lasts a year")
                         r",\s+and\s+(?=(?-i:[a-z])(?!(?:lasts|takes|spans|continues|covers|meets)\b)[\w-]+s\s+(?:an?|the)\s)|"
                         r"[,;]\s+and\s+(?=(?-i:[A-Z]))", re.I)
_NOT_FOR = re.compile(r"\b(?:unsuitable|not suitable|not eligible|not (?:yet )?(?:suited|ready|able)) (?:for|to)"
                      # (and a second verb coordinated with it: "not suitable for, or have refused, a group programme")
                      r"(?:,?\s+(?:or|and)\s+(?:have\s+|has\s+|who\s+)?(?:refused|declined|turned down|left|dropped out of|"
                      r"been excluded from),?)? (?:the |a )?(?:[\w-]+ ){0,2}"
                      r"(?:group|programme|course)\w*(?: (?:behaviour[- ]change )?(?:work|programmes?|courses?|sessions?)\b)?|"
                      # "cannot join a group", "would not join a group", "waiting to join a group", "waiting for a place
                      # on a group course": the group is where those people are not, not work the line describes
                      r"\b(?:cannot|can't|can not|could not|unable to|not (?:yet )?able to|would not|wouldn't|will not|won't|"
                      r"(?:do|does|did) not want to|waiting to)\s+(?:safely\s+|yet\s+)?(?:join|attend|"
                      r"take part in|be in|manage|sit in)\s+(?:the |a )?(?:[\w-]+ ){0,2}(?:group|programme|course)\w*(?: work)?|"
                      r"\bwaiting for (?:a |their |his |her )?place (?:in|on) (?:the |a )?(?:[\w-]+ ){0,2}(?:group|programme|course)\w*|"
                      # ("the wait from referral to a first session was nine weeks": the wait before it, no
                      # group the line describes; "waiting times for the group course" still names the course)
                      r"\bwait(?:s|ed|ing)?(?:\s+times?)?\s+from\s+(?:referral|assessment)\s+to\s+"
                      r"(?:a |their |his |her |the )?(?:first\s+)?(?:[\w-]+ ){0,2}(?:group|programme|course|session)\w*|"
                      # "one-to-one work with a practitioner before joining a group": the group comes after the work the
                      # line describes, where those people are not yet
                      r"\bbefore (?:joining|starting|they join|they start|he joins|he starts|going on to)\s+"
                      r"(?:the |a |their |his )?(?:[\w-]+ ){0,2}(?:group|programme|course)\w*(?: work)?|"
                      # "for men for whom a group is not suitable", "for whom group work would not be safe"
                      r"\bwhom\s+(?:the |a )?(?:[\w-]+ ){0,2}(?:group|programme|course)\w*(?: work)?\s+(?:(?:is|was)(?:\s+not\s+|n't\s+|\s+un)|"
                      r"(?:would|will|could|might)(?:\s+not|n't)\s+be\s+|(?:would|will)\s+be\s+un)(?:suitable|appropriate|right|safe|suited)", re.I)


#: a count of sessions set off after the words "sessions", its unit left out: "sessions, usually between eight and
#: twelve", "sessions, typically six to ten", "sessions, up to 12" (not "sessions, eight weeks long", "sessions, two men")
_SESSIONS_COUNTED_AFTER = re.compile(
    r"(?:\s+sessions?)?\s*,\s*(?:(?:usually|typically|normally|generally|often|mostly|in most cases)\s+)?"
    r"(?P<count>(?:between\s+)?(?:\d{1,2}|[a-z]+)\s+(?:and|to)\s+(?:\d{1,2}|[a-z]+)|up to\s+(?:\d{1,2}|[a-z]+))"
    r"(?!\s*(?:-|weeks?|months?|years?|days?|hours?|men|women|people|of\b))\b", re.I)


def _another_list_items(item: str, own: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether two kinds' words in one item are separate items of a list, a comma between them and no verb ("group
    courses, one-to-one sessions, high-harm case management and support for partners"): words of the one are not the
    other's (not "a group programme for high-harm men", one phrase)."""
    lo, hi = (own[1], other[0]) if own[0] < other[0] else (other[1], own[0])
    between = item[lo:hi]
    return lo <= hi and "," in between and len(between) <= 60 and not re.search(
        r"\b(?:is|are|was|were|has|have|who|which|that|with|for)\b", between, re.I)


#: an area's grant or money said to be for the courses themselves, "grant for perpetrator programmes", "her own money
#: for perpetrator programmes" (not a round's, a fund's or a pot's purpose, "its £41 million round for perpetrator
#: programmes", nor "for perpetrator work", "for interventions for perpetrators": the fund's purpose in its own words)
_SUM_FOR_COURSES = re.compile(r"^(?:grant|money|allocation|award)\b[^.;]*\bfor (?:domestic abuse )?perpetrator programmes$", re.I)
#: a word naming a service, course or kind of work
_SERVICE_NOUN = re.compile(r"\b(?:courses?|programmes?|groups?|services?|sessions?|work|schemes?|projects?|pilots?|support|"
                           r"interventions?|clinics?|strands?)\b", re.I)


_LENGTH_ONLY = re.compile(r"\b(?:lasting|running|over|of)\s+(?:up to\s+|about\s+|around\s+|between\s+[\w-]+\s+and\s+)?"
                          r"[\w-]+\s+(?:weekly\s+)?(?:sessions|weeks|months)\b", re.I)


def _names_kind(piece: str, terms) -> bool:
    """Whether a piece of a listing sentence names a kind of work of its own; a group it only says someone cannot join
    ("and for men who cannot take part in a group") is whom the item before it is for, not a kind."""
    piece = _NOT_FOR.sub(lambda m: " " * len(m.group(0)), piece)
    piece = _LENGTH_ONLY.sub(" ", piece)  # (", lasting up to 14 sessions" is how long, not a kind)
    return bool(_SERVICE_NOUN.search(piece) or _kinds(piece, terms.get("kind", ()), terms.get("weak", ())))


def _adds_people(piece: str, terms) -> bool:
    """Whether a piece of a listing sentence only says whom the service before it is for (a cohort, no count of people:
    "and an interpreter can be booked for anyone whose first language isn't English"; not "and 27 women finished")."""
    return not re.search(r"\d", piece) and bool(_all(terms.get("cohort", ()), piece))


#: a list piece opening "for work with …" or "for support for …": the bare "work" or "support" names no kind; the piece
#: is a new item only when the rest does ("for work with young people aged 12 to 16 who are violent towards their
#: parents"), else it says whom the item before it is for ("for work with fathers across the county who have been abusive")
_WORK_WITH_PEOPLE = re.compile(r"^\s*for\s+(?:work|support)\s+(?:with|for|to)\b", re.I)


def _items(sentence: str, names_kind, names_people) -> list[str]:
    """A sentence listing components inline ("a 24-week …, a monthly … and a …") split into items.  A piece that only
    adds people ("one-to-one work for women, and for men who need an interpreter": ``names_kind`` says it names no kind)
    stays with the item before it, whatever its first word when ``names_people`` says it names a cohort ("the evening
    group, and an interpreter can be booked for anyone whose first language isn't English")."""
    parts, start, attached, for_item = [], 0, False, False
    for m in _ITEM_BREAK.finditer(sentence):
        piece = sentence[start : m.start()]
        if parts and (attached or re.match(r"(?i)for\s", piece) or names_people(piece)) and not names_kind(
                _WORK_WITH_PEOPLE.sub(" ", piece) if for_item else piece):
            parts[-1] = (parts[-1][0], m.start())
        else:
            parts.append((start, m.start()))
        start = m.end()
        # (a piece attached by "with" that names no kind is what the item before it comes with: "up to eight one-to-one
        # sessions, with an interpreter, for men whose first language is not English")
        attached = bool(re.search(r"(?i)\bwith\s+$", m.group(0)))
        for_item = m.group("for_item") is not None
    last = sentence[start:]
    if parts and (attached or re.match(r"(?i)for\s", last) or names_people(last)) and not names_kind(
            _WORK_WITH_PEOPLE.sub(" ", last) if for_item else last):
        parts[-1] = (parts[-1][0], len(sentence))
    else:
        parts.append((start, len(sentence)))
    return [sentence[a:b].strip() for a, b in parts if sentence[a:b].strip()]


#: a course and whom it is for in one clause ("a 16-week course for women", "a course for men who …")
_FOR_WHOM = re.compile(r"[^,;]{0,40}?\bfor\s+(?:[\w-]+\s+){0,2}?(?:men|women|fathers|mothers|dads|mums|young people|people|"
                       r"perpetrators|adults|parents|teenagers|those|anyone)\b", re.I)


#: a word telling one group from another: its order, its newness or its place ("the second", "a pilot", "the Worksop",
#: "the new north Devon")
#: capitalised words before "group" that name a committee or a kind of group, not a place's group of the course
_NOT_A_GROUPS_PLACE = (r"Steering|Working|Reference|Advisory|Support|Focus|Partnership|Task|Action|Strategy|Peer|Parent|"
                       r"Community|Residents|Faith|Voluntary|Scrutiny|Board|Project|Delivery|Oversight|Governance|Programme|"
                       r"Local|Regional|National|Housing|Comparison|Control|Reading|Interest|Members|Party|Advice|"
                       r"Safeguarding")
_GROUP_MARK = (r"(?:(?i:first|second|third|fourth|fifth|sixth|next|new|extra|further|additional|pilot|existing|local|own|weekly|"
               r"evening|daytime|north|south|east|west|central|rural|city)\s+|(?!(?:" + _NOT_A_GROUPS_PLACE
               # (a language's or a length's mark with a hyphen, "the Welsh-language group", "a Six-session group"; not a
               # committee's kind, "the Multi-agency group", "the Cross-party group")
               + r"|South|North|East|West)\b)[A-Z][a-z]+(?:-(?:language|medium|speaking|session|week|day))?\s+"
               # (two places together, "the Grimsby and Scunthorpe groups": one group each, so "groups"; not a
               # committee's two subjects, "the Finance and Audit group")
               r"(?:and\s+(?!(?:" + _NOT_A_GROUPS_PLACE + r")\b)[A-Z][a-z]+\s+(?=groups\b))?)")
#: one of the groups a course runs, told apart by its order, place or number ("the first Hartlepool group", "a second
#: group in Mansfield", "three groups rather than four", "the Plymouth groups", "extra group places"), or the groups
#: themselves said to be for some people, to start, to be run or paid for ("The groups are for men", "so that a group can
#: start in Wolverhampton", "to run the groups and the one-to-one work", "the groups in Mansfield and Nottingham"): group
#: work, whatever the words before it (not "a group of MPs", "the steering group", "a comparison group")
_GROUP_INSTANCE = re.compile(
    r"(?:\b(?i:the|a|an|another|its|our|their)\s+" + _GROUP_MARK + r"{1,3}|\b(?i:two|three|four|five|six|extra|more)\s+" +
    _GROUP_MARK + r"{0,3})groups?\b(?!\s+(?:of|rooms?|(?i:facilitators?|leaders?|workers?|supervisors?))\b)|"
    # (not the staff who run a group: "trains a new group facilitator")
    r"\b(?i:both|all|each)\s+of\s+(?i:its|our|their|the)\s+groups\b|"  # ("to keep both of its groups running")
    # (a row's label naming the group its money pays for after a dash: "Commissioner's budget - second group")
    r"(?<=\s[-–—]\s)(?i:first|second|third|fourth|fifth|new|extra|additional)\s+group\b"
    r"(?!\s+(?:of|rooms?|(?i:facilitators?|leaders?|workers?|supervisors?))\b)|"  # (not "- new group of mentors")
    r"\b(?i:the|a|an)\s+groups?\s+(?:(?:is|are|will be|would be)\s+(?:only\s+)?(?:for|open to)\s+(?i:men|women|fathers|mothers|"
    r"young people|people|adults)\b|(?:can|will|could|would|should|is to|are to)\s+(?:start|begin|open|run)\b)|"
    r"\b(?i:the)\s+groups\s+in\s+[A-Z]|"
    r"\b(?i:run|runs|ran|running|pays? for|paying for|paid for|funds?|funding|keep|keeps|kept|deliver|delivers|delivering)\s+"
    r"the\s+groups\b")


#: support reaching the partners one by one ("contacts every partner and ex-partner", "IDVAs contact the partner of every man
#: referred", "offer support to each partner and former partner"), support to them ("£48,900 for support to partners and
#: ex-partners"), advocates for the victims and ex-partners, or a worker only for partners: partner support
_PARTNER_REACHED = re.compile(
    r"\b(?:contacts?|contacted|contacting|supports?|supported|supporting|works? with|visits?|rings?|calls?|offers? support to|"
    r"support (?:to|for))\s+(?:each|every|the)\s+(?:current\s+(?:or|and)\s+former\s+|former\s+)?(?:partner|ex-partner)\b|"
    r"\bsupport to (?:the |their |all )?(?:partners|ex-partners)\b|"
    r"\b(?:advocates?|IDVAs?|advis[eo]rs?)\b[^.;]{0,40}\b(?:for|support|supports)\s+(?:every\s+|each\s+|the\s+)?victims?\s+and\s+"
    r"(?:ex-|former\s+)?partners?\b|"
    r"\bwork (?:only |just |solely )?with (?:the )?partners\b|"
    # (partners and the worker who reaches them: "Partners praised the worker who called them each week"; the partners
    # as people, opening the sentence or after a determiner of people, not partner agencies: "Schools and other partners
    # value the youth worker who visits them")
    r"(?:^\W*|\b(?:the|their|his|her|whose|men['’]s|many|most|some|several|both|\d+)\s+)(?:partners|ex-partners)\b[^.;]{0,40}?\b(?:the|a|their)\s+(?:[\w-]+\s+)?(?:worker|advocate|advis[eo]r)s?\s+"
    r"(?:who|that)\s+(?:rang|rings|ring|called|calls|call|contacted|contacts|contact|visited|visits|visit)\s+them\b|"
    # (people named by their partner's place on the course, and support for them: "to support the women and men whose
    # partners are on the course", "Anyone whose partner is on the programme can get support from …")
    r"\bsupport(?:s|ing)?\s+(?:the\s+|those\s+|anyone\s+|all\s+)?(?:(?:women|men|people|adults)\s+(?:and\s+(?:women|men)\s+)?)?"
    r"whose\s+(?:(?:ex-)?partners?|former partners?)\b|"
    r"\bwhose\s+(?:(?:ex-)?partners?|former partners?)\b(?:\s+(?:or|and)\s+(?:ex-|former\s+)partners?)?\s+(?:is|are)\s+"
    r"(?:on|in|attending|taking part in)\b[^.;]{0,40}?\b(?:can|will|may|could)\s+(?:get|have|receive|access|be offered|ask for)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:support|help)\b", re.I)


#: support given to a family as a whole ("support for the rest of the family", "to support the families of men on the
#: course", "family work", "a family therapist"): whole-family work, as a family worker is
_FAMILY_SUPPORTED = re.compile(r"\bsupport(?:s|ing|ed)?\s+(?:for|to)\s+(?:the\s+)?(?:rest of the|whole|wider|other members of the)\s+"
                               r"famil(?:y|ies)\b|"
                               # (and the family as the subject of a passive: "the rest of the family is supported too",
                               # "the whole family will also be helped")
                               r"\b(?:rest of the|whole|wider|other members of the)\s+famil(?:y|ies)\s+(?:is|are|will be|can be|gets?|get)"
                               r"\s+(?:also\s+)?(?:be\s+)?(?:supported|helped|offered support|given support|worked with)\b|\bsupport(?:s|ing)?\s+(?:the\s+|their\s+)?famil(?:y|ies)\s+of\b|"
                               r"\bfamily\s+(?:work|therapists?|therapy)\b(?!\s+(?:team|service|hub|centre)s?\b)", re.I)
#: work seeing one person who stalks at a time ("will see each person who stalks one-to-one", "works with every man
#: referred for stalking"): a stalking intervention, said of one person as the plural ("people who stalk") is
_ONE_WHO_STALKS = re.compile(r"\b(?:each|every|any|a|the)\s+(?:person|man|woman|adult|perpetrator|client|individual|young person)\s+"
                             r"(?:who\s+(?:stalks|is stalking|has stalked|has been stalking)|(?:referred|reported|convicted|"
                             r"cautioned|arrested|charged)\s+(?:for|with)\s+stalking)\b|"
                             # (and any number of them, with or without a determiner: "Clients referred for stalking will be
                             # seen …", "men convicted of stalking offences")
                             r"\b(?:people|men|women|adults|perpetrators|clients|individuals|offenders|young people)\s+"
                             r"(?:(?:referred|reported|convicted|cautioned|arrested|charged)\s+(?:for|with|of)\s+stalking|"
                             r"who\s+(?:have\s+)?(?:stalked|been stalking))\b", re.I)


#: training named only as something described before: "the training will not go ahead", "Training (2.5) and
#: supervision are meant to reduce this" (a cross-reference to a paragraph), also opening a sentence ("The training was
#: paid for by …")
_TRAINING_REFERRED_BACK = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+training\b(?!\s+(?:for|of|on|in|to|will (?:reach|cover|train))\b)|"
                                     r"\b[Tt]raining\s*\((?:\d+(?:\.\d+)*|para(?:graph)?\.?\s*\d+(?:\.\d+)*)\)")
#: people said to be trained on the line: "its own staff", "300 social work staff", "officers" (not a sum of money)
_TRAINEES = re.compile(r"\b(?:practitioners|professionals|staff|officers|colleagues|teachers|social workers|health visitors|"
                       r"GPs|nurses|midwives|workers|call handlers|clinicians|volunteers)\b", re.I)


def _only_training_referred_back(item: str, m: re.Match) -> bool:
    """Whether an item's only word of training refers back to training described elsewhere ("the training will not
    go ahead", "Training (2.5) and supervision …"), with no one it trains named on the line: like a course referred
    back to (README, "Courses referred back to"), it describes nothing delivered and gives no component.  A line
    that names whom the training reaches ("about 300 staff will attend the training") still describes it."""
    if len(re.findall(r"\btrain", item, re.I)) != 1:
        return False
    back = _TRAINING_REFERRED_BACK.search(item)
    return bool(back) and back.start() <= m.start() < back.end() and not _TRAINEES.search(item)


#: a course, session or workshop on a topic that its clause says is for or open to staff ("a stalking course that is
#: open to probation staff", "a child-to-parent abuse session for teachers"): training on that topic, whose words name no
#: work with perpetrators or families of their own (README, practitioner_training)
_STAFF_COURSE_ON = re.compile(r"\b(?P<topic>(?:[\w-]+\s+){1,3}?)(?:course|session|workshop|briefing)s?\b"
                              r"(?:,?\s+(?:which|that)\s+(?:is|are|was|were|will be)\s+)?\s*(?:open to|for)\s+"
                              r"(?:all\s+)?(?:[\w-]+\s+){0,2}?(?:practitioners|professionals|staff|officers|colleagues|teachers|"
                              r"social workers|health visitors)\b", re.I)
#: the kinds a topic of training can name
_TOPIC_KINDS = ("stalking_intervention", "child_adolescent_to_parent", "whole_family", "high_harm")


def _kind_matches(item: str, kinds, weak) -> tuple[list[tuple[str, re.Match]], bool]:
    """Every component an item names, in order of first mention, each with the match of the first
    rule (in file order) that names it; and whether a strong rule (``kinds``) matched.  A programme
    described only by whom it is for (``weak``: "a group programme for women who use violence")
    counts as a behaviour change programme only when the item names no other kind."""
    found: dict[str, re.Match] = {}
    for value, pattern in _candidates(kinds, item):
        if value not in found:
            m = pattern.search(item)
            if m:
                found[value] = m
    if "group_programme" not in found and "group" in item and (m := _GROUP_INSTANCE.search(item)):
        found["group_programme"] = m
    if "partner_support" not in found and "artner" in item and (m := _PARTNER_REACHED.search(item)):  # ("Partners …" too)
        found["partner_support"] = m
    if "stalking_intervention" not in found and "stalk" in item and (m := _ONE_WHO_STALKS.search(item)):
        found["stalking_intervention"] = m
    if "whole_family" not in found and "famil" in item and (m := _FAMILY_SUPPORTED.search(item)):
        found["whole_family"] = m
    if "practitioner_training" in found and _only_training_referred_back(item, found["practitioner_training"]):
        del found["practitioner_training"]
    if "one_to_one" in found and "partner_support" in found and re.match(r"[\s-]*(?:support|advocacy)\b",
                                                                          item[found["one_to_one"].end():]) \
            and found["partner_support"].start() < found["one_to_one"].start() and not re.search(
                r"\b(?:while|whereas|but)\b|\band\s+(?:(?:each|every|the)\s+)?(?:men|man|fathers?|perpetrators?)\b",
                item[found["partner_support"].end():found["one_to_one"].start()], re.I):
        # (only where the partner is the one named before it, in the same clause: not "each man gets one-to-one support,
        # and his partner is offered support", nor "partners get advocacy while men get one-to-one support")
        del found["one_to_one"]  # ("contacts the partner of each man and offers up to six one-to-one support sessions":
        # the partner's support, one-to-one; one-to-one work is with those who harm, README component)
    if "practitioner_training" in found:
        for course in _STAFF_COURSE_ON.finditer(item):
            # ("a stalking course that is open to probation staff": training on stalking, no stalking work of its own)
            for topic in [k for k, m in found.items() if k in _TOPIC_KINDS and course.start("topic") <= m.start() < course.end("topic")]:
                del found[topic]
    strong = bool(found)
    if not strong:
        for value, pattern in _candidates(weak, item):
            if value not in found:
                m = pattern.search(item)
                if m:
                    found[value] = m
    elif "for " in item.lower():
        # a weak description of whom a course is for, in a clause of its own beside a named kind ("a 26-week group course
        # for men and a 16-week course for women": the women's course is a course too), not a named kind's own words
        # ("the 24-week group programme")
        cuts = [0, *(b.start() for b in _SEGMENT_BREAK.finditer(item)), len(item)]
        taken = [m.start() for m in found.values()]
        for a, b in zip(cuts, cuts[1:]):
            if any(a <= t < b for t in taken) or "for " not in item[a:b].lower():
                continue
            for value, pattern in _candidates(weak, item[a:b]):
                m = pattern.search(item, a, b) if value not in found else None
                if m and _FOR_WHOM.match(item, m.start()) and not any(
                        p.search(m.group(0)) for _, p in _candidates(kinds, m.group(0))):
                    found[value] = m
    return sorted(found.items(), key=lambda kv: kv[1].start()), strong


def _kinds(item: str, kinds, weak) -> list[str]:
    """Every component an item names, in order of first mention (:func:`_kind_matches`)."""
    return [value for value, _ in _kind_matches(item, kinds, weak)[0]]


_AGES = re.compile(r"\b(?:aged|ages?|aged between|between the ages of)\s+(?P<a>\d{1,2})\s*(?:to|-|–|and)\s*(?P<b>\d{1,2})\b(?!\s*(?:%|per))|\b(?P<c>\d{1,2}) (?:to|-|–|and) (?P<d>\d{1,2})[- ]year[- ]olds\b|"
                   r"\(ages? (?P<e>\d{1,2})\s*[-–]\s*(?P<f>\d{1,2})\)|"
                   # (a range straight after the young people it bounds: "young people between 11 and 16", "children from
                   # 10 to 17", "teenagers 13-17")
                   r"\b(?:young (?:people|men|women|person)|children|teenagers|adolescents|boys|girls|pupils)\s+(?:between|from)?\s*"
                   r"(?P<g>\d{1,2})\s*(?:to|-|–|and)\s*(?P<h>\d{1,2})\b(?!\s*(?:%|per|weeks?|months?|sessions?|years?\b(?![- ]olds?)))",
                   re.I)
#: (not "the Drive model", "a Duluth-style model": a model is an approach a service follows, not the service's own brand)
#: (after an owner's word, "Our Steps Forward course"; with the kind's own word between, "Calmer Homes child-to-parent programme")
_PROGRAMME_NAME = re.compile(r"(?:\*\*)?\b(?:[Tt]he |[Oo]ur |[Tt]heir |[Ii]ts |[Yy]our )?['‘\"“]?(?P<name>(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)['’\"”]? "
                             r"(?:group |behaviour change |child-to-parent |stalking |one-to-one |high-harm )?(?:course|programme)s?\b")
#: "| Clear Water: a 26-week group course for men |": a name and its colon before a description
#: (after a list item's label, "(a) Kinder: 26 weekly group sessions for men"; or a name that a sentence keeps going, "The
#: money keeps Tamar Turnaround going: a 24-week group programme")
_COLON_NAME = re.compile(r"(?:(?:^|\|)\s*(?:\(?[a-z0-9]{1,2}[.)]\s+|[-*•]\s+)?|(?<![\w'’])(?=[A-Z][a-z]+ [A-Z]))"
                         r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:\s+(?:going|running|open|alive))?:\s+"
                         r"(?:an?|our|the|\d+|up to \d+)\s+(?:[\w-]+\s+){0,4}?(?:course|programme|service|(?:group )?sessions)\b")
#: "the Council's Safe Steps service: 10 sessions for young people …": an owner's named service (or project, scheme)
#: and its colon before the description of what it offers (a body's name, "the Probation Service", has no description)
_NAMED_SERVICE_COLON = re.compile(r"(?:['’]s|\b[Tt]he|\b[Oo]ur|\b[Ii]ts|\b[Tt]heir)\s+(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\s+"
                                  r"(?:service|project|scheme):\s+(?:an?\s+|up to\s+)?(?:\d+|[a-z]+)\s+(?:[\w-]+\s+){0,3}?"
                                  r"(?:sessions|weeks|months|course|programme)\b")
#: "A second strand, Home Truths, works with …": a name in apposition after a service's noun
_NAME_AFTER_NOUN = re.compile(r"\b(?:strand|programme|course|service|scheme|project|pilot|intervention),\s+"
                              r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),\s+(?:works|is|runs|offers|helps|supports|will|has|"
                              r"was|provides|delivers|gives|lasts|takes|meets|continues|began|started|opened|can|as)\b")
#: (the name's own verb in any form: "Our men's course, Choices Ahead, lasts 24 weeks"; or "as" its description: "will
#: run the programme, Stepping Back, as a group course for men")
#: "a six-session group for fathers, Dads Making Amends, delivered with …": a name in apposition after a service's
#: description, before a participle or a place
_NAME_AFTER_DESCRIPTION = re.compile(r"\b(?:group|course|programme|scheme|service)\b[^,.;]{0,40},\s+"
                                     r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),\s+(?:delivered|run|held|offered|led|in|at|"
                                     r"which|who|with|from)\b")
#: "The programme, called Turning Tides, …": a name given after the noun
#: (also with the noun's description between, the name as the sentence's complement: "Our 26-week course for men who
#: use abuse is called Reset", "the group work, which is known as Anchor"; or after its description and a comma: "a
#: 22-week group programme for men in Maidstone, Ashford and Canterbury, called Turnstone")
#: (or a name still to be used: "one shared service, to be known as Waymark, across both counties")
_CALLED = re.compile(r"\b(?:programme|course|service|scheme|group|intervention|project|team)s?\b(?:(?:\s+[\w'’-]+){0,9}?,?\s+"
                     r"(?:which|that|who)?\s*(?:is|was|will be|has been|are|were|to be)|(?:\s+[\w'’-]+,?){1,12}?,|"
                     # (a name someone gave it: "a 20-week course, which she named Harbour Lights")
                     r",?\s+(?:which|that)\s+(?:she|he|they|we|I)(?:\s+(?:later|then|soon|had))?|,?)\s+"
                     r"(?:(?:now|also|simply)\s+)?"
                     # ("the high-harm team, called Stour Watch", "the service, known locally as Llwybr Newydd")
                     r"(?:called|known (?:locally |here |locally and nationally )?as|named|branded|titled) (?:the )?['‘\"“]?"
                     r"(?P<name>(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)")
#: "Named Pathfinder, the service will …", "Called Keel, it is …": a sentence opening with the participle that gives the
#: name of the service it goes on to describe (the participle is not part of the name)
_NAMED_OPENING = re.compile(r"^\W*(?:Named|Called|Branded|Known as)\s+['‘\"“]?(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})['’\"”]?,")
#: "Changing Ways is a behaviour change programme …", "Homeward Steps works with …": a name as the sentence's subject
#: (also with a gloss in brackets after it: "Llwybr Newydd (Welsh: 'new path') is a behaviour change programme")
#: (also as the subject of reported speech: "Mr Hale explained that Changing Course is a 20-week behaviour change group for
#: men", a group named with whom it is for)
_SUBJECT_NAME = re.compile(r"^\W*(?:(?:[A-Z][\w'’.-]*\s+){1,3}(?:explained|said|told (?:members|the \w+)|reported|confirmed|"
                           r"added|stated) that\s+)?"
                           r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\W*(?:\([^()]{1,60}\)\W*)?(?: (?:is|was) (?:an?|our|the|its|their) "
                           r"(?:[\w-]+ ){0,5}(?:programme|course|service|scheme|project|group(?= for\b))\b|, (?:our|the|its|their|a|an) "
                           r"(?:[\w-]+ ){0,5}(?:programme|course|service|scheme|project)\b| works with\b)")
#: a one-word brand as the subject of 'is' with a description of its kind: "Reset is our 26-week group behaviour change
#: programme", "Bridgeway is the borough's behaviour change programme" (also after a fronted phrase of time: "Before the
#: review, Reset was a 20-week group course")
#: a clause opening on each of a group and what each has: "Each young person has", "Every father gets", "Each man is
#: given"
_EACH_HAS = re.compile(r"\W*(?:each|every)\s+(?P<who>man|woman|father|young person)\s+(?:has|gets|is given|receives|"
                       r"will (?:have|get|receive|be given))\b", re.I)
_EACH_GROUP = {"man": "men", "woman": "women", "father": "fathers", "young person": "young_people"}
#: a later clause with a subject and verb of its own, whose things are not what each of the group has: "Each young person
#: has a key worker and their parents join a group course", "… while partners get support"
_NEW_SUBJECT = re.compile(r"(?:,|\b(?:and|while|but|whereas))\s+(?:[\w'’-]+\s+){1,3}?(?:join|joins|attend|attends|get|gets|"
                          r"have|has|are|is|receive|receives|go|goes|take|takes|can|will)\b", re.I)
#: a group session named only as a point in time, with the time counted from it: "three months after his last group
#: session", "until their final group session", "two weeks before the first group session" (not a bare "before their
#: first group session": "men have three one-to-one sessions before their first group session" says they go on to a group)
_SESSION_AS_A_TIME = re.compile(r"\b(?:(?:[\w-]+\s+(?:weeks?|months?)\s+)(?:after|before|until|till|since|from)\s+"
                                r"(?:his|her|their|the|each man['’]s)\s+(?:last|final|first)|"
                                r"(?:after|until|till|since)\s+(?:his|her|their|the|each man['’]s)\s+(?:last|final))"
                                r"\s+group\s+sessions?\b", re.I)
#: a group course listed as one of several programmes: "… programmes for men and women, including a 24-week group
#: course for men"
_INCLUDING_A_GROUP = re.compile(r"\bprogrammes\b[^.;]*?,\s+including\s+an?\s+(?:[\w-]+\s+){0,2}?group\b", re.I)
#: a field whose value is a list of short categories set off by semicolons: "**What:** Education/training; Other
#: charitable purposes", "Classification: Relief of poverty; Provides advocacy/advice/information", under a register's
#: label of what a body is or does (not a return's field of how a service is run: "Delivery mode: group/individual; face
#: to face" names its sessions)
_CATEGORY_FIELD = re.compile(r"^\W*(?:\*\*)?(?i:what|how|who|classifications?|charitable\s+(?:purposes|objects)|purposes|objects|"
                             r"activities|beneficiaries|areas?\s+of\s+(?:benefit|operation|work))\s*:(?:\*\*)?\s*[^;.]{1,60}(?:;\s*[^;.]{1,60})+\s*$")
#: a category of words joined by slashes: "Education/training", "advocacy/advice/information"
_SLASHED_CATEGORY = re.compile(r"\b[A-Za-z]{4,}(?:/[A-Za-z]{4,})+\b")
_ONE_WORD_SUBJECT_NAME = re.compile(r"^\W*(?:(?:Before|After|Until|Since|By|From|Then|At first|Originally)\b[^,.;£]{0,40},\s+|"
                                    # (or after a field's label, as an abstract prints it: "Background: X is a …")
                                    r"(?:Background|Introduction|Summary|Context|About)\s*:\s+)?"
                                    r"(?P<name>(?!(?:It|This|That|There|Here|What|Which|Who|He|She|They|Ours|Theirs|Each|Every|"
                           # (a name in two capitalised parts run together, "ReRoute", "SafeSteps", as well as "Reroute")
                           r"Today|Now)\b)(?:[A-Z][a-z]{2,}|[A-Z][a-z]+[A-Z][a-z]+)) (?:is|was) (?:an?|our|the|its|their|(?:the )?[\w-]+['’]s) "
                           # (not a body said to stand behind a programme: "RedThread is the charity behind our
                           # youth programme" names a charity)
                           r"(?:(?!to\b|(?:charity|charities|organisation|organization|provider|company|agency|body|team)\b)"
                           r"(?:[\w-]+|one-to-one) ){0,5}(?:programme|course|scheme)\b"
                           r"(?=\s*(?:$|[.,;:(]|(?:for|that|which|who|run|delivered|in|with|aimed|at)\b))")
#: "The grant funds Steady Ground, your 26-week group course for men": a name with the description in apposition (after
#: "the", "The Tide Group, our 28-week group programme for men", the name without its article)
#: (a service described by where it runs as well as whom for: "Stepping Stones, a child-to-parent service in Barrow")
_APPOSITIVE_NAME = re.compile(r"(?<![\w'’])(?P<name>(?!(?:The|Our|Their|Its|This|That|Your)\b)[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}),\s+(?:(?:a|an|our|your|the|its|their)\s+|"
                              # (or a length straight after the comma, as a table cell prints it: "New Paths, 24-week
                              # group course for men")
                              r"(?=\d{1,2}-(?:week|session|month)\s))"
                              r"(?:(?:[\w'’-]+\s+){0,5}?(?:programme|course|scheme|service(?=\s+(?:for|in|across|covering)\b)|"
                              # (a team named for the work it does with people: "Pennine Edge, a team that works with men
                              # assessed as high-harm", "Safe Steps, the county's team which works with stalkers")
                              r"team(?=\s+(?:that|which|who)\s+(?:works?|meets?|sees?)\s+with\b))|"
                              # (a pilot named for what it offers people: "Safe Harbour, an 18-month pilot which gives
                              # men who have abused a partner a room for a few weeks"; the apposition the pilot itself, no person's or body's
                              # part in it: not "Ann Lee, the manager of a pilot that offers …")
                              r"(?:(?!(?:of|in|on|at|for|with|from|by|to|behind|the|a|an|our|its|their)\b)[\w'’-]+\s+){0,3}?"
                              r"pilot(?=\s+(?:that|which)\s+(?:offers?|gives?|provides?|works?\s+with|houses?)\b))\b")
#: "Harbour, our 20-week group course for men": a one-word brand with a description of a perpetrator course in apposition
#: (or of high-harm work: "Keel, a Drive-style service for the most harmful men")
#: (its length or kind named), not an opening word ("However, the …"), a month or a day
_ONE_WORD_APPOSED_NAME = re.compile(
    r"(?<![\w'’-])(?P<name>(?!(?:However|Instead|Meanwhile|Currently|Today|Now|Overall|Separately|Together|Previously|"
    r"Alongside|Locally|Also|Again|Finally|First|Second|Third|Next|Then|Here|There|This|That|These|Those|Since|Last|Each|"
    r"Every|Under|From|With|After|Before|During|Until|January|February|March|April|June|July|August|September|October|"
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?![A-Z][a-z]+ly\b)[A-Z][a-z]{3,}),\s+"
    r"(?:a|an|our|your|the|its|their)\s+(?=(?:[\w'’-]+\s+){0,2}?(?:[\w]+-(?:week|session|month)|group|behaviour|"
    r"perpetrator|one-to-one|domestic|child-to-parent|stalking|high-harm|high-risk|Drive(?:-style|-model)?)\b)"
    # (the description the course itself, no one's part in it: not "Sarah, a high-risk victim helped by the service for
    # women")
    r"(?:(?!(?:of|in|on|at|for|with|from|by|to|behind|the|a|an|our|its|their)\b)[\w'’-]+\s+){0,5}?"
    r"(?:programme|course|scheme|service(?=\s+for\b))\b")
#: a body named "<Place> Family Support" ("Avonside Family Support", "Lower Dale Family Support"): a name in title
#: case, not whole-family work; "Whole Family Support", "Intensive Family Support" and "Family Support Worker" describe
#: the work and are left to the component terms
_NAMED_FAMILY_SUPPORT = re.compile(
    r"\b(?!(?:Whole|Extra|More|Intensive|Early|Specialist|Targeted|Enhanced|Additional|Independent|Our|The|Further|"
    r"Integrated|Dedicated|Practical|Emotional|Ongoing|Parallel|Partner|Child|Children|Youth)\b)"
    r"(?-i:(?!(?:And|Or|For|With|How|Of|To|In|On|At|By|From|About|Our|The|Your|Their|Child|Children)\b)[A-Z][a-z'’]+"
    r"(?:\s+(?!(?:And|Or|For|With|How|Of|To|In|On|At|By|From|About)\b)[A-Z][a-z'’]+)?\s+Family\s+Support)\b"
    r"(?!\s+(?i:workers?|practitioners?|service))")
# (no function word in the name: "Child And Family Support", "Help For Family Support" describe the work)
_ORG_NAME = re.compile(r"(?:[A-Z][\w'’]*\s+){1,4}(?:Women's|Men's|Project|Advocacy|Aid|Refuge|Centre|Change|Partnership|Trust|CIC|Clinic|Respect|Futures|First|Works|Service|Services|Network|Link|Team|Hub|Unit)\b(?:\s+(?:Aid|Centre|Refuge|Project|Service|CIC|Team))*")
_PERPETRATOR_KINDS = {"behaviour_change_programme", "group_programme", "one_to_one", "stalking_intervention",
                      "case_management", "child_adolescent_to_parent", "high_harm", "named_programme"}
_NOT_PROGRAMME_NAMES = {"Change", "Group", "Behaviour", "The", "This", "Each", "Our", "Their", "Perpetrator", "A", "One",
                        "Programme", "Course", "New", "Women's", "Men's", "Adult", "Domestic", "Abuse"}


def _high_harm_service_after(item: str, after: int, terms) -> re.Match | None:
    """A mention of high-harm work after ``after`` in ``item`` that is a service's own words ("our high-harm service"),
    not a description of people (:data:`_HIGH_HARM_PEOPLE`: "men assessed as high risk")."""
    for value, pattern in _candidates(terms.get("kind", ()), item):
        if value == "high_harm":
            for m in pattern.finditer(item, after):
                if not _HIGH_HARM_PEOPLE.match(item, m.start()):
                    return m
    return None


#: people named by the harm they do ("high-harm perpetrators", "each high-harm perpetrator", "Men assessed as high-harm",
#: "men the police assess as high harm", "men assessed as posing high harm"), or case management labelled by it ("Case
#: management (high harm)"), not by their risk alone ("men assessed as high risk")
_HARM_NAMED_PEOPLE = re.compile(
    r"\b(?:(?:each|every)\s+)?high(?:est)?[- ]harm(?:ing)?\s+(?:perpetrators?|offenders?|abusers?|men|man|women|woman|people|"
    r"person)\b|\b(?:assess(?:ed|es)?|judged?|identified|considered|rated|graded)\s+as\s+(?:posing\s+(?:a\s+)?)?(?:very\s+)?"
    r"high(?:est)?[- ]harm(?:ing)?\b|\bpos(?:ing|e)\s+(?:a\s+)?high(?:est)?[- ]harm\b|"
    r"\bcase[- ]?manage(?:ment|rs?)\s*(?:\(|,\s*)high(?:est)?[- ]harm\b", re.I)


def _harm_case_managed(item: str, sentence: str) -> re.Match | None:
    """The people of case management named by the harm they do ("case management for high-harm perpetrators", "a case
    manager for each high-harm perpetrator", "Men assessed as high-harm are given a case manager", "Case management (high
    harm)"): high-harm perpetrator work, a ``high_harm`` fact beside the case management (the corpus README's
    "High-harm components"); case managers for people named by their risk alone ("a case manager for each man assessed
    as high risk") are case management for them, with no high-harm fact."""
    if "harm" not in item:
        return None
    return _HARM_NAMED_PEOPLE.search(item)


def _add_harm_work(out: dict, line: int, people: str, terms) -> None:
    """The high-harm work of case managers for high-harm people (:func:`_harm_case_managed`) on ``line``, beside a case
    management fact read there outside quotes: for high-harm people, those ``people`` names and the case managers' people
    ("Men assessed as high-harm" → men), with no length of its own (the length is the case managers', the corpus README's "Length of case
    management")."""
    cm = out.get((line, "case_management"))
    if cm is None or cm.in_quote:
        return
    if (line, "high_harm") in out:
        # (the high-harm work already read on the line, "a case manager for each high-harm man": it takes the cohorts
        # the high-harm people's own words give, "man" → men, the corpus README's "Cohorts of high-harm case
        # management"; not the case managers' other people)
        hh = out[(line, "high_harm")]
        named = set(_all(terms.get("cohort", ()), people))
        if not hh.in_quote and named - set(hh.cohorts):
            out[(line, "high_harm")] = replace(hh, cohorts=tuple(sorted(set(hh.cohorts) | named | {"high_harm"})))
        return
    out[(line, "high_harm")] = replace(cm, component="high_harm", duration_value=None, duration_unit="",
                                       duration_qualifier="", duration_min=None, age_min=None, age_max=None,
                                       cohorts=tuple(sorted(set(_all(terms.get("cohort", ()), people)) | set(cm.cohorts) |
                                                            {"high_harm"})))


def _young_ages(ages: re.Match | None) -> re.Match | None:
    """An age range of young people; an adults' range ("men aged 18 to 65") is no young people's cohort."""
    if ages is None:
        return None
    low, high = (int(g) for g in [g for g in ages.groups() if g][:2])
    return None if low >= 18 and high > 25 else ages


#: "Clearwater, a course of 22 weekly group sessions", "Harbour, our programme of 24 weekly sessions": a one-word brand
#: with a course described by its sessions or weeks in apposition
_ONE_WORD_NAME_OF_SESSIONS = re.compile(
    r"(?<![\w'’-])(?P<name>(?!(?:However|Instead|Meanwhile|Currently|Today|Now|Overall|Separately|Together|Previously|"
    r"Alongside|Locally|Also|Again|Finally|First|Second|Third|Next|Then|Here|There|This|That|These|Those|Since|Last|Each|"
    r"Every|Under|From|With|After|Before|During|Until)\b)(?![A-Z][a-z]+ly\b)[A-Z][a-z]{3,}),\s+"
    r"(?:a|an|our|your|its|their)\s+(?:[\w-]+\s+)?(?:programme|course) of (?:up to )?(?:\d+|[a-z]+)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:sessions|weeks|meetings)\b")


def _apposed_names(text: str):
    """The names with a description of a course in apposition after them, in the order printed: two or three words
    ("Steady Ground, your 26-week group course") or one word ("Harbour, our 20-week group course")."""
    one_word = [m for p in (_ONE_WORD_APPOSED_NAME, _ONE_WORD_NAME_OF_SESSIONS) for m in p.finditer(text)
                if not re.search(r"[A-Z][\w'’-]*\s+$", text[: m.start()])]  # (not the last word of a longer name: "West Mercia")
    return sorted(list(_APPOSITIVE_NAME.finditer(text)) + one_word, key=lambda m: m.start())


#: an apposition describing a name as a course or programme ("Harbour Change, a 30-week group course"): the name is the
#: course's, even when its last word is one bodies use too ("Change", "Pathways")
_DESCRIBED_AS_A_COURSE = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:course|programme|program)$", re.I)
#: a subject said to be a programme or course ("X is a 24-week group programme", "X was our course for fathers")
_SAID_TO_BE_A_COURSE = re.compile(r"\s(?:is|was)\s+(?:an?|our|the|its|their)\s+(?:[\w-]+\s+){0,5}(?:programme|course)\b")
#: the legal form of a body's name: a provider, never a course
_LEGAL_FORM = re.compile(r"\b(?:CIC|Ltd|Limited|Trust|Charity|Foundation|plc|LLP|Council|Aid|Refuge|Centre)\b")


#: the cohort tags of high-harm people (the reader's and the corpus's spellings)
_HIGH_HARM_TAGS = frozenset({"high_risk", "high_harm"})


def _body_name(name: str) -> bool:
    """A body's name ("Tame Valley Advocacy", "Home Office", "Kent County Council"), not a programme's."""
    return bool(_ORG_NAME.fullmatch(name) or re.search(
        r"\b(?:Office|Ministry|Department|Council|Police|Constabulary|Government|Commissioner|Authority)\b", name))


#: speech in single quotes, the British style ("Ms Patel said: 'The 20-week course changes lives.'", "‘Our helpline is
#: open every evening,’ she added"): four words or more, so that a name in quotes ('Safe Homes') stays a name
_SINGLE_QUOTED = re.compile(r"[‘'](?=[A-Z0-9])(?P<body>[^‘\"“”\n]*?[^\s])[’'](?=[\s,.;:!?)]|$)")


def _single_quoted(text: str) -> list[tuple[int, int]]:
    """Spans of :data:`_SINGLE_QUOTED` speech, tried only where a quote opens after a space, colon or bracket (or the line
    starts) before a capital or digit (a cheap pass over the quote characters, not a regex tried at every position)."""
    out, k = [], -1
    while True:
        k = min((i for i in (text.find("'", k + 1), text.find("‘", k + 1)) if i != -1), default=-1)
        if k == -1:
            return out
        if (k == 0 or text[k - 1] in " \t:(—–") and (m := _SINGLE_QUOTED.match(text, k)) and len(m.group("body").split()) >= 4:
            out.append(m.span())
            k = m.end() - 1


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Quoted speech in a line (:func:`text._quoted_spans`), less the quoted fields of a row of comma-separated values
    ('SX-P01,Tarn CIC,"Group programme for men, 26 weeks",…': a spreadsheet's quoting, not speech)."""
    spans = _all_quoted_spans(text)
    if ("'" in text or "‘" in text) and (found := _single_quoted(text)):
        spans = sorted(spans + [(a, b) for a, b in found if not any(x <= a < y for x, y in spans)])
    if spans and text.count(",") >= 3:
        spans = [(a, b) for a, b in spans if not (
            (a == 0 or text[a - 1] == ",") and (b >= len(text) or text[b : b + 1] == "," or text[b - 1 : b + 1].endswith(","))
            and not (a == 0 and b >= len(text) - 1 and text.rstrip()[-1:] in "\"”"))]  # (a line that is one
        # quotation, '"These are the men …, and …, changes that."', is speech: a row's field has a comma beside it)
    return spans


def _sentence_quotes(sentence: str) -> list[tuple[int, int]]:
    """A sentence's quoted spans (:func:`_quoted_spans`); a sentence that closes a quotation it did not open (the second
    sentence of a quoted remark: '… mum. Steady Dads gives those fathers a chance.”') is quoted up to the close."""
    spans = _quoted_spans(sentence)
    close, open_ = sentence.find("”"), sentence.find("“")
    if close != -1 and (open_ == -1 or close < open_):
        spans = [(0, close + 1)] + [(a, b) for a, b in spans if a > close]
    return spans


def _block_size(original: dict[int, str], number: int) -> int:
    """How many consecutive lines the quoted block (lines opening with ">") holding line ``number`` runs to."""
    size, k = 1, number - 1
    while original.get(k, "").lstrip().startswith(">"):
        size, k = size + 1, k - 1
    k = number + 1
    while original.get(k, "").lstrip().startswith(">"):
        size, k = size + 1, k + 1
    return size


_LABELLED_FIELD = re.compile(r"^\s*(?:\*\*)?(?:[A-Z]{2,12}|Answer|Response|Reply|Background|Summary|Details|Description)(?:\*\*)?\s*:"
                             r"(?:\*\*)?\s+(?P<rest>.+)$")


def labelled_field(line: str) -> bool:
    """A labelled field of a form or media alert ("WHAT: Launch of the … group programme for men …", "Answer: …") whose
    text is a statement of six words or more: content, though no sentence before it has ended."""
    m = _LABELLED_FIELD.match(line)
    return bool(m) and len(m.group("rest").split()) >= 6 and not re.fullmatch(r"[^a-z]*", m.group("rest")) and \
        not re.search(r"\s[-–·|•]\s", m.group("rest"))  # (not a list of items: "IN THIS ISSUE: Harvest watch - A new course …")


def _is_area(name: str) -> bool:
    """A name that is only a place ("West Mercia"), not a brand holding one ("Reset Notts")."""
    found = find_areas(name)
    return bool(found) and sum(b - a for a, b, _ in found) >= len(name.strip()) - 1


#: "**Fresh Start.** Our 24-week group programme for men …": a bold run-in heading naming the service it describes
#: (also over the sessions it is, its provider in brackets: "**Tuned In (Provider).** Twelve weekly sessions for young
#: people …")
_RUN_IN_NAME = re.compile(r"^\s*(?:>\s*)?(?:[-*•]\s+)?\*\*(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:\s+\([^()*]{1,60}\))?(?:[.:]\*\*|\*\*\s*[:.–—-])\s+"
                          r"(?=[^.]{0,60}?\b(?:programme|course|"
                          r"scheme|group work|service|(?:weekly |group |one-to-one )?sessions)\b)")


#: a run-in heading that titles a report's section, not a service: "**Outcomes.**", "**Funding.**", "**Practice.**"
_SECTION_TITLE = re.compile(r"(?:Outcomes?|Results?|Funding|Finance|Practice|Policy|Summary|Background|Impact|Evaluation|"
                            r"Context|Overview|Delivery|Performance|Learning|Governance|Risks?|Next Steps|Key Points|Progress)")


#: words that open a noun phrase by pointing or counting ("Both courses follow …", "All groups meet …", "Two programmes"): a
#: determiner before a programme's noun, never a brand
_DETERMINERS = frozenset({"The", "This", "That", "These", "Those", "Each", "Every", "Our", "Their", "Its", "His", "Her", "Your",
                          "A", "An", "One", "New", "Another", "Any", "Such", "Both", "All", "Some", "Many", "Most", "Several",
                          "Other", "Either", "Neither", "Few", "Two", "Three", "Four", "Five", "Which", "What", "Whose"})


#: a broadcast someone spoke to or on ("she told our Drivetime programme", "speaking on the Politics Hour programme",
#: "in an interview with our Drive Time show"): a station's programme, not a service delivered to anyone
_BROADCAST_BEFORE = re.compile(r"\b(?:told|telling|speaking\s+(?:to|on)|spoke\s+(?:to|on)|said\s+on|interviewed\s+(?:by|on)|"
                               r"appear(?:ed|ing)\s+on|(?:an\s+)?interview\s+(?:with|on))\s+(?:our|the|its|this)\s+$", re.I)


def _broadcast(text: str, at: int, name: str) -> bool:
    """Whether the name ``name``, found from ``text[at:]``, is a broadcast someone spoke to or on (:data:`_BROADCAST_BEFORE`)."""
    where = text.find(name, at)
    return where >= 0 and bool(_BROADCAST_BEFORE.search(text[max(0, where - 40) : where]))


#: prepositions that open a fronted phrase of place ("In Derbyshire, our stalking service …", "Across Gwent, …")
_PLACE_PREPOSITIONS = frozenset({"In", "Across", "Throughout", "Within", "Outside", "Around", "From", "At"})


@lru_cache(maxsize=1)
def _department_pattern():
    """A government department's name (``local_name_terms.csv``, field ``department``), matched whole."""
    return _name_regex("department")


def _department_name(name: str) -> bool:
    """Whether ``name`` is only a government department's ("Home Office", "Ministry of Justice"): a payer, never a
    programme's brand."""
    return bool(_department_pattern().fullmatch(name.strip()))


def _generic_name(name: str) -> bool:
    """"Behaviour Change", "The", "Group": words any programme is called by, not a brand ("Change Up" is one); nor is a
    place after a preposition, the fronted phrase of a sentence ("In Derbyshire, our stalking service is paid for …")
    and not a brand ("In Step" names no place and stays one)."""
    words = name.split()
    if _department_name(name):
        return True  # ("**Home Office:** the group course and the helpline": a list item's label naming who pays, no brand)
    return words[0] in _DETERMINERS or all(
        w in _NOT_PROGRAMME_NAMES for w in words) or \
        len(words) > 1 and words[0] in _PLACE_PREPOSITIONS and _is_area(" ".join(words[1:]))


# a clause break; not before a participle that goes on describing the same service ("…, pairing case management with …")
_SEGMENT_BREAK = re.compile(r"\s+(?=for (?:each|every) (?:man|woman|person|participant|father|client|perpetrator) on (?:the|a|his|her|their) )|"
                            # ("a case manager for each man on the 26-week group programme": the worker is per man, the
                            # length and the men are the programme's)
                            r"(?:[,;]\s+(?:(?:and|with|while|but)\s+)?|\s+(?:and|while|but|plus)\s+|\s+with\s+(?=(?:a|an)\s))"
                            # (not an -ing word, except "including" opening one of the things named before: "runs
                            # courses for adults, including a 20-week group for fathers")
                            # (or "including" at the end of a stretch searched up to a kind whose words open on
                            # the article: "…, including a 20-week group for fathers", the group's match beginning "a")
                            r"(?!(?!including\s+(?:an?\s|$))\w+ing\b|"
                            r"(?:(?:is|are|was|were|will be|can be|would be)\s+)?(?:delivered|run|led|provided|offered|"
                            r"held|based|taught|spread|split|organised|organized)\b|(?:referred|women|men|fathers|ex-partners)\b|"
                            # (a passive predicate after "and" has the same subject: "runs for 16 weeks and is delivered in
                            # small groups" is one course)
                            r"(?<=[,;]\s)(?:will |would |can |may )?(?:have|has|get|gets|receive|receives|attend|attends|be offered|"
                            r"are offered|is offered)\b|"  # (the predicate after a subject's aside: "People who stalk, referred by …,
                            # will have …"; after "and" it is a second predicate: "gets a case manager and attends 18 group sessions")
                            r"(?:\d+|(?:twenty|thirty|forty|fifty)(?:-[a-z]+)?|one|two|three|four|five|six|seven|eight|nine|ten|"
                            r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b(?!-to-)(?!\s+(?:[\w-]+\s+)?(?:men|women|people|fathers|mothers|perpetrators|participants|partners|"
                            r"families|young people)\b))",  # "between six and twenty sessions": one range, not two clauses
                            # (but "…, and 27 women took part in …": a count of people opens a clause of its own)
                            re.I)  # "for men and women": one group of people, not a new clause
#: the parents a young person harms ("who hit out at their mums and dads") are no cohort of the service
_VICTIM_PARENTS = re.compile(r"\b(?:their|his|her)\s+(?:[\w-]+\s+)?(?:parents?|carers?|mums?|mothers?|dads?|fathers?)"
                             r"(?:\s*(?:and|or|/|,)\s*(?:their\s+)?(?:parents?|carers?|mums?|mothers?|dads?|fathers?))*\b|"
                             # (and the partner or the women they harmed: "men who have abused a female partner")
                             r"\b(?:a|their|his|her|the)\s+(?:current\s+or\s+former\s+)?(?:female|male|women|woman)\s+(?:ex-)?partners?\b|"
                             # (not the people named by the harm they do: "case management for high-harm men")
                             r"(?<!-)(?<!high )(?<!highest )\b(?:abus\w*|harm\w*|hurt\w*|attack\w*|(?:violen\w*|aggressive)\s+(?:towards|against|to))\s+(?:the\s+|their\s+)?(?:women|a woman|"
                             r"girls|men|a man)\b|"
                             # (and the people whose partner is on the course: "the women and men whose partners are on it")
                             r"\b(?:women|men|people|those|anyone)(?:\s+(?:and|or)\s+(?:men|women))?\s+whose\s+(?:ex-|former\s+)?"
                             r"partners?\b", re.I)
#: a length offered to each person ("each person referred will be offered up to twenty sessions")
_EACH_OFFERED = re.compile(r"\b(?:each|every) (?:person|man|woman|father|mother|participant|client|young person|referral|perpetrator|"
                           r"adult|child|family|parent)\b[^.;]{0,40}?\b(?:is|will be|are|gets|get|receives?|can have|has|have|attends?)\b\s+"
                           r"(?:offered\s+|given\s+)?(?P<len>(?:up to|between|about|around|at least)?\s*[\w-]+(?:\s+(?:and|to|-)\s+[\w-]+)?"
                           r"\s+(?:[\w-]+\s+){0,2}?(?:sessions?|weeks?|months?))\b", re.I)
#: the next sentence saying how long the service just named lasts, by a pronoun or its noun ("It offers ten weekly
#: sessions", "The course runs over 26 weeks"): that service's length when it had none
#: (the subject is a pronoun or any determiner before the service's noun, "Each group lasts 24 weeks", "Every course
#: will run over 20 weeks"; the verb in any tense or with a modal, "will last", "is spread over")
_IT_LASTS = re.compile(r"\s*(?:It|They|(?:This|These|The|Each|Every|That|Those|Our|Its|Their)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:programmes?|courses?|services?|schemes?|groups?|interventions?|projects?))\s+(?:also\s+)?"
                       r"(?:(?:will|would|should|can|normally|usually|typically)\s+)?"
                       r"(?:offers?|provides?|gives?|runs?|ran|lasts?|lasted|involves?|consists? of|is made up of|are made up of|"
                       r"takes?|spans?|continues?|meets?(?:\s+weekly)?|(?:is|are|will be|was|were) (?:delivered|run|spread|held))\s+"
                       r"(?:(?:for|over|across|in)\s+)?(?P<len>(?:up to|between|about|around|at least)?\s*[\w-]+(?:\s+(?:and|to|-)\s+[\w-]+)?"
                       r"\s+(?:[\w-]+\s+){0,2}?(?:sessions?|weeks?|months?))\b", re.I)
_VICTIM_WORDS = ("their ", "his ", "her ", "abus", "harm", "hurt", "attack", "violen", "aggress", "female", "male ", "woman ",
                 "women ")
#: a clause attached to the component before it (not a new subject): its people are that component's
_ATTACHED = re.compile(r"\s*[,;]?\s*(?:with|in which|where|whereby|including|through which)\b", re.I)
#: words of an attached clause that refer back to the people of the clause before ("…for men, with one-to-one work for
#: those not ready", "with a case manager for each of them"): without them an attached service names its own people
_REFERS_BACK = re.compile(r"\b(?:those|them|they|their|these|such|the same|him|his|her)\b", re.I)
#: a second predicate of the same subject ("Men are given a key worker and attend a 26-week group course"): the same people
_SAME_SUBJECT = re.compile(r"\s*,?\s*and\s+(?:then\s+|also\s+)?(?:will\s+|can\s+|may\s+)?(?:attends?|joins?|gets?|receives?|"
                           r"takes?|completes?|meets?|goes on|go on|works?|spends?|has|have|is offered|are offered)\b", re.I)
#: "with about 30 men on the caseload at any one time": how many, not whom the service is for (a group's size is said
#: in its people: "Groups will take up to 10 men at a time" is a group of men)
_CASELOAD = re.compile(r"\b(?:about |up to |around |some )?\d+ (?:men|women|people|fathers) on (?:the|its|a|their) caseload\b|"
                       r"\bcase ?loads? of (?:about |up to |around |some )?\d+ (?:men|women|people|fathers)\b|"
                       # (a worker's caseload as a count: "Each case manager holds about 15 men")
                       r"\b(?:holds?|holding|carr(?:y|ies|ying)|manag(?:e|es|ing))\s+(?:about |up to |around |some |no more than )?"
                       r"\d+ (?:men|women|people|fathers)\b|"
                       # (a count of those expected to start or finish: "which the office expects about 150 men to start",
                       # "aims for at least 90 women to complete it": an outcome's count, not whom the work is for)
                       r"\b(?:about |up to |around |some |at least |nearly |almost )?\d[\d,]* (?:men|women|people|fathers) (?:(?:are|were|will be) "
                       r"(?:expected|due|likely|set) )?to (?:start|begin|complete|finish|attend|take part|join|be referred)\b", re.I)
#: a worker for each person ("with a named case worker for each participant"): one per person, whoever they are; the
#: clause names its own people, and takes none from the clause before
_PER_PERSON = re.compile(r"\b(?:for|to|with)\s+(?:each|every)\s+(?:[\w-]+\s+)?(?:person|man|woman|participant|client|"
                         r"perpetrator|father|parent|family|referral|young person|one)\b", re.I)
#: everyone or anyone ("with one-to-one sessions for anyone who needs them", "and everyone on either has a case manager"):
#: the clause names its own people, whoever they are, and takes none from the clause before
_ANYONE = re.compile(r"\b(?:anyone|anybody|everyone|everybody|any (?:man|woman|person|participant|client)|all (?:those|who))\b",
                     re.I)
_SPECIFIC_KINDS = ("stalking_intervention", "high_harm", "child_adolescent_to_parent")
#: kinds that, named in one item, are one service and share its length and people
_ONE_SERVICE = (("behaviour_change_programme", "group_programme"), ("high_harm", "case_management"),
                ("child_adolescent_to_parent", "one_to_one"), ("child_adolescent_to_parent", "group_programme"),
                ("stalking_intervention", "one_to_one"), ("stalking_intervention", "group_programme"))


#: the length a service lasts ("a high-harm service lasting up to 12 months", "…, with case managers, lasting up to 18
#: months"): the service's, not its case managers' (a worker does not last; "case managers work with each man for up to
#: 12 months" is the time they work with him, and shared)
_SERVICE_LASTS = re.compile(r"\b(?:lasting|lasts)\s+(?:for\s+)?(?:up to\s+|about\s+|around\s+|between\s+)?[\w-]+"
                            r"(?:\s+(?:and|to)\s+[\w-]+)?[- ](?:weeks?|months?|years?|sessions?)\b", re.I)


def _length(c: ProgrammeComponent) -> tuple:
    return c.duration_value, c.duration_unit, c.duration_qualifier, c.duration_min


def _with_length(c: ProgrammeComponent, length: tuple) -> ProgrammeComponent:
    value, unit, qualifier, minimum = length
    return replace(c, duration_value=value, duration_unit=unit, duration_qualifier=qualifier, duration_min=minimum)


#: a worker given to each person of a group ("giving each man his own case manager", "in which every man has a case
#: manager", "with a named case manager for each man"): the group is the workers' people (the corpus README's 'Case
#: managers per person'), not the people of the service those workers are in
#: a service named after the Drive model ("a Drive-style service", "the Drive programme"), which says what model it follows,
#: not whom it is for
_DRIVE = re.compile(r"\bDrive\b")
#: words calling a service's people high-harm or high-risk ("for high-harm perpetrators", "the most harmful men", "serial
#: perpetrators", "those who pose the greatest risk")
_CALLED_HIGH_HARM = re.compile(r"\b(?:high(?:est)?[- ]?(?:harm|risk)\w*|most (?:harmful|dangerous|violent|serious)|serial|greatest (?:harm|risk)|"
                               r"posing (?:the )?(?:greatest|highest|most) (?:harm|risk))\b", re.I)


_WORKER_PER_PERSON = re.compile(
    r"\b(?:each|every)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|father|mother|person|perpetrator|participant|client|young person)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:a|an|his|her|their)\s+(?:own\s+)?(?:named\s+)?(?:case[- ]?(?:manager|worker)|key[- ]?worker)\b|"
    r"\b(?:a|an|his|her|their|one)\s+(?:own\s+)?(?:named\s+|dedicated\s+)?(?:case[- ]?(?:manager|worker)|key[- ]?worker)\s+"
    r"(?:for|to|with)\s+(?:each|every)\s+(?:of\s+(?:the|its|their)\s+(?:\d+\s+)?)?(?:[\w-]+\s+){0,2}?"
    r"(?:man|men|woman|women|father|fathers|person|people|perpetrators?|participants?|clients?)\b", re.I)


#: a worker given to each person, before the worker's words ("giving each man his own ", "each has a dedicated ", "in which
#: every perpetrator is assigned a "), or after them ("… case manager for each man")
_EACH_WORKER = re.compile(r"\b(?:each|every)\b(?:\s+[\w'’-]+){0,5}?\s+(?:a|an|his|her|their|one)\s+(?:own\s+)?(?:named\s+|dedicated\s+)?$",
                          re.I)
_FOR_EACH = re.compile(r"\s*(?:for|to|with)\s+(?:each|every)\b", re.I)
#: the person a worker is for and the course they are on ("for each man on the 26-week group programme"): the course's
#: length, not the worker's
_EACH_PERSON_ON = re.compile(r"^\s*(?:for|to|with)\s+(?:each|every)\s+[\w-]+(?:\s+(?:on|in|attending|taking part in)\s+(?:the|a|an|his|"
                             r"her|their)\s+(?:[\w-]+\s+){0,3}?(?:programme|course|group|service|scheme)s?\b)?", re.I)
#: where the clause giving a worker ends: at a new clause or a second predicate of its subject ("Each man gets a case manager
#: and attends 18 group sessions")
_NEXT_CLAUSE = re.compile(r"[;.]|,?\s+(?:and|but|while|whereas|so that)\s+", re.I)
#: where a worker's own relative clause ends: a new clause with a subject of its own ("…, and men who speak little English can have …"),
#: not a second verb of the worker's ("… a case manager, who carries eight cases and works with them for up to 18 months")
_WORKER_CLAUSE_END = re.compile(r"[;.]|,?\s+(?:and|but|while|whereas|so that)\s+(?=(?:the|a|an|men|women|people|those|they|he|"
                                r"she|it|partners|families|each|every|his|her|their)\b|(?-i:[A-Z]))", re.I)


#: the cohorts that name a group of people (not a kind of harm or need)
_GROUP_COHORTS = frozenset({"men", "women", "fathers"})
#: a worker given to people: a case manager, caseworker or key worker
_A_WORKER = re.compile(r"\b(?:case[- ]?(?:manager|worker)s?|key[- ]?workers?)\b", re.I)
#: each person of a group ("each man", "every father", "each of the 25 most harmful men", "each high-harm man")
_EACH_PERSON = re.compile(r"\b(?:each|every)\s+(?:of\s+(?:the|its|their)\s+)?(?:\d+\s+)?(?:[\w-]+\s+){0,3}?"
                          r"(?:man|men|woman|women|father|fathers)\b", re.I)
#: the people a worker is given to, read on from where the worker's words end ("a case manager for each man" + " assessed
#: as high risk"): up to six words, not past a clause's end, nor into a clause about someone else ("each man whose partner
#: is at high risk", "each man where the victim is at high risk") or another person's ("each man and his partner's risk")
_PEOPLE_READ_ON = re.compile(r"(?:\s+(?!(?:and|but|while|who|whose|whom|which|where|when|if|unless|because|for|to|with|his|"
                             r"her|their)\b)(?![\w-]+['’](?:s\b|\s|$))[\w'’-]+){0,6}")


def _high_harm_people_given_workers(text: str) -> list[str]:
    """The people of ``text`` given each a worker whom the same words call high-harm or high-risk ("each man assessed as
    high risk has a case manager", "a case manager for each of the 25 most harmful men", "case managers work with each
    high-harm man"): whom the high-harm work is for as well as the workers' people (the corpus README's 'Case managers per
    person'); a man given a worker and not called so ("in which each man has a case manager") is the workers' alone."""
    if not _A_WORKER.search(text):
        return []
    out = []
    for m in _EACH_PERSON.finditer(text):
        # (the worker in the person's own clause: not "… gives every man a key worker; each woman assessed as high risk
        # gets an IDVA", nor "… each man a case manager, and partners of each high-risk man get an IDVA")
        breaks = [b.span() for b in _WORKER_CLAUSE_END.finditer(text)]
        start = max((e for b, e in breaks if e <= m.start()), default=0)
        end = min((b for b, e in breaks if b >= m.end()), default=len(text))
        if not _A_WORKER.search(text, start, end):
            continue
        people = m.group(0) + _PEOPLE_READ_ON.match(text, m.end()).group(0)
        if _CALLED_HIGH_HARM.search(people):
            out.append(people)
    return out


def _without_workers_per_person(text: str) -> str:
    """``text`` with the workers given to each person of a group left out (:data:`_WORKER_PER_PERSON`)."""
    return _WORKER_PER_PERSON.sub(" ", text)


def _high_harm_people(hh: ProgrammeComponent, cm: ProgrammeComponent) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The people of high-harm work and of its case managers, named as one service.  The high-harm work is for high-harm
    perpetrators and for the people its own words name; its case managers serve those and the people the line gives
    each a case manager ("each man has a case manager" → ``men`` on the case managers only, the corpus README's 'Case
    managers per person': other components keep their own cohorts)."""
    own = set(hh.cohorts) | {"high_harm"}
    return tuple(sorted(own)), tuple(sorted(own | set(cm.cohorts)))


#: a length the case manager's own words give ("a case manager for up to 12 months", "a case manager who stays with him for
#: up to 18 months", "case management, up to 18 months per man"); "a named case manager for each man, for up to twelve
#: months" gives the length of the team's work, not the worker's (the corpus README's "Length of case management")
_CASE_MANAGER_LENGTH = re.compile(r"\bcase[- ]?(?:manag\w*|workers?)\b(?:(?:,?\s+[\w'’-]+){0,14}?\s+for\s+"
                                  r"(?:up to\s+|about\s+|around\s+|at least\s+)?(?:an?|one|\d+|[a-z]+)[- ](?:years?|months?|weeks?)\b|"
                                  r",\s+(?:up to\s+|about\s+|around\s+)?(?:an?|one|\d+|[a-z]+)[- ](?:years?|months?|weeks?)\s+"
                                  r"(?:per|for each|for every|a)\s)|"
                                  # (case managers as their clause's subject, and a length after a comma: "case managers
                                  # hold men assessed as high harm, for up to 12 months each"; not a worker for each person,
                                  # nor a course named before the comma, whose length it is: "case managers work beside the
                                  # group course for fathers, for 20 weeks")
                                  r"\bcase[- ]?(?:managers|workers)\s+(?:hold|carr|work|see|stay|support|keep)\w*"
                                  r"(?:,?\s+(?!(?:each|every|courses?|groups?|programmes?|interventions?)\b)[\w'’-]+){0,12}?,\s+for\s+(?:up to\s+|about\s+|around\s+|at least\s+)?"
                                  r"(?:an?|one|\d+|[a-z]+)[- ](?:years?|months?|weeks?)\b", re.I)


#: a man said to work with his case manager for a length ("each man works with a case manager for up to 14 months"):
#: the length is the worker's alone
_WORKS_WITH_A_CASE_MANAGER = re.compile(r"\b(?:each|every)\s+(?:man|woman|person|perpetrator)\s+(?:works|is working|will work)\s+"
                                        r"with\s+(?:a|an|his|her|their)\s+(?:own\s+|named\s+|dedicated\s+)?case[- ]?manager\s+for\b",
                                        re.I)


#: a worker given to everyone on the programme in a clause of its own ("Each man on it is given a case worker, and …",
#: "Every woman on the course has her own key worker; …"), before another clause that passes some of them to high-harm work
_WORKER_FOR_EVERYONE_ON = re.compile(
    r"\b(?:each|every)\s+(?:man|woman|person|father|mother|participant|client|perpetrator)\s+on\s+(?:it|the|this|that|our|its|"
    r"his|her|their)\b[^,;.]{0,40}?\b(?:case[- ]?(?:manager|worker)|key[- ]?worker)s?\b(?P<rest>[^,;.]*)[,;]\s*(?:and\s+|but\s+)?"
    r"(?P<next>[^.]*)", re.I)
_HARM_WORDS = re.compile(r"\bhigh(?:est)?[- ](?:risk|harm)|\b(?:greatest|highest|most)\s+(?:risk|harm|danger)|\bdangerous\b", re.I)


def _workers_for_everyone_on_it(text: str) -> bool:
    """Whether ``text`` gives a case worker to everyone on the programme in a clause that says nothing of high harm, the
    high-harm work coming in a later clause ("Each man on it has a case worker, and those posing the highest risk are
    passed to a high-harm team"): the workers are not the high-harm work's (corpus README, "High-harm work": other
    components on the line keep their own cohorts)."""
    m = _WORKER_FOR_EVERYONE_ON.search(text)
    return bool(m) and not _HARM_WORDS.search(text[: m.start("rest")] + m.group("rest")) and bool(_HARM_WORDS.search(m.group("next")))


#: people named high-harm by an assessment ("men the police assess as high harm", "each man assessed as posing high
#: harm"), and the nouns of a high-harm service ("a Drive-style service", "the high-harm team"): a sentence naming only
#: the former gives its high-harm fact no length of its own (README, "Length of case management")
_ASSESSED_AS_HIGH_HARM = re.compile(r"\b(?:assess(?:es|ed)?|judged?|identif(?:y|ies|ied)|consider(?:s|ed)?|rat(?:e|es|ed)|"
                                    r"grad(?:e|es|ed))\s+as\s+(?:posing\s+(?:a\s+)?)?(?:very\s+)?high(?:est)?[- ](?:risk|harm)\b", re.I)
#: case management called high-harm by its own words: "High-harm case management", "Case management (high harm)"
_CASE_MANAGEMENT_CALLED_HIGH_HARM = re.compile(r"\bhigh(?:est)?[- ]harm\s+case[- ]?management\b|"
                                               r"\bcase[- ]?management\s*(?:\(|,\s*|[–—-]\s*)high(?:est)?[- ]harm\b", re.I)
#: the case manager's own words giving the length ("a case manager for each man, for up to 12 months"), not only a
#: length beside "high-harm case management" ("High-harm case management (18 mths)", the work's own length)
_CASE_MANAGERS_OWN_LENGTH = re.compile(r"\bcase[- ]?managers?\b[^.;()–—]{0,40}?\bfor\s+(?:up to\s+|about\s+|around\s+)?"
                                       r"[\w-]+\s+(?:months?|weeks?|years?)\b", re.I)
#: case managers, the sentence's workers, working with people for a length ("case managers who work with the
#: highest-harm men for up to a year", "case workers working with each man for up to 12 months")
_CASE_MANAGERS_WORK_WITH_FOR = re.compile(
    r"\bcase[- ]?(?:managers?|workers?)\s+(?:who\s+(?:will\s+)?)?(?:work|works|working)\s+with\b[^.;]{0,80}?"
    r"\bfor\s+(?:up to\s+|about\s+|around\s+)?[\w-]+\s+(?:months?|weeks?|years?)\b", re.I)
_HIGH_HARM_SERVICE_NOUN = re.compile(r"\b(?:Drive|service|team|model|desk|strand|unit|project)\b", re.I)
#: a case manager given to each person, with the worker's length, in a "with" phrase after the service ("a Drive-style
#: service for high-harm perpetrators, with a case manager for each man for up to 12 months", "…, with a case manager who
#: stays with each man for up to 18 months"): the length is the case manager's, and the service's only where the line
#: names a service (README, "Length of a case-managed high-harm service"); "…, with a case manager for up to 18 months"
#: names no person and is left alone
_WITH_A_CASE_MANAGER_PER_PERSON = re.compile(
    r",\s+with\s+(?:a|an)\s+(?:own\s+|named\s+|dedicated\s+)?case[- ]?(?:manager|worker)\s+"
    r"(?:for\s+(?:each|every)\s+[\w-]+|(?:who\s+(?:stays|works|will stay|will work)|staying|working)\s+with\s+(?:each|every)\s+[\w-]+)"
    r"\s+for\s+(?:up to\s+|about\s+|around\s+)?[\w-]+\s+(?:months?|weeks?|years?)\b", re.I)
#: people who are the sentence's subject given a case manager for a length, the service named only after it ("Men assessed
#: as high risk get a case manager for up to 12 months through our high-harm service", "Men assessed as high-harm are held
#: by a case manager for up to 18 months under a Drive-style model"): the length is the case manager's, and the service's
#: only where the line names one (README, "Length of a case-managed high-harm service"); a service that is the subject or comes first ("A high-harm service in which each man has a case manager
#: for up to 12 months", "Men on the Drive service get …") is left alone
_PEOPLE_GIVEN_A_CASE_MANAGER = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:each|every|all)\s+)?(?P<people>(?:men|man|women|woman|people|person|perpetrators?)\b[^.;,]{0,60}?)"
    r"\b(?:get|gets|are given|is given|will be given|have|has|will have|are held by|is held by|are assigned|is assigned|"
    r"receive|receives)\s+(?:a|an|his|her|their)\s+(?:own\s+|named\s+|dedicated\s+)?case[- ]?(?:manager|worker)s?\s+for\s+"
    r"(?:up to\s+|about\s+|around\s+)?[\w-]+\s+(?:months?|weeks?|years?)\b", re.I)


def _length_is_the_case_managers(text: str) -> bool:
    """Whether ``text`` gives its length to the case manager of each person and not to a high-harm service beside it
    (:data:`_WITH_A_CASE_MANAGER_PER_PERSON`, :data:`_PEOPLE_GIVEN_A_CASE_MANAGER`)."""
    if _WITH_A_CASE_MANAGER_PER_PERSON.search(text):
        return True
    m = _PEOPLE_GIVEN_A_CASE_MANAGER.search(text)
    return bool(m) and not _HIGH_HARM_SERVICE_NOUN.search(m.group("people"))


def _one_service(out: dict, pair: list, lasts, per_person: dict | None = None, text: str | None = None) -> None:
    """Two kinds named as one service (:data:`_ONE_SERVICE`; ``pair`` their two keys) share their length and people:
    high-harm work its own people and its case managers all their people (:func:`_high_harm_people`), the others one's people when the other has none.  The
    length the service lasts (``lasts``, :data:`_SERVICE_LASTS`) is the high-harm work's, never its case managers'; nor is
    the length of a service whose case managers are one for each person (``per_person``, their keys: "works with them for
    up to 12 months, giving each man his own case manager"), unless the worker's own words give it ("each man has a case
    manager for up to 12 months")."""
    a_, b_ = out[pair[0]], out[pair[1]]
    if a_.in_quote or b_.in_quote:
        return
    if {k for _, k in pair} == {"high_harm", "case_management"}:
        hh, cm = (a_, b_) if a_.component == "high_harm" else (b_, a_)
        lasting = (lasts.value, lasts.unit) if lasts else None
        per_person = per_person or {}
        service = per_person.get((cm.source_line, "case_management"))  # (the length the workers' clause gave the service)
        hh_length = _length(hh) if hh.duration_value is not None else _length(cm) if cm.duration_value is not None or \
            service is None else (service.value, service.unit, service.qualifier, service.minimum)
        if hh.duration_value is None and lasts is None and text is not None and _CASE_MANAGER_LENGTH.search(text) \
                and _WORKS_WITH_A_CASE_MANAGER.search(text) and not _HIGH_HARM_SERVICE_NOUN.search(text):
            hh_length = (None, "", "", None)  # ("High-harm men: each man works with a case manager for up to 14 months":
            # no service named, so the length is the case manager's alone; a service named on the line lasts it too,
            # README, "Length of a case-managed high-harm service")
        cm_length = _length(cm) if cm.duration_value is not None and (cm.duration_value, cm.duration_unit) != lasting \
            else _length(hh) if (hh.duration_value, hh.duration_unit) != lasting and \
            (cm.source_line, "case_management") not in per_person else (None, "", "", None)
        if text is not None and not _CASE_MANAGER_LENGTH.search(text):
            cm_length = (None, "", "", None)  # (the length is the high-harm work's: its workers' words give none)
        if text is not None and lasts is None and _length_is_the_case_managers(text) \
                and not _HIGH_HARM_SERVICE_NOUN.search(text):
            hh_length = (None, "", "", None)  # ("Case management for high-harm perpetrators, with a case manager for each
            # man for up to 12 months": no service named, the case manager's alone; "a Drive-style service …, with a case
            # manager for each man for up to 12 months" lasts it too, README, "Length of a case-managed high-harm service")
        if text is not None and lasts is None and _CASE_MANAGERS_WORK_WITH_FOR.search(text) \
                and not _HIGH_HARM_SERVICE_NOUN.search(text):
            hh_length = (None, "", "", None)  # ("case managers who work with the most harmful men for up to a year":
            # the high-harm work is only the case managers' people, no service named, README, "High-harm components")
        if text is not None and _ASSESSED_AS_HIGH_HARM.search(text) and not _HIGH_HARM_SERVICE_NOUN.search(text):
            hh_length = (None, "", "", None)  # (the high-harm work is only its people, "men the police assess as high
            # harm": the length is their case managers', not a high-harm service's)
        if text is not None and _CASE_MANAGEMENT_CALLED_HIGH_HARM.search(text) and not _HIGH_HARM_SERVICE_NOUN.search(text) \
                and _CASE_MANAGERS_OWN_LENGTH.search(text) and hh_length[0] is not None:
            # ("High-harm case management – a case manager for each man, for up to 12 months": the high-harm work is the
            # case management itself, no service of its own, so the length its line gives is the case managers')
            cm_length, hh_length = cm_length if cm_length[0] is not None else hh_length, (None, "", "", None)
        own, people = _high_harm_people(hh, cm)
        if text is not None and _high_harm_people_given_workers(text):
            # ("a high-harm team, with a caseworker for each of the 25 most harmful men": the men the line calls
            # high-harm are whom the service is for, not only its case managers' people)
            own = tuple(sorted(set(own) | (set(cm.cohorts) & _GROUP_COHORTS)))
        if text is not None and _DRIVE.search(text) and not _CALLED_HIGH_HARM.search(text) and "high_harm" not in hh.cohorts:
            # ("a Drive-style model, where every man gets a case manager": the model is named, its people are not
            # called high-harm, so neither fact has the high_harm cohort; README, "High-harm work")
            own, people = tuple(c for c in own if c != "high_harm"), tuple(c for c in people if c != "high_harm")
        worker_clause = _WORKS_WITH_A_CASE_MANAGER.search(text) if text is not None else None
        if worker_clause and "men" in own and not re.search(
                r"\b(?:men|man|males?|fathers)\b", text[: worker_clause.start()] + text[worker_clause.end():], re.I):
            own = tuple(c for c in own if c != "men")  # (the man is named only in his case manager's clause: the service's
            # people are those its own words name, "the highest-harm perpetrators")
        if text is not None and _workers_for_everyone_on_it(text):
            people = cm.cohorts  # (the workers are every participant's, not the high-harm team's)
        out[(hh.source_line, "high_harm")] = _with_length(replace(hh, cohorts=own), hh_length)
        out[(cm.source_line, "case_management")] = _with_length(replace(cm, cohorts=people), cm_length)
        return
    for key_, this, other in ((pair[0], a_, b_), (pair[1], b_, a_)):
        out[key_] = replace(this, duration_value=this.duration_value if this.duration_value is not None
                            else other.duration_value, duration_unit=this.duration_unit or other.duration_unit,
                            duration_min=this.duration_min if this.duration_value is not None else other.duration_min,
                            cohorts=this.cohorts or other.cohorts,
                            age_min=this.age_min if this.age_min is not None else other.age_min,
                            age_max=this.age_max if this.age_min is not None else other.age_max)

#: a share of the partners supported or offered support ("83% of partners supported by X said …", "two thirds of the
#: partners supported by X", "Of the 64 partners supported by X, 47 …", "38 partners were offered support and 29 …"): a
#: result counting partners, not the support described (a body that 'supported 164 partners' still describes it)
_PARTNERS_COUNTED = re.compile(
    r"(?:\b\d{1,3}(?:\.\d+)?\s*(?:%|per\s?cent)|\b[A-Za-z]+(?:-[a-z]+)?\s+per\s?cent|\b(?:three quarters|two thirds|half|a third|"
    r"a quarter))\s+of\s+(?:the\s+|all\s+)?"
    r"(?:\d[\d,]*\s+)?(?:(?:ex-)?partners\s+(?:(?:who\s+)?(?:were|was)\s+)?(?:supported|offered support|helped)\s+by\b|"
    # (the participle before the noun: "81% of supported partners reported feeling safer")
    r"(?:supported|helped|contacted)\s+(?:ex-)?partners\b)|"
    r"\b[Oo]f\s+(?:the\s+)?\d[\d,]*\s+(?:(?:ex-)?partners)\s+(?:(?:who\s+)?(?:were|was)\s+)?(?:supported|offered support|helped)\b|"
    r"\b\d[\d,]*\s+(?:(?:ex-)?partners)\s+(?:were|was)\s+offered\s+support\s+and\s+\d|"
    # (a share in words: "Eight in ten partners we supported told us they felt safer", "nine out of ten partners it helped")
    r"\b(?:[A-Za-z]+|\d{1,2})\s+(?:in|out of)\s+(?:ten|10)\s+(?:of\s+)?(?:the\s+)?(?:ex-)?partners\s+"
    r"(?:(?:we|it|they|she|he|the service|who were|who was)\s+)?(?:supported|helped|contacted|worked with)\b", re.I)

#: a count of partners in a sentence: a number, share or percentage of them, or a body that supported, contacted or
#: worked with a number of them ("X contacted 203 partners", "three quarters of the partners it supported", "Of the
#: partners the service contacted, 83 per cent accepted help"): a result, not the support described (README,
#: "Partners counted in results")
_NUM = (r"(?:\d[\d,]*(?:\.\d+)?\s*(?:%|per\s?cent)?|(?:[a-z]+-)?[a-z]+\s+per\s?cent|half|a third|two thirds|three quarters|"
        r"a quarter|most|nearly all|almost all|"
        # (a share in words: "three in four partners", "nine out of ten partners")
        r"(?:one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out of)\s+(?:two|three|four|five|six|seven|"
        r"eight|nine|ten|\d{1,2}))")
_PARTNERS_COUNT = re.compile(
    r"(?<![/\d])\b" + _NUM + r"\s+(?:\(\d+%\)\s+)?(?:of\s+)?(?:the\s+|their\s+|those\s+|all\s+)?(?:\d[\d,]*\s+)?(?:(?:men|man)['’]s\s+)?"
    r"(?:ex-)?partners\b|"
    # (a body's count of the partners, women or victims it supported: "Our partner support workers contacted 133 women")
    r"\b(?:supported|contacted|worked with|helped|reached|offered support to|gave support to)\s+(?:\d[\d,]*)\s+"
    r"(?:(?:ex-)?partners|women|victims|survivors)\b|"
    # (a count asked for: "must report … the number of partners offered support")
    r"\bnumbers?\s+of\s+(?:(?:ex-)?partners|partners\s+and\s+ex-partners)\b|"
    r"\b[Oo]f\s+(?:the\s+)?(?:ex-)?partners\b[^.;£]{0,70}?,\s*" + _NUM + r"\b", re.I)
#: a results table's row counting partners ("| Partners offered support | 301 | 344 |", "Partners supported   105"), or a
#: list item labelling its count ("* Partners offered support: 121; took it up: 88")
_PARTNERS_ROW = re.compile(r"\s*(?:<tr>\s*<td>|\||<li>|[-*•]\s)?\s*(?:ex-)?partners\b[^|<£\d:]{0,60}?(?:</td>\s*<td>|\||\s{3,}|:)"
                           r"\s*\d", re.I)


#: a relative clause reporting what a body found ("…, which reports that three quarters of the partners it supported …"):
#: its counts are that body's results, not the clause describing the support
_REPORTED_AFTER = re.compile(r",\s+(?:which|who)\s+(?:also\s+)?(?:reports?|reported|says?|said|found|finds|records?|recorded)\b",
                             re.I)


def _counts_partners(sentence: str) -> bool:
    """Whether ``sentence`` counts partners: a number or share of them, or a number of them supported, contacted or
    worked with ("X contacted 203 partners", "three quarters of the partners it supported", "Of the partners the
    service contacted, 83 per cent accepted help")."""
    return bool(_PARTNERS_COUNT.search(sentence))


def _apposed_service(out: dict, item_list: list[str], item_no: int, kinds: list[str], previous_kinds: list[str],
                     lines: set[int], lasts, per_person: dict | None = None) -> None:
    """A service described in apposition after the item naming it ("the behaviour change programme, a 27-week group
    course for men") is that service: the two kinds, one in each item, share their length and people (as
    :data:`_ONE_SERVICE` in one item)."""
    if not item_no or not previous_kinds or not re.match(r"(?:an?|our|its|their)\s", item_list[item_no], re.I) or \
            not re.search(r"\b(?:programme|course|service|scheme|intervention|work|strand)\s*$", item_list[item_no - 1], re.I):
        return  # (the description follows the words naming the service, at the end of the item before it)
    for one_service in _ONE_SERVICE:
        first = [k for k in previous_kinds if k in one_service]
        second = [k for k in kinds if k in one_service and k not in first]
        if len(first) == 1 and len(second) == 1:
            pair = [(n, k) for n, k in out if k in (first[0], second[0]) and n in lines]
            if len(pair) == 2 and len({n for n, _ in pair}) == 1:
                _one_service(out, pair, lasts, per_person)


#: a sentence taking up the service of the sentence before by a pronoun or "the service" ("X will deliver it, with a case
#: manager for each perpetrator", "The service gives each man a case manager")
_BACK_TO_SERVICE = re.compile(r"\b(?:deliver|run|provide|lead|staff|manage|operate)s?\s+it\b|^\W*(?:It|The service|This service|"
                              r"The team|That service)\s+(?:will\s+|also\s+)?(?:gives?|pairs?|offers?|provides?|assigns?|allocates?|"
                              r"has|uses|includes)\b|"
                              # (or gives each of its people a case manager at once: "Each man will be given a case manager")
                              r"^\W*(?:Each|Every)\s+(?:man|woman|person|perpetrator|participant|father|client)\s+(?:referred\s+)?"
                              r"(?:will\s+(?:be\s+given|get|have)|is\s+given|gets|has)\s+(?:a|an|his|her|their)\s+(?:own\s+)?"
                              r"(?:named\s+)?case\s*(?:manager|worker)\b")

#: the partners, children or families of the people on a course ("each partner and former partner of a man on X", "the
#: children of men on the group programme"), just before the course's words: the course is where those people are, the
#: service described is the one for their partners or children
_OTHERS_OF_PEOPLE_ON = re.compile(r"\b(?:partners?|ex-partners?|children|child|famil(?:y|ies)|wives|wife|victims?)\s+of\s+"
                                  r"(?:a|the|each|every|all|any)?\s*(?:man|men|woman|women|fathers?|perpetrators?|participants?|"
                                  r"people|those)\s+(?:who\s+(?:are|is)\s+)?(?:on|attending|in|taking part in|referred to)\s+"
                                  r"(?:(?:the|a|an|our|its|their)\s+)?(?:[\w-]+\s+){0,2}$", re.I)
#: the people said to be on a named programme, just before its name ("each man on X", "partners of men on X", "fathers
#: attending X"): they are the programme's people, whatever service the sentence describes for others
_PEOPLE_ON_NAME = re.compile(r"\b(?:(?:each|every|a|any|the)\s+(?:man|woman|father|dad|mother|mum|young person|person|participant|"
                             r"client)|men|women|fathers|dads|mothers|mums|young people|people|participants|everyone|anyone|"
                             r"(?<=whose )(?:ex-|former )?partners)\s+"  # ("the women whose partners are on X": those on it)
                             r"(?:who\s+)?(?:(?:are|is|was|were|has been|have been)\s+)?"  # ("while a man is on X")
                             r"(?:on|attending|taking part in)\s+(?:the\s+)?$", re.I)


_PLURAL_PERSON = {"man": "men", "woman": "women", "father": "fathers", "dad": "dads", "mother": "mothers", "mum": "mums",
                  "young person": "young people"}


def _people_put_on(sentence: str, at: int) -> bool:
    """Whether the words just before ``sentence[at:]`` say people are on what is named there ("each person on", "men on")."""
    return bool(_PEOPLE_ON_NAME.search(sentence[max(0, at - 60) : at]))


def _people_on_name(terms, before: str) -> set[str]:
    """The cohorts of the people the words just before a programme's name put on it ("every man on" → men; "each person
    on" puts people on it but names no cohort: see :data:`_PEOPLE_ON_NAME` for whether any are put on it)."""
    people = _PEOPLE_ON_NAME.search(before[-60:])
    if people is None:
        return set()
    # (the cohort words count "each man" but not "a man": read the singular as its plural)
    plural = re.sub(r"\b(?:each|every|a|any|the)\s+(man|woman|father|dad|mother|mum|young person)\b",
                    lambda m: _PLURAL_PERSON[word_key(m.group(1))], people.group(0), flags=re.I)
    return set(_all(terms.get("cohort", ()), plural))


#: whom "violent at home" says is violent: child-to-parent work needs a young person doing it or a parent harmed ("young people
#: who are violent at home"); adults violent at home ("a programme for fathers who have been violent at home") are the
#: perpetrators of a course for adults, not children violent towards their parents
_YOUNG_OR_PARENT = re.compile(r"\b(?:child(?:ren)?|young|youths?|teen\w*|adolescen\w*|sons?|daughters?|year[- ]olds?|aged\s+\d|"
                              r"pupils?|parents?|carers?|siblings?)\b|\bages?\s+\d", re.I)
_AT_HOME_ONLY = re.compile(r"violent (?:at home|towards them)", re.I)


def _adults_violent_at_home(match: re.Match, item: str) -> bool:
    """Whether a child-to-parent match is only "violent at home" said of people its item never calls young nor names a
    parent they harm ("fathers who have been violent at home")."""
    return bool(_AT_HOME_ONLY.fullmatch(match.group(0))) and not _YOUNG_OR_PARENT.search(item)


#: a noun the kind's words qualify that is figures, a budget line or a body overseeing it, not the service ("helpline
#: figure", "partner safety figures", "the case management line", "the perpetrator programme board")
_FIGURES_OF = re.compile(r"\s+(?:figures?|data|statistics|stats|line|budget|underspend|overspend|cost centre|"
                         # (or a body overseeing it: "chairs the perpetrator programme board")
                         r"board|steering group|committee|forum)\b", re.I)
#: a service said in its own clause not to be funded or turned down ("the third strand, a service
#: for people who stalk, was not funded", "the stalking strand had been turned down")
_NOT_FUNDED = re.compile(r"\b(?:was|were|is|are|has been|have been|had been|will be)\s+(?:not\s+(?:funded|successful|"
                         r"approved|paid for|commissioned|going ahead|continued)|turned down|refused|rejected|unsuccessful|"
                         r"decommissioned|withdrawn)\b", re.I)


def _one_clause(item: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two spans of an item lie in one clause: no clause break (:data:`_SEGMENT_BREAK`) between them."""
    lo, hi = min(a[1], b[1]), max(a[0], b[0])
    return lo <= hi and not _SEGMENT_BREAK.search(item, lo, hi) or lo > hi


#: what lies between a programme's generic words and the one-to-one sessions it is made of ("a programme for women who use
#: violence, of up to 16 one-to-one sessions", "a course for fathers comprising ten one-to-one sessions"): the programme
#: is that one-to-one work, not a second service beside it (not "with …", which adds a piece to the programme)
_MADE_OF = re.compile(r"[^.;£]{0,90}?,?\s+(?:of|made up of|consisting of|consists of|comprising|comprises)\s+"
                      r"(?:up to\s+|between\s+|about\s+|around\s+)?(?:[\w-]+\s+){0,4}?", re.I)


#: what lies between a course's generic words and the group programme its copula says it is ("The county's course for
#: fathers, run by X, is a 16-week group programme"): the course's own words (a short place or people phrase, "in Dover",
#: "for men in the north of the county"), at most one parenthetical naming who runs or funds it, then the copula; not a
#: second clause with a subject of its own ("The course in Hythe runs for 24 weeks, while the one in Deal is a ten-week
#: group course", "a course for men in Ryde, and in Cowes there is a group programme for fathers")
_IS_A_BEFORE = re.compile(r"(?:\s+(?:in|at|across|for|of|from|on)(?:\s+(?!(?:and|or|but|while|whereas|there|then|so|runs?|"
                          r"ran|lasts?|is|was|are|were|has|have|had|will|which|that|one)\b)[\w'’-]+){1,6}?)?"
                          r"(?:,\s+(?:run|funded|delivered|provided|commissioned|led|paid for)\s+by\s+[^,.;:£]{1,60}?,)?"
                          r"\s+(?:is|was|will be)\s+(?:an?|one)\s+(?:[\w-]+\s+){0,3}?", re.I)
#: a generic programme word that is itself a kind the text names ("behaviour change programme", "perpetrator programme"):
#: counted with the group programme it is said to be (the corpus README's Format: both when the text says both)
_NAMED_AS_A_KIND = re.compile(r"\b(?:behaviou?r[- ]change|perpetrator)\b", re.I)


def _without_generic(kinds: list[str], spans: dict[str, tuple[int, int]], item: str = "") -> list[str]:
    """A generic programme word inside a more specific kind's phrase ("stalking perpetrator
    intervention") is that kind, not also a behaviour change programme; so is one heading the kind named after its colon
    or dash ("Perpetrator programme: case management", a budget line's part)."""
    if "behaviour_change_programme" not in kinds:
        return kinds
    a, b = spans["behaviour_change_programme"]
    if any(k in kinds and spans[k][0] < b and a < spans[k][1] for k in _SPECIFIC_KINDS) or \
            (head := re.match(r"\s*(?::|\s[-–—])\s*", item[b:])) and any(
                k in kinds and spans[k][0] == b + head.end() for k in kinds if k != "behaviour_change_programme"):
        return [k for k in kinds if k != "behaviour_change_programme"]
    if "one_to_one" in kinds and spans["one_to_one"][0] >= b and _MADE_OF.fullmatch(item[b : spans["one_to_one"][0]]):
        return [k for k in kinds if k != "behaviour_change_programme"]  # "a programme …, of up to 16 one-to-one sessions"
    if "group_programme" in kinds and spans["group_programme"][0] >= b and not _NAMED_AS_A_KIND.search(item[a:b]) \
            and _IS_A_BEFORE.fullmatch(item[b : spans["group_programme"][0]]):
        return [k for k in kinds if k != "behaviour_change_programme"]  # "The course for fathers, run by X, is a
        # 16-week group programme": the course is that group programme, said once
    return kinds


#: a count of people and what they did ("63 men started the course", "40 have completed"): a result
_RESULT_CLAUSE = re.compile(r"\b\d[\d,]*\s+(?:[\w-]+\s+)?(?:men|women|people|fathers|mothers|perpetrators|participants|partners|"
                            r"families|young people)\s+(?:have\s+|had\s+|were\s+|then\s+)?(?:started|began|completed|finished|"
                            r"joined|attended|took part|were referred|dropped out)\b", re.I)


#: a count of people, referrals or families, or a share of people ("at least 180 men", "60 per cent of men", "350
#: referrals", "120 families a year")
_PEOPLE_COUNT = (r"(?:(?:\d[\d,]*(?:\.\d+)?\s*(?:%|per\s?cent)|(?:[a-z]+-)?[a-z]+\s+per\s?cent|three quarters|two thirds|half|a third|"
                 r"a quarter)\s+of\s+(?:the\s+|all\s+|those\s+)?|\b\d[\d,]*\s+(?:(?:more|new|further|extra|additional)\s+)?"
                 r"(?:[\w-]+\s+)?)(?:men|women|people|fathers|mothers|young people|families|perpetrators|participants|"
                 r"referrals|staff|practitioners|professionals|workers|officers|teachers|nurses|cases|adults|clients)\b")
#: a kind or a programme's name as the object of a count of people's starting, finishing, joining or being taken on or
#: referred ("expects at least 180 men to start a group", "60 per cent of men who start a group", "212 men were referred
#: to Turning Tides", "350 referrals to Tidewise", "120 families a year in the child-to-parent service", "90 men to be
#: taken on by the high-harm service"): a result or a target naming the service (the corpus README's "Programmes named
#: in results"), not the service described (up to the words naming it: "start a group", "the 24-week group")
_COUNTED_INTO = re.compile(
    _PEOPLE_COUNT + r"[^;:.()]{0,40}?(?:\b(?:to\s+|who\s+(?:have\s+|had\s+|will\s+)?|will\s+|would\s+|should\s+|have\s+|had\s+|"
    r"were\s+|are\s+|being\s+)?(?:be\s+)?(?:start(?:s|ed|ing)?|begin|began|begun|complet(?:e|es|ed|ing)|join(?:s|ed|ing)?|"
    r"finish(?:es|ed|ing)?|attend(?:s|ed|ing)?|taken on by|take on|take part in|took part in|taking part in|"
    r"(?:be\s+)?referred (?:to|into)|go(?:ing)? through|went through)|(?<=referrals)\s+(?:a year\s+)?(?:to|into|for)|"
    r"(?<=families)\s+a year\s+in)\s+(?:(?:the|a|an|its|their|our|this|that)\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)
#: a target's or expectation's service that takes on a number of people ("expects the high-harm service to take on about
#: 60 men a year"): the service named as what a target counts
_TAKES_ON_COUNT = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:to|will|would|should)\s+(?:take on|work with|see|reach|support|help|"
                             # (a count of referrals it expects: "X expects to receive 90 referrals in its first year")
                             r"receive|take|accept|start|complete)\s+(?:about|around|some|at least|more than|over|nearly)?\s*\d", re.I)
#: people counted as trained, before the words that name the training ("260 frontline staff trained")
_COUNTED_TRAINED = re.compile(_PEOPLE_COUNT + r"\s+(?:(?:were|was|have been|had been|to be|being)\s+)?$", re.I)
#: the next cell of a row holding a figure (after a column gap, a bar or a cell's tag): the row counts what it names
_FIGURES_CELL = re.compile(r"\s*(?:\||\t|\s{3,}|</t[dh]>\s*<t[dh][^>]*>)\s*\**\d")
_TARGET_WORDS = re.compile(r"\b(?:expects?|expected|expecting|aims?|aiming|aimed|targets?|outputs?|forecasts?|hopes?|plans? for)\b",
                           re.I)


def _counted_object(text: str, a: int, b: int) -> bool:
    """Whether the kind or name at ``text[a:b]`` is what a count of people did or is to do (:data:`_COUNTED_INTO`), or the
    service a target counts people for (:data:`_TAKES_ON_COUNT`): a result or a target, not the service described."""
    head = text[a:b]
    last = head.rfind(" ", 0, len(head.rstrip()) - 1) + 1 if " " in head.strip() else 0
    before = text[max(0, a - 100) : a + last]
    if _COUNTED_INTO.search(before):
        return True
    if head[:5].lower() == "train" and (_COUNTED_TRAINED.search(text[max(0, a - 60) : a]) or
                                        _FIGURES_CELL.match(text, b)):
        return True  # "260 frontline staff trained", "310 staff were trained in 2024/25"; a row counting the people
        # trained ("Practitioners trained      90      100")
    return bool(_TARGET_WORDS.search(text) and _TAKES_ON_COUNT.match(text, b))


#: a person named by an object pronoun in a component's clause ("sees him one-to-one", "works with her for 12 weeks"), and the
#: people earlier in the sentence it can stand for ("Every man on the course has a case manager, who also sees him …")
_HIM = re.compile(r"\b(?:him|her)\b(?=\s*(?:[,.;:)]|$|\s+(?:one-to-one|individually|for|every|each|weekly|fortnightly|at|in|"
                  r"on|until|throughout|through|with|to|about|regularly|again|once)\b))", re.I)
_PRONOUN_ANTECEDENT = {"him": re.compile(r"\b(?:each|every|the|a)\s+(?:[\w-]+\s+)?man\b|\bmen\b", re.I),
                       "her": re.compile(r"\b(?:each|every|the|a)\s+(?:[\w-]+\s+)?woman\b|\bwomen\b", re.I)}


#: a sentence opening with whom it is about ("For younger men, a shorter route …", "For women who use abuse, …"):
#: the people of every service the sentence then names
_FRONTED = re.compile(r"\s*(?:For|Among)\s+((?:(?:younger|older|young|other|some|those)\s+)?(?:men|women|fathers|dads|"
                      r"mothers|mums|young people|teenagers)(?:\s+(?:who|aged|under|over)\b[^,;.]{0,50})?)\s*,", re.I)


#: straight after a case manager's words, the one person of a group each worker is for ("a case worker for each man",
#: "a key worker for every young person"): that group is the worker's cohort (corpus README, "Case managers per person";
#: "for each participant" or "each perpetrator" names no cohort)
_WORKER_PER_GROUP = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:for|to|with)\s+(?P<who>(?:each|every)\s+(?:(?:high|higher)[- ](?:harm|risk)\s+)?"
                               r"(?:man|woman|father|young person)\b)", re.I)


#: a clause whose subject is each person or everyone ("each man has …", "everyone on it gets …")
_OWN_SUBJECT = re.compile(r"\W*(?:each|every)\s+(?:man|woman|person|participant|father|mother|client|perpetrator|one)\b|"
                          r"\W*(?:everyone|everybody|anyone|anybody)\b", re.I)


#: a length printed as a compound word just before a kind's words: "The 24-week ", "a 12-session ", "an 18-month "
_OWN_LENGTH_BEFORE = re.compile(r"\b[\w]+[- ](?:weeks?|months?|sessions?)[- ](?:[\w-]+\s+){0,2}$", re.I)


_OWN_LENGTH_AT = re.compile(r"[\w]+[- ](?:weeks?|months?|sessions?)\b", re.I)  # (within the kind's words: "24-week group")


#: the border between two cells of a pipe table row
_CELL_BORDER = re.compile(r"\s*\|\s*")


def _segments(item: str, spans: list[tuple[int, int]]) -> list[str]:
    """The stretch of an item that describes each of its components (spans in order of mention):
    a duration or cohort belongs to the component in its own clause ("a 30-week course for men,
    and caseworkers …": the caseworkers are not 30 weeks long).  Components named in one clause
    share it ("a 24-week behaviour change group course")."""
    if not spans:
        return []
    cuts, lo = [], 0
    # a clause counting what people did before the first kind's clause is a result, not whom that kind is for ("In
    # 2024-25, 63 men started the course, and 27 women took part in one-to-one sessions": the sessions are the women's)
    before = [m for m in _SEGMENT_BREAK.finditer(item, 0, spans[0][0])]
    if before and (_RESULT_CLAUSE.search(item, 0, before[-1].start()) or _OWN_SUBJECT.match(item, before[-1].end())):
        lo = before[-1].start()  # (and a clause with a subject of its own, each man or everyone: "Men are referred by the
        # police, and each man has a named case worker": the case worker is per man, the men are the referral's)
    for k, ((start_, end), (nxt, _)) in enumerate(zip(spans, spans[1:])):
        if k + 2 < len(spans) and re.fullmatch(r"\s*(?:(?:programme|course|service|intervention|work)s?\b)?\s*,\s*", item[end:nxt], re.I) \
                and (_OWN_LENGTH_BEFORE.search(item[:start_]) or _OWN_LENGTH_AT.match(item, start_)):
            # "The 24-week group programme, partner support and case management for high-risk men": the first of a list
            # of three or more, with its own length printed before it, is described by its own words only (the length
            # is not the partner support's, the men after the last item are the case management's)
            cuts.append(end)
            continue
        if re.fullmatch(r"\s*(?:(?:intervention|programme|service|course|clinic|strand|work)s?\b)?\s*(?:,|and|or|&|/)?\s*(?:and|or)?\s*",
                        item[end:nxt], re.I):
            cuts.append(None)  # "one-to-one and group work": two kinds named together share their clause
            continue
        breaks = [m.start() for m in _SEGMENT_BREAK.finditer(item, end, max(nxt, end))]
        # (a table cell's border between two kinds ends the first one's cell: "| Group course for women | Case management
        # (high harm) |" gives the women to the course only)
        breaks = sorted(breaks + [m.start() for m in _CELL_BORDER.finditer(item, end, max(nxt, end))])
        cuts.append(breaks[-1] if breaks else None)
    bounds: list[tuple[int, int]] = []
    groups: list[list[int]] = [[0]]
    for i, cut in enumerate(cuts, start=1):
        if cut is None:
            groups[-1].append(i)
        else:
            bounds.append((lo, cut))
            lo = cut
            groups.append([i])
    bounds.append((lo, len(item)))
    out = [""] * len(spans)
    for (a, b), members in zip(bounds, groups):
        for i in members:
            out[i] = item[a:b]
    return out


#: a procurement lot's number and title alone on its line, no sentence and no sum: "Lot 1 - Group programme and partner
#: support (Kent and Medway)", "**Lot 2:** High-harm case management", "Lot No. 3) Practitioner training"
_LOT_TITLE = re.compile(r"\s*(?:>\s*)*(?:\*\*)?Lot\s*(?:No\.?\s*)?\d{1,2}\s*(?:\*\*)?\s*[-–—:.)]\s*(?:\*\*)?[^.£!?;]{1,100}", re.I)


#: a report's statement of its own purpose ("1.1 To tell the Panel how …", "To vary the … grant agreement", "To commission a
#: service for …") or a table's caption ("Table 1: Perpetrator programme funding 2025/26."): what the paper is about, not a
#: service it describes
_PURPOSE_OR_CAPTION = re.compile(r"\s*(?:<[^>]+>\s*)*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:To\s+(?:tell|inform|update|advise|brief|vary|"
                                 r"seek|ask|note|consider|explain|set out|report|commission|agree how|describe|summarise)\b|"
                                 r"(?:Table|Figure|Chart)\s+\d+[a-z]?\s*[:.–-])")


#: what a study or an evaluation found ("An evaluation of X … found that 62 of the 88 men …", "The evaluators concluded
#: that …"): a result, which describes no service
#: (an interim or final report only with what it found or concluded: "the interim report found that …"; not a grant's
#: report showing what the money paid for, "our final report to the funder shows how the grant paid for a group course")
_EVALUATION_FOUND = re.compile(r"\b(?:evaluations?|evaluators?|reviews?|stud(?:y|ies)|research(?:ers)?)\b(?:['’]s)?[^.;:]{0,120}?\b(?:found|finds|"
                               r"showed|shows|concluded|concludes|suggested|suggests)\b(?!\s+(?:it|them)\b)|"
                               r"\b(?:interim|final)\s+reports?\b(?:['’]s)?[^.;:]{0,120}?\b(?:found|finds|concluded|concludes)\b"
                               r"(?!\s+(?:it|them)\b)", re.I)
#: what is evaluated ("is evaluating X and the partner support service", "appointed to evaluate the Y courses", "an
#: evaluation of Z's group course for men", "evaluated Keel"), up to the end of its clause: the object of the evaluation, not a service
#: the text describes
#: (the past tense only as an active verb with its object: "evaluated Keel"; not a passive, "each referral is evaluated
#: weekly and then offered one-to-one sessions", whose words after it describe the work)
_EVALUATED = re.compile(r"(\bevaluat(?:e|es|ing)\s+(?!by\b)|(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )"
                        r"(?<!\bbeing )(?<!\bget )(?<!\bgets )\bevaluated\s+(?!by\b)|\bevaluations?\s+of\s+)(?P<what>[^,;.:()]+"
                        # (with a description of it in apposition: "evaluated Keel, the county's perpetrator programme
                        # that X runs")
                        r"(?:,\s+(?:the|a|an|its|their|our|(?-i:[A-Z])[\w-]*['’]s)\s+[^,;.:()]+)?)", re.I)


#: a service's brand and then a description of it in apposition: "Keel, the county's programme for men", "Clear Path,
#: a programme for men who …", "Keel, Dorset's programme for men"
_BRAND_THEN_APPOSITION = re.compile(r"\s*(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3},\s+(?:the|a|an|its|their|our|(?-i:[A-Z])[\w-]*['’]s)\s")


def _described_by_length_or_people(what: str, terms) -> bool:
    """Whether the words naming an evaluated service also describe it, by its length or by people other than the
    high-harm ones its name carries ("the 24-week group course for men" yes; "the high-harm work" no)."""
    return bool(parse_duration(what)) or bool(set(_all(terms.get("cohort", ()), what)) - {"high_harm"})


#: what is evaluated, as the subject of a passive ("Firm Footing and the partner support service are being evaluated by
#: Y", "The course will be independently evaluated"): the same object of the evaluation, before its verb
_EVALUATED_PASSIVE = re.compile(r"(?P<what>[^,;.:()]+?)(\s+(?:is|are|was|were|will be|has been|have been|is to be|are to be)\s+"
                                r"(?:being\s+|also\s+|now\s+)?(?:independently\s+|externally\s+)?evaluated\b)", re.I)


def _standfirst(text: str) -> set[int]:
    """The line under a markdown title ("# …") printed wholly in italics ("*One commissioner has put everything into a
    group course; …*"): the headline's standfirst, part of the headline, not a description."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.strip():
            if not line.lstrip().startswith("# "):
                return set()
            for j in range(i + 1, min(i + 4, len(lines))):
                t = lines[j].strip()
                if t:
                    return {j + 1} if re.fullmatch(r"(?:\*[^*].*[^*]\*|_[^_].*[^_]_)", t) else set()
            return set()
    return set()


def _block_heads(text: str) -> set[int]:
    """Lines that head a block of plain text: a short line (eight words or fewer) opening a block after a blank line, with
    no sentence's punctuation, money, figures or list marks, followed at once by a line that ends a sentence (a page's
    "Stalking intervention" above the paragraph describing it), or by a blank line and then such a line when the short
    line has three words or more and the paragraph opens with a capital ("A Lottery grant for our family work"): a
    section heading, not a description."""
    lines = text.split("\n")
    out = set()
    for i, line in enumerate(lines[:-1]):
        t = line.strip()
        if not t or (i and lines[i - 1].strip()) or len(t.split()) > 8:
            continue
        if re.search(r"[.!?:;,\"”]$|£|\||\t|^\W*[-*•>#]|^\W*\d|\*\*|\s{3,}", t):
            continue
        after = lines[i + 1]
        if not after.strip() and i + 2 < len(lines):
            # a heading set apart by blank lines above and below, over a paragraph that ends a sentence ("A Lottery
            # grant for our family work", a blank line, "We are also delighted to say …")
            after = lines[i + 2]
            if len(t.split()) < 3 or not re.match(r"\s*[A-Z]", after) or re.match(r"\s*[-*•>#|\d]", after):
                continue
        if re.search(r"[.!?)\"”]$", after.strip()) and not re.search(r"\|\s*$|^\s*\|", after):
            out.add(i + 1)
    return out


#: people who cannot take part in English, said by what they would find hard ("men who would find it hard to take part in
#: English", "women who struggle to follow a group in English"): non-English speakers, as "men who need an interpreter" are
_HARD_IN_ENGLISH = re.compile(r"\b(?:hard|difficult|a struggle|struggle|unable|not able)\s+to\s+(?:take part|join in|participate|"
                              r"follow|keep up|understand|speak|talk|cope)\b[^.;]{0,30}?\bin\s+English\b", re.I)


#: what people are trained in ("trained 140 teachers in spotting child-to-parent abuse"): the training's topic, blanked
#: like the terms file's "to recognise …", not a service
_TRAINED_IN = re.compile(r"\b(?:in|on|at)\s+(?:spotting|recognising|recognizing|identifying|responding to|understanding|"
                         r"dealing with|asking about)\s+(?:[\w-]+\s+){0,3}?(?:abuse|violence|stalking|behaviour)\b", re.I)


@lru_cache(maxsize=1)
def _component_terms() -> dict:
    """``local_component_terms.csv`` with the rules kept here (:data:`_HARD_IN_ENGLISH`, :data:`_TRAINED_IN`)."""
    terms = dict(_terms("local_component_terms.csv"))
    terms["cohort"] = Terms((*terms.get("cohort", ()), ("non_english_speakers", _HARD_IN_ENGLISH)))
    terms["title"] = Terms((*terms.get("title", ()), ("training_topic", _TRAINED_IN)))
    return terms


def _apposed_description_names_no_people(named: ProgrammeComponent, kind: ProgrammeComponent, line: str) -> bool:
    """Whether a named programme's description is an apposition that names no people ("Soar Steps, a 24-week group
    course, and one-to-one work with women"): the people the rest of its line names are another component's, so the
    name has the people of the kind it is described as, none (README, "Named programmes")."""
    name = named.programme_name or ""
    at = line.find(name)
    if not name or at < 0:
        return False
    apposed = re.match(r",\s+(?:an?|the|our|its|their)\s+(?P<desc>[^,;.()]{3,80}?),\s+(?:and|plus|as well as|with)\b",
                       line[at + len(name):])
    return apposed is not None and not re.search(r"\bfor\b|\bwith\b|\bmen\b|\bwomen\b|\bfathers\b|\byoung\b",
                                                 apposed.group("desc"), re.I)


#: the heading over the first column of a prospectus's table of courses ("Course", "Course title", "Training"), and a
#: heading saying whom each is for ("Who it is for", "Audience", "Open to", "Suitable for")
_COURSE_COLUMN = re.compile(r"(?:course|training|session|workshop)s?(?:\s+(?:title|name))?", re.I)
_AUDIENCE_COLUMN = re.compile(r"who\s+(?:it|they)\s+(?:is|are)\s+for|(?:target\s+)?audience|open\s+to|suitable\s+for|for\s+whom",
                              re.I)
#: the professions or agencies an audience cell names ("All practitioners", "Police, probation, housing", "Schools, early
#: help, youth justice", "Children's social care, health visitors")
_PROFESSIONS = re.compile(r"\b(?:practitioners?|professionals?|staff|officers?|social (?:care|work(?:ers)?)|health visitors?|"
                          r"police|probation|housing|schools?|teachers?|early help|youth justice|GPs?|nurses?|midwives|"
                          r"agencies|managers|volunteers|call handlers|clinicians)\b", re.I)


#: the people a service works with, named in an audience cell before any profession: "Men referred by police or
#: probation", "Young people aged 11 to 17 referred by schools" (a course for them, not for the professions that refer)
_SERVICE_USERS = re.compile(r"\b(?:men|women|fathers|mothers|parents|carers|young people|children|perpetrators|adults|"
                            r"people|anyone|couples|families|partners|survivors|victims)\b(?!['’])", re.I)  # (not a
# service's name by whom it serves: "Children's social care")


def _training_course_rows(lines) -> dict[int, str]:
    """The rows of a pipe table of courses for professionals, by line, with each row's course title: a table whose
    first column is headed "Course" (or "Training", "Session") and which has a column of whom each is for, on a row
    whose cell there names professions or agencies ("| Stalking: spotting the signs | 1 day | Police, housing | 40 |").
    Each such row is training of professionals (README, component ``practitioner_training``); its title names the
    course's topic, not a service of that kind."""
    rows, audience = {}, None
    for line in lines:
        text = line.text.strip()
        if not (text.startswith("|") and text.endswith("|")):
            audience = None
            continue
        cells = [c.strip(" *") for c in text.strip("|").split("|")]
        if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
            continue
        if _COURSE_COLUMN.fullmatch(cells[0]):
            audience = next((k for k, c in enumerate(cells) if _AUDIENCE_COLUMN.fullmatch(c)), None)
            continue
        if audience is not None and audience < len(cells) and (job := _PROFESSIONS.search(cells[audience])) \
                and not _SERVICE_USERS.search(cells[audience][: job.start()]) \
                and re.search(r"[A-Za-z]{3}", cells[0]) and not MONEY_TOKEN.search(cells[0]):
            rows[line.number] = cells[0]
    return rows


#: the heading over the label column of a charity's table of funds: "Fund", "Fund name", "Restricted fund"
_FUND_COLUMN = re.compile(r"(?:restricted\s+|designated\s+)?funds?(?:\s+name)?", re.I)


def _fund_titles(lines) -> dict[int, list[str]]:
    """The titles of a charity's funds, by line: the labels of a table's rows under a label column headed "Fund"
    ("Fund   Funder   Income" over "Partner support   Rowan Trust   24,000"), and the same title run in at the start of a
    later paragraph ("Partner support. The Trust gave …"). A fund's title names the money, not a service the text
    describes (README: fund titles are set aside), so its words give no component; the paragraph's own words still do."""
    titles, found, in_table = {}, set(), False
    for line in lines:
        text = line.text
        cells = [c for c in _row_cells(text) if c.strip()] if text.strip() else []
        if len(cells) >= 3 and ("|" in text or "\t" in text or re.search(r"\S {2,}\S", text.strip())):
            if _FUND_COLUMN.fullmatch(cells[0].strip(" *")) and not MONEY_TOKEN.search(text):
                in_table = True
                continue
            if in_table and not re.search(r"\btotal\b", cells[0], re.I) and re.search(r"[A-Za-z]{3}", cells[0]):
                titles.setdefault(line.number, []).append(cells[0].strip(" *"))
                found.add(cells[0].strip(" *"))
            continue
        in_table = False  # (a line that is no row ends the table)
    for line in lines:
        start = line.text.lstrip(" *")
        for title in found:
            if start.startswith(title + ".") and line.number not in titles:
                titles.setdefault(line.number, []).append(title)
    return titles


#: a bold run-in heading that names a kind of work, closed by its full stop ("**Group programme (Provider).**", "**High-harm
#: service.**"), with the sentence that describes it after it on the line
_RUN_IN_HEADING = re.compile(r"^\s*(?:[-*•]\s+)?\*\*(?P<head>[^*]{3,80}?)[.:]\*\*\s+(?=\S)")


def _run_in_heading_described(out: dict, last_keys: set, number: int, sentence: str, starts, line: str, terms) -> None:
    """The sentence after a bold run-in heading naming a kind of work, on the heading's line, describes that work when
    its first clause names no other kind ("**Group programme (Provider).** Men attend 24 weekly evening sessions at …";
    "**High-harm service (Provider).** Each man the police judge high harm gets a case manager for up to 16 months"):
    the heading's components take that clause's length where they have none, and its people (README, "Length of a
    case-managed high-harm service": the named service lasts its people's case management). A clause naming a kind
    of its own ("An online group runs for …") describes that kind, not the heading's."""
    head = _RUN_IN_HEADING.match(line)
    if not head or len(starts) != 1 or not last_keys or {k[0] for k in last_keys} != {number}:
        return
    if not line[head.end():].replace("**", "").lstrip().startswith(sentence.strip()[:30]):
        return  # (not the sentence straight after the heading)
    clause = re.split(r"[,;]\s|\s+and\s+(?=an?\s)", sentence, maxsplit=1)[0]
    own = set(_kinds(clause, terms.get("kind", ()), terms.get("weak", ()))) - {"case_management"}
    if own:
        return
    length = parse_duration(clause)
    people = set(_all(terms.get("cohort", ()), clause))
    for key in sorted(last_keys):
        c = out[key]
        if c.component not in _PERPETRATOR_KINDS or c.in_quote or c.component == "case_management":
            continue
        changes = {}
        if length and c.duration_value is None:
            changes.update(duration_value=length.value, duration_unit=length.unit,
                           duration_qualifier=length.qualifier, duration_min=length.minimum)
        if people - set(c.cohorts):
            changes["cohorts"] = tuple(sorted(set(c.cohorts) | people))
        if changes:
            out[key] = replace(c, **changes)


#: recommendations said to have been put into effect, before a colon listing them: "the office adopted the review's
#: three recommendations:", "Both recommendations have since been implemented:"
_RECOMMENDATIONS_ADOPTED = re.compile(r"\b(?:adopted|implemented|accepted and (?:acted on|implemented)|put (?:in|into) "
                                      r"(?:place|effect|practice))\b[^:.;]{0,60}?\brecommendations?\b[^:.;]{0,20}:|"
                                      r"\brecommendations?\b[^:.;]{0,40}?\b(?:have|has) (?:since |now )?been (?:adopted|"
                                      r"implemented|put in place)\s*:", re.I)


def extract_components(text, source_id: str = "<text>") -> tuple[ProgrammeComponent, ...]:
    """Programme components a release describes: one record per line and component, with duration,
    cohorts and ages (``local_component_terms.csv``).

    Fund titles and Acts are blanked out first (they are not components);
    headlines and headings are not counted; a component named inside quoted
    speech is kept with ``in_quote`` set, never as the only evidence.
    """
    terms = _component_terms()
    taken_part = terms.get("taken_part", ())
    rel = prepare(text, source_id)
    source_id, area = rel.source_id, rel.area
    headings = _heading_lines(rel)
    if looks_like_html(rel.text):  # an HTML page's h1 … h6 are headings like a markdown "#" line ("<h2>High-harm service</h2>")
        headings |= _html_heading_lines(rel.text, ("h1", "h2", "h3", "h4", "h5", "h6", "caption"))  # (a table's
        # caption names what its rows hold, "<caption>Commissioner's own budget: perpetrator and stalking services</caption>")
    raw, original = {}, {l.number: l.text for l in rel.lines}
    for l in rel.lines:
        raw.setdefault(l.number, []).append(l.text.replace("**", ""))
    out: dict[tuple[int, str], ProgrammeComponent] = {}
    block_heads = set() if looks_like_html(rel.text) else _block_heads(rel.text) | _standfirst(rel.text)
    per_person: dict[tuple[int, str], object] = {}  # case managers one for each person (:data:`_EACH_WORKER`) and the
    # length their clause gave
    seen_keys: set = set()
    # a course called by the first word of its provider's name ("the Northgate course", run by Northgate Pathways CIC)
    # is the provider's course, not a brand
    providers = {m.group(0).strip() for l in rel.lines for m in _ORG_NAME.finditer(l.text)}
    fund_titles = _fund_titles(rel.lines)
    course_rows = _training_course_rows(rel.lines)
    for number, sentence, starts in _logical(rel):
        # the length offered to each person in the sentence after the one naming the service, in the same paragraph, is
        # that service's ("… a new stalking perpetrator service. … each person referred will be offered up to twenty
        # sessions"), when the service had none
        last_keys, seen_keys = set(out) - seen_keys, set(out)
        each = _EACH_OFFERED.search(sentence) if last_keys and {k[0] for k in last_keys} == {number} and re.search(
            r"(?i)\b(?:each|every)\b", sentence) else None
        it = _IT_LASTS.match(sentence) if not each and last_keys and {k[0] for k in last_keys} == {number} else None
        each = each or it
        if each and not any(a <= each.start() < b for a, b in _sentence_quotes(sentence)):
            offered = parse_duration(_FUNDING_SPAN.sub(" ", each.group("len")))
            for key in sorted(last_keys) if offered else ():
                if it and key[1] == "case_management":
                    continue  # (a service's length is not its case manager's)
                if out[key].duration_value is None and out[key].component in _PERPETRATOR_KINDS and not out[key].in_quote:
                    out[key] = replace(out[key], duration_value=offered.value, duration_unit=offered.unit,
                                       duration_qualifier=offered.qualifier, duration_min=offered.minimum)
        _run_in_heading_described(out, last_keys, number, sentence, starts, original.get(number, ""), terms)
        narrative = _first(terms.get("narrative", ()), sentence)
        if narrative == "meta":
            # "I am writing about your request … to vary the grant agreement, under which the Home Office awarded
            # £X for the 24-week group programme …": the letter's own purpose is the opening clause's; the relative
            # clause after it describes the work the grant pays for, and is read
            which = _DESCRIBING_WHICH.search(sentence)
            if which and not _first(terms.get("narrative", ()), sentence[which.end():]):
                sentence = " " * which.end() + sentence[which.end():]
                narrative = None
        if narrative == "recommendation":
            # "The office adopted the review's recommendations: Keel now runs for 26 weeks, …": recommendations said to be
            # adopted are what is now delivered; the words after the colon describe the service, and are read
            adopted = _RECOMMENDATIONS_ADOPTED.search(sentence)
            # (not where the adopting is denied or asked about: "has not yet implemented the recommendations:", "asked
            # whether the office had adopted them:")
            if adopted and not _first(terms.get("narrative", ()), sentence[adopted.end():]) and not re.search(
                    r"\b(?:not|never|yet to|whether|if|unless|once|when|until|before)\b|n['’]t\b", sentence[: adopted.end()], re.I):
                sentence = " " * adopted.end() + sentence[adopted.end():]
                narrative = None
        sentence = _SESSION_AS_A_TIME.sub(lambda m: " " * len(m.group(0)), sentence)  # ("stays in touch until three
        # months after his last group session": a point in time, not group work the line describes)
        if _CATEGORY_FIELD.match(original.get(number, "")):
            # a register's classification field, its value a list of categories set off by semicolons ("**How:**
            # Provides services; Provides advocacy/advice/information"): a category joined by slashes names a class of
            # charitable work, not a service the text describes
            sentence = _SLASHED_CATEGORY.sub(lambda m: " " * len(m.group(0)), sentence)
        in_box = bool(re.match(r"\s*>\s*[-*•]\s", original.get(number, ""))) and _block_size(original, number) >= 3
        if len(starts) == 1 and re.fullmatch(r"\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]\d{0,2}\.)\s+[A-Z][^.!?£|:]{0,60}",
                                             original.get(number, "")) and len(sentence.split()) <= 8:
            continue  # a numbered agenda item's or section's title ("14. Perpetrator programme update")
        if len(starts) == 1 and re.fullmatch(r"\s*\d{1,2}(?:\.\d{1,2})+\.?\s+[A-Z][^.!?£|:]{0,60}:\s+(?:[A-Z][\w'’-]*\s*){1,4}",
                                             original.get(number, "")) and len(sentence.split()) <= 12:
            continue  # (a numbered section's title giving its subject and then its brand: "4.2 Stalking work: Safe Path")
        if re.match(r"\s*(?:\*\*)?(?:key\s*words|tags|subject\s+terms)\s*(?:\*\*)?\s*:", original.get(number, ""), re.I):
            continue  # an article's keywords ("Keywords: domestic abuse; perpetrator programmes; evaluation"): its topics,
            # not a service it describes
        if re.match(r"\s*(?:>\s*)*(?:\*\*)?(?:(?:Lot|Part)\s*(?:No\.?|number)?\s*:?\s*\d{1,2}\s*[.:)-]?\s*|"
                    r"[IVX]{1,4}(?:\.\d{1,2}){0,3}\)\s*)?(?:Subject|Re|Fwd?|FW|Title)\s*:", original.get(number, ""), re.I):
            continue  # an e-mail's subject line, also inside a forwarded message ("> **Subject:** FW: …"); a notice's
            # title field, also after its lot's number or its section's ("Lot No: 2. Title: Partner support",
            # "II.1.1) Title: …"): the name of what is let, not a description of it
        if _LOT_TITLE.fullmatch(original.get(number, "")) and not _described_by_length_or_people(original[number], terms):
            continue  # a lot's number and title on a line of its own ("Lot 1 - Group programme and partner support
            # (Kent and Medway)", "Lot 2: High-harm case management"): the name of what is let, as a title field is
        if number in block_heads or _PURPOSE_OR_CAPTION.match(original.get(number, "")) and (
                len(starts) == 1 or _PURPOSE_OR_CAPTION.match(sentence)):  # (also hard-wrapped
            # over lines: "1.1 To tell the Panel how the perpetrator programme will be paid for over the" / "next …")
            brand = next((a for a in _apposed_names(sentence) if not _body_name(a.group("name"))
                          and not _is_area(a.group("name")) and not _APPOSED_ROLE.search(a.group(0)[a.end("name") - a.start():])),
                         None) if number not in block_heads else None
            if brand is not None:
                # (a purpose naming the programme it is about by its brand, with a description in apposition: "1.1 To
                # seek approval to fund Safe Harbour, a pilot that offers housing to men who …": the brand, with the
                # people its apposition names; what the purpose line says it will do describes no service)
                line_ = _line_at(starts, brand.start())
                out.setdefault((line_, "named_programme"), ProgrammeComponent(
                    source_id=source_id, source_line=line_, pfa_code=area, component="named_programme",
                    duration_value=None, duration_unit="", duration_qualifier="", cadence="",
                    cohorts=tuple(sorted(set(_all(terms.get("cohort", ()), sentence[brand.end():])))),
                    delivery_modes=(), provision="new", programme_name=brand.group("name"), duration_min=None,
                    age_min=None, age_max=None))
            continue  # a section's heading opening a block ("Stalking intervention" above its paragraph); a report's
            # purpose ("1.1 To tell the Panel how the perpetrator programme will be paid for"); a table's caption
        if _RESULT_LEADER_ROW.fullmatch(original.get(number, "")):
            continue  # a results panel's row ("Partners offered support ..... 131"): a count, not a service described
        if number in headings and not in_box and not labelled_field(original.get(number, "")) or \
                narrative and narrative not in ("result", "result_count"):  # (a fact box's list is no headline)
            continue
        # a count of people worked with is a result, not a service: its words are set aside, and the rest of the
        # sentence still describes the service when it says how long it is ("The 24-week course has worked with 120 men")
        line_text = next((t for t in raw.get(number, ()) if sentence[:20] in t), "")
        offset = max(line_text.find(sentence[:20]), 0)
        quotes = [(a - offset, b - offset) for a, b in _quoted_spans(line_text)]
        if len(starts) > 1:
            quotes = _sentence_quotes(sentence)  # a sentence wrapped across lines: its own quotes
        # a quoted block is speech when it is a line or two, or says so; a longer block ("> **At a glance**" and its
        # list, a forwarded e-mail) is a box of the release's own statements
        blockquote = line_text.lstrip().startswith(">") and (
            _block_size(original, number) <= 2 or bool(re.search(r"[\"“”]|\b(?:said|says)\b", line_text)))
        if _EVALUATION_FOUND.search(sentence):
            continue  # "An evaluation of X found that 62 of the 88 men …": what a study found is a result, not the service
        clean = sentence
        if number in course_rows:  # a row of a prospectus's table of courses for professionals: training on its topic
            title = course_rows[number]
            at = clean.find(title)
            if at >= 0:  # (the course's title names its topic, no work of that kind: "Stalking: spotting the signs")
                clean = clean[:at] + " " * len(title) + clean[at + len(title):]
            out.setdefault((number, "practitioner_training"), ProgrammeComponent(
                source_id=source_id, source_line=number, pfa_code=area, component="practitioner_training",
                duration_value=None, duration_unit="", duration_qualifier="", cadence="", cohorts=(), delivery_modes=(),
                provision="new", programme_name="", duration_min=None, age_min=None, age_max=None))
        for title in fund_titles.get(number, ()):  # a charity's fund named by its title, in its table or run in
            at = clean.find(title)
            if at >= 0:
                clean = clean[:at] + " " * len(title) + clean[at + len(title):]
        for value, pattern in _candidates(terms.get("title", ()), sentence):  # (only the rules whose words the sentence holds)
            clean = pattern.sub(lambda m: m.group(0) if value == "grant_purpose" and _SUM_FOR_COURSES.search(m.group(0))
                                and MONEY_TOKEN.search(sentence) else " " * len(m.group(0)), clean)
            # (a sum said to be for perpetrator programmes, "£418,000 of Home Office grant for perpetrator programmes",
            # names the courses it pays for; the same words with no sum, a motion's or a page's topic, "funding for
            # perpetrator programmes", name none)
        if "," in clean and "not" in clean:  # "not suitable for, or have refused, a group programme": whom it is not for,
            # across the commas that would split it into items
            clean = _NOT_FOR.sub(lambda m: " " * len(m.group(0)) if "," in m.group(0) else m.group(0), clean)
        if "valuat" in clean:  # "is evaluating X and the partner support service": what is evaluated, not described
            clean = _EVALUATED.sub(lambda m: m.group(0) if _described_by_length_or_people(m.group("what"), terms)
                                   and not _BRAND_THEN_APPOSITION.match(m.group("what"))
                                   else m.group(1) + " " * len(m.group("what")), clean)
            # (a brand with its description in apposition, "to evaluate Keel, the county's programme for men who
            # abuse their partners": the apposition says which service is evaluated, it describes no work delivered)
            clean = _EVALUATED_PASSIVE.sub(lambda m: m.group(0) if _described_by_length_or_people(m.group("what"), terms)
                                           else " " * len(m.group("what")) + m.group(2), clean)
            # (one its own words describe, by its length or people, is still described: "will evaluate the 24-week
            # group course for men"; "to evaluate the high-harm work" names the work, it does not describe it)
        for value, pattern in terms.get("narrative", ()) if narrative == "result" else ():
            if value == "result":
                clean = pattern.sub(lambda m: " " * len(m.group(0)), clean)
        if narrative in ("result", "result_count") and parse_duration(clean) is None and not _AGES.search(clean) and not re.search(
                r"\bfor (?:[\w-]+ ){0,3}(?:men|women|fathers|young people|year olds|people|adults|parents) who\b|"
                r"\b(?:course|programme|group|service|sessions)s? for (?:[\w-]+ ){0,2}?(?:men|women|fathers|mothers|young people|"
                r"adults|parents|perpetrators)\b", clean):
            continue  # ("The stalking service worked with 46 people": a result only; a service described keeps its length)
        provision = "existing" if _first(terms.get("provision", ()), sentence) else "new"
        pos, sentence_kinds = 0, set()
        # a results sentence: a count, a share or a percentage of people (for the kinds named as what they took part in)
        counted = bool(re.search(r"\d|\b(?:half|a third|two thirds|three quarters|a quarter)\b", sentence))
        lasts = _SERVICE_LASTS.search(clean) if "last" in clean else None
        lasts = parse_duration(lasts.group(0)) if lasts else None
        item_list = _items(clean, lambda piece: _names_kind(piece, terms), lambda piece: _adds_people(piece, terms))
        described_as = {}
        previous_item_kinds: list[str] = []
        fronted = _FRONTED.match(clean)
        for item_no, item in enumerate(item_list):
            start = clean.find(item, pos)
            pos = max(start, 0) + len(item)
            item = _ORG_NAME.sub(lambda m: m.group(0) if _SAID_TO_BE_A_COURSE.match(m.string, m.end())
                                 and not _LEGAL_FORM.search(m.group(0)) else " " * len(m.group(0)), item)
            # "Tame Valley Advocacy" names no component (but "Real Change is a 24-week group programme" names one)
            item = _NAMED_FAMILY_SUPPORT.sub(lambda m: " " * len(m.group(0)), item)
            # ("paid to Avonside Family Support", "Avonside Family Support | Child-to-parent work": a body's name)
            unsuitable = _NOT_FOR.search(item)
            if unsuitable:  # (no match, no change: one pass less)
                item = _NOT_FOR.sub(lambda m: " " * len(m.group(0)), item)  # "unsuitable for the group programme"
            matches, strong = _kind_matches(item, terms.get("kind", ()), terms.get("weak", ()))
            matches = [(k, m) for k, m in matches if k != "child_adolescent_to_parent" or not _adults_violent_at_home(m, item)]
            kinds = [value for value, _ in matches]
            if kinds and MONEY_TOKEN.search(sentence) and not strong and all(
                    not re.search(r"\b(?:programmes?|courses?|schemes?|groups?)\b", m.group(0), re.I) and
                    re.search(r"\b(?:to (?:run|deliver|provide|fund|support|pay for|expand|extend|continue|develop|start|grow)"
                              r"|(?:our|its|their) work)\W+(?:\w+\W+){0,2}$|"
                              r"\b(?:our|its|their)\s+$",
                              item[: m.start()])
                    for _, p in terms.get("weak", ()) for m in [p.search(item)] if m):
                continue  # "granted £386,200 … to run services for people who use abuse": money's purpose, not a service
            spans = {kind: m.span() for kind, m in matches}
            kinds = _without_generic(kinds, spans, item)
            if "case_management" in kinds and "high_harm" in kinds and _HIGH_HARM_PEOPLE.match(item, spans["high_harm"][0]) \
                    and (_CASE_MANAGED_FOR.search(item[: spans["high_harm"][0]]) or _one_clause(item, spans["case_management"],
                                                                                                spans["high_harm"])):
                service = _high_harm_service_after(item, spans["high_harm"][1], terms)
                if service:  # "Men assessed as high risk get a case manager through our high-harm service": the service
                    # its own words name later is the high-harm work, the people before it only whom it is for
                    spans["high_harm"] = service.span()
                    kinds.sort(key=lambda k: spans[k][0])
                else:
                    kinds.remove("high_harm")  # "case management for high-risk perpetrators", "case managers for men
                    # assessed as high risk", "Men assessed as high risk have a case manager": whom the case managers are
                    # for, not a high-harm service of its own (the corpus README's "High-harm work": a cohort of the case
                    # management)
            segments = _segments(item, [spans[k] for k in kinds])
            previous_cohorts: set[str] = set()
            for kind, segment in zip(kinds, segments):
                at = start + spans[kind][0]
                if counted and _first(taken_part, item[max(0, spans[kind][0] - 80) : spans[kind][0]]) or \
                        _counted_object(item, *spans[kind]):
                    continue  # "44 men started the group programme and 29 completed it": a result naming the course
                own = _REPORTED_AFTER.split(sentence, maxsplit=1)[0] if at < len(sentence) and \
                    _REPORTED_AFTER.search(sentence, at) else sentence  # (not what a body then reports)
                if kind == "partner_support" and (_PARTNERS_COUNTED.search(own) or _counts_partners(own)
                                                  or _PARTNERS_ROW.match(original.get(number, ""))):
                    continue  # "83% of partners supported by X said they felt safer": a result counting partners
                if kind in _PERPETRATOR_KINDS and kind != "named_programme" and _OTHERS_OF_PEOPLE_ON.search(item, max(0, spans[kind][0] - 80), spans[kind][0]):
                    continue  # "the children of men on the group programme": where the people another service serves
                    # are found, not the course described
                if _FIGURES_OF.match(item, spans[kind][1]):
                    continue  # "the corrected helpline figure", "partner safety figures by ward", "the case management
                    # line": the kind's words name figures or a budget line, not the service
                neg = _NOT_FUNDED.search(item, spans[kind][1], spans[kind][1] + 60)
                if neg and (not item[spans[kind][1] : neg.start()].strip(" ,") or
                            not _SEGMENT_BREAK.search(item, spans[kind][1], neg.start())):
                    if not (m_ := dict(matches).get(kind)) or not m_.re.search(item, neg.end()):
                        continue  # "a service for people who stalk, was not funded": a kind its own clause says is not
                        # funded or turned down describes nothing delivered (unless named again after: "Because the
                        # stalking strand was not funded, … for a smaller service for people who stalk")
                in_quote = blockquote or any(a <= at < b for a, b in quotes)
                # a length printed with the kind's own words ("alongside the 20-week group", "a 24-week behaviour change
                # programme") is that kind's, before any other length its clause holds
                a_, b_ = spans[kind]
                own = re.search(r"(?:\b(?:between\s+|up to\s+|from\s+)?[\w-]+\s+(?:and|to|or|-|–)\s+)?(?:\b[\w-]+[- ](?:weeks?|months?|sessions?)[- ]|"
                                r"\b[\w-]+ (?:weekly |one-to-one |group )?(?:weeks?|sessions?)\s+(?:of\s+)?)?$",
                                item[max(0, a_ - 45) : a_])
                # (a length in an earlier clause that names another service is that service's: "It runs a 30-week
                # course; partners get support …")
                at_ = max(segment.find(item[a_:b_]), 0)
                earlier = [m for m in _SEGMENT_BREAK.finditer(segment, 0, at_)]
                own_clause = segment[earlier[-1].end():] if earlier and segments.count(segment) == 1 and re.search(
                    r"\b(?:course|programme|group|sessions?|service|intervention)s?\b", segment[: earlier[-1].start()], re.I) \
                    and not re.match(r"\s*(?:in|as)\s+(?:an?\s+)?groups?\b", segment[earlier[-1].end():], re.I) \
                    else segment
                # (not a phrase saying how the course before it is run: "Its course lasts 20 weeks, in groups of up to
                # eight men" is one course, its length the group's)
                duration = (parse_duration(own.group(0) + item[a_:b_]) if own and own.group(0) else None) \
                    or parse_duration(item[a_:b_]) or parse_duration(own_clause)
                if duration is None:  # "one-to-one sessions, up to 12 (of them), for …": the number after the noun, in commas
                    after_ = re.match(r"(?P<s>\s+(?:[\w-]+\s+)?sessions?)?(?:\s+(?:for|with)\s+[\w'’ -]{1,40}?)?,\s*((?:up to|at least|between|no more than)\s+[\w-]+"
                                      r"(?:\s+(?:and|to)\s+[\w-]+)?)(?:\s+(?:in all|in total|altogether|each|of them))?(?:\s*(?:[,;|]|$)|\s{3,})", item[b_:])  # (a row's cell ends at
                    # a column gap: "One-to-one sessions for men, up to 16     £36,750")
                    if after_ and (after_.group("s") or item[a_:b_].lower().endswith(("sessions", "session"))):
                        duration = parse_duration(after_.group(2) + " sessions")
                if duration is None and "(" in clean[start:]:  # "Individual sessions …, with an interpreter (up to ten sessions)":
                    # a bracketed length after the only kind its sentence names is that kind's
                    bracket = re.search(r"\(\s*([^()]{0,30}?\b(?:weeks?|months?|sessions?))\s*(?:each)?\s*\)", clean[start:])
                    if bracket and len(_kinds(clean, terms.get("kind", ()), terms.get("weak", ()))) == 1:
                        duration = parse_duration(bracket.group(1))
                if duration is None:  # "will have 20 one-to-one sessions": the count just before the kind's words
                    a, b = spans[kind]
                    near = re.match(r".*?(\b[\w-]+\s+)$", item[max(0, a - 16) : a]) if a else None
                    if near and re.match(r"\s*sessions?\b", item[b : b + 12]) or near and item[a:b].endswith("sessions"):
                        duration = parse_duration(near.group(1) + item[a : b + 12])
                    elif near and re.match(r"\s+[a-z]+\s+sessions?\b", item[b : b + 30]):  # ("six one-to-one motivational sessions")
                        duration = parse_duration(near.group(1) + "sessions")
                if duration is None:  # "one-to-one sessions, normally six to ten": the count of sessions
                    # set off after the kind's sessions, with the unit left out
                    counted = _SESSIONS_COUNTED_AFTER.match(item, spans[kind][1])
                    if counted:
                        duration = parse_duration(counted.group("count") + " sessions")
                if kind == "case_management" and (_EACH_WORKER.search(item, max(0, spans[kind][0] - 50), spans[kind][0]) or
                                                  _FOR_EACH.match(item, spans[kind][1])):
                    # a worker for each person ("giving each man his own case manager", "each with a case manager"): how
                    # long the service lasts is not the worker's; a length after the worker's words is ("each man has a
                    # case manager for up to 12 months")
                    per_person[(_line_at(starts, at), kind)] = duration  # (the service's, when the worker's is none)
                    after = _EACH_PERSON_ON.sub(" ", item[spans[kind][1]:], count=1)
                    duration = parse_duration((_WORKER_CLAUSE_END if re.match(r"\s*,?\s*(?:who|which)\b", after) else
                                               _NEXT_CLAUSE).split(after, maxsplit=1)[0])
                if duration is not None and duration.value == 1 and duration.unit == "session" and duration.minimum is None:
                    duration = None  # "£25 pays for one group session for one man": a single session priced, no course's length
                ages = _young_ages(_AGES.search(segment) or (_AGES.search(item) if kind == "child_adolescent_to_parent" else None))
                # (a child-to-parent programme's ages may come before the words that name it: "works with 11 to 17
                # year olds who are violent towards a parent")
                low = segment.lower()
                victims = any(w in low for w in _VICTIM_WORDS)  # (a cheap check before the victims' regex)
                cohorts = set(_all(terms.get("cohort", ()), (_VICTIM_PARENTS.sub(" ", _CASELOAD.sub(" ", segment)) if victims
                                                             else _CASELOAD.sub(" ", segment))))
                if kind == "high_harm":  # "…, giving each man his own case manager": the case managers' men
                    cohorts = set(_all(terms.get("cohort", ()), _without_workers_per_person(_CASELOAD.sub(" ", segment))))
                    if not (_DRIVE.search(segment) and not _CALLED_HIGH_HARM.search(segment)):
                        cohorts.add("high_harm")  # (high-harm work is for high-harm people: the corpus README's "High-harm
                        # work"; a service called only "Drive" or "Drive-style" has no words calling its people so)
                if ages:
                    cohorts.add("young_people")
                if not cohorts and kind in _PERPETRATOR_KINDS and (him := _HIM.search(segment)):
                    # "each man has a case manager, who also sees him one-to-one": the person the pronoun stands for
                    antecedent = _PRONOUN_ANTECEDENT[word_key(him.group(0))].findall(clean[:at])
                    if antecedent:
                        cohorts = {"men" if him.group(0).lower() == "him" else "women"}
                if not cohorts and kind in _PERPETRATOR_KINDS and (each := _EACH_HAS.match(item)) \
                        and spans[kind][0] > each.end() and not re.search(r"[;:]", item[each.end() : spans[kind][0]]) \
                        and not _NEW_SUBJECT.search(item, each.end(), spans[kind][0]):
                    # "Every father gets a key worker plus fortnightly one-to-one sessions": the things each of
                    # that group has are all for that group, the second as the first
                    cohorts = {_EACH_GROUP[each.group("who").lower()]}
                if fronted and start >= fronted.end():  # "For younger men, a one-to-one route …": the sentence's people
                    cohorts |= set(_all(terms.get("cohort", ()), fronted.group(1)))
                if not cohorts and previous_cohorts and (_ATTACHED.match(segment) and _REFERS_BACK.search(segment)
                                                         or _SAME_SUBJECT.match(segment)) and \
                        not _PER_PERSON.search(segment) and not _ANYONE.search(segment):
                    cohorts = set(previous_cohorts)  # "…for men, with one-to-one work for those not ready": the same men
                if "high_harm" in cohorts and kind not in ("high_harm", "case_management") and "high_harm" in spans \
                        and _another_list_items(item, spans[kind], spans["high_harm"]):
                    cohorts.discard("high_harm")  # "group courses, one-to-one sessions, high-harm case management and
                    # support for partners": the high-harm words are the case management's list item, not the others'
                if unsuitable and "group" in unsuitable.group(0).lower() and not unsuitable.group(0).lower().startswith("before"):
                    cohorts.add("unsuitable_for_group")  # (not work done before joining the group: those men will join it)
                if kind == "case_management":  # "a case manager for each man on the 26-week course": the worker's
                    per = _WORKER_PER_GROUP.match(item, spans[kind][1])  # group is the men, though the clause is the course's
                    if per:
                        cohorts |= set(_all(terms.get("cohort", ()), per.group("who")))
                if kind == "helpline":  # a line's callers are the people its own words name ("a helpline for men
                    ages = None  # worried about their own behaviour": corpus README, "Helplines' cohorts")
                elif kind not in _PERPETRATOR_KINDS:
                    cohorts, ages = set(), None  # who partner support or training is for is not a perpetrator cohort
                else:
                    previous_cohorts = cohorts
                record = ProgrammeComponent(
                    source_id=source_id, source_line=_line_at(starts, at), pfa_code=area, component=kind,
                    duration_value=duration.value if duration else None,
                    duration_unit=duration.unit if duration else "",
                    duration_qualifier=duration.qualifier if duration else "",
                    cadence=_first(terms.get("cadence", ()), item),
                    cohorts=tuple(sorted(cohorts)),
                    delivery_modes=_all(terms.get("mode", ()), item) if kind == "behaviour_change_programme" else (),
                    provision=provision,
                    duration_min=duration.minimum if duration else None,
                    age_min=int(next(g for g in ages.groups() if g)) if ages else None,
                    age_max=int([g for g in ages.groups() if g][1]) if ages else None,
                    programme_name="",
                    in_quote=in_quote,
                )
                key = (_line_at(starts, at), kind)
                if key not in out or (out[key].in_quote and not in_quote):
                    out[key] = record
                elif out[key].in_quote == in_quote:  # one fact per line and kind: its items' cohorts together
                    prev = out[key]
                    out[key] = replace(prev, cohorts=tuple(sorted(set(prev.cohorts) | set(record.cohorts))),
                                       duration_value=prev.duration_value if prev.duration_value is not None
                                       else record.duration_value,
                                       duration_unit=prev.duration_unit or record.duration_unit,
                                       duration_min=prev.duration_min if prev.duration_value is not None
                                       else record.duration_min,
                                       age_min=prev.age_min if prev.age_min is not None else record.age_min,
                                       age_max=prev.age_max if prev.age_max is not None else record.age_max)
            if "case_management" in kinds and "high_harm" not in kinds and (harm := _harm_case_managed(item, clean)):
                _add_harm_work(out, _line_at(starts, start + harm.start()), harm.group(0), terms)
            # a behaviour change course and its groups named in one item are one service: what one clause says of its
            # length or its people holds for both ("X, our behaviour change course for men, runs for 24 weeks in groups")
            # (and Drive-style high-harm work and its case managers: "a high-harm service, in which case managers work with
            # … for up to 12 months")
            # (and a child-to-parent or stalking service and its one-to-one or group sessions: "Home Truths works with 12 to
            # 17 year olds who are violent towards a parent, over ten weekly one-to-one sessions")
            for one_service in _ONE_SERVICE:
                pair = [(number_, k) for number_, k in out if k in one_service
                        and any(k == kind for kind in kinds) and number_ in {n for _, n in starts}]
                if len(pair) == 2 and len({n for n, _ in pair}) == 1 and not (
                        {k for _, k in pair} == {"behaviour_change_programme", "group_programme"}
                        and _INCLUDING_A_GROUP.search(item)):
                    _one_service(out, pair, lasts, per_person, clean)
                # (not programmes "…, including a 20-week group for fathers": the group is one of the
                # programmes, with its own length and people, not the programmes' as a whole)
            sentence_kinds.update(kinds)
            _apposed_service(out, item_list, item_no, kinds, previous_item_kinds, {n for _, n in starts}, lasts, per_person)
            previous_item_kinds = kinds
            name = _PROGRAMME_NAME.search(item)  # the first "X programme", else a name after "called"
            # (a course called by its place, "the Thetford course", is no brand: a name given it later on the line is)
            if name is None or _generic_name(name.group("name")) or _is_area(name.group("name")):
                name = _CALLED.search(item) or _NAMED_OPENING.search(item) or _COLON_NAME.search(item) or _NAME_AFTER_NOUN.search(item) or \
                    _NAMED_SERVICE_COLON.search(item) or \
                    _NAME_AFTER_DESCRIPTION.search(item) or name
            if name is None or _generic_name(name.group("name")):
                subject = _SUBJECT_NAME.search(item) or _APPOSITIVE_NAME.search(item) or _ONE_WORD_SUBJECT_NAME.search(item)
                if subject and _ROLE_IN_IT.match(subject.group(0), subject.end("name") - subject.start()):
                    subject = None  # (someone's part in the programme: "Sarah Jones, the new manager of our group
                    # programme, started in May" names a person, not the programme)
                if subject and (not _body_name(subject.group("name")) or _SAID_TO_BE_A_COURSE.search(subject.group(0))
                                and not _LEGAL_FORM.search(subject.group("name"))):
                    name = subject  # (a name like a body's that the sentence says is a course: "Real Change is a 24-week
                    # group programme for men")
            at = start + (name.start() if name else 0)
            name_text = name.group("name") if name else ""
            if (name is None or _generic_name(name_text)) and ", " in clean:  # "X, a 26-week group course": the name before its comma
                apposed = next((a for a in _apposed_names(clean) if a.start() < start + len(item) and a.end() > start
                                and (not _body_name(a.group("name")) or _DESCRIBED_AS_A_COURSE.search(a.group(0))
                                     and not _LEGAL_FORM.search(a.group("name")))
                                and not _is_area(a.group("name"))
                                and (a.re is _ONE_WORD_APPOSED_NAME
                                     or re.search(r",\s+(?:a|an|our|your|its|their)\s+[\w-]+\s+", a.group(0))
                                     or re.search(r",\s+\d{1,2}-(?:week|session|month)\s", a.group(0))
                                     or a.group(0).endswith("team")  # (a team named for its work with people)
                                     # ("Home Truths, a programme for young people aged 12 to 16 …": whom it is for)
                                     or re.match(r"\s+for\s", clean[a.end():]))),
                               None)  # (a description)
                if apposed:
                    name, name_text, at = apposed, apposed.group("name"), apposed.start()
            if (name is None or _generic_name(name_text)) and start <= 0 and kinds and len(starts) == 1:
                run_in = _RUN_IN_NAME.match(original.get(number, ""))
                if run_in and not _ORG_NAME.fullmatch(run_in.group("name")) and not _SECTION_TITLE.fullmatch(run_in.group("name")) and \
                        sentence.strip() not in run_in.group(0).replace("**", ""):
                    name, name_text, at = run_in, run_in.group("name"), 0  # the heading names what its paragraph describes
            if name and not _generic_name(name_text) and not _is_area(name_text) \
                    and not _broadcast(clean, at, name_text) \
                    and not any(o.startswith(name_text + " ") for o in providers) \
                    and not _counted_object(clean, at, at + len(name_text)) \
                    and not (blockquote or any(a <= at < b for a, b in quotes)):
                whole = parse_duration(clean)
                named_ages = _young_ages(_AGES.search(item))
                # (its people are those of its own item and of a description in apposition after it, when they name any:
                # "the X programme, a group programme for men …, and for a one-to-one course … for women": X is for men)
                own_text = item + " " + next((i for i in item_list[item_no + 1 : item_no + 2]
                                              if re.match(r"(?:an?|our|your|its|their)\s", i, re.I)), "")
                # (the fact of the first kind it is described as holds its people: "X, a 20-week group course for fathers,
                # and one-to-one work for women": X is for fathers)
                own_kind = next((k for k in _kinds(own_text, terms.get("kind", ()), terms.get("weak", ()))
                                 if k in _PERPETRATOR_KINDS and k != "named_programme"), None)
                if own_kind and (_line_at(starts, at), "named_programme") not in out:
                    described_as[(_line_at(starts, at), "named_programme")] = (_line_at(starts, at), own_kind)
                out.setdefault((_line_at(starts, at), "named_programme"), ProgrammeComponent(
                    source_id=source_id, source_line=_line_at(starts, at), pfa_code=area, component="named_programme",
                    duration_value=whole.value if whole else None, duration_unit=whole.unit if whole else "",
                    duration_qualifier=whole.qualifier if whole else "", cadence=_first(terms.get("cadence", ()), clean),
                    cohorts=tuple(sorted(set(_all(terms.get("cohort", ()), _VICTIM_PARENTS.sub(" ", _ORG_NAME.sub(" ", own_text)))
                                             or _all(terms.get("cohort", ()), _VICTIM_PARENTS.sub(" ", _ORG_NAME.sub(" ", clean))))
                                         | _people_on_name(terms, clean[:at]))),
                    delivery_modes=(), provision=provision, duration_min=whole.minimum if whole else None,
                    programme_name=name_text,
                    age_min=int([g for g in named_ages.groups() if g][0]) if named_ages else None,
                    age_max=int([g for g in named_ages.groups() if g][1]) if named_ages else None))
        for key, kind_key in described_as.items():  # the people of the kind it is described as, once that is read
            if kind_key in out and not out[kind_key].in_quote and (out[kind_key].cohorts or _apposed_description_names_no_people(
                    out[key], out[kind_key], original.get(key[0], ""))):
                out[key] = replace(out[key], cohorts=out[kind_key].cohorts)
            elif kind_key in out and not out[kind_key].in_quote and key in out \
                    and set(out[key].cohorts) & _HIGH_HARM_TAGS and not set(out[kind_key].cohorts) & _HIGH_HARM_TAGS:
                # ("£720,000 pays for the X group programme, £260,000 for high-harm case management": the high-harm words
                # are the case management's; the course they name is not described so: README, "High-harm work")
                out[key] = replace(out[key], cohorts=tuple(c for c in out[key].cohorts if c not in _HIGH_HARM_TAGS))
            kind_fact = out.get(kind_key)  # (and its ages and length, when its own words gave none: the corpus README's
            # "Named programmes": the same as the fact of its kind on that line)
            if kind_fact is not None and not kind_fact.in_quote:
                if out[key].age_min is None and kind_fact.age_min is not None:
                    out[key] = replace(out[key], age_min=kind_fact.age_min, age_max=kind_fact.age_max)
                if out[key].duration_value is None and kind_fact.duration_value is not None:
                    out[key] = _with_length(out[key], _length(kind_fact))
                elif kind_fact.duration_value is None and out[key].duration_value is not None:
                    out[kind_key] = _with_length(kind_fact, _length(out[key]))  # (and the other way: "Calmer Homes,
                    # the second service, offers ten weekly sessions, …, to young people aged 11 to 17 who are violent
                    # towards a parent": the length its name's clause gives is the kind's, one service)
        # high-harm work and its case managers named anywhere in one sentence are one service ("Drive-style work with
        # high-harm perpetrators, lasting up to 18 months, with a named case manager for each person")
        if {"high_harm", "case_management"} <= sentence_kinds:
            pair = [(number_, k) for number_, k in out if k in ("high_harm", "case_management")
                    and number_ in {n for _, n in starts}]
            if len(pair) == 2 and len({n for n, _ in pair}) == 1:
                _one_service(out, sorted(pair, key=lambda p: p[1] != "high_harm"), lasts, per_person, clean)
        elif "case_management" in sentence_kinds and (number, "case_management") in out and \
                (number, "high_harm") in last_keys and not out[(number, "case_management")].in_quote and \
                _BACK_TO_SERVICE.search(clean):
            # … and so are the case managers of the next sentence of its paragraph that takes the service up again
            # ("… a Drive-style service for high-harm perpetrators. X will deliver it, with a case manager for each …")
            cm = out[(number, "case_management")]
            out[(number, "case_management")] = replace(cm, cohorts=tuple(sorted(set(cm.cohorts) | {"high_harm"})))
    # a programme named once is the same programme on every line that prints its name, outside quotes and headings
    named = {c.programme_name: c for c in sorted(out.values(), key=lambda c: c.source_line)
             if c.component == "named_programme" and c.programme_name}
    # (a one-word name is an ordinary word too: "Keel", "Choices"; it is the programme again only where people are said
    # to be on it: "every man on Choices")
    one_word = {n for n in named if len(n.split()) < 2}
    if named:
        finder = re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, named)) + r")(?![\w'’-]|(?!\t)\s+(?-i:[A-Z]))")
        # (a tab after the name ends its cell: "… partners of men on Keel<tab>Safer Homes<tab>…" is not "Keel Safer")
        for number, sentence, starts in _logical(rel):
            # (a body's relative clause saying it runs the programme describes it, also inside a result: "In 2024-25 X
            # CIC, which runs Keel, worked with 90 men")
            run_by = {m.start() for m in finder.finditer(sentence) if _RUN_BY_WHICH.search(sentence, 0, m.start())
                      and re.match(r"\s*,", sentence[m.end():])}
            # (a row of money whose label names the programme as what its sum is for, "Home Office grant - Keel   286,400",
            # "Donations restricted to Keel   53,000", names it as a line of money paying for it does)
            money_row = bool(MONEY_TOKEN.search(sentence)) and "|" not in original.get(number, "") \
                and bool(_ROW_LABEL_NAMING.search(original.get(number, "")))
            if number in headings or _first(terms.get("narrative", ()), sentence) and not run_by \
                    or _EVALUATION_FOUND.search(sentence) \
                    or re.search(r"\||\S\s{3,}\S", original.get(number, "")) and not money_row:
                continue  # (a result, a case, a table row or a heading names the programme without describing it)
            narrative = bool(_first(terms.get("narrative", ()), sentence))
            quotes = _sentence_quotes(sentence) + _publication_titles(original.get(number, ""), sentence)
            # (what is evaluated is the object of the evaluation, not a service described: "Y Research will evaluate
            # Turning Tide", the corpus README's "Services named as evaluated")
            evaluated = [m.span("what") for pattern in (_EVALUATED, _EVALUATED_PASSIVE)
                         for m in pattern.finditer(sentence)] if "valuat" in sentence else []
            ends = bool(re.search(r"[.!?]\W*(?:\[\d{1,3}\]\W*)*$", sentence))  # (also before a footnote's marker, ".[3]")
            for m in finder.finditer(sentence):
                line = _line_at(starts, m.start())
                if narrative and m.start() not in run_by:
                    continue  # (in a result, only the name a body's relative clause runs)
                if m.start() in run_by:
                    out[(line, "named_programme")] = ProgrammeComponent(
                        source_id=source_id, source_line=line, pfa_code=area, component="named_programme",
                        duration_value=None, duration_unit="", duration_qualifier="", cadence="", cohorts=(),
                        delivery_modes=(), provision="new", programme_name=m.group(0), duration_min=None,
                        age_min=None, age_max=None) if (line, "named_programme") not in out else out[(line, "named_programme")]
                    continue  # (what the relative clause says is only that the body runs it: no length or people)
                if not ends and not _people_put_on(sentence, m.start()) and not money_row:
                    continue  # (a title or a label names it; a list item putting people on it describes it: "support for
                    # the partners of men on Fresh Start")
                if (line, "named_programme") in out or any(a <= m.start() < b for a, b in quotes + evaluated) or \
                        line in headings or \
                        _counted_object(sentence, m.start(), m.end()) or \
                        m.group(0) in one_word and not _people_put_on(sentence, m.start()) \
                        and not _ONE_OF_ITS_GROUPS.match(sentence, m.end()) and not _money_for_it(sentence, m) \
                        and not _DESCRIBED_IN_APPOSITION.match(sentence, m.end()) \
                        and not _DELIVERED_AS_SUBJECT.match(sentence, m.end()):
                    # (a one-word name is the programme again where people are put on it, or where it names a group,
                    # course or programme of it: "so that a second Harbourline group could open")
                    continue  # (a result or a target naming it: "212 men were referred to Turning Tides")
                if _NONE_OF_IT_FOR.search(sentence, 0, m.start()):
                    continue  # ("none of that money is for Keel": named as what other money is not for, not described)
                run_in = re.match(r"\W*\*\*(?P<h>[^*]+)\*\*", original.get(line, ""))
                if run_in and m.group(0) in run_in.group("h") and sentence.replace("*", "").strip() in run_in.group("h"):
                    continue  # a bold run-in heading ("**Fresh Start (match).**") names a section, not the service
                if sentence.strip(" *").rstrip(".:").strip() in fund_titles.get(line, ()):
                    continue  # a fund's title run in before its paragraph ("Ridgeway programme. The Office …"): the money
                if re.match(r"\s+(?:fund|grant|budget|account|team|contract|staff|website|web page|page|email|e-mail|inbox|"
                            r"referral form|manager|co-ordinator|coordinator|lead|line)\b", sentence[m.end():], re.I) or \
                        re.match(r"\W*$", sentence[m.end():]) and len(sentence) < 40 and \
                        not _people_put_on(sentence, m.start()):  # ("A case manager for
                    # each man on Keel.")
                    continue  # "the Fresh Start fund": the money, not the programme; a title line ("the Firm Footing
                    # contract", "the Changing Course team": what belongs to it)
                # what the sentence says of it after its name ("to run Calmer Homes, twelve weeks of work with 11 to 16 year
                # olds"): its length, people and ages
                rest = sentence[m.end():]
                # (a second verb of the sentence's subject starts other work: "It took Keel across the county and paid
                # for one-to-one work with women" gives Keel none of that work's people)
                rest = _ANOTHER_PREDICATE.split(rest, maxsplit=1)[0]
                if _ALSO_OFFERS.match(rest):
                    rest = ""  # ("Keel also offers men who cannot join a group ten one-to-one sessions": another service it
                    # runs beside its own course, whose length and people are that service's)
                if m.group(0) in one_word and _money_for_it(sentence, m):
                    # ("£702,500 pays for Kestrel and £219,000 for a separate service for men …": its own clause only)
                    rest = re.split(r"\s+and\s+£|,|;|\s+and\s+(?:a|an|the)\s", rest, maxsplit=1)[0]
                # (not a case manager's own length: "Each person on Keel will have a case manager, who stays with them
                # for up to nine months" gives Keel no length, the corpus README's "Length of case management")
                whole, ages = parse_duration(_CASE_MANAGER_LENGTH.sub(" ", rest)), _young_ages(_AGES.search(rest))
                cohorts = set(_all(terms.get("cohort", ()), _VICTIM_PARENTS.sub(" ", _ORG_NAME.sub(" ", _BODY_OF_ITS_PEOPLE.sub(
                    " ", rest))))) | \
                    ({"young_people"} if ages else set()) | _people_on_name(terms, sentence[:m.start()])
                out[(line, "named_programme")] = ProgrammeComponent(
                    source_id=source_id, source_line=line, pfa_code=area, component="named_programme",
                    duration_value=whole.value if whole else None, duration_unit=whole.unit if whole else "",
                    duration_qualifier=whole.qualifier if whole else "", cadence="", cohorts=tuple(sorted(cohorts)),
                    delivery_modes=(), provision="new", programme_name=m.group(0),
                    duration_min=whole.minimum if whole else None,
                    age_min=int([g for g in ages.groups() if g][0]) if ages else None,
                    age_max=int([g for g in ages.groups() if g][1]) if ages else None)
    _named_high_harm_service_lasts_its_case_management(out, original)
    _brand_courses_are_courses(out, original)
    return tuple(sorted(out.values(), key=lambda c: (c.source_line, c.component)))


#: an apposition naming someone's part in a programme, not the programme itself: "Ann Lee, the manager of our group
#: programme", "West Vale Homes, our partner in the perpetrator programme" (a preposition or a second article before the
#: head noun)
_APPOSED_ROLE = re.compile(r"^,\s+(?:(?:a|an|our|your|the|its|their)\s+|(?!(?:a|an|our|your|the|its|their)\s))(?:[\w'’-]+\s+)*?"
                           r"(?:of|in|on|at|for|with|from|by|to|behind|a|an|the|our|its|their)\s", re.I)


#: after a name, an apposition or a copula naming the name's role in a programme, not the programme: ", the new manager
#: of our group programme", " is the facilitator of the course", ", our partner in the perpetrator programme"
_ROLE_IN_IT = re.compile(r"\W*(?:\([^()]{1,60}\)\W*)?(?:,|\s+(?:is|was))\s+(?:(?:a|an|our|your|the|its|their)\s+)?"
                         r"(?:[\w'’-]+\s+){0,3}?(?:manager|co-?ordinator|lead|leader|head|director|facilitator|partner|"
                         r"funder|evaluator|chair|worker|officer|founder|trustee|member|host|champion|administrator|"
                         r"supervisor|practitioner|volunteer)s?\s+(?:of|in|on|at|for|with|behind|to)\s", re.I)


#: the words just before a name saying money is not for it: "none of that money is for", "is not spent on"
_NONE_OF_IT_FOR = re.compile(r"(?:\bnone\s+of\s+(?:it|that|this|the)(?:\s+(?:money|grant|sum|funding))?\s+(?:is|was|goes|went)|"
                             r"\b(?:is|was|are|were)\s+not)\s+(?:for|to|on|spent on|used for)\s+(?:the\s+)?$", re.I)


#: a body described by the people it is for, not the programme's people: "X, a separate women's charity", "a men's
#: health project"
_BODY_OF_ITS_PEOPLE = re.compile(r"\b(?:women|men)['’]s\s+(?:[\w-]+\s+)?(?:charity|charities|organisations?|centres?|"
                                 r"projects?|aid|refuges?)\b", re.I)
#: a markdown italic span ("*Keel: final evaluation report*") that titles a publication: a report, an evaluation, a
#: review or a journal, as a reference list prints it
_ITALIC_SPAN = re.compile(r"(?<![*\w])\*(?!\*)(?P<t>[^*\n]{3,160}?)(?<!\s)\*(?![*\w])")
_PUBLICATION_WORD = re.compile(r"\b(?:reports?|evaluation|review|study|briefing|paper|journal|proceedings)\b", re.I)


def _publication_titles(line: str, sentence: str) -> list[tuple[int, int]]:
    """The spans, in ``sentence``, of the italic titles of publications its line prints ("*Keel: final evaluation
    report*"): a programme named in a report's title is the title's word, not a service the text describes, as in
    quotes."""
    out = []
    for m in _ITALIC_SPAN.finditer(line):
        if _PUBLICATION_WORD.search(m.group("t")):
            at = sentence.find(m.group("t"))
            if at >= 0:
                out.append((at, at + len(m.group("t"))))
    return out


#: an aligned row of money whose label ends on what its sum is for, after a dash or "restricted to"/"for": "Home Office
#: grant - Keel      286,400", "Donations restricted to Keel      53,000"
_ROW_LABEL_NAMING = re.compile(r"^\s*(?=\S)(?:(?!\s{3}|\t|\|).)*?(?:\s[-–—]\s|\b(?:restricted to|for)\s+(?:the\s+)?)"
                               r"(?:(?!\s{3}|\t|\|).)*?\S\s{3,}£?\d")


#: a body's relative clause saying it runs a programme, just before the programme's name: "X CIC, which runs Keel, …",
#: "the charity, which delivers Keel," (not "which funds Keel")
_RUN_BY_WHICH = re.compile(r",\s*(?:which|who)\s+(?:(?:also|now|still|currently)\s+)?(?:runs|ran|delivers|delivered|operates|"
                           r"operated|facilitates|facilitated|provides|(?:holds|held|has|had|won)\s+the\s+contract\s+(?:for|to\s+run))\s+$")
# ("X CIC, which holds the contract for Keel, puts the fall down to …": the body holds the programme's contract)


#: a one-word programme's name used of one of its groups or courses ("a second Turnstone group could open in Boston",
#: "another Keel course will start in May"): the programme again, as where people are said to be on it
#: a one-word programme name as what a sum pays for or runs: "£702,500 pays for Kestrel", "£95,000 towards Kestrel",
#: "£40,000 to run Kestrel", "funds Kestrel" (before it), "Kestrel cost £486,000 to run" (after it)
_PAID_FOR_BEFORE = re.compile(r"\b(?:pays?|paid|paying)\s+for\s+$|\btowards\s+$|\bto\s+run\s+$|\bfunds?\s+$|"
                              r"\bfunding\s+for\s+$", re.I)
_COSTS_AFTER = re.compile(r"\s+(?:(?:costs?|cost\s+us|will\s+cost|is\s+costing)\s+(?:about\s+|around\s+)?£|"
                          r"(?:has|had|will\s+have)\s+(?:a|an)\s+(?:[\w-]+\s+)?budget\s+of\s+(?:about\s+|around\s+)?£)", re.I)
# (or has a budget of its own: "Harbourline has a two-year budget of £800,000")


def _money_for_it(sentence: str, m) -> bool:
    """Whether a sentence with a sum names a one-word programme as what the sum pays for or what it costs to run: the
    programme named again (the corpus README: a component is counted on every line that describes it)."""
    return bool(MONEY_TOKEN.search(sentence)) and bool(
        _PAID_FOR_BEFORE.search(sentence[max(0, m.start() - 30) : m.start()]) or _COSTS_AFTER.match(sentence, m.end()))


_ONE_OF_ITS_GROUPS = re.compile(r"\s+(?:groups?|courses?|cohorts?|programmes?)\b(?!\s+(?:fund|grant|budget|contract|manager|lead|"
                                r"co-?ordinator|facilitators?|staff|team)\b)", re.I)


#: a description of a perpetrator course in apposition after a name: "Calmwater, a course for men who abuse their
#: partners, is delivered by …", "Keel, the county's 26-week group programme, …" (a one-word name is the programme
#: there, as where people are put on it)
_DESCRIBED_IN_APPOSITION = re.compile(r",\s+(?:a|an|our|the|its|their|(?:the\s+)?[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,4}?"
                                      r"(?:course|programme)\s+(?:for|that|which|who|run|delivered|aimed)\b", re.I)


#: a one-word name as the subject of its delivery: "Keel is delivered by X CIC", "Keel will be run in three towns",
#: "Keel is now offered in Welsh", "Keel runs in Dover and Deal" (the programme, as where people are put on it); a brand
#: takes a singular verb, so a name that is also a plural word is not read so ("Options were offered to each man"), nor
#: with "will be" offered or provided, said of plurals as well ("Options will be offered to each man")
_DELIVERED_AS_SUBJECT = re.compile(r"\s+(?:(?:is|was|has\s+been)\s+(?:(?:now|still|also|currently|being)\s+)?"
                                   r"(?:delivered|run|provided|offered|facilitated)\b|will\s+be\s+(?:(?:now|still|also)\s+)?"
                                   r"(?:delivered|run|facilitated)\b|(?:now\s+|still\s+|also\s+)?runs\s+"
                                   r"(?:in|at|across|from)\s+(?-i:[A-Z])|"
                                   r"(?:will\s+|also\s+|now\s+)?(?:offers?|provides?|delivers?|runs?)\s+(?:an?|its)\s+"
                                   r"(?:[\w-]+\s+){0,5}?(?:programme|course|group|service)\b)", re.I)
# ("Keel runs in Dover, Deal and Folkestone": where it runs; "Keel will offer a 24-week group programme for men": what
# it offers, the programme described under its name)


#: a high-harm service, team, desk, strand, unit or model named as such ("A high-harm desk", "The high-harm team, called
#: X", "High-harm strand:", "a Drive-style service"), not high-harm people or their case management alone
_HIGH_HARM_SERVICE_NAMED = re.compile(r"\b(?:high(?:est)?[- ](?:harm|risk)|Drive(?:-style)?)\s+(?:[\w-]+\s+)?"
                                      r"(?:service|team|desk|strand|unit|model|project|hub)s?\b", re.I)
#: each person given a case manager or caseworker on the line ("each man with a named caseworker", "Each man referred
#: … has a case manager", "case managers hold men …, for up to 12 months each")
_EACH_PERSONS_CASE_MANAGER = re.compile(
    r"\b(?:each|every)\s+(?:man|woman|person|perpetrator|father|participant)\b[^.;]{0,60}?\bcase[- ]?(?:manager|worker)|"
    r"\bcase[- ]?(?:manager|worker)s?\b[^.;]{0,80}?\bfor\s+(?:up to\s+|about\s+|around\s+)?[\w-]+\s+"
    r"(?:months?|weeks?|years?)\s+each\b", re.I)


def _named_high_harm_service_lasts_its_case_management(out: dict, original: dict[int, str]) -> None:
    """A high-harm service, team, desk or strand the line names as such, whose people the same line gives each a case
    manager or caseworker for a length, and which has no length of its own, lasts that length (README, "Length of a
    case-managed high-harm service"): its ``high_harm`` fact, and the ``named_programme`` fact of the service's own
    name on that line ("The high-harm team, called X, …. Each man referred has a case manager for up to 18 months"),
    take the ``case_management`` fact's length, whatever the syntax (a dashboard's strand whose case managers "hold" men
    for a length "each", a desk whose men each have a named caseworker). Case management for high-harm people with no
    service named ("High-harm men: each has a caseworker for up to 10 months") keeps the length on the case manager."""
    for (line, kind), hh in list(out.items()):
        cm = out.get((line, "case_management"))
        if kind != "high_harm" or hh.duration_value is not None or hh.in_quote or cm is None \
                or cm.duration_value is None or cm.in_quote:
            continue
        text = original.get(line, "")
        if not _HIGH_HARM_SERVICE_NAMED.search(text) or not _EACH_PERSONS_CASE_MANAGER.search(text):
            continue
        out[(line, "high_harm")] = _with_length(hh, _length(cm))
        named = out.get((line, "named_programme"))
        if named is not None and named.duration_value is None and not named.in_quote and "high_harm" in named.cohorts:
            out[(line, "named_programme")] = _with_length(named, _length(cm))


#: the words after a brand saying it runs something besides: "also offers", "now also provides", "additionally runs"
_ALSO_OFFERS = re.compile(r"\s+(?:now\s+)?(?:also|additionally)\s+(?:offers?|runs?|provides?|includes?|gives?)\b")
#: a second predicate of a sentence's subject, joined by "and", that pays for or starts other work: "… and paid for",
#: "… and also funded", "… and opened"
_ANOTHER_PREDICATE = re.compile(r"\s+and\s+(?:also\s+)?(?:paid|pays|funded|funds|bought|buys|opened|opens|added|adds|"
                                r"started|starts|launched|launches)\b")


def _brand_courses_are_courses(out: dict, original: dict[int, str]) -> None:
    """A programme called by its brand and the noun course or programme ("keeps the Fenway programme running", "the
    force's Llwybr Newydd course", "It pays for our Safe Ground course") on a line that says nothing more of what kind of
    work it is, is a behaviour change programme there (the corpus README's `behaviour_change_programme`: a perpetrator
    programme or course not stated to be group or one-to-one), with the length and people its name's fact has; a line
    that also names its kind (a group course, one-to-one work, high-harm work) keeps that kind alone."""
    for (line, kind), c in list(out.items()):
        if kind != "named_programme" or c.in_quote or not c.programme_name:
            continue
        if any((line, k) in out for k in _PERPETRATOR_KINDS - {"named_programme", "high_harm", "case_management"}):
            continue
        called = re.search(r"(?:\b(?i:the|our|its|their|his|her|your)\s+|['’]s\s+)" + re.escape(c.programme_name)
                           + r"\s+(?:course|programme)\b", original.get(line, ""))
        if not called or re.search(r"(?i)\btold\s+\S+\s+$", original[line][max(0, called.start() - 12) : called.start() + 4]):
            continue  # (not a broadcast programme someone told: "she told our Drivetime programme")
        # (its people are not read from its own name: "the Turnaround Men course" says nothing of whom it is for)
        in_name = {w.lower() for w in re.findall(r"[A-Za-z]+", c.programme_name)}
        in_name |= {"fathers"} if in_name & {"dads", "fathers"} else set()
        out[(line, "behaviour_change_programme")] = replace(
            c, component="behaviour_change_programme", programme_name="",
            cohorts=tuple(k for k in c.cohorts if k != "high_harm" and k not in in_name))
