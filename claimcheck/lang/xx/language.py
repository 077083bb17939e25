"""spaCy's MultiLanguage class with claimcheck's tokenizer rules and language data."""

from __future__ import annotations

from spacy.lang.xx import MultiLanguage as _SpacyMultiLanguage

from ..spacy_lang import claimcheck_defaults
from . import Defaults as _Data

__all__ = ["MultiLanguage"]


class MultiLanguage(_SpacyMultiLanguage):
    Defaults = claimcheck_defaults(_SpacyMultiLanguage.Defaults, _Data)
