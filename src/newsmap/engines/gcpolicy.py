"""Garbage-collector settings for long tagging runs (ingest, retag).

Why: once loaded, the tagger holds about 200,000 Python objects that live as long as the
process (gazetteer rows, the name automaton, compiled patterns). Tagging one article allocates
thousands of short-lived objects (match tuples, mentions, events), so CPython's cyclic
collector runs often, and each full collection walks the whole long-lived heap again although
none of it can ever be garbage. On ``benchmarks/bench_ingest.py`` that walking costs a fifth of
the run: 245-280 articles/s with the defaults, about 345 with the long-lived heap frozen, and
about 380 with young collections made rarer as well (5,000 articles, runs interleaved).

Nothing is switched off: cycles made while tagging are still collected, only in larger steps.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: Net container allocations between young-generation collections during a run (CPython's
#: default is 700): about one article's worth, so memory stays flat while each pass's fixed
#: cost is paid a fourteenth as often.
YOUNG_THRESHOLD = 10_000

_depth = 0


@contextmanager
def long_run_gc(young: int = YOUNG_THRESHOLD) -> Iterator[None]:
    """Freeze what is alive now (the loaded tagger) out of the collector's walks, and collect
    the young generation less often, until the block ends; then restore both.

    Re-entrant: a nested block (the CLI around ``ingest_paths``, which also uses it) leaves the
    outer block's settings alone.
    """
    global _depth
    if _depth:
        _depth += 1
        try:
            yield
        finally:
            _depth -= 1
        return
    before = gc.get_threshold()
    # Collect only the young generations before freezing: a full pass walks the whole heap,
    # which in a process that has lived a while (a dashboard, a test session, a worker) costs
    # seconds per run.  Garbage already in the oldest generation is frozen with the rest and
    # freed by the first full collection after the block, when ``unfreeze`` hands it back.
    gc.collect(1)
    gc.freeze()
    gc.set_threshold(young, max(before[1], 50), max(before[2], 50))
    _depth = 1
    try:
        yield
    finally:
        _depth = 0
        gc.set_threshold(*before)
        gc.unfreeze()
