"""Hostile and heavy input (issue 14): one or more tests per numbered finding.

Each asserts what a user or a CI log would see: the exit code and the one-line message,
the escaped output, or that no file outside the manifest's folder changed. Item 7 and
item 12 (the embedding cache's folder and its sqlite file) are tested with that cache.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimcheck import api, article_cache
from claimcheck.check import load_manifest
from claimcheck.check.golden import read_golden
from claimcheck.errors import InputError, ManifestError
from claimcheck.reading import MAX_HTML_DEPTH, read_document
from claimcheck.render import visible
from claimcheck.render.markdown import comparison_markdown
from claimcheck.render.terminal import make_console, print_claims, print_comparison, print_sentences
from claimcheck.types import ClaimKind

from .conftest import ROOT, SEEDS, run_cli

#: Escape sequences an article may carry to act on a terminal: an OSC 8 link with a
#: spoofed target, clear screen, cursor up + erase line, a window title.
ESCAPES = ["\x1b]8;;https://evil.example/\x1b\\bank\x1b]8;;\x1b\\", "\x1b[2J", "\x1b[1A\x1b[2K", "\x1b]0;pwned\x07"]
HOSTILE = (
    "Officials said the bridge will open on Monday" + ESCAPES[0] + ".\n\n"
    "Police said the road" + ESCAPES[1] + " will close on Tuesday.\n\n"
    "The mayor said" + ESCAPES[2] + " that the fares will rise\u202e by ten percent" + ESCAPES[3] + ".\n"
)


def _corpus(tmp_path: Path, manifest: str) -> Path:
    """A corpus folder with two seed articles and ``manifest``, beside a victim file."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in SEEDS[:2]:
        shutil.copy(seed, corpus / seed.name)
    (corpus / "claimcheck.toml").write_text(manifest.format(a=SEEDS[0].name, b=SEEDS[1].name), encoding="utf-8")
    (tmp_path / "victim.txt").write_text("precious\n", encoding="utf-8")
    return corpus


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _set(golden: str, articles: str = '"{a}", "{b}"') -> str:
    return f'[[set]]\nname = "s"\narticles = [{articles}]\ngolden = "{golden}"\n'


# ------------------------------------------------------------------ 1, 2: corpus boundary


@pytest.mark.parametrize(
    ("golden", "message"),
    [
        ("../victim.txt", "golden '../victim.txt' is outside the manifest's folder"),
        ("{victim}", "is outside the manifest's folder"),
        ("link.json", "golden 'link.json' is outside the manifest's folder"),
        ("claimcheck.toml", "golden file is the manifest itself"),
        ("{a}", "is one of the articles"),
        ("sub", "is a directory"),
    ],
)
def test_hostile_golden_outside_or_over_inputs_is_refused(tmp_path: Path, golden: str, message: str) -> None:
    victim = tmp_path / "victim.txt"
    corpus = _corpus(tmp_path, _set(golden.replace("{victim}", str(victim))))
    (corpus / "link.json").symlink_to(victim)
    (corpus / "sub").mkdir()
    with pytest.raises(ManifestError, match="set 1") as error:
        load_manifest(corpus)
    assert message in str(error.value)


def test_hostile_update_golden_outside_exits_2_and_changes_nothing(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, _set("../deeper/victim.json"))
    before = _snapshot(tmp_path)
    result = run_cli("check", str(corpus), "--update-golden", "--no-cache")
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith("claimcheck: error: ") and "is outside the manifest's folder" in line
    assert "--allow-outside" in line
    assert _snapshot(tmp_path) == before
    assert not (tmp_path / "deeper").exists()


@pytest.mark.parametrize("article", ["../victim.txt", "/etc/passwd", "../../../../../../etc/hostname"])
def test_hostile_manifest_article_outside_is_refused(tmp_path: Path, article: str) -> None:
    corpus = _corpus(tmp_path, _set("expected.json", articles=f'"{{a}}", "{article}"'))
    with pytest.raises(ManifestError, match=r"article '.*' is outside the manifest's folder"):
        load_manifest(corpus)


def test_hostile_allow_outside_lets_a_folder_in(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, _set("../goldens/s.json", articles='"{a}", "../victim.txt"'))
    manifest = load_manifest(corpus, allow_outside=[tmp_path])
    assert manifest.sets[0].paths[1].resolve() == (tmp_path / "victim.txt").resolve()


def test_hostile_cli_allow_outside_reaches_the_manifest(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, _set("expected.json", articles='"{a}", "../victim.txt"'))
    refused = run_cli("check", str(corpus), "--set", "none")
    assert refused.returncode == 2 and "is outside the manifest's folder" in refused.stderr
    # Allowed, the manifest loads, and the run stops at the next problem: the set asked for.
    allowed = run_cli("check", str(corpus), "--set", "none", "--allow-outside", str(tmp_path))
    assert allowed.returncode == 2
    assert allowed.stderr.splitlines()[-1].endswith("no set named 'none'")


