"""Structures of the twenty-fourth round's tune releases that the reader misread, fixed in the twenty-first session
(tuner A) as general mechanisms: each test states several invented wordings of one structure.

Corpus README: `part` (a piece of another stated amount; `part_of_line` the whole's line), `period_start` ("heading": a
table column or row, a heading or lead-in over it), `pfa_code` (the release's own area).  Every text here is invented.
"""

from __future__ import annotations

import pytest

from release_probe import award_errors, read


# --------------------------------------------------------------------------- a table's unit in its stub heading

@pytest.mark.parametrize("stub, label", [
    ("Spend to 30 June (£000)", "Spent so far"),
    ("£k", "Committed"),
    ("Forecast outturn £'000", "Forecast for the year"),
])
def test_a_unit_in_the_first_heading_cell_applies_to_every_money_column(stub, label):
    # a table whose only unit is in its first heading cell, over the row labels, prints its figures bare in every
    # other column: each is an amount in that unit, the payers' cells parts of the row's total
    text = ("Lancashire's commissioner funds work with perpetrators from a Home Office grant for 2025-26.\n\n"
            f"| {stub} | Home Office | Commissioner | Total |\n"
            "|---|---|---|---|\n"
            f"| {label} | 182.4 | 27.5 | 209.9 |\n")
    assert award_errors(text, {
        (5, 182400): dict(role="part", funder="Home Office", part=5),
        (5, 27500): dict(role="part", funder="PCC", part=5),
        (5, 209900): dict(role="total", funder=None),
    }) == []


def test_a_stub_unit_skips_columns_that_count_people():
    text = ("Lancashire's commissioner funds work with perpetrators from a Home Office grant for 2025-26.\n\n"
            "| (£000) | Home Office | Men referred |\n"
            "|---|---|---|\n"
            "| Quarter 1 | 95.0 | 41 |\n")
    got = [(a.source_line, a.amount.pence) for a in read(text).awards]
    assert (5, 9500000) in got
    assert all(p != 4100000 for _, p in got)


# --------------------------------------------------------------------------- the issuer named in a footer

@pytest.mark.parametrize("footer", [
    "Merseyside Commissioner's Office, 4 Dock Road, Liverpool | Privacy | Cookies",
    "© Commissioner for Merseyside 2025 | Accessibility | Contact us",
    "Merseyside Commissioner’s Office · Terms · Privacy",
])
def test_a_commissioners_office_named_only_in_the_footer_gives_the_release_its_area(footer):
    # a page that names its area nowhere but its footer, where the issuing office gives its address
    text = ("# Update on work with people who cause harm\n\n"
            "The Home Office has given £215,000 for 2025-26 to run a behaviour change course.\n\n"
            f"{footer}\n")
    release = read(text)
    assert release.pfa_code == "E23000004"
    assert [a.pfa_code for a in release.awards if a.source_line == 3] == ["E23000004"]


# --------------------------------------------------------------------------- a periodic report's year over its tables

@pytest.mark.parametrize("title", [
    "# Quarterly Performance Report: Quarter 3, 2024-25",
    "# Budget monitoring report, month 9 2024/25",
    "# Q3 2024-25 performance dashboard",
])
def test_a_periodic_reports_title_year_dates_its_tables(title):
    # a report made for part of one year, whose title names the year, with a budget table whose cells, heading row and
    # lead give no year: the rows are that year's money, parts of the TOTAL row
    text = (f"{title}\n\n"
            "## Perpetrator programmes\n\n"
            "Norfolk's work with perpetrators is paid for by the Home Office and the commissioner.\n\n"
            "| Budget line | Payer | Annual budget |\n"
            "|---|---|---|\n"
            "| Group course | Home Office | £210,000 |\n"
            "| Interpreters | Commissioner | £30,000 |\n"
            "| **Total** | | **£240,000** |\n")
    assert award_errors(text, {
        (9, 210000): dict(role="part", funder="Home Office", part=11, start="2024-25", end="2024-25"),
        (10, 30000): dict(role="part", funder="PCC", part=11, start="2024-25", end="2024-25"),
        (11, 240000): dict(role="total", start="2024-25", end="2024-25"),
    }) == []


