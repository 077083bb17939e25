"""Gujarati case markers that attach to a source name, stripped to recover the name.

Gujarati writes most postpositions fused onto the noun (``યોનહાપે``, ``KCNAના``,
``રશિયાના``) and some as separate words after a Latin acronym (``KCNA એ``).
"""

from __future__ import annotations

from ..base import CaseMarkers

#: Suffixes fused onto a noun, longest first so that ``નાં`` is tried before ``ના``.
#: The bare vowel sign ``ે`` (ergative/oblique: ``કિમે``, ``લાવરૉવે``) comes last: it is
#: the most likely to be part of the name itself, so it is tried only after the rest.
CASE_SUFFIXES: tuple[str, ...] = (
    "પાસેથી", "માંથી", "તરફથી",
    "ઓનું", "ઓનાં", "ઓના", "ઓની", "ઓનો", "ઓને",
    "નાં", "નું", "માં",
    "ઓએ", "થી", "ના", "ની", "નો", "નુ", "ને", "ણે", "એ",
    "ે",
)

#: Postpositions written as separate tokens after a name (``KCNA એ``, ``KCNA ના``)
#: and relational words that close an attribution (``KCNA મુજબ``, ``... ના હવાલાથી``).
CASE_PARTICLES: tuple[str, ...] = (
    "એ", "ના", "ની", "નું", "નો", "ને", "નાં", "થી", "માં",
    "દ્વારા", "તરફથી", "મુજબ", "અનુસાર", "પ્રમાણે", "હવાલાથી", "હવાલે", "હવાલેથી",
)

PLURAL_ENDINGS: tuple[str, ...] = ("ઓ",)
"""Plural endings of nouns: no person's surname ends so."""

CASE_MARKERS = CaseMarkers(
    suffixes=CASE_SUFFIXES,
    particles=CASE_PARTICLES,
    plural_endings=PLURAL_ENDINGS,
)
"""Everything above, as :class:`~claimcheck.lang.base.CaseMarkers`."""
