"""Tidy tables from the parsed sources, and their CSV form.

:func:`build_tables` returns every table as a pandas DataFrame;
:func:`write_tables` writes them as UTF-8 CSV with a stable row order (the
primary key in ``data/table_schemas.toml``), integer pence beside pounds with
two decimals, and no column of source prose.  The same input gives the same
bytes.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd

from funding.awards import AwardList, read_award_list
from funding.coverage import coverage_table, regional_coverage
from funding.geo import load_population
from funding.local_reconcile import build_local_tables
from funding.money import pence_to_pounds_str
from funding.programme_types import apply_overrides, load_overrides, read_risk, tag_text
from funding.reconcile import reconcile_award_list

#: Columns that hold sentences of the sources: kept in memory for reading and
#: tagging, never written to committed outputs.
PROSE_COLUMNS = frozenset({"text"})

_TYPES = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean"}


@lru_cache(maxsize=1)
def schemas() -> dict:
    """Every table's title, primary key and documented columns."""
    text = resources.files("funding").joinpath("data").joinpath("table_schemas.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _clip_words(text: str, n: int = 8) -> str:
    words = text.split()
    return text if len(words) <= n else " ".join(words[:4]) + " … " + " ".join(words[-3:])


def read_award_lists() -> list[AwardList]:
    """Every award list in the manifest (kind ``award-list``), one per round, parsed."""
    from funding.sources import sources_of_kind

    return [read_award_list(e.source_id) for e in sources_of_kind("award-list")]


def build_award_tables(lists: AwardList | list[AwardList] | None = None) -> dict[str, pd.DataFrame]:
    """``awards``, ``initiatives`` (with ``text`` in memory), ``programme_tags``,
    ``reconciliation`` and ``award_list_lines``.

    ``lists`` defaults to every award list in the manifest, so a new round is
    added by adding its source (see docs/findings.md); each table carries the
    round and the source id of every row.
    """
    if lists is None:
        lists = read_award_lists()
    elif isinstance(lists, AwardList):
        lists = [lists]
    awards, initiatives, lines, tag_rows, reconciliation = [], [], [], [], []
    tags: dict[tuple[str, str, int], list] = {}
    for al in lists:
        for a in al.awards:
            for i in a.initiatives:
                tags[(a.round, a.pfa_code, i.initiative_no)] = tag_text(i.text)
    tags = apply_overrides(tags, load_overrides())
    for al in lists:
        for a in al.awards:
            awards.append(
                {
                    "round": a.round, "pfa_code": a.pfa_code, "pfa_name": a.pfa_name, "pcc": a.pcc, "bids": a.bids,
                    "amount_pence": a.amount_pence, "initiatives": len(a.initiatives), "source_id": a.source_id,
                    "source_line": a.source_line,
                }
            )
            for i in a.initiatives:
                key = (a.round, a.pfa_code, i.initiative_no)
                risk = read_risk(i.text)
                kept = [t for t in tags[key] if t.origin != "override-remove"]
                initiatives.append(
                    {
                        "round": a.round, "pfa_code": a.pfa_code, "pfa_name": a.pfa_name, "initiative_no": i.initiative_no,
                        "programme_types": ";".join(t.programme_type for t in kept), "risk_level": risk.risk_level,
                        "risk_evidence": risk.evidence, "risk_set_aside": risk.ignored, "word_count": len(i.text.split()),
                        "source_id": a.source_id, "source_line": i.source_line, "source_line_end": i.source_line_end,
                        "text": i.text,
                    }
                )
                for t in tags[key]:
                    tag_rows.append(
                        {
                            "round": a.round, "pfa_code": a.pfa_code, "pfa_name": a.pfa_name, "initiative_no": i.initiative_no,
                            "programme_type": t.programme_type, "rule_id": t.rule_id, "matched_text": _clip_words(t.matched_text),
                            "origin": t.origin, "reason": t.reason, "source_id": a.source_id, "source_line": i.source_line,
                        }
                    )
        for l in al.lines:
            lines.append({"source_id": al.source_id, "line": l.line, "role": l.role, "pfa_code": l.pfa_code, "note": l.note})
        reconciliation.extend(reconcile_award_list(al).to_dict("records"))
    built = {
        "awards": awards,
        "initiatives": initiatives,
        "programme_tags": tag_rows,
        "award_list_lines": lines,
        "reconciliation": reconciliation,
    }
    return {name: typed_frame(name, rows) for name, rows in built.items()}


def typed_frame(name: str, rows: list[dict]) -> pd.DataFrame:
    """A DataFrame with the documented columns, dtypes and row order of table ``name``.

    Extra in-memory columns (source prose) are kept at the end.
    """
    spec = schemas()[name]
    columns = [c["name"] for c in spec["columns"]]
    frame = pd.DataFrame(rows)
    if frame.empty:
        frame = pd.DataFrame(columns=columns)
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"table {name}: columns {missing} are documented but not built")
    extra = [c for c in frame.columns if c not in columns]
    undocumented = [c for c in extra if c not in PROSE_COLUMNS]
    if undocumented:
        raise ValueError(f"table {name}: columns {undocumented} are built but not documented in table_schemas.toml")
    frame = frame[columns + extra]
    for c in spec["columns"]:
        frame[c["name"]] = frame[c["name"]].astype(_TYPES.get(c["type"], "string"))
    key = spec.get("primary_key", [])
    if key:
        frame = frame.sort_values(key, kind="mergesort").reset_index(drop=True)
    return frame


def build_tables() -> dict[str, pd.DataFrame]:
    """Every table of the suite, from the sources in the mirror (or data/raw)."""
    tables = build_award_tables()
    tables.update(build_local_tables(tables["awards"]))
    population = load_population()
    tables["coverage"] = coverage_table(tables["awards"], tables["programme_tags"], population)
    tables["regional_coverage"] = regional_coverage(tables["coverage"])
    return tables


def to_csv_frame(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """The frame as written: prose dropped, pounds beside pence, documented order."""
    frame = frame.drop(columns=[c for c in frame.columns if c in PROSE_COLUMNS])
    cols: list[str] = []
    data = {}
    for c in frame.columns:
        cols.append(c)
        data[c] = frame[c]
        if c.endswith("_pence"):
            pounds = c[: -len("_pence")] + "_pounds"
            data[pounds] = frame[c].map(lambda v: "" if pd.isna(v) else pence_to_pounds_str(int(v)))
            cols.append(pounds)
    return pd.DataFrame(data, columns=cols)


def csv_text(name: str, frame: pd.DataFrame) -> str:
    """The exact CSV text of a table (UTF-8, LF, no index)."""
    return to_csv_frame(name, frame).to_csv(index=False, lineterminator="\n")


def write_tables(tables: dict[str, pd.DataFrame], out_dir: Path | str) -> list[Path]:
    """Write every table as ``<name>.csv`` in ``out_dir``; returns the paths in name order."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in sorted(tables):
        path = out / f"{name}.csv"
        path.write_bytes(csv_text(name, tables[name]).encode("utf-8"))
        written.append(path)
    return written
