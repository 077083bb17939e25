"""Negation markers (:func:`find_negations`)."""

from __future__ import annotations

from .lexicon import lexicon_for

# ---------------------------------------------------------------------------
# Negation


def find_negations(text: str, lang: str) -> list[tuple[int, int, str]]:
    """Find negation markers (``not``, ``n't``, ``નથી``, ``नहीं``, ``नाही``, ``نہیں``...).

    Verbs of denial ("denied", "rejected") are attribution cues, not negation. Markers
    that are also ordinary words (Gujarati genitive ``ના``, Hindi ``मत`` "opinion") count
    only in the context their language's ``NEGATION_GUARDS`` describe.

    Args:
        text: The analysed text.
        lang: ISO 639-1 code; a language without ``negation.py`` has no markers.

    Returns:
        ``(start, end, surface)`` of each marker, in text order.
    """
    lex = lexicon_for(lang)
    found = []
    for m in lex.negation.finditer(text):
        start, end = m.span()
        rules = lex.negation_guards.get(" ".join(lex.folder.fold(m.group()).split()), {})
        if "next" in rules and not rules["next"].match(text, end):
            continue
        if "not_next" in rules and rules["not_next"].match(text, end):
            continue
        if "not_prev" in rules and rules["not_prev"].search(text, max(0, start - 30), start):
            continue
        found.append((start, end, m.group()))
    return found
