"""Maps, the hex layout, the house style and the figures written to disk.

Image regression: ``make test`` runs pytest with ``--mpl --mpl-baseline-path=tests/baseline``;
regenerate the baselines after a deliberate change with
``.venv/bin/pytest tests/test_maps.py --mpl-generate-path=tests/baseline``.
"""

from __future__ import annotations

import functools
import hashlib

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from funding.reference import hexlayout as hexmap  # noqa: E402
from funding.viz import maps, style  # noqa: E402
from funding.reference.register import register  # noqa: E402

MPL = {"savefig_kwargs": {"dpi": 50}, "tolerance": 2, "style": "default"}


@pytest.fixture(scope="module")
def tables(built_tables):
    return built_tables


@functools.lru_cache(maxsize=None)
def shapes_of(geometry: str):
    from funding.pipeline import load_shapes

    return load_shapes(geometry)


@pytest.fixture(scope="module")
def coverage(tables):
    return tables["coverage"]


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def _legend_texts(fig):
    texts = []
    for ax in fig.axes:
        leg = ax.get_legend()
        if leg is not None:
            texts += [t.get_text() for t in leg.get_texts()]
    for leg in fig.legends:
        texts += [t.get_text() for t in leg.get_texts()]
    return texts


def _legend_colours(fig):
    from matplotlib.colors import to_hex

    leg = fig.axes[0].get_legend()
    return [(t.get_text(), to_hex(h.get_facecolor())) for t, h in zip(leg.get_texts(), leg.legend_handles)]


# ----------------------------------------------------------------------------- hex layout


def test_hexjson_holds_the_43_areas_once_in_an_odd_r_layout():
    doc = hexmap.load_hexjson()
    assert doc["layout"] == "odd-r"
    assert set(doc["hexes"]) == set(register().codes)
    assert doc["method"].strip()
    cells = [(h["q"], h["r"]) for h in doc["hexes"].values()]
    assert len(set(cells)) == 43
    for code, h in doc["hexes"].items():
        assert h["n"] == register().by_code(code).pfa_name
        assert h["abbr"]


def test_hex_layout_keeps_most_neighbouring_areas_adjacent():
    from funding.reference.geo import load_boundaries

    b = load_boundaries().set_index("pfa_code")
    touching = set()
    codes = list(b.index)
    grown = {a: b.geometry[a].buffer(50) for a in codes}  # each area's outline grown once, not once per pair
    for i, a in enumerate(codes):
        for c in codes[i + 1:]:
            if not grown[a].envelope.intersects(grown[c].envelope):
                continue  # boxes apart: the outlines share nothing
            shared = grown[a].intersection(grown[c])
            if shared.area > 100_000:
                touching.add(frozenset((a, c)))
    kept = touching & hexmap.adjacent_pairs()
    assert len(touching) == 98
    assert len(kept) >= 80
    assert frozenset(("E23000001", "E23000034")) in kept  # the Met and the City


def test_hex_neighbours_of_odd_r_rows():
    assert set(hexmap.hex_neighbours(2, 3)) == {(3, 3), (1, 3), (2, 4), (3, 4), (2, 2), (3, 2)}
    assert set(hexmap.hex_neighbours(2, 2)) == {(3, 2), (1, 2), (1, 3), (2, 3), (1, 1), (2, 1)}
    for q, r in [(2, 2), (2, 3)]:
        centre = hexmap.hex_centre(q, r)
        for nq, nr in hexmap.hex_neighbours(q, r):
            x, y = hexmap.hex_centre(nq, nr)
            assert abs(((x - centre[0]) ** 2 + (y - centre[1]) ** 2) ** 0.5 - 3 ** 0.5) < 1e-9


# ----------------------------------------------------------------------------- classes and legends


