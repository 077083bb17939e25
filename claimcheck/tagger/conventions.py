"""PolNeAR's span conventions: the combined spans redrawn as PolNeAR's annotators draw them.

claimcheck's rules attribute one sentence at a time and the tagger labels one chunk of
text at a time; PolNeAR's annotators (Newell et al. 2018) mark one content per
attribution however many sentences it runs over, and a quotation interrupted by its
source and cue as one (discontinuous) content. :func:`to_polnear` applies those
conventions to the spans of ``--definition polnear``; claimcheck's own definition
(``claims``, ``compare``, the gold files) never sees them. Each rule was read off
PolNeAR's train annotations and kept only where it raised exact F1 there
(``benchmarks/polnear_boundaries.py`` lists the boundary differences by kind).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

Span = tuple[int, int]
Spans = Mapping[str, Sequence[Span]]

_WORD = re.compile(r"\w")
# A quote mark, not an apostrophe inside a word ("Center’s").
_QUOTE = re.compile(r"[“”\"«»]|(?<!\w)[‘’']|[‘’'](?!\w)")
# Where a quote's second part ends "...," and goes on to a cue of its own: a comma inside
# or outside its closing quote mark (from two characters before the part's end, which may
# or may not hold them).
_CLOSING_COMMA = re.compile(r"[^,”\"’'»]{0,2}(?:,\s*[”\"’'»]|[”\"’'»]\s*,)")
# Where the second part begins: an opening quote mark just before it or at its start.
_OPENING = re.compile(r"[“\"‘'«]")
# Where a quote's first part ends, searched for around the part's end: a comma, question
# mark or exclamation mark before its closing quote mark(s) ("A,” / "A?” / "‘A,’” / the
# New York Times' "A,''"), or a comma after them.
_CLOSING = re.compile(r"(?:[,?!]\s*(?:''|[”\"’'»])+|(?:''|[”\"’'»])+\s*,)")
# A quoted title between the parts (he said on “Meet the Press.”, ''The Late Show''): not
# another quotation. Its words are capitalised but for a few short ones ("I think" is no title).
_TITLE_WORDS = r"(?:[A-Z0-9][\w’'.&-]*|of|the|and|with|a|an|on|in|for|to|at)(?:\s+(?:[A-Z0-9][\w’'.&-]*|of|the|and|with|a|an|on|in|for|to|at)){0,8}[.,]?"
_TITLE = re.compile(f"“{_TITLE_WORDS}”|\"{_TITLE_WORDS}\"|''{_TITLE_WORDS}''")


def _join(text: str, spans: Sequence[Span], joinable: Callable[[Span, Span], bool]) -> list[Span]:
    out: list[Span] = []
    for span in sorted(set(spans)):
        if out and span[0] >= out[-1][1] and joinable(out[-1], span):
            out[-1] = (out[-1][0], max(out[-1][1], span[1]))
        else:
            out.append(span)
    return out


def join_sentences(text: str, contents: Sequence[Span]) -> list[Span]:
    """Contents in consecutive sentences of one paragraph with nothing between them but
    spaces and punctuation, as one content.

    The rules give each sentence of a quotation its own content (claimcheck's claims are
    sentences); PolNeAR's annotators mark the whole stretch credited to the source as one
    content, across sentences. Not across paragraphs: there PolNeAR mostly starts a new
    attribution.
    """
    return _join(text, contents, lambda a, b: not _WORD.search(text[a[1]:b[0]]) and "\n" not in text[a[1]:b[0]])


def join_interrupted(text: str, spans: Spans) -> list[Span]:
    """A quotation interrupted by its source and cue (``“A,” she told CNN. “B”``) as one content.

    PolNeAR annotates it as one attribution whose content is discontinuous, and content
    scored as one span runs from the first part to the last. Joined only where the first
    part closes its quote with a comma, a question or an exclamation mark (the sentence
    goes on, or a question is answered: "“Why?” he asked. “B”"), the stretch between holds
    one cue and a source (and whatever words go with them: "told CNN on Friday", "a
    spokesman for the campaign", a quoted title: 'said on “Meet the Press.”') but no other
    quotation, the second part opens a quote, all in one paragraph: "“A,” she said. “B,”
    he said." stays two attributions. Chosen on PolNeAR train: looking for the closing
    marks around the part's end (nested "‘A,’”" and the Times' "A,''" included) raised
    content exact F1 0.718 -> 0.739, allowing "?" and "!" +0.003, skipping quoted titles
    +0.001; a full stop ("“A.” He added, “B”") lowered it.
    """
    others = [(s, e, role) for role in ("source", "cue") for s, e in spans.get(role, ())]

    def joinable(a: Span, b: Span) -> bool:
        gap = text[a[1]:b[0]]
        if "\n" in gap:
            return False
        roles = [role for s, e, role in others if s >= a[1] and e <= b[0]]
        if roles.count("cue") != 1 or "source" not in roles:
            return False
        closes = _CLOSING.search(text, max(a[0], a[1] - 4), min(a[1] + 3, b[0]))
        opens = _OPENING.search(text, max(a[1], b[0] - 2), b[0] + 1)
        if not closes or not opens or closes.end() > opens.start():
            return False
        if _QUOTE.search(_TITLE.sub("", text[closes.end():opens.start()])):
            return False  # another quotation between: not one interrupted quote
        # The second part ends "...," and goes on to a cue of its own.
        return not _CLOSING_COMMA.match(text, max(b[0], b[1] - 2))

    return _join(text, spans.get("content", ()), joinable)


# Punctuation that ends a sentence or clause: an unquoted interruption never holds it.
_CLAUSE_END = re.compile(r"[.!?;:]")
# The full stops that end no sentence: initials ("U.S.", "C. Stewart") and abbreviated
# titles and states ("Mr. DiPietro", "Sen. Richard Blumenthal (D-Conn.)").
_ABBREVIATION = re.compile(
    r"\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Prof|Rev|Sens|Reps|St|Jr|Sr|Inc|Co|Corp|Ltd|No"
    r"|Calif|Fla|Mass|Conn|Ill|Va|Tenn|Wis|Mich|Ariz|Colo|Ga|Md|Minn|Mo|Nev|Okla|Ore|Pa|Tex|Wash)\.")


def join_interrupted_unquoted(text: str, spans: Spans) -> list[Span]:
    """A content interrupted by its cue without quote marks (``The emails, the Times
    said, covered work``; ``which he believes will fail``) as one content.

    PolNeAR annotates these as one discontinuous content, as the quoted ones (1,266 of the
    3,140 interrupted contents in train have no quote mark). Joined only where the
    stretch between the parts holds exactly one cue, no quote mark, no line break and no
    sentence or clause end, and the first part has no cue of its own before it (after the
    content before it, in its paragraph): "X said A, Y said B" stays two attributions.
    Chosen on PolNeAR train (the tagger's contents there: exact F1 0.657 -> 0.683;
    requiring a source or commas around the cue as well scored lower). The full stop of
    an abbreviation ("In any case, Mr. DiPietro said, the industry ...") ends no clause
    (+0.002 on train).
    """
    cues = list(spans.get("cue", ()))
    contents = sorted(set(spans.get("content", ())))

    def joinable(a: Span, b: Span) -> bool:
        gap = text[a[1]:b[0]]
        if "\n" in gap or _QUOTE.search(gap) or _CLAUSE_END.search(_ABBREVIATION.sub("", gap)):
            return False
        if sum(1 for s, e in cues if s >= a[1] and e <= b[0]) != 1:
            return False
        paragraph = text.rfind("\n", 0, a[0]) + 1
        before = max([e for _, e in contents if e <= a[0]] + [paragraph])
        return not any(before <= s < a[0] for s, _ in cues)

    return _join(text, spans.get("content", ()), joinable)


# A source that ends in a title abbreviation stopped short of the name it introduces
# (the tagger's words split "Mr. Obama" into Mr / . / Obama).
_TITLE_END = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Prof|Rev|Sens|Reps)\.?$")
_NAME_AFTER_TITLE = re.compile(r"\.?\s?(?:[A-Z][\w’'-]*\.?\s?)*[A-Z][\w’'-]*")
# A source that runs on into the relative pronoun of the clause after it ("Rihanna, who").
_RELATIVE_END = re.compile(r",\s*(?:who|which)$")


def join_overlapping(contents: Sequence[Span]) -> list[Span]:
    """Contents that share characters as one: PolNeAR gives each token to at most one
    attribution, and the rules may find a relation inside another's content."""
    out: list[Span] = []
    for s, e in sorted(set(contents)):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def source_edges(text: str, sources: Sequence[Span]) -> list[Span]:
    """Sources cut as PolNeAR cuts them: a title takes its name along ("Mr. Obama", never
    "Mr"), and a relative pronoun after a comma is left to its clause ("Rihanna", not
    "Rihanna, who"). Neither shape ends a source anywhere in PolNeAR train."""
    out = []
    for s, e in sources:
        if _TITLE_END.search(text[s:e]):
            name = _NAME_AFTER_TITLE.match(text, e)
            if name and name.end() > e:
                e = name.end()
        relative = _RELATIVE_END.search(text[s:e])
        if relative and relative.start() > 0:
            e = s + relative.start()
        out.append((s, e))
    return sorted(set(out))