def test_hostile_golden_written_atomically_replaces_a_symlink_inside(tmp_path: Path) -> None:
    """A golden that is a symbolic link (to a file inside the corpus) is replaced, not followed."""
    from claimcheck.check.golden import write_golden

    corpus = _corpus(tmp_path, _set("expected.json"))
    other = corpus / "other.json"
    other.write_text("{}", encoding="utf-8")
    (corpus / "expected.json").symlink_to(other)
    write_golden(corpus / "expected.json", '{"new": 1}\n')
    assert not (corpus / "expected.json").is_symlink()
    assert other.read_text(encoding="utf-8") == "{}"
    assert [p.name for p in corpus.iterdir() if p.name.endswith(".tmp")] == []


# ------------------------------------------------------------------- 3, 4, 5: output


@pytest.fixture(scope="module")
def hostile_articles() -> list:  # type: ignore[type-arg]
    return api.analyze([api.article_from_text(HOSTILE, name="evil\x1b[2J\n.txt")])


def _rendered(print_view, articles) -> str:  # type: ignore[no-untyped-def]
    stream = io.StringIO()
    print_view(make_console(stream), articles)
    return stream.getvalue()


@pytest.mark.parametrize("view", [print_sentences, print_claims])
def test_hostile_terminal_shows_escape_sequences_instead_of_running_them(hostile_articles, view) -> None:  # type: ignore[no-untyped-def]
    out = _rendered(view, hostile_articles)
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "\\x1b[2J" in out and "\\x1b]0;pwned\\x07" in out and "<U+202E>" in out
    assert "evil\\x1b[2J\\n.txt" in out


def test_hostile_cli_sentences_escapes_on_a_terminal_too(tmp_path: Path) -> None:
    path = tmp_path / "evil.txt"
    # Enough ordinary text that the reader does not take the file for binary data.
    path.write_text(HOSTILE + "\nThe council met on Friday to discuss the budget for the year.\n" * 20, encoding="utf-8")
    for args in ([], ["-o", str(tmp_path / "out.txt")]):
        result = run_cli("sentences", str(path), *args, env={"NO_COLOR": "", "FORCE_COLOR": "1", "TERM": "xterm"})
        assert result.returncode == 0, result.stderr
        out = result.stdout if not args else (tmp_path / "out.txt").read_text(encoding="utf-8")
        for sequence in ESCAPES:
            assert sequence not in out
        assert "\\x1b[1A\\x1b[2K" in out


def test_hostile_json_keeps_the_exact_text(hostile_articles) -> None:  # type: ignore[no-untyped-def]
    from claimcheck.render.json import sentences_json

    data = json.loads(sentences_json(hostile_articles))
    texts = "".join(s["text"] for a in data["articles"] for s in a["sentences"])
    assert ESCAPES[1] in texts and "\u202e" in texts


@pytest.fixture(scope="module")
def hostile_comparison():  # type: ignore[no-untyped-def]
    a = (
        'Officials said <img src=x onerror=alert(1)> the bridge will open on Monday, [x](javascript:alert(1)) "<script>".\n\n'
        "The mayor said the fares will rise by ten percent from April, officials of the city\n"
        "# FAKE HEADING told reporters in the town hall on Friday <details><summary>x</summary>\n"
        "according to a statement released by the transport office of the city council.\n"
    )
    b = (
        "Officials said the bridge will open on Tuesday.\n\n"
        "The mayor said the fares will rise by ten percent from April, officials told reporters on Friday.\n"
    )
    return api.compare_texts([a, b], names=["a\x1b[2J|<b>.txt", "b\n| x |.txt"])


def test_hostile_markdown_escapes_html_links_and_line_starts(hostile_comparison) -> None:  # type: ignore[no-untyped-def]
    out = comparison_markdown(hostile_comparison)
    for raw in ("<img", "<script", "<details", "<b>", "](javascript:", "\x1b"):
        assert raw not in out
    assert "&lt;img src=x onerror=alert\\(1\\)&gt;" in out
    assert not any(line.startswith("# FAKE") for line in out.splitlines())
    table_rows = [line for line in out.splitlines() if line.startswith("|")]
    cells = [line for line in table_rows if not line.startswith("|---")]
    assert cells and all(line.endswith(" |") and line.replace("\\|", "").count(" | ") in (2, 3) for line in cells)
    assert "a\\\\x1b\\[2J\\|&lt;b&gt;.txt" in out


