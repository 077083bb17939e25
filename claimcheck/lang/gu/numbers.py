"""Gujarati number words, multipliers, qualifiers and the units counted after a number.

Plain data read by :mod:`claimcheck.quantities`. Spelling variants (ઇ/ઈ, િ/ી, ુ/ૂ, ઓ/ઑ)
are folded by :data:`SPELLING_VARIANTS`, so each word is listed once.

The cardinals 0-100 are generated from a maintained library into :mod:`.cardinals`
(committed data, not a run-time dependency: :mod:`claimcheck.lang.generate_numbers` says
why); this module adds the spellings news also uses, the fractions and all the other
words.
"""

from __future__ import annotations

from ..base import NumberData
from .cardinals import CARDINALS

CARDINAL_VARIANTS: dict[str, float] = {
    "દશ": 10, "પચીસ": 25, "તેવીસ": 23, "ચોંત્રીસ": 34, "અડત્રીસ": 38, "ઓગણચાળીસ": 39,
    "ચાળીસ": 40, "બેતાલીસ": 42, "તેંતાલીસ": 43, "ચુમ્માલીસ": 44, "ચુમાલીસ": 44,
    "છેંતાલીસ": 46, "ઓગણસાઠ": 59, "સાઠ": 60, "બાસઠ": 62, "ચોંસઠ": 64, "છાસઠ": 66,
    "ઇકોતેર": 71, "બોતેર": 72, "તોતેર": 73, "ચુમ્મોતેર": 74, "છોંતેર": 76, "સિત્યોતેર": 77,
    "ઇઠ્યોતેર": 78, "ઓગણાએંસી": 79, "એંશી": 80, "બ્યાસી": 82, "ત્યાસી": 83, "છયાસી": 86,
    "છ્યાસી": 86,
    # Hundreds written as one word, as news writes them ("છસો કરોડ"; the library writes "છ સો").
    "ત્રણસો": 300, "ચારસો": 400, "પાંચસો": 500, "છસો": 600, "સાતસો": 700, "આઠસો": 800, "નવસો": 900,
}
"""Spellings of 0-99 that news also uses and the generated table (:mod:`.cardinals`) does
not give (written from knowledge of the language)."""

FRACTIONS: dict[str, float] = {"દોઢ": 1.5, "અઢી": 2.5}
"""One and a half, two and a half: used alone and before multipliers ("અઢી લાખ")."""

FRACTIONAL_HUNDREDS: dict[str, float] = {"સવાસો": 125, "દોઢસો": 150, "પોણાબસો": 175, "અઢીસો": 250}
"""A fraction and "સો" (hundred) written as one word ("દોઢસો લોકો", 150 people)."""

NUMBER_WORDS: dict[str, float] = (
    {word: n for n, word in CARDINALS.items() if (n < 100 or (n > 100 and " " not in word))} | CARDINAL_VARIANTS | FRACTIONS
    | FRACTIONAL_HUNDREDS
)
"""Cardinal number words and their values: the generated table up to 99 and its
one-word hundreds ("सहाशे", "બસો"; 100 is the
multiplier ``સો``), its variants and the fractions."""

FRACTION_PREFIXES: dict[str, float] = {"સાડા": 0.5, "સવા": 0.25, "પોણા": -0.25}
"""Words before a number that add a fraction to it: a half, a quarter, less a quarter."""

AMBIGUOUS_NUMBER_WORDS: tuple[str, ...] = ("એક", "બાર", "નવ", "બસો")
"""Words that count only with a unit or multiplier (એક is also the article "a", બસો the
plural of "bus")."""

MULTIPLIERS: dict[str, float] = {
    "સો": 100, "હજાર": 1_000, "લાખ": 100_000, "કરોડ": 10_000_000, "અબજ": 1_000_000_000,
    "મિલિયન": 1_000_000, "બિલિયન": 1_000_000_000, "ડઝન": 12,
}
"""Words that multiply the number before them ("3 કરોડ", "અઢી લાખ")."""

NUMBER_JOINERS: tuple[str, ...] = ()
"""Words allowed between number words of one number."""

VAGUE_QUANTITIES: dict[str, tuple[float, float]] = {
    "ડઝનબંધ": (24, 99), "ડઝનો": (24, 99), "સેંકડો": (200, 999), "સેકડો": (200, 999),
    "હજારો": (2_000, 9_999), "લાખો": (200_000, 9_999_999), "કરોડો": (20_000_000, 99_999_999),
}
"""Vague plurals and the interval they stand for; their qualifier is ``about``."""

PRE_QUALIFIERS: dict[str, str] = {
    "ઓછામાં ઓછા": "at_least", "ઓછામાં ઓછી": "at_least", "ઓછામાં ઓછું": "at_least",
    "ઓછામાં ઓછાં": "at_least", "લઘુતમ": "at_least",
    "લગભગ": "about", "આશરે": "about", "અંદાજે": "about", "અંદાજિત": "about", "અંદાજીત": "about",
    "તકરીબન": "about", "આશરે લગભગ": "about", "અંદાજે લગભગ": "about",
    "વધુમાં વધુ": "up_to", "મહત્તમ": "up_to", "વધુથી વધુ": "up_to",
}
"""Qualifiers written before the number."""

