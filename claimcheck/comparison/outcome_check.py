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

from ..types import DifferenceKind, DifferenceSide
from ._members import _difference, _Found, _Member, _span
from .outcome_words import outcomes


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
    from ._extracted import _quantities  # cached: the number check reads the same sentences

    return frozenset(q.low for q in _quantities(member.view, member.sentence.lang) if q.unit in PEOPLE_UNITS)
