"""Page furniture by its shape, and the article-level sources a page credits.

The per-language word lists (``lang/<code>/furniture.py``) name furniture that says
what it is ("Advertisement", "ये भी पढ़ें"). Most furniture says nothing of the kind: a
navigation item, a related-story headline, "0min", "2 hours ago", a photo caption. What
gives it away is its shape, the same in every language: it has no sentence-final
punctuation and is short beside the article's paragraphs, it is made of separators and
links, it carries a picture credit. This module holds those language-independent tests,
plus the credit lines ("Source: Reuters; KCNA", "- PTI", "(वृत्तसंस्था)", "With inputs
from AFP") that name the sources of the whole article.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from functools import lru_cache

#: Characters that end a sentence in any supported script.
SENTENCE_END = ".!?।॥۔؟…"
#: Characters after which a line continues on the next (a lead-in, a list).
CONTINUING = ":;,،؛"
#: Closing quotes and brackets that may follow a sentence's final punctuation.
_CLOSERS = "\"'”’»›)]"
#: A letter, Indic and Arabic combining marks included (they are not ``\w``), so that
#: "भाषा" is not found inside "मातृभाषा".
_LETTER = r"(?:[^\W\d_]|[\u0900-\u0DFF\u064B-\u065F\u0670])"
#: Separators of navigation and share rows.
_SEPARATORS = re.compile(r"\s(?:\||>|»|›|•|·|/|::)\s|\s*\|\s*")


def _words(name: str) -> list[str]:
    """Every language's list ``name`` from ``lang/<code>/furniture.py``."""
    from .lang import LANGUAGES, NEUTRAL

    out: list[str] = []
    for code in (*LANGUAGES, NEUTRAL):
        module = importlib.import_module(f"claimcheck.lang.{code}.furniture")
        out.extend(getattr(module, name, ()))
    return out


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def display_width(text: str) -> int:
    """Characters as they take room on screen: combining marks (Indic vowel signs) are free."""
    return sum(1 for ch in text if not unicodedata.category(ch).startswith("M") and ch != "\u200d")


def is_terminated(line: str) -> bool:
    """Whether a line ends like a sentence (or a lead-in to the next line).

    A trailing parenthetical ("... हैं। (आईएएनएस)", "Comments (2)") is looked behind, and
    closing quotes count only after final punctuation or when the line opens a quote too.
    """
    text = line.rstrip()
    if text.endswith(")") and "(" in text:
        inner = text[: text.rindex("(")].rstrip()
        if inner:
            text = inner
    stripped = text.rstrip(_CLOSERS + " ")
    if not stripped:
        return False
    if stripped[-1] in SENTENCE_END + CONTINUING:
        return True
    if stripped != text and text[-1] in "\"”’'»" and text[0] not in "\"“‘'«":
        # 'he said "the end"' is a sentence; "'Dearest comrade': Kim ..." is not.
        return len(text) > 120
    return False


def is_navigation(line: str) -> bool:
    """A row of links: several separators between short items."""
    parts = [p for p in _SEPARATORS.split(line) if p.strip()]
    if len(parts) < 3:
        return False
    return sum(len(p.split()) for p in parts) / len(parts) <= 4


def is_copyright(line: str) -> bool:
    """A copyright notice."""
    return bool(re.match(r"(?i)\s*(?:©|\(c\)\s|copyright\b)", line)) or ("©" in line and len(line) < 80 and "Ã" not in line)


@lru_cache(maxsize=1)
def _caption_regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    photo = _alternation(_words("PHOTO_WORDS"))
    # A parenthetical picture credit at the end ("(File Photo)", "(फोटो: KCNA)").
    paren = re.compile(rf"(?i).*\(\s*(?:{photo})(?![a-z])[^()]*\)\s*[.।۔]?\s*")
    # "— Image: KCNA via Reuters", "Photo: AP" at the start or after a dash at the end.
    label = re.compile(rf"(?i)(?:.*\s[-–—|]\s*)?(?:{photo})(?:\s+(?:credit|courtesy|source))?\s*[:：].{{1,120}}")
    shapes = re.compile("|".join(f"(?:{p})" for p in _words("CAPTION_PATTERNS")), re.IGNORECASE)
    return paren, label, shapes


