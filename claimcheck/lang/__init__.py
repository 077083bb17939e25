"""Per-language data, one package per language as spaCy keeps ``spacy/lang/<iso>/``.

Each ``claimcheck/lang/<code>/__init__.py`` defines a ``Defaults`` class (a
:class:`~claimcheck.lang.base.LanguageDefaults`) that gathers the language's data
modules. Languages load lazily, on first use. Adding a language means adding a folder (and,
for spaCy to find its ``Language`` class by code, an entry point), never a branch in code.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path

from ..errors import UnsupportedLanguageError
from .base import LanguageDefaults

#: The language-neutral data used for every other language (spaCy's ``xx``).
NEUTRAL = "xx"


def _language_folders() -> tuple[str, ...]:
    """Codes of the language packages beside this file: adding a folder adds a language."""
    here = Path(__file__).parent
    return tuple(
        sorted(p.name for p in here.iterdir() if (p / "__init__.py").is_file() and p.name != NEUTRAL)
    )


class _LanguageTable(Mapping[str, str]):
    """Supported codes -> English names; the codes come from the folder names, the names
    from each language's ``Defaults`` (imported on first use of a name)."""

    def __init__(self) -> None:
        self._codes = _language_folders()

    def __getitem__(self, code: str) -> str:
        if code not in self._codes:
            raise KeyError(code)
        return get_defaults(code).name

    def __iter__(self) -> Iterator[str]:
        return iter(self._codes)

    def __len__(self) -> int:
        return len(self._codes)

    def __contains__(self, code: object) -> bool:
        return code in self._codes


#: Languages with full support (furniture, abbreviations, attribution cues, numbers),
#: mapped to their English names.
LANGUAGES: Mapping[str, str] = _LanguageTable()

def is_supported(code: str) -> bool:
    """Whether claimcheck has language data for ``code``."""
    return code in LANGUAGES


@cache
def get_defaults(code: str) -> type[LanguageDefaults]:
    """Return the ``Defaults`` of a supported language, importing its package on demand.

    Raises:
        UnsupportedLanguageError: ``code`` is not one of :data:`LANGUAGES` (nor ``xx``).
    """
    if code != NEUTRAL and code not in LANGUAGES:
        supported = ", ".join(f"{c} ({n})" for c, n in LANGUAGES.items())
        raise UnsupportedLanguageError(
            f"no language data for {code!r}; supported languages: {supported}"
        )
    module = importlib.import_module(f"{__name__}.{code}")
    defaults: type[LanguageDefaults] = module.Defaults
    return defaults


def defaults_or_neutral(code: str) -> type[LanguageDefaults]:
    """The language's ``Defaults`` if supported, else the language-neutral ones."""
    return get_defaults(code if code in LANGUAGES else NEUTRAL)


def all_defaults() -> tuple[type[LanguageDefaults], ...]:
    """Every supported language's ``Defaults`` plus the neutral ones, in a stable order."""
    return tuple(get_defaults(c) for c in (NEUTRAL, *sorted(LANGUAGES)))


@cache
def _date_words(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """Month and weekday names a text in ``lang`` uses (its own and those it borrows,
    English always), and its case endings."""
    names: set[str] = set()
    for code in (lang, *defaults_or_neutral(lang).dates.extra_date_languages, "en"):
        data = defaults_or_neutral(code).dates
        # Not the ambiguous ones: "May", "Sun", "Jan", پیر are also names.
        names |= {w.lower() for w in (*data.months, *data.weekdays) if len(w) >= 3 and w not in data.ambiguous_date_words}
    return frozenset(names), defaults_or_neutral(lang).case_markers.suffixes


def is_date_word(word: str, lang: str) -> bool:
    """Whether ``word`` is a month or weekday name, or one with a case ending (રવિવારે,
    "on Sunday"): never a name, never a speaker."""
    names, suffixes = _date_words(lang)
    lowered = word.lower()
    if lowered in names:
        return True
    return any(lowered.endswith(s) and lowered[: -len(s)] in names for s in suffixes)
