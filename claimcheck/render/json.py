"""JSON output: the documents of :mod:`claimcheck.json_form`, written as text."""

from __future__ import annotations

from collections.abc import Sequence

# The CLI and the other renderers import these from here, beside the writers.
from ..json_form import articles_document, comparison_document, comparison_summary, dumps, envelope
from ..types import Article, Comparison

__all__ = ["claims_json", "comparison_json", "comparison_summary", "dumps", "envelope", "sentences_json"]


def sentences_json(articles: Sequence[Article]) -> str:
    """``claimcheck sentences --format json``."""
    return dumps(articles_document("sentences", articles))


def claims_json(articles: Sequence[Article]) -> str:
    """``claimcheck claims --format json``: sentences with kind and attributions."""
    return dumps(articles_document("claims", articles))


def comparison_json(comparison: Comparison) -> str:
    """``claimcheck compare --format json``."""
    return dumps(comparison_document(comparison))
