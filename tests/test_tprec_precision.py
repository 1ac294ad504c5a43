"""Precision rules of branch ``tprec``: false components and cohorts removed, and a few kinds read in more wordings.

Invented texts in the corpus README's conventions ("Programmes named in results", "High-harm work", "Case managers per
person", the ``cohorts`` and ``component`` rules).
"""

from __future__ import annotations

import pytest

from tests.release_probe import award_errors, awards_by_key, read

LEAD = "Kent will receive £400,000 from the Home Office for its perpetrator service.\n"


def comps(text: str) -> dict[tuple[int, str], object]:
    """The components read from ``text`` outside quotes, keyed by (line, component)."""
    return {(c.source_line, c.component): c for c in read(text).components if not c.in_quote}


# --- a group people are waiting for, or will not join, is not group work the line describes ---------------------------

@pytest.mark.parametrize("sentence", [
    "It pays for one-to-one sessions for men waiting to join a group.",
    "Individual work is offered to women who are waiting to join the group course.",
    "One-to-one work is offered to men waiting for a place on a group course.",
    "It pays for one-to-one sessions with fathers who would not join a group.",
    "The council funds individual sessions for men who will not attend a group programme.",
])
def test_a_group_people_are_not_in_is_no_group_programme(sentence):
    got = comps(LEAD + sentence)
    assert (2, "one_to_one") in got
    assert (2, "group_programme") not in got


# --- a brand ending in "Line" that its sentence calls a programme or course is no phone line ---------------------------

@pytest.mark.parametrize("sentence", [
    "Westbrook Line is a one-to-one programme for people whose behaviour towards someone has become stalking.",
    "Harbour Line was our group course for fathers until March.",
])
def test_a_programme_named_line_is_no_helpline(sentence):
    got = comps(LEAD + sentence)
    assert (2, "helpline") not in got
    assert (2, "named_programme") in got


def test_a_line_called_a_phone_service_is_still_a_helpline():
    assert (2, "helpline") in comps(LEAD + "Men can ring the Harbour Line, a confidential phone service, in the evening.")


# --- a grant "for work with" the people it names is its purpose, like "to work with" ------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Home Office has awarded £739,000 to Kent for work with high-harm domestic abuse perpetrators and with people "
    "who stalk over the two years April 2025 to March 2027.",
    "Kent has received £500,000 from the Home Office for working with people who stalk.",
])
def test_a_grant_for_work_with_people_describes_no_service(sentence):
    assert comps(sentence) == {}


# --- a case worker for everyone on the programme is not the high-harm team's, named in the next clause ----------------

@pytest.mark.parametrize("sentence, people", [
    ("Each man on it is given a case worker, and men judged to pose the highest risk are passed to a specialist "
     "high-harm team for up to 18 months.", ("men",)),
    ("Every woman on the course gets her own key worker, and women judged to be the most dangerous move to a specialist "
     "high-harm team for up to a year.", ("women",)),
])
def test_case_workers_of_everyone_on_the_programme_keep_their_own_people(sentence, people):
    got = comps(LEAD + sentence)
    assert got[(2, "case_management")].cohorts == people
    assert "high_harm" in got[(2, "high_harm")].cohorts


def test_case_managers_of_the_high_harm_men_stay_high_harm():
    got = comps(LEAD + "A high-harm service in which each man assessed as high-risk has a case manager for up to 12 months.")
    assert got[(2, "case_management")].cohorts == ("high_harm", "men")


# --- a stalking service described by what the people's behaviour towards someone has become ----------------------------

@pytest.mark.parametrize("sentence", [
    "It pays for work with men whose conduct towards a former partner has turned into stalking.",
    "Westbrook Line is a one-to-one programme for people whose behaviour towards someone has become stalking.",
])
def test_behaviour_towards_someone_become_stalking_is_a_stalking_intervention(sentence):
    assert (2, "stalking_intervention") in comps(LEAD + sentence)


# --- a programme made of one-to-one sessions is that one-to-one work, not a second programme ---------------------------

