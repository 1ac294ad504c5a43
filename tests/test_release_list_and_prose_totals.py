"""Generalisation of the local-release reader to wordings and layouts it was not tuned on.

Invented texts (none taken from the corpus), in two classes:

- C1: the rows of a list or table above a TOTAL line are its parts, in any plain-text layout (bullets, numbers,
  letters or none; a colon, dash, em dash, dot leader, spaced dots, tab, a run of spaces, the sum first, HTML list
  items); the TOTAL line is a total with no funder unless one funder pays every row. A list with no TOTAL line stays
  separate grants, and a prose grant above a list is no piece of its total.
- C7: a prose figure that sums the separately stated figures just before it ("Between them, the two funders are
  putting …", "The two contributions add up to …", "Put together, that is …") is their total, with funder null over
  several funders; the pieces before it stay what they are; pieces in the same sentence as an "in all" figure are its
  parts. A figure with a payer of its own or another year is no such total.
"""

import pytest

from release_probe import awards as _awards

HO, PCC, LA, MOJ = "Home Office", "PCC", "local authority", "Ministry of Justice"
FIELDS = {"role": "funding_role", "funder": "funder", "part": "part_of_line", "ps": "period_start", "pe": "period_end"}




def _check(text, checks):
    awards = _awards(text)
    for line, pounds, want in checks:
        got = [a for a in awards if a.source_line == line and a.amount.pence == pounds * 100]
        if "ps" in want:
            got = [a for a in got if a.period_start == want["ps"]] or got
        assert got, f"line {line}: £{pounds:,} not read"
        for field, value in want.items():
            seen = getattr(got[0], FIELDS[field]) or None
            assert seen == value, f"line {line} £{pounds:,}: {field} {seen!r}, expected {value!r}"


