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
PNG figures) and :func:`versions` (the versions cell at the top of each
notebook), :func:`money_table` (pence columns shown as pounds).
"""

from __future__ import annotations

import contextlib
import os
import platform
import sys
from importlib import metadata
from pathlib import Path

__all__ = ["PAIR_FORMAT", "KERNEL_ENV", "read_notebook", "execute_notebook", "write_pair", "execute", "sync", "setup", "versions", "money_table"]

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


def execute_notebook(nb, cwd: str | Path):
    """Run every cell of ``nb`` in a fresh kernel of this Python, with ``cwd`` as working folder."""
    from jupyter_client.kernelspec import KernelSpec
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient

    km = KernelManager(kernel_name="python3")
    # This interpreter, whatever kernelspecs the machine has installed.
    km._kernel_spec = KernelSpec(
        argv=[sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        display_name=KERNELSPEC["display_name"], language="python",
    )
    client = NotebookClient(
        nb, km=km, timeout=TIMEOUT_S, record_timing=False, allow_errors=False,
        resources={"metadata": {"path": str(cwd)}},
    )
    with _environment(KERNEL_ENV):
        client.execute()
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
        execute_notebook(nb, ipynb.resolve().parent)
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
    if ip is not None:
        ip.run_line_magic("matplotlib", "inline")
        ip.run_line_magic("config", "InlineBackend.figure_formats = ['png']")
        # bbox_inches=None keeps the house layout (title block, source line) exactly as designed.
        ip.run_line_magic("config", "InlineBackend.print_figure_kwargs = {'bbox_inches': None, 'metadata': {'Software': None}}")


def versions():
    """The Python and package versions the notebook was run with (a DataFrame)."""
    import pandas as pd

    rows = [{"package": "python", "version": platform.python_version()}]
    for name in VERSIONED:
        try:
            rows.append({"package": name, "version": metadata.version(name)})
        except metadata.PackageNotFoundError:
            rows.append({"package": name, "version": "not installed"})
    return pd.DataFrame(rows).set_index("package")


def money_table(frame, *, shares: tuple[str, ...] = (), drop: tuple[str, ...] = ()):
    """A copy for display: every ``*_pence`` column as pounds (``£200,333.33``), named
    without the suffix; ``shares`` columns as percentages; source prose never shown."""
    import pandas as pd

    from funding.core.money import format_pounds
    from funding.reference.schemas import PROSE_COLUMNS

    out = frame.drop(columns=[c for c in frame.columns if c in PROSE_COLUMNS or c in drop])
    renamed = {}
    for c in out.columns:
        if c.endswith("_pence"):
            out[c] = [format_pounds(int(v)) if pd.notna(v) else "" for v in out[c]]
            renamed[c] = c[: -len("_pence")]
        elif c in shares:
            out[c] = [f"{float(v):.1%}" if pd.notna(v) else "" for v in out[c]]
    return out.rename(columns=renamed)
