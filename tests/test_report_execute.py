"""`funding report` as a reader runs it: the notebooks executed afresh.

The rest of the suite builds the site with ``execute=False`` (nbval checks that the committed
notebooks equal a fresh run).  This runs the executing path on one small invented notebook: on
Linux each kernel is forked from one process that has imported what the notebooks import
(``funding.publish.forkkernel``) and that process's fork writes the interactive pages; with
``FUNDING_FORK_KERNELS=0`` (and on other systems) kernels start as usual and the report's own
process writes them.  Both must give the same site.
"""

from __future__ import annotations

import shutil
import sys

import nbformat
import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forked kernels are Linux only")

CELLS = (
    "import sys\nprint('preloaded:', 'pandas' in sys.modules)",
    "import matplotlib.pyplot as plt\nfig, ax = plt.subplots(figsize=(2, 1))\nax.plot([0, 1], [1, 0])\nplt.show()",
    "import pandas as pd\npd.DataFrame({'area': ['Kent', 'Essex'], 'pence': [6 * 7, 7 * 8]})",
)


def _build(out, notebooks, drawn_figures):
    """The report of ``notebooks``, executed; its files' bytes, and how often this process wrote
    the interactive pages."""
    from funding.pipeline import load_shapes, load_tables
    from funding.publish import report

    drawn = drawn_figures.files()

    def session_figures(stage, tables, shapes):  # the session's figures, as the browser tests' site
        shutil.copytree(drawn, stage / "figures", dirs_exist_ok=True)
        return dict(drawn_figures.texts)

    here = []
    interactive = report._interactive

    def counted(*args):
        here.append(1)
        return interactive(*args)

    shapes = {g: load_shapes(g) for g in ("boundaries", "hex")}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(report, "_figures", session_figures)
        patch.setattr(report, "_interactive", counted)
        report.build_report(out, load_tables(), shapes, notebook_dir=notebooks, execute=True)
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}, len(here)


def test_an_executing_report_gives_the_same_site_with_forked_and_usual_kernels(tmp_path, drawn_figures, monkeypatch):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# A small check\n\nOne sum, one chart, one table."),
                                         *(nbformat.v4.new_code_cell(c) for c in CELLS)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, notebooks / "01_small_check.ipynb")

    monkeypatch.delenv("FUNDING_FORK_KERNELS", raising=False)
    forked, written_here_forked = _build(tmp_path / "forked", notebooks, drawn_figures)
    monkeypatch.setenv("FUNDING_FORK_KERNELS", "0")
    usual, written_here_usual = _build(tmp_path / "usual", notebooks, drawn_figures)

    # The interactive pages: written by the zygote's fork, or else by the report's own process.
    assert (written_here_forked, written_here_usual) == (0, 1)
    assert any(k.startswith("interactive/") for k in forked)
    page = "notebooks/01_small_check.html"
    text = forked[page].decode("utf-8")
    # Run afresh in a kernel forked from the process that had imported pandas; then in a usual one;
    # the chart drawn inline and the table shown, in both.
    assert "preloaded: True" in text and "data:image/png;base64," in text and "Essex" in text
    assert "preloaded: False" in usual[page].decode("utf-8")
    # Every file the same bytes, the notebook's page and notebook too once that one line is the
    # same; only the list of the files' digests differs.
    assert set(forked) == set(usual)
    same = {k: v.replace(b"preloaded: True", b"preloaded: False") for k, v in forked.items()}
    assert sorted(k for k in same if same[k] != usual[k]) == [".funding-report.json"]
