"""Attribution: who says what, on whose authority, in each sentence.

A registered spaCy component (``claimcheck_attribution``) finds attribution cues with
``PhraseMatcher`` patterns built from the language's data in
``claimcheck/lang/<code>/attribution.py`` and works out, for each cue, the source, the
content and the chain of cited sources. One :class:`AttributionRecognizer` exists per
language and is found through :func:`get_recognizer`; the grammar it relies on (word
order, case endings, complementisers) is data, not code branches.

Inside spaCy the results are token spans; :func:`attribute_article` converts them to
:mod:`claimcheck.types` dataclasses with character offsets into the article.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any

from .lang import is_supported
from .lang.base_attribution import AttributionData
from .pipeline import load_spacy
from .reading import sentence_view
from .types import (
    Article,
    Attribution,
    AttributionMode,
    ChainLink,
    ClaimKind,
    Sentence,
    SourceRef,
    Span,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc, Token

#: Name of the spaCy factory users add to their own pipelines.
COMPONENT_NAME = "claimcheck_attribution"

#: Punctuation a source phrase never crosses (brackets and hyphens may sit inside names).
_WH_WORDS = {"when", "whether", "if", "what", "how", "why", "where", "who", "which"}
_HARD_PUNCT = {",", ";", ":", "!", "?", "।", "۔", "،", "؛", "—", "–", "\"", "“", "”", "«", "»"}
#: Quote marks around direct quotations.
_QUOTES = "\"'“”‘’«»"
#: Characters trimmed from both ends of a content span.
_CONTENT_TRIM = " \t\n,;:.!?।॥۔؟،" + _QUOTES


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


class AttributionRecognizer:
    """Finds attribution relations in one sentence of one language, from its data."""

    def __init__(self, nlp: Language, lang: str, data: AttributionData) -> None:
        from spacy.matcher import PhraseMatcher

        self.lang = lang
        self.data = data
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        tokenize = nlp.make_doc
        labels: dict[str, tuple[str, ...]] = {
            "speech": data.speech_verbs,
            "according": data.according_to,
            "according_bare": _bare_variants(data.according_to, (*data.genitive_particles, *data.ergative_particles)),
            "citing": data.citing,
            "citing_bare": _bare_variants(data.citing, (*data.genitive_particles, *data.dative_particles)),
            "passive": data.passive,
            "info_subject": data.information_subjects,
            "info_verb": data.information_verbs,
            "stance": data.stance,
            "light": data.light_verbs,
        }
        for label, phrases in labels.items():
            if phrases:
                self.matcher.add(label, [tokenize(p) for p in phrases])
        self.aux = {a.lower() for a in data.auxiliaries}
        self.complementizers = {c.lower() for c in data.complementizers}
        self.quotatives = {q.lower() for q in data.quotatives}
        self.quotative_nouns = {n.lower() for n in data.quotative_nouns}
        self.particles = {p.lower() for p in data.ergative_particles}
        self.latin_particles = {p.lower() for p in data.particles_after_latin}
        self.pronouns = {p.lower() for p in data.pronoun_sources}
        self.case_endings = tuple(
            sorted((*data.genitive_particles, *data.dative_particles, *data.ergative_particles), key=len, reverse=True)
        )
        self.case_words = set(self.case_endings)
        self.genitives = {g.lower() for g in data.genitive_particles}
        self.not_sources = {w.lower() for w in data.not_sources}
        self.determiners = {w.lower() for w in data.determiners}
        self.openers = {w.lower() for w in data.clause_openers}
        self.boundaries = {w.lower() for w in data.clause_boundaries} | self.openers
        self.locatives = data.locative_suffixes
        # "बैठक में किम ने": a separate locative closes the phrase before the subject.
        self.locative_words = {w.lower() for w in data.locative_particles}
        self._cue_tokens: set[int] = set()
        self.suffixes = tuple(sorted(data.ergative_suffixes, key=len, reverse=True))
        # Words of any cue: a source phrase read rightwards (English) stops at them.
        self._verb_words = {p.lower() for p in data.speech_verbs if " " not in p}
        self.non_source_words = {w.lower() for w in data.non_sources}
        self.according_suffix = (
            re.compile("(?:" + "|".join(map(re.escape, data.according_to_suffixes)) + ")$")
            if data.according_to_suffixes
            else None
        )

    # -- matching --------------------------------------------------------------------

    def _cues(self, doc: Doc) -> list[tuple[str, int, int]]:
        from spacy.util import filter_spans

        label_of: dict[tuple[int, int], str] = {}
        for match_id, s, e in self.matcher(doc):
            label = doc.vocab.strings[match_id]
            if label.endswith("_bare"):
                # "પટેલના જણાવ્યા મુજબ": the genitive is fused onto the name before the cue,
                # or before an acronym in brackets ("एजन्सीच्या (केसीएनए) हवाल्याने").
                host = _before_brackets(doc, s)
                if host < 0 or not doc[host].text.endswith(self.case_endings) or doc[host].lower_ in self.case_words:
                    continue
                label = label[: -len("_bare")] + "_genitive"
            if label == "light" and (s, e) in label_of:
                continue  # "ही माहिती X ने दिली": the information-given reading wins
            label_of[(s, e)] = label
        kept = sorted(filter_spans([doc[s:e] for s, e in label_of]), key=lambda sp: sp.start)
        cues = [(label_of[(sp.start, sp.end)], sp.start, sp.end) for sp in kept]
        if self.according_suffix is not None:
            for tok in doc:
                if self.according_suffix.search(tok.text) and len(tok.text) > 5 and not any(
                    s <= tok.i < e for _, s, e in cues
                ):
                    cues.append(("according_fused", tok.i, tok.i + 1))
            cues.sort(key=lambda c: c[1])
        return cues

    def __call__(self, doc: Doc) -> list[TokenRelation]:
        """All attribution relations in ``doc`` (one sentence)."""
        cues = self._cues(doc)
        # Cue words are never part of a source phrase (stops "કિમના હવાલાથી KCNA").
        self._cue_tokens = {i for _, s, e in cues for i in range(s, e)}
        relations: list[TokenRelation] = []
        info_subject = any(label == "info_subject" for label, _, _ in cues)
        for index, (label, start, end) in enumerate(cues):
            if label.startswith("citing") or label == "info_subject":
                continue
            if label == "light" and not self._split_cue_opened(doc, start):
                continue
            if label == "info_verb":
                if info_subject:
                    relations.append(self._information_given(doc, cues, start, end))
                    continue
                if not self._split_cue_opened(doc, start):
                    continue
                # "..., अशी माहिती X ने दिली": no "this information" subject, so the verb
                # closes a split cue opened by the quotative and its noun.
                label = "light"
            if label.startswith("according"):
                rel = self._according(doc, cues, index, label)
            elif label == "passive":
                rel = self._passive(doc, cues, index)
            else:
                rel = self._speech(doc, cues, index, label)
            if rel is not None:
                relations.append(rel)
        return relations

    # -- helpers on token positions --------------------------------------------------

    def _is_boundary(self, tok: Token) -> bool:
        return (
            tok.text in _HARD_PUNCT
            or tok.lower_ in self.boundaries
            or tok.lower_ in self.complementizers
            or tok.lower_ in self.particles
            or tok.lower_ in self.quotatives
            or (tok.lower_ in self.quotative_nouns and tok.i > 0 and tok.doc[tok.i - 1].lower_ in self.quotatives)
            or tok.i in self._cue_tokens
        )

    def _np_left(self, doc: Doc, end: int, floor: int) -> int:
        """Start of the noun phrase that ends just before ``end`` (exclusive), not below ``floor``."""
        start = end
        limit = self.data.source_max_tokens
        while start > floor and end - start < limit:
            tok = doc[start - 1]
            if self._is_boundary(tok) or tok.is_space:
                break
            # An adjunct ("મુલાકાતમાં", "રવિવારે") or the verb closing an embedded clause
            # ("... असल्याचे प्रशासनाने") is not part of the subject phrase.
            if start < end and (
                tok.lower_ in self.not_sources
                or tok.lower_ in self.locative_words
                or (self.locatives and tok.text.endswith(self.locatives))
                or (self.data.clause_final_endings and tok.text.endswith(self.data.clause_final_endings))
            ):
                break
            start -= 1
        # A phrase never starts with a stray closing bracket or quote.
        while start < end and doc[start].text in ")]'’":
            start += 1
        return start

    def _np_right(self, doc: Doc, start: int, ceiling: int) -> int:
        """End (exclusive) of the noun phrase starting at ``start``."""
        end = start
        limit = self.data.source_max_tokens
        while end < ceiling and end - start < limit:
            tok = doc[end]
            if self._is_boundary(tok) or tok.is_space or (tok.is_punct and tok.text not in "()-'’&."):
                break
            if tok.lower_ in self._verb_words:
                break
            end += 1
        while end > start and doc[end - 1].text in "('‘":
            end -= 1
        return end

    def _content(self, doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        """Trim punctuation and quote tokens from both ends; ``None`` if nothing is left."""
        while start < end and (doc[start].is_space or all(ch in _CONTENT_TRIM for ch in doc[start].text)):
            start += 1
        while end > start and (doc[end - 1].is_space or all(ch in _CONTENT_TRIM for ch in doc[end - 1].text)):
            end -= 1
        if end - start < 2:
            return None
        return start, end

    def _after_cue(self, doc: Doc, end: int) -> int:
        """Extend a cue over following auxiliaries."""
        while end < len(doc) and doc[end].lower_ in self.aux:
            end += 1
        return end

    def _complementizer_after(self, doc: Doc, end: int, window: int) -> int | None:
        """Index of a complementiser within ``window`` tokens after ``end``."""
        for i in range(end, min(len(doc), end + window)):
            if doc[i].lower_ in self.complementizers:
                return i
            if doc[i].text in {".", "।", "۔", "?"}:
                return None
        return None

    def _cited_between(
        self, doc: Doc, cues: list[tuple[str, int, int]], lo: int, hi: int, source: tuple[int, int] | None = None
    ) -> list[tuple[int, int]]:
        """Inner sources named by citing markers between token ``lo`` and ``hi``."""
        cited = []
        for label, s, e in cues:
            if not label.startswith("citing") or not (lo <= s < hi):
                continue
            if self.data.word_order == "SOV":
                floor = source[1] if source is not None and source[1] <= s else lo
                src_start = self._np_left(doc, s, floor)
                if src_start < s:
                    cited.append((src_start, s))
            else:
                src_end = self._np_right(doc, e, hi)
                if src_end > e:
                    cited.append((e, src_end))
        return cited

    # -- SOV subject search ----------------------------------------------------------

    def _is_latin(self, tok: Token) -> bool:
        return bool(re.search(r"[A-Za-z0-9)\]]$", tok.text))

    def _subject_end(self, doc: Doc, lo: int, hi: int, skip: set[int]) -> tuple[int, int] | None:
        """The case-marked subject in ``[lo, hi)`` (see :meth:`_marked_subject`); failing
        that, a dative experiencer ("ماہرین کو توقع ہے")."""
        found = self._marked_subject(doc, lo, hi, skip)
        if found is None and self.data.experiencer_particles:
            for i in range(lo + 1, hi):
                if i not in skip and doc[i].lower_ in self.data.experiencer_particles:
                    return i, i + 1
        return found

    def _marked_subject(self, doc: Doc, lo: int, hi: int, skip: set[int]) -> tuple[int, int] | None:
        """The first case-marked subject in ``[lo, hi)``: (phrase end exclusive, cue-side end).

        Returns the end of the source phrase and the index after its marker (for a
        separate particle the particle is not part of the source).
        """
        for i in range(lo, hi):
            if i in skip:
                continue
            tok = doc[i]
            low = tok.lower_
            if low in self.pronouns:
                return i + 1, i + 1
            if (low in self.particles or (low in self.latin_particles and self._is_latin(doc[i - 1] if i else tok))) and i > lo:
                # A particle written fused onto the name ("KCNAએ") stays in the source span.
                return (i + 1, i + 1) if not doc[i - 1].whitespace_ else (i, i + 1)
            if (
                self.suffixes
                and low not in self.not_sources
                and low not in self.determiners
                and not (self.data.not_source_endings and low.endswith(self.data.not_source_endings))
                and low not in self.boundaries
                and low not in self.complementizers
                and tok.text.endswith(self.suffixes)
                and len(tok.text) > 2
                and not tok.is_punct
            ):
                return i + 1, i + 1
        return None

    def _split_cue_opened(self, doc: Doc, verb: int) -> bool:
        """Whether a quotative + noun ("अशी माहिती") before ``verb`` opens a split cue."""
        return any(
            doc[i].lower_ in self.quotatives and doc[i + 1].lower_ in self.quotative_nouns for i in range(verb - 1)
        )

    def _indirect_question(self, doc: Doc, cue_start: int, content: tuple[int, int] | None) -> bool:
        """"X did not say when ...": a negated speech verb with a question in its content."""
        negated = cue_start > 0 and doc[cue_start - 1].lower_ in self.data.negations
        if not negated or content is None:
            return False
        return any(doc[i].lower_ in self.data.question_words for i in range(*content))

    # -- relation builders -------------------------------------------------------------

    def _speech(self, doc: Doc, cues: list[tuple[str, int, int]], index: int, label: str) -> TokenRelation | None:
        _, cue_start, cue_end = cues[index]
        cue_end = self._after_cue(doc, cue_end)
        mode = AttributionMode.STANCE if label == "stance" else AttributionMode.INDIRECT
        if self.data.word_order == "SVO":
            return self._speech_svo(doc, cues, index, cue_start, cue_end, mode)
        prev_end = 0
        for lab, _s, e in cues[:index]:
            if not lab.startswith("citing") and lab != "info_subject":
                prev_end = e
        # A previous relation's complementiser opens a new clause: search after it.
        comp_before = [i for i in range(prev_end, cue_start) if doc[i].lower_ in self.complementizers]
        lo = comp_before[-1] + 1 if comp_before else prev_end
        # A second clause ("..., જ્યારે X એ જણાવ્યું કે ...") has its own subject.
        clause_starts = [i for i in range(lo, cue_start) if doc[i].lower_ in self.openers and i > lo]
        if clause_starts and self._subject_end(doc, clause_starts[-1] + 1, cue_start, set()) is not None:
            lo = clause_starts[-1] + 1
        citing_spans = {i for lab, s, e in cues if lab.startswith("citing") for i in range(s, e)}
        comp = self._complementizer_after(doc, cue_end, 3)
        cue_final = all(t.is_punct or t.is_space for t in doc[cue_end:])
        quotative = next((i for i in range(lo, cue_start) if doc[i].lower_ in self.quotatives and i > lo), None)
        postposed = None
        if quotative is None and comp is None and cue_final:
            # "..., पुलिस ने बताया।" / "“...”، انہوں نے کہا۔": the subject follows the content.
            marks = [i for i in range(lo, cue_start) if doc[i].text in {",", "،"} or doc[i].text in "”’\"'"]
            if marks and self._subject_end(doc, marks[-1] + 1, cue_start, citing_spans) is not None:
                postposed = marks[-1]
        if (
            quotative is not None
            and not any(ch in _QUOTES for t in doc[lo:quotative] for ch in t.text)
            and self._subject_end(doc, quotative + 1, cue_start, citing_spans) is None
            and (found_before := self._subject_end(doc, lo, quotative, citing_spans)) is not None
        ):
            # "X यांनी [content] असा विश्वास व्यक्त केला": the subject opens the sentence and
            # the content runs from it to the quotative.
            src_start = self._np_left(doc, found_before[0], lo)
            opening = self._content(doc, found_before[1], quotative)
            if opening is not None and src_start < found_before[0]:
                if _is_direct_quote(doc, opening) and mode is AttributionMode.INDIRECT:
                    mode = AttributionMode.DIRECT_QUOTE
                return TokenRelation(mode, (cue_start, cue_end), (src_start, found_before[0]), opening)
        search_lo = quotative + 1 if quotative is not None else (postposed + 1 if postposed is not None else lo)
        genitive_cue = (
            label == "speech"
            and cue_start > search_lo
            and doc[cue_start - 1].lower_ in self.genitives
            # "X ने Y की तरदीद की": an ergative subject is the source, not the genitive's noun.
            and self._subject_end(doc, search_lo, cue_start - 1, citing_spans) is None
        )
        # The token a citing marker's genitive/dative is fused onto is the cited source.
        citing_spans |= {
            i for lab, s, _e in cues if lab == "citing_genitive" for i in range(max(_before_brackets(doc, s), 0), s)
        }
        if genitive_cue:
            # "X का कहना है कि": the source is the phrase before the genitive.
            cue_start -= 1
            found: tuple[int, int] | None = (cue_start, cue_start)
        else:
            # "..., સંદેશમાં, કિમે ... ગણાવ્યા": after a comma, the subject follows it.
            commas = [i for i in range(search_lo, cue_start) if doc[i].text in {",", "،"}]
            found = self._subject_end(doc, commas[-1] + 1, cue_start, citing_spans) if commas else None
            if found is not None:
                search_lo = commas[-1] + 1
            else:
                found = self._subject_end(doc, search_lo, cue_start, citing_spans)
        source: tuple[int, int] | None = None
        if found is not None:
            src_end, after_marker = found
            if doc[src_end - 1].lower_ in self.pronouns:
                src_start = src_end - 1
            else:
                src_start = self._np_left(doc, src_end, search_lo)
            if src_start < src_end:
                source = (src_start, src_end)
        else:
            after_marker = search_lo
            quote_follows = cue_end < len(doc) and doc[cue_end].text in {":", ","} and _has_quote(doc, cue_end + 1)
            if comp is not None or quotative is not None or quote_follows:
                # Nominative subjects of intransitive speech verbs ("अर्थमंत्री म्हणाले की").
                src_start = self._np_left(doc, cue_start, search_lo)
                if src_start < cue_start and cue_start - src_start <= 6:
                    source = (src_start, cue_start)
        content: tuple[int, int] | None = None
        if comp is not None:
            content = self._content(doc, comp + 1, len(doc))
        elif quotative is not None:
            content = self._content(doc, lo, quotative)
        elif postposed is not None:
            content = self._content(doc, lo, postposed + 1)
        if content is None and cue_end < len(doc) and doc[cue_end].text in {":", ","} and _has_quote(doc, cue_end + 1):
            # "તેમણે કહ્યું, 'અમે તૈયાર છીએ.'"
            content = self._content(doc, cue_end + 1, len(doc))
        if content is None and comp is None and source is not None:
            quoted = [i for i in range(source[1], cue_start) if any(ch in _QUOTES for ch in doc[i].text)]
            comma = _comma_before(doc, source[0], lo)
            if len(quoted) >= 2:
                # "કિમે ... તેમના 'સૌથી પ્રિય મિત્ર' ગણાવ્યા": the quoted words are the content.
                content = self._content(doc, quoted[0] + 1, quoted[-1])
            elif comma is not None and comma > lo + 1 and source[1] == cue_start:
                content = self._content(doc, lo, comma)
            elif source[0] > lo + 1 and source[1] == cue_start:
                # Marathi/Gujarati embedded clause: "... झाल्याचे पोलिसांनी सांगितले".
                content = self._content(doc, lo, source[0])
        if content is None and comp is None:
            # "X એ Y આપવાનું વચન આપ્યું": the content sits between the source and the cue
            # (at least three words: "انہوں نے کچھ نہیں کہا" says nothing).
            begin = max(source[1] if source else search_lo, after_marker)
            content = self._content(doc, begin, cue_start)
            if content is not None and content[1] - content[0] < 3:
                content = None
        if self._indirect_question(doc, cue_start, content):
            return None
        if source is None and content is None:
            return None
        if source is None and mode is not AttributionMode.STANCE and comp is None:
            return None
        cited = self._cited_between(doc, cues, search_lo, cue_start, source)
        if content is not None and _is_direct_quote(doc, content):
            mode = AttributionMode.DIRECT_QUOTE if mode is AttributionMode.INDIRECT else mode
        return TokenRelation(mode, (cue_start, cue_end), source, content, tuple(cited))

    def _speech_svo(
        self, doc: Doc, cues: list[tuple[str, int, int]], index: int, cue_start: int, cue_end: int, mode: AttributionMode
    ) -> TokenRelation | None:
        # Auxiliaries and adverbs right before the verb belong to the cue ("has said").
        while cue_start > 0 and doc[cue_start - 1].lower_ in self.aux:
            cue_start -= 1
        prev_end = 0
        for lab, _s, e in cues[:index]:
            if not lab.startswith("citing") and e <= cue_start:
                prev_end = e
        citing = [(s, e) for lab, s, e in cues if lab.startswith("citing")]
        before = doc[cue_start - 1] if cue_start > 0 else None
        after_is_end = all(t.is_punct or t.is_space for t in doc[cue_end:])
        source: tuple[int, int] | None = None
        content: tuple[int, int] | None = None
        cited: list[tuple[int, int]] = []
        if before is not None and before.lower_ in self.determiners:
            return None  # "the said property", "Kim's pledge": a noun or adjective, not a verb
        after_np = self._np_right(doc, cue_end, len(doc)) if cue_end < len(doc) else cue_end
        inverted = before is not None and before.text in {",", "\"", "”", "'", "’"} and (
            after_np >= len(doc) or doc[after_np].text in {",", ".", "?", "!"} or all(t.is_punct for t in doc[after_np:])
        )
        if inverted:
            # Inverted or postposed: '"...," said John Smith, a spokesman.' / '..., he said.'
            quote_end = cue_start - 1
            while quote_end > 0 and doc[quote_end - 1].text in {",", "\"", "”", "'", "’"}:
                quote_end -= 1
            if after_is_end:
                return None  # ", said." has no source
            if doc[cue_end].lower_ in self.pronouns or doc[cue_end].is_title or doc[cue_end].lower_ in {"the", "a", "an"}:
                src_end = self._np_right(doc, cue_end, len(doc))
                source = (cue_end, src_end) if src_end > cue_end else None
            content = self._content(doc, 0, quote_end + 1 if quote_end < cue_start else cue_start)
        else:
            # Find the subject: the phrase between the clause start and the cue.
            lo = prev_end
            comps = [i for i in range(lo, cue_start) if doc[i].lower_ in self.complementizers]
            if comps:
                lo = comps[-1] + 1
            for s, e in citing:
                if lo <= s < cue_start:
                    # "X, citing Y, said": the source ends before the citing phrase.
                    cited_end = self._np_right(doc, e, cue_start)
                    cited.append((e, cited_end))
                    src_start = self._np_left(doc, s if doc[s - 1].text != "," else s - 1, lo)
                    source = (src_start, s - 1 if doc[s - 1].text == "," else s) if src_start < s else None
                    break
            if source is None:
                src_start = self._np_left(doc, cue_start, lo)
                if src_start < cue_start:
                    source = (src_start, cue_start)
            if source is not None and source[1] - source[0] > self.data.source_max_tokens:
                source = None
            if after_is_end and source is not None:
                # "..., the ministry said." with the content before the source.
                comma = _comma_before(doc, source[0], 0)
                content = self._content(doc, 0, comma) if comma else None
            else:
                rest = cue_end
                # "told reporters on Sunday that ...": skip to the complementiser.
                comp = self._complementizer_after(doc, cue_end, 8)
                if comp is not None:
                    rest = comp + 1
                for s, e in citing:
                    if s >= cue_end and (comp is None or s < comp):
                        cited_end = self._np_right(doc, e, len(doc))
                        cited.append((e, cited_end))
                        if comp is None:
                            rest = cited_end
                content = self._content(doc, rest, len(doc))
        if source is None or content is None:
            return None
        if doc[source[0]].lower_ in self.data.not_sources and source[1] - source[0] == 1:
            return None
        if doc[content[0]].lower_ in _WH_WORDS and content[0] >= cue_end:
            return None  # "did not say when the polls would be held": no proposition
        if _is_direct_quote(doc, content) and mode is AttributionMode.INDIRECT:
            mode = AttributionMode.DIRECT_QUOTE
        return TokenRelation(mode, (cue_start, cue_end), source, content, tuple(cited))

    def _according(self, doc: Doc, cues: list[tuple[str, int, int]], index: int, label: str) -> TokenRelation | None:
        _, cue_start, cue_end = cues[index]
        if self.data.word_order == "SVO":
            src_end = self._np_right(doc, cue_end, len(doc))
            if src_end == cue_end or doc[src_end - 1].lower_ in self.non_source_words:
                return None
            if cue_start == 0 or all(t.is_punct for t in doc[:cue_start]):
                content = self._content(doc, src_end, len(doc))
            else:
                content = self._content(doc, 0, cue_start)
            cited = self._cited_between(doc, cues, src_end, len(doc))
            if content is None:
                return None
            return TokenRelation(
                AttributionMode.ACCORDING_TO, (cue_start, cue_end), (cue_end, src_end), content, tuple(cited)
            )
        split = 0
        source: tuple[int, int] | None
        if label == "according_fused":
            # Marathi "अहवालानुसार": the source and the cue share one token.
            src_start = self._np_left(doc, cue_start, 0)
            source = (src_start, cue_end)
            match = self.according_suffix.search(doc[cue_start].text) if self.according_suffix else None
            split = len(match.group(0)) if match else 0
            stem = doc[cue_start].lower_[: len(doc[cue_start].text) - split]
            if src_start == cue_start and (stem in self.not_sources or stem in self.pronouns):
                return None  # "ज्यानुसार" (under which), "त्यानुसार" (accordingly): no source
        else:
            src_start = self._np_left(doc, cue_start, 0)
            source = (src_start, cue_start) if src_start < cue_start else None
            if label == "according_genitive" and source is not None:
                # Not when an acronym in brackets stands between ("X-ના (KCNA) જણાવ્યા"):
                # the genitive then stays inside the source span.
                split = len(next((g for g in self.case_endings if doc[cue_start - 1].text.endswith(g)), ""))
        if source is not None and any(doc[source[1] - 1].lower_.startswith(w) for w in self.non_source_words):
            return None  # "منصوبے کے مطابق" (according to plan): no source
        cue = (cue_start, cue_end)
        content = self._content(doc, cue_end, len(doc)) if cue_end < len(doc) - 1 else None
        if content is None and source is not None and source[0] > 0:
            content = self._content(doc, 0, source[0])
        if content is None:
            return None
        return TokenRelation(AttributionMode.ACCORDING_TO, cue, source, content, split_chars=split)

    def _passive(self, doc: Doc, cues: list[tuple[str, int, int]], index: int) -> TokenRelation | None:
        _, cue_start, cue_end = cues[index]
        cue_end = self._after_cue(doc, cue_end)
        comp = self._complementizer_after(doc, cue_end, 3)
        if self.data.word_order == "SVO":
            content = self._content(doc, comp + 1 if comp is not None else cue_end, len(doc))
            source = None
        else:
            content = self._content(doc, comp + 1, len(doc)) if comp is not None else None
            source = None
            for i in range(cue_start - 1, -1, -1):
                tok = doc[i]
                if tok.lower_ in self.quotatives:
                    continue  # "या अहवालात असे नमूद करण्यात आले"
                if tok.lower_ in self.data.locative_particles and i > 0:
                    # "रिपोर्ट में यह भी कहा गया": the report is where it was said.
                    start = self._np_left(doc, i, 0)
                    source = (start, i + 1) if start < i else None
                    break
                if self._is_boundary(tok):
                    break
                if self.locatives and tok.text.endswith(self.locatives) and len(tok.text) > 3:
                    source = (self._np_left(doc, i + 1, 0), i + 1)
                    break
            if content is None:
                quotative = next((i for i in range(0, cue_start) if doc[i].lower_ in self.quotatives), None)
                if quotative is not None:
                    content = self._content(doc, 0, quotative)
            if content is None and all(t.is_punct or t.is_space for t in doc[cue_end:]):
                # "'...,' किम के हवाले से कहा गया।": the quotation comes first.
                marks = [i for i in range(0, cue_start) if doc[i].text in {",", "،"} or any(q in doc[i].text for q in _QUOTES)]
                if marks:
                    content = self._content(doc, 0, marks[-1] + 1)
        if content is None:
            return None
        cited = []
        for lab, s, _e in cues:
            if lab.startswith("citing") and s < cue_start:
                src_start = self._np_left(doc, s, source[1] if source else 0)
                if src_start < s:
                    cited.append((src_start, s))
        if source is None and cited:
            # "કિમને ટાંકીને કહેવામાં આવ્યું": the cited person is the only source named.
            source, cited = cited[0], cited[1:]
        return TokenRelation(AttributionMode.PASSIVE, (cue_start, cue_end), source, content, tuple(cited))

    def _information_given(self, doc: Doc, cues: list[tuple[str, int, int]], start: int, end: int) -> TokenRelation:
        subject = {i for lab, s, e in cues if lab == "info_subject" for i in range(s, e)}
        if self.data.word_order == "SVO":
            # "This was stated by the army." / "The minister gave this information."
            if doc[end - 1].lower_ == "by":
                src_end = self._np_right(doc, end, len(doc))
                src: tuple[int, int] | None = (end, src_end) if src_end > end else None
            else:
                src_start = self._np_left(doc, start, 0)
                src = (src_start, start) if src_start < start else None
            return TokenRelation(AttributionMode.INFORMATION_GIVEN, (start, end), src, None, (), content_outside=True)
        # "X हुआ, यह जानकारी पुलिस ने दी": after a clause and a comma, "this information" is
        # that clause, not the previous sentence.
        opens = min(subject, default=0)
        inside = opens > 1 and doc[opens - 1].text in {",", "،"}
        found = self._subject_end(doc, opens if inside else 0, start, subject)
        source = None
        if found is not None:
            src_end, _ = found
            floor = max((i + 1 for i in subject if i < src_end), default=0)
            source = (self._np_left(doc, src_end, floor), src_end)
        cue = (start, self._after_cue(doc, end))
        content = self._content(doc, 0, opens - 1) if inside else None
        if content is not None:
            return TokenRelation(AttributionMode.INFORMATION_GIVEN, cue, source, content, ())
        return TokenRelation(AttributionMode.INFORMATION_GIVEN, cue, source, None, (), content_outside=True)


class DependencyRecognizer:
    """Attribution from a dependency parse (any pipeline with a parser, e.g. en_core_web_sm).

    The speech verb's subject is the source and its clausal complement the content;
    ``according to`` attaches its object as the source; ``citing X`` adds X to the chain.
    The verbs and phrases come from the same language data as the rule recognizer.
    """


    def __init__(self, data: AttributionData) -> None:
        self.data = data
        self.speech = {_head_word(p) for p in (*data.speech_verbs, *data.stance)}
        self.stance = {_head_word(p) for p in data.stance}
        self.citing = {p.split()[0].lower() for p in data.citing}
        self.non_sources = {w.lower() for w in data.non_sources}
        self.info_subjects = {p.split()[0].lower() for p in data.information_subjects}
        self.stance_nouns = {w.lower() for w in data.stance_nouns}

    @staticmethod
    def _span(tok: Token) -> tuple[int, int]:
        return tok.left_edge.i, tok.right_edge.i + 1

    def _content_span(self, doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].lower_ == "that"):
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        return (start, end) if end - start >= 2 else None

    def __call__(self, doc: Doc) -> list[TokenRelation]:
        relations: list[TokenRelation] = []
        for tok in doc:
            if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
                rel = self._according(doc, tok)
            elif tok.pos_ in {"VERB", "AUX"} and (
                tok.lemma_.lower() in self.speech or tok.lower_ in self.speech or tok.lemma_ in {"give", "provide"}
            ):
                rel = self._speech(doc, tok)
            else:
                rel = None
            if rel is not None:
                relations.append(rel)
        return relations

    def _information_given(self, doc: Doc, verb: Token, children: list[Token]) -> TokenRelation | None:
        """"This was stated by the army." / "X gave this information": the previous sentence's source."""
        subjects = [c for c in children if c.dep_ in {"nsubj", "nsubjpass"}]
        objects = [c for c in children if c.dep_ == "dobj"]
        agents = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        demonstrative = {"this", "these", "that"}
        if subjects and subjects[0].lower_ in demonstrative and agents:
            source = self._span(agents[0])
        elif objects and any(d.lower_ in demonstrative for d in objects[0].children) and subjects and objects[0].lemma_ in {"information", "news", "detail"}:
            source = self._span(subjects[0])
        elif objects and objects[0].lower_ in demonstrative and subjects and verb.lower_ in self.speech:
            # "State media reported this on Sunday."
            source = self._span(subjects[0])
        else:
            return None
        cue_lo = min([verb.i] + [c.i for c in children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i])
        if verb.dep_ == "conj" and verb.head.i < verb.i:
            # "Kim arrived in Moscow, and state media reported this on Saturday": "this" is
            # the clause before, in this sentence.
            joins = [c.i for c in verb.head.children if c.dep_ in {"cc", "punct"} and verb.head.i < c.i < verb.i]
            content = self._content_span(doc, 0, min(joins) if joins else verb.left_edge.i)
            if content is not None:
                return TokenRelation(AttributionMode.INFORMATION_GIVEN, (cue_lo, verb.i + 1), source, content, ())
        return TokenRelation(AttributionMode.INFORMATION_GIVEN, (cue_lo, verb.i + 1), source, None, (), content_outside=True)

    def _according(self, doc: Doc, tok: Token) -> TokenRelation | None:
        to = next(c for c in tok.children if c.lower_ == "to")
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if not objs or objs[0].lower_ in self.non_sources or objs[0].lemma_.lower() in self.non_sources:
            return None
        source = self._span(objs[0])
        lo, hi = self._span(tok)
        if lo == 0 or all(t.is_punct for t in doc[:lo]):
            content = self._content_span(doc, hi, len(doc))
        else:
            content = self._content_span(doc, 0, lo)
        if content is None:
            return None
        return TokenRelation(AttributionMode.ACCORDING_TO, (tok.i, to.i + 1), source, content)

    def _speech(self, doc: Doc, verb: Token) -> TokenRelation | None:
        if verb.dep_ in {"amod", "acl"} or verb.lemma_.lower() in self.citing:
            return None
        # A relative clause reports only when the relative word hangs on a preposition
        # and the clause has a subject of its own ("talks, in which both sides expressed
        # confidence ..."); "the report that said ...", "the policy that the minister
        # announced" describe a noun.
        if verb.dep_ == "relcl" and (
            any(c.lower_ in _RELATIVE_PRONOUNS for c in verb.children)
            or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        ):
            return None
        children = list(verb.children)
        subjects = [c for c in children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
        if not subjects and verb.dep_ == "conj" and verb.head.dep_ not in {"relcl", "acl"}:
            # "He praised the dialogue and expressed a desire ...": the first verb's subject
            # (not inside a relative clause: "Kim, who met Lavrov and said ...").
            subjects = [
                c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in _RELATIVE_PRONOUNS
            ]
        agents = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        comps = [c for c in children if c.dep_ in {"ccomp", "xcomp"}]
        if not comps:
            # "expressed confidence that ...": the clause hangs on the verb's object.
            comps = [g for c in children if c.dep_ == "dobj" for g in c.children if g.dep_ in {"ccomp", "acl"} and g.i > c.i]
            comps = [g for g in comps if any(m.lower_ == "that" for m in g.children)]
        stance = verb.lower_ in self.stance or verb.lemma_.lower() in self.stance
        if not comps and stance:
            # "expressed hope for direct contact", "a desire to strengthen ties": a noun of
            # belief or intent, and what it is about.
            comps = [
                g
                for c in children
                if c.dep_ == "dobj" and c.lemma_.lower() in self.stance_nouns
                for g in c.children
                if g.i > c.i and (g.dep_ in {"acl", "xcomp"} or (g.dep_ == "prep" and any(x.dep_ in {"pobj", "pcomp"} for x in g.children)))
            ]
        info = self._information_given(doc, verb, children)
        if info is not None:
            return info
        cue_lo = min([verb.i] + [c.i for c in children if c.dep_ in {"aux", "auxpass", "neg"} and c.i < verb.i])
        # "expressed confidence that ...": the cue runs to the noun the clause hangs on.
        cue_hi = max([verb.i + 1] + [comp.head.i + 1 for comp in comps[:1] if comp.head.head.i == verb.i and comp.head.dep_ == "dobj"])
        cue = (cue_lo, cue_hi)
        mode = AttributionMode.STANCE if stance else AttributionMode.INDIRECT
        content: tuple[int, int] | None = None
        if comps:
            comp = comps[0]
            lo, hi = self._span(comp)
            if doc[lo].lower_ in _WH_WORDS:
                return None  # "did not say when the polls would be held": no proposition
            if comp.dep_ == "xcomp" and mode is AttributionMode.INDIRECT and verb.lemma_ != "say":
                return None
            # "expect the rupee to weaken": the parser may attach the subject to the verb.
            objs = [c for c in children if c.dep_ == "dobj" and c.i < lo]
            if comp.dep_ == "xcomp" and objs:
                lo = objs[0].left_edge.i
            if comp.dep_ == "prep":
                lo = comp.i + 1  # "hope for [direct contact]": without the preposition
            content = self._content_span(doc, lo, hi)
        elif verb.dep_ in {"parataxis", "ccomp"} and verb.head.i != verb.i and verb.i > verb.head.i:
            # '"...," he said.' attached under the quoted clause.
            lo, hi = self._span(verb)
            content = self._content_span(doc, 0, lo)
        if content is None:
            return None
        source: tuple[int, int] | None = None
        passive = False
        subject = subjects[0] if subjects else None
        if subject is not None and subject.lower_ in {"it", "there"} and subject.dep_ == "nsubjpass":
            passive = True
        elif subject is not None:
            source = (subject.i, subject.i + 1) if subject.pos_ == "PRON" else self._span(subject)
        if agents:
            source = self._span(agents[0])
        if passive and source is None:
            # "It was stated in the FIR that ...": the locative names the statement.
            preps = [g for c in children if c.dep_ == "prep" and c.lower_ in {"in", "by"} for g in c.children if g.dep_ == "pobj"]
            if preps:
                source = self._span(preps[0])
            mode = AttributionMode.PASSIVE
        elif source is None:
            return None
        if source is not None and content[0] <= source[0] < content[1]:
            return None
        # "X, citing Y, said ...": the parser may hang "citing" on the verb, the subject
        # or the complement; any citing verb whose head is in this clause counts.
        clause = {verb.i} | ({t.i for t in subject.subtree} if subject is not None else set())
        cited = tuple(
            self._span(obj)
            for c in doc
            if c.lower_ in self.citing and c.head.i in clause | {c.i for c in children}
            for obj in c.children
            if obj.dep_ in {"dobj", "pobj"}
        )
        if content[0] > 0 and any(ch in _QUOTES for ch in doc[content[0] - 1].text) and mode is AttributionMode.INDIRECT:
            mode = AttributionMode.DIRECT_QUOTE
        return TokenRelation(mode, cue, source, content, cited)


#: Auxiliaries that open some cue phrases ("was quoted as saying"); the phrase's verb
#: is the word after them, and "was" on its own is no cue.
_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had"})


_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})


