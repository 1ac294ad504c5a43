"""Rules of the thirty-fifth session's tuning (tuner at) on a practitioners' conference abstract book, a safeguarding
partnership's training prospectus, a provider's end-of-grant monitoring return and a school's parents' newsletter.
Every case is an invented sentence; the near misses are sentences the rule must leave as it was."""

from release_probe import award_errors, awards_by_key, read


# --- A spend-against-budget table aligned with spaces under pounds headings ("Budget (£)   Actual (£)   Variance (£)"):
# a row whose label states its posts' count in brackets ("Outreach workers (1.5 FTE)") is still a row of pounds; a
# small variance printed with no thousands comma beside the row's pounds ("640") is pounds too; and the spending
# cells keep the table's period, the years their own row's budget cell has ------------------------------------------

_RETURN = (
    "The Home Office grant of £210,000 for 2025-26 and 2026-27 was spent as follows.\n"
    "\n"
    "    Budget line                    Budget (£)   Actual (£)   Variance (£)\n"
    "    Outreach workers (1.5 FTE)        120,000      121,300       (1,300)\n"
    "    Crèche and travel                  30,000       29,360           640\n"
    "    Running costs                      60,000       58,000         2,000\n"
    "    TOTAL                             210,000      208,660         1,340\n"
)


def test_a_row_stating_its_posts_count_in_brackets_is_a_row_of_pounds():
    errors = award_errors(_RETURN, {
        (4, 120000): dict(role="part", funder="Home Office", part=7, start="2025-26", end="2026-27"),
        (4, 121300): dict(role="context", funder=None, start="2025-26", end="2026-27"),
        (4, 1300): dict(role="context", funder=None, start="2025-26", end="2026-27"),
    })
    assert not errors, errors


def test_a_small_figure_beside_the_rows_pounds_is_pounds():
    errors = award_errors(_RETURN, {
        (5, 640): dict(role="context", funder=None, start="2025-26", end="2026-27"),
        (5, 30000): dict(role="part", funder="Home Office", part=7),
    })
    assert not errors, errors


def test_spending_cells_keep_the_period_of_their_rows_budget():
    errors = award_errors(_RETURN, {
        (6, 58000): dict(role="context", start="2025-26", end="2026-27"),
        (7, 208660): dict(role="context", start="2025-26", end="2026-27"),
        (7, 210000): dict(role="total", funder="Home Office", start="2025-26", end="2026-27"),
    })
    assert not errors, errors


def test_a_row_counting_posts_stays_a_count():
    # (near miss: a row whose figures are the count, "Staff (FTE)", is no money, nor is a small figure in a row with
    # no pounds beside it)
    text = _RETURN.replace("    Crèche and travel                  30,000       29,360           640\n",
                           "    Staff (FTE)                            4            4             0\n")
    got = awards_by_key(text)
    assert not any(line == 5 for line, _pounds in got), got
    assert (4, 120000) in got and got[(4, 120000)].part_of_line == 7, got


# --- An underspend or overspend in the past tense, or the gap itself said as "£X under budget", in a return's prose
# ("The project underspent by £X against its budget", "The travel line came in £X under budget") is a figure about a
# budget, context with no area (README, "Spending against a budget") ------------------------------------------------

def test_underspent_by_and_under_budget_are_context():
    text = (
        "The Home Office grant of £180,000 for 2025-26 paid for a group course in Wigan.\n"
        "The crèche line came in £2,960 under budget because fewer fathers needed places.\n"
        "Overall the project underspent by £4,120 against its budget.\n"
    )
    got = awards_by_key(text)
    for key in ((2, 2960), (3, 4120)):
        assert got[key].funding_role == "context" and not got[key].pfa_code and not got[key].funder, got[key]


def test_a_grant_named_as_underspent_stays_a_piece_of_it():
    # (near miss: a sentence saying by how much a named grant was underspent keeps the piece of that grant)
    text = (
        "The Home Office grant of £180,000 for 2025-26 paid for a group course in Wigan.\n"
        "The provider underspent the Home Office grant by £4,120.\n"
    )
    got = awards_by_key(text)
    assert got[(2, 4120)].funding_role == "part" and got[(2, 4120)].part_of_line == 1, got[(2, 4120)]


# --- A provider's return listing other funding, "Our own reserves: £X", gives the provider's own money: funder
# partners (README, "Partners' money"), not the payer of the grant stated before -------------------------------------

