"""Tuner B, nineteenth session: invented texts for the rules this branch adds to the release reader.

Each text is read as the corpus README's conventions give it (tests/corpus/releases/README.md).

* A piece comparing two areas, a paragraph about each (a short sentence or clause naming the area, then figures whose
  own sentences name none): each figure is the area its paragraph named, not the area the text names most.
"""

from __future__ import annotations

import pytest

from release_probe import award_errors, awards_by_key, read

TWO_AREAS = [
    # (text, {(line, pounds): wanted fields}, {(line, pounds): wanted pfa code})
    ("Two counties, two very different budgets for courses for abusive men.\n"
     "\n"
     "Kent first. The commissioner's office holds £600,000 from the Home Office for 2025-26.\n"
     "Of the Home Office money, £250,000 pays for a group course for men.\n"
     "The remaining £350,000 pays for one-to-one work.\n"
     "\n"
     "Essex is the larger force but has less. Essex's allocation is £410,000, and the Essex commissioner says "
     "men in Essex wait months. Essex Council adds £20,000.\n",
     {(4, 250000): dict(role="part", part=3), (5, 350000): dict(role="part", part=3, start="2025-26")},
     {(3, 600000): "E23000032", (4, 250000): "E23000032", (5, 350000): "E23000032", (7, 410000): "E23000028",
      (7, 20000): "E23000028"}),
    ("What the neighbours spend: Norfolk and Suffolk.\n"
     "\n"
     "Start with Suffolk, where the money is tighter. The office there was given £180,000 by the Home Office for "
     "the year.\n"
     "\n"
     "In Norfolk the picture is different: Norfolk's commissioner, who covers all of Norfolk, says Norfolk "
     "holds £320,000.\n"
     "Norfolk's council adds a little, and the commissioner has found £40,000 of her own for 2025-26.\n",
     {},
     {(3, 180000): "E23000025", (5, 320000): "E23000024", (6, 40000): "E23000024"}),
]


@pytest.mark.parametrize("text,want,codes", TWO_AREAS)
def test_two_areas_compared_each_paragraph_its_area(text, want, codes):
    assert award_errors(text, want) == []
    got = awards_by_key(text)
    assert {key: got[key].pfa_code for key in codes} == codes


FURNITURE = [
    # (text, the furniture line, a figure or body that line must not give)
    ("Kent's commissioner has been given £300,000 by the Home Office for 2025-26.\n"
     "\n"
     "More from Medway Sound FM: Rochester bridge repairs to cost £1.6m | Gillingham fans face higher prices\n",
     3, 1600000),
    ("Kent's commissioner has been given £300,000 by the Home Office for 2025-26.\n"
     "\n"
     "More from the Downs & Weald Courier: Charity wins £4.5m for new refuge | Council tax rises\n",
     3, 4500000),
]


