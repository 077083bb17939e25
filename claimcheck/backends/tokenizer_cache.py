"""One ``tokenizers.Tokenizer`` per ``tokenizer.json`` per process.

The default model's tokenizer (250k pieces) takes a second and a few hundred MB to
load; the ONNX backend and name detection (:mod:`claimcheck.models.vocabulary`) both
use it, and share this one copy.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from tokenizers import Tokenizer

__all__ = ["load_tokenizer"]

_LOADED: dict[tuple[Path, int, int], Tokenizer] = {}
_LOCK = threading.Lock()


def load_tokenizer(path: Path) -> Tokenizer:
    """The tokenizer in ``path``, loaded once per process (again if the file changes).

    Callers must not change its settings (padding, truncation): others share it.
    """
    from tokenizers import Tokenizer

    resolved = path.resolve()
    stat = resolved.stat()
    key = (resolved, stat.st_size, stat.st_mtime_ns)
    with _LOCK:
        if key not in _LOADED:
            for stale in [k for k in _LOADED if k[0] == resolved]:
                del _LOADED[stale]
            _LOADED[key] = Tokenizer.from_file(str(resolved))
        return _LOADED[key]
