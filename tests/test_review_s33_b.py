"""Review round 33 (b): the session's new component, outcome, organisation and people rules narrowed, each on a
reviewer's invented text (or a variant)."""
from release_probe import cohorts_by_line, organisation_facts as _orgs, read


def _people(text):
    return {(p.source_line, p.name, p.role) for p in read(text).people}


def _outcomes(text):
    return {(o.source_line, o.value, o.unit) for o in read(text).outcomes}


def test_grants_list_of_grants_given_names_grantees_not_funders():
    text = ("Weald Community Trust annual review\n\nThe Weald Community Trust gives grants to local charities across Kent.\n\n"
            "Grants awarded in 2024-25:\n\n1. Safer Lives CIC, behaviour change course for men, £48,000\n"
            "2. Ashvale Women's Centre, partner support, £22,000\n3. Medway Youth Trust, youth mentoring, £9,500\n")
    assert not [o for o in _orgs(text) if o[2] == "funder"]


def test_grants_list_of_grants_received_still_names_its_givers():
    text = ("Impact case study\n\nResearch at Dene University on the Keel course in Kent.\n\nGrants:\n\n"
            "G1. Safer Lives CIC, *Keel pilot*, £12,000, 2022-23\n"
            "G2. Ashdown Foundation, *Following up the course*, £48,000, 2023-24 (PI: Smith)\n"
            "G3. Dene University Impact Award, £9,600\n")
    orgs = _orgs(text)
    assert (8, "Ashdown Foundation", "funder") in orgs
    assert (9, "Dene University", "funder") in orgs
    assert (7, "Safer Lives CIC", "funder") not in orgs  # (a charity opening an entry is no grant-giver)


def test_table_of_money_others_received_names_no_funders():
    text = ("Charity accounts\n\nSafer Lives CIC runs a behaviour change course for men in Kent.\n\n"
            "Table 3  Grants received by our partner charities, 2024-25 (£)\nAshvale Women's Centre      22,000\n"
            "Medway Youth Trust           9,500\nTotal                       31,500\n")
    assert not [o for o in _orgs(text) if o[2] == "funder"]


def test_numbered_list_of_quoted_wishes_is_no_reference_list():
    text = ("You said, we did\n\nThe Kent Police and Crime Commissioner asked residents what mattered to them.\n\n"
            "1. \"More help for partners\". We funded Ashvale Women's Centre to support partners of men on the course.\n"
            "2. \"Keep the course running\". Safer Lives CIC will keep running the 26-week group course for men.\n"
            "3. \"Yearly review 2024-25\" (PDF). Kent Police and Crime Commissioner's office. p. 21.\n")
    orgs = _orgs(text)
    assert (5, "Ashvale Women's Centre", "survivor_support_provider") in orgs
    assert (6, "Safer Lives CIC", "delivery_partner") in orgs
    assert not [o for o in orgs if o[0] == 7]  # (a cited source's publisher stays out)


def test_a_staff_deputy_or_a_chief_constables_deputy_is_no_official():
    text = ("Team news\n\nSafer Lives CIC runs a behaviour change course for men in Kent, paid for by the Kent Police and "
            "Crime Commissioner.\nOur manager is on leave this month; our deputy, Priya Shah, will lead the Maidstone group.\n"
            "The Chief Constable and his deputy, Mark Allen, visited the course in May.\n"
            "The commissioner was away, and his deputy, Sioned Ellis, said the office would fund a second group.\n"
            "My deputy, Jo Lane, visited the group.\n")
    people = {(line, name) for line, name, _ in _people(text)}
    assert (4, "Priya Shah") not in people and (5, "Mark Allen") not in people
    assert (6, "Sioned Ellis") in people and (7, "Jo Lane") in people


def test_funding_asked_for_or_figures_from_the_opcc_name_no_commissioner():
    text = ("Team news\n\nSafer Lives CIC runs a behaviour change course for men in Kent, paid for by the Kent Police and "
            "Crime Commissioner.\nWe applied for funding for a third group but have heard nothing back from the OPCC.\n"
            "Figures for the grant came from the OPCC in March.\n"
            "The Home Office money reached us through the OPCC in two instalments.\n")
    orgs = _orgs(text)
    assert (4, "OPCC", "commissioner") not in orgs and (5, "OPCC", "commissioner") not in orgs
    assert (6, "OPCC", "commissioner") in orgs


def test_committees_and_hyphenated_kinds_of_group_are_no_group_programme():
    text = ("Partnership update\n\nThe Kent Police and Crime Commissioner funds perpetrator work across the county.\n"
            "The Multi-agency group met in March to review referrals.\n"
            "The Cross-party group on domestic abuse heard from the charity.\n"
            "Recruitment – new group of volunteer mentors starts in June.\n"
            "The Finance and Audit group met in March.\n"
            "The Women and Equalities group met in March.\n"
            "The Welsh-language group starts in May.\n"
            "The Grimsby and Scunthorpe groups start in May.\n")
    lines = set(cohorts_by_line(text, "group_programme"))
    assert not lines & {4, 5, 6, 7, 8}
    assert {9, 10} <= lines


def test_a_span_of_weeks_before_a_count_leaves_the_count():
    text = ("Service update\n\nThe Kent Police and Crime Commissioner has awarded £60,000 to Safer Lives CIC.\n"
            "In its first 12 weeks 40 men were referred to the course.\n"
            "Between weeks 8 and 12 of the course, 30 men completed a safety plan.\n")
    got = _outcomes(text)
    assert (4, 40, "count") in got
    assert (5, 12, "count") not in got and (5, 30, "count") in got


