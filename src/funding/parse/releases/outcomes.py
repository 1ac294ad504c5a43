"""Outcomes a release reports or expects (counts, percentages, x of y): :func:`extract_outcomes`.
"""

from __future__ import annotations

import dataclasses
from funding.core import patterns as re

from funding.core.money import MONEY_TOKEN
from funding.parse.releases.records import Diagnostic, Outcome, PreparedRelease
from funding.parse.releases.vocabulary import _candidates, _first, _terms, may_match
from funding.parse.releases.text import STAT_TILE, _heading_lines, _line_at, _logical, prepare
from funding.parse.releases.components import _block_size, _quoted_spans
from funding.parse.releases.periods import _MONTHS, _NUMBER_WORDS, _YEAR, _fy_text, find_periods, parse_count, word_key
from funding.parse.releases.places import find_areas


#: the steps of a course as verbs, in every inflection: starting it ("started", "have begun", "took up a place", "enrolled")
#: and finishing it ("completed", "went on to finish", "saw it through", "stayed the course"), with the auxiliaries and
#: adverbs that may come before ("have", "had then", "successfully"); one grammar for every rule that reads a count as
#: people taking part, so a new wording of one step is read by all of them
_STEP_AUX = (r"(?:(?:have|has|had|then|also|later|eventually|subsequently|successfully|so far|already)\s+)*"
             r"(?:(?:went|go|goes|gone|going)\s+on\s+to\s+)?")
_STARTING = (r"(?:start(?:s|ed|ing)?|beg[iau]n|begins|beginning|join(?:s|ed|ing)?|enrol(?:s|led|ling)?|enroll(?:s|ed|ing)?|"
             r"t(?:ake|akes|ook|aken|aking)\s+(?:it\s+|them\s+|(?:a|their|his|her|the)\s+places?\s+|places\s+)?up|"
             r"t(?:ake|akes|ook|aken|aking)\s+part)")
_FINISHING = (r"(?:complet(?:e|es|ed|ing)|finish(?:es|ed|ing)?|s(?:ee|ees|aw|een|eeing)\s+(?:it|them)\s+through|"
              r"stay(?:s|ed|ing)?\s+the\s+course|(?:g(?:et|ets|ot)|made\s+it|reach(?:es|ed)?)\s+to\s+the\s+end|reached\s+the\s+end)")
#: who is passively counted on the way in ("were referred", "have been assessed", "had been offered a place")
_TAKEN_IN = r"(?:(?:were|was|are|is|have been|has been|had been|being)\s+(?:[a-z]+ly\s+)?)(?:referred|assessed|offered|accepted)"


_QUALIFIER_WORDS = (
    r"(?:(?P<qual>(?:no|not) (?:more|fewer|less) than|more than|over|at least|nearly|almost|about|around|approximately|"
    r"up to|less than|under|fewer than)\s+)?"
)
_VALUE_QUALIFIER = {
    "more than": "more_than", "over": "more_than", "at least": "at_least", "nearly": "about",
    "almost": "about", "about": "about", "around": "about", "approximately": "about", "up to": "up_to",
    "less than": "less_than", "under": "less_than", "fewer than": "less_than",
    "no more than": "up_to", "not more than": "up_to", "no fewer than": "at_least", "not fewer than": "at_least",
    "no less than": "at_least", "not less than": "at_least",
}
_PERIOD_RANGE = re.compile(
    r"\b(?P<period>(?:" + "|".join(_MONTHS) + r")(?:\s+\d{4})?\s+(?:to|-|–)\s+(?:" + "|".join(_MONTHS) + r")\s+\d{4})\b",
    re.I,
)
_WORD_SHARES = {"three quarters": 75.0, "two thirds": 67.0, "half": 50.0, "a quarter": 25.0, "a third": 33.0}
_FIGURE = re.compile(
    _QUALIFIER_WORDS + r"(?<![\w£$/.,-])(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w/]|\.\d|,\d)"
    r"(?P<pct>\s*(?:%|per\s?cent\b))?|(?<!first )(?<!second )(?<!the )(?P<share>\b(?:three quarters|two thirds|half|a quarter|a third))"
    r"(?=\s+of\b(?!\s+(?:the\s+|this\s+|that\s+|each\s+)?(?:year|period|quarter|month|week|20\d\d)\b)|"
    r"(?:(?<=[,:] three quarters)|(?<=[,:] two thirds)|(?<=[,:] a quarter)|(?<=[,:] half)|(?<=[,:] a third))"
    r"(?=\s+(?:of them\b|[a-z]+ed\b|went on|took|were|had|have|did|said|felt)))|"
    r"(?:\b(?:rate of|just over|just under|nearly|almost|more than|about|around|roughly|some|over|under|or)|(?<=[,(])|(?<=, )) ?(?P<share2>(?:three quarters|two thirds|half|a quarter|a third))"
    r"(?=\s*(?:[.;,)]|$))",
    re.I,
)
#: what every figure _FIGURE reads holds, a digit or a share's word: a sentence with none is passed over quickly (the
#: same regex engine, so the same reading of case)
_FIGURE_HELD = re.compile(r"\d|quarter|third|half", re.I)
#: what follows a number that is not an outcome: a length, an age, a time, a date, a money unit
#: a count whose verb is starting or finishing a course counts the people on it ("102 started a group")
_ON_A_COURSE = re.compile(r"\s+(?:(?:have|had|then)\s+)?(?:started|began|completed|finished|dropped out of|attended)\s+"
                          r"(?:(?:a|the|their|its|all|our)\s+)?(?:[\w-]+\s+){0,2}?(?:group|course|programme|sessions?|weeks)\b")
#: a list item that is a bare count and a verb of finishing ("- 61 completed", "• 12 dropped out"): people on the course
_BARE_ON_COURSE = re.compile(r"\s+(?:(?:have|had|then)\s+)?(?:completed|finished|dropped out)(?:\s+(?:it|them))?\s*(?:[.;,)]|$)")
#: a base counting people who started, began or finished, with no noun ("of the 96 who started, 61 completed"): people on
#: the course
_WHO_STARTED = re.compile(r"\s+who\s+(?:had\s+|have\s+)?(?:started|began|joined|attended|took part|completed|finished)\b")
#: where a figure's clause ends: a semicolon, or a comma or 'and' before another clause with its own figure or subject
_LATER_CLAUSE = re.compile(r";|,?\s+(?:and|but|while|whereas)\s+(?=(?:\w+\s+){0,3}?(?:\d|three quarters|half|two thirds))|"
                           r",\s+(?=(?:roughly|about|around|some|nearly|almost)?\s*(?:\d|three quarters|half|two thirds))")
_NOT_A_COUNT_AFTER = re.compile(
    r"^(?:[\s-]*(?:weeks?|months?|years?|sessions?|days?|hours?|minutes?|working days|year[- ]olds?|per cent|k\b|m\b|"
    r"groups?|courses?|cohorts?|"
    # (bodies, not people: "231 practitioners from 38 agencies attended")
    r"agencies|organisations|organizations|"
    r"million|st|nd|rd|th)\b|\s*(?:to|-|–|or|and)\s*\d+\s*(?:[\w-]+\s+){0,2}?(?:years?|year[- ]olds|weeks?|months?|sessions?)\b|"
    r"[\s-]*(?:one-to-one|weekly|fortnightly|monthly|group|individual|hour-long)[\s-]+(?:sessions?|weeks?|meetings?)\b|"
    r"[^.;]{0,60}\bat (?:any (?:one )?time|a time|once)\b|\s+(?:" + "|".join(_MONTHS) + r")\b|"
    r"\s*\)|:\d|"
    # a size, not a result: how many a group, cohort or worker takes ("16 men per cohort", "up to 10 men in each",
    # "8 men attend each group session") and a selection ("the 50 most dangerous offenders")
    r"\s+(?:[\w-]+\s+){0,2}?(?:per|in each|in every|each|to a|to each) (?:[\w-]+\s+)?(?:cohort|group|session|course|class|"
    r"intake|worker|case ?manager|caseworker|facilitator|practitioner)s?\b|\s+(?:[\w-]+\s+)?in each\b|"
    r"\s+(?:most|highest|riskiest|worst)\b)", re.I)
_NOT_A_COUNT_BEFORE = re.compile(
    r"\b(?:capacity (?:for|of)|places for|room for|(?:comparison|control|matched|similar) (?:group|sample|cohort) of)\s+$|"
    # a school's year groups ("Years 7 and 8 parents' evening", "Year 11 pupils"): a year's number, no count
    # (not after a comma that closes the list: "In Year 2, 45 men completed" counts 45 men in a year of the grant)
    r"\b(?-i:Years?)\s+(?:(?:\d{1,2}\s*(?:,|and|to|-|–)\s*)*\d{1,2}\s*(?:and|to|-|–)\s*)?$|"
    # a caseload, a team's or a mean's size and a headcount ("a caseload of 45 men", "employs 14 case workers",
    # "an average of 3 children") are no results
    r"\b(?:case ?loads?|average|mean|team|staff|workforce|headcount|group size|cohort size) (?:of|is|was|stands at|stood at|"
    r"of about|of around|of up to)\s+(?:about\s+|around\s+|up to\s+)?$|"
    r"\b(?:(?:a|its|the|their)\s+(?:[\w-]+\s+)?(?:list|register|database|watch ?list) of)\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+)?$|"
    r"\b(?:employs?|employed|employing|recruits?|recruited|recruiting|hires?|hired|hiring|appoints?|appointed)\s+"
    r"(?:a further\s+|another\s+|up to\s+|about\s+|around\s+)?$|"
    r"\beach\s+(?:work|works|working|hold|holds|manage|manages|see|sees|support|supports|take|takes)\s+(?:with\s+)?"
    r"(?:up to\s+|about\s+|around\s+|no more than\s+)?$|"
    # a worker's caseload ("Each case manager holds about 15 men", "every caseworker carries up to 12 cases", "a key worker
    # will work with no more than 10 families at a time"): how many one worker takes, no result
    r"\b(?:each|every|a|one|the)\s+(?:[\w-]+\s+)?(?:case[- ]?managers?|case[- ]?workers?|key[- ]?workers?|support workers?|"
    r"practitioners?|facilitators?|workers?)\s+(?:will\s+|can\s+|would\s+)?(?:works?|working|holds?|holding|manages?|managing|carry|carries|"
    r"carrying|sees?|seeing|supports?|supporting|takes?|taking|has|have|keeps?)\s+(?:with\s+|on\s+)?(?:a caseload of\s+)?"
    r"(?:up to\s+|about\s+|around\s+|no more than\s+|at most\s+|roughly\s+)?$|"
    # (a parliamentary or command paper's number: "Oral evidence: Domestic abuse perpetrators, HC 418", "HL Paper 12",
    # "Cm 9012")
    r"(?-i:\b(?:HC|HL|HL Paper|Cm|Cmnd|CP))\s+$|"
    # (a service's size, how many it takes or can take at most: "it takes up to 25 men a year", "the hub can take up to
    # 30 families"; README, "Capacity": a size, not a count anyone is said to expect)
    r"\b(?:takes|took|(?:can|could|will|would)\s+take)\s+(?:up to|no more than|at most)\s+$|"
    # (a week of a course by its number: "between weeks 8 and 12 of the 16-week course")
    # (not a span of weeks before a count: "in its first 12 weeks 40 men were referred")
    r"(?<!\d )(?<![a-z]-)\bweeks?\s+(?:\d{1,2}\s*(?:and|to|or|-|–)\s*)?$|(?:\baged|\bages?|\btop|\bno\.?|\bnumber|\bline|\bstep|\bsection|\bround|\bphase|\bpage|\bparagraph|\bnotes?|\btable|"
    r"\bfigure|\bappendix|\bannex|\brow|\bitem|\bpara|\bref|\bquestion|\brecommendation|\bpriority|\blevel|\btier|"
    r"\blots?|\bstrand|\bstage|"  # (a tender's lot or a plan's strand or stage by its number: "Lot 3 is for …")
    r"(?:" + "|".join(_MONTHS) + r"))\s+$|[(£/]\s*$|\b(?:aged|ages?)\s+\d{1,2}\s*(?:to|-|–|and)\s*$|"
    # (the rest of a sum misprinted with a space after its comma: "£2, 340 raised")
    r"£\s?\d{1,3},\s+$", re.I)
#: a month just before a number: a date when the number is a day of the month ("March 12"), not a count after it
_MONTH_BEFORE = re.compile(r"\b(?:" + "|".join(_MONTHS) + r")\s+$", re.I)
_FUTURE = re.compile(r"\b(?:will|expects?|expected|aims?|aiming|target(?:s|ed)?|hop(?:e|es|ed|ing)\b|anticipated|planned|forecast|projected|"
                     r"predicts?|forecasts|projects|anticipates|"
                     r"want(?:s|ed)? to see|would like to see|next year|plans? to|intends? to|is due to|are due to|"
                     r"to take part|is to|are to|should|to (?:train|reach|support|help|work with)|training for|must|"
                     r"requires?|required to|obliged to|commits? to|committed to|"
                     r"would (?:take part|start|begin|join|complete|finish|be referred|be supported|be helped|be trained|benefit|reach|"
                     r"attend|need))\b", re.I)
_PAST = re.compile(r"\b(?:were|was|had|has|have|finished|completed|started|received|contacted|accepted|came|fell|rose|"
                   r"said|felt|reported|showed|stayed|achieved|saw|worked|took part|supported|helped|referred|"
                   r"screened|ended|dropped|went|says?|tells?|reports?|trained|reached|attended|answered|handled|"
                   r"delivered|made|took|stood|totalled|numbered|came to)\b", re.I)
#: a figure set beside another as where it came from ("up from 52 per cent last year", "compared with 41 in 2023-24"): an
#: earlier result, reported whatever the sentence aims at
_EARLIER_BEFORE = re.compile(r"\b(?:(?:up|down|rising|falling|risen|fallen|rose|fell|improved|improving|increased|decreased|"
                             r"dropped|climbed|grown|grew)\s+from|compared (?:with|to)|against|versus|vs\.?)\s+"
                             r"(?:about\s+|around\s+|just\s+(?:over|under)\s+)?$", re.I)
_EARLIER_AFTER = re.compile(r"\s*(?:%|per\s?cent)?\s*(?:of\s+(?:them|those|men|people|partners|starters)\s+)?"
                            r"(?:last year|the (?:year|period|quarter) before|the previous (?:year|period|quarter)|"
                            r"(?:in|during)\s+(?:19|20)\d\d|a year (?:ago|earlier))\b", re.I)
#: a figure stated as the target beside a result ("against a target of 60", "compared with its target of 65%")
_TARGET_OF = re.compile(r"(?:\b(?:target|aim|goal|ambition)(?:\s+(?:of|was|is|had been)\s+|\s*:\s*)|(?:^|[(,;]\s?)target\s+)"
                        r"(?:about\s+|around\s+|at least\s+)?$", re.I)  # (also a bare label: "Target 50", "(target: 150)")
_TARGET_PHRASE = re.compile(r"[,(]?\s*\b(?:against|compared with|compared to|versus|vs\.?|beating|missing|short of|above|below|"
                            r"ahead of|behind)\s+(?:a|the|its|their|an)\s+(?:[\w-]+\s+)?(?:target|aim|goal)\s+of\s+\S+\)?|"
                            r"\(\s*(?:target|aim|goal|forecast)\s*:?\s*(?:of\s+)?[^()]{0,20}\)", re.I)
#: a figure as the object of what money or a service is for ("£25,000 for training 150 staff", "paid for supporting 40
#: families"): an aim
_PURPOSE_BEFORE = re.compile(r"\bfor\s+(?:training|supporting|helping|working with|reaching|treating)\s+(?:up to\s+|about\s+|"
                             r"around\s+|at least\s+|some\s+|another\s+|a further\s+)?$", re.I)
#: a lead-in naming aims before a colon in the same sentence ("Targets for 2025-26: at least 50 men …", "Our aims for the
#: year: …", "Expected outcomes: …"): every figure after it is aimed at
_TARGET_LEAD = re.compile(r"(?:^|[.;]\s+|\d\.\d+\s+)[^.;:]{0,30}\b(?:targets?|aims?|expected (?:outcomes|results)|goals?|"
                          r"ambitions?|milestones?|outputs?)\b[^.;:]{0,40}:\s", re.I)
