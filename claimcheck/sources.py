"""Canonical identity of the sources claims are attributed to, across scripts and spellings.

``KCNA``, ``કેસીએનએ``, ``(KCNA)ના``, ``कोरियन सेंट्रल न्यूज एजेंसी`` and ``کے سی این اے``
all name one agency. :func:`resolve_source` maps such a surface (as an attribution
extractor cut it out of a sentence) to one :class:`SourceRef`, so that articles in
different languages can be compared source by source.

Resolution, first hit wins:

1. the whole surface, cleaned, is an alias (case-insensitive; acronyms case-sensitive);
2. a parenthesised part is an alias (``રિયન સેન્ટ્રલ ન્યૂઝ એજન્સી (KCNA)`` -> KCNA, even
   though the words before it are misspelt);
3. the surface minus case particles (``रॉयटर्स के``), fused case suffixes
   (``યોનહાપે``) and generic descriptors (``समाचार एजेंसी``, ``the``) is an alias;
4. a Latin acronym or Latin name inside non-Latin text is an alias (``KCNAના``);
5. fuzzy matching of the Latin transliteration against the Latin forms of all aliases,
   word by word, with a threshold and a margin so that two different sources are never
   merged; then a Latin acronym inside Latin text (after fuzzy matching, because there
   it may head a longer name: ``UN Security Council``);
6. otherwise the source is unknown and gets a stable id ``x:<latin-slug>``, built so
   that the same name written in Gujarati, Hindi and Marathi gets the same id.

The alias data lives in ``claimcheck/data/sources.json``; the case markers of each
language in ``claimcheck/lang/<code>/case_markers.py``. Both load lazily, on first use.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType

from .lang import defaults_or_neutral
from .transliteration import to_latin

__all__ = [
    "SOURCE_TYPES",
    "KnownSource",
    "SourceRef",
    "covers",
    "known_sources",
    "latin_words",
    "names_unknown_source",
    "resolve_source",
    "same_person",
    "source_by_id",
    "transliterate_to_latin",
]

#: The kinds of source the data file may declare.
SOURCE_TYPES: frozenset[str] = frozenset(
    {
        "news_agency",
        "state_media",
        "broadcaster",
        "newspaper",
        "government",
        "organisation",
        "military",
        "other",
    }
)

#: Prefix of the ids of sources that are not in the data file.
UNKNOWN_PREFIX = "x:"

#: Minimum rapidfuzz ``ratio`` (0-100) between Latin forms for a fuzzy match. The real
#: guard against merging two sources is the word-by-word edit limit
#: (:func:`_close_enough`): on the data file no two aliases of different sources pass
#: it. The ratio only rejects matches that are close word by word but short overall.
FUZZY_THRESHOLD = 80.0
#: How far the best fuzzy match must lead the best match of any *other* source.
FUZZY_MARGIN = 6.0
#: Latin forms shorter than this (letters only) never match fuzzily: short names and
#: acronyms (AP/AFP, ANI/IANS) differ by one letter and must match exactly.
FUZZY_MIN_LETTERS = 6


@dataclass(frozen=True)
class KnownSource:
    """A source from the data file: one agency, outlet, government body or organisation."""

    id: str
    """Canonical id, lowercase ASCII (``"kcna"``)."""
    name: str
    """Display name in English (``"Korean Central News Agency"``)."""
    short: str
    """Short form used in running text (``"KCNA"``)."""
    type: str
    """One of :data:`SOURCE_TYPES`."""
    country: str | None
    """ISO 3166-1 alpha-2 code of the country it belongs to; ``None`` for international bodies."""
    aliases: Mapping[str, tuple[str, ...]] = field(hash=False)
    """Surface forms by language code (``"en"``, ``"gu"``, ...), as outlets spell them."""
    includes: tuple[str, ...] = ()
    """Ids of the sources a collective name covers: "North Korean state media" is KCNA,
    Rodong Sinmun or KCTV, so an article saying one and another the other agree."""


@dataclass(frozen=True)
class SourceRef:
    """The identity :func:`resolve_source` gives to one surface form of a source."""

    id: str
    """Canonical id (``"kcna"``), or ``"x:<latin-slug>"`` for a source not in the data."""
    name: str
    """Display name of a known source, or the cleaned surface of an unknown one."""
    known: bool
    """Whether the source is in the data file."""
    score: float
    """1.0 for an exact alias match (after normalisation), lower for a fuzzy match, 0.0
    for an unknown source."""


@dataclass(frozen=True)
class _CaseMarkers:
    """A language's case markers, cleaned the same way as the text they are cut from."""

    suffixes: tuple[str, ...]
    """Fused suffixes, longest first."""
    particles: frozenset[str]
    """Separate postposition tokens."""