@pytest.mark.parametrize("sentence, cohort, sessions", [
    ("New this year is a programme for women who use violence at home, of up to 16 one-to-one sessions.", "women", 16),
    ("There is also a course for fathers who are abusive to partners, made up of 12 one-to-one sessions.", "fathers", 12),
])
def test_a_programme_made_of_one_to_one_sessions_is_one_to_one_work(sentence, cohort, sessions):
    got = comps(LEAD + sentence)
    assert (2, "behaviour_change_programme") not in got
    assert got[(2, "one_to_one")].cohorts == (cohort,)
    assert got[(2, "one_to_one")].duration_value == sessions


def test_a_programme_with_one_to_one_sessions_beside_it_stays_a_programme():
    got = comps(LEAD + "It pays for a programme for men in Hull, with up to six one-to-one sessions.")
    assert (2, "behaviour_change_programme") in got and (2, "one_to_one") in got


# ======================================== amounts ========================================

# --- a commissioner's own money in a round-up of another payer's round does not take the round's years --------------

OWN_MONEY_BESIDE_A_SHARE_OF_THE_ROUND_HAS_NO_PERIOD = {
    'round_own_money': (
        'Three Eastern commissioners publish their shares and what they add\n'
        '\n'
        'The Home Office has settled how its £40 million perpetrator round for the two years from April 2026 '
        'is divided, and three commissioners in the region have published their shares.\n'
        '\n'
        'ESSEX\n'
        'Essex receives £610,000, the largest share in the region.\n'
        "Its £610,000 share and £70,000 of the commissioner's own money make a combined £680,000, the office "
        'says.\n'
        'On the Chelmsford course, 150 men started in 2024-25.\n'
        '\n'
        'SUFFOLK\n'
        "Suffolk's share is £402,000.\n"
        '\n'
        'NORFOLK\n'
        'Norfolk gets £455,000.\n',
        {(7, 70000): dict(role='part', funder='PCC', start=None),
         (7, 610000): dict(start='2026-27', end='2027-28'),
         (11, 402000): dict(start='2026-27')}),
    'round_commissioners_budget': (
        'Four forces name their shares of the new round\n'
        '\n'
        'The Home Office has settled how its £36 million perpetrator fund for the two years from April 2025 '
        'is split, and four commissioners have published their shares.\n'
        '\n'
        'NORFOLK\n'
        "Norfolk's share is £455,000.\n"
        "Norfolk's £455,000 share and £52,000 from the commissioner's own budget come to a combined £507,000."
        '\n'
        'In 2024-25, 120 men started the Norwich course.\n'
        '\n'
        'SUFFOLK\n'
        'In Suffolk the figure is £402,000.\n'
        '\n'
        'KENT\n'
        "Kent's share is £486,000.\n",
        {(7, 52000): dict(role='part', funder='PCC', start=None),
         (7, 455000): dict(start='2025-26'),
         (11, 402000): dict(start='2025-26')}),
}


@pytest.mark.parametrize("case", OWN_MONEY_BESIDE_A_SHARE_OF_THE_ROUND_HAS_NO_PERIOD,
                         ids=list(OWN_MONEY_BESIDE_A_SHARE_OF_THE_ROUND_HAS_NO_PERIOD))
def test_own_money_beside_a_share_of_the_round_has_no_period(case):
    text, want = OWN_MONEY_BESIDE_A_SHARE_OF_THE_ROUND_HAS_NO_PERIOD[case]
    assert award_errors(text, want) == []

# --- a yearly rate whose own clause, after a semicolon, names its payer is that payer's, not a share of the sum before ---

