"""Benchmark claimcheck: start-up, cold / warm / cached ``compare``, and the raw-encoding floor.

Usage::

    .venv/bin/python benchmarks/bench.py [--quick] [--articles N] [--profile]
    .venv/bin/python benchmarks/bench.py --encode-only [--articles N]

Two inputs are measured: (a) the two seed articles and (b) a corpus generated
deterministically from every fixture article (one language per generated article,
10-25 of that language's fixture sentences sampled and shuffled; 200 articles, 50
with ``--quick``), written to a temporary folder.

Figures, each from a fresh process unless said otherwise:

* ``compare`` cold: new process, empty embedding cache (the model folder already
  derived), so it loads the model and embeds everything; for the seeds, the median
  of ``--cold-repeats`` such processes (5);
* ``compare`` cached: new process, the cache the cold run filled;
* ``compare`` warm: ``compare_articles(..., cache=False)`` timed on its second call in
  one process, so the model is loaded and only the work itself is timed;
* raw encode: ``SentenceTransformer(folder).encode(texts, batch_size=32,
  normalize_embeddings=True, prompt="query: ")`` on exactly the texts ``compare``
  embeds, in the same process as the warm figure: the floor any comparison pays;
* default backend encode: ``get_embedder(cache=False).encode`` (ONNX Runtime) on the
  same texts, interleaved with the raw encode, and its ratio to it;
* ``claimcheck --help``: median of 5 processes;
* peak memory: ``ru_maxrss`` of the cold and of the cached ``compare`` process.

Targets (for the 2-core reference machine) are printed next to each figure with
PASS or MISS. ``--profile`` adds a cProfile of the warm comparison of the corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))
CORPUS_SEED = 20250714
FULL_ARTICLES = 200
#: Seconds a cold compare of the seeds may take (issue 13), and MiB its peak memory.
COLD_TARGET = 2.5
COLD_MEMORY_TARGET = 600.0
QUICK_ARTICLES = 50

# Runs the CLI's entry point in this interpreter and, whatever the exit code, writes its
# peak resident memory (KiB on Linux) to the file named by argv[1].
_CLI_PROBE = """
import json, resource, sys
report, sys.argv = sys.argv[1], ["claimcheck", *sys.argv[2:]]
try:
    from claimcheck.cli import main
    main()
