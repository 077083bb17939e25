"""User-facing errors: one exception type per kind of problem a user can act on.

The CLI catches :class:`ClaimcheckError` (and only it) and turns it into a one-line
message and exit code 2; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Base class of every error claimcheck reports to the user as a one-line message."""


class InputError(ClaimcheckError):
    """An input path cannot be read as an article (missing, directory, binary, empty...)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class UnsupportedLanguageError(ClaimcheckError):
    """A language code was asked for that claimcheck has no data for."""


class ModelError(ClaimcheckError):
    """The embedding model is missing, cannot be derived, or failed verification."""


class ManifestError(ClaimcheckError):
    """A corpus manifest (claimcheck.toml) is malformed or names missing files."""


class GoldError(ClaimcheckError):
    """A gold annotation file is malformed."""
