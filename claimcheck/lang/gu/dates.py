"""Gujarati month names, weekdays and relative date words."""

from __future__ import annotations

from ..base import DateData

MONTHS: dict[str, int] = {
    "જાન્યુઆરી": 1, "ફેબ્રુઆરી": 2, "માર્ચ": 3, "એપ્રિલ": 4, "મે": 5, "જૂન": 6, "જુલાઈ": 7,
    "ઓગસ્ટ": 8, "ઓગષ્ટ": 8, "સપ્ટેમ્બર": 9, "સપ્ટેંબર": 9, "ઓક્ટોબર": 10, "નવેમ્બર": 11,
    "નવેંબર": 11, "ડિસેમ્બર": 12, "ડિસેંબર": 12,
}
"""Month names (spelling variants such as જુન/જૂન, ઑગસ્ટ are folded)."""

WEEKDAYS: dict[str, int] = {
    "સોમવાર": 0, "મંગળવાર": 1, "બુધવાર": 2, "ગુરુવાર": 3, "ગુરૂવાર": 3, "શુક્રવાર": 4,
    "શનિવાર": 5, "રવિવાર": 6,
}
"""Weekdays, 0 = Monday; case forms (રવિવારે, બુધવારના) come from the case endings."""

AMBIGUOUS_DATE_WORDS: dict[str, str | None] = {"મે": None}
"""મે (May) is also a misspelling of મેં ("I"): a date only beside a day or year."""

DAY_MONTH_JOINERS: tuple[str, ...] = ()
"""Words allowed between a day and its month."""

YEAR_CUES: tuple[str, ...] = ("ઈ.સ.", "વર્ષ", "સન", "સાલ")
"""Words right before a 1800-2100 number that make it a year."""

EXTRA_DATE_LANGUAGES: tuple[str, ...] = ("en",)
"""Languages whose month and weekday names are also read (Latin-script datelines, "Jul 14, 2025")."""

RELATIVE_DATES: dict[str, str] = {
    "આજે": "today", "આજ": "today", "ગઈકાલે": "yesterday", "ગઈ કાલે": "yesterday",
    "ગઇકાલ": "yesterday", "આવતીકાલે": "tomorrow", "આવતી કાલે": "tomorrow",
    "ગયા વર્ષ": "last_year", "ગત વર્ષ": "last_year", "પાછલા વર્ષ": "last_year",
    "આ વર્ષ": "this_year", "ચાલુ વર્ષ": "this_year", "આવતા વર્ષ": "next_year",
    "આગામી વર્ષ": "next_year", "ગયા અઠવાડિય": "last_week", "ગયા સપ્તાહ": "last_week",
    "ગત સપ્તાહ": "last_week", "આ અઠવાડિય": "this_week", "આ સપ્તાહ": "this_week",
    "આવતા અઠવાડિય": "next_week", "ગયા મહિન": "last_month", "ગત મહિન": "last_month",
    "આ મહિન": "this_month", "આવતા મહિન": "next_month",
}
"""Relative date phrases; the last word may carry a case ending (ગયા વર્ષે, આ વર્ષની)."""

RELATIVE_GUARDS: dict[str, str] = {}
"""Relative words that do not count when the regex follows them."""

NIGHT_WORDS: tuple[str, ...] = ("રાત", "રાત્રે", "રાત્રિ")
"""Words after a weekday that make it a night, which runs into the next day."""

LATE_DAY_WORDS: tuple[str, ...] = ("બપોર", "બપોરે", "સાંજ", "સાંજે")
"""Words after a weekday for its afternoon or evening, which the night before does not reach."""

UNTIL_WORDS: tuple[str, ...] = ("સુધી",)
"""Words beside a date that make it the end of a period (fused onto it where the script fuses)."""

FROM_WORDS: tuple[str, ...] = ("થી",)
"""Words beside a date that make it the start of a period (fused onto it where the script fuses)."""

ATTRIBUTIVE_MARKERS: tuple[str, ...] = ("નારી", "નારા", "નારું", "નારો")
"""Participle words or endings after a time that make it describe a noun (the exam due
on Sunday), not the day of the claim's event."""

CLOCK_WORDS: tuple[str, ...] = ("વાગ્યે", "વાગે", "વાગ્યા")
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
