"""CI checks over corpora: manifests of article sets, golden comparisons, policies.

``claimcheck check`` reads a corpus manifest, compares each article set and tells whether
its expectations hold. The manifest is ``claimcheck.toml`` in a folder, the
``[tool.claimcheck]`` table of ``pyproject.toml``, or any ``.toml`` file named directly.
Paths inside it are relative to the manifest's folder::

    model = "multilingual-e5-small"          # optional: default model of every set

    [[set]]
    name = "seeds"                           # required, unique
    articles = ["seeds/000.txt", "seeds/003.txt"]   # required: at least two files
    golden = "seeds/expected.json"           # optional: the expected comparison JSON
    model = "multilingual-e5-small"          # optional: this set's model
    [set.policy]                             # optional, every key optional
    max_unattributed = 10                    # most unattributed claims allowed
    fail_on = ["source", "number"]           # difference kinds that fail the set
    require_claims = [                       # sentences that must be found
      { article = "seeds/000.txt", contains = "...", kind = "attributed", source = "kcna" },
    ]
    require_differences = [                  # differences that must be reported
      { kind = "number", values = ["100", "200"] },
      { kind = "source", values = ["kcna", "yonhap"], xfail = "why it is not found yet" },
    ]

``require_claims``: some sentence of ``article`` contains ``contains`` (and, when given,
has claim ``kind`` and the canonical source id ``source`` somewhere in a chain).
``require_differences``: some difference has ``kind`` and, when ``values`` is given, its
n-th side's value contains the n-th string (case-insensitive; ``""`` matches any value).
Either kind of requirement may carry ``xfail = "reason"``: a known gap. It is reported
but does not fail the set while it fails, and fails the set once it holds (so that the
marker is removed and the expectation guards from then on), as pytest's strict xfail.

A golden file holds the comparison's JSON data (that of ``claimcheck compare --format
json``; the caller passes ``render.json.comparison_data`` in, as the library never
imports a renderer) with article paths made relative to the manifest, plus the sha256 of
every input (sqlfluff keeps such a hash in its parse fixtures), so that a changed input
is told apart from changed behaviour. Goldens are written only by ``claimcheck check --update-golden``, never by hand.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import re
import tomllib
import unicodedata
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ManifestError
from .types import ClaimKind, Comparison, DifferenceKind

#: Manifest file looked for in a folder before ``pyproject.toml``.
MANIFEST_NAME = "claimcheck.toml"
#: Floats in goldens (similarities) may differ by this much between machines.
FLOAT_TOLERANCE = 0.002

_TOP_KEYS = frozenset({"set", "model"})
_SET_KEYS = frozenset({"name", "articles", "golden", "model", "policy"})
_POLICY_KEYS = frozenset({"max_unattributed", "fail_on", "require_claims", "require_differences"})
_CLAIM_KEYS = frozenset({"article", "contains", "kind", "source", "xfail"})
_DIFFERENCE_KEYS = frozenset({"kind", "values", "xfail"})


@dataclass(frozen=True)
class RequiredClaim:
    """A claim a set's comparison must find."""

    article: str
    """The article, as the manifest names it (relative to the manifest)."""
    contains: str
    """A substring of the sentence's text (NFC)."""
    kind: ClaimKind | None = None
    """The sentence's claim kind, if it matters."""
    source: str | None = None
    """A canonical source id (``kcna``) that must appear in one of its chains."""
    xfail: str | None = None
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

    kind: DifferenceKind
    """What must differ."""
    values: tuple[str, ...] = ()
    """Substrings of the sides' values, in article order (``""`` matches any)."""
    xfail: str | None = None
    """Why the difference is known not to be reported yet, if it is."""

    def describe(self) -> str:
        """``number difference (100 | 200)`` for messages."""
        return f"{self.kind.value} difference" + (f" ({' | '.join(self.values)})" if self.values else "")


@dataclass(frozen=True)
class Policy:
    """Expectations on a set beyond its golden file."""

    max_unattributed: int | None = None
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


