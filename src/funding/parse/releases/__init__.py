"""Local programme releases: what the perpetrator-fund money bought in one area.

Local news pieces and PCC press releases describe an area's award (often as a
rounded or bounded figure: "more than £240,000", "a £200,000 programme"), the
programme it pays for (a 24-week group programme, a monthly maintenance group,
partner support "for up to a year" …), the outcomes it reports or expects, and
the organisations involved.  This package reads those facts with rules, each
fact carrying its ``source_id`` and 1-based ``source_line``.

The rules a researcher may want to correct are package data, not code:

``local_funding_terms.csv``
    what an amount is (grant, match funding, a programme's cost) and who funds it;
``local_component_terms.csv``
    programme components, cohorts, cadence, delivery modes, existing provision;
``local_outcome_terms.csv``
    outcome metrics, whom they are about, target / reported / baseline;
``local_organisation_terms.csv`` and ``local_organisation_aliases.csv``
    cues that name organisations and their role, and names printed two ways.

Every ``extract_*`` function is pure: text and a source id in, frozen records
(and, for amounts, diagnostics) out.  :func:`extract_release` gathers them and
warns, naming the file, when a release yields nothing.  Tables and the
reconciliation of sources live in :mod:`funding.tables.releases`.

One job a module, each importing only those listed before it: ``records``
(the frozen facts), ``vocabulary`` (the word lists), ``places`` (areas),
``text`` (lines, sentences, furniture, tables; :func:`prepare`), ``periods``
(years, periods, counts, durations), ``amounts`` (a subpackage: figures,
years, payers, areas, tables, wholes, prose), ``components``,
``outcomes``, ``people``, ``organisations``, ``conflicts``; this
``__init__`` gathers them in :func:`extract_release` and re-exports the
public names.
"""

from __future__ import annotations

import warnings

from funding.parse.releases.records import (
    Diagnostic, Duration, LocalAward, LocalRelease, Organisation, Outcome, Person, PreparedRelease,
    ProgrammeComponent, ReleaseConflict,
)
from funding.parse.releases.text import prepare, release_lines
from funding.parse.releases.places import find_areas, release_area
from funding.parse.releases.periods import financial_year, find_periods, find_years, parse_count, parse_duration
from funding.parse.releases.amounts import as_stated, extract_awards
from funding.parse.releases.components import extract_components
from funding.parse.releases.outcomes import _outcomes_and_diagnostics, extract_outcomes
from funding.parse.releases.people import extract_people
from funding.parse.releases.organisations import extract_organisations
from funding.parse.releases.conflicts import release_conflicts

__all__ = [
    "LocalAward",
    "ProgrammeComponent",
    "Outcome",
    "Organisation",
    "Diagnostic",
    "Person",
    "LocalRelease",
    "ReleaseConflict",
    "PreparedRelease",
    "prepare",
    "find_periods",
    "Duration",
    "release_lines",
    "find_areas",
    "release_area",
    "financial_year",
    "find_years",
    "parse_duration",
    "parse_count",
    "as_stated",
    "extract_awards",
    "extract_components",
    "extract_outcomes",
    "extract_organisations",
    "extract_release",
]


def extract_release(text: str, source_id: str = "<text>", *, published: str = "", strict: bool = False) -> LocalRelease:
    """Every fact in one release, with diagnostics for what could not be read.

    The release is split into lines and sentences, its furniture set aside and
    its area found once (:func:`prepare`); every extractor reads that.  With
    ``strict=True`` the first diagnostic is raised as a
    :class:`~funding.errors.SourceError`.  A release with no recognisable facts
    gives an empty :class:`LocalRelease` and a warning naming the file.
    """
    rel = prepare(text, source_id)
    awards, diagnostics = extract_awards(rel, published=published)
    if strict and diagnostics:
        raise diagnostics[0].error()
    components = extract_components(rel)
    outcomes, outcome_diagnostics = _outcomes_and_diagnostics(rel)
    organisations = extract_organisations(rel, awards=awards, components=components)
    people = extract_people(rel)
    # a name the text gives a person with an office ("Durham's commissioner, Owen Lasenby, funds our work from his own
    # budget: £58,500") is that person on that line, not a body receiving or paying money
    named = {(p.source_line, p.name) for p in people}
    organisations = tuple(o for o in organisations if (o.source_line, o.organisation) not in named)
    conflicts = release_conflicts(rel, awards, outcomes, published)
    release = LocalRelease(
        source_id, rel.area, awards, components, outcomes, organisations,
        tuple(sorted(diagnostics + outcome_diagnostics, key=lambda d: (d.source_line or 0, d.problem))),
        people, rel.set_aside, conflicts,
    )
    if release.is_empty:
        warnings.warn(f"{source_id}: no funding, programme, outcome or organisation facts recognised", stacklevel=2)
    return release
