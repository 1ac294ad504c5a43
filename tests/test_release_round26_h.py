"""Rules found on the twenty-sixth round's tune releases (tuner H): pledge trackers, internal audits and
allocation releases.

Invented texts (not from the corpus): a table's lead-in naming "the same two years" and its unit in prose with a
note after it, a claims table whose "Paid" column sits beside a spending column, and a claims table whose TOTAL
restates a provider's share of a grant stated in prose.
"""

from __future__ import annotations

from release_probe import awards, awards_by_key


TRACKER = """Our plan for safer families
The Home Office grant for work with perpetrators in Norfolk is £540,800 for 2025-26 and 2026-27.
The table below covers the same two years and is shown in £k.
Pledges 4 and 5 have no money of their own and are left out of the table.

Pledge | Promised (£k) | Spent so far (£k)
1. A group course in every district | 150.0 | 96.5
2. A helpline open every evening | 24.0 | 20.0
Total | 174.0 | 116.5
"""


def test_a_table_lead_in_naming_the_same_years_dates_its_cells_past_a_note_and_a_unit_in_prose():
    got = awards_by_key(TRACKER)
    for key in [(7, 150000), (8, 24000), (9, 174000)]:
        assert (got[key].period_start, got[key].period_end) == ("2025-26", "2026-27"), key
    assert got[(7, 150000)].funding_role == "part" and got[(7, 150000)].part_of_line == 9
    # the spending column is context and keeps the table's period (README, "Spending against a budget")
    spent = got[(7, 96500)]
    assert spent.funding_role == "context" and spent.pfa_code == ""
    assert (spent.period_start, spent.period_end) == ("2025-26", "2026-27")


AUDIT = """Internal audit of the perpetrator grant, 2025-26
The Home Office gave the Commissioner £380,000 for perpetrator work in 2025-26.
Tamar Change receives £240,200 of the Home Office grant for its group course for men.

Claims tested (Tamar Change, 2025-26)

| Quarter | Profile (£) | Actual spend claimed (£) | Paid (£) |
|---|---|---|---|
| Q1 | 60,050 | 58,120 | 58,120 |
| Q2 | 60,050 | 61,300 | 60,050 |
| Q3 | 60,050 | 59,400 | 59,400 |
| Q4 | 60,050 | 62,875 | 62,875 |
| **Total** | **240,200** | **241,695** | **240,445** |
"""


def test_a_paid_column_beside_a_spending_column_is_spending():
    got = awards(AUDIT, "invented.md")
    q2 = sorted((a.amount.pence // 100, a.funding_role) for a in got if a.source_line == 10)
    assert q2 == [(60050, "context"), (60050, "part"), (61300, "context")]
    paid_total = [a for a in got if a.amount.pence == 24044500]
    assert paid_total and paid_total[0].funding_role == "context" and paid_total[0].pfa_code == ""


def test_a_claims_tables_total_restating_a_share_takes_its_payer():
    got = awards_by_key(AUDIT, "invented.md")
    total = got[(13, 240200)]
    assert total.funding_role == "total" and total.funder == "Home Office"
    profile = [a for a in awards(AUDIT, "invented.md") if a.source_line == 10 and a.funding_role == "part"]
    assert profile and all(a.funder == "Home Office" and a.part_of_line == 13 for a in profile)


GRANTS_PAID = """Grants paid in 2024-25

| Recipient | Purpose | Paid (£) |
|---|---|---|
| Moorside Change | Group course for men | 84,300 |
| Fenland Women's Aid | Partner support | 31,750 |
| Total | | 116,050 |
"""


def test_a_paid_column_with_no_spending_column_beside_it_stays_money_awarded():
    got = awards_by_key(GRANTS_PAID, "invented.md")
    assert got[(5, 84300)].funding_role == "part" and got[(5, 84300)].part_of_line == 7
    assert got[(7, 116050)].funding_role == "total"
