"""Gujarati words for kinds of place (village, town, district, province): a name beside
one ("ગામ" after or before it) fills that slot (:mod:`claimcheck.comparison.names_check`)."""

from __future__ import annotations

PLACE_KINDS: dict[str, tuple[str, ...]] = {
    "village": ("ગામ", "ગામમાં", "ગામના", "ગામની", "ગામનું", "ગામે", "ગામથી"),
    "town": ("શહેર", "શહેરમાં", "શહેરના", "શહેરની", "શહેરનું", "નગર", "નગરમાં", "કસ્બા", "કસ્બામાં"),
    "district": ("જિલ્લો", "જિલ્લામાં", "જિલ્લાના", "જિલ્લાની"),
    "province": ("પ્રાંત", "પ્રાંતમાં", "પ્રાંતના", "પ્રાંતની"),
}
"""Kind of place -> its words in every form the language writes them (matched whole)."""