def test_classes_are_fixed_and_labelled_in_pounds():
    assert AMOUNT_LABELS == maps.AMOUNT_CLASSES.labels
    assert maps.AMOUNT_CLASSES.classify([20_000_000, 25_000_000, 25_000_001, 156_354_700, None]).tolist() == [0, 0, 1, 4, -1]


AMOUNT_LABELS = ["up to £250k", "£250k to £400k", "£400k to £600k", "£600k to £1m", "over £1m"]


def test_fisher_jenks_is_deterministic(coverage):
    funded = coverage[coverage["funded"].astype(bool)]["amount_pence"]
    a = maps.fisher_jenks_classes(funded, 5)
    b = maps.fisher_jenks_classes(funded, 5)
    assert a == b and a.k == 5


def test_every_area_is_drawn_and_the_unfunded_are_no_award(coverage):
    joined = maps._states(shapes_of("boundaries"), coverage, "amount_pence", maps.AMOUNT_CLASSES)
    assert len(joined) == 43
    assert (joined["state"] == maps.NO_AWARD_STATE).sum() == 18
    assert (joined["state"] >= 0).sum() == 25


@pytest.mark.parametrize("geometry", ["boundaries", "hex"])
def test_award_map_legend_names_no_award(coverage, geometry):
    fig = maps.award_map(coverage, shapes=shapes_of(geometry), geometry=geometry)
    texts = _legend_texts(fig)
    assert "No award" in texts
    assert "No data" not in texts
    assert texts[:5] == AMOUNT_LABELS


def test_missing_value_is_no_data_not_no_award(coverage):
    broken = coverage.copy()
    broken["funded"] = broken["funded"].astype("boolean")
    broken.loc[broken["pfa_code"] == "E23000032", "funded"] = pd.NA
    fig = maps.award_map(broken, shapes=shapes_of("boundaries"))
    texts = _legend_texts(fig)
    assert "No data" in texts and "No award" in texts


def test_boundary_and_hex_maps_share_one_scale(coverage):
    for draw in (maps.award_map, maps.per_resident_map):
        a = _legend_colours(draw(coverage, shapes=shapes_of("boundaries"), geometry="boundaries"))
        b = _legend_colours(draw(coverage, shapes=shapes_of("hex"), geometry="hex"))
        assert a == b


def test_maps_have_no_axes_and_carry_title_and_source(coverage):
    fig = maps.award_map(coverage, shapes=shapes_of("boundaries"))
    texts = [t.get_text() for t in fig.texts]
    assert any(t.startswith("Where the 2021-22") for t in texts)
    assert any("Contains OS data © Crown copyright" in t.replace("\n", " ") for t in texts)
    assert not fig.axes[0].axison


def test_maps_draw_into_a_given_ax(coverage):
    fig, ax = plt.subplots()
    assert maps.award_map(coverage, shapes=shapes_of("hex"), geometry="hex", ax=ax) is fig
    fig2, axes = plt.subplots(1, 2)
    assert maps.programme_map(coverage, ["stalking", "high_risk"], shapes=shapes_of("hex"), geometry="hex", axes=list(axes)) is fig2


def test_programme_panels_count_areas(coverage):
    fig = maps.programme_map(coverage, shapes=shapes_of("hex"), geometry="hex")
    titles = [ax.get_title(loc="left") for ax in fig.axes if ax.get_title(loc="left")]
    expected = {t: int(coverage["programme_types"].str.split(";").map(lambda s, t=t: t in s).sum()) for t in maps.MAP_PROGRAMME_TYPES}
    for ptype, label in maps.MAP_PROGRAMME_TYPES.items():
        n = expected[ptype]
        assert f"{label}\n{n} area{'s' if n != 1 else ''}" in titles
    assert "No award" in _legend_texts(fig)


# ----------------------------------------------------------------------------- image regression


@pytest.mark.mpl_image_compare(**MPL)
def test_image_award_map(coverage):
    return maps.award_map(coverage, shapes=shapes_of("boundaries"))