A_RATE_NAMING_ITS_OWN_PAYER_AFTER_A_SEMICOLON_IS_NO_SHARE = {
    'semicolon_rate': (
        'Northumbria will receive £500,000 from the Home Office over 2026-28.\n'
        'Newcastle City Council has confirmed £96,000 over 2026-28; Northumberland County Council gives '
        '£42,000 a year.\n',
        {(2, 42000): dict(role='grant', funder='local authority', start=None, part=None)}),
    'semicolon_rate_2': (
        'Kent will receive £500,000 from the Home Office over 2025-27.\n'
        'Medway Council is adding £50,000 over the two years; Swale Borough Council pays £9,000 a year '
        'towards a crèche.\n',
        {(2, 9000): dict(funder='local authority', start=None, part=None)}),
}


@pytest.mark.parametrize("case", A_RATE_NAMING_ITS_OWN_PAYER_AFTER_A_SEMICOLON_IS_NO_SHARE,
                         ids=list(A_RATE_NAMING_ITS_OWN_PAYER_AFTER_A_SEMICOLON_IS_NO_SHARE))
def test_a_rate_naming_its_own_payer_after_a_semicolon_is_no_share(case):
    text, want = A_RATE_NAMING_ITS_OWN_PAYER_AFTER_A_SEMICOLON_IS_NO_SHARE[case]
    assert award_errors(text, want) == []

# --- a sentence saying a payer's money is match funding gives that role to its sums after it in the paragraph -------

MATCH_FUNDING_SAID_ONCE_FOR_A_PAYER = {
    'match_said_once': (
        'Northumbria will receive £500,000 from the Home Office over 2026-28.\n'
        "The councils' contributions are match funding. Durham County Council has confirmed £60,000 over "
        '2026-28; Sunderland City Council gives £15,000 a year.\n',
        {(2, 60000): dict(role='match_funding', funder='local authority'),
         (2, 15000): dict(role='match_funding', funder='local authority')}),
    'match_said_once_2': (
        'Kent will receive £500,000 from the Home Office over 2025-27.\n'
        "The council's money counts as match funding.\n"
        'Maidstone Borough Council is paying £30,000 over the two years.\n',
        {(3, 30000): dict(role='match_funding', funder='local authority')}),
}


@pytest.mark.parametrize("case", MATCH_FUNDING_SAID_ONCE_FOR_A_PAYER, ids=list(MATCH_FUNDING_SAID_ONCE_FOR_A_PAYER))
def test_match_funding_said_once_for_a_payer(case):
    text, want = MATCH_FUNDING_SAID_ONCE_FOR_A_PAYER[case]
    assert award_errors(text, want) == []

# --- a header line of labelled fields set off by bars does not end the opening that names the release's funder ------

A_HEADER_LINE_OF_FIELDS_IS_NO_TABLE_ROW = {
    'header_fields': (
        '# Cumbria Police and Crime Panel\n'
        '\n'
        '**Meeting:** 3 March 2026 | **Item:** 5 | **Status:** for information\n'
        '\n'
        "1.1 The Home Office has agreed the Commissioner's bid to its perpetrator fund for 2026-28.\n"
        '\n'
        '1.2 The confirmed sum is £404,500.\n'
        '\n'
        '1.3 The Ministry of Justice grant for two advocates continues at £52,000 a year.\n',
        {(7, 404500): dict(funder='Home Office')}),
    'header_fields_2': (
        '# Lancashire Police and Crime Panel\n'
        '\n'
        'Date: 12 May 2026 | Report number: 14/26 | Author: Chief Executive\n'
        '\n'
        "2.1 The Home Office has approved the Commissioner's bid to its perpetrator fund for 2026-28.\n"
        '\n'
        '2.2 The confirmed sum is £388,200.\n'
        '\n'
        '2.3 The Ministry of Justice grant for an advocate continues at £41,000 a year.\n',
        {(7, 388200): dict(funder='Home Office')}),
}


@pytest.mark.parametrize("case", A_HEADER_LINE_OF_FIELDS_IS_NO_TABLE_ROW,
                         ids=list(A_HEADER_LINE_OF_FIELDS_IS_NO_TABLE_ROW))
def test_a_header_line_of_fields_is_no_table_row(case):
    text, want = A_HEADER_LINE_OF_FIELDS_IS_NO_TABLE_ROW[case]
    assert award_errors(text, want) == []

