"""Layout mechanisms of the amounts reader (branch ly): how a table's shape assigns each cell its facts."""

from release_probe import award_errors

# -- a table row whose word cell wraps onto the next line ------------------------------------------------------------

ALIGNED_WRAP = """The Rutland commissioner has shared out the Home Office perpetrator grant for 2025-26.

   Provider                  Work                                        Amount
   Oakham Change Project     Men's group course over twenty-four       £210,000
                             weeks, evenings only
   Vale Partner Support      Support for current and former partners    £90,000
   TOTAL                                                               £300,000
"""

PIPE_WRAP = """The Rutland commissioner has shared out the Home Office perpetrator grant for 2025-26.

| Provider | Work | Amount |
|---|---|---|
| Oakham Change Project | Men's group course over twenty-four | £210,000 |
| | weeks, evenings only | |
| Vale Partner Support | Support for current and former partners | £90,000 |
| TOTAL | | £300,000 |
"""


def test_a_wrapped_cell_in_an_aligned_table_keeps_the_table_whole():
    assert award_errors(ALIGNED_WRAP, {
        (4, 210000): dict(role="part", part=7, start="2025-26"),
        (6, 90000): dict(role="part", part=7, start="2025-26"),
        (7, 300000): dict(role="total", start="2025-26"),
    }) == []


def test_a_wrapped_cell_in_a_pipe_table_is_no_heading_row():
    assert award_errors(PIPE_WRAP, {
        (5, 210000): dict(role="part", part=8, start="2025-26"),
        (7, 90000): dict(role="part", part=8, start="2025-26"),
        (8, 300000): dict(role="total", start="2025-26"),
    }) == []


# -- a label column whose heading offers alternatives ("Police force area or lead body") ------------------------------

PIPE_AREA_OR_BODY = """The Home Office has published its perpetrator allocations for 2025-26.

| Police force area or lead body | Home Office allocation, 2025-26 |
|---|---|
| Suffolk | £402,000 |
| Office of the Police and Crime Commissioner for Norfolk | £388,500 |
"""

ALIGNED_AREA_OR_BODY = """The Home Office has published its perpetrator allocations for 2025-26.

Area / lead body                                          Home Office allocation, 2025-26
Suffolk                                                   £402,000
Office of the Police and Crime Commissioner for Norfolk   £388,500
"""


def test_a_commissioners_office_in_a_column_of_areas_or_bodies_receives_the_columns_money():
    want = {(5, 402000): dict(role="grant", funder="Home Office", start="2025-26"),
            (6, 388500): dict(role="grant", funder="Home Office", start="2025-26")}
    assert award_errors(PIPE_AREA_OR_BODY, want) == []
    want = {(4, 402000): dict(role="grant", funder="Home Office", start="2025-26"),
            (5, 388500): dict(role="grant", funder="Home Office", start="2025-26")}
    assert award_errors(ALIGNED_AREA_OR_BODY, want) == []


# -- a row split by year under its own total column, no TOTAL row -----------------------------------------------------

PIPE_ROW_TOTALS = """All figures below are Home Office perpetrator grant to the Dorset commissioner.

| Profile | 2025-26 | 2026-27 | Total |
|---|---|---|---|
| Offer as first made | £120,000 | £110,000 | £230,000 |
| Offer as revised | £100,000 | £140,000 | £240,000 |
| Home Office grant | £100,000 | £140,000 | £240,000 |
"""

ALIGNED_ROW_TOTALS = """All figures below are Home Office perpetrator grant to the Dorset commissioner.

Profile                 2025-26     2026-27       Total
Offer as first made    £120,000    £110,000    £230,000
Offer as revised       £100,000    £140,000    £240,000
Home Office grant      £100,000    £140,000    £240,000
"""


def test_a_rows_total_column_sums_its_year_cells_whatever_the_row_is():
    # (README "Row totals over years": a total with the row's funder, "whatever the row's kind (a Home Office row …)")
    want = {(5, 230000): dict(role="total", start="2025-26", end="2026-27"),
            (5, 120000): dict(role="part", part=5, start="2025-26"),
            (6, 240000): dict(role="total"),
            (7, 240000): dict(role="total", funder="Home Office", part=None, start="2025-26", end="2026-27"),
            (7, 100000): dict(role="part", part=7, start="2025-26")}
    assert award_errors(PIPE_ROW_TOTALS, want) == []
    want = {(k[0] - 1, *k[1:]): v for k, v in want.items()}
    want[(4, 120000)]["part"] = 4
    want[(6, 100000)]["part"] = 6
    assert award_errors(ALIGNED_ROW_TOTALS, want) == []


# -- a row split across columns headed by their payers, under the row's own total column ------------------------------

PIPE_PAYER_COLUMNS = """Money for the Dorset perpetrator service in 2025-26:

| Service | Home Office | Commissioner | Total |
|---|---|---|---|
| Men's group course | £210,000 | £40,000 | £250,000 |
| Partner support | £70,000 | £25,000 | £95,000 |
"""

ALIGNED_PAYER_COLUMNS = """Money for the Dorset perpetrator service in 2025-26:

Service               Home Office     Commissioner         Total
Men's group course       £210,000          £40,000      £250,000
Partner support           £70,000          £25,000       £95,000
"""


def test_payers_columns_are_parts_of_the_rows_total_across_funders():
    want = {(5, 210000): dict(role="part", part=5, funder="Home Office"),
            (5, 40000): dict(role="part", part=5, funder="PCC"),
            (5, 250000): dict(role="total", funder=None, start="2025-26"),
            (6, 95000): dict(role="total", funder=None)}
    assert award_errors(PIPE_PAYER_COLUMNS, want) == []
    want = {(k[0] - 1, *k[1:]): v for k, v in want.items()}
    want[(4, 210000)]["part"] = want[(4, 40000)]["part"] = 4
    assert award_errors(ALIGNED_PAYER_COLUMNS, want) == []
