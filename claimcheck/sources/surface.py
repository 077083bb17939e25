"""Surface forms of source names: cleaning (variant folding, exact-match keys) and
stripping (case particles, fused case suffixes and generic descriptors).

The case markers of each language come from ``claimcheck/lang/<code>/case_markers.py``,
the descriptors and common words from the data file; all load lazily, on first use.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from ..lang import defaults_or_neutral
from .data import raw_data


@dataclass(frozen=True)
class _CaseMarkers:
    """A language's case markers, cleaned the same way as the text they are cut from."""

    suffixes: tuple[str, ...]
    """Fused suffixes, longest first."""
    particles: frozenset[str]
    """Separate postposition tokens."""


# --------------------------------------------------------------------------- cleaning

#: Characters that carry no identity: zero-width joiners, BOM, soft hyphen, tatweel,
#: Arabic-script short-vowel marks (rarely written, so aliases never rely on them) and
#: the Indic nukta (``ज़``/``ज`` are spelt both ways for the same name).
_DROP = dict.fromkeys(
    map(
        ord,
        "\u200b\u200c\u200d\u2060\ufeff\u00ad\u0640"
        "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0670"
        "\u093c\u0abc",
    )
)
#: Spelling variants folded to one form: candra vowels (``ऑ``/``ओ``, ``ૉ``/``ો``),
#: Marathi/Gujarati retroflex lateral, Arabic code points used in place of Urdu ones,
#: typographic apostrophes.
_VARIANTS = str.maketrans(
    {
        "ॉ": "ो", "ॅ": "े", "ऑ": "ओ", "ऍ": "ए", "ॲ": "ए", "ॆ": "े", "ॊ": "ो", "ऎ": "ए", "ऒ": "ओ",
        "ळ": "ल", "ऴ": "ल", "ऱ": "र", "ँ": "ं",
        "ૉ": "ો", "ૅ": "ે", "ઑ": "ઓ", "ઍ": "એ", "ળ": "લ", "ઁ": "ં",
        "ي": "ی", "ى": "ی", "ك": "ک", "ه": "ہ", "ة": "ہ", "ۃ": "ہ", "أ": "ا", "إ": "ا", "ٱ": "ا",
        "ؤ": "و", "ۓ": "ے",
        "’": "'", "‘": "'", "`": "'", "´": "'",
    }
)
#: Vowel length is spelt inconsistently (``ઇ``/``ઈ``, ``िि``/``ी``) in names: exact keys
#: ignore it.
_VOWEL_LENGTH = str.maketrans(
    {"ी": "ि", "ू": "ु", "ई": "इ", "ऊ": "उ", "ી": "િ", "ૂ": "ુ", "ઈ": "ઇ", "ઊ": "ઉ"}
)
#: A nasal consonant + virama before a consonant is the same as an anusvara
#: (``सेन्ट्रल``/``सेंट्रल``).
_NASAL_CLUSTER = re.compile(r"[ङञणनम]्(?=[क-ह])|[ઙઞણનમ]્(?=[ક-હ])")
_NASAL_REPLACEMENT = {"्": "ं", "્": "ં"}


def clean(text: str) -> str:
    """NFC, variant folding and whitespace collapsing; case and punctuation are kept."""
    text = unicodedata.normalize("NFC", text).translate(_DROP).translate(_VARIANTS)
    return " ".join(text.split())


def strip_edges(text: str) -> str:
    """Remove surrounding punctuation, quotes and symbols (not a closing bracket that
    matches an opening one inside)."""
    start, end = 0, len(text)
    while start < end and _is_edge_char(text[start]):
        start += 1
    while end > start and _is_edge_char(text[end - 1]):
        if text[end - 1] == ")" and "(" in text[start : end - 1]:
            break
        end -= 1
    return text[start:end].strip()


def _is_edge_char(char: str) -> bool:
    return char.isspace() or unicodedata.category(char)[0] in "PSZ"


