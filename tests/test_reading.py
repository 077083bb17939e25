"""Reading: encodings, furniture, metadata, offsets, and every kind of bad input."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from claimcheck.errors import InputError
from claimcheck.reading import MAX_INPUT_BYTES, decode, mask_markdown, read_document

from .conftest import SEEDS, run_cli

GU = "આ માહિતી ઉત્તર કોરિયાની સરકારી મીડિયાએ રવિવારે આપી."


def _kept_lines(path: Path | str, **kw: object) -> list[str]:
    doc = read_document(str(path), **kw)  # type: ignore[arg-type]
    return [doc.analysis_text[b.start : b.end] for b in doc.blocks]


@pytest.mark.parametrize(
    "data",
    [
        GU.encode("utf-8"),
        b"\xef\xbb\xbf" + GU.encode("utf-8"),
        GU.encode("utf-16"),  # with BOM
        "\ufeff".encode("utf-16-be") + GU.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom"],
)
def test_reading_encodings(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    assert _kept_lines(path) == [GU]


def test_reading_nfc_normalisation_is_reported(tmp_path: Path) -> None:
    decomposed = "Cafe\u0301 owners said the market was closed."
    path = tmp_path / "a.txt"
    path.write_text(decomposed, encoding="utf-8")
    doc = read_document(str(path))
    assert doc.normalised
    assert doc.text == "Café owners said the market was closed."


def test_reading_seed_furniture_is_dropped_and_byline_kept_as_metadata() -> None:
    doc = read_document(str(SEEDS[0]))
    kept = "\n".join(doc.text[b.start : b.end] for b in doc.blocks)
    for furniture in ("Advertisement", "For the best experience", "https://m.revoi.in", "mobile browser", "Tags :"):
        assert furniture not in kept
    assert doc.metadata.byline == "12:44 PM Jul 14, 2025 IST | revoi editor"
    assert doc.metadata.title == "યુક્રેન વિરુદ્ધ યુદ્ધમાં રશિયાને કિમ જોંગ ઉન સમર્થન"
    # The headline is printed twice by the page template; it counts once.
    assert kept.count("યુક્રેન વિરુદ્ધ યુદ્ધમાં રશિયાને કિમ જોંગ ઉન સમર્થન") == 1
    reasons = sorted({r.reason for r in doc.removed})
    assert reasons == ["byline", "duplicate", "furniture"]


def test_reading_second_seed_furniture() -> None:
    doc = read_document(str(SEEDS[1]))
    kept = "\n".join(doc.text[b.start : b.end] for b in doc.blocks)
    for furniture in ("Home / World", "GSTVની એપ્લિકેશન ડાઉનલોડ કરો", "Play Store", "Related News", "Icon"):
        assert furniture not in kept


def test_reading_offsets_point_into_the_original_text() -> None:
    doc = read_document(str(SEEDS[0]))
    original = SEEDS[0].read_text(encoding="utf-8")
    assert doc.text == original
    for block in doc.blocks:
        assert doc.text[block.start : block.end] == original[block.start : block.end]


def test_reading_stdin() -> None:
    doc = read_document("-", stdin=io.BytesIO(GU.encode("utf-8")))
    assert doc.format == "txt"
    assert doc.text == GU


def test_reading_markdown_masks_syntax_but_keeps_offsets() -> None:
    text = "# Headline here\n\nThe [minister](https://example.org) said **no**.\n"
    masked = mask_markdown(text)
    assert len(masked) == len(text)
    assert masked.split("\n")[0].strip() == "Headline here"
    assert " ".join(masked.split("\n")[2].split()) == "The minister said no ."


def test_reading_html_main_text(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Quake hits town</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        "<article><h1>Quake hits town</h1>"
        "<p>At least 12 people died when a strong earthquake struck the town on Sunday, officials said.</p>"
        "<p>Rescue teams were still searching the rubble late on Monday, the fire service told reporters.</p>"
        "</article><footer>Copyright 2025 Example News. All rights reserved.</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    lines = _kept_lines(path)
    assert any("At least 12 people died" in line for line in lines)
    assert not any("Copyright" in line or line == "Home" for line in lines)


@pytest.mark.parametrize(
    "data,message",
    [
        (b"", "is empty"),
        (b"   \n\n  ", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"caf\xe9 au lait is served", "is not valid UTF-8"),
    ],
    ids=["empty", "blank", "binary", "latin1"],
)
def test_reading_bad_bytes_raise_input_error(data: bytes, message: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        read_document(str(path))


def test_reading_decode_control_characters_are_binary() -> None:
    with pytest.raises(InputError, match="binary"):
        decode(bytes(range(1, 32)) * 40, "x.txt")


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[str, str]]:
    """name -> (path, expected message part)"""
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (tmp_path / "latin1.txt").write_bytes("Café owners said.".encode("latin-1"))
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "furniture.txt").write_text("Advertisement\nTags :\n", encoding="utf-8")
    (tmp_path / "adir").mkdir()
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(MAX_INPUT_BYTES + 10)
    return {
        "missing": (str(tmp_path / "nope.txt"), "no such file"),
        "directory": (str(tmp_path / "adir"), "is a directory"),
        "empty": (str(tmp_path / "empty.txt"), "is empty"),
        "binary": (str(tmp_path / "binary.txt"), "binary file"),
        "undecodable": (str(tmp_path / "latin1.txt"), "is not valid UTF-8"),
        "extension": (str(tmp_path / "doc.pdf"), "unsupported file type '.pdf'"),
        "only-furniture": (str(tmp_path / "furniture.txt"), "has no article text"),
        "huge": (str(huge), "too large"),
    }


@pytest.mark.parametrize(
    "case", ["missing", "directory", "empty", "binary", "undecodable", "extension", "only-furniture", "huge"]
)
def test_reading_cli_bad_input_one_line_error_exit_2(case: str, tmp_path: Path) -> None:
    path, message = _bad_inputs(tmp_path)[case]
    before = {p: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    result = run_cli("sentences", path)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0] == f"claimcheck: error: {path}: {message}" or (
        lines[0].startswith(f"claimcheck: error: {path}: ") and message in lines[0]
    )
    assert "Traceback" not in result.stderr
    # The user's files are never altered.
    assert {p: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before


def test_reading_cli_stops_at_bad_input_without_keep_going(tmp_path: Path) -> None:
    result = run_cli("sentences", "--format", "json", str(SEEDS[0]), str(tmp_path / "nope.txt"))
    assert result.returncode == 2
    assert result.stdout == ""


def test_reading_cli_keep_going_processes_the_good_file(tmp_path: Path) -> None:
    import json

    result = run_cli("sentences", "--format", "json", "--keep-going", str(tmp_path / "nope.txt"), str(SEEDS[0]))
    assert result.returncode == 2
    assert result.stderr.strip() == f"claimcheck: error: {tmp_path / 'nope.txt'}: no such file"
    data = json.loads(result.stdout)
    assert [a["id"] for a in data["articles"]] == [SEEDS[0].name]


def test_reading_cli_unknown_language_option() -> None:
    result = run_cli("sentences", "--lang", "tlh", str(SEEDS[0]))
    assert result.returncode == 2
    assert result.stderr.startswith("claimcheck: error: no language data for 'tlh'; supported languages: en (English)")
    assert len(result.stderr.strip().splitlines()) == 1
