"""Cold start: the heavy libraries (torch, sentence-transformers) load only when a model must run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SEEDS

SEED_ARGS = [str(p.relative_to(ROOT)) for p in SEEDS]
HEAVY = ("torch", "sentence_transformers", "transformers")

# Runs the CLI's entry point in this interpreter, then writes the names of every
# module it imported (whatever the exit code) to the file named by argv[1].
_PROBE = """
import json, sys
report, sys.argv = sys.argv[1], ["claimcheck", *sys.argv[2:]]
try:
    from claimcheck.cli import main
    main()
finally:
    with open(report, "w", encoding="utf-8") as handle:
        json.dump(sorted(sys.modules), handle)
"""


def imported_modules(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> tuple[int, set[str]]:
    """Exit code of ``claimcheck ARGS`` and the modules it had imported when it ended."""
    report = tmp_path / f"modules-{len(list(tmp_path.glob('modules-*')))}.json"
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, str(report), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "NO_COLOR": "1", **(env or {})},
        timeout=600,
    )
    assert report.is_file(), proc.stderr
    return proc.returncode, set(json.loads(report.read_text(encoding="utf-8")))


def heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in HEAVY)


def test_cold_start_help_imports_nothing_heavy(tmp_path: Path) -> None:
    code, modules = imported_modules(tmp_path, "--help")
    assert code == 0
    assert heavy(modules) == []
    # Help text needs neither the NLP stack nor numpy.
    assert "spacy" not in modules
    assert "numpy" not in modules


@pytest.mark.parametrize("command", ["sentences", "claims"])
def test_cold_start_sentences_and_claims_do_not_import_torch(tmp_path: Path, command: str) -> None:
    # An empty cache dir, so that claims really analyses (not reads back) the seeds.
    env = {"CLAIMCHECK_CACHE_DIR": str(tmp_path / "cache")}
    code, modules = imported_modules(tmp_path, command, "--format", "json", *SEED_ARGS, env=env)
    assert code == 0
    assert "spacy" in modules  # the probe really ran the pipeline
    assert heavy(modules) == []


def test_cold_start_compare_imports_neither_torch_nor_sentence_transformers(tmp_path: Path) -> None:
    env = {"CLAIMCHECK_CACHE_DIR": str(tmp_path / "cache")}
    code, modules = imported_modules(tmp_path, "compare", "--format", "json", *SEED_ARGS, env=env)
    assert code == 0
    # The first run embeds, so it ran the model: on ONNX Runtime, without torch.
    assert "onnxruntime" in modules
    assert heavy(modules) == []
    # The tokenizer is claimcheck's own and names are transliterated from tables: neither library loads.
    assert "tokenizers" not in modules and "indic_transliteration" not in modules
    code, modules = imported_modules(tmp_path, "compare", "--format", "json", *SEED_ARGS, env=env)
    assert code == 0
    # The second answers from the cache: no engine at all.
    assert "claimcheck.embedding_cache" in modules
    assert heavy(modules) == []
    assert "onnxruntime" not in modules
    # ... and the analyses from the article cache: no spaCy either.
    assert "spacy" not in modules
