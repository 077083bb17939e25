"""Marathi."""

from __future__ import annotations

from ..base import LanguageDefaults
from ..indic import DEVANAGARI_INITIALS, TOKEN_SUFFIXES
from .abbreviations import ABBREVIATIONS
from .furniture import BYLINE_PATTERNS, FURNITURE_PATTERNS


class Defaults(LanguageDefaults):
    code = "mr"
    name = "Marathi"
    spacy_code = "mr"
    abbreviations = ABBREVIATIONS + DEVANAGARI_INITIALS
    furniture_patterns = FURNITURE_PATTERNS
    byline_patterns = BYLINE_PATTERNS
    token_suffixes = TOKEN_SUFFIXES
    quote_continuations = ("असे", "असा", "अशी", "असं", "असेही", "अशीही")
    sentence_end_chars = (".", "!", "?", "।", "॥")
