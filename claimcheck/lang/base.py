"""The shape of a language's data: what each ``claimcheck/lang/<code>`` package provides."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar

from .base_attribution import AttributionData


def _empty() -> Mapping:  # a fresh read-only-by-convention table per instance
    return {}


@dataclass(frozen=True)
class NumberData:
    """How a language writes quantities (``claimcheck/lang/<code>/numbers.py``).

    Tables are keyed by the word as written; :mod:`claimcheck.quantities` folds spelling
    variants (:attr:`spelling_variants`) so that each word is listed once.
    """

    number_words: Mapping[str, float] = field(default_factory=_empty)
    """Cardinal number words and their values (``એક`` 1, ``twenty`` 20)."""
    ambiguous_number_words: tuple[str, ...] = ()
    """Number words that count only beside a unit or multiplier (``एक`` is also "a")."""
    multipliers: Mapping[str, float] = field(default_factory=_empty)
    """Words that multiply the number before them (``લાખ``, ``million``)."""
    number_joiners: tuple[str, ...] = ()
    """Words allowed between the number words of one number (``and``)."""
    fraction_prefixes: Mapping[str, float] = field(default_factory=_empty)
    """Words before a number that add a fraction to it, before its multiplier ("साढ़े तीन
    लाख" 3.5 lakh, "सवा लाख" 1.25 lakh, "पौने दो" 1.75, "સાડા નવસો" 950): the amount added."""
    vague_quantities: Mapping[str, tuple[float, float]] = field(default_factory=_empty)
    """Quantities without digits and the range they stand for (``dozens``, ``सैकड़ों``)."""
    pre_qualifiers: Mapping[str, str] = field(default_factory=_empty)
    """Words before a number that qualify it (``at least`` -> ``min``)."""
    post_qualifiers: Mapping[str, str] = field(default_factory=_empty)
    """Words after a number that qualify it (``से अधिक`` -> ``min``)."""
    qualifier_blockers: tuple[str, ...] = ()
    """Words that make a pre-qualifier after them a postposition: the genitive before
    "करीब"/"قریب" ("तट के करीब 12 मछुआरे": near the coast, 12 fishermen, not about 12)."""
    currency_prefixes: Mapping[str, str] = field(default_factory=_empty)
    """Currency words and signs before an amount, mapped to an ISO code."""
    unit_stems: Mapping[str, str] = field(default_factory=_empty)
    """Stems of units counted after a number (any ending: ``missile`` -> ``missiles``)."""
    unit_words: Mapping[str, str] = field(default_factory=_empty)
    """Whole-word units counted after a number, mapped to a language-neutral unit."""
    unit_gap_stopwords: tuple[str, ...] = ()
    """Words that never stand between a number and its unit."""
    case_suffixes: tuple[str, ...] = ()
    """Case endings fused onto a number word or unit (``હજારનો``)."""
    percent_words: tuple[str, ...] = ()
    """Words for "per cent"."""
    range_connectors: tuple[str, ...] = ()
    """Words between the two ends of a range (``to``, ``से``)."""
    ordinal_suffixes: tuple[str, ...] = ()
    """Endings that make a number an ordinal (``th``, ``वां``): not a quantity."""
    spelling_variants: tuple[str, ...] = ()
    """Groups of characters written interchangeably (``ઇઈ``): folded to the first."""
    optional_marks: str = ""
    """Marks dropped before comparing words (nukta, zero-width joiners)."""
    final_marks: str = ""
    """Marks dropped at the end of a word."""
    increment_words: tuple[str, ...] = ()
    """Words beside a count (the two before it, the three after) that make it new, not
    a running total: "another 16", "16 more bodies", "a gain of 39 seats"."""
    increment_next_words: tuple[str, ...] = ()
    """Words that make a count new only directly after it, being a plain "and" elsewhere:
    "16 और शव" (16 more bodies) but "मौत हो गई है और 140 लोग घायल"."""
    earlier_words: tuple[str, ...] = ()
    """Words beside a count that date it before the claim's time ("यापूर्वी सहा जणांना
    अटक", six arrested earlier): not the total now, nor a later count."""
    total_words: tuple[str, ...] = ()
    """Words that make a count a total of parts ("10 in all", "कुल 10")."""
    demand_words: tuple[str, ...] = ()
    """Words beside a count (the two before it, the five after) that make it what
    someone asked for, not what happened: "prosecutors had sought 12 years", "12
    वर्षांच्या शिक्षेची मागणी" against "sentenced to 10 years"."""
    rate_words: tuple[str, ...] = ()
    """Words and phrases anywhere in a claim that make its counts rates per period ("Rs 25
    crore a day", "दररोज सुमारे २५ कोटी", "12,000 passengers use it every day"): no total
    to compare with what was lost "so far" ("اب تک تقریباً 300 کروڑ")."""
    count_nouns: tuple[str, ...] = ()
    """Words for "the number of" a thing ("toll", "संख्या", "આંક"): a count that follows
    one counts the noun beside it ("मृतकों की संख्या 31" counts the dead), or the head of
    a compound that ends in one ("મૃત્યુઆંક")."""


@dataclass(frozen=True)
class DateData:
    """How a language writes dates (``claimcheck/lang/<code>/dates.py``)."""

    months: Mapping[str, int] = field(default_factory=_empty)
    """Month names and abbreviations -> 1-12."""
    weekdays: Mapping[str, int] = field(default_factory=_empty)
    """Weekday names and abbreviations -> 0 (Monday) - 6."""
    ambiguous_date_words: Mapping[str, str | None] = field(default_factory=_empty)
    """Words that are dates only beside a day or year (``None``), or when the regex
    follows them (``May``, ``Sun``)."""
    relative_dates: Mapping[str, str] = field(default_factory=_empty)
    """Relative day words -> a language-neutral value (``yesterday``, ``ગઈકાલે``)."""
    relative_guards: Mapping[str, str] = field(default_factory=_empty)
    """Context a relative day word must not be followed by (``कल`` also means "tomorrow")."""
    year_cues: tuple[str, ...] = ()
    """Words before a four-digit number that make it a year (``in``, ``साल``)."""
    day_month_joiners: tuple[str, ...] = ()
    """Words between a day and its month (``of``)."""
    extra_date_languages: tuple[str, ...] = ()
    """Languages whose month and weekday names this language's text also uses (Latin
    datelines in Indian-language news)."""
    night_words: tuple[str, ...] = ()
    """Words after a weekday that make it a night, which runs into the next day
    ("Wednesday night" and "early Thursday" are one time)."""
    until_words: tuple[str, ...] = ()
    """Words beside a date that make it the end of a period ("till", "तक", "પર્યંત" ...);
    fused onto the date's last word in scripts that fuse them."""
    from_words: tuple[str, ...] = ()
    """Words beside a date that make it the start of a period ("from", "से", "पासून" ...)."""
    attributive_markers: tuple[str, ...] = ()
    """Participle words or endings that make the time before them describe a noun
    ("रविवार को होने वाली परीक्षा", "اتوار کو ہونے والا امتحان", "રવિવારે યોજાનારી
    પરીક્ષા"): the exam due on Sunday, not the day of the claim's event."""
    late_day_words: tuple[str, ...] = ()
    """Words after a weekday for its afternoon or evening, which the night before does not
    reach ("Saturday night" and "Sunday afternoon" are two times)."""
    clock_words: tuple[str, ...] = ()
    """Words that make the number before them a clock time ("12 बजे", "बारा वाजता"): a
    time, not a count."""
    predicate_auxiliaries: tuple[str, ...] = ()
    """Forms of "be" that, right after an attributive marker, make the participle the
    predicate ("चुनाव रविवार को होने वाला है": the election is due on Sunday), so the
    time is the claim's own after all."""


@dataclass(frozen=True)
class NegationData:
    """How a language negates a verb (``claimcheck/lang/<code>/negation.py``)."""

    words: tuple[str, ...] = ()
    """Negation words and phrases, matched as whole words."""
    suffixes: tuple[str, ...] = ()
    """Negation fused onto the end of a verb (English ``n't``)."""
    inner_words: tuple[str, ...] = ()
    """Words that hold their negation ("unharmed", "unchanged"), matched as the words are:
    against "no change was made" both sides negate, but against "rescued safely"
    (सकुशल) one side says with a negation what the other says without one, so a
    difference they alone make is a detail of one side, not a conflict."""
    guards: Mapping[str, Mapping[str, str]] = field(default_factory=_empty)
    """Per-marker context rules: ``next`` must follow, ``not_next`` must not, ``not_prev``
    must not precede."""
    only_words: tuple[str, ...] = ()
    """"Only" words: with a contrastive conjunction after the negation they make "not
    only ... but also", which affirms both parts."""
    contrast_words: tuple[str, ...] = ()
    """Contrastive conjunctions ("but", "बल्कि", "પરંતુ", "بلکہ", "तर")."""
    denial_words: tuple[str, ...] = ()
    """Words of a cue that denies its content ("denied", "खंडन", "تردید", "ઇનકાર"): what
    the source denies is negated, against an article that states it. Whole words in
    Latin letters (every form listed), word starts elsewhere (endings follow). A cue
    negates only a stated clause after it, so "rejected the bail plea" denies nothing."""
    coordination_words: tuple[str, ...] = ()
    """Words that join two clauses ("and", "but", "while", "और", "જ્યારે", "جبکہ"): where
    a sentence's clauses meet, for telling which clause a negation sits in."""


@dataclass(frozen=True)
class CaseMarkers:
    """Case markers that attach to a source name (``claimcheck/lang/<code>/case_markers.py``)."""

    suffixes: tuple[str, ...] = ()
    """Endings fused onto the name (``KCNAના``, ``Kim's``), in order of preference."""
    particles: tuple[str, ...] = ()
    """Markers written as separate words after the name (``KCNA એ``, ``KCNA 's``)."""
    plural_endings: tuple[str, ...] = ()
    """Plural endings of nouns (Gujarati "-ઓ", Hindi "-ों", Urdu "-وں"): a speaker whose
    last word ends in one is a body of people, not a given name and a surname."""



class LanguageDefaults:
    """Data for one language; subclasses in ``claimcheck/lang/<code>/`` fill it in.

    Everything is plain data (strings, tuples of regexes); the modules that use it
    (reading, pipeline, attribution, quantities) hold the logic.
    """

    code: ClassVar[str] = "xx"
    """ISO 639-1 code."""
    name: ClassVar[str] = "Multi-language"
    """English name."""
    spacy_code: ClassVar[str] = "xx"
    """The code of the blank spaCy language class to start from."""
    abbreviations: ClassVar[tuple[str, ...]] = ()
    """Tokens ending in ``.`` that never end a sentence (``ડૉ.``, ``U.S.``)."""
    furniture_patterns: ClassVar[tuple[str, ...]] = ()
    """Regexes matched (full, case-insensitive) against a stripped line: page furniture."""
    byline_patterns: ClassVar[tuple[str, ...]] = ()
    """Regexes for byline/timestamp lines: kept as metadata, not sentences."""
    token_suffixes: ClassVar[tuple[str, ...]] = ()
    """Extra tokenizer suffix regexes (on top of spaCy's) that fix known splitting faults."""
    token_infixes: ClassVar[tuple[str, ...]] = ()
    """Extra tokenizer infix regexes."""
    sentence_end_chars: ClassVar[tuple[str, ...]] = (".", "!", "?")
    """Characters that end a sentence."""
    quote_continuations: ClassVar[tuple[str, ...]] = ()
    """Words that continue a sentence after a closing quote ("'…?' असा सवाल …", "'…,' તેમ …")."""
    attribution: ClassVar[AttributionData | None] = None
    """Cue lexicons and grammar facts for the attribution recognizers; ``None`` where the
    language has none (no attribution is found)."""
    numbers: ClassVar[NumberData] = NumberData()
    """Number words, multipliers, qualifiers and units (:mod:`claimcheck.quantities`)."""
    dates: ClassVar[DateData] = DateData()
    """Month and weekday names, relative dates (:mod:`claimcheck.quantities`)."""
    negation: ClassVar[NegationData] = NegationData()
    """Negation words and their context rules (:mod:`claimcheck.quantities`)."""
    outcomes: ClassVar[Mapping[str, tuple[str, ...]]] = {}
    """What happened to the people a claim counts, by outcome (``killed``, ``injured``,
    ``arrested``, ``missing``): the words that say it, matched as word starts in
    non-Latin scripts (case and number endings follow), whole in Latin (every form
    listed), and with a space as phrases (:mod:`claimcheck.comparison.outcome_check`)."""
    not_outcomes: ClassVar[tuple[str, ...]] = ()
    """Words and phrases in another sense ("cardiac arrest", "death sentence", મોતી
    "pearl"), matched the same way; an outcome word inside one does not count."""
    place_kinds: ClassVar[Mapping[str, tuple[str, ...]]] = {}
    """Kinds of place (``village``, ``town``, ``district``, ``province``) and their words
    in every form, matched whole: a name beside one fills that slot ("the village of
    Tarnok", "બેલ્કા ગામમાં"), so two names of one kind are two answers to one question."""
    transliteration: ClassVar[tuple[str, str] | None] = None
    """The script's letters (a regex character class body) and how to write them in
    Latin: an indic_transliteration scheme (``GUJARATI``) or ``ARABIC_SKELETON``. Names
    are compared across scripts in Latin (:mod:`claimcheck.transliteration`)."""
    case_markers: ClassVar[CaseMarkers] = CaseMarkers()
    """Case endings stripped from a source name to recover it (:mod:`claimcheck.sources`)."""
