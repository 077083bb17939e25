"""The ``claimcheck_attribution`` spaCy component: its factory, and the pipelines it runs in."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import cache, partial
from typing import TYPE_CHECKING, Any

from ..lang import get_defaults, is_supported
from ..lang.base_attribution import AttributionData
from ..pipeline import load_spacy
from ..types import AttributionMode
from .recognizers import DependencyRecognizer, RuleRecognizer
from .relations import TokenRelation, split_quote_parts

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

#: Name of the spaCy factory users add to their own pipelines.
COMPONENT_NAME = "claimcheck_attribution"


def load_data(lang: str) -> AttributionData | None:
    """The language's attribution data, or ``None`` for a language without any."""
    return get_defaults(lang).attribution if is_supported(lang) else None


def get_recognizer(nlp: Language, lang: str) -> RuleRecognizer | None:
    """The recognizer for ``lang``, or ``None`` for a language without attribution data."""
    data = load_data(lang)
    if data is None:
        return None
    return RuleRecognizer(nlp, lang, data)


def make_attribution(
    nlp: Language,
    name: str,
    lang: str | None,
    scorer: Callable[..., dict[str, Any]] | None = None,
    parse_sentences: bool = False,
) -> AttributionComponent:
    """Factory of the ``claimcheck_attribution`` component (``lang`` defaults to the
    pipeline's; ``parse_sentences`` parses each sentence with the language's installed
    parser, for pipelines without one of their own)."""
    return AttributionComponent(nlp, name, lang or nlp.lang or "xx", scorer, parse_sentences=parse_sentences)


#: The span groups the component writes, one per role. Spans of one relation share a
#: ``span.id_`` (the relation's number in the doc). A cue's label is the relation's mode
#: (``indirect``, ``according_to``...) and its ``kb_id_`` the recognizer that found it; a
#: source's label is ``source`` for the outermost source and ``cited`` for each inner
#: one, in chain order.
SOURCE_KEY = "claimcheck_source"
CUE_KEY = "claimcheck_cue"
CONTENT_KEY = "claimcheck_content"
SPAN_KEYS = (SOURCE_KEY, CUE_KEY, CONTENT_KEY)
#: Doc extension: relation number -> characters at the end of its source's last token
#: that belong to the cue (a fused genitive: ``પટેલ|ના જણાવ્યા મુજબ``). Plain data, so
#: it serialises with the doc.
SPLIT_CHARS_EXTENSION = "claimcheck_split_chars"
#: The registered scorer (``Scorer.score_spans`` over the three span groups).
SCORER_NAME = "claimcheck.attribution_scorer.v1"


def register_factory() -> None:
    """Register the component and its scorer with spaCy (done on import; also reachable
    by entry point)."""
    load_spacy()
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.util import registry

    if not Doc.has_extension(SPLIT_CHARS_EXTENSION):
        Doc.set_extension(SPLIT_CHARS_EXTENSION, default=None)
    if SCORER_NAME not in registry.scorers:
        registry.scorers.register(SCORER_NAME, func=make_attribution_scorer)
    if COMPONENT_NAME not in Language.factories:
        Language.factory(
            COMPONENT_NAME,
            assigns=["doc.spans", "token.is_sent_start"],
            default_config={"lang": None, "scorer": {"@scorers": SCORER_NAME}, "parse_sentences": False},
            default_score_weights={
                f"spans_{SOURCE_KEY}_f": 0.4,
                f"spans_{CUE_KEY}_f": 0.2,
                f"spans_{CONTENT_KEY}_f": 0.4,
            },
            func=make_attribution,
        )


def make_attribution_scorer() -> Callable[..., dict[str, Any]]:
    """The component's scorer: unlabelled precision, recall and F1 of each span group."""
    return score_attribution


def score_attribution(examples: Iterable[Any], **kwargs: Any) -> dict[str, Any]:
    """Score the source, cue and content span groups of ``examples`` (spaCy ``Example``s)."""
    from spacy.scorer import Scorer

    scores: dict[str, Any] = {}
    examples = list(examples)
    for key in SPAN_KEYS:
        scores.update(
            Scorer.score_spans(
                examples,
                attr=f"spans_{key}",
                getter=lambda doc, attr: doc.spans.get(attr[len("spans_") :], []),
                has_annotation=partial(_has_spans, key=key),
                labeled=False,
                allow_overlap=True,
            )
        )
    return scores


def _has_spans(doc: Doc, key: str) -> bool:
    return key in doc.spans


