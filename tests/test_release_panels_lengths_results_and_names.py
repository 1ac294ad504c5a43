"""The release reader on invented paraphrases of mechanisms seen in its first-sight misses on the fourteenth round's
tune releases (components, outcomes, organisations and people).  Each sentence is new; each is asserted both ways."""

from __future__ import annotations

import pytest

from release_probe import read as _read


def _components(text: str, name: str = "invented.txt") -> dict[tuple[int, str], object]:
    return {(c.source_line, c.component): c for c in _read(text, name).components}


def _outcomes(text: str) -> dict[tuple[int, float], object]:
    return {(o.source_line, o.value): o for o in _read(text).outcomes}


def _organisations(text: str, name: str = "invented.txt") -> set[tuple[int, str, str]]:
    return {(o.source_line, o.organisation, o.role) for o in _read(text, name).organisations}


def _people(text: str, name: str = "invented.txt") -> dict[tuple[int, str], object]:
    return {(p.source_line, p.name): p for p in _read(text, name).people}


# ---- a collapsed panel that the reader opens (an accordion's or a tab's, marked `hidden`) is content, not furniture;
# a `hidden` element that nothing opens stays unread ----

_PAGE = ("<html><head><title>Change service</title></head><body><main>\n"
         "<h1>Change service</h1>\n"
         "{panel}\n"
         "</main></body></html>")


@pytest.mark.parametrize("panel", [
    # an accordion heading's button just before the panel
    '<h2><button type="button" aria-expanded="false">What is offered?</button></h2>\n<div class="panel" hidden>\n'
    '<p>A 22-week group course for men, held in Redcar.</p>\n</div>',
    # a control elsewhere naming the panel
    '<button aria-controls="offer">Show the offer</button>\n<section id="offer" hidden>\n'
    '<p>A 22-week group course for men, held in Redcar.</p>\n</section>',
    # a tab panel by role, and one that the browser's find-in-page opens
    '<div role="tabpanel" hidden>\n<p>A 22-week group course for men, held in Redcar.</p>\n</div>',
    '<div hidden="until-found">\n<p>A 22-week group course for men, held in Redcar.</p>\n</div>',
])
def test_collapsed_panel_is_read(panel):
    c = _components(_PAGE.format(panel=panel), "page.html")
    group = [v for (line, kind), v in c.items() if kind == "group_programme"]
    assert len(group) == 1 and group[0].duration_value == 22 and "men" in group[0].cohorts


def test_hidden_element_nothing_opens_stays_unread():
    c = _components(_PAGE.format(panel='<p>Intro.</p>\n<div hidden>\n<p>A 22-week group course for men, held in Redcar.'
                                       '</p>\n</div>'), "page.html")
    assert not [k for k in c if k[1] == "group_programme"]


# ---- 'and for men who cannot join a group' adds people to the item before it: the group they cannot join is not a
# kind of its own, nor is a length after it ----

@pytest.mark.parametrize("text, length", [
    ("Lancashire offers up to ten one-to-one sessions for women, and for men who are not suitable for group work.", 10),
    ("There are between six and 10 one-to-one sessions for women, and for men for whom a group is not suitable.", 10),
    ("Hampshire provides one-to-one work for women who harm a partner, and for men unable to attend a group, lasting up to "
     "14 sessions.", 14),
    ("Up to nine individual sessions are offered to women, and to men for whom group work would not be safe.", 9),
])
def test_people_who_cannot_join_a_group_join_the_one_to_one_item(text, length):
    c = _components(text)
    one = c[(1, "one_to_one")]
    assert {"men", "women"} <= set(one.cohorts) and one.duration_value == length
    assert (1, "group_programme") not in c


def test_a_group_offered_to_men_after_one_to_one_work_stays_a_group():
    c = _components("Kent runs one-to-one work for women lasting up to 12 sessions, and a group course for men.")
    assert set(c[(1, "one_to_one")].cohorts) == {"women"} and c[(1, "group_programme")].cohorts == ("men",)


# ---- the next sentence saying how long the service just named lasts, by 'It' or its noun ("It offers ten weekly
# sessions"), gives that service its length; a case manager does not take it, nor does a span of years ----

