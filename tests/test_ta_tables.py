"""Table structure in HTML and allocations tables (tuner ``ta``): invented texts, each rule in two forms."""

from __future__ import annotations

from release_probe import awards


def _by_key(text: str, name: str = "page.html") -> dict:
    return {(a.source_line, a.amount.pence // 100, a.period_start or None): a for a in awards(text, name)}


_MINIFIED_YEARS = """<html><body>
<p>The Commissioner for Suffolk has set out the Home Office grant for the new course.</p>
<table><tr><th>Item</th><th>2024-25</th><th>2025-26</th></tr><tr><td>Group course</td><td>£61,250</td><td>£63,400</td></tr><tr><td>Partner support</td><td>£22,175</td><td>£23,010</td></tr><tr><td>Total</td><td>£83,425</td><td>£86,410</td></tr></table>
</body></html>"""

_MINIFIED_AREAS = """<html><body><main>
<p>Allocations from the Ministry of Justice for 2025-26 are listed below.</p>
<table><thead><tr><th>Police force area</th><th>Award</th></tr></thead><tbody><tr><td>Lincolnshire</td><td>£144,320</td></tr><tr><td>Norfolk</td><td>£137,915</td></tr></tbody></table>
</main></body></html>"""


def test_minified_table_rows_on_one_line_keep_their_year_columns_and_total_row():
    got = _by_key(_MINIFIED_YEARS)
    for pounds, year in ((61250, "2024-25"), (63400, "2025-26"), (22175, "2024-25"), (23010, "2025-26")):
        a = got[(3, pounds, year)]
        assert (a.funding_role, a.part_of_line, a.period_end, a.funder) == ("part", 3, year, "Home Office")
    for pounds, year in ((83425, "2024-25"), (86410, "2025-26")):
        a = got[(3, pounds, year)]
        assert (a.funding_role, a.period_end, a.pfa_code) == ("total", year, "E23000025")


def test_the_same_table_one_row_a_line_reads_alike():
    got = _by_key(_MINIFIED_YEARS.replace("</tr>", "</tr>\n"))
    assert (got[(4, 61250, "2024-25")].funding_role, got[(4, 61250, "2024-25")].part_of_line) == ("part", 6)
    assert got[(6, 86410, "2025-26")].funding_role == "total"


def test_minified_table_rows_each_take_their_own_area_and_the_page_funder():
    got = _by_key(_MINIFIED_AREAS)
    for pounds, code in ((144320, "E23000020"), (137915, "E23000024")):
        a = got[(3, pounds, "2025-26")]
        assert (a.pfa_code, a.funder, a.area_basis, a.funding_role) == (code, "Ministry of Justice", "table_row", "grant")


_BODIES_UNDER_PAYER_COLUMN = """# Awards

Awards for perpetrator work in 2025-26 are listed below.

| Lead body | Home Office grant |
|---|---|
| Cumbria Police and Crime Commissioner | £214,600 |
| Office of the Police and Crime Commissioner for Dorset | £187,250 |
| Wiltshire PCC | £163,900 |
"""

_BODIES_UNDER_PAGE_PAYER = """# Awards

The Ministry of Justice has made these awards for perpetrator work in 2025-26.

| Lead body | Sum |
|---|---|
| Cumbria Police and Crime Commissioner | £214,600 |
| Wiltshire Police and Crime Commissioner's Office | £163,900 |
"""

_COMMISSIONERS_OWN_MONEY_ROWS = """# Awards

The commissioners below have put money into perpetrator work in 2025-26.

| Item | Amount |
|---|---|
| Cumbria PCC own budget | £214,600 |
| Wiltshire PCC match funding | £163,900 |
"""


def test_a_commissioner_naming_a_row_under_a_payers_column_receives_that_payers_money():
    got = _by_key(_BODIES_UNDER_PAYER_COLUMN, "allocations.md")
    for line, pounds, code in ((7, 214600, "E23000002"), (8, 187250, "E23000039"), (9, 163900, "E23000038")):
        a = got[(line, pounds, "2025-26")]
        assert (a.pfa_code, a.funder, a.funding_role, a.area_basis) == (code, "Home Office", "grant", "table_row")


def test_a_commissioner_naming_a_row_of_bodies_receives_the_pages_payers_money():
    got = _by_key(_BODIES_UNDER_PAGE_PAYER, "allocations.md")
    for line, pounds, code in ((7, 214600, "E23000002"), (8, 163900, "E23000038")):
        a = got[(line, pounds, "2025-26")]
        assert (a.pfa_code, a.funder, a.funding_role) == (code, "Ministry of Justice", "grant")


def test_a_row_naming_the_commissioners_own_money_still_pays():
    got = _by_key(_COMMISSIONERS_OWN_MONEY_ROWS, "money.md")
    assert (got[(7, 214600, None)].funder, got[(7, 214600, None)].funding_role) == ("PCC", "own_funding")
    assert (got[(8, 163900, None)].funder, got[(8, 163900, None)].funding_role) == ("PCC", "match_funding")


_CELLS_DATED = """# Two counties compared

| | Rutland Vale | Harrowfield |
|---|---|---|
| Leicestershire grant from the Home Office | £512,400 (2024-25) | £97,300 (2024-26) |
"""

_CELLS_DATED_HTML = """<html><body>
<p>How the Home Office money compares.</p>
<table>
<tr><th>Money</th><th>Lincolnshire</th><th>Norfolk</th></tr>
<tr><td>Home Office grant</td><td>£301,150 (2025-26)</td><td>£188,640 (2025-27)</td></tr>
<tr><td>Commissioner's own budget</td><td>£0</td><td>£72,500 (2025-27)</td></tr>
</table></body></html>"""


def test_money_cells_dating_their_own_figures_keep_their_own_years():
    got = _by_key(_CELLS_DATED_HTML)
    assert (got[(5, 301150, "2025-26")].period_end, got[(5, 301150, "2025-26")].pfa_code) == ("2025-26", "E23000020")
    assert (got[(5, 188640, "2025-26")].period_end, got[(5, 188640, "2025-26")].pfa_code) == ("2026-27", "E23000024")
    assert got[(6, 72500, "2025-26")].period_end == "2026-27"
    assert got[(6, 0, None)].period_end in (None, "")  # (the undated cell beside a dated one has no years)
    md = _by_key(_CELLS_DATED, "compare.md")
    assert md[(5, 512400, "2024-25")].period_end == "2024-25"
    assert md[(5, 97300, "2024-25")].period_end == "2025-26"


_FUNDER_COLUMN_TWO_PAYERS = """# Members' sums

| Area | Main funder | 2025-26 (£) |
|---|---|---|
| Lincolnshire | Home Office | £463,800 |
| Surrey | Home Office and commissioner | £563,400 |
| Kent | Home Office via the commissioner's office | £210,000 |
"""

_FUNDER_COLUMN_TWO_PAYERS_HTML = """<html><body>
<p>Sums our members reported.</p>
<table>
<tr><th>Area</th><th>Funded by</th><th>Amount</th></tr>
<tr><td>Essex</td><td>Ministry of Justice &amp; county council</td><td>£144,700</td></tr>
<tr><td>Kent</td><td>Ministry of Justice</td><td>£98,250</td></tr>
</table></body></html>"""


def test_a_funder_column_naming_two_payers_leaves_the_row_no_one_funder():
    got = _by_key(_FUNDER_COLUMN_TWO_PAYERS, "sums.md")
    assert got[(5, 463800, "2025-26")].funder == "Home Office"
    assert got[(6, 563400, "2025-26")].funder in (None, "")
    assert got[(7, 210000, "2025-26")].funder == "Home Office"  # (money passed through a body keeps its payer)
    html = {(a.source_line, a.amount.pence // 100): a for a in awards(_FUNDER_COLUMN_TWO_PAYERS_HTML, "sums.html")}
    assert html[(5, 144700)].funder in (None, "")
    assert html[(6, 98250)].funder == "Ministry of Justice"


_TOTAL_OVER_ROWS_NAMING_SEVERAL_AREAS = """# Partners update

The board met in March.

| Funder | Areas | Amount |
|---|---|---|
| Home Office | Cumbria, Lancashire | £412,000 |
| Cumbria commissioner's budget | Cumbria | £35,500 |
| **Total** | | **£447,500** |
"""

_TOTAL_OVER_ROWS_NAMING_SEVERAL_AREAS_HTML = """<html><body>
<p>The board met in March.</p>
<table>
<tr><th>Funder</th><th>Areas</th><th>Amount</th></tr>
<tr><td>Ministry of Justice</td><td>Dorset and Wiltshire</td><td>£212,000</td></tr>
<tr><td>Dorset commissioner's budget</td><td>Dorset</td><td>£18,500</td></tr>
<tr><td>Total</td><td></td><td>£230,500</td></tr>
</table></body></html>"""


def test_a_total_over_rows_naming_several_areas_is_no_one_areas():
    md = {(a.source_line, a.amount.pence // 100): a for a in awards(_TOTAL_OVER_ROWS_NAMING_SEVERAL_AREAS, "update.md")}
    assert (md[(9, 447500)].funding_role, md[(9, 447500)].pfa_code or None) == ("total", None)
    assert (md[(8, 35500)].pfa_code, md[(8, 35500)].part_of_line) == ("E23000002", 9)
    html = {(a.source_line, a.amount.pence // 100): a
            for a in awards(_TOTAL_OVER_ROWS_NAMING_SEVERAL_AREAS_HTML, "update.html")}
    assert (html[(7, 230500)].funding_role, html[(7, 230500)].pfa_code or None) == ("total", None)
    assert html[(6, 18500)].part_of_line == 7
