"""Per-language data, one package per language as spaCy keeps ``spacy/lang/<iso>/``.

Each ``claimcheck/lang/<code>/__init__.py`` defines a ``Defaults`` class (a
:class:`~claimcheck.lang.base.LanguageDefaults`) that gathers the language's data
modules. Languages load lazily, on first use. Adding a language means adding a folder
and a line in :data:`LANGUAGES`, never a branch in code.
"""

from __future__ import annotations

import importlib
from functools import cache

from ..errors import UnsupportedLanguageError
from .base import LanguageDefaults

#: Languages with full support (furniture, abbreviations, attribution cues, numbers),
#: mapped to their English names.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "gu": "Gujarati",
    "hi": "Hindi",
    "mr": "Marathi",
    "ur": "Urdu",
}

#: The language-neutral data used for every other language (spaCy's ``xx``).
NEUTRAL = "xx"


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