#: an accounts-style comparative opening just before a figure: "(2022-23: ", "(last year: ", "(prior year: "
_EARLIER_YEARS_BRACKET = re.compile(r"\(\s*(?:(?:19|20)\d\d(?:\s*[-/–]\s*\d{2,4})?|last year|the year before|previous year|"
                                    r"prior year)\s*:\s*$", re.I)


def _bracket_year_comes_first(bracket: str, words_before: str, outer_period: str) -> bool:
    """Whether a bracketed comparative's year ("(2022-23: ") comes before the year of the figure it stands beside: the
    last year its sentence names before the bracket, else the period of the heading or lead-in over it. A bracket naming
    no year ("(last year: ") is earlier by its words; one with no year to compare against is taken as earlier. Not
    "We expect 60 men to complete the course in 2025-26 (2026-27: 80)": a later year's aim, not last year's result."""
    year = re.search(r"(?:19|20)\d\d", bracket)
    if not year:
        return True
    own = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", words_before) or re.findall(r"(?:19|20)\d\d", outer_period or "")[:1]
    return not own or int(year.group(0)) < int(own[-1])


#: a label naming a step on the course with no noun ("Completed the programme:", "Started a group:"): people on it
_COURSE_LABEL = re.compile(r"\W*(?:started|began|joined|completed|finished|dropped out|attended|"
                           r"still (?:attending|on the (?:course|programme)))\b", re.I)  # ("Still attending at 31 March: 15")
#: a label and its colon just before a figure ("Referrals: 212", "Men completing: 96")
_LABEL_BEFORE = re.compile(r"(?:^|[.;|]\s*|\n)\W*(?P<label>[A-Za-z][\w '’-]{0,40}?)\s*:\s*$")
#: people who took part after being referred ("110 of those 150 taking up a place")
_TAKING_PART = re.compile(r"\b(?:taking up|took up|take up|started|starting|began|joined|joining|completed|"
                          r"completing|attended|attending|finished|went on)\b", re.I)
#: a percentage whose verb is completing the course ("70% complete it", "65 per cent to finish the programme")
_SHARE_COMPLETING = re.compile(r"\s+(?:(?:to|will|would|should|have|had|then)\s+)?(?:complete|completed|completes|finish|finished|"
                               r"finishes)\b(?:\s+(?:it|them|the (?:course|programme|group|intervention)|all \w+ (?:weeks|sessions)))?"
                               r"\s*(?:[.;,]|$|\b(?:in|by|within|over|this|next|last|each)\b)", re.I)
#: a rate and its noun just before a percentage ("a completion rate of at least 70 per cent")
_RATE_OF = re.compile(r"\b(?P<noun>[\w-]+\s+rates?)(?:\s+(?:among|amongst|for|across)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+)?"
                      r"\s+(?:of|was|is|stood at|reached|at)\s+(?:[a-z]+\s+){0,2}$", re.I)  # (also "the completion rate
# among starters was 68%": whom the rate counts is the rate's noun's, not a later clause's partners)
#: a present-tense count per year or month ("can take up to 40 men a year") is what a service expects to do
_PER_PERIOD = re.compile(r"\b(?:a|each|every|per) (?:year|month|quarter)\b|\bannually\b|\bper annum\b|\bat any one time\b", re.I)
#: a present-tense count now ("now manages 35 perpetrators") reports the present
_NOW = re.compile(r"\b(?:now|currently|so far|to date|at present|this year|presently|still|remain(?:s|ing)?)\b", re.I)
#: a verb in the past simple after a count ("40 joined a group", "51 accepted support"): a result
_PAST_VERB = re.compile(r"(?<![-–/\d])\d+(?:\s*%|\s+per\s?cent\b)?\s+(?:[a-z-]+\s+){0,3}?(?!need|based|funded|aged|called|named|used|concerned|involved|skilled|"
                        r"qualified|trained|dedicated|specialised|specialized|limited|detailed|required|expected|planned|"
                        r"hoped|intended|targeted)[a-z]{2,}ed\b")
#: a verb in the past simple with its subject, anywhere in the sentence ("Police recorded no further abuse for 31 of them",
#: "the team piloted a course with 19 families") or a present verb of showing figures ("Figures show 146 referrals"): a
#: result, not an aim
_REPORTING = re.compile(r"\b(?:[A-Z][a-z]+|police|team|service|council|office|charity|provider|it|they|we|he|she|figures|data|"
                        r"records?|statistics|numbers)\s+(?:also\s+|then\s+|only\s+)?(?!need|based|funded|concerned|involved|"
                        r"required|expected|planned|hoped|intended|targeted)(?:[a-z]{3,}ed|ran|led|met|kept|got|won|"
                        r"shows?|record|recorded|indicate[sd]?)\b")
_DIGIT_RUN = re.compile(r"\d+")
_WHOLE_COUNT = re.compile(r"\d[\d,]*\d|\d")  # (a count with its thousands commas: "1,204")
#: a figure set beside an earlier one ("up from 59%", "compared with 140 the year before"): a result, as the earlier is
_BESIDE_EARLIER = re.compile(r"\b(?:up|down)\s+(?:from|on)\b|\b(?:the year before|the previous year|a year earlier|"
                             r"(?:compared (?:with|to)|than|from)\s+last year)\b", re.I)
_COUNTED_NOUNS = r"men|women|fathers|mothers|partners|young people|families|children|people|referrals|participants"
#: "Of the men, 71 finished": a base named by the people it counted
_OF_NOUN_X = re.compile(r"\b[Oo]f\s+(?:the|these|those)\s+(?P<noun>" + _COUNTED_NOUNS + r"),\s*(?P<x>\d[\d,]*)\b(?!\s*(?:%|per\s?cent))")
_COUNT_OF_PEOPLE = re.compile(r"(?<![\d,.])(?P<n>\d[\d,]*)\s+(?P<noun>" + _COUNTED_NOUNS + r")\b", re.I)
#: a word saying someone expects, aims, plans or is targeted to reach a count (README, "Capacity"): "the office expects
#: …", "aims to start 120 men", "with 200 places planned"; "will" alone says what a service is, not an expectation
_EXPECTING = re.compile(r"\b(?:expects?|expected|expecting|aims?|aimed|aiming|plans?|planned|planning|target(?:s|ed)?|"
                        r"hop(?:e|es|ed|ing)|forecasts?|projected|anticipated?|anticipates)\b", re.I)
#: people counted at a time after a figure ("45 men at a time", "about 30 families at any one time"): a caseload
_PEOPLE_AT_A_TIME = re.compile(r"\s+(?:[\w-]+\s+)?(?:men|women|people|perpetrators|families|partners|clients|cases|"
                               r"young people|fathers|parents)\b[^.;]{0,30}\bat (?:any (?:one )?time|a time|once)\b", re.I)
#: training of practitioners in a sentence, and places on it ("with 200 places planned"): counts of practitioners
_TRAINING = re.compile(r"\btrain(?:s|ed|ing)?\b|\bbriefings?\b|\bworkshops?\b|\b(?:sessions?|courses?)\b[^.;]{0,100}\b(?:for|places for)\s+"
                       r"(?:up to\s+|about\s+)?(?:\d[\d,]*\s+)?(?:[\w-]+\s+)?(?:practitioners|professionals|staff|officers)\b", re.I)
_PLACES = re.compile(r"\s+(?:training\s+)?places\b", re.I)
#: an infinitive ("to say", "to report"): no verb in the past, whatever its form
#: (a perfect or passive infinitive is one too: "hopes to have worked with 400 men", "aims for 60 to be referred")
_INFINITIVE = re.compile(r"(?<!\bcame )\bto\s+(?:have\s+(?:been\s+)?|be\s+)?[a-z]+\b", re.I)
#: a list item's line: a bullet, or a number or letter in brackets or before a full stop ("(a) …", "b) …", "2. …")
_LIST_ITEM = re.compile(r"\s*(?:[-•*–]|\(?[a-z]{1,2}\)|\(?\d{1,2}[.)]|\(?[ivx]{1,4}\))\s")
#: x of y, also with the base in brackets ("Completions: 41 (of 58 starters)"); not the place of one year, phase or
#: payment in a series ("the Home Office grant (year 2 of 2)", "tranche 1 of 3", "page 4 of 9")
_X_OF_Y = re.compile(r"(?<![Yy]ear )(?<![Pp]hase )(?<![Ss]tage )(?<![Tt]ranche )(?<![Pp]ayment )(?<![Ii]nstalment )"
                     r"(?<![Pp]age )(?<![Pp]art )(?<![Qq]uarter )\b(?P<x>\d[\d,]*)(?:\s+|\s*\(\s*)(?:out\s+)?of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?(?P<y>\d[\d,]*)\b(?!\s*(?:%|per\s?cent))")
#: "31 out of a total of 45 men", "31 of the first group of 45 men": the base a few words after "of" (not across a
#: clause: "188 of them started it and 121 completed" counts 121 apart; nor "140, of whom 96 …", where 140 is the base)
_X_OF_LATER_Y = re.compile(r"\b(?P<x>\d[\d,]*)\s+(?:out\s+)?of\s+(?:(?!aged\b|ages?\b|under\b|over\b|within\b|after\b|and\b|or\b|but\b|while\b|whereas\b|them\b|whom\b)[a-z][\w'’-]*\s+){1,6}?"
                           r"(?P<y>\d[\d,]*)\b(?!\s*(?:%|per\s?cent|-|–|to\s+\d|or\s+\d|and\s+\d|weeks?\b|months?\b|years?\b|sessions?\b|days?\b|year))")
#: "31 of those who joined - 45 men in all -", "31 of the men who started, 45 in total,": the base stated as a total after
_X_OF_Y_IN_ALL = re.compile(r"\b(?P<x>\d[\d,]*)\s+(?:out\s+)?of\s+(?:the|those|these|them)\b[^.;\d£]{0,50}?(?:,|\s[-–—(])\s*"
                            r"(?:all\s+)?(?P<y>\d[\d,]*)\b(?:\s+[a-z]+)?\s+(?:in all|in total|altogether|all told)\b")
#: "31 men, of 45 who started, finished": the base in an aside after the count
_X_COMMA_OF_Y = re.compile(r"\b(?P<x>\d[\d,]*)\s+(?:[a-z]+\s+){0,4}?[a-z]+,\s+(?:out\s+)?of\s+(?:the\s+)?(?P<y>\d[\d,]*)\b"
                           r"(?!\s*(?:%|per\s?cent))(?=\s+(?:who|that|which|men|women|people|referred|referrals|started|began))")
#: "Of 112 men referred during the year, mostly by the police, 70 started a group": the base, an aside, then the count and
#: what it did
_OF_Y_ASIDE_X = re.compile(r"\b[Oo]f\s+(?:the\s+|these\s+|those\s+|its\s+)?(?P<y>\d[\d,]*)\b(?!\s*(?:%|per\s?cent))"
                           # (a year in the aside: "… between April and September 2024, 45 completed it")
                           r"(?:[^;.\d£]|(?<!\d)(?:19|20)\d\d(?:[-–/]\d\d)?(?!\d)){0,140}?,"
                           r"\s*(?P<x>\d[\d,]*)\s+(?=(?:[a-z]+\s+){0,2}?(?:started|began|completed|finished|joined|attended|went|"
                           r"were|had|have|did|said|reported|took|dropped|left|engaged)\b)")
#: (the base may follow a place's or body's possessive: "Of Wrexham's 150 referrals, 40 came from probation", "Among
#: Hope Street's 62 starters, 41 finished")
_OF_Y_X = re.compile(r"\b(?:[Oo]f|[Aa]mong(?:st)?)\s+(?:the\s+|these\s+|those\s+|its\s+|last\s+year's\s+|"
                     r"(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+){0,2}['’]s?\s+)?(?P<y>\d[\d,]*)\b(?!\s*(?:%|per\s?cent))[^,;.]{0,60},\s*(?P<x>\d[\d,]*)\b(?!\s*(?:%|per\s?cent))")
#: "Of the 58 women referred, three quarters engaged": a word share after the base has it as its base
_OF_Y_SHARE = re.compile(r"\b[Oo]f\s+(?:the\s+|these\s+|those\s+|its\s+)?(?P<y>\d[\d,]*)\b(?!\s*(?:%|per\s?cent))[^,;.\d]{0,60},\s*"
                         r"(?P<x>three quarters|two thirds|half|a quarter|a third)\b")
#: "57 per cent of the 70 men who started": the percentage has the count it is a share of as its base
_PCT_OF_Y = re.compile(r"\b(?P<x>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s?cent)\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?(?P<y>\d[\d,]*)\b(?!\s*(?:%|per\s?cent))", re.I)
_Y_X_OF_WHICH = re.compile(r"\b(?P<y>\d{1,3}(?:,\d{3})+|\d+)\b[^,;.\d]{0,40},\s*(?P<x>\d{1,3}(?:,\d{3})+|\d+)\s+of\s+(?:whom|which)\b")
_Y_OF_WHOM_X = re.compile(r"\b(?P<y>\d[\d,]*)\b(?:[^,;.\d]|(?<!\d)(?:19|20)\d\d(?:[-–/]\d\d)?(?!\d)){0,60},\s*of\s+(?:whom|which|these|them|those)\s+"
                          r"(?:at least |about |around |over |more than |nearly |almost |some |up to )?(?P<x>\d[\d,]*)\b"
                          r"(?!\.\d|\s*(?:%|per\s?cent))")  # (not a percentage: "1,124 referrals, of which 57 per cent
# came from the police" is a count and a share of it, each an outcome, the share with no base, as the corpus labels it)
#: "44 men started the programme and 29 completed it" (or "and just 29 completed"), "expected 75 men to start … and 50 of them to complete"; the base
#: is the last count before the finishers ("60 were referred, 45 started and 30 completed": 30 of 45, not of 60)
_SHARE_OF_Y = re.compile(r"\b(?P<share>three quarters|two thirds|half|a quarter|a third)\s+of\s+(?:the\s+|these\s+|those\s+)?"
                         r"(?P<y>\d{1,3}(?:,\d{3})+|\d+)\b", re.I)
#: a sentence opening "Of those, x …": x is a share of the figure counted in the sentence before
_OF_THOSE_X = re.compile(r"\W*Of\s+(?:those|them|these)\s*,\s*(?P<x>\d[\d,]*)\b(?!\s*(?:%|per\s?cent))", re.I)
#: an "x of the y" whose noun is left out, a comma or stop straight after y ("in 14 of the 45, staff had not …")
_ELIDED_BASE = re.compile(r"\b\d[\d,]*\s+(?P<of>of\s+the\s+(?P<y>\d[\d,]*))(?=\s*[,;.)])")
_X_OF_THOSE = re.compile(r"\b(?P<x>\d{1,3}(?:,\d{3})+|\d+)\s+of\s+(?:those|these|them)\b", re.I)
_Y_THEN_X = re.compile(r"(?<![-–/])\b(?P<y>\d{1,3}(?:,\d{3})+|\d+)\s+(?:[\w-]+\s+){0,3}?(?:" + _STEP_AUX + _STARTING + "|" +
                       _TAKEN_IN + r"|to start|to begin|to join)\b[^.;\d]{0,80}?\band\s+"
                       r"(?:at least |about |around |over |more than |nearly |almost |some |just |only )?(?P<x>\d[\d,]*)\s+(?:of (?:them|these|those)\s+)?"
                       # (the count restated as a percentage in brackets first: "and 29 (66%) completed it")
                       r"(?:\(\s*\d{1,3}(?:\.\d+)?\s*(?:%|per\s?cent)\s*\)\s+)?"
                       r"(?:(?:to\s+)?" + _STEP_AUX + "(?:" + _FINISHING + "|" + _STARTING + r"|went on|accepted))\b", re.I)
