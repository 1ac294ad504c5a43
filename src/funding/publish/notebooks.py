"""Execute the notebooks in place, deterministically, and keep their scripts in step.

    funding notebooks execute notebooks/01_award_list.ipynb …   (make notebooks)
    funding notebooks sync notebooks/*.ipynb                     (inputs only, no kernel)

Each notebook ``NN_name.ipynb`` is paired with a ``py:percent`` script
``NN_name.py`` (jupytext).  The script is the reviewable form; the notebook is
committed executed so that nbval can compare fresh outputs with it.  The inputs
are taken from whichever of the pair was changed last (as jupytext does in
JupyterLab), then both files are written.

Determinism: the kernel is this Python (``sys.executable``), started in the
notebook's folder with ``PYTHONHASHSEED=0`` and ``SOURCE_DATE_EPOCH=0``; cell
ids are numbered from the cell's position; no execution timestamps are
recorded; the notebook's metadata is reduced to the kernelspec, the language
and the jupytext pairing.  Running twice gives the same bytes.

Helpers for the notebooks themselves: :func:`setup` (display options, inline
PNG figures with alt text written from the chart's data), :func:`versions` (the
versions cell at the top of each notebook), :func:`money_table` and
:func:`show` (tables for readers: human column labels, pounds, whole numbers,
no bare 0…N index, nothing truncated).
"""

from __future__ import annotations

import contextlib
import os
import platform
import sys
from importlib import metadata
from pathlib import Path

__all__ = [
    "PAIR_FORMAT", "KERNEL_ENV", "read_notebook", "start_kernel", "execute_notebook", "write_pair", "execute", "sync", "setup", "versions",
    "money_table", "show", "ReadableTable", "source_links", "mapped_types_sentence",
]

#: The jupytext format of every notebook's paired script.
PAIR_FORMAT = "py:percent"

#: Environment of the kernel, fixed so that outputs do not vary between runs.
KERNEL_ENV = {"PYTHONHASHSEED": "0", "SOURCE_DATE_EPOCH": "0", "MPLBACKEND": "module://matplotlib_inline.backend_inline"}

KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}

#: Packages named in each notebook's versions cell.
VERSIONED = ("funding", "pandas", "numpy", "matplotlib", "seaborn", "geopandas")

TIMEOUT_S = 300


def _script_path(ipynb: Path) -> Path:
    return ipynb.with_suffix(".py")


def _inputs(nb) -> list[tuple[str, str]]:
    return [(c.cell_type, c.source) for c in nb.cells]


def read_notebook(path: str | Path):
    """The notebook at ``path`` (``.ipynb`` or its ``.py`` pair), its inputs from the newer of the two.

    Outputs are kept from the ``.ipynb`` when the inputs are unchanged there.
    """
    import jupytext
    import nbformat

    path = Path(path)
    ipynb, script = path.with_suffix(".ipynb"), _script_path(path.with_suffix(".ipynb"))
    if not ipynb.exists() and not script.exists():
        raise FileNotFoundError(f"{path}: neither {ipynb.name} nor {script.name} exists")
    if not script.exists():
        return nbformat.read(ipynb, as_version=4)
    text_nb = jupytext.read(script, fmt=PAIR_FORMAT)
    if not ipynb.exists():
        return text_nb
    nb = nbformat.read(ipynb, as_version=4)
    if _inputs(nb) == _inputs(text_nb):
        return nb
    if script.stat().st_mtime > ipynb.stat().st_mtime:
        return text_nb
    return nb


def normalise_notebook(nb):
    """Stable cell ids, no timing metadata, minimal notebook metadata."""
    import nbformat

    nb.nbformat, nb.nbformat_minor = 4, 5
    for i, cell in enumerate(nb.cells, start=1):
        cell["id"] = f"{i:03d}-{cell.cell_type}"
        cell.metadata.pop("execution", None)
        cell.metadata.pop("ExecuteTime", None)
        cell.metadata.pop("collapsed", None)
        cell.metadata.pop("scrolled", None)
        if cell.cell_type == "markdown":
            cell.pop("outputs", None)
            cell.pop("execution_count", None)
    language_info = nb.metadata.get("language_info", {})
    nb.metadata = nbformat.from_dict(
        {
            "jupytext": {"formats": f"ipynb,{PAIR_FORMAT}"},
            "kernelspec": dict(KERNELSPEC),
            "language_info": {k: language_info[k] for k in ("name", "file_extension", "mimetype") if k in language_info}
            or {"name": "python"},
        }
    )
    return nb


