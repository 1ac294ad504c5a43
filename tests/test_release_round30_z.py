"""Rules added while tuning the thirtieth round's releases (tuner Z): invented sentences, with the facts the corpus
README's conventions give them (never the corpus text)."""

import pytest

from release_probe import award_errors, awards_by_key, read


# --- A whole divided between two payers in one sentence ("Of the grant, £A … Home Office …, and £B … own …") is paid
# for by several payers together: a payment profile of it naming no payer is no one payer's (README "Payer said once") -

_PROFILE = (
    "  Quarter        2025-26     2026-27\n"
    "  Q1              40,000      40,000\n"
    "  Q2              40,000      40,000\n"
    "  Total           80,000      80,000\n"
)


@pytest.mark.parametrize("division", [
    "Of the grant, £120,000 is funded by the Home Office, and £40,000 is the Commissioner's own contribution.",
    "Of this, £120,000 comes from the Home Office and £40,000 from the Commissioner's own budget.",
    "2. Of the award, £100,000 is Ministry of Justice money and £60,000 comes from the Home Office.",
])
def test_a_profile_of_a_whole_divided_between_payers_names_no_payer(division):
    text = ("Schedule of funding\n\n1. The Commissioner will pay Ashby Change a grant of £160,000 for the two years "
            "from April 2025.\n" + division + "\n\nThe grant is paid in line with this profile (£):\n\n" + _PROFILE)
    got = awards_by_key(text)
    rows = [a for (line, pounds), a in got.items() if line >= 8 and pounds in (40000, 80000)]
    assert rows and all(not a.funder for a in rows)


@pytest.mark.parametrize("division", [
    # (divided among uses, one payer named: the profile stays that payer's)
    "Of the grant, £120,000 is for the group course and £40,000 for partner support, all of it Home Office money.",
    # (no division: one payer named for the whole)
    "The grant is funded by the Home Office.",
])
def test_a_whole_divided_among_uses_keeps_its_one_payer_for_the_profile(division):
    text = ("Schedule of funding\n\n1. The Commissioner will pay Ashby Change a grant of £160,000 for the two years "
            "from April 2025.\n" + division + "\n\nThe grant is paid in line with this profile (£):\n\n" + _PROFILE)
    got = awards_by_key(text)
    rows = [a for (line, pounds), a in got.items() if line >= 8 and pounds == 40000]
    assert rows and all(a.funder == "Home Office" for a in rows)


# --- A lead-in ending in a colon that says the list under it is match funding makes the items' sums match funding ----

_GRANT = "Funding note\n\nThe Home Office has given Kent a grant of £200,000 for 2025-26.\n\n"


@pytest.mark.parametrize("lead, item", [
    ("The provider has secured the following match funding:", "    (a) Dover District Council: £24,000 for 2025-26;"),
    ("Match funding for the project:", "- Dover District Council: £24,000 for 2025-26"),
    ("Match-funding partners:", "- Dover District Council, £24,000 for 2025-26"),
])
def test_list_items_under_a_match_funding_lead_are_match_funding(lead, item):
    got = awards_by_key(_GRANT + lead + "\n" + item + "\n")
    assert got[(6, 24000)].funding_role == "match_funding"
    assert got[(3, 200000)].funding_role == "grant"


@pytest.mark.parametrize("lead, item", [
    # (no match funding in place)
    ("No match funding has been secured for:", "- Dover District Council: £24,000 for 2025-26"),
    # (a lead-in about something else)
    ("The grant pays for the following:", "- Dover District Council: £24,000 for 2025-26"),
])
def test_list_items_under_other_leads_keep_their_own_role(lead, item):
    got = awards_by_key(_GRANT + lead + "\n" + item + "\n")
    # (a council's money for a service, not said to match the grant: README "Council money")
    assert (got[(6, 24000)].funding_role, got[(6, 24000)].funder) == ("grant", "local authority")


def test_a_match_funding_lead_ends_at_the_next_line_that_is_no_list_item():
    text = (_GRANT + "Match funding for the project:\n- Dover District Council: £24,000 for 2025-26\n\n"
            "Separately, Dover District Council pays £30,000 for a helpline in 2025-26.\n")
    got = awards_by_key(text)
    assert got[(6, 24000)].funding_role == "match_funding"
    assert got[(8, 30000)].funding_role == "grant"


