"""The JSON form of claimcheck's results, generated from the dataclasses in :mod:`claimcheck.types`.

pydantic reads the dataclasses themselves (``TypeAdapter`` works on plain dataclasses),
so fields, their order and their types are written once, in ``types.py``: pydantic
generates the schema (:mod:`claimcheck.schema`) and validates what is read back (cached
articles). Every JSON document claimcheck writes (goldens, ``--format json``, the
article cache) is made here. The form is deterministic: fields in declaration order,
enums as their values, tuples as arrays, no timestamps.

Writing walks the dataclasses directly (:func:`to_data`) instead of asking pydantic:
building pydantic's serializer for an ``Article`` costs more than a tenth of a second
in every process, a third of what a cold ``compare`` may take, while the walk is plain
Python; ``tests/test_json_form.py`` checks that the two write the same data for every
fixture. pydantic is imported on first use only.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import math
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from .types import SCHEMA_VERSION, Article, Comparison

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


def to_data(value: Any) -> Any:
    """A result (a dataclass of :mod:`claimcheck.types`, or a tuple of them) as plain JSON
    data: what ``TypeAdapter(type).dump_python(value, mode="json")`` gives."""
    if isinstance(value, enum.Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: to_data(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, (tuple, list)):
        return [to_data(item) for item in value]
    if isinstance(value, dict):
        return {to_data(key): to_data(item) for key, item in value.items()}
    if isinstance(value, float) and not math.isfinite(value):
        return None  # as pydantic writes inf and nan in JSON mode
    return value


@cache
def _field_names(cls: Any) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


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
        groups=to_data(comparison.groups),
        only_in=to_data(comparison.only_in),
    )