class AttributionComponent:
    """spaCy component: writes the attribution relations of each sentence to
    ``doc.spans`` (see :data:`SPAN_KEYS`); :func:`relations` reads them back.

    Add it to any pipeline with ``nlp.add_pipe("claimcheck_attribution")`` (the entry
    point registers it once claimcheck is installed). Pipelines with a dependency parser
    use the dependency rules where the language's data names a parser package (English);
    the token rules elsewhere.
    """

    def __init__(
        self,
        nlp: Language,
        name: str,
        lang: str,
        scorer: Callable[..., dict[str, Any]] | None = None,
        *,
        parse_sentences: bool = False,
    ) -> None:
        self.name = name
        self.scorer = scorer
        self.recognizer = get_recognizer(nlp, lang)
        data = load_data(lang)
        # The parser claimcheck runs on each sentence itself (its own pipelines have none).
        self.sentence_parser = load_parser(lang) if parse_sentences else None
        parsed = "parser" in nlp.pipe_names or self.sentence_parser is not None
        self.dependency = (
            DependencyRecognizer(data) if data is not None and data.parser_package and parsed else None
        )
        self.split_sentences = _sentence_splitter(lang)

    def __call__(self, doc: Doc) -> Doc:
        found: list[TokenRelation] = []
        if not doc.has_annotation("SENT_START"):
            # Added to a bare pipeline (spacy.blank + this component): split sentences
            # as claimcheck does, so that relations never run across sentences.
            doc = self.split_sentences(doc)
        for sent in doc.sents:
            sentence = sent.as_doc()
            found.extend(_shift(rel, sent.start) for rel in split_quote_parts(sentence, self._sentence_relations(sentence)))
        write_relations(doc, found)
        return doc

    def _sentence_relations(self, sentence: Doc) -> list[TokenRelation]:
        """The relations of one sentence (as its own doc)."""
        if self.sentence_parser is not None and self.dependency is not None:
            # Parsed alone, as the parser was trained; the parser may split the
            # sentence further, and each part is read on its own.
            # A wire dateline is parsed apart from its sentence: "NEW DELHI, March 3
            # (PTI) — X, Y said" otherwise parses as two roots, and "said" loses its clause.
            start = _after_dateline(sentence)
            parsed = _parse(self.sentence_parser, sentence[start:].as_doc() if start else sentence)
            return [_shift(rel, start + part.start) for part in parsed.sents for rel in self.dependency(part.as_doc())]
        if self.dependency is not None and sentence.has_annotation("DEP"):
            return self.dependency(sentence)
        return self.recognizer(sentence) if self.recognizer is not None else []

    def score(self, examples: Iterable[Any], **kwargs: Any) -> dict[str, Any]:
        """Precision, recall and F1 of the source, cue and content spans."""
        return (self.scorer or score_attribution)(examples, **kwargs)


#: Most tokens of a wire dateline before its dash ("NEW DELHI , March 3 ( PTI ) —").
_DATELINE_MAX_TOKENS = 12


def _after_dateline(sentence: Doc) -> int:
    """Where a sentence's text starts after a wire dateline ("NEW DELHI, March 3 (PTI) —",
    "LONDON —"), or 0: a dash within the first tokens, after an agency's bracket or a
    place in capitals, before a capitalised word."""
    for tok in sentence[:_DATELINE_MAX_TOKENS]:
        is_dash = tok.text in {"—", "–", "--"} or (tok.text == "-" and tok.i > 0 and sentence[tok.i - 1].text == ")")
        if not is_dash:
            continue
        credited = tok.i > 0 and sentence[tok.i - 1].text == ")"
        place = len(sentence[0].text) > 1 and sentence[0].text.isupper()
        opens = tok.i + 1 < len(sentence) and sentence[tok.i + 1].text[:1].isupper()
        return tok.i + 1 if opens and (credited or place) else 0
    return 0


def _parse(parser: Language, sentence: Doc) -> Doc:
    """Run ``parser``'s components on the tokens of ``sentence``, in the parser's vocab."""
    from spacy.tokens import Doc as SpacyDoc

    doc = SpacyDoc(parser.vocab, words=[t.text for t in sentence], spaces=[bool(t.whitespace_) for t in sentence])
    for _, proc in parser.pipeline:
        doc = proc(doc)
    return doc


def _sentence_splitter(lang: str) -> Callable[[Doc], Doc]:
    """The language's sentence rules (sentence-final punctuation, quote fixes, blank
    lines) as one callable."""
    from spacy.pipeline import Sentencizer

    from ..pipeline import SentenceFixes, sentence_rules

    punct_chars, continuations = sentence_rules(lang)
    sentencizer = Sentencizer(punct_chars=punct_chars)
    fixes = SentenceFixes(continuations)

    def split(doc: Doc) -> Doc:
        doc = fixes(sentencizer(doc))
        # A blank line ends a sentence (a headline, a paragraph without a full stop).
        for tok in doc[:-1]:
            if tok.is_space and "\n\n" in tok.text:
                doc[tok.i + 1].is_sent_start = True
                if tok.i > 0:
                    tok.is_sent_start = False  # the blank line closes the sentence before
        return doc

    return split


