"""Date and time lines of news pages: recognised in any script, read as ISO dates.

A page prints its publication date on a line of its own, in many shapes:
``date 2025-07-13``, ``13-07-2025 | 05:18``, ``July 14, 2025, 8:21 a.m.``,
``प्रकाशित: रवि, १३ जुलाई २०२५ ०६:०५ PM (IST)``, ``۱۳ جولائی ۲۰۲۵``,
``جمعرات 12 جون 2025 / 15 ذوالحجہ 1446ھ``. Such a line is metadata, never a sentence or
a title. Month, weekday and label words come from every language's data
(``lang/<code>/dates.py`` and ``lang/<code>/furniture.py``), digits from any of the
scripts claimcheck reads.
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

#: Devanagari, Gujarati, Arabic-Indic and Extended Arabic-Indic digits -> ASCII.
_DIGITS = str.maketrans(
    "०१२३४५६७८९૦૧૨૩૪૫૬૭૮૯٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹",
    "0123456789" * 4,
)
#: A word character, Indic and Arabic combining marks included.
_WORD = r"[\w\u0900-\u0DFF\u064B-\u065F\u0670]"
#: A date line may keep at most this many words besides its date, time and labels
#: ("Reuters | Published ...", "12:44 PM Jul 14, 2025 IST | revoi editor").
MAX_OTHER_WORDS = 3


@dataclass(frozen=True)
class DateLine:
    """What a date line says."""

    date: str | None
    """The ISO date (``2025-07-13``), or ``None`` for a line with only a time."""
    updated: bool
    """Whether the line labels the date as an update rather than the publication."""
    rest: str
    """The words left once the date, time and labels are taken out (a name, an agency)."""


def _furniture_words(name: str) -> list[str]:
    from .lang import LANGUAGES, NEUTRAL

    words: list[str] = []
    for code in (*LANGUAGES, NEUTRAL):
        module = importlib.import_module(f"claimcheck.lang.{code}.furniture")
        words.extend(getattr(module, name, ()))
    return words


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, int], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Months (lower-cased name -> number) and the compiled date, time and label regexes."""
    from .lang import all_defaults

    months: dict[str, int] = {}
    weekdays: set[str] = set()
    for defaults in all_defaults():
        months.update({k.lower(): v for k, v in defaults.dates.months.items()})
        weekdays.update(k.lower() for k in defaults.dates.weekdays)
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))  # noqa: E731
    month = rf"(?P<mon>{alt(months)})\.?"
    date = re.compile(
        rf"(?P<iso>(?P<y1>\d{{4}})-(?P<m1>\d{{1,2}})-(?P<d1>\d{{1,2}}))"
        rf"|(?P<num>(?P<d2>\d{{1,2}})[-/.](?P<m2>\d{{1,2}})[-/.](?P<y2>\d{{4}}))"
        rf"|(?P<dmy>(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s+{month.replace('mon', 'mon3')}\s*[,،]?\s*(?P<y3>\d{{4}}))"
        rf"|(?P<mdy>{month.replace('mon', 'mon4')}\s+(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?\s*[,،]?\s*(?P<y4>\d{{4}}))",
        re.IGNORECASE,
    )
    time = re.compile(r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?\s?m\.?))?", re.IGNORECASE)
    labels = [*weekdays, *months, *_furniture_words("DATE_LABELS"), *_furniture_words("UPDATED_LABELS")]
    labels.extend(_furniture_words("HIJRI_MONTHS"))
    label = re.compile(rf"(?<!{_WORD})(?:{alt(labels)})(?!{_WORD})", re.IGNORECASE)
    return months, date, time, label


@lru_cache(maxsize=1)
def _updated_pattern() -> re.Pattern[str]:
    words = sorted(_furniture_words("UPDATED_LABELS"), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)


def _iso(year: str, month: int, day: str) -> str | None:
    try:
        return dt.date(int(year), month, int(day)).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> str | None:
    """The first date written in ``text``, as an ISO date (day first for ``13-07-2025``)."""
    months, date, _, _ = _tables()
    m = date.search(text.translate(_DIGITS))
    if not m:
        return None
    if m.group("iso"):
        return _iso(m.group("y1"), int(m.group("m1")), m.group("d1"))
    if m.group("num"):
        day, mon = int(m.group("d2")), int(m.group("m2"))
        if mon > 12 >= day:  # 07-13-2025: month first
            day, mon = mon, day
        return _iso(m.group("y2"), mon, str(day))
    if m.group("dmy"):
        return _iso(m.group("y3"), months[m.group("mon3").lower()], m.group("d3"))
    return _iso(m.group("y4"), months[m.group("mon4").lower()], m.group("d4"))


def read_date_line(line: str) -> DateLine | None:
    """``line`` as a date line, or ``None`` when it says more than a date and a name.

    A line is a date line when it holds a full date or a time and, once dates, times,
    month and weekday names, date labels, digits and punctuation are taken out, at most
    :data:`MAX_OTHER_WORDS` words remain.
    """
    _, date, time, label = _tables()
    if re.search(r"[.!?।۔؟]\W*$", line) and not re.search(r"(?i)[ap]\.\s?m\.\W*$", line):
        return None  # "Friday, December 4, 2015." closes a sentence; date lines have no stop
    text = line.translate(_DIGITS)
    has_date = date.search(text) is not None
    if not has_date and not time.search(text):
        return None
    rest = date.sub(" ", text)
    rest = time.sub(" ", rest)
    rest = label.sub(" ", rest)
    rest = re.sub(r"\b(?:[A-Z]{2,4})\b", lambda m: m.group(0) if len(m.group(0)) > 3 else " ", rest)
    # Keep letters and their combining marks (Indic vowel signs are not \w).
    rest = "".join(ch if ch.isalpha() or unicodedata.category(ch).startswith("M") else " " for ch in rest).strip()
    if len(rest.split()) > MAX_OTHER_WORDS:
        return None
    return DateLine(find_date(line) if has_date else None, bool(_updated_pattern().search(line)), rest)
