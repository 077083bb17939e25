"""Source checks: different sources or chains, relays, attributed vs bare, credit lines."""

from __future__ import annotations

import re

from ..types import (
    Attribution,
    DifferenceCategory,
    DifferenceKind,
    DifferenceSide,
    Span,
)
from ._members import STATED_BARE, _difference, _Found, _Member, _span


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


#: Fewest vocabulary pieces of each of the last two words of a non-Latin speaker that
#: make them a given name and a surname (وکٹر لانگ: 3 and 2): titles, descriptions and
#: their plurals have a word of one piece among them (وزیر, दोन्ही देशांनी, બંને નેતાઓ).
_SURNAME_PIECES = 2


#: Fewest letters of a surname's Latin key that the check compares.
_SURNAME_MIN_KEY = 4


def _surname(member: _Member, attribution: Attribution) -> tuple[int, int, str, bool] | None:
    """The last word of the attribution's speaker (the innermost link named in this
    sentence), as (start, end, Latin key, whether it reads as a person's name) in the
    member's view: the "Lang" of "Foreign Minister Viktor Lang", "ब्रांट". It reads as a
    name when capitalised in Latin letters (not an acronym, which names an
    organisation), when the names module takes it for one, or when it and the word
    before it are both rare (a given name and a surname). ``None`` for an outlet, a
    source carried from the paragraph, or a date word."""
    from ..lang import is_date_word
    from ..names import _looks_like_name, is_rare_word, is_spelt_acronym, keyed_words

    link = attribution.chain[-1] if attribution.chain else None
    if link is None or link.source.known or link.from_paragraph or link.span is None:
        return None
    lang = member.sentence.lang
    start, end = link.span.start - member.sentence.start, link.span.end - member.sentence.start
    # A word the span cuts ("ઝૂના સત્તાવાળાઓ|ના જણાવ્યા", its genitive given to the cue)
    # is the span's last word still.
    inside = [w for w in keyed_words(member.view, lang) if start <= w[0] < end]
    if not inside or is_date_word(inside[-1][2], lang):
        return None
    last = inside[-1]
    if last[2].isascii():
        named = last[2][:1].isupper() and not last[2].isupper()
    else:
        named = not is_spelt_acronym(last[2]) and not _plural_or_owned(member, last[0], last[2]) and (
            _looks_like_name(last[2], last[0], lang) or (len(inside) >= 2 and all(is_rare_word(w[2], lang, _SURNAME_PIECES) for w in inside[-2:]))
        )
    return last[0], last[1], last[3], named


def _spelt_loosely(key: str, member: _Member) -> bool:
    """Whether a word of the member's claim spells ``key`` in any script (loosely)."""
    from ..names import _PRESENT, _same, keyed_words

    return any(_same(key, w[3], _PRESENT) for w in keyed_words(member.view, member.sentence.lang) if len(w[3]) >= 3)


def _named_speaker(member: _Member) -> tuple[Attribution, tuple[int, int, str, bool]] | None:
    """The member's speaker and its last word (:func:`_surname`): its one attribution
    whose speaker reads as a name, else its only attribution; ``None`` when that is
    unclear (several named speakers, or several unnamed ones)."""
    found = [
        (attribution, surname)
        for attribution in member.sentence.sourced_attributions()
        if not attribution.reports_elsewhere(member.sentence) and (surname := _surname(member, attribution)) is not None
    ]
    named = [x for x in found if x[1][3]]
    if len(named) == 1:
        return named[0]
    return found[0] if len(found) == 1 else None


def _elsewhere_in_article(key: str, member: _Member) -> bool:
    """Whether another sentence of the member's article spells the name ``key`` (closely:
    a loose match finds common words in any long word)."""
    from ..names import _same, keyed_words

    return any(
        _same(key, w[3])
        for sentence in member.article.sentences
        if sentence.index != member.sentence.index
        for w in keyed_words(sentence.text, sentence.lang)
        if len(w[3]) >= 3
    )


#: Fewest vocabulary pieces of a Latin surname that make it a transliterated name rather
#: than an English word: "Kher", "Abbasi", "Brandt" (2), not "Authority", "Survey" (1).
#: Common surnames of one piece ("Patel", "Singh") are left to the other tests.
_LATIN_SURNAME_PIECES = 2


