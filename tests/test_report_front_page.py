"""The report's front page as a reader sees it: the notebooks' summaries rendered (links and
emphasis, not Markdown source, and no note about the tests), and every source a finding
rests on listed under "Sources and licences" (the College of Policing's split included)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from funding.pipeline import load_tables
    from funding.publish.report import build_report

    out = tmp_path_factory.mktemp("site")
    build_report(out, load_tables(), None, notebook_dir=ROOT / "notebooks", execute=False, figures=False)
    return out


@pytest.fixture(scope="module")
def front_page(site):
    return (site / "index.html").read_text(encoding="utf-8")


def _section(page: str, anchor: str) -> str:
    m = re.search(rf'<section aria-labelledby="{anchor}">(.*?)</section>', page, re.DOTALL)
    assert m, anchor
    return m.group(1)


def test_the_notebook_summaries_are_rendered_not_markdown_source(front_page):
    notebooks = _section(front_page, "notebooks")
    assert notebooks.count("<li>") == 6
    assert '<a href="https://www.gov.uk/government/news/police-awarded-113m-for-programmes-to-prevent-domestic-abuse-crimes">the announcement on GOV.UK</a>' in notebooks
    assert "<strong>on these figures the money does not clearly follow" in notebooks
    assert "](" not in notebooks and "**" not in notebooks and "`" not in notebooks


def test_the_summaries_carry_no_note_about_the_tests(front_page):
    notebooks = _section(front_page, "notebooks")
    assert "tests" not in notebooks and "versions" not in notebooks.lower()
    # the paragraph is kept up to the note: notebook 05's ends with where the sources are listed
    assert "in the sources table at the end.</li>" in notebooks


def test_the_college_of_policing_split_is_listed_as_a_source(front_page):
    sources = _section(front_page, "sources")
    [row] = [r for r in sources.split("<tr>") if "College of Policing" in r]
    assert "Split of the 2021-22 fund by programme type" in row and "£2.7m stalking" in row
    assert "Taken second-hand, not consulted live" in row and "not recorded" in row


def test_the_published_readmes_links_work_where_it_is_published(site):
    """reports/README.md links docs/findings.md and docs/open-data.md: they are published too."""
    readme = (site / "README.md").read_text(encoding="utf-8")
    links = sorted(set(re.findall(r"\]\((?!https?:|#)([^)\s]+)\)", readme)))
    assert links == ["docs/findings.md", "docs/open-data.md"]
    for link in links:
        assert (site / link).read_bytes() == (ROOT / link).read_bytes(), link
