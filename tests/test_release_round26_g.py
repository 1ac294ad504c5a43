"""Rules added while tuning on the twenty-sixth round's releases (tuner G): invented sentences in the genre's wording,
with the facts the corpus README's conventions give them."""

from release_probe import award_errors, awards_by_key, read

from funding.parse.releases.places import find_areas


# --- A council's style in a capitalised letterhead places nothing ---------------------------------------------

LETTERHEAD_COUNCIL = """ASHGROVE METROPOLITAN BOROUGH COUNCIL
Revenue budget 2025/26 - Cabinet, 4 March 2025

3.1 The council pays £84,000 from its own base budget for a group course for men in 2025/26.
3.2 The Mayor of Greater Manchester's grant for perpetrator work is £52,000 in 2025/26.
"""


def test_metropolitan_in_a_capitalised_council_name_is_not_london():
    assert find_areas("ASHGROVE METROPOLITAN BOROUGH COUNCIL") == []
    assert find_areas("Ashgrove Metropolitan District Council") == []
    # the force's own name still places
    assert find_areas("the Metropolitan Police")[0][2] == "E23000001"


def test_a_capitalised_metropolitan_letterhead_leaves_the_area_named_in_the_text():
    got = awards_by_key(LETTERHEAD_COUNCIL)
    assert {a.pfa_code for a in got.values()} == {"E23000005"}  # Greater Manchester, never London


# --- A list closed by its own "Total:" line, under a lead-in read as dividing an earlier sum --------------------

YEARS_LIST_WITH_TOTAL = """The Home Office has offered Durham £140,000 for 2026-27.
The commissioner is adding £60,000 from her own budget to that grant.
Two district councils have also agreed £25,000 between them for 2026-27.

How the 2026-27 money will be spent:
- Group course for men: £120,000
- Partner support: £50,000
- Case management for high-harm men: £30,000
Total: £200,000
"""


def test_list_items_summing_to_their_total_line_are_its_parts_not_the_earlier_sums():
    assert award_errors(YEARS_LIST_WITH_TOTAL, {
        (6, 120000): dict(role="part", part=9, start="2026-27", end="2026-27"),
        (7, 50000): dict(role="part", part=9, start="2026-27", end="2026-27"),
        (8, 30000): dict(role="part", part=9, start="2026-27", end="2026-27"),
        (9, 200000): dict(role="total", part=None, start="2026-27", end="2026-27"),
    }) == []


def test_a_total_equal_to_a_grant_and_its_top_up_has_no_funder():
    # £140,000 from the Home Office plus the commissioner's £60,000 added to it: the year's money from two payers
    assert award_errors(YEARS_LIST_WITH_TOTAL, {
        (9, 200000): dict(role="total", funder=None),
        (6, 120000): dict(funder=None),
        (1, 140000): dict(role="grant", funder="Home Office"),
        (2, 60000): dict(role="match_funding", funder="PCC"),
    }) == []


ONE_PAYERS_LIST = """The Home Office has offered Durham £200,000 for 2026-27.

How the 2026-27 money will be spent:
- Group course for men: £120,000
- Partner support: £80,000
Total: £200,000
"""


def test_a_list_total_equal_to_one_grant_keeps_its_payer():
    assert award_errors(ONE_PAYERS_LIST, {
        (6, 200000): dict(funder="Home Office"),
        (4, 120000): dict(role="part", funder="Home Office"),
    }) == []


# --- A subject's money past a relative aside holding another figure -------------------------------------------

SUBJECT_PAST_AN_ASIDE = """Norfolk's commissioner has confirmed a Home Office grant of £210,000 for 2026-27.
The three district councils, which had paid £15,000 a year each towards the course, have agreed a bridging sum of £27,000 between them to cover April to June 2027.
"""


def test_figure_after_a_relative_aside_is_the_sentence_subjects_money():
    got = awards_by_key(SUBJECT_PAST_AN_ASIDE)
    assert got[(2, 27000)].funder == "local authority"
    assert got[(2, 15000)].funder == "local authority"
    assert got[(1, 210000)].funder == "Home Office"


