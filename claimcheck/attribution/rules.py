"""The token-rule recognizer: attribution from cue lexicons and grammar facts, any language.

Cues are found with ``PhraseMatcher`` patterns built from the language's data
(``claimcheck/lang/<code>/attribution.py``); for each cue the source, the content and the
chain of cited sources are worked out from word order, case endings, complementisers
and quotatives, which are data, not code branches.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lang.base_attribution import AttributionData
from ..types import AttributionMode
from .relations import (
    CONTENT_TRIM,
    HARD_PUNCT,
    QUOTES,
    WH_WORDS,
    TokenRelation,
    bare_variants,
    before_brackets,
    comma_before,
    has_quote,
    is_direct_quote,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc, Token


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
            "according_bare": bare_variants(data.according_to, (*data.genitive_particles, *data.ergative_particles)),
            "citing": data.citing,
            "citing_bare": bare_variants(data.citing, (*data.genitive_particles, *data.dative_particles)),
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
                host = before_brackets(doc, s)
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
            tok.text in HARD_PUNCT
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
        while start < end and (doc[start].is_space or all(ch in CONTENT_TRIM for ch in doc[start].text)):
            start += 1
        while end > start and (doc[end - 1].is_space or all(ch in CONTENT_TRIM for ch in doc[end - 1].text)):
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
            and not any(ch in QUOTES for t in doc[lo:quotative] for ch in t.text)
            and self._subject_end(doc, quotative + 1, cue_start, citing_spans) is None
            and (found_before := self._subject_end(doc, lo, quotative, citing_spans)) is not None
        ):
            # "X यांनी [content] असा विश्वास व्यक्त केला": the subject opens the sentence and
            # the content runs from it to the quotative.
            src_start = self._np_left(doc, found_before[0], lo)
            opening = self._content(doc, found_before[1], quotative)
            if opening is not None and src_start < found_before[0]:
                if is_direct_quote(doc, opening) and mode is AttributionMode.INDIRECT:
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
            i for lab, s, _e in cues if lab == "citing_genitive" for i in range(max(before_brackets(doc, s), 0), s)
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
            quote_follows = cue_end < len(doc) and doc[cue_end].text in {":", ","} and has_quote(doc, cue_end + 1)
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
        if content is None and cue_end < len(doc) and doc[cue_end].text in {":", ","} and has_quote(doc, cue_end + 1):
            # "તેમણે કહ્યું, 'અમે તૈયાર છીએ.'"
            content = self._content(doc, cue_end + 1, len(doc))
        if content is None and comp is None and source is not None:
            quoted = [i for i in range(source[1], cue_start) if any(ch in QUOTES for ch in doc[i].text)]
            comma = comma_before(doc, source[0], lo)
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
        if content is not None and is_direct_quote(doc, content):
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
                comma = comma_before(doc, source[0], 0)
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
        if doc[content[0]].lower_ in WH_WORDS and content[0] >= cue_end:
            return None  # "did not say when the polls would be held": no proposition
        if is_direct_quote(doc, content) and mode is AttributionMode.INDIRECT:
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
                marks = [i for i in range(0, cue_start) if doc[i].text in {",", "،"} or any(q in doc[i].text for q in QUOTES)]
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

