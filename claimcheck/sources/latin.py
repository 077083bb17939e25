"""Latin forms of names across scripts, and the matching of unknown sources (people,
mostly) through them: ``કિમ જોંગ ઉન`` and ``किम जोंग उन`` are both ``kim jong un``."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from ..transliteration import to_latin
from .data import FUZZY_THRESHOLD, UNKNOWN_PREFIX
from .surface import clean, match_key

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
    return to_latin(clean(text))


def latin_key(text: str, lang: str) -> str:
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


def slug(text: str, lang: str) -> str:
    """The ``x:`` slug of an unknown source: its Latin key with hyphens, or a short
    hash for scripts claimcheck cannot transliterate (Hangul, Cyrillic...)."""
    latin = latin_key(text, lang)
    if latin:
        return latin.replace(" ", "-")
    digest = hashlib.sha1(match_key(text).encode("utf-8")).hexdigest()[:10]
    return f"h{digest}"
