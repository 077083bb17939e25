"""Agentless passives: "it was reported that ...", "रिपोर्ट में यह भी कहा गया कि ...".

Names (recorded on each relation):

``rules.passive``
    no source, or the place the statement was made ("रिपोर्ट में", "અહેવાલમાં");
``rules.passive.cited``
    no place, but a cited person ("કિમને ટાંકીને કહેવામાં આવ્યું"): they are the source.
"""

from __future__ import annotations

from ...types import AttributionMode
from ..relations import QUOTES, TokenRelation, before_brackets
from .citing import cited_before, citing_spans
from .context import Context, Family

NAME = "rules.passive"


def passive(ctx: Context, index: int, label: str) -> TokenRelation | None:
    _, cue_start, cue_end = ctx.cues[index]
    cue_end = ctx.after_cue(cue_end)
    comp = ctx.complementizer_after(cue_end, 3)
    source: tuple[int, int] | None = None
    if ctx.data.word_order == "SVO":
        content = ctx.content(comp + 1 if comp is not None else cue_end, len(ctx.doc))
    else:
        content = ctx.content(comp + 1, len(ctx.doc)) if comp is not None else None
        source = _place(ctx, cue_start)
        if content is None:
            content = _content_before(ctx, cue_start, cue_end)
    if content is None:
        return None
    cited = cited_before(ctx, cue_start, source[1] if source else 0)
    name = NAME
    if source is None and cited:
        # "કિમને ટાંકીને કહેવામાં આવ્યું": the cited person is the only source named.
        source, cited = cited[0], cited[1:]
        name = f"{NAME}.cited"
    return TokenRelation(AttributionMode.PASSIVE, (cue_start, cue_end), source, content, tuple(cited), recognizer=name)


def _place(ctx: Context, cue_start: int) -> tuple[int, int] | None:
    """The report or meeting the statement was made in, read leftwards from the cue."""
    doc, g = ctx.doc, ctx.grammar
    markers = citing_spans(ctx)
    i = cue_start
    while i > 0:
        i -= 1
        tok = doc[i]
        marker = next(((s, e) for s, e in markers if s <= i < e), None)
        if marker is not None:
            # "ધ હિન્દુના અહેવાલમાં X ને ટાંકીને કહેવામાં આવ્યું": step over the citing
            # phrase and the person it cites.
            i = ctx.np_left(before_brackets(doc, marker[0]) + 1, 0)
            continue
        if tok.lower_ in g.quotatives:
            continue  # "या अहवालात असे नमूद करण्यात आले"
        if tok.lower_ in ctx.data.locative_particles and i > 0:
            # "रिपोर्ट में यह भी कहा गया": the report is where it was said.
            start = ctx.np_left(i, 0)
            return (start, i + 1) if start < i and not _gathering(ctx, i - 1) else None
        if ctx.is_boundary(tok):
            return None
        if g.locatives and tok.text.endswith(g.locatives) and len(tok.text) > 3:
            return None if _gathering(ctx, i) else (ctx.np_left(i + 1, 0), i + 1)
    return None


def _gathering(ctx: Context, i: int) -> bool:
    """Whether the place's head word is a meeting or an event ("बैठक में", "બેઠકમાં"):
    where it was said, not who said it."""
    return ctx.doc[i].text.startswith(ctx.data.gathering_nouns) if ctx.data.gathering_nouns else False


def _content_before(ctx: Context, cue_start: int, cue_end: int) -> tuple[int, int] | None:
    """The content before an SOV passive: up to a quotative, or a quotation that ends the
    sentence with the cue ("'...,' किम के हवाले से कहा गया।")."""
    doc = ctx.doc
    quotative = next((i for i in range(0, cue_start) if doc[i].lower_ in ctx.grammar.quotatives), None)
    if quotative is not None:
        content = ctx.content(0, quotative)
        if content is not None:
            return content
    if all(t.is_punct or t.is_space for t in doc[cue_end:]):
        marks = [i for i in range(0, cue_start) if doc[i].text in {",", "،"} or any(q in doc[i].text for q in QUOTES)]
        if marks:
            return ctx.content(0, marks[-1] + 1)
    return None


FAMILY = Family(name=NAME, labels=frozenset({"passive"}), word_orders=frozenset({"SOV", "SVO"}), recognize=passive)
