"""The layering STYLE.md asks for, checked on the source: data flows one way."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "claimcheck"
MODULES = sorted(p for p in PACKAGE.rglob("*.py"))


def _imports(path: Path) -> set[str]:
    """Absolute names of everything ``path`` imports (relative imports resolved)."""
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base]) if base else ".".join(parts)
            names.add(base)
            names |= {f"{base}.{alias.name}" for alias in node.names}
    return names


def _rel(path: Path) -> str:
    return path.relative_to(PACKAGE.parent).as_posix()


@pytest.mark.parametrize("path", MODULES, ids=_rel)
def test_layering_library_never_imports_cli_or_render(path: Path) -> None:
    rel = _rel(path)
    imports = _imports(path)
    if not (rel.startswith("claimcheck/cli/") or rel == "claimcheck/__main__.py"):
        assert not any(i == "claimcheck.cli" or i.startswith("claimcheck.cli.") for i in imports)
    if not (rel.startswith("claimcheck/render/") or rel.startswith("claimcheck/cli/")):
        assert not any(i.startswith("claimcheck.render") for i in imports), f"{rel} imports a renderer"


@pytest.mark.parametrize("path", MODULES, ids=_rel)
def test_layering_only_the_terminal_renderer_imports_rich(path: Path) -> None:
    if _rel(path) == "claimcheck/render/terminal.py":
        return
    assert not any(i == "rich" or i.startswith("rich.") for i in _imports(path))


#: Modules that are data tables, exempt from the size limit (word lists, generated tables).
DATA_TABLES = ("claimcheck/lang/",)
#: The longest a module of code may be: past it, a module does more than one job.
MAX_MODULE_LINES = 500


@pytest.mark.parametrize("path", MODULES, ids=_rel)
def test_layering_no_module_of_code_over_500_lines(path: Path) -> None:
    if _rel(path).startswith(DATA_TABLES):
        return
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{_rel(path)} has {lines} lines"
