"""A sum whose breakdown its words announce below it, one piece opening each labelled section (README: funding_role
``part``, "made up of £A plus £B"; ``total``, "a stated sum of other stated amounts"; "Row totals over years")."""

from release_probe import award_errors

#: capitals labels, a sum announced in its own sentence, the pieces each naming a payer by its label
CAPITALS = """Norfolk Police and Crime Commissioner

Norfolk will have £500,000 over two years, from April 2025 to March 2027, for work with abusive men, the commissioner said.

The money comes from three sources, shown below by funder.

HOME OFFICE
£300,000 for the two years.

THE COMMISSIONER
£120,000 added to the grant over the two years.

NORFOLK COUNTY COUNCIL
£80,000 for 2025-26 only.
"""

#: plain labels, the breakdown announced in the next sentence, one piece itself a sum over its years
PLAIN_LABELS = """Cumbria perpetrator programme

Over the two years from April 2025 the work costs £410,000. This is made up of the sums set out below.

From the Home Office grant
£250,000 in total, of which £120,000 is for 2025-26 and £130,000 for 2026-27.

From Cumbria County Council
£160,000 over the same two years.
"""

#: markdown headings between the sum and its pieces
MARKDOWN = """# Dorset funding for work with perpetrators

Dorset has £330,000 for 2025-26. The money is broken down below by payer.

## Home Office

£210,000 for the group course.

## Dorset Council

£120,000 for one-to-one work.
"""

#: no announcement: the labelled sums under their own headings are separate money, whatever they add up to
UNANNOUNCED = """Devon perpetrator work

Devon will have £200,000 for 2025-26 for work with abusive men.

HOME OFFICE
£150,000 for the group course in 2025-26.

DEVON COUNTY COUNCIL
£50,000 for one-to-one work in 2025-26.
"""


def test_capitals_labels_under_an_announced_sum_are_its_parts():
    assert award_errors(CAPITALS, {
        (3, 500000): dict(role="total", funder=None, part=None),
        (8, 300000): dict(role="part", funder="Home Office", part=3, start="2025-26", end="2026-27"),
        (11, 120000): dict(role="part", part=3),
        (14, 80000): dict(role="part", funder="local authority", part=3, start="2025-26", end="2025-26"),
    }) == []


def test_a_piece_split_over_its_years_is_still_a_part_of_the_sum():
    assert award_errors(PLAIN_LABELS, {
        (3, 410000): dict(role="total", funder=None, part=None),
        (6, 250000): dict(role="part", funder="Home Office", part=3),
        (6, 120000): dict(role="part", part=6, start="2025-26", end="2025-26"),
        (9, 160000): dict(role="part", funder="local authority", part=3),
    }) == []


def test_markdown_headings_do_not_hide_an_announced_breakdown():
    assert award_errors(MARKDOWN, {
        (3, 330000): dict(role="total", funder=None, part=None),
        (7, 210000): dict(role="part", funder="Home Office", part=3),
        (11, 120000): dict(role="part", funder="local authority", part=3),
    }) == []


def test_sums_under_labels_without_an_announcement_stay_apart():
    assert award_errors(UNANNOUNCED, {
        (6, 150000): dict(role="grant", part=None),
        (9, 50000): dict(role="grant", part=None),
    }) == []


#: a sum added to the grant, paid in two yearly pieces, under a labelled breakdown; and the same split in plain prose
YEARLY_PIECES = """Essex perpetrator money

Essex has £600,000 for April 2025 to March 2027. The sum is made up of two pieces, listed below.

HOME OFFICE GRANT
£400,000 over the two years.

THE COMMISSIONER'S OWN BUDGET
£200,000 added to the grant, paid as £100,000 in the financial year 2025 to 2026 and £100,000 in the financial year 2026 to 2027.
"""

PLAIN_YEARLY = """Kent perpetrator work

The council is adding £84,000 to the grant, paid as £42,000 in the financial year 2025 to 2026 and £42,000 in the financial year 2026 to 2027.
"""


def test_a_pieces_own_yearly_split_completes_under_the_labelled_breakdown():
    assert award_errors(YEARLY_PIECES, {
        (3, 600000): dict(role="total", funder=None),
        (6, 400000): dict(role="part", funder="Home Office", part=3),
        (9, 200000): dict(role="part", funder="PCC", part=3, start="2025-26", end="2026-27"),
        (9, 100000, "2025-26"): dict(role="part", part=9, end="2025-26"),
        (9, 100000, "2026-27"): dict(role="part", part=9, end="2026-27"),
    }) == []


def test_both_yearly_pieces_of_a_sum_are_its_parts():
    assert award_errors(PLAIN_YEARLY, {
        (3, 84000): dict(role="match_funding", funder="local authority", part=None, start="2025-26", end="2026-27"),
        (3, 42000, "2025-26"): dict(role="part", part=3),
        (3, 42000, "2026-27"): dict(role="part", part=3),
    }) == []


