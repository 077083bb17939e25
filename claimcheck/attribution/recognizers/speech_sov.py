"""Speech verbs in SOV order (gu, hi, mr, ur): "पुलिस ने कहा कि ...", "... असे मंत्र्यांनी सांगितले".

The verb comes last; its subject is case-marked (ergative "ने", fused "मंत्रालयाने") or a
nominative before it; the content follows a complementiser, or precedes the subject
and the verb, closed by a quotative ("असे", "એમ") or a comma. Names (recorded on each
relation):

``rules.speech_sov``
    subject, verb, complementiser, content ("पुलिस ने कहा कि ..."), or the content
    between subject and verb ("X એ Y આપવાનું વચન આપ્યું");
``rules.speech_sov.quotative``
    the content before a quotative ("... असे मंत्र्यांनी सांगितले");
``rules.speech_sov.opening``
    the subject opens the sentence and the content runs to the quotative
    ("X यांनी [content] असा विश्वास व्यक्त केला");
``rules.speech_sov.postposed``
    the content, a comma, then subject and verb ("..., पुलिस ने बताया।");
``rules.speech_sov.genitive``
    a noun cue after a genitive ("X का कहना है कि"): the genitive joins the cue;
``rules.speech_sov.split``
    a cue split around its source ("..., अशी माहिती X ने दिली").
"""

from __future__ import annotations

from dataclasses import dataclass

from ...types import AttributionMode
from ..relations import QUOTES, TokenRelation, before_brackets, comma_before, has_quote, is_direct_quote, quoted_runs
from .citing import cited_between, citing_tokens, is_citing
from .context import Context, Family

NAME = "rules.speech_sov"

#: Labels read as speech; "stance" makes a stance, "light" closes a split cue.
LABELS = frozenset({"speech", "stance", "light"})

Pair = tuple[int, int]


@dataclass
class _Clause:
    """Positions in the clause of one speech verb, worked out step by step (one call only)."""

    cue_start: int
    cue_end: int
    lo: int
    """Where the clause starts."""
    comp: int | None
    """A complementiser right after the verb ("कहा कि ...")."""
    quotative: int | None
    """A quotative closing a content before the verb ("... असे सांगितले")."""
    postposed: int | None
    """The comma or quote after a content that precedes subject and verb."""
    search_lo: int = 0
    """Where the subject search starts."""
    genitive: bool = False
    """Whether the cue opens with a genitive ("X का कहना है")."""


def speech_sov(ctx: Context, index: int, label: str) -> TokenRelation | None:
    mode = AttributionMode.STANCE if label == "stance" else AttributionMode.INDIRECT
    skip = citing_tokens(ctx)
    c = _clause(ctx, index, skip)
    if c.quotative is not None:
        opening = _opening(ctx, c, skip, mode)
        if opening is not None:
            return opening
    source: Pair | None
    shared = _shared_subject(ctx, index, c, skip)
    if shared is not None:
        source, after_marker = shared, c.cue_start
    else:
        source, after_marker = _source(ctx, c, _subject(ctx, c, label, skip))
    content = _content(ctx, c, source, after_marker)
    if ctx.indirect_question(c.cue_start, content):
        return None
    if source is None and content is None:
        return None
    if source is None and mode is not AttributionMode.STANCE and c.comp is None:
        return None
    cited = cited_between(ctx, c.search_lo, c.cue_start, source)
    if content is not None and is_direct_quote(ctx.doc, content):
        mode = AttributionMode.DIRECT_QUOTE if mode is AttributionMode.INDIRECT else mode
    return TokenRelation(
        mode, (c.cue_start, c.cue_end), source, content, tuple(cited), recognizer=_name(c, label)
    )


def _name(c: _Clause, label: str) -> str:
    if label == "light":
        return f"{NAME}.split"
    if c.genitive:
        return f"{NAME}.genitive"
    if c.quotative is not None:
        return f"{NAME}.quotative"
    if c.postposed is not None:
        return f"{NAME}.postposed"
    return NAME


