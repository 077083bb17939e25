"""spaCy's Urdu class with claimcheck's tokenizer rules and language data."""

from __future__ import annotations

from spacy.lang.ur import Urdu as _SpacyUrdu

from ..spacy_lang import claimcheck_defaults
from . import Defaults as _Data

__all__ = ["Urdu"]


class Urdu(_SpacyUrdu):
    Defaults = claimcheck_defaults(_SpacyUrdu.Defaults, _Data)