def _head_word(phrase: str) -> str:
    """The verb a dependency parse finds a cue phrase by: its first non-auxiliary word."""
    words = phrase.lower().split()
    return next((w for w in words if w not in _AUXILIARIES), words[0])


def _before_brackets(doc: Doc, index: int) -> int:
    """The token before ``index``, stepping over one bracketed group that ends right
    there ("एजन्सीच्या (केसीएनए)" -> "एजन्सीच्या"); -1 at the start of the sentence."""
    before = index - 1
    if before >= 0 and doc[before].text == ")":
        opening = next((i for i in range(before - 1, max(before - 8, -1), -1) if doc[i].text == "("), None)
        if opening is not None:
            before = opening - 1
    return before


def _bare_variants(phrases: tuple[str, ...], particles: tuple[str, ...]) -> tuple[str, ...]:
    """Each particle-led phrase without its particle, for names with the particle fused on."""
    out: list[str] = []
    for p in phrases:
        head, _, rest = p.partition(" ")
        if head in particles and rest and rest not in phrases and rest not in out:
            out.append(rest)
    return tuple(out)


def _has_quote(doc: Doc, start: int) -> bool:
    return any(ch in _QUOTES for t in doc[start : start + 2] for ch in t.text)


def _is_direct_quote(doc: Doc, content: tuple[int, int]) -> bool:
    s, e = content
    before = doc[s - 1].text if s > 0 else ""
    return bool(before) and before[-1] in _QUOTES and e - s >= 2