def _both_persons(a: _Member, sur_a: tuple[int, int, str, bool], b: _Member, sur_b: tuple[int, int, str, bool]) -> bool:
    """Whether both speakers read as persons, so that a surname missing from the other
    sentence is another person: one in Latin letters whose surname is no English word
    (:data:`_LATIN_SURNAME_PIECES`, after a capitalised given name) against one that
    reads as a name in any script; or two in one non-Latin script, where a name is
    spelt alike and an organisation's last word is the same word. Two non-Latin scripts
    are left to the other tests: an organisation's words are translated between them."""
    from ..models.vocabulary import piece_count
    from ..names import _script

    word_a, word_b = a.view[sur_a[0]:sur_a[1]], b.view[sur_b[0]:sur_b[1]]

    def latin_person(member: _Member, start: int, word: str) -> bool:
        given = member.view[:start].split()[-1:]
        return piece_count(word) >= _LATIN_SURNAME_PIECES and bool(given) and given[0][:1].isupper() and not given[0].isupper()

    if word_a.isascii() or word_b.isascii():
        return (not word_a.isascii() or latin_person(a, sur_a[0], word_a)) and (
            not word_b.isascii() or latin_person(b, sur_b[0], word_b)
        )
    return _script(word_a) == _script(word_b)


#: Plural endings of nouns (Gujarati "-ઓ", Hindi and Urdu oblique "-ों", "-وں"): no
#: person's surname ends so.
_PLURAL_ENDINGS = ("ઓ", "ों", "ओं", "وں")


def _plural_or_owned(member: _Member, start: int, word: str) -> bool:
    """Whether a speaker's last word in a non-Latin script is a plural or follows a
    genitive ("ઝૂના સત્તાવાલાઓ", the zoo's authorities): a body of people, however rare
    its words look, not a given name and a surname."""
    from ..names import _strip_case_ending

    lang = member.sentence.lang
    before = member.view[:start].split()[-1:]
    owned = bool(before) and _strip_case_ending(before[0], lang) != before[0]
    return _strip_case_ending(word, lang).endswith(_PLURAL_ENDINGS) or word.endswith(_PLURAL_ENDINGS) or owned


def _different_named_speakers(a: _Member, b: _Member) -> _Found | None:
    """One claim credited to two named people ("Brandt told reporters" against "Foreign
    Minister Viktor Lang said"): each speaker ends in a name (:func:`_surname`) that the
    other sentence does not give, and one of them is a name the other article gives
    elsewhere.

    Unknown sources are otherwise never told apart: a translation changes their slugs,
    and an organisation's last word is translated ("Survey", "સર્વેક્ષણ"). A person's
    surname is transliterated instead, so an article that writes Brandt elsewhere and
    credits this claim to someone else credits another person; so does one whose
    speakers both read as persons (:func:`_both_persons`)."""
    speaker_a, speaker_b = _named_speaker(a), _named_speaker(b)
    if speaker_a is None or speaker_b is None:
        return None
    (att_a, sur_a), (att_b, sur_b) = speaker_a, speaker_b
    if min(len(sur_a[2]), len(sur_b[2])) < _SURNAME_MIN_KEY:
        return None  # "کم" (Kim, "km"): too short to tell absent from spelt otherwise
    if _spelt_loosely(sur_a[2], b) or _spelt_loosely(sur_b[2], a):
        return None
    if not (sur_a[3] and sur_b[3]):
        return None
    if not (_both_persons(a, sur_a, b, sur_b) or _elsewhere_in_article(sur_a[2], b) or _elsewhere_in_article(sur_b[2], a)):
        return None
    sides = (
        DifferenceSide(a.ref, att_a.chain[-1].source.name, (_span(a, sur_a[0], sur_a[1]),)),
        DifferenceSide(b.ref, att_b.chain[-1].source.name, (_span(b, sur_b[0], sur_b[1]),)),
    )
    detail = f"{sides[0].value} vs {sides[1].value} (two people named as the speaker)"
    return [_difference(DifferenceKind.SOURCE, sides, detail, "source.different_named_speaker", 0.7)], []


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
