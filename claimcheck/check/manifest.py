"""Corpus manifests: found, parsed, validated (by pydantic, over the dataclasses below).

The TOML tables map onto dataclasses field by field; pydantic checks types, required
keys and unknown keys, and its first error becomes one line naming the file, the set
and the key, as a user can act on it. What pydantic cannot know (files that exist,
names that are unique, articles that belong to their set) is checked afterwards.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Annotated, Any, ClassVar

from annotated_types import Ge, MinLen
from pydantic import AfterValidator, StrictInt, TypeAdapter, ValidationError

from ..errors import ManifestError
from ..types import ClaimKind, DifferenceKind

#: Manifest file looked for in a folder before ``pyproject.toml``.
MANIFEST_NAME = "claimcheck.toml"

#: A non-empty string, NFC-normalised (as the article text it is matched against).
_Text = Annotated[str, MinLen(1), AfterValidator(lambda s: unicodedata.normalize("NFC", s))]
_NonEmpty = Annotated[str, MinLen(1)]
#: Every table of the manifest rejects keys it does not know: a typo ("requre_claims")
#: must not silently drop an expectation.
_TABLE: dict[str, object] = {"extra": "forbid"}


@dataclass(frozen=True)
class RequiredClaim:
    """A claim a set's comparison must find."""

    __pydantic_config__: ClassVar[dict[str, object]] = _TABLE

    article: str
    """The article, as the manifest names it (relative to the manifest)."""
    contains: _Text
    """A substring of the sentence's text (NFC)."""
    kind: ClaimKind | None = None
    """The sentence's claim kind, if it matters."""
    source: _NonEmpty | None = None
    """A canonical source id (``kcna``) that must appear in one of its chains."""
    xfail: _NonEmpty | None = None
    """Why the claim is known not to be found yet, if it is."""

    def describe(self) -> str:
        """``sentence containing "..." (attributed, source kcna)`` for messages."""
        extra = [
            x for x in (self.kind.value if self.kind else None, f"source {self.source}" if self.source else None) if x
        ]
        return f'sentence containing "{self.contains}"' + (f" ({', '.join(extra)})" if extra else "")


@dataclass(frozen=True)
class RequiredDifference:
    """A difference a set's comparison must report."""

    __pydantic_config__: ClassVar[dict[str, object]] = _TABLE

    kind: DifferenceKind
    """What must differ."""
    values: tuple[Annotated[str, AfterValidator(lambda s: unicodedata.normalize("NFC", s))], ...] = ()
    """Substrings of the sides' values, in article order (``""`` matches any)."""
    xfail: _NonEmpty | None = None
    """Why the difference is known not to be reported yet, if it is."""

    def describe(self) -> str:
        """``number difference (100 | 200)`` for messages."""
        return f"{self.kind.value} difference" + (f" ({' | '.join(self.values)})" if self.values else "")


@dataclass(frozen=True)
class Policy:
    """Expectations on a set beyond its golden file."""

    __pydantic_config__: ClassVar[dict[str, object]] = _TABLE

    max_unattributed: Annotated[StrictInt, Ge(0)] | None = None
    """Most unattributed claims allowed over all the set's articles."""
    fail_on: tuple[DifferenceKind, ...] = ()
    """Difference kinds that fail the set whenever one is reported."""
    require_claims: tuple[RequiredClaim, ...] = ()
    """Claims that must be found."""
    require_differences: tuple[RequiredDifference, ...] = ()
    """Differences that must be reported."""


@dataclass(frozen=True)
class ArticleSet:
    """Articles compared together, with what is expected of the comparison."""

    name: str
    """Unique name, used in reports (and as the JUnit test case name)."""
    articles: tuple[str, ...]
    """The article paths as the manifest writes them (relative to the manifest)."""
    paths: tuple[Path, ...]
    """The same, resolved against the manifest's folder."""
    golden: Path | None = None
    """The golden comparison file, resolved."""
    model: str | None = None
    """The embedding model; ``None`` for the default."""
    policy: Policy = field(default_factory=Policy)
    """Expectations besides the golden file."""
    line: int = 1
    """Line of the set's ``[[set]]`` header in the manifest (for annotations)."""


