"""The public API: read articles, analyse their claims, compare them.

Each function takes the previous step's typed result and returns its own; the CLI and
the renderers call only these.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from .errors import ClaimcheckError
from .reading import read_document
from .splitting import split_document
from .types import Article


def read_article(path: str, *, lang: str | None = None, stdin: BinaryIO | None = None) -> Article:
    """Read one article (file path or ``-`` for stdin) and split it into sentences.

    Raises:
        InputError: the input cannot be read as an article.
        UnsupportedLanguageError: ``lang`` names a language claimcheck has no data for.
    """
    lang = _check_language(lang)
    return split_document(read_document(path, stdin=stdin), lang=lang)


@dataclass(frozen=True)
class ReadFailure:
    """An input that could not be read, when the caller asked to keep going."""

    path: str
    """The input as given."""
    message: str
    """The one-line reason."""


def _each_input(
    paths: Sequence[str],
    load: Callable[[str], Article],
    keep_going: bool,
    on_error: Callable[[ReadFailure], None] | None,
) -> tuple[list[Article], list[ReadFailure]]:
    """``load`` every input; stop at the first bad one unless ``keep_going``."""
    articles: list[Article] = []
    failures: list[ReadFailure] = []
    for path in paths:
        try:
            articles.append(load(path))
        except ClaimcheckError as exc:
            if not keep_going:
                raise
            failure = ReadFailure(path, str(exc))
            failures.append(failure)
            if on_error:
                on_error(failure)
    return _unique_ids(articles), failures


def _unique_ids(articles: list[Article]) -> list[Article]:
    """Articles are named by file name in reports; two inputs with one name (``a/x.txt``,
    ``b/x.txt``) are named by their paths instead, and a file given twice gets ``#2``."""
    from collections import Counter
    from dataclasses import replace

    names = Counter(a.id for a in articles)
    renamed = [replace(a, id=a.path) if names[a.id] > 1 else a for a in articles]
    seen: Counter[str] = Counter()
    unique = []
    for article in renamed:
        seen[article.id] += 1
        unique.append(article if seen[article.id] == 1 else replace(article, id=f"{article.id}#{seen[article.id]}"))
    return unique


def read_articles(
    paths: Sequence[str],
    *,
    lang: str | None = None,
    keep_going: bool = False,
    on_error: Callable[[ReadFailure], None] | None = None,
) -> tuple[list[Article], list[ReadFailure]]:
    """Read several inputs; stop at the first bad one unless ``keep_going``."""
    return _each_input(paths, lambda path: read_article(path, lang=lang), keep_going, on_error)


def analyze_inputs(
    paths: Sequence[str],
    *,
    lang: str | None = None,
    keep_going: bool = False,
    on_error: Callable[[ReadFailure], None] | None = None,
    cache: bool = True,
) -> tuple[list[Article], list[ReadFailure]]:
    """Read and analyse several inputs, reusing cached analyses of unchanged ones.

    The result equals ``analyze(read_articles(...))``; with ``cache`` an input whose
    bytes, name, options and claimcheck version were analysed before is read back from
    the analysis cache without loading spaCy.
    """
    from . import article_cache
    from .reading import read_bytes, read_document_bytes

    lang = _check_language(lang)

    def load(path: str) -> Article:
        data = read_bytes(path)
        key = article_cache.analysis_key(data, path, lang) if cache else ""
        article = article_cache.load(key) if cache else None
        if article is None:
            (article,) = analyze([split_document(read_document_bytes(data, path), lang=lang)])
            if cache:
                article_cache.store(key, article)
        return article

    return _each_input(paths, load, keep_going, on_error)


def _check_language(lang: str | None) -> str | None:
    """The ``--lang`` code normalised (``EN`` -> ``en``); fails early, listing the
    supported languages, on an unknown one."""
    if lang is None:
        return None
    from .lang import get_defaults

    code = lang.strip().lower()
    get_defaults(code)
    return code


def analyze(articles: Iterable[Article]) -> list[Article]:
    """Find the attributed claims of every sentence of each article."""
    from .attribution import attribute_article

    return [attribute_article(a) for a in articles]


def compare(articles: Sequence[Article], **options: object) -> object:
    """Group the same claim across articles and report where they differ."""
    from .comparison import compare_articles

    return compare_articles(analyze(articles), **options)  # type: ignore[arg-type]
