"""The static report: a site a journalist can open without Jupyter, and publish from.

:func:`build_report` writes, under ``out_dir`` (``reports/`` by ``make report``)::

    index.html                 the front page: the findings beside their charts, a card per
                               chart (title, what it shows, SVG, PNG, chart-ready CSV, notebook
                               section), the interactive versions, the sources, how to cite, the data
    method.html                the README's data, method and licences as a page
    README.md                  the README itself (and LICENSE, CITATION.cff when the project has them)
    docs/*.md                  the project's pages the README links to, so that its links work here
    notebooks/NN_name.html     each notebook rendered (no CDN scripts: it works offline)
    notebooks/NN_name.ipynb    the executed notebook it was rendered from
    figures/NAME.svg, .png     every chart and map (SVG with live text, <title> and <desc>)
    figures/thumbs/NAME.png    small PNGs for the front page (lazy-loaded)
    figures/data/NAME.csv      each chart's numbers, exactly as drawn (funding.viz.figures)
    interactive/NAME.html      the award map and the ranked chart, interactive, self-contained
    data/*.csv                 the tidy tables (funding.tables.write_tables)
    data/datapackage.json      the Frictionless descriptor, and data/360giving/ (funding.publish.opendata)

By default the notebooks are executed afresh (in memory, in their own folder;
``notebooks/`` is not rewritten: that is ``make notebooks``).  With
``execute=False`` the committed, already executed notebooks are rendered: nbval
(``make test``) checks that those equal a fresh run, so the browser test uses
them to stay quick.

The findings on the front page are the README's "What it finds" bullets, the
sentences tests/test_readme_findings.py checks; a ``<!-- chart: NAME -->``
comment after a bullet puts that chart beside it.

The same inputs give the same bytes: no timestamps, sorted listings, figures
saved without dates.
"""

from __future__ import annotations

import html
import re
import shutil
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from funding.errors import SourceError

__all__ = ["build_report", "render_notebook_html", "readme_findings"]

#: The lab template without its CDN scripts (require.js, MathJax, mermaid, widgets):
#: the report must open offline and without console errors.  Images get the alt text
#: the notebook recorded (written from the chart's data by funding.publish.notebooks);
#: the page has a ``main`` landmark, code comments with enough contrast, and tables
#: that scroll in their own box on a phone.
_OFFLINE_TEMPLATE = """\
{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{% block jupyter_widgets %}{% endblock jupyter_widgets %}
{%- block html_head_css -%}<link rel="icon" href="data:,">
<style>
body { overflow-x: hidden; }
.jp-RenderedMarkdown a, .jp-RenderedHTMLCommon a, .jp-RenderedHTMLCommon a:link, .jp-RenderedHTMLCommon a:visited { text-decoration: underline !important; }
.highlight .ow, .highlight .nb, .highlight .bp { color: #6B1FA0 !important; }
.highlight .c, .highlight .c1, .highlight .cm, .highlight .ch, .highlight .cs, .highlight .cp, .highlight .cpf { color: #3C5F5F !important; }
.jp-RenderedHTMLCommon table, .jp-OutputArea-output table { display: block; overflow-x: auto; max-width: 100%; }
.jp-OutputArea-output pre { white-space: pre-wrap; overflow-wrap: anywhere; }
.jp-RenderedImage img { max-width: 100%; height: auto; }
.jp-InputArea-editor pre, .highlight pre { white-space: pre-wrap; overflow-wrap: anywhere; }
.table-scroll { overflow-x: auto; max-width: 100%; }
@media (max-width: 600px) { .jp-Cell { padding: 0 !important; } .jp-InputPrompt, .jp-OutputPrompt { display: none !important; } }
</style>
{%- endblock html_head_css -%}
{%- block body_header -%}
{{ super() }}
<nav class="funding-nav" aria-label="Report" style="max-width:1100px;margin:1em auto 0;padding:0 1em;font-family:sans-serif">
<a href="../index.html">&larr; The report: findings, charts and data</a></nav>
{%- endblock body_header -%}
{% block data_png scoped %}
<div class="jp-RenderedImage jp-OutputArea-output {{ extra_class }}">
<img src="data:image/png;base64,{{ output.data['image/png'] | escape_html }}" alt="{{ (output | get_metadata('alt', 'image/png')) or 'Chart (no description recorded)' | escape_html }}">
</div>
{%- endblock data_png %}
"""

