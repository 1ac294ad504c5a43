"""Contract holders and providers in further wordings, and a sentence's opening adverb kept out of a body's name.

Under the corpus README's 'Contract holders', a body that keeps, holds, won or is kept on a contract, or that the award of
contracts goes to, is a ``commissioned_service``; a body after what it offers, with the length in between ("will be
offered between 10 and 18 sessions by X"), is a ``delivery_partner``.  "Instead X Change, which …" names X Change.
"""

from __future__ import annotations

from release_probe import read

INTRO = "The Devon and Cornwall commissioner has awarded £400,000 for perpetrator work.\n\n"


def _roles(text: str) -> set[tuple[int, str, str]]:
    return {(o.source_line, o.organisation, o.role) for o in read(INTRO + text).organisations}


def test_keeping_winning_and_the_award_of_contracts():
    got = _roles("Avon Change keeps the contract for the group course in Yeovil.\n\n"
                 "Most of the money, £200,000, goes to Tamar Change, which won the county's tender last year, to run "
                 "the course.\n\n"
                 "The commissioner is keeping Exe Valley CIC on the contract it has held since 2023.\n\n"
                 "(b) the contract for the Torbay perpetrator service is awarded to Lyn Change Partnership, the "
                 "highest-scoring bidder, from 1 May 2025;\n\n"
                 "The panel approved the award of contracts to Otter Change and Axe Valley Partnership.\n")
    for line, name in ((3, "Avon Change"), (5, "Tamar Change"), (7, "Exe Valley CIC"), (9, "Lyn Change Partnership"),
                       (11, "Otter Change"), (11, "Axe Valley Partnership")):
        assert (line, name, "commissioned_service") in got, (line, name)


def test_an_award_delegated_to_an_officer_names_no_provider():
    got = _roles("2.3 To delegate the award of the contract to the Director of Community Safety.\n")
    assert not any(role == "commissioned_service" for _, _, role in got)


def test_provider_after_what_it_offers_with_a_length_between():
    got = _roles("Women will be offered a one-to-one programme of up to 12 sessions by Looe Change Partnership.\n\n"
                 "Each man referred will be given between six and ten sessions by Camel Psychology Service.\n")
    assert (3, "Looe Change Partnership", "delivery_partner") in got
    assert (5, "Camel Psychology Service", "delivery_partner") in got


def test_opening_adverb_is_not_part_of_the_name():
    got = _roles("Instead Fal Change, which holds the contract across the county, offers each man 20 sessions.\n\n"
                 "Meanwhile Bodmin Women's Aid supports partners of men on the course.\n")
    assert (3, "Fal Change", "commissioned_service") in got
    assert not any(name.startswith(("Instead", "Meanwhile")) for _, name, _ in got)
    assert (5, "Bodmin Women's Aid", "survivor_support_provider") in got
