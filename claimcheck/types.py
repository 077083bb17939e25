"""The pipeline's results: small frozen dataclasses with a versioned JSON form.

Every span is a pair of character offsets into :attr:`Article.text` (the decoded,
NFC-normalised text of the input). Nothing here depends on spaCy, so reports and JSON
never do either. These classes are the one description of the result model: their JSON
form (:mod:`claimcheck.json_form`) and the JSON schema in ``schema/``
(:mod:`claimcheck.schema`) are generated from them, constraints included.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Annotated, ClassVar, Literal

from annotated_types import Ge, Interval, MinLen

#: Version of the JSON form (:mod:`claimcheck.json_form`). Bump the major part on any
#: change that breaks readers, the minor part on additions; the generated JSON schema in
#: ``schema/`` carries the same number.
SCHEMA_VERSION = "1.5"

#: A character offset into :attr:`Article.text`, or a position in a sequence.
Offset = Annotated[int, Ge(0)]
#: A number of things.
Count = Annotated[int, Ge(0)]
#: A string that is never empty.
NonEmpty = Annotated[str, MinLen(1)]
#: How reports mark a source carried over from earlier in the paragraph.
FROM_PARAGRAPH = "(from paragraph)"
#: How reports mark a group whose articles were not judged to cover one event.
DIFFERENT_EVENTS = "the articles may report different events"


class _Result:
    """Base of the result classes: what pydantic needs to know to read and write them.

    The config is a plain dict, so importing this module does not import pydantic.
    """

    __pydantic_config__: ClassVar[dict[str, object]] = {
        # A typo or a field from a newer version is an error, not silently dropped.
        "extra": "forbid",
        # The schema's descriptions are the docstrings under each field.
        "use_attribute_docstrings": True,
        # The JSON form always writes every field, defaults included.
        "json_schema_serialization_defaults_required": True,
    }


class ClaimKind(enum.StrEnum):
    """What a sentence is, for claim checking."""

    ATTRIBUTED = "attributed"
    """The sentence reports what a named or unnamed source says."""
    UNATTRIBUTED = "unattributed"
    """A checkable proposition stated on the writer's own authority."""
    NOT_A_CLAIM = "not_claim"
    """Questions, bare headlines, greetings, opinion without a proposition."""


class AttributionMode(enum.StrEnum):
    """How the source is tied to the content."""

    DIRECT_QUOTE = "direct_quote"
    INDIRECT = "indirect"
    ACCORDING_TO = "according_to"
    PASSIVE = "passive"
    INFORMATION_GIVEN = "information_given"
    STANCE = "stance"


@dataclass(frozen=True)
class Span(_Result):
    """A stretch of an article's text."""

    start: Offset
    """Offset of the first character in :attr:`Article.text`."""
    end: Offset
    """Offset one past the last character."""
    text: str
    """The characters themselves (``article.text[start:end]``)."""


#: Why the reader dropped a line (see :attr:`RemovedLine.reason`).
RemovalReason = Literal[
    "furniture", "byline", "duplicate", "markup", "date", "source", "credit", "caption", "navigation", "shape"
]


@dataclass(frozen=True)
class RemovedLine(_Result):
    """A line the reader dropped as page furniture or kept as metadata."""

    start: Offset
    """Offset of the line in :attr:`Article.text`."""
    end: Offset
    """Offset one past the line's last character."""
    reason: RemovalReason
    """Why: ``furniture`` (a listed phrase), ``byline``, ``duplicate``, ``markup``,
    ``date``, ``source`` or ``credit`` (kept as metadata), ``caption``, ``navigation``
    or ``shape`` (short and unpunctuated beside the article's paragraphs)."""


