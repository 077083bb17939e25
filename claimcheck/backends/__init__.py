"""Embedding backends, each behind the :class:`claimcheck.embedder.Embedder` interface.

Each backend imports its engine lazily; :func:`claimcheck.embedding.get_embedder`
picks one.
"""
