"""Amounts of money in a release: :func:`extract_awards`, reading each line and sentence for its
figures, with each amount's role, area, period and payer; tables come from
:mod:`~funding.parse.releases.amounts.tables` and the passes relating figures from
:mod:`~funding.parse.releases.amounts.wholes`.
"""

from __future__ import annotations

from funding.core import patterns as re
from dataclasses import dataclass, field, replace
from itertools import combinations

from funding.core.money import MONEY_TOKEN, QUALIFIERS_AFTER, read_amounts
from funding.core.text import looks_like_html
from funding.parse.releases.records import Diagnostic, LocalAward
from funding.parse.releases.vocabulary import Terms, _candidates, _ORG_WORD, _first, _terms, may_match
from funding.parse.releases.text import (
    _ALIGNED_HEADER, _CORRECTION_NOTE, _RULE_LINE, _TABLE_ROW, _TOTAL_ROW, _cells, _heading_lines, _html_heading_lines, _line_at,
    _logical, _quoted_spans, list_item_label, prepare, _aligned_cells, _pounds_units_row, group_label_in_table,
    group_label_in_pipe_table,
)
from funding.parse.releases.places import find_areas
from funding.parse.releases.periods import (
    NOT_A_SPAN_START, YEAR_FORM, _fy_text, _month_at, _point, financial_year, find_periods, open_span, parse_count,
)
from funding.parse.releases.amounts.figures import (
    as_stated, _amounts_token_by_token, _nearest, _clause_of, _clauses, _Draft, _check_tokens, _sums_to,
    _lend_wholes_payer, _close_in_size,
)
from funding.parse.releases.amounts.figures import _lend_period, _lend_wholes_area
from funding.parse.releases.amounts.years import (
    _span_of, _counts_other_years, _defined_periods, grant_period_field, _an_earlier_round, _without_earlier_rounds, _round_total_period, _fy_of,
    _year_of_the_payment_before,
    _span_of_the_years_said, _COMPARED_WITH, _years_of_a_comparison, _a_year_compared_with, _section_heading_period, _another_years_sum,
    _of_another_year, _spans_years, _names_its_round, _in_each_of_the_years, _rate_names_no_years,
)
from funding.parse.releases.amounts.payers import (
    _NOT_ELLIPSIS, _continues_payers_list, _ROW_RANGE, _round_funders, _opening_funder, _defined_funders, _FOOTNOTE, _footnote_funders,
    _row_range_funders, _payer_before_semicolon, _grantor_pronouns, _OTHER_PAYER, _NOT_A_PAYER, GRANT_MAKERS_LIST_TITLE, _payer_tied_after,
    _by_or_from_before, _outside_payer_in_clause, _pot_funder, _holder_before, _item_funder, _pays_another_figure,
    _commissioner_pays_in_clause, _commissioner_said_to_pay, _antecedent_funder, _named_as_receiver,
    _corrects_the_figure_before, _referent_funder, _pronoun_subject_funder, _sentence_subject_pays, _subject_before_an_aside, _in_next_figures_clause,
    _COMMISSIONER_BODY, _commissioners_money_in_clause, _defined_funder, _framing_funders, _heading_funder,
    _paragraph_lead_funder, _named_as_an_item_of_a_sum, _money_matched, _MATCHED_MONEY_BEFORE, _ON_FUNDER_LIST, _OUTSIDE_BODY,
)
from funding.parse.releases.amounts.areas import (
    _ELLIPSIS, _BETWEEN_THEM, _SHARED_BY_THE_N, _SHARING as SHARING, _elided_share, _areas_named_just_before, _read_comparatives,
    _only_compared_with, _areas_in, _NAMED_TOTAL_ROW, _unnamed_area_before, _shared_out_among_counted_areas,
    _given_the_money, _areas_between_them, _council_recipient_blocks, totals_over_several_areas_have_none,
)
from funding.parse.releases.amounts.tables import (
    _names_a_service, _names_unrelated_work, _table_title, _funding_fields, _year_fields_of_a_span_field, _funders_row_of_the_year,
    _without_unrelated_rows, _two_way_tables, _of_which_rows, _of_which_rows_naming_a_column_value,
    _income_sources_within_whole_income,
    _table_cells_take_the_tables_year, _two_row_heading, _table_drafts, _AlignedHeading, _WORK_ITSELF, _CORE_WORK, _ANTISOCIAL,
)
from funding.parse.releases.amounts.wholes import (
    _end_of_a_change,
    _LIST_LINE, _pieces_regroup_under_the_part_they_make, _counted_shares_take_the_funds_terms, _money_said_to_cover, _list_total, _pieces_of, _prose_totals,
    _per_year_before_in_all, _per_year_before_its_sum, _piece_of_a_named_years_share, _listed_pieces_sum_to_whole, _sums_stated_after_their_total,
    _one_sentences_sums_are_pieces_of_an_earlier_figure, _piece_of_the_years_sum, _list_sums_to_an_earlier_award, _of_which_pieces_sum_to_whole,
    _pieces_said_of_an_earlier_sum, _bracketed_pieces_split_the_span_by_year, _budgets_are_totals, _shares_past_a_full_shared_award,
    _whole_across_funders, _rest_of_an_earlier_sum, _more_money_past_a_full_sum, _counted_areas_total_takes_their_payer,
    _pieces_of_a_corrected_figure_go_to_its_first_statement, _superseded_figure_is_the_restated_sum,
    _restated_added_money_keeps_its_role, _restated_total_across_funders,
    _earlier_statement_of_a_total_across_funders, _earlier_statement_of_a_table_total_across_areas,
    _one_areas_rows_restated_as_its_contribution,
    _pieces_listed_on_in_the_next_sentences, _pieces_of_a_payers_sum_named_first, _carried_forward_keeps_its_year, _carried_piece_is_its_wholes_year, _COUNTING_OTHERS, KINDS_TOGETHER_AFTER,
    _counted_totals_across_funders, _total_of_a_grant_and_its_top_up, _total_of_one_funders_awards, _corrected_figure_is_the_same_money, _councils_as_recipients,
    _named_as_the_correct_figure,
)
from funding.parse.releases.amounts.wholes import _items_first_figures, _profiles_of_earlier_shares, _yearly_rates_profile_the_sum_before, \
    _ordinal_share_of_the_sum_before, _dated_instalment_of_an_earlier_award, _piece_of_a_referenced_row, _table_rows_sum_to_the_figure_above, _parts_take_their_wholes_payer, _other_areas_shares, _REMAINDER_BEFORE
from funding.parse.releases.amounts.sums import _pieces_summing_to_a_neighbour, _lots_add_up_to_the_total, \
    _division_after_a_lead_in


#: a year named after a figure, with the words that may lead to it: "in 2025-26", "for the financial year 2025 to 2026"
_IN_A_YEAR = r"(?:\s+(?:in|for|during)\s+(?:the\s+)?(?:financial\s+year\s+|year\s+)?" + YEAR_FORM + r")"
_LIST_GAP = re.compile(_IN_A_YEAR + r"?(?:\s+(?:(?:paid|pays|went|goes|will go|is going|was spent|is spent|is passed|are passed|was passed|passed|is|are|was|were|will be)\s+)?(?:for|to|on)\b[^£;.]{0,80}?|"
                       r"\s+(?:will be |is |was |are |being )?(?:met|paid|funded|covered|provided|drawn|found|coming)\s+(?:from|by)\b[^£;.]{0,80}?|"
                       r"\s+from\s+(?:the\s+)?[^£;.]{1,60}?|\s+of\s+(?!(?:the|that|this|it|its)\b)[^£;.]{1,60}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+plus\s+|\s*;\s*)(?:(?:the|a|an|its|our|their)\s+)?"
                       r"(?:[A-Za-z][\w'-]+(?:\s+[A-Za-z][\w'-]+)?\s+)?", re.S)
_PASSED_ON = re.compile(r"\bfrom the (?:office of the )?(?:police,? (?:fire )?and crime )?commissioner\b|"
                        r"\b(?:passed|paid|given|awarded|granted)(?: on)? to\b[^.;]{0,80}\bby the (?:office of the )?"
                        r"(?:police,? (?:fire )?and crime )?commissioner\b|\bthrough the (?:office of the )?"
                        r"(?:police,? (?:fire )?and crime )?commissioner\b", re.I)
#: the verb family of enlarging a sum, in every inflection: "adds to", "supplemented", "topping up", "complements"
_ENLARGING = (r"(?:add(?:s|ed|ing)?\s+to|supplement(?:s|ed|ing)?|boost(?:s|ed|ing)?|top(?:s|ped|ping)?\s+(?:it\s+|this\s+)?up|"
              r"increas(?:e|es|ed|ing)|augment(?:s|ed|ing)?|bolster(?:s|ed|ing)?|enhanc(?:e|es|ed|ing)|"
              r"complement(?:s|ed|ing)?|swell(?:s|ed|ing)?|swollen|match(?:es|ed|ing)?|rais(?:e|es|ed|ing)|"
              r"(?:up)?lift(?:s|ed|ing)?|expand(?:s|ed|ing)?|extend(?:s|ed|ing)?)")
#: the grant that other money matches, tops up or otherwise enlarges ("agreed to match part of the Home Office grant",
#: "has boosted the Home Office award with"): not its payer
_MATCHED_OBJECT = re.compile(r"\b(?:to match|alongside|on top of|in addition to|" + _ENLARGING + r")\s+"
                             r"(?:part of |some of |half of |a share of )?"
                             r"(?:the |their |its |his |her |our |this |that )?(?:[\w-]+['’]s )?$|"
                             r"\b(?:add(?:s|ed|ing)?|contribut(?:es|ed|ing|e))\b[^.;]{1,50}?\s(?:to|towards)\s+"
                             r"(?:the |their |its |his |her |our |this |that )?(?:[\w-]+['’]s )?$", re.I)
#: (and a sum added to it, the verb before the sum: "the council is adding £25,500 to the Home Office grant")
#: a council named as the one that receives, commissions or runs the money's work ("where the city council will
#: commission one-to-one work", "of which Swindon Borough Council will receive £226,000"): not its payer
#: a council's own report paying "from the Community Safety reserve", "from general reserves", "out of the council's
#: reserves": a reserve is the council's own money held back (no grantor's, whose money would be named as a grant)
_COUNCIL_RESERVE = re.compile(r"\b(?:from|out of|using|drawn from|funded by)\s+(?:the\s+|its\s+|our\s+|the\s+council['’]s\s+)?"
                              r"(?!(?:commissioner|mayor|PCC|PFCC|OPCC|police|policing)\b)"
                              r"(?:[\w-]+\s+){0,3}?reserves?\b", re.I)
#: a council that receives, accepts, runs or hosts the work rather than paying for it ("X Council receives …", "if the
#: Council does not accept it", "the council is running the course"); a bare "running", "commissioning", "delivering",
#: "hosting" or "managing" only says which councils are meant ("the two councils running pilots £80,000 between them"),
#: so those need their auxiliary to say the council does it ("receiving" does not: a council receiving money is not
#: its payer)
_COUNCIL_NOT_PAYING = re.compile(r"(?:['’]s)?\s+(?:(?:will\s+|is\s+to\s+|is\s+going\s+to\s+|would\s+|then\s+|"
                                 r"(?:does|do|did|will|would|should|must|may)\s+(?:not\s+)?)?(?:also\s+)?"
                                 r"(?:receives?|received|receiving|commissions?|commissioned|runs?|accepts?|accepted|"
                                 r"delivers?|delivered|hosts?|hosted|manages?|managed|gets?|got)|"
                                 r"(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\s+(?:also\s+)?"
                                 r"(?:commissioning|running|delivering|hosting|managing))\b",
                                 re.I)
_FUNDING_WORDS = re.compile(r"\b(?:bid|applied|application|funding|fund|grant|awarded|covers?|runs?)\b|(?:['’]s?|\b(?:its|their|our|his|her))\s+money\b", re.I)
_PAID_FROM = re.compile(r"\b(?:comes?|came|paid|funded|met|found)\b[^.]{0,30}\bfrom\b", re.I)
_NATIONAL_PENCE = 10_000_000 * 100
# (a payer's money, "the three payers' money", "their money", speaks of funding; "the money" alone may be anyone's)
#: the verb that spends a sum on a service: after an award, such a smaller sum is a piece of it
#: "the council's own money", "Kent County Council has awarded … from its own budget": a council's money
_COUNCILS_OWN = re.compile(r"\bcouncil['’]s own\b|\b(?:council|authority)\b(?![’']s? (?:share|grant|allocation|award))"
                           r"[^.;£]{0,60}(?:£[\d,.]+(?:\s*(?:m|k|million)\b)?[^.;£]{0,20})?\bits own\b", re.I)
#: money "added to" or "on top of" a grant, "topping it up", "to match" it
_ADDED_TO = re.compile(r"\b(?:added|adds?|adding|on top of|top(?:s|ped|ping)? (?:it |this |that |the grant )?up|"
                       r"to match|match(?:ed|es|ing)? (?:the|this|that|its)|match funding)\b|"
                       # ("£212,000 from the Home Office's 2025-26 round, plus £20,000 from the commissioner's own
                       # budget": the own money added by 'plus' has no year of its own)
                       r"\bplus\s+(?=(?:a further\s+|another\s+|an extra\s+)?£)", re.I)
#: what a contract is worth or what a thing costs, which says nothing of who pays: "The contract is worth £142,500", "a
#: contract valued at £X", "the contract with X (its holder's name, however long) is worth £X", "The service costs about
#: £450,000 a year to run", "at a total cost of £X", "the running cost is £X" (a payer its clause names is read before:
#: "the commissioner pays for it at a cost of £X")
_WORTH_OR_COST = re.compile(r"(?:\bcontract\b(?:[^.;£]{0,20}\b(?:worth|valued? at|value of|value is|of)|"
                            r"[^.;£]{0,70}?\b(?:is|was|are|were|will be)\s+(?:worth|valued at))|\b(?:costs?|costing|"
                            r"cost(?:s|ing)? (?:us|them|it)|(?:a|the) (?:total |running |yearly |annual |full )?cost (?:of|is|was|"
                            r"will be|comes to|came to))|\b(?:priced|budgeted|costed) at|"
                            # ("Perpetrator work had a budget of £455,000", "the service, with an annual budget of £X":
                            # what the work has to spend, not whose money it is)
                            r"\b(?:has|had|have|with|holds?|held) (?:a|an) (?:total |running |yearly |annual |overall )?"
                            r"budget (?:of|set at))\s+(?:[a-z]+\s+){0,2}$", re.I)
#: a figure the text quotes from someone else's report ("Your report of 5 June said that the county's perpetrator
#: funding had fallen to £800,000", "the story claimed the service's budget was £90,000") or names as a figure of one
#: ("The £800,000 figure in our report was taken from a draft paper"): what the report said, not money the text gives
_REPORT_SAID = re.compile(r"\b(?:report|story|article|piece|headline|coverage)\b(?:[^.;£]{0,80}?)\s+"
                          r"(?:said|says|stated|states|claimed|claims|reported|suggested)\b[^;]{0,160}$", re.I)
_FIGURE_IN_A_REPORT = re.compile(r"\s+figures?\s+(?:in|from|used in|quoted in|given in)\s+(?:your|our|the|that|this|a)\s+"
                                 r"(?:[\w'’-]+\s+){0,2}?(?:report|story|article|piece|headline)\b", re.I)
#: the words that make such a figure a grant, an award or an area's share, whose payer the text's grantor is
_GRANT_WORDS = re.compile(r"\b(?:grants?|award(?:ed|s)?|allocations?|allocated|shares?|offer(?:ed)?|instalments?)\b", re.I)


def _anothers_report_figure(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``..``end`` is one the text quotes from another's report or story ("Your report
    said that Humberside's perpetrator funding had fallen from £1.2 million to £800,000", "The £800,000 figure in our
    report"), in words that do not call it a grant, an award or a share ("the story said the Home Office grant was
    £468,000" is the grant, whose payer is the grantor's): such a figure takes no payer from the rest of the text."""
    said = _REPORT_SAID.search(sentence[:start])
    named = _FIGURE_IN_A_REPORT.match(sentence, end)
    if not said and not named:
        return False
    words = sentence[said.start() : start] if said else sentence[:named.end()]
    return not _GRANT_WORDS.search(words)


#: a contract's value given as a field ("Contract value 2024-25: £143,200", "Contract price: £98,000"): like "The
#: contract is worth £X", a value whose payer the text has not tied to it (README, "Payer said once"); its years are
#: read as for any figure
_CONTRACT_VALUE_FIELD = re.compile(r"\bcontract\s+(?:value|price)\b(?:[^.;£:]{0,20}:|[^.;£:]{0,40}?\b(?:is|was|will be)"
                                   r"(?:\s+(?:about|around|up to|some))?)\s*$", re.I)
#: a figure's own clause putting it to next year's use ("set aside for next year's training", "to spend next year",
#: "for the coming year"): money of a year after the one the text reports on
_FOR_NEXT_YEAR = re.compile(r"\b(?:for|in|during|over|to spend|spent)\s+(?:the\s+)?(?:next|coming|following)\s+"
                            r"(?:financial\s+)?year\b|\bnext\s+(?:financial\s+)?year['’]s\b", re.I)
#: the predicate of a subject an aside has cut off from its verb (", is worth ", ", was valued at ")
_PREDICATE_AFTER_AN_ASIDE = re.compile(r"\s*(?:is|was|are|were|will be|would be)\s+(?:worth|valued at)\s*(?:about\s+|around\s+|some\s+)?")
_SPENDING = re.compile(r"AMOUNT\s+(?:will\s+|is\s+to\s+|would\s+)?(?:pay|pays|paid|fund|funds|go|goes|be spent|is spent|"
                       r"cover|covers|buy|buys)\b|\b(?:will\s+)?(?:receive|receives|get|gets)\s+AMOUNT|"
                       r"\b(?:spend|spent|spending|allocate|allocated|set aside)\s+AMOUNT\s+(?:on|for)\b", re.I)
#: a figure said to be topped up by the next one: "£388,000, topped up by £45,000 from …", "£240,000, matched with £60,000"
_TOPPED_UP_BY_AFTER = re.compile(r"(?:\s+(?:from|of|in|for)\s+[^£.;,]{1,40})?\s*,?\s*(?:(?:which|that)\s+(?:is|was|will\s+be|has\s+been)\s+|and\s+)?(?:topped\s+up|"
                                 r"matched|supplemented|boosted)\s+(?:by|with)\s+(?:a\s+further\s+|another\s+|an\s+extra\s+)?£",
                                 re.I)
#: the same, said actively by the receiver after its figure: "will receive £388,000 and is topping it up with £50,000",
#: "has £300,000, and adds £40,000 of its own", "gets £250,000 but is matching it with £25,000": the words after the
#: figure say what the next figure is (money added to this one), not this one
_TOPS_IT_UP_AFTER = re.compile(r"\s*,?\s*(?:and|but)\s+(?:(?:is|are|was|were|will|has|have|had)\s+(?:be\s+|been\s+)?)?(?:also\s+)?"
                               r"(?:top(?:s|ped|ping)?\s+(?:it|this|that|them|the\s+[\w'’-]+)\s+up|"
                               r"(?:match(?:es|ed|ing)?|supplement(?:s|ed|ing)?|boost(?:s|ed|ing)?)\s+(?:it|this|that|them)|"
                               r"add(?:s|ed|ing)?)\s+(?:(?:with|by)\s+)?(?:a\s+further\s+|another\s+|an\s+extra\s+)?£", re.I)
#: "up from £200,000 last year": a figure compared with, from another year: no round is guessed for it
_EARLIER_FIGURE = re.compile(r"\b(?:up|down|rising|falling|rose|fell|increased?|decreased?|compared)\s+(?:from|with|to)\s+$", re.I)
#: a figure set against the one before as its earlier level: "…, against £95,000 a year before", "against £60,000 the
#: year before", "as against £40,000 previously", "compared with £52,000 last year"
_AGAINST = re.compile(r"(?:,|\()\s*(?:as\s+)?(?:against|compared (?:with|to))\s+(?:about |around |roughly |some )?$", re.I)
_BEFORE_THEN = re.compile(r"\s+(?:(?:a|per|each|the)\s+year\s+)?(?:before|earlier|previously)\b|"
                          r"\s+(?:(?:a|per|each)\s+year\s+)?(?:in\s+)?(?:last|the previous|the year before)\s+(?:year|round)?\b", re.I)
#: a change of one sum told as "from £A … to £B": "will fall from £45m to £38m", "was cut from £220,000 in 2025/26 to
#: £180,000", "goes up from £60k to about £75k", "a rise from £1.1m to £1.3m"
_CHANGED_FROM = re.compile(r"\b(?:(?:up|down|ris(?:e|es|ing|en)|rose|fall(?:s|ing|en)?|fell|increas(?:e|es|ed|ing)|"
                           r"decreas(?:e|es|ed|ing)|reduc(?:e|es|ed|ing|tion)|cut(?:s|ting)?|drop(?:s|ped|ping)?|"
                           r"grow(?:s|ing|n)?|grew|shrink(?:s|ing)?|shrank|go(?:es|ing)?(?:\s+(?:up|down))?|went(?:\s+(?:up|down))?|"
                           r"mov(?:e|es|ed|ing)|chang(?:e|es|ed|ing))(?:\s+\w+ly)?\s+from|from)\s+(?:about |around |roughly |some )?$",
                           re.I)
_CHANGED_TO = re.compile(r"^[^£.;]{0,40}?\bto\s+(?:about |around |roughly |some |nearly |almost |just (?:under|over) )?$",
                         re.I)


def _new_level_of_a_change(sentence: str, found: list, k: int) -> bool:
    """Whether figure ``k`` of a sentence is the new size of the figure just before it, "from £A … to £B" after a verb
    of change or alone ("from £45m in 2025-26 to about £38m in 2026-27"): the same money, so the same payer."""
    if k == 0:
        return False
    before_start, before_end = found[k - 1][0], found[k - 1][1]
    return bool(_CHANGED_TO.match(sentence[before_end : found[k][0]])) and bool(
        _CHANGED_FROM.search(sentence[max(0, before_start - 40) : before_start]))


_LABELLED_LINE = re.compile(r"^\s*(?:[-•*–]\s+)?(?:\*\*)?[^£:]{2,90}?(?:\*\*)?\s*(?:[:–-]|\.{3,})\s*(?:\*\*)?\s*£[\d,.]+"
                            r"(?:\s*[mk]\b)?(?:\*\*)?(?:\s*(?:,|\s[-–(])[^£]{1,60}?|\s{2,}[^£\s][^£]{0,60}?)?\s*\.?\s*$")
# ("Total: £498,500, April 2024 to March 2026"; a dot leader and a column after the sum: "Perpetrator programme ....
# £214,600     Home Office, via the OPCC")
#: an indented row of a list set out without bullets, its label joined to its sum by a dot leader, as the rows of an
#: income breakdown under "made up as follows:" in a set of accounts ("   Home Office grant ........ £120,000"): an
#: item of the list above it as a bulleted line is (a row at the margin, or one with no leader, is not)
_LEADER_ROW = re.compile(r"^[ \t]{2,}[^\s£.][^£]{1,90}?\s*\.{3,}\s*£[\d,.]+(?:\s*[mk]\b)?\s*$")
#: a numbered heading: "2. Money for the strategy in 2023-24", "3.1 Funding" (short, no sentence's full stop)
_NUMBERED_HEADING = re.compile(r"^\s*(?:#{1,6}\s+)?\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z][^.!?;:£]{0,70}$")
#: a section of job adverts: "### Jobs", "Vacancies", "Careers", "We're hiring"
_JOBS_HEADING = re.compile(r"\b(?:jobs?|vacanc(?:y|ies)|careers?|recruitment|job opportunities|we['’]re hiring|"
                           r"situations vacant)\b", re.I)
#: a heading set in capitals on a line of its own, no sentence ("HOME OFFICE GRANT", "THE COMMISSIONER'S OWN BUDGET")
_CAPITALS_HEADING = re.compile(r"[A-Z][A-Z'’&,()-]*(?:\s+[A-Z][A-Z'’&,()-]*){1,7}")
_SECTION_LINE = re.compile(r"^\s*(?:#{1,6}\s+\S.*|\*\*[^*]+\*\*\s*:?\s*)$")
_REFUSED = re.compile(r"\b(?:was|were|has been|have been|had been)\s+(?:turned down|rejected|refused|unsuccessful|not successful|declined)\b", re.I)
#: "£1.3 million for four forces in the South East": a sum over several areas, no one area's award
_SEVERAL_AREAS = re.compile(r"\b(?:for|by|between|among|across) (?:the )?(?:\w+ ){0,2}(?:forces|police areas|areas|counties|commissioners)\b|"
                            r"\b(?:across|for|to|into) the (?:\w+ )?region\b", re.I)


#: several areas counted as the subject of a sum: "our five areas bring in about £1.1m", "Taken together, the four
#: forces receive £2.3m" (a sum over them, no one area's)
_COUNTED_AREAS = re.compile(r"\b(?:our|the|all|these|those)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                            r"(?:police\s+force\s+areas|force\s+areas|police\s+areas|areas|forces|counties)\b", re.I)


def _for_several_areas_unnamed(role: str, codes: list, s_areas: list, after: str) -> bool:
    """Whether a grant naming no area of its own is said to be for work across several areas ("the Home Office is
    paying £18,000 straight to a university to evaluate the course across the three areas"): it is no one area's money,
    so it does not take the release's area (README, pfa_code and area_basis ``none``)."""
    return role == "grant" and not codes and not s_areas and bool(_ACROSS_SEVERAL_FORCES.search(after))


#: several police areas a figure is for: "across the three areas", "for all four forces", "between both commissioners"
#: (not "across the four counties" nor "the three council areas", which one force's area can hold)
_ACROSS_SEVERAL_FORCES = re.compile(r"\b(?:for|across|between|among|to) (?:the |all |both )(?:(?:two|three|four|five|six|"
                                    r"seven|eight|nine|ten|\d{1,2}) )?(?:(?:police|force|policing) )?"
                                    r"(?:forces|areas|commissioners)\b", re.I)


#: a sentence opening with a numbered piece of a sum: "Lot one, worth £241,500, …", "Tranche 2 (£40,000) …"
_NUMBERED_PIECE = re.compile(r"^\W*(?:lot|tranche|instalment)\s+(?:one|two|three|four|five|six|\d{1,2}|[A-F])\b", re.I)
def _an_earlier_sum_named(sentence: str, start: int, end: int) -> bool:
    """Whether "the last", "the other" or "the final" before a figure name an earlier sum by its noun ("The last £20,000
    grant Kent received, in 2022, paid for a pilot"): a time, not the rest of a whole."""
    return bool(re.search(r"\bthe\s+(?:other|last|final)\s+$", sentence[max(0, start - 12) : start], re.I)) \
        and bool(_MONEY_NOUN_AFTER.match(sentence, end))


#: a money noun straight after a figure, naming what the figure is ("the last £20,000 grant Kent received, in 2022"):
#: "the last" is then about time, not the rest of a sum
_MONEY_NOUN_AFTER = re.compile(r"\s+(?:grant|award|allocation|payment|contribution|bid|round|contract)s?\b", re.I)
_CARRIED = re.compile(r"\b(?:carried|brought|rolled) (?:forward|over)\b|\bunderspend\b", re.I)
#: a year the money is said to change in, with no sum of that year: "Annex 3 shows how that rises in 2026-27", "which
#: falls again in 2027-28" (the year of a later size, not of the figure stated; "rises to £175,000 in 2026-27" names
#: the later figure's own year and is not matched: a sum stands between the verb and the year)
_CHANGES_IN = re.compile(r"\b(?:how|that|it|which|this)\s+(?:\w+\s+){0,2}?(?:rises?|rose|falls?|fell|grows?|grew|"
                         r"increases?|increased|decreases?|decreased|changes?|changed|goes (?:up|down)|went (?:up|down))"
                         r"\s+(?:again\s+)?in\s+(?:the\s+)?$", re.I)
_CARRIED_FROM = re.compile(r"\b(?:carried|brought|rolled) (?:forward|over) from\s+(?:the\s+)?$", re.I)
#: a lead-in with no sum of its own saying the list under it sets out how the sum before it is used: "Where the money
#: goes:", "Here is how it will be used:", "How the grant is being spent:"
_HOW_IT_IS_USED = re.compile(r"\b(?:how|where)\b[^.£]{0,60}?\b(?:spent|used|goes|go|going|divided|split|allocated)\b"
                             r"[^.£]*:\s*$", re.I)
#: a sentence that opens a list of the pieces of an amount ("The grant is split across the two years:")
_OPENS_PARTS = re.compile(r"\b(?:split|divided|broken down|made up|profiled|phased|paid|allocated|shared|spent|"
                          r"as follows|in all|in total|altogether)\b[^.]*:\s*$|" + r"\b(?:(?:comes?|came|will come|is coming)\s+"
                          r"from|(?:funded|paid for|met|paid|shared)\s+(?:\w+\s+)?by|from\s+(?:two|three|four|five|several|"
                          r"(?:the\s+)?following)\s+(?:sources|funders|bodies))\s*:?\s*$", re.I)
#: "£230,000 in the first year and £250,000 in the second": the year of a span a figure is for, after it, also past
#: the figure's own verb ("£212,300 is for the first year", "£212,300 would be spent in the first year"; no joining
#: word among the verb's words, so another clause's year is not taken)
_NTH_YEAR_AFTER = re.compile(r",?\s+(?:(?:is|are|was|were|will\s+be|would\s+be|is\s+to\s+be|has\s+been|goes|go|went)"
                             r"(?:\s+(?!(?:and|but|while|then|so|whereas)\b)(?-i:[a-z]+)){0,2}?\s+)?"
                             r"(?:in|for|during) (?:the |its )?(?P<n>first|second|third|fourth|fifth)\b"
                             r"(?! (?:quarter|half|month|week))", re.I)
#: a figure said after it to be one year's share: "The £214,600 in the table is the first year's share", "… was its second
#: year's instalment"
_NTH_YEARS_SHARE = re.compile(r"[^.;£]{0,30}?\b(?:is|was|are|were|being|as) (?:the |its |their )?(?P<n>first|second|third|fourth|fifth)"
                              r" year['’]s (?:share|instalment|payment|allocation|part|portion|tranche)\b", re.I)
_ORDINAL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5,
            "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
#: a figure from a time before the release's ("Last year the county received £210,000", "previously"): not the
#: release's money, so it takes neither the release's period nor its publication year
_PAST_TIME = re.compile(r"(?<!forward from )(?<!over from )(?<!as )(?<!than )(?<!compared with )(?<!compared to )"
                        r"\b(?:last year|a year ago|the year before|previously|in the past|"
                        r"(?:the |its )?(?:last|previous|earlier|first) (?:round|grant|award|bid))\b", re.I)
# (not the past a figure is only compared with: "Its share is £276,300, the same as last year", "more than last year")
#: the words from a figure to a year that is its own: its verb and the year ("£786,400 was paid in 2024/25", "£40,000
#: goes in 2025-26", "£30,000 is to be spent in 2025/26"), or the year alone ("£B in 2025-26"); not words before a verb
#: left out ("£45,000 of match funding in 2024-25, and Kirklees Council £38,500": the year both clauses')
_PREDICATE_OF_THE_FIGURE_BEFORE = re.compile(
    r"\s*(?:(?:is|was|were|are|will\s+be|has\s+been|have\s+been|had\s+been|goes|go|went|comes|came|falls|fell)"
    r"(?:\s+(?!(?:and|but|while|then|so|whereas)\b)(?-i:[a-z]+)){0,3}?\s+)?(?:in|for|during|over)?\s*|"
    # (or the noun the figure before is, with its payer: "Kent's £400,000 Home Office grant for 2025-26 comes with £60,000
    # of match funding": the grant's year, not the match funding's)
    r"\s*(?:(?-i:[A-Z][\w'’]*)\s+(?:(?:of|and)\s+)?){0,4}(?:grant|award|allocation)\s+(?:for|in|during|over)\s*", re.I)
# (no joining word among its words: "£40,000 was spent and in 2026/27 the council will add £20,000": a new clause's year)
#: a bid or application still to be made: "The office plans to put in a further bid for 2027-28", "expects to bid again
#: for 2027/28", "will apply for the next round", "hopes to secure funding beyond March 2028"
_A_BID_TO_COME = re.compile(r"\b(?:plans?|planning|expects?|expecting|hopes?|hoping|intends?|intending|aims?|aiming|wants?|"
                            r"will|would|may|might|could|going)\s+(?:to\s+)?(?:(?:put|putting|submit|submitting|make|making|in|a|an|"
                            r"another|further|new|fresh|second|third|again|be|able|to)\s+){0,4}?(?:bid|apply|re-?apply|seek|request|"
                            r"secure|win|application)\b", re.I)
#: money said not to be confirmed yet, or only on a condition that it is: "No Home Office money has yet been confirmed
#: for 2028-29", "funding for 2027-28 is not yet confirmed", "if money for 2028-29 is confirmed", "once the grant for
#: 2027/28 is agreed"; and money said to hang on rounds or settlements still to come: "sums for 2027/28 depend on
#: future grant rounds", "later years' figures are dependent on the next settlement"
_NOT_YET_CONFIRMED = re.compile(r"\b(?:no|not)\b[^.;]{0,60}?\b(?:yet\s+)?(?:been\s+)?(?:confirmed|agreed|announced)\b|"
                                r"\bdepend(?:s|ing|ent)?\s+(?:up)?on\s+(?:the\s+)?(?:future|next|later|coming)\s+"
                                # (on money still to come, not on anything: "places depend on the next round of
                                # referrals" says nothing of the years' money)
                                r"(?:[\w'’-]+\s+){0,2}?(?:grants?|funding|bids?|bidding|settlements?|spending\s+reviews?|"
                                r"budgets?|allocations?|awards?|rounds?(?!\s+of\s+(?!funding|bidding|grants?|bids)))\b|"
                                r"\bnot\s+yet\s+(?:been\s+)?(?:confirmed|agreed|known|announced)\b|"
                                r"\b(?:if|once|when|until|unless)\b[^.;]{0,60}?\b(?:is|are|has been|have been|gets?)\s+"
                                r"(?:confirmed|agreed|announced)\b", re.I)
#: a funding round still to come: "the next round", "a future funding round", "the following settlement"
_NEXT_ROUND = re.compile(r"\b(?:the|a) (?:next|future|following|coming) (?:funding |grant )?(?:round|settlement|allocation round)s?\s+"
                         r"(?:will|would|is (?:planned|expected|due|to)|should)\b", re.I)
# (the round as the subject of what is still to come; not "successful in its bid for the next round of perpetrator
# funding, covering 2025-26", the round the text's money is from)
#: a figure's own words after it naming its year of a span: "£190,000 is for year one and £210,000 for year two" (the
#: "year one" before the second figure is the first's)
_NTH_YEAR_NAMED_AFTER = re.compile(r"\s+(?:is\s+|are\s+|was\s+|will be\s+)?(?:in|for)\s+(?:year|yr)\s+"
                                   r"(?P<n>one|two|three|four|five|[1-5])\b", re.I)
#: a clause opened by the year of a span its figure is for, with words between: "In year one Lancashire will draw down
#: £260,000", "In the second year the service gets £X"
_NTH_YEAR_OPENS = re.compile(r"^\W*(?:in|for|during)\s+(?:(?:year|yr)\s+|the\s+(?=(?:first|second|third|fourth|fifth)\s+"
                             r"(?:financial\s+)?year\b))(?P<n>one|two|three|four|five|[1-5]|first|second|third|fourth|"
                             r"fifth)\b(?:\s+(?:financial\s+)?year\b)?(?!['’])", re.I)
_NTH_YEAR = re.compile(r"\b(?:year|yr)\s+(?P<n>one|two|three|four|five|1|2|3|4|5)\b(?!.*\byear\s+(?:one|two|three|four|five|\d)\b)", re.I)
#: a figure named just before it as one year of a span by an ordinal: "the second year's £434,000", "The second-year
#: grant of £206,000", "its first year's allocation, £198,000,"
_NTH_YEARS_BEFORE = re.compile(r"\b(?P<n>first|second|third|fourth|fifth)[- ]year(?:['’]s)?"
                               r"(?:\s+(?:grant|award|allocation|instalment|payment|sum)(?:\s+of|\s*,)"
                               # or the year as the subject of the figure's verb: "The first year gets £212,300"
                               r"|\s+(?:gets|has|receives|costs|will\s+(?:get|have|receive|cost)))?"
                               # or as a label before it: "- First year: £160,000", "Second year – £176,000"
                               r"\s*[:–—-]?\s*$", re.I)
_PER_YEAR = re.compile(r"\s*,?\s*(?:at\s+)?(?:(?:in |for )?each year|a year|per year|per annum|annually|(?:in|for) each of (?=" + YEAR_FORM + r")|"
                       r"(?:in|for) each of (?:the|those|these) (?:\w+ )?years|"
                       # ("adding £60,000 over the same two years, £30,000 in each, from …": the years just counted)
                       r"(?:in|for) each(?: of (?:the|those|these) (?:two|three|four|five))?(?=\s*(?:[,.;)]|$)))(?:\b|(?=\W|$))",
                       re.I)
#: a sentence that opens by saying it sums what was stated: "Taken together, the money available … is £204,000"
#: a sentence opened by the several areas it is about: "Across the nine areas,", "Between the four forces,", "For all
#: five counties,"
_ACROSS_THE_AREAS = re.compile(r"^\W*(?:across|between|among|for|in)\s+(?:the|all|all the|our|its|these|those)\s+"
                               r"(?:\w+\s+){0,2}?(?:forces|police areas|force areas|areas|counties|commissioners)\s*,", re.I)
#: a sentence opened by the whole nation as its scope: "Across England and Wales, …", "Nationally, …", "Across the
#: country, …", "In England and Wales as a whole, …"
_NATIONAL_OPENER = re.compile(r"^\W*(?:(?:across|in|throughout)\s+(?:England and Wales|England|Wales|the country|"
                              r"the UK|the United Kingdom)(?:\s+as a whole)?|nationally|nationwide)\s*,", re.I)
#: a figure said to be a cost for each person or case worked with, after it ("roughly £2,565 for each starter", "£1,900
#: per participant", "£3,000 a head") or before it ("for each completer the figure is £3,855", "the cost per man who
#: finished was £4,100"): money that is no one's award (README: context)
_PER_HEAD_NOUN = r"(?:starter|completer|participant|person|people|man|men|referral|perpetrator|attendee|head)s?\b"
_PER_HEAD_AFTER = re.compile(r"\s*(?:(?:for|per)\s+(?:each|every|one)\s+(?:[\w-]+\s+){0,2}?|per\s+(?:[\w-]+\s+)?|a\s+)"
                             + _PER_HEAD_NOUN, re.I)
_PER_HEAD_BEFORE = re.compile(r"\b(?:(?:for|per)\s+(?:each|every|one)\s+(?:[\w-]+\s+){0,2}?|cost\s+per\s+(?:[\w-]+\s+)?)"
                              + _PER_HEAD_NOUN + r"(?:\s+[\w-]+){0,3}?\s+(?:is|was|were|are|comes? to|came to|works? out at|"
                              r"worked out at)\s+(?:(?:roughly|about|around|some|nearly|almost)\s+)?$", re.I)
#: (not a per-person length of the work beside another figure: "twelve sessions for each person referred, will run on £X")
_TOTAL_OPENER = re.compile(r"^\W*(?:(?:taken together|together|put together|added (?:together|up)|summed|combined|altogether|all told|in all|in total|overall|all in all)\s*,|"
                           r"(?:altogether|all told|in all|in total|all in all)\s+(?=[a-z]))", re.I)
#: (the last: "Altogether the Home Office is giving the four forces £1.37m", its comma left out)
#: words saying a total adds up sums stated before it: "The varied award is therefore …", "Taken together, the two years"
_SUMS_BEFORE = re.compile(r"\b(?:therefore|taken together|together|altogether|in all|in total|between them|"
                          r"(?:the|these|those|both) (?:two|three|four|five) (?:years|awards|grants|allocations)|both years)\b",
                          re.I)
#: "… to the grant in each of the two years": a yearly sum, said later in its clause
_EACH_OF_YEARS = re.compile(r"\b(?:in|for) each (?:year\b|of (?:the|those|these) (?:\w+ )?years\b)", re.I)
_ALL_FUNDERS = re.compile(r"\b(?:from|across|by|with|of) all (?:\w+ )?(?:funders|sources)\b|\ball (?:our |its |their )?funders\b", re.I)
_SPLIT_BETWEEN = re.compile(r"\b(?:split|divided|shared|broken down|spread|spent)\s+(?:out\s+)?(?:between|among|across|into|as)\b",
                            re.I)
_SAME_PERIOD = re.compile(r"\b(?:the|that|this|those|these) same (?:\w+ )?(?:years?|period)\b|"
                          # "over that period", "during this time", "across those years": the span just stated
                          r"\b(?:over|across|for|during|in|within|throughout) (?:that|this|those|these) (?:period|time|span|"
                          r"stretch|round|years)\b(?!\s+(?:from|to|until|of|ending|starting|beginning)\b)|"
                          # "in each of those years", "for each of these years": each year of the span just stated
                          r"\b(?:in|for) each of (?:those|these) years\b(?!\s+(?:from|to|until|of|ending|starting|beginning)\b)|"
                          r"\b(?:over|across|for|during|in)(?: each of)? both (?:of )?(?:the |those |these )?(?:financial )?years\b|"
                          # (not "the two years from April 2025", a span of its own; "from her own budget" is the source)
                          r"\b(?:over|across|for|during|in)(?: each of)? (?:the|those|these) (?:two|three|four|five) years\b"
                          r"(?!\s+(?:from(?!\s+(?:her|his|its|their|our|my|your)\b)|starting|until|beginning|"
                          r"to\s+(?:the\s+end\b|\d|(?:january|february|march|april|may|june|july|august|september|"
                          r"october|november|december)\b)))",
                          re.I)  # "over the two years": the span stated before
#: "for the year", "in that year", "during the financial year": the one year stated before, named again by the
#: definite article ("this year" is no year: README, "This year"); not a year named by its end or start ("the year
#: to March 2026" is a period of its own) nor one counted from another ("the year before", "the year ahead")
_THAT_YEAR = re.compile(r"\b(?:for|in|during|over|across|through)\s+(?:the|that)\s+(?:financial\s+)?year\b(?!['’]s?)"
                        r"(?!\s+(?:to|ending|ended|before|after|ahead|beginning|starting|from|of|earlier|later|on|just|"
                        r"since|until|till|when|in which)\b)", re.I)
#: a council's letterhead: "BEDFORD BOROUGH COUNCIL", "# Kirklees Council"
_COUNCIL_ISSUER = re.compile(r"^\W*(?:[A-Z][\w'’&-]*\s+){1,4}(?:borough |city |county |district )?council\W*$", re.I)
#: "over two years": a span of that many years with no start of its own
_OVER_N_YEARS = re.compile(r"\b(?:over|across) (?:two|three|four|five) years\b(?!\s+(?:from|starting|to|until|beginning|ago))",
                           re.I)


#: a figure's own words dating it a year after the one stated before it: "in the year after that", "the following
#: year", "for the next financial year" (after a year named in its sentence, not one counted from the publication date)
_THE_YEAR_AFTER = re.compile(r"\b(?:(?:in|for|during)\s+)?the\s+(?:(?:following|next|subsequent)\s+(?:financial\s+)?year"
                             r"|(?:financial\s+)?year\s+after(?:\s+(?:that|it|this))?(?!\s+(?:the|a|an|\d)\b))\b", re.I)


def _year_after_the_one_before(sentence: str, lo: int, start: int, hi: int, here: list, periods: list):
    """The year after the single year stated before a figure in its sentence, when the figure's own stretch dates it
    so ("£20,000 for 2025-26 and a further £30,000 in the year after that", "£90,000 in 2026/27 and £95,000 the
    following year"): the figure before's year, else the last year printed before it; None when there is none."""
    m = _THE_YEAR_AFTER.search(sentence, lo, hi)
    if m is None or m.start() < max((p[1] for p in periods if p[1] <= start), default=-1) \
            or (m.start() > start and not here):
        return None  # (words after the sentence's first figure lead to the next one: "£80,000, and the following
        # year it rose to £85,000")
    prior = here[-1].period if here and here[-1].period else None
    if prior is None:
        told = [p[2:] for p in periods if p[1] <= start]
        prior = told[-1] if told else None
    if prior is None or prior[0] != prior[1]:
        return None
    return (_fy_text(int(prior[0][:4]) + 1),) * 2


#: words before a figure naming a national fund or round: "the national round fell from", "a national pot of"
_NATIONAL_SUM_BEFORE = re.compile(r"\b(?:national|nationwide|England[- ]wide)\s+(?:[\w'’-]+\s+){0,2}?(?:round|fund|pot|"
                                  r"budget|allocation|total|funding|grant)\b", re.I)
#: the words opening a sentence before a fronted year: "In", "For", "During the financial year"
_FRONTED_BEFORE_YEAR = re.compile(r"\W*(?:in|for|during|over)\s+(?:the\s+)?(?:(?:financial|fiscal)\s+year\s+)?", re.I)


#: an award's noun just before a period, the period the award's own: "The Home Office grant for 2025-26 and 2026-27
#: was £X" (money added to it later in the sentence does not take those years: README, period_start)
_AWARDS_OWN_YEARS_BEFORE = re.compile(r"\b(?:award|grant|allocation|funding)\s+(?:for|in|of|covering)\s+(?:the\s+)?$", re.I)


def _fronted_year(sentence: str, p) -> bool:
    """Whether the period ``p`` (its start and end in ``sentence`` first) is a fronted adverbial opening the sentence
    and set off by a comma: "In 2025-26, the national fund is worth £36m"."""
    return bool(_FRONTED_BEFORE_YEAR.fullmatch(sentence[: p[0]])) and bool(re.match(r"\s*,", sentence[p[1]:]))


#: just after a figure compared with the one before it, words dating it a year earlier: "the year before", "in the
#: previous year", "the previous financial year" (not "last year", counted from the text's own date)
_THE_YEAR_BEFORE_AFTER = re.compile(r"\s*,?\s+(?:in\s+)?the\s+(?:year\s+before|previous\s+(?:financial\s+)?year)\b(?!\s+(?:that|it)\b)",
                                    re.I)


def _year_before_the_one_before(sentence: str, start: int, end: int, here: list):
    """The year before the single year of the figure just before, for a figure it rose or fell from, dated by its own
    words as that earlier year ("£410,000 for 2025-26, up from £380,000 the year before", "£95,000 in 2026/27, down
    from £99,000 in the previous year"); None otherwise ("against £90,000 the year before" sets an earlier level
    beside it and keeps no year)."""
    if not here or not _THE_YEAR_BEFORE_AFTER.match(sentence, end):
        return None
    before = sentence[max(0, start - 40) : start]
    if not _EARLIER_FIGURE.search(before):
        return None
    prior = here[-1].period
    if prior is None or prior[0] != prior[1]:
        return None
    return (_fy_text(int(prior[0][:4]) - 1),) * 2


#: a figure's own words dating it to each of the years after the one stated before it: "in each of the following two
#: years", "for each of the next three years", "in each of the remaining two years"
_EACH_OF_THE_NEXT_YEARS = re.compile(r"^[^£;]{0,30}?\b(?:in|for)\s+each\s+of\s+the\s+(?:following|next|remaining|subsequent|"
                                     r"other)\s+(?P<n>two|three|four|five|[2-5])\s+(?:financial\s+)?years\b", re.I)


def _years_after_the_one_before(sentence: str, end_of_figure: int, hi: int, here: list):
    """The years after the single year of the figure before it in its sentence, as many as the figure's own words after
    it count ("£215,000 in the first year and £217,500 in each of the following two years" → the two years after the
    first's): its span, which the figure is then paid in each year of; None when the figure before has no single
    year."""
    m = _EACH_OF_THE_NEXT_YEARS.match(sentence[end_of_figure:hi])
    prior = here[-1].period if here else None
    if m is None or prior is None or prior[0] != prior[1]:
        return None
    first = int(prior[0][:4]) + 1
    return _fy_text(first), _fy_text(first + _ORDINAL.get(m.group("n").lower(), 0) - 1)


#: the areas of a shared award named again as counties: "across both counties", "for the two counties' partner workers"
_BOTH_COUNTIES = re.compile(r"\bboth counties\b|\bthe (?:two|three|four) counties\b", re.I)


#: a figure's clause whose subject is set off before a person's name in commas: "Kent's commissioner, Daniel
#: Ashworth-Pyne, is adding …", "The Mayor of Leeds, Ann Hoyle, has put in …": the subject's words are the clause's
_APPOSITIVE_BEFORE = re.compile(r"(?:^|(?<=[;:]\s)|(?<=,\s(?:and|but)\s)|(?<=\.\s))(?:[Tt]he\s+)?(?:[A-Z][\w&'’-]*\s+){0,4}?"
                                r"(?:[A-Z][\w&-]*['’]s?\s+)?(?:[\w-]+\s+){0,2}?(?:commissioner|mayor|PCC|PFCC|leader|"
                                r"chief constable|cabinet member)\b(?:\s+for\s+(?:[A-Z][\w&'’-]*\s*){1,4})?,\s+"
                                r"(?:(?:Dr|Mr|Mrs|Ms|Cllr|Councillor|Dame|Sir)\.?\s+)?(?:[A-Z][\w'’-]+\s+){1,3}?"
                                r"[A-Z][\w'’-]+,\s*$", re.I)


#: a year named as the nth year of an award of several years, just before the award's figure: "The Home Office grant
#: for 2026/27 is the second year of a two-year award of", "2025-26 is the first year of a three-year grant worth"
_NTH_YEAR_OF_AN_AWARD = re.compile(r"(?P<fy>20\d\d[-/]\d\d)(?:\s+(?:is|was|will be|marks|forms)\s+|\s*,\s*)the\s+(?P<nth>first|second|third|"
                                   r"fourth|final|last)\s+year\s+of\s+(?:a|an|the|its|their|our)\s+(?P<n>two|three|four|five|"
                                   r"[2-5])[- ]year\s+(?:[\w'’-]+\s+){0,2}?(?:award|grant|allocation|settlement|contract|deal)"
                                   r"(?:\s+(?:of|worth|totalling))?\s*(?:about\s+|around\s+)?$", re.I)


def _span_of_an_award_a_year_is_the_nth_of(before: str) -> tuple[str, str] | None:
    """The years of the award whose figure follows, from a year named as its nth year ("2026/27 is the second year of
    a two-year award of £X" → 2025-26 to 2026-27); None when the words before the figure do not say so."""
    m = _NTH_YEAR_OF_AN_AWARD.search(before)
    if m is None:
        return None
    years = _ORDINAL.get(m.group("n").lower(), 0)
    nth = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(m.group("nth").lower(), years)
    if not years or nth > years:
        return None
    first = int(m.group("fy")[:4]) - (nth - 1)
    return _fy_text(first), _fy_text(first + years - 1)


def _a_share_over_years(d: "_Draft") -> bool:
    """Whether a piece of a larger sum is itself stated over several years, so that a yearly figure after it is one
    year's share of it ("Peterborough's share is £297,000 over the two years, paid as £148,500 in each year")."""
    if d.role == "part" and d.period is None and d.whole is not None and d.whole.period is not None:
        # (a piece naming no years of its own is over its whole's: "a budget of £800,000 over 2025/26 and 2026/27,
        # made up of:" then "- £500,000 from the Home Office (£250,000 a year)": two years' share, one a year)
        return d.whole.period[0] != d.whole.period[1]
    return d.role == "part" and d.period is not None and d.period[0] != d.period[1]


def _years_counted(words: str) -> str:
    """The words of a figure's stretch that count the years it covers as ones stated before ("over the two years",
    "across the same three years"), or ""."""
    m = _SAME_PERIOD.search(words) or _OVER_N_YEARS.search(words)
    return m.group(0) if m else ""


_IN_ALL = re.compile(r"\b(?:in all|in total|all told|made up of|a total of)\b", re.I)


#: a figure followed by words naming its own payer ("£40,000 that the commissioner has added", "£40,000 the council
#: gives"): not an elided item of the list before it
_OWN_PAYER_AFTER = re.compile(r"\s*,?\s*(?:that|which|who)\b|\s+(?:the\s+|our\s+|its\s+)?(?-i:[A-Z][\w'’-]*\s+){0,3}"
                              r"(?:commissioner|PCC|PFCC|mayor|council|authority|partners|trust|board)\b", re.I)


_SEPARATE_SCHEME = re.compile(r"\bnot (?:part of|in|included in|covered by|counted in) (?:this|the|our) (?:\w+ )?(?:scheme|"
                              r"programme|project|service|pilot|partnership)\b|\boutside (?:this|the|our) (?:\w+ )?(?:scheme|"
                              r"programme|project|partnership)\b|\b(?:a|an) (?:similar|separate) (?:\w+ )?(?:course|scheme|"
                              r"programme|project|service) of (?:its|their|his|her) own\b", re.I)
#: money said to be outside a contract ("The helpline, not part of this contract, costs £12,000"), unless its sentence
#: gives it as a piece of a sum ("Of that grant, £20,000 pays for a helpline, which is not part of the contract with X":
#: the service is outside the contract, the money still a piece of the grant)
_OUTSIDE_THE_CONTRACT = re.compile(r"\bnot (?:part of|in|included in|covered by|counted in) (?:this|the|our) (?:\w+ )?"
                                   r"contract\b", re.I)
_OF_A_NAMED_SUM = re.compile(r"\bof (?:the|that|this|its|their|our|his|her) (?:[\w'’-]+ ){0,2}?(?:grant|money|award|"
                             r"allocation|funding|budget)\b", re.I)
#: a sentence opened by saying its money is besides what was stated: "In addition, £15,000 will go to …",
#: "Additionally, …", "On top of this, …", "As well as this, …" (not "In addition to the grant's £X": a phrase)
_BESIDES_OPENER = re.compile(r"^\W*(?:in addition|additionally|on top of (?:this|that)|as well as (?:this|that)|"
                             r"besides (?:this|that))\s*,", re.I)
#: the verb after a figure paying it out: " will go to …", " pays for …", " is to fund …"
_PAID_OUT_AFTER = re.compile(r"\s+(?:will\s+|is\s+to\s+|would\s+)?(?:pay|pays|paid for|fund|funds|go|goes|be spent|is spent|"
                             r"cover|covers|buy|buys)\b", re.I)
#: a line opened by the label of a question put in writing: "Question: …", "Question 3 (Cllr Amrit Sandhu): …",
#: "Q: …", "**Q2.** …", "Written question: …", "Question from Cllr Rhiannon Vale: …"
_PUT_QUESTION = re.compile(r"^\W*(?:written\s+)?(?:question|q)\s*\d{0,2}\s*(?:\([^)]{1,60}\)|(?:from|by|asked by)\s+[^:.?£]{1,60})?"
                           r"\s*(?:\*\*)?\s*[:.]"
                           r"(?:\*\*)?\s+\S", re.I)
#: money its sentence calls separate: "Separately, …", "a separate £22,000", "separate from the package above" (not "in a
#: separate bid in the same round": another award of the release's round)
#: a table heading that names sums, years or money: such a table's cells are figures, not sentences
_MONEY_HEADING = re.compile(r"£|\b(?:amount|value|budget|cost|costs|grant|funding|total|spend|spent|paid|allocation|"
                            r"award|income|contribution|profile|forecast|20\d\d[-/]\d\d)\b", re.I)


#: a heading of a table of actions or responses: "Recommendation", "Agreed action", "Management response", "Update"
_ACTION_HEADING = re.compile(r"\b(?:recommendations?|actions?|responses?|agreed|comments?|updates?|progress)\b", re.I)


def _prose_cell(sentence: str, header: list[str]) -> tuple[int, int] | None:
    """The span of the one cell of a pipe-table row that holds a figure inside a sentence of its own (six words or
    more, the figure not its first word), in a table of actions or responses whose headings name no sums or years
    ("| Ref | Recommendation | Priority | Agreed action | Owner | Date |"); None otherwise."""
    if "|" not in sentence or any(_MONEY_HEADING.search(h) for h in header) \
            or not any(_ACTION_HEADING.search(h) for h in header):
        return None
    spans, at = [], 0
    for part in sentence.split("|"):
        spans.append((at, at + len(part)))
        at += len(part) + 1
    money = [(a, b) for a, b in spans if MONEY_TOKEN.search(sentence[a:b])]
    if len(money) != 1:
        return None
    a, b = money[0]
    text = sentence[a:b].strip()
    if len(text.split()) < 6 or MONEY_TOKEN.match(text):
        return None
    return a, b


#: a field's name in a register's or form's left column, then a gap, then the field's value: "Mitigation   (a) The …"
_FIELD_VALUE_ROW = re.compile(r"^(?P<label>[A-Z][\w'’/()&-]*(?: [\w'’/()&-]+){0,3}) {3,}(?P<value>\S.*)$")


def _field_value_prose(raw: str, sentence: str) -> int:
    """Where the value of a field row starts in ``sentence`` when the row is a field's name at the margin (four words
    at most) and, after a gap, one sentence of prose holding the figure: seven words or more with no second gap and
    the figure not its first word, an item letter or number before it allowed ("Mitigation   (a) The commissioner
    adds £20,000 a year to the grant"); 0 for a table's row of label and figures ("Home Office grant   150,000"), a
    label over a bare sum ("Sum     £20,000 in 2026/27") or a row of several cells."""
    m = _FIELD_VALUE_ROW.match(raw)
    if not m or "|" in raw or "\t" in raw:
        return 0
    value = m.group("value")
    if re.search(r"\S {2,}\S", value.rstrip()) or len(value.split()) < 7:
        return 0
    words = re.sub(r"^\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s+", "", value)
    if MONEY_TOKEN.match(words) or not MONEY_TOKEN.search(words):
        return 0
    at = sentence.find(value[:20])
    return at if at > 0 else 0


#: words after a piece naming the one year's money it is taken from: "£318,400 of the year's grant", "of that year's"
_OF_THE_YEARS_SUM = re.compile(r"\s+(?:out\s+)?of\s+(?:the|that|this)\s+year['’]s\s+(?:grant|award|allocation|money|funding)\b",
                               re.I)
#: an area named as finding money itself, just before the figure: "Gwent has also found £15,000 for …", "North Wales
#: has found a further £8,000" (no payer said: not the award's payer lent)
_AN_AREA_FOUND = re.compile(r"(?P<who>(?-i:[A-Z][\w'’-]*)(?:[\s-]+(?-i:[A-Z][\w'’-]*)){0,2})\s+(?:has|have|had)\s+"
                            r"(?:also\s+|now\s+|already\s+)?found\s+(?:a\s+further\s+|another\s+|an?\s+(?:extra|"
                            r"additional)\s+)?$")
_SAID_SEPARATE = re.compile(r"\bseparately\b|\bseparate\s+(?=£)|\bseparate from\b|^\W*(?:a|an)\s+separate\b", re.I)
_SEPARATE = re.compile(r"\b(?:separate|second|another|additional) (?:bid|award|grant)\b|\balso (?:secured|won|received|awarded)\b", re.I)
#: the accounts' own year named without its number ("for the year", "spent in the year")
#: a piece of money said to come in, be spent in, or be left over at the end of the year a body's accounts cover:
#: "£30,000 of it was received this year", "was spent during the year", "£4,000 of that was unspent at 31 March"
_IN_THE_ACCOUNTS_YEAR = re.compile(r"^[^.;]{0,40}?\b(?:was|were|has been|have been)\s+(?:(?:received|paid|spent|used|"
                                   r"drawn down|claimed)\s+(?:this|in the|during the)\s+(?:financial\s+)?year\b|"
                                   # (or left over at its end: "£4,000 of that was unspent at 31 March")
                                   r"(?:unspent|left|carried forward)\s+at\s+(?:31 March|the (?:financial\s+)?year['’]?s? end|"
                                   r"the end of the (?:financial\s+)?year)\b)", re.I)
#: a body's spending on everything in the year its accounts cover: "Expenditure for the year was £X" (context)
_EXPENDITURE_FOR_THE_YEAR = re.compile(r"\bexpenditure\s+(?:for|in|during|over)\s+the\s+(?:financial\s+)?year\b", re.I)
_THE_YEAR = re.compile(r"\b(?:for|in|during|over|across) the (?:financial )?year\b(?!\s+(?:to|ended|ending|before|after)\b)", re.I)
_THE_GRANT = re.compile(r"(?:\b(?:the|this|that|its|our|their|the council's|the commissioner's)\s+(?:[\w'’-]+\s+){0,2}?"
                        r"(?:grant|award|allocation|money|funding|sum)\b|^\W*(?:it|this|that)\b)"
                        r"[^£]*\b(?:paid|split|profiled|phased|divided|spread|shared)\b", re.I)
# ("It is paid in 2 instalments: …": the sum just stated, by its pronoun; the pieces must add up to it)
_NO_AREA = re.compile(r"\b(?:one force|a force|another force|neighbouring|which asked not to be named|"
                      r"(?:a|one|another) (?:second|third|fourth|fifth|sixth|further|other) (?:force|police area)|"
                      r"(?:(?:asked|wanted|want|wish|wished|chose) not|declined) to be named|"
                      r"in the region|regional|the region's)\b", re.I)


#: work said to cover a whole nation or every area of the text: "an all-Wales evaluation", "a pan-regional helpline",
#: "an England-wide training programme", "across all four force areas"
_ALL_OF_A_NATION = re.compile(r"\ball[- ](?:Wales|England)\b|\bpan[- ](?:Wales|England|regional|force)\b|"
                              r"\b(?:Wales|England)[- ]wide\b|\bacross all (?:the )?(?:two|three|four|five|six) "
                              r"(?:force |police )?(?:areas|forces|counties)\b", re.I)


#: the start of a line that opens a block of its own: a numbered paragraph or note, a list item, an HTML block
_OPENS_A_BLOCK = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s|[-*•–]\s|\(?[a-z]\)\s|<(?:p|li|h\d|div|td|tr|blockquote)\b)", re.I)


#: a text speaking to its reader or answering questions ("Dear Commissioner", "Your area will receive", a line
#: ending in a question mark): a letter or a question-and-answer page, whose one payer and span may be its grants'
#: although it names no area; a piece that names no area and does neither is not lent them
_ADDRESSED = re.compile(r"^\s*Dear\b|\byour (?:area|force|office|organisation|bid|grant|award)\b|\?\s*$", re.I | re.M)


@dataclass(frozen=True)
class _ReleaseFacts:
    """What :func:`extract_awards` reads once from the whole release, before its lines, for the phases that read
    each sentence's figures and relate them afterwards."""

    release_funder: str  # the one funder the release's money comes from ("" when none or several)
    release_period: tuple[str, str] | None  # the one span the release gives for its funding (None: none or several)
    figures_said: bool  # the release says itself what period its figures cover ("All figures are for …")
    own_release: bool  # the release says its money comes from the commissioner's own budget
    council_issuer: bool  # the release is a council's own paper (its first line names a council)
    roundup: bool  # a round-up: three or more areas are the subjects of its figures
    many_areas: bool  # a piece about several areas: three or more named in its body
    defined_periods: dict  # terms the release defines as spans ("the Funding Period") and their spans
    pub_round: str  # the financial year of the publication date ("" when none given)
    spans_said: tuple[tuple[int, tuple[str, str]], ...]  # (line, span of several years) in the order stated
    defined_funders: dict = field(default_factory=dict)  # terms the release defines as a funder's money ("the Safer
    # Communities Fund is financed from the policing precept" → {"Safer Communities Fund": "PCC"})
    two_areas: bool = False  # a piece comparing two areas: both named in sentences with figures
    no_area: bool = False  # the text names no area at all and speaks to its reader or answers questions ("Dear Commissioner, … Your area will receive £X")
    campaign: bool = False  # a candidate's campaign material (an election imprint, or pledges in a text about an election)
    pledge_lines: frozenset = frozenset()  # in campaign material, the lines under its pledges' headings


@dataclass(frozen=True)
class _Sentence:
    """One prose sentence as :func:`extract_awards` hands it to :func:`_read_figures`."""

    number: int  # the line the sentence starts on
    sentence: str  # its text (grantor pronouns resolved: :func:`_grantor_pronouns`)
    starts: list  # (offset, line) where each of its lines starts, for a figure's own line
    raw: str  # the text of its first line as printed (a list bullet, a label, a correction note)
    found: list  # its figures: (start, end, amount)
    periods: list  # the periods it states: (start, end, first year, last year)
    impossible: list  # the impossible years it prints (its figures' years are not guessed)
    funders: list  # the payers it names that may pay its figures: (start, end, funder)
    release_negated: bool  # it names the release's funder only to say that funder does not pay
    sentence_before: str  # the sentence read just before, figures or none
    para_before: str  # the one area its paragraph named before it ("" when none or several)


@dataclass
class _Running:
    """What the sentences read so far leave for the next: :func:`extract_awards` carries it from sentence to
    sentence, and :func:`_read_figures` reads it (and adds to ``by_section``)."""

    last_whole: _Draft | None = None  # the last grant or total stated
    # the last grant a grant-making department pays (the Home Office's, the Ministry of Justice's): the fund a later
    # "from the same fund" means when money of a council's or a commissioner's was stated since
    last_fund_whole: _Draft | None = None
    last_period: tuple[str, str] | None = None  # the last period the figures read so far state
    last_span: tuple[str, str] | None = None  # the last period of several years stated
    # spans of awards the text calls the current or previous one, before the release's own (_an_earlier_round): no
    # later "the two years" means them
    earlier_spans: set = field(default_factory=set)
    list_whole: _Draft | None = None  # the sum a list of pieces is under ("made up of:"), while the list goes on
    # the sum of a lead-in ending in a colon ("Total funding for 2025-26 is £300,000:"), while the list under it goes
    # on: its items are its pieces only if they add up to it (_listed_pieces_sum_to_whole)
    lead_whole: _Draft | None = None
    # the areas of the amounts already read on each line
    line_areas: dict[int, set[str]] = field(default_factory=dict)
    # the one area a section heading names ("### Durham"): its paragraphs' amounts are that area's
    section_area: str = ""
    # the one payer a section heading names ("HOME OFFICE GRANT", "### Council money"): figures under it naming none
    section_funder: str = ""
    section_funder_line: int = 0
    # the one grantor a sentence with no figure names as paying or holding the money, while its paragraph goes on
    # ("Each commissioner also holds Ministry of Justice victims' money. … Rutland's share, £41,200, pays for …")
    para_funder: str = ""
    by_section: set[str] = field(default_factory=set)  # the areas section headings gave amounts
    # the last prose sentence whose figures were read, for a pronoun's referent ("Commissioner X has ….
    # Separately, she pays £Y …")
    prev_sentence: str = ""


#: a piece said to be of one year's sum: "Of the 2026-27 grant, …", "out of the grant for 2025/26, …"
#: a piece named as of this year's sum: "Of this year's money, £95,000 …", "£95,000 of the current year's grant"
_OF_THIS_YEARS_SUM = re.compile(r"\b(?:of|within|out of)\s+(?:this|the current|this financial)\s+year['’]s\s+(?:[\w-]+\s+)?"
                                r"(?:grant|award|allocation|money|funding|sum|share)\b(?:[^.;£]{0,20}AMOUNT\b|\s*$)|"
                                r"AMOUNT\s+(?:of|out of)\s+(?:this|the current|this financial)\s+year['’]s\s+(?:[\w-]+\s+)?"
                                r"(?:grant|award|allocation|money|funding|sum|share)\b", re.I)
_OF_A_YEARS_SUM = re.compile(r"\b(?:of|within|out of)\s+(?:the|this|that|its|our|their)\s+(?:(?P<y>20\d\d\s*[-/–]\s*\d\d(?:\d\d)?)\s+"
                             r"(?:[\w'’-]+\s+)?(?:grant|award|allocation|money|funding|income)\b|(?:grant|award|allocation|money|funding|income)"
                             r"\s+for\s+(?P<z>20\d\d\s*[-/–]\s*\d\d(?:\d\d)?))[^.;£]{0,20}$", re.I)


#: a piece said to be of the one year's sum just stated: "Of that year's money, £218,400 …", "out of that year's grant"
_OF_THAT_YEARS_SUM = re.compile(r"\b(?:of|within|out of)\s+that\s+year['’]s\s+(?:[\w-]+\s+)?"
                                r"(?:grant|award|allocation|money|funding|sum|share)\b[^.;£]{0,20}$", re.I)


def _whole_of_the_year_named(before: str, drafts: list, code: str, release_period=None):
    """The sum a piece is of when its words name that sum's year ("Of the 2026-27 grant, up to £24,000 may go on
    management", "Out of the grant for 2025/26, £12,000 …"): the last grant or total stated for a span holding that
    year, not the last sum stated (last year's grant mentioned since). None when the words name no year or no such sum
    was stated. A sum stated in prose goes before a table's cell restating it, and of several statements of the same
    sum the first (a figure stated with no years of its own counts as the release's span's, which it takes later)."""
    m = _OF_A_YEARS_SUM.search(before)
    if not m:
        return None
    years = find_periods(m.group("y") or m.group("z"))[0]
    if len(years) != 1:
        return None
    y = years[0][2]
    def span(x):
        return x.period or (release_period if not x.table else None)
    sums = [x for x in drafts if x.whole is None and x.role in ("grant", "total") and span(x)
            and span(x)[0] <= y <= span(x)[1] and (x.code == code or not code)]
    sums = [x for x in sums if not x.table] or sums
    if not sums:
        return None
    last = sums[-1]
    first = next(x for x in sums if x.amount.pence == last.amount.pence and x.funder == last.funder)
    if first.period and first.period[0] != first.period[1] and "income" in m.group(0).lower():
        # "Of the 2022/23 income, £7,250 had not been spent" after a two-year grant whose 2023/24 income an accounts
        # table sets out ("Home Office grant (a)   151   233" under "2021/22   2022/23"): the one figure of that
        # year paid by the same payer, in the same area, is the year's income the piece is of
        year = [x for x in drafts if x.period == (y, y) and x.funder == first.funder and x.funder_basis == "clause"
                and x.code == first.code and x.role not in ("context",) and x.amount.pence < first.amount.pence]
        # (its payer named in its own row, not lent by the release: "Other grants" takes no one's)
        if len(year) == 1:
            return year[0]
    return first


#: a piece called money of one year of its whole's span, just after its figure: "£38,600 of the first year's money",
#: "£12,000 of the second year's grant", "£9,000 of year two's allocation"
_OF_THE_NTH_YEARS = re.compile(r"\s+of\s+(?:the|this|that|its|our|their)\s+(?:(?P<o>first|second|third|fourth|fifth|final|last)"
                               r"\s+year|year\s+(?P<n>one|two|three|four|five))['’]s?\s+(?:[\w-]+\s+)?"
                               r"(?:money|grant|award|allocation|funding|sum)\b", re.I)


#: a year of a grant named before the sum it was underspent or overspent by: "underspent the first year of the Home
#: Office award by £17,300" (groups ``o`` and ``n`` as :data:`_OF_THE_NTH_YEARS` has them)
_NTH_YEAR_UNDERSPENT_BY = re.compile(
    r"\b(?:under|over)-?spent\s+the\s+(?:(?P<o>first|second|third|fourth|fifth|final|last)\s+year|year\s+(?P<n>one|two|three))"
    r"\s+of\s+(?:the|its|our|their|this|that)\s+(?:[\w'’-]+\s+){0,3}?(?:grant|award|allocation|money|funding)\s+by\s+"
    r"(?:about\s+|around\s+)?£[\d,.]+(?:k|m|\s?million)?$", re.I)


def _nth_years_money(sentence: str, end: int, period) -> tuple[str, str] | None:
    """The one year of its whole's span that a piece's own words name ("£38,600 of the first year's money" of a grant
    for 2025-26 and 2026-27 is 2025-26); None when they name none or the span is a single year."""
    m = _OF_THE_NTH_YEARS.match(sentence, end) or _NTH_YEAR_UNDERSPENT_BY.search(sentence[:end])
    # ("underspent the first year of the Home Office award by £17,300": the year named before the figure)
    if not m or period is None or period[0] == period[1]:
        return None
    first, last = int(period[0][:4]), int(period[1][:4])
    word = (m.group("o") or m.group("n")).lower()
    ordinals = {"first": 1, "one": 1, "second": 2, "two": 2, "third": 3, "three": 3, "fourth": 4, "four": 4,
                "fifth": 5, "five": 5}
    year = last if word in ("final", "last") else first + ordinals[word] - 1
    return (_fy_text(year),) * 2 if first <= year <= last else None


#: the words after a piece saying it is of the sum just stated: "£30,000 of it", "£12,000 of this", "£8,000 of that sum"
_OF_IT_AFTER = re.compile(r"\s+of\s+(?:it|this|that)\b(?!\s+(?:report|paper|section|table|letter))", re.I)


def _an_earlier_years_money(x, release_period) -> bool:
    """Whether a dated figure is money of a year before all of the release's own ("The current contract, paid for by a
    2025-26 grant of £296,000, ends in March" in a paper about the 2026-27 grant): last year's award, not a statement
    of the release's award that a figure of a different size, given no year, could be restating."""
    return bool(release_period) and x.period is not None and x.period[1] < release_period[0]


def _wrapped_from_the_line_above(rel, number: int, sentence: str) -> str:
    """A sentence whose line goes on from the line above it, cut by the page's width ("1.1 To agree how the payers'
    money is divided across" over "    services for the two financial years 2026-27 and 2027-28."), as one sentence: the
    words that make it a lead about funding may stand on the first line and its years on the second."""
    if not sentence[:1].islower() or number < 2:
        return sentence
    above = (rel.line_text(number - 1) or "").rstrip()
    if not above or re.search(r"[.!?:;]['\"”’)]?$", above) or "|" in above or "\t" in above or re.search(r"\S\s{3,}\S", above.strip()):
        return sentence
    return above.strip() + " " + sentence


def _a_lead_about_funding(sentence: str, terms, heading: bool) -> bool:
    """Whether a sentence with no sum speaks of funding: by a funding word ("the grant runs for 2025-26 and 2026-27")
    or, in running text, by naming a national payer ("The Home Office has agreed to keep paying for the work for 2025/26
    and 2026/27"): the years it gives are the release's, for the figures stated after it without years. (A heading
    naming the payer, "2. Home Office allocation for 2025/26", governs its own section, not the release.)"""
    if may_match(_PAST_TIME, sentence) and _PAST_TIME.search(sentence):
        return False  # ("Kent reported 188 referrals in 2022-23 under its earlier grant": an earlier award's years)
    if may_match(_A_BID_TO_COME, sentence) and _A_BID_TO_COME.search(sentence):
        return False  # ("The office plans to put in a further bid for 2027-28": money not yet asked for, not the release's)
    if _FUNDING_WORDS.search(sentence):
        return True
    if heading:
        return False
    payer = _first(terms.get("funder", ()), sentence)
    return payer in ("Home Office", "Ministry of Justice") and not _first(terms.get("negation", ()), sentence)


def _one_share_of_it_dated(whole, mine) -> bool:
    """Whether a sum's only piece is one share of it with a year of its own, in the sum's sentence ("has been offered
    £500,000, of which £240,000 is for 2025-26"): the year is the share's, and says nothing of the whole's span, which
    is read as for any figure (its own clause, the round's or the text's)."""
    return len(mine) == 1 and mine[0].line == whole.line and mine[0].amount.pence < whole.amount.pence \
        and mine[0].period is not None and mine[0].period[0] == mine[0].period[1]


def _the_grants_year_again(rel, d, grant, cells: int) -> bool:
    """Whether a table line's one figure is the grant stated before it again, for its one year: the row is labelled by
    that year alone ("| 2025-26 | £304,000 |" under "the Home Office grant for 2025-26 is £340,000"), so it states the
    year's grant a second time (differently, where it disagrees), not a piece of it."""
    if cells != 1 or not d.period or d.period != grant.period or d.period[0] != d.period[1]:
        return False
    first = next((c.strip() for c in (rel.line_text(d.line) or "").strip().strip("|").split("|")), "")
    stated = find_periods(first)[0]
    return len(stated) == 1 and tuple(stated[0][2:]) == tuple(d.period) \
        and not re.sub(r"[\d/\-–\s]|(?:FY|financial year)", "", first, flags=re.I)


#: the nil mark in a table's figure column: a dash, "nil", "n/a", "0"
_NIL_CELL = re.compile(r"[-–—]|nil|n/?a|0(?:\.0+)?", re.I)


def _nil_row(raw: str) -> bool:
    """Whether a line aligned in columns (no pipes) is a table row whose figure is a nil mark in its last cell
    ("Perpetrator helpline   National service   Not funded locally   -", "Interpreting   n/a"): a row of the table
    above with no sum, not a heading row."""
    if "|" in raw or MONEY_TOKEN.search(raw):
        return False
    cells = _aligned_cells(raw)
    return len(cells) >= 2 and bool(re.search(r"[A-Za-z]{3}", cells[0][2])) and bool(_NIL_CELL.fullmatch(cells[-1][2]))


def _own_budget_among_sources(sentence: str, terms) -> bool:
    """Whether a sentence with no sum lists the commissioner's own budget as one source among others it names ("Our
    work is paid for from three sources: Home Office money, commissioners' own budgets and councils"): two or more
    other payers named beside it (a list of sources, not the one payer of the release's money)."""
    others = {v for v, p in _candidates(terms.get("funder", ()), sentence) if p.search(sentence)} - {"PCC"}
    return len(others) >= 2


def _several_payers_round_up(rel, terms) -> bool:
    """Whether a text is a round-up of several payers' money, not one round: three or more areas' figures, each on a
    sentence of its own, one year said once (beside one figure), the payers the figures' sentences name all different
    (no payer named for two areas) and at least one figure's sentence naming none."""
    areas, payers, dated, money = set(), [], 0, 0
    for _, s in rel.sentences:
        if MONEY_TOKEN.search(s):
            money += 1
            here = {c for _, _, c in find_areas(s)}
            if len(here) > 1:
                return False
            areas |= here
            payers.append({v for v, p in _candidates(terms.get("funder", ()), s) if p.search(s)})
            dated += bool(find_periods(s)[0])
        elif find_periods(s)[0]:
            return False  # (a year said where no figure is: the text's own)
    named = [p for p in payers if p]
    return len(areas) >= 3 and money == len(areas) and dated == 1 and len(named) >= 2 and len(named) < len(payers) \
        and all(len(p) == 1 for p in named) and len(set().union(*named)) == len(named)


#: a start named for money without a length: "from April 2025", "starting in October 2024"
_A_START_NAMED = re.compile(r"\b(?:from|starting(?: in| from)?|beginning(?: in)?)\s+(?:\d{1,2}\s+)?(?:January|February|March|April|"
                            r"May|June|July|August|September|October|November|December)\s+20\d\d\b", re.I)


#: words tying a figure back to a sum stated before it: "of it", "of the grant", "the rest", "a further"
_TIED_BACK = re.compile(r"\b(?:of (?:it|that|this|these|those|the (?:grant|award|money|sum|funding|allocation))|the rest|"
                        r"remaining|remainder|balance|further|another|also)\b", re.I)


def _past_its_headings_first_paragraph(rel, run, number: int, sentence: str, terms) -> bool:
    """Whether a figure read as a piece of the sum before it stands in a later paragraph than that sum, where the sum
    is the first paragraph under a section heading naming its payer and its own line names none: the heading's payer
    governs only its first paragraph (README, "Headings naming a funder"), so a figure a paragraph later that does not
    tie itself to that money ("£40,000 pays for training …") is a sum of its own, not a piece of the heading's."""
    whole = run.last_whole
    if whole is None or not run.section_funder or whole.funder != run.section_funder \
            or not run.section_funder_line < whole.line < number or _TIED_BACK.search(sentence):
        return False
    if any((rel.line_text(n) or "").strip() for n in range(run.section_funder_line + 1, whole.line)):
        return False  # (the sum is the first paragraph under the heading)
    if _first(terms.get("funder", ()), rel.line_text(whole.line) or ""):
        return False  # (the sum names its payer itself: the text ties its money, not the heading)
    return any(not (rel.line_text(n) or "").strip() for n in range(whole.line + 1, number))


def _years_of_money_added(sentence: str, terms) -> bool:
    """Whether a sentence's money is money added to a grant by a payer other than the grant-makers ("Partner agencies
    are topping up the grant with £25,000 for 2025-26"): the years it prints are the added money's own, not the span
    of the release's funding, which a grant stated with no year of its own would otherwise take."""
    if not MONEY_TOKEN.search(sentence):
        return False
    marked = MONEY_TOKEN.sub("AMOUNT", sentence)
    return any(_first(terms.get(k, ()), marked) for k in ("top_up", "top_up_named", "match_named")) \
        and not _first(terms.get("funder", ()), sentence) in ("Home Office", "Ministry of Justice")


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
    spans, bare, added_spans = set(), set(), set()
    spans_said: list[tuple[int, tuple[str, str]]] = []  # (line, span of several years) in the order stated
    lead_headings = _heading_lines(rel) | (_html_heading_lines(rel.text) if looks_like_html(rel.text) else frozenset())
    for sn, s in rel.sentences:
        if may_match(_A_BID_TO_COME, s) and _A_BID_TO_COME.search(s) and not MONEY_TOKEN.search(s):
            continue  # ("The office expects to bid again for 2027/28": the years of money not yet asked for)
        if _NOT_YET_CONFIRMED.search(s) and not MONEY_TOKEN.search(s):
            continue  # ("No Home Office money is yet agreed for 2029-30", "… revisited if money for 2029-30 is
            # agreed": the years of money nobody has yet, not the years of the money the text states)
        if _NEXT_ROUND.search(s) and not MONEY_TOKEN.search(s):
            continue  # ("The next round will run for three years from April 2026": a round still to come, not the
            # years of the money the text states)
        here_spans = {(a, b) for ps, pe, a, b in find_periods(s)[0]
                      if not _a_comparatives_year(s, ps, pe)
                      and not _after_a_compared_figure(s, ps)}  # (nor a figure's compared with: "up from £240,000 in 2023-24")
        if not _years_of_money_added(s, terms):
            spans |= here_spans  # (a top-up's own year is not the release's: README, "Money added to a grant")
        else:
            added_spans |= here_spans
        spans_said.extend((sn, p) for p in here_spans if p[0] != p[1])
        lead = _wrapped_from_the_line_above(rel, sn, s) if here_spans else s
        if not MONEY_TOKEN.search(lead) and _a_lead_about_funding(lead, terms, sn in lead_headings) and "|" not in s \
                and "\t" not in s:
            bare |= here_spans  # (a table's year headings are columns, not the release's span)
    # "the next two years of funding" said once without a start, and "£X from April 2025" once without an end: the span
    # they make is the release's (before a single year printed with one figure: "£52,000 … for 2025-26")
    opened = open_span(" ".join(s for _, s in rel.sentences),
                       " ".join(s for _, s in rel.sentences if not MONEY_TOKEN.search(s) and _FUNDING_WORDS.search(s)))
    bare = _without_earlier_rounds(rel, bare)
    release_period = bare.pop() if len(bare) == 1 else opened if opened else spans.pop() if len(spans) == 1 else None
    if release_period is not None and not bare and not opened and _several_payers_round_up(rel, terms):
        release_period = None  # (a year printed beside one area's figure in a round-up of several payers' money is
        # that figure's, not the text's: "Essex: £300,000 from the Ministry of Justice for 2025-26 / Suffolk: £120,000
        # from Suffolk County Council / Norfolk: £95,000")
    if release_period is None and not spans and len(added_spans) == 1 and any(
            _A_START_NAMED.search(s) for _, s in rel.sentences if not _years_of_money_added(s, terms)):
        # ("Kent gets £300,000 from April 2025. The commissioner has added £20,000 for 2025-26.": the grant's start is
        # named, and the one year the text prints, the top-up's, is that first year)
        release_period = added_spans.pop()
    # "All figures are for the two years from April 2025": the release says itself what period its figures cover
    said = {(a, b) for _, s in rel.sentences if not MONEY_TOKEN.search(s) and _first(terms.get("figures_period", ()), s)
            for _, _, a, b in find_periods(s)[0]}
    figures_said = len(said) == 1
    if figures_said:
        release_period = said.pop()
    elif release_period is None and grant_period_field(rel) in bare:
        release_period = grant_period_field(rel)  # (a form's "Grant period:" field, beside a year the text names later)
    # "The money comes from the commissioner's own budget": a funder stated once for the release's money
    footnotes = _footnote_funders(rel, terms)
    own_release = any(not MONEY_TOKEN.search(s) and _first(terms.get("own_funding", ()), s) and _PAID_FROM.search(s)
                      and not _COUNCILS_OWN.search(s)  # ("… are paid from the council's own budget": not the commissioner's)
                      and not _ADDED_TO.search(s)  # ("The Commissioner's own money was added to the grant": match funding
                      # beside a grant, not what pays for the release's money)
                      and not _ROW_RANGE.search(s) and not _FOOTNOTE.match(rel.line_text(n)) and not _PAST_TIME.search(s)
                      and not _SHARES_OF_A_BUDGET(s, terms)
                      and not _own_budget_among_sources(s, terms)
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
    # (several grantors named: the one the text's opening names, whose money the release is about)
    release_funder = grant_funders.pop() if len(grant_funders) == 1 else \
        _opening_funder(rel, terms, grant_funders) if grant_funders else ""
    # "the trustees awarded £399,000 to nine organisations": the release's money comes from a payer outside the funder
    # list (a trust, a foundation, a lottery fund), so neither a Home Office grant named for one item nor the one span
    # printed is the release's
    other_payer = any(MONEY_TOKEN.search(s) and _OTHER_PAYER.search(s) and not _ON_TOP_OF_A_SUM.match(s)
                      for _, s in rel.sentences)
    # (not a trust's gift said to come on top of a sum already stated: "On top of the £90,000, the Elmfield Trust has
    # given £8,000 for emergency help" is a separate sum beside the release's money, which keeps its payer and years)
    if GRANT_MAKERS_LIST_TITLE.match(next((t for t in rel.text.split("\n") if t.strip()), "")):
        other_payer = True  # (a grants list titled with its grant-maker's name lists that payer's grants)
    if other_payer and release_funder and release_funder in _framing_funders(rel, terms, {release_funder})[1]:
        # (unless the grantor frames the release where no figure is: "The Home Office has confirmed Kent's funding
        # for 2025-26. … Separately, the Harthope Foundation has awarded £20,000": the trust pays its own figure)
        other_payer = False
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
    if _paid_for_jointly(rel, terms):
        release_funder, own_release = "", False  # (README, "Payer said once": several payers' money, no one's)
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
    labelled: list[_Draft] = []  # the amounts of consecutive "label: £X" lines
    # the lead figures of a bulleted list's top-level items, while the list runs (:func:`_leads_of_a_listed_total`)
    leads: list[_Draft] = []
    lead_subs: list[list[_Draft]] = []  # the figures of each top-level item's sub-items
    lead_indent = -1
    listed_totals: list[tuple] = []
    headings = _heading_lines(rel)

    html_headings = _html_heading_lines(rel.text) if looks_like_html(rel.text) else frozenset()
    # a piece about several areas (three or more named in its body): an amount whose own sentence names none takes
    # the one area the sentences before it in its paragraph name, never the release's most named area
    body_areas = {c for n, s in rel.sentences if n not in headings for _, _, c in find_areas(s)}
    many_areas = len(body_areas) >= 3
    campaign, pledge_lines = _a_candidates_pledges(rel, headings | html_headings)
    facts = _ReleaseFacts(
        release_funder=release_funder, release_period=release_period, figures_said=figures_said,
        own_release=own_release, council_issuer=council_issuer, roundup=roundup, many_areas=many_areas,
        two_areas=len(body_areas) == 2, no_area=not body_areas and not rel.area and not money_areas and bool(_ADDRESSED.search(rel.text)),
        defined_periods=defined_periods, pub_round=pub_round, spans_said=tuple(spans_said), defined_funders=defined,
        campaign=campaign, pledge_lines=pledge_lines,
    )
    run = _Running()  # what the sentences read so far leave for the next (figures, periods, areas)
    para_area, last_number = "", None
    lead_period: tuple[str, str] | None = None  # the period a table's lead-in line states ("… over the two years:")
    lead_line = 0  # the line of that lead-in
    lead_funder = ""  # the payer a lead-in about the rows names ("All are Home Office funding unless a note says …")
    lead_own = False  # a lead-in ending in a colon says the rows under it are the commissioner's own money
    section_period: tuple[str, str] | None = None  # the one year a section heading over a table states
    table_no, in_table = 0, False
    first_heading: list[str] = []  # the first row of the table being read, when it holds no figure
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
    match_lead = False  # a lead-in ending in a colon says the list items under it are match funding
    item_year, item_lead = None, ""  # the one year a lead-in ending in a colon gives the list items under it
    said_before: list[_Draft] = []  # the figures of the sentence just before (none when it had none)
    said_now: list[_Draft] = []
    this_sentence = ""  # the sentence read last, figures or none (a pronoun's referent: "The council … It will pay £X")
    for number, sentence, starts in _logical(rel):
        said_before, said_now = said_now, []
        sentence_before, this_sentence = this_sentence, sentence
        if last_number is not None and number > last_number + 1 and not rel.line_text(last_number + 1).strip():
            para_area = run.para_funder = ""  # a blank line ends the paragraph
        para_before = para_area
        if number != last_number and _OPENS_A_BLOCK.match(rel.line_text(number) or ""):
            run.para_funder = ""  # ("1. …", "- …", "<p>…": a numbered note, a list item or an HTML block is a paragraph)
        named_here = {c for _, _, c in find_areas(sentence)}
        if named_here:
            para_area = named_here.pop() if len(named_here) == 1 else ""
        last_number = starts[-1][1]
        raw = rel.line_text(number) or sentence
        is_table = bool(_TABLE_ROW.search(raw)) and ("|" in raw or "\t" in raw or "  " in raw.strip())
        if not is_table and (in_table or header and header_line == number - 1) \
                and group_label_in_table(raw, rel.line_text(number + 1) or ""):
            continue  # ("Credited to services" over "Home Office grant   184   267": a label over a group of the
            # table's rows, not a heading ending it; the heading's years and units stay the rows')
        if not is_table and header and (in_table or not table_rows) and group_label_in_pipe_table(
                raw, _nearest_text(rel, number, -1), _nearest_text(rel, number, 1), len(header)):
            table_rows, table_totals = [], []
            continue  # ("Priority 3: People who cause harm" between a served table's rows: a full-width row labelling
            # the rows under it, not the end of the table; the heading's columns stay the rows', and a subtotal under
            # the group sums only the group's rows)
        if not is_table and in_table and table_rows and _nil_row(raw):
            continue  # ("Perpetrator helpline   National service   Not funded locally   -": a row with no sum, not a
            # heading opening a new table: the rows above and the TOTAL below stay one table)
        if not is_table:
            squeezed = _squeezed_row(rel, number, raw)
            if squeezed:
                raw, is_table = squeezed, True
        if is_table and not in_table:
            table_no += 1
            first_heading = _cells(raw) if not MONEY_TOKEN.search(raw) else []  # (the table's own heading row)
        in_table = is_table or (in_table and bool(_RULE_LINE.fullmatch(raw)))
        if (_SECTION_LINE.match(raw) or number in html_headings) and not MONEY_TOKEN.search(raw):
            named = {c for _, _, c in find_areas(raw)}
            run.section_area = named.pop() if len(named) == 1 else ""
        if (_SECTION_LINE.match(raw) or number in html_headings or _CAPITALS_HEADING.fullmatch(raw.strip())) \
                and not is_table:
            run.section_funder, run.section_funder_line = _heading_funder(raw, terms), number
            run.para_funder = ""  # (a heading opens a new stretch of text)
        if number in jobs_lines:
            continue  # under "### Jobs": its figures are salaries, no one's funding
        if header and header_line == number - 1 and table_rows == [] and "|" not in raw and "\t" not in raw \
                and _pounds_units_row(_aligned_cells(raw)):
            header_line = number  # (a units row of "£" signs under the heading row: the headings stay the words above)
            continue
        if (is_table or _ALIGNED_HEADER.search(raw)) and not MONEY_TOKEN.search(raw) \
                and not _RULE_LINE.fullmatch(raw) and len(_cells(raw)) >= 2:
            # a table's heading row: pipes, tabs or aligned columns (also one set in capitals, which reads as a heading:
            # "AREA      MAIN FUNDER      2025-26      STATUS")
            if header and header_line == number - 1 and table_rows == []:
                header = _two_row_heading(rel.text.split("\n")[number - 2], rel.text.split("\n")[number - 1]) or _cells(raw)
            else:
                header = _cells(raw)
                printed = rel.text.split("\n")[number - 1] if number <= rel.text.count("\n") + 1 else ""
                if "|" not in raw and "\t" not in raw and len(_aligned_cells(printed)) == len(header):
                    header = _AlignedHeading(header, printed)  # (with its cells' spans, for rows that leave a cell blank)
            header_line, table_rows, table_totals = number, [], []
            continue
        cell_prose = is_table and bool(first_heading) and _prose_cell(sentence, first_heading)
        if cell_prose:
            # a table of actions or recommendations whose headings name no sums, one cell of which is a sentence with a
            # figure ("| R4 | … | Partly agreed: the Commissioner will add £5,460 from the police fund … | … |"): that
            # cell is read as prose, the other cells (owners, dates) left out of it
            a, b = cell_prose
            sentence = " " * a + sentence[a:b] + " " * (len(sentence) - b)
            is_table = False
        field_prose = is_table and not cell_prose and _field_value_prose(raw, sentence)
        if field_prose:
            # a register's or form's field printed as a label and, after a gap, a sentence of its own ("Action
            # (b) The council adds £20,000 a year to the grant" with "Action" in the left column): the sentence is
            # read as prose, the field's name left out of it
            sentence = " " * field_prose + sentence[field_prose:]
            is_table = in_table = False
        if not is_table and not cell_prose:
            section_period = _section_heading_period(raw, bool(_SECTION_LINE.match(raw) or _NUMBERED_HEADING.match(raw)
                                                               or number in html_headings
                                                               or number in headings and _table_title(raw.strip())),
                                                     section_period, sentence)
            # (a title line read as a heading, "ALLIANCE BUDGET, APRIL 2025 TO MARCH 2027", is a section heading too)
        if number in headings and not is_table:
            if not MONEY_TOKEN.search(raw):
                run.list_whole = run.lead_whole = None  # (a heading ends the list above it: "### Councils" under pieces)
            continue  # a headline's figure restates the body's (or rounds it); it is not read as a statement
        if not is_table and not cell_prose:
            header, table_rows = ([] if not _RULE_LINE.fullmatch(raw) else header), table_rows if _RULE_LINE.fullmatch(raw) else []
            table_totals = table_totals if _RULE_LINE.fullmatch(raw) else []
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
                                                r"wanted to know)\.?)?\s*$", sentence) \
                and not _PUT_QUESTION.match(rel.line_text(number) or ""):
            found = []  # "Is the £447k on top of the normal police budget?": a figure asked about is not stated
            # (a question put in writing and labelled so, "Question: Can the commissioner confirm that Lancashire
            # received £520,000 …?", quotes its figure as a member's question does: README, "Figures quoted in
            # members' questions are labelled like any other")
        periods, impossible = find_periods(sentence)
        periods = [p for p in periods if not _CARRIED_FROM.search(sentence[: p[0]])  # "carried forward from 2023-24"
                   and not (_CHANGES_IN.search(sentence[max(0, p[0] - 40) : p[0]])  # "how that rises in 2026-27"
                            # (with no sum of that year after it in its clause: "which rises in 2026-27 to £95,000")
                            and not MONEY_TOKEN.search(sentence, p[1], _clause_of(sentence, p[0])[1]))]
        for s, e, t in impossible:
            diagnostics.append(Diagnostic(source_id, _line_at(starts, s), "impossible_period", t,
                                          "a financial year such as 2021-22 (the second year follows the first)"))
        if not _LIST_LINE.match(raw) and not _LEADER_ROW.match(raw):
            run.list_whole = run.lead_whole = None  # a list of pieces ends at the first line that is not a bullet
            # (or an indented row joined to its sum by a dot leader)
        if not is_table and not _ALIGNED_HEADER.search(raw) and not _LABELLED_LINE.match(raw):
            # "The service will be funded as follows over the two years:": the table after it is for that span
            # (and a numbered heading over it, "2. Money for the strategy in 2023-24", is its caption)
            lead = sentence.rstrip().rstrip("*").rstrip()
            # ("… the areas received the sums below. Figures are in thousands of pounds.": a sentence after the lead-in,
            # on its line, that states no years of its own leaves the lead-in's years to the table)
            kept = lead_period if _lead_goes_on(lead_period, lead_line, number, lead) else None
            caption = _table_caption(rel, number, lead)  # ("Commissioner's own budget: perpetrator services" over rows)
            under_lead = caption and bool(lead_line) and _no_sentence_between(rel, lead_line, number)
            earlier_period = lead_period
            lead_period = None
            lead_funder = lead_funder if kept or under_lead else ""
            lead_own = lead_own if kept or under_lead else False
            if under_lead or caption and _own_money_lead(lead, terms):
                # a caption under the lead-in keeps what the lead-in said of the rows, and one naming the
                # commissioner's own budget says they are her own money; its own years are the rows' as a title's are
                stated = find_periods(lead)[0] if _table_title(lead) else []
                lead_period = stated[0][2:] if len(stated) == 1 else earlier_period if under_lead else None
                lead_line = number
                lead_own = lead_own or _own_money_lead(lead, terms)
            elif kept:
                lead_period = kept
            elif (lead.endswith(":") or _ABOUT_THE_ROWS.search(lead) or _NUMBERED_HEADING.match(raw)
                    or _table_title(lead)) and not MONEY_TOKEN.search(_UNIT_WORDS.sub(" ", lead)):
                # ("The table below covers the same two years and is shown in £k.": a unit is no sum)
                lead_line = number
                lead_funder = _first(terms.get("funder", ()), lead) if _ABOUT_THE_ROWS.search(lead) else \
                    "partners" if _PARTNERS_CONTRIBUTE_LEAD.search(lead) and _first(terms.get("funder", ()), lead) in ("", "partners") \
                    and not _NOT_IN_THE_TABLE.search(lead) else ""
                # (not a caption about another payer's money that names partners' money only as left out: "The Home
                # Office grant is split as below (partner contributions are reported separately):")
                # ("Table 3: Partner contributions to the pooled budget, 2025-26" over rows of bodies: the caption calls
                # each body in its rows a partner, as a "Funding partner" column heading does; README, "Partners' money")
                # "From her own budget, the commissioner pays for three services:": the rows under it are her own money
                lead_own = lead.endswith(":") and _own_money_lead(lead, terms)
                stated = find_periods(lead)[0]
                if len({p[2:] for p in stated}) == 1:
                    # (or several that are the same year: "for 2025-26, as supplied between June and August 2025",
                    # the months when the figures were supplied falling in that year)
                    lead_period = stated[0][2:]
                elif _SAME_PERIOD.search(lead) and (run.last_span or facts.release_period):
                    lead_period = run.last_span or facts.release_period
        if not found and not is_table:
            run.para_funder = _paragraph_lead_funder(sentence, terms) or run.para_funder
            match_lead = _match_money_lead(sentence, terms)  # (a line with no sum: a new lead-in, or the list's end)
            item_year, item_lead = _year_of_a_list_lead(sentence), raw
        elif found and not is_table and (not _LIST_LINE.match(raw) or _a_sibling_of_the_lead(raw, item_lead)):
            match_lead, item_year = False, None
        if not found:
            if may_match(_OPENS_PARTS, sentence) and _OPENS_PARTS.search(sentence) and run.last_whole is not None \
                    and not is_table and not _NOT_PART.search(sentence):
                run.list_whole = run.last_whole  # "The grant is split across the two years:" then "- £248,300 in 2024-25"
            elif _HOW_IT_IS_USED.search(sentence) and run.last_whole is not None and not is_table:
                run.lead_whole = run.last_whole  # "Where the money goes:", "Here is how it will be used:": the list
                # under it is summed against that sum (wholes._listed_pieces_sum_to_whole)
            continue
        if is_table:
            read_before = len(drafts)
            in_table, table_rows = _read_table_line(
                rel, terms, number, raw, found, periods, header, defined, row_refs, footnotes,
                facts.release_funder, drafts, table_rows, table_totals, table_no, run.last_whole, lead_period,
                section_period, in_table,
            )
            _rows_paid_as_their_lead_in_says(drafts[read_before:], lead_funder)
            if lead_own:
                for d in drafts[read_before:]:  # (README, own_funding: the commissioner's own budget paying for a service)
                    # (a payer only lent from the release, "Home Office" in a page about its grant, gives way: the
                    # lead-in names the rows' payer, as a column heading would)
                    lent = d.funder == facts.release_funder and d.funder_basis == "default"
                    if d.role == "grant" and d.whole is None and (d.funder in ("", "PCC") or lent) and not d.row_funder:
                        d.role, d.funder, d.funder_basis = "own_funding", "PCC", "clause"
                    elif d.role == "total" and (not d.funder or lent) and not d.row_funder \
                            and not getattr(d, "across", False):
                        d.funder, d.funder_basis = "PCC", "clause"  # (the TOTAL row of the same money)
            continue
        as_printed = sentence
        sentence = _grantor_pronouns(sentence)  # "… from its Fund" after "The Home Office has granted …": not own money
        funders = [(m.start(), m.end(), v) for v, p in _candidates(terms.get("funder", ()), sentence) for m in p.finditer(sentence)]
        negated = [(m.start(), m.end()) for _, p in _candidates(terms.get("negation", ()), sentence) for m in p.finditer(sentence)]
        receiving = [f for f in funders if f[2] == "local authority" and _RECEIVES_AFTER.match(sentence, f[1])]
        # the release's one funder named in this sentence only to say it does not pay: not lent to its figures
        release_negated = bool(facts.release_funder and negated) and any(
            v == facts.release_funder and any(a <= f0 < b for a, b in negated) for f0, _, v in funders)
        funders = [f for f in funders if not any(a <= f[0] < b for a, b in negated)
                   and not _NOT_A_PAYER.match(sentence, f[1])
                   and not re.search(r"\b(?:let|commissioned|procured|tendered)\s+(?:by\s+(?:the\s+)?)?$", sentence[: f[0]])
                   and not (_MATCHED_OBJECT.search(sentence[max(0, f[0] - 60) : f[0]]) and not re.match(
                       r"\s+(?:[\w'’-]+\s+){0,2}?(?:grant|award|allocation)\s+(?:of|worth)\s+£", sentence[f[1] :], re.I))
                   # (unless the grant added to is stated with its own sum: "… to the county's Home Office grant of £X")
                   and not (f[2] == "local authority" and _COUNCIL_NOT_PAYING.match(sentence, f[1]))
                   and not (_ASKED_BEFORE.search(sentence[max(0, f[0] - 30) : f[0]]) and _FOR_LEAVE_AFTER.match(sentence, f[1]))
                   # (a body asked for leave is no payer: "has asked the Home Office to allow the sum to roll over")
                   and not (f[2] == "local authority" and re.search(  # "£129.4m was shared between councils": recipients
                       r"\b(?:between|among|amongst|across)\s+(?:all\s+|the\s+|\d+\s+|[a-z]+\s+){0,3}$", sentence[: f[0]].rstrip() + " ", re.I))
                   and not (f[2] == "local authority" and re.search(
                       r"\b(?:passed|paid|given|goes|go|went|allocated|awarded|granted|offered|returned|transferred|handed)?"
                       r"\s*to\s+(?:the\s+|this\s+|that\s+)?"
                       r"(?:[A-Z][\w'’-]*\s+|&\s+){0,4}$", sentence[: f[0]].rstrip() + " "))
                   and not (f[2] == "local authority" and re.search(  # "is passed to the five district councils"
                       r"\b(?:passed|paid|given|allocated|awarded|granted|distributed|devolved|offered|returned|transferred|"
                       r"handed)\s+(?:on\s+|out\s+|back\s+|over\s+)?to\s+"
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
        here = _read_figures(rel, terms, facts, _Sentence(
            number, sentence, starts, raw, found, periods, impossible, funders, release_negated, sentence_before,
            para_before,
        ), run, drafts)
        _national_fund_of_the_grantor(as_printed, here)
        _pieces_within_the_sentence(sentence, here, said_before, drafts, funders, facts.release_funder, terms)
        # a list of labelled amounts ("- Group programme: £182,400") closed by "Total: £258,700": its pieces
        if len(here) == 1 and (_LABELLED_LINE.match(raw) and _TOTAL_ROW.match(raw) or _list_total(raw)):
            total = here[0]
            total.role = "total"
            if len(leads) >= 2 and all(d is not None for d in leads) \
                    and sum(d.amount.pence for d in leads) == total.amount.pence \
                    and (not labelled or sum(d.amount.pence for d in labelled) != total.amount.pence):
                labelled = []  # (the items' lead figures sum to it, the labelled lines alone do not)
                listed_totals.append((list(leads), [list(x) for x in lead_subs], total, number))  # (read once the
                # release's wholes are known)
            # items a lead-in gave to an earlier sum ("How the 2025-26 money will be spent:" after the last figure
            # stated) that add up exactly to the list's own "Total:" line, which that sum is not, are that total's
            # pieces (README: part, "a table row under its TOTAL row"; a list set out the same way)
            regroup = len(labelled) >= 2 and all(d.role == "part" and d.whole is not None and d.whole is not total
                                                 and d.whole.line < labelled[0].line
                                                 and d.whole.amount.pence != total.amount.pence for d in labelled) \
                and len({id(d.whole) for d in labelled}) == 1 \
                and sum(d.amount.pence for d in labelled) == total.amount.pence
            for d in labelled:
                if regroup:
                    d.whole = None
                    if d.funder_basis == "whole":
                        d.funder, d.funder_basis = "", ""  # (the earlier sum's payer, lent it: not its own)
                if d.role in ("grant", "part", "match_funding", "own_funding") and d.whole is None:
                    d.role, d.whole, d.part_of = "part", total, number
                    d.funder = _item_funder(rel.line_text(d.line), terms) or d.funder or total.funder
            if total.period is None and lead_period and labelled and all(
                    d.period == lead_period and d.period_basis == "heading" for d in labelled):
                total.period, total.period_basis = lead_period, "heading"  # (the year its items take from the lead-in)
            labelled = []
        elif len(here) == 1 and (_LABELLED_LINE.match(raw) or list_item_label(raw)) \
                and here[0].role in ("grant", "part", "match_funding", "own_funding"):
            labelled.append(here[0])
            if here[0].period is None and lead_period:
                here[0].period = lead_period  # an item of a list under a heading or lead-in that states its year
                here[0].period_basis = "heading"
        else:
            labelled = []
        if _LIST_LINE.match(raw) and not _list_total(raw):
            indent = len(raw) - len(raw.lstrip())
            if not leads or indent <= lead_indent:
                lead_indent = indent  # a top-level item: its first figure is its lead (a sub-item's are its pieces)
                leads.append(here[0] if here else None)
                lead_subs.append([])
            else:
                lead_subs[-1].extend(here)
        elif not _list_total(raw):
            leads, lead_subs, lead_indent = [], [], -1
        for w in here:  # "£298,400 in all, comprising the Home Office money of £263,400 and her own £35,000": its pieces
            # in its own sentence are two funders' money, so the total is across funders, not the one named in it
            if w.role == "total" and w.funder and len({x.funder for x in here if x.whole is w and x.role == "part"}
                                                      - {""}) >= 2:
                w.funder, w.across = "", True
        if match_lead and _LIST_LINE.match(raw):
            for d in here:  # (README, match_funding: money the lead-in says is added to the grant)
                if d.role == "grant" and d.whole is None:
                    d.role = "match_funding"
        if item_year and _LIST_LINE.match(raw) and not is_table:
            for d in here:  # (the year the lead-in over the list states, for an item whose own clause gives none)
                if d.period is None and d.role in ("grant", "match_funding", "own_funding") and d.whole is None \
                        and not getattr(d, "yearly", False) and not getattr(d, "relative_year", False):
                    d.period, d.period_basis = item_year, "heading"
        _read_comparatives(sentence, here)
        for d in here:  # ("£40,000 and £25,000 respectively in each of the three years": the years the list's last
            # figure is given, once they are known, are every figure's of the list)
            d.respectively = d is not here[-1] and getattr(d, "yearly", False) \
                and _yearly_respectively(sentence, d.start + len(d.amount.text))
        run.line_areas.setdefault(number, set()).update(d.code for d in here if d.code and d.role != "context")
        drafts.extend(here)
        if (run.list_whole or run.lead_whole) is not None and (_LIST_LINE.match(raw) or _LEADER_ROW.match(raw)) \
                and not _a_sibling_of_the_lead(
                raw, rel.line_text((run.list_whole or run.lead_whole).line) or ""):
            for d in here:  # (summed against it once the list is read: _listed_pieces_sum_to_whole)
                d.listed_under = run.list_whole or run.lead_whole
        said_now = here
        run.prev_sentence = sentence
        stated = [d.period for d in here if d.period]
        for w in here:  # "£80,000 in 2025-26 and £84,000 in 2026-27, £164,000 in all": the whole spans its parts' years
            years = [x.period for x in here if x.whole is w and x.period]
            if w.period is None and len(years) >= 2 and min(y[0] for y in years) != max(y[1] for y in years):
                stated.append((min(y[0] for y in years), max(y[1] for y in years)))
        if stated:
            run.last_period = stated[-1]
            spans_here = [p for p in stated if p[0] != p[1] and not _an_earlier_round(sentence, p, facts.release_period,
                                                                                           [q for _, q in facts.spans_said])]
            run.earlier_spans.update(p for p in stated if p[0] != p[1] and p not in spans_here)
            if spans_here:
                run.last_span = spans_here[-1]
        wholes = [d for d in here if d.role in ("grant", "total") and d.amount.pence and not getattr(d, "comparative", False)
                  and not (d is not here[0] and _COMPARED_WITH.search(sentence[max(0, d.start - 30) : d.start]))]
        # ("£823,450, compared with £1.48m over the 2024-26 round", then "Most of it, £610,000, …": the award's pieces, not
        # the figure it is compared with)
        if wholes:
            run.last_whole = wholes[-1]
            run.last_fund_whole = next((d for d in reversed(wholes) if d.role == "grant" and d.funder in _GRANTORS),
                                       run.last_fund_whole)
            if _NOT_PART.search(sentence):
                pass  # ("Other bodies pay for some of the work, which is not part of the £400,000 above:": the list under
                # it is money beside that sum, not its pieces)
            elif may_match(_OPENS_PARTS, sentence) and _OPENS_PARTS.search(sentence):
                run.list_whole = wholes[-1]  # "£436,800 in all …, made up of:" then "- (a) £376,800 from …": its pieces
            elif sentence.rstrip().rstrip("*").rstrip().endswith(":"):
                run.lead_whole = wholes[-1]
        elif _OPENS_PARTS.search(sentence):
            # "… from her own policing budget: £174,000, made up of:" then "- a helpline …: £36,000 …": the pieces of one
            # payer's own or match money listed under it, as of a grant (summed against it once the list is read)
            own = [d for d in here if d.role in ("own_funding", "match_funding") and d.amount.pence and d.whole is None]
            if own:
                run.list_whole = own[-1]
    drafts = _relate_across_the_release(rel, drafts, terms, facts, run.by_section)
    _money_said_to_be_a_mix(rel, drafts)
    _its_fund_after_the_grantor(rel, drafts)
    _corrected_money_keeps_its_kind(rel, drafts)
    _figure_corrected_to_a_total_is_one(rel, drafts)
    _note_figures_are_parts_of_their_marked_cells(rel, drafts)
    for items, subs, total, number in listed_totals:
        if total in drafts and all(d is None or d in drafts for d in items):
            _leads_of_a_listed_total(items, subs, total, number)
    return _periods_and_awards(rel, drafts, terms, facts, source_id, diagnostics)


#: the words giving the right figure of a correction, just before it: "should read £466,200", "the correct figure is"
_RIGHT_FIGURE_BEFORE = re.compile(r"\b(?:should (?:have )?read|(?:correct|right|true|actual) (?:figure|sum|amount|total) "
                                  r"(?:is|was|should be))\s+$", re.I)


def _figure_corrected_to_a_total_is_one(rel, drafts: list) -> None:
    """A figure that a nearby correction replaces by a sum of several payers' money ("The draft budget papers show
    £421,000 for 2026-27" … "The draft budget line should read £466,200 for 2026-27: the Home Office's £391,200 and my
    £75,000. The figure of £421,000 was a drafting error"): the wrong figure is an account of that same sum, so it is a
    ``total`` with no payer as the right one is, not a grant of the release's payer (README: funding_role, "A figure
    stated and later corrected …"; "Corrected figures")."""
    for y in drafts:
        if y.table or y.whole is not None or y.role != "total" or y.funder:
            continue
        line = rel.line_text(y.line) or ""
        at = line.find(y.amount.text)
        if at < 0 or not _RIGHT_FIGURE_BEFORE.search(line[max(0, at - 40) : at]):
            continue
        near = range(y.line - 6, y.line + 3)
        for x in drafts:
            if x is y or x.table or x.line not in near or x.whole is not None or x.role != "grant" \
                    or x.amount.pence == y.amount.pence or any(z.whole is x for z in drafts) \
                    or (x.period and y.period and x.period != y.period):
                continue
            if any(x.amount.text in (rel.line_text(n) or "") and _CORRECTION_WORDS.search(rel.line_text(n) or "")
                   for n in near if n != y.line) or _corrected_just_before_on_its_line(line, at, x, y, drafts):
                x.role, x.funder, x.funder_basis = "total", "", "default"
                for z in drafts:  # (the wrong figure stated earlier in the text, "You said more than £2 million"
                    # … "My answer gave more than £2 million. The correct figure is £1,870,000": the same account)
                    if z is not x and not z.table and z.whole is None and z.role == "grant" and z.line < x.line \
                            and z.amount.pence == x.amount.pence and z.amount.qualifier == x.amount.qualifier \
                            and not any(w.whole is z for w in drafts):
                        z.role, z.funder, z.funder_basis = "total", "", "default"


def _corrected_just_before_on_its_line(line: str, at: int, x, y, drafts: list) -> bool:
    """Whether ``x`` is the figure stated just before the right one ``y`` on y's own line, in an earlier sentence
    ("The last answer gave £2.1 million. The correct figure is £1,870,000."): the figure the correction replaces."""
    if x.line != y.line:
        return False
    xat = line.find(x.amount.text)
    if xat < 0 or xat >= at or not re.search(r"[.;:]\s", line[xat:at]):
        return False
    return not any(z is not x and z.line == y.line and not z.table and xat < line.find(z.amount.text) < at
                   for z in drafts)


#: a table note's marker in square brackets, "[b]", "[2]", opening the note's words about the cell that carries it
_NOTE_MARKER = re.compile(r"\[([a-z\d]{1,2})\]")
#: a note's words saying the cell's figure holds a sum: "Includes £46,000 …", "Including £12,500 of …", "Of which"
_NOTE_HOLDS = re.compile(r"\s*(?:the (?:figure|sum|amount) )?(?:includes|including|of which|contains)\b[^£\[]{0,30}$", re.I)


#: a break between a figure and the next clause: ", and", ", but", ", while", ", whereas", ";"
_LATER_CLAUSE = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;)\s")


def _one_area_before_a_later_clause(sentence: str, start: int, end: int, areas: list) -> bool:
    """Whether a figure's sentence names one area before it and the others only after it, past a clause break
    ("Kent received the most in the round, £1.2 million, and Surrey the least"; "Kent gets £300,000; Surrey less"):
    the figure is the first area's (not "£300,000 will go to Kent and Surrey", nor "Kent, with £300,000, gets more
    than Surrey", whose later area is in the figure's own clause)."""
    before = {a[2] for a in areas if a[0] < start}
    after = [a for a in areas if a[0] >= end]
    return len(before) == 1 and bool(after) and not (before & {a[2] for a in after}) \
        and bool(_LATER_CLAUSE.search(sentence[end : min(a[0] for a in after)]))


def _restatement_keeps_no_payer(drafts: list) -> None:
    """A grant lent the release's payer only by default (its own clause names none) that restates, with the same sum
    and span, an earlier grant whose payer is none of the vocabulary's ("The trust is asked to give £72,500
    across 2024/25 and 2025/26" … "AGREED: to provide £72,500 … across 2024/25 and 2025/26") is that same
    money: it keeps no payer, as the statement it restates (README, "Payer said once"; a payer outside the funder
    vocabulary has funder null).  A figure whose own clause names a payer, or one with another span, is left."""
    for k, d in enumerate(drafts):
        if d.table or d.role != "grant" or not d.funder or d.funder_basis != "default" or d.whole is not None \
                or d.period is None or any(x.whole is d for x in drafts):
            continue
        if any(x.amount.pence == d.amount.pence and x.period == d.period and x.role == "grant" and not x.funder
               and not x.table and x.whole is None and x.line < d.line for x in drafts[:k]):
            d.funder = ""


def _note_figures_are_parts_of_their_marked_cells(rel, drafts: list) -> None:
    """A figure in a table's note that says what the cell carrying the note's marker includes ("| Kent | 402.5 [c] |"
    … "Notes: [c] Includes £20,000 added as a top-up during the year") is a part of that cell's money: it takes the
    cell's payer, area and years, whatever another marker's words on the same line say (README: a part keeps the
    whole's funder and area).  A note figure the marker's words do not say the cell includes ("[c] The Home Office also
    paid £5,000 to train staff") is left as read, as is a note whose marker no money cell carries."""
    cells_by_line: dict[int, list[str]] = {}
    for d in drafts:
        if d.table or d.whole is not None or d.role == "context":
            continue
        line = rel.line_text(d.line) or ""
        at = line.find(d.amount.text)
        marks = [m for m in _NOTE_MARKER.finditer(line, 0, max(at, 0))]
        if at < 0 or not marks or not _NOTE_HOLDS.match(line, marks[-1].end(), at):
            continue
        mark = marks[-1].group(0)
        marked = []
        for x in drafts:
            if not x.table or x.line >= d.line or x.role == "context" or not isinstance(x.start, int):
                continue
            if x.line not in cells_by_line:
                cells_by_line[x.line] = _cells(rel.line_text(x.line) or "")
            row = cells_by_line[x.line]
            if 0 <= x.start < len(row) and mark in row[x.start]:
                marked.append(x)
        if len(marked) != 1:
            continue
        whole = marked[0]
        d.role, d.whole, d.part_of = "part", whole, whole.line
        d.funder, d.funder_basis = whole.funder, "whole"
        d.code, d.basis = whole.code, whole.basis if whole.basis != "table_row" else "clause"
        d.period, d.period_basis = whole.period, "whole"


#: a figure said to come from the pot of the award stated before: "from the same fund", "out of the same grant",
#: "under the same national round"
_FROM_THE_SAME_POT = re.compile(r"\b(?:from|of|out of|under)\s+the\s+same\s+(?:[\w'’-]+\s+)?(?:fund|grant|award|pot|round|"
                                r"scheme|allocation)\b", re.I)


#: the pot words of "the same …" that name a department's round of grants: "fund", "round", "scheme"
_A_FUND = re.compile(r"\b(?:fund|round|scheme)$", re.I)
_GRANTORS = ("Home Office", "Ministry of Justice")


def _corrected_money_keeps_its_kind(rel, drafts: list) -> None:
    """A correction note's figures ("Update: An earlier version of this article said the council was contributing
    £66,000. The council has told us the figure is £60,000"), one of which is a sum the text stated earlier as money
    added to a grant or the commissioner's own money with the same payer (the council's £60,000 "alongside the award"),
    are two accounts of that money: both keep what it was stated as, not a grant of their own (README: "Corrected
    figures", amounts_differ; funding_role ``match_funding``)."""
    for n in sorted({d.line for d in drafts if not d.table}):
        if not _CORRECTION_NOTE.match(rel.line_text(n) or "") and not _CORRECTION_WORDS.search(rel.line_text(n) or ""):
            continue  # (a note or a line saying a figure was wrong: "… the report's £136,000 was a typing error")
        note = [d for d in drafts if d.line == n and not d.table and d.whole is None]
        for d in note:
            earlier = next((x for x in reversed(drafts) if x.line < n and not x.table and x.whole is None
                            and x.amount.pence == d.amount.pence and x.funder and x.funder == d.funder
                            and x.role in ("grant", "match_funding", "own_funding")), None)
            if earlier is None:
                continue
            for y in note:
                if y.whole is not None or any(z.whole is y for z in drafts):
                    continue
                if not y.funder and y.role == "grant":
                    # (the figure the note gives as right, its payer unsaid: "Note: the letter gives £163,000; the
                    # report's £136,000 was a typing error" after the Ministry of Justice grant of £136,000)
                    y.funder, y.funder_basis = earlier.funder, "default"
                if y.funder == earlier.funder and y.role == "grant":
                    y.role = earlier.role
            break


def _quoted_on_its_line(rel, d: _Draft) -> bool:
    """Whether ``d``'s figure stands inside quoted speech that opens in an earlier sentence of its line ('She said:
    "Three years in, it works. The £318,450 means the groups keep running."'): the quote is the line's, not the
    sentence's (a plain-text line once; an HTML line's attributes hold quotes of their own)."""
    line = rel.line_text(d.line) or ""
    if "<" in line or line.count(d.amount.text) != 1:
        return False
    at = line.find(d.amount.text)
    return any(a <= at < b for a, b in _quoted_spans(line))


def _rows_paid_as_their_lead_in_says(cells: list[_Draft], lead_funder: str) -> None:
    """Table cells lent the release's funder that the lead-in about the rows names as their payer ("All are Home
    Office perpetrator funding for 2023-24 unless a note says otherwise"): their payer is stated for them, as a
    column heading would (README: funding_role ``part``, a table row's own funder).  A caption calling the rows'
    bodies partners ("Partner contributions to the pooled budget") makes each row that names no payer of the
    vocabulary partners' money, in place of a payer only lent from the release (README, "Partners' money")."""
    for d in cells:
        if lead_funder == "partners" and not d.row_funder and d.role != "total" and d.funder_basis in ("default", "") \
                and not _TOTAL_ROW.match(" ".join(d.row_cells[:1])) and not getattr(d, "across", False):
            d.funder, d.funder_basis = "partners", "clause"
            d.row_funder = True  # (the row's body is the payer the caption names: its row total is its money too)
            continue
        if lead_funder and d.funder == lead_funder and d.funder_basis == "default":
            d.funder_basis = "clause"
        elif lead_funder and not d.funder and not d.row_funder and not getattr(d, "across", False) \
                and d.role != "context" and not d.unpaid_column:
            # "All figures are Home Office grant to …", "The sums below are the Ministry of Justice's": in a text naming
            # several payers (no release funder to lend), the lead-in's one payer is every cell's that names none
            d.funder, d.funder_basis = lead_funder, "clause"


_SQUEEZED_ROW = re.compile(r"^(?P<label>\s*[A-Za-z][^£|\t.!?;:]{1,60}?[\w)]) {1,2}(?P<figure>£[\d,.]+(?:\s*[mk]\b)?)\s*$")


def _nearest_text(rel, number: int, step: int, reach: int = 3) -> str:
    """The nearest line with words above (``step`` -1) or below (+1) line ``number``, blank lines skipped (at most
    ``reach`` lines away), else ""."""
    for k in range(number + step, number + step * (reach + 1), step):
        line = rel.line_text(k)
        if line is None:
            return ""
        if line.strip():
            return line
    return ""


#: the words between two figures saying the second is the same payer doing the same thing at another time: "…, as she
#: did in 2024/25 with £96,000", "…, just as it did last year, with £30,000", "…, as the council did for 2023-24 with"
_AS_DONE_BEFORE = re.compile(r",\s*(?:just\s+)?as\s+(?:she|he|it|they|we|the\s+\w+)\s+did\b[^£;.]{0,40}?\bwith\s*$", re.I)


#: a verb straight after a figure, its own predicate: "£70,000 pays for …", "£40,000 is for …", "£25,000 goes to …"
_OWN_PREDICATE_AFTER = re.compile(r"\s+(?:(?:also|then|now)\s+)?(?:is|are|was|were|will|would|has|have|had|pays?|paid|funds?|"
                                  r"funded|goes|went|covers?|covered|buys?|bought|meets?|met)\b", re.I)


#: the words before a body asked for leave ("will ask the Home Office", "has asked the Ministry of Justice") and after it
#: what it is asked ("to let it carry the money forward", "to allow the underspend to roll over", "for permission")
_ASKED_BEFORE = re.compile(r"\b(?:ask|asks|asked|asking|seek|seeks|sought|request|requests|requested)\s+(?:the\s+)?$", re.I)
_FOR_LEAVE_AFTER = re.compile(r"\s+(?:to\s+(?:let|allow|agree|approve|permit)|for\s+(?:permission|approval|agreement|"
                              r"consent|leave))\b", re.I)

#: a national fund's figure set beside the grantor's own fund the award came from: "… from its perpetrator fund, a
#: national fund of £34.7m"
_ITS_NATIONAL_FUND_BEFORE = re.compile(r"\bfrom\s+its\s+(?:[\w'’-]+\s+){0,4}?(?:fund|pot|scheme|programme),\s*(?:a|the)\s+"
                                       r"(?:[\w'’-]+\s+){0,2}?(?:national|nationwide)\s+(?:fund|pot|scheme|programme)\s+"
                                       r"(?:of|worth|totalling)\s+(?:about\s+|around\s+|some\s+)?$", re.I)


def _national_fund_of_the_grantor(as_printed: str, here: list) -> None:
    """A national fund's figure with no payer of its own, set in apposition to the fund an award in the same sentence
    came from, named by the grantor's pronoun ("The Home Office awarded the Commissioner £900,000 … from its
    perpetrator fund, a national fund of £30m over the same two years"): the fund is the grantor's, so its figure
    (context) has that funder.  A national fund named with no pronoun for the grantor ("one of 14 awards made from a
    national fund of £30m") keeps none."""
    if not here or here[0].funder not in ("Home Office", "Ministry of Justice") or here[0].role == "context":
        return
    for d in here[1:]:
        if d.role == "context" and not d.funder and _ITS_NATIONAL_FUND_BEFORE.search(as_printed[: d.start]):
            d.funder, d.funder_basis = here[0].funder, "clause"


def _restates_an_earlier_sum(b, drafts: list) -> bool:
    """Whether figure ``b`` restates, exactly or rounded, a grant or total stated on an earlier line ("that £1.2
    million" after "£1,214,600")."""
    slack = max(b.amount.precision_pence // 2, 0)
    return any(x.line < b.line and x.role in ("grant", "total") and abs(x.amount.pence - b.amount.pence) <= slack
               for x in drafts)


def _squeezed_row(rel, number: int, raw: str) -> str:
    """A row of a table set out with spaces whose label runs up to its figure's column, leaving one or two spaces
    before the figure ("Leicester City Council £30,000" between "Commissioner           £40,000" and "TOTAL  £350,000"):
    its figure starts in the same column as the figure of the table row next to it, or, figures set flush right, ends
    in the same column ("Three-year total  £1,463,000" under "2026-27             £671,500").  Returns the line with
    its label set apart from its figure as the other rows' are (its figure keeps its place), else ""."""
    m = _SQUEEZED_ROW.match(raw)
    if not m or len(m.group("label").split()) > 8:
        return ""
    column, right = m.start("figure"), len(raw[: m.end("figure")].rstrip())
    for k in (number - 1, number + 1):
        other = rel.line_text(k)
        if not other or "|" in other or not _TABLE_ROW.search(other):
            continue
        theirs = re.search(r"\S\s{3,}(£[\d,.]+(?:\s*[mk]\b)?)\s*$", other)
        if other.find("£") == column and re.search(r"\S\s{3,}£", other) or theirs and theirs.end(1) == right:
            return raw[: m.end("label")] + "   " + raw[m.start("figure"):]
    return ""


#: the words after a cost or sum saying who pays it, before a list of payers each with its piece in brackets: "is met
#: by", "is paid for by", "is funded jointly by", "comes from", "is shared between"
_MET_BY = re.compile(r"\b(?:met|paid(?:\s+for)?|funded|covered|shared)\s+(?:jointly\s+|between\s+)?(?:by|between)\b|"
                     r"\bcomes?\s+from\b", re.I)
#: a payer named as the commissioner, with no budget word: "the commissioner", "the Police and Crime Commissioner"
_THE_COMMISSIONER = re.compile(r"\b(?:police,?\s+(?:fire\s+)?and\s+crime\s+)?commissioner\b|\bP[F]?CC\b", re.I)


def _payers_named_before_bracketed_pieces(rel, drafts: list[_Draft], terms) -> None:
    """A sum whose own sentence says it is met by several payers, each named with its piece in brackets after it
    ("The course's £60,000 cost is met by the commissioner (£40,000), the borough council's early help grant
    (£15,000) and our health partner, the ICB (£5,000)"): each piece is the money of the payer named before its
    bracket (a body the text calls a partner pays as one: README, "Partners' money"), and the sum, paid by two or
    more of them, is a ``total`` across funders with funder null (README: funder, "A total across several funders
    has funder null")."""
    for w in drafts:
        if w.table or w.role not in ("grant", "own_funding", "total", "match_funding"):
            continue
        pieces = sorted((d for d in drafts if d.whole is w and d.role == "part" and d.line == w.line and not d.table),
                        key=lambda d: d.start)
        if len(pieces) < 2:
            continue
        text = next((t for n, t in rel.sentences if n == w.line and w.amount.text in t
                     and all(d.amount.text in t for d in pieces)), "")
        at = text.find(w.amount.text)
        spots = []
        for d in pieces:
            k = text.find(d.amount.text, spots[-1] + 1 if spots else at + len(w.amount.text))
            spots.append(k)
        if at < 0 or any(k < 0 for k in spots):
            continue
        said = _MET_BY.search(text, at + len(w.amount.text), spots[0])
        if not said or any(not re.search(r"\(\s*$", text[:k]) for k in spots):
            continue  # (each piece opens its own bracket after its payer)
        if re.match(r"shared", said.group(0), re.I) and (
                re.search(r"\b(?:home office|ministry of justice|MoJ)\b", text[: said.start()], re.I)
                or not re.search(r"\b(?:cost|costs|bill|price)\b", text[max(0, at - 60) : said.start()], re.I)):
            continue  # (a grant shared between the bodies that receive it, "The Home Office grant of £90,000 is shared
            # between the commissioner (£50,000) and the council (£40,000)": its shares, no payers; a cost shared is)
        payers, begin = [], said.end()
        for d, k in zip(pieces, spots):
            words = text[begin:k]
            payer = _first(terms.get("funder", ()), words) or (
                # (a body called a partner, not the partners a service supports: "a charity's grant for partner
                # support (£20,000)" names no partner paying)
                "partners" if re.search(r"(?<!\bfor )(?<!\bwith )\bpartners?\b(?![ \t]+(?:support|work|services?|safety|"
                                        r"contact|advocacy|outreach|sessions?)\b)", words, re.I) else
                "PCC" if _THE_COMMISSIONER.search(words) else
                # (a payer off the funder list, "a charity's grant (£20,000)", "the Abbey Trust (£5,000)": its piece
                # has funder null, the body itself an organisation)
                "-" if re.search(r"\b(?:charit\w*|trusts?|foundations?|lottery|ICB|NHS|health board)\b", words, re.I) else "")
            payers.append(payer)
            close = text.find(")", k)
            begin = close + 1 if close > 0 else k + len(d.amount.text)
        if not all(payers) or len(set(payers)) < 2:
            continue
        for d, payer in zip(pieces, payers):
            d.funder, d.funder_basis = payer.strip("-"), "clause"
        w.role, w.funder, w.funder_basis = "total", "", "clause"


#: a note under a table saying the marked row's sum includes a figure: "Note 2: includes £14,000 for the helpline",
#: "Note 1 - this includes £5,000 carried forward", "(a) Of which £3,000 is for training"
_NOTE_INCLUDES = re.compile(r"^\W*(?:note\s*)?(?P<mark>\d{1,2}|[a-z])\s*[:.)–-]\s*(?:(?:this|the\s+(?:figure|sum|row|amount))\s+)?"
                            r"(?:includes|including|of\s+which)\s+(?:up\s+to\s+|about\s+)?$", re.I)


def _a_notes_sum_included_in_its_row(rel, drafts: list[_Draft]) -> None:
    """A note under a table saying that the row it marks includes a sum ("Note 2: includes £14,000 for the helpline"
    under "| Commissioner (note 2) | 40,000 | 40,000 |"): the sum is a ``part`` of that row's money (its total cell, the
    last on the row), with its payer and year (README: part, "which includes up to £X for …", "Parts on another
    line")."""
    for d in drafts:
        if d.table or d.role not in ("grant", "own_funding", "match_funding") or d.whole is not None:
            continue
        raw = rel.line_text(d.line) or ""
        at = raw.find(d.amount.text)
        m = _NOTE_INCLUDES.match(raw[:at]) if at > 0 else None
        if not m:
            continue
        marker = re.compile(r"\(\s*(?:note\s*)?" + re.escape(m.group("mark")) + r"\s*\)|\bnote\s*" + re.escape(m.group("mark"))
                            + r"\b", re.I)
        rows = [x for x in drafts if x.table and x.line < d.line and d.line - x.line <= 12
                and marker.search(" ".join(getattr(x, "row_cells", ())[:1]) or "")]
        if not rows:
            continue
        line = max(x.line for x in rows)
        whole = max((x for x in rows if x.line == line), key=lambda x: (x.start, x.amount.pence))
        if whole.amount.pence <= d.amount.pence:
            continue
        d.role, d.whole, d.part_of = "part", whole, whole.line
        d.funder, d.funder_basis = whole.funder, "whole"
        d.code, d.basis = (whole.code, whole.basis) if whole.code else (d.code, d.basis)
        if d.period is None:
            d.period, d.period_basis = whole.period, "whole"


#: the commissioner or the commissioner's office named just before a pronoun's grant: "grateful to Surrey's Office of
#: the Police and Crime Commissioner for its grant of £", "the commissioner, for her award of £", "the OPCC for its £"
_COMMISSIONERS_OWN_GRANT_BEFORE = re.compile(
    r"\b(?:(?:office\s+of\s+the\s+)?(?:police,?\s+(?:fire\s+)?and\s+crime\s+)?commissioner(?:\s+for\s+(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’-]*){0,4})?|(?-i:O?PF?CC))\s*,?\s+(?:for|on)\s+(?:its|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:grant|award|funding)\s+of\s+$", re.I)


def _the_commissioners_grant_by_its_pronoun(rel, drafts: list[_Draft]) -> None:
    """A grant named by the pronoun of the commissioner or the commissioner's office just before it ("our thanks go
    to Surrey's Office of the Police and Crime Commissioner for its grant of £60,000"), a figure whose words before it
    name no other payer of the vocabulary: the commissioner's money, given for the work and not said to
    match a grant (README: own_funding, PCC)."""
    for d in drafts:
        if d.table or d.role != "grant" or d.whole is not None or d.funder == "PCC":
            continue
        raw = rel.line_text(d.line) or ""
        at = raw.find(d.amount.text)
        before = raw[max(0, at - 200) : at] if at > 0 else ""
        # (nor one whose own clause names the money it passes on after the figure: "for its grant of £60,000 from
        # the Home Office perpetrator fund" is the Home Office's money)
        after = re.split(r"[.;]\s|,\s+(?:and|but|while)\s", raw[at + len(d.amount.text) :] if at > 0 else "", maxsplit=1)[0]
        if before and _COMMISSIONERS_OWN_GRANT_BEFORE.search(before) \
                and not re.search(r"\b(?:home office|ministry of justice|council)\b", before, re.I) \
                and not re.search(r"\b(?:home office|ministry of justice|MoJ)\b", after, re.I):
            d.role, d.funder, d.funder_basis = "own_funding", "PCC", "clause"


#: a clause opening on a grant of its own: "and by a grant of ", "and a donation of ", "with an award of "
_A_GRANT_OF_ITS_OWN = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+)?(?:grant|award|donation|gift)\s+of\s+$", re.I)


#: an amendment to a motion striking words out and putting others in: "leave out £50,000 from reserves and insert
#: £40,000 from the community safety budget", "delete '£50,000' and insert '£40,000'"
_LEAVE_OUT = re.compile(r"\b(?:leave\s+out|delete|strike\s+out|remove)\b(?P<out>[^.;]{0,120}?)\b(?:and\s+)?(?:insert|substitute|"
                        r"replace\s+(?:it|them)\s+with)\b", re.I)


#: words saying a line amends a motion or a paper's text: "Amendment", "amended", "the motion", "in paragraph 3",
#: "recommendation 2"
_AN_AMENDMENT = re.compile(r"\b(?:amend\w*|motion|paragraph|para\.?|recommendation)\b", re.I)


#: a line moving or proposing a motion: "The motion asked …", "Cllr X moved that …", "It was proposed that …",
#: "RESOLVED that …", "recommends"
_A_MOTION = re.compile(r"\b(?:motion|moved?|moves|propos\w*|resolv\w*|recommend\w*|seconded)\b", re.I)


def _sums_an_amendment_leaves_out(rel, drafts: list[_Draft]) -> None:
    """A sum that an amendment to a motion leaves out ("In paragraph 2, leave out £50,000 from reserves and insert
    £40,000 from the community safety budget"), on the amendment's line and in the motion as moved above it, is money
    proposed and never agreed, as a candidate's pledge is: ``context``, no area's award (README: context), keeping
    the payer and years its own clause gives.  The sum put in its place is read as usual."""
    left_out: dict[int, int] = {}
    tails: dict[int, str] = {}
    for n in range(1, rel.text.count("\n") + 2):
        line = rel.line_text(n) or ""
        for m in _LEAVE_OUT.finditer(line):
            if re.match(r"remove\b", m.group(0), re.I) and not _AN_AMENDMENT.search(line):
                continue  # ("the council will remove the £30,000 contract and replace it with a larger one": no motion)
            for amount in read_amounts(m.group("out"))[0]:
                left_out.setdefault(amount[2].pence, n)
                # (the words the amendment leaves out after the sum, "from reserves": the motion says them too)
                tails.setdefault(amount[2].pence, re.sub(r"^\W*[\d,.]*\s*(?:m|k|million)?\b", "", m.group("out")[amount[1]:]
                                                        ).strip(" '\"‘’“”,"))
    if not left_out:
        return
    for d in drafts:
        upto = left_out.get(d.amount.pence)
        if upto is None or d.line > upto or d.role == "part" or any(x.whole is d for x in drafts):
            continue
        line = rel.line_text(d.line) or ""
        if d.line < upto and not _A_MOTION.search(line) and not (
                tails.get(d.amount.pence) and tails[d.amount.pence].lower() in line.lower()):
            continue  # (an earlier line giving the same sum is the motion only where it moves or proposes it or says
            # the words left out with it: "The Home Office has given £50,000 for the course" above an amendment
            # leaving out "£50,000 from reserves" from a motion on youth clubs is that grant)
        if d.line == upto and not any(m.start("out") <= _find_on_line(rel, d) < m.end("out")
                                      for m in _LEAVE_OUT.finditer(rel.line_text(d.line) or "")):
            continue  # (the sum put in on the amendment's line is no sum left out)
        d.role, d.code, d.basis = "context", "", "none"


def _find_on_line(rel, d: _Draft) -> int:
    """Where figure ``d`` is printed on its line (-1 when not found)."""
    return (rel.line_text(d.line) or "").find(d.amount.text)


def _outside_the_span(period, span) -> bool:
    """Whether ``period`` (a figure's years) falls outside ``span`` (another's), both stated."""
    return bool(period and span) and (period[0] < span[0] or period[1] > span[1])


def _a_price_in_its_cell(raw: str, figure, terms) -> bool:
    """Whether a table cell's own words make its figure a price ("| £45 a place for non-partner agencies |", "| £120
    per delegate |"), as the same words in a sentence do: what a place or a ticket costs, no one's funding."""
    start, end = figure[0], figure[1]
    if not (0 <= start < end <= len(raw)):
        return False
    bounds = [m.end() for m in re.finditer(r"\||\t| {2,}", raw[:start])]
    after = re.search(r"\||\t| {2,}", raw[end:])
    cell_start = bounds[-1] if bounds else 0
    cell_end = end + after.start() if after else len(raw)
    marked = raw[cell_start:start] + "AMOUNT" + raw[end:cell_end]
    return bool(_first(terms.get("not_funding", ()), marked))


def _read_table_line(
    rel, terms, number, raw, found, periods, header, defined, row_refs, footnotes, release_funder, drafts,
    table_rows, table_totals, table_no, last_whole, lead_period, section_period, in_table,
) -> tuple[bool, list[_Draft]]:
    """The figures of one table line (:func:`_table_drafts`), with what the table's lead-in, section heading,
    total rows and the whole stated before say of them, added to ``drafts``.  Returns ``in_table`` and
    ``table_rows`` for the caller to go on with."""
    found = [f for f in found if not _a_price_in_its_cell(raw, f, terms)]
    drafts_here = _table_drafts(rel, number, raw, header, found, terms, release_funder, periods, defined, row_refs,
                                footnotes)
    for d in drafts_here:
        d.table = table_no
        d.row_cells, d.header = _cells(raw), tuple(header)
    noted = _figures_in_a_rows_note(raw, header, drafts_here, terms)
    if noted:
        # (a sum quoted in a row's notes, "Match to the Home Office grant of £90,000 for 2026/27", beside the row's own
        # figure: money of its own that the note's words describe, no row of the table and no piece of its total)
        drafts_here = [d for d in drafts_here if d not in noted]
        drafts.extend(noted)
    for d in drafts_here:
        if d.period is None and (lead_period or section_period) and (d.role != "context" or d.spending):
            d.period = lead_period or section_period  # (a heading's year over a note before the table)
            d.period_basis = "heading"
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
        row_ids = {id(r) for r in table_rows}  # (a council's row in the table itself is no money stated before)
        added = {x.code for x in drafts if x.role == "match_funding" and x.code and id(x) not in row_ids}
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
            # (a TOTAL over several areas' rows, "| West Midlands | … |" over "| Staffordshire | … |", is no one area's
            # money, so match funding stated before for one of those areas does not make it a total across funders,
            # unless a row restates another payer's sum said before for its area, "Nottinghamshire  97,250" after
            # the commissioner's own £97,250 there: then the rows bring several payers' money together)
            areas_rows = (len({r.code for r in table_rows if r.basis == "table_row"}) > 1 or len(
                {c for r in table_rows for _, _, c in find_areas(" ".join(getattr(r, "row_cells", ()) or ()))}) > 1) \
                and not any(x.code == r.code and x.amount.pence == r.amount.pence and id(x) not in row_ids
                            and (x.role in ("own_funding", "match_funding") or x.funder and x.funder != r.funder)
                            for r in table_rows for x in drafts)
            if d.code in added and not areas_rows and not d.row_funder and (d.code, d.amount.pence) not in granted:
                d.funder = ""
                for r in table_rows:
                    if not getattr(r, "row_funder", True):
                        r.funder = ""
            if not d.row_funder and any(x.role == "total" and not x.funder and id(x) not in row_ids
                                        and x.amount.pence == d.amount.pence and x.code == d.code for x in drafts):
                # the sum stated before the table across funders ("£634,900: £418,200 of the Home Office
                # award and £216,700 from the Commissioner's own budget"): its rows are pieces of mixed money
                d.funder, d.across = "", True
                for r in table_rows:
                    if not getattr(r, "row_funder", True):
                        r.funder = ""
            col_area = {r.code for r in table_rows if r.start == d.start and getattr(r, "col_area", False)}
            if getattr(d, "col_area", False) and col_area == {d.code}:
                pass  # (a TOTAL cell under an area's column, "| Total | £320,000 | £540,000 |" under "| Cheshire |
                # Merseyside |", is that area's total: its column's cells are all that area's)
            elif len({r.code for r in table_rows if r.basis == "table_row"}) > 1 or len(
                    {c for r in table_rows for _, _, c in find_areas(" ".join(getattr(r, "row_cells", ()) or ()))}) > 1:
                d.code, d.basis = "", "none"  # a total over several areas' rows is no one area's (also when the rows
                # name them several to a row, "| Home Office | Cleveland, Durham | £X |", and so have no one area each)
            rows = [r for r in table_rows if not (r.whole is not None and r.whole.line == r.line)]
            rows = [r for r in rows if r.role != "context"]
            col_parts = [r for r in rows if r.start == d.start] if not _one_figure_a_row(rows, drafts_here) else rows
            for r in col_parts or rows:
                r.role, r.part_of, r.whole = "part", number, d
                _lend_wholes_payer(r, d)
        table_totals.extend(d for d in drafts_here if d.start == drafts_here[0].start)
        table_rows = []
    else:
        # an item table under a stated grant ("It will be spent as follows:"), its rows naming no area:
        # the rows are pieces of that grant, not grants of their own (a TOTAL row below takes them over)
        if last_whole is not None and last_whole.role == "grant" and last_whole.code \
                and not any(getattr(d, "monitoring", False) for d in drafts_here) \
                and not any(r.table and r.whole is None and r.amount.pence == last_whole.amount.pence
                            for r in table_rows if r.table == drafts_here[0].table) \
                and not any(_outside_the_span(r.period, last_whole.period)
                            for r in [*drafts_here, *table_rows] if r.table == drafts_here[0].table):
            # (not a table whose rows fall in years outside the grant's, "| 31/03/2022 | £188,905 |" under a sum for
            # 2024-25: a history by year, not the sum's items)
            # (not a table one of whose rows is that sum itself, "| A | Stop | 18,000 |" under "an exit cost of about
            # £18,000": the table lists that sum beside others, as options or items of its own, not its pieces)
            # (not a budget-monitoring table's lines: they are a body's budget, pieces of the table's total)
            for d in drafts_here:
                if d.role == "grant" and d.basis == "release" and d.whole is None and d.code == last_whole.code \
                        and not (d.head_total or d.head_year) and d.amount.pence != last_whole.amount.pence \
                        and not _the_grants_year_again(rel, d, last_whole, len(drafts_here)):
                    d.role, d.whole, d.part_of = "part", last_whole, last_whole.line
                    if not getattr(d, "unpaid_column", False):
                        _lend_wholes_payer(d, last_whole)
        table_rows.extend(drafts_here)
    drafts.extend(drafts_here)
    return in_table, table_rows


#: a cell of prose in a table row: four or more words ("Match to the Home Office grant of £90,000 for 2026/27")
_PROSE_IN_CELL = re.compile(r"(?:[A-Za-z][\w'’-]*\W+){3,}[A-Za-z]")


def _figures_in_a_rows_note(raw: str, header, drafts_here: list[_Draft], terms) -> list[_Draft]:
    """The figures of a table row that stand inside a cell of prose under a heading naming no money ("Notes",
    "Comments"), in a row whose own figure stands in a cell of its own under a money heading ("| Acme CIC | 38,500 |
    Match to the Home Office grant of £90,000 for 2026/27 |"): each is read from its cell's words, a ``grant`` of the
    payer the cell names (of that payer only where the cell names one from the funder vocabulary) for the one period
    the cell prints, no part of the table's total.  Nothing else is changed; [] when the row has no such cell."""
    cells = _cells(raw)
    if len(drafts_here) < 2 or not header or len(cells) != len(header):
        return []
    money_heads = [k for k, h in enumerate(header) if re.search(r"£|\b(?:amount|grant|award|value|funding)\b", h, re.I)]
    own = [k for k in money_heads if k < len(cells) and re.fullmatch(r"\W*£[\d,.]+\W*", cells[k])]
    if not own:
        return []
    out = []
    for k, c in enumerate(cells):
        if k in money_heads or not MONEY_TOKEN.search(c) or not _PROSE_IN_CELL.search(c):
            continue
        named = [v for v, p in _candidates(terms.get("funder", ()), c) if p.search(c)]
        if len(named) != 1:
            continue
        mine = [d for d in drafts_here if d.amount.text and d.amount.text in c]
        stated = find_periods(c)[0]
        for d in mine:
            d.role, d.whole, d.part_of = "grant", None, None
            d.funder, d.funder_basis = named[0], "clause"
            if len(stated) == 1:
                d.period, d.period_basis = stated[0][2:], "clause"
            out.append(d)
    return out


#: the words before a figure naming one year's figure stated before it as what holds it: "and that the 2025/26 figure
#: includes ", "the 2026-27 payment contains "
_YEARS_FIGURE_HOLDS = re.compile(r"\bthe\s+(?P<fy>" + YEAR_FORM + r")\s+(?:figure|sum|amount|payment|instalment|share|"
                                 r"allocation|grant)\s+(?:includes?|including|contains?|covers?)\b[^£.;]{0,30}$", re.I)


#: just before a figure, words naming it as money already stated: "the £106,000", "Sheffield's £106,000", "its £40,000"
_DEFINITE_BEFORE_FIGURE = re.compile(r"(?:\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Oo]ur)|\w['’]s)\s+$")


#: a sentence giving a figure as the right one of money stated before: "The correct figure, agreed in June, is
#: £50,000", "£90,000 is correct", "the table is right"
_RIGHT_FIGURE = re.compile(r"\b(?:correct|right|accurate)\b(?!\s+(?:to|that|now)\b)", re.I)


#: a balance's own words naming the grant it is of as the one just spoken of: "£6,500 of this grant was held …"
_OF_THIS_GRANT = re.compile(r"\s+of\s+(?:this|that|the same)\s+grant\b", re.I)


def _balances_grant_payer(sentence: str, lo: int, start: int, end: int, here: list, sentence_before: str, terms) -> str:
    """The payer of a balance of "this grant" ("At 31 March 2023 £6,500 of this grant was held as a receipt in
    advance") that its own sentence names no payer for: the one payer whose grant the sentence before names with no
    sum of its own ("Ministry of Justice money the Commissioner passes on to the Council, for …"); and a bracketed
    comparative at an earlier date straight after such a balance ("(31 March 2023: £9,000)") is a balance of the same
    grant, with its payer. "" when neither."""
    if _OF_THIS_GRANT.match(sentence, end) and not MONEY_TOKEN.search(sentence_before or ""):
        before = sentence_before or ""
        # (the payer whose grant it is, named just before the word: "Ministry of Justice grant passed … through the
        # Commissioner" is the Ministry's)
        named = {v for v, p in _candidates(terms.get("funder", ()), before) for m in p.finditer(before)
                 if re.match(r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?grant\b", before[m.end():], re.I)}
        if len(named) == 1:
            return named.pop()
    last = here[-1] if here else None
    if last is not None and last.role == "context" and last.funder and getattr(last, "balance", False) \
            and re.search(r"\(\s*(?:at\s+|as at\s+)?\d{1,2}\s+[A-Z][a-z]+\s+20\d\d\s*:\s*$", sentence[lo:start]) \
            and "." not in sentence[lo:start]:
        return last.funder
    return ""


def _sole_payers_piece(total: _Draft, drafts: list) -> _Draft | None:
    """The one piece of a total that is all of it, its payer named in its own row or column, where every other piece
    of it is £0 (a row "Wiltshire | 388,900 | 0 | 388,900" under "Home Office (£) | Other local funding (£) |
    Total (£)"): the whole sum is that payer's money. None when the total has two pieces of money or none named."""
    pieces = [x for x in drafts if x.whole is total]
    money = [x for x in pieces if x.amount.pence]
    if len(pieces) < 2 or len(money) != 1 or money[0].amount.pence != total.amount.pence:
        return None
    return money[0] if money[0].funder and money[0].funder_basis == "clause" else None


def _payer_of_the_money_restated(sentence: str, start: int, amount, drafts: list) -> tuple[str, str]:
    """The payer already given to the money a figure names again (README, "Payer said once"): a figure named as
    known money ("Sheffield's £106,000 of match funding pays for …", "The £48,000 covers …") whose own clause names
    no payer takes the payer every earlier statement of that same sum has (a table row "Sheffield City Council, match
    funding | … | £106,000"), with the role they agree on ("" where they do not); ("", "") when the sum was not
    stated before, or was stated with no payer or with two."""
    if not _DEFINITE_BEFORE_FIGURE.search(sentence[max(0, start - 30) : start]) and not _RIGHT_FIGURE.search(sentence):
        return "", ""
    before = [d for d in drafts if d.amount.pence == amount.pence and d.role != "context"]
    payers, roles = {d.funder for d in before}, {d.role for d in before}
    return (payers.pop(), roles.pop() if len(roles) == 1 else "") if len(payers) == 1 else ("", "")


#: the commissioner's possessive just before a figure, with no "own": "the commissioner's £214,000", "the PCC's £90,000"
_COMMISSIONERS_SUM_BEFORE = re.compile(r"\b(?:commissioner|PCC|PFCC)['’]s\s+$", re.I)
#: a payer's possessive just before a figure: "The commissioner's £60,000", "the council’s £18,000"
_PAYERS_POSSESSIVE_BEFORE = re.compile(r"\b[A-Za-z][\w-]*['’]s\s+$")


def _payers_added_money_again(sentence: str, start: int, amount, funder: str, drafts: list):
    """An earlier statement of the same money a figure names again with its payer's possessive, when that money was
    added by its payer, match or own funding ("The mayor is putting in £44,000 from her own fund …" then "The
    mayor's £44,000 covers a second worker", "The council's £12,500 funds a family worker"): the figure is
    that money restated, keeping its role, not a piece of the last sum stated (another payer's grant). None unless
    every earlier statement of that sum is one payer's match or own funding, the same payer its clause names if any."""
    if not _PAYERS_POSSESSIVE_BEFORE.search(sentence[max(0, start - 40) : start]):
        return None
    same = [d for d in drafts if d.amount.pence == amount.pence and d.role != "context"]
    if not same or any(d.role not in ("match_funding", "own_funding") for d in same) \
            or len({d.funder for d in same}) != 1 or len({d.role for d in same}) != 1 \
            or not same[0].funder or funder and funder != same[0].funder:
        return None
    return same[0]


def _passed_on_money_again(rel, sentence: str, start: int, amount, funder: str, drafts: list):
    """An earlier statement of the same money a figure names again with the possessive of the body that passed it on
    ("£80,000 from the Police and Crime Commissioner, out of the Home Office grant her office holds" then "The
    Commissioner's £80,000 is paid in two halves"): the figure is that government grant restated, with its payer, not
    the passer-on's own money. None unless every earlier statement of that sum is one government grantor's (Home Office
    or Ministry of Justice), other than the payer the possessive names, on a line that names the possessive's holder."""
    m = _PAYERS_POSSESSIVE_BEFORE.search(sentence[max(0, start - 40) : start])
    if not m or not funder:
        return None
    holder = re.sub(r"['’]s\s*$", "", m.group(0)).strip()
    same = [d for d in drafts if d.amount.pence == amount.pence and d.role != "context"]
    if not same or len({d.funder for d in same}) != 1 or same[0].funder not in ("Home Office", "Ministry of Justice") \
            or same[0].funder == funder:
        return None
    if not all(re.search(r"\b" + re.escape(holder) + r"\b", rel.line_text(d.line) or "", re.I) for d in same):
        return None
    return same[0]


def _a_holders_sum_placed_before(sentence: str, start: int, amount, drafts: list, last_whole) -> bool:
    """Whether a figure named with a body's possessive ("The trust's £25,000", "the board’s £35,000") restates a sum the
    text has already placed as its own or as a piece of another whole than the last one stated (a funding table's row
    under its Total), so that it is that money again and no piece of the last sum (README, "Restated figures"); not a
    sum first stated here, nor one already stated as a piece of that last sum."""
    if last_whole is None or not _PAYERS_POSSESSIVE_BEFORE.search(sentence[max(0, start - 40) : start]):
        return False
    same = [d for d in drafts if d.amount.pence == amount.pence and d.role != "context" and d is not last_whole]
    return bool(same) and all(d.whole is not last_whole and d.line < last_whole.line for d in same) \
        and amount.pence < last_whole.amount.pence


def _leads_of_a_listed_total(leads: list, subs: list, total: _Draft, number: int) -> bool:
    """A bulleted list whose closing "Total" item sums the lead figure of each item above it, where the items also
    carry figures of their own (a grant's years as sub-bullets, "– £421,000 in year 1"; a yearly rate in brackets,
    "£120,000 over the same two years (£60,000 a year)"): each item's lead figure is a piece of the total, its other
    figures staying pieces of that lead ("• Home Office grant: £864,000 …", "• Commissioner's match funding:
    £120,000 …", "• Council public health grant: £90,000 …", "• Total package: £1,074,000").  Only where two or
    more items each lead with a sum of its own and those sums add up exactly to the total; True when so made."""
    if len(leads) < 2 or any(d is None or d.role not in ("grant", "part", "match_funding", "own_funding")
                             or (d.role == "part" and d.whole is not None) or not d.amount.pence for d in leads):
        return False
    if sum(d.amount.pence for d in leads) != total.amount.pence:
        return False
    for d, under in zip(leads, subs):
        d.role, d.whole, d.part_of = "part", total, number
        # (the item's sub-items that add up to its lead, "– £421,000 in year 1", "– £443,000 in year 2": its pieces)
        if len(under) >= 2 and sum(x.amount.pence for x in under) == d.amount.pence \
                and all(x.whole is None and x.role in ("grant", "part") for x in under):
            for x in under:
                x.role, x.whole, x.part_of = "part", d, d.line
    if len({d.funder for d in leads if d.funder}) > 1:
        total.funder = ""
    return True


def _piece_of_a_piece_before(sentence: str, lo: int, start: int, end: int, here: list):
    """The piece stated before in the sentence that a figure is itself a piece of, rather than of that piece's whole
    (README, "Row totals over years": a per-year profile belongs to its span figure): the one year's figure its words
    name ("profiled as £324,000 in 2025/26 and £162,000 in 2026/27, and the 2025/26 figure includes £18,000 carried
    forward"), or the span figure just before a yearly share of it ("Our share is £240,000 over the two years, paid
    as £120,000 in each year"). None when neither."""
    named = _YEARS_FIGURE_HOLDS.search(sentence[max(lo, start - 80) : start])
    if named:
        years = find_periods(named.group("fy"))[0]
        same = [x for x in here if x.role == "part" and years and x.period == years[0][2:]]
        return same[-1] if len(same) == 1 else None
    last = here[-1] if here else None
    # (its span its own clause gives, or, where its clause gives none, its whole's: a listed piece "£120,000 from the
    # Commissioner's own budget, £60,000 in each of the two years" under "A package worth £612,400 over 2025-27")
    span = (last.period or (last.whole.period if last.whole is not None else None)) if last is not None else None
    if last is not None and last.role == "part" and last.whole is not None and span \
            and span[0] != span[1] and _PER_YEAR.match(sentence, end) \
            and not MONEY_TOKEN.search(sentence[last.start + len(last.amount.text) : start]):
        return last
    return None


def _one_figure_a_row(rows: list[_Draft], total_cells: list[_Draft]) -> bool:
    """Whether a TOTAL row of one figure closes rows of one figure each: its figure sums them all, whichever column
    each stands in (an aligned table whose last column, a note, is left blank on some rows: "3  3 November  £67,650
    includes the sum carried forward" over "4  2 February  £52,250", counted from the right, the amounts fall in two
    columns)."""
    return len(total_cells) == 1 and len(rows) >= 2 and len({r.line for r in rows}) == len(rows)


#: a field whose label names spending, claims or a forecast against a budget, its figure after the colon: "2.7 Spend
#: this quarter (Q2):", "Claimed to date:", "Forecast outturn 2025-26:", "Variance:", "Paid to date:"
#: (its label begins with the spending word and names no award, receipt, approval, grant or payer: "Actual grant
#: received:", "Spend approved:", "Amount paid:", "Claimed from the council towards the crèche:" give money awarded)
_SPENDING_FIELD = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:total\s+|latest\s+|annual\s+)?(?:claimed|spend|spent|spending|expenditure|"
                             r"actual\s+spend|(?:forecast\s+)?(?:outturn|variance|under-?spend|over-?spend)|"
                             r"forecast\s+(?:spend|expenditure)|paid\s+to\s+date)\b"
                             r"(?![^:£.;]*\b(?:award\w*|received|approved|grants?|from|plans?|planned|limits?|caps?|"
                             r"ceilings?|allocations?|profiles?)\b)[^:£.;]{0,50}:\s*(?:\*\*)?\s*$", re.I)
# (nor a plan, profile, limit or allocation of spending: "Spending plan 2025-26: £90,000" is the budget, money
# given, not spent)


#: the imprint election law puts on a candidate's campaign material: "Promoted by A. Writer on behalf of B. Candidate,
#: both of 1 High Street"
_ELECTION_IMPRINT = re.compile(r"\b(?:promoted|published|printed)(?: and (?:promoted|published|printed))? by\b[^\n]{1,120}?"
                               r"\bon behalf of\b(?!\s+(?:the\b|[^\n,.;]*\b(?:[Pp]artnership|[Cc]ouncil|[Oo]ffice|[Bb]oard|[Tt]rust|"
                               r"[Ss]ervice)\b))", re.I)
#: (a candidate, named as a person: "on behalf of Jane Ashby"; not an office or partnership publishing a report,
#: "on behalf of the Safer Eastshire Partnership")
#: a heading over a candidate's promises: "My pledges", "Our promises", "What I will do", "How I will pay for it"
_PLEDGES_HEADING = re.compile(r"\b(?:pledges?|promises?|manifesto|I will|I['’]ll|I would|we will|my plans?)\b", re.I)
#: a heading reporting pledges kept, not promising: "Delivering my promises", "Pledges delivered", "keeps pledge"
_PLEDGES_KEPT = re.compile(r"\b(?:keeps?|keeping|kept|deliver(?:ed|ing|y)|progress|achieved|met|honou?r(?:ed|ing|s)?|"
                           r"update|tracker)\b", re.I)
#: the words of an election that mark a candidate's page beside its pledges: "Polling day is 2 May", "vote for"
_ELECTION_WORDS = re.compile(r"\b(?:polling day|polling station|election|vote for|hustings)\b", re.I)
#: a promise in the writer's own voice before a figure in its clause: "I will put £X", "I would ring-fence £X"
_FIRST_PERSON_PROMISE = re.compile(r"\b(?:I|we)(?: will|['’]ll| would|['’]d| am going to| are going to| plan to|"
                                   r" pledge to| promise to)\b", re.I)


#: a manifesto's or an election campaign's promise, the subject of the figure's clause: "My manifesto pledged £X",
#: "the manifesto in 2021 promised £X", "his election pledge of £X", "a campaign promise to find £X"
_MANIFESTO_PLEDGE = re.compile(r"\b(?:manifesto|(?:election|campaign)\s+(?:pledge|promise)s?)\b[^.;£]{0,40}?"
                               r"(?:\b(?:pledged|promised|pledging|promising|committed|of|to (?:find|put|spend|give))\s+"
                               r"(?:(?:me|us|him|her|them|to)\s+)?(?:(?:a|an|at least|about|around|some|another|an extra|"
                               r"a further)\s+)?)$", re.I)
#: a subject of its own between the manifesto and the verb before the figure: the manifesto is no longer what pledges
#: it ("In line with the manifesto she stood on the commissioner has committed £X", "True to his manifesto he has now
#: pledged £X": money the commissioner gives or pledges in office, read as any other; not "In my manifesto I pledged £X",
#: the election pledge recalled)
_A_NEW_SUBJECT_PLEDGES = re.compile(r"\b(?:commissioner|PCC|PFCC|mayor|council|she|he|(?-i:I)|we|they)(?:\s+(?:also|then))?"
                                    r"(?:\s+(?:has|have|will|now|duly|already))+\s+(?:pledged|promised|committed)\s+"
                                    r"(?:(?:to\s+)?(?:(?:a|an|at least|about|around|some|another|an extra|a further)\s+)?)$",
                                    re.I)


#: a writer in the first person setting money aside in a budget: "I have set aside £20,000 in the 2026-27 budget"
_FIRST_PERSON_SET_ASIDE = re.compile(r"\bI (?:have |had |will |would |also |then )*(?:set aside|earmarked|ring-?fenced|"
                                     r"put aside|kept back)\s+£", re.I)
#: a commissioner or mayor named as such (capitalised, the office): "the Police and Crime Commissioner", "the Mayor"
_COMMISSIONER_OR_MAYOR = re.compile(r"\b(?:Commissioner|Mayor|PCC|OPCC|PFCC|OPFCC)\b")
#: a sentence naming who speaks before a first-person "I": "said", "wrote in her column", "Councillor", "its chair"
_ANOTHER_SPEAKER = re.compile(r"\b(?:said|says|wrote|writes|told|column|Councillor|Cllr|chair(?:man|woman|person)?|"
                              r"chief executive|director|cabinet member|leader)\b|:\s*$", re.I)


def _payer_terms(rel, terms, facts, number: int, sentence: str):
    """The terms to read a figure's payer with: all of them, except that a first-person "I have set aside £X in the
    budget" names the writer's own budget as a commissioner's only when the writer may be a commissioner or mayor:
    not in a council's paper, nor after a speaker the sentence names who is none ("Councillor Ann Lee said in her
    column: I have …", "Its chair said: I have …"); a councillor's or a trust chair's budget is no commissioner's."""
    m = _FIRST_PERSON_SET_ASIDE.search(sentence)
    if not m:
        return terms
    speaker = _ANOTHER_SPEAKER.search(sentence[: m.start()])
    if not facts.council_issuer and not (speaker and not _COMMISSIONER_OR_MAYOR.search(sentence[: m.start()])):
        return terms
    key = id(terms)
    if _PAYER_TERMS_SEEN.get(key, (None,))[0] is not terms:
        own = terms.get("own_funding", ())
        kept = Terms(tuple(r for r in own if not r[1].pattern.startswith(r"\bI (?:have ")))
        _PAYER_TERMS_SEEN[key] = (terms, {**terms, "own_funding": kept})
    return _PAYER_TERMS_SEEN[key][1]


_PAYER_TERMS_SEEN: dict = {}


def _a_candidates_pledges(rel, heading_lines) -> tuple[bool, frozenset]:
    """Whether the text is a candidate's campaign material (an election imprint, "Promoted by … on behalf of …", or a
    pledges heading in a text about an election), and if so the lines under its pledges' headings: each heading that
    names pledges or what the writer will do ("My pledges", "How I will pay for it") up to the next heading. A
    sitting commissioner's pledge tracker is no campaign material: it reports money given."""
    title = min((l.number for l in rel.lines), default=None)
    # (a pledges heading speaks of what is to come: not the title line, nor a tracker's "Delivering my promises" or
    # "Commissioner keeps manifesto pledge", which report money given)
    headed = sorted(n for n in heading_lines if n != title and _PLEDGES_HEADING.search(rel.line_text(n) or "")
                    and not _PLEDGES_KEPT.search(rel.line_text(n) or ""))
    if not (_ELECTION_IMPRINT.search(rel.text) or headed and _ELECTION_WORDS.search(rel.text)):
        return False, frozenset()
    ordered = sorted(heading_lines)
    out = set()
    for n in headed:
        nxt = next((m for m in ordered if m > n), max((l.number for l in rel.lines), default=n) + 1)
        out.update(range(n + 1, nxt))
    return True, frozenset(out)


def _read_figures(rel, terms, facts: _ReleaseFacts, s: _Sentence, run: _Running, drafts) -> list[_Draft]:
    """The figures of one prose sentence ``s``, each read on its own (``s.found``: start, end, amount), with the
    release's ``facts``, what the sentences before left in ``run`` and the ``drafts`` read so far: those refused,
    not funding or too small set aside, the others drafts with their role, area, period and payer.  Returns the
    sentence's drafts in order; :func:`_pieces_within_the_sentence` then relates them to each other."""
    number, sentence, starts, raw, found, periods = s.number, s.sentence, s.starts, s.raw, s.found, s.periods
    impossible, funders, release_negated = s.impossible, s.funders, s.release_negated
    sentence_before, para_before = s.sentence_before, s.para_before
    terms = _payer_terms(rel, terms, facts, number, sentence)  # ("I have set aside £X": a commissioner's words only)
    here: list[_Draft] = []
    for k, (start, end, amount) in enumerate(found):
        if _REFUSED.search(sentence[start:]) and _REFUSED.search(sentence[start:]).start() < 60:
            continue  # "Hampshire's bid, for £210,000, was turned down": money nobody received
        if _first(terms.get("not_funding", ()), (sentence[:start] + "AMOUNT" + sentence[end:])[max(0, start - 60) : start + 6 + 40]):
            continue  # a fine, a ticket's price, the unit figures are rounded to: no one's funding
        if 0 < amount.pence < _SMALLEST_AWARD_PENCE and not _GRANT_OF.search(sentence[max(0, start - 40) : start]) \
                and not _A_NAMED_GIFT.match(sentence, end):
            continue  # "a course, which costs £250", "£40 a session": a price, not an area's funding
            # (but a named body's gift is money given, however small: "That includes a £500 gift from Combs Ford
            # Bowls Club", README "Appeals")
        if _list_threshold(sentence, start, end):
            continue  # "This register lists grants … that are worth £25,000 or more": which grants a list includes
        if _CEILING_OF_MANY.search(sentence[max(0, start - 40) : start]):
            continue  # "The Community Fund is open to groups for amounts up to £5,000 a year", "bids of up to £10,000":
            # the most a scheme gives each of many, no sum awarded (not "a grant of up to £143,760", one award's cap)
        if _under_a_gift_heading(rel, number, raw):
            continue  # "What your gift does" over "- £1,200 trains a new group facilitator": a donation ask
        role, lo, hi, window, between, balance, other_area, shared_out = _role_of_figure(
            sentence, k, start, end, amount, found, funders, here, run.last_whole, sentence_before, para_before,
            facts.many_areas, number, terms,
        )
        if role == "part" and not here and _more_under_another_payers_heading(sentence, start, run, terms):
            role = "grant"  # ("## Ministry of Justice" then "A further £52,000 a year pays for an IDVA": that payer's)
        past_heading = role == "part" and not here and _past_its_headings_first_paragraph(rel, run, number, sentence, terms)
        # ("MINISTRY OF JUSTICE FUNDING" / "£195,000 … pays for X." / "" / "£40,000 pays for Y."): a sum of its own, whose
        # payer and years only its own clause gives (README, "Headings naming a funder", "Payer said once")
        more_money = role == "part" and not here and (past_heading or _more_money_after_a_whole(
            sentence, start, drafts, run.last_whole, amount.pence))
        if more_money:  # ("Bolton Council has given £38,500 … A further £24,000 has been set aside for interpreters"):
            role = "grant"  # a sum of its own, whose payer only its own clause or heading gives
        funder, own, role, clause_payer, councils_own, outside_payer, borrowed = _payer_of_figure(
            sentence, k, start, end, found, lo, hi, window, between, role, funders, here, run.last_whole,
            run.prev_sentence, sentence_before, terms, facts.release_funder, facts.own_release, facts.defined_funders,
            fund_whole=run.last_fund_whole,
        )
        funder_basis = "default" if borrowed else "clause"  # (a payer named for the figure, unless borrowed)
        if _SPENDING_FIELD.match(sentence[:start].rsplit("|", 1)[-1]):
            # (also the second of a row of fields set off by pipes: "Income: £82,400 | Spending: £79,100")
            # a monitoring return's field of spending or claims against the award ("2.7 Spend to date 2025-26: £61,204.18",
            # "Forecast outturn: £240,000"), as a row so headed in a table is (README, "Spending against a budget"):
            # context, the payer only its own label names
            role, councils_own, outside_payer = "context", False, False
            funder, funder_basis = ("", "clause") if borrowed else (funder, funder_basis)
        if role == "total" and not here and KINDS_TOGETHER_AFTER.match(sentence, end):
            funder, funder_basis = "", "clause"  # "£410,000 (grant and match funding together)": a sum across payers
        if number in facts.pledge_lines or facts.campaign and _FIRST_PERSON_PROMISE.search(
                sentence[_clause_of(sentence, start)[0] : start]) or _MANIFESTO_PLEDGE.search(
                sentence[max(lo, _clause_of(sentence, start)[0]) : start]) and not _A_NEW_SUBJECT_PLEDGES.search(
                sentence[max(lo, _clause_of(sentence, start)[0]) : start]):
            # (also an election pledge recalled in any text, "Her manifesto promised £90,000 a year for …": money
            # promised at an election, as a candidate's pledge is)
            # a candidate's pledge ("I will put £200,000 a year from the police budget into …", "£30,000 to train
            # call handlers" in the list under "What I will do"): money promised, no area's award, keeping only the
            # payer its own clause names (README "Funder of a context figure")
            role, councils_own, outside_payer = "context", False, False
            funder, funder_basis = ("", "clause") if borrowed else (funder, funder_basis)
        if (not funder or borrowed) and not outside_payer and role in ("part", "grant", "match_funding", "own_funding") \
                and _OF_MINE_AFTER.match(sentence, end):
            # "£95,000 of mine as match funding for the group course", "£40,000 a year of mine": the speaker's own
            # money, as "my own budget" is the commissioner's (a council or a charity says "ours" or "of our own")
            funder, funder_basis = "PCC", "clause"
        if not funder and not outside_payer and balance and role == "context":
            funder = _balances_grant_payer(sentence, lo, start, end, here, sentence_before, terms)
            funder_basis = "clause" if funder else funder_basis
        if not funder and not outside_payer and role not in ("context", "total"):
            restated, its_role = _payer_of_the_money_restated(sentence, start, amount, drafts)
            funder, funder_basis = (restated, "clause") if restated else (funder, funder_basis)
            # (the same money keeps what it was stated as: "The £36,000 a year is already in the budget" after the
            # council's £36,000 a year of match funding is still match funding)
            role = its_role if restated and role == "grant" and its_role in ("match_funding", "own_funding") else role
        passed_on = _passed_on_money_again(rel, sentence, start, amount, funder, drafts) \
            if role in ("part", "grant", "own_funding", "match_funding") else None
        if passed_on is not None:  # "The commissioner's £80,000 is paid in two halves" after "£80,000 from the
            role, funder, funder_basis = "grant", passed_on.funder, "clause"  # commissioner, out of Home Office money"
        elif funder == "PCC" and role in ("grant", "own_funding", "part") \
                and _COMMISSIONERS_SUM_BEFORE.search(sentence[max(0, start - 40) : start]):
            # "the commissioner's £214,000" after "£214,000 that the commissioner has given the service from his Home
            # Office grant": the possessive names who holds and passes on the money stated before, whose payer that
            # statement gave (README, "Payer said once"), not the commissioner's own budget
            same = {d.funder for d in drafts if d.amount.pence == amount.pence and d.role != "context" and d.funder}
            if len(same) == 1 and same <= {"Home Office", "Ministry of Justice"}:
                funder, funder_basis = same.pop(), "clause"
                role = "grant" if role == "own_funding" else role
        if passed_on is None and role == "part" and not here:
            again = _payers_added_money_again(sentence, start, amount, funder, drafts)
            if again is not None:  # "The council's £18,000 pays for a family worker": that money again, not a piece
                role, funder, funder_basis = again.role, again.funder, "clause"
            elif _a_holders_sum_placed_before(sentence, start, amount, drafts, run.last_whole):
                role = "grant"  # "The trust's £25,000 pays for …" after a funding table's "| Trust | £25,000 |" row:
                # that body's money named again, not a piece of the last sum stated (another body's)
                earlier = {x.funder for x in drafts if x.amount.pence == amount.pence and x.role != "context"}
                if not funder and len(earlier) == 1:
                    funder, funder_basis = next(iter(earlier)), "clause"
                outside_payer = outside_payer or not funder  # (a holder the text never named as a funder is not
                # lent the release's payer: "Payer said once" carries the payer its earlier statement had, none)
        # area
        clause = _clause_of(sentence, start)
        appositive = _APPOSITIVE_BEFORE.search(sentence[: clause[0]])
        if appositive:  # "Kent's commissioner, Daniel Ashworth-Pyne, is adding £60,000": the subject before the name
            clause = (appositive.start(), clause[1])
        c_areas = [a for a in _areas_in(sentence[clause[0] : clause[1]])
                   if not _only_compared_with(sentence, clause[0] + a[0], start)]
        s_areas = [a for a in _areas_in(sentence) if a[0] < hi and not _only_compared_with(sentence, a[0], start)]
        codes = list(dict.fromkeys(a[2] for a in c_areas))
        shared: tuple[str, ...] = ()
        if role != "context" and len(set(a[2] for a in s_areas)) >= 2 and role in ("grant", "total") and \
                re.search(r"\b(?:" + SHARING + r"|together)\b", sentence, re.I):
            code, basis, shared = "", "clause", tuple(sorted(set(a[2] for a in s_areas)))
            # a shared award: a total once its per-area parts are stated, else one grant to both
        elif not codes and not s_areas and role in ("grant", "total") and _SHARED_BY_THE_N.search(sentence) \
                and _areas_named_just_before(rel, number, sentence):
            # "BEDFORDSHIRE, CAMBRIDGESHIRE AND HERTFORDSHIRE" then "The three forces … will share £1,564,250": the
            # areas the heading or run-in just before names
            code, basis, shared = "", "clause", _areas_named_just_before(rel, number, sentence)
        elif not codes and not s_areas and role != "context" and (
                _BETWEEN_THEM.search(sentence) or _BOTH_COUNTIES.search(sentence)) and any(
                x.shared_by for x in drafts[-6:]):
            # "Between them, the two commissioners will add £150,000": the areas of the shared award before
            code, basis, shared = "", "clause", next(x.shared_by for x in reversed(drafts) if x.shared_by)
        elif not codes and not s_areas and _ALL_OF_A_NATION.search(sentence[max(lo, clause[0]) if k else 0 : hi]):
            code, basis = "", "none"  # "A separate £38,000 has been set aside for an all-Wales evaluation": money for
            # work across every area of the text, no one area's
        elif role == "context" or _NO_AREA.search(sentence[max(lo, clause[0]) if k else 0 : hi]) and not (
                (len(codes) == 1 or not codes and len({a[2] for a in s_areas}) == 1)  # (the one area its sentence
                # names is the region: "A scheme across North Wales … after the region's commissioner found £198,600")
                and _NO_AREA.search(sentence[max(lo, clause[0]) if k else 0 : hi]).group(0).lower()
                in ("in the region", "regional", "the region's")) or \
                (role == "total" and _SEVERAL_AREAS.search(sentence[start:hi])) or \
                (role == "total" and _COUNTED_AREAS.search(sentence[lo:start])) or \
                (role == "total" and _areas_between_them(sentence, start, end)) or \
                _for_several_areas_unnamed(role, codes, s_areas, sentence[start:hi]):
            code, basis = "", "none"
        elif len(codes) == 1:
            code, basis = codes[0], "possessive" if any(a[3] for a in c_areas) else "clause"
        elif len(set(a[2] for a in s_areas)) == 1:
            a0 = s_areas[0]
            code, basis = a0[2], "possessive" if any(a[3] for a in s_areas) else "clause"
        elif role != "context" and _one_area_before_a_later_clause(sentence, start, end, s_areas):
            # "Kent received the most, £1.2 million, and Surrey the least": the figure is the area named before it;
            # the areas named after it, past a clause break, are the next clause's
            code, basis = next(a[2] for a in s_areas if a[0] < start), "clause"
        elif run.section_area and role != "context":
            code, basis = run.section_area, "clause"  # the section heading above names the area
            run.by_section.add(code)
        elif run.line_areas.get(number) and len(run.line_areas[number]) == 1 and (facts.roundup or not rel.area):
            code, basis = next(iter(run.line_areas[number])), "clause"  # an earlier sentence of its paragraph
        elif facts.roundup and para_before and role != "context" and not _NO_AREA.search(sentence):
            code, basis = para_before, "release"  # a round-up: the one area its paragraph named before this sentence
        elif facts.roundup or not rel.area:
            code, basis = "", "none"
        elif facts.many_areas and role != "context" and not (facts.own_release and role in ("own_funding", "match_funding")):
            code, basis = (para_before, "release") if para_before else ("", "none")
        elif facts.two_areas and para_before and role != "context":
            # a piece comparing two areas, a paragraph about each ("West Yorkshire first. The Mayor's office has £X";
            # "North Yorkshire is a smaller force. … puts the county's award at £Y"): the area its paragraph named
            code, basis = para_before, "release"
        else:
            code, basis = rel.area, "release"
        # ("she pays £38,200 a year for a helpline, which the Home Office money does not cover": not the Home Office's)
        unnamed = role in ("grant", "total") and not c_areas and _unnamed_area_before(sentence, start)
        if unnamed:  # "One other Welsh force, which asked us not to name it, has been offered £400,000": no area
            code, basis = "", "none"
        if role == "grant" and not funder and (code or shared or unnamed or facts.no_area) \
                and not outside_payer and not release_negated and not more_money \
                and not re.search(
                r"\b(?:commissioner|mayor|PCC|PFCC|council)\b(?:['’]s)?(?:\s+\w+){0,3}\s+(?:has\s+|have\s+|had\s+)?"
                r"(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bwas\s)(?<!\bis\s)(?<!\bwere\s)(?<!\bare\s)(?<!\bbe\s)"
                r"(?:agreed|found|put|given|gave|allocated|committed|pledged|approved|set aside|earmarked|invested)\b",
                sentence[lo:start], re.I) \
                and not re.search(r"\b(?:extra|additional|separate)\s+$", sentence[max(lo, start - 12) : start], re.I) \
                and not _WORTH_OR_COST.search(sentence[max(lo, start - 100) : start]) \
                and not _CONTRACT_VALUE_FIELD.search(sentence[max(lo, start - 60) : start]) \
                and not _anothers_report_figure(sentence, start, end) \
                and not _cost_past_an_aside(sentence, max(lo, _clause_of(sentence, start)[0]), start) \
                and not _FOR_NEXT_YEAR.search(sentence[max(lo, _clause_of(sentence, start)[0]) : min(
                    hi, _clause_of(sentence, start)[1])]):
            # (nor money its own clause puts to next year's use, "£14,800 has been set aside for next year's
            # training": not the grant of the year the text reports on, whose payer the text does not say)
            # (the grantor its paragraph's lead names, else the release's)
            funder = run.para_funder or facts.release_funder  # ("an extra £75,000", "a separate £22,000": more money, whose is not said)  # (not when a commissioner or council is the one giving it: who pays is not said)
            # (lent by the release, unless its own clause names the grant: "the second year of the grant (£206,000)")
            funder_basis = "clause" if _THE_GRANT_NAMED.search(sentence[slice(*_clause_of(sentence, start))]) else "default"
        if run.section_funder and role not in ("context", "total") and not outside_payer \
                and not any(rel.line_text(n).strip() for n in range(run.section_funder_line + 1, number)) \
                and (not funder or funder_basis == "default" and funder == facts.release_funder):
            # "THE COMMISSIONER'S OWN BUDGET / £180,000 added to the grant": the payer its section heading names
            funder, funder_basis = run.section_funder, "clause"
            heading = rel.line_text(run.section_funder_line) or ""
            if funder == "PCC" and role == "grant":
                # ("COMMISSIONER'S OWN BUDGET" over "£40,000 a year … pays for a case manager": the commissioner's money,
                # not said to match or top up a grant, is her own funding; "COMMISSIONER'S MATCH FUNDING" her match)
                matched = _first(terms.get("match_funding", ()), heading) \
                    or re.search(r"\b(?:match(?:ed|ing)?|top-?ups?|added)\b", heading, re.I)
                role = "match_funding" if matched else "own_funding"
        after = [p for p in periods if start <= p[0] < hi and not _a_year_compared_with(sentence, p[0])]
        before = [p for p in periods if lo <= p[0] < start
                  and not (k and _PREDICATE_OF_THE_FIGURE_BEFORE.fullmatch(sentence[lo : p[0]]))]
        # ("£B in 2025-26, £T in all", "£A was paid in 2024/25 and £B is due this year": the year just after the
        # figure before, in its own predicate, is that figure's)
        elliptic = bool(here and here[-1].role == "match_funding" and _ELLIPSIS.search(between)
                        and not _NOT_ELLIPSIS.search(_ELLIPSIS.search(between).group(0))
                        and not _OWN_PREDICATE_AFTER.match(sentence, end))
        # (not a clause whose figure has a verb of its own after it: "…; the Commissioner's £70,000 pays Oak Women's
        # Aid to support partners" leaves out no verb, so it shares no year with the clause before)
        added = role == "match_funding" or role == "own_funding" and bool(
            _ADDED_TO.search(sentence[max(lo, _clause_of(sentence, start)[0]) : hi]))  # ("will add £150k of his own")
        if added and not elliptic and not _SAME_PERIOD.search(sentence[start:hi]):
            # money added to a grant: a year in its own clause, not the grant's before it ("… £187,400 … for
            # 2023-24, with a further £30,000 added from her own budget"); an elliptical clause ("X Council has
            # added £A in 2024-25, and Y Council £B") shares the year of the clause it leaves the verb to
            before = [p for p in before if p[0] >= _clause_of(sentence, start)[0]]
        grant_of_its_own = bool(outside_payer and k and not elliptic
                                and _A_GRANT_OF_ITS_OWN.search(sentence[_clause_of(sentence, start)[0] : start]))
        if grant_of_its_own:
            # "… £60,000 over 2023-24 and 2024-25, and by a grant of £12,000 from the Abbey Trust": a body off the
            # funder list giving a grant of its own, named in a clause of its own, takes no years from the clause
            # of the other payer's figure before it
            before = [p for p in before if p[0] >= _clause_of(sentence, start)[0]]
        national = role == "context" and not code and _NATIONAL_SUM_BEFORE.search(sentence[max(0, start - 60) : start]) \
            and not _SAME_PERIOD.search(sentence, start, hi)  # ("… over the same two years": the years before are its)
        if national:
            # "… falls in 2027-28 because the national pot shrank from £52m to £49m": a national fund's size takes
            # only the years of its own clause (README, "Period of a national fund")
            # (and the year of a fronted adverbial opening the sentence, "In 2025-26, the national fund is worth £36m",
            # which dates the whole sentence)
            before = [p for p in before if p[0] >= _clause_of(sentence, start)[0] or _fronted_year(sentence, p)]
        after = _own_clause_after(sentence, end, after, before)
        period = (after[0] if after else before[-1])[2:] if (after or before) else None
        period_basis = "clause" if period else ""
        paid_on = _PAID_ON_DATE.match(sentence, end)
        paid_on = paid_on if paid_on and _month_at(paid_on, "p_") else None  # ("on 31/13/2025" is no date)
        if paid_on and not [p for p in after if p[0] < end + paid_on.end()] and (paid_on.group("paid") or re.search(
                r"\b(?:instalments?|installments?|payments?|tranches?)\b", sentence, re.I)):
            # "two instalments: £170,000 in April 2025 and £190,000 in April 2026": the date a sum is paid on gives
            # the financial year it falls in
            period, period_basis = (_fy_text(_fy_of(paid_on)),) * 2, "clause"
        if period is None and _year_of_the_payment_before(sentence, start):  # "the payment on 14/11/2024 … as £X"
            period, period_basis = _year_of_the_payment_before(sentence, start), "clause"
        if period is None and periods and not national and not grant_of_its_own \
                and (len(found) == 1 or len({p[2:] for p in periods}) == 1) and (
                not added or periods[0][0] < found[0][0]
                and not _AWARDS_OWN_YEARS_BEFORE.search(sentence, 0, periods[0][0])) \
                and not _years_of_a_comparison(sentence, periods, found, k) \
                and not _years_only_in_a_later_figures_clause(sentence, periods, found, k) \
                and not _counts_other_years(_years_counted(sentence[start:hi]), periods[0][2:]):
            # "In 2023-24 we spent £A: £B from … and £C from …"; money added to a grant takes a year from
            # elsewhere in its sentence only when the sentence opens with it ("a grant of £X for 2024-25, with
            # £Y of match funding": the match funding's own clause gives none)
            period, period_basis = periods[0][2:], "sentence"
        if period is None and added and not elliptic:
            period = _year_closing_its_clause(sentence, start, periods)
            period_basis = "clause" if period else period_basis
        semi = sentence.rfind(";", 0, start) + 1  # (a period stated before a semicolon is another clause's)
        same = _SAME_PERIOD.search(sentence[max(lo, semi, _clause_of(sentence, start)[0] if added or role == "context"
                                                else 0) if k else 0 : hi])
        if same is None and period is None:
            same = _same_period_after_its_elided_list(sentence, k, found)
        if same and k and _SAID_OF_THE_FIGURE_BEFORE.fullmatch(sentence[found[k - 1][1] : max(lo, semi, _clause_of(
                sentence, start)[0] if added or role == "context" else 0) + same.start()]) \
                and _NEW_PAYERS_CLAUSE.search(sentence[found[k - 1][1] : start]):
            # "who has given £54,000 over the same two years from the Ministry of Justice victims' grant, and by the
            # South Yorkshire Integrated Care Board, which provides £20,000 towards …": the span follows the figure
            # before, whose clause it is; the figure after, in another payer's clause, has only its own clause's years
            same = None
        # (nor a national fund: "… £2,184,000 across the two years, out of a national fund put at £52m" gives the
        # fund no years: README, "Period of a national fund")
        # (money added to a grant takes "over the same two years" only from its own clause, not the figure's before)
        if period is None and same and here and here[-1].period and not re.search(r"\byears\b", same.group(0), re.I):
            period, period_basis = here[-1].period, "same"  # "a grant of £X for 2023-24 and 2024-25, and … £Y over the same period"
        if period is None and same and re.search(r"\byears\b", same.group(0), re.I):
            # "over the (same) two years": the span of that many years stated before (the last one, else the
            # release's), never a single year stated since
            # (a national fund's "over the same two years" with its payer named: the years of that payer's sum for the
            # area, "the Home Office is spending £35m nationally over the same two years" after the Home Office grant
            # and a council's later sum over other years)
            # ("Sheaf Women's Aid's grant is matched by £31,000 … over the same two years": the years of the sum
            # stated before on a line naming that body, its row in the grants table, not the last span stated)
            owner = _NAMED_BODYS_AWARD.search(sentence, 0, start)
            owners_span = _span_of(same.group(0), [x.period for x in reversed(drafts) if x.period
                                                   and owner.group("who").strip() in (rel.line_text(x.line) or "")]) \
                if owner else None
            payers_span = owners_span or (_span_of(same.group(0), [x.period for x in reversed(drafts) if x.funder == funder
                                                    and x.role not in ("context", "part") and x.whole is None
                                                    and not x.table]) if role == "context" and funder else None)
            period = payers_span or _span_of(same.group(0), (run.last_span, facts.release_period, None
                                                             if run.last_period in run.earlier_spans else run.last_period)) \
                or _span_of(same.group(0), [p for sn, p in facts.spans_said if sn < number], only=True)
            period_basis = "same" if period else period_basis
        elif period is None and same and run.last_period is not None:
            period, period_basis = run.last_period, "same"  # "over the same period": the period stated before
        elif period is None and same:
            # no figure has stated one yet: the span a sentence before gave ("Funding has been agreed for April 2026 to
            # March 2028. The grant is £500,000. The commissioner adds £60,000 … over the same period"), else the release's
            period = next((p for sn, p in reversed(facts.spans_said) if sn < number), None) or facts.release_period
            period_basis = "same" if period else period_basis
        year_after = _year_after_the_one_before(sentence, lo, start, hi, here, periods) \
            if period is None or period_basis == "sentence" or period_basis == "clause" and not after else None
        if year_after:  # "£20,000 for 2025-26 and a further £30,000 in the year after that": the next year's money
            period, period_basis = year_after, "clause"
        years_after = _years_after_the_one_before(sentence, end, hi, here) if not year_after and (
            period is None or period_basis in ("sentence", "release", "whole")) else None
        if years_after:  # "£215,000 in the first year and £217,500 in each of the following two years"
            period, period_basis = years_after, "clause"
        award_span = _span_of_an_award_a_year_is_the_nth_of(sentence[lo:start])
        if award_span:  # "The grant for 2026/27 is the second year of a two-year award of £2,376,000": 2025-26 and 2026-27
            period, period_basis = award_span, "clause"
        that_year = _THAT_YEAR.search(sentence[max(lo, semi, _clause_of(sentence, start)[0]) : hi]) if period is None else None
        if that_year:  # the year of the figure before it in its sentence, else the last the sentence before names
            told = [p for p in find_periods(sentence_before)[0] if not _a_comparatives_year(sentence_before, p[0], p[1])]
            last_year = here[-1].period if here and here[-1].period else told[-1][2:] if told else None
            if last_year and last_year[0] == last_year[1]:
                period, period_basis = last_year, "same"  # "The budget in 2025-26 is £582,500. The grant for the year is …"
        over_n = _OVER_N_YEARS.search(sentence[max(lo, semi) if k else 0 : hi]) if period is None else None
        if over_n:  # "£512,000 over two years" after the release has stated a span of that many years
            period = _span_of(over_n.group(0), (facts.release_period,)) \
                or _span_of(over_n.group(0), [p for sn, p in facts.spans_said if sn < number], only=True)
            period_basis = "same" if period else period_basis
        listed_role = ""
        if run.list_whole is not None and not other_area and role in ("match_funding", "own_funding") \
                and run.list_whole.role == "grant" and run.list_whole.funder and run.list_whole.funder_basis == "default" \
                and run.list_whole.funder != funder and run.list_whole.code and not here:
            # a sum whose payer the release only lent it, listed as pieces of several payers ("The planned budget is
            # £1,207,300, set out as follows:" in a paper about Home Office money, then "- Police and Crime
            # Commissioner's own budget: £233,700"): a total across funders, as below, once the list is known to add up
            # to it (else put back: _lent_totals_whose_list_does_not_add_up)
            run.list_whole.lent_funder = run.list_whole.funder
            run.list_whole.role, run.list_whole.across = "total", True
            listed_role = role
        if run.list_whole is not None and not other_area and role in ("match_funding", "own_funding") \
                and run.list_whole.role == "grant" and not run.list_whole.funder and run.list_whole.code and not here:
            # "The Commissioner has committed £594,750 …, made up as follows:" then a piece from her own budget and
            # others from the Home Office grant: a sum naming no funder, listed as pieces of several, is a total
            run.list_whole.role, run.list_whole.across = "total", True
        if run.list_whole is not None and not other_area and (role == "grant" or role in ("match_funding", "own_funding")
                                                          and run.list_whole.role == "total") \
                and not _COMPARED_OR_EQUIVALENT.search(sentence[max(0, start - 40) : start]):
            role = "part"  # (the pieces listed under a total across funders are parts whoever pays them)
            # (not a sum the sentence compares the listed one with, nor the listed sum put another way: "This
            # compares with £371,000 a year under the present contract", "the new budget works out at about
            # £402,000 a year")
        if period is None and facts.defined_periods:  # "over the Funding Period", defined before as a span
            used = [p for term, p in facts.defined_periods.items()
                    if re.search(rf"\bthe {re.escape(term)}\b", sentence[max(lo, semi) if k else 0 : hi], re.I)]
            period = used[0] if len(set(used)) == 1 else None
            period_basis = "same" if period else period_basis
        # "next financial year", "the next two financial years": years counted only from the publication date, which
        # gives no period (README, period_start: "never guessed from the publication date"; like "This year"), so
        # the figure keeps none and is not lent the release's span either (``_Draft.relative_year``, read by _lend_period)
        relative = _RELATIVE_YEAR.search(sentence[max(lo, _clause_of(sentence, start)[0]) : hi]) \
            if period is None or period_basis in ("sentence", "clause") and not after else None
        if relative and period is not None and period[0] != period[1] and not relative.group("n"):
            # "£640,000 … for 2024-26, … and £110,000 from the council this financial year": one year, so not the
            # span another clause of its sentence gives; a year restated elsewhere may still date it
            period, period_basis = None, ""
        nth = _NTH_YEAR_NAMED_AFTER.match(sentence, end) \
            or _NTH_YEAR.search(sentence[max(lo, start - 25) : start]) or _NTH_YEAR_AFTER.match(sentence, end) \
            or not MONEY_TOKEN.search(sentence, lo, start) and _NTH_YEAR_OPENS.match(sentence[lo:start]) \
            or _NTH_YEARS_BEFORE.search(sentence[max(lo, start - 40) : start]) \
            or ("year" in sentence[end:hi] and _NTH_YEARS_SHARE.match(sentence, end, hi))
        whole_before = next((x for x in reversed(here) if x.role in ("grant", "total")), run.last_whole)
        span = (whole_before.period if whole_before is not None and whole_before.period else run.last_period or facts.release_period)
        if nth and span and span[0] != span[1] and role in ("grant", "part") and whole_before is not None \
                and (period in (None, span) or nth.re is _NTH_YEARS_SHARE
                     or nth.re in (_NTH_YEAR_AFTER, _NTH_YEAR_NAMED_AFTER) and (period_basis == "sentence" or (
                         period_basis == "clause" and here and not any(here[-1].start < p[0] < start for p in periods)))):
            # ("£140,000 is to be spent in 2025-26 and the balance of £160,000 in the second year", "In 2025-26 £160,000
            # will be drawn down and £170,000 will follow in the second year": the year its own words name after it,
            # not the year another clause, or the figure before it in its clause, is given)
            # ("is the first year's share; the same again follows in 2024-25": the year after is the next share's)
            first = int(span[0][:4]) + _ORDINAL.get(nth.group("n").lower(), 0) - 1
            if first <= int(span[1][:4]):  # "Year one costs £180,000 and year two £184,000": a per-year part
                period, period_basis = (_fy_text(first), _fy_text(first)), "clause"
                role = "part" if _spans_years(whole_before) and (
                    nth.re is not _NTH_YEARS_BEFORE or whole_before.funder in ("", funder)) else role
                # ("The Home Office confirmed the second year's £434,000", after the Ministry of Justice's £68,000 a
                # year: one year of the Home Office's span, not a piece of another payer's sum)
        elif nth and nth.re is _NTH_YEAR_AFTER and (whole_before is None or whole_before.line < number and not (
                span and span[0] != span[1])) \
                and period_basis in ("clause", "sentence") \
                and period and period[0] != period[1]:
            period = _nth_year_of_its_own_span(period, nth.group("n"))  # "covers 2024-26 …, rising to £X in the second year"
        if years_after and here and here[-1].role == "part" and here[-1].whole is not None \
                and here[-1].whole is whole_before and _spans_years(whole_before) and role == "grant" \
                and whole_before.period and whole_before.period[0] <= years_after[0] and years_after[1] <= whole_before.period[1]:
            role = "part"  # "paid as £215,000 in the first year and £217,500 in each of the following two years": the
            # later years' shares of the same sum as the first year's
        # (money added "to this" grant has the period its own clause gives, not the grant's: the corpus's
        # adjudicated convention)
        # "… £512,300 over the two years. That works out at £256,150 in each year.": the sum just stated
        back_whole = not here and run.last_whole is not None and run.last_whole.line >= number - 2 and not other_area \
            and bool(re.match(r"\W*(?:that|this|it|which)\b", sentence, re.I)) and not _RESOLUTION.match(sentence) \
            and not re.match(r"\W*(?:it|this|that)\s+(?:costs?|will cost|would cost)\s+$", sentence[:start], re.I)
        # ("Hollesley Line … takes calls. It costs £18,000 a year, met from the Commissioner's budget": the service the
        # sentence before names costs that yearly rate; it is no year's share of the sum stated before)
        per_year = bool(_PER_YEAR.match(sentence, end)) and (bool(here) or back_whole) and (
            role != "part" or (here[-1].whole is None or _a_share_over_years(here[-1]) if here else True) and (
                period is None or _span_of_the_years_said(sentence, end, period, here)))  # ("profiled as £30,000 in each year")
        if per_year and here and (outside_payer or own and funder and here[-1].funder and funder != here[-1].funder):
            per_year = False  # "… £50,000 from her own budget, and Swindon Borough Council is adding £12,500 a year":
            # another funder's yearly sum is no share of the figure before it
        if per_year and here and _own_payer_after_a_semicolon(sentence, here[-1].start, start, terms):
            per_year = False  # "X Council has confirmed £96,000 over 2026-28; Y Council gives £42,000 a year": a rate
            # whose own clause, after a semicolon, names its payer is that payer's, not a year's share of the sum before
        if here and here[-1].role in ("grant", "match_funding", "own_funding") and here[-1].whole is None and \
                not clause_payer and _first(terms.get("two_accounts", ()), sentence[here[-1].start + len(here[-1].amount.text) : start]):
            # "is adding £12,000, but its budget report lists £10,500": another account of the same money
            role, funder, period = here[-1].role, here[-1].funder, here[-1].period
            funder_basis = "default"
            period_basis = here[-1].period_basis
        if per_year and not here and (outside_payer or own and funder and run.last_whole.funder
                                      and funder != run.last_whole.funder or re.search(
                                          r"\b(?:alongside|on top of|in addition to|as well as|besides)\s+$",
                                          sentence[max(0, start - 20) : start], re.I)):
            per_year = False  # "This grant sits alongside £30,000 a year from the commissioner's own budget":
            # another funder's yearly sum is no share of the sum before it
        if per_year and here and re.search(r"\bseparately\b|\bin addition\b|\bas well\b",
                                           sentence[here[-1].start + len(here[-1].amount.text) : start], re.I):
            per_year = False  # "adds £55,000 of match funding, and pays separately for … at £62,300 a year": other
            # money at its own yearly rate, no year's share of the sum before; paid separately, it is added to nothing
            # (a grant), by the payer of the sum before, the subject both verbs share, unless its own clause names one
            role = "grant" if role in ("part", "match_funding") else role
            if not funder and not outside_payer:
                funder, funder_basis = here[-1].funder, "clause"
        if per_year and here and getattr(here[-1], "yearly", False):
            per_year = False  # "had added £30,000 a year, though its budget papers show £25,000 a year": a yearly
            # rate after another is a second statement of the rate, not one year's share of it: the same money
            role, funder, funder_basis = here[-1].role, here[-1].funder, "default"
        if per_year and role == "context" and _SAVINGS_OF.search(sentence[max(0, start - 160) : start]):
            per_year = False  # "Savings of £12,000 in 2025/26 and £18,000 in each of 2026/27 and 2027/28": each year's
            # saving, once a year (README, "Yearly rates"), no share of the saving before it
        if per_year and role == "context" and here and here[-1].role == "context" and not _in_each_of_the_years(
                sentence, start, end) and _PER_YEAR.match(sentence, end) and _rate_names_no_years(sentence, start, end):
            per_year = False  # "£132 million into it nationally, or roughly £44 million a year": a national fund's size
            period, period_basis = None, ""  # given again as a yearly rate naming no years is one context fact with
            # period null, no share of each year (README, "Period of a national fund")
            if not funder and not outside_payer:
                funder, funder_basis = here[-1].funder, "clause"  # (the same money again: the payer of the fund)
        if per_year and not here:
            role = "part"
        elif per_year:
            # (not an award's the text calls the current or previous one: "It follows the current award of £612,500,
            # which runs for 2024-25 and 2025-26" after the new award's span, then "I am adding £150,000 …, £75,000 in
            # each of the two years": the new award's years)
            last = run.last_span if run.last_period in run.earlier_spans else run.last_period
            if here[-1].period is None and last is not None and last[0] != last[1]:
                here[-1].period = last  # "topping this up with £60,000": over the span just stated
                here[-1].period_basis = "same"
            role = "part"  # "£60,000 of match funding, £30,000 in each year": one year's share, once per year
        if amount.qualifier in ("exact", "rounded"):  # "£120,000 at most", "£50,000 or more": a bound after the figure
            bound = next((q for p, q in QUALIFIERS_AFTER if p.match(sentence, end)), "")
            if bound:
                amount = replace(amount, qualifier=bound)
        earlier_figure = bool(_EARLIER_FIGURE.search(sentence[max(lo, start - 30) : start]))
        if earlier_figure and here and re.search(r"\b(?:up|down|rising|falling)\s+from\s+$", sentence[lo:start], re.I):
            # "… worth £38.5m in 2025-26, up from £36.3m this year": the same money's earlier figure, with the
            # figure before's funder and only the year its own words give
            period = after[0][2:] if after else _year_before_the_one_before(sentence, start, end, here)
            # ("£410,000 for 2025-26, up from £380,000 the year before": the year before the figure before's)
            period_basis = "clause" if period else ""
            funder, funder_basis = (funder, funder_basis) if funder else (here[-1].funder, "default")
        if here and _AGAINST.search(sentence[max(lo, start - 20) : start]) and _BEFORE_THEN.match(sentence, end):
            # "£180,000 of my own budget in each of 2026-27 and 2027-28, against £95,000 a year before": the same
            # money's earlier level, set against the figure before: that figure's role and payer, and no year
            role, funder, funder_basis = here[-1].role, here[-1].funder, "default"
            period, period_basis, earlier_figure = None, "", True
        if not funder and not outside_payer and here and here[-1].funder and _new_level_of_a_change(sentence, found, k):
            # "the national fund is forecast to fall from £45m in 2025-26 to about £38m in 2026-27": one money's two
            # sizes, the later one its payer's too (only the year its own words give)
            funder, funder_basis = here[-1].funder, "default"
        if balance and role == "context":
            period = None  # (the date of a balance is no funding period)
        earlier_figure = earlier_figure or (period is None and bool(_PAST_TIME.search(
            sentence[max(lo, _clause_of(sentence, start)[0]) if k else 0 : hi]))
            and not _new_level_of_a_change(sentence, found, k))  # "Last year the county received £X" (not the new size
        # in "falls from £7.6m in the last round to £7.46m": the past is the figure before's)
        # a correction note ("Correction: an earlier version … said £385,000. The correct figure is £358,400"): its
        # figures restate others, and their year is only what their own clause gives
        earlier_figure = earlier_figure or (period is None and bool(_CORRECTION_NOTE.match(raw)))
        if role == "total" and _TOGETHER_WITH.search(sentence[max(0, start - 80) : start]):
            funder = ""  # "Together with the council's money, £431,220 will be spent": a sum across funders
        if role in ("grant", "own_funding", "match_funding", "total") and _PUT_TOGETHER_AFTER.match(sentence, end):
            # "the total for next year is £640,000 once her own money and the grant are put together", "… £640,000
            # when the council's share and the grant are added together": the figure sums the payers named after it
            role, funder, own = "total", "", False
        if not funder and facts.council_issuer and role in ("grant", "match_funding", "own_funding") \
                and (_first(terms.get("council_budget", ()), sentence[max(lo, _clause_of(sentence, start)[0]) : hi])
                     or _COUNCIL_RESERVE.search(sentence[max(lo, _clause_of(sentence, start)[0]) : hi])):
            # a council's own report: money "from the Early Help budget" is the council's (never own funding)
            funder, role, funder_basis = "local authority", "grant" if role == "own_funding" else role, "clause"
        if facts.council_issuer and role in ("grant", "match_funding", "own_funding", "total") \
                and _OUR_OWN_BEFORE.search(sentence[max(lo, start - 20) : start]):
            # a council's own report: "Our £64,000 is split equally" is the council's money (never own funding)
            funder, role, funder_basis = "local authority", "grant" if role == "own_funding" else role, "clause"
        if national and role == "context" and funder_basis == "default" and period is None:
            funder = ""  # (an undated national size takes no payer from another clause: "Funder of a context figure")
        d = _Draft(_line_at(starts, start), start, as_stated(amount), role, funder, code, basis, period, shared_by=shared,
                   per_year=per_year, bad_year=bool(impossible) or (earlier_figure and period is None),
                   funder_basis=funder_basis)
        d.listed_role = listed_role  # (its own role, had the list it is an item of not been a lent total's)
        d.period_basis = period_basis if period else ""
        if per_year and here and funder and not here[-1].funder \
                and here[-1].whole is None and not outside_payer \
                and any(f[2] == funder and f[0] > end and _by_or_from_before(sentence[end : f[0]])
                        and not MONEY_TOKEN.search(sentence, end, f[0]) for f in funders):
            # "The contract is worth £418,800 over three years, £139,600 in each year, and is paid from the Home Office
            # grant": the payer named after the sum's yearly split pays the sum itself, the same money
            here[-1].funder, here[-1].funder_basis = funder, "clause"
        if award_span and here and here[-1].whole is None and here[-1].role == "grant" and here[-1].period \
                and here[-1].period[0] == here[-1].period[1] and award_span[0] <= here[-1].period[0] <= award_span[1] \
                and here[-1].amount.pence < amount.pence and (not funder or here[-1].funder in ("", funder)) \
                and not per_year:
            # "£455,600 … in 2025-26, the first year of a two-year award of £903,200": that year's money is a piece
            # of the award its sentence goes on to state (README: part, a per-year split)
            here[-1].role, here[-1].whole, here[-1].part_of = "part", d, d.line
        d.relative_year = bool(relative)  # ("£40,000 for this financial year": no period lent from elsewhere)
        d.span_from_now = bool(relative and relative.group("n2"))  # ("over the next two years": no years named)
        d.each_year_after = bool(years_after)  # ("£217,500 in each of the following two years": once a year)
        d.balance = balance and role == "context"
        d.shared_out = shared_out and role == "total"
        d.fund_said = sentence_before if d.shared_out else ""  # (the sentence before: "… its fund for the two years …")
        d.unnamed = unnamed
        # a cost whose payer the text does not give ("The evaluation will cost £19,800", "The advocates' posts cost
        # £64,000"): not money the release says its payer gives for its years (README, "Payer said once"): its years
        # are only those its own clause gives
        d.a_cost = role == "grant" and not funder and not code == "" and bool(
            _WORTH_OR_COST.search(sentence[max(lo, _clause_of(sentence, start)[0], start - 100) : start])
            or _cost_past_an_aside(sentence, max(lo, _clause_of(sentence, start)[0]), start))
        # (a subject whose aside comes between it and its verb: "The contract, awarded to X after a tender, is worth
        # £118,000": the clause of the figure is the predicate only, its subject before the aside)
        # (a contract's value, "The contract value for the first term is £X", whose payer the text leaves unsaid)
        d.unpaid_value = role == "grant" and not funder and (d.a_cost or bool(
            _CONTRACT_VALUE_FIELD.search(sentence[max(lo, start - 60) : start])))
        d.councils_own = councils_own  # (its own money: not lent the release's period, as own funding is not)
        d.next_year = role == "grant" and d.period is None and bool(_FOR_NEXT_YEAR.search(
            sentence[max(lo, _clause_of(sentence, start)[0]) : min(hi, _clause_of(sentence, start)[1])]))
        # ("£14,800 has been set aside for next year's training": a year after the text's, which it does not name)
        # another scheme's money, or money its sentence calls separate ("A separate £22,000 pays for training",
        # "Separately, the council pays £30,000 …"): not the release's period, only its own clause's
        # ("In addition, £15,000 will go to X for partner support": money paid out besides the award, not lent its
        # payer; "In addition, Greater Manchester will receive £250,000 …" in a round-up is the round's money)
        besides = bool(_BESIDES_OPENER.match(sentence) and _PAID_OUT_AFTER.match(sentence, end))
        # ("Gwent has also found £15,000 for training": money an area found for itself, its payer and years unsaid)
        found_by_area = role == "grant" and bool(_AN_AREA_FOUND.search(sentence[max(lo, start - 80) : start])) \
            and any(a[2] == code for a in _areas_in(_AN_AREA_FOUND.search(sentence[max(lo, start - 80) : start]).group("who")))
        d.separate = _SEPARATE_SCHEME.search(sentence) is not None or _SAID_SEPARATE.search(sentence) is not None \
            or _OUTSIDE_THE_CONTRACT.search(sentence) is not None and not _OF_A_NAMED_SUM.search(sentence) \
            or besides or found_by_area or more_money and d.period is None \
            or grant_of_its_own and d.period is None  # (a body off the list's grant of its own, its years unsaid)
        # (nor "A further £12,500 has been set aside for
        # interpreters" after a whole: more money of its own, its years not said; README, "Payer said once")
        if d.separate and d.role == "grant" and d.funder_basis == "default" and (
                _SAID_SEPARATE.search(sentence[lo:hi]) or besides or found_by_area):
            d.funder, d.funder_basis = "", ""  # "Separately, £22,000 will fund training": not the award's payer lent
            # (README, "Payer said once": a separate sum keeps funder null unless its own clause names a payer)
        # a grant-maker's own award ("The Derwent Valley Trust has given X £30,000"), no funder of the list paying it:
        # its sentence gives its years or none (README: null when the release does not give that money one)
        d.grant_makers = not funder and _OTHER_PAYER.search(sentence) is not None
        d.noun = _noun_of(sentence, max(lo, _clause_of(sentence, start)[0]), start, end)
        d.same = bool(re.search(r"\bthe same\s*$", sentence[max(lo, start - 12) : start], re.I))
        # "£120,000 a year for three years from April 2024" with no whole stated: one fact for each year
        d.yearly = not per_year and (bool(_PER_YEAR.match(sentence, end)) or bool(_EACH_OF_YEARS.search(
            sentence, end, min(hi, _clause_of(sentence, start)[1]))) or _yearly_respectively(sentence, end)) \
            and role in ("grant", "match_funding", "own_funding")
        # ("adds £85,000 from the police fund to the grant in each of the two years": later in its own clause)
        if role == "part" and not here and _NOT_PART.search(sentence):
            role = d.role = "grant"  # "… has given us £48,500; it does not come from the commissioners' money"
        pot = _pot_funder(rel, number, _OF_FUNDERS_SUM_AFTER.match(sentence, end), terms) \
            if role == "part" and not here and run.last_whole is not None else ""
        if pot and pot != run.last_whole.funder and not any(
                x.whole is None and x.role in ("grant", "total") and x.funder == pot for x in drafts):
            # "… each commissioner holds Ministry of Justice victims' money …" then "£58,500 of that victims' funding
            # goes to …": a piece of a pot named before with its funder and no sum, not of the last sum stated
            role = d.role = "grant"
            d.funder, d.funder_basis = pot, "clause"
        if role == "part" and not here and amount.pence >= _NATIONAL_PENCE and (run.list_whole or run.last_whole) \
                is not None and (run.list_whole or run.last_whole).amount.pence < amount.pence:
            # "a further year of that funding, about £32 million nationally": a national sum said of the money a local
            # figure above comes from is no piece of that smaller figure, but the fund it is drawn from (context)
            role = d.role = "context"
            if not c_areas:
                d.code, d.basis = "", "none"  # (no area's: the nation's fund, as a national figure is)
        if role == "part":
            whole = here[-1] if here else (run.list_whole or run.last_whole)
            remainder_of = None
            of_noun = _OF_THE_NOUN.match(sentence, end)
            if of_noun and not here:  # "£18,700 of the grant": the amount introduced as a grant, not the last one
                named = [x for x in drafts if x.whole is None and x.role in ("grant", "total", "own_funding")
                         and getattr(x, "noun", "") == of_noun.group("noun").lower()]
                # (also the commissioner's own money introduced as a grant: "The Commissioner shall pay the provider a
                # grant of £160,000" then "No more than £12,000 of the Grant …": that grant, not a grant named since)
                if not named and of_noun.group("noun").lower() == "grant":
                    # ("… £21,000 of the grant" after "£348,900 by the Home Office" and "£423,900 in all": the grant,
                    # not the total across funders stated since)
                    named = [x for x in drafts if x.whole is None and x.role == "grant" and x.code == d.code]
                    named = _the_grant_named_in_prose(rel, named)
                whole = named[-1] if named else whole
                if _AS_CHANGED.match(sentence, of_noun.end()):
                    # "no more than £37,140 of the grant, as varied, may be spent on …": the grant's new figure, the
                    # one a change stated it goes to ("from £684,200 to £742,800"), not the change restated since
                    changed = [x for x in drafts if x.whole is None and x.role in ("grant", "total")
                               and x.code == d.code and _end_of_a_change(rel, x)]
                    whole = changed[-1] if changed else whole
            pieces_before = [x for x in drafts if x.whole is not None and x.code == (whole.code if whole else x.code)]
            if not here and pieces_before and _REMAINDER_BEFORE.search(sentence[max(lo, start - 30) : start]) \
                    and not _MONEY_NOUN_AFTER.match(sentence, end):
                # "Of the Home Office money, £388,400 goes to … The remaining £224,400 …": what the last piece
                # leaves of its whole, even past a figure restated since ("no figure above £214,000 was agreed … the
                # other £27,000 was always for stalking work")
                whole = pieces_before[-1].whole
                remainder_of = whole  # (its whole exactly, also when that is itself a year's piece of an award)
            elif not here and run.list_whole is None and of_noun is None:
                whole = _division_continued(drafts, d, whole, sentence_before) or whole
            dated = _whole_of_the_year_named(sentence[max(lo, start - 60) : start], drafts, d.code,
                                             facts.release_period) if not here else None
            whole = dated or whole  # ("Of the 2026-27 grant, up to £24,000 …" after last year's grant: this year's)
            that_year = dated if dated is not None and dated.role == "part" else None  # (a year's piece named: its own)
            if not here and not dated and _OF_THAT_YEARS_SUM.search(sentence[max(lo, start - 60) : start]):
                # "…, of which £604,000 falls in 2025/26. Of that year's money, £218,400 pays for …": the one year's
                # sum just stated (itself a piece of a span's award), not the award it was taken from
                yearly = [x for x in drafts if not x.table and x.period and x.period[0] == x.period[1]
                          and x.role in ("grant", "part", "total") and x.code == d.code]
                whole = that_year = yearly[-1] if yearly else whole
            if not here and not dated and whole is not None and whole.bad_year and _OF_THIS_YEARS_SUM.search(
                    sentence[max(lo, start - 60) : start] + " AMOUNT " + sentence[end : end + 40]):
                # "Of this year's money, £95,000 …" after last year's grant was recalled: the sum of the year the
                # text is about, the last stated before that is no earlier year's figure
                current = [x for x in drafts if x.whole is None and x.role in ("grant", "total") and not x.bad_year
                           and x.code == d.code]
                whole = current[-1] if current else whole
            of_funder = _OF_FUNDERS_MONEY.search(sentence[max(lo, start - 60) : start])
            paid_by = _first(terms.get("funder", ()), of_funder.group("what")) if of_funder and not here else ""
            of_after = _OF_FUNDERS_SUM_AFTER.match(sentence, end)
            if of_after and not here and not paid_by:  # "£38,000 of the Home Office grant has gone to …"
                paid_by = _first(terms.get("funder", ()), of_after.group("what"))
            includer = _FUNDERS_SUM_INCLUDES.search(sentence[max(lo, start - 80) : start]) if not here else None
            if includer and not paid_by:  # "The Home Office grant includes up to £34,000 …": that funder's sum
                paid_by = _first(terms.get("funder", ()), includer.group("what"))
            opener = _FUNDERS_MONEY_OPENS.match(sentence[:start]) if not here else None
            if opener and not paid_by:  # "The Home Office money comes in two equal instalments of £565,000"
                paid_by = _first(terms.get("funder", ()), opener.group("what"))
            if paid_by:  # "Of the Home Office money, £388,400 …": that funder's sum, not a total stated since
                named = _funders_sums(drafts, paid_by)
                noun = (of_after or includer or opener or of_funder or _NO_MATCH).group(0).lower()
                called = [x for x in named if getattr(x, "noun", "") and getattr(x, "noun", "") in noun]
                # ("£52,000 of the Home Office grant": the sum called a grant, not a year's instalment stated since)
                whole = called[-1] if called else named[-1] if named else whole
                row = _funders_row_of_the_year(drafts, paid_by, d, called[-1] if called else named[-1] if named else None)
                whole = row or whole
                d.of_a_row = row is not None
            else:
                row = None
            # (a funder's piece of a sum across funders, named as that funder's money: not climbed past to the sum)
            funders_piece = bool(paid_by) and whole is not None and whole.role == "part" and whole.funder == paid_by
            kept = _piece_of_a_piece_before(sentence, lo, start, end, here)
            whole = kept or whole
            while kept is None and row is None and not funders_piece and whole is not None and whole.role == "part" \
                    and whole.whole is not None and whole is not remainder_of and whole is not that_year:
                if getattr(whole, "of_a_row", False):
                    whole = whole.whole  # ("…, and £15,000 of it for partner support": the same year's row)
                    break
                whole = whole.whole
            if _OF_THE_YEARS_SUM.match(sentence, end):
                years_own = [x for x in drafts if x.whole is whole and x.period and x.period[0] == x.period[1]
                             and not x.table]
                whole = years_own[0] if len(years_own) == 1 else whole  # "£318,400 of the year's grant" after "£455,600
                # in 2025-26, the first year of a two-year award of £903,200": the one year's money stated
            d.whole, d.part_of = whole, whole.line
            if not (d.funder and (own or d.funder != facts.release_funder)):
                # (a piece an outside body pays, "£72,000 from NHS … ICB", is no funder's of the list)
                d.funder, d.funder_basis = ("", "clause") if outside_payer else (whole.funder, "whole")
            if (not d.code or d.basis == "release" and (whole.code or whole.shared_by)) and not d.shared_by:
                d.code, d.basis = whole.code, whole.basis  # a part is its whole's area, not the release's
            if whole.shared_by and c_areas:
                d.code, d.basis = c_areas[0][2], "clause"
            if whole.balance:  # "…, of which £21,725 was restricted": a piece of a balance, no one's award
                d.code, d.basis, d.funder, d.period = "", "none", "", None
        if role == "grant" and not own and any(x.role == "total" and x.amount.pence == d.amount.pence and x.code == d.code
                                               and not (x.funder and _GRANT_OF.search(sentence[max(lo, start - 60) : start]))
                                               for x in drafts):
            # (not a figure its own noun calls a grant restating one payer's total: "The second-year grant of £206,000
            # is unchanged" after a Home Office column's TOTAL; "the allocation of £1,430,000" across payers is a total)
            x = next(x for x in drafts if x.role == "total" and x.amount.pence == d.amount.pence)
            sole = _sole_payers_piece(x, drafts)
            if sole is not None and not funders:
                # (a total all of which is one payer's piece, its other pieces £0, "| Wiltshire | 388,900 | 0 |
                # 388,900 |" under "Home Office | Other local funding | Total": the sum named again is that payer's)
                d.funder, d.funder_basis = sole.funder, "default"
            else:
                d.role, d.funder = "total", x.funder  # the total stated again
                d.funder_basis = "default"
        if role == "grant" and re.search(r"(?:\bthe|['’]s|\bhis|\bher|\bits|\btheir)\s+$", sentence[max(lo, start - 20) : start]):
            # "The council's £60,000 will be profiled …": an amount stated before, named again with its article
            again = next((x for x in drafts if x.amount.pence == d.amount.pence and x.code == d.code and x.whole is None
                          and x.role in ("match_funding", "own_funding")), None)
            if again is not None and (not own or not again.funder or again.funder in {f[2] for f in own}):
                unnamed = not d.funder
                d.role, d.funder = again.role, again.funder or d.funder
                if re.search(r"\b(?:each|every|a|per) year\b|\beach of (?:the|those|these)\b", sentence[end:], re.I):
                    d.period = d.period or again.period
                # (its period only its own clause gives, README "Restated figures": "The council's £60,000 will be
                # profiled as £30,000 in each year" is for the years it is split over, "Of the council's £42,000, £12,000
                # goes to …" has none)
                d.funder_basis = "default" if unnamed and d.funder else d.funder_basis  # (its payer: the sum's before)
        d.restated = role == "grant" and d.period is None and not _THE_YEAR.search(sentence) \
            and not _RELATIVE_YEAR.search(sentence) and _names_a_stated_grant(d, drafts, sentence[max(lo, start - 20) : start])
        # ("the grant letter for the year gives …; the trustees have recognised the £204,750": the year is named)
        if here and _NOT_THE_FIGURE_BEFORE.search(sentence[max(lo, start - 30) : start]) and any(
                x.amount.pence == d.amount.pence and x.code == d.code for x in drafts) \
                and d.role in ("grant", "own_funding", "match_funding", "total"):
            # "… gives the grant as £264,000, not the £246,000 in the return", "… the same line as £377,000 rather
            # than the £388,000 in the draft": the other account's figure, stated before, named again to
            # set the new one against it; which year it is for its words do not say (README, "Restated figures")
            d.period, d.period_basis, d.restated = None, "", True
        if not here and _SAME_ITEM.search(sentence[max(lo, start - 40) : start]):
            # "the budget report showed the same line as £289,400": another statement of a sum stated before (the
            # nearest in size, within a quarter), as whatever that sum is; its year the words do not give again
            again = min((x for x in drafts if x.role in ("grant", "total", "match_funding", "own_funding")
                         and x.whole is None and x.amount.pence != d.amount.pence and x.amount.pence
                         and _close_in_size(x, d)),
                        key=lambda x: abs(x.amount.pence - d.amount.pence), default=None)
            if again is not None:
                d.role, d.funder, d.code, d.basis = again.role, again.funder, again.code or d.code, again.basis
                d.funder_basis = "default"
                d.bad_year = d.bad_year or d.period is None  # (no year guessed for it)
        if role == "grant" and _SEPARATE.search(sentence[lo:hi]):
            earlier = [x for x in drafts + here if x.role == "grant" and x.code == d.code and x.amount != d.amount]
            d.award_number = 1 + len({x.amount.pence for x in earlier})
        here.append(d)
    return here


def _same_period_after_its_elided_list(sentence: str, k: int, found: list):
    """The "same period" words closing a list whose later items leave out the verb of the figure ``k`` and name only
    their payer ("X Council adds £A and Y Council £B for the same year"): they date every item of the list, as a year
    closing it does, not only the last. None when no such item follows the figure or no such words close the list."""
    j = k
    while j + 1 < len(found) and _ELLIPTIC_BODY.fullmatch(sentence[found[j][1] : found[j + 1][0]]):
        j += 1
    if j == k:
        return None
    stop = found[j + 1][0] if j + 1 < len(found) else len(sentence)
    clause_end = _clause_of(sentence, found[j][0])[1]
    return _SAME_PERIOD.search(sentence, found[j][1], min(stop, max(clause_end, found[j][1])))


#: the words between two figures where the second's verb is left out and only its payer is named, by a body's name
#: of several words ending in the kind of body: "… £25,000 and Blackburn with Darwen Borough Council £20,000"
_ELLIPTIC_BODY = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:(?-i:[A-Z])[\w'’&-]*\s+|(?:with|and|upon|on|of)\s+){1,6}"
                            r"(?:council|authority|commissioner|trust|board|partnership)\s+", re.I)


#: the verb saying the figure matches a grant, in the figure's own clause before it: "the grant is matched by £30,000
#: from the commissioner's own budget", "matched with £15,000 of her own money" (README: match_funding, not own_funding)
_MATCHED_BY = re.compile(r"\bmatched\s+(?:it\s+|this\s+|that\s+|the grant\s+)?(?:by|with)\s+(?:a further\s+|another\s+)?AMOUNT\b")


#: a recommendation or resolution, whose opening "That" introduces what a body decides, not the sum before: "2.2 That
#: Cabinet approves match funding of £26,000 in each of …", "That the Executive notes …"
_RESOLUTION = re.compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?that\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,4}"
                         r"(?:approves?|agrees?|notes?|accepts?|delegates?|authori[sz]es?|endorses?|considers?|decides?|"
                         r"resolves?|recommends?|confirms?|(?:is|be) asked)\b", re.I)
#: a sentence opening on what its money is added to: "On top of the grant, …", "In addition to that award, …",
#: "3.3 On top of this, …"
_ADDED_OPENER = re.compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:on top of|in addition to|to add to)\s+"
                           r"(?:that|this|it|(?:the|its|their|his|her|our|that|this)\s+[^,£.;]{0,40}?)\s*,", re.I)
#: a sentence opening on a sum already stated that its own money comes on top of: "On top of the £90,000, …", "In
#: addition to this £1.2m, …", "As well as the £45k, …"
_ON_TOP_OF_A_SUM = re.compile(r"^\W*(?:on top of|in addition to|as well as|besides|alongside)\s+(?:the|this|that|its|our|their)?"
                              r"\s*£\s?\d[\d,.]*\s*(?:m|k|bn|million|thousand)?\s*,", re.I)
#: the payers whose money can be added to a grant (README, match_funding: "by the PCC, a council or partners")
_ADDING_PAYERS = ("PCC", "local authority", "partners")


def _the_grant_named_in_prose(rel, grants: list) -> list:
    """The grants a later "£X of the grant" may be a piece of, when no sum was introduced by that noun: the sums stated
    in prose, not the items of a bulleted list of instalments ("- £210,000 for 2025-26" under "The Home Office's
    £430,000 comes in two payments:"), which are pieces themselves; and of a sum stated twice ("has been awarded
    £430,000 …" then "The Home Office's £430,000 comes in …"), its first statement, which the restatement points back
    to. The grants as given when every one of them is a list item."""
    prose = [x for x in grants if not _LIST_LINE.match(rel.line_text(x.line))]
    if not prose:
        return grants
    last = prose[-1]
    first = next(x for x in prose if x.amount.pence == last.amount.pence and x.funder == last.funder)
    return [x for x in prose if x is not last or x is first] if first is not last else prose


def _gapped_piece(between: str) -> bool:
    """Whether the words between a piece and the next figure leave that figure's verb out, naming only who it is for
    or from: " of the allocation and Cornwall Council ", ", and the county ", " for Kent and Medway " (at most the rest
    of the piece's own phrase, then 'and' or a comma and a name with no verb)."""
    gap = _ELLIPSIS.search(between)
    return gap is not None and not _NOT_ELLIPSIS.search(gap.group(0)) \
        and re.fullmatch(r"(?:\s+(?:of|from|for|in|to)\s+[^£;.:,]{1,60}?)?", between[: gap.start()]) is not None


def _more_under_another_payers_heading(sentence: str, start: int, run: "_Running", terms) -> bool:
    """Whether a figure called more money ("A further £52,000 …", "another £20,000") stands under a section heading
    naming one payer ("## Ministry of Justice", "COUNCIL MONEY") that comes after the sum stated last and is not that
    sum's payer: the heading says whose money follows (README, "Headings naming a funder"), so it is that payer's own,
    not more of the sum before the heading."""
    whole = run.last_whole
    if whole is None or not run.section_funder or run.section_funder_line <= whole.line \
            or run.section_funder == whole.funder:
        return False
    marked = sentence[:start] + "AMOUNT"
    return bool(_first(terms.get("further", ()), marked[max(0, start - 60) :]))


#: a figure called more money in its own words: "A further £24,000 …", "another £15,000" (not "the remaining £X",
#: which is the rest of a sum whatever came before it)
_MORE_MONEY_BEFORE = re.compile(r"\b(?:a\s+further|another)\s+$", re.I)


def _division_continued(drafts: list, d, whole, sentence_before: str):
    """A piece in the sentence after another piece that named its own whole past a sum stated since ("Of the Home
    Office money, £312,000 pays for the course." after "The award is £486,000 … Altogether £540,000 …", then "Another
    £98,000 funds a worker …", "£98,000 pays for a worker …", "A second £98,000 …"): the division goes on, so the
    piece is of that whole, not of the later sum, as far as the pieces still fit in it (README: part)."""
    prev = drafts[-1] if drafts else None
    if prev is None or prev.role != "part" or prev.whole is None or whole is None or prev.whole is whole \
            or prev.whole.line >= whole.line or prev.line < d.line - 1 or not sentence_before \
            or prev.amount.text not in sentence_before or prev.code not in ("", d.code):
        return None
    w = prev.whole
    taken = sum(x.amount.pence for x in drafts if x.whole is w)
    return w if taken + d.amount.pence <= w.amount.pence else None


def _more_money_after_a_whole(sentence: str, start: int, drafts: list, last_whole=None, pence: int = 0) -> bool:
    """Whether a figure called more money ("A further £24,000 has been set aside for interpreters") follows a figure
    that is a sum in its own right (a grant, a total, money added to a grant or a body's own money), not a piece of
    one: "a further" then adds a sum beside it, not another piece of the last whole, which it is only while pieces are
    being listed ("£80,000 of the grant pays for the groups; a further £40,000 pays for partner support"). Across the
    tune labels, no "a further £X" after a whole is a part (README, "Payer said once": a further sum the text does
    not tie to money whose payer it has named)."""
    if not _MORE_MONEY_BEFORE.search(sentence[max(0, start - 15) : start]):
        return False
    before = [d for d in drafts if d.role != "context"]
    if not before:
        return False
    # (pieces of another whole than the one it would join: "Of the grant, £240,000 is paid in 2026-27 and the rest in
    # 2027-28" under a later total, then "A further £9,800 has been earmarked": the listing it would go on is not that
    # whole's, so it is a sum beside them, not a piece of the last whole)
    # (but while the pieces named so far leave room for it, the listing goes on: "Of the Home Office money, £250,000
    # pays for the course" past a later total, then "Another £90,000 funds an advocate", of a £400,000 grant)
    whole = before[-1].whole
    return before[-1].role != "part" or last_whole is not None and whole is not None and whole is not last_whole \
        and sum(d.amount.pence for d in drafts if d.whole is whole) + pence > whole.amount.pence


#: the words after a figure that say what service it pays for: " a year for a family worker", " to pay for two
#: advocates" (not a year, nor the grant or programme it adds to: " for 2025-26", " for the same programme")
_FOR_A_SERVICE = re.compile(r"\s+(?:a year\s+|each year\s+|per year\s+|annually\s+)?(?:to pay\s+)?for\s+"
                            r"(?:a|an|two|three|four|its|their)\s+(?!(?:\d{4}|year|same)\b)[a-z]|"
                            # (or towards a group, course, post or service it names: "pays a further £25,000 towards
                            # the Keighley group", which pays for it: README, "Council money", not "towards it")
                            r"\s+(?:a year\s+|each year\s+|per year\s+|annually\s+)?towards\s+(?:the|a|an|its|their)\s+"
                            r"(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}(?:[a-z-]+\s+)?(?:group|course|programme|service|post|worker|"
                            r"helpline|project|clinic)s?\b", re.I)
#: a verb of paying before the figure in its clause: "pays a further", "funds another"
_PAYS_BEFORE = re.compile(r"\b(?:pays?|paying|funds?|funding|meets?|covers?)\s+(?:a further|another|an extra)\s+$", re.I)


def _councils_money_for_a_service(sentence: str, start: int, end: int, hi: int, own_funders: list) -> bool:
    """Whether a further sum is a council's own money paying for a service, named by its clause, rather than money added
    to the grant ("Hull City Council pays a further £45,000 a year for a family worker"): one payer in its stretch, a
    council, with a verb of paying before the figure and what it pays for after it."""
    return len({f[2] for f in own_funders}) == 1 and own_funders[0][2] == "local authority" \
        and bool(_PAYS_BEFORE.search(sentence[max(0, start - 30) : start])) \
        and bool(_FOR_A_SERVICE.match(sentence[end:hi]))


#: a clause after a figure about the rest of the money ("…, and the rest came from my own budget and the Ministry of
#: Justice", "; the remainder is the council's"): its payers pay the rest, not the figure
_THE_REST_AFTER = re.compile(r",?\s+(?:and|while|with|but)\s+the\s+(?:rest|remainder|balance)\b|[;:]\s*the\s+"
                             r"(?:rest|remainder|balance)\b", re.I)


#: the words after a figure that make it the speaker's own money: "£95,000 of mine", "£40,000 a year of mine"
_OF_MINE_AFTER = re.compile(r"\s+(?:(?:a|each|per)\s+year\s+)?of\s+(?:my\s+own|mine)\b", re.I)


#: a conjunction opening a condition: "if national money returns", "unless the national fund continues"
_CONDITION = re.compile(r"\b(?:if|unless|until|once|should)\b", re.I)


def _before_a_condition_after(window: str) -> str:
    """``window`` (a figure's stretch of words with the figure marked AMOUNT) up to the first condition opened after
    the figure ("… £1,273,500 and leaves room to extend later if national money returns"): the words of the
    condition are about what may happen, not the figure."""
    at = window.find("AMOUNT")
    m = _CONDITION.search(window, at) if at >= 0 else None
    return window if m is None else window[: m.start()]


#: a table row's reference in its first cell: "GR24-003", "V12", "L2/07", "PR-114"
_ROW_REF = re.compile(r"\b([A-Z]{1,5}\d{0,4}[-/]\d{1,4}|[A-Z]{1,4}\d{2,4})\b")


def _notes_naming_a_row(rel, drafts: list) -> None:
    """A prose figure whose line names one table row by the reference in that row's first cell ("1. GR24-003 was
    varied in February to add a second worker. The original award was £108,250; the table shows the varied amount")
    is money of that row's award: it takes the row's payer (the commissioner's own funding when the commissioner
    pays, as a row from the "PCC core budget" is), and, an earlier figure of the award the row states, no year of its
    own (README, "Restated figures", "Varied awards"). Only a figure whose own words name no payer, and only a
    reference that is one row's."""
    refs: dict[str, list] = {}
    for r in drafts:
        cells = getattr(r, "row_cells", None) if r.table else None
        ref = cells[0].strip().strip("*").strip() if cells else ""
        if ref and _ROW_REF.fullmatch(ref):
            refs.setdefault(ref, []).append(r)
    if not refs:
        return
    for d in drafts:
        if d.table or d.funder or d.role != "grant" or d.whole is not None:
            continue
        named = {m.group(1) for m in _ROW_REF.finditer(rel.line_text(d.line) or "") if m.group(1) in refs}
        if len(named) != 1:
            continue
        rows = refs[named.pop()]
        if len({(r.line, r.funder) for r in rows}) != 1 or not rows[0].funder or rows[0].code != d.code:
            continue
        d.funder, d.funder_basis = rows[0].funder, "clause"
        d.role = "own_funding" if d.funder == "PCC" else "grant"
        d.period, d.period_basis, d.restated = None, "", True


#: the most a scheme gives each of many ("amounts up to", "grants of up to", "bids of up to"): plural, unlike one
#: award's cap ("a grant of up to £143,760")
_CEILING_OF_MANY = re.compile(r"\b(?:grants|amounts|awards|bids|sums|applications)\s+(?:of\s+)?up\s+to\s+$", re.I)

#: a bound saying which of many grants, contracts or payments a register or list takes in: a plural class of them, then
#: the figure as an open bound ("grants of £25,000 and over", "contracts … that are worth £5,000 or more", "payments
#: over £500", "Grants below £25,000"), in a sentence saying the list shows, lists, publishes or leaves them out
#: ("This register lists …", "… are shown here", "… are published once a year"): no money given, only the size of the
#: grants a list includes.  Not one class's stated sum ("received grants of £50,000 or more from three trusts": no
#: listing word) nor a sum said in all ("grants worth more than £1.2m in total")
_LISTED_CLASS = r"(?:\b(?:grants|contracts|awards|payments|transactions|invoices|purchases|items|spending|expenditure)\b|" \
    r"\b(?:every|each|any)\s+(?:single\s+)?(?:grant|contract|award|payment|transaction|invoice|purchase|item)\b)"
# (a singular after "every", "each" or "any" is the class as well: "this page lists every grant of £2,500 or more")
_OPEN_BOUND_AFTER = re.compile(r"^\s*(?:and|or)\s+(?:over|above|more|upwards|greater|higher|less|under|below|lower|fewer)\b",
                               re.I)
_OPEN_BOUND_BEFORE = re.compile(_LISTED_CLASS + r"\s+(?:of\s+|worth\s+|valued\s+at\s+)?(?:over|above|below|under|exceeding|"
                                r"(?:of\s+)?(?:more|less)\s+than)\s+$", re.I)
_CLASS_BEFORE_BOUND = re.compile(_LISTED_CLASS + r"[^£.;]{0,100}$", re.I)
_LISTING_WORD = re.compile(r"\b(?:registers?|lists?|listed|listing|shows?|shown|publish(?:es|ed|ing)?|discloses?|disclosed|"
                           r"asked\s+(?:us\s+)?for|requested|"  # (a request for the class: "You asked us for payments of more than £10,000")
                           r"includes?|included|excluded|left out|omitted)\b", re.I)
_SAID_IN_ALL = re.compile(r"\b(?:in all|in total|altogether|combined|a total of)\b", re.I)
#: a sentence defining a class of decisions or spending by a bound: "A major decision is one expected to involve
#: spending of £250,000 and above", "A major contract means any contract worth more than £2m"
#: (the definition's own frame, the class directly after it: "means any contract", "are defined as those"; not a
#: decision that "means grants of more than £300,000 will keep the course running", a consequence)
_DEFINED_BY_A_BOUND = re.compile(r"\b(?:is|are)\s+(?:one|ones|those|any)\s+(?:that|which|likely|expected)\b|"
                                 r"\bmeans\s+(?:any|every|all|each|an?|those|one)\b|\b(?:is|are)\s+defined as\b", re.I)
#: a sentence saying the class of spending above a bound needs someone's leave ("Equipment costing over £2,500 needs the
#: Commissioner's written approval first", "Purchases above £1,000 need the funder's approval", "Contracts over £25,000
#: must be approved by the board"): the bound is a rule on spending, no money given
_NEEDS_LEAVE = re.compile(r"\b(?:requires?|required|needs?|needed)\b[^.;£]{0,50}\b(?:consent|approval|agreement|sign-off|"
                          r"authori[sz]ation|permission)\b|\bmust\s+(?:first\s+)?be\s+(?:approved|agreed|authori[sz]ed|"
                          r"signed off)\b|\b(?:are|is)\s+(?:\w+\s+)?(?:approved|agreed|authori[sz]ed|signed off|decided)\s+by\b",
                          re.I)
# (or, in the present tense, says who approves that class: "Grants under £20,000 are approved by the deputy
# commissioner", "Contracts above £50,000 are signed off by the board": a rule of delegation, not a sum; a past
# "were approved by" tells of grants made, and is left alone)


def _list_threshold(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``:``end`` of ``sentence`` is a bound saying which grants, contracts or payments a
    register or list includes (``_OPEN_BOUND_BEFORE`` and ``_OPEN_BOUND_AFTER`` above): a plural class of them before
    it, the figure an open bound ("… of £25,000 and over", "below £25,000"), and a listing word in the sentence (or
    words needing leave, or defining the class by the bound: "A major decision is one expected to involve …")."""
    before = sentence[:start]
    bound = bool(_OPEN_BOUND_BEFORE.search(before[-60:])) or (
        bool(_OPEN_BOUND_AFTER.match(sentence[end:])) and bool(_CLASS_BEFORE_BOUND.search(before)))
    return bound and bool(_LISTING_WORD.search(sentence) or _NEEDS_LEAVE.search(sentence[end:])
                          or _DEFINED_BY_A_BOUND.search(before)) \
        and not _SAID_IN_ALL.search(sentence)


def _terms_overlap(dated: list) -> bool:
    """Whether the periods of ``dated`` (pieces of one whole, each with a period) include two that differ and share a
    year ("2024-25 to 2025-26" beside "2024-25"): grants of their own terms, not a split of one sum by year or span."""
    spans = {x.period for x in dated}
    return any(a != b and a[0] <= b[1] and b[0] <= a[1] for a in spans for b in spans)


#: a figure paid "towards it": "£45,000 a year towards it", "£20,000 towards them"
_TOWARDS_IT_AFTER = re.compile(r"\s+(?:(?:a|each|per)\s+year\s+)?towards\s+(?:it|them)\b", re.I)


def _to_the_semicolon_after(window: str) -> str:
    """``window`` (a figure's stretch of words with the figure marked AMOUNT) up to the first semicolon after the
    figure: the clause a semicolon opens after it is another statement, whose words are not the figure's."""
    at = window.find("AMOUNT")
    cut = window.find(";", at) if at >= 0 else -1
    return window if cut < 0 else window[:cut]


def _before_the_next_figures_clause(window: str, next_figure_ends_it: bool) -> str:
    """``window`` (a figure's stretch of words with the figure marked AMOUNT) up to a clause joined on after the figure
    (", and …", " while …"), where the stretch runs on to the next figure of the sentence: that clause is the next
    figure's, its words the next figure's payer and verb ("£90,000 for 2025-26, and the commissioner's own budget pays
    £20,000"). A stretch that ends the sentence is kept whole."""
    if not next_figure_ends_it:
        return window
    at = window.find("AMOUNT")
    # (the last such joint before the next figure opens that figure's clause; one before it may still speak of this
    # figure: "£20,000 for the helpline, and all of it comes from her own budget, while the Home Office gives £90,000")
    joined = list(_NEXT_CLAUSE_JOINED.finditer(window, at + 6)) if at >= 0 else []
    return window if not joined else window[: joined[-1].start()]


#: the words between a figure and a bracket opening on the next figure: none, or only the figure's span ("£60,000 over
#: 2025-26 and 2026-27 (", "£60,000 for the two years (")
_SPAN_THEN_BRACKET = re.compile(r"\s*(?:(?:over|for|in|across|during|from)\s+[^(),;:£]{0,40}?)?\s*\(\s*")


#: a clause before a figure telling the reader not to call it what follows: "Do not call the council's £40,000 match
#: funding", "We would not describe the £40,000 as a top-up" (the words after the figure are what it is not)
#: (the figure the verb's own object, "not call the council's £40,000", not a figure in a clause joined on after the
#: object: "asked us not to count the crèche as part of the course and has promised match funding of £20,000")
_NOT_TO_BE_CALLED = re.compile(r"\b(?:do not|don['’]t|never|should not|shouldn['’]t|must not|would not|not to)\s+"
                               r"(?:call|describe|count|treat|present|refer to|report)\b"
                               r"(?:(?!\b(?:and|but|while|which|who|that|has|have|had|will|would|is|are|was|were|as)\b)"
                               r"[^.;:,£]){0,80}$", re.I)


def _past_a_bracketed_split(sentence: str, end: int, hi: int, after: list) -> int:
    """Where the words after a figure stop, when the next figure opens a bracket straight after it that splits it
    by year ("a contribution of £60,000 over two years (£30,000 in each year), paid as match funding to the grant"):
    past the bracket, up to the figure after it, so that the words after the bracket are read as the first figure's
    own (the bracketed split is an aside on it). ``after`` are the later figures' spans; other cases keep ``hi``."""
    if not after or not _SPAN_THEN_BRACKET.fullmatch(sentence, end, hi):
        return hi
    close = sentence.find(")", hi)
    if close < 0 or re.search(r"[;(]", sentence[hi:close]):
        return hi
    stop = next((f[0] for f in after if f[0] > close), len(sentence))
    # (only the bracket's own clause: a new clause joined on after it names other money, "£60,000 over two years
    # (£30,000 a year) from the Home Office, and the council has promised match funding of £20,000")
    joined = _NEXT_CLAUSE_JOINED.search(sentence, close + 1, stop)
    return joined.start() if joined else stop


#: a clause joined on by a conjunction or a semicolon: ", and the council …", " while the board …", "; …"
_NEXT_CLAUSE_JOINED = re.compile(r";|,?\s+(?:and|but|while|whereas|plus)\s+(?!(?:is|was|will|has|are)\b)", re.I)


def _role_of_figure(
    sentence, k, start, end, amount, found, funders, here, last_whole, sentence_before, para_before, many_areas,
    number, terms,
) -> tuple:
    """What one figure of a sentence is (a grant, part, total, match or own funding, context …), read from the
    words around it and the figures before it; with the bounds of its stretch of the sentence (lo, hi), the
    window of words read, the words between it and the figure before, and what the reading found on the way."""
    lo = found[k - 1][1] if k else 0
    hi = found[k + 1][0] if k + 1 < len(found) else len(sentence)
    past_split = _past_a_bracketed_split(sentence, end, hi, found[k + 1:])
    rest = _THE_REST_AFTER.search(sentence, end, hi)
    hi = rest.start() if rest else hi  # ("… paid £286,400 towards it, and the rest came from my own budget": not its payer)
    marked = sentence[:start] + "AMOUNT" + sentence[end:]
    m_start = start
    window = marked[max(lo, _clause_of(sentence, start)[0]) if k else 0 : hi - (end - start) + 6]
    if re.search(r"\b(?:alongside|on top of|in addition to|to add to|towards)\s+(?:the|their|its|his|her|our|this|that)\s+$",
                 window, re.I):  # "… £118,000, on top of the £402,500 Home Office grant": the grant it tops up
        window = marked[max(lo, _clause_of(sentence, start)[0]) if k else 0 : hi - (end - start) + 6 + 60]
    near = marked[max(0, m_start - 60) : m_start + 6 + 40]
    if _TOPPED_UP_BY_AFTER.match(sentence, end) or _TOPS_IT_UP_AFTER.match(sentence, end):  # "South Wales has £388,000, topped up by £45,000 from Cardiff
        # Council": the words after it say what the next figure is, not this one, which is what is topped up
        window, near = window[: window.index("AMOUNT") + 6], near[: near.index("AMOUNT") + 6]
    # (the words naming it match funding past a bracketed per-year split of it: "£60,000 over two years (£30,000 in
    # each year), paid as match funding to the grant")
    match_window = window if past_split == hi else \
        marked[max(lo, _clause_of(sentence, start)[0]) if k else 0 : past_split - (end - start) + 6]
    between = sentence[lo:start] if k else ""
    own_areas = {a[2] for a in _areas_in(sentence[lo:hi])}
    other_area = bool(own_areas) and not here and last_whole is not None and not last_whole.shared_by \
        and last_whole.code not in own_areas
    if many_areas and not own_areas and para_before and last_whole is not None and last_whole.code \
            and para_before != last_whole.code and not last_whole.shared_by and not here:
        other_area = True  # its paragraph is about another area than the award before it
        # (not a figure after another in its own sentence, whose whole that one is: "… has awarded us £174,300 …, of
        # which £16,000 …")
    balance = bool(_first(terms.get("balance", ()), window))
    shared_out = False
    # ("the council's own money, of which £30,000 was added to the grant": a piece of a sum its sentence names but
    # does not state, not of the last sum stated)
    unstated_whole = not here and "of which" in sentence[max(0, start - 12) : start] and bool(re.search(r"\b(?:money|funding|budget|funds|reserves)\s*,\s*of which\s+$",
                                                 sentence[max(0, start - 40) : start], re.I))
    if _first(terms.get("part", ()), marked[max(0, m_start - 60) : m_start + 6 + 60]) and (here or last_whole) \
            and not other_area and not unstated_whole and not (not here and _states_a_pot_for_areas(sentence_before)) \
            and not _another_years_sum(sentence[max(lo, start - 60) : start], here, last_whole) \
            and not (balance and re.search(r"\breceipts?\s+in\s+advance\b", window, re.I)):
        # (not a sum of a grant held as a receipt in advance at a date: a balance in the accounts, README context)
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
    elif here and here[-1].role == "part" and here[-1].whole is not None and _gapped_piece(between):
        role = "part"  # "Torbay Council will receive £96,500 of the allocation and Cornwall Council £188,000": the
        # verb left out, the next piece of the same sum
    elif here and here[-1].role == "part" and _LIST_GAP.fullmatch(between):
        role = "part"  # "made up of £A for … plus £B for …", "paid as £A in 2021-22, £B in 2022-23 …"
    elif here and here[-1].role == "part" and re.search(r",\s*(?:and|plus)\s+$", between) \
            and re.match(r"\s+(?:for|to|on|in)\b", sentence[end:hi]):
        role = "part"  # "Of that, £A is earmarked for Plymouth, where …, and £B for Torbay": the list goes on
    elif here and here[-1].role == "part" and here[-1].whole is not None and _REMAINDER_BEFORE.search(sentence[lo:start]):
        role = "part"  # "Of that grant, £343,400 was spent … and the remaining £59,200 has been returned"
    elif balance:
        role = "context"  # "Total funds … at 31 March 2024 were £318,640": a balance, not an award
    elif (saving := _SAVINGS_OF.search(sentence[max(0, start - 160) : start])) \
            and not (saving.group("verb") and _KEPT_FOR_AFTER.match(sentence, end)):
        # (not money kept back for a use, "is saving £20,000 of her own budget for a second group": no cost saved)
        role = "context"  # "Savings of £12,000 in 2025/26 and £18,000 in each of 2026/27 and 2027/28 come from …": money
        # a budget no longer spends, no one's award (as an underspend is: README, "Spending against a budget")
    elif _AT_RISK_BEFORE.search(sentence[max(lo, start - 40) : start]) or _AT_RISK_AFTER.match(sentence, end):
        role = "context"  # "Money at risk: £48,000 in 2026/27", "leaving £48,000 at risk": what may be lost if money
        # is not confirmed, a measure of the risk, no one's award
    elif _PER_HEAD_AFTER.match(sentence, end) or _PER_HEAD_BEFORE.search(sentence[lo:start]):
        role = "context"  # "roughly £2,565 for each starter": a cost per person, no one's award
    elif not here and _shared_out_among_counted_areas(sentence, start, end, sentence_before):
        role = "total"  # "The first tranche puts £19,973,830 into 23 areas": what those areas get in all, not
        # the fund's size
        shared_out = True
    elif _pot_offered_to_areas(sentence, start, end, amount):
        role = "context"  # the pot areas are offered money from: no area's own award
    elif (_first(terms.get("context", ()), window) and not (
            # ("Added together, the ten shares come to £6.8m, about a sixth of the national pot": a sum of what was
            # stated, compared after it with the fund; the national words are about the fund, not this figure)
            not here and amount.pence < _NATIONAL_PENCE and _TOTAL_OPENER.match(sentence)
            and not _first(terms.get("context", ()), window[: window.find("AMOUNT") + 6])) and not (
            amount.pence < _NATIONAL_PENCE and re.search(r"['’]s?\s+(?:share|allocation|award|grant|part)\b", window)
            and _areas_in(sentence[_clause_of(sentence, start)[0] : start])) and not (
            # ("a smaller grant of £312,800, following a reduction in the national fund": the figure's own noun
            # makes it a grant; the national words after it are about something else)
            amount.pence < _NATIONAL_PENCE and _GRANT_OF.search(sentence[max(lo, start - 60) : start])
            and not _first(terms.get("context", ()), window[: window.find("AMOUNT") + 6])) and not (
            # ("The award … comes to £2,184,000 across the two years, out of a national fund the Home Office puts at
            # £52m": the national words after the figure say what it is drawn from, not what it is)
            amount.pence < _NATIONAL_PENCE and _DRAWN_FROM_A_NATIONAL_FUND.match(sentence, end)
            and not _first(terms.get("context", ()), window[: window.find("AMOUNT") + 6])) and not (
            # ("keeps what works at a three-year cost of £1,273,500 and leaves room to extend later if national money
            # returns": national words only in a condition after the figure are about what may come, not the figure)
            amount.pence < _NATIONAL_PENCE
            and not _first(terms.get("context", ()), _before_a_condition_after(window))) and not (
            # ("the national helpline is now on every poster, and the Commissioner pays separately for a local text
            # service at £14,800 a year": national words only in a clause before the one where a local payer pays
            # for something are about that clause, not this figure)
            amount.pence < _NATIONAL_PENCE and _own_payers_clause(sentence, lo, start, window, terms))) or (
            amount.pence >= _NATIONAL_PENCE and not any(
                e <= start <= e + 4 and poss for _, e, _, poss in _areas_in(sentence[:start]))):
        role = "context"  # (no area's award in this genre is £10 million)
    elif here and all(x.role == "context" for x in here) and _NATIONAL_OPENER.match(sentence) and not own_areas \
            and not _first(terms.get("part", ()), window) \
            and re.search(r"\b(?:a further|another|an additional|an extra)\s+$", sentence[max(lo, start - 20) : start], re.I) \
            and not re.search(r"\b(?:our|ours|we|us|share|allocation|award(?:ed)?|receives?|received|gets?|got|"
                              r"comes? to|came to)\b", sentence[lo:hi], re.I):
        # (not a share said of the speaker or an area: "…, and our share of it is £412,000")
        role = "context"  # "Across England and Wales, commissioners had £33.6 million of Home Office money …, and a
        # further £7.1 million from their own funds": a further sum in a sentence whose scope is the nation, its own
        # stretch naming no area, is national (README: context), as the sum it adds to is
    elif _first(terms.get("total", ()), marked[_total_words_from(sentence, lo, m_start, k) : min(m_start + 6 + 30, hi + 6 - (end - start) - len(
            (_NEXT_TOTAL.search(sentence[end:hi]) or _NO_MATCH).group(0)))]) or (
            len(found) == 1 and _ALL_FUNDERS.search(sentence)) or (not here and _TOTAL_OPENER.match(sentence)) \
            or (not here and _COUNTING_OTHERS.search(sentence[lo:start])) \
            or (not here and KINDS_TOGETHER_AFTER.match(sentence, end)):
        role = "total"  # ("Across all funders, our work … was backed by £539,750")
        # (a sentence opening "Taken together," or "Altogether," sums what was stated, however far its figure)
    elif _SEVERAL_AREAS.search(marked[m_start : m_start + 6 + 50]) and not here:
        role = "total"  # with no area (below): a sum over several areas
    elif _ACROSS_THE_AREAS.match(sentence) and not own_areas:
        role = "total"  # "Across the nine areas, Home Office money falls from about £7.6m … to £7.46m …": each figure
        # of a sentence opened by the areas it spans, naming no one of them, is a sum over them
    elif not here and _areas_between_them(sentence, start, end) and not any(
            _first(terms.get(f, ()), window) for f in ("match_named", "own_funding", "match_funding", "top_up")):
        role = "total"  # "Police forces across the East of England are to receive £3,629,600 between them"
    elif _GRANT_OF.search(sentence[max(lo, start - 60) : start]):
        role = "grant"  # "the county's Home Office grant of £196,750": the amount's own noun says what it is
    elif _first(terms.get("match_named", ()), match_window) and not _NOT_TO_BE_CALLED.search(sentence, lo, start):
        role = "match_funding"
    elif not here and last_whole is not None and _ADDED_OPENER.match(sentence) and any(
            f[2] in _ADDING_PAYERS and lo <= f[0] < hi for f in funders):
        role = "match_funding"  # "On top of the grant, the commissioner is putting in £45,000 a year from her own
        # budget": the opening phrase says what the sentence's money is added to (README, match_funding)
    elif here and here[-1].role == "match_funding" and (_ELLIPSIS.search(between) and not _NOT_ELLIPSIS.search(
            _ELLIPSIS.search(between).group(0)) or _ELLIPTIC_BODY.fullmatch(between)):
        role = "match_funding"  # "the council is adding £A in match funding, and the commissioner £B …"
        # (or a longer body's name: "Blackpool Council is adding £25,000 and Blackburn with Darwen Borough Council £20,000")
    elif here and here[-1].role in ("match_funding", "own_funding") and _AS_DONE_BEFORE.search(between):
        role = here[-1].role  # "tops the grant up by £70,000 of his own money, as he did in 2023/24 with
        # £55,000": the figure of a clause saying the payer did the same before is money of the same kind
    elif here and here[-1].role == "match_funding" and re.fullmatch(
            r"\s+(?:from|by)\s+[^£;.]{1,60}?(?:,\s*|\s+)(?:and|plus|with)\s+", between):
        role = "match_funding"  # "a contribution of £30,000 from X Council and £25,000 from Y Council"
    elif _first(terms.get("top_up", ()), window) and (here or last_whole) \
            or _first(terms.get("top_up_named", ()), window):
        role = "match_funding"  # added to a grant ("topped this up with £25,000 from her own budget")
    elif _first(terms.get("own_funding", ()), _to_the_semicolon_after(
            _before_the_next_figures_clause(window, k + 1 < len(found) and hi == found[k + 1][0]))) \
            and not _MATCHED_BY.search(window):
        # (nor own-money words of a clause joined on after it that leads up to the next figure: "funded by the Home
        # Office with £90,000, and the commissioner's own budget pays £20,000": the second clause's payer is the
        # second figure's)
        role = "own_funding"  # (not own-money words only in a clause after a semicolon: "The right figure is £792,300;
        # the written evidence double-counted a transfer between two of our own budget lines")
    elif _first(terms.get("match_funding", ()), match_window) and not _NOT_TO_BE_CALLED.search(sentence, lo, start) and not (
            here and here[-1].role == "own_funding" and _TOWARDS_IT_AFTER.match(sentence, end)):
        # (not money "towards it" after the commissioner's own money for a service: "I pay for that service from my own
        # budget, £138,500 this year, and the county council pays £45,000 a year towards it": no grant is matched, so
        # the council's money is its own grant to the service)
        role = "match_funding"
    elif _first(terms.get("further", ()), near[: near.index("AMOUNT") + 6]) and last_whole and not here \
            and not _NO_AREA.search(sentence[lo:hi]) and not other_area and _councils_money_for_a_service(
                sentence, start, end, hi, [f for f in funders if lo <= f[0] < hi]):
        role = "grant"  # "North Ferriby Council pays a further £45,000 a year for a family worker": a council paying
        # for a service, not said to add to the grant (README, "Council money")
    elif _first(terms.get("further", ()), near[: near.index("AMOUNT") + 6]) and last_whole and not here \
            and not _NO_AREA.search(sentence[lo:hi]) and not other_area and any(
                f[2] not in ("", last_whole.funder) and lo <= f[0] < hi for f in funders):
        role = "match_funding"  # "Portsmouth City Council gave us a further £18,000": another funder's money
    elif _first(terms.get("further", ()), near[: near.index("AMOUNT") + 6]) and last_whole and not here \
            and not _NO_AREA.search(sentence[lo:hi]) and not other_area \
            and not (many_areas and not own_areas and not para_before and last_whole.line < number - 1) \
            and not _outside_payer_in_clause(sentence, _clause_of(sentence, start), start, end) \
            and not _an_earlier_sum_named(sentence, start, end):
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
            and not _SAID_SEPARATE.search(sentence[lo:hi]) and not _BESIDES_OPENER.match(sentence) \
            and (not own_areas or own_areas == {last_whole.code}) \
            and not (many_areas and not own_areas and not para_before and last_whole.line < number - 1) \
            and _SPENDING.search(marked[max(lo, m_start - 40) : m_start + 6 + 40]) \
            and not _PAST_TIME.search(sentence[lo:hi]) \
            and not _of_another_year(sentence[lo:hi], last_whole) \
            and not (getattr(last_whole, "yearly", False) and not _PER_YEAR.match(sentence, end)):
        # ("Last year the commissioner spent £22,000": not this award; nor, after a yearly rate "£68,000 a year for two
        # IDVAs", a sum that is not itself a rate: "An evaluation … will cost £26,500 over the two years")
        role = "part"  # "Kent has £420,000 … £250,000 will pay for a group programme": how the award is spent
    else:
        role = "grant"
    return role, lo, hi, window, between, balance, other_area, shared_out


#: a sentence opening on the award stated before, named again by a definite money noun as its subject: "The grant
#: tapers over the period: £A in 2025-26, …", "This funding is paid in two instalments: …" (no payer of its own named
#: before the figure)
_THE_AWARD_AGAIN = re.compile(r"^\W*(?:\d+(?:\.\d+)*\s+)?(?:the|this|that)\s+(?:[\w'’-]+\s+)?(?:grant|award|allocation|funding)\b"
                              r"(?!\s+(?:of|from|by|for)\b)[^£;]*$", re.I)


def _award_named_again(sentence: str, start: int, role: str, window: str, last_whole, terms) -> str:
    """The funder of the award stated before (``last_whole``) for a figure of a sentence whose subject names that award
    again by a definite money noun ("The grant tapers over the period: £324,100 in 2025-26, …"): the award's pieces
    keep its payer (README: funding_role part); "" when the sentence adds money to it or names a payer itself."""
    if role != "grant" or last_whole is None or not last_whole.funder or last_whole.role not in ("grant", "total") \
            or last_whole.whole is not None or not _THE_AWARD_AGAIN.match(sentence[:start]) \
            or _ADDED_TO.search(sentence) or _first(terms.get("match_named", ()), window) \
            or _first(terms.get("funder", ()), sentence[:start]):
        return ""
    if _RANKED_AWARD.match(sentence[:start]):
        return ""  # "The largest award in the region, £466,000, goes to X": one of several awards ranked, not the last
    areas = {a[2] for a in _areas_in(sentence)}
    if areas and last_whole.code and last_whole.code not in areas and not last_whole.shared_by:
        return ""  # "The allocation for Y is £300,000" after X's: another area's award, not the one stated before
    return last_whole.funder


#: an award named by its rank among several: "The largest award in the region", "the second-biggest grant", "the
#: smallest allocation of the five"
_RANKED_AWARD = re.compile(r"^\W*(?:the|this|that)\s+(?:(?:second|third)[\s-]+)?(?:largest|biggest|smallest|highest|lowest|"
                           r"greatest|most\s+generous)\b", re.I)


#: a possessive after a council's name and the thing of the council's it names: "Luton Borough Council's Portfolio
#: Holder", "this council's part of the allocation", "the council's own budget", "the council's £60,000"
_COUNCILS_THING = re.compile(r"['’]s?\s+(?P<thing>(?:[\w'’-]+\s+){0,3}?(?:own|money|budgets?|funds?|funding|contributions?|"
                             r"match(?:\s+funding)?|match-funding|top-up|reserves?|cash|investment|spending)\b|£|[^\s£]+)", re.I)
#: the council's own deciding bodies, which act as the council: "Stoke-on-Trent City Council's cabinet agreed to
#: contribute £60,000"
_COUNCILS_DECIDERS = re.compile(r"(?:cabinet|executive|committee|board|full council)\b(?!\s+(?:members?|lead|chair)\b)|"
                                # (or its own team, service or department said to pay: "The Council's public health team
                                # will pay for …", which pays for the council; not "the council's team will run it")
                                r"(?:[\w'’-]+\s+){0,3}(?:team|department|directorate|service)s?\s+(?:(?:will|has|have|is|are|"
                                r"also|already|now|still)\s+){0,2}(?:pay|fund|meet|cover|contribut|provid|put|giv|agreed\s+(?=£))",
                                re.I)
# (also "has agreed £45,000", a sum the team agreed to pay, and "now pays")


def _council_owns_another_thing(sentence: str, funder) -> bool:
    """Whether a council named at ``funder`` (start, end, value) is named only as the owner of something that is not
    money ("Luton Borough Council's Portfolio Holder … asked about the grant of £421,600", "this council's part of the
    allocation"): an office-holder's body or the money's recipient, not the figure's payer."""
    if funder[2] != "local authority":
        return False
    m = _COUNCILS_THING.match(sentence, funder[1])
    return bool(m) and not _COUNCILS_DECIDERS.match(sentence, m.start("thing")) and not re.search(r"\b(?:own|money|budgets?|funds?|funding|contributions?|match|match-funding|top-up|"
                                     r"reserves?|cash|investment|spending)\b|£", m.group("thing"), re.I)


#: a commissioner's, mayor's or council's own money named by a money noun just before the figure: "the Commissioner's
#: combined contribution of £86,400", "the council's match funding of £30,000" (not its share: what it receives)
_OWNERS_MONEY_BEFORE = re.compile(r"\b(commissioner|PCC|PFCC|mayor|council)['’]s\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?"
                                  r"(?:contributions?|match(?:\s+funding)?|top-up)\s+(?:of\s+)?(?:about\s+|around\s+|some\s+|"
                                  r"up to\s+)?$", re.I)
#: a council named by its style rather than the word "Council": "the London Borough of Hackney", "the Royal Borough of
#: Greenwich", "Vale of Glamorgan County Borough"
_COUNCIL_BY_NAME = re.compile(r"\b(?:London Borough|Royal Borough|Metropolitan Borough|County Borough) of [A-Z]|"
                              r"\bCounty Borough\b")
#: a figure followed by the possessive pronoun of whose money it is: "£90,000 of my match funding", "£40,000 of their own
#: budget" (its own payer, not the item before it in a list)
_OWNER_PRONOUN_AFTER = re.compile(r"\s+of\s+(?P<who>my|his|her|its|their|our)\s+(?:own\s+)?(?:[\w'’-]+\s+)?"
                                  r"(?:funding|budget|money|funds?|reserves?)\b", re.I)


#: a mayor's grant naming the figure just after it ("The Mayor of West Yorkshire's grant for perpetrator work (£96,000",
#: "the Mayor's grant of £X"): money from the mayor's policing budget, as a table row "Mayor's grant" is (README, funder
#: ``PCC``: the commissioner's or mayor's own policing budget or fund)
_MAYORS_GRANT_BEFORE = re.compile(r"\b(?-i:Mayor)(?:\s+of\s+(?:(?-i:[A-Z])[\w'’-]*\s+(?:and\s+)?){0,2}(?-i:[A-Z])[\w'’-]*)?['’]s\s+"
                                  r"(?:[\w-]+\s+)?grant\b(?:\s+(?:for|towards)\s+[^£();.,]{1,40}?)?\s*(?:\(\s*|of\s+|,\s*)$", re.I)


#: a budget's savings naming the figure, and the figures listed on with it: "Savings of £12,000 in 2025/26 and £18,000
#: in each of …", "a saving of £9,000 a year", or the verb just before it: "a smaller service, saving £40,000 a year"
_SAVINGS_OF = re.compile(r"(?:\b(?:savings?|(?:a|the)\s+saving)\s+of|\b(?P<verb>saving|saves)(?!\s+(?:of|the|a|an)\b))\s+"
                         r"(?:about\s+|around\s+|up to\s+|some\s+)?"
                         r"(?:£[\d,.]+\s*(?:m|k|million)?\b[^£;.]{0,40}?(?:,\s*|\s+and\s+))*$", re.I)


#: after a figure that "saving" comes before, a use it is kept for: "£20,000 of her own budget for a second group", "£5,000
#: towards a crèche" (the verb's sense of putting money by, not of a cost cut)
_KEPT_FOR_AFTER = re.compile(r"(?:\s+(?:a|each|per)\s+year)?(?:\s+of\s+(?:the|her|his|its|their|our|my|this\s+year['’]s)\s+"
                             r"(?:[\w'’-]+\s+){0,2}?(?:budget|grant|money|funding|allocation|fund)s?\b)?\s+"
                             r"(?:for|towards|to pay for|to fund)\s+(?!(?:the\s+)?(?:council|force|commissioner|taxpayers?|police)\b)", re.I)


#: a sum named as at risk just before the figure ("Sum at risk   £48,000", "funding at risk of £48,000", "the value at
#: risk is £48,000") or just after it ("£48,000 at risk", "£48,000 of the grant is at risk")
_AT_RISK_BEFORE = re.compile(r"\b(?:sums?|money|funding|amounts?|values?|income)\s+at\s+risk\b(?:\s+(?:is|was|of|would be|"
                             r"will be))?\W*(?:about\s+|around\s+|up to\s+|some\s+)?$", re.I)
#: (the words between naming only the money the figure is taken from, "of the grant", "of its Home Office award", not
#: people at risk the money is for: "£30,000 of the police fund for the children at risk" is no sum at risk)
_AT_RISK_AFTER = re.compile(r"(?:\s+(?:a|each|per)\s+year)?(?:\s+of\s+(?:the|its|their|this|that)\s+(?:[\w'’-]+\s+){0,3}?"
                            r"(?:grant|award|allocation|money|funding|budget|contract|income|sum|fund)s?)?\s+"
                            r"(?:(?:is|are|was|were|would be|will be)\s+)?(?:put\s+)?at\s+risk\b", re.I)


def _piece_after_colon(sentence: str, start: int, here: list, funders: list):
    """The figure before a colon whose pieces the figure at ``start`` is listed among after it ("the ICB's £48,000 would
    be paid in two instalments: £30,000 in April and £18,000 in October"), when the words from that figure on name no
    payer of their own; else None.  The pieces keep that figure's payer (README: a part keeps the whole's funder)."""
    colon = sentence.rfind(":", 0, start)
    before = [d for d in here if d.start < colon]
    if colon < 0 or not before or ";" in sentence[colon:start]:
        return None
    whole = before[-1]
    figure = MONEY_TOKEN.match(sentence, whole.start)
    if figure is None or "£" in sentence[figure.end() : colon] or whole.whole is not None or whole.role != "grant" \
            or any(whole.start < f[0] < start for f in funders):
        return None
    return whole


#: a relative clause after a figure: "£18,000 a year that King's Lynn Council is adding to the grant", "£25,000, which
#: the commissioner puts on top of the award"
_RELATIVE_AFTER = re.compile(r"\s*(?:a year|each year|per year|a month)?\s*,?\s*(?:that|which)\s+(?P<clause>[^.;£]{0,100})", re.I)


def _added_in_its_relative_clause(sentence: str, end: int) -> bool:
    """Whether the relative clause after a figure says its payer adds it to a grant ("… with £18,000 a year that the
    borough council is adding to the grant"): money added to a grant, match funding (README, "Money added to a grant")."""
    m = _RELATIVE_AFTER.match(sentence, end)
    return bool(m) and bool(_ADDED_TO.search(m.group("clause"))) and bool(
        re.search(r"\b(?:grant|award|allocation|share|funding)\b", m.group("clause"), re.I))


def _cost_past_an_aside(sentence: str, clause_start: int, start: int) -> bool:
    """Whether a figure whose clause is only a predicate ("is worth £X") values a contract or states a cost, its
    subject standing before an aside set off by commas: "The contract for case management, which X won in a tender
    last winter, is valued at £74,500" reads as "The contract for case management is valued at £74,500"."""
    predicate = sentence[clause_start:start]
    if not _PREDICATE_AFTER_AN_ASIDE.fullmatch(predicate):
        return False
    before = sentence[max(0, clause_start - 240) : clause_start]
    head = re.split(r"[.;:]\s", before)[-1]  # (the sentence's own words only)
    subject = head.split(",")[0]
    return bool(_WORTH_OR_COST.search(subject.rstrip() + " " + predicate.lstrip()))


def _payer_of_figure(
    sentence, k, start, end, found, lo, hi, window, between, role, funders, here, last_whole, prev_sentence,
    sentence_before, terms, release_funder, own_release, defined=None, fund_whole=None,
) -> tuple:
    """Who pays one figure of a sentence: the funder nearest in its own stretch of the sentence (one tied after
    it, after 'by' or 'from', its holder), a payer outside the funder list, the owner of own funding, the
    release's funder; with the funders of its stretch (own), its role as this may change it, what the
    reading found on the way, and whether the payer was borrowed from another figure rather than named for this one
    (the award named again, the sum a colon breaks down, the figure a correction restates)."""
    borrowed = False
    # funder: nearest in the amount's own stretch of the sentence
    own = [f for f in funders if lo <= f[0] < hi] or (funders if len(found) == 1 else [])
    own_across = _payer_before_semicolon(sentence, [f for f in own if f[0] >= lo], start)
    own = [f for f in own if ";" not in sentence[min(f[1], start) : max(f[0], end)]]  # not across a semicolon
    own = [f for f in own if not _in_next_figures_clause(sentence, f[0], start, hi if k + 1 < len(found) else None)]
    own = own or own_across  # (unless the clause after it names no body: "…; in its last year it received £X")
    own = [f for f in own if not _given_the_money(sentence, f, start)]  # ("has given the council £26,500")
    own = [f for f in own if not _named_as_receiver(sentence, f)]  # ("won by the commissioner's office", "paid to X Council")
    own = [f for f in own if not _money_matched(sentence, f, start)]  # ("as match funding for the Commissioner's award")
    own = [f for f in own if not _council_owns_another_thing(sentence, f)]  # ("X Council's Portfolio Holder asked …")
    if k:  # "£426,000 of Home Office funding and £60,000 that the Commissioner has added": the earlier figure's
        # (also past its rate: "£72,000 a year from X Council and £40,000 a year from …")
        own = [f for f in own if not (f[0] < start and _payer_tied_after(sentence, lo, f[0]))]
    after_funder = [f for f in own if f[0] < hi and _payer_tied_after(sentence, end, f[0])]
    by_funder = [f for f in own if f[0] >= end and _by_or_from_before(sentence[end : f[0]])
                 and not re.search(r"[.;]", sentence[end : f[0]])]
    # "£75,000 that Calderdale Council is adding to the grant": the subject of the clause after the figure
    that_funder = [f for f in own if f[0] > end and re.fullmatch(r"\s+(?:that|which)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){0,3}",
                                                                  sentence[end : f[0]])]
    after_funder = after_funder or that_funder
    held = _holder_before(sentence, own, start)  # "the Home Office's £742,300, my £95,000": whose the figure is
    funder = after_funder[0][2] if after_funder else by_funder[0][2] if by_funder else held or _nearest(own, start,
                                                                                                    end)
    if not funder and not own and _MAYORS_GRANT_BEFORE.search(sentence[max(lo, start - 90) : start]):
        funder = "PCC"  # "The Mayor of West Yorkshire's grant for perpetrator work (£96,000 in 2024/25)": the mayor's money
    read_funder = funder
    beyond_clause = not held and _named_beyond_its_clause(sentence, start, funder, own, len(found)) \
        and not (funder and _sentence_subject_pays(sentence, funders, start) == funder)
    # (the payer the sentence opens with, paying for what the clauses between describe: "X Council is meeting the cost
    # of one-to-one work …, up to 16 sessions each, at £21,000": named for the figure, not lent)
    if not after_funder and not by_funder and any(
            not _in_next_figures_clause(sentence, m.start(), start, hi if k + 1 < len(found) else None)
            for m in _OTHER_PAYER.finditer(sentence, lo, hi)):
        funder = ""  # "the trustees awarded £64,000": a payer outside the funder list
        # (not one opening the clause of the next figure: "X Council pays £A, and the Y Trust has given £B")
    before60 = sentence[max(lo, start - 60) : start]
    outsider = _OUTSIDE_POSSESSIVE.search(before60) if "'s" in before60 or "’s" in before60 else None
    if outsider and not after_funder and not by_funder:  # "the Health Board's contribution of about £31,000"
        funder = ""
    outside_after = None if after_funder or by_funder else _OUTSIDE_AFTER.match(sentence, end)
    if outside_after and defined and _defined_funder(outside_after.group(0), defined):
        outside_after = None  # ("from the Safer Communities Fund", which the release says the precept pays: a funder's)
    if not outside_after and not after_funder and not by_funder and not outsider:
        # the payer named in the amount's own clause is a kind of body off the funder list ("a local university
        # is paying £8,000", "£25,000 comes from the integrated care board"): no funder the list can name
        outside_after = _outside_payer_in_clause(sentence, _clause_of(sentence, start), start, end)
    if outside_after:  # "£35,000 from NHS … Integrated Care Board", "£12,000 a year paid by Cargo Fleet Homes"
        funder = ""
    owner = _OWNER_BEFORE.search(sentence[max(lo, start - 30) : start]) \
        or _OWNERS_MONEY_BEFORE.search(sentence[max(lo, start - 70) : start])  # ("the council's contribution of £X")
    if owner and not after_funder and not by_funder:  # "the Commissioner's £110,000", "the council's £60,000"
        funder = "local authority" if (owner.group(1) or "").lower() == "council" else "PCC"
        role = _commissioners_own_role(role, funder)
    clause_payer = False  # (the figure's own clause names its payer: no other account of the figure before)
    if not funder and not outside_after and not outsider and role not in ("context", "total"):
        # the clause's own payer: the commissioner giving it or named by "by/from", a pronoun's body
        clause_here = _clause_of(sentence, start)
        antecedent = _antecedent_funder(sentence, lo, clause_here, sentence_before, terms)
        same_pot = _FROM_THE_SAME_POT.search(sentence, lo, clause_here[1])
        if same_pot and fund_whole is not None and last_whole is not None and last_whole.funder not in _GRANTORS \
                and _A_FUND.search(same_pot.group(0)):
            # "Blackpool Council separately pays £35,000 a year towards a worker. … Merseyside's award from the same
            # fund is £796,400": a fund is a grant-making department's round, not the council's or commissioner's
            # money stated since, so the fund is that of the department's grant stated before
            last_whole = fund_whole
        if last_whole is not None and last_whole.funder and last_whole.role == "grant" and same_pot:
            # "For comparison, in 2026-27 the county had £391,000 from the same fund": the fund of the award stated
            # before, whose payer that is, not the payer of money added to it since ("… is putting £60,000 alongside")
            antecedent = last_whole.funder
        again = _award_named_again(sentence, start, role, window, last_whole, terms)
        if again:  # "The grant tapers over the period: £324,100 in 2025-26, …": the award stated before, its payer's
            funder, borrowed = again, True
        elif antecedent:  # "The Safer Homes Fund is the commissioner's own budget. … gave the council £12,000 from it"
            funder, clause_payer = antecedent, True
            role = "own_funding" if role == "grant" and antecedent == "PCC" else role
        elif defined and _defined_funder(sentence[slice(*clause_here)], defined):
            # "£42,500 from the Safer Communities Fund", a fund the release says is paid from the precept: its payer
            funder, clause_payer = _defined_funder(sentence[slice(*clause_here)], defined), True
            role = _commissioners_own_role(role, funder)
        elif _commissioners_money_in_clause(sentence, clause_here, start):
            # "paid for from the OPCC's commissioning budget at £20,000 a year": the money named by its holder
            funder, clause_payer = "PCC", True
            role = _commissioners_own_role(role, funder)
        elif (not release_funder or any(f[2] == release_funder and f[1] <= lo for f in funders)) \
                and _commissioner_pays_in_clause(sentence, clause_here, start, end) \
                or _commissioner_said_to_pay(sentence, clause_here, start, end,
                                             spending=not _spends_a_grants_money(role, found[k][2], here, last_whole)):
            # (where the release's one funder pays another figure before it in the sentence, the commissioner's
            # is other money, not that funder's passed on; paid "by the commissioner", or the money "the commissioner
            # pays", is the commissioner's whoever funds the release)
            funder, clause_payer = "PCC", True
            role = "own_funding" if role == "grant" else role
        else:
            funder = _pronoun_subject_funder(sentence, clause_here, start, sentence_before) \
                or (_subject_before_an_aside(sentence, funders, start) if k else "")
            clause_payer = bool(funder)
    if not funder and not own and not outside_after and not outsider and here and here[-1].funder \
            and _continues_payers_list(between) and not _OWN_PAYER_AFTER.match(sentence, end, hi) \
            and not _OWNER_PRONOUN_AFTER.match(sentence, end):  # ("…, and £90,000 of my match funding": the speaker's)
        # "… from their Ministry of Justice funding: £58,000 in X, £34,500 in Y and £29,000 in Z", "… with £55,000
        # from the policing budget in 2025/26 and a further £35,000 in 2026/27": the figure before's payer
        funder, borrowed = here[-1].funder, True
        if role == "grant" and here[-1].role in ("match_funding", "own_funding") \
                and not _GRANT_OF.search(sentence[max(lo, start - 60) : start]):
            role = here[-1].role
    if funder == "PCC" and _PASSED_ON.search(sentence) and not _first(terms.get("own_funding", ()), sentence):
        # money passed on by the commissioner's office is the original funder's when the text names one
        origin = [f for f in funders if f[2] in ("Home Office", "Ministry of Justice")
                  and not _pays_another_figure(sentence, f[0], start)]
        funder = origin[0][2] if origin else funder
        if funder == "PCC" and any(f[2] in ("Home Office", "Ministry of Justice") for f in funders):
            # ("a Home Office grant of £142,000 and £52,000 from the Commissioner": beside the department's own
            # figure, the commissioner's is his own money)
            role = _commissioners_own_role(role, funder)
    if role == "grant" and funder in ("local authority", "PCC", "partners") and _added_in_its_relative_clause(sentence, end):
        role = "match_funding"  # ("paid for with £18,000 a year that X Council is adding to the grant": its money added)
    if role == "match_funding" and funder in ("Home Office", "Ministry of Justice") and \
            not _first(terms.get("match_named", ()), window):
        role = "grant"  # "the Home Office is paying £198,000 towards the service": a funder's grant
    subject = re.match(r"\s*(?:\d+(?:\.\d+)*\s+)?((?:[A-Z][\w'’&-]*\s+){1,5}?)(?:will|has|have|is|are|also)\b", sentence[:start])
    if _first(terms.get("own_funding", ()), sentence[slice(*_clause_of(sentence, start))]):
        # "a bridging grant of £30,000 from his own budget": the clause says whose budget, whatever its noun
        role = _commissioners_own_role(role, funder)
    councils_own = role == "own_funding" and (funder == "local authority" or bool(_COUNCILS_OWN.search(sentence[lo:hi])))
    outside_payer = (bool(outsider) or bool(outside_after)) and not after_funder and not by_funder
    if councils_own:
        # a council's own money is never own_funding (the commissioner's or mayor's budget): added to a grant it
        # is match funding, paying for a service a grant, the council's either way
        funder = "local authority"
        role = "match_funding" if _ADDED_TO.search(sentence[lo:hi]) else "grant"
    elif role == "own_funding" and subject and _ORG_WORD.search(subject.group(1)) and not re.search(
            r"\b(?:Council|Authority|Commissioner|Mayor|Police|Constabulary|Office)\b", subject.group(1)) \
            and not re.search(r"\b(?:commissioner|PCC|mayor)['’]s?\b", window, re.I) \
            and not re.search(r"\b(?:his|her|my)\s+own\b", sentence[slice(*_clause_of(sentence, start))], re.I):
        # (not when the clause names whose budget it is: "paid for from the Commissioner's own budget"; nor a person's,
        # "X will employ two advocates, and Mr Hale is paying for both posts from his own budget", or the speaker's,
        # "X is evaluating it, and I have set aside £30,000 of my own budget": a body's is "its own")
        role, funder = "match_funding", "partners"  # a charity putting in its own money beside the grant
    elif role in ("own_funding", "match_funding") and _providers_own(sentence[lo:hi]):
        role, funder = "match_funding", "partners"  # "The Recipient will add £18,000 of its own reserves"
    elif role in ("part", "grant") and (not funder or borrowed) and _providers_own(sentence[lo:hi]):
        funder, borrowed = "partners", False  # a listed piece: "* £32,200 from the provider's charitable reserves" (its
        # own money, not the payer of the piece listed before it)
    elif role in ("own_funding", "match_funding") and \
            re.search(r"\b(?:council|authority)\b[^.;]{0,60}\bits own\b", sentence[lo:hi], re.I):
        funder = "local authority"  # "The council will also contribute £35,000 from its own budget"
    elif role == "own_funding" and _OUTSIDE_OWNER.search(sentence[_clause_of(sentence, start)[0] : start]) \
            and re.search(r"\bits own\b", sentence[lo:hi]) and not _ADDED_TO.search(sentence[lo:hi]):
        # "the Health Board will fund a psychologist (about £31,000 a year) from its own budget": a body outside
        # the funder list paying from its own money: a grant whose funder the list cannot name
        role, funder, outside_payer = "grant", "", True
    elif role == "match_funding" and not funder and re.search(r"\bmy\s+own\b", sentence[lo:hi], re.I) \
            and _first(terms.get("own_funding", ()), sentence[lo:hi]):
        funder = "PCC"  # "My own contribution of £60,000 a year, paid alongside the grant": the commissioner writing of
        # the money added from his own budget (a council's or a provider's own money is read above)
    elif role == "own_funding" and by_funder and by_funder[0][2] in _GRANTORS \
            and re.search(r"\bits\s+own\b", sentence[lo:start], re.I) \
            and not re.search(r"\b(?:his|her|my|our|commissioner|mayor|PCC|PFCC|OPCC)\b", sentence[lo:start], re.I):
        # "The helpline has its own money: £20,000 from the Ministry of Justice": a service's own money, apart
        # from the rest, paid by the grantor its figure's clause names; no commissioner's own budget
        role, funder = "grant", by_funder[0][2]
    elif role == "own_funding":
        funder = "PCC" if funder in ("", "Home Office", "Ministry of Justice", "partners") and \
            not any(v == "local authority" for _, _, v in own) else funder
        if funder == "PCC" and _augments_grant(sentence, lo, hi, start, end, any(
                x.role in ("grant", "total") for x in here) or _this_areas_grant_before(sentence, lo, hi, last_whole)):
            role = "match_funding"  # the commissioner's own money put into a grant: "supplemented the award with
            # £15,000 of his own", "will match it with £100,000 from his police fund"
    if role in ("grant", "own_funding") and funder in ("PCC", "local authority", "partners") \
            and not (here and here[-1].role == "own_funding" and _TOWARDS_IT_AFTER.match(sentence, end)) \
            and (_enlarges_the_grant_before(sentence, lo, start, here) or _augments_grant(
                sentence, lo, hi, start, end, any(x.role in ("grant", "total") for x in here)
                or _this_areas_grant_before(sentence, lo, hi, last_whole))):
        role = "match_funding"  # (README match_funding: money added to a grant by the PCC, a council or partners)
    elif role == "grant" and not funder and outside_payer and (_augments_grant(
            sentence, lo, hi, start, end, any(x.role in ("grant", "total") for x in here))
            or _added_to_a_grant_after_its_brackets(sentence, end)):
        role = "match_funding"  # a body outside the funder list adding its money to a grant ("a contribution of
        # £50,000 from the health board's budget, added to the Home Office grant"): match funding with no funder
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
        mine = _OWNER_PRONOUN_AFTER.match(sentence, end)
        # (not the commissioner whose award the figure matches: "as match funding for the Commissioner's award")
        # (nor the office named as holding the grant matched: "to the Home Office grant held by the commissioner's
        # office")
        funder = "PCC" if any(not _MATCHED_MONEY_BEFORE.search(window[max(0, m.start() - 40) : m.start()])
                              and not _named_as_receiver(window, (m.start(),))
                              for m in [*re.finditer(r"\b(?:commissioner|PCC|PFCC|mayor|his|her)\b", window, re.I),
                                        *re.finditer(_COMMISSIONER_BODY, window)]) \
            or (mine and mine.group("who").lower() == "my") else \
            "local authority" if _COUNCIL_BY_NAME.search(sentence[_clause_of(sentence, start)[0] : start]) else ""
        # ("The London Borough of Hackney … will each add £25,000 a year to the grant": a council by its name)
        # ("£90,000 of my match funding": a commissioner's own words, the commissioner's money)
    elif role == "grant" and own_release and not funder:
        role, funder = "own_funding", "PCC"
    elif role == "total":
        # one funder named: its total; or the total is one body's own, named as its holder ("the Commissioner's
        # combined contribution of £86,400")
        funder = funder if len({f[2] for f in funders}) == 1 or (owner and not after_funder and not by_funder and
                                                                  not funders) else ""
        if funder and any(f[1] < start and re.match(r"['’]s?\s", sentence[f[1] :]) and re.search(
                r"\b(?:and|plus)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", sentence[max(lo, f[0] - 40) : f[0]])
                for f in funders if f[2] == funder):
            funder = ""  # "the grant and the city council's contribution come to £T": one of the items summed is
            # that funder's, the total is across funders
        if funder and any(f[2] == funder and _named_as_an_item_of_a_sum(sentence, lo, f[0]) for f in funders):
            funder = ""  # "Adding the council's match …, the scheme has £T in all", "£T, not counting what councils add"
        if any(x.role in ("match_funding", "own_funding") for x in here):
            funder = ""  # "a further £60,000 from her own budget, bringing the total to £540,000": all funders
        if funder == "PCC" and _OWN_MONEY_ADDED_IN.search(sentence):
            funder = ""  # "with the commissioner's own money the service has £300,000 in all": the own money is one
            # of the things summed, the total is across funders
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
    piece_of = _piece_after_colon(sentence, start, here, funders) if not funder else None
    if piece_of is not None and not re.match(r"\s*(?:a|each|per) year\b", sentence[end:]):
        # "the ICB's £48,000 would be paid in two instalments: £30,000 in April and £18,000 in October": the pieces
        # are that figure's money, also where its payer is off the funder list (so not lent the release's)
        funder, outside_payer, borrowed = piece_of.funder, not piece_of.funder, True
    if here and here[-1].whole is None and here[-1].role in ("grant", "match_funding", "own_funding") \
            and _corrects_the_figure_before(between):
        # "… should read £38,500 a year, not £35,800": the figure corrected is the same money as the one before it
        funder, role, outside_payer, borrowed = here[-1].funder, here[-1].role, False, True
    if not after_funder and not by_funder and not held and _joint_payers_subject(sentence, start, funders):
        funder, outside_payer = "", True  # "The Commissioner and Kent County Council have jointly funded a course with
        # £60,000": two payers' money together, a sum across funders (README, funder: a total across several funders
        # is null), which is lent no other payer
    if funder and _two_payers_money_after(sentence, end):
        funder = ""  # "£48,000 in 2027/28 (the Home Office grant and the health board's money)": the figure glossed as two
        # payers' money together, a sum across funders (README, funder: a total across several funders is null)
    borrowed = borrowed or (beyond_clause and funder == read_funder)
    return funder, own, role, clause_payer, councils_own, outside_payer, borrowed


#: what two payers named as a sentence's subject do together: "… have jointly funded", "… are together paying", "…
#: co-fund", "… have between them put"
_JOINT_VERB = re.compile(r"\b(?:(?:have|has|are|is|will|were|had)\s+(?:also\s+)?)?(?:jointly|together|between them|"
                         r"co-?fund(?:ed|s|ing)?)\b", re.I)


def _joint_payers_subject(sentence: str, start: int, funders: list) -> bool:
    """Whether the figure's sentence opens (after any comma) on two different payers joined by "and" who pay it
    together ("The Kent Police and Crime Commissioner and Kent County Council have jointly funded a group course with
    £60,000"): the money is theirs together, no one payer's (README, funder: a total across several funders is
    null). The subject must be names only (:data:`_NAME_SMALL_WORDS`), so that "The council, which holds the Home
    Office grant, and …" is left alone; two councils are one payer, local authority."""
    head = sentence[:start]
    m = _JOINT_VERB.search(head)
    if not m or MONEY_TOKEN.search(head, 0, m.start()):
        return False
    lo = max(head.rfind(c, 0, m.start()) for c in ".;:,") + 1
    subject = head[lo : m.start()]
    # (a council named by two places joined by "with" is one name: "Sandwich with Deal District Council")
    names = re.sub(r"\bwith(?= [A-Z][\w'’-]* (?:(?:Borough|City|County|District) )?Council\b)", "", subject)
    items = [i for i in re.split(r"\band\b", names) if i.strip()]
    if len(items) < 2 or any(w[0].islower() and re.sub(r"['’]s$", "", w) not in _NAME_SMALL_WORDS
                             for i in items for w in re.findall(r"[\w'’&-]+", i)):
        return False
    payers = {f[2] for f in funders if lo <= f[0] < m.start()}
    if _COMMISSIONER_OR_MAYOR.search(subject):  # (capitalised: the subject is names only)
        payers.add("PCC")
    return len(payers) >= 2


_MONEY_NOUN = r"(?:grants?|money|funding|budgets?|contributions?|shares?|allocations?|awards?)"
#: a gloss just after a figure naming it as two bodies' money together: "(the Home Office grant and the health
#: board's money", ", the council's contribution and the commissioner's budget"; each half's words before its noun
_TWO_PAYERS_AFTER = re.compile(r"(?:\s+(?:in|for)\s+[\w/-]+|\s+(?:a|each|per)\s+year)?\s*[(,:–—]\s*"
                               r"(?:the\s+|its\s+)?(?P<a>(?:[\w'’-]+\s+){0,3}?)" + _MONEY_NOUN + r"\s*(?:,\s*)?(?:and|plus)\s+"
                               r"(?:the\s+|its\s+)?(?P<b>(?:[\w'’-]+\s+){0,3}?)" + _MONEY_NOUN + r"\b")


def _two_payers_money_after(sentence: str, end: int) -> bool:
    """Whether the words just after a figure gloss it as the money of two bodies together, each half naming its body
    by a capitalised name or a possessive ("the Home Office grant and the health board's money"); not a gloss naming
    no bodies ("the grant and the match money")."""
    m = _TWO_PAYERS_AFTER.match(sentence, end)
    if not m:
        return False
    def names_a_body(words: str) -> bool:
        return bool(re.search(r"(?-i:\b[A-Z][\w-]*)|['’]s?\s*$", words.strip()) or re.search(r"['’]s?\s", words))
    return names_a_body(m.group("a")) and names_a_body(m.group("b"))


#: the commissioner's own money named as one of the things a total sums ("With the commissioner's own money …", "from
#: the grant and the commissioner's budget", "plus her own contribution")
_OWN_MONEY_ADDED_IN = re.compile(r"\b(?:with|plus|and|including|adding)\s+(?:the\s+)?(?:(?:commissioner|mayor|PCC|PFCC)['’]s|"
                                 r"his|her|my)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:money|budget|funding|fund|funds|contribution)\b",
                                 re.I)


def _spends_a_grants_money(role: str, amount, here: list, last_whole) -> bool:
    """Whether a figure the commissioner spends is the grantor's money stated before: that sum named again ("Kent has
    been awarded £400,000 by the Home Office. The commissioner will spend the £400,000 on …") or a piece of a grantor's
    grant ("The commissioner is using £250,000 to fund a group course and £150,000 for …"): the grant's, not the
    commissioner's own (a piece of a total across funders, "£450,000 in all: … the commissioner adds £50,000", is his)."""
    whole = here[-1] if here and here[-1].whole is None and here[-1].role in ("grant", "total") else last_whole
    if whole is None:
        return False
    return whole.amount.pence == amount.pence or role == "part" and whole.funder in ("Home Office", "Ministry of Justice")


def _commissioners_own_role(role: str, funder: str) -> str:
    """The role of a figure held by the commissioner by name ("the Commissioner's £64,000 pays for …", "her own
    £35,000"): the commissioner's own budget, not a grant from another payer (added to a grant, the later check of
    own funding makes it match funding)."""
    return "own_funding" if role == "grant" and funder == "PCC" else role


def _named_beyond_its_clause(sentence: str, start: int, funder: str, own: list, figures: int) -> bool:
    """Whether the payer read for a figure of a sentence of several figures is named only outside the figure's own
    clause: "£200,000 is paid from the Home Office grant … and £100,000 is for a helpline" names the Home Office in
    the first figure's clause, not in the second's (which its whole's payer then fills: README, 'part')."""
    if not funder or figures < 2:
        return False
    lo, hi = _clause_of(sentence, start)
    clauses = _clauses(sentence)
    after = next((c for c in clauses if c[0] >= hi), None)
    if after and not MONEY_TOKEN.search(sentence[after[0] : after[1]]):
        hi = after[1]  # "£418,200, the second year of the Home Office award, and …": an aside on the figure is its own
    return not any(f[2] == funder and lo <= f[0] < hi for f in own)


#: a sum named by a pronoun as what is split: "split it into two lots", "this is divided between", "it was shared among"
_SPLIT_BACK = re.compile(r"\b(?:split|splits|splitting|divided|divides|dividing|shared|shares|broke|breaks|spread|spreads)\s+"
                         r"(?:it|this|that)\s+(?:between|among|amongst|across|into)\b|\b(?:it|this|that)\s+(?:is|was|will be|"
                         r"has been|is being|is to be)\s+(?:split|divided|shared|broken down|spread)\s+(?:between|among|amongst|"
                         r"across|into)\b", re.I)


def _pieces_within_the_sentence(sentence, here, said_before, drafts, funders, release_funder, terms=None) -> None:
    """The figures of one sentence related to each other once each is read: a piece of the sum named just after
    it ("£X of the £Y"), pieces of the sum a sentence opens with ("Of the £2.4 million …"), a sum and what it is
    made of or split between, per-year parts of a sum of several years said just before, a breakdown after a
    colon, and pieces in the sentence of their total."""
    # "£23,850 of the £386,400 was set aside for it", "£X out of £Y": a piece of the sum named just after it
    for a, b in zip(here, here[1:]):
        if a.role != "context" and b.role != "context" and a.amount.pence < b.amount.pence \
                and (a.whole is None or a.role == "part" and a.whole not in here and re.match(
                    r"\s+(?:of|out of)\s+(?:this|that|these|those)\s*$", sentence[a.start + len(a.amount.text) : b.start])) \
                and _OF_THE_SUM.fullmatch(sentence[a.start + len(a.amount.text) : b.start]):
            # ("£400,000 of that £1.1 million": the sum named just after it, not the one before that "of that" would
            # otherwise point to)
            if re.match(r"\s+(?:of|out of)\s+(?:this|that)\s*$", sentence[a.start + len(a.amount.text) : b.start]) \
                    and _restates_an_earlier_sum(b, drafts):
                if b.period is not None:
                    a.period, a.period_basis = b.period, "clause"
                b.period, b.period_basis = None, ""  # "takes £400,000 of that £1.1 million … over the two years": the
                # sum pointed back to restates one stated before, and the span words are the piece's (README,
                # "Restated figures"), and its pieces' span is not lent back to it
                b.restated_whole = b.restated = True
            a.role, a.whole, a.part_of = "part", b, b.line
            _lend_wholes_payer(a, b)
            _lend_period(a, b.period, "whole")
    # "Of the £2.4 million shared by the eastern forces, Essex will receive £310,000": pieces of the sum the
    # sentence opens with
    if len(here) > 1 and here[0].role != "context" and _OPENS_WITH_OF.match(sentence[: here[0].start]):
        whole = here[0]
        for d in here[1:]:
            if d.role in ("grant", "own_funding", "match_funding") and d.whole is None \
                    and d.amount.pence < whole.amount.pence:
                d.role, d.whole, d.part_of = "part", whole, whole.line
                _lend_wholes_payer(d, whole)
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
    # "The commissioner split it into two lots: lot 1 … for £298,000, and lot 2 … for £158,000", "City Hall says this is
    # split between a £1.4m contract …, £650,000 … and £355,000": the one sum of the sentence before, named by a pronoun
    # as what is split, is what the sentence's figures are pieces of, when they come close to it (the rest may follow,
    # "the remaining £16,000"; a small gap is a stated conflict, README parts_do_not_sum)
    elif len(here) >= 2 and len(said_before) == 1 and said_before[0].whole is None \
            and said_before[0].role in ("grant", "total") and said_before[0].amount.pence \
            and _SPLIT_BACK.search(sentence[: here[0].start]) and "£" not in sentence[: here[0].start] \
            and all(d.whole is None and d.role == "grant" and d.amount.pence < said_before[0].amount.pence
                    and d.code in ("", said_before[0].code) for d in here) \
            and 0.9 * said_before[0].amount.pence <= sum(d.amount.pence for d in here) <= 1.02 * said_before[0].amount.pence:
        _pieces_of(said_before[0], here)
    # "The award was split across the two years as £352,900 for 2024-25 and £335,500 for 2025-26", "That is £306,400
    # for 2025-26 and £306,400 for 2026-27": figures each for its own one year that sum exactly to the one sum of
    # several years stated just before, covering those years, are its per-year parts
    whole = _several_years_sum_split(here, said_before) if len(here) >= 2 else None
    if whole is not None:
        for d in here:
            d.role, d.whole, d.part_of = "part", whole, whole.line
            _lend_wholes_payer(d, whole)
            _lend_wholes_area(d, whole)
    # "Of this, £246,900 is a grant from the Home Office and £50,000 comes from the Commissioner's own budget", "Of
    # that grant, £120,000 is kept … and £748,400 is passed to the ten councils": every figure of a sentence opening
    # with 'of this' is a piece of the one sum before (the money added by a funder of its own is that funder's)
    if len(here) >= 2 and here[0].role == "part" and here[0].whole is not None \
            and not any(here[0].whole is d for d in here) \
            and _OF_THIS_OPENS.match(sentence[: here[0].start]) \
            and all(d.whole is None and d.role in ("grant", "match_funding", "own_funding") for d in here[1:]):
        whole = here[0].whole
        for d in here[1:]:
            if d.role == "grant" and whole.funder and d.funder != whole.funder:
                d.funder, d.funder_basis = whole.funder, "whole"  # (a council the money is passed to receives it)
            d.role, d.whole, d.part_of = "part", whole, whole.line
            _lend_period(d, whole.period, "whole")
            d.code, d.basis = (d.code, d.basis) if d.basis != "release" or not whole.code else (whole.code, whole.basis)
        if len({d.funder for d in here}) > 1:
            whole.role, whole.funder = "total", ""
    _rest_of_an_earlier_sum(here, funders)  # "£240,000 of that …, and the commissioner is adding £78,000": the rest of it
    # "£A on …: £B from the Home Office and £C from our own budget": a breakdown after a colon
    colon = sentence.find(":", here[0].start) if here else -1
    if colon > 0 and len(here) > 1 and all(d.start > colon for d in here[1:]) and here[0].start < colon \
            and here[0].role in ("grant", "own_funding", "total") and "|" not in sentence[here[0].start : colon]:
        # (not the colon of the next field in a row of fields set off by pipes: "Income: £82,400 | Spending: £79,100")
        whole = here[0]
        for k, d in enumerate(here[1:], 1):
            if d.role == "total" and not d.funder:
                # (a piece read as a total for the "in all" before it: the one funder its own words after the
                # colon name, "£318,000 from the Home Office grant, £50,000 from …")
                stop = here[k + 1].start if k + 1 < len(here) else len(sentence)
                named = {f[2] for f in funders if d.start <= f[0] < stop}
                d.funder = named.pop() if len(named) == 1 else ""
            d.role, d.whole, d.part_of = "part", whole, whole.line
        payers = {d.funder for d in here[1:]}
        if whole.funder and whole.funder_basis == "clause" and payers - {""} <= {whole.funder}:
            payers.discard("")  # ("£900,000 of Ministry of Justice money into this work: £600,000 to run the
            # course and £300,000 towards the helpline": the whole's own words name its payer, and a piece naming
            # none, or the same one, is that payer's money, not a second payer's)
        if len(payers) > 1:
            whole.role, whole.funder = "total", ""
        elif len({d.code for d in here[1:] if d.code and d.basis in ("clause", "possessive")}) > 1:
            whole.role = "total"  # (pieces for services in several named areas: a sum over them, keeping its payer,
            # as :func:`_role_of_the_whole` reads pieces of several areas)
        for d in here[1:]:
            _lend_wholes_payer(d, whole)
    # "The grant is paid in two instalments: £118,000 in 2024-25 and £128,000 in 2025-26": pieces, after a colon, of
    # the grant stated before that they sum to
    colon = sentence.find(":")
    if here and 0 < colon < here[0].start and _THE_GRANT.search(sentence[:colon]) and len(here) >= 2 \
            and all(d.role in ("grant", "part") for d in here):
        paid_by = _first(terms.get("funder", ()), sentence[:colon]) if terms else ""
        named = _funders_sums(drafts, paid_by) if paid_by else []  # ("The Home Office money is paid in two …")
        whole = next((x for x in reversed(named) if x.code == here[0].code
                      and x.amount.pence == sum(d.amount.pence for d in here)), None) or next(
            (x for x in drafts if x.role == "grant" and x.whole is None and x.code == here[0].code
             and x.amount.pence == sum(d.amount.pence for d in here)), None)
        if whole is not None:
            for d in here:
                d.role, d.whole, d.part_of = "part", whole, whole.line
                _lend_wholes_payer(d, whole)
    # "£402,000 is being split between a group programme (£260,000) and one-to-one work (£142,000)": the
    # figures after a sum said to be split, divided or shared between things are its pieces
    if len(here) > 1 and here[0].role in ("grant", "total", "own_funding", "match_funding") and here[0].whole is None \
            and _SPLIT_BETWEEN.search(sentence[here[0].start : here[1].start]):
        whole = here[0]
        for d in here[1:]:
            if d.role in ("grant", "own_funding", "match_funding") and d.whole is None:
                d.role, d.whole, d.part_of = "part", whole, whole.line
                if not d.funder or d.funder == release_funder and d.funder_basis != "clause":  # (lent: the split sum's)
                    d.funder, d.funder_basis = whole.funder, "whole"
    _pieces_made_into_a_total(sentence, here)  # "Its £702,000 share and £95,000 of … make a combined £812,000"
    # "£A plus £B, £C in all": pieces in the same sentence as the total are its parts; not a figure the sentence sets
    # against the total ("£400,000 in total went on …, compared with about £4.8 million on …"), nor one larger than it
    totals = [d for d in here if d.role == "total"]
    if totals and _IN_ALL.search(sentence):
        for d in here:
            if d.role in ("grant", "match_funding", "own_funding") and d is not totals[0] \
                    and d.amount.pence <= totals[0].amount.pence \
                    and not _SET_AGAINST_BEFORE.search(sentence[max(0, d.start - 40) : d.start]):
                d.role, d.whole, d.part_of = "part", totals[0], totals[0].line
    # "The Combined Authority's £93,000 pays for an evaluation …, at £48,000, and for a helpline …, at £45,000", "The
    # council's share is £246,800, broken down as £121,900 for 2025/26 and £124,900 for 2026/27": the figures straight
    # after a sum in its sentence that add up to it exactly are its pieces, whatever they were taken to be a piece of
    for i, w in enumerate(here):
        if w.role == "context" or not w.amount.pence or w.per_year or _pieces_complete(w, here):
            continue
        run, got = [], 0
        for d in here[i + 1:]:
            if d.role not in ("grant", "part", "match_funding", "own_funding") or d.per_year \
                    or any(x.whole is d for x in here):
                break
            run.append(d)
            got += d.amount.pence
            if got >= w.amount.pence:
                break
        if len(run) >= 2 and got == w.amount.pence and not _other_areas_shares(w, run):
            _pieces_of(w, run)
            break


#: a sentence opening by naming a sum again by its noun, before its first figure: "The grant is profiled as …", "3.2 The
#: award is paid as …" (the noun it is called by: "grant")
_OPENS_WITH_THE_NOUN = re.compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?the\s+(?P<noun>grant|award|allocation|contract)\s+"
                                  r"(?:is|was|will be|has been)\b[^£]*$", re.I)


def _noun_the_pieces_open_with(rel, pieces: list[_Draft]) -> str:
    """The noun the sentence of ``pieces`` (all on one line) names their sum by, as its subject before the first of
    them ("The grant is profiled as £190,300 for 2026/27 and £194,300 for 2027/28": "grant"), else ''. It points the
    pieces to the sum introduced by that noun ("accepts a grant of £384,600"), however far back."""
    if not pieces or len({x.line for x in pieces}) != 1:
        return ""
    first = min(pieces, key=lambda x: x.start)
    sentence = next((t for n, t in rel.sentences if n == first.line and first.amount.text in t), "")
    m = _OPENS_WITH_THE_NOUN.match(sentence[: sentence.find(first.amount.text)]) if sentence else None
    return m.group("noun").lower() if m else ""


#: the verb whose subject is a sum's pieces and whose object is the sum: "£A and £B make a combined £C", "… together
#: come to £C", "… add up to £C", "… total £C"
_MAKE_THE_TOTAL = re.compile(r"\b(?:make|makes|made|making|come to|comes to|came to|add up to|adds up to|added up to|"
                             r"amount to|amounts to|amounted to|total|totals|totalled|totaled)\s+(?:a\s+|an\s+|the\s+)?"
                             r"(?:combined\s+|total\s+of\s+|grand\s+total\s+of\s+|sum\s+of\s+)?$", re.I)


def _pieces_made_into_a_total(sentence: str, here: list[_Draft]) -> None:
    """The figures of a sentence before its total, when they are the subject of the verb that makes it ("Its £702,000
    share and £95,000 of the commissioner's own money make a combined £812,000"), are its pieces, also when they do not
    add up to it (a stated conflict: README parts_do_not_sum); a piece naming no payer keeps the total's."""
    for k, t in enumerate(here):
        if k < 2 or t.role != "total" or t.whole is not None or any(x.whole is t for x in here):
            continue
        if not _MAKE_THE_TOTAL.search(sentence[here[k - 1].start + len(here[k - 1].amount.text) : t.start]):
            continue
        pieces = here[:k]
        if all(x.whole is None and x.role in ("grant", "match_funding", "own_funding") for x in pieces):
            for x in pieces:
                x.role, x.whole, x.part_of = "part", t, t.line
            if len({x.funder for x in pieces}) > 1:
                t.funder = ""
        return


def _several_years_sum_split(here: list[_Draft], said_before: list[_Draft]) -> _Draft | None:
    """The one sum of several years stated in the sentence before that ``here``'s one-year figures split by year: each
    of its years once, adding up to it exactly. With several figures before, the one they add up to ("The grant is
    £430,000 from the Home Office and £108,000 from my own fund." then "The Home Office share is £212,000 in 2026-27
    and £218,000 in 2027-28": the £430,000)."""
    if not all(d.whole is None and d.role in ("grant", "part") and d.period and d.period[0] == d.period[1]
               for d in here) or len({d.period for d in here}) != len(here):
        return None
    total = sum(d.amount.pence for d in here)
    fits = [w for w in said_before if w.role in ("grant", "total", "part") and w.period
            and w.period[0] != w.period[1] and w.amount.pence == total
            and (w.whole is None or len(said_before) > 1 and w.role == "part")
            and all(w.period[0] <= d.period[0] <= w.period[1] for d in here)]
    return fits[0] if len(fits) == 1 else None


def _table_total_restating_a_payers_sum(d: _Draft, before: list[_Draft], drafts: list[_Draft]) -> None:
    """A table's TOTAL whose rows and headings name no payer, equal to one sum the prose above stated with its payer
    ("X receives £318,400 of the year's Home Office grant" over a claims table whose Profile column totals 318,400):
    the table sets out that money, so it and its rows take that payer (README, "Payer said once": a part takes its
    whole's payer)."""
    rows = [x for x in drafts if x.whole is d]
    if not rows or any(x.funder or x.row_funder for x in rows):
        return
    said = [x for x in before if not x.table and x.amount.pence == d.amount.pence and x.funder
            and x.funder_basis in ("clause", "whole") and x.role in ("grant", "part") and x.code == d.code]
    # (a payer its own clause or its whole names, not one lent from the release: "a net budget of £4,118k")
    if len({x.funder for x in said}) != 1:
        return
    for x in [d] + rows:
        x.funder, x.funder_basis = said[-1].funder, "whole"


def _table_total_restating_an_unpaid_value(d: _Draft, before: list[_Draft], drafts: list[_Draft]) -> None:
    """A table's TOTAL whose rows and headings name no payer, equal to a contract's value the prose above stated with
    no payer ("The contract value for the first term is £900,000" over a table of the three years' values totalling
    900,000): the table sets out that value, so neither it nor its rows take the payer the release lends other
    figures (README, "Payer said once": a contract's value keeps funder null unless its own clause names a payer)."""
    rows = [x for x in drafts if x.whole is d]
    if not rows or any(x.row_funder or x.funder_basis != "default" for x in rows):
        return
    if not any(not x.table and x.amount.pence == d.amount.pence and getattr(x, "unpaid_value", False)
               and not x.funder and x.code == d.code for x in before):
        return
    for x in [d] + rows:
        x.funder, x.funder_basis = "", ""


def _pieces_complete(w: _Draft, here: list[_Draft]) -> bool:
    """Whether ``w`` already has pieces in its sentence and they are not just its first pieces: a sum whose first
    per-year piece an earlier rule took ("£180,000 added to the grant, paid as £90,000 in 2025-26 and £90,000 in
    2026-27", the first £90,000 read with the sum) still takes the rest of the run that adds up to it."""
    mine = [x for x in here if x.whole is w]
    if not mine:
        return False
    after = here[here.index(w) + 1 :]
    return sum(x.amount.pence for x in mine) >= w.amount.pence or len(after) < len(mine) \
        or any(a is not b for a, b in zip(after, mine))


#: words after a figure saying it is several payers' money with no split: "…, again a mix of Home Office money and her
#: own", "— a combination of council and commissioner funding"
_A_MIX_OF_PAYERS = re.compile(r"[^.;£]{0,60}?\b(?:an?\s+|the\s+same\s+)?(?:mix|mixture|combination|blend)\s+of\s+"
                              r"(?P<one>[^.;,£]{2,60}?)\band\s+(?P<two>[^.;,£]{0,40}?\b(?:money|funding|funds|grants?|"
                              r"(?:her|his|its|their) own))\b",
                              re.I)  # (of money: not "a mix of group and one-to-one work")
#: a payer named on one side of the "and" of a mix: a body on the funder list or an outside grant-maker, a charity's
#: own fundraising, or "her own" (not "its core grant and one-off winter funding": one payer's two pots)
_A_PAYER_OF_A_MIX = re.compile(_ON_FUNDER_LIST.pattern + "|" + _OUTSIDE_BODY.pattern +
                               r"|\b(?:fund-?raising|donations?)\b|^\s*(?:her|his|its|their) own\b", re.I)


#: a sentence opening on a fund held by "its" owner: "Its national fund this year comes to roughly £31 million"
_ITS_FUND_OPENS = re.compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?Its\s+(?:[\w'’-]+\s+){0,3}?(?:fund|pot|scheme)\b")
#: a sentence whose subject is a department: "The Home Office has so far confirmed money for 2027-28 alone."
_DEPARTMENT_OPENS = re.compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:The\s+)?(?P<dept>Home Office|Ministry of Justice)\b"
                               r"(?!['’]s)")


def _its_fund_after_the_grantor(rel, drafts: list[_Draft]) -> None:
    """A fund's figure with no payer in a sentence opening "Its … fund", just after a sentence whose subject is the
    Home Office or the Ministry of Justice ("The Home Office has so far confirmed money for 2027-28 alone. Its
    national fund this year comes to roughly £31 million"): "its" is that department, whose fund it is, so the figure
    has that funder, as a national fund in apposition to the grantor's own does (:func:`_national_fund_of_the_grantor`)."""
    sentences = list(rel.sentences)
    for d in drafts:
        if d.table or d.funder or d.role != "context":
            continue
        k = next((i for i, (n, t) in enumerate(sentences) if n == d.line and d.amount.text in t), None)
        if not k or not _ITS_FUND_OPENS.match(sentences[k][1]) or sentences[k - 1][0] not in (d.line, d.line - 1):
            continue
        dept = _DEPARTMENT_OPENS.match(sentences[k - 1][1])
        if dept:
            d.funder, d.funder_basis = dept.group("dept"), "clause"


def _money_said_to_be_a_mix(rel, drafts: list[_Draft]) -> None:
    """A figure its own sentence goes on to call a mix of two payers' money with no split ("The commissioner has offered
    £150,000 for 2025-26, a mix of Home Office money and her own"): neither payer's alone, so funder null (README,
    funder: a sum from several payers with no split names none)."""
    for d in drafts:
        if d.table or not d.funder or d.whole is not None or d.role not in ("grant", "total"):
            continue
        line = rel.line_text(d.line) or ""
        at = line.find(d.amount.text)
        mix = _A_MIX_OF_PAYERS.match(line, at + len(d.amount.text)) if at >= 0 else None
        if mix and _A_PAYER_OF_A_MIX.search(mix.group("one")) and _A_PAYER_OF_A_MIX.search(mix.group("two")):
            # (payers named on both sides of its "and", in one clause: not "a mix of group and individual sessions,
            # and the money runs to …", nor "a combination of its core grant and one-off winter funding")
            d.funder, d.funder_basis = "", "none"


def _relate_across_the_release(rel, drafts, terms, facts: _ReleaseFacts, by_section) -> list[_Draft]:
    """The passes over all of a release's figures once every line is read (the years of accounts, areas by
    section, restatements, totals and their parts, two-way tables, unrelated rows, councils as recipients,
    per-year splits, match funding in table rows).  Returns the drafts, less the rows set aside."""
    _shares_past_a_full_shared_award(drafts)  # "… £301,200 and Durham's is £317,700", then "DURHAM – £295,400 …"
    # accounts whose comparatives name last year ("(2021-22: £231,975)"): "for the year", "in the year" is the year after
    account_years = {_fy_text(int(x.period[0][:4]) + 1) for x in drafts if getattr(x, "comparative", False) and x.period}
    if len(account_years) == 1:
        year = account_years.pop()
        for d in drafts:
            if d.period is None and (d.role not in ("context", "match_funding") or d.role == "context" and
                                     _EXPENDITURE_FOR_THE_YEAR.search(rel.line_text(d.line))) \
                    and _THE_YEAR.search(rel.line_text(d.line)):
                # (and a body's expenditure for the year, context for that year as a funds table's is: README, "Funds
                # tables in accounts")
                # (money added to a grant has only its own clause's period: adjudicated convention R2)
                d.period, d.period_basis = (year, year), "heading"  # (the year the accounts name for themselves)
        for d in drafts:
            # a piece of a longer award that its own clause says came in the accounts' year ("The trust's grant is
            # £90,000 over the three years to March 2026. £30,000 of it was received this year"): that year, not the
            # award's span (README, "This year": the year a yearly report names for itself); pieces of it follow
            span = d.whole.period if d.whole is not None else None
            if d.table or d.period is not None or not span or span[0] == span[1] or not span[0] <= year <= span[1]:
                continue
            sentence = rel.line_text(d.line) or ""
            at = sentence.find(d.amount.text)
            if at < 0:
                continue
            a, b = _clause_of(sentence, at)
            if _IN_THE_ACCOUNTS_YEAR.search(sentence[at:b]):
                d.period, d.period_basis = (year, year), "heading"
    _this_years_money_dated_elsewhere(rel, drafts)
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
                        d.period, d.period_basis = spans[0][2:], "heading"
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
    for k, d in enumerate(drafts):
        # "… said the grant for 2025-26 had been cut to £290,000. That figure is not correct: the grant letter gives
        # £312,800": the right figure of a correction takes the year its line gives the figure it replaces (README,
        # "Corrected figures"); a bare restatement elsewhere takes none ("Restated figures")
        replaced = _dated_figure_it_corrects(d, drafts, rel.line_text(d.line))
        if d.period is None and replaced is not None and d.role in ("own_funding", "grant") \
                and (not d.bad_year or _note_dates_the_figure_it_corrects(d, replaced)):
            # (a note's right figure is marked as having no year of its own, but the note dating the figure it
            # replaces in that figure's clause dates it: "printed the 2024/25 award as £215,000. The offer
            # letter says £251,000")
            d.period, d.period_basis = replaced.period, "restated"
        again_stated = [x for x in drafts[:k] if x.amount.pence == d.amount.pence and x.period and (
            x.role == "grant" or x.role == "total" and not x.table and d.table)]  # (or the prose's total across funders)
        if d.period is None and d.role == "total" and again_stated:
            d.period, d.period_basis = again_stated[-1].period, "restated"  # a table's total that is the award stated before in prose
        if d.role == "total" and d.table and not d.funder and d.whole is None and not getattr(d, "across", False) \
                and not d.row_funder:
            _table_total_restating_a_payers_sum(d, drafts[:k], drafts)
        if d.role == "total" and d.table and d.whole is None and not d.row_funder and d.funder_basis == "default":
            _table_total_restating_an_unpaid_value(d, drafts[:k], drafts)
        again = [x for x in drafts[:k] if x.amount.pence == d.amount.pence and x.role == d.role and x.funder]
        if getattr(d, "same", False) and again:
            d.funder, d.funder_basis = again[-1].funder, "default"  # "the same £40,000 in match funding": the funder
            # stated for it before
        elif d.role in ("match_funding", "own_funding") and not d.funder and again:
            d.funder, d.funder_basis = again[-1].funder, "default"  # "The match funding of £95,000 was paid …": the
            # funder of that sum stated before
        said_in = next((s for n, s in rel.sentences if n == d.line and d.amount.text in s), "")
        at = said_in.find(d.amount.text)
        if d.role == "grant" and not d.funder and d.code and not _WORTH_OR_COST.search(said_in[: max(at, 0)]) \
                and not getattr(d, "cost_head", False) \
                and not (said_in and _anothers_report_figure(said_in, at, at + len(d.amount.text))) \
                and not (at > 0 and _RECEIVED_BY_A_BODY.search(said_in[:at]) and not find_areas(said_in[:at])):
            # (not a figure quoted from another's report: "The £800,000 figure in our report of 5 June"; nor a sum a
            # body that is no area receives, "Oak Women's Aid does it now and receives £52,000 a year for it": a
            # provider's payment, not the area's grant stated again)
            # "The £262,500 grant": the area's grant stated before (not a contract's value: who pays is not said)
            near = [x for x in drafts[:k] if x.role == "grant" and x.code == d.code and x.funder
                    and _close_in_size(x, d)]
            if len({x.funder for x in near}) == 1:
                d.funder, d.funder_basis = near[-1].funder, "default"
    _table_cells_take_the_tables_year(drafts)
    _corrected_figure_is_the_same_money(rel, drafts, terms)
    _notes_naming_a_row(rel, drafts)  # "GR24-003 was varied … The original award was £108,250"
    _pieces_of_a_corrected_figure_go_to_its_first_statement(rel, drafts)  # "the right figure is £455,000"
    _superseded_figure_is_the_restated_sum(rel, drafts)  # "said the package was worth £325,000 … £324,500"
    _restated_added_money_keeps_its_role(rel, drafts)  # "the summary gives the council's top-up as £30,000"
    for d in drafts:  # "£150,000 from the Commissioner's own budget" in a fact box, "added £150k … to the grant" below:
        # one sum, described as match funding where the release says what it is added to
        if d.role == "own_funding" and d.whole is None and any(
                x.role == "match_funding" and x.whole is None and x.amount.pence == d.amount.pence and x.funder == d.funder
                and x.code == d.code and not _years_differ(x, d) for x in drafts):
            d.role = "match_funding"
    _prose_totals(rel, drafts, terms)  # a figure summing the figures just before it in its paragraph
    _one_sentences_sums_are_pieces_of_an_earlier_figure(rel, drafts)  # a sentence's sums adding up to a figure before
    _profiles_of_earlier_shares(rel, drafts)  # "Eastvale is paying its part as £A in the first year and £B in each …"
    _yearly_rates_profile_the_sum_before(rel, drafts)  # "£280,000 over the term …" then "Payment: £140,000 in each of …"
    _table_rows_sum_to_the_figure_above(rel, drafts)  # "£602,900 …; the table below shows where it came from"
    _sums_stated_after_their_total(rel, drafts)  # a figure the separate sums stated after it add up to
    _piece_of_the_years_sum(rel, drafts, terms)  # "£24,000 of the 2025-26 grant": a piece of that year's sum
    _pieces_said_of_an_earlier_sum(rel, drafts, terms)  # "X's share of that grant is £A", "£B of its allocation"
    _pieces_of_a_payers_sum_named_first(rel, drafts, terms)  # "Of the Home Office grant, £A … and a further £B …"
    _more_money_past_a_full_sum(rel, drafts, terms)  # "In all, … £489,600" (its pieces stated), then "A further £12,500"
    # (after the readings of pieces named in later sentences: "The first payment, £200,000, …", "The second payment …")
    _dated_instalment_of_an_earlier_award(rel, drafts)  # "the 2024/25 instalment of £131,600" of a two-year grant
    _piece_of_a_referenced_row(rel, drafts)  # "£143,200 of G03 had been paid": a piece of the table's row G03
    _ordinal_share_of_the_sum_before(rel, drafts)  # "… £728,900 for 2024-25 and 2025-26. The second instalment … is £X"
    # "These grants come to £2,757,000": a total that refers back to the amounts listed before it (no parts of its own)
    # takes their one funder and the span of their years, when it states neither
    for k, d in enumerate(drafts):
        if d.role != "total" or any(x.whole is d for x in drafts):
            continue
        text = next((s for n, s in rel.sentences if n == d.line and d.amount.text in s), "")
        back = _BACK_REFERENCE.search(text[: text.find(d.amount.text)])
        counted = _COUNTED_BACK.search(text[: text.find(d.amount.text)])
        if not back and not counted:
            continue
        listed = []
        if counted:
            # "Added together, the ten shares come to …": the ten grants stated last before it, however far back
            n = parse_count(counted.group("n"))
            for x in reversed(drafts[:k]):
                if len(listed) == n or x.line < d.line - 40 or x.role == "total" and x.whole is None:
                    break
                if x.whole is None and x.role == "grant" and not x.per_year:
                    listed.append(x)
            if len(listed) != n:
                listed = []
        if not listed and back:
            for x in reversed(drafts[:k]):
                if x.role == "total" and x.whole is None or x.line < d.line - 12:
                    break
                if x.whole is None and x.role != "context" and (x.role == "grant" or not back.group("grants")):
                    listed.append(x)
        if len(listed) < 2:
            continue
        if not d.funder and not getattr(d, "across", False) and len({x.funder for x in listed}) == 1:
            d.funder, d.funder_basis = listed[0].funder, "default"  # (lent by the grants it sums)
        at = text.find(d.amount.text)
        if d.period is None and all(x.period for x in listed) and not _names_its_round(text, at, at + len(d.amount.text)):
            d.period = (min(x.period[0] for x in listed), max(x.period[1] for x in listed))
            if counted and not _COUNTS_ITS_YEARS.search(text):
                d.period = _span_of_the_listed(listed)  # (the sums a count names exactly: their years decide)
            d.period_basis = "parts" if d.period else ""
            d.mixed_years = d.period is None  # (no one period: not given the release's or the round's either)
        if counted and not _COUNTS_ITS_YEARS.search(text):
            d.listed = listed  # (the sums it adds: their years, once settled, are its own, _totals_of_mixed_years)
            # (not a sum its own words place in a round, "from about £7.6m in the last round": that round's years)
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
    _budgets_are_totals(rel, drafts, terms)  # "on a net budget of £4,118k": a sum across its payers
    _pieces_listed_on_in_the_next_sentences(rel, drafts)  # "Of the £900,000, £500,000 is …" then "Another £150,000 …"
    _earlier_statement_of_a_total_across_funders(drafts)  # "gives £714,380 …", later "which is £604,380 plus £110,000"
    # a whole with no period spans its parts' years; a total's funder is its parts' one funder (pieces of pieces
    # first: a funder's undated piece of a budget, profiled by year on a later line, spans those years before the
    # budget is dated from its pieces)
    def depth(d):
        n, w = 0, d.whole
        while w is not None and n < 10:
            n, w = n + 1, w.whole
        return n

    for d in sorted(drafts, key=depth, reverse=True):
        mine = [x for x in drafts if x.whole is d]
        dated = [x for x in mine if x.period]
        if d.period is None and mine and (len(dated) == len(mine) or len(dated) >= 2 and (
                len({x.line for x in dated}) >= 2 or sum(x.amount.pence for x in dated) == d.amount.pence)) \
                and not (d.table and len(dated) < len(mine) and _span_of_the_listed(dated) is None) \
                and not _one_share_of_it_dated(d, mine) \
                and not (d.table and _terms_overlap(dated)) \
                and not _two_accounts_on_its_line(d, drafts, rel.line_text(d.line) or "") \
                and not _restated_with_its_split(rel, d, drafts, mine) and not getattr(d, "restated_whole", False):
            # (nor a table TOTAL over rows that are grants of their own terms, overlapping: a register's rows for two
            # years from April 2024, one year from April 2024 and a year from October 2024 sum to no one period)
            # (not a table TOTAL over rows of mixed years, some with none: a funders table whose Home Office row says
            # "2025-27", a council's row "2025-26" and a trust's row no year gives its total no one period)
            # (pieces stated with a period of their own, and the same sum by funder with none, or a per-year split of
            # the whole on one line; not one item's per-year split beside an undated item, "- a helpline: £36,000 in 2026-27 and £48,000 in 2027-28", "- partner
            # support: £90,000", which dates that item only; not a figure in a
            # correction naming no year, "… gave the sum as £445,000; the right figure is £455,000": README,
            # "Corrected figures")
            d.period, d.period_basis = (min(x.period[0] for x in dated), max(x.period[1] for x in dated)), "parts"
        if d.period is None and d.table and len(dated) >= 2 and _terms_overlap(dated):
            d.mixed_years = True  # (nor the year of the text's title: the rows' own terms give it none)
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
        if facts.own_release and not d.funder and not getattr(d, "across", False):
            d.funder, d.funder_basis = "PCC", "default"  # (the release's: the commissioner's own money throughout)
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
                    if y.period is None and y.role != "match_funding" and not (
                            y.role == "grant" and y.funder and y.funder == facts.release_funder):
                        # (money added to a grant: only its own clause's; the release's payer's grant: the years the
                        # release gives it, lent below, which the total's are not said to be)
                        y.period, y.period_basis = d.period, "whole"
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
        called = _noun_the_pieces_open_with(rel, mine)
        other = [y for y in drafts if y is not w and y.whole is None and y.role in ("grant", "total", "own_funding",
                                                                                   "match_funding")
                 and y.code in ("", w.code) and y.amount.pence == got and not y.table
                 and (w.line - 12 <= y.line < w.line or y.line < w.line and called and getattr(y, "noun", "") == called)]
        if len(other) == 1 and not w.amount.allows(got):
            for x in mine:
                x.whole, x.part_of, x.funder = other[0], other[0].line, other[0].funder
                x.funder_basis = "whole"
                if other[0].period and (x.period is None or x.period_basis == "whole"):
                    # (a piece keeps its own year: "£238,000 in 2026-27 and £248,000 in 2027-28" are one year each)
                    x.period, x.period_basis = other[0].period, "whole"
    drafts = _without_unrelated_rows(_two_way_tables(drafts), terms)
    drafts = _without_money_for_unrelated_work(rel, drafts)
    drafts = _without_money_of_other_items(rel, drafts)
    drafts = _without_money_of_other_sections(rel, drafts)
    _items_funded_under_another(rel, drafts)
    drafts = _without_a_whole_bodys_budget(rel, drafts)
    drafts = _without_a_figure_confirmed_on_its_line(rel, drafts)
    _figures_of_a_row_named_by_its_reference(rel, drafts)
    _of_which_rows(rel, drafts)  # "| of which group work | £150,000 |" under the row it is a piece of
    _income_sources_within_whole_income(drafts)  # "| Total income | … | Income from grants |": a source of the row's income
    _of_which_rows_naming_a_column_value(rel, drafts)  # "of which Youth Fund" under a TOTAL row: its fund's rows
    _councils_as_recipients(drafts, _council_recipient_blocks(rel, terms), facts.release_funder, terms)
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
            t.period, t.period_basis = (min(g.period[0] for g in combos[0]), max(g.period[1] for g in combos[0])), "parts"
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
    _prose_pieces_of_a_table_cell(drafts)
    _piece_of_one_payers_piece(rel, drafts, terms)
    _translations_read_as_their_pair(rel, drafts)
    return drafts


#: a clause opening on one payer's money inside a whole: "Of the Home Office money, £X …", "Out of the council's
#: contribution, £X …", "Of the commissioner's share, £X …"
_OF_ONE_PAYERS_MONEY = re.compile(r"(?:^|[.;:]\s+)\W*(?:[Oo]f|[Oo]ut of) the\s+(?P<payer>[^,£]{3,60}?)\s*"
                                  r"(?:money|grant|funding|contribution|share|allocation|award|element|portion)\s*,?\s*$")


def _piece_of_one_payers_piece(rel, drafts: list[_Draft], terms) -> None:
    """A figure read as a part of a total across funders whose own clause opens on one payer's money ("Of the Home
    Office money, £74,500 pays for …" under a budget "made up of" £612,300 from the Home Office, £388,000 from … ) is
    a piece of that payer's piece, not of the total: its whole is the one earlier part of the total that payer pays,
    when it is larger (README `part`: "a part keeps the whole's funder"; "Parts on another line")."""
    for x in drafts:
        w = x.whole
        if w is None or x.role != "part" or x.table or w.role != "total" or w.funder:
            continue
        sentence = next((t for n, t in rel.sentences if n == x.line and x.amount.text in t), "")
        at = sentence.find(x.amount.text)
        opened = _OF_ONE_PAYERS_MONEY.search(sentence[:at]) if at > 0 else None
        payer = _first(terms.get("funder", ()), opened.group("payer")) if opened else ""
        if not payer:
            continue
        pieces = [y for y in drafts if y.whole is w and y is not x and y.funder == payer and y.line < x.line
                  and y.funder_basis == "clause"]  # (its payer named in its own clause, not lent)
        if len(pieces) != 1 or pieces[0].amount.pence <= x.amount.pence:
            continue
        piece = pieces[0]
        x.whole, x.part_of, x.funder, x.funder_basis = piece, piece.line, payer, "whole"
        if piece.period:
            x.period, x.period_basis = piece.period, "whole"


def _prose_pieces_of_a_table_cell(drafts: list[_Draft]) -> None:
    """A note under a table dividing one of its cells ("The Ministry of Justice line is paid to two charities: £58,000
    to X and £38,000 to Y" under a row "Ministry of Justice   96,000"; "The council's contribution is split: £20,000
    for training and £15,000 for the helpline"): two or more prose sums on one line, from one named payer, no year of
    their own, that add up exactly to the one table cell of that payer's money stated above them, are its parts, with
    its year and area (README `part`, "Parts on another line"); not a cell of spending or a total."""
    lines: dict[int, list[_Draft]] = {}
    for d in drafts:
        if not d.table and d.whole is None and d.role == "grant" and d.funder \
                and d.period_basis in ("release", "none", ""):
            lines.setdefault(d.line, []).append(d)
    for line, pieces in lines.items():
        if len(pieces) < 2 or len({d.funder for d in pieces}) != 1 or any(
                x.whole in pieces for x in drafts) or len([x for x in drafts if x.line == line]) != len(pieces):
            continue
        total = sum(d.amount.pence for d in pieces)
        cells = [x for x in drafts if x.table and x.line < line and x.funder == pieces[0].funder
                 and x.amount.pence == total and x.role not in ("context", "total")
                 and not getattr(x, "spending", False) and not getattr(x, "head_total", False)]
        if len(cells) != 1:
            continue
        whole = cells[0]
        for d in pieces:
            d.role, d.whole, d.part_of = "part", whole, whole.line
            d.code, d.basis = whole.code, whole.basis if whole.code else "none"
            d.period, d.period_basis = whole.period, "whole"
            d.funder_basis = "whole"


# (_names_unrelated_work, whether money pays for work that is no domestic-abuse work, is kept in tables.py: table rows
# read it too)
#: a sentence saying money is not for domestic-abuse work: "is not spent on domestic abuse", "This is not part of the
#: domestic abuse programme"
#: (or, in a text about one course or service, says of the money that it was not for it: "… paid for the new boiler in the
#: hall; it was not for the course", not "it was not for the course but for partner support")
_NOT_ABUSE_MONEY = re.compile(r"\bnot\s+(?:spent\s+on|used\s+for|for|part\s+of|related\s+to)\s+(?:the\s+|any\s+|our\s+)?"
                              r"domestic[- ]abuse\b(?![- ]perpetrator)|"
                              r"\b(?:it|(?:this|that|the)(?:\s+(?:money|grant|sum))?)\s+(?:was|is|were|has been)\s+not\s+(?:for|spent on|"
                              r"used for)\s+(?:the|this|our)\s+(?:course|programme|service|project|group)\b(?!['’])(?!\s*,?\s*but\b)|"
                              # (or none of it for the service, by its kind or its name: "none of that money is for
                              # the course", "none of the grant goes to Safe Steps")
                              r"\bnone\s+of\s+(?:it|that|this|the)(?:\s+(?:money|grant|sum|funding))?\s+(?:is|was|goes|went)\s+"
                              r"(?:for|to|on)\s+(?:the\s+(?:course|programme|service|project|group)\b(?!['’])|"
                              # (a service by its name, not a council, office or force the money is not paid
                              # to: "none of it goes to Kent County Council" says nothing of what the money is for)
                              r"(?!(?:[\w'’-]+\s+){0,3}(?:council|authority|commissioner|office|police|constabulary|mayor)\b)"
                              r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\b)(?!\s*,?\s*but\b)",
                              re.I)
#: a sentence saying money is not part of the work's own money: "this is not part of the service's funding", "which is
#: not part of the programme's income" (for other work only where the sentence names none of this genre's: a phone line
#: for people worried about their behaviour "is not part of the service's budget" and is still read)
_NOT_THE_WORKS_MONEY = re.compile(r"\b(?:it|which|this|that)\s+(?:was|is|were|has been)\s+not\s+part\s+of\s+(?:the|this|our)\s+"
                                  r"(?:course|programme|service|project|group)['’]s?\s+(?:income|money|funding|budget)\b", re.I)


#: a table row's reference in its first cell: capitals and digits joined by hyphens or slashes ("KPCC-G-110",
#: "G/2024/07", "C-14"), with at least one of each
_ROW_REFERENCE = re.compile(r"(?=[A-Z0-9/-]*\d)(?=[A-Z0-9/-]*[A-Z])[A-Z0-9]+(?:[-/][A-Z0-9]+)+")


#: a budget-monitoring word: "forecast outturn", "underspend", "variance", "spent to date"
_MONITORING_WORD = re.compile(r"\b(?:outturn|under-?spend|over-?spend|variance|forecast|spent to date|spend to date)\b", re.I)


#: a table row's reference numbered with dots ("2.2", "3.1.4") in its first cell
_ROW_NUMBER_REF = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,2}")


def _monitoring_figures_about_a_row(rel, drafts: list[_Draft], rows: dict) -> None:
    """A budget-monitoring figure in prose about one table row named by its reference ("The forecast outturn for row
    2.2 is £131,000", "the underspend on line B-4 is £6,000"): a figure about that row's budget (context), for the
    row's year when its own clause gives none (README, "Spending against a budget": the table's period)."""
    for d in drafts:
        if d.table or d.role != "context" or d.period is not None or d.code:
            continue
        sentence = next((t for n, t in rel.sentences if n == d.line and d.amount.text in t), "")
        if not _MONITORING_WORD.search(sentence):
            continue
        named = {ref for ref in rows if re.search(r"\b(?:rows?|lines?|items?|refs?\.?)\s+" + re.escape(ref)
                                                  + r"(?![\w/-]|\.\d)", sentence, re.I)}
        if len(named) != 1:
            continue
        years = {r.period for r in rows[named.pop()] if r.period}
        if len(years) == 1:
            d.period, d.period_basis = years.pop(), "heading"


def _figures_of_a_row_named_by_its_reference(rel, drafts: list[_Draft]) -> None:
    """A prose figure whose sentence names one table row by the reference in its first cell ("Correction: last
    quarter's register gave the total value of G-110 as £98,600; the correct figure is £89,600") is that row's money
    told again: it takes the row's role and payer (a grant, match funding, own funding: one for all the row's cells)
    and is no piece or sum of anything (its own words, "total value", name the row's column, not a sum of other
    amounts); its period stays its own clause's (README, "Corrected figures", "Restated figures")."""
    rows: dict[str, list[_Draft]] = {}
    numbered: dict[str, list[_Draft]] = {}
    for d in drafts:
        cells = getattr(d, "row_cells", None)
        if d.table and cells:
            ref = next((c.strip() for c in cells if c.strip()), "")
            if _ROW_REFERENCE.fullmatch(ref):
                rows.setdefault(ref, []).append(d)
            if _ROW_REFERENCE.fullmatch(ref) or _ROW_NUMBER_REF.fullmatch(ref):
                numbered.setdefault(ref, []).append(d)
    _monitoring_figures_about_a_row(rel, drafts, numbered)
    if not rows:
        return
    for d in drafts:
        if d.table or d.role not in ("grant", "total", "part", "match_funding", "own_funding", "context") \
                or any(x.whole is d for x in drafts):
            continue
        sentence = next((t for n, t in rel.sentences if n == d.line and d.amount.text in t), "")
        named = {ref for ref in rows if re.search(r"(?<![\w/-])" + re.escape(ref) + r"(?![\w/-])", sentence)}
        if len(named) != 1:
            continue
        if d.role == "context":
            continue
        kinds = {(r.role, r.funder) for r in rows[named.pop()] if r.role in ("grant", "match_funding", "own_funding")}
        if len(kinds) != 1:
            continue
        d.role, d.funder = kinds.pop()
        d.funder_basis, d.whole, d.part_of = "clause", None, None


#: words just after a figure calling it the right one: "£90,000 is correct", "£90,000 is the right figure"
_CONFIRMED_AFTER = re.compile(r"\s+(?:is|was|remains)\s+(?:the\s+)?(?:correct|right|accurate)\b", re.I)


def _without_a_figure_confirmed_on_its_line(rel, drafts: list[_Draft]) -> list[_Draft]:
    """Drop a prose figure that only confirms a figure stated earlier on its own line ("The borough gives £36,000 a year
    to the service. Our March update said £63,000 by mistake; £36,000 is right."): the
    confirmation is the same statement again, not a second fact (the wrong figure stays, README "Corrected figures")."""
    wholes = {id(x.whole) for x in drafts if x.whole is not None}
    drop = set()
    for d in drafts:
        if d.table or d.whole is not None or id(d) in wholes:
            continue
        line = rel.line_text(d.line) or ""
        at = line.find(d.amount.text, max(0, d.start - 5)) if d.start < len(line) else -1
        at = at if at >= 0 else line.rfind(d.amount.text)
        if at < 0 or not _CONFIRMED_AFTER.match(line, at + len(d.amount.text)):
            continue
        if any(x is not d and not x.table and x.line == d.line and x.amount.pence == d.amount.pence
               and line.find(x.amount.text) < at for x in drafts):
            drop.add(id(d))
    return [d for d in drafts if id(d) not in drop]


#: where a service meets, named after "in" or "at": "meets in a school sports hall", "held at the leisure centre"
_VENUE = re.compile(r"\b(?:meets?|meeting|held|runs?|running|based|hosted|takes? place)\s+(?:in|at)\s+(?:(?:a|an|the|our|its|"
                    r"their)\s+)?(?:[\w'’-]+\s+){0,3}?(?:sports? halls?|leisure centres?|librar(?:y|ies)|(?:village|church) "
                    r"halls?)\b", re.I)


#: children at risk of offending, a youth justice service's early help ("children on the edge of the justice system")
_EDGE_OF_JUSTICE = re.compile(r"\b(?:children|young people|teenagers)\s+on\s+the\s+edge\s+of\s+(?:the\s+)?(?:youth\s+)?"
                              r"(?:justice system|criminal justice system|offending|crime)\b", re.I)
#: a service of this genre named by its kind without the words of abuse: "the whole-family service", "the group course"
_NAMED_SERVICE_OF_THE_GENRE = re.compile(r"\b(?:famil\w*|group\s+(?:work|courses?|programmes?)|one[- ]to[- ]one|"
                                         r"case ?manag\w*|helplines?|fathers?)\b", re.I)


def _without_money_for_unrelated_work(rel, drafts: list[_Draft]) -> list[_Draft]:
    """Drop a prose figure standing alone (no piece of a sum, no sum of pieces) that pays for work unrelated to
    domestic abuse (README: money for roads, a library, a sports club is not a fact when it stands alone): its
    sentence names such work and none of this genre's, or it or the next sentence on its line says the money is
    not for domestic abuse ("is reported separately and is not spent on domestic abuse")."""
    wholes = {id(x.whole) for x in drafts if x.whole is not None}
    sentences = list(rel.sentences)

    def unrelated(d: _Draft) -> bool:
        if d.table or d.whole is not None or id(d) in wholes:
            return False
        k = next((i for i, (n, t) in enumerate(sentences) if n == d.line and d.amount.text in t), None)
        if k is None:
            return False
        text = sentences[k][1]
        if _NOT_ABUSE_MONEY.search(text) or _NOT_THE_WORKS_MONEY.search(text) and not _WORK_ITSELF.search(text):
            return True
        if k + 1 < len(sentences) and sentences[k + 1][0] == d.line and not MONEY_TOKEN.search(sentences[k + 1][1]) \
                and _NOT_ABUSE_MONEY.search(sentences[k + 1][1]):
            return True
        if _another_programme_by_its_topics(text, text.find(d.amount.text)):
            return True
        if _EDGE_OF_JUSTICE.search(text) and not _names_unrelated_work(_EDGE_OF_JUSTICE.sub(" ", _VENUE.sub(" ", text))) \
                and _NAMED_SERVICE_OF_THE_GENRE.search(text):
            return False  # ("the whole-family service, which also works with children on the edge of the justice
            # system": the money pays for the family work, the children one of its groups)
        return _names_unrelated_work(_VENUE.sub(" ", text)) and not _WORK_ITSELF.search(_ANTISOCIAL.sub(" ", text))
        # ("The anti-social behaviour unit underspend of £22.2k …": no one's behaviour towards a partner)
        # (a place the work meets in is not what the money buys: "the group course, which meets in a school sports
        # hall")
    return [d for d in drafts if not unrelated(d)]


#: a body's other programme, named as wider than the work the text is about, with its topics in brackets: "Our wider
#: programme (adult safeguarding, neglect, online safety)", "the partnership's other training (exploitation, county
#: lines)"
_OTHER_PROGRAMME = re.compile(r"\b(?:our|the|its|their|(?:[\w'’-]+\s+){1,3}?[\w-]+['’]s?)\s+(?:wider|other|general|broader)\s+"
                              r"(?:[\w-]+\s+)?(?:programmes?|offer|work|training|courses|services)\s*\((?P<topics>[^()]{3,160})\)",
                              re.I)


def _another_programme_by_its_topics(sentence: str, at: int = -1) -> bool:
    """Whether a sentence's money pays for a body's wider or other programme whose bracketed topics name none of this
    genre's work ("Our wider programme (adult safeguarding, neglect, online safety) is paid for from partners' core
    contributions of £X"): work unrelated to domestic abuse (README, funding_role), however the word "safeguarding"
    reads. A bracket naming abuse, violence, stalking or perpetrators is this genre's work.  The figure (at ``at``)
    must be in the programme's own clause: "£80,000 for the group course for men, and our other services (housing
    advice, debt) carry on" pays for the course, the other services only mentioned in a clause joined on after it."""
    m = _OTHER_PROGRAMME.search(sentence)
    if not m:
        return False
    if at >= 0:
        between = sentence[min(at, m.end()) : max(at, m.start())]
        if re.search(r";|,\s+(?:and|but|while|whereas)\s|\s(?:but|while|whereas)\s", between, re.I):
            return False
    return not _WORK_ITSELF.search(re.sub(r"\bsafeguard\w*", " ", m.group("topics"), flags=re.I)) \
        and not _CORE_WORK.search(m.group("topics"))


#: the line opening one item of a list of numbered items, a forward plan's or an agenda's: "REF 2025/031 | Library
#: refurbishment", "Item 5: Grounds maintenance contract", "Key decision 2026/12 - Bus shelters"
_ITEM_OPENER = re.compile(r"^\W*(?:ref(?:erence)?\.?|(?:agenda\s+)?item|(?:key\s+)?decision)\s*(?:no\.?\s*)?"
                          r"(?P<ref>[A-Z]{0,4}\d[\w/.-]*?)\s*(?:\||:|-|–|\.\s)", re.I)
#: an item's words saying what pays for its work by another item's reference: "funded under REF 2026/015", "paid for
#: from the grant accepted at item 5"
_FUNDED_UNDER_ITEM = re.compile(r"\b(?:funded|paid for|met|financed)\s+(?:under|by|from|through)\s+(?:[\w'’-]+\s+){0,5}?"
                                r"(?:ref(?:erence)?\.?|item|decision)\s*(?:no\.?\s*)?(?P<ref>[A-Z]{0,4}\d[\w/.-]*\w)", re.I)
#: a rule line closing an item: a row of dashes, equals signs or underscores
_RULE_OF_ITEMS = re.compile(r"^\s*[-=_*]{10,}\s*$")


def _numbered_items(rel) -> list[tuple[int, int, str]]:
    """The items of a list of numbered items (a forward plan's, an agenda's: each opened by its reference and title,
    "REF 2025/031 | Library refurbishment", up to the next item or a rule line): (first line, line after its last, its
    reference); none when the text has fewer than two."""
    opened = [(l.number, _ITEM_OPENER.match(l.text).group("ref")) for l in rel.lines if _ITEM_OPENER.match(l.text)]
    if len(opened) < 2:
        return []
    items: list[tuple[int, int, str]] = []
    numbers = sorted(l.number for l in rel.lines)
    for k, (first, ref) in enumerate(opened):
        end = opened[k + 1][0] if k + 1 < len(opened) else numbers[-1] + 1
        rule = next((n for n in numbers if first < n < end and _RULE_OF_ITEMS.match(rel.line_text(n) or "")), None)
        items.append((first, rule if rule is not None else end, ref))
    return items


def _items_funded_under_another(rel, drafts: list[_Draft]) -> None:
    """In a list of numbered items, an item saying its work is funded under another item by that item's reference
    ("To award the contract for the course funded under REF 2026/015"): a sum of its own that names no payer (the
    contract's value) is a piece of the grant that item accepts, keeping that grant's payer (README: part)."""
    items = _numbered_items(rel)
    for first, end, _ref in items:
        text = " ".join(rel.line_text(n) or "" for n in range(first, end))
        m = _FUNDED_UNDER_ITEM.search(text)
        if not m:
            continue
        other = next(((a, b) for a, b, ref in items if ref.lower() == m.group("ref").lower() and a != first), None)
        if other is None:
            continue
        grants = [w for w in drafts if other[0] <= w.line < other[1] and not w.table and w.whole is None
                  and w.role == "grant" and w.funder]
        for d in drafts:
            if not (first <= d.line < end) or d.table or d.whole is not None or d.role != "grant" \
                    or d.funder and d.funder_basis != "default" or any(x.whole is d for x in drafts):
                continue
            # (the grant whose span holds the sum's own, not an earlier round's the item restates: "… accepted £512,000
            # from the previous round for 2023-24 and 2024-25")
            fits = [w for w in grants if w.code == d.code and 0 < d.amount.pence < w.amount.pence
                    and (d.period is None or w.period is not None and w.period[0] <= d.period[0] <= d.period[1] <= w.period[1])]
            if len(fits) == 1:
                d.role, d.whole, d.part_of = "part", fits[0], fits[0].line
                d.funder, d.funder_basis = fits[0].funder, "whole"


def _without_money_of_other_items(rel, drafts: list[_Draft]) -> list[_Draft]:
    """Drop the prose figures of an item of a list of numbered items (:func:`_numbered_items`) whose lines name no
    domestic-abuse work at all, when another item of the list does: the plan's other business (a roads contract's
    "Estimated value: £12.4m"), no fact of this genre, whatever its figure's wording."""
    items = [(a, b) for a, b, _ref in _numbered_items(rel)]
    if not items:
        return drafts

    def about_abuse(first: int, end: int) -> bool:
        text = " ".join(rel.line_text(n) or "" for n in range(first, end))
        return bool(_WORK_ITSELF.search(_ANTISOCIAL.sub(" ", text))) or _names_a_service(text)
    ours = [about_abuse(a, b) for a, b in items]
    if not any(ours):
        return drafts
    other = [(a, b, _names_unrelated_work(" ".join(rel.line_text(n) or "" for n in range(a, b))))
             for (a, b), mine in zip(items, ours) if not mine]

    def dropped(d: _Draft) -> bool:
        # (an item naming no work of this genre drops its figure when it names other work or gives the figure as a
        # bare field, "Estimated value: £3.1m"; a sentence of its own about a grant is kept: "Decision 2: To accept
        # the Home Office grant of £90,000 …", "The Commissioner said the Home Office has awarded £90,000 …")
        return any(a <= d.line < b and (unrelated or _VALUE_FIELD.match(rel.line_text(d.line) or ""))
                   for a, b, unrelated in other)
    return [d for d in drafts if d.table or not dropped(d)]


#: a section heading of a page or a Markdown text below its title: an HTML h2 to h6, or "## …" to "###### …"
_MARKDOWN_SECTION = re.compile(r"^\s*#{2,6}\s+\S")


#: words pointing back to the funded work's own money or course: "to the grant", "match funding", "the sessions"
_BACK_TO_THE_WORK = re.compile(r"\b(?:the|this|that|our|its|her|his)\s+(?:(?:Home Office|perpetrator)\s+)?(?:grant|award|allocation|"
                               r"programme|course|group|sessions)\b|\bmatch[- ]?fund", re.I)


def _without_money_of_other_sections(rel, drafts: list[_Draft]) -> list[_Draft]:
    """Drop the prose figures of a section (from its heading to the next) whose heading names work unrelated
    to domestic abuse (:func:`_names_unrelated_work`: "Q5. Bus fares" over "Keeping the cap costs £4m a year") and none of
    this genre's, when another section of the text names this genre's work: the page's other business, whose figure
    need not name that work itself (README: money for unrelated work standing alone is no fact)."""
    if looks_like_html(rel.text):
        starts = sorted(n for n in _html_heading_lines(rel.text, ("h2", "h3", "h4", "h5", "h6")))
    else:
        starts = sorted(l.number for l in rel.lines if _MARKDOWN_SECTION.match(l.text))
    if len(starts) < 2:
        return drafts
    last = max(l.number for l in rel.lines) + 1
    spans = [(a, starts[k + 1] if k + 1 < len(starts) else last) for k, a in enumerate(starts)]

    def text_of(a: int, b: int) -> str:
        return " ".join(rel.line_text(n) or "" for n in range(a, b))

    def about_abuse(text: str) -> bool:
        return bool(_WORK_ITSELF.search(_ANTISOCIAL.sub(" ", text))) or _names_a_service(text)
    texts = [text_of(a, b) for a, b in spans]
    if not any(about_abuse(t) for t in texts):
        return drafts
    # (the heading itself names the other business: "Q5. Bus fares"; a "Financial implications" section whose last
    # paragraph compares the pilot's cost with a kitchen-replacement budget keeps its figures)
    # (nor a section whose words point back to the funded work's grant or course, "## Bus fares" over "adding £4,000 to
    # the grant so that men can get to the sessions": money for the work, under a heading naming what it buys)
    other = [(a, b) for (a, b), t in zip(spans, texts)
             if not about_abuse(t) and _names_unrelated_work(t) and _names_unrelated_work(rel.line_text(a) or "")
             and not _BACK_TO_THE_WORK.search(t)]
    return [d for d in drafts if d.table or d.whole is not None or not any(a <= d.line < b for a, b in other)]


#: a field line giving an item's figure under a short label: "Estimated value: £3.1m", "Value: £64.5m over six years"
_VALUE_FIELD = re.compile(r"^\W*[A-Za-z][\w ()'’-]{0,40}:\s*(?:about\s+|up to\s+|around\s+)?£")


#: a line naming a police force's or council's whole budget or its main sources ("Net revenue budget 2024/25",
#: "Council tax precept", "Government grants", "the force's gross budget", "core police grant")
_WHOLE_BUDGET = re.compile(r"\b(?:(?:net|gross|total)\s+(?:revenue\s+)?budget|revenue budget|council tax|precept|"
                           r"(?:central\s+)?government grants?|(?:core\s+)?police grant|force['’]s (?:\w+\s+)?budget)\b", re.I)
#: a budget block's row: a short label and one figure ending the line ("Net revenue budget 2025/26        £19.4m",
#: "  Council tax precept: £8.3m"); a sentence with a verb around its figure ("The council tax precept pays £250,000
#: towards the course") is none
_BUDGET_ROW = re.compile(r"\W*(?P<label>(?:(?!\b(?:is|are|was|were|will|be|been|pays?|paid|gives?|gave|comes?|came|"
                         r"has|have|had|costs?)\b)[^£])+?)[\s:.-]*£\s?\d[\d,]*(?:\.\d+)?\s*(?:m|bn|k|million|billion)?\s*",
                         re.I)
#: in a sentence naming a whole budget, a figure this size is that budget whatever the wording ("The force's net budget
#: for 2025/26 is £310.4m"): far above what any one area spends on perpetrators in a year (the largest area grants of
#: the national rounds are under £3m)
_WHOLE_BUDGET_SIZE = 20_000_000 * 100
#: a budget row's label naming the police's or commissioner's money: "Police precept", "Policing precept", "PCC precept"
_A_POLICE_SOURCE = re.compile(r"\b(?:police|policing|PF?CC|O?PF?CC|commissioner['’]?s?|mayor['’]?s?)\b", re.I)
#: a budget block's row is a whole budget from this size: a precept leaflet's "Council tax precept  £120.3m" or a
#: district's "Net revenue budget  £19.4m"; a smaller row is a source of one service's money ("Police precept: £20,000"
#: under a perpetrator service's funding heading, beside its Home Office grant)
_BUDGET_ROW_SIZE = 1_000_000 * 100
#: a tax rise's yield just before a figure, in a sentence naming the precept, council tax or a Band D rate: "a Band D
#: rise of £12 a year, which would raise about £3.4 million", "the precept increase raises £1.2m"
_TAX_YIELD = re.compile(r"\b(?:raise|raises|raised|raising|bring in|brings in|yield|yields)\s+"
                        r"(?:about\s+|around\s+|some\s+|roughly\s+|an extra\s+|a further\s+|nearly\s+)?$", re.I)
_TAX_RISE = re.compile(r"\bBand D\b|\b(?:precept|council tax)\b", re.I)


#: after a figure, the rest of a list of figures closed by "respectively" and a yearly rate: "£40,000 and £20,000
#: respectively in each of the three years", "£20,000, £15,000 and £9,000 respectively a year"
_RESPECTIVELY_AFTER = re.compile(r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)£\s?[\d,.]+(?:\s*(?:m|k|million)\b)?)+\s*,?\s+"
                                 r"respectively\b", re.I)


def _yearly_respectively(sentence: str, end: int) -> bool:
    """Whether the figure ending at ``end`` is one of a list of figures that "respectively" pairs with as many things,
    the list followed by a yearly rate ("Lots 2 and 3 stay level at £140,000 and £50,000 respectively in each of the
    three years"): the rate is each figure's, not the last one's only."""
    m = _RESPECTIVELY_AFTER.match(sentence, end)
    return bool(m) and bool(_PER_YEAR.match(sentence, m.end()))


#: a sentence's subject naming table rows by their column's heading and their cells: "Lot 1", "Lots 2 and 3",
#: "Strands A and B" (the heading singular or plural, then one cell or two joined by "and")
_NAMED_ROWS = re.compile(r"\b(?P<head>[A-Z][a-z]{1,15}?)s?\s+(?P<a>[0-9]{1,2}|[A-Z])(?:\s+and\s+(?P<b>[0-9]{1,2}|[A-Z]))?\b")


def _yearly_profiles_of_named_rows(rel, drafts: list[_Draft]) -> None:
    """One-year sums of a sentence that names a table's row by its column heading and cell ("Lot 1 is phased as
    £300,000 in 2026/27, £320,000 in 2027/28 and £340,000 in 2028/29"), each naming no payer and none yet a part, that
    add up exactly to that row's figure stated above are its per-year profile: parts of that row (README: part, "a
    per-year split"). Two rows named together with "respectively" ("Lots 2 and 3 are flat at £A and £B respectively
    in each of the three years") pair the sums in order: each figure's yearly copies are parts of its own row. Sums
    that do not add up to the row, or rows the sentence does not name, are left as they were read."""
    rows = [w for w in drafts if w.table and w.role in ("part", "grant") and getattr(w, "row_cells", None)
            and getattr(w, "header", None)]
    if not rows:
        return
    def row_named(head: str, cell: str, before: int):
        got = [w for w in rows if w.line < before and any(
            k < len(w.header) and w.header[k].strip().lower() == head.lower() and c.strip().strip("*") == cell
            for k, c in enumerate(w.row_cells))]
        return got[0] if len(got) == 1 else None
    for n in sorted({d.line for d in drafts if not d.table}):
        run = [d for d in drafts if d.line == n and not d.table]
        if not run or any(d.whole is not None or d.role not in ("grant", "match_funding", "own_funding")
                          or d.funder and d.funder_basis == "clause" or not d.period or d.period[0] != d.period[1]
                          or any(x.whole is d for x in drafts) for d in run):
            continue
        sentence = next((t for m, t in rel.sentences if m == n and run[0].amount.text in t), "")
        first = min(d.start for d in run)
        named = _NAMED_ROWS.search(sentence[:first])
        if not named:
            continue
        cells = [c for c in (named.group("a"), named.group("b")) if c]
        targets = [row_named(named.group("head"), c, n) for c in cells]
        if any(t is None for t in targets):
            continue
        figures = sorted({d.start for d in run})
        if len(targets) == 1:
            groups = [run]
        elif len(figures) == len(targets) and re.search(r"\brespectively\b", sentence):
            groups = [[d for d in run if d.start == at] for at in figures]
        else:
            continue
        if len(groups) == 1 and len({d.period for d in run}) != len(run):
            continue  # (one row's profile: one sum a year, no year twice)
        if all(sum(d.amount.pence for d in g) == t.amount.pence for g, t in zip(groups, targets)):
            for g, t in zip(groups, targets):
                _pieces_of(t, g)


#: a receiving verb just before a figure: "… and receives £48,000", "is paid £20,000", "gets about £9,000"
_RECEIVED_BY_A_BODY = re.compile(r"\b(?:receives?|received|is paid|was paid|gets|got)\s+(?:about\s+|around\s+|some\s+)?$", re.I)


def _without_a_whole_bodys_budget(rel, drafts: list[_Draft]) -> list[_Draft]:
    """Drop a local figure on a line naming a police force's or council's whole budget or its main sources ("Net
    revenue budget 2025/26  £310.4m", "Council tax precept  £120.3m", "Government grants  £190.2m" in a precept
    leaflet's budget block, a district's "Net revenue budget  £19.4m") and naming no domestic-abuse work: the body's
    whole budget, no perpetrator money (README: money for other things is not a fact). A budget block's row is
    dropped whatever its size; in a sentence, only a figure of :data:`_WHOLE_BUDGET_SIZE` or more is ("The council
    tax precept pays £250,000 towards the course" stays). A national fund ("£75m across England and Wales"), on a line
    with no budget words, is context and stays, and so does a figure its line ties to abuse work."""
    def whole_budget(d: _Draft) -> bool:
        line = rel.line_text(d.line) or ""
        if not (_WHOLE_BUDGET.search(line) or _TAX_RISE.search(line)) or _WORK_ITSELF.search(line):  # (words naming
            # this genre's work)
            return False
        at = line.find(d.amount.text)
        if at > 0 and _TAX_RISE.search(line) and _TAX_YIELD.search(line[:at]):
            return True  # (what a rise in the precept would raise: tax, not perpetrator money)
        row = _BUDGET_ROW.fullmatch(line)  # a budget block's row: its label, then its one figure
        return bool(row) and len(row.group("label").split()) <= 8 and (
            d.amount.pence >= _BUDGET_ROW_SIZE or not _A_POLICE_SOURCE.search(row.group("label"))) \
            or d.amount.pence >= _WHOLE_BUDGET_SIZE
        # (a smaller row is a source of a service's money only where it names the police's money: a parish council's
        # "Precept   £45,000" is its own whole budget)
    dropped = {id(d) for d in drafts if whole_budget(d)}
    return [d for d in drafts if id(d) not in dropped and id(d.whole) not in dropped]


def _years_differ(x: _Draft, d: _Draft) -> bool:
    """Whether two figures of the same size each have a period and the periods share no year: the commissioner's
    £61,000 "in the same year" as a 2024-25 grant is not the £61,000 added to the grant for 2025-26 (other money, not
    restated), but "£40,000 for 2025-26" is a year of "£40,000 a year … in 2025-26 and 2026-27"."""
    return x.period is not None and d.period is not None and (x.period[1] < d.period[0] or d.period[1] < x.period[0])


def _translations_read_as_their_pair(rel, drafts: list[_Draft]) -> None:
    """A bilingual release gives each sentence in two languages on adjacent lines ("Bydd y Comisiynydd hefyd yn
    ychwanegu £75,000 … at y grant." then "The Commissioner will also add £75,000 … to the grant."): the same figures
    with few words in common. A figure whose payer is not named in its own words (lent, or none) is the same money as
    its pair's on the other line, whose words name the payer: it takes that payer and role."""
    by_line: dict[int, list[_Draft]] = {}
    for d in drafts:
        if not d.table:
            by_line.setdefault(d.line, []).append(d)
    for line, here in by_line.items():
        other = _next_text_line(rel, line)
        pair = by_line.get(other, []) if other else []
        if not pair or sorted(x.amount.pence for x in here) != sorted(x.amount.pence for x in pair) \
                or not _few_words_shared(rel.line_text(line), rel.line_text(other)):
            continue
        for a, b in ((a, b) for a in here + pair for b in here + pair if a.line != b.line and a.amount.pence == b.amount.pence):
            if a.funder_basis != "clause" and b.funder_basis == "clause" and a.whole is None and b.whole is None \
                    and a.role in ("grant", "match_funding", "own_funding") and b.role in ("grant", "match_funding", "own_funding"):
                a.funder, a.funder_basis, a.role = b.funder, "default", b.role


def _next_text_line(rel, line: int) -> int:
    """The number of the next line after ``line`` that holds text, 0 when none does within two lines."""
    for n in (line + 1, line + 2):
        if (rel.line_text(n) or "").strip():
            return n
    return 0


def _few_words_shared(one: str, two: str) -> bool:
    """Whether two lines share at most a fifth of the longer one's words (names, figures and years aside: a
    translation keeps the names): one translates the other, not a restatement in the same language, which shares its
    little words ("the", "of", "to")."""
    words = [set(re.findall(r"\b(?![A-Z])[^\W\d_]{2,}", t)) for t in (one, two)]
    return bool(words[0] and words[1]) and len(words[0] & words[1]) <= 0.2 * max(len(words[0]), len(words[1]))


def _a_rate_of_no_years(d: _Draft, said: dict) -> bool:
    """Whether ``d`` is a yearly rate whose own clause names or counts no years ("A further £52,000 a year pays for an
    adviser"): one fact with period null (README, "Yearly rates"), not the span of a whole it is read as a piece of."""
    from funding.parse.releases.amounts.years import _rate_names_no_years
    if d.per_year or id(d) not in said:
        return False
    sentence, at = said[id(d)]
    end = at + len(d.amount.text)
    return bool(_PER_YEAR.match(sentence, end)) and _rate_names_no_years(sentence, at, end)


def _year_of_some_pieces_only(d: _Draft, drafts: list, sentence: str = "") -> bool:
    """Whether ``d`` is a sum across funders, or an undated piece of one, where some pieces name their own year and the
    rest none ("- Home Office grant 2024-25: £352,900 / - Commissioner's match funding: £58,000 / - Total: £440,900"):
    the year is said of those pieces alone, so the others and the sum keep null rather than take the release's span
    (README, "Money added to a grant": null when its own clause gives none)."""
    total = d if d.role == "total" else d.whole if d.role == "part" and d.period is None else None
    if total is None or total.role != "total":
        return False
    pieces = [x for x in drafts if x.whole is total]
    if not pieces and d is total and not total.funder and _TOTAL_OPENER.match(sentence):
        # a prose total opened by "Altogether" or "In all" after the sums it adds up ("… £410,000 from the Home Office
        # for 2025-26. The council is adding £40,000 to the grant and the commissioner £25,000. Altogether, £475,000
        # …"), which are not its parts: the sums before it, back to the last total, in the lines just above it
        k = next(i for i, x in enumerate(drafts) if x is d)
        for x in reversed(drafts[:k]):
            if x.role == "total" or x.line < d.line - 6:
                break
            if x.role != "context":
                pieces.append(x)
        # (money added in the dated grant's own sentence, "awarded £389,120 … for 2021-22 and will add £150k of his
        # own", is of that year; added in a sentence of its own with no year, it has none, and nor has their sum)
        dated = {x.line for x in pieces if x.period and x.period_basis in ("clause", "heading")}
        added = [x for x in pieces if x.role in ("match_funding", "own_funding") and x.period is None
                 and x.line not in dated]
        return bool(added) and bool(dated) and len({x.funder for x in pieces}) >= 2 \
            and all(x.line in dated or x in added for x in pieces) and len(dated) == 1
    dated = [x for x in pieces if x.period and x.period_basis in ("clause", "heading")]
    return len({x.funder for x in pieces}) >= 2 and 0 < len(dated) < len(pieces)


#: a sentence saying whose money is match funding, with no figure of its own ("The councils' contributions are match
#: funding.", "The commissioner's money counts as match funding."): the role of that payer's sums said after it
_DECLARED_MATCH = re.compile(r"^\W*(?P<whose>(?:[\w'’-]+\s+){0,4}?[\w'’-]+['’]s?)\s+(?:[\w-]+\s+)?(?:contributions?|money|"
                             r"sums?|funding|shares?)\s+(?:is|are|counts?\s+as|will\s+be|(?:is|are)\s+treated\s+as)\s+"
                             r"(?:all\s+)?match(?:ed)?(?:[- ]funding)?\b", re.I)


def _match_funding_said_once(rel, drafts: list[_Draft], said: dict, terms) -> None:
    """A sentence of a paragraph saying one kind of payer's money is match funding ("The councils' contributions are
    match funding.") gives that role to the grants of that payer stated after it in the paragraph ("Newcastle City
    Council has confirmed £96,000 over 2026-28; …"), as a payer said once gives a figure its payer (README,
    "Council money": council money added to a grant is ``match_funding``)."""
    for number, sentence in rel.sentences:
        m = _DECLARED_MATCH.match(sentence)
        if not m or MONEY_TOKEN.search(sentence):
            continue
        payers = {v for v, p in _candidates(terms.get("funder", ()), m.group("whose")) if p.search(m.group("whose"))}
        if len(payers) != 1 or payers & {"Home Office", "Ministry of Justice"}:
            continue
        payer = payers.pop()
        at = (rel.line_text(number) or "").find(sentence.strip()[:30])
        for d in drafts:
            if d.role != "grant" or d.funder != payer or id(d) not in said or d.whole is not None:
                continue
            line = rel.line_text(d.line) or ""
            later = d.line > number and all((rel.line_text(n) or "").strip() for n in range(number, d.line + 1)) \
                or d.line == number and line.find(said[id(d)][0].strip()[:30]) > at
            if later:
                d.role = "match_funding"


#: a sentence with no figure saying the money after it is added to the grant: "Two offices also told us about money of
#: their own on top of the Home Office share", "Some councils have added money to their grants", "Three commissioners
#: top up the grant from their own budgets"
_ADDED_MONEY_LEAD = re.compile(r"\b(?:on top of|in addition to|added to|adding to|add to|adds to|top(?:s|ped|ping)? up)\s+"
                               r"(?:the|their|its|his|her|this|that|these)\s+(?:[\w'’-]+\s+){0,2}?"
                               r"(?:grants?|shares?|allocations?|awards?)\b", re.I)


def _money_said_to_be_added_to_the_grant(rel, drafts: list[_Draft], said: dict) -> None:
    """Money of a commissioner, council or partners stated after a sentence with no figure that says such money is added
    to the grant ("Two offices also told us about money of their own on top of the Home Office share. Kent's
    commissioner is adding £60,000 a year …, and Essex County Council has put £48,500 towards the Essex service"), in
    the same paragraph, is match funding, as a payer said once gives a figure its payer; like any money added to a
    grant it has only the years its own clause gives (README, "Money added to a grant")."""
    for number, sentence in rel.sentences:
        if MONEY_TOKEN.search(sentence) or not _ADDED_MONEY_LEAD.search(sentence):
            continue
        line = rel.line_text(number) or ""
        at = line.find(sentence.strip()[:30])
        for d in drafts:
            if d.role not in ("grant", "own_funding") or d.funder not in ("PCC", "local authority", "partners") \
                    or d.whole is not None or id(d) not in said or d.table or any(x.whole is d for x in drafts):
                continue
            # (on its line after it, or on the line straight under it: the paragraph it opens)
            later = d.line == number + 1 and (rel.line_text(d.line) or "").strip() and not _OPENS_A_BLOCK.match(
                rel.line_text(d.line) or "") or d.line == number and line.find(said[id(d)][0].strip()[:30]) > at
            # (or a lead-in ending in a colon, "Added to the grant:", over a list: every item of the list straight under it)
            later = later or sentence.rstrip().endswith(":") and d.line > number and all(
                _LIST_LINE.match(rel.line_text(n) or "") for n in range(number + 1, d.line + 1))
            if not later:
                continue
            d.role = "match_funding"
            if d.period_basis not in ("clause", "heading", "sentence", "same"):
                d.period, d.period_basis = None, ""


def _table_total_dated_by_its_lead_in(rel, drafts: list[_Draft]) -> None:
    """A table's total row with no year of its own that states again the sum of the lead-in ending in a colon just
    above the table ("Our work cost £250,000 this year, paid for by:" over rows and "Total  £250,000") is that sum:
    it takes the year the lead-in gives it, and its rows, its parts, take it from the total as any part does."""
    for t in drafts:
        if not t.table or t.role != "total" or t.period is not None:
            continue
        first = min(x.line for x in drafts if x.table == t.table)
        above = first - 1
        while above > 0 and not (rel.line_text(above) or "").strip():
            above -= 1
        if above <= 0 or not (rel.line_text(above) or "").rstrip().endswith(":"):
            continue
        lead = [x for x in drafts if x.line == above and not x.table and x.amount.pence == t.amount.pence
                and x.role in ("total", "grant") and x.period]
        if len(lead) == 1:
            t.period, t.period_basis = lead[0].period, "restated"
            for x in drafts:
                if x.whole is t and x.role == "part" and x.period is None:
                    x.period, x.period_basis = t.period, "whole"


def _own_payer_after_a_semicolon(sentence: str, before: int, start: int, terms) -> bool:
    """Whether the figure at ``start`` opens a clause of its own after a semicolon that follows the figure at ``before``,
    and that clause names a payer ("X Council has confirmed £96,000 over 2026-28; Y County Council gives £42,000 a
    year"): the figure is that payer's money, not a share of the figure before."""
    cut = sentence.rfind(";", before, start)
    if cut < 0:
        return False
    own = sentence[cut + 1 : start]
    return any(p.search(own) for _, p in _candidates(terms.get("funder", ()), own))


def _another_payers_money(d: _Draft, round_funder: str) -> bool:
    """Whether ``d`` is money a commissioner, council or partner adds from its own funds in a round-up of another
    payer's round ("… and £95,000 of the commissioner's own money make a combined £812,000" in a round-up of Home Office
    shares): not said to come from the round, it does not take the round's period (README, "Areas' shares of a round
    with its period"; "Money added to a grant")."""
    return d.funder in ("PCC", "local authority", "partners") and d.funder != round_funder


def _periods_and_awards(
    rel, drafts, terms, facts: _ReleaseFacts, source_id, diagnostics,
) -> tuple[tuple[LocalAward, ...], tuple[Diagnostic, ...]]:
    """The last passes and the awards: a part with no year of its own shares its whole's, else the release's
    span; listed pieces, per-year sums and carried money related to their wholes; a per-year share once for
    each year of its whole; then each draft as a :class:`LocalAward` with its round."""
    from funding.parse.releases.amounts.years import (
        _figure_sentences, _in_each_of_the_years, _one_a_year, _own_clause_counts_the_years,
        _figures_of_the_last_round, _figures_of_this_round, _nth_year_of_its_span, _outside_the_round, _points_elsewhere, _rate_names_no_years,
        _quoted_in_a_question, _resolution_restating,
        _year_after_an_elliptical_pair, _year_paid_in, _same_periods_spans, _shares_of_the_fund_take_its_period,
    )
    from funding.parse.releases.periods import start_and_length
    release_period = facts.release_period  # (a round-up's falls back to its totals' below)
    # period: a part with no year of its own shares its whole's; otherwise the release's span
    _money_said_to_cover(rel, drafts)
    _counted_shares_take_the_funds_terms(drafts)
    _counted_areas_total_takes_their_payer(drafts)  # "Between them, the four areas take £1,730,500 of the round"
    release_basis = "release"
    if release_period is None and facts.roundup:
        release_period = _round_total_period(drafts)
        release_basis = "round"  # (the round-up's lead total or fund, whose shares its areas' figures are)
    said = _figure_sentences(rel, drafts)
    _match_funding_said_once(rel, drafts, said, terms)
    pointed = set()  # figures whose sentence only points to where the text sets them out ("set out in section 2")
    for d in drafts:
        if d.role == "part" and d.whole is not None and d.whole.line < d.line and id(d) in said \
                and _OF_IT_AFTER.match(said[id(d)][0], said[id(d)][1] + len(d.amount.text)):
            continue  # ("Up to £30,000 of it may be used for an evaluation, as agreed at the October review": a piece
            # of the sum stated before it, not a figure restated from elsewhere)
        if id(d) in said and (_points_elsewhere(said[id(d)][0]) or _resolution_restating(
                said[id(d)][0], said[id(d)][1], said[id(d)][1] + len(d.amount.text))
                or not d.table and _quoted_in_a_question(rel.line_text(d.line) or "", *said[id(d)])):
            d.period, d.period_basis = None, ""
            pointed.add(id(d))
    for d, e in zip(drafts, drafts[1:]):  # "X Council is adding £A and Y Council £B to the grant in 2025/26"
        if d.period is None and e.period is not None and id(d) in said and id(e) in said \
                and said[id(d)][0] == said[id(e)][0] and id(d) not in pointed:
            sentence, at = said[id(d)]
            nxt = said[id(e)][1]
            if nxt > at and _year_after_an_elliptical_pair(sentence, at, at + len(d.amount.text), nxt, nxt + len(e.amount.text)):
                d.period, d.period_basis = e.period, "clause"
    for d in drafts:  # "will be paid in one sum in April 2025"; "began in October 2023 … over 18 months"
        if d.period is None and id(d) in said and id(d) not in pointed and d.role != "context" and not d.bad_year:
            sentence, at = said[id(d)]
            d.period = _year_paid_in(sentence, at, at + len(d.amount.text)) or start_and_length(sentence)
            d.period_basis = "sentence" if d.period else d.period_basis
    undated_corrections = set()  # right figures of correction notes that give the figure they replace no year
    for k, d in enumerate(drafts):  # "… gave the 2023-24 figure as £585,000. The correct figure is £558,000."
        if d.period is None and id(d) in said and d.role != "context" \
                and _named_as_the_correct_figure(*said[id(d)]):  # (also "The correct figure, shown in the table, …")
            # the figure it corrects is the same money: a year that figure's own words gave is this one's too
            corrected = next((x for x in reversed(drafts[:k]) if x.role != "context"), None)
            if corrected is not None and d.line - 2 <= corrected.line <= d.line and corrected.period \
                    and (not d.bad_year or _note_dates_the_figure_it_corrects(d, corrected)):
                d.period, d.period_basis = corrected.period, "restated"
            elif corrected is not None and d.line - 2 <= corrected.line <= d.line and corrected.period is None:
                # "… gave Derbyshire's figure as £559,670. The correct figure is £595,670": a note naming no year
                # gives the right figure none either (README, "Corrected figures"), not the release's span
                undated_corrections.add(id(d))
    for d in drafts:  # "£512,400, the second year of the two-year grant that ran from April 2023 to March 2025"
        if id(d) in said:
            nth = _nth_year_of_its_span(said[id(d)][0], said[id(d)][1], said[id(d)][1] + len(d.amount.text), d.period)
            if nth:
                d.period, d.period_basis = nth, "clause"
    for d in drafts:  # "… in 2025-26, and £12,000 a year paid by Cargo Fleet Homes": a rate naming no years has none
        if getattr(d, "yearly", False) and d.period and d.whole is None and not d.per_year and id(d) in said \
                and _rate_names_no_years(said[id(d)][0], said[id(d)][1], said[id(d)][1] + len(d.amount.text)):
            d.period, d.period_basis = None, ""
    same_spans = _same_periods_spans(rel)
    for d in drafts:
        span = same_spans.get(said[id(d)][0]) if id(d) in said else None
        if span and d.period is not None and d.period[0] == d.period[1] and span[0] <= d.period[0] <= span[1]:
            d.period, d.period_basis = span, "same"  # "over the same period", after a top-up's single year: the span stated before it
        if id(d) in pointed:
            continue
        if d.period is None and d.whole is not None and d.whole.period is not None and d.role == "part" \
                and not getattr(d, "relative_year", False) and not d.added_years_only and not _a_rate_of_no_years(d, said) \
                and getattr(d, "listed_role", "") != "match_funding":
            # (an item of a package's list that its own words call money added to the grant keeps the years its own
            # clause gives: README, "Money added to a grant")
            d.period, d.period_basis = d.whole.period, "whole"
            nth = _nth_years_money(said[id(d)][0], said[id(d)][1] + len(d.amount.text), d.period) if id(d) in said else None
            if nth:  # "£38,600 of the first year's money will not be spent": that year of its whole's span
                d.period, d.period_basis = nth, "whole"
        restates = d.role == "grant" and d.whole is None and any(
            x is not d and (x.role == "grant" and x.whole is None or x.role == "part" and x.whole is not None and x.whole.role
                            == "grant" and x.period and x.period[0] == x.period[1] and x.whole.period != x.period
                            and x.line != x.whole.line) and x.code == d.code and x.period
            and x.funder in (d.funder, "") and x.amount.pence != d.amount.pence and x.amount.qualifier in ("exact", "rounded")
            and _close_in_size(x, d) and not (x.line > d.line and _an_earlier_years_money(x, release_period)) for x in drafts)
        # (not a bound made precise: "more than £240,000" then "funding worth £246,792" is one statement refined)
        # ("The correct figure is £358,400", "gives the exact grant as £446,380": a figure restating the dated award,
        # differently, in a sentence that gives no year of its own: which year it is for the sentence does not say)
        # (nor a yearly rate whose own clause names no years, "£18,500 a year": README, "Yearly rates")
        # (nor the partners' own money its clause names, an appeal's sum raised: "You raised £2,340": not the
        # award's money, so not the award's years, README "Appeals")
        if d.period is None and release_period and d.role in ("grant", "part", "total") \
                and (d.code or d.shared_by or getattr(d, "unnamed", False) or getattr(d, "shared_out", False)
                     and bool(d.funder) and d.funder == facts.release_funder
                     # (a letter or answers that name no area at all: "Your area will receive £318,500")
                     or facts.no_area and d.role == "grant" and d.whole is None) \
                and not d.bad_year and (not restates or facts.figures_said or id(d) in said and _own_clause_counts_the_years(
                    said[id(d)][0], said[id(d)][1], said[id(d)][1] + len(d.amount.text), release_period)) \
                and not getattr(d, "rate", False) \
                and not getattr(d, "yearly", False) \
                and (facts.figures_said or not getattr(d, "councils_own", False)
                     and not (d.funder == "local authority" and d.role == "grant")) and not getattr(d, "restated", False) \
                and not (d.role == "part" and d.whole is not None and getattr(d.whole, "restated", False)
                         and d.whole.period is None) \
                and not getattr(d, "separate", False) and not getattr(d, "grant_makers", False) \
                and not getattr(d, "a_cost", False) and id(d) not in pointed and not getattr(d, "relative_year", False) \
                and not getattr(d, "next_year", False) \
                and not getattr(d, "mixed_years", False) \
                and not _partners_own_money(d) and not (d.whole is not None and _partners_own_money(d.whole)) \
                and not _two_accounts_on_its_line(d, drafts, rel.line_text(d.line)) and id(d) not in undated_corrections \
                and not _a_rate_of_no_years(d, said) and not _year_of_some_pieces_only(d, drafts, said[id(d)][0] if id(d) in said else "") \
                and (release_basis == "round" or facts.roundup or not _restates_a_dated_statement(d, drafts)) \
                and not (release_basis == "round" and facts.release_funder and (
                    _outside_the_round(d, said) or _another_payers_money(d, facts.release_funder))):
            d.period, d.period_basis = release_period, release_basis
        elif d.period is None and release_period and release_period[0] == release_period[1] and \
                getattr(d, "spending", False) and not facts.roundup:
            d.period, d.period_basis = release_period, "release"  # a fund's spending in a table of the year's movements (match funding
            # stated with no year is left with none: the grant's year is the grant's)
    _own_money_in_a_yearly_report(rel, drafts, pointed)
    _shares_of_the_fund_take_its_period(drafts, said, release_period if facts.roundup else None)
    _figures_of_the_last_round(rel, drafts, said)
    _figures_of_this_round(drafts, said, release_period)  # "… to £7.46m in this one": the round the text is about
    _table_total_dated_by_its_lead_in(rel, drafts)
    for d in drafts:  # a total over several areas' rows spans its rows' years
        mine = [x for x in drafts if x.whole is d]
        if d.period is None and mine and all(x.period for x in mine) and id(d) not in pointed \
                and not getattr(d, "restated_whole", False) \
                and not _one_share_of_it_dated(d, mine) and not getattr(d, "mixed_years", False) \
                and not _two_accounts_on_its_line(d, drafts, rel.line_text(d.line) or "") \
                and not _restated_with_its_split(rel, d, drafts, mine):  # ("Corrected figures"; "Restated figures")
            d.period, d.period_basis = (min(x.period[0] for x in mine), max(x.period[1] for x in mine)), "parts"
    _lent_totals_whose_list_does_not_add_up(drafts)
    _listed_pieces_sum_to_whole(rel, drafts, terms)
    _list_sums_to_an_earlier_award(rel, drafts)
    _of_which_pieces_sum_to_whole(rel, drafts, terms)
    _per_year_before_in_all(rel, drafts)
    _per_year_before_its_sum(rel, drafts)  # "£30,000 each year … £60,000 over the two years"
    _restatement_keeps_no_payer(drafts)  # "The ICB … £90,000 over the period" … "(a) agreed to contribute £90,000"
    _whole_across_funders(drafts)
    _restated_total_across_funders(drafts)  # "I approve the funding commitment of £1,164,300 set out in this record"
    _lots_add_up_to_the_total(rel, drafts)  # "Total value of the procurement: £X" over each lot's value
    _division_after_a_lead_in(rel, drafts)  # "Where it goes: £A …" / "£B pays for …" adding up to a sum before
    _pieces_summing_to_a_neighbour(rel, drafts, terms)  # (the fallback: pieces found by their sum alone)
    _piece_of_a_named_years_share(rel, drafts, terms)  # "Of the Home Office money for this first year, £X …"
    _pieces_regroup_under_the_part_they_make(drafts)  # "In 2025-26, £180,000 … and £60,000 …": the year's pieces
    _counted_totals_across_funders(rel, drafts)
    _total_of_a_grant_and_its_top_up(drafts)  # "… adding £90,000 … to that grant" then "Total: £256,800"
    _total_of_one_funders_awards(drafts)
    _carried_forward_keeps_its_year(rel, drafts)
    _carried_piece_is_its_wholes_year(rel, drafts)
    for d in drafts:  # "The Ministry of Justice pays £68,000 a year for two IDVAs": a rate naming no years keeps none,
        if d.period_basis == "parts" and _a_rate_of_no_years(d, said):  # whatever pieces were read under it
            d.period, d.period_basis = None, ""  # (README, "Yearly rates")
    _totals_of_mixed_years(drafts)
    _money_said_to_be_added_to_the_grant(rel, drafts, said)
    # "£60,000 … to the grant in each of 2024-25 and 2025-26": a sum paid in each year of its span, once a year
    each_year = {id(d) for d in drafts if not d.per_year and d.period and d.period[0] != d.period[1] and id(d) in said
                 and not any(x.whole is d for x in drafts)
                 and _in_each_of_the_years(said[id(d)][0], said[id(d)][1], said[id(d)][1] + len(d.amount.text))}
    for d in drafts:  # ("£40,000 and £20,000 respectively in each of the three years": the last figure's years)
        if getattr(d, "respectively", False) and d.period is None:
            later = [x for x in drafts if x.line == d.line and not x.table and x.start > d.start
                     and getattr(x, "yearly", False) and x.period and not getattr(x, "respectively", False)]
            if later:
                d.period, d.period_basis = later[0].period, later[0].period_basis
    # a per-year share: once for each year of its whole's span (the whole takes the release's span if it has none)
    expanded: list[_Draft] = []
    for d in drafts:
        if id(d) in each_year:
            copies = _one_a_year(d)
            for c in copies:
                c.yearly = False
            expanded.extend(copies)
            continue
        whole = d.whole
        if d.per_year and whole is not None:
            if whole.period is None and release_period and release_period[0] != release_period[1]:
                whole.period, whole.period_basis = release_period, "release"
            span = whole.period or d.period  # (or the years its own clause names: "£26,000 in each of 2025/26 and 2026/27")
            if span and span[0] != span[1]:
                first, last = int(span[0][:4]), int(span[1][:4])
                expanded.extend(replace(d, period=(_fy_text(y), _fy_text(y)), period_basis="whole")
                                for y in range(first, last + 1))
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
    _yearly_profiles_of_named_rows(rel, drafts)  # "Lot 1 is phased as £A in 2026/27, £B in 2027/28 and …"
    totals_over_several_areas_have_none(drafts)
    _no_wholes_years_outside_a_whole(drafts)
    _the_other_years_piece(drafts)
    _year_headings_date_their_figures(rel, drafts)
    _report_titles_year_dates_its_tables(rel, drafts, pointed)
    _spending_cells_take_their_rows_budget_year(drafts)
    # a figure in quoted speech is what someone said, not the text's statement (README set_aside ``in_quote``): one
    # that restates a sum stated outside quotes ("We are putting £48,000 into …," she said) is not a second
    # statement, and one said only in the quote ('"The last £9,000 goes out when the invoice comes in," she said')
    # is no fact
    quoted = []
    for d in drafts:
        text = next((t for n, t in rel.sentences if n == d.line and d.amount.text in t), "")
        at = text.find(d.amount.text)
        if not d.table and (at >= 0 and any(a <= at < b for a, b in _quoted_spans(text)) or _quoted_on_its_line(rel, d)):
            quoted.append(d)
    gone = {id(d) for d in quoted}
    drafts = [d for d in drafts if id(d) not in gone and (d.whole is None or id(d.whole) not in gone)]
    _money_of_a_body_called_a_funding_partner(rel, drafts, said)
    _money_of_a_body_that_delivers_the_work(rel, drafts, said, terms)
    _grants_list_entries_name_their_payer(rel, drafts, terms)
    _bracketed_pieces_split_the_span_by_year(rel, drafts)  # "… for 2023-24 and 2024-25 (£310,000 and £335,000)"
    _money_under_a_lead_saying_the_grant_is_matched(rel, drafts)
    _year_fields_of_a_span_field(rel, drafts)  # (once the whole's span, perhaps the release's, is lent)
    _payers_named_before_bracketed_pieces(rel, drafts, terms)  # "met by the council (£A) and the ICB (£B)"
    _a_notes_sum_included_in_its_row(rel, drafts)  # "Note 2: includes £X for …" under a row marked "(note 2)"
    _the_commissioners_grant_by_its_pronoun(rel, drafts)  # "to the Office of the … Commissioner for its grant of £X"
    _sums_an_amendment_leaves_out(rel, drafts)  # "In paragraph 4, leave out £180,000 … and insert £120,000 …"
    _parts_take_their_wholes_payer(drafts)  # (README 'part': a piece's payer, once its whole's is settled)
    _spans_from_now_keep_no_years(drafts)
    _earlier_statement_of_a_table_total_across_areas(drafts)  # "The total cost is £900,000" over a table of two areas'
    _one_areas_rows_restated_as_its_contribution(drafts)  # "its two-year contribution of £470,000" = that area's rows
    awards = []
    for d in drafts:
        start_year, end_year = d.period if d.period else ("", "")
        if start_year:
            rnd, rnd_basis = start_year, "sentence"
        elif facts.pub_round and not d.bad_year:
            rnd, rnd_basis = facts.pub_round, "publication_date"
        else:
            rnd, rnd_basis = "", "none"
        awards.append(LocalAward(
            source_id, d.line, d.code, d.basis, rnd, rnd_basis, d.funder, _PUBLIC_FUNDER_BASIS[d.funder_basis] if d.funder else "none",
            d.role, d.amount, start_year, end_year, d.part_of, d.shared_by, d.award_number,
            d.whole.amount.pence if d.part_of is not None and d.whole is not None and d.whole.line == d.part_of else None,
            (d.period_basis or "unrecorded") if d.period else "none",
        ))
    return tuple(awards), tuple(diagnostics)


#: ``local_awards.funder_basis`` for each of the draft's reasons (``_Draft.funder_basis``): named for the figure
#: ("clause"), taken from the whole it is a piece of ("whole"), filled in from elsewhere in the release: its or the
#: round's funder, an earlier figure's payer ("lent"), or set by a rule that does not say ("unrecorded")
_PUBLIC_FUNDER_BASIS = {"clause": "clause", "whole": "whole", "default": "lent", "": "unrecorded"}


#: the grant stated in the release, named in a figure's own clause: "the second year of the grant (£206,000)", "£40,000 of
#: our grant" (in a release about one funder's grant, that funder's money: its payer is named, not lent)
_THE_GRANT_NAMED = re.compile(r"\b(?:the|this|that|its|our|their)\s+(?:[\w'’-]+\s+){0,2}?(?<!match )(?<!own )"
                              r"(?:grant|award|allocation)\b", re.I)


#: "grant of £X", "Home Office award worth £X": the noun just before an amount names it a grant (not a match
#: funding or own-budget grant: those are read by their own words)
_GRANT_OF = re.compile(r"(?<!match )(?<!match-)(?<!matched )(?<!own )\b(?:grant|award|allocation)\s+(?:of|worth|totalling|totaling)\s+"
                       r"(?:about |around |up to |nearly |almost |over |more than |just over |just under |some )?$", re.I)


#: a provider's own money ("The Recipient will add £18,000 of its own reserves", "the charity … from its own funds"):
#: its whose 'its' is, not the commissioner's
_PROVIDER_OWN = re.compile(r"\b(?:recipient|provider|grantee|grant holder|charity|trust|CIC|Ltd|organisation|partnership|"
                           r"contractor)\b(?:(?!\b(?:council|authority|commissioner|office|OPCC|PCC|mayor)\b)[^.;]){0,60}?"
                           r"\b(?:its|their) own (?:[\w-]+ )?(?:money|budgets?|funds?|funding|reserves|resources|income|"
                           r"contributions?)\b"
                           # (a charity's money by its kind: "£20,000 from its charitable reserves", "the provider's
                           # reserves")
                           r"|\bcharitable (?:reserves|funds?|income|donations)\b"
                           r"|\b(?:charity|provider|trust|CIC|recipient)['’]s (?:own )?(?:reserves|funds|fundraising)\b"
                           # (money raised by fundraising is a charity's, whoever "its" is: "£36,000 from its own
                           # fundraising", "of their own fund-raising")
                           r"|\b(?:its|their|our) own fund-?raising\b"
                           # (and a provider writing of its own reserves, "Our own reserves: £4,000", "£4,000 from our
                           # own reserves": a public office names its reserve as its own, "the police fund reserve")
                           r"|(?P<ours>\bour own reserves\b)"
                           # (a body named by its own name, "£1,000 from the Hub's own reserves", "Oakway Change's
                           # reserves": not a council's, a commissioner's or a public office's reserves)
                           r"|\b(?!(?:council|commissioner|mayor|authority|office|police|PCC|OPCC|PFCC|government|board|"
                           r"department|ministry|force)\b)(?-i:[A-Z][\w-]*)['’]s (?:own )?reserves\b",
                           re.I)  # (not "people worried about their own behaviour")
def _providers_own(stretch: str) -> bool:
    """Whether ``stretch`` names a provider's own money (:data:`_PROVIDER_OWN`); "our own reserves" only where the
    stretch names no commissioner, mayor or their office, whose "our" it would be ("As your commissioner I have put
    £40,000 from our own reserves into the clinic": the commissioner's own money, README own_funding)."""
    m = _PROVIDER_OWN.search(stretch)
    if m and m.group("ours") and _COMMISSIONER_WORDS.search(stretch):
        return bool(any(x.group("ours") is None for x in _PROVIDER_OWN.finditer(stretch)))
    return bool(m)


_COMMISSIONER_WORDS = re.compile(r"\b(?:commissioner|mayor|PF?CC|OPF?CC|MOPAC|police fund|policing)\b", re.I)


#: a total naming how many of the sums before it it adds: "Added together, the ten shares come to", "The four
#: allocations total", "In all the three grants are worth"
_COUNTED_BACK = re.compile(r"^\W*(?:[\w'’]+,?\s+){0,3}?(?:the|these|those|all)\s+(?P<n>two|three|four|five|six|seven|"
                           r"eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:[\w'’-]+\s+)?(?:shares|allocations|awards|grants)\b",
                           re.I)


#: an NHS body, a kind of payer outside the funder vocabulary: "the ICB", "NHS Dorset", "the integrated care board",
#: "the health board"
_NHS_PAYER = re.compile(r"\bICB\b|\bintegrated care board\b|\bNHS\b|\bhealth board\b", re.I)

#: an NHS body named as where a clause's money comes from: "a contribution from the ICB of £90,000", "funded by NHS
#: Westshire", "Of the ICB's £90,000"; not one the money goes to ("£20,000 will be paid to the ICB for training GPs")
_NHS_AS_PAYER = re.compile(r"\b(?:from|by)\s+(?:the\s+)?(?:ICB\b|integrated care board\b|health board\b|NHS\b)|"
                           r"(?:\bICB|\bintegrated care board|\bhealth board|\bNHS(?:\s+[A-Z][\w&-]*){0,4})['’]s?\s", re.I)

#: a clause restating a sum as a contribution: "APPROVE a contribution of £90,000", "the ICB contribution"
_A_CONTRIBUTION = re.compile(r"\bcontribution\b", re.I)

#: a sentence calling an NHS body one of the funding partners: "NHS Westshire joins them as a funding partner", "the
#: ICB would become a co-funding partner", "the health board is a funding partner in the pilot"
_NHS_CALLED_A_FUNDING_PARTNER = re.compile(
    r"(?:\bICB\b|\bintegrated care board\b|\bNHS\s+[A-Z][\w&'’ -]{0,40}?|\bhealth board\b)[^.;:£]{0,40}?\b(?:as|is|be|become|becomes|"
    r"becoming)\s+(?:an?|one of the)\s+(?:co-?)?funding\s+partners?\b", re.I)


#: a sentence naming a body as one of the few that deliver the work: "Eastmoor Health NHS Trust is one of three
#: organisations delivering the Pathways course", "Ashvale Women's Centre is one of two partners running the service"
_ONE_OF_THE_DELIVERERS = re.compile(r"(?P<name>(?-i:[A-Z][\w'’&-]*)(?:\s+(?-i:[A-Z][\w'’&-]*|of|and|for)){0,7}?\s+"
                                    r"(?-i:[A-Z][\w'’&-]*))\s+(?:is|was)\s+one\s+of\s+(?:the\s+)?(?:two|three|four|five|six|[2-9])\s+"
                                    r"(?:organisations|bodies|partners|providers|charities|agencies)\s+(?:that\s+)?"
                                    r"(?:deliver(?:s|ing)?|run(?:s|ning)?|provid(?:e|es|ing))\b", re.I)
#: a verb of putting money in, after the body as the sentence's subject: "contributes £46,000", "agreed to fund a post at
#: £38,900", "is adding £20,000"
_BODY_PAYS = re.compile(r"\b(?:contribut\w*|fund(?:s|ed|ing)?|pa(?:y|ys|id|ying)|add(?:s|ed|ing)?|put(?:s|ting)?|"
                        r"spend(?:s|ing)?|spent|invest\w*|match(?:es|ed|ing)?)\b", re.I)


#: a heading over a list of grants held: "Grants:", "Research grants", "Grants awarded to the project"
#: (not a list of grants a body gives, whose entries open on who receives them: "Grants awarded by the commissioner:",
#: "Grants made to local groups:")
_GRANTS_HEADING = re.compile(r"^\W*(?:(?:research|external|funding)\s+)?grants?\b(?![^.£;]{0,40}?\b(?:(?:made|awarded|given|"
                             r"paid|allocated|handed out|approved)\s+(?:by|to)|by|to)\s+(?!the\s+(?:project|study|"
                             r"programme|course|service|team|centre|unit)\b))[^.£;]{0,40}?:?\W*$", re.I)
#: an entry of such a list, numbered or coded, whose first field before a comma is the body giving the grant: "G2.
#: Ashdown Trust, *Following up the course*, £48,000, 2023-24 (PI: Smith)", "3. Office of the Police and Crime
#: Commissioner for Kent, evaluation, £20,000"
_GRANT_ENTRY = re.compile(r"^\W*(?:[A-Z]{1,2}\d{1,2}|\d{1,2})[.):]\s+(?P<payer>[^,£*_]{3,90}?)\s*,\s*[^£]*£")


def _grants_list_entries_name_their_payer(rel, drafts: list, terms) -> None:
    """A list of grants held under a heading of its own ("Grants:"), each entry giving the grant-giver first, then the
    title, the sum and the span ("G2. Ashdown Trust, *Following up the course*, £48,000, 2023-24"), names each entry's
    payer in its first field, as a table row's label does: the commissioner's office pays its own money (own funding,
    README funder ``PCC``), a council its grant, and a body outside the funder vocabulary (a trust, a foundation, a
    university's own award) a grant with funder null, never the payer named elsewhere in the text."""
    under = False  # (an entry of the list under the heading: its entries run on to the next line that is none)
    for line in rel.lines:
        text = line.text
        if not text.strip():
            continue
        if _GRANTS_HEADING.match(text) and not MONEY_TOKEN.search(text):
            under = True
            continue
        entry = _GRANT_ENTRY.match(text)
        under = under and entry is not None
        if not under:
            continue
        payer = entry.group("payer")
        named = _first(terms.get("table_funder", ()), payer)
        mine = [d for d in drafts if d.line == line.number and not d.table and d.whole is None
                and d.role in ("grant", "own_funding", "match_funding")]
        if len(mine) != 1:
            continue
        d = mine[0]
        if not named and d.funder and d.funder_basis == "clause":
            continue  # (a first field that is no payer, "1. Group work, Home Office, £20,000": the payer the entry names)
        d.funder, d.funder_basis = named, "clause"
        if d.role != "match_funding":  # (an entry its own words call match funding stays so: "2. Kent County
            # Council, match funding for the Home Office grant, £30,000")
            d.role = "own_funding" if named == "PCC" else "grant"


#: a table heading saying its rows are money paid to the bodies they name: "Award", "Allocated", "Grant", "Provider",
#: "Recipient", "Paid to"
_PAID_TO_HEADING = re.compile(r"\b(?:awards?|awarded|allocations?|allocated|grants?|granted|recipients?|grantees?|"
                              r"providers?|paid to|payments? to|contract(?:ed)?\s+(?:value|sum|price))\b", re.I)


def _headed_as_paid_to(rel, number: int) -> bool:
    """Whether the pipe table holding line ``number`` has a heading row naming its rows' money as paid to them
    (:data:`_PAID_TO_HEADING`): "| Provider | Service | Award |" over "| Ashvale Women's Centre | … | £40,000 |"."""
    first = number
    while first > 1 and "|" in (rel.line_text(first - 1) or ""):
        first -= 1
    return bool(_PAID_TO_HEADING.search(rel.line_text(first) or "")) and first != number


def _money_of_a_body_that_delivers_the_work(rel, drafts: list, said: dict, terms) -> None:
    """Money from a body the text names as one of those delivering the work ("Eastmoor Health NHS Trust is one of three
    organisations delivering the Pathways course") is partners' money (README, "Partners' money": the bodies that
    deliver the service): a figure with no funder whose sentence opens on that body as its subject, by its name or as
    "the Trust" (its name's last word; "The Trust Board"), with a verb of putting money in before the figure
    ("Eastmoor Health NHS Trust contributes £46,000 a year", "The Trust Board agreed to fund a post at £38,900"), or a
    table row labelled with its name, takes funder ``partners``, with the pieces of such a figure; said to be added to
    a grant, it is match funding.  A body the funder vocabulary names (a council, the commissioner) keeps its own
    reading, and money the body receives ("the Trust received £140,000 from …") is not its own."""
    names = []
    for _n, t in rel.sentences:
        for m in _ONE_OF_THE_DELIVERERS.finditer(t):
            name = re.sub(r"^(?:The|the)\s+", "", m.group("name"))
            if not _first(terms.get("funder", ()), name) and _ORG_WORD.search(name):
                names.append(name)
    if not names:
        return
    subjects = [re.escape(n) for n in names] + [r"[Tt]he\s+" + re.escape(n.split()[-1]) + r"(?:\s+Board)?" for n in names]
    opens = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:" + "|".join(subjects) + r")\b(?!['’])(?P<rest>[^£.;]*)$")
    row = re.compile(r"^\W*(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    theirs = []
    for d in drafts:
        if d.funder or d.role not in ("grant", "match_funding", "own_funding", "part"):
            continue
        if d.table:
            if row.match(rel.line_text(d.line) or "") and not _headed_as_paid_to(rel, d.line):
                theirs.append(d)
            continue
        sentence, at = said.get(id(d)) or next(((t, t.find(d.amount.text)) for n, t in rel.sentences
                                                if n == d.line and d.amount.text in t), ("", -1))
        opened = opens.match(sentence[:at]) if at >= 0 else None
        if not opened or not _BODY_PAYS.search(opened.group("rest")) \
                or re.search(r"\b(?:receiv\w*|awarded|granted|given|from)\b|\b(?:is|are|was|were|be|been|being|gets?|got)\s+"
                             r"(?:also\s+|now\s+|still\s+)?(?:paid|funded|financed|matched)\b", opened.group("rest"), re.I):
            # (nor money paid to it, "Ashvale Women's Centre is paid £40,000 a year to run …": its income, not its own)
            continue
        # (its first figure may be a yearly piece of a sum stated after it: "contributes £46,000 a year, £92,000 over
        # the two years, added to …": that sum is the body's too)
        whole = d.whole if d.role == "part" and d.whole is not None and d.whole.line == d.line and not d.whole.funder \
            else d if d.role != "part" else None
        if whole is None:
            continue
        theirs.append(whole)
        if whole.role == "grant" and whole.whole is None and _ADDED_TO.search(sentence):
            whole.role = "match_funding"  # ("…, added to the Home Office grant as match funding")
    for d in drafts:
        if d not in theirs and not d.funder and d.role == "part" and any(d.whole is w for w in theirs):
            theirs.append(d)
    for d in theirs:
        d.funder, d.funder_basis = "partners", "clause"


def _money_of_a_body_called_a_funding_partner(rel, drafts: list, said: dict) -> None:
    """In a text that calls an NHS body one of the funding partners ("The proposal is that NHS Westshire joins them as
    a funding partner"), that body's money is partners' money (README, "Partners' money": a body the text itself
    calls a partner): a figure with no funder whose own clause names the NHS body as its payer ("a contribution from
    the ICB of £90,000", "Of the ICB's £90,000, …") takes funder ``partners``, and so do the same sum restated as a
    contribution with no payer and the parts of either.  Money paid to the body ("£20,000 will be paid to the ICB") and
    other figures of the same size stay as read.  A text that never calls the body a funding partner (only a "Funding partner"
    column heading over its row, or no such words at all) leaves its prose figures with funder null."""
    if not any(_NHS_CALLED_A_FUNDING_PARTNER.search(t) for _, t in rel.sentences):
        return
    theirs = []
    for d in drafts:
        if d.funder or d.table or d.role not in ("grant", "match_funding", "own_funding", "part") or id(d) not in said:
            continue
        sentence, at = said[id(d)]
        lo, hi = _clause_of(sentence, at)
        if _NHS_AS_PAYER.search(sentence[lo:hi]):
            theirs.append(d)
    wholes = [d for d in theirs if d.whole is None]
    for d in drafts:
        if d not in theirs and not d.funder and not d.table and d.whole is None and id(d) in said and any(
                w.amount.pence == d.amount.pence and w.role == d.role for w in wholes) \
                and _A_CONTRIBUTION.search(said[id(d)][0]):
            theirs.append(d)  # the same sum stated again as a contribution, with no payer ("APPROVE a contribution of
            # £90,000"); another figure of the same size ("A further £20,000 was spent on the course") is not theirs
    for d in drafts:
        if d not in theirs and not d.funder and d.role == "part" and d.whole is not None and any(
                d.whole is w for w in theirs):
            theirs.append(d)
    for d in theirs:
        d.funder, d.funder_basis = "partners", "clause"


#: a sentence saying a grant has to be matched: "The Home Office requires the award to be matched", "The grant must be
#: match funded locally", "The fund needs matching by local partners" (the money matched: "be matched", "be match
#: funded", "matching by/from …" or "match funding"; not "the hub needs matching volunteers to families")
_MATCH_REQUIRED = re.compile(r"\b(?:requires?|required|must|needs?|has to|have to)\b[^.;£]{0,40}?\b(?:be\s+match(?:ed|-funded|"
                             r"\s+funded)|matching\s+(?:by|from|locally)|match[- ]funding)\b", re.I)

#: a lead that says the opposite: "The grant does not need to be matched", "no longer has to be match funded", "There
#: is no need to match the award"
_MATCH_NOT_REQUIRED = re.compile(r"\b(?:not|never|no longer|no need)\b|n['’]t\b", re.I)


def _money_under_a_lead_saying_the_grant_is_matched(rel, drafts: list) -> None:
    """Under a sentence saying the grant has to be matched ("The Home Office requires the award to be matched."), the
    money that local payers put in, in the same paragraph (down to a blank line), is that match (README,
    match_funding): a council's or the commissioner's figure read as a grant or own funding ("Westshire Council has
    offered £15,000 a year from its public health grant") becomes match funding.  The grant's own figures, a funder's
    (Home Office, Ministry of Justice), table rows and anything after the paragraph are left as read."""
    leads = sorted({n for n, t in rel.sentences if _MATCH_REQUIRED.search(t) and not MONEY_TOKEN.search(t)
                    and not _MATCH_NOT_REQUIRED.search(t)})
    if not leads:
        return
    reach: set[int] = set()
    for n in leads:
        k = n
        while k == n or (rel.line_text(k) or "").strip():
            reach.add(k)
            k += 1
            if rel.line_text(k) is None:
                break
    for d in drafts:
        if d.line in reach and not d.table and d.whole is None and d.role in ("grant", "own_funding") \
                and d.funder in ("local authority", "PCC", "partners") \
                and not any(n == d.line and MONEY_TOKEN.search(t) and _MATCH_REQUIRED.search(t) for n, t in rel.sentences):
            d.role = "match_funding"


def _partners_own_money(d) -> bool:
    """Whether ``d`` is money its own clause says the partners gave, an appeal's sum raised ("You raised £2,340",
    "we have raised £18,340 of that target"): not the award's money, so it takes no years from the award (README,
    "Appeals"), nor do the gifts inside it."""
    return d.role == "grant" and d.funder == "partners" and d.funder_basis == "clause"


def _spans_from_now_keep_no_years(drafts: list) -> None:
    """A sum whose own clause counts its span from now and names no year ("£431,220 will be spent over the next two
    years", "for the coming three years") has no period, also where the figures it adds up have years: the text does
    not say its two years are theirs (README, "This year": "Spans counted from now with no year named … null").
    Only the same money restated with its year, or its table column, dates it."""
    for d in drafts:
        if getattr(d, "span_from_now", False) and d.period_basis not in ("clause", "sentence", "same", "heading", "restated"):
            d.period, d.period_basis = None, ""


def _totals_of_mixed_years(drafts: list) -> None:
    """A total adding up sums stated before it ("Added together, the ten shares come to …") that took the release's or
    the round's period while its sums, once their years are settled, cover no one period (nine two-year shares and one
    for a single year): it has none (_span_of_the_listed)."""
    for d in drafts:
        listed = getattr(d, "listed", None)
        if listed and d.period and d.period_basis not in ("clause", "heading", "sentence", "parts") \
                and all(x.period for x in listed) \
                and _span_of_the_listed(listed) is None:
            d.period, d.period_basis = None, ""


def _span_of_the_listed(listed: list) -> tuple[str, str] | None:
    """The years a total of the listed sums covers: from the first year of any to the last, when each payer's money
    for each area among them covers all those years (one two-year grant, or a year's piece and the next year's); none
    when some of it is for part of the span only (nine areas' two-year shares and one area's share for one year; a
    two-year grant and a council's sum for its first year), unless the total's own words count the years."""
    periods = [x.period for x in listed]
    first, last = min(int(p[0][:4]) for p in periods), max(int(p[1][:4]) for p in periods)
    covered: dict = {}
    for x in listed:
        covered.setdefault((x.code, x.funder), set()).update(range(int(x.period[0][:4]), int(x.period[1][:4]) + 1))
    if all(years >= set(range(first, last + 1)) for years in covered.values()):
        return _fy_text(first), _fy_text(last)
    return None


#: a total's own words counting the years it covers: "over the next two years", "across both years", "for the three years"
_COUNTS_ITS_YEARS = re.compile(r"\b(?:over|across|for|in|during)\s+(?:the\s+)?(?:next\s+|coming\s+)?(?:two|three|four|both|\d)\s+"
                               r"(?:financial\s+)?years\b|\bboth years\b", re.I)


#: a total stated of the amounts before it: "These grants come to", "Together they are worth", "Altogether, the awards …"
_BACK_REFERENCE = re.compile(r"^\W*(?:(?:these|those|the)\s+(?:(?:[\w-]+\s+){0,2}?(?P<grants>grants|awards|allocations)|"
                             r"(?:[\w-]+\s+){0,2}?(?:sums|amounts|figures))\b|together\b|altogether\b|between them\b|"
                             r"in (?:all|total)\b|they\b|"
                             # (or the areas listed, counted, as the subject, after a short opening: "The two areas will
                             # receive £790,000 in all", "By our count the four areas named here will receive …")
                             r"(?:[\w'’]+,?\s+){0,3}?(?:the|these|those|both|all)\s+(?:(?:two|three|four|five|six|seven|"
                             r"eight|nine|ten|\d{1,2})\s+)?(?:areas|forces|force areas|counties|commissioners)\b)", re.I)
#: a sum given "to nine organisations", "to 12 projects": its recipients' entries follow
_TO_N_RECIPIENTS = re.compile(r"\bto (?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:\w+ )?"
                              r"(?:organisations|charities|projects|groups|services|forces|police areas|areas|commissioners|"
                              r"recipients|applicants)\b", re.I)
#: a sentence opening with the sum its other figures are pieces of: "Of the £2.4 million …, Essex will receive £X"
#: (also after an owner's possessive: "Of Cheshire's £480,000, £120,000 pays for …", "Of North Yorkshire's £X")
_OPENS_WITH_OF = re.compile(r"^\W*(?:of|out of) (?:the|its|this|that|their|our|his|her|(?-i:[A-Z])[\w-]+(?: (?-i:[A-Z])[\w-]+){0,2}['’]s?) "
                            r"(?:[\w'’-]+ ){0,2}(?:of )?$", re.I)
#: "£X, which is …", "£X (that is …", "£X, being …": what follows names the pieces of £X
_WHICH_IS = re.compile(r"^[^£.;]{0,40}?(?:,|\()\s*(?:which is|which was|that is|being|i\.e\.)\b[^£.;]{0,60}$", re.I)
#: the publisher's own money, by a first-person possessive just before the figure: "Our £64,000", "our own £20,000"
_OUR_OWN_BEFORE = re.compile(r"\b[Oo]ur\s+(?:own\s+)?$")
#: the owner of a sum named straight before it: "the Commissioner's £110,000", "the council's £60,000"
_OWNER_BEFORE = re.compile(r"\b(?:(commissioner|PCC|PFCC|mayor|council)['’]s(?:\s+own)?|(?:his|her)\s+own)\s+$", re.I)
# ("her own £35,000": the commissioner's, as "of her own" after a figure is)
#: a sentence saying its money is apart from what was stated before: it is no piece of it
_NOT_PART = re.compile(r"\b(?:does|did|do|will) not come (?:from|out of)\b|\bdoesn['’]t come from\b|\bnot (?:part of|counted in|"
                       r"included in|shown (?:above|in (?:the |this |that )?(?:table|list|figures?|budget|breakdown|totals?|"
                       r"sums?)\b))\b|\bseparate(?:ly)? from\b|\bon top of (?:all )?(?:this|that)\b", re.I)
#: one funder's money named by its payer and a money noun ("Home Office grant", "council's contribution"): the payer is
#: ``what``; the subject of _FUNDERS_SUM_INCLUDES and _FUNDERS_MONEY_OPENS
_FUNDERS_MONEY = r"(?P<what>[^,£.;]{2,40}?)\s+(?:grant|award|allocation|money|funding|contribution)"
#: "The Home Office grant includes up to £34,000 …", "The Home Office money is paid as £184,000 for … and …": the funder
#: whose sum holds the piece, named as the subject that includes it or is broken down into it
_FUNDERS_SUM_INCLUDES = re.compile(r"\b(?:the|this|its|their|our)\s+" + _FUNDERS_MONEY + r"\s+(?:includes?|including|"
                                   r"comprises?|contains?|covers?|(?:is|are|was|were|will be)\s+(?:paid|profiled|phased|"
                                   r"split|spread|divided|broken down)\s+(?:as|into|in))\b[^£.;]{0,30}$", re.I)
#: a sentence whose subject, before its first figure, is one funder's money named again: "The Home Office money comes
#: in two equal instalments of £565,000", "The council's funding is paid as …" (not "the grant of £X", "the money from")
_FUNDERS_MONEY_OPENS = re.compile(r"^\W*(?:the|this|that)\s+" + _FUNDERS_MONEY + r"\b(?!\s+(?:of|from|by|for|to)\b)[^£.;]*$",
                                  re.I)


def _funders_sums(drafts: list, paid_by: str) -> list:
    """The sums stated so far that are ``paid_by``'s money, which a piece said to be of that funder's money is a piece
    of: its grants and totals, and its piece of a sum across funders ("£1.46m …" then "The Home Office grant provides
    £1,130,000 of that, …": the Home Office's sum is that piece)."""
    return [x for x in drafts if x.funder == paid_by and (
        x.whole is None and x.role in ("grant", "total")
        or x.role == "part" and not x.table and x.whole is not None and x.whole.funder != paid_by)]


#: "Of the Home Office money, £388,400 …": the funder whose sum a piece is of
_OF_FUNDERS_MONEY = re.compile(r"\b(?:of|within|out of) (?:the|this|that|its|our|their) (?P<what>[^,£.;]{3,40}?)\s*,?\s*"
                               r"(?:(?:up to|no more than|at most|about|around|some|nearly|almost)\s+)?$", re.I)
#: ("Of the Home Office money, up to £72,000 may be spent on …": a bound before the piece)
#: the words between a piece and the sum it is of: "£23,850 of the £386,400", "£X out of its £Y"
_OF_FUNDERS_SUM_AFTER = re.compile(r"\s+of (?:the|this|that|its|our|their) (?P<what>[^,£.;]{2,30}?)\s+"
                                   r"(?:grant|award|allocation|money|funding)\b", re.I)
#: (or of a sum named by its owner's name: "£214,000 of Devon and Cornwall's £986,120")
_OF_THE_SUM = re.compile(r"\s+(?:of|out of)\s+(?:(?:the|its|our|their|this|that|his|her)?\s*(?:[\w'’-]+\s+){0,2}?(?:of\s+)?|"
                         r"(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+(?:and\s+)?){0,3}(?-i:[A-Z])[\w-]*['’]s?\s+)", re.I)
#: a heading over a list of what a reader's donation buys: "What your gift does", "How your donation helps", "Your
#: gift could …", "Ways to give" (not "Where your money goes", which may head a council's budget lines)
_GIFT_HEADING = re.compile(r"^\W*(?:what|how|where|see what)\b[^.£]{0,30}\byour\s+(?:gift|donation)s?\b"
                           r"[^.£]{0,30}$|^\W*(?:ways to (?:give|donate)|(?:what|how) (?:a|one|each|every) (?:gift|donation)\b[^.£]{0,30})$"
                           r"|^\W*your\s+(?:gift|donation)s?\s+(?:can|could|will|would)\b[^.£]{0,40}$", re.I)


def _under_a_gift_heading(rel, number: int, raw: str) -> bool:
    """Whether a list item stating a sum stands under a heading about what a reader's gift buys ("What your gift
    does" then "- £25 pays for one group session", "- £1,200 trains a new group facilitator"): an appeal's donation
    asks, no one's funding (the heading above the list, past its other items and blank lines)."""
    if not _LIST_LINE.match(raw):
        return False
    n = number - 1
    while n >= 1 and n >= number - 12:
        text = (rel.line_text(n) or "").strip()
        if text and not _LIST_LINE.match(text):
            return bool(_GIFT_HEADING.match(text))
        n -= 1
    return False


#: an area's funding is never under £1,000: a smaller positive figure is a price, a fee or a session's cost
#: (but see :data:`_A_NAMED_GIFT`)
_SMALLEST_AWARD_PENCE = 1_000 * 100
_NO_MATCH = re.match("", "")
#: words after a figure naming it a named body's gift or donation: "a £500 gift from Combs Ford Bowls Club", "£750
#: donation from the Rotary Club of Hythe" (a capitalised name after "from"; not "a £5 gift from you")
_A_NAMED_GIFT = re.compile(r"\s+(?:gift|donation)\s+from\s+(?:the\s+)?(?-i:[A-Z])", re.I)
#: the words that lead into the next figure as a total ("…, a total of £610,700"): that figure's, not this one's
#: words straight after a figure calling it a sum ("£200,000 in all", "£200,000 altogether"): that figure's, not the
#: next one's
_SUM_AFTER_ITS_FIGURE = re.compile(r"\s*(?:in all|in total|altogether|all told|overall|combined|between them)\b", re.I)


#: a pot offered to areas in general, before its figure: "offered areas an in-year addition from an", "open to all
#: forces out of a", "available to commissioners from the"
_OFFERED_TO_AREAS = re.compile(r"\b(?:offered|offering|offers|open to|available to|made available to)\s+(?:all\s+|every\s+|the\s+)?"
                               r"(?:areas|forces|police areas|commissioners|PCCs)\b[^.;£]{0,60}\b(?:from|out of)\s+"
                               r"(?:an?|the|its)\s+$", re.I)
#: the nouns of a national pot after its figure: "£8 million reserve", "£5m fund", "£2 million pot"
_POT_NOUN = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:reserve|fund|pot|contingency)\b", re.I)
#: the least a pot offered to areas in general holds (one area's in-year addition is far less)
_POT_PENCE = 1_000_000 * 100


def _pot_offered_to_areas(sentence: str, start: int, end: int, amount) -> bool:
    """Whether the figure is a pot that areas in general are offered money from (README, ``context``: "a national
    fund size or other figure that is no area's money"): "the Home Office offered areas an in-year addition from an
    £8 million reserve. Kent's share is £40,000" - the reserve is context, the share Kent's grant."""
    if amount.pence >= _POT_PENCE and _POT_NOUN.match(sentence, end) and (
            _SHARED_BY_COUNTED_AREAS_BEFORE.search(sentence[max(0, start - 100) : start])
            or _SHARED_BY_COUNTED_AREAS_AFTER.match(sentence, _POT_NOUN.match(sentence, end).end())):
        return True  # "X is one of 11 areas sharing a £4.2m pot", "a £4.2m fund split between 11 forces": the pot
    return amount.pence >= _POT_PENCE and bool(_OFFERED_TO_AREAS.search(sentence[max(0, start - 140) : start])) \
        and bool(_POT_NOUN.match(sentence, end))


_COUNT_OF_AREAS = (r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty(?:-[a-z]+)?)\s+"
                   r"(?:other\s+)?(?:police\s+force\s+areas|police\s+areas|force\s+areas|areas|forces|commissioners|PCCs|"
                   r"councils|local\s+authorities)")
#: counted areas sharing the pot named after them: "one of 11 areas sharing a ", "nine forces will split the "
_SHARED_BY_COUNTED_AREAS_BEFORE = re.compile(r"\b" + _COUNT_OF_AREAS + r"\s+(?:(?:that|which|who)\s+)?(?:(?:are|will|have|now)\s+)?"
                                             r"(?:shar\w*|split\w*|divid\w*)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$", re.I)
#: after the pot's noun: " shared by 11 areas", " split between nine forces", " divided among the 20 commissioners"
_SHARED_BY_COUNTED_AREAS_AFTER = re.compile(r"\s*,?\s*(?:(?:which|that)\s+)?(?:(?:is|was|will\s+be)\s+(?:being\s+)?)?"
                                            r"(?:shared|split|divided)\s+(?:by|between|among|amongst|across)\s+(?:the\s+)?"
                                            + _COUNT_OF_AREAS + r"\b", re.I)


def _states_a_pot_for_areas(sentence_before: str) -> bool:
    """Whether the sentence before states a pot offered to areas in general (:func:`_pot_offered_to_areas`): the
    area's "share" in the next sentence is its own award from that pot, not a piece of an earlier figure ("… from a
    £6 million reserve. Kent's share is £40,000")."""
    return any(_OFFERED_TO_AREAS.search(sentence_before[max(0, m.start() - 140) : m.start()])
               and _POT_NOUN.match(sentence_before, m.end()) for m in MONEY_TOKEN.finditer(sentence_before or ""))


def _total_words_from(sentence: str, lo: int, start: int, k: int) -> int:
    """Where the words read for a figure's "total" wording begin: 40 characters before it, but not over the sum
    words that follow the figure before it ("The package, worth £200,000 in all, brings together £120,000 from the
    Home Office, …": the "in all" is the £200,000's, and the £120,000 is a piece, not a total)."""
    begin = max(0, start - 40)
    if k:
        m = _SUM_AFTER_ITS_FIGURE.match(sentence, lo)
        if m and m.end() <= start:
            begin = max(begin, m.end())
        against = _SET_AGAINST_BEFORE.search(sentence[begin:start])
        if against:  # ("about £356,000 was spent … from all funders, against roughly £4.6 million on services for
            # victims": the sum words are the earlier figure's, the one set against it is not said to be a sum)
            begin += against.start()
        first = MONEY_TOKEN.search(sentence)
        if first and first.end() <= start and _OPENS_WITH_OF.match(sentence[: first.start()]):
            begin = max(begin, first.end())  # ("Of the overall total of £500,000, £320,000 came from the Home Office
            # …": the sum words before the sentence's first figure name the whole it opens with, not its pieces)
    return begin


#: the words setting a figure stated before against a new one, just before it: "…, not the ", "rather than the ",
#: "instead of the "
_NOT_THE_FIGURE_BEFORE = re.compile(r"\b(?:not|rather\s+than|instead\s+of)\s+the\s+$", re.I)
#: the words setting a figure against the one before it, just before it: "…, against roughly ", "compared with about "
_SET_AGAINST_BEFORE = re.compile(r"\b(?:against|compared\s+(?:with|to)|as\s+against|versus)\s+"
                                 r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+over\s+|over\s+)?$",
                                 re.I)


_NEXT_TOTAL = re.compile(r"(?:(?:a|the|in) )?(?:total|combined|sum|overall)(?: of)?\s*$", re.I)
#: "£18,700 of the grant", "of its allocation": the noun a piece names its whole by
#: after "of the grant": the grant as changed ("of the grant, as varied,", "of the award as increased")
_AS_CHANGED = re.compile(r",?\s+as\s+(?:now\s+)?(?:varied|increased|revised|amended|changed|uplifted|reduced)\b", re.I)
_OF_THE_NOUN = re.compile(r"\s+of (?:the|this|that|its|our|their|his|her) (?P<noun>grant|award|allocation)\b", re.I)
_NOUN_BEFORE = re.compile(r"\b(?P<noun>grant|award|allocation)\s+(?:of|worth|totalling|totaling)\s+(?:[a-z]+\s+){0,2}$", re.I)
#: (a payer's name may stand between: "£986,120 Home Office allocation", "£412,000 Ministry of Justice grant")
_NOUN_AFTER = re.compile(r"\s*(?:(?-i:[A-Z][\w'’]*)\s+(?:(?:of|and)\s+)?){0,4}?(?P<noun>grant|award|allocation)\b", re.I)


def _noun_of(sentence: str, lo: int, start: int, end: int) -> str:
    """The noun an amount is introduced by ("a grant of £X", "a £X award"), lower case, else ''."""
    m = _NOUN_BEFORE.search(sentence[lo:start]) or _NOUN_AFTER.match(sentence, end)
    return m.group("noun").lower() if m else ""


#: a sentence about the table that follows it ("All are Home Office funding for 2023-24 unless a note says otherwise")
#: a table's caption or lead-in calling what its rows give partners' contributions: "Partner contributions to the
#: pooled budget", "Contributions by partner, 2025-26", "what each partner will contribute"
_PARTNERS_CONTRIBUTE_LEAD = re.compile(r"\bpartners?['’]?\s+contributions?\b|\bcontributions?\s+(?:from|by|of)\s+"
                                       r"(?:each\s+|the\s+|all\s+)?partners?\b|\bwhat\s+each\s+partner\b", re.I)
#: words saying something is left out of the table: "reported separately", "not included", "excluded", "shown elsewhere"
_NOT_IN_THE_TABLE = re.compile(r"\b(?:separately|not\s+(?:included|shown|listed)|exclud\w*|elsewhere|apart from|other than)\b",
                               re.I)
_ABOUT_THE_ROWS = re.compile(r"\b(?:(?:set out|shown|listed) below|as follows|the table below|"
                             r"the (?:sums|figures|amounts|allocations|awards) (?:below|in the table)\b|(?:these|they) are (?:the|all)\b|"
                             r"all (?:(?:the\s+)?(?:sums|figures|amounts|payments|allocations|rows)\s+)?(?:are|were)\b|"
                             r"each (?:row|line)\b)", re.I)  # ("All figures are paid from the Home Office grant unless …")


def _nth_year_of_its_own_span(span: tuple[str, str], nth: str) -> tuple[str, str] | None:
    """The one year of a span that its figure's own clause picks by order ("The award covers 2024-26 and rises to
    £301,600 in the second year" → 2025-26), else None (a year past the span's end: not read)."""
    first = int(span[0][:4]) + _ORDINAL.get(nth.lower(), 0) - 1
    return (_fy_text(first), _fy_text(first)) if first <= int(span[1][:4]) else None


#: a financial year named relative to the publication date (also money "for this year", "for the current year":
#: README, "This year")
_RELATIVE_YEAR = re.compile(r"\b(?:(?:next|the coming|this|the current) financial year|for (?:this|the current) year\b(?!['’])|"
                            r"(?:the )?next (?P<n>two|three|four|five|\d) financial years|"
                            r"(?:over|for|across|during|in) the (?:next|coming) (?P<n2>two|three|four|five|\d) years)\b", re.I)


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
#: words after a figure saying it sums the money of two payers named there: "once her own money and the grant are
#: put together", "when the council's share and the Home Office grant are added together", "with both budgets combined"
_PUT_TOGETHER_AFTER = re.compile(r"\s*,?\s*(?:once|when|if)\s+[^.;£]{3,80}?\b(?:and|plus)\b[^.;£]{1,60}?\b(?:are|is|were|"
                                 r"have been|has been)\s+(?:put|added|taken|counted|pooled)\s+together\b|"
                                 r"\s*,?\s*(?:with|once)\s+(?:both|the two|all)\s+[^.;£]{0,40}?\b(?:combined|pooled)\b", re.I)
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


#: a reference to a grant as a noun phrase ("the grant", "that award", "the county's Home Office allocation",
#: "the Home Office's £300,000") or, when a grant has been stated before, a pronoun standing for it ("it", "this")
_GRANT_NP = (r"(?:(?:the|that|this|its|their|his|her|our|(?:[A-Z][\w'’-]*\s+(?:(?:of|and|for)\s+)?){0,3}[A-Z][\w'’-]*['’]s?)\s+"
             r"(?:[\w'’-]+\s+){0,3}?(?:grant|award|allocation|share)s?\b|the\s+(?:(?:[A-Z][\w'’-]*\s+(?:(?:of|and|for)\s+)?){0,3}"
             r"[A-Z][\w'’-]*['’]s?\s+)?£[\d,.]+(?:\s*(?:m|k|million)\b)?)")
#: a clause that goes on to say what the figure before it is added to: "…, on top of the £1.1m the Home Office is
#: giving", "…, in addition to the grant"
_ADDED_TO_OPENS = re.compile(r"[\s,]*(?:on top of|in addition to|alongside|as well as)\b", re.I)
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


#: a participle clause saying the money before it goes into a grant: ", added to the Home Office grant", "added to
#: the commissioner's award"
_ADDED_TO_THE_GRANT = re.compile(r"^[^.;£]{0,120}?,?\s*(?:added|put)\s+(?:in)?to\s+(?:the|its|their|this|that)\s+"
                                 r"(?:[\w'’-]+\s+){0,3}?(?:grant|award|allocation)\b", re.I)


def _added_to_a_grant_after_its_brackets(sentence: str, end: int) -> bool:
    """Whether the words after a figure, past a bracket restating it ("£96,000 (£48,000 a year) for 2025-27 from the
    board's budget, added to the Home Office grant"), add it to a grant, with no other figure of its own before."""
    after = re.sub(r"\([^()]*\)", " ", sentence[end : end + 240])
    return bool(_ADDED_TO_THE_GRANT.match(after))


def _this_areas_grant_before(sentence: str, lo: int, hi: int, last_whole) -> bool:
    """Whether the whole stated last before a figure's sentence is a grant that "it" or "the grant" in the figure's
    stretch could stand for: not one of another area than the one the stretch names ("Westshire's commissioner awarded
    £90,000" in one abstract, then "Eastshire County Council pays £30,000 a year towards it" in the next, "it" the
    Eastshire service just described)."""
    if last_whole is None or last_whole.role != "grant":
        return False
    named = {a[2] for a in _areas_in(sentence[lo:hi])}
    return not (named and last_whole.code and last_whole.code not in named and not last_whole.shared_by)


def _augments_grant(sentence: str, lo: int, hi: int, start: int, end: int, grant_before: bool) -> bool:
    """Whether the figure at ``start:end`` is, by its clause's structure, money added to a grant: the grant (a noun
    phrase naming one, or "it"/"this" standing for one stated before) is what the figure goes into ("£40,000 … to the
    grant", "put into it") or what the clause's verb enlarges by it ("supplemented the award with £15,000",
    "boosting that grant by £45,000"). Not when the grant is named as what does not pay ("a helpline, which the grant
    does not cover") or as a time ("before the grant")."""
    if re.search(r"\b(?:not|never)\s+(?:[\w'’-]+\s+){0,4}?" + _GRANT_NP, sentence[lo:hi], re.I):
        return False  # "…, money that is not part of the Home Office grant": the sentence says it is no part of one
    clause = _clause_of(sentence, start)
    if clause[1] < len(sentence) and _ADDED_TO_OPENS.match(sentence, clause[1]):
        clause = (clause[0], _clause_of(sentence, clause[1])[1])  # ("£75,000 of its own …, on top of the £1.1m")
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


#: that verb between a grant and the figure enlarging it, straight before the figure: in the passive ("is supplemented
#: by a ", ", boosted by ", "will be added to by ") or in a relative clause on the grant ("which Swindon Borough Council
#: is complementing with ", "that the commissioner has topped up by a further ")
_ENLARGED_BY = re.compile(r"(?:\b(?:is|are|was|were|be|been|being)\s+|,\s*|\b(?:which|that)\s+(?:[\w'’&-]+\s+){1,6}?"
                          r"(?:(?:is|are|was|were|will|would|has|have|had|be|been|being)\s+){0,3})"
                          r"(?:also\s+|further\s+|now\s+|then\s+)?" + _ENLARGING + r"\s+(?:it\s+|this\s+)?(?:by|with)\s+"
                          r"(?:(?:a|an|another|a further|an extra|an additional|some)\s+)?$", re.I)


def _enlarges_the_grant_before(sentence: str, lo: int, start: int, here: list) -> bool:
    """Whether the figure at ``start`` is money added to the grant stated just before it in its sentence, by a verb of
    enlarging between them, passive or in a relative clause on the grant ("Cheshire's £180,000 from the Home Office is
    supplemented by a £45,000 contribution from the commissioner", "the £96,000 grant, boosted by £20,000 from the
    council", "£120,000, which the county council is complementing with £30,000")."""
    return bool(here) and here[-1].role == "grant" and here[-1].whole is None \
        and not re.search(r"[.;]", sentence[lo:start]) and bool(_ENLARGED_BY.search(sentence[lo:start]))


#: a sum's payment date straight after it ("£95,000 paid on 1 October 2025", "two instalments: £170,000 in April
#: 2025 and …"): the financial year it falls in (a start, "from April 2025", is not a payment date, nor the date a sum
#: was approved)
_PAID_ON_DATE = re.compile(r"\s*,?\s*(?:(?:is|are|was|were|will be)\s+)?(?P<paid>(?:paid|due|payable|released)\s+)?"
                           r"(?:in|on|during)\s+" + _point("p_") + NOT_A_SPAN_START, re.I)


def _a_comparatives_year(sentence: str, ps: int, pe: int) -> bool:
    """Whether the year at ``ps:pe`` heads a comparative in brackets, last year's figure beside this year's in
    accounts: "Restricted income came to £120,000 (2022-23: £101,500)"."""
    return sentence[:ps].rstrip().endswith("(") and bool(re.match(r"\s*[:=]\s*£", sentence[pe:]))


def _after_a_compared_figure(sentence: str, at: int) -> bool:
    """Whether the years at ``at`` follow, with no other figure between, a figure brought in to compare with
    ("compared with £1.48m over the two years of the 2024-26 round"): that earlier figure's years."""
    money = [t for t in MONEY_TOKEN.finditer(sentence, 0, at)]
    return bool(money) and bool(_COMPARED_WITH.search(sentence[max(0, money[-1].start() - 30) : money[-1].start()])) \
        and money[-1].start() > 0 and len(money) >= 2


#: words saying that two figures on a line are two accounts of one sum, one of them wrong ("gives the grant as £468,210,
#: not £486,210", "was wrongly shown as £325,900", "was given as £221,000 …; £212,000 is the sum actually received")
_ACCOUNTS_DISAGREE = re.compile(r"\b(?:correct(?:ed|ion|ly)?|wrong(?:ly)?|typing error|typo|misprint|mistaken(?:ly)?|"
                                r"in error|(?:given|gave|shown|showed|printed|quoted|stated|listed|listing|recorded|entered|keyed) (?:[\w'’]+ ){0,4}?as|actually|in fact|"
                                r"(?:right|true|accurate) (?:figure|amount|sum))\b",  # ("gave the Home Office sum as £445,000; … the right figure is £455,000")
                                re.I)


_DATE_PAID = re.compile(r"\b\d{1,2}/\d{1,2}/(?:20)?\d{2}\b")  # "paid on 08/10/2024"


def _one_account_of_the_other(a: _Draft, b: _Draft) -> bool:
    """Whether two figures could be two accounts of one sum, one of them mistyped: close to each other ("£318,000" and
    "£381,000"), or the same digits with a nought dropped or added ("listed the share as £4,000; the figure is
    £40,000"), the slips a correction note puts right (README, "Corrected figures")."""
    if _close_in_size(a, b):
        return True
    small, big = sorted((a.amount.pence, b.amount.pence))
    return small > 0 and big % small == 0 and big // small in (10, 100, 1000)


def _two_accounts_on_its_line(d: _Draft, drafts: list, line: str) -> bool:
    """Whether a figure shares its line with another account of the same money that differs from it, in words that
    say one is wrong: a correction naming no year leaves both figures without one, whatever year the award has
    elsewhere in the text (README, "Corrected figures"), so neither takes the release's span nor the year of the same
    sum stated before. ("The grant letter for the year gives £204,570; … £204,750 actually received": "for the year"
    in accounts names their year.)"""
    others = [x for x in drafts if x is not d and x.line == d.line and x.role != "context"
              and x.amount.pence != d.amount.pence and x.whole is not d and d.whole is not x
              and _one_account_of_the_other(x, d)]  # (a whole and its own piece are two sums, not two accounts)
    # (a note that dates the figure it replaces, "Cumbria's grant for 2025-26 had been cut to £290,000. That figure
    # is not correct", "showed the payment on 08/10/2024 as £18,540", names a year: the right figure has it too)
    dated = any(x.period_basis == "clause" for x in others) or _DATE_PAID.search(line)
    return bool(others) and bool(_ACCOUNTS_DISAGREE.search(line)) and not _THE_YEAR.search(line) and not dated


def _no_wholes_years_outside_a_whole(drafts: list) -> None:
    """A figure lent a whole's years as its piece ("whole") that ended as no piece of it (a council's own grant, a
    trust's gift beside the grant: "Derbyshire County Council is paying £62,500 …") has no years of its own: a part
    takes its whole's period, nothing else does (README, 'part' and period_start)."""
    for d in drafts:
        if d.period_basis == "whole" and d.role != "part":
            d.period, d.period_basis = None, ""


def _the_other_years_piece(drafts: list) -> None:
    """A whole over several years split into as many pieces, all but one stated with a year of its own and the last
    only lent the whole's span ("£534,800 … for the two years from April 2025" then "£262,100 of that money has been
    spent, and the remaining £272,700 is committed for 2026/27"): the last is the year the others leave (README,
    period_start: a per-year figure has its own year)."""
    for w in drafts:
        if w.period is None or w.period[0] == w.period[1] or w.table:
            continue
        years = [_fy_text(y) for y in range(int(w.period[0][:4]), int(w.period[1][:4]) + 1)]
        mine = [x for x in drafts if x.whole is w and x.role == "part"]
        lent = [x for x in mine if x.period_basis == "whole"]
        dated = [x.period[0] for x in mine if x.period and x.period[0] == x.period[1] and x.period_basis == "clause"]
        if len(mine) == len(years) and len(lent) == 1 and len(set(dated)) == len(years) - 1 == len(dated) \
                and set(dated) < set(years):
            left = (set(years) - set(dated)).pop()
            lent[0].period = (left, left)


#: a yearly report's title naming its year: "Annual Report 2022-23", "Annual Review 2023/24"
_YEARLY_REPORT = re.compile(r"\bannual\s+(?:report|review)\b", re.I)


#: a heading that is a financial year and little else: "### 2025/26", "2026-27", "Year 2025-26", "In 2025/26:"
_YEAR_HEADING = re.compile(r"^\W*(?:(?:in|for|year|financial year)\s+)?\d{4}\s*[-/–]\s*\d{2,4}\W*$", re.I)


#: a short heading whose last words are one financial year in brackets: "2. GRANTS MADE (2024-25)", "Round 1 awards
#: (2025/26)" (no sentence: no full stop inside, no money)
_BRACKETED_YEAR_HEADING = re.compile(r"^\W*(?:\d{1,2}\.?\s+)?(?=[^£]*[A-Za-z])[^.!?£|]{3,70}?\(\s*(?:for\s+)?\d{4}\s*[-/–]\s*\d{2,4}"
                                     r"\s*\)\s*:?\s*$")


def _year_headings_date_their_figures(rel, drafts: list) -> None:
    """A figure under a heading that is one financial year and nothing else ("### 2025/26" then "£230,000 will fund the
    first two cohorts"), whose own words give no year, is money of that year (README, period_start: "heading", a
    heading over it), also a piece of a sum over several years that it falls within.  Not a figure whose own clause,
    sentence or table gives its year, nor one past another heading or a blank-line-separated heading further up."""
    # (a line that is a year and nothing else is a heading whatever its markup: "2025/26:", "**2025-26**")
    # (and a heading standing alone between blank lines whose last words are one year in brackets: "2. GRANTS MADE
    # (2024-25)", "Awards in round 1 (2025/26)", whose year is that section's even where the text gives another span)
    bracketed = {n for n in range(1, rel.text.count("\n") + 2) if _BRACKETED_YEAR_HEADING.match(rel.line_text(n) or "")
                 and not (rel.line_text(n - 1) or "").strip() and not (rel.line_text(n + 1) or "").strip()}
    headings = _heading_lines(rel) | bracketed | {n for n in range(1, rel.text.count("\n") + 2)
                                                  if _YEAR_HEADING.match(rel.line_text(n) or "")}
    for d in drafts:
        if d.table or d.period_basis not in ("", "whole", "release", "round") or d.role == "context":
            continue
        above = next((n for n in range(d.line - 1, max(0, d.line - 6), -1) if n in headings), None)
        if above is None or any(n in headings or MONEY_TOKEN.search(rel.line_text(n) or "")
                                for n in range(above + 1, d.line)):
            continue
        text = rel.line_text(above) or ""
        spans = find_periods(text)[0]
        if not (_YEAR_HEADING.match(text) or above in bracketed) or len(spans) != 1 or spans[0][2] != spans[0][3]:
            continue
        year = spans[0][2:]
        if d.period is None or d.period[0] <= year[0] <= d.period[1]:
            d.period, d.period_basis = year, "heading"
        elif above in bracketed and d.period_basis in ("release", "round"):
            # (the text's one span, "Round 3 will fund work during 2026-27", is not the year of a section headed
            # with another: "2. ROUND 2 AWARDS (2025-26)" then "… approved five awards worth £143,300 in all")
            old = d.period
            d.period, d.period_basis = year, "heading"
            for x in drafts:
                if x.whole is d and x.period == old and x.period_basis == "whole":
                    x.period = year


#: words saying that several payers pay for the same money together: "paid for jointly from …", "funded together by
#: …", "between them", "both … and …", "shared between"
_JOINTLY = re.compile(r"\b(?:jointly|together|between them|both)\b|\b(?:shared|split) between\b|\bco-?funded\b", re.I)


def _paid_for_jointly(rel, terms) -> bool:
    """Whether a sentence stating no figure says the release's money is paid for by several payers together ("The
    contracts are paid for jointly from a Home Office grant and from the Commissioner's own budget", "The service is
    funded by the Home Office and the county council together", "Both the Ministry of Justice and the commissioner pay
    for it"): a figure after it whose own clause names no payer (a contract's value, a total) is no one payer's money
    (README, "Payer said once"), nor the commissioner's own funding."""
    for _, s in rel.sentences:
        if MONEY_TOKEN.search(s) or not (_JOINTLY.search(s) or _FROM_ONE_AND_FROM_ANOTHER.search(s)) \
                or not _MONEY_NOUN_OR_PAID.search(s) \
                or _first(terms.get("negation", ()), s):
            continue
        payers = {v for v, p in _candidates(terms.get("funder", ()), s) if p.search(s)}
        if _first(terms.get("own_funding", ()), s):
            payers.add("PCC")
        if len(payers) >= 2:
            return True
    return any(_divided_between_payers(s, terms) or _funded_by_a_list_of_payers(s, terms) for _, s in rel.sentences)


#: a verb of paying in the passive with its agent ("is funded by", "are paid for by", "is financed jointly by"): the
#: list of payers that follows is who pays for it
_FUNDED_BY = re.compile(r"\b(?:is|are|was|were|will be|has been|have been|being)\s+(?:\w+\s+)?(?:funded|paid for|financed)\s+"
                        r"(?:\w+\s+)?by\s+", re.I)
#: where the agent list after "funded by" ends: another verb or a clause of its own ("funded by the Home Office and run
#: by the council", "… through the commissioner", "…, which …")
_AGENT_LIST_END = re.compile(r"[.;:(]|\b(?:\w+ed|run|which|who|whose|where|while|but|through|via|with|to|for|on|under|"
                             r"until|from|in|as|is|are|was|were|will|has|have)\b", re.I)


#: the lower-case words a payer's name in an agent list may hold ("the Home Office", "the Commissioner's own budget",
#: "Kent County Council's public health team"); any other lower-case word starts a clause of its own ("…, and Kent
#: County Council pays for the refuge", "… and Kent County Council staff deliver it")
_NAME_SMALL_WORDS = frozenset("the of for and own budget fund funds grant policing office council county borough district "
                              "city public health team his her its their".split())


def _names_only(agents: str) -> str:
    """The items of an agent list (split at commas and "and") up to the first that is not a name: capitalised words
    and the small words of :data:`_NAME_SMALL_WORDS` only."""
    kept = []
    for item in re.split(r",|\band\b", agents):
        words = re.findall(r"[\w'’&-]+", item)
        if any(w[0].islower() and re.sub(r"['’]s$", "", w) not in _NAME_SMALL_WORDS for w in words):
            break
        kept.append(item)
    return " and ".join(kept)


def _funded_by_a_list_of_payers(s: str, terms) -> bool:
    """Whether a sentence stating no figure names several payers as one list after a passive verb of paying ("The
    service is funded by the Home Office, the Commissioner and Kent County Council", "The service is paid for by the
    Ministry of Justice and Kent County Council"): the money it is about is paid for by those payers together (README,
    "Payer said once"), as when the sentence says "jointly". A list cut off by another verb ("funded by the Home
    Office and run by the council", "…, and Kent County Council pays for the refuge": :func:`_names_only`) or a route
    ("funded by the Home Office through the commissioner") names one payer and is left alone, as is a sentence with a
    figure (whose payers are that figure's own)."""
    if MONEY_TOKEN.search(s) or _first(terms.get("negation", ()), s):
        return False
    for m in _FUNDED_BY.finditer(s):
        end = _AGENT_LIST_END.search(s, m.end())
        agents = _names_only(s[m.end() : end.start() if end else len(s)])
        payers = {v for v, p in _candidates(terms.get("funder", ()), agents) if p.search(agents)}
        if _first(terms.get("own_funding", ()), agents) or re.search(r"\b(?:commissioner|mayor)\b", agents, re.I):
            payers.add("PCC")
        if len(payers) >= 2:
            return True
    return False


#: a sentence opening on the whole it divides ("Of the Grant, …", "Of this, …", "Of that sum …", "Of the £300,000
#: …"), then its pieces: "Of the Grant, £351,000 is funded by the Home Office …, and £77,400 is the Commissioner's
#: own contribution"
_OF_THE_WHOLE_OPENER = re.compile(r"\W*(?:[A-Z]?\d{1,2}[.)]\s+)?of\s+(?:the|this|that|which|it|its)\b(?:\s+(?:(?:[\w'’-]+\s+){0,2}?"
                                  r"(?:grant|sum|award|money|funding|total|amount|allocation)(?:\s+of\s+£\s?[\d,.]+\s*(?:[mk]|"
                                  r"million)?)?|£\s?[\d,.]+\s*(?:[mk]|million)?))?\s*,", re.I)
# (the whole may be named with a word or two and its figure: "Of the two-year total of £800,000, …", "Of the overall
# sum of £1.2m, …")


def _divided_between_payers(s: str, terms) -> bool:
    """Whether a sentence divides a whole stated before it into pieces paid by different payers ("Of the Grant,
    £351,000 is funded by the Home Office and passed on by the Commissioner, and £77,400 is the Commissioner's own
    contribution", "Of this, £200,000 comes from the Ministry of Justice and £40,000 from the council"): the whole is
    paid for by several payers together, as when a sentence says so in words (README, "Payer said once"), so a figure
    naming no payer elsewhere (a payment profile of the whole) is no one payer's. A sentence dividing the whole among
    uses ("Of the grant, £A is for the group course and £B for partner support") names one payer or none, and is
    left alone."""
    if not _OF_THE_WHOLE_OPENER.match(s) or len(MONEY_TOKEN.findall(s)) < 2 or _first(terms.get("negation", ()), s):
        return False
    payers = {v for v, p in _candidates(terms.get("funder", ()), s) if p.search(s)}
    if _first(terms.get("own_funding", ()), s):
        payers.add("PCC")
    return len(payers) >= 2


#: a verb of paying with two sources joined by "and", each after its own "from" or "by" ("is to be paid for from the
#: Commissioner's own budget and, if her bid succeeds, from the Home Office grant", "will be funded by the Home Office
#: and by the county council", "is met from the policing budget and from the council's contribution"): several payers
_FROM_ONE_AND_FROM_ANOTHER = re.compile(r"\b(?:paid|funded|met|financed|covered)\b(?:\s+for)?\s+(?:\w+\s+){0,2}?(?:from|by|out of)\b"
                                        r"[^.;]{3,90}?\band\b[^.;]{0,50}?\b(?:from|by|out of)\s+(?:the|a|an|its|his|her|their)\b", re.I)


_MONEY_NOUN_OR_PAID = re.compile(r"\b(?:paid|pays?|paying|fund(?:s|ed|ing)?|co-?funded|money|grants?|budgets?)\b", re.I)


#: the title of a report made for part of one year: "Quarterly Performance Report: Quarter 2, 2025-26", "Budget
#: monitoring report, month 6 2025/26", "Q3 2024-25 performance dashboard", "Mid-year review 2025-26"
_PERIODIC_REPORT = re.compile(r"\b(?:quarterly|quarter|q[1-4]|half-year(?:ly)?|mid-year|monthly|month \d{1,2}|"
                              r"budget monitoring|performance)\b.*\b(?:report|review|update|dashboard|monitoring)\b|"
                              r"\b(?:report|review|update|dashboard)\b.*\b(?:quarter|q[1-4])\b", re.I)


def _periodic_reports_year(rel) -> tuple[str, str] | None:
    """The one financial year a report made for part of a year names in its title, in its first lines ("#
    Quarterly Performance Report: Quarter 2, 2025-26"), else None."""
    first = [n for n in range(1, 40) if (rel.line_text(n) or "").strip()][:6]
    for n in first:
        line = rel.line_text(n) or ""
        if _PERIODIC_REPORT.search(line) and not MONEY_TOKEN.search(line):
            years = {p[2:] for p in find_periods(line)[0]}
            if len(years) == 1 and next(iter(years))[0] == next(iter(years))[1]:
                return years.pop()
    return None


def _report_titles_year_dates_its_tables(rel, drafts: list, pointed: set) -> None:
    """The figures of a table in a report made for part of one year ("Quarterly Performance Report: Quarter 2,
    2025-26" over "| Budget line | Payer | Annual budget (£000) |"), whose cells, header and lead give no year, are
    that year's money: the budget or spend the report monitors (README, period_start: "heading", the report's own
    heading). Not prose figures (a sum stated in a sentence keeps its own clause's years), nor context."""
    year = _periodic_reports_year(rel)
    for d in drafts if year else ():
        if d.table and d.period is None and d.role != "context" and id(d) not in pointed and not d.bad_year \
                and not getattr(d, "restated", False) and not getattr(d, "relative_year", False):
            d.period, d.period_basis = year, "heading"


def _spending_cells_take_their_rows_budget_year(drafts: list) -> None:
    """A spending cell with no year of its own ("Actual (£)", "Variance (£)" beside "Budget (£)" in a table of what a
    grant was spent on) keeps the table's period (README, "Spending against a budget"): the years its own row's budget
    cell has, however that cell got them (from the TOTAL row it is a piece of, the grant that TOTAL restates), when the
    row's budget cells all have one and the same period.  A balance keeps none; so does a spending cell beside a budget
    column whose own heading dates it with a span ("| Budget 2025-27 | Spend to date |": what is spent so far is no
    money of both years, and the headings give no one year to it)."""
    for d in drafts:
        if not d.table or d.period is not None or d.role != "context" or not getattr(d, "spending", False) \
                or d.balance or d.bad_year:
            continue
        budget = {x.period for x in drafts if x.table == d.table and x.line == d.line and x is not d
                  and x.role != "context" and not x.balance and x.period_basis != "heading"}
        if len(budget) == 1 and None not in budget:
            d.period, d.period_basis = next(iter(budget)), "heading"


def _yearly_reports_year(rel) -> tuple[str, str] | None:
    """The one financial year a yearly report names for itself in its first lines ("*Annual Report 2022-23 - Police
    and Crime Commissioner for Suffolk*"), else None."""
    first = [n for n in range(1, 40) if (rel.line_text(n) or "").strip()][:8]  # (an HTML page's head prints no text)
    for n in sorted(set(range(1, 9)) | set(first)):
        line = rel.line_text(n) or ""
        if _YEARLY_REPORT.search(line) and not MONEY_TOKEN.search(line):
            years = {p[2:] for p in find_periods(line)[0]}
            if len(years) == 1 and next(iter(years))[0] == next(iter(years))[1]:
                return years.pop()
    return None


def _own_money_in_a_yearly_report(rel, drafts: list, pointed: set) -> None:
    """The commissioner's own money paying for a service, with no year in its own words, in a yearly report that names
    its year ("Rebecca Hollins paid £9,800 from her own budget for an evening helpline" in the "Annual Report
    2022-23") is money of the report's year (README, "This year": the year a yearly report names for itself). Money
    added to a grant keeps only its own clause's years."""
    year = _yearly_reports_year(rel)
    for d in drafts if year else ():
        if d.period is None and (d.role == "own_funding" or d.role in ("grant", "part", "total")
                                 and _received_in_the_reports_year(rel, d)
                                 or d.role == "match_funding" and _added_for_the_grants_year(rel, d, drafts, year)
                                 or d.role == "context" and _in_the_year_after(rel.line_text(d.line), d.amount.text)) \
                and not d.bad_year and id(d) not in pointed \
                and not getattr(d, "rate", False) \
                and not getattr(d, "yearly", False) and not getattr(d, "restated", False) \
                and not _two_accounts_on_its_line(d, drafts, rel.line_text(d.line)):
            d.period, d.period_basis = year, "heading"


#: a named body's award as the subject a sum is matched or added to: "Sheaf Women's Aid's grant", "Ouse Change CIC's award"
_NAMED_BODYS_AWARD = re.compile(r"(?P<who>(?-i:[A-Z])[\w'’&-]*(?:\s+(?-i:[A-Z])[\w'’&-]*){1,5})['’]s?\s+"
                                r"(?:grant|award|allocation|contract)\b", re.I)
#: the words between a figure and "the same … years" that follow it as its own: "£54,000 over the same two years",
#: "£60,000 a year over the same period"
_SAID_OF_THE_FIGURE_BEFORE = re.compile(r"\s*(?:(?:a|each|per) year\s*)?,?\s*(?:(?:over|across|for|in|during|covering)\s+)?")
#: a new payer's clause between two figures: "…, and by the X Integrated Care Board, which provides", "; the council
#: pays", ", while X Council gives"
_NEW_PAYERS_CLAUSE = re.compile(r"(?:,\s*|\s)(?:and|while|whereas|but)\s+(?:also\s+)?(?:by|from)\s+(?:the\s+)?"
                                r"(?-i:[A-Z])|;\s+(?:the\s+)?(?-i:[A-Z])", re.I)


def _in_the_year_after(line: str, figure: str) -> bool:
    """Whether a figure's own words just after it say "in the year" or "for the year" ("grant-making across all four
    programmes came to £1.86m in the year"): in a yearly report, the report's own year, which a context figure takes
    as it takes any period its own clause gives."""
    at = line.find(figure)
    return at >= 0 and bool(re.match(r"\s*(?:a|each|per)?\s*" + _THE_YEAR.pattern, line[at + len(figure):], re.I))


#: words putting money outside the year a report looks back on: a promise or a later year ("will", "has agreed to
#: pay", "next year", "a second year") or a balance at a date ("at 31 March 2024")
_NOT_THE_REPORTS_YEAR = re.compile(r"\b(?:will|shall|agreed to|next|coming|second year|future)\b|"
                                   r"\bat \d{1,2} [A-Z][a-z]+ \d{4}\b")


def _added_for_the_grants_year(rel, d, drafts: list, year: tuple) -> bool:
    """Whether money added to a grant is said to be "for the same year" as the grant stated before it, when that grant
    has the yearly report's year (README, "Money added to a grant": its own clause's period)."""
    sentence = next((t for n, t in rel.sentences if n == d.line and d.amount.text in t), "")
    grants = [x for x in drafts if x.role == "grant" and x.whole is None and x.line < d.line]
    return bool(re.search(r"\b(?:the|that) same (?:financial )?year\b", sentence)) and bool(grants) \
        and grants[-1].period == year


def _received_in_the_reports_year(rel, d) -> bool:
    """Whether a prose figure of a yearly report is money the report's year had: a sentence in the past tense
    ("That grant was £436,900", "Cardiff Council paid us £39,000") with nothing putting it in another year."""
    if d.table:
        return False
    sentence = next((t for n, t in rel.sentences if n == d.line and d.amount.text in t), "")
    return bool(re.search(r"\b(?:was|were|received|paid|came|gave|had|got|cost)\b", sentence)) \
        and not _NOT_THE_REPORTS_YEAR.search(sentence)


#: "this year", "this financial year", "the current year": no period of the amount's own (README, "This year")
_THIS_YEAR = re.compile(r"\b(?:this|the current)\s+(?:financial\s+)?year\b", re.I)


def _words_after(line: str, end: int) -> str:
    """The words after a figure up to the end of its clause, at most 40 characters and no further figure: "from my own
    budget this year" in "We put in £95,000 of our own budget this year, and …"."""
    tail = line[end : end + 40]
    stop = re.search(r"[.;,:(]|£", tail)
    return tail[: stop.start()] if stop else tail


def _this_years_money_dated_elsewhere(rel, drafts: list) -> None:
    """Money said to be "this year's" ("Our £164,250 this year comes from the Home Office grant") that is the same sum,
    for the same area, stated elsewhere with a year its own words or its table column give ("| Hertfordshire |
    £164,250 |" under "2025-26") has that year: the text gives it one (README, "This year"), though "this year" alone
    gives none."""
    for d in drafts:
        line = rel.line_text(d.line) or ""
        at = line.find(d.amount.text)
        if d.period is not None or d.role == "context" or at < 0 \
                or not (d.relative_year or _THIS_YEAR.search(line, at + len(d.amount.text), at + len(d.amount.text) + 20)
                        or _THIS_YEAR.search(_words_after(line, at + len(d.amount.text)))):
            continue
        dated = {x.period for x in drafts if x is not d and x.amount.pence == d.amount.pence and x.code == d.code
                 and x.role != "context" and x.period_basis in ("clause", "heading", "sentence")}
        # (or the one year its restatement's sentence prints: "I pay £138,500 this year" … "For 2024-25 it comes to
        # £844,500: …, the £138,500 of mine for the service, …")
        if len(dated) == 1:
            d.period, d.period_basis = dated.pop(), "restated"


def _restated_with_its_split(rel, d: _Draft, drafts: list[_Draft], pieces: list[_Draft]) -> bool:
    """Whether a prose figure restates money an earlier line stated with its own years, as the lead of a bulleted
    list splitting it ("has won £318,000 … for the two years from April 2024" … "The £318,000 is paid in two
    parts:" then "- £150,000 for 2024-25"): the restatement's period is read from its own clause only, so the years
    of its listed pieces do not date it (README, "Restated figures"); the pieces keep their own. (Only pieces listed
    after it: a split stated in prose beside a restatement is left as before.)"""
    return not d.table and d.whole is None and bool(pieces) and all(
        x.line > d.line and _LIST_LINE.match(rel.line_text(x.line)) for x in pieces) and any(
        x is not d and x.line < d.line and x.amount.pence == d.amount.pence and x.code == d.code and not x.table
        and x.period and x.period_basis == "clause" for x in drafts)


def _restates_a_dated_statement(d: _Draft, drafts: list[_Draft]) -> bool:
    """Whether a prose figure (or the whole it is a piece of) restates money an earlier line stated with a year of its
    own: "accepts a grant of £214,560 for the two years from 1 April 2025" … "Our share of it is £214,560". Such a
    restatement gives no period of its own, so it takes neither the release's span nor the earlier year (README,
    "Restated figures"); its pieces take its null period."""
    for fig in (d, d.whole):
        if fig is not None and not fig.table and any(
                x is not fig and x.line < fig.line and x.amount.pence == fig.amount.pence
                and (x.code == fig.code or _shared_table_cell(x))
                and (x.period and x.period_basis in ("clause", "heading") or _dated_by_its_pieces(x, drafts))
                for x in drafts):
            return True
    return False


def _shared_table_cell(x: _Draft) -> bool:
    """Whether ``x`` is a table cell dated by its heading whose row names several areas and so no one area's ("Home
    Office (award to Norfolk and Suffolk)   846,000"): a later sentence restating that sum with one area's name beside
    it ("of the £846,000, Norfolk's share is …") restates it, whatever area the reader gave the restatement."""
    return bool(x.table) and not x.code and x.period_basis == "heading" and x.role != "context" \
        and len({c for _, _, c in find_areas(" ".join(getattr(x, "row_cells", ()) or ()))}) >= 2


def _dated_by_its_pieces(x: _Draft, drafts: list[_Draft]) -> bool:
    """Whether a figure's years are stated by its per-year pieces on its own line ("The award is £318,000. It is paid
    as £152,000 for the year to March 2026 and £166,000 for the year to March 2027"): a dated statement of it, which a
    later mention of the same sum with no year restates (README, "Restated figures")."""
    pieces = [y for y in drafts if y.whole is x and not y.table and y.period and y.period_basis == "clause"
              and y.line <= x.line + 1]
    return len(pieces) >= 2 and len({y.period for y in pieces}) >= 2


#: the words of a correction note: "That figure is not correct", "printed … as", "in error", "should read" (wider than
#: :data:`_ACCOUNTS_DISAGREE`'s "printed … as", which a year written "2025/26" between them defeats)
_CORRECTION_WORDS = re.compile(r"\b(?:(?:not |in)correct|correct(?:ion|ed)|printed|wrong(?:ly)?|mistaken|in error|"
                               r"(?:typing|drafting|printing|clerical|transcription) error|"
                               r"misprint|should (?:have )?(?:be|read))\b", re.I)


def _dated_figure_it_corrects(d: _Draft, drafts: list[_Draft], line: str) -> _Draft | None:
    """The figure a correction note on ``d``'s line replaces, when that figure's own clause dates it ("printed the
    2026/27 Home Office figure as £303,000. The figure in the grant agreement … is £330,000"); else None."""
    if not _CORRECTION_WORDS.search(line):
        return None
    return next((x for x in drafts if x is not d and x.line == d.line and x.amount.pence != d.amount.pence
                 and x.role == d.role and x.period and x.period_basis == "clause"
                 and line.find(x.amount.text) < line.find(d.amount.text)), None)


def _note_dates_the_figure_it_corrects(d: _Draft, corrected: _Draft) -> bool:
    """Whether a correction note ("Correction: the story gave the 2026/27 instalment as £374,500. The right figure is
    £347,500") gives the figure it replaces a year in that figure's own clause, on the note's own line: the right
    figure is the same money, so it takes that year (README, "Corrected figures"); a note naming no year gives
    neither figure one, whatever year the award has elsewhere."""
    return corrected.line == d.line and corrected.period_basis == "clause"


#: a unit of a table's figures named in prose ("shown in £k", "in £000s", "figures are £'000", "in £m"): no sum
_UNIT_WORDS = re.compile(r"(?<![\w£])£\s?(?:'?000s?|k|m|thousands?|millions?)(?![\w,]|\.\d)", re.I)


#: a clause of its own, after "and", "but" or "while", in which a local payer (the commissioner, the mayor, a council)
#: pays or funds something, running up to the figure: "…, and the Commissioner pays separately for a text service at"
_LOCAL_PAYER_PAYS_CLAUSE = re.compile(
    r"(?:,|;|\s)\s*(?:and|but|while|whereas)\s+(?:the\s+|our\s+|his\s+|her\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:commissioner|mayor|PCC|PFCC|council)\s+(?:also\s+|now\s+|separately\s+|still\s+){0,2}"
    r"(?:pays|funds|is paying|is funding|will pay|will fund|paid|funded)\b[^.;£]*$", re.I)


def _own_payers_clause(sentence: str, lo: int, start: int, window: str, terms) -> bool:
    """Whether the figure stands in a clause of its own in which a local payer pays for something (README,
    ``context``: national words describe a national fund or service, not money a local payer pays), and that clause
    itself has no national words: those before it belong to the clause they stand in."""
    m = _LOCAL_PAYER_PAYS_CLAUSE.search(sentence, lo, start)
    if not m:
        return False
    own = sentence[m.start() : start] + "AMOUNT" + window[window.find("AMOUNT") + 6 :] if "AMOUNT" in window else ""
    return bool(own) and not _first(terms.get("context", ()), own)


#: words after an area's figure naming the national fund it is drawn from: "£2,184,000 across the two years, out of a
#: national fund worth £52m", "£412,000, part of the national pot of £36m"
#: (also after an appositive counting the awards: "…, one of 29 grants out of a national fund of £41 million", "…, one of
#: the 40 grants made from the national fund")
_DRAWN_FROM_A_NATIONAL_FUND = re.compile(r"[^.;£]{0,80}?,\s*(?:one of (?:[\w'’-]+\s+){0,3}?(?:awards|grants|allocations|"
                                         r"bids|successful bids)\s+(?:made\s+)?)?"
                                         r"(?:out of|drawn from|part of|from)\s+(?:a|the)\s+"
                                         r"(?:[\w'’-]+\s+){0,2}?(?:national|nationwide)\s+(?:fund|pot|round|scheme)\b"
                                         # ("£900,000 for the two years from its perpetrator fund, a national fund of
                                         # £30m": the fund it is drawn from, then what that fund is)
                                         r"|[^.;£]{0,60}?\bfrom\s+(?:its|the|their|a)\s+(?:[\w'’-]+\s+){0,4}?"
                                         r"(?:fund|pot|round|scheme),\s*(?:a|the)\s+(?:[\w'’-]+\s+){0,2}?"
                                         r"(?:national|nationwide)\s+(?:fund|pot|round|scheme)\b"
                                         # ("£640,000 for the two years through its national bidding round": the
                                         # round the area's money came by, not a sum of the round's)
                                         r"|[^.;£]{0,60}?\b(?:through|via|under)\s+(?:its|the|their|a)\s+"
                                         r"(?:national|nationwide)\s+(?:[\w'’-]+\s+)?(?:fund|pot|round|scheme|competition)\b",
                                         re.I)


#: a share of a budget: "Around 42% of …", "the rest from", "partly from", "the remainder from"
_SHARE_WORDS = re.compile(r"\b\d+(?:\.\d+)?\s*(?:%|per ?cent)|\b(?:the rest|the remainder|the balance)\b|"
                          r"\b(?:partly|mostly|mainly|largely)\s+(?:comes?\s+|paid\s+|funded\s+)?(?:from|by)\b", re.I)


def _SHARES_OF_A_BUDGET(sentence: str, terms) -> bool:
    """Whether a sentence tells how a budget is shared between payers ("Around 42% of the force's budget comes from
    the precept and the rest from central government, mostly the Home Office's police grant"): it names a payer other
    than the commissioner beside the commissioner's own money, and a share ("42%", "the rest", "partly from").  Such
    a sentence says how policing is paid for, not that the release's money is the commissioner's own."""
    others = {v for v, _ in _candidates(terms.get("funder", ()), sentence)} - {"PCC"}
    return bool(others) and bool(_SHARE_WORDS.search(sentence))


#: the words bringing in a sum that is compared with another or restates it another way: "This compares with",
#: "compared with", "against", "is equivalent to about", "works out at"
_COMPARED_OR_EQUIVALENT = re.compile(r"\b(?:compares?\s+with|compared\s+(?:with|to)|in\s+comparison\s+with|"
                                     r"(?:is\s+)?equivalent\s+to|equates\s+to|works\s+out\s+(?:at|as))\s+"
                                     r"(?:the\s+|a\s+|an\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$",
                                     re.I)


#: the kind of marker a list line opens with: a bullet or dash, a number ("1.", "2)"), a paragraph number ("2.3"), a
#: letter ("a)", "(b)")
_MARKER_KINDS = (("dash", re.compile(r"^\s*[-•*–—]\s+")), ("para", re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+")),
                 ("number", re.compile(r"^\s*\d{1,2}[.)]\s+")), ("letter", re.compile(r"^\s*\(?[a-hA-H]\)\s+")))


def _marker_kind(line: str) -> str:
    """The kind of marker (:data:`_MARKER_KINDS`) a line opens with, else ""."""
    return next((kind for kind, p in _MARKER_KINDS if p.match(line)), "")


def _a_sibling_of_the_lead(raw: str, lead: str) -> bool:
    """Whether a list line is the next paragraph of the lead-in's own kind, not an item of the list under it: the lead
    line is itself a numbered paragraph or item ("3.1 The planned budget … is £1,207,300, set out as follows:") and
    this line opens with the same kind of marker at no deeper indent ("3.2 The Home Office share is …"), where the
    items under it were set in ("    - Home Office grant: £620,000"). Such a line is not summed with the items."""
    kind = _marker_kind(lead)
    if not kind or _marker_kind(raw) != kind:
        return False
    return len(raw) - len(raw.lstrip()) <= len(lead) - len(lead.lstrip())


def _lent_totals_whose_list_does_not_add_up(drafts: list) -> None:
    """A sum read as a total across funders because an item of the list under it was another payer's own or match
    money, while its own payer was only lent it by the release, stays that payer's grant when the list's items do not
    add up to it ("Leicestershire's service has £90,000 for 2025-26. The money comes from:" then items of £60,000 and
    £20,000): the items are sums of their own, as they were read."""
    for w in drafts:
        lent = getattr(w, "lent_funder", "")
        if not lent or w.role != "total":
            continue
        listed = [d for d in drafts if getattr(d, "listed_under", None) is w]
        if listed and sum(d.amount.pence for d in listed) == w.amount.pence:
            continue
        firsts = _items_first_figures(listed)
        if len(firsts) >= 2 and sum(d.amount.pence for d in firsts) == w.amount.pence:
            continue  # (each item's own sum, its first figure, adds up; a later figure on an item is other money that
            # the list's summing sets apart: wholes._listed_pieces_sum_to_whole)
        w.role, w.funder, w.across = "grant", lent, False
        for d in drafts:
            if d.whole is w and getattr(d, "listed_role", ""):
                d.role, d.whole, d.part_of = d.listed_role, None, None


def _year_of_a_list_lead(lead: str) -> tuple[str, str] | None:
    """The one financial year a lead-in with no figure, ending in a colon, states for the list under it ("In 2025-26
    the programme is paid for from three sources:", "Funding for 2024/25:"), else None: an item stating a sum with no
    year of its own ("(b) £377,000 from the Home Office, which …") is for that year (README, period_start)."""
    text = lead.rstrip().rstrip("*").rstrip()
    if not text.endswith(":") or MONEY_TOKEN.search(text):
        return None
    years = find_periods(text)[0]
    return years[0][2:] if len(years) == 1 and years[0][2] == years[0][3] else None


def _match_money_lead(lead: str, terms) -> bool:
    """Whether a lead-in with no figure, ending in a colon, says the list items under it are match funding ("The
    Provider has obtained the following match funding, to be used alongside the Grant:", "Match funding
    for the project:", "Partners have agreed to match the grant as follows:"): a sum an item gives with no role of its
    own ("(a) Dover District Council: £24,000 in each year") is money added to the grant (README, match_funding).  A
    lead-in that says no match funding is in place ("No match funding has been secured for:") is left alone."""
    text = lead.rstrip().rstrip("*").rstrip()
    return text.endswith(":") and not MONEY_TOKEN.search(text) and bool(
        _first(terms.get("match_named", ()), text) or re.search(r"\bmatch(?:es|ed)?\s+(?:the|this|its|their)\s+"
                                                              r"(?:grant|award|funding)\b", text, re.I)) \
        and not _first(terms.get("negation", ()), text) and not re.search(r"\b(?:no|not|none)\b", text, re.I)


def _own_money_lead(lead: str, terms) -> bool:
    """Whether a lead-in or caption over a table says its rows are the commissioner's own money ("From her own
    budget, the commissioner pays for three services:", "Commissioner's own budget: perpetrator services"), not a
    council's own, money added to a grant, or a partner's."""
    return bool(_first(terms.get("own_funding", ()), lead)) \
        and not _COUNCILS_OWN.search(lead) and not _ADDED_TO.search(lead) \
        and not re.search(r"\b(?:council|authority|partners?|charity|trust)\b", lead, re.I) \
        and not _first(terms.get("match_named", ()), lead)


def _table_caption(rel, number: int, line: str) -> bool:
    """Whether a line is a table's caption: a phrase, not a sentence (no closing stop, at most 14 words, no figure),
    whose next non-blank line is a table row ("Commissioner's own budget: perpetrator and stalking services" over
    "| Service | 2026-27 | 2027-28 |", an HTML <caption>).  A caption says what the rows are, as a lead-in does."""
    text = line.strip().strip("*").strip()
    if not text or re.search(r"[.!?;:,]['\"”’)]?$", text) or len(text.split()) > 14 or MONEY_TOKEN.search(text):
        return False
    for k in range(number + 1, number + 4):
        nxt = (rel.line_text(k) or "").strip()
        if nxt:
            return nxt.startswith("|") and nxt.count("|") >= 3
    return False


def _no_sentence_between(rel, first: int, last: int) -> bool:
    """Whether only blank lines stand between two lines (a lead-in and the caption under it)."""
    return last > first and all(not (rel.line_text(k) or "").strip() for k in range(first + 1, last))


def _lead_goes_on(lead_period, lead_line: int, number: int, sentence: str) -> bool:
    """Whether a sentence keeps the years a table's lead-in stated just before it, on the same line or the next: it
    states no years and no figure of its own ("Figures are in thousands of pounds.", "Rows 5 and 6 carry no money of
    their own and are not in the table.")."""
    return bool(lead_period) and number in (lead_line, lead_line + 1) and not find_periods(sentence)[0] \
        and not MONEY_TOKEN.search(sentence)


def _years_only_in_a_later_figures_clause(sentence: str, periods: list, found: list, k: int) -> bool:
    """Whether every year a sentence prints is in the clause of a later figure, not the ``k``th figure's: "the health
    board is funding a practitioner at £64,000, and the Ministry of Justice's grant pays for two IDVAs at £88,500 for
    2025-26" gives the year to the IDVAs' money only (README, period_start: the amount's own clause)."""
    mine = _clause_of(sentence, found[k][0])
    # (a clause of its own set off by a comma or semicolon; "£512,000 from the Home Office and £88,300 from the
    # Ministry of Justice during 2022-23" is one elliptical pair, the year both figures')
    # (or by "and" before the rest of the same money, a subject of its own: "£A was spent by 31 March and the
    # remaining £B was carried into 2025-26" gives the year to the £B only)
    later = [f[0] for f in found[k + 1 :] if re.search(r"[,;]|\sand\s+(?:the|its|their|our|his|her)\s+(?:remaining|"
                                                      r"rest|remainder|balance|other)\b", sentence[found[k][1] : f[0]])]
    return bool(later) and all(any(at < p[0] and _clause_of(sentence, at) == _clause_of(sentence, p[0]) != mine
                                   for at in later) for p in periods)


def _year_closing_its_clause(sentence: str, start: int, periods: list) -> tuple[str, str] | None:
    """The one period printed after money added to a grant within its own clause, past the grant's figure: "has added
    £38,500 from his own budget to the county's Home Office grant of £196,750 for 2024-25" is for 2024-25 (README,
    'Money added to a grant': the period its own clause gives); a year in another clause ("a grant of £X for 2024-25,
    with £Y of match funding") is not its own."""
    lo, hi = _clause_of(sentence, start)
    own = {p[2:] for p in periods if start < p[0] < hi}
    return own.pop() if len(own) == 1 else None


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
    # (also with a word saying which of the money it is: "The additional £58,600 is for …", "the extra £20,000")
    return bool(re.search(r"(?:\bthe|\bthis|\bthat|['’]s|\bits|\btheir|\bhis|\bher)\s+"
                          r"(?:(?:additional|extra|increased|revised|varied)\s+)?$", before, re.I)) and any(
        x.role == "grant" and x.whole is None and x.amount.pence == d.amount.pence and x.code == d.code
        and x.line < d.line and (x.period or any(y.line == x.line and y.period for y in drafts)) for x in drafts)
    # (a sum stated in a sentence giving the year for its figures together: "increase the grant by £58,600, from
    # £684,200 to £742,800 for 2024-25")