@dataclass(frozen=True)
class ArticleMetadata(_Result):
    """What the reader learnt about an article besides its sentences."""

    title: str | None = None
    """The headline: the first line when it has no final punctuation."""
    byline: str | None = None
    """A byline or timestamp line such as ``12:44 PM Jul 14, 2025 IST | revoi editor``."""
    outlet: str | None = None
    """The publishing outlet when the page names it (HTML) or a furniture line betrays it."""
    url: str | None = None
    """The page's URL when an HTML page declares it."""
    published: str | None = None
    """The publication date (ISO ``YYYY-MM-DD``) from a date line or the page's metadata;
    an "Updated" date only when the page shows no other."""
    sources: tuple[str, ...] = ()
    """The article's own sources, as its credit lines write them ("Source: Reuters; KCNA",
    "- PTI", "(Reuters)", "With inputs from AFP"), in page order."""

    def __post_init__(self) -> None:
        # Read back from JSON, the sources arrive as a list; equality needs the tuple.
        if not isinstance(self.sources, tuple):
            object.__setattr__(self, "sources", tuple(self.sources))


@dataclass(frozen=True)
class SourceRef(_Result):
    """A source named the same way across scripts."""

    id: NonEmpty
    """Canonical id (``kcna``), or ``x:<latin-slug>`` for a source not in the data file."""
    name: NonEmpty
    """Display name (``Korean Central News Agency``), or the cleaned surface if unknown."""
    known: bool
    """Whether the source is in claimcheck's data file of known sources."""


@dataclass(frozen=True)
class ChainLink(_Result):
    """One source in a chain of attribution, outermost first."""

    source: SourceRef
    """Who."""
    span: Span | None
    """Where the article names it: in this sentence, or (``from_paragraph``) in the
    earlier sentence of the paragraph that named it; ``None`` if it does not."""
    from_paragraph: bool = False
    """Whether the source is carried over from earlier in the paragraph: after
    "According to KCNA, ...", the paragraph's "Kim said ..." is Kim as KCNA reports him."""

    @property
    def label(self) -> str:
        """The link as reports name it: ``Korean Central News Agency (from paragraph)``."""
        return f"{self.source.name} {FROM_PARAGRAPH}" if self.from_paragraph else self.source.name


@dataclass(frozen=True)
class Attribution(_Result):
    """One attribution relation: a source, a cue, a content."""

    mode: AttributionMode
    """How the source is tied to the content."""
    source: Span | None
    """The source as written (``None`` for an agentless passive)."""
    cue: Span | None
    """The attribution predicate: ``said``, ``ના જણાવ્યા મુજબ``, ``के अनुसार``."""
    content: Span | None
    """The attributed proposition, without complementiser or final punctuation."""
    chain: tuple[ChainLink, ...] = ()
    """Every source of the relation, outermost first (``Yonhap`` then ``KCNA``)."""
    resolved_from: str | None = None
    """For anaphoric sources (``તેમણે``, ``the report``), what they were resolved from."""
    recognizer: str | None = None
    """Which recognizer (rule family or pattern) produced the relation, as presidio's
    ``analysis_explanation`` names the recognizer behind each result; ``None`` when not
    recorded."""

    def reports_elsewhere(self, sentence: Sentence) -> bool:
        """Whether this is "this information was given by X" for text outside ``sentence``
        (the previous sentence): the relation then says nothing of ``sentence`` itself."""
        return (
            self.mode is AttributionMode.INFORMATION_GIVEN
            and self.content is not None
            and not (sentence.start <= self.content.start < sentence.end)
        )

    @property
    def canonical_source(self) -> SourceRef | None:
        """The outermost source's identity, or ``None`` if the source is unnamed."""
        return self.chain[0].source if self.chain else None


@dataclass(frozen=True)
class Sentence(_Result):
    """A sentence of an article, with what the later steps found in it."""

    index: Offset
    """Position in the article, from 0."""
    start: Offset
    """Offset of the first character in :attr:`Article.text`."""
    end: Offset
    """Offset one past the last character."""
    text: NonEmpty
    """The sentence as it reads (for Markdown, with the markup masked out)."""
    lang: str
    """ISO 639-1 code of the sentence's language."""
    kind: ClaimKind | None = None
    """Set by the attribution step; ``None`` before it runs."""
    attributions: tuple[Attribution, ...] = ()
    """Set by the attribution step."""

    def sourced_attributions(self) -> tuple[Attribution, ...]:
        """The attributions with a source, less any whose chain opens another's: "KCNA"
        beside "KCNA → Kim" (a report holding Kim's words) says nothing more."""
        chains = [a for a in self.attributions if a.chain]
        ids = [tuple(link.source.id for link in a.chain) for a in chains]
        return tuple(
            a
            for n, a in enumerate(chains)
            if ids[n] not in ids[:n]
            and not any(len(other) > len(ids[n]) and other[: len(ids[n])] == ids[n] for other in ids)
        )


