"""Numbers, quantities, dates, weekdays and negation markers in a sentence.

The comparison step asks whether two articles that state the same claim agree on its
numbers and dates. This module finds them and compares two quantities; the words of
each language live in ``claimcheck/lang/<code>/numbers.py``, ``dates.py`` and
``negation.py``, gathered as typed data on the language's ``Defaults``
(``numbers``, ``dates``, ``negation``). A language without those modules gets the
language-neutral behaviour: digits of every script, ``%``, currency signs, numeric and
bare-year dates, no words.

Rules worth knowing:

* Digits of any script (ASCII, Gujarati, Devanagari, Arabic-Indic, Extended
  Arabic-Indic) with Western (``11,000``) or Indian (``1,00,000``) grouping and a decimal
  part are numbers; a multiplier word may follow (``2.5 lakh``, ``11 हज़ार``).
* A four-digit number from 1800 to 2100 with no grouping separator is a year (a
  :class:`DateMention`) unless it is clearly a count: a qualifier or currency sign
  before it, or a multiplier, percent word, post-qualifier or counted noun directly after
  it (``2000 soldiers``). A year cue before it (``in``, ``since``, ``सन``) always makes a
  year.
* Ordinals (``2nd``, ``11મી``, ``second``, ``બીજી``, ``दूसरा``) are not counts and are
  skipped. A fused ordinal suffix still lets a digit serve as the day of a date.
* Number words that double as ordinary words (``one``/``એક``/``एक`` as "a", Urdu
  ``اسی`` "that same") count only with a unit, multiplier, qualifier or currency sign.
* Vague plurals (``dozens``, ``hundreds``, ``સેંકડો``, ``हज़ारों``) are intervals with the
  qualifier ``about``.
* The counted noun is looked for right after the number, skipping at most two words
  (adjectives such as "ballistic"), but never across a stop word of the language
  (postpositions, auxiliaries, conjunctions) or punctuation.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from .lang import defaults_or_neutral

__all__ = [
    "QUALIFIERS",
    "DateMention",
    "Quantity",
    "compare_quantities",
    "extract_dates",
    "extract_quantities",
    "find_negations",
]

QUALIFIERS: tuple[str, ...] = ("exact", "at_least", "more_than", "about", "up_to", "less_than")
"""Every value :attr:`Quantity.qualifier` can take."""


@dataclass(frozen=True)
class Quantity:
    """A number stated in a text, with its qualifier and the thing it counts."""

    start: int
    """Offset of the first character (the qualifier's, when one comes first)."""
    end: int
    """Offset just past the last character."""
    text: str
    """The surface, e.g. ``ઓછામાં ઓછી 100 બેલિસ્ટિક મિસાઇલો`` or ``at least 100``."""
    low: float
    """Lower end of the stated value (equal to :attr:`high` for a single value)."""
    high: float
    """Upper end of the stated value (``25,000 to 30,000`` gives 25000 and 30000)."""
    qualifier: str
    """One of :data:`QUALIFIERS`."""
    unit: str | None
    """Language-neutral concept id of the counted thing (``missile``, ``soldier``, ``percent``), or None."""
    unit_text: str | None
    """The surface of the counted noun (or of the percent word / currency sign), or None."""


@dataclass(frozen=True)
class DateMention:
    """A date, weekday, bare year or relative date stated in a text."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset just past the last character."""
    text: str
    """The surface, e.g. ``બુધવારે (11 જૂન)`` or ``Jul 14, 2025``."""
    weekday: int | None
    """0 = Monday ... 6 = Sunday, when a weekday is named."""
    day: int | None
    """Day of the month, when stated."""
    month: int | None
    """Month 1-12, when stated."""
    year: int | None
    """Year, when stated."""
    relative: str | None
    """``today``, ``yesterday``, ``tomorrow``, ``kal`` (Hindi/Urdu, either), ``last_year``... when stated relatively."""


# Signs that mean the same in every language.
_NEUTRAL_CURRENCY: dict[str, str] = {"$": "dollar", "₹": "rupee", "€": "euro", "£": "pound", "¥": "yen"}
_NEUTRAL_PERCENT: tuple[str, ...] = ("%", "٪")
_CURRENCY_UNITS = frozenset({"dollar", "rupee", "euro", "pound", "yen"})

# Digits of any script (\d is Unicode-aware), with Western or Indian grouping and a
# decimal part. The look-behinds keep the number whole: not the tail of a decimal, a
# time (12:44) or a fraction.
_NUM = (
    r"(?<![\d:/])(?<!\d[.,٫٬])"
    r"(?:\d{1,3}(?:(?:[,٬]\d{3})+|(?:[,٬]\d{2})+[,٬]\d{3})|\d+)(?:[.٫]\d+)?"
    r"(?!\d|[,٬.٫:/]\d)"
)
_PLAIN_NUMBER = re.compile(r"\d+")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_DAY = r"(?<![\d:/])(?<!\d[.,])\d{1,2}"
_YEAR = r"(?<![\d:/])(?<!\d[.,٫٬])\d{4}(?!\d|[.,٫٬]\d)"


@cache
def _marks() -> str:
    """Word characters that ``[^\\W\\d_]`` misses, as the inside of a ``[...]`` class.

    Python's ``\\w`` does not match Indic vowel signs or Arabic harakat. For the Indic
    blocks (U+0900-U+0DFF) every character but digits, punctuation (।) and symbols counts,
    which keeps the class to a few runs: it appears in every word boundary, and its size
    drives the compile time of the patterns.
    """
    codes = [c for c in range(0x0900, 0x0E00) if unicodedata.category(chr(c)) not in ("Nd", "Po", "Sc", "So", "No")]
    codes += [c for c in range(0x0300, 0x0900) if unicodedata.category(chr(c)) in ("Mn", "Mc", "Me")]
    codes += [0x200C, 0x200D]
    ranges: list[list[int]] = []
    for code in sorted(codes):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(chr(lo) if lo == hi else f"{chr(lo)}-{chr(hi)}" for lo, hi in ranges)


def _letter() -> str:
    return rf"(?:[^\W\d_]|[{_marks()}])"


def _not_after_letter() -> str:
    return rf"(?<![^\W\d_])(?<![{_marks()}])"


def _not_before_letter() -> str:
    return rf"(?![^\W\d_])(?![{_marks()}])"


class _Folder:
    """Folds spelling variants so that data and text compare equal, and writes regexes that accept every variant."""

    def __init__(self, variants: Iterable[str], optional_marks: str, final_marks: str = "") -> None:
        self._table: dict[int, str | None] = {}
        self._groups: dict[str, str] = {}
        for group in variants:
            head = group[0]
            self._groups[head] = group
            for ch in group[1:]:
                self._table[ord(ch)] = head
        for ch in optional_marks + final_marks:
            self._table[ord(ch)] = None
        self._optional = f"[{re.escape(optional_marks)}]*" if optional_marks else ""
        self._final = f"[{re.escape(final_marks)}]*" if final_marks else ""

    def fold(self, text: str) -> str:
        """The canonical form of ``text`` (variants replaced, optional marks dropped, case folded)."""
        return text.translate(self._table).casefold()

    def char(self, ch: str) -> str:
        """A regex for one canonical character."""
        if ch.isspace():
            return r"\s+"
        group = self._groups.get(ch)
        body = f"[{re.escape(group)}]" if group else re.escape(ch)
        return body + self._optional

    def alternation(self, words: Iterable[str]) -> str:
        """A trie-shaped regex matching any of ``words`` (longest first), or one that never matches."""
        trie: dict[str, dict] = {}
        for word in {self.fold(w) for w in words if w}:
            node = trie
            for ch in word:
                node = node.setdefault(ch, {})
            node[""] = {}
        if not trie:
            return "(?!)"
        # Final marks are accepted once after the whole alternation, not after every
        # character: far smaller patterns, and that is where such marks are written.
        return f"(?:{self._emit(trie)}){self._final}" if self._final else self._emit(trie)

    def _emit(self, node: dict[str, dict]) -> str:
        alternatives = [self.char(ch) + self._emit(child) for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        if "" in node:
            # A word ends here and longer words continue: prefer the longer one.
            return f"(?:{body})?"
        return body


@dataclass(frozen=True)
class _Lexicon:
    """The compiled patterns and folded tables of one language."""

    folder: _Folder
    quantity: re.Pattern[str]
    number_word: re.Pattern[str]
    multiplier_word: re.Pattern[str]
    number_and_multiplier: re.Pattern[str]
    ordinal_after: re.Pattern[str]
    year_cue_before: re.Pattern[str]
    count_before: re.Pattern[str]
    count_after: re.Pattern[str]
    date: re.Pattern[str]
    negation: re.Pattern[str]
    number_words: dict[str, float]
    ambiguous_number_words: frozenset[str]
    multipliers: dict[str, float]
    vague: dict[str, tuple[float, float]]
    pre_qualifiers: dict[str, str]
    post_qualifiers: dict[str, str]
    currency: dict[str, str]
    unit_stems: dict[str, str]
    unit_words: dict[str, str]
    case_suffixes: tuple[str, ...]
    months: dict[str, int]
    weekdays: dict[str, int]
    ambiguous_dates: dict[str, re.Pattern[str] | None]
    relative: dict[str, str]
    relative_guards: dict[str, re.Pattern[str]]
    negation_guards: dict[str, dict[str, re.Pattern[str]]]


@cache
def _lexicon(lang: str) -> _Lexicon:
    """Build (once per language) the regexes and folded tables from the language's data modules."""
    defaults = defaults_or_neutral(lang)
    numbers, dates, negation = defaults.numbers, defaults.dates, defaults.negation

    folder = _Folder(
        numbers.spelling_variants, numbers.optional_marks, numbers.final_marks
    )
    fold = folder.fold
    alt = folder.alternation

    def table(mapping: Mapping[str, Any]) -> dict[str, Any]:
        return {fold(k): v for k, v in mapping.items()}

    number_words: dict[str, float] = table(numbers.number_words)
    multipliers: dict[str, float] = table(numbers.multipliers)
    vague: dict[str, tuple[float, float]] = table(numbers.vague_quantities)
    pre_qualifiers: dict[str, str] = table(numbers.pre_qualifiers)
    post_qualifiers: dict[str, str] = table(numbers.post_qualifiers)
    currency = {fold(k): v for k, v in _NEUTRAL_CURRENCY.items()} | table(numbers.currency_prefixes)
    unit_stems: dict[str, str] = table(numbers.unit_stems)
    unit_words: dict[str, str] = table(numbers.unit_words)
    case_suffixes = tuple(sorted({fold(s) for s in numbers.case_suffixes}, key=len, reverse=True))
    percent = (*_NEUTRAL_PERCENT, *numbers.percent_words)

    b, e, letter = _not_after_letter(), _not_before_letter(), _letter()
    suffix = alt(case_suffixes)
    post = alt(post_qualifiers)
    multiplier = alt(multipliers)
    number_word = alt([*number_words, *multipliers])
    joiners = alt(numbers.number_joiners)
    word_sequence = (
        rf"{b}(?:{number_word}){e}(?:(?:\s*-\s*|\s+(?:{joiners}\s+)?){b}(?:{number_word}){e})*"
    )
    # A multiplier may carry a case ending, unless a post-qualifier is fused onto it
    # (Marathi "हजारांहून अधिक").
    multiplier_part = rf"(?:\s*{b}(?:{multiplier})(?:(?=\s*(?:{post}))|(?:{suffix})?{e}))+"
    number = rf"(?:{_NUM}|{b}(?:{alt(vague)}){e}|{word_sequence})"
    currency_re = alt(currency)
    percent_re = rf"(?:{alt(percent)})(?:(?<=[%٪])|(?=\s*(?:{post}))|(?:{suffix})?{e})"
    unit = rf"{b}(?:(?:{alt(unit_stems)}){letter}*|(?:{alt(unit_words)})(?:{suffix})?{e})"
    gap_word = rf"(?!(?:{alt(numbers.unit_gap_stopwords)}){e}){letter}+(?:-{letter}+)*"
    pre = rf"{b}(?:{alt(pre_qualifiers)})(?:(?<=\.)|{e})"
    quantity = re.compile(
        rf"(?:(?P<pre>{pre})\s*)?"
        rf"(?:(?P<cur>{currency_re})\s*)?"
        rf"(?P<n1>{number})(?:(?P<m1>{multiplier_part})(?P<more>(?:\s+{_NUM}{multiplier_part})*))?"
        rf"(?:\s*(?:{alt(numbers.range_connectors)})\s*(?:{currency_re}\s*)?(?P<n2>{number})(?P<m2>{multiplier_part})?)?"
        rf"(?P<post>\s*(?:{post}){e})?"
        rf"(?:\s*(?P<pct>{percent_re})(?P<post2>\s*(?:{post}){e})?|(?P<gap>(?:\s+{gap_word}){{0,2}}?)\s*(?P<unit>{unit}))?",
        re.IGNORECASE,
    )
    ordinal_after = re.compile(rf"(?:{alt(numbers.ordinal_suffixes)}){e}", re.IGNORECASE)
    year_cue_before = re.compile(rf"{b}(?:{alt(dates.year_cues)})\.?\s*\Z", re.IGNORECASE)
    count_before = re.compile(rf"(?:{pre}|{currency_re})\s*\Z", re.IGNORECASE)
    count_after = re.compile(rf"(?:{multiplier_part}|\s*{percent_re}|\s*(?:{post}){e}|\s*{unit})", re.IGNORECASE)

    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    ambiguous_raw: dict[str, str | None] = {}
    # Datelines and quotes in Latin script ("Jul 14, 2025") are common in Indian-language
    # news; a language lists the languages whose month and weekday names it also reads.
    for extra in (*dates.extra_date_languages, lang):
        extra_dates = dates if extra == lang else defaults_or_neutral(extra).dates
        months |= table(extra_dates.months)
        weekdays |= table(extra_dates.weekdays)
        ambiguous_raw |= dict(extra_dates.ambiguous_date_words)
    relative: dict[str, str] = table(dates.relative_dates)
    ordinal = alt(numbers.ordinal_suffixes)
    day = rf"{_DAY}(?:(?:{ordinal}){e})?(?!\d|[.,٫]\d)"
    # An abbreviation's dot ("Jul. 14", "Sun., June 11") is kept only when the date goes
    # on; otherwise it is the sentence's full stop ("on Sunday.").
    abbreviation_dot = r"(?:\.(?=\s*[\d,(]))?"
    month = rf"{b}(?:{alt(months)}){abbreviation_dot}(?:{suffix})?{e}"
    weekday = rf"{b}(?:{alt(weekdays)}){abbreviation_dot}(?:{suffix})?{e}"
    joiner = alt(dates.day_month_joiners)
    date = re.compile(
        rf"(?P<wd>{weekday})(?:[ \t]*,?[ \t]*(?P<op>\()?[ \t]*"
        rf"(?:(?P<d1>{day})[ \t]*(?:{joiner}[ \t]+)?(?P<m1>{month})|(?P<m2>{month})[ \t]*(?P<d2>{day}))"
        rf"(?:[ \t]*,?[ \t]*(?P<y1>{_YEAR}))?[ \t]*(?(op)\)))?"
        rf"|(?P<d3>{day})\s*(?:{joiner}\s+)?(?P<m3>{month})(?:\s*,?\s*(?P<y3>{_YEAR}))?"
        rf"|(?P<m4>{month})\s*(?P<d4>{day})(?:\s*,?\s*(?P<y4>{_YEAR}))?"
        rf"|(?P<m5>{month})(?:\s*,?\s*(?P<y5>{_YEAR}))?"
        rf"|(?<![\d.])(?P<nd>\d{{1,2}})(?P<sep>[/.-])(?P<nm>\d{{1,2}})(?P=sep)(?P<ny>\d{{4}})(?!\d)"
        rf"|(?<![\d.])(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})(?!\d)"
        rf"|(?P<rel>{b}(?:{alt(relative)})(?:{suffix})?{e})"
        rf"|(?P<y6>{_YEAR})(?:[-–/](?P<fy>\d{{2}})(?!\d))?",
        re.IGNORECASE,
    )
    guards_raw: dict[str, str] = dict(dates.relative_guards)

    negation_suffixes = negation.suffixes
    negation_re = re.compile(
        rf"(?P<w>{b}(?:{alt(negation.words)}){e})"
        rf"|(?P<s>(?<=[A-Za-z])(?:{alt(negation_suffixes)}){e})",
        re.IGNORECASE,
    )
    negation_guards_raw: dict[str, dict[str, str]] = {k: dict(v) for k, v in negation.guards.items()}
    negation_guards = {
        fold(marker): {
            kind: re.compile(rf"(?:{pattern})\Z" if kind == "not_prev" else pattern, re.IGNORECASE)
            for kind, pattern in rules.items()
        }
        for marker, rules in negation_guards_raw.items()
    }

    return _Lexicon(
        folder=folder,
        quantity=quantity,
        number_word=re.compile(rf"{b}(?:{number_word}){e}", re.IGNORECASE),
        multiplier_word=re.compile(rf"{b}(?:{multiplier})", re.IGNORECASE),
        number_and_multiplier=re.compile(rf"({_NUM})({multiplier_part})", re.IGNORECASE),
        ordinal_after=ordinal_after,
        year_cue_before=year_cue_before,
        count_before=count_before,
        count_after=count_after,
        date=date,
        negation=negation_re,
        number_words=number_words,
        ambiguous_number_words=frozenset(fold(w) for w in numbers.ambiguous_number_words),
        multipliers=multipliers,
        vague=vague,
        pre_qualifiers=pre_qualifiers,
        post_qualifiers=post_qualifiers,
        currency=currency,
        unit_stems=unit_stems,
        unit_words=unit_words,
        case_suffixes=case_suffixes,
        months=months,
        weekdays=weekdays,
        ambiguous_dates={
            fold(k): (re.compile(v, re.IGNORECASE) if v else None) for k, v in ambiguous_raw.items()
        },
        relative=relative,
        relative_guards={fold(k): re.compile(v, re.IGNORECASE) for k, v in guards_raw.items()},
        negation_guards=negation_guards,
    )


# ---------------------------------------------------------------------------
# Lookups on matched surfaces


def _lookup(lex: _Lexicon, mapping: dict, surface: str) -> object | None:
    """Value of a whole word in a folded table, trying it bare and without a case ending."""
    key = " ".join(lex.folder.fold(surface).split()).rstrip(".")
    if key in mapping:
        return mapping[key]
    for suffix in lex.case_suffixes:
        if key.endswith(suffix) and key[: -len(suffix)].rstrip() in mapping:
            return mapping[key[: -len(suffix)].rstrip()]
    return None


def _lookup_phrase(lex: _Lexicon, mapping: dict, surface: str) -> object | None:
    """Like :func:`_lookup` for phrases whose words may be separated by any whitespace."""
    return _lookup(lex, mapping, " ".join(surface.split()))


def _unit_concept(lex: _Lexicon, surface: str) -> str | None:
    """Concept id of a counted noun: a whole-word entry, else the longest stem it starts with."""
    found = _lookup(lex, lex.unit_words, surface)
    if isinstance(found, str):
        return found
    key = " ".join(lex.folder.fold(surface).split())
    for length in range(len(key), 0, -1):
        concept = lex.unit_stems.get(key[:length])
        if concept is not None:
            return concept
    return None


def _strip_case_suffix(lex: _Lexicon, surface: str) -> str:
    """The noun without a fused case ending (દેશોના -> દેશો), for :attr:`Quantity.unit_text`."""
    folded = lex.folder.fold(surface)
    for suffix in lex.case_suffixes:
        if len(folded) > len(suffix) + 1 and folded.endswith(suffix) and len(surface) > len(suffix):
            return surface[: -len(suffix)]
    return surface


def _digits_value(surface: str) -> float:
    """Value of a digit string of any script, with grouping commas and a decimal point."""
    out = []
    for ch in surface:
        if ch in ",٬":
            continue
        out.append("." if ch in ".٫" else str(unicodedata.digit(ch)))
    return float("".join(out))


def _words_value(lex: _Lexicon, surface: str) -> float | None:
    """Value of a sequence of number words ("two hundred and fifty thousand", "ढाई लाख")."""
    total = 0.0
    current = 0.0
    seen = False
    for match in lex.number_word.finditer(surface):
        key = lex.folder.fold(match.group())
        if key in lex.multipliers:
            factor = lex.multipliers[key]
            if factor < 1000:
                current = (current or 1) * factor
            else:
                total += (current or 1) * factor
                current = 0
        elif key in lex.number_words:
            current += lex.number_words[key]
        else:
            return None
        seen = True
    return total + current if seen else None


def _number_value(lex: _Lexicon, surface: str) -> tuple[float, float] | None:
    """The (low, high) of a number group: digits, a vague plural or number words."""
    if surface[:1].isdigit():
        value = _digits_value(surface)
        return value, value
    vague = _lookup_phrase(lex, lex.vague, surface)
    if isinstance(vague, tuple):
        return float(vague[0]), float(vague[1])
    words = _words_value(lex, surface)
    return (words, words) if words is not None else None


def _multiplier_value(lex: _Lexicon, surface: str | None) -> float:
    """Product of the multiplier words in ``surface`` (1 when there are none)."""
    if not surface:
        return 1.0
    factor = 1.0
    for match in lex.multiplier_word.finditer(surface):
        factor *= lex.multipliers.get(lex.folder.fold(match.group()), 1.0)
    return factor


def _is_year_like(surface: str) -> bool:
    return len(surface) == 4 and surface.isdigit() and 1800 <= _digits_value(surface) <= 2100


def _is_year(lex: _Lexicon, text: str, start: int, end: int) -> bool:
    """Whether the year-like number at ``text[start:end]`` reads as a year rather than a count."""
    if lex.year_cue_before.search(text, max(0, start - 24), start):
        return True
    if lex.count_before.search(text, max(0, start - 40), start):
        return False
    return not lex.count_after.match(text, end)


# ---------------------------------------------------------------------------
# Dates


def _int(surface: str | None) -> int | None:
    if not surface:
        return None
    digits = _PLAIN_NUMBER.match(surface)
    return int(_digits_value(digits.group())) if digits else None


def _valid_day(day: int | None) -> int | None:
    return day if day is not None and 1 <= day <= 31 else None


def _valid_month(month: int | None) -> int | None:
    return month if month is not None and 1 <= month <= 12 else None


def _date_from_match(lex: _Lexicon, text: str, m: re.Match[str]) -> DateMention | None:
    """Turn one match of the date regex into a mention, or None when context rules it out."""
    g = m.group
    start, end = m.span()
    if g("rel"):
        key = " ".join(lex.folder.fold(g("rel")).split())
        relation = _lookup_phrase(lex, lex.relative, g("rel"))
        guard = lex.relative_guards.get(key)
        if not isinstance(relation, str) or (guard is not None and guard.match(text, end)):
            return None
        return DateMention(start, end, g("rel"), None, None, None, None, relation)
    if g("y6"):
        if not _is_year_like(g("y6")) or not _is_year(lex, text, start, m.end("y6")):
            return None
        first_year = int(_digits_value(g("y6")))
        if g("fy") and int(_digits_value(g("fy"))) <= first_year % 100:
            # A span (2023-24, 2023-27) ends later than it starts; otherwise the
            # mention is the year alone.
            end = m.end("y6")
        return DateMention(start, end, text[start:end], None, None, None, first_year, None)
    if g("nd") or g("iy"):
        day, month, year = (_int(g("nd")), _int(g("nm")), _int(g("ny"))) if g("nd") else (
            _int(g("id")), _int(g("im")), _int(g("iy")))
        if _valid_day(day) is None or _valid_month(month) is None:
            return None
        return DateMention(start, end, m.group(), None, day, month, year, None)

    weekday_surface = g("wd")
    month_surface = g("m1") or g("m2") or g("m3") or g("m4") or g("m5")
    day_surface = g("d1") or g("d2") or g("d3") or g("d4")
    year_surface = g("y1") or g("y3") or g("y4") or g("y5")
    weekday_found = _lookup(lex, lex.weekdays, weekday_surface) if weekday_surface else None
    month_found = _lookup(lex, lex.months, month_surface) if month_surface else None
    if not day_surface and not year_surface:
        # A lone month or weekday name that is also an ordinary word needs its context.
        lone = weekday_surface if weekday_surface and not month_surface else month_surface
        key = lex.folder.fold(lone or "").rstrip(".")
        for candidate in (key, *(key[: -len(s)] for s in lex.case_suffixes if key.endswith(s))):
            if candidate in lex.ambiguous_dates:
                guard = lex.ambiguous_dates[candidate]
                if guard is None or not guard.match(text, end):
                    return None
                break
    return DateMention(
        start,
        end,
        m.group(),
        weekday_found if isinstance(weekday_found, int) else None,
        _valid_day(_int(day_surface)),
        _valid_month(month_found if isinstance(month_found, int) else None),
        int(_digits_value(year_surface)) if year_surface else None,
        None,
    )


def extract_dates(text: str, lang: str) -> list[DateMention]:
    """Find dates, weekdays, bare years and relative dates in ``text``.

    ``બુધવારે (11 જૂન)`` is one mention with weekday 2, day 11 and month 6; ``2024 માં``
    is the year 2024; ``ગયા વર્ષે`` is ``last_year``.

    Args:
        text: The analysed text (a sentence or more).
        lang: ISO 639-1 code; a language without ``dates.py`` gets numeric dates and years only.

    Returns:
        The mentions in text order, with character offsets into ``text``.
    """
    lex = _lexicon(lang)
    found = []
    for m in lex.date.finditer(text):
        mention = _date_from_match(lex, text, m)
        if mention is not None:
            found.append(mention)
    return found


# ---------------------------------------------------------------------------
# Quantities


def _quantity_at(
    lex: _Lexicon, text: str, m: re.Match[str], dates: list[tuple[int, int]]
) -> tuple[Quantity | None, int]:
    """Turn one match of the quantity regex into a quantity; also return where to search next."""
    g = m.group
    n1_start, n1_end = m.span("n1")
    head_end = m.end("m1") if g("m1") else n1_end
    n1 = g("n1")
    if any(s < n1_end and n1_start < e for s, e in dates):
        return None, n1_end
    is_digits = n1[:1].isdigit()
    if is_digits and not g("cur"):
        before = text[max(0, n1_start - 2) : n1_start]
        # Digits fused to a Latin word or hyphenated after one are names: G20, Su-57, COVID-19.
        if before[-1:].isascii() and _LATIN_LETTER.fullmatch(before[-1:] or " "):
            return None, n1_end
        if before[-1:] in ("-", "‐") and _LATIN_LETTER.fullmatch(before[:1] or " "):
            return None, n1_end
    if is_digits and not g("m1"):
        if lex.ordinal_after.match(text, n1_end):
            return None, n1_end
        fused = text[n1_end : n1_end + 1]
        consumed_fused = (g("pct") and m.start("pct") == n1_end) or (g("unit") and m.start("unit") == n1_end)
        if fused and _LATIN_LETTER.fullmatch(fused) and not consumed_fused:
            return None, n1_end
    if is_digits and _is_year_like(n1) and _is_year(lex, text, n1_start, n1_end):
        return None, n1_end

    first = _number_value(lex, n1)
    if first is None:
        return None, n1_end
    low, high = first[0] * _multiplier_value(lex, g("m1")), first[1] * _multiplier_value(lex, g("m1"))
    for part in lex.number_and_multiplier.finditer(g("more") or ""):
        # "1 लाख 20 हज़ार": the parts add up.
        extra = _digits_value(part.group(1)) * _multiplier_value(lex, part.group(2))
        low, high = low + extra, high + extra
    if g("more"):
        head_end = m.end("more")
    end = m.end()
    unit_surface, pct_surface, post_surface = g("unit"), g("pct"), g("post") or g("post2")
    is_vague = not is_digits and isinstance(_lookup_phrase(lex, lex.vague, n1), tuple)
    if g("n2"):
        second = _number_value(lex, g("n2"))
        second_factor = _multiplier_value(lex, g("m2"))
        if second is not None and not g("m1") and g("m2") and first[0] < second[0]:
            # "25 to 30 thousand": the multiplier of the second end applies to both.
            low = first[0] * second_factor
        if second is None or (is_digits and _is_year_like(g("n2"))) or not low < second[1] * second_factor:
            # Not a range after all ("2020 से 300 सैनिक"): keep the first number alone.
            end, unit_surface, pct_surface, post_surface = head_end, None, None, None
        else:
            high = second[1] * second_factor
    if not g("n2") and not g("m1") and not unit_surface and not pct_surface and not g("pre") and not g("cur"):
        single = lex.folder.fold(n1)
        if single in lex.ambiguous_number_words:
            return None, end

    if g("pre"):
        qualifier = lex.pre_qualifiers.get(" ".join(lex.folder.fold(g("pre")).split()), "exact")
    elif post_surface:
        qualifier = str(_lookup_phrase(lex, lex.post_qualifiers, post_surface.strip()) or "exact")
    elif is_vague:
        qualifier = "about"
    else:
        qualifier = "exact"

    unit: str | None = None
    unit_text: str | None = None
    if pct_surface:
        unit, unit_text = "percent", pct_surface
    elif unit_surface:
        unit = _unit_concept(lex, unit_surface)
        unit_text = _strip_case_suffix(lex, unit_surface) if unit else None
        if unit is None:
            end = m.start("gap") if g("gap") else m.start("unit")
    if g("cur") and (unit is None or unit in _CURRENCY_UNITS):
        unit = lex.currency.get(lex.folder.fold(g("cur")))
        unit_text = unit_text or g("cur")
    start = m.start()
    surface = text[start:end].rstrip()
    end = start + len(surface)
    return (
        Quantity(start, end, surface, _round(low), _round(high), qualifier, unit, unit_text),
        max(end, n1_end),
    )


def _round(value: float) -> float:
    """Drop float noise from multiplying decimals (1.2 * 10**6)."""
    return float(round(value, 6))


def extract_quantities(text: str, lang: str) -> list[Quantity]:
    """Find the stated quantities in ``text``.

    Years, dates, ordinals, times and identifiers (``G20``, ``Su-57``) are not
    quantities. ``ઓછામાં ઓછી 100 બેલિસ્ટિક મિસાઇલો`` is ``at_least`` 100 ``missile``;
    ``11,000 થી વધુ સૈનિકો`` is ``more_than`` 11000 ``soldier``.

    Args:
        text: The analysed text (a sentence or more).
        lang: ISO 639-1 code; a language without ``numbers.py`` gets digits, ``%`` and currency signs only.

    Returns:
        The quantities in text order, with character offsets into ``text``.
    """
    lex = _lexicon(lang)
    dates = [(d.start, d.end) for d in extract_dates(text, lang) if d.day is not None or d.year is not None]
    found: list[Quantity] = []
    position = 0
    while True:
        m = lex.quantity.search(text, position)
        if m is None:
            return found
        quantity, resume = _quantity_at(lex, text, m, dates)
        if quantity is not None:
            found.append(quantity)
        position = max(resume, m.start() + 1)


# ---------------------------------------------------------------------------
# Negation


def find_negations(text: str, lang: str) -> list[tuple[int, int, str]]:
    """Find negation markers (``not``, ``n't``, ``નથી``, ``नहीं``, ``नाही``, ``نہیں``...).

    Verbs of denial ("denied", "rejected") are attribution cues, not negation. Markers
    that are also ordinary words (Gujarati genitive ``ના``, Hindi ``मत`` "opinion") count
    only in the context their language's ``NEGATION_GUARDS`` describe.

    Args:
        text: The analysed text.
        lang: ISO 639-1 code; a language without ``negation.py`` has no markers.

    Returns:
        ``(start, end, surface)`` of each marker, in text order.
    """
    lex = _lexicon(lang)
    found = []
    for m in lex.negation.finditer(text):
        start, end = m.span()
        rules = lex.negation_guards.get(" ".join(lex.folder.fold(m.group()).split()), {})
        if "next" in rules and not rules["next"].match(text, end):
            continue
        if "not_next" in rules and rules["not_next"].match(text, end):
            continue
        if "not_prev" in rules and rules["not_prev"].search(text, max(0, start - 30), start):
            continue
        found.append((start, end, m.group()))
    return found


# ---------------------------------------------------------------------------
# Comparison

_UPWARD = frozenset({"at_least", "more_than"})
_DOWNWARD = frozenset({"up_to", "less_than"})


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def compare_quantities(a: Quantity, b: Quantity) -> str:
    """Say whether two stated quantities agree.

    Rules, in order:

    1. Different unit concepts (one None and one not counts as different) give
       ``"incomparable"``.
    2. The same stated value(s) and qualifier give ``"same"``.
    3. The same stated value(s) with different qualifiers give ``"qualified_match"``
       ("more than 11,000" vs "11,000"), unless the qualifiers point opposite ways
       ("more than 100" vs "less than 100": ``"different"``).
    4. A range or vague interval that contains the other's single stated value gives
       ``"qualified_match"`` ("25,000 to 30,000" vs "28,000", "hundreds" vs "500").
    5. Anything else is ``"different"``. In particular, different stated numbers are
       different even when a qualifier could admit both: "at least 100" vs "200" is
       ``"different"``, because the articles report different figures. Two different
       ranges are different too, even when one lies inside the other.

    Args:
        a: A quantity from one article.
        b: A quantity from another article.

    Returns:
        ``"same"``, ``"qualified_match"``, ``"different"`` or ``"incomparable"``.
    """
    if a.unit != b.unit:
        return "incomparable"
    if _close(a.low, b.low) and _close(a.high, b.high):
        if a.qualifier == b.qualifier:
            return "same"
        opposite = {a.qualifier, b.qualifier}
        if opposite & _UPWARD and opposite & _DOWNWARD:
            return "different"
        return "qualified_match"
    for interval, value in ((a, b), (b, a)):
        is_interval = interval.low < interval.high and not _close(interval.low, interval.high)
        is_single = _close(value.low, value.high)
        if is_interval and is_single and interval.low <= value.low <= interval.high:
            return "qualified_match"
    return "different"