# --- a grant-maker's own award takes no period from the release -----------------------------------------------------

A_GRANT_MAKERS_AWARD_HAS_NO_RELEASE_PERIOD = {
    'grant_maker': (
        'The Home Office has awarded Derbyshire £512,000 over 2026-28 for perpetrator work.\n'
        'The Ministry of Justice pays £58,000 a year for two advocates.\n'
        "The Peak Valley Trust has given Amber Women's Aid £30,000 for a stalking advocate.\n",
        {(3, 30000): dict(funder=None, start=None, end=None)}),
    'grant_maker_2': (
        'The Home Office has awarded Kent £400,000 over 2025-27 for perpetrator work.\n'
        'The Ministry of Justice pays £50,000 a year for an IDVA.\n'
        'The trustees of the Weald Foundation awarded £12,000 to a Maidstone charity for a crèche.\n',
        {(3, 12000): dict(funder=None, start=None, end=None)}),
}


@pytest.mark.parametrize("case", A_GRANT_MAKERS_AWARD_HAS_NO_RELEASE_PERIOD,
                         ids=list(A_GRANT_MAKERS_AWARD_HAS_NO_RELEASE_PERIOD))
def test_a_grant_makers_award_has_no_release_period(case):
    text, want = A_GRANT_MAKERS_AWARD_HAS_NO_RELEASE_PERIOD[case]
    assert award_errors(text, want) == []

# --- each figure of a sentence opened by the several areas it spans is a total over them, in its round's years ------

FIGURES_OF_A_SENTENCE_OPENED_BY_THE_AREAS_ARE_TOTALS = {
    'across_areas': (
        'The Home Office has published the perpetrator allocations for the 2026 to 2028 round, after the 2024'
        ' to 2026 round.\n'
        '\n'
        '| Area | 2024-26 (£000) | 2026-28 (£000) |\n'
        '|---|---|---|\n'
        '| Kent | 512 | 486 |\n'
        '| Essex | 611 | 578 |\n'
        '\n'
        'Across the two areas, Home Office money falls from about £1.1m in the last round to £1.06m in this '
        'one.\n',
        {(8, 1100000): dict(role='total', start='2024-25', end='2025-26'),
         (8, 1060000): dict(role='total', start='2026-27', end='2027-28')}),
    'across_areas_2': (
        'The Home Office has published its perpetrator allocations for 2025-27.\n'
        'Kent receives £486,000, Essex £578,000 and Surrey £392,000.\n'
        'For all three counties, Home Office money rises from £1.3m last time to £1.46m now.\n',
        {(3, 1300000): dict(role='total'), (3, 1460000): dict(role='total')}),
}


@pytest.mark.parametrize("case", FIGURES_OF_A_SENTENCE_OPENED_BY_THE_AREAS_ARE_TOTALS,
                         ids=list(FIGURES_OF_A_SENTENCE_OPENED_BY_THE_AREAS_ARE_TOTALS))
def test_figures_of_a_sentence_opened_by_the_areas_are_totals(case):
    text, want = FIGURES_OF_A_SENTENCE_OPENED_BY_THE_AREAS_ARE_TOTALS[case]
    assert award_errors(text, want) == []


# --- each year's piece of a several-year sum keeps the sum's area when its own clause names none ---------------

YEARS_PIECES_OF_AN_AREAS_SUM = {
    'years_split_area': (
        '**Kent.** Medway Pathways has won the contract for a high-harm service, paid for with £900,000 of '
        'Home Office money from April 2025 until March 2028.\n'
        '\n'
        'The three years are profiled at £290k in 2025-26, £300k in 2026-27 and £310k in 2027-28.\n'
        '\n'
        "**Gwent.** Gwent's commissioner pays £84,500 a year from her own budget for a stalking clinic.\n"
        '\n'
        '**Surrey.** Surrey has £402,000 from the Home Office for a group course.\n',
        [(3, 290000, 'E23000032'), (3, 310000, 'E23000032')]),
    'years_split_area_2': (
        'Round-up of new services.\n'
        '\n'
        '**Essex.** The Home Office has awarded £500,000 for a stalking service over 2025-27.\n'
        '\n'
        'That is £240,000 for 2025-26 and £260,000 for 2026-27.\n'
        '\n'
        "**Kent.** Kent's commissioner adds £60,000 a year from his own budget for a helpline.\n"
        '\n'
        '**Norfolk.** Norfolk has £455,000 from the Home Office for a group course.\n',
        [(5, 240000, 'E23000028'), (5, 260000, 'E23000028')]),
}