TEST_ROWS_ABOVE_A_TOTAL_LINE_ARE_ITS_PARTS_CASES = [
    ("Kent's perpetrator service: where the 2025-26 money comes from\n– Home Office grant – £214,000\n– Kent County Council – £26,000\n– Police and Crime Commissioner – £18,000\n– TOTAL – £258,000",
     [(2, 214000, {'role': 'part', 'part': 5, 'funder': HO}), (3, 26000, {'role': 'part', 'part': 5, 'funder': LA}), (4, 18000, {'role': 'part', 'part': 5, 'funder': PCC}), (5, 258000, {'role': 'total', 'funder': None, 'part': None})]),
    ("Funding for the Devon stalking project\n£312,000   Home Office\n£40,000    Commissioner's fund\n£352,000   Total",
     [(2, 312000, {'role': 'part', 'part': 4, 'funder': HO}), (3, 40000, {'role': 'part', 'part': 4, 'funder': PCC}), (4, 352000, {'role': 'total', 'funder': None, 'part': None})]),
    ('Cleveland perpetrator programme budget\nHome Office grant . . . . . . £150,000\nMiddlesbrough Council . . . . £20,000\nTotal . . . . . . . . . . . . £170,000',
     [(2, 150000, {'role': 'part', 'part': 4, 'funder': HO}), (3, 20000, {'role': 'part', 'part': 4, 'funder': LA}), (4, 170000, {'role': 'total', 'funder': None, 'part': None})]),
    ('The Northamptonshire service is paid for as below.\n\n| Funder | What it pays for | Amount |\n|---|---|---|\n| Home Office | Group programme | £205,000 |\n| Commissioner | Partner support | £31,000 |\n| **Total** | | **£236,000** |',
     [(5, 205000, {'role': 'part', 'part': 7, 'funder': HO}), (6, 31000, {'role': 'part', 'part': 7, 'funder': PCC}), (7, 236000, {'role': 'total', 'funder': None, 'part': None})]),
    ('Gloucestershire perpetrator work, sources of money\nHome Office\t£198,000\nGloucestershire County Council\t£22,000\nTotal\t£220,000',
     [(2, 198000, {'role': 'part', 'part': 4, 'funder': HO}), (3, 22000, {'role': 'part', 'part': 4, 'funder': LA}), (4, 220000, {'role': 'total', 'funder': None, 'part': None})]),
    ("Money for the Sussex course in 2025-26\n1. Home Office grant: £120,000\n2. West Sussex County Council: £15,000\n3. Commissioner's own budget: £10,000\nTotal: £145,000",
     [(2, 120000, {'role': 'part', 'part': 5, 'funder': HO}), (3, 15000, {'role': 'part', 'part': 5, 'funder': LA}), (4, 10000, {'role': 'part', 'part': 5, 'funder': PCC}), (5, 145000, {'role': 'total', 'funder': None, 'part': None})]),
    ("Cheshire's Home Office grant for 2025-26 will be spent as follows:\n- Group programme: £140,000\n- Partner support: £45,000\n- Evaluation: £15,000\n- Total: £200,000",
     [(2, 140000, {'role': 'part', 'part': 5, 'funder': HO}), (3, 45000, {'role': 'part', 'part': 5, 'funder': HO}), (4, 15000, {'role': 'part', 'part': 5, 'funder': HO}), (5, 200000, {'role': 'total', 'funder': HO, 'part': None})]),
    ("Contracts let for Lincolnshire's perpetrator service\nFenway Change CIC: £180,000\nLindum Women's Aid: £60,000\nTotal value: £240,000",
     [(2, 180000, {'role': 'part', 'part': 4}), (3, 60000, {'role': 'part', 'part': 4}), (4, 240000, {'role': 'total', 'part': None})]),
    ('<p>Essex perpetrator funding</p>\n<ul>\n<li>Home Office: £250,000</li>\n<li>Essex County Council: £30,000</li>\n<li><strong>Total: £280,000</strong></li>\n</ul>',
     [(3, 250000, {'role': 'part', 'part': 5, 'funder': HO}), (4, 30000, {'role': 'part', 'part': 5, 'funder': LA}), (5, 280000, {'role': 'total', 'funder': None, 'part': None})]),
    ('Durham perpetrator service\n* Home Office: £90,000\n* Durham County Council: £12,500\n* Darlington Borough Council: £7,500\n* Total funding: £110,000',
     [(2, 90000, {'role': 'part', 'part': 5, 'funder': HO}), (3, 12500, {'role': 'part', 'part': 5, 'funder': LA}), (4, 7500, {'role': 'part', 'part': 5, 'funder': LA}), (5, 110000, {'role': 'total', 'funder': None, 'part': None})]),
    ('West Mercia funding profile\n                  2024-25     2025-26\nHome Office       £200,000    £210,000\nCommissioner      £30,000     £30,000\nTotal             £230,000    £240,000',
     [(3, 200000, {'role': 'part', 'part': 5, 'funder': HO, 'ps': '2024-25'}), (3, 210000, {'role': 'part', 'part': 5, 'funder': HO, 'ps': '2025-26'}), (4, 30000, {'role': 'part', 'part': 5, 'funder': PCC}), (5, 230000, {'role': 'total', 'funder': None, 'part': None, 'ps': '2024-25'}), (5, 240000, {'role': 'total', 'funder': None, 'part': None, 'ps': '2025-26'})]),
    ("Suffolk: what the perpetrator money pays for\nGroup course — £160,000 (Home Office)\nStalking caseworker — £38,000 (commissioner's own budget)\nGrand total — £198,000",
     [(2, 160000, {'role': 'part', 'part': 4, 'funder': HO}), (3, 38000, {'role': 'part', 'part': 4, 'funder': PCC}), (4, 198000, {'role': 'total', 'funder': None, 'part': None})]),
    ('The commissioner set out the budget on Monday.\n- **Home Office:** £80,000\n- **Commissioner (match):** £12,000\n- **Total:** £92,000',
     [(2, 80000, {'role': 'part', 'part': 4, 'funder': HO}), (3, 12000, {'role': 'part', 'part': 4, 'funder': PCC}), (4, 92000, {'role': 'total', 'funder': None, 'part': None})]),
    ("This is how Hertfordshire's course is funded.\n\n| Source | £ |\n|---|---|\n| Home Office | £176,000 |\n| Hertfordshire County Council | £24,000 |\n| TOTAL | £200,000 |",
     [(5, 176000, {'role': 'part', 'part': 7, 'funder': HO}), (6, 24000, {'role': 'part', 'part': 7, 'funder': LA}), (7, 200000, {'role': 'total', 'funder': None, 'part': None})]),
    ("The decision approves the following:\n(a) Home Office grant – £230,000\n(b) Police and crime commissioner's contribution – £30,000\nTotal – £260,000",
     [(2, 230000, {'role': 'part', 'part': 4, 'funder': HO}), (3, 30000, {'role': 'part', 'part': 4, 'funder': PCC}), (4, 260000, {'role': 'total', 'funder': None, 'part': None})]),
    ("Cambridgeshire's perpetrator money for 2025-26 is set out below.\n£95,000 – Home Office grant\n£15,000 – Peterborough City Council\n£110,000 – Total",
     [(2, 95000, {'role': 'part', 'part': 4, 'funder': HO}), (3, 15000, {'role': 'part', 'part': 4, 'funder': LA}), (4, 110000, {'role': 'total', 'funder': None, 'part': None})]),
    ('The Home Office grant to Leicestershire pays for three things.\nGroup programme: £150,000\nCase management: £60,000\nPartner support: £40,000\nTotal cost of the service: £250,000',
     [(2, 150000, {'role': 'part', 'part': 5, 'funder': HO}), (3, 60000, {'role': 'part', 'part': 5, 'funder': HO}), (5, 250000, {'role': 'total', 'funder': HO, 'part': None})]),
    ("Warwickshire confirmed its funding on Tuesday.\n* Home Office ......... £125,000\n* Mayor's office ...... £0\n* Warwickshire County Council ...... £18,000\n* Overall total ...... £143,000",
     [(2, 125000, {'role': 'part', 'part': 5, 'funder': HO}), (4, 18000, {'role': 'part', 'part': 5, 'funder': LA}), (5, 143000, {'role': 'total', 'funder': None, 'part': None})]),
]


