"""The house style of every chart and map: palette, fonts, titles, source lines, saving.

Use it like this::

    from funding.viz import style

    with style.context():
        fig, ax = style.figure("wide")
        ax.barh(...)
        ax.xaxis.set_major_formatter(style.pounds_formatter())   # axis values in pence
        style.add_title(fig, "Where the money went", "Awards by police force area, 2021-22")
        style.add_source_line(fig, style.SOURCE_HOME_OFFICE)
    style.save_figure(fig, "reports/figures/awards")            # awards.svg and awards.png

Choices, and why:

* **Colour.** Categories use the Okabe-Ito palette (Okabe and Ito, 2008), which
  stays distinguishable under the common colour-vision deficiencies.  Ordered
  classes (choropleths) use ColorBrewer's ``YlGnBu`` ramp, also
  colour-blind-safe and legible in greyscale; its near-white end is skipped so
  that the lowest class is never mistaken for an empty area.  "No award" is light
  grey with diagonal hatching and "No data" is white with dots: neither is on the
  ramp, and the hatching survives greyscale printing.
* **Size.** Figures are 8 inches wide.  Shown at 800 px (100 px per inch) the
  smallest text, the source line, is 8.5 pt, about 9 px; titles are 15 pt.
  PNGs are written at 200 dpi (1600 px wide) so that they stay sharp on
  high-density screens.
* **Determinism.** :func:`save_figure` fixes ``svg.hashsalt``, removes the
  SVG ``Date`` and ``Creator`` and the PNG ``Software`` metadata, so the same
  figure gives the same bytes on every run and every machine with the same
  library versions.
* **Live text in SVG.** Text is written as ``<text>`` (``svg.fonttype: none``),
  so that labels can be edited, searched and read by a screen reader, in the
  font stack :data:`SVG_FONT_STACK` (DejaVu Sans, the font the PNGs are drawn
  with, then Bitstream Vera Sans, which has the same metrics).  Every SVG
  opens with a ``<title>`` (the chart's title) and a ``<desc>`` (what it
  shows, from its data: :func:`describe`), and is marked ``role="img"``.

The rcParams live in ``funding/data/funding.mplstyle`` so that they can be read
and changed without reading Python.
"""

from __future__ import annotations

import contextlib
import re
import textwrap
from functools import lru_cache
from importlib import resources

from funding.core.packagedata import data_file
from pathlib import Path

import matplotlib

from funding.core.money import format_pounds_short

__all__ = [
    "OKABE_ITO",
    "CATEGORICAL",
    "SEQUENTIAL_CMAP",
    "NO_AWARD",
    "NO_DATA",
    "FIGURE_WIDTH_IN",
    "FIGURE_SIZES",
    "SOURCE_HOME_OFFICE",
    "CREDIT_BOUNDARIES",
    "rc",
    "context",
    "sequential_colors",
    "pounds_formatter",
    "pence_rate_formatter",
    "figure",
    "add_title",
    "add_source_line",
    "save_figure",
    "describe",
    "figure_text",
    "alt_text",
    "SVG_FONT_STACK",
]

#: Okabe-Ito colours by name (hex).
OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "black": "#000000",
}

#: Colours for unordered categories, in the order to use them.  Yellow is left
#: out: it has too little contrast against white for thin marks.
CATEGORICAL = [
    OKABE_ITO["blue"],
    OKABE_ITO["orange"],
    OKABE_ITO["bluish_green"],
    OKABE_ITO["vermillion"],
    OKABE_ITO["sky_blue"],
    OKABE_ITO["reddish_purple"],
    OKABE_ITO["black"],
]

#: The ramp for ordered classes (ColorBrewer YlGnBu, colour-blind-safe).
SEQUENTIAL_CMAP = "YlGnBu"

#: Areas that received no award: drawn, named in the legend, never dropped.
NO_AWARD = {"facecolor": "#D9D9D9", "hatch": "////", "edgecolor": "#8C8C8C", "label": "No award"}

#: Areas for which a value is missing (not the same as no award).
NO_DATA = {"facecolor": "#FFFFFF", "hatch": "..", "edgecolor": "#8C8C8C", "label": "No data"}

#: Lines between areas on maps.
BOUNDARY_COLOUR = "#FFFFFF"
BOUNDARY_WIDTH = 0.5
TEXT_MUTED = "#595959"

