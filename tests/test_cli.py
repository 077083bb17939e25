"""The CLI's manners: help with examples and environment, NO_COLOR on a terminal, one format name."""

from __future__ import annotations

import ast
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import ENVIRONMENT, app

from .conftest import ROOT, SEEDS, run_cli

PACKAGE = ROOT / "claimcheck"
SEED = str(SEEDS[0].relative_to(ROOT))

#: What each command's help must list under "Environment:" (what the command reads).
COMMAND_ENVIRONMENT = {
    "sentences": {"NO_COLOR"},
    "claims": {"CLAIMCHECK_CACHE_DIR", "CLAIMCHECK_NO_PARSER", "NO_COLOR"},
    "compare": {"CLAIMCHECK_CACHE_DIR", "CLAIMCHECK_HOME", "CLAIMCHECK_NO_PARSER", "HF_HUB_CACHE", "NO_COLOR"},
    "check": {
        "CLAIMCHECK_CACHE_DIR",
        "CLAIMCHECK_HOME",
        "CLAIMCHECK_NO_PARSER",
        "HF_HUB_CACHE",
        "GITHUB_ACTIONS",
        "NO_COLOR",
    },
    "eval attribution": {"CLAIMCHECK_NO_PARSER", "NO_COLOR"},
    "models install": {"CLAIMCHECK_HOME"},
    "models verify": {"CLAIMCHECK_HOME"},
}


def _help(*command: str) -> str:
    result = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    return result.output


def _listed_environment(help_text: str) -> set[str]:
    """The variable names of the help's "Environment:" section."""
    section = help_text.split("Environment:", 1)[1]
    return set(re.findall(r"^\s+([A-Z][A-Z0-9_]+)  ", section, re.M))


@pytest.mark.parametrize("command", sorted(COMMAND_ENVIRONMENT))
def test_cli_help_shows_an_example_and_the_environment(command: str) -> None:
    text = _help(*command.split())
    examples = text.split("Examples:", 1)[1].split("Environment:", 1)[0]
    assert f"$ claimcheck {command} " in examples
    assert _listed_environment(text) == COMMAND_ENVIRONMENT[command]


def test_cli_top_level_help_lists_every_variable() -> None:
    text = _help()
    assert "$ claimcheck compare " in text
    assert _listed_environment(text) == set(ENVIRONMENT)


def _variables_read(path: Path) -> set[str]:
    """Environment variables the module reads: os.environ.get("X"), os.environ["X"] (not
    assigned), os.getenv("X"), and names held in constants that end in _ENV."""
    read: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = {
        target.id: node.value.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name) and target.id.endswith("_ENV")
    }
    assigned = {id(n.targets[0]) for n in ast.walk(tree) if isinstance(n, ast.Assign) and n.targets}

    def name_of(arg: ast.expr) -> str | None:
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            return arg.value
        if isinstance(arg, ast.Name):
            return constants.get(arg.id)
        return None

    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args and isinstance(node.func, ast.Attribute):
            func = node.func
            environ_get = func.attr == "get" and ast.unparse(func.value) == "os.environ"
            if environ_get or ast.unparse(func) == "os.getenv":
                name = name_of(node.args[0])
                if name:
                    read.add(name)
        elif isinstance(node, ast.Subscript) and ast.unparse(node.value) == "os.environ" and id(node) not in assigned:
            name = name_of(node.slice)
            if name:
                read.add(name)
    return read


#: Read to follow other tools' conventions, and documented by them: where Hugging Face
#: and the platform keep caches by default (HF_HUB_CACHE's line names $HF_HOME).
CONVENTIONS = {"HF_HOME", "XDG_CACHE_HOME"}


def test_cli_help_documents_every_environment_variable_the_code_reads() -> None:
    read = set().union(*(_variables_read(p) for p in PACKAGE.rglob("*.py")))
    assert {"CLAIMCHECK_CACHE_DIR", "CLAIMCHECK_NO_PARSER", "NO_COLOR"} <= read  # the scan finds them
    assert read - CONVENTIONS == set(ENVIRONMENT)


def _on_a_terminal(*args: str, env: dict[str, str]) -> tuple[int, bytes]:
    """Run ``python -m claimcheck ARGS`` with stdout and stderr on a pseudo-terminal."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimcheck", *args],
        stdin=subprocess.DEVNULL,
        stdout=slave,
        stderr=slave,
        cwd=ROOT,
        env=env,
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return proc.wait(timeout=600), b"".join(chunks)


@pytest.mark.parametrize(
    "args",
    [["--help"], ["compare", "--help"], ["sentences", SEED], ["claims", SEED], ["sentences", "--format", "nope", SEED]],
    ids=["help", "compare-help", "sentences", "claims", "usage-error"],
)
def test_cli_no_color_writes_no_escape_code_on_a_terminal(args: list[str], tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"NO_COLOR", "FORCE_COLOR", "TERM"}}
    env |= {"TERM": "xterm-256color", "COLUMNS": "120", "CLAIMCHECK_CACHE_DIR": str(tmp_path)}
    styled_code, styled = _on_a_terminal(*args, env=env)
    plain_code, plain = _on_a_terminal(*args, env={**env, "NO_COLOR": "1"})
    assert b"\x1b[" in styled  # the terminal is one: rich styles its output
    assert styled_code == plain_code
    assert b"\x1b" not in plain
    assert re.sub(rb"\x1b\[[0-9;]*m", b"", styled) == plain  # the same text, unstyled


def test_cli_the_human_format_is_terminal_and_table_still_works() -> None:
    assert "<terminal|json>" in _help("claims")
    assert "table" not in _help("sentences")
    terminal = run_cli("sentences", "--format", "terminal", SEED)
    table = run_cli("sentences", "-f", "table", SEED)
    assert terminal.returncode == table.returncode == 0
    assert table.stdout == terminal.stdout
    assert SEEDS[0].name in terminal.stdout
    wrong = run_cli("sentences", "--format", "html", SEED)
    assert wrong.returncode == 2
    assert "'html' is not one of: terminal, json" in wrong.stderr


def test_cli_calls_only_the_api() -> None:
    """The CLI parses, calls claimcheck.api, renders: it reaches no pipeline step itself."""
    imported = set()
    for module in sorted((PACKAGE / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 2:
                imported.add((node.module or "").split(".")[0])
    assert imported == {"", "api", "errors", "render", "types"}


def test_cli_lang_per_file_and_default(tmp_path: Path) -> None:
    """``--lang a.txt=hi --lang en``: the named file gets hi, the others en."""
    import json

    first = tmp_path / "a.txt"
    second = tmp_path / "b.txt"
    first.write_text("पुलिस ने कहा कि दो लोग घायल हुए।\n", encoding="utf-8")
    second.write_text("Police said two people were injured.\n", encoding="utf-8")
    result = run_cli("sentences", "--format", "json", "--lang", "a.txt=hi", "--lang", "en", str(first), str(second))
    assert result.returncode == 0, result.stderr
    assert [a["lang"] for a in json.loads(result.stdout)["articles"]] == ["hi", "en"]
    bad = run_cli("sentences", "--lang", "a.txt=", str(first))
    assert bad.returncode == 2
    assert bad.stderr.strip().splitlines() == ["claimcheck: error: --lang 'a.txt=': expected a code (ur) or FILE=CODE (a.txt=ur)"]
