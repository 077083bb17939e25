"""English words for what happened to the people a claim counts (killed, injured,
arrested, missing): "14 arrested" and "14 killed" are not one claim in other words."""

from __future__ import annotations

OUTCOMES: dict[str, tuple[str, ...]] = {
    "killed": ("killed", "kill", "dead", "died", "die", "dies", "deaths", "death", "perished", "lost their lives", "fatalities", "fatality",
               "drowned", "drowning", "electrocuted", "bodies", "killing", "kills"),
    "injured": ("injured", "injuries", "wounded", "injuring", "wounding", "injures"),
    "arrested": ("arrested", "arrest", "arrests", "detained", "detention", "in custody", "taken into custody"),
    "missing": ("missing", "unaccounted for"),
}
"""Outcome -> its words, matched as whole words (Latin words are listed in every form: a prefix "dead" would
match "deadline"); phrases (with a space) as written."""

NOT_OUTCOMES: tuple[str, ...] = ("cardiac arrest", "arrest warrant", "arrest warrants", "death sentence", "death sentences", "death penalty", "death row", "death threat", "death threats")
"""Words and phrases that start like an outcome word, or hold one, in another sense
(matched like the outcome words; a phrase hides the outcome words inside it)."""
