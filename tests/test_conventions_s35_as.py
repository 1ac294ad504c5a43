"""Rules of the thirty-fifth session's tuning (tuner as) on a youth justice plan's partner-contributions chapter, a
charity regulator's register entry, a journal article's front matter and a full council's notice of motion.
Every case is an invented sentence; the near misses are sentences the rule must leave as it was."""

import pytest

from release_probe import award_errors, awards_by_key, kinds_on_line, organisation_facts, read


# --- A table's caption calling what its rows give partners' contributions ("Partner contributions to the pooled
# budget, 2025-26") calls each body in its rows a partner, as a "Funding partner" column heading does: a row naming
# no payer of the vocabulary is partners' money, its row total too (README, "Partners' money") ---------------------

def _partner_table(caption: str) -> str:
    return (
        "The Ministry of Justice also gives the Kent service £50,000 for unrelated work.\n"
        "\n"
        f"{caption}\n"
        "Agency                          Cash (£)   In kind (£)   Total (£)\n"
        "Kent Fire and Rescue              20,000        5,000       25,000\n"
        "Kent and Medway ICB               12,000            -       12,000\n"
        "Kent County Council               40,000       10,000       50,000\n"
        "TOTAL                             72,000       15,000       87,000\n"
    )


def test_rows_under_a_partner_contributions_caption_are_partners_money():
    errors = award_errors(_partner_table("Table 2: Partner contributions to the pooled budget, 2025-26"), {
        (5, 20000): dict(role="part", funder="partners", part=5, start="2025-26"),
        (5, 25000): dict(role="part", funder="partners", part=8),
        (6, 12000, "2025-26"): dict(funder="partners"),
        (7, 40000): dict(role="part", funder="local authority", part=7),
        (8, 87000): dict(role="total", funder=None),
    })
    assert not errors, errors


def test_rows_under_another_caption_are_not_called_partners():
    # (near miss: a caption naming no partners leaves the rows as they were)
    got = awards_by_key(_partner_table("Table 2: Contributions to the pooled budget, 2025-26"))
    assert got[(5, 20000)].funder != "partners", got[(5, 20000)]


# --- In a table of a body's income by year, a column giving one source of income ("Income from grants")
# holds pieces of the same row's total income: parts of it, with no conflict when they fall short (README: part;
# "Divisions that do not add up") --------------------------------------------------------------------------------

_INCOME_TABLE = (
    "Harbour Change runs a perpetrator course in Kent.\n"
    "\n"
    "| Year end | Total income | Total spending | Income from contracts | Income from grants |\n"
    "|---|---|---|---|---|\n"
    "| 31/03/2024 | £120,500 | £118,200 | £70,300 | £21,400 |\n"
)


def test_income_source_columns_are_parts_of_the_rows_total_income():
    errors = award_errors(_INCOME_TABLE, {
        (5, 120500): dict(role="grant", funder=None, start="2023-24"),
        (5, 70300): dict(role="part", part=5, funder=None, start="2023-24"),
        (5, 21400): dict(role="part", part=5, funder=None, start="2023-24"),
        (5, 118200): dict(role="context"),
    })
    assert not errors, errors


def test_income_sources_over_the_total_stay_as_they_were():
    # (near miss: columns that add up to more than the total income are not pieces of it)
    got = awards_by_key(_INCOME_TABLE.replace("£70,300", "£170,300"))
    assert got[(5, 170300)].funding_role != "part", got[(5, 170300)]


# --- A row of fields set off by pipes at the top of a page, one stating money ("Income: £82,400 | Spending:
# £79,100 (financial year end 31 March 2025)"), is content, not the page's title; its spending field is context,
# not a piece of the income before it; and a year named by its end ("financial year end 31 March 2025") is that
# financial year -----------------------------------------------------------------------------------------------------

def test_a_row_of_money_fields_at_the_top_is_read():
    text = ("Income: £82,400 | Spending: £79,100 (financial year end 31 March 2025)\n"
            "\n"
            "Harbour Change runs a perpetrator course in Kent.\n")
    errors = award_errors(text, {
        (1, 82400): dict(role="grant", funder=None, start="2024-25", end="2024-25"),
        (1, 79100): dict(role="context", part=None, start="2024-25"),
    })
    assert not errors, errors
    assert read(text).awards[1].pfa_code in ("", None)