FIGURE_WIDTH_IN = 8.0
#: Named figure sizes in inches (all 8 inches wide).
FIGURE_SIZES = {
    "wide": (FIGURE_WIDTH_IN, 5.0),
    "square": (FIGURE_WIDTH_IN, 8.0),
    "map": (FIGURE_WIDTH_IN, 9.6),
    "tall": (FIGURE_WIDTH_IN, 11.0),
}

#: Space kept for the title block and the source line, in inches.
TITLE_BLOCK_IN = 1.05
SOURCE_BLOCK_IN = 0.62
SIDE_MARGIN_IN = 0.3

TITLE_SIZE = 15
SUBTITLE_SIZE = 11
SOURCE_SIZE = 8.5

def credit(source_id: str, **values) -> str:
    """The source line a figure carries for one input, from its ``credit`` in the manifest."""
    from funding.sources.manifests import entry

    return entry(source_id).credit.format(**values)


def award_list_credit(round_name: str | None = None) -> str:
    """The source line of a round's award list (default: the featured round)."""
    from funding.reference.rounds import featured_round
    from funding.sources.manifests import sources_of_kind

    round_name = round_name or featured_round()
    return " ".join(e.credit for e in sources_of_kind("award-list") if e.round == round_name)


def reference_split_credit(round_name: str | None = None) -> str:
    """The source line of a round's reference split by programme type (fund.toml)."""
    from funding.reference.rounds import featured_round, round_config

    return round_config(round_name or featured_round())["reference_split"]["credit"]


def _credits():
    from funding.reference.geo import BOUNDARIES_ID, POPULATION_ID
    from funding.reference.rounds import featured_round
    from funding.tables.coverage import population_year_for_round

    year = population_year_for_round(featured_round())
    return award_list_credit(), credit(BOUNDARIES_ID), credit(POPULATION_ID, year=year)


#: Source lines of the featured round, to be combined as a figure needs (from the manifest).
SOURCE_HOME_OFFICE, CREDIT_BOUNDARIES, CREDIT_POPULATION = _credits()


@lru_cache(maxsize=1)
def rc() -> dict:
    """The house rcParams, read from ``funding/data/funding.mplstyle``."""
    from matplotlib import rc_params_from_file

    path = data_file("funding.mplstyle")
    with resources.as_file(path) as p:
        params = rc_params_from_file(str(p), use_default_template=False)
    return dict(params)


@contextlib.contextmanager
def context():
    """Apply the house style inside a ``with`` block (restores the caller's rcParams after)."""
    with matplotlib.rc_context(rc()):
        yield


def sequential_colors(k: int) -> list[str]:
    """``k`` colours from the ramp, light to dark, skipping its near-white end."""
    from matplotlib import colormaps
    from matplotlib.colors import to_hex

    if k < 1:
        raise ValueError("k must be at least 1")
    cmap = colormaps[SEQUENTIAL_CMAP]
    if k == 1:
        return [to_hex(cmap(0.6))]
    lo, hi = 0.18, 0.95
    return [to_hex(cmap(lo + (hi - lo) * i / (k - 1))) for i in range(k)]


def pounds_formatter(unit: str = "pence"):
    """A tick formatter that writes axis values as £1.5m, £450k, £900.

    The axis values are **pence** by default (money is stored as integer pence
    throughout ``funding``); pass ``unit="pounds"`` when plotting pounds.
    Formatting is :func:`funding.core.money.format_pounds_short`.
    """
    from matplotlib.ticker import FuncFormatter

    if unit not in ("pence", "pounds"):
        raise ValueError("unit must be 'pence' or 'pounds'")
    factor = 1 if unit == "pence" else 100
    return FuncFormatter(lambda x, pos=None: format_pounds_short(int(round(x * factor))))


def pence_rate_formatter(decimals: int = 0):
    """A tick formatter for small rates in pence (per resident): ``18p``, ``£1.20``."""
    from matplotlib.ticker import FuncFormatter

    def fmt(x, pos=None):
        if abs(x) >= 100:
            return f"£{x / 100:,.2f}"
        return f"{x:.{decimals}f}p"

    return FuncFormatter(fmt)


