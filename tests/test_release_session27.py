"""Reader rules written in the twenty-seventh session outside the round's tuners, on invented text."""
import pytest

from funding.parse.releases import extract_release


def _amounts(text: str) -> list[tuple[int, int]]:
    return [(a.source_line, a.amount.pence) for a in extract_release(text, "t").awards]


@pytest.mark.parametrize("heading", ["Earlier quarters", "Previous editions", "Past issues", "Older updates"])
def test_links_to_a_pages_other_editions_are_furniture(heading):
    text = ("Grants paid in Kent\n\nKent paid £50,000 to Weald Change in 2024-25.\n\n" + heading + "\n"
            "Grants paid: April to June 2024 (£40,000 paid in the quarter)\n"
            "Grants paid: January to March 2024 (£38,500 paid in the quarter)\n")
    assert _amounts(text) == [(3, 5_000_000)]


def test_a_sentence_opening_on_earlier_quarters_is_read():
    text = "Grants paid in Kent\n\nEarlier quarters were slower. Kent paid £50,000 to Weald Change in 2024-25.\n"
    assert _amounts(text) == [(3, 5_000_000)]
