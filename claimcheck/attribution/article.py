"""The article-level pass: run the analysis pipeline, convert its relations, apply discourse."""

from __future__ import annotations

from dataclasses import replace

from ..reading import ReadDocument, sentence_view
from ..splitting import SentenceTokens, split_with_tokens
from ..types import Article, Attribution, AttributionMode, ClaimKind, Sentence, Span
from .component import COMPONENT_NAME, attribution_pipeline, relations
from .convert import to_attribution, trim_span
from .discourse import carry_paragraph_sources, claim_kind, nest_chains
from .quotes import carry_quote_speakers
from .relations import TokenRelation


def attribute_article(article: Article) -> Article:
    """Set the kind and attributions of every sentence of an article already split
    (each sentence is tokenised again, as a doc of its own)."""
    tokens: list[SentenceTokens] = []
    for sentence in article.sentences:
        nlp = attribution_pipeline(sentence.lang)
        doc = nlp.make_doc(sentence_view(article, sentence))
        if len(doc):
            doc[0].is_sent_start = True
            for token in doc[1:]:
                token.is_sent_start = False  # one sentence: the splitter decided
        doc = nlp.get_pipe(COMPONENT_NAME)(doc)
        tokens.append(SentenceTokens(sentence, doc, 0, len(doc), sentence.start))
    return attribute_sentences(article, tokens)


def analyze_document(doc: ReadDocument, *, lang: str | None = None) -> Article:
    """Split and attribute a read document in one pass of each language's pipeline."""
    article, tokens = split_with_tokens(doc, lang=lang, pipeline=attribution_pipeline)
    return attribute_sentences(article, tokens)


def attribute_sentences(article: Article, tokens: list[SentenceTokens]) -> Article:
    """Convert the relations the component wrote for each sentence, then apply the
    discourse passes (back-attribution, chains, paragraph sources)."""
    from ..sources import resolve_source

    out: list[Sentence] = []
    pending_info: list[tuple[int, Attribution]] = []
    by_doc: dict[int, list[TokenRelation]] = {}
    for item in tokens:
        sentence, doc = item.sentence, item.doc
        found = by_doc.setdefault(id(doc), relations(doc))
        attributions: list[Attribution] = []
        for rel in found:
            if not item.start <= rel.cue[0] < item.end:
                continue
            attribution = to_attribution(rel, doc, item.base, sentence, article, out, resolve_source)
            if rel.content_outside and out:
                pending_info.append((len(out) - 1, attribution))
            attributions.append(attribution)
        attributions = nest_chains(attributions)
        kind = claim_kind(sentence, article, attributions)
        out.append(replace(sentence, kind=kind, attributions=tuple(attributions)))
    for index, attribution in pending_info:
        previous = out[index]
        content = Span(previous.start, previous.end, previous.text)
        given = replace(attribution, content=trim_span(article.text, content))
        out[index] = replace(previous, kind=ClaimKind.ATTRIBUTED, attributions=(*previous.attributions, given))
        holder = index + 1
        out[holder] = replace(
            out[holder],
            attributions=tuple(given if a.mode is AttributionMode.INFORMATION_GIVEN else a for a in out[holder].attributions),
        )
    out = carry_quote_speakers(article, out)
    return replace(article, sentences=tuple(carry_paragraph_sources(article, out)))