def join_continuations(text: str, spans: Spans, sentences: Sequence[Span]) -> list[Span]:
    """A content right after another (nothing but spaces and punctuation between, one
    paragraph) that has no cue of its own in its sentence, joined to the one before.

    The tagger starts a new content at a sentence break inside a quotation; a sentence
    with no cue of its own still belongs to the attribution before it, and PolNeAR marks
    one content over both. A second content with its cue after it ("B, she said") stays apart.
    """
    cues = [s for s, _ in spans.get("cue", ())]

    def sentence_end(position: int) -> int:
        for s, e in sentences:
            if s <= position < e:
                return e
        return position + 1

    def joinable(a: Span, b: Span) -> bool:
        gap = text[a[1]:b[0]]
        if _WORD.search(gap) or "\n" in gap:
            return False
        end = max(sentence_end(b[1] - 1), b[1])
        newline = text.find("\n", b[1], end)
        end = newline if newline >= 0 else end
        return not any(b[0] <= c < end for c in cues)

    return _join(text, spans.get("content", ()), joinable)


# A paragraph that opens with a quote mark (after any spaces).
_OPENS_PARAGRAPH = re.compile(r"\s*[“\"‘'«]")


def _paragraph(text: str, position: int) -> Span:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, end if end >= 0 else len(text)