#: "offered support to 84 partners and ex-partners; 66 accepted", "gave places to 60 men, and 48 of them started": the
#: count of those offered is the base of those who took it up (and no outcome of its own)
_OFFERED_Y_X = re.compile(r"\b(?:offered|gave|given|offering)\s+(?:support|help|a place|places|a space|spaces)\s+to\s+"
                          r"(?P<y>\d{1,3}(?:,\d{3})+|\d+)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+\s*[;,]\s*(?:and\s+)?"
                          r"(?P<x>\d[\d,]*)\s+(?:of (?:them|these|those)\s+)?(?:accepted|took it up|took up|agreed|started|"
                          r"engaged|took part)\b", re.I)
#: "contacted 140 partners; 96 took up support", "63 partners contacted, 41 accepted support": the count of those
#: contacted is the base of those who took support up, as with those offered it (and no outcome of its own)
_TOOK_SUPPORT_UP = (r"\s*[;,]\s*(?:and\s+)?(?P<x>\d[\d,]*)\s+(?:of (?:them|these|those)\s+)?(?:accepted|took it up|took up|"
                    r"agreed|engaged|took part)\b")
_CONTACTED_Y_X = re.compile(r"\b(?:contacted|reached|approached)\s+(?P<y>\d{1,3}(?:,\d{3})+|\d+)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
                            + _TOOK_SUPPORT_UP, re.I)
_Y_CONTACTED_X = re.compile(r"(?<![-–/£])\b(?P<y>\d{1,3}(?:,\d{3})+|\d+)\s+(?:[\w'’-]+\s+){0,3}?(?:were\s+|was\s+)?"
                            r"(?:contacted|approached)" + _TOOK_SUPPORT_UP, re.I)
#: "Of the 97 men who started, 58 have completed it and 21 dropped out": the second count has the same base (those
#: still attending, in progress or waiting are counted with no base: corpus README, "Those still attending")
_OF_Y_X_AND_X = re.compile(r"\b[Oo]f\s+(?:the\s+|these\s+|those\s+)?(?P<y>\d[\d,]*)\b[^,;.]{0,60},\s*\d[\d,]*\s+[^,;.\d]{0,40}?\band\s+"
                           r"(?P<x>\d[\d,]*)\s+(?:are|were|is|was|have|had)?\s*(?:then\s+)?(?:completed|finished|"
                           r"dropped out|left)\b")
#: a section heading: a short line that does not end a sentence ("3.4 Targets for 2024-25", "Results")
_TARGET_HEADING = re.compile(r"\b(?:targets?|aims?|expect\w*|forecasts?|planned|ambitions?|goals?|milestones?)\b", re.I)
_RESULTS_HEADING = re.compile(r"\b(?:results?|outcomes?|performance|in numbers|achievements?|what we (?:did|achieved))\b", re.I)
_SECTION_HEADING = re.compile(r"^\s*(?:#{1,6}\s*)?(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?[A-Z][^.!?:;|£]{0,70}$")
_IN_TEN = re.compile(r"\b(?P<x>\d{1,2}|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out of)\s+(?:every\s+)?"
                     r"(?P<y>10|ten|five|four|three|two|[2-5]|100)\b(?=\s+[a-z])", re.I)  # "9 in 10 partners": 90 per cent


#: a bound just before a figure of sessions attended, and the sessions after it: "attended at least 20 of the 24
#: sessions", "no fewer than three quarters of the sessions", "a minimum of 80% of sessions" (a threshold someone set)
_ATTENDANCE_BAR_BEFORE = re.compile(r"\b(?:at least|at most|no fewer than|no less than|a minimum of|a maximum of)\s+$", re.I)
_OF_SESSIONS_AFTER = re.compile(r"\s*(?:%|per\s?cent)?\s*(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:\d[\d,]*\s+)?"
                                r"(?:[a-z-]+\s+)?(?:sessions|weeks|appointments|modules|meetings|classes)\b", re.I)


#: a section heading numbered without a dot ("3 Perpetrator work"): the number, then a short title in words only
_NUMBERED_TITLE = re.compile(r"^\s*(?:#{1,6}\s*)?(?P<n>\d{1,2})\s+[A-Z][A-Za-z'’,&() -]{1,60}$")


def _numbered_heading_lines(raw: dict[int, str]) -> set[int]:
    """The lines that are numbered section headings: a number and a title in words, each beside another such line
    numbered one before or after it ("2 Safe accommodation", "3 Perpetrator work", "4 Children"), so that the
    numbers are the sections' order, not counts of people."""
    titled = {n: int(m.group("n")) for n, t in raw.items() for m in [_NUMBERED_TITLE.match(t)] if m}
    numbers = set(titled.values())
    return {n for n, k in titled.items() if k - 1 in numbers or k + 1 in numbers}


#: a figure with no noun after it ("from 121 the year before", "a target of 40 for the year", "it received 271, …")
_BARE_FIGURE_AFTER = re.compile(r"\s*(?:[.;,:)]|$|(?:in|for|the|last|this|that|by|during|over|a|each|per|and|but|from|"
                                r"against|compared|so far|to date|since)\b)", re.I)
#: what sets a bare figure beside a count said before it: a comparison, a change's end point, a target, or a verb of
#: receiving or making with the counted thing left out ("up from", "compared with", "rise to at least", "it received")
_COMPARED_BEFORE = re.compile(r"\b(?:(?:up|down)\s+from|from|compared (?:with|to)|against|than|versus|vs\.?|"
                              r"(?:a|the|its|their|our)\s+(?:[\w-]+\s+)?(?:target|aim|goal|ambition|forecast|projection|estimate)"
                              r"(?:\s+for(?:\s+[\w-]+){1,3}?)?\s+(?:of|was|is)|"
                              r"target\s*:?|"
                              r"(?:rise|rose|risen|fall|fell|fallen|grow|grew|grown|increased?|decreased?|drop|dropped|climb|climbed|"
                              r"go up|went up|go down|went down)\s+(?:again\s+)?to|"
                              # (the subject may be left out after "and" or "but", with "so far" or "to date" before the verb: "expects
                              # to take 90 referrals a year, and so far has had 37")
                              r"(?:(?:it|they|we|he|she|the service|the programme|the course)|,?\s*\b(?:and|but))\s+"
                              r"(?:(?:so far|to date|already|since then|now|this year)\s+)?(?:has\s+|had\s+|have\s+)?(?:[a-z]+ly\s+)?"
                              r"(?:received|took|taken|had|made|saw|seen|reached|handled|accepted|worked with|supported|achieved|recorded|delivered|"
                              r"managed|predicts|expects|forecasts|projects|anticipates))"
                              r"\s+(?:about\s+|around\s+|at least\s+|nearly\s+|almost\s+|over\s+|more than\s+|some\s+|just\s+)?$",
                              re.I)


#: an earlier period's figure in brackets beside a count ("318 referrals (2023/24: 256)", "(256 in 2023-24)", "(last
#: year: 256)"): the same people's earlier result, as "up from 256 in 2023/24" is
_EARLIER_PERIOD = r"(?:(?:19|20)\d\d(?:\s*[-/–]\s*\d{2,4})?|last year|the (?:year|period) before|the previous (?:year|period))"
_EARLIER_BRACKET_BEFORE = re.compile(r"\(\s*(?:in\s+)?" + _EARLIER_PERIOD + r"\s*[:=–-]?\s*(?:about\s+|around\s+)?$", re.I)
_EARLIER_BRACKET_AFTER = re.compile(r"\s+(?:in|for|during)\s+" + _EARLIER_PERIOD + r"\s*\)", re.I)


def _earlier_in_bracket(before: str, after: str) -> bool:
    """Whether a bare figure stands in brackets with an earlier period, before or after it."""
    return bool(_EARLIER_BRACKET_BEFORE.search(before[-30:]) and re.match(r"\s*\)", after)
                or re.search(r"\(\s*$", before) and _EARLIER_BRACKET_AFTER.match(after))


#: after a count of referrals, words saying where they came from ("190 came from the police", "45 were self-referrals")
_BY_SOURCE = re.compile(r"\s+(?:(?:came|come|were|was|had been)\s+)?(?:from|made by|by|self-referr\w*)\b", re.I)
#: after a count, the words saying it counts people referred ("236 men were referred and 151 of them started")
_REFERRED_Y = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:were|had been|have been)\s+referred\b", re.I)
#: a chain of counts in one clause: people referred, then how many of them started ("73 women were referred, 50 of them
#: began a course, and 31 finished it", "88 men were referred in 2024-25, of whom 51 started"); with no "of them" ("131 men
#: were referred, 79 started the course and 58 completed it") the starters are only the finishers' base
_REFERRED_THEN_STARTED = re.compile(
    r"(?<![\d,.–/-])\b(?P<y>\d{1,3}(?:,\d{3})+|\d+)\s+(?:[\w-]+\s+){0,3}?(?:(?:were|had been|have been)\s+)?referred\b"
    r"(?:[^;.\d]|(?<!\d)(?:19|20)\d\d(?:[-–/]\d\d)?(?!\d)){0,60}?(?:,\s*|\s+)(?:and\s+|then\s+)?(?:"
    r"of\s+(?:them|whom)\s+(?P<x>\d[\d,]*)|(?P<x2>\d[\d,]*)\s+of\s+(?:them|these|those))\s+(?:(?:had|have|then)\s+)?"
    r"(?:started|began|joined|took up|went on|enrolled)\b",
    re.I)
#: a clause opening with a count on the course after a count of starters in the same sentence ("92 of them started the
#: course; 60 completed it", "50 began a course, and 31 finished it")
_THEN_FINISHED = re.compile(r"(?:;|,|\band\b|\bwhile\b)\s*(?:and\s+)?(?P<x>\d[\d,]*)\s+" + _STEP_AUX + _FINISHING + r"\b", re.I)
_STARTED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:of\s+(?:them|these|those)\s+)?" + _STEP_AUX + _STARTING + r"\b", re.I)


def _chain_matches(pattern: re.Pattern, sentence: str):
    """Every match of a "y …, and x …" pattern along a chain of counts, each link's x the next one's y ("75 were referred,
    and 40 began the course and 22 finished": 40 of 75, then 22 of 40), where ``finditer`` would skip the second link."""
    pos = 0
    while (m := pattern.search(sentence, pos)) is not None:
        yield m
        pos = m.start("x")


def _chained_starters(sentence: str, bases: dict, base_end: dict, bare_chain: set) -> None:
    """Bases along a chain of counts: the starters of "x were referred, y began …" are of the x referred, and the
    finishers of "… y started the course; z completed it" are of the y who started (the last count of starters before
    them in the sentence).  Starters with no base of their own are only the finishers' base: they join ``bare_chain``
    ("118 men began a group; 83 saw it through" is 83 of 118, the corpus README's "Started and completed")."""
    for m in _REFERRED_THEN_STARTED.finditer(sentence):
        x = "x" if m.group("x") else "x2"
        if m.start(x) not in bases:
            bases[m.start(x)], base_end[m.start(x)] = _num(m.group("y")), m.end("y")
    for m in _THEN_FINISHED.finditer(sentence):
        if m.start("x") in bases:
            continue
        starters = [f for f in re.finditer(r"(?<![\d,.£-])\d[\d,]*(?![\d,]*%)", sentence[: m.start()])
                    if _STARTED_AFTER.match(sentence, f.end()) and not _YEAR.match(sentence, f.start())]
        if starters:
            bases[m.start("x")], base_end[m.start("x")] = _num(starters[-1].group(0)), starters[-1].end()
            if starters[-1].start() not in bases and not re.search(r"\bof\s+(?:the|these|those|them)\b",
                                                                   sentence[starters[-1].end() : m.start("x")]):
                bare_chain.add(starters[-1].start())  # (not when the finishers' clause names its base again: "80 men
                # and 12 women started, and of the women, 10 finished" keeps both counts of starters)


#: a past verb straight after a bare count ("17 asked for help again", "12 were arrested", "9 had left")
_BARE_PAST_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:(?:were|was|had|have)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed|[a-z]{3,}ed|"
                              r"went|came|left|told|said|felt|took|made|had|got|saw|fell|began|ran|kept|won)\b(?!\s+(?:by|from)\b)", re.I)
#: a bare figure's verb in the infinitive after an earlier count ("… and 55 to start a group", "and 45 to be taken on")
_ELLIPTICAL_TO = re.compile(r"\s+(?:more\s+|others\s+)?(?:to|should|would|will|could)\s+(?:be\s+)?(?:[a-z]+ly\s+)?[a-z]{3,}\b"
                            r"(?:\s+(?:on|up|in|part))?", re.I)


#: "referred again", "re-referred": people counted again, not referrals
_AGAIN = re.compile(r"(?:\s+(?:[\w-]+\s+){0,3}?again\b|\s+back\b)")
#: people named by their partners' place ("the women whose partners were on that course"): partners
_WHOSE_PARTNERS = re.compile(r"\s*(?:of\s+)?(?:the\s+)?(?:women|people|victims|survivors|those)?\s*whose\s+(?:ex-)?"
                             r"(?:partners?|husbands?|boyfriends?|abusers?)\b", re.I)
#: a share with no noun, straight before its verb ("three quarters said they felt safer"): the subject is said before it
_VERB_AFTER_SHARE = re.compile(r"\s+(?:of\s+them\s+)?(?:said|say|felt|feel|reported|told|agreed|described|rated|were|was|had)\b",
                               re.I)
#: a plural noun (a word ending in a single s, or initials with s: "advocates", "IDVAs"), not a short word ending in s
_OTHER_PLURAL = re.compile(r"\b(?!(?:is|was|has|its|this|as|us|does|yes|his|hers|ours|theirs|plus|thus|always|perhaps|"
                           r"whereas|across|less|unless|news|status|means|series|sometimes|towards|afterwards|besides)\b)"
                           r"(?:[A-Za-z][a-z]*[a-rt-z]s|[A-Z]{2,}s)\b")
#: a result verb after "x per cent of them": the share counts people helped, whoever the sentence named first
_RESULT_VERB_AFTER = re.compile(r"\s+(?:said|say|felt|feel|reported|told|agreed|rated|completed|finished|started|went on|"
                                r"improved|stopped|engaged|were (?:safer|re-?referred|arrested))\b", re.I)
_CHANGE_VERB = re.compile(r"\b(?:rose|risen|fell|fallen|increased|decreased|dropped|grew|climbed|went (?:up|down)|changed|"
                          r"moved)\b", re.I)


#: what joins a percentage restating a count to it: a bracket, a colon, "which is", "a rate of"
_RESTATING = re.compile(r"\d\s+[^.;\d]{0,50}?(?:\(\s*|:\s*|,\s*(?:which is|that is|or|a rate of|a completion rate of)\s+)"
                        r"(?:about\s+|around\s+|nearly\s+|almost\s+|just over\s+|just under\s+|some\s+)?$", re.I)


def _victims_served(after: str, clause: str) -> bool:
    """Whether women or people counted just before ``after`` are helped by a victims' service its ``clause`` names ("The
    refuge supported 212 women", "12 of the 35 women referred engaged with the advocate"): survivors, not perpetrators."""
    return bool(re.match(r"\s*(?:women|people|clients|service users)\b", after) and re.search(
        r"\b(?:refuges?|women['’]s (?:aid|centre|refuge)|victim support|IDVAs?|ISVAs?|advocates?|advocacy|survivors?|"
        r"independent domestic (?:violence|abuse) advis[eo]rs?)\b", clause, re.I))


def _base_noun(subjects, sentence: str, end: int):
    """Whom a base counts, from a noun just after its number ("of the 46 partners", "of 70 men referred"), not a noun
    after a verb or a later phrase ("51 out of 74 said at case closure …": the 74 counted before)."""
    hit = _subject(subjects, sentence[end : end + 30])
    if hit and re.search(r"\b(?:said|say|says|felt|were|was|had|have|has|at|by|since|after|when|who|that|reported|told)\b",
                         sentence[end : end + hit[1]], re.I):
        return None
    return hit


def _count(word: str) -> int:
    return parse_count(word)


#: a passive or expected verb after its subject, in any tense or mood ("will also be trained", "are expected", "have
#: now been referred", "are to be offered")
_PASSIVE_OR_EXPECTED = (r"(?:will|would|could|should|may|might|are|were|is|was|have|has|had)\s+(?:also\s+|now\s+|then\s+|"
                        r"already\s+|each\s+)?(?:(?:to\s+)?be\s+|been\s+)?(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|seen|given|taught|"
                        r"taken on|forecast)\b")
