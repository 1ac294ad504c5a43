"""Who pays a figure (README: funder; funding_role match_funding / own_funding), read from the structure of the
figure's clause: invented paraphrases."""

from release_probe import award_errors

GRANT = "Surrey has been given £300,000 by the Home Office for a perpetrator programme over 2025-27.\n\n"


def test_named_council_after_from_or_by_pays_the_figure():
    # the tie word's object is the whole proper name whose head is the payer term ("from Medway Council")
    text = GRANT + (
        "Funding: the commissioner's own budget, with £40,000 a year from Woking Borough Council added as match funding.\n\n"
        "In 2025-26 the grant is matched by £30,000 from the commissioner's own budget and £15,500 from "
        "Stoke-on-Trent City Council.\n\n"
        "The programme is also backed by £22,000 given by Elmbridge Borough Council towards partner support.\n"
    )
    assert award_errors(text, {
        (3, 40000): dict(funder="local authority", role="match_funding"),
        (5, 30000): dict(funder="PCC", role="match_funding"),
        (5, 15500): dict(funder="local authority", role="match_funding"),
        (7, 22000): dict(funder="local authority"),
    }) == []



def test_commissioner_said_to_pay_by_passive_agent_or_relative_clause():
    # the agent of a passive paying verb, or the subject of a relative clause on the figure, pays it whoever funds
    # the release (README: funder PCC, own_funding)
    text = GRANT + (
        "The earlier pilot, funded by the commissioner alone in 2023-24 at a cost of £96,500, took 40 referrals.\n\n"
        "The £31,000 a year that the commissioner currently pays for the helpline will stop in July.\n\n"
        "The £18,750 the mayor has added for training is not part of the grant.\n"
    )
    assert award_errors(text, {
        (3, 96500): dict(funder="PCC", role="own_funding"),
        (5, 31000): dict(funder="PCC", role="own_funding"),
        (7, 18750): dict(funder="PCC"),
    }) == []


def test_source_given_by_pronoun_takes_the_budget_named_before():
    # "from it": the one payer the words before the clause (or the sentence before) name
    text = GRANT + (
        "The Brightwater Fund is the commissioner's own budget. The Commissioner, Ada Brennan, gave the council "
        "£12,000 from it for 2025-26 for family work.\n\n"
        "In Kent the commissioner's own budget carries most of the cost. Commissioner Rhona Vale-Hart has committed "
        "£415,000 from it over the two years from April 2025.\n\n"
        "Kent also holds Ministry of Justice victims' money. Kent's commissioner passed £26,000 out of it to an IDVA "
        "service.\n"
    )
    assert award_errors(text, {
        (3, 12000): dict(funder="PCC", role="own_funding"),
        (5, 415000): dict(funder="PCC", role="own_funding"),
        (7, 26000): dict(funder="Ministry of Justice", role="grant"),
    }) == []


def test_demonstrative_money_noun_takes_the_funder_named_before():
    # "of that funding", "under that grant": the one funder the sentence before names, in a text of several funders
    text = (
        "Our services are paid for by the Home Office, the Ministry of Justice and several councils.\n\n"
        "Kent. Our Maidstone group course lost its Ministry of Justice funding when the award ended in March 2025. "
        "In 2024-25, its last year of that funding, it had £87,300.\n\n"
        "Essex. The Home Office grant pays for our Harlow course. Under that grant it gets £64,000 in 2025-26.\n"
    )
    assert award_errors(text, {
        (3, 87300): dict(funder="Ministry of Justice", role="grant"),
        (5, 64000): dict(funder="Home Office", role="grant"),
    }) == []


def test_body_named_as_receiving_the_money_is_not_its_payer():
    # the agent of "won by"/"held by" and the object of "paid to" receive the money (README: the body receiving
    # money is not the funder)
    text = (
        "Hampshire's high-harm service has been given £1,262,400 by the Home Office from April 2025 until March 2027.\n\n"
        "The award was won by the Office of the Police and Crime Commissioner for Hampshire and will be paid in two "
        "instalments: £618,900 for 2025-26 and £643,500 for 2026-27.\n\n"
        "The Home Office funded a pilot with a grant of £210,000 held by the commissioner's office.\n"
    )
    assert award_errors(text, {
        (3, 618900): dict(funder="Home Office", role="part", part=1),
        (3, 643500): dict(funder="Home Office", role="part", part=1),
        (5, 210000): dict(funder="Home Office"),
    }) == []


def test_government_department_other_than_the_two_is_no_funder():
    # README funder: a government department other than the Home Office and the Ministry of Justice is null
    text = GRANT + "A further £40,000 comes from the Department of Health and Social Care for a family worker.\n"
    assert award_errors(text, {(3, 40000): dict(funder=None)}) == []


def test_figure_corrected_beside_another_is_the_same_money():
    # "should read £A, not £B": the superseded figure is the same money, with the same payer and role
    text = GRANT + (
        "3.2 One correction was agreed: at item 4, the commissioner's own funding for the phone line should read "
        "£27,400 a year, not £24,700.\n"
    )
    assert award_errors(text, {
        (3, 27400): dict(funder="PCC", role="own_funding"),
        (3, 24700): dict(funder="PCC", role="own_funding"),
    }) == []