@dataclass(frozen=True)
class SetResult:
    """The outcome of one article set."""

    name: str
    """The set's name."""
    passed: bool
    """Whether every expectation not marked ``xfail`` holds (and none marked ``xfail`` does)."""
    failures: tuple[str, ...]
    """One line per broken expectation."""
    diff: tuple[str, ...] = ()
    """Readable golden differences, ``path: expected -> actual``."""
    known_failures: tuple[str, ...] = ()
    """Expectations marked ``xfail`` that still fail, one line each."""
    golden: Path | None = None
    """The set's golden file."""
    golden_written: bool = False
    """Whether ``--update-golden`` (re)wrote the golden file."""
    summary: dict[str, Any] = field(default_factory=dict)
    """The comparison's summary counts (``comparison_summary``)."""
    line: int = 1
    """Line of the set in the manifest."""

    @property
    def status(self) -> str:
        """``fail``, ``xfail`` (passes with known failures) or ``pass``."""
        return "fail" if not self.passed else "xfail" if self.known_failures else "pass"


@dataclass(frozen=True)
class CheckReport:
    """The outcome of ``claimcheck check``."""

    manifest: Manifest
    """The manifest checked."""
    results: tuple[SetResult, ...]
    """One result per set, in manifest order."""

    @property
    def passed(self) -> bool:
        """Whether every set passed."""
        return all(r.passed for r in self.results)

    @property
    def failed(self) -> tuple[SetResult, ...]:
        """The sets that fail the check."""
        return tuple(r for r in self.results if not r.passed)


# ------------------------------------------------------------------------------ manifest


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


