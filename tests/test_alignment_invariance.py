"""Adding an unrelated article to a compare changes nothing among the others (issue 12):
a pair is judged on its two articles only, never against a third."""

from __future__ import annotations

from functools import cache

import pytest

from claimcheck.api import analyze_inputs, compare
from claimcheck.types import Article, Comparison
from tests.conftest import FIXTURES

EVENT = ["coverage/court_reiner/wire_en.txt", "coverage/court_reiner/vartapatra_mr.txt", "coverage/court_reiner/dainik_hi.txt"]


@cache
def _article(path: str) -> Article:
    return analyze_inputs([str(FIXTURES / path)])[0][0]


def _groups(comparison: Comparison, ids: set[str]) -> list[tuple[tuple[str, int], ...]]:
    out = []
    for group in comparison.groups:
        members = tuple((m.article, m.sentence) for m in group.members if m.article in ids)
        if len({article for article, _ in members}) >= 2:
            out.append(members)
    return sorted(out)


@pytest.mark.parametrize(
    "unrelated",
    # File names differ from the event's (ids are file names).
    ["coverage/visa_kesaria/bharat_hi.txt", "coverage/quake_zarin/broadcaster_en.html", "seeds/000_753f1a494d41d2ce.txt"],
)
def test_alignment_an_unrelated_article_changes_no_group_of_the_others(unrelated: str) -> None:
    articles = [_article(p) for p in EVENT]
    ids = {a.id for a in articles}
    alone = compare(articles)
    assert len(alone.groups) >= 5
    with_third = compare([*articles, _article(unrelated)])
    assert _groups(with_third, ids) == _groups(alone, ids)
    # ... and the unrelated article joins no group.
    assert all(m.article in ids for g in with_third.groups for m in g.members)
