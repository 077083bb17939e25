"""Urdu month names, weekdays and relative date words."""

from __future__ import annotations

from ..base import DateData

MONTHS: dict[str, int] = {
    "جنوری": 1, "فروری": 2, "مارچ": 3, "اپریل": 4, "مئی": 5, "جون": 6, "جولائی": 7, "اگست": 8,
    "ستمبر": 9, "اکتوبر": 10, "نومبر": 11, "دسمبر": 12,
}
"""Month names."""

WEEKDAYS: dict[str, int] = {
    "پیر": 0, "سوموار": 0, "منگل": 1, "بدھ": 2, "جمعرات": 3, "جمعہ": 4, "ہفتہ": 5, "ہفتے": 5,
    "سنیچر": 5, "اتوار": 6,
}
"""Weekdays, 0 = Monday."""

AMBIGUOUS_DATE_WORDS: dict[str, str | None] = {
    # پیر is also "saint"; ہفتہ/ہفتے also "week": weekdays only before کو / کے روز / کے دن.
    "پیر": r"\s+(?:کو|کے\s+روز|کے\s+دن)",
    "ہفتہ": r"\s+(?:کو|کے\s+روز|کے\s+دن)",
    "ہفتے": r"\s+(?:کو|کے\s+روز|کے\s+دن)",
}
"""Words that are dates only beside a day or year (None), or when the regex follows them."""

DAY_MONTH_JOINERS: tuple[str, ...] = ()
"""Words allowed between a day and its month."""

YEAR_CUES: tuple[str, ...] = ("سن", "سال", "سنہ")
"""Words right before a 1800-2100 number that make it a year."""

EXTRA_DATE_LANGUAGES: tuple[str, ...] = ("en",)
"""Languages whose month and weekday names are also read (Latin-script datelines, "Jul 14, 2025")."""

RELATIVE_DATES: dict[str, str] = {
    "آج": "today", "کل": "kal", "گزشتہ روز": "yesterday", "گزشتہ سال": "last_year",
    "پچھلے سال": "last_year", "گذشتہ سال": "last_year", "اس سال": "this_year",
    "رواں سال": "this_year", "اگلے سال": "next_year", "آئندہ سال": "next_year",
    "گزشتہ ہفتے": "last_week", "پچھلے ہفتے": "last_week", "اس ہفتے": "this_week",
    "اگلے ہفتے": "next_week", "آئندہ ہفتے": "next_week", "گزشتہ ماہ": "last_month",
    "پچھلے مہینے": "last_month", "رواں ماہ": "this_month", "اس ماہ": "this_month",
    "اگلے ماہ": "next_month", "آئندہ ماہ": "next_month",
}
"""Relative date phrases. کل is "yesterday" or "tomorrow" (``kal``)."""

RELATIVE_GUARDS: dict[str, str] = {
    # کُل ("total, all") is spelt like کل ("yesterday/tomorrow"): "کل 100 افراد", "کل تعداد".
    "کل": r"\s*(?:[\d۰-۹٠-٩]|تعداد|ملا\s*کر|رقم|آبادی|جماعتی|پاکستان|ہند)",
}
"""Relative words that do not count when the regex follows them."""

NIGHT_WORDS: tuple[str, ...] = ("رات", "شب")
"""Words after a weekday that make it a night, which runs into the next day."""

LATE_DAY_WORDS: tuple[str, ...] = ("دوپہر", "شام", "سہ پہر")
"""Words after a weekday for its afternoon or evening, which the night before does not reach."""

UNTIL_WORDS: tuple[str, ...] = ("تک",)
"""Words beside a date that make it the end of a period (fused onto it where the script fuses)."""

FROM_WORDS: tuple[str, ...] = ("سے",)
"""Words beside a date that make it the start of a period (fused onto it where the script fuses)."""

ATTRIBUTIVE_MARKERS: tuple[str, ...] = ("والا", "والی", "والے")
"""Participle words or endings after a time that make it describe a noun (the exam due
on Sunday), not the day of the claim's event."""

CLOCK_WORDS: tuple[str, ...] = ("بجے",)
"""Words that make the number before them a clock time, not a count."""

PREDICATE_AUXILIARIES: tuple[str, ...] = ("ہے", "ہیں", "تھا", "تھی", "تھے")
"""Forms of "be" after a participle in "-والا" that make it the predicate ("انتخاب اتوار کو
ہونے والا ہے"), not a time that describes a noun."""

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
