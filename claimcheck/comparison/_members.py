"""The members of a group as the checks see them, and what a check returns."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..types import (
    Article,
    ClaimRef,
    Difference,
    DifferenceCategory,
    DifferenceKind,
    DifferenceSide,
    Sentence,
    Span,
)

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class _Member:
    ref: ClaimRef
    article: Article
    sentence: Sentence

    @property
    def view(self) -> str:
        """The sentence as analysed: offsets in it plus ``sentence.start`` index the article."""
        from ..reading import sentence_view

        return sentence_view(self.article, self.sentence)


#: The value of the bare side of an "attributed vs bare" difference.
STATED_BARE = "stated without a source"

#: Groups up to this size compare every two members; larger ones compare each member
#: with the first (the number of pairs would otherwise grow with the square).
ALL_PAIRS_MAX = 8

#: Below this confidence a difference of values is not called a conflict: the rule could
#: not tell that both values fill the same slot (see :class:`DifferenceCategory`). Set on
#: the tuning half of ``fixtures/coverage/``: every number rule that fires there with less
#: is a count taken at another time or of another thing.
CONFLICT_MIN = 0.6

#: What a check returns: its differences and, for people, what it found the same
#: ("same weekday: Saturday"); ``None`` when there was nothing to compare.
_Found = tuple[list[Difference], list[str]]


def _difference(
    kind: DifferenceKind,
    sides: tuple[DifferenceSide, ...],
    detail: str,
    rule: str,
    confidence: float,
    category: DifferenceCategory | None = None,
) -> Difference:
    """A difference with its evidence; a conflict unless ``category`` says otherwise or
    the rule is not sure enough (:data:`CONFLICT_MIN`)."""
    if category is None:
        category = DifferenceCategory.CONFLICT if confidence >= CONFLICT_MIN else DifferenceCategory.ONE_SIDE
    return Difference(kind, sides, detail, category, rule, round(confidence, 2))


def _merge_repeats(differences: list[Difference], order: Sequence[ClaimRef] = ()) -> list[Difference]:
    """One difference per disagreement, however many pairs of members show it.

    Every two members of a group are compared, so in a group of five where one article
    says "eight agreements" and four say "six", the same conflict comes out four times
    ("six vs eight", "eight vs six", ...), and a name only one article gives once per
    other article. Differences of one kind, rule and category between the same values
    become one, whose sides are every member involved, in member order; its detail names
    the articles behind each value when more than two take part ("6 agreement
    (wire_en.txt, setu_gu.txt) vs 8 agreement (portal_hi.txt)"). A member that would
    hold two values of one merged difference is not merged (two slots, not one).
    """
    position = {ref: n for n, ref in enumerate(order)}
    groups: dict[tuple[object, ...], list[list[Difference]]] = {}
    out: list[list[Difference]] = []
    for d in differences:
        key = (d.kind, d.category, d.rule, frozenset(s.value for s in d.sides))
        for group in groups.get(key, []):
            values = {(s.claim.article, s.claim.sentence): s.value for x in group for s in x.sides}
            if all(values.get((s.claim.article, s.claim.sentence), s.value) == s.value for s in d.sides):
                group.append(d)
                break
        else:  # the first of its kind, or another slot of the same values: kept apart
            groups.setdefault(key, []).append([d])
            out.append(groups[key][-1])
    return [m for group in out for m in _merged(group, position)]


def _merged(repeats: list[Difference], position: dict[ClaimRef, int]) -> list[Difference]:
    first = repeats[0]
    if len(repeats) == 1:
        return repeats
    sides: dict[tuple[str, int], DifferenceSide] = {}
    for d in repeats:
        for side in d.sides:
            sides.setdefault((side.claim.article, side.claim.sentence), side)
    ordered = tuple(sorted(sides.values(), key=lambda side: position.get(side.claim, len(position))))
    by_value: dict[str, list[str]] = {}
    for side in ordered:
        by_value.setdefault(side.value, []).append(side.claim.article)
    grouped = " vs ".join(f"{value} ({', '.join(dict.fromkeys(files))})" for value, files in by_value.items())
    pair = f"{first.sides[0].value} vs {first.sides[1].value}"
    if len({d.detail.replace(f"{d.sides[0].value} vs {d.sides[1].value}", "") for d in repeats}) == 1 and pair in first.detail:
        detail = first.detail.replace(pair, grouped, 1)  # the rule's own words kept
    elif len({d.detail for d in repeats}) == 1:
        detail = first.detail  # "Lavrov is named in a.txt only", from every pair
    elif first.rule == "source.attributed_vs_bare":
        # "attributed to X in a.txt, stated bare in b.txt" and "... in c.txt".
        bare = by_value.pop(STATED_BARE, [])
        attributed = "; ".join(f"{value} in {', '.join(dict.fromkeys(files))}" for value, files in by_value.items())
        detail = f"attributed to {attributed}, stated bare in {', '.join(dict.fromkeys(bare))}"
    else:
        detail = grouped
    return [Difference(first.kind, ordered, detail, first.category, first.rule, max(d.confidence for d in repeats))]


def _span(member: _Member, start: int, end: int) -> Span:
    """Offsets in the member's analysed view -> a span of its article's text."""
    s = member.sentence.start
    return Span(s + start, s + end, member.article.text[s + start : s + end])


# -- sources ----------------------------------------------------------------------------
