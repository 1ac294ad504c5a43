"""The tidy tables: documented columns and dtypes, exact money, committed copies current."""

from pathlib import Path

import pandas as pd
import pytest

from funding.errors import SourceError

from funding.parse.awards import parse_award_list
from funding.pipeline import award_tables as build_award_tables
from funding.tables import PROSE_COLUMNS, csv_text, schemas, to_csv_frame, typed_frame

ROOT = Path(__file__).resolve().parents[1]
PROCESSED = ROOT / "data" / "processed"

SMALL = (
    "Awards of £0.9m\n\n"
    "Kent (1) £611,250.01 • A stalking clinic.\n\n"
    "- Sessions in schools.\n\n"
    "Dorset (2) £200,000 • Targeting serial perpetrators.\n"
)


@pytest.fixture(scope="module")
def small():
    return build_award_tables(parse_award_list(SMALL, "small.txt", "2030-31"))


def test_award_table_columns_and_dtypes_are_as_documented(small):
    awards = small["awards"]
    assert list(awards.columns) == [c["name"] for c in schemas()["awards"]["columns"]]
    assert str(awards["amount_pence"].dtype) == "Int64" and str(awards["pfa_code"].dtype) == "string"
    assert awards[["pfa_code", "bids", "amount_pence"]].values.tolist() == [["E23000032", 1, 61125001], ["E23000039", 2, 20000000]]


def test_initiatives_keep_text_in_memory_but_never_in_csv(small):
    ini = small["initiatives"]
    assert ini["text"].tolist()[0] == "A stalking clinic."
    assert "text" not in to_csv_frame("initiatives", ini).columns
    assert "A stalking clinic" not in csv_text("initiatives", ini)


def test_tags_long_form_with_rule_audit(small):
    tags = small["programme_tags"]
    got = tags[["pfa_code", "initiative_no", "programme_type", "rule_id", "matched_text"]].values.tolist()
    assert got == [
        ["E23000032", 1, "stalking", "stalking", "stalking"],
        ["E23000032", 2, "young_people", "schools", "schools"],
        ["E23000039", 1, "high_risk", "high-risk-harm", "serial"],
    ]


def test_pounds_column_beside_pence_is_exact(small):
    text = csv_text("awards", small["awards"])
    header, first = text.splitlines()[:2]
    assert "amount_pence,amount_pounds" in header
    assert ",61125001,611250.01," in first


def test_reconciliation_flags_a_total_that_does_not_match(small):
    rec = small["reconciliation"].set_index("check")
    assert rec.loc["total amount", "status"] == "MISMATCH"  # £811,250.01 is not £0.9m to the nearest £0.1m
    assert rec.loc["total amount", "found"] == "£811,250.01"
    assert rec.loc["number of bids", "found"] == "3 bids, 1 to 2 per award"
    assert rec.loc["lines accounted for", "status"] == "ok"


def test_undocumented_column_is_refused():
    with pytest.raises(SourceError, match="every built column to be declared"):
        typed_frame("reconciliation", [{"source_id": "s", "check": "c", "expected": "", "found": "", "status": "", "basis": "", "extra": 1}])


def test_csv_rows_are_in_primary_key_order_whatever_the_input_order(small):
    shuffled = small["awards"].iloc[::-1].to_dict("records")
    assert csv_text("awards", typed_frame("awards", shuffled)) == csv_text("awards", small["awards"])


@pytest.mark.integration
def test_committed_csvs_equal_what_the_code_builds(built_tables):
    tables = built_tables  # the session's build (conftest): only read here
    stale = []
    for name, frame in tables.items():
        path = PROCESSED / f"{name}.csv"
        if not path.is_file() or path.read_text(encoding="utf-8") != csv_text(name, frame):
            stale.append(name)
    assert not stale, f"data/processed is out of date for {stale}: run `make tables`"


def _shingles(text, n=12):
    import re

    words = re.findall(r"[a-z0-9£%']+", text.lower().replace("\u2019", "'"))
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


@pytest.mark.integration
def test_committed_outputs_carry_no_source_prose():
    from funding.sources import manifest, read_text

    source_runs = set()
    for e in manifest().values():
        if e.shelf == "sources":
            source_runs |= _shingles(read_text(e.source_id)[1])
    outputs = [p for p in (ROOT / "data" / "processed").rglob("*") if p.suffix in (".csv", ".json")]
    assert outputs
    for path in outputs:
        copied = _shingles(path.read_text(encoding="utf-8")) & source_runs
        assert not copied, f"{path.name} repeats a sentence of a source: {sorted(copied)[0]!r}"


def test_two_rounds_build_one_set_of_tables():
    first = parse_award_list(SMALL, "small.txt", "2030-31")
    second = parse_award_list("Awards of £0.2m\n\nKent (1) £200,000 • A stalking clinic.\n", "next.txt", "2031-32")
    tables = build_award_tables([first, second])
    assert tables["awards"][["round", "pfa_code", "amount_pence"]].values.tolist() == [
        ["2030-31", "E23000032", 61125001],
        ["2030-31", "E23000039", 20000000],
        ["2031-32", "E23000032", 20000000],
    ]
    rec = tables["reconciliation"]
    assert sorted(set(rec["source_id"])) == ["next.txt", "small.txt"]
    assert rec[(rec["source_id"] == "next.txt") & (rec["check"] == "total amount")]["status"].item() == "ok"


def test_more_bids_than_the_round_allows_is_a_mismatch():
    al = parse_award_list("Kent (4) £611,250 • A group.\n\nDorset (1) £200,000 • Work.\n", "f.txt", "2021-22")
    from funding.tables.checks import reconcile_award_list

    rec = reconcile_award_list(al).set_index("check")
    assert rec.loc["number of bids", "status"] == "MISMATCH"
    assert rec.loc["number of bids", "found"] == "5 bids, 1 to 4 per award; outside: Kent (4)"
    assert rec.loc["number of bids", "expected"] == "1 to 3 per award"


def test_the_plausible_range_names_every_area_tied_at_its_ends():
    """Humberside and Warwickshire share the smallest 2021-22 award: both are named, not one."""
    from funding.pipeline import load_tables
    from funding.tables.checks import reconcile_award_list

    rec = load_tables(names=["reconciliation"])["reconciliation"].set_index("check")
    assert rec.loc["amounts in plausible range", "found"] == "£200,000 (Humberside and Warwickshire) to £1,563,547 (Metropolitan Police)"
    al = parse_award_list(
        "Kent (1) £200,000 • A group.\n\nDorset (1) £200,000 • Work.\n\nEssex (1) £200,000 • More.\n\nSurrey (1) £300,000 • Else.\n",
        "f.txt", "2021-22",
    )
    found = reconcile_award_list(al).set_index("check").loc["amounts in plausible range", "found"]
    assert found == "£200,000 (Dorset, Essex and Kent) to £300,000 (Surrey)"
