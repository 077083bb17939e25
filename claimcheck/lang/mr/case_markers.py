"""Marathi case markers that attach to a source name, stripped to recover the name.

Marathi fuses case endings onto the noun (``रॉयटर्सने``, ``योनहापच्या``,
``केसीएनएनुसार``) and uses the honorific ``यांनी``/``यांच्या`` as a separate word after
a person's name (``पुतिन यांनी``).
"""

from __future__ import annotations

from ..base import CaseMarkers

#: Suffixes fused onto a noun, longest first. The locative ``त`` is left out on purpose:
#: too many names end in it (``भारत``), and sources are rarely in the locative.
CASE_SUFFIXES: tuple[str, ...] = (
    "यांच्याकडून", "च्यानुसार", "यांच्याशी", "च्याकडून",
    "यांच्या", "ांच्या", "च्याशी", "मध्ये", "नुसार", "यांनी", "यांना", "यांचे", "यांची", "यांचा",
    "कडून", "च्या", "ांनी",
    "ने", "नी", "ला", "ना", "चे", "ची", "चा", "शी",
)

#: Words written separately after a name: the honorific case forms and relational
#: words that close an attribution (``केसीएनएच्या मते``, ``रॉयटर्सच्या वृत्तानुसार``).
CASE_PARTICLES: tuple[str, ...] = (
    "यांनी", "यांच्या", "यांचे", "यांची", "यांचा", "यांना", "यांच्याकडून",
    "ने", "च्या", "कडून", "नुसार", "अनुसार", "मते", "वृत्तानुसार", "हवाल्याने",
)

CASE_MARKERS = CaseMarkers(
    suffixes=CASE_SUFFIXES,
    particles=CASE_PARTICLES,
)
"""Everything above, as :class:`~claimcheck.lang.base.CaseMarkers`."""
