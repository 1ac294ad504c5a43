"""Which stated sum governs a later figure that does not restate it: the rest of a sum one piece was said to be "of",
one payer's piece named again as that payer's money, one year's sum named as the subject, a sum named again by its
noun, and more money past a sum whose pieces are all stated or under another payer's heading (README: funding_role
``part``, "a piece of another stated amount", "of which"; ``total``, "over several funders"; "Headings naming a
funder")."""

from release_probe import award_errors

#: a total, then its pieces in the next sentence: the first said to be "of that", the rest listed with the verb left out
REST_LISTED = """Norfolk commissioner's package

Norfolk will spend £600,000 on work with abusive men over 2025-27, the commissioner said.
The Home Office pays £450,000 of that, her own budget £100,000 and the county council £50,000.
"""

#: the same, the second piece with a verb of its own that adds it to the grant
REST_ADDED = """Work with stalkers in Lincolnshire

A new stalking service opens in April with £275,000 in all for 2026-27 and 2027-28.
The Ministry of Justice is giving £200,000 of this, and the commissioner is adding £75,000 from his own budget to the grant.
"""

#: pieces after "of that" that do not make up the rest: separate money, left as it was read
REST_NOT_MADE_UP = """Cumbria update

Cumbria has £500,000 in all for the group course over 2025-27.
The Home Office pays £400,000 of that, and the council has separately given £30,000 for training.
"""


def test_the_rest_of_a_sum_listed_without_verbs_are_its_parts():
    assert award_errors(REST_LISTED, {
        (3, 600000): dict(role="total", funder=None, part=None),
        (4, 450000): dict(role="part", funder="Home Office", part=3),
        (4, 100000): dict(role="part", funder="PCC", part=3, start="2025-26", end="2026-27"),
        (4, 50000): dict(role="part", part=3, start="2025-26", end="2026-27"),
    }) == []


def test_money_added_to_the_grant_that_makes_up_the_rest_is_a_part():
    assert award_errors(REST_ADDED, {
        (3, 275000): dict(role="total", funder=None),
        (4, 200000): dict(role="part", funder="Ministry of Justice", part=3),
        (4, 75000): dict(role="part", funder="PCC", part=3, start="2026-27", end="2027-28"),
    }) == []


def test_figures_that_do_not_make_up_the_rest_stay_apart():
    assert award_errors(REST_NOT_MADE_UP, {
        (4, 400000): dict(role="part", part=3),
        (4, 30000): dict(part=None),
    }) == []


#: one payer's piece of a sum across funders, then that payer's money split by instalments
PAYERS_PIECE_SPLIT = """Essex perpetrator package

Essex has £520,000 in all for 2025-26 and 2026-27.
The Home Office grant provides £400,000 of that, and the council is adding £120,000 from its reserves to the grant.
The Home Office money is paid in two instalments: £190,000 for 2025-26 and £210,000 for 2026-27.
"""


def test_a_payers_money_named_again_is_its_piece_not_the_whole():
    assert award_errors(PAYERS_PIECE_SPLIT, {
        (5, 190000): dict(role="part", part=4, funder="Home Office"),
        (5, 210000): dict(role="part", part=4, funder="Home Office"),
    }) == []


#: a grant profiled by year, then money carried forward said to be inside one year's figure
YEARS_FIGURE = """DECISION RECORD 12/2026

1. The Home Office has confirmed £700,000 for Kent over 2026-28.
2. This is profiled as £340,000 in 2026/27 and £360,000 in 2027/28.
3. The 2026/27 figure includes £18,000 carried forward from 2025/26.
"""

#: a two-way table of payers by year, then a line naming one payer's figure for one year
YEARS_PAYERS_FIGURE = """## Funding

The package is made up of £410,000 of Home Office grant and £80,000 of council match funding.

| Source | 2025/26 | 2026/27 | Total |
|---|---|---|---|
| Home Office grant | £200,000 | £210,000 | £410,000 |
| County Council (match) | £40,000 | £40,000 | £80,000 |
| **TOTAL** | **£240,000** | **£250,000** | **£490,000** |

The 2025/26 Home Office figure includes £12,000 carried forward from 2024/25.
"""


def test_a_piece_of_one_years_figure_named_before_it_is_that_years_part():
    assert award_errors(YEARS_FIGURE, {
        (5, 18000): dict(role="part", part=4, start="2026-27", end="2026-27"),
    }) == []


def test_one_years_figure_named_with_its_payer_is_that_payers_row():
    assert award_errors(YEARS_PAYERS_FIGURE, {
        (11, 12000): dict(role="part", part=7, funder="Home Office", start="2025-26", end="2025-26"),
    }) == []


