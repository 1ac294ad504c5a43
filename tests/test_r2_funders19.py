"""Funders of the nineteenth round's releases, read from invented texts (README "funder", "part", "Council money").

Each text is an invented release; the facts asserted are the ones the corpus README's conventions give it.
"""

from __future__ import annotations

from release_probe import award_errors


def test_a_department_a_pronoun_stands_for_pays_its_figure():
    # README "funder": the Ministry of Justice named in the question (or the sentence) before "It pays …" is the
    # figure's payer, not the Home Office that pays the release's main grant
    text = ("Kent has been given £300,000 by the Home Office for 2025-26.\n\n"
            "- Partners are supported by Medway Women's Aid.\n\n"
            "**Does the Ministry of Justice help?**\n\n"
            "It pays for the advocates: £44,000 a year from its victims funding.\n")
    assert award_errors(text, {(1, 300000): dict(role="grant", funder="Home Office", start="2025-26"),
                               (7, 44000): dict(role="grant", funder="Ministry of Justice", start=None)}) == []
