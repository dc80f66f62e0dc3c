"""Ingest: read news from files, folders, feeds and URLs into articles.

The API (:func:`read_inputs` and its types) lives in :mod:`newsmap.ingest.reading` and is
imported on first use: ``newsmap analyze`` needs only :mod:`newsmap.ingest.language`, and
importing the readers with it (HTTP, TLS, e-mail dates, XML, HTML, CSV) would add to the
start-up every ``newsmap analyze`` run pays.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsmap.ingest.reading import (
        MAX_CONTAINER_BYTES,
        MAX_DOCUMENT_BYTES,
        Fetcher,
        Notice,
        ReadItem,
        Rejection,
        Tagger,
        expand_inputs,
        read_fetched,
        read_inputs,
    )

__all__ = [
    "MAX_CONTAINER_BYTES",
    "MAX_DOCUMENT_BYTES",
    "Fetcher",
    "Notice",
    "ReadItem",
    "Rejection",
    "Tagger",
    "expand_inputs",
    "read_fetched",
    "read_inputs",
]


def __getattr__(name: str) -> Any:
    """``from newsmap.ingest import read_inputs``: the readers, imported on first use."""
    # other names (a submodule asked for by ``from newsmap.ingest import language``) are not
    # here, and the import system goes on to the submodule without importing the readers
    if name not in __all__:
        raise AttributeError(f"module 'newsmap.ingest' has no attribute {name!r}")
    value = getattr(importlib.import_module("newsmap.ingest.reading"), name)
    globals()[name] = value
    return value