@pytest.mark.parametrize("text, kind, length", [
    ("Calm Homes works with 12 to 17 year olds who are violent towards a parent. It offers eight weekly sessions with the "
     "young person.", "child_adolescent_to_parent", (8, "session")),
    ("The stalking service works with people who stalk an ex-partner. It lasts up to 20 sessions.",
     "stalking_intervention", (20, "session")),
    ("Our group course is for men who abuse a partner. It runs over 26 weeks.", "group_programme", (26, "week")),
    ("Family Reset helps young people who hit their parents. The programme runs for twelve weeks.",
     "child_adolescent_to_parent", (12, "week")),
])
def test_it_lasts_gives_the_service_before_its_length(text, kind, length):
    c = _components(text)[(1, kind)]
    assert (c.duration_value, c.duration_unit) == length


@pytest.mark.parametrize("text, kind", [
    ("Our group course is for men who abuse a partner. It runs over the next two years.", "group_programme"),
    ("Each man has a named case manager. It offers ten weekly sessions to his partner too.", "case_management"),
])
def test_it_lasts_gives_no_span_of_years_nor_a_case_managers_length(text, kind):
    assert _components(text)[(1, kind)].duration_value is None


# ---- those still on the course are a count of their own with no base, whatever counts come before them (corpus
# README, "Those still attending"); they are still found, and are about people on the course ----

@pytest.mark.parametrize("text, value, base", [
    ("Of the men referred, 52 started and 30 finished, with 9 still attending.", 9, 52),
    ("In 2024-25, 88 men started the course and 47 completed it; 12 are still going.", 12, 88),
    ("Last year 75 men began the group and 40 finished it, and 11 are still taking part.", 11, 75),
    ("In the pilot 33 women joined and 20 completed, while 6 are still in the group.", 6, 33),
])
def test_still_attending_after_starters_has_no_base(text, value, base):
    o = _outcomes(text)[(1, value)]
    assert (o.base, o.about, o.unit) == (None, "perpetrators", "count")
    assert any(x.base == base for x in _outcomes(text).values())  # (the completers keep the starters as their base)


@pytest.mark.parametrize("text, value", [
    ("The service took 50 referrals. 12 men are still attending.", 12),
    # 'a further' counts on its own, as the corpus labels it (a round-11 scrutiny answer, a round-10 strategy update)
    ("Last year 75 men began the group and 40 finished it. Another 11 are still taking part.", 11),
    ("Of the 64 who started, 41 completed; a further 8 were still attending in March.", 8),
])
def test_still_attending_after_no_starters_or_a_further_has_no_base(text, value):
    o = _outcomes(text)[(1, value)]
    assert o.base is None and o.about == "perpetrators"


# ---- a percentage 'of them' after a count is a share of that count, about what it counts ----

@pytest.mark.parametrize("text, value, about", [
    ("Last year 190 men were referred, 60 per cent of them by the police.", 60, "referrals"),
    ("In 2024-25, 88 young people were referred, 30 per cent of them by schools.", 30, "referrals"),
    ("The service had 140 referrals last year, and 45% of these came from children's services.", 45, "referrals"),
    ("Last year 120 men started the group, and 70 per cent of them completed it.", 70, "perpetrators"),
])
def test_percentage_of_them_is_about_the_count_before(text, value, about):
    o = _outcomes(text)[(1, value)]
    assert (o.unit, o.about) == ("percent", about)


# ---- a mayor holding the commissioner's powers is an official (README: people, "official for deputy commissioners and
# mayors"); a council's mayor is no one's office here ----

@pytest.mark.parametrize("text, name", [
    ("The Mayor, Lorna Staithes, agreed the formula for the Combined Authority.", "Lorna Staithes"),
    ('"We will act," said Mayor Daniel Ormesby of the combined authority.', "Daniel Ormesby"),
    ("The Mayor of West Yorkshire, Ellen Oak, announced the grant.", "Ellen Oak"),
    ("The grant was welcomed by the Mayor of London, Tom Ellery.", "Tom Ellery"),
])
def test_mayor_with_policing_powers_is_an_official(text, name):
    assert _people(text)[(1, name)].role == "official"


def test_a_towns_mayor_is_no_person_fact():
    assert _people("Mayor Colin Reeve of Ripon Town Council opened the hall, for the Combined Authority.") == {}


