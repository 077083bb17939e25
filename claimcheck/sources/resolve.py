"""The alias index built from the data file, and :func:`resolve_source`, which maps the
surface of a source to its identity through it (the steps are listed in the docstring
of :mod:`claimcheck.sources`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from types import MappingProxyType

from .data import (
    FUZZY_MARGIN,
    FUZZY_MIN_LETTERS,
    FUZZY_THRESHOLD,
    UNKNOWN_PREFIX,
    KnownSource,
    SourceRef,
    known_sources,
)
from .latin import latin_key, slug
from .surface import (
    as_acronym,
    clean,
    common_words,
    display_name,
    match_key,
    name_core,
    stem_tokens,
    strip_edges,
    variants,
)


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
            acronym = as_acronym(clean(alias))
            if acronym is not None:
                acronyms.setdefault(acronym, set()).add(source.id)
                continue
            exact.setdefault(match_key(alias), set()).add(source.id)
            stems.setdefault(match_key(" ".join(stem_tokens(alias, lang))), set()).add(source.id)
            core = latin_key(name_core(alias, lang), lang)
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


#: How English letter names come out of :func:`latin_key` when an acronym is written
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
    acronyms = {a for a in (as_acronym(clean(f)) for f in forms) if a is not None}
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
            key = as_acronym(clean(alias)) or match_key(alias)
            seen.setdefault(key, set()).add(source.id)
    return {k: tuple(sorted(v)) for k, v in seen.items() if len(v) > 1}


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


# --------------------------------------------------------------------------- resolution

_PARENS = re.compile(r"\(([^()]*)\)")
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z.&'\-]*(?:\s+[A-Za-z0-9][A-Za-z0-9.&'\-]*)*")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z.&]*")


def _lookup(text: str, index: _Index) -> str | None:
    """Exact alias lookup of one candidate form."""
    acronym = as_acronym(text)
    if acronym is not None:
        return index.acronyms.get(acronym)
    return index.exact.get(match_key(text))


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
        hit = _lookup(strip_edges(run), index)
        if hit is None:
            words = (strip_edges(w) for w in _LATIN_WORD.findall(run))
            hit = _first_hit(words, lambda w: index.acronyms.get(as_acronym(w) or ""))
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
    text = strip_edges(clean(surface))
    if not text:
        return SourceRef(id=UNKNOWN_PREFIX, name="", known=False, score=0.0)

    # 1. The whole surface.
    hit = _lookup(text, index)
    if hit is not None:
        return _known(hit, 1.0, index)

    # 2. A parenthesised part: the acronym a writer adds to a (mis)spelt full name.
    for inner in _PARENS.findall(text):
        inner = strip_edges(inner)
        hit = _lookup(inner, index) if inner else None
        if hit is not None:
            return _known(hit, 1.0, index)

    # 3. Stripped forms of the surface without its brackets (``X (Y)ના`` -> ``X ના``).
    outside = strip_edges(" ".join(_PARENS.sub(" ", text).split())) or text
    candidates = variants(outside, lang)
    hit = _first_hit(candidates, lambda c: _lookup(strip_edges(c), index))
    if hit is None:
        stem_keys = [match_key(" ".join(stem_tokens(c, lang))) for c in candidates]
        stem_keys.append(match_key(name_core(outside, lang)))
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
    core = name_core(outside, lang)
    queries = dict.fromkeys(
        [latin_key(core, lang), latin_key(" ".join(stem_tokens(outside, lang)), lang)]
    )
    fuzzy_hit = None if match_key(core) in common_words(lang) else _fuzzy(queries, index)
    if fuzzy_hit is not None:
        return _known(fuzzy_hit[0], fuzzy_hit[1], index)
    if latin_hit is not None:
        return _known(latin_hit, 1.0, index)

    # 6. Unknown: a slug that converges across Indic scripts.
    slug_source = core or " ".join(stem_tokens(outside, lang)) or outside
    return SourceRef(
        id=UNKNOWN_PREFIX + slug(slug_source, lang),
        name=display_name(outside, lang),
        known=False,
        score=0.0,
    )
