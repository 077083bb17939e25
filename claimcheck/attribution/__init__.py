"""Attribution: who says what, on whose authority, in each sentence.

A registered spaCy component (``claimcheck_attribution``, :mod:`.component`) runs a
recognizer over each sentence: token rules from the language's data or, where a parser
is installed, dependency rules (the families in :mod:`.recognizers`). Inside spaCy the
results are token spans; :func:`attribute_article` converts them (:mod:`.convert`) to
:mod:`claimcheck.types` dataclasses with character offsets into the article, and applies
the discourse passes (:mod:`.discourse`).
"""

from __future__ import annotations

from .article import analyze_document, attribute_article
from .component import (
    COMPONENT_NAME,
    NO_PARSER_ENV,
    AttributionComponent,
    attribution_pipeline,
    make_attribution,
    register_factory,
    uses_parser,
)

__all__ = [
    "COMPONENT_NAME",
    "NO_PARSER_ENV",
    "AttributionComponent",
    "analyze_document",
    "attribute_article",
    "attribution_pipeline",
    "make_attribution",
    "uses_parser",
]

# Importing this package makes the component available by name to any spaCy pipeline.
register_factory()
