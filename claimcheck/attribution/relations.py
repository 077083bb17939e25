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


def _is_quote_mark(text: str) -> bool:
    """A token of quote marks and punctuation only (``"``, ``’’،``; not ``n't``, ``'s``)."""
    return any(ch in QUOTES for ch in text) and not any(ch.isalnum() for ch in text)


def quoted_runs(doc: Doc) -> list[tuple[int, int]]:
    """Token spans inside quote marks, the marks paired in order of appearance (marks
    split into adjacent tokens, Urdu's closing "‘‘", count once)."""
    marks = [t.i for t in doc if _is_quote_mark(t.text) and not (t.i > 0 and _is_quote_mark(doc[t.i - 1].text))]
    return [(marks[k] + 1, marks[k + 1]) for k in range(0, len(marks) - 1, 2)]


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while end > start and all(ch in CONTENT_TRIM for ch in doc[end - 1].text):
        end -= 1
    return start, end


def split_quote_parts(doc: Doc, found: list[TokenRelation]) -> list[TokenRelation]:
    """A quotation split around its speaker and verb (``"A," X said, "B."``) gives two
    relations with one source and cue: each part is a claim of that speaker. The
    recognizers find the part on one side of the cue; this adds the other, where it is
    quoted, the source and cue sit between the two parts, and no relation has it."""
    runs = quoted_runs(doc)
    if len(runs) != 2:
        return found
    (first_lo, first_hi), (second_lo, second_hi) = runs
    taken = [pair for rel in found for pair in (rel.content, rel.source, rel.cue) if pair is not None]
    out = list(found)
    for rel in found:
        if rel.content is None or rel.content_outside:
            continue
        spans = [rel.cue] + ([rel.source] if rel.source is not None else [])
        if not all(first_hi < lo and hi <= second_lo for lo, hi in spans):
            continue
        in_first = first_lo <= rel.content[0] and rel.content[1] <= first_hi
        in_second = second_lo <= rel.content[0] and rel.content[1] <= second_hi
        if in_first == in_second:
            continue
        other = _trimmed(doc, *((second_lo, second_hi) if in_first else (first_lo, first_hi)))
        if other[1] - other[0] < 2 or any(lo < other[1] and other[0] < hi for lo, hi in taken):
            continue
        out.append(TokenRelation(AttributionMode.DIRECT_QUOTE, rel.cue, rel.source, other, rel.cited,
                                 split_chars=rel.split_chars, recognizer=f"{rel.recognizer}.split_quote"))
        break
    return out
