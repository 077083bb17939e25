"""Benchmark the default embedder: derivation, cold start, throughput and warm-cache runs.

Usage::

    .venv/bin/python benchmarks/bench_embedding.py [--derive] [--sentences N]

Each phase runs in a fresh subprocess so import and load times are real cold
starts. ``--derive`` also times a derivation into a temporary CLAIMCHECK_HOME.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_PHASE = textwrap.dedent(
    """
    import json, sys, time
    started = time.perf_counter()
    from claimcheck.embedding import get_embedder
    texts = json.loads(sys.stdin.read())
    embedder = get_embedder(cache={cache})
    constructed = time.perf_counter()
    embedder.encode(texts[:1])
    first = time.perf_counter()
    embedder.encode(texts)
    done = time.perf_counter()
    print(json.dumps({{
        "construct_s": constructed - started,
        "first_text_s (imports + load)": first - constructed,
        "encode_s": done - first,
        "texts_per_s": len(texts) / (done - first),
        "torch_imported": "torch" in sys.modules,
    }}))
    """
)


def seed_sentences(limit: int) -> list[str]:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((REPO / "fixtures" / "seeds").glob("*.txt")))
    sentences = [s.strip() for s in text.split(".") if s.strip()]
    # Repeat with a suffix so that the cache sees distinct texts of realistic length.
    return [f"{sentences[i % len(sentences)]} ({i})" for i in range(limit)]


def run_phase(name: str, texts: list[str], env: dict[str, str], cache: bool) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _PHASE.format(cache=cache)],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    print(f"{name:<28}" + "  ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=320, help="texts to encode per phase")
    parser.add_argument("--derive", action="store_true", help="also time a fresh derivation")
    args = parser.parse_args()
    texts = seed_sentences(args.sentences)
    with tempfile.TemporaryDirectory() as scratch:
        env = {**os.environ, "CLAIMCHECK_CACHE_DIR": str(Path(scratch) / "cache")}
        if args.derive:
            home_env = {**env, "CLAIMCHECK_HOME": str(Path(scratch) / "home")}
            result = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    "import time; t=time.perf_counter(); from claimcheck.models import "
                    "ensure_model; ensure_model(); print(time.perf_counter()-t)",
                ],
                capture_output=True,
                text=True,
                env=home_env,
                check=True,
            )
            print(f"{'derivation':<28}seconds={float(result.stdout.strip()):.2f}")
        run_phase("no cache", texts, env, cache=False)
        run_phase("cold cache (fills it)", texts, env, cache=True)
        run_phase("warm cache", texts, env, cache=True)


if __name__ == "__main__":
    main()