def load_manifest(path: str | os.PathLike[str]) -> Manifest:
    """Read and validate a corpus manifest (see the module docstring for the schema).

    Args:
        path: A folder (holding ``claimcheck.toml`` or ``pyproject.toml``) or a ``.toml`` file.

    Raises:
        ManifestError: the manifest is missing or malformed, has unknown keys, or names
            article files that do not exist; the message names the file and the problem.
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
    prefix = ""
    if is_pyproject:
        data = data.get("tool", {}).get("claimcheck")
        if not isinstance(data, dict):
            searched = f" (and no {MANIFEST_NAME} next to it)" if Path(path).is_dir() else ""
            raise ManifestError(f"{shown}: no [tool.claimcheck] table{searched}")
        prefix = "tool.claimcheck."
    root = file.parent
    _no_unknown(data, _TOP_KEYS, shown)
    default_model = _optional_str(data, "model", shown)
    raw_sets = data.get("set")
    if not isinstance(raw_sets, list) or not raw_sets or not all(isinstance(s, dict) for s in raw_sets):
        raise ManifestError(f"{shown}: expected at least one [[{prefix}set]] table")
    lines = _set_lines(text, prefix)
    sets: list[ArticleSet] = []
    seen_names: set[str] = set()
    seen_goldens: dict[Path, str] = {}
    for number, raw in enumerate(raw_sets, start=1):
        name = raw.get("name")
        where = f"{shown}: set {number}" + (f' ("{name}")' if isinstance(name, str) else "")
        if not isinstance(name, str) or not name.strip():
            raise ManifestError(f"{where}: 'name' must be a non-empty string")
        if name in seen_names:
            raise ManifestError(f"{where}: another set has the same name")
        seen_names.add(name)
        article_set = _parse_set(
            raw, name, where, root, default_model, lines[number - 1] if number <= len(lines) else 1
        )
        if article_set.golden is not None:
            other = seen_goldens.get(article_set.golden.resolve())
            if other is not None:
                raise ManifestError(f'{where}: golden file is shared with set "{other}"')
            seen_goldens[article_set.golden.resolve()] = name
        sets.append(article_set)
    return Manifest(file, root, tuple(sets))


def _parse_set(
    raw: dict[str, Any], name: str, where: str, root: Path, default_model: str | None, line: int
) -> ArticleSet:
    _no_unknown(raw, _SET_KEYS, where)
    articles = raw.get("articles")
    if not isinstance(articles, list) or not all(isinstance(a, str) and a for a in articles):
        raise ManifestError(f"{where}: 'articles' must be a list of paths")
    if len(articles) < 2:
        raise ManifestError(f"{where}: 'articles' must name at least two files to compare")
    if len(set(articles)) != len(articles):
        raise ManifestError(f"{where}: 'articles' names the same file twice")
    paths = tuple(root / a for a in articles)
    for shown_path, resolved in zip(articles, paths, strict=True):
        if not resolved.is_file():
            raise ManifestError(f"{where}: article file not found: {shown_path}")
    golden_raw = _optional_str(raw, "golden", where)
    model = _optional_str(raw, "model", where) or default_model
    policy_raw = raw.get("policy", {})
    if not isinstance(policy_raw, dict):
        raise ManifestError(f"{where}: 'policy' must be a table")
    policy = _parse_policy(policy_raw, where, tuple(articles))
    return ArticleSet(
        name=name,
        articles=tuple(articles),
        paths=paths,
        golden=root / golden_raw if golden_raw else None,
        model=model,
        policy=policy,
        line=line,
    )


def _parse_policy(raw: dict[str, Any], where: str, articles: tuple[str, ...]) -> Policy:
    _no_unknown(raw, _POLICY_KEYS, f"{where}: policy")
    limit = raw.get("max_unattributed")
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 0):
        raise ManifestError(f"{where}: policy 'max_unattributed' must be a whole number >= 0")
    fail_on_raw = raw.get("fail_on", [])
    if not isinstance(fail_on_raw, list):
        raise ManifestError(f"{where}: policy 'fail_on' must be a list of difference kinds")
    fail_on = tuple(_difference_kind(k, f"{where}: policy 'fail_on'") for k in fail_on_raw)
    claims = []
    for i, item in enumerate(_table_list(raw, "require_claims", where), start=1):
        at = f"{where}: policy 'require_claims' item {i}"
        _no_unknown(item, _CLAIM_KEYS, at)
        article = item.get("article")
        if article not in articles:
            raise ManifestError(f"{at}: 'article' must be one of the set's articles (got {article!r})")
        contains = item.get("contains")
        if not isinstance(contains, str) or not contains:
            raise ManifestError(f"{at}: 'contains' must be a non-empty string")
        kind_raw = item.get("kind")
        claim_kind = None
        if kind_raw is not None:
            choices = ", ".join(k.value for k in ClaimKind)
            if kind_raw not in {k.value for k in ClaimKind}:
                raise ManifestError(f"{at}: unknown claim kind {kind_raw!r} (expected one of: {choices})")
            claim_kind = ClaimKind(kind_raw)
        source = item.get("source")
        if source is not None and (not isinstance(source, str) or not source):
            raise ManifestError(f"{at}: 'source' must be a canonical source id such as \"kcna\"")
        xfail = _optional_str(item, "xfail", at)
        claims.append(RequiredClaim(str(article), unicodedata.normalize("NFC", contains), claim_kind, source, xfail))
    differences = []
    for i, item in enumerate(_table_list(raw, "require_differences", where), start=1):
        at = f"{where}: policy 'require_differences' item {i}"
        _no_unknown(item, _DIFFERENCE_KEYS, at)
        kind = _difference_kind(item.get("kind"), at)
        values = item.get("values", [])
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ManifestError(f"{at}: 'values' must be a list of strings")
        xfail = _optional_str(item, "xfail", at)
        differences.append(RequiredDifference(kind, tuple(unicodedata.normalize("NFC", v) for v in values), xfail))
    return Policy(limit, fail_on, tuple(claims), tuple(differences))


def _difference_kind(value: object, where: str) -> DifferenceKind:
    known = {k.value for k in DifferenceKind}
    if not isinstance(value, str) or value not in known:
        raise ManifestError(
            f"{where}: unknown difference kind {value!r} (expected one of: {', '.join(k.value for k in DifferenceKind)})"
        )
    return DifferenceKind(value)


def _table_list(raw: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ManifestError(f"{where}: policy '{key}' must be a list of tables")
    return value


def _optional_str(raw: dict[str, Any], key: str, where: str) -> str | None:
    value = raw.get(key)
    if value is not None and (not isinstance(value, str) or not value):
        raise ManifestError(f"{where}: '{key}' must be a non-empty string")
    return value


def _no_unknown(raw: dict[str, Any], known: frozenset[str], where: str) -> None:
    # A typo ("requre_claims") must not silently drop an expectation.
    unknown = sorted(set(raw) - known)
    if unknown:
        raise ManifestError(f"{where}: unknown key {unknown[0]!r} (expected one of: {', '.join(sorted(known))})")


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


# --------------------------------------------------------------------------------- check


def run_check(
    manifest: Manifest,
    *,
    compare: Callable[[ArticleSet], Comparison],
    to_data: Callable[[Comparison], dict[str, Any]],
    update_golden: bool = False,
    only: Collection[str] | None = None,
) -> CheckReport:
    """Compare every set of a manifest and check its golden file and policy.

    Args:
        manifest: From :func:`load_manifest`.
        compare: The comparison of a set's articles (``claimcheck.api.check_corpus``
            passes the API's, which analyses each article once).
        to_data: The comparison's JSON data, as goldens hold it
            (``claimcheck.render.json.comparison_data``).
        update_golden: Write each set's golden file from the current comparison instead
            of comparing with it; policies are still checked.
        only: Names of the sets to run (all when ``None``).

    Raises:
        ManifestError: ``only`` names a set the manifest lacks, or a golden is not JSON.
        ClaimcheckError: an article cannot be read, or the model is missing.
    """
    if only is not None:
        missing = sorted(set(only) - {s.name for s in manifest.sets})
        if missing:
            raise ManifestError(f"{display_path(manifest.path)}: no set named {missing[0]!r}")
    results = []
    for article_set in manifest.sets:
        if only is not None and article_set.name not in only:
            continue
        comparison = compare(article_set)
        data = golden_data(to_data(comparison), article_set)
        results.append(check_set(article_set, data, update_golden=update_golden))
    return CheckReport(manifest, tuple(results))


def golden_data(data: dict[str, Any], article_set: ArticleSet) -> dict[str, Any]:
    """Comparison data in golden form: manifest-relative paths, input hashes appended."""
    data = dict(data)
    data["articles"] = [
        {**article, "path": shown} for article, shown in zip(data["articles"], article_set.articles, strict=True)
    ]
    data["inputs"] = [
        {"path": shown, "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}
        for shown, path in zip(article_set.articles, article_set.paths, strict=True)
    ]
    return data


def check_set(article_set: ArticleSet, data: dict[str, Any], *, update_golden: bool = False) -> SetResult:
    """Check one set's golden-form comparison data (:func:`golden_data`) against its expectations."""
    failures, known = policy_failures(article_set.policy, data)
    diff: list[str] = []
    written = False
    golden = article_set.golden
    if golden is not None:
        if update_golden:
            text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"  # as render.json.dumps
            if not golden.is_file() or golden.read_text(encoding="utf-8") != text:
                golden.parent.mkdir(parents=True, exist_ok=True)
                golden.write_text(text, encoding="utf-8")
                written = True
        elif not golden.is_file():
            failures.insert(
                0,
                f"golden file {display_path(golden)} is missing: run `claimcheck check --update-golden`, review it and commit it",
            )
        else:
            expected = _read_golden(golden)
            changed_inputs = _changed_inputs(expected.get("inputs"), data["inputs"])
            if changed_inputs:
                failures.insert(
                    0, f"input changed since {display_path(golden)} was written: {', '.join(changed_inputs)}"
                )
            diff = diff_json(_without(expected, "inputs"), _without(data, "inputs"))
            if diff:
                failures.insert(
                    0,
                    f"comparison differs from {display_path(golden)} ({len(diff)} change{'s' if len(diff) != 1 else ''})",
                )
    return SetResult(
        name=article_set.name,
        passed=not failures,
        failures=tuple(failures),
        diff=tuple(diff),
        known_failures=tuple(known),
        golden=golden,
        golden_written=written,
        summary=data.get("summary", {}),
        line=article_set.line,
    )


