"""Round 31 (ad): readings of wordings and structures met in a plan tracker, an evaluation annex, an MP's post and a
membership body's case study.

Every text here is invented for the test (none is copied from the corpus).
"""

from __future__ import annotations

import pytest

from release_probe import awards_by_key


# --- spending columns take the one year of the budget columns beside them -------------------------------------------

def _tracker(header: str) -> str:
    return ("Office of the Police and Crime Commissioner for Dorset\n\n"
            f"| Item | Funded by | {header} | Notes |\n|---|---|---:|---:|---|\n"
            "| Group course for men | Home Office | £210,000 | £150,500 | On track |\n"
            "| Partner support | Commissioner's budget | £45,000 | £31,250 | |\n")


@pytest.mark.parametrize("header", [
    "Budget 2025/26 | Spend to date",
    "2026-27 budget | Spent so far",
    "Allocation 2024-25 | Actual to date",
])
def test_spending_cells_keep_the_one_year_of_the_budget_column(header):
    got = awards_by_key(_tracker(header))
    year = [a for (line, pounds), a in got.items() if pounds == 210000][0].period_start
    for pounds in (150500, 31250):
        spend = [a for (line, p), a in got.items() if p == pounds][0]
        assert spend.funding_role == "context"
        assert (spend.period_start, spend.period_end) == (year, year)


@pytest.mark.parametrize("header", [
    "Budget | Spend to date",                  # (no year named in the headings)
    "Budget 2025-27 | Spend to date",          # (a span, not one year)
])
def test_spending_cells_take_no_year_the_headings_do_not_give_as_one(header):
    got = awards_by_key(_tracker(header))
    spend = [a for (line, p), a in got.items() if p == 150500][0]
    assert spend.funding_role == "context"
    assert not spend.period_start and not spend.period_end


def test_spending_cells_beside_two_budget_years_take_neither():
    text = ("Office of the Police and Crime Commissioner for Dorset\n\n"
            "| Item | Budget 2025/26 | Budget 2026/27 | Spend to date |\n|---|---:|---:|---:|\n"
            "| Group course for men | £210,000 | £220,000 | £150,500 |\n")
    spend = [a for (line, p), a in awards_by_key(text).items() if p == 150500][0]
    assert not spend.period_start


# --- results columns beside a money column in a fixed-width or pipe table --------------------------------------------

def _outcomes(text: str, name: str = "invented.txt") -> list:
    from release_probe import read
    return list(read(text, name).outcomes)


@pytest.mark.parametrize("table", [
    ("Area            Grant (£)    Referrals    Started    Completed\n"
     "Ashby             210,000          140         96           61\n"
     "Wolds             185,500          118         70           52\n"),
    ("| Area | Grant (£) | Referrals | Started | Completed |\n|---|---:|---:|---:|---:|\n"
     "| Ashby | £210,000 | 140 | 96 | 61 |\n| Wolds | £185,500 | 118 | 70 | 52 |\n"),
])
def test_result_columns_beside_a_grant_column_are_read(table):
    text = "Annex C. Referrals and completions by site, 2023-24\n\n" + table
    got = {(o.value, o.base, o.about) for o in _outcomes(text)}
    assert {(140.0, None, "referrals"), (61.0, 96.0, "perpetrators"), (118.0, None, "referrals"),
            (52.0, 70.0, "perpetrators")} <= got
    assert not any(o.value in (210000.0, 185500.0) for o in _outcomes(text))


def test_a_money_table_with_one_result_column_is_not_read_as_results():
    text = ("| Area | Grant (£) | Top-up (£) |\n|---|---:|---:|\n| Ashby | £210,000 | £12,000 |\n")
    assert _outcomes(text) == []


# --- a base after a possessive: "Of Ashby's 140 referrals, 22 …" -------------------------------------------------------

@pytest.mark.parametrize("sentence, want", [
    ("Of Ashby's 140 referrals, 22 came from probation.", (22.0, 140.0)),
    ("Of Hope Street's 62 starters, 41 finished the course.", (41.0, 62.0)),
    ("Among Wrexham’s 90 referrals, 30 were self-referrals.", (30.0, 90.0)),
])
def test_a_base_after_a_possessive_is_the_base(sentence, want):
    got = [(o.value, o.base) for o in _outcomes(sentence + "\n")]
    assert want in got
    assert (want[1], None) not in got


def test_a_possessive_without_a_count_after_the_comma_gives_no_base():
    got = [(o.value, o.base) for o in _outcomes("Of Ashby's staff, most were trained; 140 men were referred.\n")]
    assert (140.0, None) in got


