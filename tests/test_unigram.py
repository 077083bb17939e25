"""The plain-Python tokenizer gives the ids ``tokenizers`` gives, on every fixture line
and on generated text made to hit its corner cases (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import models
from claimcheck.backends.unigram import UNIGRAM_FILE, UnigramTokenizer, load_unigram, parse_unigram, unigram_bytes
from claimcheck.embedder import EmbeddingError

hypothesis = pytest.importorskip("hypothesis")  # the dev extra installs it

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="module")
def model_dir() -> Path:
    return models.ensure_model()


@pytest.fixture(scope="module")
def ours(model_dir: Path) -> UnigramTokenizer:
    return load_unigram(model_dir / UNIGRAM_FILE)


@pytest.fixture(scope="module")
def reference(model_dir: Path):
    from tokenizers import Tokenizer

    return Tokenizer.from_file(str(model_dir / "tokenizer.json"))


def _fixture_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix in {".txt", ".md", ".html", ".json", ".jsonl"} and path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            lines.extend(line for line in text.splitlines() if line.strip())
            lines.append(text[:4000])  # whole texts too: line breaks, truncation at 512
    return lines


def test_unigram_ids_match_tokenizers_on_every_fixture_line(ours: UnigramTokenizer, reference) -> None:
    lines = ["query: " + line for line in _fixture_lines()]
    assert len(lines) > 10_000
    expected = [encoding.ids for encoding in reference.encode_batch(lines)]
    differing = [line for line, ids in zip(lines, expected, strict=True) if ours.encode(line) != ids]
    assert differing == []
    assert max(len(ids) for ids in expected) == 512  # truncation was exercised


# Characters the normaliser maps (compatibility forms, controls, odd spaces) beside
# the marks that extend a grapheme, joiners, the literal special tokens and "▁".
_ALPHABET = [
    *"abcXYZ é1,.5 कखगक्षि ा ં ગુજરાતી اردوَُِ ▁\t\r\n\u200c\u200d\ufe0f😀👍🏽🇮🇳한국ㄱㅏຳ\x7f\x08",
    *"\u00a0\u3000ﬁＡ１ｶﾟ①㍿ℌ\u0301\u0308\u0f81\u0f73ﺍﻻ",
    "<s>", "</s>", "<mask>", "<unk>", "<pad>", "\r\n", "  ", "e\u0301", "\u0627\u064e",
]


@settings(max_examples=400, derandomize=True, deadline=None)
@given(st.lists(st.sampled_from(_ALPHABET), max_size=40).map("".join))
def test_unigram_ids_match_tokenizers_on_generated_text(ours: UnigramTokenizer, reference, text: str) -> None:
    assert ours.encode(text) == reference.encode(text).ids


def test_unigram_piece_ids_and_truncation() -> None:
    tokenizer = UnigramTokenizer(
        ["<s>", "<pad>", "</s>", "<unk>", "▁", "▁a", "b", "▁ab", "a"],
        [0.0, 0.0, 0.0, 0.0, -1.0, -2.0, -2.0, -3.0, -2.5],
        {"\u00a0": " "},
        {"bos": 0, "pad": 1, "eos": 2, "unk": 3},
        max_length=4,
    )
    assert tokenizer.piece_ids("ab") == [7]  # one piece (-3) beats two (-4)
    assert tokenizer.piece_ids("a\u00a0\u00a0b") == [5, 4, 6]  # mapped, spaces collapsed
    assert tokenizer.piece_ids("a zzz b") == [5, 4, 3, 4, 6]  # unknown letters make one <unk>
    assert tokenizer.piece_ids("<s>a") == [0, 5]
    assert tokenizer.encode("a a a a") == [0, 5, 5, 2]


def test_unigram_file_round_trips_and_rejects_garbage(tmp_path: Path) -> None:
    data = unigram_bytes(["<s>", "<pad>", "</s>", "<unk>", "▁x"], [0.0, 0.0, 0.0, 0.0, -1.0], {}, {"bos": 0, "pad": 1, "eos": 2, "unk": 3}, 8)
    assert parse_unigram(data).encode("x") == [0, 4, 2]
    broken = tmp_path / UNIGRAM_FILE
    broken.write_bytes(data[:-3])
    with pytest.raises(EmbeddingError, match="not a claimcheck vocabulary file"):
        load_unigram(broken)
    with pytest.raises(ValueError, match="line break"):
        unigram_bytes(["a\nb"], [0.0], {}, {"bos": 0, "pad": 0, "eos": 0, "unk": 0}, 8)
