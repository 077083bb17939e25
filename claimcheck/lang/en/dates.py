"""English month names, weekdays and relative date words (matched case-insensitively)."""

from __future__ import annotations

from ..base import DateData

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
"""Month names and abbreviations (an abbreviation may end in ``.``)."""

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}
"""Weekday names and abbreviations, 0 = Monday."""

AMBIGUOUS_DATE_WORDS: dict[str, str | None] = {
    "may": None, "mar": None, "jan": None, "sun": r"\.|,?\s*\(?\d", "sat": r"\.|,?\s*\(?\d",
    "wed": r"\.|,?\s*\(?\d", "mon": r"\.|,?\s*\(?\d", "fri": r"\.|,?\s*\(?\d",
    "thu": r"\.|,?\s*\(?\d", "tue": r"\.|,?\s*\(?\d",
}
"""Words that are dates only beside a day or year (None), or when the regex follows them."""

DAY_MONTH_JOINERS: tuple[str, ...] = ("of",)
"""Words allowed between a day and its month ("11th of June")."""

YEAR_CUES: tuple[str, ...] = (
    "in", "since", "by", "until", "till", "from", "during", "before", "after", "of", "year",
    "early", "mid", "late", "end of", "through", "between", "and",
)
"""Words right before a 1800-2100 number that make it a year even when a noun follows."""

RELATIVE_DATES: dict[str, str] = {
    "today": "today", "tonight": "today", "yesterday": "yesterday", "tomorrow": "tomorrow",
    "last year": "last_year", "this year": "this_year", "next year": "next_year",
    "last week": "last_week", "this week": "this_week", "next week": "next_week",
    "last month": "last_month", "this month": "this_month", "next month": "next_month",
    "earlier this year": "this_year", "earlier this month": "this_month",
    "the previous day": "yesterday", "the day before": "yesterday", "a day earlier": "yesterday",
}
"""Relative date phrases mapped to their relation."""

RELATIVE_GUARDS: dict[str, str] = {}
"""Relative words that do not count when the regex follows them."""

NIGHT_WORDS: tuple[str, ...] = ("night", "overnight", "midnight")
"""Words after a weekday that make it a night, which runs into the next day."""

LATE_DAY_WORDS: tuple[str, ...] = ("afternoon", "evening")
"""Words after a weekday for its afternoon or evening, which the night before does not reach."""

UNTIL_WORDS: tuple[str, ...] = ("till", "until", "through")
"""Words beside a date that make it the end of a period (fused onto it where the script fuses)."""

FROM_WORDS: tuple[str, ...] = ("from",)
"""Words beside a date that make it the start of a period (fused onto it where the script fuses)."""

CLOCK_WORDS: tuple[str, ...] = ("o'clock", "am", "pm", "a.m.", "p.m.", "gmt", "ist")
"""Words that make the number before them a clock time, not a count."""

DATES = DateData(
    months=MONTHS,
    weekdays=WEEKDAYS,
    ambiguous_date_words=AMBIGUOUS_DATE_WORDS,
    relative_dates=RELATIVE_DATES,
    relative_guards=RELATIVE_GUARDS,
    year_cues=YEAR_CUES,
    day_month_joiners=DAY_MONTH_JOINERS,
    night_words=NIGHT_WORDS,
    late_day_words=LATE_DAY_WORDS,
    until_words=UNTIL_WORDS,
    from_words=FROM_WORDS,
    clock_words=CLOCK_WORDS,
)
"""Everything above, as :class:`~claimcheck.lang.base.DateData`."""