def test_our_own_reserves_are_the_providers_money():
    text = (
        "Total grant: £150,000 of Home Office money, which the OPCC passes on; 2025-26.\n"
        "Other funding: Wirral Council: £9,000 in 2025-26 as match funding. Our own reserves: £5,500 in 2025-26.\n"
    )
    got = awards_by_key(text)
    assert got[(2, 5500)].funder == "partners", got[(2, 5500)]
    assert got[(2, 9000)].funder == "local authority" and got[(2, 9000)].funding_role == "match_funding", got[(2, 9000)]


# --- A sentence of two figures whose second clause, joined on with ", and", names its own payer before its figure:
# the payer words of that clause are the second figure's, not the first's ("… funded by the Home Office, with £A for
# 2025-26, and the commissioner's own budget pays £B a year …"; "X Council pays £A …, and the Y Trust has given £B")

def test_own_budget_words_of_the_next_clause_are_the_next_figures():
    text = (
        "Cheshire's high-harm service gives each man a case manager.\n"
        "The service is funded by the Home Office, with £215,000 for 2025-26, and the commissioner's own budget pays "
        "£35,000 a year towards the case managers' posts.\n"
    )
    errors = award_errors(text, {
        (2, 215000): dict(role="grant", funder="Home Office", start="2025-26", end="2025-26"),
        (2, 35000): dict(role="own_funding", funder="PCC", part=None, start=None),
    })
    assert not errors, errors


def test_a_trust_opening_the_next_clause_is_not_the_councils_figures_payer():
    text = (
        "Since April 2025 Trentvale Families has run a 14-week programme in Derbyshire for young people who are "
        "violent towards a parent.\n"
        "Derbyshire County Council pays £36,000 a year towards it from its youth services budget, and the Peakland "
        "Community Trust has given £50,500 for the two years from April 2025.\n"
    )
    errors = award_errors(text, {
        (2, 36000): dict(role="grant", funder="local authority", start=None),
        (2, 50500): dict(role="grant", funder=None, start="2025-26", end="2026-27"),
    })
    assert not errors, errors


def test_money_towards_a_service_after_another_areas_grant_pays_for_the_service():
    # ("it" is the service just described, not the grant of another area stated in the section before)
    text = (
        "Leicestershire's commissioner awarded Soarbrook CIC £120,000 from the Home Office grant for 2025-26.\n"
        "\n"
        "In Derbyshire, Trentvale Families runs a 14-week programme for young people who are violent towards a parent.\n"
        "Derbyshire County Council pays £36,000 a year towards it.\n"
    )
    errors = award_errors(text, {(4, 36000): dict(role="grant", funder="local authority")})
    assert not errors, errors


def test_money_towards_the_same_areas_grant_is_still_added_to_it():
    # (near miss: the grant before is this area's, and "it" stands for it)
    text = (
        "Derbyshire's commissioner has been given £120,000 from the Home Office grant for 2025-26.\n"
        "Derbyshire County Council is adding £36,000 to it.\n"
    )
    errors = award_errors(text, {(2, 36000): dict(role="match_funding", funder="local authority")})
    assert not errors, errors


# --- A commissioner's fund named with the area before the office ("from the Dorset Commissioner's Safer Streets Fund")
# is the commissioner's own money, as "from the commissioner's Safer Streets Fund" is: own_funding with funder PCC ----

def test_an_areas_commissioners_named_fund_is_own_funding():
    text = (
        "Harbourside Training trained 180 call handlers across Dorset in 2025.\n"
        "The training was paid for with £14,500 from the Dorset Commissioner's Safe Homes Fund and £6,000 from "
        "Bournemouth, Christchurch and Poole Council.\n"
    )
    errors = award_errors(text, {
        (2, 14500): dict(role="own_funding", funder="PCC"),
        (2, 6000): dict(role="grant", funder="local authority"),
    })
    assert not errors, errors


# --- A commissioner's named fund as the subject giving the money ("the commissioner's Early Help Fund has given X
# £A", "…Commissioner, Jo Bloggs, whose Early Help Fund has given X £A") is the commissioner's own money -------------

