"""Charts that are not maps (allocations, concentration, programme types).

``FIGURES`` maps a figure name to a function ``(tables) -> Figure``;
:mod:`funding.figures` writes every one of them for the report.
"""

from __future__ import annotations

FIGURES: dict = {}
