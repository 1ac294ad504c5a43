"""The release tables' frames (funding.tables.releases._frame) are built from plain rows without
pandas' per-column conversions: they must equal what ``typed_frame`` makes of the same rows
(dtypes, values, missing values, row order), on every table, on rows with missing cells,
ties in the sort key and values of other types (which take the general path)."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

from funding.reference.schemas import columns_of, schemas, typed_frame
from funding.tables import releases
from funding.tables.releases import _frame, recognise_awards

TABLES = ["local_awards", "programme_components", "outcomes", "organisations", "local_diagnostics", "people",
          "source_conflicts", "funding_timeline"]


def _reference(name: str, rows: list[dict]) -> pd.DataFrame:
    """The frame as typed_frame builds it from a DataFrame of the rows (the general path)."""
    df = pd.DataFrame(rows, columns=columns_of(name))
    for c in schemas()[name]["columns"]:
        if c["type"] == "string":
            with warnings.catch_warnings():  # a text column with no value at all is float64 to pandas
                warnings.simplefilter("ignore")
                df[c["name"]] = df[c["name"]].fillna("")
    return typed_frame(name, df)


_VALUES = {
    "string": ["b", "a", None, "", "é", "b"],
    "date": ["2024-03", None, "2023-01", "2024-03", None, "2023-12"],
    "integer": [3, None, 1, 3, -2, 10**12],
    "number": [2.5, None, float("nan"), 1, 2.5, -0.0],
    "boolean": [True, None, False, True, False, None],
}


def _rows(name: str, n: int = 12) -> list[dict]:
    """Rows with every kind of cell: missing (None, NaN, an absent key), ties and reversed order."""
    cols = schemas()[name]["columns"]
    rows = []
    for i in range(n):
        row = {}
        for j, c in enumerate(cols):
            if (i + j) % 7 == 6:
                continue  # the key is absent: missing, as in pd.DataFrame(rows, columns=...)
            values = _VALUES[c["type"]]
            row[c["name"]] = values[(i * (j + 1)) % len(values)]
        rows.append(row)
    return rows


@pytest.mark.parametrize("name", TABLES)
def test_a_frame_built_from_plain_rows_equals_typed_frames(name, monkeypatch):
    rows = _rows(name)
    calls = []
    monkeypatch.setattr(releases, "typed_frame", lambda *a: calls.append(a[0]) or typed_frame(*a))
    got = _frame(name, rows)
    assert calls == []  # the fast path, not typed_frame (else the equality below proves nothing about it)
    expected = _reference(name, rows)
    pd.testing.assert_frame_equal(got, expected, check_exact=True)
    assert list(got.columns) == columns_of(name) and len(got) == len(rows)
    assert got.columns.dtype == expected.columns.dtype and isinstance(got.index, pd.RangeIndex)


@pytest.mark.parametrize("name", ["organisations", "outcomes"])
def test_rows_of_other_types_take_the_general_path_and_give_the_same_frame(name, monkeypatch):
    rows = _rows(name)
    rows[0]["source_line"] = np.int64(5)  # a numpy integer is not a plain int
    calls = []
    monkeypatch.setattr(releases, "typed_frame", lambda *a: calls.append(a[0]) or typed_frame(*a))
    got = _frame(name, rows)
    assert calls == [name]
    pd.testing.assert_frame_equal(got, _reference(name, rows), check_exact=True)
    assert 5 in got["source_line"].dropna().tolist()


def test_award_ids_assigned_on_plain_rows_equal_recognise_awards():
    rows = []
    for i, (area, funder, role, n) in enumerate([
        ("E23000032", "Home Office", "grant", ""), ("E23000032", "", "grant", ""), ("E23000032", None, "grant", "2"),
        ("E23000001", "", "grant", ""), ("E23000001", "Council", "match_funding", ""), ("", "Home Office", "grant", ""),
        ("W15000001", "", "own_funding", ""), ("W15000001", "PCC", "part", ""),
    ]):
        rows.append({"award_id": n, "source_id": f"s{i % 3}", "source_line": 9 - i, "pfa_code": area, "round": "2023/24",
                     "funder": funder, "funding_role": role, "amount_pence": 100 * i, "amount_precision_pence": 1,
                     "amount_qualifier": "exact"})
    got = _frame("local_awards", rows, award_ids=True)
    expected = typed_frame("local_awards", recognise_awards(_reference("local_awards", rows)))
    pd.testing.assert_frame_equal(got, expected, check_exact=True)
    assert "E23000032:2023/24:Home Office:2" in set(got["award_id"])
    assert "W15000001:2023/24:own funding:funder not stated" in set(got["award_id"])


def test_a_table_over_the_plain_row_limit_takes_the_general_path_and_gives_the_same_frame(monkeypatch):
    rows = _rows("source_conflicts")
    monkeypatch.setattr(releases, "_PLAIN_ROWS", len(rows) - 1)
    calls = []
    monkeypatch.setattr(releases, "typed_frame", lambda *a: calls.append(a[0]) or typed_frame(*a))
    got = _frame("source_conflicts", rows)
    assert calls == ["source_conflicts"]
    pd.testing.assert_frame_equal(got, _reference("source_conflicts", rows), check_exact=True)


def test_a_big_integer_beside_a_missing_value_is_kept_exactly():
    """Where the fast path and typed_frame differ: typed_frame reads an integer column with a
    missing value through float64, which cannot hold 2**53 + 1; the fast path keeps it."""
    rows = [{"source_id": "s", "source_line": 2**53 + 1}, {"source_id": "s", "source_line": None}]
    got = _frame("organisations", rows)
    assert got["source_line"].dropna().tolist() == [2**53 + 1]
    assert _reference("organisations", rows)["source_line"].dropna().tolist() == [2**53]