def figure(
    size: str | tuple[float, float] = "wide",
    nrows: int = 1,
    ncols: int = 1,
    *,
    kind: str = "chart",
    margins: dict[str, float] | None = None,
    **subplot_kw,
):
    """A figure in the house size with room for a title block and a source line.

    ``kind="chart"`` also keeps room for tick labels (1.1 in on the left, 0.5 in
    below the axes); ``kind="map"`` keeps none.  ``margins`` (inches, keys
    ``left``, ``right``, ``top``, ``bottom``, ``wspace``, ``hspace``) overrides
    any of them.  Returns ``(fig, ax)`` (an array of axes for several panels).
    Call inside :func:`context` so that tick labels and legends get the house fonts.
    """
    import matplotlib.pyplot as plt

    w, h = FIGURE_SIZES[size] if isinstance(size, str) else size
    room = {"chart": (1.1, 0.5), "map": (0.0, 0.0)}[kind]
    m = {
        "left": SIDE_MARGIN_IN + room[0],
        "right": SIDE_MARGIN_IN,
        "top": TITLE_BLOCK_IN,
        "bottom": SOURCE_BLOCK_IN + room[1],
    }
    m.update(margins or {})
    fig, ax = plt.subplots(nrows, ncols, figsize=(w, h), squeeze=nrows * ncols == 1, **subplot_kw)
    adjust = {"left": m["left"] / w, "right": 1 - m["right"] / w, "top": 1 - m["top"] / h, "bottom": m["bottom"] / h}
    for key in ("wspace", "hspace"):
        if key in m:
            adjust[key] = m[key]
    fig.subplots_adjust(**adjust)
    return fig, ax


def _wrap(text: str, fontsize: float, width_in: float) -> str:
    # DejaVu Sans averages about 0.55 em per character.
    chars = max(20, int(width_in * 72 / (fontsize * 0.55)))
    return "\n".join(textwrap.fill(p, chars) for p in text.split("\n"))


def add_title(fig_or_ax, title: str, subtitle: str = ""):
    """A bold title and a muted subtitle, left-aligned at the top.

    Given a Figure, they go in the block :func:`figure` keeps free; given an
    Axes (a panel of small multiples), the title goes above that panel.
    Returns the title Text.
    """
    from matplotlib.figure import Figure

    if isinstance(fig_or_ax, Figure):
        fig = fig_or_ax
        _text_of(fig).update(title=title, subtitle=subtitle)
        w, h = fig.get_size_inches()
        x = SIDE_MARGIN_IN / w
        t = fig.text(x, 1 - 0.22 / h, title, ha="left", va="top", fontsize=TITLE_SIZE, fontweight="bold", color="#1A1A1A")
        if subtitle:
            fig.text(
                x, 1 - 0.58 / h, _wrap(subtitle, SUBTITLE_SIZE, w - 2 * SIDE_MARGIN_IN), ha="left", va="top",
                fontsize=SUBTITLE_SIZE, color=TEXT_MUTED, linespacing=1.3,
            )
        return t
    ax = fig_or_ax
    t = ax.set_title(title, loc="left", fontsize=12, fontweight="bold", pad=18 if subtitle else 6)
    if subtitle:
        ax.text(0, 1.01, subtitle, transform=ax.transAxes, ha="left", va="bottom", fontsize=9.5, color=TEXT_MUTED)
    return t


def add_source_line(fig, text: str):
    """The source and credit line at the foot of a figure, wrapped to its width."""
    w, h = fig.get_size_inches()
    return fig.text(
        SIDE_MARGIN_IN / w, 0.12 / h, _wrap(text, SOURCE_SIZE, w - 2 * SIDE_MARGIN_IN), ha="left", va="bottom",
        fontsize=SOURCE_SIZE, color=TEXT_MUTED, linespacing=1.3,
    )


def _text_of(fig) -> dict:
    """The words a figure carries for readers who cannot see it (kept on the Figure)."""
    if not isinstance(getattr(fig, "_funding_text", None), dict):
        fig._funding_text = {}
    return fig._funding_text


def describe(fig, description: str):
    """Attach ``description`` (what the figure shows, written from its data) to ``fig``:
    it becomes the SVG's ``<desc>`` and the image's alt text.  Returns ``fig``."""
    _text_of(fig)["description"] = description
    return fig


def figure_text(fig) -> dict[str, str]:
    """``{"title", "subtitle", "description"}`` of a figure; the description falls back
    to the subtitle when none was attached."""
    t = _text_of(fig)
    title = t.get("title") or ""
    subtitle = t.get("subtitle") or ""
    return {"title": title, "subtitle": subtitle, "description": t.get("description") or subtitle or title}


def alt_text(fig) -> str:
    """The alt text of a figure: its description when one was attached, else its title and subtitle."""
    t = _text_of(fig)
    if t.get("description"):
        return t["description"]
    title, subtitle = t.get("title") or "", t.get("subtitle") or ""
    return f"Chart: {title}. {subtitle}".strip() if title else "Chart"


