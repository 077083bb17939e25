"""Train claimcheck's attribution tagger on PolNeAR (train split; dev for choosing the epoch).

    python training/features.py --data ../shared/polnear --cache /tmp/tagger-cache   # once
    python training/train_tagger.py --data ../shared/polnear --cache /tmp/tagger-cache \\
        --out models/attribution-tagger/weights.npz

The encoder (multilingual-e5-small, as claimcheck derives it) stays frozen; its cached
hidden states feed a learned mix of layers, a BiLSTM (``--lstm-layers``) and a linear
layer over one BIO label set for source, cue and content (:mod:`claimcheck.tagger.head`),
trained by per-word cross-entropy or, with ``--crf``, as a linear-chain CRF whose
transition scores the numpy Viterbi adds to its BIO constraints. With ``--average-from
E`` the saved weights are the mean of the weights after epochs E..last (dev chooses
nothing); without it, the epoch with the best mean exact F1 on dev is kept. Deterministic
for a given seed and thread count. Needs torch (training only; claimcheck runs the head
in numpy).
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
from claimcheck.tagger.head import TAGS, Head, allowed_transitions

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


Pieces = dict[tuple[str, tuple[int, int]], list[tuple[int, int]]]


def discontinuous_pieces(folder: Path) -> Pieces:
    """Per (passage id, span as :func:`load_brat` gives it: the hull): the pieces of every
    discontinuous span, in the same (normalised) offsets. ``load_brat`` keeps only the
    hull, which is what scoring wants; labelling wants the pieces."""
    import re

    from claimcheck.evaluation import _BRAT_SPAN, _nfc_offsets

    out: Pieces = {}
    for ann in sorted(folder.rglob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        text_path = ann.parent.parent / "text" / f"{stem}.txt"
        _text, mapping = _nfc_offsets(text_path.read_bytes().decode("utf-8"))
        for line in ann.read_text(encoding="utf-8").splitlines():
            m = _BRAT_SPAN.match(line) if re.match(r"T\d+\t", line) else None
            if m is None or ";" not in m.group(3):
                continue
            parts = [tuple(int(x) for x in part.split()) for part in m.group(3).split(";")]
            bounds = [x for part in parts for x in part]
            out[(ann.stem, (mapping[min(bounds)], mapping[max(bounds)]))] = sorted((mapping[a], mapping[b]) for a, b in parts)
    return out


def labels_for(passage: GoldPassage, words: list[tuple[int, int]], pieces: Pieces | None = None) -> np.ndarray:
    tags = np.zeros(len(words), dtype=np.int64)
    starts = np.array([w[0] for w in words])
    ends = np.array([w[1] for w in words])
    for rel in passage.relations:
        for role in ROLES:
            span = getattr(rel, role)
            if span is None:
                continue
            inside = np.nonzero((starts < span[1]) & (ends > span[0]))[0]
            if len(inside) and (tags[inside] != 0).any() and pieces is not None:
                # A discontinuous span whose hull holds spans already labelled (a quote
                # interrupted by its own source and cue): its pieces, each a span of the
                # role (the run-time conventions join them into the hull again).
                parts = pieces.get((passage.id, span), [])
            else:
                parts = [span]
            for a, z in parts:
                inside = np.nonzero((starts < z) & (ends > a))[0]
                if not len(inside) or (tags[inside] != 0).any():
                    continue  # overlaps a span already labelled: skip
                tags[inside[0]] = TAG_INDEX[f"B-{role}"]
                tags[inside[1:]] = TAG_INDEX[f"I-{role}"]
    return tags


def build(passages: list[GoldPassage], split: dict, pieces: Pieces | None = None) -> list[Chunk]:
    chunks = []
    for p in passages:
        for feats, words in split.get(text_key(p.text), []):
            chunks.append(Chunk(feats, words, labels_for(p, words, pieces)))
    return chunks


def make_net(layers: int, dim: int, hidden: int, dropout: float, lstm_layers: int = 1, crf: bool = False):
    import torch
    from torch import nn

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.mix = nn.Parameter(torch.zeros(layers))
            self.scale = nn.Parameter(torch.ones(1))
            self.drop = nn.Dropout(dropout)
            self.lstm = nn.LSTM(dim, hidden, num_layers=lstm_layers, batch_first=True, bidirectional=True,
                                dropout=dropout if lstm_layers > 1 else 0.0)
            self.out = nn.Linear(2 * hidden, len(TAGS))
            if crf:
                # Transition scores (last row: the first tag) and end scores; the BIO
                # constraints stay hard, as in the numpy Viterbi.
                self.transitions = nn.Parameter(torch.zeros(len(TAGS) + 1, len(TAGS)))
                self.ends = nn.Parameter(torch.zeros(len(TAGS)))
                self.register_buffer("allowed", torch.from_numpy(allowed_transitions()))

        def forward(self, x: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
            w = torch.softmax(self.mix, 0) * self.scale
            x = self.drop(torch.einsum("btld,l->btd", x, w))
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
            y, _ = self.lstm(packed)
            y, _ = nn.utils.rnn.pad_packed_sequence(y, batch_first=True, total_length=x.shape[1])
            return self.out(self.drop(y))

    return Net()


def crf_loss(net, emissions, tags, lengths):
    """A linear-chain CRF's negative log likelihood of the gold tags, per word (the BIO
    constraints hard: the forward algorithm never passes a forbidden transition)."""
    import torch

    width = emissions.shape[1]
    trans = torch.where(net.allowed, net.transitions, torch.full_like(net.transitions, -1e4))
    start, step = trans[-1], trans[:-1]
    mask = torch.arange(width)[None, :] < lengths[:, None]
    gold_tags = tags.clamp(min=0)
    gold = start[gold_tags[:, 0]] + (emissions.gather(2, gold_tags[..., None]).squeeze(-1) * mask).sum(1)
    gold = gold + (step[gold_tags[:, :-1], gold_tags[:, 1:]] * mask[:, 1:]).sum(1)
    gold = gold + net.ends[gold_tags.gather(1, (lengths - 1)[:, None]).squeeze(1)]
    alpha = start[None, :] + emissions[:, 0]
    for t in range(1, width):
        nxt = torch.logsumexp(alpha[:, :, None] + step[None], 1) + emissions[:, t]
        alpha = torch.where(mask[:, t, None], nxt, alpha)
    log_z = torch.logsumexp(alpha + net.ends[None, :], 1)
    return (log_z - gold).sum() / mask.sum()


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
    """The arrays :class:`claimcheck.tagger.head.Head` reads (layer 0 under the one-layer names)."""
    import torch

    with torch.no_grad():
        lstm = net.lstm
        arrays = {"mix": (torch.softmax(net.mix, 0) * net.scale).numpy(), "out_w": net.out.weight.numpy(),
                  "out_b": net.out.bias.numpy()}
        for k in range(lstm.num_layers):
            tag = "" if k == 0 else f"_l{k}"
            for suffix in ("", "_reverse"):
                arrays[f"lstm_w_ih{tag}{suffix}"] = getattr(lstm, f"weight_ih_l{k}{suffix}").numpy()
                arrays[f"lstm_w_hh{tag}{suffix}"] = getattr(lstm, f"weight_hh_l{k}{suffix}").numpy()
                arrays[f"lstm_b{tag}{suffix}"] = (getattr(lstm, f"bias_ih_l{k}{suffix}") + getattr(lstm, f"bias_hh_l{k}{suffix}")).numpy()
        if hasattr(net, "transitions"):
            arrays["transitions"] = net.transitions.numpy()
            arrays["ends"] = net.ends.numpy()
    return {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in arrays.items()}


def predict_spans(net, split: dict, texts: dict[str, str]) -> dict[str, dict[str, list[tuple[int, int]]]]:
    """Per text key: predicted character spans per role (document level), decoded by the
    numpy head's Viterbi (with the CRF's transitions where it has them)."""
    import torch

    net.eval()
    head = Head.from_arrays(export(net))
    out: dict[str, dict[str, list[tuple[int, int]]]] = {}
    items = [(key, feats, words) for key in texts for feats, words in split.get(key, [])]
    with torch.no_grad():
        for b in range(0, len(items), 32):
            part = items[b:b + 32]
            x, _, lengths = batch_tensors([Chunk(f, w, None) for _, f, w in part])
            logp = torch.log_softmax(net(x, lengths), -1).numpy()
            for i, (key, _, words) in enumerate(part):
                spans = out.setdefault(key, {r: [] for r in ROLES})
                for role, a, z in head.decode(logp[i, : len(words)]):
                    spans[role].append((words[a][0], words[z - 1][1]))
    return out


def cached_spans(head, chunks: list[tuple[np.ndarray, list[tuple[int, int]]]]) -> dict[str, list[tuple[int, int]]]:
    """Character spans per role that a numpy head (:class:`~claimcheck.tagger.head.Head`
    or an ensemble) tags in one text's cached chunks (:func:`load_split`)."""
    spans: dict[str, list[tuple[int, int]]] = {r: [] for r in ROLES}
    for feats, words in chunks:
        for role, a, z in head.tag(feats):
            spans[role].append((words[a][0], words[z - 1][1]))
    return spans


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


