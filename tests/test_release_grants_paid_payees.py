"""A council's 'grants paid' list as tab- or comma-separated values: each payee of a row about this genre's work is a
recipient (an evaluation's payee also its evaluator); payees of rows about other work (a bowls club's green, a
food bank) and of a row whose sum is taken back (printed with a minus sign) are no organisation facts (invented texts).
"""

from tests.release_probe import read

TABS = "\n".join([
    "Grants paid by Rossendale Borough Council, October to December 2024",
    "",
    "Payee\tPurpose\tService area\tFunding source\tAmount\tDate paid",
    "Haslingden Bowls Club\tNew bowling green mower\tLeisure\tCouncil\t£1,900\t04/10/2024",
    "Irwell Change Ltd\tGroup programme for men who abuse a partner - Q3 payment\tCommunity safety\tHome Office grant\t£14,200\t09/10/2024",
    "Bacup Women's Aid\tSupport for partners of men on the programme\tCommunity safety\tCouncil match funding\t£4,100\t09/10/2024",
    "Whitworth Food Bank\tChristmas hampers\tCommunities\tHousehold Support Fund\t£2,000\t12/12/2024",
    "Pennine Evaluation Partners\tEvaluation of the perpetrator programme\tCommunity safety\tHome Office grant\t£3,500\t02/12/2024",
    "Irwell Change Ltd\tRecovery of an overpayment\tCommunity safety\tHome Office grant\t-£800\t20/12/2024",
])

COMMAS = "\n".join([
    "Fylde Council: payments over £500, quarter 2 2025-26",
    "",
    "Paid to,Description,Directorate,Source,Value,Date",
    "St Annes Rugby Club,Changing room repairs,Leisure,Council,£3000,03/08/2025",
    "Ribble Pathways CIC,One-to-one sessions for men who use abuse,Community safety,Home Office grant,£6200,14/08/2025",
    "Lytham Heritage Trust,Window restoration,Culture,Council,£1200,20/08/2025",
    "Kirkham Family Centre,Family worker for children in families on the course,Community safety,Council,£2600,01/09/2025",
])

WHAT_FOR = "\n".join([
    "Hyndburn Council grants paid in Q4 2024-25",
    "",
    "Payee\tWhat for\tAmount\tPaid on\tBudget",
    "Accrington Stanley Community Trust\tHoliday football camp for juniors\t£2,500\t10/01/2025\tLeisure",
    "Calder Valley Change\tCase workers for men assessed as high risk\t£9,800\t15/01/2025\tHome Office grant",
    "Oswaldtwistle Library Friends\tBook festival\t£700\t20/02/2025\tCulture",
])


def _orgs(text: str) -> set[tuple[int, str, str]]:
    return {(o.source_line, o.organisation, o.role) for o in read(text).organisations}


def test_tab_separated_payees_of_perpetrator_rows_are_recipients():
    got = _orgs(TABS)
    assert (5, "Irwell Change Ltd", "recipient") in got
    assert (6, "Bacup Women's Aid", "recipient") in got
    assert (8, "Pennine Evaluation Partners", "recipient") in got
    assert (8, "Pennine Evaluation Partners", "evaluator") in got
    assert not any(name in ("Haslingden Bowls Club", "Whitworth Food Bank") for _, name, _ in got)
    assert (9, "Irwell Change Ltd", "recipient") not in got  # (a sum taken back pays no one)


def test_comma_separated_paid_to_column_names_recipients_of_this_work_only():
    got = _orgs(COMMAS)
    assert (5, "Ribble Pathways CIC", "recipient") in got
    assert (7, "Kirkham Family Centre", "recipient") in got
    assert not any(name == "St Annes Rugby Club" for _, name, _ in got)


def test_payee_column_with_the_budget_last():
    got = _orgs(WHAT_FOR)
    assert (5, "Calder Valley Change", "recipient") in got
    assert not any(name in ("Accrington Stanley Community Trust", "Oswaldtwistle Library Friends") for _, name, _ in got)
