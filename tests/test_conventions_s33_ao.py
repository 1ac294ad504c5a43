"""Rules of the thirty-third session's tuning on a memorandum of understanding between two commissioners, a service
specification, a parish magazine's question-and-answer piece and an annual governance statement with a grants note.
Every case is an invented sentence; the near misses are sentences the rule must leave as it was."""

import pytest

from release_probe import award_errors, awards_by_key, read


# --- A contract's value stated as "The contract value for the first term is £X" is what the contract is worth, its
# payer unsaid (README, "Payer said once"): no funder lent by a Home Office figure elsewhere; it keeps the term the
# text gave, even where a later sentence says later years' sums hang on rounds still to come ---------------------------

_SPEC = (
    "The Norfolk commissioner is buying a new perpetrator service.\n"
    "4.1 The contract runs from 1 April 2026 to 31 March 2029.\n"
    "4.2 The contract value for the first term is £900,000, excluding VAT.\n"
    "4.3 The Home Office grant pays for most of it.\n"
    "{after}"
)


def test_a_contract_value_takes_no_payer_lent_by_a_later_home_office_sum():
    errors = award_errors(_SPEC.format(after=""), {
        (3, 900000): dict(role="grant", funder=None, start="2026-27", end="2028-29"),
    })
    assert not errors, errors


def test_later_years_said_to_depend_on_future_rounds_leave_the_terms_years_alone():
    after = "4.4 Sums for 2027/28 and 2028/29 depend on future grant rounds.\n"
    errors = award_errors(_SPEC.format(after=after), {
        (3, 900000): dict(start="2026-27", end="2028-29"),
    })
    assert not errors, errors


@pytest.mark.parametrize("sentence, funder", [
    ("4.4 A separate review, let to Fenmoor Research for £24,000, is not part of the contract value.\n", None),
    # (near miss: money with no word calling it separate keeps the payer the release lends)
    ("4.4 A review, let to Fenmoor Research for £24,000, is paid for alongside it.\n", "Home Office"),
])
def test_a_sentence_opening_on_a_separate_piece_of_work_lends_its_sum_no_payer(sentence, funder):
    d = awards_by_key(_SPEC.format(after=sentence))[(5, 24000)]
    assert (d.funder or None) == funder, d.funder


def test_a_table_of_a_contract_values_years_takes_no_payer_lent_by_the_release():
    text = _SPEC.format(after=(
        "\n"
        "Table 3: Yearly contract value\n"
        "  Year          Value (£)\n"
        "  2026/27         300,000\n"
        "  2027/28         300,000\n"
        "  2028/29         300,000\n"
        "  Total           900,000\n"
    ))
    errors = award_errors(text, {
        (8, 300000): dict(role="part", funder=None, part=11, start="2026-27", end="2026-27"),
        (11, 900000): dict(role="total", funder=None),
    })
    assert not errors, errors


# --- Insurance a provider must hold is a level of cover, not funding ------------------------------------------------

@pytest.mark.parametrize("sentence, kept", [
    ("The provider must hold public liability insurance of at least £5 million and £2 million of professional "
     "indemnity.", False),
    # (near miss: money for the service beside the word insurance elsewhere is still read)
    ("The provider will receive £50,000 for the course; it must hold its own insurance.", True),
])
def test_insurance_cover_is_no_funding(sentence, kept):
    got = awards_by_key("The Kent commissioner funds a perpetrator course.\n" + sentence + "\n")
    assert bool([k for k in got if k[0] == 2]) is kept, got


# --- An election pledge recalled ("My manifesto pledged £X a year from the police budget") is money promised at an
# election, as a candidate's pledge is: context, no area's award, the payer its own clause names ----------------------

@pytest.mark.parametrize("sentence, role", [
    ("My manifesto in 2024 pledged £120,000 a year from the police budget for this work.", "context"),
    ("Her election pledge of £120,000 a year for the course has been met.", "context"),
    # (near miss: money the commissioner gives now is her own funding)
    ("I pay £120,000 a year from the police budget for this work.", "own_funding"),
])
def test_a_recalled_election_pledge_is_context(sentence, role):
    text = ("The Home Office has given Surrey £300,000 for 2025-26 for work with perpetrators.\n" + sentence + "\n")
    d = awards_by_key(text)[(2, 120000)]
    assert d.funding_role == role, d.funding_role
    if role == "context":
        assert not d.pfa_code, d.pfa_code


# --- "£A was spent by 31 March and the remaining £B was carried into 2025/26": the year after the second figure is
# that figure's own clause's, so the first keeps its whole's year --------------------------------------------------

