"""Golden files of ``claimcheck check``: their form, and readable differences from them."""

from __future__ import annotations

import contextlib
import difflib
import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import ManifestError
from .manifest import ArticleSet, display_path

#: Floats in goldens (similarities) may differ by this much between machines.
FLOAT_TOLERANCE = 0.002


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

def read_golden(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except RecursionError:
        raise ManifestError(
            f"{display_path(path)}: golden file is nested too deeply to be a comparison: regenerate it with --update-golden"
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ManifestError(
            f"{display_path(path)}: golden file is not readable JSON ({exc}): regenerate it with --update-golden"
        ) from None
    if not isinstance(data, dict):
        raise ManifestError(
            f"{display_path(path)}: golden file is not a JSON object: regenerate it with --update-golden"
        )
    return data


def write_golden(path: Path, text: str) -> None:
    """Write a golden file atomically: a temporary file beside it, then a rename, so that
    an interrupted run leaves the old golden or the new one, and a symbolic link at the
    golden's path is replaced, never followed.

    Raises:
        ManifestError: the golden cannot be written.
    """
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
        ) as fh:
            temporary = fh.name
            fh.write(text)
        os.replace(temporary, path)
    except OSError as exc:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        raise ManifestError(f"{display_path(path)}: cannot write the golden file ({exc.strerror or exc})") from None


def changed_inputs(expected: object, actual: list[dict[str, str]]) -> list[str]:
    if not isinstance(expected, list):
        return [i["path"] for i in actual]
    before = {i.get("path"): i.get("sha256") for i in expected if isinstance(i, dict)}
    return [i["path"] for i in actual if before.get(i["path"]) != i["sha256"]]


def without(data: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != key}


def members_label(group: dict[str, Any]) -> str:
    return ", ".join(f"{m['article']}#{m['sentence']}" for m in group.get("members", []))


def sides_label(difference: dict[str, Any]) -> str:
    return " | ".join(str(s.get("value", "")) for s in difference.get("sides", []))


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
            return f"group {members_label(value)} (" + (f"differences: {', '.join(kinds)})" if kinds else "in agreement)")
        if name == "differences" and "kind" in value:
            return f"{value['kind']} difference: {value.get('detail') or sides_label(value)}"
        if name == "sentences" and "text" in value:
            return f"sentence {_scalar(value['text'], 70)} ({value.get('kind')})"
        if name in ("members", "only_in") and "article" in value:
            return f"claim {value['article']}#{value['sentence']}"
        if name == "articles" and "id" in value:
            return f"article {value['id']}"
    return _scalar(value)