def test_a_periodic_reports_year_leaves_prose_figures_alone():
    # a sum stated in a sentence keeps its own clause's years (none here: a restated national figure is context)
    text = ("# Quarterly Performance Report: Quarter 3, 2024-25\n\n"
            "Norfolk's work with perpetrators is paid for by the Home Office.\n\n"
            "| Budget line | Payer | Annual budget |\n"
            "|---|---|---|\n"
            "| Group course | Home Office | £210,000 |\n\n"
            "The commissioner also gave £12,000 towards a helpline in 2023-24.\n")
    assert award_errors(text, {
        (7, 210000): dict(start="2024-25", end="2024-25"),
        (9, 12000): dict(start="2023-24", end="2023-24"),
    }) == []


# --------------------------------------------------------------------------- several payers said once, jointly

@pytest.mark.parametrize("lead", [
    "The contracts are paid for jointly from a Home Office grant and from the Commissioner's own budget.",
    "The service is funded by the Home Office and the county council together.",
    "Both the Ministry of Justice and the commissioner's own budget pay for the work.",
])
def test_money_said_to_be_paid_by_several_payers_jointly_is_no_one_payers(lead):
    # a lead naming several payers of the same money together: a contract value after it, whose own clause names no
    # payer, keeps funder null (README, "Payer said once") and is not the commissioner's own funding
    text = ("Services for people who cause harm in Suffolk run for three years from 1 April 2026.\n"
            f"{lead}\n\n"
            "The contract for the group course is worth £1,182,000 over the three years.\n")
    assert award_errors(text, {
        (4, 1182000): dict(role="grant", funder=None, start="2026-27", end="2028-29"),
    }) == []


def test_one_payer_said_once_still_lends_its_name():
    text = ("Services for people who cause harm in Suffolk run for three years from 1 April 2026.\n"
            "The Home Office pays for them with a grant to the commissioner.\n\n"
            "The award is £1,182,000 over the three years.\n")
    assert award_errors(text, {(4, 1182000): dict(funder="Home Office")}) == []


# --------------------------------------------------------------------------- lots adding up to a total value

@pytest.mark.parametrize("total, lot1, lot2", [
    ("Total value of the procurement (excluding VAT): £900,000",
     "Lot No: 1. Title: Group course", "Lot No: 2. Title: Partner support"),
    ("Estimated total value: £900,000", "Lot 1: Group course", "Lot 2: Partner support"),
    ("The combined value of the contracts is £900,000.", "LOT 1 - GROUP COURSE", "LOT 2 - PARTNER SUPPORT"),
])
def test_lots_values_are_parts_of_the_stated_total(total, lot1, lot2):
    # a notice stating a total value, then each lot's value under the lot's own opening line: the lots add up to it,
    # so they are its parts and it is a total spanning their years
    text = ("Contract award notice: services for people who cause harm in Devon, three years from 1 April 2026.\n"
            f"{total}\n\n"
            f"{lot1}\n"
            "Awarded to: Exe Valley Change CIC\n"
            "Value of the contract: £660,000 over the three years\n\n"
            f"{lot2}\n"
            "Awarded to: Moorside Refuge\n"
            "Value of the contract: £240,000 over the three years\n")
    assert award_errors(text, {
        (2, 900000): dict(role="total", funder=None, start="2026-27", end="2028-29"),
        (6, 660000): dict(role="part", part=2, start="2026-27", end="2028-29"),
        (10, 240000): dict(role="part", part=2, start="2026-27", end="2028-29"),
    }) == []