def test_the_year_of_the_remaining_sums_clause_is_not_the_spent_sums():
    text = ("The Home Office perpetrator grant for 2024/25 was £300,000. Of this, £280,000 was spent by 31 March 2025 "
            "and the remaining £20,000 was carried forward into 2025/26.\n")
    errors = award_errors(text, {
        (1, 280000): dict(role="part", start="2024-25", end="2024-25"),
        (1, 20000): dict(role="part", start="2025-26", end="2025-26"),
    })
    assert not errors, errors


# --- A note under a table naming rows by their label ("Both Riverside Change rows above are met from the Home Office
# grant") gives those rows that payer, and no others -------------------------------------------------------------------

def test_a_note_naming_rows_by_their_label_gives_them_its_payer():
    text = (
        "Police and Crime Commissioner for Somerset\n"
        "Statement of Accounts 2024/25\n"
        "The Commissioner holds a Ministry of Justice victims grant and a Home Office perpetrator grant.\n"
        "\n"
        "Recipient                  Purpose                    2024/25      2023/24\n"
        "                                                         £000         £000\n"
        "Riverside Change           Group course                  210          200\n"
        "Riverside Change           Partner support                48           40\n"
        "Levels Youth Trust         Youth sport                    30           30\n"
        "Total                                                    288          270\n"
        "\n"
        "Both Riverside Change rows above are met from the Home Office perpetrator grant.\n"
    )
    errors = award_errors(text, {
        (7, 210000): dict(funder="Home Office", start="2024-25"),
        (8, 40000): dict(funder="Home Office", start="2023-24"),
        (9, 30000): dict(funder=None),
        (10, 288000): dict(role="total", funder=None),
    })
    assert not errors, errors


# --- A sum the prose states with no payer ("Across both years the service costs £X in all") that a later
# table's TOTAL row states again, that TOTAL summing rows of two areas, is that total: no one area's, no one funder's ---

def test_a_prose_sum_restated_by_a_two_area_tables_total_is_that_total():
    text = (
        "Joint commissioning of a perpetrator service for Kent and for Surrey\n"
        "The two commissioners will fund one service from 1 April 2025 to 31 March 2027.\n"
        "Across both years the service will cost £600,000 in all.\n"
        "\n"
        "Contributions (£)\n"
        "Party / source                     2025/26      2026/27        Total\n"
        "Kent - Home Office grant           150,000      150,000      300,000\n"
        "Surrey - Home Office grant         100,000      100,000      200,000\n"
        "Surrey - PCC own budget             50,000       50,000      100,000\n"
        "TOTAL                              300,000      300,000      600,000\n"
    )
    d = next(a for a in read(text).awards if a.source_line == 3)
    assert (d.funding_role, d.funder or None, d.pfa_code or None) == ("total", None, None), \
        (d.funding_role, d.funder, d.pfa_code)
    assert (d.period_start, d.period_end) == ("2025-26", "2026-27")


# --- A service's brand given as the name it is "to be known as" is a named programme; the brand as the subject that
# offers a described course is that programme described ("Named programmes": its length and people) --------------------

def test_a_brand_to_be_known_as_and_offering_a_course_is_a_named_programme():
    text = (
        "The Kent and Essex commissioners will fund one service, to be known as Waymark, from April 2025.\n"
        "Waymark will offer a 20-week group behaviour change programme for men.\n"
        "Partners of every man on Waymark will be offered support.\n"
    )
    got = {(c.source_line, c.component): c for c in read(text).components}
    assert got[(1, "named_programme")].programme_name == "Waymark"
    second = got[(2, "named_programme")]
    assert (second.duration_value, second.duration_unit, set(second.cohorts)) == (20, "week", {"men"})
    assert (3, "named_programme") in got


def test_a_brand_named_only_as_a_word_elsewhere_is_no_programme():
    # (near miss: without the name given, the same word offering a course is no named programme)
    text = ("The Kent and Essex commissioners will fund one service from April 2025.\n"
            "Waymark will offer a 20-week group behaviour change programme for men.\n")
    assert not [c for c in read(text).components if c.component == "named_programme"]


# --- "Its course lasts 20 weeks, in groups of up to eight men": the phrase after the comma says how that course is
# run, so the group's length is the course's ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, weeks", [
    ("Its course lasts 20 weeks, in groups of up to eight men.", 20),
    # (near miss: a clause of another service after the comma keeps its own length)
    ("Its course lasts 20 weeks, and a separate group for fathers meets monthly.", None),
])
def test_a_phrase_on_how_a_course_is_run_keeps_its_length_for_the_group(sentence, weeks):
    text = "The Kent commissioner funds work with perpetrators.\n" + sentence + "\n"
    group = next(c for c in read(text).components if c.component == "group_programme")
    assert group.duration_value == weeks, group.duration_value


