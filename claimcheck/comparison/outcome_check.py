"""Outcome checks: what happened to the people a claim counts ("14 arrested" vs "14
killed").

Two sentences can share their source, number and weekday and still say different
things: aligned by their embeddings ("police said 14 people ... after clashes"), they
would read as "agrees". Each language lists the words of a few outcomes that news counts
(``claimcheck/lang/<code>/outcomes.py``: killed, injured, arrested, missing); two
members that each state outcomes, none in common, disagree on what happened: a conflict
when they count the same number ("14 arrested" vs "14 killed"), else a detail (the
aligner may have joined two events: "four injured by a drone" beside "14 killed in
August"). A member that states none says nothing either way ("14 people" against "14
people were killed" is a detail, which the number check already compares).
"""

from __future__ import annotations

import re
from functools import cache

from ..types import DifferenceKind, DifferenceSide
from ._members import _difference, _Found, _Member, _span
from .dates_check import _wrapper_ranges


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


def _check_outcome(a: _Member, b: _Member) -> _Found | None:
    """Outcomes on both sides and none in common: a conflict of what happened."""
    oa, ob = outcomes(a), outcomes(b)
    if not oa or not ob:
        return None
    shared = sorted(set(oa) & set(ob))
    if shared:
        return [], [f"same outcome: {', '.join(shared)}"]
    sides = (
        DifferenceSide(a.ref, ", ".join(sorted(oa)), tuple(_span(a, s, e) for spans in oa.values() for s, e in spans)),
        DifferenceSide(b.ref, ", ".join(sorted(ob)), tuple(_span(b, s, e) for spans in ob.values() for s, e in spans)),
    )
    detail = f"{sides[0].value} vs {sides[1].value}"
    if _counts(a) & _counts(b):
        # The same count, another fate: "14 arrested" vs "14 killed".
        return [_difference(DifferenceKind.OUTCOME, sides, detail, "outcome.same_count", 0.7)], []
    # Without a count in common the two may be two events the aligner joined ("four
    # injured by a drone" beside "14 killed in August"): a detail, not a conflict.
    return [_difference(DifferenceKind.OUTCOME, sides, detail + " (no count in common)", "outcome.different", 0.5)], []


def _counts(member: _Member) -> frozenset[float]:
    """The member's counts of people: "14 people", "14 जण ठार"; not "three days"."""
    from ..quantities import PEOPLE_UNITS
    from .numbers_check import _quantities  # cached: the number check reads the same sentences

    return frozenset(q.low for q in _quantities(member.view, member.sentence.lang) if q.unit in PEOPLE_UNITS)