def test_a_title_line_without_fields_stays_a_title():
    # (near miss: a headline with a sum and no row of fields is still the title)
    text = ("Kent course gets £82,400\n"
            "\n"
            "Harbour Change runs a perpetrator course in Kent with a grant of £82,400.\n")
    assert all(a.source_line != 1 for a in read(text).awards)


# --- A table under a stated sum whose rows fall in years outside that sum's ("| 31/03/2022 | £61,000 |" under income
# for 2024-25) is a history by year, not the sum's items: its rows are no parts of the sum --------------------------

def test_a_history_table_under_a_sum_is_not_its_items():
    text = ("Harbour Change runs a perpetrator course in Kent. Its income in 2024-25 was £120,500.\n"
            "\n"
            "| Year end | Grant income |\n"
            "|---|---|\n"
            "| 31/03/2023 | £61,000 |\n"
            "| 31/03/2024 | £88,000 |\n")
    got = awards_by_key(text)
    assert got[(5, 61000)].part_of_line != 1 and got[(6, 88000)].part_of_line != 1, got


def test_an_item_table_under_a_sum_of_its_year_stays_its_items():
    # (near miss: rows within the sum's year are its pieces as before)
    text = ("The Kent commissioner has awarded £120,000 for 2024-25 to Harbour Change for a perpetrator course.\n"
            "It will be spent as follows:\n"
            "\n"
            "| Item | 2024-25 |\n"
            "|---|---|\n"
            "| Group work | £80,000 |\n"
            "| Partner support | £40,000 |\n")
    got = awards_by_key(text)
    assert got[(6, 80000)].part_of_line == 1, got[(6, 80000)]


# --- A sum met by several payers, each named with its piece in brackets after it ("£60,000 is met by the
# commissioner (£40,000), the borough council's grant (£15,000) and our health partner, the ICB (£5,000)"): each
# piece is the money of the payer before its bracket, and the sum is a total across funders (README: funder,
# "Partners' money") -----------------------------------------------------------------------------------------------

_MET_BY_TEXT = ("The Kent youth service runs a course for young people who harm their parents.\n"
                "In 2025-26 the course's £60,000 cost is met by the commissioner (£40,000), the borough council's early "
                "help grant (£15,000) and our health partner, Kent and Medway ICB (£5,000).\n")


def test_pieces_in_brackets_take_the_payer_named_before_them():
    errors = award_errors(_MET_BY_TEXT, {
        (2, 60000): dict(role="total", funder=None, start="2025-26"),
        (2, 40000): dict(role="part", funder="PCC", part=2),
        (2, 15000): dict(role="part", funder="local authority", part=2),
        (2, 5000): dict(role="part", funder="partners", part=2),
    })
    assert not errors, errors


def test_pieces_in_brackets_with_one_payer_keep_the_sums_payer():
    # (near miss: bracketed pieces naming no payers of their own stay pieces of the commissioner's money)
    text = ("The Kent youth service runs a course for young people who harm their parents.\n"
            "In 2025-26 the commissioner pays £60,000 for the course: group work (£40,000) and family work (£20,000).\n")
    got = awards_by_key(text)
    assert got[(2, 60000)].funding_role != "total" and got[(2, 40000)].funder == "PCC", got


# --- Money for early help to children at risk of offending ("for children on the edge of the justice system") is
# a youth justice service's other work: standing alone, no fact (README: money for unrelated work) -----------------

def test_money_for_children_on_the_edge_of_the_justice_system_is_no_fact():
    text = ("The Kent youth service runs a course for young people who harm their parents.\n"
            "Separately, £90,000 of Ministry of Justice money pays in 2025-26 for help to teenagers on the edge of "
            "offending.\n")
    assert (2, 90000) not in awards_by_key(text)


# --- A note under a table saying the row it marks includes a sum ("Note 2: includes £14,000 for the helpline" under
# a row labelled "Commissioner (note 2)") makes that sum a part of the row's money, with its payer and year
# (README: part, "which includes up to £X for …") --------------------------------------------------------------------

def test_a_notes_included_sum_is_a_part_of_the_row_it_marks():
    text = ("The Kent partnership budget is set out below.\n"
            "\n"
            "Contributions, 2025-26        Cash (£)    Total (£)\n"
            "Kent County Council             60,000       60,000\n"
            "Commissioner (note 2)           40,000       40,000\n"
            "Note 2: includes £14,000 for the helpline; the rest pays for a caseworker.\n")
    errors = award_errors(text, {(6, 14000): dict(role="part", part=5, funder="PCC", start="2025-26")})
    assert not errors, errors


