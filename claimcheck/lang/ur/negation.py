"""Urdu negation markers."""

from __future__ import annotations

from ..base import NegationData

NEGATION_WORDS: tuple[str, ...] = (
    "نہیں", "نہ", "مت", "کبھی نہیں", "ہرگز نہیں", "بالکل نہیں", "کوئی نہیں", "کچھ نہیں",
)
"""Negation words and phrases, matched as whole words."""

NEGATION_SUFFIXES: tuple[str, ...] = ()
"""Negation fused onto the end of a verb (none in Urdu)."""

#: Arabic-script letters (not its comma "،" or full stop "۔").
_LETTER = "[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]"

NEGATION_GUARDS: dict[str, dict[str, str]] = {
    # "نہ" before a subjunctive or an infinitive states a purpose, a wish or an act named
    # as a noun ("کوئی جانی نقصان نہ ہو", "ایک بھی میچ نہ ہارنے کا"), not that something
    # did not happen, which "نہیں" says; "نہ تو ... نہ ہی" (neither ... nor) still denies.
    "نہ": {"not_next": rf"\s+(?!تو(?!{_LETTER})){_LETTER}*(?:نے|ئے|ئیں|یں|ہو|ے)(?!{_LETTER})"},
}
"""Per-marker context rules: ``next`` must follow, ``not_next`` must not, ``not_prev`` must not precede."""

ONLY_WORDS: tuple[str, ...] = ("صرف", "محض", "ہی")
""""Only" words of "not only ... but also"."""

CONTRAST_WORDS: tuple[str, ...] = ("بلکہ", "لیکن")
"""Contrastive conjunctions ("but")."""

DENIAL_WORDS: tuple[str, ...] = ("تردید", "انکار", "بےبنیاد")
"""Words of a cue that denies its content ("denied that ..."): the content is negated."""

COORDINATION_WORDS: tuple[str, ...] = ("اور", "لیکن", "جبکہ", "مگر", "تاہم", "حالانکہ")
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
