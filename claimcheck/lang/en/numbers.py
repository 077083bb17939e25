"""English number words, multipliers, qualifiers and the units counted after a number.

Plain data read by :mod:`claimcheck.quantities`. Keys are lower case; matching is
case-insensitive.

The cardinals 0-100 are generated from a maintained library into :mod:`.cardinals`
(committed data, not a run-time dependency: :mod:`claimcheck.lang.generate_numbers` says
why); the single words are read here, and compounds are summed.
"""

from __future__ import annotations

from ..base import NumberData
from .cardinals import CARDINALS

NUMBER_WORDS: dict[str, float] = {word: n for n, word in CARDINALS.items() if n < 100 and "-" not in word}
"""Cardinal number words and their values: the generated table's single words (zero to
twenty, the tens). Compounds (``twenty-five``, ``twenty five``) are summed, and 100 is the
multiplier ``hundred``."""

AMBIGUOUS_NUMBER_WORDS: tuple[str, ...] = ("one",)
"""Words that count only with a unit, multiplier, qualifier or currency ("one of them")."""

MULTIPLIERS: dict[str, float] = {
    "hundred": 100, "dozen": 12, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "lakh": 100_000, "lakhs": 100_000, "lac": 100_000,
    "crore": 10_000_000, "crores": 10_000_000, "cr": 10_000_000, "mn": 1_000_000,
    "bn": 1_000_000_000,
}
"""Words that multiply the number before them ("2.5 lakh", "1.2 million", "$3bn")."""

NUMBER_JOINERS: tuple[str, ...] = ("and",)
"""Words allowed between number words of one number ("two hundred and fifty")."""

VAGUE_QUANTITIES: dict[str, tuple[float, float]] = {
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999), "lakhs of": (200_000, 9_999_999),
}
"""Vague plurals and the interval they stand for; their qualifier is ``about``."""

PRE_QUALIFIERS: dict[str, str] = {
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "not less than": "at_least", "a minimum of": "at_least", "minimum": "at_least",
    "more than": "more_than", "over": "more_than", "above": "more_than", "upwards of": "more_than",
    "in excess of": "more_than", "over and above": "more_than",
    "about": "about", "around": "about", "nearly": "about", "almost": "about", "roughly": "about",
    "approximately": "about", "approx.": "about", "some": "about", "close to": "about",
    "an estimated": "about", "estimated": "about",
    "up to": "up_to", "as many as": "up_to", "at most": "up_to", "no more than": "up_to",
    "not more than": "up_to", "a maximum of": "up_to", "maximum": "up_to",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than", "below": "less_than",
}
"""Qualifiers written before the number."""

POST_QUALIFIERS: dict[str, str] = {
    "or more": "at_least", "plus": "more_than", "or so": "about", "odd": "about",
    "or fewer": "up_to", "or less": "up_to",
}
"""Qualifiers written after the number ("100 or more")."""

RANGE_CONNECTORS: tuple[str, ...] = ("to", "-", "–", "—", "or")
"""Words or signs between the two ends of a range ("25,000 to 30,000")."""

CURRENCY_PREFIXES: dict[str, str] = {
    "$": "dollar", "us$": "dollar", "usd": "dollar", "₹": "rupee", "rs.": "rupee", "rs": "rupee",
    "inr": "rupee", "€": "euro", "eur": "euro", "£": "pound", "gbp": "pound", "¥": "yen",
}
"""Currency signs written before the number, mapped to the unit concept."""

PERCENT_WORDS: tuple[str, ...] = ("%", "percent", "per cent", "pc", "percentage points")
"""Words after a number that make it a percentage."""

ORDINAL_SUFFIXES: tuple[str, ...] = ("st", "nd", "rd", "th")
"""Suffixes fused onto digits that make an ordinal ("2nd"); ordinals are not counts."""

CASE_SUFFIXES: tuple[str, ...] = ()
"""Case endings fused onto a word (English has none)."""

UNIT_GAP_STOPWORDS: tuple[str, ...] = (
    "in", "on", "at", "to", "from", "by", "and", "or", "but", "than", "for", "with", "was", "were",
    "is", "are", "has", "had", "have", "will", "would", "said", "says", "that", "which", "who",
    "as", "per", "since", "until", "after", "before", "into",
)
"""Words that may not stand between a number and its counted noun."""

