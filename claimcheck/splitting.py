"""Splitting a read document into sentences, language by language.

The article's language comes from all of its text; a block (line or paragraph) written
in another script gets its own language (an English breadcrumb-like line inside a
Gujarati page, an Urdu quote in an English story) and is split with that language's
pipeline. Offsets of sentences point into :attr:`ReadDocument.text`.
"""

from __future__ import annotations

from pathlib import Path

from .lang import LANGUAGES, is_supported
from .language import LanguageGuess, detect_language, dominant_script
from .pipeline import get_pipeline
from .reading import ReadDocument, TextBlock
from .types import Article, Sentence


def article_id(path: str) -> str:
    """A short name for reports: the file name, or ``<stdin>``."""
    return "<stdin>" if path == "-" else Path(path).name


def split_document(doc: ReadDocument, *, lang: str | None = None) -> Article:
    """Detect languages and split ``doc`` into sentences.

    Args:
        doc: The reader's output.
        lang: Force every sentence to this language (the CLI's ``--lang``).
    """
    warnings: list[str] = []
    if doc.normalised:
        warnings.append("the text was not in Unicode NFC form and was normalised")
    body = "\n".join(doc.analysis_text[b.start : b.end] for b in doc.blocks)
    article_guess = LanguageGuess(lang, dominant_script(body)[0] or "Unknown", 1.0) if lang else detect_language(body)
    article_lang = article_guess.code
    if not is_supported(article_lang):
        supported = ", ".join(LANGUAGES)
        warnings.append(
            f"language {article_lang!r} is not supported ({supported}); "
            "sentences are split with language-neutral rules and no attribution is found"
        )
    sentences: list[Sentence] = []
    for block in doc.blocks:
        block_lang = lang or _block_language(doc.analysis_text, block, article_guess)
        sentences.extend(_split_block(doc, block, block_lang, len(sentences)))
    return Article(
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


def _block_language(text: str, block: TextBlock, article: LanguageGuess) -> str:
    """The block's language: the article's, unless the block is in another script."""
    script, _ = dominant_script(text[block.start : block.end])
    if script is None or script == article.script:
        return article.code
    return detect_language(text[block.start : block.end]).code


def _split_block(doc: ReadDocument, block: TextBlock, lang: str, first_index: int) -> list[Sentence]:
    nlp = get_pipeline(lang)
    analysed = doc.analysis_text[block.start : block.end]
    spacy_doc = nlp(analysed)
    out: list[Sentence] = []
    for sent in spacy_doc.sents:
        raw = sent.text
        stripped = raw.strip()
        if not stripped:
            continue
        start = block.start + sent.start_char + (len(raw) - len(raw.lstrip()))
        end = start + len(stripped)
        text = stripped if doc.analysis_text is doc.text else _unmasked(doc, start, end)
        out.append(Sentence(index=first_index + len(out), start=start, end=end, text=text, lang=lang))
    return out


def _unmasked(doc: ReadDocument, start: int, end: int) -> str:
    """The sentence as it reads: original characters where the markup was not masked."""
    original = doc.text[start:end]
    masked = doc.analysis_text[start:end]
    kept = "".join(o for o, m in zip(original, masked, strict=True) if not (m == " " and o != " "))
    return " ".join(kept.split()) if kept != original else kept
