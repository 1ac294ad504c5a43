"""Rules of the thirty-fifth session's tuning (tuner as) on a youth justice plan's partner-contributions chapter, a
charity regulator's register entry, a journal article's front matter and a full council's notice of motion.
Every case is an invented sentence; the near misses are sentences the rule must leave as it was."""

import pytest

from release_probe import award_errors, awards_by_key, kinds_on_line, organisation_facts, read


# --- A table's caption calling what its rows give partners' contributions ("Partner contributions to the pooled
# budget, 2025-26") calls each body in its rows a partner, as a "Funding partner" column heading does: a row naming
# no payer of the vocabulary is partners' money, its row total too (README, "Partners' money") ---------------------

def _partner_table(caption: str) -> str:
    return (
        "The Ministry of Justice also gives the Kent service £50,000 for unrelated work.\n"
        "\n"
        f"{caption}\n"
        "Agency                          Cash (£)   In kind (£)   Total (£)\n"
        "Kent Fire and Rescue              20,000        5,000       25,000\n"
        "Kent and Medway ICB               12,000            -       12,000\n"
        "Kent County Council               40,000       10,000       50,000\n"
        "TOTAL                             72,000       15,000       87,000\n"
    )


def test_rows_under_a_partner_contributions_caption_are_partners_money():
    errors = award_errors(_partner_table("Table 2: Partner contributions to the pooled budget, 2025-26"), {
        (5, 20000): dict(role="part", funder="partners", part=5, start="2025-26"),
        (5, 25000): dict(role="part", funder="partners", part=8),
        (6, 12000, "2025-26"): dict(funder="partners"),
        (7, 40000): dict(role="part", funder="local authority", part=7),
        (8, 87000): dict(role="total", funder=None),
    })
    assert not errors, errors


def test_rows_under_another_caption_are_not_called_partners():
    # (near miss: a caption naming no partners leaves the rows as they were)
    got = awards_by_key(_partner_table("Table 2: Contributions to the pooled budget, 2025-26"))
    assert got[(5, 20000)].funder != "partners", got[(5, 20000)]
