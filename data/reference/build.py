"""Build the committed copies of the reference data (data/reference/) from the mirror.

    python data/reference/build.py            # writes beside this script
    python data/reference/build.py OUT_DIR    # writes elsewhere (the test compares the two)

Reads the ONS boundaries, the district-to-force lookup and the force-area
populations from the mirror ($FUNDING_DATA_DIR or ../shared/data), each checked
against the sha256 in src/funding/reference/data/reference_data.csv, and writes
the copies the project falls back to without a mirror, with copies.csv
(provenance: the source file and its sha256, the method, the licence, the
copy's sha256).  The same mirror gives the same bytes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from funding.errors import SourceError
from funding.reference.geo import write_reference_copies


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path(__file__).resolve().parent
    try:
        for path in write_reference_copies(out):
            print(path)
    except SourceError as exc:
        print(f"build.py: error: {exc.message}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