@pytest.mark.mpl_image_compare(**MPL)
def test_image_award_hexmap(coverage):
    return maps.award_map(coverage, shapes=shapes_of("hex"), geometry="hex")


@pytest.mark.mpl_image_compare(**MPL)
def test_image_per_resident_map(coverage):
    return maps.per_resident_map(coverage, shapes=shapes_of("boundaries"))


@pytest.mark.mpl_image_compare(**MPL)
def test_image_per_resident_hexmap(coverage):
    return maps.per_resident_map(coverage, shapes=shapes_of("hex"), geometry="hex")


@pytest.mark.mpl_image_compare(**MPL)
def test_image_programme_map(coverage):
    return maps.programme_map(coverage, shapes=shapes_of("boundaries"))


@pytest.mark.mpl_image_compare(**MPL)
def test_image_programme_hexmap(coverage):
    return maps.programme_map(coverage, shapes=shapes_of("hex"), geometry="hex")


@pytest.mark.mpl_image_compare(**MPL)
def test_image_regional_chart(tables):
    return maps.regional_chart(tables["regional_coverage"])


# ----------------------------------------------------------------------------- style and files


def test_pounds_formatter_reads_pence_by_default():
    assert style.pounds_formatter()(150_000_000) == "£1.5m"
    assert style.pounds_formatter()(45_000_000) == "£450k"
    assert style.pounds_formatter(unit="pounds")(450_000) == "£450k"
    with pytest.raises(ValueError):
        style.pounds_formatter(unit="euros")


def test_sequential_colours_are_distinct_and_not_grey():
    colours = style.sequential_colors(5)
    assert len(set(colours)) == 5
    assert style.NO_AWARD["facecolor"] not in colours


def _digests(paths):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


def test_save_figure_gives_the_same_bytes_twice(tmp_path, coverage):
    fig = maps.award_map(coverage, shapes=shapes_of("hex"), geometry="hex")
    first = _digests(style.save_figure(fig, tmp_path / "a" / "award", dpi=60))
    second = _digests(style.save_figure(fig, tmp_path / "b" / "award", dpi=60))
    assert first == second and set(first) == {"award.svg", "award.png"}
    svg = (tmp_path / "a" / "award.svg").read_text(encoding="utf-8")
    assert "<dc:date>" not in svg and "Matplotlib v" not in svg


def test_write_figures_is_deterministic_and_includes_the_charts(tmp_path, tables, drawn_figures):
    from funding.viz import figures

    names = ["map_award_amount_hex", "chart_regional_coverage", "lorenz_curve"]
    shapes = {"hex": shapes_of("hex")}
    # The first drawing is the session's (conftest: drawn once, shared with the report site).
    shared = drawn_figures.files(names)
    first = _digests(shared / f"{n}.{ext}" for n in names for ext in ("svg", "png"))
    second = _digests(figures.write_figures(tmp_path / "2", tables, shapes, names=names))
    assert first == second
    assert set(first) == {f"{n}.{ext}" for n in names for ext in ("svg", "png")}


def test_figure_registry_names_every_map_and_chart_once():
    from funding.viz.figures import CHARTS, FIGURES, MAPS

    assert set(FIGURES) == set(MAPS) | set(CHARTS) and not set(MAPS) & set(CHARTS)
    assert {"map_award_amount", "map_award_amount_hex", "map_award_per_100k", "map_award_per_100k_hex",
            "map_programme_types", "map_programme_types_hex", "chart_regional_coverage",
            "map_need_stalking", "map_need_severity"} == set(MAPS)


# ----------------------------------------------------------------------------- one measure, one scale


