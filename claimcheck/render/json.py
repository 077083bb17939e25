"""JSON output: deterministic (stable order, rounded floats, no timestamps)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..types import SCHEMA_VERSION, Article, ClaimKind, Comparison, to_json_dict


def dumps(data: Any) -> str:
    """Serialise plain JSON data the same way every time, with a final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def envelope(kind: str, **payload: Any) -> dict[str, Any]:
    """The top-level object every JSON output shares."""
    return {"schema_version": SCHEMA_VERSION, "tool": "claimcheck", "kind": kind, **payload}


def article_json(article: Article, *, with_text: bool = True) -> dict[str, Any]:
    """One article as JSON data; ``with_text`` includes the full text offsets point into."""
    data: dict[str, Any] = to_json_dict(article)
    if not with_text:
        data.pop("text")
    return data


def sentences_json(articles: Sequence[Article]) -> str:
    """``claimcheck sentences --format json``."""
    return dumps(envelope("sentences", articles=[article_json(a) for a in articles]))


def claims_json(articles: Sequence[Article]) -> str:
    """``claimcheck claims --format json``: sentences with kind and attributions."""
    return dumps(envelope("claims", articles=[article_json(a) for a in articles]))


def comparison_summary(comparison: Comparison) -> dict[str, Any]:
    """Counts shown at the top of every comparison report."""
    by_kind: dict[str, int] = {}
    for group in comparison.groups:
        for difference in group.differences:
            by_kind[difference.kind.value] = by_kind.get(difference.kind.value, 0) + 1
    unattributed = sum(
        1 for a in comparison.articles for s in a.sentences if s.kind is ClaimKind.UNATTRIBUTED
    )
    return {
        "articles": len(comparison.articles),
        "groups": len(comparison.groups),
        "groups_in_agreement": sum(1 for g in comparison.groups if not g.differences),
        "groups_with_differences": sum(1 for g in comparison.groups if g.differences),
        "differences": dict(sorted(by_kind.items())),
        "only_in_one_article": len(comparison.only_in),
        "unattributed_claims": unattributed,
    }


def comparison_data(comparison: Comparison) -> dict[str, Any]:
    """The comparison as plain JSON data (the form golden files hold)."""
    return envelope(
        "comparison",
        model=comparison.model,
        summary=comparison_summary(comparison),
        articles=[article_json(a, with_text=False) for a in comparison.articles],
        groups=to_json_dict(comparison.groups),
        only_in=to_json_dict(comparison.only_in),
    )


def comparison_json(comparison: Comparison) -> str:
    """``claimcheck compare --format json``."""
    return dumps(comparison_data(comparison))