def test_a_body_paying_its_staff_or_after_a_phrase_of_time_is_no_grant_funder():
    text = ("Funding news\n\nThe Kent Police and Crime Commissioner has awarded £60,000 to Safer Lives CIC for a behaviour "
            "change course for men.\nIn March Safer Lives CIC paid £2,500 for a new minibus.\n"
            "Ashvale Women's Centre pays its two support workers £28,000 a year.\n"
            "Eastmoor Integrated Care Board paid £30,000 towards a GP referral pathway.\n")
    orgs = _orgs(text)
    assert not [o for o in orgs if o[0] == 4 and o[2] == "funder"]
    assert (5, "Ashvale Women's Centre", "funder") not in orgs
    assert (6, "Eastmoor Integrated Care Board", "funder") in orgs


def test_premises_let_to_a_tenant_make_no_recipient():
    text = ("Funding news\n\nThe Kent Police and Crime Commissioner has awarded £60,000 to Safer Lives CIC for a behaviour "
            "change course for men.\nThe building was let to Medway Homes for £12,000 a year.\n"
            "A separate evaluation, let by the OPCC to Ashford Research for £24,000, starts in May.\n")
    orgs = _orgs(text)
    assert (4, "Medway Homes", "recipient") not in orgs
    assert (5, "Ashford Research", "recipient") in orgs and (5, "Ashford Research", "evaluator") in orgs


def test_a_contribution_added_to_another_budget_is_no_match_funder():
    text = ("Funding news\n\nThe Kent Police and Crime Commissioner has awarded £60,000 to Safer Lives CIC for a behaviour "
            "change course for men.\nThe Kent Police contribution is added to the Safer Streets budget for CCTV.\n"
            "The Medway Council contribution is added to the commissioner's Home Office grant as match funding.\n")
    orgs = _orgs(text)
    assert (4, "Kent Police", "match_funder") not in orgs
    assert (5, "Medway Council", "match_funder") in orgs


def test_work_said_to_be_evaluated_in_the_passive_keeps_its_component():
    text = ("Service update\n\nThe Kent Police and Crime Commissioner has awarded £60,000 to Safer Lives CIC.\n"
            "Each referral is evaluated weekly and then offered one-to-one sessions.\n"
            "Dene University evaluated Keel, the county's perpetrator programme that Safer Lives CIC runs, in 2024.\n")
    comps = {(c.source_line, c.component) for c in read(text).components}
    assert (4, "one_to_one") in comps
    assert not [c for c in comps if c[0] == 5]  # (the object of an evaluation still gives none)


def test_a_table_of_spending_beside_income_names_no_funders():
    text = ("Budget report\n\nThe Kent Police and Crime Commissioner reports on the perpetrator programme budget.\n\n"
            "Perpetrator programme expenditure against income, 2024-25 (£)\n"
            "Safer Lives CIC - group course        40,000\n"
            "Ashvale Women's Centre - partner support     20,000\n"
            "Total spent                            60,000\n")
    assert not [o for o in _orgs(text) if o[2] == "funder"]


def test_an_assistant_commissioner_is_not_read_again_as_a_commissioner():
    text = ("News\n\nThe Kent Police and Crime Commissioner funds a group course for men.\n"
            "Assistant Police and Crime Commissioner Tom Hale opened the group.\n"
            "The Office of the Police and Crime Commissioner for Kent has extended our contract, and the Police and Crime "
            "Commissioner, Ann Ray, visited the group.\n")
    people = _people(text)
    assert (4, "Tom Hale", "commissioner") not in people
    assert (5, "Ann Ray", "commissioner") in people


def test_recommendations_not_yet_adopted_or_asked_about_describe_no_service():
    text = ("Review update\n\nThe Kent Police and Crime Commissioner commissioned a review of perpetrator services.\n"
            "The office has not yet implemented the review's recommendations: a second group in Dover and a helpline for "
            "men.\nThe Panel asked whether the office had implemented the two recommendations: a 26-week course for men "
            "and an advocate for partners.\nThe office adopted the review's three recommendations: a second group opened "
            "in Dover and a helpline for men began in May.\n")
    comps = {(c.source_line, c.component) for c in read(text).components}
    assert not [c for c in comps if c[0] in (4, 5)]
    assert {(6, "group_programme"), (6, "helpline")} <= comps


def test_one_defendants_victims_offered_support_are_no_partner_support():
    text = ("Court round-up\n\nKent Police welcomed the sentences handed down at Maidstone Crown Court this week.\n"
            "John Smith, 34, of Dover, was jailed for two years for controlling behaviour.\n"
            "The two women he abused were offered support by Victim Support throughout the trial.\n"
            "The women he has harmed were given emotional support by friends.\n"
            "Women and men they have harmed are offered support by Ashvale Women's Centre while the course runs.\n")
    assert set(cohorts_by_line(text, "partner_support")) == {7}


def test_a_grants_final_report_showing_what_it_paid_for_keeps_its_components():
    text = ("Grant report\n\nThe Kent Police and Crime Commissioner has awarded £60,000 to Safer Lives CIC.\n"
            "Our final report to the Home Office shows how the grant paid for a 24-week group course for men and an "
            "advocate for their partners.\n"
            "The interim report found that the 24-week group course for men kept 40 men safe.\n")
    comps = {(c.source_line, c.component) for c in read(text).components}
    assert {(4, "group_programme"), (4, "partner_support")} <= comps
    assert not [c for c in comps if c[0] == 5]  # (what a report found stays a result)
