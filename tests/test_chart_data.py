"""Every figure gives the numbers it draws (chart-ready CSV) and a description written from
them; the SVGs carry live text, a <title> and a <desc>; path data is compacted without drift."""

from __future__ import annotations

import re

import pytest

from funding.viz import figures, style


@pytest.fixture(scope="module")
def tables():
    from funding.pipeline import load_tables

    return load_tables()


@pytest.mark.parametrize("name", sorted(figures.FIGURES))
def test_chart_data_has_labels_and_units(name, tables):
    frame = figures.chart_data(name, tables)
    assert len(frame) > 0 and len(frame.columns) >= 2
    for col in frame.columns:
        assert not re.search(r"_pence|_code|^round$|pfa_", col), f"{name}: a code in the header {col!r}"
    money = [c for c in frame.columns if "£" in c or "Amount" in c or "award" in c.lower() and "(" in c]
    for col in money:
        assert col.endswith(")"), f"{name}: {col!r} has no unit"
    first = frame.columns[0]
    assert frame[first].astype(str).str.match(r"^(?:[EW]\d{8})$").sum() == 0, f"{name}: codes instead of names"


def test_chart_data_is_exactly_what_is_drawn(tables):
    from funding import analysis

    ranked = figures.chart_data("awards_ranked", tables)
    drawn = analysis.ranked_awards(tables["awards"], "2021-22")
    assert list(ranked["Police force area"]) == list(drawn["pfa_name"])
    assert [round(float(v) * 100) for v in ranked["Amount awarded (£)"]] == [int(v) for v in drawn["amount_pence"]]
    per = figures.chart_data("amount_per_resident", tables)
    assert (per["Police force area"].iloc[0], per["Award per resident (pence)"].iloc[0][:2]) == ("Dyfed-Powys", "80")


def test_alt_text_is_written_from_the_data(tables):
    assert figures.alt_text("awards_ranked", tables).startswith(
        "Bar chart. Amount awarded (£): Metropolitan Police £1.56m, Greater Manchester £1.52m, Derbyshire £659k")
    assert "18 of 43 areas had no award" in figures.alt_text("map_award_amount", tables)


def test_a_new_entry_gets_chart_data_without_more_code(tables):
    entry = figures._chart("awards_ranked_chart", lambda t, a, r: (a.ranked_awards(t["awards"], r),), form="Bar chart")
    frame = entry.data(tables)
    assert "Police force area" in frame.columns and "Amount awarded (£)" in frame.columns
    assert "pfa_code" not in frame.columns and frame["Amount awarded (£)"].iloc[0] == "1563547.00"
    assert "Metropolitan Police £1.56m" in entry.alt(tables)


def test_compact_path_keeps_every_point_to_the_rounding():
    d = "M 100.123456 200.987654 \nL 101.5 199.26 \nL 90.04 210.96 \nz\nM 5 5 \nL 6.06 7.04 \nC 1 2 3 4 5 6 \nL 0 0 \n"
    out = style.compact_path(d)
    assert out == "m100.1 201l1.4-1.7l-11.5 11.7zm-95.1-196l1.1 2C1 2 3 4 5 6l-5-6"
    # Walk the compact path back to absolute points: no drift.
    pts, cur, start = [], (0.0, 0.0), (0.0, 0.0)
    for cmd, args in re.findall(r"([mlCz])([^mlCz]*)", out):
        nums = [float(n) for n in re.findall(r"-?\d*\.?\d+", args)]
        if cmd in "ml":
            cur = (round(cur[0] + nums[0], 1), round(cur[1] + nums[1], 1))
            start = cur if cmd == "m" else start
            pts.append(cur)
        elif cmd == "C":
            cur = (nums[-2], nums[-1])
        else:
            cur = start
    assert pts == [(100.1, 201.0), (101.5, 199.3), (90.0, 211.0), (5.0, 5.0), (6.1, 7.0), (0.0, 0.0)]