def test_a_commissioners_fund_giving_money_is_own_funding():
    text = (
        "Steady Steps is a 12-week course for teenagers who hurt a parent.\n"
        "It is paid for by Suffolk's Police and Crime Commissioner, Alan Trowbridge, whose Safer Families Fund has given "
        "Orwell Family Works £52,000 for 2025/26 to run it.\n"
        "Separately, the commissioner's Community Fund has given Stour Youth £8,000 for 2025/26 to run the sessions.\n"
    )
    errors = award_errors(text, {
        (2, 52000): dict(role="own_funding", funder="PCC", start="2025-26", end="2025-26"),
        (3, 8000): dict(role="own_funding", funder="PCC", start="2025-26", end="2025-26"),
    })
    assert not errors, errors


# --- A school's or club's building works ("the sports hall roof … paid for by a £X grant") are work unrelated to
# domestic abuse: no fact (README, funding_role: "roads, a library, a sports club") ----------------------------------

def test_a_sports_hall_grant_is_no_fact():
    text = (
        "The Suffolk commissioner has given £52,000 for 2025/26 to a programme for young people who harm a parent.\n"
        "The sports hall will be re-floored over the summer, paid for by a £140,000 grant from the Department for "
        "Education.\n"
    )
    got = awards_by_key(text)
    assert (1, 52000) in got and not any(line == 2 for line, _pounds in got), got


# --- "X Council adds £A and Y Council £B for the same year": the words closing a list whose later item leaves out
# the verb date every item of it, the first as well as the last ---------------------------------------------------

def test_the_same_year_closing_an_elided_list_dates_each_item():
    text = (
        "The commissioner has granted Solway Safeguarding £31,000 for 2025-26 from the Home Office perpetrator grant.\n"
        "Allerdale Borough Council adds £5,500 and Copeland Borough Council £4,000 for the same year, over and above "
        "what the commissioner gives.\n"
    )
    errors = award_errors(text, {
        (2, 5500): dict(role="match_funding", funder="local authority", start="2025-26", end="2025-26"),
        (2, 4000): dict(role="match_funding", funder="local authority", start="2025-26", end="2025-26"),
    })
    assert not errors, errors


def test_a_list_with_its_own_verbs_keeps_its_first_items_years_its_own():
    # (near miss: the second item has its own verb, so its closing words are its own clause's)
    text = (
        "The commissioner has granted Solway Safeguarding £31,000 for 2025-26 from the Home Office perpetrator grant.\n"
        "Allerdale Borough Council adds £5,500, and Copeland Borough Council is adding £4,000 for the same year.\n"
    )
    got = awards_by_key(text)
    assert got[(2, 5500)].period_start in ("", None), got[(2, 5500)]


# --- A table cell whose own words make its figure a price ("| £45 a place for non-partner agencies |") is no one's
# funding, as the same words in a sentence are -------------------------------------------------------------------

def test_a_price_in_a_table_cell_is_no_fact():
    text = (
        "The commissioner has granted Solway Safeguarding £31,000 for 2025-26 for practitioner courses.\n"
        "\n"
        "| Course | Length | Places | Cost |\n"
        "|---|---|---|---|\n"
        "| Working with fathers who harm | 1 day | 30 | Free |\n"
        "| Stalking awareness | 1 day | 40 | £60 a place for non-partner agencies |\n"
    )
    got = awards_by_key(text)
    assert (1, 31000) in got and not any(line == 6 for line, _pounds in got), got


# --- A body's wider or other programme whose bracketed topics name none of this genre's work ("Our wider programme
# (adult safeguarding, neglect, online safety) is paid for from … £X") is unrelated work: no fact -----------------

def test_a_wider_programme_of_other_topics_is_no_fact():
    text = (
        "The commissioner has granted Solway Safeguarding £31,000 for 2025-26 for practitioner courses on domestic abuse.\n"
        "Our wider programme (adult safeguarding, neglect, online safety) is paid for from partners' core contributions "
        "of £120,000.\n"
    )
    got = awards_by_key(text)
    assert (1, 31000) in got and (2, 120000) not in got, got


def test_a_wider_programme_naming_abuse_work_keeps_its_money():
    # (near miss: the bracket names this genre's work)
    text = (
        "The commissioner has granted Solway Safeguarding £31,000 for 2025-26 for practitioner courses.\n"
        "Our wider programme (stalking, coercive control, neglect) is paid for from partners' core contributions "
        "of £120,000.\n"
    )
    got = awards_by_key(text)
    assert (2, 120000) in got, got


