"""One spaCy pipeline per language: a blank language class plus claimcheck's own data.

spaCy ships no trained pipeline for Gujarati or Hindi, and none installs here, so each
pipeline starts from ``spacy.blank(<code>)`` and gets from ``claimcheck/lang/<code>/``:
extra tokenizer suffixes (the full stop after an Indic letter, case endings fused onto
Latin acronyms), abbreviations kept whole as special cases, and a sentencizer that knows
the language's sentence-final punctuation.
"""

from __future__ import annotations

import sys
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

#: Quote marks: straight, curly, guillemets.
QUOTES = "\"'“”‘’«»"

COMPONENT_NAME = "claimcheck_sentence_fixes"


def load_spacy() -> ModuleType:
    """Import spaCy without letting thinc import torch.

    thinc imports torch at start-up whenever it is installed (it is, for the embedding
    model), which adds about 1.6 s to every command; claimcheck's pipelines never run
    on torch. If torch is already imported, nothing changes.
    """
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    blocked = "torch" not in sys.modules
    if blocked:
        sys.modules["torch"] = None  # type: ignore[assignment]  # makes `import torch` fail
    try:
        import spacy
    finally:
        if blocked and sys.modules.get("torch", False) is None:
            del sys.modules["torch"]
    return spacy


@cache
def get_pipeline(lang: str) -> Language:
    """The sentence-splitting pipeline for ``lang``, built once per process (see
    :func:`sentence_pipeline`)."""
    return sentence_pipeline(lang)


def sentence_pipeline(lang: str) -> Language:
    """A new sentence-splitting pipeline for ``lang``: claimcheck's
    ``Language`` class for it (:mod:`claimcheck.lang.spacy_lang`), a sentencizer that
    knows the language's sentence-final punctuation, and the quote fixes.

    Unsupported languages get spaCy's multi-language ``xx`` class with the
    language-neutral data; they still split into sentences.
    """
    load_spacy()
    from .lang.spacy_lang import get_language_class

    nlp = get_language_class(lang)()
    punct_chars, continuations = sentence_rules(lang)
    nlp.add_pipe("sentencizer", config={"punct_chars": punct_chars})
    register_sentence_fixes()
    nlp.add_pipe(COMPONENT_NAME, config={"continuations": continuations})
    return nlp


def sentence_rules(lang: str) -> tuple[list[str], list[str]]:
    """The language's sentence-final punctuation (the sentencizer's ``punct_chars``) and
    the words that continue a sentence after a closing quote (the quote fixes'
    ``continuations``): one definition for this pipeline and for the attribution
    component when it splits a bare pipeline's text."""
    from .lang import defaults_or_neutral

    defaults: Any = defaults_or_neutral(lang)
    return list(defaults.sentence_end_chars), list(defaults.quote_continuations)


def register_sentence_fixes() -> None:
    from spacy.language import Language

    if COMPONENT_NAME in Language.factories:
        return

    Language.factory(COMPONENT_NAME, default_config={"continuations": []}, func=make_sentence_fixes)


def make_sentence_fixes(nlp: Language, name: str, continuations: list[str]) -> SentenceFixes:
    """Factory of the ``claimcheck_sentence_fixes`` component."""
    return SentenceFixes(continuations)


class SentenceFixes:
    """Corrects two sentencizer habits around quotation marks.

    * ``Monday. "No one…``: the opening quote belongs to the next sentence, not to the
      end of this one (a quote with a space before it and none after opens).
    * ``"…?" असा सवाल न्यायालयाने केला।``: after a closing quote, a quotative word
      continues the sentence.
    """

    def __init__(self, continuations: list[str]) -> None:
        self.continuations = {c.lower() for c in continuations}

    def __call__(self, doc):  # type: ignore[no-untyped-def]
        for tok in doc[1:-1]:
            nxt = doc[tok.i + 1]
            prev = doc[tok.i - 1]
            opening = tok.text in QUOTES and prev.whitespace_ and not tok.whitespace_
            if opening and nxt.is_sent_start and not tok.is_sent_start and prev.text[-1:] in ".!?।۔؟":
                tok.is_sent_start = True
                nxt.is_sent_start = False
        for tok in doc[1:]:
            if tok.is_sent_start and tok.lower_ in self.continuations and doc[tok.i - 1].text[-1:] in QUOTES:
                tok.is_sent_start = False
        return doc