finally:
    with open(report, "w", encoding="utf-8") as handle:
        json.dump({"maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}, handle)
"""


class TimedOut(Exception):
    """A measured process ran past the time limit."""


@dataclass(frozen=True)
class Row:
    """One line of the result table."""

    figure: str
    """What was measured."""
    value: float
    """The measurement."""
    unit: str
    """``s``, ``x`` or ``MiB``."""
    target: float | None = None
    """Largest acceptable value, if there is a target."""
    timed_out: bool = False
    """The run was stopped at ``value`` seconds (the time limit) before it finished."""

    def cells(self) -> list[str]:
        value = f"{self.value:.2f} {self.unit}" if self.unit != "MiB" else f"{self.value:.0f} MiB"
        if self.timed_out:
            value = f"> {self.value:.0f} s (stopped)"
            return [self.figure, value, f"<= {self.target:g} {self.unit}" if self.target is not None else "", "MISS"]
        if self.target is None:
            return [self.figure, value, "", ""]
        target = f"<= {self.target:g} {self.unit}"
        return [self.figure, value, target, "PASS" if self.value <= self.target else "MISS"]


# ------------------------------------------------------------------------------ corpus


def fixture_articles() -> list[Path]:
    """Every fixture article (seeds, per-language articles, cross-lingual set), sorted."""
    paths = [*SEEDS, *(FIXTURES / "languages").glob("*/*"), *(FIXTURES / "crosslingual").glob("*.txt")]
    return sorted(p for p in paths if p.is_file())


def generate_corpus(folder: Path, count: int, seed: int = CORPUS_SEED) -> list[Path]:
    """Write ``count`` articles made of fixture sentences into ``folder``, deterministically.

    Each generated article takes one language (in turn) and 10-25 sentences sampled
    without replacement from that language's fixture sentences, shuffled, one per
    paragraph. The fixture pools are small, so sentences recur across articles.
    """
    from claimcheck.api import read_article

    pools: dict[str, list[str]] = {}
    for path in fixture_articles():
        article = read_article(str(path))
        pool = pools.setdefault(article.lang, [])
        pool.extend(s.text for s in article.sentences if s.text not in pool)
    languages = sorted(pools)
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        lang = languages[number % len(languages)]
        pool = pools[lang]
        chosen = rng.sample(pool, min(len(pool), rng.randint(10, 25)))
        path = folder / f"{number:03d}_{lang}.txt"
        path.write_text("\n\n".join(chosen) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


# ----------------------------------------------------------------------------- probes


def run_cli(args: Sequence[str], env: dict[str, str], scratch: Path, limit: float | None = None) -> tuple[float, int]:
    """Wall seconds and peak memory (KiB) of one ``claimcheck ARGS`` process.

    Raises:
        TimedOut: The process ran longer than ``limit`` seconds (it is killed).
    """
    report = scratch / f"probe-{time.monotonic_ns()}.json"
    started = time.perf_counter()
    try:
        proc = subprocess.run(
            [sys.executable, "-c", _CLI_PROBE, str(report), *args],
            capture_output=True, text=True, env=env, cwd=REPO, timeout=limit,
        )
    except subprocess.TimeoutExpired:
        raise TimedOut from None
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"claimcheck {' '.join(args[:2])} failed ({proc.returncode}):\n{proc.stderr}")
    rss = json.loads(report.read_text(encoding="utf-8"))["maxrss_kib"]
    return elapsed, int(rss)


def warm_phase(paths: Sequence[str], repeats: int, profile: bool, with_compare: bool = True) -> dict[str, Any]:
    """In this process: warm ``compare_articles(cache=False)`` (unless not ``with_compare``)
    and the raw encode, timed."""
    import resource

    import numpy as np

    from claimcheck.alignment import embed_claims
    from claimcheck.api import analyze, read_articles
    from claimcheck.api import compare as compare_articles
    from claimcheck.models import DEFAULT_MODEL, ensure_model, load_manifest

    articles = analyze(read_articles(list(paths))[0])
    texts: list[str] = []

    def record(batch: list[str]) -> np.ndarray:
        texts.extend(batch)
        return np.zeros((len(batch), 1), dtype=np.float32)

    embed_claims(articles, record)

    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(ensure_model()), device="cpu")
    prompt = load_manifest(DEFAULT_MODEL).prompt

    def raw_encode() -> None:
        model.encode(texts, batch_size=32, normalize_embeddings=True, prompt=prompt, show_progress_bar=False)

    from claimcheck.embedding import get_embedder

    backend = get_embedder(cache=False)

    # One untimed pass of each first: it loads claimcheck's model, and torch's CPU
    # kernels run slower on the first batches of each shape.
    if with_compare:
        compare_articles(articles, cache=False)
    raw_encode()
    backend.encode(texts)
    # Interleaved, so that a change in the machine's load hits all figures alike.
    warm, raw, ours = [], [], []
    for _ in range(repeats):
        if with_compare:
            started = time.perf_counter()
            compare_articles(articles, cache=False)
            warm.append(time.perf_counter() - started)
        started = time.perf_counter()
        raw_encode()
        raw.append(time.perf_counter() - started)
        started = time.perf_counter()
        backend.encode(texts)
        ours.append(time.perf_counter() - started)
    result: dict[str, Any] = {
        "articles": len(articles),
        "sentences": sum(len(a.sentences) for a in articles),
        "texts": len(texts),
        "distinct_texts": len(set(texts)),
        "warm_s": statistics.median(warm) if warm else None,
        "raw_s": statistics.median(raw),
        "backend_s": statistics.median(ours),
        "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }
    if profile:
        import cProfile
        import io
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
        compare_articles(articles, cache=False)
        profiler.disable()
        stream = io.StringIO()
        # claimcheck's own functions only: below them it is torch and the tokenizer.
        pstats.Stats(profiler, stream=stream).sort_stats("cumulative").print_stats("claimcheck", 30)
        result["profile"] = stream.getvalue()
    return result


def run_warm_phase(
    paths: Sequence[Path],
    repeats: int,
    profile: bool,
    env: dict[str, str],
    limit: float | None = None,
    with_compare: bool = True,
) -> dict[str, Any]:
    """:func:`warm_phase` in a fresh process, so the figures do not share this one's state.

    Raises:
        TimedOut: The phase ran longer than ``limit`` seconds (it is killed).
    """
    args = [sys.executable, str(Path(__file__).resolve()), "--warm-phase", "--repeats", str(repeats)]
    if profile:
        args.append("--profile")
    if not with_compare:
        args.append("--encode-only")
    try:
        proc = subprocess.run([*args, *map(str, paths)], capture_output=True, text=True, env=env, cwd=REPO, timeout=limit)
    except subprocess.TimeoutExpired:
        raise TimedOut from None
    if proc.returncode != 0:
        raise SystemExit(f"warm phase failed ({proc.returncode}):\n{proc.stderr}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


# ------------------------------------------------------------------------------- main


def measure(
    name: str,
    paths: Sequence[Path],
    scratch: Path,
    env: dict[str, str],
    *,
    targets: bool,
    repeats: int,
    profile: bool,
    limit: float | None = None,
    cold_repeats: int = 1,
) -> tuple[list[Row], dict[str, Any]]:
    """Cold, cached and warm ``compare``, the raw encode and peak memory for one input set.

    A process that runs past ``limit`` seconds is stopped and reported as such; the
    figures that depend on it are left out.
    """
    args = ["compare", "--format", "json", "--output", str(scratch / f"{name}.json"), *map(str, paths)]
    label = f"{name} ({len(paths)} articles)"
    print(f"[{name}] cold compare x{cold_repeats} ...", file=sys.stderr, flush=True)
    colds: list[tuple[float, int]] = []
    try:
        for n in range(cold_repeats):
            # Each cold run gets an empty cache; the cached runs reuse the last one.
            cache_env = {**env, "CLAIMCHECK_CACHE_DIR": str(scratch / f"cache-{name}-{n}")}
            colds.append(run_cli(args, cache_env, scratch, limit))
    except TimedOut:
        assert limit is not None
        return [Row(f"{label}: compare, cold", limit, "s", COLD_TARGET if targets else None, timed_out=True)], {}
    cold = statistics.median(t for t, _ in colds)
    cold_rss = max(r for _, r in colds)
    times = "" if cold_repeats == 1 else f" (median of {cold_repeats})"
    rows = [Row(f"{label}: compare, cold{times}", cold, "s", COLD_TARGET if targets else None)]
    print(f"[{name}] cached compare ...", file=sys.stderr, flush=True)
    try:
        cached_runs = [run_cli(args, cache_env, scratch, limit) for _ in range(repeats)]
    except TimedOut:
        assert limit is not None
        rows.append(Row(f"{label}: compare, cached", limit, "s", 1.0 if targets else None, timed_out=True))
        return rows, {}
    rows.append(Row(f"{label}: compare, cached", statistics.median(t for t, _ in cached_runs), "s", 1.0 if targets else None))
    print(f"[{name}] warm compare and raw encode ...", file=sys.stderr, flush=True)
    warm: dict[str, Any] = {}
    try:
        warm = run_warm_phase(paths, repeats, profile, env, limit)
    except TimedOut:
        assert limit is not None
        rows.append(Row(f"{label}: compare, warm + raw encode", limit, "s", timed_out=True))
    else:
        texts = f"{warm['texts']} texts"
        rows += [
            Row(f"{label}: compare, warm ({texts})", warm["warm_s"], "s"),
            Row(f"{label}: raw encode, floor ({texts})", warm["raw_s"], "s"),
            Row(f"{label}: warm / raw", warm["warm_s"] / warm["raw_s"], "x", 1.2),
            Row(f"{label}: encode, default backend ({texts})", warm["backend_s"], "s"),
            Row(f"{label}: default backend / raw encode", warm["backend_s"] / warm["raw_s"], "x", 1.0),
            Row(f"{label}: default backend rate", warm["texts"] / warm["backend_s"], "texts/s"),
        ]
    rows += [
        Row(f"{label}: peak memory, cold compare", cold_rss / 1024, "MiB", COLD_MEMORY_TARGET if targets else None),
        Row(f"{label}: peak memory, cached compare", max(r for _, r in cached_runs) / 1024, "MiB"),
    ]
    return rows, warm


def table(rows: Sequence[Row]) -> str:
    header = ["figure", "value", "target", ""]
    body = [r.cells() for r in rows]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(4)]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)).rstrip() for line in [header, *body]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, {platform.system()} {platform.release()}"


def measured_env() -> dict[str, str]:
    """The environment of every measured process: no inherited cache folder, no colour, a fixed hash seed."""
    env = {k: v for k, v in os.environ.items() if k not in ("CLAIMCHECK_CACHE_DIR",)}
    env.update(NO_COLOR="1", PYTHONHASHSEED="0")
    return env


def encode_only(count: int) -> int:
    """Print the corpus's encoding figures alone (no ``compare``): the issue's side-by-side ratio."""
    env = measured_env()
    scratch = Path(tempfile.mkdtemp(prefix="claimcheck-bench-"))
    try:
        corpus = generate_corpus(scratch / "corpus", count)
        print(f"[corpus] raw and default-backend encode of {count} articles ...", file=sys.stderr, flush=True)
        warm = run_warm_phase(corpus, 1, False, env, with_compare=False)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    label, texts = f"corpus ({count} articles)", f"{warm['texts']} texts"
    rows = [
        Row(f"{label}: raw encode, floor ({texts})", warm["raw_s"], "s"),
        Row(f"{label}: encode, default backend ({texts})", warm["backend_s"], "s"),
        Row(f"{label}: default backend / raw encode", warm["backend_s"] / warm["raw_s"], "x", 1.0),
        Row(f"{label}: default backend rate", warm["texts"] / warm["backend_s"], "texts/s"),
    ]
    print(f"machine: {machine()}")
    print(table(rows))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help=f"a {QUICK_ARTICLES}-article corpus instead of {FULL_ARTICLES}")
    parser.add_argument("--articles", type=int, help="size of the generated corpus (overrides --quick)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the warm comparison of the corpus")
    parser.add_argument(
        "--limit", type=float, help="stop any one corpus process after this many seconds (default 240 with --quick, else 900)"
    )
    parser.add_argument("--cold-repeats", type=int, default=5, help="cold compares of the seeds (median reported)")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--strict", action="store_true", help="exit with status 1 when a target is missed")
    parser.add_argument(
        "--encode-only",
        action="store_true",
        help="only the corpus's encoding: the default backend against raw sentence-transformers, interleaved",
    )
    parser.add_argument("--warm-phase", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--repeats", type=int, default=3, help=argparse.SUPPRESS)
    parser.add_argument("files", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.warm_phase:
        print(json.dumps(warm_phase(args.files, args.repeats, args.profile, with_compare=not args.encode_only)))
        return 0
    if args.encode_only:
        return encode_only(args.articles or (QUICK_ARTICLES if args.quick else FULL_ARTICLES))

    count = args.articles or (QUICK_ARTICLES if args.quick else FULL_ARTICLES)
    limit = args.limit or (240.0 if args.quick else 900.0)
    env = measured_env()
    scratch = Path(tempfile.mkdtemp(prefix="claimcheck-bench-"))
    try:
        print("[help] claimcheck --help x5 ...", file=sys.stderr, flush=True)
        helps = [run_cli(["--help"], env, scratch) for _ in range(5)]
        rows = [Row("claimcheck --help (median of 5)", statistics.median(t for t, _ in helps), "s", 0.5)]
        seed_rows, _ = measure(
            "seeds", SEEDS, scratch, env, targets=True, repeats=3, profile=False, cold_repeats=args.cold_repeats
        )
        corpus = generate_corpus(scratch / "corpus", count)
        corpus_rows, corpus_warm = measure(
            "corpus", corpus, scratch, env, targets=False, repeats=1, profile=args.profile, limit=limit
        )
        rows += seed_rows + corpus_rows
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"machine: {machine()}")
    print(table(rows))
    if corpus_warm.get("profile"):
        print("\nwarm comparison of the corpus, by cumulative time:\n")
        print(corpus_warm["profile"])
    if args.json:
        args.json.write_text(
            json.dumps({"machine": machine(), "articles": count, "rows": [r.__dict__ for r in rows]}, indent=2) + "\n",
            encoding="utf-8",
        )
    missed = [r.figure for r in rows if r.timed_out or (r.target is not None and r.value > r.target)]
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
