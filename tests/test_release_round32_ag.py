"""Rules added while tuning the thirty-second round's releases (tuner AG): invented sentences, with the facts the corpus
README's conventions give them (never the corpus text)."""

import pytest

from release_probe import awards_by_key, read

_LEAD = "Westshire perpetrator funding\n\nThe Kent Police and Crime Commissioner funds perpetrator programmes.\n\n"


def _organisations(text):
    return sorted((o.source_line, o.organisation, o.role) for o in read(text).organisations)


# --- A sentence opening on its whole named with a word or two and its figure ("Of the two-year total of £X, …"): the
# sum words are the whole's; the pieces after it are its parts, each with the payer its own clause names ------------

@pytest.mark.parametrize("opener, years", [
    ("Of the two-year total of £800,000, £500,000 came from the Home Office grant for 2024-26,", ("2024-25", "2025-26")),
    ("Of the overall sum of £800,000, £500,000 came from the Home Office,", (None, None)),
])
def test_pieces_of_a_whole_named_with_its_figure(opener, years):
    got = awards_by_key(_LEAD + opener + " £200,000 from the commissioner's own budget and £100,000 from district "
                        "councils.\n")
    whole = got[(5, 800000)]
    assert (whole.funding_role, whole.funder or None, whole.part_of_line) == ("total", None, None)
    assert (whole.period_start or None, whole.period_end or None) == years
    for pounds, funder in ((500000, "Home Office"), (200000, "PCC"), (100000, "local authority")):
        piece = got[(5, pounds)]
        assert (piece.funding_role, piece.funder, piece.part_of_line) == ("part", funder, 5)


def test_pieces_by_use_of_a_whole_named_with_its_figure_name_no_payer():
    # (near-miss: pieces by what they pay for name no payer, and the whole keeps none)
    got = awards_by_key(_LEAD + "Of the two-year total of £800,000, £500,000 pays for the group course and £300,000 "
                        "for partner support.\n")
    assert (got[(5, 800000)].funding_role, got[(5, 800000)].funder) == ("total", "")
    assert [(got[(5, p)].funding_role, got[(5, p)].part_of_line, got[(5, p)].funder) for p in (500000, 300000)] == \
        [("part", 5, ""), ("part", 5, "")]


# --- A figure that "the correct figure is …" replaces, stated just before it on its own line, is an account of the
# same total (no payer), and so is its earlier statement --------------------------------------------------------------

def test_a_figure_corrected_on_its_own_line_to_a_total_is_a_total():
    text = (_LEAD + "Your earlier answer said the office had more than £2 million for these programmes in 2024-25 and "
            "2025-26.\n\nIn all, the office spent £1,870,000 on these programmes from all funders.\n\n"
            "My last answer gave more than £2 million. The correct figure is £1,870,000, as above.\n")
    got = read(text).awards
    wrong = [(a.source_line, a.funding_role, a.funder, a.period_start) for a in got if a.amount.pence == 200000000]
    assert wrong == [(5, "total", "", "2024-25"), (9, "total", "", "")]
    assert [(a.funding_role, a.funder) for a in got if a.source_line == 9 and a.amount.pence == 187000000] == \
        [("total", "")]


def test_a_figure_before_a_right_figure_that_is_no_total_keeps_its_role():
    # (near-miss: the right figure is a grant, not a sum, so the corrected one stays a grant)
    got = awards_by_key(_LEAD + "The course costs £60,000 a year. The correct figure is £1,870,000 for the whole "
                        "package.\n")
    assert (got[(5, 1870000)].funding_role, got[(5, 1870000)].funder) == ("grant", "")


# --- A row of item columns beside a total column they add up to: the items are parts of their own row's total, which
# keeps the payer its column heading names; such a last row is no TOTAL of the rows above ------------------------------