#: the head noun of a counted subject: people, the staff trained, or referrals ("police officers", "GPs", "referrals")
_PEOPLE_HEAD = (r"(?:men|women|people|fathers|mothers|dads|mums|parents|partners|ex-partners|families|children|perpetrators|"
                r"participants|clients|survivors|victims|referrals|staff|officers|practitioners|professionals|workers|GPs|"
                r"teachers|nurses|managers|volunteers|colleagues)")
#: a finite verb, which ends the noun phrase of an "x of y" ("Two of the offices expect at least 600 men": no base of 600)
_FINITE_VERB = (r"(?:is|are|was|were|will|would|can|could|should|may|might|have|has|had|do|does|did|expects?|expected|says?|said|"
                r"told|plans?|planned|aims?|hopes?|hoped|thinks?|believes?|estimates?|reports?|reported)\b")
_OUTCOME_NUMBER_WORDS = re.compile(
    r"\b(?P<w>" + "|".join(sorted((w for w in _NUMBER_WORDS if w not in ("a", "an", "one")), key=len, reverse=True))
    + r")\b(?!-\w)(?=\s+(?:per\s?cent\b|%|(?:out\s+)?of\s+(?:(?!" + _FINITE_VERB + r")[a-z][\w'’-]*\s+){0,6}?\d)|"
    r"\s+of\s+(?:them|those|these)\b(?!\s+\w+\s+(?:of|in)\b)|"  # "Thirty of them had no further abuse": the people counted before
    r"\s+" + _STEP_AUX + r"(?:" + _FINISHING + "|" + _STARTING + r"|dropped out)\b(?!\s+(?:groups?|courses?|programmes?|sessions?)\b)|"
    r"\s+(?:young people|people|men|women|perpetrators|referrals|partners|families|children|fathers|mothers)\b"
    r"(?=[^.;]{0,40}\b(?:started|began|begun|finished|completed|took part|taken part|were referred|joined|attended|went on)\b|"
    r"\s+(?:were|have been|had been)\s+(?:[a-z]+ly\s+)?(?:supported|helped|seen|reached|trained|referred|assessed|offered|"
    r"contacted|worked with)\b)|"  # ("Sixty children were supported": a count by its passive verb)
    # (the subject counted, a few words long, of a passive or expected verb in any tense: "Eighty police officers and
    # probation staff will also be trained", "Sixty referrals are expected", "Twelve GPs are to be trained")
    r"\s+(?:[\w'’-]+\s+){0,2}?" + _PEOPLE_HEAD + r"\s+(?:(?:and|or)\s+(?:[\w'’-]+\s+){0,2}?" + _PEOPLE_HEAD + r"\s+)?"
    + _PASSIVE_OR_EXPECTED + r")",
    re.I)
#: "The charity worked with sixty families": a number word after a verb of working with, whom it counts after it
_RESULT_NUMBER_WORDS = re.compile(
    r"\b(?P<verb>worked with|supported|helped|reached|trained|saw)\s+(?P<w>"
    + "|".join(sorted((w for w in _NUMBER_WORDS if w not in ("a", "an", "one")), key=len, reverse=True))
    + r")\b(?!-\w)(?=\s+(?:young people|people|men|women|perpetrators|partners|families|children|fathers|mothers|practitioners|"
    r"professionals|staff)\b)", re.I)  # ("Ninety-four young people started …"; not "eight men hang their coats")


def _digits(sentence: str) -> str:
    """Number words as digits where they are a share or an "x of y" ("forty-one of the 52" → "41 of the 52",
    "seventy per cent"), and "9 in 10" as 90%; elsewhere ("two daughters") a word is not read as a count."""
    if "-" in sentence:  # ("two-thirds")
        sentence = re.sub(r"\b(two|three|one)-(thirds?|quarters?)\b", r"\1 \2", sentence, flags=re.I)
    sentence = _IN_TEN.sub(lambda m: f"{round(100 * _count(m.group('x')) / _count(m.group('y')))}%", sentence)
    low = sentence.lower()
    if any(v in low for v in ("worked with", "supported", "helped", "reached", "trained", "saw")):
        sentence = _RESULT_NUMBER_WORDS.sub(lambda m: f"{m.group('verb')} {parse_count(m.group('w'))}", sentence)
    if sentence.isascii() and not any(w in sentence.lower() for w in _NUMBER_WORD_CORES):
        return sentence  # (no number word: nothing to replace; in ASCII, lower() is all that re.I compares)
    # (the base of an "x of y" written as a word before whom it counts: "three of the eight men" → "of the 8 men", so that the x before it is read too)
    sentence = _BASE_NUMBER_WORD.sub(lambda m: m.group("of") + str(parse_count(m.group("w"))), sentence)
    return _OUTCOME_NUMBER_WORDS.sub(lambda m: str(parse_count(m.group("w"))), sentence)


#: the people a service spoke to or met in its work, which a report's authors may also say of the people they asked:
#: "we spoke to 210 partners in 2024-25", "our team met with 95 men for assessment last year" (not "interviewed",
#: "surveyed", "held conversations with": asking only)
_WORK_NOT_ASKING = re.compile(r"\b(?:spoke|talked)\s+(?:to|with)\s+(?:about\s+|around\s+|some\s+)?\d|\bmet\s+with\s+"
                              r"(?:about\s+|around\s+|some\s+)?\d", re.I)
#: a count of those people after it, as a result: "…, and 180 of them accepted support", "…, 30 of whom finished"
_OF_THEM_AFTER = re.compile(r"\d[\d,]*\s+(?:[\w-]+\s+)?of\s+(?:them|whom|those)\b", re.I)
#: a span of the service's work the count is for, not a publication's fieldwork: "last year", "this year", "each month"
_A_YEARS_WORK = re.compile(r"\b(?:last|this|each|every|a|per)\s+(?:year|quarter|month|week)\b|\bin the (?:year|quarter)\b|"
                           r"\bsince\b|\bso far\b", re.I)


#: a number word as the base of an "x of the y" before whom it counts: "of the nine partners", "out of the twelve men"
_BASE_NUMBER_WORD = re.compile(
    r"(?P<of>\b(?:out\s+)?of\s+(?:the|these|those)\s+)(?P<w>"
    + "|".join(sorted((w for w in _NUMBER_WORDS if w not in ("a", "an", "one")), key=len, reverse=True))
    + r")\b(?!-\w)(?=\s+(?:[\w'’-]+\s+){0,2}?" + _PEOPLE_HEAD + r"\b)", re.I)


#: the number words _OUTCOME_NUMBER_WORDS reads that hold no other of them ("two", "seven", "twenty"; not "seventeen"
#: nor "twenty-two"): every one it reads holds one of these, so a sentence with none is passed over quickly
_NUMBER_WORD_CORES = tuple(w for w in _NUMBER_WORDS if w not in ("a", "an", "one")
                           and not any(v != w and v not in ("a", "an", "one") and v in w for v in _NUMBER_WORDS))


def _digits_by_line(sentence: str, starts: tuple[tuple[int, int], ...]):
    """:func:`_digits` on each line's stretch of a sentence wrapped across lines, with the stretches' new offsets."""
    if len(starts) == 1:
        return _digits(sentence), starts
    bounds = [o for o, _ in starts] + [len(sentence)]
    text, out = "", []
    for (offset, number), end in zip(starts, bounds[1:]):
        out.append((len(text), number))
        text += _digits(sentence[offset:end])
    return text, tuple(out)


_WHOSE_STAFF = re.compile(r"\s*(?:[A-Za-z][\w-]*,?\s+){1,4}(?:and|or)\s+(?:[a-z][\w-]*\s+){1,2}")


def _whose_staff(gap: str) -> bool:
    """Words between a count and "staff" that list whose staff they are, with or without commas ("120 school and social
    care staff", "600 GP practice, maternity and mental health staff"): the count is of the staff."""
    return len(gap.split()) <= 7 and bool(_WHOSE_STAFF.fullmatch(gap))


def _staff_listed_after(subjects, after: str):
    """Whom a count counts when a long list of whose staff stands between them ("600 GP practice, maternity and mental
    health staff"): practitioners, at the staff's place; else None."""
    wide = _subject(subjects, after[:80])
    return wide if wide and wide[0] == "practitioners" and _whose_staff(after[: wide[1]]) else None


def _clause_around(sentence: str, start: int, end: int) -> str:
    """The clause holding a figure: from the last clause break before it to the next after it."""
    a = max((m.end() for m in re.finditer(r"[,;:]\s|\s(?:and|but|while|whereas)\s", sentence[:start])), default=0)
    b = next((m.start() + end for m in re.finditer(r"[,;:]\s|\s(?:and|but|while|whereas)\s", sentence[end:])),
             len(sentence))
    return sentence[a:b]


def _verb_clause(sentence: str, start: int, end: int) -> str:
    """The clause holding a figure (:func:`_clause_around`), or, when that clause has no verb ("it received 271, 118 of
    them from the police"), the stretch between semicolons holding it, whose verb the figure shares."""
    own = _clause_around(sentence, start, end)
    if _PAST.search(own) or _FUTURE.search(own):
        return own
    a = sentence.rfind(";", 0, start) + 1
    b = sentence.find(";", end)
    return sentence[a : b if b >= 0 else len(sentence)]


_CHANGE_BEFORE = re.compile(r"\b(?:rose|risen|rise|rising|increased?|increasing|up|grew|grown|growth|jumped|climbed|"
                            r"more than doubled|went up)\b(?:\s+by)?\s*(?:more than\s+|over\s+|almost\s+|nearly\s+)?$", re.I)
_CHANGE_AFTER = re.compile(r"\s*(?:rise|increase|growth|jump|more|higher|up)\b", re.I)
_BAD_PERCENT = re.compile(r"(?<![\w.,])(?P<n>-\d[\d,]*(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{4,}(?:\.\d+)?|\d{3}(?:\.\d+)?)\s*(?:%|per\s?cent\b)", re.I)

# (a minus sign is joined to its figure: "- 81% of partners" is a bullet, or a dash, before 81%)

def _num(text: str) -> float:
    return float(text.replace(",", ""))


#: a possessive before other people ("the men's partners", "fathers' children"): the people after it are counted
_POSSESSOR_OF_PEOPLE = re.compile(r"['’]s?\s+(?:own\s+|current\s+|former\s+)?(?:partners?|ex-partners?|children|families|"
                                  r"victims|wives|girlfriends)\b", re.I)


#: people named as those of the counted people ("partners of 33 men", "the children of 25 fathers"): they are counted
_PEOPLE_OF = re.compile(r"\b(?P<who>partners|ex-partners|children|families|victims|wives)\s+of\s+(?:the\s+)?"
                        r"(?:some\s+|about\s+|around\s+|nearly\s+|over\s+|more than\s+)?$", re.I)


def _subject(terms, text: str) -> tuple[str, int] | None:
    """The first subject noun in ``text`` and where it starts (``local_outcome_terms.csv``, field ``subject``); a noun
    that is part of a body's name ("Tynemouth Women's Aid", "Derby Men's Service") counts no one."""
    best = None
    for value, pattern in _candidates(terms, text):
        for m in pattern.finditer(text):
            if m.group(0)[:1].isupper() and m.start() and (
                    re.match(r"['’]s\s+(?-i:[A-Z])", text[m.end():]) or re.search(r"(?-i:[A-Z])[\w'’-]*\s+$", text[: m.start()])):
                continue
            if re.match(r"['’]s\s+(?:[\w-]+\s+)?(?:services?|social care|centres?|aid|project|teams?|homes?|"
                        r"charity|charities|trust|department|sector|organisations?|workers?|groups?)\b", text[m.end():], re.I) or (
                    m.group(0).lower().endswith("s") and re.match(r"['’]\s+(?:[\w-]+\s+)?(?:services?|centres?|aid|project|teams?|"
                                                                   r"charity|charities|trust|organisations?)\b", text[m.end():], re.I)):
                continue  # "the 6 local authorities' children's services": a possessive names a body, counts no one
            if _POSSESSOR_OF_PEOPLE.match(text, m.end()):
                continue  # "of the men's partners": the men own whom the figure counts
            if best is None or m.start() < best[1]:
                best = (value, m.start())
            break
    return best


#: a count of people still on the course ("7 are still attending", "with 9 still attending", "12 are still going"): a count
#: of its own, about people on the course, with no base (corpus README, "Those still attending")
_STILL_ON = re.compile(r"\b(?P<x>\d[\d,]*)\s+(?:(?:men|women|people|participants|others|more)\s+)?(?:(?:are|were|is|was|remain|"
                       r"remained)\s+)?still\s+(?:attending|on (?:the|a|their) (?:course|programme|group)|in (?:the |a )?"
                       r"(?:groups?|course|programme)|taking part|going|engaged|in treatment|working through (?:it|them|"
                       r"(?:the|a|their|his|her) (?:course|programme|plan|sessions?)))\b", re.I)
#: (also "6 are still working through it": still on the course or plan)


_OPENING_COURSE_COUNT = re.compile(r"\W*(?P<x>\d[\d,]*)\s+(?:have\s+|had\s+)?(?:completed|finished|started|began)\s+"
                                   r"(?:it|them|the (?:course|programme|group|work))\b")


def _opening_course_count_base(sentence: str, bases: dict, base_end: dict, carried: dict, last_counts: list,
                               only_bases: frozenset = frozenset()) -> None:
    """A sentence opening with a bare count on the course ("Seventeen completed it", "26 finished the programme") after
    a sentence with one count of people ("The pilot worked with 23 families."): x of those people, and about them (people
    referred who then took part are people on the course). Not a count of starters that its own sentence makes only the
    base of the finishers ("120 men were referred. 80 started and 52 completed": 52 of 80, and the 80 no outcome, corpus
    README "Referral counts before a chain"): ``only_bases``, the starts of such counts."""
    m = _OPENING_COURSE_COUNT.match(sentence)
    if not m or m.start("x") in bases or m.start("x") in only_bases or len(last_counts) != 1:
        return
    value, about = last_counts[-1][0], last_counts[-1][1]
    bases[m.start("x")], base_end[m.start("x")] = value, m.end("x")
    carried[m.start("x")] = "perpetrators" if about == "referrals" else about


def _pronoun_base(sentence: str, last: re.Match, at: int, bases: dict, base_end: dict) -> tuple[float, int]:
    """The base "x of them" counts against: the figure before it, a step of a chain ("67 of the 118 men started, and 45
    of those completed": 67; "Of 120 referrals, 84 were suitable; 51 of those completed": 84); but when that figure is
    an "x of them" too and no start comes between, the two count the same people side by side, against its base ("204
    began; 137 of them finished and 52 of them were still attending": 204 for both)."""
    first = last.start("n")
    if first in bases and _X_OF_THOSE.match(sentence, first) and not re.search(r"\b" + _STARTING + r"\b", sentence[last.end("n") : at], re.I):
        return bases[first], base_end[first]
    return _num(last.group("n")), last.end("n")


def _named_once(rel: PreparedRelease) -> dict[str, set[int]]:
    """The lines naming each area of a release, for :func:`_about_elsewhere`."""
    named: dict[str, set[int]] = {}
    for line in rel.lines:
        for _, _, code in find_areas(line.text):
            named.setdefault(code, set()).add(line.number)
    return named


def _about_elsewhere(clause: str, lines: set[int], area: str, named: dict[str, set[int]]) -> bool:
    """Whether a figure's clause (its stretch between semicolons) is evidence from another area: it names an area that is
    not the release's and that the release names on no other line ("In neighbouring Leicestershire about 61 per cent
    complete", "a Leicester programme reported 81 per cent", "the service in Durham reports a rate of 71 per cent"), and
    not the release's own.  An area a round-up gives an amount ("Hertfordshire was given £215,060 to train 400
    practitioners") or a local body ("Somerset charity Quantock Men's Project said it had worked with 312 men") is one of
    the round-up's own."""
    if not area or MONEY_TOKEN.search(clause):
        return False
    codes = {}
    for a, b, code in find_areas(clause):
        if re.match(r"\s+(?:charity|provider|organisation|group|social enterprise)\s+(?-i:[A-Z])", clause[b:], re.I):
            return False
        codes[code] = a
    if area in codes:
        return False
    return any(not (named.get(code, set()) - lines) for code in codes)


