"""Figures for the attribution tagger: rules only, model only and combinations.

Usage::

    .venv/bin/python benchmarks/tagger_figures.py --polnear ../shared/polnear/dev \\
        [--features /tmp/tagger-cache] fixtures/gold/attribution/*.jsonl

Scores document-level exact and overlap P/R/F1 per role with
:func:`claimcheck.evaluation.evaluate`. ``--features`` reuses the encoder states that
``training/features.py`` cached (the same chunks and words as the run-time path, which
agrees with them to 1e-5), to spare a forward pass over PolNeAR dev.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "training"))

import functools  # noqa: E402

from claimcheck import evaluation  # noqa: E402
from claimcheck.evaluation import ROLES, GoldPassage, evaluate, load_gold, rule_spans  # noqa: E402
from claimcheck.tagger import combine, load_tagger  # noqa: E402
from claimcheck.tagger.text import words  # noqa: E402

# Every configuration scores the same analyses: run claimcheck once per passage.
evaluation.analyse_passage = functools.lru_cache(maxsize=None)(evaluation.analyse_passage)  # type: ignore[assignment]

CONFIGS = ("rules", "model", "fill", "fill_sourced", "model_fill", "fill_roles", "fill+reshape", "rules+reshape")


def model_spans(passages: list[GoldPassage], features: Path | None) -> dict[str, dict[str, list[tuple[int, int]]]]:
    tagger = load_tagger()
    cached: dict = {}
    if features is not None:
        from features import text_key
        from train_tagger import cached_spans, load_split

        cached = {**load_split(features, "dev")}
    out: dict[str, dict[str, list[tuple[int, int]]]] = {}
    for p in passages:
        if p.text in out:
            continue
        spans: dict[str, list[tuple[int, int]]] = {r: [] for r in ROLES}
        key = text_key(p.text) if cached else None
        if key in cached:
            spans = cached_spans(tagger.head, cached[key])
        else:
            ws = words(p.text)
            for span in tagger.tag_text(p.text, ws):
                spans[span.role].append((ws[span.start][0], ws[span.end - 1][1]))
        out[p.text] = spans
    return out


def predictor(config: str, model: dict):
    def predict(passage: GoldPassage, article) -> dict[str, list[tuple[int, int]]]:
        rules = rule_spans(passage, article)
        m = model[passage.text]
        sentences = [(s.start, s.end) for s in article.sentences] if article is not None else []
        if config == "rules":
            return rules
        if config == "model":
            return m
        if config == "fill":
            return combine.fill(rules, m, sentences)
        if config == "fill_sourced":
            return combine.fill_sourced(rules, m, sentences)
        if config == "model_fill":  # the model first, the rules where it found nothing
            return combine.fill(m, rules, sentences)
        if config == "fill_roles":
            return combine.fill_roles(rules, m, sentences)
        if config == "fill+reshape":
            return combine.reshape(combine.fill(rules, m, sentences), m)
        if config == "rules+reshape":
            return combine.reshape(rules, m)
        raise ValueError(config)

    return predict


def figures(name: str, passages: list[GoldPassage], features: Path | None) -> dict:
    started = time.monotonic()
    model = model_spans(passages, features)
    tagged = time.monotonic() - started
    table: dict = {"tagger_seconds": round(tagged, 1)}
    for config in CONFIGS:
        report = evaluate(passages, name, predictor(config, model)).to_json()
        table[config] = {
            kind: {r: [report[kind][r]["precision"], report[kind][r]["recall"], report[kind][r]["f1"]] for r in ROLES}
            for kind in ("exact", "overlap")
        }
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path)
    parser.add_argument("--polnear", type=Path)
    parser.add_argument("--features", type=Path)
    args = parser.parse_args()
    results = {}
    sets = ([("polnear-dev", args.polnear)] if args.polnear else []) + [(g.stem, g) for g in args.gold]
    for name, path in sets:
        results[name] = figures(name, load_gold(path), args.features if name == "polnear-dev" else None)
        print(json.dumps({name: results[name]}), flush=True)


if __name__ == "__main__":
    main()
