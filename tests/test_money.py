"""Money: qualifiers read only from whole words, exact amounts, compact labels."""

import pytest

from funding.core.money import find_amounts, format_pounds, format_pounds_short, parse_exact_pence


@pytest.mark.parametrize(
    "text, qualifier, pence",
    [
        ("more than £240,000", "more_than", 24_000_000),
        ("over £7 million", "more_than", 700_000_000),
        ("just over £180,000", "more_than", 18_000_000),
        ("at least £5,000", "at_least", 500_000),
        ("under £1m", "less_than", 100_000_000),
        ("up to £40k", "up_to", 4_000_000),
        ("some £50,000", "about", 5_000_000),
        ("c. £40k", "about", 4_000_000),
        # words that merely end in a qualifier, and a phrasal verb, do not qualify the amount
        ("the founder £30,000", "exact", 3_000_000),
        ("Andover £50,000", "exact", 5_000_000),
        ("handed over £200,000", "exact", 20_000_000),
        ("etc. £200", "exact", 20_000),
        ("a handsome £50,000", "exact", 5_000_000),
        ("£1.2m", "rounded", 120_000_000),
    ],
)
def test_qualifier_is_read_from_the_words_before_the_amount(text, qualifier, pence):
    ((_, _, amount),) = find_amounts(text)
    assert (amount.qualifier, amount.pence) == (qualifier, pence)


@pytest.mark.parametrize("text", ["£00,200", "£0,200", "£200,00", "£2OO", "£1,2345"])
def test_malformed_exact_amounts_are_refused(text):
    with pytest.raises(ValueError):
        parse_exact_pence(text)


@pytest.mark.parametrize(
    "pence, short",
    [
        (99_950_000, "£1m"),  # £999,500 rounds to a thousand thousands: millions, not "£1000k"
        (-150_000_000, "-£1.5m"),
        (108_000_000, "£1.08m"),
        (42_150_000, "£422k"),  # half up, not half even
        (99_949, "£999"),
        (49_950, "£500"),
        (0, "£0"),
    ],
)
def test_compact_labels(pence, short):
    assert format_pounds_short(pence) == short


def test_full_form_keeps_pence_only_when_there_are_some():
    assert format_pounds(20033333) == "£200,333.33"
    assert format_pounds(31183600) == "£311,836"
    assert format_pounds(-5) == "-£0.05"


def test_a_bullet_inside_a_blockquote_is_no_minus_sign():
    """'> - £612,800 from the Home Office' is a list item in a quoted fact box, not a negative figure; a minus after a
    label ('Underspend: - £8,400') still is."""
    from funding.core.money import read_amounts

    amounts, hazards = read_amounts("> - £612,800 from the Home Office")
    assert [a.pence for _, _, a in amounts] == [61_280_000] and hazards == []
    assert [h.problem for h in read_amounts("Underspend: - £8,400")[1]] == ["negative_amount"]
