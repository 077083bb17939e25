"""English negation markers.

Verbs of denial ("denied", "rejected") are attribution cues, not negation, and are
left out on purpose.
"""

from __future__ import annotations

from ..base import NegationData

NEGATION_WORDS: tuple[str, ...] = (
    "not", "no", "never", "neither", "nor", "none", "nobody", "nothing", "cannot", "no one",
    "nowhere", "not at all",
    # "The cause is yet to be ascertained" says it is not known ("હજુ જાણી શકાયું નથી").
    "yet to",
)
"""Negation words and phrases, matched as whole words."""

INNER_NEGATION_WORDS: tuple[str, ...] = (
    "unchanged", "undamaged", "unharmed", "unhurt", "uninjured", "unaffected", "unlikely",
)
"""Negation inside the word, which other languages write as two ("remain unchanged",
"કોઈ ફેરફાર કરાયો નથી"; "undamaged", "नुकसान नहीं हुआ") or say without one ("rescued
unharmed", "सकुशल बरामद")."""

NEGATION_SUFFIXES: tuple[str, ...] = ("n't", "n’t")
"""Negation fused onto the end of a verb ("didn't"); the marker is the suffix only."""

NEGATION_GUARDS: dict[str, dict[str, str]] = {
    # "No. 5" is an abbreviation of "number", not a negation.
    "no": {"not_next": r"\.\s*\d"},
    # A reduced relative describes a noun, it does not deny: "culpable homicide not
    # amounting to murder", "a fine not exceeding Rs 5,000".
    "not": {
        "not_next": r"\s+(?:amounting|exceeding|including|counting|exceed)\b",
        # What people are asked not to do is an appeal, not a denial: "appealed to people
        # not to go near the riverfront", "urged residents not to panic".
        "not_prev": r"\b(?:appeal|urg|ask|advis|warn|request|direct|instruct|order|told|tell)\w*(?:\s+\w+){0,3}\s+\Z",
    },
}
"""Per-marker context rules: ``next`` must follow, ``not_next`` must not, ``not_prev`` must not precede."""

ONLY_WORDS: tuple[str, ...] = ("only", "just", "merely", "solely")
""""Only" words of "not only ... but also"."""

CONTRAST_WORDS: tuple[str, ...] = ("but",)
"""Contrastive conjunctions ("but")."""

DENIAL_WORDS: tuple[str, ...] = ("deny", "denies", "denied", "denying", "refute", "refutes", "refuted", "refuting", "baseless", "unfounded")
"""Words of a cue that denies its content ("denied that ..."): the content is negated."""

COORDINATION_WORDS: tuple[str, ...] = ("and", "but", "while", "although", "though")
"""Words that join two clauses ("and", "but", "while"): where a sentence's clauses meet."""

NEGATION = NegationData(
    words=NEGATION_WORDS,
    suffixes=NEGATION_SUFFIXES,
    inner_words=INNER_NEGATION_WORDS,
    guards=NEGATION_GUARDS,
    only_words=ONLY_WORDS,
    contrast_words=CONTRAST_WORDS,
    denial_words=DENIAL_WORDS,
    coordination_words=COORDINATION_WORDS,
)
"""Everything above, as :class:`~claimcheck.lang.base.NegationData`."""
