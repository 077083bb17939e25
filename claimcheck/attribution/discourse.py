"""Discourse passes over an article's sentences: what one sentence's attribution owes
to the sentences around it (paragraph sources, pronouns and "the report", chains)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..types import Article, Attribution, ChainLink, ClaimKind, Sentence, SourceRef
from .component import load_data

OUTLET_TYPES = frozenset({"news_agency", "state_media", "broadcaster", "newspaper"})


def is_outlet(link: ChainLink) -> bool:
    from ..sources import source_by_id

    if not link.source.known:
        return False
    known = source_by_id(link.source.id)
    return known is not None and known.type in OUTLET_TYPES


def carry_paragraph_sources(article: Article, sentences: list[Sentence]) -> list[Sentence]:
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
    from ..sources import latin_words

    wrapped = hard_wrapped(article, sentences)
    out: list[Sentence] = []
    carried: tuple[ChainLink, ...] = ()
    named: frozenset[str] = frozenset()
    for sentence in sentences:
        if out and paragraph_break(article.text[out[-1].end : sentence.start], wrapped):
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
            if not is_outlet(link):
                break
            run.append(link)
        if len(run) > len(best):
            best = tuple(run)
            content = attribution.content.text if attribution.content else ""
    return best, content


def _through(attribution: Attribution, carried: tuple[ChainLink, ...], named: frozenset[str]) -> Attribution:
    """``attribution`` as reported by the ``carried`` outlets, if its source is a person
    (an unknown source) whose name is among the ``named`` words of their report."""
    from ..sources import names_unknown_source

    if not attribution.chain or not names_unknown_source(attribution.chain[0].source.id, named):
        return attribution
    return replace(attribution, chain=carried + attribution.chain)


def paragraph_break(gap: str, wrapped: bool) -> bool:
    """Whether the text between two sentences ends a paragraph: a blank line, or any
    line break in text that is not hard-wrapped."""
    lines = gap.split("\n")
    if len(lines) == 1:
        return False
    return not wrapped or any(not line.strip() for line in lines[1:-1])


def hard_wrapped(article: Article, sentences: list[Sentence]) -> bool:
    """Whether the article breaks lines inside paragraphs: Markdown always may (a single
    line break is a space there); plain text does when it is wrapped e-mail style, and
    then one sentence in five or more runs across a single line break."""
    if article.format == "md":
        return True
    if not sentences:
        return False
    across = sum(1 for s in sentences if "\n" in article.text[s.start : s.end].strip())
    return across * 5 >= len(sentences)


def claim_kind(sentence: Sentence, article: Article, attributions: list[Attribution]) -> ClaimKind:
    text = sentence.text.strip()
    if attributions:
        return ClaimKind.ATTRIBUTED
    if text.endswith(("?", "؟")):
        return ClaimKind.NOT_A_CLAIM
    if not text.endswith((".", "।", "۔", "!", "'", "\"", "”", "’", ")")):
        return ClaimKind.NOT_A_CLAIM  # headlines, subheads, datelines
    if len(text.split()) < 3 or _dateline_only(text):
        return ClaimKind.NOT_A_CLAIM
    return ClaimKind.UNATTRIBUTED


#: Words of a dateline standing as its own paragraph, its credit bracket aside.
_DATELINE_WORDS = 4


def _dateline_only(text: str) -> bool:
    """A wire dateline on a line of its own: a place, a comma and a date, maybe a credit
    ("पुणे, 15 जुलाई।", "जुन्नर, ता. 15 (वार्ताहर)"). It states nothing, and two of them
    align with each other."""
    bare = re.sub(r"\([^)]*\)", " ", text)
    return "," in bare and len(bare.split()) <= _DATELINE_WORDS and any(ch.isdigit() for ch in bare)


REPORT_LOOKBACK = 6
PRONOUN_LOOKBACK = 4


def resolve_with_anaphora(
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
    data = load_data(lang)
    words = surface.lower().split()
    direct = resolve(surface, lang)
    if data is None or not words or direct.known:
        return source_ref(direct), None
    last_word = words[-1]
    glue = {
        *data.genitive_particles, *data.ergative_particles, *data.locative_particles, *data.determiners,
        *data.report_prepositions, "the", "this", "that", "यह", "इस", "આ", "ही", "या", "یہ", "اس",
    }

    report_nouns = tuple(n.lower() for n in data.report_nouns)
    outlet_nouns = tuple(n.lower() for n in data.outlet_nouns)

    def is_noun(word: str, nouns: tuple[str, ...]) -> bool:
        # Latin words whole or plural ("reports", not "reporters"); other scripts take
        # case endings fused on ("રિપોર્ટમાં").
        if word.isascii():
            return any(word in (n, n + "s") for n in nouns)
        return any(word.startswith(n) for n in nouns)

    # A capitalised Latin word next to another is part of a name, whatever it means ("the
    # U.S. Geological Survey", "National Disaster Management Agency"): not a report noun.
    # Alone it may only open the sentence ("Reports said ...": the report of the outlet
    # named before).
    capitalised = _in_capitalised_runs(surface.split(), glue)

    def is_report_word(word: str) -> bool:
        return word not in capitalised and (is_noun(word, report_nouns) or is_noun(word, outlet_nouns))

    named = [w for w in words if not is_report_word(w) and w not in glue]
    is_pronoun = ((len(words) <= 2 and (surface.lower() in data.pronoun_sources or last_word in data.pronoun_sources))
                  or surface.lower() in data.whole_pronoun_sources or surface.lower() in data.genitive_pronouns)
    is_report = any(is_report_word(w) for w in words)
    outlet_only = is_report and not any(is_noun(w, report_nouns) for w in words)
    if is_report and named:
        # "योनहाप की रिपोर्ट": resolve the outlet without the report noun.
        core = " ".join(w for w in surface.split() if not is_report_word(w.lower()) and w.lower() not in glue)
        resolved = resolve(core, lang)
        if resolved.known or any(is_noun(w, report_nouns) for w in words if w not in capitalised):
            return source_ref(resolved), None
        # "the country's disaster management agency": an outlet noun that heads a
        # description of an unknown body names it whole ("Yonhap news agency" is Yonhap).
        return source_ref(direct), None
    if is_pronoun or is_report:
        for sent in reversed(previous[-(REPORT_LOOKBACK if is_report else PRONOUN_LOOKBACK) :]):
            for attribution in reversed(sent.attributions):
                # A pronoun stands for a person (the innermost speaker); "the report"
                # for the outlet that made it (the outermost).
                links = attribution.chain if is_report else tuple(reversed(attribution.chain))
                for link in links:
                    if is_report and not (is_outlet(link) if outlet_only else link.source.known):
                        continue
                    if link.span is not None and link.span.text.lower().split()[-1:] == [last_word]:
                        continue
                    return link.source, surface
    return source_ref(direct), None


def _in_capitalised_runs(words: list[str], glue: set[str]) -> set[str]:
    """The lower-cased words of ``words`` in runs of two or more capitalised Latin words
    (glue words neither join nor break a run's count)."""
    out: set[str] = set()
    run: list[str] = []
    for word in [*words, ""]:
        if word[:1].isascii() and word[:1].isupper() and word.lower() not in glue:
            run.append(word.lower())
            continue
        if len(run) >= 2:
            out.update(run)
        run = []
    return out


def nest_chains(attributions: list[Attribution]) -> list[Attribution]:
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


def source_ref(resolved: Any) -> SourceRef:
    return SourceRef(id=resolved.id, name=resolved.name, known=resolved.known)