@dataclass(frozen=True)
class Manifest:
    """A corpus manifest, validated."""

    path: Path
    """The file read (``claimcheck.toml`` or ``pyproject.toml``)."""
    root: Path
    """The folder every relative path is resolved against."""
    sets: tuple[ArticleSet, ...]
    """The article sets, in manifest order."""
    allowed: tuple[Path, ...] = ()
    """The folders articles and goldens may be in (resolved): the manifest's folder and
    those given with ``--allow-outside``."""


@dataclass(frozen=True)
class _SetTable:
    """A ``[[set]]`` table as written."""

    __pydantic_config__: ClassVar[dict[str, object]] = _TABLE

    name: _NonEmpty
    articles: Annotated[tuple[_NonEmpty, ...], MinLen(2)]
    golden: _NonEmpty | None = None
    model: _NonEmpty | None = None
    policy: Policy = field(default_factory=Policy)


@dataclass(frozen=True)
class _ManifestTable:
    """The manifest (or ``[tool.claimcheck]``) as written."""

    __pydantic_config__: ClassVar[dict[str, object]] = _TABLE

    set: Annotated[tuple[_SetTable, ...], MinLen(1)]
    model: _NonEmpty | None = None


# ------------------------------------------------------------------------------- loading


def find_manifest(path: Path) -> tuple[Path, bool]:
    """The manifest file for ``path`` and whether it is a ``pyproject.toml``.

    Raises:
        ManifestError: no manifest can be found there.
    """
    if path.is_dir():
        if (path / MANIFEST_NAME).is_file():
            return path / MANIFEST_NAME, False
        if (path / "pyproject.toml").is_file():
            return path / "pyproject.toml", True
        raise ManifestError(f"{display_path(path)}: no {MANIFEST_NAME} and no pyproject.toml with [tool.claimcheck]")
    if not path.exists():
        raise ManifestError(f"{display_path(path)}: no such file or directory")
    if path.suffix != ".toml":
        raise ManifestError(f"{display_path(path)}: a manifest is a .toml file or a folder holding {MANIFEST_NAME}")
    return path, path.name == "pyproject.toml"