def test_an_aside_naming_no_other_figure_changes_nothing():
    text = ("Norfolk's commissioner has confirmed a Home Office grant of £210,000 for 2026-27.\n"
            "The council, which runs the family service, has agreed £27,000 for 2026-27.\n")
    assert awards_by_key(text)[(2, 27000)].funder == "local authority"


# --- A funders table's TOTAL over rows of mixed years, some with none --------------------------------------------

MIXED_YEARS_TABLE = """<html><body><main>
<p>For 2025-26 and 2026-27 the Police and Crime Commissioner for Dorset has given us £300,000 from the Home Office perpetrator fund.</p>
<table>
<tr><th>Funder</th><th>Amount (£)</th><th>What it pays for</th></tr>
<tr><td>Home Office, via the Commissioner</td><td>300,000</td><td>Group work, 2025-27</td></tr>
<tr><td>Bournemouth, Christchurch and Poole Council</td><td>64,000</td><td>Family worker, two years</td></tr>
<tr><td>Dorset Council</td><td>20,000</td><td>Match funding, 2025-26</td></tr>
<tr><td>Purbeck Coast Trust</td><td>11,250</td><td>Partner support worker</td></tr>
<tr><td><strong>Total</strong></td><td><strong>395,250</strong></td><td></td></tr>
</table>
</main></body></html>
"""