def test_a_note_that_includes_nothing_leaves_its_sum_alone():
    # (near miss: a note giving a separate sum, with no "includes", is no part of the row)
    text = ("The Kent partnership budget is set out below.\n"
            "\n"
            "Contributions, 2025-26        Cash (£)    Total (£)\n"
            "Kent County Council             60,000       60,000\n"
            "Commissioner (note 2)           40,000       40,000\n"
            "Note 2: a further £14,000 pays for the helpline.\n")
    assert awards_by_key(text)[(6, 14000)].part_of_line != 5


# --- A grant named by the pronoun of the commissioner's office just before it ("we thank the Office of the Police and
# Crime Commissioner for Kent for its grant of £60,000") is the commissioner's money, given for the work and not said
# to match a grant (README: own_funding, PCC) ------------------------------------------------------------------------

_HO_LEAD = "The Kent course is paid for by a Home Office grant of £300,000 for 2025-26.\n"


@pytest.mark.parametrize("sentence", [
    "We thank the Office of the Police and Crime Commissioner for Kent for its grant of £60,000 and for its data.",
    "We are grateful to the commissioner for her grant of £60,000.",
])
def test_the_commissioners_grant_by_its_pronoun_is_her_own_money(sentence):
    d = awards_by_key(_HO_LEAD + sentence + "\n")[(2, 60000)]
    assert (d.funding_role, d.funder) == ("own_funding", "PCC"), d


def test_a_grant_by_another_bodys_pronoun_is_not_the_commissioners():
    # (near miss: the pronoun points back to a council)
    d = awards_by_key(_HO_LEAD + "We thank Kent County Council for its grant of £60,000.\n")[(2, 60000)]
    assert d.funder != "PCC", d


# --- A body off the funder list giving a grant of its own in a clause of its own ("…, and by a grant of £12,000
# from the Abbey Trust") takes no years from the other payer's clause before it, nor the release's (README: period
# null when the release gives that money none) --------------------------------------------------------------------

def test_a_trusts_grant_of_its_own_takes_no_years_from_the_clause_before():
    text = ("The evaluation was funded by the Kent commissioner, who awarded Carr University £60,000 from her own "
            "budget over 2023-24 and 2024-25, and by a grant of £12,000 from the Abbey Trust.\n")
    errors = award_errors(text, {(1, 60000): dict(start="2023-24", end="2024-25"),
                                 (1, 12000): dict(start=None, end=None, funder=None)})
    assert not errors, errors


def test_a_trusts_grant_with_its_own_year_keeps_it():
    # (near miss: the trust's own clause gives a year)
    text = ("The evaluation was funded by the Kent commissioner, who awarded Carr University £60,000 from her own "
            "budget over 2023-24 and 2024-25, and by a grant of £12,000 from the Abbey Trust for 2024-25.\n")
    assert awards_by_key(text)[(1, 12000)].period_start == "2024-25"


# --- A sum an amendment to a motion leaves out ("leave out £50,000 from reserves and insert £40,000 from the community
# safety budget") was proposed and never agreed: context, no area's award, on the amendment's line and in the motion
# as moved above it; the sum put in its place is read as usual (README: context) ------------------------------------

_MOTION = ("Motion: This Council notes the Kent commissioner's Home Office grant for perpetrator courses.\n"
           "This Council resolves to contribute £50,000 from its reserves over 2025-26 and 2026-27, added to the "
           "Home Office grant as match funding.\n"
           "Amendment: In the second paragraph, leave out £50,000 from its reserves and insert £40,000 from the "
           "community safety budget.\n")


def test_a_sum_an_amendment_leaves_out_is_context():
    errors = award_errors(_MOTION, {
        (2, 50000): dict(role="context", funder="local authority", start="2025-26", end="2026-27"),
        (3, 50000): dict(role="context"),
    })
    assert not errors, errors
    got = awards_by_key(_MOTION)
    assert not got[(2, 50000)].pfa_code and got[(3, 40000)].pfa_code == "E23000032"
    assert got[(3, 40000)].funding_role != "context"


def test_a_motion_with_no_amendment_keeps_its_sum():
    # (near miss: the same motion unamended)
    d = awards_by_key(_MOTION.rsplit("Amendment", 1)[0])[(2, 50000)]
    assert d.funding_role == "match_funding" and d.pfa_code == "E23000032", d


# --- Organisations: the bodies of a table under a partner-contributions caption pay their rows as partners (a force
# or a probation service there too, its label glossing the money in brackets), and a body called a partner just
# before its bracketed piece pays that piece (README, "Partners' money"; funder) ------------------------------------

