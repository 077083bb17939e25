"""Evaluating attribution against hand-annotated gold, as the PARC 3.0 / PolNeAR papers do.

Gold files are JSON lines (``fixtures/gold/attribution/<name>.jsonl``), one passage per
line: its text, the kind of each sentence, and its attribution relations with source,
cue and content given as strings found in the text. Scores are precision, recall and
F1 per role, under exact match (same characters after trimming punctuation) and overlap
match (any shared character), each gold and predicted span matched at most once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import GoldError
from .types import Article

ROLES = ("source", "cue", "content")
_TRIM = " \t\n,;:.!?।॥۔؟،\"'“”‘’«»()"


@dataclass(frozen=True)
class GoldRelation:
    """One hand-annotated attribution relation, spans as passage offsets."""

    source: tuple[int, int] | None
    cue: tuple[int, int] | None
    content: tuple[int, int] | None
    chain: tuple[str, ...]
    mode: str


@dataclass(frozen=True)
class GoldPassage:
    """One line of a gold file."""

    id: str
    lang: str | None
    text: str
    kinds: tuple[str, ...]
    relations: tuple[GoldRelation, ...]


@dataclass
class RoleScore:
    """Counts for one role under one matching rule."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    """Pairs matched one-to-one, so the same count serves precision and recall."""

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvaluationReport:
    """Scores of one gold file (or several together)."""

    name: str
    passages: int = 0
    exact: dict[str, RoleScore] = field(default_factory=lambda: {r: RoleScore() for r in ROLES})
    overlap: dict[str, RoleScore] = field(default_factory=lambda: {r: RoleScore() for r in ROLES})
    kinds_total: int = 0
    kinds_correct: int = 0
    chains_total: int = 0
    chains_same_length: int = 0

    @property
    def kind_accuracy(self) -> float:
        return self.kinds_correct / self.kinds_total if self.kinds_total else 0.0

    def to_json(self) -> dict[str, Any]:
        def scores(table: dict[str, RoleScore]) -> dict[str, Any]:
            return {
                role: {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                       "gold": s.gold, "predicted": s.predicted}
                for role, s in table.items()
            }

        return {
            "name": self.name,
            "passages": self.passages,
            "exact": scores(self.exact),
            "overlap": scores(self.overlap),
            "kind_accuracy": round(self.kind_accuracy, 4),
            "chain_length_accuracy": round(self.chains_same_length / self.chains_total, 4) if self.chains_total else 0.0,
        }


def _locate(text: str, value: Any, where: str) -> tuple[int, int] | None:
    if value is None:
        return None
    if isinstance(value, dict):
        needle, occurrence = value.get("text"), int(value.get("occurrence", 1))
    else:
        needle, occurrence = value, 1
    if not isinstance(needle, str) or not needle:
        raise GoldError(f"{where}: span must be a non-empty string or {{'text', 'occurrence'}}")
    start = -1
    for _ in range(occurrence):
        start = text.find(needle, start + 1)
        if start < 0:
            raise GoldError(f"{where}: {needle!r} (occurrence {occurrence}) is not in the passage text")
    return start, start + len(needle)


def load_gold(path: Path) -> list[GoldPassage]:
    """Parse a gold file; every problem is a :class:`GoldError` naming file and line."""
    passages = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            obj = json.loads(line)
            text = obj["text"]
            relations = tuple(
                GoldRelation(
                    source=_locate(text, rel.get("source"), where),
                    cue=_locate(text, rel.get("cue"), where),
                    content=_locate(text, rel.get("content"), where),
                    chain=tuple(rel.get("chain") or ()),
                    mode=str(rel.get("mode") or ""),
                )
                for rel in obj.get("attributions", [])
            )
            passages.append(GoldPassage(str(obj.get("id", number)), obj.get("lang"), text, tuple(obj.get("kinds", ())), relations))
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
            raise GoldError(f"{where}: malformed gold line ({exc})") from None
    return passages


def _trimmed(text: str, span: tuple[int, int]) -> tuple[int, int]:
    s, e = span
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return s, e


def _match(text: str, gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]], exact: bool) -> int:
    """Greedy one-to-one matching; returns the number of matched pairs."""
    g = [_trimmed(text, s) for s in gold]
    p = [_trimmed(text, s) for s in pred]
    used: set[int] = set()
    matched = 0
    for gs in g:
        best, best_overlap = None, 0
        for j, ps in enumerate(p):
            if j in used:
                continue
            if exact:
                if ps == gs:
                    best, best_overlap = j, 1
                    break
            else:
                overlap = min(gs[1], ps[1]) - max(gs[0], ps[0])
                if overlap > best_overlap:
                    best, best_overlap = j, overlap
        if best is not None and best_overlap > 0:
            used.add(best)
            matched += 1
    return matched


def analyse_passage(passage: GoldPassage) -> Article | None:
    """Run claimcheck on a gold passage as if it were a one-paragraph article.

    Returns ``None`` when the reader drops the whole passage as page furniture (a
    "Read more: ..." line): it holds no claim.
    """
    from .attribution import analyze_document
    from .errors import InputError
    from .reading import read_text

    try:
        doc = read_text(passage.text, f"<gold:{passage.id}>", fmt="txt")
    except InputError:
        return None
    return analyze_document(doc, lang=passage.lang)


def evaluate(passages: Iterable[GoldPassage], name: str) -> EvaluationReport:
    """Score claimcheck's attribution on ``passages``."""
    report = EvaluationReport(name)
    for passage in passages:
        report.passages += 1
        article = analyse_passage(passage)
        sentences = article.sentences if article is not None else ()
        predicted = {a for s in sentences for a in s.attributions}
        for role in ROLES:
            gold_spans = [getattr(r, role) for r in passage.relations if getattr(r, role) is not None]
            pred_spans = list(
                {(getattr(a, role).start, getattr(a, role).end) for a in predicted if getattr(a, role) is not None}
            )
            for table, exact in ((report.exact, True), (report.overlap, False)):
                score = table[role]
                score.gold += len(gold_spans)
                score.predicted += len(pred_spans)
                score.matched += _match(passage.text, gold_spans, pred_spans, exact)
        kinds = [s.kind.value if s.kind else "" for s in sentences] if article is not None else ["not_claim"]
        if passage.kinds and len(kinds) == len(passage.kinds):
            report.kinds_total += len(kinds)
            report.kinds_correct += sum(k == g for k, g in zip(kinds, passage.kinds, strict=True))
        elif passage.kinds:
            report.kinds_total += len(passage.kinds)
        for rel in passage.relations:
            if rel.cue is None:
                continue
            report.chains_total += 1
            for a in predicted:
                if a.cue is not None and _trimmed(passage.text, (a.cue.start, a.cue.end)) == _trimmed(passage.text, rel.cue):
                    report.chains_same_length += int(len(a.chain) == len(rel.chain))
                    break
    return report