def test_a_table_total_over_rows_of_mixed_years_has_no_period():
    got = {(a.source_line, a.amount.pence // 100): a for a in read(MIXED_YEARS_TABLE, "invented.html").awards}
    total = got[(9, 395250)]
    assert (total.funding_role, total.period_start or None, total.period_end or None) == ("total", None, None)
    # the undated rows keep none, the dated rows keep their own
    assert (got[(6, 64000)].period_start or None, got[(8, 11250)].period_start or None) == (None, None)
    assert (got[(5, 300000)].period_start, got[(5, 300000)].period_end) == ("2025-26", "2026-27")
    assert (got[(7, 20000)].period_start, got[(7, 20000)].period_end) == ("2025-26", "2025-26")
    assert all(got[k].part_of_line == 9 for k in [(5, 300000), (6, 64000), (7, 20000), (8, 11250)])


# --- An appeal's donation asks under a heading about the reader's gift ----------------------------------------

GIFT_LIST = """<html><body><main>
<p>The Police and Crime Commissioner for Suffolk has given us £240,000 from the Home Office for 2025-26.</p>
<h2>How your donation helps</h2>
<ul>
<li>£40 pays for a partner's first support call.</li>
<li>£2,500 trains four new group facilitators.</li>
<li>£5,000 runs a whole group course for eight men.</li>
</ul>
</main></body></html>
"""


def test_sums_listed_under_a_heading_about_the_readers_gift_are_not_funding():
    got = {(a.source_line, a.amount.pence // 100) for a in read(GIFT_LIST, "invented.html").awards}
    assert got == {(2, 240000)}


def test_a_list_under_an_ordinary_heading_still_reads():
    text = GIFT_LIST.replace("How your donation helps", "Where the money goes")
    got = {(a.source_line, a.amount.pence // 100) for a in read(text, "invented.html").awards}
    assert {(6, 2500), (7, 5000)} <= got


# --- A contract value given as a field: no payer lent ----------------------------------------------------------

CONTRACT_VALUE_FIELD = """Our Home Office funded services in the north east.

Durham
A high-harm service in County Durham and Darlington.
Contract value 2025-26: £126,400. The money is a mix of Home Office and commissioner funding.
"""


def test_a_contract_value_field_is_not_lent_the_releases_payer():
    assert award_errors(CONTRACT_VALUE_FIELD, {
        (5, 126400): dict(role="grant", funder=None, start="2025-26", end="2025-26"),
    }) == []


# --- A sum over counted areas has no area ------------------------------------------------------------------------

COUNTED_AREAS_TOTAL = """Thames Valley's commissioner pays us £180,000 for 2025-26 from her own budget.
Surrey County Council pays £45,000 a year for our Guildford group.
Taken together, our four areas bring in about £900,000 this year.
"""


def test_a_total_whose_subject_counts_several_areas_has_no_area():
    got = awards_by_key(COUNTED_AREAS_TOTAL)
    assert (got[(3, 900000)].funding_role, got[(3, 900000)].pfa_code) == ("total", "")
    assert got[(1, 180000)].pfa_code == "E23000029"  # Thames Valley keeps its own


# --- A mayor's grant named in prose is the mayor's money --------------------------------------------------------

MAYORS_GRANT = """2.1 The council pays £60,000 from its own budget for the family service in 2024/25.
2.2 The Mayor of Greater Manchester's grant for perpetrator work (£74,000 in 2024/25) is assumed to continue.
2.3 The Home Office grant of £150,000 for 2024/25 ends on 31 March 2025.
"""


def test_a_mayors_grant_naming_its_figure_is_paid_by_the_mayor():
    assert award_errors(MAYORS_GRANT, {
        (2, 74000): dict(role="grant", funder="PCC", start="2024-25", end="2024-25"),
        (3, 150000): dict(funder="Home Office"),
        (1, 60000): dict(funder="local authority"),
    }) == []


# --- Savings in a budget are context, one a year -----------------------------------------------------------------

SAVINGS = """4.1 The council funds a group course for men from its own base budget, at £120,000 in 2025/26.
4.2 Savings of £8,000 in 2025/26 and £11,000 in each of 2026/27 and 2027/28 come from moving two sessions online.
"""


def test_savings_are_context_with_no_area_and_one_fact_a_year():
    got = [a for a in read(SAVINGS).awards if a.source_line == 2]
    assert sorted((a.amount.pence // 100, a.period_start, a.period_end) for a in got) == [
        (8000, "2025-26", "2025-26"), (11000, "2026-27", "2026-27"), (11000, "2027-28", "2027-28")]
    assert {(a.funding_role, a.pfa_code, a.funder, a.part_of_line) for a in got} == {("context", "", "", None)}


# --- Components: group staff, "both of its groups", partners counted in words, "a man's course" -------------------

def _components(text: str, line: int) -> dict:
    return {c.component: c for c in read(text).components if c.source_line == line and not c.in_quote}


INTRO = "The Home Office has given Kent £210,000 for 2025-26 for a group course for men.\n"


def test_a_group_facilitator_is_staff_not_a_group():
    got = _components(INTRO + "Part of it trains two new group facilitators for the course.\n", 2)
    assert "group_programme" not in got and "practitioner_training" in got
    # a new group itself still counts (README, "Named and numbered groups")
    assert "group_programme" in _components(INTRO + "Part of it pays for a new group in Dover.\n", 2)


def test_both_of_its_groups_is_a_group_programme():
    got = _components(INTRO + "The commissioner is adding £40,000 so that the course can keep both of its groups running.\n", 2)
    assert "group_programme" in got


def test_partners_counted_as_a_share_in_words_give_no_partner_support():
    got = _components(INTRO + "Nine in ten partners we supported said they felt safer.\n", 2)
    assert "partner_support" not in got
    assert "partner_support" in _components(INTRO + "Partners are supported by a named worker.\n", 2)


def test_a_mans_course_is_for_men():
    got = _components(INTRO + "A further £3,000 covers a man's whole 26-week course for a year of referrals.\n", 2)
    c = next(iter(v for k, v in got.items() if k in ("behaviour_change_programme", "group_programme")))
    assert "men" in c.cohorts


# --- Organisations: a payer that "has not funded it since" is a former funder ---------------------------------

def test_a_payer_that_has_not_funded_it_since_is_a_former_funder():
    text = ("Our Leeds service works with men who abuse their partners.\n"
            "The Ministry of Justice gave £38,000 towards its first year, 2024-25, but has not funded it since.\n")
    roles = {(o.organisation, o.role) for o in read(text).organisations if o.source_line == 2}
    assert ("Ministry of Justice", "former_funder") in roles and ("Ministry of Justice", "funder") not in roles


# --- Negated payer, support given through a body in a list item, a one-word name described in apposition ----------

def test_no_home_office_money_assumed_names_no_funder():
    text = ("3.2 The council funds the course from its own budget, at £90,000 in 2025/26.\n"
            "3.3 No Home Office money is assumed beyond March 2026.\n")
    assert not [o for o in read(text).organisations if o.source_line == 2 and o.organisation == "Home Office"]


def test_partner_support_through_a_body_in_a_list_item_is_not_its_recipient():
    text = ("How the 2026-27 money will be spent:\n"
            "- Group course for men: £120,000\n"
            "- Partner support through Riverside Women's Centre: £45,000\n"
            "Total: £165,000\n")
    roles = {o.role for o in read(text).organisations if o.source_line == 3}
    assert "recipient" not in roles
    # a body named as the item's payee still receives it
    text2 = text.replace("Partner support through Riverside Women's Centre", "Riverside Women's Centre")
    assert "recipient" in {o.role for o in read(text2).organisations if o.source_line == 3}


def test_a_one_word_name_described_in_apposition_is_the_named_programme_again():
    text = ("Home Office money has paid for the Tidemark course in Sunderland since 2023.\n"
            "\n"
            "Notes to editors\n"
            "1. Tidemark, a course for men who abuse their partners, is delivered by Wearside Change CIC.\n")
    got = _components(text, 4)
    assert got["named_programme"].programme_name == "Tidemark" and "men" in got["named_programme"].cohorts
    # a one-word name with no description nor people on it stays an ordinary word
    plain = text.replace("1. Tidemark, a course for men who abuse their partners, is delivered by", "1. Tidemark is a word used by")
    assert "named_programme" not in _components(plain, 4)


# --- People named by the harm they do are not the people harmed ----------------------------------------------------

def test_high_harm_men_are_the_case_managers_people_not_victims():
    got = _components(INTRO + "- Case management for high-harm men: £52,000\n", 2)
    assert set(got["case_management"].cohorts) == {"men", "high_harm"}
    got = _components(INTRO + "It also pays for case management for high harm women.\n", 2)
    assert set(got["case_management"].cohorts) == {"women", "high_harm"}
    # the people a course's men harm are still not its cohort
    got = _components(INTRO + "It also runs a 20-week course for people who harm women.\n", 2)
    assert "women" not in next(iter(got.values())).cohorts


# --- A grant-maker named by its grant is a funder, a former one once the grant has ended ---------------------------

def test_a_grant_makers_grant_names_its_maker_as_funder():
    text = ("The Home Office has given Norfolk £180,000 for 2025-26.\n"
            "Separately, the Wensum Valley Trust grant of £30,000 over 2022-23 and 2023-24 ended in March 2024.\n"
            "Only the Broadland Community Lottery grant can be spent on support for partners, and it ends in June.\n")
    roles = {(o.source_line, o.organisation, o.role) for o in read(text).organisations}
    assert (2, "Wensum Valley Trust", "former_funder") in roles
    assert (3, "Broadland Community Lottery", "funder") in roles
    # a negated grant-maker names no payer
    neg = "The Home Office has given Norfolk £180,000 for 2025-26, not the Wensum Valley Trust grant it applied for.\n"
    assert not [o for o in read(neg).organisations if o.organisation == "Wensum Valley Trust"]


def test_a_single_session_priced_is_no_course_length():
    got = _components(INTRO + "A gift of £30 pays for one group session for one man.\n", 2)
    assert got["group_programme"].duration_value is None
    got = _components(INTRO + "The grant pays for twelve group sessions for each man.\n", 2)
    assert (got["group_programme"].duration_value, got["group_programme"].duration_unit) == (12, "session")


def test_a_courses_possessive_length_is_the_course():
    got = _components(INTRO + "4.6 Savings come from running the first three of the course's 26 sessions online.\n", 2)
    assert (got["behaviour_change_programme"].duration_value, got["behaviour_change_programme"].duration_unit) == (26, "session")
