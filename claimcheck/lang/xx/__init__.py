"""Language-neutral data: furniture that looks the same in every language."""

from __future__ import annotations

from ..base import LanguageDefaults
from ..indic import TOKEN_SUFFIXES
from .furniture import BYLINE_PATTERNS, FURNITURE_PATTERNS


class Defaults(LanguageDefaults):
    code = "xx"
    name = "Multi-language"
    spacy_code = "xx"
    furniture_patterns = FURNITURE_PATTERNS
    byline_patterns = BYLINE_PATTERNS
    token_suffixes = TOKEN_SUFFIXES
    sentence_end_chars = (".", "!", "?", "।", "॥", "۔", "؟")
