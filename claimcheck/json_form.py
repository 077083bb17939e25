"""The JSON form of claimcheck's results, generated from the dataclasses in :mod:`claimcheck.types`.

pydantic reads the dataclasses themselves (``TypeAdapter`` works on plain dataclasses),
so fields, their order and their types are written once, in ``types.py``. Every JSON
document claimcheck writes (goldens, ``--format json``, the article cache) is made
here, and cached articles are read back here, through the same adapters. The form is
deterministic: fields in declaration order, enums as their values, tuples as arrays,
no timestamps. pydantic is imported on first use only, so ``claimcheck --help`` does
not pay for it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from .types import SCHEMA_VERSION, Article, ClaimGroup, ClaimRef, Comparison

if TYPE_CHECKING:  # pragma: no cover
    from pydantic import TypeAdapter

#: What a document holds: the ``kind`` field of its envelope.
DocumentKind = Literal["sentences", "claims", "comparison", "evaluation"]


def dumps(data: Any) -> str:
    """JSON data as text, the same way every time: indented, UTF-8 as is, a final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


#: Adapters built so far, by type: building one takes pydantic tens of milliseconds.
_ADAPTERS: dict[Any, TypeAdapter[Any]] = {}


def adapter(tp: Any) -> TypeAdapter[Any]:
    """The pydantic adapter of a result type such as ``Article`` or ``tuple[ClaimRef, ...]``."""
    if tp not in _ADAPTERS:
        from pydantic import TypeAdapter

        _ADAPTERS[tp] = TypeAdapter(tp)
    return _ADAPTERS[tp]


def to_data(value: Any, tp: Any = None) -> Any:
    """A result (of type ``tp``, by default its own class) as plain JSON data."""
    return adapter(type(value) if tp is None else tp).dump_python(value, mode="json")


def article_from_data(data: Any) -> Article:
    """Rebuild an :class:`~claimcheck.types.Article` from its JSON form.

    Raises:
        ValueError: ``data`` is not an article's JSON form (pydantic's ``ValidationError``
            is a ``ValueError``).
    """
    article: Article = adapter(Article).validate_python(data)
    return article


def envelope(kind: DocumentKind, **payload: Any) -> dict[str, Any]:
    """The top-level object every JSON document shares, then ``payload``."""
    return {"schema_version": SCHEMA_VERSION, "tool": "claimcheck", "kind": kind, **payload}


def article_data(article: Article, *, with_text: bool = True) -> dict[str, Any]:
    """One article as JSON data; ``with_text`` includes the full text offsets point into."""
    data: dict[str, Any] = to_data(article)
    if not with_text:
        data.pop("text")
    return data


def comparison_summary(comparison: Comparison) -> dict[str, Any]:
    """The counts shown at the top of every comparison report, as JSON data."""
    summary: dict[str, Any] = to_data(comparison.summary)
    return summary


def articles_document(kind: Literal["sentences", "claims"], articles: Sequence[Article]) -> dict[str, Any]:
    """The document of ``claimcheck sentences`` or ``claims --format json``: articles with their text."""
    return envelope(kind, articles=[article_data(a) for a in articles])


def comparison_document(comparison: Comparison) -> dict[str, Any]:
    """The comparison as JSON data: ``compare --format json``, and what golden files hold.

    Articles are given without their text: the inputs are at hand, and the text would
    make goldens many times larger.
    """
    return envelope(
        "comparison",
        model=comparison.model,
        summary=comparison_summary(comparison),
        articles=[article_data(a, with_text=False) for a in comparison.articles],
        groups=to_data(comparison.groups, tuple[ClaimGroup, ...]),
        only_in=to_data(comparison.only_in, tuple[ClaimRef, ...]),
    )