def _clause(ctx: Context, index: int, skip: set[int]) -> _Clause:
    """Where the verb's clause starts, and the words that place its content."""
    doc, g = ctx.doc, ctx.grammar
    _, cue_start, cue_end = ctx.cues[index]
    cue_end = ctx.after_cue(cue_end)
    prev_end = 0
    for lab, _s, e in ctx.cues[:index]:
        if not is_citing(lab) and lab != "info_subject":
            prev_end = e
    # A previous relation's complementiser opens a new clause: search after it.
    comp_before = [i for i in range(prev_end, cue_start) if doc[i].lower_ in g.complementizers]
    lo = comp_before[-1] + 1 if comp_before else prev_end
    # A second clause ("..., જ્યારે X એ જણાવ્યું કે ...") has its own subject; a "but"
    # inside a quotation is the quotation's ("“A लेकिन B,” X ने कहा": all of it is X's).
    clause_starts = [i for i in range(lo, cue_start) if doc[i].lower_ in g.openers and i > lo]
    if clause_starts:
        quoted = quoted_runs(doc)
        clause_starts = [i for i in clause_starts if not any(a <= i < z for a, z in quoted)]
    if clause_starts and ctx.subject_end(clause_starts[-1] + 1, cue_start, set()) is not None:
        lo = clause_starts[-1] + 1
    # "..., जहां ग्रामीणों का कहना है कि ...": a genitive before the cue is the relative
    # clause's own speaker.
    relatives = [i for i in range(lo, cue_start) if doc[i].lower_ in ctx.data.relative_openers]
    if relatives and cue_start > 0 and doc[cue_start - 1].lower_ in g.genitives:
        lo = relatives[-1] + 1
    comp = ctx.complementizer_after(cue_end, 3)
    quotative = next((i for i in range(lo, cue_start) if doc[i].lower_ in g.quotatives and i > lo), None)
    if comp is not None:
        # "दोनों पक्षों ने यह भी कहा कि ...": with a complementiser after the verb the
        # quotative word points forward to the content, it does not close one before.
        quotative = None
    postposed = None
    if quotative is None and comp is None and all(t.is_punct or t.is_space for t in doc[cue_end:]):
        # "..., पुलिस ने बताया।" / "“...”، انہوں نے کہا۔": the subject follows the content.
        marks = [i for i in range(lo, cue_start) if doc[i].text in {",", "،"} or doc[i].text in "”’\"'"]
        # "X, Y केल्याचे Z ने म्हटले": the content runs on to the clause-final verb.
        closed = bool(marks) and _after_clause_final(ctx, marks[-1] + 1, cue_start, skip) is not None
        if marks and not closed and ctx.subject_end(marks[-1] + 1, cue_start, skip) is not None:
            postposed = marks[-1]
    c = _Clause(cue_start, cue_end, lo, comp, quotative, postposed)
    c.search_lo = quotative + 1 if quotative is not None else (postposed + 1 if postposed is not None else lo)
    return c


def _shared_subject(ctx: Context, index: int, c: _Clause, skip: set[int]) -> Pair | None:
    """The subject of the speech verb before, for a verb right after "and" with a
    complementiser after it ("प्रवक्ता ने खबरों का खंडन किया कि A, और कहा कि B"): the
    words before "and" are the first verb's content, and a noun in it ("इमारत को") is
    no subject of the second."""
    doc = ctx.doc
    if c.comp is None or c.cue_start == 0 or doc[c.cue_start - 1].lower_ not in ctx.grammar.conjunctions:
        return None
    before = [n for n in range(index) if ctx.cues[n][0] in {"speech", "stance"}]
    if not before:
        return None
    first = _clause(ctx, before[-1], skip)
    source, _ = _source(ctx, first, _subject(ctx, first, ctx.cues[before[-1]][0], skip))
    return source


def _opening(ctx: Context, c: _Clause, skip: set[int], mode: AttributionMode) -> TokenRelation | None:
    """"X यांनी [content] असा विश्वास व्यक्त केला": the subject opens the sentence and the
    content runs from it to the quotative (no subject between quotative and verb)."""
    doc = ctx.doc
    assert c.quotative is not None
    if any(ch in QUOTES for t in doc[c.lo : c.quotative] for ch in t.text):
        return None
    if ctx.subject_end(c.quotative + 1, c.cue_start, skip) is not None:
        return None
    found = ctx.subject_end(c.lo, c.quotative, skip)
    if found is None:
        return None
    src_start = ctx.np_left(found[0], c.lo)
    content = ctx.content(found[1], c.quotative)
    if content is None or src_start >= found[0]:
        return None
    if is_direct_quote(doc, content) and mode is AttributionMode.INDIRECT:
        mode = AttributionMode.DIRECT_QUOTE
    return TokenRelation(
        mode, (c.cue_start, c.cue_end), (src_start, found[0]), content, recognizer=f"{NAME}.opening"
    )


def _subject(ctx: Context, c: _Clause, label: str, skip: set[int]) -> Pair | None:
    """The subject: (end of the source phrase, index after its marker), or ``None``.

    Moves ``c.cue_start`` over a genitive that joins the cue, and ``c.search_lo`` past
    a comma the subject follows.
    """
    doc = ctx.doc
    c.genitive = (
        label == "speech"
        and c.cue_start > c.search_lo
        and doc[c.cue_start - 1].lower_ in ctx.grammar.genitives
        # "X ने Y की तरदीद की": an ergative subject is the source, not the genitive's noun.
        and ctx.subject_end(c.search_lo, c.cue_start - 1, skip) is None
    )
    # The token a citing marker's genitive/dative is fused onto is the cited source.
    skip = skip | {
        i for lab, s, _e in ctx.cues if lab == "citing_genitive" for i in range(max(before_brackets(doc, s), 0), s)
    }
    if c.genitive:
        # "X का कहना है कि": the source is the phrase before the genitive.
        c.cue_start -= 1
        return c.cue_start, c.cue_start
    # "... विचारविनिमय केल्याचे केसीएनएने म्हटले": the subject follows the verb that
    # closes the embedded clause (a case-marked word inside the clause is not it).
    found = _after_clause_final(ctx, c.search_lo, c.cue_start, skip)
    if found is not None:
        return found
    # "..., સંદેશમાં, કિમે ... ગણાવ્યા": after a comma, the subject follows it.
    commas = [i for i in range(c.search_lo, c.cue_start) if doc[i].text in {",", "،"}]
    found = ctx.subject_end(commas[-1] + 1, c.cue_start, skip) if commas else None
    if found is not None:
        c.search_lo = commas[-1] + 1
        return found
    return ctx.subject_end(c.search_lo, c.cue_start, skip)


