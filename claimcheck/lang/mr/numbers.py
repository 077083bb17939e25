"""Marathi number words, multipliers, qualifiers and the units counted after a number.

Plain data read by :mod:`claimcheck.quantities`. Marathi fuses case endings and
comparison onto the number word ("हजारांहून अधिक", "११,००० पेक्षा जास्त"), so the
post-qualifiers list the fused forms too.

The cardinals 0-100 are generated from a maintained library into :mod:`.cardinals`
(committed data, not a run-time dependency: :mod:`claimcheck.lang.generate_numbers` says
why); this module adds the spellings news also uses, the fractions and all the other
words.
"""

from __future__ import annotations

from ..base import NumberData
from .cardinals import CARDINALS

CARDINAL_VARIANTS: dict[str, float] = {
    "अट्ठावीस": 28, "तेहतीस": 33, "एकेचाळीस": 41, "अट्ठेचाळीस": 48, "एक्कावन": 51, "बावन": 52,
    "त्रेपन": 53, "चोपन्न": 54, "पंचावन": 55, "छप्पन": 56, "सत्तावन": 57, "अठ्ठावन": 58,
    "एकसष्ठ": 61, "बासष्ठ": 62, "त्रेसष्ठ": 63, "चौसष्ठ": 64, "पासष्ठ": 65, "सहासष्ठ": 66,
    "सदुसष्ठ": 67, "अडुसष्ठ": 68, "एक्काहत्तर": 71, "बहात्तर": 72, "शहात्तर": 76,
    "सत्याहत्तर": 77, "अठ्याहत्तर": 78, "पंच्याऐंशी": 85, "सत्याऐंशी": 87, "अठ्याऐंशी": 88,
    "पंच्याण्णव": 95, "शाण्णव": 96, "सत्याण्णव": 97, "अठ्याण्णव": 98,
}
"""Spellings of 0-99 that news also uses and the generated table (:mod:`.cardinals`) does
not give (written from knowledge of the language)."""

FRACTIONS: dict[str, float] = {"दीड": 1.5, "अडीच": 2.5}
"""One and a half, two and a half: used alone and before multipliers ("अडीच लाख")."""

FRACTIONAL_HUNDREDS: dict[str, float] = {
    "सव्वाशे": 125, "दीडशे": 150, "पावणेदोनशे": 175, "अडीचशे": 250,
    **{f"साडे{word}": n + 50 for n, word in ((300, "तीनशे"), (400, "चारशे"), (500, "पाचशे"), (600, "सहाशे"), (700, "सातशे"), (800, "आठशे"), (900, "नऊशे"))},
}
"""A fraction and "शे" (hundred) written as one word ("सव्वाशे कोटी", 125 crore;
"दीडशे", "अडीचशे", "साडेतीनशे")."""

NUMBER_WORDS: dict[str, float] = (
    {word: n for n, word in CARDINALS.items() if (n < 100 or (n > 100 and " " not in word))} | CARDINAL_VARIANTS | FRACTIONS
    | FRACTIONAL_HUNDREDS
)
"""Cardinal number words and their values: the generated table up to 99 and its
one-word hundreds ("सहाशे", "બસો"; 100 is the
multiplier ``शंभर``), its variants and the fractions."""

FRACTION_PREFIXES: dict[str, float] = {"साडे": 0.5, "सव्वा": 0.25, "सवा": 0.25, "पावणे": -0.25, "पाऊणे": -0.25}
"""Words before a number that add a fraction to it: a half, a quarter, less a quarter."""

AMBIGUOUS_NUMBER_WORDS: tuple[str, ...] = ("एक", "तेरा")
"""Words that count only with a unit or multiplier (एक is also "a")."""

MULTIPLIERS: dict[str, float] = {
    "शंभर": 100, "शे": 100, "हजार": 1_000, "लाख": 100_000, "कोटी": 10_000_000, "अब्ज": 1_000_000_000,
    "मिलियन": 1_000_000, "बिलियन": 1_000_000_000, "डझन": 12,
}
"""Words that multiply the number before them ("३ कोटी", "अडीच लाख")."""

NUMBER_JOINERS: tuple[str, ...] = ()
"""Words allowed between number words of one number."""

VAGUE_QUANTITIES: dict[str, tuple[float, float]] = {
    "डझनभर": (12, 99), "शेकडो": (200, 999), "हजारो": (2_000, 9_999), "लाखो": (200_000, 9_999_999),
    "कोट्यवधी": (20_000_000, 99_999_999),
}
"""Vague plurals and the interval they stand for; their qualifier is ``about``."""

