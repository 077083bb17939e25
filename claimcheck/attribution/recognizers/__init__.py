"""The attribution recognizers: a registry of small families, one module each.

Token rules (any language, from its data in ``claimcheck/lang/<code>/attribution.py``):
one shared ``PhraseMatcher`` finds the cues (:mod:`.cues`), and each cue goes to the
family that handles its label. Every relation records the family's dotted name
(``TokenRelation.recognizer``), with a last part for the sub-pattern where one applies:

according-to (:mod:`.according`)
    ``rules.according_to``, ``rules.according_to.genitive``, ``rules.according_to.fused``
citing chains (:mod:`.citing`)
    no relation of their own: they add ``cited`` to the relations of the other families
speech verb in SOV order, gu hi mr ur (:mod:`.speech_sov`)
    ``rules.speech_sov``, ``.quotative``, ``.opening``, ``.postposed``, ``.genitive``, ``.split``
speech verb in SVO order, en (:mod:`.speech_svo`)
    ``rules.speech_svo``, ``.postposed``, ``.inverted``
agentless passive (:mod:`.passive`)
    ``rules.passive``, ``rules.passive.cited``
information-given (:mod:`.information`)
    ``rules.information_given``, ``rules.information_given.inline``

Dependency rules (English, where its parser is installed; :mod:`.dependency`):
``dependency.speech``, ``.passive``, ``.parataxis``, ``.postposed``, ``.parenthetical``,
``.colon``, ``.as``, ``.naming``; ``dependency.according_to``;
``dependency.information_given``, ``.inline``. Each module's docstring says what each
name means; the names are stable (users and goldens see them).

A recognizer keeps no per-call state: each sentence gets its own :class:`.Context`, so
one recognizer may serve many docs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.base_attribution import AttributionData
from ..relations import TokenRelation
from . import according, citing, information, passive, speech_sov, speech_svo
from .context import Context, Cue, Family, Grammar
from .cues import CueMatcher
from .dependency import DependencyRecognizer

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

#: Every token-rule family; :func:`families_for` picks those of a word order.
RULE_FAMILIES: tuple[Family, ...] = (
    according.FAMILY,
    citing.FAMILY,
    speech_sov.FAMILY,
    speech_svo.FAMILY,
    passive.FAMILY,
    information.FAMILY,
)


def families_for(word_order: str) -> dict[str, Family]:
    """Cue label -> the family that handles it, for languages of ``word_order``."""
    out: dict[str, Family] = {}
    for family in RULE_FAMILIES:
        if word_order in family.word_orders:
            for label in family.labels:
                assert label not in out, f"two families handle {label!r}"
                out[label] = family
    return out


def _reading(ctx: Context, cue: Cue, has_info_subject: bool) -> str:
    """The label ``cue`` is read as: a split cue's verb ("..., अशी माहिती X ने दिली") is
    ``light`` when a quotative and its noun open the split, else nothing (``""``); an
    information verb that is also a speech verb ("بتائی") is ``speech`` without a
    "this information" subject."""
    if cue.label == "light" and not ctx.split_cue_opened(cue.start):
        return ""
    if cue.label == "passive" and _active_perfect(ctx, cue):
        return "speech"
    if cue.label == information.VERB and not has_info_subject:
        # No "this information" subject: the verb closes a split cue, if one is open.
        if ctx.split_cue_opened(cue.start):
            return "light"
        return "speech" if ctx.doc[cue.start : cue.end].text.lower() in ctx.grammar.verb_words else ""
    return cue.label


def _active_perfect(ctx: Context, cue: Cue) -> bool:
    """A passive-looking cue that opens with a speech verb, after a case-marked subject:
    the active perfect ("ब्लूमबर्गने ... म्हटले आहे", Bloomberg has said), not the
    impersonal passive ("अहवालात म्हटले आहे", the report says)."""
    doc, g = ctx.doc, ctx.grammar
    if doc[cue.start].lower_ not in g.verb_words:
        return False
    lo = max((e for lab, _s, e in ctx.cues if e <= cue.start and not lab.startswith("citing")), default=0)
    citing = {i for lab, s, e in ctx.cues if lab.startswith("citing") for i in range(s, e)}
    return ctx.marked_subject(lo, cue.start, citing) is not None


class RuleRecognizer:
    """Finds attribution relations in one sentence of one language, from its data."""

    def __init__(self, nlp: Language, lang: str, data: AttributionData) -> None:
        self.lang = lang
        self.data = data
        self.grammar = Grammar.from_data(data)
        self.cues = CueMatcher(nlp, self.grammar)
        self.families = families_for(data.word_order)

    def __call__(self, doc: Doc) -> list[TokenRelation]:
        """All attribution relations in ``doc`` (one sentence)."""
        ctx = Context.of(doc, self.cues(doc), self.grammar)
        has_info_subject = any(cue.label == information.SUBJECT for cue in ctx.cues)
        relations: list[TokenRelation] = []
        for index, cue in enumerate(ctx.cues):
            label = _reading(ctx, cue, has_info_subject)
            family = self.families.get(label)
            if family is None or family.recognize is None:
                continue  # "this information", citing markers: read by other families
            rel = family.recognize(ctx, index, label)
            if rel is not None:
                relations.append(rel)
        return relations


__all__ = [
    "RULE_FAMILIES",
    "Context",
    "Cue",
    "CueMatcher",
    "DependencyRecognizer",
    "Family",
    "Grammar",
    "RuleRecognizer",
    "families_for",
]