def _stat_tiles(logical):
    """An infographic's stat tiles as exported to text, a figure alone in square brackets over its caption ("[412]"
    over "referrals from police and probation", "[151 of 238]" over "men who started a group finished it"), read as
    one sentence, the figure then its caption ("412 referrals from …"), each part on its own line; every other
    sentence as it is. A bracketed figure with no caption straight under it (a page number, a footnote mark) stays
    alone."""
    items = list(logical)
    k = 0
    while k < len(items):
        number, sentence, starts = items[k]
        tile = STAT_TILE.match(sentence)
        if tile and k + 1 < len(items) and items[k + 1][0] == starts[-1][1] + 1 \
                and re.match(r"[a-z]", items[k + 1][1]) and len(items[k + 1][2]) == 1:
            figure = tile.group("figure")
            caption = items[k + 1][1]
            yield number, f"{figure} {caption}", ((0, number), (len(figure) + 1, items[k + 1][0]))
            k += 2
            continue
        yield number, sentence, starts
        k += 1


#: a footnote's marker glued to the word or stop before it, as an encyclopedia prints it: ".[3]", "Newport[12]"
_FOOTNOTE_MARKER = re.compile(r"(?<=[.,;:!?\w”\"'’)])\[\d{1,3}\]")


#: a pipe table's column heading giving how many people a course or service has room for: "Places", "Places
#: available", "Capacity", "Spaces" (README, "Capacity": the size of a service is no outcome)
_CAPACITY_HEAD = re.compile(r"^\W*(?:(?:no\.?|number) of\s+)?(?:places|spaces|capacity)(?:\s+(?:available|offered|per course))?\W*$",
                            re.I)


