"""Marathi month names, weekdays and relative date words."""

from __future__ import annotations

from ..base import DateData

MONTHS: dict[str, int] = {
    "जानेवारी": 1, "फेब्रुवारी": 2, "मार्च": 3, "एप्रिल": 4, "मे": 5, "जून": 6, "जुलै": 7,
    "ऑगस्ट": 8, "सप्टेंबर": 9, "ऑक्टोबर": 10, "नोव्हेंबर": 11, "डिसेंबर": 12,
}
"""Month names."""

WEEKDAYS: dict[str, int] = {
    "सोमवार": 0, "मंगळवार": 1, "बुधवार": 2, "गुरुवार": 3, "शुक्रवार": 4, "शनिवार": 5, "रविवार": 6,
}
"""Weekdays, 0 = Monday; the locative (रविवारी, गुरुवारी) comes from the case endings."""

AMBIGUOUS_DATE_WORDS: dict[str, str | None] = {"मे": None}
"""Words that are dates only beside a day or year."""

DAY_MONTH_JOINERS: tuple[str, ...] = ()
"""Words allowed between a day and its month."""

YEAR_CUES: tuple[str, ...] = ("सन", "वर्ष", "साल")
"""Words right before a 1800-2100 number that make it a year."""

EXTRA_DATE_LANGUAGES: tuple[str, ...] = ("en",)
"""Languages whose month and weekday names are also read (Latin-script datelines, "Jul 14, 2025")."""

RELATIVE_DATES: dict[str, str] = {
    "आज": "today", "काल": "yesterday", "उद्या": "tomorrow", "गेल्या वर्षी": "last_year",
    "गेल्या वर्ष": "last_year", "मागील वर्षी": "last_year", "मागच्या वर्षी": "last_year",
    "या वर्षी": "this_year", "यंदा": "this_year", "चालू वर्षी": "this_year",
    "पुढील वर्षी": "next_year", "पुढच्या वर्षी": "next_year", "गेल्या आठवड्यात": "last_week",
    "मागील आठवड्यात": "last_week", "या आठवड्यात": "this_week", "पुढील आठवड्यात": "next_week",
    "गेल्या महिन्यात": "last_month", "या महिन्यात": "this_month", "पुढील महिन्यात": "next_month",
}
"""Relative date phrases (Marathi काल is "yesterday"; उद्या is "tomorrow")."""

RELATIVE_GUARDS: dict[str, str] = {}
"""Relative words that do not count when the regex follows them."""

NIGHT_WORDS: tuple[str, ...] = ("रात्री", "रात्रौ", "रात")
"""Words after a weekday that make it a night, which runs into the next day."""

LATE_DAY_WORDS: tuple[str, ...] = ("दुपार", "दुपारी", "सायंकाळी", "संध्याकाळी", "सायंकाळ", "संध्याकाळ")
"""Words after a weekday for its afternoon or evening, which the night before does not reach."""

UNTIL_WORDS: tuple[str, ...] = ("पर्यंत", "पावेतो")
"""Words beside a date that make it the end of a period (fused onto it where the script fuses)."""

FROM_WORDS: tuple[str, ...] = ("पासून",)
"""Words beside a date that make it the start of a period (fused onto it where the script fuses)."""

ATTRIBUTIVE_MARKERS: tuple[str, ...] = ("णारी", "णारा", "णारे", "णाऱ्या", "णार्या")
"""Participle words or endings after a time that make it describe a noun (the exam due
on Sunday), not the day of the claim's event."""

CLOCK_WORDS: tuple[str, ...] = ("वाजता", "वाजले", "वाजेपर्यंत", "वाजून")
"""Words that make the number before them a clock time, not a count."""

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
    until_words=UNTIL_WORDS,
    from_words=FROM_WORDS,
    attributive_markers=ATTRIBUTIVE_MARKERS,
    clock_words=CLOCK_WORDS,
)
"""Everything above, as :class:`~claimcheck.lang.base.DateData`."""
