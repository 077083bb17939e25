"""On-disk embedding cache, so unchanged inputs are never embedded twice.

Vectors live in one sqlite database, ``<cache root>/embeddings.sqlite3``, keyed
by (model identity, sha256 of the text). Each row stores the exact float32 bytes
the model returned plus a checksum over key and bytes; a row that fails any
check (wrong length, checksum mismatch, non-finite values) is deleted and
recomputed, never trusted. A database file that sqlite itself finds damaged (in
its header when opened, or in any page when a lookup or a write reaches it) is
moved aside to ``<name>.corrupt-<pid>-<time>`` and rebuilt, so one damaged page
costs one re-encoding rather than one per run. A cache folder that cannot be
created means running without the cache. WAL mode and a busy timeout let
several processes read and write at once.

:class:`CachedEmbedder` looks every text up first and constructs its backend
only when something is missing, so a run whose texts are all cached imports
neither torch nor the model.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .embedder import Embedder
from .paths import cache_root

if TYPE_CHECKING:  # pragma: no cover
    import numpy

__all__ = ["CACHE_FILE", "CachedEmbedder", "EmbeddingCache", "default_cache_path"]

CACHE_FILE = "embeddings.sqlite3"
"""File name of the cache database inside the cache root."""

_SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (
    model TEXT NOT NULL,
    text_sha256 BLOB NOT NULL,
    dim INTEGER NOT NULL,
    vector BLOB NOT NULL,
    checksum BLOB NOT NULL,
    PRIMARY KEY (model, text_sha256)
) WITHOUT ROWID
"""
# Well under sqlite's limit on bound parameters per statement.
_LOOKUP_CHUNK = 500

_log = logging.getLogger(__name__)


def default_cache_path() -> Path:
    """Path of the cache database under :func:`cache_root`."""
    return cache_root() / CACHE_FILE


def _text_key(text: str) -> bytes:
    # surrogatepass: texts decoded with errors="surrogateescape" still get a key.
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def _checksum(model: str, key: bytes, dim: int, vector: bytes) -> bytes:
    digest = hashlib.sha256(model.encode("utf-8") + b"\0" + key + dim.to_bytes(4, "little") + vector)
    return digest.digest()[:16]


def _is_damage(exc: sqlite3.Error) -> bool:
    """Whether sqlite reports a damaged file (rather than a lock, a full disk, a read-only file)."""
    message = str(exc).lower()
    return "not a database" in message or "malformed" in message