_CSS = """
*, *::before, *::after { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Verdana, sans-serif; color: #262626; max-width: 1100px; margin: 0 auto; padding: 1em; line-height: 1.5; overflow-wrap: break-word; }
h1 { font-size: 1.7em; margin-bottom: 0.2em; line-height: 1.25; }
h2 { margin-top: 2em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em; }
h3 { margin: 0.2em 0; font-size: 1.05em; }
.muted { color: #595959; }
nav.toc ul { padding-left: 1.2em; }
ol.notebooks li { margin-bottom: 0.8em; }
.finding { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1em; align-items: start; border-top: 1px solid #e5e5e5; padding: 0.8em 0; }
.finding p { margin: 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(300px, 100%), 1fr)); gap: 1.2em; }
.card { margin: 0; border: 1px solid #e5e5e5; padding: 0.6em; background: #fff; }
img.thumb { width: 100%; height: auto; display: block; }
.card p { font-size: 0.92em; margin: 0.3em 0; }
.links { font-size: 0.9em; }
.scroll { overflow-x: auto; max-width: 100%; }
table.data { border-collapse: collapse; }
table.data td, table.data th { border-bottom: 1px solid #e5e5e5; padding: 0.3em 0.8em 0.3em 0; text-align: left; vertical-align: top; }
pre.snippet { white-space: pre-wrap; overflow-wrap: anywhere; background: #f5f5f5; padding: 0.6em; font-size: 0.85em; }
a { color: #0062A3; }
@media (max-width: 640px) { .finding { grid-template-columns: minmax(0, 1fr); } body { padding: 0.6em; } }
"""

#: Interactive figures: (file stem, title, what it shows, the static figure it matches).
INTERACTIVE = (
    ("award_map", "Award map", "Every police force area, its award, per resident, programme types and bids on hover.", "map_award_amount"),
    ("awards_ranked", "Who got what, ranked", "Every award, largest first; hover for per resident, programme types and bids.", "awards_ranked"),
)


@dataclass(frozen=True)
class NotebookPage:
    stem: str
    title: str
    summary: str
    #: heading text → anchor id in the rendered page
    anchors: dict = field(default_factory=dict, compare=False)
    #: the code of each section, by heading text (to find where a figure is drawn)
    sections: tuple = field(default=(), compare=False)


@dataclass(frozen=True)
class Card:
    name: str
    title: str
    sentence: str
    alt: str
    notebook: tuple[str, str, str] | None  # (stem, anchor, heading)
    has_csv: bool = True


@lru_cache(maxsize=1)
def _exporter():
    """One HTML exporter per process, built on first use and reused for every notebook: building
    one (traitlets, the template environment) and compiling its templates again for each notebook
    cost about 0.15 s of CPU a notebook; the pages are the same bytes."""
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


#: The sentence of a notebook's opening paragraph about its versions cell: a note on the notebook
#: itself, not on what it shows, so the front page's summary leaves it out.
_VERSIONS_SENTENCE = re.compile(r"\s*The versions\b[^.(]*\bcome first\b(?:\s*\([^)]*\))?\.")


def _title_and_summary(nb) -> tuple[str, str]:
    """The notebook's title and its opening paragraph (Markdown, without the versions note)."""
    first = next((c.source for c in nb.cells if c.cell_type == "markdown"), "")
    lines = first.splitlines()
    title = next((l.lstrip("# ").strip() for l in lines if l.startswith("# ")), "")
    paragraph = []
    for line in lines[1:]:
        if line.strip():
            paragraph.append(line.strip())
        elif paragraph:
            break
    return title, _VERSIONS_SENTENCE.sub("", " ".join(paragraph)).strip()


def _sections(nb) -> tuple[tuple[str, str], ...]:
    """(heading, code under it) for each section of a notebook, the title's section first."""
    out: list[list[str]] = []
    heading = ""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if re.match(r"#{1,3} ", line):
                    heading = line.lstrip("#").strip()
                    out.append([heading, ""])
        elif out:
            out[-1][1] += "\n" + cell.source
    return tuple((h, c) for h, c in out)


def _anchors(page_html: str) -> dict[str, str]:
    found = {}
    for m in re.finditer(r'<h[1-3] id="([^"]+)">(.*?)<a class="anchor-link"', page_html, re.DOTALL):
        found[html.unescape(re.sub(r"<[^>]+>", "", m.group(2))).strip()] = m.group(1)
    return found


def _notebook_paths(notebook_dir: Path) -> list[Path]:
    """The notebooks of the report, the slowest first (by the committed notebook's size: its
    outputs are mostly its figures), so that two lanes taking them in turn end together."""
    paths = sorted(notebook_dir.glob("[0-9][0-9]_*.ipynb"))
    return sorted(paths, key=lambda p: (-p.stat().st_size, p.name))


def _notebook_page(path: Path, out: Path, notebook_dir: Path, execute: bool, km=None) -> NotebookPage:
    """Execute one notebook (afresh, in its own kernel: ``km``, one already started in
    ``notebook_dir``, if given) or take it as committed, and write it and its HTML page under
    ``out/notebooks``."""
    import nbformat

    from funding.publish import notebooks as nbtools

    target = out / "notebooks"
    target.mkdir(parents=True, exist_ok=True)
    nb = nbtools.read_notebook(path)
    if execute:
        nb = nbtools.normalise_notebook(nb)
        for cell in nb.cells:
            if cell.cell_type == "code":
                cell.outputs, cell.execution_count = [], None
        nbtools.execute_notebook(nb, notebook_dir, km=km, source=str(path))
        nb = nbtools.normalise_notebook(nb)
    title, summary = _title_and_summary(nb)
    page = render_notebook_html(nb, title)
    (target / path.name).write_text(nbformat.writes(nb, version=4) + "\n", encoding="utf-8")
    (target / f"{path.stem}.html").write_text(page, encoding="utf-8")
    return NotebookPage(path.stem, title, summary, _anchors(page), _sections(nb))


