"""Score ``compare`` on the small blind-written sets (fixtures/smallsets).

Twelve sets of 2-3 short articles each, in all five languages, with planted conflicts
and traps; their gold was written before claimcheck ran on them (see the folder's
README). Prints, per set and in all, the reported conflicts that match a gold conflict
(kind and both values in the two sentences), the false ones, the gold conflicts missed,
and the pairs of shared claims grouped together.

    python benchmarks/smallsets.py [--verbose]
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "smallsets"


def _norm(text: str) -> str:
    return " ".join(text.split())


@dataclass
class SetScore:
    """One set's (or all sets') figures."""

    right: int = 0
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    gold: int = 0
    pairs_found: int = 0
    pairs_false: int = 0
    pairs_gold: int = 0

    def __iadd__(self, other: SetScore) -> SetScore:
        self.right += other.right
        self.wrong += other.wrong
        self.missed += other.missed
        self.gold += other.gold
        self.pairs_found += other.pairs_found
        self.pairs_false += other.pairs_false
        self.pairs_gold += other.pairs_gold
        return self

    def line(self, label: str) -> str:
        return (
            f"{label:8} conflicts found {self.gold - len(self.missed)}/{self.gold}, false {len(self.wrong)}; "
            f"shared-claim pairs grouped {self.pairs_found}/{self.pairs_gold}, false {self.pairs_false}"
        )


def score_set(folder: Path) -> SetScore:
    """Compare one set's articles as ``claimcheck compare`` does and score the result."""
    from claimcheck.api import analyze_inputs, compare

    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    articles, failures = analyze_inputs([str(folder / name) for name in gold["articles"]])
    assert not failures, failures
    comparison = compare(articles)
    by_id = {a.id: a for a in comparison.articles}

    def text(claim: object) -> str:
        article = by_id[claim.article]  # type: ignore[attr-defined]
        return _norm(article.sentences[claim.sentence].text)  # type: ignore[attr-defined]

    score = SetScore(gold=len(gold["conflicts"]))
    found: set[int] = set()
    for group in comparison.groups:
        for difference in group.differences:
            if difference.category.value != "conflict":
                continue
            texts = [text(side.claim) for side in difference.sides]
            # A difference merged over three articles ("22 (en, hi) vs 24 (ur)") reports
            # every pair of it the gold lists.
            matches = [
                n
                for n, c in enumerate(gold["conflicts"])
                if c["kind"] == difference.kind.value and all(any(_norm(v) in t for t in texts) for v in c["values"][:2])
            ]
            if not matches:
                score.wrong.append(f"{folder.name}: {difference.kind.value} {difference.rule}: {difference.detail}")
            else:
                score.right += 1
                found.update(matches)
    score.missed = [
        f"{folder.name}: {c['kind']} {' vs '.join(c['values'])}" for n, c in enumerate(gold["conflicts"]) if n not in found
    ]

    keys = {(a.id, s.index): (Path(a.path).name, _norm(s.text)) for a in comparison.articles for s in a.sentences}
    gold_pairs = set()
    for members in gold.get("shared_claims", []):
        claims = [(m["file"], _norm(m["sentence"])) for m in members]
        gold_pairs |= {frozenset((x, y)) for x, y in itertools.combinations(claims, 2) if x[0] != y[0]}

    def same(key: tuple[str, str], claim: tuple[str, str]) -> bool:
        return key[0] == claim[0] and (key[1] in claim[1] or claim[1] in key[1])

    hit: set[frozenset[tuple[str, str]]] = set()
    for group in comparison.groups:
        for a, b in itertools.combinations(group.members, 2):
            if a.article == b.article:
                continue
            ka, kb = keys[(a.article, a.sentence)], keys[(b.article, b.sentence)]
            matches = {p for p in gold_pairs if any(same(ka, c) for c in p) and any(same(kb, c) for c in p)}
            if matches:
                hit |= matches
            else:
                score.pairs_false += 1
    score.pairs_found, score.pairs_gold = len(hit), len(gold_pairs)
    return score


def score_all(root: Path = ROOT) -> dict[str, SetScore]:
    """Every set's score, and their sum under ``"all"``."""
    out: dict[str, SetScore] = {}
    total = SetScore()
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        out[folder.name] = score_set(folder)
        total += out[folder.name]
    out["all"] = total
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--verbose", action="store_true", help="list false and missed conflicts")
    args = parser.parse_args(argv)
    for name, score in score_all().items():
        print(score.line(name))
        if args.verbose and name != "all":
            for line in score.wrong:
                print(f"    false  {line}")
            for line in score.missed:
                print(f"    missed {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
