"""Notebook 05 shows every area a local release covers, however many there are: a
researcher's own release (``funding add-source --kind local-release``) about a third area
(or two) gets its own section, named from the register, and the notebook still runs to its end."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "05_local_programmes.ipynb"


@pytest.mark.sources
def test_notebook_05_runs_with_a_third_local_release_added(tmp_path, monkeypatch):
    from funding import analysis
    from funding.pipeline import build_tables
    from funding.publish.notebooks import execute_notebook, read_notebook
    from funding.sources import mirror
    from funding.sources.fetch import add_source
    from funding.tables.writing import write_tables

    monkeypatch.setenv("FUNDING_USER_MANIFEST", str(tmp_path / "user_sources.csv"))
    raw = tmp_path / "raw"
    # Cumbria's matches its national award for 2021-22; Gwent's is for a round no national list covers
    add_source(str(ROOT / "tests" / "fixtures" / "local" / "cumbria_bullets.txt"), kind="local-release",
               publisher="Invented Cumbria News", published="2021-10-01", out_dir=raw)
    add_source(str(ROOT / "tests" / "fixtures" / "local" / "gwent_news_article.txt"), kind="local-release",
               publisher="Invented Gwent News", published="2023-03-06", out_dir=raw)
    search = mirror.search_dirs
    monkeypatch.setattr(mirror, "search_dirs", lambda shelf: search(shelf) + [raw])
    tables = build_tables()
    areas = analysis.local_release_areas(tables["funding_timeline"])
    assert areas == ("E23000002", "E23000019", "E23000021", "W15000002")  # the two real areas and the invented two
    out = tmp_path / "processed"
    write_tables(tables, out)

    nb = read_notebook(NOTEBOOK)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    # the notebook reads the tables `make tables` wrote: point it at these instead
    nb.cells.insert(0, nbformat.v4.new_code_cell(
        f"import funding.pipeline\nfunding.pipeline.PROCESSED_DIR = __import__('pathlib').Path({str(out)!r})"))
    execute_notebook(nb, NOTEBOOK.parent, source=str(NOTEBOOK))

    shown = "\n".join(
        o.get("data", {}).get("text/markdown", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", ())
    )
    for heading in ("### Cumbria (E23000002)", "### Nottinghamshire (E23000019)", "### Leicestershire (E23000021)",
                    "### Gwent (W15000002)"):
        assert shown.count(heading) == 2, heading  # its own section, and its own conflicts
    assert "Invented Cumbria News" in shown and "Invented Gwent News" in shown  # listed among the sources