def _notebooks(out: Path, notebook_dir: Path, execute: bool) -> list[NotebookPage]:
    """Every notebook, one after the other, in this process."""
    return [_notebook_page(path, out, notebook_dir, execute) for path in sorted(_notebook_paths(notebook_dir))]


class _NotebookLane:
    """The notebooks in a second process, while this one draws the figures (two cores).

    The notebooks are handed out one at a time, slowest first, from one list: to a child
    process (``python -c`` running :func:`_lane_main`; it reads a notebook's path on stdin,
    executes and renders it, and answers with its page as one JSON line), and, once the
    figures are drawn, to this process as well (:meth:`finish`), so both cores stay busy
    to the end whichever lane is faster on the day.  Each notebook gives the same bytes
    whichever lane ran it (its own kernel, the same environment).

    The child is started before the report knows where it writes (:meth:`start` tells it, as
    its first line), so that its interpreter and its imports overlap the reading of the
    tables and the boundaries in this process.  When executing where forking is safe
    (:func:`funding.publish.forkkernel.available`, decided here, once), the child's kernels are
    forked from one process that has done their imports (:mod:`funding.publish.forkkernel`),
    and a fork of that process writes the interactive pages beside the notebooks.
    """

    def __init__(self, notebook_dir: Path, execute: bool) -> None:
        import os
        import subprocess
        import sys
        import threading

        import funding

        from funding.publish import forkkernel

        self.out: Path | None = None
        self.notebook_dir, self.execute = notebook_dir, execute
        self.fork = execute and forkkernel.available()
        #: With the tables handed over (:meth:`start`), the child writes the interactive pages too.
        self.inputs: Path | None = None
        self.interactive: list[str] | None = None
        self.todo = _notebook_paths(notebook_dir)
        self.pages: dict[str, NotebookPage] = {}
        self.error: BaseException | None = None
        self.lock = threading.Lock()
        # The child imports this package from where this process did (a checkout on sys.path too).
        package_root = str(Path(funding.__file__).resolve().parents[1])
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (package_root, os.environ.get("PYTHONPATH", "")) if p)}
        self.child = subprocess.Popen(
            [sys.executable, "-c", "from funding.publish.report import _lane_main; _lane_main()",
             str(notebook_dir), "1" if execute else "0", "1" if self.fork else "0"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8", env=env,
        )
        self.feeder = threading.Thread(target=self._feed, name="notebook-lane", daemon=True)

    def start(self, out: Path, tables=None, shapes=None) -> None:
        """Hand out the notebooks, their files to be written under ``out``.  With ``tables`` (and
        ``shapes``), when executing, the child also writes the interactive pages under ``out``
        (:func:`_interactive_worker`, forked from its kernels' zygote, beside the notebooks): they
        are then not this process's to write (:attr:`does_interactive`)."""
        import pickle
        import tempfile

        self.out = out
        if self.fork and tables is not None:
            self.inputs = Path(tempfile.mkdtemp(prefix="funding-report-"))
            with open(self.inputs / "inputs.pickle", "wb") as f:
                pickle.dump((tables, shapes), f, protocol=pickle.HIGHEST_PROTOCOL)
        self.feeder.start()

    @property
    def does_interactive(self) -> bool:
        return self.inputs is not None

    def _next(self) -> Path | None:
        with self.lock:
            if self.error is not None or not self.todo:
                return None
            return self.todo.pop(0)

    def _more(self) -> bool:
        with self.lock:
            return bool(self.todo)

    def _feed(self) -> None:
        import json

        try:
            self.child.stdin.write(f"{self.out}\t{self.inputs or ''}\n")
            while (path := self._next()) is not None:
                # With the path, whether more may follow: the child then starts the next kernel now.
                self.child.stdin.write(f"{path}\t{int(self._more())}\n")
                self.child.stdin.flush()
                answer = self.child.stdout.readline()
                if not answer:
                    raise SourceError(str(path), None, f"the notebook process stopped (exit {self.child.wait()})",
                                      "the notebook to run to the end")
                got = json.loads(answer)
                if "error" in got:
                    raise SourceError(str(path), None, got["error"], got.get("expected", "the notebook to run to the end"))
                self.pages[got["stem"]] = NotebookPage(
                    got["stem"], got["title"], got["summary"], got["anchors"], tuple(tuple(s) for s in got["sections"]))
        except BaseException as exc:  # noqa: BLE001 - raised in the main thread by finish()
            with self.lock:
                self.error = self.error or exc
            try:  # the child stops (finish() says "done" otherwise)
                self.child.stdin.close()
            except OSError:
                pass

    def finish(self) -> list[NotebookPage]:
        """Run the notebooks not yet handed out here, wait for the child; every page, by name.
        (On an error here, the caller calls :meth:`abandon`.)"""
        while (path := self._next()) is not None:
            page = _notebook_page(path, self.out, self.notebook_dir, self.execute)
            self.pages[page.stem] = page
        self.feeder.join()
        try:  # an empty line: nothing more to come; the child finishes what it started, and exits
            self.child.stdin.write("\n")
            self.child.stdin.close()
        except (OSError, ValueError):
            pass
        self.child.wait()
        if self.error is not None:
            raise self.error
        if self.inputs is not None:
            self.interactive = self._interactive_result()
        return [self.pages[k] for k in sorted(self.pages)]

    def _interactive_result(self) -> list[str]:
        import json

        try:
            got = json.loads((self.inputs / "interactive.json").read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise SourceError("interactive pages", None, f"their process stopped (notebook process exit {self.child.returncode})",
                              "the interactive pages written") from None
        finally:
            shutil.rmtree(self.inputs, ignore_errors=True)
        if "error" in got:
            raise SourceError(got.get("source", "interactive pages"), got.get("line"), got["error"],
                              got.get("expected", "the interactive pages written"), got.get("hint"))
        return got["stems"]

    def abandon(self) -> None:
        """Stop handing out notebooks; the child, finding its input closed, stops the kernel it
        started ahead and exits (killed only if it has not within ten seconds)."""
        import subprocess

        with self.lock:
            self.todo.clear()
        try:
            self.child.stdin.close()
        except OSError:
            pass
        try:
            self.child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.child.kill()
        if self.feeder.is_alive():
            self.feeder.join()
        self.child.wait()
        if self.inputs is not None:
            shutil.rmtree(self.inputs, ignore_errors=True)


def _lane_main() -> None:
    """The child of :class:`_NotebookLane`: a notebook path per line on stdin, a JSON page per line out.

    Its standard output is kept for the answers; anything else written there (by a library,
    or by a kernel, which inherits it) goes to standard error instead.

    When executing, it keeps one kernel started ahead (:func:`funding.publish.notebooks.start_kernel`):
    the first while the parent reads the tables, each next one while a notebook runs (when the
    parent says more may follow), so that no notebook waits for its kernel to start."""
    import json
    import os
    import sys

    notebook_dir, execute, fork = Path(sys.argv[1]), sys.argv[2] == "1", sys.argv[3] == "1"
    answers = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    spare = zygote = None
    try:
        # While the parent reads the tables: a kernel started, and what every notebook needs
        # here imported and built once.
        import jupyter_client.manager  # noqa: F401
        import jupytext  # noqa: F401
        import nbclient  # noqa: F401
        import nbformat  # noqa: F401

        from funding.publish import notebooks as nbtools

        if execute:
            # The kernels are forked from one process that has imported what they import (when
            # the parent says forking is safe); else, or if that process fails, each is started as usual.
            if fork:
                from funding.publish.forkkernel import Zygote

                try:
                    zygote = Zygote({**os.environ, **nbtools.KERNEL_ENV})
                except OSError:
                    zygote = None
            spare = _start_kernel(notebook_dir, zygote)
        _exporter()
        first = sys.stdin.readline()
        if not first:  # the parent gave up before starting
            return
        out, _, inputs = first.rstrip("\n").partition("\t")
        out = Path(out)
        worker = None
        if inputs:  # the interactive pages, beside the notebooks: in a fork of the zygote, else here
            if zygote is not None:
                try:
                    worker = zygote.call("funding.publish.report:_interactive_worker", inputs, str(out))
                except OSError:  # the zygote has stopped
                    worker = None
            if worker is None:
                _interactive_worker(inputs, str(out))
        for line in sys.stdin:
            if line == "\n":  # all handed out: what was started is finished (else it is stopped)
                if worker is not None:
                    try:
                        zygote.ask({"wait": worker})
                    except OSError:  # the zygote died: the parent finds no pages and says so
                        pass
                break
            name, _, more = line.rstrip("\n").rpartition("\t")
            path = Path(name)
            km, spare = spare, None
            if execute and more == "1":
                spare = _start_kernel(notebook_dir, zygote)
            try:
                p = _notebook_page(path, out, notebook_dir, execute, km=km)
                answer = {"stem": p.stem, "title": p.title, "summary": p.summary, "anchors": p.anchors, "sections": p.sections}
            except SourceError as exc:  # the parent raises it as it stands
                answer = {"error": exc.found, "expected": exc.expected}
            except Exception as exc:  # noqa: BLE001 - the parent raises it
                answer = {"error": f"{type(exc).__name__}: {exc}"}
            finally:
                if km is not None:  # not reached execute_notebook, which stops it
                    nbtools.stop_kernel(km)
            answers.write(json.dumps(answer) + "\n")
            answers.flush()
            if "error" in answer:
                break
    except KeyboardInterrupt:  # Ctrl-C reaches the whole process group: the parent reports it, once
        pass
    finally:
        if spare is not None:  # started ahead for a notebook that did not come
            nbtools.stop_kernel(spare)
        if zygote is not None:
            zygote.close()


def _start_kernel(notebook_dir: Path, zygote):
    """A kernel started ahead, forked from ``zygote`` when there is one and it answers, else as usual."""
    from funding.publish import notebooks as nbtools

    if zygote is not None:
        try:
            return nbtools.start_kernel(notebook_dir, zygote)
        except OSError:
            pass
    return nbtools.start_kernel(notebook_dir)


def _interactive_worker(inputs: str, out: str) -> None:
    """In a fork of the notebook process's zygote: the interactive pages (:func:`_interactive`)
    from the tables and shapes pickled in folder ``inputs``, written under ``out``; what it wrote,
    or the error, in ``inputs/interactive.json``."""
    import json
    import pickle

    try:
        import matplotlib

        matplotlib.use("Agg")  # the zygote has the kernels' inline backend; nothing is drawn here
        with open(Path(inputs) / "inputs.pickle", "rb") as f:
            tables, shapes = pickle.load(f)
        answer = {"stems": _interactive(Path(out), tables, shapes)}
    except SourceError as exc:
        answer = {"source": exc.source, "line": exc.line, "error": exc.found, "expected": exc.expected, "hint": exc.hint}
    except Exception as exc:  # noqa: BLE001 - the report raises it
        answer = {"error": f"{type(exc).__name__}: {exc}"}
    (Path(inputs) / "interactive.json").write_text(json.dumps(answer), encoding="utf-8")


def _figures(out: Path, tables, shapes) -> dict[str, dict]:
    """Write every figure as SVG, PNG and thumbnail; returns each figure's title, subtitle and description."""
    from funding.viz.figures import write_figures

    texts: dict[str, dict] = {}
    write_figures(out / "figures", tables, shapes, thumbnails=out / "figures" / "thumbs", texts=texts)
    return texts


def _chart_data(out: Path, tables) -> list[str]:
    """Each figure's chart-ready CSV under figures/data/; returns the figure names."""
    from funding.viz.figures import write_chart_data

    return [p.stem for p in write_chart_data(out / "figures" / "data", tables)]


def _warm_interactive():
    """Start, in a thread, what the interactive pages' first conversion does once per process:
    vl-convert bundling Vega's JavaScript (about 2 s of CPU, done without Python's lock), so
    that it runs beside the figures instead of after them; returns the thread (join it before
    :func:`_interactive`), or None without vl-convert."""
    import threading

    try:
        import vl_convert
    except ImportError:  # pragma: no cover - a dependency; _interactive reports it
        return None
    def bundle() -> None:
        try:
            vl_convert.javascript_bundle()
        except Exception:  # noqa: BLE001 - the interactive pages' own conversion meets it and reports it
            pass

    thread = threading.Thread(target=bundle, name="vl-convert-bundle", daemon=True)
    thread.start()
    return thread


def _interactive(out: Path, tables, shapes) -> list[str]:
    from funding.publish.interactive import write_interactive

    return [p.stem for p in write_interactive(out / "interactive", tables, shapes)]


def _data(out: Path, tables) -> tuple[list[str], list[str]]:
    """The tidy CSVs, the data package descriptor and the 360Giving export; returns
    (table names, every other file under data/, relative to data/)."""
    from funding.tables import write_tables

    target = out / "data"
    write_tables(tables, target)
    from funding.publish import opendata

    award_tables = {k: tables[k] for k in ("awards", "initiatives")}
    opendata.export_360giving(target / "360giving", award_tables)
    opendata.write_datapackage(target)
    written = sorted({p.stem for p in target.glob("*.csv")})
    extra = sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file() and not (p.parent == target and p.suffix == ".csv"))
    return written, extra


def _project_files(out: Path) -> list[str]:
    """The README, and the licence and citation files when the project has them, copied beside index.html."""
    from funding.sources.mirror import PROJECT_ROOT

    copied = []
    for name in ("README.md", "LICENSE", "CITATION.cff"):
        src = PROJECT_ROOT / name
        if src.is_file():
            shutil.copyfile(src, out / name)
            copied.append(name)
    return copied


#: A relative link in Markdown: ``[text](path)``, not a web address or an anchor.
_RELATIVE_LINK = re.compile(r"\]\((?![a-z][a-z0-9+.-]*:|#)([^)\s]+)\)", re.IGNORECASE)


def _readme_linked_files(out: Path) -> list[str]:
    """The project's files the README links to (docs/findings.md, docs/open-data.md …), copied
    beside the README at the same relative paths, so that its links work where it is published."""
    from funding.sources.mirror import PROJECT_ROOT

    copied = []
    for link in sorted(set(_RELATIVE_LINK.findall(_readme()))):
        rel = link.split("#", 1)[0]
        src = (PROJECT_ROOT / rel).resolve()
        if not rel or not src.is_file() or PROJECT_ROOT.resolve() not in src.parents or rel in ("README.md", "LICENSE", "CITATION.cff"):
            continue
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, target)
        copied.append(rel)
    return copied


