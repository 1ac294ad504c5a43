"""Tables with a payer's column headed by the reserve its money is drawn from ("Council (Public Health reserve)",
"Commissioner's reserves £000"): money that payer puts in, read like the other payers' columns, not a fund's balance.
A column whose heading is a balance ("Closing reserves", "Reserve balance") stays a balance.

Invented texts; the facts are those the corpus README's conventions ('Two-way tables', 'Figures in thousands or
millions') give them."""

from release_probe import awards


def _facts(text):
    return {(a.source_line, a.amount.pence // 100): (a.funding_role, a.funder or None, a.part_of_line)
            for a in awards(text)}


def test_a_pipe_tables_council_reserve_column_is_the_councils_money():
    text = ("Report to Cabinet, Sandwell, 2025-26.\n\n"
            "| Service | Home Office grant | Council (Children's Services reserve) | Total |\n|---|---:|---:|---:|\n"
            "| Group course for men | £120,000 | £25,000 | £145,000 |\n"
            "| Partner support | £40,000 | £12,500 | £52,500 |\n"
            "| **Total** | **£160,000** | **£37,500** | **£197,500** |\n")
    got = _facts(text)
    assert got[(5, 25000)] == ("part", "local authority", 5)
    assert got[(6, 12500)] == ("part", "local authority", 6)
    assert got[(7, 37500)] == ("total", "local authority", None)
    assert got[(5, 120000)] == ("part", "Home Office", 5)


def test_an_aligned_tables_commissioners_reserves_column_in_thousands_is_his_money():
    text = ("Decision record: perpetrator services in Kent, 2025-26.\n\n"
            "  Line                 Home Office £000   Commissioner's reserves £000   Total £000\n"
            "  Group programme                 210.0                           30.0        240.0\n"
            "  Case management                  80.0                           20.0        100.0\n"
            "  TOTAL                           290.0                           50.0        340.0\n")
    got = _facts(text)
    assert got[(4, 30000)][0] == "part" and got[(4, 30000)][1] == "PCC"
    assert got[(5, 20000)][:2] == ("part", "PCC")
    assert got[(6, 50000)][0] == "total"


def test_a_tab_tables_reserve_column_beside_a_grant_is_paid_money_but_a_balance_stays_a_balance():
    text = ("Perpetrator funding in Cumbria, 2025-26.\n\n"
            "Service\tHome Office grant\tCounty council reserve\tTotal\n"
            "Group course\t£90,000\t£15,000\t£105,000\n"
            "Partner support\t£10,000\t£5,000\t£15,000\n"
            "Total\t£100,000\t£20,000\t£120,000\n\n"
            "| Fund | Opening reserve balance | Closing reserves |\n|---|---:|---:|\n"
            "| Community safety fund | £400,000 | £350,000 |\n")
    got = _facts(text)
    assert got[(4, 15000)] == ("part", "local authority", 4)
    assert got[(5, 5000)] == ("part", "local authority", 5)
    assert got[(6, 20000)][0] == "total"
    assert got[(10, 400000)][0] == "context"
    assert got[(10, 350000)][0] == "context"
