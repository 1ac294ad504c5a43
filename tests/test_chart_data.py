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


def _need_frame(tables):
    from funding.analysis import need as analysis_need

    t = tables
    return analysis_need.need_by_area(t["coverage"], t["awards"], t["initiatives"], t["area_context"], "2021-22")


@pytest.mark.parametrize("name, comparison, across, up", [
    ("need_stalking_rate", "stalking_rate", "Police recorded stalking offences per 100,000 residents in 2019-20 across",
     "money attributed to stalking work per 100,000 residents up"),
    ("need_stalking_growth", "stalking_growth", "Growth in recorded stalking from 2015-16 to 2019-20 (ratio of offences) across",
     "money attributed to stalking work per 100,000 residents up"),
    ("need_severity", "severity", "ONS Crime Severity Score for violence against the person, 2020-21 across",
     "award per 100,000 residents up"),
])
def test_scatter_alt_text_gives_both_variables_and_the_correlation_drawn(name, comparison, across, up, tables):
    """The alt text of a relationship chart says what is across and what is up, the rank
    correlation the chart's subtitle states (computed by the analysis, not here), and the
    points the chart names; it no longer lists the areas in register order."""
    import matplotlib.pyplot as plt

    from funding.analysis import need as analysis_need

    alt = figures.alt_text(name, tables)
    rc = analysis_need.need_correlations(_need_frame(tables))[comparison]
    assert across in alt and up in alt
    stated = f"Spearman rank correlation {rc.rho:.2f} ({rc.confidence:.0%} interval {rc.low:.2f} to {rc.high:.2f}; no clear association), {rc.n} areas"
    assert stated in alt
    fig = figures.draw(name, tables)
    try:
        assert stated in style.figure_text(fig)["subtitle"]  # the same figure as the chart shows
        named = {t.get_text() for ax in fig.axes for t in ax.texts}
    finally:
        plt.close(fig)
    assert named and all(n in alt for n in named), named - {n for n in named if n in alt}
    assert "Metropolitan Police £0, Cumbria £0" not in alt


def test_stalking_alt_text_names_each_area_with_money_and_its_rate(tables):
    alt = figures.alt_text("need_stalking_rate", tables)
    assert ("5 areas with stalking money (all named: Surrey £42k at 41.7, Cambridgeshire £17k at 35.8, "
            "South Yorkshire £12k at 117.8, Merseyside £11k at 124.6, Kent £10k at 47.9); the other 36 sit at £0.") in alt
    assert "Highest across: South Wales 161.3 at £0" in alt


def test_need_map_alt_text_describes_every_panel(tables):
    alt = figures.alt_text("map_need_stalking", tables)
    assert [alt.count(f"Panel {i} of 3, ") for i in (1, 2, 3)] == [1, 1, 1]
    panels = alt.split("Panel ")[1:]
    assert "money attributed to stalking work per 100,000 residents, in quartile classes" in panels[0]
    assert "no stalking work: 38 areas, hatched grey" in panels[0]
    assert "recorded stalking offences per 100,000 residents in 2019-20" in panels[1] and "highest South Wales 161.3" in panels[1]
    assert "growth in recorded stalking from 2015-16 to 2019-20" in panels[2] and "highest Durham 136.3×" in panels[2]
    assert all("no figure: Greater Manchester, the City of London" in p for p in panels[1:])
    severity = figures.alt_text("map_need_severity", tables)
    assert "Panel 1 of 2, 2021-22 award per 100,000 residents, in the fixed classes of every map of this measure" in severity
    # The areas in each fixed class, counted here from the chart-ready table.
    money = [float(v) for v in figures.chart_data("map_need_severity", tables)["Award per 100,000 residents (£)"]]
    bounds = [0, 15_000, 25_000, 40_000, 50_000, float("inf")]
    counts = [sum(lo < v <= hi for v in money) for lo, hi in zip(bounds, bounds[1:])]
    labels = ["up to £15k", "£15k to £25k", "£25k to £40k", "£40k to £50k", "over £50k"]
    assert "(" + ", ".join(f"{l}: {n} areas" for l, n in zip(labels, counts)) + ")" in severity
    assert f"no award: {money.count(0.0)} areas" in severity
    assert "Panel 2 of 2, ONS Crime Severity Score for violence against the person, 2020-21, in quartile classes" in severity


def test_bids_alt_text_gives_the_bids(tables):
    alt = figures.alt_text("bids_vs_amount", tables)
    assert "1 bid: 22 awards from £200k (Humberside) to £659k (Derbyshire)" in alt
    assert "2 bids: Hampshire £495k, Greater Manchester £1.52m; 3 bids: Metropolitan Police £1.56m." in alt


def test_stalking_map_subtitle_says_per_100000(tables):
    from funding.pipeline import load_shapes
    from funding.viz import need as viz_need

    import matplotlib.pyplot as plt

    fig = viz_need.stalking_need_map(_need_frame(tables), shapes=load_shapes("boundaries"))
    try:
        subtitle = style.figure_text(fig)["subtitle"]
    finally:
        plt.close(fig)
    assert subtitle.startswith("Money attributed to stalking work per 100,000 residents (mid-2021 population) beside")
    assert "(mid-2021 residents)" not in subtitle