def test_hostile_terminal_comparison_is_escaped(hostile_comparison) -> None:  # type: ignore[no-untyped-def]
    stream = io.StringIO()
    print_comparison(make_console(stream), hostile_comparison)
    out = stream.getvalue()
    assert "\x1b" not in out and "a\\x1b[2J|<b>.txt" in out


def test_hostile_zero_width_inside_a_cue_still_attributes() -> None:
    text = "Officials sa\u200bid the bridge will open on Monday."
    (article,) = api.analyze([api.article_from_text(text)])
    (sentence,) = article.sentences
    assert sentence.kind is ClaimKind.ATTRIBUTED
    (attribution,) = sentence.attributions
    assert attribution.cue is not None and attribution.cue.text == "sa\u200bid"
    assert article.text[attribution.cue.start : attribution.cue.end] == "sa\u200bid"
    assert any("U+200B zero width space x1" in w for w in article.warnings)


def test_hostile_zero_width_in_a_source_name_still_resolves() -> None:
    (article,) = api.analyze([api.article_from_text("KC\u200bNA said the talks went well on Sunday.")])
    (attribution,) = article.sentences[0].attributions
    assert attribution.source is not None and attribution.source.text == "KC\u200bNA"
    assert [link.source.id for link in attribution.chain] == ["kcna"]


def test_hostile_zero_width_makes_no_attribution_difference() -> None:
    # Other news beside it, so that the sentence has neighbours to be aligned among.
    other = " The monsoon reached the coast of Kerala on Monday. Oil prices rose for a third day on Tuesday.\n"
    comparison = api.compare_texts(
        ["Officials said the bridge will open on Monday." + other, "Officials sa\u200bid the bridge will open on Monday." + other]
    )
    first = next(g for g in comparison.groups if (g.members[0].article, g.members[0].sentence) == ("text-1", 0))
    assert [(m.article, m.sentence) for m in first.members] == [("text-1", 0), ("text-2", 0)]
    assert first.differences == ()


def test_hostile_bidi_override_is_warned_and_shown() -> None:
    (article,) = api.analyze([api.article_from_text("Police said the road will close\u202e on Tuesday.")])
    assert any("U+202E right-to-left override x1" in w for w in article.warnings)
    assert visible(article.sentences[0].text).endswith("close<U+202E> on Tuesday.")


def test_hostile_joiners_inside_indic_words_stay_as_written() -> None:
    assert visible("क्\u200dष") == "क्\u200dष"
    assert visible("a\u200db") == "a<U+200D>b"


# ------------------------------------------------------------------ 6, 14: bounds


