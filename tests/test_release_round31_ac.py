"""Rules added while tuning the thirty-first round's releases (tuner AC): invented sentences, with the facts the corpus
README's conventions give them (never the corpus text)."""

import pytest

from release_probe import award_errors, awards_by_key, read


# --- A masthead or byline set off by bars (no figure, no payer) is furniture, not a table row: the text's opening, and
# the one grantor it names, run on past it ------------------------------------------------------------------------

_TABLE_BODY = (
    "Table 2: Perpetrator funding by area, £000\n\n"
    "| Area | 2024/25 | 2025/26 |\n"
    "|---|---:|---:|\n"
    "| Kent | 210.5 | 230.0 |\n"
    "| Surrey | 150.0 | 162.5 |\n\n"
    "The Ministry of Justice also gives each commissioner £1 million for victims' services.\n"
)


@pytest.mark.parametrize("masthead", [
    "**Westshire Research Unit** | Briefing | No. 214\n\nBy Ann Writer, Ben Writer | 3 May 2026",
    "Policy Digest | Issue 12 | Spring 2026",
    "By Carla Author | Research Service | 14 April 2026",
])
def test_a_masthead_set_off_by_bars_does_not_end_the_opening(masthead):
    text = (masthead + "\n\n# Paying for perpetrator work\n\n"
            "Since 2021 the Home Office has funded commissioners to commission perpetrator programmes.\n\n" + _TABLE_BODY)
    rel = read(text)
    cells = [a for a in rel.awards if a.amount.pence in (21050000, 16250000)]
    assert len(cells) == 2 and all(a.funder == "Home Office" for a in cells)


@pytest.mark.parametrize("first", [
    # (a table row of bare figures, not a masthead: the opening ends there and names no grantor before it)
    "Kent | 210.5 | 230.0",
    "| Westshire Research Unit | Briefing |",
])
def test_a_row_of_figures_or_a_barred_row_still_ends_the_opening(first):
    from funding.parse.releases.amounts.payers import _MASTHEAD_BARS
    assert not _MASTHEAD_BARS.match(first)


def test_masthead_pattern_reads_words_between_bars():
    from funding.parse.releases.amounts.payers import _MASTHEAD_BARS
    assert _MASTHEAD_BARS.match("**Westshire Research Unit** | Briefing | No. 214")
    assert _MASTHEAD_BARS.match("By Ann Writer | 3 May 2026")
    assert not _MASTHEAD_BARS.match("No bars on this line at all")


# --- A correction note whose right figure is named by its source ("The figure in the grant letter is £X") takes the
# year the note gives the figure it replaces (README, "Corrected figures"); a note naming no year gives neither one --

@pytest.mark.parametrize("note", [
    "Correction: our earlier post gave Kent's Home Office grant for 2025-26 as £318,000. The figure in the grant "
    "letter is £381,000.",
    "Correction: this story first gave the Home Office grant for Kent in 2025-26 as £318,000. The figure in the "
    "panel report is £381,000.",
    "Update: we printed Kent's 2025-26 Home Office grant as £318,000. The figure in the decision record is £381,000.",
])
def test_a_right_figure_named_by_its_source_takes_the_notes_year(note):
    text = "Kent perpetrator funding\n\n" + note + "\n"
    got = awards_by_key(text)
    assert got[(3, 318000)].period_start == "2025-26"
    assert got[(3, 381000)].period_start == "2025-26" and got[(3, 381000)].period_end == "2025-26"


@pytest.mark.parametrize("note", [
    "Correction: our earlier post gave Kent's Home Office grant as £318,000. The figure in the grant letter is £381,000.",
    "Update: we printed Kent's Home Office grant as £318,000. The figure in the decision record is £381,000.",
])
def test_a_note_naming_no_year_dates_neither_figure(note):
    text = "Kent perpetrator funding\n\nKent gets a Home Office grant for 2025-26.\n\n" + note + "\n"
    got = awards_by_key(text)
    assert not got[(5, 381000)].period_start and not got[(5, 318000)].period_start


# --- A table row whose label is the whole country's total ("Total, all PCCs in England and Wales") is a national
# figure: context, no area, payer from the label; "All areas" under areas' rows is their sum, not context ---------

