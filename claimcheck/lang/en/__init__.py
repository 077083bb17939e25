"""English."""

from __future__ import annotations

from ..base import LanguageDefaults
from .abbreviations import ABBREVIATIONS
from .furniture import BYLINE_PATTERNS, FURNITURE_PATTERNS


class Defaults(LanguageDefaults):
    code = "en"
    name = "English"
    spacy_code = "en"
    abbreviations = ABBREVIATIONS
    furniture_patterns = FURNITURE_PATTERNS
    byline_patterns = BYLINE_PATTERNS
    sentence_end_chars = (".", "!", "?")