def _plan(head, last):
    return ("Kent perpetrator plan\n\nThe Home Office grant pays for three services.\n\n"
            "Table 1: planned use of the Home Office grant\n\n"
            f"| Year | Group course £000 | Partner support £000 | {head} £000 |\n|---|---:|---:|---:|\n"
            f"| 2025-26 | 210.0 | 90.5 | 300.5 |\n| 2026-27 | 215.0 | 85.5 | {last} |\n")


@pytest.mark.parametrize("head", ["Home Office total", "Total"])
def test_item_cells_are_parts_of_their_rows_total(head):
    got = awards_by_key(_plan(head, "300.5"))
    for line, year, items in ((9, "2025-26", (210000, 90500)), (10, "2026-27", (215000, 85500))):
        total = got[(line, 300500)]
        assert (total.funding_role, total.funder, total.part_of_line, total.period_start) == \
            ("total", "Home Office", None, year)
        for pounds in items:
            cell = got[(line, pounds)]
            assert (cell.funding_role, cell.funder, cell.part_of_line, cell.period_start) == \
                ("part", "Home Office", line, year)


def test_item_cells_that_do_not_add_up_stay_as_they_were():
    # (near-miss: 215.0 + 85.5 is not 310.0, so the row's cells are no parts of it)
    got = awards_by_key(_plan("Total", "310.0"))
    assert [(got[(10, p)].funding_role, got[(10, p)].part_of_line) for p in (215000, 85500, 310000)] == \
        [("grant", None), ("grant", None), ("grant", None)]


def test_a_total_row_under_item_rows_is_still_their_total():
    # (near-miss: a real TOTAL row under rows whose totals add up to it keeps the two-way reading)
    text = ("Kent perpetrator plan\n\nThe Home Office grant pays for three services.\n\n"
            "| Year | Group course £000 | Partner support £000 | Total £000 |\n|---|---:|---:|---:|\n"
            "| 2025-26 | 210.0 | 90.5 | 300.5 |\n| 2026-27 | 215.0 | 85.5 | 300.5 |\n| Total | 425.0 | 176.0 | 601.0 |\n")
    got = read(text).awards
    assert [(a.funding_role, a.part_of_line) for a in got if a.amount.pence == 30050000] == [("part", 9), ("part", 9)]
    assert [(a.funding_role, a.funder) for a in got if a.source_line == 9] == [("total", "Home Office")] * 3


# --- A budget line, column or figure said to fall or rise by a sum: the difference, context with no area --------------

@pytest.mark.parametrize("sentence, year", [
    ("The evaluation line falls by £6,000 a year as the groups grow.", None),
    ("The helpline budget rises by £2,500 in 2025-26.", "2025-26"),
    ("The partner-support column drops by £4,000 each year.", None),
])
def test_a_line_falling_or_rising_by_a_sum_is_context(sentence, year):
    got = [a for a in read(_LEAD + sentence + "\n").awards if a.source_line == 5]
    assert [(a.funding_role, a.pfa_code or None, a.funder or None, a.period_start or None) for a in got] == \
        [("context", None, None, year)]


def test_a_cost_stated_plainly_is_not_a_difference():
    got = [a for a in read(_LEAD + "The evaluation will cost £6,000 a year.\n").awards if a.source_line == 5]
    assert [(a.funding_role, a.pfa_code) for a in got] == [("grant", "E23000032")]


# --- A gapped clause after a semicolon ("… held by X; the South and West contracts by Y"): its capitalised words are
# no names, and Y holds its contract as X does ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The North and East contracts are held by Roding Valley Change; the South and West contracts by Beverley Brook CIC.",
    "The North contract is held by Roding Valley Change; the other two contracts by Beverley Brook CIC.",
])
def test_a_gapped_contract_clause_after_a_semicolon(sentence):
    assert _organisations(_LEAD + sentence + "\n") == [
        (5, "Beverley Brook CIC", "commissioned_service"), (5, "Roding Valley Change", "commissioned_service")]