def _areas_table(label):
    return ("Home Office perpetrator grants\n\nThe Home Office funds commissioners for perpetrator work.\n\n"
            "Table 1: grants by area, £000\n\n"
            "| Area | 2024/25 | 2025/26 |\n|---|---:|---:|\n"
            "| Kent | 210.5 | 230.0 |\n| Surrey | 150.0 | 162.5 |\n"
            f"| {label} | 12,400.0 | 13,100.0 |\n")


@pytest.mark.parametrize("label", [
    "Home Office total, all PCCs in England and Wales",
    "Total, England and Wales",
    "National total",
    "All commissioners (national total)",
])
def test_a_national_total_row_is_context(label):
    rel = read(_areas_table(label))
    row = [a for a in rel.awards if a.amount.pence in (1240000000, 1310000000)]
    assert len(row) == 2 and all(a.funding_role == "context" and not a.pfa_code for a in row)


def test_a_total_row_is_a_total_not_a_national_row():
    rel = read(_areas_table("Total"))
    row = [a for a in rel.awards if a.amount.pence in (1240000000, 1310000000)]
    assert len(row) == 2 and all(a.funding_role == "total" and a.funder == "Home Office" and not a.pfa_code for a in row)


@pytest.mark.parametrize("label", ["All areas", "All four areas", "All forces", "Total for all areas"])
def test_an_all_areas_row_is_a_total(label):
    rel = read(_areas_table(label))
    row = [a for a in rel.awards if a.amount.pence in (1240000000, 1310000000)]
    assert len(row) == 2 and all(a.funding_role == "total" and not a.pfa_code for a in row)


# --- A £000 cell with a footnote marker after it ("402.5 [c]") is still the cell's figure; a note saying what the
# marked cell includes ("[c] Includes £20,000 added as a top-up") is a part of that cell's money ---------------------

def _marked_table(note):
    return ("Home Office perpetrator grants\n\nThe Home Office funds commissioners for perpetrator work.\n\n"
            "Table 1: grants by area, £000\n\n"
            "| Area | 2024/25 | 2025/26 |\n|---|---:|---:|\n"
            "| Kent | 210.5 [a] | 230.0 |\n| Surrey | 150.0 | 162.5 [c] |\n\n"
            f"Notes: [a] Kent's figure is provisional. {note}\n")


@pytest.mark.parametrize("cell, pence", [("210.5 [a]", 21050000), ("162.5 [c]", 16250000), ("1,046.3[2]", 104630000)])
def test_a_cell_with_a_bracketed_marker_is_read(cell, pence):
    text = ("Home Office grants\n\nThe Home Office funds commissioners.\n\nTable 1: grants, £000\n\n"
            f"| Area | 2024/25 |\n|---|---:|\n| Kent | {cell} |\n")
    rel = read(text)
    assert [a.amount.pence for a in rel.awards if a.source_line == 9] == [pence]


@pytest.mark.parametrize("note", [
    "[c] Includes £20,000 added to Surrey's allocation as a top-up during the year.",
    "[c] Including £20,000 of money moved from the year before.",
    "[c] The figure includes £20,000 added part way through the year.",
])
def test_a_note_saying_what_the_marked_cell_includes_is_its_part(note):
    got = awards_by_key(_marked_table(note))
    part = got[(12, 20000)]
    assert part.funding_role == "part" and part.part_of_line == 10 and part.funder == "Home Office"
    assert part.period_start == "2025-26" and part.pfa_code == got[(10, 162500)].pfa_code


@pytest.mark.parametrize("note, role, funder", [
    # (the note names other money, not what the cell includes; or its marker is on no cell)
    ("[c] The Home Office also paid £20,000 to train staff.", "grant", "Home Office"),
    ("[d] Includes £20,000 added to Surrey's allocation as a top-up.", "match_funding", ""),
])
def test_a_note_figure_not_said_to_be_in_a_marked_cell_is_no_part(note, role, funder):
    got = awards_by_key(_marked_table(note))[(12, 20000)]
    # other money of the Home Office's is its grant; money added to an allocation, its payer unnamed, is match funding
    assert (got.funding_role, got.funder, got.part_of_line) == (role, funder, None)


# --- In a piece about several areas, a figure after the one area its sentence names before it, with the other areas
# only in a later clause ("Kent received the most, £1.2 million, and Surrey the least"), is that first area's ------

_SEVERAL = ("Home Office perpetrator grants\n\nThe Home Office funds commissioners for perpetrator work. "
            "Kent, Surrey, Essex and Sussex all bid.\n\n")


