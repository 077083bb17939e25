"""Where claimcheck keeps what it writes: the caches and the derived models.

One place computes both, so the embedding cache, the analysis cache and the model
folder never disagree about the user's cache directory.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["CHECKOUT_MODELS_DIR", "DEFAULT_MODEL", "cache_root", "default_model_dir", "models_root", "user_cache_dir"]

DEFAULT_MODEL = "multilingual-e5-small"
"""Name of the default embedding model (its manifest's file stem and its folder's name)."""

# In a source checkout the canonical manifests live in <repo>/models/ next to the
# package, and the default model is derived beside them.
CHECKOUT_MODELS_DIR = Path(__file__).resolve().parent.parent / "models"


def user_cache_dir() -> Path:
    """The platform's per-user cache folder for claimcheck (platformdirs)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("claimcheck"))


def cache_root() -> Path:
    """Cache root: ``$CLAIMCHECK_CACHE_DIR``, else :func:`user_cache_dir`."""
    configured = os.environ.get("CLAIMCHECK_CACHE_DIR")
    if configured:
        return Path(configured).expanduser()
    return user_cache_dir()


def models_root() -> Path:
    """Folder that holds derived model folders.

    ``$CLAIMCHECK_HOME/models`` when that variable is set; else the checkout's
    ``models/`` folder when claimcheck runs from a source checkout; else
    ``<user cache dir>/models``.
    """
    home = os.environ.get("CLAIMCHECK_HOME")
    if home:
        return Path(home).expanduser() / "models"
    if (CHECKOUT_MODELS_DIR / f"{DEFAULT_MODEL}.toml").is_file():
        return CHECKOUT_MODELS_DIR
    return user_cache_dir() / "models"


def default_model_dir() -> Path:
    """Folder the default model is (or will be) derived into."""
    return models_root() / DEFAULT_MODEL
