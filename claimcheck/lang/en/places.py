"""English words for kinds of place (village, town, district, province): a name beside
one ("village" after or before it) fills that slot (:mod:`claimcheck.comparison.names_check`)."""

from __future__ import annotations

PLACE_KINDS: dict[str, tuple[str, ...]] = {
    "village": ("village", "villages"),
    "town": ("town", "towns", "city", "cities"),
    "district": ("district", "districts"),
    "province": ("province", "provinces"),
}
"""Kind of place -> its words in every form the language writes them (matched whole)."""