POST_QUALIFIERS: dict[str, str] = {
    "થી વધુ": "more_than", "થી વધારે": "more_than", "થી પણ વધુ": "more_than",
    "થી પણ વધારે": "more_than", "કરતાં વધુ": "more_than", "કરતા વધુ": "more_than",
    "કરતાં વધારે": "more_than", "કરતા વધારે": "more_than", "કરતાં પણ વધુ": "more_than",
    "થી ઓછા": "less_than", "થી ઓછી": "less_than", "થી ઓછું": "less_than", "કરતાં ઓછા": "less_than",
    "કરતાં ઓછી": "less_than", "કરતા ઓછા": "less_than",
    "સુધી": "up_to", "સુધીના": "up_to", "સુધીની": "up_to",
    "ની આસપાસ": "about", "આસપાસ": "about", "જેટલા": "about", "જેટલી": "about", "જેટલું": "about",
    "થી વધુ પણ": "more_than", "કે તેથી વધુ": "at_least", "કે વધુ": "at_least",
}
"""Qualifiers written after the number ("11,000 થી વધુ"), fused or spaced."""

RANGE_CONNECTORS: tuple[str, ...] = ("થી", "-", "–", "—", "કે", "થી લઈને")
"""Words or signs between the two ends of a range ("25,000 થી 30,000")."""

CURRENCY_PREFIXES: dict[str, str] = {"રૂ.": "rupee", "રૂ": "rupee", "રુ.": "rupee", "₹": "rupee", "$": "dollar"}
"""Currency signs written before the number."""

PERCENT_WORDS: tuple[str, ...] = ("%", "ટકા", "ટકાનો", "ટકાની", "ટકાના", "ટકો", "પ્રતિશત")
"""Words after a number that make it a percentage."""

ORDINAL_SUFFIXES: tuple[str, ...] = ("લી", "લો", "લું", "જી", "જો", "જું", "થો", "થું", "મી", "મો", "મું", "ઠ્ઠી", "ઠ્ઠો", "ઠ્ઠું")
"""Suffixes fused onto digits that make an ordinal ("11મી", "2જી"); ordinals are not counts."""

CASE_SUFFIXES: tuple[str, ...] = (
    "ે", "એ", "માં", "ના", "ની", "નું", "નો", "નાં", "ને", "થી", "નુ", "મા", "માંથી", "માંના",
    "ના રોજ", "એથી",
)
"""Case endings fused onto a word ("જૂનમાં", "રવિવારે", "કરોડનું")."""

UNIT_GAP_STOPWORDS: tuple[str, ...] = (
    "માં", "ને", "થી", "પર", "અને", "કે", "છે", "હતા", "હતી", "હતો", "હતું", "ના", "ની", "નો",
    "નું", "એ", "પણ", "તો", "જ", "સાથે", "માટે", "વચ્ચે", "દ્વારા", "સુધી", "પછી", "પહેલાં", "તેમ",
    "અથવા", "કરતાં", "આ", "તે", "જે",
)
"""Words that may not stand between a number and its counted noun."""

