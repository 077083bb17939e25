"""Property test of read -> split -> attribute on hostile mixed-script text (issue 14).

Text is drawn from words and attribution cues of every supported language, mixed with
control characters, bidi controls, zero-width characters and lone surrogates. Whatever
comes in, the library either raises a :class:`ClaimcheckError` (one line for the user)
or returns an article whose offsets slice to its sentences' and spans' texts. Seeded
(``derandomize``), so a run in CI is the same run as on a laptop.
"""

from __future__ import annotations

import pytest

hypothesis = pytest.importorskip("hypothesis")  # the dev extra installs it

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from claimcheck import api  # noqa: E402
from claimcheck.errors import ClaimcheckError  # noqa: E402
from claimcheck.types import Article  # noqa: E402

#: Words, names and cues of the five languages, with their sentence-final punctuation.
WORDS = [
    "Officials", "said", "KCNA", "reported", "according to", "Yonhap", "the bridge", "will open", "on Monday",
    "केसीएनए", "ने", "कहा", "कि", "सोमवार", "को", "पुल", "खुलेगा",
    "કેસીએનએ", "એ", "કહ્યું", "કે", "સોમવારે", "પુલ",
    "पोलिसांनी", "सांगितले", "सोमवारी",
    "کے", "سی", "این", "اے", "نے", "کہا", "کہ", "پیر", "کو",
    "“", "”", '"', "'", ",", ".", "।", "۔", "?", "!", "100", "१००", "૧૦૦", "۱۰۰",
]
#: What a hostile input adds: C0 and C1 controls, escape sequences, bidi controls and
#: marks, zero-width characters and joiners, the BOM, lone surrogates, line separators.
SPECIALS = [chr(c) for c in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0))] + [
    "\x1b[2J", "\x1b]8;;http://x\x07", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad",
    "\u200e", "\u200f", "\u061c", *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A)),
    "\ud800", "\udbff", "\udc00", "\udfff", "\u2028", "\u2029", "\n", "\n\n", " ", "\t",
]

#: Attributed sentences of each language, for hostile characters to land inside.
SENTENCES = [
    "Officials said the bridge will open on Monday.",
    "KCNA reported that Kim met Lavrov in Wonsan on Saturday.",
    '"The talks went well," Yonhap quoted an official as saying.',
    "केसीएनए ने कहा कि किम जोंग उन ने शनिवार को वोनसान में मुलाकात की।",
    "કેસીએનએ એ કહ્યું કે સોમવારે પુલ ખુલશે.",
    "पोलिसांनी सांगितले की सोमवारी पूल खुला होईल.",
    "کے سی این اے نے کہا کہ پیر کو پل کھلے گا۔",
]


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    """An attributed sentence with hostile characters inserted at drawn places."""
    chars = list(draw(st.sampled_from(SENTENCES)))
    for _ in range(draw(st.integers(0, 4))):
        chars.insert(draw(st.integers(0, len(chars))), draw(st.sampled_from(SPECIALS)))
    return "".join(chars)


pieces = st.one_of(_sentence(), st.sampled_from(WORDS), st.sampled_from(SPECIALS))
texts = st.lists(pieces, min_size=1, max_size=24).map(lambda parts: "".join(
    p if p in SPECIALS else f" {p}" for p in parts
))


def _check_offsets(article: Article, fmt: str) -> None:
    text = article.text
    previous_end = 0
    for sentence in article.sentences:
        assert previous_end <= sentence.start <= sentence.end <= len(text)
        previous_end = sentence.end
        if fmt == "txt":
            assert text[sentence.start : sentence.end] == sentence.text
        for attribution in sentence.attributions:
            for span in (attribution.source, attribution.cue, attribution.content):
                if span is not None:
                    assert 0 <= span.start <= span.end <= len(text)
                    assert text[span.start : span.end] == span.text


@settings(
    max_examples=300,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(text=texts, fmt=st.sampled_from(["txt", "md"]))
def test_hostile_fuzz_read_split_attribute_keeps_offsets(text: str, fmt: str) -> None:
    try:
        (article,) = api.analyze([api.article_from_text(text, fmt=fmt)])
    except ClaimcheckError as exc:
        assert "\n" not in str(exc).strip()
        return
    _check_offsets(article, fmt)
