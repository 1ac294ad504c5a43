"""A piece "of the Home Office grant" in a plan whose funding table lists one year's Home Office money as a row, when
the grant stated in prose is the county's award over several years (invented texts).

An action plan or partnership report sets out its year's money by source in a table under a TOTAL, then says the
county's commissioner was awarded a Home Office grant over two years; an action "funded by £X of the Home Office grant"
is spent from the year's Home Office row: a part of that row, in its year, not of the two-year award.
"""

from tests.release_probe import awards_by_key

ALIGNED = """Bracknell Community Safety Partnership: domestic abuse plan 2024-25

FUNDING FOR 2024-25

    Source                                             Amount
    Home Office grant (via the OPCC)                  £120,000
    Bracknell Forest Council match funding             £30,000
    TOTAL                                             £150,000

The Office of the Police and Crime Commissioner for Thames Valley was awarded £700,000 by the Home Office for the two years from April 2024.

Action 3: Run a group course for men who abuse a partner. Funding: £60,000 of the Home Office grant.
Action 4: Case workers for men on the course. Funding: £35,000 of the Home Office grant.
"""

MARKDOWN = """## Tamworth partnership funding, 2025-26

| Source | Amount |
|---|---|
| Home Office perpetrator grant | £90,000 |
| Tamworth Borough Council | £20,000 |
| Total | £110,000 |

Staffordshire's commissioner was awarded £540,000 by the Home Office for April 2025 to March 2027.

£45,000 of the Home Office grant will pay for the group course, and £15,000 of the Home Office grant for partner support.
"""

ONE_YEAR = """## Tamworth partnership funding, 2025-26

| Source | Amount |
|---|---|
| Home Office perpetrator grant | £90,000 |
| Tamworth Borough Council | £20,000 |
| Total | £110,000 |

Staffordshire's commissioner was awarded £270,000 by the Home Office for 2025-26.

£45,000 of the Home Office grant will pay for the group course.
"""


def test_an_actions_piece_of_the_grant_is_a_part_of_the_years_row():
    got = awards_by_key(ALIGNED)
    for key in ((12, 60000), (13, 35000)):
        a = got[key]
        assert (a.funding_role, a.part_of_line, a.funder) == ("part", 6, "Home Office")
        assert (a.period_start, a.period_end) == ("2024-25", "2024-25")
    assert (got[(10, 700000)].period_start, got[(10, 700000)].period_end) == ("2024-25", "2025-26")


def test_pieces_in_prose_after_a_markdown_funding_table():
    got = awards_by_key(MARKDOWN)
    for key in ((11, 45000), (11, 15000)):
        a = got[key]
        assert (a.funding_role, a.part_of_line, a.funder, a.period_start, a.period_end) == (
            "part", 5, "Home Office", "2025-26", "2025-26")


def test_a_one_year_grant_in_prose_stays_the_whole():
    a = awards_by_key(ONE_YEAR)[(11, 45000)]
    assert (a.funding_role, a.part_of_line, a.funder) == ("part", 9, "Home Office")
