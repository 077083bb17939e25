"""English words for what happened to the people a claim counts (killed, injured,
arrested, missing): "14 arrested" and "14 killed" are not one claim in other words."""

from __future__ import annotations

OUTCOMES: dict[str, tuple[str, ...]] = {
    "killed": ("killed", "kill", "dead", "died", "die", "dies", "deaths", "death", "perished", "lost their lives", "fatalities", "fatality"),
    "injured": ("injured", "injuries", "wounded"),
    "arrested": ("arrested", "arrest", "arrests", "detained", "detention", "in custody", "taken into custody"),
    "missing": ("missing", "unaccounted for"),
}
"""Outcome -> its words, matched as whole words (Latin words are listed in every form: a prefix "dead" would
match "deadline"); phrases (with a space) as written."""
