"""Name checks: whole proper names present on one side only; the furniture's names left out."""

from __future__ import annotations

import re
from functools import lru_cache

from ..types import (
    Article,
    ClaimRef,
    Difference,
    DifferenceCategory,
    DifferenceKind,
    DifferenceSide,
)
from ._members import _difference, _Found, _Member, _span

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


def _present(key: str, member: _Member, threshold: int | None = None, min_key: int = 3) -> int | None:
    """Position of a word of ``member`` (of ``min_key`` letters or more) that spells
    ``key``, loosely unless a stricter ``threshold`` is given, or ``None``."""
    from ..names import _PRESENT, _same, _words

    for n, w in enumerate(_words(member.view, member.sentence.lang, min_key=min_key)):
        if _same(key, w[3], _PRESENT if threshold is None else threshold):
            return n
    return None


#: A run of capitalised words; a possessive ends it ("Kestovia's Zarin province" is two
#: names), an apostrophe inside a word does not ("O'Brien").
_CAPITALISED_RUN = re.compile(r"[A-Z](?:[\w.]|['’](?![sS]\b|\s))*(?:(?:\s|-)+[A-Z](?:[\w.]|['’](?![sS]\b|\s))*)*")


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
    out += _different_given_names(a, b)
    out += _different_places(a, b)
    return out, []


#: Fewest letters of a given name's Latin key: initials and short titles ("R.", "Sri",
#: "Dr") name nobody in particular.
_GIVEN_NAME_MIN_KEY = 4


def _different_given_names(a: _Member, b: _Member) -> list[Difference]:
    """One surname after two given names ("Rajesh Deshmukh" against "राजेंद्र देशमुख"):
    two people, or one named wrong. The name is read whole in Latin letters (other
    scripts do not show where a name starts); the other side's word before the surname
    must read as a name, be absent from this side, and differ from the given name both
    as spelt and by its consonants, so that a transliteration ("Mohammed", "محمد") is
    the same name. The surname must be no English word ("Unity Party" against
    "रिन्यूअल पार्टी" is two parties, a matter for the sources). The loose spelling
    that finds names present meets "Rajesh" in "राजेंद्र", hence a check of its own."""
    from ..names import _SAME, _looks_like_name, _same, _words, is_rare_word
    from .speakers_check import _SURNAME_PIECES, _latin_surname, _same_skeleton

    out: list[Difference] = []
    for x, y in ((a, b), (b, a)):
        y_words = _words(y.view, y.sentence.lang, min_key=3)  # the positions _present counts in
        for words in _whole_names(x, _name_words(x)):
            if len(words) < 2 or not words[-1][2].isascii() or len(words[-2][3]) < _GIVEN_NAME_MIN_KEY:
                continue
            if not _latin_surname(words[-1][2]):
                continue  # "Unity Party", "Patel": an English word, or too common a surname to tell
            given, surname = words[-2], words[-1]
            at = _present(surname[3], y, _SAME)
            if at is None or at == 0:
                continue
            before, shared = y_words[at - 1], y_words[at]
            if y.view[before[1] : shared[0]].strip(" -‐") or len(before[3]) < _GIVEN_NAME_MIN_KEY:
                continue
            if _same(given[3], before[3]) or _same_skeleton(given[3], before[3]) or _present(before[3], x) is not None:
                continue
            lang = y.sentence.lang
            if not (_looks_like_name(before[2], before[0], lang)
                    or (not before[2].isascii() and is_rare_word(before[2], lang, _SURNAME_PIECES))):
                continue
            own = DifferenceSide(x.ref, f"{given[2]} {surname[2]}", (_span(x, given[0], surname[1]),))
            theirs = DifferenceSide(y.ref, y.view[before[0] : shared[1]], (_span(y, before[0], shared[1]),))
            sides = (own, theirs) if x is a else (theirs, own)
            out.append(_difference(DifferenceKind.NAME, sides, f"{sides[0].value} vs {sides[1].value}",
                                   "name.different_given_name", 0.7))
    return out


#: Words between a kind of place and its name at most ("the village of Tarnok": 1).
_PLACE_GAP = 1


