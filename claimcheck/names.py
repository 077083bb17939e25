"""Names across scripts: a person, place or organisation one version of a claim leaves out.

Without a named-entity model for Gujarati or Urdu, names are recognised by what news
copy does with them: they are transliterated, not translated, so the same name reads
alike in Latin letters whatever the script (લાવરૉવ, लावरोव, Lavrov), and an article
that names someone usually does so more than once. A name counts as missing from a
sentence when the other article uses it elsewhere but not there, and that sentence
names something else instead (a substitution, not a shortened paraphrase).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .lang.char_classes import LETTER
from .types import Article, Sentence

_WORD = re.compile(rf"[{LETTER}]+")
#: Latin keys shorter than this are too ambiguous to compare.
_MIN_KEY = 4
#: rapidfuzz ratio from which two keys are the same word.
_SAME = 80
#: A looser ratio for "is the name in the other sentence at all": spellings of one name
#: drift more across scripts than a missing name should be claimed on (Russia/રશિયા).
_PRESENT = 60


@lru_cache(maxsize=20000)
def _key(word: str, lang: str) -> str:
    from .sources import transliterate_to_latin

    latin = transliterate_to_latin(word, lang).lower()
    return re.sub(r"[^a-z]", "", latin)


@cache
def _stop_words(lang: str) -> frozenset[str]:
    from .pipeline import load_spacy

    load_spacy()
    try:
        import importlib

        module = importlib.import_module(f"spacy.lang.{lang}.stop_words")
        return frozenset(w.lower() for w in module.STOP_WORDS)
    except (ImportError, AttributeError):
        return frozenset()


def _same(x: str, y: str, threshold: int = _SAME) -> bool:
    if not x or not y:
        return False
    if x == y:
        return True
    shorter, longer = sorted((x, y), key=len)
    if len(shorter) >= _MIN_KEY + 1 and longer.startswith(shorter):
        return True  # a case ending fused onto one of them (લાવરૉવે, Lavrov)
    from rapidfuzz import fuzz

    return fuzz.ratio(x, y) >= threshold


@lru_cache(maxsize=16384)
def keyed_words(text: str, lang: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, word, latin key) of every word of ``text``. It needs no spaCy, unlike
    :func:`_words`, whose stop words load it: a compare answered from the caches reads
    words through this."""
    return tuple((m.start(), m.end(), m.group(0), _key(m.group(0), lang)) for m in _WORD.finditer(text))


