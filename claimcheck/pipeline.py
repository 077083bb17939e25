"""One spaCy pipeline per language: a blank language class plus claimcheck's own data.

spaCy ships no trained pipeline for Gujarati or Hindi, and none installs here, so each
pipeline starts from ``spacy.blank(<code>)`` and gets from ``claimcheck/lang/<code>/``:
extra tokenizer suffixes (the full stop after an Indic letter, case endings fused onto
Latin acronyms), abbreviations kept whole as special cases, and a sentencizer that knows
the language's sentence-final punctuation.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .lang import defaults_or_neutral
from .lang.char_classes import INDIC

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

#: Dotted acronyms that are not in any abbreviation list (``ડી.પી.આર.કે.``, ``N.A.T.O.``):
#: two or more groups of one to three letters, each followed by a full stop.
DOTTED_ACRONYM = re.compile(rf"^(?:[A-Za-z{INDIC}]{{1,3}}\.){{2,}}$")


@lru_cache(maxsize=None)
def get_pipeline(lang: str) -> Language:
    """The sentence-splitting pipeline for ``lang`` (built once per process).

    Unsupported languages get spaCy's multi-language ``xx`` class with the
    language-neutral data; they still split into sentences.
    """
    import spacy
    from spacy.util import compile_suffix_regex

    defaults = defaults_or_neutral(lang)
    try:
        nlp = spacy.blank(defaults.spacy_code)
    except (ImportError, KeyError):  # pragma: no cover - every code in lang/ exists in spaCy
        nlp = spacy.blank("xx")
    tokenizer = nlp.tokenizer
    if defaults.token_suffixes:
        suffixes = list(nlp.Defaults.suffixes or []) + list(defaults.token_suffixes)
        tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    for abbreviation in defaults.abbreviations:
        tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    default_token_match = tokenizer.token_match

    def token_match(text: str) -> bool:
        if DOTTED_ACRONYM.match(text):
            return True
        return bool(default_token_match(text)) if default_token_match else False

    tokenizer.token_match = token_match
    nlp.add_pipe("sentencizer", config={"punct_chars": list(defaults.sentence_end_chars)})
    return nlp
