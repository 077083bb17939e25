"""Token-level attribution relations, and the small token tests the recognizers share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..types import AttributionMode

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

#: Words that open an indirect question: "did not say when ..." reports no proposition.
WH_WORDS = {"when", "whether", "if", "what", "how", "why", "where", "who", "which"}
#: Punctuation a source phrase never crosses (brackets and hyphens may sit inside names).
HARD_PUNCT = {",", ";", ":", "!", "?", "।", "۔", "،", "؛", "—", "–", "\"", "“", "”", "«", "»"}
#: Quote marks around direct quotations.
QUOTES = "\"'“”‘’«»"
#: Characters trimmed from both ends of a content span.
CONTENT_TRIM = " \t\n,;:.!?।॥۔؟،" + QUOTES


@dataclass(frozen=True)
class TokenRelation:
    """One attribution relation in token offsets of a sentence doc."""

    mode: AttributionMode
    cue: tuple[int, int]
    source: tuple[int, int] | None
    content: tuple[int, int] | None
    cited: tuple[tuple[int, int], ...] = ()
    """Inner sources cited by the outer one, outermost first."""
    content_outside: bool = False
    """True when the content is the PREVIOUS sentence (information-given)."""
    split_chars: int = 0
    """Characters at the end of the source's last token that belong to the cue: a fused
    genitive (``પટેલ|ના જણાવ્યા મુજબ``) or according-to ending (``अहवाला|नुसार``)."""
    recognizer: str = ""
    """Dotted name of the recognizer (and sub-pattern) that produced the relation, e.g.
    ``rules.speech_sov.quotative``: the names are listed in :mod:`.recognizers`."""


#: English auxiliaries a dependency cue phrase may open with ("has said").
AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had"})
#: Relative words: a relative clause with one describes a noun ("the report that said").
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})


def head_word(phrase: str) -> str:
    """The verb a dependency parse finds a cue phrase by: its first non-auxiliary word."""
    words = phrase.lower().split()
    return next((w for w in words if w not in AUXILIARIES), words[0])


def before_brackets(doc: Doc, index: int) -> int:
    """The token before ``index``, stepping over one bracketed group that ends right
    there ("एजन्सीच्या (केसीएनए)" -> "एजन्सीच्या"); -1 at the start of the sentence."""
    before = index - 1
    if before >= 0 and doc[before].text == ")":
        opening = next((i for i in range(before - 1, max(before - 8, -1), -1) if doc[i].text == "("), None)
        if opening is not None:
            before = opening - 1
    return before


def bare_variants(phrases: tuple[str, ...], particles: tuple[str, ...]) -> tuple[str, ...]:
    """Each particle-led phrase without its particle, for names with the particle fused on."""
    out: list[str] = []
    for p in phrases:
        head, _, rest = p.partition(" ")
        if head in particles and rest and rest not in phrases and rest not in out:
            out.append(rest)
    return tuple(out)


def has_quote(doc: Doc, start: int) -> bool:
    return any(ch in QUOTES for t in doc[start : start + 2] for ch in t.text)


def is_direct_quote(doc: Doc, content: tuple[int, int]) -> bool:
    s, e = content
    before = doc[s - 1].text if s > 0 else ""
    return bool(before) and before[-1] in QUOTES and e - s >= 2


def comma_before(doc: Doc, index: int, floor: int) -> int | None:
    for i in range(index - 1, floor - 1, -1):
        if doc[i].text in {",", "،"}:
            return i
    return None