def test_a_list_of_names_set_off_by_semicolons_is_still_a_list():
    # (near-miss: names after semicolons, no determiner and lower-case word opening a clause)
    assert _organisations(_LEAD + "The groups are run by Roding Valley Change; Freedom Project CIC; and Beverley "
                          "Brook CIC.\n") == [(5, "Beverley Brook CIC", "delivery_partner"),
                                             (5, "Freedom Project CIC", "delivery_partner"),
                                             (5, "Roding Valley Change", "delivery_partner")]


# --- A whole whose own words name its payer, divided after a colon into pieces of several areas naming none: the
# pieces keep its payer, and it is a total over them, keeping it ----------------------------------------------------

def test_pieces_after_a_colon_keep_the_wholes_own_payer():
    got = awards_by_key(_LEAD + "In 2025-26 the trust will put £900,000 of Ministry of Justice money into this work: "
                        "£600,000 to run the course, £200,000 towards the Surrey stalking service and £100,000 towards "
                        "the Sussex helpline.\n")
    assert (got[(5, 900000)].funding_role, got[(5, 900000)].funder, got[(5, 900000)].period_start) == \
        ("total", "Ministry of Justice", "2025-26")
    assert [(got[(5, p)].funding_role, got[(5, p)].funder, got[(5, p)].part_of_line, got[(5, p)].pfa_code or None)
            for p in (600000, 200000, 100000)] == [("part", "Ministry of Justice", 5, None),
                                                   ("part", "Ministry of Justice", 5, "E23000031"),
                                                   ("part", "Ministry of Justice", 5, "E23000033")]


def test_pieces_after_a_colon_naming_two_payers_make_a_total_with_none():
    # (near-miss: the whole names no payer and its pieces name two)
    got = awards_by_key(_LEAD + "In 2025-26 the trust will put £900,000 into this work: £600,000 from the Home Office "
                        "and £300,000 from the commissioner's own budget.\n")
    assert (got[(5, 900000)].funding_role, got[(5, 900000)].funder) == ("total", "")
    assert [(got[(5, p)].funder, got[(5, p)].part_of_line) for p in (600000, 300000)] == \
        [("Home Office", 5), ("PCC", 5)]


# --- Money for a probation team's community work (skips, tools, paths) stands alone: no fact -------------------------

@pytest.mark.parametrize("sentence", [
    "The borough council paid £6,500 for the skips and tools used on the footpath.",
    "A parish council gave £2,000 towards skip hire for the community payback team.",
])
def test_money_for_community_work_is_no_fact(sentence):
    assert [a for a in read(_LEAD + sentence + "\n").awards if a.source_line == 5] == []


def test_council_money_for_perpetrator_work_is_kept():
    got = [a for a in read(_LEAD + "The borough council paid £6,500 for partner support.\n").awards if a.source_line == 5]
    assert [(a.funding_role, a.funder) for a in got] == [("grant", "local authority")]


# --- A payer named after "from his/her … grant" in the figure's relative clause, and the commissioner's possessive on
# a sum stated before as Home Office money: that sum's payer -------------------------------------------------------

def test_money_given_from_a_commissioners_home_office_grant():
    text = (_LEAD + "The council's money sits beside £214,000 that the commissioner has given the service from his Home "
            "Office grant for 2025-26.\n\nThe course will cost £289,000 in 2025-26, made up of the commissioner's "
            "£214,000 and the council's £75,000.\n")
    got = read(text).awards
    assert [(a.source_line, a.funding_role, a.funder, a.part_of_line) for a in got if a.amount.pence == 21400000] == \
        [(5, "grant", "Home Office", None), (7, "part", "Home Office", 7)]
    assert [(a.funding_role, a.funder) for a in got if a.amount.pence == 28900000] == [("total", "")]


