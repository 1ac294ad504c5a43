"""Structures of the twenty-fourth round's tune releases that the reader misread, fixed in the twenty-first session
(tuner C) as general mechanisms: each test states several invented wordings of one structure.

Corpus README: "Payer said once" (a cost or contract value the text does not tie to a payer keeps funder null),
"Funder" and "Partners' money" (a table's payer column), `part`, "This year", "Named programmes", organisations'
roles and outcomes.  Every text here is invented.
"""

from __future__ import annotations

import pytest

from release_probe import award_errors, read


# --------------------------------------------------------------------------- a numbered paragraph with a hanging indent

@pytest.mark.parametrize("paragraph, pounds", [
    ("3.2 The group course contract, awarded to Kestrel Change CIC after an open tender, is worth\n"
     "    £96,000. Kestrel Change runs a 24-week course for men in Bootle.", 96000),
    ("3.2 The contract for case management, which Brightwater Services won in a tender last winter, is valued at\n"
     "    £74,500. Brightwater employs two case managers.", 74500),
    ("3.2 The independent evaluation, which the board asked Mersey University to carry out, will cost\n"
     "    £21,400. A first report is due in the spring.", 21400),
])
def test_a_contract_value_wrapped_under_a_hanging_indent_keeps_no_payer_or_years(paragraph, pounds):
    # a board report's numbered paragraphs wrap with their text indented past the number; the figure on the
    # continuation line is the same sentence as the contract before it (README, "Payer said once": "The contract is
    # worth £736,000" keeps funder null), not a sentence of its own lent the grant's payer and year
    text = ("SEFTON COMMUNITY SAFETY PARTNERSHIP\n\n"
            "3. Funding\n"
            "3.1 The Home Office has given the partnership £250,000 for 2026-27 for work with people who cause\n"
            "    domestic abuse in Sefton, and the board is asked to note how it is spent.\n"
            f"{paragraph}\n")
    line = 7
    assert award_errors(text, {
        (4, 250000): dict(role="grant", funder="Home Office", start="2026-27", end="2026-27"),
        (line, pounds): dict(role="grant", funder=None, start=None, end=None),
    }) == []


def test_an_indented_line_under_a_numbered_paragraph_that_is_a_new_paragraph_is_not_joined():
    # a line indented past the number but starting a numbered paragraph of its own is not the one above going on
    text = ("SEFTON COMMUNITY SAFETY PARTNERSHIP\n\n"
            "4.1 The Home Office has given the partnership £250,000 for 2026-27 for the perpetrator programme in\n"
            "    Sefton, which the board noted in March.\n"
            "4.2 The council has added £30,000 of its own to the grant.\n")
    assert award_errors(text, {
        (3, 250000): dict(role="grant", funder="Home Office", start="2026-27"),
        (5, 30000): dict(role="match_funding", funder="local authority", start=None),
    }) == []


# --------------------------------------------------------------------------- a payer column beside a stream column

@pytest.mark.parametrize("heads, first_label", [
    (("Funding stream", "Payer", "2026-27"), "Perpetrator grant (passed on by the PCC)"),
    (("Source of funding", "Paid by", "2026-27"), "Grant received via the commissioner's office"),
    (("Funding", "Funder", "2026-27"), "Perpetrator fund (paid through the OPCC)"),
])
def test_a_payer_column_names_the_payer_before_the_streams_description(heads, first_label):
    # "| Funding stream | Payer |": the column headed by who pays gives each row its funder (a council, the bodies
    # it calls partners), not the description of the stream, whatever body that mentions (README: a table row's
    # funder; "Partners' money")
    rows = [(first_label, "Home Office", "£150,000"),
            ("Commissioner's contribution", "PCC", "£20,000"),
            ("Public health (family work)", "County council", "£35,000"),
            ("Partners (housing, probation)", "Partners", "£8,250")]
    width = (50, 20, 12)

    def row(cells):
        return "    " + "".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, width)))
    text = ("Wirral Community Safety Partnership: perpetrator funding 2026-27\n\n"
            + row(heads) + "\n"
            + "\n".join(row(r) for r in rows) + "\n"
            + row(("TOTAL", "", "£213,250")) + "\n")
    assert award_errors(text, {
        (4, 150000): dict(role="part", funder="Home Office", part=8, start="2026-27"),
        (5, 20000): dict(role="part", funder="PCC", part=8),
        (6, 35000): dict(role="part", funder="local authority", part=8),
        (7, 8250): dict(role="part", funder="partners", part=8),
        (8, 213250): dict(role="total", funder=None),
    }) == []


