"""Hindi case markers that follow a source name, stripped to recover the name.

Hindi writes postpositions as separate words (``रॉयटर्स के``, ``किम जोंग उन ने``);
only the ergative ``ने`` is sometimes glued to the noun in careless copy.
"""

from __future__ import annotations

from ..base import CaseMarkers

#: Suffixes fused onto a noun, longest first. Kept minimal: Hindi postpositions are
#: separate words, and stripping ``को``/``से`` would cut real names (``मोरक्को``).
CASE_SUFFIXES: tuple[str, ...] = ("ने",)

#: Postpositions (and quoting words) written as separate tokens after a name.
CASE_PARTICLES: tuple[str, ...] = (
    "ने", "के", "की", "का", "से", "को", "में", "पर",
    "द्वारा", "अनुसार", "मुताबिक", "मुताबिक़", "हवाले",
)

PLURAL_ENDINGS: tuple[str, ...] = ("ों", "ओं")
"""Plural endings of nouns: no person's surname ends so."""

CASE_MARKERS = CaseMarkers(
    suffixes=CASE_SUFFIXES,
    particles=CASE_PARTICLES,
    plural_endings=PLURAL_ENDINGS,
)
"""Everything above, as :class:`~claimcheck.lang.base.CaseMarkers`."""
