"""The default model's tokenizer in plain Python: a SentencePiece Unigram model, ids only.

The ``tokenizers`` library builds its Unigram model and trie from ``tokenizer.json``
in about 0.8 s and holds about 260 MB for this 250k-piece vocabulary: more than the
rest of a cold ``compare``. Embedding needs only ids, so this reads a compact copy of
the same vocabulary (``claimcheck-unigram.bin``, derived beside ``tokenizer.json``)
in under 0.1 s into one dict, and segments with the same Viterbi search.

It reproduces ``tokenizers`` step for step, ties included, so the ids are the same
(tests/test_unigram.py compares them on every fixture sentence and on generated
text):

1. special tokens written literally in the text (``<s>``, ``<mask>``) are split out;
2. each other segment is normalised: the per-codepoint map (SentencePiece's
   ``precompiled_charsmap``), applied as ``tokenizers`` applies it (a grapheme
   shorter than 6 UTF-8 bytes whose first codepoint is mapped is replaced whole),
   then runs of spaces collapsed to one;
3. spaces become ``▁``, one ``▁`` is prepended, and the text is split before each
   ``▁``;
4. each word is segmented by the best-scoring path over the vocabulary; a character
   no piece starts with costs the lowest score minus 10, and adjacent unknown
   characters make one ``<unk>``;
5. ``<s>`` ... ``</s>`` around at most ``max_length - 2`` ids.

File layout: ``CCUNIGRAM1`` newline, a little-endian u32 and that many bytes of JSON
(ids of the specials, ``max_length``, ``count``, the normalisation map), ``count``
little-endian float64 scores, then the pieces in id order, UTF-8, joined by newlines
(no piece contains one: the normalisation turns line breaks into spaces).
"""

from __future__ import annotations

import json
import re
import struct
import unicodedata
from array import array
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from ..embedder import EmbeddingError
from .per_file import PerFile

__all__ = ["UNIGRAM_FILE", "UnigramTokenizer", "load_unigram", "parse_unigram", "unigram_bytes"]

UNIGRAM_FILE = "claimcheck-unigram.bin"
"""Name of the compact vocabulary file in a derived model folder."""

_MAGIC = b"CCUNIGRAM1\n"
_SPACE = "▁"
# tokenizers (like SentencePiece) scores a character no piece covers this far below
# the least likely piece.
_UNKNOWN_PENALTY = 10.0
# Grapheme extenders the normaliser looks through: combining and enclosing marks,
# spacing marks of the Indic and other abugidas, joiners, variation selectors.
_EXTENDING = frozenset({"Mn", "Me", "Mc"})
_JOINERS = frozenset("\u200c\u200d")
_CONTROL = frozenset({"Cc", "Cf", "Zl", "Zp"})
# Spacing marks that Unicode files under "Lo" (Thai SARA AM, Lao AM).
_SPACING_LETTERS = frozenset("\u0e33\u0eb3")
_SPACES = re.compile(" {2,}")


def unigram_bytes(
    pieces: Sequence[str],
    scores: Sequence[float],
    normalisation: Mapping[str, str],
    specials: Mapping[str, int],
    max_length: int,
) -> bytes:
    """Serialise a Unigram vocabulary in the layout :func:`load_unigram` reads.

    Args:
        pieces: The pieces, in id order.
        scores: Their log-probabilities.
        normalisation: Codepoint -> replacement (empty string = drop).
        specials: ``bos``, ``eos``, ``pad``, ``unk`` and optionally ``mask`` -> id.
        max_length: Most ids per text, the two specials included.
    """
    if len(pieces) != len(scores):
        raise ValueError("pieces and scores differ in length")
    if any("\n" in piece for piece in pieces):
        raise ValueError("a piece contains a line break")
    header = json.dumps(
        {"specials": dict(specials), "max_length": max_length, "count": len(pieces), "normalisation": dict(normalisation)},
        ensure_ascii=False,
        sort_keys=True,
    ).encode("utf-8")
    return b"".join(
        (
            _MAGIC,
            struct.pack("<I", len(header)),
            header,
            struct.pack(f"<{len(scores)}d", *scores),
            "\n".join(pieces).encode("utf-8"),
        )
    )


