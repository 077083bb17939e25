"""Rules and model together: the combination rules measured on PolNeAR dev and the gold files.

Spans are character spans per role over one text; sentences are character spans too.
Each function keeps every rule span and differs in what it takes from the model.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

Spans = Mapping[str, Sequence[tuple[int, int]]]
ROLES = ("source", "cue", "content")

MIN_CONTENT_CONFIDENCE = 0.8
"""A tagger content whose words are, on average, less likely than this to be content
(:attr:`~claimcheck.tagger.model.TaggedSpan.confidence`) is dropped before the rules
fill (their content, if any, takes its place). Chosen on PolNeAR dev half A (every
threshold from 0.65 to 0.85 raised its content exact F1 by 0.007-0.012; 0.8: +0.012);
on half B, which chose nothing, 0.8 moves content by +0.0003 and source by +0.005
(training/README.md, sixth round)."""


def _sentence_of(position: int, sentences: Sequence[tuple[int, int]]) -> int:
    for n, (s, e) in enumerate(sentences):
        if s <= position < e:
            return n
    return -1


def fill(rules: Spans, model: Spans, sentences: Sequence[tuple[int, int]]) -> dict[str, list[tuple[int, int]]]:
    """Rule spans, plus the model's spans that start in a sentence where the rules found
    no span of any role (the rules keep every sentence they attribute)."""
    covered = {_sentence_of(s, sentences) for role in ROLES for s, _ in rules.get(role, ())}
    return {
        role: sorted(set(rules.get(role, ())) | {sp for sp in model.get(role, ()) if _sentence_of(sp[0], sentences) not in covered})
        for role in ROLES
    }


def fill_free(first: Spans, then: Spans, sentences: Sequence[tuple[int, int]]) -> dict[str, list[tuple[int, int]]]:
    """As :func:`fill`, but a span of ``then`` that overlaps any span of ``first`` (of any
    role) is left out: PolNeAR gives each token to at most one attribution, and ``first``'s
    span may run on from a sentence before (a quote over several sentences)."""
    taken = [span for role in ROLES for span in first.get(role, ())]
    free = {
        role: [sp for sp in then.get(role, ()) if not any(min(sp[1], e) > max(sp[0], s) for s, e in taken)]
        for role in ROLES
    }
    return fill(first, free, sentences)


def fill_free_contents(first: Spans, then: Spans, sentences: Sequence[tuple[int, int]]) -> dict[str, list[tuple[int, int]]]:
    """As :func:`fill_free`, and ``then``'s contents also in sentences where ``first`` has a
    cue but no content: a relation whose cue and source the tagger found and whose content
    it missed ("“We're here,” Bennett said.") takes the rules' content, still overlapping
    none of ``first``'s spans. Measured on PolNeAR train: content exact F1 0.581 -> 0.594."""
    out = fill_free(first, then, sentences)
    taken = [span for role in ROLES for span in first.get(role, ())]
    with_cue = {_sentence_of(s, sentences) for s, _ in first.get("cue", ())}
    with_content = {_sentence_of(s, sentences) for s, _ in first.get("content", ())}
    missing = with_cue - with_content
    extra = {
        sp for sp in then.get("content", ())
        if _sentence_of(sp[0], sentences) in missing and not any(min(sp[1], e) > max(sp[0], s) for s, e in taken)
    }
    out["content"] = sorted(set(out["content"]) | extra)
    return out


def fill_sourced(rules: Spans, model: Spans, sentences: Sequence[tuple[int, int]]) -> dict[str, list[tuple[int, int]]]:
    """As :func:`fill`, but only from sentences where the model found a cue *and* a source:
    a lone content or cue is where the model's broader notion of attribution (PolNeAR's
    beliefs and intentions) most often disagrees with claimcheck's."""
    complete = {_sentence_of(s, sentences) for s, _ in model.get("cue", ())} & {
        _sentence_of(s, sentences) for s, _ in model.get("source", ())}
    kept = {role: [sp for sp in model.get(role, ()) if _sentence_of(sp[0], sentences) in complete] for role in ROLES}
    return fill(rules, kept, sentences)


def fill_roles(rules: Spans, model: Spans, sentences: Sequence[tuple[int, int]]) -> dict[str, list[tuple[int, int]]]:
    """Per role: rule spans, plus the model's spans of that role in sentences where the
    rules have none of that role (a source the rules left out, a second cue...)."""
    out = {}
    for role in ROLES:
        covered = {_sentence_of(s, sentences) for s, _ in rules.get(role, ())}
        out[role] = sorted(set(rules.get(role, ())) | {sp for sp in model.get(role, ()) if _sentence_of(sp[0], sentences) not in covered})
    return out


def reshape(spans: Spans, model: Spans, roles: Sequence[str] = ("content",)) -> dict[str, list[tuple[int, int]]]:
    """Each span of ``roles`` replaced by the model's span of that role that overlaps it
    most, if any: the rules find the relation, the model draws its boundaries."""
    out = {role: list(spans.get(role, ())) for role in ROLES}
    for role in roles:
        reshaped = []
        for s, e in out[role]:
            best, best_overlap = (s, e), 0
            for ms, me in model.get(role, ()):
                overlap = min(e, me) - max(s, ms)
                if overlap > best_overlap:
                    best, best_overlap = (ms, me), overlap
            reshaped.append(best)
        out[role] = sorted(set(reshaped))
    return out


def group(spans: Sequence[tuple[str, int, int]]) -> list[tuple[tuple[int, int] | None, tuple[int, int], tuple[int, int] | None]]:
    """Pair the tagger's spans into relations: ``(source, cue, content)`` per cue.

    ``spans`` are ``(role, start, end)`` in one unit of text (a sentence or a paragraph;
    token or character positions alike). Each cue takes the nearest source and the
    nearest content not taken by an earlier cue ("X said Y", "Y, X said", "according to
    X, Y"); either may be missing. Spans with no cue are dropped: a relation needs its cue.
    """
    cues = sorted((s, e) for role, s, e in spans if role == "cue")
    free = {role: sorted((s, e) for r, s, e in spans if r == role) for role in ("source", "content")}

    def nearest(role: str, cue: tuple[int, int]) -> tuple[int, int] | None:
        options = free[role]
        if not options:
            return None
        distance = [max(cue[0] - e, s - cue[1], 0) for s, e in options]
        best = min(range(len(options)), key=lambda i: (distance[i], options[i][0] > cue[0]))
        return options.pop(best)

    return [(nearest("source", cue), cue, nearest("content", cue)) for cue in cues]
