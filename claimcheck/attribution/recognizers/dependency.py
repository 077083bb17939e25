"""English dependency rules: attribution from a parse (en_core_web_sm), when it is installed.

The speech verb's subject is the source and its clausal complement the content;
"according to" attaches its object as the source; "citing X" adds X to the chain. The
verbs and phrases come from the same language data as the token rules, and a verb
matches by its lemma in any form ("says", "claims", "suggested"): the data's
``speech_lemmas``, ``stance_lemmas`` and ``naming_verbs`` and the head words of its
listed phrases. Names (recorded on each relation):

``dependency.speech``
    a speech or stance verb, its subject (or agent) and its complement;
``dependency.speech.passive``
    "It was stated in the FIR that ...": no agent; the place named, if any, is the source;
``dependency.speech.parataxis``
    '"...," he said.' parsed with the verb under the quoted clause;
``dependency.speech.postposed``
    "Lavrov said the talks were productive, KCNA reported." parsed with KCNA's verb under
    "said": KCNA reports the whole sentence before its comma;
``dependency.speech.parenthetical``
    "The bigger risk, he said, is a clash": the clause around the verb (the cue inside);
``dependency.speech.colon``
    'Devine responded: "I guess so."': what follows the colon;
``dependency.speech.as``
    "..., as RIA Novosti reports.", "as reported by KCNA": the clause the as-clause hangs on;
``dependency.speech.naming``
    "called the report a fabrication", "accused Seoul of provoking the crisis": the
    object and what the verb says of it;
``dependency.according_to``
    "according to X";
``dependency.information_given``
    "This was stated by the army.", "X gave this information": the previous sentence's source;
``dependency.information_given.inline``
    "Kim arrived in Moscow, and state media reported this": the clause before is the content.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...lang.base_attribution import AttributionData
from ...types import AttributionMode
from ..relations import QUOTES, RELATIVE_PRONOUNS, WH_WORDS, TokenRelation, head_word
from .dependency_shapes import (
    _as_clause,
    _colon_after,
    _content_span,
    _host_content,
    _parenthetical,
    _postposed_conj,
    _quoted_as,
    _span,
    _trailing_participle,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

SPEECH = "dependency.speech"
ACCORDING_TO = "dependency.according_to"
INFORMATION_GIVEN = "dependency.information_given"

Pair = tuple[int, int]


@dataclass(frozen=True)
class Words:
    """The language data's words as a parse finds them (head verbs, first words)."""

    speech: frozenset[str]
    stance: frozenset[str]
    naming: frozenset[str]
    """Verbs whose object and its complement are the content ("called X a liar")."""
    citing: frozenset[str]
    non_sources: frozenset[str]
    stance_nouns: frozenset[str]

    @classmethod
    def from_data(cls, data: AttributionData) -> Words:
        return cls(
            speech=frozenset(head_word(p) for p in (*data.speech_verbs, *data.stance))
            | frozenset((*data.speech_lemmas, *data.stance_lemmas, *data.naming_verbs)),
            stance=frozenset(head_word(p) for p in data.stance) | frozenset(data.stance_lemmas),
            naming=frozenset(data.naming_verbs),
            citing=frozenset(p.split()[0].lower() for p in data.citing),
            non_sources=frozenset(w.lower() for w in data.non_sources),
            stance_nouns=frozenset(w.lower() for w in data.stance_nouns),
        )


#: Verbs that give information ("X gave this information", "The information was shared by
#: X"): reporting only with "this information" or "this" as their object or subject.
GIVING_VERBS = frozenset({"give", "provide", "share"})


class DependencyRecognizer:
    """Attribution from a dependency parse (any pipeline with a parser, e.g. en_core_web_sm)."""

    def __init__(self, data: AttributionData) -> None:
        self.data = data
        self.words = Words.from_data(data)

    def __call__(self, doc: Doc) -> list[TokenRelation]:
        """All attribution relations in ``doc`` (one parsed sentence)."""
        w = self.words
        relations: list[TokenRelation] = []
        for tok in doc:
            if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
                rel = according_to(w, doc, tok)
            elif tok.pos_ in {"VERB", "AUX"} and (
                tok.lemma_.lower() in w.speech or tok.lower_ in w.speech or tok.lemma_ in GIVING_VERBS
            ):
                rel = reporting_verb(w, doc, tok)
            else:
                rel = None
            if rel is not None:
                relations.append(rel)
        return relations