def test_the_commissioners_own_money_restated_stays_his():
    # (near-miss: the sum was stated before as the commissioner's own budget)
    text = (_LEAD + "The commissioner is adding £90,000 from her own budget.\n\nThe course will cost £300,000, made up "
            "of the Home Office's £210,000 and the commissioner's £90,000.\n")
    got = awards_by_key(text)
    assert (got[(7, 90000)].funding_role, got[(7, 90000)].funder, got[(7, 90000)].part_of_line) == ("part", "PCC", 7)
    assert (got[(7, 210000)].funder, got[(7, 300000)].funding_role) == ("Home Office", "total")


# --- A figure said only inside quoted speech is no fact (README set_aside ``in_quote``) --------------------------------

@pytest.mark.parametrize("sentence", [
    '"The last £9,000 goes out when the invoice comes in," she said.',
    'She said: "We will find another £12,000 for the crèche if we can."',
])
def test_a_figure_only_in_quoted_speech_is_no_fact(sentence):
    assert [a for a in read(_LEAD + sentence + "\n").awards if a.source_line == 5] == []


def test_the_same_figure_outside_quotes_is_read():
    got = [a for a in read(_LEAD + "The council will pay £9,000 for the crèche, she said.\n").awards if a.source_line == 5]
    assert [(a.funding_role, a.funder) for a in got] == [("grant", "local authority")]


# --- A row naming every area of the rows above ("All areas", "All forces") is their TOTAL; one naming what it pays for
# beside is a joint award, not a total -------------------------------------------------------------------------------

def _area_rows(label, first, second):
    return ("Home Office perpetrator grants\n\nThe Home Office funds commissioners for perpetrator work.\n\n"
            "Table 1: grants by area, £000\n\n| Area | 2024/25 | 2025/26 |\n|---|---:|---:|\n"
            f"| Kent | 210.5 | 230.0 |\n| Surrey | 150.0 | 162.5 |\n| {label} | {first} | {second} |\n")


@pytest.mark.parametrize("label", ["All areas", "Both areas", "All forces"])
def test_an_all_areas_row_that_adds_up_is_the_rows_total(label):
    got = read(_area_rows(label, "360.5", "392.5")).awards
    assert [(a.funding_role, a.funder, a.pfa_code or None) for a in got if a.source_line == 11] == \
        [("total", "Home Office", None)] * 2
    assert [(a.funding_role, a.part_of_line) for a in got if a.source_line in (9, 10)] == [("part", 11)] * 4


@pytest.mark.parametrize("label", ["All areas: shared helpline", "All four areas (joint stalking service)"])
def test_an_all_areas_row_naming_its_service_is_a_joint_grant(label):
    got = read(_area_rows(label, "40.0", "42.5")).awards
    assert [(a.funding_role, a.funder, a.pfa_code or None) for a in got if a.source_line == 11] == \
        [("grant", "Home Office", None)] * 2


# --- A list item's label naming a government department ("**Home Office:** the group course …") names who pays, not a
# programme's brand; a brand in the same place still is one -------------------------------------------------------

def _components(text, name="invented.md"):
    return sorted((c.source_line, c.component, c.programme_name) for c in read(text, name).components)


def test_a_department_as_a_list_label_is_no_brand():
    text = "# Plan\n\n- **Home Office:** the stalking intervention, the group programme and the high-harm service.\n"
    assert _components(text) == [(3, "group_programme", ""), (3, "high_harm", ""), (3, "stalking_intervention", "")]


def test_a_brand_as_a_list_label_is_still_a_brand():
    assert ("named_programme", "Fresh Start") in {
        (c[1], c[2]) for c in _components("# Plan\n\n- **Fresh Start:** the group programme for men.\n")}


# --- A table heading naming the department's total ("Home Office total £000") names the payer of its column ---------

@pytest.mark.parametrize("head, named", [("Home Office total £000", True), ("Home Office grant (£000)", True),
                                         ("Total £000", False)])
