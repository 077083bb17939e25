"""Canonical identity of the sources claims are attributed to, across scripts and spellings.

``KCNA``, ``કેસીએનએ``, ``(KCNA)ના``, ``कोरियन सेंट्रल न्यूज एजेंसी`` and ``کے سی این اے``
all name one agency. :func:`resolve_source` maps such a surface (as an attribution
extractor cut it out of a sentence) to one :class:`SourceRef`, so that articles in
different languages can be compared source by source.

Resolution, first hit wins:

1. the whole surface, cleaned, is an alias (case-insensitive; acronyms case-sensitive);
2. a parenthesised part is an alias (``રિયન સેન્ટ્રલ ન્યૂઝ એજન્સી (KCNA)`` -> KCNA, even
   though the words before it are misspelt);
3. the surface minus case particles (``रॉयटर्स के``), fused case suffixes
   (``યોનહાપે``) and generic descriptors (``समाचार एजेंसी``, ``the``) is an alias;
4. a Latin acronym or Latin name inside non-Latin text is an alias (``KCNAના``);
5. fuzzy matching of the Latin transliteration against the Latin forms of all aliases,
   word by word, with a threshold and a margin so that two different sources are never
   merged; then a Latin acronym inside Latin text (after fuzzy matching, because there
   it may head a longer name: ``UN Security Council``);
6. otherwise the source is unknown and gets a stable id ``x:<latin-slug>``, built so
   that the same name written in Gujarati, Hindi and Marathi gets the same id.

The alias data lives in ``claimcheck/data/sources.json``; the case markers of each
language in ``claimcheck/lang/<code>/case_markers.py``. Both load lazily, on first use.
"""

from __future__ import annotations

from .data import SOURCE_TYPES, KnownSource, SourceRef, known_sources
from .latin import latin_words, names_unknown_source, same_person, transliterate_to_latin
from .resolve import covers, resolve_source, source_by_id

__all__ = [
    "SOURCE_TYPES",
    "KnownSource",
    "SourceRef",
    "covers",
    "known_sources",
    "latin_words",
    "names_unknown_source",
    "resolve_source",
    "same_person",
    "source_by_id",
    "transliterate_to_latin",
]