@lru_cache(maxsize=16384)
def _words(text: str, lang: str, min_key: int = _MIN_KEY) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, word, latin key) of the content words of ``text``."""
    stops = _stop_words(lang)
    return tuple(
        w for w in keyed_words(text, lang) if not w[2].isdigit() and w[2].lower() not in stops and len(w[3]) >= min_key
    )


@lru_cache(maxsize=64)
def _key_index(sentences: tuple[tuple[str, str], ...]) -> dict[str, frozenset[int]]:
    """Latin key -> the sentences (by position) that use it, for one article."""
    index: dict[str, set[int]] = {}
    for n, (text, lang) in enumerate(sentences):
        for _, _, _, k in _words(text, lang):
            index.setdefault(k, set()).add(n)
    return {k: frozenset(v) for k, v in index.items()}


@lru_cache(maxsize=65536)
def _sentences_using(sentences: tuple[tuple[str, str], ...], key: str) -> frozenset[int]:
    """The sentences of an article that use ``key`` or a spelling of it."""
    found: set[int] = set()
    for other, where in _key_index(sentences).items():
        if _same(key, other):
            found |= where
    return frozenset(found)


def _mentions(article: Article, key: str, skip: int) -> int:
    """How many sentences of ``article`` (other than ``skip``) use the word ``key``."""
    sentences = tuple((s.text, s.lang) for s in article.sentences)
    return len(_sentences_using(sentences, key) - {skip})


#: A non-Latin word the default model's vocabulary splits into this many pieces or more
#: is rare enough to be a transliterated name (लावरोव: 4 pieces; युद्ध, समर्थन: 1). The
#: vocabulary is the default model's whatever ``--model`` says, so results never depend
#: on the model that embeds; it needs no derived weights (models/vocabulary.py).
_NAME_PIECES = 3


#: The same test on a Brahmic word written in Devanagari (:func:`_in_devanagari`), stem
#: and word: names stay split (डोलमाक 3 pieces, ब्रान्ट 2), common words do not (भूकंप,
#: सोमवार, समर्थन, राष्ट्रपति: 1).
_DEVANAGARI_NAME_PIECES = 2


@lru_cache(maxsize=16384)
def _looks_like_name(word: str, start: int, lang: str) -> bool:
    """Latin words must be capitalised (and not open the sentence); other scripts have no
    capitals, so a word counts when it is rare: split into several vocabulary pieces.
    A weekday or a month is never a name ("Monday", સોમવારે): the date checks compare it.

    XLM-R's vocabulary covers Gujarati (and the other Brahmic scripts but Devanagari)
    thinly: ભૂકંપ (earthquake) is 4 pieces, as rare-looking as a transliterated name.
    The scripts share their layout, and mostly their Sanskrit-derived vocabulary, with
    Devanagari, where भूकंप is one piece; so such a word must also look rare written in
    Devanagari, with and without its case ending.
    """
    from .lang import is_date_word

    if is_date_word(word, lang):
        return False
    if word[:1].isascii() and word[:1].isalpha():
        return word[:1].isupper() and start > 0
    from .models.vocabulary import piece_count

    if piece_count(word) < _NAME_PIECES:
        return False
    devanagari = _in_devanagari(word)
    if devanagari == word:
        return True
    stem = _in_devanagari(_strip_case_ending(word, lang))
    return min(piece_count(devanagari), piece_count(stem)) >= _DEVANAGARI_NAME_PIECES


#: First code point of the Unicode blocks of the Brahmic scripts laid out like
#: Devanagari (ISCII's common layout): Bengali to Malayalam, 0x80 apart.
_BRAHMIC_BLOCKS = range(0x0980, 0x0D80)


def _in_devanagari(word: str) -> str:
    """A Brahmic word moved letter by letter to Devanagari (ગુજરાત -> गुजरात)."""
    return "".join(
        chr(0x0900 + (ord(c) - 0x0900) % 0x80) if ord(c) in _BRAHMIC_BLOCKS else c for c in word
    )


def is_rare_word(word: str, lang: str, pieces: int = 2) -> bool:
    """A looser :func:`_looks_like_name` for a non-Latin word in a slot that takes names
    (a speaker's last word, the word beside "village"): split into ``pieces`` or more as
    written, in Devanagari, and without its case ending. Short transliterated names pass
    (ब्रांट, لانگ: 2), titles and common nouns do not (राष्ट्रपति, وزیर, देशांनी: 1)."""
    from .models.vocabulary import piece_count

    stem = _in_devanagari(_strip_case_ending(word, lang))
    return min(piece_count(word), piece_count(_in_devanagari(word)), piece_count(stem)) >= pieces


#: The Latin alphabet's letter names as Devanagari writes them (other Brahmic scripts
#: are compared after :func:`_in_devanagari`): acronyms are spelt with them (पीटीआई,
#: केएनए, એએનઆઈ).
_LETTER_NAMES = frozenset(
    ["ए", "बी", "सी", "डी", "ई", "एफ", "जी", "एच", "आई", "जे", "के", "एल", "एम", "एन", "ओ", "पी", "क्यू", "आर", "एस", "टी", "यू", "वी", "डब्ल्यू", "एक्स", "वाई", "जेड", "ज़ेड"]
)


@lru_cache(maxsize=4096)
def is_spelt_acronym(word: str) -> bool:
    """Whether a Brahmic-script word is an acronym spelt letter by letter (केएनए =
    K-N-A): an organisation, however rare the word looks."""
    text = _in_devanagari(word)
    # reachable[i]: text[:i] is a run of letter names.
    reachable = [True] + [False] * len(text)
    for i in range(len(text)):
        if reachable[i]:
            for name in _LETTER_NAMES:
                if text.startswith(name, i):
                    reachable[i + len(name)] = True
    return reachable[-1] and text not in _LETTER_NAMES  # two letters at least


def _strip_case_ending(word: str, lang: str) -> str:
    """The word without the longest case ending of its language that leaves two letters."""
    from .lang import defaults_or_neutral

    for suffix in defaults_or_neutral(lang).case_markers.suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=16384)
def _script(text: str) -> str | None:
    from .language import dominant_script

    return dominant_script(text)[0]


def _source_ranges(sentence: Sentence) -> list[tuple[int, int]]:
    """Where the sentence names known sources (KCNA, Yonhap), in offsets of the sentence
    as analysed. People stay: sources are compared leniently across translations, so a
    speaker swapped for another (Lavrov -> Shoigu) shows as a name."""
    spans = [link.span for a in sentence.attributions for link in a.chain if link.source.known and not link.from_paragraph]
    return [(span.start - sentence.start, span.end - sentence.start) for span in spans if span is not None]


def _outside_sources(
    words: tuple[tuple[int, int, str, str], ...], sentence: Sentence
) -> tuple[tuple[int, int, str, str], ...]:
    ranges = _source_ranges(sentence)
    return tuple(w for w in words if not any(start < w[1] and w[0] < end for start, end in ranges))


def missing_names(
    x: Sentence, x_article: Article, y: Sentence, y_article: Article
) -> list[tuple[str, list[tuple[int, int]]]] | None:
    """Names that ``x`` gives and the aligned sentence ``y`` leaves out.

    Returns (name as written in ``x``, its offsets in the sentence as analysed, see ``reading.sentence_view``) pairs, or ``None``
    when the two sentences cannot be compared this way.
    """
    from .reading import sentence_view

    x_text, y_text = sentence_view(x_article, x), sentence_view(y_article, y)
    script = _script(x_text)
    if script == _script(y_text) and script not in (None, "Latin"):
        # Same non-Latin script (two Gujarati articles): every shared word would look
        # transliterated, so the test cannot tell names from vocabulary.
        return None
    # Known sources are compared by the source check; their names are not the claim's.
    x_words = _outside_sources(_words(x_text, x.lang), x)
    y_words = _outside_sources(_words(y_text, y.lang), y)
    # Substitution evidence: y names something x's article never mentions.
    novel = [
        w for w in y_words
        if _looks_like_name(w[2], w[0], y.lang)
        and not any(_same(w[3], k) for _, _, _, k in x_words)
        and _mentions(x_article, w[3], -1) == 0
    ]
    if not novel:
        return []
    found: dict[str, list[tuple[int, int]]] = {}
    for start, end, word, key in x_words:
        if not _looks_like_name(word, start, x.lang):
            continue
        # Short forms count as presence too (रूस for Russia).
        if any(_same(key, k, _PRESENT) for _, _, _, k in _words(y_text, y.lang, min_key=3)):
            continue
        # The other article knows the name (uses it elsewhere) and left it out here;
        # the name recurs in its own article, as names do.
        if _mentions(y_article, key, y.index) >= 1 and _mentions(x_article, key, x.index) >= 1:
            found.setdefault(word, []).append((start, end))
    return list(found.items())
