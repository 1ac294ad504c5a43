"""The release reader on wordings of its own classes of fact that no corpus release uses (invented sentences).

Each class is a general mechanism seen in the reader's first-sight misses on corpus batches it had not been tuned on;
the sentences here are new paraphrases, asserted both ways (what must happen and what must not)."""

from __future__ import annotations

import pytest

from release_probe import awards_by_key as _awards




# ---- a payer off the funder list, named in the amount's own clause, is no funder (README: funder) ----

@pytest.mark.parametrize("text, key", [
    ("Surrey's Home Office grant is £250,000.\nNHS Surrey Heartlands is paying £40,000 for a mental health worker "
     "on the programme.", (2, 40000)),
    ("Kent's programme has £300,000 from the Home Office.\nA housing association, Valley Homes, is contributing "
     "£12,000 a year.", (2, 12000)),
    ("Cumbria's service has a Home Office grant of £210,000.\nA further £25,000 comes from the integrated care board.",
     (2, 25000)),
    ("Durham County Council is adding £30,000 to the Home Office grant of £300,000, and a local university is paying "
     "£8,000 for the evaluation.", (1, 8000)),
    ("Essex's course has a Home Office grant of £280,000.\nThe Rowan Trust has given £15,000 for staff training.",
     (2, 15000)),
])
def test_outside_payer_in_own_clause_is_no_funder(text, key):
    assert _awards(text)[key].funder in ("", None)


@pytest.mark.parametrize("text, key, funder", [
    # a body off the list that is *paid* is a recipient: the money stays the payer's
    ("Kent has a Home Office grant of £300,000.\nStourside University has been paid £19,500 of the commissioner's "
     "match funding to evaluate the course.", (2, 19500), "PCC"),
    ("Surrey's Home Office grant is £250,000.\nSurrey County Council is paying £30,000 towards the course.",
     (2, 30000), "local authority"),
    ("Norfolk's Home Office grant is £280,000, and the NHS trust's staff will refer men to it.\n"
     "A further £45,000 comes from the Home Office.", (2, 45000), "Home Office"),
])
def test_listed_payers_and_paid_bodies_keep_their_funder(text, key, funder):
    assert _awards(text)[key].funder == funder


# ---- a council that receives money is not its payer (README: funder; a part keeps the whole's funder) ----

def test_councils_receiving_shares_keep_the_source_funder_and_are_parts():
    got = _awards("The Mayor's office has shared £600,000 of Home Office money between three districts for 2025-26.\n"
                  "Leeds City Council receives £200,000, Bradford Council £150,000 and Wakefield Council £250,000.")
    for pounds in (200000, 150000, 250000):
        a = got[(2, pounds)]
        assert (a.funder, a.funding_role, a.part_of_line) == ("Home Office", "part", 1)


@pytest.mark.parametrize("text, key", [
    ("Sheffield City Council has been passed £120,000 of Home Office perpetrator funding by the Mayor.", (1, 120000)),
    ("Swindon Borough Council is to receive £64,000 from the Home Office grant held by the commissioner.", (1, 64000)),
    ("South Wales has received £400,000 from the Home Office for 2025-26.\nCardiff Council's share of the grant, "
     "£88,000, will pay for a one-to-one service.", (2, 88000)),
    ("Kent has £600,000 of Home Office money for 2025-26.\nMedway Council will get £90,000 of it.", (2, 90000)),
])
def test_council_as_recipient_is_not_the_funder(text, key):
    assert _awards(text)[key].funder == "Home Office"


@pytest.mark.parametrize("text, key", [
    ("Essex has a Home Office grant of £300,000.\nEssex County Council is also adding £30,000 to the grant.", (2, 30000)),
    ("Kent has £300,000 from the Home Office.\nKent County Council has passed £50,000 of its own money to a local "
     "charity for the course.", (2, 50000)),
    ("Funding for the course in Dorset:\n- Home Office grant: £180,500\n- Dorset Council: £22,000\n- Total: £202,500",
     (3, 22000)),
])
def test_council_that_pays_is_still_the_funder(text, key):
    assert _awards(text)[key].funder == "local authority"
