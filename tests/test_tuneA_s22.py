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
