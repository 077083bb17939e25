"""English case markers that attach to a source name: the possessive."""

from __future__ import annotations

from ..base import CaseMarkers

#: The possessive, fused onto the name (``Reuters'``, ``Kim Jong Un's``), longest first.
CASE_SUFFIXES: tuple[str, ...] = ("'s", "’s", "'", "’")

#: The possessive when a tokenizer has split it off (``KCNA 's``).
CASE_PARTICLES: tuple[str, ...] = ("'s", "’s")

CASE_MARKERS = CaseMarkers(
    suffixes=CASE_SUFFIXES,
    particles=CASE_PARTICLES,
)
"""Everything above, as :class:`~claimcheck.lang.base.CaseMarkers`."""
