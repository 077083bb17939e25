"""Alignment and grouping arithmetic on hand-made vectors (a fake Embedder, no model).

The real model's behaviour is pinned by the goldens and tests/test_compare.py; these
tests pin the arithmetic itself: the margin, mutual best, the cosine floor, grouping.
"""

from __future__ import annotations

import numpy as np
import pytest

from claimcheck.alignment import MIN_COSINE, AlignedPair, _margins, align_pairs, embed_claims, group_pairs
from claimcheck.types import Article, ClaimKind, ClaimRef, Sentence

from .conftest import FakeEmbedder


def article(article_id: str, *texts: str, lang: str = "en") -> Article:
    sentences = []
    start = 0
    for n, text in enumerate(texts):
        kind = ClaimKind.NOT_A_CLAIM if text.endswith("?") else ClaimKind.UNATTRIBUTED
        sentences.append(Sentence(n, start, start + len(text), text, lang, kind))
        start += len(text) + 1
    return Article(article_id, f"{article_id}.txt", "txt", " ".join(texts), lang, tuple(sentences))


def basis(n: int, dimension: int = 8) -> np.ndarray:
    vector = np.zeros(dimension, dtype=np.float32)
    vector[n] = 1.0
    return vector


def mix(a: int, b: int, weight: float) -> np.ndarray:
    """A unit vector at cosine ``cos(atan(weight))`` to ``basis(a)``, leaning towards ``basis(b)``."""
    vector = basis(a) + weight * basis(b)
    return vector / np.linalg.norm(vector)


def test_alignment_unit_margin_is_cosine_over_mean_neighbour_cosine() -> None:
    sim = np.array([[0.9, 0.5], [0.4, 0.8]], dtype=np.float64)
    # k=1: each side's nearest neighbour in the other article is its row / column maximum.
    assert _margins(sim, 1) == pytest.approx(np.array([[0.9 / 0.9, 0.5 / 0.85], [0.4 / 0.85, 0.8 / 0.8]]))
    # k=2 with two columns: the row mean and the column mean.
    row, col = sim.mean(axis=1), sim.mean(axis=0)
    expected = sim / ((row[:, None] + col[None, :]) / 2)
    assert _margins(sim, 2) == pytest.approx(expected)


def test_alignment_unit_embed_claims_one_call_skips_questions() -> None:
    a = article("a", "Kim backs Russia.", "Is it true?", "Talks were held.")
    b = article("b", "Russia thanked Kim.")
    fake = FakeEmbedder()
    vectors, refs = embed_claims([a, b], fake.encode)
    assert fake.calls == [["Kim backs Russia.", "Talks were held.", "Russia thanked Kim."]]
    assert refs == [[ClaimRef("a", 0), ClaimRef("a", 2)], [ClaimRef("b", 0)]]
    assert [v.shape for v in vectors] == [(2, 8), (1, 8)]
    assert np.array_equal(vectors[1][0], fake.vector("Russia thanked Kim."))


def test_alignment_unit_mutual_best_pairs_above_the_floors() -> None:
    # Three claims per article; b restates a's first two (close vectors), its third is unrelated.
    a = article("a", "one", "two", "three")
    b = article("b", "uno", "dos", "otro")
    fake = FakeEmbedder(
        {
            "one": basis(0), "two": basis(1), "three": basis(2),
            "uno": mix(0, 5, 0.1), "dos": mix(1, 5, 0.1), "otro": mix(2, 6, 1.0),
        }
    )
    vectors, refs = embed_claims([a, b], fake.encode)
    pairs = align_pairs([a, b], vectors, refs)
    assert [(p.a.sentence, p.b.sentence) for p in pairs] == [(0, 0), (1, 1)]
    cosine = round(float(1 / np.sqrt(1.01)), 4)
    assert [p.cosine for p in pairs] == [cosine, cosine]
    # "three"/"otro" are mutual best (margin 1.5) but their cosine, 0.707, is under the floor.
    assert float(mix(2, 6, 1.0) @ basis(2)) < MIN_COSINE
    # Lowering the floor lets them in; raising the margin threshold drops everything.
    loose = align_pairs([a, b], vectors, refs, min_cosine=0.7)
    assert [(p.a.sentence, p.b.sentence) for p in loose] == [(0, 0), (1, 1), (2, 2)]
    assert align_pairs([a, b], vectors, refs, margin_threshold=10.0) == []


