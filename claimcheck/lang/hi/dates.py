"""Hindi month names, weekdays and relative date words."""

from __future__ import annotations

from ..base import DateData

MONTHS: dict[str, int] = {
    "जनवरी": 1, "फ़रवरी": 2, "मार्च": 3, "अप्रैल": 4, "मई": 5, "जून": 6, "जुलाई": 7, "अगस्त": 8,
    "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10, "नवंबर": 11, "नवम्बर": 11,
    "दिसंबर": 12, "दिसम्बर": 12,
}
"""Month names."""

WEEKDAYS: dict[str, int] = {
    "सोमवार": 0, "मंगलवार": 1, "बुधवार": 2, "गुरुवार": 3, "बृहस्पतिवार": 3, "वीरवार": 3,
    "शुक्रवार": 4, "शनिवार": 5, "रविवार": 6, "इतवार": 6,
}
"""Weekdays, 0 = Monday ("रविवार को" keeps को outside the mention)."""

AMBIGUOUS_DATE_WORDS: dict[str, str | None] = {}
"""Words that are dates only beside a day or year (None), or when the regex follows them."""

DAY_MONTH_JOINERS: tuple[str, ...] = ()
"""Words allowed between a day and its month."""

YEAR_CUES: tuple[str, ...] = ("सन", "सन्", "वर्ष", "साल")
"""Words right before a 1800-2100 number that make it a year."""

EXTRA_DATE_LANGUAGES: tuple[str, ...] = ("en",)
"""Languages whose month and weekday names are also read (Latin-script datelines, "Jul 14, 2025")."""

RELATIVE_DATES: dict[str, str] = {
    "आज": "today", "कल": "kal", "बीते कल": "yesterday", "आने वाले कल": "tomorrow",
    "पिछले साल": "last_year", "पिछले वर्ष": "last_year", "गत वर्ष": "last_year",
    "बीते साल": "last_year", "बीते वर्ष": "last_year", "इस साल": "this_year", "इस वर्ष": "this_year",
    "अगले साल": "next_year", "अगले वर्ष": "next_year", "पिछले हफ़्ते": "last_week",
    "पिछले सप्ताह": "last_week", "बीते हफ़्ते": "last_week", "बीते सप्ताह": "last_week",
    "इस हफ़्ते": "this_week", "इस सप्ताह": "this_week", "अगले हफ़्ते": "next_week",
    "अगले सप्ताह": "next_week", "पिछले महीने": "last_month", "इस महीने": "this_month",
    "अगले महीने": "next_month",
}
"""Relative date phrases. कल is both "yesterday" and "tomorrow" (the verb's tense tells), so it maps to ``kal``."""

RELATIVE_GUARDS: dict[str, str] = {}
"""Relative words that do not count when the regex follows them."""

NIGHT_WORDS: tuple[str, ...] = ("रात", "रात्रि")
"""Words after a weekday that make it a night, which runs into the next day."""

LATE_DAY_WORDS: tuple[str, ...] = ("दोपहर", "शाम", "सायं")
"""Words after a weekday for its afternoon or evening, which the night before does not reach."""

UNTIL_WORDS: tuple[str, ...] = ("तक",)
"""Words beside a date that make it the end of a period (fused onto it where the script fuses)."""

FROM_WORDS: tuple[str, ...] = ("से",)
"""Words beside a date that make it the start of a period (fused onto it where the script fuses)."""

ATTRIBUTIVE_MARKERS: tuple[str, ...] = ("वाला", "वाली", "वाले")
"""Participle words or endings after a time that make it describe a noun (the exam due
on Sunday), not the day of the claim's event."""

CLOCK_WORDS: tuple[str, ...] = ("बजे", "बजकर")
"""Words that make the number before them a clock time, not a count."""

PREDICATE_AUXILIARIES: tuple[str, ...] = ("है", "हैं", "था", "थी", "थे")
"""Forms of "be" after a participle in "-वाला" that make it the predicate ("चुनाव रविवार को
होने वाला है"), not a time that describes a noun."""

DATES = DateData(
    months=MONTHS,
    weekdays=WEEKDAYS,
    ambiguous_date_words=AMBIGUOUS_DATE_WORDS,
    relative_dates=RELATIVE_DATES,
    relative_guards=RELATIVE_GUARDS,
    year_cues=YEAR_CUES,
    day_month_joiners=DAY_MONTH_JOINERS,
    extra_date_languages=EXTRA_DATE_LANGUAGES,
    night_words=NIGHT_WORDS,
    late_day_words=LATE_DAY_WORDS,
    predicate_auxiliaries=PREDICATE_AUXILIARIES,
    until_words=UNTIL_WORDS,
    from_words=FROM_WORDS,
    attributive_markers=ATTRIBUTIVE_MARKERS,
    clock_words=CLOCK_WORDS,
)
"""Everything above, as :class:`~claimcheck.lang.base.DateData`."""
