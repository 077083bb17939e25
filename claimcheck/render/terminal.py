"""Terminal output with rich: tables and panels people enjoy reading.

Plain (no colour, no style, no box-drawing tricks beyond ASCII-safe ones) when stdout is
not a terminal or ``NO_COLOR`` is set: see :func:`make_console`.
"""

from __future__ import annotations

import errno
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ..lang import LANGUAGES
from ..types import (
    DIFFERENT_EVENTS,
    FROM_PARAGRAPH,
    Article,
    Attribution,
    ClaimKind,
    Comparison,
    DifferenceCategory,
    Sentence,
    Span,
)
from . import no_color, visible, visible_map

if TYPE_CHECKING:  # pragma: no cover
    from ..evaluation import EvaluationReport

#: Colours per role, used consistently in every view.
STYLE_SOURCE = "bold cyan"
STYLE_CUE = "bold magenta"
STYLE_CONTENT = "green"
STYLE_DIFF = "bold black on yellow"
STYLE_DIM = "dim"


def plural(n: int, noun: str) -> str:
    """"1 sentence", "2 sentences"."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def language_label(code: str) -> str:
    """``gu (Gujarati)``, or the bare code for languages claimcheck does not know."""
    name = LANGUAGES.get(code)
    return f"{code} ({name})" if name else code


def article_header(article: Article, extra: str = "") -> Text:
    """One line naming the article: id, title, language, counts."""
    header = Text()
    header.append(visible(article.id, newlines=False), style="bold")
    if article.metadata.title:
        header.append(f"  {visible(article.metadata.title, newlines=False)}", style="italic")
    header.append("\n")
    facts = [language_label(article.lang), plural(len(article.sentences), "sentence")]
    if article.metadata.outlet:
        facts.insert(0, article.metadata.outlet)
    if article.metadata.byline:
        facts.append(article.metadata.byline)
    if article.metadata.published:
        facts.append(f"published {article.metadata.published}")
    if article.metadata.sources:
        facts.append(f"source: {'; '.join(article.metadata.sources)} (credit line)")
    removed = len(article.removed)
    if removed:
        facts.append(f"{plural(removed, 'furniture line')} dropped")
    if extra:
        facts.append(extra)
    header.append(visible(" · ".join(facts), newlines=False), style=STYLE_DIM)
    return header


def print_warnings(console: Console, article: Article) -> None:
    for warning in article.warnings:
        console.print(Text(visible(f"warning: {article.id}: {warning}", newlines=False), style="yellow"))


def print_sentences(console: Console, articles: Sequence[Article]) -> None:
    """``claimcheck sentences``: a table per article (index, language, sentence)."""
    for article in articles:
        print_warnings(console, article)
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, expand=True, pad_edge=False)
        table.add_column("#", justify="right", style=STYLE_DIM, no_wrap=True)
        table.add_column("lang", no_wrap=True)
        table.add_column("sentence", ratio=1, overflow="fold")
        for sentence in article.sentences:
            lang = sentence.lang if sentence.lang == article.lang else f"[yellow]{sentence.lang}[/]"
            table.add_row(str(sentence.index + 1), lang, Text(visible(sentence.text)))
        # No box around the article: rich cannot measure the width of Indic vowel signs
        # the way every terminal draws them, and a right border would zig-zag.
        console.rule(style=STYLE_DIM)
        console.print(article_header(article))
        console.print(table)


KIND_STYLE = {
    ClaimKind.ATTRIBUTED: ("attributed", "bold green"),
    ClaimKind.UNATTRIBUTED: ("bare claim", "bold yellow"),
    ClaimKind.NOT_A_CLAIM: ("not a claim", "dim"),
}


def highlighted(sentence: Sentence, marks: Sequence[tuple[Span | None, str]]) -> Text:
    """The sentence with each (span, style) highlighted; spans are article offsets.
    Control and invisible characters are shown (:func:`claimcheck.render.visible`)."""
    shown, positions = visible_map(sentence.text)
    text = Text(shown)
    if sentence.text != "" and len(sentence.text) == sentence.end - sentence.start:
        for span, style in marks:
            if span is None:
                continue
            start = max(span.start - sentence.start, 0)
            end = min(span.end - sentence.start, len(sentence.text))
            if start < end:
                text.stylize(style, positions[start], positions[end])
    return text


def chain_text(attribution: Attribution) -> Text:
    """"Yonhap → KCNA", with unknown sources in italics."""
    out = Text()
    for n, link in enumerate(attribution.chain):
        if n:
            out.append(" → ", style=STYLE_DIM)
        out.append(visible(link.source.name, newlines=False), style=STYLE_SOURCE if link.source.known else "italic cyan")
        if link.from_paragraph:
            out.append(f" {FROM_PARAGRAPH}", style=STYLE_DIM)
    if not attribution.chain:
        out.append("(unnamed)", style=STYLE_DIM)
    if attribution.resolved_from:
        out.append(f" ← {visible(attribution.resolved_from, newlines=False)}", style=STYLE_DIM)
    return out


def print_claims(console: Console, articles: Sequence[Article], *, explain: bool = False) -> None:
    """``claimcheck claims``: per article, each sentence's kind, source chain and cue;
    with ``explain``, also the recognizer that found each relation."""
    for article in articles:
        print_warnings(console, article)
        counts = {k: sum(1 for s in article.sentences if s.kind is k) for k in ClaimKind}
        extra = f"{counts[ClaimKind.ATTRIBUTED]} attributed · {plural(counts[ClaimKind.UNATTRIBUTED], 'bare claim')}"
        console.rule(style=STYLE_DIM)
        console.print(article_header(article, extra))
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, expand=True, pad_edge=False, show_lines=False)
        table.add_column("#", justify="right", style=STYLE_DIM, no_wrap=True)
        table.add_column("kind", no_wrap=True)
        table.add_column("source chain", ratio=1)
        table.add_column("cue", ratio=1)
        table.add_column("sentence  [cyan]source[/] [magenta]cue[/] [green]content[/]", ratio=4, overflow="fold")
        for sentence in article.sentences:
            label, style = KIND_STYLE.get(sentence.kind, ("", "")) if sentence.kind else ("", "")
            own = [a for a in sentence.attributions if a.cue is not None and sentence.start <= a.cue.start < sentence.end]
            marks: list[tuple[Span | None, str]] = []
            for a in own:
                marks += [(a.content, STYLE_CONTENT), (a.source, STYLE_SOURCE), (a.cue, STYLE_CUE)]
            chains = Text("\n").join(chain_text(a) for a in own) if own else Text("")
            cues = Text("\n").join(cue_text(a, explain) for a in own)
            table.add_row(str(sentence.index + 1), Text(label, style=style), chains, cues, highlighted(sentence, marks))
        console.print(table)


def cue_text(attribution: Attribution, explain: bool) -> Text:
    """The cue and its mode ("said (indirect)"), and with ``explain`` the recognizer."""
    cue = visible(attribution.cue.text, newlines=False) if attribution.cue else ""
    out = Text(f"{cue} ({attribution.mode.value.replace('_', ' ')})")
    if explain and attribution.recognizer:
        out.append(f" · {attribution.recognizer}", style=STYLE_DIM)
    return out


#: How each category of difference is marked, and in which order they are listed.
_CATEGORY_MARK = {
    DifferenceCategory.CONFLICT: ("▲", "conflict", "bold red"),
    DifferenceCategory.ONE_SIDE: ("△", "one side only", "yellow"),
    DifferenceCategory.ATTRIBUTION: ("◇", "attributed vs bare", "yellow"),
}
_CATEGORY_ORDER = {c: n for n, c in enumerate(_CATEGORY_MARK)}


def print_comparison(console: Console, comparison: Comparison) -> None:
    """``claimcheck compare``: articles, summary, one section per shared claim, then the rest."""
    from .json import comparison_summary

    by_id = {a.id: a for a in comparison.articles}
    console.rule(f"[bold]claimcheck[/] · {len(comparison.articles)} articles", style="cyan")
    for article in comparison.articles:
        print_warnings(console, article)
        claims = sum(1 for s in article.sentences if s.kind in (ClaimKind.ATTRIBUTED, ClaimKind.UNATTRIBUTED))
        console.print(article_header(article, plural(claims, "claim")))
    summary = comparison_summary(comparison)
    table = Table(box=box.SIMPLE, show_header=False, pad_edge=False)
    table.add_column(style="bold")
    table.add_column()
    table.add_row("shared claims", str(summary["groups"]))
    table.add_row("  in agreement", Text(str(summary["groups_in_agreement"]), style="green"))
    differing = Text(str(summary["groups_with_differences"]), style="bold yellow" if summary["groups_with_differences"] else "")
    if summary["differences"]:
        differing.append("  (" + ", ".join(f"{n} {k}" for k, n in summary["differences"].items()) + ")", style=STYLE_DIM)
    table.add_row("  with differences", differing)
    table.add_row(
        "  with conflicts",
        Text(
            f"{summary.get('groups_with_conflicts', 0)}  ({summary.get('conflicts', 0)} conflicts)",
            style="bold red" if summary.get("conflicts") else "",
        ),
    )
    table.add_row("only in one article", str(summary["only_in_one_article"]))
    table.add_row("bare (unattributed) claims", str(summary["unattributed_claims"]))
    if summary.get("credited_claims"):
        table.add_row("credited to the article's source", str(summary["credited_claims"]))
    console.print(table)
    for group in comparison.groups:
        conflicts = [d for d in group.differences if d.category is DifferenceCategory.CONFLICT]
        kinds = sorted({d.kind.value for d in conflicts})
        if kinds:
            title = f"[bold]claim {group.id}[/] · [bold red]conflicts: {', '.join(kinds)}[/]"
        elif group.differences:
            others = ", ".join(sorted({d.kind.value for d in group.differences}))
            title = f"[bold]claim {group.id}[/] · [green]no conflict[/] · [yellow]details differ: {others}[/]"
        elif group.checked or group.agreements:
            title = f"[bold]claim {group.id}[/] · [green]agrees[/]"
        else:
            title = f"[bold]claim {group.id}[/] · [dim]same claim in other words; nothing checkable[/]"
        if not group.same_event:
            title += f" · [dim]{DIFFERENT_EVENTS}[/]"
        console.rule(title, style=STYLE_DIM, align="left")
        diff_spans: dict[tuple[str, int], list[Span]] = {}
        for d in group.differences:
            for side in d.sides:
                diff_spans.setdefault((side.claim.article, side.claim.sentence), []).extend(side.spans)
        for ref in group.members:
            article = by_id[ref.article]
            sentence = article.sentences[ref.sentence]
            own = sentence.sourced_attributions()
            head = Text(f"{visible(ref.article, newlines=False)} #{ref.sentence + 1} ", style="bold")
            head.append(f"[{sentence.lang}] ", style=STYLE_DIM)
            if own:
                head.append_text(Text(" · ").join(chain_text(a) for a in own))
            elif article.metadata.sources:
                credit = visible("; ".join(article.metadata.sources), newlines=False)
                head.append(f"credited to the article's source: {credit} (credit line)", style=STYLE_DIM)
            else:
                head.append("no source given", style="yellow")
            console.print(head)
            marks = [(s, STYLE_DIFF) for s in diff_spans.get((ref.article, ref.sentence), [])]
            console.print(highlighted(sentence, marks), style=None)
        for d in sorted(group.differences, key=lambda d: _CATEGORY_ORDER[d.category]):
            mark, label, style = _CATEGORY_MARK[d.category]
            line = Text(f"  {mark} ", style=style)
            line.append(f"{label} · {d.kind.value}: ", style="bold")
            line.append(visible(d.detail, newlines=False))
            if d.rule:
                line.append(f"  [{visible(d.rule, newlines=False)}, {d.confidence:.2f}]", style=STYLE_DIM)
            console.print(line)
        if not conflicts:
            console.print(Text("  ✓ nothing disagrees", style="green"))
        if group.checked:
            checked = visible("  ✓ checked: " + "; ".join(group.checked), newlines=False)
            console.print(Text(checked, style="green" if not conflicts else STYLE_DIM))
        elif group.agreements:
            console.print(Text(visible("  ✓ same " + ", ".join(group.agreements), newlines=False), style=STYLE_DIM))
    if comparison.only_in:
        console.rule("[bold]only in one article[/]", style=STYLE_DIM, align="left")
        for ref in comparison.only_in:
            sentence = by_id[ref.article].sentences[ref.sentence]
            line = Text(f"{visible(ref.article, newlines=False)} #{ref.sentence + 1} ", style="bold")
            label, style = KIND_STYLE[sentence.kind] if sentence.kind else ("", "")
            line.append(f"{label}: ", style=style)
            line.append(visible(sentence.text))
            console.print(line)


def make_console(file: TextIO | None = None) -> Console:
    """A console for stdout (or a file); plain when not a terminal or NO_COLOR is set.

    rich itself drops styles when the output is not a terminal. Under NO_COLOR it drops
    colours but keeps bold, dim and italics; with no colour system at all it writes no
    escape code, which is what NO_COLOR asks for (a terminal user wanting plain text).
    """
    if file is not None:
        return _Console(file=file, no_color=True, width=120, highlight=False)
    if no_color():
        return _Console(color_system=None, highlight=False)
    return _Console(highlight=False)


class _Console(Console):
    """rich's console, but a closed pipe is left to the caller: rich exits 1 there, as if
    a check had failed, while ``claimcheck ... | head`` is not an error."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError(errno.EPIPE, "broken pipe")


