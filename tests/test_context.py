"""Funding beside need: the stalking and crime severity loaders, the area_context table,
the rank correlation and its sentences, and the figures of notebook 06.

Image regression (``make test`` passes ``--mpl``): regenerate the two map baselines after a
deliberate change with ``.venv/bin/pytest tests/test_context.py --mpl-generate-path=tests/baseline``
(the three charts are in tests/test_charts.py, through the registry).
"""

from __future__ import annotations

import functools
from fractions import Fraction

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from funding.analysis import need  # noqa: E402
from funding.errors import SourceError  # noqa: E402
from funding.reference import context  # noqa: E402

PART_YEAR = "2020-21 Apr-Dec (part year)"
CITY = "E23000034"
GREATER_MANCHESTER = "E23000005"
AVON = "E23000036"


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def stalking():
    return context.load_stalking()


@pytest.fixture(scope="module")
def area_context(built_tables):
    return built_tables["area_context"]


@pytest.fixture(scope="module")
def need_frame(built_tables):
    t = built_tables
    return need.need_by_area(t["coverage"], t["awards"], t["initiatives"], t["area_context"], "2021-22")


# ----------------------------------------------------------------------------- loaders


def test_manifest_rows_carry_hash_licence_and_credit():
    from funding.sources import entry

    for source_id in (context.STALKING_ID, context.SEVERITY_ID):
        e = entry(source_id)
        assert len(e.sha256) == 64 and "Open Government Licence v3.0" in e.licence
        assert e.credit.startswith("Source: ") and e.shelf == "data"
    assert entry(context.STALKING_ID).sha256 == "84d2039429e535b5884193ec3b4043872307e20cd26ce78365662aa148900fb3"


@pytest.mark.sources  # reads the ONS and Home Office files in the mirror
def test_stalking_has_every_area_for_every_period(stalking):
    assert len(stalking) == 43 * 6
    assert stalking.groupby("pfa_code").size().eq(6).all()
    assert list(dict.fromkeys(stalking["period"])) == ["2015-16", "2016-17", "2017-18", "2018-19", "2019-20", PART_YEAR]
    assert int(stalking.loc[stalking["status"] == "figure", "offences"].sum()) == 4100 + 5283 + 10175 + 19374 + 30818 + 59950


@pytest.mark.sources  # reads the ONS and Home Office files in the mirror
def test_stalking_counts_and_lines_are_the_files(stalking):
    row = stalking[(stalking["pfa_code"] == AVON) & (stalking["period"] == "2015-16")].iloc[0]
    assert (int(row["offences"]), int(row["source_line"])) == (144, 2)
    met = stalking[(stalking["pfa_name"] == "Metropolitan Police") & (stalking["period"] == PART_YEAR)].iloc[0]
    assert int(met["offences"]) == 4866


@pytest.mark.sources  # reads the ONS and Home Office files in the mirror
def test_force_names_join_through_the_register_aliases(stalking):
    # The file prints "Devon and Cornwall"; the register's name is "Devon & Cornwall".
    devon = stalking[stalking["pfa_code"] == "E23000035"]
    assert set(devon["pfa_name"]) == {"Devon & Cornwall"}
    assert int(devon.loc[devon["period"] == "2019-20", "offences"].iloc[0]) == 497


@pytest.mark.sources  # reads the ONS and Home Office files in the mirror
def test_city_of_london_is_named_as_having_no_figure_not_dropped(stalking, area_context):
    city = stalking[stalking["pfa_code"] == CITY]
    assert len(city) == 6 and set(city["status"]) == {"no_figure"}
    assert city["offences"].isna().all() and city["source_line"].isna().all()
    assert "City of London" in city["no_figure_reason"].iloc[0]
    rows = area_context[area_context["pfa_code"] == CITY]
    assert len(rows) == 6 + 6 + 2 * 7 and set(rows["status"]) == {"no_figure"} and rows["value"].isna().all()
    severity = rows[rows["measure"] == "crime_severity_score"]
    assert set(severity["source_line"]) == {68, 69}


@pytest.mark.sources  # reads the ONS and Home Office files in the mirror
def test_greater_manchester_zeros_are_no_figure_with_the_file_value_kept(stalking):
    gm = stalking[stalking["pfa_code"] == GREATER_MANCHESTER].set_index("period")
    assert int(gm.loc["2018-19", "offences"]) == 342
    for period in ("2019-20", PART_YEAR):
        assert gm.loc[period, "status"] == "no_figure" and pd.isna(gm.loc[period, "offences"])
        assert int(gm.loc[period, "offences_in_file"]) == 0


@pytest.mark.sources  # reads the ONS and Home Office files in the mirror
def test_part_year_is_labelled_everywhere(stalking, area_context):
    part = stalking[stalking["part_year"]]
    assert set(part["period"]) == {PART_YEAR} and set(part["period_end"]) == {"2020-12-31"}
    assert part["counting_rules_changed"].all()
    labelled = area_context[area_context["part_year"]]
    assert set(labelled["period"]) == {PART_YEAR} and len(labelled) == 2 * 43
    assert labelled["caveats"].str.contains("part_year").all()
    # …and no full year carries the label or the flag.
    others = area_context[~area_context["part_year"]]
    assert not others["period"].str.contains("part year").any() and not others["caveats"].str.contains("part_year").any()


