"""Partners counted in results give no partner_support fact (corpus README, "Partners counted in results"); a line
describing the support without counting anyone still does. Invented wordings, not corpus lines."""

from __future__ import annotations

import pytest

from release_probe import read

COUNTED = [
    "Of the 212 partners offered support, 150 took it up.",
    "Marram Women's Trust contacted 88 partners and ex-partners during the year.",
    "Two thirds of the partners it supported said they felt safer by the end.",
    "Of the partners the advocates reached, 71 per cent said the abuse had stopped.",
    "Heathfield Refuge worked with 140 partners alongside the groups.",
    "| Partners offered support | 97 | 104 |",
    "Partners supported                     133",
    "Sixty-two per cent of the men's partners took up the offer of a support worker.",
]

DESCRIBED = [
    "Partners and ex-partners of the men on the course are supported by Heathfield Refuge.",
    "Each partner is offered a support worker from Marram Women's Trust for as long as the man is on the course.",
    "3/6 Partners get their own support worker, whether or not he finishes the course.",
    "Partners are supported by Carn Advocacy, paid for from the council's £40,000 match funding.",
]


def _partner_support_lines(text: str) -> set[int]:
    return {c.source_line for c in read(text).components if c.component == "partner_support" and not c.in_quote}


@pytest.mark.parametrize("sentence", COUNTED)
def test_a_count_of_partners_is_a_result_not_partner_support(sentence):
    text = "The perpetrator programme runs in Dorset, with support for partners from a local charity.\n" + sentence + "\n"
    assert _partner_support_lines(text) == {1}


@pytest.mark.parametrize("sentence", DESCRIBED)
def test_support_described_without_a_count_is_partner_support(sentence):
    text = "The perpetrator programme runs in Dorset.\n" + sentence + "\n"
    assert _partner_support_lines(text) == {2}