@pytest.mark.parametrize("text, checks", TEST_ROWS_ABOVE_A_TOTAL_LINE_ARE_ITS_PARTS_CASES)
def test_rows_above_a_total_line_are_its_parts(text, checks):
    _check(text, checks)


TEST_NO_TOTAL_LINE_NO_PARTS_CASES = [
    ('The Home Office has confirmed these perpetrator grants for 2025-26:\n- Kent: £300,000\n- Essex: £280,000\n- Surrey: £250,000',
     [(2, 300000, {'role': 'grant', 'funder': HO, 'part': None}), (3, 280000, {'role': 'grant', 'funder': HO, 'part': None}), (4, 250000, {'role': 'grant', 'funder': HO, 'part': None})]),
    ("Norfolk has been given £75,000 by the Ministry of Justice for victims' services.\n\nPerpetrator service funding\n- Home Office: £260,000\n- Norfolk County Council: £20,000\n- Total: £280,000",
     [(1, 75000, {'role': 'grant', 'funder': MOJ, 'part': None}), (4, 260000, {'role': 'part', 'part': 6, 'funder': HO}), (6, 280000, {'role': 'total', 'funder': None})]),
    ('The Home Office has announced grants to three forces.\nKent — £300,000\nEssex — £280,000\nSurrey — £250,000',
     [(2, 300000, {'role': 'grant', 'funder': HO, 'part': None}), (3, 280000, {'role': 'grant', 'funder': HO, 'part': None}), (4, 250000, {'role': 'grant', 'funder': HO, 'part': None})]),
]


@pytest.mark.parametrize("text, checks", TEST_NO_TOTAL_LINE_NO_PARTS_CASES)
def test_no_total_line_no_parts(text, checks):
    _check(text, checks)