def dev_figures(net, passages: list[GoldPassage], split: dict, texts: dict[str, str]) -> tuple[dict, dict]:
    """Dev figures of the tagger alone, as it tags and with PolNeAR's span conventions
    that need no sentence split (:func:`claimcheck.tagger.conventions.to_polnear`: the
    pieces of an interrupted quote joined, source edges) -- the latter is what the pieces
    learnt with ``--pieces`` are for."""
    from claimcheck.tagger.conventions import to_polnear

    predicted = predict_spans(net, split, texts)
    joined = {key: to_polnear(texts[key], spans) for key, spans in predicted.items()}
    return score(passages, predicted), score(passages, joined)


def write_manifest(path: Path, weights: Path, meta: dict, options: dict) -> None:
    """The manifest claimcheck checks the weights against (sha256, tags, how they were made)."""
    chosen = meta["chosen"]
    head = f"{options['lstm_layers']}-layer BiLSTM ({options['hidden']} per direction), linear" + (", CRF" if options.get("crf") else "")
    weights_are = (f"the mean of the weights after epochs {options['average_from']}-{chosen['epoch']} (dev chooses nothing)"
                   if options.get("average_from") else f"epoch {chosen['epoch']}, the best on dev")
    command = "python training/train_tagger.py --data ../shared/polnear --cache CACHE " + training_options(options)
    write_manifest_text(path, weights, f"A BIO head (layer mix, {head})", weights_are, command, chosen["epoch"],
                        meta["train_seconds"], chosen["dev"])