def extract_outcomes(text, source_id: str = "<text>") -> tuple[Outcome, ...]:
    """Outcome figures: percentages, counts and "x of y", with whom they are about, the period and status.

    A count is a number followed within a few words by whom it counts ("120 men",
    "250 social workers"), or a table row's number after its label; numbers that
    are lengths, ages, dates, money or list numbers are not counts.  "x of y",
    "of the y who started, x finished" and "y …, of whom x" give x with its base y
    (the base is not a second outcome).  Evidence from elsewhere and quoted speech
    are left out.
    """
    terms = _terms("local_outcome_terms.csv")
    subjects = terms.get("subject", ())
    rel = prepare(text, source_id)
    source_id, area = rel.source_id, rel.area
    headings = _heading_lines(rel)
    out: list[Outcome] = []
    last_period, heading_period, heading_status, lead_status, lead_period = "", "", "", "", ""
    last_counts: list[tuple[float, str, str, int]] = []  # the last sentence's counts: value, about, noun, where
    raw = {l.number: l.text for l in rel.lines}
    named = _named_once(rel)
    numbered_headings = _numbered_heading_lines(raw)
    for number, sentence, starts in _stat_tiles(_logical(rel)):
        if number in numbered_headings:
            continue  # "3 Perpetrator work" among "2 Safe accommodation" and "4 Children": a section's number, no count
        # (a footnote's marker glued to the text, "… in Newport.[3]", "£96,500[2]", is no count)
        sentence = _FOOTNOTE_MARKER.sub(lambda m: " " * len(m.group(0)), sentence)
        sentence, starts = _digits_by_line(sentence, starts)  # "forty-one of the 52", "Sixty-two per cent"
        spans = find_periods(sentence)[0]
        line = raw.get(number, "")
        # a lead-in ending with a colon that aims or obliges ("In 2025-26 you will:", "Our targets for next year:") makes
        # the list items under it expected, until the list ends
        if not _LIST_ITEM.match(line):
            lead_status, lead_period = "", ""
        if sentence.rstrip(" *").endswith(":") and (_FUTURE.search(sentence) or _TARGET_HEADING.search(sentence)):
            lead_status = "expected"
        if sentence.rstrip(" *").endswith(":") and spans:
            lead_period = spans[0][2]  # "In 2024-25 the service:": the period of the list's items
        heading_line = re.sub(r"^\s*(?:>\s*)+", "", line).replace("**", "")  # ("> **The year in numbers**": a box's heading)
        if _SECTION_HEADING.match(heading_line) and not re.match(r"\s*[-•*–—]\s", heading_line):
            heading_status = "expected" if _TARGET_HEADING.search(heading_line) else ""  # "3.4 Targets for 2024-25": what follows is aimed at
            if not heading_status and _RESULTS_HEADING.search(heading_line):
                heading_status = "reported"  # "## Results": its list reports what happened
        if spans and _SECTION_HEADING.match(heading_line) and _DASHBOARD_LINE.match(_next_text_line(raw, number)):
            heading_period = spans[0][2]  # ("Quarter 2, 2025-26" over "Referrals received: 84": the lines' period)
        in_box = bool(re.match(r"\s*>\s*[-*•]\s", line)) and _block_size(raw, number) >= 3  # a fact box's list item
        if (number in headings and not in_box) or re.match(r"\s*#", raw.get(number, "")):
            if spans:
                heading_period = spans[0][2]
            if not re.search(r"[\d%]\s*$", sentence) or not _subject(subjects, sentence):
                continue
        skip = _first(terms.get("skip", ()), sentence)
        if skip and not (skip == "interviewees" and _WORK_NOT_ASKING.search(sentence) and (
                _OF_THEM_AFTER.search(sentence) or spans or _A_YEARS_WORK.search(sentence))):
            continue
        elsewhere = [(m.start(), m.end()) for m in re.finditer(r"[^;]+", sentence)
                     if _about_elsewhere(m.group(0), {n for _, n in starts}, area, named)]
        if re.search(r"\(\s*\d{1,3}(?:,\d{3})+\s*\)", line) and not re.search(r"[.!?]\s*$", sentence):
            continue  # an accounts row ("Partner Advocacy   52,480   (49,120)   3,360"): money, not counts
        quotes = _quoted_spans(sentence)
        m_period = _PERIOD_RANGE.search(sentence)
        period_term = _first(terms.get("period", ()), sentence)
        if spans:
            period = spans[0][2] if spans[0][2] == spans[0][3] else f"{spans[0][2]} to {spans[0][3]}"
        elif m_period:
            period = m_period.group("period")
        elif period_term == "same_as_previous":
            period = last_period
        elif period_term == "since_launch":
            period = "since launch"
        else:
            period = lead_period if lead_period and _LIST_ITEM.match(line) else heading_period
        # "We reviewed 60 cases. In 23 of the 60, officers …": a base with its noun left out, the one count of the
        # sentence before, read as "of them" (padded to keep every position), which takes that count and its people
        elided = _ELIDED_BASE.search(sentence)
        if elided and len(last_counts) == 1 and last_counts[-1][0] == _num(elided.group("y")):
            sentence = sentence[: elided.start("of")] + "of them".ljust(elided.end("y") - elided.start("of")) \
                + sentence[elided.end("y") :]
        # x of y: x gets its base, y is consumed
        bases: dict[int, float] = {}
        carried: dict[int, str] = {}  # whom a base carried from elsewhere counts
        counts_here = [(_num(c.group("n")), (_subject(subjects, c.group("noun")) or ("", 0))[0], c.group("noun").lower(), c.start())
                       for c in _COUNT_OF_PEOPLE.finditer(sentence)] if "f the" in sentence else []
        base_end: dict[int, int] = {}  # where the base's number ends: whom it counts follows it
        consumed: set[int] = set()
        two_numbers = len(_DIGIT_RUN.findall(sentence, 0)) >= 2  # (every x-of-y reading holds two figures)
        bare_chain: set[int] = set()  # starters whose base is only the count before them in a bare chain ("75 were
        # referred, and 40 began the course and 22 finished"): the base of the next count, not an outcome (corpus README,
        # "Started and completed"), unless their own clause counts them against something ("40 of them began")
        for pattern in (_X_OF_LATER_Y, _X_OF_Y_IN_ALL, _X_COMMA_OF_Y, _X_OF_Y, _OF_Y_X, _OF_Y_ASIDE_X, _OF_Y_X_AND_X,
                        _OFFERED_Y_X, _CONTACTED_Y_X, _Y_CONTACTED_X,
                        _Y_OF_WHOM_X, _Y_X_OF_WHICH,
                        _PCT_OF_Y, _Y_THEN_X) if two_numbers else ():
            for m in _chain_matches(pattern, sentence) if pattern is _Y_THEN_X else pattern.finditer(sentence):
                if sentence[: m.start("x")].endswith("£"):
                    continue  # "£25,000 of her own budget for training 150 staff": money is no count of people
                if _YEAR.match(sentence, m.start("x")) or _YEAR.match(sentence, m.start("y")) or \
                        re.fullmatch(r"(?:19|20)\d\d", m.group("y")) or re.fullmatch(r"(?:19|20)\d\d", m.group("x")):
                    continue
                if pattern is _Y_THEN_X and re.search(r"\b(?:out\s+)?of\s+(?:the\s+|these\s+|those\s+)?$", sentence[: m.start("y")]):
                    continue  # "54 of the 90 men referred started, and 37 …": the 90 is a base, the 54 started
                if pattern is _Y_THEN_X and m.start("x") not in bases:
                    bare_chain.add(m.start("x"))
                bases[m.start("x")] = _num(m.group("y"))
                base_end[m.start("x")] = m.end("y")
                if not (pattern in (_Y_THEN_X, _Y_OF_WHOM_X, _Y_X_OF_WHICH) and (_REFERRED_Y.match(sentence, m.end("y")) or re.match(
                        r"\s+(?:[\w-]+\s+)?referrals\b", sentence[m.end("y"):], re.I) and _BY_SOURCE.match(sentence, m.end("x")))):
                    # (a count of referrals broken down by where they came from is an outcome too: "305 referrals were
                    # received, of which 190 came from the police"; not one whose next step is counted: "expect 260
                    # referrals, of which 200 will be offered a place")
                    consumed.add(m.start("y"))  # (people referred are an outcome of their own: "236 men were referred
                    # and 151 of them started", "88 men were referred in 2024-25, of whom 51 started"; "to start 65 men, of whom at least 40 …" counts the 65 only as a base)
        _chained_starters(sentence, bases, base_end, bare_chain)
        listed = bool(re.match(r"\s*(?:[-•*–]\s|\|)", line)) or not re.search(r"[.!?]\s*$", sentence)  # a list item
        for m in _OF_Y_SHARE.finditer(sentence) if two_numbers or "," in sentence else ():
            bases[m.start("x")] = _num(m.group("y"))
            base_end[m.start("x")] = m.end("y")
            consumed.add(m.start("y"))
        for m in _SHARE_OF_Y.finditer(sentence):  # "Two thirds of the 90 partners": 67 per cent, of 90
            bases[m.start("share")] = _num(m.group("y"))
            base_end[m.start("share")] = m.end("y")
            consumed.add(m.start("y"))
        for m in _X_OF_THOSE.finditer(sentence):  # "Of 120 referrals, 84 were suitable; 51 of those completed"
            # (the figure counted last, not its base: "67 of the 118 men referred started, and 45 of those completed")
            before = [f for f in _FIGURE.finditer(sentence[: m.start()]) if f.group("n") and not f.group("pct")
                      and f.start("n") not in consumed and not _YEAR.match(sentence, f.start("n"))
                      and not re.fullmatch(r"(?:19|20)\d\d", f.group("n"))]
            if before and m.start("x") not in bases:
                bases[m.start("x")], base_end[m.start("x")] = _pronoun_base(sentence, before[-1], m.start(), bases, base_end)
                if before[-1].start("n") not in bases and _STARTED_AFTER.match(sentence, before[-1].end("n")):
                    consumed.add(before[-1].start("n"))  # "204 people began a course; 137 of them finished it": the
                    # starters are the base only (corpus README, "Started and completed")
            elif not before and m.start("x") not in bases and len(last_counts) == 1:  # "The service received 141
                # referrals. Schools made 52 of them.": the one count of the sentence before (of two, which is unsure)
                bases[m.start("x")], carried[m.start("x")] = last_counts[-1][0], last_counts[-1][1]
        opening = _OF_THOSE_X.match(sentence)
        if opening and opening.start("x") not in bases and len(last_counts) == 1:  # "The service had 83 referrals. Of
            # those, 51 started and 29 completed": the one count of the sentence before is the first count's base
            bases[opening.start("x")] = last_counts[-1][0]  # (whom x counts, its own clause says: "133 started")
            base_end[opening.start("x")] = opening.end("x")
        _opening_course_count_base(sentence, bases, base_end, carried, last_counts, frozenset(
            y for y in consumed if (n := _WHOLE_COUNT.match(sentence, y)) and _STARTED_AFTER.match(sentence, n.end())))
        # "112 men and 19 women started a course. Of the men, 71 finished; of the women, 15 did": the base is the count of
        # the people the phrase names, in this sentence or the one before
        for m in _OF_NOUN_X.finditer(sentence) if "f the" in sentence or "f these" in sentence else ():
            counted = [(v, a) for v, a, noun, at in counts_here if noun == m.group("noun").lower() and at < m.start()] or \
                [(v, a) for v, a, noun, _ in last_counts if noun == m.group("noun").lower()]
            if counted and m.start("x") not in bases:
                bases[m.start("x")], carried[m.start("x")] = counted[-1]
        consumed = (consumed - (set(bases) - bare_chain)) | (bare_chain - set(bases))  # "of the 212 men referred, 131 started and 87 finished": 131 has a base of its own
        # "Completion stood at 61% against a target of 65%": the target's phrase makes only its own figure expected
        future = bool(_FUTURE.search(_TARGET_PHRASE.sub(" ", sentence) if may_match(_TARGET_PHRASE, sentence) else sentence))
        table = bool(re.search(r"\d\s*$", sentence)) and not re.search(r"[.!?]\s*$", sentence)
        found, labelled = [], set()
        for m in _FIGURE.finditer(sentence) if _FIGURE_HELD.search(sentence) else ():
            start = m.start("n") if m.group("n") else m.start("share") if m.group("share") else m.start("share2")
            if start in consumed or any(a <= start < b for a, b in quotes + elsewhere):
                continue
            if m.group("share") or m.group("share2"):
                value, unit = _WORD_SHARES[word_key(m.group("share") or m.group("share2"))], "percent"
            else:
                value = _num(m.group("n"))
                unit = "percent" if m.group("pct") else "count"
            after, before = sentence[m.end():], sentence[:start]
            if _ATTENDANCE_BAR_BEFORE.search(before) and _OF_SESSIONS_AFTER.match(after):
                continue  # ("counts as completing anyone who attended at least 20 of the 24 sessions", "men who came to
                # no fewer than two thirds of sessions"): the bar for completing, a definition, not a result
            if unit == "count":
                if _YEAR.match(sentence, start) or re.fullmatch(r"(?:19|20)\d\d", m.group("n")):
                    continue
                if _ROW_NUMBER_CELL.match(sentence) and _ROW_NUMBER_CELL.match(sentence).start("n") == start:
                    continue  # "| 5 | Partner support offered to … | Owner | Due |": the row's number, not a count
                training_places = _TRAINING.search(sentence) and (
                    re.search(r"\bplaces for\s+(?:up to\s+|about\s+)?$", before) and
                    (_subject(subjects, after[:30]) or ("",))[0] == "practitioners" or _PLACES.match(after))
                # ("sessions …, with places for 60 practitioners", "train officers, with 200 places planned": how many
                # practitioners training is for, not a capacity)
                bracketed_target = re.search(r"\(\s*(?:target|aim|goal|forecast)\s*:?\s*(?:of\s+)?$", before, re.I)
                # ("171 referrals (target 150)": a target in brackets beside a result, though a bracket closes it)
                earlier_bracket = _earlier_in_bracket(before, after)
                if training_places and not _EXPECTING.search(sentence):
                    continue  # ("sessions …, with places for 60 practitioners": how many it has room for, with no one
                    # expecting to fill them, is capacity, no outcome; README, "Capacity")
                expected_load = bool(_EXPECTING.search(before)) and bool(_PEOPLE_AT_A_TIME.match(after)) \
                    and not _NOT_A_COUNT_BEFORE.search(before)
                # ("the office expects the service to hold about 45 men at a time": a caseload someone expects is an
                # expected count, though a size stated alone, "room for 45 men at a time", is none; README, "Capacity")
                # ("felt safer (58 of 78 responses)": a count and its base in brackets after a share, no list number)
                bracketed_of = before.rstrip().endswith("(") and bool(re.match(r"\s+(?:out\s+)?of\s+\d", after))
                if not training_places and not bracketed_target and not earlier_bracket and not expected_load \
                        and not bracketed_of and (
                        _NOT_A_COUNT_AFTER.match(after) or (_NOT_A_COUNT_BEFORE.search(before) and not (
                        value > 31 and _MONTH_BEFORE.search(before) and not _NOT_A_COUNT_BEFORE.search(_MONTH_BEFORE.sub("", before))))):
                    continue
                if value < 0 or value > 100 and unit == "percent":
                    continue
                near = _subject(subjects, after[:40]) or _staff_listed_after(subjects, after)
                if near and re.match(r"\s*of\s+(?:them|those|these)\s+(?:came\s+|were\s+|was\s+)?(?:from|by|via|through)\b", after):
                    near = None  # "141 referrals, 96 of them from police officers": where they came from, not whom it counts
                if near and start in bases and _BARE_PAST_AFTER.match(after[: near[1]]):
                    near = None  # "Of the 30 families, 22 saw the children's plan closed": a noun after the count's own
                    # verb is its object; whom the count counts is its base's
                gap = after[: near[1]] if near else ""
                if near and near[0] == "practitioners" and re.search(r"\b(?:has|have|had|employs?|share|with)\s+$", before):
                    continue  # "The charity has 14 staff": a headcount, not a result
                if near and (len(gap.split()) <= 3 and not re.search(r"[,;.:\d]", gap) or re.fullmatch(
                        r"\s*(?:[a-z-]+,\s+){1,4}(?:[a-z-]+\s+)?(?:and|or)\s+(?:[a-z-]+\s+){1,2}", gap) or
                        near[0] == "practitioners" and _whose_staff(gap)):
                    # ("train 120 school, health and social care staff": a list of whose staff)
                    about = near[0]
                    owned = _PEOPLE_OF.search(before)
                    if owned and _subject(subjects, owned.group("who")):
                        about = _subject(subjects, owned.group("who"))[0]  # "partners of 33 men took up support": partners
                    if about == "perpetrators" and _victims_served(after, _clause_around(sentence, m.start(), m.end()) + " " + before[-60:]):
                        about = "survivors"  # "The refuge supported 212 women": whom a victims' service helps
                    referred = re.match(r"\s*(?:[\w-]+\s+){0,3}?(?:(?:were|was|have been|had been|are|being)\s+)?referred\b", after) \
                        or re.match(r"\s*(?:[\w-]+\s+){0,4}?(?:were|was|have been|had been|are|being)\s+referred\b"
                                    r"(?!\s+(?:on\s+)?to\s+(?!us\b|the\s+(?:service|programme|course|project|scheme)\b|[A-Z]))", after)
                    # ("131 men from Dane Vale were referred": a place of two words between the count and its verb; not
                    # "14 men in Group Two were referred to the housing team", sent on to another agency; a name after
                    # "to" is the programme's, "… were referred to Waymark")
                    if about in ("perpetrators", "young_people", "families", "children") and referred and not _AGAIN.match(
                            after, referred.end()) and (
                            re.match(r"\s*(?:[\w-]+\s+){0,2}(?:were|was|have been|had been|are|being)\s+referred\b", after) or
                            re.match(r"\s*[\w-]+\s+(?:from|in)\s+(?:[A-Z][\w'’-]*\s+){1,2}(?:were|was|have been|had been)\s+"
                                     r"referred\b", after) or
                            not _PAST.search(re.split(r"[,;.]", after[referred.end():], maxsplit=1)[0])):
                        about = "referrals"  # "214 men were referred to us", "about 150 people who stalk referred": referrals
                    elif about in ("perpetrators", "young_people") and _REFERRED_BEFORE.search(before):
                        about = "referrals"  # "the police and children's services referred 203 men": a count of referrals
                elif re.match(r"\s*(?:[A-Za-z][\w'’-]*\s+){0,2}(?:were|have been|had been)\s+referred\b(?!" + _AGAIN.pattern + ")",
                              after):
                    about = "referrals"  # "143 Wigan residents were referred": whoever they are, a count of referrals
                elif re.match(r"\s*(?:of\s+(?:these|them|those|the))\b", after) and bases.get(start) is None:
                    about = (_subject(subjects, after[:40]) or ("", 0))[0]
                elif carried.get(start):
                    about = carried[start]
                    if about == "referrals" and _TAKING_PART.match(re.sub(r"^\s*of\s+(?:them|those|these)\s+", " ", after).lstrip()):
                        about = "perpetrators"  # "140 men were referred. 92 of them started the course": people on it
                elif start in bases:
                    of_base = _base_noun(subjects, sentence, base_end[start])
                    # (whom the figure's own clause names, not a noun in a later clause: "of the 96 who started, 61
                    # completed, and 70 per cent of partners …" counts people on the course)
                    own = sentence[start : next((k.start() + start for k in _LATER_CLAUSE.finditer(sentence[start:])), len(sentence))]
                    counted = next((f[3] for f in reversed(found) if f[2] == "count" and f[1] == bases[start] and f[3]), "")
                    about = (of_base or ((counted, 0) if counted else None) or _subject(subjects, own) or ("", 0))[0]
                    # ("supported 74 partners; 51 out of 74 said at case closure …": whom the 74 counted before)
                    if not about and _WHO_STARTED.match(sentence, base_end[start]) and \
                            not any(o.value == bases[start] for o in out):  # (a base counted before says whom it counts)
                        about = "perpetrators"  # "of the 96 who started, 61 completed": people on the course
                    about = about or (_subject(subjects, sentence) or ("", 0))[0]
                    if about == "perpetrators" and _victims_served(sentence[base_end[start]:], own):
                        about = "survivors"  # "12 of the 35 women referred engaged with the advocate"
                    if not about and (_ON_A_COURSE.match(after) or _ON_A_COURSE.match(sentence, base_end[start]) or
                                      _STILL_ON.match(sentence, start)):
                        about = "perpetrators"  # "102 started a group and 71 completed all 27 weeks", "7 are still attending"
                elif table and not after.strip() and _subject(subjects, before) and \
                        not (before.rstrip().endswith(":") and _NOT_A_MEASURE_LABEL.search(before[-60:])):
                    about = _subject(subjects, before)[0]
                elif _STILL_ON.match(sentence, start):
                    about = "perpetrators"  # "a further 12 were still attending", "with 9 still attending": people on the course
                elif _BARE_FIGURE_AFTER.match(after) and (_COMPARED_BEFORE.search(before[-60:]) or earlier_bracket) and (
                        prior := [f for f in found if f[2] == "count" and f[3]] or
                        [(None, v, "count", a) for v, a, _, _ in last_counts[-1:] if len(last_counts) == 1]):
                    about = prior[-1][3]  # "rose to 164, from 121 the year before", "22 people against a target of 40",
                    # "a target of 250 referrals; it received 271": a bare figure set beside a count is of the same people
                elif _BARE_FIGURE_AFTER.match(after) and _TARGET_OF.search(before[-30:]) and (
                        later := [c for c in _COUNT_OF_PEOPLE.finditer(sentence, m.end()) if _subject(subjects, c.group("noun"))]):
                    about = _subject(subjects, later[0].group("noun"))[0]  # "Target 50, achieved 43 men": the target
                    # counts the people of the result it is set beside
                    # "a target of 250 referrals; it received 271": a bare figure set beside a count is of the same people
                elif re.search(r"\b(?:rose|risen|rising|fell|fallen|falling|increased|decreased|grew|grown|dropped|climbed|"
                               r"went up|went down|reached|totalled|stood at|(?:were|was|is|are|has been|have been)\s+(?:up|down))"
                               r"(?:\s+by\s+[^,;.\d]{1,25}?|\s+by\s+\d[\d,]*\s*(?:%|per\s?cent)?)?,?"  # ("were up by a third, to 156")
                               # (the year of the first figure in words too: "from 38 in the first year to 61")
                               r"\s+(?:from\s+\d[\d,]*(?:\s+in\s+(?:the\s+)?(?:[\w-]+\s+)?[\w-]+)?\s+)?(?:to\s+|at\s+|from\s+)?$",
                               before) and \
                        _subject(subjects, before[-60:]):
                    about = _subject(subjects, before[-60:])[0]  # "Referrals rose to 214": whom the subject counts
                elif _ON_A_COURSE.match(after) and not re.search(r"[A-Za-z]", before.strip(" -•*|")[-1:] or "") or \
                        _BARE_ON_COURSE.match(after) and listed and not before.strip(" -•*|>"):
                    about = "perpetrators"  # "- 102 started a group and 71 completed all 27 weeks": people on the course
                elif before.rstrip().endswith(":") and (label := _LABEL_BEFORE.search(before[-60:])) and \
                        (labelled_who := _subject(subjects, label.group("label")) or (
                            ("perpetrators", 0) if _COURSE_LABEL.match(label.group("label")) else None)) and \
                        (re.fullmatch(r"[\s.;,)]*", after[:3]) or re.match(r"\s*\(?\s*(?:target|against|compared|versus|vs\b|(?:out\s+)?of\s+\d|(?:19|20)\d\d)",
                                                                         after, re.I) or
                         re.match(r"\s+(?:in|during|over|since|by|this|last|so far|to date)\b", after, re.I)) and \
                        not _NOT_A_MEASURE_LABEL.search(label.group("label")):
                    about = labelled_who[0]  # "Referrals: 212. Completions: 96.", "Completed the programme: 48 (2023-24: 39)"
                    labelled.add(start)  # (a figure under its label reports, as a table's cell does)
                elif training_places:
                    about = "practitioners"
                elif (re.search(r"(?:;|,?\s+and|,\s+while|,\s+but)\s+$", before) and _BARE_PAST_AFTER.match(after) or
                      re.search(r",?\s+with\s+$", before) and re.match(r"\s+(?:of them\s+)?(?!being\b)[a-z]{3,}ing\b", after)) and \
                        (prior := [f for f in found if f[3]]):
                    # (also a participle clause: "86 victims were supported, with 71 saying they felt safer")
                    # "…of the 204 partners said they felt safer; 17 asked for help again", "no further abuse by 31 of them,
                    # and 12 were arrested": a clause opening on a bare count and its past verb counts the people before
                    about = prior[-1][3]
                elif (then := _ELLIPTICAL_TO.match(after)) and re.search(r"(?:,|\band|\bwhile)\s+(?:another\s+|a further\s+)?$", before) \
                        and (prior := [f for f in found if f[2] == "count" and f[3]]):
                    # "expects 90 men to be referred and 55 to start a group", "260 men to start … and 45 to be taken on by
                    # the high-harm service": the noun left out is the earlier count's, and people who start or are taken
                    # on are on the course, even after a count of referrals
                    about = prior[-1][3]
                    if about == "referrals" and not re.search(r"\breferred\b", then.group(0)):
                        about = "perpetrators"
                elif re.search(r"\b(?:a further|another|an extra|an additional)\s+$", before) and re.match(
                        r"\s*(?:[.;,)]|$|(?:from|in|by|were|was|came|this|that|last|more)\b)", after) and (
                        found and found[-1][2] == "count" or last_counts):
                    # "The police made 96 referrals. Schools made a further 17.": more of what was counted last
                    about = found[-1][3] if found and found[-1][2] == "count" else last_counts[-1][1]
                else:
                    continue
                if about == "practitioners" and not re.search(r"\btrain|\bbrief|\bworkshops?\b|\bplaces\b|"
                                                              r"\battend(?:ed|s|ing)?\b(?:(?!\b(?:steering|board|panel|case|group|"
                                                              r"supervision|network|forum|partnership|consultation|planning|"
                                                              r"review)\b)[^.;]){0,40}?\b(?:courses?|sessions?)\b",
                                                              sentence, re.I):
                    continue  # staff counted for anything but training are a headcount, not a result (staff who
                    # attended a course or session were trained: "212 practitioners attended a session"; not a meeting's
                    # sessions, "12 practitioners attended the steering group sessions")
                if start in bases and before.rstrip().endswith(":") and (label := _LABEL_BEFORE.search(before[-60:])) and \
                        not _NOT_A_MEASURE_LABEL.search(label.group("label")):
                    labelled.add(start)  # "Completions: 41 (of 58 starters)": an x of y under its label reports
            else:
                if value > 100 or value < 0:
                    continue  # an impossible percentage is a diagnostic
                # a share of a base ("61 per cent of the 46 partners") is about whom the base counts
                rate = _RATE_OF.search(before[-50:]) if "rate" in before[-50:].lower() else None  # "a completion rate of at least 70 per cent": whom the rate's noun counts
                hit = (_base_noun(subjects, sentence, base_end[start]) if start in base_end else None) \
                    or (_subject(subjects, rate.group("noun")) if rate else None) \
                    or _subject(subjects, after[:60]) or _subject(subjects, before[-80:])
                if hit and hit == _subject(subjects, after[:60]) and re.match(r"(?i)those who\b", after[hit[1]:]) and \
                        (earlier := _subject(subjects, before[-80:])):
                    hit = earlier  # "work with 80 young people, and 60 per cent of those who start": the people named before
                if _WHOSE_PARTNERS.match(after) or (hit and _WHOSE_PARTNERS.match(after, hit[1])):
                    hit = ("partners", 0)  # "81 per cent of the women whose partners were on the course": the partners
                elif (_VERB_AFTER_SHARE.match(after) or re.search(r"\b(?:from|to)\s+$", before) and _CHANGE_VERB.search(before[-80:])) \
                        and start not in base_end and (subject := _subject(subjects, before[: ([0] + [
                            c.start() for c in _CHANGE_VERB.finditer(before, max(0, len(before) - 80))])[-1] or len(before)][-80:])):
                    hit = subject  # "The partner figures: three quarters said …", "the share of partners at high risk fell
                    # from 41% at referral to 17%": whom the sentence's subject counts, not a noun later in the clause
                about = hit[0] if hit else ""
                prior = [f for f in found if f[2] == "count" and f[3]]
                if prior and _RESTATING.search(before) and start - prior[-1][4] < 80 and not _subject(subjects, after[:12]):
                    # "97 completed (59 per cent)", "402 men completed a programme: 58 per cent of the 693 who started":
                    # the share restates the count before it, which takes the share's base (percentages beside counts)
                    about = prior[-1][3]
                    if start in bases and prior[-1][4] not in bases:
                        bases[prior[-1][4]] = bases.pop(start)
                if prior and re.match(r"\s*(?:%|per\s?cent)?\s*of\s+(?:them|these|those)\b(?!\s+who\b)", sentence[m.end("n") if m.group("n")
                                                                                                        else m.end():]):
                    about = prior[-1][3]  # "190 men were referred, 60 per cent of them by the police": a share of that count
                elif not prior and not about and len(last_counts) == 1 and (them := re.match(
                        r"\s*(?:%|per\s?cent)?\s*of\s+(?:them|these|those)\b(?!\s+who\b)",
                        sentence[m.end("n") if m.group("n") else m.end():])) and (
                        not _OTHER_PLURAL.search(sentence[:start]) or _RESULT_VERB_AFTER.match(
                            sentence[(m.end("n") if m.group("n") else m.end()) + them.end():])):
                    # (not when the share's own sentence names other people first: "The advocates are all trained,
                    # and 80 per cent of them speak Polish" counts the advocates, unless a result verb follows)
                    about = last_counts[-1][1]  # "The advocates supported 190 partners. 64 per cent of them felt safer":
                    # whom the one count of the sentence before counts (the share keeps no base of its own)
                if not about and _SHARE_COMPLETING.match(after):
                    about = "perpetrators"  # "the target is that 70% complete it": a completion rate of people on the course
                if not about and found and found[-1][2] == "percent" and re.search(r"\band\s+$", before):
                    about = found[-1][3]  # "61 per cent of the partners felt safer, and 90 per cent said …": the same people
                if about and before.rstrip().endswith(":") and (label := _LABEL_BEFORE.search(before[-60:])) and \
                        not _NOT_A_MEASURE_LABEL.search(label.group("label")):
                    labelled.add(start)  # "Completion rate: 68%": a figure under its label reports, as a count's does
            found.append((m, value, unit, about, start))
        for k, (m, value, unit, about, start) in enumerate(found):
            lo = found[k - 1][0].end() if k else 0
            hi = found[k + 1][0].start() if k + 1 < len(found) else len(sentence)
            before, after = sentence[lo:m.start()], sentence[m.end():hi]
            windows = (after, before) if unit == "percent" else (before, after)
            metric = _first(terms.get("metric", ()), windows[0]) or _first(terms.get("metric", ()), windows[1])
            if _first([t for t in terms.get("status", ()) if t[0] == "baseline"], before[-60:]):
                status = "baseline"
            elif _EARLIER_BEFORE.search(before[-40:]) and _EARLIER_AFTER.match(after):
                status = "reported"  # "The aim is for 60 per cent …, up from 52 per cent last year": the figure a target is
                # set against is last year's result, though the sentence aims
            elif _TARGET_OF.search(before[-50:]) or _PURPOSE_BEFORE.search(before[-40:]) or _TARGET_LEAD.search(sentence[:start]):
                status = "expected"  # "… against a target of 65%", "£25,000 for training 150 staff", "Targets for 2025-26:
                # at least 50 men starting a group … and 220 practitioners trained": what the money or the plan is for
            elif heading_status == "reported" and listed and not future:
                status = "reported"
            elif start in labelled and lead_status != "expected" and heading_status != "expected" and \
                    not _TARGET_HEADING.search(before[-60:]):
                status = "reported"  # "Referrals: 171 (target 150)": the labelled figure reports; its bracket aims
            elif (bracket := _EARLIER_YEARS_BRACKET.search(before[-30:])) and lead_status != "expected" and \
                    heading_status != "expected" and _bracket_year_comes_first(
                        bracket.group(0), sentence[: m.start() - len(before[-30:]) + bracket.start()],
                        lead_period if lead_period and _LIST_ITEM.match(line) else heading_period):
                status = "reported"  # "Referrals: 112 (2022-23: 94)": an accounts-style comparative is last year's result
            elif (heading_status == "expected" or lead_status == "expected") and listed or future and not (
                    _PAST.search(_INFINITIVE.sub(" ", own := _verb_clause(sentence, m.start(), m.end()))) and
                    not _FUTURE.search(own)):
                status = "expected"  # a target, unless the figure's own clause reports the past (an infinitive reports
                # nothing: "for three quarters of partners to say they feel safer")
            elif table or start in labelled or _PAST.search(sentence):
                status = "reported"
            else:  # no verb of the lists: a rate a service takes is expected, what it does now or did is reported, and
                # what money or a service is for in the present tense ("The grant pays for work with 40 men") is expected
                clause = _clause_around(sentence, m.start(), m.end()) + " " + after[:40]
                status = "expected" if _PER_PERIOD.search(clause) else "reported" if (
                    listed or _NOW.search(sentence) or _BESIDE_EARLIER.search(sentence) or _PAST_VERB.search(clause) or _REPORTING.search(sentence)
                    or sentence.rstrip(" *\"'”").endswith("?")) else "expected"  # (a list's figures report; a question
                # asks about a result: "Is it true that only 40% of men finish?")
            if not about and bases.get(start) is not None:  # "58 of the 87 completed": whom the 87 counted before
                about = next((o.about for o in reversed(out) if o.value == bases[start] and o.about), "")
                if about == "referrals" and _TAKING_PART.search(after[:60]):
                    about = "perpetrators"  # "110 of those 150 taking up a place": people referred who then took part
            own_period = period
            if re.search(r"\bup from\s+$|\bthe year before\b", sentence[: m.start()][-20:] + after[:20]) and period[:4].isdigit():
                own_period = _fy_text(int(period[:4]) - 1)
            if unit == "count" and _earlier_in_bracket(sentence[: m.start()], sentence[m.end():]):
                bracket = find_periods(sentence[max(0, m.start() - 20) : m.end() + 20])[0]
                own_period = bracket[0][2] if bracket else own_period  # ("(2023/24: 256)": the bracket's year)
            out.append(Outcome(
                source_id=source_id, source_line=_line_at(starts, start), pfa_code=area, metric=metric, value=value, unit=unit,
                value_qualifier=_VALUE_QUALIFIER.get((m.group("qual") or "").lower(), "exact"), about=about,
                period=own_period, status=status,
                refers_back=unit == "count" and bool(re.match(r"\s*of\s+(?:these|them|those)\b", sentence[m.end():])),
                base=bases.get(start),
            ))
        if period:
            last_period = period
        # the counts of this sentence, with whom they count, for a base named by its people in the next ("Of the men, …")
        last_counts = [(value, about, noun.group(1).lower() if noun else "", m.start()) for m, value, unit, about, _ in found
                       if unit == "count" and about
                       for noun in [re.match(r"\s+(?:[\w-]+\s+)?(" + _COUNTED_NOUNS + r")\b", sentence[m.end():], re.I)]]
    # a figure whose own words say whom it counts nowhere ("a 21% rise", "7% of the budget") is no result to report; nor is
    # a count with a fraction (people are counted in whole numbers: "278.6" in a row of a table in £000 is money)
    out = _labelled_starters_are_a_base(rel, out)
    return tuple(o for o in out if o.about and (o.unit != "count" or float(o.value).is_integer()))


