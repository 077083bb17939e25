"""The calibrated aligner (issue 12 item 2): each pair judged against fixed references.

Not the default: on fixtures/coverage it scores below the default aligner
(:func:`claimcheck.alignment.align_pairs`) on the held-out half, and it pairs the seeds
(two meetings, both Gujarati) several times, since same-language sentences on one topic
sit far above a background of unrelated news. ``benchmarks/coverage.py --aligner
calibrated`` scores it.

A pair of sentences from two articles is judged against fixed references: reports of
one event are about the same people and the same meeting in every sentence, so a score
relative only to the other article's sentences (the default aligner's ratio margin)
sinks exactly where the tool is needed. The margin's evidence enters here as one
feature among others (:func:`neighbour_cosines`).

Each pair gets a probability of "same claim" from a small logistic model
(:class:`AlignmentModel`) over evidence that survives translation:

* the cosine of the two sentences less their *hubness*, their mean cosine to the
  nearest sentences of a fixed background of unrelated news in the other side's
  language (CSLS, Conneau et al. 2018, against a background rather than against the
  other article): a sentence that is close to any news sentence is not evidence;
* the same for the attributed contents, embedded without their wrappers ("KCNA said"),
  and for the best pair of clauses (:func:`clauses`: a lede against a one-fact sentence);
* the cosine less the two sentences' mean cosine to their nearest neighbours in the
  other article;
* numbers: a value both state, or two sets of values that share none;
* names, compared in Latin letters (:func:`claimcheck.sources.latin_words`) by their
  consonants, so that ``Reiner``, ``राइनर`` and ``رینر`` meet;
* the canonical source both attribute the claim to; whether both are in one language.

The background sentences and the coefficients live in ``claimcheck/data/alignment.json``,
with the figures that set them; the coefficients are fitted by
``python benchmarks/coverage.py --fit`` on the tuning half of ``fixtures/coverage``.

A pair is kept when its probability clears the model's threshold and it is the best
pair of at least one of its sentences in the other article (a lede that packs three
facts is the best match of three sentences; a sentence is never split between two
claims of one article on its own account). Kept pairs join into groups
(:func:`claimcheck.alignment.group_pairs`). Two articles are judged to cover one event
when at least :data:`CALIBRATED_SAME_EVENT_MIN_PAIRS` of their pairs are kept: a count, not a share, so that
short wire stories qualify.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from ..types import Article, ClaimRef, Sentence
from . import AlignedPair, _anchored, _numbers

#: Background sentences averaged in a sentence's hubness (CSLS uses 10 of thousands;
#: the background here is 20 sentences per language).
BACKGROUND_K = 3
#: Nearest sentences of the other article averaged in :func:`neighbour_cosines`.
NEIGHBOUR_K = 3
#: Kept pairs that make two articles reports of one event. Reports of two different
#: meetings of the same people share one claim or none (the seeds); reports of one
#: event, however short, share two or more.
CALIBRATED_SAME_EVENT_MIN_PAIRS = 2
#: Evidence names, in the order of the model's coefficients.
FEATURES = ("cosine_over_background", "best_clauses_over_background", "cosine_over_neighbours", "content_over_background", "number_shared", "numbers_disjoint", "names_shared", "source_shared", "same_language")


@dataclass(frozen=True)
class AlignmentModel:
    """A logistic model of P(same claim) over :data:`FEATURES`."""

    weights: tuple[float, ...]
    """One coefficient per feature, in the order of :data:`FEATURES`."""
    bias: float
    """The intercept."""
    threshold: float
    """Smallest probability of a kept pair."""

    def probability(self, features: np.ndarray) -> np.ndarray:
        """P(same claim) for rows of features."""
        z = features @ np.asarray(self.weights) + self.bias
        out: np.ndarray = 1.0 / (1.0 + np.exp(-z))
        return out


@cache
def alignment_data() -> dict[str, object]:
    """``claimcheck/data/alignment.json``: background sentences and the fitted model."""
    text = resources.files("claimcheck.data").joinpath("alignment.json").read_text("utf-8")
    data: dict[str, object] = json.loads(text)
    return data


def default_model() -> AlignmentModel:
    """The model fitted on the tuning half of fixtures/coverage."""
    model = alignment_data()["model"]
    assert isinstance(model, dict)
    return AlignmentModel(tuple(float(w) for w in model["weights"]), float(model["bias"]), float(model["threshold"]))


@dataclass(frozen=True)
class Evidence:
    """What one sentence brings to the judgement of its pairs."""

    lang: str
    vector: np.ndarray
    """The sentence's embedding (L2-normalised)."""
    content: np.ndarray
    """The embedding of its attributed content, or of the sentence if it has none."""
    hub: dict[str, float]
    """Per background language, the mean cosine of the sentence to its nearest background sentences."""
    content_hub: dict[str, float]
    """The same for :attr:`content`."""
    clauses: np.ndarray
    """Embeddings of the sentence's clauses (:func:`clauses`), one row each; the
    sentence's own when it has one clause."""
    clause_hub: dict[str, np.ndarray]
    """Per background language, each clause's hubness."""
    numbers: frozenset[float]
    """The values of its quantities (both ends of a range)."""
    names: frozenset[str]
    """Consonant skeletons of its name-like words in Latin letters."""
    sources: frozenset[str]
    """Canonical ids of the sources it attributes the claim to."""