def according_to(w: Words, doc: Doc, tok: Token) -> TokenRelation | None:
    to = next(c for c in tok.children if c.lower_ == "to")
    objs = [c for c in to.children if c.dep_ == "pobj"]
    if not objs or objs[0].lower_ in w.non_sources or objs[0].lemma_.lower() in w.non_sources:
        return None
    # "according to the IMD, which has issued an alert": the relative clause is the
    # IMD's description, not its name.
    source = _subject_span(objs[0])
    lo, hi = _span(tok)
    if lo == 0 or all(t.is_punct for t in doc[:lo]):
        content = _content_span(doc, hi, len(doc))
    else:
        content = _content_span(doc, 0, lo)
    if content is None:
        return None
    return TokenRelation(AttributionMode.ACCORDING_TO, (tok.i, to.i + 1), source, content, recognizer=ACCORDING_TO)


def reporting_verb(w: Words, doc: Doc, verb: Token) -> TokenRelation | None:
    """A speech, stance or giving verb: information-given if it reads so, else speech."""
    if verb.dep_ in {"amod", "acl"} or verb.lemma_.lower() in w.citing:
        return None
    # A relative clause reports only when the relative word hangs on a preposition
    # and the clause has a subject of its own ("talks, in which both sides expressed
    # confidence ..."); "the report that said ...", "the policy that the minister
    # announced" describe a noun.
    if verb.dep_ == "relcl" and (
        any(c.lower_ in RELATIVE_PRONOUNS for c in verb.children)
        or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    ):
        return None
    return information_given(w, doc, verb) or speech(w, doc, verb)


def information_given(w: Words, doc: Doc, verb: Token) -> TokenRelation | None:
    """"This was stated by the army." / "X gave this information": the previous sentence's source."""
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ in {"nsubj", "nsubjpass"}]
    objects = [c for c in children if c.dep_ == "dobj"]
    agents = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    demonstrative = {"this", "these", "that"}

    def this_information(tok: Token, determiners: frozenset[str] = frozenset(demonstrative)) -> bool:
        # "this information", "these details": the previous sentence, named by a noun
        return tok.lemma_ in {"information", "news", "detail"} and any(d.lower_ in determiners for d in tok.children)

    # "The information was shared by X": a passive with its agent after a sentence of facts
    # points back as "this" does ("the police shared the details with the family" does not).
    if subjects and (subjects[0].lower_ in demonstrative or this_information(subjects[0], frozenset(demonstrative | {"the"}))) and agents:
        # "This was stated by the army.", "This information was given by the police."
        source = _subject_span(agents[0])
    elif objects and this_information(objects[0]) and subjects:
        source = _span(subjects[0])
    elif objects and objects[0].lower_ in demonstrative and subjects and verb.lower_ in w.speech:
        # "State media reported this on Sunday."
        source = _span(subjects[0])
    else:
        return None
    cue = (min([verb.i] + [c.i for c in children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]), verb.i + 1)
    if verb.dep_ == "conj" and verb.head.i < verb.i:
        # "Kim arrived in Moscow, and state media reported this on Saturday": "this" is
        # the clause before, in this sentence.
        joins = [c.i for c in verb.head.children if c.dep_ in {"cc", "punct"} and verb.head.i < c.i < verb.i]
        content = _content_span(doc, 0, min(joins) if joins else verb.left_edge.i)
        if content is not None:
            return TokenRelation(
                AttributionMode.INFORMATION_GIVEN, cue, source, content, (), recognizer=f"{INFORMATION_GIVEN}.inline"
            )
    return TokenRelation(
        AttributionMode.INFORMATION_GIVEN, cue, source, None, (), content_outside=True, recognizer=INFORMATION_GIVEN
    )


