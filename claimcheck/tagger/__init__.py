"""A trained attribution tagger: source, cue and content spans from the encoder's states.

The model beside the rules (:mod:`claimcheck.attribution`): a head trained on PolNeAR
(``training/train_tagger.py``) over inner layers of the default encoder, multilingual-e5-
small, so it reads any of claimcheck's languages. It labels *tokens* (the caller's, e.g.
spaCy's) with one of source, cue, content or nothing, and returns spans of tokens; it
does not pair spans into relations: the caller does, or keeps its own relations and uses
the spans to fill gaps. Runs in numpy: no torch at run time. The weights
(``models/attribution-tagger.npz``) are pinned by sha256 in ``models/attribution-tagger.toml``.
"""

from __future__ import annotations

from .model import TaggedSpan, Tagger, load_tagger, tag_sentences, tag_text

__all__ = ["TaggedSpan", "Tagger", "load_tagger", "tag_sentences", "tag_text"]
