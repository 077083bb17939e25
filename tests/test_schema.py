"""JSON output: byte-identical from run to run, and valid against schema/claimcheck.schema.json,
which is generated from the result dataclasses and kept current."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from claimcheck.check import load_manifest
from claimcheck.schema import SCHEMA_PATH, schema_text
from claimcheck.types import SCHEMA_VERSION, Attribution, DifferenceKind

from .conftest import FIXTURES, ROOT, SEEDS, run_cli

GOLDENS = sorted(str(s.golden.relative_to(ROOT)) for s in load_manifest(FIXTURES).sets if s.golden is not None)
# Relative paths, as a user in the checkout types them: the output must then not
# depend on where the checkout lives.
SEED_ARGS = [str(p.relative_to(ROOT)) for p in SEEDS]
#: Seed 000 and an independent English report of its event: a comparison with
#: differences of several kinds (the two seeds, of different meetings, agree).
COMPARE_ARGS = [SEED_ARGS[0], "fixtures/paraphrase/en_wire_000.txt"]
# Every fixture article in every input format (txt, md, html) and language.
ALL_ARTICLES = sorted(str(p.relative_to(ROOT)) for p in (FIXTURES / "languages").glob("*/*") if p.is_file())


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


@pytest.fixture(scope="module")
def compare_runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """Two ``compare --format json`` runs: cold cache, then warm, different hash seeds."""
    cache_dir = tmp_path_factory.mktemp("cache")
    outputs = []
    # Different PYTHONHASHSEEDs: set or dict-of-str iteration order leaking into the
    # output would show up as a byte difference.
    for hash_seed in ("1", "2"):
        proc = run_cli(
            "compare", "--format", "json", *COMPARE_ARGS,
            env={"CLAIMCHECK_CACHE_DIR": str(cache_dir), "PYTHONHASHSEED": hash_seed},
        )
        assert proc.returncode == 0, proc.stderr
        outputs.append(proc.stdout)
    return outputs[0], outputs[1]


def errors(validator: Draft202012Validator, document: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]


def test_schema_is_a_valid_2020_12_schema_with_current_version() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$defs"]["SchemaVersion"]["const"] == SCHEMA_VERSION
    # The schema's difference kinds are exactly the library's.
    assert schema["$defs"]["DifferenceKind"]["enum"] == [k.value for k in DifferenceKind]
    # Every field of a result is in its definition, in order, and required (the JSON form
    # always writes it), with the field's docstring as its description.
    attribution = schema["$defs"]["Attribution"]
    fields = list(Attribution.__dataclass_fields__)
    assert list(attribution["properties"]) == attribution["required"] == fields
    assert attribution["properties"]["cue"]["description"].startswith("The attribution predicate")
    assert fields[-1] == "recognizer"
    assert attribution["properties"]["recognizer"]["description"].startswith("Which recognizer")


def test_schema_file_is_the_generated_one() -> None:
    # Regenerate with `python -m claimcheck.schema` after changing claimcheck/types.py.
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text()


@pytest.mark.parametrize("golden", GOLDENS)
def test_schema_golden_validates(golden: str, validator: Draft202012Validator) -> None:
    document = json.loads((ROOT / golden).read_text(encoding="utf-8"))
    assert errors(validator, document) == []
    assert document["kind"] == "comparison" and document["schema_version"] == SCHEMA_VERSION


def test_schema_compare_output_is_byte_identical_across_runs(compare_runs: tuple[str, str]) -> None:
    first, second = compare_runs
    assert first == second
    assert first.endswith("}\n")
    # Nothing machine-specific: no absolute checkout path, no cache location.
    assert str(ROOT) not in first


def test_schema_compare_output_validates(compare_runs: tuple[str, str], validator: Draft202012Validator) -> None:
    document = json.loads(compare_runs[0])
    assert errors(validator, document) == []
    assert document["kind"] == "comparison"
    assert [a["id"] for a in document["articles"]] == [Path(p).name for p in COMPARE_ARGS]


@pytest.mark.parametrize("command", ["sentences", "claims"])
def test_schema_sentences_and_claims_output_validate_and_repeat(command: str, validator: Draft202012Validator) -> None:
    runs = [run_cli(command, "--format", "json", *SEED_ARGS, *ALL_ARTICLES, env={"PYTHONHASHSEED": seed}) for seed in ("1", "2")]
    for proc in runs:
        assert proc.returncode == 0, proc.stderr
    assert runs[0].stdout == runs[1].stdout
    document = json.loads(runs[0].stdout)
    assert errors(validator, document) == []
    assert document["kind"] == command
    assert {a["format"] for a in document["articles"]} == {"txt", "md", "html"}
    kinds = {s["kind"] for a in document["articles"] for s in a["sentences"]}
    # sentences runs no attribution step; claims gives every sentence a kind.
    assert kinds == ({None} if command == "sentences" else {"attributed", "unattributed", "not_claim"})


def test_schema_evaluation_output_validates(validator: Draft202012Validator) -> None:
    gold = sorted(str(p.relative_to(ROOT)) for p in (FIXTURES / "gold" / "attribution").glob("*.jsonl"))
    proc = run_cli("eval", "attribution", "--format", "json", *gold)
    assert proc.returncode == 0, proc.stderr
    document = json.loads(proc.stdout)
    assert errors(validator, document) == []
    assert [r["name"] for r in document["reports"]] == [Path(p).stem for p in gold]


def _mutations(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Broken copies of a valid comparison document, one mistake each."""
    group = next(g for g in document["groups"] if g["differences"])

    def mutated(change: Any) -> dict[str, Any]:
        copied = copy.deepcopy(document)
        change(copied, next(g for g in copied["groups"] if g["id"] == group["id"]))
        return copied

    return {
        "unknown kind": mutated(lambda d, g: d.update(kind="comparisons")),
        "other schema version": mutated(lambda d, g: d.update(schema_version="2.0")),
        "extra top-level field": mutated(lambda d, g: d.update(created="2025-07-14T12:00:00Z")),
        "missing summary": mutated(lambda d, g: d.pop("summary")),
        "unknown difference kind": mutated(lambda d, g: g["differences"][0].update(kind="colour")),
        "one-sided difference": mutated(lambda d, g: g["differences"][0].update(sides=g["differences"][0]["sides"][:1])),
        "group of one": mutated(lambda d, g: g.update(members=g["members"][:1])),
        "similarity as text": mutated(lambda d, g: g.update(similarity="0.9")),
        "unknown agreement": mutated(lambda d, g: g.update(agreements=["vibes"])),
        "article text in comparison": mutated(lambda d, g: d["articles"][0].update(text="...")),
        "sentence without kind": mutated(lambda d, g: d["articles"][0]["sentences"][0].update(kind=None)),
        "negative offset": mutated(lambda d, g: d["articles"][0]["sentences"][0].update(start=-1)),
        "unknown attribution mode": mutated(
            lambda d, g: next(s for a in d["articles"] for s in a["sentences"] if s["attributions"])["attributions"][0].update(mode="rumour")
        ),
        "unknown summary count": mutated(lambda d, g: d["summary"]["differences"].update(colour=1)),
    }


def test_schema_rejects_malformed_documents(compare_runs: tuple[str, str], validator: Draft202012Validator) -> None:
    document = json.loads(compare_runs[0])
    assert any(g["differences"] for g in document["groups"]), "the two reports are expected to differ somewhere"
    accepted = [name for name, broken in _mutations(document).items() if not errors(validator, broken)]
    assert accepted == []