def test_lots_that_do_not_add_up_to_the_figure_above_are_not_its_parts():
    text = ("Contract award notice: services for people who cause harm in Devon, three years from 1 April 2026.\n"
            "Total value of the procurement: £1,000,000\n\n"
            "Lot 1: Group course\n"
            "Value of the contract: £660,000 over the three years\n\n"
            "Lot 2: Partner support\n"
            "Value of the contract: £240,000 over the three years\n")
    got = {(a.source_line, a.amount.pence // 100): a for a in read(text).awards}
    assert got[(5, 660000)].part_of_line != 2 and got[(8, 240000)].part_of_line != 2


# --------------------------------------------------------------------------- the paying subject past a description

@pytest.mark.parametrize("sentence", [
    "Rutland County Council is separately meeting the cost of one-to-one work with people who stalk, up to 12 "
    "sessions each, at £24,000, paid as £12,000 in each of 2025-26 and 2026-27.",
    "Separately, Rutland County Council is paying for an interpreter service, booked through the hub, at £24,000, "
    "paid as £12,000 in each of 2025-26 and 2026-27.",
    "5.2 Rutland County Council also covers a phone line, which a local charity answers, at £24,000, split as £12,000 "
    "in each of 2025-26 and 2026-27.",
])
def test_the_payer_a_sentence_opens_with_pays_the_figure_past_the_clauses_describing_the_work(sentence):
    # a council opening the sentence as the one paying, the work described in clauses between it and the figure: the
    # council's money, named for the figure (not lent, so not dropped as a separate sum's lent payer), and its yearly
    # pieces the council's too
    text = ("Leicestershire panel minutes.\n\n"
            "The Home Office award came to £640,000 across 2026-27 and 2027-28.\n\n"
            f"{sentence}\n")
    assert award_errors(text, {
        (5, 24000): dict(funder="local authority", start="2025-26", end="2026-27"),
        (5, 12000, "2025-26"): dict(role="part", part=5, funder="local authority"),
    }) == []
    assert any(o.source_line == 5 and o.organisation == "Rutland County Council" and o.role == "funder"
               for o in read(text).organisations)


# --------------------------------------------------------------------------- a budget says nothing of its payer

@pytest.mark.parametrize("sentence", [
    "Perpetrator work had a budget of £350,000 for 2025-26, of which £290,100 had been spent by 31 December.",
    "The programme has an annual budget of £350,000 for 2025-26, of which £290,100 had been spent by 31 December.",
    "Work with perpetrators, with a total budget of £350,000 for 2025-26, had spent £290,100 by 31 December.",
])
def test_a_budget_for_the_work_is_not_lent_the_grants_payer(sentence):
    # what a line of work has to spend names no payer: the Home Office grant said before (for other years) does not
    # lend it its payer (README, "Payer said once": a cost the text does not tie to money whose payer it has named)
    text = ("Leicestershire panel minutes.\n\n"
            "The Home Office award came to £640,000 across 2026-27 and 2027-28.\n\n"
            f"{sentence}\n")
    assert award_errors(text, {
        (5, 350000): dict(funder=None, start="2025-26", end="2025-26"),
    }) == []


# --------------------------------------------------------------------------- components: names, lines, title fields

def _components(text):
    return {(c.source_line, c.component): c for c in read(text).components}


@pytest.mark.parametrize("sentence, name, value, unit", [
    ("The grant buys Clearbrook, a course of 22 weekly group sessions for men, run by a local charity.",
     "Clearbrook", 22, "session"),
    ("Most of the money pays for Harbour, our programme of 24 weekly sessions for men.", "Harbour", 24, "session"),
    ("We fund Compass, a course of 20 group sessions for men who want to change.", "Compass", 20, "session"),
])
def test_a_one_word_name_with_a_course_of_sessions_in_apposition_is_a_named_programme(sentence, name, value, unit):
    # "X, a course of N weekly group sessions": the brand's description is the course by its sessions, so the word
    # before it names the programme, here and where it is printed again
    text = ("Kent's commissioner has a Home Office grant of £300,000 for 2025-26.\n\n"
            f"{sentence}\n\n"
            f"A worker rings the partner of every man on {name}.\n")
    got = _components(text)
    assert got[(3, "named_programme")].programme_name == name
    assert (got[(3, "named_programme")].duration_value, got[(3, "named_programme")].duration_unit) == (value, unit)
    assert got[(5, "named_programme")].programme_name == name


@pytest.mark.parametrize("sentence", [
    "If you are worried about your own behaviour, you can call the Respect Phoneline.",
    "Anyone worried about how they treat their partner can ring our phoneline.",
])
def test_a_phoneline_is_a_helpline(sentence):
    text = "Kent's commissioner has a Home Office grant of £300,000 for 2025-26.\n\n" + sentence + "\n"
    got = _components(text)
    assert (3, "helpline") in got and got[(3, "helpline")].cohorts == ()


@pytest.mark.parametrize("line", [
    "Lot No: 1. Title: Community behaviour change programme",
    "Lot 2: Title: High-harm case management",
    "II.1.1) Title: Group programme for people who cause harm",
])
def test_a_notices_title_field_names_what_is_let_and_describes_nothing(line):
    text = ("Contract award notice, Kent, published March 2026.\n\n"
            f"{line}\n"
            "Awarded to: Medway Change CIC\n"
            "Description: A 26-week group programme for men.\n")
    got = _components(text)
    assert not [k for k in got if k[0] == 3]
    assert got[(5, "group_programme")].duration_value == 26


# --------------------------------------------------------------------------- organisations: addresses, payer columns

@pytest.mark.parametrize("line", [
    "Name and address: Office of the Police and Crime Commissioner for Kent, Sessions House, County Road, Maidstone ME14",
    "Contracting authority: Office of the Police and Crime Commissioner for Kent, 1 High Street, Maidstone",
])
def test_a_commissioners_office_ends_at_its_area_before_its_address(line):
    text = ("Notice: Contract award notice\n\n"
            f"{line}\n\n"
            "The Home Office has given Kent £300,000 for 2025-26 for a behaviour change course.\n")
    names = {(o.source_line, o.organisation) for o in read(text).organisations}
    assert (3, "Office of the Police and Crime Commissioner for Kent") in names
    assert not [n for l, n in names if l == 3 and "," in n]


@pytest.mark.parametrize("heading", ["Payer", "Paid by", "Funder"])
def test_the_home_office_in_a_tables_payer_column_is_that_rows_funder(heading):
    text = ("Kent's commissioner reports on the perpetrator budget for 2025-26.\n\n"
            f"| Budget line | {heading} | Amount |\n"
            "|---|---|---|\n"
            "| Group course | Home Office | £210,000 |\n"
            "| Interpreters | Commissioner | £30,000 |\n")
    orgs = {(o.source_line, o.organisation, o.role) for o in read(text).organisations}
    assert (5, "Home Office", "funder") in orgs


# --------------------------------------------------------------------------- a one-word programme's group

@pytest.mark.parametrize("later", [
    "The commissioner added £40,000 of his own money so that a second Tideway group could open in Boston.",
    "Another Tideway course will start in Grantham in May, paid for from the same grant.",
    "Two Tideway groups now run each week in Lincoln.",
])
def test_a_one_word_programmes_group_or_course_names_the_programme_again(later):
    # a one-word brand is the programme again where one of its groups or courses is spoken of, as where people are said
    # to be on it; not where the word is used of its money or staff
    text = ("The Home Office has given Lincolnshire £600,000 for 2025-26.\n\n"
            "Most of it pays for Tideway, a 24-week group programme for men.\n\n"
            f"{later}\n")
    got = _components(text)
    assert got[(3, "named_programme")].programme_name == "Tideway"
    assert got[(5, "named_programme")].programme_name == "Tideway"


def test_a_one_word_programmes_name_before_its_groups_budget_is_not_the_programme():
    text = ("The Home Office has given Lincolnshire £600,000 for 2025-26.\n\n"
            "Most of it pays for Tideway, a 24-week group programme for men.\n\n"
            "The Tideway group facilitators were trained in March.\n")
    assert (5, "named_programme") not in _components(text)


# --------------------------------------------------------------------------- an attached service's own people

@pytest.mark.parametrize("sentence", [
    "It offers 26 weekly group sessions for men, with up to six one-to-one sessions afterwards.",
    "A 30-week group programme that men and women can join, with one-to-one sessions before each person joins.",
    "The course is 24 weekly group sessions for men, with a one-to-one assessment session at the start.",
])
def test_a_service_attached_with_with_names_no_people_unless_it_refers_back_to_them(sentence):
    # "…for men, with one-to-one sessions afterwards": the attached service's own words name no one, so it takes no
    # cohort from the course before it
    text = "Kent's commissioner has a Home Office grant of £300,000 for 2025-26.\n\n" + sentence + "\n"
    got = _components(text)
    assert got[(3, "group_programme")].cohorts
    assert got[(3, "one_to_one")].cohorts == ()


@pytest.mark.parametrize("sentence", [
    "It offers 26 weekly group sessions for men, with one-to-one work for those not ready for a group.",
    "It offers 26 weekly group sessions for men, with one-to-one sessions for them before the group starts.",
])
def test_an_attached_service_referring_back_keeps_the_same_people(sentence):
    text = "Kent's commissioner has a Home Office grant of £300,000 for 2025-26.\n\n" + sentence + "\n"
    assert "men" in _components(text)[(3, "one_to_one")].cohorts