@dataclass(frozen=True)
class _Index:
    """Lookup tables built once from the data file."""

    by_id: Mapping[str, KnownSource]
    """Every known source by id."""
    exact: Mapping[str, str]
    """Normalised alias -> id (keys shared by two sources are left out)."""
    acronyms: Mapping[str, str]
    """Latin all-capital alias without dots (``"KCNA"``) -> id; matched case-sensitively
    so that ``who`` and ``air`` stay words."""
    stems: Mapping[str, str]
    """Alias with every token's case suffix and particles removed -> id."""
    fuzzy_keys: tuple[str, ...]
    """Latin forms of the aliases' cores (descriptors removed), for fuzzy matching."""
    fuzzy_ids: tuple[str, ...]
    """The source id of each entry of :attr:`fuzzy_keys`."""


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
_PARENS = re.compile(r"\(([^()]*)\)")
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z.&'\-]*(?:\s+[A-Za-z0-9][A-Za-z0-9.&'\-]*)*")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z.&]*")


def _clean(text: str) -> str:
    """NFC, variant folding and whitespace collapsing; case and punctuation are kept."""
    text = unicodedata.normalize("NFC", text).translate(_DROP).translate(_VARIANTS)
    return " ".join(text.split())


def _strip_edges(text: str) -> str:
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


def _key(text: str) -> str:
    """The exact-match key: cleaned, casefolded, vowel length and nasals folded, dots
    and apostrophes dropped (``U.S.`` = ``US``), other punctuation read as spaces."""
    text = _clean(text).casefold().translate(_VOWEL_LENGTH)
    text = _NASAL_CLUSTER.sub(lambda m: _NASAL_REPLACEMENT[m.group()[-1]], text)
    text = text.replace(".", "").replace("'", "")
    chars = [" " if unicodedata.category(c)[0] in "PSZ" else c for c in text]
    return " ".join("".join(chars).split())


def _acronym(token: str) -> str | None:
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
    suffixes = tuple(dict.fromkeys(_clean(s) for s in markers.suffixes))
    # Stable sort: equal-length suffixes keep the data's order of preference.
    suffixes = tuple(sorted(suffixes, key=len, reverse=True))
    return _CaseMarkers(suffixes, frozenset(_clean(p) for p in markers.particles))


@cache
def _raw_data() -> Mapping[str, object]:
    text = resources.files("claimcheck.data").joinpath("sources.json").read_text("utf-8")
    data = json.loads(text)
    if not isinstance(data, dict) or data.get("version") != 1:
        raise ValueError("claimcheck/data/sources.json: expected an object with version 1")
    return MappingProxyType(data)


@cache
def _descriptors(lang: str) -> tuple[tuple[str, ...], ...]:
    """Generic descriptor phrases of ``lang`` and English, as stemmed token-key tuples,
    longest first."""
    table = _raw_data().get("descriptors", {})
    assert isinstance(table, dict)
    phrases: list[tuple[str, ...]] = []
    for code in dict.fromkeys((lang, "en")):
        for phrase in table.get(code, ()):
            tokens = tuple(_key(t) for t in _stem_tokens(phrase, code))
            if tokens and tokens not in phrases:
                phrases.append(tokens)
    return tuple(sorted(phrases, key=len, reverse=True))


