"""Evaluating attribution against hand-annotated gold, as the PARC 3.0 / PolNeAR papers do.

Gold files are JSON lines (``fixtures/gold/attribution/<name>.jsonl``), one passage per
line: its text, the kind of each sentence, and its attribution relations with source,
cue and content given as strings found in the text. A folder is read as brat standoff
(PolNeAR, PARC-style data): each ``.ann`` file is one document, scored against its
``.txt`` (beside it, or in ``../text/`` under the name without the ``_<annotator>``
suffix), so a text annotated twice is scored twice, once against each annotator. Scores are precision, recall and
F1 per role, under exact match (same characters after trimming punctuation) and overlap
match (any shared character), each gold and predicted span matched at most once.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
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
    """Parse a gold file (or a brat folder, :func:`load_brat`); every problem is a
    :class:`GoldError` naming file and line."""
    if path.is_dir():
        return load_brat(path)
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


_BRAT_SPAN = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t")


def _nfc_offsets(text: str) -> tuple[str, list[int]]:
    """The text as the reader normalises it (LF newlines, NFC), and a map from each
    original offset (and the end) to its normalised offset."""
    out: list[str] = []
    mapping: list[int] = []
    length = 0
    i = 0
    while i < len(text):
        j = i + 1
        if text[i] == "\r":
            j = i + 2 if text[i + 1 : i + 2] == "\n" else i + 1
            cluster = "\n"
        else:
            # A starter and its combining marks compose among themselves only.
            while j < len(text) and unicodedata.combining(text[j]):
                j += 1
            cluster = unicodedata.normalize("NFC", text[i:j])
        mapping.extend([length] * (j - i))
        out.append(cluster)
        length += len(cluster)
        i = j
    mapping.append(length)
    return "".join(out), mapping


def _brat_text(ann: Path) -> Path:
    beside = ann.with_suffix(".txt")
    if beside.is_file():
        return beside
    texts = ann.parent.parent / "text"
    stem = ann.stem
    while stem:
        candidate = texts / f"{stem}.txt"
        if candidate.is_file():
            return candidate
        if "_" not in stem:
            break
        stem = stem.rsplit("_", 1)[0]
    raise GoldError(f"{ann}: no text file beside it or in {texts}")


def load_brat(folder: Path, lang: str = "en") -> list[GoldPassage]:
    """Read every ``.ann`` file under ``folder`` (brat standoff) as one gold document.

    Spans are ``T`` lines of type Source, Cue or Content; ``E`` lines tie them into
    relations (a relation may lack a source or content). A discontinuous span
    (``start end;start end``) is scored as the stretch from its first to its last
    character. Offsets are moved onto the text as the reader normalises it.

    Raises:
        GoldError: the folder has no ``.ann`` file, a text is missing or a line is malformed.
    """
    anns = sorted(folder.rglob("*.ann"))
    if not anns:
        raise GoldError(f"{folder}: no .ann files (brat standoff) in this folder")
    passages = []
    for ann in anns:
        text_path = _brat_text(ann)
        try:
            # Bytes, not read_text(): universal newlines would shift the offsets.
            raw = text_path.read_bytes().decode("utf-8")
            lines = ann.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise GoldError(f"{ann}: cannot be read ({exc})") from None
        text, mapping = _nfc_offsets(raw)
        spans: dict[str, tuple[str, tuple[int, int]]] = {}
        relations = []
        for number, line in enumerate(lines, 1):
            # A span's text may run over several lines; only "T<n><tab>" opens a span.
            if re.match(r"T\d+\t", line):
                m = _BRAT_SPAN.match(line)
                if m is None:
                    raise GoldError(f"{ann}:{number}: malformed span line")
                bounds = [int(x) for part in m.group(3).split(";") for x in part.split()]
                if not bounds or max(bounds) > len(raw):
                    raise GoldError(f"{ann}:{number}: offsets outside the text {text_path}")
                spans[m.group(1)] = (m.group(2), (mapping[min(bounds)], mapping[max(bounds)]))
        # Relations after all spans: an E line may name a span defined below it.
        for number, line in enumerate(lines, 1):
            if not line.startswith("E"):
                continue
            roles: dict[str, list[tuple[int, int]]] = {}
            for arg in line.split("\t", 1)[-1].split():
                role, _, ref = arg.partition(":")
                if ref not in spans:
                    raise GoldError(f"{ann}:{number}: {ref!r} is not a span of this file")
                # "Content2": a second stretch of the same role; scored as a span of its own.
                roles.setdefault(role.lower().rstrip("0123456789"), []).append(spans[ref][1])
            first = {role: found[0] for role, found in roles.items()}
            relations.append(GoldRelation(first.get("source"), first.get("cue"), first.get("content"), (), ""))
            for role in ROLES:
                for extra in roles.get(role, [])[1:]:
                    relations.append(GoldRelation(**{r: extra if r == role else None for r in ROLES}, chain=(), mode=""))
        passages.append(GoldPassage(ann.stem, lang, text, (), tuple(relations)))
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


Predictor = Callable[[GoldPassage, "Article | None"], dict[str, list[tuple[int, int]]]]
"""Spans per role predicted for a passage, given claimcheck's own analysis of it."""