#: a two-year sum of two payers, then one payer's share split by year in the next sentence
SHARE_BY_YEAR = """Rutland perpetrator grant

The commissioner offers a grant of £300,000 for April 2026 to March 2028. The grant is made up of £220,000 from the Home Office fund and £80,000 from her own budget. The Home Office share is £100,000 in 2026-27 and £120,000 in 2027-28.
"""


def test_one_payers_share_split_by_year_is_split_from_that_share():
    assert award_errors(SHARE_BY_YEAR, {
        (3, 100000): dict(role="part", part=3, start="2026-27", end="2026-27"),
        (3, 120000): dict(role="part", part=3, start="2027-28", end="2027-28"),
    }) == []
    from release_probe import awards
    got = {a.amount.pence // 100: a for a in awards(SHARE_BY_YEAR) if a.source_line == 3}
    assert got[100000].funder == "Home Office" and got[120000].funder == "Home Office"


#: the same letter with one sentence a line: the yearly figures are parts of the Home Office share's line
SHARE_BY_YEAR_LINES = """Rutland perpetrator grant

The commissioner offers a grant of £300,000 for April 2026 to March 2028.
The grant is made up of £220,000 from the Home Office fund and £80,000 from her own budget.
The Home Office share is £100,000 in 2026-27 and £120,000 in 2027-28.
"""


def test_the_yearly_split_is_a_part_of_the_share_it_adds_up_to():
    assert award_errors(SHARE_BY_YEAR_LINES, {
        (5, 100000): dict(role="part", part=4, funder="Home Office", start="2026-27", end="2026-27"),
        (5, 120000): dict(role="part", part=4, funder="Home Office", start="2027-28", end="2027-28"),
    }) == []


#: the sum's own "in all"/"altogether" words come straight after it; the first piece after them is no total
IN_ALL_THEN_PIECES = ("""Kent perpetrator work

The package, worth £200,000 in all, brings together £120,000 from the Home Office, £50,000 from the Commissioner's own budget and £30,000 from Kent County Council.
""", """Kent perpetrator work

Funding is £200,000 altogether, combining £120,000 from the Home Office, £50,000 from the Commissioner's own budget and £30,000 from Kent County Council.
""")


def test_sum_words_after_a_figure_are_its_own_not_the_next_figures():
    for text in IN_ALL_THEN_PIECES:
        assert award_errors(text, {
            (3, 200000): dict(role="total", funder=None, part=None),
            (3, 120000): dict(role="part", funder="Home Office", part=3),
            (3, 50000): dict(role="part", funder="PCC", part=3),
            (3, 30000): dict(role="part", funder="local authority", part=3),
        }) == [], text


#: a closing sum that counts in every funder's money is a total across funders, not the release funder's grant
COUNTING_FUNDERS = """Kent perpetrator work

The Home Office gives us £150,000 for each of 2025-26 and 2026-27.

The commissioner has added £20,000 a year from her own budget to that grant for both years.

Kent County Council pays us £30,000 this financial year for the Dover group.

Counting every {noun}, that comes to £370,000 across the two years.
"""


def test_a_sum_counting_every_funder_is_a_total_with_no_funder():
    for noun in ("funder", "payer", "source"):
        assert award_errors(COUNTING_FUNDERS.format(noun=noun), {
            (9, 370000): dict(role="total", funder=None, part=None),
        }) == [], noun


#: a pot the Home Office offers areas in general money from is context, however small beside the national fund
POT_FOR_AREAS = ("""Kent perpetrator work

The Home Office grant for Kent is £300,000 for 2026-27.
In June the Home Office offered areas an in-year addition from a £6 million reserve. Kent's share is £40,000.
""", """Kent perpetrator work

The Home Office grant for Kent is £300,000 for 2026-27.
A top-up was made available to all commissioners out of the £4.5m contingency fund, and Kent bid for £40,000.
""")


def test_a_pot_offered_to_areas_is_context_not_an_areas_grant():
    for text, pounds in zip(POT_FOR_AREAS, (6000000, 4500000)):
        from release_probe import awards
        pot = [a for a in awards(text) if a.amount.pence // 100 == pounds]
        assert [(a.funding_role, a.pfa_code or None) for a in pot] == [("context", None)], text


def test_an_areas_share_of_a_pot_is_its_own_award_not_a_piece_of_its_grant():
    from release_probe import awards
    share = [a for a in awards(POT_FOR_AREAS[0]) if a.amount.pence // 100 == 40000]
    assert [(a.funding_role, a.part_of_line, a.pfa_code) for a in share] == [("grant", None, "E23000032")]
