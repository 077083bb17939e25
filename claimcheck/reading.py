"""Reading articles: files or stdin, encodings, HTML main text, Markdown, page furniture.

The reader never changes the text it keeps: it decodes, NFC-normalises, and then only
*chooses* which lines are article text (:mod:`claimcheck.page_lines`): furniture named
by each language's data in ``claimcheck/lang/<code>/furniture.py`` ("Advertisement",
"Tags :"), and furniture known by its shape (:mod:`claimcheck.furniture`: link rows,
captions, short unpunctuated lines on a page). Bylines, date lines
(:mod:`claimcheck.datelines`) and credit lines become metadata. HTML pages go through
trafilatura's main-text extraction first, and the same rules run on what it keeps.
"""

from __future__ import annotations

import dataclasses
import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO, cast

from .errors import InputError
from .page_lines import PageLines
from .types import Article, ArticleMetadata, RemovalReason, RemovedLine, Sentence

#: Largest input accepted, in bytes. News articles are a few hundred KB at most; a
#: larger file is almost certainly not one article.
MAX_INPUT_BYTES = 10 * 1024 * 1024

#: File extensions the reader understands, mapped to the format name.
FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    "": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
}

#: Characters that end a sentence (any language); a line ending in one is complete.
_TERMINAL = ".!?।॥۔؟\"'”’»)"


@dataclass(frozen=True)
class TextBlock:
    """A run of article text (a line or a paragraph) that sentences never cross."""

    start: int
    """Offset in the analysis text."""
    end: int
    """Offset one past the end."""


@dataclass(frozen=True)
class ReadDocument:
    """What the reader hands to the splitter."""

    path: str
    """The path as given (``-`` for stdin)."""
    format: str
    """``txt``, ``md`` or ``html``."""
    text: str
    """The decoded, NFC-normalised text all offsets point into."""
    analysis_text: str
    """``text`` with markup masked by spaces (same length); equal to ``text`` for txt."""
    blocks: tuple[TextBlock, ...]
    """The article text, furniture excluded, in order."""
    metadata: ArticleMetadata
    """Headline, byline, outlet, URL."""
    removed: tuple[RemovedLine, ...]
    """Lines dropped, with the reason."""
    normalised: bool
    """Whether NFC normalisation changed the decoded text."""


def read_bytes(path: str, stdin: BinaryIO | None = None) -> bytes:
    """Read an input's bytes, turning every OS problem into a one-line :class:`InputError`."""
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(MAX_INPUT_BYTES + 1)
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(path, "no such file")
        if p.is_dir():
            raise InputError(path, "is a directory, not an article file")
        if FORMATS.get(p.suffix.lower()) is None:
            supported = ", ".join(sorted(k for k in FORMATS if k))
            raise InputError(path, f"unsupported file type {p.suffix!r} (supported: {supported})")
        try:
            size = p.stat().st_size
            if size > MAX_INPUT_BYTES:
                raise InputError(path, f"too large ({size:,} bytes; the limit is {MAX_INPUT_BYTES:,})")
            with p.open("rb") as fh:
                data = fh.read(MAX_INPUT_BYTES + 1)
        except PermissionError:
            raise InputError(path, "permission denied") from None
        except OSError as exc:
            raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(path, f"too large (over {MAX_INPUT_BYTES:,} bytes)")
    return data


