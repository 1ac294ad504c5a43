"""A note that some line is paid "from the council's own budget" says nothing about the commissioner's money (invented
texts).

A sentence with no figure saying what is paid from an own budget makes the release's unattributed money the
commissioner's own only when it is the commissioner's budget; a council's own budget ("paid from the county council's
own budget", "funded from the council's own money") is the council's, so the figures it does not name stay with no
funder rather than becoming the commissioner's own funding.
"""

from tests.release_probe import awards_by_key

BOARD = """Surrey Domestic Abuse Partnership Board report

1.1 The Board oversees £300,000 of payments in 2024-25: £250,000 for work with people who cause harm and £50,000 for refuge staff.

1.2 The refuge staff are paid from the county council's own budget.
"""

UPDATE = """Tameside community safety update

The partnership will spend £80,000 on the men's course in 2025-26.

The family worker post is paid for out of the borough council's own budget and is not part of the course.
"""

NOTE = """Harrogate partnership note

A total of £45,000 will pay for two case workers in 2025-26.

Their manager is funded from the council's own money.
"""

COMMISSIONER = """Harrogate partnership note

£45,000 will pay for two case workers in 2025-26.

The case workers are paid from the commissioner's own budget.
"""


def test_a_councils_own_budget_note_leaves_a_boards_payments_unattributed():
    got = awards_by_key(BOARD)
    whole = got[(3, 300000)]
    assert (whole.funder, whole.period_start) == ("", "2024-25")
    assert whole.funding_role != "own_funding"
    assert (got[(3, 250000)].funding_role, got[(3, 250000)].part_of_line, got[(3, 250000)].funder) == ("part", 3, "")


def test_a_borough_councils_own_budget_for_another_post():
    a = awards_by_key(UPDATE)[(3, 80000)]
    assert (a.funding_role, a.funder, a.period_start) == ("grant", "", "2025-26")


def test_the_councils_own_money_for_a_manager_is_not_the_commissioners():
    a = awards_by_key(NOTE)[(3, 45000)]
    assert (a.funding_role, a.funder) == ("total", "")


def test_the_commissioners_own_budget_note_still_names_the_payer():
    a = awards_by_key(COMMISSIONER)[(3, 45000)]
    assert (a.funding_role, a.funder) == ("own_funding", "PCC")