def _comma_before(doc: Doc, index: int, floor: int) -> int | None:
    for i in range(index - 1, floor - 1, -1):
        if doc[i].text in {",", "،"}:
            return i
    return None


@cache
def _load_data(lang: str) -> AttributionData | None:
    if not is_supported(lang):
        return None
    try:
        module = importlib.import_module(f"claimcheck.lang.{lang}.attribution")
    except ModuleNotFoundError:
        return None
    data: AttributionData = module.DATA
    return data


def get_recognizer(nlp: Language, lang: str) -> AttributionRecognizer | None:
    """The recognizer for ``lang``, or ``None`` for a language without attribution data."""
    data = _load_data(lang)
    if data is None:
        return None
    return AttributionRecognizer(nlp, lang, data)


def make_attribution(nlp: Language, name: str, lang: str | None) -> AttributionComponent:
    """Factory of the ``claimcheck_attribution`` component (``lang`` defaults to the pipeline's)."""
    return AttributionComponent(nlp, name, lang or nlp.lang or "xx")


def _register_factory() -> None:
    """Register the component with spaCy (done on import; also reachable by entry point)."""
    load_spacy()
    from spacy.language import Language
    from spacy.tokens import Doc

    if not Doc.has_extension("claimcheck_relations"):
        Doc.set_extension("claimcheck_relations", default=None)
    if COMPONENT_NAME not in Language.factories:
        Language.factory(COMPONENT_NAME, default_config={"lang": None}, func=make_attribution)


