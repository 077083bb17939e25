"""One object per file per process, built again when the file changes."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

__all__ = ["PerFile"]

T = TypeVar("T")


class PerFile(Generic[T]):
    """Objects built from files (an engine, a vocabulary), one per file per process.

    An entry is keyed by the file's path, size and modification time, so a file
    rewritten in place (a model derived again) is loaded again, and the stale entry goes.
    """

    def __init__(self) -> None:
        self._loaded: dict[tuple[Path, int, int], T] = {}
        self._lock = threading.Lock()

    def get(self, path: Path, build: Callable[[], T]) -> T:
        """The object for ``path``, calling ``build`` if there is none for its current state."""
        stat = path.stat()
        key = (path, stat.st_size, stat.st_mtime_ns)
        with self._lock:
            if key not in self._loaded:
                for stale in [k for k in self._loaded if k[0] == path]:
                    del self._loaded[stale]
                self._loaded[key] = build()
            return self._loaded[key]
