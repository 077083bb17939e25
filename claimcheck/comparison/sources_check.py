"""Source checks: different sources or chains, relays, attributed vs bare, credit lines."""

from __future__ import annotations

from ..types import (
    Attribution,
    DifferenceCategory,
    DifferenceKind,
    DifferenceSide,
    Span,
)
from ._members import STATED_BARE, _difference, _Found, _Member
from .speakers_check import _different_named_speakers, _different_person


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
            DifferenceSide(m.ref, names if m is attributed else STATED_BARE, _source_spans(m))
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
    named = _different_named_speakers(a, b)
    if named is not None:
        return named
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
    # Two unknown sources are never a difference (translation changes their slugs), but
    # nor are they checked unless spelt alike: "બંને પક્ષો" (both sides) is no "same
    # source" as the South Korean foreign ministry.
    outer_pairs = [(x, y) for x in dict.fromkeys(c[0] for c in ca) for y in dict.fromkeys(c[0] for c in cb)]
    checked = next(((x, y) for x, y in outer_pairs if _same_source(x, y) and _spelt_alike(x, y)), None)
    if checked is None:
        return None
    shared, other = checked
    spellings = [_source_name(a, shared)]
    if _source_name(b, other).casefold() != spellings[0].casefold():
        spellings.append(_source_name(b, other))
    return [], [f"same source: {' = '.join(spellings)}"]


#: Least rapidfuzz partial ratio of two unknown sources' slugs that shows one spelling
#: of one name (x:kim / x:kaim 80, x:adhikari / x:adhikariyon 100, x:kim-jong-un inside a
#: longer title 100) rather than a translation (x:ban-neta / x:both-leaders 50).
_SPELT_ALIKE = 80


def _spelt_alike(x: str, y: str) -> bool:
    """Whether two source ids name one source as spelt: known ids always (compared by
    id), unknown ones when one slug is a spelling of (part of) the other."""
    if not (x.startswith("x:") and y.startswith("x:")):
        return True
    from rapidfuzz import fuzz

    return fuzz.partial_ratio(x[2:], y[2:]) >= _SPELT_ALIKE


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
