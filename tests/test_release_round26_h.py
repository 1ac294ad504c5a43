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


TWO_FORCES = """# Two forces agree their shares of a perpetrator award
The commissioners for Gwent and South Wales have agreed how the Home Office's perpetrator award for 2025-26 and 2026-27 is split.
The award, shared by Gwent and South Wales, comes to £1,046,000 across the two years, out of a national fund the Home Office puts at £41m.

| Force area | 2025-26 | 2026-27 | Total |
|---|---|---|---|
| Gwent | £250,500 | £245,500 | £496,000 |
| South Wales | £277,000 | £273,000 | £550,000 |
| Total | £527,500 | £518,500 | £1,046,000 |

The allocation for Gwent includes up to £18,400 for interpreters.
A separate £27,000 has been set aside for an all-Wales evaluation by Cardigan Bay Research.
South Wales has also found £11,000 for training health visitors.
"""


def test_an_award_drawn_from_a_national_fund_is_the_areas_and_the_fund_has_no_years_of_its_own():
    got = awards_by_key(TWO_FORCES, "invented.md")
    award = got[(3, 1046000)]
    assert award.funding_role == "grant" and award.funder == "Home Office" and award.pfa_code == ""
    assert (award.period_start, award.period_end) == ("2025-26", "2026-27")
    fund = got[(3, 41000000)]
    assert fund.funding_role == "context" and not fund.period_start and not fund.period_end


def test_the_allocation_for_an_area_includes_a_piece_of_its_row_total():
    got = awards_by_key(TWO_FORCES, "invented.md")
    piece = got[(11, 18400)]
    assert piece.funding_role == "part" and piece.part_of_line == 7 and piece.funder == "Home Office"
    assert (piece.period_start, piece.period_end) == ("2025-26", "2026-27")
    assert piece.amount.qualifier == "up_to"


def test_money_for_all_wales_work_is_no_one_areas():
    got = awards_by_key(TWO_FORCES, "invented.md")
    assert got[(12, 27000)].pfa_code == "" and not got[(12, 27000)].funder


def test_money_an_area_found_itself_has_no_payer_or_years_lent():
    got = awards_by_key(TWO_FORCES, "invented.md")
    found = got[(13, 11000)]
    assert found.pfa_code == "W15000003" and not found.funder
    assert not found.period_start and not found.period_end


FIRST_YEAR = """Audit of the perpetrator grant for Devon and Cornwall
The Home Office offered the Commissioner £402,000 for perpetrator work in 2025-26, the first year of a two-year award of £796,500 running to March 2027.
The grant pays two providers. Exe Valley Change receives £290,000 of the year's grant for its group course for men.
Haldon Advocacy receives the remaining £112,000 for its partner support workers.
"""


def test_a_years_money_named_as_the_first_year_of_an_award_is_its_piece():
    got = awards_by_key(FIRST_YEAR)
    award, year = got[(2, 796500)], got[(2, 402000)]
    assert award.funding_role == "grant" and (award.period_start, award.period_end) == ("2025-26", "2026-27")
    assert year.funding_role == "part" and year.part_of_line == 2 and year.part_of_pence == 79650000
    assert (year.period_start, year.period_end) == ("2025-26", "2025-26")


def test_pieces_of_the_years_grant_and_its_remainder_are_that_years():
    got = awards_by_key(FIRST_YEAR)
    for key in [(3, 290000), (4, 112000)]:
        piece = got[key]
        assert piece.funding_role == "part" and piece.part_of_pence == 40200000, key
        assert (piece.period_start, piece.period_end) == ("2025-26", "2025-26"), key
        assert piece.funder == "Home Office", key


SERVICES = """Where things stand
The Home Office grant for perpetrator work in Norfolk is £498,000 for 2024-25 and 2025-26.
The Commissioner has added £41,000 in 2024-25 and £41,000 in 2025-26 to the Home Office money, a little under the £90,000 she promised.
Fenside Line, run by the charity Wensum Change, takes calls from people worried about their own behaviour. It costs £16,500 a year, met in full from the Commissioner's budget.
The county council has offered £64,000 over 2025-26 and 2026-27 for a child-to-parent service.
Nationally, the Home Office is spending £38m on perpetrator work over the same two years.
"""


def test_a_services_yearly_cost_is_no_years_share_of_the_sum_before():
    got = awards_by_key(SERVICES)
    cost = got[(4, 16500)]
    assert cost.funding_role == "own_funding" and cost.funder == "PCC" and cost.part_of_line is None
    assert not cost.period_start and not cost.period_end


def test_a_national_funds_same_two_years_are_its_payers_area_sums():
    got = awards_by_key(SERVICES)
    fund = got[(6, 38000000)]
    assert fund.funding_role == "context" and fund.funder == "Home Office"
    assert (fund.period_start, fund.period_end) == ("2024-25", "2025-26")


