"""Writing names in simplified Latin letters, whatever their script.

Which scripts are read, and how, is language data: each language's ``Defaults``
declares its script's letters and a scheme (:attr:`LanguageDefaults.transliteration`).
Brahmic scripts go through indic_transliteration's Harvard-Kyoto output, simplified so
that spellings of one foreign name meet (vowel length, retroflexes and sibilants merged,
Hindi-style schwa deletion); Arabic script, which leaves short vowels unwritten, through
a letter map that keeps the consonant skeleton and the written long vowels.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import all_defaults

#: The scheme of :func:`_urdu_word_to_latin` (not one of indic_transliteration's).
ARABIC_SKELETON = "ARABIC_SKELETON"


# Harvard-Kyoto tokens (the ASCII scheme indic_transliteration writes) -> simplified
# Latin. Long and short vowels merge, retroflex and dental stops merge, sibilants
# merge to "sh": spellings of one foreign name differ exactly there.
_HK_VOWELS = {
    "a": "a", "A": "a", "i": "i", "I": "i", "u": "u", "U": "u", "R": "ri", "RR": "ri",
    "lR": "li", "lRR": "li", "e": "e", "ai": "ai", "o": "o", "au": "au",
}
_HK_CONSONANTS = {
    "k": "k", "kh": "kh", "g": "g", "gh": "gh", "G": "n", "c": "ch", "ch": "ch", "j": "j",
    # Gujarati has no nukta and writes English "z" with ઝ (jh): j, jh and z merge.
    "jh": "j", "J": "n", "T": "t", "Th": "th", "D": "d", "Dh": "dh", "N": "n", "t": "t",
    "th": "th", "d": "d", "dh": "dh", "n": "n", "p": "p", "ph": "f", "b": "b", "bh": "bh",
    "m": "m", "y": "y", "r": "r", "l": "l", "L": "l", "v": "v", "z": "sh", "S": "sh",
    "s": "s", "h": "h", "f": "f", "q": "k", "qh": "kh", "z2": "j", "g2": "g", "r3": "d",
    "r3h": "dh", "r2": "r", "Y": "y", "zh": "l",
}
_HK_MARKS = {"M": "n", "~": "n", "H": "h", "'": ""}
_HK_TOKENS = sorted([*_HK_VOWELS, *_HK_CONSONANTS, *_HK_MARKS], key=len, reverse=True)
_HK_TOKEN = re.compile("|".join(re.escape(t) for t in _HK_TOKENS) + "|.", re.S)
_LABIALS = frozenset({"p", "ph", "b", "bh", "m"})
#: A final schwa survives after a cluster ending in one of these (``mitra``, ``surya``).
_KEEP_FINAL_SCHWA_AFTER = frozenset({"y", "r", "v"})

_URDU = {
    "ا": "a", "آ": "a", "ب": "b", "پ": "p", "ت": "t", "ٹ": "t", "ث": "s", "ج": "j", "چ": "ch",
    "ح": "h", "خ": "kh", "د": "d", "ڈ": "d", "ذ": "z", "ر": "r", "ڑ": "r", "ز": "z", "ژ": "zh",
    "س": "s", "ش": "sh", "ص": "s", "ض": "z", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f",
    "ق": "k", "ک": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n", "ں": "n", "ھ": "h", "ے": "e",
    "ئ": "i", "ء": "", "ۂ": "a",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7", "۸": "8",
    "۹": "9", "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7",
    "٨": "8", "٩": "9",
}
_URDU_VOWEL_LETTERS = frozenset("اآویےئ")


def _hk_word_to_latin(hk: str) -> str:
    """One Harvard-Kyoto word -> simplified Latin, with Hindi-style schwa deletion.

    In HK an ``a`` right after a consonant is always the inherent vowel, so schwa
    deletion can be done on the token list: a final inherent ``a`` goes (``kima`` ->
    ``kim``) unless it follows a cluster ending in y/r/v, and a medial one goes in the
    context vowel-consonant _ consonant-vowel (``yonahApa`` -> ``yonhap``).
    """
    tokens = _HK_TOKEN.findall(hk)
    kinds = [
        "V" if t in _HK_VOWELS else "C" if t in _HK_CONSONANTS else "N" if t in _HK_MARKS else "X"
        for t in tokens
    ]
    inherent = [t == "a" and i > 0 and kinds[i - 1] == "C" for i, t in enumerate(tokens)]
    delete: set[int] = set()
    n = len(tokens)
    if n >= 2 and inherent[-1] and kinds.count("V") >= 2:
        cluster = 0
        j = n - 2
        while j >= 0 and kinds[j] == "C":
            cluster += 1
            j -= 1
        if not (cluster >= 2 and tokens[n - 2] in _KEEP_FINAL_SCHWA_AFTER):
            delete.add(n - 1)
    for i in range(n - 3, 1, -1):
        if (
            inherent[i]
            and kinds[i - 1] == "C"
            and kinds[i - 2] == "V"
            and kinds[i + 1] == "C"
            and kinds[i + 2] == "V"
            and (i + 2) not in delete
        ):
            delete.add(i)
    out: list[str] = []
    skip = False
    for i, (token, kind) in enumerate(zip(tokens, kinds, strict=True)):
        if skip:
            skip = False
            continue
        if i in delete:
            continue
        if kind == "V":
            out.append(_HK_VOWELS[token])
        elif kind == "C":
            if token == "j" and i + 1 < n and tokens[i + 1] == "J":
                out.append("gy")  # ज्ञ is pronounced "gy" in Hindi, Gujarati and Marathi
                skip = True
            else:
                out.append(_HK_CONSONANTS[token])
        elif kind == "N":
            nxt = tokens[i + 1] if i + 1 < n else ""
            out.append("m" if token == "M" and nxt in _LABIALS else _HK_MARKS[token])
        else:
            out.append(token)
    # Marathi writes English v/w as व्ह (``टेलिव्हिजन``).
    return "".join(out).replace("vh", "v")


def brahmic_to_hk(text: str, scheme: str) -> str:
    """``text`` in a Brahmic script written in Harvard-Kyoto, as indic_transliteration writes it.

    The same greedy loop as the library's ``_brahmic`` mapper, over its tables written
    down as data (:mod:`claimcheck.lang.brahmic_tables`): the longest letter group first;
    a consonant keeps its inherent ``a`` unless a vowel sign or the virama follows.
    """
    from .lang.brahmic_tables import TABLES

    table = TABLES[scheme]
    marks, virama, letters, consonants = table["vowel_marks"], table["virama"], table["letters"], table["consonants"]
    longest = _longest_key(scheme)
    out: list[str] = []
    had_consonant = False
    index, length = 0, len(text)
    while index < length:
        token = text[index : index + 1]
        for size in range(min(longest, length - index), 1, -1):
            if text[index : index + size] in letters:
                token = text[index : index + size]
                break
        if len(token) > 1:
            if had_consonant:
                out.append("a")
            out.append(letters[token])
        elif token in marks:
            out.append(marks[token])
        elif token in virama:
            out.append(virama[token])
        else:
            if had_consonant:
                out.append("a")
            out.append(letters.get(token, token))
        had_consonant = token in consonants
        index += len(token)
    if had_consonant:
        # The library closes a final consonant with the virama's Latin form (nothing in
        # Harvard-Kyoto) and then its inherent vowel.
        out.append(next(iter(virama.values()), "") + "a")
    return "".join(out)


@cache
def _longest_key(scheme: str) -> int:
    from .lang.brahmic_tables import TABLES

    return max(len(key) for part in TABLES[scheme].values() for key in part)


def _indic_to_latin(run: str, scheme: str) -> str:
    hk = brahmic_to_hk(run, scheme)
    return re.sub(r"[A-Za-z~'0-9]+", lambda m: _hk_word_to_latin(m.group()), hk)


def _urdu_word_to_latin(word: str) -> str:
    """One Urdu word -> Latin. Urdu leaves short vowels unwritten, so the result is a
    consonant skeleton with the written long vowels (``یونہاپ`` -> ``yonhap``)."""
    out: list[str] = []
    last = len(word) - 1
    for i, char in enumerate(word):
        prev = word[i - 1] if i else ""
        nxt = word[i + 1] if i < last else ""
        if char == "و":
            out.append("v" if i == 0 or prev in "اآ" or nxt in "اآ" else "o")
        elif char == "ی":
            if i == 0 or prev in _URDU_VOWEL_LETTERS or nxt in "اآو":
                out.append("y")
            else:
                out.append("i")
        elif char == "ہ":
            out.append("a" if i == last and i > 0 and prev not in "اآ" else "h")
        else:
            out.append(_URDU.get(char, char))
    return "".join(out)


@cache
def _script_runs() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One regex with a group per script any language declares, and each group's scheme."""
    schemes: dict[str, str] = {}
    for defaults in all_defaults():
        if defaults.transliteration is not None:
            letters, scheme = defaults.transliteration
            schemes.setdefault(letters, scheme)
    pattern = "|".join(f"([{letters}]+)" for letters in schemes)
    return re.compile(pattern or "(?!)"), tuple(schemes.values())


def to_latin(text: str) -> str:
    """Every run of a declared script in ``text`` written in simplified Latin; the rest unchanged."""
    runs, schemes = _script_runs()

    def convert(match: re.Match[str]) -> str:
        scheme = schemes[(match.lastindex or 1) - 1]
        if scheme == ARABIC_SKELETON:
            return _urdu_word_to_latin(match.group())
        return _indic_to_latin(match.group(), scheme)

    return runs.sub(convert, text)