#: a grant, other money added, a table and its total restated, then the grant's profile named by its noun
PROFILE_FAR_BACK = """# Rutland Council: accepting the perpetrator grant

1.1 The Council accepts a grant of £300,000 from the Home Office for 2026-28.

1.2 The Council adds £40,000 from its reserve to the grant.

## Money

| Source | 2026/27 | 2027/28 | Total |
|---|---|---|---|
| Home Office grant | £145,000 | £155,000 | £300,000 |
| Council reserve | £20,000 | £20,000 | £40,000 |
| **Total** | **£165,000** | **£175,000** | **£340,000** |

2.1 Altogether, the package comes to £340,000 over the two years.

2.2 The Council has made its contribution available from its reserve, and the Council's officers will report on it.

2.3 The Council's officers will report to the Executive twice a year on how the money is spent.

2.4 The grant is profiled as £145,000 for 2026/27 and £155,000 for 2027/28.

2.5 A further £9,000 has been set aside in 2026/27 for interpreters.
"""


def test_a_profile_named_by_its_noun_is_of_the_grant_not_the_package():
    assert award_errors(PROFILE_FAR_BACK, {
        (21, 145000): dict(role="part", part=3),
        (21, 155000): dict(role="part", part=3),
    }) == []


def test_more_money_past_a_sum_whose_pieces_are_all_stated_is_not_its_piece():
    assert award_errors(PROFILE_FAR_BACK, {
        (23, 9000): dict(role="grant", part=None),
    }) == []


#: a package, then more money under a heading naming another payer
FURTHER_UNDER_HEADING = """<h1>Two more years for Surrey's programme</h1>
<p>The Home Office grant is £400,000 for 2026-28.</p>
<p>The commissioner adds £60,000 of her own to the grant, which brings the package to £460,000.</p>
<h2>What it pays for</h2>
<p>A group course for men, and support for their partners.</p>
<h2>Ministry of Justice</h2>
<p>A further £45,000 a year pays for an adviser who works with partners.</p>
"""


def test_more_money_under_another_payers_heading_is_that_payers_own():
    assert award_errors(FURTHER_UNDER_HEADING, {
        (7, 45000): dict(role="grant", part=None, funder="Ministry of Justice"),
    }) == []


#: a sentence opening on what its money is added to, the payer's verb not itself one of adding
ADDED_OPENER = """Somerset abuser course funded again

The Home Office has given Somerset £300,000 for 2025-26 for its group course.
On top of the grant, the county's commissioner, Jane Doe, is putting in £20,000 a year from her own budget.
"""


def test_an_opening_phrase_of_addition_governs_the_payers_money_in_its_sentence():
    assert award_errors(ADDED_OPENER, {
        (4, 20000): dict(role="match_funding", funder="PCC", part=None),
    }) == []


#: a round-up's areas' shares, then what the counted, named areas get between them
COUNTED_NAMED = """# Three forces' shares of the round

## Avon
Avon gets £300,000 from the Home Office round.

## Wiltshire
Wiltshire gets £200,000.

## Gloucestershire
Gloucestershire gets £150,000.

## In all
One more force, which asked not to be named, gets about £90,000.
Between them the three named forces get £650,000 from the round.
"""


def test_what_the_counted_named_areas_get_between_them_is_their_total():
    assert award_errors(COUNTED_NAMED, {
        (14, 650000): dict(role="total", part=None),
    }) == []


#: a yearly rate, then a sum of its own that is not a rate: not a piece of the rate
AFTER_A_RATE = """Norfolk partner support

The Ministry of Justice pays £50,000 a year for an adviser for partners.
An evaluation by a university team will cost £20,000 over the two years.
"""


def test_a_sum_after_a_yearly_rate_is_not_spent_out_of_it():
    assert award_errors(AFTER_A_RATE, {
        (4, 20000): dict(role="grant", part=None),
    }) == []


#: a piece of a sum named by its owner's name, then pieces "of the allocation" listed with the verb left out
OWNERS_ALLOCATION = """Avon and Somerset shares out its grant

The commissioner has set aside £150,000 of Avon and Somerset's £900,000 Home Office allocation for Bath, over 2026-28.

Elsewhere, Bristol City Council will receive £250,000 of the allocation and North Somerset Council £200,000.
"""


def test_a_piece_of_a_sum_named_by_its_owner_is_its_part():
    assert award_errors(OWNERS_ALLOCATION, {
        (3, 150000): dict(role="part", part=3, funder="Home Office"),
        (3, 900000): dict(role="grant", part=None, funder="Home Office"),
    }) == []


def test_pieces_of_the_allocation_listed_with_the_verb_left_out_are_its_parts():
    assert award_errors(OWNERS_ALLOCATION, {
        (5, 250000): dict(role="part", part=3),
        (5, 200000): dict(role="part", part=3),
    }) == []


#: an award, a note that gives it as the right figure against another, then the award's profile
RIGHT_FIGURE_THEN_PROFILE = """Lancashire's money for work with abusers

Lancashire will spend £380,000 of Home Office money on work with abusers from April 2025, the commissioner said.

## Figures questioned

A committee paper gave the Home Office sum as £308,000; the commissioner's office said the right figure is £380,000.

## Notes

1. The Home Office money is profiled as £200,000 in 2025-26 and £180,000 in 2026-27.
"""