def decode(data: bytes, path: str) -> str:
    """Decode UTF-8 (with or without BOM) or UTF-16 with BOM; refuse binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        raw = data[3:]
        encoding = "utf-8"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raw = data
        encoding = "utf-16"
    else:
        raw = data
        encoding = "utf-8"
    if encoding == "utf-8" and b"\x00" in raw:
        raise InputError(path, "looks like a binary file (it contains NUL bytes), not text")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        bad = raw[exc.start : exc.start + 1].hex()
        raise InputError(
            path,
            f"is not valid {encoding.upper()} text (byte 0x{bad} at offset {exc.start}); "
            "convert it to UTF-8",
        ) from None
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f")
    if text and controls > max(8, len(text) // 100):
        raise InputError(path, "looks like a binary file (many control characters), not text")
    return text


def read_document(path: str, *, stdin: BinaryIO | None = None, fmt: str | None = None) -> ReadDocument:
    """Read one input and pick out its article text.

    Args:
        path: A file path, or ``-`` for standard input.
        stdin: The stream to read for ``-`` (defaults to ``sys.stdin.buffer``).
        fmt: Force a format (``txt``, ``md``, ``html``); by default the file extension
            decides, and stdin is sniffed for HTML.

    Raises:
        InputError: the input is missing, unreadable, binary, undecodable or empty.
    """
    return read_document_bytes(read_bytes(path, stdin), path, fmt=fmt)


def read_document_bytes(data: bytes, path: str, *, fmt: str | None = None) -> ReadDocument:
    """:func:`read_document` on bytes already read from ``path``."""
    if not data.strip():
        raise InputError(path, "is empty")
    return read_text(decode(data, path), path, fmt=fmt)


def read_text(decoded: str, path: str, *, fmt: str | None = None) -> ReadDocument:
    """Pick out the article text of already-decoded text (``path`` names it in messages)."""
    decoded = decoded.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", decoded)
    normalised = text != decoded
    if fmt is None:
        fmt = "txt" if path == "-" else FORMATS[Path(path).suffix.lower()]
        if path == "-" and re.match(r"\s*(?:<!doctype html|<html|<head|<body)", text, re.I):
            fmt = "html"
    metadata = ArticleMetadata()
    if fmt == "html":
        text, metadata = _html_main_text(text, path)
        analysis = text
    elif fmt == "md":
        analysis = mask_markdown(text)
    else:
        analysis = text
    if not analysis.strip():
        raise InputError(path, "is empty")
    blocks, removed, metadata = _select_article_lines(analysis, metadata)
    if not blocks:
        raise InputError(path, "has no article text (only page furniture)")
    return ReadDocument(path, fmt, text, analysis, blocks, metadata, removed, normalised)


def _html_main_text(html: str, path: str) -> tuple[str, ArticleMetadata]:
    """The main text of an HTML page (trafilatura, offline) and its metadata."""
    import trafilatura  # lazy: a few hundred ms of imports, needed for HTML only

    text = trafilatura.extract(
        html,
        output_format="txt",
        include_comments=False,
        include_tables=False,
        include_links=False,
        include_images=False,
        favor_precision=True,
        deduplicate=False,
    )
    if not text or not text.strip():
        raise InputError(path, "no article text found in the HTML page")
    meta = trafilatura.extract_metadata(html)
    title = getattr(meta, "title", None) if meta else None
    if title:
        text = f"{title}\n\n{text}" if not text.lstrip().startswith(title) else text
    return unicodedata.normalize("NFC", text), ArticleMetadata(
        title=title or None,
        byline=(getattr(meta, "author", None) or None) if meta else None,
        outlet=(getattr(meta, "sitename", None) or None) if meta else None,
        url=(getattr(meta, "url", None) or None) if meta else None,
        published=_iso_date(getattr(meta, "date", None) if meta else None),
    )


def _iso_date(value: str | None) -> str | None:
    """trafilatura's page date (``article:published_time`` and the like) as an ISO date."""
    m = re.match(r"\d{4}-\d{2}-\d{2}", value or "")
    return m.group(0) if m else None