#: Fonts named in the SVGs: DejaVu Sans, the font the PNGs are drawn with, then fonts with its metrics.
SVG_FONT_STACK = "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, sans-serif"


#: Path coordinates in the SVGs are written to this many decimals of a point (0.1 pt is a seventh
#: of a pixel at 800 px wide): maps draw every boundary several times, and six decimals made the
#: small-multiple map weigh 2.7 MB.
SVG_PATH_DECIMALS = 1


#: The tokens of an SVG path's data: a command letter or a number.
_PATH_TOKEN = re.compile(r"[MLCQZmlcqz]|-?\d*\.?\d+(?:e-?\d+)?")
_PATH_COMMANDS = frozenset("MLCQZmlcqz")


def _fmt_units(k: int) -> str:
    """``k / 10**SVG_PATH_DECIMALS`` written short: no trailing zeros, no leading zero
    (``.5``, ``-.5``, ``3``), from the whole number ``k`` of units."""
    scale = 10 ** SVG_PATH_DECIMALS
    whole, part = divmod(abs(k), scale)
    text = f"{whole}.{part:0{SVG_PATH_DECIMALS}d}".rstrip("0").rstrip(".") if SVG_PATH_DECIMALS else str(whole)
    if text == "0":
        return "0"
    if text.startswith("0."):
        text = text[1:]
    return ("-" if k < 0 else "") + text


#: Each whole number of units as :func:`compact_path` writes it, shared by every path of the
#: process (the same few thousand steps recur across a map's paths); bounded, then started again.
_UNITS_TEXT: dict[int, str] = {}


def compact_path(d: str) -> str:
    """An SVG path's data with coordinates rounded (:data:`SVG_PATH_DECIMALS`) and straight
    segments written relative to the previous point; curves stay absolute.  Drawing the
    result gives the same shape to within the rounding, with no drift: each relative step
    is the difference of two rounded absolute points.

    Points are kept as whole numbers of units (a tenth of a point): a step is then an exact
    difference, written as the float of the same value rounds, and each number is written
    once per process (:data:`_UNITS_TEXT`): the figures' paths take 60% of the time they took
    as floats, and a fifth less again with the numbers' text kept from path to path (same bytes)."""
    tokens = _PATH_TOKEN.findall(d)
    scale = 10 ** SVG_PATH_DECIMALS
    text = _UNITS_TEXT

    def fmt(k: int) -> str:
        t = text.get(k)
        if t is None:
            if len(text) > 200_000:
                text.clear()
            t = text[k] = _fmt_units(k)
        return t

    def pair(a: int, b: int) -> str:
        return fmt(a) + ("" if b < 0 else " ") + fmt(b)

    out: list[str] = []
    cx = cy = sx = sy = 0
    i, n = 0, len(tokens)
    cmd = ""
    while i < n:
        t = tokens[i]
        if t in _PATH_COMMANDS:
            cmd = t
            i += 1
            if cmd in "Zz":
                out.append("z")
                cx, cy = sx, sy
            continue
        if cmd in ("M", "L"):
            x, y = round(float(t) * scale), round(float(tokens[i + 1]) * scale)
            i += 2
            out.append(("m" if cmd == "M" else "l") + pair(x - cx, y - cy))
            cx, cy = x, y
            if cmd == "M":
                sx, sy = x, y
                cmd = "L"
        elif cmd in ("C", "Q"):
            k = 3 if cmd == "C" else 2
            pts = [(round(float(tokens[i + 2 * j]) * scale), round(float(tokens[i + 2 * j + 1]) * scale)) for j in range(k)]
            i += 2 * k
            out.append(cmd + " ".join(pair(a, b) for a, b in pts))
            cx, cy = pts[-1]
        else:  # a command this writer does not emit: keep the rest as it was
            return d
    return "".join(out)


def _accessible_svg(path: Path, fig) -> None:
    """Add ``<title>``, ``<desc>``, ``role="img"`` and the font stack to a saved SVG (deterministic)."""
    import html
    import re

    text = figure_text(fig)
    svg = path.read_text(encoding="utf-8")
    svg = svg.replace("font-family: 'DejaVu Sans'", "font-family: " + SVG_FONT_STACK)
    svg = re.sub(r'(<path d=")([^"]*)(")', lambda m: m.group(1) + compact_path(m.group(2)) + m.group(3), svg)
    head = (
        f'<title id="title">{html.escape(text["title"] or path.stem.replace("_", " "), quote=False)}</title>\n'
        f' <desc id="desc">{html.escape(text["description"], quote=False)}</desc>\n'
    )
    svg = re.sub(
        r"(<svg\b[^>]*?)(>\s*)",
        lambda m: m.group(1) + ' role="img" aria-labelledby="title desc"' + m.group(2) + head + " ",
        svg, count=1,
    )
    path.write_text(svg, encoding="utf-8")


