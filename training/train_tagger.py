"""Train claimcheck's attribution tagger on PolNeAR (train split; dev for choosing the epoch).

    python training/features.py --data ../shared/polnear --cache /tmp/tagger-cache   # once
    python training/train_tagger.py --data ../shared/polnear --cache /tmp/tagger-cache \\
        --out models/attribution-tagger/weights.npz

The encoder (multilingual-e5-small, as claimcheck derives it) stays frozen; its cached
hidden states feed a learned mix of layers, a one-layer BiLSTM and a linear layer over
one BIO label set for source, cue and content (:mod:`claimcheck.tagger.head`). The epoch
with the best mean exact F1 on dev is kept. Deterministic for a given seed and thread
count. Needs torch (training only; claimcheck runs the head in numpy).
"""

from __future__ import annotations

import argparse
import json
import random
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from features import text_key

from claimcheck.evaluation import ROLES, GoldPassage, _match, load_brat
from claimcheck.tagger.encoder import LAYERS
from claimcheck.tagger.head import TAGS, spans_of, viterbi

TAG_INDEX = {t: i for i, t in enumerate(TAGS)}


@dataclass
class Chunk:
    feats: np.ndarray  # (words, layers, dim) float16 memmap slice
    words: list[tuple[int, int]]
    labels: np.ndarray | None


def load_split(cache: Path, split: str, shards: int | None = None) -> dict[str, list[tuple[np.ndarray, list[tuple[int, int]]]]]:
    """Per text key: its chunks as (feature rows, word spans); ``shards``: the first ones only."""
    out: dict[str, list[tuple[np.ndarray, list[tuple[int, int]]]]] = {}
    for index_path in sorted(cache.glob(f"{split}-*.json"))[:shards]:
        feats = np.load(index_path.with_suffix(".npy"), mmap_mode="r")
        index = json.loads(index_path.read_text())
        for key, entry in index["texts"].items():
            out[key] = [
                (feats[c["row"]:c["row"] + len(c["words"])], [tuple(w) for w in c["words"]]) for c in entry["chunks"]
            ]
    return out


def labels_for(passage: GoldPassage, words: list[tuple[int, int]]) -> np.ndarray:
    tags = np.zeros(len(words), dtype=np.int64)
    starts = np.array([w[0] for w in words])
    ends = np.array([w[1] for w in words])
    for rel in passage.relations:
        for role in ROLES:
            span = getattr(rel, role)
            if span is None:
                continue
            inside = np.nonzero((starts < span[1]) & (ends > span[0]))[0]
            free = [i for i in inside if tags[i] == 0]
            if len(free) != len(inside) or not len(inside):
                continue  # overlaps a span already labelled (a discontinuous hull): skip
            tags[inside[0]] = TAG_INDEX[f"B-{role}"]
            tags[inside[1:]] = TAG_INDEX[f"I-{role}"]
    return tags


def build(passages: list[GoldPassage], split: dict) -> list[Chunk]:
    chunks = []
    for p in passages:
        for feats, words in split.get(text_key(p.text), []):
            chunks.append(Chunk(feats, words, labels_for(p, words)))
    return chunks