_MD_RULES: tuple[tuple[re.Pattern[str], tuple[int, ...]], ...] = tuple(
    (re.compile(p, re.M), groups)
    for p, groups in (
        # Front matter: mask it whole.
        (r"\A---\n(?:.*\n)*?---\n", (0,)),
        # HTML comments.
        (r"<!--.*?-->", (0,)),
        # Images: nothing of them is article text.
        (r"!\[[^\]]*\]\([^)]*\)", (0,)),
        # Links: keep the text, mask the brackets and target.
        (r"(\[)[^\]]+(\]\([^)]*\))", (1, 2)),
        # Headings, blockquotes, list bullets at the start of a line.
        (r"^(#{1,6}\s+)", (1,)),
        (r"^(\s*>\s?)", (1,)),
        (r"^(\s*(?:[-*+]|\d{1,3}[.)])\s+)", (1,)),
        # Emphasis and inline code markers.
        (r"(\*\*|__)(?=\S)", (1,)),
        (r"(?<=\S)(\*\*|__)", (1,)),
        (r"(?<![\w*])(\*|_)(?=\S)", (1,)),
        (r"(?<=\S)(\*|_)(?![\w*])", (1,)),
        (r"(`+)", (1,)),
        # Horizontal rules.
        (r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$", (0,)),
    )
)


@lru_cache(maxsize=64)
def _masked(text: str) -> str:
    return mask_markdown(text)


def sentence_view(article: Article, sentence: Sentence) -> str:
    """The sentence as the analysis sees it: exactly ``sentence.end - sentence.start``
    characters, so offsets in it plus ``sentence.start`` index ``article.text``.

    For Markdown that is the slice with the markup masked by spaces;
    ``sentence.text`` (the markup removed) is shorter and only for display.
    """
    if article.format == "md":
        return _masked(article.text)[sentence.start : sentence.end]
    return article.text[sentence.start : sentence.end]


def mask_markdown(text: str) -> str:
    """Replace Markdown syntax by spaces, keeping every other character in place.

    The result has the same length as ``text``, so offsets found in it point into the
    original file.
    """
    chars = list(text)
    for pattern, groups in _MD_RULES:
        for m in pattern.finditer(text):
            for g in groups:
                start, end = m.span(g)
                for i in range(start, end):
                    if chars[i] != "\n":
                        chars[i] = " "
    return "".join(chars)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its newline."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _select_article_lines(
    text: str, metadata: ArticleMetadata
) -> tuple[tuple[TextBlock, ...], tuple[RemovedLine, ...], ArticleMetadata]:
    lines = _nonempty_lines(text)
    page = PageLines(text, lines, metadata)
    page.classify()
    # A removed line or the headline ends a paragraph: a hard-wrapped paragraph is never
    # merged across it (that would bring removed text, or the headline, into a sentence).
    kept: list[tuple[int, int, int]] = []
    paragraph, previous = 0, -1
    for i, (s, e, para) in enumerate(lines):
        if i in page.reasons:
            continue
        if previous != i - 1 or (previous >= 0 and lines[previous][2] != para) or page.headline in (i, previous):
            paragraph += 1
        kept.append((s, e, paragraph))
        previous = i
    removed = tuple(RemovedLine(s, e, cast(RemovalReason, page.reasons[i])) for i, (s, e, _) in enumerate(lines) if i in page.reasons)
    blocks = _merge_wrapped_lines(text, kept, page.joins)
    meta = dataclasses.replace(
        metadata,
        title=page.title,
        byline=page.byline,
        published=page.published(),
        sources=page.article_sources(),
    )
    return tuple(blocks), removed, meta


def _nonempty_lines(text: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) of every non-empty line, trimmed of surrounding spaces;
    paragraphs are separated by blank lines."""
    out = []
    paragraph = 0
    for start, end in _lines(text):
        stripped = text[start:end].strip()
        if not stripped:
            paragraph += 1
            continue
        # Trim the span to the stripped line so blocks never start with spaces.
        lead = len(text[start:end]) - len(text[start:end].lstrip())
        out.append((start + lead, start + lead + len(stripped), paragraph))
    return out


def _merge_wrapped_lines(
    text: str, kept: list[tuple[int, int, int]], joins: frozenset[int] = frozenset()
) -> list[TextBlock]:
    """Turn kept lines into blocks; lines of a hard-wrapped paragraph become one block.

    A line break normally ends a sentence (headlines, subheads and one-paragraph-per-line
    text have none of their own punctuation there). A paragraph whose lines all have
    similar, long widths and mostly lack final punctuation was wrapped by an editor,
    and its line breaks are mere spaces. Where paragraphs are not separated by blank
    lines, ``joins`` (start offsets of lines that continue on the next kept line) says
    which breaks were made by wrapping.
    """
    blocks: list[TextBlock] = []
    i = 0
    while i < len(kept):
        j = i
        while j + 1 < len(kept) and kept[j + 1][2] == kept[i][2]:
            j += 1
        para = kept[i : j + 1]
        if _looks_hard_wrapped(text, para):
            blocks.append(TextBlock(para[0][0], para[-1][1]))
        else:
            k = 0
            while k < len(para):
                m = k
                while m + 1 < len(para) and para[m][0] in joins:
                    m += 1
                blocks.append(TextBlock(para[k][0], para[m][1]))
                k = m + 1
        i = j + 1
    return blocks


def _looks_hard_wrapped(text: str, para: list[tuple[int, int, int]]) -> bool:
    if len(para) < 3:
        return False
    body = para[:-1]
    widths = [e - s for s, e, _ in body]
    unterminated = sum(1 for s, e, _ in body if not text[s:e].endswith(tuple(_TERMINAL)))
    return min(widths) >= 40 and max(widths) <= 120 and unterminated >= len(body) - 1
