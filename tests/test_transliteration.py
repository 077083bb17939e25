"""The Brahmic -> Harvard-Kyoto tables and loop give indic_transliteration's output
(issue 13: the library itself is no longer imported at run time)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimcheck.lang import generate_transliteration
from claimcheck.sources.data import known_sources
from claimcheck.transliteration import brahmic_to_hk, to_latin

sanscript = pytest.importorskip("indic_transliteration.sanscript")  # the dev extra installs it

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
_SCRIPTS = {"GUJARATI": "\u0a80-\u0aff", "DEVANAGARI": "\u0900-\u097f"}


def test_transliteration_tables_are_current() -> None:
    assert generate_transliteration.brahmic_schemes() == sorted(_SCRIPTS)
    assert generate_transliteration.TARGET.read_text(encoding="utf-8") == generate_transliteration.render()


def _words(scheme: str) -> set[str]:
    letters = re.compile(f"[{_SCRIPTS[scheme]}]+")
    words: set[str] = set()
    for path in FIXTURES.rglob("*"):
        if path.suffix in {".txt", ".html", ".json", ".jsonl"} and path.is_file():
            words.update(letters.findall(path.read_text(encoding="utf-8", errors="replace")))
    for source in known_sources():
        for aliases in source.aliases.values():
            for alias in aliases:
                words.update(letters.findall(alias))
    return words


@pytest.mark.parametrize("scheme", sorted(_SCRIPTS))
def test_transliteration_matches_the_library_on_every_fixture_word_and_alias(scheme: str) -> None:
    words = _words(scheme)
    assert len(words) > 1000
    library = getattr(sanscript, scheme)
    differing = [w for w in words if brahmic_to_hk(w, scheme) != sanscript.transliterate(w, library, sanscript.HK)]
    assert differing == []


def test_transliteration_matches_the_library_on_every_letter_sequence_of_two() -> None:
    # Every pair of code points of each block, with a space and a Latin letter: vowel
    # signs and the virama at the start, after vowels, doubled, next to the nukta.
    for scheme, block in (("GUJARATI", range(0x0A80, 0x0B00)), ("DEVANAGARI", range(0x0900, 0x0980))):
        pool = [chr(c) for c in block] + [" ", "a"]
        library = getattr(sanscript, scheme)
        differing = [
            a + b for a in pool for b in pool if brahmic_to_hk(a + b, scheme) != sanscript.transliterate(a + b, library, sanscript.HK)
        ]
        assert differing == []


def test_transliteration_names_meet_across_scripts() -> None:
    assert to_latin("કિમ જોંગ ઉન") == to_latin("किम जोंग उन") == "kim jong un"
