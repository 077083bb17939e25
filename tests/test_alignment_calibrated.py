"""The calibrated aligner (claimcheck.alignment.calibrated.align_calibrated): a pair is judged on its
two sentences and fixed references only."""

from __future__ import annotations

import pytest

from claimcheck.alignment import embed_claims
from claimcheck.alignment.calibrated import FEATURES, align_calibrated, clauses, default_model, name_keys
from claimcheck.api import analyze_inputs
from claimcheck.embedding import get_embedder
from tests.conftest import FIXTURES


@pytest.mark.parametrize(
    ("text", "lang"),
    [("former prime minister Tomas Reiner", "en"), ("टोमास राइनर को", "hi"), ("ٹوماس رینر کو", "ur"), ("ટોમાસ રેનર", "gu")],
)
def test_alignment_name_keys_meet_across_scripts(text: str, lang: str) -> None:
    assert {"tms", "rnr"} <= name_keys(text, lang)


def test_alignment_model_is_fitted_data() -> None:
    model = default_model()
    assert len(model.weights) == len(FEATURES) and 0.0 < model.threshold < 1.0


def test_alignment_clauses_of_a_lede() -> None:
    lede = "Kalmora's High Court on Tuesday sentenced Tomas Reiner to seven years in prison and barred him from office."
    assert clauses(lede) == ["Kalmora's High Court on Tuesday sentenced Tomas Reiner to seven years in prison", "barred him from office."]
    assert clauses("Officials said the airport was not damaged.") == []


def _pairs(paths: list[str]) -> set[tuple[str, int, str, int]]:
    articles, _ = analyze_inputs([str(FIXTURES / p) for p in paths])
    embedder = get_embedder(None)
    vectors, refs = embed_claims(articles, embedder.encode)
    return {
        (p.a.article, p.a.sentence, p.b.article, p.b.sentence)
        for p in align_calibrated(articles, vectors, refs, encode=embedder.encode)
    }


def test_alignment_an_unrelated_article_changes_no_pair_of_the_others() -> None:
    two = ["coverage/court_reiner/wire_en.txt", "coverage/court_reiner/vartapatra_mr.txt"]
    alone = _pairs(two)
    assert len(alone) >= 5
    with_third = _pairs([*two, "coverage/visa_kesaria/bharat_hi.txt"])
    assert {p for p in with_third if "bharat_hi.txt" not in (p[0], p[2])} == alone
    assert not {p for p in with_third if "bharat_hi.txt" in (p[0], p[2])}  # nor does it pair with them
