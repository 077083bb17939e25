"""Hindi words for kinds of place (village, town, district, province): a name beside
one ("गांव" after or before it) fills that slot (:mod:`claimcheck.comparison.names_check`)."""

from __future__ import annotations

PLACE_KINDS: dict[str, tuple[str, ...]] = {
    "village": ("गांव", "गाँव", "ग्राम"),
    "town": ("कस्बा", "कस्बे", "क़स्बा", "क़स्बे", "शहर", "नगर"),
    "district": ("जिला", "जिले", "ज़िला", "ज़िले"),
    "province": ("प्रांत", "प्रान्त", "सूबा", "सूबे"),
}
"""Kind of place -> its words in every form the language writes them (matched whole)."""