# --- "£X of the grant" names the sum introduced as a grant, also the commissioner's own grant; a later ceiling within
# the whole ("No more than £X of the grant …") does not stop its division stated before from being its pieces -------

@pytest.mark.parametrize("cap", [
    "No more than £12,000 of the Grant in each year may be spent on management.",
    "Up to £12,000 of the grant in each year may be spent on overheads.",
])
def test_a_later_ceiling_does_not_stop_the_division_before_it(cap):
    text = ("Schedule\n\n1. The Commissioner shall pay Ashby Change a grant of up to £160,000 (\"the Grant\") for the "
            "period 1 April 2025 to 31 March 2027.\n2. Of the Grant, £120,000 is funded by the Home Office, and "
            "£40,000 is the Commissioner's own contribution.\n3. Ashby Change shall report each quarter.\n"
            "4. " + cap + "\n")
    assert award_errors(text, {
        (4, 120000): dict(role="part", part=3, funder="Home Office"),
        (4, 40000): dict(role="part", part=3, funder="PCC"),
        (6, 12000, "2025-26"): dict(role="part", part=3),
        (6, 12000, "2026-27"): dict(role="part", part=3),
    }) == []


# --- A bound on a class of spending that needs someone's leave is no money given ------------------------------------

@pytest.mark.parametrize("sentence", [
    "Capital items over £5,000 require the Commissioner's prior written consent.",
    "Purchases above £2,500 need the written approval of the commissioning manager.",
    "Contracts over £25,000 must be approved by the board.",
])
def test_a_bound_needing_leave_is_no_amount(sentence):
    got = awards_by_key(_GRANT + sentence + "\n")
    assert [k for k in got if k[0] == 5] == []


@pytest.mark.parametrize("sentence, pounds", [
    # (a sum given, then a consent clause about something else)
    ("The council added £25,000 to the grant, which required cabinet approval.", 25000),
    ("The commissioner gave Kent £40,000 more, with the approval of the panel.", 40000),
])
def test_a_sum_given_beside_an_approval_is_still_an_amount(sentence, pounds):
    got = awards_by_key(_GRANT + sentence + "\n")
    assert (5, pounds) in got


# --- A budget "made up as follows:" whose payer the release only lent it: an own-budget item is a part, a funder's
# later yearly profile ("£A for the half year and £B in each of …") is a piece of that funder's item, and a comparison
# or an annual equivalent after the list is no piece of it; a numbered paragraph after the items is no item ---------

_BUDGET = (
    "Leicestershire County Council\nEquality Impact Assessment\n\n"
    "1.1 The Council will recommission the service with the OPCC from 1 October 2026 to 31 March 2029.\n\n"
    "2.1 The proposed budget for the new contract is £1,000,000 over the period, made up as follows:\n"
    "    - Home Office perpetrator grant, held by the OPCC (2026-27 and 2027-28): £400,000\n"
    "    - Police and Crime Commissioner's own budget: £300,000\n"
    "    - Leicestershire County Council, from the Public Health grant: £240,000\n"
    "    - {partners}: £60,000\n"
    "2.2 The Home Office money is £150,000 for 2026-27 and £250,000 for 2027-28.\n"
    "2.3 The Commissioner has committed £60,000 for the half year to March 2027 and £120,000 in each of 2027-28 and "
    "2028-29.\n"
    "2.4 {compare}\n"
)


@pytest.mark.parametrize("partners", ["Partners in the Safer Ashby Partnership", "Local partners",
                                      "Partners (housing and probation)"])
@pytest.mark.parametrize("compare", ["This compares with £420,000 a year under the current contract.",
                                     "Spread evenly, the new budget is equivalent to about £400,000 a year."])
def test_a_budget_made_up_of_several_payers_items(partners, compare):
    text = _BUDGET.format(partners=partners, compare=compare)
    assert award_errors(text, {
        (6, 1000000): dict(role="total", funder=None, start="2026-27", end="2028-29"),
        (8, 300000): dict(role="part", part=6, funder="PCC", start="2026-27", end="2028-29"),
        (10, 60000): dict(role="part", part=6, funder="partners"),
        (12, 60000, "2026-27"): dict(role="part", part=8),
        (12, 120000, "2027-28"): dict(role="part", part=8),
        (12, 120000, "2028-29"): dict(role="part", part=8),
    }) == []
    later = [a for (line, _), a in awards_by_key(text).items() if line == 13]
    assert later and all(a.part_of_line != 6 for a in later)


