"""Character classes shared by the language data: scripts whose letters carry marks.

Python's ``\\w`` does not match combining vowel signs (``ૉ``, ``्``), so Indic words
need explicit ranges.
"""

from __future__ import annotations

#: Brahmic scripts of South Asia: Devanagari to Malayalam (U+0900-U+0D7F), plus Sinhala.
INDIC = "\u0900-\u0dff"
#: Decimal digits of the Indic scripts (Devanagari ०-९ ... Malayalam ൦-൯): a full stop
#: between them is a decimal point.
INDIC_DIGITS = "".join(chr(base + d) for base in range(0x0966, 0x0D67, 0x80) for d in range(10))
#: Arabic script blocks used by Urdu, Persian and Arabic.
ARABIC = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
#: Latin letters and digits (ASCII and Latin-1/Extended letters).
LATIN_ALNUM = "A-Za-z0-9\u00c0-\u024f"
#: Any letter or mark of the scripts above, usable inside ``[...]``.
LETTER = f"{LATIN_ALNUM}{INDIC}{ARABIC}"
#: Invisible format characters: the zero-width space, word joiner and invisible
#: operators, bidi marks, embeddings, overrides and isolates, the BOM. They change nothing
#: a reader sees but how text compares, so matching ignores them (see
#: ``claimcheck.lang.spacy_lang``) and reports show them. The joiners U+200C and U+200D
#: are not among them: Indic and Arabic scripts spell with them.
INVISIBLE = "\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c\u180e"
