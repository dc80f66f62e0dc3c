"""What a cluster worker runs: read a partition, skip what the store holds, tag the rest.

The tagger (gazetteer rows, name automata: about a second to load and a few hundred MB) is
loaded once per worker process and kept here, in a module-level cache: tasks carry only
their partition, never the tagger. ``TaggerPlugin`` in ``newsmap.engines.dask`` fills the
cache when a worker starts; a task on a worker without it loads it on first use.

This module imports no Dask: its functions are plain Python, pickled by reference into the
tasks, and run the same in a test without a cluster.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from newsmap.engines.batches import BatchWriter, Tagged
from newsmap.engines.gcpolicy import YOUNG_THRESHOLD
from newsmap.engines.local import IngestReport
from newsmap.engines.partitions import Partition, read_partition
from newsmap.ingest import Notice, ReadItem, Rejection, Tagger
from newsmap.model import Article, Event, Mention
from newsmap.store.records import article_rows

if TYPE_CHECKING:
    from newsmap.store import Store

_lock = threading.Lock()
_tagger: Tagger | None = None
_stores: dict[str, Store] = {}


def worker_tagger() -> Tagger:
    """This process's tagger, loaded on first use and kept for every later task."""
    global _tagger
    with _lock:
        if _tagger is None:
            import gc

            from newsmap.pipeline import make_tagger

            _tagger = make_tagger()
            # The loaded tagger lives as long as the worker: keep the collector off it
            # (see newsmap.engines.gcpolicy for the figures).
            gc.collect()
            gc.freeze()
            _, mid, old = gc.get_threshold()
            gc.set_threshold(YOUNG_THRESHOLD, max(mid, 50), max(old, 50))
        return _tagger


#: Bytes of a content hash kept in the known-hash filter: 128 bits, so two different texts
#: taken for one would need a collision no corpus will ever produce.
HASH_BYTES = 16


class KnownHashes:
    """The content hashes a store already holds, compact enough to send to every worker once
    (16 bytes an article: 16 MB per million), so a rerun skips their tagging."""

    def __init__(self, hashes: Iterable[str]) -> None:
        keys = [bytes.fromhex(h)[:HASH_BYTES] for h in hashes]
        self._keys = np.sort(np.array(keys, dtype=f"S{HASH_BYTES}"))

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, content_hash: object) -> bool:
        if not isinstance(content_hash, str) or not len(self._keys):
            return False
        key = np.array([bytes.fromhex(content_hash)[:HASH_BYTES]], dtype=f"S{HASH_BYTES}")
        at = int(np.searchsorted(self._keys, key[0]))
        return at < len(self._keys) and self._keys[at] == key[0]


def tag_or_reject(tagger: Tagger, item: ReadItem) -> Tagged | Rejection:
    """Tag one read article; a tagger error rejects that article alone, as the local engine does."""
    try:
        mentions, events = tagger(item.article)
    except Exception as exc:  # noqa: BLE001 - reported per article, the partition goes on
        why = f"tagging failed ({type(exc).__name__}: {exc})"
        return Rejection(item.input, item.where, why)
    return Tagged(item.input, item.where, article_rows(item.article, mentions, events))


@dataclass
class PartitionResult:
    """A partition's outcomes in input order (None: already stored), or, when the worker
    wrote them itself, only its counts."""

    index: int
    size: int
    outcomes: list[Tagged | Rejection | Notice | None] = field(default_factory=list)
    written: IngestReport | None = None

    @property
    def articles(self) -> int:
        """Articles dealt with (stored, duplicate or refused), for the progress line."""
        if self.written is not None:
            w = self.written
            return w.new + w.duplicate + len(w.rejected)
        return sum(not isinstance(o, Notice) for o in self.outcomes)


def tag_partition(
    part: Partition, today: date, known: KnownHashes | None, tagger: Tagger | None = None
) -> PartitionResult:
    """Read and tag a partition for the client to store; skip articles in ``known``."""
    tag = tagger or worker_tagger()
    result = PartitionResult(part.index, part.size)
    for item in read_partition(part, today=today):
        if isinstance(item, (Rejection, Notice)):
            result.outcomes.append(item)
        elif known is not None and item.article.content_hash in known:
            result.outcomes.append(None)
        else:
            result.outcomes.append(tag_or_reject(tag, item))
    return result


def store_partition(
    part: Partition, today: date, location: str, tagger: Tagger | None = None
) -> PartitionResult:
    """Read, tag and store a partition from the worker (a store that takes many writers).

    Checks each article against the store before tagging it, and commits in batches; the
    client only adds up the counts.
    """
    tag = tagger or worker_tagger()
    report = IngestReport()
    writer = BatchWriter(_worker_store(location), report)
    for item in read_partition(part, today=today):
        if isinstance(item, (Rejection, Notice)):
            writer.take(item)
        elif writer.store.find_duplicate(item.article) is not None:
            writer.take(None)
        else:
            writer.take(tag_or_reject(tag, item))
    writer.flush()
    return PartitionResult(part.index, part.size, written=report)


def _worker_store(location: str) -> Store:
    """This process's connection to the store at ``location``, opened once."""
    from newsmap.store import Store

    with _lock:
        store = _stores.get(location)
        if store is None:
            store = _stores[location] = Store.open(location)
        return store


def tag_articles(
    articles: Sequence[Article], tagger: Tagger | None = None
) -> list[tuple[list[Mention], list[Event]]]:
    """Tags of stored articles, for a retag; a tagger error fails the task, as it stops a
    local retag."""
    tag = tagger or worker_tagger()
    return [(list(m), list(e)) for m, e in map(tag, articles)]
