"""The dependency recognizer, under its earlier path: see :mod:`.recognizers.dependency`."""

from __future__ import annotations

from .recognizers.dependency import DependencyRecognizer

__all__ = ["DependencyRecognizer"]