# Latin spellings of one name differ in vowels and in letters that stand for one sound.
_SOUNDS = str.maketrans({"c": "k", "q": "k", "w": "v", "z": "j", "x": "k"})
_VOWELS = re.compile(r"[aeiouhy]")
_LATIN_SCRIPT = re.compile(r"[A-Za-z]")


def name_keys(text: str, lang: str) -> frozenset[str]:
    """Consonant skeletons (three consonants or more) of the name-like words of a
    sentence: in Latin script the capitalised words after the first, in other scripts
    every word, since they have no capitals (topic words of one language then meet too,
    which the model weighs)."""
    from ..sources import latin_words

    if _LATIN_SCRIPT.search(text) and not re.search(r"[\u0900-\u0DFF\u0600-\u06FF]", text):
        words = [w.lower() for w in re.findall(r"(?<=\s)[A-Z][A-Za-z]+", text)]
    else:
        words = list(latin_words(text, lang))
    keys = (_VOWELS.sub("", w.translate(_SOUNDS)) for w in words)
    return frozenset(re.sub(r"(.)\1+", r"\1", k) for k in keys if len(k) >= 3)


def _content(sentence: Sentence) -> str | None:
    for attribution in sentence.attributions:
        if attribution.content is not None and not attribution.reports_elsewhere(sentence):
            return attribution.content.text
    return None


_CLAUSE_BREAK = re.compile(r"[,;:–—]\s|\s(?:and|but|while|और|तथा|आणि|અને|اور)\s")
#: Fewest words of a clause: shorter pieces ("officials said") are wrappers, not facts.
CLAUSE_MIN_WORDS = 4


def clauses(text: str) -> list[str]:
    """The clauses of a sentence, cut at commas, colons, dashes and "and" in each
    language: a lede that packs three facts meets a sentence stating one of them."""
    pieces = [p.strip() for p in _CLAUSE_BREAK.split(text)]
    kept = [p for p in pieces if len(p.split()) >= CLAUSE_MIN_WORDS]
    return kept if len(kept) >= 2 else []


def _hubness(vectors: np.ndarray, background: dict[str, np.ndarray]) -> list[dict[str, float]]:
    out: list[dict[str, float]] = [{} for _ in range(len(vectors))]
    for lang, bg in background.items():
        k = min(BACKGROUND_K, len(bg))
        sims = vectors @ bg.T
        top = np.sort(sims, axis=1)[:, -k:].mean(axis=1)
        for n, value in enumerate(top):
            out[n][lang] = float(value)
    return out


