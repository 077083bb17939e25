"""Urdu number words, multipliers, qualifiers and the units counted after a number.

Plain data read by :mod:`claimcheck.quantities`. Arabic-script letter variants
(ی/ي/ى, ک/ك, ہ/ه) and short-vowel marks (زبر, تنوین: تقریباً/تقریبا) are folded by
:data:`SPELLING_VARIANTS` and :data:`OPTIONAL_MARKS`.

The cardinals 0-100 are generated from a maintained library into :mod:`.cardinals`
(committed data, not a run-time dependency: :mod:`claimcheck.lang.generate_numbers` says
why); this module adds the spellings news also uses, leaves out two homographs of
commoner words (:data:`LEFT_OUT`), and adds the fractions and all the other words.
"""

from __future__ import annotations

from ..base import NumberData
from .cardinals import CARDINALS

CARDINAL_VARIANTS: dict[str, float] = {
    "چھ": 6, "چھہ": 6, "تیئس": 23, "چوون": 54, "تریپن": 53, "تریسٹھ": 63, "چونسٹھ": 64,
    "ستہتر": 77,
}
"""Spellings of 0-99 that news also uses and the generated table (:mod:`.cardinals`) does
not give (written from knowledge of the language)."""

LEFT_OUT: dict[str, str] = {
    "اسی": "80, and far more often اُسی \"that same\" (اسی دن, اسی سال): a unit after it does not tell them apart",
    "بہتر": "72, and far more often بہتر \"better\" (بہتر تعلقات, بہتر دن); 72 is written بہتّر or in digits",
}
"""Generated words not read as numbers, and why: without diacritics they are spelled
like a commoner word, and news writes these numbers in digits."""

FRACTIONS: dict[str, float] = {"ڈیڑھ": 1.5, "ڈھائی": 2.5}
"""One and a half, two and a half: used alone and before multipliers ("ڈھائی لاکھ")."""

NUMBER_WORDS: dict[str, float] = (
    {word: n for n, word in CARDINALS.items() if (n < 100 or (n > 100 and " " not in word)) and word not in LEFT_OUT}
    | CARDINAL_VARIANTS
    | FRACTIONS
)
"""Cardinal number words and their values: the generated table up to 99 and its
one-word hundreds, if any (this language writes them as two; 100 is the
multiplier ``سو``), its variants and the fractions."""

FRACTION_PREFIXES: dict[str, float] = {"ساڑھے": 0.5, "پونے": -0.25}
"""Words before a number that add a fraction to it: a half, a quarter, less a quarter."""

AMBIGUOUS_NUMBER_WORDS: tuple[str, ...] = ("ایک", "دو", "نو", "ستر", "چون", "بیس")
"""Words that count only with a unit or multiplier (ایک is also "a", دو also "give", چون
also "as" in چون و چرا, بیس also "base": فوجی بیس)."""

MULTIPLIERS: dict[str, float] = {
    "سو": 100, "ہزار": 1_000, "لاکھ": 100_000, "کروڑ": 10_000_000, "ارب": 1_000_000_000,
    "کھرب": 100_000_000_000, "ملین": 1_000_000, "بلین": 1_000_000_000, "درجن": 12,
}
"""Words that multiply the number before them ("11 ہزار", "ڈھائی لاکھ")."""

NUMBER_JOINERS: tuple[str, ...] = ()
"""Words allowed between number words of one number."""

VAGUE_QUANTITIES: dict[str, tuple[float, float]] = {
    "درجنوں": (24, 99), "سینکڑوں": (200, 999), "سیکڑوں": (200, 999), "ہزاروں": (2_000, 9_999),
    "لاکھوں": (200_000, 9_999_999), "کروڑوں": (20_000_000, 99_999_999),
}
"""Vague plurals and the interval they stand for; their qualifier is ``about``."""

PRE_QUALIFIERS: dict[str, str] = {
    "کم از کم": "at_least", "کم سے کم": "at_least", "تقریباً": "about", "قریب": "about",
    "قریباً": "about", "لگ بھگ": "about", "تخمیناً": "about", "اندازاً": "about",
    "زیادہ سے زیادہ": "up_to", "زیادہ زیادہ": "up_to",
}
"""Qualifiers written before the number."""

