"""The data file of known sources (``claimcheck/data/sources.json``), the types it
yields, and the thresholds that the rest of :mod:`claimcheck.sources` shares.

Loaded lazily, on first use, and parsed once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from types import MappingProxyType

#: The kinds of source the data file may declare.
SOURCE_TYPES: frozenset[str] = frozenset(
    {
        "news_agency",
        "state_media",
        "broadcaster",
        "newspaper",
        "government",
        "organisation",
        "military",
        "other",
    }
)

#: Prefix of the ids of sources that are not in the data file.
UNKNOWN_PREFIX = "x:"

#: Minimum rapidfuzz ``ratio`` (0-100) between Latin forms for a fuzzy match. The real
#: guard against merging two sources is the word-by-word edit limit
#: (:func:`.resolve._close_enough`): on the data file no two aliases of different sources pass
#: it. The ratio only rejects matches that are close word by word but short overall.
FUZZY_THRESHOLD = 80.0
#: How far the best fuzzy match must lead the best match of any *other* source.
FUZZY_MARGIN = 6.0
#: Latin forms shorter than this (letters only) never match fuzzily: short names and
#: acronyms (AP/AFP, ANI/IANS) differ by one letter and must match exactly.
FUZZY_MIN_LETTERS = 6


@dataclass(frozen=True)
class KnownSource:
    """A source from the data file: one agency, outlet, government body or organisation."""

    id: str
    """Canonical id, lowercase ASCII (``"kcna"``)."""
    name: str
    """Display name in English (``"Korean Central News Agency"``)."""
    short: str
    """Short form used in running text (``"KCNA"``)."""
    type: str
    """One of :data:`SOURCE_TYPES`."""
    country: str | None
    """ISO 3166-1 alpha-2 code of the country it belongs to; ``None`` for international bodies."""
    aliases: Mapping[str, tuple[str, ...]] = field(hash=False)
    """Surface forms by language code (``"en"``, ``"gu"``, ...), as outlets spell them."""
    includes: tuple[str, ...] = ()
    """Ids of the sources a collective name covers: "North Korean state media" is KCNA,
    Rodong Sinmun or KCTV, so an article saying one and another the other agree."""


@dataclass(frozen=True)
class SourceRef:
    """The identity :func:`resolve_source` gives to one surface form of a source."""

    id: str
    """Canonical id (``"kcna"``), or ``"x:<latin-slug>"`` for a source not in the data."""
    name: str
    """Display name of a known source, or the cleaned surface of an unknown one."""
    known: bool
    """Whether the source is in the data file."""
    score: float
    """1.0 for an exact alias match (after normalisation), lower for a fuzzy match, 0.0
    for an unknown source."""


@cache
def raw_data() -> Mapping[str, object]:
    """The data file, parsed once; checked for its version only."""
    text = resources.files("claimcheck.data").joinpath("sources.json").read_text("utf-8")
    data = json.loads(text)
    if not isinstance(data, dict) or data.get("version") != 1:
        raise ValueError("claimcheck/data/sources.json: expected an object with version 1")
    return MappingProxyType(data)


def known_sources() -> tuple[KnownSource, ...]:
    """Every source of ``claimcheck/data/sources.json``, parsed once and cached.

    Raises:
        ValueError: The data file is malformed (duplicate id, unknown type...).
    """
    return _known_sources()


@cache
def _known_sources() -> tuple[KnownSource, ...]:
    entries = raw_data().get("sources")
    if not isinstance(entries, list):
        raise ValueError("claimcheck/data/sources.json: 'sources' must be a list")
    sources: list[KnownSource] = []
    seen: set[str] = set()
    for entry in entries:
        source_id = entry["id"]
        if source_id in seen or not re.fullmatch(r"[a-z0-9_]+", source_id):
            raise ValueError(f"claimcheck/data/sources.json: bad or duplicate id {source_id!r}")
        if entry["type"] not in SOURCE_TYPES:
            raise ValueError(f"claimcheck/data/sources.json: {source_id}: unknown type {entry['type']!r}")
        seen.add(source_id)
        aliases = {lang: tuple(forms) for lang, forms in entry["aliases"].items()}
        sources.append(
            KnownSource(
                id=source_id,
                name=entry["name"],
                short=entry["short"],
                type=entry["type"],
                country=entry.get("country"),
                aliases=MappingProxyType(aliases),
                includes=tuple(entry.get("includes", ())),
            )
        )
    ids = {source.id for source in sources}
    for source in sources:
        if not set(source.includes) <= ids:
            raise ValueError(f"claimcheck/data/sources.json: {source.id}: includes an unknown id")
    return tuple(sources)
