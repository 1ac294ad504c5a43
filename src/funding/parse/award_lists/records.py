"""The records every award-list reader returns, whatever the layout."""

from __future__ import annotations

from dataclasses import dataclass, field

from funding.core.money import Amount

#: The layouts a list can be read in, in the order the detector tries them.
LAYOUTS = ("xlsx", "ods", "html_table", "html_list", "markdown_table", "tsv", "csv", "inline_bullets", "line_per_entry")


@dataclass(frozen=True)
class Initiative:
    """One described strand of work within an award, in the order printed."""

    initiative_no: int
    text: str
    source_line: int
    source_line_end: int
    #: The strand only says more about the programme of the strand before it
    #: (award_list_strands.csv): one programme, two bullets.
    continues_previous: bool = False


@dataclass(frozen=True)
class AwardYear:
    """An award's amount in one financial year of a round that spans years."""

    financial_year: str
    amount_pence: int


@dataclass(frozen=True)
class Award:
    """One recipient's award in a round.

    ``bids`` is the number the list prints, or ``None`` when it prints none.
    ``amount_pence`` is the total (the sum of ``years`` when the round spans years);
    ``amount_qualifier`` is ``exact`` unless an inexact amount was kept on request,
    and then ``low_pence``/``high_pence`` are the bounds the statement allows.
    """

    round: str
    pcc: str
    pfa_code: str
    pfa_name: str
    bids: int | None
    amount_pence: int
    source_id: str
    source_line: int
    initiatives: tuple[Initiative, ...]
    amount_qualifier: str = "exact"
    low_pence: int | None = None
    high_pence: int | None = None
    years: tuple[AwardYear, ...] = ()


@dataclass(frozen=True, slots=True)
class LineRole:
    """What one non-blank line of the source is: part of an award, a heading,
    preamble, boilerplate, a stated total, or unassigned (reported, never silently dropped)."""

    line: int
    role: str
    pfa_code: str = ""
    note: str = ""


@dataclass(frozen=True)
class AwardList:
    source_id: str
    round: str
    awards: tuple[Award, ...]
    lines: tuple[LineRole, ...]
    stated_total: Amount | None = None
    stated_total_line: int | None = None
    stated_pcc_count: int | None = None
    stated_pcc_count_line: int | None = None
    stated_facts: dict = field(default_factory=dict)
    layout: str = ""

    @property
    def unassigned(self) -> tuple[LineRole, ...]:
        return tuple(l for l in self.lines if l.role == "unassigned")

    @property
    def total_pence(self) -> int:
        return sum(a.amount_pence for a in self.awards)

    @property
    def total_bids(self) -> int:
        """Bids summed over the awards that print them."""
        return sum(a.bids for a in self.awards if a.bids is not None)

    @property
    def stated_total_pence(self) -> int | None:
        """The exact total the list prints for itself (a Total line or row), else ``None``."""
        return self.stated_total.pence if self.stated_total is not None and self.stated_total.is_exact else None
