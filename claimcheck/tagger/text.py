"""Words and chunks: how the tagger cuts text before the encoder sees it.

The tagger labels *words* (its own regex split in training, the caller's tokens at run
time), reading each word's vector from the encoder's first word piece that overlaps it.
The encoder sees whole chunks of running text (paragraphs packed up to a piece budget),
never re-joined words, so the pieces it sees at run time are those it saw in training.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

# Letters/digits runs, or any single other non-space character: close to spaCy's split
# for English (it keeps "n't" apart, this splits "don’t" into don / ’ / t), and the
# tagger only needs the boundaries that annotators can choose between.
_WORD = re.compile(r"\w+|[^\w\s]")
_SENTENCE_END = re.compile(r"(?<=[.!?”\"’।॥۔؟])\s+")

MAX_PIECES = 256
"""Word pieces per chunk, special tokens included: attention is quadratic, and PolNeAR's
attributions rarely reach past a paragraph or two."""


def words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Character spans of the words of ``text[start:end]`` (offsets into ``text``)."""
    end = len(text) if end is None else end
    return [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans of the non-blank lines of ``text``."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


def chunks(text: str, count_pieces: Callable[[str], int], max_pieces: int = MAX_PIECES) -> list[tuple[int, int]]:
    """Pack the paragraphs of ``text`` into spans of at most ``max_pieces`` word pieces.

    Consecutive paragraphs share a chunk while they fit, so a quote that runs on into the
    next paragraph keeps its context; a paragraph too long on its own is cut at sentence
    ends, and a sentence too long on its own at word boundaries.
    """
    budget = max_pieces - 2  # <s> and </s>
    units: list[tuple[int, int]] = []
    for ps, pe in paragraphs(text):
        if count_pieces(text[ps:pe]) <= budget:
            units.append((ps, pe))
            continue
        cuts = [ps] + [m.end() for m in _SENTENCE_END.finditer(text, ps, pe)] + [pe]
        for ss, se in itertools.pairwise(cuts):
            if ss >= se:
                continue
            if count_pieces(text[ss:se]) <= budget:
                units.append((ss, se))
                continue
            # A run-on sentence (a list, a table): cut it into runs of words.
            ws = words(text, ss, se)
            run_start = ws[0][0] if ws else ss
            for i in range(len(ws)):
                if count_pieces(text[run_start:ws[i][1]]) > budget and ws[i][0] > run_start:
                    units.append((run_start, ws[i - 1][1]))
                    run_start = ws[i][0]
            if ws:
                units.append((run_start, ws[-1][1]))
    out: list[tuple[int, int]] = []
    for us, ue in units:
        if out and count_pieces(text[out[-1][0]:ue]) <= budget:
            out[-1] = (out[-1][0], ue)
        else:
            out.append((us, ue))
    return out


def first_pieces(piece_offsets: Sequence[tuple[int, int]], word_spans: Sequence[tuple[int, int]]) -> list[int]:
    """For each word, the index of the first piece that overlaps it (offsets in one frame).

    Pieces with empty offsets (special tokens) never match; a word no piece overlaps
    (cannot happen with a byte-fallback vocabulary, but may with <unk>) takes the
    nearest piece before it.
    """
    out: list[int] = []
    j = 0
    n = len(piece_offsets)
    for ws, we in word_spans:
        while j < n and (piece_offsets[j][1] <= ws or piece_offsets[j][0] == piece_offsets[j][1]):
            j += 1
        if j < n and piece_offsets[j][0] < we:
            out.append(j)
        else:
            k = min(j, n - 1)
            while k > 0 and piece_offsets[k][0] == piece_offsets[k][1]:
                k -= 1
            out.append(k)
    return out