@pytest.mark.sources  # reads the ONS and Home Office files in the mirror
def test_severity_scores_are_the_files():
    s = context.load_severity()
    assert len(s) == 43 * 2 * 7
    met = s[(s["pfa_code"] == "E23000001") & (s["period"] == "2020-21") & (s["offence_group"] == "total_recorded_crime")]
    assert float(met["score"].iloc[0]) == pytest.approx(15.448360696708095, abs=1e-12)
    assert set(s.loc[s["status"] == "no_figure", "pfa_code"]) == {CITY}


@pytest.mark.sources  # reads the ONS and Home Office files in the mirror
def test_area_population_sums_districts_to_the_area_file():
    from funding.reference.geo import load_population

    summed = context.load_area_population()
    area = load_population()
    both = area.merge(summed, on=["pfa_code", "year"], suffixes=("_area", "_summed"))
    assert len(both) == 43 * 5 and (both["population_area"] == both["population_summed"]).all()
    avon_2015 = summed[(summed["pfa_code"] == AVON) & (summed["year"] == 2015)]["population"].iloc[0]
    assert int(avon_2015) == 1_665_885


def _fake_csv(monkeypatch, frame):
    monkeypatch.setattr(context, "_read_csv", lambda source_id: ("stalking.csv", frame, False))
    context._stalking.cache_clear()


def _good_frame():
    from funding.sources import read_bytes
    import io

    _, data = read_bytes(context.STALKING_ID)
    return pd.read_csv(io.BytesIO(data), dtype=str)


@pytest.mark.sources  # reads the ONS and Home Office files in the mirror
def test_an_unknown_force_name_is_an_error_naming_the_line(monkeypatch):
    frame = _good_frame()
    frame.loc[0, "force"] = "Avon and Somersett"
    _fake_csv(monkeypatch, frame)
    try:
        with pytest.raises(SourceError) as err:
            context.load_stalking("fake")
        assert err.value.line == 2 and "Avon and Somerset" in str(err.value)
    finally:
        context._stalking.cache_clear()


@pytest.mark.sources  # reads the ONS and Home Office files in the mirror
def test_a_total_that_is_not_the_sum_is_an_error(monkeypatch):
    frame = _good_frame()
    frame.loc[0, "2019/20"] = "1331"
    _fake_csv(monkeypatch, frame)
    try:
        with pytest.raises(SourceError, match="the sum of the forces, 30819"):
            context.load_stalking("fake")
    finally:
        context._stalking.cache_clear()


# ----------------------------------------------------------------------------- the table


def test_area_context_counts_and_rates(area_context):
    assert len(area_context) == 43 * 6 * 2 + 43 * 2 * 7
    assert area_context.groupby(["measure", "status"]).size().to_dict() == {
        ("crime_severity_score", "figure"): 588, ("crime_severity_score", "no_figure"): 14,
        ("stalking_offences", "figure"): 250, ("stalking_offences", "no_figure"): 8,
        ("stalking_offences_per_100k", "figure"): 250, ("stalking_offences_per_100k", "no_figure"): 8,
    }
    rate = area_context[(area_context["pfa_code"] == AVON) & (area_context["measure"] == "stalking_offences_per_100k")
                        & (area_context["period"] == "2019-20")].iloc[0]
    assert int(rate["population_year"]) == 2019 and int(rate["population"]) == 1_725_186
    assert float(rate["value"]) == float(round(Fraction(1330 * 100_000, 1_725_186), 2)) == 77.09
    assert rate["unit"] == "offences per 100,000 residents"
    assert rate["source_id"].split(";") == [context.STALKING_ID, "ons-lad23-population-mye23", "ons-lad23-pfa23-lookup"]


def test_area_context_is_written_and_documented(area_context):
    from funding.pipeline import PROCESSED_DIR
    from funding.reference.schemas import columns_of
    from funding.tables.reading import read_table_csv

    assert list(area_context.columns) == columns_of("area_context")
    back = read_table_csv(PROCESSED_DIR / "area_context.csv", "area_context")
    pd.testing.assert_frame_equal(back, area_context)


# ----------------------------------------------------------------------------- the rank correlation


def test_spearman_on_a_handmade_table():
    # Ranks of y: 1, 2, 3.5, 5, 3.5 (a tie).  Σdxdy = 8, Σdx² = 10, Σdy² = 9.5: rho = 8 / √95.
    rc = need.rank_correlation([1, 2, 3, 4, 5], [5, 6, 7, 8, 7], resamples=999, seed=1)
    assert rc.rho == pytest.approx(8 / 95 ** 0.5, abs=1e-12)
    assert rc.n == 5 and rc.low <= rc.rho <= rc.high == 1.0