@pytest.mark.parametrize("label", ["Partners' support worker", "Partner support"])
def test_an_item_bought_for_partners_names_no_payer(label):
    text = _BUDGET.format(partners=label, compare="The service starts in October.")
    got = awards_by_key(text)[(10, 60000)]
    assert (got.funding_role, got.funder or None, got.part_of_line) == ("part", None, 6)


def test_a_figure_compared_in_a_list_item_is_still_the_item():
    text = ("Funding note\n\nThe grant of £300,000 for 2025-26 is made up as follows:\n"
            "- group programme: £200,000, compared with £180,000 last year\n- partner support: £100,000\n")
    assert award_errors(text, {(4, 200000): dict(role="part", part=3), (5, 100000): dict(role="part", part=3)}) == []


# --- A year of money not yet confirmed (or only on condition that it is) is not the release's span -------------------

@pytest.mark.parametrize("unconfirmed", [
    "No Home Office money has yet been confirmed for 2027-28.",
    "Funding for 2027-28 is not yet confirmed.",
    "The plan will be reviewed if Home Office money for 2027-28 is confirmed.",
])
def test_a_year_not_yet_confirmed_gives_no_period(unconfirmed):
    text = ("Funding note\n\nThe service in Leicestershire costs £498,000, of which the council pays £150,000 and "
            "the commissioner £348,000 from her own budget.\n" + unconfirmed + "\n")
    got = awards_by_key(text)
    assert not got[(3, 150000)].period_start and not got[(3, 348000)].period_start


def test_a_year_of_funding_stated_once_is_still_the_release_span():
    text = ("Funding note\n\nThe service in Leicestershire costs £498,000, of which the council pays £150,000 and "
            "the commissioner £348,000 from her own budget.\nThe funding is for 2027-28.\n")
    got = awards_by_key(text)
    assert got[(3, 150000)].period_start == "2027-28"


# --- A cut of £X is the difference between two figures, no one's award ----------------------------------------------

@pytest.mark.parametrize("sentence, pounds", [
    ("The draft budget reduces the helpline line to £90,000 in 2026-27, a cut of £30,000.", 30000),
    ("The council's contribution falls to £50,000, a reduction of about £25,000.", 25000),
    ("That is a real-terms cut of £12,500 on last year.", 12500),
])
def test_a_cut_is_context(sentence, pounds):
    got = awards_by_key("Budget note\n\nThe Home Office has given Kent £300,000 for 2025-26.\n" + sentence + "\n")
    assert got[(4, pounds)].funding_role == "context"
    assert not got[(4, pounds)].pfa_code


def test_money_given_to_cut_waiting_lists_is_still_an_award():
    got = awards_by_key("Budget note\n\nThe commissioner has given Kent £40,000 to cut waiting times in 2025-26.\n")
    assert (got[(3, 40000)].funding_role, got[(3, 40000)].funder) == ("own_funding", "PCC")


# --- A lead-in ending in a colon that states one year gives it to the list items under it -------------------------

@pytest.mark.parametrize("lead", [
    "3. In 2025-26 the programme in Kent is paid for from three sources:",
    "Funding for the Kent programme in 2025/26:",
])
def test_list_items_take_the_year_of_their_lead(lead):
    text = ("Letter\n\n" + lead + "\n   (a) £300,000 from the Home Office;\n   (b) £120,000 from your own budget; and\n"
            "   (c) £40,000 from this Council, added to the Home Office grant as match funding.\n")
    assert award_errors(text, {
        (4, 300000): dict(start="2025-26", end="2025-26"),
        (5, 120000): dict(start="2025-26", end="2025-26"),
        (6, 40000): dict(start="2025-26", end="2025-26", role="match_funding"),
    }) == []


def test_a_lead_with_no_year_gives_the_items_none():
    text = ("Letter\n\nThe programme in Kent is paid for from three sources:\n   (a) £300,000 from the Home Office;\n"
            "   (b) £120,000 from your own budget.\n\nThe next paragraph mentions 2027-28 planning.\n")
    got = awards_by_key(text)
    assert not got[(5, 120000)].period_start


def test_a_lent_payers_budget_whose_items_do_not_add_up_stays_its_grant():
    text = ("Funding note\n\nThe Home Office has confirmed Kent's perpetrator funding. Kent's service has £90,000 for "
            "2025-26, made up as follows:\n- £60,000 of Home Office grant\n- £20,000 from the commissioner's own budget\n")
    assert award_errors(text, {(3, 90000): dict(role="grant"), (5, 20000): dict(role="own_funding", part=None)}) == []


