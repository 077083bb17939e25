"""The tagger's head in numpy: a layer mix, a stacked BiLSTM, a linear layer, and
BIO-constrained Viterbi decoding (with a CRF's learned transition scores where the
weights carry them). Weights come from ``training/train_tagger.py``; several heads
trained alike with different seeds vote as one :class:`HeadEnsemble`
(``training/ensemble.py`` packs them into one file)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

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


def _transition_scores(transitions: np.ndarray | None) -> np.ndarray:
    """``(tags + 1, tags)``: the BIO constraints (-inf where forbidden) plus a CRF's
    learned transition scores, if any."""
    penalty = np.where(_ALLOWED, 0.0, -np.inf)
    return penalty + transitions if transitions is not None else penalty


def viterbi(scores: np.ndarray, transitions: np.ndarray | None = None, ends: np.ndarray | None = None) -> list[int]:
    """The best tag sequence under the BIO constraints (no I- without its B-).

    Args:
        scores: ``(words, tags)`` per-word scores (log probabilities, or a CRF's emissions).
        transitions: ``(tags + 1, tags)`` learned scores of tag j after tag i (the last
            row: j first), added to the constraints; ``None``: none (a softmax head).
        ends: ``(tags,)`` learned scores of ending on each tag; ``None``: none.
    """
    n_words, n_tags = scores.shape
    if n_words == 0:
        return []
    penalty = _transition_scores(transitions)
    score = penalty[-1] + scores[0]
    back = np.zeros((n_words, n_tags), dtype=np.int64)
    for t in range(1, n_words):
        total = score[:, None] + penalty[:-1]
        back[t] = total.argmax(0)
        score = total.max(0) + scores[t]
    if ends is not None:
        score = score + ends
    path = [int(score.argmax())]
    for t in range(n_words - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1]


def _logsumexp(x: np.ndarray, axis: int) -> np.ndarray:
    top = x.max(axis=axis, keepdims=True)
    top = np.where(np.isfinite(top), top, 0.0)
    with np.errstate(divide="ignore"):
        return np.squeeze(top, axis=axis) + np.log(np.exp(x - top).sum(axis=axis))


def marginals(scores: np.ndarray, transitions: np.ndarray | None = None, ends: np.ndarray | None = None) -> np.ndarray:
    """``(words, tags)``: each word's probability of each tag over all tag sequences
    (forward-backward under the same constraints and scores :func:`viterbi` maximises)."""
    n_words, n_tags = scores.shape
    penalty = _transition_scores(transitions)
    last = np.zeros(n_tags) if ends is None else ends
    forward = np.empty((n_words, n_tags))
    backward = np.empty((n_words, n_tags))
    if n_words == 0:
        return forward
    forward[0] = penalty[-1] + scores[0]
    for t in range(1, n_words):
        forward[t] = _logsumexp(forward[t - 1][:, None] + penalty[:-1], axis=0) + scores[t]
    backward[-1] = last
    for t in range(n_words - 2, -1, -1):
        backward[t] = _logsumexp(penalty[:-1] + (scores[t + 1] + backward[t + 1])[None, :], axis=1)
    total = _logsumexp(forward[-1] + last, axis=0)
    return np.exp(forward + backward - total)


def role_confidence(probabilities: np.ndarray, role: str, start: int, end: int) -> float:
    """The mean probability, over words ``start:end``, that a word is in a span of ``role``
    (``probabilities``: :func:`marginals`)."""
    columns = [TAGS.index(f"B-{role}"), TAGS.index(f"I-{role}")]
    return float(probabilities[start:end, columns].sum(axis=1).mean())


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


LSTMWeights = tuple[np.ndarray, np.ndarray, np.ndarray]
"""``W_ih (4h, d)``, ``W_hh (4h, h)``, bias ``(4h,)`` (torch's i, f, g, o gate order)."""


def _lstm_arrays(a: Mapping[str, np.ndarray], layer: int, suffix: str) -> LSTMWeights:
    # Layer 0 keeps the names of the first (one-layer) weights; layer k adds "_l<k>".
    tag = "" if layer == 0 else f"_l{layer}"
    return (np.asarray(a[f"lstm_w_ih{tag}{suffix}"], np.float32), np.asarray(a[f"lstm_w_hh{tag}{suffix}"], np.float32),
            np.asarray(a[f"lstm_b{tag}{suffix}"], np.float32))


@dataclass(frozen=True)
class Head:
    """The trained head's arrays (names as the training script saves them)."""

    mix: np.ndarray
    """``(layers,)`` softmax-normalised layer weights, the scale folded in."""
    lstm: tuple[tuple[LSTMWeights, LSTMWeights], ...]
    """Per BiLSTM layer, bottom first: its forward and backward weights."""
    out_weight: np.ndarray
    """``(tags, 2h)``."""
    out_bias: np.ndarray
    """``(tags,)``."""
    transitions: np.ndarray | None = None
    """``(tags + 1, tags)`` a CRF's transition scores (the last row: the first tag); ``None``: a softmax head."""
    ends: np.ndarray | None = None
    """``(tags,)`` a CRF's scores of the last tag."""

    @classmethod
    def from_arrays(cls, a: Mapping[str, np.ndarray]) -> Head:
        n_layers = 1
        while f"lstm_w_ih_l{n_layers}" in a:
            n_layers += 1
        crf = "transitions" in a
        return cls(
            mix=np.asarray(a["mix"], np.float32),
            lstm=tuple((_lstm_arrays(a, k, ""), _lstm_arrays(a, k, "_reverse")) for k in range(n_layers)),
            out_weight=np.asarray(a["out_w"], np.float32),
            out_bias=np.asarray(a["out_b"], np.float32),
            transitions=np.asarray(a["transitions"], np.float32) if crf else None,
            ends=np.asarray(a["ends"], np.float32) if crf else None,
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
        """``(words, layers, dim)`` encoder states -> ``(words, tags)`` log probabilities
        (of each word on its own: a CRF head's emissions, normalised per word, which
        leaves Viterbi's path as it was)."""
        x = np.einsum("l,wld->wd", self.mix, features.astype(np.float32))
        for forward, backward in self.lstm:
            fwd = self._lstm(x, *forward)
            bwd = self._lstm(x[::-1], *backward)[::-1]
            x = np.concatenate([fwd, bwd], axis=1)
        logits = x @ self.out_weight.T + self.out_bias
        logits = logits - logits.max(1, keepdims=True)
        return logits - np.log(np.exp(logits).sum(1, keepdims=True))

    def decode(self, scores: np.ndarray) -> list[tuple[str, int, int]]:
        """Role spans from ``(words, tags)`` scores, by Viterbi with this head's transitions."""
        return spans_of(viterbi(scores, self.transitions, self.ends))

    def tag(self, features: np.ndarray) -> list[tuple[str, int, int]]:
        """Role spans over the words: ``(role, first word, last word + 1)``."""
        return self.decode(self.log_probs(features))

    def tag_scored(self, features: np.ndarray) -> list[tuple[str, int, int, float]]:
        """:meth:`tag`'s spans, each with :func:`role_confidence` under this head's CRF."""
        return _scored(self.log_probs(features), self.transitions, self.ends)


def _scored(scores: np.ndarray, transitions: np.ndarray | None, ends: np.ndarray | None) -> list[tuple[str, int, int, float]]:
    probabilities = marginals(scores, transitions, ends)
    return [(role, a, z, role_confidence(probabilities, role, a, z))
            for role, a, z in spans_of(viterbi(scores, transitions, ends))]


MEMBER = "member{}/"
"""Prefix of an ensemble member's arrays in one weights file."""


@dataclass(frozen=True)
class HeadEnsemble:
    """Heads trained alike from different seeds, read as one: the mean of their per-word
    log probabilities, decoded with the mean of their transition scores.

    Averaging the members' scores evens out what one seed's run happened to learn (one
    run's content F1 moves about 0.01 from epoch to epoch); the cost is one head pass per
    member, small beside the encoder's pass they share.
    """

    members: tuple[Head, ...]

    @classmethod
    def from_arrays(cls, a: Mapping[str, np.ndarray]) -> Head | HeadEnsemble:
        """One :class:`Head`, or an ensemble where the arrays carry ``member<k>/`` prefixes."""
        if MEMBER.format(0) + "mix" not in a:
            return Head.from_arrays(a)
        members: list[Head] = []
        while MEMBER.format(len(members)) + "mix" in a:
            prefix = MEMBER.format(len(members))
            members.append(Head.from_arrays({k[len(prefix):]: v for k, v in a.items() if k.startswith(prefix)}))
        return cls(tuple(members))

    @cached_property
    def transitions(self) -> np.ndarray | None:
        found = [m.transitions for m in self.members if m.transitions is not None]
        return np.mean(found, axis=0) if found else None

    @cached_property
    def ends(self) -> np.ndarray | None:
        found = [m.ends for m in self.members if m.ends is not None]
        return np.mean(found, axis=0) if found else None

    def log_probs(self, features: np.ndarray) -> np.ndarray:
        """The members' per-word log probabilities, averaged."""
        return np.mean([m.log_probs(features) for m in self.members], axis=0)

    def decode(self, scores: np.ndarray) -> list[tuple[str, int, int]]:
        return spans_of(viterbi(scores, self.transitions, self.ends))

    def tag(self, features: np.ndarray) -> list[tuple[str, int, int]]:
        return self.decode(self.log_probs(features))

    def tag_scored(self, features: np.ndarray) -> list[tuple[str, int, int, float]]:
        return _scored(self.log_probs(features), self.transitions, self.ends)