# ---- capitalised words before a name that are no part of it (a field's label, the end of an office printed before it)
# are dropped; a signature's 'Signed:' line gives the name with the office on the next line ----

@pytest.mark.parametrize("text, name, role", [
    ("Portfolio Kamran Eastwood, Deputy Mayor for Policing and Crime", "Kamran Eastwood", "official"),
    ("Deputy Mayor for Policing, Fire and Crime Priya Castle-Reeve said the Combined Authority would act.",
     "Priya Castle-Reeve", "official"),
    ("Executive Member for Housing, Safety and Crime Tom Ashby said the council would act.", "Tom Ashby", "official"),
    ("| Decision maker | Police Commissioner Ellen Marsh |", "Ellen Marsh", "commissioner"),
])
def test_label_words_before_a_name_are_dropped(text, name, role):
    assert _people(text)[(1, name)].role == role


@pytest.mark.parametrize("text, name, role", [
    ("Signed: Ellen Marsh\nPolice and Crime Commissioner for Kent", "Ellen Marsh", "commissioner"),
    ("Signed by Tom Ashby\nPolice, Fire and Crime Commissioner for Essex", "Tom Ashby", "commissioner"),
    ("Approved: Jo Blythe\nDeputy Police and Crime Commissioner for Kent", "Jo Blythe", "official"),
])
def test_signed_line_with_the_office_below(text, name, role):
    assert _people(text)[(1, name)].role == role


def test_signed_by_staff_is_no_person_fact():
    assert _people("Signature: Mark Ellis\nCommissioning Manager") == {}


# ---- whose people a figure counts: the people after a possessive ("the men's partners"), and the people 'of' whom a
# count is taken ("partners of 33 men") ----

@pytest.mark.parametrize("text, value, about", [
    ("Last year seventy per cent of the men's partners said they felt safer.", 70, "partners"),
    ("In 2024-25, 82% of the fathers' children said home felt calmer.", 82, "children"),
    ("Last year, two thirds of participants' ex-partners reported feeling safer.", 67, "partners"),
    ("Last year, partners of 33 men took up support.", 33, "partners"),
    ("In 2024-25 the children of 25 fathers were seen by the family worker.", 25, "children"),
    ("Last year the ex-partners of about 60 men were offered advocacy.", 60, "partners"),
])
def test_the_people_a_possessive_or_of_phrase_owns_are_counted(text, value, about):
    assert _outcomes(text)[(1, value)].about == about


@pytest.mark.parametrize("text, value", [
    ("Last year 70 per cent of the men said they had changed.", 70),
    ("In 2024-25, 40 men's groups met weekly and 33 men completed the course.", 33),
])
def test_people_with_no_possessor_are_counted_as_themselves(text, value):
    assert _outcomes(text)[(1, value)].about == "perpetrators"


# ---- organisation names that run on past a lower-case word: an area 'and the Isle of …', a council named as its city's
# or borough's ----

@pytest.mark.parametrize("text, name", [
    ("The money was won by the Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight and will "
     "be paid in two parts.", "Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    ("The Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly commissions the service.",
     "Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    ("The grant is held by the Office of the Police and Crime Commissioner for Avon and Somerset, which will pay the "
     "provider.", "Office of the Police and Crime Commissioner for Avon and Somerset"),
])
def test_commissioning_office_named_to_the_end_of_its_area(text, name):
    assert {o for _, o, r in _organisations(text) if r == "commissioner"} == {name}


@pytest.mark.parametrize("text, name, role", [
    ("The City of York Council is also paying £26,000 from its own budget in 2025-26 for a family worker.",
     "City of York Council", "funder"),
    ("City of Wolverhampton Council adds £15,000 to the grant.", "City of Wolverhampton Council", "match_funder"),
    ("City of Bradford Metropolitan District Council pays £20,000 a year for a family worker.",
     "City of Bradford Metropolitan District Council", "funder"),
    ("The Royal Borough of Greenwich Council is adding £12,000 to the grant.", "Royal Borough of Greenwich Council",
     "match_funder"),
])
def test_council_named_as_its_citys_or_boroughs(text, name, role):
    got = {(o, r) for _, o, r in _organisations(text)}
    assert (name, role) in got and not any(o != name and o in name for o, _ in got)