class AttributionComponent:
    """spaCy component: sets ``doc._.claimcheck_relations`` to the relations of each sentence.

    Add it to any pipeline with ``nlp.add_pipe("claimcheck_attribution")`` after
    ``import claimcheck.attribution``.
    """

    def __init__(self, nlp: Language, name: str, lang: str) -> None:
        self.name = name
        self.recognizer = get_recognizer(nlp, lang)
        data = _load_data(lang)
        self.dependency = DependencyRecognizer(data) if data is not None and "parser" in nlp.pipe_names else None

    def __call__(self, doc: Doc) -> Doc:
        relations: list[TokenRelation] = []
        recognizer: Any = self.dependency if self.dependency is not None and doc.has_annotation("DEP") else self.recognizer
        if recognizer is not None:
            sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
            for sent in sents:
                sub = sent.as_doc()
                for rel in recognizer(sub):
                    relations.append(_shift(rel, sent.start))
        doc._.claimcheck_relations = relations
        return doc


def _shift(rel: TokenRelation, offset: int) -> TokenRelation:
    def mv(pair: tuple[int, int] | None) -> Any:
        return None if pair is None else (pair[0] + offset, pair[1] + offset)

    return replace(
        rel,
        cue=mv(rel.cue),
        source=mv(rel.source),
        content=mv(rel.content),
        cited=tuple(mv(c) for c in rel.cited),
    )