def test_alignment_unit_single_sentences_never_pair_on_the_margin_alone() -> None:
    # Two one-sentence inputs: every margin is exactly 1, under any threshold above 1.
    a, b = article("a", "one"), article("b", "uno")
    fake = FakeEmbedder({"one": basis(0), "uno": basis(0)})
    vectors, refs = embed_claims([a, b], fake.encode)
    assert _margins(vectors[0] @ vectors[1].T, 3) == pytest.approx(np.ones((1, 1)))
    assert align_pairs([a, b], vectors, refs) == []


def test_alignment_unit_groups_join_by_falling_cosine_one_sentence_per_article() -> None:
    a0, b0, c0, c1 = ClaimRef("a", 0), ClaimRef("b", 0), ClaimRef("c", 0), ClaimRef("c", 1)
    pairs = [
        AlignedPair(a0, b0, 0.95, 1.1),
        AlignedPair(b0, c0, 0.90, 1.1),
        # Would put c0 and c1 in one group: refused, so c1 stays on its own.
        AlignedPair(a0, c1, 0.85, 1.1),
    ]
    groups = group_pairs(pairs, [a0, b0, c0, c1])
    assert groups == [((a0, b0, c0), 0.90)]


def test_alignment_unit_groups_come_in_article_order() -> None:
    a0, a1, b0, b1 = ClaimRef("a", 0), ClaimRef("a", 1), ClaimRef("b", 0), ClaimRef("b", 1)
    pairs = [AlignedPair(a1, b0, 0.99, 1.2), AlignedPair(a0, b1, 0.91, 1.1)]
    assert group_pairs(pairs, [a0, a1, b0, b1]) == [((a0, b1), 0.91), ((a1, b0), 0.99)]