@cache
def _common_words(lang: str) -> frozenset[str]:
    """Keys of the data file's ``common_words`` of ``lang``: ordinary words that are
    also an outlet's bare name, so a surface made of one only matches exactly."""
    table = _raw_data().get("common_words", {})
    assert isinstance(table, dict)
    return frozenset(_key(word) for word in table.get(lang, ()))


def known_sources() -> tuple[KnownSource, ...]:
    """Every source of ``claimcheck/data/sources.json``, parsed once and cached.

    Raises:
        ValueError: The data file is malformed (duplicate id, unknown type...).
    """
    return _known_sources()


@cache
def _known_sources() -> tuple[KnownSource, ...]:
    entries = _raw_data().get("sources")
    if not isinstance(entries, list):
        raise ValueError("claimcheck/data/sources.json: 'sources' must be a list")
    sources: list[KnownSource] = []
    seen: set[str] = set()
    for entry in entries:
        source_id = entry["id"]
        if source_id in seen or not re.fullmatch(r"[a-z0-9_]+", source_id):
            raise ValueError(f"claimcheck/data/sources.json: bad or duplicate id {source_id!r}")
        if entry["type"] not in SOURCE_TYPES:
            raise ValueError(f"claimcheck/data/sources.json: {source_id}: unknown type {entry['type']!r}")
        seen.add(source_id)
        aliases = {lang: tuple(forms) for lang, forms in entry["aliases"].items()}
        sources.append(
            KnownSource(
                id=source_id,
                name=entry["name"],
                short=entry["short"],
                type=entry["type"],
                country=entry.get("country"),
                aliases=MappingProxyType(aliases),
                includes=tuple(entry.get("includes", ())),
            )
        )
    ids = {source.id for source in sources}
    for source in sources:
        if not set(source.includes) <= ids:
            raise ValueError(f"claimcheck/data/sources.json: {source.id}: includes an unknown id")
    return tuple(sources)


def covers(x: str, y: str) -> bool:
    """Whether source ids ``x`` and ``y`` may name one source: equal, or one is a
    collective name that includes the other ("North Korean state media" and KCNA)."""
    if x == y:
        return True
    a, b = source_by_id(x), source_by_id(y)
    return (a is not None and y in a.includes) or (b is not None and x in b.includes)


def source_by_id(source_id: str) -> KnownSource | None:
    """The known source with this id, or ``None`` (for ``x:`` ids, say)."""
    return _index().by_id.get(source_id)


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


def _stem_tokens(text: str, lang: str) -> list[str]:
    """Tokens of ``text`` with particle tokens dropped and one case suffix (the longest
    that leaves a plausible word) cut off each token."""
    markers = _case_markers(lang)
    tokens = _clean(text).split()
    kept = [t for i, t in enumerate(tokens) if i == 0 or t not in markers.particles]
    stemmed = []
    for token in kept:
        options = _strip_suffix_options(token, markers)
        stemmed.append(options[0] if options else token)
    return stemmed


def _strip_descriptor_tokens(tokens: list[str], lang: str) -> list[str]:
    """Remove generic descriptors (``news agency``, ``સમાચાર એજન્સી``, ``the``) from
    both ends of a stemmed token list, as long as something remains."""
    keys = [_key(t) for t in tokens]
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


def _core(text: str, lang: str) -> str:
    """The distinctive part of a name: stemmed, descriptors removed."""
    return " ".join(_strip_descriptor_tokens(_stem_tokens(text, lang), lang))


def _variants(text: str, lang: str, limit: int = 48) -> list[str]:
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
        keys = [_key(t) for t in tokens]
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


def _display_name(text: str, lang: str) -> str:
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


# --------------------------------------------------------------------------- transliteration