# --- The people harmed, named by what was done to them ("the women they have harmed are offered support"), are the
# partners of those on the course: partner support ----------------------------------------------------------------

@pytest.mark.parametrize("sentence, found", [
    ("The women and children he has harmed are offered support by Riverside Safety.", True),
    ("The women he has harmed will be given specialist support.", True),
    # (near miss: the people harmed counted as a result are no service)
    ("The women they have harmed were counted in the survey.", False),
])
def test_the_people_harmed_offered_support_is_partner_support(sentence, found):
    text = "The Kent commissioner funds a course for men who abuse.\n" + sentence + "\n"
    kinds = {c.component for c in read(text).components if c.source_line == 2}
    assert ("partner_support" in kinds) is found, kinds


# --- A target column of a table ("Two-year target", "Annual target") makes its counts expected, also in an aligned
# table and under a Markdown table's rule ------------------------------------------------------------------------

def _statuses(text):
    """Each outcome's status, by (line, value)."""
    return {(o.source_line, o.value): o.status for o in read(text).outcomes}


def test_counts_under_an_aligned_tables_target_column_are_expected():
    text = ("The Kent commissioner funds a course for men who abuse.\n"
            "\n"
            "Measure                                 Two-year target\n"
            "Referrals received                                  400\n"
            "Men starting the group programme                    250\n")
    got = _statuses(text)
    assert got == {(4, 400): "expected", (5, 250): "expected"}, got


def test_a_markdown_tables_rule_is_not_its_heading():
    text = ("The Kent commissioner funds a course for men who abuse.\n"
            "\n"
            "| KPI | Measure | Annual target |\n"
            "|-----|---------|---------------|\n"
            "| 1 | Partners contacted within 5 working days of referral | 90% |\n")
    got = _statuses(text)
    assert got.get((5, 90)) == "expected", got


def test_counts_under_an_aligned_results_column_stay_reported():
    # (near miss: a column headed as a result is no target)
    text = ("The Kent commissioner funds a course for men who abuse.\n"
            "\n"
            "Measure                                 Two-year result\n"
            "Referrals received                                  400\n")
    got = _statuses(text)
    assert got.get((4, 400)) == "reported", got


# --- A units row under an aligned table's heading ("£000   £000") is no heading of its own: the recipient column
# above still names the rows' payees ----------------------------------------------------------------------------

def test_a_units_row_keeps_the_recipient_heading_above_it():
    text = ("The Somerset commissioner pays grants.\n"
            "\n"
            "Recipient                  Purpose                    2024/25      2023/24\n"
            "                                                         £000         £000\n"
            "Riverside Change           Group course                  210          200\n"
            "Levels Youth Trust         Youth sport                    30           30\n"
            "Total                                                    240          230\n")
    got = {(o.source_line, o.organisation, o.role) for o in read(text).organisations}
    assert {(5, "Riverside Change", "recipient"), (6, "Levels Youth Trust", "recipient")} <= got, got


# --- A council's contribution named without a possessive and said to be added to a grant ("The Westshire Council
# contribution is added to the Home Office grant as match funding") is that council's match funding --------------------

def test_a_councils_contribution_added_to_the_grant_makes_it_a_match_funder():
    text = ("The Kent commissioner holds the Home Office grant.\n"
            "The Medway Council contribution is added to the Home Office grant as match funding.\n")
    got = {(o.source_line, o.organisation, o.role) for o in read(text).organisations}
    assert (2, "Medway Council", "match_funder") in got, got


# --- Work let by the OPCC to a body for a sum: the OPCC commissions it, the body receives the sum, and an evaluation so
# let has that body as its evaluator; the OPCC that "may reduce" contract values acts on its contract -------------------

def test_an_evaluation_let_by_the_opcc_to_a_body_for_a_sum():
    text = ("The Kent commissioner is buying a perpetrator service.\n"
            "A separate evaluation, let by the OPCC to Fenmoor Research for £24,000, is not part of the contract.\n"
            "The OPCC may reduce the contract values by up to 10% on three months' notice.\n")
    got = {(o.source_line, o.organisation, o.role) for o in read(text).organisations}
    assert {(2, "OPCC", "commissioner"), (2, "Fenmoor Research", "recipient"), (2, "Fenmoor Research", "evaluator"),
            (3, "OPCC", "commissioner")} <= got, got