def speech(w: Words, doc: Doc, verb: Token) -> TokenRelation | None:
    """The verb's subject (or agent) says its complement."""
    children = list(verb.children)
    stance = verb.lower_ in w.stance or verb.lemma_.lower() in w.stance
    comps = [_reported_clause(w, doc, c) for c in _complements(w, verb, children, stance)]
    # "expressed confidence that ...": the cue runs to the noun the clause hangs on.
    cue_lo = min([verb.i] + [c.i for c in children if c.dep_ in {"aux", "auxpass", "neg"} and c.i < verb.i])
    quoted = _quoted_as(verb)
    if quoted is not None:
        # "X was quoted as saying ...": the cue runs from "was quoted".
        cue_lo = min([quoted.i] + [c.i for c in quoted.children if c.dep_ in {"aux", "auxpass"} and c.i < quoted.i])
    cue_hi = max([verb.i + 1] + [comp.head.i + 1 for comp in comps[:1] if comp.head.head.i == verb.i and comp.head.dep_ == "dobj"])
    mode = AttributionMode.STANCE if stance else AttributionMode.INDIRECT
    naming = _naming_content(w, doc, verb, children) if not comps else None
    postposed = _postposed_comma(w, doc, verb)
    if postposed is not None and verb.dep_ == "ccomp" and verb.head.i < verb.i:
        # "Lavrov said the talks were productive, KCNA reported.": parsed as a complement
        # of "said", KCNA's verb reports the whole sentence before its comma.
        content, name = _content_span(doc, 0, postposed), f"{SPEECH}.postposed"
    elif comps:
        content = _complement_content(doc, verb, children, comps[0], mode)
        name = SPEECH
    elif naming is not None:
        content, name = naming, f"{SPEECH}.naming"
    elif _as_clause(verb, children):
        # "..., as RIA Novosti reports.", "As KCNA reported, ...": the clause the
        # as-clause hangs on is the content.
        content, name = _host_content(doc, verb), f"{SPEECH}.as"
    elif _parenthetical(doc, verb):
        # "The bigger risk, he said, is a clash ...": the clause around the verb.
        content, name = _content_span(doc, *_span(verb.head)), f"{SPEECH}.parenthetical"
    elif (colon := _colon_after(doc, verb)) is not None:
        # 'Devine responded: "I guess so."': what follows the colon.
        content, name = _content_span(doc, colon + 1, len(doc)), f"{SPEECH}.colon"
    elif (
        (verb.dep_ in {"parataxis", "ccomp"} or _postposed_conj(verb, children))
        and verb.head.i != verb.i
        and verb.i > verb.head.i
        and verb.left_edge.i > 0
        and any(t.is_punct or t.is_space for t in doc[verb.left_edge.i - 1 : verb.left_edge.i + 1])
    ):
        # '"...," he said.' attached under the quoted clause (set off by a comma or a
        # quote: "said the two countries agree ..." is a complement, not this).
        content = _content_span(doc, 0, _span(verb)[0])
        name = f"{SPEECH}.parataxis"
    else:
        content = None
    if content is not None:
        # "..., citing KCNA." closing the content is the chain's, not the claim's; "...,
        # saying B" is a statement of its own.
        cut = next(
            (
                t.i
                for t in doc[content[0] : content[1]]
                if doc[t.i - 1].text == ","
                and (t.lower_ in w.citing or (_trailing_participle(t) and t.lemma_.lower() in w.speech))
            ),
            None,
        )
        content = _content_span(doc, content[0], cut - 1) if cut is not None else content
    if content is None:
        return None
    subject = _subject(verb, children)
    source, impersonal = _source(verb, children, subject)
    if impersonal:
        mode, name = AttributionMode.PASSIVE, f"{SPEECH}.passive"
    elif source is None:
        return None
    if source is not None and content[0] <= source[0] < content[1] and not name.endswith(".parenthetical"):
        return None
    cited = _cited(w, doc, verb, subject, children)
    if content[0] > 0 and any(ch in QUOTES for ch in doc[content[0] - 1].text) and mode is AttributionMode.INDIRECT:
        mode = AttributionMode.DIRECT_QUOTE
    return TokenRelation(mode, (cue_lo, cue_hi), source, content, cited, recognizer=name)


#: Prepositions that carry what a naming verb credits ("described X as Y", "accused X of Y").
_NAMING_PREPS = frozenset({"as", "of"})


def _naming_content(w: Words, doc: Doc, verb: Token, children: list[Token]) -> Pair | None:
    """"called the report a fabrication", "accused Seoul of provoking the crisis": the
    object and what the verb says of it."""
    if verb.lemma_.lower() not in w.naming:
        return None
    # The object and the description, however the parser hangs them: a second object or
    # complement, an "as"/"of" phrase, or quoted words ('called the remarks "racist"').
    parts = [c for c in children if c.i > verb.i and (c.dep_ in {"dobj", "oprd", "ccomp"} or (c.dep_ == "prep" and c.lower_ in _NAMING_PREPS))]
    if not parts or parts[0].dep_ == "prep":
        return None
    end = parts[-1].right_edge.i + 1
    quoted = any(ch in QUOTES for t in doc[parts[0].left_edge.i : end] for ch in t.text)
    if len(parts) < 2 and not quoted:
        return None
    return _content_span(doc, parts[0].left_edge.i, end)