@contextlib.contextmanager
def _environment(overrides: dict[str, str]):
    saved = {k: os.environ.get(k) for k in overrides}
    os.environ.update(overrides)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _kernel_manager():
    """An asynchronous kernel manager, as nbclient makes for itself: with its asynchronous
    client, nbclient notices a kernel that dies while a cell runs (and fails the notebook);
    with a blocking one it waits on the kernel's output for ever."""
    from jupyter_client.kernelspec import KernelSpec
    from jupyter_client.manager import AsyncKernelManager

    km = AsyncKernelManager(kernel_name="python3")
    # This interpreter, whatever kernelspecs the machine has installed.
    km._kernel_spec = KernelSpec(
        argv=[sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        display_name=KERNELSPEC["display_name"], language="python",
    )
    return km


#: What nbclient passes a kernel it starts (its default history file: none, in memory), and the
#: kernel's own log at errors only: ipykernel warns on every start that its messages travel by
#: TCP on the loopback unencrypted, which a report's reader cannot act on (six lines per report).
_KERNEL_ARGUMENTS = ["--HistoryManager.hist_file=:memory:", "--IPKernelApp.log_level=ERROR"]


def start_kernel(cwd: str | Path, zygote=None):
    """A fresh kernel started now, exactly as :func:`execute_notebook` would start it (this
    Python, ``cwd``, :data:`KERNEL_ENV`), to be handed to it later (``km=``): a process running
    several notebooks one after another starts the next one's kernel while the current one
    runs, instead of waiting for it.  The caller shuts it down if it is not used.

    With ``zygote`` (a :class:`funding.publish.forkkernel.Zygote`), the kernel is forked from
    it, its imports already done."""
    km = _kernel_manager()
    if zygote is not None:
        from funding.publish.forkkernel import ForkProvisioner

        km.provisioner = ForkProvisioner(km, zygote)
    from jupyter_core.utils import run_sync

    with _environment(KERNEL_ENV):
        run_sync(km.start_kernel)(extra_arguments=list(_KERNEL_ARGUMENTS), cwd=str(cwd))
    return km


def stop_kernel(km) -> None:
    """Stop and reap the kernel of ``km`` (one of :func:`start_kernel`'s) if it has one."""
    from jupyter_core.utils import run_sync

    if km.has_kernel:
        run_sync(km.shutdown_kernel)(now=True)


def execute_notebook(nb, cwd: str | Path, km=None, source: str = "<notebook>"):
    """Run every cell of ``nb`` in a fresh kernel of this Python, with ``cwd`` as working folder
    (``km``: one :func:`start_kernel` started in ``cwd`` and not used yet; it is shut down here).
    A cell that fails is a :class:`~funding.errors.SourceError` naming ``source`` and the cell."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, DeadKernelError

    from funding.errors import SourceError

    km = km if km is not None else _kernel_manager()
    running = []  # the index of the code cell sent to the kernel last: the one a dead kernel died in
    client = NotebookClient(
        nb, km=km, timeout=TIMEOUT_S, record_timing=False, allow_errors=False,
        resources={"metadata": {"path": str(cwd)}},
        on_cell_execute=lambda cell, cell_index: running.append(cell_index),
    )
    try:
        with _environment(KERNEL_ENV):
            client.execute()
    except CellExecutionError as exc:
        cell = next((i for i, c in enumerate(nb.cells, 1) for o in c.get("outputs", ()) if o.get("output_type") == "error"), None)
        raise SourceError(source, None, f"{exc.ename}: {exc.evalue}" + (f" in cell {cell}" if cell else ""),
                          "every cell to run without an error") from None
    except DeadKernelError:
        # (counted as the error above counts, over all cells from 1; not from the cells' execution counts, which
        # the kernel's reply sets: killed before that reply was read, the cell had none and the count was one short)
        cell = running[-1] + 1 if running else None
        raise SourceError(source, None, "the kernel died" + (f" in cell {cell}" if cell else ""),
                          "every cell to run to its end (was the kernel killed, or out of memory?)") from None
    finally:
        # The client does not own a kernel manager it was given, so it leaves the kernel running
        # (idle, until this process exits); stop it, and reap it, so that its CPU time is counted
        # with this process's children and a run of many notebooks does not keep many kernels.
        stop_kernel(km)
    return nb


def write_pair(nb, ipynb: str | Path) -> tuple[Path, Path]:
    """Write the notebook and its ``py:percent`` script; returns both paths."""
    import jupytext
    import nbformat

    ipynb = Path(ipynb)
    nb = normalise_notebook(nb)
    text = nbformat.writes(nb, version=4)
    ipynb.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    script = _script_path(ipynb)
    script.write_text(script_text(nb), encoding="utf-8")
    return ipynb, script


def script_text(nb) -> str:
    """The ``py:percent`` text of a notebook's inputs, as committed beside it."""
    import copy

    import jupytext

    nb = normalise_notebook(copy.deepcopy(nb))
    return jupytext.writes(nb, fmt=PAIR_FORMAT)


def execute(paths: list[str | Path]) -> list[Path]:
    """Execute each notebook in place (its own folder as working directory) and rewrite its pair."""
    written = []
    for p in paths:
        ipynb = Path(p).with_suffix(".ipynb")
        nb = normalise_notebook(read_notebook(p))
        for cell in nb.cells:
            if cell.cell_type == "code":
                cell.outputs, cell.execution_count = [], None
        execute_notebook(nb, ipynb.resolve().parent, source=str(ipynb))
        written.extend(write_pair(nb, ipynb))
    return written


def sync(paths: list[str | Path]) -> list[Path]:
    """Bring each pair into step without running anything (inputs from the newer file)."""
    written = []
    for p in paths:
        written.extend(write_pair(read_notebook(p), Path(p).with_suffix(".ipynb")))
    return written


# --- helpers called from inside the notebooks --------------------------------------------------


def setup() -> None:
    """Display options for the notebooks: full tables, PNG figures at 100 dpi (800 px wide)."""
    import pandas as pd

    pd.set_option("display.max_rows", 200)
    pd.set_option("display.max_columns", 30)
    pd.set_option("display.width", 200)
    pd.set_option("display.max_colwidth", 80)
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - outside IPython
        return
    ip = get_ipython()
    if ip is None:
        return
    if "matplotlib" in sys.modules:
        _inline_figures(ip)
    else:
        # A notebook that draws nothing need not load matplotlib (about 0.6 s of a kernel's
        # start): its figures are set up the moment pyplot is imported, before any is drawn.
        if not any(isinstance(f, _AfterImport) for f in sys.meta_path):
            sys.meta_path.insert(0, _AfterImport("matplotlib.pyplot", lambda: _inline_figures(ip)))


class _AfterImport:
    """An import hook that calls ``then()`` once module ``name`` has been imported (by anyone)."""

    def __init__(self, name: str, then) -> None:
        self.name, self.then = name, then

    def find_spec(self, fullname, path, target=None):
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)
        import importlib.util

        spec = importlib.util.find_spec(fullname)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        run, then = spec.loader.exec_module, self.then

        def exec_module(module):
            run(module)
            then()

        spec.loader.exec_module = exec_module
        return spec


