"""Amounts of money in a release, one job a module, each importing only those listed before it:
``figures`` (a figure as stated, the draft award, clauses, token checks), ``years`` (the years a
figure covers), ``payers`` (who pays it), ``areas`` (which areas it belongs to), ``tables`` (table
rows and structure, labelled field blocks), ``wholes`` (totals, pieces, lists summing to a whole,
corrected and carried-forward figures), ``sums`` (the fallback making a run of figures next to a sum,
adding up to it, its parts) and ``prose`` (:func:`extract_awards`, line by line and sentence by
sentence); this ``__init__`` re-exports the public names.
"""

from __future__ import annotations

from funding.parse.releases.amounts.figures import ROUND_FIGURE_POUNDS, as_stated
from funding.parse.releases.amounts.prose import extract_awards

__all__ = ["ROUND_FIGURE_POUNDS", "as_stated", "extract_awards"]
