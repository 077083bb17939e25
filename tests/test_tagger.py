"""The attribution tagger: brat reading, chunking, decoding, the shipped weights and their figures."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from claimcheck.errors import GoldError, ModelError
from claimcheck.evaluation import evaluate, load_brat, load_gold
from claimcheck.tagger import combine, conventions
from claimcheck.tagger.head import TAGS, spans_of, viterbi
from claimcheck.tagger.text import chunks, first_pieces, words

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = Path(os.environ.get("CLAIMCHECK_POLNEAR", ROOT.parent / "shared" / "polnear"))


# ------------------------------------------------------------------------ brat reading


def _brat(tmp_path: Path, text: bytes, ann: str, name: str = "doc") -> Path:
    (tmp_path / "text").mkdir(exist_ok=True)
    (tmp_path / "attributions").mkdir(exist_ok=True)
    (tmp_path / "text" / f"{name}.txt").write_bytes(text)
    (tmp_path / "attributions" / f"{name}_ab12.ann").write_text(ann, encoding="utf-8")
    return tmp_path


def test_evaluation_brat_reads_spans_relations_and_second_contents(tmp_path: Path) -> None:
    text = "Kim said the talks failed.\nThe plan, she added, was\nnot new."
    ann = (
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"  # before its spans
        "T1\tSource 0 3\tKim\nT2\tCue 4 8\tsaid\nT3\tContent 9 25\tthe talks failed\nT4\tAttribution 4 8\tsaid\n"
        "T5\tContent 27 35;48 59\tThe plan was\nnot new\n"  # discontinuous, its text over two lines
        "T6\tSource 37 40\tshe\nT7\tCue 41 46\tadded\n"
        "E2\tCue:T7 Source:T6 Content:T5 Content2:T3\n"
    )
    passages = load_gold(_brat(tmp_path, text.encode(), ann))
    assert [p.id for p in passages] == ["doc_ab12"]
    rels = passages[0].relations
    assert [(r.source, r.cue, r.content) for r in rels] == [
        ((0, 3), (4, 8), (9, 25)),
        ((37, 40), (41, 46), (27, 59)),  # the hull of the discontinuous content
        (None, None, (9, 25)),  # Content2: a content span of its own
    ]


def test_evaluation_brat_offsets_follow_the_reader_normalisation(tmp_path: Path) -> None:
    # CRLF and a decomposed "é" (e + U+0301): the reader makes them LF and NFC.
    text = "Jose\u0301 said:\r\nIt rained.".encode()
    ann = "T1\tSource 0 5\tJosé\nT2\tCue 6 10\tsaid\nT3\tContent 13 23\tIt rained.\nE1\tSource:T1 Cue:T2 Content:T3\n"
    passage = load_brat(_brat(tmp_path, text, ann))[0]
    rel = passage.relations[0]
    assert passage.text == "José said:\nIt rained."
    assert [passage.text[slice(*span)] for span in (rel.source, rel.cue, rel.content)] == ["José", "said", "It rained."]


def test_evaluation_brat_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match=r"no \.ann files"):
        load_brat(tmp_path)
    _brat(tmp_path, b"Kim said so.", "T1\tSource 0 3\tKim\nE1\tSource:T1 Cue:T9\n")
    with pytest.raises(GoldError, match=r"doc_ab12.ann:2: 'T9' is not a span"):
        load_brat(tmp_path)


def test_evaluation_brat_scores_a_text_annotated_twice_once_per_annotator(tmp_path: Path) -> None:
    ann = "T1\tSource 0 3\tKim\nT2\tCue 4 8\tsaid\nT3\tContent 9 25\tthe talks failed\nE1\tSource:T1 Cue:T2 Content:T3\n"
    _brat(tmp_path, b"Kim said the talks failed.", ann)
    (tmp_path / "attributions" / "doc_cd34.ann").write_text(ann, encoding="utf-8")
    report = evaluate(load_brat(tmp_path), "twice")
    assert report.passages == 2
    assert {r: (s.gold, s.matched) for r, s in report.exact.items()} == {"source": (2, 2), "cue": (2, 2), "content": (2, 2)}


def test_evaluation_cli_scores_a_brat_folder(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    ann = "T1\tSource 0 3\tKim\nT2\tCue 4 8\tsaid\nT3\tContent 9 25\tthe talks failed\nE1\tSource:T1 Cue:T2 Content:T3\n"
    _brat(tmp_path, b"Kim said the talks failed.", ann)
    result = run_cli("eval", "attribution", str(tmp_path), "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)["reports"][0]
    assert report["passages"] == 1
    assert {role: report["exact"][role]["gold"] for role in ("source", "cue", "content")} == {"source": 1, "cue": 1, "content": 1}


# ------------------------------------------------------------------- text and decoding


def test_tagger_text_words_and_first_pieces() -> None:
    assert words("Kim said: “no.”") == [(0, 3), (4, 8), (8, 9), (10, 11), (11, 13), (13, 14), (14, 15)]
    # Pieces as the XLM-R tokenizer gives them: a leading space inside the piece.
    pieces = [(0, 0), (0, 3), (3, 8), (8, 9), (9, 11), (11, 13), (13, 15), (0, 0)]
    assert first_pieces(pieces, words("Kim said: “no.”")) == [1, 2, 3, 4, 5, 6, 6]


def test_tagger_chunks_pack_paragraphs_and_cut_long_ones() -> None:
    text = "One two.\nThree four.\n\nFive six seven eight. Nine ten."
    count = lambda s: len(s.split())  # noqa: E731 - one "piece" per word
    assert chunks(text, count, max_pieces=6) == [(0, 20), (22, 44), (44, 53)]
    assert chunks(text, count, max_pieces=100) == [(0, 53)]


def test_tagger_viterbi_never_opens_a_span_with_inside() -> None:
    log_probs = np.log(np.full((3, len(TAGS)), 0.01))
    log_probs[:, TAGS.index("I-content")] = np.log(0.9)  # I- wins every word on its own
    log_probs[1, TAGS.index("B-content")] = np.log(0.05)
    path = viterbi(log_probs)
    assert TAGS[path[0]] != "I-content"
    assert spans_of(path) in ([("content", 0, 3)], [("content", 1, 3)])


def test_tagger_viterbi_adds_learned_transitions_to_the_constraints() -> None:
    # On its own each word prefers B-source; a CRF's transitions make "source cue" likelier.
    scores = np.log(np.full((2, len(TAGS)), 0.05))
    scores[:, TAGS.index("B-source")] = np.log(0.6)
    scores[1, TAGS.index("B-cue")] = np.log(0.3)
    transitions = np.zeros((len(TAGS) + 1, len(TAGS)))
    assert viterbi(scores, transitions) == [TAGS.index("B-source")] * 2
    transitions[TAGS.index("B-source"), TAGS.index("B-cue")] = 1.0
    assert viterbi(scores, transitions) == [TAGS.index("B-source"), TAGS.index("B-cue")]
    # Forbidden stays forbidden, whatever the learned score.
    transitions[TAGS.index("B-source"), TAGS.index("I-cue")] = 100.0
    assert TAGS[viterbi(scores, transitions)[1]] != "I-cue"


@pytest.mark.parametrize(("lstm_layers", "crf"), [(1, False), (2, True)])
def test_tagger_numpy_head_matches_the_torch_head_it_was_exported_from(
        lstm_layers: int, crf: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    torch = pytest.importorskip("torch")
    monkeypatch.syspath_prepend(str(ROOT / "training"))
    from train_tagger import Chunk, batch_tensors, export, make_net

    from claimcheck.tagger.head import Head

    torch.manual_seed(0)
    net = make_net(layers=5, dim=16, hidden=8, dropout=0.3, lstm_layers=lstm_layers, crf=crf).eval()
    if crf:
        with torch.no_grad():
            net.transitions.normal_()
            net.ends.normal_()
    rng = np.random.default_rng(0)
    chunks = [Chunk(rng.normal(size=(n, 5, 16)).astype(np.float16), [(i, i + 1) for i in range(n)], None) for n in (9, 4)]
    x, _, lengths = batch_tensors(chunks)
    with torch.no_grad():
        expected = torch.log_softmax(net(x, lengths), -1).numpy()
    head = Head.from_arrays(export(net))
    assert len(head.lstm) == lstm_layers and (head.transitions is not None) == crf
    for i, chunk in enumerate(chunks):
        got = head.log_probs(chunk.feats)
        assert float(np.abs(got - expected[i, : len(chunk.words)]).max()) < 1e-5


def _random_head_arrays(seed: int) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    hidden, dim, tags = 4, 6, len(TAGS)
    arrays = {"mix": rng.normal(size=3), "out_w": rng.normal(size=(tags, 2 * hidden)), "out_b": rng.normal(size=tags),
              "transitions": rng.normal(size=(tags + 1, tags)), "ends": rng.normal(size=tags)}
    for suffix in ("", "_reverse"):
        arrays |= {f"lstm_w_ih{suffix}": rng.normal(size=(4 * hidden, dim)),
                   f"lstm_w_hh{suffix}": rng.normal(size=(4 * hidden, hidden)), f"lstm_b{suffix}": rng.normal(size=4 * hidden)}
    return {k: v.astype(np.float32) for k, v in arrays.items()}


def test_tagger_ensemble_averages_its_members_scores_and_transitions() -> None:
    from claimcheck.tagger.head import MEMBER, Head, HeadEnsemble

    one, two = _random_head_arrays(1), _random_head_arrays(2)
    packed = {MEMBER.format(k) + name: v for k, arrays in enumerate((one, two)) for name, v in arrays.items()}
    ensemble = HeadEnsemble.from_arrays(packed)
    assert isinstance(ensemble, HeadEnsemble) and len(ensemble.members) == 2
    assert isinstance(HeadEnsemble.from_arrays(one), Head)  # a file of one head reads as before
    feats = np.random.default_rng(3).normal(size=(7, 3, 6)).astype(np.float16)
    first, second = Head.from_arrays(one), Head.from_arrays(two)
    expected = (first.log_probs(feats) + second.log_probs(feats)) / 2
    assert np.allclose(ensemble.log_probs(feats), expected, atol=1e-6)
    assert ensemble.transitions is not None
    assert np.allclose(ensemble.transitions, (one["transitions"] + two["transitions"]) / 2)
    assert ensemble.tag(feats) == spans_of(viterbi(expected, ensemble.transitions, ensemble.ends))
    # Two copies of one head tag as that head does.
    twins = HeadEnsemble.from_arrays({MEMBER.format(k) + name: v for k in (0, 1) for name, v in one.items()})
    assert twins.tag(feats) == first.tag(feats)


def test_tagger_marginals_are_the_probabilities_of_all_tag_sequences() -> None:
    import itertools

    from claimcheck.tagger.head import _ALLOWED, marginals, role_confidence

    rng = np.random.default_rng(0)
    scores, transitions, ends = rng.normal(size=(4, 7)), rng.normal(size=(8, 7)), rng.normal(size=7)
    penalty = np.where(_ALLOWED, 0.0, -np.inf) + transitions
    expected, total = np.zeros((4, 7)), 0.0
    for tags in itertools.product(range(7), repeat=4):  # every sequence, the forbidden ones weigh 0
        score = penalty[-1, tags[0]] + scores[0, tags[0]] + ends[tags[-1]]
        score += sum(penalty[tags[i - 1], tags[i]] + scores[i, tags[i]] for i in range(1, 4))
        weight = np.exp(score)
        total += weight
        for i, tag in enumerate(tags):
            expected[i, tag] += weight
    found = marginals(scores, transitions, ends)
    assert np.allclose(found, expected / total, atol=1e-12)
    assert found[0, TAGS.index("I-content")] == 0.0  # no I- opens a text
    content = found[1:3, [TAGS.index("B-content"), TAGS.index("I-content")]].sum(axis=1).mean()
    assert role_confidence(found, "content", 1, 3) == pytest.approx(content)


def test_tagger_scored_spans_are_the_decoded_spans_with_their_confidence() -> None:
    from claimcheck.tagger.head import MEMBER, HeadEnsemble, marginals, role_confidence

    head = HeadEnsemble.from_arrays({MEMBER.format(k) + name: v for k in (0, 1) for name, v in _random_head_arrays(k + 1).items()})
    feats = np.random.default_rng(5).normal(size=(9, 3, 6)).astype(np.float16)
    scored = head.tag_scored(feats)
    assert [span[:3] for span in scored] == head.tag(feats)
    probabilities = marginals(head.log_probs(feats), head.transitions, head.ends)
    assert [span[3] for span in scored] == [role_confidence(probabilities, *span[:3]) for span in scored]


def test_tagger_combine_fill_keeps_rules_and_fills_empty_sentences() -> None:
    sentences = [(0, 10), (10, 20)]
    rules = {"source": [(0, 2)], "cue": [(3, 5)], "content": [(6, 9)]}
    model = {"source": [(0, 3), (11, 12)], "cue": [(3, 5), (13, 14)], "content": [(6, 10), (15, 19)]}
    assert combine.fill(rules, model, sentences) == {
        "source": [(0, 2), (11, 12)], "cue": [(3, 5), (13, 14)], "content": [(6, 9), (15, 19)]}
    assert combine.reshape(rules, model)["content"] == [(6, 10)]


def test_tagger_combine_fill_free_leaves_out_spans_over_the_first_ones() -> None:
    sentences = [(0, 10), (10, 20)]
    first = {"source": [(0, 2)], "cue": [(3, 5)], "content": [(6, 14)]}  # a content into sentence 2
    then = {"source": [], "cue": [(15, 16)], "content": [(11, 14), (17, 19)]}
    assert combine.fill_free(first, then, sentences) == {
        "source": [(0, 2)], "cue": [(3, 5), (15, 16)], "content": [(6, 14), (17, 19)]}


def test_tagger_combine_fill_free_contents_completes_a_relation_the_tagger_left_without_content() -> None:
    sentences = [(0, 10), (10, 20), (20, 30)]
    first = {"source": [(0, 2), (21, 22)], "cue": [(3, 5), (23, 24)], "content": [(25, 29)]}
    then = {"source": [(0, 2)], "cue": [(3, 5)], "content": [(6, 9), (11, 19), (26, 28)]}
    assert combine.fill_free_contents(first, then, sentences) == {
        "source": [(0, 2), (21, 22)], "cue": [(3, 5), (23, 24)], "content": [(6, 9), (11, 19), (25, 29)]}


def _spans(text: str, **roles: list[str]) -> dict[str, list[tuple[int, int]]]:
    return {role: [(text.index(s), text.index(s) + len(s)) for s in found] for role, found in roles.items()}


def _texts(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


def test_tagger_conventions_join_a_quotations_sentences_within_a_paragraph() -> None:
    text = "She said: “Taxes will rise. Jobs will go.”\n\n“Nobody wants that.”"
    contents = _spans(text, content=["Taxes will rise", "Jobs will go", "Nobody wants that"])["content"]
    assert _texts(text, conventions.join_sentences(text, contents)) == [
        "Taxes will rise. Jobs will go", "Nobody wants that"]


@pytest.mark.parametrize(("text", "parts", "cues", "expected"), [
    ("“Taxes will rise,” the minister said. “Jobs will go.”", ["Taxes will rise,", "Jobs will go."], ["said"],
     ["Taxes will rise,” the minister said. “Jobs will go."]),
    # Words with the source and cue do not matter; another quotation between does.
    ("“Taxes will rise,” the minister told CNN on Friday. “Jobs will go.”", ["Taxes will rise,", "Jobs will go."],
     ["told"], ["Taxes will rise,” the minister told CNN on Friday. “Jobs will go."]),
    ("“Taxes will rise,” the minister said, “I think.” “Jobs will go.”", ["Taxes will rise,", "Jobs will go."],
     ["said"], ["Taxes will rise,", "Jobs will go."]),
    # The second part ends with a comma: it has a cue of its own (here "he said").
    ("“Taxes will rise,” the minister said. “Jobs will go,” he said.", ["Taxes will rise,", "Jobs will go,"],
     ["said", "he said"], ["Taxes will rise,", "Jobs will go,"]),
    # No comma closes the first quote: a sentence ends, and the next is another attribution.
    ("“Taxes will rise.” the minister said. “Jobs will go.”", ["Taxes will rise.", "Jobs will go."], ["said"],
     ["Taxes will rise.", "Jobs will go."]),
])
def test_tagger_conventions_join_a_quotation_interrupted_by_its_source_and_cue(
        text: str, parts: list[str], cues: list[str], expected: list[str]) -> None:
    spans = _spans(text, content=parts, source=["the minister"], cue=cues)
    assert _texts(text, conventions.join_interrupted(text, spans)) == expected


@pytest.mark.parametrize(("text", "parts", "source", "cue", "expected"), [
    # The closing marks are looked for around the part's end, a run of them included:
    # a quote inside the quote ("‘A,’”") and the New York Times' doubled apostrophes.
    ("“He said ‘vote,’” Lee said. “They did.”", ["He said ‘vote,’”", "“They did.”"], "Lee", "said.",
     ["He said ‘vote,’” Lee said. “They did.”"]),
    ("''Taxes will rise,'' Mr. Lee said. ''Jobs will go.''", ["Taxes will rise,''", "''Jobs will go"], "Mr. Lee", "said",
     ["Taxes will rise,'' Mr. Lee said. ''Jobs will go"]),
    # A question closes the first part; a quoted title between is not another quotation.
    ("“Why now?” Kim asked. “The vote is done.”", ["Why now?", "The vote is done."], "Kim", "asked",
     ["Why now?” Kim asked. “The vote is done."]),
    ("“Taxes will rise,” Kim said on “Meet the Press.” “Jobs will go.”", ["Taxes will rise,", "Jobs will go."], "Kim",
     "said", ["Taxes will rise,” Kim said on “Meet the Press.” “Jobs will go."]),
    # A full stop still ends the attribution.
    ("“Taxes will rise.” He added, “Jobs will go.”", ["Taxes will rise.", "Jobs will go."], "He", "added",
     ["Taxes will rise.", "Jobs will go."]),
])
def test_tagger_conventions_join_interrupted_finds_closing_marks_around_the_part_end(
        text: str, parts: list[str], source: str, cue: str, expected: list[str]) -> None:
    spans = _spans(text, content=parts, source=[source], cue=[cue])
    assert _texts(text, conventions.join_interrupted(text, spans)) == expected


@pytest.mark.parametrize(("text", "parts", "cues", "expected"), [
    ("The emails, the Times said, covered work.", ["The emails", "covered work"], ["said"], ["The emails, the Times said, covered work"]),
    ("the law which he believes will fail", ["which", "will fail"], ["believes"], ["which he believes will fail"]),
    # The first part has a cue of its own before it: two attributions.
    ("Kim said taxes rise, Lee said jobs go.", ["taxes rise", "jobs go"], ["said", "Lee said"], ["taxes rise", "jobs go"]),
    # A sentence end between the parts: two attributions; an abbreviation's full stop is none.
    ("Taxes rise. Lee said jobs go.", ["Taxes rise", "jobs go"], ["said"], ["Taxes rise", "jobs go"]),
    ("In any case, Mr. Lee said, jobs go.", ["In any case", "jobs go"], ["said"], ["In any case, Mr. Lee said, jobs go"]),
])
def test_tagger_conventions_join_a_content_interrupted_by_its_cue_without_quote_marks(
        text: str, parts: list[str], cues: list[str], expected: list[str]) -> None:
    spans = _spans(text, content=parts, cue=cues)
    assert _texts(text, conventions.join_interrupted_unquoted(text, spans)) == expected


def test_tagger_conventions_join_a_sentence_with_no_cue_of_its_own_to_the_content_before() -> None:
    text = "He said taxes will rise. Jobs will go. Prices will fall, she said."
    sentences = [(0, 25), (25, 39), (39, len(text))]
    spans = _spans(text, content=["taxes will rise", "Jobs will go", "Prices will fall"])
    spans["cue"] = [(3, 7), (text.index("said."), text.index("said.") + 4)]
    assert _texts(text, conventions.join_continuations(text, spans, sentences)) == [
        "taxes will rise. Jobs will go", "Prices will fall"]


def test_tagger_conventions_join_a_bare_quote_paragraph_to_the_quotation_before() -> None:
    text = "“Taxes will rise,” Kim said.\n\n“Jobs will go.”\n\n“Prices fall,” Lee said.\n\nVoters agree."
    spans = _spans(text, content=["“Taxes will rise,”", "“Jobs will go.”", "“Prices fall,”", "Voters agree"],
                   source=["Kim", "Lee"], cue=["said.", "said.\n\nV"])
    spans["cue"][1] = (text.index("Lee said") + 4, text.index("Lee said") + 8)
    # The third paragraph has its own source and cue; the fourth opens with no quote mark.
    assert _texts(text, conventions.join_quote_paragraphs(text, spans)) == [
        "“Taxes will rise,” Kim said.\n\n“Jobs will go.”", "“Prices fall,”", "Voters agree"]


def test_tagger_conventions_repeat_a_source_once_per_cue_with_a_content_in_its_sentence() -> None:
    text = "Kim said taxes rise and added that jobs go. Lee said prices fall, and Ann agreed."
    sentences = [(0, 44), (44, len(text))]
    spans = _spans(text, source=["Kim", "Lee", "Ann"], cue=["said", "added", "Lee said", "agreed"],
                   content=["taxes rise", "that jobs go", "prices fall"])
    spans["cue"][2] = (text.index("Lee said") + 4, text.index("Lee said") + 8)
    # The second sentence has two sources: each is its own attribution's.
    assert _texts(text, conventions.repeat_shared_sources(spans, sentences)) == ["Kim", "Kim", "Lee", "Ann"]


def test_tagger_conventions_source_edges_take_the_name_after_a_title_and_leave_who() -> None:
    text = "Mr. Obama said so. Rihanna, who sings, said no."
    sources = [(0, 2), (text.index("Rihanna"), text.index(" sings"))]
    assert _texts(text, conventions.source_edges(text, sources)) == ["Mr. Obama", "Rihanna"]


def test_tagger_group_pairs_each_cue_with_its_nearest_source_and_content() -> None:
    spans = [("source", 0, 1), ("cue", 1, 2), ("content", 2, 6), ("content", 7, 9), ("source", 10, 11), ("cue", 11, 12)]
    assert combine.group(spans) == [((0, 1), (1, 2), (2, 6)), ((10, 11), (11, 12), (7, 9))]


# ---------------------------------------------------------------------- shipped weights


def test_tagger_refuses_weights_that_differ_from_the_manifest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from claimcheck.tagger import model

    for name in ("attribution-tagger.toml", "attribution-tagger.npz"):
        shutil.copy(ROOT / "models" / name, tmp_path / name)
    with (tmp_path / "attribution-tagger.npz").open("ab") as handle:
        handle.write(b"\0")
    monkeypatch.setattr(model, "_CHECKOUT_MODELS_DIR", tmp_path)
    monkeypatch.setattr(model, "_TAGGER", None)
    with pytest.raises(ModelError, match="sha256"):
        model.load_tagger()


def test_tagger_numpy_encoder_matches_transformers() -> None:
    pytest.importorskip("torch")
    from claimcheck.tagger.encoder import NumpyEncoder, TorchEncoder

    texts = ["The minister said on Sunday that the talks had failed.", "उन्होंने कहा कि बातचीत विफल रही।"]
    for (o1, s1), (o2, s2) in zip(NumpyEncoder().encode(texts), TorchEncoder().encode(texts), strict=True):
        assert o1 == o2
        assert float(np.abs(s1 - s2).max()) < 1e-4


def test_tagger_tags_an_english_report_sentence() -> None:
    from claimcheck.tagger import TaggedSpan, tag_sentences

    # PolNeAR's boundaries: the content keeps its "that" (not its full stop, which scoring trims anyway).
    expected = [("source", 0, 2), ("cue", 2, 3), ("content", 5, 10)]
    tokens = ["The", "minister", "said", "on", "Sunday", "that", "the", "talks", "had", "failed", "."]
    spaces = [True] * 9 + [False, False]
    [found] = tag_sentences([tokens], [spaces])
    assert all(isinstance(span, TaggedSpan) for span in found)
    assert [(span.role, span.start, span.end) for span in found] == expected
    # A plain report: the tagger is sure of every span (the CRF's marginals).
    assert all(0.9 < span.confidence <= 1.0 for span in found), found


# PolNeAR dev, the first three annotation files (756 words), the tagger alone:
# (gold, predicted, exactly matched) per role. The whole of dev takes minutes; the
# full figures are in models/attribution-tagger.toml and training/README.md.
EXPECTED_SUBSET = {"source": (20, 20, 18), "cue": (20, 21, 19), "content": (20, 22, 12)}


@pytest.mark.skipif(not (POLNEAR / "dev").is_dir(), reason="PolNeAR is not in ../shared/polnear")
def test_tagger_reaches_its_recorded_figures_on_polnear_dev_texts() -> None:
    from claimcheck.tagger import tag_text

    passages = load_brat(POLNEAR / "dev")[:3]

    def predict(passage, article):
        ws = words(passage.text)
        out: dict[str, list[tuple[int, int]]] = {"source": [], "cue": [], "content": []}
        for span in tag_text(passage.text, ws):
            out[span.role].append((ws[span.start][0], ws[span.end - 1][1]))
        return out

    report = evaluate(passages, "polnear-dev-3", predict)
    assert {role: (s.gold, s.predicted, s.matched) for role, s in report.exact.items()} == EXPECTED_SUBSET


# The same three files by ``--definition polnear`` (the tagger first, the rules where it
# found nothing or left a relation without content, PolNeAR's conventions after).
EXPECTED_SUBSET_POLNEAR = {"source": (20, 21, 19), "cue": (20, 21, 19), "content": (20, 20, 12)}


@pytest.mark.skipif(not (POLNEAR / "dev").is_dir(), reason="PolNeAR is not in ../shared/polnear")
def test_tagger_polnear_definition_on_polnear_dev_texts() -> None:
    from claimcheck.evaluation import predictor_for

    report = evaluate(load_brat(POLNEAR / "dev")[:3], "polnear-dev-3", predictor_for("polnear"))
    assert {role: (s.gold, s.predicted, s.matched) for role, s in report.exact.items()} == EXPECTED_SUBSET_POLNEAR


@pytest.mark.skipif(not (POLNEAR / "dev").is_dir(), reason="PolNeAR is not in ../shared/polnear")
def test_tagger_polnear_definition_reaches_its_dev_figures() -> None:
    # The whole of PolNeAR dev by ``--definition polnear`` (a few minutes): measured exact
    # F1 0.8259 / 0.7716 / 0.6913 with the shipped weights (three seeds' heads averaged),
    # unsure contents dropped, and conventions (issue 11's targets 0.80 / 0.75 / 0.70).
    # The margin of 0.005 allows for BLAS builds that round differently, which can move a
    # span or two, not more.
    from claimcheck.evaluation import predictor_for

    report = evaluate(load_brat(POLNEAR / "dev"), "polnear-dev", predictor_for("polnear"))
    f1 = {role: s.f1 for role, s in report.exact.items()}
    assert f1["source"] >= 0.8209, f1
    assert f1["cue"] >= 0.7666, f1
    assert f1["content"] >= 0.6863, f1