def _source(verb: Token, children: list[Token], subject: Token | None) -> tuple[Pair | None, bool]:
    """The source: the agent of a passive ("was announced by X") or the subject; and
    whether the verb is an impersonal passive, whose source is the place it names if any
    ("It was stated in the FIR that ...")."""
    agents = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if agents:
        return _span(agents[0]), False
    if subject is not None and subject.lower_ in {"it", "there"} and subject.dep_ == "nsubjpass":
        preps = [g for c in children if c.dep_ == "prep" and c.lower_ in {"in", "by"} for g in c.children if g.dep_ == "pobj"]
        return (_span(preps[0]) if preps else None), True
    if subject is not None and _raised_passive(verb, children):
        # "The toll is expected to rise", "The minister is said to have resigned", "with
        # the toll expected to rise": a raised subject belongs to what is reported; who
        # expects or says it is unnamed.
        return None, True
    if subject is None:
        return None, False
    lo, hi = (subject.i, subject.i + 1) if subject.pos_ == "PRON" else _subject_span(subject)
    # "state news agency ARNA said": the parser may make the name a second subject.
    follow = next((c for c in children if c.dep_ == "nsubj" and c.i == hi and c.pos_ == "PROPN"), None)
    return (lo, _span(follow)[1] if follow is not None else hi), False


def _raised_passive(verb: Token, children: list[Token]) -> bool:
    """Whether ``verb`` is a passive participle with an infinitive ("is expected to
    rise", "has been reported to be"): a passive auxiliary, or no perfect "have" (which
    would make it active: "has promised to")."""
    passive = any(c.dep_ == "auxpass" for c in children) or not any(c.dep_ == "aux" and c.lemma_ == "have" for c in children)
    return verb.tag_ == "VBN" and any(c.dep_ == "xcomp" for c in children) and passive


def _subject_span(subject: Token) -> Pair:
    """The subject's phrase without a clause set off by commas ("Lavrov, speaking to
    KCNA, said"; "Kim, who met Lavrov, said") or a time after it ("The University of
    Mumbai on Monday denied"): an apposition stays ("Aisha Rahman, a spokeswoman")."""
    from ...lang import is_date_word

    lo, hi = _span(subject)
    doc = subject.doc
    for c in subject.rights:
        if c.dep_ in {"acl", "relcl"} and c.left_edge.i > lo and doc[c.left_edge.i - 1].text == ",":
            hi = min(hi, c.left_edge.i - 1)
        elif c.dep_ == "prep" and any(g.dep_ == "pobj" and is_date_word(g.text, "en") for g in c.children):
            hi = min(hi, c.left_edge.i)
    return lo, hi


def _postposed_comma(w: Words, doc: Doc, verb: Token) -> int | None:
    """The comma before "KCNA reported." when ``verb`` is a speech verb after its own
    complement, its subject after that comma and nothing but punctuation after it."""
    if not (verb.lemma_.lower() in w.speech or verb.lower_ in w.speech):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    comps = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if not subjects or not comps or not all(t.is_punct or t.is_space for t in doc[verb.i + 1 :]):
        return None
    comma = subjects[0].left_edge.i - 1
    return comma if comma > comps[0].i and doc[comma].text == "," else None


def _reported_clause(w: Words, doc: Doc, comp: Token) -> Token:
    """The clause a complement reports: for "[the talks were productive], KCNA reported"
    parsed under "Lavrov said", the clause before the comma."""
    if _postposed_comma(w, doc, comp) is not None:
        return next(c for c in comp.children if c.dep_ == "ccomp" and c.i < comp.i)
    return comp


