"""spaCy's Gujarati class with claimcheck's tokenizer rules and language data."""

from __future__ import annotations

from spacy.lang.gu import Gujarati as _SpacyGujarati

from ..spacy_lang import claimcheck_defaults
from . import Defaults as _Data

__all__ = ["Gujarati"]


class Gujarati(_SpacyGujarati):
    Defaults = claimcheck_defaults(_SpacyGujarati.Defaults, _Data)
