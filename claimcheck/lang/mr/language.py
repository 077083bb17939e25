"""spaCy's Marathi class with claimcheck's tokenizer rules and language data."""

from __future__ import annotations

from spacy.lang.mr import Marathi as _SpacyMarathi

from ..spacy_lang import claimcheck_defaults
from . import Defaults as _Data

__all__ = ["Marathi"]


class Marathi(_SpacyMarathi):
    Defaults = claimcheck_defaults(_SpacyMarathi.Defaults, _Data)
