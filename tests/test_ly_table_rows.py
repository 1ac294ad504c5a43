"""Rows of tables read by the release reader (invented texts; README conventions on unrelated money)."""

from release_probe import awards_by_key

#: a council's grants-paid list: a payee, a description, and a funding-source column naming funds by title
GRANTS_PAID = (
    "Payments made by Ashdown District Council, April to June 2025.\n"
    "\n"
    "| Payee | Purpose | Funding source | Amount |\n"
    "|---|---|---|---|\n"
    "| Ridgeway Change CIC | Group course for men who abuse a partner | OPCC (Home Office grant) | £14,200 |\n"
    "| Hollins Lane Scout Group | New tents for the summer camp | Council | £2,600 |\n"
    "| Ashdown Pantry | Winter food parcels | Household Support Fund | £4,400 |\n"
    "| Meadow Women's Centre | Support for partners of men on the course | Council match funding | £3,100 |\n"
)


def test_a_payees_name_and_a_funds_title_do_not_make_a_row_about_the_work():
    got = awards_by_key(GRANTS_PAID)
    assert (5, 14200) in got and (8, 3100) in got
    # "Scout Group" names who is paid and "Household Support Fund" the fund: neither row pays for the work
    assert (6, 2600) not in got
    assert (7, 4400) not in got
