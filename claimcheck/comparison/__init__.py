"""Comparison: inside each group of aligned claims, what the articles agree and differ on.

Each pair of members is checked for: the source and its chain (or attribution in one
article and a bare statement in the other), quantities of the same thing, dates and
weekdays, negation, what happened to the people counted (killed, arrested...), and names
present on one side only: one module per check (``sources_check`` and ``speakers_check``, ``numbers_check``,
``dates_check``, ``negation_check``, ``outcome_check``, ``names_check``), over the
members as :mod:`._members` presents them. A difference several pairs of members show
is reported once (:func:`._members._merge_repeats`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from itertools import combinations

import numpy as np

from ..alignment import AlignedPair, group_pairs, published_apart
from ..types import (
    Article,
    Aspect,
    ClaimGroup,
    ClaimKind,
    ClaimRef,
    Comparison,
    Difference,
    DifferenceCategory,
)
from ._members import ALL_PAIRS_MAX, _Found, _Member, _merge_repeats
from .dates_check import _check_dates
from .names_check import _check_names
from .negation_check import _check_negation
from .numbers_check import _check_numbers
from .outcome_check import _check_outcome
from .sources_check import _check_sources


def compare_aligned(
    articles: Sequence[Article],
    pairs: Sequence[AlignedPair],
    refs: Sequence[Sequence[ClaimRef]],
    model: str,
    encode: Callable[[list[str]], np.ndarray] | None = None,
) -> Comparison:
    """Group aligned claims and report what the articles agree and differ on in each group.

    Args:
        articles: Analysed articles, in report order.
        pairs: Their aligned sentence pairs (:func:`claimcheck.alignment.align_pairs`).
        refs: Per article, its claims that were embedded, in order
            (:func:`claimcheck.alignment.embed_claims`).
        model: The embedding model's identity, for the report.
        encode: Embeds texts like the claims (see :func:`compare_members`).
    """
    order = [ref for article_refs in refs for ref in article_refs]
    by_id = {a.id: a for a in articles}
    groups: list[ClaimGroup] = []
    grouped: set[ClaimRef] = set()
    apart = {frozenset((a.id, b.id)) for a, b in combinations(articles, 2) if published_apart(a, b)}
    different = _different_events(pairs) | apart
    for members, lowest in group_pairs(pairs, order, apart):
        resolved = [_Member(ref, by_id[ref.article], by_id[ref.article].sentences[ref.sentence]) for ref in members]
        agreements, differences, checked = compare_members(resolved, different, encode)
        same_event = not any(frozenset((x.article, y.article)) in different for x, y in combinations(members, 2))
        groups.append(
            ClaimGroup(len(groups) + 1, members, round(lowest, 3), agreements, differences, same_event, checked)
        )
        grouped.update(members)
    only_in = tuple(
        ref
        for ref in order
        if ref not in grouped and by_id[ref.article].sentences[ref.sentence].kind in (ClaimKind.ATTRIBUTED, ClaimKind.UNATTRIBUTED)
    )
    return Comparison(tuple(articles), tuple(groups), only_in, model)


def _different_events(pairs: Sequence[AlignedPair]) -> set[frozenset[str]]:
    """The pairs of articles judged to report different events.

    Two articles are one event when their pairs say so (:attr:`AlignedPair.same_event`),
    or when both are one event with a third: a short wire story shares one claim with a
    long report and several with another wire story. Two articles with no pair between
    them were not judged, and do not make a group "different events".
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x

    for p in pairs:
        if p.same_event:
            parent[find(p.a.article)] = find(p.b.article)
    judged = {frozenset((p.a.article, p.b.article)) for p in pairs}
    return {pair for pair in judged if len({find(article) for article in pair}) == 2}


