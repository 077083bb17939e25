"""Renderers: pure functions from results to text. Only ``render.terminal`` imports rich."""

from __future__ import annotations

import enum


class OutputFormat(enum.StrEnum):
    """Output formats the CLI offers; each maps to one renderer."""

    TERMINAL = "terminal"
    JSON = "json"
    MARKDOWN = "markdown"
