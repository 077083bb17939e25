"""Which embedder a run uses: the factory above the backends and the cache.

:func:`get_embedder` builds the default model's embedder (derived offline on
first use, see :mod:`claimcheck.models`) or wraps a user's sentence-transformers
model, and puts the on-disk cache of :mod:`claimcheck.embedding_cache` in front.
The default model runs on ONNX Runtime (:data:`DEFAULT_BACKEND`); ``--model``
folders on sentence-transformers. Nothing here imports an engine: backends load
theirs on the first miss.
"""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .backends.onnx import OnnxEmbedder
from .backends.sentence_transformers import BATCH_SIZE, SentenceTransformerEmbedder, folder_identity
from .embedder import Embedder, EmbeddingError, Progress
from .embedding_cache import CachedEmbedder
from .models import DEFAULT_MODEL, ensure_model, load_manifest
from .models.encoder_graph import ENCODER_GRAPH

if TYPE_CHECKING:  # pragma: no cover
    import numpy

__all__ = [
    "BATCH_SIZE",
    "DEFAULT_BACKEND",
    "Backend",
    "DeferredEmbedder",
    "Embedder",
    "EmbeddingError",
    "SentenceTransformerEmbedder",
    "default_embedder",
    "default_identity",
    "folder_identity",
    "get_embedder",
]


def default_identity() -> str:
    """Identity of the default model, from its manifest alone (the folder may not exist yet)."""
    manifest = load_manifest(DEFAULT_MODEL)
    key = "\0".join([manifest.name, manifest.source_sha256, str(manifest.derivation_version), manifest.prompt])
    return f"{manifest.name}@{hashlib.sha256(key.encode('utf-8')).hexdigest()[:32]}"


class DeferredEmbedder(Embedder):
    """An embedder whose identity and dimension are known before its backend is built.

    The default model's folder may not be derived yet; building the backend (and
    deriving the model, with messages) waits for the first :meth:`encode`.
    """

    def __init__(self, build: Callable[[], Embedder], *, identity: str, dimension: int) -> None:
        """Wrap a backend builder.

        Args:
            build: Builds the backend; called at most once.
            identity: The backend's identity.
            dimension: The backend's vector length.
        """
        self._build = build
        self._backend: Embedder | None = None
        self._identity = identity
        self._dimension = dimension

    @property
    def identity(self) -> str:
        """The backend's identity."""
        return self._identity

    @property
    def dimension(self) -> int:
        """The backend's vector length."""
        return self._dimension

    @property
    def backend(self) -> Embedder:
        """The backend, built on first access."""
        if self._backend is None:
            self._backend = self._build()
        return self._backend

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> numpy.ndarray:
        """Embed texts with the backend; see :meth:`Embedder.encode`."""
        return self.backend.encode(texts, progress=progress)


class Backend(enum.StrEnum):
    """Engines that can run the default model."""

    ONNXRUNTIME = "onnxruntime"
    """The derived encoder graph with ONNX Runtime: no torch, starts in a fraction of a second."""
    SENTENCE_TRANSFORMERS = "sentence-transformers"
    """The derived folder through sentence-transformers and torch: the fp32 reference."""


DEFAULT_BACKEND = Backend.ONNXRUNTIME
"""The default model's engine. Same vectors as sentence-transformers to rounding (cosine
>= 0.9999 on every fixture sentence), without importing torch: a cold ``compare``
starts in well under a second instead of several."""


def default_embedder(
    progress_message: Callable[[str], None] | None = None, *, backend: Backend = DEFAULT_BACKEND
) -> DeferredEmbedder:
    """The default model, derived (once, with messages) when first used.

    Args:
        progress_message: Receives human-readable messages if a derivation runs.
        backend: The engine that runs it.
    """
    manifest = load_manifest(DEFAULT_MODEL)
    identity = default_identity()

    def build() -> Embedder:
        folder = ensure_model(progress=progress_message)
        if backend is Backend.ONNXRUNTIME:
            return OnnxEmbedder(folder, graph=ENCODER_GRAPH, prompt=manifest.prompt, identity=identity)
        return SentenceTransformerEmbedder(folder, prompt=manifest.prompt, identity=identity)

    return DeferredEmbedder(build, identity=identity, dimension=manifest.dimension)


def get_embedder(
    model: str | None = None,
    *,
    cache: bool = True,
    progress_message: Callable[[str], None] | None = None,
    backend: Backend = DEFAULT_BACKEND,
) -> Embedder:
    """The embedder claimcheck uses.

    Args:
        model: None (or the default model's name) for the default model;
            otherwise a model folder or a hub name in the local Hugging Face cache,
            always run with sentence-transformers.
        cache: Wrap the model in the on-disk embedding cache, so that texts seen
            before are not embedded again (nor the model loaded at all).
        progress_message: Receives human-readable messages, e.g. while the
            default model is derived on first use.
        backend: The engine for the default model.

    Returns:
        The embedder; constructing it imports no engine (torch, onnxruntime).

    Raises:
        EmbeddingError: ``model`` is not available locally.
    """
    chosen: Embedder
    dimension: int | None
    key: str | None = None
    if model is None or model == DEFAULT_MODEL:
        chosen = default_embedder(progress_message, backend=backend)
        dimension = chosen.dimension
        if backend is not Backend.SENTENCE_TRANSFORMERS:
            # Cached apart from sentence-transformers' vectors (equal only to rounding).
            key = f"{chosen.identity}+{backend.value}"
    else:
        user = SentenceTransformerEmbedder(model)
        chosen, dimension = user, user.declared_dimension
    if not cache:
        return chosen
    return CachedEmbedder(lambda: chosen, identity=chosen.identity, dimension=dimension, key=key)
