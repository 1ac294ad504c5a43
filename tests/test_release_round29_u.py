"""Rules added while tuning on the twenty-ninth round's releases (tuner U): invented sentences in the genres' wording
(a commissioner's grants register, a councillor's comment column with a fixed-width table), with the facts the corpus
README's conventions give them (never the corpus text)."""

import pytest

from release_probe import awards, awards_by_key


# --- A bound saying which grants, contracts or payments a register or list includes is no money given ---------------

@pytest.mark.parametrize("sentence", [
    "This list shows every grant the office made in the year, but only grants of £10,000 and over are included.",
    "The table lists contracts awarded by the Mayor's office that are worth £50,000 or more over their life.",
    "Payments below £500 are published once a quarter.",
    "We publish payments over £250 each month.",
    "Only awards of more than £20,000 are listed in this register.",
])
def test_a_bound_on_which_grants_a_list_takes_in_is_no_money(sentence):
    text = "Transparency\n\n" + sentence + "\n"
    assert awards(text) == []


@pytest.mark.parametrize("sentence, pence", [
    # no listing word: money the class of grants came to, read as before
    ("Surrey received grants of £50,000 or more from the Home Office in 2024-25.", 5_000_000),
    # a stated sum in all, not a bound
    ("The register lists grants worth more than £1,200,000 in total for Surrey from the Home Office.", 120_000_000),
    # one grant's stated size, not a class of grants
    ("The list shows that Surrey's grant from the Home Office is £412,000 for 2024-25.", 41_200_000),
])
def test_a_sum_beside_a_list_word_that_is_no_bound_is_still_read(sentence, pence):
    text = "News\n\n" + sentence + "\n"
    assert pence in {a.amount.pence for a in awards(text)}


def test_a_registers_rows_are_not_parts_of_its_threshold():
    text = ("Grants register\n\n"
            "This register lists grants made by the commissioner for Surrey that are worth £25,000 or more.\n\n"
            "| Ref | Recipient | Purpose | Value | Funding stream |\n|---|---|---|---|---|\n"
            "| G-1 | Weyside Change | Behaviour change course for men who abuse their partners | £60,000 | "
            "Home Office perpetrator grant |\n"
            "| G-2 | Downs Youth Club | Youth football coaching | £30,000 | Community safety fund |\n")
    got = awards(text)
    assert [(a.source_line, a.amount.pence) for a in got] == [(7, 6_000_000)]
    assert got[0].funding_role == "grant" and got[0].part_of_line is None


# --- A fixed-width list's total row whose long label leaves two spaces before a flush-right figure -----------------

@pytest.mark.parametrize("label", ["Two-year total", "Grand total", "Total for both years"])
def test_a_flush_right_total_row_with_a_long_label_closes_the_rows_above(label):
    rows = [("2024-25", "£210,000"), ("2025-26", "£195,500")]
    width = 30
    lines = ["  " + a + " " * (width - len(a) - len(b)) + b for a, b in rows]
    total = "£405,500"
    lines.append("  " + label + "  " + total.rjust(width - len(label) - 2))
    assert lines[-1].endswith(total) and len(lines[-1]) == len(lines[0])
    text = "Budget\n\nThe office's figures for the two years, from the Home Office grant:\n\n" + "\n".join(lines) + "\n"
    got = awards_by_key(text)
    assert got[(7, 405_500)].funding_role == "total"
    assert got[(5, 210_000)].funding_role == "part" and got[(5, 210_000)].part_of_line == 7
    assert got[(6, 195_500)].part_of_line == 7


def test_a_two_space_line_whose_figure_ends_elsewhere_is_not_made_a_row():
    text = ("Budget\n\nThe office's figures from the Home Office grant:\n\n"
            "  2024-25             £210,000\n"
            "  2025-26             £195,500\n"
            "A sentence about money  £405,500 and more\n")
    got = awards_by_key(text)
    assert got[(5, 210_000)].part_of_line is None


# --- The commissioner's budget papers are a document, not the commissioner's money --------------------------------

