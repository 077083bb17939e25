"""The JSON schema of claimcheck's output, generated from the result dataclasses.

``python -m claimcheck.schema`` writes ``schema/claimcheck.schema.json``;
``python -m claimcheck.schema --check`` fails if the file is not what the code
generates (a test runs the same comparison). Every definition of a result type comes
from pydantic's reading of :mod:`claimcheck.types` (fields, docstrings, constraints);
only the documents around them (the envelope, which articles carry their text, which
sentences must have a kind) are put together here.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

from annotated_types import Ge, Interval
from pydantic import TypeAdapter
from pydantic.json_schema import GenerateJsonSchema
from typing_extensions import TypedDict

from .json_form import dumps
from .types import SCHEMA_VERSION, Article, ClaimGroup, ClaimRef, ComparisonSummary

#: Where the schema lives in a checkout.
SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schema" / "claimcheck.schema.json"

_Unit = Annotated[float, Interval(ge=0, le=1)]
_Count = Annotated[int, Ge(0)]


class RoleScore(TypedDict):
    """Scores of one role (source, cue or content) under one matching rule."""

    precision: _Unit
    recall: _Unit
    f1: _Unit
    gold: _Count
    predicted: _Count


class RoleScores(TypedDict):
    """Scores per role."""

    source: RoleScore
    cue: RoleScore
    content: RoleScore


class EvaluationReport(TypedDict):
    """Scores of one gold file (the form ``evaluation.EvaluationReport.to_json`` writes)."""

    name: str
    passages: _Count
    exact: RoleScores
    overlap: RoleScores
    kind_accuracy: _Unit
    chain_length_accuracy: _Unit


#: An input of a golden file, by the path the manifest gives and its bytes' hash.
_INPUT = {
    "type": "object",
    "required": ["path", "sha256"],
    "additionalProperties": False,
    "properties": {"path": {"type": "string", "minLength": 1}, "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"}},
}


class _Generator(GenerateJsonSchema):
    """pydantic's generator, closed over: every object lists all its keys and no others."""

    def typed_dict_schema(self, schema: Any) -> Any:
        json_schema = super().typed_dict_schema(schema)
        json_schema["additionalProperties"] = False
        return json_schema

    def field_title_should_be_set(self, schema: Any) -> bool:
        # Field titles ("Resolved From") only repeat the key.
        return False


def _definitions() -> dict[str, Any]:
    """The ``$defs`` of every result type, as pydantic generates them."""
    roots = [Article, ClaimGroup, ClaimRef, ComparisonSummary, EvaluationReport]
    _, top = TypeAdapter.json_schemas(
        [(root, "serialization", TypeAdapter(root)) for root in roots], schema_generator=_Generator
    )
    defs: dict[str, Any] = top["$defs"]
    # One article form serves every document: the text is there in sentences and claims
    # output, left out of comparisons (the documents below say which).
    defs["Article"]["required"].remove("text")
    return defs


def _document(
    kind: str, description: str, properties: dict[str, Any], optional: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {
        "description": description,
        "type": "object",
        "required": ["schema_version", "tool", "kind", *properties],
        "additionalProperties": False,
        "properties": {
            "schema_version": {"$ref": "#/$defs/SchemaVersion"},
            "tool": {"$ref": "#/$defs/Tool"},
            "kind": {"const": kind},
            **properties,
            **(optional or {}),
        },
    }


def _array(items: dict[str, Any], **constraints: Any) -> dict[str, Any]:
    return {"type": "array", "items": items, **constraints}


def build_schema() -> dict[str, Any]:
    """The JSON schema of every document claimcheck writes, generated from the code."""
    defs = _definitions()
    # After the attribution step every sentence has a kind.
    defs["AnalysedArticle"] = {
        "allOf": [
            {"$ref": "#/$defs/Article"},
            {"properties": {"sentences": {"items": {"properties": {"kind": {"$ref": "#/$defs/ClaimKind"}}}}}},
        ]
    }
    with_text = {"required": ["text"]}
    documents = {
        "SentencesOutput": _document(
            "sentences",
            "claimcheck sentences --format json",
            {"articles": _array({"allOf": [{"$ref": "#/$defs/Article"}, with_text]})},
        ),
        "ClaimsOutput": _document(
            "claims",
            "claimcheck claims --format json",
            {"articles": _array({"allOf": [{"$ref": "#/$defs/AnalysedArticle"}, with_text]})},
        ),
        "ComparisonOutput": _document(
            "comparison",
            "claimcheck compare --format json, and golden files of claimcheck check",
            {
                "model": {"type": "string", "minLength": 1},
                "summary": {"$ref": "#/$defs/ComparisonSummary"},
                "articles": _array(
                    {"allOf": [{"$ref": "#/$defs/AnalysedArticle"}, {"not": with_text}]}, minItems=2
                ),
                "groups": _array({"$ref": "#/$defs/ClaimGroup"}),
                "only_in": _array({"$ref": "#/$defs/ClaimRef"}),
            },
            # Golden files add the hash of every input (claimcheck.check.golden).
            optional={"inputs": _array(_INPUT)},
        ),
        "EvaluationOutput": _document(
            "evaluation",
            "claimcheck eval attribution --format json",
            {"reports": _array({"$ref": "#/$defs/EvaluationReport"})},
        ),
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:claimcheck:schema:{SCHEMA_VERSION}",
        "title": "claimcheck JSON output",
        "description": (
            "Every JSON document claimcheck writes (sentences, claims, compare, eval attribution). "
            "Offsets are character offsets (Unicode code points) into the article's decoded, "
            "NFC-normalised text. Generated from claimcheck.types by `python -m claimcheck.schema`: "
            "do not edit by hand."
        ),
        "type": "object",
        "required": ["schema_version", "tool", "kind"],
        "oneOf": [{"$ref": f"#/$defs/{name}"} for name in documents],
        "$defs": {
            "SchemaVersion": {"const": SCHEMA_VERSION},
            "Tool": {"const": "claimcheck"},
            **dict(sorted(defs.items())),
            **documents,
        },
    }


def schema_text() -> str:
    """The schema file's text, as committed."""
    return dumps(build_schema())


def main(argv: list[str] | None = None) -> int:
    """Write the schema file, or with ``--check`` tell whether it is current (exit 1 if not)."""
    args = sys.argv[1:] if argv is None else argv
    text = schema_text()
    current = SCHEMA_PATH.read_text(encoding="utf-8") if SCHEMA_PATH.is_file() else None
    if args == ["--check"]:
        if current != text:
            print(f"{SCHEMA_PATH}: out of date: run `python -m claimcheck.schema`", file=sys.stderr)
            return 1
        return 0
    if args:
        print("usage: python -m claimcheck.schema [--check]", file=sys.stderr)
        return 2
    if current != text:
        SCHEMA_PATH.write_text(text, encoding="utf-8")
        print(f"wrote {SCHEMA_PATH}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
