"""Rules found on the twenty-seventh round's tune releases (tuner K): an oral-evidence transcript, a business case
with an options appraisal, a grants register and a commissioner's letter to a paper correcting a story.

Invented texts (not from the corpus): readers' comments under a page's comment count, figures quoted from another's
report or story, and a sum set against its earlier level ("against £X a year before").
"""

from __future__ import annotations

from release_probe import awards, awards_by_key, read


# --- readers' comments under a comment count -------------------------------------------------------------------

COMMENTS = """Norfolk commissioner adds money to abuser course

The Home Office has given Norfolk £412,000 for its course for abusive men in 2025-26.

Comments (3)
RiverWatcher: £412k would pay for a lot of police on the beat.
Jan B - 4 June 2025: Better than the £300k they had last time.
"""


def test_readers_comments_under_a_comment_count_are_set_aside():
    got = awards_by_key(COMMENTS)
    assert (3, 412000) in got
    assert not [a for a in awards(COMMENTS) if a.source_line in (6, 7)]
    reasons = dict(read(COMMENTS).set_aside)
    assert reasons.get(6) == "comment" and reasons.get(7) == "comment"


NOT_COMMENTS = """Norfolk commissioner adds money to abuser course

Comments (3)

Funding: the Home Office has given Norfolk £412,000 for 2025-26.
"""


def test_a_comment_count_ends_at_a_blank_line_and_the_text_below_is_read():
    assert (5, 412000) in awards_by_key(NOT_COMMENTS)


NO_COUNT = """Norfolk news

Q and A
Answer: the Home Office has given Norfolk £412,000 for 2025-26.
"""


def test_a_name_and_colon_line_with_no_comment_count_above_is_read():
    assert (4, 412000) in awards_by_key(NO_COUNT)


# --- figures quoted from another's report ----------------------------------------------------------------------

LETTER = """Letters

The Home Office award to Norfolk for 2026-27 and 2027-28 is £846,200.

Your report of 5 June said that Norfolk's perpetrator funding had fallen from £1.2 million to £800,000.

Editor's note: The £800,000 figure in our story was taken from a draft paper.

Your article claimed the Home Office grant for Norfolk was £790,000.
"""


def test_a_figure_quoted_from_anothers_report_takes_no_payer_from_the_text():
    got = awards_by_key(LETTER)
    assert got[(3, 846200)].funder == "Home Office"
    assert not got[(5, 1200000)].funder and not got[(5, 800000)].funder
    assert not got[(7, 800000)].funder


def test_a_quoted_figure_the_report_calls_a_grant_keeps_the_grantor():
    assert awards_by_key(LETTER)[(9, 790000)].funder == "Home Office"


PLAIN = """The Home Office award to Norfolk for 2026-27 is £846,200.

The report to the panel sets out how the county's £846,200 will be spent.
"""


def test_a_report_that_is_not_said_to_state_the_figure_leaves_the_payer():
    assert awards_by_key(PLAIN)[(3, 846200)].funder == "Home Office"


# --- a sum set against its earlier level -------------------------------------------------------------------------

AGAINST = """The Home Office award to Norfolk for 2026-27 is £420,000.

I have put £150,000 of my own budget into the course in 2026-27, against £90,000 a year before, and the two councils are paying £40,000 between them.

The commissioner adds £70,000 of her own money in 2026-27, compared with £55,000 last year.

The Home Office gives £420,000 this year, against a national pot of £40 million.
"""


def test_a_figure_set_against_the_one_before_as_its_earlier_level_takes_its_role_and_payer():
    got = awards_by_key(AGAINST)
    before = got[(3, 90000)]
    assert before.funding_role == "own_funding" and before.funder == "PCC"
    assert not before.period_start
    assert got[(3, 40000)].funder == "local authority"
    last = got[(5, 55000)]
    assert last.funding_role == got[(5, 70000)].funding_role and last.funder == "PCC"


def test_a_figure_against_which_no_earlier_time_is_said_is_not_an_earlier_level():
    got = awards_by_key(AGAINST)
    assert got[(7, 40000000)].funding_role == "context"


# --- own-money words in a clause after a semicolon ---------------------------------------------------------------