POST_QUALIFIERS: dict[str, str] = {
    "سے زائد": "more_than", "سے زیادہ": "more_than", "سے بھی زیادہ": "more_than",
    "سے بھی زائد": "more_than", "سے اوپر": "more_than", "سے کم": "less_than",
    "سے بھی کم": "less_than", "تک": "up_to", "کے قریب": "about", "کے لگ بھگ": "about",
    "کے آس پاس": "about", "یا اس سے زیادہ": "at_least",
}
"""Qualifiers written after the number ("11,000 سے زائد")."""

RANGE_CONNECTORS: tuple[str, ...] = ("سے", "-", "–", "—", "یا")
"""Words or signs between the two ends of a range ("25,000 سے 30,000")."""

CURRENCY_PREFIXES: dict[str, str] = {"Rs": "rupee", "Rs.": "rupee", "₹": "rupee", "$": "dollar"}
"""Currency signs written before the number."""

PERCENT_WORDS: tuple[str, ...] = ("%", "٪", "فیصد")
"""Words after a number that make it a percentage."""

ORDINAL_SUFFIXES: tuple[str, ...] = ("واں", "ویں", "ویں")
"""Suffixes fused onto digits that make an ordinal; ordinals are not counts."""

CASE_SUFFIXES: tuple[str, ...] = ()
"""Case endings fused onto a word (Urdu writes its postpositions apart)."""

UNIT_GAP_STOPWORDS: tuple[str, ...] = (
    "میں", "کو", "نے", "سے", "پر", "اور", "یا", "ہے", "ہیں", "تھا", "تھے", "تھی", "کا", "کے",
    "کی", "بھی", "ہی", "تک", "لیے", "لئے", "ساتھ", "بعد", "پہلے", "درمیان", "کہ", "یہ", "وہ", "جو",
)
"""Words that may not stand between a number and its counted noun."""

UNIT_STEMS: dict[str, str] = {
    "میزائل": "missile", "راکٹ": "rocket", "ڈرون": "drone", "ٹینک": "tank", "طیار": "aircraft",
    "ہیلی کاپٹر": "aircraft", "جہاز": "ship", "بحری جہاز": "ship", "گولے": "shell",
    "ہتھیار": "weapon", "اسلحہ": "weapon", "فوجی": "soldier", "فوجیوں": "soldier",
    "سپاہی": "soldier", "اہلکار": "soldier", "افراد": "person", "لوگ": "person", "شخص": "person",
    "اشخاص": "person", "شہری": "person", "بچے": "child", "بچوں": "child", "خواتین": "woman",
    "عورت": "woman", "ممالک": "country", "ملکوں": "country", "ہلاک": "killed", "ہلاکت": "killed",
    "جاں بحق": "killed", "جانبحق": "killed", "زخمی": "injured", "روپے": "rupee", "روپیہ": "rupee",
    "روپوں": "rupee", "ڈالر": "dollar", "یورو": "euro", "کلومیٹر": "km", "کلوگرام": "kg",
    "کلو": "kg", "ہفتے": "week", "ہفتوں": "week", "مہین": "month", "سال": "year", "برس": "year",
    "گھنٹ": "hour", "منٹ": "minute", "گاؤں": "village", "دیہات": "village", "شہر": "city",
    "عمارت": "building", "مکان": "house", "ووٹ": "vote", "نشست": "seat", "اجلاس": "meeting",
    "معاہد": "agreement", "عہدیدار": "official", "افسر": "official", "رکن": "member",
    "ارکان": "member", "طلبہ": "student", "طالب علم": "student", "مزدور": "worker",
    "قیدی": "prisoner", "پناہ گزین": "refugee", "گاڑی": "vehicle", "گاڑیاں": "vehicle",
    "مریض": "patient", "صحافی": "journalist", "یرغمال": "hostage",
    # Currencies of world news (a count of dinars is no count of people).
    "پاؤنڈ": "pound", "پاونڈ": "pound", "یوآن": "yuan", "روبل": "rouble", "درہم": "dirham", "ریال": "riyal", "دینار": "dinar", "لیرا": "lira", "پیسو": "peso",
    # Storeys of a building ("a three-storey building", "चार मंजिला इमारत").
    "منزل": "storey",
    # Fire engines ("فائر ٹینڈر", "فائر بریگیڈ کی 18 گاڑیاں" is counted as vehicles).
    "فائر ٹینڈر": "fire_engine",
    # Trains and flights, counted when services are cancelled or delayed.
    "ٹرین": "train", "پرواز": "flight", "پروازوں": "flight", "فلائٹ": "flight", "بوگی": "coach", "بوگیاں": "coach",
}
"""Counted nouns matched by prefix (میزائل, میزائلوں), mapped to concept ids."""

