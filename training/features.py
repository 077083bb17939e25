"""Stage 1 of training the tagger: encoder features of every PolNeAR word, cached once.

The encoder is frozen, so its hidden states are computed once per text and stored as
float16 (``<cache>/<split>.npy``, ``(words, layers, 384)``) with an index
(``<split>.json``: per text, its chunks and word spans). Later stages only read these.

    python training/features.py --data ../shared/polnear --cache /tmp/tagger-cache
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path

import numpy as np

from claimcheck.evaluation import load_brat
from claimcheck.tagger.encoder import LAYERS, TorchEncoder
from claimcheck.tagger.text import chunks, first_pieces, words


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def extract(split_dir: Path, out: Path, encoder: TorchEncoder, group: int = 100) -> None:
    """Features of a split, written in shards of ``group`` texts (a run cut short keeps
    what it finished, and a rerun skips finished shards)."""
    passages = load_brat(split_dir)
    texts: dict[str, str] = {}
    for p in passages:
        texts.setdefault(text_key(p.text), p.text)
    keys = list(texts)
    for k in range(0, len(keys), group):
        shard = out.parent / f"{out.name}-{k // group:03d}"
        if shard.with_suffix(".json").is_file():
            continue
        _extract({key: texts[key] for key in keys[k:k + group]}, shard, encoder)


def _extract(texts: dict[str, str], out: Path, encoder: TorchEncoder, batch: int = 16) -> None:
    jobs = []  # (key, chunk start, chunk end)
    for key, text in texts.items():
        for cs, ce in chunks(text, encoder.count_pieces):
            jobs.append((key, cs, ce))
    # Longest first, batched by length: little padding, and memory peaks early.
    order = sorted(range(len(jobs)), key=lambda i: -encoder.count_pieces(texts[jobs[i][0]][jobs[i][1]:jobs[i][2]]))
    results: dict[int, np.ndarray] = {}
    spans_of: dict[int, list[tuple[int, int]]] = {}
    started = time.monotonic()
    for b in range(0, len(order), batch):
        ids = order[b:b + batch]
        pieces = encoder.encode([texts[jobs[i][0]][jobs[i][1]:jobs[i][2]] for i in ids])
        for i, (offsets, states) in zip(ids, pieces, strict=True):
            key, cs, ce = jobs[i]
            ws = words(texts[key], cs, ce)
            local = [(s - cs, e - cs) for s, e in ws]
            rows = first_pieces(offsets, local)
            results[i] = states[:, rows, :].transpose(1, 0, 2).astype(np.float16)
            spans_of[i] = ws
        if b // batch % 20 == 0:
            print(f"{out.name}: {b + len(ids)}/{len(order)} chunks, {time.monotonic() - started:.0f} s", flush=True)
    total = sum(r.shape[0] for r in results.values())
    feats = np.lib.format.open_memmap(out.with_suffix(".npy"), mode="w+", dtype=np.float16,
                                      shape=(total, len(LAYERS), encoder.dim))
    index: dict[str, dict] = {key: {"chunks": []} for key in texts}
    row = 0
    for i, (key, cs, ce) in enumerate(jobs):
        n = results[i].shape[0]
        feats[row:row + n] = results[i]
        index[key]["chunks"].append({"start": cs, "end": ce, "row": row, "words": spans_of[i]})
        row += n
    feats.flush()
    out.with_suffix(".json").write_text(json.dumps({"layers": list(LAYERS), "texts": index}))
    print(f"{out.name}: {len(texts)} texts, {len(jobs)} chunks, {total} words, {time.monotonic() - started:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="PolNeAR folder with train/ and dev/")
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--splits", nargs="+", default=["dev", "train"])
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    encoder = TorchEncoder(threads=args.threads)
    for split in args.splits:
        extract(args.data / split, args.cache / split, encoder)


if __name__ == "__main__":
    main()
