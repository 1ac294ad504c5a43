"""Rules added while tuning the thirty-first round's releases (tuner AC): invented sentences, with the facts the corpus
README's conventions give them (never the corpus text)."""

import pytest

from release_probe import award_errors, awards_by_key, read


# --- A masthead or byline set off by bars (no figure, no payer) is furniture, not a table row: the text's opening, and
# the one grantor it names, run on past it ------------------------------------------------------------------------

_TABLE_BODY = (
    "Table 2: Perpetrator funding by area, £000\n\n"
    "| Area | 2024/25 | 2025/26 |\n"
    "|---|---:|---:|\n"
    "| Kent | 210.5 | 230.0 |\n"
    "| Surrey | 150.0 | 162.5 |\n\n"
    "The Ministry of Justice also gives each commissioner £1 million for victims' services.\n"
)


@pytest.mark.parametrize("masthead", [
    "**Westshire Research Unit** | Briefing | No. 214\n\nBy Ann Writer, Ben Writer | 3 May 2026",
    "Policy Digest | Issue 12 | Spring 2026",
    "By Carla Author | Research Service | 14 April 2026",
])
def test_a_masthead_set_off_by_bars_does_not_end_the_opening(masthead):
    text = (masthead + "\n\n# Paying for perpetrator work\n\n"
            "Since 2021 the Home Office has funded commissioners to commission perpetrator programmes.\n\n" + _TABLE_BODY)
    rel = read(text)
    cells = [a for a in rel.awards if a.amount.pence in (21050000, 16250000)]
    assert len(cells) == 2 and all(a.funder == "Home Office" for a in cells)


@pytest.mark.parametrize("first", [
    # (a table row of bare figures, not a masthead: the opening ends there and names no grantor before it)
    "Kent | 210.5 | 230.0",
    "| Westshire Research Unit | Briefing |",
])
def test_a_row_of_figures_or_a_barred_row_still_ends_the_opening(first):
    from funding.parse.releases.amounts.payers import _MASTHEAD_BARS
    assert not _MASTHEAD_BARS.match(first)


def test_masthead_pattern_reads_words_between_bars():
    from funding.parse.releases.amounts.payers import _MASTHEAD_BARS
    assert _MASTHEAD_BARS.match("**Westshire Research Unit** | Briefing | No. 214")
    assert _MASTHEAD_BARS.match("By Ann Writer | 3 May 2026")
    assert not _MASTHEAD_BARS.match("No bars on this line at all")
