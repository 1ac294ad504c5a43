"""How a text's framing of a funding round gives each area's figure its period and funder.

Invented texts (not from the corpus): financial years written the GOV.UK way ("2026 to 2027"), a two-way allocations
table whose row totals and TOTAL row are the publisher's money like its year cells, a label column of areas naming
each area's holder in brackets (a recipient, not a payer), and a previous round named for comparison, which a later
"over the two years" does not mean.
"""

from __future__ import annotations

import pytest

from funding.parse.releases.periods import find_periods
from release_probe import awards_by_key


@pytest.mark.parametrize("text, want", [
    ("2026 to 2027", ("2026-27", "2026-27")),
    ("Total, 2025 to 2027", ("2025-26", "2026-27")),
    ("the 2024 to 2026 round", ("2024-25", "2025-26")),
    ("its 2027 to 2028 figure", ("2027-28", "2027-28")),
    ("2023-2024 to 2025-2026", ("2023-24", "2025-26")),
])
def test_calendar_years_written_out_are_financial_years(text, want):
    assert [p[2:] for p in find_periods(text)[0]] == [want]


@pytest.mark.parametrize("text", ["between 2021 and 2023", "2026 to 2020", "from 2020 to 2031"])
def test_no_span_from_other_pairs_of_years(text):
    assert find_periods(text)[0] == []


GOVUK_TABLE = """<h1>Perpetrator fund: allocations by area, 2025 to 2027</h1>
<p>The Home Office is paying £30 million to police and crime commissioners for work with perpetrators.</p>
<table>
<thead><tr><th>Police force area</th><th>2025 to 2026</th><th>2026 to 2027</th><th>Total, 2025 to 2027</th></tr></thead>
<tbody>
<tr><td>Surrey</td><td>£210,450</td><td>£205,100</td><td>£415,550</td></tr>
<tr><td>Thames Valley</td><td>£401,200</td><td>£395,300</td><td>£796,500</td></tr>
<tr><td>Total, 2 areas</td><td>£611,650</td><td>£600,400</td><td>£1,212,050</td></tr>
</tbody></table>
"""

PIPE_TABLE = """Allocations for 2027 to 2029, paid by the Home Office

| Force | 2027 to 2028 | 2028 to 2029 | Total |
|---|---|---|---|
| Hertfordshire | £150,250 | £149,750 | £300,000 |
| Greater Manchester (Greater Manchester Combined Authority) | £901,300 | £880,700 | £1,782,000 |
| Total | £1,051,550 | £1,030,450 | £2,082,000 |
"""


def test_year_columns_written_out_and_totals_keep_the_publishers_funder():
    got = awards_by_key(GOVUK_TABLE, "invented.html")
    surrey_first, surrey_second, surrey = got[(6, 210450)], got[(6, 205100)], got[(6, 415550)]
    assert (surrey_first.period_start, surrey_first.period_end) == ("2025-26", "2025-26")
    assert (surrey_second.period_start, surrey_second.period_end) == ("2026-27", "2026-27")
    assert (surrey.period_start, surrey.period_end) == ("2025-26", "2026-27")
    assert surrey_first.funding_role == "part" and surrey_first.part_of_line == 6
    assert surrey.funding_role == "part" and surrey.part_of_line == 8
    assert {got[k].funder for k in got if k[0] in (6, 7, 8)} == {"Home Office"}
    grand = got[(8, 1212050)]
    assert grand.funding_role == "total" and grand.pfa_code == "" and (grand.period_start, grand.period_end) == (
        "2025-26", "2026-27")
    assert (got[(8, 600400)].period_start, got[(8, 600400)].funding_role) == ("2026-27", "total")


def test_an_areas_holder_in_brackets_is_no_payer():
    got = awards_by_key(PIPE_TABLE, "invented.md")
    manchester = got[(6, 901300)]
    assert manchester.pfa_code == "E23000005"
    assert manchester.funder == "Home Office"  # not the combined authority named beside the area
    assert (manchester.period_start, manchester.period_end) == ("2027-28", "2027-28")
    assert got[(6, 1782000)].funder == "Home Office" and got[(6, 1782000)].part_of_line == 7
    assert (got[(7, 2082000)].funding_role, got[(7, 2082000)].period_end) == ("total", "2028-29")


@pytest.mark.parametrize("text, earlier, now", [
    ("The Ministry of Justice has announced funding for the 2025 to 2027 round.\n"
     "In the 2023 to 2025 round, Wiltshire received £98,300.\n"
     "This time Wiltshire will get £121,400 over the two years.\n",
     ((2, 98300), ("2023-24", "2024-25")), ((3, 121400), ("2025-26", "2026-27"))),
    ("Home Office funding for the two years from April 2026 was published last week.\n\n"
     "In the 2024 to 2026 round, Gloucestershire was given £310,200. Now Gloucestershire will receive £288,500 over "
     "the two years, a cut its commissioner calls painful.\n",
     ((3, 310200), ("2024-25", "2025-26")), ((3, 288500), ("2026-27", "2027-28"))),
    ("Funding from the Home Office for 2026-28 has been confirmed.\n"
     "Under the 2024-26 scheme Durham got £205,000.\n"
     "Durham is now to receive £231,750 across the two years.\n",
     ((2, 205000), ("2024-25", "2025-26")), ((3, 231750), ("2026-27", "2027-28"))),
])
def test_over_the_two_years_means_the_texts_round_not_an_earlier_one(text, earlier, now):
    got = awards_by_key(text)
    for key, period in (earlier, now):
        assert (got[key].period_start, got[key].period_end) == period
