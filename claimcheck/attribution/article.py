"""The article-level pass: run the component on each sentence, convert, apply discourse."""

from __future__ import annotations

from dataclasses import replace

from ..reading import sentence_view
from ..types import Article, Attribution, AttributionMode, ClaimKind, Sentence, Span
from .component import attribution_pipeline, relations
from .convert import to_attribution, trim_span
from .discourse import carry_paragraph_sources, claim_kind, nest_chains


def attribute_article(article: Article) -> Article:
    """Set the kind and attributions of every sentence of ``article``."""
    from ..sources import resolve_source

    out: list[Sentence] = []
    pending_info: list[tuple[int, Attribution]] = []
    for sentence in article.sentences:
        nlp = attribution_pipeline(sentence.lang)
        doc = nlp(sentence_view(article, sentence))
        attributions: list[Attribution] = []
        for rel in relations(doc):
            attribution = to_attribution(rel, doc, sentence, article, out, resolve_source)
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
    return replace(article, sentences=tuple(carry_paragraph_sources(article, out)))


#: Source types whose report a paragraph relays. News writing names the outlet once
#: ("According to KCNA, Kim and Lavrov discussed ...") and goes on with what people said
#: in that report ("Kim said ..."); governments and people are not carried, since a