def match_key(text: str) -> str:
    """The exact-match key: cleaned, casefolded, vowel length and nasals folded, dots
    and apostrophes dropped (``U.S.`` = ``US``), other punctuation read as spaces."""
    text = clean(text).casefold().translate(_VOWEL_LENGTH)
    text = _NASAL_CLUSTER.sub(lambda m: _NASAL_REPLACEMENT[m.group()[-1]], text)
    text = text.replace(".", "").replace("'", "")
    chars = [" " if unicodedata.category(c)[0] in "PSZ" else c for c in text]
    return " ".join("".join(chars).split())


def as_acronym(token: str) -> str | None:
    """``"KCNA"``/``"U.S."`` -> ``"KCNA"``/``"US"`` if the token is a Latin all-capital
    acronym (2+ letters, digits allowed after the first), else ``None``."""
    bare = token.replace(".", "").replace("&", "")
    if len(bare) >= 2 and bare.isascii() and bare.isalnum() and bare.isupper() and bare[0].isalpha():
        return bare
    return None


def _letters(text: str) -> int:
    """Number of letters (vowel signs and viramas are marks, not letters)."""
    return sum(1 for c in text if unicodedata.category(c)[0] == "L")


# --------------------------------------------------------------------------- language data


@cache
def _case_markers(lang: str) -> _CaseMarkers:
    """The case markers of ``lang``; none for a language without data."""
    markers = defaults_or_neutral(lang).case_markers
    suffixes = tuple(dict.fromkeys(clean(s) for s in markers.suffixes))
    # Stable sort: equal-length suffixes keep the data's order of preference.
    suffixes = tuple(sorted(suffixes, key=len, reverse=True))
    return _CaseMarkers(suffixes, frozenset(clean(p) for p in markers.particles))


@cache
def _descriptors(lang: str) -> tuple[tuple[str, ...], ...]:
    """Generic descriptor phrases of ``lang`` and English, as stemmed token-key tuples,
    longest first."""
    table = raw_data().get("descriptors", {})
    assert isinstance(table, dict)
    phrases: list[tuple[str, ...]] = []
    for code in dict.fromkeys((lang, "en")):
        for phrase in table.get(code, ()):
            tokens = tuple(match_key(t) for t in stem_tokens(phrase, code))
            if tokens and tokens not in phrases:
                phrases.append(tokens)
    return tuple(sorted(phrases, key=len, reverse=True))


@cache
def common_words(lang: str) -> frozenset[str]:
    """Keys of the data file's ``common_words`` of ``lang``: ordinary words that are
    also an outlet's bare name, so a surface made of one only matches exactly."""
    table = raw_data().get("common_words", {})
    assert isinstance(table, dict)
    return frozenset(match_key(word) for word in table.get(lang, ()))


# --------------------------------------------------------------------------- stripping


def _strip_suffix_options(token: str, markers: _CaseMarkers) -> list[str]:
    """Every way of cutting one case suffix off ``token`` that leaves 2+ letters, the
    most plausible remainder first (see :func:`_implausibility`), then longest suffix
    first."""
    options = []
    for suffix in markers.suffixes:
        if token.endswith(suffix) and len(token) > len(suffix):
            rest = token[: -len(suffix)]
            if _letters(rest) >= 2:
                options.append(rest)
    return sorted(options, key=_implausibility)


def _implausibility(rest: str) -> tuple[bool, bool, bool]:
    """Sort key of a remainder after cutting a suffix; smaller is a likelier name.

    A token is rarely half Latin, half Indic (``XYZન`` from ``XYZને``), and rarely ends
    in a doubled letter (``પુતિનન`` from dative ``પુતિનને``). A remainder ending in a
    consonant is preferred to one ending in a vowel: ``ઈરાને`` is far more often the
    ergative of ``ઈરાન`` (the case of a speaker) than the dative of ``ઈરા``.
    """
    last = rest[-1]
    mixed = any(c.isascii() and c.isalpha() for c in rest) and not rest.isascii()
    doubled = len(rest) >= 2 and rest[-2] == last and unicodedata.category(last) == "Lo"
    return mixed, doubled, _ends_in_vowel(last)


