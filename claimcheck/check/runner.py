"""Running ``claimcheck check``: compare each set, then hold it to its golden file and policy."""

from __future__ import annotations

import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ManifestError
from ..json_form import comparison_document, dumps
from ..types import Comparison
from .golden import changed_inputs, diff_json, golden_data, read_golden, without, write_golden
from .manifest import ArticleSet, Manifest, display_path
from .policy import policy_failures


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


def run_check(
    manifest: Manifest,
    *,
    compare: Callable[[ArticleSet], Comparison],
    update_golden: bool = False,
    only: Collection[str] | None = None,
    message: Callable[[str], None] | None = None,
) -> CheckReport:
    """Compare every set of a manifest and check its golden file and policy.

    Args:
        manifest: From :func:`load_manifest`.
        compare: The comparison of a set's articles (``claimcheck.api.check_corpus``
            passes the API's, which analyses each article once).
        update_golden: Write each set's golden file from the current comparison instead
            of comparing with it; policies are still checked.
        only: Names of the sets to run (all when ``None``).
        message: Receives a line per set as it completes (``set 3/25 seeds: pass
            (1.2 s)``), so that a long CI run shows where it is and which set takes
            the time.

    Raises:
        ManifestError: ``only`` names a set the manifest lacks, or a golden is not JSON.
        ClaimcheckError: an article cannot be read, or the model is missing.
    """
    if only is not None:
        missing = sorted(set(only) - {s.name for s in manifest.sets})
        if missing:
            raise ManifestError(f"{display_path(manifest.path)}: no set named {missing[0]!r}")
    results = []
    chosen = [s for s in manifest.sets if only is None or s.name in only]
    for number, article_set in enumerate(chosen, start=1):
        started = time.monotonic()
        # Goldens hold the comparison's JSON form, made by the library as for `compare`.
        data = golden_data(comparison_document(compare(article_set)), article_set)
        result = check_set(article_set, data, update_golden=update_golden)
        results.append(result)
        if message is not None:
            seconds = time.monotonic() - started
            message(f"set {number}/{len(chosen)} {article_set.name}: {result.status} ({seconds:.1f} s)")
    return CheckReport(manifest, tuple(results))


def check_set(article_set: ArticleSet, data: dict[str, Any], *, update_golden: bool = False) -> SetResult:
    """Check one set's golden-form comparison data (:func:`golden_data`) against its expectations."""
    failures, known = policy_failures(article_set.policy, data)
    diff: list[str] = []
    written = False
    golden = article_set.golden
    if golden is not None:
        if update_golden:
            text = dumps(data)
            if not golden.is_file() or golden.read_text(encoding="utf-8") != text:
                write_golden(golden, text)
                written = True
        elif not golden.is_file():
            failures.insert(
                0,
                f"golden file {display_path(golden)} is missing: run `claimcheck check --update-golden`, review it and commit it",
            )
        else:
            expected = read_golden(golden)
            changed = changed_inputs(expected.get("inputs"), data["inputs"])
            if changed:
                failures.insert(0, f"input changed since {display_path(golden)} was written: {', '.join(changed)}")
            diff = diff_json(without(expected, "inputs"), without(data, "inputs"))
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
