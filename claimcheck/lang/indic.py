"""Tokenizer fixes shared by the Indic-script languages (gu, hi, mr).

spaCy's default suffix rule splits a final ``.`` only after a Latin lowercase letter,
a digit or a quote, so ``આપી.`` and ``श्री.`` stay one token and the sentencizer
never sees the full stop. Latin acronyms with a fused case ending (``KCNAના``,
``(KCNA)ના``, ``2024માં``) are split so that the name stands alone.
"""

from __future__ import annotations

from .char_classes import INDIC

#: A full stop after any Indic letter or sign is a separate token (abbreviations are
#: kept whole by the tokenizer's special cases, which are tried first).
FULL_STOP_AFTER_INDIC = rf"(?<=[{INDIC}])\."
#: An Indic case ending fused onto a Latin word, a digit or a closing bracket.
CASE_ENDING_AFTER_LATIN = rf"(?<=[A-Za-z0-9)\]'\"’”])[{INDIC}]+"

TOKEN_SUFFIXES: tuple[str, ...] = (FULL_STOP_AFTER_INDIC, CASE_ENDING_AFTER_LATIN)
