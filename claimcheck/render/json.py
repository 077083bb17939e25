"""JSON output: deterministic (stable order, rounded floats, no timestamps)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..types import SCHEMA_VERSION, Article, to_json_dict


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