UNIT_STEMS: dict[str, str] = {
    "missile": "missile", "rocket": "rocket", "drone": "drone", "tank": "tank",
    "aircraft": "aircraft", "plane": "aircraft", "jet": "aircraft", "helicopter": "aircraft",
    "warship": "ship", "ship": "ship", "vessel": "ship", "shell": "shell", "bomb": "bomb",
    "weapon": "weapon", "soldier": "soldier", "troop": "soldier", "servicem": "soldier",
    "personnel": "soldier", "person": "person", "people": "person", "civilian": "civilian",
    "resident": "person", "citizen": "person", "individual": "person", "child": "child",
    "countr": "country", "nation": "country", "death": "killed", "fatalit": "killed",
    "casualt": "casualty", "injur": "injured", "wounded": "injured", "dollar": "dollar",
    "rupee": "rupee", "euro": "euro", "kilomet": "km", "mile": "mile", "metre": "metre",
    "meter": "metre", "kilogram": "kg", "tonne": "ton", "minute": "minute", "hour": "hour",
    "day": "day", "week": "week", "month": "month", "year": "year", "village": "village",
    "city": "city", "cities": "city", "town": "town", "house": "house", "home": "house",
    "building": "building", "vote": "vote", "seat": "seat", "meeting": "meeting",
    "agreement": "agreement", "official": "official", "member": "member", "student": "student",
    "worker": "worker", "labourer": "worker", "journalist": "journalist", "prisoner": "prisoner",
    "detainee": "prisoner", "refugee": "refugee", "migrant": "migrant", "vehicle": "vehicle",
    "truck": "vehicle", "patient": "patient", "hostage": "hostage",
    # Currencies of world news (a count of dinars is no count of people).
    "yuan": "yuan", "renminbi": "yuan", "rouble": "rouble", "ruble": "rouble", "dirham": "dirham", "riyal": "riyal", "rial": "riyal", "dinar": "dinar", "lira": "lira", "peso": "peso", "shekel": "shekel", "ringgit": "ringgit", "baht": "baht",
    # Storeys of a building ("a three-storey building", "चार मंजिला इमारत").
    "storey": "storey", "storie": "storey",
    # Fire engines, counted in every fire story ("18 fire tenders", "25 दमकल गाड़ियां").
    "fire tender": "fire_engine", "fire engine": "fire_engine", "fire truck": "fire_engine",
    # Trains and flights, counted when services are cancelled or delayed.
    "train": "train", "flight": "flight", "coach": "coach", "bogie": "coach", "wagon": "coach",
}
"""Counted nouns matched by prefix (``missile`` matches ``missiles``), mapped to concept ids."""

UNIT_WORDS: dict[str, str] = {
    "men": "person", "man": "person", "women": "woman", "woman": "woman", "killed": "killed",
    "dead": "killed", "km": "km", "kms": "km", "kg": "kg", "kgs": "kg", "ton": "ton", "tons": "ton",
    "car": "vehicle", "cars": "vehicle", "case": "case", "cases": "case", "deal": "agreement",
    "deals": "agreement", "pound": "pound", "pounds": "pound", "yen": "yen", "hrs": "hour",
    "mins": "minute", "yrs": "year",
    # "Two workers died and 23 others were hospitalised": a pronoun for people, as
    # "23 લોકોને" says it (other languages write "अन्य" before a noun as well).
    "others": "person",
    # A match's figures: runs, wickets, goals ("won by 34 runs", "34 रन से").
    "run": "run", "runs": "run", "wicket": "wicket", "wickets": "wicket", "goal": "goal", "goals": "goal",
    "overs": "over",
    # Lengths and rainfall ("23 feet", "58 mm").
    "feet": "foot", "foot": "foot", "ft": "foot", "mm": "mm", "millimetre": "mm", "millimetres": "mm",
    "millimeter": "mm", "millimeters": "mm", "cm": "cm", "centimetre": "cm", "centimetres": "cm", "metres": "metre",
}
"""Counted nouns matched as whole words only (``men`` must not match ``mentioned``)."""

SPELLING_VARIANTS: tuple[str, ...] = ("'’",)
"""Groups of interchangeable characters."""

OPTIONAL_MARKS: str = ""
"""Marks that may appear or not anywhere in a word."""

INCREMENT_WORDS: tuple[str, ...] = (
    "more", "another", "additional", "further", "gain", "gained", "gains", "extra",
    # "an increase of ₹37,310 crore": the rise, not the new total.
    "increase", "hike",
)
"""Words beside a count that make it new, not a running total (see NumberData)."""

TOTAL_WORDS: tuple[str, ...] = ("total", "overall", "cumulative", "altogether")
"""Words that make a count a total of parts."""

RATE_WORDS: tuple[str, ...] = ("a day", "per day", "every day", "each day", "a week", "per week", "a month", "per month", "per hour", "an hour")
"""Words and phrases beside a count that make it a rate per period ("Rs 25 crore a day")."""

DEMAND_WORDS: tuple[str, ...] = ("sought", "seek", "seeks", "seeking", "demanded", "demand", "demands", "demanding", "requested", "asked")
"""Words that make a count what someone asked for ("sought 12 years")."""

COUNT_NOUNS: tuple[str, ...] = ("number", "toll", "tally", "count", "figure")
"""Words for "the number of" a thing: "the death toll rose to 47", "the number of dead"."""

NUMBERS = NumberData(
    number_words=NUMBER_WORDS,
    ambiguous_number_words=AMBIGUOUS_NUMBER_WORDS,
    multipliers=MULTIPLIERS,
    number_joiners=NUMBER_JOINERS,
    vague_quantities=VAGUE_QUANTITIES,
    pre_qualifiers=PRE_QUALIFIERS,
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
    increment_words=INCREMENT_WORDS,
    earlier_words=("earlier", "previously"),
    total_words=TOTAL_WORDS,
    demand_words=DEMAND_WORDS,
    rate_words=RATE_WORDS,
    count_nouns=COUNT_NOUNS,
)
"""Everything above, as :class:`~claimcheck.lang.base.NumberData`."""