def _shift(rel: TokenRelation, offset: int) -> TokenRelation:
    """``rel`` found in a sentence doc, in the positions of the whole doc."""

    def mv(pair: tuple[int, int] | None) -> Any:
        return None if pair is None else (pair[0] + offset, pair[1] + offset)

    return replace(rel, cue=mv(rel.cue), source=mv(rel.source), content=mv(rel.content), cited=tuple(mv(c) for c in rel.cited))


def write_relations(doc: Doc, relations: list[TokenRelation]) -> None:
    """Store ``relations`` in ``doc.spans`` (and the split characters in the extension)."""
    from spacy.tokens import Span

    groups: dict[str, list[Span]] = {key: [] for key in SPAN_KEYS}
    split: dict[str, int] = {}
    for number, rel in enumerate(relations):
        rid = str(number)
        groups[CUE_KEY].append(Span(doc, *rel.cue, label=rel.mode.value, kb_id=rel.recognizer, span_id=rid))
        if rel.source is not None:
            groups[SOURCE_KEY].append(Span(doc, *rel.source, label="source", span_id=rid))
        groups[SOURCE_KEY].extend(Span(doc, *cited, label="cited", span_id=rid) for cited in rel.cited)
        if rel.content is not None:
            groups[CONTENT_KEY].append(Span(doc, *rel.content, label="content", span_id=rid))
        if rel.split_chars:
            split[rid] = rel.split_chars
    for key, spans in groups.items():
        doc.spans[key] = spans
    doc._.set(SPLIT_CHARS_EXTENSION, split)


def relations(doc: Doc) -> list[TokenRelation]:
    """The relations the component wrote to ``doc``, in order (a doc without them: [])."""
    split: dict[str, int] = doc._.get(SPLIT_CHARS_EXTENSION) or {}
    by_id: dict[str, dict[str, list[Any]]] = {}
    for key in SPAN_KEYS:
        for span in doc.spans.get(key, []):
            by_id.setdefault(span.id_, {}).setdefault(span.label_ if key == SOURCE_KEY else key, []).append(span)
    out = []
    for cue in doc.spans.get(CUE_KEY, []):
        parts = by_id[cue.id_]
        source = parts.get("source", [None])[0]
        content = parts.get(CONTENT_KEY, [None])[0]
        mode = AttributionMode(cue.label_)
        out.append(
            TokenRelation(
                mode=mode,
                cue=(cue.start, cue.end),
                source=None if source is None else (source.start, source.end),
                content=None if content is None else (content.start, content.end),
                cited=tuple((c.start, c.end) for c in parts.get("cited", [])),
                # "This information was given by X" with no content in its own sentence
                # attributes the sentence before.
                content_outside=mode is AttributionMode.INFORMATION_GIVEN and content is None,
                split_chars=split.get(cue.id_, 0),
                recognizer=cue.kb_id_,
            )
        )
    return out


@cache
def attribution_pipeline(lang: str) -> Language:
    """The analysis pipeline for ``lang``: the sentence pipeline
    (:func:`claimcheck.pipeline.sentence_pipeline`) with the attribution component,
    which parses each sentence where the language has an installed parser. One pass
    tokenises, splits and attributes a block of text."""
    from ..pipeline import sentence_pipeline

    nlp = sentence_pipeline(lang)
    nlp.add_pipe(COMPONENT_NAME, config={"lang": lang, "parse_sentences": True})
    return nlp


#: Set to 1 to ignore installed parsers and use the rule recognizer everywhere.
NO_PARSER_ENV = "CLAIMCHECK_NO_PARSER"


def load_parser(lang: str) -> Language | None:
    """The language's optional trained pipeline (``parser_package`` in its data), if installed."""
    import os

    data = load_data(lang)
    if data is None or not data.parser_package or os.environ.get(NO_PARSER_ENV) == "1":
        return None
    try:
        module = importlib.import_module(data.parser_package)
    except ImportError:
        return None
    nlp: Language = module.load(exclude=["ner"])
    return nlp


def uses_parser(lang: str) -> bool:
    """Whether attribution in ``lang`` runs on a dependency parse (vs. token rules)."""
    component: AttributionComponent = attribution_pipeline(lang).get_pipe(COMPONENT_NAME)  # type: ignore[assignment]
    return component.sentence_parser is not None


# -- conversion to the pipeline's dataclasses ------------------------------------------
