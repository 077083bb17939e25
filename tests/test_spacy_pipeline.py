"""claimcheck inside spaCy: the language classes and the component in a user's own
pipeline, serialised, and run in several processes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck.attribution import COMPONENT_NAME
from claimcheck.attribution.component import CONTENT_KEY, CUE_KEY, SOURCE_KEY, relations
from claimcheck.pipeline import get_pipeline, load_spacy

from .conftest import SEEDS, run_cli

#: A user's script: spaCy's own blank pipeline, found by code through claimcheck's
#: entry points, plus the component by name; prints each source as the CLI cuts it.
USER_SCRIPT = """
import json, sys
import spacy
nlp = spacy.blank(sys.argv[1])
nlp.add_pipe("claimcheck_attribution")
doc = nlp(open(sys.argv[2], encoding="utf-8").read())
split = doc._.claimcheck_split_chars or {}
elsewhere = {c.id_ for c in doc.spans["claimcheck_cue"] if c.label_ == "information_given"}
out = []
for span in doc.spans["claimcheck_source"]:
    if span.label_ == "source" and span.id_ not in elsewhere:
        cut = split.get(span.id_, 0)
        out.append(span.text[: len(span.text) - cut] if cut else span.text)
print(json.dumps(out, ensure_ascii=False))
"""


def _cli_claims(path: Path) -> tuple[str, list[str]]:
    """The article text the CLI analyses (its sentences, furniture left out, one
    paragraph each), and the sources it finds there, in order."""
    result = run_cli("claims", "--format", "json", str(path))
    assert result.returncode == 0, result.stderr
    sentences = json.loads(result.stdout)["articles"][0]["sentences"]
    sources = [
        a["source"]["text"]
        for s in sentences
        for a in s["attributions"]
        if a["source"] is not None and a["mode"] != "information_given"  # the script skips them too
    ]
    return "\n\n".join(s["text"] for s in sentences), sources


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_spacy_blank_gu_plus_component_gives_the_clis_sources(path: Path, tmp_path: Path) -> None:
    text, cli = _cli_claims(path)
    (tmp_path / "article.txt").write_text(text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", USER_SCRIPT, "gu", str(tmp_path / "article.txt")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    user = json.loads(result.stdout)
    assert len(cli) >= 10
    assert user == cli
    assert "KCNA" in user or any("KCNA" in s for s in user)
    assert not any(s.endswith("KCNAના") for s in user)


def _pipeline(lang: str):  # type: ignore[no-untyped-def]
    spacy = load_spacy()
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe(COMPONENT_NAME)
    return nlp


TEXTS = {
    "hi": ["पीटीआई के अनुसार, बाढ़ में 12 लोगों की मौत हो गई। मौसम साफ रहा।", "पुलिस ने कहा कि दो लोग घायल हुए।"],
    "gu": ["KCNAના અહેવાલ મુજબ, કિમે લાવરૉવ સાથે બેઠક કરી.", "તેમણે જણાવ્યું કે બેઠક સફળ રહી."],
}


def _summary(doc) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    return [tuple(s.text for s in doc.spans[key]) for key in (SOURCE_KEY, CUE_KEY, CONTENT_KEY)]


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_spacy_docbin_with_user_data_round_trips_the_relations(lang: str) -> None:
    from spacy.tokens import DocBin

    nlp = _pipeline(lang)
    docs = list(nlp.pipe(TEXTS[lang]))
    restored = list(DocBin(docs=docs, store_user_data=True).get_docs(nlp.vocab))
    assert [_summary(d) for d in restored] == [_summary(d) for d in docs]
    assert [relations(d) for d in restored] == [relations(d) for d in docs]
    assert docs[0].spans[SOURCE_KEY][0].text in {"पीटीआई", "KCNA"}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_spacy_to_disk_and_load_round_trip(lang: str, tmp_path: Path) -> None:
    spacy = load_spacy()
    nlp = _pipeline(lang)
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == nlp.pipe_names
    assert type(loaded) is type(nlp)
    assert [_summary(d) for d in loaded.pipe(TEXTS[lang])] == [_summary(d) for d in nlp.pipe(TEXTS[lang])]


def test_spacy_pipe_in_two_processes_gives_the_same_spans() -> None:
    nlp = _pipeline("gu")
    texts = TEXTS["gu"] * 3
    assert [_summary(d) for d in nlp.pipe(texts, n_process=2, batch_size=2)] == [_summary(d) for d in nlp.pipe(texts)]


def test_spacy_splitting_pipeline_serialises() -> None:
    nlp = get_pipeline("gu")
    clone = load_spacy().blank("gu").from_bytes(nlp.to_bytes(exclude=["sentencizer", "claimcheck_sentence_fixes"]))
    assert [t.text for t in clone("KCNAના અહેવાલ મુજબ ડૉ. એસ. જયશંકર.")] == [
        t.text for t in nlp("KCNAના અહેવાલ મુજબ ડૉ. એસ. જયશંકર.")
    ]


def test_spacy_scorer_scores_each_span_group() -> None:
    from spacy.training import Example

    nlp = _pipeline("hi")
    predicted = nlp(TEXTS["hi"][0])
    reference = nlp(TEXTS["hi"][0])
    scores = nlp.get_pipe(COMPONENT_NAME).score([Example(predicted, reference)])
    assert scores[f"spans_{SOURCE_KEY}_f"] == 1.0
    assert scores[f"spans_{CUE_KEY}_f"] == 1.0
    assert scores[f"spans_{CONTENT_KEY}_f"] == 1.0
