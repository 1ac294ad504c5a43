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
