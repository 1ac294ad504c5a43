"""Review of the thirty-fourth round's rules (fixer A): sentences a rule of that round misread, each beside a sentence the
rule was written for, so that the narrowed rule keeps the one and leaves the other as the reader read it before."""

import pytest

from release_probe import awards_by_key, read


def _orgs(text):
    return {(o.source_line, o.organisation, o.role) for o in read(text).organisations}


def _outcomes(text):
    return {(o.source_line, o.value): o for o in read(text).outcomes}


# --- 1. A mix of payers: payers named on both sides of the "and", in one clause -------------------------------------

@pytest.mark.parametrize("tail", [
    # ("mix of" kinds of work, with "and the money" in the next clause)
    "for a mix of one-to-one and group sessions, and the money lasts until March 2026",
    # (one payer's two pots)
    "a combination of its core perpetrator grant and one-off winter funding",
])
def test_a_mix_of_work_or_of_one_payers_pots_keeps_the_payer(tail):
    text = f"Tyne Valley Change\n\nThe Home Office has confirmed £175,000 for 2025-26, {tail}.\n"
    assert awards_by_key(text)[(3, 175000)].funder == "Home Office"


@pytest.mark.parametrize("tail", ["a mix of Home Office money and her own",
                                  "a blend of Home Office and council funding"])
def test_a_mix_of_two_payers_money_still_names_no_funder(tail):
    text = f"Tyne Valley Change\n\nThe Commissioner has offered £175,000 for 2025-26, {tail}.\n"
    assert not awards_by_key(text)[(3, 175000)].funder


# --- 2. A year the money changes in, with the later sum after it in its clause, is that later sum's year -------------

def test_a_later_sum_after_its_year_keeps_that_year():
    text = ("# Rutland plan\n\nThe commissioner is giving £70,000 to the men's group in 2025-26, which goes up in 2026-27 "
            "to £85,000 when a second evening group starts.\n")
    got = awards_by_key(text)
    assert (got[(3, 85000)].period_start, got[(3, 85000)].period_end) == ("2026-27", "2026-27")


def test_a_year_the_money_changes_in_with_no_sum_is_still_not_the_figures():
    text = ("# Rutland plan\n\nI have put £70,000 from my own budget into the men's group in 2025-26; the annex sets out "
            "how that goes up in 2026-27.\n")
    got = awards_by_key(text)
    assert got[(3, 70000)].period_start == "2025-26"


# --- 3. Money a charity raises itself: a list of income, not a line of spending -------------------------------------

def test_a_spending_lines_fundraising_post_is_paid_from_the_grant():
    text = ("# How the grant is used\n\nThe Home Office has given Tyne Valley Change £80,000 for its course for men who "
            "harm their partners. The money is spent as follows:\n\n- Facilitators: £56,000\n"
            "- Fundraising officer (two days a week): £16,000\n- Venues and travel: £8,000\n")
    got = awards_by_key(text)
    assert got[(3, 80000)].funding_role == "grant" and got[(3, 80000)].funder == "Home Office"
    assert got[(6, 16000)].funder == "Home Office"


def test_an_income_lists_fundraising_line_is_partners_money():
    text = ("Tyne Valley Change\nAnnual report for the year ended 31 March 2025\n\nMoney\n"
            "Our income for 2024-25 was £90,000, made up as follows:\n"
            "    Northshire County Council ........ £60,000\n"
            "    Raffles, gifts and fundraising ........ £30,000\n")
    got = awards_by_key(text)
    assert got[(7, 30000)].funder == "partners"


# --- 4. A bracketed year after the figure's own: a later year's figure, not last year's result -----------------------

def test_a_bracket_naming_a_later_year_is_not_a_past_result():
    got = _outcomes("Plan for 2025-26\n\nWe aim for 40 men to finish the group in 2025-26 (2026-27: 55) once a new "
                    "group runs.\n")
    assert got[(3, 55.0)].status == "expected"


def test_a_bracket_naming_an_earlier_year_still_reports():
    got = _outcomes("Plan for 2025-26\n\nWe aim for 40 men to finish the group in 2025-26 (2024-25: 31).\n")
    assert got[(3, 31.0)].status == "reported"


# --- 5. Support for partners "funded by X": X pays; it does not support them ----------------------------------------

def test_a_support_worker_funded_by_a_body_is_not_supported_by_it():
    text = ("Rutland service\n\nThe commissioner gives £40,000 to Elmstead Change for its course. A support worker for "
            "each partner, paid for by Rutland County Council, will phone the women each week.\n")
    assert not any(o == "Rutland County Council" and r == "survivor_support_provider" for _, o, r in _orgs(text))


def test_a_support_worker_from_a_body_still_names_it():
    text = "Rutland service\n\nThe service offers:\n- a support worker for each partner, from Elmstead Women's Aid.\n"
    assert (4, "Elmstead Women's Aid", "survivor_support_provider") in _orgs(text)


# --- 6. "funded through a Home Office grant agreement": the department pays ------------------------------------------

def test_work_funded_through_a_departments_grant_agreement_names_it_funder():
    text = ("# Rutland\n\nRutland has a perpetrator programme for men.\n\nThe programme is paid for under a Home Office "
            "grant agreement that ends in March 2026.\n")
    assert (5, "Home Office", "funder") in _orgs(text)


def test_a_departments_grant_agreements_as_a_source_still_name_no_funder():
    text = ("# Rutland\n\nRutland has a perpetrator programme for men.\n\nSource: Home Office grant agreements, as "
            "shared with us in May.\n")
    assert (5, "Home Office", "funder") not in _orgs(text)