def _places(member: _Member) -> dict[str, list[_Word]]:
    """Kind of place -> the names beside a word of that kind ("village of Tarnok",
    "Tarnok village", "બેલ્કા ગામમાં"), in the member's claim. A name stands just before
    its kind word (in English also after it, "of" between), with no comma or colon
    between, and belongs to the nearest: in "जिले के रसूलपुर गांव में" Rasulpur is the
    village, not the district."""
    from ..lang import defaults_or_neutral
    from ..names import _words

    lang = member.sentence.lang
    kinds = {w.lower(): kind for kind, ws in defaults_or_neutral(lang).place_kinds.items() for w in ws}
    if not kinds:
        return {}
    view = member.view
    words = _words(view, lang, min_key=2)
    out: dict[str, list[_Word]] = {}
    for n, w in enumerate(words):
        if w[2].lower() in kinds or not _name_of_place(w, lang):
            continue
        # The name comes first ("Tarnok village", "जसरा गांव"); English may also put it
        # after ("the village of Tarnok").
        reach = range(n - 1 - _PLACE_GAP, n) if w[2].isascii() else range(n - 1, n - 1)
        near = [
            (abs(k - n), kinds[x[2].lower()])
            for k, x in enumerate(words)
            if (k == n + 1 or k in reach)
            and x[2].lower() in kinds
            and not re.search(r"[,:;()।۔]", view[min(x[1], w[1]) : max(x[0], w[0])])
        ]
        if not near:
            continue
        nearest = min(d for d, _ in near)
        closest = {kind for d, kind in near if d == nearest}
        if len(closest) == 1:
            out.setdefault(closest.pop(), []).append(w)
    return out


def _name_of_place(word: _Word, lang: str) -> bool:
    """Whether a word beside a kind of place is its name: a name by the names module's
    test, or, in other scripts than Latin, a rare word that is no acronym (short names
    such as بیلکا are split less than the names module asks of a word anywhere)."""
    from ..lang import is_date_word
    from ..names import _looks_like_name, is_rare_word, is_spelt_acronym

    if _looks_like_name(word[2], word[0], lang):
        return True
    return not word[2].isascii() and not is_date_word(word[2], lang) and is_rare_word(word[2], lang) and not is_spelt_acronym(word[2])


def _different_places(a: _Member, b: _Member) -> list[Difference]:
    """Two names of one kind of place ("the village of Tarnok" against "બેલ્કા ગામમાં"):
    each side names one place of that kind, which neither the other sentence nor the
    other article mentions anywhere. A name the other article knows is a detail it left
    out here, not another answer."""
    from ..names import _PRESENT, _SAME, _mentions, _same

    out: list[Difference] = []
    places_a, places_b = _places(a), _places(b)
    for kind in places_a.keys() & places_b.keys():
        if len(places_a[kind]) != 1 or len(places_b[kind]) != 1:
            continue
        (x,), (y,) = places_a[kind], places_b[kind]
        # The two names compare loosely (Dolmac, डोलमॅक; بیلن, बेलिन); the rest of the
        # other sentence closely, since a short name loosely matches common words
        # ("jasra" and ઝાડા, "jada").
        if _same(x[3], y[3], _PRESENT) or _present(x[3], b, _SAME, 2) is not None or _present(y[3], a, _SAME, 2) is not None:
            continue
        if _same(x[3], _joined_with_word_before(b, y), _SAME) or _same(y[3], _joined_with_word_before(a, x), _SAME):
            continue  # "Barabanki" written in two words, "بارہ بنکی"
        if _mentions(b.article, x[3], -1) or _mentions(a.article, y[3], -1):
            continue
        sides = (
            DifferenceSide(a.ref, x[2], (_span(a, x[0], x[1]),)),
            DifferenceSide(b.ref, y[2], (_span(b, y[0], y[1]),)),
        )
        detail = f"{x[2]} vs {y[2]} (two names for the {kind})"
        out.append(_difference(DifferenceKind.NAME, sides, detail, "name.different_place", 0.7))
    return out


def _joined_with_word_before(member: _Member, word: _Word) -> str:
    """The Latin key of ``word`` with the word right before it (one space apart) joined
    on: a name one script writes as one word, another as two ("Barabanki", "بارہ بنکی")."""
    from ..names import _words

    before = [w for w in _words(member.view, member.sentence.lang, min_key=1) if w[1] < word[0]]
    if not before or member.view[before[-1][1] : word[0]] != " ":
        return ""
    return before[-1][3] + word[3]


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
    from ..names import _SAME, _looks_like_name, _words

    k = next(n for n, w in enumerate(name) if w[0] == start)
    if k == 0:
        return None
    y_words = _words(y.view, y.sentence.lang, min_key=3)
    # The shared word must be spelt closely: loosely, "Prashant" meets पहाटे ("pahate",
    # at dawn), and the word after it is no surname.
    at = _present(name[k - 1][3], y, _SAME)
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
