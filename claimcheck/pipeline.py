"""One spaCy pipeline per language: a blank language class plus claimcheck's own data.

spaCy ships no trained pipeline for Gujarati or Hindi, and none installs here, so each
pipeline starts from ``spacy.blank(<code>)`` and gets from ``claimcheck/lang/<code>/``:
extra tokenizer suffixes (the full stop after an Indic letter, case endings fused onto
Latin acronyms), abbreviations kept whole as special cases, and a sentencizer that knows
the language's sentence-final punctuation.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any

from .lang import defaults_or_neutral
from .lang.char_classes import INDIC, INDIC_DIGITS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

#: Dotted acronyms that are not in any abbreviation list (``ડી.પી.આર.કે.``, ``N.A.T.O.``):
#: two or more groups of one to three letters, each followed by a full stop.
DOTTED_ACRONYM = re.compile(rf"^(?:[A-Za-z{INDIC}]{{1,3}}\.){{2,}}$")
#: Numbers in any script with decimal or grouping separators ("२.५", "૧૧,૦૦૦", "10.30").
_DIGIT = rf"[0-9{INDIC_DIGITS}\u0660-\u0669\u06f0-\u06f9]"
GROUPED_NUMBER = re.compile(rf"^{_DIGIT}+(?:[.,]{_DIGIT}+)+$")
#: A single capital initial ("B. V. Nagarathna"): never the end of a sentence.
INITIAL = re.compile(r"^[A-Z]\.$")
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
    """The sentence-splitting pipeline for ``lang`` (built once per process).

    Unsupported languages get spaCy's multi-language ``xx`` class with the
    language-neutral data; they still split into sentences.
    """
    spacy = load_spacy()
    from spacy.util import compile_suffix_regex

    defaults = defaults_or_neutral(lang)
    try:
        nlp = spacy.blank(defaults.spacy_code)
    except (ImportError, KeyError):  # pragma: no cover - every code in lang/ exists in spaCy
        nlp = spacy.blank("xx")
    tokenizer: Any = nlp.tokenizer  # spacy.tokenizer.Tokenizer (typed as a plain callable)
    if defaults.token_suffixes:
        suffixes = list(nlp.Defaults.suffixes or []) + list(defaults.token_suffixes)
        tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    for abbreviation in defaults.abbreviations:
        tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    default_token_match = tokenizer.token_match

    def token_match(text: str) -> bool:
        if DOTTED_ACRONYM.match(text) or INITIAL.match(text) or GROUPED_NUMBER.match(text):
            return True
        return bool(default_token_match(text)) if default_token_match else False

    tokenizer.token_match = token_match
    nlp.add_pipe("sentencizer", config={"punct_chars": list(defaults.sentence_end_chars)})
    _register_sentence_fixes()
    nlp.add_pipe(COMPONENT_NAME, config={"continuations": list(defaults.quote_continuations)})
    return nlp


def _register_sentence_fixes() -> None:
    from spacy.language import Language

    if COMPONENT_NAME in Language.factories:
        return

    @Language.factory(COMPONENT_NAME, default_config={"continuations": []})
    def make_fixes(nlp: Language, name: str, continuations: list[str]) -> SentenceFixes:
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
