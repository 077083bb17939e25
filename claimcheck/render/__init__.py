"""Renderers: pure functions from results to text. Only ``render.terminal`` imports rich.

Each output format of ``claimcheck compare`` maps to one renderer in
:data:`COMPARISON_RENDERERS`; a test checks that the map covers every format.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # pragma: no cover
    from ..types import Comparison


def no_color() -> bool:
    """Whether ``NO_COLOR`` asks for plain output (https://no-color.org: set and not empty).

    Plain means no escape code at all: rich alone drops colours but keeps bold and dim.
    """
    return bool(os.environ.get("NO_COLOR"))


class OutputFormat(enum.StrEnum):
    """Output formats of ``claimcheck compare``."""

    TERMINAL = "terminal"
    JSON = "json"
    MARKDOWN = "markdown"


def _terminal(comparison: Comparison, stream: TextIO | None) -> None:
    from .terminal import make_console, print_comparison

    print_comparison(make_console(stream), comparison)


def _json(comparison: Comparison, stream: TextIO | None) -> None:
    import sys

    from .json import comparison_json

    (stream or sys.stdout).write(comparison_json(comparison))


def _markdown(comparison: Comparison, stream: TextIO | None) -> None:
    import sys

    from .markdown import comparison_markdown

    (stream or sys.stdout).write(comparison_markdown(comparison))


#: Format -> renderer writing a comparison to a stream (``None``: stdout, as a terminal).
COMPARISON_RENDERERS: dict[OutputFormat, Callable[[Comparison, TextIO | None], None]] = {
    OutputFormat.TERMINAL: _terminal,
    OutputFormat.JSON: _json,
    OutputFormat.MARKDOWN: _markdown,
}
