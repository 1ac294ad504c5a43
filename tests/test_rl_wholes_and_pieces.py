"""Amounts' roles and wholes (funding_role, part_of_line) read from the structure around a figure: pieces of a sum
named back by a pronoun, shares of a stated grant, and a figure said to be part of a sum stated after it.  Invented
texts; the facts are the corpus README's conventions (part, "a piece of another stated amount")."""

from tests.release_probe import award_errors


def test_pieces_of_a_sum_the_next_sentence_says_is_split():
    text = ("In Rutland the Home Office grant is £300,000 for 2025-26.\n"
            "The commissioner split it into two lots: lot 1 went to Oakham Change for £180,000, and lot 2 to Uppingham "
            "Advocacy for £100,000.\n"
            "The remaining £20,000 pays for managing the contracts.\n")
    assert award_errors(text, {
        (2, 180000): dict(role="part", part=1, funder="Home Office", start="2025-26"),
        (2, 100000): dict(role="part", part=1, funder="Home Office"),
        (3, 20000): dict(role="part", part=1),
    }) == []


def test_pieces_split_between_that_miss_the_sum_by_a_little_are_still_its_parts():
    text = ("Here is what each county in the south west gets this year.\n\n"
            "**Dorset** – £500,000 from the Home Office for 2025-26\n"
            "The office says this is divided between a £300,000 group course, £150,000 for one-to-one work and "
            "£55,000 for a helpline.\n")
    assert award_errors(text, {
        (4, 300000): dict(role="part", part=3),
        (4, 150000): dict(role="part", part=3),
        (4, 55000): dict(role="part", part=3),
    }) == []