# --- the README, read for the front page and the method page ----------------------------------------


def _readme() -> str:
    from funding.sources.mirror import PROJECT_ROOT

    path = PROJECT_ROOT / "README.md"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def _readme_section(text: str, heading: str) -> str:
    m = re.search(rf"^## {re.escape(heading)}\s*$(.*?)(?=^## |\Z)", text, re.MULTILINE | re.DOTALL)
    return m.group(1).strip() if m else ""


def readme_findings(text: str | None = None) -> list[tuple[str, str]]:
    """The README's findings: (markdown of each bullet, chart name or "") in order."""
    section = _readme_section(_readme() if text is None else text, "What it finds")
    found = []
    for bullet in re.split(r"^- ", section, flags=re.MULTILINE)[1:]:
        body = bullet.split("\n\n")[0]
        chart = re.search(r"<!--\s*chart:\s*([a-z0-9_]+)\s*-->", body)
        body = re.sub(r"<!--.*?-->", "", body, flags=re.DOTALL)
        found.append((" ".join(body.split()), chart.group(1) if chart else ""))
    return found


def _markdown(text: str, *, inline: bool = False) -> str:
    """Markdown to HTML; links to files of the repository (not in the report) become plain text."""
    import mistune

    text = re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)
    text = re.sub(r"\[([^\]]+)\]\((?!https?://)[^)]*\)", r"\1", text)
    rendered = mistune.html(text).strip()
    if inline and rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1:
        rendered = rendered[3:-4]
    return rendered


