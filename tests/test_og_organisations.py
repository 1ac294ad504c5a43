"""Organisation roles read from the shape of a text (branch og): tables whose heading runs over two lines or names
who pays, bodies doing the work as their sentence's subject, evaluators, the rest of the referrers, and what a sum
paid to a body is for.  Every text is invented."""

from __future__ import annotations

from release_probe import read


def orgs(text: str, name: str = "invented.txt") -> set[tuple[int, str, str]]:
    return {(o.source_line, o.organisation, o.role) for o in read(text, name).organisations}


def test_space_aligned_table_heading_on_two_lines_keeps_its_provider_column():
    text = ("Table 3: Services paid for, 2026-27\n\n"
            "   Work                                Provider                    Home Office    Council\n"
            "                                                                   grant (£000)   (£000)\n"
            "   Group course for fathers            Quarry Lane Change             120.5         10.0\n"
            "   Evaluation                          Larkfield Research Group        22.0            –\n")
    got = orgs(text)
    assert (5, "Quarry Lane Change", "recipient") in got
    assert (6, "Larkfield Research Group", "recipient") in got
    assert (6, "Larkfield Research Group", "evaluator") in got
    assert (3, "Home Office", "funder") in got


def test_paid_by_column_names_the_rows_funder_in_a_table_of_bare_figures():
    text = ("The commissioner's plan for next year is set out below.\n\n"
            "| Service | Paid by | 2026-27 (£k) |\n"
            "|---|---|---|\n"
            "| Group course for men (Brackenfold Change CIC) | Home Office | 212 |\n"
            "| Stalking advocates (Tarnside Safer Homes) | Ministry of Justice | 38 |\n")
    got = orgs(text)
    assert (5, "Home Office", "funder") in got
    assert (6, "Ministry of Justice", "funder") in got
    assert (5, "Brackenfold Change CIC", "recipient") in got
    assert (6, "Tarnside Safer Homes", "recipient") in got


def test_a_body_evaluating_a_named_programme_or_reporting_on_it_is_its_evaluator():
    text = ("The commissioner has paid £60,000 for Steady Path, a 24-week group course for men run by Moorgate Change CIC.\n\n"
            "Harlow Fen Research Unit is evaluating Steady Path for the commissioner's office.\n\n"
            "Pennyfield Institute reports on the first year next spring.\n\n"
            "Kestrel Social Research's interim evaluation found fewer call-outs.\n\n"
            "Moorgate Change CIC will report to the board every quarter.\n")
    got = orgs(text)
    assert (3, "Harlow Fen Research Unit", "evaluator") in got
    assert (5, "Pennyfield Institute", "evaluator") in got
    assert (7, "Kestrel Social Research", "evaluator") in got
    assert (9, "Moorgate Change CIC", "evaluator") not in got


def test_reporting_is_no_evaluation_where_the_release_names_none():
    text = ("The commissioner has paid £60,000 for a 24-week group course for men.\n\n"
            "Pennyfield Institute reports on the first year next spring.\n")
    assert not {o for o in orgs(text) if o[2] == "evaluator"}


def test_the_rest_of_the_referrals_from_a_list_opening_with_a_lower_case_team():
    text = ("The commissioner has paid £70,000 for a group course for men.\n\n"
            "Dorset Police made 64 per cent of the referrals; most of the rest came from adult social care and the "
            "Probation Service.\n\n"
            "The remainder came from housing officers in two districts and from Wessex Family Trust.\n\n"
            "Health visitors and the Probation Service made most of the rest.\n\n"
            "Avon and Somerset Police made 71% of them and the Probation Service the rest.\n")
    got = orgs(text)
    assert (3, "Probation Service", "referrer") in got
    assert (5, "Wessex Family Trust", "referrer") in got
    assert (7, "Probation Service", "referrer") in got
    assert (9, "Avon and Somerset Police", "referrer") in got
    assert (9, "Probation Service", "referrer") in got