SEMICOLON = """The Home Office gave Norfolk £640,000 for 2024-25 and 2025-26.

The right figure is £640,000; the first paper counted a transfer between two of our own budget lines twice.

The commissioner also pays £30,000 a year from her own budget; the council adds nothing.
"""


def test_own_money_words_after_a_semicolon_are_another_clauses():
    got = awards_by_key(SEMICOLON)
    assert got[(3, 640000)].funding_role == "grant"
    assert got[(5, 30000)].funding_role == "own_funding" and got[(5, 30000)].funder == "PCC"


# --- "of mine" ---------------------------------------------------------------------------------------------------

OF_MINE = """Commissioner: For 2024-25 the work costs £500,000 from all funders: £400,000 of Home Office grant, £60,000 of mine as match funding for the course, and £40,000 from the district council.

Commissioner: The council adds £20,000 of its own.
"""


def test_a_sum_of_mine_is_the_speakers_own_money():
    got = awards_by_key(OF_MINE)
    assert got[(1, 60000)].funder == "PCC" and got[(1, 60000)].funding_role == "part"
    assert got[(1, 40000)].funder == "local authority"
    assert got[(3, 20000)].funder != "PCC"


# --- "this year" dated by a sentence that restates the sum with its year --------------------------------------

THIS_YEAR = """The Home Office gave Norfolk £300,000 for its course.

I pay for the high-harm service from my own budget, £71,500 this year.

For 2024-25 the whole picture comes to £371,500: the £300,000 grant and the £71,500 of mine.

The helpline has £9,000 this year.
"""


def test_this_years_money_restated_in_a_sentence_giving_one_year_takes_that_year():
    got = awards_by_key(THIS_YEAR)
    assert (got[(3, 71500)].period_start, got[(3, 71500)].period_end) == ("2024-25", "2024-25")
    assert got[(7, 9000)].period_basis != "restated"  # (not restated with a year: none of a restatement's)


# --- an options table: a cost column, a row that is the sum before, national words in a condition ----------------

OPTIONS = """The Home Office grant to Norfolk for 2024-25 and 2025-26 was £600,000.

Option A - Stop. The only cost is an exit cost of about £12,000 in 2026-27.

Table 1: cost of each option, 2026-27 to 2027-28 (£)

Option   Description            Two-year cost   Risk
A        Stop                          12,000   High
B        Continue                     640,000   Medium
C        Extend                       910,000   Low

Option B is preferred. It keeps the course at a two-year cost of £640,000 and leaves room to grow if national money returns.
"""


def test_a_cost_column_lends_no_payer():
    got = awards_by_key(OPTIONS)
    for key in [(8, 12000), (9, 640000), (10, 910000)]:
        assert not got[key].funder, key


def test_a_table_one_of_whose_rows_is_the_sum_before_lists_it_beside_others_not_its_pieces():
    got = awards_by_key(OPTIONS)
    for key in [(9, 640000), (10, 910000)]:
        assert got[key].funding_role == "grant" and got[key].part_of_line is None, key


def test_national_words_only_in_a_condition_after_the_figure_leave_it_an_areas_money():
    got = awards_by_key(OPTIONS)
    assert got[(12, 640000)].funding_role == "grant" and got[(12, 640000)].pfa_code


ITEMS = """The Home Office grant to Norfolk for 2025-26 is £300,000. It will be spent as follows:

Item                 Amount (£)
Group course            200,000
Partner support         100,000
"""


def test_an_item_table_under_a_grant_still_breaks_it_into_pieces():
    got = awards_by_key(ITEMS)
    assert got[(4, 200000)].funding_role == "part" and got[(4, 200000)].part_of_line == 1
    assert got[(4, 200000)].funder == "Home Office"


NATIONAL = """The Home Office grant to Norfolk for 2025-26 is £300,000, if the national fund is confirmed.

The Home Office has £40 million nationally for the work, if ministers agree.

Norfolk gets £300,000 from the national fund.
"""


def test_a_national_figure_or_national_words_before_the_condition_stay_context():
    got = awards_by_key(NATIONAL)
    assert got[(1, 300000)].funding_role == "grant"
    assert got[(3, 40000000)].funding_role == "context"


# --- a register: rows with their own terms, a note naming a row, a scheme's ceiling ----------------------------

