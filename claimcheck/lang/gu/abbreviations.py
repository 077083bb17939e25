"""Gujarati abbreviations that end in a full stop but never end a sentence."""

from __future__ import annotations

ABBREVIATIONS: tuple[str, ...] = (
    # Titles and honorifics.
    "ડૉ.", "ડો.", "શ્રી.", "શ્રીમતી.", "સૌ.", "કુ.", "પ્રો.", "સ્વ.", "મિ.", "મી.", "શ્રી.શ્રી.",
    # Transliterated acronyms written with dots.
    "યુ.એસ.", "યુ.એસ.એ.", "યુ.કે.", "યુ.એન.", "એ.પી.", "ડી.પી.આર.કે.", "બી.જે.પી.", "એ.એન.આઈ.",
    "પી.ટી.આઈ.", "આઈ.એ.એન.એસ.", "સી.એમ.", "પી.એમ.", "એમ.એલ.એ.", "એમ.પી.", "આઈ.પી.એસ.", "આઈ.એ.એસ.",
    # Units, money and counting words.
    "રૂ.", "કિ.મી.", "કિ.ગ્રા.", "મી.મી.", "સે.મી.", "નં.", "તા.", "સં.", "વિ.", "ઈ.સ.", "ઇ.સ.",
)
