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
* A number before a clock word (``12 बजे``, ``बारा वाजता``, ``4 a.m.``) is a time, not a
  count (:func:`extract_clock_hours` gives it).
* Vague plurals (``dozens``, ``hundreds``, ``સેંકડો``, ``हज़ारों``) are intervals with the
  qualifier ``about``.
* The counted noun is looked for right after the number, skipping at most two words
  (adjectives such as "ballistic"), but never across a stop word of the language
  (postpositions, auxiliaries, conjunctions) or punctuation.
"""

from __future__ import annotations

from .dates import DateMention, extract_dates
from .negation import find_negations
from .numbers import PEOPLE_UNITS, QUALIFIERS, Quantity, compare_quantities, extract_clock_hours, extract_quantities

__all__ = [
    "PEOPLE_UNITS",
    "QUALIFIERS",
    "DateMention",
    "Quantity",
    "compare_quantities",
    "extract_clock_hours",
    "extract_dates",
    "extract_quantities",
    "find_negations",
]
