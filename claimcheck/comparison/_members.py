"""The members of a group as the checks see them, and what a check returns."""

from __future__ import annotations

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


def _dedupe(differences: list[Difference]) -> list[Difference]:
    seen: set[tuple[str, tuple[tuple[str, int, str], ...]]] = set()
    out = []
    for d in differences:
        key = (d.kind.value, tuple((s.claim.article, s.claim.sentence, s.value) for s in d.sides))
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


def _span(member: _Member, start: int, end: int) -> Span:
    """Offsets in the member's analysed view -> a span of its article's text."""
    s = member.sentence.start
    return Span(s + start, s + end, member.article.text[s + start : s + end])


# -- sources ----------------------------------------------------------------------------