def gather_evidence(
    articles: Sequence[Article],
    vectors: Sequence[np.ndarray],
    refs: Sequence[Sequence[ClaimRef]],
    encode: Callable[[list[str]], np.ndarray],
) -> list[list[Evidence]]:
    """Per article, the evidence of each embedded sentence (``refs`` order). One call to
    ``encode`` embeds the background and the attributed contents."""
    by_id = {article.id: article for article in articles}
    background_texts = alignment_data()["background"]
    assert isinstance(background_texts, dict)
    sentences = [[by_id[ref.article].sentences[ref.sentence] for ref in article_refs] for article_refs in refs]
    contents = [[_content(s) for s in article_sentences] for article_sentences in sentences]
    bg_langs = sorted(background_texts)
    texts = [t for lang in bg_langs for t in background_texts[lang]]
    texts += [c for article_contents in contents for c in article_contents if c is not None]
    pieces = [[clauses(s.text) for s in article_sentences] for article_sentences in sentences]
    texts += [c for article_pieces in pieces for sentence_pieces in article_pieces for c in sentence_pieces]
    encoded = encode(texts) if texts else np.zeros((0, 1), dtype=np.float32)
    background: dict[str, np.ndarray] = {}
    start = 0
    for lang in bg_langs:
        background[lang] = encoded[start : start + len(background_texts[lang])]
        start += len(background_texts[lang])
    out: list[list[Evidence]] = []
    content_start = start
    start += sum(1 for article_contents in contents for c in article_contents if c is not None)
    clause_rows: list[np.ndarray] = []
    for article_pieces, matrix in zip(pieces, vectors, strict=True):
        for n, sentence_pieces in enumerate(article_pieces):
            if sentence_pieces:
                clause_rows.append(encoded[start : start + len(sentence_pieces)])
                start += len(sentence_pieces)
            else:
                clause_rows.append(matrix[n : n + 1])
    clause_hubs = []
    for rows in clause_rows:
        hub = {lang: np.sort(rows @ bg.T, axis=1)[:, -min(BACKGROUND_K, len(bg)) :].mean(axis=1) for lang, bg in background.items()}
        clause_hubs.append(hub)
    clause_n = 0
    start = content_start
    for article_sentences, article_contents, matrix in zip(sentences, contents, vectors, strict=True):
        content_rows = []
        for n, text in enumerate(article_contents):
            if text is None:
                content_rows.append(matrix[n])
            else:
                content_rows.append(encoded[start])
                start += 1
        content_matrix = np.asarray(content_rows).reshape(len(article_sentences), -1)
        hubs = _hubness(matrix, background) if len(matrix) else []
        content_hubs = _hubness(content_matrix, background) if len(matrix) else []
        out.append(
            [
                Evidence(
                    s.lang,
                    matrix[n],
                    content_matrix[n],
                    hubs[n],
                    content_hubs[n],
                    clause_rows[clause_n + n],
                    clause_hubs[clause_n + n],
                    _numbers(s.text, s.lang),
                    name_keys(s.text, s.lang),
                    frozenset(a.chain[0].source.id for a in s.sourced_attributions()),
                )
                for n, s in enumerate(article_sentences)
            ]
        )
        clause_n += len(article_sentences)
    return out


def _hub(hub: dict[str, float], lang: str) -> float:
    if lang in hub:
        return hub[lang]
    return max(hub.values()) if hub else 0.0


def _clause_hub(x: Evidence, lang: str) -> np.ndarray:
    if lang in x.clause_hub:
        return x.clause_hub[lang]
    return np.max(np.array(list(x.clause_hub.values())), axis=0)


def _best_clauses(x: Evidence, y: Evidence) -> float:
    """The best pair of clauses, each cosine less the two clauses' hubness."""
    sims = x.clauses @ y.clauses.T
    sims = sims - (_clause_hub(x, y.lang)[:, None] + _clause_hub(y, x.lang)[None, :]) / 2.0
    return float(sims.max())