@cache
def attribution_pipeline(lang: str) -> Language:
    """A tokenizer-only pipeline for ``lang`` with the attribution component (one sentence per doc)."""
    spacy = load_spacy()

    from .pipeline import get_pipeline

    parser = _load_parser(lang)
    if parser is not None:
        parser.add_pipe(COMPONENT_NAME, config={"lang": lang})
        return parser
    base = get_pipeline(lang)
    # Share the splitting pipeline's vocab and tokenizer (with claimcheck's fixes), but
    # without its sentencizer: every doc here is one sentence already.
    nlp = spacy.blank(base.lang or "xx", vocab=base.vocab)
    nlp.tokenizer = base.tokenizer
    nlp.add_pipe(COMPONENT_NAME, config={"lang": lang})
    return nlp


#: Set to 1 to ignore installed parsers and use the rule recognizer everywhere.
NO_PARSER_ENV = "CLAIMCHECK_NO_PARSER"


def _load_parser(lang: str) -> Language | None:
    """The language's optional trained pipeline (``parser_package`` in its data), if installed."""
    import os

    data = _load_data(lang)
    if data is None or not data.parser_package or os.environ.get(NO_PARSER_ENV) == "1":
        return None
    try:
        module = importlib.import_module(data.parser_package)
    except ImportError:
        return None
    nlp: Language = module.load(exclude=["ner"])
    return nlp


