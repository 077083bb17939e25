"""Information-given: "यह जानकारी पुलिस ने दी", "This was stated by the army."

The sentence names the source of the PREVIOUS sentence (``content_outside``), which
the article pass fills in. Names (recorded on each relation):

``rules.information_given``
    the content is the previous sentence;
``rules.information_given.inline``
    "X हुआ, यह जानकारी पुलिस ने दी": the clause before the comma is the content.
"""

from __future__ import annotations

from ...types import AttributionMode
from ..relations import TokenRelation
from .context import Context, Family

NAME = "rules.information_given"

#: Cue labels: the verb opens the relation; "this information" tells it from a split cue.
VERB, SUBJECT = "info_verb", "info_subject"


def information_given(ctx: Context, index: int, label: str) -> TokenRelation | None:
    _, start, end = ctx.cues[index]
    if ctx.data.word_order == "SVO":
        return _svo(ctx, start, end)
    doc = ctx.doc
    subject = {i for lab, s, e in ctx.cues if lab == SUBJECT for i in range(s, e)}
    # After a clause and a comma, "this information" is that clause, not the previous sentence.
    opens = min(subject, default=0)
    inside = opens > 1 and doc[opens - 1].text in {",", "،"}
    found = ctx.subject_end(opens if inside else 0, start, subject)
    source = None
    if found is not None:
        src_end, _ = found
        floor = max((i + 1 for i in subject if i < src_end), default=0)
        source = (ctx.np_left(src_end, floor), src_end)
    cue = (start, ctx.after_cue(end))
    content = ctx.content(0, opens - 1) if inside else None
    if content is not None:
        return TokenRelation(AttributionMode.INFORMATION_GIVEN, cue, source, content, (), recognizer=f"{NAME}.inline")
    return TokenRelation(
        AttributionMode.INFORMATION_GIVEN, cue, source, None, (), content_outside=True, recognizer=NAME
    )


def _svo(ctx: Context, start: int, end: int) -> TokenRelation:
    """"This was stated by the army." / "The minister gave this information."."""
    doc = ctx.doc
    src: tuple[int, int] | None
    if doc[end - 1].lower_ == "by":
        src_end = ctx.np_right(end, len(doc))
        src = (end, src_end) if src_end > end else None
    else:
        src_start = ctx.np_left(start, 0)
        src = (src_start, start) if src_start < start else None
    return TokenRelation(
        AttributionMode.INFORMATION_GIVEN, (start, end), src, None, (), content_outside=True, recognizer=NAME
    )


FAMILY = Family(name=NAME, labels=frozenset({VERB}), word_orders=frozenset({"SOV", "SVO"}), recognize=information_given)