UNIT_WORDS: dict[str, str] = {
    "ملک": "country", "دن": "day", "دنوں": "day", "ماہ": "month", "گھر": "house", "گھروں": "house",
    "بم": "bomb", "ٹن": "ton", "کیس": "case", "کیسز": "case",
    "ین": "yen",
    # A match's figures: runs, wickets, goals ("won by 34 runs", "34 रन से").
    "رن": "run", "رنز": "run", "رنوں": "run", "وکٹ": "wicket", "وکٹیں": "wicket", "وکٹوں": "wicket", "گول": "goal",
    "اوور": "over", "اوورز": "over",
    # Lengths and rainfall ("21 فٹ"; "96 ملی میٹر" reads as metres: "ملی" alone is also
    # "found", "5 لاشیں ملی").
    "فٹ": "foot", "ملی‌میٹر": "mm", "میٹر": "metre",
}
"""Counted nouns matched as whole words only (ملک must not match ملکی "national")."""

SPELLING_VARIANTS: tuple[str, ...] = ("یيى", "کك", "ہهة", "ۓے")
"""Groups of Arabic-script letters writers use interchangeably."""

OPTIONAL_MARKS: str = ""
"""Marks that may appear or not anywhere in a word (none: see :data:`FINAL_MARKS`)."""

FINAL_MARKS: str = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u200c\u200d"
"""Short-vowel marks, tanwin, shadda, superscript alef and zero-width joiners: news text
writes them almost only at the end of a word (تقریباً), so they are accepted there and
ignored when comparing; a mark inside a word (اُسی) is not matched."""

INCREMENT_WORDS: tuple[str, ...] = ("مزید", "اضافی", "فائدہ", "اضافہ")
"""Words beside a count that make it new, not a running total (see NumberData)."""

INCREMENT_NEXT_WORDS: tuple[str, ...] = ("اور",)
"""Words that make a count new only directly after it."""

TOTAL_WORDS: tuple[str, ...] = ("کل", "مجموعی")
"""Words that make a count a total of parts."""

RATE_WORDS: tuple[str, ...] = ("روزانہ", "یومیہ", "ہر روز", "ماہانہ", "فی گھنٹہ", "ہر ماہ")
"""Words and phrases beside a count that make it a rate per period ("Rs 25 crore a day")."""

DEMAND_WORDS: tuple[str, ...] = ("مطالبہ", "مانگ", "مانگی", "مانگا", "مانگے", "استدعا")
"""Words that make a count what someone asked for ("sought 12 years")."""

COUNT_NOUNS: tuple[str, ...] = ("تعداد",)
"""Words for "the number of" a thing: "ہلاکتوں کی تعداد 47"."""

NUMBERS = NumberData(
    number_words=NUMBER_WORDS,
    fraction_prefixes=FRACTION_PREFIXES,
    ambiguous_number_words=AMBIGUOUS_NUMBER_WORDS,
    multipliers=MULTIPLIERS,
    number_joiners=NUMBER_JOINERS,
    vague_quantities=VAGUE_QUANTITIES,
    pre_qualifiers=PRE_QUALIFIERS,
    qualifier_blockers=("کے",),
    post_qualifiers=POST_QUALIFIERS,
    currency_prefixes=CURRENCY_PREFIXES,
    unit_stems=UNIT_STEMS,
    unit_words=UNIT_WORDS,
    unit_gap_stopwords=UNIT_GAP_STOPWORDS,
    case_suffixes=CASE_SUFFIXES,
    percent_words=PERCENT_WORDS,
    range_connectors=RANGE_CONNECTORS,
    ordinal_suffixes=ORDINAL_SUFFIXES,
    spelling_variants=SPELLING_VARIANTS,
    optional_marks=OPTIONAL_MARKS,
    final_marks=FINAL_MARKS,
    increment_words=INCREMENT_WORDS,
    increment_next_words=INCREMENT_NEXT_WORDS,
    total_words=TOTAL_WORDS,
    demand_words=DEMAND_WORDS,
    rate_words=RATE_WORDS,
    count_nouns=COUNT_NOUNS,
)
"""Everything above, as :class:`~claimcheck.lang.base.NumberData`."""
