"""Structures of the twenty-fifth round's tune releases that the reader misread, fixed in the twenty-second session
(tuner A) as general mechanisms: each test states several invented wordings of one structure.

Corpus README: "Payer said once" (several payers' money is no one payer's), "Yearly rates" (a rate over named years
whose sum the text states is a part of that sum, once per year), `part`.  Every text here is invented.
"""

from __future__ import annotations

import pytest

from release_probe import award_errors


# --------------------------------------------------------------------------- a payer statement naming two sources

@pytest.mark.parametrize("lead", [
    "Funding: the service will be paid for from the Commissioner's own budget and, if the bid is successful, "
    "from the Home Office grant.",
    "The work is to be funded by the Home Office and by the commissioner's own budget.",
    "The contract will be met from the Commissioner's own budget and from the county council's contribution.",
])
def test_a_lead_paying_from_two_sources_lends_no_one_payer(lead):
    # a sentence with no figure saying the money comes from one source and from another names several payers: the
    # later figures whose own clause names no payer are no one payer's (not the commissioner's own funding)
    text = ("Westshire will buy a new service for people who harm their partners.\n"
            f"{lead}\n"
            "Estimated contract value: £920,000 excluding VAT.\n")
    assert award_errors(text, {(3, 920000): dict(role="grant", funder=None)}) == []


def test_a_lead_paying_from_the_commissioners_budget_alone_stays_own_funding():
    text = ("Westshire will buy a new service for people who harm their partners.\n"
            "The service is to be paid for from the Commissioner's own budget.\n"
            "Estimated contract value: £920,000 excluding VAT.\n")
    assert award_errors(text, {(3, 920000): dict(role="own_funding", funder="PCC")}) == []


# --------------------------------------------------------------------------- a yearly rate after the sum it profiles

@pytest.mark.parametrize("sum_line, rate_line, funder", [
    ("Lot 2 is worth £280,000 over the initial term, from the Commissioner's own budget.",
     "Payment: £140,000 in each of 2027-28 and 2028-29.", "PCC"),
    ("The county council is adding £90,000 to the grant.",
     "It is paid as £45,000 in each of 2026/27 and 2027/28.", "local authority"),
    ("The Home Office has offered Westshire £600,000.",
     "Instalments: £200,000 in each of 2025-26, 2026-27 and 2027-28.", "Home Office"),
])
def test_a_yearly_rate_on_the_next_line_profiles_the_sum_before(sum_line, rate_line, funder):
    # the rate times the years it names is the sum stated on the line before: one part of that sum per year, keeping
    # its payer, and the sum spans the rate's years
    text = f"Westshire is buying a perpetrator service.\n{sum_line}\n{rate_line}\n"
    got = award_errors(text, {
        (3, int(rate_line.split("£")[1].split()[0].replace(",", "")), year): dict(role="part", part=2, funder=funder,
                                                                                  start=year, end=year)
        for year in ("2025-26", "2026-27", "2027-28", "2028-29") if year in rate_line or year.replace("-", "/") in rate_line
    })
    assert got == []


def test_a_yearly_rate_that_does_not_multiply_to_the_sum_before_stays_its_own():
    text = ("Westshire is buying a perpetrator service.\n"
            "Lot 2 is worth £280,000 over the initial term, from the Commissioner's own budget.\n"
            "Payment: £150,000 in each of 2027-28 and 2028-29.\n")
    assert award_errors(text, {(3, 150000, "2027-28"): dict(role="grant")}) == []


def test_a_yearly_rate_naming_another_payer_is_not_a_profile():
    text = ("Westshire is buying a perpetrator service.\n"
            "Lot 2 is worth £280,000 over the initial term, from the Commissioner's own budget.\n"
            "The Home Office pays £140,000 in each of 2027-28 and 2028-29.\n")
    assert award_errors(text, {(3, 140000, "2027-28"): dict(role="grant", funder="Home Office")}) == []


# --------------------------------------------------------------------------- bare figures under a pounds heading

def test_bare_figures_in_a_pipe_table_under_a_trailing_pounds_heading_are_sums():
    text = ("Westshire perpetrator funding.\n\n"
            "| Funder | For | 2025-26 £ |\n"
            "|---|---|---|\n"
            "| Home Office | Group course | 408,600 |\n"
            "| County council | Young people's service | 96,300 |\n")
    assert award_errors(text, {
        (5, 408600): dict(funder="Home Office", start="2025-26"),
        (6, 96300): dict(funder="local authority", start="2025-26"),
    }) == []


