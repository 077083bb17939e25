"""spaCy's English class with claimcheck's tokenizer rules and language data."""

from __future__ import annotations

from spacy.lang.en import English as _SpacyEnglish

from ..spacy_lang import claimcheck_defaults
from . import Defaults as _Data

__all__ = ["English"]


class English(_SpacyEnglish):
    Defaults = claimcheck_defaults(_SpacyEnglish.Defaults, _Data)
