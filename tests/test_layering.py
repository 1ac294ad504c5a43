"""The package's imports follow the pipeline: a stage imports only stages below it, and
no two modules import each other (directly or round a longer cycle).

Every import counts, including those inside functions (the lazy imports that keep
``import funding`` cheap): a lazy import upwards is still an arrow the wrong way.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "funding"

#: Stage of each top-level part of the package, lowest first (README, "Architecture").
STAGES = {
    "errors": 0,
    "core": 0,
    "sources": 1,
    "reference": 2,
    "parse": 3,
    "tables": 4,
    "pipeline": 5,
    "analysis": 6,
    "viz": 7,
    "publish": 8,
    "cli": 9,
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    """Every ``funding…`` module a file imports, resolved to a module that exists."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("funding"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("funding"):
            found.add(node.module)
            for a in node.names:  # `from funding.viz import maps` imports the module funding.viz.maps
                found.add(f"{node.module}.{a.name}")
    return {m for m in found if m in MODULES}


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


@functools.cache
def _graph() -> dict[str, set[str]]:
    """Each module's imports, parsed once, when a test first asks (not at collection, which
    every worker of ``make test`` does)."""
    return {name: _imports(path) - {name} for name, path in MODULES.items()}


def _stage(module: str) -> int | None:
    parts = module.split(".")
    return None if len(parts) < 2 else STAGES.get(parts[1])


def test_every_part_of_the_package_has_a_stage():
    unplaced = sorted({m.split(".")[1] for m in MODULES if m != "funding" and _stage(m) is None})
    assert unplaced == [], f"add these to STAGES (and the README's architecture): {unplaced}"


@pytest.mark.parametrize("module", sorted(m for m in MODULES if m != "funding"))
def test_no_stage_imports_a_stage_above_it(module):
    upward = sorted(i for i in _graph()[module] if i != "funding" and _stage(i) > _stage(module))
    assert upward == [], f"{module} (stage {_stage(module)}) imports {upward}"


def test_the_package_root_imports_only_the_base():
    assert {_stage(m) for m in _graph()["funding"]} <= {0}


def test_no_module_imports_one_that_imports_it_back():
    """No cycles: a depth-first search finds no module reachable from itself."""
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(m: str, trail: list[str]) -> None:
        state[m] = 1
        for n in sorted(graph[m]):
            if state.get(n) == 1:
                cycles.append(trail[trail.index(n):] + [m, n] if n in trail else [m, n])
            elif n not in state:
                visit(n, trail + [m])
        state[m] = 2

    graph = _graph()
    for m in sorted(graph):
        if m not in state:
            visit(m, [])
    assert cycles == []


def test_the_check_sees_an_upward_import(tmp_path):
    """The checker itself: a parse module importing the report is caught."""
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from funding.publish import report\n", encoding="utf-8")
    assert "funding.publish.report" in _imports(bad)
    assert _stage("funding.publish.report") > _stage("funding.parse.awards")