# --- A conference programme's session line, its code and title and after the title's full stop its presenter ("B3
# Working with fathers: a pilot. Jo Bloggs, Riverside Project"), is a heading: what the session is called, not work
# described (README, set_aside heading) -----------------------------------------------------------------------------

def test_a_session_title_line_gives_no_component():
    text = (
        "The Derbyshire commissioner awarded £90,000 for 2025-26 for perpetrator work.\n"
        "\n"
        "B3  Group work with fathers in rural areas. Dr Sam Okoro, Peak Families Project\n"
        "Peak Families Project runs a 20-week group course for fathers in Buxton.\n"
    )
    from release_probe import kinds_on_line
    assert not kinds_on_line(text, 3), kinds_on_line(text, 3)
    assert "group_programme" in kinds_on_line(text, 4)


def test_a_numbered_paragraph_of_a_record_still_describes_work():
    # (near miss: a decision record's numbered paragraph is a sentence, no session title)
    text = (
        "The Derbyshire commissioner awarded £90,000 for 2025-26 for perpetrator work.\n"
        "\n"
        "C2  A case manager works with every man on the course.\n"
    )
    from release_probe import kinds_on_line
    assert "case_management" in kinds_on_line(text, 3)


# --- A return's numbered output line counting people ("C4. Men allocated a case worker: 23", "3.2 Partners contacted
# by the support worker: 140, of whom 96 took up support") is a result, not a service described (README, "Partners
# counted in results", "Programmes named in results") -----------------------------------------------------------------

def test_numbered_output_lines_are_results_not_components():
    text = (
        "The Derbyshire commissioner awarded £90,000 for 2025-26 for perpetrator work.\n"
        "\n"
        "C4. Partners contacted by the partner support worker: 140, of whom 96 took up support\n"
        "C5. Men assessed as high harm and allocated a case manager: 19\n"
    )
    from release_probe import kinds_on_line
    assert not kinds_on_line(text, 3) and not kinds_on_line(text, 4), (kinds_on_line(text, 3), kinds_on_line(text, 4))


# --- A course table's "Places" column says how many each course has room for (README, "Capacity"): no outcome; staff
# who attended a course or session were trained, a count outcome (README, "Training counted"), and a count of the
# agencies they came from counts no people ------------------------------------------------------------------------

def test_a_places_column_gives_no_outcome():
    text = (
        "The commissioner has granted Solway Safeguarding £31,000 for 2025-26 for practitioner courses.\n"
        "\n"
        "| Course | Length | Places | Cost |\n"
        "|---|---|---|---|\n"
        "| Working with men who harm | 1 day | 90 | Free |\n"
    )
    assert not [o for o in read(text).outcomes if o.source_line == 5], read(text).outcomes


def test_practitioners_who_attended_a_course_are_counted_not_their_agencies():
    text = (
        "The commissioner has granted Solway Safeguarding £31,000 for 2025-26 for practitioner courses.\n"
        "In 2024-25, 174 practitioners from 29 agencies attended a course on working with men who harm.\n"
    )
    got = {(o.source_line, o.value): o for o in read(text).outcomes}
    assert (2, 174.0) in got and got[(2, 174.0)].about == "practitioners", got
    assert (2, 29.0) not in got, got


def test_staff_counted_for_something_else_stay_a_headcount():
    # (near miss: staff counted with no course or training are no result)
    text = (
        "The commissioner has granted Solway Safeguarding £31,000 for 2025-26 for practitioner courses.\n"
        "In 2024-25, 174 practitioners from the partnership attended the annual conference.\n"
    )
    assert not [o for o in read(text).outcomes if o.source_line == 2], read(text).outcomes


# --- A course on a topic that its clause says is open to or for staff ("a stalking course that is open to probation
# staff") is training: the topic names no stalking or child-to-parent work of its own; and a link to a site's training
# page ("[training page](/training)") names no training -----------------------------------------------------------

def test_a_staff_course_on_stalking_is_training_not_stalking_work():
    from release_probe import kinds_on_line
    text = (
        "The commissioner has granted Solway Safeguarding £31,000 for 2025-26 for practitioner courses.\n"
        "Separately, the commissioner is paying £3,500 of her budget towards a stalking course that is open to "
        "probation staff.\n"
    )
    assert kinds_on_line(text, 2) == {"practitioner_training"}, kinds_on_line(text, 2)