# --------------------------------------------------------------------------- "this year's money" past last year's grant

@pytest.mark.parametrize("last_year, piece", [
    ("It is more than the county had last year, when the same fund gave it £281,000.",
     "Of this year's money, £60,000 is set aside for a stalking clinic in Norwich."),
    ("That is up from £281,000 last year.",
     "£60,000 of this year's grant goes to Wensum Women's Aid for partner support."),
    ("Last year the Home Office gave the county £281,000.",
     "Out of this year's allocation, £60,000 will pay for a case manager."),
])
def test_a_piece_of_this_years_money_is_not_a_piece_of_last_years_grant(last_year, piece):
    # the piece is of the year the text is about (its lead's grant), not of last year's figure recalled between
    # them; last year's figure keeps no period ("This year": never dated from the publication or the lead's year)
    text = ("Norfolk abuser course gets more money\n\n"
            "Norfolk's police and crime commissioner has been given £310,000 by the Home Office for 2026-27.\n"
            f"{last_year}\n"
            f"{piece}\n")
    assert award_errors(text, {
        (3, 310000): dict(role="grant", funder="Home Office", start="2026-27", end="2026-27"),
        (4, 281000): dict(role="grant", funder="Home Office", start=None, end=None),
        (5, 60000): dict(role="part", part=3, funder="Home Office", start="2026-27", end="2026-27"),
    }) == []


# --------------------------------------------------------------------------- money put to next year's use

@pytest.mark.parametrize("sentence", [
    "£12,600 has been set aside for next year's training of frontline staff.",
    "A sum of £12,600 is being held for the next financial year to train GPs.",
    "The board has kept £12,600 to spend in the coming year on refresher training.",
])
def test_a_sum_put_to_next_years_use_takes_no_payer_from_this_years_grant(sentence):
    # a sum its own clause puts to next year's use is not the grant of the year the report is about: the text
    # does not tie it to that grant's payer (README, "Payer said once"), nor give it a year
    text = ("Domestic abuse strategy: annual update 2025-26\n\n"
            "In 2025-26 the Home Office paid the Devon commissioner £402,000 for perpetrator interventions.\n"
            "Of the 140 men referred, 96 started and 60 completed.\n"
            f"{sentence}\n")
    assert award_errors(text, {
        (3, 402000): dict(role="grant", funder="Home Office", start="2025-26"),
        (5, 12600): dict(funder=None, start=None, end=None),
    }) == []


def test_next_years_figure_in_another_clause_leaves_this_years_payer():
    # "next year's figure" after a semicolon belongs to the next clause, not to the sum before it
    text = ("Shares of the perpetrator fund\n\n"
            "The Home Office has published the first areas' shares of its perpetrator fund for 2025-26.\n"
            "Durham's commissioner has £151,000 for this year, 2025-26; her office says next year's figure will follow.\n")
    assert award_errors(text, {(4, 151000): dict(funder="Home Office", start="2025-26")}) == []


# --------------------------------------------------------------------------- numbered section headings are no counts

@pytest.mark.parametrize("headings", [
    ("2 Refuges", "3 Work with perpetrators", "4 Children and young people"),
    ("5 Housing", "6 Perpetrator programmes", "7 Families"),
    ("## 1 Summary", "## 2 Men who harm", "## 3 Partners"),
])
def test_a_numbered_section_heading_is_no_count(headings):
    # "3 Work with perpetrators" between "2 Refuges" and "4 Children …": the numbers order the sections
    first, second, third = headings
    text = ("Essex Domestic Abuse Board: annual update\n\n"
            f"{first}\nThe refuges were full most of the year.\n\n"
            f"{second}\nThe Home Office paid the Essex commissioner £320,000 in 2025-26. Of the 120 men referred, 70 "
            "started and 44 completed.\n\n"
            f"{third}\nThe youth pilot will continue.\n")
    from release_probe import read
    got = {(o.source_line, o.value) for o in read(text).outcomes}
    assert got == {(7, 70.0), (7, 44.0)}


# --------------------------------------------------------------------------- a paid body that runs the work

def _org_roles(text: str, name: str, line: int) -> set[str]:
    return {o.role for o in read(text).organisations if o.source_line == line and o.organisation == name}


