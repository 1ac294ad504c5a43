"""Write src/funding/reference/data/local_authority_pfa.csv from the ONS lookup.

Source: ``lad23_to_pfa23_ew.csv`` in the shared data mirror (manifest id
``ons-lad23-pfa23-lookup`` in reference_data.csv: ONS Local Authority District to
Police Force Area, December 2023, one row per district; Open Government Licence
v3.0).  The output keeps the district code and name and the force area it lies
in, sorted by district code, so that the award-list reader can say "North East
Lincolnshire is a local authority; it lies in Humberside" instead of guessing.

    .venv/bin/python scripts/make_local_authority_areas.py [path/to/lad23_to_pfa23_ew.csv]
"""

from __future__ import annotations

import csv
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent.parent / "shared" / "data" / "lad23_to_pfa23_ew.csv"
OUT = ROOT / "src" / "funding" / "reference" / "data" / "local_authority_pfa.csv"


def main(argv: list[str]) -> int:
    src = Path(argv[1]) if len(argv) > 1 else Path("/work/shared/data/lad23_to_pfa23_ew.csv")
    if not src.exists():
        src = DEFAULT
    data = src.read_bytes()
    rows = list(csv.DictReader(data.decode("utf-8-sig").splitlines()))
    rows.sort(key=lambda r: r["LAD23CD"])
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["lad_code", "lad_name", "pfa_code", "pfa_name"])
        for r in rows:
            w.writerow([r["LAD23CD"], r["LAD23NM"], r["PFA23CD"], r["PFA23NM"]])
    print(f"{OUT.name}: {len(rows)} districts from {src.name} (sha256 {hashlib.sha256(data).hexdigest()})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