def uses_parser(lang: str) -> bool:
    """Whether attribution in ``lang`` runs on a dependency parse (vs. token rules)."""
    return "parser" in attribution_pipeline(lang).pipe_names


# -- conversion to the pipeline's dataclasses ------------------------------------------


def attribute_article(article: Article) -> Article:
    """Set the kind and attributions of every sentence of ``article``."""
    from .sources import resolve_source

    out: list[Sentence] = []
    pending_info: list[tuple[int, Attribution]] = []
    for sentence in article.sentences:
        nlp = attribution_pipeline(sentence.lang)
        doc = nlp(sentence_view(article, sentence))
        attributions: list[Attribution] = []
        for rel in doc._.claimcheck_relations or []:
            attribution = _to_attribution(rel, doc, sentence, article, out, resolve_source)
            if rel.content_outside and out:
                pending_info.append((len(out) - 1, attribution))
            attributions.append(attribution)
        attributions = _nest_chains(attributions)
        kind = _kind(sentence, article, attributions)
        out.append(replace(sentence, kind=kind, attributions=tuple(attributions)))
    for index, attribution in pending_info:
        previous = out[index]
        content = Span(previous.start, previous.end, previous.text)
        given = replace(attribution, content=_trim_span(article.text, content))
        out[index] = replace(previous, kind=ClaimKind.ATTRIBUTED, attributions=(*previous.attributions, given))
        holder = index + 1
        out[holder] = replace(
            out[holder],
            attributions=tuple(given if a.mode is AttributionMode.INFORMATION_GIVEN else a for a in out[holder].attributions),
        )
    return replace(article, sentences=tuple(_carry_paragraph_sources(article, out)))