@contextmanager
def embedding_progress(total: int, minimum: int) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on stderr while embedding, for inputs of at least ``minimum`` sentences.

    Yields the callback to pass to the embedder, or ``None`` when no bar is shown (small
    input, or stderr is not a terminal).
    """
    if total < minimum or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("embedding sentences"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeRemainingColumn(),
        console=Console(stderr=True, color_system=None) if no_color() else Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task("embed", total=None)

        def update(done: int, of: int) -> None:
            bar.update(task, completed=done, total=of)

        yield update


def print_evaluation(console: Console, reports: Sequence[EvaluationReport]) -> None:
    """``claimcheck eval attribution``: P / R / F1 per role, exact and overlap."""
    table = Table(title="attribution: precision / recall / F1 per role", box=box.SIMPLE_HEAD)
    table.add_column("gold", style="bold")
    table.add_column("n", justify="right")
    for role in ("source", "cue", "content"):
        table.add_column(f"{role} exact", justify="right")
        table.add_column(f"{role} overlap", justify="right")
    table.add_column("kind acc.", justify="right")
    for report in reports:
        row = [escape(visible(report.name, newlines=False)), str(report.passages)]
        for role in ("source", "cue", "content"):
            for scores in (report.exact, report.overlap):
                s = scores[role]
                row.append(f"{s.precision:.2f} / {s.recall:.2f} / [bold]{s.f1:.2f}[/]")
        row.append(f"{report.kind_accuracy:.2f}")
        table.add_row(*row)
    console.print(table)
