"""The article cache: reruns read analysed articles back; nothing stale or corrupt is trusted."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import article_cache
from claimcheck.api import analyze, analyze_inputs, read_article

from .conftest import SEEDS


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "analysis"


def test_article_cache_roundtrip_equals_a_fresh_analysis(cache_dir: Path) -> None:
    fresh = analyze([read_article(str(SEEDS[1]))])
    first, _ = analyze_inputs([str(SEEDS[1])])
    assert len(list(cache_dir.glob("*.json"))) == 1
    second, _ = analyze_inputs([str(SEEDS[1])])
    assert first == second == fresh


def test_article_cache_key_changes_with_input_name_and_options(tmp_path: Path) -> None:
    data = SEEDS[0].read_bytes()
    key = article_cache.analysis_key(data, "a.txt", None)
    assert key != article_cache.analysis_key(data + b"\n", "a.txt", None)
    assert key != article_cache.analysis_key(data, "b.txt", None)
    assert key != article_cache.analysis_key(data, "a.txt", "hi")
    assert key == article_cache.analysis_key(data, "a.txt", None)


def test_article_cache_corrupt_entry_is_rebuilt(cache_dir: Path) -> None:
    analyze_inputs([str(SEEDS[0])])
    (entry,) = cache_dir.glob("*.json")
    entry.write_text('{"key": "' + entry.stem + '", "article": {"id": 3}}', encoding="utf-8")
    assert article_cache.load(entry.stem) is None
    articles, _ = analyze_inputs([str(SEEDS[0])])
    assert articles == analyze([read_article(str(SEEDS[0]))])
    assert article_cache.load(entry.stem) == articles[0]