def rule_spans(passage: GoldPassage, article: Article | None) -> dict[str, list[tuple[int, int]]]:
    """The spans of claimcheck's attributions (the default predictor)."""
    sentences = article.sentences if article is not None else ()
    predicted = {a for s in sentences for a in s.attributions}
    return {
        role: sorted({(getattr(a, role).start, getattr(a, role).end) for a in predicted if getattr(a, role) is not None})
        for role in ROLES
    }


#: The definitions of "attribution" :func:`predictor_for` scores: claimcheck's (attributed
#: claims: the rules' relations) and PolNeAR's broader one (beliefs, intentions,
#: evidence, with PolNeAR's span boundaries: the trained tagger first, the rules'
#: relations in sentences where it found nothing and their contents where it found a cue
#: without one, all redrawn in PolNeAR's conventions by :mod:`claimcheck.tagger.conventions`;
#: see training/README.md).
DEFINITIONS = ("claimcheck", "polnear")


def predictor_for(definition: str) -> Predictor | None:
    """The predictor that scores ``definition`` (``None``: claimcheck's own relations).

    Raises:
        GoldError: an unknown definition.
    """
    if definition == "claimcheck":
        return None
    if definition != "polnear":
        raise GoldError(f"unknown attribution definition {definition!r}; choose one of: {', '.join(DEFINITIONS)}")
    from .tagger import load_tagger
    from .tagger.combine import MIN_CONTENT_CONFIDENCE, fill_free_contents
    from .tagger.conventions import rules_to_polnear, to_polnear
    from .tagger.text import words

    tagger = load_tagger()

    def tagger_first(passage: GoldPassage, article: Article | None) -> dict[str, list[tuple[int, int]]]:
        spans: dict[str, list[tuple[int, int]]] = {role: [] for role in ROLES}
        tokens = words(passage.text)
        for span in tagger.tag_text(passage.text, tokens):
            if span.role == "content" and span.confidence < MIN_CONTENT_CONFIDENCE:
                continue
            spans[span.role].append((tokens[span.start][0], tokens[span.end - 1][1]))
        sentences = [(s.start, s.end) for s in article.sentences] if article is not None else []
        rules = rules_to_polnear(passage.text, rule_spans(passage, article))
        return to_polnear(passage.text, fill_free_contents(spans, rules, sentences), sentences)

    return tagger_first


def evaluate(passages: Iterable[GoldPassage], name: str, predict: Predictor | None = None) -> EvaluationReport:
    """Score claimcheck's attribution on ``passages``.

    Args:
        passages: Gold passages (a brat text annotated twice comes as two passages; it is
            analysed once).
        name: The report's name.
        predict: Spans per role to score instead of claimcheck's own relations (a tagger,
            a combination); kinds and chains are still scored from claimcheck's analysis.
    """
    report = EvaluationReport(name)
    analysed: dict[str, Article | None] = {}
    for passage in passages:
        report.passages += 1
        if passage.text not in analysed:
            analysed[passage.text] = analyse_passage(passage)
        article = analysed[passage.text]
        sentences = article.sentences if article is not None else ()
        predicted = {a for s in sentences for a in s.attributions}
        spans = (predict or rule_spans)(passage, article)
        for role in ROLES:
            gold_spans = [getattr(r, role) for r in passage.relations if getattr(r, role) is not None]
            pred_spans = spans[role]
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
