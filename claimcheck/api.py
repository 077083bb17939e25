"""The public API, and the only place the steps are chained: read -> analyse -> compare.

Each function takes the previous step's typed result and returns its own; the CLI calls
only these. Heavy modules (spaCy, numpy, sentence-transformers) load inside the
functions that need them, so importing this module stays cheap. For example::

    import claimcheck

    comparison = claimcheck.compare_texts([gujarati_text, english_text], langs=["gu", "en"])
    for group in comparison.groups:
        print(group.members, [d.detail for d in group.differences])
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from .errors import ClaimcheckError, InputError
from .types import Article, Comparison

if TYPE_CHECKING:  # pragma: no cover
    from .check import ArticleSet, CheckReport
    from .evaluation import EvaluationReport
    from .models import VerifyReport
    from .reading import ReadDocument

#: Receives one-line status messages (the default model derived on first use).
Message = Callable[[str], None]
#: Called with (done, total) while sentences are embedded.
Progress = Callable[[int, int], None]

__all__ = [
    "ReadFailure",
    "analyze",
    "analyze_inputs",
    "article_from_text",
    "check_corpus",
    "compare",
    "compare_texts",
    "evaluate_attribution",
    "install_model",
    "is_analyzed",
    "read_article",
    "read_articles",
    "verify_model",
]


# -- read --------------------------------------------------------------------------------


def read_article(path: str, *, lang: str | None = None, stdin: BinaryIO | None = None) -> Article:
    """Read one article (file path or ``-`` for stdin) and split it into sentences.

    Raises:
        InputError: the input cannot be read as an article.
        UnsupportedLanguageError: ``lang`` names a language claimcheck has no data for.
    """
    from .reading import read_document
    from .splitting import split_document

    lang = _check_language(lang)
    return split_document(read_document(path, stdin=stdin), lang=lang)


def article_from_text(text: str, *, name: str = "text", lang: str | None = None, fmt: str = "txt") -> Article:
    """An article from text in memory, read and split as a file with that text would be.

    Args:
        text: The article (plain text, or Markdown or HTML with ``fmt``).
        name: The article's id and path in reports.
        lang: Force every sentence to this language; ``None`` detects it.
        fmt: ``txt``, ``md`` or ``html``.

    Raises:
        InputError: the text is empty, or holds only page furniture.
        UnsupportedLanguageError: ``lang`` names a language claimcheck has no data for.
    """
    from .splitting import split_document

    lang = _check_language(lang)
    return split_document(_read_text(text, name, fmt), lang=lang)


def _read_text(text: str, name: str, fmt: str) -> ReadDocument:
    from .reading import read_text

    if not text.strip():
        raise InputError(name, "is empty")
    return read_text(text, name, fmt=fmt)


@dataclass(frozen=True)
class ReadFailure:
    """An input that could not be read, when the caller asked to keep going."""

    path: str
    """The input as given."""
    message: str
    """The one-line reason."""


#: A language for every input (``"ur"``), or per input: a mapping from a path or file
#: name to a code, with ``"*"`` for the rest (the CLI's ``--lang a.txt=ur --lang en``).
Languages = str | Mapping[str, str] | None


def language_for(path: str, lang: Languages) -> str | None:
    """The language ``lang`` forces on the input ``path`` (``None``: detect it)."""
    if lang is None or isinstance(lang, str):
        return lang
    from pathlib import Path

    for key in (path, Path(path).name):
        if key in lang:
            return lang[key]
    return lang.get("*")


def read_articles(
    paths: Sequence[str],
    *,
    lang: Languages = None,
    keep_going: bool = False,
    on_error: Callable[[ReadFailure], None] | None = None,
) -> tuple[list[Article], list[ReadFailure]]:
    """Read several inputs; stop at the first bad one unless ``keep_going``.

    Articles are named by file name; inputs that share one (``a/x.txt``, ``b/x.txt``)
    are named by their paths, and a file given twice gets ``#2``.
    """
    _check_languages(lang)
    return _each_input(paths, lambda path: read_article(path, lang=language_for(path, lang)), keep_going, on_error)


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
    names = Counter(a.id for a in articles)
    renamed = [replace(a, id=a.path) if names[a.id] > 1 else a for a in articles]
    seen: Counter[str] = Counter()
    unique = []
    for article in renamed:
        seen[article.id] += 1
        unique.append(article if seen[article.id] == 1 else replace(article, id=f"{article.id}#{seen[article.id]}"))
    return unique


def _check_languages(lang: Languages) -> Languages:
    """:func:`_check_language` of every code in ``lang``, normalised alike."""
    if lang is None or isinstance(lang, str):
        return _check_language(lang)
    return {key: code for key, value in lang.items() if (code := _check_language(value)) is not None}


def _check_language(lang: str | None) -> str | None:
    """The ``--lang`` code normalised (``EN`` -> ``en``); fails early, listing the
    supported languages, on an unknown one."""
    if lang is None:
        return None
    from .lang import get_defaults

    code = lang.strip().lower()
    get_defaults(code)
    return code


# -- analyse -----------------------------------------------------------------------------


def is_analyzed(article: Article) -> bool:
    """Whether the attribution step has run on ``article`` (every sentence has a kind)."""
    return all(sentence.kind is not None for sentence in article.sentences)


def analyze(articles: Iterable[Article]) -> list[Article]:
    """Find the attributed claims of every sentence of each article.

    Articles analysed already are returned as they are, not analysed again.
    """
    out = []
    for article in articles:
        if not is_analyzed(article):
            from .attribution import attribute_article

            article = attribute_article(article)
        out.append(article)
    return out


def analyze_inputs(
    paths: Sequence[str],
    *,
    lang: Languages = None,
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

    languages = _check_languages(lang)

    def load(path: str) -> Article:
        data = read_bytes(path)
        forced = language_for(path, languages)
        key = article_cache.analysis_key(data, path, forced) if cache else ""
        article = article_cache.load(key) if cache else None
        if article is None:
            # Imported here: a run whose inputs are all cached loads no spaCy.
            from .attribution import analyze_document

            # One pass of the language's pipeline tokenises, splits and attributes.
            article = analyze_document(read_document_bytes(data, path), lang=forced)
            if cache:
                article_cache.store(key, article)
        return article

    return _each_input(paths, load, keep_going, on_error)


# -- compare -----------------------------------------------------------------------------


def compare(
    articles: Sequence[Article],
    *,
    model: str | None = None,
    cache: bool = True,
    progress: Progress | None = None,
    message: Message | None = None,
) -> Comparison:
    """Group the same claim across articles and report where they agree and differ.

    Args:
        articles: Read (:func:`read_article`) or analysed (:func:`analyze`) articles,
            in report order; only those not analysed yet are analysed here.
        model: A sentence-transformers model name or folder; ``None`` for the default
            model (derived offline on first use).
        cache: Use the on-disk embedding cache.
        progress: Called with (done, total) while embedding.
        message: Receives one-line status messages (model derivation on first use).

    Raises:
        ModelError: the model is missing and cannot be derived.
    """
    from .alignment import align_pairs, embed_claims
    from .comparison import compare_aligned
    from .embedding import get_embedder

    analysed = analyze(articles)
    _check_size(analysed)
    embedder = get_embedder(model, cache=cache, progress_message=message)
    vectors, refs = embed_claims(analysed, lambda texts: embedder.encode(texts, progress=progress))
    pairs = align_pairs(analysed, vectors, refs, encode=embedder.encode)
    return compare_aligned(analysed, pairs, refs, embedder.identity, embedder.encode)


#: Most sentences an article may have to be compared. Alignment scores every pair of
#: claims of two articles (memory grows as their product: two articles of 40,000
#: sentences would need about 25 GB); a news article has a few hundred sentences.
MAX_COMPARED_SENTENCES = 5_000


def _check_size(articles: Sequence[Article]) -> None:
    for article in articles:
        if len(article.sentences) > MAX_COMPARED_SENTENCES:
            raise InputError(
                article.path,
                f"has {len(article.sentences):,} sentences; compare aligns at most "
                f"{MAX_COMPARED_SENTENCES:,} per article (a news article has a few hundred): "
                "split it into articles",
            )


def compare_texts(
    texts: Sequence[str],
    *,
    langs: Sequence[str | None] | None = None,
    names: Sequence[str] | None = None,
    model: str | None = None,
    cache: bool = True,
) -> Comparison:
    """:func:`compare` articles given as text rather than files.

    Args:
        texts: The articles' plain text, in report order.
        langs: Per text, its language code, or ``None`` to detect it; ``None`` detects all.
        names: Per text, its id in the report; by default ``text-1``, ``text-2``...
        model: As for :func:`compare`.
        cache: As for :func:`compare`.

    Raises:
        ValueError: ``langs`` or ``names`` is not one per text.
        InputError: a text is empty or holds only page furniture.
        UnsupportedLanguageError: a code in ``langs`` is not supported.
    """
    langs = list(langs) if langs is not None else [None] * len(texts)
    names = list(names) if names is not None else [f"text-{n}" for n in range(1, len(texts) + 1)]
    if len(langs) != len(texts) or len(names) != len(texts):
        raise ValueError(f"{len(texts)} texts need as many langs and names (got {len(langs)} and {len(names)})")
    from .attribution import analyze_document

    # One pass of each language's pipeline tokenises, splits and attributes, as for files.
    articles = [
        analyze_document(_read_text(text, name, "txt"), lang=_check_language(lang))
        for text, name, lang in zip(texts, names, langs, strict=True)
    ]
    return compare(_unique_ids(articles), model=model, cache=cache)


# -- check, evaluate, models ----------------------------------------------------------


def check_corpus(
    path: str | os.PathLike[str],
    *,
    update_golden: bool = False,
    only: Collection[str] | None = None,
    cache: bool = True,
    message: Message | None = None,
    allow_outside: Sequence[str | os.PathLike[str]] = (),
) -> CheckReport:
    """Compare every article set of a corpus manifest and check it against its golden
    file and policy (see :mod:`claimcheck.check` for the manifest).

    Args:
        path: A folder holding ``claimcheck.toml`` (or ``pyproject.toml`` with
            ``[tool.claimcheck]``), or a ``.toml`` manifest.
        update_golden: Rewrite each golden file from the current comparison.
        only: Names of the sets to run (all when ``None``).
        cache: Use the on-disk analysis and embedding caches.
        message: Receives one-line status messages (model derivation, a line per set).
        allow_outside: Folders outside the manifest's own that its article and golden
            paths may point into (by default, none).

    Raises:
        ManifestError: the manifest is missing or malformed, names a path outside the
            allowed folders, or ``only`` names no set.
        ClaimcheckError: an article cannot be read, or the model is missing.
    """
    from .check import load_manifest, run_check

    # Sets share articles (a base against each of its variants): analyse each once.
    analysed: dict[Path, Article] = {}

    def compare_set(article_set: ArticleSet) -> Comparison:
        for file in article_set.paths:
            if file not in analysed:
                analysed[file] = analyze_inputs([str(file)], cache=cache)[0][0]
        articles = [analysed[file] for file in article_set.paths]
        return compare(articles, model=article_set.model, cache=cache, message=message)

    manifest = load_manifest(path, allow_outside=allow_outside)
    return run_check(manifest, compare=compare_set, update_golden=update_golden, only=only, message=message)


def evaluate_attribution(
    gold: Sequence[str | os.PathLike[str]], *, definition: str | None = None
) -> list[EvaluationReport]:
    """Score attribution on hand-annotated gold, one report per file or folder: JSON lines
    (claimcheck's gold) or a folder of brat standoff (``.ann`` + ``.txt``, e.g. PolNeAR).

    Args:
        gold: Gold files or folders.
        definition: ``claimcheck`` (attributed claims, the rules' relations) or ``polnear``
            (PolNeAR's broader attributions and boundaries: the trained tagger first);
            ``None`` picks by format: ``polnear`` for brat folders, ``claimcheck`` else.

    Raises:
        GoldError: a gold file is missing or malformed (the message names file and line).
    """
    from .evaluation import evaluate, load_gold, predictor_for

    reports = []
    for path in map(Path, gold):
        chosen = definition or ("polnear" if path.is_dir() else "claimcheck")
        reports.append(evaluate(load_gold(path), path.stem if path.is_file() else path.name, predictor_for(chosen)))
    return reports


def install_model(*, force: bool = False, progress: Message | None = None) -> Path:
    """Derive the default embedding model offline (see :mod:`claimcheck.models`); returns its folder."""
    from .models import install_model as install

    return install(force=force, progress=progress)


def verify_model(*, progress: Message | None = None) -> VerifyReport:
    """Re-check the derived default model: source hash, file hashes, fidelity."""
    from .models import verify_model as verify

    return verify(progress=progress)
