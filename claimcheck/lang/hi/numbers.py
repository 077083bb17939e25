"""Hindi number words, multipliers, qualifiers and the units counted after a number.

Plain data read by :mod:`claimcheck.quantities`. Nukta (हज़ार/हजार), chandrabindu and
long/short vowel variants are folded by :data:`SPELLING_VARIANTS` and
:data:`OPTIONAL_MARKS`, so each word is listed once.

The cardinals 0-100 are generated from a maintained library into :mod:`.cardinals`
(committed data, not a run-time dependency: :mod:`claimcheck.lang.generate_numbers` says
why); this module adds the spellings news also uses, the fractions and all the other
words.
"""

from __future__ import annotations

from ..base import NumberData
from .cardinals import CARDINALS

CARDINAL_VARIANTS: dict[str, float] = {
    # Spellings news also uses beside the generated ones (written from knowledge).
    "छह": 6, "छे": 6, "पन्द्रह": 15, "अठारह": 18, "अठाईस": 28, "अठ्ठाईस": 28,
    "इकत्तीस": 31, "तेंतीस": 33, "चौतीस": 34, "उंतालीस": 39, "बियालीस": 42, "तेंतालीस": 43,
    "चवालीस": 44, "चौवालीस": 44, "छयालीस": 46, "इकावन": 51, "तिरपन": 53, "चौव्वन": 54,
    "अठावन": 58, "तिरसठ": 63, "चौसठ": 64, "छियासठ": 66, "सड़सठ": 67,
    "सतत्तर": 77, "अठत्तर": 78, "उनासी": 79, "उन्नासी": 79, "बियासी": 82, "तेरासी": 83,
    "अट्ठासी": 88, "इक्यानबे": 91, "बानबे": 92, "तिरानबे": 93, "चौरानबे": 94, "पचानबे": 95,
    "छियानबे": 96, "सत्तानबे": 97, "अठानवे": 98, "अट्ठानबे": 98, "निन्यानबे": 99,
}
"""Spellings of 0-99 that the generated table (:mod:`.cardinals`) does not give."""

FRACTIONS: dict[str, float] = {"डेढ़": 1.5, "ढाई": 2.5}
"""One and a half, two and a half: used alone and before multipliers ("ढाई लाख")."""

NUMBER_WORDS: dict[str, float] = (
    {word: n for n, word in CARDINALS.items() if (n < 100 or (n > 100 and " " not in word))} | CARDINAL_VARIANTS | FRACTIONS
)
"""Cardinal number words and their values: the generated table up to 99 and its
one-word hundreds, if any (this language writes them as two; 100 is the
multiplier ``सौ``), its variants and the fractions."""

FRACTION_PREFIXES: dict[str, float] = {"साढ़े": 0.5, "साढे": 0.5, "सवा": 0.25, "पौने": -0.25}
"""Words before a number that add a fraction to it: a half, a quarter, less a quarter."""

AMBIGUOUS_NUMBER_WORDS: tuple[str, ...] = ("एक", "दो", "नौ")
"""Words that count only with a unit or multiplier (एक is also "a", दो also "give")."""

MULTIPLIERS: dict[str, float] = {
    "सौ": 100, "हज़ार": 1_000, "लाख": 100_000, "करोड़": 10_000_000, "अरब": 1_000_000_000,
    "खरब": 100_000_000_000, "मिलियन": 1_000_000, "बिलियन": 1_000_000_000, "दर्जन": 12,
}
"""Words that multiply the number before them ("11 हज़ार", "ढाई लाख")."""

NUMBER_JOINERS: tuple[str, ...] = ()
"""Words allowed between number words of one number."""

VAGUE_QUANTITIES: dict[str, tuple[float, float]] = {
    "दर्जनों": (24, 99), "सैकड़ों": (200, 999), "सैंकड़ों": (200, 999), "हज़ारों": (2_000, 9_999),
    "लाखों": (200_000, 9_999_999), "करोड़ों": (20_000_000, 99_999_999),
}
"""Vague plurals and the interval they stand for; their qualifier is ``about``."""

PRE_QUALIFIERS: dict[str, str] = {
    "कम से कम": "at_least", "न्यूनतम": "at_least", "कम-से-कम": "at_least",
    "लगभग": "about", "करीब": "about", "क़रीबन": "about", "तकरीबन": "about", "अनुमानित": "about",
    "अंदाज़न": "about", "लगभग करीब": "about", "तक़रीबन": "about", "क़रीब": "about",
    "ज़्यादा से ज़्यादा": "up_to", "अधिक से अधिक": "up_to", "अधिकतम": "up_to",
}
"""Qualifiers written before the number."""

