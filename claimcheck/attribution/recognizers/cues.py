"""Cue matching, shared by every token-rule family: one ``PhraseMatcher`` over the language's data.

Each match carries a label naming the kind of cue; a family declares the labels it
handles (:mod:`claimcheck.attribution.recognizers`). Labels:

``speech``, ``stance``, ``light``
    speech verbs, stance predicates, verbs completing a split cue ("..., अशी माहिती X ने दिली");
``according``, ``according_genitive``, ``according_fused``
    "according to" phrases: separate, after a genitive fused onto the source
    ("પટેલના જણાવ્યા મુજબ"), or fused onto the source itself ("अहवालानुसार");
``citing``, ``citing_genitive``
    markers of a cited inner source ("के हवाले से", "citing");
``passive``
    agentless passives ("कहा गया", "it was reported");
``info_subject``, ``info_verb``
    "this information" and the verb that gives it ("यह जानकारी ... दी").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..relations import bare_variants, before_brackets
from .context import Cue, Grammar

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc


def _all_bare(phrases: tuple[str, ...], particles: tuple[str, ...]) -> tuple[str, ...]:
    """Each particle-led phrase without its particle ("च्या मते" -> "मते"), listed alone
    or not: the matcher reads it with a genitive fused on the word before."""
    listed = bare_variants(phrases, particles)
    alone = tuple(
        rest for p in phrases for head, _, rest in [p.partition(" ")] if head in particles and rest in phrases
    )
    return tuple(dict.fromkeys((*listed, *alone)))


class CueMatcher:
    """Finds the cues of one language in a doc, longest match first, left to right."""

    def __init__(self, nlp: Language, grammar: Grammar) -> None:
        from spacy.matcher import PhraseMatcher

        data = grammar.data
        self.grammar = grammar
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        labels: dict[str, tuple[str, ...]] = {
            "speech": data.speech_verbs,
            "according": data.according_to,
            "according_bare": _all_bare(data.according_to, (*data.genitive_particles, *data.ergative_particles)),
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
                self.matcher.add(label, [nlp.make_doc(p) for p in phrases])

    def __call__(self, doc: Doc) -> list[Cue]:
        from spacy.util import filter_spans

        label_of: dict[tuple[int, int], str] = {}
        for match_id, s, e in self.matcher(doc):
            label: str | None = doc.vocab.strings[match_id]
            if label is not None and label.endswith("_bare"):
                label = self._fused_genitive(doc, s, label)
            held = label_of.get((s, e))
            # One form under two labels: "ही माहिती X ने दिली" reads as information-given,
            # not light; an inflected speech verb that is also an information verb
            # ("بتائی") keeps the information label (the recognizer reads it as speech
            # when no "this information" is there).
            # A bare according-to phrase after a fused genitive ("तज्ज्ञांच्या मते") is
            # read with the genitive, even where the phrase is also listed alone ("मते").
            if label is not None and (
                held is None or (held == "speech" and label != "light") or (held == "according" and label == "according_genitive")
            ):
                label_of[(s, e)] = label
        kept = sorted(filter_spans([doc[s:e] for s, e in label_of]), key=lambda sp: sp.start)
        cues = [Cue(label_of[(sp.start, sp.end)], sp.start, sp.end) for sp in kept]
        if self.grammar.according_suffix is not None:
            cues = self._with_fused_according(doc, cues)
        return cues

    def _fused_genitive(self, doc: Doc, start: int, label: str) -> str | None:
        """"પટેલના જણાવ્યા મુજબ": the genitive is fused onto the name before the cue, or
        before an acronym in brackets ("एजन्सीच्या (केसीएनए) हवाल्याने"); else no cue."""
        g = self.grammar
        host = before_brackets(doc, start)
        if host < 0 or not doc[host].text.endswith(g.case_endings) or doc[host].lower_ in g.case_words:
            return None
        return label[: -len("_bare")] + "_genitive"

    def _with_fused_according(self, doc: Doc, cues: list[Cue]) -> list[Cue]:
        """Add the according-to endings fused onto a source (Marathi "अहवालानुसार")."""
        suffix = self.grammar.according_suffix
        assert suffix is not None
        for tok in doc:
            if suffix.search(tok.text) and len(tok.text) > 5 and not any(s <= tok.i < e for _, s, e in cues):
                cues.append(Cue("according_fused", tok.i, tok.i + 1))
        cues.sort(key=lambda c: c[1])
        return cues