# --- Sum words before a figure set against another belong to the earlier figure -------------------------------------

@pytest.mark.parametrize("sentence", [
    "In 2024-25 about £400,000 was spent on perpetrator work in Kent from all funders, against roughly £4.8 million on "
    "services for victims.",
    "In 2024-25 £400,000 in total went on perpetrator work in Kent, compared with about £4.8 million on victims' "
    "services.",
    # (larger than the total and not set against it in words: still no piece of it)
    "In 2024-25 £400,000 in total went on perpetrator work in Kent; £4.8 million went on services for victims.",
])
def test_a_figure_set_against_a_total_is_not_a_total(sentence):
    # (a sum set against another is a sum of its own, read as the tune label of such a line reads it: a grant, payer
    # unsaid, neither a total nor a part of the figure it is compared with)
    got = awards_by_key("Needs assessment\n\n" + sentence + "\n")
    assert (got[(3, 4800000)].funding_role, got[(3, 4800000)].funder or None, got[(3, 4800000)].part_of_line) == \
        ("grant", None, None)


def test_two_figures_both_said_in_all_stay_totals():
    got = awards_by_key("Needs assessment\n\nIn 2024-25 Kent spent £400,000 from all funders on perpetrator work; "
                        "from all funders, £4.8 million went on victims' services.\n")
    assert got[(3, 4800000)].funding_role == "total"


# --- Parents of children "violent or abusive towards them": child-to-parent work -----------------------------------

def _kinds(text: str, line: int) -> set:
    return {c.component for c in read(text).components if c.source_line == line}


@pytest.mark.parametrize("sentence", [
    "The council funds a course for parents of 11 to 16 year olds who are violent or abusive towards them.",
    "Carers whose teenagers are aggressive or violent towards them can join a ten-week group.",
])
def test_parents_of_children_violent_or_abusive_towards_them(sentence):
    assert "child_adolescent_to_parent" in _kinds("Services in Kent\n\n" + sentence + "\n", 3)


@pytest.mark.parametrize("sentence", [
    "A course for fathers who have been abusive at home runs in Ludlow.",
    "Partners whose ex-partners are violent or abusive towards them are offered an IDVA.",
])
def test_abuse_at_home_or_towards_a_partner_is_not_child_to_parent(sentence):
    assert "child_adolescent_to_parent" not in _kinds("Services in Kent\n\n" + sentence + "\n", 3)


# --- Organisations: a contract "held by" X, a service run by X "under a contract with" a commissioner; a department
# named only inside a condition is no funder ---------------------------------------------------------------------

def _orgs(text: str) -> set:
    return {(o.source_line, o.organisation, o.role) for o in read(text).organisations}


@pytest.mark.parametrize("sentence, name", [
    ("The current contract for the perpetrator service in Kent is held by Medway Change Ltd and ends in March.",
     "Medway Change Ltd"),
    ("The group course is run in Dover and Margate by Thanet Pathways CIC under a contract with the Office of the "
     "Police and Crime Commissioner for Kent.", "Thanet Pathways CIC"),
])
def test_contract_holders(sentence, name):
    assert (3, name, "commissioned_service") in _orgs("Services in Kent\n\n" + sentence + "\n")


def test_a_contract_holder_named_as_holding_a_meeting_is_not_one():
    got = _orgs("Services in Kent\n\nThe meeting was held by Medway Change Ltd in Dover.\n")
    assert (3, "Medway Change Ltd", "commissioned_service") not in got


@pytest.mark.parametrize("sentence", [
    "This plan will be reviewed if Home Office money for 2027-28 is confirmed.",
    "Please set out how the service will be paid for if no Home Office allocation is received.",
])
def test_a_department_only_in_a_condition_is_no_funder(sentence):
    got = _orgs("Services in Kent\n\n" + sentence + "\n")
    assert not any(o[1] == "Home Office" for o in got)


def test_a_department_paying_a_sum_in_a_conditional_sentence_is_still_a_funder():
    got = _orgs("Services in Kent\n\nIf the pilot works, the Home Office grant of £200,000 will continue.\n")
    assert (3, "Home Office", "funder") in got


# --- A figure stated before, named again with "not the" / "rather than the" to set a new one against it: no year -----