@dataclass(frozen=True)
class Article(_Result):
    """One input article, read and split."""

    id: NonEmpty
    """A short, unique name for reports (the file name, or ``<stdin>``)."""
    path: NonEmpty
    """The path as given by the user (``-`` for standard input)."""
    format: str
    """``txt``, ``md`` or ``html``."""
    text: str
    """The decoded, NFC-normalised text every offset points into (for HTML: the main text)."""
    lang: str
    """The article's main language (ISO 639-1)."""
    sentences: tuple[Sentence, ...]
    """The article's sentences in order, page furniture excluded."""
    metadata: ArticleMetadata = field(default_factory=ArticleMetadata)
    """Headline, byline, outlet."""
    removed: tuple[RemovedLine, ...] = ()
    """Lines dropped as furniture, bylines or duplicates."""
    warnings: tuple[str, ...] = ()
    """Things the user should know (unsupported language, normalisation applied...)."""


class DifferenceKind(enum.StrEnum):
    """What two articles' versions of one claim disagree on."""

    SOURCE = "source"
    """Different canonical outermost source (KCNA vs Yonhap)."""
    CHAIN = "chain"
    """One source relayed differently: a chain with more or other links in front of the
    same source (Yonhap -> KCNA vs KCNA; KCNA -> Kim vs Kim)."""
    ATTRIBUTION = "attribution"
    """Attributed in one article, stated bare in another."""
    NUMBER = "number"
    """Different quantities of the same thing ("at least 100" vs "200" missiles)."""
    DATE = "date"
    """Different day, month or year."""
    WEEKDAY = "weekday"
    """Different day of the week (Sunday vs Saturday)."""
    NAME = "name"
    """A person, place or organisation named on one side only."""
    NEGATION = "negation"
    """A negated verb on one side only."""
    OUTCOME = "outcome"
    """What happened to the people counted ("arrested" vs "killed")."""


class DifferenceCategory(enum.StrEnum):
    """How much a difference says against the claim being the same on both sides."""

    CONFLICT = "conflict"
    """The same slot filled with values that cannot both be true (6 vs 8 agreements
    signed; Saturday vs Sunday for the meeting; a predicate negated on one side)."""
    ONE_SIDE = "one_side"
    """A detail only one side gives, or gives in a form the other cannot be checked
    against (a name or figure left out, the same source relayed differently)."""
    ATTRIBUTION = "attribution"
    """Credited to a source on one side, stated bare on the other."""


#: What the comparison checks in a group: ``agreements`` lists those found equal.
Aspect = Literal["source", "numbers", "dates", "negation", "outcome", "names"]


@dataclass(frozen=True)
class ClaimRef(_Result):
    """A sentence of one article that takes part in a comparison."""

    article: NonEmpty
    """The article's id."""
    sentence: Offset
    """The sentence's index in the article."""


@dataclass(frozen=True)
class DifferenceSide(_Result):
    """What one article says, for one difference."""

    claim: ClaimRef
    """Where."""
    value: str
    """The value in a language-neutral form ("at least 100 missile", "Sunday", "kcna")."""
    spans: tuple[Span, ...] = ()
    """The characters that carry it, to highlight in reports."""


@dataclass(frozen=True)
class Difference(_Result):
    """One disagreement inside a group of aligned claims."""

    kind: DifferenceKind
    """What differs."""
    sides: Annotated[tuple[DifferenceSide, ...], MinLen(2)]
    """Each article's version, in article order."""
    detail: str = ""
    """A short explanation for people ("at least 100 vs 200 (missile)")."""
    category: DifferenceCategory = DifferenceCategory.CONFLICT
    """Whether this is a conflict, a detail only one side gives, or attributed vs bare.
    (Readers of version 1.2 JSON, which lacks the field, read every difference as a
    conflict.)"""
    rule: str = ""
    """Which rule of the comparison fired (``number.same_unit``, ``weekday.event``...),
    as presidio names the recognizer behind each result; empty when not recorded."""
    confidence: Annotated[float, Interval(ge=0, le=1)] = 1.0
    """How sure the rule is that the two sides fill the same slot, from 0 to 1."""


