"""Organisation roles read from structure (branch og, second round): headlines name no funder, contract wording on a provider's line makes it a
contract holder (invented texts; the corpus README's 'Headings naming a funder' and 'Contract holders')."""

from __future__ import annotations

from release_probe import read


def roles(text: str) -> set[tuple[int, str, str]]:
    return {(o.source_line, o.organisation, o.role) for o in read(text).organisations}


def test_a_headline_naming_the_home_office_gives_no_funder():
    text = ("Home Office money for a new course in Rutland\n\n"
            "The Leicestershire commissioner has been given £90,000 by the Home Office for perpetrator work.\n")
    got = roles(text)
    assert (1, "Home Office", "funder") not in got
    assert (3, "Home Office", "funder") in got


def test_a_notice_field_above_the_first_sentence_still_names_its_funder():
    text = ("**Notice:** AB-2025-01\n"
            "**Funding source:** Home Office grant topped up by the commissioner\n\n"
            "The Rutland commissioner has awarded £90,000 for perpetrator work.\n")
    assert (2, "Home Office", "funder") in roles(text)


def test_a_provider_that_won_a_retender_holds_the_contract():
    text = ("The Leicestershire commissioner has awarded £90,000 for perpetrator work.\n\n"
            "The group course is run by Harbour Lane Change, which won the retender last year.\n"
            "Oakfield Pathways CIC will run a 20-week course in Oakham after winning an open tender.\n")
    got = roles(text)
    assert (3, "Harbour Lane Change", "commissioned_service") in got
    assert (3, "Harbour Lane Change", "delivery_partner") not in got
    assert (4, "Oakfield Pathways CIC", "commissioned_service") in got


def test_another_contract_held_besides_is_no_contract_for_this_work():
    text = ("The Leicestershire commissioner has awarded £90,000 for perpetrator work.\n\n"
            "Mere Women's Aid offers support to partners, alongside its advocacy contract.\n")
    got = roles(text)
    assert (3, "Mere Women's Aid", "survivor_support_provider") in got
    assert not any(r == "commissioned_service" for _, _, r in got)


def test_a_table_rows_label_naming_partner_support_gives_its_body_no_provider_role():
    text = ("The Hull commissioner has awarded £90,000 for perpetrator work.\n\n"
            "| Work | Amount |\n|---|---|\n"
            "| Partner support (Estuary Women's Aid) | £121,000 |\n")
    got = roles(text)
    assert (5, "Estuary Women's Aid", "recipient") in got
    assert (5, "Estuary Women's Aid", "survivor_support_provider") not in got


def test_support_for_partners_as_the_clause_subject_makes_its_deliverer_a_survivor_support_provider():
    text = ("The Hull commissioner has awarded £90,000 for perpetrator work.\n\n"
            "4.5 Partners of men on every course will be offered support by the advice services in each town, led by "
            "Tarn Women's Network.\n")
    got = roles(text)
    assert (3, "Tarn Women's Network", "survivor_support_provider") in got
    assert (3, "Tarn Women's Network", "delivery_partner") not in got


def test_a_body_contacting_partners_supports_them():
    text = ("The Hull commissioner has awarded £90,000 for perpetrator work.\n\n"
            "The Commissioner said Humber Haven Trust had contacted partners three months after each man finished.\n"
            "Carr Lane Refuge was in touch with 140 partners and former partners last year.\n"
            "Carr Lane Trust contacted the council about the plan.\n")
    got = roles(text)
    assert (3, "Humber Haven Trust", "survivor_support_provider") in got
    assert (4, "Carr Lane Refuge", "survivor_support_provider") in got
    assert not any(n == "Carr Lane Trust" for _, n, _ in got)


def test_money_named_by_a_noun_going_to_a_body_makes_it_the_recipient():
    text = ("The Dorset commissioner has awarded £90,000 for perpetrator work.\n\n"
            "The money goes to Purbeck Turning Point, which will run a 24-week course for men.\n"
            "Most of the grant goes to Wareham Change Trust, which runs the partner service.\n")
    got = roles(text)
    assert (3, "Purbeck Turning Point", "recipient") in got
    assert (4, "Wareham Change Trust", "recipient") not in got


def test_a_council_paying_its_own_sum_in_another_clause_is_no_match_funder():
    text = ("The Bedfordshire commissioner has been given £400,000 by the Home Office for perpetrator work.\n\n"
            "Luton Borough Council adds £25,000 a year to the grant so that a second group can run, and Central "
            "Bedfordshire Council is paying £40,500 in 2025-26 for a family worker.\n")
    got = roles(text)
    assert (3, "Luton Borough Council", "match_funder") in got
    assert (3, "Central Bedfordshire Council", "match_funder") not in got
    assert (3, "Central Bedfordshire Council", "funder") in got


def test_a_home_office_letter_or_list_names_no_funder():
    text = ("The Warwickshire commissioner has been given £400,000 by the Home Office for perpetrator work.\n\n"
            "A Home Office list published last week put the figure at £410,000.\n"
            "The Home Office grant letter confirms £400,000 for the year.\n")
    got = roles(text)
    assert (3, "Home Office", "funder") not in got
    assert (4, "Home Office", "funder") in got


def test_a_provider_field_under_a_heading_naming_support_for_partners_supports_them():
    text = ("The Surrey commissioner has awarded £90,000 for perpetrator work.\n\n"
            "Group course for men\n"
            "A 24-week course for men who have been abusive.\n"
            "Run by: Mole Valley Change CIC\n\n"
            "Support for partners\n"
            "A worker keeps in touch with each partner while the man is on the course.\n"
            "Run by: Dorking Women's Refuge\n")
    got = roles(text)
    assert (9, "Dorking Women's Refuge", "survivor_support_provider") in got
    assert (9, "Dorking Women's Refuge", "delivery_partner") not in got
    assert (5, "Mole Valley Change CIC", "survivor_support_provider") not in got


def test_a_council_or_nhs_body_paying_for_the_work_as_its_clause_subject_funds_it():
    text = ("The Norfolk commissioner has awarded £90,000 for perpetrator work.\n\n"
            "Breckland District Council has agreed to fund a family worker for the first year.\n"
            "NHS Broads Integrated Care Board pays a further £20,000 a year for a family therapist.\n")
    got = roles(text)
    assert (3, "Breckland District Council", "funder") in got
    assert (4, "NHS Broads Integrated Care Board", "funder") in got
