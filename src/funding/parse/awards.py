"""Award lists: the public entry point (see :mod:`funding.parse.award_lists`, one
reader per layout behind one detector, all returning the same records)."""

from __future__ import annotations

from funding.parse.award_lists import (
    LAYOUTS, Award, AwardList, AwardYear, Initiative, LineRole, detect_layout, parse_award_list,
)

__all__ = ["Initiative", "Award", "AwardYear", "LineRole", "AwardList", "LAYOUTS", "parse_award_list", "detect_layout", "award_record"]


def award_record(award: Award, *, inexact: bool = False) -> dict:
    """The facts of one award that a reader must get right (what the layout corpus compares):
    recipient as printed, area, bids, amount and qualifier, years, source line, strand count;
    with ``inexact``, the bounds as well."""
    record = {
        "pcc": award.pcc, "pfa_code": award.pfa_code, "pfa_name": award.pfa_name, "bids": award.bids,
        "amount_pence": award.amount_pence, "amount_qualifier": award.amount_qualifier,
        "years": [{"financial_year": y.financial_year, "amount_pence": y.amount_pence} for y in award.years],
        "source_line": award.source_line, "initiatives": len(award.initiatives),
    }
    if inexact:
        record.update(low_pence=award.low_pence, high_pence=award.high_pence)
    return record
