"""No import cycle anywhere in claimcheck: data flows one way, so imports do too.

Every import counts, the lazy ones inside functions too: a cycle hidden behind a
function-level import still ties two modules together. Importing ``a.b.c`` also
runs the packages ``a`` and ``a.b``, except from modules inside them (their own
packages are already running).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "claimcheck"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imported(module: str, path: Path) -> set[str]:
    """claimcheck modules that importing ``module`` may run, relative imports resolved."""
    is_package = path.name == "__init__.py"
    package = module if is_package else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - node.level + 1]
                base = ".".join([*parts, base]) if base else ".".join(parts)
            names.add(base)
            names |= {f"{base}.{alias.name}" for alias in node.names}
    found: set[str] = set()
    for name in names:
        parts = name.split(".")
        for end in range(1, len(parts) + 1):
            target = ".".join(parts[:end])
            # A module's own packages are already running when it is imported.
            if target in MODULES and target != module and not module.startswith(target + "."):
                found.add(target)
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_import_cycles_none_in_claimcheck() -> None:
    graph = {module: _imported(module, path) for module, path in MODULES.items()}
    assert _cycles(graph) == []


def test_import_cycles_finder_sees_a_cycle() -> None:
    # The finder itself: a two-module cycle and a lazy three-module one are found, a chain is not.
    graph = {"a": {"b"}, "b": {"a"}, "c": {"d"}, "d": {"e"}, "e": {"c"}, "f": {"a"}}
    assert sorted(_cycles(graph)) == [["a", "b"], ["c", "d", "e"]]


def test_import_cycles_embedding_layers_point_one_way() -> None:
    # The embedding stack as issue 9 cut it: protocol and paths at the bottom, the factory on top.
    imports = {module: _imported(module, path) for module, path in MODULES.items()}
    assert imports["claimcheck.embedder"] <= {"claimcheck", "claimcheck.errors"}
    assert imports["claimcheck.paths"] <= {"claimcheck"}
    assert "claimcheck.embedding" not in imports["claimcheck.embedding_cache"]
    assert not any(m.startswith("claimcheck.embedding") for m in imports["claimcheck.models.derive"])
    assert not any(m.startswith(("claimcheck.models", "claimcheck.embedding")) for m in imports["claimcheck.backends.sentence_transformers"])