def pair_features(x: Evidence, y: Evidence, neighbours: float = 0.0) -> np.ndarray:
    """The model's features (:data:`FEATURES`) for one pair of sentences; ``neighbours``
    is the pair's mean cosine of each side to its nearest sentences in the other article
    (:func:`neighbour_cosines`)."""
    cosine = float(x.vector @ y.vector)
    content = float(x.content @ y.content)
    shared_numbers = bool(x.numbers & y.numbers)
    return np.array(
        [
            cosine - (_hub(x.hub, y.lang) + _hub(y.hub, x.lang)) / 2.0,
            _best_clauses(x, y),
            cosine - neighbours,
            content - (_hub(x.content_hub, y.lang) + _hub(y.content_hub, x.lang)) / 2.0,
            float(shared_numbers),
            float(bool(x.numbers) and bool(y.numbers) and not shared_numbers),
            min(len(x.names & y.names), 3) / 3.0,
            float(bool(x.sources & y.sources)),
            float(x.lang == y.lang),
        ]
    )


def neighbour_cosines(a: np.ndarray, b: np.ndarray, k: int = NEIGHBOUR_K) -> np.ndarray:
    """For every pair of rows of ``a`` and ``b``, the mean of each side's mean cosine to
    its ``k`` nearest rows on the other side: how alike any two sentences of these two
    articles are. It depends on the two articles only, never on a third."""
    sim = a @ b.T
    ka, kb = min(k, sim.shape[1]), min(k, sim.shape[0])
    knn_a = np.sort(sim, axis=1)[:, -ka:].mean(axis=1)
    knn_b = np.sort(sim, axis=0)[-kb:, :].mean(axis=0)
    out: np.ndarray = (knn_a[:, None] + knn_b[None, :]) / 2.0
    return out


def align_calibrated(
    articles: Sequence[Article],
    vectors: Sequence[np.ndarray],
    refs: Sequence[Sequence[ClaimRef]],
    *,
    encode: Callable[[list[str]], np.ndarray],
    model: AlignmentModel | None = None,
) -> list[AlignedPair]:
    """The pairs of sentences of every two articles that state the same claim.

    A pair's decision depends only on the two sentences, the fixed background and the
    other sentences of those two articles (a pair must be the best of one of its
    sentences), never on a third article.

    Args:
        articles: The articles, in report order.
        vectors: Per article, an (n_i, dim) array of L2-normalised embeddings.
        refs: Per article, the claim each row of ``vectors`` stands for.
        encode: Embeds texts like the encoder of ``vectors`` (the background and the
            attributed contents).
        model: The probability model; the fitted default when ``None``.
    """
    model = model or default_model()
    by_id = {article.id: article for article in articles}
    evidence = gather_evidence(articles, vectors, refs, encode)
    pairs: list[AlignedPair] = []
    for i in range(len(articles)):
        for j in range(i + 1, len(articles)):
            if len(refs[i]) == 0 or len(refs[j]) == 0:
                continue
            neighbours = neighbour_cosines(vectors[i], vectors[j])
            features = np.array(
                [[pair_features(x, y, neighbours[r, c]) for c, y in enumerate(evidence[j])] for r, x in enumerate(evidence[i])]
            )
            probability = model.probability(features.reshape(-1, len(FEATURES))).reshape(len(refs[i]), len(refs[j]))
            best_row = probability.max(axis=1, keepdims=True)
            best_col = probability.max(axis=0, keepdims=True)
            keep = (probability >= model.threshold) & ((probability >= best_row) | (probability >= best_col))
            kept = [(int(r), int(c)) for r, c in zip(*np.nonzero(keep), strict=True)]
            same_event = len(kept) >= CALIBRATED_SAME_EVENT_MIN_PAIRS
            for r, c in kept:
                cosine = float(vectors[i][r] @ vectors[j][c])
                pairs.append(
                    AlignedPair(
                        refs[i][r],
                        refs[j][c],
                        round(cosine, 4),
                        round(float(features[r, c, 0]), 4),
                        same_event,
                        probability=round(float(probability[r, c]), 4),
                    )
                )
    return _anchored(pairs, by_id)


