"""Comparison: inside each group of aligned claims, what the articles agree and differ on.

Each pair of members is checked for: the source and its chain (or attribution in one
article and a bare statement in the other), quantities of the same thing, dates and
weekdays, negation, and names present on one side only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from typing import TYPE_CHECKING

from .alignment import align_pairs, embed_claims, group_pairs
from .types import (
    Article,
    Attribution,
    ClaimGroup,
    ClaimKind,
    ClaimRef,
    Comparison,
    Difference,
    DifferenceKind,
    DifferenceSide,
    Sentence,
    Span,
)

if TYPE_CHECKING:  # pragma: no cover
    from .quantities import DateMention, Quantity

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
        from .reading import sentence_view

        return sentence_view(self.article, self.sentence)


def compare_articles(
    articles: Sequence[Article],
    *,
    model: str | None = None,
    cache: bool = True,
    progress: Callable[[int, int], None] | None = None,
    message: Callable[[str], None] | None = None,
) -> Comparison:
    """Align the claims of analysed articles and report agreements and differences.

    Args:
        articles: Articles whose sentences carry their attributions (``analyze``).
        model: A sentence-transformers model name or path; ``None`` for the default.
        cache: Use the on-disk embedding cache.
        progress: Called with (done, total) while embedding.
        message: Receives one-line status messages (model derivation on first use).
    """
    from .embedding import get_embedder

    embedder = get_embedder(model, cache=cache, progress_message=message)
    vectors, refs = embed_claims(articles, lambda texts: embedder.encode(texts, progress=progress))
    order = [ref for article_refs in refs for ref in article_refs]
    pairs = align_pairs(articles, vectors, refs, encode=embedder.encode)
    by_id = {a.id: a for a in articles}
    groups: list[ClaimGroup] = []
    grouped: set[ClaimRef] = set()
    one_event = {frozenset((p.a.article, p.b.article)) for p in pairs if p.same_event}
    for members, lowest in group_pairs(pairs, order):
        resolved = [_Member(ref, by_id[ref.article], by_id[ref.article].sentences[ref.sentence]) for ref in members]
        agreements, differences = compare_members(resolved)
        same_event = all(
            frozenset((x.article, y.article)) in one_event for x, y in combinations(members, 2) if x.article != y.article
        )
        groups.append(ClaimGroup(len(groups) + 1, members, round(lowest, 3), agreements, differences, same_event))
        grouped.update(members)
    only_in = tuple(
        ref
        for ref in order
        if ref not in grouped and by_id[ref.article].sentences[ref.sentence].kind in (ClaimKind.ATTRIBUTED, ClaimKind.UNATTRIBUTED)
    )
    return Comparison(tuple(articles), tuple(groups), only_in, embedder.identity)


#: Groups up to this size compare every two members; larger ones compare each member
#: with the first (the number of pairs would otherwise grow with the square).
ALL_PAIRS_MAX = 8


def compare_members(members: Sequence[_Member]) -> tuple[tuple[str, ...], tuple[Difference, ...]]:
    """Agreements and differences between the members of a group."""
    differences: list[Difference] = []
    checked: dict[str, bool] = {}
    pairs = combinations(members, 2) if len(members) <= ALL_PAIRS_MAX else ((members[0], m) for m in members[1:])
    for a, b in pairs:
        if a.ref.article == b.ref.article:
            continue
        for aspect, check in _CHECKS:
            found = check(a, b)
            if found is None:
                continue
            checked.setdefault(aspect, True)
            if found:
                checked[aspect] = False
                differences.extend(found)
    agreements = tuple(aspect for aspect, ok in checked.items() if ok)
    return agreements, tuple(_dedupe(differences))


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
        from .sources import covers

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
    from .sources import covers, same_person

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
    from .sources import latin_words, names_unknown_source

    words = latin_words(other.sentence.text, other.sentence.lang)
    return all(names_unknown_source(link, words, fuzzy=True) for link in extra)


def _source_spans(member: _Member) -> tuple[Span, ...]:
    return tuple(
        a.source for a in member.sentence.attributions if a.source is not None and member.sentence.start <= a.source.start < member.sentence.end
    )


def _check_sources(a: _Member, b: _Member) -> list[Difference] | None:
    ca, cb = _sources(a, b), _sources(b, a)
    if not ca and not cb:
        return None
    if not ca or not cb:
        bare, attributed = (a, b) if not ca else (b, a)
        names = _chain_names(attributed)
        sides = tuple(
            DifferenceSide(m.ref, names if m is attributed else "stated without a source", _source_spans(m))
            for m in (a, b)
        )
        return [Difference(DifferenceKind.ATTRIBUTION, sides, f"attributed to {names} in {attributed.ref.article}, stated bare in {bare.ref.article}")]
    dropped_by_b, dropped_by_a = _dropped_outer_source(ca, cb), _dropped_outer_source(cb, ca)
    dropped = dropped_by_b or dropped_by_a
    if dropped:
        attributed, bare = (a, b) if dropped_by_b else (b, a)
        dropped_name = _source_name(attributed, dropped)
        sides = tuple(
            DifferenceSide(m.ref, _chain_names(m) if m is attributed else f"without {dropped_name}", _source_spans(m))
            for m in (a, b)
        )
        return [
            Difference(
                DifferenceKind.ATTRIBUTION, sides, f"{dropped_name} is given as the source in {attributed.ref.article} only"
            )
        ]
    outer_a = {c[0] for c in ca}
    outer_b = {c[0] for c in cb}
    if not any(_same_source(x, y) for x in outer_a for y in outer_b):
        sides = (
            DifferenceSide(a.ref, _chain_names(a), _source_spans(a)),
            DifferenceSide(b.ref, _chain_names(b), _source_spans(b)),
        )
        # "Yonhap → KCNA" vs "KCNA", "KCNA → Kim" vs "Kim": one source, relayed differently.
        kind = DifferenceKind.CHAIN if _relayed(ca, cb) else DifferenceKind.SOURCE
        return [Difference(kind, sides, f"{sides[0].value} vs {sides[1].value}")]
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
        return [Difference(DifferenceKind.CHAIN, sides, f"{sides[0].value} vs {sides[1].value}")]
    return []


# -- numbers, dates, negation -----------------------------------------------------------


@lru_cache(maxsize=8192)
def _quantities(text: str, lang: str) -> tuple[Quantity, ...]:
    from .quantities import extract_quantities

    return tuple(extract_quantities(text, lang))


@lru_cache(maxsize=8192)
def _dates(text: str, lang: str) -> tuple[DateMention, ...]:
    from .quantities import extract_dates

    return tuple(extract_dates(text, lang))


@lru_cache(maxsize=8192)
def _negations(text: str, lang: str) -> tuple[tuple[int, int, str], ...]:
    from .quantities import find_negations

    return tuple(find_negations(text, lang))


def _check_numbers(a: _Member, b: _Member) -> list[Difference] | None:
    from .quantities import compare_quantities

    qa = _quantities(a.view, a.sentence.lang)
    qb = _quantities(b.view, b.sentence.lang)
    if not qa or not qb:
        return None
    out: list[Difference] = []
    compared = False
    used: set[int] = set()
    for x in qa:
        candidates = [
            (j, y) for j, y in enumerate(qb) if j not in used and (x.unit == y.unit or (len(qa) == 1 and len(qb) == 1))
        ]
        if not candidates:
            continue
        # Prefer an equal value, else the first of the same unit.
        j, y = next(((j, y) for j, y in candidates if compare_quantities(x, y) in ("same", "qualified_match")), candidates[0])
        verdict = compare_quantities(x, y)
        if verdict == "incomparable":
            continue
        used.add(j)
        compared = True
        if verdict == "different":
            sides = (
                DifferenceSide(a.ref, _quantity_value(x), (_span(a, x.start, x.end),)),
                DifferenceSide(b.ref, _quantity_value(y), (_span(b, y.start, y.end),)),
            )
            out.append(Difference(DifferenceKind.NUMBER, sides, f"{sides[0].value} vs {sides[1].value}"))
    return out if compared else None


def _quantity_value(q: Quantity) -> str:
    low, high, qualifier, unit = q.low, q.high, q.qualifier, q.unit

    def fmt(v: float) -> str:
        return f"{int(v):,}" if float(v).is_integer() else f"{v:,}"

    value = fmt(low) if low == high else f"{fmt(low)}-{fmt(high)}"
    prefix = "" if qualifier == "exact" else qualifier.replace("_", " ") + " "
    return f"{prefix}{value}{' ' + unit if unit else ''}"


def _check_dates(a: _Member, b: _Member) -> list[Difference] | None:
    da = _dates(a.view, a.sentence.lang)
    db = _dates(b.view, b.sentence.lang)
    if not da or not db:
        return None
    out: list[Difference] = []
    compared = False
    wa = {d.weekday for d in da if d.weekday is not None}
    wb = {d.weekday for d in db if d.weekday is not None}
    if wa and wb:
        compared = True
        if not wa & wb:
            sides = (
                DifferenceSide(a.ref, ", ".join(_WEEKDAYS[w] for w in sorted(wa)), tuple(_span(a, d.start, d.end) for d in da if d.weekday is not None)),
                DifferenceSide(b.ref, ", ".join(_WEEKDAYS[w] for w in sorted(wb)), tuple(_span(b, d.start, d.end) for d in db if d.weekday is not None)),
            )
            out.append(Difference(DifferenceKind.WEEKDAY, sides, f"{sides[0].value} vs {sides[1].value}"))
    for field in ("day", "month", "year"):
        va = {getattr(d, field) for d in da if getattr(d, field) is not None}
        vb = {getattr(d, field) for d in db if getattr(d, field) is not None}
        if va and vb:
            compared = True
            if not va & vb:
                sides = (
                    DifferenceSide(a.ref, _date_value(da), tuple(_span(a, d.start, d.end) for d in da if getattr(d, field) is not None)),
                    DifferenceSide(b.ref, _date_value(db), tuple(_span(b, d.start, d.end) for d in db if getattr(d, field) is not None)),
                )
                out.append(Difference(DifferenceKind.DATE, sides, f"{field}: {sides[0].value} vs {sides[1].value}"))
                break
    return out if compared else None


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


def _check_negation(a: _Member, b: _Member) -> list[Difference] | None:
    na = _negations(a.view, a.sentence.lang)
    nb = _negations(b.view, b.sentence.lang)
    if bool(na) == bool(nb):
        return []
    sides = (
        DifferenceSide(a.ref, "negated" if na else "affirmed", tuple(_span(a, s, e) for s, e, _ in na)),
        DifferenceSide(b.ref, "negated" if nb else "affirmed", tuple(_span(b, s, e) for s, e, _ in nb)),
    )
    negated = a if na else b
    return [Difference(DifferenceKind.NEGATION, sides, f"negated only in {negated.ref.article}")]


# -- names ------------------------------------------------------------------------------


def _check_names(a: _Member, b: _Member) -> list[Difference] | None:
    from .names import missing_names

    out: list[Difference] = []
    for x, y in ((a, b), (b, a)):
        missing = missing_names(x.sentence, x.article, y.sentence, y.article)
        if missing is None:
            return None
        for name, spans in missing:
            sides = (
                DifferenceSide(x.ref, name, tuple(_span(x, s, e) for s, e in spans)),
                DifferenceSide(y.ref, "not named", ()),
            )
            if x is b:
                sides = (sides[1], sides[0])
            out.append(Difference(DifferenceKind.NAME, sides, f"{name} is named in {x.ref.article} only"))
    return out


_CHECKS: tuple[tuple[str, Callable[[_Member, _Member], list[Difference] | None]], ...] = (
    ("source", _check_sources),
    ("numbers", _check_numbers),
    ("dates", _check_dates),
    ("negation", _check_negation),
    ("names", _check_names),
)