class EmbeddingCache:
    """sqlite store of float32 vectors keyed by (model identity, text).

    Every method degrades to "not cached" on database errors (logged as
    warnings): the cache only ever saves time, it never fails a run.
    """

    def __init__(self, path: Path | None = None, *, timeout: float = 60.0) -> None:
        """Open (lazily) the cache database.

        Args:
            path: Database file; defaults to :func:`default_cache_path`.
            timeout: Seconds to wait for another process's write lock.
        """
        self.path = path if path is not None else default_cache_path()
        self._timeout = timeout
        self._connection: sqlite3.Connection | None = None
        self._disabled = False
        # One rebuild per process: a file that is damaged again at once is not healed
        # by moving it aside a second time (e.g. a failing disk), only disabled.
        self._rebuilt = False
        self._lock = threading.Lock()

    def _connect(self) -> sqlite3.Connection | None:
        if self._connection is not None or self._disabled:
            return self._connection
        # Switching a new database to WAL takes an exclusive lock for which sqlite does
        # not wait on its busy handler: when two processes create the cache at once, one
        # sees "database is locked" and must retry rather than give up.
        deadline = time.monotonic() + self._timeout
        while True:
            connection = self._open_once()
            if connection is not None or self._disabled:
                return connection
            if time.monotonic() > deadline:
                _log.warning("embedding cache %s stayed locked, running without it", self.path)
                self._disabled = True
                return None
            time.sleep(0.05)

    def _open_once(self) -> sqlite3.Connection | None:
        """One attempt at opening; ``None`` without disabling the cache means "retry"."""
        for attempt in range(2):
            connection = None
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                # A file where the folder should be, a read-only parent, a HOME a service
                # user cannot write: the cache only saves time, so the run goes on.
                _log.warning(
                    "embedding cache folder %s cannot be created (%s), running without a cache",
                    self.path.parent,
                    exc.strerror or exc,
                )
                self._disabled = True
                return None
            try:
                connection = sqlite3.connect(
                    str(self.path), timeout=self._timeout, isolation_level=None, check_same_thread=False
                )
                connection.execute(f"PRAGMA busy_timeout = {int(self._timeout * 1000)}")
                connection.execute("PRAGMA journal_mode = WAL")
                connection.execute("PRAGMA synchronous = NORMAL")
                version = connection.execute("PRAGMA user_version").fetchone()[0]
                if version != _SCHEMA_VERSION:
                    connection.execute("BEGIN IMMEDIATE")
                    # Re-read under the write lock: another process may have just migrated.
                    version = connection.execute("PRAGMA user_version").fetchone()[0]
                    if version != _SCHEMA_VERSION:
                        connection.execute("DROP TABLE IF EXISTS embeddings")
                        connection.execute(_SCHEMA)
                        connection.execute(f"PRAGMA user_version = {_SCHEMA_VERSION}")
                    connection.execute("COMMIT")
                self._connection = connection
                return connection
            except sqlite3.OperationalError as exc:
                if connection is not None:
                    connection.close()
                if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                    return None
                _log.warning("embedding cache %s unusable, running without it: %s", self.path, exc)
                self._disabled = True
                return None
            except sqlite3.DatabaseError as exc:
                if connection is not None:
                    connection.close()
                if attempt == 0 and not self._rebuilt and self._quarantine(exc):
                    self._rebuilt = True
                    continue
                _log.warning("embedding cache %s unusable, running without it: %s", self.path, exc)
                self._disabled = True
                return None
        return None  # pragma: no cover - the loop always returns

    def _quarantine(self, exc: sqlite3.Error) -> bool:
        """Move a database file that is not a database aside, so a fresh one can be made."""
        if not _is_damage(exc):
            return False
        aside = self.path.with_name(f"{self.path.name}.corrupt-{os.getpid()}-{int(time.time())}")
        try:
            os.replace(self.path, aside)
            for suffix in ("-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        except OSError:
            return False
        _log.warning("embedding cache %s is corrupt (%s); moved it to %s", self.path, exc, aside)
        return True

    def _rebuild(self, exc: sqlite3.Error) -> bool:
        """After ``exc`` from an open database: if it reports damage, move the file aside
        and let the next use create a fresh one. Called with the lock held.

        Returns:
            Whether the file was moved aside (once per instance; later damage disables
            the cache instead).
        """
        if not _is_damage(exc) or self._rebuilt:
            return False
        if self._connection is not None:
            # The file is set aside (or the cache disabled) whether or not closing works.
            with contextlib.suppress(sqlite3.Error):
                self._connection.close()
            self._connection = None
        self._rebuilt = True
        if not self._quarantine(exc):
            _log.warning(
                "embedding cache %s is corrupt and cannot be moved aside, running without it: %s", self.path, exc
            )
            self._disabled = True
            return False
        return True

    def close(self) -> None:
        """Close the database connection (it reopens on next use)."""
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def get(self, model: str, texts: Sequence[str], dimension: int | None = None) -> list[numpy.ndarray | None]:
        """Look texts up.

        Args:
            model: Model identity.
            texts: Texts to look up.
            dimension: Expected vector length, when known; other lengths are corrupt.

        Returns:
            One float32 vector per text, or None where it is not cached (or the
            cached entry was corrupt, in which case it has been deleted).
        """

        keys = [_text_key(text) for text in texts]
        found: dict[bytes, numpy.ndarray] = {}
        corrupt: list[bytes] = []
        with self._lock:
            connection = self._connect()
            if connection is None:
                return [None] * len(texts)
            unique = list(dict.fromkeys(keys))
            try:
                for start in range(0, len(unique), _LOOKUP_CHUNK):
                    chunk = unique[start : start + _LOOKUP_CHUNK]
                    rows = connection.execute(
                        "SELECT text_sha256, dim, vector, checksum FROM embeddings "
                        f"WHERE model = ? AND text_sha256 IN ({','.join('?' * len(chunk))})",
                        [model, *chunk],
                    ).fetchall()
                    for key, dim, vector, checksum in rows:
                        decoded = self._decode(model, key, dim, vector, checksum, dimension)
                        if decoded is None:
                            corrupt.append(key)
                        else:
                            found[key] = decoded
                if corrupt:
                    _log.warning("dropping %d corrupt embedding cache entries", len(corrupt))
                    connection.executemany(
                        "DELETE FROM embeddings WHERE model = ? AND text_sha256 = ?",
                        [(model, key) for key in corrupt],
                    )
            except sqlite3.Error as exc:
                # A damaged page: the fresh database that replaces the file has nothing.
                if not self._rebuild(exc):
                    _log.warning("embedding cache lookup failed, recomputing: %s", exc)
                return [None] * len(texts)
        return [found[key].copy() if key in found else None for key in keys]

    @staticmethod
    def _decode(
        model: str, key: object, dim: object, vector: object, checksum: object, dimension: int | None
    ) -> numpy.ndarray | None:
        import numpy as np

        if not (isinstance(key, bytes) and isinstance(vector, bytes) and isinstance(checksum, bytes)):
            return None
        if not isinstance(dim, int) or dim <= 0 or len(vector) != 4 * dim:
            return None
        if dimension is not None and dim != dimension:
            return None
        if checksum != _checksum(model, key, dim, vector):
            return None
        values = np.frombuffer(vector, dtype="<f4").astype(np.float32)
        if not np.all(np.isfinite(values)):
            return None
        return values

    def put(self, model: str, texts: Sequence[str], vectors: numpy.ndarray) -> None:
        """Store vectors (exact float32 bytes) for texts, replacing older entries.

        Args:
            model: Model identity.
            texts: The texts.
            vectors: ``(len(texts), dim)`` array, one row per text.
        """
        import numpy as np

        matrix = np.asarray(vectors, dtype="<f4")
        if matrix.ndim != 2 or matrix.shape[0] != len(texts):
            raise ValueError(f"expected {len(texts)} vectors, got an array of shape {matrix.shape}")
        dim = int(matrix.shape[1])
        rows = []
        for text, row in zip(texts, matrix, strict=True):
            key = _text_key(text)
            data = row.tobytes()
            rows.append((model, key, dim, data, _checksum(model, key, dim, data)))
        with self._lock:
            for _attempt in range(2):
                connection = self._connect()
                if connection is None or not rows:
                    return
                try:
                    connection.execute("BEGIN IMMEDIATE")
                    try:
                        connection.executemany(
                            "INSERT OR REPLACE INTO embeddings (model, text_sha256, dim, vector, checksum) "
                            "VALUES (?, ?, ?, ?, ?)",
                            rows,
                        )
                        connection.execute("COMMIT")
                    except BaseException:
                        connection.execute("ROLLBACK")
                        raise
                    return
                except sqlite3.Error as exc:
                    # A write that reaches a damaged page: write the rows into a fresh file.
                    if self._rebuild(exc):
                        continue
                    _log.warning("could not write to the embedding cache %s: %s", self.path, exc)
                    return


class CachedEmbedder(Embedder):
    """An :class:`Embedder` that answers from the cache and builds its backend only on a miss."""

    def __init__(
        self,
        backend: Callable[[], Embedder],
        *,
        identity: str,
        dimension: int | None = None,
        store: EmbeddingCache | None = None,
        key: str | None = None,
    ) -> None:
        """Wrap a lazily constructed backend.

        Args:
            backend: Builds the real embedder; called at most once, on the first miss.
            identity: The backend's identity, known without building it.
            dimension: The backend's dimension if known without building it.
            store: The cache; defaults to one at :func:`default_cache_path`.
            key: The cache key of the vectors; defaults to ``identity``. One model
                run by two engines gives vectors equal only to rounding, so each
                engine keeps its own.
        """
        self._factory = backend
        self._backend: Embedder | None = None
        self._identity = identity
        self._key = key if key is not None else identity
        self._dimension = dimension
        self.store = store if store is not None else EmbeddingCache()

    @property
    def identity(self) -> str:
        """The backend's identity (the cache key)."""
        return self._identity

    @property
    def dimension(self) -> int:
        """The backend's dimension (builds the backend if it was not given)."""
        if self._dimension is None:
            self._dimension = self.backend.dimension
        return self._dimension

    @property
    def backend(self) -> Embedder:
        """The real embedder, built on first access."""
        if self._backend is None:
            self._backend = self._factory()
        return self._backend

    @property
    def backend_loaded(self) -> bool:
        """Whether the backend has been built (False while everything came from the cache)."""
        return self._backend is not None

    def encode(self, texts: Sequence[str], progress: Callable[[int, int], None] | None = None) -> numpy.ndarray:
        """Embed texts, computing (and storing) only those not cached; see :meth:`Embedder.encode`."""
        import numpy as np

        items = list(texts)
        for text in items:
            if not isinstance(text, str):
                raise TypeError(f"texts must be strings, got {type(text).__name__}")
        total = len(items)
        if not items:
            return np.zeros((0, self.dimension), dtype=np.float32)
        cached = self.store.get(self._key, items, self._dimension)
        missing = list(dict.fromkeys(text for text, vector in zip(items, cached, strict=True) if vector is None))
        computed: dict[str, numpy.ndarray] = {}
        pending = sum(1 for vector in cached if vector is None)
        done = total - pending
        reported = [-1]

        def report(part_done: int, part_total: int) -> None:
            # The backend counts distinct missing texts; the caller counts positions.
            position = done + (pending * part_done // part_total if part_total else pending)
            if progress is not None and position != reported[0]:
                reported[0] = position
                progress(position, total)

        report(0, len(missing))
        if missing:
            vectors = np.asarray(self.backend.encode(missing, progress=report), dtype=np.float32)
            if self._dimension is None:
                self._dimension = int(vectors.shape[1])
            self.store.put(self._key, missing, vectors)
            computed = dict(zip(missing, vectors, strict=True))
            report(len(missing), len(missing))
        rows = [vector if vector is not None else computed[text] for text, vector in zip(items, cached, strict=True)]
        return np.stack(rows).astype(np.float32, copy=False)