TEST_A_PROSE_SUM_OF_THE_FIGURES_BEFORE_IT_IS_THEIR_TOTAL_CASES = [
    ('Cheshire will get £260,000 from the Home Office. The commissioner is adding £40,000 to the grant.\nAll told, the service will have £300,000 to spend.',
     [(1, 260000, {'role': 'grant', 'funder': HO, 'part': None}), (1, 40000, {'role': 'match_funding', 'funder': PCC, 'part': None}), (2, 300000, {'role': 'total', 'funder': None, 'part': None})]),
    ("Lancashire's Home Office grant is £290,000, and Lancashire County Council is adding £28,000 to it.\nBetween them, the two funders are putting £318,000 into the programme.",
     [(1, 290000, {'role': 'grant', 'funder': HO, 'part': None}), (2, 318000, {'role': 'total', 'funder': None, 'part': None})]),
    ('Merseyside has won £390,000 from the Home Office, and the commissioner has put £65,000 of her own money towards the course. The package is worth £455,000 in total.',
     [(1, 390000, {'role': 'grant', 'funder': HO, 'part': None}), (1, 455000, {'role': 'total', 'funder': None, 'part': None})]),
    ('Avon and Somerset will receive £210,000 from the Home Office and £35,000 from Bristol City Council, £245,000 in all, for the stalking service.',
     [(1, 210000, {'role': 'part', 'part': 1, 'funder': HO}), (1, 35000, {'role': 'part', 'part': 1, 'funder': LA}), (1, 245000, {'role': 'total', 'funder': None, 'part': None})]),
    ('Humberside has a £330,000 Home Office award for the group course.\nHull City Council is giving £48,000 towards it.\nThat gives the scheme a combined £378,000.',
     [(1, 330000, {'role': 'grant', 'funder': HO, 'part': None}), (3, 378000, {'role': 'total', 'funder': None, 'part': None})]),
    ('The Home Office has given Bedfordshire £140,000, and the commissioner is contributing £25,000 from the police budget.\nThe two contributions add up to £165,000.',
     [(1, 140000, {'role': 'grant', 'funder': HO, 'part': None}), (2, 165000, {'role': 'total', 'funder': None, 'part': None})]),
    ("Nottinghamshire received £300,000 from the Home Office for a group programme and, in a separate award, £310,000 from the Home Office for a stalking service.\nTaken together, the Home Office's two awards give the county £610,000.",
     [(1, 300000, {'role': 'grant', 'funder': HO, 'part': None}), (2, 610000, {'role': 'total', 'funder': HO, 'part': None})]),
    ("Cleveland's commissioner has secured £196,500 of Home Office funding for 2025-26 and will spend £30,000 of her own budget on a helpline.\nIn total, £226,500 will be spent on perpetrator work in Cleveland this year.",
     [(1, 196500, {'role': 'grant', 'funder': HO, 'part': None}), (2, 226500, {'role': 'total', 'funder': None, 'part': None})]),
    ('North Yorkshire receives £118,000 from the Home Office and £25,000 from North Yorkshire Council. Put together, that is £143,000 for the course.',
     [(1, 118000, {'role': 'grant', 'funder': HO, 'part': None}), (1, 143000, {'role': 'total', 'funder': None, 'part': None})]),
    ('Wiltshire gets £175,000 of Home Office money this year. The commissioner tops it up with £20,000.\nOverall, the programme is backed by £195,000 from the two funders.',
     [(1, 175000, {'role': 'grant', 'funder': HO, 'part': None}), (2, 195000, {'role': 'total', 'funder': None, 'part': None})]),
    ("Staffordshire's Home Office grant is £230,000 and Stoke-on-Trent City Council adds £20,000.\nThe two sums amount to £250,000 between them.",
     [(2, 250000, {'role': 'total', 'funder': None, 'part': None})]),
    ('Derbyshire will have £200,000 from the Home Office and £40,000 from Derby City Council, a total of £240,000 over two years.',
     [(1, 240000, {'role': 'total', 'funder': None, 'part': None})]),
    ('Lincolnshire receives £210,000 from the Home Office and £30,000 from the commissioner. Added together, the money comes to £240,000.',
     [(1, 210000, {'role': 'grant', 'funder': HO, 'part': None}), (1, 240000, {'role': 'total', 'funder': None, 'part': None})]),
    ("The Home Office is giving Dorset £180,000.\nDorset Council adds £20,000.\nThat takes the service's budget to £200,000.",
     [(3, 200000, {'role': 'total', 'funder': None, 'part': None})]),
    ('West Yorkshire gets £400,000 from the Home Office. The mayor is adding £50,000 from the police fund, and Leeds City Council £25,000. The full package comes to £475,000.',
     [(1, 400000, {'role': 'grant', 'funder': HO, 'part': None}), (1, 475000, {'role': 'total', 'funder': None, 'part': None})]),
    ('Gwent has been given £150,000 by the Home Office for a stalking service and £120,000 by the Home Office for a group course. That makes £270,000 of Home Office money.',
     [(1, 270000, {'role': 'total', 'funder': HO, 'part': None})]),
    ('Kent gets £240,000 from the Home Office and £40,000 from Kent County Council, £280,000 in all.',
     [(1, 240000, {'role': 'part', 'part': 1, 'funder': HO}), (1, 40000, {'role': 'part', 'part': 1, 'funder': LA}), (1, 280000, {'role': 'total', 'funder': None})]),
]


@pytest.mark.parametrize("text, checks", TEST_A_PROSE_SUM_OF_THE_FIGURES_BEFORE_IT_IS_THEIR_TOTAL_CASES)
def test_a_prose_sum_of_the_figures_before_it_is_their_total(text, checks):
    _check(text, checks)


TEST_A_FIGURE_WITH_ITS_OWN_PAYER_OR_YEAR_IS_NO_PROSE_TOTAL_CASES = [
    ("Together with the county's councils, the commissioner has won £280,000 from the Home Office for the course.",
     [(1, 280000, {'role': 'grant', 'funder': HO, 'part': None})]),
    ('Essex has £300,000 from the Home Office and £50,000 from the commissioner for 2025-26. In 2024-25 the Home Office alone gave it £350,000.',
     [(1, 350000, {'role': 'grant', 'funder': HO, 'part': None, 'ps': '2024-25'})]),
    ("Surrey's Home Office grant is £200,000.\nThe commissioner adds £50,000 to it.\nSeparately, Surrey County Council is paying £250,000 for a refuge.",
     [(3, 250000, {'role': 'grant', 'funder': LA, 'part': None})]),
]


@pytest.mark.parametrize("text, checks", TEST_A_FIGURE_WITH_ITS_OWN_PAYER_OR_YEAR_IS_NO_PROSE_TOTAL_CASES)
def test_a_figure_with_its_own_payer_or_year_is_no_prose_total(text, checks):
    _check(text, checks)
