"""Tables of money by source: money columns headed by two or more payers (corpus README, 'Two-way tables').

Each cell is the money of the payer its column names, whatever body the row's label names as the service's provider
(a council's youth team, a council-run service), and a column headed by the commissioner's or mayor's "Police and Crime
Fund" is the PCC's money; the TOTAL row's cells keep their column's payer, the Total column's cells have none.
"""

from __future__ import annotations

from release_probe import awards_by_key

MARKDOWN = """# Decision 14/2025: perpetrator services in Lancashire

Table 2: Perpetrator funding 2025/26 by source (£)

| Service (provider) | Home Office grant | Police, Fire and Crime Fund | Borough councils | Total |
|---|---:|---:|---:|---:|
| Group programme for men (Ribble Change) | £210,000 | £30,000 | – | £240,000 |
| Youth work for 12 to 16 year olds (Preston City Council youth team) | £40,000 | – | £25,000 | £65,000 |
| Partner support (Fylde Women's Aid) | £90,000 | £15,000 | – | £105,000 |
| **Total** | **£340,000** | **£45,000** | **£25,000** | **£410,000** |
"""

FIXED_WIDTH = """Office of the Police and Crime Commissioner for Suffolk

Decision 2025/31: spending plan for perpetrator work in 2025-26

The table shows each service's money by source.

     Service                                     Home Office    Police and Crime Fund    District councils    Total
     Behaviour change groups (Orwell Change)        £180,500                  £20,000                    -    £200,500
     Stalking work (Ipswich Borough Council team)    £35,000                        -              £15,000     £50,000
     Case management (Deben Safer Homes)             £64,500                  £10,000                    -     £74,500
     TOTAL                                          £280,000                  £30,000              £15,000    £325,000
"""

HTML = """<html><body>
<h1>Perpetrator funding in Cleveland, 2025-26</h1>
<table>
<tr><th>Service</th><th>Home Office grant (£)</th><th>Police and Crime Fund (£)</th><th>Councils (£)</th><th>Total (£)</th></tr>
<tr><td>Group programme (Tees Change)</td><td>150,000</td><td>25,000</td><td>-</td><td>175,000</td></tr>
<tr><td>Young people's service (Middlesbrough Council)</td><td>30,000</td><td>-</td><td>20,000</td><td>50,000</td></tr>
<tr><td>Total</td><td>180,000</td><td>25,000</td><td>20,000</td><td>225,000</td></tr>
</table>
</body></html>
"""


def test_markdown_cells_take_their_columns_payer():
    got = awards_by_key(MARKDOWN, "invented.md")
    assert got[(7, 30000)].funder == "PCC"  # the Police, Fire and Crime Fund column
    assert got[(8, 40000)].funder == "Home Office"  # not the council its label names as the provider
    assert got[(8, 25000)].funder == "local authority"
    assert got[(8, 40000)].funding_role == got[(8, 25000)].funding_role == "part"
    assert got[(8, 65000)].funder == ""  # a row total across two payers
    assert (got[(10, 340000)].funding_role, got[(10, 340000)].funder) == ("total", "Home Office")
    assert got[(10, 45000)].funder == "PCC"
    assert got[(10, 410000)].funder == ""


def test_fixed_width_cells_take_their_columns_payer():
    got = awards_by_key(FIXED_WIDTH)
    assert got[(8, 20000)].funder == got[(10, 10000)].funder == "PCC"
    assert got[(9, 35000)].funder == "Home Office"
    assert got[(11, 30000)].funder == "PCC" and got[(11, 30000)].funding_role == "total"
    assert got[(11, 280000)].funder == "Home Office"
    assert got[(11, 325000)].funder == ""


def test_html_cells_take_their_columns_payer():
    got = awards_by_key(HTML, "invented.html")
    assert got[(5, 25000)].funder == "PCC"
    assert got[(6, 30000)].funder == "Home Office"
    assert got[(6, 20000)].funder == "local authority"
    assert got[(6, 50000)].funder == ""
    assert got[(7, 180000)].funder == "Home Office" and got[(7, 25000)].funder == "PCC"
    assert got[(7, 225000)].funder == ""


def test_one_payer_column_still_lets_the_label_name_the_payer():
    # a single payer's column beside a label naming a council's match: the label still says whose money it is
    text = """Perpetrator funding in Kent, 2025-26

| Source | Home Office grant (£) |
|---|---:|
| Group programme | £120,000 |
| Medway Council match funding | £20,000 |
"""
    got = awards_by_key(text, "invented.md")
    assert got[(6, 20000)].funder == "local authority"
    assert got[(6, 20000)].funding_role == "match_funding"
