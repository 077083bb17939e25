"""Quotations that run past their attribution: the speaker of a quote is the speaker of
the sentences the quote spans, and of a quote that goes on right after it.

News copy attributes a quotation once and goes on quoting:

* ``"We are ready to continue," Lavrov said. "And we will not let anyone dictate to us."``
  (a second quotation right after an attributed one, in the same paragraph);
* ``Kim said: "We stand with Moscow. We always will."`` and
  ``"Nothing was signed. They were here to be seen together," Volkov said.`` (one
  quotation over several sentences, attributed at its start or at its end).

A sentence without an attribution of its own that lies inside such a quotation gets
the speaker's relation: the speaker's span (in the sentence that names them), no cue
of its own, and its own text as the content, recognizer ``discourse.quote``.
"""

from __future__ import annotations

from dataclasses import replace

from ..types import Article, Attribution, AttributionMode, ClaimKind, Sentence, Span
from .discourse import hard_wrapped, paragraph_break
from .relations import CONTENT_TRIM

#: Quote marks that open and close a quotation; a straight quote does either.
OPENING = "“«‘„"
CLOSING = "”»’"
STRAIGHT = '"'
#: The recognizer name of a relation carried from the quotation's attribution.
RECOGNIZER = "discourse.quote"


def carry_quote_speakers(article: Article, sentences: list[Sentence]) -> list[Sentence]:
    """Give each unattributed sentence inside (or right after) an attributed quotation
    the quotation's speaker."""
    wrapped = hard_wrapped(article, sentences)
    out = list(sentences)
    run: list[int] = []  # the sentences of the quotation still open
    for i, sentence in enumerate(sentences):
        same_paragraph = i > 0 and not paragraph_break(article.text[sentences[i - 1].end : sentence.start], wrapped)
        if not same_paragraph:
            run = []
        inside = bool(run)
        if not inside and same_paragraph and _opens_with_quote(sentence.text) and _speaker(sentence) is None:
            # A new quotation right after an attributed one: "...," X said. "And ..."
            speaker = _speaker(out[i - 1])
            if speaker is not None:
                out[i] = _quoted_by(article, sentence, speaker)
        still_open = _still_open(sentence.text, inside=inside)
        if inside or still_open:
            run.append(i)
        if not still_open:
            if len(run) > 1:
                _fill(article, out, run)
            run = []
    return out


def _fill(article: Article, out: list[Sentence], run: list[int]) -> None:
    """One quotation over the sentences of ``run``: its speaker is named in the first
    sentence ("Kim said: ...") or in the last ("..., Volkov said.")."""
    speaker = _speaker(out[run[0]]) or _speaker(out[run[-1]])
    if speaker is None:
        return
    for index in run:
        if not _speaker(out[index]):
            out[index] = _quoted_by(article, out[index], speaker)


def _speaker(sentence: Sentence) -> Attribution | None:
    """The sentence's quoting relation: a direct quote (or a report) with a named source."""
    for attribution in sentence.attributions:
        quoting = attribution.chain and attribution.mode in (AttributionMode.DIRECT_QUOTE, AttributionMode.INDIRECT)
        if quoting and (attribution.cue is None or sentence.start <= attribution.cue.start < sentence.end):
            return attribution
    return None


def _quoted_by(article: Article, sentence: Sentence, speaker: Attribution) -> Sentence:
    start, end = sentence.start, sentence.end
    while start < end and article.text[start] in CONTENT_TRIM:
        start += 1
    while end > start and article.text[end - 1] in CONTENT_TRIM:
        end -= 1
    if end - start < 2:
        return sentence
    carried = replace(
        speaker,
        mode=AttributionMode.DIRECT_QUOTE,
        cue=None,
        content=Span(start, end, article.text[start:end]),
        recognizer=RECOGNIZER,
    )
    return replace(sentence, kind=ClaimKind.ATTRIBUTED, attributions=(*sentence.attributions, carried))


def _opens_with_quote(text: str) -> bool:
    first = text.lstrip()[:1]
    return bool(first) and (first in OPENING or first == STRAIGHT)


def _still_open(text: str, *, inside: bool) -> bool:
    """Whether a quotation is still open at the end of ``text`` (``inside``: one was open
    at its start)."""
    depth = 1 if inside else 0
    for char in text:
        if char in OPENING and char != "‘":
            depth += 1
        elif char in CLOSING and char != "’":
            depth = max(depth - 1, 0)
        elif char == STRAIGHT:
            depth = 0 if depth else 1
    return depth > 0