@pytest.mark.parametrize("sentence", [
    "Of the four areas, Kent received the most in the 2025-26 round, £1.2 million, and Surrey the least.",
    "Kent got the most in 2025-26, £1.2 million, but Surrey got more per head.",
    "Kent was given £1.2 million in 2025-26; Surrey less.",
])
def test_a_figure_after_one_area_and_before_a_later_clause_is_that_areas(sentence):
    rel = read(_SEVERAL + sentence + "\n")
    fig = [a for a in rel.awards if a.amount.pence == 120000000]
    assert fig and fig[0].pfa_code == "E23000032"  # Kent


@pytest.mark.parametrize("sentence", [
    # (the later area is in the figure's own clause, or both areas come before it)
    "Kent, with £1.2 million in 2025-26, received more than Surrey.",
    "£1.2 million in 2025-26 goes to Kent and Surrey together.",
])
def test_a_figure_whose_clause_names_another_area_is_not_the_first_areas(sentence):
    rel = read(_SEVERAL + sentence + "\n")
    fig = [a for a in rel.awards if a.amount.pence == 120000000]
    # kept with no single area (README, "area per clause": never given to one of several areas named around it)
    assert len(fig) == 1 and fig[0].pfa_code == "" and fig[0].funding_role == "grant"


# --- A sum every area gets alike ("each PCC area receives a base sum of £150,000") is context, no area's award ------

@pytest.mark.parametrize("sentence", [
    "Under the new formula each PCC area receives a base sum of £150,000 for 2025-26.",
    "Every force gets £50,000 before the rest is shared by population.",
    "Each commissioner was offered a flat £40,000 for training.",
])
def test_a_sum_every_area_gets_alike_is_context(sentence):
    rel = read("Kent funding\n\nKent has been given £300,000 by the Home Office for 2025-26.\n\n" + sentence + "\n")
    other = [a for a in rel.awards if a.source_line == 5]
    assert other and all(a.funding_role == "context" and not a.pfa_code for a in other)


@pytest.mark.parametrize("sentence, roles", [
    # (a listed share of each of named areas, or the area's own sum): Kent's Home Office money, a piece of its grant or
    # a grant of its own (no convention settles which for "each of the four areas gets"); the commissioner's own money
    # added to it is match funding
    ("Each of the four areas gets £80,000 in 2025-26.", {("Home Office", "part"), ("Home Office", "grant")}),
    ("Kent's commissioner adds £50,000 for each year.", {("PCC", "match_funding")}),
])
def test_a_share_of_named_areas_is_not_an_every_area_sum(sentence, roles):
    rel = read("Kent funding\n\nKent has been given £300,000 by the Home Office for 2025-26.\n\n" + sentence + "\n")
    other = [a for a in rel.awards if a.source_line == 5]
    assert len(other) == 1 and (other[0].funder, other[0].funding_role) in roles and other[0].pfa_code == "E23000032"


# --- A council named by its place as the subject of a paying verb ("the borough will add £35,000") pays ------------

_LANCS = "Lancashire funding\n\nThe Home Office has given Lancashire £418,000 for 2026-27.\n\n"


@pytest.mark.parametrize("sentence, role", [
    ("Cllr Jo Smith, the council's executive member, says the borough will add £35,000 to the Home Office grant "
     "in 2026-27.", "match_funding"),
    ("The district is putting in £12,000 towards the grant for 2026-27.", "match_funding"),
    ("The city also pays £20,000 for a family worker in 2026-27.", "grant"),
])
def test_the_borough_as_a_payer_is_the_council(sentence, role):
    got = [a for a in read(_LANCS + sentence + "\n").awards if a.source_line == 5]
    assert got and got[0].funder == "local authority" and got[0].funding_role == role


@pytest.mark.parametrize("sentence, role", [
    ("Men in the borough will get £35,000 of extra support in 2026-27 from the commissioner's own budget.", "own_funding"),
    ("The commissioner will add £35,000 across the county in 2026-27 from her own budget.", "match_funding"),
])
def test_the_borough_as_a_place_is_no_payer(sentence, role):
    got = [a for a in read(_LANCS + sentence + "\n").awards if a.source_line == 5]
    assert [(a.funder, a.funding_role) for a in got] == [("PCC", role)]


# --- A figure followed by words saying it sums two payers' money ("once her own money and the grant are put
# together") is a total across funders, no one payer's ---------------------------------------------------------------

