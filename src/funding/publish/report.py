"""The static report: a site a journalist can open without Jupyter.

:func:`build_report` writes, under ``out_dir`` (``reports/`` by ``make report``)::

    index.html                 the front page: the notebooks, every chart, the data
    notebooks/NN_name.html     each notebook rendered (no CDN scripts: it works offline)
    notebooks/NN_name.ipynb    the executed notebook it was rendered from
    figures/NAME.svg, .png     every chart and map
    data/*.csv                 the tidy tables (funding.tables.write_tables)
    data/datapackage.json      the Frictionless descriptor, and data/360giving/ (funding.publish.opendata)

By default the notebooks are executed afresh (in memory, in their own folder;
``notebooks/`` is not rewritten: that is ``make notebooks``).  With
``execute=False`` the committed, already executed notebooks are rendered: nbval
(``make test``) checks that those equal a fresh run, so the browser test uses
them to stay quick.

The same inputs give the same bytes: no timestamps, sorted listings, figures
saved without dates.
"""

from __future__ import annotations

import html
import shutil
from dataclasses import dataclass
from pathlib import Path

__all__ = ["build_report", "render_notebook_html"]

#: The lab template without its CDN scripts (require.js, MathJax, mermaid, widgets):
#: the report must open offline and without console errors.
_OFFLINE_TEMPLATE = """\
{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{% block jupyter_widgets %}{% endblock jupyter_widgets %}
{%- block html_head_css -%}<link rel="icon" href="data:,">{%- endblock html_head_css -%}
{%- block body_header -%}
{{ super() }}
<nav class="funding-nav" style="max-width:1100px;margin:1em auto 0;padding:0 1em;font-family:sans-serif">
<a href="../index.html">&larr; All notebooks, charts and data</a></nav>
{%- endblock body_header -%}
"""

_CSS = """
body { font-family: "DejaVu Sans", Verdana, sans-serif; color: #262626; max-width: 1100px; margin: 2em auto; padding: 0 1em; line-height: 1.5; }
h1 { font-size: 1.7em; margin-bottom: 0.2em; }
h2 { margin-top: 2em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em; }
.muted { color: #595959; }
ol.notebooks li { margin-bottom: 0.8em; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 1.2em; }
.figures figure { margin: 0; border: 1px solid #e5e5e5; padding: 0.5em; background: #fff; }
.figures img { width: 100%; height: auto; display: block; }
.figures figcaption { font-size: 0.9em; margin-top: 0.4em; }
table.data { border-collapse: collapse; }
table.data td, table.data th { border-bottom: 1px solid #e5e5e5; padding: 0.3em 0.8em 0.3em 0; text-align: left; vertical-align: top; }
a { color: #0072B2; }
"""


@dataclass(frozen=True)
class NotebookPage:
    stem: str
    title: str
    summary: str


def _exporter():
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(extra_loaders=[DictLoader({"funding_offline.html.j2": _OFFLINE_TEMPLATE})])
    exporter.template_file = "funding_offline.html.j2"
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    return exporter


def render_notebook_html(nb, title: str) -> str:
    """The notebook as one self-contained HTML page (inline CSS and images, no scripts from the web)."""
    body, _ = _exporter().from_notebook_node(nb, resources={"metadata": {"name": title}})
    return body


def _title_and_summary(nb) -> tuple[str, str]:
    first = next((c.source for c in nb.cells if c.cell_type == "markdown"), "")
    lines = first.splitlines()
    title = next((l.lstrip("# ").strip() for l in lines if l.startswith("# ")), "")
    paragraph = []
    for line in lines[1:]:
        if line.strip():
            paragraph.append(line.strip())
        elif paragraph:
            break
    return title, " ".join(paragraph).replace("`", "")


def _notebooks(out: Path, notebook_dir: Path, execute: bool) -> list[NotebookPage]:
    import nbformat

    from funding.publish import notebooks as nbtools

    target = out / "notebooks"
    target.mkdir(parents=True, exist_ok=True)
    pages = []
    for path in sorted(notebook_dir.glob("[0-9][0-9]_*.ipynb")):
        nb = nbtools.read_notebook(path)
        if execute:
            nb = nbtools.normalise_notebook(nb)
            for cell in nb.cells:
                if cell.cell_type == "code":
                    cell.outputs, cell.execution_count = [], None
            nbtools.execute_notebook(nb, notebook_dir)
            nb = nbtools.normalise_notebook(nb)
        title, summary = _title_and_summary(nb)
        (target / path.name).write_text(nbformat.writes(nb, version=4) + "\n", encoding="utf-8")
        (target / f"{path.stem}.html").write_text(render_notebook_html(nb, title), encoding="utf-8")
        pages.append(NotebookPage(path.stem, title, summary))
    return pages


def _figures(out: Path, tables, shapes) -> list[str]:
    """Write every figure as SVG and PNG; returns the figure names."""
    from funding.viz.figures import write_figures

    written = write_figures(out / "figures", tables, shapes)
    return sorted({Path(p).stem for p in written if Path(p).suffix == ".svg"})