#: Source types whose report a paragraph relays. News writing names the outlet once
#: ("According to KCNA, Kim and Lavrov discussed ...") and goes on with what people said
#: in that report ("Kim said ..."); governments and people are not carried, since a
#: paragraph that opens with them goes on in the writer's own voice as often as not.
OUTLET_TYPES = frozenset({"news_agency", "state_media", "broadcaster", "newspaper"})


def _is_outlet(link: ChainLink) -> bool:
    from .sources import source_by_id

    if not link.source.known:
        return False
    known = source_by_id(link.source.id)
    return known is not None and known.type in OUTLET_TYPES


def _carry_paragraph_sources(article: Article, sentences: list[Sentence]) -> list[Sentence]:
    """Put the outlet a paragraph cites in front of the chains of the people its report
    is about when they speak later in the paragraph.

    "KCNAના જણાવ્યા મુજબ, કિમ અને લાવરૉવે ... ચર્ચા કરી. ... કિમ જોંગ ઉને જણાવ્યું કે ...":
    Kim's relation gets the chain KCNA -> Kim, KCNA marked ``from_paragraph``. What is
    carried is the run of outlets opening the paragraph's latest chain that starts with
    one ("Yonhap, citing KCNA"), and only to a speaker that report names: "KCNA said
    Kim sent greetings. Earlier this year, Pyongyang confirmed ..." is the writer's
    background, not KCNA's report. A paragraph break ends the carrying; bare sentences
    stay bare.
    """
    from .sources import latin_words

    wrapped = _hard_wrapped(article, sentences)
    out: list[Sentence] = []
    carried: tuple[ChainLink, ...] = ()
    named: frozenset[str] = frozenset()
    for sentence in sentences:
        if out and _paragraph_break(article.text[out[-1].end : sentence.start], wrapped):
            carried, named = (), frozenset()
        outlets, content = _leading_outlets(sentence)
        if outlets:
            carried = tuple(replace(link, from_paragraph=True) for link in outlets)
            named = latin_words(content, sentence.lang)
        elif carried and sentence.attributions:
            sentence = replace(sentence, attributions=tuple(_through(a, carried, named) for a in sentence.attributions))
        out.append(sentence)
    return out


def _leading_outlets(sentence: Sentence) -> tuple[tuple[ChainLink, ...], str]:
    """The longest run of outlets that opens one of the sentence's chains, and the
    content that chain's relation attributes to them."""
    best: tuple[ChainLink, ...] = ()
    content = ""
    for attribution in sentence.attributions:
        run: list[ChainLink] = []
        for link in attribution.chain:
            if not _is_outlet(link):
                break
            run.append(link)
        if len(run) > len(best):
            best = tuple(run)
            content = attribution.content.text if attribution.content else ""
    return best, content


def _through(attribution: Attribution, carried: tuple[ChainLink, ...], named: frozenset[str]) -> Attribution:
    """``attribution`` as reported by the ``carried`` outlets, if its source is a person
    (an unknown source) whose name is among the ``named`` words of their report."""
    from .sources import names_unknown_source

    if not attribution.chain or not names_unknown_source(attribution.chain[0].source.id, named):
        return attribution
    return replace(attribution, chain=carried + attribution.chain)


def _paragraph_break(gap: str, wrapped: bool) -> bool:
    """Whether the text between two sentences ends a paragraph: a blank line, or any
    line break in text that is not hard-wrapped."""
    lines = gap.split("\n")
    if len(lines) == 1:
        return False
    return not wrapped or any(not line.strip() for line in lines[1:-1])


