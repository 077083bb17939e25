"""The public API: text in, a typed Comparison out; each article analysed once; a cheap import."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

import claimcheck
from claimcheck import api
from claimcheck.errors import InputError, UnsupportedLanguageError
from claimcheck.types import ClaimKind, Comparison

from .conftest import ROOT, SEEDS

#: KCNA on a meeting (Sunday in English, Saturday in Hindi), then news the other text lacks.
ENGLISH = (
    "KCNA said Kim Jong Un met Sergei Lavrov in Wonsan on Sunday. "
    "The monsoon reached the coast of Kerala on Monday. Oil prices rose for a third day.\n"
)
HINDI = (
    "केसीएनए ने कहा कि किम जोंग उन ने शनिवार को वोनसान में सर्गेई लावरोव से मुलाकात की। "
    "भारतीय क्रिकेट टीम ने फाइनल मैच जीत लिया। नई दिल्ली में एक पुस्तक मेले का उद्घाटन हुआ।\n"
)


@pytest.fixture
def attribution_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the texts the analysis runs on, in order, and which step ran."""
    from claimcheck import attribution

    calls: list[str] = []
    real_document, real_article = attribution.analyze_document, attribution.attribute_article

    def one_pass(doc, **options):  # type: ignore[no-untyped-def]
        calls.append(doc.path)
        return real_document(doc, **options)

    def again(article):  # type: ignore[no-untyped-def]
        calls.append(f"{article.id} tokenised again")
        return real_article(article)

    monkeypatch.setattr(attribution, "analyze_document", one_pass)
    monkeypatch.setattr(attribution, "attribute_article", again)
    return calls


def test_api_compare_texts_groups_the_shared_claim_across_languages(attribution_calls: list[str]) -> None:
    comparison = claimcheck.compare_texts([ENGLISH, HINDI], langs=["en", None])
    assert isinstance(comparison, Comparison)
    assert [(a.id, a.path, a.lang, len(a.sentences)) for a in comparison.articles] == [
        ("text-1", "text-1", "en", 3),
        ("text-2", "text-2", "hi", 3),
    ]
    (group,) = comparison.groups
    assert [(m.article, m.sentence) for m in group.members] == [("text-1", 0), ("text-2", 0)]
    assert [(d.kind.value, [s.value for s in d.sides]) for d in group.differences] == [
        ("weekday", ["Sunday", "Saturday"])
    ]
    assert "source" in group.agreements
    assert [(m.article, m.sentence) for m in comparison.only_in] == [
        ("text-1", 1),
        ("text-1", 2),
        ("text-2", 1),
        ("text-2", 2),
    ]
    # Texts go through one pass of each language's pipeline, as files do.
    assert attribution_calls == ["text-1", "text-2"]


def test_api_compare_texts_takes_names_and_checks_lengths() -> None:
    with pytest.raises(ValueError, match="2 texts need as many langs and names"):
        claimcheck.compare_texts([ENGLISH, HINDI], langs=["en"])
    with pytest.raises(ValueError, match="2 texts need as many langs and names"):
        claimcheck.compare_texts([ENGLISH, HINDI], names=["a", "b", "c"])
    with pytest.raises(UnsupportedLanguageError):
        claimcheck.compare_texts([ENGLISH, HINDI], langs=["en", "zz"])


def test_api_article_from_text_reads_as_a_file_would(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "kcna.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    from_file = claimcheck.read_article(str(path))
    from_text = claimcheck.article_from_text(ENGLISH, name="kcna.txt")
    assert from_text == replace(from_file, path="kcna.txt")
    with pytest.raises(InputError, match=r"^empty\.txt: is empty$"):
        claimcheck.article_from_text(" \n", name="empty.txt")


def test_api_analysed_articles_are_not_analysed_again(attribution_calls: list[str]) -> None:
    read = claimcheck.article_from_text(ENGLISH, name="en.txt")
    other = claimcheck.article_from_text(HINDI, name="hi.txt")
    assert not claimcheck.is_analyzed(read)
    (analysed,) = claimcheck.analyze([read])
    assert claimcheck.is_analyzed(analysed)
    assert analysed.sentences[0].kind is ClaimKind.ATTRIBUTED
    assert attribution_calls == ["en.txt tokenised again"]
    assert claimcheck.analyze([analysed]) == [analysed]
    assert attribution_calls == ["en.txt tokenised again"]
    # compare analyses only what is not analysed yet: here the Hindi text.
    comparison = claimcheck.compare([analysed, other])
    assert attribution_calls == ["en.txt tokenised again", "hi.txt tokenised again"]
    assert comparison.articles[0] is analysed
    assert len(comparison.groups) == 1


def test_api_read_articles_keeps_going_past_unreadable_inputs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    missing = str(tmp_path / "missing.txt")
    seen: list[str] = []
    articles, failures = claimcheck.read_articles(
        [str(SEEDS[0]), missing], keep_going=True, on_error=lambda f: seen.append(f.path)
    )
    assert [a.id for a in articles] == [SEEDS[0].name]
    assert [f.path for f in failures] == seen == [missing]
    with pytest.raises(InputError):
        claimcheck.read_articles([missing])


def test_api_every_public_name_resolves() -> None:
    assert set(claimcheck.__all__) == {"__version__", *claimcheck._EXPORTS}
    assert set(api.__all__) <= set(claimcheck.__all__)
    for name in claimcheck.__all__:
        assert getattr(claimcheck, name) is not None, name
    assert set(claimcheck.__all__) <= set(dir(claimcheck))
    with pytest.raises(AttributeError, match="has no attribute 'nope'"):
        claimcheck.nope  # type: ignore[attr-defined]  # noqa: B018


def test_api_import_claimcheck_stays_cheap() -> None:
    probe = (
        "import json, sys, claimcheck; claimcheck.Comparison; claimcheck.compare;"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in"
        " ('spacy', 'numpy', 'torch', 'sentence_transformers', 'rich', 'typer'))))"
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True)
    assert json.loads(proc.stdout) == []


def test_api_ships_type_information() -> None:
    assert (ROOT / "claimcheck" / "py.typed").is_file()


def test_api_evaluate_attribution_definitions() -> None:
    """JSON-lines gold is scored by claimcheck's definition unless told otherwise; an
    unknown definition is a one-line gold error."""
    from claimcheck.api import evaluate_attribution
    from claimcheck.errors import GoldError

    gold = Path(__file__).resolve().parent.parent / "fixtures" / "gold" / "attribution" / "seeds.jsonl"
    (report,) = evaluate_attribution([gold])
    assert report.exact["source"].f1 == 1.0
    with pytest.raises(GoldError, match="unknown attribution definition 'broad'"):
        evaluate_attribution([gold], definition="broad")
