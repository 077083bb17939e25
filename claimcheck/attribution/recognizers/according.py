"""According-to: "according to the ministry, ...", "पुलिस के अनुसार, ...", "अहवालानुसार ...".

Names (recorded on each relation):

``rules.according_to``
    a separate phrase: before the source in SVO ("according to X"), after it in SOV
    ("X के अनुसार");
``rules.according_to.genitive``
    the source's genitive is fused onto it ("પટેલના જણાવ્યા મુજબ"): the ending is the cue's;
``rules.according_to.fused``
    the whole according-to ending is fused onto the source (Marathi "अहवालानुसार");
``rules.according_to.given``
    according to information someone gave ("पुलिस द्वारा दी गई जानकारी के अनुसार",
    "पोलिसांनी दिलेल्या माहितीनुसार"): the giver is the source.
"""

from __future__ import annotations

from ...types import AttributionMode
from ..relations import TokenRelation
from .citing import cited_between, is_citing
from .context import HARD_PUNCT, Context, Family

NAME = "rules.according_to"


def according_to(ctx: Context, index: int, label: str) -> TokenRelation | None:
    if ctx.data.word_order == "SVO":
        return _source_after(ctx, index)
    return _source_before(ctx, index, label)


def _source_after(ctx: Context, index: int) -> TokenRelation | None:
    """"According to X, ...", "..., according to X": the source follows the cue."""
    doc = ctx.doc
    _, cue_start, cue_end = ctx.cues[index]
    src_end = ctx.np_right(cue_end, len(doc))
    if src_end == cue_end or doc[src_end - 1].lower_ in ctx.grammar.non_source_words:
        return None
    if cue_start == 0 or all(t.is_punct for t in doc[:cue_start]):
        content = ctx.content(src_end, len(doc))
    else:
        content = ctx.content(0, cue_start)
    cited = cited_between(ctx, src_end, len(doc))
    if content is None:
        return None
    return TokenRelation(
        AttributionMode.ACCORDING_TO, (cue_start, cue_end), (cue_end, src_end), content, tuple(cited), recognizer=NAME
    )


def _source_before(ctx: Context, index: int, label: str) -> TokenRelation | None:
    """"X के अनुसार, ...": the source precedes the cue, maybe sharing a token with it."""
    doc, g = ctx.doc, ctx.grammar
    _, cue_start, cue_end = ctx.cues[index]
    split = 0
    source: tuple[int, int] | None
    name = NAME
    if label == "according_fused":
        # Marathi "अहवालानुसार": the source and the cue share one token.
        src_start = ctx.np_left(cue_start, 0)
        source = (src_start, cue_end)
        match = g.according_suffix.search(doc[cue_start].text) if g.according_suffix else None
        split = len(match.group(0)) if match else 0
        stem = doc[cue_start].lower_[: len(doc[cue_start].text) - split]
        if src_start == cue_start and (stem in g.not_sources or stem in g.pronouns):
            return None  # "ज्यानुसार" (under which), "त्यानुसार" (accordingly): no source
        name = f"{NAME}.fused"
    else:
        src_start = ctx.np_left(cue_start, 0)
        source = (src_start, cue_start) if src_start < cue_start else None
        if label == "according_genitive" and source is not None and doc[cue_start - 1].lower_ not in ctx.data.genitive_pronouns:
            # Not when an acronym in brackets stands between ("X-ના (KCNA) જણાવ્યા"):
            # the genitive then stays inside the source span.
            # The shortest ending that fits: "अधिकाऱ्यांच्या" is अधिकाऱ्यां + च्या, not a word
            # cut before the honorific "यांच्या" (written apart when it is one).
            split = len(min((e for e in g.case_endings if doc[cue_start - 1].text.endswith(e)), key=len, default=""))
            name = f"{NAME}.genitive"
    cited: tuple[tuple[int, int], ...] = ()
    if source is None and label != "according_fused":
        source, cited = _giver_citing(ctx, index)
    if source is not None and any(doc[source[1] - 1].lower_.startswith(w) for w in g.non_source_words):
        return None  # "منصوبے کے مطابق" (according to plan): no source
    noun = cue_start if label == "according_fused" else (source[1] - 1 if source is not None else None)
    if noun is not None and doc[noun].lower_.startswith(tuple(ctx.data.given_nouns)):
        # "पुलिस द्वारा दी गई जानकारी के अनुसार", "पुलिस की जानकारी के अनुसार": the information
        # is the giver's or owner's, and "मिळालेल्या माहितीनुसार" (according to information
        # received) names no source. The cue stays the according-to phrase; "द्वारा
        # शुक्रवार को जारी आंकड़ों" between is neither source nor cue (claimcheck's gold, hi-004).
        source, split, name = _giver(ctx, noun), 0, f"{NAME}.given"
    content = ctx.content(cue_end, ctx.next_clause(cue_end, opened=True)) if cue_end < len(doc) - 1 else None
    if content is None and source is not None and source[0] > 0:
        content = ctx.content(0, source[0])
    if content is None:
        return None
    return TokenRelation(
        AttributionMode.ACCORDING_TO, (cue_start, cue_end), source, content, cited, split_chars=split, recognizer=name
    )


