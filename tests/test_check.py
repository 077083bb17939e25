"""``claimcheck check``: manifests, goldens, policies, exit codes and CI output formats.

Runs use the real default model; embeddings come from the user's cache when present.
"""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.check import Policy, RequiredClaim, RequiredDifference, diff_json, load_manifest, policy_failures
from claimcheck.cli import EXIT_CHECK_FAILED, EXIT_INPUT_ERROR, EXIT_OK, CheckFormat, app
from claimcheck.errors import ManifestError
from claimcheck.types import ClaimKind, DifferenceKind

from .conftest import FIXTURES, run_cli

MANIFEST = load_manifest(FIXTURES)
PLANTED = json.loads((FIXTURES / "crosslingual" / "planted.json").read_text(encoding="utf-8"))
#: The set whose golden the failure tests break: translations, so it has differences to break.
BROKEN_SET = "paraphrase-000"
BROKEN_GOLDEN = "paraphrase/expected.json"
#: Keep the user's GitHub Actions environment (if any) from changing the default format.
PLAIN_ENV = {"GITHUB_ACTIONS": None, "NO_COLOR": "1"}


def _invoke(*args: str, env: dict[str, str | None] | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, ["check", *args], env={**PLAIN_ENV, **(env or {})})


def _break_golden(corpus: Path) -> tuple[str, str]:
    """Change the kind of the first difference in BROKEN_GOLDEN; return (path, expected diff line)."""
    golden = corpus / BROKEN_GOLDEN
    data = json.loads(golden.read_text(encoding="utf-8"))
    index, group = next((i, g) for i, g in enumerate(data["groups"]) if g["differences"])
    old = group["differences"][0]["kind"]
    new = next(k.value for k in DifferenceKind if k.value != old)
    group["differences"][0]["kind"] = new
    golden.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return f"groups[{index}].differences[0].kind", f'groups[{index}].differences[0].kind: "{new}" -> "{old}"'


