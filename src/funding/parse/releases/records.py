"""The release reader's records: the frozen facts one release yields (awards, components,
outcomes, organisations, people, conflicts, diagnostics) and the prepared release they are read from.
"""

from __future__ import annotations

from dataclasses import dataclass

from funding.errors import SourceError
from funding.core.money import Amount
from funding.core.text import Line


@dataclass(frozen=True)
class LocalAward:
    """One statement of money in a release.

    ``funding_role`` is ``grant``, ``part`` (of the amount on ``part_of_line``),
    ``match_funding``, ``own_funding``, ``total`` or ``context``.  ``area_basis``
    is ``clause``, ``possessive``, ``table_row``, ``release`` or ``none``; the
    other ``*_basis`` fields say where a value came from: ``sentence`` (beside
    the figure), ``release`` (elsewhere in the same release),
    ``publication_date`` (the financial year the release was published in; for
    ``round`` only, never for the period) or ``none``.
    """

    source_id: str
    source_line: int
    pfa_code: str
    area_basis: str
    round: str
    round_basis: str
    funder: str
    funder_basis: str
    funding_role: str
    amount: Amount
    period_start: str = ""  # financial year YYYY-YY, "" when the release gives none
    period_end: str = ""
    part_of_line: int | None = None  # for a part: the line of the amount it belongs to
    shared_by: tuple[str, ...] = ()  # an amount shared by several named areas: their codes
    award_number: int = 1  # 2 for a second, separate award to the area in the round ("a separate bid")
    part_of_pence: int | None = None  # for a part: the amount of the whole it belongs to (a line may hold several)
    period_basis: str = "none"  # where the period was read (table_schemas.toml, local_awards.period_basis)


@dataclass(frozen=True)
class ProgrammeComponent:
    """One component of a programme as a release describes it."""

    source_id: str
    source_line: int
    pfa_code: str
    component: str
    duration_value: int | None
    duration_unit: str  # week, month, year or ""
    duration_qualifier: str  # exact, up_to, at_least, more_than or ""
    cadence: str
    cohorts: tuple[str, ...]
    delivery_modes: tuple[str, ...]
    provision: str  # new or existing
    duration_min: int | None = None  # "10 to 12 weeks": 10
    age_min: int | None = None
    age_max: int | None = None
    programme_name: str = ""
    in_quote: bool = False  # mentioned inside quoted speech: never the only evidence

    @property
    def duration_weeks(self) -> int | None:
        """The length in weeks where it is a whole number of them: "up to a year" is 52, "six months" 26."""
        if self.duration_value is None:
            return None
        weeks = {"week": 1, "year": 52}.get(self.duration_unit)
        if weeks:
            return self.duration_value * weeks
        if self.duration_unit == "month" and (self.duration_value * 52) % 12 == 0:
            return self.duration_value * 52 // 12
        return None


@dataclass(frozen=True)
class Outcome:
    """A number a release gives about results: reported, expected, or a baseline."""

    source_id: str
    source_line: int
    pfa_code: str
    metric: str
    value: float
    unit: str  # percent or count
    value_qualifier: str  # exact, more_than, at_least, less_than, up_to, about
    about: str  # survivors, clients, perpetrators, partners, cases …
    period: str
    status: str  # reported, expected, baseline or stated
    refers_back: bool  # "118 of these cases": a share of a number given before
    base: float | None = None  # "x of y": y


@dataclass(frozen=True)
class Organisation:
    source_id: str
    source_line: int
    pfa_code: str
    organisation: str
    role: str
    provision: str  # new or existing


@dataclass(frozen=True)
class Diagnostic:
    """Something in a release that was not read as a fact, and why (in :class:`SourceError`'s terms)."""

    source_id: str
    source_line: int | None
    problem: str
    found: str
    expected: str

    def error(self) -> SourceError:
        return SourceError(self.source_id, self.source_line, self.found, self.expected)

    @property
    def message(self) -> str:
        return self.error().message


@dataclass(frozen=True)
class Person:
    """A commissioner or official named in full with their office."""

    source_id: str
    source_line: int
    pfa_code: str
    name: str
    office: str
    role: str  # commissioner or official


@dataclass(frozen=True)
class ReleaseConflict:
    """A discrepancy inside one release: parts against their total, a year against another, a place
    against the area its award covers.  ``lines`` lists every line involved, the first being the
    statement the others are measured against."""

    source_id: str
    pfa_code: str
    subject: str
    kind: str
    lines: tuple[int, ...]
    value_a: str
    value_b: str
    compatible: bool | None
    detail: str


@dataclass(frozen=True)
class LocalRelease:
    source_id: str
    pfa_code: str
    awards: tuple[LocalAward, ...]
    components: tuple[ProgrammeComponent, ...]
    outcomes: tuple[Outcome, ...]
    organisations: tuple[Organisation, ...]
    diagnostics: tuple[Diagnostic, ...]
    people: tuple[Person, ...] = ()
    set_aside: tuple[tuple[int, str], ...] = ()  # (line, reason): page furniture not read for facts
    conflicts: tuple[ReleaseConflict, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.awards or self.components or self.outcomes or self.organisations or self.people)


@dataclass(frozen=True)
class PreparedRelease:
    """A release split once: its lines (furniture set aside), sentences and area, shared by every extractor."""

    source_id: str
    text: str
    lines: tuple[Line, ...]
    sentences: tuple[tuple[int, str], ...]
    area: str
    set_aside: tuple[tuple[int, str], ...]
    #: sentences of hard-wrapped paragraphs joined across their lines (a PDF's text, a wrapped e-mail):
    #: ``(first line, sentence, ((offset, line), …))``, the line each stretch of the sentence is printed on;
    #: a sentence on one line has one ``(0, line)``
    logical: tuple[tuple[int, str, tuple[tuple[int, int], ...]], ...] = ()

    def line_text(self, number: int) -> str:
        """The text of a line (the first part of it, for an HTML line holding several blocks)."""
        index = self.__dict__.get("_index")
        if index is None:
            index = {}
            for line in self.lines:
                index.setdefault(line.number, line.text)
            object.__setattr__(self, "_index", index)
        return index.get(number, "")


@dataclass(frozen=True)
class Duration:
    value: int
    unit: str
    qualifier: str
    minimum: int | None = None  # "10 to 12 weeks": 10 (value is the upper bound)