POST_QUALIFIERS: dict[str, str] = {
    "से अधिक": "more_than", "से ज़्यादा": "more_than", "से भी अधिक": "more_than",
    "से भी ज़्यादा": "more_than", "से ऊपर": "more_than", "से अधिक की संख्या में": "more_than",
    "से कम": "less_than", "से भी कम": "less_than", "तक": "up_to",
    "के करीब": "about", "के आसपास": "about", "के लगभग": "about", "के क़रीब": "about",
    "या उससे अधिक": "at_least", "या अधिक": "at_least",
}
"""Qualifiers written after the number ("11,000 से अधिक")."""

RANGE_CONNECTORS: tuple[str, ...] = ("से", "-", "–", "—", "या")
"""Words or signs between the two ends of a range ("25,000 से 30,000")."""

CURRENCY_PREFIXES: dict[str, str] = {"रु.": "rupee", "रू.": "rupee", "रु": "rupee", "₹": "rupee", "$": "dollar"}
"""Currency signs written before the number."""

PERCENT_WORDS: tuple[str, ...] = ("%", "प्रतिशत", "फ़ीसदी", "फ़ीसद", "परसेंट")
"""Words after a number that make it a percentage."""

ORDINAL_SUFFIXES: tuple[str, ...] = ("वां", "वीं", "वें", "ला", "ली", "ले", "रा", "री", "रे", "था", "थी", "थे")
"""Suffixes fused onto digits that make an ordinal ("11वीं", "2रा"); ordinals are not counts."""

CASE_SUFFIXES: tuple[str, ...] = ()
"""Case endings fused onto a word (Hindi writes its postpositions apart)."""

UNIT_GAP_STOPWORDS: tuple[str, ...] = (
    "में", "को", "ने", "से", "पर", "और", "या", "है", "हैं", "था", "थे", "थी", "भी", "ही", "तक",
    "का", "के", "की", "लिए", "साथ", "बाद", "पहले", "बीच", "द्वारा", "कि", "यह", "वह", "जो", "तो",
)
"""Words that may not stand between a number and its counted noun."""

UNIT_STEMS: dict[str, str] = {
    "मिसाइल": "missile", "प्रक्षेपास्त्र": "missile", "रॉकेट": "rocket", "राकेट": "rocket",
    "ड्रोन": "drone", "टैंक": "tank", "विमान": "aircraft", "हेलीकॉप्टर": "aircraft",
    "जहाज़": "ship", "युद्धपोत": "ship", "गोले": "shell", "हथियार": "weapon", "सैनिक": "soldier",
    "जवान": "soldier", "फ़ौजी": "soldier", "सिपाही": "soldier", "सैन्यकर्मी": "soldier",
    "लोग": "person", "व्यक्ति": "person", "नागरिक": "person", "शख़्स": "person", "बच्च": "child",
    "महिला": "woman", "औरत": "woman", "देश": "country", "राष्ट्र": "country", "मौत": "killed",
    "मृत": "killed", "घायल": "injured", "ज़ख़्मी": "injured", "रुपय": "rupee", "रुपए": "rupee",
    "रुपये": "rupee", "डॉलर": "dollar", "डालर": "dollar", "यूरो": "euro", "किलोमीटर": "km",
    "किमी": "km", "किलोग्राम": "kg", "किलो": "kg", "दिन": "day", "हफ़्त": "week", "सप्ताह": "week",
    "महीन": "month", "साल": "year", "वर्ष": "year", "बरस": "year", "घंट": "hour", "मिनट": "minute",
    "गांव": "village", "शहर": "city", "इमारत": "building", "मकान": "house", "वोट": "vote",
    "सीट": "seat", "बैठक": "meeting", "समझौत": "agreement", "अधिकारी": "official",
    "सदस्य": "member", "छात्र": "student", "मज़दूर": "worker", "कर्मचारी": "worker",
    "क़ैदी": "prisoner", "बंदी": "prisoner", "शरणार्थी": "refugee", "वाहन": "vehicle",
    "मामल": "case", "मरीज़": "patient", "पत्रकार": "journalist", "बंधक": "hostage",
    # Currencies of world news (a count of dinars is no count of people).
    "पाउंड": "pound", "पौंड": "pound", "युआन": "yuan", "रूबल": "rouble", "दिरहम": "dirham", "रियाल": "riyal", "दीनार": "dinar", "दिनार": "dinar", "लीरा": "lira", "पेसो": "peso",
    # Storeys of a building ("a three-storey building", "चार मंजिला इमारत").
    "मंजिल": "storey", "मंज़िल": "storey",
    # Fire engines, counted in every fire story ("25 दमकल गाड़ियां", "18 fire tenders").
    "दमकल": "fire_engine", "फायर टेंडर": "fire_engine", "फ़ायर टेंडर": "fire_engine", "अग्निशमन वाहन": "fire_engine",
    # Trains and flights, counted when services are cancelled or delayed.
    "ट्रेन": "train", "रेलगाड़ि": "train", "रेलगाड़ी": "train", "उड़ान": "flight", "फ्लाइट": "flight",
    "डिब्ब": "coach", "बोगी": "coach", "बोगियां": "coach",
}
"""Counted nouns matched by prefix (मिसाइल matches मिसाइलें, मिसाइलों), mapped to concept ids."""