#: labelled counts of those who started and then of those who completed, one after the other: "Started: 71. Completed:
#: 44.", "Starters: 70; completions: 41"
_STARTED_THEN_COMPLETED = re.compile(r"\b(?:started|starters|starts|began)\s*:\s*(?P<y>\d[\d,]*)\s*[.;,]?\s+"
                                     r"(?:completed|completions|completers|finished)\s*:\s*(?P<x>\d[\d,]*)\b", re.I)


def _labelled_starters_are_a_base(rel, out: list) -> list:
    """Labelled counts of starters and then completers ("Started: 71. Completed: 44."): one outcome, the completers
    with the starters as base, the starters no outcome of their own (README, "Started and completed", set out as
    labels rather than a sentence)."""
    drop = set()
    for i, o in enumerate(out):
        if o.unit != "count" or o.base is not None:
            continue
        for m in _STARTED_THEN_COMPLETED.finditer(rel.line_text(o.source_line) or ""):
            x, y = float(m.group("x").replace(",", "")), float(m.group("y").replace(",", ""))
            if o.value != x or x > y:
                continue
            starters = [j for j, p in enumerate(out) if p.source_line == o.source_line and p.unit == "count"
                        and p.value == y and p.base is None and p.about == o.about]
            if len(starters) == 1:
                drop.add(starters[0])
                out[i] = dataclasses.replace(o, base=y)
    return [o for j, o in enumerate(out) if j not in drop]


_RESULT_COLUMNS = (("referrals", re.compile(r"\breferr(?:als?|ed)\b", re.I)),
                   ("started", re.compile(r"\b(?:started|starts|began|joined|enrolled)\b", re.I)),
                   ("completed", re.compile(r"\b(?:completed|completions|finished)\b", re.I)),
                   ("rate", re.compile(r"\brate\b|%|\bper ?cent\b", re.I)))
_TABLE_NUMBER = re.compile(r"^\**(?P<n>\d{1,3}(?:,\d{3})*|\d+)(?P<pct>\s*%)?\**$")
#: a row joining a measure to its figure by dot leaders, in a box or not ("|  Referrals made ........ 95 |")
_LEADER_ROW = re.compile(r"\s*\|?\s*(?P<label>[^|.]*?[^\s|.])\s*\.{4,}\s*(?P<value>[^|.\s][^|]*?)\s*\|?\s*")
#: a table row opening with a number alone in its first cell, then a cell of words: the row's (an action's, an
#: item's) number in a "| No. | Action | Owner |" table, not a count
_ROW_NUMBER_CELL = re.compile(r"^\s*\|\s*(?P<n>\d{1,2})[.)]?\s*\|\s*(?=[A-Za-z])")


#: a table cell printing a count with its share in brackets ("52 (65%)"): two outcomes, the count and the percentage
_COUNT_AND_SHARE = re.compile(r"(?P<n>\d{1,3}(?:,\d{3})*|\d+)\s*\(\s*(?P<p>\d{1,3})\s*(?:%|per ?cent)\s*\)")


def _cell_figures(cell: str) -> list[str]:
    """A table cell as the figures it prints: "52 (65%)" as "52" and "65%", any other cell as itself."""
    both = _COUNT_AND_SHARE.fullmatch(cell.strip())
    return [both.group("n"), both.group("p") + "%"] if both else [cell]


_OF_NUMBER = re.compile(r"(?P<n>\d{1,3}(?:,\d{3})*|\d+)\s+of\s+(?P<base>\d{1,3}(?:,\d{3})*|\d+)")


#: a table's row label or column heading stating what is aimed at, not what was done ("Referrals expected", "Referrals
#: accepted (at least)", "| Output | 2025-26 |" in a grant schedule, "Target 2025-26")
_EXPECTED_CELL = re.compile(r"\btarget|\bexpected\b|\bplanned\b|\bforecast|\bprojected\b|\bat least\b|\baim(?:ed)?\b|"
                            r"^\W*outputs?\W*$", re.I)


#: a column heading's unit in thousands or millions of pounds ("grant (£000)", "£'000", "£k", "(£m)")
_UNIT_HEAD = re.compile(r"£\s?['’]?000s?\b|\(£k\)|\b£k\b|\(£m\)|£\s?thousands?|£\s?millions?|thousands of pounds|millions of pounds",
                        re.I)


#: a verb of referring just before a count ("the police referred 203 men", "had referred some 90 people")
_REFERRED_BEFORE = re.compile(r"\breferred\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more than\s+|a total of\s+)?$",
                              re.I)
#: a table row's label counting people referred ("Men referred", "People referred to the service"), not those who went on
_REFERRED_LABEL = re.compile(r"\breferred\b|\breferrals?\b", re.I)
_WENT_ON_LABEL = re.compile(r"\b(?:start\w*|began|begun|complet\w*|finish\w*|attend\w*|engag\w*|took part|join\w*)\b", re.I)


#: a row or line label whose figure is no result: a wait or an average, an identifier ("Case reference", "Contract no."),
#: a headcount of staff ("Staff (FTE)", "Facilitators in post") or a capacity ("Men on the course at any one time")
_NOT_A_MEASURE_LABEL = re.compile(r"\b(?:wait|waiting|average|days|weeks|months|hours)\b|\b(?:references?|ref|id|code|"
                                  r"(?:case|contract|grant|file|report|item|decision|invoice|order)\s+(?:no\.?|number))\b|"
                                  r"\b(?:staff|FTE|posts?|employed|vacanc\w*|headcount|caseloads?|capacity|places)\b(?!.*\btrain)|"
                                  r"\bat (?:any (?:one )?time|a time|once)\b|\b(?:per|in each|in every|each)\s+"
                                  r"(?:group|cohort|course|session|worker|case ?manager|caseworker|facilitator)s?\b", re.I)


#: a dashboard's line: a measure, then its figure after a colon or dot leaders ("Referrals received: 84",
#: "Completion rate …… 61%"), in a list or not
_DASHBOARD_LINE = re.compile(r"\s*(?:[-•*]\s+|\d{1,2}[.)]\s+)?[A-Za-z][^:.…|£]{1,60}?(?::|\s*(?:\.{4,}|…{2,})|\s+[—–-]\s+)\s*"
                             r"\d[\d,]*(?:\s*%|\s+of\s+\d[\d,]*)?(?:\s*\([^()£]*\))?\s*$")


def _next_text_line(raw: dict[int, str], number: int) -> str:
    """The next line after ``number`` that is not blank ("" at the end of the text)."""
    for n in range(number + 1, number + 4):
        if raw.get(n, "").strip():
            return raw[n]
    return ""


#: a heading over a column of row references ("Ref", "No.", "#", "ID") and such a reference ("S3", "1.2", "A4", "KPI 7")
_REF_HEAD = re.compile(r"\W*(?:ref(?:erence)?|no|number|#|id|code|kpi)\W*", re.I)
_REF_CELL = re.compile(r"\W*(?:[A-Z]{1,4}\s?\d{1,3}(?:\.\d{1,2})?[a-z]?|\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?)\W*")


