"""claimcheck's languages as spaCy ``Language`` classes.

Each ``claimcheck/lang/<code>/language.py`` subclasses spaCy's class for the code and
gives it a ``Defaults`` that is both spaCy's (tokenizer rules, as data, so a pipeline
saves and loads) and claimcheck's (every piece of the language's data, as typed
attributes: ``nlp.Defaults.attribution``, ``.numbers``, ``.furniture_patterns``...). The
classes are registered with spaCy through the ``spacy_languages`` entry point, so
``spacy.blank("gu")`` in a user's script tokenises as claimcheck does (``KCNAના`` is
two tokens).

This module imports spaCy; :mod:`claimcheck.lang` itself does not, so that steps which
need only the data (reading, comparing cached analyses) stay fast.
"""

from __future__ import annotations

import importlib
import re
from functools import cache
from typing import TYPE_CHECKING, Any

from .base import LanguageDefaults
from .char_classes import INDIC, INDIC_DIGITS, INVISIBLE

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

#: Tokens kept whole whatever the affix rules say: dotted acronyms not in any
#: abbreviation list (``ડી.પી.આર.કે.``, ``N.A.T.O.``), single capital initials ("B. V.
#: Nagarathna"), and numbers in any script with decimal or grouping separators ("२.५",
#: "૧૧,૦૦૦"). One regex, so that the tokenizer serialises it.
_DIGIT = rf"[0-9{INDIC_DIGITS}\u0660-\u0669\u06f0-\u06f9]"
TOKEN_MATCH = re.compile(
    rf"^(?:(?:[A-Za-z{INDIC}]{{1,3}}\.){{2,}}|[A-Z]\.|{_DIGIT}+(?:[.,]{_DIGIT}+)+)$"
).match


_INVISIBLE = re.compile(f"[{INVISIBLE}]")


class IgnoringInvisible:
    """A lexical attribute getter that ignores invisible characters, so that the token
    "sa\u200bid" has the lower form, norm, shape and affixes of "said" (its text, and so
    every offset, stays the original). A class, not a closure, so that a pipeline pickles."""

    def __init__(self, getter: Any) -> None:
        self.getter = getter

    def __call__(self, string: str) -> Any:
        if _INVISIBLE.search(string):
            visible = _INVISIBLE.sub("", string)
            return self.getter(visible or string)
        return self.getter(string)


def claimcheck_defaults(spacy_defaults: Any, data: type[LanguageDefaults]) -> Any:
    """spaCy's ``Defaults`` for a language, extended with claimcheck's ``data``.

    The tokenizer rules become class data: extra suffixes (a full stop after an Indic
    letter, case endings fused onto Latin acronyms), abbreviations as special cases, and
    :data:`TOKEN_MATCH`.
    """
    from spacy.symbols import ORTH
    from spacy.util import update_exc

    suffixes = [*(spacy_defaults.suffixes or ()), *data.token_suffixes]
    infixes = [*(spacy_defaults.infixes or ()), *data.token_infixes]
    exceptions = update_exc(spacy_defaults.tokenizer_exceptions, {a: [{ORTH: a}] for a in data.abbreviations})
    from spacy.lang.lex_attrs import LEX_ATTRS

    merged: Any = type("Merged", (spacy_defaults, data), {})
    getters = {**LEX_ATTRS, **merged.lex_attr_getters}
    namespace: dict[str, Any] = {
        "lex_attr_getters": {attr: IgnoringInvisible(getter) for attr, getter in getters.items()},
        "suffixes": suffixes,
        "infixes": infixes,
        "tokenizer_exceptions": exceptions,
        "token_match": TOKEN_MATCH,
        "__doc__": f"spaCy's and claimcheck's data for {data.name}.",
    }
    return type(f"{data.name.replace('-', '')}Defaults", (spacy_defaults, data), namespace)


@cache
def get_language_class(code: str) -> type[Language]:
    """claimcheck's ``Language`` class for a supported ``code``; spaCy's multi-language
    class with the neutral data for any other."""
    from . import NEUTRAL, is_supported

    if not is_supported(code):
        code = NEUTRAL
    module = importlib.import_module(f"{__package__}.{code}.language")
    cls: type[Language] = getattr(module, module.__all__[0])
    return cls
