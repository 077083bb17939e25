"""Tests of claimcheck.embedding_cache: hits skip the backend, corrupt rows are recomputed, processes share it."""

from __future__ import annotations

import hashlib
import multiprocessing
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pytest

from claimcheck import embedding_cache
from claimcheck.embedder import Embedder
from claimcheck.embedding import get_embedder
from claimcheck.embedding_cache import CACHE_FILE, CachedEmbedder, EmbeddingCache

DIM = 6


def fake_vector(text: str) -> np.ndarray:
    """A deterministic unit vector per text."""
    seed = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:4], "little")
    vector = np.random.default_rng(seed).standard_normal(DIM).astype(np.float32)
    return vector / np.linalg.norm(vector)


class CountingBackend(Embedder):
    """A fake embedder that records what it was asked to encode."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    @property
    def identity(self) -> str:
        return "fake@1"

    @property
    def dimension(self) -> int:
        return DIM

    def encode(self, texts: Sequence[str], progress: Callable[[int, int], None] | None = None) -> np.ndarray:
        self.calls.append(list(texts))
        if progress is not None:
            progress(len(texts), len(texts))
        return np.stack([fake_vector(text) for text in texts])


class Factory:
    """Builds CountingBackends and counts how many it built."""

    def __init__(self) -> None:
        self.built: list[CountingBackend] = []

    def __call__(self) -> CountingBackend:
        self.built.append(CountingBackend())
        return self.built[-1]


def cached_embedder(path: Path, factory: Factory, identity: str = "fake@1") -> CachedEmbedder:
    return CachedEmbedder(factory, identity=identity, dimension=DIM, store=EmbeddingCache(path / CACHE_FILE))


def test_embedding_cache_location_follows_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path))
    assert embedding_cache.default_cache_path() == tmp_path / "embeddings.sqlite3"
    assert EmbeddingCache().path == tmp_path / "embeddings.sqlite3"


def test_embedding_cache_second_encode_does_not_construct_backend(tmp_path: Path) -> None:
    texts = ["alpha", "beta", "ગુજરાતી વાક્ય"]
    first_factory = Factory()
    first = cached_embedder(tmp_path, first_factory).encode(texts)
    assert len(first_factory.built) == 1
    assert first_factory.built[0].calls == [texts]
    second_factory = Factory()
    second_embedder = cached_embedder(tmp_path, second_factory)
    second = second_embedder.encode(texts)
    assert second_factory.built == []
    assert not second_embedder.backend_loaded
    assert second.dtype == np.float32
    assert second.tobytes() == first.tobytes()


def test_embedding_cache_computes_only_missing_texts(tmp_path: Path) -> None:
    factory = Factory()
    embedder = cached_embedder(tmp_path, factory)
    embedder.encode(["a", "b"])
    progress: list[tuple[int, int]] = []
    result = embedder.encode(["b", "c", "a", "c"], progress=lambda done, total: progress.append((done, total)))
    assert factory.built[0].calls == [["a", "b"], ["c"]]
    assert np.array_equal(result, np.stack([fake_vector(t) for t in ["b", "c", "a", "c"]]))
    assert progress[0] == (2, 4)
    assert progress[-1] == (4, 4)


def test_embedding_cache_keys_include_model_identity(tmp_path: Path) -> None:
    factory = Factory()
    cached_embedder(tmp_path, factory, identity="model-a").encode(["same text"])
    cached_embedder(tmp_path, factory, identity="model-b").encode(["same text"])
    assert [backend.calls for backend in factory.built] == [[["same text"]], [["same text"]]]


def _corrupt(path: Path, update: str, params: tuple[object, ...]) -> None:
    with sqlite3.connect(path) as connection:
        assert connection.execute(update, params).rowcount == 1


@pytest.mark.parametrize(
    ("update", "params"),
    [
        # other bytes of the right length: the checksum no longer matches
        ("UPDATE embeddings SET vector = ? WHERE model = 'fake@1'", (np.full(DIM, 0.5, "<f4").tobytes(),)),
        # truncated vector: wrong length
        ("UPDATE embeddings SET vector = substr(vector, 1, 8) WHERE model = 'fake@1'", ()),
        # not a blob at all
        ("UPDATE embeddings SET vector = 'garbage' WHERE model = 'fake@1'", ()),
        # wrong dimension recorded
        ("UPDATE embeddings SET dim = dim + 1 WHERE model = 'fake@1'", ()),
        # corrupt checksum
        ("UPDATE embeddings SET checksum = zeroblob(16) WHERE model = 'fake@1'", ()),
    ],
)
def test_embedding_cache_corrupt_entry_is_recomputed(tmp_path: Path, update: str, params: tuple[object, ...]) -> None:
    factory = Factory()
    cached_embedder(tmp_path, factory).encode(["only text"])
    _corrupt(tmp_path / CACHE_FILE, update, params)
    again = Factory()
    result = cached_embedder(tmp_path, again).encode(["only text"])
    assert again.built[0].calls == [["only text"]]
    assert np.array_equal(result[0], fake_vector("only text"))
    # The repaired entry is trusted again.
    third = Factory()
    cached_embedder(tmp_path, third).encode(["only text"])
    assert third.built == []


def test_embedding_cache_unreadable_database_is_set_aside(tmp_path: Path) -> None:
    (tmp_path / CACHE_FILE).write_bytes(b"this is not an sqlite database" * 100)
    factory = Factory()
    result = cached_embedder(tmp_path, factory).encode(["x"])
    assert np.array_equal(result[0], fake_vector("x"))
    assert len(list(tmp_path.glob(f"{CACHE_FILE}.corrupt-*"))) == 1
    later = Factory()
    cached_embedder(tmp_path, later).encode(["x"])
    assert later.built == []


def _writer(path: str, start: int, count: int) -> None:
    store = EmbeddingCache(Path(path))
    # Many small transactions, so the two writers really interleave.
    for offset in range(start, start + count, 5):
        texts = [f"text {i}" for i in range(offset, offset + 5)]
        store.put("fake@1", texts, np.stack([fake_vector(t) for t in texts]))
        assert all(v is not None for v in store.get("fake@1", texts, DIM))


def test_embedding_cache_two_processes_write_at_once(tmp_path: Path) -> None:
    path = tmp_path / CACHE_FILE
    context = multiprocessing.get_context("spawn")
    # Overlapping ranges: both processes write texts 300..599.
    processes = [context.Process(target=_writer, args=(str(path), start, 600)) for start in (0, 300)]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=120)
        assert process.exitcode == 0
    texts = [f"text {i}" for i in range(900)]
    found = EmbeddingCache(path).get("fake@1", texts, DIM)
    for vector, text in zip(found, texts, strict=True):
        assert vector is not None and np.array_equal(vector, fake_vector(text)), text


def test_embedding_cache_warm_run_does_not_import_torch(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    texts = ["ઉત્તર કોરિયા રશિયાને સમર્થન આપે છે.", "Yonhap, citing KCNA, reported the meeting."]
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path))
    fresh = get_embedder().encode(texts)
    script = textwrap.dedent(
        f"""
        import sys
        from claimcheck.embedding import get_embedder
        embedder = get_embedder()
        sys.stdout.buffer.write(embedder.encode({texts!r}).tobytes())
        assert not embedder.backend_loaded
        assert "torch" not in sys.modules and "sentence_transformers" not in sys.modules
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, check=True, timeout=120)
    assert result.stdout == fresh.tobytes()
