"""Rules added while tuning on the thirtieth round's first writer's releases (tuner Y): invented sentences in the
genres' wording (a partnership board's annual report, a provider's infographic export, an accounts note on grant
income, a national charity's mapping report), with the facts the corpus README's conventions give them (never the
corpus text)."""

import pytest

from funding.parse.releases import extract_release
from release_probe import read


def awards(text, published="2025-06"):
    return list(read(text, published=published).awards)


# --- A label over a group of an aligned table's rows does not end the table ------------------------------------------

_HEAD = ("Note 14 Grant income\n\nThe Council received the following grants in the year.\n\n"
         "                                                   2023/24       2024/25\n"
         "                                                      £000          £000\n")


@pytest.mark.parametrize("label", ["Credited to services", "Revenue grants:", "Specific grants", "Capital"])
def test_a_group_label_inside_an_aligned_table_keeps_its_years_and_units(label):
    text = (_HEAD + label + "\n"
            "Home Office perpetrator grant                           210           245\n"
            "Other grants                                             90            95\n"
            "Total                                                   300           340\n")
    got = {(a.amount.pence, a.period_start, a.funding_role) for a in awards(text, published="2025-07")}
    assert (21_000_000, "2023-24", "part") in got and (24_500_000, "2024-25", "part") in got
    assert (30_000_000, "2023-24", "total") in got and (34_000_000, "2024-25", "total") in got


def test_a_group_label_between_rows_keeps_the_table():
    text = (_HEAD + "Home Office perpetrator grant                           210           245\n"
            "Credited to financing\n"
            "Other grants                                             90            95\n"
            "Total                                                   300           340\n")
    got = {(a.amount.pence, a.period_start, a.funding_role) for a in awards(text, published="2025-07")}
    assert (9_000_000, "2023-24", "part") in got and (34_000_000, "2024-25", "total") in got


@pytest.mark.parametrize("line", ["The figures below are unaudited.",
                                  "These are the grants that the Council received in the two years from government"])
def test_a_sentence_under_the_heading_is_no_group_label(line):
    from funding.parse.releases.text import group_label_in_table
    assert not group_label_in_table(line, "Home Office perpetrator grant                           210           245")


def test_a_label_over_prose_is_no_group_label():
    from funding.parse.releases.text import group_label_in_table
    assert group_label_in_table("Credited to services", "Home Office grant          184        267")
    assert not group_label_in_table("Credited to services", "The Home Office paid the grant in two instalments.")
    assert not group_label_in_table("Note 2021", "Home Office grant          184        267")
