"""Award lists: the public entry point (see :mod:`funding.parse.award_lists`, one
reader per layout behind one detector, all returning the same records)."""

from __future__ import annotations

from funding.parse.award_lists import (
    LAYOUTS, Award, AwardList, AwardYear, Initiative, LineRole, detect_layout, parse_award_list,
)

__all__ = ["Initiative", "Award", "AwardYear", "LineRole", "AwardList", "LAYOUTS", "parse_award_list", "detect_layout"]
