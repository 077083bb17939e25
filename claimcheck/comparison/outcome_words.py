"""The words that say what happened to the people a claim counts (killed, injured,
arrested, missing), found in a member's claim: read by the outcome check and by the
number check (a count of people counts what happened to them)."""

from __future__ import annotations

import re
from functools import cache

from ._members import _Member
from ._wrappers import _wrapper_ranges


@cache
def _table(lang: str) -> tuple[tuple[tuple[str, tuple[str, ...]], ...], tuple[str, ...]]:
    """The language's outcomes with their words, and its words in another sense, lower-cased."""
    from ..lang import defaults_or_neutral

    defaults = defaults_or_neutral(lang)
    table = tuple((outcome, tuple(w.lower() for w in ws)) for outcome, ws in defaults.outcomes.items())
    return table, tuple(w.lower() for w in defaults.not_outcomes)


def _word_matches(word: str, form: str) -> bool:
    # Latin words are listed in every form (a prefix "dead" would match "deadline");
    # other scripts take case and number endings after the listed stem.
    return word == form if form.isascii() else word.startswith(form)


def _phrase_spans(text: str, phrase: str) -> list[tuple[int, int]]:
    """Every occurrence of ``phrase`` in ``text`` that starts a word (and, in Latin
    letters, ends one)."""
    out = []
    for m in re.finditer(re.escape(phrase), text):
        s, e = m.span()
        if s > 0 and text[s - 1].isalpha():
            continue
        if phrase.isascii() and e < len(text) and text[e].isalpha():
            continue
        out.append((s, e))
    return out


def outcomes(member: _Member) -> dict[str, list[tuple[int, int]]]:
    """Outcome -> where the member's claim states it (offsets in its view); the
    attribution's wrapper ("police said") is not the claim's, nor a word in another
    sense ("cardiac arrest", "death sentence")."""
    from .lexicon import words

    table, other_senses = _table(member.sentence.lang)
    text = member.view.lower()
    hidden = [sp for guard in other_senses if " " in guard for sp in _phrase_spans(text, guard)]
    hidden += _wrapper_ranges(member)
    tokens = [
        (s, e, w) for s, e, w in words(member.view)
        if not any(_word_matches(w, guard) for guard in other_senses if " " not in guard)
    ]
    found: dict[str, list[tuple[int, int]]] = {}
    for outcome, forms in table:
        for form in forms:
            if " " in form:
                spans = _phrase_spans(text, form)
            else:
                spans = [(s, e) for s, e, w in tokens if _word_matches(w, form)]
            spans = [sp for sp in spans if not any(hs <= sp[0] < he for hs, he in hidden)]
            if spans:
                found.setdefault(outcome, []).extend(spans)
    return found
