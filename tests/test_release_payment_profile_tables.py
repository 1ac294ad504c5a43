"""Payment profiles: a two-way table of instalments by payer under a sum stated in prose for one year (corpus README,
'Two-way tables', and money carried forward).

- A "Carried forward" or "Brought forward" column beside payers' columns, summed in the row's total, is money paid in
  the instalment (a part of its row's total, naming no payer), not a fund's balance; a table of balances with income
  and spending columns stays accounts (context).
- Every cell of the table is the year of the sum stated before it that its TOTAL equals ("The sum payable for
  2025-26 is now £150,000"), not undated.
"""

from __future__ import annotations

from release_probe import awards_by_key

NORFOLK = """Office of the Police and Crime Commissioner for Norfolk

3.1 The sum payable to you for 2025-26 is now £150,000, made up of £120,000 of Home Office grant, £12,000 carried forward and £18,000 from the commissioner's budget.
3.2 It will be paid in instalments:

     Instalment        Home Office grant   Brought forward   PCC budget   Instalment total
     April                       £30,000           £12,000            -            £42,000
     July                        £30,000                 -      £6,000             £36,000
     October                     £30,000                 -      £6,000             £36,000
     January                     £30,000                 -      £6,000             £36,000
     TOTAL                      £120,000           £12,000      £18,000           £150,000
"""

WARWICKSHIRE = """# Warwickshire perpetrator grant: payment profile

The amount due to the provider in 2026/27 is £96,000.

| Quarter | Home Office grant | Carried forward | Commissioner | Quarter total |
|---|---:|---:|---:|---:|
| Q1 | £20,000 | £8,000 | – | £28,000 |
| Q2 | £20,000 | – | £4,000 | £24,000 |
| Q3 | £20,000 | – | – | £20,000 |
| Q4 | £20,000 | – | £4,000 | £24,000 |
| TOTAL | £80,000 | £8,000 | £8,000 | £96,000 |
"""

BALANCES = """# Fund balances (Staffordshire)

| Fund | Balance brought forward | Income | Spent | Balance carried forward |
|---|---:|---:|---:|---:|
| Perpetrator fund | £14,000 | £90,000 | £85,000 | £19,000 |
"""


def test_carried_column_is_a_part_of_its_instalment_with_no_payer():
    got = awards_by_key(NORFOLK)
    cell = got[(7, 12000)]
    assert (cell.funding_role, cell.part_of_line, cell.funder) == ("part", 7, "")
    assert cell.pfa_code == "E23000024"
    assert (got[(11, 12000)].funding_role, got[(11, 12000)].funder) == ("total", "")
    got = awards_by_key(WARWICKSHIRE, "invented.md")
    cell = got[(7, 8000)]
    assert (cell.funding_role, cell.part_of_line, cell.funder) == ("part", 7, "")
    assert (cell.period_start, cell.period_end) == ("2026-27", "2026-27")
    assert got[(7, 28000)].part_of_line == 11


def test_cells_take_the_year_of_the_sum_stated_before_the_table():
    got = awards_by_key(NORFOLK)
    whole = got[(3, 150000)]
    assert whole.funding_role == "total" and whole.funder == ""
    for key in ((7, 30000), (8, 6000), (8, 36000), (11, 120000), (11, 18000), (11, 150000)):
        assert (got[key].period_start, got[key].period_end) == ("2025-26", "2025-26"), key
    assert got[(8, 6000)].funder == "PCC" and got[(11, 120000)].funder == "Home Office"


def test_a_balance_table_stays_accounts():
    got = awards_by_key(BALANCES, "invented.md")
    assert got[(5, 14000)].funding_role == "context" and got[(5, 19000)].funding_role == "context"
    assert got[(5, 85000)].funding_role == "context"
