"""Rules of the thirty-third session's tuning (tuner ap) on an NHS trust's safeguarding chapter, a university's impact
case study, a provider's AGM minutes and an encyclopedia-style article.  Every case is an invented sentence; the near
misses are sentences the rule must leave as it was."""

import pytest

from release_probe import award_errors, awards_by_key, read


# --- An aligned table's column heading that ends in a bare "£" after its word ("Received £", "Spent £") prints its
# figures in pounds, as "Received (£)" does: the received cells are the year's money, parts of the total row, and the
# spent cells context for the year -----------------------------------------------------------------------------------

_FUNDS_TABLE = (
    "The treasurer presented the restricted funds of the charity for the year:\n"
    "\n"
    "  Restricted funds for work with abusers, 2024-25          Received{unit}     Spent{unit}\n"
    "  Home Office, via the OPCC - Norfolk course                   120,000       118,500\n"
    "  Breckland District Council - partner support                 15,000        14,200\n"
    "  TOTAL                                                        135,000       132,700\n"
)


def test_an_aligned_heading_ending_in_pounds_after_its_word_prints_pounds():
    errors = award_errors(_FUNDS_TABLE.format(unit=" £"), {
        (4, 120000): dict(role="part", funder="Home Office", part=6, start="2024-25", end="2024-25"),
        (4, 118500): dict(role="context", funder="Home Office", start="2024-25", end="2024-25"),
        (5, 15000): dict(role="part", funder="local authority", part=6, start="2024-25", end="2024-25"),
        (6, 135000): dict(role="total", funder=None, start="2024-25", end="2024-25"),
        (6, 132700): dict(role="context", funder=None),
    })
    assert not errors, errors


def test_an_aligned_heading_naming_no_unit_leaves_bare_figures_unread():
    got = awards_by_key(_FUNDS_TABLE.format(unit=""))
    assert not got, got


# --- A numbered caption set off from its title by two spaces ("Table 4.2  Service income, 2025-26 (£)") is still a
# caption giving the rows under it their pounds: the gap after its number is no column gap ----------------------------

_CAPTIONED_ROWS = (
    "The course in Cumbria is paid for by the Home Office and the commissioner.\n"
    "\n"
    "Table 4.2{gap}Course income, 2025-26 (£)\n"
    "Home Office grant                          210,000\n"
    "Commissioner's budget                       40,000\n"
    "Total                                      250,000\n"
)


@pytest.mark.parametrize("gap", ["  ", "   ", " "])
def test_a_numbered_caption_with_a_wide_gap_gives_its_rows_pounds(gap):
    errors = award_errors(_CAPTIONED_ROWS.format(gap=gap), {
        (4, 210000): dict(role="part", funder="Home Office", part=6, start="2025-26", end="2025-26"),
        (5, 40000): dict(role="part", funder="PCC", part=6, start="2025-26", end="2025-26"),
        (6, 250000): dict(role="total", funder=None, start="2025-26", end="2025-26"),
    })
    assert not errors, errors


def test_a_line_with_a_column_gap_under_no_caption_gives_no_pounds():
    text = _CAPTIONED_ROWS.replace("Table 4.2{gap}Course income", "Course  income")
    got = awards_by_key(text)
    assert not [k for k in got if k[0] >= 4], got
