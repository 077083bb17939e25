"""Hidden states of the default encoder (multilingual-e5-small) for the tagger.

The tagger reads a few inner layers of the same encoder that embeds sentences, per word
piece. :class:`Encoder` is the small interface; :class:`NumpyEncoder` runs the derived
model's BERT layers in numpy (no torch at run time), :class:`TorchEncoder` runs them
with transformers (training, and a check that both agree).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

LAYERS = (4, 6, 8, 10, 12)
"""Hidden states kept (0 is the embedding layer, 12 the last): the tagger mixes them.
The last layer of a sentence-embedding model has lost most token-level detail."""


class Encoder(ABC):
    """Word pieces and per-layer hidden states of texts."""

    dim: int = 384

    def __init__(self, folder: Path | None = None) -> None:
        from tokenizers import Tokenizer

        from ..models import ensure_model

        self.folder = folder or ensure_model()
        self.tokenizer = Tokenizer.from_file(str(self.folder / "tokenizer.json"))
        self.tokenizer.no_truncation()
        self.tokenizer.no_padding()

    def count_pieces(self, text: str) -> int:
        """Word pieces of ``text`` without the two special tokens."""
        return len(self.tokenizer.encode(text, add_special_tokens=False).ids)

    def _pieces(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, list[list[tuple[int, int]]]]:
        encodings = self.tokenizer.encode_batch(list(texts))
        width = max(len(e.ids) for e in encodings)
        ids = np.full((len(texts), width), 1, dtype=np.int64)  # <pad> is 1 in XLM-R
        mask = np.zeros((len(texts), width), dtype=np.int64)
        for i, e in enumerate(encodings):
            ids[i, : len(e.ids)] = e.ids
            mask[i, : len(e.ids)] = 1
        return ids, mask, [list(e.offsets) for e in encodings]

    def encode(self, texts: Sequence[str]) -> list[tuple[list[tuple[int, int]], np.ndarray]]:
        """Per text: its pieces' character offsets and ``(len(LAYERS), pieces, dim)`` states.

        Texts must fit the encoder (512 pieces); callers cut them with
        :func:`claimcheck.tagger.text.chunks`.
        """
        if not texts:
            return []
        ids, mask, offsets = self._pieces(texts)
        states = self._forward(ids, mask)
        return [(offs, states[i, :, : len(offs), :]) for i, offs in enumerate(offsets)]

    @abstractmethod
    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """``(batch, len(LAYERS), pieces, dim)`` float32 hidden states."""


class TorchEncoder(Encoder):
    """The derived model through transformers (torch)."""

    def __init__(self, folder: Path | None = None, threads: int | None = None) -> None:
        super().__init__(folder)
        import torch
        from transformers import AutoModel

        if threads:
            torch.set_num_threads(threads)
        self._torch = torch
        self.model: Any = AutoModel.from_pretrained(str(self.folder), local_files_only=True).eval()

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        torch = self._torch
        with torch.inference_mode():
            out = self.model(input_ids=torch.from_numpy(ids), attention_mask=torch.from_numpy(mask),
                             output_hidden_states=True)
        return torch.stack([out.hidden_states[k] for k in LAYERS], dim=1).float().numpy()


def _safetensors_arrays(path: Path) -> dict[str, np.ndarray]:
    """The tensors of a safetensors file as read-only memory maps (no copy, no torch)."""
    import json
    import struct

    with path.open("rb") as handle:
        (length,) = struct.unpack("<Q", handle.read(8))
        header = json.loads(handle.read(length))
    dtypes = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
    data = np.memmap(path, dtype=np.uint8, mode="r", offset=8 + length)
    arrays = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        arrays[name] = data[start:end].view(dtypes[info["dtype"]]).reshape(info["shape"])
    return arrays


def _erf(x: np.ndarray) -> np.ndarray:
    """erf to 1.5e-7 (Abramowitz and Stegun 7.1.26): BERT's exact GELU without scipy."""
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return (sign * (1.0 - poly * np.exp(-a * a))).astype(np.float32)


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


class NumpyEncoder(Encoder):
    """The derived model's BERT layers in numpy: the tagger's run-time encoder, no torch.

    Only the layers up to ``max(LAYERS)`` run; weights are memory-mapped, so loading
    costs little beyond the tokenizer.
    """

    def __init__(self, folder: Path | None = None) -> None:
        import json

        super().__init__(folder)
        config = json.loads((self.folder / "config.json").read_text(encoding="utf-8"))
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config["layer_norm_eps"])
        self.dim = int(config["hidden_size"])
        w = _safetensors_arrays(self.folder / "model.safetensors")
        self.embed = (w["embeddings.word_embeddings.weight"], w["embeddings.position_embeddings.weight"],
                      w["embeddings.token_type_embeddings.weight"][0],
                      w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = []
        for i in range(max(LAYERS)):
            p = f"encoder.layer.{i}."
            # One (in, 3*out) matrix for query, key and value: one matmul instead of three.
            qkv_w = np.concatenate([w[p + f"attention.self.{n}.weight"].T for n in ("query", "key", "value")], axis=1)
            qkv_b = np.concatenate([w[p + f"attention.self.{n}.bias"] for n in ("query", "key", "value")])
            self.layers.append((
                np.ascontiguousarray(qkv_w), qkv_b,
                np.ascontiguousarray(w[p + "attention.output.dense.weight"].T), w[p + "attention.output.dense.bias"],
                w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"],
                np.ascontiguousarray(w[p + "intermediate.dense.weight"].T), w[p + "intermediate.dense.bias"],
                np.ascontiguousarray(w[p + "output.dense.weight"].T), w[p + "output.dense.bias"],
                w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"],
            ))

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        batch, width = ids.shape
        words, positions, token_type, ln_w, ln_b = self.embed
        x = words[ids] + positions[:width][None] + token_type
        x = _layer_norm(x.astype(np.float32), ln_w, ln_b, self.eps)
        # Padding keys get -inf-like scores, as transformers' extended attention mask does.
        bias = ((1 - mask[:, None, None, :]) * np.finfo(np.float32).min).astype(np.float32)
        head = self.dim // self.heads
        kept = {0: x} if 0 in LAYERS else {}
        for n, (qkv_w, qkv_b, o_w, o_b, l1w, l1b, i_w, i_b, f_w, f_b, l2w, l2b) in enumerate(self.layers, 1):
            qkv = (x @ qkv_w + qkv_b).reshape(batch, width, 3, self.heads, head).transpose(2, 0, 3, 1, 4)
            q, k, v = qkv[0], qkv[1], qkv[2]
            scores = q @ k.transpose(0, 1, 3, 2) / np.float32(np.sqrt(head)) + bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, width, self.dim)
            x = _layer_norm(context @ o_w + o_b + x, l1w, l1b, self.eps)
            hidden = x @ i_w + i_b
            hidden = 0.5 * hidden * (1.0 + _erf(hidden / np.float32(np.sqrt(2.0))))
            x = _layer_norm(hidden @ f_w + f_b + x, l2w, l2b, self.eps)
            if n in LAYERS:
                kept[n] = x
        return np.stack([kept[k] for k in LAYERS], axis=1).astype(np.float32)
