"""Tokenizer fixes shared by the Indic-script languages (gu, hi, mr).

spaCy's default suffix rule splits a final ``.`` only after a Latin lowercase letter,
a digit or a quote, so ``આપી.`` and ``श्री.`` stay one token and the sentencizer
never sees the full stop. Latin acronyms with a fused case ending (``KCNAના``,
``(KCNA)ના``, ``2024માં``) are split so that the name stands alone.
"""

from __future__ import annotations

from .char_classes import INDIC, INDIC_DIGITS

#: A full stop after any Indic letter or sign is a separate token (abbreviations are
#: kept whole by the tokenizer's special cases, which are tried first).
FULL_STOP_AFTER_INDIC = rf"(?<=[{INDIC}])(?<![{INDIC_DIGITS}])\."
#: An Indic case ending fused onto a Latin word, a digit or a closing bracket.
CASE_ENDING_AFTER_LATIN = rf"(?<=[A-Za-z0-9)\]'\"’”])[{INDIC}]+"

TOKEN_SUFFIXES: tuple[str, ...] = (FULL_STOP_AFTER_INDIC, CASE_ENDING_AFTER_LATIN)

#: Latin letter names as Indian papers write initials ("એસ. જયશંકર", "डॉ. आर. व्यंकटेश").
#: Followed by a full stop they are an initial, never the end of a sentence.
_GUJARATI_LETTERS = (
    "એ", "બી", "સી", "ડી", "ઈ", "ઇ", "એફ", "જી", "એચ", "આઈ", "આઇ", "જે", "કે", "એલ", "એમ", "એન", "ઓ", "પી",
    "ક્યૂ", "આર", "એસ", "ટી", "યુ", "યૂ", "વી", "ડબલ્યુ", "એક્સ", "વાય", "ઝેડ",
)
_DEVANAGARI_LETTERS = (
    "ए", "बी", "सी", "डी", "ई", "एफ", "जी", "एच", "आई", "जे", "के", "एल", "एम", "एन", "ओ", "पी", "क्यू",
    "आर", "एस", "टी", "यू", "वी", "डब्ल्यू", "एक्स", "वाई", "वाय", "जेड", "झेड",
)
GUJARATI_INITIALS: tuple[str, ...] = tuple(f"{letter}." for letter in _GUJARATI_LETTERS)
DEVANAGARI_INITIALS: tuple[str, ...] = tuple(f"{letter}." for letter in _DEVANAGARI_LETTERS)
