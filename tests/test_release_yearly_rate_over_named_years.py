"""A yearly rate over two financial years its sentence names is one fact over both years (the corpus's labels:
"will add £40,000 a year … to the grant in 2025-26 and 2026-27" → one match-funding fact, 2025-26 to 2026-27), where
money "in each of" the years, or a rate "for three years from April 2024", is one fact a year."""

from __future__ import annotations

import pytest

from release_probe import awards


def _facts(text: str):
    return [(a.source_line, a.amount.pence // 100, a.funding_role, a.funder, a.period_start, a.period_end)
            for a in awards(text)]


@pytest.mark.parametrize("sentence,role,funder", [
    ("The Commissioner will add £35,000 a year from his own budget to the grant in 2025-26 and 2026-27.",
     "match_funding", "PCC"),
    ("Leeds City Council agreed to add £22,000 a year to the grant for 2025/26 and 2026/27, paid to the provider direct.",
     "match_funding", "local authority"),
    ("The commissioner is adding £15,500 per year to that grant, from the police fund, in 2025-26 and 2026-27.",
     "match_funding", "PCC"),
])
def test_a_rate_over_two_named_years_is_one_fact(sentence, role, funder):
    text = "Office of the Police and Crime Commissioner for Kent\n\nThe Home Office has given Kent £300,000 for the two years from April 2025.\n" + sentence + "\n"
    got = [f for f in _facts(text) if f[0] == 4]
    assert len(got) == 1  # not one fact for each year
    _, _, got_role, got_funder, start, end = got[0]
    assert (got_role, got_funder, start, end) == (role, funder, "2025-26", "2026-27")


@pytest.mark.parametrize("sentence", [
    "Medway Council is adding £24,000 in each of 2025/26 and 2026/27 to the grant.",
    "The Commissioner adds £24,000 from the police fund to the grant in each of the two years.",
])
def test_money_in_each_of_the_years_is_still_one_fact_a_year(sentence):
    text = "Office of the Police and Crime Commissioner for Kent\n\nThe Home Office has given Kent £300,000 for the two years from April 2025.\n" + sentence + "\n"
    got = sorted((f[4], f[5]) for f in _facts(text) if f[0] == 4)
    assert got == [("2025-26", "2025-26"), ("2026-27", "2026-27")]