def compare_members(
    members: Sequence[_Member],
    different: Collection[frozenset[str]] = (),
    encode: Callable[[list[str]], np.ndarray] | None = None,
) -> tuple[tuple[Aspect, ...], tuple[Difference, ...], tuple[str, ...]]:
    """Agreements, differences, and what was checked and found the same, between the
    members of a group.

    Args:
        members: The group's members.
        different: Pairs of article ids judged to report different events: their
            values fill no common slot (the weekday of one meeting and of another), so a
            difference between them is a detail, never a conflict.
        encode: Embeds texts like the claims; given, a negation in a clause the other
            member does not state is a detail (:func:`.negation_check.negated_part_is_stated`).
    """
    differences: list[Difference] = []
    checked: dict[Aspect, bool] = {}
    same: list[str] = []
    pairs = combinations(members, 2) if len(members) <= ALL_PAIRS_MAX else ((members[0], m) for m in members[1:])
    for a, b in pairs:
        if a.ref.article == b.ref.article:
            continue
        for aspect, check in _CHECKS:
            found = check(a, b)
            if found is None:
                continue
            diffs, agreed = found
            if aspect == "negation" and encode is not None:
                diffs = [_negation_in_part(d, a, b, encode) for d in diffs]
            if frozenset((a.ref.article, b.ref.article)) in different:
                diffs = [
                    replace(d, category=DifferenceCategory.ONE_SIDE) if d.category is DifferenceCategory.CONFLICT else d
                    for d in diffs
                ]
            checked.setdefault(aspect, True)
            if any(d.category is DifferenceCategory.CONFLICT for d in diffs) or (diffs and aspect in ("source", "names")):
                checked[aspect] = False
            differences.extend(diffs)
            same.extend(x for x in agreed if x not in same)
    agreements = tuple(aspect for aspect, ok in checked.items() if ok)
    return agreements, tuple(_merge_repeats(differences, [m.ref for m in members])), tuple(_merge_same_sources(same))


def _negation_in_part(d: Difference, a: _Member, b: _Member, encode: Callable[[list[str]], np.ndarray]) -> Difference:
    from .negation_check import negated_part_is_stated

    if d.category is not DifferenceCategory.CONFLICT:
        return d
    negated, other = (a, b) if d.sides[0].value == "negated" else (b, a)
    if negated_part_is_stated(negated, other, encode):
        return d
    detail = f"{d.detail}, in a part of the sentence the other does not state"
    return replace(d, category=DifferenceCategory.ONE_SIDE, rule="negation.other_part", confidence=0.4, detail=detail)


_SAME_SOURCE = "same source: "


def _merge_same_sources(same: list[str]) -> list[str]:
    """One "same source" line per source, however each pair of members names it:
    "same source: Police = पुलिस" and "same source: पुलिस = પોલીસ" become "same source:
    Police = पुलिस = પોલીસ" (in the place of the first)."""
    groups: list[list[str]] = []
    out: list[str | list[str]] = []
    for line in same:
        if not line.startswith(_SAME_SOURCE):
            out.append(line)
            continue
        names = list(dict.fromkeys(line[len(_SAME_SOURCE) :].split(" = ")))
        joined = [g for g in groups if {n.casefold() for n in g} & {n.casefold() for n in names}]
        if not joined:
            groups.append(list(names))
            out.append(groups[-1])
            continue
        first = joined[0]
        for g in joined[1:]:  # a line that links two earlier groups merges them
            first.extend(n for n in g if n.casefold() not in {f.casefold() for f in first})
            g.clear()
        first.extend(n for n in names if n.casefold() not in {f.casefold() for f in first})
    return [x if isinstance(x, str) else _SAME_SOURCE + " = ".join(x) for x in out if x]


_CHECKS: tuple[tuple[Aspect, Callable[[_Member, _Member], _Found | None]], ...] = (
    ("source", _check_sources),
    ("numbers", _check_numbers),
    ("dates", _check_dates),
    ("negation", _check_negation),
    ("outcome", _check_outcome),
    ("names", _check_names),
)