def test_perfect_orders_give_one_and_minus_one_with_a_degenerate_interval():
    up = need.rank_correlation(range(10), [v * v for v in range(10)], resamples=999, seed=3)
    down = need.rank_correlation(range(10), [-v for v in range(10)], resamples=999, seed=3)
    assert (up.rho, up.low, up.high) == (1.0, 1.0, 1.0)
    assert (down.rho, down.low, down.high) == (-1.0, -1.0, -1.0)


def test_the_interval_is_seeded_and_says_no_more_than_it_allows():
    x, y = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], [2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4]
    a = need.rank_correlation(x, y, resamples=2000, seed=7)
    b = need.rank_correlation(x, y, resamples=2000, seed=7)
    assert a == b and a.includes_zero
    assert "no clear association" in need.strength_words(a)
    strong = need.rank_correlation(range(12), [0, 2, 1, 3, 5, 4, 6, 8, 7, 9, 11, 10], resamples=2000, seed=7)
    assert not strong.includes_zero and strong.low > 0
    assert "strong positive association" in need.strength_words(strong)


def test_missing_pairs_are_refused():
    with pytest.raises(ValueError, match="missing"):
        need.rank_correlation([1, 2, float("nan"), 4], [1, 2, 3, 4])


# ----------------------------------------------------------------------------- the comparisons


def test_need_by_area_has_every_area_and_the_stalking_money(need_frame, built_tables):
    from funding import analysis

    assert len(need_frame) == 43
    with_work = need_frame[need_frame["stalking_work"]]
    assert sorted(with_work["pfa_name"]) == ["Cambridgeshire", "Kent", "Merseyside", "South Yorkshire", "Surrey"]
    by_type = analysis.money_by_type(built_tables["awards"], built_tables["initiatives"], "2021-22").set_index("programme_type")
    assert int(need_frame["stalking_attributed_pence"].sum()) == int(by_type.loc["stalking", "attributed_pence"])
    dyfed = need_frame.set_index("pfa_name").loc["Dyfed-Powys"]
    assert (int(dyfed["stalking_offences_from"]), int(dyfed["stalking_offences_to"])) == (2, 259)
    assert float(dyfed["stalking_growth"]) == 129.5


def test_comparisons_name_the_areas_left_out(need_frame):
    rows, left_out = need.comparison_rows(need_frame, "stalking_rate")
    assert len(rows) == 41
    assert left_out == ["Greater Manchester, which has no figure", "the City of London, which has no PCC or equivalent and could not bid"]
    rows, left_out = need.comparison_rows(need_frame, "severity")
    assert len(rows) == 42 and len(left_out) == 1


def test_sentences_carry_their_caveats(need_frame, built_tables):
    text = need.need_sentences(need_frame)
    for phrase in ("recording practice", "not specific to domestic abuse", "says nothing about cause", "95% bootstrap interval",
                   "experimental statistic", "Greater Manchester, which has no figure"):
        assert phrase in text, phrase
    part = need.part_year_sentence(built_tables["area_context"])
    assert PART_YEAR in part and "59,950" in part and "30,818" in part
    assert "the City of London has no figure for recorded stalking" in need.no_figure_sentence(built_tables["area_context"]).replace("The City", "the City")


# ----------------------------------------------------------------------------- figures


@functools.lru_cache(maxsize=None)
def _boundaries():
    from funding.pipeline import load_shapes

    return load_shapes("boundaries")


def test_maps_name_no_stalking_work_and_no_figure(need_frame):
    from funding.viz import need as viz_need

    fig = viz_need.stalking_need_map(need_frame, shapes=_boundaries())
    texts = [t.get_text() for ax in fig.axes if ax.get_legend() for t in ax.get_legend().get_texts()]
    assert "No stalking work" in texts
    assert any(t.startswith("No figure:") and "Greater Manchester" in t and "the City of London" in t for t in texts)
    assert any(t.get_text().startswith("Source:") for t in fig.texts)


MPL = {"savefig_kwargs": {"dpi": 50}, "tolerance": 2, "style": "default"}


@pytest.mark.mpl_image_compare(**MPL)
def test_image_need_stalking_map(need_frame):
    from funding.viz import need as viz_need

    return viz_need.stalking_need_map(need_frame, shapes=_boundaries())


@pytest.mark.mpl_image_compare(**MPL)
def test_image_need_severity_map(need_frame):
    from funding.viz import need as viz_need

    return viz_need.severity_need_map(need_frame, shapes=_boundaries())


def test_the_readme_says_no_clear_association_only_where_the_interval_includes_zero(need_frame):
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    correlations = need.need_correlations(need_frame)
    for name in ("stalking_rate", "severity"):
        rc = correlations[name]
        stated = f"rank correlation of {rc.rho:.2f}" if name == "severity" else f"is {rc.rho:.2f}"
        assert stated in readme.replace("\n  ", " "), name
        assert rc.includes_zero, f"{name}: the README says 'no clear association', but the interval excludes zero"