def is_caption(line: str) -> bool:
    """A photo caption or picture credit ("... (File Photo)", "In this photo provided by ...")."""
    paren, label, shapes = _caption_regexes()
    return bool(paren.fullmatch(line) or label.fullmatch(line) or shapes.match(line))


@lru_cache(maxsize=1)
def _source_regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], tuple[re.Pattern[str], ...]]:
    labels = _alternation(_words("SOURCE_LABELS"))
    source_line = re.compile(rf"(?i)\(?(?:{labels})\s*[:：]\s*(?P<src>.{{2,120}}?)\)?\s*[.।۔]?")
    agencies = _alternation(_words("AGENCIES") + _words("GENERIC_AGENCIES"))
    one = rf"(?:{agencies})"
    many = rf"{one}(?:\s*(?:,|/|&|and|और|आणि|اور|و|અને|،)\s*{one})*"
    # "- PTI", "(Reuters)", "(वृत्तसंस्था)", "पीटीआय", "AFP/Reuters", "(خبر ایجنسیاں)".
    credit_line = re.compile(rf"(?i)[-–—]?\s*[(\[]?\s*(?P<src>{many})\s*[)\]]?\s*[.।۔]?")
    # A credit glued to the end of a paragraph: "... हैं। (आईएएनएस)", "... said. - AFP".
    trailing = re.compile(rf"(?i).*[{re.escape(SENTENCE_END)}\"”’]\s*(?:\((?P<src>{many})\)|[-–—]\s*(?P<src2>{many}))\s*")
    credit_words = tuple(re.compile(p, re.IGNORECASE) for p in _words("CREDIT_PATTERNS"))
    return source_line, credit_line, trailing, credit_words


@lru_cache(maxsize=1)
def _agency_regex() -> re.Pattern[str]:
    agencies = _alternation(_words("AGENCIES") + _words("GENERIC_AGENCIES"))
    return re.compile(rf"(?<!{_LETTER})(?:{agencies})(?!{_LETTER})")


def split_names(text: str) -> list[str]:
    """"Reuters; KCNA", "रॉयटर्स/केसीएनए", "AFP and Reuters" -> the names."""
    parts = re.split(r"\s*(?:[;,/،|&]|\s(?:and|और|आणि|اور|અને|و)\s)\s*", text.strip(" .।۔()[]"))
    return [p.strip(" .।۔()[]-–—") for p in parts if p.strip(" .।۔()[]-–—")]


def source_line(line: str) -> list[str] | None:
    """The names a "Source: Reuters; KCNA" line gives, or ``None`` for another line."""
    m = _source_regexes()[0].fullmatch(line)
    return split_names(m.group("src")) if m else None


def credit_line(line: str) -> list[str] | None:
    """The sources a whole-line wire credit names ("- PTI", "With inputs from AFP and
    Reuters", "एजेंसी इनपुट के साथ"), or ``None`` when the line is no credit."""
    _, credit, _, worded = _source_regexes()
    m = credit.fullmatch(line)
    if m:
        return split_names(m.group("src"))
    for pattern in worded:
        m = pattern.fullmatch(line)
        if m:
            src = m.groupdict().get("src")
            return split_names(src) if src else ["agencies"]
    return None


def trailing_credit(line: str) -> list[str]:
    """Sources credited at the end of a paragraph ("... हैं। (आईएएनएस)")."""
    m = _source_regexes()[2].fullmatch(line)
    if not m:
        return []
    return split_names(m.group("src") or m.group("src2"))


def dateline_credit(line: str) -> list[str]:
    """The agency in a lede's dateline ("SEOUL, South Korea (AP) — ...")."""
    m = re.match(r"[^()\n]{2,60}?\((?P<src>[^()]{2,40})\)\s*(?:[-–—:]|$)", line)
    if not m or not _agency_regex().fullmatch(m.group("src").strip()):
        return []
    return [m.group("src").strip()]


def agencies_in(text: str) -> list[str]:
    """Agencies named in a byline ("By The Associated Press", "Reuters | Published ...")."""
    return [m.group(0) for m in _agency_regex().finditer(text)]


def is_generic_agency(name: str) -> bool:
    """Whether a credit names no agency ("Agencies", "एजेंसी", "वृत्तसंस्था")."""
    return name.casefold() in {w.casefold() for w in _words("GENERIC_AGENCIES")} or name == "agencies"