# --- the pages ------------------------------------------------------------------------------------


def _head(title: str) -> list[str]:
    return [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(title)}</title>", '<link rel="icon" href="data:,">', f"<style>{_CSS}</style>", "</head>", "<body>",
    ]


def _cards(figures: dict[str, dict], chart_csvs: list[str], pages: list[NotebookPage]) -> list[Card]:
    from funding.viz.figures import FIGURES

    cards = []
    for name in sorted(figures):
        entry = FIGURES.get(name)
        t = figures[name]
        title = t["title"] or name.replace("_", " ")
        if getattr(entry, "geometry", "") == "hex":
            title += " (hex cartogram)"
        cards.append(Card(name, title, t["subtitle"], t["description"], _section_of(name, entry, pages), name in chart_csvs))
    return cards


def _section_of(name: str, entry, pages: list[NotebookPage]) -> tuple[str, str, str] | None:
    """The notebook section that draws figure ``name``: by its name in the registry, else by the
    function it draws (same geometry first)."""
    base = name.removesuffix("_hex")
    tests = [lambda code: f'"{name}"' in code or f"'{name}'" in code, lambda code: f'"{base}"' in code or f"'{base}'" in code]
    if entry is not None and hasattr(entry, "function"):
        call = re.compile(rf"\b{re.escape(entry.function)}\(")
        is_hex = entry.geometry == "hex"
        tests.append(lambda code: bool(call.search(code)) and (('"hex"' in code) == is_hex))
        tests.append(lambda code: bool(call.search(code)))
    for test in tests:
        for page in pages:
            for heading, code in page.sections:
                if test(code) and heading in page.anchors:
                    return page.stem, page.anchors[heading], heading
    return None


