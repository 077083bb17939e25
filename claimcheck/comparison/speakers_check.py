"""Speaker checks: one claim credited to two named people ("Brandt told reporters" against
"Foreign Minister Viktor Lang said"), told by the speakers' last words in any script."""

from __future__ import annotations

import re
from functools import lru_cache

from ..types import Attribution, DifferenceKind, DifferenceSide
from ._members import _difference, _Found, _Member, _span

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
    if _is_office(last[2], lang):
        # "the Finance Minister said", "નાણામંત્રીએ જણાવ્યું": an office names nobody.
        named = False
    elif last[2].isascii():
        named = last[2][:1].isupper() and not last[2].isupper()
    else:
        named = not is_spelt_acronym(last[2]) and not _plural_or_owned(member, last[0], last[2]) and (
            _looks_like_name(last[2], last[0], lang)
            or (len(inside) >= 2 and all(is_rare_word(w[2], lang, _SURNAME_PIECES) for w in inside[-2:]))
            or _after_title(inside, lang)
        )
    return last[0], last[1], last[3], named


#: Words between an office and the given name at most ("ایس ایس پی پونچھ سنجیو کمار":
#: the district).
_TITLE_GAP = 2
#: Fewest letters of an office matched with a case ending: shorter ones only whole.
_TITLE_STEM_MIN = 4


def _after_title(words: list[tuple[int, int, str, str]], lang: str) -> bool:
    """Whether a speaker's last two words follow an office ("पुलिस अधीक्षक देवेंद्र पींचा",
    the language's ``person_titles``, whole or with a case ending of the language): a
    given name and a surname, however common either is."""
    return len(words) >= 3 and any(_is_office(w[2], lang) for w in words[-3 - _TITLE_GAP : -2])


@lru_cache(maxsize=16)
def _offices(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The language's ``person_titles`` and its case endings, lower-cased."""
    from ..lang import defaults_or_neutral

    defaults = defaults_or_neutral(lang)
    titles = defaults.attribution.person_titles if defaults.attribution is not None else ()
    return frozenset(t.lower() for t in titles), frozenset({"", *defaults.case_markers.suffixes})


def _is_office(word: str, lang: str) -> bool:
    """Whether ``word`` names an office of the language: whole, or in a non-Latin script
    with a case ending of the language ("मंत्र्यांनी" aside), or at the end of a compound
    ("નાણામંત્રીએ", finance minister; "गृहमंत्री"): "وزیرستان" and "अध्यक्षता" are no
    offices."""
    titles, endings = _offices(lang)
    word = word.lower()
    if word in titles:
        return True
    if word.isascii():
        return False
    for t in titles:
        if len(t) < _TITLE_STEM_MIN or t not in word:
            continue
        if word[word.rfind(t) + len(t):] in endings:
            return True
    return False


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


def _latin_surname(word: str) -> bool:
    """Whether a Latin word can be a transliterated surname, no English word
    (:data:`_LATIN_SURNAME_PIECES`)."""
    from ..models.vocabulary import piece_count

    return piece_count(word) >= _LATIN_SURNAME_PIECES


def _both_persons(a: _Member, sur_a: tuple[int, int, str, bool], b: _Member, sur_b: tuple[int, int, str, bool]) -> bool:
    """Whether both speakers read as persons, so that a surname missing from the other
    sentence is another person: one in Latin letters whose surname is no English word
    (:data:`_LATIN_SURNAME_PIECES`) or follows an office and a given name (the
    language's ``person_titles``), after a capitalised given name, against one that
    reads as a name in any script; or two in one non-Latin script, where a name is
    spelt alike and an organisation's last word is the same word. Two non-Latin scripts
    are left to the other tests: an organisation's words are translated between them."""
    from ..names import _script

    word_a, word_b = a.view[sur_a[0]:sur_a[1]], b.view[sur_b[0]:sur_b[1]]

    def latin_person(member: _Member, start: int, word: str) -> bool:
        before = member.view[:start].split()
        given = before[-1:]
        if not (given and given[0][:1].isupper() and not given[0].isupper()):
            return False
        # "Deputy Commissioner Vikas Sharma": an office before the given name makes a
        # person of a surname that is also a word ("Sharma", "Tomar").
        return _latin_surname(word) or any(_is_office(w.strip(","), member.sentence.lang) for w in before[-4:-1])

    if word_a.isascii() or word_b.isascii():
        return (not word_a.isascii() or latin_person(a, sur_a[0], word_a)) and (
            not word_b.isascii() or latin_person(b, sur_b[0], word_b)
        )
    return _script(word_a) == _script(word_b)


def _plural_or_owned(member: _Member, start: int, word: str) -> bool:
    """Whether a speaker's last word in a non-Latin script is a plural or follows a
    genitive ("ઝૂના સત્તાવાલાઓ", the zoo's authorities): a body of people, however rare
    its words look, not a given name and a surname."""
    from ..names import _strip_case_ending
    from .lexicon import table

    lang = member.sentence.lang
    plural = tuple(table("plural", lang))
    before = member.view[:start].split()[-1:]
    owned = bool(before) and _strip_case_ending(before[0], lang) != before[0]
    return _strip_case_ending(word, lang).endswith(plural) or word.endswith(plural) or owned


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