def join_quote_paragraphs(text: str, spans: Spans) -> list[Span]:
    """A paragraph that is a bare quotation (it opens with a quote mark and holds no cue
    and no source) as the continuation of the quotation that ends the paragraph before.

    A speaker quoted over several paragraphs is credited once (“A,” Trump said. / “B.”);
    PolNeAR marks one content over all of it. Joined only where the content before is a
    quotation (a quote mark at its start), it is the last content of its paragraph, at
    most one cue stands between them, and nothing but spaces separates the paragraphs.
    Chosen on PolNeAR train: content exact F1 +0.002.
    """
    cues = list(spans.get("cue", ()))
    marks = cues + list(spans.get("source", ()))

    def joinable(a: Span, b: Span) -> bool:
        start, end = _paragraph(text, b[0])
        if a[1] > start:
            return False  # the same paragraph
        opens = _OPENS_PARAGRAPH.match(text, start)
        if not opens or b[0] > opens.end() + 1 or any(start <= s < end for s, _ in marks):
            return False
        _, before_end = _paragraph(text, a[1] - 1)
        if text[before_end:start].strip():
            return False  # not the paragraph right before
        if not _QUOTE.search(text, max(0, a[0] - 2), a[0] + 1):
            return False
        return sum(1 for s, _ in cues if a[1] <= s < start) <= 1

    return _join(text, spans.get("content", ()), joinable)


def repeat_shared_sources(spans: Spans, sentences: Sequence[Span]) -> list[Span]:
    """The sources, each once per attribution it belongs to: a sentence with one source
    and several cues, each with a content ("He said A and added B"), repeats its source
    once per cue (three at most).

    PolNeAR links one source to each attribution, so a source shared by two is two gold
    sources (6% of train's); a set of spans can match only one of them. Chosen on PolNeAR
    train: source exact F1 0.840 -> 0.852 (without the content condition 0.851).
    """
    sources = sorted(spans.get("source", ()))
    cues = list(spans.get("cue", ()))
    contents = list(spans.get("content", ()))
    extra: list[Span] = []
    for start, end in sentences:
        mine = [s for s in sources if start <= s[0] < end]
        if len(mine) != 1:
            continue
        n_cues = sum(1 for s, _ in cues if start <= s < end)
        n_contents = sum(1 for s, e in contents if start <= s < end or start < e <= end)
        extra += [mine[0]] * (min(n_cues, n_contents, 3) - 1)
    return sorted(sources + extra)


def rules_to_polnear(text: str, spans: Spans) -> dict[str, list[Span]]:
    """The rules' spans before they are combined with the tagger's: a quotation's
    sentences joined (:func:`join_sentences`). The tagger, trained on PolNeAR, already
    draws its contents across sentences, and joining its pieces too loses more than it
    gains on PolNeAR train (it splits where a second attribution begins)."""
    out = {role: sorted(set(found)) for role, found in spans.items()}
    out["content"] = join_sentences(text, out.get("content", []))
    return out


def to_polnear(text: str, spans: Spans, sentences: Sequence[Span] = ()) -> dict[str, list[Span]]:
    """The combined ``spans`` (per role, character spans into ``text``) in PolNeAR's
    conventions: :func:`source_edges`, :func:`join_overlapping`, :func:`join_interrupted`,
    :func:`join_interrupted_unquoted`, :func:`join_quote_paragraphs` and, given the text's
    ``sentences``, :func:`join_continuations` and :func:`repeat_shared_sources` (the one
    convention that repeats a span: the sources come back as a list, not a set)."""
    out = {role: sorted(set(found)) for role, found in spans.items()}
    out["source"] = source_edges(text, out.get("source", []))
    out["content"] = join_overlapping(out.get("content", []))
    out["content"] = join_interrupted(text, out)
    out["content"] = join_interrupted_unquoted(text, out)
    if sentences:
        out["content"] = join_continuations(text, out, sentences)
    out["content"] = join_quote_paragraphs(text, out)
    if sentences:
        out["source"] = repeat_shared_sources(out, sentences)
    return out