@pytest.mark.parametrize("lead", [
    "Here are the figures from the commissioner's own budget papers:",
    "The figures below come from the commissioner's budget report:",
    "These are taken from the mayor's own budget documents:",
])
def test_figures_from_the_commissioners_budget_papers_are_not_her_own_money(lead):
    text = ("Comment\n\n" + lead + "\n\n"
            "  2024-25             £210,000\n"
            "  2025-26             £195,500\n")
    got = awards_by_key(text)
    a = got[(5, 210_000)]
    assert (a.funding_role, a.funder, a.period_start) == ("grant", "", "2024-25")  # no payer named: funder null


@pytest.mark.parametrize("lead", [
    "The commissioner is paying for it from her own budget:",
    "The figures below are paid from the commissioner's own budget:",
])
def test_money_from_the_commissioners_own_budget_is_still_hers(lead):
    text = ("Comment\n\n" + lead + "\n\n"
            "  2024-25             £210,000\n"
            "  2025-26             £195,500\n")
    got = awards_by_key(text)
    assert got[(5, 210_000)].funder == "PCC"


# --- A commissioner who "has been allocated" a sum receives it: the round's payer is lent as for any grant ----------

@pytest.mark.parametrize("sentence", [
    "Surrey's Police and Crime Commissioner has been allocated £612,000 for the two years.",
    "Surrey's commissioner was allocated £612,000 for the two years.",
    "Surrey's commissioner is being given £612,000 for the two years.",
])
def test_a_commissioner_allocated_a_sum_in_the_passive_receives_the_rounds_money(sentence):
    text = ("Briefing\n\nThe Home Office has written to every commissioner about its new two-year round.\n\n"
            + sentence + "\n")
    got = [a for a in awards(text) if a.amount.pence == 61_200_000]
    assert [(a.funding_role, a.funder) for a in got] == [("grant", "Home Office")]


@pytest.mark.parametrize("sentence, role, funder", [
    ("Surrey's commissioner has allocated £61,000 from her budget for a helpline.", "own_funding", "PCC"),
    # a separate sum its clause gives no payer for keeps funder null (README "Payer said once")
    ("The commissioner has set aside £61,000 for a helpline.", "grant", ""),
])
def test_a_commissioner_who_allocates_money_is_not_lent_the_rounds_payer(sentence, role, funder):
    text = ("Briefing\n\nThe Home Office has written to every commissioner about its new two-year round.\n\n"
            + sentence + "\n")
    got = [a for a in awards(text) if a.amount.pence == 6_100_000]
    assert [(a.funding_role, a.funder) for a in got] == [(role, funder)]  # not the round's Home Office


# --- A TOTAL over several areas' rows is not made a sum across funders by one area's match funding said before ------

def test_one_areas_match_funding_before_a_table_of_areas_leaves_its_total_the_rounds():
    text = ("Briefing\n\n"
            "The Home Office has written to every commissioner about its new round.\n"
            "In Surrey, the county council will add £20,000 to the grant.\n\n"
            "  Force area                      2026-27 (£)\n"
            "  Surrey                              412,000\n"
            "  Sussex                              388,000\n"
            "  TOTAL                               800,000\n")
    got = awards_by_key(text)
    assert got[(9, 800_000)].funding_role == "total" and got[(9, 800_000)].funder == "Home Office"
    assert got[(7, 412_000)].funder == "Home Office" and got[(7, 412_000)].part_of_line == 9


def test_one_areas_match_funding_before_its_own_table_still_makes_a_total_across_funders():
    text = ("Surrey briefing\n\n"
            "The Home Office has given Surrey its grant, and Surrey County Council will add £20,000 to the grant.\n\n"
            "  Item                                2026-27 (£)\n"
            "  Group course                            312,000\n"
            "  Partner support                         120,000\n"
            "  TOTAL                                   432,000\n")
    got = awards_by_key(text)
    assert got[(8, 432_000)].funding_role == "total" and got[(8, 432_000)].funder == ""