@pytest.mark.parametrize("sentence", [
    "Of the grant, £210,000 goes to Tamar Change, which runs a 24-week group course for men in Plymouth.",
    "£210,000 of it is paid to Tamar Change, which has run the county's group programme since 2021.",
    "The larger share, £210,000, goes to Tamar Change, which has delivered the Steady Ground course since it began.",
])
def test_a_body_paid_a_sum_that_runs_the_course_is_recipient_and_delivery_partner(sentence):
    # "£X to X, which runs the course": the body receives the sum and runs the work, both roles on its line
    text = ("Devon abuser course funded again\n\n"
            "Devon and Cornwall's commissioner has been given £300,000 by the Home Office for 2025-26.\n"
            f"{sentence}\n")
    assert _org_roles(text, "Tamar Change", 4) == {"recipient", "delivery_partner"}


def test_a_body_paid_a_sum_that_only_works_with_people_is_the_recipient():
    # nothing changes: "…, which will work one-to-one with …" says whom it works with, not that it runs the service
    text = ("Devon stalking money\n\n"
            "Devon and Cornwall's commissioner has been given £300,000 by the Home Office for 2025-26.\n"
            "Of that, £120,000 goes to Tamar Change, which will work one-to-one with people who stalk.\n")
    assert _org_roles(text, "Tamar Change", 4) == {"recipient"}


# --------------------------------------------------------------------------- components

def _components(text: str) -> dict[tuple[int, str], object]:
    return {(c.source_line, c.component): c for c in read("Perpetrator work update\n\n" + text).components}


@pytest.mark.parametrize("sentence, length", [
    ("I am adding £40,000 so that men in Allerdale can do one-to-one work with a practitioner before joining a group.", None),
    ("Men in Copeland can have six one-to-one sessions before they start the group course.", 6),
    ("Each man does one-to-one work with a key worker before going on to the group programme.", None),
])
def test_one_to_one_work_before_joining_a_group_is_for_those_men(sentence, length):
    # the group they join afterwards is not work the line describes (nor are they men unsuitable for it)
    got = _components(sentence)
    assert got[(3, "one_to_one")].cohorts == ("men",)
    assert got[(3, "one_to_one")].duration_value == length
    assert (3, "group_programme") not in got


@pytest.mark.parametrize("sentence, name, cohorts", [
    ("The rest will go on a 20-week group programme for men in Dover, Deal and Folkestone, called Waymark.",
     "Waymark", ("men",)),
    ("The grant pays for a course for fathers in Hull and Beverley, known as Steady Dads.", "Steady Dads", ("fathers",)),
    ("Most of it funds a 24-week group course for men across the county, named Clear Water.", "Clear Water", ("men",)),
])
def test_a_name_given_after_the_description_and_a_comma_is_the_programmes(sentence, name, cohorts):
    got = _components(sentence)
    assert got[(3, "named_programme")].programme_name == name
    assert got[(3, "named_programme")].cohorts == cohorts


@pytest.mark.parametrize("sentence", [
    "The council pays for a worker who contacts the women whose partners are on Waymark.",
    "An advocate supports women whose ex-partners are attending Waymark.",
    "A support worker keeps in touch with those whose partners are on Waymark.",
])
def test_support_for_those_whose_partners_are_on_the_programme_is_partner_support(sentence):
    # README, "Programmes named in partner support": the programme named by its brand is a named_programme fact
    # there, with no cohort (the women are not its people)
    text = "Waymark is our 22-week group course for men.\n" + sentence + "\n"
    got = _components(text)
    assert (4, "partner_support") in got
    assert got[(4, "named_programme")].programme_name == "Waymark"
    assert got[(4, "named_programme")].cohorts == ()


@pytest.mark.parametrize("sentence, name, kind", [
    ("A separate £21,000 is paying for Safe Harbour, a child-to-parent service in Barrow for young people aged 11 to 16.",
     "Safe Harbour", "child_adolescent_to_parent"),
    ("The money pays for Safer Steps, a stalking service across Surrey and Sussex.", "Safer Steps", "stalking_intervention"),
    ("The council funds Open Door, a helpline service covering the whole county.", "Open Door", "helpline"),
])
def test_a_name_in_apposition_with_a_service_described_by_its_place_is_the_programmes(sentence, name, kind):
    got = _components(sentence)
    assert (3, kind) in got
    assert got[(3, "named_programme")].programme_name == name


@pytest.mark.parametrize("second", [
    "The commissioner added £45,000 so that a second Harbourline group could open in Lowestoft.",
    "A third Harbourline group starts in Bungay in May.",
    "The Harbourline course will also run in Beccles from September.",
])
def test_a_one_word_name_before_group_or_course_is_the_programme_again(second):
    # a one-word brand is an ordinary word too; before "group" or "course" it names the programme's group or course
    got = _components("Harbourline is our 26-week group course for men.\n" + second + "\n")
    assert got[(4, "named_programme")].programme_name == "Harbourline"
