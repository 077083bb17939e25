"""Marathi abbreviations that end in a full stop but never end a sentence.

Most Marathi papers end sentences with ``.`` (a few use the danda), so these dotted
forms are the real hazard: honorifics before names (``श्री.``, ``सौ.``, ``कै.``,
``डॉ.``, ``प्रा.``, ``ॲड.``), dateline words (``ता.`` taluka, ``जि.`` district,
``दि.`` date) and units after numbers (``मि.मी.``). ``इ.`` (etc.) and ``मी.`` (which
is also the pronoun "I") are left out: they end sentences.
"""

from __future__ import annotations

ABBREVIATIONS: tuple[str, ...] = (
    # Titles and honorifics, before a name.
    "डॉ.",
    "डा.",
    "प्रा.",
    "प्रो.",
    "श्री.",
    "श्रीमती.",
    "सौ.",
    "कै.",
    "कु.",
    "चि.",
    "स्व.",
    "मा.",
    "ह.भ.प.",
    "पं.",
    "ॲड.",
    "अ\u200dॅड.",
    "अॅड.",
    "ऍड.",
    "ले.",
    # Dateline and address words.
    "ता.",
    "जि.",
    "दि.",
    "मु.",
    "पो.",
    "क्र.",
    "नं.",
    "सं.",
    # Money and units, after a number.
    "रु.",
    "रू.",
    "कि.मी.",
    "मि.मी.",
    "से.मी.",
    "कि.ग्रा.",
    "ग्रॅ.",
    # Newspaper and acronym forms.
    "म.टा.",
    "म.",
    "टा.",
    "यू.एस.",
    "यू.के.",
    "यू.एन.",
    "आय.ए.एस.",
    "आय.पी.एस.",
    "पी.एम.",
    "सी.एम.",
    "भा.ज.प.",
)
