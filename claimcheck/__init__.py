"""claimcheck: who says what, on whose authority, across news articles and languages.

The public API (:mod:`claimcheck.api`), its result types (:mod:`claimcheck.types`) and
its errors (:mod:`claimcheck.errors`) are re-exported here lazily, so that ``import
claimcheck`` stays cheap: heavy modules (spaCy, sentence-transformers) load only when a
function needs them::

    import claimcheck

    comparison = claimcheck.compare_texts([text_a, text_b], langs=["gu", "en"])
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: Public name -> the module that defines it.
_EXPORTS: dict[str, str] = {
    **dict.fromkeys(
        [
            "ReadFailure",
            "analyze",
            "analyze_inputs",
            "article_from_text",
            "check_corpus",
            "compare",
            "compare_texts",
            "evaluate_attribution",
            "install_model",
            "is_analyzed",
            "read_article",
            "read_articles",
            "verify_model",
        ],
        "api",
    ),
    **dict.fromkeys(
        [
            "Article",
            "ArticleMetadata",
            "Attribution",
            "AttributionMode",
            "ChainLink",
            "ClaimGroup",
            "ClaimKind",
            "ClaimRef",
            "Comparison",
            "Difference",
            "DifferenceKind",
            "DifferenceSide",
            "Sentence",
            "SourceRef",
            "Span",
        ],
        "types",
    ),
    **dict.fromkeys(
        ["ClaimcheckError", "InputError", "ModelError", "UnsupportedLanguageError"],
        "errors",
    ),
}

# Written out (not derived from _EXPORTS) so that linters and type checkers see it.
__all__ = [
    "Article",
    "ArticleMetadata",
    "Attribution",
    "AttributionMode",
    "ChainLink",
    "ClaimGroup",
    "ClaimKind",
    "ClaimRef",
    "ClaimcheckError",
    "Comparison",
    "Difference",
    "DifferenceKind",
    "DifferenceSide",
    "InputError",
    "ModelError",
    "ReadFailure",
    "Sentence",
    "SourceRef",
    "Span",
    "UnsupportedLanguageError",
    "__version__",
    "analyze",
    "analyze_inputs",
    "article_from_text",
    "check_corpus",
    "compare",
    "compare_texts",
    "evaluate_attribution",
    "install_model",
    "is_analyzed",
    "read_article",
    "read_articles",
    "verify_model",
]

if TYPE_CHECKING:  # pragma: no cover
    from .api import (
        ReadFailure,
        analyze,
        analyze_inputs,
        article_from_text,
        check_corpus,
        compare,
        compare_texts,
        evaluate_attribution,
        install_model,
        is_analyzed,
        read_article,
        read_articles,
        verify_model,
    )
    from .errors import ClaimcheckError, InputError, ModelError, UnsupportedLanguageError
    from .types import (
        Article,
        ArticleMetadata,
        Attribution,
        AttributionMode,
        ChainLink,
        ClaimGroup,
        ClaimKind,
        ClaimRef,
        Comparison,
        Difference,
        DifferenceKind,
        DifferenceSide,
        Sentence,
        SourceRef,
        Span,
    )


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # found once; later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