def test_pieces_after_a_correction_are_of_the_award_not_the_corrections_figure():
    assert award_errors(RIGHT_FIGURE_THEN_PROFILE, {
        (11, 200000): dict(role="part", part=3),
        (11, 180000): dict(role="part", part=3),
    }) == []


#: a recommendation opening "That Cabinet approves …", a yearly sum in it: no piece of the sum before
RESOLUTION = """RECOMMENDATIONS
2.1 That Cabinet accepts the grant of £300,000 from the Home Office for 2025/26 and 2026/27.
2.2 That Cabinet approves match funding of £20,000 in each of 2025/26 and 2026/27 from the Safer Streets reserve.
"""


def test_a_resolutions_that_is_no_pronoun_for_the_sum_before():
    assert award_errors(RESOLUTION, {
        (3, 20000, "2025-26"): dict(role="match_funding", part=None),
        (3, 20000, "2026-27"): dict(role="match_funding", part=None),
    }) == []


#: one year's money named after the figure: "of the 2025/26 money"
YEARS_MONEY = """1.1 Kent's award over 2025-27 was £600,000 from the Home Office.
1.2 The agreement profiles it as £290,000 for 2025/26 and £310,000 for 2026/27.
2.1 £15,000 of the 2025/26 money was not spent because the Ashford group started late.
"""


def test_a_piece_of_one_years_money_is_that_years_part():
    assert award_errors(YEARS_MONEY, {
        (3, 15000): dict(role="part", part=2, funder="Home Office", start="2025-26", end="2025-26"),
    }) == []


#: pieces that are the subject of the verb making their total, not adding up to it
MADE_INTO_A_TOTAL = """Surrey gets £400,000 from the Home Office round for 2025-27.
Its £400,000 share and £50,000 of the commissioner's own money make a combined £460,000, her office says.
"""


def test_pieces_that_make_a_combined_total_are_its_parts_even_when_they_do_not_add_up():
    assert award_errors(MADE_INTO_A_TOTAL, {
        (2, 460000): dict(role="total", part=None),
        (2, 400000): dict(role="part", part=2),
        (2, 50000): dict(role="part", part=2, funder="PCC"),
    }) == []


def test_a_grant_restated_as_a_piece_of_a_total_across_funders_keeps_its_payer():
    assert award_errors(MADE_INTO_A_TOTAL, {
        (2, 400000): dict(funder="Home Office"),
    }) == []


#: counted areas taking a sum between them, that is the sum of each area's grant stated before
COUNTED_TAKE = """THE SOUTH WEST
Avon and Somerset receives £500,000 from the Home Office round.

Wiltshire gets £200,000 from the Home Office round.

Dorset gets £300,000 from the Home Office round.

THE REGION
Between them, the three areas take £1,000,000 of the round.
"""


def test_what_counted_areas_take_between_them_is_their_total_with_their_payer():
    assert award_errors(COUNTED_TAKE, {
        (9, 1000000): dict(role="total", part=None, funder="Home Office"),
    }) == []


#: a correction whose right figure restates a total: the figure it corrects is that total too
CORRECTED_TOTAL = """Cheshire stalking service

The service has £200,000 from the Home Office and £50,000 from the commissioner, £250,000 in all.

Correction: An earlier version of this story said the package was worth £255,000. The office has since given the exact figure as £250,000.
"""


def test_the_figure_a_note_corrects_is_the_restated_total_too():
    assert award_errors(CORRECTED_TOTAL, {
        (5, 255000): dict(role="total"),
        (5, 250000): dict(role="total"),
    }) == []


#: a grant stated by its noun, restating one payer's TOTAL row
GRANT_RESTATES_COLUMN = """1.1 The Home Office has confirmed that Kent will receive £300,000 in 2025/26 for work with perpetrators.

   Provider                     Service                       Amount
   Medway Change CIC            Group course for men          £200,000
   Kent Women's Centre          Support for partners          £100,000
   TOTAL                                                      £300,000

6.1 The grant of £300,000 is allocated in full.
"""


def test_a_grant_named_by_its_noun_restating_one_payers_total_stays_a_grant():
    assert award_errors(GRANT_RESTATES_COLUMN, {
        (8, 300000): dict(role="grant"),
    }) == []


#: a sum stated with no payer, then stated again as a total across funders with its pieces
TOTAL_STATED_AGAIN = """**Q2. Cllr Ann Example**
The Commissioner's report gives £520,000 for perpetrator services. Does that include council money?

**A2.** No. The £520,000 in the report is the Home Office grant of £450,000 plus the Commissioner's £70,000.
"""


def test_a_sum_stated_again_as_a_total_across_funders_is_that_total():
    assert award_errors(TOTAL_STATED_AGAIN, {
        (2, 520000): dict(role="total", funder=None),
        (4, 520000): dict(role="total", funder=None),
    }) == []