UNIT_STEMS: dict[str, str] = {
    "મિસાઇલ": "missile", "મિસાઈલો": "missile", "પ્રક્ષેપાસ્ત્ર": "missile", "રોકેટ": "rocket",
    "ડ્રોન": "drone", "ટેન્ક": "tank", "ટેંક": "tank", "વિમાન": "aircraft", "હેલિકોપ્ટર": "aircraft",
    "જહાજ": "ship", "યુદ્ધજહાજ": "ship", "બોમ્બ": "bomb", "ગોળા": "shell", "હથિયાર": "weapon",
    "શસ્ત્ર": "weapon", "સૈનિક": "soldier", "જવાન": "soldier", "સિપાહી": "soldier",
    "ફોજી": "soldier", "લોકો": "person", "વ્યક્તિ": "person", "માણસ": "person", "નાગરિક": "person",
    "બાળક": "child", "બાળકો": "child", "મહિલા": "woman", "સ્ત્રી": "woman", "દેશ": "country",
    "રાષ્ટ્ર": "country", "મૃત્યુ": "killed", "મોત": "killed", "મૃતક": "killed", "માર્યા": "killed",
    "ઘાયલ": "injured", "ઇજાગ્રસ્ત": "injured", "રૂપિયા": "rupee", "રૂપિયો": "rupee",
    "ડોલર": "dollar", "યુરો": "euro", "કિલોમીટર": "km", "કિમી": "km", "કિ.મી": "km",
    "કિલોગ્રામ": "kg", "કિલો": "kg", "દિવસ": "day", "અઠવાડિય": "week", "સપ્તાહ": "week",
    "મહિન": "month", "વર્ષ": "year", "કલાક": "hour", "મિનિટ": "minute", "ગામ": "village",
    "શહેર": "city", "ઇમારત": "building", "મકાન": "house", "બેઠકો": "seat", "સીટ": "seat",
    # બેઠક is "meeting" (શિખર બેઠક) and, in the plural after a count, "seats" (156 બેઠકો).
    "બેઠક": "meeting",
    "મીટિંગ": "meeting", "કરાર": "agreement", "સમજૂતી": "agreement", "અધિકારી": "official",
    "સભ્ય": "member", "વિદ્યાર્થી": "student", "કામદાર": "worker", "મજૂર": "worker",
    "કેદી": "prisoner", "શરણાર્થી": "refugee", "વાહન": "vehicle", "દર્દી": "patient",
    "પત્રકાર": "journalist", "બંધક": "hostage",
    # Currencies of world news (a count of dinars is no count of people).
    "પાઉન્ડ": "pound", "યુઆન": "yuan", "રૂબલ": "rouble", "દિરહમ": "dirham", "રિયાલ": "riyal", "દિનાર": "dinar", "દીનાર": "dinar", "લીરા": "lira", "પેસો": "peso",
    # Storeys of a building ("a three-storey building", "चार मंजिला इमारत").
    "માળ": "storey",
    # Fire engines ("૨૫ ફાયર ફાઇટરો" in Gujarati copy are the engines; "ફાયરના બંબા").
    "ફાયર ફાઇટર": "fire_engine", "ફાયર ટેન્ડર": "fire_engine", "બંબ": "fire_engine",
    # Trains and flights, counted when services are cancelled or delayed.
    "ટ્રેન": "train", "ફ્લાઇટ": "flight", "ફ્લાઈટ": "flight", "ડબ્બ": "coach", "કોચ": "coach",
    # A match's figures: runs, wickets, goals ("won by 34 runs", "34 રનથી").
    "રન": "run", "વિકેટ": "wicket", "ગોલ": "goal", "ઓવર": "over",
}
"""Counted nouns matched by prefix (મિસાઇલ matches મિસાઇલો, મિસાઇલોનો), mapped to concept ids."""

UNIT_WORDS: dict[str, str] = {
    "ઘર": "house", "ઘરો": "house", "મત": "vote", "મતો": "vote", "ટન": "ton", "કેસ": "case",
    "યેન": "yen",
    # Lengths and rainfall ("21 ફૂટ", "58 મિમી").
    "ફૂટ": "foot", "ફીટ": "foot", "મિમી": "mm", "મિલીમીટર": "mm", "મીટર": "metre", "સેન્ટિમીટર": "cm", "સેમી": "cm",
}
"""Counted nouns matched as whole words only (with case endings)."""

SPELLING_VARIANTS: tuple[str, ...] = ("ઇઈ", "િી", "ઉઊ", "ુૂ", "ઓઑ", "ોૉ", "ંઁ", "એઍ", "ેૅ")
"""Groups of characters that writers use interchangeably (મિસાઇલ/મિસાઈલ, જૂન/જુન)."""

OPTIONAL_MARKS: str = "\u200c\u200d"
"""Zero-width (non-)joiners that may appear anywhere in a word."""

INCREMENT_WORDS: tuple[str, ...] = ("વધારાના", "ફાયદો", "વધારો")
"""Words beside a count that make it new, not a running total (see NumberData)."""

INCREMENT_NEXT_WORDS: tuple[str, ...] = ("વધુ",)
"""Words that make a count new only directly after it."""

TOTAL_WORDS: tuple[str, ...] = ("કુલ",)
"""Words that make a count a total of parts."""

RATE_WORDS: tuple[str, ...] = ("દરરોજ", "પ્રતિદિન", "દર મહિને", "દર કલાકે")
"""Words and phrases beside a count that make it a rate per period ("Rs 25 crore a day")."""

DEMAND_WORDS: tuple[str, ...] = ("માંગ", "માગ", "માંગણી", "માગણી", "માંગી", "માગી", "માંગ્યા", "માગ્યા")
"""Words that make a count what someone asked for ("sought 12 years")."""

COUNT_NOUNS: tuple[str, ...] = ("સંખ્યા", "આંક", "આંકડો")
"""Words for "the number of" a thing, also at the end of a compound: "મૃત્યુઆંક 47"."""

NUMBERS = NumberData(
    number_words=NUMBER_WORDS,
    fraction_prefixes=FRACTION_PREFIXES,
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
    increment_next_words=INCREMENT_NEXT_WORDS,
    earlier_words=("અગાઉ",),
    total_words=TOTAL_WORDS,
    demand_words=DEMAND_WORDS,
    rate_words=RATE_WORDS,
    count_nouns=COUNT_NOUNS,
)
"""Everything above, as :class:`~claimcheck.lang.base.NumberData`."""
