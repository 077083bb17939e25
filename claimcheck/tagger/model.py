"""Loading the shipped tagger (sha256-checked) and tagging token sequences."""

from __future__ import annotations

import hashlib
import threading
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from ..errors import ModelError
from .head import TAGS, Head, HeadEnsemble
from .text import chunks, first_pieces

MANIFEST = "attribution-tagger.toml"
_CHECKOUT_MODELS_DIR = Path(__file__).resolve().parent.parent.parent / "models"


@dataclass(frozen=True)
class TaggedSpan:
    """One span the tagger found, over the caller's tokens."""

    role: str
    """``source``, ``cue`` or ``content``."""
    start: int
    """Index of its first token."""
    end: int
    """Index after its last token (a Python slice, as spaCy's ``doc[start:end]``)."""
    confidence: float = 1.0
    """The mean probability, over its tokens, that a token is in a span of its role
    (the CRF's marginals: low where other tag sequences score nearly as well)."""


def _manifest_path() -> Path:
    checkout = _CHECKOUT_MODELS_DIR / MANIFEST
    if checkout.is_file():
        return checkout
    from importlib import resources

    packaged = resources.files("claimcheck").joinpath("_models").joinpath(MANIFEST)
    if packaged.is_file():
        return Path(str(packaged))
    raise ModelError(f"no manifest for the attribution tagger (looked for {checkout}); reinstall claimcheck")


def load_manifest() -> dict[str, Any]:
    """The tagger's manifest (weights file, sha256, encoder, training record)."""
    path = _manifest_path()
    try:
        return tomllib.loads(path.read_text(encoding="utf-8")) | {"_path": path}
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ModelError(f"malformed tagger manifest {path}: {exc}") from exc


class Tagger:
    """The head and the encoder it reads; build it with :func:`load_tagger`."""

    def __init__(self, head: Head | HeadEnsemble, encoder: Any = None, batch: int = 8) -> None:
        self.head = head
        self._encoder = encoder
        self.batch = batch

    @cached_property
    def encoder(self) -> Any:
        """The encoder, loaded on first use (the numpy one unless another was given)."""
        if self._encoder is None:
            from .encoder import NumpyEncoder

            self._encoder = NumpyEncoder()
        return self._encoder

    def tag_text(self, text: str, tokens: Sequence[tuple[int, int]]) -> list[TaggedSpan]:
        """Spans over ``tokens`` (character spans into ``text``, in order).

        The encoder reads ``text`` itself in chunks of whole paragraphs (as in training),
        so pass the largest unit at hand: a paragraph or a whole article tags better than
        a lone sentence, because a quote's source is often a sentence away.
        """
        keep = [i for i, (s, e) in enumerate(tokens) if text[s:e].strip()]  # spaCy's "\n" tokens: never tagged
        spans: list[TaggedSpan] = []
        pieces = self.encoder.count_pieces
        parts = chunks(text, pieces)
        work = []
        k = 0
        for cs, ce in parts:
            mine = []
            while k < len(keep) and tokens[keep[k]][0] < ce:
                if tokens[keep[k]][1] > cs:
                    mine.append(keep[k])
                k += 1
            if mine:
                work.append((cs, ce, mine))
        for b in range(0, len(work), self.batch):
            group = work[b:b + self.batch]
            encoded = self.encoder.encode([text[cs:ce] for cs, ce, _ in group])
            for (cs, _ce, mine), (offsets, states) in zip(group, encoded, strict=True):
                local = [(max(tokens[i][0], cs) - cs, tokens[i][1] - cs) for i in mine]
                rows = first_pieces(offsets, local)
                features = states[:, rows, :].transpose(1, 0, 2)
                for role, a, z, confidence in self.head.tag_scored(features):
                    spans.append(TaggedSpan(role, mine[a], mine[z - 1] + 1, confidence))
        return spans


_LOCK = threading.Lock()
_TAGGER: Tagger | None = None


def load_tagger(encoder: Any = None) -> Tagger:
    """The shipped tagger, its weights checked against the manifest's sha256 (cached).

    Args:
        encoder: An :class:`~claimcheck.tagger.encoder.Encoder` to read states from
            (default: the numpy one over the derived default model).

    Raises:
        ModelError: the weights are missing, altered, or for other tags.
    """
    global _TAGGER
    import numpy as np

    with _LOCK:
        if _TAGGER is not None and encoder is None:
            return _TAGGER
        manifest = load_manifest()
        path = Path(manifest["_path"]).parent / manifest["file"]
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ModelError(f"the tagger's weights {path} cannot be read ({exc.strerror}); reinstall claimcheck") from exc
        digest = hashlib.sha256(data).hexdigest()
        if digest != manifest["sha256"]:
            raise ModelError(f"{path} has sha256 {digest}, the manifest pins {manifest['sha256']}: reinstall claimcheck")
        if tuple(manifest["tags"]) != TAGS:
            raise ModelError(f"{path} was trained for tags {manifest['tags']}, this claimcheck reads {list(TAGS)}")
        import io

        with np.load(io.BytesIO(data)) as arrays:
            tagger = Tagger(HeadEnsemble.from_arrays(arrays), encoder)
        if encoder is None:
            _TAGGER = tagger
        return tagger


def tag_text(text: str, tokens: Sequence[tuple[int, int]]) -> list[TaggedSpan]:
    """:meth:`Tagger.tag_text` with the shipped tagger."""
    return load_tagger().tag_text(text, tokens)


def tag_sentences(sentences: Sequence[Sequence[str]], spaces: Sequence[Sequence[bool]] | None = None) -> list[list[TaggedSpan]]:
    """Tag token lists, one list of spans per sentence (token indices within it).

    The sentences are read together, as one text (context across them helps); a sentence
    is rebuilt from its tokens and ``spaces`` (spaCy's ``token.whitespace_``, one flag per
    token; default: a space after every token).
    """
    text_parts: list[str] = []
    tokens: list[tuple[int, int]] = []
    owner: list[tuple[int, int]] = []  # (sentence, index in it)
    position = 0
    for n, sentence in enumerate(sentences):
        flags = spaces[n] if spaces is not None else [True] * len(sentence)
        for i, (token, space) in enumerate(zip(sentence, flags, strict=True)):
            tokens.append((position, position + len(token)))
            owner.append((n, i))
            text_parts.append(token + (" " if space else ""))
            position += len(token) + (1 if space else 0)
        if text_parts and not text_parts[-1].endswith(" "):
            text_parts.append(" ")
            position += 1
    out: list[list[TaggedSpan]] = [[] for _ in sentences]
    for span in tag_text("".join(text_parts), tokens):
        first, last = owner[span.start], owner[span.end - 1]
        # A span across a sentence boundary is cut at it (callers work per sentence).
        end = last[1] + 1 if last[0] == first[0] else len(sentences[first[0]])
        out[first[0]].append(TaggedSpan(span.role, first[1], end, span.confidence))
    return out
