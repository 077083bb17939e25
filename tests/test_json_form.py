"""The JSON form is written by walking the dataclasses (:func:`claimcheck.json_form.to_data`);
it must be exactly what pydantic writes for the same types (issue 13: pydantic stays
off the cold path of ``compare``, and stays the schema and the reader)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from claimcheck import api
from claimcheck.json_form import adapter, to_data
from claimcheck.types import Article, ClaimGroup, ClaimRef, Comparison

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEEDS = sorted(str(p) for p in (FIXTURES / "seeds").glob("*.txt"))


def _pydantic(value: object, tp: object = None) -> object:
    return adapter(type(value) if tp is None else tp).dump_python(value, mode="json")


@pytest.fixture(scope="module")
def page_articles() -> list[Article]:
    paths = sorted(str(p) for p in (FIXTURES / "pages").iterdir() if p.suffix in {".txt", ".html"})
    articles, failures = api.analyze_inputs(paths, cache=False)
    assert failures == [] and len(articles) == len(paths) >= 20
    return articles


def test_json_form_articles_are_written_as_pydantic_writes_them(page_articles: list[Article]) -> None:
    for article in page_articles:
        assert to_data(article) == _pydantic(article)
    # Metadata, sources and attributions were all exercised.
    assert any(a.metadata.published for a in page_articles)
    assert any(s.attributions for a in page_articles for s in a.sentences)


def test_json_form_comparison_is_written_as_pydantic_writes_it() -> None:
    comparison = api.compare(api.analyze_inputs(SEEDS)[0])
    assert isinstance(comparison, Comparison) and comparison.groups
    assert to_data(comparison.groups) == _pydantic(comparison.groups, tuple[ClaimGroup, ...])
    assert to_data(comparison.only_in) == _pydantic(comparison.only_in, tuple[ClaimRef, ...])
    assert to_data(comparison.summary) == _pydantic(comparison.summary)


def test_json_form_non_finite_floats_are_null_as_in_pydantic() -> None:
    assert to_data((math.inf, math.nan, 0.5)) == [None, None, 0.5]
