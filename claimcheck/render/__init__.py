"""Renderers: pure functions from results to text. Only ``render.terminal`` imports rich.

Each output format of ``claimcheck compare`` maps to one renderer in
:data:`COMPARISON_RENDERERS`; a test checks that the map covers every format.
"""

from __future__ import annotations

import enum
import os
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # pragma: no cover
    from ..types import Comparison


def no_color() -> bool:
    """Whether ``NO_COLOR`` asks for plain output (https://no-color.org: set and not empty).

    Plain means no escape code at all: rich alone drops colours but keeps bold and dim.
    """
    return bool(os.environ.get("NO_COLOR"))


#: Format characters that are visible glyphs, not hidden controls (Arabic number signs,
#: end of ayah, Syriac abbreviation mark, soft hyphen).
_VISIBLE_FORMAT = frozenset("\u00ad\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u08e2")
#: Joiners that Indic and Arabic scripts (and emoji sequences) use between two of their
#: characters: kept there, made visible anywhere else.
_JOINERS = frozenset("\u200c\u200d")


def _shown(text: str, i: int) -> str | None:
    """How character ``i`` of ``text`` is shown, or ``None`` when it is shown as itself."""
    ch = text[i]
    code = ord(ch)
    if ch in "\n\t" or (32 <= code < 127):
        return None
    category = unicodedata.category(ch)
    if category == "Cc":
        return f"\\x{code:02x}"
    if category in ("Cs", "Zl", "Zp") or (category == "Cf" and ch not in _VISIBLE_FORMAT):
        if ch in _JOINERS and 0 < i < len(text) - 1 and _joinable(text[i - 1]) and _joinable(text[i + 1]):
            return None
        return f"<U+{code:04X}>"
    return None


def _joinable(ch: str) -> bool:
    return ord(ch) > 127 and unicodedata.category(ch)[0] in "LMS"


def visible_map(text: str) -> tuple[str, list[int]]:
    """:func:`visible` with where each character went: ``positions[i]`` is the offset in
    the result of ``text[i]`` (``positions[len(text)]`` is the result's length), so that
    spans of the original text can be styled in the shown one."""
    out: list[str] = []
    positions: list[int] = []
    length = 0
    for i, ch in enumerate(text):
        positions.append(length)
        shown = _shown(text, i)
        piece = ch if shown is None else shown
        out.append(piece)
        length += len(piece)
    positions.append(length)
    return "".join(out), positions


def visible(text: str, *, newlines: bool = True) -> str:
    """``text`` safe to show in a terminal or a Markdown document: every control
    character, escape sequence (ESC, CSI, OSC), bidi control, zero-width character and
    lone surrogate is written out (``\\x1b``, ``<U+202E>``) instead of acting on the
    reader's screen. The one function every human-readable renderer passes text through;
    JSON keeps the exact text (its escaping is safe).

    Args:
        text: Any text from an input (article text, titles, file names).
        newlines: Keep line breaks and tabs; ``False`` writes them as ``\\n`` and ``\\t``
            too, for what must stay on one line (error messages).
    """
    if text.isascii() and text.isprintable():
        return text
    shown = visible_map(text)[0]
    if not newlines:
        shown = shown.replace("\n", "\\n").replace("\t", "\\t")
    return shown


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