PRE_QUALIFIERS: dict[str, str] = {
    "किमान": "at_least", "कमीत कमी": "at_least", "सुमारे": "about", "जवळपास": "about",
    "जवळजवळ": "about", "अंदाजे": "about", "साधारण": "about", "साधारणपणे": "about",
    "अंदाजित": "about", "जास्तीत जास्त": "up_to", "कमाल": "up_to",
}
"""Qualifiers written before the number."""

POST_QUALIFIERS: dict[str, str] = {
    "पेक्षा जास्त": "more_than", "पेक्षा अधिक": "more_than", "पेक्षाही जास्त": "more_than",
    "पेक्षाही अधिक": "more_than", "हून अधिक": "more_than", "हून जास्त": "more_than",
    "ांहून अधिक": "more_than", "ांहून जास्त": "more_than", "ाहून अधिक": "more_than",
    "ाहून जास्त": "more_than", "ांपेक्षा जास्त": "more_than", "ांपेक्षा अधिक": "more_than",
    "पेक्षा कमी": "less_than", "ांपेक्षा कमी": "less_than", "हून कमी": "less_than",
    "पर्यंत": "up_to", "ांपर्यंत": "up_to", "च्या आसपास": "about", "ांच्या आसपास": "about",
    "च्या जवळपास": "about", "च्या घरात": "about", "ांच्या घरात": "about", "किंवा अधिक": "at_least",
}
"""Qualifiers written after the number, fused or spaced ("११,००० पेक्षा जास्त", "हजारांहून अधिक")."""

RANGE_CONNECTORS: tuple[str, ...] = ("ते", "-", "–", "—", "किंवा")
"""Words or signs between the two ends of a range ("25,000 ते 30,000")."""

CURRENCY_PREFIXES: dict[str, str] = {"रु.": "rupee", "रू.": "rupee", "₹": "rupee", "$": "dollar"}
"""Currency signs written before the number."""

PERCENT_WORDS: tuple[str, ...] = ("%", "टक्के", "टक्का", "टक्क्यांनी", "टक्क्यांपर्यंत", "प्रतिशत")
"""Words after a number that make it a percentage."""

ORDINAL_SUFFIXES: tuple[str, ...] = ("वा", "वी", "वे", "ला", "ली", "ले", "रा", "री", "रे", "था", "थी", "थे")
"""Suffixes fused onto digits that make an ordinal ("११वी"); ordinals are not counts."""

CASE_SUFFIXES: tuple[str, ...] = (
    "ी", "ला", "ाला", "ने", "च्या", "चा", "ची", "चे", "ाच्या", "ाचा", "ाची", "ाचे", "त", "ात",
    "ांत", "मध्ये", "ामध्ये", "पासून", "ापासून", "ांना", "ांनी", "ांचा", "ांची", "ांचे", "ांच्या",
    "ापर्यंत",
)
"""Case endings fused onto a word ("रविवारी", "जूनमध्ये", "कोटींच्या")."""

UNIT_GAP_STOPWORDS: tuple[str, ...] = (
    "मध्ये", "ला", "ने", "आणि", "व", "किंवा", "आहे", "आहेत", "होते", "होता", "होती", "चा", "ची",
    "चे", "च्या", "पण", "ही", "हे", "तर", "की", "या", "त्या", "साठी", "नंतर", "पूर्वी", "पर्यंत",
)
"""Words that may not stand between a number and its counted noun."""