@pytest.fixture(scope="module")
def broken_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A copy of the fixtures corpus with one golden value changed."""
    corpus = tmp_path_factory.mktemp("broken") / "fixtures"
    shutil.copytree(FIXTURES, corpus)
    _, line = _break_golden(corpus)
    return corpus, line


# ----------------------------------------------------------------------- the real corpus


def test_check_fixture_corpus_passes() -> None:
    result = run_cli("check", "fixtures/", env={"GITHUB_ACTIONS": "false"})
    assert result.returncode == EXIT_OK, result.stdout + result.stderr
    n = len(MANIFEST.sets)
    assert f"{n} sets: {n} passed" in result.stdout
    for article_set in MANIFEST.sets:
        assert f"PASS  {article_set.name} " in result.stdout
    # Progress, one line per set as it completes, goes to stderr (CI logs show it live).
    progress = [line.rsplit(" (", 1)[0] for line in result.stderr.splitlines() if line.startswith("set ")]
    assert progress == [f"set {i}/{n} {s.name}: pass" for i, s in enumerate(MANIFEST.sets, start=1)]


def test_check_manifest_has_a_set_requiring_every_planted_difference() -> None:
    required = {(s.articles, d.kind.value) for s in MANIFEST.sets for d in s.policy.require_differences}
    for plant in PLANTED:
        assert ((plant["base"], plant["variant"]), plant["kind"]) in required, plant["name"]


def test_check_goldens_are_listed_in_the_manifest() -> None:
    # Every golden on disk belongs to a set (none is orphaned or hand-made).
    on_disk = {p.resolve() for p in FIXTURES.rglob("expected*.json")}
    listed = {s.golden.resolve() for s in MANIFEST.sets if s.golden is not None}
    assert on_disk == listed


# ------------------------------------------------------------------------- golden diffs


def test_check_changed_golden_fails_and_names_the_path(broken_corpus: tuple[Path, str], tmp_path: Path) -> None:
    corpus, line = broken_corpus
    junit = tmp_path / "junit.xml"
    result = _invoke(str(corpus), "--junit", str(junit))
    assert result.exit_code == EXIT_CHECK_FAILED, result.output
    assert f"FAIL  {BROKEN_SET} " in result.stdout
    assert line in result.stdout
    n = len(MANIFEST.sets)
    assert f"{n} sets: {n - 1} passed, 1 failed" in result.stdout

    suite = ET.parse(junit).getroot()
    cases = suite.findall("./testsuite/testcase")
    assert [c.get("name") for c in cases] == [s.name for s in MANIFEST.sets]
    failed = [c for c in cases if c.find("failure") is not None]
    assert [c.get("name") for c in failed] == [BROKEN_SET]
    assert line in (failed[0].find("failure").text or "")  # type: ignore[union-attr]
    assert suite.get("tests") == str(n) and suite.get("failures") == "1"


@pytest.mark.parametrize("env, args", [({}, ["--format", "github"]), ({"GITHUB_ACTIONS": "true"}, [])])
def test_check_github_format_annotates_the_golden(
    broken_corpus: tuple[Path, str], env: dict[str, str | None], args: list[str]
) -> None:
    corpus, line = broken_corpus
    result = _invoke(str(corpus), "--set", BROKEN_SET, *args, env=env)
    assert result.exit_code == EXIT_CHECK_FAILED
    errors = [x for x in result.stdout.splitlines() if x.startswith("::error ")]
    warnings = [x for x in result.stdout.splitlines() if x.startswith("::warning ")]
    assert len(errors) == 1 and len(errors) + len(warnings) == len(result.stdout.splitlines())
    assert errors[0].startswith(
        f"::error file={(corpus / BROKEN_GOLDEN).as_posix()},title=claimcheck%3A set {BROKEN_SET} failed::"
    )
    assert f"%0A  {line}" in errors[0]
    assert "\n" not in errors[0]


def test_check_update_golden_rewrites_it(tmp_path: Path) -> None:
    corpus = tmp_path / "fixtures"
    shutil.copytree(FIXTURES, corpus)
    _break_golden(corpus)
    updated = _invoke(str(corpus), "--set", BROKEN_SET, "--update-golden")
    assert updated.exit_code == EXIT_OK, updated.output
    assert f"golden written: {(corpus / BROKEN_GOLDEN).as_posix()}" in updated.stdout
    assert (corpus / BROKEN_GOLDEN).read_bytes() == (FIXTURES / BROKEN_GOLDEN).read_bytes()
    assert _invoke(str(corpus), "--set", BROKEN_SET).exit_code == EXIT_OK


def test_check_missing_golden_fails(tmp_path: Path) -> None:
    corpus = tmp_path / "fixtures"
    shutil.copytree(FIXTURES, corpus)
    (corpus / BROKEN_GOLDEN).unlink()
    result = _invoke(str(corpus), "--set", BROKEN_SET)
    assert result.exit_code == EXIT_CHECK_FAILED
    assert f"golden file {(corpus / BROKEN_GOLDEN).as_posix()} is missing" in result.stdout


def test_check_diff_aligns_groups_by_members() -> None:
    group = {"id": 1, "members": [{"article": "a", "sentence": 1}, {"article": "b", "sentence": 2}], "differences": []}
    inserted = {
        "id": 1,
        "members": [{"article": "a", "sentence": 0}, {"article": "b", "sentence": 0}],
        "differences": [{"kind": "number", "sides": [], "detail": "100 vs 200"}],
    }
    expected = {"groups": [group]}
    actual = {"groups": [inserted, {**group, "id": 2}]}
    assert diff_json(expected, actual) == [
        "groups[0]: added group a#0, b#0 (differences: number)",
        "groups[0].id: 1 -> 2",
    ]


def test_check_diff_reports_changes_and_tolerates_float_noise() -> None:
    expected = {"summary": {"differences": {"date": 1}}, "similarity": 0.9641, "model": "m (abc)"}
    actual = {"summary": {"differences": {"weekday": 1}}, "similarity": 0.9652, "model": "m (abd)"}
    assert diff_json(expected, actual) == [
        "summary.differences.date: removed 1",
        "summary.differences.weekday: added 1",
        'model: "m (abc)" -> "m (abd)"',
    ]
    assert diff_json({"similarity": 0.96}, {"similarity": 0.97}) == ["similarity: 0.96 -> 0.97"]


# ------------------------------------------------------------------------------ policies

#: A golden with differences of several kinds: seed 000 and two independent reports.
SEEDS_DATA = json.loads((FIXTURES / "paraphrase" / "expected.json").read_text(encoding="utf-8"))
SEED_000 = "seeds/000_753f1a494d41d2ce.txt"


def test_check_policy_max_unattributed() -> None:
    count = SEEDS_DATA["summary"]["unattributed_claims"]
    assert policy_failures(Policy(max_unattributed=count), SEEDS_DATA) == ([], [])
    failures, _ = policy_failures(Policy(max_unattributed=count - 1), SEEDS_DATA)
    assert failures == [f"{count} unattributed claims (at most {count - 1} allowed)"]


def test_check_policy_fail_on_names_group_and_detail() -> None:
    found = [(g, d) for g in SEEDS_DATA["groups"] for d in g["differences"]]
    group, difference = found[0]
    failures, _ = policy_failures(Policy(fail_on=(DifferenceKind(difference["kind"]),)), SEEDS_DATA)
    assert failures[0].startswith(f"fail_on {difference['kind']}: group {group['id']} (")
    assert failures[0].endswith(difference["detail"])
    assert len(failures) == sum(1 for _, d in found if d["kind"] == difference["kind"])


def test_check_policy_require_claims_and_xfail() -> None:
    sentence = next(
        s for s in SEEDS_DATA["articles"][0]["sentences"] if s["kind"] == "attributed" and s["attributions"][0]["chain"]
    )
    source = sentence["attributions"][0]["chain"][0]["source"]["id"]
    text = sentence["text"][:20]
    found = RequiredClaim(SEED_000, text, ClaimKind.ATTRIBUTED, source)
    wrong = RequiredClaim(SEED_000, text, ClaimKind.NOT_A_CLAIM)
    absent = RequiredClaim(SEED_000, "no such words anywhere")
    assert policy_failures(Policy(require_claims=(found,)), SEEDS_DATA) == ([], [])
    failures, _ = policy_failures(Policy(require_claims=(wrong, absent)), SEEDS_DATA)
    assert failures == [
        f'required sentence containing "{text}" (not_claim) not found in {SEED_000} (found #{sentence["index"]} attributed, sources {", ".join(dict.fromkeys(link["source"]["id"] for a in sentence["attributions"] for link in a["chain"]))})',
        f'required sentence containing "no such words anywhere" not found in {SEED_000} (no sentence contains it)',
    ]
    # A known gap does not fail the set; once it holds, the stale marker does.
    failures, known = policy_failures(
        Policy(require_claims=(RequiredClaim(SEED_000, "no such words anywhere", xfail="gap"),)), SEEDS_DATA
    )
    assert failures == [] and len(known) == 1 and known[0].endswith("[xfail: gap]")
    failures, known = policy_failures(Policy(require_claims=(RequiredClaim(SEED_000, text, xfail="gap"),)), SEEDS_DATA)
    assert known == [] and failures == [
        f"required sentence containing \"{text}\" in {SEED_000} is now found but marked xfail (gap): remove 'xfail' from the manifest"
    ]


def test_check_policy_require_differences_matches_sides_in_order() -> None:
    difference = next(d for g in SEEDS_DATA["groups"] for d in g["differences"])
    kind = DifferenceKind(difference["kind"])
    first, second = (s["value"] for s in difference["sides"][:2])
    assert policy_failures(
        Policy(require_differences=(RequiredDifference(kind, (first.upper(), second)),)), SEEDS_DATA
    ) == ([], [])
    failures, _ = policy_failures(Policy(require_differences=(RequiredDifference(kind, (second, first)),)), SEEDS_DATA)
    assert len(failures) == 1 and failures[0].startswith(
        f"required {kind.value} difference ({second} | {first}) not reported (found"
    )
    other = next(
        k for k in DifferenceKind if all(d["kind"] != k.value for g in SEEDS_DATA["groups"] for d in g["differences"])
    )
    failures, _ = policy_failures(Policy(require_differences=(RequiredDifference(other),)), SEEDS_DATA)
    assert failures == [f"required {other.value} difference not reported (no {other.value} difference at all)"]


# ----------------------------------------------------------------------------- manifests

GOOD_SET = '[[set]]\nname = "x"\narticles = ["a.txt", "b.txt"]\n'


@pytest.mark.parametrize(
    "text, message",
    [
        (
            '[[set]]\nname = "x"\narticles = "a.txt"\n',
            "claimcheck.toml: set 1 (\"x\"): 'articles' must be a list of paths",
        ),
        (
            GOOD_SET + 'golde = "e.json"\n',
            "claimcheck.toml: set 1 (\"x\"): unknown key 'golde' (expected one of: articles, golden, model, name, policy)",
        ),
        (
            GOOD_SET + "[set.policy]\nrequre_claims = []\n",
            "claimcheck.toml: set 1 (\"x\"): policy: unknown key 'requre_claims' (expected one of: fail_on, max_unattributed, require_claims, require_differences)",
        ),
        ('modle = "m"\n' + GOOD_SET, "claimcheck.toml: unknown key 'modle' (expected one of: model, set)"),
        (
            GOOD_SET + '[[set]]\nname = "y"\narticles = ["a.txt", "c.txt"]\n',
            'claimcheck.toml: set 2 ("y"): article file not found: c.txt',
        ),
        (
            GOOD_SET + '[set.policy]\nfail_on = ["numbr"]\n',
            "claimcheck.toml: set 1 (\"x\"): policy 'fail_on': unknown difference kind 'numbr' (expected one of: source, chain, attribution, number, date, weekday, name, negation, outcome)",
        ),
        (
            GOOD_SET + '[set.policy]\nrequire_claims = [{ article = "c.txt", contains = "z" }]\n',
            "claimcheck.toml: set 1 (\"x\"): policy 'require_claims' item 1: 'article' must be one of the set's articles (got 'c.txt')",
        ),
        (
            GOOD_SET + '[set.policy]\nrequire_differences = [{ kind = "date", value = ["1"] }]\n',
            "claimcheck.toml: set 1 (\"x\"): policy 'require_differences' item 1: unknown key 'value' (expected one of: kind, values, xfail)",
        ),
        (GOOD_SET + GOOD_SET, 'claimcheck.toml: set 2 ("x"): another set has the same name'),
        (
            '[[set]]\nname = "x"\narticles = ["a.txt"]\n',
            "claimcheck.toml: set 1 (\"x\"): 'articles' must name at least two files to compare",
        ),
        ('[[set]]\narticles = ["a.txt", "b.txt"]\n', "claimcheck.toml: set 1: 'name' must be a non-empty string"),
        ('model = "m"\n', "claimcheck.toml: expected at least one [[set]] table"),
        ("set = [1]\n", "claimcheck.toml: expected at least one [[set]] table"),
        ('model = 3\n' + GOOD_SET, "claimcheck.toml: 'model' must be a non-empty string"),
        ('[[set]]\nname = "  "\narticles = ["a.txt", "b.txt"]\n', "claimcheck.toml: set 1 (\"  \"): 'name' must be a non-empty string"),
        ('[[set]]\nname = "x"\narticles = ["a.txt", "a.txt"]\n', "claimcheck.toml: set 1 (\"x\"): 'articles' names the same file twice"),
        (GOOD_SET + "policy = 3\n", "claimcheck.toml: set 1 (\"x\"): 'policy' must be a table"),
        (
            GOOD_SET + 'golden = "e.json"\n' + GOOD_SET.replace('"x"', '"y"') + 'golden = "e.json"\n',
            'claimcheck.toml: set 2 ("y"): golden file is shared with set "x"',
        ),
        (
            GOOD_SET + "[set.policy]\nmax_unattributed = true\n",
            "claimcheck.toml: set 1 (\"x\"): policy 'max_unattributed' must be a whole number >= 0",
        ),
        (
            GOOD_SET + '[set.policy]\nfail_on = "number"\n',
            "claimcheck.toml: set 1 (\"x\"): policy 'fail_on' must be a list of difference kinds",
        ),
        (
            GOOD_SET + "[set.policy]\nrequire_claims = [3]\n",
            "claimcheck.toml: set 1 (\"x\"): policy 'require_claims' must be a list of tables",
        ),
        (
            GOOD_SET + '[set.policy]\nrequire_claims = [{ article = "a.txt", contains = "x", kind = "claimed" }]\n',
            "claimcheck.toml: set 1 (\"x\"): policy 'require_claims' item 1: unknown claim kind 'claimed' (expected one of: attributed, unattributed, not_claim)",
        ),
        (
            GOOD_SET + '[set.policy]\nrequire_claims = [{ article = "a.txt", contains = "" }]\n',
            "claimcheck.toml: set 1 (\"x\"): policy 'require_claims' item 1: 'contains' must be a non-empty string",
        ),
        (
            GOOD_SET + '[set.policy]\nrequire_differences = [{ values = ["1"] }]\n',
            "claimcheck.toml: set 1 (\"x\"): policy 'require_differences' item 1: unknown difference kind None (expected one of: source, chain, attribution, number, date, weekday, name, negation, outcome)",
        ),
        (
            GOOD_SET + '[set.policy]\nrequire_differences = [{ kind = "date", values = [1] }]\n',
            "claimcheck.toml: set 1 (\"x\"): policy 'require_differences' item 1: 'values' must be a list of strings",
        ),
    ],
)
def test_check_manifest_errors_name_file_and_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("A sentence.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Another sentence.", encoding="utf-8")
    (tmp_path / "claimcheck.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ManifestError) as error:
        load_manifest(".")
    assert str(error.value) == message


def test_check_invalid_toml_names_the_place(tmp_path: Path) -> None:
    (tmp_path / "claimcheck.toml").write_text('[[set]]\nname = "x"\narticles = [\n', encoding="utf-8")
    with pytest.raises(ManifestError) as error:
        load_manifest(tmp_path / "claimcheck.toml")
    message = str(error.value)
    assert message.startswith(f"{(tmp_path / 'claimcheck.toml').as_posix()}: not valid TOML: ")
    assert message.endswith("(at end of document)") and "\n" not in message


def test_check_malformed_manifest_exits_2_with_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claimcheck.toml").write_text('[[set]]\nname = "x"\narticles = "a.txt"\n', encoding="utf-8")
    result = _invoke()
    assert result.exit_code == EXIT_INPUT_ERROR
    assert result.stdout == ""
    assert result.stderr == "claimcheck: error: claimcheck.toml: set 1 (\"x\"): 'articles' must be a list of paths\n"


def test_check_unknown_key_exits_2(tmp_path: Path) -> None:
    corpus = tmp_path / "fixtures"
    shutil.copytree(FIXTURES, corpus)
    manifest = corpus / "claimcheck.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace("\nrequire_claims = [", "\nrequire_claim = [", 1), encoding="utf-8"
    )
    result = _invoke(str(corpus))
    assert result.exit_code == EXIT_INPUT_ERROR
    assert "unknown key 'require_claim'" in result.stderr and len(result.stderr.splitlines()) == 1


def test_check_reads_pyproject_table_and_prefers_claimcheck_toml(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A sentence.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Another sentence.", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "p"\n\n[[tool.claimcheck.set]]\nname = "py"\narticles = ["a.txt", "b.txt"]\n',
        encoding="utf-8",
    )
    manifest = load_manifest(tmp_path)
    assert manifest.path == tmp_path / "pyproject.toml"
    assert [(s.name, s.paths, s.line) for s in manifest.sets] == [("py", (tmp_path / "a.txt", tmp_path / "b.txt"), 4)]
    (tmp_path / "claimcheck.toml").write_text(GOOD_SET, encoding="utf-8")
    assert [s.name for s in load_manifest(tmp_path).sets] == ["x"]
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "p"\n', encoding="utf-8")
    with pytest.raises(ManifestError, match=r"pyproject.toml: no \[tool.claimcheck\] table"):
        load_manifest(tmp_path / "pyproject.toml")


def test_check_formats_are_all_rendered(broken_corpus: tuple[Path, str]) -> None:
    corpus, line = broken_corpus
    outputs = {f: _invoke(str(corpus), "--set", BROKEN_SET, "--format", f.value) for f in CheckFormat}
    assert all(r.exit_code == EXIT_CHECK_FAILED for r in outputs.values())
    assert all(line in r.stdout for r in outputs.values())
