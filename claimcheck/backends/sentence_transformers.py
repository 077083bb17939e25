"""sentence-transformers behind the Embedder interface: any model folder available locally.

:class:`SentenceTransformerEmbedder` wraps a sentence-transformers model that is
on disk (a folder, or a hub name already in the local Hugging Face cache);
nothing ever touches the network. torch and sentence-transformers are imported
only when a model is actually loaded, so computing an identity stays cheap.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..embedder import Embedder, EmbeddingError

if TYPE_CHECKING:  # pragma: no cover
    import numpy

__all__ = ["BATCH_SIZE", "SentenceTransformerEmbedder", "folder_identity"]

BATCH_SIZE = 32
"""Texts per forward pass; larger batches do not run faster on a few CPU cores."""

_CHUNK = 8 * BATCH_SIZE
# Weight files are identified by name, size and their first and last MiB, so an
# identity costs milliseconds even for multi-GB models; everything else is hashed whole.
_WEIGHT_SUFFIXES = frozenset({".safetensors", ".bin", ".pt", ".pth", ".ckpt", ".onnx", ".h5", ".msgpack", ".gguf"})
_MIB = 1 << 20
# Files that do not change what a model computes.
_IGNORED_FILES = frozenset({"README.md", ".gitattributes"})


# --------------------------------------------------------------------------- identity


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        if path.suffix in _WEIGHT_SUFFIXES:
            size = path.stat().st_size
            digest.update(handle.read(_MIB))
            if size > 2 * _MIB:
                handle.seek(size - _MIB)
                digest.update(handle.read(_MIB))
        else:
            for chunk in iter(lambda: handle.read(_MIB), b""):
                digest.update(chunk)
    return digest.hexdigest()


def folder_identity(folder: Path, prompt: str) -> str:
    """Identity of a model folder: a sha256 over its files and the prompt, no torch needed.

    Args:
        folder: A sentence-transformers (or plain transformers) model folder.
        prompt: The text prepended to every input; it changes the embeddings too.

    Returns:
        ``"<folder name>@<32 hex digits>"``.
    """
    digest = hashlib.sha256(b"claimcheck-folder-identity-v1\0" + prompt.encode("utf-8") + b"\0")
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts) or path.name in _IGNORED_FILES:
            continue
        if not path.is_file():
            continue
        stat = path.stat()
        line = f"{relative.as_posix()}\0{stat.st_size}\0{_file_digest(path)}\n"
        digest.update(line.encode("utf-8"))
    return f"{folder.name}@{digest.hexdigest()[:32]}"


# ------------------------------------------------------------------------- resolution


def _hf_hub_cache() -> Path:
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"]).expanduser()
    if os.environ.get("HF_HOME"):
        return Path(os.environ["HF_HOME"]).expanduser() / "hub"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base).expanduser() / "huggingface" / "hub"


def _cached_snapshot(repo_id: str) -> Path | None:
    """The snapshot folder of a hub model already in the local cache, or None."""
    repo = _hf_hub_cache() / ("models--" + repo_id.replace("/", "--"))
    snapshots = repo / "snapshots"
    ref = repo / "refs" / "main"
    if ref.is_file():
        snapshot = snapshots / ref.read_text(encoding="utf-8").strip()
        if snapshot.is_dir():
            return snapshot
    if snapshots.is_dir():
        candidates = sorted((p for p in snapshots.iterdir() if p.is_dir()), key=lambda p: p.stat().st_mtime)
        if candidates:
            return candidates[-1]
    return None


def _resolve(model: str | os.PathLike[str]) -> Path:
    path = Path(model).expanduser()
    if path.is_dir():
        return path.resolve()
    name = str(model)
    # sentence-transformers accepts bare names of its own models as hub ids too.
    candidates = [name] if "/" in name else [name, f"sentence-transformers/{name}"]
    for repo_id in candidates:
        snapshot = _cached_snapshot(repo_id)
        if snapshot is not None:
            return snapshot
    raise EmbeddingError(
        f"embedding model {name!r} is not available locally: it is not a folder, and not in "
        f"the Hugging Face cache ({_hf_hub_cache()}). claimcheck never downloads models; "
        "pass the path of a local sentence-transformers folder, or leave the model unset "
        "to use the default model"
    )


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _declared_prompt(folder: Path) -> str:
    """The prompt a model folder declares: its default prompt, else its "query" prompt, else none."""
    config = _read_json(folder / "config_sentence_transformers.json")
    if not isinstance(config, dict) or not isinstance(config.get("prompts"), dict):
        return ""
    prompts = config["prompts"]
    default = config.get("default_prompt_name")
    if isinstance(default, str) and isinstance(prompts.get(default), str):
        return str(prompts[default])
    # Claims are matched against claims (a symmetric task); models with query
    # and passage roles, like e5, use the query role for that.
    query = prompts.get("query")
    return query if isinstance(query, str) else ""


def _declared_dimension(folder: Path) -> int | None:
    """Output dimension read from a folder's module configs, or None if unclear."""
    modules = _read_json(folder / "modules.json")
    dimension: int | None = None
    if isinstance(modules, list):
        for module in modules:
            if not isinstance(module, dict):
                return None
            config = _read_json(folder / str(module.get("path", "")) / "config.json")
            kind = str(module.get("type", ""))
            if kind.endswith("Pooling") and isinstance(config, dict):
                value = config.get("word_embedding_dimension", config.get("embedding_dimension"))
                dimension = value if isinstance(value, int) else None
            elif kind.endswith("Dense"):
                value = config.get("out_features") if isinstance(config, dict) else None
                dimension = value if isinstance(value, int) else None
            elif not kind.endswith(("Transformer", "Normalize")):
                return None
        return dimension
    config = _read_json(folder / "config.json")
    value = config.get("hidden_size") if isinstance(config, dict) else None
    return value if isinstance(value, int) else None


