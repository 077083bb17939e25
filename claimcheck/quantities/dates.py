"""Dates, weekdays, bare years and relative dates (:func:`extract_dates`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon, lexicon_for
from .lookups import digits_value, is_year, is_year_like, lookup, lookup_phrase


@dataclass(frozen=True)
class DateMention:
    """A date, weekday, bare year or relative date stated in a text."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset just past the last character."""
    text: str
    """The surface, e.g. ``બુધવારે (11 જૂન)`` or ``Jul 14, 2025``."""
    weekday: int | None
    """0 = Monday ... 6 = Sunday, when a weekday is named."""
    day: int | None
    """Day of the month, when stated."""
    month: int | None
    """Month 1-12, when stated."""
    year: int | None
    """Year, when stated."""
    relative: str | None
    """``today``, ``yesterday``, ``tomorrow``, ``kal`` (Hindi/Urdu, either), ``last_year``... when stated relatively."""


# ---------------------------------------------------------------------------
# Dates

_PLAIN_NUMBER = re.compile(r"\d+")


def _int(surface: str | None) -> int | None:
    if not surface:
        return None
    digits = _PLAIN_NUMBER.match(surface)
    return int(digits_value(digits.group())) if digits else None


def _valid_day(day: int | None) -> int | None:
    return day if day is not None and 1 <= day <= 31 else None


def _valid_month(month: int | None) -> int | None:
    return month if month is not None and 1 <= month <= 12 else None


def _date_from_match(lex: Lexicon, text: str, m: re.Match[str]) -> DateMention | None:
    """Turn one match of the date regex into a mention, or None when context rules it out."""
    g = m.group
    start, end = m.span()
    if g("rel"):
        key = " ".join(lex.folder.fold(g("rel")).split())
        relation = lookup_phrase(lex, lex.relative, g("rel"))
        guard = lex.relative_guards.get(key)
        if not isinstance(relation, str) or (guard is not None and guard.match(text, end)):
            return None
        return DateMention(start, end, g("rel"), None, None, None, None, relation)
    if g("y6"):
        if not is_year_like(g("y6")) or not is_year(lex, text, start, m.end("y6")):
            return None
        first_year = int(digits_value(g("y6")))
        if g("fy") and int(digits_value(g("fy"))) <= first_year % 100:
            # A span (2023-24, 2023-27) ends later than it starts; otherwise the
            # mention is the year alone.
            end = m.end("y6")
        return DateMention(start, end, text[start:end], None, None, None, first_year, None)
    if g("nd") or g("iy"):
        day, month, year = (_int(g("nd")), _int(g("nm")), _int(g("ny"))) if g("nd") else (
            _int(g("id")), _int(g("im")), _int(g("iy")))
        if _valid_day(day) is None or _valid_month(month) is None:
            return None
        return DateMention(start, end, m.group(), None, day, month, year, None)

    weekday_surface = g("wd")
    month_surface = g("m1") or g("m2") or g("m3") or g("m4") or g("m5")
    day_surface = g("d1") or g("d2") or g("d3") or g("d4")
    year_surface = g("y1") or g("y3") or g("y4") or g("y5")
    weekday_found = lookup(lex, lex.weekdays, weekday_surface) if weekday_surface else None
    month_found = lookup(lex, lex.months, month_surface) if month_surface else None
    if not day_surface and not year_surface:
        # A lone month or weekday name that is also an ordinary word needs its context.
        lone = weekday_surface if weekday_surface and not month_surface else month_surface
        key = lex.folder.fold(lone or "").rstrip(".")
        for candidate in (key, *(key[: -len(s)] for s in lex.case_suffixes if key.endswith(s))):
            if candidate in lex.ambiguous_dates:
                guard = lex.ambiguous_dates[candidate]
                if guard is None or not guard.match(text, end):
                    return None
                break
    return DateMention(
        start,
        end,
        m.group(),
        weekday_found if isinstance(weekday_found, int) else None,
        _valid_day(_int(day_surface)),
        _valid_month(month_found if isinstance(month_found, int) else None),
        int(digits_value(year_surface)) if year_surface else None,
        None,
    )


def extract_dates(text: str, lang: str) -> list[DateMention]:
    """Find dates, weekdays, bare years and relative dates in ``text``.

    ``બુધવારે (11 જૂન)`` is one mention with weekday 2, day 11 and month 6; ``2024 માં``
    is the year 2024; ``ગયા વર્ષે`` is ``last_year``.

    Args:
        text: The analysed text (a sentence or more).
        lang: ISO 639-1 code; a language without ``dates.py`` gets numeric dates and years only.

    Returns:
        The mentions in text order, with character offsets into ``text``.
    """
    lex = lexicon_for(lang)
    found = []
    for m in lex.date.finditer(text):
        mention = _date_from_match(lex, text, m)
        if mention is not None:
            found.append(mention)
    return found
