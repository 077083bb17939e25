"""The few words per language that tell which slot a value fills.

The comparison needs to know whether a count is new or cumulative, whether a weekday
names a night (which runs into the next day), and whether a negation is the "not only"
of "not only ... but also". These are small closed classes of function words, kept here
as data, one table per kind, keyed by language code; a language without an entry gets
none of these refinements (values are then compared as they stand).

They belong with the rest of each language's data in ``claimcheck/lang/<code>/`` (a
``roles.py`` gathered by the language's ``Defaults``); they sit here until the comparison's
rules settle, so that the tables and the rules that read them change together.
"""

from __future__ import annotations

import re
from functools import cache

from ..lang.char_classes import LETTER

#: Words next to a count that make it an increment, not a running total: "another 16",
#: "16 more bodies", "a gain of 39 seats", "16 और शव". Looked for in the two words
#: before the count and the three after it; an increment is compared only with another.
INCREMENT: dict[str, tuple[str, ...]] = {
    "en": ("more", "another", "additional", "further", "gain", "gained", "gains", "extra"),
    "hi": ("अतिरिक्त", "फायदा", "फ़ायदा", "बढ़त"),
    "mr": ("आणखी", "अजून", "अतिरिक्त", "फायदा"),
    "gu": ("વધારાના", "ફાયદો"),
    "ur": ("مزید", "اضافی", "فائدہ"),
}

#: Words that make a count an increment only directly after it, being a plain "and"
#: elsewhere: "16 और शव" (16 more bodies) but "मौत हो गई है और 140 लोग घायल".
INCREMENT_NEXT: dict[str, tuple[str, ...]] = {
    "hi": ("और",),
    "ur": ("اور",),
    "gu": ("વધુ",),
}

#: Words that make a count a total of parts ("10 in all", "कुल 10"): a total is not
#: the count of one of its parts.
TOTAL: dict[str, tuple[str, ...]] = {
    "en": ("total", "overall", "cumulative", "altogether"),
    "hi": ("कुल",),
    "mr": ("एकूण",),
    "gu": ("કુલ",),
    "ur": ("کل", "مجموعی"),
}

#: Words after a weekday that make it a night, which runs into the next day: "Wednesday
#: night" and "early Thursday" are one time.
NIGHT: dict[str, tuple[str, ...]] = {
    "en": ("night", "overnight", "midnight"),
    "hi": ("रात", "रात्रि"),
    "mr": ("रात्री", "रात्रौ", "रात"),
    "gu": ("રાત", "રાત્રે", "રાત્રિ"),
    "ur": ("رات", "شب"),
}

#: Words that make the number before them a clock time ("12 बजे", "बारा वाजता"): a count
#: given "at 12 o'clock" is a bulletin's, and one of another hour is no conflict with it.
CLOCK: dict[str, tuple[str, ...]] = {
    "en": ("o'clock", "am", "pm", "a.m.", "p.m.", "gmt", "ist"),
    "hi": ("बजे", "बजकर"),
    "mr": ("वाजता", "वाजले", "वाजेपर्यंत", "वाजून"),
    "gu": ("વાગ્યે", "વાગે", "વાગ્યા"),
    "ur": ("بجے",),
}

#: "only" words: with a contrastive conjunction after the negation they make "not only ...
#: but also", which affirms both parts.
ONLY: dict[str, tuple[str, ...]] = {
    "en": ("only", "just", "merely", "solely"),
    "hi": ("केवल", "सिर्फ", "सिर्फ़", "मात्र", "ही"),
    "mr": ("केवळ", "फक्त", "च"),
    "gu": ("માત્ર", "ફક્ત", "જ"),
    "ur": ("صرف", "محض", "ہی"),
}

#: Contrastive conjunctions ("but", "बल्कि", "પરંતુ", "بلکہ", "तर").
CONTRAST: dict[str, tuple[str, ...]] = {
    "en": ("but",),
    "hi": ("बल्कि", "परंतु", "लेकिन", "पर"),
    "mr": ("तर", "पण", "परंतु"),
    "gu": ("પરંતુ", "પણ", "બલ્કે"),
    "ur": ("بلکہ", "لیکن"),
}

_WORD = re.compile(rf"[{LETTER}]+")


def words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, lower-cased word) of every word of ``text``."""
    return [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]


@cache
def table(kind: str, lang: str) -> frozenset[str]:
    """The words of one table (``INCREMENT``, ``TOTAL``...) for ``lang``; empty if none."""
    tables: dict[str, dict[str, tuple[str, ...]]] = {
        "increment": INCREMENT,
        "increment_next": INCREMENT_NEXT,
        "total": TOTAL,
        "night": NIGHT,
        "clock": CLOCK,
        "only": ONLY,
        "contrast": CONTRAST,
    }
    return frozenset(w.lower() for w in tables[kind].get(lang, ()))
