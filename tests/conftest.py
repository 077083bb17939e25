"""Shared fixtures: paths to the bundled corpora, the CLI run as a user runs it, a private
cache for every test, and a fake Embedder for unit tests of alignment arithmetic."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

import numpy as np
import pytest

from claimcheck.embedder import Embedder

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))


def run_cli(*args: str, input: bytes | None = None, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m claimcheck`` in a subprocess, exactly as a user would."""
    full_env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", **(env or {})}
    proc = subprocess.run(
        [sys.executable, "-m", "claimcheck", *args],
        input=input,
        capture_output=True,
        env=full_env,
        cwd=cwd or ROOT,
        timeout=600,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    )


@pytest.fixture(scope="session")
def seeds() -> list[Path]:
    return SEEDS


@pytest.fixture(scope="session", autouse=True)
def session_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A cache for the whole session, so no test (nor a module-scoped fixture) reads or
    writes the user's own; per-test fixtures narrow it further."""
    path = tmp_path_factory.mktemp("session-cache")
    before = os.environ.get("CLAIMCHECK_CACHE_DIR")
    os.environ["CLAIMCHECK_CACHE_DIR"] = str(path)
    yield path
    if before is None:
        os.environ.pop("CLAIMCHECK_CACHE_DIR", None)
    else:
        os.environ["CLAIMCHECK_CACHE_DIR"] = before


#: Modules whose tests run the real model over the bundled corpora again and again (the
#: same seeds, the same fixture sets): they share the session's cache, which only ever
#: holds what the real model and analysis computed, so that the suite does not embed and
#: analyse the same texts once per test on a 2-core machine.
SHARED_CACHE_MODULES = frozenset({"tests.test_compare", "tests.test_check"})


@pytest.fixture(autouse=True)
def cache_dir(
    request: pytest.FixtureRequest,
    session_cache_dir: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> Path:
    """Every test its own empty cache directory (embeddings and analyses), also for the
    CLI it runs in subprocesses: ``run_cli`` passes the environment on. Tests in
    :data:`SHARED_CACHE_MODULES` get the session's cache instead."""
    shared = request.module.__name__ in SHARED_CACHE_MODULES
    path = session_cache_dir if shared else tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(path))
    return path


class FakeEmbedder(Embedder):
    """Deterministic vectors without the model, for unit tests of alignment arithmetic.

    A text listed in ``vectors`` gets that vector (normalised); any other text a unit
    vector seeded by its sha256. Every call's texts are recorded in ``calls``.
    """

    def __init__(self, vectors: Mapping[str, Sequence[float]] | None = None, *, dimension: int = 8) -> None:
        self.vectors = {text: np.asarray(v, dtype=np.float32) for text, v in (vectors or {}).items()}
        self._dimension = dimension
        self.calls: list[list[str]] = []

    @property
    def identity(self) -> str:
        return f"fake@{self._dimension}"

    @property
    def dimension(self) -> int:
        return self._dimension

    def vector(self, text: str) -> np.ndarray:
        if text in self.vectors:
            vector = self.vectors[text]
        else:
            seed = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "little")
            vector = np.random.default_rng(seed).standard_normal(self._dimension).astype(np.float32)
        return (vector / np.linalg.norm(vector)).astype(np.float32)

    def encode(self, texts: Sequence[str], progress: Callable[[int, int], None] | None = None) -> np.ndarray:
        self.calls.append(list(texts))
        if progress is not None:
            progress(len(texts), len(texts))
        if not texts:
            return np.zeros((0, self._dimension), dtype=np.float32)
        return np.stack([self.vector(text) for text in texts])