def _card_html(card: Card, pages: dict[str, NotebookPage], *, level: str = "h3") -> str:
    esc = html.escape
    n = esc(card.name)
    links = [f'<a href="figures/{n}.svg">SVG</a>', f'<a href="figures/{n}.png">PNG</a>']
    if card.has_csv:
        links.append(f'<a href="figures/data/{n}.csv">chart data (CSV)</a>')
    if card.notebook:
        stem, anchor, heading = card.notebook
        links.append(f'<a href="notebooks/{esc(stem)}.html#{esc(anchor)}">notebook {esc(stem[:2])}: {esc(heading)}</a>')
    return (
        f'<figure class="card" id="chart-{n}"><{level}>{esc(card.title)}</{level}>'
        f"<p>{esc(card.sentence)}</p>"
        f'<a href="figures/{n}.svg"><img class="thumb" src="figures/thumbs/{n}.png" alt="{esc(card.alt)}" loading="lazy" decoding="async" width="480"></a>'
        f'<figcaption class="links">{" · ".join(links)}</figcaption></figure>'
    )


def _sources_table() -> list[str]:
    from funding.publish.opendata import reference_split_sources
    from funding.sources.manifests import manifest

    esc = html.escape
    rows = ['<div class="scroll"><table class="data"><thead><tr><th scope="col">Source</th><th scope="col">Publisher</th>'
            '<th scope="col">Date</th><th scope="col">Licence</th></tr></thead><tbody>']
    for e in sorted(manifest().values(), key=lambda e: (e.shelf, e.source_id)):
        title = f'<a href="{esc(e.url)}">{esc(e.title)}</a>' if e.url.startswith("http") else esc(e.title) + ' <span class="muted">(no public address recorded)</span>'
        rows.append(f"<tr><td>{title}</td><td>{esc(e.publisher)}</td><td>{esc(e.published)}</td><td>{esc(e.licence)}</td></tr>")
    for r in reference_split_sources():  # figures compared with, not files read: no date or licence recorded
        rows.append(f'<tr><td>{esc(r["title"])} <span class="muted">({esc(r["description"])})</span></td>'
                    f'<td>{esc(r["publisher"])}</td><td>not recorded</td><td>{esc(r["licence"])}</td></tr>')
    rows.append("</tbody></table></div>")
    return rows


