"""Boundary errors of the ``polnear`` attribution definition against PolNeAR gold.

Usage::

    .venv/bin/python benchmarks/polnear_boundaries.py dump ../shared/polnear/train /tmp/train.json \\
        [--features /tmp/tagger-cache --split-name train] [--limit N]
    .venv/bin/python benchmarks/polnear_boundaries.py report ../shared/polnear/train /tmp/train.json [--raw] [--examples 5]

``dump`` runs the expensive parts once per text (claimcheck's analysis for the rules'
spans, the tagger) and writes the spans, never the texts, to a JSON file outside the
repository. ``report`` then combines them as ``--definition polnear`` does (the tagger
first, the rules where it found nothing), applies the PolNeAR conventions of
:mod:`claimcheck.tagger.conventions` (``--raw``: the combination before them), scores exact and overlap
P/R/F1 per role, and lists the predicted spans that overlap a gold span without matching
it exactly, counted by how their edges differ (the words one has and the other lacks at
each end, by kind: quote mark, "that", determiner, auxiliary...). ``--features`` reads the
tagger's encoder states cached by ``training/features.py`` instead of running the encoder.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "training"))

from claimcheck.evaluation import (  # noqa: E402
    ROLES,
    EvaluationReport,
    _match,
    _trimmed,
    analyse_passage,
    load_brat,
    rule_spans,
)
from claimcheck.tagger.combine import fill, fill_free_contents  # noqa: E402
from claimcheck.tagger.text import words  # noqa: E402

_KINDS = {
    "that": {"that"},
    "det": {"the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your"},
    "aux": {"has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "could", "can",
            "may", "might", "should", "must", "shall", "do", "does", "did", "not", "n't", "also", "never"},
    "to": {"to"},
    "prep": {"of", "in", "on", "at", "for", "with", "by", "from", "about", "as", "into", "over", "after"},
    "conj": {"and", "but", "or", "if", "whether", "because", "while", "when", "so"},
    "pron": {"he", "she", "it", "they", "we", "i", "you", "who", "which"},
}
_QUOTES = set("\"'“”‘’«»")


def kind(word: str) -> str:
    low = word.lower()
    if word in _QUOTES:
        return "quote"
    if not re.match(r"\w", word):
        return "punct"
    for name, members in _KINDS.items():
        if low in members:
            return name
    if word[:1].isupper():
        return "Cap"
    return "word"


def dump(split: Path, out: Path, features: Path | None, split_name: str, limit: int | None) -> None:
    from claimcheck.tagger import load_tagger

    passages = load_brat(split)
    tagger = load_tagger()
    cached: dict = {}
    if features is not None:
        from train_tagger import load_split

        cached = load_split(features, split_name)
    texts: dict[str, dict] = {}
    records = []
    for n, p in enumerate(passages):
        key = hashlib.sha1(p.text.encode("utf-8")).hexdigest()[:16]
        if limit is not None and len(texts) >= limit and key not in texts:
            break
        if key not in texts:
            model: dict[str, list[tuple[int, int]]] = {r: [] for r in ROLES}
            if key in cached:
                for feats, ws in cached[key]:
                    for role, a, z in tagger.head.tag(feats):
                        model[role].append((ws[a][0], ws[z - 1][1]))
            else:
                ws = words(p.text)
                for span in tagger.tag_text(p.text, ws):
                    model[span.role].append((ws[span.start][0], ws[span.end - 1][1]))
            article = analyse_passage(p)
            texts[key] = {
                "model": model,
                "rules": rule_spans(p, article),
                "sentences": [(s.start, s.end) for s in article.sentences] if article is not None else [],
            }
            print(f"{n + 1}/{len(passages)} {p.id}", file=sys.stderr, flush=True)
        records.append({"id": p.id, "text": key})
    out.write_text(json.dumps({"texts": texts, "passages": records}))


def predicted(entry: dict, text: str, raw: bool) -> dict[str, list[tuple[int, int]]]:
    """The spans ``--definition polnear`` scores (``raw``: as before the conventions)."""
    from claimcheck.tagger.conventions import rules_to_polnear, to_polnear

    model = {r: [(s, e) for s, e in entry["model"][r]] for r in ROLES}
    rules = {r: [(s, e) for s, e in entry["rules"][r]] for r in ROLES}
    sentences = [(s, e) for s, e in entry["sentences"]]
    if raw:
        return fill(model, rules, sentences)
    return to_polnear(text, fill_free_contents(model, rules_to_polnear(text, rules), sentences), sentences)


def edge(text: str, a: tuple[int, int], b: tuple[int, int]) -> str:
    """How span ``a`` (predicted) differs from ``b`` (gold) at each end, in word kinds."""
    parts = []
    for side in ("start", "end"):
        if side == "start":
            lo, hi, sign = min(a[0], b[0]), max(a[0], b[0]), "+" if a[0] < b[0] else "-"
        else:
            lo, hi, sign = min(a[1], b[1]), max(a[1], b[1]), "+" if a[1] > b[1] else "-"
        if lo == hi:
            continue
        ws = [text[s:e] for s, e in words(text, lo, hi)]
        label = " ".join(kind(w) for w in ws[:3]) + (" ..." if len(ws) > 3 else "") if ws else "space"
        if len(ws) > 6:
            label = "many"
        parts.append(f"{side}{sign}[{label}]")
    return " ".join(parts) or "same"


def report(split: Path, dumped: Path, raw: bool, examples: int) -> None:
    data = json.loads(dumped.read_text())
    by_id = {p.id: p for p in load_brat(split)}
    total = EvaluationReport(split.name)
    diffs: dict[str, collections.Counter] = {r: collections.Counter() for r in ROLES}
    shown: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    split_merge = collections.Counter()
    for rec in data["passages"]:
        p = by_id[rec["id"]]
        spans = predicted(data["texts"][rec["text"]], p.text, raw)
        for role in ROLES:
            gold = [getattr(r, role) for r in p.relations if getattr(r, role) is not None]
            pred = spans[role]
            for table, exact in ((total.exact, True), (total.overlap, False)):
                table[role].gold += len(gold)
                table[role].predicted += len(pred)
                table[role].matched += _match(p.text, gold, pred, exact)
            g = [_trimmed(p.text, s) for s in gold]
            q = [_trimmed(p.text, s) for s in pred]
            for ps in q:
                if ps in g:
                    continue
                over = [gs for gs in g if min(gs[1], ps[1]) > max(gs[0], ps[0])]
                if not over:
                    continue
                if len(over) > 1:
                    split_merge[f"{role}: one predicted over {len(over)} gold"] += 1
                gs = max(over, key=lambda gs: min(gs[1], ps[1]) - max(gs[0], ps[0]))
                if sum(1 for o in q if min(gs[1], o[1]) > max(gs[0], o[0])) > 1:
                    split_merge[f"{role}: gold split over several predicted"] += 1
                label = edge(p.text, ps, gs)
                diffs[role][label] += 1
                if len(shown[role, label]) < examples:
                    shown[role, label].append(f"    pred {p.text[ps[0]:ps[1]]!r}\n    gold {p.text[gs[0]:gs[1]]!r}")
    for kind_, table in (("exact", total.exact), ("overlap", total.overlap)):
        print(kind_, " ".join(f"{r} P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}" for r, s in table.items()))
    for k, v in split_merge.most_common():
        print(f"{v:6d} {k}")
    for role in ROLES:
        print(f"\n== {role}: {sum(diffs[role].values())} overlapping, not exact")
        for label, count in diffs[role].most_common(25):
            print(f"{count:6d} {label}")
            for ex in shown[role, label][:examples]:
                print(ex[:600])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("split", type=Path)
    d.add_argument("out", type=Path)
    d.add_argument("--features", type=Path)
    d.add_argument("--split-name", default="train")
    d.add_argument("--limit", type=int)
    r = sub.add_parser("report")
    r.add_argument("split", type=Path)
    r.add_argument("dump", type=Path)
    r.add_argument("--raw", action="store_true")
    r.add_argument("--examples", type=int, default=3)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.split, args.out, args.features, args.split_name, args.limit)
    else:
        report(args.split, args.dump, args.raw, args.examples)


if __name__ == "__main__":
    main()
