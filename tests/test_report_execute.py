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

CELL = "import sys\nprint('preloaded:', 'pandas' in sys.modules)\nprint(6 * 7)"


def _build(out, notebooks, drawn_figures):
    from funding.pipeline import load_shapes, load_tables
    from funding.publish import report

    drawn = drawn_figures.files()

    def session_figures(stage, tables, shapes):  # the session's figures, as the browser tests' site
        shutil.copytree(drawn, stage / "figures", dirs_exist_ok=True)
        return dict(drawn_figures.texts)

    shapes = {g: load_shapes(g) for g in ("boundaries", "hex")}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(report, "_figures", session_figures)
        report.build_report(out, load_tables(), shapes, notebook_dir=notebooks, execute=True)
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


def test_an_executing_report_gives_the_same_site_with_forked_and_usual_kernels(tmp_path, drawn_figures, monkeypatch):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# A small check\n\nOne sum."),
                                         nbformat.v4.new_code_cell(CELL)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, notebooks / "01_small_check.ipynb")

    monkeypatch.delenv("FUNDING_FORK_KERNELS", raising=False)
    forked = _build(tmp_path / "forked", notebooks, drawn_figures)
    monkeypatch.setenv("FUNDING_FORK_KERNELS", "0")
    usual = _build(tmp_path / "usual", notebooks, drawn_figures)

    page = next(k for k in forked if k.endswith("01_small_check.html"))
    # Run afresh, in a kernel forked from the process that had imported pandas; then in a usual one.
    assert "preloaded: True" in forked[page].decode("utf-8") and "42" in forked[page].decode("utf-8")
    assert "preloaded: False" in usual[page].decode("utf-8")
    # The interactive pages, written by the zygote's fork or by the report's own process: the same bytes.
    interactive = sorted(k for k in forked if k.startswith("interactive/"))
    assert interactive and interactive == sorted(k for k in usual if k.startswith("interactive/"))
    assert [k for k in interactive if forked[k] != usual[k]] == []
    # Every other file is the same but the notebook's page (its printed line) and what lists the files' digests.
    assert set(forked) == set(usual)
    assert sorted(k for k in forked if forked[k] != usual[k]) == [
        ".funding-report.json", page, page.replace(".html", ".ipynb")]
