"""Stated quantities (:func:`extract_quantities`) and whether two of them agree
(:func:`compare_quantities`)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import cache

from .dates import extract_dates
from .lexicon import Lexicon, _letter, _not_after_letter, _not_before_letter, lexicon_for
from .lookups import (
    digits_value,
    is_year,
    is_year_like,
    lookup_phrase,
    multiplier_value,
    multiplier_values,
    number_value,
    strip_case_suffix,
    unit_concept,
)

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
    step: float = 0.0
    """How precise a number written in parts is: its last part's multiplier ("૩ લાખ ૪૮
    હજાર કરોડ" is stated to the thousand crore, so 3,48,210 crore is the same figure); 0
    for any other number."""


# ---------------------------------------------------------------------------
# Quantities

# Units that are currencies: a currency sign before the number overrides them.
_CURRENCY_UNITS = frozenset({"dollar", "rupee", "euro", "pound", "yen"})
#: Units of time: after an amount of money ("$9.2 billion last year") they say when, not
#: what is counted, so the currency stays the unit.
_TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})
#: Units that count people (the canonical unit names of every language's number data;
#: "14 जण ठार" counts the killed).
PEOPLE_UNITS = frozenset({
    "person", "casualty", "child", "civilian", "hostage", "injured", "journalist", "killed", "member", "migrant",
    "official", "patient", "prisoner", "refugee", "soldier", "student", "voter", "woman", "worker",
})
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def _qualifier(lex: Lexicon, text: str, m: re.Match[str], post_surface: str | None, vague: bool) -> tuple[str, int]:
    """The qualifier of one match ("about", "at_least"...) and where the quantity starts."""
    pre = m.group("pre")
    before = text[max(0, m.start() - 12) : m.start()].split()
    if pre and before and lex.folder.fold(before[-1]) in lex.qualifier_blockers:
        # "ساحل کے قریب 12": near the coast, then the count.
        return "exact", m.start("cur") if m.group("cur") else m.start("n1")
    if pre:
        return lex.pre_qualifiers.get(" ".join(lex.folder.fold(pre).split()), "exact"), m.start()
    if post_surface:
        return str(lookup_phrase(lex, lex.post_qualifiers, post_surface.strip()) or "exact"), m.start()
    return ("about" if vague else "exact"), m.start()


def _compound(lex: Lexicon, head: tuple[float, float], head_multiplier: str, more: str) -> tuple[float, float, float]:
    """A number written in parts, each with its multiplier: "1 लाख 20 हज़ार" adds up
    (120,000); a multiplier larger than the first part's, closing the last part, scales
    them all: "૩ લાખ ૪૮ હજાર કરોડ" is (3 lakh + 48 thousand) crore, 3.48 lakh crore."""
    low, high = head
    parts = [(digits_value(p.group(1)), multiplier_values(lex, p.group(2))) for p in lex.number_and_multiplier.finditer(more)]
    if not parts:
        return low, high, 0.0
    first, last = multiplier_values(lex, head_multiplier), parts[-1][1]
    common = math.prod(last[1:]) if first and len(last) >= 2 and last[-1] > first[0] else 1.0
    for value, multipliers in parts:
        extra = value * math.prod(multipliers)
        low, high = low + extra / common, high + extra / common
    return low * common, high * common, float(math.prod(last))


def _quantity_at(
    lex: Lexicon, text: str, m: re.Match[str], dates: list[tuple[int, int]]
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
    if is_digits and is_year_like(n1) and is_year(lex, text, n1_start, n1_end):
        return None, n1_end

    first = number_value(lex, n1)
    if first is None:
        return None, n1_end
    low, high = first[0] * multiplier_value(lex, g("m1")), first[1] * multiplier_value(lex, g("m1"))
    step = 0.0
    if g("more"):
        low, high, step = _compound(lex, (low, high), g("m1"), g("more"))
        head_end = m.end("more")
    end = m.end()
    unit_surface, pct_surface, post_surface = g("unit"), g("pct"), g("post") or g("post2")
    is_vague = not is_digits and isinstance(lookup_phrase(lex, lex.vague, n1), tuple)
    if g("n2"):
        second = number_value(lex, g("n2"))
        second_factor = multiplier_value(lex, g("m2"))
        if second is not None and not g("m1") and g("m2") and first[0] < second[0]:
            # "25 to 30 thousand": the multiplier of the second end applies to both.
            low = first[0] * second_factor
        if second is None or (is_digits and is_year_like(g("n2"))) or not low < second[1] * second_factor:
            # Not a range after all ("2020 से 300 सैनिक"): keep the first number alone.
            end, unit_surface, pct_surface, post_surface = head_end, None, None, None
        else:
            high = second[1] * second_factor
    if not g("m1") and not g("cur") and lex.clock_after.match(text, n1_end):
        # "दोपहर 12 बजे", "बारा वाजता", "4 a.m.": the hour of a bulletin, not a count
        # (nor a count of what follows the clock word).
        return None, n1_end
    if not g("n2") and not g("m1") and not unit_surface and not pct_surface and not g("pre") and not g("cur"):
        single = lex.folder.fold(n1)
        if single in lex.ambiguous_number_words:
            return None, end

    qualifier, start = _qualifier(lex, text, m, post_surface, is_vague)

    unit: str | None = None
    unit_text: str | None = None
    if pct_surface:
        unit, unit_text = "percent", pct_surface
    elif unit_surface:
        unit = unit_concept(lex, unit_surface)
        unit_text = strip_case_suffix(lex, unit_surface) if unit else None
        if unit is None or (g("cur") and unit in _TIME_UNITS):
            unit, unit_text = None, None
            end = m.start("gap") if g("gap") else m.start("unit")
    if g("cur") and (unit is None or unit in _CURRENCY_UNITS):
        unit = lex.currency.get(lex.folder.fold(g("cur")))
        unit_text = unit_text or g("cur")
    surface = text[start:end].rstrip()
    end = start + len(surface)
    return (
        Quantity(start, end, surface, _round(low), _round(high), qualifier, unit, unit_text, step),
        max(end, n1_end),
    )


#: Words a count may stand after its "number of" noun: "मृतकों की संख्या 31",
#: "the death toll rose to 47", "મૃત્યુઆંક વધીને 47".
COUNT_NOUN_GAP = 3
_WORDS = re.compile(r"[^\s\d.,;:!?()\"'“”‘’।۔،]+")


def _counted_before(lex: Lexicon, text: str, start: int) -> tuple[str, str] | None:
    """The thing a bare count counts when a "number of" noun comes shortly before it:
    the noun beside that word (before it, or after it with "of"), or the head of a
    compound that ends in it."""
    if not lex.count_nouns:
        return None
    words = _WORDS.findall(text[max(0, start - 80) : start])
    for n in range(len(words) - 1, max(-1, len(words) - 1 - COUNT_NOUN_GAP - 1), -1):
        word = lex.folder.fold(words[n])
        for noun in lex.count_nouns:
            if word == noun or (word.endswith(noun) and len(word) > len(noun) + 1):
                head = words[n][: len(words[n]) - len(noun)] if word != noun else ""
                candidates = [head] if head else [*reversed(words[max(0, n - 2) : n]), *words[n + 1 : n + 3]]
                for candidate in candidates:
                    concept = unit_concept(lex, candidate) if candidate else None
                    if concept is not None:
                        return concept, strip_case_suffix(lex, candidate)
                return None
    return None


def _round(value: float) -> float:
    """Drop float noise from multiplying decimals (1.2 * 10**6)."""
    return float(round(value, 6))


#: A number word said twice is distributive in the Indian languages ("चार-चार लाख
#: रुपये", four lakh each; "دو دو", "پانچ پانچ لاکھ", written apart in Urdu): one value,
#: not a sum or a range.
_REDUPLICATED = re.compile(r"(?<![^\s(])([^\s\d\-‐]+)(?:[-‐]|\s)\1(?=[\s,.;:)]|$)")


@cache
def _hyphened_multiplier(lang: str) -> re.Pattern[str]:
    words = sorted(lexicon_for(lang).multipliers, key=len, reverse=True)
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<=\d)[-‐](?=(?:{'|'.join(map(re.escape, words))})(?!\w))", re.IGNORECASE)


@cache
def _hyphened_noun(lang: str) -> re.Pattern[str]:
    """A figure or number word, a hyphen and a word that is no number ("twenty-two" is
    one number) nor an age."""
    lex = lexicon_for(lang)
    words = lex.folder.alternation(lex.number_words)
    start, end, letter = _not_after_letter(), _not_before_letter(), _letter()
    # "a 10-year-old boy" is an age, no count of years.
    return re.compile(
        rf"(\d|{start}(?:{words}))[-‐](?!(?:{words}){end})(?!{letter}+[-‐]old\b)(?={letter})", re.IGNORECASE
    )


@cache
def _article_one(lang: str) -> re.Pattern[str]:
    lex = lexicon_for(lang)
    ones = [w for w, v in lex.number_words.items() if v == 1]
    others = [w for w, v in lex.number_words.items() if v >= 3]  # "एक दो" is one or two
    if not ones or not others or lang == "en":  # English writes "a", not "one"
        return re.compile(r"(?!)")
    start, end = _not_after_letter(), _not_before_letter()
    return re.compile(rf"{start}(?:{lex.folder.alternation(ones)})\s+(?=(?:{lex.folder.alternation(others)}){end})")


def _once(m: re.Match[str]) -> str:
    # Blanks keep every offset into the text.
    return m.group(1) + " " * (len(m.group(0)) - len(m.group(1)))


def extract_quantities(text: str, lang: str) -> list[Quantity]:
    """Find the stated quantities in ``text``.

    Years (also "2030 तक", by 2030), dates, ordinals, clock times ("12 बजे") and
    identifiers (``G20``, ``Su-57``) are not quantities. A count with no noun after it
    counts the noun of a "number of" word shortly before it ("मृतकों की संख्या 31"). ``ઓછામાં ઓછી 100 બેલિસ્ટિક મિસાઇલો`` is ``at_least`` 100 ``missile``;
    ``11,000 થી વધુ સૈનિકો`` is ``more_than`` 11000 ``soldier``.

    Args:
        text: The analysed text (a sentence or more).
        lang: ISO 639-1 code; a language without ``numbers.py`` gets digits, ``%`` and currency signs only.

    Returns:
        The quantities in text order, with character offsets into ``text``.
    """
    lex = lexicon_for(lang)
    dates = [(d.start, d.end) for d in extract_dates(text, lang) if d.day is not None or d.year is not None]
    original, text = text, _REDUPLICATED.sub(_once, text)
    # "a Rs 10,801-crore budget", "a $5-billion deal": one figure written as a compound
    # adjective, not the range 10,801 to a crore.
    text = _hyphened_multiplier(lang).sub(" ", text)
    # "a three-storey building", "the 21-km race": the counted noun joined by a hyphen.
    text = _hyphened_noun(lang).sub(r"\1 ", text)
    # "ایک چار منزلہ عمارت", "एक तीन साल का बच्चा": "one" before another number word is the
    # article "a", not the start of a range one to four.
    text = _article_one(lang).sub(lambda m: " " * len(m.group()), text)
    found: list[Quantity] = []
    position = 0
    while True:
        m = lex.quantity.search(text, position)
        if m is None:
            return _joined_durations(lang, original, found)
        quantity, resume = _quantity_at(lex, text, m, dates)
        if quantity is not None and quantity.unit is None:
            counted = _counted_before(lex, text, quantity.start)
            if counted is not None:
                quantity = replace(quantity, unit=counted[0], unit_text=counted[1])
        if quantity is not None:
            quantity = _with_fraction_prefix(lang, original, quantity)
            found.append(replace(quantity, text=original[quantity.start : quantity.end]))
        position = max(resume, m.start() + 1)


def _joined_durations(lang: str, text: str, found: list[Quantity]) -> list[Quantity]:
    """Hours and the minutes after them as one duration ("5 hours and 40 minutes", "પાંચ
    કલાક અને ચાલીસ મિનિટ": 5.67 hours), so that "nearly six hours" elsewhere agrees."""
    from ..lang import defaults_or_neutral

    if not any(q.unit == "minute" for q in found):
        return found
    grammar = defaults_or_neutral(lang).attribution
    joiners = {"and", *(w.lower() for w in (grammar.conjunctions if grammar is not None else ()))}
    out: list[Quantity] = []
    for q in found:
        last = out[-1] if out else None
        if (
            last is not None and last.unit == "hour" and q.unit == "minute" and last.low == last.high
            and q.low == q.high and q.low < 60 and q.qualifier == "exact"
            and set(text[last.end : q.start].lower().split()) <= joiners
        ):
            value = round(last.low + q.low / 60, 2)
            out[-1] = replace(last, end=q.end, text=text[last.start : q.end], low=value, high=value)
            continue
        out.append(q)
    return out


def _with_fraction_prefix(lang: str, text: str, quantity: Quantity) -> Quantity:
    """The quantity with the fraction a word before it adds to its first number, under
    the multipliers after it ("साढ़े तीन लाख": 3 lakh becomes 3.5 lakh; "साढ़े तीन सौ करोड़"
    350 crore; "सवा लाख" 1.25 lakh;
    "સાડા નવસો" 950): the word joins the quantity's span, and a fraction of a thousand or
    more is a round figure ("about")."""
    from ..lang import defaults_or_neutral

    prefixes = defaults_or_neutral(lang).numbers.fraction_prefixes
    if not prefixes or quantity.low != quantity.high:
        return quantity
    before = text[: quantity.start].rstrip()
    word = next((p for p in prefixes if before.endswith(p) and (len(before) == len(p) or before[-len(p) - 1].isspace())), None)
    if word is None:
        return quantity
    lex = lexicon_for(lang)
    first = lex.folder.fold(text[quantity.start : quantity.end]).split()[0]
    if first in lex.multipliers:
        base = 1.0  # "सवा लाख": a lakh and a quarter
    elif first in lex.number_words:
        base = float(lex.number_words[first])
    elif first.replace(",", "").isdigit():
        base = float(first.replace(",", ""))
    else:
        return quantity
    if base >= 200 and base < 1000 and base % 100 == 0 and not first.isdigit():
        base /= 100  # a one-word hundred: "નવસો" is 9 hundreds
    if base == 0:
        return quantity
    scale = quantity.low / base  # "साढ़े तीन सौ करोड़": 3.5 of (100 crore)
    value = _round((base + prefixes[word]) * scale)
    # "सव्वा लाख" is a round figure for about 1,23,640, as "about a lakh and a quarter".
    qualifier = "about" if scale >= 1000 and quantity.qualifier == "exact" else quantity.qualifier
    return replace(quantity, start=len(before) - len(word), low=value, high=value, qualifier=qualifier)


def extract_clock_hours(text: str, lang: str) -> frozenset[float]:
    """The hours the text gives by a clock word ("दोपहर 12 बजे" 12, "बारा वाजता" 12,
    "4 a.m." 4): what :func:`extract_quantities` leaves out as times."""
    lex = lexicon_for(lang)
    hours: set[float] = set()
    for m in lex.quantity.finditer(text):
        if lex.clock_after.match(text, m.end("n1")):
            value = number_value(lex, m.group("n1"))
            if value is not None and value[0] == value[1]:
                hours.add(value[0])
    return frozenset(hours)


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
