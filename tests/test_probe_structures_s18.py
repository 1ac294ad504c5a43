"""Structures from the seventeenth session's invented probe set that the reader misread, fixed in the eighteenth
session as general mechanisms: each test states several wordings and layouts of one structure beyond the probe.

Corpus README: `part` (a piece of another stated amount; `part_of_line` the whole's line), `total` (a table's TOTAL
row), conflicts `parts_do_not_sum` and `amounts_differ`, "Payer said once", "Money added to a grant".  Invented texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from release_probe import award_errors

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import score_probes  # noqa: E402


def _conflict_errors(lines: list[str], kind: str) -> list[str]:
    """What the probe scorer finds wrong with ``lines`` read as a probe that should raise ``kind``."""
    probe = {"name": "invented", "lines": lines, "amounts": [], "conflict": kind}
    return [e for e in score_probes.errors(probe) if "conflict" in e]


# --------------------------------------------------------------------------- restated differently in notes or a box

@pytest.mark.parametrize("lines", [
    ["Key facts", "- Where: Norfolk", "- Who pays: the Home Office", "- How much: £412,000 for 2025-26", "",
     "Norfolk's Police and Crime Commissioner has been granted £421,000 by the Home Office for 2025-26 for the "
     "Change Up course."],
    ["Kent's commissioner will receive £296,000 from the Home Office in 2025-26 for work with perpetrators.", "",
     "Editor's notes", "2. Kent's Home Office grant for 2025-26 totals £292,000."],
    ["Essex will get £305,000 from the Home Office for 2025-26, its commissioner said today.", "",
     "NOTES", "", "Essex's allocation from the Home Office perpetrator fund for 2025-26: £315,000."],
    ["Thames Valley's Police and Crime Commissioner has been awarded £455,000 from the Home Office for 2025/26.", "",
     "Background", "* The Home Office is paying Thames Valley £445,000 in 2025/26."],
])
def test_a_grant_restated_differently_in_notes_or_a_box_is_scored_as_amounts_differ(lines):
    # the reader lists two statements of one award that disagree in the release's source_conflicts table
    # (funding.tables.releases.award_conflicts), which the corpus scorer reads; the probe scorer reads the same table
    assert _conflict_errors(lines, "amounts_differ") == []

