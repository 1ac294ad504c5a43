"""funding.viz.charts: every registered chart is a publication-ready Figure, and looks as it did.

The image comparisons use pytest-mpl (``make test`` passes ``--mpl``); regenerate the
baselines after an intended change with
``pytest tests/test_charts.py --mpl-generate-path=tests/baseline``.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from funding import analysis  # noqa: E402
from funding.viz import charts, style  # noqa: E402
from funding.viz.figures import CHARTS  # noqa: E402


@pytest.fixture(scope="module")
def tables(built_tables):
    """The session's build (conftest), copied: this module's tests cannot change another's."""
    return {name: frame.copy() for name, frame in built_tables.items()}


def _texts(fig) -> list[str]:
    return [t.get_text() for t in fig.texts]


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_registered_chart_is_publication_ready(name, tables):
    fig = CHARTS[name](tables, None)
    try:
        assert isinstance(fig, Figure)
        w, h = fig.get_size_inches()
        assert w == style.FIGURE_WIDTH_IN and fig.dpi == 100  # 800 px wide on screen
        texts = _texts(fig)
        assert len(texts) >= 3, "title, subtitle and source line"
        assert texts[0] and fig.texts[0].get_fontweight() == "bold"
        assert any(t.startswith(("Source:", "Sources:")) for t in texts)
        sizes = [t.get_fontsize() for t in fig.findobj(matplotlib.text.Text) if t.get_text().strip()]
        assert min(sizes) >= 8.5, "nothing smaller than 8.5 pt: readable at 800 px"
    finally:
        plt.close(fig)


def test_money_axes_are_in_pounds(tables):
    fig = CHARTS["awards_ranked"](tables, None)
    fig.canvas.draw()
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    plt.close(fig)
    assert "£1m" in labels and "£0" in labels


def test_chart_draws_into_a_given_axes(tables):
    fig, axes = plt.subplots(1, 2, figsize=(8, 4))
    out = charts.bids_vs_amount_chart(tables["awards"], ax=axes[1])
    assert out is fig and axes[1].get_title(loc="left") == "Bids and amounts"
    assert not axes[0].has_data()
    plt.close(fig)


def test_heatmap_shows_counts_not_zeros(tables):
    m = analysis.type_matrix(tables["initiatives"], labels=True)
    fig = charts.programme_type_heatmap(m)
    shown = [t.get_text() for t in fig.axes[0].texts]
    plt.close(fig)
    assert "0" not in shown
    assert sum(int(t) for t in shown if t) == int(m.to_numpy().sum())


def test_per_resident_title_names_the_top_area(tables):
    per = analysis.amount_per_resident(tables["coverage"], "2021-22")
    fig = charts.amount_per_resident_chart(per)
    plt.close(fig)
    assert per["pfa_name"].iloc[0] in _texts(fig)[0]


def test_swarm_levels_separate_close_values():
    assert charts._swarm_levels([0, 1, 2, 100], gap=5) == [0, 1, -1, 0]


@pytest.mark.parametrize("name", sorted(CHARTS))
@pytest.mark.mpl_image_compare(tolerance=2, savefig_kwargs={"dpi": 100, "metadata": {"Software": None}})
def test_chart_image(name, tables):
    return CHARTS[name](tables, None)


def test_saved_chart_bytes_repeat(tables, tmp_path):
    """The same chart saved twice (SVG and PNG) gives the same bytes: the report is reproducible."""
    paths = []
    for run in ("a", "b"):
        fig = CHARTS["lorenz_curve"](tables, None)
        paths.append(style.save_figure(fig, tmp_path / run / "lorenz_curve"))
        plt.close(fig)
    for first, second in zip(*paths):
        assert first.read_bytes() == second.read_bytes(), first.name


def _timeline_rows(rows):
    cols = ["pfa_code", "pfa_name", "round", "funder", "amount_pence", "amount_qualifier", "low_pence", "high_pence",
            "origin", "in_national_list", "flag", "source_ids"]
    return pd.DataFrame(
        [dict(zip(cols, (code, name, rnd, funder, pence, "exact", pence, pence, "local_release", None, flag, "s")))
         for code, name, rnd, funder, pence, flag in rows]
    )


def test_funding_timeline_has_every_year_and_joins_no_points():
    t = _timeline_rows([("E1", "A", "2020-21", "Home Office", 100_000, ""), ("E1", "A", "2023-24", "", 90_000, ""),
                        ("E2", "B", "2021-22", "", 50_000, "not_in_national_list")])
    fig = charts.funding_timeline_chart(t)
    ax = fig.axes[0]
    ticks = [x.get_text() for x in ax.get_xticklabels()]
    legend_texts = [x.get_text() for legend in ax.artists + ([ax.get_legend()] if ax.get_legend() else [])
                    if hasattr(legend, "get_texts") for x in legend.get_texts()]
    lines = [line for line in ax.get_lines() if len(line.get_xdata()) > 1]
    texts = [x.get_text() for x in ax.texts]
    plt.close(fig)
    assert ticks == ["2020-21", "2021-22", "2022-23", "2023-24"]
    assert not lines, "points from different sources and funders are not joined"
    assert "funder not stated" in legend_texts and "Home Office" in legend_texts
    assert {"A", "B"} <= set(legend_texts)
    assert any("no figure" in x for x in texts), "the year with no figure is marked"
