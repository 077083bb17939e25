"""Shapes of an English parse around a speech verb (:mod:`.dependency`): where the clause it
reports sits ("'...,' he said", "The bigger risk, he said, is ...", "..., as KCNA
reported", a colon), read off the tree alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

Pair = tuple[int, int]


def _span(tok: Token) -> Pair:
    return tok.left_edge.i, tok.right_edge.i + 1


def _content_span(doc: Doc, start: int, end: int) -> Pair | None:
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].lower_ == "that"):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return (start, end) if end - start >= 2 else None


def _postposed_conj(verb: Token, children: list[Token]) -> bool:
    """'"X polled 84,310 votes, returning officer Sanjay Kulkarni said on Sunday.": the
    parser may join the speaker's verb to the reported clause as a conjunct. It reports
    it when a comma, not "and", joins them, it has a subject of its own and nothing to
    report after it."""
    if verb.dep_ != "conj" or verb.head.i >= verb.i:
        return False
    if any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children):
        return False
    return any(c.dep_ == "nsubj" for c in children) and not any(
        c.dep_ in {"ccomp", "xcomp", "dobj", "dative"} for c in children
    )


def _parenthetical(doc: Doc, verb: Token) -> bool:
    """Whether ``verb`` is a parenthetical set off by commas inside the clause it
    reports ("The bigger risk, he said, is ...")."""
    if verb.dep_ not in {"parataxis", "ccomp"} or verb.head.i <= verb.i:
        return False
    lo, hi = _span(verb)
    before = doc[lo] if doc[lo].text == "," else (doc[lo - 1] if lo > 0 else None)
    after = doc[hi - 1] if doc[hi - 1].text == "," else (doc[hi] if hi < len(doc) else None)
    return before is not None and after is not None and before.text == "," and after.text == "," and before.i > verb.head.left_edge.i


def _colon_after(doc: Doc, verb: Token) -> int | None:
    """The colon right after ``verb`` (or its "in a statement"), if a quotation or a
    clause of three words or more follows it."""
    i = verb.i + 1
    while i < len(doc) and i < verb.i + 6 and doc[i].text != ":" and not doc[i].is_punct:
        i += 1
    if i >= len(doc) or doc[i].text != ":" or len(doc) - i < 4:
        return None
    return i


def _as_clause(verb: Token, children: list[Token]) -> bool:
    """Whether ``verb`` heads an adverbial as-clause ("as X reported", "as reported by X")."""
    return verb.dep_ == "advcl" and verb.head.i != verb.i and any(c.dep_ == "mark" and c.lower_ == "as" for c in children)


def _host_content(doc: Doc, verb: Token) -> Pair | None:
    """The clause an adverbial clause hangs on, without the adverbial clause."""
    host_lo, host_hi = _span(verb.head)
    lo, hi = _span(verb)
    if lo > host_lo:
        return _content_span(doc, host_lo, lo)
    return _content_span(doc, hi, host_hi)


def _trailing_participle(verb: Token) -> bool:
    """Whether ``verb`` is a participle after a comma ("..., saying ...", "..., adding ..."):
    a statement of its own, by the subject of the clause it trails."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ","


def _quoted_as(verb: Token) -> Token | None:
    """The verb of "X was quoted as saying" above ``verb`` ("saying"), if any."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() == "quote":
        return verb.head.head
    return None