def _inline_figures(ip) -> None:
    """PNG figures inline at 100 dpi, with their alt text, in IPython ``ip``."""
    ip.run_line_magic("matplotlib", "inline")
    ip.run_line_magic("config", "InlineBackend.figure_formats = ['png']")
    # bbox_inches=None keeps the house layout (title block, source line) exactly as designed.
    ip.run_line_magic("config", "InlineBackend.print_figure_kwargs = {'bbox_inches': None, 'metadata': {'Software': None}}")
    # Figures carry their alt text (written from the chart's data) in the output's metadata;
    # the report's notebook pages put it on the <img>.
    from matplotlib.figure import Figure

    ip.display_formatter.formatters["image/png"].for_type(Figure, _png_with_alt)


def _png_with_alt(fig):
    from IPython.core.pylabtools import print_figure

    from funding.viz.style import alt_text

    return print_figure(fig, "png", bbox_inches=None, metadata={"Software": None}), {"alt": alt_text(fig)}


def versions():
    """The Python and package versions the notebook was run with (a table for readers)."""
    import pandas as pd

    rows = [{"package": "python", "version": platform.python_version()}]
    for name in VERSIONED:
        try:
            rows.append({"package": name, "version": metadata.version(name)})
        except metadata.PackageNotFoundError:
            rows.append({"package": name, "version": "not installed"})
    return ReadableTable(pd.DataFrame(rows).rename(columns={"package": "Package", "version": "Version"}))


class ReadableTable:
    """A table as a reader sees it: shown without an index, every cell in full.

    ``frame`` is the displayed DataFrame (headers already human labels).  In HTML it
    is a plain table in a box that scrolls sideways on a narrow screen; as text, the
    same without the index.
    """

    def __init__(self, frame):
        self.frame = frame

    def _repr_html_(self) -> str:
        import pandas as pd

        with pd.option_context("display.max_colwidth", None):
            html = self.frame.to_html(index=False, border=0, classes="readable", na_rep="", escape=True, justify="left")
        return f'<div class="table-scroll" style="overflow-x:auto">{html}</div>'

    def __repr__(self) -> str:
        return self.frame.to_string(index=False, na_rep="", max_colwidth=None)