def transliterate_to_latin(text: str, lang: str) -> str:
    """Write ``text`` in simplified ASCII Latin, for comparing names across scripts.

    Gujarati and Devanagari (Hindi, Marathi) go through indic_transliteration's
    Harvard-Kyoto scheme, then are simplified (vowel length, retroflexes and sibilants
    merged, Hindi-style schwa deletion): ``કિમ જોંગ ઉન`` and ``किम जोंग उन`` both give
    ``kim jong un``. Urdu uses a small letter map (short vowels are not written, so
    ``یونہاپ`` gives ``yonhap`` but ``کم`` gives ``km``). Latin text is returned unchanged.

    The script is read from the characters, not from ``lang``, so mixed surfaces such as
    ``KCNAના`` work; ``lang`` names the language the text was found in and is accepted
    for symmetry with :func:`resolve_source`.

    Args:
        text: Any text.
        lang: ISO 639-1 code of the article the text comes from.

    Returns:
        The text with every Gujarati, Devanagari and Arabic-script run written in Latin.
    """
    del lang  # the script, not the language, decides the transliteration
    return to_latin(_clean(text))


def _latin_key(text: str, lang: str) -> str:
    """Lowercase ASCII words of the transliteration, doubled letters collapsed
    (``Reuters``/``Reutters``, ``ssh``)."""
    latin = unicodedata.normalize("NFKD", transliterate_to_latin(text, lang))
    latin = "".join(c for c in latin if not unicodedata.combining(c)).lower()
    latin = re.sub(r"[^a-z0-9]+", " ", latin)
    latin = re.sub(r"([a-z])\1+", r"\1", latin)
    return " ".join(latin.split())


@lru_cache(maxsize=4096)
def latin_words(text: str, lang: str) -> frozenset[str]:
    """The words of ``text`` in simplified Latin letters, two letters or longer: for
    asking whether a sentence names someone, whatever its script."""
    return frozenset(w for w in re.findall(r"[a-z]+", transliterate_to_latin(text, lang).lower()) if len(w) >= 2)


def _name_words(source_id: str) -> list[str]:
    """The words of an unknown source's slug that can name it: three letters or more,
    and a shorter first word (Urdu writes Kim ``کم``, ``km``; "un" in "kim-jong-un" is
    too common a word to count)."""
    words = [w for w in source_id[len(UNKNOWN_PREFIX) :].split("-") if w]
    return [w for n, w in enumerate(words) if len(w) >= 3 or (n == 0 and len(w) == 2)]


def _same_word(name: str, word: str, fuzzy: bool) -> bool:
    """``word`` is ``name``, with a case ending fused on ("kime": Kim + ergative), or
    (``fuzzy``, across scripts) spelt a little differently ("lavrof" for "lavrov")."""
    if word == name or (len(name) >= 3 and word.startswith(name) and len(word) - len(name) <= 3):
        return True
    if not fuzzy:
        return False
    # Urdu writes no short vowels: "km" is "kim" by its consonants.
    skeleton_name, skeleton_word = _consonants(name), _consonants(word)
    if skeleton_name == skeleton_word and (len(skeleton_name) >= 2 or (skeleton_name and max(len(name), len(word)) <= 2)):
        return True
    if min(len(name), len(word)) >= 5:
        from rapidfuzz import fuzz

        return fuzz.ratio(name, word) >= FUZZY_THRESHOLD
    return False


def _consonants(word: str) -> str:
    return re.sub(r"[aeiouy]", "", word)


def names_unknown_source(source_id: str, words: frozenset[str], *, fuzzy: bool = False) -> bool:
    """Whether ``words`` (:func:`latin_words` of some text) name the unknown source
    ``source_id`` (``x:kim-jong-un``): one of its name words, possibly with a case ending;
    ``fuzzy`` for text in another script than the one the slug came from."""
    if not source_id.startswith(UNKNOWN_PREFIX):
        return False
    return any(_same_word(n, w, fuzzy) for n in _name_words(source_id) for w in words)


def same_person(x: str, y: str) -> bool:
    """Whether two unknown source ids may be one person: the words of the shorter name
    all recur in the longer ("kim" and "kim-jong-un"; not "kim-yo-jong" and
    "kim-jong-un"), allowing for spelling across scripts."""
    if not (x.startswith(UNKNOWN_PREFIX) and y.startswith(UNKNOWN_PREFIX)):
        return False
    words_x = [w for w in x[len(UNKNOWN_PREFIX) :].split("-") if len(w) >= 2]
    words_y = [w for w in y[len(UNKNOWN_PREFIX) :].split("-") if len(w) >= 2]
    if not words_x or not words_y:
        return x == y
    shorter, longer = sorted((words_x, words_y), key=len)
    return all(any(_same_word(n, w, True) or _same_word(w, n, True) for w in longer) for n in shorter)


