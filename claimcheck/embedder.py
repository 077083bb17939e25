"""The Embedder interface: what alignment and comparison see of an embedding model.

Backends (:mod:`claimcheck.backends`), the on-disk cache
(:mod:`claimcheck.embedding_cache`) and test doubles all implement it; the factory
that picks one is :func:`claimcheck.embedding.get_embedder`.
"""

from __future__ import annotations

import abc
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .errors import ModelError

if TYPE_CHECKING:  # pragma: no cover
    import numpy

__all__ = ["Embedder", "EmbeddingError", "Progress"]

Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while encoding."""


class EmbeddingError(ModelError):
    """An embedding model is not available locally or cannot be loaded."""


class Embedder(abc.ABC):
    """Turns texts into L2-normalised float32 vectors."""

    @property
    @abc.abstractmethod
    def identity(self) -> str:
        """Stable id of the model (a hash of its weights, configuration and prompt)."""

    @property
    @abc.abstractmethod
    def dimension(self) -> int:
        """Length of the vectors :meth:`encode` returns."""

    @abc.abstractmethod
    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> numpy.ndarray:
        """Embed texts.

        Args:
            texts: The texts, in order.
            progress: Called as ``progress(done, total)`` while encoding.

        Returns:
            A ``(len(texts), dimension)`` float32 array of L2-normalised rows.
        """