def test_alignment_unit_compare_reports_groups_and_claims_only_in_one_article(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimcheck import embedding
    from claimcheck.api import compare as compare_articles

    a = article("a", "one", "two", "three")
    b = article("b", "uno", "dos", "otro")
    fake = FakeEmbedder(
        {
            "one": basis(0), "two": basis(1), "three": basis(2),
            "uno": mix(0, 5, 0.1), "dos": mix(1, 5, 0.2), "otro": mix(2, 6, 1.0),
        }
    )
    monkeypatch.setattr(embedding, "get_embedder", lambda *args, **kwargs: fake)
    comparison = compare_articles([a, b])
    assert comparison.model == "fake@8"
    assert [(g.members, g.similarity) for g in comparison.groups] == [
        ((ClaimRef("a", 0), ClaimRef("b", 0)), round(float(1 / np.sqrt(1.01)), 3)),
        ((ClaimRef("a", 1), ClaimRef("b", 1)), round(float(1 / np.sqrt(1.04)), 3)),
    ]
    assert comparison.only_in == (ClaimRef("a", 2), ClaimRef("b", 2))


def test_alignment_unit_a_lede_joins_a_second_group_without_merging_two() -> None:
    # a0 is a lede stating two claims: b0 and c0 state the first, b1 and c1 the second.
    a0, b0, b1, c0, c1 = (ClaimRef(x, n) for x, n in (("a", 0), ("b", 0), ("b", 1), ("c", 0), ("c", 1)))
    pairs = [
        AlignedPair(a0, b0, 0.95, 1.1),
        AlignedPair(b0, c0, 0.94, 1.1),
        AlignedPair(b1, c1, 0.93, 1.1),
        # a0 is b1's best match, but b1 is not a0's: a second membership.
        AlignedPair(a0, b1, 0.88, 1.03, joins_only=True),
    ]
    groups = group_pairs(pairs, [a0, b0, b1, c0, c1])
    assert groups == [((a0, b0, c0), 0.94), ((a0, b1, c1), 0.88)]


def test_alignment_unit_a_second_membership_never_adds_a_second_sentence_of_an_article() -> None:
    # a1's best match is c0, whose group already holds a0: c0 states two claims that a
    # states one sentence each, so a1 and c0 make a second group, not a group with a0
    # and a1 in it.
    a0, a1, b0, c0 = ClaimRef("a", 0), ClaimRef("a", 1), ClaimRef("b", 0), ClaimRef("c", 0)
    pairs = [AlignedPair(a0, b0, 0.95, 1.1), AlignedPair(b0, c0, 0.94, 1.1), AlignedPair(a1, c0, 0.9, 1.05, joins_only=True)]
    assert group_pairs(pairs, [a0, a1, b0, c0]) == [((a0, b0, c0), 0.94), ((a1, c0), 0.9)]
    # ... and a pair of one side's best alone makes no group.
    assert group_pairs([AlignedPair(a1, c0, 0.9, 1.05, joins_only=True)], [a1, c0]) == []


def test_alignment_unit_articles_published_apart_never_share_a_group() -> None:
    a0, b0, c0 = ClaimRef("a", 0), ClaimRef("b", 0), ClaimRef("c", 0)
    pairs = [AlignedPair(a0, b0, 0.95, 1.1), AlignedPair(b0, c0, 0.94, 1.1)]
    assert group_pairs(pairs, [a0, b0, c0], apart={frozenset(("a", "c"))}) == [((a0, b0), 0.95)]


def test_alignment_unit_published_apart_needs_both_dates_a_month_apart() -> None:
    from dataclasses import replace

    from claimcheck.alignment import DIFFERENT_EVENT_MIN_DAYS, published_apart
    from claimcheck.types import ArticleMetadata

    def dated(article_id: str, published: str | None) -> Article:
        return replace(article(article_id, "one"), metadata=ArticleMetadata(published=published))

    assert DIFFERENT_EVENT_MIN_DAYS == 30
    assert published_apart(dated("a", "2026-03-18"), dated("b", "2026-11-22"))
    assert not published_apart(dated("a", "2026-11-20"), dated("b", "2026-11-22"))  # a follow-up
    assert not published_apart(dated("a", None), dated("b", "2026-11-22"))


def test_alignment_unit_captions_take_no_part() -> None:
    a = article(
        "a",
        "Haddad waves to supporters in Velgrad on December 1, 2026.",
        "© Ivo Marek, AFP",
        "Brandt (R) and Ismailov attend a signing ceremony in Koreva.",
        "Haddad won the election.",
    )
    _, refs = embed_claims([a], FakeEmbedder().encode)
    assert refs == [[ClaimRef("a", 3)]]


def test_alignment_unit_same_event_judgement_carries_through_a_third_article() -> None:
    from claimcheck.comparison import _different_events

    a0, b0, c0, d0 = ClaimRef("a", 0), ClaimRef("b", 0), ClaimRef("c", 0), ClaimRef("d", 0)
    pairs = [
        AlignedPair(a0, b0, 0.95, 1.1, same_event=True),
        AlignedPair(b0, c0, 0.94, 1.1, same_event=True),
        # a and c share one claim only, yet each is one event with b.
        AlignedPair(a0, c0, 0.9, 1.04, same_event=False),
        # d shares one claim with a and nothing else: judged a different event.
        AlignedPair(a0, d0, 0.9, 1.04, same_event=False),
    ]
    assert _different_events(pairs) == {frozenset(("a", "d"))}