def _drawn_fills(ax, shapes):
    """How each area of ``shapes`` is filled on ``ax``, read back from the drawn collections:
    ``{pfa_code: (colour, hatch)}``.  An area's drawn path is the one whose extent is the
    area's bounds (a point test would not do: the City of London lies inside the
    Metropolitan Police area's outer ring)."""
    import numpy as np
    from matplotlib.collections import PatchCollection
    from matplotlib.colors import to_hex

    drawn = [(path.get_extents().extents, (to_hex(c.get_facecolor()[0]), c.get_hatch()))
             for c in ax.collections if isinstance(c, PatchCollection) for path in c.get_paths()]
    out = {}
    for code, geom in zip(shapes["pfa_code"], shapes.geometry):
        hits = [fill for extents, fill in drawn if np.allclose(extents, geom.bounds, rtol=0, atol=1.0)]
        assert len(hits) == 1, (code, hits)
        out[str(code)] = hits[0]
    return out


def test_award_per_100k_has_the_same_classes_on_every_map_of_it(tables, coverage):
    """The award per 100,000 residents is drawn in PER_100K_CLASSES on its own map and in the
    award panel of the need map: each area the same colour (or the same hatching) on both,
    and the same legend labels and colours."""
    from funding.analysis import need as analysis_need
    from funding.viz import need as viz_need

    shapes = shapes_of("boundaries")
    rows = coverage[coverage["round"] == "2021-22"]
    frame = analysis_need.need_by_area(tables["coverage"], tables["awards"], tables["initiatives"], tables["area_context"], "2021-22")
    own = maps.per_resident_map(coverage, round="2021-22", shapes=shapes)
    need_map = viz_need.severity_need_map(frame, shapes=shapes)
    on_own, on_need = _drawn_fills(own.axes[0], shapes), _drawn_fills(need_map.axes[0], shapes)
    assert on_own == on_need
    # Read against the stated breaks, not only against each other.
    colour = dict(zip(maps.PER_100K_CLASSES.labels, maps.PER_100K_CLASSES.colors))
    amount = dict(zip(rows["pfa_code"].astype(str), rows["amount_per_100k_pence"].astype(int)))
    assert amount["E23000002"] == 4_001_206 and on_need["E23000002"][0] == colour["£40k to £50k"]  # Cumbria, £40,012
    for code, (fill, hatch) in on_need.items():
        if amount[code] == 0:
            assert (fill, hatch) == (style.NO_AWARD["facecolor"].lower(), style.NO_AWARD["hatch"])
        else:
            assert fill == maps.PER_100K_CLASSES.colors[int(maps.PER_100K_CLASSES.classify([amount[code]])[0])]
    legend = need_map.axes[0].get_legend()
    from matplotlib.colors import to_hex

    drawn = [(t.get_text(), to_hex(h.get_facecolor())) for t, h in zip(legend.get_texts(), legend.legend_handles)]
    assert drawn == _legend_colours(own)
    # The severity panel has no fixed classes: its own quartiles, said so in the subtitle.
    subtitle = style.figure_text(need_map)["subtitle"]
    assert "same fixed classes" in subtitle and "quartile classes of its own" in subtitle
    assert "Each panel has its own" not in subtitle


def test_need_panels_use_fixed_classes_only_where_the_measure_has_them(tables):
    from funding.analysis import need as analysis_need
    from funding.viz import need as viz_need

    frame = analysis_need.need_by_area(tables["coverage"], tables["awards"], tables["initiatives"], tables["area_context"], "2021-22")
    fixed = {p.column: viz_need.panel_classes(frame, p).fixed
             for which in ("stalking", "severity") for p in viz_need.map_panels(frame, which)}
    assert fixed == {"amount_per_100k_pence": True, "stalking_per_100k_pence": False, "stalking_rate": False,
                     "stalking_growth": False, "severity": False}
    severity = viz_need.panel_classes(frame, viz_need.map_panels(frame, "severity")[1])
    # Quartiles: four classes of the 42 areas with a figure, about a quarter in each.
    counts = severity.states[severity.states >= 0].value_counts().sort_index().tolist()
    assert len(counts) == 4 and sum(counts) == 42 and max(counts) - min(counts) <= 1
