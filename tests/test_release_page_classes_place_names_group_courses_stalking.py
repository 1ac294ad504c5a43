"""Mechanisms found on the fifteenth round's tune releases (components, outcomes, organisations, people).

Each test states invented texts (not the corpus's wording) and the facts the corpus README's conventions give them.
"""

from __future__ import annotations

from release_probe import read


def _components(rel):
    return {(c.source_line, c.component) for c in rel.components}


def _orgs(rel):
    return {(o.source_line, o.organisation, o.role) for o in rel.organisations}


# --- a page template's class on <body>, and a page builder's content "widgets" inside <main>, are not furniture ---

_BODY_TEMPLATE = """<!DOCTYPE html>
<html><head><title>Turning Point</title></head>
<body class="{body}">
<nav><a href="/">Home</a></nav>
<main>
<p class="{para}">Turning Point is a group programme for men who have harmed a partner. It runs for 20 weeks.</p>
<p>Oakfield Women's Centre supports partners of the men on the course.</p>
</main>
<aside class="widget-area"><section class="widget widget_recent_entries"><p>Fenland Recovery Trust runs a 10-week group.</p></section></aside>
</body></html>
"""


def _page(body: str, para: str) -> str:
    return _BODY_TEMPLATE.format(body=body, para=para)


def test_page_template_class_on_body_is_not_furniture():
    for body in ("page-template-builder_header_footer page", "theme-banner-layout", "site-masthead-wide"):
        rel = read(_page(body, "text"), "page.html")
        assert any(c.component == "group_programme" for c in rel.components), body
        assert any(o.organisation == "Oakfield Women's Centre" for o in rel.organisations), body


def test_content_widget_inside_main_is_read_but_a_sidebar_widget_is_not():
    for para in ("builder-widget-text-editor", "widget-paragraph", "pb-widget text-block"):
        rel = read(_page("page", para), "page.html")
        turning = [c for c in rel.components if c.component == "group_programme"]
        assert turning and turning[0].duration_value == 20 and turning[0].duration_unit == "week", para
        assert not any("Fenland" in o.organisation for o in rel.organisations), para


# --- a body named for places joined by "and" or "with": one name, not a place and a body ---

def test_body_named_for_two_places_joined_by_and_is_one_name():
    cases = {
        "Partners of the men are supported by Melton and Rutland Women's Support throughout the programme.":
            "Melton and Rutland Women's Support",
        "Advocates at Ribble and Wyre Women's Voices help partners of men on the course.": "Ribble and Wyre Women's Voices",
        "Oxford and Cherwell Families Together runs the parenting strand of the programme.":
            "Oxford and Cherwell Families Together",
    }
    for text, name in cases.items():
        names = {o.organisation for o in read(text).organisations}
        assert name in names, text
        assert not any(n != name and name.endswith(n) for n in names), (text, names)


def test_council_named_for_two_places_joined_by_with_is_one_authority():
    cases = {
        "Blackburn with Darwen Borough Council is adding £20,000 to the grant.": "Blackburn with Darwen Borough Council",
        "Blackburn with Darwen Council gave £12,000 towards the perpetrator group in 2025/26.": "Blackburn with Darwen Council",
        "Men were referred by Blackburn with Darwen Borough Council and by Lancashire Constabulary.":
            "Blackburn with Darwen Borough Council",
    }
    for text, name in cases.items():
        names = {o.organisation for o in read(text).organisations}
        assert name in names, text
        assert "Darwen Borough Council" not in names and "Darwen Council" not in names, (text, names)


# --- "group courses" in the plural is group work, as "group course" is ---

def test_plural_group_courses_are_group_programmes():
    for text, cohorts in (("The money pays for group courses for men in Leeds and Bradford.", ("men",)),
                          ("Rochdale will keep its evening group courses running for another year.", ()),
                          ("Group courses for women who use abuse start in May.", ("women",))):
        kinds = {c.component: c for c in read(text).components}
        assert "group_programme" in kinds, text
        assert "behaviour_change_programme" not in kinds, text
        assert tuple(kinds["group_programme"].cohorts) == cohorts, text


# --- sessions whose aim is to stop the stalking are a stalking intervention ---

def test_sessions_aimed_at_stopping_the_stalking_are_a_stalking_intervention():
    for text, (low, high) in (("The grant buys up to 16 one-to-one sessions aimed at stopping the stalking.", (None, 16)),
                              ("Between 10 and 14 one-to-one sessions on the stalking behaviour itself are offered.", (10, 14)),
                              ("Twelve weekly sessions focus on ending the stalking of a former partner.", (None, 12))):
        kinds = {c.component: c for c in read(text).components}
        assert "stalking_intervention" in kinds, text
        got = kinds["stalking_intervention"]
        assert (got.duration_min, got.duration_value, got.duration_unit) == (low, high, "session"), text
    assert not read("The charity supports victims of stalking and campaigns to stop stalking.").components