def _citation() -> str:
    from importlib import metadata

    try:
        version = metadata.version("funding")
    except metadata.PackageNotFoundError:  # pragma: no cover - run from a checkout without install
        version = "unreleased"
    return (f"funding {version}: who got the Home Office's domestic abuse perpetrator money, and what it bought. "
            "Tables, charts and notebooks built from the Home Office award list (2021) and ONS data. "
            "Data: Open Government Licence v3.0; code: MIT.")


def _index_html(pages, cards, interactive, tables, extra, schemas, project_files, findings) -> str:
    esc = html.escape
    by_name = {c.name: c for c in cards}
    page_of = {p.stem: p for p in pages}
    parts = _head("funding: domestic abuse perpetrator funding, the report") + [
        '<header><h1>Domestic abuse perpetrator funding: who got the money, and what it bought</h1>',
        '<p class="muted">The Home Office\'s 2021-22 perpetrator fund, police force area by area. Every figure here is '
        "computed from the published texts by the <code>funding</code> package; the notebooks show how, and every chart "
        "comes with the numbers it draws.</p>",
        '<nav class="toc" aria-label="Contents"><ul><li><a href="#findings">What it finds</a></li><li><a href="#interactive">Interactive charts to embed</a></li>'
        '<li><a href="#charts">Every chart and map</a></li><li><a href="#notebooks">The notebooks</a></li>'
        '<li><a href="#data">The data</a></li><li><a href="#sources">Sources and licences</a></li><li><a href="#cite">How to cite</a></li>'
        '<li><a href="method.html">Method and caveats</a></li></ul></nav></header>',
        "<main>",
        '<section aria-labelledby="findings"><h2 id="findings">What it finds</h2>',
    ]
    for text, chart in findings:
        side = _card_html(by_name[chart], page_of) if chart in by_name else ""
        parts.append(f'<div class="finding"><p>{_markdown(text, inline=True)}</p>{side}</div>')
    parts.append("</section>")
    if interactive:
        parts += ['<section aria-labelledby="interactive"><h2 id="interactive">Interactive charts to embed</h2>',
                  "<p>Self-contained pages (the chart library is inside each file: they open offline). Hover an area or a bar "
                  "for its award, the award per resident, its programme types and its number of bids.</p><ul>"]
        for stem, title, what, _static in INTERACTIVE:
            if stem in interactive:
                parts.append(f'<li><a href="interactive/{esc(stem)}.html">{esc(title)}</a>: {esc(what)}</li>')
        parts.append("</ul><p>To embed one, paste this where the chart should appear, with the address where you host the file:</p>")
        for stem, title, _what, _static in INTERACTIVE:
            if stem in interactive:
                snippet = (f'<iframe src="https://YOUR-SITE/interactive/{stem}.html" title="{title}" width="100%" height="720" '
                           'style="border:0" loading="lazy"></iframe>')
                parts.append(f'<pre class="snippet"><code>{esc(snippet)}</code></pre>')
        parts.append("</section>")
    parts += ['<section aria-labelledby="charts"><h2 id="charts">Every chart and map</h2>',
              "<p>Each chart as SVG (live text, editable) and PNG (1600 px), with a CSV of exactly the numbers drawn "
              "(labels, not codes; the unit in each column header) and the notebook section that explains it.</p>",
              '<div class="cards">']
    parts += [_card_html(c, page_of) for c in cards]
    parts += ["</div></section>", '<section aria-labelledby="notebooks"><h2 id="notebooks">The notebooks</h2>', '<ol class="notebooks">']
    for p in pages:
        parts.append(
            f'<li><a href="notebooks/{esc(p.stem)}.html">{esc(p.title)}</a> '
            f'<span class="muted">(<a href="notebooks/{esc(p.stem)}.ipynb">ipynb</a>)</span><br>{_markdown(p.summary, inline=True)}</li>'
        )
    parts += ["</ol></section>", '<section aria-labelledby="data"><h2 id="data">The data</h2>',
              '<div class="scroll"><table class="data"><thead><tr><th scope="col">table</th><th scope="col">what it holds</th></tr></thead><tbody>']
    for name in tables:
        title = schemas.get(name, {}).get("title", "")
        parts.append(f'<tr><td><a href="data/{esc(name)}.csv">{esc(name)}.csv</a></td><td>{esc(title)}</td></tr>')
    parts.append("</tbody></table></div>")
    if extra:
        parts.append("<p>Open data: " + ", ".join(f'<a href="data/{esc(e)}">{esc(e)}</a>' for e in extra) + ".</p>")
    parts += ['<p class="muted">Money is in integer pence in the tables, with an exact pounds column beside it; '
              "the chart CSVs give pounds.</p></section>",
              '<section aria-labelledby="sources"><h2 id="sources">Sources and licences</h2>']
    parts += _sources_table()
    licence_links = " ".join(f'<a href="{esc(f)}">{esc(f)}</a>' for f in project_files if f != "README.md")
    parts += ["<p>The tables derived from the Home Office list and ONS data are published under the "
              '<a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">Open Government Licence v3.0</a>; '
              "the code is MIT-licensed. Local news releases are the copyright of their publishers: only facts taken from them "
              f"(names, amounts, dates, counts) appear here. {licence_links}</p></section>",
              '<section aria-labelledby="cite"><h2 id="cite">How to cite</h2>',
              f"<p>{esc(_citation())}</p>"]
    if "CITATION.cff" in project_files:
        parts.append('<p>Machine-readable: <a href="CITATION.cff">CITATION.cff</a>.</p>')
    parts += ["</section>",
              f'<p><a href="method.html">Method, sources and caveats</a> (from the project\'s '
              f'{"<a href=" + chr(34) + "README.md" + chr(34) + ">README</a>" if "README.md" in project_files else "README"}).</p>',
              "</main>", "</body>", "</html>", ""]
    return "\n".join(parts)