def _giver_citing(ctx: Context, index: int) -> tuple[tuple[int, int] | None, tuple[tuple[int, int], ...]]:
    """"पीटीआयने सूत्रांच्या हवाल्याने दिलेल्या वृत्तानुसार": a citing phrase right before
    the cue, and before it the giver with its ergative fused on: the giver is the source
    and the cited the chain's inner link. ``(None, ())`` otherwise."""
    doc = ctx.doc
    if index == 0:
        return None, ()
    label, citing_start, citing_end = ctx.cues[index - 1]
    if not is_citing(label) or citing_end != ctx.cues[index][1]:
        return None, ()
    # The giver's ergative is the nearest before the cited phrase (a few words at most).
    giver = next(
        (j for j in range(citing_start - 2, max(citing_start - 2 - _CITED_MAX_WORDS, -1), -1) if ctx.fused_ergative(doc[j])),
        None,
    )
    if giver is None:
        return None, ()
    return (ctx.np_left(giver + 1, 0), giver + 1), ((giver + 1, citing_start),)


#: Most words of a cited phrase between a giver and its citing words ("सूत्रांच्या").
_CITED_MAX_WORDS = 4


def _giver(ctx: Context, noun: int) -> tuple[int, int] | None:
    """Who gave the information ``noun`` names: the phrase before the nearest ergative,
    giver or genitive particle (or fused ergative or genitive ending) in its clause;
    ``None`` when it names none ("सूत्रों से मिली जानकारी", "पुलिस की जानकारी" have one,
    "जानकारी के अनुसार" none)."""
    from ...lang import is_date_word

    doc, g = ctx.doc, ctx.grammar
    particles = [p.split() for p in (*g.particles, *g.genitives, *ctx.data.giver_particles)]
    particles.sort(key=len, reverse=True)  # "کی جانب سے" before "سے"
    fused_genitives = tuple(p for p in ctx.data.genitive_particles if not p.isascii())
    # A postposition on the way ("रविवार को") does not end the search; a comma, a new
    # clause or "that" does ("मंत्री ने कहा कि ताज़ा जानकारी के अनुसार": not the minister's
    # information). (Cue words do not: "दी गई" of "द्वारा दी गई जानकारी" is one.)
    stops = (g.openers | g.complementizers | frozenset(w.lower() for w in ctx.data.clause_boundaries)) - {
        p[0] for p in particles
    }
    i = noun - 1
    while i >= 0 and doc[i].text not in HARD_PUNCT and doc[i].lower_ not in stops:
        tok = doc[i]
        for words in particles:
            first = i - len(words) + 1
            if first > 0 and [t.lower_ for t in doc[first : i + 1]] == words:
                lo = ctx.np_left(first, 0)
                return (lo, first) if lo < first else None
        # A fused ergative or genitive ending ("પોલીસે", "पोलिसांच्या"), not a date's
        # case ending ("રવિવારે").
        fused = ctx.fused_ergative(tok) or (
            fused_genitives and tok.lower_.endswith(fused_genitives) and len(tok.text) > 3
        )
        if fused and not is_date_word(tok.text, doc.lang_) and not tok.lower_.startswith(tuple(ctx.data.given_nouns)):
            return ctx.np_left(i + 1, 0), i + 1
        i -= 1
    return None


FAMILY = Family(
    name=NAME,
    labels=frozenset({"according", "according_genitive", "according_fused"}),
    word_orders=frozenset({"SOV", "SVO"}),
    recognize=according_to,
)
