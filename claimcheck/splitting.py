"""Splitting a read document into sentences, language by language.

The article's language comes from all of its text; a block (line or paragraph) written
in another script gets its own language (an English breadcrumb-like line inside a
Gujarati page, an Urdu quote in an English story) and is split with that language's
pipeline. Offsets of sentences point into :attr:`ReadDocument.text`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .lang import LANGUAGES, is_supported
from .language import LanguageGuess, detect_language, dominant_script
from .pipeline import get_pipeline
from .reading import ReadDocument, TextBlock
from .types import Article, Sentence

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc


@dataclass(frozen=True)
class SentenceTokens:
    """Where a sentence's tokens are: the spaCy doc of its block (or of the sentence
    alone), the token range, and the article offset of the doc's first character."""

    sentence: Sentence
    doc: Doc
    start: int
    """First token of the sentence in :attr:`doc`."""
    end: int
    """One past its last token."""
    base: int
    """Offset in the article's text of :attr:`doc`'s first character."""


def article_id(path: str) -> str:
    """A short name for reports: the file name, or ``<stdin>``."""
    return "<stdin>" if path == "-" else Path(path).name


def split_document(doc: ReadDocument, *, lang: str | None = None) -> Article:
    """Detect languages and split ``doc`` into sentences.

    Args:
        doc: The reader's output.
        lang: Force every sentence to this language (the CLI's ``--lang``).
    """
    article, _ = split_with_tokens(doc, lang=lang, pipeline=get_pipeline)
    return article


def split_with_tokens(
    doc: ReadDocument, *, lang: str | None, pipeline: Callable[[str], Language]
) -> tuple[Article, list[SentenceTokens]]:
    """:func:`split_document` with a given pipeline per language, also returning each
    sentence's tokens: analysis passes the pipeline with the attribution component, so
    every block is tokenised once, and its relations are read from those tokens."""
    warnings: list[str] = []
    if doc.normalised:
        warnings.append("the text was not in Unicode NFC form and was normalised")
    warnings.extend(doc.warnings)
    body = "\n".join(doc.analysis_text[b.start : b.end] for b in doc.blocks)
    article_guess = LanguageGuess(lang, dominant_script(body)[0] or "Unknown", 1.0) if lang else detect_language(body)
    article_lang = article_guess.code
    if not is_supported(article_lang):
        supported = ", ".join(LANGUAGES)
        warnings.append(
            f"language {article_lang!r} is not supported ({supported}); "
            "sentences are split with language-neutral rules and no attribution is found"
        )
    tokens: list[SentenceTokens] = []
    for block in doc.blocks:
        block_lang = lang or _block_language(doc.analysis_text, block, article_guess)
        tokens.extend(_split_block(doc, block, pipeline(block_lang), block_lang, len(tokens)))
    sentences = [t.sentence for t in tokens]
    article = Article(
        id=article_id(doc.path),
        path=doc.path,
        format=doc.format,
        text=doc.text,
        lang=article_lang,
        sentences=tuple(sentences),
        metadata=doc.metadata,
        removed=doc.removed,
        warnings=tuple(warnings),
    )
    return article, tokens


def _block_language(text: str, block: TextBlock, article: LanguageGuess) -> str:
    """The block's language: the article's, unless the block is in another script."""
    script, _ = dominant_script(text[block.start : block.end])
    if script is None or script == article.script:
        return article.code
    return detect_language(text[block.start : block.end]).code


#: Longest stretch of text tokenised at once. spaCy refuses texts over its ``max_length``
#: (a million characters: E088) and needs about 1 GB per 100,000 characters to parse,
#: while a news paragraph is a few thousand; a longer block (a page with no line breaks)
#: is cut into chunks, between sentences where it can be.
MAX_CHUNK = 100_000
#: Where a chunk may end, best first: after sentence-final punctuation, then at a space.
_CUT_AFTER = ".!?।॥۔؟\n"


def chunks(text: str, start: int, end: int, limit: int = MAX_CHUNK) -> list[tuple[int, int]]:
    """``text[start:end]`` as consecutive (start, end) pieces of at most ``limit``
    characters, cut after a sentence end or at a space when there is one."""
    out: list[tuple[int, int]] = []
    pos = start
    while end - pos > limit:
        window = text[pos : pos + limit]
        cut = max(window.rfind(ch + " ") for ch in _CUT_AFTER) + 1
        if cut <= 0:
            cut = window.rfind(" ") + 1
        if cut <= 0:
            cut = limit
        out.append((pos, pos + cut))
        pos += cut
    out.append((pos, end))
    return out


def _split_block(
    doc: ReadDocument, block: TextBlock, nlp: Language, lang: str, first_index: int
) -> list[SentenceTokens]:
    out: list[SentenceTokens] = []
    for chunk_start, chunk_end in chunks(doc.analysis_text, block.start, block.end):
        spacy_doc = nlp(doc.analysis_text[chunk_start:chunk_end])
        for sent in spacy_doc.sents:
            raw = sent.text
            stripped = raw.strip()
            if not stripped:
                continue
            start = chunk_start + sent.start_char + (len(raw) - len(raw.lstrip()))
            end = start + len(stripped)
            text = stripped if doc.analysis_text is doc.text else _unmasked(doc, start, end)
            sentence = Sentence(index=first_index + len(out), start=start, end=end, text=text, lang=lang)
            out.append(SentenceTokens(sentence, spacy_doc, sent.start, sent.end, chunk_start))
    return out


def _unmasked(doc: ReadDocument, start: int, end: int) -> str:
    """The sentence as it reads: original characters where the markup was not masked."""
    original = doc.text[start:end]
    masked = doc.analysis_text[start:end]
    kept = "".join(o for o, m in zip(original, masked, strict=True) if not (m == " " and o != " "))
    return " ".join(kept.split()) if kept != original else kept
