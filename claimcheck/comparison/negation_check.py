"""Negation checks: the same predicate negated on one side only."""

from __future__ import annotations

from ..types import (
    DifferenceKind,
    DifferenceSide,
)
from ._members import _difference, _Found, _Member, _span
from .dates_check import _wrapper_ranges
from .numbers_check import _negations


def _claim_negations(member: _Member) -> list[tuple[int, int, str]]:
    """The negation markers that negate the claim: not those of "not only ... but also"
    (which affirms both parts), nor those in the attribution's wrapper."""
    from .lexicon import table, words

    lang = member.sentence.lang
    tokens = words(member.view)
    only, contrast = table("only", lang), table("contrast", lang)
    wrappers = _wrapper_ranges(member)
    out = []
    for start, end, surface in _negations(member.view, lang):
        before = [w for s, e, w in tokens if e <= start][-3:]
        after = [w for s, e, w in tokens if s >= end]
        if (set(before) | set(after[:2])) & only and set(after[:10]) & contrast:
            continue  # "not only energy but also ...", "માત્ર ઊર્જા જ નહીં, પરંતુ ... પણ"
        if any(ws <= start < we for ws, we in wrappers):
            continue  # "X did not say when ...": the wrapper's, not the claim's
        out.append((start, end, surface))
    return out


def _check_negation(a: _Member, b: _Member) -> _Found | None:
    """The claim's predicate negated on one side only: a conflict (the same proposition
    affirmed and denied). A denial both sides report is no negation: verbs of denial are
    attribution cues."""
    na, nb = _claim_negations(a), _claim_negations(b)
    if bool(na) == bool(nb):
        return [], (["both negated"] if na else [])
    sides = (
        DifferenceSide(a.ref, "negated" if na else "affirmed", tuple(_span(a, s, e) for s, e, _ in na)),
        DifferenceSide(b.ref, "negated" if nb else "affirmed", tuple(_span(b, s, e) for s, e, _ in nb)),
    )
    negated = a if na else b
    return [_difference(DifferenceKind.NEGATION, sides, f"negated only in {negated.ref.article}", "negation.one_side", 0.75)], []


# -- names ------------------------------------------------------------------------------