def _read_golden(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ManifestError(
            f"{display_path(path)}: golden file is not readable JSON ({exc}): regenerate it with --update-golden"
        ) from None
    if not isinstance(data, dict):
        raise ManifestError(
            f"{display_path(path)}: golden file is not a JSON object: regenerate it with --update-golden"
        )
    return data


def _changed_inputs(expected: object, actual: list[dict[str, str]]) -> list[str]:
    if not isinstance(expected, list):
        return [i["path"] for i in actual]
    before = {i.get("path"): i.get("sha256") for i in expected if isinstance(i, dict)}
    return [i["path"] for i in actual if before.get(i["path"]) != i["sha256"]]


def _without(data: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != key}


# -------------------------------------------------------------------------------- policy


def policy_failures(policy: Policy, data: dict[str, Any]) -> tuple[list[str], list[str]]:
    """What of ``policy`` the comparison data breaks: (failures, known failures).

    Known failures are requirements marked ``xfail`` that still fail; one marked
    ``xfail`` that holds is a failure, so that the marker is removed.
    """
    failures: list[str] = []
    known: list[str] = []

    def required(message: str | None, xfail: str | None, what: str) -> None:
        if message is not None and xfail is not None:
            known.append(f"{message} [xfail: {xfail}]")
        elif message is not None:
            failures.append(message)
        elif xfail is not None:
            failures.append(f"{what} is now found but marked xfail ({xfail}): remove 'xfail' from the manifest")

    summary = data.get("summary", {})
    if policy.max_unattributed is not None and summary.get("unattributed_claims", 0) > policy.max_unattributed:
        failures.append(
            f"{summary['unattributed_claims']} unattributed claims (at most {policy.max_unattributed} allowed)"
        )
    differences = [(group, d) for group in data.get("groups", []) for d in group.get("differences", [])]
    for kind in policy.fail_on:
        for group, d in differences:
            if d["kind"] == kind.value:
                failures.append(
                    f"fail_on {kind.value}: group {group['id']} ({_members(group)}): {d.get('detail') or _sides(d)}"
                )
    for need in policy.require_differences:
        message = None
        if not any(_difference_matches(need, d) for _, d in differences):
            found = sorted({_sides(d) for _, d in differences if d["kind"] == need.kind.value})
            message = f"required {need.describe()} not reported" + (
                f" (found {need.kind.value}: {'; '.join(found)})"
                if found
                else f" (no {need.kind.value} difference at all)"
            )
        required(message, need.xfail, f"required {need.describe()}")
    by_path = {a["path"]: a for a in data.get("articles", [])}
    for claim in policy.require_claims:
        article = by_path.get(claim.article)
        sentences = article["sentences"] if article else []
        candidates = [s for s in sentences if claim.contains in s["text"]]
        message = None
        if not any(_claim_matches(claim, s) for s in candidates):
            if not candidates:
                why = "no sentence contains it"
            else:
                why = "found " + "; ".join(
                    f"#{s['index']} {s['kind']}, sources {', '.join(_chain_ids(s)) or 'none'}" for s in candidates
                )
            message = f"required {claim.describe()} not found in {claim.article} ({why})"
        required(message, claim.xfail, f"required {claim.describe()} in {claim.article}")
    return failures, known


def _difference_matches(required: RequiredDifference, difference: dict[str, Any]) -> bool:
    if difference["kind"] != required.kind.value:
        return False
    sides = [str(s.get("value", "")).casefold() for s in difference.get("sides", [])]
    if len(required.values) > len(sides):
        return False
    return all(v.casefold() in side for v, side in zip(required.values, sides, strict=False))


def _claim_matches(claim: RequiredClaim, sentence: dict[str, Any]) -> bool:
    if claim.kind is not None and sentence.get("kind") != claim.kind.value:
        return False
    return claim.source is None or claim.source in _chain_ids(sentence)


def _chain_ids(sentence: dict[str, Any]) -> list[str]:
    ids: list[str] = []
    for attribution in sentence.get("attributions", []):
        for link in attribution.get("chain", []):
            source_id = link["source"]["id"]
            if source_id not in ids:
                ids.append(source_id)
    return ids


def _members(group: dict[str, Any]) -> str:
    return ", ".join(f"{m['article']}#{m['sentence']}" for m in group.get("members", []))


def _sides(difference: dict[str, Any]) -> str:
    return " | ".join(str(s.get("value", "")) for s in difference.get("sides", []))


# ---------------------------------------------------------------------------------- diff


def diff_json(expected: Any, actual: Any, path: str = "") -> list[str]:
    """Readable differences between two JSON values, one line each.

    Objects are compared key by key; lists are aligned on a key suited to what they
    hold (groups by their members, differences by kind and sides, sentences by text),
    so one inserted group shows as one line, not as every later group changed. Lines
    read ``groups[3].differences[0].kind: "number" -> "date"`` (expected -> actual),
    ``groups[4]: removed group ...`` or ``groups[5]: added group ...``; indices are the
    expected value's, and the actual value's for additions.
    """
    if isinstance(expected, dict) and isinstance(actual, dict):
        lines: list[str] = []
        for key in expected:
            sub = f"{path}.{key}" if path else str(key)
            if key not in actual:
                lines.append(f"{sub}: removed {_brief(key, expected[key])}")
            else:
                lines.extend(diff_json(expected[key], actual[key], sub))
        for key in actual:
            if key not in expected:
                sub = f"{path}.{key}" if path else str(key)
                lines.append(f"{sub}: added {_brief(key, actual[key])}")
        return lines
    if isinstance(expected, list) and isinstance(actual, list):
        return _diff_list(expected, actual, path)
    if _same_scalar(expected, actual):
        return []
    return [f"{path or '.'}: {_scalar(expected)} -> {_scalar(actual)}"]


def _diff_list(expected: list[Any], actual: list[Any], path: str) -> list[str]:
    name = path.rsplit(".", 1)[-1].split("[", 1)[0]
    key = _LIST_KEYS.get(name, _canonical)
    keys_a = [_hashable(key, x) for x in expected]
    keys_b = [_hashable(key, x) for x in actual]
    lines: list[str] = []
    matcher = difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                lines.extend(diff_json(expected[i], actual[j], f"{path}[{i}]"))
            continue
        for i in range(i1, i2):
            lines.append(f"{path}[{i}]: removed {_brief(name, expected[i])}")
        for j in range(j1, j2):
            lines.append(f"{path}[{j}]: added {_brief(name, actual[j])}")
    return lines


def _hashable(key: Callable[[Any], Any], item: Any) -> str:
    try:
        return json.dumps(key(item), ensure_ascii=False, sort_keys=True)
    except (KeyError, TypeError, AttributeError):
        return _canonical(item)


def _canonical(item: Any) -> str:
    return json.dumps(item, ensure_ascii=False, sort_keys=True)


def _refs(refs: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [(r["article"], r["sentence"]) for r in refs]


#: How the items of a list are recognised across two versions, by the list's key.
_LIST_KEYS: dict[str, Callable[[Any], Any]] = {
    "articles": lambda a: a["id"],
    "sentences": lambda s: s["text"],
    "groups": lambda g: _refs(g["members"]),
    "differences": lambda d: [d["kind"], _refs([s["claim"] for s in d["sides"]])],
    "members": lambda m: [m["article"], m["sentence"]],
    "only_in": lambda m: [m["article"], m["sentence"]],
    "inputs": lambda i: i["path"],
}


def _same_scalar(a: Any, b: Any) -> bool:
    numbers = (int, float)
    if (isinstance(a, float) or isinstance(b, float)) and isinstance(a, numbers) and isinstance(b, numbers):
        return abs(a - b) <= FLOAT_TOLERANCE
    return bool(type(a) is type(b) and a == b)


def _scalar(value: Any, limit: int = 80) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _brief(name: object, value: Any) -> str:
    """A one-line description of a removed or added item."""
    if isinstance(value, dict):
        if name == "groups" and "members" in value:
            kinds = sorted({d.get("kind", "?") for d in value.get("differences", [])})
            return f"group {_members(value)} (" + (f"differences: {', '.join(kinds)})" if kinds else "in agreement)")
        if name == "differences" and "kind" in value:
            return f"{value['kind']} difference: {value.get('detail') or _sides(value)}"
        if name == "sentences" and "text" in value:
            return f"sentence {_scalar(value['text'], 70)} ({value.get('kind')})"
        if name in ("members", "only_in") and "article" in value:
            return f"claim {value['article']}#{value['sentence']}"
        if name == "articles" and "id" in value:
            return f"article {value['id']}"
    return _scalar(value)