def _data(out: Path, tables) -> tuple[list[str], list[str]]:
    """The tidy CSVs, the data package descriptor and the 360Giving export; returns
    (table names, other files relative to data/)."""
    from funding.tables import write_tables

    target = out / "data"
    written = [p.stem for p in write_tables(tables, target)]
    extra: list[str] = []
    from funding.publish import opendata

    award_tables = {k: tables[k] for k in ("awards", "initiatives")}
    for p in opendata.export_360giving(target / "360giving", award_tables):
        extra.append(Path(p).relative_to(target).as_posix())
    extra.append(Path(opendata.write_datapackage(target)).relative_to(target).as_posix())
    written = sorted({p.stem for p in target.glob("*.csv")})
    return written, sorted(extra)


def _index_html(pages: list[NotebookPage], figures: list[str], tables: list[str], extra: list[str], schemas: dict) -> str:
    esc = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>funding: domestic abuse perpetrator funding, the report</title>",
        '<link rel="icon" href="data:,">',
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<h1>Domestic abuse perpetrator funding: the report</h1>",
        '<p class="muted">Who got the Home Office\'s 2021-22 perpetrator money, and what it bought. '
        "Every figure here is computed from the published texts by the <code>funding</code> package; "
        "the notebooks show how.</p>",
        "<h2>The notebooks</h2>",
        '<ol class="notebooks">',
    ]
    for p in pages:
        parts.append(
            f'<li><a href="notebooks/{esc(p.stem)}.html">{esc(p.title)}</a> '
            f'<span class="muted">(<a href="notebooks/{esc(p.stem)}.ipynb">ipynb</a>)</span><br>'
            f"{esc(p.summary)}</li>"
        )
    parts += ["</ol>", "<h2>The charts and maps</h2>", '<div class="figures">']
    for name in figures:
        label = name.replace("_", " ")
        parts.append(
            f'<figure><a href="figures/{esc(name)}.svg"><img src="figures/{esc(name)}.png" alt="{esc(label)}"></a>'
            f'<figcaption>{esc(label)}: <a href="figures/{esc(name)}.svg">SVG</a> · <a href="figures/{esc(name)}.png">PNG</a></figcaption></figure>'
        )
    parts += ["</div>", "<h2>The data</h2>", '<table class="data"><thead><tr><th>table</th><th>what it holds</th></tr></thead><tbody>']
    for name in tables:
        title = schemas.get(name, {}).get("title", "")
        parts.append(f'<tr><td><a href="data/{esc(name)}.csv">{esc(name)}.csv</a></td><td>{esc(title)}</td></tr>')
    parts.append("</tbody></table>")
    if extra:
        parts.append("<p>Open data: " + ", ".join(f'<a href="data/{esc(e)}">{esc(e)}</a>' for e in extra) + ".</p>")
    parts += [
        '<p class="muted">Money is in integer pence in the CSVs, with an exact pounds column beside it. '
        "Sources, method and caveats: the project's README.</p>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


def build_report(
    out_dir: str | Path,
    tables: dict,
    shapes: dict | None,
    *,
    notebook_dir: str | Path,
    execute: bool = True,
    figures: bool | str | Path = True,
) -> Path:
    """Build the static site under ``out_dir`` from built ``tables`` and the map ``shapes``;
    returns the path of ``index.html``.

    ``figures=False`` leaves out the charts and maps (for tests of the rest of the site);
    a folder instead copies figures already written there by ``write_figures`` (the tests
    draw them once a session).  The figures (drawn in this process) and the notebooks (each
    executed in its own kernel) do not depend on each other, so they are made at the same
    time: on two cores the report takes about as long as the longer of the two.
    """
    from funding.reference.schemas import schemas

    from funding.core.fileio import owned_output

    out = Path(out_dir)
    # Built aside, then moved into place file by file; only files an earlier report wrote
    # (listed in out/.funding-report.json) are replaced or removed (funding.core.fileio).
    with owned_output(out, "report") as stage:
        table_names, extra = _data(stage, tables)
        if figures is True:  # the figures drawn while the notebooks run (two cores)
            from concurrent.futures import ThreadPoolExecutor

            import matplotlib.pyplot  # noqa: F401 - the backend is fixed before the kernels' environment is set

            with ThreadPoolExecutor(max_workers=1) as pool:
                notebooks_done = pool.submit(_notebooks, stage, Path(notebook_dir), execute)
                figure_names = _figures(stage, tables, shapes)
                pages = notebooks_done.result()
        else:  # a folder of figures already drawn, or none
            if figures:
                shutil.copytree(figures, stage / "figures")
            figure_names = sorted(p.stem for p in (stage / "figures").glob("*.svg")) if figures else []
            pages = _notebooks(stage, Path(notebook_dir), execute)
        html_text = _index_html(pages, figure_names, table_names, extra, schemas())
        (stage / "index.html").write_text(html_text, encoding="utf-8")
    return out / "index.html"
