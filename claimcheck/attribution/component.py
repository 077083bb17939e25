"""The ``claimcheck_attribution`` spaCy component: its factory, and the pipelines it runs in."""

from __future__ import annotations

import importlib
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

from ..lang import get_defaults, is_supported
from ..lang.base_attribution import AttributionData
from ..pipeline import load_spacy
from .dependency import DependencyRecognizer
from .relations import TokenRelation
from .rules import AttributionRecognizer

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

#: Name of the spaCy factory users add to their own pipelines.
COMPONENT_NAME = "claimcheck_attribution"


def load_data(lang: str) -> AttributionData | None:
    """The language's attribution data, or ``None`` for a language without any."""
    return get_defaults(lang).attribution if is_supported(lang) else None


def get_recognizer(nlp: Language, lang: str) -> AttributionRecognizer | None:
    """The recognizer for ``lang``, or ``None`` for a language without attribution data."""
    data = load_data(lang)
    if data is None:
        return None
    return AttributionRecognizer(nlp, lang, data)


def make_attribution(nlp: Language, name: str, lang: str | None) -> AttributionComponent:
    """Factory of the ``claimcheck_attribution`` component (``lang`` defaults to the pipeline's)."""
    return AttributionComponent(nlp, name, lang or nlp.lang or "xx")


def register_factory() -> None:
    """Register the component with spaCy (done on import; also reachable by entry point)."""
    load_spacy()
    from spacy.language import Language
    from spacy.tokens import Doc

    if not Doc.has_extension("claimcheck_relations"):
        Doc.set_extension("claimcheck_relations", default=None)
    if COMPONENT_NAME not in Language.factories:
        Language.factory(COMPONENT_NAME, default_config={"lang": None}, func=make_attribution)


class AttributionComponent:
    """spaCy component: sets ``doc._.claimcheck_relations`` to the relations of each sentence.

    Add it to any pipeline with ``nlp.add_pipe("claimcheck_attribution")`` after
    ``import claimcheck.attribution``.
    """

    def __init__(self, nlp: Language, name: str, lang: str) -> None:
        self.name = name
        self.recognizer = get_recognizer(nlp, lang)
        data = load_data(lang)
        self.dependency = DependencyRecognizer(data) if data is not None and "parser" in nlp.pipe_names else None

    def __call__(self, doc: Doc) -> Doc:
        relations: list[TokenRelation] = []
        recognizer: Any = self.dependency if self.dependency is not None and doc.has_annotation("DEP") else self.recognizer
        if recognizer is not None:
            sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
            for sent in sents:
                sub = sent.as_doc()
                for rel in recognizer(sub):
                    relations.append(_shift(rel, sent.start))
        doc._.claimcheck_relations = relations
        return doc


def _shift(rel: TokenRelation, offset: int) -> TokenRelation:
    def mv(pair: tuple[int, int] | None) -> Any:
        return None if pair is None else (pair[0] + offset, pair[1] + offset)

    return replace(
        rel,
        cue=mv(rel.cue),
        source=mv(rel.source),
        content=mv(rel.content),
        cited=tuple(mv(c) for c in rel.cited),
    )


@cache
def attribution_pipeline(lang: str) -> Language:
    """A tokenizer-only pipeline for ``lang`` with the attribution component (one sentence per doc)."""
    spacy = load_spacy()

    from ..pipeline import get_pipeline

    parser = load_parser(lang)
    if parser is not None:
        parser.add_pipe(COMPONENT_NAME, config={"lang": lang})
        return parser
    base = get_pipeline(lang)
    # Share the splitting pipeline's vocab and tokenizer (with claimcheck's fixes), but
    # without its sentencizer: every doc here is one sentence already.
    nlp = spacy.blank(base.lang or "xx", vocab=base.vocab)
    nlp.tokenizer = base.tokenizer
    nlp.add_pipe(COMPONENT_NAME, config={"lang": lang})
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
    return "parser" in attribution_pipeline(lang).pipe_names


# -- conversion to the pipeline's dataclasses ------------------------------------------
