"""The default model's encoder as an ONNX graph, written from its derived weights.

The ONNX Runtime backend (:mod:`claimcheck.backends.onnx`) runs this graph instead of
torch. It is derived with the rest of the folder (``models install``), recorded in
the derivation record and verified like every other derived file.

The graph holds what BERT computes after the embedding lookup: the embedding
LayerNorm and the encoder layers, written op for op as ``transformers``' BertModel
computes them (erf GELU, scores times head size ** -0.5, additive mask).
``inputs`` is the sum of the word, token-type and position embeddings, which the
backend gathers from the memory-mapped weights file: the 250k-row word table
(384 MB of the model's 458) is then never loaded whole, only the rows a text uses.
The output is the last hidden state; pooling and normalisation stay in numpy.

The file is serialised here directly (ONNX is protobuf: a few message types, written
field by field), so deriving needs neither torch nor the ``onnx`` package, and the
same weights always give the same bytes.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import numpy

__all__ = ["ENCODER_GRAPH", "GRAPH_VERSION", "encoder_graph"]

ENCODER_GRAPH = "claimcheck-encoder.onnx"
"""File name of the graph inside the derived folder."""

GRAPH_VERSION = 1
"""Version of this recipe; a folder whose record names another is derived again."""

_OPSET = 17  # LayerNormalization is a standard op from 17 on
_IR_VERSION = 8
_FLOAT, _INT64 = 1, 7  # TensorProto.DataType
_ATTR_FLOAT, _ATTR_INT, _ATTR_INTS = 1, 2, 7  # AttributeProto.AttributeType


# ------------------------------------------------------------------------- protobuf


def _varint(value: int) -> bytes:
    value &= (1 << 64) - 1  # negative int64s as two's complement, as protobuf does
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _field_int(number: int, value: int) -> bytes:
    return _varint(number << 3) + _varint(value)


def _field_bytes(number: int, payload: bytes) -> bytes:
    return _varint(number << 3 | 2) + _varint(len(payload)) + payload


def _field_str(number: int, text: str) -> bytes:
    return _field_bytes(number, text.encode("utf-8"))


def _field_float(number: int, value: float) -> bytes:
    return _varint(number << 3 | 5) + struct.pack("<f", value)


def _tensor(name: str, array: numpy.ndarray) -> bytes:
    """A TensorProto with raw little-endian data."""
    import numpy as np

    kind = {np.dtype(np.float32): _FLOAT, np.dtype(np.int64): _INT64}[array.dtype]
    dims = b"".join(_field_int(1, size) for size in array.shape)
    data = np.ascontiguousarray(array, dtype=array.dtype.newbyteorder("<")).tobytes()
    return dims + _field_int(2, kind) + _field_str(8, name) + _field_bytes(9, data)


def _attribute(name: str, value: float | int | tuple[int, ...]) -> bytes:
    if isinstance(value, tuple):
        ints = b"".join(_field_int(8, v) for v in value)
        return _field_str(1, name) + ints + _field_int(20, _ATTR_INTS)
    if isinstance(value, float):
        return _field_str(1, name) + _field_float(2, value) + _field_int(20, _ATTR_FLOAT)
    return _field_str(1, name) + _field_int(3, value) + _field_int(20, _ATTR_INT)


def _value_info(name: str, elem_type: int, dims: Iterable[int | str]) -> bytes:
    shape = b"".join(
        _field_bytes(1, _field_str(2, d) if isinstance(d, str) else _field_int(1, d)) for d in dims
    )
    tensor_type = _field_int(1, elem_type) + _field_bytes(2, shape)
    return _field_str(1, name) + _field_bytes(2, _field_bytes(1, tensor_type))


class _Graph:
    """Collects nodes and initializers; names every intermediate value uniquely."""

    def __init__(self) -> None:
        self.nodes: list[bytes] = []
        self.initializers: list[bytes] = []
        self._count = 0

    def constant(self, name: str, array: numpy.ndarray) -> str:
        self.initializers.append(_tensor(name, array))
        return name

    def op(self, op_type: str, *inputs: str, **attributes: float | int | tuple[int, ...]) -> str:
        self._count += 1
        output = f"{op_type.lower()}_{self._count}"
        node = b"".join(_field_str(1, name) for name in inputs)
        node += _field_str(2, output) + _field_str(3, output) + _field_str(4, op_type)
        node += b"".join(_field_bytes(5, _attribute(key, value)) for key, value in sorted(attributes.items()))
        self.nodes.append(node)
        return output

    def serialise(self, inputs: list[bytes], outputs: list[bytes], name: str) -> bytes:
        graph = b"".join(_field_bytes(1, node) for node in self.nodes)
        graph += _field_str(2, name)
        graph += b"".join(_field_bytes(5, tensor) for tensor in self.initializers)
        graph += b"".join(_field_bytes(11, value) for value in inputs)
        graph += b"".join(_field_bytes(12, value) for value in outputs)
        opset = _field_str(1, "") + _field_int(2, _OPSET)
        return (
            _field_int(1, _IR_VERSION)
            + _field_str(2, "claimcheck")
            + _field_str(3, str(GRAPH_VERSION))
            + _field_bytes(7, graph)
            + _field_bytes(8, opset)
        )


# ---------------------------------------------------------------------------- graph


def encoder_graph(weights: Mapping[str, numpy.ndarray], config: Mapping[str, object]) -> bytes:
    """Serialise the encoder of a BERT model as an ONNX graph.

    Args:
        weights: The derived ``model.safetensors`` tensors by name (``transformers``' BERT names).
        config: The derived ``config.json`` (hidden size, layers, heads, epsilon).

    Returns:
        The ``.onnx`` file's bytes. Inputs: ``inputs`` (batch, tokens, hidden) float32,
        the summed embeddings; ``mask`` (batch, tokens) float32, 1 for real tokens.
        Output: ``hidden`` (batch, tokens, hidden) float32.
    """
    import numpy as np

    hidden = int(config["hidden_size"])  # type: ignore[call-overload]
    layers = int(config["num_hidden_layers"])  # type: ignore[call-overload]
    heads = int(config["num_attention_heads"])  # type: ignore[call-overload]
    eps = float(config["layer_norm_eps"])  # type: ignore[arg-type]
    head_size = hidden // heads
    g = _Graph()

    def weight(name: str, transpose: bool = False) -> str:
        array = np.asarray(weights[name], dtype=np.float32)
        # torch Linear stores (out, in); MatMul wants (in, out).
        return g.constant(name, np.ascontiguousarray(array.T) if transpose else array)

    def linear(x: str, prefix: str) -> str:
        return g.op("Add", g.op("MatMul", x, weight(f"{prefix}.weight", transpose=True)), weight(f"{prefix}.bias"))

    def layer_norm(x: str, prefix: str) -> str:
        return g.op("LayerNormalization", x, weight(f"{prefix}.weight"), weight(f"{prefix}.bias"), axis=-1, epsilon=eps)

    scalar: dict[str, numpy.ndarray] = {
        "one": np.array(1.0, dtype=np.float32),
        "lowest": np.array(np.finfo(np.float32).min, dtype=np.float32),
        "scaling": np.array(head_size**-0.5, dtype=np.float32),
        "sqrt_two": np.array(math.sqrt(2.0), dtype=np.float32),
        "half": np.array(0.5, dtype=np.float32),
        "mask_axes": np.array([1, 2], dtype=np.int64),
        "split_heads": np.array([0, 0, heads, head_size], dtype=np.int64),
        "merge_heads": np.array([0, 0, hidden], dtype=np.int64),
    }
    c = {key: g.constant(key, value) for key, value in scalar.items()}

    # (1 - mask) * lowest, broadcast over heads and query positions: BertModel's additive mask.
    bias = g.op("Mul", g.op("Sub", c["one"], g.op("Unsqueeze", "mask", c["mask_axes"])), c["lowest"])
    x = layer_norm("inputs", "embeddings.LayerNorm")
    for n in range(layers):
        p = f"encoder.layer.{n}"
        q = g.op("Transpose", g.op("Reshape", linear(x, f"{p}.attention.self.query"), c["split_heads"]), perm=(0, 2, 1, 3))
        k = g.op("Transpose", g.op("Reshape", linear(x, f"{p}.attention.self.key"), c["split_heads"]), perm=(0, 2, 3, 1))
        v = g.op("Transpose", g.op("Reshape", linear(x, f"{p}.attention.self.value"), c["split_heads"]), perm=(0, 2, 1, 3))
        scores = g.op("Add", g.op("Mul", g.op("MatMul", q, k), c["scaling"]), bias)
        context = g.op("MatMul", g.op("Softmax", scores, axis=-1), v)
        context = g.op("Reshape", g.op("Transpose", context, perm=(0, 2, 1, 3)), c["merge_heads"])
        x = layer_norm(g.op("Add", linear(context, f"{p}.attention.output.dense"), x), f"{p}.attention.output.LayerNorm")
        inner = linear(x, f"{p}.intermediate.dense")
        # x * 0.5 * (1 + erf(x / sqrt 2)), in the order ONNX Runtime fuses into one Gelu.
        erf = g.op("Add", g.op("Erf", g.op("Div", inner, c["sqrt_two"])), c["one"])
        gelu = g.op("Mul", g.op("Mul", inner, erf), c["half"])
        x = layer_norm(g.op("Add", linear(gelu, f"{p}.output.dense"), x), f"{p}.output.LayerNorm")
    g.nodes.append(_field_str(1, x) + _field_str(2, "hidden") + _field_str(3, "output") + _field_str(4, "Identity"))
    inputs = [
        _value_info("inputs", _FLOAT, ("batch", "tokens", hidden)),
        _value_info("mask", _FLOAT, ("batch", "tokens")),
    ]
    outputs = [_value_info("hidden", _FLOAT, ("batch", "tokens", hidden))]
    return g.serialise(inputs, outputs, "claimcheck-encoder")
