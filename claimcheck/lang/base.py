"""The shape of a language's data: what each ``claimcheck/lang/<code>`` package provides."""

from __future__ import annotations

from typing import ClassVar


class LanguageDefaults:
    """Data for one language; subclasses in ``claimcheck/lang/<code>/`` fill it in.

    Everything is plain data (strings, tuples of regexes); the modules that use it
    (reading, pipeline, attribution, quantities) hold the logic.
    """

    code: ClassVar[str] = "xx"
    """ISO 639-1 code."""
    name: ClassVar[str] = "Multi-language"
    """English name."""
    spacy_code: ClassVar[str] = "xx"
    """The code of the blank spaCy language class to start from."""
    abbreviations: ClassVar[tuple[str, ...]] = ()
    """Tokens ending in ``.`` that never end a sentence (``ડૉ.``, ``U.S.``)."""
    furniture_patterns: ClassVar[tuple[str, ...]] = ()
    """Regexes matched (full, case-insensitive) against a stripped line: page furniture."""
    byline_patterns: ClassVar[tuple[str, ...]] = ()
    """Regexes for byline/timestamp lines: kept as metadata, not sentences."""
    token_suffixes: ClassVar[tuple[str, ...]] = ()
    """Extra tokenizer suffix regexes (on top of spaCy's) that fix known splitting faults."""
    token_infixes: ClassVar[tuple[str, ...]] = ()
    """Extra tokenizer infix regexes."""
    sentence_end_chars: ClassVar[tuple[str, ...]] = (".", "!", "?")
    """Characters that end a sentence."""
    quote_continuations: ClassVar[tuple[str, ...]] = ()
    """Words that continue a sentence after a closing quote ("'…?' असा सवाल …", "'…,' તેમ …")."""
