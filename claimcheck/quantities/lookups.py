"""Values of matched surfaces: words looked up in a lexicon's folded tables, digits of
any script, and whether a four-digit number reads as a year."""

from __future__ import annotations

import math
import unicodedata
from itertools import pairwise

from .lexicon import Lexicon

# ---------------------------------------------------------------------------
# Lookups on matched surfaces


def lookup(lex: Lexicon, mapping: dict, surface: str) -> object | None:
    """Value of a whole word in a folded table, trying it bare and without a case ending."""
    key = " ".join(lex.folder.fold(surface).split()).rstrip(".")
    if key in mapping:
        return mapping[key]
    for suffix in lex.case_suffixes:
        if key.endswith(suffix) and key[: -len(suffix)].rstrip() in mapping:
            return mapping[key[: -len(suffix)].rstrip()]
    return None


def lookup_phrase(lex: Lexicon, mapping: dict, surface: str) -> object | None:
    """Like :func:`lookup` for phrases whose words may be separated by any whitespace."""
    return lookup(lex, mapping, " ".join(surface.split()))


def unit_concept(lex: Lexicon, surface: str) -> str | None:
    """Concept id of a counted noun: a whole-word entry, else the longest stem it starts with."""
    found = lookup(lex, lex.unit_words, surface)
    if isinstance(found, str):
        return found
    key = " ".join(lex.folder.fold(surface).split())
    for length in range(len(key), 0, -1):
        concept = lex.unit_stems.get(key[:length])
        if concept is not None:
            return concept
    return None


def strip_case_suffix(lex: Lexicon, surface: str) -> str:
    """The noun without a fused case ending (દેશોના -> દેશો), for :attr:`Quantity.unit_text`."""
    folded = lex.folder.fold(surface)
    for suffix in lex.case_suffixes:
        if len(folded) > len(suffix) + 1 and folded.endswith(suffix) and len(surface) > len(suffix):
            return surface[: -len(suffix)]
    return surface


def digits_value(surface: str) -> float:
    """Value of a digit string of any script, with grouping commas and a decimal point."""
    out = []
    for ch in surface:
        if ch in ",٬":
            continue
        out.append("." if ch in ".٫" else str(unicodedata.digit(ch)))
    return float("".join(out))


def _words_value(lex: Lexicon, surface: str) -> float | None:
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


def number_value(lex: Lexicon, surface: str) -> tuple[float, float] | None:
    """The (low, high) of a number group: digits, a vague plural or number words."""
    if surface[:1].isdigit():
        value = digits_value(surface)
        return value, value
    vague = lookup_phrase(lex, lex.vague, surface)
    if isinstance(vague, tuple):
        return float(vague[0]), float(vague[1])
    pair = _approximate_pair(lex, surface)
    if pair is not None:
        return pair
    words = _words_value(lex, surface)
    return (words, words) if words is not None else None


def _approximate_pair(lex: Lexicon, surface: str) -> tuple[float, float] | None:
    """"पांच-छह लोग", "दो-तीन हज़ार", "five or six": two number words side by side, the
    second larger, are an approximate range, not a sum ("twenty-five" has the larger
    first). Returns (low, high) with any multiplier applied, or ``None``."""
    matches = list(lex.number_word.finditer(surface))
    for first, second in pairwise(matches):
        a = lex.number_words.get(lex.folder.fold(first.group()))
        b = lex.number_words.get(lex.folder.fold(second.group()))
        between = surface[first.end() : second.start()].strip()
        if a is None or b is None or not a < b or between not in {"", "-", "–", "/"}:
            continue
        low = _words_value(lex, surface[: second.start()].rstrip(" -–/") + surface[second.end() :])
        high = _words_value(lex, surface[: first.start()] + surface[second.start() :])
        if low is not None and high is not None:
            return low, high
    return None


def multiplier_values(lex: Lexicon, surface: str | None) -> list[float]:
    """The value of each multiplier word in ``surface``, in order ("हजार करोड़": 1e3, 1e7)."""
    if not surface:
        return []
    return [lex.multipliers.get(lex.folder.fold(match.group()), 1.0) for match in lex.multiplier_word.finditer(surface)]


def multiplier_value(lex: Lexicon, surface: str | None) -> float:
    """Product of the multiplier words in ``surface`` (1 when there are none)."""
    return float(math.prod(multiplier_values(lex, surface)))


def is_year_like(surface: str) -> bool:
    return len(surface) == 4 and surface.isdigit() and 1800 <= digits_value(surface) <= 2100


def is_year(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """Whether the year-like number at ``text[start:end]`` reads as a year rather than a count."""
    if lex.year_cue_before.search(text, max(0, start - 24), start):
        return True
    if lex.count_before.search(text, max(0, start - 40), start):
        return False
    after = lex.count_after.match(text, end)
    if after is None:
        return True
    # "2030 तक", "2028 पर्यंत", "2030 تک": a limit with nothing counted after it is a
    # deadline ("by 2030"), not "up to 2,030".
    limit = lookup_phrase(lex, lex.post_qualifiers, after.group().strip())
    return limit in ("up_to", "less_than") and not lex.count_after.match(text, after.end())