#: Metadata that would change from run to run or machine to machine, removed.
SVG_METADATA = {"Date": None, "Creator": None}
PNG_METADATA = {"Software": None}
#: zlib level of the written PNGs (:func:`_save_png`): level 3 compresses in 60% of the time of
#: the default level 6, the files 5% larger than at 6 (and smaller than savefig's RGBA ones).
PNG_COMPRESS_LEVEL = 3


def _save_png(fig, target: Path, dpi: int) -> None:
    """``fig`` as a PNG at ``dpi``: as ``savefig(format="png")`` draws it, written without the
    alpha channel when every pixel is opaque (the house figures have a white face), at zlib
    level :data:`PNG_COMPRESS_LEVEL`.

    The same pixels as savefig's PNG.  Compressing was the largest single cost of writing the
    figures: the suite's 21 PNGs took 2.21 s of CPU to encode as savefig writes them (RGBA,
    zlib's default level 6; 5.61 MB), 1.76 s as RGB at level 6 (5.07 MB) and 1.04 s as RGB at
    level 3 (5.33 MB, still 5% smaller than savefig's).  A figure with any transparent pixel
    keeps its alpha channel."""
    import io

    from PIL import Image, PngImagePlugin

    raw = io.BytesIO()
    # "raw" is Agg's RGBA buffer, drawn exactly as savefig draws a PNG (same dpi, face colour
    # and layout); the buffer then stays in the canvas's renderer, as after a PNG.
    fig.savefig(raw, format="raw", dpi=dpi)
    pixels = raw.getbuffer()
    renderer = getattr(fig.canvas, "renderer", None)  # absent when savefig switched canvases
    if renderer is not None and int(renderer.width) * int(renderer.height) * 4 == len(pixels):
        size = (int(renderer.width), int(renderer.height))
    else:
        width = int(fig.get_figwidth() * dpi)
        size = (width, len(pixels) // (4 * width))
        if size[0] * size[1] * 4 != len(pixels):  # the width rounded otherwise than Agg's: let savefig write it
            fig.savefig(target, format="png", dpi=dpi, metadata=PNG_METADATA)
            return
    image = Image.frombuffer("RGBA", size, pixels, "raw", "RGBA", 0, 1)
    if image.getextrema()[3] == (255, 255):
        image = image.convert("RGB")
    # No text chunks: PNG_METADATA removes the one (Software) matplotlib would write.
    image.save(target, format="png", dpi=(dpi, dpi), pnginfo=PngImagePlugin.PngInfo(), compress_level=PNG_COMPRESS_LEVEL)


def save_figure(fig, path_without_suffix: str | Path, formats: tuple[str, ...] = ("svg", "png"), dpi: int = 200) -> list[Path]:
    """Write ``fig`` as ``<path>.svg`` and ``<path>.png``; the same figure gives the same bytes.

    Returns the paths written, in ``formats`` order.  Does not close the figure.
    The SVG has live text, a ``<title>`` and a ``<desc>`` (:func:`describe`).
    """
    base = Path(path_without_suffix)
    base.parent.mkdir(parents=True, exist_ok=True)
    written = []
    with matplotlib.rc_context({"svg.hashsalt": "funding", "svg.fonttype": "none", "path.simplify": True}):
        for fmt in formats:
            target = base.with_name(base.name + "." + fmt)
            if fmt == "svg":
                fig.savefig(target, format="svg", metadata=SVG_METADATA)
                _accessible_svg(target, fig)
            elif fmt == "png":
                _save_png(fig, target, dpi)
            elif fmt == "pdf":
                fig.savefig(target, format="pdf", metadata={"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None})
            else:
                raise ValueError(f"unsupported format {fmt!r}; use svg, png or pdf")
            written.append(target)
    return written


def finish(fig, ax, own: bool, title: str, subtitle: str, source: str):
    """Title a chart: on its own figure the title block and source line go on the figure; drawn
    into someone else's axes (a panel of a larger figure) the title goes on the axes only."""
    if own:
        add_title(fig, title, subtitle)
        add_source_line(fig, source)
    else:
        add_title(ax, title, subtitle)
    return fig
