"""Hindi negation markers.

``मत`` is the prohibitive particle ("मत करो") but also the noun "opinion, vote"
("उनका मत", "मत दिया"): it counts only before an imperative or subjunctive-looking verb
and not after a genitive.
"""

from __future__ import annotations

from ..base import NegationData

NEGATION_WORDS: tuple[str, ...] = (
    "नहीं", "न", "ना", "मत", "कभी नहीं", "हरगिज़ नहीं", "बिल्कुल नहीं", "कोई नहीं", "कुछ नहीं",
)
"""Negation words and phrases, matched as whole words."""

NEGATION_SUFFIXES: tuple[str, ...] = ()
"""Negation fused onto the end of a verb (none in Hindi)."""

#: Devanagari letters and signs (not the danda "।").
_LETTER = "[\u0900-\u0963\u0966-\u097F]"

NEGATION_GUARDS: dict[str, dict[str, str]] = {
    # "न" before a subjunctive or an infinitive states a purpose, a wish or an act named
    # as a noun ("कोई हताहत न हो", "एक भी मैच न हारने का"), not that something did not
    # happen, which "नहीं" says; "न तो ... न ही" (neither ... nor) still denies.
    "न": {"not_next": rf"\s+(?!तो(?!{_LETTER})){_LETTER}*(?:ने|ए|एं|एँ|ें|ों|ो)(?!{_LETTER})"},
    "मत": {
        "next": r"\s+[\u0900-\u097F]*(?:ो|ें|िए|िये|इए|ाओ|ना)(?![\u0900-\u097F])",
        "not_prev": r"(?:का|के|की|अपना|अपने|उनका|उनके|जन|बहु)\s*",
    },
}
"""Per-marker context rules: ``next`` must follow, ``not_next`` must not, ``not_prev`` must not precede."""

ONLY_WORDS: tuple[str, ...] = ("केवल", "सिर्फ", "सिर्फ़", "मात्र", "ही")
""""Only" words of "not only ... but also"."""

CONTRAST_WORDS: tuple[str, ...] = ("बल्कि", "परंतु", "लेकिन", "पर")
"""Contrastive conjunctions ("but")."""

DENIAL_WORDS: tuple[str, ...] = ("इनकार", "इंकार", "खंडन", "निराधार", "बेबुनियाद")
"""Words of a cue that denies its content ("denied that ..."): the content is negated."""

COORDINATION_WORDS: tuple[str, ...] = ("और", "तथा", "लेकिन", "जबकि", "मगर", "हालांकि")
"""Words that join two clauses ("and", "but", "while"): where a sentence's clauses meet."""

NEGATION = NegationData(
    words=NEGATION_WORDS,
    suffixes=NEGATION_SUFFIXES,
    guards=NEGATION_GUARDS,
    only_words=ONLY_WORDS,
    contrast_words=CONTRAST_WORDS,
    denial_words=DENIAL_WORDS,
    coordination_words=COORDINATION_WORDS,
)
"""Everything above, as :class:`~claimcheck.lang.base.NegationData`."""