def test_bodies_under_a_partner_contributions_caption_are_funders():
    got = organisation_facts(_partner_table("Table 2: Partner contributions to the pooled budget, 2025-26").replace(
        "Kent Fire and Rescue      ", "Kent Police (seconded staff)"))
    assert {(5, "Kent Police", "funder"), (6, "Kent and Medway ICB", "funder")} <= got, got


def test_bodies_under_another_caption_are_not_made_funders():
    # (near miss: a caption that calls no one a partner)
    got = organisation_facts(_partner_table("Table 2: Money for the pooled budget, 2025-26").replace(
        "Kent Fire and Rescue      ", "Kent Police (seconded staff)"))
    assert (5, "Kent Police", "funder") not in got, got


def test_a_partner_named_before_its_bracketed_piece_is_a_funder():
    assert (2, "Kent and Medway ICB", "funder") in organisation_facts(_MET_BY_TEXT)


def test_a_council_named_by_this_is_no_organisation():
    text = ("This Council notes that the Kent commissioner has £300,000 from the Home Office for perpetrator courses.\n"
            "This Council resolves to add £40,000 to that grant as match funding.\n")
    assert not any(name == "This Council" for _, name, _ in organisation_facts(text))


# --- A commissioner's office for an area joined by "and" to a council named by two places with "with" (an office
# "for Kent" with "and Sandwich with Deal District Council" after it) is two bodies: the office for the one area
# and the council --------------------------------------------------------------

def test_an_office_and_a_council_joined_after_its_area_are_two_bodies():
    text = ("Harbour Change runs a perpetrator course. It is paid by, and reports to, the Office of the Police "
            "and Crime Commissioner for Kent and Sandwich with Deal District Council.\n")
    names = {name for _, name, _ in organisation_facts(text)}
    assert {"Office of the Police and Crime Commissioner for Kent", "Sandwich with Deal District Council"} <= names, names


def test_an_office_for_two_places_stays_one_body():
    # (near miss: the office of an area named by two places, with no council after it)
    text = ("Harbour Change runs a perpetrator course for, and is paid by, their Office of the Police and Crime "
            "Commissioner for Bedfordshire and Luton.\n")
    names = {name for _, name, _ in organisation_facts(text)}
    assert "Office of the Police and Crime Commissioner for Bedfordshire and Luton" in names, names


# --- A funding statement opening on the evaluation it pays for ("This evaluation was funded by the commissioner,
# who awarded X £40,000") makes the body given the sum its evaluator and recipient (README, "Evaluation money"); a
# sentence of thanks to "staff at" a body says nothing of what that body delivers ---------------------------------

def test_the_body_awarded_the_money_for_this_evaluation_is_its_evaluator():
    text = ("This evaluation was funded by the Kent commissioner, who awarded Carr University £40,000 from her own "
            "budget for 2024-25.\n")
    got = organisation_facts(text)
    assert {(1, "Carr University", "evaluator"), (1, "Carr University", "recipient")} <= got, got


def test_staff_thanked_at_a_body_give_it_no_delivery_role():
    text = ("The Kent commissioner funds a perpetrator course run by Harbour Change.\n"
            "We are grateful to the men who spoke to us and to staff at Harbour Change and Ash Women's Aid.\n")
    assert not any(line == 2 and role == "delivery_partner" for line, _, role in organisation_facts(text))


def test_staff_from_a_body_outside_thanks_still_deliver():
    # (near miss: practitioners from a body, with no thanks, deliver the work)
    text = "The Kent course is run by practitioners from Harbour Change, paid for by the commissioner.\n"
    assert (1, "Harbour Change", "delivery_partner") in organisation_facts(text)


def test_thanks_to_money_is_no_sentence_of_thanks():
    # (near miss: "Thanks to £X …" names the money that made the work possible, not bodies thanked)
    text = ("Thanks to £40,000 from the Kent commissioner's own budget, we have teamed up with Harbour Change, whose "
            "practitioners from Harbour Change run the course.\n")
    assert (1, "Harbour Change", "delivery_partner") in organisation_facts(text)


# --- Components: a brand in two capitalised parts run together ("SafeTurn") is a brand as "Safeturn" is, also after
# an abstract's field label ("Background: SafeTurn is a …"); and the sessions' purpose between a range and its unit
# ("between three and five one-to-one preparation sessions") leaves the range read -----------------------------------