def _slug(text: str, lang: str) -> str:
    """The ``x:`` slug of an unknown source: its Latin key with hyphens, or a short
    hash for scripts claimcheck cannot transliterate (Hangul, Cyrillic...)."""
    latin = _latin_key(text, lang)
    if latin:
        return latin.replace(" ", "-")
    digest = hashlib.sha1(_key(text).encode("utf-8")).hexdigest()[:10]
    return f"h{digest}"


# --------------------------------------------------------------------------- index


@cache
def _index() -> _Index:
    """Build the alias tables. Keys that two sources share are dropped from the exact
    and stem tables: an ambiguous alias must not silently pick one of them."""
    by_id: dict[str, KnownSource] = {}
    exact: dict[str, set[str]] = {}
    acronyms: dict[str, set[str]] = {}
    stems: dict[str, set[str]] = {}
    fuzzy: dict[tuple[str, str], None] = {}
    for source in known_sources():
        by_id[source.id] = source
        forms = [("en", source.name), ("en", source.short)]
        forms += [(lang, alias) for lang, aliases in source.aliases.items() for alias in aliases]
        spelled = _spelled_acronyms(source)
        for lang, alias in forms:
            acronym = _acronym(_clean(alias))
            if acronym is not None:
                acronyms.setdefault(acronym, set()).add(source.id)
                continue
            exact.setdefault(_key(alias), set()).add(source.id)
            stems.setdefault(_key(" ".join(_stem_tokens(alias, lang))), set()).add(source.id)
            core = _latin_key(_core(alias, lang), lang)
            if _latin_letters(core) >= FUZZY_MIN_LETTERS and not _is_spelled_acronym(core, spelled):
                fuzzy[(core, source.id)] = None

    def unambiguous(table: dict[str, set[str]]) -> Mapping[str, str]:
        return MappingProxyType({k: next(iter(v)) for k, v in table.items() if k and len(v) == 1})

    return _Index(
        by_id=MappingProxyType(by_id),
        exact=unambiguous(exact),
        acronyms=unambiguous(acronyms),
        stems=unambiguous(stems),
        fuzzy_keys=tuple(k for k, _ in fuzzy),
        fuzzy_ids=tuple(i for _, i in fuzzy),
    )


#: How English letter names come out of :func:`_latin_key` when an acronym is written
#: in an Indic or Arabic script (``पीटीआई`` = ``pi ti ai``).
_LETTER_NAMES = {
    "A": "e", "B": "bi", "C": "si", "D": "di", "E": "i", "F": "ef", "G": "ji", "H": "ech",
    "I": "ai", "J": "je", "K": "ke", "L": "el", "M": "em", "N": "en", "O": "o", "P": "pi",
    "Q": "kyu", "R": "ar", "S": "es", "T": "ti", "U": "yu", "V": "vi", "W": "dablyu",
    "X": "eks", "Y": "vai", "Z": "jed",
}


def _spelled_acronyms(source: KnownSource) -> tuple[str, ...]:
    """The source's Latin acronyms spelt out letter by letter (``PTI`` -> ``pitiai``)."""
    forms = [source.name, source.short, *(a for al in source.aliases.values() for a in al)]
    acronyms = {a for a in (_acronym(_clean(f)) for f in forms) if a is not None}
    return tuple(
        re.sub(r"([a-z])\1+", r"\1", "".join(_LETTER_NAMES.get(c, c.lower()) for c in acronym))
        for acronym in sorted(acronyms)
    )


def _is_spelled_acronym(latin: str, spelled: tuple[str, ...]) -> bool:
    """Whether a native-script alias is an acronym spelt out (``pitiai``, ``kesienae``).
    Such aliases never match fuzzily: one letter apart is another acronym (PTI/PTV)."""
    from rapidfuzz.distance import Levenshtein

    bare = latin.replace(" ", "")
    return any(Levenshtein.distance(bare, form) <= 2 for form in spelled)


