"""Speech verbs in SVO order (English without a parser): "The ministry said that ...".

Names (recorded on each relation):

``rules.speech_svo``
    the subject before the verb, the content after it (or after "that");
``rules.speech_svo.postposed``
    "..., the ministry said.": the content before the subject;
``rules.speech_svo.inverted``
    '"...," said John Smith, a spokesman.': the verb before its subject, after the quotation.
"""

from __future__ import annotations

from ...types import AttributionMode
from ..relations import WH_WORDS, TokenRelation, comma_before, is_direct_quote
from .citing import citing_spans, is_citing
from .context import Context, Family

NAME = "rules.speech_svo"

#: Labels read as speech; "stance" makes a stance ("vowed", "expressed hope").
LABELS = frozenset({"speech", "stance", "light"})

_QUOTE_COMMA = {",", "\"", "”", "'", "’"}

#: What a reading finds: source, content, cited sources, and the sub-pattern's name.
_Reading = tuple[tuple[int, int] | None, tuple[int, int] | None, list[tuple[int, int]], str]


def speech_svo(ctx: Context, index: int, label: str) -> TokenRelation | None:
    doc = ctx.doc
    _, cue_start, cue_end = ctx.cues[index]
    cue_end = ctx.after_cue(cue_end)
    mode = AttributionMode.STANCE if label == "stance" else AttributionMode.INDIRECT
    # Auxiliaries and adverbs right before the verb belong to the cue ("has said").
    while cue_start > 0 and doc[cue_start - 1].lower_ in ctx.grammar.aux:
        cue_start -= 1
    before = doc[cue_start - 1] if cue_start > 0 else None
    if before is not None and before.lower_ in ctx.grammar.determiners:
        return None  # "the said property", "Kim's pledge": a noun or adjective, not a verb
    citing_before = any(s < cue_start for s, _e in citing_spans(ctx))
    # "KCNA, citing Kim, said ...": the comma closes the citing phrase, not a quotation.
    if before is not None and before.text in _QUOTE_COMMA and _nothing_after_subject(ctx, cue_end) and not citing_before:
        reading = _inverted(ctx, cue_start, cue_end)
    else:
        reading = _subject_first(ctx, index, cue_start, cue_end)
    if reading is None:
        return None
    source, content, cited, name = reading
    if source is None or content is None:
        return None
    if doc[source[0]].lower_ in ctx.data.not_sources and source[1] - source[0] == 1:
        return None
    if doc[content[0]].lower_ in WH_WORDS and content[0] >= cue_end:
        return None  # "did not say when the polls would be held": no proposition
    if is_direct_quote(doc, content) and mode is AttributionMode.INDIRECT:
        mode = AttributionMode.DIRECT_QUOTE
    return TokenRelation(mode, (cue_start, cue_end), source, content, tuple(cited), recognizer=name)


def _nothing_after_subject(ctx: Context, cue_end: int) -> bool:
    """Whether the phrase after the verb ends the clause ('said John Smith, a spokesman.')."""
    doc = ctx.doc
    after_np = ctx.np_right(cue_end, len(doc)) if cue_end < len(doc) else cue_end
    if any(t.lower_ in ctx.grammar.aux for t in doc[cue_end:after_np]):
        return False  # "said the talks were productive": a clause, not a name
    return after_np >= len(doc) or doc[after_np].text in {",", ".", "?", "!"} or all(t.is_punct for t in doc[after_np:])


def _ends_sentence(ctx: Context, cue_end: int) -> bool:
    return all(t.is_punct or t.is_space for t in ctx.doc[cue_end:])


def _inverted(ctx: Context, cue_start: int, cue_end: int) -> _Reading | None:
    """Inverted or postposed: '"...," said John Smith, a spokesman.' / '..., said he.'"""
    doc = ctx.doc
    quote_end = cue_start - 1
    while quote_end > 0 and doc[quote_end - 1].text in _QUOTE_COMMA:
        quote_end -= 1
    if _ends_sentence(ctx, cue_end):
        return None  # ", said." has no source
    source = None
    first = doc[cue_end]
    if first.lower_ in ctx.grammar.pronouns or first.is_title or first.lower_ in {"the", "a", "an"}:
        src_end = ctx.np_right(cue_end, len(doc))
        source = (cue_end, src_end) if src_end > cue_end else None
    return source, ctx.content(0, quote_end + 1), [], f"{NAME}.inverted"