def test_a_stalking_course_for_perpetrators_stays_stalking_work():
    # (near miss: a course for people who stalk is the work itself)
    from release_probe import kinds_on_line
    text = (
        "The commissioner has granted Solway Safeguarding £31,000 for 2025-26.\n"
        "Separately, the commissioner is paying £13,500 from her own budget for a stalking course for perpetrators.\n"
    )
    assert "stalking_intervention" in kinds_on_line(text, 2), kinds_on_line(text, 2)


def test_a_link_to_the_training_page_names_no_training():
    from release_probe import kinds_on_line
    text = (
        "The commissioner has granted Solway Safeguarding £31,000 for 2025-26 for a group course for men.\n"
        "Other courses are listed on the [courses page](/training).\n"
        "Booking for all of them is on our training page.\n"
    )
    assert not kinds_on_line(text, 2) and not kinds_on_line(text, 3), (kinds_on_line(text, 2), kinds_on_line(text, 3))


# --- "The training was paid for with …" opening a sentence refers back to training described before, as "the
# training" inside one does: no component of its own ----------------------------------------------------------------

def test_the_training_opening_a_sentence_refers_back():
    from release_probe import kinds_on_line
    text = (
        "Fenland Learning trained 140 call handlers across Cambridgeshire in 2025.\n"
        "The training was paid for with £12,500 from the commissioner's own budget.\n"
    )
    assert kinds_on_line(text, 1) == {"practitioner_training"} and not kinds_on_line(text, 2), \
        (kinds_on_line(text, 1), kinds_on_line(text, 2))


# --- "in the six months that followed" after a result is a follow-up window, not a length: a count of men allocated a
# case manager, with such a window, reports a result and describes no case management (README, "Programmes named in
# results") ------------------------------------------------------------------------------------------------------------

def test_a_window_that_followed_is_no_length_of_a_result():
    from release_probe import kinds_on_line
    text = (
        "The Norfolk commissioner has awarded £90,000 for perpetrator work.\n"
        "Of the 44 men allocated a case manager by March 2025, 30 had no further police call-out in the twelve months "
        "that followed.\n"
    )
    assert not kinds_on_line(text, 2), kinds_on_line(text, 2)


# --- "one-to-one support sessions" offered to the partners a line contacts are partner support, one-to-one, with
# their count as its length (README, component: one_to_one is work with those who harm) --------------------------

def test_one_to_one_support_sessions_for_partners_are_partner_support():
    text = (
        "The Norfolk commissioner has awarded £90,000 for perpetrator work.\n"
        "Our workers contact the partner of every man on the course and offer up to six one-to-one support sessions.\n"
    )
    got = {c.component: c for c in read(text).components if c.source_line == 2}
    assert "one_to_one" not in got, got
    assert got["partner_support"].duration_value == 6 and got["partner_support"].duration_unit == "session", got


def test_one_to_one_sessions_for_the_men_stay_one_to_one():
    # (near miss: one-to-one sessions, not support, beside partner support, are the men's)
    text = (
        "The Norfolk commissioner has awarded £90,000 for perpetrator work.\n"
        "Men get up to six one-to-one sessions, and a worker offers support to each partner.\n"
    )
    got = {c.component for c in read(text).components if c.source_line == 2}
    assert {"one_to_one", "partner_support"} <= got, got


# --- "The Fen and Coast Safeguarding Partnership": an article before a one-word place is no second word of a first
# name, so the name joined by "and" is one body, as it is without the article ---------------------------------------

def test_an_article_before_a_place_joined_by_and_keeps_one_name():
    from release_probe import organisation_facts
    text = "The Fen and Coast Safeguarding Partnership runs training for staff who meet men who harm.\n"
    names = {name for _line, name, _role in organisation_facts(text)}
    assert names == {"Fen and Coast Safeguarding Partnership"}, names


def test_two_bodies_joined_by_and_after_an_article_stay_two():
    # (near miss: a body of several words and another body)
    from release_probe import organisation_facts
    text = "The Safe Lives Trust and Respect run training for staff who meet men who harm.\n"
    names = {name for _line, name, _role in organisation_facts(text)}
    assert {"Safe Lives Trust", "Respect"} <= names, names


