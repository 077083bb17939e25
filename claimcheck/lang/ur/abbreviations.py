"""Urdu abbreviations that end in a full stop but never end a sentence.

Urdu ends sentences with ``۔`` and spells titles out (``ڈاکٹر``, ``پروفیسر``), so it
has almost no dotted abbreviations of its own; acronyms are written as letter names
without dots (``آئی ایم ایف``). Latin-script forms do appear in Urdu copy (names of
bodies, quoted English), and these are the ones that must not end a sentence there.
Letter names written with ``۔`` ("پی۔ ٹی۔ آئی") are not listed: ``آئی۔`` is also the
verb "came" at the end of a sentence.
"""

from __future__ import annotations

ABBREVIATIONS: tuple[str, ...] = (
    "Dr.",
    "Mr.",
    "Mrs.",
    "Prof.",
    "No.",
    "vs.",
    "e.g.",
    "i.e.",
    "a.m.",
    "p.m.",
    "U.S.",
    "U.K.",
    "U.N.",
    "U.A.E.",
    "Rs.",
)