@pytest.mark.parametrize("sentence", [
    "Background: SafeTurn is a community programme for men who abuse their partners, run across Kent.",
    "SafeTurn is a 20-week group behaviour change programme for men in Kent.",
])
def test_a_brand_in_two_capitalised_parts_is_a_named_programme(sentence):
    got = [c for c in read(sentence).components if c.component == "named_programme"]
    assert got and got[0].programme_name == "SafeTurn" and "men" in got[0].cohorts, got


def test_a_lowercase_subject_is_no_brand():
    # (near miss: a sentence opening on a common word names no programme)
    got = [c for c in read("Background: Our service is a community programme for men in Kent.").components
           if c.component == "named_programme"]
    assert not got, got


def test_a_range_of_preparation_sessions_keeps_its_lower_bound():
    got = [c for c in read("In Kent each man has between three and five one-to-one preparation sessions.").components
           if c.component == "one_to_one"]
    assert got and (got[0].duration_value, got[0].duration_unit, got[0].duration_min) == (5, "session", 3), got


# --- Lines that name work without describing a service: a numbered section's title giving its subject and brand
# ("4.2 Stalking work: Safe Path"), an article's keywords, and a register's classification field whose categories
# are joined by slashes ("**How:** Provides services; Provides advocacy/advice/information") ----------------------

_SECTIONED = ("The Kent service is paid for by the commissioner.\n"
              "4.2 Child and adolescent to parent violence: Safe Path\n"
              "Safe Path is our course for young people aged 12 to 15 who are violent towards a parent.\n")


def test_a_numbered_section_title_with_a_brand_gives_no_component():
    assert not kinds_on_line(_SECTIONED, 2) and "child_adolescent_to_parent" in kinds_on_line(_SECTIONED, 3)


def test_keywords_give_no_component():
    text = "The Kent course is evaluated below.\nKeywords: domestic abuse; perpetrator programmes; attrition\n"
    assert not kinds_on_line(text, 2)


def test_slashed_categories_in_a_classification_field_give_no_component():
    text = ("Harbour Change runs a perpetrator course in Kent.\n"
            "**What:** Education/training; Other charitable purposes\n"
            "**How:** Provides services; Provides advocacy/advice/information\n")
    assert not kinds_on_line(text, 2) and not kinds_on_line(text, 3)


def test_a_services_field_without_slashes_keeps_its_components():
    # (near miss: a field listing services in words of their own)
    text = ("Harbour Change runs a perpetrator course in Kent.\n"
            "**Services:** group course for men; support for partners\n")
    assert "group_programme" in kinds_on_line(text, 2)


# --- Rates that published or earlier studies report ("published studies mostly report completion rates between 40%
# and 60%") are evidence from elsewhere, no outcome of the service (README: outcomes, evidence from another area) ---

def test_rates_published_studies_report_are_no_outcomes():
    text = ("The Kent course started in 2023.\n"
            "Published UK studies mostly report completion rates between 40% and 60%, from sites with fewer than 80 men.\n")
    assert not [o for o in read(text).outcomes if o.source_line == 2]


def test_the_services_own_rate_is_still_an_outcome():
    # (near miss: the service's own completion rate)
    text = "The Kent course started in 2023.\nIn 2024-25, 60% of the men who started the course completed it.\n"
    assert [o for o in read(text).outcomes if o.source_line == 2 and o.value == 60]


# --- A council's chairman, its civic office, is an office as a council leader's is (README, "Officials") ------------

def test_a_councils_chairman_named_in_full_is_an_official():
    text = ("The Chairman of the Council, Councillor Joan Pettigrew, opened the debate on the Kent perpetrator course "
            "and its £40,000 of match funding.\n")
    got = {(p.name, p.role) for p in read(text).people}
    assert ("Joan Pettigrew", "official") in got, got


def test_a_boards_chair_is_no_official():
    # (near miss: the chair of a charity's board holds a post, not an office)
    text = ("The Chair of the Board, Joan Pettigrew, opened the debate on the Kent perpetrator course and its £40,000 "
            "of match funding.\n")
    assert not read(text).people


# --- What each of a group has ("Every father gets a key worker plus fortnightly one-to-one sessions") is all
# for that group: the second thing named takes the group as the first does (README: cohorts) ----------------------