# ---- a service described in apposition after the words naming it is that service: its length and people hold for
# both kinds ----

@pytest.mark.parametrize("text, length, cohorts", [
    ("4.1 After a tender in June, Hale Change was named provider for the behaviour change programme, a 27-week group "
     "course for men held in Hanley.", (27, "week"), ("men",)),
    ("Kent has chosen Oak Change to run the behaviour change programme, a 20-week group course for men.",
     (20, "week"), ("men",)),
    ("The grant pays for the behaviour change course, a 22-week group programme for women in Deal.",
     (22, "week"), ("women",)),
])
def test_behaviour_change_programme_takes_its_apposed_groups_length(text, length, cohorts):
    c = _components(text)
    for kind in ("behaviour_change_programme", "group_programme"):
        assert ((c[(1, kind)].duration_value, c[(1, kind)].duration_unit), c[(1, kind)].cohorts) == (length, cohorts)


def test_stalking_service_takes_its_apposed_sessions():
    c = _components("The money pays for the stalking service, a course of up to 14 one-to-one sessions.")
    assert c[(1, "stalking_intervention")].duration_value == 14


def test_a_list_after_a_programme_for_women_is_no_apposition():
    c = _components("The grant pays for the behaviour change programme for women in Deal, a new helpline, and a 20-week "
                    "group course for men.")
    assert c[(1, "behaviour_change_programme")].duration_value is None
    assert c[(1, "behaviour_change_programme")].cohorts == ("women",) and c[(1, "group_programme")].cohorts == ("men",)


# ---- lengths with their units abbreviated, as in a table's label ("(27 wks)", "18 mths") ----

@pytest.mark.parametrize("text, kind, length", [
    ("  Group behaviour change course (27 wks)   Trent Vale Futures    £158,300", "group_programme", (27, "week")),
    ("High-harm case management (18 mths)   £120,000", "high_harm", (18, "month")),
    ("The council funds a 12-wk group course for men.", "group_programme", (12, "week")),
])
def test_abbreviated_units_are_lengths(text, kind, length):
    c = _components(text)[(1, kind)]
    assert (c.duration_value, c.duration_unit) == length


def test_an_apostrophe_after_weeks_still_reads():
    c = _components("The grant buys 24 weeks' group work for men.")[(1, "group_programme")]
    assert (c.duration_value, c.duration_unit) == (24, "week")


# ---- a brand named as a one-word subject of 'is' with its kind ("Reset is our 26-week group … programme"), or in
# apposition after a service's description ("a six-session group for fathers, Dads Making Amends, delivered with …") ----

@pytest.mark.parametrize("text, name", [
    ("Reset is our 26-week group behaviour change programme for men.", "Reset"),
    ("Bridgeway is the borough's behaviour change programme for adults who are abusive towards a partner.", "Bridgeway"),
    ("Turnaround is the county's group course for men who abuse a partner.", "Turnaround"),
    ("Anchor is a 12-week one-to-one programme, run by Oak Trust.", "Anchor"),
])
def test_one_word_brand_as_the_subject_of_is(text, name):
    assert _components(text)[(1, "named_programme")].programme_name == name


@pytest.mark.parametrize("text", [
    "Kent is the first county to run a programme for young people.",
    "Funding is the main programme risk.",
    "It is a 20-week course for men.",
])
def test_no_brand_from_a_place_a_pronoun_or_a_noun_before_programme(text):
    assert (1, "named_programme") not in _components(text)


@pytest.mark.parametrize("text, name, length, cohort", [
    ("Offer:\n* a six-session group for fathers, Dads Making Amends, delivered with Ironbridge Family Hub\n* a helpline",
     "Dads Making Amends", (6, "session"), "fathers"),
    ("We also run a ten-week group for fathers, Caring Dads, in Telford.", "Caring Dads", (10, "week"), "fathers"),
    ("The council pays for an eight-session course for mothers, Calm Steps, run by Oak Trust.", "Calm Steps",
     (8, "session"), "women"),
])
def test_brand_in_apposition_after_the_description(text, name, length, cohort):
    c = [v for (line, kind), v in _components(text).items() if kind == "named_programme"]
    assert len(c) == 1 and c[0].programme_name == name and (c[0].duration_value, c[0].duration_unit) == length
    assert cohort in c[0].cohorts


