"""Gujarati negation markers.

``ના`` is both the negative particle ("ના પાડી", "ના આવ્યો") and the genitive ending,
which many writers detach after Latin names, digits and brackets ("KCNA ના અહેવાલ",
"(...) ના અવસર"). It counts as negation only when it does not follow a Latin letter,
digit, bracket or quote, and the next word looks like a verb (a past, future, infinitive
or habitual ending, or a common auxiliary), or it stands alone before a comma ("ના, ...").
Gujarati has almost no verb-internal negation; the few fused forms (નહોતું, નથી) are
listed as words.
"""

from __future__ import annotations

from ..base import NegationData

NEGATION_WORDS: tuple[str, ...] = (
    "નથી", "ન", "નહીં", "નહિ", "નહી", "નહોતું", "નહોતો", "નહોતી", "નહોતા", "નહોતાં", "ના",
    "ક્યારેય નહીં", "ક્યારેય નથી", "કદી નહીં", "કદાપિ નહીં", "કોઈ નહીં", "કંઈ નહીં",
)
"""Negation words and phrases, matched as whole words."""

NEGATION_SUFFIXES: tuple[str, ...] = ()
"""Negation fused onto the end of a verb (none in Gujarati)."""

_VERB_ENDINGS = (
    r"[\u0A80-\u0AFF]*(?:્યો|્યા|્યું|્યાં|્યે|વું|વાનું|વાની|વાના|શે|શો|શું|શકે|ાય|ાયો|ાયા|ાયું|ાઈ|"
    r"તો|તી|તું)"
)

NEGATION_GUARDS: dict[str, dict[str, str]] = {
    # "ન" before a subjunctive or an infinitive states a purpose, a wish or an act named
    # as a noun ("કોઈ જાનહાનિ ન થાય", "એક પણ મેચ ન હારવાની"), not that something did not
    # happen, which "નથી" / "નહોતું" say.
    "ન": {"not_next": r"\s+[\u0A80-\u0AFF]*(?:ાય|ોય|વા|વાની|વાનો|વાનું|વાના|વું)(?![\u0A80-\u0AFF])"},
    "ના": {
        "next": r"\s*[,!?।]|\s+" + _VERB_ENDINGS + r"(?![\u0A80-\u0AFF])|\s+(?:કરે|કરી|કર|હોય|પાડી|આપે|આપી|રહે|કહે|કહી|જોઈએ|ગમે|મળે|મળી|દે|લે|જવા|થવા)(?![\u0A80-\u0AFF])",
        "not_prev": r"[A-Za-z0-9૦-૯)\]'\"’”]\s*",
    },
}
"""Per-marker context rules: ``next`` must follow, ``not_next`` must not, ``not_prev`` must not precede."""

ONLY_WORDS: tuple[str, ...] = ("માત્ર", "ફક્ત", "જ")
""""Only" words of "not only ... but also"."""

CONTRAST_WORDS: tuple[str, ...] = ("પરંતુ", "પણ", "બલ્કે")
"""Contrastive conjunctions ("but")."""

DENIAL_WORDS: tuple[str, ...] = ("ઇનકાર", "ઈનકાર", "નકાર", "રદિયો", "ફગાવ", "પાયાવિહોણ", "તથ્યહીન")
"""Words of a cue that denies its content ("denied that ..."): the content is negated."""

COORDINATION_WORDS: tuple[str, ...] = ("અને", "પરંતુ", "જ્યારે", "છતાં", "છતાંય")
"""Words that join two clauses ("and", "but", "while"): where a sentence's clauses meet."""

NEGATION = NegationData(
    words=NEGATION_WORDS,
    suffixes=NEGATION_SUFFIXES,
    guards=NEGATION_GUARDS,
    only_words=ONLY_WORDS,
    contrast_words=CONTRAST_WORDS,
    denial_words=DENIAL_WORDS,
    coordination_words=COORDINATION_WORDS,
)
"""Everything above, as :class:`~claimcheck.lang.base.NegationData`."""