def _method_html(readme: str) -> str:
    parts = _head("funding: method, sources and caveats") + [
        '<nav aria-label="Report"><a href="index.html">&larr; The report</a></nav>', "<main>",
        "<h1>Method, sources and caveats</h1>",
        '<p class="muted">From the project\'s README, the sections on the data, the method and the licences.</p>',
    ]
    for heading in ("The data", "Method", "Licences"):
        body = _readme_section(readme, heading)
        if body:
            parts.append(f"<h2>{html.escape(heading)}</h2>")
            parts.append(f'<div class="scroll">{_markdown(body)}</div>' if "<table" in _markdown(body) else _markdown(body))
    parts += ["</main>", "</body>", "</html>", ""]
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

    ``tables`` and ``shapes`` may also be given as functions of no argument that load them
    (as ``funding report`` does): they are then called once the notebook process has been
    started, so that its start overlaps the reading of the tables and the boundaries.  A
    loader's error leaves ``out_dir`` as it was (not even created).

    ``figures=False`` leaves out the charts, maps and interactive versions (for tests of the rest
    of the site).  The figures (drawn in this process) and the notebooks (each executed in its
    own kernel, from a second process: :class:`_NotebookLane`) do not depend on each other, so
    they are made at the same time, on both cores; this process takes the notebooks still
    waiting once its figures are drawn.  Which process ran a notebook changes nothing in it.
    When the notebooks are executed, the interactive pages are written by the notebook
    process's side too (from the tables and shapes, pickled), else here after the figures.
    """
    from funding.reference.schemas import schemas

    from funding.core.fileio import owned_output

    out = Path(out_dir)
    # The notebooks run in a second process while this one draws the figures; with no
    # figures there is nothing to overlap, and they run here.
    lane = _NotebookLane(Path(notebook_dir), execute) if figures else None
    bundling = None
    try:
        tables = tables() if callable(tables) else tables
        shapes = shapes() if callable(shapes) else shapes
        # Built aside, then moved into place file by file; only files an earlier report wrote
        # (listed in out/.funding-report.json) are replaced or removed (funding.core.fileio).
        with owned_output(out, "report") as stage:
            # The stages: each writes its own folder and returns what the pages link to.
            if lane is not None:
                lane.start(stage, tables, shapes)
                if not lane.does_interactive:
                    bundling = _warm_interactive()
            table_names, extra = _data(stage, tables)
            figure_texts, chart_csvs, interactive = {}, [], []
            if figures:
                figure_texts = _figures(stage, tables, shapes)
                chart_csvs = _chart_data(stage, tables)
                if not lane.does_interactive:
                    if bundling is not None:
                        bundling.join()
                    interactive = _interactive(stage, tables, shapes)
                pages = lane.finish()
                if lane.does_interactive:
                    interactive = lane.interactive
            else:
                pages = _notebooks(stage, Path(notebook_dir), execute)
            project_files = _project_files(stage)
            _readme_linked_files(stage)
            _write_pages(stage, pages, figure_texts, chart_csvs, interactive, table_names, extra, project_files, schemas())
    except BaseException:
        if lane is not None:
            lane.abandon()
        raise
    finally:
        if bundling is not None:  # not left running in native code while the interpreter exits
            bundling.join()
    return out / "index.html"


def _write_pages(out: Path, pages, figure_texts, chart_csvs, interactive, table_names, extra, project_files, schemas) -> Path:
    """The front page and the method page, from what the stages wrote."""
    readme = _readme()
    cards = _cards(figure_texts, chart_csvs, pages)
    index = out / "index.html"
    index.write_text(
        _index_html(pages, cards, interactive, table_names, extra, schemas, project_files, readme_findings(readme)), encoding="utf-8"
    )
    (out / "method.html").write_text(_method_html(readme), encoding="utf-8")
    return index