class UnigramTokenizer:
    """Text -> ids for a SentencePiece Unigram vocabulary, as ``tokenizers`` computes them."""

    def __init__(
        self,
        pieces: Sequence[str],
        scores: Sequence[float],
        normalisation: Mapping[str, str],
        specials: Mapping[str, int],
        max_length: int,
    ) -> None:
        self._ids = dict(zip(pieces, range(len(pieces)), strict=True))
        self._scores = scores
        self._normalisation = dict(normalisation)
        self.bos, self.eos, self.pad, self.unk = (int(specials[k]) for k in ("bos", "eos", "pad", "unk"))
        self.max_length = max_length
        self._longest = max(map(len, pieces))
        self._unknown_score = min(scores) - _UNKNOWN_PENALTY
        literal = {pieces[i]: i for i in (self.bos, self.eos, self.pad, self.unk, specials.get("mask")) if i is not None}
        self._literal = literal
        # Longest first, as the added-token matcher prefers the longest match.
        self._literal_re = re.compile("|".join(re.escape(t) for t in sorted(literal, key=len, reverse=True)))
        # A codepoint mapped to itself would make the fast path miss its grapheme rule.
        self._identities = any(char == replacement for char, replacement in self._normalisation.items())
        self._table = {ord(char): replacement for char, replacement in self._normalisation.items()}
        self._cache: dict[str, tuple[int, ...]] = {}

    def __len__(self) -> int:
        return len(self._ids)

    def encode(self, text: str) -> list[int]:
        """The ids ``<s> ... </s>`` of ``text``, truncated to :attr:`max_length`."""
        ids = self.piece_ids(text)
        return [self.bos, *ids[: self.max_length - 2], self.eos]

    def encode_batch(self, texts: Iterable[str]) -> list[list[int]]:
        """:meth:`encode` for each text."""
        return [self.encode(text) for text in texts]

    def piece_ids(self, text: str) -> list[int]:
        """The ids of ``text`` without the surrounding specials and without truncation."""
        ids: list[int] = []
        start = 0
        for match in self._literal_re.finditer(text):
            self._segment(text[start : match.start()], ids)
            ids.append(self._literal[match.group()])
            start = match.end()
        self._segment(text[start:], ids)
        return ids

    def _segment(self, text: str, ids: list[int]) -> None:
        normalised = self.normalise(text)
        if not normalised:
            return
        spaced = normalised.replace(" ", _SPACE)
        if not spaced.startswith(_SPACE):
            spaced = _SPACE + spaced
        cache = self._cache
        for word in spaced.split(_SPACE)[1:]:
            word = _SPACE + word
            found = cache.get(word)
            if found is None:
                found = self._viterbi(word)
                if len(cache) < 200_000:
                    cache[word] = found
            ids.extend(found)

    def normalise(self, text: str) -> str:
        """The per-codepoint map as ``tokenizers`` applies it, then runs of spaces collapsed."""
        mapped = text.translate(self._table)
        if mapped == text and not self._identities:  # nothing to map: the common case
            return _SPACES.sub(" ", text)
        table = self._normalisation
        pieces: list[str] = []
        done = 0
        for index in [i for i, char in enumerate(text) if char in table]:
            if index < done or _extends(text, index):
                continue
            # tokenizers maps grapheme by grapheme: a cluster shorter than 6 UTF-8 bytes
            # that starts with a mapped codepoint is replaced whole by its replacement;
            # any other is mapped codepoint by codepoint.
            end = _grapheme_end(text, index)
            if end - index > 1 and len(text[index:end].encode("utf-8")) < 6:
                pieces.append(text[done:index].translate(self._table))
                pieces.append(self._normalisation[text[index]])
                done = end
        pieces.append(text[done:].translate(self._table))
        return _SPACES.sub(" ", "".join(pieces))

    def _viterbi(self, word: str) -> tuple[int, ...]:
        ids, scores, unknown_score, unk = self._ids, self._scores, self._unknown_score, self.unk
        length = len(word)
        best = [0.0] * (length + 1)
        # back[end] = (start, id) of the best last piece ending at ``end``; id -1 = unknown.
        back: list[tuple[int, int] | None] = [None] * (length + 1)
        for start in range(length):
            here = best[start]
            single = False
            for end in range(start + 1, min(length, start + self._longest) + 1):
                piece = ids.get(word[start:end])
                if piece is None:
                    continue
                if end == start + 1:
                    single = True
                candidate = here + scores[piece]
                if back[end] is None or candidate > best[end]:
                    best[end], back[end] = candidate, (start, piece)
            if not single:
                candidate = here + unknown_score
                if back[start + 1] is None or candidate > best[start + 1]:
                    best[start + 1], back[start + 1] = candidate, (start, -1)
        path: list[int] = []
        end = length
        while end > 0:
            step = back[end]
            assert step is not None  # every position is reached: unknown characters bridge gaps
            end, piece = step
            # Adjacent unknown characters are one <unk>.
            if piece == -1 and path and path[-1] == -1:
                continue
            path.append(piece)
        return tuple(unk if piece == -1 else piece for piece in reversed(path))


