"""Urdu negation markers."""

from __future__ import annotations

from ..base import NegationData

NEGATION_WORDS: tuple[str, ...] = (
    "نہیں", "نہ", "مت", "کبھی نہیں", "ہرگز نہیں", "بالکل نہیں", "کوئی نہیں", "کچھ نہیں",
)
"""Negation words and phrases, matched as whole words."""

NEGATION_SUFFIXES: tuple[str, ...] = ()
"""Negation fused onto the end of a verb (none in Urdu)."""

NEGATION_GUARDS: dict[str, dict[str, str]] = {}
"""Per-marker context rules: ``next`` must follow, ``not_next`` must not, ``not_prev`` must not precede."""

ONLY_WORDS: tuple[str, ...] = ("صرف", "محض", "ہی")
""""Only" words of "not only ... but also"."""

CONTRAST_WORDS: tuple[str, ...] = ("بلکہ", "لیکن")
"""Contrastive conjunctions ("but")."""

NEGATION = NegationData(
    words=NEGATION_WORDS,
    suffixes=NEGATION_SUFFIXES,
    guards=NEGATION_GUARDS,
    only_words=ONLY_WORDS,
    contrast_words=CONTRAST_WORDS,
)
"""Everything above, as :class:`~claimcheck.lang.base.NegationData`."""
