"""Comparison: inside each group of aligned claims, what the articles agree and differ on.

Each pair of members is checked for: the source and its chain (or attribution in one
article and a bare statement in the other), quantities of the same thing, dates and
weekdays, negation, and names present on one side only.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from typing import TYPE_CHECKING

from ..alignment import AlignedPair, group_pairs
from ..types import (
    Article,
    Aspect,
    Attribution,
    ClaimGroup,
    ClaimKind,
    ClaimRef,
    Comparison,
    Difference,
    DifferenceCategory,
    DifferenceKind,
    DifferenceSide,
    Sentence,
    Span,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..quantities import DateMention, Quantity

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


def compare_aligned(
    articles: Sequence[Article],
    pairs: Sequence[AlignedPair],
    refs: Sequence[Sequence[ClaimRef]],
    model: str,
) -> Comparison:
    """Group aligned claims and report what the articles agree and differ on in each group.

    Args:
        articles: Analysed articles, in report order.
        pairs: Their aligned sentence pairs (:func:`claimcheck.alignment.align_pairs`).
        refs: Per article, its claims that were embedded, in order
            (:func:`claimcheck.alignment.embed_claims`).
        model: The embedding model's identity, for the report.
    """
    order = [ref for article_refs in refs for ref in article_refs]
    by_id = {a.id: a for a in articles}
    groups: list[ClaimGroup] = []
    grouped: set[ClaimRef] = set()
    one_event = {frozenset((p.a.article, p.b.article)) for p in pairs if p.same_event}
    for members, lowest in group_pairs(pairs, order):
        resolved = [_Member(ref, by_id[ref.article], by_id[ref.article].sentences[ref.sentence]) for ref in members]
        agreements, differences, checked = compare_members(resolved)
        same_event = all(
            frozenset((x.article, y.article)) in one_event for x, y in combinations(members, 2) if x.article != y.article
        )
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


def compare_members(members: Sequence[_Member]) -> tuple[tuple[Aspect, ...], tuple[Difference, ...], tuple[str, ...]]:
    """Agreements, differences, and what was checked and found the same, between the
    members of a group."""
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
            checked.setdefault(aspect, True)
            if any(d.category is DifferenceCategory.CONFLICT for d in diffs) or (diffs and aspect in ("source", "names")):
                checked[aspect] = False
            differences.extend(diffs)
            same.extend(x for x in agreed if x not in same)
    agreements = tuple(aspect for aspect, ok in checked.items() if ok)
    return agreements, tuple(_dedupe(differences)), tuple(same)


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


def _sources(member: _Member, other: _Member) -> list[tuple[str, ...]]:
    """Chains (canonical ids, outermost first) of the member's attributions, to compare
    with ``other``'s.

    A source carried over from earlier in the paragraph counts only if ``other`` names
    it too: an inference from layout is enough to agree on, too weak to report a
    difference (a translation may break its paragraphs elsewhere).
    """
    named = {link.source.id for attribution in other.sentence.attributions for link in attribution.chain}
    chains = []
    for attribution in member.sentence.attributions:
        if attribution.reports_elsewhere(member.sentence):
            continue  # it attributes the previous sentence, not this one
        ids = tuple(link.source.id for link in attribution.chain if not link.from_paragraph or link.source.id in named)
        if ids:
            chains.append(ids)
    return chains


def _same_source(x: str, y: str) -> bool:
    """Whether two source ids may name the same source.

    Known sources compare by id, a collective name matching what it includes ("North
    Korean state media" and KCNA). Unknown ones (people, descriptions) carry a slug of
    their transliteration, which differs with translation ("the two countries" vs
    "બંને દેશો") and with how much of a name is given ("Kim" vs "Kim Jong Un"): they
    are told apart only when both are known, or one is known and the other does not
    contain it.
    """
    unknown_x, unknown_y = x.startswith("x:"), y.startswith("x:")
    if unknown_x and unknown_y:
        return True
    if not unknown_x and not unknown_y:
        from ..sources import covers

        return covers(x, y)
    unknown, known = (x, y) if unknown_x else (y, x)
    return known in unknown[2:].split("-")


def _source_name(member: _Member, source_id: str) -> str:
    """The display name of a source id as the member's attributions name it."""
    for attribution in member.sentence.attributions:
        for link in attribution.chain:
            if link.source.id == source_id:
                return link.source.name
    return source_id


def _chain_names(member: _Member, only: tuple[str, ...] | None = None) -> str:
    """"Yonhap → Korean Central News Agency; Kim": the member's chains by display name
    (or just the chain with ids ``only``)."""
    if only is None:
        attributions = member.sentence.sourced_attributions()
    else:
        # ``only`` may lack a source carried from the paragraph (see _sources).
        attributions = tuple(
            a
            for a in member.sentence.attributions
            if only in (_ids(a, keep_carried=True), _ids(a, keep_carried=False))
        )
    chains = []
    for attribution in attributions:
        names = " → ".join(link.label for link in attribution.chain)
        if names and names not in chains:
            chains.append(names)
    return "; ".join(chains)


def _ids(attribution: Attribution, *, keep_carried: bool) -> tuple[str, ...]:
    return tuple(link.source.id for link in attribution.chain if keep_carried or not link.from_paragraph)


def _dropped_outer_source(ca: list[tuple[str, ...]], cb: list[tuple[str, ...]]) -> str | None:
    """The source of a whole-sentence attribution in A ("according to KCNA, ...") that B
    drops while keeping the rest (B's chains are the inner parts of A's)."""
    outer_b = {c[0] for c in cb}
    for chain in ca:
        if len(chain) == 1 and not any(_same_source(chain[0], o) for o in outer_b):
            inner = [c for c in ca if len(c) > 1 and c[0] == chain[0]]
            if inner and all(any(c[1:] == b[-len(c) + 1 :] for c in inner) for b in cb):
                return chain[0]
    return None


def _one_source(x: str, y: str) -> bool:
    """Stricter than :func:`_same_source`: known sources by identity or collective name,
    people by name (Kim Yo Jong is not Kim Jong Un), never a person for an outlet."""
    from ..sources import covers, same_person

    if x.startswith("x:") != y.startswith("x:"):
        return False
    return same_person(x, y) if x.startswith("x:") else covers(x, y)


def _relayed(ca: list[tuple[str, ...]], cb: list[tuple[str, ...]]) -> bool:
    """Whether a chain of one side ends with a whole, shorter chain of the other (the
    same original source, with a relay in front on one side)."""
    for x in ca:
        for y in cb:
            shorter, longer = sorted((x, y), key=len)
            if len(shorter) < len(longer) and all(
                _one_source(s, t) for s, t in zip(shorter, longer[-len(shorter) :], strict=True)
            ):
                return True
    return False


def _speaker_in_other(main_a: tuple[str, ...], main_b: tuple[str, ...], a: _Member, b: _Member) -> bool:
    """Whether the longer chain only adds, after the other's sources, people that the
    other sentence names anyway: "According to the report, Lavrov praised ... and
    expressed a desire ..." read with and without Lavrov's own cue is one chain."""
    short, long, other = (main_b, main_a, b) if len(main_a) > len(main_b) else (main_a, main_b, a)
    if not all(_same_source(x, y) for x, y in zip(short, long, strict=False)):
        return False
    extra = long[len(short) :]
    from ..sources import latin_words, names_unknown_source

    words = latin_words(other.sentence.text, other.sentence.lang)
    return all(names_unknown_source(link, words, fuzzy=True) for link in extra)


def _source_spans(member: _Member) -> tuple[Span, ...]:
    return tuple(
        a.source for a in member.sentence.attributions if a.source is not None and member.sentence.start <= a.source.start < member.sentence.end
    )


def _is_agency(source_id: str) -> bool:
    """Whether a source id is a known news agency (Reuters, AFP, PTI): in a wire story it
    relays what others said, so it fills the relay's slot, not the speaker's."""
    from ..sources import source_by_id

    known = source_by_id(source_id)
    return known is not None and known.type == "news_agency"


def _without_relays(chains: list[tuple[str, ...]], other: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The chains less the news agencies in front that the other side does not name."""
    named = {x for chain in other for x in chain}
    out = []
    for chain in chains:
        n = 0
        while n < len(chain) and _is_agency(chain[n]) and not any(_same_source(chain[n], y) for y in named):
            n += 1
        if chain[n:]:
            out.append(chain[n:])
    return out


def _different_person(x: str, y: str, x_name: str, y_name: str) -> bool:
    """Whether two unknown sources name two people: one side writes the name in Latin
    letters, and a capitalised word of it (a given name) is followed there by another
    capitalised word (the surname) that ends the name, while on the other side the same
    given name ends with another word ("his lawyer, Mila Koren" and "राइनर की वकील मिला
    कोवाच"; "Kim Jong Un" and "Kim Yo Jong")."""
    if not (x.startswith("x:") and y.startswith("x:")):
        return False
    from rapidfuzz import fuzz

    for latin_name, latin_id, other_id in ((x_name, x, y), (y_name, y, x)):
        capitals = re.findall(r"\b[A-Z][a-z]+\b", latin_name)
        if len(capitals) < 2 or not latin_name.rstrip(" .,").endswith(capitals[-1]):
            continue
        given, surname = capitals[-2].lower(), capitals[-1].lower()
        words = other_id[2:].split("-")
        if len(words) >= 2 and fuzz.ratio(words[-2], given) >= 80:
            other = words[-1]
            if len(other) >= 3 and not _same_skeleton(other, surname) and fuzz.ratio(other, surname) < 60:
                return latin_id != other_id
    return False


def _same_skeleton(x: str, y: str) -> bool:
    """Whether two Latin keys share their consonants closely (Renewal, rinyual): one name
    spelt two ways, not two names."""
    from rapidfuzz import fuzz

    from ..sources.latin import _consonants

    return fuzz.ratio(_consonants(x), _consonants(y)) >= 60


def _check_sources(a: _Member, b: _Member) -> _Found | None:
    ca, cb = _sources(a, b), _sources(b, a)
    if not ca and not cb:
        return None
    if not ca or not cb:
        bare, attributed = (a, b) if not ca else (b, a)
        credit = _credit_line(bare)
        if credit:
            return _check_credit(attributed, bare, credit, a, b)
        names = _chain_names(attributed)
        sides = tuple(
            DifferenceSide(m.ref, names if m is attributed else "stated without a source", _source_spans(m))
            for m in (a, b)
        )
        detail = f"attributed to {names} in {attributed.ref.article}, stated bare in {bare.ref.article}"
        return [
            _difference(
                DifferenceKind.ATTRIBUTION, sides, detail, "source.attributed_vs_bare", 0.8, DifferenceCategory.ATTRIBUTION
            )
        ], []
    dropped_by_b, dropped_by_a = _dropped_outer_source(ca, cb), _dropped_outer_source(cb, ca)
    dropped = dropped_by_b or dropped_by_a
    if dropped:
        attributed, bare = (a, b) if dropped_by_b else (b, a)
        dropped_name = _source_name(attributed, dropped)
        sides = tuple(
            DifferenceSide(m.ref, _chain_names(m) if m is attributed else f"without {dropped_name}", _source_spans(m))
            for m in (a, b)
        )
        detail = f"{dropped_name} is given as the source in {attributed.ref.article} only"
        return [
            _difference(DifferenceKind.ATTRIBUTION, sides, detail, "source.dropped_outer", 0.8, DifferenceCategory.ATTRIBUTION)
        ], []
    outer_a = {c[0] for c in ca}
    outer_b = {c[0] for c in cb}
    if not any(_same_source(x, y) for x in outer_a for y in outer_b):
        sides = (
            DifferenceSide(a.ref, _chain_names(a), _source_spans(a)),
            DifferenceSide(b.ref, _chain_names(b), _source_spans(b)),
        )
        detail = f"{sides[0].value} vs {sides[1].value}"
        # "Yonhap → KCNA" vs "KCNA", "KCNA → Kim" vs "Kim": one source, relayed differently.
        if _relayed(ca, cb):
            return [_difference(DifferenceKind.CHAIN, sides, detail, "source.relayed", 0.8, DifferenceCategory.ONE_SIDE)], []
        # "..., Reuters reported" against the speaker Reuters quotes: the agency is the
        # relay, the speaker behind it is what the two sides can disagree on.
        ra, rb = _without_relays(ca, cb), _without_relays(cb, ca)
        if not ra or not rb or any(_same_source(x[0], y[0]) for x in ra for y in rb):
            return [
                _difference(DifferenceKind.CHAIN, sides, detail, "source.agency_relay", 0.7, DifferenceCategory.ONE_SIDE)
            ], []
        return [_difference(DifferenceKind.SOURCE, sides, detail, "source.different_speaker", 0.7)], []
    # Two people who share a given name but not the name after it: "his lawyer, Mila
    # Koren" and "राइनर की वकील मिला कोवाच" name two lawyers.
    for x in dict.fromkeys(c[0] for c in ca):
        for y in dict.fromkeys(c[0] for c in cb):
            if _different_person(x, y, _source_name(a, x), _source_name(b, y)):
                sides = (
                    DifferenceSide(a.ref, _source_name(a, x), _source_spans(a)),
                    DifferenceSide(b.ref, _source_name(b, y), _source_spans(b)),
                )
                detail = f"{sides[0].value} vs {sides[1].value} (two people named as the speaker)"
                return [_difference(DifferenceKind.NAME, sides, detail, "name.different_speaker", 0.75)], []
    # Same outermost source: compare the chains behind it.
    set_a = {tuple(c) for c in ca}
    set_b = {tuple(c) for c in cb}
    main_a = max(ca, key=len)
    main_b = max(cb, key=len)
    if len(main_a) != len(main_b) and set_a != set_b and not _speaker_in_other(main_a, main_b, a, b):
        sides = (
            DifferenceSide(a.ref, _chain_names(a, main_a), _source_spans(a)),
            DifferenceSide(b.ref, _chain_names(b, main_b), _source_spans(b)),
        )
        detail = f"{sides[0].value} vs {sides[1].value}"
        return [_difference(DifferenceKind.CHAIN, sides, detail, "source.chain", 0.8, DifferenceCategory.ONE_SIDE)], []
    # In chain order, not set order: the report must not change from run to run.
    shared = next(c[0] for c in ca if any(_same_source(c[0], y) for y in outer_b))
    return [], [f"same source: {_source_name(a, shared)}"]


def _credit_line(member: _Member) -> list[tuple[str, str]]:
    """The member's article's own sources (its credit line: "Source: Reuters", "- PTI"),
    as ``(canonical id, name as written)``, in page order; empty when it has none."""
    from ..sources import resolve_source

    lang = member.article.lang
    return [(resolve_source(name, lang).id, name) for name in member.article.metadata.sources]


def _check_credit(attributed: _Member, bare: _Member, credit: list[tuple[str, str]], a: _Member, b: _Member) -> _Found:
    """A claim bare in its text whose article credits a source, against the same claim
    attributed in the other article.

    The credit line covers every bare sentence of a wire story ("Source: Reuters"), so
    the claim is the credited source's, not the writer's: no attribution difference when
    the other side names that source anywhere in its chain (Reuters, or Yonhap -> KCNA
    for a credit to KCNA). Otherwise the two differ, with less confidence than two
    sources named in the text: a credit names who supplied the story, not who said each
    sentence.
    """
    named = [link for chain in _sources(attributed, bare) for link in chain]
    for source_id, name in credit:
        if any(_one_source(source_id, x) for x in named):
            return [], [f"same source: {name} (credit line)"]
    credited = "; ".join(name for _, name in credit)
    names = _chain_names(attributed)
    sides = tuple(
        DifferenceSide(m.ref, names if m is attributed else f"{credited} (credit line)", _source_spans(m))
        for m in (a, b)
    )
    detail = f"attributed to {names} in {attributed.ref.article} vs the article's credit line {credited} in {bare.ref.article}"
    return [
        _difference(DifferenceKind.ATTRIBUTION, sides, detail, "source.credit_line", 0.5, DifferenceCategory.ATTRIBUTION)
    ], []


# -- numbers, dates, negation -----------------------------------------------------------


@lru_cache(maxsize=8192)
def _quantities(text: str, lang: str) -> tuple[Quantity, ...]:
    from ..quantities import extract_quantities

    return tuple(extract_quantities(text, lang))


@lru_cache(maxsize=8192)
def _dates(text: str, lang: str) -> tuple[DateMention, ...]:
    from ..quantities import extract_dates

    return tuple(extract_dates(text, lang))


@lru_cache(maxsize=8192)
def _negations(text: str, lang: str) -> tuple[tuple[int, int, str], ...]:
    from ..quantities import find_negations

    return tuple(find_negations(text, lang))


def _number_role(member: _Member, q: Quantity) -> str:
    """The slot a count fills beyond its unit: ``increment`` (16 more), ``total`` (10 in
    all) or ``""``. A new count is not the running total, nor a total one of its parts."""
    from .lexicon import table, words

    lang = member.sentence.lang
    tokens = words(member.view)
    before = [w for s, e, w in tokens if e <= q.start][-2:]
    after = [w for s, e, w in tokens if s >= q.end][:3]
    if set(before + after) & table("increment", lang) or (after[:1] and after[0] in table("increment_next", lang)):
        return "increment"
    if set(before + after[:2]) & table("total", lang):
        return "total"
    return ""


_UNBOUNDED = float("inf")


def _interval(q: Quantity) -> tuple[float, float]:
    """The values a stated quantity admits.

    "at least 14" admits 14 and more, "about 9 billion" 10% either way, a vague plural
    ("thousands", "several hundred", written without digits) anything from its lower end
    to ten times its upper end: "thousands" does not rule out 11,400.
    """
    low, high = q.low, q.high
    vague_word = not any(ch.isdigit() for ch in q.text) and low == high and low >= 100 and math.log10(low).is_integer()
    if vague_word or (q.qualifier == "about" and low < high):
        return low, high * 10
    if q.qualifier == "about":
        return low * 0.85, high * 1.15
    if q.qualifier in ("at_least", "more_than"):
        return low, _UNBOUNDED
    if q.qualifier in ("up_to", "less_than"):
        return 0.0, high
    if low == high and not float(low).is_integer():
        return math.floor(low), math.ceil(low)  # 61.3 may be given as 61
    return low, high


def _compatible(x: Quantity, y: Quantity) -> bool:
    """Whether both quantities can be true of one count (their intervals meet)."""
    (lx, hx), (ly, hy) = _interval(x), _interval(y)
    return lx <= hy and ly <= hx


def _equal(x: Quantity, y: Quantity) -> bool:
    return math.isclose(x.low, y.low) and math.isclose(x.high, y.high)


def _both_bounds(x: Quantity, y: Quantity) -> bool:
    """Two different bounds the same way ("at least 100" and "at least 200")."""
    up, down = {"at_least", "more_than"}, {"up_to", "less_than"}
    same_way = ({x.qualifier, y.qualifier} <= up) or ({x.qualifier, y.qualifier} <= down)
    return same_way and not _equal(x, y)


def _countable(q: Quantity) -> bool:
    """Whether a quantity is a figure: "one"/"a"/"ایک" written as a word is mostly the
    article "a", and "the two leaders" with nothing counted names the parties."""
    in_words = not any(ch.isdigit() for ch in q.text)
    return not (in_words and q.low == q.high and (q.low == 1 or (q.low == 2 and q.unit is None)))


def _check_numbers(a: _Member, b: _Member) -> _Found | None:
    """Numbers compared slot by slot.

    A count is compared only with the count of the same thing: the same unit concept
    (troops with troops) and the same role (a new count with a new one, a total with a
    total). A value equal to one on the other side fills the same slot whatever the
    unit says (the "250" of "142 of the 250 seats" is the seats of "250 में से 142
    सीटें"). What remains differs when the intervals the two values admit do not meet;
    it is a conflict only when each side states one count of that kind, so that no other
    pairing could be meant.
    """
    qa = [q for q in _quantities(a.view, a.sentence.lang) if _countable(q)]
    qb = [q for q in _quantities(b.view, b.sentence.lang) if _countable(q)]
    if not qa or not qb:
        return None
    role_a = {id(q): (q.unit, _number_role(a, q)) for q in qa}
    role_b = {id(q): (q.unit, _number_role(b, q)) for q in qb}
    agreed: list[str] = []
    out: list[Difference] = []
    compared = False
    left_a, left_b = list(qa), list(qb)
    # 1. Equal values fill one slot (when the units do not say otherwise).
    for x in qa:
        for y in left_b:
            if _equal(x, y) and (x.unit == y.unit or x.unit is None or y.unit is None) and x in left_a:
                left_a.remove(x)
                left_b.remove(y)
                compared = True
                agreed.append(f"same number: {_quantity_value(x if x.unit else y)}")
                break
    # 2. The same thing counted: compatible values agree, a lone pair that is not differs.
    keys_b = {role_b[id(y)] for y in left_b}
    for key in dict.fromkeys(role_a[id(x)] for x in left_a if role_a[id(x)] in keys_b):
        unit, _ = key
        if unit is None:
            continue
        xs = [x for x in left_a if role_a[id(x)] == key]
        ys = [y for y in left_b if role_b[id(y)] == key]
        for x in list(xs):
            match = next((y for y in ys if _compatible(x, y)), None)
            if match is not None:
                y = match
                xs.remove(x)
                ys.remove(y)
                compared = True
                if _both_bounds(x, y):
                    # "at least 100" vs "at least 200": both can hold, yet the figures differ.
                    sides = (
                        DifferenceSide(a.ref, _quantity_value(x), (_span(a, x.start, x.end),)),
                        DifferenceSide(b.ref, _quantity_value(y), (_span(b, y.start, y.end),)),
                    )
                    detail = f"{sides[0].value} vs {sides[1].value} (different bounds, both can hold)"
                    out.append(
                        _difference(DifferenceKind.NUMBER, sides, detail, "number.different_bounds", 0.4, DifferenceCategory.ONE_SIDE)
                    )
                else:
                    agreed.append(f"compatible numbers: {_quantity_value(x)} / {_quantity_value(y)}")
        if not xs or not ys:
            continue
        compared = True
        alone = sum(1 for q in qa if q.unit == unit) == 1 and sum(1 for q in qb if q.unit == unit) == 1
        for x, y in zip(xs, ys, strict=False):
            out.append(_number_difference(a, b, x, y, alone))
    # 3. Counts of unknown things: one left on each side once equal values have paired
    # ("12 बजे" with "बारा वाजता"), so both can only mean one slot.
    loose_a = [x for x in left_a if x.unit is None]
    loose_b = [y for y in left_b if y.unit is None]
    if len(loose_a) == 1 and len(loose_b) == 1:
        x, y = loose_a[0], loose_b[0]
        if role_a[id(x)] == role_b[id(y)]:
            compared = True
            if _compatible(x, y):
                agreed.append(f"compatible numbers: {_quantity_value(x)} / {_quantity_value(y)}")
            else:
                alone = len(qa) == 1 and len(qb) == 1
                out.append(_number_difference(a, b, x, y, alone, unknown_unit=True))
    return (out, agreed) if compared else None


_HH_MM = re.compile(r"(?<![\d:])(\d{1,2})[:.](\d{2})(?![\d:])")


def _clock_times(member: _Member) -> frozenset[float]:
    """The clock times the sentence states ("12 बजे", "बारा वाजता", "7:45"), as hours."""
    from .lexicon import table, words

    lang = member.sentence.lang
    clock = table("clock", lang)
    tokens = words(member.view)
    times = {int(m.group(1)) + int(m.group(2)) / 60 for m in _HH_MM.finditer(member.view)}
    for q in _quantities(member.view, lang):
        after = [w for s, e, w in tokens if s >= q.end][:1]
        if after and (after[0] in clock or after[0].rstrip(".") in clock):
            times.add(q.low)
    return frozenset(times)


def _number_difference(
    a: _Member, b: _Member, x: Quantity, y: Quantity, alone: bool, *, unknown_unit: bool = False
) -> Difference:
    sides = (
        DifferenceSide(a.ref, _quantity_value(x), (_span(a, x.start, x.end),)),
        DifferenceSide(b.ref, _quantity_value(y), (_span(b, y.start, y.end),)),
    )
    bounds = {x.qualifier, y.qualifier} & {"at_least", "more_than", "up_to", "less_than"}
    if not alone and unknown_unit:
        # Tuning half: a count of unknown things left over beside other counts is as often
        # a magnitude against a toll (6.3 vs 31) as the same count (31 vs 34).
        rule, confidence, why = "number.leftover", 0.5, " (counts of unknown things beside others; may be different things)"
    elif not alone:
        rule, confidence, why = "number.several_of_unit", 0.5, " (each side counts several; may be different things)"
    elif bounds:
        # "at least 47" against "31": a running count, stated at two times of the day.
        rule, confidence, why = "number.bound_vs_value", 0.5, " (a bound against a value: may be counted at another time)"
    elif _clock_times(a) != _clock_times(b):
        # "212 injured" against "140 injured at 12 o'clock": a count that rises through
        # the day, given at another hour (tuning half: the quake's injured).
        rule, confidence, why = "number.other_time", 0.5, " (given at another time of day)"
    elif unknown_unit:
        rule, confidence, why = "number.one_each", 0.7, ""
    else:
        rule, confidence, why = "number.same_unit", 0.9, ""
    return _difference(DifferenceKind.NUMBER, sides, f"{sides[0].value} vs {sides[1].value}{why}", rule, confidence)


def _quantity_value(q: Quantity) -> str:
    low, high, qualifier, unit = q.low, q.high, q.qualifier, q.unit

    def fmt(v: float) -> str:
        return f"{int(v):,}" if float(v).is_integer() else f"{v:,}"

    value = fmt(low) if low == high else f"{fmt(low)}-{fmt(high)}"
    prefix = "" if qualifier == "exact" else qualifier.replace("_", " ") + " "
    return f"{prefix}{value}{' ' + unit if unit else ''}"


_DATELINE = re.compile(r"^[^\n]{0,80}?(?:\)|[A-Z]{3,}[^\n]{0,40}?)\s*[-–—]\s")


def _dateline_end(member: _Member) -> int:
    """Where a wire dateline ("LISDEN, Nov 24 (Reuters) - ") ends in the sentence, or 0.
    Its date is the story's, never the claim's."""
    m = _DATELINE.match(member.view)
    return m.end() if m else 0


def _wrapper_ranges(member: _Member) -> list[tuple[int, int]]:
    """Where the sentence speaks of the report rather than the claim, in offsets of its
    view: each attribution's source and cue, a few words between them, and what follows
    the cue up to the next punctuation or the content ("ARNA said on Sunday", "એજન્સીએ
    મંગળવારે જણાવ્યું"); all of the sentence
    when it only attributes the sentence before ("This was given by X on Sunday.")."""
    s = member.sentence
    view = member.view
    ranges = []
    for a in s.attributions:
        if a.reports_elsewhere(s):
            if not any(x.content is not None and s.start <= x.content.start < s.end for x in s.attributions):
                return [(0, len(view))]
            continue
        parts = sorted(
            (x.start - s.start, x.end - s.start) for x in (a.source, a.cue) if x is not None and s.start <= x.start < s.end
        )
        if a.content is None or not parts:
            continue
        content = (a.content.start - s.start, a.content.end - s.start)
        ranges.extend(parts)
        if len(parts) == 2 and _few_words(member, parts[0][1], parts[1][0]):
            ranges.append((parts[0][1], parts[1][0]))  # "KCNA એ બુધવારે (11 જૂન) જણાવ્યું", "ने रविवार को बताया"
        end = parts[-1][1]
        tail = re.match(r"[^,.;:!?।۔\"“”]{0,30}", view[end:])
        stop = end + (tail.end() if tail else 0)
        if content[0] >= end:
            stop = min(stop, content[0])
        ranges.append((end, stop))
    return ranges


def _few_words(member: _Member, start: int, end: int) -> bool:
    """Whether the stretch holds at most three words besides its dates: a postposition
    and a day, not a clause of its own."""
    from .lexicon import words

    dates = [(d.start, d.end) for d in _dates(member.view, member.sentence.lang)]
    loose = [
        w for w in words(member.view[start:end]) if not any(ds <= start + w[0] < de for ds, de in dates)
    ]
    return len(loose) <= 3


def _time_role(member: _Member, start: int, end: int) -> str | None:
    """Which time a date or weekday gives: ``event`` (the claim's: the meeting, the
    vote), ``report`` (the wrapper's: "ARNA said on Sunday"), or ``None`` for a
    dateline. Only values of one role are compared."""
    if start < _dateline_end(member):
        return None
    if any(ws <= start and end <= we for ws, we in _wrapper_ranges(member)):
        return "report"
    return "event"


def _weekdays(member: _Member, d: DateMention) -> set[int]:
    """The days a weekday mention covers: a night runs into the next morning."""
    from .lexicon import table, words

    assert d.weekday is not None
    after = [w for s, e, w in words(member.view) if s >= d.end][:2]
    if set(after) & table("night", member.sentence.lang):
        return {d.weekday, (d.weekday + 1) % 7}
    return {d.weekday}


def _check_dates(a: _Member, b: _Member) -> _Found | None:
    """Weekdays and dates compared role by role: the event's with the event's, the
    report's with the report's; a dateline's never."""
    da = [(d, _time_role(a, d.start, d.end)) for d in _dates(a.view, a.sentence.lang)]
    db = [(d, _time_role(b, d.start, d.end)) for d in _dates(b.view, b.sentence.lang)]
    if not da or not db:
        return None
    out: list[Difference] = []
    agreed: list[str] = []
    compared = False
    for role in ("event", "report"):
        ra = [d for d, r in da if r == role]
        rb = [d for d, r in db if r == role]
        wa_mentions = [d for d in ra if d.weekday is not None]
        wb_mentions = [d for d in rb if d.weekday is not None]
        if wa_mentions and wb_mentions:
            compared = True
            wa = set().union(*(_weekdays(a, d) for d in wa_mentions))
            wb = set().union(*(_weekdays(b, d) for d in wb_mentions))
            if wa & wb:
                agreed.append(f"same weekday{' of the report' if role == 'report' else ''}: {_WEEKDAYS[min(wa & wb)]}")
            else:
                names_a = sorted({d.weekday for d in wa_mentions if d.weekday is not None})
                names_b = sorted({d.weekday for d in wb_mentions if d.weekday is not None})
                sides = (
                    DifferenceSide(a.ref, ", ".join(_WEEKDAYS[w] for w in names_a), tuple(_span(a, d.start, d.end) for d in wa_mentions)),
                    DifferenceSide(b.ref, ", ".join(_WEEKDAYS[w] for w in names_b), tuple(_span(b, d.start, d.end) for d in wb_mentions)),
                )
                one_each = len(names_a) == 1 and len(names_b) == 1
                confidence = (0.85 if one_each else 0.6) - (0.1 if role == "report" else 0.0)
                every_a = {d.weekday for d, _ in da if d.weekday is not None}
                every_b = {d.weekday for d, _ in db if d.weekday is not None}
                if every_a & every_b:
                    # The other side's day is in this sentence in the other role ("the
                    # commission said on Tuesday" / "announced the results on Tuesday"):
                    # the roles may be read wrong.
                    confidence = 0.5
                what = "the event" if role == "event" else "the report"
                out.append(
                    _difference(
                        DifferenceKind.WEEKDAY, sides, f"{sides[0].value} vs {sides[1].value} ({what})", f"weekday.{role}", confidence
                    )
                )
        for field in ("day", "month", "year"):
            va = {getattr(d, field) for d in ra if getattr(d, field) is not None}
            vb = {getattr(d, field) for d in rb if getattr(d, field) is not None}
            if va and vb:
                compared = True
                if not va & vb:
                    sides = (
                        DifferenceSide(a.ref, _date_value(ra), tuple(_span(a, d.start, d.end) for d in ra if getattr(d, field) is not None)),
                        DifferenceSide(b.ref, _date_value(rb), tuple(_span(b, d.start, d.end) for d in rb if getattr(d, field) is not None)),
                    )
                    detail = f"{field}: {sides[0].value} vs {sides[1].value}"
                    out.append(_difference(DifferenceKind.DATE, sides, detail, f"date.{role}", 0.8))
                    break
        else:
            shown = _date_value([d for d in ra if d.day is not None or d.month is not None or d.year is not None])
            if shown and any(d.day is not None or d.month is not None or d.year is not None for d in rb):
                agreed.append(f"same date: {shown}")
    return (out, agreed) if compared else None


def _date_value(dates: Sequence[DateMention]) -> str:
    parts = []
    for d in dates:
        bits = []
        if d.weekday is not None:
            bits.append(_WEEKDAYS[d.weekday])
        day, month, year = d.day, d.month, d.year
        if day is not None or month is not None:
            bits.append(" ".join(str(x) for x in (day, _MONTHS[month - 1] if month else None) if x is not None))
        if year is not None:
            bits.append(str(year))
        if d.relative and not bits:
            bits.append(str(d.relative).replace("_", " "))
        if bits:
            parts.append(" ".join(bits))
    return ", ".join(parts)


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


_Word = tuple[int, int, str, str]  # start, end, word, Latin key (names._words)


#: Removed lines whose words are the page's, not the story's (duplicates of body lines,
#: markup and date lines are left out: they hold the story's words or none).
_FURNITURE_REASONS = frozenset({"furniture", "byline", "credit", "source", "caption", "navigation"})


@lru_cache(maxsize=256)
def _furniture_keys(article: Article) -> frozenset[str]:
    """Latin keys of the words of the page's furniture (menus, credits, bylines, the
    outlet) that the story itself does not use: a name found only there is the page's,
    never the claim's."""
    from ..names import _words

    parts = [article.text[r.start : r.end] for r in article.removed if r.reason in _FURNITURE_REASONS]
    parts += [x for x in (article.metadata.byline, article.metadata.outlet) if x]
    keys = {k for text in parts for _, _, _, k in _words(text, article.lang)}
    # A name the story's own sentences use more than once is the story's, even when a
    # link or caption repeats it.
    body: dict[str, int] = {}
    for sentence in article.sentences:
        for k in {w[3] for w in _words(sentence.text, sentence.lang)}:
            body[k] = body.get(k, 0) + 1
    return frozenset(k for k in keys if body.get(k, 0) < 2)


def _name_words(member: _Member) -> list[_Word]:
    """The words of the sentence that look like proper names."""
    from ..names import _looks_like_name, _words

    s = member.sentence
    return [w for w in _words(member.view, s.lang) if _looks_like_name(w[2], w[0], s.lang)]


def _present(key: str, member: _Member) -> int | None:
    """Position of a word of ``member`` that spells ``key`` (loosely), or ``None``."""
    from ..names import _PRESENT, _same, _words

    for n, w in enumerate(_words(member.view, member.sentence.lang, min_key=3)):
        if _same(key, w[3], _PRESENT):
            return n
    return None


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.]*(?:(?:\s|-)+[A-Z][\w'’.]*)*")


def _whole_names(member: _Member, words: list[_Word]) -> list[list[_Word]]:
    """Name words joined into whole names: in Latin letters, the run of capitalised words
    each belongs to ("Kim Jong Un", "North Korea", "Al-Marri"), short words included.
    Other scripts have no capitals to tell where a name ends: the words next to a name
    ("લાવરૉવે રશિયન રાષ્ટ્રપતિ") are as rare as its own, so each word stands alone."""
    from ..names import _key

    lang = member.sentence.lang
    names: list[list[_Word]] = []
    runs: dict[tuple[int, int], list[_Word]] = {}
    for w in words:
        if not w[2].isascii():
            names.append([w])
            continue
        run = next((m for m in _CAPITALISED_RUN.finditer(member.view) if m.start() <= w[0] < m.end()), None)
        if run is None:
            names.append([w])
            continue
        if run.span() not in runs:
            runs[run.span()] = [
                (run.start() + m.start(), run.start() + m.end(), m.group(), _key(m.group(), lang))
                for m in re.finditer(r"[A-Za-z]+", run.group())
            ]
            names.append(runs[run.span()])
    return names


def _check_names(a: _Member, b: _Member) -> _Found | None:
    """Names one side gives and the other leaves out, as whole names.

    A name left out while the other side names something else
    (:func:`claimcheck.names.missing_names`) is a detail of one side, not a conflict:
    telling a substitute from an addition needs the names' roles, which claimcheck does
    not know. A name counts as given by the other side when any of its words is ("Tomas"
    of "Tomas Reiner" where the other says "रेनर"; "North" of "North Korea"), and a word
    of the page's furniture is no name of the claim.
    """
    from ..names import missing_names

    out: list[Difference] = []
    reported: set[tuple[ClaimRef, int]] = set()
    for x, y in ((a, b), (b, a)):
        missing = missing_names(x.sentence, x.article, y.sentence, y.article)
        if missing is None:
            return None
        whole = _whole_names(x, _name_words(x))
        for name, spans in missing:
            start = spans[0][0]
            words = next((n for n in whole if any(w[0] == start for w in n)), None)
            if words is not None and _name_given(words, y):
                other_ending = _other_ending(x, y, words, start)
                if other_ending is not None:
                    # "Sergei Lavrov" against "सर्गेई शोइगु": the same first name, another person.
                    value = " ".join(w[2] for w in words)
                    own = DifferenceSide(x.ref, value, (_span(x, words[0][0], words[-1][1]),))
                    theirs = DifferenceSide(y.ref, other_ending[2], (_span(y, other_ending[0], other_ending[1]),))
                    sides = (own, theirs) if x is a else (theirs, own)
                    detail = f"{sides[0].value} vs {sides[1].value}"
                    out.append(_difference(DifferenceKind.NAME, sides, detail, "name.different_ending", 0.75))
                continue  # a word of a name the other side gives
            if _furniture(x, name):
                continue
            if words is not None and len(words) > 3:
                # Titles and a name ("Ardenian President Nikolai Brandt"): the name is
                # its last two words.
                words = words[-2:] if any(w[0] == start for w in words[-2:]) else None
            value = " ".join(w[2] for w in words) if words else name
            first, last = (words[0][0], words[-1][1]) if words else (start, spans[0][1])
            if (x.ref, first) in reported:
                continue  # another word of a name already reported
            reported.add((x.ref, first))
            own = DifferenceSide(x.ref, value, (_span(x, first, last),))
            other = DifferenceSide(y.ref, "not named", ())
            sides = (own, other) if x is a else (other, own)
            detail = f"{value} is named in {x.ref.article} only"
            out.append(_difference(DifferenceKind.NAME, sides, detail, "name.one_side", 0.5, DifferenceCategory.ONE_SIDE))
    return out, []


def _name_given(name: list[_Word], other: _Member) -> bool:
    """Whether ``other`` gives the whole name ``name``: its last word (the surname, the
    "Korea" of "North Korea"), or for a short name any of its words ("Kim" for "Kim Jong
    Un"). A long run of capitals is mostly titles ("Russian Foreign Minister Sergei
    Lavrov"), which say nothing of the person."""
    if _present(name[-1][3], other) is not None:
        return True
    return len(name) <= 3 and any(_present(w[3], other) is not None for w in name)


def _other_ending(x: _Member, y: _Member, name: list[_Word], start: int) -> tuple[int, int, str] | None:
    """Where ``y`` gives the words of ``name`` before the one at ``start`` and then
    another name instead: (start, end, text) of that stretch of ``y``, else ``None``."""
    from ..names import _looks_like_name, _words

    k = next(n for n, w in enumerate(name) if w[0] == start)
    if k == 0:
        return None
    at = _present(name[k - 1][3], y)
    y_words = _words(y.view, y.sentence.lang, min_key=3)
    if at is None or at + 1 >= len(y_words):
        return None
    shared, nxt = y_words[at], y_words[at + 1]
    if y.view[shared[1] : nxt[0]].strip(" -‐"):
        return None  # not the next word of the same name
    if not _looks_like_name(nxt[2], nxt[0], y.sentence.lang) or _present(nxt[3], x) is not None:
        return None
    return shared[0], nxt[1], y.view[shared[0] : nxt[1]]


def _furniture(member: _Member, word: str) -> bool:
    from ..names import _key, _same

    key = _key(word, member.sentence.lang)
    return any(_same(key, k) for k in _furniture_keys(member.article))


_CHECKS: tuple[tuple[Aspect, Callable[[_Member, _Member], _Found | None]], ...] = (
    ("source", _check_sources),
    ("numbers", _check_numbers),
    ("dates", _check_dates),
    ("negation", _check_negation),
    ("names", _check_names),
)