_TWO_PAYERS = ("Lancashire funding\n\nThe Home Office has given Lancashire £481,000 for 2026-27, and the commissioner "
               "adds £240,000 of her own money.\n\n")


@pytest.mark.parametrize("sentence", [
    "So the total going into this work next year is £721,000 once her own contribution and the grant are put together.",
    "Next year £721,000 goes into the work when the council's share and the grant are added together.",
    "The work will have £721,000 next year, with both budgets combined.",
])
def test_a_figure_summing_the_payers_named_after_it_is_a_total(sentence):
    got = [a for a in read(_TWO_PAYERS + sentence + "\n").awards if a.source_line == 5]
    assert got and got[0].funding_role == "total" and not got[0].funder


@pytest.mark.parametrize("sentence", [
    "She adds £721,000 of her own money once the grant is paid.",
    "She adds £72,000 of her own money, and the grant and the precept are put together in one budget line.",
])
def test_a_figure_not_said_to_sum_two_payers_keeps_its_payer(sentence):
    got = [a for a in read(_TWO_PAYERS + sentence + "\n").awards if a.source_line == 5]
    assert [(a.funder, a.funding_role) for a in got] == [("PCC", "match_funding")]  # own money added


# --- A labelled box of points set off by dots, one stating money, near the top of a page is content, not a title ---

@pytest.mark.parametrize("box", [
    "Key points: Home Office grant confirmed · £240,000 from the commissioner's own budget · precept rise backed",
    "At a glance: £240,000 from the commissioner's own budget · new clinic in Preston",
    "Summary: Vote passed • £240,000 from the commissioner's own budget • Panel meets again in March",
])
def test_a_box_of_points_with_money_is_read(box):
    text = "Lancashire commissioner budget\n\n" + box + "\n\nMore follows below.\n"
    got = [a for a in read(text).awards if a.source_line == 3]
    assert got and got[0].funding_role == "own_funding" and got[0].funder == "PCC"


def test_a_title_with_dots_and_no_money_is_still_a_heading():
    from funding.parse.releases import prepare
    from funding.parse.releases.text import _heading_lines
    rel = prepare("News · Lancashire · Budget\n\nThe commissioner adds £240,000 from her own budget.\n", "x.txt")
    assert 1 in _heading_lines(rel)


# --- "in each of those years" after a span stated before: the sum once for each year of that span ------------------

_SPAN = ("Notts funding\n\nThe OPCC received £684,200 from the Home Office for perpetrator interventions over "
         "2025/26 and 2026/27.\n")


@pytest.mark.parametrize("sentence", [
    "It adds £95,000 of its own budget to the grant in each of those years, mainly to pay for a case manager.",
    "The commissioner adds £95,000 of her own budget to the grant for each of these years.",
])
def test_in_each_of_those_years_is_each_year_of_the_span_before(sentence):
    got = [a for a in read(_SPAN + sentence + "\n").awards if a.source_line == 4]
    assert sorted(a.period_start for a in got) == ["2025-26", "2026-27"]
    assert all(a.period_start == a.period_end and a.funding_role == "match_funding" for a in got)


def test_in_each_of_those_years_with_its_own_span_keeps_it():
    sentence = "The council adds £20,000 to the grant in each of those years from 2027/28 to 2028/29."
    got = [a for a in read(_SPAN + sentence + "\n").awards if a.source_line == 4]
    assert sorted((a.period_start, a.period_end) for a in got) == [("2027-28", "2027-28"), ("2028-29", "2028-29")]


# --- "the 2026/27 instalment of £X" after one sum of that payer over several years holding that year: its part ----

_AWARD = ("Norfolk funding\n\nThe OPCC had been awarded £590,400 by the Home Office for 2025/26 and 2026/27.\n\n"
          "The council gives £20,000 for training.\n\n")


@pytest.mark.parametrize("sentence", [
    "Risks: (i) the Home Office has confirmed the 2026/27 instalment of £289,200 only in principle; (ii) staffing.",
    "The 2026/27 payment of £289,200 has been confirmed by the Home Office.",
    "The Home Office paid its 2025/26 tranche, £301,200, in May.",
])
def test_a_dated_instalment_is_a_part_of_the_award_holding_its_year(sentence):
    got = [a for a in read(_AWARD + sentence + "\n").awards if a.source_line == 7]
    assert got and got[0].funding_role == "part" and got[0].part_of_line == 3 and got[0].funder == "Home Office"


