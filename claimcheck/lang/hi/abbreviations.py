"""Hindi abbreviations that end in a full stop but never end a sentence.

Hindi ends sentences with the danda (``।``), so a ``.`` inside Hindi text is almost
always an abbreviation, a decimal or an English-style full stop some sites use. These
are the abbreviations Hindi papers print with a dot: honorifics before names, units and
money after numbers, and dotted Devanagari acronyms. Both ``डॉ.`` (with candra o) and
``डा.`` are in use.
"""

from __future__ import annotations

ABBREVIATIONS: tuple[str, ...] = (
    # Titles and honorifics, before a name.
    "डॉ.",
    "डा.",
    "प्रो.",
    "श्री.",
    "श्रीमती.",
    "सुश्री.",
    "कु.",
    "मो.",
    "मु.",
    "स्व.",
    "पं.",
    "सं.",
    "ले.",
    "कै.",
    # Money, units and numbering, after a number.
    "रु.",
    "रू.",
    "कि.मी.",
    "किमी.",
    "मि.मी.",
    "से.मी.",
    "कि.ग्रा.",
    "नं.",
    "क्र.",
    "पृ.",
    "ई.",
    "ई.पू.",
    "प्रा.",
    # Places and administrative words as datelines abbreviate them.
    "जि.",
    "ग्रा.",
    "उ.प्र.",
    "म.प्र.",
    "हि.प्र.",
    # Dotted Devanagari acronyms (most papers write them without dots: "आईएएस").
    "यू.एस.",
    "यू.के.",
    "यू.एन.",
    "आई.ए.एस.",
    "आई.पी.एस.",
    "एस.पी.",
    "डी.एम.",
    "एस.एच.ओ.",
    "एस.डी.एम.",
    "सी.एम.",
    "पी.एम.",
    "एन.डी.ए.",
    "भा.ज.पा.",
    "पी.टी.आई.",
)
