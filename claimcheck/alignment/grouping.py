"""Grouping aligned pairs: which sentences of several articles state one claim (see
:mod:`claimcheck.alignment` for how the pairs are found)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from ..types import ClaimRef

if TYPE_CHECKING:
    from . import AlignedPair


def group_pairs(
    pairs: Sequence[AlignedPair], order: Sequence[ClaimRef], apart: Collection[frozenset[str]] = ()
) -> list[tuple[tuple[ClaimRef, ...], float]]:
    """Join pairs into groups, each with its lowest cosine; a group holds at most one
    sentence per article, and never two articles of a pair in ``apart`` (article ids of
    reports of different events, :func:`claimcheck.alignment.published_apart`). A sentence may belong to
    several groups: a lede states several claims (see :attr:`AlignedPair.joins_only`).

    Pairs join in falling order of cosine (for the calibrated aligner too: ordering by its
    probability lost 3-6 true pairs per half of fixtures/coverage), and a join that would put two sentences of
    one article in a group is refused: without that rule, chains of merely similar
    sentences grow into one group spanning most of a large corpus. Groups come in the
    order of their earliest member in ``order`` (article order, then sentence order),
    and members in that order too.
    """
    parent: dict[ClaimRef, ClaimRef] = {}
    articles: dict[ClaimRef, set[str]] = {}

    def find(x: ClaimRef) -> ClaimRef:
        if x not in parent:
            parent[x] = x
            articles[x] = {x.article}
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    position = {ref: n for n, ref in enumerate(order)}
    kept: list[AlignedPair] = []
    ranked = sorted(pairs, key=lambda p: (-p.cosine, position[p.a], position[p.b]))
    for p in ranked:
        if p.joins_only:
            continue
        ra, rb = find(p.a), find(p.b)
        if ra == rb:
            kept.append(p)
        elif not articles[ra] & articles[rb] and not _holds_apart(articles[ra], articles[rb], apart):
            parent[rb] = ra
            articles[ra] |= articles.pop(rb)
            kept.append(p)
    # Only sentences joined by a kept pair belong to a group: one whose pairs were all
    # refused stays "only in one article".
    members: dict[ClaimRef, set[ClaimRef]] = {}
    lowest: dict[ClaimRef, float] = {}
    for p in kept:
        root = find(p.a)
        members.setdefault(root, set()).update((p.a, p.b))
        lowest[root] = min(lowest.get(root, 1.0), p.cosine)
    # Second memberships: a sentence that states several claims (a lede) joins the group
    # of another claim it states, without merging its own group into it: pairs that are
    # one side's best match only (:attr:`AlignedPair.joins_only`), in falling order of
    # cosine, where the group has no sentence of that article yet. (Mutual pairs refused
    # above may not: on fixtures/paraphrase they put "state media reported this on
    # Sunday" beside "the meeting was on Saturday".)
    held = {root: {ref.article for ref in refs} for root, refs in members.items()}
    for p in (p for p in ranked if p.joins_only):
        for x, y in ((p.a, p.b), (p.b, p.a)):
            root = find(y)
            if (
                root in members
                and y in members[root]
                and x.article not in held[root]
                and not _holds_apart({x.article}, held[root], apart)
            ):
                members[root].add(x)
                held[root].add(x.article)
                lowest[root] = min(lowest[root], p.cosine)
                break
        else:
            _split_claim(p, members, held, lowest)
    groups = [(tuple(sorted(m, key=position.__getitem__)), lowest[root]) for root, m in members.items()]
    groups.sort(key=lambda g: position[g[0][0]])
    return groups


def _split_claim(
    pair: AlignedPair,
    members: dict[ClaimRef, set[ClaimRef]],
    held: dict[ClaimRef, set[str]],
    lowest: dict[ClaimRef, float],
) -> None:
    """A sentence that states two claims, which the other article states one sentence
    each ("Thousands protested outside the venue, where police detained 40" against
    "Thousands protested ..." and "40 protesters were detained"): it is grouped with the
    second already, and a one-sided best pair with the first (ungrouped, of the article
    its group holds) makes a group of its own, the two-claim sentence's second
    membership. (On the tuning half of fixtures/coverage: 3 true pairs, no false one.)"""
    grouped = {ref for refs in members.values() for ref in refs}
    for x, y in ((pair.a, pair.b), (pair.b, pair.a)):
        if x in grouped or not any(y in refs and x.article in held[key] for key, refs in members.items()):
            continue
        key = ClaimRef(f"\0split{len(members)}", 0)  # a root no sentence has
        members[key], held[key], lowest[key] = {x, y}, {x.article, y.article}, pair.cosine
        return


def _holds_apart(a: set[str], b: set[str], apart: Collection[frozenset[str]]) -> bool:
    return bool(apart) and any(frozenset((x, y)) in apart for x in a for y in b)