@pytest.mark.parametrize("sentence", [
    # (a year outside the award's span; a sum larger than the award)
    "The Home Office has confirmed the 2027/28 instalment of £289,200 only in principle.",
    "The 2026/27 payment of £790,000 has been confirmed by the Home Office.",
])
def test_an_instalment_outside_the_award_is_no_part(sentence):
    got = [a for a in read(_AWARD + sentence + "\n").awards if a.source_line == 7]
    assert [(a.funding_role, a.funder, a.part_of_line) for a in got] == [("grant", "Home Office", None)]


# --- A grant lent the release's payer by default that restates an earlier payer-less grant (same sum, same span)
# keeps no payer ---------------------------------------------------------------------------------------------------

_BOARD = ("Health board minutes\n\nThe Home Office has awarded Norfolk £590,400 for 2025/26 and 2026/27.\n"
          "The Moorland Health Trust is asked to contribute £45,000 in each of the two years, £90,000 over the period.\n\n")


@pytest.mark.parametrize("resolution", [
    "RESOLVED: the Board agreed to contribute £90,000 to the programme over 2025/26 and 2026/27.",
    "The Board approved payment of £90,000 over 2025/26 and 2026/27 to the OPCC.",
])
def test_a_restatement_of_a_payerless_grant_keeps_no_payer(resolution):
    got = [a for a in read(_BOARD + resolution + "\n").awards if a.source_line == 6]
    assert got and not got[0].funder


def test_a_restatement_naming_its_payer_keeps_it():
    resolution = "The Home Office will also pay £90,000 over 2025/26 and 2026/27 for evaluation."
    got = [a for a in read(_BOARD + resolution + "\n").awards if a.source_line == 6]
    assert got and got[0].funder == "Home Office"


# --- Components: a sum said to be for perpetrator programmes names the courses; "group … programmes" (plural) is a
# group programme; a list item's high-harm words are not the other items' cohort -------------------------------------

def _components(text):
    return {(c.source_line, c.component): c for c in read(text).components}


@pytest.mark.parametrize("sentence", [
    "It keeps £240,000 of her own money for perpetrator programmes.",
    "Our earlier post gave the Home Office grant for perpetrator programmes as £418,000.",
    "The council's money for domestic abuse perpetrator programmes is £35,000 in 2026-27.",
])
def test_a_sum_for_perpetrator_programmes_names_the_courses(sentence):
    got = _components("Lancashire budget\n\n" + sentence + "\n")
    assert (3, "behaviour_change_programme") in got


@pytest.mark.parametrize("sentence", [
    # (no sum: a motion's or a page's topic; the fund's own purpose words)
    "That this House has considered funding for perpetrator programmes.",
    "The Home Office grant of £418,000 is for perpetrator work in 2026-27.",
    "The Home Office has shared out its £34 million round for perpetrator programmes.",
    "Areas bid into a £40m fund for domestic abuse perpetrator programmes.",
])
def test_a_topic_or_the_funds_purpose_names_no_course(sentence):
    got = _components("Lancashire budget\n\n" + sentence + "\n")
    assert (3, "behaviour_change_programme") not in got


@pytest.mark.parametrize("sentence", [
    "Most commissioners use the money for group behaviour change programmes, one-to-one work, high-harm case "
    "management, stalking interventions and partner support.",
    "They spend it on group programmes, one-to-one work, high-harm case management and partner support.",
])
def test_list_items_do_not_share_the_high_harm_cohort(sentence):
    got = _components("Perpetrator funding\n\n" + sentence + "\n")
    assert "high_harm" in got[(3, "case_management")].cohorts and "high_harm" in got[(3, "high_harm")].cohorts
    assert "high_harm" not in got[(3, "group_programme")].cohorts and "high_harm" not in got[(3, "one_to_one")].cohorts


def test_a_group_for_high_harm_men_keeps_the_cohort():
    got = _components("Perpetrator funding\n\nThe money pays for a group programme for high-harm men with case "
                      "management.\n")
    assert "high_harm" in got[(3, "group_programme")].cohorts


# --- A department named only inside quoted speech names no payer (organisations) ----------------------------------