@pytest.mark.parametrize("who, cohort", [("young person", "young_people"), ("father", "fathers")])
def test_the_second_thing_each_of_a_group_has_is_for_that_group(who, cohort):
    text = f"Each {who} gets a key worker plus fortnightly one-to-one sessions on staying calm.\n"
    got = [c for c in read("The Kent service runs a course.\n" + text).components if c.component == "one_to_one"]
    assert got and set(got[0].cohorts) == {cohort}, got


def test_one_to_one_sessions_after_a_semicolon_keep_their_own_people():
    # (near miss: a new clause after a semicolon has a subject of its own)
    text = ("The Kent service runs a course.\n"
            "Each man has a named case worker; partners get support and one-to-one sessions from a worker.\n")
    got = [c for c in read(text).components if c.component == "one_to_one"]
    assert not got or "men" not in got[0].cohorts, got


# --- A group session named only as a point in time, with time counted from it ("in touch until three months after
# his last group session"), is no group work the line describes, and the time counted from it is no length ----------

def test_a_group_session_named_as_a_point_in_time_gives_no_group_component():
    text = ("The Kent course is paid for by the commissioner.\n"
            "Every man on it has a case manager, who keeps in touch with him until two months after his last group "
            "session.\n")
    got = {c.component: c for c in read(text).components if c.source_line == 2}
    assert "group_programme" not in got and got["case_management"].duration_value is None, got


def test_group_sessions_described_stay_group_work():
    # (near miss: group sessions the line describes)
    text = "The Kent course is paid for by the commissioner.\nEvery man on it attends weekly group sessions.\n"
    assert "group_programme" in kinds_on_line(text, 2)


# --- Programmes "…, including a 20-week group for fathers" list the group course as one of them: it has its own
# length and people, and the programmes as a whole take neither from it --------------------------------------------

def test_a_group_course_included_among_programmes_keeps_its_own_length_and_people():
    text = ("Harbour Change runs behaviour change programmes in Kent for men and women who harm their partners, "
            "including a 20-week group course for men and a one-to-one route for women.\n")
    got = {c.component: c for c in read(text).components}
    bcp, group = got["behaviour_change_programme"], got["group_programme"]
    assert bcp.duration_value is None and {"men", "women"} <= set(bcp.cohorts), bcp
    assert (group.duration_value, group.duration_unit) == (20, "week") and "women" not in group.cohorts, group


def test_a_behaviour_change_group_course_stays_one_service():
    # (near miss: a group course called behaviour change is one service with one length)
    text = "Harbour Change runs a 20-week behaviour change group course for men in Kent.\n"
    got = {c.component: c for c in read(text).components}
    assert got["behaviour_change_programme"].duration_value == 20, got


# --- A brand named as evaluated, with its description in apposition ("to evaluate Keel, the county's programme for
# men who abuse their partners", "Keel, Dorset's programme for men …"): the apposition says which service is
# evaluated and describes no work delivered (README, "Services named as evaluated") --------------------------------

@pytest.mark.parametrize("apposition", ["the county's programme", "Dorset's programme"])
def test_an_evaluated_brands_apposition_gives_no_component(apposition):
    text = (f"Carr University has won £90,000 from a trust to evaluate Keel, {apposition} for men who abuse their "
            "partners.\n")
    assert not read(text).components


def test_an_evaluated_course_described_by_its_own_words_keeps_its_component():
    # (near miss: "will evaluate the 24-week group course for men" describes the course, as before)
    text = "Carr University has won £90,000 from a trust and will evaluate the 24-week group course for men in Dorset.\n"
    assert "group_programme" in kinds_on_line(text, 1)


# --- A finishers' count restated as a percentage in brackets before its verb ("44 men started and 29 (66%) completed
# it") keeps the starters as its base, beside the percentage as an outcome of its own (README, "Percentages beside
# counts", "Started and completed") -------------------------------------------------------------------------------

def test_a_bracketed_percentage_before_the_verb_keeps_the_count_and_its_base():
    text = "The Kent course started in 2023.\n\nIn 2024-25, 44 men started the course and 29 (66%) completed it.\n"
    got = {(o.value, o.unit): o for o in read(text).outcomes if o.source_line == 3}
    assert got[(29, "count")].base == 44 and got[(66, "percent")].base is None, got


def test_a_count_without_a_percentage_is_read_as_before():
    # (near miss: the same sentence with no bracket)
    text = "The Kent course started in 2023.\n\nIn 2024-25, 44 men started the course and 29 completed it.\n"
    got = {(o.value, o.unit): o for o in read(text).outcomes if o.source_line == 3}
    assert got[(29, "count")].base == 44, got
