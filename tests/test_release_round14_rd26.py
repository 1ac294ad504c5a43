"""The release reader on invented paraphrases of mechanisms seen in its first-sight misses on the fourteenth round's
tune releases (components, outcomes, organisations and people).  Each sentence is new; each is asserted both ways."""

from __future__ import annotations

import warnings

import pytest

from funding.parse.releases import extract_release


def _read(text: str, name: str = "invented.txt"):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return extract_release(text, name, published="2025-06")


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
