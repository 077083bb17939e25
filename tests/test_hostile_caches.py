"""Hostile caches (issue 14, items 7 and 12): a cache folder that cannot be created, and
damage inside the sqlite embedding cache.

Item 7 runs the CLI as a user would and asserts the exit code, the one warning line and
that the output equals a run with a working cache. Item 12 counts what a fake backend is
asked to encode, so "the second run is served by the cache" does not rest on timing.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

import pytest

from claimcheck.embedding_cache import CACHE_FILE

from .conftest import SEEDS, run_cli
from .test_embedding_cache import Factory, cached_embedder, fake_vector

WARNING = re.compile(r"embedding cache folder (.+) cannot be created \((.+)\), running without a cache")
#: onnxruntime's own notice when it cannot keep its telemetry id under an unwritable HOME:
#: not a line claimcheck writes.
ONNXRUNTIME_NOTICE = "Failed to persist telemetry device ID"


def _compare() -> tuple[int, str, list[str]]:
    result = run_cli("compare", "--format", "json", str(SEEDS[0]), str(SEEDS[1]))
    return result.returncode, result.stdout, result.stderr.splitlines()


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The JSON comparison of two seeds with a working cache."""
    before = os.environ["CLAIMCHECK_CACHE_DIR"]
    os.environ["CLAIMCHECK_CACHE_DIR"] = str(tmp_path_factory.mktemp("working-cache"))
    try:
        code, stdout, stderr = _compare()
    finally:
        os.environ["CLAIMCHECK_CACHE_DIR"] = before
    assert (code, stderr) == (0, [])
    return stdout


@pytest.mark.parametrize(
    ("setting", "folder", "reason"),
    [
        # CLAIMCHECK_CACHE_DIR names a file.
        ("blocker", "blocker", "File exists"),
        # ... or a folder under a file (as mkdir fails under a read-only parent).
        ("blocker/cache", "blocker/cache", "Not a directory"),
        # HOME is not writable (a service user such as nobody): the platform's cache folder.
        ("HOME", "blocker/.cache/claimcheck", "Not a directory"),
    ],
)
def test_hostile_cache_folder_that_cannot_be_created_runs_without_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reference: str, setting: str, folder: str, reason: str
) -> None:
    (tmp_path / "blocker").write_text("a file, not a folder\n", encoding="utf-8")
    if setting == "HOME":
        monkeypatch.delenv("CLAIMCHECK_CACHE_DIR")
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
        monkeypatch.setenv("HOME", str(tmp_path / "blocker"))
    else:
        monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / setting))
    code, stdout, stderr = _compare()
    assert code == 0, stderr
    ours = [line for line in stderr if ONNXRUNTIME_NOTICE not in line]
    assert len(ours) == 1, stderr
    match = WARNING.fullmatch(ours[0])
    assert match is not None, ours
    assert match.groups() == (str(tmp_path / folder), reason)
    assert stdout == reference
    assert (tmp_path / "blocker").read_text(encoding="utf-8") == "a file, not a folder\n"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes into read-only folders")
def test_hostile_cache_folder_under_read_only_parent_runs_without_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reference: str
) -> None:
    parent = tmp_path / "read-only"
    parent.mkdir()
    parent.chmod(0o555)
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(parent / "cache"))
    try:
        code, stdout, stderr = _compare()
    finally:
        parent.chmod(0o755)
    assert code == 0, stderr
    assert len(stderr) == 1 and WARNING.fullmatch(stderr[0]), stderr
    assert stdout == reference
    assert list(parent.iterdir()) == []


def _damage_middle_page(path: Path) -> None:
    """Overwrite one whole page in the middle of the database (not its header)."""
    data = bytearray(path.read_bytes())
    page = 4096
    middle = len(data) // 2 // page * page
    assert middle >= page, "the cache must span several pages"
    data[middle : middle + page] = b"\xab" * page
    path.write_bytes(bytes(data))


def test_hostile_damaged_page_in_embedding_cache_is_set_aside_and_rebuilt_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    texts = [f"sentence number {i}" for i in range(5000)]
    first = cached_embedder(tmp_path, Factory())
    first.encode(texts)
    first.store.close()  # checkpoints the WAL: every row is in the main file
    assert sorted(p.name for p in tmp_path.iterdir()) == [CACHE_FILE]
    _damage_middle_page(tmp_path / CACHE_FILE)

    # The header is intact, so the file opens; the lookup reaches the damaged page.
    damaged = Factory()
    embedder = cached_embedder(tmp_path, damaged)
    with caplog.at_level(logging.WARNING, logger="claimcheck.embedding_cache"):
        result = embedder.encode(texts)
    embedder.store.close()
    assert [len(call) for backend in damaged.built for call in backend.calls] == [5000]
    assert result[1234].tobytes() == fake_vector(texts[1234]).tobytes()
    warnings = [record.getMessage() for record in caplog.records]
    assert len(warnings) == 1 and "is corrupt (database disk image is malformed); moved it to" in warnings[0]
    aside = list(tmp_path.glob(f"{CACHE_FILE}.corrupt-*"))
    assert len(aside) == 1

    # The rebuilt cache serves every later run: nothing encoded, nothing moved aside again.
    for _ in range(2):
        healthy = Factory()
        again = cached_embedder(tmp_path, healthy)
        assert again.encode(texts).tobytes() == result.tobytes()
        again.store.close()
        assert healthy.built == []
    assert list(tmp_path.glob(f"{CACHE_FILE}.corrupt-*")) == aside