def test_places_after_a_group_are_no_brand():
    assert not [k for k in _components("There is a weekly group for men in Leeds, Bradford and Wakefield.")
                if k[1] == "named_programme"]


# ---- organisations' roles from their clause: a sum that 'pays for X to support the partners' (recipient and
# survivor-support provider), a body that 'would refer' or 'made N per cent of the referrals' (referrer) ----

@pytest.mark.parametrize("text, name", [
    ("The remaining £77,000 pays for Sunniside Women's Centre to support the partners and former partners of the men.",
     "Sunniside Women's Centre"),
    ("The rest of the grant, £40,000, pays for Oak Women's Aid to support partners.", "Oak Women's Aid"),
    ("£25,000 will pay for Tarn Advocacy to work with victims.", "Tarn Advocacy"),
])
def test_sum_paying_a_body_to_support_partners(text, name):
    got = _organisations(text)
    assert {(1, name, "recipient"), (1, name, "survivor_support_provider")} <= got


@pytest.mark.parametrize("text, name", [
    ("Norfolk Constabulary would refer every man who met the threshold.", "Norfolk Constabulary"),
    ("Kent Police could also refer men.", "Kent Police"),
    ("Devon and Cornwall Police made 58 per cent of this year's referrals.", "Devon and Cornwall Police"),
    ("Children's services at Leeds City Council made 40 of the referrals.", "Leeds City Council"),
    ("Kent Police accounted for about half of all referrals.", "Kent Police"),
])
def test_body_that_would_refer_or_made_the_referrals_is_a_referrer(text, name):
    assert (1, name, "referrer") in _organisations(text)


def test_body_that_made_a_grant_is_no_referrer():
    assert not {r for _, _, r in _organisations("Kent County Council made a grant of £20,000 to Oak Trust.")
                if r == "referrer"}


# ---- a plural common noun opening a sentence ("Professionals can refer …") is no organisation ----

@pytest.mark.parametrize("text, names", [
    ("Professionals can refer through the online form.", set()),
    ("Practitioners will refer men who meet the threshold.", set()),
    ("Agencies refer through the hub.", set()),
    ("Schools, GPs and Kent Police can refer.", {"Kent Police"}),
])
def test_plural_common_noun_is_no_organisation(text, names):
    assert {o for _, o, _ in _organisations(text)} == names


# ---- a share of the partners supported or offered support is a result counting partners, not the support described
# (as the newer labels have it: eight releases; two older ones, coquet-university-2023-11 and blackpool-csp-2024-09,
# label such lines as partner support) ----

@pytest.mark.parametrize("text", [
    "Last year 83% of partners supported by Oak Women's Aid said they felt safer.",
    "Seventy-nine per cent of partners supported by Oak Women's Aid said they felt safer.",
    "Of the 64 partners supported by Eston Women's Aid, 47 said they felt safer.",
    "In 2024-25, 38 partners were offered support and 29 accepted it.",
    "Two thirds of the partners supported by Tarn Advocacy said they felt safer.",
    "Loddon Women's Aid supported 164 partners, and 128 of them told us they felt safer.",  # ("Partners counted in results")
])
def test_share_of_partners_supported_is_a_result(text):
    assert (1, "partner_support") not in _components(text)


@pytest.mark.parametrize("text", [
    "Partners are offered support by Oak Women's Aid.",
    "Partners of the men are supported by Oak Women's Aid; 120 men started the course last year.",
])
def test_support_described_stays_a_component(text):
    assert (1, "partner_support") in _components(text)


# ---- case management named by its verb ("to be case-managed one by one", "will be case managed by a named worker") ----

@pytest.mark.parametrize("text, cohorts", [
    ("Each man on the service is case-managed one by one.", ("men",)),
    ("Men referred will be case managed by a named worker.", ("men",)),
    ("The most dangerous abusers in Kent are to be case-managed one by one under a high-harm service.", ("high_harm",)),
])
def test_case_managed_is_case_management(text, cohorts):
    assert _components(text)[(1, "case_management")].cohorts == cohorts


def test_a_case_management_system_is_no_service():
    assert (1, "case_management") not in _components("The council bought a new case management system for £20,000.")