@pytest.mark.parametrize("sentence", [
    "The annual report for 2024-25 gives the Home Office grant as £305,000, not the £298,000 in the return.",
    "The budget book for 2024-25 gives the same line as £305,000 rather than the £298,000 in the paper.",
])
def test_a_figure_named_again_to_be_set_against_has_no_year(sentence):
    text = "Spending note\n\nKent received £298,000 from the Home Office in 2024-25.\n" + sentence + "\n"
    got = awards_by_key(text)
    assert not got[(4, 298000)].period_start
    assert got[(4, 305000)].period_start == "2024-25"


def test_a_new_figure_after_not_the_keeps_its_year():
    text = "Spending note\n\nThe annual report for 2024-25 gives the grant as £305,000, not the £298,000 we expected.\n"
    got = awards_by_key(text)
    assert got[(3, 298000)].period_start == "2024-25"


# --- A department named in a plain-text section heading, or only as the one who said something, is no funder -------

def test_a_section_heading_names_no_funder():
    text = ("Letter to the Commissioner\n\n1. We set out our view below.\n\nHome Office funding\n\n"
            "2. The Home Office grant of £300,000 for Kent ends in March.\n")
    got = _orgs(text)
    assert not any(o[0] == 5 and o[1] == "Home Office" for o in got)
    assert (7, "Home Office", "funder") in got


def test_an_aligned_table_heading_row_still_names_its_column_payer():
    text = ("Profile for Kent\n\nThe grant is profiled as follows:\n\n"
            "Year        Home Office    Commissioner    Total\n"
            "2025-26     £300,000       £150,000        £450,000\n")
    assert any(o[1] == "Home Office" and o[2] == "funder" for o in _orgs(text))


@pytest.mark.parametrize("sentence", [
    "The Home Office has said areas will be able to bid again in the autumn.",
    "The Home Office said decisions on the national fund would follow the spending review.",
    "The third strand was turned down, and the Home Office has not said why.",
])
def test_a_department_only_saying_something_is_no_funder(sentence):
    assert not any(o[1] == "Home Office" for o in _orgs("Services in Kent\n\n" + sentence + "\n"))


@pytest.mark.parametrize("sentence", [
    "The Home Office says it is spending £34m on such work this year.",
    "The Home Office has told us our allocation will be lower. Kent's last year is cut to £176,250.",
])
def test_a_department_saying_what_it_pays_is_a_funder(sentence):
    assert any(o[1] == "Home Office" and o[2] == "funder" for o in _orgs("Services in Kent\n\n" + sentence + "\n"))


# --- Mastheads of several fields, sign-off, copy and contact lines name no organisation ------------------------------

@pytest.mark.parametrize("line", [
    "Swyddfa Comisiynydd Heddlu a Throseddu Gwent | Office of the Police and Crime Commissioner for Gwent",
    "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR KENT          Annual Report 2025/26",
    "cc: Chief Executive, Office of the Police and Crime Commissioner for Kent",
    "Signed for the Commissioner: Jo Bloggs, Chief Executive, OPCC Kent      Date: 14/04/2025",
    "**Prepared for the Office of the Police and Crime Commissioner for Kent by Medway Research**",
])
def test_furniture_lines_name_no_commissioner(line):
    text = "Perpetrator funding in Kent\n\n" + line + "\n\nThe Home Office has given Kent £300,000 for 2025-26.\n"
    assert not any(o[0] == 3 for o in _orgs(text))


def test_a_sentence_with_a_pipe_still_names_its_bodies():
    text = ("Perpetrator funding in Kent\n\nThe course is run by Medway Change Ltd under a contract with the Office of the "
            "Police and Crime Commissioner for Kent | Updated 2 May\n")
    assert any(o[0] == 3 and o[1] == "Medway Change Ltd" for o in _orgs(text))


# --- A course's kind heading a list item ("Group programme for men …") is no body's name ------------------------------

@pytest.mark.parametrize("item", [
    "- Group programme for men (26 weeks), delivered by Medway Change Ltd: £241,500",
    "- **Group programme for men**, 24 weeks: £318,500 to Medway Change Ltd, which holds the contract",
])
def test_a_course_kind_is_no_organisation(item):
    got = _orgs("Spending in Kent\n\nThe Home Office grant for 2025-26 is spent as follows:\n" + item + "\n")
    assert not any(o[1] in ("Group", "Group programme") for o in got)
    assert any(o[1] == "Medway Change Ltd" for o in got)
