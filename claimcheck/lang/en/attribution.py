"""English attribution cues, as wire copy writes them (PARC-style)."""

from __future__ import annotations

from ..base_attribution import AttributionData

_VERBS = (
    "say", "said", "says", "saying", "tell", "told", "tells", "report", "reported", "reports", "reporting",
    "warn", "warned", "warns", "deny", "denied", "denies", "confirm", "confirmed", "confirms", "add", "added",
    "claim", "claimed", "claims", "announce", "announced", "announces", "state", "stated", "states",
    "insist", "insisted", "insists", "argue", "argued", "argues", "explain", "explained", "note", "noted",
    "acknowledge", "acknowledged", "admit", "admitted", "allege", "alleged", "assert", "asserted",
    "declare", "declared", "stress", "stressed", "reiterate", "reiterated", "repeat", "repeated",
    "write", "wrote", "writes", "estimate", "estimated", "estimates", "predict", "predicted",
    "believe", "believes", "believed", "accuse", "accused", "indicate", "indicated", "suggest", "suggested",
    "disclose", "disclosed", "reveal", "revealed", "emphasise", "emphasised", "emphasize", "emphasized",
    "contend", "contended", "concede", "conceded", "maintain", "maintained", "recall", "recalled",
    "quoted", "cited", "showed", "shows", "found", "finds", "concluded", "told reporters", "said in a statement",
    "was quoted as saying", "were quoted as saying", "is quoted as saying",
)

DATA = AttributionData(
    word_order="SVO",
    speech_verbs=_VERBS,
    auxiliaries=("has", "have", "had", "was", "were", "is", "are", "will", "would", "also", "later", "again", "earlier", "previously", "not", "did", "does", "do"),
    complementizers=("that",),
    according_to=("according to", "as reported by", "in the words of", "quoting", "reported by"),
    citing=("citing", "quoting", "cited by"),
    passive=("it was reported", "it is reported", "it was said", "it is said", "it was claimed", "it is claimed",
             "it was announced", "it has been reported", "it was alleged", "is said to", "was said to",
             "are said to", "were said to", "is reported to", "was reported to", "is believed to"),
    information_subjects=("this information", "the information", "this was", "the news"),
    information_verbs=("was given by", "was provided by", "was released by", "was reported by", "came from"),
    stance=("vowed", "promised", "pledged", "hoped", "expects", "expected", "expressed hope", "expressed confidence",
            "expressed concern", "expressed the hope", "urged", "called for",
            "threatened", "demanded"),
    ergative_suffixes=(),
    ergative_particles=(),
    genitive_particles=(),
    not_sources=("it", "there", "this", "that"),
    pronoun_sources=("he", "she", "they", "it", "we", "i", "him", "her", "them"),
    report_nouns=("report", "statement", "the report", "the statement", "study", "survey", "document", "dispatch", "the agency"),
    clause_openers=("while", "whereas", "but", "although"),
    clause_boundaries=("and", "but", "while", "whereas", "although", "because", "which", "who", "as", "after", "before", "when", "since"),
    source_max_tokens=14,
)