def _trailing_citation(ctx: Context, cue_end: int) -> tuple[int, int] | None:
    """"..., KCNA said, citing Kim.": the source cited by a phrase that ends the sentence."""
    doc = ctx.doc
    for s, e in citing_spans(ctx):
        if s > cue_end and all(t.text == "," for t in doc[cue_end:s]):
            end = ctx.np_right(e, len(doc))
            if end > e and _ends_sentence(ctx, end):
                return e, end
    return None


def _subject_first(ctx: Context, index: int, cue_start: int, cue_end: int) -> _Reading:
    """The subject is the phrase between the clause start and the verb."""
    source, cited = _subject(ctx, index, cue_start)
    trailing = _trailing_citation(ctx, cue_end)
    if (_ends_sentence(ctx, cue_end) or trailing is not None) and source is not None:
        # "..., the ministry said." with the content before the source.
        comma = comma_before(ctx.doc, source[0], 0)
        content = ctx.content(0, comma) if comma else None
        return source, content, cited + ([trailing] if trailing else []), f"{NAME}.postposed"
    content, cited_after = _content_after(ctx, cue_end, _postposed_reporter(ctx, index, cue_end))
    return source, content, cited + cited_after, NAME


def _subject(ctx: Context, index: int, cue_start: int) -> tuple[tuple[int, int] | None, list[tuple[int, int]]]:
    """The verb's subject, and the source it cites ("X, citing Y, said")."""
    doc = ctx.doc
    lo = 0
    for lab, _s, e in ctx.cues[:index]:
        if not is_citing(lab) and e <= cue_start:
            lo = e
    comps = [i for i in range(lo, cue_start) if doc[i].lower_ in ctx.grammar.complementizers]
    if comps:
        lo = comps[-1] + 1
    source: tuple[int, int] | None = None
    cited: list[tuple[int, int]] = []
    for s, e in citing_spans(ctx):
        if lo <= s < cue_start:
            # "X, citing Y, said": the source ends before the citing phrase.
            cited.append((e, ctx.np_right(e, cue_start)))
            comma = doc[s - 1].text == ","
            src_start = ctx.np_left(s - 1 if comma else s, lo)
            source = (src_start, s - 1 if comma else s) if src_start < s else None
            break
    if source is None:
        src_start = ctx.np_left(cue_start, lo)
        if src_start < cue_start:
            source = (src_start, cue_start)
    if source is not None and source[1] - source[0] > ctx.data.source_max_tokens:
        source = None
    return source, cited


def _postposed_reporter(ctx: Context, index: int, cue_end: int) -> int:
    """Where the content after cue ``index`` ends: at the comma before a later speech
    verb that closes the sentence ("Lavrov said the talks were productive, KCNA
    reported."): that verb reports the whole sentence, this one only up to the comma."""
    doc = ctx.doc
    for label, s, e in ctx.cues[index + 1 :]:
        if label in LABELS and _ends_sentence(ctx, ctx.after_cue(e)):
            comma = comma_before(doc, s, cue_end)
            if comma is not None and s - comma <= 1 + ctx.data.source_max_tokens:
                return comma
    return len(doc)


def _content_after(ctx: Context, cue_end: int, end: int) -> tuple[tuple[int, int] | None, list[tuple[int, int]]]:
    """The content after the verb up to ``end``, and the sources cited on the way
    ("said, citing Y, that")."""
    doc = ctx.doc
    rest = cue_end
    # "told reporters on Sunday that ...": skip to the complementiser.
    comp = ctx.complementizer_after(cue_end, 8)
    if comp is not None:
        rest = comp + 1
    cited = []
    for s, e in citing_spans(ctx):
        if s >= cue_end and (comp is None or s < comp):
            cited_end = ctx.np_right(e, len(doc))
            cited.append((e, cited_end))
            if comp is None:
                rest = cited_end
    return ctx.content(rest, end), cited


FAMILY = Family(name=NAME, labels=LABELS, word_orders=frozenset({"SVO"}), recognize=speech_svo)