# ---------------------------------------------------------------------------- backend

# Loaded models by folder and file signature, so that several embedders (or
# repeated calls) in one process share one copy of the weights, while a folder
# rebuilt in place is loaded afresh.
_LOADED: dict[tuple[Path, tuple[tuple[str, int, int], ...]], Any] = {}
_LOAD_LOCK = threading.Lock()


def _signature(folder: Path) -> tuple[tuple[str, int, int], ...]:
    entries = []
    for path in sorted(folder.iterdir()):
        if path.is_file():
            stat = path.stat()
            entries.append((path.name, stat.st_size, stat.st_mtime_ns))
    return tuple(entries)


def _load_sentence_transformer(folder: Path) -> Any:
    key = (folder, _signature(folder))
    with _LOAD_LOCK:
        if key not in _LOADED:
            # Set before the first import: the hub libraries read these at import
            # time, and nothing here may ever try the network.
            os.environ["HF_HUB_OFFLINE"] = "1"
            os.environ["TRANSFORMERS_OFFLINE"] = "1"
            os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
            os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
            try:
                from sentence_transformers import SentenceTransformer
            except ImportError as exc:
                raise EmbeddingError(f"sentence-transformers is needed to compute embeddings: {exc}") from exc
            try:
                model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
            except Exception as exc:  # any loader failure means "unusable model"
                raise EmbeddingError(f"cannot load the embedding model in {folder}: {exc}") from exc
            for stale in [k for k in _LOADED if k[0] == folder]:
                del _LOADED[stale]
            _LOADED[key] = model
        return _LOADED[key]


class SentenceTransformerEmbedder(Embedder):
    """Any locally available sentence-transformers model.

    Constructing one is cheap (no torch): the model folder is resolved and, when
    needed, hashed for the identity; the weights load on the first :meth:`encode`.
    """

    def __init__(
        self,
        model: str | os.PathLike[str],
        *,
        prompt: str | None = None,
        identity: str | None = None,
        batch_size: int = BATCH_SIZE,
    ) -> None:
        """Wrap a model.

        Args:
            model: A model folder, or a hub name found in the local Hugging Face cache.
            prompt: Text prepended to every input. None: the prompt the model
                declares (its default prompt, else its "query" prompt), else none.
            identity: Overrides the computed identity (the default model's
                comes from its manifest).
            batch_size: Texts per forward pass.

        Raises:
            EmbeddingError: The model is not available locally.
        """
        self._folder = _resolve(model)
        self._prompt = _declared_prompt(self._folder) if prompt is None else prompt
        self._identity = identity
        self._dimension = _declared_dimension(self._folder)
        self._batch_size = batch_size

    @property
    def declared_dimension(self) -> int | None:
        """The vector length the folder's configuration declares (None: known only once loaded)."""
        return self._dimension

    @property
    def folder(self) -> Path:
        """The model folder."""
        return self._folder

    @property
    def prompt(self) -> str:
        """Text prepended to every input."""
        return self._prompt

    @property
    def identity(self) -> str:
        """Stable id of the model (files + prompt), computed without loading it."""
        if self._identity is None:
            self._identity = folder_identity(self.folder, self._prompt)
        return self._identity

    @property
    def dimension(self) -> int:
        """Vector length, from the model's configuration (or by loading it)."""
        if self._dimension is None:
            model = _load_sentence_transformer(self.folder)
            # Renamed in sentence-transformers 6; older releases only have the long name.
            getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
            self._dimension = int(getter())
        return self._dimension

    def encode(self, texts: Sequence[str], progress: Callable[[int, int], None] | None = None) -> numpy.ndarray:
        """Embed texts with the model (loaded on first use); see :meth:`Embedder.encode`."""
        import numpy as np

        items = list(texts)
        for text in items:
            if not isinstance(text, str):
                raise TypeError(f"texts must be strings, got {type(text).__name__}")
        if not items:
            return np.zeros((0, self.dimension), dtype=np.float32)
        model = _load_sentence_transformer(self.folder)
        # Longest first over all texts, as sentence-transformers sorts one call's texts:
        # chunks (which only give progress reports) then batch texts of like length and
        # pad no more than one call would.
        order = sorted(range(len(items)), key=lambda n: -len(items[n]))
        ordered = [items[n] for n in order]
        chunks = []
        for start in range(0, len(ordered), _CHUNK):
            part = ordered[start : start + _CHUNK]
            vectors = model.encode(
                part,
                # Always a string: "" means no prompt, where None would let
                # sentence-transformers fall back to the model's own default.
                prompt=self._prompt,
                batch_size=self._batch_size,
                convert_to_numpy=True,
                normalize_embeddings=True,
                show_progress_bar=False,
            )
            chunks.append(np.asarray(vectors, dtype=np.float32))
            if progress is not None:
                progress(start + len(part), len(items))
        stacked = np.concatenate(chunks, axis=0)
        result = np.empty_like(stacked)
        result[order] = stacked
        if self._dimension is None:
            self._dimension = int(result.shape[1])
        return result