UNIT_WORDS: dict[str, str] = {
    "घर": "house", "घरों": "house", "बम": "bomb", "बमों": "bomb", "टन": "ton", "येन": "yen",
    # A match's figures: runs, wickets, goals ("won by 34 runs", "34 रन से").
    "रन": "run", "रनों": "run", "विकेट": "wicket", "विकेटों": "wicket", "गोल": "goal", "ओवर": "over", "ओवरों": "over",
    # Lengths and rainfall ("21 फुट", "58 मिमी").
    "फुट": "foot", "फीट": "foot", "मिमी": "mm", "मिलीमीटर": "mm", "मीटर": "metre", "सेंटीमीटर": "cm", "सेमी": "cm",
}
"""Counted nouns matched as whole words only."""

SPELLING_VARIANTS: tuple[str, ...] = (
    "इई", "िी", "उऊ", "ुू", "ओऑ", "ोॉ", "ंँ", "कक़", "खख़", "गग़", "जज़", "डड़", "ढढ़", "फफ़",
)
"""Groups of characters writers use interchangeably (हज़ार/हजार, पाँच/पांच, precomposed nukta letters)."""

OPTIONAL_MARKS: str = "\u093c\u200c\u200d"
"""The nukta and zero-width joiners, which may appear or not (हज़ार, हजार)."""

INCREMENT_WORDS: tuple[str, ...] = ("अतिरिक्त", "फायदा", "फ़ायदा", "बढ़त", "बढ़ोतरी", "बढ़ोत्तरी", "इजाफा", "इज़ाफ़ा", "वृद्धि")
"""Words beside a count that make it new, not a running total (see NumberData)."""

INCREMENT_NEXT_WORDS: tuple[str, ...] = ("और",)
"""Words that make a count new only directly after it."""

TOTAL_WORDS: tuple[str, ...] = ("कुल",)
"""Words that make a count a total of parts."""

RATE_WORDS: tuple[str, ...] = ("प्रतिदिन", "रोजाना", "रोज़ाना", "हर दिन", "प्रति दिन", "प्रतिमाह", "हर महीने", "प्रति घंटे")
"""Words and phrases beside a count that make it a rate per period ("Rs 25 crore a day")."""

DEMAND_WORDS: tuple[str, ...] = ("मांग", "माँग", "मांगी", "माँगी", "मांगा", "माँगा", "मांगे", "माँगे")
"""Words that make a count what someone asked for ("sought 12 years")."""

COUNT_NOUNS: tuple[str, ...] = ("संख्या", "तादाद", "आंकड़ा", "आँकड़ा")
"""Words for "the number of" a thing: "मृतकों की संख्या 31"."""

NUMBERS = NumberData(
    number_words=NUMBER_WORDS,
    fraction_prefixes=FRACTION_PREFIXES,
    ambiguous_number_words=AMBIGUOUS_NUMBER_WORDS,
    multipliers=MULTIPLIERS,
    number_joiners=NUMBER_JOINERS,
    vague_quantities=VAGUE_QUANTITIES,
    pre_qualifiers=PRE_QUALIFIERS,
    qualifier_blockers=("के",),
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
    total_words=TOTAL_WORDS,
    demand_words=DEMAND_WORDS,
    rate_words=RATE_WORDS,
    count_nouns=COUNT_NOUNS,
)
"""Everything above, as :class:`~claimcheck.lang.base.NumberData`."""
