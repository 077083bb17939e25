"""CI output of ``claimcheck check``: JUnit XML, GitHub workflow annotations, a terminal summary.

All are pure functions of a :class:`~claimcheck.check.CheckReport`. The summary is
styled text segments, printed on whatever rich console the CLI hands over: this module
never imports rich (only ``render.terminal`` does).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any, Protocol

from ..check import CheckReport, SetResult, display_path
from . import visible

#: Golden difference lines shown per set before "... and N more".
MAX_DIFF_LINES = 40

_LABELS = {"pass": "PASS", "fail": "FAIL", "xfail": "PASS"}
_STYLES = {"pass": "bold green", "fail": "bold red", "xfail": "bold green"}


def totals(report: CheckReport) -> str:
    """``19 sets: 18 passed, 1 failed, 3 known failures``."""
    passed = sum(1 for r in report.results if r.passed)
    parts = [f"{passed} passed"]
    if passed < len(report.results):
        parts.append(f"{len(report.results) - passed} failed")
    known = sum(len(r.known_failures) for r in report.results)
    if known:
        parts.append(f"{known} known failure{'s' if known != 1 else ''} (xfail)")
    written = sum(1 for r in report.results if r.golden_written)
    if written:
        parts.append(f"{written} golden file{'s' if written != 1 else ''} written")
    n = len(report.results)
    return f"{n} set{'s' if n != 1 else ''}: " + ", ".join(parts)


def summary_line(result: SetResult) -> str:
    """``2 articles, 2 groups, 1 difference (weekday 1)``."""
    summary = result.summary
    by_kind = summary.get("differences", {})
    total = sum(by_kind.values())
    text = f"{summary.get('articles', 0)} articles, {summary.get('groups', 0)} groups, {total} difference{'s' if total != 1 else ''}"
    if by_kind:
        text += " (" + ", ".join(f"{kind} {n}" for kind, n in by_kind.items()) + ")"
    return text


def failure_text(result: SetResult, max_diff_lines: int | None = None) -> str:
    """The failures of a set, then its golden differences, one per line."""
    lines = list(result.failures)
    diff = list(result.diff)
    if max_diff_lines is not None and len(diff) > max_diff_lines:
        diff = [*diff[:max_diff_lines], f"... and {len(result.diff) - max_diff_lines} more"]
    lines.extend(f"  {line}" for line in diff)
    # Each line quotes the corpus: shown safe in logs (and valid in XML), one per line.
    return "\n".join(visible(line, newlines=False) for line in lines)


# ----------------------------------------------------------------------------- terminal


#: A line of the summary: (text, rich style or None) segments.
Line = list[tuple[str, str | None]]


class Printer(Protocol):
    """What :func:`print_check_report` needs of a console (rich's ``Console`` has it)."""

    def print(self, *objects: Any, **options: Any) -> None: ...


def check_report_lines(report: CheckReport, *, max_diff_lines: int = MAX_DIFF_LINES) -> list[Line]:
    """The default output as styled lines: a line per set, its failures, a readable golden diff."""
    lines: list[Line] = [[(f"claimcheck check: {display_path(report.manifest.path)}", "bold")]]
    width = max((len(r.name) for r in report.results), default=0)
    for result in report.results:
        line: Line = [
            (f"{_LABELS[result.status]:<6}", _STYLES[result.status]),
            (f"{result.name:<{width}}  ", "bold"),
            (summary_line(result), "dim"),
        ]
        if result.golden_written and result.golden is not None:
            line.append((f"  golden written: {display_path(result.golden)}", "cyan"))
        lines.append(line)
        lines.extend([(f"      {failure}", "red")] for failure in result.failures)
        lines.extend([(f"      known failure: {known}", "yellow")] for known in result.known_failures)
        lines.extend(_diff_line(diff_line) for diff_line in result.diff[:max_diff_lines])
        if len(result.diff) > max_diff_lines:
            lines.append([(f"        ... and {len(result.diff) - max_diff_lines} more", "dim")])
    lines.append([(totals(report), "bold green" if report.passed else "bold red")])
    # Set names, failures and golden diffs quote the corpus: nothing of it may act on a terminal.
    return [[(visible(text, newlines=False), style) for text, style in line] for line in lines]


def print_check_report(console: Printer, report: CheckReport, *, max_diff_lines: int = MAX_DIFF_LINES) -> None:
    """Print :func:`check_report_lines` on a rich console (colours as the console decides)."""
    for line in check_report_lines(report, max_diff_lines=max_diff_lines):
        for text, style in line:
            console.print(text, style=style, end="", markup=False, highlight=False, soft_wrap=True)
        console.print()


def _diff_line(line: str) -> Line:
    path, _, change = line.partition(": ")
    out: Line = [("        ", None), (path, "bold"), (": ", None)]
    if change.startswith("removed "):
        out.append((change, "red"))
    elif change.startswith("added "):
        out.append((change, "green"))
    else:
        before, arrow, after = change.partition(" -> ")
        out.extend([(before, "red"), (arrow, None), (after, "green")])
    return out


# -------------------------------------------------------------------------------- JUnit


def junit_xml(report: CheckReport) -> str:
    """JUnit XML: one test case per set; failures carry the messages and the golden diff.

    Known failures (``xfail``) of a passing set are listed in its ``system-out``.
    """
    failures = sum(1 for r in report.results if not r.passed)
    manifest = visible(display_path(report.manifest.path), newlines=False)
    counts = {"tests": str(len(report.results)), "failures": str(failures), "errors": "0", "skipped": "0"}
    suites = ET.Element("testsuites", {"name": "claimcheck", **counts})
    suite = ET.SubElement(suites, "testsuite", {"name": f"claimcheck check {manifest}", **counts})
    for result in report.results:
        case = ET.SubElement(
            suite,
            "testcase",
            {"classname": "claimcheck.check", "name": visible(result.name, newlines=False), "file": visible(manifest, newlines=False), "line": str(result.line)},
        )
        if not result.passed:
            failure = ET.SubElement(case, "failure", {"message": visible(result.failures[0], newlines=False), "type": "claimcheck.check"})
            failure.text = failure_text(result)
        out = [summary_line(result), *(f"known failure: {k}" for k in result.known_failures)]
        ET.SubElement(case, "system-out").text = "\n".join(visible(line, newlines=False) for line in out)
    ET.indent(suites)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


# ------------------------------------------------------------------------------- GitHub


def github_annotations(report: CheckReport, *, max_diff_lines: int = MAX_DIFF_LINES) -> str:
    """GitHub workflow commands: an ``::error`` per failed set, a ``::warning`` per set with known failures.

    A set whose golden differs is annotated on its golden file; any other failure on the
    set's ``[[set]]`` line in the manifest.
    """
    lines = []
    manifest = display_path(report.manifest.path)
    for result in report.results:
        at_manifest = f"file={_property(manifest)},line={result.line}"
        if not result.passed:
            where = (
                f"file={_property(display_path(result.golden))}"
                if result.diff and result.golden is not None
                else at_manifest
            )
            title = _property(f"claimcheck: set {result.name} failed")
            lines.append(f"::error {where},title={title}::{_data(failure_text(result, max_diff_lines))}")
        if result.known_failures:
            title = _property(f"claimcheck: set {result.name}: known failures (xfail)")
            known = "\n".join(visible(k, newlines=False) for k in result.known_failures)
            lines.append(f"::warning {at_manifest},title={title}::{_data(known)}")
    return "".join(line + "\n" for line in lines)


def _data(text: str) -> str:
    # Workflow-command escaping, as @actions/core does it.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(visible(text, newlines=False)).replace(":", "%3A").replace(",", "%2C")
