"""The tagger's head in numpy: a layer mix, a one-layer BiLSTM, a linear layer, and
BIO-constrained Viterbi decoding. Weights come from ``training/train_tagger.py``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

ROLES = ("source", "cue", "content")
TAGS = ("O", *(f"{p}-{r}" for r in ROLES for p in ("B", "I")))
"""One label set for the three roles: in PolNeAR a token belongs to at most one span."""


def allowed_transitions() -> np.ndarray:
    """``(tags + 1, tags)``: which tag may follow which (the last row is the start).

    I-role only continues B-role or I-role of the same role; anything may follow O or end.
    """
    n = len(TAGS)
    ok = np.ones((n + 1, n), dtype=bool)
    for j, tag in enumerate(TAGS):
        if tag.startswith("I-"):
            role = tag[2:]
            for i in range(n + 1):
                ok[i, j] = i < n and TAGS[i] in (f"B-{role}", f"I-{role}")
    return ok


_ALLOWED = allowed_transitions()


def viterbi(log_probs: np.ndarray) -> list[int]:
    """The best tag sequence under the BIO constraints (no I- without its B-)."""
    n_words, n_tags = log_probs.shape
    if n_words == 0:
        return []
    penalty = np.where(_ALLOWED, 0.0, -np.inf)
    score = penalty[-1] + log_probs[0]
    back = np.zeros((n_words, n_tags), dtype=np.int64)
    for t in range(1, n_words):
        total = score[:, None] + penalty[:-1]
        back[t] = total.argmax(0)
        score = total.max(0) + log_probs[t]
    path = [int(score.argmax())]
    for t in range(n_words - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1]


def spans_of(tags: list[int]) -> list[tuple[str, int, int]]:
    """``(role, first word, last word + 1)`` for every B-/I- run."""
    out: list[tuple[str, int, int]] = []
    for i, t in enumerate(tags):
        name = TAGS[t]
        if name.startswith("B-"):
            out.append((name[2:], i, i + 1))
        elif name.startswith("I-") and out and out[-1][0] == name[2:] and out[-1][2] == i:
            out[-1] = (out[-1][0], out[-1][1], i + 1)
    return out


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


@dataclass(frozen=True)
class Head:
    """The trained head's arrays (names as the training script saves them)."""

    mix: np.ndarray
    """``(layers,)`` softmax-normalised layer weights, the scale folded in."""
    forward: tuple[np.ndarray, np.ndarray, np.ndarray]
    """Forward LSTM: ``W_ih (4h, d)``, ``W_hh (4h, h)``, bias ``(4h,)`` (torch's i, f, g, o order)."""
    backward: tuple[np.ndarray, np.ndarray, np.ndarray]
    """Backward LSTM, likewise."""
    out_weight: np.ndarray
    """``(tags, 2h)``."""
    out_bias: np.ndarray
    """``(tags,)``."""

    @classmethod
    def from_arrays(cls, a: Mapping[str, np.ndarray]) -> Head:
        return cls(
            mix=np.asarray(a["mix"], np.float32),
            forward=(np.asarray(a["lstm_w_ih"], np.float32), np.asarray(a["lstm_w_hh"], np.float32),
                     np.asarray(a["lstm_b"], np.float32)),
            backward=(np.asarray(a["lstm_w_ih_reverse"], np.float32), np.asarray(a["lstm_w_hh_reverse"], np.float32),
                      np.asarray(a["lstm_b_reverse"], np.float32)),
            out_weight=np.asarray(a["out_w"], np.float32),
            out_bias=np.asarray(a["out_b"], np.float32),
        )

    @staticmethod
    def _lstm(x: np.ndarray, w_ih: np.ndarray, w_hh: np.ndarray, b: np.ndarray) -> np.ndarray:
        h_size = w_hh.shape[1]
        gates_x = x @ w_ih.T + b  # the input part of every step at once
        h = np.zeros(h_size, np.float32)
        c = np.zeros(h_size, np.float32)
        out = np.empty((x.shape[0], h_size), np.float32)
        for t in range(x.shape[0]):
            g = gates_x[t] + w_hh @ h
            i, f, cell, o = _sigmoid(g[:h_size]), _sigmoid(g[h_size:2 * h_size]), np.tanh(g[2 * h_size:3 * h_size]), _sigmoid(g[3 * h_size:])
            c = f * c + i * cell
            h = o * np.tanh(c)
            out[t] = h
        return out

    def log_probs(self, features: np.ndarray) -> np.ndarray:
        """``(words, layers, dim)`` encoder states -> ``(words, tags)`` log probabilities."""
        x = np.einsum("l,wld->wd", self.mix, features.astype(np.float32))
        fwd = self._lstm(x, *self.forward)
        bwd = self._lstm(x[::-1], *self.backward)[::-1]
        logits = np.concatenate([fwd, bwd], axis=1) @ self.out_weight.T + self.out_bias
        logits = logits - logits.max(1, keepdims=True)
        return logits - np.log(np.exp(logits).sum(1, keepdims=True))

    def tag(self, features: np.ndarray) -> list[tuple[str, int, int]]:
        """Role spans over the words: ``(role, first word, last word + 1)``."""
        return spans_of(viterbi(self.log_probs(features)))