def _ends_in_vowel(char: str) -> bool:
    """Whether ``char`` is a vowel: a vowel sign, or an independent vowel letter."""
    if unicodedata.category(char) in ("Mn", "Mc"):
        return unicodedata.name(char, "").split(" SIGN ")[-1] not in _NON_VOWEL_SIGNS
    name = unicodedata.name(char, "")
    return " LETTER " in name and name.split(" LETTER ")[-1] in _VOWEL_LETTER_NAMES


#: Indic combining signs that are not vowels (a virama-final token ends in a consonant).
_NON_VOWEL_SIGNS = frozenset({"VIRAMA", "NUKTA", "ANUSVARA", "CANDRABINDU", "VISARGA"})
#: Unicode names (after ``LETTER``) of independent vowels in Brahmic scripts.
_VOWEL_LETTER_NAMES = frozenset(
    {"A", "AA", "I", "II", "U", "UU", "E", "EE", "AI", "O", "OO", "AU", "VOCALIC R",
     "VOCALIC L", "CANDRA E", "CANDRA O", "SHORT E", "SHORT O", "SHORT A"}
)


def stem_tokens(text: str, lang: str) -> list[str]:
    """Tokens of ``text`` with particle tokens dropped and one case suffix (the longest
    that leaves a plausible word) cut off each token."""
    markers = _case_markers(lang)
    tokens = clean(text).split()
    kept = [t for i, t in enumerate(tokens) if i == 0 or t not in markers.particles]
    stemmed = []
    for token in kept:
        options = _strip_suffix_options(token, markers)
        stemmed.append(options[0] if options else token)
    return stemmed


def _strip_descriptor_tokens(tokens: list[str], lang: str) -> list[str]:
    """Remove generic descriptors (``news agency``, ``સમાચાર એજન્સી``, ``the``) from
    both ends of a stemmed token list, as long as something remains."""
    keys = [match_key(t) for t in tokens]
    start, end = 0, len(tokens)
    changed = True
    while changed:
        changed = False
        for phrase in _descriptors(lang):
            n = len(phrase)
            if end - start > n and tuple(keys[start : start + n]) == phrase:
                start += n
                changed = True
            if end - start > n and tuple(keys[end - n : end]) == phrase:
                end -= n
                changed = True
    return tokens[start:end]


def name_core(text: str, lang: str) -> str:
    """The distinctive part of a name: stemmed, descriptors removed."""
    return " ".join(_strip_descriptor_tokens(stem_tokens(text, lang), lang))


def variants(text: str, lang: str, limit: int = 48) -> list[str]:
    """Surface forms reachable by dropping a trailing particle, cutting a case suffix
    off the last token, or dropping a descriptor at either end; breadth first, so the
    least-stripped forms come first."""
    markers = _case_markers(lang)
    descriptors = _descriptors(lang)
    order = [text]
    seen = {text}
    queue = [text]
    while queue and len(order) < limit:
        tokens = queue.pop(0).split()
        nexts: list[list[str]] = []
        if len(tokens) > 1 and tokens[-1] in markers.particles:
            nexts.append(tokens[:-1])
        if tokens:
            nexts.extend([*tokens[:-1], rest] for rest in _strip_suffix_options(tokens[-1], markers))
        keys = [match_key(t) for t in tokens]
        for phrase in descriptors:
            n = len(phrase)
            if len(tokens) > n and tuple(keys[:n]) == phrase:
                nexts.append(tokens[n:])
            if len(tokens) > n and tuple(keys[-n:]) == phrase:
                nexts.append(tokens[:-n])
        for candidate in nexts:
            joined = " ".join(candidate)
            if joined and joined not in seen:
                seen.add(joined)
                order.append(joined)
                queue.append(joined)
    return order


def display_name(text: str, lang: str) -> str:
    """The cleaned surface of an unknown source: trailing particles and the last token's
    case suffix removed (``કિમ જોંગ ઉને`` -> ``કિમ જોંગ ઉન``)."""
    markers = _case_markers(lang)
    tokens = text.split()
    while len(tokens) > 1 and tokens[-1] in markers.particles:
        tokens.pop()
    if tokens:
        options = _strip_suffix_options(tokens[-1], markers)
        if options:
            tokens[-1] = options[0]
    return " ".join(tokens)