def _extending(char: str) -> bool:
    """Whether ``char`` continues the grapheme before it (Extend, ZWJ or SpacingMark)."""
    code = ord(char)
    return (
        char in _JOINERS
        or char in _SPACING_LETTERS
        or unicodedata.category(char) in _EXTENDING
        or 0xFE00 <= code <= 0xFE0F  # variation selectors
        or 0xFF9E <= code <= 0xFF9F  # halfwidth katakana sound marks
        or 0x1F3FB <= code <= 0x1F3FF  # skin-tone modifiers
        or 0xE0020 <= code <= 0xE007F  # tags
        or 0xE0100 <= code <= 0xE01EF  # variation selectors supplement
    )


def _control(char: str) -> bool:
    return char not in _JOINERS and unicodedata.category(char) in _CONTROL


def _extends(text: str, index: int) -> bool:
    """Whether ``text[index]`` continues a grapheme that began before it."""
    if index == 0:
        return False
    if text[index - 1] == "\r":
        return text[index] == "\n"
    return _extending(text[index]) and not _control(text[index - 1])


def _grapheme_end(text: str, index: int) -> int:
    """End of the extended grapheme cluster starting at ``index`` (the cases that occur in news text)."""
    if text.startswith("\r\n", index):
        return index + 2
    end = index + 1
    if _control(text[index]):
        return end  # nothing extends a control character
    while end < len(text) and _extending(text[end]):
        end += 1
    return end


_LOADED: PerFile[UnigramTokenizer] = PerFile()


def load_unigram(path: Path) -> UnigramTokenizer:
    """The tokenizer in ``path`` (a :data:`UNIGRAM_FILE`), read once per process (again if the file changes)."""
    resolved = path.resolve()
    return _LOADED.get(resolved, lambda: parse_unigram(resolved.read_bytes(), str(resolved)))


def parse_unigram(data: bytes, name: str = "the vocabulary") -> UnigramTokenizer:
    """A tokenizer from the bytes of a :data:`UNIGRAM_FILE` (``name`` is for the error message)."""
    broken = f"{name} is not a claimcheck vocabulary file; rebuild the model with `claimcheck models install --force`"
    if not data.startswith(_MAGIC):
        raise EmbeddingError(broken)
    try:
        offset = len(_MAGIC)
        (size,) = struct.unpack_from("<I", data, offset)
        offset += 4
        header = json.loads(data[offset : offset + size])
        offset += size
        count = int(header["count"])
        scores = array("d")
        scores.frombytes(data[offset : offset + 8 * count])
        if scores.itemsize != 8 or len(scores) != count:
            raise ValueError("short score table")
        if struct.pack("=d", 1.0) != struct.pack("<d", 1.0):  # pragma: no cover - big-endian hosts
            scores.byteswap()
        pieces = data[offset + 8 * count :].decode("utf-8").split("\n")
        if len(pieces) != count:
            raise ValueError("piece count differs from the header")
        return UnigramTokenizer(pieces, scores, header["normalisation"], header["specials"], int(header["max_length"]))
    except (ValueError, KeyError, TypeError, struct.error, UnicodeDecodeError) as exc:
        raise EmbeddingError(f"{broken} ({exc})") from exc