def training_options(options: dict) -> str:
    """The options of a training run, as its command line gives them."""
    command = " ".join(f"--{k.replace('_', '-')} {v}" for k, v in options.items()
                       if k in ("seed", "epochs", "hidden", "lstm_layers", "dropout", "lr", "batch", "threads", "train_shards",
                                "average_from") and v is not None)
    return command + "".join(f" --{flag}" for flag in ("crf", "pieces") if options.get(flag))


def write_manifest_text(path: Path, weights: Path, described: str, weights_are: str, command: str, epoch: int, seconds: int,
                        dev: dict) -> None:
    """The manifest text: ``described`` opens its header ("A BIO head (layer mix, ...)")."""
    import hashlib

    data = weights.read_bytes()
    figures = "\n".join(f'{k.replace("/", "_")} = [{v["p"]}, {v["r"]}, {v["f1"]}]' for k, v in dev.items())
    path.write_text(f"""# Manifest of claimcheck's attribution tagger (claimcheck.tagger).
#
# {described} over hidden states of the default
# encoder, trained on PolNeAR v1.0.0 train by training/train_tagger.py; claimcheck
# refuses weights whose sha256 differs.

name = "attribution-tagger"
file = "{weights.name}"
sha256 = "{hashlib.sha256(data).hexdigest()}"
size = {len(data)}
encoder = "multilingual-e5-small"
layers = {list(LAYERS)}
tags = {json.dumps(list(TAGS))}

[training]
data = "PolNeAR v1.0.0 train"
weights = "{weights_are}"
command = "python training/features.py --data ../shared/polnear --cache CACHE && {command}"
epoch = {epoch}
train_seconds = {seconds}

[dev]
# PolNeAR dev, document level, the tagger alone: [precision, recall, F1]
{figures}
""", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--lstm-layers", type=int, default=1)
    parser.add_argument("--crf", action="store_true", help="train as a linear-chain CRF (learned transition scores)")
    parser.add_argument("--average-from", type=int,
                        help="save the mean of the weights after this epoch and every later one (else: the best epoch on dev)")
    parser.add_argument("--pieces", action="store_true",
                        help="label a discontinuous span's pieces where its hull holds other spans (else: leave it out)")
    parser.add_argument("--dropout", type=float, default=0.3)
    parser.add_argument("--lr", type=float, default=4e-3)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--threads", type=int, default=1, help="more spin and slow down on a shared machine")
    parser.add_argument("--manifest", type=Path, help="write the sha256 manifest here (models/attribution-tagger.toml)")
    parser.add_argument("--train-shards", type=int, help="the first N shards of 100 train texts only (features.py's order)")
    parser.add_argument("--train-fraction", type=float, default=1.0, help="use the first part of train only (a quick run)")
    parser.add_argument("--keep-epochs", type=Path, help="also save every epoch's torch state here (to try other averages later)")
    args = parser.parse_args()

    import copy

    import torch

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    started = time.monotonic()
    train_passages = load_brat(args.data / "train")
    dev_passages = load_brat(args.data / "dev")
    train_split, dev_split = load_split(args.cache, "train", args.train_shards), load_split(args.cache, "dev")
    chunks = build(train_passages, train_split, discontinuous_pieces(args.data / "train") if args.pieces else None)
    chunks = chunks[: int(len(chunks) * args.train_fraction)]
    dev_texts = {text_key(p.text): p.text for p in dev_passages}
    layers, dim = chunks[0].feats.shape[1:]
    print(f"{len(chunks)} train chunks, {sum(len(c.words) for c in chunks)} words; {len(dev_texts)} dev texts", flush=True)

    net = make_net(layers, dim, args.hidden, args.dropout, args.lstm_layers, args.crf)
    optimiser = torch.optim.Adam(net.parameters(), lr=args.lr)
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
    best, history = -1.0, []
    average: dict[str, torch.Tensor] | None = None
    averaged = 0
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
            if args.crf:
                loss = crf_loss(net, logits, y, lengths)
            else:
                loss = loss_fn(logits.reshape(-1, len(TAGS)), y.reshape(-1))
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            optimiser.step()
            total += float(loss.detach()) * len(ids)
        if args.keep_epochs:
            args.keep_epochs.mkdir(parents=True, exist_ok=True)
            torch.save(net.state_dict(), args.keep_epochs / f"epoch-{epoch:02d}.pt")
        figures, joined = dev_figures(net, dev_passages, dev_split, dev_texts)
        mean = sum(figures[f"exact/{r}"]["f1"] for r in ROLES) / 3
        history.append({"epoch": epoch, "loss": round(total / len(chunks), 4), "dev": figures, "dev_joined": joined,
                        "seconds": round(time.monotonic() - started)})
        if args.average_from and epoch >= args.average_from:
            # A running mean of the weights after each epoch from average_from on
            # (no batch norm, so nothing to recompute after averaging).
            averaged += 1
            state = {k: v.detach().clone() for k, v in net.state_dict().items()}
            if average is None:
                average = state
            else:
                for k, v in state.items():
                    if v.is_floating_point():
                        average[k] += (v - average[k]) / averaged
            mean_net = copy.deepcopy(net)
            mean_net.load_state_dict(average)
            history[-1]["average"], history[-1]["average_joined"] = dev_figures(mean_net, dev_passages, dev_split, dev_texts)
            print(json.dumps(history[-1]), flush=True)
            # Saved at once: a run stopped early keeps the mean so far.
            save(args, export(mean_net), history, started, {"epoch": epoch, "dev": history[-1]["average"]})
            print(f"saved {args.out} (mean of epochs {args.average_from}-{epoch}) in {time.monotonic() - started:.0f} s", flush=True)
            continue
        print(json.dumps(history[-1]), flush=True)
        if mean > best and not args.average_from:
            # Saved at once: a run stopped early keeps its best epoch so far.
            best = mean
            save(args, export(net), history, started, {"epoch": epoch, "dev": figures})
            print(f"saved {args.out} (best mean exact F1 {best:.4f}) in {time.monotonic() - started:.0f} s", flush=True)


def save(args: argparse.Namespace, arrays: dict[str, np.ndarray], history: list, started: float, chosen: dict) -> None:
    args.out.parent.mkdir(parents=True, exist_ok=True)
    meta = {"tags": list(TAGS), "layers": list(LAYERS), "seed": args.seed, "hidden": args.hidden,
            "lstm_layers": args.lstm_layers, "crf": args.crf, "average_from": args.average_from, "epochs": args.epochs,
            "history": history, "chosen": chosen, "train_seconds": round(time.monotonic() - started)}
    with args.out.open("wb") as handle:
        np.savez(handle, **arrays)
    args.out.with_suffix(".json").write_text(json.dumps(meta, indent=1))
    if args.manifest:
        write_manifest(args.manifest, args.out, meta, vars(args))


if __name__ == "__main__":
    main()