def test_the_opcc_named_only_as_a_source_of_figures_is_no_commissioner():
    # (near miss: README, "The OPCC by its initials")
    text = ("The Kent commissioner is buying a perpetrator service.\n"
            "The OPCC's ledger shows £24,000 spent on the review.\n")
    got = {(o.source_line, o.organisation, o.role) for o in read(text).organisations}
    assert not [g for g in got if g[1] == "OPCC"], got


# --- A document's owner or author field ("Specification owner: Head of Commissioning, OPCC Kent") names the body only
# as the document's sender (README, "Letterheads and sign-offs") ------------------------------------------------------

def test_a_documents_owner_field_gives_no_organisation_fact():
    text = ("The Kent commissioner is buying a perpetrator service worth £300,000.\n"
            "Specification owner: Head of Commissioning, OPCC Kent\n")
    got = {(o.source_line, o.organisation, o.role) for o in read(text).organisations}
    assert not [g for g in got if g[0] == 2], got


# --- The body that the people harmed get support from, named by what was done to them ("the women they have harmed are
# offered support by X"), supports survivors ------------------------------------------------------------------------

def test_the_body_supporting_the_people_harmed_is_a_survivor_support_provider():
    text = ("The Kent commissioner funds a course for men who abuse.\n"
            "The women and children he has harmed are offered support by Riverside Safety while the course runs.\n")
    got = {(o.source_line, o.organisation, o.role) for o in read(text).organisations}
    assert (2, "Riverside Safety", "survivor_support_provider") in got, got


# --- "Add in the Home Office grant and the pledge is more than met": a department named in a supposition, in a sentence with
# no sum, is no statement that it pays ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, named", [
    ("Add in the Home Office grant and the pledge is more than met.", False),
    # (near miss: a sentence saying the department pays the work names it as funder)
    ("The course is paid for by the Home Office.", True),
])
def test_a_department_named_in_a_supposition_is_no_funder(sentence, named):
    text = "Q. Did you keep your promise?\nA. I said I would put money in. " + sentence + "\n"
    got = {(o.organisation, o.role) for o in read(text).organisations}
    assert (("Home Office", "funder") in got) is named, got


# --- A commissioner's "my deputy, Name" is the deputy commissioner, an official ("Officials") ----------------------

def test_my_deputy_named_is_an_official():
    text = ("Q. Who else works on this?\n"
            "A. My deputy, Sam Holt, chairs the rural crime partnership.\n")
    got = {(p.source_line, p.name, p.role) for p in read(text).people}
    assert (2, "Sam Holt", "official") in got, got


# --- A figure equal to one area's row totals in a table whose TOTAL row sums two areas' rows ("The partner
# commissioner will pay its two-year contribution of £X to the Office of …") is that area's money from several payers:
# a total of that area, no one funder, over the rows' years -----------------------------------------------------------

_CONTRIBUTIONS = (
    "Joint commissioning of a perpetrator service for Kent and for Surrey\n"
    "The two commissioners will fund one service from 1 April 2025 to 31 March 2027.\n"
    "{sentence}\n"
    "\n"
    "Contributions (£)\n"
    "Party / source                     2025/26      2026/27        Total\n"
    "Kent - Home Office grant           150,000      150,000      300,000\n"
    "Surrey - Home Office grant         100,000      100,000      200,000\n"
    "Surrey - PCC own budget             50,000       50,000      100,000\n"
    "TOTAL                              300,000      300,000      600,000\n"
)


@pytest.mark.parametrize("sentence, role", [
    ("The Surrey commissioner will pay its two-year contribution of £300,000 to the Kent commissioner's office in two "
     "instalments.", "total"),
    # (near miss: a sum equal to no one area's rows keeps its own reading)
    ("The Surrey commissioner will pay its two-year contribution of £310,000 to the Kent commissioner's office in two "
     "instalments.", None),
])
def test_a_figure_equal_to_one_areas_rows_is_that_areas_total(sentence, role):
    got = awards_by_key(_CONTRIBUTIONS.format(sentence=sentence))
    d = got.get((3, 300000)) or got.get((3, 310000))
    if role == "total":
        assert (d.funding_role, d.funder or None, d.pfa_code, d.period_start, d.period_end) == (
            "total", None, "E23000031", "2025-26", "2026-27"), (d.funding_role, d.funder, d.pfa_code, d.period_start)
    else:
        assert d.funding_role != "total", d.funding_role