def load_manifest(path: str | os.PathLike[str], *, allow_outside: Sequence[str | os.PathLike[str]] = ()) -> Manifest:
    """Read and validate a corpus manifest (see :mod:`claimcheck.check` for the schema).

    Every article and golden path must resolve (symbolic links followed) inside the
    manifest's folder, or inside one of ``allow_outside``: a manifest comes with a pull
    request, and ``check --update-golden`` writes where it says.

    Args:
        path: A folder (holding ``claimcheck.toml`` or ``pyproject.toml``) or a ``.toml`` file.
        allow_outside: More folders the manifest's paths may point into.

    Raises:
        ManifestError: the manifest is missing or malformed, has unknown keys, names
            article files that do not exist, or a path outside the allowed folders, or a
            golden that is the manifest, an article, or not a regular file; the message
            names the file and the problem.
    """
    file, is_pyproject = find_manifest(Path(path))
    shown = display_path(file)
    try:
        text = file.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except OSError as exc:
        raise ManifestError(f"{shown}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise ManifestError(f"{shown}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ManifestError(f"{shown}: not valid TOML: {exc}") from None
    except RecursionError:
        raise ManifestError(f"{shown}: not a manifest (arrays or tables nested too deeply)") from None
    prefix = ""
    if is_pyproject:
        data = data.get("tool", {}).get("claimcheck")
        if not isinstance(data, dict):
            searched = f" (and no {MANIFEST_NAME} next to it)" if Path(path).is_dir() else ""
            raise ManifestError(f"{shown}: no [tool.claimcheck] table{searched}")
        prefix = "tool.claimcheck."
    try:
        table: _ManifestTable = TypeAdapter(_ManifestTable).validate_python(data)
    except ValidationError as exc:
        raise ManifestError(_first_problem(exc, data, shown, prefix)) from None
    root = file.parent
    allowed = (root.resolve(), *(Path(p).resolve() for p in allow_outside))
    lines = _set_lines(text, prefix)
    sets: list[ArticleSet] = []
    for number, raw in enumerate(table.set, start=1):
        where = f'{shown}: set {number} ("{raw.name}")'
        line = lines[number - 1] if number <= len(lines) else 1
        article_set = _article_set(raw, where, root, table.model, line, allowed)
        _check_unique(article_set, sets, where)
        sets.append(article_set)
    _check_goldens(sets, file, shown)
    return Manifest(file, root, tuple(sets), allowed)


def _inside(path: Path, allowed: tuple[Path, ...], key: str, shown_path: str, where: str) -> None:
    """Refuse a path that resolves outside every allowed folder."""
    resolved = path.resolve()
    if not any(resolved.is_relative_to(folder) for folder in allowed):
        raise ManifestError(
            f"{where}: {key} {shown_path!r} is outside the manifest's folder "
            f"(it resolves to {display_path(resolved)}); pass --allow-outside FOLDER to allow it"
        )


def _check_goldens(sets: list[ArticleSet], manifest: Path, shown: str) -> None:
    """A golden is written by --update-golden: never over the manifest or an input, and
    only where a regular file is or none is yet."""
    inputs = {p.resolve() for s in sets for p in s.paths}
    for number, article_set in enumerate(sets, start=1):
        golden = article_set.golden
        if golden is None:
            continue
        where = f'{shown}: set {number} ("{article_set.name}")'
        resolved = golden.resolve()
        if resolved == manifest.resolve():
            raise ManifestError(f"{where}: golden file is the manifest itself")
        if resolved in inputs:
            raise ManifestError(f"{where}: golden file {display_path(golden)} is one of the articles")
        try:
            mode = golden.stat().st_mode
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise ManifestError(f"{where}: golden file {display_path(golden)}: {exc.strerror or exc}") from None
        if not stat.S_ISREG(mode):
            kind = "a directory" if stat.S_ISDIR(mode) else "not a regular file"
            raise ManifestError(f"{where}: golden file {display_path(golden)} is {kind}")


def _article_set(
    raw: _SetTable, where: str, root: Path, default_model: str | None, line: int, allowed: tuple[Path, ...]
) -> ArticleSet:
    """What pydantic cannot check of one set: a name, files that exist inside the allowed
    folders, its own articles."""
    if not raw.name.strip():
        raise ManifestError(f"{where}: 'name' must be a non-empty string")
    if len(set(raw.articles)) != len(raw.articles):
        raise ManifestError(f"{where}: 'articles' names the same file twice")
    paths = tuple(root / a for a in raw.articles)
    for shown_path, resolved in zip(raw.articles, paths, strict=True):
        _inside(resolved, allowed, "article", shown_path, where)
        if not resolved.is_file():
            raise ManifestError(f"{where}: article file not found: {shown_path}")
    if raw.golden:
        _inside(root / raw.golden, allowed, "golden", raw.golden, where)
    for i, claim in enumerate(raw.policy.require_claims, start=1):
        if claim.article not in raw.articles:
            raise ManifestError(
                f"{where}: policy 'require_claims' item {i}: 'article' must be one of the set's articles (got {claim.article!r})"
            )
    return ArticleSet(
        name=raw.name,
        articles=raw.articles,
        paths=paths,
        golden=root / raw.golden if raw.golden else None,
        model=raw.model or default_model,
        policy=raw.policy,
        line=line,
    )


def _check_unique(article_set: ArticleSet, earlier: list[ArticleSet], where: str) -> None:
    for other in earlier:
        if other.name == article_set.name:
            raise ManifestError(f"{where}: another set has the same name")
        golden, other_golden = article_set.golden, other.golden
        if golden is not None and other_golden is not None and golden.resolve() == other_golden.resolve():
            raise ManifestError(f'{where}: golden file is shared with set "{other.name}"')


# ------------------------------------------------------------------------------ messages

#: What a key must hold, for the message when it does not.
_MUST: dict[str, str] = {
    "name": "'name' must be a non-empty string",
    "articles": "'articles' must be a list of paths",
    "golden": "'golden' must be a non-empty string",
    "model": "'model' must be a non-empty string",
    "policy": "'policy' must be a table",
    "max_unattributed": "'max_unattributed' must be a whole number >= 0",
    "fail_on": "'fail_on' must be a list of difference kinds",
    "require_claims": "'require_claims' must be a list of tables",
    "require_differences": "'require_differences' must be a list of tables",
    "contains": "'contains' must be a non-empty string",
    "source": "'source' must be a canonical source id such as \"kcna\"",
    "values": "'values' must be a list of strings",
    "xfail": "'xfail' must be a non-empty string",
}
#: The table class of each list of tables in a policy.
_TABLES: dict[str, type] = {"require_claims": RequiredClaim, "require_differences": RequiredDifference}


def _first_problem(exc: ValidationError, data: dict[str, Any], shown: str, prefix: str) -> str:
    """The first of pydantic's errors as one line: where (file, set, table, item), then what."""
    errors = exc.errors()
    # The first set first; within a place, unknown keys first: a typo explains the rest.
    error = min(errors, key=lambda e: (_set_index(e["loc"]), e["type"] != "unexpected_keyword_argument"))
    loc: list[int | str] = list(error["loc"])
    kind = error["type"]
    if loc[:1] == ["set"] and (len(loc) == 1 or (len(loc) == 2 and kind == "dataclass_type")):
        return f"{shown}: expected at least one [[{prefix}set]] table"
    where: str = shown
    table: type = _ManifestTable
    if loc[:1] == ["set"]:
        index = _set_index(error["loc"])
        name = data["set"][index].get("name")
        where = f"{shown}: set {index + 1}" + (f' ("{name}")' if isinstance(name, str) else "")
        loc, table = loc[2:], _SetTable
    if loc[:1] == ["policy"] and len(loc) > 1:
        key = loc[1]
        if key in ("require_claims", "require_differences") and len(loc) > 2 and isinstance(loc[2], int):
            if len(loc) == 3:  # the item is not a table
                return f"{where}: policy {_MUST[str(key)]}"
            where, loc, table = f"{where}: policy '{key}' item {loc[2] + 1}", loc[3:], _TABLES[str(key)]
        elif key == "fail_on" and len(loc) > 2:
            return f"{where}: policy 'fail_on': {_unknown_kind(DifferenceKind, error['input'])}"
        else:
            where, loc, table = f"{where}: policy", loc[1:], Policy
    problem = _problem(loc, kind, error, table)
    # "policy 'fail_on' must be ...", but "policy: unknown key ...".
    separator = " " if table is Policy and problem.startswith("'") else ": "
    return f"{where}{separator}{problem}"


def _problem(loc: list[int | str], kind: str, error: Any, table: type) -> str:
    """What is wrong with the key at ``loc`` of ``table``, for a user."""
    key = str(loc[0]) if loc else ""
    if kind == "unexpected_keyword_argument":
        known = ", ".join(sorted(f.name for f in fields(table)))
        return f"unknown key {key!r} (expected one of: {known})"
    given = None if kind == "missing" else error["input"]
    if key == "kind":
        return _unknown_kind(ClaimKind if table is RequiredClaim else DifferenceKind, given)
    if key == "article":
        return f"'article' must be one of the set's articles (got {given!r})"
    if key == "articles" and kind == "too_short" and len(loc) == 1:
        return "'articles' must name at least two files to compare"
    return _MUST.get(key, f"{key!r}: {error['msg']}")


def _unknown_kind(kinds: type[ClaimKind] | type[DifferenceKind], value: object) -> str:
    name = "claim kind" if kinds is ClaimKind else "difference kind"
    return f"unknown {name} {value!r} (expected one of: {', '.join(k.value for k in kinds)})"


def _set_index(loc: tuple[int | str, ...]) -> int:
    """The set an error is in; -1 before every set (top-level keys), a large number after
    them for the list itself (pydantic adds "too short" to a list one of whose items fails)."""
    if loc == ("set",):
        return 1 << 30
    return loc[1] if len(loc) > 1 and loc[0] == "set" and isinstance(loc[1], int) else -1


def _set_lines(text: str, prefix: str) -> list[int]:
    header = re.compile(r"^\s*\[\[\s*" + re.escape(prefix) + r"set\s*\]\]")
    return [n for n, line in enumerate(text.splitlines(), start=1) if header.match(line)]


def display_path(path: Path) -> str:
    """``path`` relative to the working directory when inside it, else as given (POSIX form)."""
    if path.is_absolute():
        try:
            relative = Path(os.path.relpath(path))
        except ValueError:  # another drive (Windows)
            return str(path)
        if relative.parts[:1] != ("..",):
            return relative.as_posix()
    return path.as_posix()
