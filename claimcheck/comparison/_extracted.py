"""What the checks read from a sentence's analysed text, cached: the quantities, dates
and negation markers (every pair of members reads the same sentences again)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..quantities import DateMention, Quantity


@lru_cache(maxsize=8192)
def _quantities(text: str, lang: str) -> tuple[Quantity, ...]:
    from ..quantities import extract_quantities

    return tuple(extract_quantities(text, lang))


@lru_cache(maxsize=8192)
def _dates(text: str, lang: str) -> tuple[DateMention, ...]:
    from ..quantities import extract_dates

    return tuple(extract_dates(text, lang))


@lru_cache(maxsize=8192)
def _negations(text: str, lang: str) -> tuple[tuple[int, int, str], ...]:
    from ..quantities import find_negations

    return tuple(find_negations(text, lang))
