"""The token-rule recognizer, under its earlier name: see :mod:`.recognizers`.

``AttributionRecognizer(nlp, lang, data)`` is :class:`.recognizers.RuleRecognizer`: one
shared cue matcher over the language's data, and a registry of small families
(according-to, citing chains, speech verbs in SOV and SVO order, passive,
information-given), each in its own module under ``recognizers/``.
"""

from __future__ import annotations

from .recognizers import RuleRecognizer

AttributionRecognizer = RuleRecognizer

__all__ = ["AttributionRecognizer"]
