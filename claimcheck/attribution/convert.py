"""Conversion at the boundary: token relations of a sentence doc -> the result dataclasses."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import Article, Attribution, ChainLink, Sentence, Span
from .component import load_data
from .discourse import resolve_with_anaphora, source_ref
from .relations import CONTENT_TRIM, QUOTES, TokenRelation

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc


def trim_span(text: str, span: Span, trim: str = CONTENT_TRIM) -> Span:
    start, end = span.start, span.end
    while start < end and text[start] in trim:
        start += 1
    while end > start and text[end - 1] in trim:
        end -= 1
    return Span(start, end, text[start:end])


#: What a source never starts or ends with: a quotation's closing mark and comma that
#: the tokenizer fused (',” coach Rahul Menon'). Full stops stay: "the U.S.", "એસ.".
SOURCE_TRIM = " \t\n,;:" + QUOTES


def _without_opener(text: str, source: Span, lang: str) -> Span:
    """The source without a discourse opener before it ("دوسری جانب پاکستانی فوج": the
    language's ``discourse_openers``), as long as a source remains."""
    data = load_data(lang)
    if data is None:
        return source
    lowered = source.text.lower()
    for opener in data.discourse_openers:
        if lowered.startswith(opener.lower()) and lowered[len(opener) : len(opener) + 1] in (" ", ","):
            rest = trim_span(text, Span(source.start + len(opener), source.end, ""), SOURCE_TRIM)
            if rest.text:
                return rest
    return source


def char_span(doc: Doc, base: int, pair: tuple[int, int] | None, text: str) -> Span | None:
    """Token positions in ``doc`` -> a span of the article ``text``, where the doc's text
    starts at character ``base`` of the article."""
    if pair is None:
        return None
    start, end = pair
    if start >= end:
        return None
    s = base + doc[start].idx
    last = doc[end - 1]
    e = base + last.idx + len(last.text)
    return Span(s, e, text[s:e])


def to_attribution(
    rel: TokenRelation,
    doc: Doc,
    base: int,
    sentence: Sentence,
    article: Article,
    previous: list[Sentence],
    resolve: Any,
) -> Attribution:
    source = char_span(doc, base, rel.source, article.text)
    if source is not None:
        source = _without_opener(article.text, trim_span(article.text, source, SOURCE_TRIM), sentence.lang)
        source = source if source.text else None
    cue = char_span(doc, base, rel.cue, article.text)
    if rel.split_chars and source is not None and cue is not None and len(source.text) > rel.split_chars:
        cut = source.end - rel.split_chars
        cue = Span(min(cut, cue.start), cue.end, article.text[min(cut, cue.start) : cue.end])
        source = Span(source.start, cut, article.text[source.start : cut])
    chain: list[ChainLink] = []
    resolved_from: str | None = None
    if source is not None:
        ref, resolved_from = resolve_with_anaphora(source.text, sentence.lang, previous, resolve)
        chain.append(ChainLink(ref, source))
    for cited in rel.cited:
        span = char_span(doc, base, cited, article.text)
        if span is not None:
            chain.append(ChainLink(source_ref(resolve(span.text, sentence.lang)), span))
    return Attribution(
        mode=rel.mode,
        source=source,
        cue=cue,
        content=char_span(doc, base, rel.content, article.text),
        chain=tuple(chain),
        resolved_from=resolved_from,
        recognizer=rel.recognizer or None,
    )