def test_a_heading_naming_the_departments_total_is_a_funder_fact(head, named):
    text = ("# Plan\n\nThe grant pays for two services.\n\n"
            f"| Year | Group course £000 | Partner support £000 | {head} |\n|---|---:|---:|---:|\n"
            "| 2025-26 | 210.0 | 90.5 | 300.5 |\n")
    assert ((5, "Home Office", "funder") in _organisations_md(text)) is named


def _organisations_md(text):
    return sorted((o.source_line, o.organisation, o.role) for o in read(text, "invented.md").organisations)


# --- A procurement plan's row with no sums under a heading with a provider column and a contract column: the provider
# holds the contract (commissioned service), and the row is no new heading -------------------------------------------

def test_a_procurement_rows_current_provider_holds_the_contract():
    text = ("# Intended procurement\n\n| Lot | Service | Current provider | Current contract ends | Route |\n"
            "|---|---|---|---|---|\n| 1 | Group programme for men | Tamar Change CIC | 31 March 2026 | Open procedure |\n"
            "| 2 | Stalking work | Exe Valley Psychology Ltd | 30 June 2026 | Further competition |\n")
    assert _organisations_md(text) == [(5, "Tamar Change CIC", "commissioned_service"),
                                       (6, "Exe Valley Psychology Ltd", "commissioned_service")]


def test_a_provider_table_with_no_contract_column_is_left_as_it_was():
    # (near-miss: no contract column, so nothing says the provider holds a contract; the reader reads no fact there)
    text = ("# Who delivers\n\n| Service | Provider | Where |\n|---|---|---|\n"
            "| Group programme for men | Tamar Change CIC | Plymouth |\n")
    assert _organisations_md(text) == []


# --- "a support worker for each man's partner (from X)": partner support, and X supports the partners ----------------

@pytest.mark.parametrize("sentence", [
    "The course has a support worker for each man's partner from Tamar Women's Aid.",
    "The course has a support worker for each person's ex-partner from Tamar Women's Aid.",
    "The course has a support worker for the partners from Tamar Women's Aid.",
])
def test_a_support_worker_for_each_mans_partner(sentence):
    rel = read("Kent news\n\n" + sentence + "\n")
    assert [(c.source_line, c.component) for c in rel.components if c.component == "partner_support"] == \
        [(3, "partner_support")]
    assert [(o.source_line, o.organisation, o.role) for o in rel.organisations] == \
        [(3, "Tamar Women's Aid", "survivor_support_provider")]


def test_a_support_worker_for_a_mans_own_recovery_is_no_partner_support():
    # (near-miss: the worker is for the man himself)
    rel = read("Kent news\n\nEach man has a support worker for his own recovery from Tamar Change CIC.\n")
    assert [c.component for c in rel.components if c.component == "partner_support"] == []


# --- A contract's term in a procurement plan ("2 years + 1", "a one-year extension") and a time after the last session
# ("until three months after his last") are no length of the work; a plain length still is -----------------------------

def _lengths(sentence):
    return [(c.component, c.duration_value, c.duration_unit or None)
            for c in read("Kent news\n\n" + sentence + "\n", "invented.md").components]


@pytest.mark.parametrize("sentence, component", [
    ("| 1 | Group programme for men | Tamar Change CIC | Open procedure, 2 years + 1 |", "group_programme"),
    ("| 2 | High-harm service | Exe Valley Ltd | One-year extension, then open procedure |", "high_harm"),
    ("Each man has a case manager from his first session until two months after his last.", "case_management"),
])
def test_a_contract_term_or_a_time_after_the_last_session_is_no_length(sentence, component):
    assert (component, None, None) in _lengths(sentence)
    assert all(value is None for _, value, _ in _lengths(sentence))


@pytest.mark.parametrize("sentence, want", [
    ("Each man has a case manager for up to 12 months.", ("case_management", 12, "month")),
    ("The course runs for 26 weeks for men in groups.", ("group_programme", 26, "week")),
])
def test_a_plain_length_is_still_read(sentence, want):
    assert want in _lengths(sentence)
