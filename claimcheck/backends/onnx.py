"""ONNX Runtime behind the Embedder interface: the default model without torch.

:class:`OnnxEmbedder` runs the encoder graph derived into the default model's folder
(:mod:`claimcheck.models.encoder_graph`) with ``onnxruntime``, tokenises with the
model's vocabulary in plain Python (:mod:`claimcheck.backends.unigram`: the same ids
as ``tokenizers``, at a tenth of its start-up) and pools with numpy, exactly as
sentence-transformers does for this model: prompt prepended, longest texts first in batches of 32, mean over the
attention mask, L2 normalisation. Starting it costs a fraction of a second where
importing torch and sentence-transformers costs seconds; the vectors agree with the
sentence-transformers backend to a cosine of 0.99999 or better (tests/test_embedding.py).

The word-embedding table is read from ``model.safetensors`` row by row, as texts
need them, so its 384 MB are never loaded whole.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..embedder import Embedder, EmbeddingError, Progress
from .per_file import PerFile
from .unigram import UNIGRAM_FILE, load_unigram

if TYPE_CHECKING:  # pragma: no cover
    import numpy

__all__ = ["BATCH_SIZE", "OnnxEmbedder"]

BATCH_SIZE = 32
"""Texts per run of the graph, as the sentence-transformers backend batches them."""

#: The least share of a batch that is text rather than padding (see :func:`_batches`).
_MIN_FILL = 0.8

_WORD, _POSITION, _TOKEN_TYPE = (
    "embeddings.word_embeddings.weight",
    "embeddings.position_embeddings.weight",
    "embeddings.token_type_embeddings.weight",
)


class _Table:
    """A float32 matrix in a safetensors file, read row by row on demand.

    The word-embedding table is 384 MB, and a batch uses a few thousand of its rows.
    Memory-mapping it would do, but the kernel maps in the pages around every row
    touched (fault-around), so a few thousand tokens put hundreds of MB of the table
    in the process; positioned reads take just the rows.
    """

    def __init__(self, path: Path, header: dict[str, Any], data_start: int, name: str) -> None:
        entry = header.get(name)
        if not isinstance(entry, dict) or entry.get("dtype") != "F32" or len(entry.get("shape", ())) != 2:
            raise EmbeddingError(f"{path} has no float32 matrix {name!r}; rebuild the model with `claimcheck models install --force`")
        begin, end = entry["data_offsets"]
        self.rows, self.columns = (int(size) for size in entry["shape"])
        if 4 * self.rows * self.columns != end - begin:
            raise EmbeddingError(f"{path}: tensor {name!r} has the wrong size; rebuild the model with `claimcheck models install --force`")
        self._path = path
        self._start = data_start + begin
        self._row_bytes = 4 * self.columns

    def take(self, ids: numpy.ndarray) -> numpy.ndarray:
        """The rows ``ids`` (any shape) as a float32 array of shape ``ids.shape + (columns,)``."""
        import numpy as np

        unique, inverse = np.unique(ids, return_inverse=True)
        with self._path.open("rb") as handle:
            fd = handle.fileno()
            data = b"".join(os.pread(fd, self._row_bytes, self._start + int(i) * self._row_bytes) for i in unique)
        rows = np.frombuffer(data, dtype="<f4").reshape(len(unique), self.columns).astype(np.float32)
        return rows[inverse.reshape(ids.shape)]


def _tables(path: Path, names: Sequence[str]) -> dict[str, _Table]:
    """Row readers for matrices of a safetensors file (8-byte header length, JSON header, data)."""
    with path.open("rb") as handle:
        header_size = int.from_bytes(handle.read(8), "little")
        header = json.loads(handle.read(header_size))
    return {name: _Table(path, header, 8 + header_size, name) for name in names}


class _Engine:
    """What one model folder needs at run time: tokenizer, session, embedding tables."""

    def __init__(self, folder: Path, graph: Path, threads: int | None) -> None:
        import numpy as np

        try:
            import onnxruntime as ort
        except ImportError as exc:
            raise EmbeddingError(f"onnxruntime is needed to compute embeddings: {exc}; run `pip install onnxruntime`") from exc
        self.tokenizer = load_unigram(folder / UNIGRAM_FILE)
        options = ort.SessionOptions()
        options.log_severity_level = 3  # errors only: warnings would reach the user's terminal
        # Memory patterns are planned per input shape; batches come in many shapes here,
        # and each new plan kept another block (about 90 MB more by the second batch).
        options.enable_mem_pattern = False
        if threads is not None:
            options.intra_op_num_threads = threads
        # A GPU build of onnxruntime uses the GPU; the CPU build has only the CPU provider.
        providers = [p for p in ("CUDAExecutionProvider", "CPUExecutionProvider") if p in ort.get_available_providers()]
        try:
            self.session = ort.InferenceSession(str(graph), options, providers=providers)
        except Exception as exc:  # onnxruntime raises its own exception types
            raise EmbeddingError(f"cannot load the encoder graph {graph}: {exc}") from exc
        tables = _tables(folder / "model.safetensors", (_WORD, _POSITION, _TOKEN_TYPE))
        self.word = tables[_WORD]
        self.position = tables[_POSITION].take(np.arange(tables[_POSITION].rows))
        self.token_type = tables[_TOKEN_TYPE].take(np.zeros(1, dtype=np.int64))[0]  # one segment: type 0
        self.pad_id = self.tokenizer.pad

    def run(self, encodings: Sequence[Sequence[int]]) -> numpy.ndarray:
        """Mean-pooled, L2-normalised vectors of one batch of token ids."""
        import numpy as np

        # Padded here to the batch's longest text, as transformers pads.
        length = max(map(len, encodings))
        ids = np.full((len(encodings), length), self.pad_id, dtype=np.int64)
        mask = np.zeros((len(encodings), length), dtype=np.float32)
        for row, encoding in enumerate(encodings):
            ids[row, : len(encoding)] = encoding
            mask[row, : len(encoding)] = 1.0
        # The order BertEmbeddings adds them in: word + token type, then + position.
        inputs = (self.word.take(ids) + self.token_type) + self.position[:length]
        (hidden,) = self.session.run(["hidden"], {"inputs": inputs.astype(np.float32), "mask": mask})
        summed = (hidden * mask[:, :, None]).sum(axis=1)
        pooled = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return (pooled / norms).astype(np.float32)


# One engine per (folder, graph file signature) per process, as the sentence-transformers
# backend shares loaded models.
_ENGINES: PerFile[_Engine] = PerFile()


class OnnxEmbedder(Embedder):
    """A derived model folder with an encoder graph, run with ONNX Runtime.

    Constructing one is cheap; the tokenizer, the session and the memory maps are made
    on the first :meth:`encode`.
    """

    def __init__(
        self,
        folder: Path,
        *,
        graph: str,
        prompt: str,
        identity: str,
        batch_size: int = BATCH_SIZE,
        threads: int | None = None,
    ) -> None:
        """Wrap a derived folder.

        Args:
            folder: The derived model folder (the compact vocabulary, ``config.json``,
                ``model.safetensors`` and the graph).
            graph: File name of the encoder graph inside ``folder``.
            prompt: Text prepended to every input.
            identity: The model's identity.
            batch_size: Texts per run of the graph.
            threads: Threads per run; None lets ONNX Runtime use every core.
        """
        self.folder = folder
        self.graph = folder / graph
        self.prompt = prompt
        self._identity = identity
        self._batch_size = batch_size
        self._threads = threads
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        self._dimension = int(config["hidden_size"])

    @property
    def identity(self) -> str:
        """The model's identity (shared with the sentence-transformers backend: same model)."""
        return self._identity

    @property
    def dimension(self) -> int:
        """Vector length, from the folder's ``config.json``."""
        return self._dimension

    def _engine(self) -> _Engine:
        return _ENGINES.get(self.graph, lambda: _Engine(self.folder, self.graph, self._threads))

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> numpy.ndarray:
        """Embed texts; see :meth:`Embedder.encode`."""
        import numpy as np

        items = list(texts)
        for text in items:
            if not isinstance(text, str):
                raise TypeError(f"texts must be strings, got {type(text).__name__}")
        if not items:
            return np.zeros((0, self._dimension), dtype=np.float32)
        engine = self._engine()
        encodings = engine.tokenizer.encode_batch(self.prompt + text for text in items)
        result = np.empty((len(items), self._dimension), dtype=np.float32)
        done = 0
        for rows in _batches([len(encoding) for encoding in encodings], self._batch_size):
            result[rows] = engine.run([encodings[n] for n in rows])
            done += len(rows)
            if progress is not None:
                progress(done, len(items))
        return result


def _batches(lengths: Sequence[int], most: int) -> list[list[int]]:
    """Indices of ``lengths`` grouped into batches of at most ``most``, longest first.

    Every text of a batch is padded to its longest, and padding costs as much as text;
    a batch is closed early when padding would pass a fifth of it. A short article's
    sentences then run in a few small batches instead of one padded to its longest
    sentence (half the encoding time on the seeds); a long one's fill batches of 32.
    """
    order = sorted(range(len(lengths)), key=lambda n: -lengths[n])
    batches: list[list[int]] = []
    batch: list[int] = []
    tokens = 0
    for n in order:
        if batch and (len(batch) == most or tokens + lengths[n] < _MIN_FILL * lengths[batch[0]] * (len(batch) + 1)):
            batches.append(batch)
            batch, tokens = [], 0
        batch.append(n)
        tokens += lengths[n]
    if batch:
        batches.append(batch)
    return batches

