"""A sum shared out among a counted set of unnamed areas (a tranche's total) is a total, not a national fund's size.

Invented texts (not from the corpus): "puts £X into 25 areas", "£X among the 18 areas", "Between them they will
receive £X" after a sentence counting the areas; the total takes the fund's payer and years stated just before it.
"""

from __future__ import annotations

import pytest

from release_probe import awards_by_key


@pytest.mark.parametrize("text, key, funder, period", [
    ("The Home Office fund is worth £40 million for the two years from April 2026. The first tranche puts £21,400,500 "
     "into 25 areas.\n", (1, 21400500), "Home Office", ("2026-27", "2027-28")),
    ("On 2 June the Home Office told the last 20 police force areas what they will get from its perpetrator fund for "
     "the two years from April 2026. Between them they will receive £17.3 million.\n",
     (1, 17300000), "Home Office", ("2026-27", "2027-28")),
    ("The Ministry of Justice is paying £12.5 million to the 18 areas it funds for 2025-26.\n",
     (1, 12500000), "Ministry of Justice", ("2025-26", "2025-26")),
    ("The Ministry of Justice's fund is worth £30 million over the three years from April 2025.\n"
     "Its second tranche sends £14,250,000 to the remaining twenty forces.\n",
     (2, 14250000), "Ministry of Justice", ("2025-26", "2027-28")),
])
def test_a_tranche_shared_among_counted_areas_is_a_total(text, key, funder, period):
    got = awards_by_key(text)[key]
    assert got.funding_role == "total"
    assert got.pfa_code == ""
    assert got.funder == funder
    assert (got.period_start, got.period_end) == period


def test_a_pot_shared_between_areas_stays_context():
    got = awards_by_key("The Home Office said it had shared £3.2 million between nine police areas for 2025-26.\n")
    assert got[(1, 3200000)].funding_role == "context"


def test_the_funds_size_stays_context():
    got = awards_by_key("The Home Office fund is worth £40 million for the two years from April 2026. The first "
                        "tranche puts £21,400,500 into 25 areas.\n")
    assert got[(1, 40000000)].funding_role == "context"


def test_one_named_areas_figure_is_no_tranche_total():
    got = awards_by_key("Surrey will receive £412,300 over the two years from April 2026, one of 23 areas.\n")
    assert got[(1, 412300)].funding_role == "grant" and got[(1, 412300)].pfa_code == "E23000031"
