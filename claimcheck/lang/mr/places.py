"""Marathi words for kinds of place (village, town, district, province): a name beside
one ("गाव" after or before it) fills that slot (:mod:`claimcheck.comparison.names_check`)."""

from __future__ import annotations

PLACE_KINDS: dict[str, tuple[str, ...]] = {
    "village": ("गाव", "गावात", "गावातील", "गावी", "गावाला", "गावाच्या", "गावाजवळ", "ग्राम"),
    "town": ("शहर", "शहरात", "शहरातील", "शहराच्या", "शहराजवळ", "नगर"),
    "district": ("जिल्हा", "जिल्ह्यात", "जिल्ह्यातील", "जिल्ह्याच्या"),
    "province": ("प्रांत", "प्रांतात", "प्रांतातील", "प्रांताच्या", "प्रांताला"),
}
"""Kind of place -> its words in every form the language writes them (matched whole)."""