# --- A national fund's size said again as a yearly rate naming no years: one context fact, period null -----------------

@pytest.mark.parametrize("sentence", [
    "The Home Office has put £90 million into the round nationally, or roughly £30 million a year.",
    "The Home Office's round runs from April 2026 to March 2029 and has £90 million nationally, or about £30 million a year.",
    "Nationally the Home Office is spending £90 million over the three years, or around £30 million a year.",
])
def test_a_national_funds_yearly_rate_is_one_context_fact(sentence):
    got = [a for a in awards("Briefing\n\n" + sentence + "\n") if a.amount.pence == 3_000_000_000]
    assert [(a.funding_role, a.funder, a.period_start, a.part_of_line) for a in got] == \
        [("context", "Home Office", "", None)]


def test_a_national_funds_share_in_each_named_year_stays_a_part_for_each_year():
    got = [a for a in awards("Briefing\n\nNationally the Home Office has £90 million over the three years from April "
                             "2026, £30 million in each year.\n") if a.amount.pence == 3_000_000_000]
    assert sorted(a.period_start for a in got) == ["2026-27", "2027-28", "2028-29"]


def test_a_table_of_areas_restating_another_payers_sum_stays_a_total_across_funders():
    text = ("Evidence\n\n"
            "In Surrey, the Home Office grant is £300,000 and the county council adds £40,000 to the grant.\n"
            "In Kent the commissioner pays £85,500 from her own budget.\n\n"
            "  Income by area, 2025-26 (£)\n"
            "  Surrey                              340,000\n"
            "  Kent                                 85,500\n"
            "  TOTAL                               425,500\n")
    got = awards_by_key(text)
    assert got[(9, 425_500)].funding_role == "total" and got[(9, 425_500)].funder == ""


# --- "Together they account for just under £X": a stated sum of the amounts before it ------------------------------

@pytest.mark.parametrize("sentence", [
    "Together they account for just under £2,400,000 of the round.",
    "Together the awards account for £2,400,000.",
    "Taken together these awards accounted for £2,400,000.",
])
def test_together_accounting_for_a_sum_is_a_total(sentence):
    text = ("Briefing\n\nSurrey has £800,000 from the Home Office, Sussex £850,000 and Kent £750,000.\n" + sentence + "\n")
    got = [a for a in awards(text) if a.amount.pence == 240_000_000]
    assert [a.funding_role for a in got] == ["total"]


def test_a_share_that_accounts_for_a_part_of_something_is_no_total():
    text = "Briefing\n\nThe Home Office grant accounts for £800,000 of Surrey's budget for the course.\n"
    assert [(a.funding_role, a.funder) for a in awards(text)] == [("grant", "Home Office")]


# --- A figure in prose naming a table row by its reference is that row's money told again --------------------------

_REGISTER = ("Grants register\n\n"
             "| Ref | Recipient | Purpose | Value | Funding stream |\n|---|---|---|---|---|\n"
             "| SX-G-12 | Weyside Change | Behaviour change course for men | £160,000 | Home Office perpetrator grant |\n"
             "| SX-G-15 | Downs Women's Aid | Support for partners of men on the course | £42,000 | "
             "Commissioner's budget (match funding) |\n\n")


@pytest.mark.parametrize("note", [
    "Correction: the last register gave the total value of SX-G-15 as £24,000; the correct figure is £42,000.",
    "The total value of SX-G-15 was shown as £24,000 in error.",
])
def test_a_note_naming_a_row_by_its_reference_takes_the_rows_role_and_payer(note):
    got = [a for a in awards(_REGISTER + note + "\n") if a.source_line == 8]
    assert got and all((a.funding_role, a.funder, a.part_of_line) == ("match_funding", "PCC", None) for a in got)


def test_a_note_naming_no_rows_reference_is_read_as_before():
    note = "Correction: the last register gave the total value of one grant as £24,000."
    got = [a for a in awards(_REGISTER + note + "\n") if a.source_line == 8]
    assert all(a.funding_role != "match_funding" for a in got)
