"""Marathi negation markers.

Marathi negates with a separate auxiliary (नाही, नव्हता) or fused negative copula
forms (नसून, नसल्याचे); the fused forms are listed as words. Other verb-internal negation
(a negative ending on the main verb, e.g. "करू नये" written as one word) is not detected.
The attributive participle (नसलेला, नसलेल्या: "कठडे नसलेल्या विहिरीत", in a well
without walls) describes a noun and negates no predicate: it is left out.
"""

from __future__ import annotations

from ..base import NegationData

NEGATION_WORDS: tuple[str, ...] = (
    "नाही", "नाहीत", "नाहीये", "न", "नव्हता", "नव्हती", "नव्हते", "नव्हतं", "नव्हत्या", "नये",
    # Not "नसल्याने" (since there is no ...): a cause given as a converb, as Hindi's
    # "न होने से", which denies nothing the claim asserts.
    "नका", "नको", "नसून", "नसल्याचे",
    "नसतो", "नसते", "नसतात", "नसेल", "कधीही नाही", "कधीच नाही", "मुळीच नाही", "काहीही नाही",
)
"""Negation words and phrases, matched as whole words."""

NEGATION_SUFFIXES: tuple[str, ...] = ()
"""Negation fused onto the end of a verb (not handled for Marathi)."""

NEGATION_GUARDS: dict[str, dict[str, str]] = {
    # "न" before a verbal noun, an infinitive or a participle names an act or describes
    # ("एकही सामना न गमावण्याची कामगिरी", "न केलेल्या कामांचे"), it does not say that
    # something did not happen, which "नाही" says.
    "न": {"not_next": r"\s+[\u0900-\u097F]*(?:ण्या|णार|लेल्या|लेला|लेली|लेले)[\u0900-\u097F]*"},
}
"""Per-marker context rules: ``next`` must follow, ``not_next`` must not, ``not_prev`` must not precede."""

ONLY_WORDS: tuple[str, ...] = ("केवळ", "फक्त", "च")
""""Only" words of "not only ... but also"."""

CONTRAST_WORDS: tuple[str, ...] = ("तर", "पण", "परंतु")
"""Contrastive conjunctions ("but")."""

DENIAL_WORDS: tuple[str, ...] = ("इन्कार", "इनकार", "नकार", "नाकार", "खंडन", "फेटाळ", "निराधार", "तथ्यहीन")
"""Words of a cue that denies its content ("denied that ..."): the content is negated."""

COORDINATION_WORDS: tuple[str, ...] = ("आणि", "पण", "तर", "तरीही")
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