# --- A council adding money on top of the grant whose sum is printed so that it cannot be read ("£12, 500") is still a
# match funder: the amount is a diagnostic only, the body's role is the line's -----------------------------------

def test_a_council_adding_a_malformed_sum_is_still_a_match_funder():
    from release_probe import organisation_facts
    text = (
        "The commissioner's Safer Families Fund has given Orwell Family Works £52,000 for 2025/26 to run it.\n"
        "East Suffolk Council has added £12, 500 from its youth budget on top of the commissioner's money.\n"
    )
    assert (2, "East Suffolk Council", "match_funder") in organisation_facts(text), organisation_facts(text)
    assert not [a for a in read(text).awards if a.source_line == 2]


def test_a_council_named_beside_a_malformed_sum_without_adding_is_no_match_funder():
    # (near miss: no words of adding to the grant)
    from release_probe import organisation_facts
    text = (
        "The commissioner's Safer Families Fund has given Orwell Family Works £52,000 for 2025/26 to run it.\n"
        "East Suffolk Council has published a report on £12, 500 of spending.\n"
    )
    assert not [f for f in organisation_facts(text) if f[0] == 2 and f[2] == "match_funder"], organisation_facts(text)


# --- A body that trained a number of officers is a delivery partner, though a phrase after its object names survivors
# ("… in sessions written with survivors"): whom it served is its verb's object (README, "Contract holders") ---------

def test_a_trainer_of_officers_is_no_survivor_support_provider():
    from release_probe import organisation_facts
    text = (
        "Fenland Training Collective trained 140 call handlers across Cambridgeshire in 2025, in sessions written with survivors.\n"
        "Tas Women's Centre supported 74 partners in 2024-25.\n"
    )
    got = organisation_facts(text)
    assert (1, "Fenland Training Collective", "delivery_partner") in got, got
    assert (2, "Tas Women's Centre", "survivor_support_provider") in got, got


# --- "Partners contacted: 140, of whom 96 took up support": one outcome, 96 with base 140; the 140 is no count of its
# own nor a count with a base (README, "Contacts before take-up") --------------------------------------------------

def test_a_contact_count_before_of_whom_is_only_the_base():
    text = (
        "The Norfolk commissioner has awarded £90,000 for perpetrator work.\n"
        "\n"
        "C4. Partners contacted by the partner support worker: 140, of whom 96 took up support\n"
    )
    got = [(o.value, o.base) for o in read(text).outcomes if o.source_line == 3]
    assert got == [(96.0, 140.0)], got


# --- A school's year groups ("Years 9 and 10 parents' evening", "Year 11 pupils") are year numbers, no counts -------

def test_school_year_groups_are_no_counts():
    text = (
        "The Norfolk commissioner has awarded £90,000 for a programme for young people who harm a parent.\n"
        "Dates: 4 March, Years 9 and 10 parents' evening; 18 March, Year 11 pupils' mock exams.\n"
        "Last year 35 families took part.\n"
    )
    got = [(o.source_line, o.value) for o in read(text).outcomes]
    assert not [g for g in got if g[0] == 2] and (3, 35.0) in got, got


# --- A count and its base in brackets after a share ("said they felt safer (44 of 60 responses)") is an outcome with
# its base, about whom the sentence counts; a figure just after a bracket is otherwise no count ----------------------

def test_x_of_y_in_brackets_after_a_share_is_an_outcome():
    text = (
        "The Norfolk commissioner has awarded £90,000 for perpetrator work.\n"
        "73% of partners asked at the end said they felt safer (44 of 60 responses).\n"
    )
    got = {(o.value, o.unit): o for o in read(text).outcomes if o.source_line == 2}
    assert got[(44.0, "count")].base == 60.0 and got[(44.0, "count")].about == "partners", got


# --- A prospectus's table of courses for professionals ("| Course | Length | Who it is for |", its rows naming staff or
# agencies) lists training: each row is practitioner training, and its title's topic ("Stalking: spotting the signs")
# names no stalking work; "practitioner courses" and "practice courses" are training too --------------------------

_PROSPECTUS = (
    "The Fen and Coast Safeguarding Partnership's practice courses are paid for by the commissioner this year.\n"
    "\n"
    "| Course | Length | Who it is for | Places |\n"
    "|---|---|---|---|\n"
    "| Stalking: spotting the signs | 1 day | Police, housing, probation | 40 |\n"
    "| Child-to-parent violence: first steps | Half day | Schools and early help | 30 |\n"
)


