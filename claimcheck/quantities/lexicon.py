"""The lexicon of one language: its number, date and negation words folded and compiled
into the regexes that :mod:`claimcheck.quantities` matches, built once per language from
the ``numbers``, ``dates`` and ``negation`` data of the language's ``Defaults``."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..lang import defaults_or_neutral

# Signs that mean the same in every language.
_NEUTRAL_CURRENCY: dict[str, str] = {"$": "dollar", "₹": "rupee", "€": "euro", "£": "pound", "¥": "yen"}
_NEUTRAL_PERCENT: tuple[str, ...] = ("%", "٪")

# Digits of any script (\d is Unicode-aware), with Western or Indian grouping and a
# decimal part. The look-behinds keep the number whole: not the tail of a decimal, a
# time (12:44) or a fraction.
_NUM = (
    r"(?<![\d:/])(?<!\d[.,٫٬])"
    r"(?:\d{1,3}(?:(?:[,٬]\d{3})+|(?:[,٬]\d{2})+[,٬]\d{3})|\d+)(?:[.٫]\d+)?"
    r"(?!\d|[,٬.٫:/]\d)"
)
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
class Lexicon:
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
    clock_after: re.Pattern[str]
    """A clock word right after a number ("12 बजे", "4 a.m."): a time, not a count."""
    date: re.Pattern[str]
    negation: re.Pattern[str]
    number_words: dict[str, float]
    ambiguous_number_words: frozenset[str]
    multipliers: dict[str, float]
    vague: dict[str, tuple[float, float]]
    pre_qualifiers: dict[str, str]
    qualifier_blockers: frozenset[str]
    post_qualifiers: dict[str, str]
    currency: dict[str, str]
    unit_stems: dict[str, str]
    unit_words: dict[str, str]
    case_suffixes: tuple[str, ...]
    count_nouns: tuple[str, ...]
    """Folded words for "the number of", longest first."""
    months: dict[str, int]
    weekdays: dict[str, int]
    ambiguous_dates: dict[str, re.Pattern[str] | None]
    relative: dict[str, str]
    relative_guards: dict[str, re.Pattern[str]]
    negation_guards: dict[str, dict[str, re.Pattern[str]]]


@cache
def lexicon_for(lang: str) -> Lexicon:
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
    # Like digits, the last number word may carry a fused post-qualifier or range
    # connector in a language that fuses its postpositions (Gujarati "ત્રીસથી વધુ",
    # "ચાળીસથી પચાસ"; Marathi "तीसहून अधिक"); elsewhere "ten" must not match "tenor".
    fused = rf"|(?=(?:{post}|{alt(numbers.range_connectors)}){e})" if numbers.case_suffixes else ""
    word_end = rf"(?:{e}{fused})"
    word_sequence = (
        rf"{b}(?:{number_word})(?:(?:\s*-\s*|\s+(?:{joiners}\s+)?){b}(?:{number_word}))*{word_end}"
    )
    # A multiplier may carry a case ending, unless a post-qualifier is fused onto it
    # (Marathi "हजारांहून अधिक").
    multiplier_part = rf"(?:\s*{b}(?:{multiplier})(?:(?=\s*(?:{post}))|(?:{suffix})?{e}))+"
    number = rf"(?:{_NUM}|{b}(?:{alt(vague)}){e}|{word_sequence})"
    currency_re = alt(currency)
    percent_re = rf"(?:{alt(percent)})(?:(?<=[%٪])|(?=\s*(?:{post}))|(?:{suffix})?{e})"
    unit = rf"{b}(?:(?:{alt(unit_stems)}){letter}*|(?:{alt(unit_words)})(?:{suffix})?{e})"
    # A gap word is never a number: "17 ટ્રેનો પાંચ કલાક" (17 trains, five hours) holds two counts.
    gap_word = rf"(?!(?:{alt(numbers.unit_gap_stopwords)}|{number_word}|{alt(vague)}){e}){letter}+(?:-{letter}+)*"
    pre = rf"{b}(?:{alt(pre_qualifiers)})(?:(?<=\.)|{e})"
    quantity = re.compile(
        # "more than a dozen", "nearly a thousand": the article between is the number's.
        rf"(?:(?P<pre>{pre})\s*(?:an?\s+(?=\w))?)?"
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
    # A clock word may end in a dot ("a.m."), so it ends where no letter follows.
    clock_after = re.compile(rf"\s*(?:{alt(dates.clock_words)})(?:{suffix})?(?![^\W\d_])", re.IGNORECASE)

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
        rf"(?P<w>{b}(?:{alt((*negation.words, *negation.inner_words))}){e})"
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

    return Lexicon(
        folder=folder,
        quantity=quantity,
        number_word=re.compile(rf"{b}(?:{number_word}){e}", re.IGNORECASE),
        multiplier_word=re.compile(rf"{b}(?:{multiplier})", re.IGNORECASE),
        number_and_multiplier=re.compile(rf"({_NUM})({multiplier_part})", re.IGNORECASE),
        ordinal_after=ordinal_after,
        year_cue_before=year_cue_before,
        count_before=count_before,
        count_after=count_after,
        clock_after=clock_after,
        date=date,
        negation=negation_re,
        number_words=number_words,
        ambiguous_number_words=frozenset(fold(w) for w in numbers.ambiguous_number_words),
        multipliers=multipliers,
        vague=vague,
        pre_qualifiers=pre_qualifiers,
        qualifier_blockers=frozenset(fold(w) for w in numbers.qualifier_blockers),
        post_qualifiers=post_qualifiers,
        currency=currency,
        unit_stems=unit_stems,
        unit_words=unit_words,
        case_suffixes=case_suffixes,
        count_nouns=tuple(sorted({fold(w) for w in numbers.count_nouns}, key=len, reverse=True)),
        months=months,
        weekdays=weekdays,
        ambiguous_dates={
            fold(k): (re.compile(v, re.IGNORECASE) if v else None) for k, v in ambiguous_raw.items()
        },
        relative=relative,
        relative_guards={fold(k): re.compile(v, re.IGNORECASE) for k, v in guards_raw.items()},
        negation_guards=negation_guards,
    )