def _is_code_column(col) -> bool:
    """True when every non-empty value is a snake_case code (``local_release``) and one has an underscore."""
    values = col.dropna().astype(str)
    values = values[values != ""]
    return bool(len(values)) and values.str.fullmatch(r"[a-z]+(?:_[a-z]+)*(?:; ?[a-z]+(?:_[a-z]+)*)*").all() and values.str.contains("_").any()


def _readable(frame, *, shares: tuple[str, ...] = (), drop: tuple[str, ...] = (), keep: tuple[str, ...] = ()):
    import pandas as pd

    from funding.core.money import format_pounds
    from funding.reference.schemas import PROSE_COLUMNS
    from funding.viz.figures import CODE_COLUMNS, column_label

    out = frame.reset_index() if frame.index.name is not None or any(frame.index.names) else frame.reset_index(drop=True)
    named = any(c in out.columns for c in ("pfa_name", "region_name", "label", "band"))
    gone = {c for c in out.columns if c in PROSE_COLUMNS or c in drop}
    gone |= {c for c in out.columns if c in CODE_COLUMNS and c not in keep and named and c != "round"}
    out = out.drop(columns=[c for c in out.columns if c in gone])
    from funding.parse.programme_types import type_labels

    labels = type_labels()
    result = {}
    for c in out.columns:
        col = out[c]
        name = str(c)
        if name in ("programme_types", "programme_type") and not pd.api.types.is_numeric_dtype(col):
            result[column_label(name).replace(" code", "")] = [
                "" if pd.isna(v) else "; ".join(labels.get(t, t) for t in str(v).split(";") if t) for v in col]
        elif not pd.api.types.is_numeric_dtype(col) and _is_code_column(col):
            # Codes such as local_release: words for readers.
            result[column_label(name)] = ["" if pd.isna(v) else str(v).replace("_", " ") for v in col]
        elif name.endswith("_pence"):
            label = column_label(name).replace(" (£)", "")
            result[label] = [format_pounds(int(v)) if pd.notna(v) else "" for v in col]
        elif name == "pence_per_resident":
            result[column_label(name)] = [f"{float(v):.0f}p" if pd.notna(v) else "" for v in col]
        elif name == "population":
            result[column_label(name)] = [f"{int(v):,}" if pd.notna(v) else "" for v in col]
        elif name in shares:
            result[column_label(name)] = [f"{float(v):.1%}" if pd.notna(v) else "" for v in col]
        elif pd.api.types.is_bool_dtype(col):
            result[column_label(name)] = ["" if pd.isna(v) else ("yes" if bool(v) else "no") for v in col]
        elif pd.api.types.is_float_dtype(col) and col.dropna().map(float.is_integer).all():
            result[column_label(name)] = col.astype("Int64")
        else:
            result[column_label(name)] = col
    return pd.DataFrame(result)


def money_table(frame, *, shares: tuple[str, ...] = (), drop: tuple[str, ...] = (), keep: tuple[str, ...] = ()):
    """A table for readers: every ``*_pence`` column as pounds (``£200,333.33``); ``shares``
    columns as percentages; codes left out where a name is shown (unless in ``keep``);
    whole numbers without decimals; human column labels; no index; source prose never shown."""
    return ReadableTable(_readable(frame, shares=shares, drop=drop, keep=keep))


def show(frame, *, shares: tuple[str, ...] = (), drop: tuple[str, ...] = (), keep: tuple[str, ...] = ()):
    """Any table for readers (as :func:`money_table`)."""
    return money_table(frame, shares=shares, drop=drop, keep=keep)


def source_links(*, kind: str | None = None) -> str:
    """Markdown: a bullet per source in the manifest (optionally of one ``kind``), its title
    linked to its address where one is recorded, with publisher and date."""
    from funding.sources.manifests import manifest

    lines = []
    for e in sorted(manifest().values(), key=lambda e: (e.published, e.source_id)):
        if kind is not None and e.kind != kind:
            continue
        title = e.title.replace("[", "(").replace("]", ")")
        name = f"[{title}]({e.url})" if e.url.startswith("http") else f"{title} (no address recorded)"
        lines.append(f"* {name}, {e.publisher}, {e.published}")
    return "\n".join(lines)


def mapped_types_sentence() -> str:
    """Markdown: which programme types the small-multiple maps draw (``funding.viz.maps``'s
    ``MAP_PROGRAMME_TYPES``), of all the types the rules tag."""
    from funding.parse.programme_types import PROGRAMME_TYPES
    from funding.viz.maps import MAP_PROGRAMME_TYPES

    return (f"{len(MAP_PROGRAMME_TYPES)} of the {len(PROGRAMME_TYPES)} programme types: "
            + "; ".join(MAP_PROGRAMME_TYPES.values()) + ".")