# --------------------------------------------------------------------------- a numbered year's share of a sum

@pytest.mark.parametrize("lines, whole_line, share, year", [
    ("Westshire has a two-year Home Office grant of £728,900 for 2024-25 and 2025-26. "
     "The second instalment, due this financial year, is £357,750.", 1, 357750, "2025-26"),
    ("Westshire has £600,000 from the Home Office over the three years from April 2025.\n"
     "The final payment will be £150,000.", 1, 150000, "2027-28"),
    ("Westshire has £600,000 from the Home Office over the three years from April 2025.\n"
     "The first year's payment was £250,000.", 1, 250000, "2025-26"),
])
def test_a_numbered_instalment_after_a_sum_over_years_is_its_part_for_that_year(lines, whole_line, share, year):
    line = lines.split("\n").__len__()
    assert award_errors(lines + "\n", {
        (line, share): dict(role="part", part=whole_line, funder="Home Office", start=year, end=year),
    }) == []


def test_a_share_of_a_numbered_years_stated_sum_stays_that_years_piece():
    # the year's own sum is stated: "the first year's money" is that sum, not one year of the whole
    text = ("Westshire has been awarded £736,400 by the Home Office for the two years from April 2025.\n"
            "The award is paid as £372,900 for 2025-26 and £363,500 for 2026-27.\n"
            "The city's share of the first year's money is £118,200.\n")
    assert award_errors(text, {(3, 118200): dict(role="part", part=2)}) == []


# --------------------------------------------------------------------------- a table setting out the figure above it

@pytest.mark.parametrize("lead", [
    "Grant income for the year was £602,900; the table below shows where it came from.",
    "We received £602,900 in restricted grants, set out below.",
    "Restricted funds totalled £602,900:",
    "Total income was £650,400, of which £602,900 was restricted grants, set out in the table below.",
])
def test_table_rows_adding_up_to_the_figure_just_above_are_its_parts(lead):
    # a table with no TOTAL row whose rows add up exactly to the figure stated over it sets that figure out: each row
    # is its part, keeping the payer its row names
    text = ("Westshire Change: financial review 2025-26\n\n"
            f"{lead}\n\n"
            "| Funder | Restricted for | 2025-26 £ |\n"
            "|---|---|---|\n"
            "| Home Office perpetrator grant | Group programme | 408,600 |\n"
            "| Commissioner's own budget | Stalking service | 74,000 |\n"
            "| Westshire County Council | Young people's service | 96,300 |\n"
            "| A local trust | Training | 24,000 |\n")
    assert award_errors(text, {
        (7, 408600): dict(role="part", part=3, funder="Home Office"),
        (8, 74000): dict(role="part", part=3, funder="PCC"),
        (9, 96300): dict(role="part", part=3, funder="local authority"),
        (10, 24000): dict(role="part", part=3),
    }) == []


def test_table_rows_not_adding_up_to_the_figure_above_stay_their_own():
    text = ("Westshire Change: financial review 2025-26\n\n"
            "Grant income for the year was £650,000.\n\n"
            "| Funder | Restricted for | 2025-26 |\n"
            "|---|---|---|\n"
            "| Home Office perpetrator grant | Group programme | £408,600 |\n"
            "| Westshire County Council | Young people's service | £96,300 |\n")
    assert award_errors(text, {(7, 408600): dict(part=None), (8, 96300): dict(part=None)}) == []


@pytest.mark.parametrize("label, funder", [
    ("Office of the Police and Crime Commissioner for Westshire (Home Office perpetrator grant)", "Home Office"),
    ("Police and Crime Commissioner for Westshire (Ministry of Justice victims' grant)", "Ministry of Justice"),
    ("Office of the Police and Crime Commissioner for Westshire (Commissioner's own budget)", "PCC"),
])
def test_a_funder_cell_naming_the_money_in_brackets_gives_that_money_s_payer(label, funder):
    # the body that passes the money on is named first; the brackets say whose grant or budget it is
    text = ("Westshire Change: funding 2025-26\n\n"
            "| Funder | For | Amount |\n"
            "|---|---|---|\n"
            f"| {label} | Group programme | £408,600 |\n"
            "| Westshire County Council | Young people's service | £96,300 |\n")
    assert award_errors(text, {(5, 408600): dict(funder=funder)}) == []