def test_a_body_offering_seeing_or_training_as_its_clause_subject_delivers_the_work():
    text = ("The commissioner has paid £80,000 for perpetrator work in the county.\n\n"
            "3.1 Fellgate Stalking Clinic offers people who stalk up to ten one-to-one sessions.\n\n"
            "3.2 Rowan Family Service will see each young person at home for twelve weeks.\n\n"
            "3.3 Brookmead Women's Aid will offer each partner and former partner a named support worker.\n\n"
            "3.4 Hartside Change CIC also trained 150 police officers and nurses to spot abusive behaviour and refer men "
            "to the course.\n")
    got = orgs(text)
    assert (3, "Fellgate Stalking Clinic", "delivery_partner") in got
    assert (5, "Rowan Family Service", "delivery_partner") in got
    assert (7, "Brookmead Women's Aid", "survivor_support_provider") in got
    assert (9, "Hartside Change CIC", "delivery_partner") in got
    assert (9, "Hartside Change CIC", "referrer") not in got


def test_a_numbered_note_describing_a_body_names_the_provider():
    text = ("The commissioner has paid £80,000 to Larch Lane Change CIC for a group course for men.\n\n"
            "Notes to editors\n"
            "1. Larch Lane Change CIC is a Carlisle social enterprise set up in 2015.\n")
    assert (4, "Larch Lane Change CIC", "delivery_partner") in orgs(text)


def test_what_a_sum_paid_to_a_body_is_for_gives_its_role():
    text = ("Kent has been given £400,000 by the Home Office for 2026-27.\n\n"
            "The other £52,000 goes to Elmstead Women's Refuge for partner support workers.\n\n"
            "The commissioner pays Hollowell Advocacy Trust £30,000 a year to advocate for victims of stalking.\n\n"
            "Oakridge Research Centre receives £20,000 of the grant to evaluate the course.\n\n"
            "£9,000 goes to Thornby Women's Aid to support the women and men whose partners attend.\n")
    got = orgs(text)
    assert (3, "Elmstead Women's Refuge", "survivor_support_provider") in got
    assert (5, "Hollowell Advocacy Trust", "survivor_support_provider") in got
    assert (7, "Oakridge Research Centre", "evaluator") in got
    assert (9, "Thornby Women's Aid", "survivor_support_provider") in got


def test_a_list_item_labelled_by_its_work_gives_the_body_its_role():
    text = ("How the commissioner's grant of £300,000 is spent:\n\n"
            "- **Support for partners and ex-partners**: £60,000 to Westbrook Safe Haven (Home Office grant)\n"
            "- **Independent evaluation**: £15,000 to Millbeck Research (Commissioner's own budget)\n"
            "- Partner support: Ashgrove Women's Refuge\n"
            "- support for current and former partners from Linden Women's Centre.\n")
    got = orgs(text)
    assert (3, "Westbrook Safe Haven", "survivor_support_provider") in got
    assert (4, "Millbeck Research", "evaluator") in got
    assert (5, "Ashgrove Women's Refuge", "survivor_support_provider") in got
    assert (6, "Linden Women's Centre", "survivor_support_provider") in got


def test_a_body_that_won_a_contract_holds_it_and_receives_its_worth():
    text = ("The commissioner has £500,000 from the Home Office for 2026-27.\n\n"
            "After a tender, Calder Pathways has won the contract for a high-harm service in Halifax.\n\n"
            "After an open tender, Hebden Change CIC won the contract for the group course, worth £310,000 of that grant.\n\n"
            "Leeds-based **Aire Gate Partnership** has won contracts worth a combined £150,000 to run two courses.\n\n"
            "4.1 Ryburn Futures was named preferred provider for the stalking service.\n")
    got = orgs(text)
    assert (3, "Calder Pathways", "commissioned_service") in got
    assert (5, "Hebden Change CIC", "commissioned_service") in got
    assert (5, "Hebden Change CIC", "recipient") in got
    assert (7, "Aire Gate Partnership", "commissioned_service") in got
    assert (7, "Aire Gate Partnership", "recipient") in got
    assert (9, "Ryburn Futures", "commissioned_service") in got


def test_none_of_it_from_the_home_office_names_no_funder():
    text = ("The commissioner is paying £40,000 from her own budget for a stalking service; none of it is Home Office money.\n\n"
            "The commissioner uses £90,000 of his own budget and no Home Office money at all.\n\n"
            "Her own budget pays £30,000 for the clinic. None of that money comes from the Home Office.\n")
    assert not {o for o in orgs(text) if o[1] == "Home Office"}
