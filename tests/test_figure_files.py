"""Every figure of the registry as the report publishes it: an SVG that names itself to a
screen reader (its title and description inside), a 200 dpi PNG of the same drawing, and a
480 px thumbnail of at most 64 colours for the front page.

The files are the session's (drawn once per run and shared by the report site, the
determinism test and the maps tests, see conftest): this module asks for every one of them
first thing, so on ``make test``'s two workers it draws half of them while the browser
tests' site draws the other half.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.integration  # drawn from the tables built from the mirror

SVG = "{http://www.w3.org/2000/svg}"
PNG_DPI = 200
THUMBNAIL_WIDTH = 480


def test_every_figure_is_written_as_svg_png_and_thumbnail_with_its_texts(drawn_figures):
    from PIL import Image

    from funding.viz.figures import FIGURES

    folder = drawn_figures.files()
    assert len(FIGURES) >= 20
    for name in sorted(FIGURES):
        texts = drawn_figures.texts[name]
        assert texts["title"] and texts["title"] != name.replace("_", " "), f"{name}: no real title"
        assert len(texts["description"]) > 40, f"{name}: description {texts['description']!r}"
        svg = ET.parse(folder / f"{name}.svg").getroot()
        assert svg.get("role") == "img" and svg.get("aria-labelledby") == "title desc", name
        assert svg.find(f"{SVG}title").text == texts["title"], name
        assert svg.find(f"{SVG}desc").text == texts["description"], name
        width_pt, height_pt = (float(svg.get(k).removesuffix("pt")) for k in ("width", "height"))
        with Image.open(folder / f"{name}.png") as png:
            assert png.format == "PNG" and png.size == (round(width_pt * PNG_DPI / 72), round(height_pt * PNG_DPI / 72)), (name, png.size)
        with Image.open(folder / "thumbs" / f"{name}.png") as thumb:
            assert thumb.format == "PNG" and thumb.mode == "P", (name, thumb.mode)
            assert thumb.width == THUMBNAIL_WIDTH and abs(thumb.height - THUMBNAIL_WIDTH * height_pt / width_pt) <= 1, (name, thumb.size)
            assert 2 <= len(thumb.getcolors(256)) <= 64, name
