"""Citing chains: "X, citing Y, said ...", "Y के हवाले से X ने कहा".

A citing marker makes no relation of its own: it names an inner source that the
relation around it (speech, passive, according-to) carries in ``cited``. In SOV
languages the cited source comes before its marker ("કિમને ટાંકીને"), in SVO after it
("citing Y").
"""

from __future__ import annotations

from .context import Context, Family

#: The cue labels of this family.
LABELS = frozenset({"citing", "citing_genitive"})


def is_citing(label: str) -> bool:
    return label.startswith("citing")


def citing_tokens(ctx: Context) -> set[int]:
    """Every token of a citing marker (a subject search skips them)."""
    return {i for lab, s, e in ctx.cues if is_citing(lab) for i in range(s, e)}


def citing_spans(ctx: Context) -> list[tuple[int, int]]:
    return [(s, e) for lab, s, e in ctx.cues if is_citing(lab)]


def cited_between(ctx: Context, lo: int, hi: int, source: tuple[int, int] | None = None) -> list[tuple[int, int]]:
    """Inner sources named by citing markers between token ``lo`` and ``hi``."""
    cited = []
    for s, e in citing_spans(ctx):
        if not (lo <= s < hi):
            continue
        if ctx.data.word_order == "SOV":
            floor = source[1] if source is not None and source[1] <= s else lo
            src_start = ctx.np_left(s, floor)
            if src_start < s:
                cited.append((src_start, s))
        else:
            src_end = ctx.np_right(e, hi)
            if src_end > e:
                cited.append((e, src_end))
    return cited


def cited_before(ctx: Context, cue_start: int, floor: int) -> list[tuple[int, int]]:
    """Inner sources named before ``cue_start``, each read leftwards from its marker
    down to ``floor`` (the passive's cited persons)."""
    cited = []
    for s, _e in citing_spans(ctx):
        if s < cue_start:
            src_start = ctx.np_left(s, floor)
            if src_start < s:
                cited.append((src_start, s))
    return cited


FAMILY = Family(name="rules.citing", labels=LABELS, word_orders=frozenset({"SOV", "SVO"}), recognize=None)
