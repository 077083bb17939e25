"""spaCy's Hindi class with claimcheck's tokenizer rules and language data."""

from __future__ import annotations

from spacy.lang.hi import Hindi as _SpacyHindi

from ..spacy_lang import claimcheck_defaults
from . import Defaults as _Data

__all__ = ["Hindi"]


class Hindi(_SpacyHindi):
    Defaults = claimcheck_defaults(_SpacyHindi.Defaults, _Data)
