"""Urdu."""

from __future__ import annotations

from ..base import LanguageDefaults
from .abbreviations import ABBREVIATIONS
from .attribution import ATTRIBUTION
from .case_markers import CASE_MARKERS
from .dates import DATES
from .furniture import BYLINE_PATTERNS, FURNITURE_PATTERNS
from .negation import NEGATION
from .numbers import NUMBERS
from .outcomes import NOT_OUTCOMES, OUTCOMES
from .places import PLACE_KINDS


class Defaults(LanguageDefaults):
    code = "ur"
    name = "Urdu"
    spacy_code = "ur"
    abbreviations = ABBREVIATIONS
    furniture_patterns = FURNITURE_PATTERNS
    byline_patterns = BYLINE_PATTERNS
    sentence_end_chars = (".", "!", "?", "۔", "؟")
    attribution = ATTRIBUTION
    numbers = NUMBERS
    dates = DATES
    negation = NEGATION
    outcomes = OUTCOMES
    not_outcomes = NOT_OUTCOMES
    place_kinds = PLACE_KINDS
    case_markers = CASE_MARKERS
    transliteration = ("\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff", "ARABIC_SKELETON")