def _latin_letters(latin: str) -> int:
    return sum(1 for c in latin if c.isalpha())


def _ambiguous_aliases() -> dict[str, tuple[str, ...]]:
    """Alias keys shared by two or more sources (a data problem; tests keep this empty)."""
    seen: dict[str, set[str]] = {}
    for source in known_sources():
        forms = [source.name, source.short, *(a for al in source.aliases.values() for a in al)]
        for alias in forms:
            key = _acronym(_clean(alias)) or _key(alias)
            seen.setdefault(key, set()).add(source.id)
    return {k: tuple(sorted(v)) for k, v in seen.items() if len(v) > 1}


# --------------------------------------------------------------------------- resolution


def _lookup(text: str, index: _Index) -> str | None:
    """Exact alias lookup of one candidate form."""
    acronym = _acronym(text)
    if acronym is not None:
        return index.acronyms.get(acronym)
    return index.exact.get(_key(text))


def _known(source_id: str, score: float, index: _Index) -> SourceRef:
    return SourceRef(id=source_id, name=index.by_id[source_id].name, known=True, score=score)


def _first_hit(candidates: Iterable[str], lookup: Callable[[str], str | None]) -> str | None:
    for candidate in candidates:
        hit = lookup(candidate)
        if hit is not None:
            return hit
    return None


def _allowed_edits(letters: int) -> int:
    """Edits tolerated in a word of this many letters: none up to 4 (``AP``/``AFP``,
    ``tass``/``tas``), one up to 8, then one more per 4 letters."""
    if letters <= 4:
        return 0
    return 1 + (letters - 5) // 4


def _close_enough(query: str, key: str) -> bool:
    """Whether two Latin forms may name one source: same number of words, and each word
    within :func:`_allowed_edits` of its counterpart. Word by word, because one changed
    word is a different source however long the name (``north``/``south korean defence
    ministry``, ``india``/``china foreign ministry``, ``iranian``/``russian``)."""
    from rapidfuzz.distance import Levenshtein

    query_words, key_words = query.split(), key.split()
    if len(query_words) != len(key_words):
        # Word boundaries are spelt inconsistently (``new york``/``newyork``): compare
        # the letters, with one edit at most, since a whole extra word (``korean
        # central`` + ``tv``) is another source.
        joined_query, joined_key = "".join(query_words), "".join(key_words)
        return (
            min(len(joined_query), len(joined_key)) > 4
            and Levenshtein.distance(joined_query, joined_key) <= 1
        )
    return all(
        Levenshtein.distance(q, k) <= _allowed_edits(max(len(q), len(k)))
        for q, k in zip(query_words, key_words, strict=True)
    )


def _fuzzy(queries: Iterable[str], index: _Index) -> tuple[str, float] | None:
    """Best fuzzy match of the Latin ``queries``: it must be word-by-word close
    (:func:`_close_enough`), clear :data:`FUZZY_THRESHOLD` and lead every other source
    that is also close by :data:`FUZZY_MARGIN`."""
    from rapidfuzz import fuzz, process

    best: dict[str, float] = {}
    for query in queries:
        if _latin_letters(query) < FUZZY_MIN_LETTERS:
            continue
        for key, score, position in process.extract(
            query, index.fuzzy_keys, scorer=fuzz.ratio, limit=25, score_cutoff=60
        ):
            if not _close_enough(query, key):
                continue
            source_id = index.fuzzy_ids[position]
            best[source_id] = max(best.get(source_id, 0.0), float(score))
    if not best:
        return None
    ranked = sorted(best.items(), key=lambda item: item[1], reverse=True)
    top_id, top = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if top >= FUZZY_THRESHOLD and top - runner_up >= FUZZY_MARGIN:
        return top_id, top / 100.0
    return None


def _latin_part_hit(text: str, index: _Index) -> str | None:
    """The source named by a Latin run of ``text`` (``Bloomberg News``), or by a Latin
    acronym in it (``KCNA``)."""
    for run in _LATIN_RUN.findall(text):
        hit = _lookup(_strip_edges(run), index)
        if hit is None:
            words = (_strip_edges(w) for w in _LATIN_WORD.findall(run))
            hit = _first_hit(words, lambda w: index.acronyms.get(_acronym(w) or ""))
        if hit is not None:
            return hit
    return None


