"""Pieces of a prose whole whose own words come before their figures (corpus README, funding_role 'part').

- "made up of X's allocation of £A … and £B of last year's grant carried forward": words naming the first piece may
  stand between "made up of" and its figure; every figure after is a part of the whole;
- "adds £X to the grant in 2025-26, of which £A pays for …, £B a case manager and £C a helpline": the pieces of money
  added to a grant are parts of it and keep its payer when their own words name none;
- a piece carried forward or brought over from an earlier year is spent in its whole's year ("Of the commissioner's
  £60,000 for 2025-26, £9,800 is carried forward from his 2024-25 budget" → 2025-26).
"""

from __future__ import annotations

from release_probe import awards_by_key

DORSET = """Office of the Police and Crime Commissioner for Dorset

1. The money available for perpetrator work in 2025-26 is £512,400, made up of Dorset's Home Office allocation of £470,000 for the year and £42,400 of last year's grant brought forward.
2. The commissioner's budget adds £90,000 to the grant in 2025-26, of which £50,000 pays for extra group places, £25,000 a case manager and £15,000 a helpline.
3. Of the commissioner's £60,000 for 2025-26, £9,800 is carried forward from his 2024-25 budget.
"""

CUMBRIA = """# Cumbria decision 7/2025

The grant for 2025/26 is £300,000, comprising the county's allocation of £276,000 and £24,000 of the 2024/25 grant carried over.

The council's own budget adds £40,000 to the grant in 2025/26, of which £30,000 funds partner support and £10,000 training.
"""

NOTTS_LIKE = """Office of the Police and Crime Commissioner for Gwent

4.1 The amount payable to you for 2025-26 therefore becomes £171,300, made up of the second year of the Home Office grant (£150,000), the underspend brought forward (£9,300) and the Commissioner's contribution (£12,000).
"""


def test_made_up_of_with_words_before_the_first_figure():
    got = awards_by_key(DORSET)
    whole = got[(3, 512400)]
    assert whole.funding_role == "grant" and whole.part_of_line is None
    for pounds in (470000, 42400):
        piece = got[(3, pounds)]
        assert (piece.funding_role, piece.part_of_line) == ("part", 3)
        assert (piece.period_start, piece.period_end) == ("2025-26", "2025-26")
    got = awards_by_key(CUMBRIA, "invented.md")
    assert [(got[(3, p)].funding_role, got[(3, p)].part_of_line) for p in (276000, 24000)] == [("part", 3)] * 2
    assert got[(3, 300000)].funding_role == "grant"


def test_bracketed_pieces_after_words_make_a_total_across_funders():
    got = awards_by_key(NOTTS_LIKE)
    assert got[(3, 171300)].funding_role == "total" and got[(3, 171300)].funder == ""
    assert [(got[(3, p)].funding_role, got[(3, p)].part_of_line) for p in (150000, 9300, 12000)] == [("part", 3)] * 3
    assert got[(3, 12000)].funder == "PCC"


def test_of_which_pieces_of_added_money_keep_its_payer():
    got = awards_by_key(DORSET)
    assert got[(4, 90000)].funding_role == "match_funding" and got[(4, 90000)].funder == "PCC"
    for pounds in (50000, 25000, 15000):
        assert (got[(4, pounds)].funding_role, got[(4, pounds)].part_of_line, got[(4, pounds)].funder) == ("part", 4, "PCC")
    got = awards_by_key(CUMBRIA, "invented.md")
    assert (got[(5, 10000)].funding_role, got[(5, 10000)].funder) == ("part", "local authority")
    assert got[(5, 40000)].funding_role == "match_funding"


def test_carried_piece_takes_its_wholes_year_not_the_year_it_came_from():
    got = awards_by_key(DORSET)
    piece = got[(5, 9800)]
    assert (piece.funding_role, piece.part_of_line) == ("part", 5)
    assert (piece.period_start, piece.period_end) == ("2025-26", "2025-26")
    got = awards_by_key(CUMBRIA, "invented.md")
    assert (got[(3, 24000)].period_start, got[(3, 24000)].period_end) == ("2025-26", "2025-26")
