"""The notebooks: paired with their scripts, narrated, committed executed, no source prose,
and executed deterministically by ``funding notebooks``.

nbval itself (``make test``) re-runs every notebook and compares its outputs; these
tests check what nbval does not.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from funding.publish import notebooks as nbtools

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK_DIR = ROOT / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("[0-9][0-9]_*.ipynb"))
IDS = [p.stem for p in NOTEBOOKS]

#: Money or rates typed into prose: £1.5m, £200,000, 1.5m, 450k, 43.8%, 11,334,384.
TYPED_FIGURE = re.compile(
    r"£\s?\d|\b\d+(?:\.\d+)?\s?(?:m|bn|k|million|billion|thousand)\b|\b\d+(?:\.\d+)?\s?%|\b\d{1,3}(?:,\d{3})+\b|\b\d+p\b",
    re.IGNORECASE,
)


def _read(path: Path):
    return nbformat.read(path, as_version=4)


def test_there_are_notebooks():
    assert [p.stem[:3] for p in NOTEBOOKS][:3] == ["01_", "02_", "03_"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_pair_in_sync(path):
    script = path.with_suffix(".py")
    assert script.exists(), f"{script.name} is missing: run `funding notebooks sync {path.name}`"
    expected = nbtools.script_text(_read(path))
    assert script.read_text(encoding="utf-8") == expected, (
        f"{path.name} and {script.name} differ: run `funding notebooks execute {script.name}` "
        "(inputs are taken from the newer of the two)"
    )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_markdown_before_every_code_cell(path):
    cells = _read(path).cells
    assert cells[0].cell_type == "markdown" and cells[0].source.startswith("# "), "a notebook opens with its title"
    for i, cell in enumerate(cells):
        if cell.cell_type == "code":
            assert i > 0 and cells[i - 1].cell_type == "markdown", f"code cell {i + 1} of {path.name} has no narrative before it"
            assert cells[i - 1].source.strip(), f"cell {i} of {path.name} is an empty markdown cell"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_versions_cell_first(path):
    first_code = next(c for c in _read(path).cells if c.cell_type == "code")
    assert "versions()" in first_code.source


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_no_typed_figures_in_markdown(path):
    for i, cell in enumerate(_read(path).cells, start=1):
        if cell.cell_type == "markdown":
            # A link's address is not a figure ("…/police-awarded-113m-…").
            found = TYPED_FIGURE.findall(re.sub(r"\]\([^)]*\)|https?://\S+", "]", cell.source))
            assert not found, f"{path.name} cell {i}: typed figures {found}; compute them in a code cell instead"


def test_typed_figure_pattern_catches_figures():
    for text in ("about £5.6m", "£200,000", "the 5.6m general", "43.8% of it", "81p a head", "11,334,384 pence"):
        assert TYPED_FIGURE.search(text), text
    for text in ("notebook 03", "2021-22 round", "the five largest", "clipped to eight words"):
        assert not TYPED_FIGURE.search(text), text


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_ignored_outputs_say_why(path):
    """nbval markers are cell tags, not comments a reader sees; the narrative before a cell
    whose output is not compared says why."""
    cells = _read(path).cells
    for i, cell in enumerate(cells, start=1):
        if cell.cell_type != "code":
            continue
        assert "NBVAL_" not in cell.source, f"{path.name} cell {i}: use the cell tag, not a visible marker comment"
        tags = cell.metadata.get("tags", [])
        assert "nbval-skip" not in tags, f"{path.name} cell {i}: a skipped cell is not tested"
        if "nbval-ignore-output" in tags:
            before = cells[i - 2].source if i > 1 else ""
            assert re.search(r"tests\s+do\s+not\s+compare", before), f"{path.name} cell {i}: say in the narrative why its output is not compared"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_committed_executed(path):
    nb = _read(path)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1)), "run top to bottom once, by funding.publish.notebooks"
    for c in code:
        assert not any(o.output_type == "error" for o in c.outputs)
        assert not any(o.get("name") == "stderr" for o in c.outputs), f"{path.name}: warnings in the committed outputs"
        assert "execution" not in c.metadata
    assert set(nb.metadata) == {"jupytext", "kernelspec", "language_info"}


def _shingles(text: str, n: int = 12) -> set[str]:
    words = re.findall(r"[a-z0-9£%']+", text.lower().replace("\u2019", "'"))
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


@pytest.fixture(scope="module")
def source_prose_shingles() -> set[str]:
    from funding.pipeline import award_tables as build_award_tables

    shingles: set[str] = set()
    for text in build_award_tables()["initiatives"]["text"]:
        shingles |= _shingles(text)
    return shingles


@pytest.mark.sources  # the initiatives' text is not in the committed tables
@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_outputs_carry_no_source_prose(path, source_prose_shingles):
    assert source_prose_shingles, "the initiatives' text should be in memory for this check"
    for i, cell in enumerate(_read(path).cells, start=1):
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            text = " ".join(str(data.get(k, "")) for k in ("text/plain", "text/html", "text/markdown")) + str(out.get("text", ""))
            shared = _shingles(re.sub(r"<[^>]+>", " ", text)) & source_prose_shingles
            assert not shared, f"{path.name} cell {i} shows the source's prose: {sorted(shared)[0]!r}…"


def test_read_notebook_takes_inputs_from_newer_file(tmp_path):
    import os

    import jupytext

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# T"), nbformat.v4.new_code_cell("1 + 1")])
    ipynb = tmp_path / "01_t.ipynb"
    nbtools.write_pair(nb, ipynb)
    script = ipynb.with_suffix(".py")
    script.write_text(script.read_text().replace("1 + 1", "2 + 2"))
    os.utime(ipynb, (1, 1))
    assert nbtools.read_notebook(ipynb).cells[1].source == "2 + 2"
    # …and the other way round: the notebook was edited last.
    nb2 = jupytext.read(script)
    nb2.cells[1].source = "3 + 3"
    nbformat.write(nb2, ipynb)
    os.utime(script, (1, 1))
    assert nbtools.read_notebook(script).cells[1].source == "3 + 3"


def test_execute_is_deterministic(tmp_path):
    """Two runs of a notebook with a table and a figure give the same bytes (PNG included)."""
    cells = [
        nbformat.v4.new_markdown_cell("# Determinism"),
        nbformat.v4.new_code_cell("from funding.publish.notebooks import setup\nsetup()\nimport matplotlib.pyplot as plt\nimport pandas as pd"),
        nbformat.v4.new_markdown_cell("A figure and a table."),
        nbformat.v4.new_code_cell(
            "from funding.viz import charts\nfrom funding.pipeline import award_tables as build_award_tables\n"
            "fig = charts.bids_vs_amount_chart(build_award_tables()['awards'])\nplt.show()"
        ),
        nbformat.v4.new_markdown_cell("Hash order is fixed."),
        nbformat.v4.new_code_cell("list({'a', 'b', 'c', 'd', 'e'})"),
    ]
    path = tmp_path / "01_det.ipynb"
    nbtools.write_pair(nbformat.v4.new_notebook(cells=cells), path)
    nbtools.execute([path])
    first = path.read_bytes()
    nbtools.execute([path])
    assert path.read_bytes() == first
    nb = _read(path)
    assert any("image/png" in o.get("data", {}) for o in nb.cells[3].outputs)
    # setup() ran before pyplot was imported: its import hook still gave the figure its alt text.
    alts = [o.get("metadata", {}).get("image/png", {}).get("alt", "") for o in nb.cells[3].outputs]
    assert any(len(a) > 40 for a in alts), alts
    assert "execution" not in nb.cells[3].metadata and nb.cells[3].id == "004-code"


def test_notebook_04_says_which_programme_types_it_maps():
    """The small maps draw some of the types, not all: the notebook says which, from the
    list the maps are drawn from, not 'one per type'."""
    from funding.viz.maps import MAP_PROGRAMME_TYPES

    assert nbtools.mapped_types_sentence() == (
        "4 of the 13 programme types: Child/adolescent-to-parent abuse; Stalking; High-risk, high-harm perpetrators; Young people."
    )
    assert len(MAP_PROGRAMME_TYPES) == 4
    nb = _read(NOTEBOOK_DIR / "04_regional_coverage.ipynb")
    shown = [o["data"]["text/markdown"] for c in nb.cells if c.cell_type == "code" for o in c.outputs if "text/markdown" in o.get("data", {})]
    assert nbtools.mapped_types_sentence() in shown
    assert not any("One small map per programme type" in c.source for c in nb.cells)
