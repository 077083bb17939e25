"""claimcheck: who says what, on whose authority, across news articles and languages.

The public API is re-exported here lazily so that ``import claimcheck`` stays cheap:
heavy modules (spaCy, sentence-transformers) load only when a function needs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "analyze",
    "compare",
    "read_article",
]

if TYPE_CHECKING:  # pragma: no cover
    from .api import analyze, compare, read_article


def __getattr__(name: str) -> Any:
    if name in {"read_article", "analyze", "compare"}:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