def _table_outcomes(rel: PreparedRelease) -> list[Outcome]:
    """Results in a table headed by what each column counts ("| Year | Referrals | Started | Completed |
    Completion rate |"): referrals, completions of those who started (x of y), rates; each row's period
    from its first cell.  Only tables with no money and at least two result columns are read."""
    out: list[Outcome] = []
    columns: dict[int, str] = {}
    by_row: list[str] = []
    money_heads = False  # a heading row of the table gives its figures in thousands or millions of pounds
    heading_period = ""  # the period a heading over dot-leader lines names ("Quarter 2, 2025-26")
    for line in rel.lines:
        raw = line.text
        if raw.strip() and not _LEADER_ROW.fullmatch(raw):
            spans = find_periods(raw)[0] if _SECTION_HEADING.match(raw.replace("**", "")) else []
            heading_period = spans[0][2] if spans else heading_period if not re.search(r"[.!?]\s*$", raw) else ""
        leader = _LEADER_ROW.fullmatch(raw)
        if leader:  # (a dot-leader row is a row of two cells: what is measured and its figure, "x of y" allowed)
            of = _OF_NUMBER.fullmatch(leader.group("value"))
            value = of.group("n") if of else leader.group("value")
            if value.lower() in _WORD_SHARES:  # ("Partners who felt safer ..... two thirds": a share in words)
                value = f"{_WORD_SHARES[word_key(value)]:g}%"
            raw = f"| {leader.group('label')} | {value} |"
        # a fixed-width or tab-separated table's row
        aligned = "|" not in raw and bool(re.search(r"\S(?:\s{3,}|\s*\t\s*)\S", raw.strip()))
        if "|" not in raw and not aligned:
            columns, by_row, money_heads = {}, [], False
            continue
        cells = [c.strip() for c in raw.strip().strip("|").split("|")] if not aligned else \
            [c.strip() for c in re.split(r"\s*\t\s*|\s{3,}", raw.strip())]
        if aligned and not by_row and not columns and (len(cells) < 3 or any(_TABLE_NUMBER.match(c) for c in cells)):
            continue  # (fixed-width rows are read only under a heading row of three or more columns)
        if re.fullmatch(r"[\s|:-]*", raw):
            continue
        if _UNIT_HEAD.search(raw):
            money_heads = True  # ("grant (£000)": the table's bare figures are money)
        money_cols = {k for k, c in enumerate(cells) if MONEY_TOKEN.search(c)}
        if columns and money_cols and not money_cols & set(columns) and len(cells) > max(columns):
            pass  # a row under a heading of result columns beside a money column ("Site | Grant (£) | Referrals |
            # Started | Completed" over "Ashby | £210,000 | 140 | 96 | 61"): the money is the row's grant, and the
            # result columns' cells are still counts, read as in any results table
        elif MONEY_TOKEN.search(raw) or re.search(r"\(\s*\d{1,3}(?:,\d{3})+\s*\)", raw):
            columns = {}
            # a funding table with a column of results ("| Area | Provider | Home Office 2024-25 | Referrals 2023-24 |"):
            # that column's cells are counts of whom its heading names, for the period it names
            subjects = _terms("local_outcome_terms.csv").get("subject", ())
            for k, head in enumerate(by_row if "|" in raw and not aligned else ()):
                about = _subject(subjects, head) if not re.search(
                    r"£|\b(?:grant|allocation|funding|budget|total|top-up|spend|value|cost|HO|income|award)\b", head, re.I) else None
                m = _TABLE_NUMBER.match(cells[k]) if about and k < len(cells) else None
                if m and not m.group("pct"):
                    spans = find_periods(head)[0]
                    out.append(Outcome(rel.source_id, line.number, rel.area, "", float(m.group("n").replace(",", "")),
                                       "count", "exact", about[0], spans[0][2] if spans else "",
                                       "expected" if re.search(r"\btarget|\bexpected", head, re.I) else "reported", False, None))
            continue  # money, or an accounts row (a bracketed figure is a payment out)
        heads = {k: next((name for name, p in _RESULT_COLUMNS if p.search(c)), "") for k, c in enumerate(cells)}
        if sum(1 for v in heads.values() if v) >= 2 and not any(_TABLE_NUMBER.match(c) or _COUNT_AND_SHARE.fullmatch(c)
                                                                for c in cells):
            columns = {k: v for k, v in heads.items() if v}
            continue
        if not any(_TABLE_NUMBER.match(c) or _COUNT_AND_SHARE.fullmatch(c) or _OF_NUMBER.fullmatch(c) for c in cells[1:]):
            by_row = [c for c in cells]  # a heading row of a table whose rows are the measures
            continue
        if money_heads and not columns:
            continue  # a row of bare figures under a heading in thousands or millions of pounds: money, no results
        if not columns:
            # "| Referrals received | 71 | 88 | 159 |": a measure per row, a period per column
            label = cells[0]
            first = 1  # the first cell that can hold a figure
            if by_row and _REF_HEAD.fullmatch(by_row[0]) and len(cells) > 2 and _REF_CELL.fullmatch(cells[0]):
                label, first = cells[1], 2  # "| Ref | Measure | Q1 | Q2 |" over "| S3 | Referrals to X | 63 | 74 |": the
                # measure is named after the row's reference, which is no figure
            about = _subject(_terms("local_outcome_terms.csv").get("subject", ()), label)
            if about and about[0] in ("perpetrators", "young_people") and _REFERRED_LABEL.search(label) and \
                    not _WENT_ON_LABEL.search(label):
                about = ("referrals", about[1])  # "| Men referred | 284 |": a count of referrals, whoever they are
            if leader and not about:  # a results panel's measure named by what was done ("Finished the course")
                measure = next((name for name, p in _RESULT_COLUMNS if p.search(label)), "")
                about = ("referrals" if measure == "referrals" else "perpetrators", 0) if measure else None
            if about and not _NOT_A_MEASURE_LABEL.search(label) \
                    and sum(1 for c in cells[first:] if _TABLE_NUMBER.match(c) or _OF_NUMBER.fullmatch(c)
                            or _COUNT_AND_SHARE.fullmatch(c)) >= 1:
                status = "expected" if _EXPECTED_CELL.search(label) or by_row and _EXPECTED_CELL.search(by_row[0]) \
                    else "reported"
                for k, c in [(k, c) for k, cell in enumerate(cells[first:], start=first) for c in _cell_figures(cell)]:
                    m = _TABLE_NUMBER.match(c)
                    cell_of = None if m or leader else _OF_NUMBER.fullmatch(c)
                    if cell_of:  # a cell printing "x of y" ("71 of 126"): the count x, with base y
                        m = _TABLE_NUMBER.match(cell_of.group("n"))
                    if not m:
                        continue
                    head = by_row[k] if by_row and k < len(by_row) else ""
                    if _CAPACITY_HEAD.match(head):
                        continue  # ("| Course | Length | Places |": how many a course has room for, no result)
                    if leader and len(by_row) == 1:
                        head = by_row[0]  # (a panel's title states the period of its rows: "RESULTS 2024-25")
                    spans = find_periods(head)[0]
                    out.append(Outcome(rel.source_id, line.number, rel.area, "", float(m.group("n").replace(",", "")),
                                       "percent" if m.group("pct") else "count", "exact", about[0],
                                       spans[0][2] if spans else heading_period if leader else head,
                                       "expected" if _EXPECTED_CELL.search(head) else status, False,
                                       _num(of.group("base").replace(",", "")) if leader and of else
                                       _num(cell_of.group("base").replace(",", "")) if cell_of else None))
            continue
        periods = find_periods(cells[0])[0] if cells else []
        period = periods[0][2] if periods else ""
        values = {}
        cell_base, cell_share = None, None  # a results column's cell printing "12 of 22" or "15 (60%)"
        for k, name in columns.items():
            m = _TABLE_NUMBER.match(cells[k]) if k < len(cells) else None
            of = _OF_NUMBER.fullmatch(cells[k]) if k < len(cells) and not m else None
            both = _COUNT_AND_SHARE.fullmatch(cells[k]) if k < len(cells) and not m and not of else None
            if of or both:
                m = _TABLE_NUMBER.match((of or both).group("n"))
                if name == "completed":
                    cell_base = float(of.group("base").replace(",", "")) if of else None
                    cell_share = float(both.group("p")) if both else None
            if m:
                values[name] = (float(m.group("n").replace(",", "")), bool(m.group("pct")))
        status = "expected" if re.search(r"\btarget", " ".join(cells[:1]), re.I) else "reported"

        def add(metric, value, unit, about, base=None):
            out.append(Outcome(rel.source_id, line.number, rel.area, metric, value, unit, "exact", about, period,
                               status, False, base))
        if "referrals" in values:
            add("referrals", values["referrals"][0], "count", "referrals")
        if "completed" in values:
            add("completed", values["completed"][0], "count", "perpetrators",
                values["started"][0] if "started" in values else cell_base)
            if cell_share is not None and "rate" not in values:
                add("rate", cell_share, "percent", "perpetrators")
        elif "started" in values:
            add("started", values["started"][0], "count", "perpetrators")
        if "rate" in values:
            add("rate", values["rate"][0], "percent", "perpetrators")
    return out


#: a column heading naming what is aimed at: "Milestone", "Target", "Expected by March", "Planned"
_AIMED_COLUMN = re.compile(r"\b(?:milestones?|targets?|aims?|expected|planned|forecasts?)\b", re.I)


def _in_a_milestone_column(rel: PreparedRelease, o: Outcome) -> Outcome:
    """A count read from a table row's cell whose column is headed as a milestone or target ("| Action | Sum |
    Milestone |" over "| … | £38,250 | 20 families worked with by March 2026 |") is aimed at, not yet reported: its
    status is ``expected`` (README, "Capacity": a count someone expects is an expected one).  The heading is the
    nearest row above with as many cells and no figure; a count in any other column is left as read."""
    if o.status != "reported":
        return o
    raw = rel.line_text(o.source_line) or ""
    header = None
    if raw.count("|") >= 3:
        cells = [c.strip() for c in raw.strip().strip("|").split("|")]
        for k in range(o.source_line - 1, max(0, o.source_line - 40), -1):
            above = rel.line_text(k) or ""
            if above.count("|") >= 3:
                heads = [c.strip() for c in above.strip().strip("|").split("|")]
                if all(re.fullmatch(r":?-{2,}:?", h) for h in heads):
                    continue  # (a Markdown table's rule under its heading row is no heading)
                if len(heads) == len(cells) and not re.search(r"\d", above):
                    header = heads
                    break
    elif "|" not in raw and len(cells := re.split(r"\s{2,}", raw.strip())) >= 2:
        # an aligned table ("Referrals received        520" under "Measure        Two-year target"): its heading is the
        # first line above the block of rows with as many cells and no figure
        for k in range(o.source_line - 1, max(0, o.source_line - 40), -1):
            above = (rel.line_text(k) or "").strip()
            heads = re.split(r"\s{2,}", above)
            if not above or "|" in above or len(heads) != len(cells):
                break
            if not re.search(r"\d", re.sub(r"\b\w+-year\b|\b(?:19|20)\d\d\b", " ", above)):
                header = heads
                break
    if header is None:
        return o
    figure = re.compile(r"(?<![\d.,])" + re.escape(f"{o.value:,.0f}" if o.value >= 1000 else f"{o.value:g}") + r"(?![\d,]|\.\d)")
    holding = [k for k, c in enumerate(cells) if figure.search(c)]
    if holding and all(_AIMED_COLUMN.search(header[k]) for k in holding):
        return dataclasses.replace(o, status="expected")
    return o


def _outcomes_and_diagnostics(rel: PreparedRelease) -> tuple[tuple[Outcome, ...], tuple[Diagnostic, ...]]:
    """Outcomes, and a diagnostic for each impossible percentage (over 100 or below 0) and each
    "x of y" whose x is more than y."""
    outcomes = extract_outcomes(rel)
    table = _table_outcomes(rel)
    if table:  # a results table read by its column headings replaces what the sentence reader made of its rows
        lines = {o.source_line for o in table}
        outcomes = tuple(sorted([o for o in outcomes if o.source_line not in lines] + table,
                                key=lambda o: (o.source_line, o.unit, o.value)))
    outcomes = tuple(sorted(outcomes + tuple(_list_item_counts(rel, outcomes)), key=lambda o: (o.source_line, o.unit, o.value)))
    outcomes = tuple(sorted(outcomes + tuple(_the_same_figure_for_another(rel, outcomes)),
                            key=lambda o: (o.source_line, o.unit, o.value)))
    outcomes = tuple(_in_a_milestone_column(rel, o) for o in outcomes)
    diagnostics: list[Diagnostic] = []
    for number, sentence in rel.sentences:
        for m in _BAD_PERCENT.finditer(sentence):
            value = _num(m.group("n").replace(" ", ""))
            if value > 100 and (_CHANGE_BEFORE.search(sentence[max(0, m.start() - 25) : m.start()])
                                or _CHANGE_AFTER.match(sentence, m.end())):
                continue  # "rose 150%", "a 2,000% rise": a change can be more than 100 per cent
            if value < 0 or value > 100:
                diagnostics.append(Diagnostic(rel.source_id, number, "impossible_percentage", m.group(0).strip(),
                                              "a percentage from 0 to 100"))
    # (an impossible percentage is reported as the diagnostic only, not also as an outcome: "Completion rate 112%", a
    # form's auto-calculated rate over its starts)
    impossible = {(d.source_line, _num(re.sub(r"[^\d.,-]", "", d.found).replace(" ", "") or "0"))
                  for d in diagnostics if d.problem == "impossible_percentage"}
    outcomes = tuple(o for o in outcomes if not (o.unit == "percent" and (o.source_line, o.value) in impossible))
    kept = []
    for o in outcomes:
        if o.base is not None and o.value > o.base and o.unit != "percent":  # (61% of 46 partners is no count over 46)
            if not _printed_x_of_y(rel.line_text(o.source_line), o.value, o.base):
                # a base the reader inferred ("of them", "of which", a count two clauses back) that is smaller than
                # the count is the reader's misreading, not the release's: the base is dropped, not reported
                kept.append(dataclasses.replace(o, base=None))
                continue
            diagnostics.append(Diagnostic(rel.source_id, o.source_line, "count_exceeds_base",
                                          f"{o.value:g} of {o.base:g}", "x of y with x no more than y"))
        kept.append(o)
    return tuple(kept), tuple(diagnostics)


#: a later clause giving the same measure for another area or group, its noun left out: "; in Suffolk the figure was
#: 205", ", while for Suffolk the number was 205", "; Suffolk's figure was 205", "and the figure for Suffolk was 205"
_THE_FIGURE_WAS = re.compile(r"(?:[;,]\s*(?:and\s+|while\s+|but\s+|whereas\s+)?|\s+(?:and|while|but|whereas)\s+)"
                             r"(?:(?:in|for)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2},?\s+the|"
                             r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}['’]s|the)\s+"
                             r"(?:figure|number|count|total|equivalent(?:\s+figure)?)"
                             r"(?:\s+(?:for|in)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})?"
                             r"\s+(?:was|is|were|stood at|came to)\s+(?P<n>\d[\d,]*)(?![\d,]*\s*(?:%|per\s*cent|percent))\b", re.I)


def _the_same_figure_for_another(rel: PreparedRelease, outcomes: tuple) -> list[Outcome]:
    """A count given again for another area or group in a later clause of its sentence, with the counted noun left out
    ("Norfolk police referred 410 men last year; in Suffolk the figure was 205"): an outcome of the same measure, period
    and status as the count its clause follows (README: outcomes; a count whose noun an earlier clause gives)."""
    out: list[Outcome] = []
    for number, sentence in rel.sentences:
        if "\n" in sentence.strip():
            continue  # (one line's sentence: the outcome's line is the sentence's)
        for m in _THE_FIGURE_WAS.finditer(sentence):
            value = _num(m.group("n"))
            if any(o.source_line == number and o.value == value for o in outcomes + tuple(out)):
                continue
            before = _digits(sentence[: m.start()])
            counts = [o for o in outcomes if o.source_line == number and o.unit == "count" and o.base is None
                      and re.search(rf"\b{re.escape(f'{o.value:g}')}\b", before.replace(",", ""))]
            if len(counts) != 1:
                continue
            out.append(dataclasses.replace(counts[0], value=value, value_qualifier="exact", refers_back=False))
    return out


def _printed_x_of_y(line: str, value: float, base: float) -> bool:
    """Whether the line prints the two counts as "x of (the) y" or "x out of y" in figures, a few words apart."""
    def figure(n: float) -> str:
        whole = int(n)
        return rf"(?<![\d,.]){whole:,}(?![\d,])".replace(",", ",?") if n == whole else re.escape(f"{n:g}")
    return re.search(figure(value) + r"\s+(?:[A-Za-z'-]+\s+){0,4}?(?:out\s+)?of\s+(?:the\s+|all\s+|those\s+)?"
                     + figure(base), line) is not None


#: a list item's clause that is a bare count and a few words saying what befell those counted ("31 with no further
#: reported abuse", "12 referred again"): no noun says whom it counts, the list's lead-in or the item's first count does
_BARE_ITEM_COUNT = re.compile(r"\s*(?P<n>\d{1,3}(?:,\d{3})*|\d+)\s+(?P<desc>(?:with|without|who|had|have|were|was|still|"
                              r"not|no|now|then|[a-z]+ed)\b[^£%\d]{0,80}?)\s*[.;]?\s*$")


def _list_item_counts(rel: PreparedRelease, outcomes: tuple) -> list[Outcome]:
    """Counts in list items ("- 31 with no further reported abuse", "• 12 referred again") that say whom they count only
    through the list: a clause after a count in the same item counts some of those (the earlier count is its base); an
    item under a lead-in line ending in a colon ("Of the men who finished in 2024-25:") counts whom the lead-in names,
    for its period, expected when the lead-in states targets."""
    out: list[Outcome] = []
    have = {(o.source_line, o.value) for o in outcomes}
    by_line: dict[int, list] = {}
    for o in outcomes:
        by_line.setdefault(o.source_line, []).append(o)
    subjects = _terms("local_outcome_terms.csv").get("subject", ())
    lead = ""
    for line in rel.lines:
        text = re.sub(r"^\s*(?:>\s*)+", "", line.text)
        item = _LIST_ITEM.match(text)
        if not item:
            if text.strip():  # (a lead-in ending in a colon, or a heading: "**Men who finished, 2024-25**")
                heading = re.sub(r"^#{1,6}\s*|\*\*|__", "", text).strip()
                lead = text.strip() if re.search(r":\**\s*$", text) or _SECTION_HEADING.match(heading) else ""
            continue
        for k, clause in enumerate(text[item.end():].split(";")):
            m = _BARE_ITEM_COUNT.fullmatch(clause)
            if not m or _NOT_A_COUNT_AFTER.match(" " + m.group("desc")):
                continue
            value = float(m.group("n").replace(",", ""))
            if (line.number, value) in have:
                continue
            earlier = [o for o in by_line.get(line.number, ()) if o.unit == "count" and o.value > value] if k else []
            if earlier:
                first = earlier[0]
                out.append(dataclasses.replace(first, metric="", value=value, base=first.value, refers_back=False))
                continue
            about = _subject(subjects, lead) if lead and not k and not _NOT_A_MEASURE_LABEL.search(lead) else None
            if not about:
                continue
            spans = find_periods(lead)[0]
            out.append(Outcome(rel.source_id, line.number, rel.area, "", value, "count", "exact", about[0],
                               spans[0][2] if spans else "", "expected" if _TARGET_HEADING.search(lead) else "reported",
                               False, None))
    return out
