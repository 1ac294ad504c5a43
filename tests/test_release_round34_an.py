"""Rules added while tuning the thirty-fourth round's releases (tuner AN): invented sentences, with the facts the corpus
README's conventions give them (never the corpus text)."""

import pytest

from release_probe import awards_by_key


def _facts(text, name="invented.txt"):
    return {k: (a.funding_role, a.funder or None, a.part_of_line, a.period_start or None, a.period_end or None)
            for k, a in awards_by_key(text, name).items()}


# --- An income total "made up as follows:" with its rows set out below it without bullets, each label joined to its
# sum by a dot leader: the rows are the list's items, parts of the total with its year; a row of the charity's own
# fundraising is partners' money; a row a later sentence splits between two payers is neither payer's alone ---------

_ACCOUNTS = """Brackenford Change Project
Annual report for the year ended 31 March 2025

Money
{lead}
{rows}
{after}
"""


@pytest.mark.parametrize("lead", [
    "Our income for 2024-25 came to £120,000, made up as follows:",
    "In 2024-25 we received £120,000 in all, broken down as follows:",
])
@pytest.mark.parametrize("dots", ["....", "........................"])
def test_dot_leader_rows_under_a_breakdown_are_its_parts(lead, dots):
    rows = "\n".join([f"    Sefton Borough Council {dots} £70,000",
                      f"    Northgate Community Trust (bus fares) {dots} £30,000",
                      f"    Donations, quiz nights and sponsored walks {dots} £20,000"])
    got = _facts(_ACCOUNTS.format(lead=lead, rows=rows, after=""))
    assert got[(6, 70000)][0] == "part" and got[(6, 70000)][2] == 5
    assert got[(7, 30000)][:3] == ("part", None, 5)
    assert got[(8, 20000)][:3] == ("part", "partners", 5)
    assert all(got[(n, p)][3] == "2024-25" for n, p in ((6, 70000), (7, 30000), (8, 20000)))


def test_rows_at_the_margin_or_without_a_leader_are_not_read_as_the_list():
    # (near-miss: rows with no indent and no dot leader are not this list's rows; nothing makes them its parts)
    rows = "\n".join(["Sefton Borough Council gave £70,000 for the group.",
                      "Northgate Community Trust gave £30,000 for bus fares.",
                      "Gifts and sponsored walks raised £20,000."])
    got = _facts(_ACCOUNTS.format(lead="Our income for 2024-25 came to £120,000, made up as follows:", rows=rows,
                                  after=""))
    assert got[(8, 20000)][2] != 5


def test_a_row_split_later_between_two_payers_has_no_payer_of_its_own():
    rows = "\n".join(["    Police and Crime Commissioner for Merseyside ........ £70,000",
                      "    Northgate Community Trust ........................... £30,000",
                      "    Donations and fundraising ........................... £20,000"])
    after = "The Commissioner's grant was made up of £50,000 of Home Office money and £20,000 from her own budget."
    got = _facts(_ACCOUNTS.format(lead="Our income for 2024-25 came to £120,000, made up as follows:", rows=rows,
                                  after=after))
    assert got[(6, 70000)][:3] == ("part", None, 5)
    assert got[(8, 20000)][:3] == ("part", "partners", 5)


def test_a_row_a_later_sentence_gives_one_payer_keeps_its_payer():
    # (near-miss: the later sentence names one payer only, so the row's own label still names its payer)
    rows = "\n".join(["    Police and Crime Commissioner for Merseyside ........ £70,000",
                      "    Northgate Community Trust ........................... £30,000",
                      "    Donations and fundraising ........................... £20,000"])
    after = "The Commissioner's grant pays for the group course in Bootle."
    got = _facts(_ACCOUNTS.format(lead="Our income for 2024-25 came to £120,000, made up as follows:", rows=rows,
                                  after=after))
    assert got[(6, 70000)][:3] == ("part", "PCC", 5)
