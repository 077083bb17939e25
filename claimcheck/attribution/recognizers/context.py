"""What the token-rule families share: their shape, a language's grammar words, one sentence.

:class:`Family` is what the registry lists: a name, the cue labels it handles, the word
orders it reads, and its function. :class:`Grammar` is built once per language from its
data and never changes, so one recognizer can serve many docs (and threads).
:class:`Context` is built per sentence and holds what a family needs to read it: the
doc, its cues, and the token tests and phrase searches all families use (noun phrases
left and right of a position, content trimming, case-marked subjects).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from ...lang.base_attribution import AttributionData
from ..relations import CONTENT_TRIM, HARD_PUNCT, TokenRelation

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token


class Cue(NamedTuple):
    """A matched cue: its label (``speech``, ``according_genitive``, ...) and token span."""

    label: str
    start: int
    end: int


#: A family's function: the relation opened by cue ``index`` of the sentence, read as
#: ``label`` (a split cue's verb is read as ``light``), or ``None``.
Recognize = Callable[["Context", int, str], "TokenRelation | None"]


@dataclass(frozen=True)
class Family:
    """One family of attribution constructions, as the registry lists it."""

    name: str
    """Dotted name recorded on its relations (``rules.passive``); sub-patterns add a part."""
    labels: frozenset[str]
    """Cue labels this family handles."""
    word_orders: frozenset[str]
    """Word orders (``SOV``, ``SVO``) of the languages it reads."""
    recognize: Recognize | None
    """``None`` for a family whose cues only add to other relations (citing chains)."""


@dataclass(frozen=True)
class Grammar:
    """The word sets of one language's data, lowercased and ready for token tests."""

    data: AttributionData
    aux: frozenset[str]
    complementizers: frozenset[str]
    quotatives: frozenset[str]
    quotative_nouns: frozenset[str]
    particles: frozenset[str]
    """Separate ergative particles (``ने``, ``نے``)."""
    latin_particles: frozenset[str]
    pronouns: frozenset[str]
    case_endings: tuple[str, ...]
    """Genitive, dative and ergative endings, longest first."""
    case_words: frozenset[str]
    genitives: frozenset[str]
    not_sources: frozenset[str]
    determiners: frozenset[str]
    openers: frozenset[str]
    conjunctions: frozenset[str]
    """"And" words: a speech verb right after one shares the subject before."""
    boundaries: frozenset[str]
    """Clause boundaries and openers: a source phrase never crosses them."""
    locatives: tuple[str, ...]
    locative_words: frozenset[str]
    """Separate locatives: "बैठक में किम ने" closes the phrase before the subject."""
    suffixes: tuple[str, ...]
    """Fused ergative endings, longest first."""
    verb_words: frozenset[str]
    """One-word speech verbs: a source phrase read rightwards (English) stops at them."""
    non_source_words: frozenset[str]
    according_suffix: re.Pattern[str] | None

    @classmethod
    def from_data(cls, data: AttributionData) -> Grammar:
        def lower(words: tuple[str, ...]) -> frozenset[str]:
            return frozenset(w.lower() for w in words)

        case_endings = tuple(
            sorted((*data.genitive_particles, *data.dative_particles, *data.ergative_particles), key=len, reverse=True)
        )
        openers = lower(data.clause_openers)
        return cls(
            data=data,
            aux=lower(data.auxiliaries),
            complementizers=lower(data.complementizers),
            quotatives=lower(data.quotatives),
            quotative_nouns=lower(data.quotative_nouns),
            particles=lower(data.ergative_particles),
            latin_particles=lower(data.particles_after_latin),
            pronouns=lower(data.pronoun_sources),
            case_endings=case_endings,
            case_words=frozenset(case_endings),
            genitives=lower(data.genitive_particles),
            not_sources=lower(data.not_sources),
            determiners=lower(data.determiners),
            openers=openers,
            conjunctions=lower(data.conjunctions),
            boundaries=lower(data.clause_boundaries) | openers,
            locatives=data.locative_suffixes,
            locative_words=lower(data.locative_particles),
            suffixes=tuple(sorted(data.ergative_suffixes, key=len, reverse=True)),
            verb_words=frozenset(p.lower() for p in data.speech_verbs if " " not in p),
            non_source_words=lower(data.non_sources),
            according_suffix=(
                re.compile("(?:" + "|".join(map(re.escape, data.according_to_suffixes)) + ")$")
                if data.according_to_suffixes
                else None
            ),
        )


def _is_latin(tok: Token) -> bool:
    return bool(re.search(r"[A-Za-z0-9)\]]$", tok.text))