@dataclass(frozen=True)
class ClaimGroup(_Result):
    """The same claim as made by several articles."""

    id: Annotated[int, Ge(1)]
    """Position of the group in the report, from 1."""
    members: Annotated[tuple[ClaimRef, ...], MinLen(2)]
    """One sentence per article (occasionally more), in article order."""
    similarity: Annotated[float, Interval(ge=-1, le=1)]
    """Lowest cosine similarity between members, rounded to 3 places where it is computed
    (so that the JSON form holds no float noise)."""
    agreements: tuple[Aspect, ...]
    """Aspects checked and found equal."""
    differences: tuple[Difference, ...]
    """Aspects that differ."""
    same_event: bool = True
    """Whether every two of the members' articles were judged to cover one event (many of
    their sentences pair up). When not (two meetings, two days), a difference may be no
    contradiction: each article can be right about its own event."""
    checked: tuple[str, ...] = ()
    """What was checked and found the same, for people: ``same source: ARNA``,
    ``same number: 6 agreement``, ``same weekday: Saturday``. Empty when nothing could be
    checked: the members then agree only in wording, as far as claimcheck can tell."""


@dataclass(frozen=True)
class ComparisonSummary(_Result):
    """Counts shown at the top of every comparison report."""

    articles: Count
    """Articles compared."""
    groups: Count
    """Claims shared by at least two articles."""
    groups_in_agreement: Count
    """Shared claims with no difference."""
    groups_with_differences: Count
    """Shared claims with at least one difference."""
    differences: dict[DifferenceKind, Annotated[int, Ge(1)]]
    """Number of differences per kind, in the order of the kinds' names; kinds with none
    are left out."""
    only_in_one_article: Count
    """Claims made by one article only."""
    unattributed_claims: Count
    """Sentences stated on the writer's own authority, over all articles (those of an
    article with a credit line are counted in :attr:`credited_claims` instead)."""
    conflicts: Count = 0
    """Differences that are conflicts (:attr:`DifferenceCategory.CONFLICT`), over all groups."""
    groups_with_conflicts: Count = 0
    """Shared claims with at least one conflict."""
    credited_claims: Count = 0
    """Sentences bare in the text of an article whose credit line names its sources
    (:attr:`ArticleMetadata.sources`): credited to the article's source, not the writer's."""


@dataclass(frozen=True)
class Comparison(_Result):
    """The result of ``claimcheck compare``."""

    articles: tuple[Article, ...]
    """The articles, analysed."""
    groups: tuple[ClaimGroup, ...]
    """Claims shared by at least two articles."""
    only_in: tuple[ClaimRef, ...]
    """Claims made by one article only."""
    model: NonEmpty
    """The embedding model's name and identity."""

    @property
    def summary(self) -> ComparisonSummary:
        """The counts shown at the top of every comparison report."""
        by_kind: dict[DifferenceKind, int] = {}
        for group in self.groups:
            for difference in group.differences:
                by_kind[difference.kind] = by_kind.get(difference.kind, 0) + 1
        return ComparisonSummary(
            articles=len(self.articles),
            groups=len(self.groups),
            groups_in_agreement=sum(1 for g in self.groups if not g.differences),
            groups_with_differences=sum(1 for g in self.groups if g.differences),
            differences=dict(sorted(by_kind.items(), key=lambda item: item[0].value)),
            only_in_one_article=len(self.only_in),
            unattributed_claims=sum(
                1
                for a in self.articles
                if not a.metadata.sources
                for s in a.sentences
                if s.kind is ClaimKind.UNATTRIBUTED
            ),
            conflicts=sum(
                1 for g in self.groups for d in g.differences if d.category is DifferenceCategory.CONFLICT
            ),
            groups_with_conflicts=sum(
                1 for g in self.groups if any(d.category is DifferenceCategory.CONFLICT for d in g.differences)
            ),
            credited_claims=sum(
                1
                for a in self.articles
                if a.metadata.sources
                for s in a.sentences
                if s.kind is ClaimKind.UNATTRIBUTED
            ),
        )