# --- a bar for completing is a definition, not a result --------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The provider counts as completing anyone who attended at least 20 of the 24 sessions.",
    "Completion means coming to no fewer than three quarters of sessions.",
    "A man has finished when he has attended a minimum of 80% of the weekly sessions.",
])
def test_an_attendance_bar_is_no_outcome(sentence):
    assert _outcomes(sentence + "\n") == []


@pytest.mark.parametrize("sentence, value", [
    ("Of the 60 men who started, 41 attended at least 20 sessions.", 41.0),
    ("At least 45 men completed the course.", 45.0),
    ("Some 38 men attended all 24 sessions.", 38.0),
])
def test_counts_beside_sessions_without_a_bar_stay_outcomes(sentence, value):
    assert value in [o.value for o in _outcomes(sentence + "\n")]


# --- "of the grant" after a restated grant split into listed instalments; a payer's added money named again --------

_SPLIT = ("Rutland has been awarded £430,000 by the Home Office over the two years from April 2025.\n\n"
          "The commissioner is adding £50,000 of his own budget on top.\n\n"
          "The Home Office's £430,000 comes in two payments:\n"
          "* £210,000 for 2025-26\n"
          "* £220,000 for 2026-27\n\n")


@pytest.mark.parametrize("sentence", [
    "About £80,000 of the grant goes to a local charity for work with young people.",
    "Some £80,000 of the grant pays for a family worker.",
])
def test_of_the_grant_is_the_grant_first_stated_not_a_listed_instalment(sentence):
    got = awards_by_key(_SPLIT + sentence + "\n")
    piece = got[(9, 80000)]
    assert piece.funding_role == "part"
    assert piece.part_of_line == 1
    assert (piece.period_start, piece.period_end) == ("2025-26", "2026-27")


def test_a_restatement_leading_a_listed_split_keeps_no_period():
    got = awards_by_key(_SPLIT)
    lead = got[(5, 430000)]
    assert not lead.period_start and not lead.period_end
    assert got[(6, 210000)].part_of_line == 5 and got[(6, 210000)].period_start == "2025-26"


@pytest.mark.parametrize("sentence", [
    "The commissioner's £50,000 pays for a case manager for each high-harm man.",
    "The Commissioner’s £50,000 funds an evening group.",
])
def test_a_payers_added_money_named_again_keeps_its_role(sentence):
    got = awards_by_key(_SPLIT + sentence + "\n")
    again = got[(9, 50000)]
    assert again.funding_role == "match_funding"
    assert again.funder == "PCC"
    assert again.part_of_line is None


def test_a_possessive_sum_not_stated_before_as_added_money_stays_a_piece():
    got = awards_by_key(_SPLIT + "The charity's £40,000 of the grant pays for a family worker.\n")
    assert got[(9, 40000)].funding_role == "part"


# --- a sentence opening with a commissioner's office is no address line ---------------------------------------------

def _orgs(text: str) -> set:
    from release_probe import read
    return {(o.organisation, o.role) for o in read(text).organisations}


@pytest.mark.parametrize("sentence, bodies", [
    ("The Office of the Police and Crime Commissioner for Rutland now commissions one course, Fresh Start, jointly "
     "with Rutland County Council and Melton Borough Council.",
     {"Office of the Police and Crime Commissioner for Rutland", "Rutland County Council", "Melton Borough Council"}),
    ("The Office of the Police and Crime Commissioner for Dorset commissioned the service, Turning Point, jointly with "
     "Dorset Council.", {"Office of the Police and Crime Commissioner for Dorset", "Dorset Council"}),
])
def test_bodies_commissioning_jointly_are_commissioners(sentence, bodies):
    got = _orgs(sentence + "\n")
    assert {(b, "commissioner") for b in bodies} <= got


@pytest.mark.parametrize("sentence", [
    "The course is delivered jointly with Melton Borough Council by a local charity, Fresh Start CIC.",
    "Fresh Start CIC works jointly with Melton Borough Council on referrals.",
])
def test_working_jointly_is_not_commissioning(sentence):
    assert not any(role == "commissioner" and "Melton" in name for name, role in _orgs(sentence + "\n"))


def test_an_address_line_of_the_office_is_still_furniture():
    from release_probe import read
    text = ("Office of the Police and Crime Commissioner for Rutland, Oakham Castle, Market Place, Oakham LE15 6DT\n\n"
            "Rutland has been awarded £300,000 by the Home Office for 2025-26.\n")
    assert 1 in {n for n, _ in read(text).set_aside}


# --- "one of N awards from a national pot": the award is the area's, the pot context --------------------------------