def _hard_wrapped(article: Article, sentences: list[Sentence]) -> bool:
    """Whether the article breaks lines inside paragraphs: Markdown always may (a single
    line break is a space there); plain text does when it is wrapped e-mail style, and
    then one sentence in five or more runs across a single line break."""
    if article.format == "md":
        return True
    if not sentences:
        return False
    across = sum(1 for s in sentences if "\n" in article.text[s.start : s.end].strip())
    return across * 5 >= len(sentences)


def _kind(sentence: Sentence, article: Article, attributions: list[Attribution]) -> ClaimKind:
    text = sentence.text.strip()
    if attributions:
        return ClaimKind.ATTRIBUTED
    if text.endswith(("?", "؟")):
        return ClaimKind.NOT_A_CLAIM
    if not text.endswith((".", "।", "۔", "!", "'", "\"", "”", "’", ")")):
        return ClaimKind.NOT_A_CLAIM  # headlines, subheads, datelines
    if len(text.split()) < 3:
        return ClaimKind.NOT_A_CLAIM
    return ClaimKind.UNATTRIBUTED


def _trim_span(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start] in _CONTENT_TRIM:
        start += 1
    while end > start and text[end - 1] in _CONTENT_TRIM:
        end -= 1
    return Span(start, end, text[start:end])


def _char_span(doc: Doc, sentence: Sentence, pair: tuple[int, int] | None, text: str) -> Span | None:
    """Token positions in a sentence doc -> a span of the article ``text``."""
    if pair is None:
        return None
    start, end = pair
    if start >= end:
        return None
    s = sentence.start + doc[start].idx
    last = doc[end - 1]
    e = sentence.start + last.idx + len(last.text)
    return Span(s, e, text[s:e])


def _to_attribution(
    rel: TokenRelation,
    doc: Doc,
    sentence: Sentence,
    article: Article,
    previous: list[Sentence],
    resolve: Any,
) -> Attribution:
    source = _char_span(doc, sentence, rel.source, article.text)
    cue = _char_span(doc, sentence, rel.cue, article.text)
    if rel.split_chars and source is not None and cue is not None and len(source.text) > rel.split_chars:
        cut = source.end - rel.split_chars
        cue = Span(min(cut, cue.start), cue.end, article.text[min(cut, cue.start) : cue.end])
        source = Span(source.start, cut, article.text[source.start : cut])
    chain: list[ChainLink] = []
    resolved_from: str | None = None
    if source is not None:
        ref, resolved_from = _resolve_with_anaphora(source.text, sentence.lang, previous, resolve)
        chain.append(ChainLink(ref, source))
    for cited in rel.cited:
        span = _char_span(doc, sentence, cited, article.text)
        if span is not None:
            chain.append(ChainLink(_ref(resolve(span.text, sentence.lang)), span))
    return Attribution(
        mode=rel.mode,
        source=source,
        cue=cue,
        content=_char_span(doc, sentence, rel.content, article.text),
        chain=tuple(chain),
        resolved_from=resolved_from,
    )


def _ref(resolved: Any) -> SourceRef:
    return SourceRef(id=resolved.id, name=resolved.name, known=resolved.known)


#: How many sentences back a report noun ("the report", "the agency") looks for what it
#: names; pronouns look back fewer. Further back, a new topic has usually begun.
REPORT_LOOKBACK = 6
PRONOUN_LOOKBACK = 4


def _resolve_with_anaphora(
    surface: str, lang: str, previous: list[Sentence], resolve: Any
) -> tuple[SourceRef, str | None]:
    """Resolve a source; pronouns and bare report nouns point back to a source named earlier.

    "the report" / "રિપોર્ટ" / "रिपोर्ट में" resolve to the last known source (the outermost
    of its chain), "the agency" / "एजेंसी" to the last outlet, within
    :data:`REPORT_LOOKBACK` sentences; "योनहाप की रिपोर्ट" names its outlet and resolves
    to it. Pronouns stand for the last speaker within :data:`PRONOUN_LOOKBACK`
    sentences. A surface that names a known source as a whole ("Yonhap News Agency") is
    that source.
    """
    data = _load_data(lang)
    words = surface.lower().split()
    direct = resolve(surface, lang)
    if data is None or not words or direct.known:
        return _ref(direct), None
    last_word = words[-1]
    glue = {
        *data.genitive_particles, *data.ergative_particles, *data.locative_particles, *data.determiners,
        "the", "this", "that", "यह", "इस", "આ", "ही", "या", "یہ", "اس",
    }

    report_nouns = tuple(n.lower() for n in data.report_nouns)
    outlet_nouns = tuple(n.lower() for n in data.outlet_nouns)

    def is_noun(word: str, nouns: tuple[str, ...]) -> bool:
        # Latin words whole or plural ("reports", not "reporters"); other scripts take
        # case endings fused on ("રિપોર્ટમાં").
        if word.isascii():
            return any(word in (n, n + "s") for n in nouns)
        return any(word.startswith(n) for n in nouns)

    def is_report_word(word: str) -> bool:
        return is_noun(word, report_nouns) or is_noun(word, outlet_nouns)

    named = [w for w in words if not is_report_word(w) and w not in glue]
    is_pronoun = len(words) <= 2 and (surface.lower() in data.pronoun_sources or last_word in data.pronoun_sources)
    is_report = any(is_report_word(w) for w in words)
    outlet_only = is_report and not any(is_noun(w, report_nouns) for w in words)
    if is_report and named:
        # "योनहाप की रिपोर्ट": resolve the outlet without the report noun.
        core = " ".join(w for w in surface.split() if not is_report_word(w.lower()) and w.lower() not in glue)
        return _ref(resolve(core, lang)), None
    if is_pronoun or is_report:
        for sent in reversed(previous[-(REPORT_LOOKBACK if is_report else PRONOUN_LOOKBACK) :]):
            for attribution in reversed(sent.attributions):
                # A pronoun stands for a person (the innermost speaker); "the report"
                # for the outlet that made it (the outermost).
                links = attribution.chain if is_report else tuple(reversed(attribution.chain))
                for link in links:
                    if is_report and not (_is_outlet(link) if outlet_only else link.source.known):
                        continue
                    if link.span is not None and link.span.text.lower().split()[-1:] == [last_word]:
                        continue
                    return link.source, surface
    return _ref(direct), None


def _nest_chains(attributions: list[Attribution]) -> list[Attribution]:
    """A relation whose cue lies inside another's content is reported through it.

    "KCNA રિપોર્ટ અનુસાર, '... કિમે કહ્યું કે ...'": Kim's relation gets the chain
    KCNA -> Kim.
    """
    out = []
    for inner in attributions:
        chain = inner.chain
        for outer in attributions:
            if outer is inner or outer.content is None or inner.cue is None:
                continue
            if outer.content.start <= inner.cue.start and inner.cue.end <= outer.content.end:
                chain = tuple(link for link in outer.chain if link not in chain) + chain
        out.append(replace(inner, chain=chain) if chain != inner.chain else inner)
    return out


# Importing this module makes the component available by name to any spaCy pipeline.
_register_factory()