@pytest.mark.parametrize("text,line,pounds", FURNITURE)
def test_more_from_a_named_publisher_is_a_links_menu(text, line, pounds):
    rel = read(text)
    assert (line, pounds) not in {(a.source_line, a.amount.pence // 100) for a in rel.awards}
    assert (1, 300000) in {(a.source_line, a.amount.pence // 100) for a in rel.awards}


FOOTERS = [
    "Medway Sound FM is part of Kentish Media Group. Terms | Privacy | Complaints",
    "Harbour News is a Coastline Publishing Ltd title. Terms of use | Privacy notice | Accessibility | Contact us",
]


@pytest.mark.parametrize("footer", FOOTERS)
def test_a_footer_sentence_before_a_row_of_site_links_is_furniture(footer):
    rel = read("Kent's commissioner has been given £300,000 by the Home Office for 2025-26.\n\n" + footer + "\n")
    assert [o for o in rel.organisations if o.source_line == 3] == []
    assert 3 in {n for n, _reason in rel.set_aside}


APPOSED_NAMES = [
    # (text, line, programme name, its cohorts)
    ("Cumbria has £300,000 from the Home Office for 2025-26.\n"
     "It goes to Harbour Light, the commissioner's programme for men who abuse their partners.\n",
     2, "Harbour Light", ("men",)),
    ("Cumbria has £300,000 from the Home Office for 2025-26.\n"
     "Most of it funds North Star, the council's course for fathers who have been abusive at home.\n",
     2, "North Star", ("fathers",)),
    ("Cumbria has £300,000 from the Home Office for 2025-26.\n"
     "£120,000 pays for Tideway Reach, a team that works with men assessed as high-risk for up to a year, each with "
     "a case manager.\n",
     2, "Tideway Reach", ("high_harm", "men")),
    ("Cumbria has £300,000 from the Home Office for 2025-26.\n"
     "The rest keeps Fell Gate, a team which works with women who use abuse, going for another year.\n",
     2, "Fell Gate", ("women",)),
]


@pytest.mark.parametrize("text,line,name,cohorts", APPOSED_NAMES)
def test_a_name_with_its_description_in_apposition(text, line, name, cohorts):
    named = [c for c in read(text).components if c.component == "named_programme" and c.source_line == line]
    assert [(c.programme_name, c.cohorts) for c in named] == [(name, cohorts)]


BRAND_COURSES = [
    # (text, line, the behaviour change fact's cohorts, or None when the line gives none)
    ("Lancashire has £300,000 from the Home Office for 2025-26.\n"
     "The money keeps the Ribble Turn programme running in Preston and Blackburn.\n", 2, ()),
    ("Lancashire has £300,000 from the Home Office for 2025-26.\n"
     "It pays for the force's Pendle Way course in Burnley, Nelson and Colne.\n", 2, ()),
    ("Lancashire has £300,000 from the Home Office for 2025-26.\n"
     "Its Bowland Men programme opened in Lancaster in 2023 and is run by a local charity.\n", 2, ()),
]


@pytest.mark.parametrize("text,line,cohorts", BRAND_COURSES)
def test_a_brand_course_of_no_stated_kind_is_a_behaviour_change_programme(text, line, cohorts):
    got = {c.component: c for c in read(text).components if c.source_line == line}
    assert "named_programme" in got
    assert got["behaviour_change_programme"].cohorts == cohorts


def test_a_brand_course_whose_line_names_its_kind_keeps_that_kind_alone():
    text = ("Lancashire has £300,000 from the Home Office for 2025-26.\n"
            "The Ribble Turn programme is a 24-week group course for men in Preston.\n")
    got = {c.component for c in read(text).components if c.source_line == 2}
    assert "group_programme" in got and "behaviour_change_programme" not in got


def test_a_broadcast_programme_someone_told_is_no_course():
    text = ("Lancashire has £300,000 from the Home Office for 2025-26.\n"
            "The commissioner told our Drivetime programme she was proud of the work.\n")
    assert "behaviour_change_programme" not in {c.component for c in read(text).components if c.source_line == 2}


CORRECTED_MONEY = [
    # (text, {(line, pounds): wanted fields})
    ("Kent's commissioner has been given £300,000 by the Home Office for 2025-26.\n"
     "Kent County Council is adding £40,000 to the grant.\n"
     "\n"
     "Correction: An earlier version of this story said the county council was giving £44,000. The council says the "
     "figure is £40,000.\n",
     {(4, 44000): dict(role="match_funding", funder="local authority"),
      (4, 40000): dict(role="match_funding", funder="local authority")}),
    ("Kent's commissioner has been given £300,000 by the Home Office for 2025-26.\n"
     "Separately, the commissioner is spending £25,000 of her own budget on a helpline.\n"
     "\n"
     "Update, 3 June: we first reported the commissioner's own money for the helpline as £52,000; the commissioner's "
     "office says it is £25,000.\n",
     {(4, 52000): dict(role="own_funding", funder="PCC"), (4, 25000): dict(role="own_funding", funder="PCC")}),
    ("Kent's commissioner has been given £300,000 by the Home Office for 2025-26.\n"
     "Canterbury City Council is topping up the grant with £15,000.\n"
     "\n"
     "Clarification: this article originally said Canterbury City Council would pay £15,500. The council has told us "
     "it will pay £15,000.\n",
     {(4, 15500): dict(role="match_funding", funder="local authority"),
      (4, 15000): dict(role="match_funding", funder="local authority")}),
]


@pytest.mark.parametrize("text,want", CORRECTED_MONEY)
def test_a_correction_of_added_money_keeps_its_kind(text, want):
    assert award_errors(text, want) == []


EACH_OF_THOSE_YEARS = [
    # (text, the yearly sum's (line, pounds), the years it is one fact for)
    ("Kent has £400,000 from the Home Office for 2025-26 and 2026-27. The commissioner adds £30,000 in each of those "
     "two years from his own budget.\n", (1, 30000), ["2025-26", "2026-27"]),
    ("Kent has £600,000 from the Home Office over the three years from April 2025.\n"
     "Kent County Council is adding £10,000 to the grant in each of these three years from its own budget.\n",
     (2, 10000), ["2025-26", "2026-27", "2027-28"]),
]


@pytest.mark.parametrize("text,key,years", EACH_OF_THOSE_YEARS)
def test_a_yearly_sum_from_its_payers_budget_in_each_of_those_years(text, key, years):
    got = [a for a in read(text).awards if (a.source_line, a.amount.pence // 100) == key]
    assert sorted((a.period_start, a.period_end) for a in got) == [(y, y) for y in years]


PEOPLE_NOT_BODIES = [
    ("Kent's commissioner, Harriet Oduya, funds our stalking work from her own budget: £58,500 for 2025-26.\n",
     "Harriet Oduya"),
    ("Essex's commissioner, Tomas Brennan, pays for the helpline from his own budget: £21,000 for 2025-26.\n",
     "Tomas Brennan"),
]


@pytest.mark.parametrize("text,name", PEOPLE_NOT_BODIES)
def test_a_person_named_with_an_office_is_no_organisation(text, name):
    rel = read(text)
    assert name in {p.name for p in rel.people}
    assert name not in {o.organisation for o in rel.organisations}


NOTES_CORRECTING_A_FIGURE = [
    # (text, the right figure's (line, pounds), its payer)
    ("Recommendation: that the Commissioner accepts the Home Office grant of £248,000 for 2025-26.\n"
     "\n"
     "Note: the grant agreement says £284,000; the £248,000 above was a typing error.\n",
     (3, 284000), "Home Office"),
    ("The council will receive £52,000 from the Ministry of Justice for 2025-26.\n"
     "\n"
     "The £52,000 in the agenda papers was wrong: the offer letter gives £25,000.\n",
     (3, 25000), "Ministry of Justice"),
]


@pytest.mark.parametrize("text,key,funder", NOTES_CORRECTING_A_FIGURE)
def test_the_right_figure_of_a_note_takes_the_payer_of_the_one_it_replaces(text, key, funder):
    assert awards_by_key(text)[key].funder == funder


GROUPS_IN_A_PLACE = [
    "Yorkshire has £300,000 from the Home Office for 2025-26.\nScarborough Council pays £30,000 a year for a group in Whitby.\n",
    "Yorkshire has £300,000 from the Home Office for 2025-26.\nThe district council's £20,000 goes towards a new group at Selby.\n",
    "Yorkshire has £300,000 from the Home Office for 2025-26.\nA trust is paying for another group in Ripon this winter.\n",
]


@pytest.mark.parametrize("text", GROUPS_IN_A_PLACE)
def test_money_for_a_group_in_a_town_is_a_group(text):
    assert "group_programme" in {c.component for c in read(text).components if c.source_line == 2}


PASSED_TO_A_DESCRIBED_BODY = [
    ("Wiltshire's award is £287,000, all of it passed to the charity Avon Reach.\n", "Avon Reach"),
    ("Dorset's share is £200,000, which is passed on to the provider Chalk Stream Change.\n", "Chalk Stream Change"),
]


@pytest.mark.parametrize("text,body", PASSED_TO_A_DESCRIBED_BODY)
def test_money_passed_to_a_body_described_before_its_name(text, body):
    assert (1, body, "recipient") in {(o.source_line, o.organisation, o.role) for o in read(text).organisations}


SAME_POT = [
    ("Kent's commissioner confirmed a Home Office award of £428,600 for 2027-28.\n"
     "Kent County Council is putting £60,000 alongside the award over the same year.\n"
     "For comparison, in 2026-27 the county had £391,000 from the same fund.\n", (3, 391000), "Home Office"),
    ("Essex has £310,000 from the Ministry of Justice for 2025-26.\n"
     "Essex County Council adds £25,000 to it.\n"
     "Last year the county was given £290,000 out of the same grant.\n", (3, 290000), "Ministry of Justice"),
]


@pytest.mark.parametrize("text,key,funder", SAME_POT)
def test_money_from_the_same_fund_is_the_awards_payers(text, key, funder):
    assert awards_by_key(text)[key].funder == funder


FURTHER_SUMS = [
    ("Suffolk has £280,000 from the Home Office for 2025-26.\n"
     "A further £9,000 will pay for childcare so that fathers can attend.\n", (2, 9000)),
    ("Norfolk was given £410,000 by the Home Office for 2025-26 to run its course.\n"
     "A further £14,000 has been found for a translator.\n", (2, 14000)),
]


@pytest.mark.parametrize("text,key", FURTHER_SUMS)
def test_a_further_sum_after_a_grant_takes_neither_its_payer_nor_its_year(text, key):
    a = awards_by_key(text)[key]
    assert (a.funding_role, a.funder or None, a.period_start or None, a.period_end or None) == ("grant", None, None, None)


YEAR_OF_THE_GRANT_BEFORE = [
    ("Surrey's £350,000 Home Office grant for 2025-26 comes with £45,000 of match funding from the commissioner's own "
     "budget.\n", (1, 45000), dict(role="match_funding", funder="PCC", start=None, end=None)),
    ("Dorset's £220,000 Ministry of Justice award for 2025-26 is topped up with £18,000 from Dorset Council.\n",
     (1, 18000), dict(role="match_funding", funder="local authority", start=None, end=None)),
]


@pytest.mark.parametrize("text,key,want", YEAR_OF_THE_GRANT_BEFORE)
def test_the_year_of_the_grant_named_before_is_not_the_added_moneys(text, key, want):
    assert award_errors(text, {key: want}) == []
    assert award_errors(text, {(key[0], int(text.split("£")[1].split()[0].replace(",", ""))):
                               dict(role="grant", start="2025-26", end="2025-26")}) == []