REGISTER = """# Grants register 2024-25

| Ref | Recipient | Funder | Start | End | Amount |
|---|---|---|---|---|---|
| AB-001 | Marsh Change | Home Office | 01/04/2024 | 31/03/2026 | £300,000 |
| AB-002 | Fen Support | PCC core budget | 01/04/2024 | 31/03/2025 | £50,000 |
| AB-003 | Broads Helpline | Home Office | 01/10/2024 | 30/09/2025 | £20,000 |
| | **Total** | | | | **£370,000** |

1. AB-002 was varied in March 2025 to add a worker. The original award was £42,000; the table shows the varied amount.
2. The Community Fund is open to local groups for amounts up to £4,000 a year.
3. Fen Support has also been offered a grant of up to £9,000 from the Community Fund.
"""


def test_a_total_over_rows_with_overlapping_terms_of_their_own_has_no_one_period():
    total = awards_by_key(REGISTER, "invented.md")[(8, 370000)]
    assert total.funding_role == "total" and not total.period_start


def test_a_note_naming_a_row_by_its_reference_gives_its_figure_that_rows_payer_and_no_year():
    note = awards_by_key(REGISTER, "invented.md")[(10, 42000)]
    assert note.funder == "PCC" and note.funding_role == "own_funding"
    assert not note.period_start


def test_the_most_a_scheme_gives_each_of_many_is_no_sum_but_one_awards_cap_is():
    got = awards_by_key(REGISTER, "invented.md")
    assert (11, 4000) not in got
    assert (12, 9000) in got


SPLIT = """| Year | Home Office | Total |
|---|---|---|
| 2024-25 | £200,000 | £200,000 |
| 2025-26 | £210,000 | £210,000 |
| **Total** | **£410,000** | **£410,000** |
"""


def test_a_total_over_years_that_do_not_overlap_still_spans_them():
    got = [a for a in awards(SPLIT, "invented.md") if a.source_line == 5]
    assert got and all((a.period_start, a.period_end) == ("2024-25", "2025-26") for a in got)


# --- a paper's number is no count; payees of other work in a register with a Total row ------------------------

HC_PAPER = """Justice Committee
Oral evidence: Work with domestic abuse perpetrators, HC 512
Report of the Committee, HL Paper 37

Between April 2023 and March 2024, 140 men started the course and 96 completed it.
"""


def test_a_parliamentary_papers_number_is_no_count():
    values = sorted(o.value for o in read(HC_PAPER).outcomes)
    assert 512 not in values and 37 not in values
    assert 96 in values


REGISTER_WITH_TOTAL = """| Ref | Recipient | Purpose | Amount |
|---|---|---|---|
| N-01 | Marsh Change CIC | Group course for men who abuse their partners | £90,000 |
| N-02 | Heath Lane Bowls Club | New bowling green mower | £3,000 |
| | **Total** | | **£93,000** |
"""

REGISTER_NO_TOTAL = """| Ref | Recipient | Purpose | Amount |
|---|---|---|---|
| N-01 | Marsh Change CIC | Group course for men who abuse their partners | £90,000 |
| N-02 | Heath Lane Bowls Club | New bowling green mower | £3,000 |
"""


def _recipients(text):
    return {(o.source_line, o.organisation) for o in read(text, "invented.md").organisations if o.role == "recipient"}


def test_a_payee_of_other_work_in_a_register_with_a_total_row_is_a_recipient():
    got = _recipients(REGISTER_WITH_TOTAL)
    assert (3, "Marsh Change CIC") in got and (4, "Heath Lane Bowls Club") in got


def test_a_payee_of_other_work_in_a_register_with_no_total_row_is_not():
    got = _recipients(REGISTER_NO_TOTAL)
    assert (3, "Marsh Change CIC") in got and (4, "Heath Lane Bowls Club") not in got


# --- conflicts: a varied register row; two quoted figures both called wrong ---------------------------------------

def _differ(text, name="invented.txt"):
    return sorted(tuple(c.lines) for c in read(text, name).conflicts if c.kind == "different_amount")


