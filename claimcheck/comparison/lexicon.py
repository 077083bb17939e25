"""The few words per language that tell which slot a value fills, read from the
language's data.

The comparison needs to know whether a count is new or cumulative, whether a weekday
names a night (which runs into the next day), whether a number is a clock time, and
whether a negation is the "not only" of "not only ... but also". These are small closed
classes of function words, kept with the rest of each language's data in
``claimcheck/lang/<code>/`` (``numbers.py``: increment and total words; ``dates.py``:
night and clock words; ``negation.py``: "only", contrast and coordination words;
``case_markers.py``: plural endings). A language without
them gets none of these refinements (values are then compared as they stand).
"""

from __future__ import annotations

import re
from functools import cache

from ..lang import defaults_or_neutral
from ..lang.char_classes import LETTER

#: Each table: which of the language's data it is in, and the field.
_TABLES: dict[str, tuple[str, str]] = {
    "increment": ("numbers", "increment_words"),
    "increment_next": ("numbers", "increment_next_words"),
    "total": ("numbers", "total_words"),
    "earlier": ("numbers", "earlier_words"),
    "demand": ("numbers", "demand_words"),
    "rate": ("numbers", "rate_words"),
    "night": ("dates", "night_words"),
    "late_day": ("dates", "late_day_words"),
    "attributive": ("dates", "attributive_markers"),
    "until": ("dates", "until_words"),
    "from": ("dates", "from_words"),
    "clock": ("dates", "clock_words"),
    "predicate_auxiliary": ("dates", "predicate_auxiliaries"),
    "only": ("negation", "only_words"),
    "contrast": ("negation", "contrast_words"),
    "coordination": ("negation", "coordination_words"),
    "denial": ("negation", "denial_words"),
    "inner": ("negation", "inner_words"),
    "plural": ("case_markers", "plural_endings"),
    "particle": ("case_markers", "particles"),
}

#: A word: letters of the scripts claimcheck reads, without the punctuation their blocks
#: also hold (the danda "।", Urdu's full stop "۔", comma "،", semicolon and question mark).
_WORD = re.compile(rf"(?:(?![\u0964\u0965\u060c\u061b\u061f\u06d4])[{LETTER}])+")


def words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, lower-cased word) of every word of ``text``."""
    return [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]


def fused(word: str, markers: frozenset[str]) -> bool:
    """Whether a word of a script that fuses its endings onto the word ("१ सप्टेंबरपासून",
    "યોજાનારી") ends in one of ``markers`` (a table's non-Latin words) with more before it."""
    return not word.isascii() and any(word.endswith(m) and word != m for m in markers if not m.isascii())


@cache
def table(kind: str, lang: str) -> frozenset[str]:
    """The words of one table (``increment``, ``total``, ``clock``...) for ``lang``;
    empty if the language has none."""
    data, name = _TABLES[kind]
    values: tuple[str, ...] = getattr(getattr(defaults_or_neutral(lang), data), name)
    return frozenset(w.lower() for w in values)