def make_net(layers: int, dim: int, hidden: int, dropout: float):
    import torch
    from torch import nn

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.mix = nn.Parameter(torch.zeros(layers))
            self.scale = nn.Parameter(torch.ones(1))
            self.drop = nn.Dropout(dropout)
            self.lstm = nn.LSTM(dim, hidden, batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * hidden, len(TAGS))

        def forward(self, x: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
            w = torch.softmax(self.mix, 0) * self.scale
            x = self.drop(torch.einsum("btld,l->btd", x, w))
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
            y, _ = self.lstm(packed)
            y, _ = nn.utils.rnn.pad_packed_sequence(y, batch_first=True, total_length=x.shape[1])
            return self.out(self.drop(y))

    return Net()


def batch_tensors(chunks: list[Chunk]):
    import torch

    width = max(len(c.words) for c in chunks)
    layers, dim = chunks[0].feats.shape[1:]
    x = np.zeros((len(chunks), width, layers, dim), dtype=np.float32)
    y = np.full((len(chunks), width), -100, dtype=np.int64)
    for i, c in enumerate(chunks):
        x[i, : len(c.words)] = c.feats
        if c.labels is not None:
            y[i, : len(c.words)] = c.labels
    lengths = torch.tensor([len(c.words) for c in chunks])
    return torch.from_numpy(x), torch.from_numpy(y), lengths


def export(net) -> dict[str, np.ndarray]:
    import torch

    with torch.no_grad():
        lstm = net.lstm
        arrays = {
            "mix": (torch.softmax(net.mix, 0) * net.scale).numpy(),
            "lstm_w_ih": lstm.weight_ih_l0.numpy(), "lstm_w_hh": lstm.weight_hh_l0.numpy(),
            "lstm_b": (lstm.bias_ih_l0 + lstm.bias_hh_l0).numpy(),
            "lstm_w_ih_reverse": lstm.weight_ih_l0_reverse.numpy(), "lstm_w_hh_reverse": lstm.weight_hh_l0_reverse.numpy(),
            "lstm_b_reverse": (lstm.bias_ih_l0_reverse + lstm.bias_hh_l0_reverse).numpy(),
            "out_w": net.out.weight.numpy(), "out_b": net.out.bias.numpy(),
        }
    return {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in arrays.items()}


def predict_spans(net, split: dict, texts: dict[str, str]) -> dict[str, dict[str, list[tuple[int, int]]]]:
    """Per text key: predicted character spans per role (document level)."""
    import torch

    net.eval()
    out: dict[str, dict[str, list[tuple[int, int]]]] = {}
    items = [(key, feats, words) for key in texts for feats, words in split.get(key, [])]
    with torch.no_grad():
        for b in range(0, len(items), 32):
            part = items[b:b + 32]
            x, _, lengths = batch_tensors([Chunk(f, w, None) for _, f, w in part])
            logp = torch.log_softmax(net(x, lengths), -1).numpy()
            for i, (key, _, words) in enumerate(part):
                spans = out.setdefault(key, {r: [] for r in ROLES})
                for role, a, z in spans_of(viterbi(logp[i, : len(words)])):
                    spans[role].append((words[a][0], words[z - 1][1]))
    return out


def score(passages: list[GoldPassage], predicted: dict) -> dict[str, dict[str, float]]:
    table: dict[str, dict[str, float]] = {}
    for exact in (True, False):
        for role in ROLES:
            g = p = m = 0
            for passage in passages:
                gold = [getattr(r, role) for r in passage.relations if getattr(r, role) is not None]
                pred = predicted.get(text_key(passage.text), {}).get(role, [])
                g, p, m = g + len(gold), p + len(pred), m + _match(passage.text, gold, pred, exact)
            prec, rec = (m / p if p else 0.0), (m / g if g else 0.0)
            table[f"{'exact' if exact else 'overlap'}/{role}"] = {
                "p": round(prec, 4), "r": round(rec, 4), "f1": round(2 * prec * rec / (prec + rec) if prec + rec else 0.0, 4)}
    return table


def write_manifest(path: Path, weights: Path, meta: dict, options: dict) -> None:
    """The manifest claimcheck checks the weights against (sha256, tags, how they were made)."""
    import hashlib

    data = weights.read_bytes()
    best = max(meta["history"], key=lambda h: sum(h["dev"][f"exact/{r}"]["f1"] for r in ROLES))
    dev = "\n".join(f'{k.replace("/", "_")} = [{v["p"]}, {v["r"]}, {v["f1"]}]' for k, v in best["dev"].items())
    command = " ".join(f"--{k.replace('_', '-')} {v}" for k, v in options.items()
                       if k in ("seed", "epochs", "hidden", "dropout", "lr", "batch", "threads", "train_shards") and v is not None)
    path.write_text(f"""# Manifest of claimcheck's attribution tagger (claimcheck.tagger).
#
# A BIO head (layer mix, 1-layer BiLSTM, linear) over hidden states of the default
# encoder, trained on PolNeAR v1.0.0 train by training/train_tagger.py; claimcheck
# refuses weights whose sha256 differs.

name = "attribution-tagger"
file = "{weights.name}"
sha256 = "{hashlib.sha256(data).hexdigest()}"
size = {len(data)}
encoder = "multilingual-e5-small"
layers = {list(meta["layers"])}
tags = {json.dumps(list(TAGS))}

[training]
data = "PolNeAR v1.0.0 train (dev chooses the epoch)"
command = "python training/features.py --data ../shared/polnear --cache CACHE && python training/train_tagger.py --data ../shared/polnear --cache CACHE {command}"
best_epoch = {best["epoch"]}
train_seconds = {meta["train_seconds"]}

[dev]
# PolNeAR dev, document level, the tagger alone: [precision, recall, F1]
{dev}
""", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--dropout", type=float, default=0.3)
    parser.add_argument("--lr", type=float, default=4e-3)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--threads", type=int, default=1, help="more spin and slow down on a shared machine")
    parser.add_argument("--manifest", type=Path, help="write the sha256 manifest here (models/attribution-tagger.toml)")
    parser.add_argument("--train-shards", type=int, help="the first N shards of 100 train texts only (features.py's order)")
    parser.add_argument("--train-fraction", type=float, default=1.0, help="use the first part of train only (a quick run)")
    args = parser.parse_args()

    import torch

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    started = time.monotonic()
    train_passages = load_brat(args.data / "train")
    dev_passages = load_brat(args.data / "dev")
    train_split, dev_split = load_split(args.cache, "train", args.train_shards), load_split(args.cache, "dev")
    chunks = build(train_passages, train_split)
    chunks = chunks[: int(len(chunks) * args.train_fraction)]
    dev_texts = {text_key(p.text): p.text for p in dev_passages}
    layers, dim = chunks[0].feats.shape[1:]
    print(f"{len(chunks)} train chunks, {sum(len(c.words) for c in chunks)} words; {len(dev_texts)} dev texts", flush=True)

    net = make_net(layers, dim, args.hidden, args.dropout)
    optimiser = torch.optim.Adam(net.parameters(), lr=args.lr)
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
    best, history = -1.0, []
    for epoch in range(1, args.epochs + 1):
        net.train()
        # Similar lengths together (less padding), batches in random order.
        order = sorted(range(len(chunks)), key=lambda i: (len(chunks[i].words), rng.random()))
        batches = [order[b:b + args.batch] for b in range(0, len(order), args.batch)]
        rng.shuffle(batches)
        total = 0.0
        for ids in batches:
            x, y, lengths = batch_tensors([chunks[i] for i in ids])
            logits = net(x, lengths)
            loss = loss_fn(logits.reshape(-1, len(TAGS)), y.reshape(-1))
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            optimiser.step()
            total += float(loss.detach()) * len(ids)
        figures = score(dev_passages, predict_spans(net, dev_split, dev_texts))
        mean = sum(figures[f"exact/{r}"]["f1"] for r in ROLES) / 3
        history.append({"epoch": epoch, "loss": round(total / len(chunks), 4), "dev": figures, "seconds": round(time.monotonic() - started)})
        print(json.dumps(history[-1]), flush=True)
        if mean > best:
            # Saved at once: a run stopped early keeps its best epoch so far.
            best = mean
            save(args, export(net), history, started)
            print(f"saved {args.out} (best mean exact F1 {best:.4f}) in {time.monotonic() - started:.0f} s", flush=True)


def save(args: argparse.Namespace, arrays: dict[str, np.ndarray], history: list, started: float) -> None:
    args.out.parent.mkdir(parents=True, exist_ok=True)
    meta = {"tags": list(TAGS), "layers": list(LAYERS), "seed": args.seed, "hidden": args.hidden, "epochs": args.epochs,
            "history": history, "train_seconds": round(time.monotonic() - started)}
    with args.out.open("wb") as handle:
        np.savez(handle, **arrays)
    args.out.with_suffix(".json").write_text(json.dumps(meta, indent=1))
    if args.manifest:
        write_manifest(args.manifest, args.out, meta, vars(args))


if __name__ == "__main__":
    main()