@pytest.mark.parametrize("line", [
    'The commissioner said: "I could not replace £312,450 a year if the Home Office stopped paying."',
    '<blockquote><p>"Now it is a programme with results, and the Home Office has backed it for two more years."</p></blockquote>',
])
def test_a_department_named_only_in_a_quote_is_no_funder(line):
    rel = read("Kent funding\n\nKent has £300,000 from its own budget for 2025-26.\n\n" + line + "\n")
    assert not [o for o in rel.organisations if o.source_line == 5 and o.organisation == "Home Office"]


def test_a_department_named_outside_the_quote_still_pays():
    line = 'The Home Office grant is £312,450 a year, and the commissioner said: "It matters."'
    rel = read("Kent funding\n\nKent has £300,000 from its own budget for 2025-26.\n\n" + line + "\n")
    assert [o for o in rel.organisations if o.source_line == 5 and o.organisation == "Home Office"]


# --- People: a council whose name joins places with a small word before the office ("Blackburn with Darwen
# Council's executive member"); an office after another role in brackets ("(Partner Member; Cabinet Member for …)") --

def _people(text):
    return {(p.source_line, p.name): p for p in read(text).people}


@pytest.mark.parametrize("sentence", [
    "Cllr Tom Heskin, Blackburn with Darwen Council's executive member for public health, tells the panel the borough "
    "will add £35,000.",
    "Cllr Tom Heskin, Stockton on Tees Borough Council's cabinet member for adult care, backs the plan.",
])
def test_an_office_after_a_council_with_a_joined_name(sentence):
    got = _people("Panel news\n\n" + sentence + "\n")
    assert got[(3, "Tom Heskin")].role == "official"


@pytest.mark.parametrize("line", [
    "Present: Cllr Joanna Whitlingham (Partner Member; Cabinet Member for Adult Social Care, Norfolk County Council)",
    "Attending: Cllr Joanna Whitlingham (Observer; Portfolio Holder for Community Safety)",
])
def test_an_office_after_another_role_in_brackets(line):
    got = _people("Minutes\n\n" + line + "\n")
    assert got[(3, "Joanna Whitlingham")].role == "official"


@pytest.mark.parametrize("line", [
    "Present: Ann Lee (Observer; Volunteer); Malcolm Ebbage (Chief Executive)",
    "Cllr Tom Heskin, a resident of Blackburn with Darwen, asked about the group.",
])
def test_no_office_in_brackets_or_a_place_is_no_official(line):
    assert not read("Minutes\n\n" + line + "\n").people


# --- Outcomes: "In 23 of the 60, …" after one count of 60 in the sentence before takes that count as its base -----

def _outcomes(text):
    return [(o.source_line, o.value, o.base) for o in read(text).outcomes]


@pytest.mark.parametrize("pair", [
    "We reviewed 60 domestic abuse cases. In 23 of the 60, officers had not considered a referral.",
    "Inspectors read 60 case files. In 23 of the 60; no referral was made.",
])
def test_an_elided_base_takes_the_count_before(pair):
    assert (3, 23.0, 60.0) in _outcomes("Inspection\n\n" + pair + "\n")


def test_an_elided_base_of_another_number_is_left():
    got = _outcomes("Inspection\n\nWe reviewed 60 cases. In 23 of the 80, officers had not considered a referral.\n")
    assert (3, 23.0, 60.0) not in got


# --- A count of sessions set off after "sessions" with its unit left out ("sessions, usually between eight and
# twelve") is the kind's length ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value, minimum", [
    ("Women who use abusive behaviour are offered one-to-one sessions, usually between eight and twelve.", 12, 8),
    ("Men get one-to-one sessions, up to 12, with a worker.", 12, None),
    ("Men not ready for a group have one-to-one sessions, typically six to ten.", 10, 6),
])
def test_a_count_set_off_after_sessions_is_the_length(sentence, value, minimum):
    got = _components("Notts\n\n" + sentence + "\n")[(3, "one_to_one")]
    assert (got.duration_value, got.duration_unit, got.duration_min) == (value, "session", minimum)


@pytest.mark.parametrize("sentence, length", [
    ("Men get one-to-one sessions, two men at a time, in Mansfield.", (None, None, None)),
    ("Men get one-to-one sessions, between 10 and 12 weeks long.", (12, "week", 10)),
])
def test_other_words_after_sessions_give_no_count(sentence, length):
    got = _components("Notts\n\n" + sentence + "\n")[(3, "one_to_one")]
    assert (got.duration_value, got.duration_unit or None, got.duration_min) == length