def test_a_course_table_for_professionals_lists_training():
    from release_probe import kinds_on_line
    assert kinds_on_line(_PROSPECTUS, 5) == {"practitioner_training"}, kinds_on_line(_PROSPECTUS, 5)
    assert kinds_on_line(_PROSPECTUS, 6) == {"practitioner_training"}, kinds_on_line(_PROSPECTUS, 6)


def test_practice_courses_are_training():
    from release_probe import kinds_on_line
    assert "practitioner_training" in kinds_on_line(_PROSPECTUS, 1), kinds_on_line(_PROSPECTUS, 1)
    text = "The commissioner funds a group course for men.\nThe co-facilitation course is run by Wensum Change CIC.\n"
    assert "practitioner_training" in kinds_on_line(text, 2), kinds_on_line(text, 2)


def test_a_course_table_for_perpetrators_is_no_training():
    # (near miss: a table of courses whose audience is the people who harm describes the work itself)
    from release_probe import kinds_on_line
    text = (
        "The commissioner funds these courses.\n"
        "\n"
        "| Course | Length | Who it is for |\n"
        "|---|---|---|\n"
        "| Stalking intervention | 20 sessions | Men who stalk |\n"
    )
    got = kinds_on_line(text, 5)
    assert "practitioner_training" not in got and "stalking_intervention" in got, got


# --- "Our own Wensum group starts on …": a single group named by its place after "own" is a group (README, "Named and
# numbered groups"), as "our Wensum group" is ------------------------------------------------------------------------

def test_our_own_named_group_is_a_group():
    from release_probe import kinds_on_line
    text = (
        "The Norfolk commissioner has awarded £90,000 for a programme for young people who harm a parent.\n"
        "Our own Wensum group starts on Monday 2 March, after school in the library, and takes up to eight young people.\n"
    )
    assert "group_programme" in kinds_on_line(text, 2), kinds_on_line(text, 2)


# --- A budget row naming the group's facilitators with its cost beside it ("Group facilitators (1.5 FTE)   84,000")
# pays for the group work: a group_programme fact; a job advert's facilitators or a facilitator trained are not -------

def test_a_budget_row_of_group_facilitators_is_group_work():
    from release_probe import kinds_on_line
    text = (
        "The Home Office grant of £120,000 for 2025-26 was spent as follows.\n"
        "\n"
        "    Budget line                        Budget (£)   Actual (£)\n"
        "    Group facilitators (1.5 FTE)          84,000       83,100\n"
        "    Partner support worker                36,000       35,400\n"
        "    TOTAL                                120,000      118,500\n"
    )
    assert "group_programme" in kinds_on_line(text, 4), kinds_on_line(text, 4)


def test_a_trained_group_facilitator_is_no_group():
    # (near miss: a facilitator trained, in prose, is training)
    from release_probe import kinds_on_line
    text = "The Norfolk commissioner has awarded £90,000.\n£1,200 trains a new group facilitator.\n"
    assert "group_programme" not in kinds_on_line(text, 2), kinds_on_line(text, 2)


# --- "Referrals rose from 42 in the first year to 67 in the second": both counts are referrals, the later one too,
# though the first figure's year is given in words -----------------------------------------------------------------

def test_a_count_rising_from_a_first_years_figure_keeps_its_subject():
    text = (
        "The Norfolk commissioner has awarded £90,000 for a stalking clinic.\n"
        "Referrals rose from 42 in the first year to 67 in the second.\n"
    )
    got = {o.value: o.about for o in read(text).outcomes if o.source_line == 2}
    assert got == {42.0: "referrals", 67.0: "referrals"}, got


def test_spend_to_date_beside_a_budget_dated_with_a_span_keeps_no_period():
    # (near miss: a budget column whose own heading gives a span dates no spending so far)
    text = (
        "The Dorset commissioner's tracker.\n"
        "\n"
        "| Item | Budget 2025-27 | Spend to date |\n"
        "|---|---:|---:|\n"
        "| Group course for men | £210,000 | £150,500 |\n"
    )
    got = awards_by_key(text)
    assert got[(5, 150500)].funding_role == "context" and not got[(5, 150500)].period_start, got[(5, 150500)]