def _has_non_latin_letters(text: str) -> bool:
    return any(unicodedata.category(c)[0] == "L" and not c.isascii() for c in text)


def resolve_source(surface: str, lang: str) -> SourceRef:
    """Map a source as written in an article to its canonical identity.

    Args:
        surface: The source as cut out of a sentence, possibly with case suffixes,
            particles, descriptors, brackets and quotes (``"યોનહાપ સમાચાર એજન્સીએ"``,
            ``"रॉयटर्स के"``, ``"(KCNA)ના"``).
        lang: ISO 639-1 code of the article's language; selects the case markers and
            descriptors to strip. Languages without data are resolved without them.

    Returns:
        A known :class:`SourceRef` (``known=True``, ``score`` 1.0 for an alias match,
        below 1.0 for a fuzzy one), or an unknown one with id ``x:<latin-slug>``, the
        cleaned surface as ``name`` and ``score`` 0.0. An empty surface gives id ``x:``.
    """
    return _resolve(surface, lang)


@lru_cache(maxsize=8192)
def _resolve(surface: str, lang: str) -> SourceRef:
    index = _index()
    text = _strip_edges(_clean(surface))
    if not text:
        return SourceRef(id=UNKNOWN_PREFIX, name="", known=False, score=0.0)

    # 1. The whole surface.
    hit = _lookup(text, index)
    if hit is not None:
        return _known(hit, 1.0, index)

    # 2. A parenthesised part: the acronym a writer adds to a (mis)spelt full name.
    for inner in _PARENS.findall(text):
        inner = _strip_edges(inner)
        hit = _lookup(inner, index) if inner else None
        if hit is not None:
            return _known(hit, 1.0, index)

    # 3. Stripped forms of the surface without its brackets (``X (Y)ના`` -> ``X ના``).
    outside = _strip_edges(" ".join(_PARENS.sub(" ", text).split())) or text
    candidates = _variants(outside, lang)
    hit = _first_hit(candidates, lambda c: _lookup(_strip_edges(c), index))
    if hit is None:
        stem_keys = [_key(" ".join(_stem_tokens(c, lang))) for c in candidates]
        stem_keys.append(_key(_core(outside, lang)))
        hit = _first_hit(stem_keys, index.stems.get)
    if hit is not None:
        return _known(hit, 1.0, index)

    # 4. A Latin acronym or name anywhere. Inside non-Latin text (``KCNAના``, ``રિયન
    # ... એજન્સી KCNA``) it is the writer's own disambiguation and beats fuzzy matching
    # of the misspelt rest; inside Latin text it may be the head of a longer name
    # (``UN Security Council``), so fuzzy matching of the whole goes first.
    latin_hit = _latin_part_hit(text, index)
    if latin_hit is not None and _has_non_latin_letters(text):
        return _known(latin_hit, 1.0, index)

    # 5. Fuzzy, on Latin forms of the distinctive core; never for an ordinary word that
    # happens to be an outlet's bare name (``સંદેશ`` "message", ``جنگ`` "war").
    core = _core(outside, lang)
    queries = dict.fromkeys(
        [_latin_key(core, lang), _latin_key(" ".join(_stem_tokens(outside, lang)), lang)]
    )
    fuzzy_hit = None if _key(core) in _common_words(lang) else _fuzzy(queries, index)
    if fuzzy_hit is not None:
        return _known(fuzzy_hit[0], fuzzy_hit[1], index)
    if latin_hit is not None:
        return _known(latin_hit, 1.0, index)

    # 6. Unknown: a slug that converges across Indic scripts.
    slug_source = core or " ".join(_stem_tokens(outside, lang)) or outside
    return SourceRef(
        id=UNKNOWN_PREFIX + _slug(slug_source, lang),
        name=_display_name(outside, lang),
        known=False,
        score=0.0,
    )
