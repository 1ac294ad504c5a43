"""The code the documentation shows runs as shown, and prints what its comments say.

Each ```python block of docs/findings.md and docs/open-data.md is taken from the file and
executed, so that a renamed function or a changed table breaks this test, not a reader.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BLOCK = re.compile(r"^```python\n(?P<code>.*?)^```", re.MULTILINE | re.DOTALL)


def _blocks(doc: str) -> list[str]:
    return [m.group("code") for m in BLOCK.finditer((ROOT / "docs" / doc).read_text(encoding="utf-8"))]


def test_the_snippet_that_rebuilds_one_chart_writes_it(tmp_path, monkeypatch):
    [code] = [b for b in _blocks("findings.md") if "save_figure" in b]
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(compile(code, "docs/findings.md", "exec"), namespace)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lorenz_curve.png", "lorenz_curve.svg"]
    assert '<title id="title">How evenly the money was spread<' in (tmp_path / "lorenz_curve.svg").read_text(encoding="utf-8")
    import matplotlib.pyplot as plt

    plt.close(namespace["fig"])


def _last_value_and_comment(code: str, name: str):
    """Run ``code`` (in the project folder: its paths are relative to it) and return the value of
    its line starting with ``name`` and that line's comment."""
    line = next(l for l in code.splitlines() if l.startswith(name))
    expression, _, comment = line.partition("#")
    namespace: dict = {}
    exec(compile(code, "docs/open-data.md", "exec"), namespace)
    return eval(expression, namespace), comment.strip()


def test_the_pandas_snippet_sums_to_what_it_says(monkeypatch):
    [code] = [b for b in _blocks("open-data.md") if "read_table(" in b]
    monkeypatch.chdir(ROOT)
    value, comment = _last_value_and_comment(code, 'awards["amount_pence"].sum()')
    assert value == 1_133_438_469 and comment.startswith(f"{value} pence")


def test_the_frictionless_snippet_lists_the_resources_it_says(monkeypatch):
    [code] = [b for b in _blocks("open-data.md") if "Package(" in b]
    monkeypatch.chdir(ROOT)
    value, comment = _last_value_and_comment(code, "package.resource_names")
    shown = ast.literal_eval(comment.replace(", ...]", "]"))
    assert value[: len(shown)] == shown and len(shown) == 3