@dataclass(frozen=True)
class Context:
    """One sentence under analysis, passed to every family: never stored on a recognizer."""

    doc: Doc
    cues: list[Cue]
    grammar: Grammar
    cue_tokens: frozenset[int]
    """Tokens of any cue: never part of a source phrase (stops "કિમના હવાલાથી KCNA")."""

    @classmethod
    def of(cls, doc: Doc, cues: list[Cue], grammar: Grammar) -> Context:
        return cls(doc, cues, grammar, frozenset(i for _, s, e in cues for i in range(s, e)))

    @property
    def data(self) -> AttributionData:
        return self.grammar.data

    # -- token tests -----------------------------------------------------------------

    def is_boundary(self, tok: Token) -> bool:
        g = self.grammar
        low = tok.lower_
        return (
            tok.text in HARD_PUNCT
            or low in g.boundaries
            or low in g.complementizers
            or low in g.particles
            or low in g.quotatives
            or (low in g.quotative_nouns and tok.i > 0 and tok.doc[tok.i - 1].lower_ in g.quotatives)
            or tok.i in self.cue_tokens
        )

    def _adjunct(self, tok: Token) -> bool:
        """An adjunct ("મુલાકાતમાં", "રવિવારે") or the verb closing an embedded clause
        ("... असल्याचे प्रशासनाने"): not part of a subject phrase."""
        g = self.grammar
        return (
            tok.lower_ in g.not_sources
            or tok.lower_ in g.locative_words
            or bool(g.locatives and tok.text.endswith(g.locatives))
            or bool(g.data.clause_final_endings and tok.text.endswith(g.data.clause_final_endings))
            or self.time_adjunct(tok)
        )

    def time_adjunct(self, tok: Token) -> bool:
        """A time adjunct fused onto a noun ("सामन्यानंतर", after the match)."""
        suffixes = self.grammar.data.adjunct_suffixes
        return bool(suffixes and tok.text.endswith(suffixes) and len(tok.text) > max(map(len, suffixes)))

    def split_cue_opened(self, verb: int) -> bool:
        """Whether a quotative + noun ("अशी माहिती") before ``verb`` opens a split cue."""
        doc, g = self.doc, self.grammar
        return any(doc[i].lower_ in g.quotatives and doc[i + 1].lower_ in g.quotative_nouns for i in range(verb - 1))

    def indirect_question(self, cue_start: int, content: tuple[int, int] | None) -> bool:
        """"X did not say when ...": a negated speech verb with a question in its content."""
        doc, data = self.doc, self.data
        negated = cue_start > 0 and doc[cue_start - 1].lower_ in data.negations
        if not negated or content is None:
            return False
        return any(doc[i].lower_ in data.question_words for i in range(*content))

    # -- phrases -----------------------------------------------------------------------

    def np_left(self, end: int, floor: int) -> int:
        """Start of the noun phrase that ends just before ``end`` (exclusive), not below ``floor``."""
        doc = self.doc
        start = end
        limit = self.data.source_max_tokens
        while start > floor and end - start < limit:
            tok = doc[start - 1]
            if self.is_boundary(tok) or tok.is_space:
                break
            if start < end and self._adjunct(tok):
                break
            if start < end and tok.text == ")" and self._credit(start - 1, floor):
                break  # "नयी दिल्ली, 14 फरवरी (भाषा) कांग्रेस ने": the dateline is no source
            start -= 1
        # A phrase never starts with a stray closing bracket or quote.
        while start < end and doc[start].text in ")]'’":
            start += 1
        return start

    #: Most tokens before a wire dateline's credit bracket: a place, a comma, a date.
    _DATELINE_TOKENS = 6

    def _credit(self, close: int, floor: int) -> bool:
        """Whether the bracket closing at ``close`` ends a wire dateline's credit: it holds
        a news outlet ("(પીટીઆઈ)", "(اے پی پی)"), or a figure comes just before it ("14
        फरवरी (भाषा)", "તા. 12 (પીટીઆઈ)"). A bracket inside a name ("सर्वेक्षण (USGS)
        ने") ends the phrase, and is never a credit with words after it in the phrase."""
        from ...sources import resolve_source, source_by_id

        doc = self.doc
        opened = next((i for i in range(close - 1, max(floor, close - 6) - 1, -1) if doc[i].text == "("), None)
        if opened is None:
            return False
        if any(t.like_num or any(ch.isdigit() for ch in t.text) for t in doc[max(floor, opened - 3) : opened]):
            return True
        if opened > self._DATELINE_TOKENS:
            return False  # a dateline opens the sentence
        credited = resolve_source(doc[opened + 1 : close].text, doc.lang_).id
        known = source_by_id(credited)
        if known is None or known.type not in ("news_agency", "state_media", "broadcaster"):
            return False
        # "کورین سینٹرل نیوز ایجنسی (کے سی این اے) کی رپورٹ": the bracket spells the name
        # before it out, inside one phrase.
        return resolve_source(doc[max(floor, opened - 6) : opened].text, doc.lang_).id != credited

    def np_right(self, start: int, ceiling: int) -> int:
        """End (exclusive) of the noun phrase starting at ``start``."""
        doc = self.doc
        end = start
        limit = self.data.source_max_tokens
        while end < ceiling and end - start < limit:
            tok = doc[end]
            if self.is_boundary(tok) or tok.is_space or (tok.is_punct and tok.text not in "()-'’&."):
                break
            if tok.lower_ in self.grammar.verb_words:
                break
            end += 1
        while end > start and doc[end - 1].text in "('‘":
            end -= 1
        # A full stop kept for abbreviations ("U.S.") is the sentence's when nothing follows.
        while end > start and doc[end - 1].text == "." and all(t.is_punct or t.is_space for t in doc[end:]):
            end -= 1
        return end

    def content(self, start: int, end: int) -> tuple[int, int] | None:
        """Trim punctuation and quote tokens from both ends; ``None`` if nothing is left."""
        doc = self.doc
        while start < end and (doc[start].is_space or all(ch in CONTENT_TRIM for ch in doc[start].text)):
            start += 1
        while end > start and (doc[end - 1].is_space or all(ch in CONTENT_TRIM for ch in doc[end - 1].text)):
            end -= 1
        if end - start < 2:
            return None
        return start, end

    def after_cue(self, end: int) -> int:
        """Extend a cue over following auxiliaries."""
        doc = self.doc
        while end < len(doc) and doc[end].lower_ in self.grammar.aux:
            end += 1
        return end

    def complementizer_after(self, end: int, window: int) -> int | None:
        """Index of a complementiser within ``window`` tokens after ``end``."""
        doc = self.doc
        for i in range(end, min(len(doc), end + window)):
            if doc[i].lower_ in self.grammar.complementizers:
                return i
            if doc[i].text in {".", "।", "۔", "?"}:
                return None
        return None

    # -- SOV subjects --------------------------------------------------------------------

    def subject_end(self, lo: int, hi: int, skip: set[int] | frozenset[int]) -> tuple[int, int] | None:
        """The case-marked subject in ``[lo, hi)`` (see :meth:`marked_subject`); failing
        that, a dative experiencer ("ماہرین کو توقع ہے")."""
        found = self.marked_subject(lo, hi, skip)
        if found is None and self.data.experiencer_particles:
            for i in range(lo + 1, hi):
                if i not in skip and self.doc[i].lower_ in self.data.experiencer_particles:
                    return i, i + 1
        return found

    def next_clause(self, start: int, opened: bool = False) -> int:
        """Where a content opened at ``start`` ends: at the comma before the next speech
        verb's own subject ("X ने दलील दी कि ..., वहीं Y ने कहा कि ..."), else at the
        sentence's end. With ``opened``, only where a clause opener follows the comma
        ("X के मुताबिक ..., जबकि Y ने इसे 6.3 बताया"): after "according to KCNA", a
        speaker and his verb are what KCNA reports (KCNA -> Kim)."""
        doc = self.doc
        for label, s, _e in self.cues:
            if s <= start or label not in {"speech", "stance"}:
                continue
            if s - 1 > start + 1 and doc[s - 1].lower_ in self.grammar.conjunctions:
                # "..., और कहा कि B": the verb after "and" starts its own content.
                return s - 2 if doc[s - 2].text in {",", "،"} else s - 1
            commas = [i for i in range(start + 2, s) if doc[i].text in {",", "،"}]
            if not commas or (opened and doc[commas[-1] + 1].lower_ not in self.grammar.openers):
                break
            if self.marked_subject(commas[-1] + 1, s, frozenset()) is not None:
                return commas[-1]
            if doc[commas[-1] + 1].lower_ in self.grammar.openers:
                # "..., जबकि मंत्री का कहना है कि ...": a clause of its own, whose
                # speaker is no ergative subject.
                return commas[-1]
            break
        return len(doc)

    def marked_subject(self, lo: int, hi: int, skip: set[int] | frozenset[int]) -> tuple[int, int] | None:
        """The first case-marked subject in ``[lo, hi)``: (phrase end exclusive, cue-side end).

        Returns the end of the source phrase and the index after its marker (for a
        separate particle the particle is not part of the source).
        """
        doc, g = self.doc, self.grammar
        for i in range(lo, hi):
            if i in skip:
                continue
            tok = doc[i]
            low = tok.lower_
            if low in g.pronouns:
                return i + 1, i + 1
            if (low in g.particles or (low in g.latin_particles and _is_latin(doc[i - 1] if i else tok))) and i > lo:
                # A particle written fused onto the name ("KCNAએ") stays in the source span.
                return (i + 1, i + 1) if not doc[i - 1].whitespace_ else (i, i + 1)
            if self.fused_ergative(tok):
                return i + 1, i + 1
        return None

    def fused_ergative(self, tok: Token) -> bool:
        """A subject with its ergative ending fused on ("મંત્રાલયે", "मंत्रालयाने")."""
        g = self.grammar
        low = tok.lower_
        return bool(
            g.suffixes
            and low not in g.not_sources
            and low not in g.determiners
            and not (g.data.not_source_endings and low.endswith(g.data.not_source_endings))
            and low not in g.boundaries
            and low not in g.complementizers
            and tok.text.endswith(g.suffixes)
            and len(tok.text) > 2
            and not tok.is_punct
        )