def _after_clause_final(ctx: Context, lo: int, cue_start: int, skip: set[int]) -> Pair | None:
    """The case-marked subject right before the verb, right after the verb that closes an
    embedded clause ("... चर्चा केल्याचे केसीएनएने म्हटले"), if the clause is so built."""
    doc, endings = ctx.doc, ctx.data.clause_final_endings
    finals = [i for i in range(lo, cue_start) if endings and doc[i].text.endswith(endings)]
    if not finals:
        return None
    found = ctx.marked_subject(finals[-1] + 1, cue_start, skip)
    return found if found is not None and found[1] == cue_start else None


def _quote_follows(ctx: Context, cue_end: int) -> bool:
    """"તેમણે કહ્યું, 'અમે તૈયાર છીએ.'": a quotation after the verb and a colon or comma."""
    doc = ctx.doc
    return cue_end < len(doc) and doc[cue_end].text in {":", ",", "،"} and has_quote(doc, cue_end + 1)


def _source(ctx: Context, c: _Clause, found: Pair | None) -> tuple[Pair | None, int]:
    """The source phrase, and where the words after its marker start."""
    doc = ctx.doc
    if found is not None:
        src_end, after_marker = found
        if doc[src_end - 1].lower_ in ctx.grammar.pronouns:
            src_start = src_end - 1
        else:
            src_start = ctx.np_left(src_end, c.search_lo)
        return ((src_start, src_end) if src_start < src_end else None), after_marker
    if c.comp is not None or c.quotative is not None or _quote_follows(ctx, c.cue_end):
        # Nominative subjects of intransitive speech verbs ("अर्थमंत्री म्हणाले की"),
        # without a time adjunct before the verb ("देशमुख सामन्यानंतर म्हणाल्या").
        end = c.cue_start
        while end > c.search_lo and ctx.time_adjunct(doc[end - 1]):
            end -= 1
        src_start = ctx.np_left(end, c.search_lo)
        if src_start < end and c.cue_start - src_start <= 6:
            return (src_start, end), c.search_lo
    return None, c.search_lo


def _content(ctx: Context, c: _Clause, source: Pair | None, after_marker: int) -> Pair | None:
    """The content: after the complementiser, before the quotative or comma, or quoted."""
    content: Pair | None = None
    if c.comp is not None:
        content = ctx.content(c.comp + 1, ctx.next_clause(c.comp + 1))
    elif c.quotative is not None:
        content = ctx.content(c.lo, c.quotative)
    elif c.postposed is not None:
        content = ctx.content(c.lo, c.postposed + 1)
    if content is None and _quote_follows(ctx, c.cue_end):
        content = ctx.content(c.cue_end + 1, len(ctx.doc))
    if content is None and c.comp is None and source is not None:
        content = _content_before_source(ctx, c, source)
    if content is None and c.comp is None:
        # "X એ Y આપવાનું વચન આપ્યું": the content sits between the source and the cue
        # (at least three words: "انہوں نے کچھ نہیں کہا" says nothing).
        begin = max(source[1] if source else c.search_lo, after_marker)
        content = ctx.content(begin, c.cue_start)
        if content is not None and content[1] - content[0] < 3:
            content = None
    return content


def _content_before_source(ctx: Context, c: _Clause, source: Pair) -> Pair | None:
    doc, lo = ctx.doc, c.lo
    quoted = [i for i in range(source[1], c.cue_start) if any(ch in QUOTES for ch in doc[i].text)]
    comma = comma_before(doc, source[0], lo)
    if len(quoted) >= 2:
        # "કિમે ... તેમના 'સૌથી પ્રિય મિત્ર' ગણાવ્યા": the quoted words are the content.
        return ctx.content(quoted[0] + 1, quoted[-1])
    g = ctx.grammar
    # The subject right before the verb, maybe with the particle of a Latin name ("KCNA એ").
    adjacent = all(doc[i].lower_ in g.latin_particles for i in range(source[1], c.cue_start))
    endings = ctx.data.clause_final_endings
    if comma is not None and endings and adjacent and doc[source[0] - 1].text.endswith(endings):
        # "X, Y केल्याचे Z ने म्हटले": the embedded clause runs over the comma.
        return ctx.content(lo, source[0])
    if comma is not None and comma > lo + 1 and adjacent:
        return ctx.content(lo, comma)
    if source[0] > lo + 1 and adjacent:
        # Marathi/Gujarati embedded clause: "... झाल्याचे पोलिसांनी सांगितले".
        return ctx.content(lo, source[0])
    return None


FAMILY = Family(name=NAME, labels=LABELS, word_orders=frozenset({"SOV"}), recognize=speech_sov)