def _subject(verb: Token, children: list[Token]) -> Token | None:
    subjects = [c for c in children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
    quoted = _quoted_as(verb)
    if not subjects and quoted is not None:
        subjects = [c for c in quoted.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and verb.i > 0 and verb.doc[verb.i - 1].dep_ == "appos" and verb.doc[verb.i - 1].head.i < verb.i:
        # "Appearing for X, senior advocate Y told the court ...": the parser may read the
        # speaker as an apposition of the opening phrase's noun.
        appos = verb.doc[verb.i - 1]
        if appos.left_edge.i > 0 and verb.doc[appos.left_edge.i - 1].text == ",":
            subjects = [appos]
    if not subjects and _trailing_participle(verb) and verb.head.dep_ == "ccomp":
        # "X denied that the plant had been sealed, saying ...": the parser may hang the
        # participle on the reported clause; it is the speaker's.
        subjects = [c for c in verb.head.head.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS]
    if not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # "Jeffries reacted to the news, saying ...": the subject of the verb it hangs on.
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS]
    if not subjects and verb.dep_ == "conj" and verb.head.dep_ not in {"relcl", "acl"}:
        # "He praised the dialogue and expressed a desire ...": the first verb's subject
        # (not inside a relative clause: "Kim, who met Lavrov and said ...").
        subjects = [
            c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in RELATIVE_PRONOUNS
        ]
    return subjects[0] if subjects else None


def _complements(w: Words, verb: Token, children: list[Token], stance: bool) -> list[Token]:
    """The clauses (or, for a stance, the phrases) that carry what the verb reports."""
    comps = [c for c in children if c.dep_ in {"ccomp", "xcomp"}]
    if not comps:
        # "Reuters reported, citing three people ..., that ...", "Trump said, referring to
        # Obama, that ...": the parser may hang the clause on the participle in between.
        comps = [
            g
            for c in children
            if c.lower_ in w.citing or (c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() not in w.speech)
            for g in c.children
            if g.dep_ == "ccomp" and (c.lower_ in w.citing or any(m.lower_ == "that" for m in g.children))
        ]
    if not comps:
        # "expressed confidence that ...": the clause hangs on the verb's object.
        comps = [g for c in children if c.dep_ == "dobj" for g in c.children if g.dep_ in {"ccomp", "acl"} and g.i > c.i]
        comps = [g for g in comps if any(m.lower_ == "that" for m in g.children)]
    if not comps:
        # "said in a statement that ...": the clause hangs on the preposition's object
        # (a complement clause, "that" its mark; not a relative clause, where "that" is
        # the subject or object).
        comps = [
            g
            for c in children
            if c.dep_ == "prep"
            for o in c.children
            if o.dep_ == "pobj"
            for g in o.children
            if g.dep_ in {"acl", "ccomp"} and g.i > o.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)
        ]
    if not comps and stance:
        # "expressed hope for direct contact", "a desire to strengthen ties": a noun of
        # belief or intent, and what it is about.
        comps = [
            g
            for c in children
            if c.dep_ == "dobj" and c.lemma_.lower() in w.stance_nouns
            for g in c.children
            if g.i > c.i and (g.dep_ in {"acl", "xcomp"} or (g.dep_ == "prep" and any(x.dep_ in {"pobj", "pcomp"} for x in g.children)))
        ]
    return comps


#: Verbs whose infinitive complement is a proposition ("claimed to have shot down 12
#: drones"), unlike an intention ("promised to visit").
_PROPOSITION_XCOMP = frozenset({"say", "claim", "report"})


def _complement_content(
    doc: Doc, verb: Token, children: list[Token], comp: Token, mode: AttributionMode
) -> Pair | None:
    lo, hi = _span(comp)
    if doc[lo].lower_ in WH_WORDS:
        return None  # "did not say when the polls would be held": no proposition
    if comp.dep_ == "xcomp" and mode is AttributionMode.INDIRECT and verb.lemma_ not in _PROPOSITION_XCOMP:
        return None
    # "expect the rupee to weaken": the parser may attach the subject to the verb.
    objs = [c for c in children if c.dep_ == "dobj" and c.i < lo]
    if comp.dep_ == "xcomp" and objs:
        lo = objs[0].left_edge.i
    if comp.dep_ == "prep":
        lo = comp.i + 1  # "hope for [direct contact]": without the preposition
    return _content_span(doc, lo, hi)


def _cited(w: Words, doc: Doc, verb: Token, subject: Token | None, children: list[Token]) -> tuple[Pair, ...]:
    """"X, citing Y, said ...": the parser may hang "citing" on the verb, the subject or
    the complement; any citing verb whose head is in this clause counts."""
    clause = {verb.i} | ({t.i for t in subject.subtree} if subject is not None else set())
    return tuple(
        _span(obj)
        for c in doc
        if c.lower_ in w.citing and c.head.i in clause | {c.i for c in children}
        for obj in c.children
        if obj.dep_ in {"dobj", "pobj"}
    )