VARIED = """| Ref | Recipient | Funder | Amount |
|---|---|---|---|
| AB-001 | Marsh Change | Home Office | £300,000 |
| AB-002 | Fen Support | PCC core budget | £50,000 |

1. AB-002 was varied in March to add a worker. The original award was £42,000; the table shows the varied amount.
2. AB-001 pays for the group course. Its first instalment was £150,000.
"""


def test_a_notes_original_award_for_a_row_differs_from_the_rows_varied_figure():
    assert (4, 6) in _differ(VARIED, "invented.md")


def test_a_note_naming_a_row_without_an_original_figure_is_no_variation():
    assert not [lines for lines in _differ(VARIED, "invented.md") if 7 in lines]


WRONG_BOTH = """Letters

SIR - Your report said that Norfolk's perpetrator funding had fallen from £1.2 million to £800,000. Neither figure is right.

For 2024-25 and 2025-26 the Home Office awarded Norfolk £1,138,600.

The Home Office award for 2026-27 and 2027-28 is £846,200.

Editor's note: The £800,000 figure in our report was taken from a draft paper.
"""


def test_two_quoted_figures_both_called_wrong_each_differ_from_the_award_they_misstate():
    got = _differ(WRONG_BOTH)
    assert (3, 5) in got
    assert (3, 7, 9) in got


ROUND_ONLY = """Norfolk news

Your report said that Norfolk's perpetrator funding was £800,000.

The Home Office award for 2026-27 and 2027-28 is £846,200.
"""


def test_a_round_quoted_figure_not_called_wrong_is_the_award_rounded():
    assert not [lines for lines in _differ(ROUND_ONLY) if 3 in lines and 5 in lines]


# --- a list of three kinds, the first with its own length -------------------------------------------------------

def _components(text):
    return {c.component: c for c in read(OUTCOME_INTRO_LINE + text).components}


OUTCOME_INTRO_LINE = "The Norfolk commissioner has awarded £90,000 for perpetrator work.\n\n"


def test_the_first_of_a_list_of_three_with_its_own_length_keeps_it_and_lends_it_to_none():
    got = _components("The 26-week group course, partner support and case management for high-risk men carry on next year.\n")
    assert got["group_programme"].duration_value == 26 and not got["group_programme"].cohorts
    assert got["partner_support"].duration_value is None
    assert got["case_management"].duration_value is None
    assert set(got["case_management"].cohorts) == {"men", "high_harm"}


def test_two_kinds_named_together_still_share_their_clause():
    got = _components("Men on the course get 12 one-to-one and group sessions for men who abuse their partners.\n")
    kinds = [k for k in got if k in ("one_to_one", "group_programme")]
    assert kinds and all("men" in got[k].cohorts for k in kinds)


def test_two_kinds_after_a_length_joined_by_and_still_share_their_clause():
    got = _components("A 26-week group course and case management for high-risk men start in May.\n")
    assert got["group_programme"].duration_value == 26
    assert "men" in got["group_programme"].cohorts


# --- money "towards it" after the commissioner's own money for a service -----------------------------------------

TOWARDS = """The Home Office gave Norfolk £400,000 for 2024-25 and 2025-26.

I pay for the high-harm service from my own budget, £90,000 this year, and the county council pays £30,000 a year towards it.

The Home Office grant pays for the group course, and the district council pays £20,000 a year towards it.
"""


def test_council_money_towards_a_service_the_commissioner_pays_for_is_its_grant():
    got = awards_by_key(TOWARDS)
    assert got[(3, 30000)].funding_role == "grant" and got[(3, 30000)].funder == "local authority"


def test_council_money_towards_a_grant_funded_service_stays_match_funding():
    assert awards_by_key(TOWARDS)[(5, 20000)].funding_role == "match_funding"


# --- a direct award to a provider -------------------------------------------------------------------------------

DIRECT = """The Norfolk commissioner has awarded £90,000 for perpetrator work.

7.1 That the Commissioner authorises a direct award to Marsh Change for up to three years.
7.2 That the Commissioner notes the award to the county council of a further year's funding.
"""


def test_a_direct_award_to_a_provider_commissions_it():
    roles = {(o.source_line, o.organisation, o.role) for o in read(DIRECT).organisations}
    assert (3, "Marsh Change", "commissioned_service") in roles
    assert not any(line == 4 and role == "commissioned_service" for line, _, role in roles)