@pytest.mark.parametrize("sentence", [
    "For 2025-26 the commissioner for Rutland won £300,000 from the Home Office, one of 37 awards from a national pot "
    "of £38 million.",
    "The commissioner for Rutland secured £300,000 from the Home Office for 2025-26, one of the 40 grants made from the "
    "national fund of £38 million.",
])
def test_an_award_counted_among_a_national_pots_awards_is_a_grant(sentence):
    got = awards_by_key(sentence + "\n")
    assert got[(1, 300000)].funding_role == "grant"
    assert got[(1, 300000)].pfa_code
    assert got[(1, 38000000)].funding_role == "context"


# --- a holder's sum named again after the table that placed it --------------------------------------------------------

_TABLE = ("Rutland's perpetrator service is funded for 2025-26 as follows.\n\n"
          "| Funder | Amount |\n|---|---:|\n| Home Office | £300,000 |\n| Rutland County Council | £60,000 |\n"
          "| Oakham Community Trust | £25,000 |\n| Total | £385,000 |\n\n"
          "The council's £60,000 is paid as £30,000 in each half of the year. ")


@pytest.mark.parametrize("sentence", [
    "The trust's £25,000 pays for a family worker.",
    "The Trust’s £25,000 funds an evening group.",
])
def test_a_holders_sum_named_again_is_no_piece_of_the_last_sum(sentence):
    got = awards_by_key(_TABLE + sentence + "\n")
    again = got[(10, 25000)]
    assert again.funding_role == "grant"  # (the trust's money again: no piece of the council's instalments)
    assert again.part_of_line is None
    assert not again.funder


def test_a_new_sum_after_a_possessive_can_still_be_a_piece():
    got = awards_by_key(_TABLE + "The council's £12,000 of it pays for a family worker.\n")
    assert got[(10, 12000)].funding_role == "part"


# --- vacancies as a reason, and an outturn for a named row -----------------------------------------------------------

_ROWS = ("Office of the Police and Crime Commissioner for Dorset\n\n"
         "| Ref | Item | Funded by | Budget 2025/26 | Spend to date |\n|---|---|---|---:|---:|\n"
         "| 4.1 | Group course for men | Home Office | £210,000 | £150,500 |\n"
         "| 4.2 | Partner support | Commissioner's budget | £45,000 | £31,250 |\n\n")


@pytest.mark.parametrize("sentence", [
    "The forecast outturn for row 4.1 is £190,000, below its budget because of the vacancies.",
    "The forecast outturn for row 4.1 is £190,000 due to staff vacancies in the autumn.",
])
def test_an_outturn_for_a_named_row_is_context_for_the_rows_year(sentence):
    got = awards_by_key(_ROWS + sentence + "\n")
    outturn = got[(8, 190000)]
    assert outturn.funding_role == "context"
    assert not outturn.pfa_code
    assert (outturn.period_start, outturn.period_end) == ("2025-26", "2025-26")


def test_an_outturn_naming_no_row_takes_no_year_from_the_table():
    got = awards_by_key(_ROWS + "The forecast outturn for the year is £190,000.\n")
    assert got[(8, 190000)].funding_role == "context"
    assert not got[(8, 190000)].period_start


@pytest.mark.parametrize("line", [
    "Current vacancies: Project Worker, £28,000 a year.",
    "Vacancy: Group Facilitator (£30,000).",
])
def test_a_vacancy_advert_is_still_set_aside(line):
    from release_probe import read
    rel = read("Rutland has been awarded £300,000 by the Home Office for 2025-26.\n\n" + line + "\n")
    assert 3 in {n for n, _ in rel.set_aside}


# --- a figure confirmed as correct on its own line is the same statement -----------------------------------------------

_GRANT_LINE = "Rutland has been awarded £300,000 by the Home Office for 2025-26.\n\n"


@pytest.mark.parametrize("line", [
    "The county council adds £60,000 a year to the grant. The last report gave this as £66,000; that was a typing error "
    "and £60,000 is correct.",
    "The county council adds £60,000 a year to the grant. An earlier draft said £66,000, but £60,000 is the correct "
    "figure.",
])
def test_a_figure_confirmed_on_its_line_is_not_a_second_fact(line):
    from release_probe import awards
    got = [a for a in awards(_GRANT_LINE + line + "\n") if a.source_line == 3 and a.amount.pence == 6000000]
    assert len(got) == 1
    assert got[0].funding_role == "match_funding"


def test_the_same_sum_stated_twice_without_confirming_stays_twice():
    from release_probe import awards
    line = "The county council adds £60,000 to the grant in 2025-26, and the district council adds £60,000 in 2026-27."
    got = [a for a in awards(_GRANT_LINE + line + "\n") if a.source_line == 3 and a.amount.pence == 6000000]
    assert len(got) == 2