@pytest.mark.parametrize("case", YEARS_PIECES_OF_AN_AREAS_SUM, ids=list(YEARS_PIECES_OF_AN_AREAS_SUM))
def test_years_pieces_of_a_sum_keep_its_area(case):
    text, want = YEARS_PIECES_OF_AN_AREAS_SUM[case]
    got = awards_by_key(text)
    for line, pounds, code in want:
        assert got[(line, pounds)].funding_role == "part"
        assert got[(line, pounds)].pfa_code == code


# --- a clause after a figure about the rest of the money names the rest's payers, not the figure's ------------------

THE_REST_OF_THE_MONEY_NAMES_NO_PAYER_OF_THE_FIGURE = {
    'rest_clause': (
        'Annual report of the Police and Crime Commissioner for West Mercia.\n'
        'Most of this work is paid for jointly. In 2024-25 the Home Office grant paid £286,400 towards it, '
        'and the rest came from my own budget, from the county council and from the Ministry of Justice.\n',
        {(2, 286400): dict(role='grant', funder='Home Office')}),
    'rest_clause_2': (
        'Annual report of the Police and Crime Commissioner for Kent.\n'
        'In 2024-25 the Home Office grant met £310,000 of the cost, while the remainder was paid by the '
        'Ministry of Justice.\n',
        {(2, 310000): dict(role='grant', funder='Home Office')}),
}


@pytest.mark.parametrize("case", THE_REST_OF_THE_MONEY_NAMES_NO_PAYER_OF_THE_FIGURE,
                         ids=list(THE_REST_OF_THE_MONEY_NAMES_NO_PAYER_OF_THE_FIGURE))
def test_the_rest_of_the_money_names_no_payer_of_the_figure(case):
    text, want = THE_REST_OF_THE_MONEY_NAMES_NO_PAYER_OF_THE_FIGURE[case]
    assert award_errors(text, want) == []


# --- 'rising to £X in the second year' of a span its own clause gives, after a single year's sum, is that year's ----

THE_NTH_YEAR_OF_ITS_OWN_SPAN_AFTER_A_SINGLE_YEARS_SUM = {
    'nth_year_after_single': (
        'Annual report of the Police and Crime Commissioner for Kent.\n'
        'In 2024-25 the Home Office grant paid £286,400 towards the service.\n'
        'The Home Office award covers 2024-26 and is profiled unevenly, rising to £301,600 in the second '
        'year.\n',
        {(3, 301600): dict(start='2025-26', end='2025-26')}),
    'nth_year_after_single_2': (
        'Annual report of the Police and Crime Commissioner for Essex.\n'
        'The council gave £40,000 in 2024-25.\n'
        'The Home Office award covers 2025-27, going up to £330,000 in the second year.\n',
        {(3, 330000): dict(start='2026-27', end='2026-27')}),
}


@pytest.mark.parametrize("case", THE_NTH_YEAR_OF_ITS_OWN_SPAN_AFTER_A_SINGLE_YEARS_SUM,
                         ids=list(THE_NTH_YEAR_OF_ITS_OWN_SPAN_AFTER_A_SINGLE_YEARS_SUM))
def test_the_nth_year_of_its_own_span_after_a_single_years_sum(case):
    text, want = THE_NTH_YEAR_OF_ITS_OWN_SPAN_AFTER_A_SINGLE_YEARS_SUM[case]
    assert award_errors(text, want) == []
