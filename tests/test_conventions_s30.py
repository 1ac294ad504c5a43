"""Narrowings made in the thirtieth session after a review of the thirty-third round's rules: each case below is an
invented sentence that the round's first wording of a rule misread (checked on the reader before the change), beside
the sentences the rule was written for, which it must still read."""

import pytest

from release_probe import awards_by_key, read

_LEAD = "Westshire perpetrator funding\n\nThe Kent Police and Crime Commissioner funds perpetrator programmes.\n\n"


def _facts(text):
    return {k: (a.funding_role, a.funder or None) for k, a in awards_by_key(text).items()}


# --- A lead saying the grant has to be matched makes local money in its paragraph the match; a negated lead, or
# "matching" that is not about money, does not ---------------------------------------------------------------------

_MATCHED = (_LEAD + "The Home Office has given the Commissioner £300,000 for 2025/26.\n\n"
            "{lead} Medway Council has given £15,000 from its public health grant.\n")


@pytest.mark.parametrize("lead, role", [
    ("The grant conditions require the award to be matched.", "match_funding"),
    ("The fund needs matching by local partners.", "match_funding"),
    ("The Home Office grant does not need to be matched.", "grant"),
    ("The grant no longer has to be match funded.", "grant"),
    ("The new hub needs matching volunteers to families.", "grant"),
])
def test_a_lead_on_matching_the_grant_and_its_near_misses(lead, role):
    assert _facts(_MATCHED.format(lead=lead))[(7, 15000)] == (role, "local authority")


# --- An NHS body called a funding partner pays as a partner where a clause names it as the payer; money paid to it,
# and other figures of the same size, are not its money ----------------------------------------------------------

_NHS = ("Westshire health perpetrator pilot\n\nThe Kent Police and Crime Commissioner funds perpetrator programmes.\n\n"
        "NHS Westshire joins the council as a funding partner.\n\n{sentence}\n")


@pytest.mark.parametrize("sentence, funder", [
    ("The Board is asked to agree a contribution from the ICB of £20,000 for 2025/26.", "partners"),
    ("£20,000 will be paid to the ICB in 2025/26 for training GPs.", None),
])
def test_nhs_money_is_partners_only_where_the_nhs_body_pays_it(sentence, funder):
    got = _facts(_NHS.format(sentence=sentence))
    assert got[(7, 20000)][1] == funder


def test_another_figure_of_the_same_size_is_not_the_nhs_bodys():
    text = _NHS.format(sentence="The Board is asked to agree a contribution from the ICB of £20,000 for 2025/26.\n\n"
                                "A further £20,000 was spent on the course in 2025/26.")
    got = _facts(text)
    assert (got[(7, 20000)][1], got[(9, 20000)][1]) == ("partners", None)


# --- "funded by A, B and C" names several payers; a list cut off by a clause of its own names one --------------------

_LOTS = ("The contract has three lots for 2025/26:\n\n"
         "| Lot | Service | Value |\n|---|---|---|\n"
         "| 1 | Group course | £90,000 |\n| 2 | Partner support | £30,000 |\n\n")


@pytest.mark.parametrize("sentence, funder", [
    ("The service is funded by the Home Office and Kent County Council.", None),
    ("The service is funded by the Home Office, and Kent County Council pays for the refuge.", "Home Office"),
    ("The service is funded by the Home Office and Kent County Council staff deliver it.", "Home Office"),
])
def test_a_payer_list_ends_where_a_clause_of_its_own_begins(sentence, funder):
    got = awards_by_key(_LEAD + _LOTS + sentence + "\n")
    assert (got[(9, 90000)].funder or None, got[(10, 30000)].funder or None) == (funder, funder)


# --- A budget block's rows are a whole body's budget whatever their size; a sentence is only when the figure is far
# beyond any area's perpetrator money ----------------------------------------------------------------------------

@pytest.mark.parametrize("block", [
    "DISTRICT BUDGET\nNet revenue budget 2025/26        £19.4m\n  Central government grants   £11.1m\n"
    "  Council tax precept          £8.3m\n",
    "OUR BUDGET\nNet revenue budget 2025/26        £310.4m\n  Council tax precept          £120.3m\n",
])
def test_a_budget_blocks_rows_are_no_perpetrator_money_whatever_their_size(block):
    got = read(_LEAD + block + "\nThe Home Office grant to Kent is £300,000 for 2025-26.\n").awards
    assert [a.amount.pence // 100 for a in got] == [300000]


@pytest.mark.parametrize("sentence, kept", [
    ("The council tax precept pays £250,000 towards the course.", True),
    ("The force's net budget for 2025/26 is £310.4m.", False),
])
def test_a_budget_sentence_is_dropped_only_for_a_whole_budgets_size(sentence, kept):
    got = [a.amount.pence for a in read(_LEAD + sentence + "\n").awards]
    assert bool(got) == kept


# --- Running costs named as an office's are no perpetrator money; a service's own staff, rent and cleaning are -----

@pytest.mark.parametrize("sentence, kept", [
    ("The Drive project in Kent gets £45,000 from the commissioner to cover its staff, rent and cleaning.", True),
    ("The office pays £12,000 a year for office cleaning.", False),
    ("We pay the force £41,000 in accommodation recharges each year.", False),
])
def test_running_costs_are_unrelated_only_when_they_are_the_offices(sentence, kept):
    got = [a.amount.pence for a in read(_LEAD + sentence + "\n").awards]
    assert bool(got) == kept
