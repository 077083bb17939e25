"""Urdu."""

from __future__ import annotations

from ..base import LanguageDefaults
from .abbreviations import ABBREVIATIONS
from .furniture import BYLINE_PATTERNS, FURNITURE_PATTERNS


class Defaults(LanguageDefaults):
    code = "ur"
    name = "Urdu"
    spacy_code = "ur"
    abbreviations = ABBREVIATIONS
    furniture_patterns = FURNITURE_PATTERNS
    byline_patterns = BYLINE_PATTERNS
    sentence_end_chars = (".", "!", "?", "۔", "؟")
