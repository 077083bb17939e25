"""The process around the command line: exit codes, the one guard around every command,
and the standard streams (closed, broken pipe).

A :class:`~claimcheck.errors.ClaimcheckError` is one line and exit 2; a usage error is
typer's message and exit 2; Ctrl-C is one line and 130; a closed pipe (``| head``)
exits 0 quietly; an output that cannot be written (disk full, closed stream) is one line
and exit 2; anything else is a bug: one line asking for a report, exit 3, and the
traceback only with ``--debug``.
"""

from __future__ import annotations

import errno
import functools
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass

import typer

from ..errors import ClaimcheckError
from ..render import no_color, visible

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_INPUT_ERROR = 2
EXIT_INTERNAL_ERROR = 3
EXIT_INTERRUPTED = 130


@dataclass
class Options:
    """Process-wide options set by the top-level callback."""

    debug: bool = False
    """``--debug``: internal errors keep their traceback."""


options = Options()


def error_line(message: str) -> None:
    """``claimcheck: error: ...`` on stderr, on one line and safe for a terminal (a file
    name may hold a newline or an escape sequence)."""
    typer.echo(f"claimcheck: error: {visible(message, newlines=False)}", err=True)


class PipeClosed(Exception):
    """The reader of stdout went away (``| head``): not an error."""


class OutputFailed(Exception):
    """Writing the output failed (disk full, closed stream): a one-line error."""


def guarded(command: Callable[..., None]) -> Callable[..., None]:
    """Turn the output's OS errors inside a command into exceptions :func:`main` maps to
    one line (typer itself exits 1 on a broken pipe and re-raises any other OSError)."""

    @functools.wraps(command)
    def run(*args: object, **kwargs: object) -> None:
        try:
            command(*args, **kwargs)
        except BrokenPipeError:
            raise PipeClosed from None
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            raise OutputFailed(f"{where}{exc.strerror or exc}") from exc

    return run


def run(app: typer.Typer) -> None:
    """Run ``app`` inside the one guard (see the module docstring); never returns."""
    # typer ships its own copy of click; its usage errors derive from this class.
    from typer._click import ClickException

    if no_color():
        # rich drops colours under NO_COLOR but keeps bold and dim; help and usage errors
        # are printed by typer's own console, which has no style at all without a colour system.
        from typer import rich_utils

        rich_utils.COLOR_SYSTEM = None
    _replace_closed_streams()
    try:
        code = app(standalone_mode=False)
        # Output still buffered fails here (a full disk, a closed pipe), not at exit.
        sys.stdout.flush()
    except ClickException as exc:
        _usage_error(exc)
        code = exc.exit_code
    except (typer.Abort, KeyboardInterrupt):
        code = EXIT_INTERRUPTED
    except ClaimcheckError as exc:
        error_line(str(exc))
        code = EXIT_INPUT_ERROR
    except (PipeClosed, BrokenPipeError):
        _silence_stdout()
        code = EXIT_OK
    except OutputFailed as exc:
        error_line(f"cannot write the output: {exc}")
        code = EXIT_INPUT_ERROR
    except OSError as exc:  # writing stdout after the command
        error_line(f"cannot write the output: {exc.strerror or exc}")
        code = EXIT_INPUT_ERROR
    except Exception as exc:
        if options.debug:
            raise
        error_line(f"internal error, please report it (with --debug for the traceback): {type(exc).__name__}: {exc}")
        code = EXIT_INTERNAL_ERROR
    if code == EXIT_INTERRUPTED:
        # typer turns Ctrl-C into exit 130, silently.
        typer.echo("claimcheck: interrupted", err=True)
    raise SystemExit(code if isinstance(code, int) else EXIT_OK)


def _usage_error(exc: Exception) -> None:
    """Show a usage error as typer would in its standalone mode."""
    from typer import rich_utils

    rich_utils.rich_format_error(exc)  # type: ignore[arg-type]


def _replace_closed_streams() -> None:
    """Started with stdout or stderr closed (``>&-``), Python has ``None`` there."""
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - for the life of the process
    if sys.stdout is None:
        sys.stdout = _ClosedStream()


class _ClosedStream:
    """Stands for a closed stdout: every write fails as writing to a closed descriptor does."""

    encoding = "utf-8"

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise OSError(errno.EBADF, "standard output is closed")


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so that the flush at exit is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
