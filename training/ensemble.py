"""Pack heads trained alike with different seeds into one weights file that claimcheck
reads as one tagger (:class:`claimcheck.tagger.head.HeadEnsemble`: the mean of the
members' per-word log probabilities, the mean of their transition scores).

    python training/ensemble.py --data ../shared/polnear --cache /tmp/tagger-cache \\
        --out models/attribution-tagger.npz --manifest models/attribution-tagger.toml \\
        --options "--epochs 14 --lstm-layers 2 ..." seed13.npz seed29.npz seed41.npz

Each member is a ``train_tagger.py`` output with its ``.json`` record beside it (its
seed and training time are read from it); ``--options`` are the training options the
members share, as given to ``train_tagger.py``, for the manifest's record. The dev figures written to the manifest are the ensemble's,
the tagger alone, from the cached dev states; dev chooses nothing here (the members and
their number are fixed before it is scored).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from features import text_key
from train_tagger import cached_spans, load_split, score, write_manifest_text

from claimcheck.evaluation import load_brat
from claimcheck.tagger.head import MEMBER, HeadEnsemble


def pack(members: list[Path]) -> dict[str, np.ndarray]:
    arrays: dict[str, np.ndarray] = {}
    for k, path in enumerate(members):
        with np.load(path) as member:
            arrays.update({MEMBER.format(k) + name: member[name] for name in member.files})
    return arrays


def tag_dev(head: HeadEnsemble, cache: Path, texts: dict[str, str]) -> dict[str, dict[str, list[tuple[int, int]]]]:
    split = load_split(cache, "dev")
    return {key: cached_spans(head, split.get(key, [])) for key in texts}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("members", nargs="+", type=Path, help="train_tagger.py outputs (.npz, a .json beside each)")
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--manifest", type=Path)
    parser.add_argument("--options", required=True, help="the members' train_tagger.py options, but --seed and --out")
    args = parser.parse_args()

    records = [json.loads(path.with_suffix(".json").read_text()) for path in args.members]
    arrays = pack(args.members)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("wb") as handle:
        np.savez(handle, **arrays)
    head = HeadEnsemble.from_arrays(arrays)
    assert isinstance(head, HeadEnsemble)
    passages = load_brat(args.data / "dev")
    texts = {text_key(p.text): p.text for p in passages}
    dev = score(passages, tag_dev(head, args.cache, texts))
    print(json.dumps(dev))
    if args.manifest:
        seeds = [r["seed"] for r in records]
        first = records[0]
        command = " && ".join(f"python training/train_tagger.py --data ../shared/polnear --cache CACHE --out seed{s}.npz "
                              f"--seed {s} {args.options}" for s in seeds)
        command += (f" && python training/ensemble.py --data ../shared/polnear --cache CACHE --out OUT --options '{args.options}' "
                    + " ".join(f"seed{s}.npz" for s in seeds))
        head_text = (f"{len(records)} BIO heads, seeds {', '.join(map(str, seeds))} (each a layer mix, {first['lstm_layers']}-layer "
                     f"BiLSTM ({first['hidden']} per direction), linear" + (", CRF" if first["crf"] else "") + "), their scores averaged,")
        weights_are = (f"per seed, the mean of the weights after epochs {first['average_from']}-{first['epochs']}; "
                       "the seeds' scores averaged (dev chooses nothing)")
        write_manifest_text(args.manifest, args.out, head_text, weights_are, command, first["epochs"],
                            sum(r["train_seconds"] for r in records), dev)


if __name__ == "__main__":
    main()
