"""Urdu case markers that follow a source name, stripped to recover the name.

Urdu writes postpositions as separate words (``رائٹرز نے``, ``پی ٹی آئی کے``). After a
non-joining letter (``ز``, ``ر``, ``ا``...) a missing space is invisible on screen, so
the ergative ``نے`` is also listed as a fused suffix.
"""

from __future__ import annotations

from ..base import CaseMarkers

#: Suffixes fused onto a noun. Only the ergative: ``کی``/``کا`` would cut real names
#: (``ترکی``, ``امریکا``).
CASE_SUFFIXES: tuple[str, ...] = ("نے",)

#: Postpositions (and quoting words) written as separate tokens after a name
#: (``... کے مطابق``, ``... کے حوالے سے``).
CASE_PARTICLES: tuple[str, ...] = (
    "نے", "کے", "کی", "کا", "سے", "کو", "میں", "پر",
    "مطابق", "بقول", "حوالے", "جانب",
)

PLURAL_ENDINGS: tuple[str, ...] = ("وں",)
"""Plural endings of nouns: no person's surname ends so."""

CASE_MARKERS = CaseMarkers(
    suffixes=CASE_SUFFIXES,
    particles=CASE_PARTICLES,
    plural_endings=PLURAL_ENDINGS,
)
"""Everything above, as :class:`~claimcheck.lang.base.CaseMarkers`."""
