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


class TableOrJson(str, enum.Enum):
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
