"""Gujarati page furniture as Gujarati news sites print it."""

from __future__ import annotations

FURNITURE_PATTERNS: tuple[str, ...] = (
    r"જાહેરાત",
    r".{0,20}(?:ની|નું|ના)?\s*એપ(?:્લિકેશન)?\s+ડાઉનલોડ\s+કરો.{0,40}",
    r"(?:આ\s+પણ\s+વાંચો|વધુ\s+વાંચો|વાંચો\s+આ\s+પણ)\s*[:：-]?.{0,200}",
    r"(?:સંબંધિત|સંબંધિત\s+સમાચાર|વધુ\s+સમાચાર|તાજા\s+સમાચાર)\s*[:：]?",
    r"(?:ટૅગ્સ|ટેગ્સ|ટેગ)\s*[:：].{0,200}",
    r"(?:શેર\s+કરો|ફોલો\s+કરો|અમને\s+ફોલો\s+કરો).{0,80}",
    r"(?:હોમ|મુખ્ય\s+પૃષ્ઠ)\s*(?:/|>|»|›).{0,200}",
)

BYLINE_PATTERNS: tuple[str, ...] = (
    # "અમદાવાદ, તા. 14 જુલાઈ 2025, સોમવાર" datelines.
    r"[^\s,]{2,20},\s*તા\.\s*\d{1,2}\s+\S+\s+\d{4}.{0,30}",
    # "અપડેટ: 14 જુલાઈ, 2025 10:32 AM", "પ્રકાશિત: ..."
    r"(?:અપડેટ(?:ેડ)?|પ્રકાશિત|લેખક)\s*[:：].{0,80}",
)

# --- Shape evidence and article-level sources (claimcheck.furniture) -----------------

PHOTO_WORDS: tuple[str, ...] = ("ફોટો", "તસવીર", "તસ્વીર", "છબી", "ફાઇલ", "ફાઈલ", "પ્રતીકાત્મક")
"""Words that make a parenthetical or a trailing credit a picture credit."""

SOURCE_LABELS: tuple[str, ...] = ("સ્રોત", "સ્ત્રોત", "સોર્સ", "સૌજન્ય")
"""Labels of a "સ્રોત: ..." line."""

AGENCIES: tuple[str, ...] = (
    "પીટીઆઈ", "પીટીઆઇ", "એએનઆઈ", "આઈએએનએસ", "રોઇટર્સ", "રોયટર્સ", "એએફપી", "યોનહાપ", "કેસીએનએ",
)
"""Agencies as Gujarati credit lines name them."""

GENERIC_AGENCIES: tuple[str, ...] = ("એજન્સી", "એજન્સીઓ")
"""Credits that name no agency."""

CREDIT_PATTERNS: tuple[str, ...] = (
    r"\(?(?P<src>[^()]{2,60}?)\s+(?:ના\s+)?(?:ઇનપુટ|ઈનપુટ)\s+(?:સાથે|સહિત)\)?\s*\.?",
)
"""Whole-line credits."""

DATE_LABELS: tuple[str, ...] = ("પ્રકાશિત", "તારીખ", "તા", "વાગ્યે")
"""Words a date line may carry besides the date."""

UPDATED_LABELS: tuple[str, ...] = ("અપડેટ", "અપડેટેડ")
"""Labels of an update date."""
