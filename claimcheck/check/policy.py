"""Policies of ``claimcheck check``: limits, failing difference kinds, required claims and differences."""

from __future__ import annotations

from typing import Any

from .golden import members_label, sides_label
from .manifest import Policy, RequiredClaim, RequiredDifference


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
                    f"fail_on {kind.value}: group {group['id']} ({members_label(group)}): {d.get('detail') or sides_label(d)}"
                )
    for need in policy.require_differences:
        message = None
        if not any(_difference_matches(need, d) for _, d in differences):
            found = sorted({sides_label(d) for _, d in differences if d["kind"] == need.kind.value})
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
