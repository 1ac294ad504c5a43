"""Rules added while tuning on the twenty-sixth round's releases (tuner G): invented sentences in the genre's wording,
with the facts the corpus README's conventions give them."""

from release_probe import award_errors, awards_by_key, read

from funding.parse.releases.places import find_areas


# --- A council's style in a capitalised letterhead places nothing ---------------------------------------------

LETTERHEAD_COUNCIL = """ASHGROVE METROPOLITAN BOROUGH COUNCIL
Revenue budget 2025/26 - Cabinet, 4 March 2025

3.1 The council pays £84,000 from its own base budget for a group course for men in 2025/26.
3.2 The Mayor of Greater Manchester's grant for perpetrator work is £52,000 in 2025/26.
"""


def test_metropolitan_in_a_capitalised_council_name_is_not_london():
    assert find_areas("ASHGROVE METROPOLITAN BOROUGH COUNCIL") == []
    assert find_areas("Ashgrove Metropolitan District Council") == []
    # the force's own name still places
    assert find_areas("the Metropolitan Police")[0][2] == "E23000001"


def test_a_capitalised_metropolitan_letterhead_leaves_the_area_named_in_the_text():
    got = awards_by_key(LETTERHEAD_COUNCIL)
    assert {a.pfa_code for a in got.values()} == {"E23000005"}  # Greater Manchester, never London


# --- A list closed by its own "Total:" line, under a lead-in read as dividing an earlier sum --------------------

YEARS_LIST_WITH_TOTAL = """The Home Office has offered Durham £140,000 for 2026-27.
The commissioner is adding £60,000 from her own budget to that grant.
Two district councils have also agreed £25,000 between them for 2026-27.

How the 2026-27 money will be spent:
- Group course for men: £120,000
- Partner support: £50,000
- Case management for high-harm men: £30,000
Total: £200,000
"""


def test_list_items_summing_to_their_total_line_are_its_parts_not_the_earlier_sums():
    assert award_errors(YEARS_LIST_WITH_TOTAL, {
        (6, 120000): dict(role="part", part=9, start="2026-27", end="2026-27"),
        (7, 50000): dict(role="part", part=9, start="2026-27", end="2026-27"),
        (8, 30000): dict(role="part", part=9, start="2026-27", end="2026-27"),
        (9, 200000): dict(role="total", part=None, start="2026-27", end="2026-27"),
    }) == []


def test_a_total_equal_to_a_grant_and_its_top_up_has_no_funder():
    # £140,000 from the Home Office plus the commissioner's £60,000 added to it: the year's money from two payers
    assert award_errors(YEARS_LIST_WITH_TOTAL, {
        (9, 200000): dict(role="total", funder=None),
        (6, 120000): dict(funder=None),
        (1, 140000): dict(role="grant", funder="Home Office"),
        (2, 60000): dict(role="match_funding", funder="PCC"),
    }) == []


ONE_PAYERS_LIST = """The Home Office has offered Durham £200,000 for 2026-27.

How the 2026-27 money will be spent:
- Group course for men: £120,000
- Partner support: £80,000
Total: £200,000
"""


def test_a_list_total_equal_to_one_grant_keeps_its_payer():
    assert award_errors(ONE_PAYERS_LIST, {
        (6, 200000): dict(funder="Home Office"),
        (4, 120000): dict(role="part", funder="Home Office"),
    }) == []


# --- A subject's money past a relative aside holding another figure -------------------------------------------

SUBJECT_PAST_AN_ASIDE = """Norfolk's commissioner has confirmed a Home Office grant of £210,000 for 2026-27.
The three district councils, which had paid £15,000 a year each towards the course, have agreed a bridging sum of £27,000 between them to cover April to June 2027.
"""


def test_figure_after_a_relative_aside_is_the_sentence_subjects_money():
    got = awards_by_key(SUBJECT_PAST_AN_ASIDE)
    assert got[(2, 27000)].funder == "local authority"
    assert got[(2, 15000)].funder == "local authority"
    assert got[(1, 210000)].funder == "Home Office"


def test_an_aside_naming_no_other_figure_changes_nothing():
    text = ("Norfolk's commissioner has confirmed a Home Office grant of £210,000 for 2026-27.\n"
            "The council, which runs the family service, has agreed £27,000 for 2026-27.\n")
    assert awards_by_key(text)[(2, 27000)].funder == "local authority"
