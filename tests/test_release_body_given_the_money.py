"""A body named as the one given a sum ("has given the council £14,000", "passed X Council £40,000 of …") is its
recipient, never its payer (invented texts).

In a council's own release, the council the commissioner gives money to is the first object of the verb of giving: the
money is the commissioner's own when "from her own budget" says so, the original grantor's when it is "of the county's
Home Office grant", and the council named is a recipient organisation.
"""

from tests.release_probe import awards_by_key, read


def test_commissioner_named_in_apposition_giving_the_council_her_own_money():
    got = awards_by_key("Rushmoor Borough Council news\n\n"
                        "The Police and Crime Commissioner, Donna Jones, has also given the council £14,000 from her own "
                        "budget for 2025-26 for staff training.\n")
    a = got[(3, 14000)]
    assert (a.funding_role, a.funder, a.period_start) == ("own_funding", "PCC", "2025-26")


def test_commissioner_gave_the_council_money_out_of_his_own_budget():
    got = awards_by_key("Bassetlaw District Council update\n\n"
                        "Separately, the commissioner, Gary Godden, gave the council £8,750 out of his own budget in "
                        "2024/25 for a family worker.\n")
    a = got[(3, 8750)]
    assert (a.funding_role, a.funder, a.period_start) == ("own_funding", "PCC", "2024-25")


def test_possessive_commissioner_handed_the_council_money():
    got = awards_by_key("Wyre Forest District Council\n\n"
                        "West Mercia's commissioner, John Campion, has handed the council £6,000 from his own budget for "
                        "2024/25 to train housing officers.\n")
    a = got[(3, 6000)]
    assert (a.funding_role, a.funder) == ("own_funding", "PCC")
    assert a.funder != "local authority"


def test_office_passed_a_named_council_part_of_the_home_office_grant():
    rel = read("Bassetlaw District Council update\n\n"
               "For 2025/26 the commissioner's office passed Bassetlaw District Council £40,000 of the county's Home "
               "Office grant for the men's course.\n")
    a = next(x for x in rel.awards if x.amount.pence == 4_000_000)
    assert (a.funding_role, a.funder, a.period_start) == ("grant", "Home Office", "2025-26")
    orgs = {(o.organisation, o.role) for o in rel.organisations}
    assert ("Bassetlaw District Council", "recipient") in orgs
    assert ("Bassetlaw District Council", "funder") not in orgs


def test_office_handed_a_named_council_money_is_its_recipient():
    rel = read("Wyre Forest District Council news\n\n"
               "In 2024/25 the OPCC handed Wyre Forest District Council £22,500 of the West Mercia Home Office grant.\n")
    orgs = {(o.organisation, o.role) for o in rel.organisations}
    assert ("Wyre Forest District Council", "recipient") in orgs
    assert next(x for x in rel.awards if x.amount.pence == 2_250_000).funder == "Home Office"


def test_a_share_paid_to_a_council_after_a_comma_names_its_recipient():
    rel = read("Mendip community safety plan\n\n"
               "The Home Office awarded the commissioner £600,000 for the two years from April 2025. Mendip's share is "
               "£120,000 over the two years, paid to Mendip District Council as £60,000 in each year.\n")
    assert ("Mendip District Council", "recipient") in {(o.organisation, o.role) for o in rel.organisations}