def test_svg_has_live_text_title_and_desc(tables, tmp_path):
    import matplotlib.pyplot as plt

    fig = figures.draw("award_distribution", tables)
    try:
        svg_path, _ = style.save_figure(fig, tmp_path / "dist")
    finally:
        plt.close(fig)
    svg = svg_path.read_text(encoding="utf-8")
    assert re.search(r'<svg [^>]*role="img" aria-labelledby="title desc"', svg)
    assert '<title id="title">How big the awards were</title>' in svg
    assert re.search(r'<desc id="desc">Column chart: How big the awards were\. .*£250k to under £500k £3\.71m', svg)
    assert ">How big the awards were</text>" in svg and "font-family: 'DejaVu Sans', 'Bitstream Vera Sans'" in svg
    assert "<path d=\"M " not in svg


#: Numeric columns whose header carries no bracketed unit, and why none is needed.
UNITLESS_COUNTS = {
    "Rank": "a position (1 is the largest), not a quantity",
    "Bids": "a count: the header names what is counted",
    "Awards": "a count: the header names what is counted",
    "Awards, smallest first": "a running count of awards",
    "Population": "a count of residents",
    "Police force areas": "a count: the header names what is counted",
    "Areas funded": "a count: the header names what is counted",
}


def _numbers(values):
    """The non-blank values as floats, or None when any of them is not a number (a text column)."""
    out = []
    for v in values:
        text = "" if v is None else str(v).strip()
        if text in ("", "<NA>", "nan"):
            continue
        try:
            out.append(float(text))
        except ValueError:
            return None
    return out or None


@pytest.mark.parametrize("name", sorted(figures.FIGURES))
def test_every_chart_csv_header_has_its_unit_or_says_why_not(name, tables, tmp_path):
    """Read back from the CSV as written: a numeric column's header ends in its unit in
    brackets, "(£)", "(%)", "(ratio)" …, or it is a count named in UNITLESS_COUNTS (whole
    numbers); a text column (names, yes/no) has no unit.  No value is written to more than
    two decimals (a derived ratio once came out as 3.066666666666667)."""
    import csv

    (path,) = figures.write_chart_data(tmp_path, tables, names=[name])
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    for i, col in enumerate(header):
        values = [r[i] for r in body]
        numbers = _numbers(values)
        if numbers is None:
            continue
        if re.search(r"\([^()]+\)$", col):
            continue
        assert col in UNITLESS_COUNTS, f"{name}: {col!r} holds numbers but states no unit"
        assert all(v.is_integer() for v in numbers), f"{name}: {col!r} is not a count"
    for r in body:
        for v in r:
            assert not re.fullmatch(r"-?\d+\.\d{3,}", v.strip()), f"{name}: {v!r} is written to more than two decimals"


def test_need_chart_csvs_name_the_measure_and_its_unit(tables):
    rate = figures.chart_data("need_stalking_rate", tables)
    assert list(rate.columns) == ["Police force area", "Recorded stalking, 2019-20 (offences per 100,000 residents)",
                                  "Money attributed to stalking work per 100,000 residents (£)"]
    growth = figures.chart_data("need_stalking_growth", tables).set_index("Police force area")
    met = growth.loc["Metropolitan Police"]
    # The ratio to two decimals, with the two counts it is the ratio of.
    assert met["Growth in recorded stalking, 2015-16 to 2019-20 (ratio)"] == "3.07"
    assert (int(met["Recorded stalking, 2015-16 (offences)"]), int(met["Recorded stalking, 2019-20 (offences)"])) == (615, 1886)
    severity = figures.chart_data("map_need_severity", tables).set_index("Police force area")
    assert list(severity.columns) == ["Award per 100,000 residents (£)",
                                      "Crime Severity Score, violence against the person, 2020-21 (score)"]
    assert severity.loc["Cumbria"].tolist() == ["40012.06", "3.54"]
    # The award per 100,000 has one header on every figure of it.
    assert "Award per 100,000 residents (£)" in figures.chart_data("map_award_per_100k", tables).columns
