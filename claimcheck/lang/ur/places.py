"""Urdu words for kinds of place (village, town, district, province): a name beside
one ("گاؤں" after or before it) fills that slot (:mod:`claimcheck.comparison.names_check`)."""

from __future__ import annotations

PLACE_KINDS: dict[str, tuple[str, ...]] = {
    "village": ("گاؤں", "گاوں"),
    "town": ("قصبہ", "قصبے", "شہر"),
    "district": ("ضلع", "ضلعے"),
    "province": ("صوبہ", "صوبے"),
}
"""Kind of place -> its words in every form the language writes them (matched whole)."""