def test_hostile_a_line_over_a_million_characters_is_split(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    sentence = "Officials said the bridge will open on Monday after two years of work and delays "
    path.write_text(sentence * (1_100_000 // len(sentence)) + ".\n", encoding="utf-8")
    result = run_cli("sentences", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    (article,) = json.loads(result.stdout)["articles"]
    text = path.read_text(encoding="utf-8")
    assert all(text[s["start"] : s["end"]] == s["text"] for s in article["sentences"])
    assert len(article["sentences"]) >= 11


def test_hostile_compare_refuses_too_many_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(api, "MAX_COMPARED_SENTENCES", 2)
    with pytest.raises(InputError, match=r"has 3 sentences; compare aligns at most 2 per article"):
        api.compare_texts(["One said so. Two said so. Three said so.", "One said so."])


# --------------------------------------------------------------- 8, 9: exit codes


def test_hostile_deep_golden_json_is_a_manifest_error(tmp_path: Path) -> None:
    golden = tmp_path / "expected.json"
    golden.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(ManifestError, match="nested too deeply"):
        read_golden(golden)


def test_hostile_deep_manifest_toml_is_a_manifest_error(tmp_path: Path) -> None:
    (tmp_path / "claimcheck.toml").write_text("x = " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    result = run_cli("check", str(tmp_path))
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith("claimcheck: error: ") and ("nested too deeply" in line or "not valid TOML" in line)


def test_hostile_closed_stdin_is_one_line(tmp_path: Path) -> None:
    proc = subprocess.run(
        ["bash", "-c", f"exec {sys.executable} -m claimcheck sentences - <&-"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == ["claimcheck: error: -: standard input is closed"]


def test_hostile_full_disk_is_one_line() -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "claimcheck", "sentences", str(SEEDS[0]), "--format", "json"],
            stdout=full, stderr=subprocess.PIPE, text=True, cwd=ROOT, timeout=300,
        )
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == ["claimcheck: error: cannot write the output: No space left on device"]


def test_hostile_lone_surrogates_in_library_text_are_replaced() -> None:
    (article,) = api.analyze([api.article_from_text("Officials said \ud800 the bridge will open.\udfff")])
    assert "\ud800" not in article.text and article.text.count("\ufffd") == 2
    assert any("lone surrogate" in w for w in article.warnings)


@pytest.mark.parametrize("fmt", ["terminal", "json"])
def test_hostile_broken_pipe_exits_0_quietly(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "many.txt"
    path.write_text("".join(f"Sentence number {n} of a long article.\n" for n in range(3000)), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimcheck", "sentences", str(path), "--format", fmt],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env={**os.environ, "NO_COLOR": "1"},
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # as `| head -1` does
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=300) == 0
    assert stderr == ""


def test_hostile_internal_error_is_one_line_and_exit_3(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from claimcheck import cli

    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("boom")

    monkeypatch.setattr(api, "read_articles", broken)
    monkeypatch.setattr(sys, "argv", ["claimcheck", "sentences", str(SEEDS[0])])
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    assert exit_.value.code == cli.EXIT_INTERNAL_ERROR == 3
    assert capsys.readouterr().err.splitlines() == [
        "claimcheck: error: internal error, please report it (with --debug for the traceback): ValueError: boom"
    ]
    monkeypatch.setattr(sys, "argv", ["claimcheck", "--debug", "sentences", str(SEEDS[0])])
    with pytest.raises(ValueError, match="boom"):
        cli.main()


# ------------------------------------------------------------ 10, 11, 13, 15: the rest


def test_hostile_fifo_is_refused_before_open(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = run_cli("sentences", str(fifo))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"claimcheck: error: {fifo}: is not a regular file (a pipe, device or socket): save the article to a file"
    ]


def test_hostile_altered_analysis_cache_entry_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(article_cache, "_folder", lambda: tmp_path)
    (article,) = api.analyze([api.article_from_text("KCNA said the talks went well on Sunday.")])
    article_cache.store("k", article)
    assert article_cache.load("k") == article
    entry = tmp_path / "k.json"
    for change in ('"start": 0', '"start": 1'), ("went well", "went badly"):
        data = entry.read_text(encoding="utf-8")
        entry.write_text(data.replace(*change, 1), encoding="utf-8")
        assert article_cache.load("k") is None
        article_cache.store("k", article)
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["article"]["sentences"][0]["start"] = "zero"
    entry.write_text(json.dumps(data), encoding="utf-8")
    assert article_cache.load("k") is None


def test_hostile_deeply_nested_html_warns(tmp_path: Path) -> None:
    body = "<p>Officials said on Monday that the new bridge over the river will open to traffic next week.</p>"
    head = "<html><head><title>Bridge opens</title></head><body><h1>Bridge opens</h1><p>A short intro line of the page here.</p>"
    path = tmp_path / "deep.html"
    path.write_text(head + "<div>" * 300 + body + "</div>" * 300 + "</body></html>", encoding="utf-8")
    doc = read_document(str(path))
    (warning,) = doc.warnings
    assert f"the HTML parser stops at {MAX_HTML_DEPTH} levels" in warning
    path.write_text("<html><body>" + "<div>" * 300 + body + "</div>" * 300 + "</body></html>", encoding="utf-8")
    with pytest.raises(InputError, match=f"deeper than the {MAX_HTML_DEPTH} levels the HTML parser reads"):
        read_document(str(path))


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: p.symlink_to(p), "is a symbolic link loop"),
        (lambda p: p.symlink_to(p.parent / "gone.txt"), "is a broken symbolic link"),
        (lambda p: p.write_text("🎉🎉🎉\n", encoding="utf-8"), "has no words (no letter or digit in any script)"),
        (lambda p: p.write_text(".\n", encoding="utf-8"), "has no words (no letter or digit in any script)"),
    ],
)
def test_hostile_messages_say_what_is_wrong(tmp_path: Path, setup, message: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    setup(path)
    with pytest.raises(InputError, match="^" + re.escape(f"{path}: {message}")):
        read_document(str(path))


def test_hostile_stdin_twice_is_one_line() -> None:
    result = run_cli("compare", "-", "-", input=b"KCNA said so on Sunday.\n")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "claimcheck: error: standard input (-) is given more than once; it can be read only once"
    ]


def test_hostile_ctrl_c_prints_interrupted(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("".join(f"Officials said on day {n} that the bridge will open soon.\n" for n in range(20000)), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimcheck", "claims", str(path), "--format", "json"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, text=True,
        env={**os.environ, "CLAIMCHECK_CACHE_DIR": str(tmp_path / "cache")},
    )
    time.sleep(8)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130
    assert stderr.splitlines()[-1:] == ["claimcheck: interrupted"]


def test_hostile_markdown_mentions_and_references_are_inert() -> None:
    from claimcheck.render.markdown import md

    # "@someone" would notify a person where the report is posted (an issue, a PR).
    assert md("ask @newsdesk about #12") == "ask \\@newsdesk about \\#12"