ACTIONS = """Audit of the perpetrator grant for Devon and Cornwall
The Home Office has given the Commissioner £388,000 for perpetrator work in 2025-26.

| Ref | Recommendation | Priority | Agreed action | Owner | Date |
|---|---|---|---|---|---|
| A1 | Check each payment against the claim | High | Agreed | Head of Finance | 31 Jul 2026 |
| A2 | Keep overheads within the 10% cap | Medium | Partly agreed: the Commissioner will add £4,250 from the police fund to cover the excess | Finance Lead | 30 Sep 2026 |
"""


def test_a_sentence_with_a_figure_in_a_table_of_actions_is_read_as_prose():
    got = awards_by_key(ACTIONS, "invented.md")
    top_up = got[(7, 4250)]
    assert top_up.funding_role == "match_funding" and top_up.funder == "PCC" and top_up.part_of_line is None
    assert not top_up.period_start and not top_up.period_end
    assert got[(2, 388000)].funding_role == "grant"


from release_probe import read  # noqa: E402
from funding.parse.releases.periods import parse_duration  # noqa: E402


def _components(text: str) -> dict[tuple[int, str], object]:
    return {(c.source_line, c.component): c for c in read(text).components}


COURT = """A Rochester man has been told to attend a programme for domestic abusers.
He was given a 12-month community order and told to complete the Harrier course.
Harrier is a 24-week group programme for men who have been abusive to a partner.
The team, called Medway Watch, works with men the police assess as high harm.
The commissioner's office said £540,000 pays for Harrier and £180,000 for a separate service for men the police judge to pose the greatest risk.
In its first year Harrier cost £410,000 to run.
The county council is giving £60,000 in 2025-26 towards Harrier.
"""


def test_a_courts_order_gives_no_length_to_the_course():
    assert parse_duration("an 18-month community order and a requirement to complete the course") is None
    assert parse_duration("jailed for two years") is None
    assert parse_duration("a two-year suspended sentence and a 24-week programme").value == 24
    assert parse_duration("a 26-week group course").value == 26
    got = _components(COURT)
    named = got[(2, "named_programme")]
    assert named.programme_name == "Harrier" and named.duration_value is None


def test_a_one_word_programme_paid_for_or_costed_is_named_again():
    got = _components(COURT)
    for line in (5, 6, 7):
        assert got[(line, "named_programme")].programme_name == "Harrier", line
    assert got[(5, "named_programme")].cohorts == ()  # (not the people of the separate service after it)


def test_a_service_for_those_posing_the_greatest_risk_is_high_harm():
    got = _components(COURT)
    assert "high_harm" in got[(5, "high_harm")].cohorts and "men" in got[(5, "high_harm")].cohorts


def test_a_team_called_by_a_name_is_a_named_programme():
    got = _components(COURT)
    assert got[(4, "named_programme")].programme_name == "Medway Watch"


def test_a_programme_for_domestic_abusers_is_a_behaviour_change_programme():
    got = _components(COURT)
    assert (1, "behaviour_change_programme") in got and got[(1, "behaviour_change_programme")].cohorts == ()


RESULTS_AND_SIGNPOST = """The Norfolk commissioner pays £90,000 a year for a high-harm service with a case manager for each man.
Of the 30 men given a high-harm case manager, 24 had no further police-recorded abuse.
Support: anyone affected by domestic abuse can call the free 24-hour helpline on 0808 2000 247.
"""


def test_a_count_of_those_given_a_worker_is_a_result_not_a_service():
    got = _components(RESULTS_AND_SIGNPOST)
    assert (1, "case_management") in got
    assert (2, "case_management") not in got and (2, "high_harm") not in got


def test_a_news_sites_support_signpost_names_no_helpline_of_the_service():
    got = _components(RESULTS_AND_SIGNPOST)
    assert (3, "helpline") not in got


PROVIDERS = """The grant pays two providers for the course.
Kestrelford is a 26-week group programme for men, run in Dover, Folkestone and Deal by the charity Stour Valley Futures.
Medway Advocacy receives the remaining £98,000 and employs the independent domestic violence advisers who support the partners of men on the course.
"""


def _organisations(text: str) -> set[tuple[int, str, str]]:
    return {(o.source_line, o.organisation, o.role) for o in read(text).organisations}


def test_a_charity_running_the_work_after_the_places_it_runs_in_delivers_it():
    assert (2, "Stour Valley Futures", "delivery_partner") in _organisations(PROVIDERS)


def test_a_body_employing_the_advocates_gives_the_support():
    got = _organisations(PROVIDERS)
    assert (3, "Medway Advocacy", "survivor_support_provider") in got
    assert (3, "Medway Advocacy", "recipient") in got


def test_a_body_a_payer_funds_with_a_sum_in_a_relative_clause_receives_it():
    text = ("Partners of men on the course are offered support by Fenland Women's Aid, which the county council funds "
            "separately with £36,000 a year.\n")
    got = _organisations(text)
    assert (1, "Fenland Women's Aid", "recipient") in got


def test_a_note_on_rounding_names_no_payer():
    text = ("Cheshire has been given £412,000 by the Home Office for 2025-26.\n"
            "Allocations are rounded to the nearest £100 and are the Home Office's final figures.\n")
    got = _organisations(text)
    assert (1, "Home Office", "funder") in got and (2, "Home Office", "funder") not in got