UNIT_STEMS: dict[str, str] = {
    "क्षेपणास्त्र": "missile", "मिसाइल": "missile", "मिसाईल": "missile", "रॉकेट": "rocket",
    "ड्रोन": "drone", "रणगाड": "tank", "टँक": "tank", "विमान": "aircraft", "हेलिकॉप्टर": "aircraft",
    "जहाज": "ship", "युद्धनौका": "ship", "बॉम्ब": "bomb", "शस्त्र": "weapon", "सैनिक": "soldier",
    "जवान": "soldier", "सैन्यदल": "soldier", "लोक": "person", "व्यक्ती": "person",
    "नागरिक": "person", "मुले": "child", "मुलां": "child", "बालक": "child", "महिला": "woman",
    "स्त्रिया": "woman", "देश": "country", "राष्ट्र": "country", "मृत्यू": "killed", "ठार": "killed",
    "बळी": "killed", "मृत": "killed", "जखमी": "injured", "रुपय": "rupee", "रुपये": "rupee",
    "डॉलर": "dollar", "युरो": "euro", "किलोमीटर": "km", "किमी": "km", "किलोग्रॅम": "kg",
    "किलो": "kg", "दिवस": "day", "आठवड": "week", "सप्ताह": "week", "महिन": "month", "वर्ष": "year",
    "मिनिट": "minute", "गाव": "village", "शहर": "city", "इमारत": "building", "मतदार": "voter",
    "जागा": "seat", "बैठक": "meeting", "करार": "agreement", "अधिकारी": "official",
    "सदस्य": "member", "विद्यार्थी": "student", "कामगार": "worker", "कैदी": "prisoner",
    "निर्वासित": "refugee", "वाहन": "vehicle", "रुग्ण": "patient", "पत्रकार": "journalist",
    "ओलीस": "hostage",
    # Currencies of world news (a count of dinars is no count of people).
    "पाउंड": "pound", "पौंड": "pound", "युआन": "yuan", "रूबल": "rouble", "दिरहम": "dirham", "रियाल": "riyal", "दिनार": "dinar", "दीनार": "dinar", "लीरा": "lira", "पेसो": "peso",
    # Storeys of a building ("a three-storey building", "चार मंजिला इमारत").
    "मजल": "storey", "मजली": "storey",
    # Fire engines ("अग्निशमन दलाचे १८ बंब", "फायर टेंडर").
    "बंब": "fire_engine", "फायर टेंडर": "fire_engine", "अग्निशमन गाड": "fire_engine",
    # Trains and flights, counted when services are cancelled or delayed.
    "ट्रेन": "train", "रेल्वेगाड": "train", "फ्लाइट": "flight", "उड्डाण": "flight", "डबे": "coach", "डबा": "coach", "डब्य": "coach", "बोगी": "coach",
    # A match's figures: runs, wickets, goals ("won by 34 runs", "३४ धावांनी").
    "धाव": "run", "गडी": "wicket", "विकेट": "wicket", "गोल": "goal", "षटक": "over",
}
"""Counted nouns matched by prefix (क्षेपणास्त्र matches क्षेपणास्त्रे), mapped to concept ids."""

UNIT_WORDS: dict[str, str] = {
    "तास": "hour", "घर": "house", "घरे": "house", "मते": "vote", "टन": "ton", "येन": "yen",
    # Lengths and rainfall ("21 फूट", "58 मिमी").
    "फूट": "foot", "फुट": "foot", "मिमी": "mm", "मिलिमीटर": "mm", "मिलीमीटर": "mm", "मीटर": "metre", "सेंटिमीटर": "cm", "सेमी": "cm",
}
"""Counted nouns matched as whole words only (with case endings)."""

SPELLING_VARIANTS: tuple[str, ...] = ("इई", "िी", "उऊ", "ुू", "ओऑ", "ोॉ", "ंँ", "जज़", "फफ़", "रऱ")
"""Groups of characters writers use interchangeably. The eyelash ra of चौऱ्याऐंशी is
written with ऱ or with र and a zero-width joiner (which is optional): both fold to र."""

OPTIONAL_MARKS: str = "\u093c\u200c\u200d"
"""The nukta and zero-width joiners, which may appear or not."""

INCREMENT_WORDS: tuple[str, ...] = ("आणखी", "अजून", "अतिरिक्त", "फायदा", "वाढ")
"""Words beside a count that make it new, not a running total (see NumberData)."""

TOTAL_WORDS: tuple[str, ...] = ("एकूण",)
"""Words that make a count a total of parts."""

RATE_WORDS: tuple[str, ...] = ("दररोज", "दरदिवशी", "प्रतिदिन", "दर दिवशी", "दरमहा", "दर तासाला")
"""Words and phrases beside a count that make it a rate per period ("Rs 25 crore a day")."""

DEMAND_WORDS: tuple[str, ...] = ("मागणी", "मागितली", "मागितले", "मागितला")
"""Words that make a count what someone asked for ("sought 12 years")."""

COUNT_NOUNS: tuple[str, ...] = ("संख्या", "आकडा", "आकडे", "आकड्यात")
"""Words for "the number of" a thing: "मृतांचा आकडा 34"."""

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
    earlier_words=("यापूर्वी",),
    total_words=TOTAL_WORDS,
    demand_words=DEMAND_WORDS,
    rate_words=RATE_WORDS,
    count_nouns=COUNT_NOUNS,
)
"""Everything above, as :class:`~claimcheck.lang.base.NumberData`."""
